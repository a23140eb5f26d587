"""Tests for textlab.report, the view: report.html and figures/*.png from an Analysis.

Real analyses of the seeds check what the page shows; synthetic Analysis tables built from real
report sentences check that the page's size does not grow with the corpus and that hostile text
is escaped.
"""

from __future__ import annotations

import base64
import dataclasses
import re
import shutil
import subprocess
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import textlab as tl
from textlab import analysis as analysis_module
from textlab import report, viz
from textlab.analysis import DOCUMENT_COLUMNS, Analysis, Skip
from textlab.corpus import Document
from textlab.labels import LABELS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PARTY = SEEDS / "party_building"
GOV = SEEDS / "gov_reports"
MB = 1_000_000
EMBEDDED = re.compile(r"src='data:image/png;base64,([A-Za-z0-9+/=]+)'")


def _analyse(source, **options) -> Analysis:
    """The real pipeline's Analysis of ``source`` (a path or documents)."""
    source = str(source) if isinstance(source, Path) else source
    result = analysis_module.analyze(source, progress=False, **options)
    assert isinstance(result, Analysis)
    return result


@pytest.fixture(scope="module")
def party_once() -> Analysis:
    return _analyse(PARTY, topic_source="shipped")


@pytest.fixture
def party(party_once) -> Analysis:
    return dataclasses.replace(party_once, notes=list(party_once.notes))  # write_report may add notes


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """Real sentences of the national government work reports (the synthetic tables' text)."""
    pool = []
    for path in sorted((GOV / "national_gwr_wikisource").glob("*.txt"))[-12:]:
        for sentence in re.split(r"(?<=[。！？；])", path.read_text(encoding="utf-8")):
            sentence = sentence.strip()
            if 12 <= len(sentence) <= 120:
                pool.append(sentence)
    return pool


def synthetic(n: int, pool: list[str], *, seed: int = 0, n_topics: int = 12) -> Analysis:
    """An Analysis of ``n`` documents with real report sentences, years, regions and sources."""
    rng = np.random.default_rng(seed)
    regions = [p.stem.split("_")[0][4:] or p.stem for p in sorted((GOV / "provincial_gwr_2025").glob("*.txt"))]
    words = sorted({s[i:i + 2] for s in pool[:400] for i in range(0, len(s) - 2, 7)})
    rows, highlights, keywords = [], [], []
    for i in range(n):
        doc = f"doc{i:05d}"
        chars = rng.integers(50, 5000, size=len(LABELS))
        counts = rng.integers(0, 300, size=len(LABELS))
        row = {"document": doc, "title": pool[i % len(pool)][:30], "path": f"{doc}.txt",
               "year": 1990 + i % 35, "year_text": "", "region": regions[i % len(regions)],
               "source": ("national", "provincial", "city")[i % 3], "n_chars": int(chars.sum()),
               "n_paragraphs": int(counts.sum() // 3), "n_sentences": int(counts.sum())}
        row.update({f"n_{label}": int(c) for label, c in zip(LABELS, counts)})
        row.update({f"chars_{label}": int(c) for label, c in zip(LABELS, chars)})
        picked = [words[j] for j in rng.choice(len(words), size=10, replace=False)]
        row["keywords"] = "、".join(picked)
        rows.append(row)
        keywords += [{"document": doc, "rank": r + 1, "keyword": w, "score": round(1 / (r + 2), 6)} for r, w in enumerate(picked)]
        for label in ("problem", "measure", "achievement"):
            for k in range(20):
                highlights.append({"document": doc, "label": label, "paragraph": k, "sentence": 0,
                                   "text": pool[(i * 61 + k * 7 + len(label)) % len(pool)]})
    documents = pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS)).astype({"year": "Int64"})
    topics = pd.DataFrame([{"topic": t, "label": f"{words[t]}・{words[t + 20]}", "rank": r + 1, "word": words[t + 20 * r],
                            "weight": round(0.1 / (r + 1), 6)} for t in range(n_topics) for r in range(10)])
    mix = rng.dirichlet(np.ones(n_topics), size=n)
    doc_topics = pd.DataFrame(mix, columns=[f"topic_{t}" for t in range(n_topics)])
    doc_topics.insert(0, "document", documents["document"])
    doc_topics.insert(1, "title", documents["title"])
    doc_topics.insert(2, "year", documents["year"])
    corpus = pd.DataFrame({"rank": range(1, 51), "keyword": words[:50], "score": np.linspace(0.2, 0.01, 50),
                           "documents": rng.integers(1, n + 1, size=50)})
    return Analysis(documents=documents, units=None, highlights=pd.DataFrame(highlights), keywords=pd.DataFrame(keywords),
                    corpus_keywords=corpus, topics=topics, doc_topics=doc_topics, topic_source="synthetic topics")


