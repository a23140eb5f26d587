"""Tests for the unit table (textlab.units: parse, parse_document) on the real seeds."""

from __future__ import annotations

import pickle
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import textlab as tl
from textlab import units as units_module
from textlab.cleaning import clean
from textlab.corpus import Document, load_corpus
from textlab.outline import sentences, structure
from textlab.segmentation import Segmenter
from textlab.units import UNIT_TABLE_COLUMNS, paragraph_tokens, parse, parse_document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "party_building"
GOV = ROOT / "seeds" / "gov_reports"
STRING_COLUMNS = ("document", "title", "region", "source", "date", "author", "doc_number", "doc_type", "section", "heading_path", "text")
CONTRACT_DTYPES = {
    "year": "Int64", "doc_type_p": "float64", "paragraph": "int64", "sentence": "int64", "is_heading": "bool", "heading_sentence": "bool",
    "position": "float64", "first_section": "bool", "problem_opened": "bool", "tokens": "object",
}


@pytest.fixture(scope="module")
def segmenter():
    return Segmenter()


@pytest.fixture(scope="module")
def seed_table(segmenter):
    return parse(str(SEEDS), segmenter=segmenter)


def _gov_documents(n: int = 3) -> list[Document]:
    """The ``n`` shortest government work reports that carry a year and a region."""
    corpus = [d for d in load_corpus(GOV) if d.meta.get("year") and d.meta.get("region")]
    return sorted(corpus, key=lambda d: len(d.text))[:n]


def test_parse_is_public_and_the_columns_and_dtypes_are_the_contract(seed_table):
    assert tl.parse is parse
    assert tuple(seed_table.columns) == UNIT_TABLE_COLUMNS
    assert {c: str(t) for c, t in seed_table.dtypes.items() if c not in STRING_COLUMNS} == CONTRACT_DTYPES
    assert all(pd.api.types.is_string_dtype(seed_table[c]) for c in STRING_COLUMNS)
    assert all(isinstance(text, str) for c in STRING_COLUMNS for text in seed_table[c])
    assert all(isinstance(tokens, list) for tokens in seed_table["tokens"])
    no_tokens = parse_document(load_corpus(SEEDS)[0], tokens=False)
    assert "tokens" not in no_tokens.columns and len(no_tokens.columns) == len(UNIT_TABLE_COLUMNS) - 1


def test_one_row_per_sentence_of_the_cleaned_outlined_text(seed_table):
    for doc in load_corpus(SEEDS):
        mine = seed_table[seed_table["document"] == doc.id]
        st = structure(clean(doc.text))
        expected = [(p.index, j, s) for p in st.paragraphs for j, s in enumerate(sentences(p.text) or [p.text])]
        assert list(zip(mine["paragraph"], mine["sentence"], mine["text"])) == expected
        assert mine["is_heading"].tolist() == [st.paragraphs[i].is_heading for i, _, _ in expected]
        assert (mine["title"] == (st.title or "")).all()
        assert mine["position"].between(0, 1).all()


def test_tokens_joined_per_paragraph_are_the_paragraphs_tokens(seed_table, segmenter):
    outlines = {doc.id: structure(clean(doc.text)) for doc in load_corpus(SEEDS)}
    checked = 0
    for document, paragraph, _is_heading, text, tokens in paragraph_tokens(seed_table):
        para = outlines[document].paragraphs[paragraph]
        assert text == para.text
        assert tokens == segmenter.tokenize(para.text)
        checked += 1
    assert checked == sum(len(st.paragraphs) for st in outlines.values()) == 60


def test_sections_and_heading_paths_follow_the_outline(segmenter):
    table = parse_document("一、总体要求\n（一）基本原则\n要抓好落实。一是建立机制。\n二、主要任务\n推进改革。", segmenter=segmenter)
    assert table["section"].tolist() == ["一、总体要求"] * 4 + ["二、主要任务"] * 2
    assert table["heading_path"].tolist()[2] == "一、总体要求 > （一）基本原则"
    assert table["heading_sentence"].tolist() == [True, True, False, True, True, False]
    assert table["first_section"].tolist() == [True] * 4 + [False] * 2


def test_metadata_columns_come_from_the_documents(segmenter):
    docs = _gov_documents(2)
    table = parse(docs, segmenter=segmenter)
    for doc in docs:
        mine = table[table["document"] == doc.id]
        assert (mine["year"] == doc.meta["year"]).all()
        assert (mine["region"] == str(doc.meta["region"])).all()
        assert (mine["source"] == doc.meta["collection"]).all()
    raw = parse(["要抓好落实。", "推进改革。"], segmenter=segmenter)
    assert raw["document"].tolist() == ["text0001", "text0002"] and raw["year"].isna().all()
    assert (raw["region"] == "").all() and (raw["source"] == "").all()


def test_parse_takes_a_path_a_corpus_texts_or_one_text(segmenter):
    corpus = load_corpus(SEEDS)
    from_path = parse(str(SEEDS / "000_057e809f07488864.txt"), segmenter=segmenter)
    from_corpus = parse(corpus[:1], segmenter=segmenter)
    from_text = parse(corpus[0].text, segmenter=segmenter)
    assert from_path["text"].tolist() == from_corpus["text"].tolist() == from_text["text"].tolist()
    assert from_path["tokens"].tolist() == from_text["tokens"].tolist()
    with pytest.raises(FileNotFoundError):
        parse("no/such/folder")
    with pytest.raises(TypeError, match="bytes"):
        parse(b"bytes")
    empty = parse([])
    assert tuple(empty.columns) == UNIT_TABLE_COLUMNS and empty.empty
    assert str(empty["year"].dtype) == "Int64" and str(empty["paragraph"].dtype) == "int64"


