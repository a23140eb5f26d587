"""Tests for textlab.readers: each file type read the same with and without its optional
library, and a missing library named in the reason."""

from __future__ import annotations

import sys

import pytest

from corpus_files import DOCX_TEXT, make_docx, text_pdf
from textlab.corpus import SkippedFilesWarning, load_corpus
from textlab.readers import Record, UnreadableFile, read_records


def test_docx_without_python_docx_gives_the_same_text(tmp_path, monkeypatch):
    make_docx(tmp_path / "a.docx")
    with_library = load_corpus(tmp_path)["a"].text
    monkeypatch.setitem(sys.modules, "docx", None)  # `import docx` now fails
    without_library = load_corpus(tmp_path)["a"].text
    assert with_library == without_library == DOCX_TEXT


def test_truncated_docx_without_python_docx_is_skipped(tmp_path, monkeypatch):
    make_docx(tmp_path / "full.docx")
    data = (tmp_path / "full.docx").read_bytes()
    (tmp_path / "full.docx").unlink()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) - 200])  # central directory cut off
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.warns(SkippedFilesWarning, match="1 of 1 files"):
        corpus = load_corpus(tmp_path)
    assert len(corpus) == 0 and "corrupt or truncated .docx" in corpus.skipped[0][1]


def test_pdf_without_pypdf_says_how_to_install(tmp_path, monkeypatch):
    (tmp_path / "a.pdf").write_bytes(text_pdf())
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.warns(SkippedFilesWarning):
        corpus = load_corpus(tmp_path)
    assert corpus.skipped == [(str(tmp_path / "a.pdf"), "PDF support is not installed: pip install textlab[pdf]")]


def test_csv_in_gbk_and_a_custom_text_column(tmp_path):
    (tmp_path / "t.csv").write_bytes("标题,正文\n报告,要抓好落实。\n".encode("gbk"))
    corpus = load_corpus(tmp_path, text_column="正文")
    assert corpus.ids == ["t:1"]
    assert corpus["t:1"].text == "要抓好落实。" and corpus["t:1"].meta["标题"] == "报告"
    assert corpus["t:1"].meta["encoding"] == "gb18030"


# --------------------------------------------------------------------------- read_records directly


def test_read_records_gives_text_and_format_facts():
    records, problems = read_records("　　各位代表：\r\n现在。\r".encode("gb18030"), ".txt")
    assert records == [Record("　　各位代表：\n现在。\n", {"encoding": "gb18030"})] and problems == []
    (pdf,), _ = read_records(text_pdf(), ".pdf")
    assert pdf.text.strip() == "Work report 2025: achievements, problems and measures." and pdf.meta == {"n_pages": 1}


def test_read_records_rows_keep_their_fields_raw_and_report_bad_rows():
    data = 'text,year,来源\n一是建立了机制。,2024,甲\n,2025,乙\n要抓好落实。,2025年,丙\n'.encode("utf-8")
    records, problems = read_records(data, ".csv")
    assert [(r.row, r.text, r.fields) for r in records] == [
        (1, "一是建立了机制。", {"year": "2024", "来源": "甲"}), (3, "要抓好落实。", {"year": "2025年", "来源": "丙"})]
    assert problems == ["row 2 (line 3): empty 'text'"]


@pytest.mark.parametrize(
    ("data", "suffix", "reason"),
    [
        (b"", ".txt", "empty file (0 bytes)"),
        (b"x", ".doc", "legacy Word .doc is not supported"),
        (b"x", ".md", "unsupported file type '.md'"),
        (b"\x00\x01" * 100, ".txt", "binary file"),
        ("  \n".encode(), ".txt", "no text (only whitespace)"),
        (b'{"body": 1}\n', ".jsonl", "no 'text' field in any record"),
    ],
)
def test_read_records_refuses_with_the_reason(data, suffix, reason):
    with pytest.raises(UnreadableFile, match=reason.replace("(", "\\(").replace(")", "\\)")):
        read_records(data, suffix)
