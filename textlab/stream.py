"""Stream a corpus too large for memory: load -> clean -> tokenize -> TF-IDF and LDA, one pass.

Nothing here holds the corpus: files are read one at a time (:func:`textlab.corpus.iter_documents`),
cleaned and tokenized in batches (in worker processes with ``n_jobs``, a few batches in
flight), and each batch only updates fixed-size state before it is dropped:

* :class:`HashingTfidf` -- TF-IDF over hashed features (the feature indices of scikit-learn's
  ``HashingVectorizer``; no vocabulary to grow): document frequencies are counted as batches
  go by, so the IDF is known after one pass and :meth:`HashingTfidf.transform` works on any
  later batch. It also remembers one token per feature, to name features. The workers send
  back bags of tokens (distinct tokens and counts), not token lists.
* online LDA (gensim's ``LdaModel.update``, Hoffman et al.'s single-pass variational Bayes)
  over the same hashed counts, ``lda_chunksize`` documents per update.

Memory is bounded by ``n_features`` x ``n_topics`` (the LDA state), the dictionary of the
segmenter and a few batches, whatever the size of the corpus. ``benchmarks/bench_stream.py``
runs it over a generated 1 GB corpus and reports peak memory.

Example:
    >>> result = stream_corpus("seeds/party_building", n_topics=2, n_features=2**14)  # doctest: +SKIP
    >>> result.n_documents, len(result.topics(top_n=5))  # doctest: +SKIP
    (5, 2)
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["HashingTfidf", "StreamResult", "bag_of_tokens", "iter_texts", "stream_corpus", "Progress"]


# tokens whose feature index is remembered (beyond this, hashed again per batch)
_BUCKET_MEMO = 1_000_000


# --------------------------------------------------------------------------- input


def iter_texts(source: Any, *, skipped: list | None = None) -> Iterator[str]:
    """Texts one at a time from a file or folder (via :func:`textlab.corpus.iter_documents`,
    unreadable files appended to ``skipped``), or from an iterable of str / Document.

    >>> list(iter_texts(["党建引领"]))
    ['党建引领']
    """
    if isinstance(source, (str, os.PathLike)):
        from textlab.corpus import iter_documents

        for document in iter_documents(source, skipped=skipped):
            yield document.text
        return
    for index, item in enumerate(source):
        text = item if isinstance(item, str) else getattr(item, "text", None)
        if not isinstance(text, str):
            raise TypeError(f"item {index} is {type(item).__name__}, expected str or Document")
        yield text


# --------------------------------------------------------------------------- TF-IDF


Bag = tuple[list[str], np.ndarray]  # distinct tokens of a text (first-seen order) and their counts


def bag_of_tokens(tokens: Iterable[str]) -> Bag:
    """``(distinct tokens in first-seen order, their counts)``.

    >>> bag_of_tokens(["党建", "引领", "党建"])
    (['党建', '引领'], array([2, 1], dtype=int32))
    """
    from collections import Counter

    counter = Counter(tokens)
    return list(counter), np.fromiter(counter.values(), dtype=np.int32, count=len(counter))


class HashingTfidf:
    """TF-IDF over hashed token features, fitted batch by batch (bounded memory).

    A token's feature is ``abs(murmurhash3_32(token, seed=0)) % n_features``, the index
    scikit-learn's ``HashingVectorizer(alternate_sign=False)`` gives it.

    Args:
        n_features: number of hashed features (columns); collisions are rare below
            ``n_features / 10`` distinct tokens.
        sublinear_tf: use ``1 + log(tf)``.
        norm: ``"l2"``, ``"l1"`` or None for the rows of :meth:`transform`.
        smooth_idf: ``idf = ln((1 + n) / (1 + df)) + 1`` (scikit-learn's default), else
            ``ln(n / df) + 1``.

    Learned: ``n_documents_``, ``document_frequencies_`` (per feature), ``idf_``,
    ``feature_names_`` (feature -> its most frequent token, see :meth:`_name_features`).

    >>> tfidf = HashingTfidf(n_features=2**10).partial_fit([["党建", "引领"], ["党建", "治理"]])
    >>> tfidf.n_documents_, tfidf.transform([["党建", "治理"]]).shape
    (2, (1, 1024))
    """

    def __init__(self, n_features: int = 2**18, *, sublinear_tf: bool = False, norm: str | None = "l2",
                 smooth_idf: bool = True) -> None:
        self.n_features = n_features
        self.sublinear_tf = sublinear_tf
        self.norm = norm
        self.smooth_idf = smooth_idf

    def _check_params(self) -> None:
        if not isinstance(self.n_features, int) or isinstance(self.n_features, bool) or self.n_features < 1:
            raise ValueError(f"n_features must be a positive int, got {self.n_features!r}")
        if self.norm not in ("l1", "l2", None):
            raise ValueError(f"norm must be 'l1', 'l2' or None, got {self.norm!r}")

    def _indices(self, tokens: list[str]) -> np.ndarray:
        """Feature index of each token (memoised per token, up to _BUCKET_MEMO tokens)."""
        memo = self.__dict__.setdefault("_buckets", {})
        get = memo.get
        out = np.empty(len(tokens), dtype=np.int64)
        for position, token in enumerate(tokens):
            index = get(token)
            if index is None:
                from sklearn.utils.murmurhash import murmurhash3_32

                index = abs(murmurhash3_32(token, seed=0)) % self.n_features
                if len(memo) < _BUCKET_MEMO:
                    memo[token] = index
            out[position] = index
        return out

    def counts_from_bags(self, bags: list[Bag], indices: list[np.ndarray] | None = None):
        """Term counts (``scipy.sparse.csr_matrix``, n_texts x n_features) from bags of tokens
        (``indices``: the feature indices of each bag's tokens, if known)."""
        from scipy.sparse import csr_matrix

        self._check_params()
        if indices is None:
            indices = [self._indices(tokens) for tokens, _counts in bags]
        indptr = np.zeros(len(bags) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(tokens) for tokens, _counts in bags])
        indices = np.concatenate(indices or [np.empty(0, np.int64)])
        data = np.concatenate([counts for _tokens, counts in bags] or [np.empty(0, np.int32)]).astype(np.float64)
        matrix = csr_matrix((data, indices, indptr), shape=(len(bags), self.n_features))
        matrix.sum_duplicates()  # colliding tokens of one text share a feature
        return matrix

    def counts(self, token_lists: list[list[str]]):
        """Raw term counts, a ``scipy.sparse.csr_matrix`` (n_texts x n_features)."""
        return self.counts_from_bags([bag_of_tokens(tokens) for tokens in token_lists])

    def partial_fit(self, token_lists: list[list[str]]) -> HashingTfidf:
        """Count the document frequencies of one batch of token lists."""
        self.partial_fit_bags([bag_of_tokens(tokens) for tokens in token_lists])
        return self

    def partial_fit_bags(self, bags: list[Bag]):
        """:meth:`partial_fit` from bags of tokens; returns the batch's count matrix."""
        self._check_params()
        indices = [self._indices(tokens) for tokens, _counts in bags]
        counts = self.counts_from_bags(bags, indices)
        if not hasattr(self, "document_frequencies_"):
            self.document_frequencies_ = np.zeros(self.n_features, dtype=np.int64)
            self.n_documents_ = 0
            self.feature_names_: dict[int, str] = {}
            self._weights: dict[int, int] = {}
        self.document_frequencies_ += np.bincount(counts.indices, minlength=self.n_features)
        self.n_documents_ += counts.shape[0]
        self._name_features(bags, indices)
        return counts

    def _name_features(self, bags: list[Bag], indices: list[np.ndarray]) -> None:
        """Name each feature after its most frequent token: a weighted majority vote per
        feature (Boyer-Moore), so a token holding most of its feature's occurrences always wins."""
        names, weights = self.feature_names_, self._weights
        for (tokens, counts), bag_indices in zip(bags, indices):
            for token, count, index in zip(tokens, counts.tolist(), bag_indices.tolist()):
                leader = names.get(index)
                if leader == token:
                    weights[index] += count
                elif leader is None or count > weights[index]:
                    weights[index] = count - weights.get(index, 0)
                    names[index] = token
                else:
                    weights[index] -= count

    @property
    def idf_(self) -> np.ndarray:
        """Inverse document frequency per feature (0 for features never seen)."""
        if not hasattr(self, "document_frequencies_"):
            raise ValueError("HashingTfidf is not fitted yet: call partial_fit() with a batch first")
        n, df = self.n_documents_, self.document_frequencies_
        if self.smooth_idf:
            idf = np.log((1 + n) / (1 + df)) + 1
        else:
            with np.errstate(divide="ignore"):
                idf = np.where(df > 0, np.log(n / np.maximum(df, 1)) + 1, 0.0)
        return np.where(df > 0, idf, 0.0)

    def transform(self, token_lists: list[list[str]], counts=None):
        """TF-IDF rows (csr_matrix) for ``token_lists`` with the IDF learned so far."""
        from sklearn.preprocessing import normalize

        matrix = (self.counts(token_lists) if counts is None else counts).astype(np.float64)
        if self.sublinear_tf:
            matrix.data = np.log(matrix.data) + 1
        matrix = matrix.multiply(self.idf_[np.newaxis, :]).tocsr()
        return normalize(matrix, norm=self.norm, copy=False) if self.norm else matrix

    def top_features(self, top_n: int = 20) -> list[tuple[str, int]]:
        """The ``top_n`` named features with the highest document frequency."""
        df = self.document_frequencies_
        order = np.argsort(-df, kind="stable")[: top_n * 2]
        out = [(self.feature_names_.get(int(i), f"#{i}"), int(df[i])) for i in order if df[i] > 0]
        return out[:top_n]

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_buckets", None)
        return state


# --------------------------------------------------------------------------- progress


def _rss_mb() -> float:
    """This process's resident set size in MB (0 where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Progress:
    """Prints one progress line to ``stream`` (stderr) at most every ``every`` seconds.

    Called with a dict: ``documents``, ``chars``, ``seconds``, ``rss_mb``, ``done``.
    """

    def __init__(self, every: float = 10.0, stream=None) -> None:
        self.every = every
        self.stream = stream
        self._last = float("-inf")

    def __call__(self, info: dict[str, Any]) -> None:
        now = time.perf_counter()
        if not info.get("done") and now - self._last < self.every:
            return
        self._last = now
        rate = info["chars"] / max(info["seconds"], 1e-9) / 1e6
        print(
            f"stream: {info['documents']:,} documents, {info['chars'] / 1e6:,.1f} M chars, "
            f"{info['seconds']:,.0f} s, {rate:.2f} M chars/s, RSS {info['rss_mb']:,.0f} MB"
            + (" (done)" if info.get("done") else ""),
            file=self.stream or sys.stderr,
            flush=True,
        )


# --------------------------------------------------------------------------- the pipeline


@dataclass
class StreamResult:
    """What :func:`stream_corpus` learned, and what it cost."""

    tfidf: HashingTfidf
    lda: Any  # gensim LdaModel over the hashed features, or None
    n_documents: int
    n_chars: int
    n_tokens: int
    seconds: float
    skipped: list = field(default_factory=list)

    def topics(self, top_n: int = 10) -> list[list[tuple[str, float]]]:
        """Top tokens per LDA topic as ``(token, probability)`` (features named by the TF-IDF)."""
        if self.lda is None:
            raise ValueError("no LDA model: stream_corpus(..., n_topics=0) was called")
        names = self.tfidf.feature_names_
        return [
            [(names.get(int(i), f"#{i}"), float(p)) for i, p in self.lda.get_topic_terms(k, topn=top_n)]
            for k in range(self.lda.num_topics)
        ]


def stream_corpus(
    source: Any,
    *,
    segmenter: Any = None,
    clean: bool = True,
    n_features: int = 2**18,
    n_topics: int = 10,
    lda_chunksize: int = 256,
    iterations: int = 50,
    random_state: int | None = 0,
    n_jobs: int | None = 1,
    progress: bool | Callable[[dict], None] | None = None,
) -> StreamResult:
    """One pass over ``source`` (a file, a folder, or an iterable of str/Document): clean,
    tokenize, count TF-IDF document frequencies, and train online LDA -- in bounded memory.

    Args:
        segmenter: a :class:`textlab.segmentation.Segmenter`; default ``Segmenter(min_len=2)``.
        clean: run :func:`textlab.cleaning.clean` on each text first (in the workers).
        n_features: hashed features (see :class:`HashingTfidf`).
        n_topics: LDA topics; 0 skips LDA.
        lda_chunksize: documents per online-LDA update (and held at once for it).
        iterations: variational iterations per document.
        random_state: seed of the LDA initialisation.
        n_jobs: processes for cleaning and tokenizing (-1 = all cores).
        progress: True for a line on stderr every 10 s, or a callable taking a dict.

    >>> result = stream_corpus(["推进党建引领基层治理"] * 3, n_topics=2, n_features=2**10)
    >>> result.n_documents, result.tfidf.n_documents_
    (3, 3)
    """
    from textlab.segmentation import Segmenter

    if segmenter is None:
        segmenter = Segmenter(min_len=2)
    if not isinstance(n_topics, int) or n_topics < 0:
        raise ValueError(f"n_topics must be a non-negative int, got {n_topics!r}")
    if not isinstance(lda_chunksize, int) or lda_chunksize < 1:
        raise ValueError(f"lda_chunksize must be a positive int, got {lda_chunksize!r}")
    report = Progress() if progress is True else (progress or None)
    preprocess = None
    if clean:
        from textlab.cleaning import clean as preprocess

    tfidf = HashingTfidf(n_features=n_features)
    skipped: list = []
    started = time.perf_counter()
    stats = {"documents": 0, "chars": 0, "tokens": 0}

    def counted(texts: Iterable[str]) -> Iterator[str]:
        for text in texts:
            stats["chars"] += len(text)
            yield text

    with _quiet_gensim_progress():
        lda = _new_lda(n_features, n_topics, lda_chunksize, iterations, random_state) if n_topics else None
        bags = segmenter.iter_map(_bag, counted(iter_texts(source, skipped=skipped)), n_jobs=n_jobs,
                                  preprocess=preprocess)
        for batch in _chunks(bags, lda_chunksize):
            counts = tfidf.partial_fit_bags(batch)
            if lda is not None:
                _update_lda(lda, counts)
            stats["documents"] += len(batch)
            stats["tokens"] += int(counts.sum())
            if report:
                report(_info(stats, started, done=False))
    if stats["documents"] == 0:
        raise ValueError(f"no documents in {source!r}" + (f" ({len(skipped)} files skipped)" if skipped else ""))
    if report:
        report(_info(stats, started, done=True))
    return StreamResult(tfidf, lda, stats["documents"], stats["chars"], stats["tokens"],
                        time.perf_counter() - started, skipped)


def _bag(segmenter: Any, text: str) -> Bag:
    """Tokenize and count, in the worker: only distinct tokens travel back."""
    return bag_of_tokens(segmenter.tokenize(text))


def _info(stats: dict, started: float, *, done: bool) -> dict[str, Any]:
    return {**stats, "seconds": time.perf_counter() - started, "rss_mb": _rss_mb(), "done": done}


@contextmanager
def _quiet_gensim_progress() -> Iterator[None]:
    """Within the block, gensim's INFO and DEBUG records (a few lines per online-LDA update) are
    dropped, unless a level was set on the ``gensim`` logger; on leaving, its level is what it was.

    Nothing else about logging changes: handlers, other loggers, and gensim's warnings stay as the
    caller set them up. (textlab 0.1.0 set the ``gensim`` logger to WARNING for good.)
    """
    logger = logging.getLogger("gensim")
    previous = logger.level
    if previous == logging.NOTSET:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(previous)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _new_lda(n_features: int, n_topics: int, chunksize: int, iterations: int, random_state):
    from gensim.models import LdaModel
    from gensim.utils import FakeDict

    return LdaModel(
        id2word=FakeDict(n_features), num_topics=n_topics, chunksize=chunksize, iterations=iterations,
        passes=1, update_every=1, eval_every=None, random_state=random_state, dtype=np.float32,
    )


def _update_lda(lda, counts) -> None:
    """One online-LDA update with the rows of a csr count matrix (empty rows skipped)."""
    bows = []
    for row in range(counts.shape[0]):
        start, end = counts.indptr[row], counts.indptr[row + 1]
        if end > start:
            bows.append(list(zip(counts.indices[start:end].tolist(), counts.data[start:end].tolist())))
    if bows:
        lda.update(bows, chunksize=len(bows))
