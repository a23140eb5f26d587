"""Discourse context of the paragraph classifier: document type slots, the frame in force, and the
sequence layer over the sentences of a document.

* **Frames.** A document sets a frame (``FRAMES``: none, retrospective practice, problem diagnosis,
  forward plan) that switches at cue headings and cue sentences (``resources/frames.txt``:
  近年来 / 主要做法 / 取得了…成效 -> retrospective; 存在的问题 / 不足 -> problem; 下一步 / 今后 /
  工作打算 -> forward) and persists across paragraphs until the next cue. :func:`document_frames`
  gives the frame of every row of a unit table; the title sets the frame before the first cue.
* **Document type slots.** ``DOC_TYPE_SLOTS``: the types of :mod:`textlab.doctype` plus ``""``
  (unknown, e.g. a lone sentence); :func:`doc_type_index` maps a type to its slot.
* **Sequence layer.** :class:`SequenceLayer` is a hidden Markov layer over the calibrated
  per-sentence probabilities of one document: transition matrices that depend on the document
  type (estimated from labelled documents), emissions ``p(label | sentence) / prior(label)**b``,
  and forward-backward marginals. It is stored as plain arrays (no pickle, see
  :mod:`textlab.classify`).

Everything here is a plain function or a small dataclass; the cue files are read when asked for.

Example:
    >>> frames = FrameLexicon.load()
    >>> frames.switch("二、存在的问题", heading=True)
    'problem'
    >>> frames.switch("下一步，我们将重点做好以下工作：", heading=False)
    'forward'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from textlab.locations import header_field, resource_path

from textlab.doctype import DOC_TYPES

FRAMES: tuple[str, ...] = ("none", "retrospective", "problem", "forward")
"""The frame in force: nothing set yet, retrospective practice, problem diagnosis, forward plan."""

DOC_TYPE_SLOTS: tuple[str, ...] = (*DOC_TYPES, "")
"""Document types as the classifier sees them; the last slot ("") is an unknown type."""

SCOPES = ("heading", "opening", "title")
OPENING_CHARS = 12  # an "opening" cue must start within the first characters of a sentence


def doc_type_index(doc_type: str) -> int:
    """Slot of ``doc_type`` in ``DOC_TYPE_SLOTS`` (unknown names go to the last slot, "")."""
    try:
        return DOC_TYPE_SLOTS.index(doc_type)
    except ValueError:
        return len(DOC_TYPE_SLOTS) - 1


@dataclass(frozen=True)
class FrameLexicon:
    """The frame cues of ``resources/frames.txt``: name, version, SHA-256 and per (frame, scope) a regex."""

    name: str
    version: int
    sha256: str
    patterns: tuple[tuple[str, str, str], ...]  # (frame, scope, regex)
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "FrameLexicon":
        """Read a frame file (default: the packaged ``resources/frames.txt``); bad lines raise ValueError naming the file."""
        path = Path(path) if path else resource_path("frames.txt")
        raw = path.read_bytes()
        name, version, rows = f"custom:{path.name}", 0, {}
        for number, line in enumerate(raw.decode("utf-8-sig").splitlines(), 1):
            if line.startswith("#"):
                name, version = header_field(line, name, version)
                continue
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3 or parts[0] not in FRAMES[1:] or parts[1] not in SCOPES:
                raise ValueError(f"{path}: line {number}: expected 'frame<TAB>scope<TAB>regex' with a frame of "
                                 f"{FRAMES[1:]} and a scope of {SCOPES}")
            try:
                re.compile(parts[2])
            except re.error as err:
                raise ValueError(f"{path}: line {number}: bad regular expression ({err})") from None
            rows.setdefault((parts[0], parts[1]), []).append(parts[2].strip())
        patterns = tuple((f, s, "|".join(f"(?:{p})" for p in ps)) for (f, s), ps in rows.items())
        lexicon = cls(name, version, hashlib.sha256(raw).hexdigest(), patterns)
        for f, s, p in patterns:
            lexicon._compiled.setdefault(s, []).append((f, re.compile(p)))
        return lexicon

    def reference(self) -> dict:
        """What a saved model stores instead of the patterns."""
        return {"name": self.name, "version": self.version, "sha256": self.sha256}

    def _first(self, text: str, scope: str, limit: int | None = None) -> tuple[int, str] | None:
        best = None
        for frame, rx in self._compiled.get(scope, ()):
            m = rx.search(text)
            if m and (limit is None or m.start() < limit) and (best is None or m.start() < best[0]):
                best = (m.start(), frame)
        return best

    def switch(self, text: str, *, heading: bool) -> str | None:
        """The frame a unit switches to (None: it sets none). A heading (or an announcing
        sentence ending in ：) is read whole with the heading cues; any sentence whose first
        characters hold an opening cue switches too."""
        found = []
        if heading or text.endswith(("：", ":")):
            found.append(self._first(text, "heading"))
        found.append(self._first(text, "opening", OPENING_CHARS))
        found = [f for f in found if f]
        return min(found)[1] if found else None

    def title_frame(self, title: str) -> str:
        """The frame a document title sets before the first cue ("none" if it names none)."""
        first = self._first(title, "title") if title else None
        return first[1] if first else "none"


def document_frames(units, lexicon: FrameLexicon | None = None) -> list[str]:
    """The frame in force at each row of a unit table (``context_units`` columns), in row order.

    Rows are read in order; a new document (``document`` column) starts with the frame of its
    title; a row that holds a cue switches the frame for itself and what follows, across
    paragraphs, until the next cue. Rows without context (``context`` False: lone sentences)
    are "none".
    """
    lexicon = lexicon or FrameLexicon.load()
    n = len(units)
    if n == 0:
        return []
    texts = units["text"].tolist()
    heads = units["heading_sentence"].tolist()
    titles = units["title"].tolist()
    docs = units["document"].tolist() if "document" in units.columns else [""] * n
    has_context = units["context"].tolist() if "context" in units.columns else [True] * n
    out, frame, current, title_cache = [], "none", None, {}
    for i in range(n):
        if not has_context[i]:
            out.append("none")
            current = None
            continue
        if docs[i] != current or i == 0:
            current = docs[i]
            if titles[i] not in title_cache:
                title_cache[titles[i]] = lexicon.title_frame(titles[i])
            frame = title_cache[titles[i]]
        switched = lexicon.switch(texts[i], heading=bool(heads[i]))
        if switched:
            frame = switched
        out.append(frame)
    return out


@dataclass
class SequenceLayer:
    """Hidden Markov layer over per-sentence probabilities, with type-dependent transitions.

    ``transitions[t, a, b]``: probability that a sentence labelled ``a`` is followed by one labelled
    ``b`` in a document of type slot ``t``; ``start[t]``: the first label's distribution;
    ``prior``: the class distribution the per-sentence model was trained on (its probabilities are
    divided by ``prior ** prior_weight`` to act as likelihoods); ``weight``: the exponent of the
    transition and start probabilities (0 switches the layer off: the marginals are then the
    per-sentence probabilities rescaled by the prior term). Class order: the classifier's ``classes_``.
    """

    transitions: np.ndarray
    start: np.ndarray
    prior: np.ndarray
    weight: float = 1.0
    prior_weight: float = 0.0

    @classmethod
    def fit(cls, sequences: Iterable[tuple[str, Sequence[str]]], classes: Sequence[str], *, prior=None,
            smoothing: float = 1.0, shrinkage: float = 20.0, weight: float = 1.0,
            prior_weight: float = 0.0) -> "SequenceLayer":
        """Count transitions in labelled documents, ``(doc_type, labels in order)`` each.

        Each type's counts are shrunk towards the pooled counts (``shrinkage`` pseudo-transitions
        per row) and smoothed (``smoothing`` per cell), so a type with few documents borrows from
        the rest. The unknown slot ("") gets the pooled estimate.
        """
        classes = list(classes)
        k, n_types = len(classes), len(DOC_TYPE_SLOTS)
        index = {c: i for i, c in enumerate(classes)}
        trans = np.zeros((n_types, k, k))
        start = np.zeros((n_types, k))
        for doc_type, labels in sequences:
            t = doc_type_index(doc_type)
            ids = [index[label] for label in labels]
            if not ids:
                continue
            start[t, ids[0]] += 1
            for a, b in zip(ids, ids[1:]):
                trans[t, a, b] += 1
        pooled_t = trans.sum(axis=0) + smoothing
        pooled_t /= pooled_t.sum(axis=1, keepdims=True)
        pooled_s = start.sum(axis=0) + smoothing
        pooled_s /= pooled_s.sum()
        trans = trans + shrinkage * pooled_t[None] + smoothing
        start = start + shrinkage * pooled_s[None] + smoothing
        trans[-1], start[-1] = pooled_t, pooled_s
        trans /= trans.sum(axis=2, keepdims=True)
        start /= start.sum(axis=1, keepdims=True)
        prior = np.full(k, 1.0 / k) if prior is None else np.asarray(prior, dtype=np.float64)
        return cls(trans, start, prior / prior.sum(), float(weight), float(prior_weight))

    def marginals(self, proba: np.ndarray, doc_type: str = "") -> np.ndarray:
        """Posterior label probabilities of one document's sentences (rows in reading order)."""
        proba = np.asarray(proba, dtype=np.float64)
        n = len(proba)
        if n == 0:
            return proba
        emit = np.clip(proba, 1e-12, None) / self.prior[None] ** self.prior_weight
        emit /= emit.sum(axis=1, keepdims=True)
        if self.weight == 0:
            return emit
        t = doc_type_index(doc_type)
        trans = self.transitions[t] ** self.weight
        start = self.start[t] ** self.weight
        alpha = np.empty_like(emit)
        a = start * emit[0]
        alpha[0] = a / a.sum()
        for i in range(1, n):
            a = (alpha[i - 1] @ trans) * emit[i]
            alpha[i] = a / a.sum()
        beta = np.ones_like(emit)
        for i in range(n - 2, -1, -1):
            b = trans @ (emit[i + 1] * beta[i + 1])
            beta[i] = b / b.sum()
        post = alpha * beta
        return post / post.sum(axis=1, keepdims=True)

    def arrays(self) -> dict[str, np.ndarray]:
        """The layer as arrays for ``arrays.npz``."""
        return {"transitions": self.transitions.astype(np.float64), "start": self.start.astype(np.float64),
                "prior": self.prior.astype(np.float64),
                "sequence": np.array([self.weight, self.prior_weight], dtype=np.float64)}
