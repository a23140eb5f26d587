"""A learned judge for the page-chrome lines the rules of ``textlab.chrome`` leave undecided.

This module owns the line features of the chrome model (:func:`page_features`), the model itself
(:class:`ChromeModel`: one logistic-regression weight vector, an intercept and a conservative
threshold), its folder format (``models/chrome/``: ``arrays.npz`` plus a ``manifest.json`` with
SHA-256, feature spec, threshold and versions, read and written through
:mod:`textlab.persistence`) and the decision step (:func:`model_reasons`).

The rules stay the first pass: a line they call chrome goes as before, a line that reads like
body text (``chrome._is_good``) or is document structure (``chrome._is_keeper``: headings,
greetings, signatures, dates, document numbers, subtitles) stays as before. Only the remaining
*uncertain* lines (kept by the rules, short or without sentence shape) are scored, and one goes
when its chrome probability reaches the model's threshold (chosen on development data so that no
content line of any development set would go).

Features of a line (all computed from the line and its neighbours, linear in the page length):
its shape (length, shares of CJK / digits / latin / punctuation, sentence end, separators,
brackets, dates, times, counts, label colon, leading marks, inner spaces, URLs), whether the
rules call it good or a keeper, the same shape of the lines at -2, -1, +1, +2 with their rule
judgement (chrome or not, and the reason's family), its place in the page (share of the page,
before the first / after the last good line, distances to them), the run of short lines it
sits in, the rule chrome around it, its likeness to the first title-like line, and hashed
character 1-2-grams of the line (and, at half weight, of its two neighbours) into
:data:`N_HASH` slots (CRC-32, the same in every process). Nothing is loaded at import; ``clean()``
reads the shipped model on first use and keeps it for the process (:func:`shipped_chrome_model`).
"""

from __future__ import annotations

import functools
import math
import re
import warnings
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from textlab import chrome as _chrome
from textlab.persistence import ArraySpec, ModelFormatError, npz_bytes, open_model, write_model

__all__ = ["FORMAT", "FORMAT_VERSION", "N_HASH", "SHAPE_NAMES", "REASON_FAMILIES", "N_DENSE", "N_FEATURES",
           "ChromeModel", "PageFeatures", "page_features", "model_reasons", "load_chrome_model",
           "shipped_chrome_model_path", "shipped_chrome_model", "MODEL_REASON"]

FORMAT = "textlab-chrome-model"
FORMAT_VERSION = 1
FEATURE_VERSION = 1
N_HASH = 2 ** 14
MODEL_REASON = "model"  # the reason clean(report=True) gives for a line the model removed
DATA_FILES = ("arrays.npz",)

_SEPARATORS = re.compile(r"[|｜>›»/·•丨▶►→]")
_BRACKETS = re.compile(r"[【】\[\]［］《》〈〉「」（）()]")
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}月\d{1,2}日")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}")
_COUNT = re.compile(r"\d+\s*(?:次|人|条|页|个|万|阅读|浏览|下载|赞|评论|分享)|(?:阅读|浏览|点击|下载|评论|点赞)\D{0,3}\d+")
_LEAD_MARK = re.compile(r"[\d·•▪◆◇■□▲△►▶>»★☆\-–—*○●◎※→|｜①②③④⑤⑥⑦⑧⑨⑩]")
_URL = re.compile(r"https?:|www\.|\.com|\.cn|@|©|ICP", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9０-９]")
_CJK = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORDY = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9０-９]")
_SENT_END = "。！？；…!?;"
_CLOSERS = "”’」』）)》]】〕"

SHAPE_NAMES = ("log_len", "len_le4", "len_le10", "len_le20", "len_ge40", "cjk", "digit", "latin", "punct",
               "sentence_end", "inner_punct", "separator", "bracket", "date", "time", "count", "label_colon",
               "lead_mark", "inner_space", "url", "good", "keeper")
REASON_FAMILIES = ("navigation", "breadcrumb", "toolbar", "metadata", "share", "qr", "ad", "paywall", "related",
                   "footer", "notice", "pagination", "markup", "page_title", "list", "other")
