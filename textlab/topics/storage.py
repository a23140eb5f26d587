"""The saved form of a TopicModel: what goes into its model folder and what is checked on reading it.

Owns the topic model's layout on top of :mod:`textlab.persistence` (which writes and reads every
model folder, checks names, links, sizes and hashes, and raises
:class:`~textlab.persistence.ModelFormatError`): the format name and version, the files

* ``manifest.json`` - format name and version, textlab version, creation time, library
  versions, the constructor parameters, the document-frequency limits used, the segmenter's
  ``config_hash``, and the SHA-256 of every other file;
* ``arrays.npz`` - ``components`` (lambda, K x V), ``exp_elog_beta`` (exp E[log beta], K x V),
  ``alpha`` (K), ``eta`` (V); float arrays, never unpickled;
* ``vocabulary.json`` - tokens in id order, their document and term frequencies, the number
  of training texts;

and the checks of every value (shapes against the vocabulary, finite and positive priors and
topic-word weights, valid parameters). Models saved by textlab 0.1.0 (format version 1) load.
:meth:`textlab.topics.TopicModel.save` and :meth:`~textlab.topics.TopicModel.load` call
:func:`save_model` and :func:`load_model`.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from textlab.persistence import ArraySpec, ModelFormatError, check_strings, json_bytes, npz_bytes, open_model, write_model

__all__ = ["ARRAYS", "FORMAT_NAME", "FORMAT_VERSION", "MANIFEST", "VOCABULARY", "load_model", "save_model"]

FORMAT_NAME = "textlab.topics.TopicModel"
#: Version of the saved-model layout. Bump it when the layout changes; keep reading old ones.
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ARRAYS = "arrays.npz"
VOCABULARY = "vocabulary.json"


def _json_value(value: Any) -> Any:
    """A parameter as JSON (numpy scalars and arrays become numbers and lists)."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return value


def save_model(model: Any, path: str | Path) -> Path:
    """Write fitted ``model`` to folder ``path`` (created if needed); returns the folder."""
    import platform

    import gensim
    import sklearn

    arrays = {
        "components": np.ascontiguousarray(model.components_, dtype=np.float32),
        "exp_elog_beta": np.ascontiguousarray(model.exp_elog_beta_, dtype=np.float32),
        "alpha": np.ascontiguousarray(model.alpha_, dtype=np.float32),
        "eta": np.ascontiguousarray(model.eta_, dtype=np.float32),
    }
    vocabulary = {
        "tokens": list(model.feature_names_),
        "document_frequencies": [int(v) for v in model.document_frequencies_],
        "term_frequencies": [int(v) for v in model.term_frequencies_],
        "n_documents": int(model.n_documents_),
    }
    params = {k: _json_value(v) for k, v in model.get_params(deep=False).items() if k != "segmenter"}
    if isinstance(model.random_state, np.random.RandomState):
        params["random_state"] = None
    fit_seconds = float(getattr(model, "fit_seconds_", float("nan")))
    manifest = {
        "libraries": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "gensim": gensim.__version__,
            "scikit-learn": sklearn.__version__,
        },
        "params": params,
        "segmenter": model.segmenter_config_,
        "n_topics": int(model.components_.shape[0]),
        "n_terms": len(model.feature_names_),
        "n_documents": int(model.n_documents_),
        "n_short_texts": int(getattr(model, "n_short_texts_", 0)),
        "fit_seconds": round(fit_seconds, 3) if math.isfinite(fit_seconds) else None,
    }
    if hasattr(model, "no_below_"):
        manifest["df_limits"] = {"no_below": int(model.no_below_), "no_above": float(model.no_above_)}
    return write_model(
        path,
        format=FORMAT_NAME,
        format_version=FORMAT_VERSION,
        files={ARRAYS: npz_bytes(arrays), VOCABULARY: json_bytes(vocabulary, indent=0)},
        manifest=manifest,
    )


def load_model(cls: type, path: str | Path, *, segmenter: Any = None) -> Any:
    """A ``cls`` (:class:`textlab.topics.TopicModel`) read from folder ``path``, every value checked.

    A malformed folder raises :class:`ModelFormatError` naming the file and the problem; a
    folder without ``manifest.json`` raises ``FileNotFoundError``.
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
    unknown = sorted(set(params) - (set(cls().get_params(deep=False)) - {"segmenter"}))
    if unknown:
        raise ModelFormatError(f"{where}: unknown parameters {[str(u)[:40] for u in unknown[:5]]} "
                               "(written by a newer textlab?)")
    model = cls(**params)
    try:
        model._check_params()
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
        model._check_params()
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


def _warn_if_tokenization_differs(model: Any, directory: Path) -> None:
    saved = model.segmenter_config_
    saved_hash = saved.get("config_hash")
    if saved_hash is None:
        return
    if saved.get("default", True) is False and model.segmenter is None:
        warnings.warn(
            f"{directory}: the model was trained with a custom segmenter ({saved.get('class')}, config_hash "
            f"{saved_hash}); raw strings are now tokenized with the default one. Pass segmenter= to load() "
            "for identical tokenization.",
            stacklevel=4,
        )
        return
    current = getattr(model._get_segmenter(), "config_hash", None)
    if current != saved_hash:
        warnings.warn(
            f"{directory}: the segmenter's config_hash is {current}, the model was trained with {saved_hash} "
            "(lexicon, stopwords or jieba changed); tokens of raw strings may differ from training.",
            stacklevel=4,
        )
