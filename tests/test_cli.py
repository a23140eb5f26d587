"""Tests for the textlab command and the analyze report on the shipped seeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from textlab.cli import EXIT_BAD_INPUT, EXIT_NO_DOCUMENTS, main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "party_building"
SEED_001 = next(SEEDS.glob("001_*.txt"))


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    assert main(["analyze", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


def test_analyze_writes_page_figures_and_tables(report_dir):
    for name in ("report.html", "paragraphs.csv", "sentences.csv", "keywords.csv", "topics.csv", "doc_topics.csv"):
        assert (report_dir / name).stat().st_size > 0, name
    figures = {p.name for p in (report_dir / "figures").glob("*.png")}
    assert figures == {"label_shares.png", "topics_top_words.png", "doc_topic_heatmap.png", "keywords_by_document.png"}


def test_analyze_tables_are_utf8_with_bom_and_complete(report_dir):
    raw = (report_dir / "paragraphs.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    paragraphs = pd.read_csv(report_dir / "paragraphs.csv", encoding="utf-8-sig")
    assert {"document", "section", "paragraph", "text", "label", "p_achievement", "p_problem", "p_measure", "p_other"} <= set(paragraphs.columns)
    assert paragraphs["document"].nunique() == 5
    assert set(paragraphs["label"]) <= {"achievement", "problem", "measure", "other"}
    assert not paragraphs["text"].str.contains("最新范文|试读结束|加微信").any()


def test_report_html_is_self_contained(report_dir):
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 4  # each figure once
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert "在城市基层党建工作推进会上的讲话" in page
    assert "问题 problem" in page


def test_missing_path_exits_non_zero_with_message(capsys, tmp_path):
    assert main(["outline", str(tmp_path / "nope.txt")]) == EXIT_BAD_INPUT
    assert "nope.txt" in capsys.readouterr().err


def test_folder_without_readable_documents_names_the_skipped_files(capsys, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 20)
    assert main(["keywords", str(tmp_path)]) == EXIT_NO_DOCUMENTS
    err = capsys.readouterr().err
    assert "empty.txt" in err and "binary.txt" in err


def test_outline_prints_the_three_sections_of_seed_001(capsys):
    assert main(["outline", str(SEED_001)]) == 0
    out = capsys.readouterr().out
    assert "一、要聚焦中心大局" in out and "二、" in out and "三、" in out


def test_classify_prints_labels(capsys):
    assert main(["classify", str(SEED_001), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "measure" in out and "措施" in out


def test_every_subcommand_has_help():
    for command in ("analyze", "clean", "outline", "segment", "keywords", "topics", "classify"):
        result = subprocess.run([sys.executable, "-m", "textlab", command, "--help"], capture_output=True, text=True)
        assert result.returncode == 0 and "usage:" in result.stdout, command


# ------------------------------------------------------------------ issue 12: the main job never breaks

CHROME = "首页\n登录 | 注册\n返回顶部\n版权所有 © 2020\n"


def _two_seeds(folder: Path) -> Path:
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["analyze", str(SEEDS), "--out", "{out}", "-k", "0"],
        ["analyze", str(SEEDS), "--out", "{out}", "-k", "-3"],
        ["analyze", str(SEEDS), "--out", "{out}", "-k", "5000"],
        ["analyze", str(SEEDS), "--out", "{out}", "-k", "three"],
        ["analyze", str(SEEDS), "--out", "{out}", "--random-state", "-1"],
        ["analyze", str(SEEDS), "--out", "{file}"],
        ["analyze", str(SEEDS), "--out", "{file}/report"],
        ["keywords", str(SEEDS), "--top-k", "0"],
        ["topics", str(SEEDS), "-k", "0"],
        ["topics", str(SEEDS), "-k", "5", "--top-n", "0"],
        ["classify", str(SEED_001), "--width", "0"],
    ],
)
def test_bad_arguments_exit_2_with_one_line_and_write_nothing(capsys, tmp_path, args):
    (tmp_path / "file.txt").write_text("not a folder", encoding="utf-8")
    argv = [a.format(out=tmp_path / "out", file=tmp_path / "file.txt") for a in args]
    assert main(argv) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "error" in lines[0] and "Traceback" not in captured.err, captured.err
    assert captured.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_out_inside_the_input_is_not_read_back(tmp_path):
    folder = _two_seeds(tmp_path / "in")
    out = folder / "report"
    for _ in range(2):
        assert main(["analyze", str(folder), "--out", str(out), "-q"]) == 0
        documents = pd.read_csv(out / "doc_topics.csv", encoding="utf-8-sig")["document"]
        assert len(documents) == 2
    assert pd.read_csv(out / "skipped.csv", encoding="utf-8-sig").empty


def test_skipped_files_are_summarised_even_with_quiet(capsys, tmp_path):
    folder = _two_seeds(tmp_path / "in")
    (folder / "chrome.txt").write_text(CHROME, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 20)
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "-q"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "skipped 2 file(s)" in err[0] and "skipped.csv" in err[0]
    skipped = pd.read_csv(out / "skipped.csv", encoding="utf-8-sig")
    assert sorted(skipped["path"].map(lambda p: Path(p).name)) == ["binary.txt", "chrome.txt"]
    assert set(skipped["stage"]) == {"load", "clean"}
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Skipped files" in page and "chrome.txt" in page and "binary.txt" in page
    assert "2 documents analysed · 2 skipped" in page


def test_notes_and_progress_go_to_stderr_not_stdout(capsys, tmp_path):
    folder = _two_seeds(tmp_path / "in")
    (folder / "chrome.txt").write_text(CHROME, encoding="utf-8")
    assert main(["analyze", str(folder), "--out", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "topics" in captured.err and "chrome.txt: empty after cleaning" in captured.err


def test_no_analysable_document_exits_3_and_keeps_the_old_report(capsys, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(SEED_001), "--out", str(out), "-q"]) == 0
    before = (out / "report.html").read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "chrome.txt").write_text(CHROME, encoding="utf-8")
    assert main(["analyze", str(folder), "--out", str(out), "-q"]) == EXIT_NO_DOCUMENTS
    assert "chrome.txt" in capsys.readouterr().err
    assert (out / "report.html").read_bytes() == before


def test_topics_command_on_an_empty_vocabulary_gives_a_message_not_a_traceback(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "numbers.txt").write_text("\n".join("１２３４５６７８９０，2019年3月5日，第12345号。" * 2 for _ in range(60)),
                                        encoding="utf-8")
    assert main(["topics", str(folder), "-k", "3", "-q"]) == 1
    err = capsys.readouterr().err
    assert "no topic model could be fitted" in err and "Traceback" not in err


def _jsonl(rows: list[dict]) -> str:
    import json

    return "".join(json.dumps(row) + "\n" for row in rows)  # json escapes lone surrogates as \ud800


SEED_TEXT = SEED_001.read_text(encoding="utf-8")
NUMBERS_ONLY = "\n".join("１２３４５６７８９０，2019年3月5日，第12345号。" * 2 for _ in range(120))


@pytest.mark.parametrize(
    "name, content, extra_args",
    [
        ("chrome.txt", CHROME, []),
        ("surrogate.jsonl", _jsonl([{"text": SEED_TEXT, "title": "讲话\ud800", "region": "\udcff"}]), []),
        ("years.jsonl", _jsonl([{"text": SEED_TEXT, "year": y} for y in (2019, "2020年", 2021)]), []),
        ("numbers.txt", NUMBERS_ONLY, ["--topics", "fit", "-k", "3"]),
    ],
    ids=["pure-chrome", "lone-surrogate-in-jsonl-metadata", "year-2020年", "empty-topic-vocabulary"],
)
def test_one_bad_document_does_not_lose_the_run(capsys, tmp_path, name, content, extra_args):
    folder = _two_seeds(tmp_path / "in")
    if name == "numbers.txt":  # alone, so that the topic vocabulary really is empty
        for path in folder.iterdir():
            path.unlink()
    (folder / name).write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "-q", *extra_args]) == 0
    page = (out / "report.html").read_bytes().decode("utf-8")
    for table in ("paragraphs.csv", "sentences.csv", "keywords.csv", "topics.csv", "doc_topics.csv", "skipped.csv"):
        assert (out / table).exists(), table
    if name == "chrome.txt":
        assert "chrome.txt" in page and "empty after cleaning" in page
    if name == "numbers.txt":
        assert "No topics in this report" in page
    if name == "years.jsonl":
        years = pd.read_csv(out / "doc_topics.csv", encoding="utf-8-sig")["year"].dropna().astype(str).tolist()
        assert "2020年" in years


def test_keywords_command_and_the_main_job_use_the_same_idf_cut_off(capsys):
    """Five documents are below textlab.features.CORPUS_IDF_MIN_DOCS: `textlab keywords` and
    `textlab analyze` both use the packaged report IDF (0.1.0 used < 3 in one, < 20 in the other)."""
    from textlab.analysis import analyze
    from textlab.corpus import load_corpus

    assert main(["keywords", str(SEEDS), "--top-k", "5"]) == 0
    printed = {line.split("\t")[0]: [term.rsplit("(", 1)[0] for term in line.split("\t")[1].split("  ")]
               for line in capsys.readouterr().out.splitlines()}
    analysis = analyze(load_corpus(SEEDS), topic_source="shipped", top_k_keywords=5, progress=False)
    expected = {doc: group.sort_values("rank")["keyword"].tolist() for doc, group in analysis.keywords.groupby("document")}
    assert printed == expected


# ------------------------------------------------------------------ issue 14: clean --show-removed


def test_clean_show_removed_lists_each_line_with_its_number_and_reason(capsys, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "首页 > 政务公开 > 政府文件\n【字号】\n大\n中\n小\n时间：\n2024-03-18\n"
        "清河市召开城市基层党建工作推进会\n会议要求，各级党组织要聚焦群众急难愁盼问题，确保各项任务落地见效。\n"
        "扫一扫在手机打开当前页\n",
        encoding="utf-8",
    )
    assert main(["clean", str(page), "--show-removed"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "清河市召开城市基层党建工作推进会", "会议要求，各级党组织要聚焦群众急难愁盼问题，确保各项任务落地见效。",
    ]
    err = captured.err.splitlines()
    assert err[:8] == [
        "# removed line 1 [breadcrumb]: 首页 > 政务公开 > 政府文件",
        "# removed line 2 [toolbar]: 【字号】",
        "# removed line 3 [toolbar]: 大",
        "# removed line 4 [toolbar]: 中",
        "# removed line 5 [toolbar]: 小",
        "# removed line 6 [metadata:date]: 时间：",
        "# removed line 7 [metadata:date]: 2024-03-18",
        "# removed line 10 [qr]: 扫一扫在手机打开当前页",
    ]
    assert "# meta date: 2024-03-18" in err
    # without the flag: the same text, nothing on stderr
    assert main(["clean", str(page)]) == 0
    plain = capsys.readouterr()
    assert plain.out == captured.out and plain.err == ""
    help_text = subprocess.run([sys.executable, "-m", "textlab", "clean", "--help"], capture_output=True, text=True).stdout
    assert "reason" in help_text and "line number" in help_text
