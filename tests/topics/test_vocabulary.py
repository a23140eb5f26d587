"""Tests for textlab.topics.vocabulary: input kinds, training texts, document-frequency limits, counts."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from textlab.topics import MIN_TRAINING_TEXTS, CorpusTooSmallError, TopicModel, default_df_limits
from textlab.topics.vocabulary import (
    as_items,
    bow_matrix,
    build_vocabulary,
    gensim_corpus,
    input_kind,
    training_texts,
)

from .seeds import tour_paragraphs


def test_default_limits_adapt_and_explicit_values_are_kept(tokens):
    assert default_df_limits(7) == (2, 1.0)
    assert default_df_limits(51) == (2, 20 / 51)
    assert default_df_limits(304) == (3, 0.1)
    assert default_df_limits(8154) == (5, 0.1)  # the shipped model's training paragraphs
    explicit = TopicModel(n_topics=4, passes=1, iterations=20, no_below=7, no_above=0.05).fit(tokens)
    assert (explicit.no_below_, explicit.no_above_) == (7, 0.05)
    assert explicit.document_frequencies_.min() >= 7
    assert explicit.document_frequencies_.max() <= 0.05 * explicit.n_documents_


def test_a_corpus_too_small_gets_a_clear_error():
    with pytest.raises(CorpusTooSmallError, match=r"too small .* at least 2 are needed; pass more texts"):
        TopicModel().fit(["加强党的建设，推进全面从严治党，建设坚强有力的基层党组织。"])
    assert issubclass(CorpusTooSmallError, ValueError) and MIN_TRAINING_TEXTS == 2
    with pytest.raises(CorpusTooSmallError, match=r"fewer than n_topics=200: the corpus is too small for 200 topics"):
        TopicModel(n_topics=200).fit(tour_paragraphs())


def test_vocabulary_is_ordered_by_document_frequency_then_token(tokens):
    training = training_texts(tokens, 5)
    assert len(training) == sum(len(t) >= 5 for t in tokens)
    vocab = build_vocabulary(training, n_topics=4, no_below=3, keep_n=50)
    dfs = Counter(tok for t in training for tok in set(t))
    assert (vocab.no_below, vocab.no_above, vocab.n_documents) == (3, 0.1, len(training))
    assert len(vocab.tokens) == 50
    assert list(vocab.document_frequencies) == [dfs[t] for t in vocab.tokens]
    keys = [(-dfs[t], t) for t in vocab.tokens]
    assert keys == sorted(keys)
    # the 50 kept are the most frequent of those within the limits
    within = sorted((-df, t) for t, df in dfs.items() if 3 <= df <= 0.1 * len(training))
    assert [t for _, t in within[:50]] == vocab.tokens
    tf = Counter(tok for t in training for tok in t)
    assert list(vocab.term_frequencies) == [tf[t] for t in vocab.tokens]


def test_bow_matrix_counts_known_tokens_in_blocks(tokens):
    vocab = {tok: i for i, tok in enumerate(build_vocabulary(training_texts(tokens, 5), n_topics=4).tokens)}
    whole = bow_matrix(tokens, vocab)
    blocked = bow_matrix(tokens, vocab, block_tokens=37)  # many small blocks, some texts longer than a block
    for bow in (whole, blocked):
        assert bow.shape == (len(tokens), len(vocab)) and bow.has_sorted_indices
        for r in (0, 5, len(tokens) // 2, len(tokens) - 1):
            expected = Counter(vocab[t] for t in tokens[r] if t in vocab)
            row = bow.getrow(r)
            assert dict(zip(row.indices.tolist(), row.data.tolist())) == expected
    assert (whole != blocked).nnz == 0
    assert gensim_corpus(whole[:1]) == [sorted(Counter(vocab[t] for t in tokens[0] if t in vocab).items())]
    empty = bow_matrix([[], ["没有这个词"]], vocab)
    assert empty.shape == (2, len(vocab)) and empty.nnz == 0
    assert bow_matrix([], vocab).shape == (0, len(vocab))


def test_input_kinds():
    assert input_kind(["一段文字"]) == "text"
    assert input_kind([["一段", "文字"], ("文字",), np.array(["文字"])]) == "tokens"
    assert input_kind([]) == "tokens"
    with pytest.raises(TypeError, match="mixes"):
        input_kind(["一段文字", ["一段"]])
    with pytest.raises(TypeError, match=r"texts\[0\] is a bytes"):
        input_kind([b"abc"])
    with pytest.raises(TypeError, match="not a single str"):
        as_items("一段文字")
    with pytest.raises(TypeError, match="iterable"):
        as_items(3)
