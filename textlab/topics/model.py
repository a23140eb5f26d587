"""Topic models (LDA) for Chinese official documents: gensim underneath, scikit-learn on top.

:class:`TopicModel` turns raw paragraphs (or token lists) into topics you can read, label, plot,
compare across years and regions, defend with coherence scores, and save in a format that
cannot run code when it is loaded.

Example:
    >>> from textlab.topics import TopicModel, load_topic_model
    >>> tm = load_topic_model()               # the shipped model of the report corpus
    >>> tm.topic_labels()[5]
    '文化·教育·人才'
    >>> tm.transform(["办好人民满意的教育，发展职业教育。"]).round(2)
    array([[0.02, 0.02, 0.02, 0.02, 0.02, 0.82, 0.02, 0.02, 0.02, 0.02]])
    >>> mine = TopicModel(n_topics=10, random_state=0).fit(paragraphs)    # doctest: +SKIP
    >>> mine.save("my_model"); TopicModel.load("my_model")                # doctest: +SKIP

Pipeline. A raw string is cleaned (:func:`textlab.cleaning.clean`) and tokenized with a
:class:`textlab.segmentation.Segmenter` (domain lexicon, stopwords; the default drops one-character
tokens, ``min_len=2``); a token list is used as given. Texts with fewer than ``min_tokens``
tokens do not train. The vocabulary keeps tokens found in at least ``no_below`` texts and at
most a share ``no_above`` of them, then the ``keep_n`` most frequent; ties are broken by the
token itself, so ids never depend on hashing. LDA starts from an NMF of the TF-IDF matrix
(``init="nmf"``), which gives markedly more coherent and more stable topics than gensim's
random start on this genre (numbers in the :class:`TopicModel` docstring).

Determinism. Training uses the single-process ``gensim.models.LdaModel`` seeded with
``random_state``: the same texts and seed give identical topics in the same process and in a
fresh one with another ``PYTHONHASHSEED`` (tested). ``LdaMulticore`` does not: on the report
paragraphs (9,608 paragraphs, K=10, passes=5, random_state=0, workers=1, gensim 4.4, 2 cores)
two runs in separate processes gave topic-word matrices differing by up to 0.039 (absolute, in
probability) and different top-10 word sets for all 10 topics, while two LdaModel runs were
identical to the last bit; presumably its worker results are merged in the order they arrive.
It is not used. :meth:`TopicModel.transform` does not use gensim's inference either, which
starts every document from random Gamma(100, 1/100) draws: it runs the same variational
updates (the Lee-Seung form used by gensim) from gamma = 1, the mean of that distribution, so
it needs no random numbers at all. A text's topic shares do not depend on the other texts in
the call, and repeated calls, and calls after save/load, give identical arrays.

Corpus size. Left unset, ``no_below`` and ``no_above`` adapt to the number n of training texts
(:func:`default_df_limits`): at least 1 % of the texts but between 2 and 5 of them, and at most
10 % of them but never fewer than 20 texts. From 500 texts on that is the fixed 5 / 10 % the
shipped model was trained with; a single document's dozen paragraphs still get a vocabulary.
Below :data:`MIN_TRAINING_TEXTS` training texts, or with fewer vocabulary tokens than topics,
``fit`` raises :class:`CorpusTooSmallError` (a ``ValueError``) saying what to do.

Saved format (``save(path)``: a directory, no pickle anywhere; written and read by
:mod:`textlab.persistence`, which owns every check):

* ``manifest.json`` - format name and version, textlab version, creation time, library
  versions, the constructor parameters, the document-frequency limits used, the segmenter's
  ``config_hash``, and the SHA-256 of every other file;
* ``arrays.npz`` - ``components`` (lambda, K x V), ``exp_elog_beta`` (exp E[log beta], K x V),
  ``alpha`` (K), ``eta`` (V); float arrays, never unpickled;
* ``vocabulary.json`` - tokens in id order, their document and term frequencies, the number
  of training texts.

:meth:`TopicModel.load` treats the folder as hostile (plain file names only, no symbolic links,
size limits, hashes, then every value checked: shapes against the vocabulary, finite and
positive priors and topic-word weights, valid parameters) and raises :class:`ModelFormatError`
naming the file and the problem.
"""

from __future__ import annotations

import inspect
import math
import numbers
import time
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from textlab.persistence import ArraySpec, ModelFormatError, check_strings, json_bytes, npz_bytes, open_model, write_model

if TYPE_CHECKING:  # heavy imports stay inside functions
    import pandas
    from matplotlib.figure import Figure

__all__ = [
    "TopicModel",
    "load_topic_model",
    "sweep_k",
    "choose_k",
    "plot_sweep",
    "document_npmi",
    "topic_diversity",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ModelFormatError",
    "CorpusTooSmallError",
    "MIN_TRAINING_TEXTS",
    "default_df_limits",
]

FORMAT_NAME = "textlab.topics.TopicModel"
#: Version of the saved-model layout. Bump it when the layout changes; keep reading old ones.
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ARRAYS = "arrays.npz"
VOCABULARY = "vocabulary.json"


def _default_model_dir() -> Path:
    """The shipped report model: in the checkout, in the installed data files, or $TEXTLAB_MODELS."""
    from textlab.locations import model_path

    return model_path("topics_reports")
#: Token length the default segmenter keeps (one-character tokens are mostly function words).
DEFAULT_MIN_LEN = 2
COHERENCE_MEASURES = ("c_v", "c_npmi", "u_mass", "c_uci")
_ALPHA_WORDS = ("symmetric", "asymmetric", "auto")
_ETA_WORDS = ("symmetric", "auto")
_INITS = ("nmf", "random")
_EPS = float(np.finfo(np.float64).eps)
_INFER_BLOCK = 4096


class NotFittedError(ValueError, AttributeError):
    """The model has not been fitted (or loaded) yet."""


class CorpusTooSmallError(ValueError):
    """The texts given to ``fit`` are too few (or too short) for a topic model."""


#: Fewest training texts (texts with at least ``min_tokens`` tokens) ``fit`` accepts.
MIN_TRAINING_TEXTS = 2


