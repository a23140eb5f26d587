"""TEMPORARY (issue 13, branch h/report): the 0.1.x tests of the main job (tl.analyze), run on the
0.1.x pipeline kept in textlab/_legacy_pipeline.py while helper "units" moves analyze into
textlab.analysis (their tests move with it to tests/test_analysis.py). Delete at the merge.

Each test puts one bad thing among the five party-building seeds and checks that the run
goes on, says what it left out, and writes its folder whole or not at all.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import textlab as tl
from textlab import _legacy_pipeline as report
from textlab import report as view
from textlab.corpus import Document, load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "party_building"
SEED_TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
CHROME = "首页\n登录 | 注册\n返回顶部\n版权所有 © 2020\n"  # web-page furniture only: cleans down to nothing
NUMBERS_ONLY = "\n".join("１２３４５６７８９０，2019年3月5日，第12345号。" * 2 for _ in range(120))


def _seed_folder(tmp_path: Path, n: int = 2) -> Path:
    """A folder with the ``n`` shortest seeds (2 keeps the tests fast; figures dominate the time)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:n]:
        shutil.copy(path, folder / path.name)
    return folder


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_analyze_is_public_and_writes_a_report(tmp_path):
    analysis = tl.analyze(str(SEEDS), out=tmp_path / "out", progress=False)
    assert len(analysis.documents) == 5 and analysis.skipped == []
    assert analysis.out == (tmp_path / "out").resolve()
    assert _read(analysis.out / "paragraphs.csv")["document"].nunique() == 5
    assert list(_read(analysis.out / "skipped.csv").columns) == ["path", "document", "stage", "reason"]


def test_streamed_tables_equal_the_in_memory_tables(tmp_path):
    streamed = report.analyze(str(SEEDS), out=tmp_path / "out", topic_source="shipped", progress=False)
    in_memory = report.analyze(load_corpus(SEEDS), topic_source="shipped", progress=False)
    for level in ("paragraphs", "sentences"):
        on_disk = _read(streamed.out / f"{level}.csv")
        expected = getattr(in_memory, level)
        assert on_disk.shape == expected.shape
        assert on_disk["text"].tolist() == expected["text"].tolist()
        assert on_disk["label"].tolist() == expected["label"].tolist()
    assert [d.keywords for d in streamed.documents] == [d.keywords for d in in_memory.documents]
    with pytest.raises(ValueError, match="streamed to disk"):
        streamed.paragraphs  # noqa: B018


def test_a_pure_chrome_file_is_listed_and_the_seeds_are_analysed(tmp_path):
    folder = _seed_folder(tmp_path)
    (folder / "chrome.txt").write_text(CHROME, encoding="utf-8")
    analysis = report.analyze(str(folder), out=tmp_path / "out", progress=False)
    assert len(analysis.documents) == 2
    assert [(Path(s.path).name, s.stage) for s in analysis.skipped] == [("chrome.txt", "clean")]
    skipped = _read(tmp_path / "out" / "skipped.csv")
    assert skipped["path"].map(lambda p: Path(p).name).tolist() == ["chrome.txt"]
    assert "empty after cleaning" in skipped["reason"].iloc[0]
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Skipped files" in page and "chrome.txt" in page and "empty after cleaning" in page


def test_files_the_loader_skipped_are_in_skipped_csv_and_the_page(tmp_path):
    folder = _seed_folder(tmp_path)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 20)
    analysis = report.analyze(str(folder), out=tmp_path / "out", progress=False)
    skipped = _read(tmp_path / "out" / "skipped.csv")
    assert skipped.loc[skipped["stage"] == "load", "path"].map(lambda p: Path(p).name).tolist() == ["binary.txt"]
    assert "binary.txt" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert len(analysis.documents) == 2


def test_a_document_that_raises_is_listed_and_the_others_are_analysed(tmp_path, monkeypatch):
    real = report._analyse_document

    def failing(doc, clf):
        if doc.id.startswith("002_"):
            raise RuntimeError("simulated failure in one document")
        return real(doc, clf)

    monkeypatch.setattr(report, "_analyse_document", failing)
    analysis = report.analyze(str(SEEDS), out=tmp_path / "out", progress=False)
    assert len(analysis.documents) == 4
    assert [(s.document, s.stage) for s in analysis.skipped] == [("002_f6b43444f5475b4f", "analyse")]
    assert "simulated failure" in _read(tmp_path / "out" / "skipped.csv")["reason"].iloc[0]
    assert "002_" not in set(_read(tmp_path / "out" / "paragraphs.csv")["document"].str[:4])