_N_SHAPE = len(SHAPE_NAMES)
_OFFSETS = (-2, -1, 1, 2)
_N_NEIGHBOUR = _N_SHAPE + 2 + len(REASON_FAMILIES)  # shape, exists, rule chrome, reason family
_PLACE_NAMES = ("share_of_page", "before_body", "after_body", "dist_first_good", "dist_last_good", "log_lines",
                "short_run", "chrome_near", "title_sim", "title_same", "bias")
N_DENSE = _N_SHAPE + len(_OFFSETS) * _N_NEIGHBOUR + len(_PLACE_NAMES)
N_FEATURES = N_DENSE + N_HASH
_SHORT = 20


def _shape(key: str, raw: str, good: bool, keeper: bool) -> list[float]:
    n = len(key)
    wordy = len(_WORDY.findall(key))
    cjk = len(_CJK.findall(key))
    digits = len(_DIGIT.findall(key))
    latin = len(_LATIN.findall(key))
    d = max(n, 1)
    stripped = raw.strip()
    return [
        math.log1p(n) / 5.0, float(n <= 4), float(n <= 10), float(n <= 20), float(n >= 40),
        cjk / d, digits / d, latin / d, (n - wordy) / d,
        float(key.rstrip(_CLOSERS)[-1:] in _SENT_END and n > 0),
        float(any(c in key[:-1] for c in "，。；")),
        float(bool(_SEPARATORS.search(raw))), float(bool(_BRACKETS.search(key))),
        float(bool(_DATE.search(key))), float(bool(_TIME.search(key))), float(bool(_COUNT.search(key))),
        float("：" in key[:12]), float(bool(_LEAD_MARK.match(key))),
        float(bool(re.search(r"\S[ \t\u3000]+\S", stripped))), float(bool(_URL.search(key))),
        float(good), float(keeper),
    ]


def _family(reason: str) -> int:
    head = reason.split(":", 1)[0]
    for k, name in enumerate(REASON_FAMILIES[:-1]):
        if head.startswith(name) or (name == "list" and head.endswith("list")):
            return k
    return len(REASON_FAMILIES) - 1


def _grams(key: str) -> list[int]:
    out = [zlib.crc32(c.encode("utf-8")) % N_HASH for c in key]
    out += [zlib.crc32(key[i:i + 2].encode("utf-8")) % N_HASH for i in range(len(key) - 1)]
    return out


def _bigrams(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)} or ({key} if key else set())


_OPEN_END = "，、；：,;:“‘（(《〈—-"
_BARE_NUMBER = re.compile(r"[\d.,．%％]{1,12}")


_TITLE_PIECE = re.compile(r".{0,20}关于|.{0,12}国务院令|.{2,30}(?:通知|决定|意见|办法|规定|条例|报告|纪要)$")


_COUNT_TAIL = re.compile(r"(?:(?:浏览|阅读|点击|下载|评论)[（(]?\d{1,7}[）)]?次?|\d{1,7}(?:次?阅读|次?浏览|人看过|次下载|人已下载)|\d\.\d分)$")


def _counted(key: str) -> bool:
    """A line ending in a view / download count or a rating (``…浏览（766）``, ``…3.7分``): a listed
    headline even when it reads like a sentence or a numbered heading; the model may judge it."""
    return bool(_COUNT_TAIL.search(key))


def _bullet_item(key: str) -> bool:
    """A keeper only by its subtitle shape that opens with one hyphen (``-湖南：…浏览（766）``), not a
    real subtitle (``——在…上的讲话``): the model may judge it."""
    return key[:1] in "-－" and key[1:2] not in "-－—" and len(key) > 1


