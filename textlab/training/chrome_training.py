"""Training and cross-set validation of the chrome model (``textlab.chrome_model``) on development pages.

This module owns turning development page sets (``pages/`` + ``gold/`` folders, or the
``pages.jsonl`` that ``eval/chrome_dev/build.py``, ``eval/chrome_dev2/build.py`` and
``eval/chrome_dev3_designer/build.py`` write) into training lines, fitting the logistic regression
(scikit-learn, ``random_state=0``), choosing the conservative threshold, and scoring a model with
the chrome scorer (``textlab.training.chrome_eval``) against the rules-only cleaner.

A training line is a non-blank line of a page as ``strip_boilerplate`` sees it inside ``clean``
(after the steps before it) that no content guard holds (``textlab.chrome_model.content_guards``:
good prose and keepers by the rules are training lines too); its label is the gold (chrome = 1,
content = 0). Lines the rules already remove are kept as training lines (they teach what chrome
looks like), but their own rule reason is not a feature: only the neighbours' is. Leave-one-writer-out
validation (``scripts/train_chrome.py --cv``) uses :func:`line_table` and :func:`proxy_figures` to
choose C and the threshold and the scorer (:func:`score_with`) for the reported figures. Never give
this module a locked test set.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

from textlab import cleaning
from textlab.chrome_model import ChromeModel, N_FEATURES, page_features
from textlab.training import chrome_eval as ce

__all__ = ["read_jsonl_pages", "load_pages", "page_lines", "examples", "line_table", "proxy_figures", "fit",
           "content_scores",
           "choose_threshold", "score_with"]

_BEFORE = cleaning.STEPS[:cleaning.STEPS.index("strip_boilerplate")]


def read_jsonl_pages(path: str | Path) -> list[ce.Page]:
    """The pages of a ``pages.jsonl`` (``{"id", "style", "lines": [{"text", "label", "kind", "para"}]}``)."""
    pages = []
    for n, row in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not row.strip():
            continue
        rec = json.loads(row)
        lines = []
        for i, ln in enumerate(rec["lines"], 1):
            label = ln["label"]
            if label not in ("content", "chrome", "blank"):
                raise ValueError(f"{path}, record {n}, line {i}: label {label!r}")
            para = ln.get("para")
            lines.append(ce.GoldLine(i, ln["text"], label, ln.get("kind") or "", para if label == "content" else None))
        text = "\n".join(ln.text for ln in lines) + "\n"
        pages.append(ce.Page(str(rec["id"]), text, tuple(lines), rec.get("style", "unknown")))
    return pages


def load_pages(source: str | Path) -> list[ce.Page]:
    """A page set: a folder (``pages/`` + ``gold/``) or a ``pages.jsonl``; locked sets are refused."""
    source = Path(source)
    if source.is_dir():
        if ce.is_locked_set(source):
            raise ValueError(f"{source}: a locked test set; the chrome model never reads one")
        return ce.read_page_set(source)
    return read_jsonl_pages(source)


def page_lines(page: ce.Page) -> tuple[list[str], list[str], list[str], list[int]] | None:
    """Keys, raw lines and rule reasons of the non-blank lines of a page as ``strip_boilerplate``
    sees them in ``clean``, with each one's index into ``page.lines``; None when the steps before
    changed the number of lines (the gold cannot be mapped)."""
    text = page.text
    for name in _BEFORE:
        text = cleaning.get_step(name)(text)
    result = cleaning._boilerplate_filter_with(cleaning._default_rules())(text)  # the rules alone
    lines = result.lines
    if lines and lines[-1] == "" and len(lines) == len(page.lines) + 1:
        lines = lines[:-1]
    if len(lines) != len(page.lines):
        return None
    keys = cleaning._line_keys(list(lines))
    reasons = result.reasons or [""] * len(lines)
    idx = [i for i, k in enumerate(keys) if k]
    return [keys[i] for i in idx], [lines[i] for i in idx], [reasons[i] for i in idx], idx


def _featured(pages: Sequence[ce.Page], *, all_lines: bool):
    """(page, rule reasons, gold index of each line, features) for every page whose gold maps."""
    for page in pages:
        got = page_lines(page)
        if got is None or not got[0]:
            continue
        keys, raws, reasons, idx = got
        yield page, reasons, idx, page_features(keys, raws, reasons, all_lines=all_lines)


def examples(pages: Sequence[ce.Page]):
    """Training lines of ``pages``: (X csr, y, kept_by_rules, kinds, page ids); see the module docstring."""
    table = line_table(pages)
    return table["X"], table["y"], table["kept"], table["kinds"], table["ids"]


def line_table(pages: Sequence[ce.Page]) -> dict:
    """The training lines of ``pages`` with what leave-one-writer-out validation needs.

    Keys: ``X`` (csr), ``y`` (1 = chrome), ``kept`` (kept by the rules: the lines the model judges at
    run time), ``kinds``, ``ids`` (page id), ``paras`` (the gold paragraph of a content line, else -1),
    ``texts`` (the gold line, stripped: what a held-out listing prints);
    and per set: ``paragraphs`` (all gold content paragraphs as (page id, para)), ``rules_lost``
    (those of them a rule removes a line of), ``chrome_total`` and ``chrome_by_rules`` (gold chrome
    lines, and how many of them the rules remove).
    """
    from scipy import sparse

    blocks, ys, kept, kinds, ids, paras, texts = [], [], [], [], [], [], []
    paragraphs, rules_lost = set(), set()
    chrome_total = chrome_by_rules = 0
    for page in pages:
        for g in page.lines:
            if g.label == "content":
                paragraphs.add((page.id, g.para))
            chrome_total += g.label == "chrome"
    for page, reasons, idx, feats in _featured(pages, all_lines=True):
        gold = [page.lines[i] for i in idx]
        for i, g in enumerate(gold):
            if reasons[i] and g.label == "content":
                rules_lost.add((page.id, g.para))
            chrome_by_rules += bool(reasons[i]) and g.label == "chrome"
        rows = [i for i in range(len(idx)) if (not feats.guards[i] or feats.soft[i])
                and len(page.lines[idx[i]].text.strip()) > 1
                and gold[i].label in ("chrome", "content")]
        if not rows:
            continue
        blocks.append(feats.matrix()[rows])
        ys.extend(int(gold[i].label == "chrome") for i in rows)
        kept.extend(not reasons[i] and bool(feats.eligible[i]) for i in rows)
        kinds.extend(gold[i].kind for i in rows)
        ids.extend(page.id for _ in rows)
        paras.extend(gold[i].para if gold[i].label == "content" else -1 for i in rows)
        texts.extend(page.lines[idx[i]].text.strip() for i in rows)
    X = sparse.vstack(blocks).tocsr() if blocks else sparse.csr_matrix((0, N_FEATURES))
    return {"X": X, "y": np.array(ys, dtype=np.int64), "kept": np.array(kept, dtype=bool), "kinds": kinds,
            "ids": ids, "paras": paras, "texts": texts, "paragraphs": paragraphs, "rules_lost": rules_lost,
            "chrome_total": chrome_total, "chrome_by_rules": chrome_by_rules}


def proxy_figures(table: dict, p: np.ndarray, threshold: float) -> dict:
    """Line-level figures of rules + model at ``threshold`` on one set, from its :func:`line_table`
    and the model's probabilities ``p`` of its lines (a fast stand-in for the scorer while choosing
    the threshold): chrome removed, paragraphs lost by the model that the rules keep whole."""
    go = table["kept"] & (p >= threshold)
    y = table["y"]
    removed = table["chrome_by_rules"] + int((go & (y == 1)).sum())
    lost = {(table["ids"][i], table["paras"][i]) for i in np.flatnonzero(go & (y == 0))}
    lost -= table["rules_lost"]
    n_par = max(len(table["paragraphs"]), 1)
    return {"chrome_removed": removed / max(table["chrome_total"], 1), "content_lines_lost": int((go & (y == 0)).sum()),
            "paragraphs_lost_by_model": len(lost), "paragraphs_kept_share_by_model": 1 - len(lost) / n_par,
            "paragraphs_kept_by_rules": 1 - len(table["rules_lost"]) / n_par}


def fit(X, y, *, C: float = 1.0, threshold: float = 0.9, card: dict | None = None,
        class_weight="balanced") -> ChromeModel:
    """A logistic regression (liblinear, balanced classes, ``random_state=0``) on the training lines."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, solver="liblinear", random_state=0, max_iter=2000, class_weight=class_weight)
    clf.fit(X, y)
    return ChromeModel(clf.coef_[0].astype(np.float64), float(clf.intercept_[0]), threshold, dict(card or {}))


