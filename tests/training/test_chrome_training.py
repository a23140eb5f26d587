"""Tests for textlab.training.chrome_training: development pages to training lines, fitting, threshold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from textlab import chrome_model as cm
from textlab.training import chrome_eval as ce
from textlab.training import chrome_training as ct

ROOT = Path(__file__).resolve().parents[2]
DEV3 = ROOT / "eval" / "chrome_dev3"


@pytest.fixture(scope="module")
def pages():
    return ce.read_page_set(DEV3)[:12]


def test_a_jsonl_page_set_reads_as_the_folder_set(tmp_path, pages):
    path = tmp_path / "pages.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for p in pages[:3]:
            fh.write(json.dumps({"id": p.id, "style": p.style, "lines": [
                {"text": g.text, "label": g.label, "kind": g.kind, "para": g.para} for g in p.lines]},
                ensure_ascii=False) + "\n")
    again = ct.load_pages(path)
    assert [p.id for p in again] == [p.id for p in pages[:3]]
    assert [g.label for g in again[0].lines] == [g.label for g in pages[0].lines]
    assert again[0].text.split("\n")[:-1] == [g.text for g in pages[0].lines]


def test_page_lines_map_the_gold_of_every_non_blank_line(pages):
    for page in pages:
        keys, raws, reasons, idx = ct.page_lines(page)
        assert len(keys) == len(raws) == len(reasons) == len(idx)
        assert all(page.lines[i].label != "blank" for i in idx)
        # the rules remove no content line of these pages, so a training line is never mislabelled by them
        assert not any(reasons[k] and page.lines[i].label == "content" for k, i in enumerate(idx))


def test_training_lines_include_rule_prose_and_keepers_but_no_guarded_line_and_fit_is_reproducible(pages):
    X, y, kept, kinds, ids = ct.examples(pages)
    assert X.shape[1] == cm.N_FEATURES and X.shape[0] == len(y) == len(kinds) == len(ids)
    g, k = cm.SHAPE_NAMES.index("good"), cm.SHAPE_NAMES.index("keeper")
    assert X[:, g].nnz > 0 and X[:, k].nnz > 0  # lines the rules call prose or keepers are judged too
    guarded = 0
    for page in pages:
        keys, raws, reasons, idx = ct.page_lines(page)
        guarded += sum(1 for gd in cm.content_guards(keys, raws, reasons) if gd)
    table = ct.line_table(pages)
    assert guarded > 0 and X.shape[0] == len(table["y"])
    assert X.shape[0] + guarded <= sum(1 for p in pages for g in p.lines if g.label in ("chrome", "content"))
    assert 0 < y.sum() < len(y)
    a, b = ct.fit(X, y, C=0.5), ct.fit(X, y, C=0.5)
    # the same fit twice: equal up to a threaded BLAS's rounding; C 0.5 -> 0.25 moves coefficients by far more
    np.testing.assert_allclose(a.coef, b.coef, rtol=1e-7, atol=1e-9)
    p, chrome = ct.content_scores(a, pages)
    assert p.shape == chrome.shape and ((p >= 0) & (p <= 1)).all()


def test_threshold_stays_above_every_content_line():
    assert ct.choose_threshold(np.array([0.2, 0.71]), margin=0.01) == pytest.approx(0.72)
    assert ct.choose_threshold(np.array([0.1]), floor=0.5) == pytest.approx(0.5, rel=1e-9)
    assert ct.choose_threshold(np.array([0.9995])) == pytest.approx(0.999, rel=1e-9)


def test_a_locked_set_is_refused(tmp_path):
    locked = tmp_path / "locked"
    shutil.copytree(DEV3 / "pages", locked / "pages")
    shutil.copytree(DEV3 / "gold", locked / "gold")
    (locked / "README.md").write_text("# a LOCKED test set\n", encoding="utf-8")
    with pytest.raises(ValueError, match="locked"):
        ct.load_pages(locked)


def _train_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_chrome", ROOT / "scripts" / "train_chrome.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_reads_every_writer_from_its_eval_folder_building_a_set_that_needs_it(tmp_path):
    tc = _train_script()
    # twenty-two writers: test5 (the retired chrome_test5) and dev8 ... dev13 joined in the fifth round,
    # test6 (the retired chrome_test6), dev14 and dev15 in the sixth, test7 (the retired chrome_test7), dev16 and dev17 in the seventh
    assert set(tc.WRITERS) >= {"dev4", "dev5", "test4", "dev6", "dev7", "test5", "dev8", "dev13", "test6",
                               "dev14", "dev15", "test7", "dev16", "dev17"}
    assert len(tc.WRITERS) == 25
    assert dict(tc.WRITER_FOLDERS)["test5"] == "chrome_test5" and dict(tc.WRITER_FOLDERS)["test6"] == "chrome_test6"
    # chrome_test7 (scored once, retired) is a writer; chrome_test8 (scored once at the end of the seventh
    # round, retired) is not one yet; the locked chrome_test9 is never read
    assert dict(tc.WRITER_FOLDERS)["test7"] == "chrome_test7"
    assert not any(folder in ("chrome_test8", "chrome_test9") for _, folder in tc.WRITER_FOLDERS)
    assert tc.page_source(tc.WRITERS["test5"], tmp_path) == Path(tc.WRITERS["test5"])
    assert all(str(ROOT / "eval") in src for src in tc.WRITERS.values())  # no /tmp defaults
    assert tc.page_source(tc.WRITERS["dev5"], tmp_path) == Path(tc.WRITERS["dev5"])  # pages/ + gold/ as they are
    built = tc.page_source(tc.WRITERS["dev3d"], tmp_path)  # only a build.py: built into the temp dir
    assert built.parent == tmp_path and built.suffix == ".jsonl"
    pages = ct.load_pages(built)
    assert len(pages) == 40 and sum(g.label == "chrome" for p in pages for g in p.lines) == 366
    with pytest.raises(SystemExit, match="no build.py"):
        tc.page_source(str(tmp_path), tmp_path)

