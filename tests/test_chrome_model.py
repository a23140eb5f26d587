"""Tests for textlab.chrome_model: the learned judge of the lines the chrome rules leave uncertain.

Real pages: eval/chrome_dev3 (development pages of real corpus paragraphs in chrome shapes, with
gold) and a report of seeds/gov_reports. Model folders are hostile input: every tampered folder
must be refused with a ModelFormatError naming the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from textlab import chrome_model as cm
from textlab.cleaning import _line_keys, clean
from textlab.persistence import ModelFormatError
from textlab.training import chrome_eval as ce

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "models" / "chrome"
DEV3 = ROOT / "eval" / "chrome_dev3"
REPORT = ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025" / "2025_上海市_政府工作报告.txt"


@pytest.fixture(scope="module")
def dev3_pages():
    return {p.id: p for p in ce.read_page_set(DEV3)}


@pytest.fixture(scope="module")
def shipped():
    return cm.load_chrome_model(SHIPPED)


def removed(text: str, **kw) -> list[tuple[int, str, str]]:
    return [(r.lineno, r.text.strip(), r.reason) for r in clean(text, report=True, **kw).removed]


# ------------------------------------------------------------------ what the model decides


def test_shipped_model_removes_chrome_the_rules_keep(dev3_pages):
    page = dev3_pages["026"]
    rules = removed(page.text, chrome_model=False)
    learned = removed(page.text)
    by_line = {line: (text, reason) for line, text, reason in learned}
    for line, text in ((6, "原文"), (7, "2024-03-21 王英")):
        got, reason = by_line[line]
        assert got == text and reason.startswith("model: p=")  # the model, with its probability
        assert float(reason.split("p=")[1]) >= cm.load_chrome_model(SHIPPED).threshold - 0.005
    assert all(line not in (6, 7) for line, _, _ in rules)
    assert {x for x in rules} <= {x for x in learned}  # the rules' decisions stay


def test_shipped_model_keeps_every_content_line_of_the_development_pages(dev3_pages):
    pages = list(dev3_pages.values())
    rules = ce.summarise(ce.score_pages(pages, lambda ts: [ce._from_report(clean(t, report=True, chrome_model=False))
                                                             for t in ts]))
    learned = ce.summarise(ce.score_pages(pages))
    assert learned["content_kept"]["hit"] == learned["content_kept"]["n"] == rules["content_kept"]["n"]
    assert learned["paragraphs_kept"]["hit"] == rules["paragraphs_kept"]["hit"]
    assert learned["chrome_removed"]["hit"] > rules["chrome_removed"]["hit"]


def _report_page() -> tuple[str, list[str]]:
    paras = [ln.strip() for ln in REPORT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    content = paras[:2] + paras[3:9] + ["上海市人民政府", "2025年1月15日"]
    chrome = ["山东省机关党建", "全部评论", "2024-03-21 王英", "2.全县召开2017年清廉机关建设工作会议3.7分"]
    return "\n".join(chrome[:1] + content + chrome[1:]), content


def test_nothing_lost_even_when_the_model_calls_every_line_chrome():
    text, content = _report_page()
    everything = cm.ChromeModel(np.zeros(cm.N_FEATURES), 50.0, 0.5)
    out = clean(text, chrome_model=everything).split("\n")
    kept = set(out)
    for line in content:  # title, subtitle, greeting, headings, short sentences, signature, date
        assert clean(line, chrome_model=False) in kept
    gone = {t for _, t, reason in removed(text, chrome_model=everything) if reason.startswith("model: p=")}
    assert {"全部评论", "2024-03-21 王英", "2.全县召开2017年清廉机关建设工作会议3.7分"} <= gone


def test_a_page_without_prose_or_the_body_of_a_hard_wrapped_page_is_left_to_the_rules():
    everything = cm.ChromeModel(np.zeros(cm.N_FEATURES), 50.0, 0.5)
    short = "中国甘肃网\n相关报道\n×市党建。"
    assert clean(short, chrome_model=everything) == clean(short, chrome_model=False)
    from textlab.wraps import wrap_width

    wrapped = [p for p in ce.read_page_set(DEV3) if wrap_width(p.text.split("\n")) is not None][:3]
    assert wrapped
    for page in wrapped:
        lines = page.text.split("\n")
        keys = _line_keys(lines)
        idx = [i for i, k in enumerate(keys) if k]
        span = cm.body_span([keys[i] for i in idx])
        gone = {line for line, _, reason in removed(page.text, chrome_model=everything) if reason.startswith("model")}
        inside = {idx[j] + 1 for j in range(span[0], span[1] + 1)}
        assert not gone & inside  # only the head and the tail of a wrapped page are judged


def test_clean_accepts_a_model_a_folder_or_false_and_refuses_anything_else(shipped, dev3_pages):
    text = dev3_pages["026"].text
    assert clean(text) == clean(text, chrome_model=True) == clean(text, chrome_model=shipped) \
        == clean(text, chrome_model=str(SHIPPED))
    assert clean(text, chrome_model=False) != clean(text)
    with pytest.raises(TypeError, match="chrome_model"):
        clean(text, chrome_model=0.5)


def test_no_shipped_model_means_the_rules_alone_with_a_warning(tmp_path, monkeypatch, dev3_pages):
    (tmp_path / "classifier").mkdir()  # a models folder of an install that has no chrome model
    (tmp_path / "classifier" / "manifest.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("TEXTLAB_MODELS", str(tmp_path))
    text = dev3_pages["026"].text
    with pytest.warns(UserWarning, match="no chrome model"):
        out = clean(text)
    assert out == clean(text, chrome_model=False)


# ------------------------------------------------------------------ persistence


def test_round_trip_gives_the_same_probabilities(tmp_path, shipped, dev3_pages):
    again = cm.load_chrome_model(shipped.save(tmp_path / "chrome"))
    assert again.threshold == pytest.approx(shipped.threshold, rel=1e-12)
    page = dev3_pages["026"]
    lines = page.text.split("\n")
    keys = _line_keys(lines)
    idx = [i for i, k in enumerate(keys) if k]
    feats = cm.page_features([keys[i] for i in idx], [lines[i] for i in idx], [""] * len(idx))
    np.testing.assert_allclose(again.probabilities(feats), shipped.probabilities(feats), rtol=0, atol=1e-12)


def test_shipped_model_is_small_and_declares_its_spec():
    manifest = json.loads((SHIPPED / "manifest.json").read_text(encoding="utf-8"))
    assert sum(p.stat().st_size for p in SHIPPED.iterdir()) < 400_000
    assert manifest["format"] == cm.FORMAT and manifest["n_hash"] == cm.N_HASH
    assert 0.5 <= manifest["threshold"] < 1.0
    assert manifest["card"]["random_state"] == 0


def _copy(tmp_path: Path) -> Path:
    dest = tmp_path / "chrome"
    shutil.copytree(SHIPPED, dest)
    return dest


def _rewrite(folder: Path, *, arrays: dict | None = None, manifest: dict | None = None, raw: bytes | None = None,
             pickle: bool = False) -> None:
    """Change the folder as an attacker would, updating the manifest's SHA-256 to match."""
    m = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if arrays is not None or raw is not None:
        if raw is None:
            buf = io.BytesIO()
            np.savez(buf, allow_pickle=pickle, **arrays)
            raw = buf.getvalue()
        (folder / "arrays.npz").write_bytes(raw)
        m["files"]["arrays.npz"] = hashlib.sha256(raw).hexdigest()
    m.update(manifest or {})
    (folder / "manifest.json").write_text(json.dumps(m), encoding="utf-8")


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _good_arrays() -> dict:
    with np.load(SHIPPED / "arrays.npz") as z:
        return {k: z[k] for k in z.files}


