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
    assert {"label_distribution.png", "topics_top_words.png", "doc_topic_heatmap.png"} <= figures
    assert len([f for f in figures if f.startswith("keywords_")]) == 5


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
    assert page.count("data:image/png;base64,") >= 8
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert "在城市基层党建工作推进会上的讲话" in page
    assert "问题 Problems admitted" in page


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