def _page(folder: Path) -> str:
    return (folder / "report.html").read_text(encoding="utf-8")


def _table_rows(page: str) -> int:
    body = page[page.index("<table id='docs'"):]
    body = body[: body.index("</table>")]
    return body.count("<tr>") - 1  # minus the header row


# ------------------------------------------------------------------------------------ real seeds


def test_the_page_on_the_seeds_has_every_section_and_links_the_tables(party, tmp_path):
    party.documents.to_csv(tmp_path / "documents.csv", index=False)
    out = report.write_report(party, tmp_path)
    page = _page(out)
    for anchor in ("functions", "years", "groups", "topics", "keywords", "documents", "sentences", "skipped", "notes", "tables"):
        assert f"<h2 id='{anchor}'>" in page and f"<a href='#{anchor}'>" in page
    assert page.index("id='functions'") < page.index("id='topics'") < page.index("id='documents'")  # corpus first
    assert "<a href='documents.csv'>documents.csv</a>" in page
    assert "sentences.csv <span class='meta'>(not in this folder)</span>" in page
    # the seeds carry no metadata; seed 002's page chrome gives a date (2023-02-08), so one year
    assert list(party.documents["year"].dropna()) == [2023]
    assert "No trend over years: fewer than two distinct years" in page
    assert "No view by region" in page and "No view by source" in page
    assert _table_rows(page) == len(party.documents) == 5
    for title in party.documents["title"]:
        assert report._esc(report._title(title)) in page
    assert page.count("<details class='doc'") == 5
    problems = party.highlights[party.highlights["label"] == "problem"]["text"]
    assert len(problems) and all(report._esc(t) in page for t in problems.head(report.SENTENCES_SHOWN))
    assert page.count("@font-face") == 1 and "<script>" in page


def test_each_figure_is_drawn_once_and_the_page_embeds_the_same_bytes(party, tmp_path, monkeypatch):
    """One complete render (a PNG encoded) per figure; 0.1.0 rendered each twice (file, then base64)."""
    import matplotlib.image

    real, calls = matplotlib.image.imsave, []

    def counting(fname, arr, *args, **kwargs):  # what FigureCanvasAgg.print_png ends in, after a full draw
        calls.append(arr.shape)
        return real(fname, arr, *args, **kwargs)

    monkeypatch.setattr(matplotlib.image, "imsave", counting)
    report.write_report(party, tmp_path)
    files = sorted((tmp_path / "figures").glob("*.png"))
    assert [f.name for f in files] == sorted(["label_shares.png", "topics_top_words.png", "doc_topic_heatmap.png",
                                              "keywords_by_document.png"])
    assert len(calls) == len(files)  # one render per figure
    embedded = [base64.b64decode(data) for data in EMBEDDED.findall(_page(tmp_path))]
    assert sorted(embedded) == sorted(f.read_bytes() for f in files)


