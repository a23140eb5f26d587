"""Tests for textlab.classify: the shipped model, context units, save/load safety."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import textlab as tl
from textlab.classify import (
    CLASSES,
    ModelFormatError,
    ParagraphClassifier,
    document_units,
    load_classifier,
    normalise,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_001 = next((ROOT / "seeds" / "party_building").glob("001_*.txt"))


@pytest.fixture(scope="module")
def shipped():
    return load_classifier()


@pytest.fixture(scope="module")
def small_model():
    texts = [
        "今年新建党群服务中心12个。", "已建成网格党支部30个。", "全年累计解决群众诉求500余件。",
        "一些社区抓党建工作流于形式。", "部分干部能力不足，作用发挥不到位。", "矛盾纠纷化解机制还不健全。",
        "要切实抓好各项任务落实。", "下一步，将继续推进老旧小区改造。", "力争年底前完成全部整改。",
        "同志们：", "谢谢大家！", "扫一扫在手机打开当前页",
    ] * 3
    labels = (["achievement"] * 3 + ["problem"] * 3 + ["measure"] * 3 + ["other"] * 3) * 3
    return ParagraphClassifier(min_df=1, max_features=5000).fit(texts, labels)


def test_shipped_model_predicts_all_four_labels_on_clear_cases(shipped):
    texts = [
        "截至目前，全市已建成党群服务中心120个，覆盖率达到100%。",
        "一些基层党组织政治功能弱化，组织生活流于形式，作用发挥不到位。",
        "下一步，各社区要切实抓好问题整改，确保年底前全部完成。",
        "谢谢大家。",
    ]
    assert shipped.predict(texts) == ["achievement", "problem", "measure", "other"]


def test_predict_normalises_traditional_pinyin_and_masks(shipped):
    simplified = "下一步，各社区要切实抓好网格员队伍建设，确保年底前全部配齐。"
    traditional = "下一步，各社區(qū)要切實抓好網(wǎng)格員隊伍建設，確保年底前全部配齊。"
    assert normalise(traditional) == simplified
    np.testing.assert_allclose(shipped.predict_proba([traditional]), shipped.predict_proba([simplified]), atol=1e-6)


def test_predict_proba_rows_sum_to_one_and_classes(shipped):
    proba = shipped.predict_proba(["要抓好落实。", "建立了机制。", ""])
    assert proba.shape == (3, 4)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-6)
    assert list(shipped.classes_) == sorted(CLASSES)


def test_classify_document_on_seed_001_gives_a_labelled_table(shipped):
    text = tl.clean(SEED_001.read_text(encoding="utf-8"))
    paragraphs = shipped.classify_document(text, level="paragraph")
    sentences = shipped.classify_document(text, level="sentence")
    assert len(paragraphs) == len(tl.paragraphs(text))
    assert len(sentences) >= len(paragraphs)
    assert set(paragraphs["label"]) <= set(CLASSES)
    assert {"paragraph", "section", "text", "label", "p_achievement", "p_problem", "p_measure", "p_other"} <= set(paragraphs.columns)
    # the speech's task paragraphs (二要/三要/四要/五要 …) are measures, the greeting is other
    first = paragraphs.iloc[1]
    assert first["text"].startswith("同志们") and first["label"] == "other"
    measures = paragraphs[paragraphs["text"].str.contains("要深化拓展共治共建")]
    assert (measures["label"] == "measure").all() and len(measures) == 1


def test_document_units_carry_context():
    units = document_units("一、2024年工作回顾\n过去一年，我们建成了服务中心。一是完善了机制。\n二、2025年工作安排\n要抓好落实。")
    assert units.loc[units["text"] == "要抓好落实。", "section"].item().startswith("二、")
    assert units.loc[units["text"].str.startswith("过去一年"), "section"].item().startswith("一、")


def test_save_load_round_trip(tmp_path, small_model):
    small_model.save(tmp_path / "m")
    loaded = ParagraphClassifier.load(tmp_path / "m")
    texts = ["今年新建党群服务中心12个。", "要抓好落实。", "作用发挥不到位。"]
    np.testing.assert_allclose(loaded.predict_proba(texts), small_model.predict_proba(texts), rtol=1e-9, atol=1e-12)
    assert loaded.get_params() == small_model.get_params()


def test_tampered_file_is_refused(tmp_path, small_model):
    folder = small_model.save(tmp_path / "m")
    (folder / "vocabulary.json").write_text(json.dumps({"classes": []}), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="SHA-256"):
        ParagraphClassifier.load(folder)


def test_newer_format_is_refused_with_versions_named(tmp_path, small_model):
    folder = small_model.save(tmp_path / "m")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["format_version"] = 99
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="format version 99"):
        ParagraphClassifier.load(folder)


def test_malicious_pickle_payload_never_runs(tmp_path, small_model):
    import pickle

    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (Path.touch, (marker,))

    folder = small_model.save(tmp_path / "m")
    for name in ("arrays.npz", "vocabulary.json", "manifest.json"):
        victim = tmp_path / f"victim_{name}"
        shutil.copytree(folder, victim)
        (victim / name).write_bytes(pickle.dumps(Payload()))
        with pytest.raises((ModelFormatError, ValueError, FileNotFoundError)):
            ParagraphClassifier.load(victim)
        assert not marker.exists()


def test_fit_twice_is_deterministic(small_model):
    texts = ["今年新建党群服务中心12个。", "要抓好落实。"] * 6
    labels = ["achievement", "measure"] * 6
    a = ParagraphClassifier(min_df=1).fit(texts, labels)
    b = ParagraphClassifier(min_df=1).fit(texts, labels)
    np.testing.assert_allclose(a.coef_, b.coef_, rtol=1e-9, atol=1e-12)


def test_bad_input_is_refused(small_model):
    with pytest.raises(TypeError):
        small_model.predict("一个字符串而不是列表")
    with pytest.raises(ValueError, match="unknown labels"):
        ParagraphClassifier().fit(["a", "b"], ["achievement", "success"])
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError, match="not fitted"):
        ParagraphClassifier().predict(["要抓好落实。"])


def test_fast_ngram_counts_equal_scikit_learn_char_analyzer(shipped):
    from sklearn.feature_extraction.text import CountVectorizer

    texts = tl.paragraphs(tl.clean(SEED_001.read_text(encoding="utf-8"))) + ["a  b\t\tc 六六 ", "", "x", " 网格员 \n 党建"]
    features = shipped.features_
    for vocab, ids, n in ((features.char_vocab, features._char_ids, 3), (features.ctx_vocab, features._ctx_ids, 2)):
        reference = CountVectorizer(analyzer="char", ngram_range=(1, n), lowercase=False,
                                    vocabulary={t: i for i, t in enumerate(vocab)}).transform(texts)
        np.testing.assert_array_equal(features._ngram_counts(texts, ids, n).toarray(), reference.toarray())


# --------------------------------------------------------------------------- vocabulary ties

_TIE_SCRIPT = """
import json, sys
from textlab.classify import top_char_ngrams
texts = json.loads(sys.stdin.read())
print(json.dumps(top_char_ngrams(texts, (1, 3), min_df=2, max_features=300)))
"""


def _tie_heavy_texts() -> list[str]:
    """Real report paragraphs, each twice: every count is even, so ties at the cut-off are many."""
    from pathlib import Path

    import textlab as tl

    folder = Path(__file__).resolve().parents[1] / "seeds" / "gov_reports" / "provincial_gwr_2025"
    paragraphs = [p for f in sorted(folder.glob("*.txt"))[:2] for p in tl.paragraphs(f.read_text(encoding="utf-8"))]
    return paragraphs[:60] * 2


def test_char_vocabulary_ranks_ties_by_ngram():
    from collections import Counter

    from textlab.classify import top_char_ngrams

    texts = _tie_heavy_texts()
    chosen = top_char_ngrams(texts, (1, 3), min_df=2, max_features=300)
    counts, docs = Counter(), Counter()
    for text in texts:
        grams = [text[i:i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1)]
        counts.update(grams)
        docs.update(set(grams))
    eligible = sorted((g for g in counts if docs[g] >= 2), key=lambda g: (-counts[g], g))
    assert chosen == sorted(eligible[:300])
    cut = counts[eligible[299]]
    assert sum(counts[g] == cut for g in eligible) > sum(counts[g] == cut for g in eligible[:300])  # a real tie at the cut


def test_char_vocabulary_is_the_same_with_numpy_simd_sorts_switched_off():
    """The classifier's vocabulary must not depend on the CPU: NumPy sorts with AVX-512/AVX2 code
    where the CPU has it, and scikit-learn's max_features ranked ties with that unstable sort."""
    import json
    import os
    import subprocess
    import sys

    texts = json.dumps(_tie_heavy_texts(), ensure_ascii=False)
    results = []
    for disabled in ("", "X86_V3 X86_V4 AVX512_ICL AVX512_SPR"):
        env = {k: v for k, v in os.environ.items() if k != "NPY_DISABLE_CPU_FEATURES"}
        if disabled:
            env["NPY_DISABLE_CPU_FEATURES"] = disabled
        done = subprocess.run([sys.executable, "-c", _TIE_SCRIPT], input=texts, capture_output=True, text=True,
                              env=env, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        results.append(json.loads(done.stdout))
    assert results[0] == results[1]
