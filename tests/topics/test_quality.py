"""Tests for textlab.topics.quality: diversity, document NPMI and coherence of real topics."""

from __future__ import annotations

import numpy as np
import pytest

from textlab.topics import TopicModel, document_npmi, topic_diversity
from textlab.topics.quality import coherence

from .seeds import PROVINCIAL, paragraphs_of


def test_diversity_counts_distinct_top_words(model):
    words = model.topic_words(25)
    assert model.diversity(25) == len({w for t in words for w in t}) / (4 * 25)
    assert topic_diversity([["a", "b"], ["a", "c"]]) == 0.75
    with pytest.raises(ValueError, match="no words"):
        topic_diversity([[], []])


def test_coherence_measures(model, tokens):
    scores = model.coherence(tokens)
    assert set(scores) == {"c_v", "c_npmi", "u_mass"}
    assert 0 <= scores["c_v"] <= 1 and -1 <= scores["c_npmi"] <= 1 and scores["u_mass"] <= 0
    with pytest.raises(ValueError, match="unknown coherence"):
        model.coherence(tokens, measures=("c_xyz",))
    # the function scores any word lists: the model's own topics beat the same words dealt out at random
    words = model.topic_words(10)
    shuffled = np.random.RandomState(0).permutation([w for t in words for w in t]).reshape(4, 10).tolist()
    ours = coherence(words, tokens, model.dictionary_, ("c_npmi",))["c_npmi"]
    assert ours == pytest.approx(scores["c_npmi"], rel=1e-9)
    assert ours > coherence(shuffled, tokens, model.dictionary_, ("c_npmi",))["c_npmi"]


def test_document_npmi_prefers_the_model_topics_over_random_words(model, tokens):
    assert document_npmi([["农业", "农村"], ["农业", "教育"]], [["农业", "农村"], ["教育"]] * 2) == [1.0, -1.0]
    # held-out paragraphs of another report
    held = TopicModel().tokenize(paragraphs_of([PROVINCIAL / "2025_四川省_政府工作报告.txt"]))
    ours = model.npmi(held)
    rng = np.random.RandomState(0)
    vocab = np.array(model.feature_names_[:300])
    random_topics = [list(rng.choice(vocab, 10, replace=False)) for _ in range(4)]
    assert ours > np.mean(document_npmi(random_topics, held)) + 0.05
    with pytest.raises(ValueError, match="no documents"):
        document_npmi([["农业"]], [])