def _protected(key: str, head: bool) -> bool:
    """Lines the model never judges: a sentence or a piece of one (ending in sentence punctuation, or
    open: a comma, colon or opening quote at its end, or a comma inside), a bare number (a table cell), a name with a post
    (a member list), and in the head of the page (up to the first good line) a piece of a document
    title (``国务院关于…``)."""
    tail = key.rstrip(_CLOSERS)[-1:]
    if tail and (tail in _SENT_END or key[-1] in _OPEN_END) or "，" in key:
        return True
    if _BARE_NUMBER.fullmatch(key) or _chrome._POST_END.search(key):
        return True
    return head and bool(_TITLE_PIECE.match(key))


def _structure_neighbour(keys: Sequence[str], i: int, first_good: int) -> bool:
    """A line that document structure around it claims: the speaker's name above a greeting
    (``习近平`` / ``同志们：``), or in the head the rest of a title cut after ``…关于…``."""
    if i + 1 < len(keys) and _chrome._GREETING.fullmatch(keys[i + 1]):
        return True
    return i <= first_good and i > 0 and bool(_TITLE_PIECE.match(keys[i - 1])) and not _chrome._is_sentence(keys[i - 1])


@dataclass
class PageFeatures:
    """The features of the non-blank lines of one page: a dense block, hashed grams, eligibility."""

    dense: np.ndarray  # (n, N_DENSE) float64
    hashed: list[dict[int, float]]  # per line: slot -> value
    eligible: np.ndarray  # (n,) bool: kept by the rules, not good, not a keeper, not protected

    def matrix(self):
        """The features as one scipy CSR matrix (n, N_FEATURES), for training."""
        from scipy import sparse

        rows, cols, vals = [], [], []
        for i, h in enumerate(self.hashed):
            for slot, v in h.items():
                rows.append(i)
                cols.append(slot)
                vals.append(v)
        hashed = sparse.csr_matrix((vals, (rows, cols)), shape=(len(self.hashed), N_HASH))
        return sparse.hstack([sparse.csr_matrix(self.dense), hashed], format="csr")


