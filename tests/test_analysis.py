"""Tests for the main job (textlab.analysis.analyze / tl.analyze) on the real seeds.

Each pipeline test puts one bad thing among the party-building seeds and checks that the run
goes on, says what it left out, and writes its folder whole or not at all. (Moved here from
test_report.py with the run itself; the page is tested in test_report.py.)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import textlab as tl
from textlab import analysis as an
from textlab import report
from textlab.analysis import DOCUMENT_COLUMNS
from textlab.corpus import Document, load_corpus
from textlab.labels import LABELS

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


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out"
    return tl.analyze(str(SEEDS), out=out, topic_source="shipped", progress=False)


def test_analyze_is_public_and_writes_a_report(tmp_path):
    analysis = tl.analyze(str(SEEDS), out=tmp_path / "out", progress=False)
    assert tl.analyze is an.analyze
    assert len(analysis.documents) == 5 and analysis.skipped == []
    assert analysis.out == (tmp_path / "out").resolve()
    assert _read(analysis.out / "paragraphs.csv")["document"].nunique() == 5
    assert list(_read(analysis.out / "skipped.csv").columns) == ["path", "document", "stage", "reason"]
    assert (analysis.out / "report.html").exists() and (analysis.out / "documents.csv").exists()


def test_documents_table_counts_the_labelled_sentences(seeds_run):
    docs = seeds_run.documents
    assert list(docs.columns) == list(DOCUMENT_COLUMNS) and len(docs) == 5
    assert str(docs["year"].dtype) == "Int64"
    sentences = _read(seeds_run.out / "sentences.csv")
    body = sentences[~sentences["is_heading"]]
    for row in docs.itertuples(index=False):
        mine = body[body["document"] == row.document]
        assert row.n_sentences == len(mine)
        assert row.n_paragraphs == mine["paragraph"].nunique()
        for label in LABELS:
            assert getattr(row, f"n_{label}") == int((mine["label"] == label).sum())
            assert getattr(row, f"chars_{label}") == int(mine.loc[mine["label"] == label, "text"].str.len().sum())
    on_disk = _read(seeds_run.out / "documents.csv")
    assert on_disk["document"].tolist() == docs["document"].tolist()
    shares = seeds_run.label_shares()
    assert shares.sum(axis=1).round(9).eq(1).all()


def test_highlights_and_keywords_tables(seeds_run):
    highlights = seeds_run.highlights
    assert list(highlights.columns) == ["document", "label", "paragraph", "sentence", "text"]
    assert set(highlights["label"]) <= {"problem", "measure", "achievement"}
    sentences = _read(seeds_run.out / "sentences.csv")
    problems = sentences[(sentences["label"] == "problem") & ~sentences["is_heading"]]
    assert highlights.loc[highlights["label"] == "problem", "text"].tolist() == problems["text"].tolist()
    kw = seeds_run.keywords
    assert list(kw.columns) == ["document", "rank", "keyword", "score"]
    assert kw.groupby("document")["rank"].max().eq(20).all()
    top = seeds_run.documents.set_index("document")["keywords"]
    for doc, group in kw.groupby("document"):
        assert top[doc] == "、".join(group.sort_values("rank")["keyword"])
    corpus = seeds_run.corpus_keywords
    assert list(corpus.columns) == ["rank", "keyword", "score", "documents"]
    assert corpus["score"].is_monotonic_decreasing and corpus["documents"].between(1, 5).all()


def test_keywords_of_the_main_job_are_those_of_features_keywords():
    """The run counts the units' tokens once; the result is what keywords() gives on the raw texts
    (five documents: below the one IDF cut-off, so the packaged report IDF)."""
    from textlab.features import CORPUS_IDF_MIN_DOCS, keywords

    corpus = load_corpus(SEEDS)
    analysis = tl.analyze(corpus, topic_source="shipped", progress=False)
    assert len(corpus) < CORPUS_IDF_MIN_DOCS
    expected = keywords([d.text for d in corpus], top_k=20, idf="reports")
    for doc, kws in zip(corpus, expected):
        mine = analysis.keywords[analysis.keywords["document"] == doc.id]
        assert mine["keyword"].tolist() == [t for t, _ in kws]
        assert mine["score"].tolist() == pytest.approx([s for _, s in kws], abs=1e-6)


def test_streamed_tables_equal_the_in_memory_tables(tmp_path):
    streamed = an.analyze(str(SEEDS), out=tmp_path / "out", topic_source="shipped", progress=False)
    in_memory = an.analyze(load_corpus(SEEDS), topic_source="shipped", progress=False)
    for level in ("paragraphs", "sentences"):
        on_disk = _read(streamed.out / f"{level}.csv")
        expected = getattr(in_memory, level)
        assert on_disk.shape == expected.shape
        assert on_disk["text"].tolist() == expected["text"].tolist()
        assert on_disk["label"].tolist() == expected["label"].tolist()
    assert streamed.keywords.equals(in_memory.keywords)
    assert streamed.units is None
    assert in_memory.units["label"].tolist() == in_memory.sentences["label"].tolist()
    shutil.rmtree(streamed.out)
    with pytest.raises(ValueError, match="streamed to disk"):
        streamed.paragraphs  # noqa: B018


def test_a_pure_chrome_file_is_listed_and_the_seeds_are_analysed(tmp_path):
    folder = _seed_folder(tmp_path)
    (folder / "chrome.txt").write_text(CHROME, encoding="utf-8")
    analysis = an.analyze(str(folder), out=tmp_path / "out", progress=False)
    assert len(analysis.documents) == 2
    assert [(Path(s.path).name, s.stage) for s in analysis.skipped] == [("chrome.txt", "clean")]
    skipped = _read(tmp_path / "out" / "skipped.csv")
    assert skipped["path"].map(lambda p: Path(p).name).tolist() == ["chrome.txt"]
    assert "empty after cleaning" in skipped["reason"].iloc[0]


def test_files_the_loader_skipped_are_in_skipped_csv(tmp_path):
    folder = _seed_folder(tmp_path)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 20)
    analysis = an.analyze(str(folder), out=tmp_path / "out", progress=False)
    skipped = _read(tmp_path / "out" / "skipped.csv")
    assert skipped.loc[skipped["stage"] == "load", "path"].map(lambda p: Path(p).name).tolist() == ["binary.txt"]
    assert len(analysis.documents) == 2


def test_a_document_that_raises_is_listed_and_the_others_are_analysed(tmp_path, monkeypatch):
    real = an._analyse_document

    def failing(doc, clf, segmenter):
        if doc.id.startswith("002_"):
            raise RuntimeError("simulated failure in one document")
        return real(doc, clf, segmenter)

    monkeypatch.setattr(an, "_analyse_document", failing)
    analysis = an.analyze(str(SEEDS), out=tmp_path / "out", progress=False)
    assert len(analysis.documents) == 4
    assert [(s.document, s.stage) for s in analysis.skipped] == [("002_f6b43444f5475b4f", "analyse")]
    assert "simulated failure" in _read(tmp_path / "out" / "skipped.csv")["reason"].iloc[0]
    assert "002_" not in set(_read(tmp_path / "out" / "paragraphs.csv")["document"].str[:4])


def test_a_lone_surrogate_in_jsonl_metadata_does_not_stop_the_run(tmp_path):
    folder = _seed_folder(tmp_path)
    row = {"text": SEED_TEXTS["001_efe964ced9bb2b3e"], "source_title": "讲话\ud800稿", "region": "\udcff"}
    (folder / "extra.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")  # json escapes the surrogate
    analysis = an.analyze(str(folder), out=tmp_path / "out", progress=False)
    assert len(analysis.documents) == 3
    assert len(_read(tmp_path / "out" / "doc_topics.csv")) == 3
    assert len(_read(tmp_path / "out" / "documents.csv")) == 3


def test_a_non_numeric_year_is_kept_as_text(tmp_path):
    text = SEED_TEXTS["003_bba11b23bb186c6b"]
    corpus = [
        Document("a", text, {"year": 2019}),
        Document("b", text, {"year": "2020年"}),
        Document("c", text, {"year": 2021}),
        Document("d", text, {"year": "2022"}),
    ]
    analysis = an.analyze(corpus, topic_source="shipped", progress=False)
    assert analysis.doc_topics["year"].tolist() == [2019, "2020年", 2021, "2022"]
    assert analysis.documents["year"].tolist()[:1] == [2019] and pd.isna(analysis.documents["year"].iloc[1])
    assert analysis.documents["year"].iloc[3] == 2022
    assert analysis.documents["year_text"].tolist() == ["", "2020年", "", ""]
    assert any("2020年" in note for note in analysis.notes)


def test_an_empty_topic_vocabulary_is_noted_and_the_run_goes_on(tmp_path):
    only_numbers = tmp_path / "numbers"
    only_numbers.mkdir()
    (only_numbers / "numbers.txt").write_text(NUMBERS_ONLY, encoding="utf-8")
    analysis = an.analyze(str(only_numbers), out=tmp_path / "out", topic_source="fit", n_topics=3, progress=False)
    assert analysis.topic_model is None and len(analysis.documents) == 1
    assert analysis.topic_source.startswith("none:")
    assert list(_read(tmp_path / "out" / "doc_topics.csv").columns) == ["document", "title", "year"]


def test_more_topics_than_the_data_supports_is_noted_and_the_run_goes_on(tmp_path):
    analysis = an.analyze(str(SEEDS), out=tmp_path / "out", topic_source="fit", n_topics=200, progress=False)
    assert analysis.topic_model is None and len(analysis.documents) == 5
    assert any("too few to fit 200 topics" in note for note in analysis.notes)


def test_a_failed_rerun_leaves_the_previous_output_intact(tmp_path, monkeypatch):
    out = tmp_path / "out"
    an.analyze(str(SEEDS), out=out, topic_source="shipped", progress=False)
    before = _snapshot(out)
    two = tmp_path / "two"
    two.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(path, two / path.name)

    def broken(*args, **kwargs):
        raise RuntimeError("simulated crash while writing the page")

    monkeypatch.setattr(report, "write_report", broken)
    with pytest.raises(RuntimeError, match="simulated crash"):
        an.analyze(str(two), out=out, topic_source="shipped", progress=False)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "two"]  # no temporary folder left


def test_a_crash_mid_table_leaves_no_half_written_csv(tmp_path, monkeypatch):
    out = tmp_path / "out"
    an.analyze(str(SEEDS), out=out, topic_source="shipped", progress=False)
    before = _snapshot(out)
    real_write, calls = an.TableWriter.write, []

    def write_then_crash(self, frame):
        calls.append(1)
        if len(calls) == 5:
            raise OSError("simulated: disk full")
        real_write(self, frame)

    monkeypatch.setattr(an.TableWriter, "write", write_then_crash)
    with pytest.raises(OSError, match="disk full"):
        an.analyze(str(SEEDS), out=out, topic_source="shipped", progress=False)
    assert _snapshot(out) == before


def test_nothing_analysable_raises_and_writes_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "chrome.txt").write_text(CHROME, encoding="utf-8")
    with pytest.raises(an.NoDocumentsError, match="chrome.txt"):
        an.analyze(str(folder), out=tmp_path / "out", progress=False)
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
    monkeypatch.setattr(an, "MAX_PART_CHARS", 2500)
    seed = SEEDS / "002_f6b43444f5475b4f.txt"
    analysis = an.analyze(str(seed), out=tmp_path / "out", topic_source="shipped", progress=False)
    ids = analysis.documents["document"].tolist()
    assert len(ids) >= 3 and all(i.startswith("002_f6b43444f5475b4f#p") for i in ids)
    assert set(_read(tmp_path / "out" / "paragraphs.csv")["document"]) == set(ids)
    assert any("analysed in" in note and "parts" in note for note in analysis.notes)
    assert all("(part " in title for title in analysis.documents["title"])


def test_the_topic_sample_is_bounded_deterministic_and_in_reading_order():
    def draw(seed):
        sample = an.UnitSample(20, seed)
        for i in range(100):
            sample.add(f"doc{i // 10}", i % 10, f"段落 {i}", ["段落"])
        return sample

    first, again, other = draw(0), draw(0), draw(1)
    units = first.units()
    assert first.seen == 100 and len(units) == 20
    assert units == again.units() and units != other.units()
    order = [int(u["text"].split()[1]) for u in units]
    assert order == sorted(order)


def test_the_topic_model_trains_on_a_bounded_sample_of_paragraph_tokens(tmp_path, monkeypatch):
    monkeypatch.setattr(an, "MAX_TOPIC_UNITS", 30)
    seen = {}

    def fake_fit(units, *, n_units, **kwargs):
        seen["units"], seen["n_units"] = units, n_units
        raise ValueError("stop here")

    monkeypatch.setattr(an, "_fit_or_load_topics", fake_fit)
    an.analyze(str(SEEDS), out=tmp_path / "out", progress=False)
    assert len(seen["units"]) == 30 and seen["n_units"] > 30
    from textlab.segmentation import Segmenter

    segmenter = Segmenter(min_len=2)  # what TopicModel would have made of the paragraph's text
    for unit in seen["units"][:5]:
        assert unit["tokens"] == segmenter.tokenize(unit["text"])


def test_a_folder_with_only_hidden_files_is_not_replaced(tmp_path):
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / ".git").write_text("precious", encoding="utf-8")
    with pytest.raises(ValueError, match="holds no textlab report"):
        tl.analyze(str(SEEDS), out=tmp_path / "project", progress=False)
    assert (tmp_path / "project" / ".git").read_text(encoding="utf-8") == "precious"


# ------------------------------------------------------------------------------------ promise tracking

GOV = ROOT / "seeds" / "gov_reports"


def _gov_folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in names:
        shutil.copy(next(GOV.glob(f"*/{name}")), folder / name)
    return folder


@pytest.fixture(scope="module")
def consecutive_run(tmp_path_factory):
    """Three consecutive national reports (development years of eval/targets_gold) and one 2025
    provincial report, which has no next year."""
    tmp = tmp_path_factory.mktemp("promises")
    folder = _gov_folder(tmp, [f"{y}_国务院_政府工作报告.txt" for y in (2015, 2016, 2017)] + ["2025_北京市_政府工作报告.txt"])
    return tl.analyze(str(folder), out=tmp / "out", topic_source="shipped", progress=False), folder


def test_consecutive_reports_give_targets_and_tracked_tables(consecutive_run):
    from textlab.promises import TARGETS_TABLE_COLUMNS, TRACKED_COLUMNS

    analysis, _ = consecutive_run
    targets = _read(analysis.out / "targets.csv")
    tracked = _read(analysis.out / "tracked.csv").fillna({"qualifier": ""})
    assert list(targets.columns) == list(TARGETS_TABLE_COLUMNS)
    assert list(tracked.columns) == list(TRACKED_COLUMNS)
    # every report with a government and a year is read, Beijing too; only 国务院 has a next year
    assert set(targets["government"]) == {"国务院", "北京市"}
    assert set(tracked["government"]) == {"国务院"} and set(tracked["year"]) == {2015, 2016}
    beijing = targets[(targets["government"] == "北京市") & (targets["indicator"] == "国内生产总值") & (targets["kind"] == "target")]
    assert beijing[["value", "qualifier", "year"]].values.tolist() == [[5.0, "左右", 2025]]
    gdp = tracked[tracked["indicator"] == "国内生产总值"].set_index("year")
    assert gdp.loc[2015, ["target", "outcome", "status"]].tolist() == [7.0, 6.9, "met"]  # 7%左右: within 0.5 point
    assert gdp.loc[2016, ["target", "target_high", "outcome", "status"]].tolist() == [6.5, 7.0, 6.7, "met"]
    assert set(tracked["status"]) <= {"met", "missed", "not reported"}
    m2 = tracked[(tracked["year"] == 2016) & (tracked["indicator"] == "社会融资规模")]
    assert m2["status"].tolist() == ["not reported"]
    jobs = tracked[(tracked["indicator"] == "城镇新增就业")].set_index("year")
    assert jobs.loc[2016, "outcome"] == pytest.approx(1314.0) and jobs.loc[2016, "status"] == "met"
    assert tracked["target_document"].str.contains("2016").sum() == (tracked["year"] == 2016).sum()
    assert all(s for s in tracked.loc[tracked["status"] != "not reported", "outcome_sentence"])


def test_promise_tables_in_memory_equal_the_streamed_ones(consecutive_run):
    analysis, folder = consecutive_run
    kept = tl.analyze(str(folder), topic_source="shipped", progress=False)
    streamed = _read(analysis.out / "tracked.csv")
    assert kept.tracked[["indicator", "year", "status"]].astype(str).values.tolist() == \
        streamed[["indicator", "year", "status"]].astype(str).values.tolist()
    assert len(kept.targets) == len(_read(analysis.out / "targets.csv"))


def test_no_consecutive_years_no_promise_tables(tmp_path):
    folder = _gov_folder(tmp_path, ["2025_北京市_政府工作报告.txt", "2025_上海市_政府工作报告.txt",
                                    "2024_国务院_政府工作报告.txt"])  # 国务院 2024 alone: no next year here
    analysis = tl.analyze(str(folder), out=tmp_path / "out", topic_source="shipped", progress=False)
    assert analysis.targets is None and analysis.tracked is None
    assert not (tmp_path / "out" / "tracked.csv").exists() and not (tmp_path / "out" / "targets.csv").exists()


def test_documents_table_has_the_metadata_a_web_copy_gives(tmp_path):
    """A web copy of seed 004 with a portal's head and foot: documents.csv (as the unit table) has
    the date, author and source of its 发布时间 / 来源 / 作者 line, and the year from that date."""
    body = (SEEDS / "004_f2bb73103ab8c253.txt").read_text(encoding="utf-8")
    page = ("首页 > 党建工作 > 经验交流\n发布时间：2024-03-18 09:30　来源：清河日报　作者：李明\n【字体：大 中 小】\n"
            + body + "\n分享到：微信 微博\n版权所有：某某网站 备案号：京ICP备12345678号\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.txt").write_text(page, encoding="utf-8")
    analysis = tl.analyze(tmp_path / "docs", out=tmp_path / "out")
    row = analysis.documents.iloc[0]
    assert (row["date"], row["author"], row["source"], row["doc_number"]) == ("2024-03-18", "李明", "清河日报", "")
    assert row["year"] == 2024
    written = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False)
    assert written.loc[0, "date"] == "2024-03-18" and written.loc[0, "year"] == "2024"