def content_scores(model: ChromeModel, pages: Sequence[ce.Page]) -> tuple[np.ndarray, np.ndarray]:
    """Chrome probabilities of the lines the model would judge (kept by the rules, not good, not a
    keeper, not protected) on ``pages``, and whether each is gold chrome."""
    ps, chrome = [], []
    for page, _, idx, feats in _featured(pages, all_lines=False):
        p = model.probabilities(feats)
        for i in np.flatnonzero(feats.eligible):
            label = page.lines[idx[i]].label
            if label in ("chrome", "content"):
                ps.append(p[i])
                chrome.append(label == "chrome")
    return np.array(ps), np.array(chrome, dtype=bool)


def choose_threshold(content_probabilities: np.ndarray, *, floor: float = 0.5, margin: float = 0.05) -> float:
    """The lowest threshold above every content line's probability (plus ``margin``), at least ``floor``."""
    top = float(content_probabilities.max()) if content_probabilities.size else 0.0
    return float(min(0.999, max(floor, top + margin)))


def score_with(pages: Sequence[ce.Page], model: ChromeModel | None) -> dict:
    """The scorer's summary of ``clean(report=True)`` on ``pages`` with ``model`` (None: rules only)."""
    def cleaner(texts):
        judge = False if model is None else model
        return [ce._from_report(cleaning.clean(t, report=True, chrome_model=judge)) for t in texts]

    return ce.summarise(ce.score_pages(pages, cleaner, ce.Canonicaliser()))
