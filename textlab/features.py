"""TF-IDF features, keywords and document similarity on textlab's domain-aware tokens.

* :class:`TfidfVectorizer` is scikit-learn's ``TfidfVectorizer`` whose default analyzer cleans
  the text (:func:`textlab.cleaning.clean`) and tokenizes it with :class:`textlab.segmentation.Segmenter`;
  it works in ``Pipeline`` / ``GridSearchCV`` and pickles without lambdas.
* :func:`keywords` ranks the terms of each text by TF-IDF, with IDF from the texts themselves
  (``idf="corpus"``) or from the packaged table of the report corpus (``idf="reports"``: IDF over
  the paragraphs of seeds/gov_reports, built by ``scripts/build_idf.py``), so that one document
  alone still gets sensible keywords.
* :func:`similarity` is the cosine similarity matrix of the texts' TF-IDF vectors.

Example:
    >>> kw = keywords("网格员参与矛盾纠纷排查化解，推动网格化管理。网格化管理覆盖全部小区。", top_k=3, idf="reports")
    >>> [term for term, _ in kw]
    ['网格化管理', '网格员', '小区']
"""

from __future__ import annotations

import functools
import math
import os
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer as _SklearnTfidfVectorizer

from textlab.segmentation import RESOURCES, Segmenter

__all__ = ["TfidfVectorizer", "TextlabTokenizer", "keywords", "keyword_scores", "choose_idf", "similarity",
           "load_report_idf", "IDF_PATH", "CORPUS_IDF_MIN_DOCS", "document_frequencies"]

IDF_PATH = RESOURCES / "idf_reports.txt"

_LOCK = threading.RLock()
_SEGMENTERS: dict[tuple, Segmenter] = {}


def clean_text(text: str) -> str:
    """:func:`textlab.cleaning.clean` (normalise, strip web chrome, t2s, unify masks)."""
    from textlab.cleaning import clean

    return clean(text)


