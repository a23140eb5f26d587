"""Tests for textlab.training.segmentation_scores: domain-term coverage and word F1, on hand-made and real input.

The full measurement over the seeds (the README's figures) is checked in tests/segmentation/test_segmenter.py.
"""

from __future__ import annotations

import pytest

from textlab.training.segmentation_scores import (
    coverage,
    data_dir,
    plain_jieba_cut,
    read_gold,
    read_list,
    term_blocks,
    word_f1,
)


def _fixed(tokens_by_text):
    return lambda text: tokens_by_text[text]


def test_coverage_counts_whole_and_exact_occurrences():
    blocks = term_blocks(["推进党建引领基层治理，党建引领！", "党建引领"], ["党建引领", "基层治理"])
    assert blocks == {"推进党建引领基层治理": 1, "党建引领": 2}
    cut = _fixed({"推进党建引领基层治理": ["推进", "党建引领基层", "治理"], "党建引领": ["党建", "引领"]})
    result = coverage(cut, blocks, ["党建引领", "基层治理"])
    # 党建引领: inside a longer token once (whole, not exact), split twice; 基层治理: split once
    assert result["occurrences"] == 4
    assert result["whole"] == pytest.approx(1 / 4) and result["exact"] == 0.0
    assert result["per_term"] == {"党建引领": [3, 1], "基层治理": [1, 0]}


def test_word_f1_scores_words_not_punctuation():
    gold = [["我们", "要", "抓好", "落实", "。"]]
    assert word_f1(_fixed({"我们要抓好落实。": ["我们", "要", "抓好", "落实", "。"]}), gold)["f1"] == 1.0
    result = word_f1(_fixed({"我们要抓好落实。": ["我们", "要抓好", "落实", "。"]}), gold)
    assert result["precision"] == pytest.approx(2 / 3) and result["recall"] == pytest.approx(2 / 4)
    with pytest.raises(ValueError, match="segmenter changed the sentence"):
        word_f1(_fixed({"我们要抓好落实。": ["我们", "抓好", "落实"]}), gold)


def test_plain_jieba_on_the_news_sample():
    gold = read_gold()
    assert len(gold) >= 50 and all(" " not in w for words in gold for w in words)
    result = word_f1(plain_jieba_cut(), gold)
    assert 0.7 < result["f1"] < 0.95  # measured 0.819: general text, where jieba is good but not perfect
    assert "党建引领" in read_list(data_dir() / "domain_terms.txt")
