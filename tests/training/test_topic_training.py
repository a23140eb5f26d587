"""Tests for textlab.training.topic_training: the documents, the split and the paragraphs the shipped topic model was trained on.

The training run itself (a K sweep, minutes) is exercised by notebook 03; here the data side is
checked against the shipped model's ``training.json``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from textlab.corpus import Document, load_corpus
from textlab.training.topic_training import (
    COLLECTIONS,
    CONGRESS_YEARS,
    HELDOUT_SHARE,
    document_year,
    heldout_ids,
    report_paragraphs,
    select_documents,
)

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "seeds" / "gov_reports"
TRAINING = json.loads((ROOT / "models" / "topics_reports" / "training.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def documents():
    return select_documents(load_corpus(REPORTS))


def test_select_documents_keeps_the_reform_era_reports(documents):
    kinds = Counter(COLLECTIONS[d.meta["collection"]] for d in documents)
    assert kinds == {"national": 43, "congress": 9, "provincial": 31}
    assert all(d.meta["year"] >= 1978 for d in documents if COLLECTIONS[d.meta["collection"]] == "national")
    assert sorted(d.meta["congress"] for d in documents if "congress" in d.meta) == list(range(12, 21))


def test_heldout_ids_take_a_share_of_each_collection_by_hash(documents):
    held = heldout_ids(documents)
    assert sorted(i.split("/")[-1] for i in held) == sorted(i.split("/")[-1] for i in TRAINING["heldout_documents"])
    for collection in COLLECTIONS:
        ids = [d.id for d in documents if d.meta["collection"] == collection]
        assert len(held & set(ids)) == max(1, round(HELDOUT_SHARE * len(ids)))
    assert heldout_ids(list(reversed(documents))) == held  # order of the corpus does not matter


def test_document_year_reads_the_congress_year(documents):
    congress = [d for d in documents if "congress" in d.meta]
    assert [document_year(d) for d in congress] == [CONGRESS_YEARS[d.meta["congress"]] for d in congress]
    assert document_year(Document(id="x", text="", meta={"year": 2019})) == 2019
    assert document_year(Document(id="x", text="", meta={})) is None


def test_report_paragraphs_are_the_shipped_models_training_data():
    train, train_meta, test, test_meta = report_paragraphs(REPORTS)
    assert len(train) == TRAINING["n_train_paragraphs"] and len(test) == TRAINING["n_heldout_paragraphs"]
    assert len({m["id"] for m in train_meta}) == TRAINING["n_train_documents"]
    assert sorted({m["id"] for m in test_meta}) == TRAINING["heldout_documents"]
    assert {m["id"] for m in train_meta}.isdisjoint({m["id"] for m in test_meta})
    assert all(p.strip() == p and p for p in train[:500])
    assert {m["kind"] for m in test_meta} == {"national", "congress", "provincial"}


def test_report_paragraphs_name_a_missing_folder(tmp_path):
    with pytest.raises((FileNotFoundError, ValueError), match="nowhere"):
        report_paragraphs(tmp_path / "nowhere")
