"""Tests for the page (textlab.report.write_report) on runs of the main job over the real seeds.

The run itself (error boundaries, skipped files, parts, atomic output) is tested in
test_analysis.py; here: what the page and the figures show of it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import textlab as tl
from textlab import report
from textlab.corpus import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "party_building"
SEED_TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
CHROME = "首页\n登录 | 注册\n返回顶部\n版权所有 © 2020\n"  # web-page furniture only: cleans down to nothing


def _seed_folder(tmp_path: Path, n: int = 2) -> Path:
    """A folder with the ``n`` shortest seeds (2 keeps the tests fast; figures dominate the time)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:n]:
        shutil.copy(path, folder / path.name)
    return folder


def test_skipped_files_are_on_the_page(tmp_path):
    folder = _seed_folder(tmp_path)
    (folder / "chrome.txt").write_text(CHROME, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 20)
    tl.analyze(str(folder), out=tmp_path / "out", progress=False)
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Skipped files" in page and "chrome.txt" in page and "empty after cleaning" in page
    assert "binary.txt" in page


def test_a_non_numeric_year_is_kept_as_text_and_trends_use_the_others(tmp_path):
    text = SEED_TEXTS["003_bba11b23bb186c6b"]
    corpus = [
        Document("a", text, {"year": 2019}),
        Document("b", text, {"year": "2020年"}),
        Document("c", text, {"year": 2021}),
        Document("d", text, {"year": "2022"}),
    ]
    analysis = tl.analyze(corpus, out=tmp_path / "out", topic_source="shipped", progress=False)
    trend = report.year_trends(analysis)
    assert trend.index.tolist() == [2019, 2021, 2022]
    assert (tmp_path / "out" / "figures" / "topics_by_year.png").exists()


def test_a_figure_that_fails_is_noted_and_the_report_is_written(tmp_path, monkeypatch):
    from textlab import viz

    def broken(*args, **kwargs):
        raise ValueError("simulated: glyph missing")

    monkeypatch.setattr(viz, "plot_keywords", broken)
    analysis = tl.analyze(str(SEEDS), out=tmp_path / "out", topic_source="shipped", progress=False)
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "keywords_000.png not drawn" in page and "simulated: glyph missing" in page
    assert (tmp_path / "out" / "figures" / "label_distribution.png").exists()
    assert len(analysis.documents) == 5


def test_a_huge_document_in_parts_is_said_on_the_page(tmp_path, monkeypatch):
    from textlab import analysis as an

    monkeypatch.setattr(an, "MAX_PART_CHARS", 2500)
    tl.analyze(str(SEEDS / "002_f6b43444f5475b4f.txt"), out=tmp_path / "out", topic_source="shipped", progress=False)
    assert "part 1/" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
