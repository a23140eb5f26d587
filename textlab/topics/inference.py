"""The numerical core of the topic model: LDA training from an NMF start, and deterministic inference.

Owns :func:`train_lda` (gensim's single-process ``LdaModel``, started from
:func:`nmf_topic_counts` or from gensim's random topics), the variational E-step that
:meth:`textlab.topics.TopicModel.transform` runs (:func:`infer_gamma`, :func:`topic_shares`)
and the NNDSVD start (:func:`nndsvd`).

Training uses ``LdaModel`` seeded with ``random_state``, never ``LdaMulticore`` (whose worker
results are merged in the order they arrive: see :mod:`textlab.topics`). Inference does not use
gensim's, which starts every document from random Gamma(100, 1/100) draws: it runs the same
variational updates (the Lee-Seung form used by gensim) from gamma = 1, the mean of that
distribution, so it needs no random numbers, and a converged document is frozen, so its shares
depend only on its own counts.
"""

from __future__ import annotations

import numbers
import warnings
from typing import Any

import numpy as np

from textlab.topics.vocabulary import gensim_corpus

__all__ = ["dirichlet_expectation", "gensim_prior", "infer_gamma", "nmf_topic_counts", "nndsvd", "topic_shares",
           "train_lda"]

_EPS = float(np.finfo(np.float64).eps)
#: Texts per block of :func:`topic_shares` (bounds the memory of one E-step).
INFER_BLOCK = 4096


def dirichlet_expectation(gamma: np.ndarray) -> np.ndarray:
    """E[log theta] for theta ~ Dirichlet(gamma), row-wise."""
    from scipy.special import psi

    return psi(gamma) - psi(gamma.sum(axis=1))[:, np.newaxis]


# --------------------------------------------------------------------------- inference


def infer_gamma(bow, exp_elog_beta: np.ndarray, alpha: np.ndarray, iterations: int, threshold: float) -> np.ndarray:
    """Variational gamma per row of ``bow`` (csr, counts), gensim's update rule, start gamma = 1.

    Each document is iterated until the mean absolute change of its gamma drops below
    ``threshold`` or ``iterations`` is reached; a converged document is frozen, so its result
    depends only on its own counts. The topic-word weights of the block's tokens are gathered
    once; each iteration keeps the entries of the documents still active.
    """
    n_docs, n_topics = bow.shape[0], exp_elog_beta.shape[0]
    gamma = np.ones((n_docs, n_topics), dtype=np.float64)
    lengths = np.diff(bow.indptr)
    empty = lengths == 0
    gamma[empty] = alpha  # gensim's update gives alpha at once for a text with no known token
    active = np.flatnonzero(~empty)
    if active.size == 0:
        return gamma
    exp_theta = np.exp(dirichlet_expectation(gamma))
    # per stored count: its topic-word weights, its count, and the position of its document among
    # the active ones (every non-empty document is active at first)
    beta_cols = np.ascontiguousarray(exp_elog_beta.T[bow.indices])  # (nnz, K)
    data = np.asarray(bow.data, dtype=np.float64)
    rows = np.repeat(np.arange(active.size), lengths[active])
    starts = np.searchsorted(rows, np.arange(active.size))
    for _ in range(iterations):
        theta_active = exp_theta[active]
        phinorm = np.einsum("ij,ij->i", theta_active[rows], beta_cols) + _EPS
        weighted = beta_cols * (data / phinorm)[:, np.newaxis]
        sums = np.add.reduceat(weighted, starts, axis=0)  # (n_active, K)
        new_gamma = alpha + theta_active * sums
        change = np.mean(np.abs(new_gamma - gamma[active]), axis=1)
        gamma[active] = new_gamma
        exp_theta[active] = np.exp(dirichlet_expectation(new_gamma))
        still = change >= threshold
        if not still.any():
            break
        if not still.all():
            keep = still[rows]
            active = active[still]
            beta_cols, data = beta_cols[keep], data[keep]
            rows = (np.cumsum(still) - 1)[rows[keep]]
            starts = np.searchsorted(rows, np.arange(active.size))
    return gamma


def topic_shares(bow, exp_elog_beta: np.ndarray, alpha: np.ndarray, iterations: int, threshold: float) -> np.ndarray:
    """Topic shares (n_texts, K) of the rows of ``bow``: normalised gamma, :data:`INFER_BLOCK` rows at a time."""
    n_docs, n_topics = bow.shape[0], exp_elog_beta.shape[0]
    gamma = np.empty((n_docs, n_topics), dtype=np.float64)
    exp_elog_beta = exp_elog_beta.astype(np.float64)
    alpha = alpha.astype(np.float64)
    for start in range(0, n_docs, INFER_BLOCK):
        block = bow[start : start + INFER_BLOCK]
        gamma[start : start + block.shape[0]] = infer_gamma(block, exp_elog_beta, alpha, int(iterations),
                                                            float(threshold))
    return gamma / gamma.sum(axis=1, keepdims=True)


# --------------------------------------------------------------------------- training


