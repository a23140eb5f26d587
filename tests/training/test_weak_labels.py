"""Tests for textlab.training.weak_labels: distant supervision from work reports and the development set."""

from __future__ import annotations

from pathlib import Path

import pytest

from textlab.training.weak_labels import load_dev_set, other_examples, report_paths, weak_labels

ROOT = Path(__file__).resolve().parents[2]
NATIONAL = ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource"
PROVINCIAL = ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_national_2019_follows_the_template():
    units = weak_labels(_read(NATIONAL / "2019_国务院_政府工作报告.txt"), doc="2019")
    by_label = units.groupby("label")["text"].apply(list)
    assert any("清醒看到" in t for t in by_label["problem"])
    assert any("国内生产总值增长6.6%" in t for t in by_label["achievement"])
    assert any(t.startswith("各位代表") for t in by_label["other"])
    # the problem paragraph sits at the end of the review, before any measure
    problem_paras = units.loc[units["label"] == "problem", "paragraph"]
    measure_paras = units.loc[units["label"] == "measure", "paragraph"]
    assert problem_paras.max() < measure_paras.min()
    assert units["label"].value_counts()["measure"] > units["label"].value_counts()["achievement"] / 2


def test_provincial_reports_all_yield_problem_units():
    paths = sorted(PROVINCIAL.glob("*.txt"))
    missing = [p.stem for p in paths if "problem" not in set(weak_labels(_read(p))["label"])]
    assert missing == []


def test_report_paths_cover_reform_era_and_provinces():
    paths = report_paths()
    assert len([p for p in paths if "国务院" in p.name]) >= 30
    assert len([p for p in paths if p.parent.name == "provincial_gwr_2025"]) == 31
    assert all(int(p.name[:4]) >= 1992 for p in paths)


def test_report_without_template_gives_no_units():
    assert weak_labels("同志们：\n今天我们开会。\n要抓好落实。").empty


def test_other_examples_are_labelled_other():
    units = other_examples()
    assert len(units) >= 50 and set(units["label"]) == {"other"}


def test_dev_set_aligns_every_labelled_sentence():
    dev = load_dev_set()
    assert len(dev) >= 400
    assert set(dev["genre"]) == {"congress", "written"}
    assert set(dev["label"]) == {"achievement", "problem", "measure", "other"}
    assert dev["section"].ne("").any()


def test_dev_set_rejects_unknown_labels(tmp_path):
    (tmp_path / "dev" / "written").mkdir(parents=True)
    (tmp_path / "dev" / "written" / "w.txt").write_text("要抓好落实。\n", encoding="utf-8")
    (tmp_path / "dev" / "written" / "labels.tsv").write_text(
        "doc\tpara\tsent\tlabel\tmixed\ttext\nw\t0\t0\tgoal\t0\t要抓好落实。\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown labels"):
        load_dev_set(tmp_path)
