"""The TopicModel estimator: parameters, fit / transform, reading topics, and the shipped model.

Owns :class:`TopicModel` (a scikit-learn estimator: ``BaseEstimator`` parameters, ``fit`` /
``transform`` / ``fit_transform``, learned ``attr_``, scikit-learn's ``NotFittedError``) and
:func:`load_topic_model` (the report-corpus model in ``models/topics_reports``). The work is
done elsewhere in the package: tokens, vocabulary and counts in
:mod:`textlab.topics.vocabulary`, training and inference in :mod:`textlab.topics.inference`,
scores in :mod:`textlab.topics.quality`, tables in :mod:`textlab.topics.tables`, the saved
folder in :mod:`textlab.topics.storage`, figures in :mod:`textlab.viz`; the methods here are
thin calls to them.
"""

from __future__ import annotations

import numbers
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.exceptions import NotFittedError

from textlab.topics import inference, quality, storage, tables
from textlab.topics.vocabulary import bow_matrix, build_vocabulary, token_lists_of, training_texts

if TYPE_CHECKING:  # heavy imports stay inside functions
    import pandas
    from matplotlib.figure import Figure

__all__ = ["DEFAULT_MIN_LEN", "TopicModel", "load_topic_model"]

#: Token length the default segmenter keeps (one-character tokens are mostly function words).
DEFAULT_MIN_LEN = 2
_ALPHA_WORDS = ("symmetric", "asymmetric", "auto")
_ETA_WORDS = ("symmetric", "auto")
_INITS = ("nmf", "random")