def test_label_shares_are_normalised_by_length(party):
    docs = report.document_view(party)
    shares = docs[[f"share_{label}" for label in LABELS]].to_numpy()
    assert np.allclose(shares.sum(axis=1), 1.0)
    chars = party.documents[[f"chars_{label}" for label in LABELS]].to_numpy(dtype=float)
    assert np.allclose(shares, chars / chars.sum(axis=1, keepdims=True))
    assert (docs["main_topic"].str.match(r"T\d+ ")).all()


def test_no_promise_section_without_consecutive_years(party, tmp_path):
    out = report.write_report(party, tmp_path)
    page = _page(out)
    assert party.tracked is None
    assert "promises" not in page and "Promise tracking" not in page
    assert not list((out / "figures").glob("promise_*.png"))


def test_promise_section_from_a_tracked_table(party, tmp_path):
    """The section and its two figures come from the tracked table alone (hand-made rows)."""
    tracked = pd.DataFrame({
        "government": ["甲省"] * 4, "year": pd.array([2023, 2023, 2024, 2024], dtype="Int64"),
        "indicator": ["国内生产总值", "居民消费价格", "国内生产总值", "居民消费价格"],
        "target": [5.0, 3.0, 5.5, 3.0], "target_high": [np.nan] * 4, "qualifier": ["左右", "左右", "以上", "左右"],
        "unit": ["%"] * 4, "outcome": [5.2, 3.4, 5.1, np.nan],
        "status": ["met", "missed", "missed", "not reported"],
        "target_sentence": ["地区生产总值增长5%左右。"] * 4, "outcome_sentence": ["地区生产总值增长5.2%。"] * 4,
        "target_document": ["a"] * 4, "outcome_document": ["b"] * 4,
    })
    with_tracking = dataclasses.replace(party, tracked=tracked, notes=list(party.notes))
    out = report.write_report(with_tracking, tmp_path)
    page = _page(out)
    section = page[page.index("<h2 id='promises'>"):]
    assert "4 targets: 1 met, 2 missed, 1 not reported" in section
    assert "甲省: targets for 2024, outcomes from the 2025 report" in section
    assert {p.name for p in (out / "figures").glob("promise_*.png")} == {"promise_gdp.png", "promise_met_by_indicator.png"}