def gensim_prior(value: Any) -> Any:
    """alpha / eta as gensim takes them: the word, a float, or a float32 array."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, numbers.Real):
        return float(value)
    return np.asarray(value, dtype=np.float32)


def copy_random_state(state: Any) -> Any:
    """A copy of a numpy ``RandomState`` (so training does not advance the caller's); other seeds as given."""
    if not isinstance(state, np.random.RandomState):
        return state
    copy = np.random.RandomState()
    copy.set_state(state.get_state())
    return copy


def train_lda(
    bow,
    feature_names: list[str],
    *,
    n_topics: int,
    passes: int,
    iterations: int,
    alpha: Any,
    eta: Any,
    chunksize: int,
    decay: float,
    offset: float,
    gamma_threshold: float,
    init: str,
    random_state: Any,
) -> dict[str, np.ndarray]:
    """Train LDA on the csr count matrix ``bow`` (columns named by ``feature_names``).

    Returns float32 arrays ``components`` (lambda, K x V), ``exp_elog_beta`` (K x V),
    ``alpha`` (K) and ``eta`` (V).
    """
    from gensim.models import LdaModel

    lda = LdaModel(
        corpus=None,
        id2word=dict(enumerate(feature_names)),
        num_topics=int(n_topics),
        passes=int(passes),
        iterations=int(iterations),
        alpha=gensim_prior(alpha),
        eta=gensim_prior(eta),
        chunksize=int(chunksize),
        decay=float(decay),
        offset=float(offset),
        gamma_threshold=float(gamma_threshold),
        eval_every=None,
        update_every=1,
        random_state=copy_random_state(random_state),
        dtype=np.float32,
    )
    if init == "nmf":
        lda.state.sstats[...] = nmf_topic_counts(bow, int(n_topics), copy_random_state(random_state))
        lda.sync_state()
    lda.update(gensim_corpus(bow))
    return {
        "components": np.array(lda.state.get_lambda(), dtype=np.float32),
        "exp_elog_beta": np.array(lda.expElogbeta, dtype=np.float32),
        "alpha": np.array(lda.alpha, dtype=np.float32).reshape(-1),
        "eta": np.broadcast_to(np.array(lda.eta, dtype=np.float32), (len(feature_names),)).copy(),
    }


def nmf_topic_counts(bow, n_topics: int, random_state: Any) -> np.ndarray:
    """Initial topic-word counts (K x V) from an NMF of the texts' TF-IDF, started by NNDSVD.

    Each text's counts are shared among topics in proportion to its NMF weights, so the result
    is on the scale of gensim's sufficient statistics. The SVD behind NNDSVD gets 30 power
    iterations, enough for its result not to depend on ``random_state`` in practice (with
    scikit-learn's default of 7, one seed in six gave a markedly worse start on the reports).
    """
    from scipy import sparse
    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning

    n_docs, n_terms = bow.shape
    doc_freq = np.asarray((bow > 0).sum(axis=0)).ravel()
    idf = np.log(n_docs / (doc_freq + 1.0)) + 1.0
    tfidf = sparse.csr_matrix(bow.multiply(idf[np.newaxis, :]))
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    tfidf = sparse.csr_matrix(sparse.diags(1.0 / norms) @ tfidf)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        if n_topics < min(n_docs, n_terms):
            w_start, h_start = nndsvd(tfidf, n_topics, random_state)
            nmf = NMF(n_components=n_topics, init="custom", max_iter=200)
            weights = nmf.fit_transform(tfidf, W=w_start, H=h_start)
        else:  # too few texts or words for an SVD start
            weights = NMF(n_components=n_topics, init="random", max_iter=200, random_state=random_state).fit_transform(tfidf)
    totals = weights.sum(axis=1, keepdims=True)
    shares = np.where(totals > 0, weights / np.where(totals > 0, totals, 1.0), 1.0 / n_topics)
    counts = np.asarray((bow.T @ shares).T)
    return (counts + 1e-3).astype(np.float32)


def nndsvd(matrix, rank: int, random_state: Any) -> tuple[np.ndarray, np.ndarray]:
    """Non-negative double SVD start (Boutsidis & Gallopoulos 2008): W (n x rank), H (rank x m).

    Each singular pair is replaced by the larger (by norm product) of its positive or negative
    parts, scaled by the singular value.
    """
    from sklearn.utils.extmath import randomized_svd

    u, s, vt = randomized_svd(matrix, rank, n_iter=30, random_state=random_state)
    w = np.zeros((matrix.shape[0], rank))
    h = np.zeros((rank, matrix.shape[1]))
    w[:, 0] = np.sqrt(s[0]) * np.abs(u[:, 0])
    h[0, :] = np.sqrt(s[0]) * np.abs(vt[0, :])
    for j in range(1, rank):
        x, y = u[:, j], vt[j, :]
        x_pos, x_neg, y_pos, y_neg = np.maximum(x, 0), np.maximum(-x, 0), np.maximum(y, 0), np.maximum(-y, 0)
        pos = np.linalg.norm(x_pos) * np.linalg.norm(y_pos)
        neg = np.linalg.norm(x_neg) * np.linalg.norm(y_neg)
        (a, b, sigma) = (x_pos, y_pos, pos) if pos > neg else (x_neg, y_neg, neg)
        if sigma <= 0:
            continue
        scale = np.sqrt(s[j] * sigma)
        w[:, j] = scale * a / np.linalg.norm(a)
        h[j, :] = scale * b / np.linalg.norm(b)
    w[w < 1e-6] = 0.0
    h[h < 1e-6] = 0.0
    return w, h