def test_a_lone_surrogate_in_jsonl_metadata_does_not_stop_the_report(tmp_path):
    folder = _seed_folder(tmp_path)
    row = {"text": SEED_TEXTS["001_efe964ced9bb2b3e"], "source_title": "讲话\ud800稿", "region": "\udcff"}
    (folder / "extra.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")  # json escapes the surrogate
    analysis = report.analyze(str(folder), out=tmp_path / "out", progress=False)
    assert len(analysis.documents) == 3
    page = (tmp_path / "out" / "report.html").read_bytes().decode("utf-8")  # valid UTF-8
    assert "讲话" in page
    assert len(_read(tmp_path / "out" / "doc_topics.csv")) == 3


def test_a_non_numeric_year_is_kept_as_text_and_trends_use_the_others(tmp_path):
    text = SEED_TEXTS["003_bba11b23bb186c6b"]
    corpus = [
        Document("a", text, {"year": 2019}),
        Document("b", text, {"year": "2020年"}),
        Document("c", text, {"year": 2021}),
        Document("d", text, {"year": "2022"}),
    ]
    analysis = report.analyze(corpus, out=tmp_path / "out", topic_source="shipped", progress=False)
    assert analysis.doc_topics["year"].tolist() == [2019, "2020年", 2021, "2022"]
    trend = view.topics_by_year(report.to_analysis(analysis))
    assert trend.index.tolist() == [2019, 2021, 2022]
    assert (tmp_path / "out" / "figures" / "topics_by_year.png").exists()
    assert any("2020年" in note for note in analysis.notes)


def test_an_empty_topic_vocabulary_is_reported_and_the_run_goes_on(tmp_path):
    only_numbers = tmp_path / "numbers"
    only_numbers.mkdir()
    (only_numbers / "numbers.txt").write_text(NUMBERS_ONLY, encoding="utf-8")
    analysis = report.analyze(str(only_numbers), out=tmp_path / "out", topic_source="fit", n_topics=3, progress=False)
    assert analysis.topic_model is None and len(analysis.documents) == 1
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "No topics in this report" in page
    assert list(_read(tmp_path / "out" / "doc_topics.csv").columns) == ["document", "title", "year"]
    assert (tmp_path / "out" / "figures" / "label_shares.png").exists()


def test_more_topics_than_the_data_supports_is_reported_and_the_run_goes_on(tmp_path):
    analysis = report.analyze(str(SEEDS), out=tmp_path / "out", topic_source="fit", n_topics=200, progress=False)
    assert analysis.topic_model is None and len(analysis.documents) == 5
    assert "too few to fit 200 topics" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_a_figure_that_fails_is_noted_and_the_report_is_written(tmp_path, monkeypatch):
    from textlab import viz

    def broken(*args, **kwargs):
        raise ValueError("simulated: glyph missing")

    monkeypatch.setattr(viz, "plot_keyword_panels", broken)
    analysis = report.analyze(str(SEEDS), out=tmp_path / "out", topic_source="shipped", progress=False)
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "keywords_by_document.png not drawn" in page and "simulated: glyph missing" in page
    assert (tmp_path / "out" / "figures" / "label_shares.png").exists()
    assert len(analysis.documents) == 5


def test_a_failed_rerun_leaves_the_previous_report_intact(tmp_path, monkeypatch):
    out = tmp_path / "out"
    report.analyze(str(SEEDS), out=out, topic_source="shipped", progress=False)
    before = _snapshot(out)
    two = tmp_path / "two"
    two.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(path, two / path.name)

    def broken(*args, **kwargs):
        raise RuntimeError("simulated crash while writing the page")

    monkeypatch.setattr(view, "render_html", broken)
    with pytest.raises(RuntimeError, match="simulated crash"):
        report.analyze(str(two), out=out, topic_source="shipped", progress=False)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "two"]  # no temporary folder left


def test_a_crash_mid_table_leaves_no_half_written_csv(tmp_path, monkeypatch):
    out = tmp_path / "out"
    report.analyze(str(SEEDS), out=out, topic_source="shipped", progress=False)
    before = _snapshot(out)
    real_write, calls = report._TableWriter.write, []

    def write_then_crash(self, frame):
        calls.append(1)
        if len(calls) == 5:
            raise OSError("simulated: disk full")
        real_write(self, frame)

    monkeypatch.setattr(report._TableWriter, "write", write_then_crash)
    with pytest.raises(OSError, match="disk full"):
        report.analyze(str(SEEDS), out=out, topic_source="shipped", progress=False)
    assert _snapshot(out) == before