def _freeze(value: Any) -> Any:
    """A hashable, order-stable form of a Segmenter option (for the segmenter cache key)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(value)))
    if isinstance(value, (list, tuple)):
        return tuple(value)
    raise TypeError(f"unsupported Segmenter option value {value!r}")


class TextlabTokenizer:
    """Picklable tokenizer callable: ``clean`` (optional) then ``Segmenter(**options).tokenize``.

    Only the options are stored (and pickled); the Segmenter itself is built once per process
    and option set and shared.

    >>> tok = TextlabTokenizer(min_len=2)
    >>> tok("各社区要切实抓好网格化管理")
    ['社区', '网格化管理']
    >>> import pickle; pickle.loads(pickle.dumps(tok)) == tok
    True
    """

    def __init__(
        self,
        *,
        clean: bool = True,
        user_dict: Any = None,
        lexicon: Any = True,
        stopwords: Any = True,
        min_len: int = 1,
        pos: Iterable[str] | None = None,
        hmm: bool = True,
    ) -> None:
        self.clean = bool(clean)
        self.options = {
            "user_dict": _freeze(user_dict),
            "lexicon": _freeze(lexicon),
            "stopwords": _freeze(stopwords),
            "min_len": min_len,
            "pos": _freeze(frozenset(pos)) if pos is not None else None,
            "hmm": bool(hmm),
        }

    def _key(self) -> tuple:
        return tuple(sorted(self.options.items()))

    @property
    def segmenter(self) -> Segmenter:
        """The shared Segmenter for these options."""
        key = self._key()
        with _LOCK:
            if key not in _SEGMENTERS:
                opts = dict(self.options)
                for name in ("user_dict", "stopwords"):
                    if isinstance(opts[name], tuple):
                        opts[name] = list(opts[name][1] if opts[name][:1] == ("set",) else opts[name])
                if opts["pos"] is not None:
                    opts["pos"] = set(opts["pos"][1])
                user_dict = opts.pop("user_dict")
                _SEGMENTERS[key] = Segmenter(user_dict, **opts)
            return _SEGMENTERS[key]

    def __call__(self, text: str) -> list[str]:
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        return self.segmenter.tokenize(clean_text(text) if self.clean else text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TextlabTokenizer) and (self.clean, self._key()) == (other.clean, other._key())

    def __hash__(self) -> int:
        return hash((self.clean, self._key()))

    def __repr__(self) -> str:
        changed = {k: v for k, v in self.options.items() if v != _DEFAULT_OPTIONS[k]}
        args = ", ".join([f"clean={self.clean}"] * (not self.clean) + [f"{k}={v!r}" for k, v in changed.items()])
        return f"TextlabTokenizer({args})"


_DEFAULT_OPTIONS = {"user_dict": None, "lexicon": True, "stopwords": True, "min_len": 1, "pos": None, "hmm": True}


def _clean_then(text: str, then) -> str:
    return then(clean_text(text))


class TfidfVectorizer(_SklearnTfidfVectorizer):
    """scikit-learn's TfidfVectorizer with textlab's cleaning and tokenizer as defaults.

    All of scikit-learn's parameters are accepted (``token_pattern`` defaults to None and
    ``lowercase`` to False, because textlab's tokenizer does the tokenizing). Extra parameters:

    Args:
        min_len: minimum token length for the default tokenizer.
        pos: allowed POS prefixes for the default tokenizer (e.g. ``{"n", "v"}``), or None.
        clean: run :func:`textlab.cleaning.clean` on each text first (when no ``preprocessor``).

    Example:
        >>> vec = TfidfVectorizer(min_len=2)
        >>> X = vec.fit_transform(["网格员参与矛盾纠纷化解", "党建引领基层治理"])
        >>> X.shape, "矛盾纠纷" in vec.vocabulary_
        ((2, 6), True)
    """

    def __init__(
        self,
        *,
        input: str = "content",
        encoding: str = "utf-8",
        decode_error: str = "strict",
        strip_accents: Any = None,
        lowercase: bool = False,
        preprocessor: Any = None,
        tokenizer: Any = None,
        analyzer: Any = "word",
        stop_words: Any = None,
        token_pattern: Any = None,
        ngram_range: tuple[int, int] = (1, 1),
        max_df: float | int = 1.0,
        min_df: float | int = 1,
        max_features: int | None = None,
        vocabulary: Any = None,
        binary: bool = False,
        dtype: Any = np.float64,
        norm: str | None = "l2",
        use_idf: bool = True,
        smooth_idf: bool = True,
        sublinear_tf: bool = False,
        min_len: int = 1,
        pos: Any = None,
        clean: bool = True,
    ) -> None:
        super().__init__(
            input=input,
            encoding=encoding,
            decode_error=decode_error,
            strip_accents=strip_accents,
            lowercase=lowercase,
            preprocessor=preprocessor,
            tokenizer=tokenizer,
            analyzer=analyzer,
            stop_words=stop_words,
            token_pattern=token_pattern,
            ngram_range=ngram_range,
            max_df=max_df,
            min_df=min_df,
            max_features=max_features,
            vocabulary=vocabulary,
            binary=binary,
            dtype=dtype,
            norm=norm,
            use_idf=use_idf,
            smooth_idf=smooth_idf,
            sublinear_tf=sublinear_tf,
        )
        self.min_len = min_len
        self.pos = pos
        self.clean = clean

    def build_tokenizer(self):
        """``tokenizer`` if given, else a :class:`TextlabTokenizer` (min_len, pos)."""
        if self.tokenizer is not None:
            return self.tokenizer
        return TextlabTokenizer(clean=False, min_len=self.min_len, pos=self.pos)

    def build_preprocessor(self):
        """``preprocessor`` if given; else textlab's clean (if ``clean``) then scikit-learn's."""
        base = super().build_preprocessor()
        if self.preprocessor is not None or not self.clean:
            return base
        return functools.partial(_clean_then, then=base)


# --------------------------------------------------------------------------- report IDF


@functools.lru_cache(maxsize=4)
def _load_idf(path: str) -> tuple[int, dict[str, int]]:
    text = Path(path).read_text(encoding="utf-8-sig")
    n_docs = None
    df: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("# n_paragraphs:"):
                n_docs = int(line.split(":", 1)[1])
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].isdigit():
            raise ValueError(f"IDF table {path}, line {lineno}: expected 'term<TAB>df', got {line!r}")
        df[parts[0]] = int(parts[1])
    if n_docs is None:
        raise ValueError(f"IDF table {path} has no '# n_paragraphs: N' header line")
    return n_docs, df


def load_report_idf(path: str | os.PathLike = IDF_PATH) -> tuple[int, dict[str, int]]:
    """The packaged document-frequency table: (number of paragraphs, term -> paragraphs with it).

    >>> n, df = load_report_idf()
    >>> n > 10000 and df["高质量发展"] > 100
    True
    """
    return _load_idf(os.fspath(path))


def _report_idf(term: str, n_docs: int, df: dict[str, int]) -> float:
    """Smoothed IDF as in scikit-learn: ln((1 + n) / (1 + df)) + 1; unseen terms get df = 0."""
    return math.log((1 + n_docs) / (1 + df.get(term, 0))) + 1.0


# --------------------------------------------------------------------------- keywords, similarity


def _tokenizer_for(segmenter: Segmenter | None, min_len: int):
    if segmenter is None:
        return TextlabTokenizer(min_len=min_len)
    if not isinstance(segmenter, Segmenter):
        raise TypeError(f"segmenter must be a textlab Segmenter, got {type(segmenter).__name__}")
    return lambda text: segmenter.tokenize(clean_text(text))


def _as_list(texts: str | Sequence[str]) -> tuple[list[str], bool]:
    if isinstance(texts, str):
        return [texts], True
    if isinstance(texts, (bytes, bytearray)):
        raise TypeError("texts must be str or a list of str, not bytes")
    texts = list(texts)
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"text {i} is {type(text).__name__}, expected str")
    return texts, False


def _is_token_list(item: Any) -> bool:
    return isinstance(item, (list, tuple)) and all(isinstance(t, str) for t in item)


def _token_lists(texts: Any, tokenize, min_len: int) -> tuple[list[list[str]], bool]:
    """Token lists of ``texts`` (raw strings, or a list of token lists used as given apart from
    ``min_len``) and whether one text was given."""
    if not isinstance(texts, (str, bytes, bytearray)) and isinstance(texts, Iterable):
        items = list(texts)
        if items and all(not isinstance(item, str) and _is_token_list(item) for item in items):
            return [[t for t in item if len(t) >= min_len] for item in items], False
        texts = items
    docs, single = _as_list(texts)
    return [tokenize(text) for text in docs], single


def _top(row: dict[str, float], top_k: int) -> list[tuple[str, float]]:
    ranked = sorted(row.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(term, float(score)) for term, score in ranked[:top_k]]


#: fewer documents than this: ``idf="auto"`` uses the packaged report IDF (IDF fitted on a
#: handful of texts says little); the main job (``textlab analyze``) and ``textlab keywords`` use it.
CORPUS_IDF_MIN_DOCS = 20


def choose_idf(n_documents: int) -> str:
    """``"reports"`` below ``CORPUS_IDF_MIN_DOCS`` documents, else ``"corpus"`` (what ``idf="auto"`` means).

    >>> choose_idf(5), choose_idf(118)
    ('reports', 'corpus')
    """
    return "reports" if n_documents < CORPUS_IDF_MIN_DOCS else "corpus"


def document_frequencies(counts: Iterable[Counter]) -> tuple[int, Counter]:
    """(number of documents, term -> documents containing it) of term counts: what ``idf="corpus"``
    needs; sums of these over parts of a corpus give the whole corpus's (a reduction)."""
    n_docs, df = 0, Counter()
    for terms in counts:
        n_docs += 1
        df.update(terms.keys())
    return n_docs, df