def test_skipped_files_of_a_run_are_on_the_page(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(PARTY.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "chrome.txt").write_text("首页\n登录 | 注册\n返回顶部\n版权所有 © 2020\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 20)
    tl.analyze(str(folder), out=tmp_path / "out", progress=False)
    page = _page(tmp_path / "out")
    assert "Skipped files" in page and "chrome.txt" in page and "empty after cleaning" in page
    assert "binary.txt" in page and "2 documents analysed · 2 skipped" in page
    assert "<a href='skipped.csv'>skipped.csv</a>" in page  # the run wrote it beside the page


def test_a_non_numeric_year_is_kept_as_text_and_trends_use_the_others(tmp_path):
    text = (PARTY / "003_bba11b23bb186c6b.txt").read_text(encoding="utf-8")
    corpus = [Document("a", text, {"year": 2019}), Document("b", text, {"year": "2020年"}),
              Document("c", text, {"year": 2021}), Document("d", text, {"year": "2022"})]
    analysis = _analyse(corpus, topic_source="shipped")
    assert report.topics_by_year(analysis).index.tolist() == [2019, 2021, 2022]
    shares, counts = report.shares_by_year(analysis)
    assert counts.to_dict() == {2019: 1, 2021: 1, 2022: 1}
    out = report.write_report(analysis, tmp_path)
    assert (out / "figures" / "topics_by_year.png").exists() and (out / "figures" / "label_shares_by_year.png").exists()
    assert "2020年" in _page(out)  # in the document table, as given


def test_a_figure_that_fails_in_a_run_is_noted_and_the_page_is_written(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("simulated: glyph missing")

    monkeypatch.setattr(viz, "plot_keyword_panels", broken)
    tl.analyze(str(PARTY), out=tmp_path / "out", topic_source="shipped", progress=False)
    page = _page(tmp_path / "out")
    assert "keywords_by_document.png not drawn" in page and "simulated: glyph missing" in page
    assert (tmp_path / "out" / "figures" / "label_shares.png").exists()


def test_a_huge_document_in_parts_is_said_on_the_page(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis_module, "MAX_PART_CHARS", 2500)
    tl.analyze(str(PARTY / "002_f6b43444f5475b4f.txt"), out=tmp_path / "out", topic_source="shipped", progress=False)
    assert "part 1/" in _page(tmp_path / "out")


@pytest.fixture(scope="module")
def gov() -> Analysis:
    return _analyse(GOV)


def test_the_118_reports_give_a_page_under_3_mb_with_trends(gov, tmp_path):
    out = report.write_report(gov, tmp_path)
    size = (out / "report.html").stat().st_size
    assert len(gov.documents) == 118 and size < 3 * MB
    names = {f.name for f in (out / "figures").glob("*.png")}
    assert {"label_shares_by_year.png", "label_shares_by_region.png", "label_shares_by_source.png",
            "topics_by_year.png", "keywords_by_document.png"} <= names
    assert "doc_topic_heatmap.png" not in names  # 118 documents: no per-document heatmap
    page = _page(out)
    assert _table_rows(page) == 118
    assert "24 of the 118 documents, evenly spaced" in page
    # the national reports have consecutive years: promise tracking, drawn once like the others
    assert {"promise_gdp.png", "promise_met_by_indicator.png"} <= names
    assert "<h2 id='promises'>" in page and "href='#promises'" in page
    section = page[page.index("<h2 id='promises'>"):page.index("<h2 id='topics'>")]
    assert "国务院" in section and "国内生产总值" in section and "figures/promise_gdp.png" in section
    assert "Beijing" not in section and "北京市" not in section  # the provincial 2025 reports have no next year
    embedded = [base64.b64decode(data) for data in EMBEDDED.findall(page)]
    assert (out / "figures" / "promise_gdp.png").read_bytes() in embedded


# ------------------------------------------------------------------------------------ scaling


def test_the_page_does_not_grow_with_the_corpus(sentences, tmp_path, monkeypatch):
    """Past the caps, ten times the documents leave the page's size as it was (caps lowered to keep
    the test short; the same code paths run with the real caps on 118 reports above)."""
    monkeypatch.setattr(report, "MAX_TABLE_DOCUMENTS", 40)
    monkeypatch.setattr(report, "MAX_KEYWORD_PANELS", 8)
    sizes, figures = {}, {}
    for n in (60, 600):
        out = report.write_report(synthetic(n, sentences), tmp_path / str(n))
        sizes[n] = (out / "report.html").stat().st_size
        figures[n] = sorted(f.name for f in (out / "figures").glob("*.png"))
    assert figures[60] == figures[600] and len(figures[60]) == 7
    assert abs(sizes[600] - sizes[60]) < 0.05 * sizes[60]
    page = _page(tmp_path / "600")
    assert _table_rows(page) == 40 and "first 40 of 600 documents" in page
    assert page.count("<details class='doc'") == 40


def test_a_page_at_every_cap_stays_under_3_mb(sentences, tmp_path):
    # past the table, panel, group and topic caps, with sentences and notes longer than any page needs
    analysis = synthetic(report.MAX_TABLE_DOCUMENTS + 20, sentences, n_topics=60)
    long_sentence = "".join(sentences[:200])
    analysis.highlights.loc[analysis.highlights.index[::3], "text"] = long_sentence
    analysis.notes += [f"note {i}: " + long_sentence for i in range(150)]
    caption = {f.name: f.caption for f in report.figure_plan(analysis)}["topics_top_words.png"]
    assert f"the {report.MAX_TOPIC_PANELS} most prevalent of the 60 topics" in caption
    out = report.write_report(analysis, tmp_path)
    page = _page(out)
    assert (out / "report.html").stat().st_size < 3 * MB
    assert _table_rows(page) == report.MAX_TABLE_DOCUMENTS
    assert long_sentence not in page and report._esc(long_sentence[: report.MAX_TEXT_CHARS - 1]) + "…" in page
    assert f"… and {len(analysis.notes) - report.MAX_NOTES} more notes." in page
    lists = page[page.index("<h2 id='sentences'>"):page.index("<h2 id='skipped'>")]
    assert len(lists) < 3 * report.MAX_LIST_CHARS * 1.4  # UTF-8 characters and their markup


def test_trends_by_year_region_and_source(sentences, tmp_path):
    analysis = synthetic(120, sentences)
    shares, counts = report.shares_by_year(analysis)
    assert counts.sum() == 120 and list(shares.index) == list(range(1990, 2025))
    year = analysis.documents[analysis.documents["year"] == 1995]
    expected = year[[f"chars_{label}" for label in LABELS]].sum().to_numpy(dtype=float)
    assert np.allclose(shares.loc[1995].to_numpy(), expected / expected.sum())
    by_region = report.shares_by_group(analysis, "region")
    assert len(by_region) == report.MAX_GROUPS + 1 and by_region.index[-1].startswith("其他 1 others")
    assert np.allclose(by_region.sum(axis=1), 1.0)
    assert report.shares_by_group(analysis, "source").index.tolist() == ["city (40)", "national (40)", "provincial (40)"]
    trend = report.topics_by_year(analysis)
    assert trend.shape == (35, report.MAX_TREND_TOPICS + 1) and trend.columns[-1] == "其他 2 other topics"
    assert np.allclose(trend.sum(axis=1), 1.0)  # the other topics' share is kept, summed
    out = report.write_report(analysis, tmp_path)
    for name in ("label_shares_by_year.png", "label_shares_by_region.png", "label_shares_by_source.png", "topics_by_year.png"):
        assert (out / "figures" / name).read_bytes()[:4] == b"\x89PNG"


def test_keyword_small_multiples_are_capped_and_say_which(sentences):
    analysis = synthetic(100, sentences)
    plan = {f.name: f for f in report.figure_plan(analysis)}
    caption = plan["keywords_by_document.png"].caption
    assert "24 of the 100 documents, evenly spaced in corpus order" in caption
    fig = plan["keywords_by_document.png"].draw()
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    assert len(titles) == 24 and titles[0].startswith("1. ") and titles[-1].startswith("100. ")
    assert report.keyword_panel_rows(100) == sorted(set(report.keyword_panel_rows(100)))


# ------------------------------------------------------------------------------------ robustness


HOSTILE = "<script>alert('x')</script>"


def test_hostile_text_is_escaped_everywhere(sentences, tmp_path):
    analysis = synthetic(6, sentences)
    analysis.documents.loc[0, "title"] = f"报告{HOSTILE}"
    analysis.documents.loc[1, "region"] = "\"><img src=x onerror=alert(1)>"
    analysis.documents.loc[2, "keywords"] = "<b>加粗</b>、党建"
    analysis.highlights.loc[analysis.highlights["document"] == "doc00003", "text"] = f"</details></ol>{HOSTILE}"
    analysis.corpus_keywords.loc[0, "keyword"] = HOSTILE
    analysis.topics.loc[analysis.topics["topic"] == 0, "label"] = HOSTILE
    analysis.notes.append(f"note {HOSTILE}")
    analysis.skipped.append(Skip(f"bad{HOSTILE}.txt", "load", f"reason {HOSTILE}"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", viz.MissingGlyphWarning)
        page = _page(report.write_report(analysis, tmp_path))
    assert HOSTILE not in page and "<img src=x" not in page and "<b>加粗" not in page
    assert page.count("<script>") == 1  # the page's own sorting script
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert page.count("</details>") == page.count("<details")


def test_skipped_files_are_listed_and_capped(sentences, tmp_path):
    analysis = synthetic(3, sentences)
    analysis.skipped = [Skip(f"in/file{i}.txt", "clean", "empty after cleaning") for i in range(250)]
    page = _page(report.write_report(analysis, tmp_path))
    assert "250 file(s) or document(s) skipped" in page
    assert "in/file0.txt" in page and "in/file199.txt" in page and "in/file200.txt" not in page
    assert "… and 50 more in skipped.csv" in page
    assert "No file was skipped." in _page(report.write_report(synthetic(3, sentences), tmp_path / "none"))


def test_a_figure_that_fails_is_noted_and_the_page_is_written(sentences, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("simulated failure")

    monkeypatch.setattr(viz, "plot_label_trend", broken)
    analysis = synthetic(20, sentences)
    out = report.write_report(analysis, tmp_path)
    page = _page(out)
    assert "figure label_shares_by_year.png not drawn: ValueError: simulated failure" in page
    assert not (out / "figures" / "label_shares_by_year.png").exists()
    assert (out / "figures" / "label_shares.png").exists()
    assert any("label_shares_by_year.png" in note for note in analysis.notes)


def test_no_topics_is_said_in_one_line(sentences, tmp_path):
    analysis = synthetic(5, sentences)
    analysis.topics = analysis.topics.iloc[0:0]
    analysis.doc_topics = analysis.doc_topics[["document", "title", "year"]]
    analysis.topic_source = "none: no topic model could be fitted (ValueError: too few)"
    page = _page(report.write_report(analysis, tmp_path))
    assert "No topics in this report: no topic model could be fitted (ValueError: too few)." in page
    assert not (tmp_path / "figures" / "topics_top_words.png").exists()


def test_a_character_no_font_has_is_kept_on_the_page_and_replaced_in_figures(sentences, tmp_path):
    rare = "\U00020000"  # CJK Extension B: in no bundled font
    analysis = synthetic(4, sentences)
    analysis.documents.loc[0, "title"] = f"学习{rare}同志事迹"
    with pytest.warns(viz.MissingGlyphWarning):
        page = _page(report.write_report(analysis, tmp_path))
    assert f"学习{rare}同志事迹" in page


_SORT_PROBE = """<script>
var t=document.getElementById('docs'),ths=t.tHead.rows[0].cells,col=-1,out=[];
for(var i=0;i<ths.length;i++){if(ths[i].textContent.indexOf('chars')>=0)col=i;}
function column(){return [].map.call(t.tBodies[0].rows,function(r){return r.cells[col].textContent}).join('|')}
ths[col].click();out.push(column());ths[col].click();out.push(column());
var box=document.getElementById('filter');box.value=t.tBodies[0].rows[0].cells[1].textContent;
box.dispatchEvent(new Event('input'));
out.push([].filter.call(t.tBodies[0].rows,function(r){return r.style.display!=='none'}).length);
document.body.setAttribute('data-probe',out.join(' || '));
</script>"""


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs a headless chromium")
def test_the_document_table_sorts_numbers_as_numbers_and_filters(sentences, tmp_path):
    analysis = synthetic(12, sentences)
    analysis.documents["n_chars"] = [120, 9_500, 31_000, 800, 2_400, 15, 1_200_000, 64, 7_777, 310, 45_000, 5]
    page = _page(report.write_report(analysis, tmp_path))
    (tmp_path / "probe.html").write_text(page.replace("</body>", _SORT_PROBE + "</body>"), encoding="utf-8")
    dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                          (tmp_path / "probe.html").as_uri()], capture_output=True, text=True, timeout=120).stdout
    ascending, descending, visible = re.search(r'data-probe="([^"]*)"', dom).group(1).split(" || ")
    numbers = [int(v.replace(",", "")) for v in ascending.split("|")]
    assert numbers == sorted(analysis.documents["n_chars"])
    assert descending.split("|") == ascending.split("|")[::-1]
    assert visible == "1"