def default_df_limits(n_texts: int) -> tuple[int, float]:
    """``(no_below, no_above)`` used for ``n_texts`` training texts when they are not given.

    ``no_below``: 1 % of the texts, at least 2 and at most 5; ``no_above``: 10 % of the texts
    but never fewer than 20 of them (all of them below 20 texts). From 500 texts on: (5, 0.1).

    >>> default_df_limits(11), default_df_limits(51), default_df_limits(9608)
    ((2, 1.0), (2, 0.39215686274509803), (5, 0.1))
    """
    n = max(int(n_texts), 1)
    return min(5, max(2, n // 100)), min(1.0, max(0.1, 20 / n))


# --------------------------------------------------------------------------- small helpers


def _dirichlet_expectation(gamma: np.ndarray) -> np.ndarray:
    """E[log theta] for theta ~ Dirichlet(gamma), row-wise."""
    from scipy.special import psi

    return psi(gamma) - psi(gamma.sum(axis=1))[:, np.newaxis]


def _is_document(item: Any) -> bool:
    return hasattr(item, "text") and hasattr(item, "meta") and hasattr(item, "id")


def _as_list(texts: Any, what: str = "texts") -> list:
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"{what} must be a list of texts or token lists, not a single {type(texts).__name__}; wrap it: [text]")
    if isinstance(texts, np.ndarray):
        return texts.tolist()
    if not isinstance(texts, Iterable):
        raise TypeError(f"{what} must be an iterable of texts or token lists, got {type(texts).__name__}")
    return list(texts)


def _json_value(value: Any) -> Any:
    """A parameter as JSON (numpy scalars and arrays become numbers and lists)."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return value


# --------------------------------------------------------------------------- metrics


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


# --------------------------------------------------------------------------- the estimator


class TopicModel:
    """LDA topic model with scikit-learn conventions (``fit`` / ``transform`` / learned ``attr_``).

    Args:
        n_topics: number of topics K.
        random_state: seed (int) for training; the same seed and texts give the same model.
            ``None`` draws from numpy's global generator (not reproducible).
        passes: passes over the texts in training.
        iterations: maximum variational iterations per document (training and transform).
        alpha: document-topic prior: ``"symmetric"`` (1/K), ``"asymmetric"``, ``"auto"``
            (learned), a positive float or K positive floats.
        eta: topic-word prior: ``None``/``"symmetric"`` (1/K), ``"auto"``, a positive float.
        no_below: keep tokens found in at least this many texts; ``None`` (default): 1 % of the
            training texts, between 2 and 5 (:func:`default_df_limits`).
        no_above: keep tokens found in at most this share of the texts; ``None`` (default):
            0.1, or 20 texts when that is more (all texts below 20).
        keep_n: then keep at most this many tokens (most frequent first); ``None`` for all.
            ``no_above=0.1`` (the default from 200 texts on) drops the words of the genre itself (发展, 建设, 经济,
            改革 … occur in 10-50 % of report paragraphs) that otherwise top every topic.
        min_tokens: texts with fewer tokens (headings, greetings such as 各位代表：) do not
            train the vocabulary or the topics; they are still transformed. Counted in
            ``n_short_texts_``.
        init: ``"nmf"`` starts LDA from an NMF (NNDSVD start) of the texts' TF-IDF,
            ``"random"`` from gensim's random topics.
        segmenter: a :class:`textlab.segmentation.Segmenter` (anything with ``tokenize_many``) for
            raw strings; ``None`` means ``Segmenter(min_len=2)``.
        chunksize: texts per online-LDA update.
        gamma_threshold: per-document convergence threshold (mean change of gamma).
        decay, offset: online-LDA learning-rate schedule (gensim's kappa and tau_0).

    Why these defaults, measured on all 9,608 report paragraphs (K=10, ``eta=0.01``, mean
    c_npmi over random_state 0, 1, 2): the NMF start gave 0.080 against 0.026 for the random
    one, and its worst topic +0.02 against -0.05 to -0.12 (random starts leave a topic of words
    that never occur together); ``min_tokens=5`` gave 0.080 against 0.042 with 3.

    Learned attributes: ``vocabulary_`` (token -> id), ``feature_names_`` (tokens by id),
    ``document_frequencies_``, ``term_frequencies_``, ``n_documents_``, ``components_``
    (lambda, K x V, as in scikit-learn's LDA), ``exp_elog_beta_``, ``alpha_``, ``eta_``,
    ``n_short_texts_``, ``fit_seconds_``, ``segmenter_config_``; ``topic_word_`` and
    ``dictionary_`` are derived.

    >>> tm = TopicModel(n_topics=2, no_below=1, no_above=1.0, min_tokens=1, passes=5)
    >>> docs = [["农业", "农村", "粮食"], ["教育", "学校", "教师"]] * 5
    >>> tm.fit(docs).transform(docs).shape
    (10, 2)
    """

    def __init__(
        self,
        n_topics: int = 10,
        *,
        random_state: int | None = 0,
        passes: int = 10,
        iterations: int = 100,
        alpha: str | float | Sequence[float] = "symmetric",
        eta: str | float | None = None,
        no_below: int | None = None,
        no_above: float | None = None,
        keep_n: int | None = 20000,
        min_tokens: int = 5,
        init: str = "nmf",
        segmenter: Any = None,
        chunksize: int = 2000,
        gamma_threshold: float = 0.001,
        decay: float = 0.5,
        offset: float = 1.0,
    ) -> None:
        self.n_topics = n_topics
        self.random_state = random_state
        self.passes = passes
        self.iterations = iterations
        self.alpha = alpha
        self.eta = eta
        self.no_below = no_below
        self.no_above = no_above
        self.keep_n = keep_n
        self.min_tokens = min_tokens
        self.init = init
        self.segmenter = segmenter
        self.chunksize = chunksize
        self.gamma_threshold = gamma_threshold
        self.decay = decay
        self.offset = offset

    # -- scikit-learn plumbing -----------------------------------------------------------

    @classmethod
    def _param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return [name for name in sig.parameters if name != "self"]

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Constructor parameters, as given (scikit-learn convention)."""
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params: Any) -> TopicModel:
        """Set constructor parameters; returns self."""
        valid = set(self._param_names())
        for name, value in params.items():
            if name not in valid:
                raise ValueError(f"TopicModel has no parameter {name!r}; valid: {sorted(valid)}")
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        defaults = {n: p.default for n, p in inspect.signature(type(self).__init__).parameters.items() if n != "self"}
        shown = []
        for name, value in self.get_params().items():
            default = defaults[name]
            same = value is default or (type(value) is type(default) and value == default)
            if not same or name == "n_topics":
                shown.append(f"{name}={value!r}")
        return f"TopicModel({', '.join(shown)})"

    def _check_fitted(self) -> None:
        if not hasattr(self, "components_"):
            raise NotFittedError("this TopicModel is not fitted yet: call fit(texts) or TopicModel.load(path) first")

    def _validate_params(self) -> None:
        def positive_int(name: str, allow_none: bool = False) -> None:
            value = getattr(self, name)
            if value is None and allow_none:
                return
            if not isinstance(value, numbers.Integral) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a positive int, got {value!r}")

        for name in ("n_topics", "passes", "iterations", "chunksize"):
            positive_int(name)
        positive_int("no_below", allow_none=True)
        if not isinstance(self.min_tokens, numbers.Integral) or isinstance(self.min_tokens, bool) or self.min_tokens < 0:
            raise ValueError(f"min_tokens must be an int >= 0, got {self.min_tokens!r}")
        if self.init not in _INITS:
            raise ValueError(f"init must be one of {_INITS}, got {self.init!r}")
        positive_int("keep_n", allow_none=True)
        if self.no_above is not None and (
            not isinstance(self.no_above, numbers.Real) or isinstance(self.no_above, bool) or not 0 < self.no_above <= 1
        ):
            raise ValueError(f"no_above must be a share in (0, 1], got {self.no_above!r}")
        for name in ("gamma_threshold", "decay", "offset"):
            value = getattr(self, name)
            if not isinstance(value, numbers.Real) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"{name} must be a positive number, got {value!r}")
        if self.random_state is not None and not isinstance(self.random_state, (numbers.Integral, np.random.RandomState)):
            raise ValueError(f"random_state must be an int, a numpy RandomState or None, got {self.random_state!r}")
        self._check_prior("alpha", self.alpha, _ALPHA_WORDS, self.n_topics)
        if self.eta is not None:
            self._check_prior("eta", self.eta, _ETA_WORDS, None)
        if self.segmenter is not None and not hasattr(self.segmenter, "tokenize_many") and not hasattr(self.segmenter, "tokenize"):
            raise TypeError(f"segmenter must have tokenize_many() or tokenize(), got {type(self.segmenter).__name__}")

    @staticmethod
    def _check_prior(name: str, value: Any, words: tuple[str, ...], length: int | None) -> None:
        if isinstance(value, str):
            if value not in words:
                raise ValueError(f"{name} must be one of {words}, a positive number or an array, got {value!r}")
            return
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            if value <= 0:
                raise ValueError(f"{name} must be positive, got {value!r}")
            return
        arr = np.asarray(value, dtype=float)
        if arr.ndim != 1 or not np.all(arr > 0):
            raise ValueError(f"{name} must be one of {words}, a positive number or a 1-d array of positive numbers")
        if length is not None and arr.shape[0] != length:
            raise ValueError(f"{name} has {arr.shape[0]} values for {length} topics")

    # -- tokens and vocabulary -----------------------------------------------------------

    def _get_segmenter(self) -> Any:
        if self.segmenter is not None:
            return self.segmenter
        seg = getattr(self, "_default_segmenter", None)
        if seg is None:
            from textlab.segmentation import Segmenter

            seg = Segmenter(min_len=DEFAULT_MIN_LEN)
            self._default_segmenter = seg
        return seg

    def _segmenter_config(self) -> dict[str, Any]:
        seg = self._get_segmenter()
        return {
            "class": f"{type(seg).__module__}.{type(seg).__qualname__}",
            "config_hash": getattr(seg, "config_hash", None),
            "default": self.segmenter is None,
            "min_len": getattr(seg, "min_len", None),
        }

    def tokenize(self, texts: Iterable[Any]) -> list[list[str]]:
        """Token lists of ``texts`` as the model sees them (raw strings are cleaned and segmented).

        Items may be strings, :class:`textlab.corpus.Document` objects or token lists (used as
        given); strings and token lists cannot be mixed.
        """
        items = _as_list(texts)
        kinds = set()
        for i, item in enumerate(items):
            if isinstance(item, str) or _is_document(item):
                kinds.add("text")
            elif isinstance(item, (list, tuple)) and all(isinstance(t, str) for t in item):
                kinds.add("tokens")
            else:
                raise TypeError(f"texts[{i}] is a {type(item).__name__}: expected a str, a Document or a list of str tokens")
        if len(kinds) > 1:
            raise TypeError("texts mixes raw strings and token lists: pass one kind")
        if not items or kinds == {"tokens"}:
            return [list(item) for item in items]
        from textlab.cleaning import clean

        cleaned = [clean(item.text if _is_document(item) else item) for item in items]
        seg = self._get_segmenter()
        if hasattr(seg, "tokenize_many"):
            tokens = seg.tokenize_many(cleaned)
        else:
            tokens = [seg.tokenize(text) for text in cleaned]
        return [list(t) for t in tokens]

    def _build_vocabulary(self, token_lists: list[list[str]]) -> None:
        n_docs = len(token_lists)
        doc_freq: Counter[str] = Counter()
        term_freq: Counter[str] = Counter()
        for tokens in token_lists:
            doc_freq.update(set(tokens))
            term_freq.update(tokens)
        auto_below, auto_above = default_df_limits(n_docs)
        no_below = auto_below if self.no_below is None else self.no_below
        no_above = auto_above if self.no_above is None else self.no_above
        limit = no_above * n_docs
        kept = [(tok, df) for tok, df in doc_freq.items() if no_below <= df <= limit]
        kept.sort(key=lambda item: (-item[1], item[0]))
        if self.keep_n is not None:
            kept = kept[: self.keep_n]
        if not kept:
            raise CorpusTooSmallError(
                f"the vocabulary is empty: no token occurs in at least no_below={no_below} and at most "
                f"no_above={no_above:.3g} of the {n_docs} training texts ({len(doc_freq)} distinct tokens); "
                "the corpus is too small for these limits: pass more texts"
                + (", or lower no_below / raise no_above" if self.no_below is not None or self.no_above is not None
                   else "")
            )
        if len(kept) < self.n_topics:
            raise CorpusTooSmallError(
                f"the vocabulary has {len(kept)} tokens (found in at least {no_below} and at most {no_above:.3g} of "
                f"the {n_docs} training texts), fewer than n_topics={self.n_topics}: the corpus is too small for "
                f"{self.n_topics} topics; pass more texts or ask for fewer topics"
            )
        self.no_below_, self.no_above_ = int(no_below), float(no_above)
        self.feature_names_ = [tok for tok, _ in kept]
        self.vocabulary_ = {tok: i for i, tok in enumerate(self.feature_names_)}
        self.document_frequencies_ = np.array([df for _, df in kept], dtype=np.int64)
        self.term_frequencies_ = np.array([term_freq[tok] for tok, _ in kept], dtype=np.int64)
        self.n_documents_ = n_docs

    def _bow_matrix(self, token_lists: list[list[str]]):
        """Sparse (n_texts, V) count matrix; tokens outside the vocabulary are ignored."""
        from scipy import sparse

        vocab = self.vocabulary_
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for tokens in token_lists:
            counts = Counter(vocab[t] for t in tokens if t in vocab)
            for idx in sorted(counts):
                indices.append(idx)
                data.append(counts[idx])
            indptr.append(len(indices))
        return sparse.csr_matrix(
            (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
            shape=(len(token_lists), len(vocab)),
        )

    @staticmethod
    def _gensim_corpus(bow) -> list[list[tuple[int, int]]]:
        corpus = []
        for r in range(bow.shape[0]):
            start, end = bow.indptr[r], bow.indptr[r + 1]
            corpus.append([(int(i), int(c)) for i, c in zip(bow.indices[start:end], bow.data[start:end])])
        return corpus

    # -- fitting -------------------------------------------------------------------------

    def fit(self, texts: Iterable[Any], y: Any = None) -> TopicModel:
        """Learn the vocabulary and the topics from ``texts`` (raw strings, Documents or token lists).

        Returns self.
        """
        self._validate_params()
        token_lists = self.tokenize(texts)
        self._fit_tokens(token_lists)
        return self

    def _fit_tokens(self, token_lists: list[list[str]]):
        """Fit on token lists; returns the bag-of-words matrix of all of them."""
        if not token_lists:
            raise ValueError("fit() needs at least one text, got none")
        from gensim.models import LdaModel

        started = time.perf_counter()
        training = [tokens for tokens in token_lists if len(tokens) >= self.min_tokens]
        if len(training) < MIN_TRAINING_TEXTS:
            raise CorpusTooSmallError(
                f"the corpus is too small for a topic model: {len(training)} of the {len(token_lists)} texts have at "
                f"least min_tokens={self.min_tokens} tokens, at least {MIN_TRAINING_TEXTS} are needed; pass more "
                "texts (e.g. the paragraphs of several documents) or lower min_tokens"
            )
        self._build_vocabulary(training)
        self.n_short_texts_ = len(token_lists) - len(training)
        bow = self._bow_matrix(training)
        random_state = self.random_state
        if isinstance(random_state, np.random.RandomState):
            random_state = _copy_random_state(random_state)
        lda = LdaModel(
            corpus=None,
            id2word=dict(enumerate(self.feature_names_)),
            num_topics=int(self.n_topics),
            passes=int(self.passes),
            iterations=int(self.iterations),
            alpha=_gensim_prior(self.alpha),
            eta=_gensim_prior(self.eta),
            chunksize=int(self.chunksize),
            decay=float(self.decay),
            offset=float(self.offset),
            gamma_threshold=float(self.gamma_threshold),
            eval_every=None,
            update_every=1,
            random_state=random_state,
            dtype=np.float32,
        )
        if self.init == "nmf":
            nmf_seed = self.random_state
            if isinstance(nmf_seed, np.random.RandomState):
                nmf_seed = _copy_random_state(nmf_seed)
            lda.state.sstats[...] = _nmf_topic_counts(bow, int(self.n_topics), nmf_seed)
            lda.sync_state()
        lda.update(self._gensim_corpus(bow))
        self.components_ = np.array(lda.state.get_lambda(), dtype=np.float32)
        self.exp_elog_beta_ = np.array(lda.expElogbeta, dtype=np.float32)
        self.alpha_ = np.array(lda.alpha, dtype=np.float32).reshape(-1)
        self.eta_ = np.broadcast_to(np.array(lda.eta, dtype=np.float32), (len(self.feature_names_),)).copy()
        self.fit_seconds_ = time.perf_counter() - started
        self.segmenter_config_ = self._segmenter_config()
        if len(training) == len(token_lists):
            return bow
        return self._bow_matrix(token_lists)

    def fit_transform(self, texts: Iterable[Any], y: Any = None) -> np.ndarray:
        """``fit(texts)`` then ``transform(texts)``, tokenizing once."""
        self._validate_params()
        bow = self._fit_tokens(self.tokenize(texts))
        return self._infer(bow)

    # -- inference -----------------------------------------------------------------------

    def transform(self, texts: Iterable[Any]) -> np.ndarray:
        """Topic shares of each text: array (n_texts, n_topics), every row sums to 1.

        Deterministic: no random numbers are used (see the module docstring). A text with no
        known token gets the prior's shares (``alpha_`` normalised).
        """
        self._check_fitted()
        token_lists = self.tokenize(texts)
        return self._infer(self._bow_matrix(token_lists))

    def _infer(self, bow) -> np.ndarray:
        n_docs, n_topics = bow.shape[0], self.components_.shape[0]
        gamma = np.empty((n_docs, n_topics), dtype=np.float64)
        exp_elog_beta = self.exp_elog_beta_.astype(np.float64)
        alpha = self.alpha_.astype(np.float64)
        for start in range(0, n_docs, _INFER_BLOCK):
            block = bow[start : start + _INFER_BLOCK]
            gamma[start : start + block.shape[0]] = _infer_gamma(
                block, exp_elog_beta, alpha, int(self.iterations), float(self.gamma_threshold)
            )
        return gamma / gamma.sum(axis=1, keepdims=True)

    # -- reading the topics --------------------------------------------------------------

    @property
    def topic_word_(self) -> np.ndarray:
        """Topic-word probabilities (K x V): ``components_`` normalised per topic."""
        self._check_fitted()
        comp = self.components_.astype(np.float64)
        return comp / comp.sum(axis=1, keepdims=True)

    @property
    def dictionary_(self):
        """The vocabulary as a ``gensim.corpora.Dictionary`` (same ids)."""
        self._check_fitted()
        from gensim.corpora import Dictionary

        dictionary = Dictionary()
        dictionary.token2id = dict(self.vocabulary_)
        dictionary.dfs = {i: int(df) for i, df in enumerate(self.document_frequencies_)}
        dictionary.cfs = {i: int(tf) for i, tf in enumerate(self.term_frequencies_)}
        dictionary.num_docs = int(self.n_documents_)
        dictionary.num_pos = int(self.term_frequencies_.sum())
        dictionary.num_nnz = int(self.document_frequencies_.sum())
        return dictionary

    def _top_ids(self, top_n: int, relevance: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
        if not isinstance(top_n, numbers.Integral) or top_n < 1:
            raise ValueError(f"top_n must be a positive int, got {top_n!r}")
        if not 0.0 <= relevance <= 1.0:
            raise ValueError(f"relevance must be in [0, 1], got {relevance!r}")
        phi = self.topic_word_
        score = phi
        if relevance < 1.0:
            marginal = self.term_frequencies_.astype(np.float64)
            marginal = marginal / marginal.sum()
            score = relevance * np.log(phi) + (1.0 - relevance) * np.log(phi / marginal)
        top_n = min(int(top_n), phi.shape[1])
        # stable sort on -score: ties go to the lower id (the more frequent token)
        order = np.argsort(-score, axis=1, kind="stable")[:, :top_n]
        return order, np.take_along_axis(phi, order, axis=1)

    def topics(self, top_n: int = 10, *, relevance: float = 1.0) -> list[list[tuple[str, float]]]:
        """Per topic, its ``top_n`` words with their probabilities, best first.

        ``relevance`` < 1 ranks words by Sievert & Shirley's relevance
        (lambda log p(w|k) + (1 - lambda) log(p(w|k) / p(w))), favouring words specific to the topic;
        the weights returned are still p(w|k).
        """
        self._check_fitted()
        order, weights = self._top_ids(top_n, relevance)
        names = self.feature_names_
        return [[(names[i], float(w)) for i, w in zip(row, wrow)] for row, wrow in zip(order, weights)]

    def topic_words(self, top_n: int = 10, *, relevance: float = 1.0) -> list[list[str]]:
        """Per topic, its ``top_n`` words (no weights)."""
        return [[w for w, _ in topic] for topic in self.topics(top_n, relevance=relevance)]

    def topic_labels(self, top_n: int = 3, *, relevance: float = 1.0, sep: str = "·") -> list[str]:
        """A short label per topic from its ``top_n`` words, e.g. ``'农业·农村·生产'`` (``relevance`` as in :meth:`topics`).

        Labels are unique: a label already used by an earlier topic gets ``#k`` appended.
        """
        labels: list[str] = []
        seen: set[str] = set()
        for k, words in enumerate(self.topic_words(top_n, relevance=relevance)):
            label = sep.join(words)
            if label in seen:
                label = f"{label}#{k}"
            seen.add(label)
            labels.append(label)
        return labels

    # -- quality -------------------------------------------------------------------------

    def diversity(self, top_n: int = 25) -> float:
        """Share of distinct words among the ``top_n`` words of all topics (Dieng et al. 2020)."""
        return topic_diversity(self.topic_words(top_n))

    def coherence(
        self,
        texts: Iterable[Any],
        measures: Sequence[str] = ("c_v", "c_npmi", "u_mass"),
        *,
        top_n: int = 10,
    ) -> dict[str, float]:
        """Coherence of the topics' ``top_n`` words on ``texts`` via gensim's CoherenceModel.

        ``texts`` are tokenized like training texts (token lists are used as given). Returns
        ``{measure: mean over topics}``; higher is better for every measure.
        """
        self._check_fitted()
        if isinstance(measures, str):
            measures = (measures,)
        unknown = [m for m in measures if m not in COHERENCE_MEASURES]
        if unknown:
            raise ValueError(f"unknown coherence measure(s) {unknown}; choose from {COHERENCE_MEASURES}")
        token_lists = self.tokenize(texts)
        if not token_lists:
            raise ValueError("coherence() needs at least one text")
        return _coherence(self.topic_words(top_n), token_lists, self.dictionary_, measures)

    def npmi(self, texts: Iterable[Any], *, top_n: int = 10) -> float:
        """Mean NPMI of each topic's ``top_n`` word pairs counted over ``texts`` as documents.

        Pass held-out texts to measure how well the topics generalise (see :func:`document_npmi`).
        """
        self._check_fitted()
        return float(np.mean(document_npmi(self.topic_words(top_n), self.tokenize(texts))))

    # -- tables --------------------------------------------------------------------------

    def doc_topic_frame(
        self,
        texts_or_corpus: Iterable[Any],
        meta: Any = None,
        *,
        unit: str = "document",
        text_column: bool = False,
    ) -> pandas.DataFrame:
        """Topic shares of each text as a DataFrame joined with its metadata.

        ``texts_or_corpus``: a :class:`textlab.corpus.Corpus` (or Documents; columns ``id`` and
        every meta key) or a list of strings / token lists with optional ``meta`` (a DataFrame
        or a list of dicts, one row per text). ``unit="paragraph"`` splits each raw text into
        paragraphs (:func:`textlab.outline.paragraphs`) and adds a ``paragraph`` column.
        Topic columns are named by :meth:`topic_labels`; ``dominant_topic`` holds the label of
        the largest share.
        """
        import pandas as pd

        self._check_fitted()
        if unit not in ("document", "paragraph"):
            raise ValueError(f"unit must be 'document' or 'paragraph', got {unit!r}")
        items = _as_list(texts_or_corpus, "texts_or_corpus")
        rows = _meta_rows(items, meta)
        if unit == "paragraph":
            from textlab.cleaning import clean
            from textlab.outline import paragraphs

            texts, new_rows = [], []
            for i, (item, row) in enumerate(zip(items, rows)):
                text = item.text if _is_document(item) else item
                if not isinstance(text, str):
                    raise TypeError(f"unit='paragraph' needs raw strings; item {i} is a {type(text).__name__}")
                for j, para in enumerate(paragraphs(clean(text))):
                    texts.append(para)
                    new_rows.append({**row, "paragraph": j})
            rows = new_rows
        else:
            texts = [item.text if _is_document(item) else item for item in items]
        shares = self.transform(texts) if texts else np.zeros((0, self.components_.shape[0]))
        labels = self.topic_labels()
        frame = pd.DataFrame.from_records(rows) if rows else pd.DataFrame(index=range(len(texts)))
        if text_column:
            frame["text"] = [t if isinstance(t, str) else " ".join(t) for t in texts]
        topic_frame = pd.DataFrame(shares, columns=labels, index=frame.index)
        frame = pd.concat([frame, topic_frame], axis=1)
        frame["dominant_topic"] = [labels[k] for k in shares.argmax(axis=1)] if len(texts) else []
        return frame

    def prevalence(
        self,
        doc_topics_frame: pandas.DataFrame,
        by: str | Sequence[str] = "year",
        *,
        weight: str | None = None,
    ) -> pandas.DataFrame:
        """Mean topic share per value of ``by`` (a column or columns of ``doc_topics_frame``).

        ``weight`` names a column (e.g. text length) for a weighted mean. Rows with a missing
        ``by`` value are left out of the table (and counted in ``table.attrs['n_missing']``).
        Returns a DataFrame indexed by ``by`` with one column per topic; rows sum to 1.
        """
        self._check_fitted()
        labels = self.topic_labels()
        frame = doc_topics_frame
        keys = [by] if isinstance(by, str) else list(by)
        missing = [c for c in [*keys, *labels, *([weight] if weight else [])] if c not in frame.columns]
        if missing:
            raise ValueError(
                f"prevalence(): columns {missing} not in the frame; pass a frame from doc_topic_frame() of this model"
            )
        has_key = frame[keys].notna().all(axis=1)
        data = frame.loc[has_key]
        if weight is None:
            table = data.groupby(keys if len(keys) > 1 else keys[0], sort=True)[labels].mean()
        else:
            w = data[weight].astype(float)
            weighted = data[labels].mul(w, axis=0)
            grouper = [data[k] for k in keys] if len(keys) > 1 else data[keys[0]]
            table = weighted.groupby(grouper, sort=True).sum().div(w.groupby(grouper, sort=True).sum(), axis=0)
        table.attrs["n_missing"] = int((~has_key).sum())
        return table

    # -- plots ---------------------------------------------------------------------------

    def plot_topics(self, top_n: int = 10, *, n_cols: int = 5, title: str | None = None) -> Figure:
        """Bars of each topic's top words (one panel per topic), titled by the topic labels."""
        from textlab import viz

        self._check_fitted()
        labels = [f"T{k} {label}" for k, label in enumerate(self.topic_labels())]
        return viz.plot_top_words(self.topics(top_n), labels=labels, n_cols=n_cols, title=title)

    def plot_doc_topics(
        self,
        frame_or_texts: Any,
        *,
        row_labels: Sequence[str] | None = None,
        label_column: str | None = None,
        max_rows: int = 60,
        title: str | None = None,
        annotate: bool = False,
    ) -> Figure:
        """Heatmap of document-topic shares (rows: texts, columns: topics).

        Takes a frame from :meth:`doc_topic_frame` (rows named by ``label_column``, or ``title``
        / ``id`` if present) or texts (transformed here). At most ``max_rows`` rows are drawn.
        """
        import pandas as pd

        from textlab import viz

        self._check_fitted()
        labels = self.topic_labels()
        if isinstance(frame_or_texts, pd.DataFrame):
            frame = frame_or_texts
            absent = [c for c in labels if c not in frame.columns]
            if absent:
                raise ValueError(f"plot_doc_topics(): topic columns {absent} not in the frame")
            matrix = frame[labels].to_numpy(dtype=float)
            if row_labels is None:
                column = label_column or next((c for c in ("title", "id") if c in frame.columns), None)
                row_labels = [str(v) for v in (frame[column] if column else frame.index)]
        else:
            matrix = self.transform(frame_or_texts)
            if row_labels is None:
                row_labels = [f"#{i}" for i in range(matrix.shape[0])]
        if len(row_labels) != matrix.shape[0]:
            raise ValueError(f"plot_doc_topics(): {len(row_labels)} row labels for {matrix.shape[0]} rows")
        matrix, row_labels = matrix[:max_rows], list(row_labels)[:max_rows]
        col_labels = [f"T{k} {label}" for k, label in enumerate(labels)]
        return viz.plot_heatmap(matrix, row_labels=row_labels, col_labels=col_labels, title=title, annotate=annotate)

    def plot_prevalence(
        self,
        table_or_frame: pandas.DataFrame,
        *,
        by: str | Sequence[str] = "year",
        kind: str = "line",
        title: str | None = None,
    ) -> Figure:
        """Topic prevalence over ``by`` (e.g. years); takes a :meth:`prevalence` table or a
        :meth:`doc_topic_frame` frame (aggregated here when it has the ``by`` column)."""
        from textlab import viz

        self._check_fitted()
        keys = [by] if isinstance(by, str) else list(by)
        table = table_or_frame
        if all(k in table.columns for k in keys):
            table = self.prevalence(table, by=by)
        return viz.plot_prevalence(table, title=title, kind=kind)

    # -- gensim interop ------------------------------------------------------------------

    def to_gensim(self):
        """An equivalent ``gensim.models.LdaModel`` (e.g. for pyLDAvis); built from the arrays."""
        self._check_fitted()
        from gensim.models import LdaModel

        lda = LdaModel(
            num_topics=self.components_.shape[0],
            id2word=dict(enumerate(self.feature_names_)),
            alpha=self.alpha_.astype(np.float32),
            eta=self.eta_.astype(np.float32),
            iterations=int(self.iterations),
            gamma_threshold=float(self.gamma_threshold),
            random_state=self.random_state if isinstance(self.random_state, numbers.Integral) else None,
            dtype=np.float32,
        )
        lda.state.sstats[...] = self.components_ - self.eta_[np.newaxis, :]
        lda.expElogbeta = self.exp_elog_beta_.copy()
        return lda

    # -- save / load ---------------------------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Write the model to directory ``path`` (created if needed): manifest.json,
        arrays.npz, vocabulary.json. No pickle. Returns the directory."""
        self._check_fitted()
        import platform

        import gensim
        import sklearn

        arrays = {
            "components": np.ascontiguousarray(self.components_, dtype=np.float32),
            "exp_elog_beta": np.ascontiguousarray(self.exp_elog_beta_, dtype=np.float32),
            "alpha": np.ascontiguousarray(self.alpha_, dtype=np.float32),
            "eta": np.ascontiguousarray(self.eta_, dtype=np.float32),
        }
        vocabulary = {
            "tokens": list(self.feature_names_),
            "document_frequencies": [int(v) for v in self.document_frequencies_],
            "term_frequencies": [int(v) for v in self.term_frequencies_],
            "n_documents": int(self.n_documents_),
        }
        params = {k: _json_value(v) for k, v in self.get_params().items() if k != "segmenter"}
        if isinstance(self.random_state, np.random.RandomState):
            params["random_state"] = None
        fit_seconds = float(getattr(self, "fit_seconds_", float("nan")))
        manifest = {
            "libraries": {
                "python": platform.python_version(),
                "numpy": np.__version__,
                "gensim": gensim.__version__,
                "scikit-learn": sklearn.__version__,
            },
            "params": params,
            "segmenter": self.segmenter_config_,
            "n_topics": int(self.components_.shape[0]),
            "n_terms": len(self.feature_names_),
            "n_documents": int(self.n_documents_),
            "n_short_texts": int(getattr(self, "n_short_texts_", 0)),
            "fit_seconds": round(fit_seconds, 3) if math.isfinite(fit_seconds) else None,
        }
        if hasattr(self, "no_below_"):
            manifest["df_limits"] = {"no_below": int(self.no_below_), "no_above": float(self.no_above_)}
        return write_model(
            path,
            format=FORMAT_NAME,
            format_version=FORMAT_VERSION,
            files={ARRAYS: npz_bytes(arrays), VOCABULARY: json_bytes(vocabulary, indent=0)},
            manifest=manifest,
        )

    @classmethod
    def load(cls, path: str | Path, *, segmenter: Any = None) -> TopicModel:
        """Read a model written by :meth:`save`; the folder is treated as hostile (see the module docstring).

        ``segmenter`` replaces the default one for raw strings; a warning says when the
        tokenization differs from the one the model was trained with. A malformed folder raises
        :class:`ModelFormatError` naming the file and the problem; a folder without
        ``manifest.json`` raises ``FileNotFoundError``.
        """
        folder = open_model(path, format=FORMAT_NAME, versions=range(1, FORMAT_VERSION + 1),
                            data_files=(ARRAYS, VOCABULARY), kind="TopicModel")
        manifest, where = folder.manifest, folder.manifest_path
        for key in ("params", "n_topics"):
            if key not in manifest:
                raise ModelFormatError(f"{where}: no {key!r} entry")
        params = manifest["params"]
        if not isinstance(params, dict):
            raise ModelFormatError(f"{where}: 'params' must be a JSON object")
        unknown = sorted(set(params) - (set(cls._param_names()) - {"segmenter"}))
        if unknown:
            raise ModelFormatError(f"{where}: unknown parameters {[str(u)[:40] for u in unknown[:5]]} "
                                   "(written by a newer textlab?)")
        model = cls(**params)
        try:
            model._validate_params()
        except (ValueError, TypeError) as exc:
            raise ModelFormatError(f"{where}: invalid parameters: {exc}") from None
        n_topics = _manifest_int(manifest, "n_topics", where, minimum=1)
        if n_topics != model.n_topics:
            raise ModelFormatError(f"{where}: n_topics {n_topics} differs from params n_topics {model.n_topics}")
        segmenter_config = manifest.get("segmenter") or {}
        if not isinstance(segmenter_config, dict) or not all(
            isinstance(v, (str, bool, int, type(None))) for v in segmenter_config.values()
        ):
            raise ModelFormatError(f"{where}: 'segmenter' must be an object of plain values")
        vocab_path = folder.file(VOCABULARY)
        vocab = folder.json(VOCABULARY)
        if not isinstance(vocab, dict) or "tokens" not in vocab:
            raise ModelFormatError(f"{vocab_path}: must be an object with tokens, document_frequencies, "
                                   "term_frequencies and n_documents")
        tokens = check_strings(vocab["tokens"], vocab_path, "tokens")
        n_terms = len(tokens)
        dfs = _count_array(vocab.get("document_frequencies"), n_terms, vocab_path, "document_frequencies")
        tfs = _count_array(vocab.get("term_frequencies"), n_terms, vocab_path, "term_frequencies")
        n_documents = _manifest_int(vocab, "n_documents", vocab_path, minimum=0)
        arrays = folder.arrays(ARRAYS, {
            "components": ArraySpec((n_topics, n_terms), positive=True),
            "exp_elog_beta": ArraySpec((n_topics, n_terms), nonnegative=True),
            "alpha": ArraySpec((n_topics,), positive=True),
            "eta": ArraySpec((n_terms,), positive=True),
        })
        limits = manifest.get("df_limits")
        if limits is not None:
            if not isinstance(limits, dict):
                raise ModelFormatError(f"{where}: 'df_limits' must be an object")
            model.no_below_ = _manifest_int(limits, "no_below", where, minimum=1)
            no_above = limits.get("no_above")
            if isinstance(no_above, bool) or not isinstance(no_above, (int, float)) or not 0 < no_above <= 1:
                raise ModelFormatError(f"{where}: df_limits no_above must be a share in (0, 1]")
            model.no_above_ = float(no_above)
        elif model.no_below is not None and model.no_above is not None:
            model.no_below_, model.no_above_ = int(model.no_below), float(model.no_above)
        model.segmenter = segmenter
        if segmenter is not None:
            model._validate_params()
        model.feature_names_ = list(tokens)
        model.vocabulary_ = {tok: i for i, tok in enumerate(tokens)}
        model.document_frequencies_ = dfs
        model.term_frequencies_ = tfs
        model.n_documents_ = n_documents
        model.components_ = arrays["components"]
        model.exp_elog_beta_ = arrays["exp_elog_beta"]
        model.alpha_ = arrays["alpha"]
        model.eta_ = arrays["eta"]
        model.n_short_texts_ = _manifest_int(manifest, "n_short_texts", where, minimum=0, default=0)
        fit_seconds = manifest.get("fit_seconds")
        model.fit_seconds_ = float(fit_seconds) if isinstance(fit_seconds, (int, float)) and not isinstance(
            fit_seconds, bool) else float("nan")
        model.segmenter_config_ = dict(segmenter_config)
        _warn_if_tokenization_differs(model, folder.path)
        return model


# --------------------------------------------------------------------------- inference kernel


def _infer_gamma(bow, exp_elog_beta: np.ndarray, alpha: np.ndarray, iterations: int, threshold: float) -> np.ndarray:
    """Variational gamma per row of ``bow`` (csr, counts), gensim's update rule, start gamma = 1.

    Each document is iterated until the mean absolute change of its gamma drops below
    ``threshold`` or ``iterations`` is reached; a converged document is frozen, so its result
    depends only on its own counts.
    """
    n_docs, n_topics = bow.shape[0], exp_elog_beta.shape[0]
    gamma = np.ones((n_docs, n_topics), dtype=np.float64)
    lengths = np.diff(bow.indptr)
    empty = lengths == 0
    gamma[empty] = alpha  # gensim's update gives alpha at once for a text with no known token
    active = np.flatnonzero(~empty)
    if active.size == 0:
        return gamma
    exp_theta = np.exp(_dirichlet_expectation(gamma))
    for _ in range(iterations):
        sub = bow[active]
        starts = sub.indptr[:-1]
        rows = np.repeat(np.arange(active.size), np.diff(sub.indptr))
        beta_cols = exp_elog_beta[:, sub.indices].T  # (nnz, K)
        theta_rows = exp_theta[active][rows]
        phinorm = np.einsum("ij,ij->i", theta_rows, beta_cols) + _EPS
        weighted = beta_cols * (sub.data / phinorm)[:, np.newaxis]
        sums = np.add.reduceat(weighted, starts, axis=0)  # (n_active, K)
        new_gamma = alpha + exp_theta[active] * sums
        change = np.mean(np.abs(new_gamma - gamma[active]), axis=1)
        gamma[active] = new_gamma
        exp_theta[active] = np.exp(_dirichlet_expectation(new_gamma))
        active = active[change >= threshold]
        if active.size == 0:
            break
    return gamma


def _gensim_prior(value: Any) -> Any:
    """alpha / eta as gensim takes them: the word, a float, or a float32 array."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, numbers.Real):
        return float(value)
    return np.asarray(value, dtype=np.float32)


def _nmf_topic_counts(bow, n_topics: int, random_state: Any) -> np.ndarray:
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
            w_start, h_start = _nndsvd(tfidf, n_topics, random_state)
            nmf = NMF(n_components=n_topics, init="custom", max_iter=200)
            weights = nmf.fit_transform(tfidf, W=w_start, H=h_start)
        else:  # too few texts or words for an SVD start
            weights = NMF(n_components=n_topics, init="random", max_iter=200, random_state=random_state).fit_transform(tfidf)
    totals = weights.sum(axis=1, keepdims=True)
    shares = np.where(totals > 0, weights / np.where(totals > 0, totals, 1.0), 1.0 / n_topics)
    counts = np.asarray((bow.T @ shares).T)
    return (counts + 1e-3).astype(np.float32)


def _nndsvd(matrix, rank: int, random_state: Any) -> tuple[np.ndarray, np.ndarray]:
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


def _copy_random_state(state: np.random.RandomState) -> np.random.RandomState:
    copy = np.random.RandomState()
    copy.set_state(state.get_state())
    return copy


# --------------------------------------------------------------------------- load helpers


def _manifest_int(mapping: dict, key: str, where: Path, *, minimum: int, default: int | None = None) -> int:
    """``mapping[key]`` as an int >= ``minimum`` (``default`` when absent and a default is given)."""
    value = mapping.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ModelFormatError(f"{where}: {key} must be an integer >= {minimum}, got {str(value)[:40]!r}")
    return value


def _count_array(values: Any, length: int, where: Path, what: str) -> np.ndarray:
    """A JSON list of ``length`` non-negative integers as an int64 array."""
    if not isinstance(values, list) or len(values) != length:
        raise ModelFormatError(f"{where}: {what} must be a list of {length} counts (one per token)")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values):
        raise ModelFormatError(f"{where}: {what} must hold non-negative integers")
    return np.asarray(values, dtype=np.int64)


def _warn_if_tokenization_differs(model: TopicModel, directory: Path) -> None:
    saved = model.segmenter_config_
    saved_hash = saved.get("config_hash")
    if saved_hash is None:
        return
    if saved.get("default", True) is False and model.segmenter is None:
        warnings.warn(
            f"{directory}: the model was trained with a custom segmenter ({saved.get('class')}, config_hash "
            f"{saved_hash}); raw strings are now tokenized with the default one. Pass segmenter= to load() "
            "for identical tokenization.",
            stacklevel=3,
        )
        return
    current = getattr(model._get_segmenter(), "config_hash", None)
    if current != saved_hash:
        warnings.warn(
            f"{directory}: the segmenter's config_hash is {current}, the model was trained with {saved_hash} "
            "(lexicon, stopwords or jieba changed); tokens of raw strings may differ from training.",
            stacklevel=3,
        )


def _meta_rows(items: list, meta: Any) -> list[dict[str, Any]]:
    """One metadata dict per item: from Documents, from ``meta`` (DataFrame / dicts), or empty."""
    if items and all(_is_document(item) for item in items):
        if meta is not None:
            raise ValueError("meta= is for plain texts; Documents carry their own meta")
        return [{"id": item.id, **item.meta} for item in items]
    if meta is None:
        return [{} for _ in items]
    try:
        import pandas as pd

        if isinstance(meta, pd.DataFrame):
            rows = meta.to_dict(orient="records")
        else:
            rows = [dict(row) for row in meta]
    except (TypeError, ValueError) as exc:
        raise TypeError(f"meta must be a DataFrame or a list of dicts ({exc})") from None
    if len(rows) != len(items):
        raise ValueError(f"meta has {len(rows)} rows for {len(items)} texts")
    return rows


def _coherence(topic_words: list[list[str]], token_lists: list[list[str]], dictionary, measures: Sequence[str]) -> dict[str, float]:
    from gensim.models import CoherenceModel

    out: dict[str, float] = {}
    corpus = None
    for measure in measures:
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


# --------------------------------------------------------------------------- K sweep


def sweep_k(
    texts: Iterable[Any],
    ks: Sequence[int] = (5, 8, 10, 12, 15, 20),
    *,
    random_state: int | None = 0,
    measures: Sequence[str] = ("c_v", "c_npmi", "u_mass"),
    heldout: Iterable[Any] | None = None,
    top_n: int = 10,
    diversity_top_n: int = 25,
    return_models: bool = False,
    **params: Any,
) -> pandas.DataFrame | tuple[pandas.DataFrame, dict[int, TopicModel]]:
    """Fit one TopicModel per K and tabulate its quality, so the chosen K can be defended.

    ``texts`` are tokenized once for the whole sweep; ``params`` go to every TopicModel.
    Columns: ``k``, each coherence measure (on ``texts``), ``npmi_heldout`` (document NPMI on
    ``heldout`` texts, if given), ``diversity`` (top ``diversity_top_n`` words) and
    ``fit_seconds``. With ``return_models`` also returns ``{k: fitted model}``.

    >>> table = sweep_k(paragraphs, ks=(5, 10, 15))      # doctest: +SKIP
    >>> choose_k(table)                                  # doctest: +SKIP
    10
    """
    import pandas as pd

    ks = [int(k) for k in ks]
    if not ks:
        raise ValueError("sweep_k: ks is empty")
    probe = TopicModel(n_topics=ks[0], random_state=random_state, **params)
    probe._validate_params()
    token_lists = probe.tokenize(texts)
    held_tokens = probe.tokenize(heldout) if heldout is not None else None
    rows, models = [], {}
    for k in ks:
        model = TopicModel(n_topics=k, random_state=random_state, **params)
        model.segmenter = probe.segmenter
        if probe.segmenter is None:
            model._default_segmenter = probe._get_segmenter()
        model._validate_params()
        model._fit_tokens(token_lists)
        row: dict[str, Any] = {"k": k}
        if measures:
            row.update(_coherence(model.topic_words(top_n), token_lists, model.dictionary_, measures))
        if held_tokens is not None:
            row["npmi_heldout"] = float(np.mean(document_npmi(model.topic_words(top_n), held_tokens)))
        row["diversity"] = model.diversity(diversity_top_n)
        row["fit_seconds"] = model.fit_seconds_
        rows.append(row)
        if return_models:
            models[k] = model
    table = pd.DataFrame(rows)
    return (table, models) if return_models else table


def choose_k(table: pandas.DataFrame, *, metric: str = "c_npmi", min_diversity: float | None = 0.8) -> int:
    """The K of ``table`` (from :func:`sweep_k`) with the best mean ``metric`` among the Ks whose
    diversity is at least ``min_diversity`` (all Ks if none reaches it).

    >>> import pandas as pd
    >>> choose_k(pd.DataFrame({"k": [5, 10, 15], "c_npmi": [0.05, 0.07, 0.08], "diversity": [0.9, 0.85, 0.7]}))
    10
    """
    if metric not in table.columns or "k" not in table.columns:
        raise ValueError(f"choose_k: table needs columns 'k' and {metric!r}; it has {list(table.columns)}")
    means = table.groupby("k").mean(numeric_only=True)
    eligible = means
    if min_diversity is not None and "diversity" in means.columns:
        eligible = means[means["diversity"] >= min_diversity]
        if eligible.empty:
            eligible = means
    best = eligible[metric].max()
    return int(eligible.index[eligible[metric] == best].min())


def plot_sweep(table: pandas.DataFrame, *, chosen_k: int | None = None, title: str | None = None) -> Figure:
    """Plot a :func:`sweep_k` table: one panel per metric against K, ``chosen_k`` marked."""
    from textlab import viz

    metrics = [m for m in (*COHERENCE_MEASURES, "npmi_heldout", "diversity") if m in table.columns]
    return viz.plot_k_sweep(table, k_col="k", metrics=metrics, chosen_k=chosen_k, title=title)


# --------------------------------------------------------------------------- shipped model


def load_topic_model(path: str | Path | None = None, *, segmenter: Any = None) -> TopicModel:
    """Load the topic model of the report corpus shipped in ``models/topics_reports`` (no training).

    See ``models/topics_reports/MODEL_CARD.md`` for its data, K and scores.

    >>> tm = load_topic_model()                          # doctest: +SKIP
    >>> tm.transform(["推进乡村振兴，保障粮食安全。"]).shape   # doctest: +SKIP
    """
    directory = Path(path) if path is not None else _default_model_dir()
    if not (directory / MANIFEST).is_file():
        raise FileNotFoundError(
            f"{directory}: no shipped topic model here ({MANIFEST} missing); train one with "
            "scripts/train_topic_model.py or pass the directory of a saved model"
        )
    return TopicModel.load(directory, segmenter=segmenter)