def _vectors(counts: list[Counter], idf: str, frequencies: tuple[int, Counter] | None = None) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors (as dicts) of term counts, with sublinear TF (1 + ln count)
    so that one very frequent word does not crowd out the rest, and the smoothed IDF of
    scikit-learn, ln((1 + n) / (1 + df)) + 1: over the packaged report table (``"reports"``)
    or over these documents (``"corpus"``; ``frequencies`` gives the whole corpus's
    :func:`document_frequencies` when ``counts`` is only part of it)."""
    if idf == "reports":
        n_docs, df = load_report_idf()
    elif frequencies is not None:
        n_docs, df = frequencies
    else:
        n_docs, df = document_frequencies(counts)
    rows = []
    for terms in counts:
        row = {t: (1.0 + math.log(c)) * _report_idf(t, n_docs, df) for t, c in terms.items()}
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        rows.append({t: v / norm for t, v in row.items()})
    return rows


def keyword_scores(
    counts: Sequence[Counter], top_k: int = 10, *, idf: str = "corpus", frequencies: tuple[int, Counter] | None = None
) -> list[list[tuple[str, float]]]:
    """Top TF-IDF terms per document from its term counts (what :func:`keywords` computes after
    tokenizing; the main job keeps only the counts of each document's tokens).

    ``idf``: ``"corpus"``, ``"reports"`` or ``"auto"`` (:func:`choose_idf` of the number of documents).
    ``frequencies``: the :func:`document_frequencies` of the whole corpus when ``counts`` is one
    partition of it (the Dask engine); ``"auto"`` then decides by the whole corpus's size.
    """
    if not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 1:
        raise ValueError(f"top_k must be a positive int, got {top_k!r}")
    if idf not in ("corpus", "reports", "auto"):
        raise ValueError(f"idf must be 'corpus', 'reports' or 'auto', got {idf!r}")
    counts = list(counts)
    if idf == "auto":
        idf = choose_idf(frequencies[0] if frequencies is not None else len(counts))
    return [_top(row, top_k) for row in _vectors(counts, idf, frequencies)]


def keywords(
    texts: str | Sequence[str] | Sequence[Sequence[str]],
    top_k: int = 10,
    *,
    idf: str = "corpus",
    segmenter: Segmenter | None = None,
    min_len: int = 2,
) -> list[tuple[str, float]] | list[list[tuple[str, float]]]:
    """Top TF-IDF terms of each text, best first: ``[(term, score), ...]``.

    Args:
        texts: one text (returns one list) or a list of texts (returns a list per text);
            raw text is fine: it is cleaned first. A list of token lists (such as the ``tokens``
            of :func:`textlab.units.parse`, joined per document) is used as given, without
            cleaning or segmenting again; only tokens shorter than ``min_len`` are left out.
        top_k: how many terms per text.
        idf: ``"corpus"`` (IDF over ``texts`` themselves), ``"reports"`` (the packaged IDF
            of the report corpus: use it for one text alone or for a handful of texts) or
            ``"auto"`` (:func:`choose_idf`: reports below ``CORPUS_IDF_MIN_DOCS`` texts).
        segmenter: a :class:`Segmenter` to tokenize with; default ``Segmenter(min_len=min_len)``.
        min_len: minimum term length for the default segmenter (2: single characters are
            rarely useful keywords).

    Scores are the entries of the L2-normalised TF-IDF vector with sublinear TF
    (1 + ln count); ties break alphabetically.

    >>> result = keywords(["党建引领基层治理，基层治理见成效", "网格员化解矛盾纠纷"], top_k=1)
    >>> [[(term, round(score, 2)) for term, score in kw] for kw in result]
    [[('基层治理', 0.77)], [('化解', 0.58)]]
    >>> [[(t, round(s, 2)) for t, s in kw] for kw in keywords([["基层治理", "基层治理", "党建引领"], ["网格员"]], top_k=1, idf="reports")]
    [[('基层治理', 0.82)], [('网格员', 1.0)]]
    """
    if not isinstance(top_k, int) or top_k < 1:
        raise ValueError(f"top_k must be a positive int, got {top_k!r}")
    if idf not in ("corpus", "reports", "auto"):
        raise ValueError(f"idf must be 'corpus', 'reports' or 'auto', got {idf!r}")
    token_lists, single = _token_lists(texts, _tokenizer_for(segmenter, min_len), min_len)
    result = keyword_scores([Counter(tokens) for tokens in token_lists], top_k, idf=idf)
    return result[0] if single else result


def similarity(
    texts: Sequence[str], *, idf: str = "corpus", segmenter: Segmenter | None = None, min_len: int = 2
) -> np.ndarray:
    """Cosine similarity matrix (n_texts x n_texts) of the texts' TF-IDF vectors.

    >>> S = similarity(["党建引领基层治理", "推进基层治理", "高标准农田建设"])
    >>> S.shape, round(float(S[0, 0]), 6), bool(S[0, 1] > S[0, 2])
    ((3, 3), 1.0, True)
    """
    if idf not in ("corpus", "reports"):
        raise ValueError(f"idf must be 'corpus' or 'reports', got {idf!r}")
    docs, _single = _as_list(texts)
    if _single:
        raise TypeError("similarity() needs a list of texts, got a single str")
    tokenize = _tokenizer_for(segmenter, min_len)
    rows = _vectors([Counter(tokenize(text)) for text in docs], idf)
    vocab = {t: j for j, t in enumerate(sorted({t for row in rows for t in row}))}
    M = np.zeros((len(rows), len(vocab)))
    for i, row in enumerate(rows):
        for t, v in row.items():
            M[i, vocab[t]] = v
    S = M @ M.T
    empty = ~M.any(axis=1)
    S[np.ix_(empty, empty)] = 0.0
    np.fill_diagonal(S, np.where(empty, 0.0, 1.0))
    return S
