"""Tests for textlab/training/targets_eval.py: per-field scoring of promise tracking.

Hand-made gold and predicted rows built from real report sentences (2024 and 2025 national
reports, development years) check the alignment and each field's counts; the gold folder check
reads eval/targets_gold as the script does (development years only).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from textlab.training import targets_eval as te

NAN = math.nan
TARGETS_2025 = ("今年发展的主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；"
                "居民消费价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.4万亿斤左右；"
                "单位国内生产总值能耗降低3%左右，生态环境质量持续改善。")
OUTCOMES_2025 = "国内生产总值达到134.9万亿元、增长5%。"


def row(indicator, value, unit, qualifier, kind, year, sentence, high=NAN, report_year=2025):
    return te.Row(report_year, indicator, value, high, unit, qualifier, kind, year, sentence)


GOLD = [
    row("国内生产总值", 5.0, "%", "左右", "target", 2025, TARGETS_2025),
    row("城镇新增就业", 1200.0, "万人", "以上", "target", 2025, TARGETS_2025),
    row("居民消费价格", 2.0, "%", "左右", "target", 2025, TARGETS_2025),
    row("国内生产总值", 134.9, "万亿元", "", "outcome", 2024, OUTCOMES_2025),
    row("国内生产总值", 5.0, "%", "", "outcome", 2024, OUTCOMES_2025),
]


def test_a_perfect_prediction_scores_one_on_every_field():
    scores = te.score_fields(GOLD, GOLD)
    assert scores.n_predicted == scores.n_gold == 5
    assert all(scores.precision(f) == scores.recall(f) == 1.0 for f in (*te.FIELDS, "tuple"))


def test_each_wrong_field_counts_against_that_field_only():
    predicted = [
        row("国内生产总值", 5.0, "%", "", "target", 2025, TARGETS_2025),  # qualifier lost
        row("城镇新增就业", 1200.0, "万人", "以上", "target", 2024, TARGETS_2025),  # wrong year
        row("居民消费价格", 2.0, "%", "左右", "target", 2025, TARGETS_2025, high=3.0),  # an invented range
        row("国内生产总值", 134.9, "万亿元", "", "outcome", 2024, OUTCOMES_2025),  # right
        row("粮食产量", 1.4, "万亿斤", "左右", "target", 2025, TARGETS_2025),  # not in this gold: spurious
        # the 5% growth outcome is missing
    ]
    scores = te.score_fields(predicted, GOLD)
    assert (scores.n_predicted, scores.n_gold) == (5, 5)
    assert scores.right == {"indicator": 4, "value": 4, "value_high": 3, "unit": 4, "qualifier": 3, "kind": 4,
                            "year": 3, "tuple": 1}
    assert scores.precision("qualifier") == pytest.approx(3 / 5) and scores.recall("tuple") == pytest.approx(1 / 5)
    kinds = sorted(what for what, _, _ in scores.errors)
    assert kinds == ["field qualifier", "field value_high", "field year", "missing", "spurious"]


def test_rows_align_within_their_sentence_and_report():
    # the same figures in another report or another sentence are not aligned to this gold
    elsewhere = [row("国内生产总值", 5.0, "%", "左右", "target", 2025, "经济增长预期目标为5%左右，既是…", report_year=2024),
                 row("国内生产总值", 5.0, "%", "", "target", 2024, "另一个句子。")]
    scores = te.score_fields(elsewhere, GOLD[:1])
    assert scores.right["indicator"] == 0 and scores.n_predicted == 2
    # a gold fragment of a broken line aligns with the whole predicted sentence
    fragment = row("广义货币M2", 12.0, "%", "左右", "target", 2017, "和社会融资规模余额预期增长均为12%左右。", report_year=2017)
    whole = row("广义货币M2", 12.0, "%", "左右", "target", 2017, "广义货币M2和社会融资规模余额预期增长均为12%左右。", report_year=2017)
    assert te.score_fields([whole], [fragment]).right["tuple"] == 1


def test_a_restatement_is_neither_right_nor_wrong():
    restated = [row("国内生产总值", 5.0, "%", "左右", "target", 2025, "经济增长预期目标为5%左右，既是…")]
    predicted = GOLD + restated
    assert te.score_fields(predicted, GOLD, restated).n_predicted == 5
    assert te.score_fields(predicted, GOLD).n_predicted == 6
    assert te.score_rows(predicted, GOLD, restated, part="targets")["keyvalue"] == (3, 0, 0)


def test_parts_split_targets_from_outcomes():
    predicted = [row("国内生产总值", 5.0, "%", "", "outcome", 2025, TARGETS_2025)]  # a target read as an outcome
    targets = te.score_fields(predicted, GOLD, part="targets")
    outcomes = te.score_fields(predicted, GOLD, part="outcomes")
    assert (targets.n_predicted, targets.n_gold, targets.right["tuple"]) == (0, 3, 0)
    assert (outcomes.n_predicted, outcomes.n_gold, outcomes.right["tuple"]) == (1, 2, 0)
    with pytest.raises(ValueError, match="part must be one of"):
        te.score_fields(predicted, GOLD, part="both")


def test_pairs_are_scored_on_outcome_and_status():
    gold_pairs = [
        {"indicator": "国内生产总值", "year": "2024", "target": "5", "unit": "%", "qualifier": "左右", "outcome": "5",
         "outcome_unit": "%", "status": "met", "note": "", "target_report_year": "2024", "outcome_report_year": "2025"},
        {"indicator": "粮食产量", "year": "2024", "target": "1.3", "unit": "万亿斤", "qualifier": "以上", "outcome": "14130",
         "outcome_unit": "亿斤", "status": "met", "note": "", "target_report_year": "2024", "outcome_report_year": "2025"},
        {"indicator": "赤字率", "year": "2024", "target": "3", "unit": "%", "qualifier": "", "outcome": "",
         "outcome_unit": "", "status": "not reported", "note": "", "target_report_year": "2024", "outcome_report_year": "2025"},
    ]
    tracked = pd.DataFrame({"indicator": ["国内生产总值", "粮食产量", "赤字率"], "year": [2024, 2024, 2024],
                            "target": [5.0, 1.3, 3.0], "unit": ["%", "万亿斤", "%"], "outcome": [5.0, 1.413, 3.0],
                            "status": ["met", "met", "met"]})
    scores = te.score_pairs(gold_pairs, lambda ty, oy: tracked)
    assert (scores.total, scores.paired, scores.status) == (3, 2, 2)  # 赤字率: an outcome and a status invented
    assert scores.pairing_accuracy == pytest.approx(2 / 3)


def test_the_gold_folder_loads_and_its_dev_years_are_not_test_years():
    gold = te.load_gold()
    dev, test = gold.years("dev"), gold.years("test")
    assert len(dev) == 26 and len(test) == 17 and not set(dev) & set(test)
    assert 2025 in dev and 2023 in test
    with pytest.raises(FileNotFoundError, match="no gold folder"):
        te.load_gold("/nonexistent/targets_gold")