def test_nothing_analysable_raises_and_writes_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "chrome.txt").write_text(CHROME, encoding="utf-8")
    with pytest.raises(report.NoDocumentsError, match="chrome.txt"):
        report.analyze(str(folder), out=tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"n_topics": 0}, "number of topics"),
        ({"n_topics": -3}, "number of topics"),
        ({"n_topics": 5000}, "number of topics"),
        ({"n_topics": True}, "number of topics"),
        ({"top_k_keywords": 0}, "top_k_keywords"),
        ({"random_state": -1}, "random_state"),
        ({"topic_source": "both"}, "topic_source"),
    ],
)
def test_bad_options_raise_value_error_before_any_work(tmp_path, kwargs, message):
    with pytest.raises(ValueError, match=message):
        tl.analyze(str(SEEDS), out=tmp_path / "out", progress=False, **kwargs)
    assert not (tmp_path / "out").exists()


def test_an_out_that_is_a_file_or_under_a_file_is_refused(tmp_path):
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="existing file"):
        tl.analyze(str(SEEDS), out=tmp_path / "file.txt", progress=False)
    with pytest.raises(ValueError, match="which is a file"):
        tl.analyze(str(SEEDS), out=tmp_path / "file.txt" / "report", progress=False)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("my own notes", encoding="utf-8")
    with pytest.raises(ValueError, match="holds no textlab report"):
        tl.analyze(str(SEEDS), out=tmp_path / "mine", progress=False)
    assert (tmp_path / "mine" / "notes.txt").read_text(encoding="utf-8") == "my own notes"


def test_a_huge_document_is_analysed_in_bounded_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "MAX_PART_CHARS", 2500)
    seed = SEEDS / "002_f6b43444f5475b4f.txt"
    analysis = report.analyze(str(seed), out=tmp_path / "out", topic_source="shipped", progress=False)
    ids = [d.id for d in analysis.documents]
    assert len(ids) >= 3 and all(i.startswith("002_f6b43444f5475b4f#p") for i in ids)
    assert set(_read(tmp_path / "out" / "paragraphs.csv")["document"]) == set(ids)
    assert any("analysed in" in note and "parts" in note for note in analysis.notes)
    assert "part 1/" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_part_bounds_cover_the_text_and_respect_the_limit():
    text = "".join(SEED_TEXTS.values())
    one_line = text.replace("\n", "")
    for sample in (text, one_line, "字" * 10_001):
        bounds = report.part_bounds(sample, 1000)
        assert "".join(sample[a:b] for a, b in bounds) == sample
        assert all(0 < b - a <= 1000 for a, b in bounds)
    assert all(one_line[b - 1] in "。！？；!?;" for _, b in report.part_bounds(one_line, 1000)[:-1])


def test_the_topic_sample_is_bounded_deterministic_and_in_reading_order():
    def draw(seed):
        sample = report._UnitSample(20, seed)
        for i in range(100):
            sample.add(f"doc{i // 10}", i % 10, f"段落 {i}")
        return sample

    first, again, other = draw(0), draw(0), draw(1)
    units = first.units()
    assert first.seen == 100 and len(units) == 20
    assert units == again.units() and units != other.units()
    order = [int(u["text"].split()[1]) for u in units]
    assert order == sorted(order)


def test_the_topic_model_trains_on_a_bounded_sample(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "MAX_TOPIC_UNITS", 30)
    seen = {}

    def fake_fit(units, *, n_units, **kwargs):
        seen["units"], seen["n_units"] = len(units), n_units
        raise ValueError("stop here")

    monkeypatch.setattr(report, "_fit_or_load_topics", fake_fit)
    report.analyze(str(SEEDS), out=tmp_path / "out", progress=False)
    assert seen["units"] == 30 and seen["n_units"] > 30


def test_a_folder_with_only_hidden_files_is_not_replaced(tmp_path):
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / ".git").write_text("precious", encoding="utf-8")
    with pytest.raises(ValueError, match="holds no textlab report"):
        tl.analyze(str(SEEDS), out=tmp_path / "project", progress=False)
    assert (tmp_path / "project" / ".git").read_text(encoding="utf-8") == "precious"
