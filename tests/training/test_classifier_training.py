"""Tests for textlab.training.classifier_training: the data mix the shipped classifier is trained on.

The whole training run (minutes) is exercised by notebook 04, which checks it reproduces
``models/classifier``; here the training table is built from the real development set.
"""

from __future__ import annotations

import pytest

from textlab.training.classifier_training import BARE_DEV_WEIGHT, DEV_WEIGHT, PARAGRAPH_WEIGHT, training_table
from textlab.training.evaluate import paragraph_units
from textlab.training.weak_labels import load_dev_set, other_examples, weak_label_corpus, report_paths


@pytest.fixture(scope="module")
def parts():
    weak = weak_label_corpus(report_paths()[-2:])  # two provincial reports
    return weak, load_dev_set(), other_examples()


def test_training_table_weights_dev_units_and_adds_bare_copies(parts):
    weak, dev, others = parts
    table, weights = training_table(weak, dev, others, random_state=0)
    n_bare_weak = round(0.25 * len(weak))
    n_paragraphs = len(paragraph_units(weak))
    assert len(table) == len(weak) + len(others) + 2 * len(dev) + n_bare_weak + n_paragraphs
    dev_rows = table["source"].str.startswith("dev_").to_numpy()
    paragraph_rows = (table["source"] == "bare_paragraph").to_numpy()
    assert dev_rows.sum() == 2 * len(dev)  # each dev unit with its context and once bare
    assert paragraph_rows.sum() == n_paragraphs  # every weak paragraph read whole, once
    start = len(weak) + len(others)
    assert set(weights[start:start + len(dev)]) == {DEV_WEIGHT}  # dev units in context
    assert set(weights[start + len(dev):start + 2 * len(dev)]) == {BARE_DEV_WEIGHT}  # their bare copies
    assert set(weights[paragraph_rows]) == {PARAGRAPH_WEIGHT}
    assert set(weights[~dev_rows & ~paragraph_rows]) == {1.0}
    assert (table.loc[paragraph_rows, "n_sentences"] == 1).all()
    bare = table.iloc[len(weak) + len(others) + len(dev):]
    assert (bare[["prev_text", "next_text", "section"]] == "").all().all()  # context stripped
    assert list(bare["text"].iloc[:len(dev)]) == list(dev["text"])
    assert set(table["label"]) == {"achievement", "problem", "measure", "other"}


def test_training_table_is_reproducible(parts):
    weak, dev, others = parts
    a, _ = training_table(weak, dev, others, random_state=0)
    b, _ = training_table(weak, dev, others, random_state=0)
    c, _ = training_table(weak, dev, others, random_state=1)
    assert a.equals(b) and not a["text"].equals(c["text"])
