"""Segmenting many texts: serial loops, and process pools for ``n_jobs`` > 1.

:func:`run_many` serves :meth:`Segmenter.cut_many <textlab.segmentation.Segmenter.cut_many>`
and ``tokenize_many`` (a list in, a list out, a pool only when the texts are long enough to pay
for it); :func:`run_iter` serves the streaming ``iter_cut`` / ``iter_tokenize`` / ``iter_map``
(bounded memory: at most ``2 * workers + 1`` batches in flight). Results come back from the
workers NUL-joined, which pickles several times faster than lists of many small strings.

The only process state is :data:`_WORKER`, filled by the pool's initializer in each worker
process (the segmenter and the preprocess function it runs).
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = ["PARALLEL_MIN_CHARS", "PARALLEL_MIN_CHARS_SPAWN", "cpu_count", "n_workers", "run_many", "run_iter"]

# Below this many characters a process pool costs more than it saves. Fork start: workers
# inherit the built dictionary, but starting them and shipping texts and tokens costs about
# 0.05 s plus 40% of the serial CPU time (measured with rjieba on 2 cores, 0.2-4 M chars).
# Spawn start: each worker builds the dictionary again, about 2-3 s.
PARALLEL_MIN_CHARS = 1_000_000
PARALLEL_MIN_CHARS_SPAWN = 20_000_000
_MIN_BATCH_CHARS = 20_000
_STREAM_BATCH_CHARS = 200_000
_WORKER: dict[str, Any] = {}
_SEP = "\x00"


def cpu_count() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def n_workers(n_jobs: int | None) -> int:
    """Worker count for ``n_jobs`` (joblib's convention: -1 = all cores, -2 = all but one)."""
    if n_jobs is None:
        return 1
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs == 0:
        raise ValueError(f"n_jobs must be a non-zero int (-1 = all cores), got {n_jobs!r}")
    if n_jobs < 0:
        return max(1, cpu_count() + 1 + n_jobs)
    return n_jobs


def start_method() -> str:
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return "fork"
    return "spawn"


def parallel_min_chars() -> int:
    return PARALLEL_MIN_CHARS if start_method() == "fork" else PARALLEL_MIN_CHARS_SPAWN


def run_many(segmenter, method: str, texts: list[str], workers: int) -> list[list[str]]:
    """``segmenter.<method>`` of each text, in order, in a pool when it pays."""
    workers = min(workers, len(texts))
    chars = sum(map(len, texts))
    if workers <= 1 or chars < parallel_min_chars():
        func = getattr(segmenter, method)
        return [func(text) for text in texts]
    batch_chars = max(_MIN_BATCH_CHARS, chars // (8 * workers) + 1)
    return list(_imap(segmenter, method, texts, workers, None, batch_chars))


def run_iter(segmenter, method: str | Callable, texts: Iterable[Any], workers: int, preprocess) -> Iterator[Any]:
    """Stream ``method`` (a Segmenter method name or ``func(segmenter, text)``) over ``texts``."""
    if workers <= 1:
        return _serial(_bound(segmenter, method), texts, preprocess)
    return _imap(segmenter, method, texts, workers, preprocess, _STREAM_BATCH_CHARS)


def _imap(segmenter, method: str | Callable, texts: Iterable[Any], workers: int, preprocess, batch_chars: int) -> Iterator[Any]:
    """Results of ``method`` over ``texts`` from a process pool, in order, at most
    ``2 * workers + 1`` batches in flight."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    segmenter._prepare()  # forked workers inherit the built dictionary
    context = multiprocessing.get_context(start_method())
    unpack = _unpack if isinstance(method, str) else None
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(segmenter, preprocess)
    ) as pool:
        pending: deque = deque()
        for batch in _batches(texts, batch_chars):
            pending.append(pool.submit(_run_batch, method, batch))
            if len(pending) > 2 * workers:
                yield from _results(pending.popleft(), unpack)
        while pending:
            yield from _results(pending.popleft(), unpack)


def _batches(texts: Iterable[Any], batch_chars: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``texts`` holding about ``batch_chars`` characters each."""
    batch: list[Any] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text) if isinstance(text, str) else len(getattr(text, "text", "") or "")
        if size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _init_worker(segmenter, preprocess) -> None:
    _WORKER["segmenter"] = segmenter
    _WORKER["preprocess"] = preprocess


def _bound(segmenter, method: str | Callable) -> Callable[[Any], Any]:
    """``segmenter.cut`` / ``segmenter.tokenize``, or ``func(segmenter, text)``."""
    if isinstance(method, str):
        return getattr(segmenter, method)
    return lambda text: method(segmenter, text)


def _run_batch(method: str | Callable, texts: list[Any]) -> list[Any]:
    func = _bound(_WORKER["segmenter"], method)
    preprocess = _WORKER["preprocess"]
    results = [func(text) for text in texts] if preprocess is None else [func(preprocess(text)) for text in texts]
    return [_pack(tokens) for tokens in results] if isinstance(method, str) else results


def _results(future, unpack) -> Iterator[Any]:
    results = future.result()
    return iter(results) if unpack is None else map(unpack, results)


def _pack(tokens: list[str]) -> str | list[str]:
    """Tokens as one NUL-joined string (pickles several times faster than a list of many
    small strings); the list itself if a token holds a NUL."""
    joined = _SEP.join(tokens)
    return joined if joined.count(_SEP) == len(tokens) - 1 or not tokens else tokens


def _unpack(packed: str | list[str]) -> list[str]:
    if isinstance(packed, list):
        return packed
    return packed.split(_SEP) if packed else []  # tokens are never empty strings


def _serial(func, texts: Iterable[Any], preprocess) -> Iterator[list[str]]:
    for text in texts:
        yield func(preprocess(text) if preprocess is not None else text)
