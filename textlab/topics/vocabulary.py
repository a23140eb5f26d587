"""Texts to counts for topic models: input kinds, document-frequency limits, vocabulary, bag of words.

Owns what a :class:`textlab.topics.TopicModel` accepts as texts (raw strings and
:class:`textlab.corpus.Document` objects, cleaned and segmented; token lists, used as given),
the training texts (:data:`MIN_TRAINING_TEXTS`, :class:`CorpusTooSmallError`), the
document-frequency limits (:func:`default_df_limits`), the vocabulary (:func:`build_vocabulary`:
ids ordered by document frequency, then token, so they never depend on hashing) and the sparse
bag-of-words matrix (:func:`bow_matrix`).

Token lists are the fast path: they are checked (each item a list, tuple or array of str) and
counted, never cleaned or segmented; a list of str tokens is not even copied.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = [
    "MIN_TRAINING_TEXTS",
    "CorpusTooSmallError",
    "Vocabulary",
    "as_items",
    "as_token_lists",
    "bow_matrix",
    "build_vocabulary",
    "default_df_limits",
    "gensim_corpus",
    "input_kind",
    "is_document",
    "segment_texts",
    "token_lists_of",
    "training_texts",
]

#: Fewest training texts (texts with at least ``min_tokens`` tokens) ``fit`` accepts.
MIN_TRAINING_TEXTS = 2


class CorpusTooSmallError(ValueError):
    """The texts given to ``fit`` are too few (or too short) for a topic model."""


def default_df_limits(n_texts: int) -> tuple[int, float]:
    """``(no_below, no_above)`` used for ``n_texts`` training texts when they are not given.

    ``no_below``: 1 % of the texts, at least 2 and at most 5; ``no_above``: 10 % of the texts
    but never fewer than 20 of them (all of them below 20 texts). From 500 texts on: (5, 0.1).

    >>> default_df_limits(11), default_df_limits(51), default_df_limits(9608)
    ((2, 1.0), (2, 0.39215686274509803), (5, 0.1))
    """
    n = max(int(n_texts), 1)
    return min(5, max(2, n // 100)), min(1.0, max(0.1, 20 / n))


# --------------------------------------------------------------------------- input kinds


def is_document(item: Any) -> bool:
    """Whether ``item`` looks like a :class:`textlab.corpus.Document` (``text``, ``meta``, ``id``)."""
    return hasattr(item, "text") and hasattr(item, "meta") and hasattr(item, "id")


def as_items(texts: Any, what: str = "texts") -> list:
    """``texts`` as a list of items; a single string or a table is refused with a hint."""
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"{what} must be a list of texts or token lists, not a single {type(texts).__name__}; wrap it: [text]")
    if isinstance(texts, np.ndarray):
        return texts.tolist() if texts.dtype != object or texts.ndim != 1 else list(texts)
    if hasattr(texts, "columns") and hasattr(texts, "iloc"):  # a DataFrame iterates over its column names
        hint = "units['tokens']" if "tokens" in texts.columns else "one of its columns"
        raise TypeError(f"{what} must be a list of texts or token lists, not a {type(texts).__name__}; pass {hint}")
    if isinstance(texts, list):
        return texts
    if not isinstance(texts, Iterable):
        raise TypeError(f"{what} must be an iterable of texts or token lists, got {type(texts).__name__}")
    return list(texts)


def _is_token_list(item: Any) -> bool:
    if isinstance(item, np.ndarray):
        return item.ndim == 1 and (item.dtype.kind == "U" or (item.dtype == object and all(type(t) is str for t in item)))
    if isinstance(item, (list, tuple)):
        # type(...) is str first: cheaper than isinstance, enough for every token a segmenter makes
        return all(type(t) is str for t in item) or all(isinstance(t, str) for t in item)
    return False


def input_kind(items: Sequence[Any], what: str = "texts") -> str:
    """``"text"`` (raw strings or Documents) or ``"tokens"`` (token lists; also for no items).

    Raises ``TypeError`` naming the first item of another type, or when the kinds are mixed.
    """
    kinds = set()
    for i, item in enumerate(items):
        if isinstance(item, str) or is_document(item):
            kinds.add("text")
        elif _is_token_list(item):
            kinds.add("tokens")
        else:
            raise TypeError(f"{what}[{i}] is a {type(item).__name__}: expected a str, a Document or a list of str tokens")
    if len(kinds) > 1:
        raise TypeError(f"{what} mixes raw strings and token lists: pass one kind")
    return "text" if kinds == {"text"} else "tokens"


def as_token_lists(items: Sequence[Any]) -> list[list[str]]:
    """Token-list items as lists of str (lists are used as they are, without a copy)."""
    return [item if type(item) is list else item.tolist() if isinstance(item, np.ndarray) else list(item)
            for item in items]


def segment_texts(items: Sequence[Any], segmenter: Any) -> list[list[str]]:
    """Raw strings / Documents cleaned (:func:`textlab.cleaning.clean`) and tokenized by ``segmenter``."""
    from textlab.cleaning import clean

    cleaned = [clean(item.text if is_document(item) else item) for item in items]
    if hasattr(segmenter, "tokenize_many"):
        tokens = segmenter.tokenize_many(cleaned)
    else:
        tokens = [segmenter.tokenize(text) for text in cleaned]
    return [list(t) for t in tokens]


def token_lists_of(texts: Any, segmenter: Callable[[], Any], what: str = "texts") -> list[list[str]]:
    """Token lists of ``texts``; ``segmenter()`` is only called for raw strings or Documents."""
    items = as_items(texts, what)
    if input_kind(items, what) == "tokens":
        return as_token_lists(items)
    return segment_texts(items, segmenter())


# --------------------------------------------------------------------------- training texts and vocabulary


def training_texts(token_lists: list[list[str]], min_tokens: int) -> list[list[str]]:
    """The token lists with at least ``min_tokens`` tokens; too few raise :class:`CorpusTooSmallError`."""
    if not token_lists:
        raise ValueError("fit() needs at least one text, got none")
    training = [tokens for tokens in token_lists if len(tokens) >= min_tokens]
    if len(training) < MIN_TRAINING_TEXTS:
        raise CorpusTooSmallError(
            f"the corpus is too small for a topic model: {len(training)} of the {len(token_lists)} texts have at "
            f"least min_tokens={min_tokens} tokens, at least {MIN_TRAINING_TEXTS} are needed; pass more "
            "texts (e.g. the paragraphs of several documents) or lower min_tokens"
        )
    return training


@dataclass(frozen=True)
class Vocabulary:
    """The tokens a model keeps, in id order, with their counts over the training texts."""

    tokens: list[str]
    document_frequencies: np.ndarray
    term_frequencies: np.ndarray
    n_documents: int
    no_below: int
    no_above: float


def build_vocabulary(
    token_lists: list[list[str]],
    *,
    n_topics: int,
    no_below: int | None = None,
    no_above: float | None = None,
    keep_n: int | None = None,
) -> Vocabulary:
    """Tokens found in at least ``no_below`` and at most a share ``no_above`` of the texts, the
    ``keep_n`` most frequent first (ties by token); ``None`` limits adapt (:func:`default_df_limits`).

    An empty vocabulary, or one smaller than ``n_topics``, raises :class:`CorpusTooSmallError`.
    """
    n_docs = len(token_lists)
    doc_freq: Counter[str] = Counter()
    term_freq: Counter[str] = Counter()
    for tokens in token_lists:
        doc_freq.update(set(tokens))
        term_freq.update(tokens)
    auto_below, auto_above = default_df_limits(n_docs)
    below = auto_below if no_below is None else no_below
    above = auto_above if no_above is None else no_above
    limit = above * n_docs
    kept = [(tok, df) for tok, df in doc_freq.items() if below <= df <= limit]
    kept.sort(key=lambda item: (-item[1], item[0]))
    if keep_n is not None:
        kept = kept[:keep_n]
    if not kept:
        raise CorpusTooSmallError(
            f"the vocabulary is empty: no token occurs in at least no_below={below} and at most "
            f"no_above={above:.3g} of the {n_docs} training texts ({len(doc_freq)} distinct tokens); "
            "the corpus is too small for these limits: pass more texts"
            + (", or lower no_below / raise no_above" if no_below is not None or no_above is not None else "")
        )
    if len(kept) < n_topics:
        raise CorpusTooSmallError(
            f"the vocabulary has {len(kept)} tokens (found in at least {below} and at most {above:.3g} of "
            f"the {n_docs} training texts), fewer than n_topics={n_topics}: the corpus is too small for "
            f"{n_topics} topics; pass more texts or ask for fewer topics"
        )
    return Vocabulary(
        tokens=[tok for tok, _ in kept],
        document_frequencies=np.array([df for _, df in kept], dtype=np.int64),
        term_frequencies=np.array([term_freq[tok] for tok, _ in kept], dtype=np.int64),
        n_documents=n_docs,
        no_below=int(below),
        no_above=float(above),
    )


def bow_matrix(token_lists: Sequence[Sequence[str]], vocabulary: dict[str, int], *, block_tokens: int = 1 << 20):
    """Sparse (n_texts, V) csr matrix of token counts (float64, sorted column ids); tokens
    outside ``vocabulary`` are ignored.

    Texts are counted in blocks of about ``block_tokens`` tokens (one dictionary look-up per
    token, then a sort of the ids in numpy), so memory stays bounded for any corpus.
    """
    from scipy import sparse

    n_docs, width = len(token_lists), max(len(vocabulary), 1)
    get = vocabulary.get
    row_nnz = np.zeros(n_docs, dtype=np.int64)
    indices: list[np.ndarray] = []
    data: list[np.ndarray] = []
    start = 0
    while start < n_docs:
        stop, size = start, 0
        while stop < n_docs and (stop == start or size + len(token_lists[stop]) <= block_tokens):
            size += len(token_lists[stop])
            stop += 1
        block = token_lists[start:stop]
        lengths = np.fromiter((len(tokens) for tokens in block), dtype=np.int64, count=stop - start)
        ids = np.fromiter((get(t, -1) for tokens in block for t in tokens), dtype=np.int64, count=size)
        rows = np.repeat(np.arange(stop - start, dtype=np.int64), lengths)
        known = ids >= 0
        keys, counts = np.unique(rows[known] * width + ids[known], return_counts=True)
        row_nnz[start:stop] = np.bincount(keys // width, minlength=stop - start)
        indices.append(keys % width)
        data.append(counts.astype(np.float64))
        start = stop
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(row_nnz, out=indptr[1:])
    return sparse.csr_matrix(
        (np.concatenate(data) if data else np.zeros(0), np.concatenate(indices) if indices else np.zeros(0, np.int64),
         indptr),
        shape=(n_docs, len(vocabulary)),
    )


def gensim_corpus(bow) -> list[list[tuple[int, int]]]:
    """The rows of a csr count matrix as gensim bags of words ``[(id, count), ...]``."""
    corpus = []
    for r in range(bow.shape[0]):
        start, end = bow.indptr[r], bow.indptr[r + 1]
        corpus.append([(int(i), int(c)) for i, c in zip(bow.indices[start:end], bow.data[start:end])])
    return corpus
