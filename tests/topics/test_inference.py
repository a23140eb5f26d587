"""Tests for textlab.topics.inference: the deterministic E-step, its agreement with gensim, the NMF start."""

from __future__ import annotations

import numpy as np

from textlab.topics import TopicModel
from textlab.topics.inference import INFER_BLOCK, infer_gamma, nmf_topic_counts, topic_shares
from textlab.topics.vocabulary import bow_matrix, gensim_corpus

from .seeds import SMALL


def test_transform_agrees_with_gensim_inference(model, tokens):
    lda = model.to_gensim()
    bow = gensim_corpus(bow_matrix(tokens[:200], model.vocabulary_))
    ours = model.transform(tokens[:200])
    theirs = np.array([[p for _, p in lda.get_document_topics(b, minimum_probability=0.0)] for b in bow])
    assert np.abs(ours - theirs).max() < 0.02


def test_gamma_of_a_text_depends_only_on_its_own_counts(model, tokens):
    bow = bow_matrix(tokens[:60], model.vocabulary_)
    beta, alpha = model.exp_elog_beta_.astype(np.float64), model.alpha_.astype(np.float64)
    together = infer_gamma(bow, beta, alpha, 100, 0.001)
    alone = np.vstack([infer_gamma(bow[i : i + 1], beta, alpha, 100, 0.001) for i in range(60)])
    np.testing.assert_allclose(together, alone, rtol=1e-9, atol=1e-12)
    # the update keeps gamma above the prior; an empty text gets the prior at once
    assert np.all(together >= alpha - 1e-12)
    empty = bow_matrix([[]], model.vocabulary_)
    np.testing.assert_allclose(infer_gamma(empty, beta, alpha, 100, 0.001), alpha[np.newaxis, :], rtol=1e-9, atol=1e-12)
    # fewer iterations stop earlier: the result moves, so the loop does work
    assert not np.allclose(infer_gamma(bow, beta, alpha, 1, 0.001), together)


def test_topic_shares_are_normalised_and_blocked_without_changing_them(model, tokens):
    many = tokens * (INFER_BLOCK // len(tokens) + 1)  # more rows than one block
    bow = bow_matrix(many, model.vocabulary_)
    shares = topic_shares(bow, model.exp_elog_beta_, model.alpha_, 100, 0.001)
    assert shares.shape == (len(many), 4) and len(many) > INFER_BLOCK
    np.testing.assert_allclose(shares.sum(axis=1), 1.0, rtol=1e-12)
    np.testing.assert_allclose(shares[INFER_BLOCK : INFER_BLOCK + 50], shares[INFER_BLOCK % len(tokens) :][:50], rtol=1e-9, atol=1e-12)


def test_nmf_start_gives_more_coherent_topics_than_a_random_start(tokens):
    """The default init: the NMF start's topics have higher NPMI on the training texts."""
    nmf = TopicModel(**SMALL).fit(tokens)
    random = TopicModel(**{**SMALL, "init": "random"}).fit(tokens)
    assert nmf.npmi(tokens) > random.npmi(tokens) + 0.05  # measured: 0.17 against 0.05 (random_state 0)
    counts = nmf_topic_counts(bow_matrix(tokens, nmf.vocabulary_), 4, 0)
    assert counts.shape == (4, len(nmf.feature_names_)) and counts.dtype == np.float32 and np.all(counts > 0)
    # topic counts share out each text's counts: their total is the corpus's (plus the 1e-3 floor)
    total = bow_matrix(tokens, nmf.vocabulary_).sum()
    np.testing.assert_allclose(counts.sum(), total + 1e-3 * counts.size, rtol=1e-4)
