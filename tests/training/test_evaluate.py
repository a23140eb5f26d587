"""Tests for textlab.training.evaluate: metrics, document-level splits, the plain baseline, paragraph labels."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from textlab.labels import TASK_LABELS
from textlab.training.evaluate import (
    WEAK_PER_DOC,
    BaselineClassifier,
    aggregate_paragraphs,
    paragraph_gold,
    paragraph_units,
    scores,
    split_reports,
    subsample_per_doc,
)
from textlab.training.weak_labels import report_paths, weak_label_corpus

ROOT = Path(__file__).resolve().parents[2]
NATIONAL = ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource"


@pytest.fixture(scope="module")
def weak_train():
    """Weak labels of the 2017-2019 national work reports (real units, three documents)."""
    return weak_label_corpus([NATIONAL / f"{year}_国务院_政府工作报告.txt" for year in (2017, 2018, 2019)])


@pytest.fixture(scope="module")
def weak_test():
    return weak_label_corpus([NATIONAL / "2021_国务院_政府工作报告.txt"])


# ---------------------------------------------------------------- scores


def test_scores_by_hand():
    truth = ["problem", "problem", "measure", "measure", "achievement", "other"]
    pred = ["problem", "measure", "measure", "measure", "measure", "other"]
    result = scores(truth, pred, ["achievement", "problem", "measure", "other"])
    assert result["n"] == 6 and result["accuracy"] == pytest.approx(4 / 6)
    # problem: P 1, R 1/2 -> F1 2/3; measure: P 2/4, R 1 -> 2/3; achievement 0; other 1
    assert result["per_class"]["problem"] == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2})
    assert result["per_class"]["measure"]["f1"] == pytest.approx(2 / 3)
    assert result["per_class"]["achievement"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert result["macro_f1"] == pytest.approx((0 + 2 / 3 + 2 / 3 + 1) / 4)
    # rows are the truth, columns the prediction, in the order of ``labels``
    assert result["confusion"] == [[0, 0, 1, 0], [0, 1, 1, 0], [0, 0, 2, 0], [0, 0, 0, 1]]
    assert result["labels"] == ["achievement", "problem", "measure", "other"]
    json.dumps(result)  # plain Python types: the card is JSON


def test_scores_of_the_weak_labels_against_themselves(weak_train):
    result = scores(weak_train["label"], weak_train["label"], TASK_LABELS)
    assert result["macro_f1"] == 1.0
    assert sum(map(sum, result["confusion"])) == int(weak_train["label"].isin(TASK_LABELS).sum())
    assert result["n"] == len(weak_train)  # n counts every unit; the per-class figures only the listed labels


# ---------------------------------------------------------------- splits


def test_split_reports_holds_out_whole_reports_as_the_shipped_card_records():
    paths = report_paths()
    train, test = split_reports(list(reversed(paths)))  # order of the input does not matter
    assert set(train).isdisjoint(test) and sorted(train + test) == sorted(paths)
    assert test == [p for i, p in enumerate(sorted(paths)) if i % 5 == 2]
    card = json.loads((ROOT / "models" / "classifier" / "card.json").read_text(encoding="utf-8"))
    assert [p.stem for p in test] == card["data"]["weak_reports_heldout"]
    assert [p.stem for p in train] == card["data"]["weak_reports_train"]


def test_subsample_per_doc_keeps_every_problem_unit(weak_train):
    sub = subsample_per_doc(weak_train, per_doc=100, random_state=0)
    sizes = sub.groupby("doc").size()
    assert set(sizes) == {100} and len(sizes) == 3  # each report has more than 100 units
    problems = weak_train[weak_train["label"] == "problem"]
    assert set(problems.index) <= set(sub.index)
    assert sub.index.is_monotonic_increasing
    assert sub.equals(subsample_per_doc(weak_train, per_doc=100, random_state=0))  # reproducible
    assert not sub.index.equals(subsample_per_doc(weak_train, per_doc=100, random_state=1).index)
    assert set(subsample_per_doc(weak_train).groupby("doc").size()) == {WEAK_PER_DOC}  # ~640 units per report
    assert subsample_per_doc(weak_train, per_doc=10_000).equals(weak_train)  # shorter reports are kept whole


# ---------------------------------------------------------------- the baseline


def test_baseline_learns_the_template_labels(weak_train, weak_test):
    train = weak_train[weak_train["label"].isin(TASK_LABELS)]
    test = weak_test[weak_test["label"].isin(TASK_LABELS)]
    model = BaselineClassifier(random_state=0).fit(train["text"], train["label"])
    predicted = model.predict(test["text"].tolist())
    assert len(predicted) == len(test) and set(predicted) <= set(TASK_LABELS)
    result = scores(test["label"], predicted, TASK_LABELS)
    majority = scores(test["label"], ["measure"] * len(test), TASK_LABELS)
    # measured: macro-F1 0.671 on the 2021 report (majority class: 0.29)
    assert result["macro_f1"] > 0.55 and result["macro_f1"] > majority["macro_f1"] + 0.25
    assert model.predict(test["text"].tolist()) == predicted  # deterministic


# ---------------------------------------------------------------- paragraph labels


def _units(rows):
    return pd.DataFrame(rows, columns=["doc", "paragraph", "label", "text"])


def test_paragraph_gold_takes_the_label_covering_most_characters():
    units = _units([
        ("a", 0, "achievement", "去年经济增长百分之五。"),
        ("a", 0, "problem", "但也存在不少困难和问题，发展不平衡不充分问题仍然突出。"),
        ("a", 1, "measure", "今年要抓好落实。"),
        ("b", 0, "other", "谢谢大家！"),
    ])
    assert paragraph_gold(units) == {("a", 0): "problem", ("a", 1): "measure", ("b", 0): "other"}


def test_paragraph_gold_on_the_weak_labels_is_the_template_label(weak_train):
    gold = paragraph_gold(weak_train)  # the template labels whole paragraphs
    assert len(gold) == weak_train.groupby(["doc", "paragraph"]).ngroups
    for (doc, para), label in list(gold.items())[::25]:
        assert set(weak_train.loc[(weak_train["doc"] == doc) & (weak_train["paragraph"] == para), "label"]) == {label}


def test_aggregate_paragraphs_weights_sentences_by_length():
    units = _units([
        ("a", 0, "", "短句。"),                       # 3 characters, says problem
        ("a", 0, "", "这是一个长得多的句子，讲的是措施。"),  # 17 characters, says measure weakly
        ("a", 1, "", "一句。"),
    ])
    classes = np.array(["measure", "problem"])
    proba = np.array([[0.0, 1.0], [0.6, 0.4], [0.2, 0.8]])
    # paragraph 0: measure 0.6 * 17 = 10.2 against problem 3 + 0.4 * 17 = 9.8
    assert aggregate_paragraphs(units, proba, classes) == {("a", 0): "measure", ("a", 1): "problem"}


def test_paragraph_units_read_each_paragraph_whole(weak_train):
    paragraphs = paragraph_units(weak_train)
    assert len(paragraphs) == weak_train.groupby(["doc", "paragraph"]).ngroups
    assert (paragraphs["text"] == paragraphs["paragraph_text"]).all()
    assert (paragraphs["sentence"] == 0).all() and (paragraphs["n_sentences"] == 1).all()
    assert (paragraphs["prev_text"] == "").all() and (paragraphs["next_text"] == "").all()
    long = paragraphs.loc[paragraphs["text"].str.len().idxmax(), "text"]
    assert long.count("。") > 1  # a whole paragraph, not its first sentence
