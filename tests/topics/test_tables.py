"""Tests for textlab.topics.tables: document-topic frames joined with metadata, prevalence by metadata."""

from __future__ import annotations

import numpy as np
import pytest

from textlab.cleaning import clean
from textlab.corpus import load_corpus
from textlab.outline import paragraphs

from .seeds import PROVINCIAL


@pytest.fixture(scope="module")
def provincial():
    return load_corpus(PROVINCIAL)[:5]


def test_doc_topic_frame_joins_metadata(model, provincial):
    frame = model.doc_topic_frame(provincial)
    labels = model.topic_labels()
    assert list(frame["id"]) == provincial.ids
    assert list(frame["region"]) == [d.meta["region"] for d in provincial]
    assert np.allclose(frame[labels].sum(axis=1), 1.0)
    assert set(frame["dominant_topic"]) <= set(labels)
    per_para = model.doc_topic_frame(provincial, unit="paragraph")
    assert len(per_para) == sum(len(paragraphs(clean(d.text))) for d in provincial)
    assert per_para.groupby("id")["paragraph"].max().tolist() == [
        len(paragraphs(clean(d.text))) - 1 for d in provincial
    ]


def test_doc_topic_frame_with_plain_texts_and_meta(model, paras):
    frame = model.doc_topic_frame(paras[:6], meta=[{"year": 2024 + i % 2} for i in range(6)])
    assert list(frame["year"]) == [2024, 2025] * 3
    with pytest.raises(ValueError, match="meta has 2 rows for 6 texts"):
        model.doc_topic_frame(paras[:6], meta=[{"year": 1}, {"year": 2}])


def test_doc_topic_frame_of_token_lists(model, tokens):
    frame = model.doc_topic_frame(tokens[:8], meta=[{"year": 2020 + i} for i in range(8)], text_column=True)
    np.testing.assert_array_equal(frame[model.topic_labels()].to_numpy(), model.transform(tokens[:8]))
    assert list(frame["text"]) == [" ".join(t) for t in tokens[:8]]
    with pytest.raises(TypeError, match="unit='paragraph' needs raw strings; item 0 is a list"):
        model.doc_topic_frame(tokens[:2], unit="paragraph")


def test_prevalence_by_metadata(model, provincial):
    frame = model.doc_topic_frame(provincial, unit="paragraph")
    table = model.prevalence(frame, by="region")
    assert list(table.index) == sorted(d.meta["region"] for d in provincial)
    assert list(table.columns) == model.topic_labels()
    assert np.allclose(table.sum(axis=1), 1.0)
    first = frame[frame["region"] == table.index[0]]
    assert np.allclose(table.iloc[0].to_numpy(), first[model.topic_labels()].mean().to_numpy())
    weighted = model.prevalence(frame.assign(w=1.0), by="region", weight="w")
    assert np.allclose(weighted.to_numpy(), table.to_numpy())
    with pytest.raises(ValueError, match="not in the frame"):
        model.prevalence(frame, by="congress")


def test_prevalence_leaves_out_rows_without_the_key_and_counts_them(model, paras):
    frame = model.doc_topic_frame(paras[:6], meta=[{"year": [2024, None][i % 2]} for i in range(6)])
    table = model.prevalence(frame, by="year")
    assert list(table.index) == [2024] and table.attrs["n_missing"] == 3
    labels = model.topic_labels()
    np.testing.assert_allclose(table.loc[2024].to_numpy(), frame.loc[[0, 2, 4], labels].mean().to_numpy())