def test_a_very_long_document_is_parsed_in_parts(monkeypatch, segmenter):
    monkeypatch.setattr(units_module, "MAX_PART_CHARS", 2500)
    doc = next(d for d in load_corpus(SEEDS) if d.id.startswith("002_"))
    table = parse_document(doc, segmenter=segmenter)
    parts = table["document"].unique().tolist()
    assert len(parts) >= 3 and all(p.startswith(f"{doc.id}#p") for p in parts)
    assert "".join(table["text"]).replace("\n", "") != ""


def test_parse_document_is_a_plain_picklable_function():
    assert pickle.loads(pickle.dumps(parse_document)) is parse_document
    table = parse_document("一是建立了机制。二是要抓好落实！", tokens=False)
    assert table["text"].tolist() == ["一是建立了机制。", "二是要抓好落实！"]


def test_the_classifier_takes_the_table_as_given(seed_table, monkeypatch):
    """Labels from the unit table equal those of 0.1.0's path (document_units of the cleaned
    text), and no sentence is normalised again."""
    from textlab import classify

    clf = classify.load_classifier()
    doc = load_corpus(SEEDS)[0]
    expected = clf.classify_units(classify.document_units(clean(doc.text)), level="paragraph")
    calls = Counter()
    real = classify.normalise
    monkeypatch.setattr(classify, "normalise", lambda text: calls.update(["n"]) or real(text))
    table = seed_table[seed_table["document"] == doc.id]
    labelled = clf.classify_units(table, level="paragraph")
    assert calls["n"] == 0
    assert labelled["label"].tolist() == expected["label"].tolist()
    assert labelled["document"].eq(doc.id).all()
    # predict() reads each sentence with its context but without the sequence layer (classify_units adds it)
    assert clf.predict(table) == clf.classify_units(table, level="sentence", sequence=False)["label"].tolist()


def test_analyze_cleans_outlines_and_segments_each_document_once(tmp_path, monkeypatch):
    """During the main job each document goes through clean and structure once, each of its
    characters through Segmenter.tokenize once, and the classifier normalises nothing."""
    from textlab import classify, cleaning, outline, segmentation

    docs = _gov_documents(3)
    calls: Counter = Counter()
    chars: Counter = Counter()

    def counted(name, func):
        def wrapper(text, *args, **kwargs):
            calls[name] += 1
            chars[name] += len(text)
            return func(text, *args, **kwargs)
        return wrapper

    monkeypatch.setattr(cleaning, "clean", counted("clean", cleaning.clean))
    monkeypatch.setattr(outline, "structure", counted("structure", outline.structure))
    monkeypatch.setattr(classify, "normalise", counted("normalise", classify.normalise))
    real_tokenize = segmentation.Segmenter.tokenize
    monkeypatch.setattr(segmentation.Segmenter, "tokenize",
                        lambda self, text: counted("tokenize", lambda t: real_tokenize(self, t))(text))
    analysis = tl.analyze(docs, topic_source="shipped", progress=False)
    assert len(analysis.documents) == 3
    assert calls["clean"] == 3 and chars["clean"] == sum(len(d.text) for d in docs)
    assert calls["structure"] == 3
    assert chars["tokenize"] == analysis.units["text"].str.len().sum()  # every sentence once
    assert calls["normalise"] == 0


def test_part_bounds_cover_the_text_and_respect_the_limit():
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds" / "party_building").glob("*.txt")))
    one_line = text.replace("\n", "")
    for sample in (text, one_line, "字" * 10_001):
        bounds = units_module.part_bounds(sample, 1000)
        assert "".join(sample[a:b] for a, b in bounds) == sample
        assert all(0 < b - a <= 1000 for a, b in bounds)
    assert all(one_line[b - 1] in "。！？；!?;" for _, b in units_module.part_bounds(one_line, 1000)[:-1])


# ------------------------------------------------------------------ issue 14: page metadata from cleaning


def test_metadata_removed_by_cleaning_reaches_the_unit_table():
    from textlab.corpus import Document
    from textlab.units import merge_meta, parsed_document

    page = (
        "首页 > 政策 > 国务院文件\n发文字号：国办发〔2018〕108号\n发布时间：2018-11-06 16:20　来源：中国政府网\n"
        "作者：国务院办公厅\n国务院办公厅关于做好2018年冬季供暖工作的通知\n"
        "为切实做好今冬供暖工作，保障人民群众温暖过冬，经国务院同意，现就有关事项通知如下。\n"
    )
    table = parse_document(Document("web", page, {}), tokens=False)
    row = table.iloc[0]
    assert (row["date"], row["author"], row["doc_number"], row["source"]) == (
        "2018-11-06", "国务院办公厅", "国办发〔2018〕108号", "中国政府网")
    assert row["year"] == 2018  # from the date: the file gave no year
    assert row["title"] == "国务院办公厅关于做好2018年冬季供暖工作的通知"
    # what the reader knew wins; a year from the file name is kept
    parsed = parsed_document(Document("web", page, {"year": 2019, "source": "my folder"}), tokens=False)
    assert parsed.meta["year"] == 2019 and parsed.meta["source"] == "my folder" and parsed.meta["date"] == "2018-11-06"
    assert merge_meta({"date": "2024-03"}, {}) == {"date": "2024-03", "year": 2024}
    # a document without page metadata has empty columns
    plain = parse_document("一、总体要求\n要抓好落实。", tokens=False)
    assert set(plain["date"]) == set(plain["author"]) == set(plain["doc_number"]) == {""}