class TopicModel(TransformerMixin, BaseEstimator):
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
            training texts, between 2 and 5 (:func:`textlab.topics.default_df_limits`).
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
            raw strings; ``None`` means ``Segmenter(min_len=2)``. Token lists never use it.
        chunksize: texts per online-LDA update.
        gamma_threshold: per-document convergence threshold (mean change of gamma).
        decay, offset: online-LDA learning-rate schedule (gensim's kappa and tau_0).

    Texts are raw strings or :class:`textlab.corpus.Document` objects (cleaned and segmented),
    or token lists, e.g. the ``tokens`` column of :func:`textlab.units.parse`'s table (used as
    given: counted, never cleaned or segmented again).

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

    # -- scikit-learn plumbing (get_params, set_params, repr, clone: BaseEstimator) -------

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "components_")

    def _check_fitted(self) -> None:
        if not hasattr(self, "components_"):
            raise NotFittedError("this TopicModel is not fitted yet: call fit(texts) or TopicModel.load(path) first")

    def _check_params(self) -> None:
        """Raise ``ValueError`` / ``TypeError`` for an invalid parameter (called by fit, not __init__)."""

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
        _check_prior("alpha", self.alpha, _ALPHA_WORDS, self.n_topics)
        if self.eta is not None:
            _check_prior("eta", self.eta, _ETA_WORDS, None)
        if self.segmenter is not None and not hasattr(self.segmenter, "tokenize_many") and not hasattr(self.segmenter, "tokenize"):
            raise TypeError(f"segmenter must have tokenize_many() or tokenize(), got {type(self.segmenter).__name__}")

    # -- tokens --------------------------------------------------------------------------

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

    def _token_lists(self, texts: Iterable[Any]) -> list[list[str]]:
        """Token lists of ``texts``; lists of str tokens are passed through without a copy."""
        return token_lists_of(texts, self._get_segmenter)

    def tokenize(self, texts: Iterable[Any]) -> list[list[str]]:
        """Token lists of ``texts`` as the model sees them (raw strings are cleaned and segmented).

        Items may be strings, :class:`textlab.corpus.Document` objects or token lists (lists,
        tuples or arrays of str, used as given: no cleaning, no segmenting); strings and token
        lists cannot be mixed. Returns new lists.
        """
        return [list(tokens) for tokens in self._token_lists(texts)]

    # -- fitting -------------------------------------------------------------------------

    def fit(self, texts: Iterable[Any], y: Any = None) -> TopicModel:
        """Learn the vocabulary and the topics from ``texts`` (raw strings, Documents or token lists).

        Returns self.
        """
        self._check_params()
        self._fit_tokens(self._token_lists(texts))
        return self

    def _fit_tokens(self, token_lists: list[list[str]]):
        """Fit on token lists; returns the bag-of-words matrix of all of them."""
        started = time.perf_counter()
        training = training_texts(token_lists, self.min_tokens)
        vocabulary = build_vocabulary(training, n_topics=self.n_topics, no_below=self.no_below,
                                      no_above=self.no_above, keep_n=self.keep_n)
        self.no_below_, self.no_above_ = vocabulary.no_below, vocabulary.no_above
        self.feature_names_ = vocabulary.tokens
        self.vocabulary_ = {tok: i for i, tok in enumerate(self.feature_names_)}
        self.document_frequencies_ = vocabulary.document_frequencies
        self.term_frequencies_ = vocabulary.term_frequencies
        self.n_documents_ = vocabulary.n_documents
        self.n_short_texts_ = len(token_lists) - len(training)
        bow = bow_matrix(training, self.vocabulary_)
        arrays = inference.train_lda(
            bow, self.feature_names_, n_topics=self.n_topics, passes=self.passes, iterations=self.iterations,
            alpha=self.alpha, eta=self.eta, chunksize=self.chunksize, decay=self.decay, offset=self.offset,
            gamma_threshold=self.gamma_threshold, init=self.init, random_state=self.random_state,
        )
        self.components_ = arrays["components"]
        self.exp_elog_beta_ = arrays["exp_elog_beta"]
        self.alpha_ = arrays["alpha"]
        self.eta_ = arrays["eta"]
        self.fit_seconds_ = time.perf_counter() - started
        self.segmenter_config_ = self._segmenter_config()
        if len(training) == len(token_lists):
            return bow
        return bow_matrix(token_lists, self.vocabulary_)

    def fit_transform(self, texts: Iterable[Any], y: Any = None) -> np.ndarray:
        """``fit(texts)`` then ``transform(texts)``, tokenizing once."""
        self._check_params()
        bow = self._fit_tokens(self._token_lists(texts))
        return self._infer(bow)

    # -- inference -----------------------------------------------------------------------

    def transform(self, texts: Iterable[Any]) -> np.ndarray:
        """Topic shares of each text: array (n_texts, n_topics), every row sums to 1.

        Deterministic: no random numbers are used (see :mod:`textlab.topics.inference`). A text
        with no known token gets the prior's shares (``alpha_`` normalised).
        """
        self._check_fitted()
        return self._infer(bow_matrix(self._token_lists(texts), self.vocabulary_))

    def _infer(self, bow) -> np.ndarray:
        return inference.topic_shares(bow, self.exp_elog_beta_, self.alpha_, int(self.iterations),
                                      float(self.gamma_threshold))

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

    # -- quality (textlab.topics.quality) ------------------------------------------------

    def diversity(self, top_n: int = 25) -> float:
        """Share of distinct words among the ``top_n`` words of all topics (Dieng et al. 2020)."""
        return quality.topic_diversity(self.topic_words(top_n))

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
        measures = quality.check_measures(measures)
        token_lists = self._token_lists(texts)
        if not token_lists:
            raise ValueError("coherence() needs at least one text")
        return quality.coherence(self.topic_words(top_n), token_lists, self.dictionary_, measures)

    def npmi(self, texts: Iterable[Any], *, top_n: int = 10) -> float:
        """Mean NPMI of each topic's ``top_n`` word pairs counted over ``texts`` as documents.

        Pass held-out texts to measure how well the topics generalise (see
        :func:`textlab.topics.document_npmi`).
        """
        self._check_fitted()
        return float(np.mean(quality.document_npmi(self.topic_words(top_n), self._token_lists(texts))))

    # -- tables (textlab.topics.tables) --------------------------------------------------

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
        self._check_fitted()
        return tables.doc_topic_frame(self, texts_or_corpus, meta, unit=unit, text_column=text_column)

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
        return tables.prevalence(doc_topics_frame, self.topic_labels(), by, weight=weight)

    # -- plots (textlab.viz) -------------------------------------------------------------

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

    # -- save / load (textlab.topics.storage on textlab.persistence) ---------------------

    def save(self, path: str | Path) -> Path:
        """Write the model to directory ``path`` (created if needed): manifest.json,
        arrays.npz, vocabulary.json. No pickle. Returns the directory."""
        self._check_fitted()
        return storage.save_model(self, path)

    @classmethod
    def load(cls, path: str | Path, *, segmenter: Any = None) -> TopicModel:
        """Read a model written by :meth:`save`; the folder is treated as hostile (see
        :mod:`textlab.topics.storage` and :mod:`textlab.persistence`).

        ``segmenter`` replaces the default one for raw strings; a warning says when the
        tokenization differs from the one the model was trained with. A malformed folder raises
        :class:`textlab.persistence.ModelFormatError` naming the file and the problem; a folder
        without ``manifest.json`` raises ``FileNotFoundError``.
        """
        return storage.load_model(cls, path, segmenter=segmenter)


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


# --------------------------------------------------------------------------- shipped model


def load_topic_model(path: str | Path | None = None, *, segmenter: Any = None) -> TopicModel:
    """Load the topic model of the report corpus shipped in ``models/topics_reports`` (no training).

    See ``models/topics_reports/MODEL_CARD.md`` for its data, K and scores.

    >>> tm = load_topic_model()                          # doctest: +SKIP
    >>> tm.transform(["推进乡村振兴，保障粮食安全。"]).shape   # doctest: +SKIP
    """
    if path is not None:
        directory = Path(path)
    else:
        from textlab.locations import model_path

        directory = model_path("topics_reports")
    if not (directory / storage.MANIFEST).is_file():
        raise FileNotFoundError(
            f"{directory}: no shipped topic model here ({storage.MANIFEST} missing); train one with "
            "scripts/train_topic_model.py or pass the directory of a saved model"
        )
    return TopicModel.load(directory, segmenter=segmenter)
