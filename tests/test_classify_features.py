"""Tests for the fast feature paths of textlab.classify: the character n-gram counts
(``_Features._ngram_counts``, counted in NumPy), the cue counts (``_Features._cue_counts``) and the
cue regular expressions (``_compile_cue``, which leads some patterns with a lookahead on their first
characters).

Each is compared with a straightforward reference -- scikit-learn's ``CountVectorizer(analyzer="char")``
for the n-grams, ``re.compile(pattern).findall`` per cue group and text for the cues -- on real
text from the seeds (reports, party-building material, State Council documents, web pages) and on
edge cases (empty text, whitespace runs, NUL, full-width and astral characters, long runs, texts
repeated in a batch, very long texts): the feature matrix, ``predict`` labels and ``predict_proba``.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

import textlab as tl
from textlab.classify import (
    _as_units,
    _compile_cue,
    _NgramTable,
    context_units,
    cue_set,
    discourse_cue_set,
    load_classifier,
    normalise,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

#: texts the features must handle like the reference (before and after normalise)
EDGE_CASES = [
    "", " ", "\t\t  \n  ", "a  \t b\n\nc", "\x00", "a\x00b\x00", "党建\x00引领", "\x00\x00同志们",
    "ＡＢＣ１２３，。！", "全角\u3000\u3000空格", "😀表情𠀀𠀁", "0" * 500, "3" * 400 + "个", "×" * 5000 + "个", "12.5%，3万、×××名",
    "同志们：", "各位代表：", "如下：", "如下：\n", "今天，我讲三点意见。", "下面，", "一是建立健全制度",
    "1.建立台账", "（三）加强领导", "已经建成了12个，累计完成3项。", "要求要素要点", "将继续推进", "将，继续",
    "了解了如何", "已有已经", "党建" * 5000, "问题" * 3000 + "不到位", "2024-01-02 来源：新华网 责任编辑：张三",
    "现将有关情况报告如下：", "针对群众反映的突出问题，", "只有坚持党的领导，才能", "是一项系统工程",
]
# (not "0" * 20000: the discourse group done_result's "\d+(?:\.\d+)?\s*(?:%|…)" takes quadratic time on a
# run of digits, 26 s here, in the reference as in the model)


def _paragraphs(paths: list[Path]) -> list[str]:
    return [p for path in paths for p in tl.paragraphs(tl.clean(path.read_text(encoding="utf-8")))]


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    """Paragraphs of every 6th report, every 12th city report, all State Council documents and
    party-building seeds, the lines of the raw web pages (site chrome included) and the edge cases."""
    reports = sorted((SEEDS / "gov_reports").rglob("*.txt"))[::6]
    cities = sorted((SEEDS / "city_reports").glob("*.txt"))[::12]
    others = sorted((SEEDS / "state_council").glob("*.txt")) + sorted((SEEDS / "party_building").glob("*.txt"))
    pages = [line for path in sorted((ROOT / "tests" / "data" / "web_pages").glob("page_*.txt"))
             if not path.name.endswith(".expected.txt")
             for line in path.read_text(encoding="utf-8").splitlines()]
    texts = _paragraphs(reports + cities + others) + pages + EDGE_CASES
    assert len(texts) > 3000
    return texts


@pytest.fixture(scope="module")
def random_texts() -> list[str]:
    """Texts drawn from the characters the cue patterns name (plus digits, punctuation, spaces and
    line breaks), so that matches of different cue groups overlap and touch text ends often."""
    chars = set("0123456789×%.，。：；、！ \n\t")
    for _, pattern in (*cue_set().pairs, *discourse_cue_set().pairs):
        chars.update(c for c in pattern if "\u4e00" <= c <= "\u9fff")
    alphabet = np.array(sorted(chars))
    rng = np.random.default_rng(0)
    return ["".join(rng.choice(alphabet, size=int(n))) for n in rng.integers(0, 120, size=1500)]


@pytest.fixture(scope="module")
def shipped():
    return load_classifier()


# --------------------------------------------------------------------------- the reference


def _reference_ngram_counts(texts, ids, max_n):
    vocabulary = {gram: i - 1 for gram, i in ids.items()}
    return CountVectorizer(analyzer="char", ngram_range=(1, max_n), lowercase=False, vocabulary=vocabulary,
                           dtype=np.float32).transform(texts).tocsr()


def _reference_features(features):
    """The same features with plain ``re.compile`` cue patterns counted by ``findall`` text by text and
    n-grams counted by scikit-learn; everything else in ``transform`` is shared."""
    ref = copy.copy(features)
    ref.__dict__.pop("_ngram_tables", None)
    ref._cue_res = [re.compile(p) for _, p in features.cues]
    if features.discourse_cues is not None:
        ref._discourse_res = [re.compile(p) for _, p in features.discourse_cues]

    def cue_counts(texts, res=None):
        res = ref._cue_res if res is None else res
        counts = np.array([[len(rx.findall(t)) for rx in res] for t in texts], dtype=np.float32)
        return np.log1p(counts.reshape(len(texts), len(res)))

    ref._ngram_counts = _reference_ngram_counts
    ref._cue_counts = cue_counts
    return ref


def _reference_classifier(clf):
    ref = copy.copy(clf)
    ref.features_ = _reference_features(clf.features_)
    return ref


def _assert_same_matrix(new, ref, rtol=1e-6):
    assert new.shape == ref.shape
    new, ref = sparse.csr_matrix(new), sparse.csr_matrix(ref)
    for lo in range(0, new.shape[0], 200):
        np.testing.assert_allclose(new[lo:lo + 200].toarray(), ref[lo:lo + 200].toarray(), rtol=rtol, atol=0)


# --------------------------------------------------------------------------- n-grams


def test_ngram_counts_equal_count_vectorizer_on_seeds_and_edge_cases(shipped, seed_texts, random_texts):
    f = shipped.features_
    texts = seed_texts + random_texts + seed_texts[:300]  # repeated texts in one batch
    normalised = [normalise(t) for t in texts]
    for batch in (texts, normalised, ["党建"], [""], []):
        for ids, n in ((f._char_ids, 3), (f._ctx_ids, 2)):
            counts = f._ngram_counts(batch, ids, n)
            reference = _reference_ngram_counts(batch, ids, n)
            assert counts.shape == reference.shape and counts.dtype == np.float32
            assert (counts != reference).nnz == 0
            assert counts.has_sorted_indices


@pytest.mark.parametrize("dense_pairs", [_NgramTable.DENSE_PAIRS, 1])
def test_ngram_counts_any_vocabulary(shipped, seed_texts, monkeypatch, dense_pairs):
    """Vocabularies unlike the shipped one: grams with NUL, spaces, astral characters, longer grams;
    2-grams in the hash table instead of the array (dense_pairs 1)."""
    monkeypatch.setattr(_NgramTable, "DENSE_PAIRS", dense_pairs)
    grams = ["\x00", "a\x00", "\x00b", " ", "a b", "党", "党建", "党建引", "党建引领", "建引领工", "😀", "😀表",
             "𠀀𠀁", "问题", "题", "×", "××", "0", "00", "000", "，", "要", "要求"]
    ids = {g: i + 1 for i, g in enumerate(grams)}
    f = shipped.features_
    texts = seed_texts[:800] + EDGE_CASES + ["a\x00b a b \x00b", "党建引领工作，党建引领", "😀表😀"]
    for n in (1, 2, 3, 4):
        counts = f._ngram_counts(texts, ids, n)
        assert (counts != _reference_ngram_counts(texts, ids, n)).nnz == 0


def test_ngram_counts_vocabulary_too_wide_for_integer_keys(shipped):
    """An alphabet and gram length whose keys would not fit in int64 fall back to text by text."""
    alphabet = [chr(0x4E00 + i) for i in range(3000)]
    grams = ["".join(alphabet[(7 * i + j) % 3000] for j in range(6)) for i in range(500)] + alphabet[:50]
    ids = {g: i + 1 for i, g in enumerate(grams)}
    assert not _NgramTable(ids).usable
    texts = ["".join(alphabet[:40]), grams[3] + grams[3] + "x", ""]
    assert (shipped.features_._ngram_counts(texts, ids, 6) != _reference_ngram_counts(texts, ids, 6)).nnz == 0


# --------------------------------------------------------------------------- cue patterns


def test_cue_patterns_find_the_same_matches(seed_texts, random_texts):
    texts = [normalise(t) for t in seed_texts] + seed_texts[-len(EDGE_CASES):] + random_texts
    pairs = [*cue_set().pairs, *discourse_cue_set().pairs]
    rewritten = 0
    for group, pattern in pairs:
        fast, plain = _compile_cue(pattern), re.compile(pattern)
        rewritten += fast.pattern != pattern
        assert fast.groups == plain.groups
        for text in texts:
            assert fast.findall(text) == plain.findall(text), (group, text[:80])
    assert rewritten >= 5  # the lookahead path is exercised (figure, greeting, chrome, done_result, ...)


@pytest.mark.parametrize("pattern", [
    r"(?<!\d)\d+(?:\.\d+)?\s*(?:%|个)|(?<!×)[×]+(?:个|名)", r"(?:主要|重点)?(?:做法|工作)(?:如下|主要有)",
    r"^同志们|^各位|谢谢大家|请.{0,8}提出", r"如下：?$|会上", r"(?:不到位|不够)|(?:缺乏|没有(?:建立|形成))",
    r"x{0}题|问", r"(?i:q)q|问题", r"[^，。]{0,3}问题", r"问*", r"(问)\1", r".问题", r"\w+问题|题",
    r"(?=问)问题|题", r"(?:问|题){2,}", r"[\d×]+次|^\s*要", r"(?P<v>要)(?!求)|(?P=v)", r"(?:\b要|将)(?=继续)",
    r"(?:(?:(?:了)))|已(?!有)", r"(?<=，)要|\A要|要\Z",
])
def test_compile_cue_keeps_matches_of_other_constructs(pattern, random_texts):
    fast, plain = _compile_cue(pattern), re.compile(pattern)
    assert (fast.groups, fast.groupindex) == (plain.groups, plain.groupindex)
    texts = random_texts + ["问题问题", "要求要", "，要继续", "×××个", "12.5%", "同志们", "如下：", "如下：\n", ""]
    for text in texts:
        assert fast.findall(text) == plain.findall(text), text[:80]


def test_cue_counts_equal_findall_per_text(shipped, seed_texts, random_texts):
    f = shipped.features_
    ref = _reference_features(f)
    texts = [normalise(t) for t in seed_texts] + random_texts + ["", "", "问题"] * 3
    np.testing.assert_allclose(f._cue_counts(texts), ref._cue_counts(texts), rtol=1e-6, atol=0)
    np.testing.assert_allclose(f._cue_counts(texts, f._discourse_res), ref._cue_counts(texts, ref._discourse_res),
                               rtol=1e-6, atol=0)


# --------------------------------------------------------------------------- whole features and predictions


def test_features_labels_and_probabilities_equal_the_reference_for_lone_texts(shipped, seed_texts, random_texts):
    texts = seed_texts + random_texts[:300] + seed_texts[:200]
    ref = _reference_classifier(shipped)
    units, normalised = _as_units(texts)
    _assert_same_matrix(shipped.features_.transform(units, normalised), ref.features_.transform(units, normalised))
    assert shipped.predict(texts) == ref.predict(texts)
    np.testing.assert_allclose(shipped.predict_proba(texts), ref.predict_proba(texts), rtol=1e-6, atol=1e-7)


def test_features_and_labels_equal_the_reference_in_context(shipped):
    """Unit tables of whole documents: sentences with their paragraph, neighbours, heading, title."""
    paths = sorted((SEEDS / "gov_reports").rglob("*.txt"))[1::15] + sorted((SEEDS / "party_building").glob("*.txt"))
    table = tl.parse([p.read_text(encoding="utf-8") for p in paths], tokens=False)
    units = context_units(table)
    assert units["prev_text"].ne("").any() and (units["paragraph_text"] != units["text"]).any()
    ref = _reference_classifier(shipped)
    _assert_same_matrix(shipped.features_.transform(units, True), ref.features_.transform(units, True))
    new_labels = shipped.classify_units(table, level="sentence")
    ref_labels = ref.classify_units(table, level="sentence")
    assert new_labels["label"].tolist() == ref_labels["label"].tolist()
    cols = [c for c in new_labels.columns if c.startswith("p_")]
    np.testing.assert_allclose(new_labels[cols].to_numpy(), ref_labels[cols].to_numpy(), rtol=1e-6, atol=1e-7)


def test_ngram_tables_are_not_pickled(shipped):
    """The lookup tables (about 16 MB for the shipped vocabulary) are made again after unpickling,
    not shipped with the model (to Dask workers, say)."""
    import pickle

    clf = copy.deepcopy(shipped)
    clf.features_.__dict__.pop("_ngram_tables", None)
    before = len(pickle.dumps(clf))
    texts = ["下一步，要抓好问题整改。", "今年新建党群服务中心12个。"]
    labels = clf.predict(texts)
    assert len(clf.features_._ngram_tables) == 2
    assert len(pickle.dumps(clf)) < before + 1000
    again = pickle.loads(pickle.dumps(clf))
    assert not again.features_._ngram_tables
    assert again.predict(texts) == labels
