"""How good topics are: diversity, document NPMI and gensim's coherence measures.

Owns :func:`topic_diversity` (share of distinct top words, Dieng et al. 2020),
:func:`document_npmi` (NPMI of word pairs counted over documents, e.g. held-out ones) and
:func:`coherence` (gensim's ``CoherenceModel`` for the measures in :data:`COHERENCE_MEASURES`).
They take topics as word lists, so they score any topic model, not only a
:class:`textlab.topics.TopicModel` (whose ``diversity``, ``npmi`` and ``coherence`` methods call them).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["COHERENCE_MEASURES", "check_measures", "coherence", "document_npmi", "topic_diversity"]

COHERENCE_MEASURES = ("c_v", "c_npmi", "u_mass", "c_uci")


def topic_diversity(topic_words: Sequence[Sequence[str]]) -> float:
    """Share of distinct words among the top words of all topics (1.0: no word repeats).

    >>> topic_diversity([["农业", "农村"], ["教育", "农村"]])
    0.75
    """
    total = sum(len(words) for words in topic_words)
    if total == 0:
        raise ValueError("topic_diversity: no words")
    return len({w for words in topic_words for w in words}) / total


def document_npmi(topic_words: Sequence[Sequence[str]], token_lists: Sequence[Sequence[str]]) -> list[float]:
    """Per topic, the mean NPMI of its word pairs, counted over documents (e.g. held-out ones).

    P(w) is the share of ``token_lists`` containing w and P(w1, w2) the share containing both;
    NPMI = log(P(w1, w2) / (P(w1) P(w2))) / -log P(w1, w2), which is -1 for a pair never seen
    together (also when a word never occurs) and 1 for a pair that always occurs together.

    >>> docs = [["农业", "农村"], ["农业", "农村"], ["教育", "学校"], ["教育", "学校"]]
    >>> document_npmi([["农业", "农村"], ["农业", "教育"]], docs)
    [1.0, -1.0]
    """
    token_lists = list(token_lists)
    n_docs = len(token_lists)
    if n_docs == 0:
        raise ValueError("document_npmi: no documents to count in")
    wanted = sorted({w for words in topic_words for w in words})
    index = {w: i for i, w in enumerate(wanted)}
    from scipy import sparse

    rows, cols = [], []
    for d, tokens in enumerate(token_lists):
        present = sorted({index[t] for t in tokens if t in index})
        rows.extend([d] * len(present))
        cols.extend(present)
    occ = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_docs, len(wanted)))
    co = (occ.T @ occ).toarray()
    df = np.diag(co).copy()
    scores = []
    for words in topic_words:
        ids = [index[w] for w in words]
        values = []
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                i, j = ids[a], ids[b]
                joint = co[i, j]
                if joint == 0:
                    values.append(-1.0)
                    continue
                p_ij = joint / n_docs
                if p_ij >= 1.0:
                    values.append(1.0)
                    continue
                pmi = math.log(p_ij / ((df[i] / n_docs) * (df[j] / n_docs)))
                values.append(pmi / -math.log(p_ij))
        scores.append(float(np.mean(values)) if values else float("nan"))
    return scores


def check_measures(measures: str | Sequence[str]) -> tuple[str, ...]:
    """``measures`` as a tuple of known coherence measures; an unknown one raises ``ValueError``."""
    if isinstance(measures, str):
        measures = (measures,)
    unknown = [m for m in measures if m not in COHERENCE_MEASURES]
    if unknown:
        raise ValueError(f"unknown coherence measure(s) {unknown}; choose from {COHERENCE_MEASURES}")
    return tuple(measures)


def coherence(
    topic_words: list[list[str]], token_lists: list[list[str]], dictionary: Any, measures: Sequence[str]
) -> dict[str, float]:
    """``{measure: mean over topics}`` of gensim's ``CoherenceModel`` for ``topic_words`` on ``token_lists``.

    ``dictionary`` is a ``gensim.corpora.Dictionary`` holding every topic word (e.g.
    ``TopicModel.dictionary_``). Higher is better for every measure.
    """
    from gensim.models import CoherenceModel

    out: dict[str, float] = {}
    corpus = None
    for measure in check_measures(measures):
        kwargs: dict[str, Any] = {"texts": token_lists}
        if measure == "u_mass":
            if corpus is None:
                corpus = [dictionary.doc2bow(tokens) for tokens in token_lists]
            kwargs = {"corpus": corpus}
        cm = CoherenceModel(
            topics=topic_words,
            dictionary=dictionary,
            coherence=measure,
            topn=max(len(words) for words in topic_words),
            processes=1,
            **kwargs,
        )
        out[measure] = float(cm.get_coherence())
    return out