def page_features(keys: Sequence[str], raws: Sequence[str], reasons: Sequence[str], *,
                  all_lines: bool = True) -> PageFeatures:
    """Features of the lines of a page, given their keys, raw lines and rule reasons ("" = kept).

    ``keys`` are the keys ``textlab.cleaning`` makes (whitespace removed, half-width ``,;:!?()``
    full-width); only non-blank lines are passed. With ``all_lines=False`` only the eligible lines
    get features (the others keep zero rows): what the decision step needs.
    """
    n = len(keys)
    good = [not reasons[i] and _chrome._is_good(keys[i]) and not _chrome._suffix_title(keys[i]) for i in range(n)]
    first_good = next((i for i in range(n) if good[i]), n)
    last_good = next((i for i in range(n - 1, -1, -1) if good[i]), -1)
    keeper = [not reasons[i] and not good[i] and _chrome._is_keeper(keys[i], signature=i > first_good)
              for i in range(n)]
    title_key = next((k for i, k in enumerate(keys) if not reasons[i] and 6 <= len(k) <= 60
                      and not _chrome._is_sentence(k)), "")
    eligible = np.array([not reasons[i] and (not (good[i] or keeper[i]) or _bullet_item(keys[i]) or _counted(keys[i]))
                         and len(keys[i]) > 1 and keys[i] != title_key
                         and not _protected(keys[i], i <= first_good)
                         and not _structure_neighbour(keys, i, first_good) for i in range(n)], dtype=bool)
    if first_good == n:  # no line of prose: no body to judge the others against, rules only
        eligible[:] = False
    if eligible.any():
        from textlab.wraps import wrap_width

        if wrap_width(list(raws)) is not None:  # a hard-wrapped (PDF) copy: table cells and pieces, rules only
            eligible[:] = False
    rows = range(n) if all_lines else [int(i) for i in np.flatnonzero(eligible)]
    dense = np.zeros((n, N_DENSE), dtype=np.float64)
    hashed: list[dict[int, float]] = [{} for _ in range(n)]
    if not rows:
        return PageFeatures(dense, hashed, eligible)
    shapes: dict[int, list[float]] = {}
    grams: dict[int, list[int]] = {}

    def shape(j: int) -> list[float]:
        if j not in shapes:
            shapes[j] = _shape(keys[j], raws[j], good[j], keeper[j])
        return shapes[j]

    def gram(j: int) -> list[int]:
        if j not in grams:
            grams[j] = _grams(keys[j])
        return grams[j]

    def short(j: int) -> bool:
        return len(keys[j]) <= _SHORT and not good[j] and not _chrome._is_sentence(keys[j])

    chrome_flags = [bool(r) for r in reasons]
    prefix = [0]
    for f in chrome_flags:
        prefix.append(prefix[-1] + f)
    title_grams = _bigrams(title_key)
    run_of: dict[int, int] = {}
    for i in rows:
        if i not in run_of:  # the run of short lines around i (each run is walked once)
            lo = hi = i
            if short(i):
                while lo > 0 and short(lo - 1):
                    lo -= 1
                while hi + 1 < n and short(hi + 1):
                    hi += 1
                for t in range(lo, hi + 1):
                    run_of[t] = hi - lo + 1
            else:
                run_of[i] = 0
        row = list(shape(i))
        for off in _OFFSETS:
            j = i + off
            if 0 <= j < n:
                fam = [0.0] * len(REASON_FAMILIES)
                if reasons[j]:
                    fam[_family(reasons[j])] = 1.0
                row += shape(j) + [1.0, float(chrome_flags[j])] + fam
            else:
                row += [0.0] * _N_NEIGHBOUR
        lo, hi = max(0, i - 3), min(n, i + 4)
        kb = _bigrams(keys[i])
        sim = len(kb & title_grams) / len(kb) if kb and title_grams else 0.0
        row += [i / max(n - 1, 1), float(i < first_good), float(i > last_good),
                math.log1p(abs(i - first_good)) / 5.0 if first_good < n else 1.0,
                math.log1p(abs(i - last_good)) / 5.0 if last_good >= 0 else 1.0,
                math.log1p(n) / 6.0, math.log1p(run_of[i]) / 3.0, (prefix[hi] - prefix[lo] - chrome_flags[i]) / 6.0,
                sim, float(keys[i] == title_key and bool(title_key)), 1.0]
        dense[i] = row
        h = hashed[i]
        for weight, j in ((1.0, i), (0.5, i - 1), (0.5, i + 1)):
            gs = gram(j) if 0 <= j < n else []
            if gs:
                w = weight / math.sqrt(len(gs))
                for s in gs:
                    h[s] = h.get(s, 0.0) + w
    return PageFeatures(dense, hashed, eligible)