HOSTILE = {
    "wrong format": (lambda f: _rewrite(f, manifest={"format": "textlab-topic-model"}), "manifest.json"),
    "newer version": (lambda f: _rewrite(f, manifest={"format_version": 99}), "manifest.json"),
    "threshold above one": (lambda f: _rewrite(f, manifest={"threshold": 1.5}), "manifest.json"),
    "threshold as text": (lambda f: _rewrite(f, manifest={"threshold": "0.9"}), "manifest.json"),
    "threshold zero": (lambda f: _rewrite(f, manifest={"threshold": 0.0}), "manifest.json"),
    "other hash size": (lambda f: _rewrite(f, manifest={"n_hash": 1024}), "manifest.json"),
    "other features": (lambda f: _rewrite(f, manifest={"shape_names": ["log_len"]}), "manifest.json"),
    "card not an object": (lambda f: _rewrite(f, manifest={"card": [1]}), "manifest.json"),
    "path in file name": (lambda f: _rewrite(f, manifest={"files": {"../arrays.npz": "0" * 64}}), "manifest.json"),
    "extra file": (lambda f: _rewrite(f, manifest={"files": {**json.loads((f / "manifest.json").read_text())["files"],
                                                             "x.json": "0" * 64}}), "manifest.json"),
    "hash mismatch": (lambda f: _flip_a_byte(f / "arrays.npz"), "arrays.npz"),
    "coef too short": (lambda f: _rewrite(f, arrays={**_good_arrays(), "coef": np.zeros(10)}), "arrays.npz"),
    "coef with NaN": (lambda f: _rewrite(f, arrays={**_good_arrays(),
                                                    "coef": np.full(cm.N_FEATURES, np.nan)}), "arrays.npz"),
    "coef as integers": (lambda f: _rewrite(f, arrays={**_good_arrays(),
                                                       "coef": np.zeros(cm.N_FEATURES, dtype=np.int64)}), "arrays.npz"),
    "objects to unpickle": (lambda f: _rewrite(f, arrays={**_good_arrays(), "intercept": np.array([{"a": 1}],
                                                                                                    dtype=object)},
                                               pickle=True), "arrays.npz"),
    "missing array": (lambda f: _rewrite(f, arrays={"coef": _good_arrays()["coef"]}), "arrays.npz"),
    "not a zip": (lambda f: _rewrite(f, raw=b"not an npz at all"), "arrays.npz"),
    "the old feature version": (lambda f: _rewrite(f, manifest={"feature_version": 1}), "manifest.json"),
    "no guard list": (lambda f: _rewrite(f, manifest={"guards": None}), "manifest.json"),
    "other guards": (lambda f: _rewrite(f, manifest={"guards": ["sentence"]}), "manifest.json"),
    "coef absurdly large": (lambda f: _rewrite(f, arrays={**_good_arrays(),
                                                          "coef": np.full(cm.N_FEATURES, 1e200)}), "arrays.npz"),
    "intercept infinite": (lambda f: _rewrite(f, arrays={**_good_arrays(), "intercept": np.array([np.inf])}),
                           "arrays.npz"),
    "manifest not json": (lambda f: (f / "manifest.json").write_text("{format: 1", encoding="utf-8"), "manifest.json"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_model_folder_is_refused_naming_the_file(tmp_path, case):
    change, name = HOSTILE[case]
    folder = _copy(tmp_path)
    change(folder)
    with pytest.raises(ModelFormatError) as err:
        cm.load_chrome_model(folder)
    assert name in str(err.value)
    with pytest.raises(ModelFormatError):
        clean("正文。", chrome_model=folder)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links as on Linux/macOS")
def test_a_linked_data_file_is_refused(tmp_path):
    folder = _copy(tmp_path)
    target = tmp_path / "elsewhere.npz"
    shutil.move(folder / "arrays.npz", target)
    (folder / "arrays.npz").symlink_to(target)
    with pytest.raises(ModelFormatError, match="arrays.npz"):
        cm.load_chrome_model(folder)


def test_a_folder_without_manifest_is_not_a_model(tmp_path):
    folder = _copy(tmp_path)
    (folder / "manifest.json").unlink()
    with pytest.raises(FileNotFoundError, match="manifest.json"):
        cm.load_chrome_model(folder)


def test_a_model_with_a_bad_shape_or_threshold_cannot_be_built():
    with pytest.raises(ValueError, match="shape"):
        cm.ChromeModel(np.zeros(3), 0.0, 0.9)
    with pytest.raises(ValueError, match="threshold"):
        cm.ChromeModel(np.zeros(cm.N_FEATURES), 0.0, 1.5)


# ------------------------------------------------------------------ the same in every process

_CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from textlab import chrome_model as cm
from textlab.cleaning import _line_keys, clean
text = open(sys.argv[2], encoding="utf-8").read()
lines = text.split("\n"); keys = _line_keys(lines)
idx = [i for i, k in enumerate(keys) if k]
feats = cm.page_features([keys[i] for i in idx], [lines[i] for i in idx], [""] * len(idx))
p = cm.load_chrome_model().probabilities(feats)
print(json.dumps({"p": [float(x) for x in p], "clean": clean(text)}))
"""


def test_another_process_gives_the_same_probabilities_and_output(shipped):
    path = DEV3 / "pages" / "026.txt"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    env.pop("TEXTLAB_MODELS", None)
    run = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(path)], capture_output=True, text=True,
                         env=env, check=True)
    child = json.loads(run.stdout)
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    keys = _line_keys(lines)
    idx = [i for i, k in enumerate(keys) if k]
    feats = cm.page_features([keys[i] for i in idx], [lines[i] for i in idx], [""] * len(idx))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        here = shipped.probabilities(feats)
    np.testing.assert_allclose(child["p"], here, rtol=0, atol=1e-9)
    assert child["clean"] == clean(text)


def test_the_model_changes_nothing_on_the_party_seeds_and_the_gov_cn_pages():
    import textlab

    seeds = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))
    assert len(seeds) == 5
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        assert clean(text) == clean(text, chrome_model=False), path.name
    docs = textlab.load_corpus(Path(__file__).resolve().parent / "data" / "html" / "govcn")
    assert len(docs) >= 13
    for doc in docs:
        assert clean(doc.text) == clean(doc.text, chrome_model=False)


def test_training_matrix_puts_dense_features_first_then_the_hashed_slots():
    dense = np.arange(2 * cm.N_DENSE, dtype=np.float64).reshape(2, cm.N_DENSE)
    feats = cm.PageFeatures(dense, [{0: 0.5, cm.N_HASH - 1: 2.0}, {}], np.ones(2, dtype=bool))
    m = feats.matrix()
    assert m.shape == (2, cm.N_FEATURES)
    np.testing.assert_allclose(m[:, :cm.N_DENSE].toarray(), dense, rtol=0, atol=0)
    assert m[0, cm.N_DENSE] == pytest.approx(0.5) and m[0, cm.N_FEATURES - 1] == pytest.approx(2.0)
    assert m[1, cm.N_DENSE:].nnz == 0
