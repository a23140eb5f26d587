"""Segment Chinese official prose into words: jieba + textlab's domain lexicon + stopwords.

The package, by concern:

* :mod:`~textlab.segmentation.segmenter`: the :class:`Segmenter` (``cut``, ``tokenize``, the
  batch and streaming methods) and :func:`segment`;
* :mod:`~textlab.segmentation.dictionary`: user dictionaries, the lexicon, stopword lists,
  frequency choice, and the one process-wide store of built prefix dictionaries;
* :mod:`~textlab.segmentation.backends`: jieba and jieba-rs (``rjieba``), and the check that
  they agree;
* :mod:`~textlab.segmentation.numbers`: number, unit and mask tokens;
* :mod:`~textlab.segmentation.parallel`: process pools for many texts;
* :mod:`~textlab.segmentation.cache`: the opt-in on-disk token cache.

Backends. ``Segmenter(backend="auto")`` (the default) uses jieba-rs through the ``rjieba``
package (``pip install textlab[fast]``; a version with ``Jieba.empty`` and ``add_word``, 0.2.2
tested) when it is importable, and jieba otherwise; ``backend="jieba"`` / ``"rjieba"`` force
one. Both give the same tokens (see :mod:`~textlab.segmentation.backends`), so
:attr:`Segmenter.config_hash` does not depend on the backend. Part-of-speech filtering
(``pos=``) always runs on jieba.posseg.

Batches. :meth:`Segmenter.cut_many` and :meth:`Segmenter.tokenize_many` take ``n_jobs``
(``-1`` = all cores) and use a process pool when the texts are long enough to pay for it;
:meth:`Segmenter.iter_tokenize` streams. With ``cache=True`` (or a directory, or the
environment variable ``TEXTLAB_CACHE=1``) the batch methods keep their results in the on-disk
token cache, keyed by each text's SHA-256 and the segmenter's configuration.

Importing this package builds nothing: dictionaries are built on a segmenter's first use.

    >>> import textlab as tl
    >>> tl.segment("网格员积极参与矛盾纠纷排查化解")
    ['网格员', '积极参与', '矛盾纠纷', '排查化解']
"""

from __future__ import annotations

from typing import Any

from textlab.segmentation.backends import BACKENDS, BackendMismatchError, available_backends
from textlab.segmentation.dictionary import FLOOR, MARGIN, choose_frequencies, read_stopwords, read_user_dict
from textlab.segmentation.segmenter import Segmenter, default_segmenter, segment

__all__ = [
    "Segmenter",
    "segment",
    "default_segmenter",
    "available_backends",
    "BACKENDS",
    "BackendMismatchError",
    "read_user_dict",
    "read_stopwords",
    "choose_frequencies",
    "FLOOR",
    "MARGIN",
    "LEXICON_PATH",
    "STOPWORD_PATHS",
]


def __getattr__(name: str) -> Any:
    # paths of packaged resources, resolved when asked for (nothing is resolved at import)
    if name in ("RESOURCES", "LEXICON_PATH", "STOPWORD_PATHS"):
        from textlab.segmentation import dictionary

        return getattr(dictionary, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
