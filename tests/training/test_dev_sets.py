"""Tests for textlab.training.dev_sets: the labelling units of the development sets and the checks that lock them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from textlab.training.dev_sets import (
    check_congress,
    check_written,
    document_units,
    dump_paragraphs,
    find_congress_report,
    read_labels,
    split_sentences,
    written_summary,
)

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = ROOT / "seeds" / "dev" / "written"
CONGRESS_LABELS = ROOT / "seeds" / "dev" / "congress" / "labels.tsv"


@pytest.mark.parametrize(("paragraph", "sentences"), [
    ("他说：“好。”我们走；　二是加强学习", ["他说：“好。”", "我们走；", "二是加强学习"]),
    ("真的吗？！是的。", ["真的吗？！", "是的。"]),
    ("（一）加强领导。（二）压实责任", ["（一）加强领导。", "（二）压实责任"]),
    ("Hello! 你好!", ["Hello!", "你好!"]),
    ("。", ["。"]),
    ("　", []),
])
def test_split_sentences_follows_the_labelling_rule(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


def test_the_shipped_sets_pass_their_checks():
    n_rows, failures = check_congress()
    assert failures == [] and n_rows >= 700
    assert check_written() == []
    totals = written_summary().splitlines()[-1]
    assert totals.startswith("TOTAL ") and "problem=" in totals


def test_congress_check_finds_a_changed_text_and_a_partly_labelled_paragraph(tmp_path):
    lines = CONGRESS_LABELS.read_text(encoding="utf-8").splitlines()
    keys = [tuple(line.split("\t")[:2]) for line in lines]
    row = next(i for i in range(1, len(lines)) if keys.count(keys[i]) > 1)  # in a paragraph of several sentences
    doc, para, sent, label, mixed, text = lines[row].split("\t")
    lines[row] = "\t".join([doc, para, sent, label, mixed, text[:-1] + "！"])  # the sentence, misquoted
    (tmp_path / "labels.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_rows, failures = check_congress(labels=tmp_path / "labels.tsv")
    assert n_rows == len(lines) - 1
    assert any(f.endswith(f":{row + 1}: text mismatch, file has " + repr(text)) for f in failures)
    # the misquoted row no longer counts, so its paragraph is labelled only partly (if it has other sentences)
    partly = any(f.endswith(f"{doc} paragraph {para} only partly labelled") for f in failures)
    assert partly and len(split_sentences_of(doc, int(para))) > 1
    assert len(failures) == 2


def split_sentences_of(doc: str, para: int) -> list[str]:
    from textlab.training.dev_sets import read_paragraphs

    return split_sentences(read_paragraphs(find_congress_report(doc))[para])


def test_written_check_finds_a_missing_and_a_doubled_row(tmp_path):
    folder = tmp_path / "written"
    shutil.copytree(WRITTEN, folder)
    lines = (folder / "labels.tsv").read_text(encoding="utf-8").splitlines()
    dropped = lines.pop(5)
    lines.append(lines[10])
    (folder / "labels.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    failures = check_written(folder)
    doc, para, sent = dropped.split("\t")[:3]
    assert f"{doc}.txt: para {para} sent {sent} not labelled: {dropped.split(chr(9))[5]!r}" in failures
    assert any("labelled 2 times" in f for f in failures)


def test_read_labels_reports_bad_rows(tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text("doc\tpara\tsent\tlabel\tmixed\ttext\n"
                    "w1\t0\t0\tgoal\t0\t要抓好落实。\n"
                    "w1\tx\t0\tmeasure\t0\t要抓好落实。\n"
                    "w1\t0\t1\tmeasure\t2\t要抓好落实。\n"
                    "w1\t0\t2\tmeasure\n", encoding="utf-8")
    rows, errors = read_labels(path)
    assert errors == ["labels.tsv:2: unknown label 'goal'",
                      "labels.tsv:3: para/sent must be non-negative integers",
                      "labels.tsv:4: mixed must be 0 or 1, got '2'",
                      "labels.tsv:5: expected 6 fields, got 4"]
    assert [r[:3] for r in rows] == [("w1", 0, 0), ("w1", 0, 1)]


def test_units_and_dump_number_paragraphs_and_sentences_from_zero():
    doc = sorted(WRITTEN.glob("w*.txt"))[0]
    units = document_units(doc)
    assert units[0][:3] == (doc.stem, 0, 0)
    rows, _ = read_labels(WRITTEN / "labels.tsv")
    assert [(d, p, s, t) for d, p, s, _, _, t in rows if d == doc.stem] == units
    lines = dump_paragraphs("18_", 0, 1)
    report = find_congress_report("18_")
    assert lines[0] == report.stem and lines[1].startswith("0\t0\t") and "" in lines
    with pytest.raises(ValueError, match="matches 0 reports"):
        find_congress_report("99_")