@dataclass
class ChromeModel:
    """A linear chrome judge: ``p(chrome) = sigmoid(x . coef + intercept)``; removes at ``threshold``."""

    coef: np.ndarray  # (N_FEATURES,) float64
    intercept: float
    threshold: float
    card: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.coef = np.asarray(self.coef, dtype=np.float64)
        if self.coef.shape != (N_FEATURES,):
            raise ValueError(f"coef has shape {self.coef.shape}, expected ({N_FEATURES},)")
        if not np.isfinite(self.coef).all() or not math.isfinite(self.intercept):
            raise ValueError("coef and intercept must be finite")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold {self.threshold} is not in (0, 1]")

    def probabilities(self, feats: PageFeatures) -> np.ndarray:
        """The chrome probability of every line of a page."""
        z = feats.dense @ self.coef[:N_DENSE] + self.intercept
        w = self.coef[N_DENSE:]
        for i, h in enumerate(feats.hashed):
            if h:
                z[i] += sum(w[s] * v for s, v in h.items())
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))

    # ------------------------------------------------------------------ persistence

    def save(self, path: str | Path) -> Path:
        """Write the model as data (``arrays.npz`` + ``manifest.json`` with SHA-256) to ``path``."""
        arrays = {"coef": self.coef, "intercept": np.array([self.intercept], dtype=np.float64)}
        manifest = {"threshold": float(self.threshold), "feature_version": FEATURE_VERSION, "n_hash": N_HASH,
                    "n_dense": N_DENSE, "shape_names": list(SHAPE_NAMES), "reason_families": list(REASON_FAMILIES),
                    "offsets": list(_OFFSETS), "place_names": list(_PLACE_NAMES), "card": self.card}
        return write_model(path, format=FORMAT, format_version=FORMAT_VERSION,
                           files={"arrays.npz": npz_bytes(arrays)}, manifest=manifest)

    @classmethod
    def load(cls, path: str | Path) -> "ChromeModel":
        """Read a model written by :meth:`save`; a malformed folder raises ``ModelFormatError``."""
        folder = open_model(path, format=FORMAT, versions=(FORMAT_VERSION,), data_files=DATA_FILES,
                            kind="chrome model")
        m = folder.manifest
        where = folder.manifest_path
        expected = {"feature_version": FEATURE_VERSION, "n_hash": N_HASH, "n_dense": N_DENSE,
                    "shape_names": list(SHAPE_NAMES), "reason_families": list(REASON_FAMILIES),
                    "offsets": list(_OFFSETS), "place_names": list(_PLACE_NAMES)}
        for key, want in expected.items():
            if m.get(key) != want:
                raise ModelFormatError(f"{where}: {key} {str(m.get(key))[:80]!r} is not this textlab's feature "
                                       f"spec ({str(want)[:80]})")
        threshold = m.get("threshold")
        if not isinstance(threshold, float) or not 0.0 < threshold <= 1.0:
            raise ModelFormatError(f"{where}: threshold {str(threshold)[:40]!r} must be a number in (0, 1]")
        card = m.get("card", {})
        if not isinstance(card, dict):
            raise ModelFormatError(f"{where}: 'card' must be a JSON object")
        arrays = folder.arrays("arrays.npz", {"coef": ArraySpec((N_FEATURES,)), "intercept": ArraySpec((1,))})
        return cls(arrays["coef"].astype(np.float64), float(arrays["intercept"][0]), threshold, card)


def model_reasons(keys: Sequence[str], raws: Sequence[str], reasons: Sequence[str], model: ChromeModel) -> list[str]:
    """The rule ``reasons`` of a page's non-blank lines with the uncertain lines the model calls chrome
    set to :data:`MODEL_REASON`. Lines the rules removed, good lines, keepers, protected lines (see
    ``_protected``), the first title-like line, one-character lines, and every line of a hard-wrapped
    (PDF-like) page or of a page without a line of prose are not changed."""
    out = list(reasons)
    if not keys:
        return out
    feats = page_features(keys, raws, reasons, all_lines=False)
    if not feats.eligible.any():
        return out
    p = model.probabilities(feats)
    for i in np.flatnonzero(feats.eligible & (p >= model.threshold)):
        out[i] = MODEL_REASON
    return out


def shipped_chrome_model_path() -> Path:
    """The folder of the shipped chrome model (``models/chrome``)."""
    from textlab.locations import model_path

    return model_path("chrome")


def load_chrome_model(path: str | Path | None = None) -> ChromeModel:
    """The shipped chrome model (``models/chrome``) or a saved one at ``path`` (read anew each call)."""
    return ChromeModel.load(path or shipped_chrome_model_path())


def shipped_chrome_model() -> ChromeModel | None:
    """The shipped model as ``clean()`` uses it by default: read on first use and kept for the
    process (keyed by the folder, so ``$TEXTLAB_MODELS`` is honoured); None, with a warning, when
    this install has no ``models/chrome`` (the rules then judge alone)."""
    return _shipped(str(shipped_chrome_model_path()))


@functools.lru_cache(maxsize=4)
def _shipped(folder: str) -> ChromeModel | None:
    if not (Path(folder) / "manifest.json").is_file():
        warnings.warn(f"{folder}: no chrome model; clean() judges page chrome by the rules alone", stacklevel=3)
        return None
    return ChromeModel.load(folder)
