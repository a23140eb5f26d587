"""Scoring the classifier and the document type on the written genre set ``eval/genres`` (issue 15, point 4).

This module owns the evaluation of whatever ``textlab`` is imported (its shipped classifier or
one at a given path) on the 60 documents of ``eval/genres``: reading and checking the set, the
gate that keeps its locked test part closed, the metrics, the alignment of document units to the
gold units, the plain baseline, the document-type figures (on the set and on the corpus folders),
the speed measurement, and the Markdown/JSON it writes. ``scripts/eval_genres.py`` is the
command-line wrapper. It never trains or changes the classifier or the document typer.

Definitions (the same on every table):

* **Four-label macro-F1**: F1 averaged over achievement, problem, measure, other.
* **Three-label macro-F1**: F1 averaged over achievement, problem and measure (``TASK_LABELS``),
  with ``other`` kept as a class: an ``other`` unit predicted as measure is a false positive of
  measure, a measure unit predicted as ``other`` a false negative. This is how the issue's 0.1.0
  figures were computed (its confusion ``A 57/4/15/22, P 11/20/0/5, M 19/1/36/12, O 11/6/7/89``
  gives 0.62 with four labels).
* A label that occurs neither in the gold labels nor in the predictions of a subset (a sub-genre
  without problem units, say) has no defined F1 and is left out of that subset's average
  (scikit-learn's convention when it is given no label list); the label is listed in ``labels_used``.
* Confusion matrices: rows gold, columns predicted, in the order A/P/M/O.
* **Sentence mode**: ``predict()`` on each gold unit's text alone.
* **In context**: ``classify_document(text, level="sentence")`` on each whole document; its
  sentence units are aligned to the gold units by text (:func:`align_units`). A gold unit that
  no document unit covers (cleaning removed it as page chrome, say) counts as predicted
  ``other`` (the library said nothing about it) and is counted and listed as unaligned, never
  dropped; the figures over the aligned units alone are given beside.

The locked test part is scored only with ``locked_test_run=True`` (``--locked-test-run``), and its
output holds aggregates only: no unit texts and no per-document rows.

Example:
    >>> macro_f1(["problem", "other"], ["problem", "measure"], ("achievement", "problem", "measure"))
    0.5
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import json
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from textlab.labels import LABELS, TASK_LABELS
from textlab.training.checkout import PathLike, checkout_root, eval_dir, seeds_dir

#: The parts of eval/genres (split.tsv).
PARTS = ("dev", "test")
#: What may be scored: a part, or "all" (both parts; only where the test part is retired).
SCORABLE = (*PARTS, "all")
#: Columns of eval/genres/labels.tsv.
LABEL_COLUMNS = ["doc", "para", "sent", "label", "mixed", "genre", "text"]
#: Document types of the CONTRACT (textlab.doctype.DOC_TYPES), in this order when that module is absent.
CONTRACT_DOC_TYPES = ("work_report", "speech", "experience", "summary", "self_criticism", "plan", "news", "other")
#: eval/genres/doc_types.tsv names (LABELING.md) -> document types of textlab (CONTRACT.md).
GOLD_TYPE_NAMES = {
    "work report": "work_report",
    "speech": "speech",
    "experience material": "experience",
    "work summary": "summary",
    "self-criticism": "self_criticism",
    "plan or opinion": "plan",
    "news report": "news",
    "other": "other",
}
#: Corpus folders whose every document is a work report (government or congress).
WORK_REPORT_FOLDERS = ("national_gwr_wikisource", "provincial_gwr_2025", "city_gwr_2024", "cpc_congress_wikisource")
STATE_COUNCIL_FOLDER = "state_council_2004_2019"
#: Sub-folders of the corpus that hold no reports (the NPC resolutions approving a report).
NOT_A_REPORT_FOLDERS = ("npc_resolutions",)
#: A gold unit is aligned when at least this share of its characters is matched in one document unit.
MIN_ALIGNED_SHARE = 0.5
#: Abbreviations of the labels in table headers.
SHORT = {"achievement": "A", "problem": "P", "measure": "M", "other": "O"}


class LockedTestError(PermissionError):
    """The locked test part was asked for without ``locked_test_run=True``."""


def check_part(part: str, locked_test_run: bool = False, folder: PathLike | None = None) -> str:
    """``part`` if it may be scored: "dev" always; "test" only with ``locked_test_run``, unless the set in
    ``folder`` (default: the checkout's eval/genres) has retired its test part into development data
    (README opening with ``**RETIRED**``, :func:`textlab.training.dev_sets.test_part_retired`);
    "all" (both parts) only where the test part is retired. Only the README is read."""
    from textlab.training.dev_sets import test_part_retired

    if part not in SCORABLE:
        raise ValueError(f"part must be one of {', '.join(SCORABLE)}, not {part!r}")
    if part == "dev":
        return part
    folder = Path(folder) if folder is not None else eval_dir() / "genres"
    if test_part_retired(folder):
        return part
    if part == "all":
        raise LockedTestError(f"{folder}: the test part is locked, so 'all' cannot be scored; score 'dev', or the "
                              "test part once with locked_test_run=True (--locked-test-run)")
    if not locked_test_run:
        raise LockedTestError(f"the test part of {folder} is locked: score it only once, after the model is "
                              "frozen, with locked_test_run=True (--locked-test-run)")
    return part


def gold_doc_type(name: str, where: str = "doc_types.tsv") -> str:
    """The textlab document type of an eval/genres ``doc_types.tsv`` name (CONTRACT.md mapping)."""
    try:
        return GOLD_TYPE_NAMES[name]
    except KeyError:
        raise ValueError(f"{where}: unknown document type {name!r}; expected one of {sorted(GOLD_TYPE_NAMES)}") from None


# ------------------------------------------------------------------------------------------ the set


@dataclass
class GenreSet:
    """eval/genres read and checked: units (one row per gold unit), texts, types and the split."""

    folder: Path
    units: Any  # DataFrame with LABEL_COLUMNS (para, sent, mixed as int)
    texts: dict[str, str]
    doc_types: dict[str, str]  # doc -> textlab type (mapped)
    split: dict[str, str]
    hashes: dict[str, str] = field(default_factory=dict)
    locked_hashes: dict[str, str | None] = field(default_factory=dict)

    def documents(self, part: str) -> list[str]:
        return sorted(doc for doc, p in self.split.items() if p == part)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_tsv(path: Path, header: list[str]) -> list[list[str]]:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != header:
        raise ValueError(f"{path}: header must be {header}, found {rows[0] if rows else 'an empty file'}")
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise ValueError(f"{path}: line {i} has {len(row)} fields, expected {len(header)}")
    return rows[1:]


def read_genre_set(folder: PathLike | None = None) -> GenreSet:
    """Read ``eval/genres`` (``folder``, default the checkout's): labels.tsv, doc_types.tsv, split.tsv and
    every document's text; errors name the file and the problem. The SHA-256 of labels.tsv and
    split.tsv are returned beside the ones locked in its README."""
    import pandas as pd

    folder = Path(folder) if folder is not None else eval_dir() / "genres"
    labels_path = folder / "labels.tsv"
    rows = _read_tsv(labels_path, LABEL_COLUMNS)
    for i, row in enumerate(rows, start=2):
        if row[3] not in LABELS:
            raise ValueError(f"{labels_path}: line {i}: unknown label {row[3]!r}")
        if not (row[1].isdigit() and row[2].isdigit()):
            raise ValueError(f"{labels_path}: line {i}: para and sent must be integers")
    units = pd.DataFrame(rows, columns=LABEL_COLUMNS)
    units[["para", "sent", "mixed"]] = units[["para", "sent", "mixed"]].astype(int)
    types_path, split_path = folder / "doc_types.tsv", folder / "split.tsv"
    doc_types = {doc: gold_doc_type(name, str(types_path)) for doc, name in _read_tsv(types_path, ["doc", "type"])}
    split = dict(_read_tsv(split_path, ["doc", "part"]))
    bad = {p for p in split.values() if p not in PARTS}
    if bad:
        raise ValueError(f"{split_path}: unknown parts {sorted(bad)}")
    docs = sorted(set(units["doc"]))
    for name, listed in ((types_path, doc_types), (split_path, split)):
        if sorted(listed) != docs:
            raise ValueError(f"{name}: lists {len(listed)} documents, labels.tsv {len(docs)}; they must be the same")
    texts = {}
    for doc in docs:
        path = folder / f"{doc}.txt"
        if not path.is_file():
            raise FileNotFoundError(f"{path}: labels.tsv names document {doc} but its text is missing")
        texts[doc] = path.read_text(encoding="utf-8")
    readme = folder / "README.md"
    readme_text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    hashes, locked = {}, {}
    for path in (labels_path, split_path):
        hashes[path.name] = _sha256(path)
        m = re.search(r"SHA-256 of `" + re.escape(path.name) + r"`: `([0-9a-f]{64})`", readme_text)
        locked[path.name] = m.group(1) if m else None
    return GenreSet(folder, units, texts, doc_types, split, hashes, locked)


# ------------------------------------------------------------------------------------------ metrics


def _present(y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str]) -> list[str]:
    seen = set(y_true) | set(y_pred)
    return [lab for lab in labels if lab in seen]


def macro_f1(y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str]) -> float:
    """F1 averaged over ``labels`` that occur in the gold labels or the predictions; any other label
    (``other`` for the three-label figure) stays a class: it counts as a false positive/negative of
    the labels averaged. NaN when none of ``labels`` occurs."""
    from sklearn.metrics import f1_score

    used = _present(y_true, y_pred, labels)
    if not used:
        return float("nan")
    return float(np.mean(f1_score(list(y_true), list(y_pred), labels=used, average=None, zero_division=0)))


def label_scores(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, Any]:
    """Four- and three-label macro-F1, accuracy, per-class P/R/F1 and the A/P/M/O confusion (rows gold)."""
    from textlab.training.evaluate import scores

    y_true, y_pred = [str(y) for y in y_true], [str(y) for y in y_pred]
    unknown = sorted(set(y_true + y_pred) - set(LABELS))
    if unknown:
        raise ValueError(f"unknown labels {unknown}; expected {', '.join(LABELS)}")
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} gold labels but {len(y_pred)} predictions")
    if not y_true:
        return {"n": 0, "macro_f1_4": float("nan"), "macro_f1_3": float("nan"), "accuracy": float("nan"),
                "per_class": {}, "confusion": [[0] * 4 for _ in LABELS], "labels": list(LABELS), "labels_used": []}
    base = scores(y_true, y_pred, LABELS)
    return {
        "n": base["n"],
        "macro_f1_4": macro_f1(y_true, y_pred, LABELS),
        "macro_f1_3": macro_f1(y_true, y_pred, TASK_LABELS),
        "accuracy": base["accuracy"],
        "per_class": base["per_class"],
        "confusion": base["confusion"],
        "labels": list(LABELS),
        "labels_used": _present(y_true, y_pred, LABELS),
    }


def by_genre(genres: Sequence[str], y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, dict]:
    """:func:`label_scores` of each sub-genre."""
    out = {}
    genres, y_true, y_pred = list(genres), list(y_true), list(y_pred)
    for g in sorted(set(genres)):
        idx = [i for i, gg in enumerate(genres) if gg == g]
        out[g] = label_scores([y_true[i] for i in idx], [y_pred[i] for i in idx])
    return out


# ------------------------------------------------------------------------------------------ alignment


def _key(text: str, normalise: Callable[[str], str] | None) -> str:
    text = normalise(text) if normalise else text
    return "".join(text.split())


@dataclass
class Alignment:
    """For each gold unit: the document unit it is aligned to (or None) and how ("exact", "partial",
    "unaligned"); ``share`` is the part of its characters matched in that unit."""

    target: list[int | None]
    status: list[str]
    share: list[float]
    extra_units: int  # document units less than min_share of whose characters match gold text

    def counts(self) -> dict[str, int]:
        c = Counter(self.status)
        return {"gold_units": len(self.status), "exact": c["exact"], "partial": c["partial"],
                "unaligned": c["unaligned"], "document_units_without_gold": self.extra_units}


def align_units(gold: Sequence[str], units: Sequence[str], *, normalise: Callable[[str], str] | None = None,
                min_share: float = MIN_ALIGNED_SHARE) -> Alignment:
    """Align the gold units of one document to the units a document reader made of it, by text.

    Both sequences (in document order) are keyed (``normalise`` if given, whitespace removed) and
    concatenated; the characters of the two strings are matched (``difflib``, in order). A gold
    unit goes to the document unit holding most of its matched characters if at least
    ``min_share`` of its characters are matched ("exact" when the two keys are equal, else
    "partial": one side split or joined the text differently, or cleaning changed it), else it is
    "unaligned". Several gold units may go to one document unit (it joined them).
    """
    gkeys = [_key(t, normalise) for t in gold]
    ukeys = [_key(t, normalise) for t in units]
    gstring, ustring = "".join(gkeys), "".join(ukeys)
    gowner = np.repeat(np.arange(len(gkeys)), [len(k) for k in gkeys]) if gkeys else np.zeros(0, dtype=int)
    uowner = np.repeat(np.arange(len(ukeys)), [len(k) for k in ukeys]) if ukeys else np.zeros(0, dtype=int)
    votes: list[Counter] = [Counter() for _ in gkeys]
    matcher = difflib.SequenceMatcher(None, gstring, ustring, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for g, u in zip(gowner[a:a + size].tolist(), uowner[b:b + size].tolist()):
            votes[g][u] += 1
    target: list[int | None] = []
    status, share = [], []
    for i, key in enumerate(gkeys):
        best = min(votes[i].items(), key=lambda kv: (-kv[1], kv[0])) if votes[i] else None
        frac = best[1] / len(key) if best and key else 0.0
        if best is None or frac < min_share:
            target.append(None)
            status.append("unaligned")
            share.append(round(frac, 4))
            continue
        target.append(int(best[0]))
        status.append("exact" if ukeys[best[0]] == key else "partial")
        share.append(round(frac, 4))
    matched = Counter(u for v in votes for u, n in v.items() for _ in range(n))
    extra = sum(1 for u, key in enumerate(ukeys) if matched[u] < min_share * len(key))
    return Alignment(target, status, share, extra)


# ------------------------------------------------------------------------------------------ predictions


def sentence_predictions(clf, texts: Sequence[str]) -> list[str]:
    """``predict()`` on each text alone."""
    return [str(y) for y in clf.predict(list(texts))]


@dataclass
class ContextPredictions:
    labels: list[str]  # one per gold unit, in the order of the units given ("other" where unaligned)
    aligned: list[bool]
    status: list[str]
    counts: dict[str, int]
    document_units: int


def context_predictions(clf, gs: GenreSet, docs: Sequence[str]) -> ContextPredictions:
    """``classify_document(text, level="sentence")`` on each document, aligned to its gold units
    (rows of ``gs.units`` of ``docs``, in that order, each document's by paragraph and sentence).
    Unaligned units get "other" (see the module)."""
    from textlab.classify import normalise

    labels, aligned, status = [], [], []
    totals: Counter = Counter()
    n_doc_units = 0
    for doc in docs:
        gold = gs.units[gs.units["doc"] == doc].sort_values(["para", "sent"], kind="stable")["text"].tolist()
        table = clf.classify_document(gs.texts[doc], level="sentence")
        pred = table["label"].astype(str).tolist()
        n_doc_units += len(pred)
        al = align_units(gold, table["text"].astype(str).tolist(), normalise=normalise)
        totals.update(al.counts())
        for t, s in zip(al.target, al.status):
            labels.append(pred[t] if t is not None else "other")
            aligned.append(t is not None)
            status.append(s)
    return ContextPredictions(labels, aligned, status, dict(totals), n_doc_units)


# ------------------------------------------------------------------------------------------ baseline


@dataclass
class Baseline:
    model: Any
    description: str
    training_units: int
    training_reports: int


def train_baselines(seeds: PathLike | None = None, *, random_state: int = 0,
                    paths: Sequence[PathLike] | None = None) -> dict[str, Baseline]:
    """The plain baseline of ``textlab.training`` (jieba words -> TF-IDF -> logistic regression,
    ``textlab.training.evaluate.BaselineClassifier``) trained on the work-report section labels
    (weak labels of ``report_paths`` in ``seeds/gov_reports``, at most ``WEAK_PER_DOC`` units per report):

    * ``"baseline"``: as ``textlab.training`` trains its dev-set baseline, three labels (it never predicts other);
    * ``"baseline_4"``: the same plus the template's ``other`` units (greetings, closings) and
      ``weak_labels.other_examples()``, so that it can predict other.

    ``paths``: other work reports to train on (default: ``report_paths(seeds/gov_reports)``).
    """
    import pandas as pd

    from textlab.training.evaluate import WEAK_PER_DOC, BaselineClassifier, subsample_per_doc
    from textlab.training.weak_labels import other_examples, report_paths, weak_label_corpus

    paths = [Path(p) for p in paths] if paths is not None else report_paths(seeds_dir(seeds) / "gov_reports")
    weak = subsample_per_doc(weak_label_corpus(paths), random_state=random_state)
    three = weak[weak["label"].isin(TASK_LABELS)]
    four = pd.concat([weak, other_examples()], ignore_index=True)
    common = (f"jieba words, TF-IDF, logistic regression (textlab.training.evaluate.BaselineClassifier) on the "
              f"section labels of {len(paths)} work reports ({paths[0].parent.parent.name}, weak_labels.report_paths), "
              f"<= {WEAK_PER_DOC} units per report")
    return {
        "baseline": Baseline(BaselineClassifier(random_state=random_state).fit(three["text"], three["label"]),
                             common + ", three labels (as textlab.training's baseline)", int(len(three)), len(paths)),
        "baseline_4": Baseline(BaselineClassifier(random_state=random_state).fit(four["text"], four["label"]),
                               common + ", four labels: with the template's other units and "
                               "weak_labels.other_examples()", int(len(four)), len(paths)),
    }


# ------------------------------------------------------------------------------------------ document types


def find_document_type() -> tuple[Callable | None, str]:
    """(``textlab.document_type`` or None, a line saying which)."""
    import textlab

    fn = getattr(textlab, "document_type", None)
    where = f"textlab {textlab.__version__} at {Path(textlab.__file__).parent}"
    if fn is None:
        return None, f"{where} has no document_type (the document typer is not in this version)"
    return fn, f"textlab.document_type of {where}"


def doc_type_labels() -> tuple[str, ...]:
    """The document types in textlab's order (``textlab.doctype.DOC_TYPES``, else the CONTRACT's)."""
    try:
        from textlab.doctype import DOC_TYPES
    except ImportError:
        return CONTRACT_DOC_TYPES
    return tuple(DOC_TYPES)


def type_scores(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Accuracy, the confusion (rows gold, columns predicted, in ``labels`` order) and per-type recall."""
    gold, predicted = list(gold), list(predicted)
    labels = list(labels) + sorted((set(gold) | set(predicted)) - set(labels))
    pos = {lab: i for i, lab in enumerate(labels)}
    confusion = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted):
        confusion[pos[g]][pos[p]] += 1
    per_type = {lab: {"support": sum(confusion[i]), "correct": confusion[i][i]} for i, lab in enumerate(labels)
                if sum(confusion[i])}
    return {"n": len(gold), "accuracy": float(np.mean([g == p for g, p in zip(gold, predicted)])) if gold else float("nan"),
            "labels": labels, "confusion": confusion, "per_type": per_type}


def _predicted_type(result) -> tuple[str, float]:
    kind = getattr(result, "type", None)
    if kind is None and isinstance(result, tuple):
        kind = result[0]
    prob = getattr(result, "probability", float("nan"))
    return str(kind), float(prob)


#: The rule that gives a State Council document its expected type from its title (first match wins).
STATE_COUNCIL_RULES: tuple[tuple[str, str, str], ...] = (
    ("other", "regulations and rules", r"条例|规则|办法|规定"),
    ("other", "replies and letters", r"批复|复函|答复|的函$|批$"),
    ("other", "decisions and bulletins", r"决定$|通报$|决议$"),
    ("other", "notices without tasks (membership, holidays)", r"组成人员|节假日安排"),
    ("plan", "plans, opinions, programmes", r"意见|方案|规划|计划|要点|预案|措施"),
    ("plan", "notices issuing tasks", r"通知$"),
)


def state_council_type(title: str) -> tuple[str, str]:
    """(expected type, the rule that gave it) of a State Council document from its title:
    regulations, rules, replies, letters, decisions, bulletins and notices without tasks are
    other; opinions, plans and notices issuing tasks are plan (``STATE_COUNCIL_RULES``, in order);
    anything else is other."""
    title = title.strip()
    for kind, name, pattern in STATE_COUNCIL_RULES:
        if re.search(pattern, title):
            return kind, name
    return "other", "no rule matched"


def _document_title(doc) -> str:
    meta = getattr(doc, "meta", {}) or {}
    for key in ("source_title", "title"):  # the _index.tsv title is whole; file names are cut
        if meta.get(key):
            return str(meta[key])
    stem = Path(str(meta.get("path", doc.id if hasattr(doc, "id") else ""))).stem
    return stem.split("_", 2)[-1]


def corpus_root(corpus: PathLike | None = None) -> Path:
    """``corpus``, else $TEXTLAB_CORPUS, else the shared corpus beside the checkout (``../shared/corpus``)."""
    if corpus is not None:
        return Path(corpus)
    env = os.environ.get("TEXTLAB_CORPUS")
    return Path(env) if env else checkout_root().parent / "shared" / "corpus"


def corpus_folders(corpus: PathLike | None = None, seeds: PathLike | None = None) -> tuple[list[tuple[str, str, Path]], list[str]]:
    """The folders whose documents have a known type: ([(origin, kind, folder)], notes).

    ``kind`` is "work_report" or "state_council". The shared corpus (:func:`corpus_root`):
    ``WORK_REPORT_FOLDERS`` and ``STATE_COUNCIL_FOLDER``; the seeds: the same names under
    ``seeds/gov_reports``, and the copies in ``seeds/city_reports`` and ``seeds/state_council`` (CONTRACT.md).
    """
    notes, found = [], []
    bases = []
    root = corpus_root(corpus)
    if root.is_dir():
        bases.append(("corpus", root))
    else:
        notes.append(f"shared corpus not found at {root} (set TEXTLAB_CORPUS or pass --corpus); seeds only")
    try:
        seeds_root = seeds_dir(seeds)
    except FileNotFoundError as err:
        notes.append(str(err))
        seeds_root = None
    if seeds_root is not None:
        bases.append(("seeds", seeds_root / "gov_reports"))
    for origin, base in bases:
        found += [(origin, "work_report", base / name) for name in WORK_REPORT_FOLDERS if (base / name).is_dir()]
        if (base / STATE_COUNCIL_FOLDER).is_dir():
            found.append((origin, "state_council", base / STATE_COUNCIL_FOLDER))
    if seeds_root is not None:
        for name, kind in (("city_reports", "work_report"), ("state_council", "state_council")):
            if (seeds_root / name).is_dir():
                found.append(("seeds", kind, seeds_root / name))
    return found, notes


def corpus_expectations(corpus: PathLike | None = None, seeds: PathLike | None = None) -> tuple[list[dict], list[str]]:
    """The corpus documents with their expected type: ([{folder, origin, id, title, expected, rule, document}], notes).

    Documents of :func:`corpus_folders` as ``textlab.load_corpus`` reads them; a text met twice (a
    seed copy of a corpus file) is counted once. Work-report folders give work_report, but the NPC
    resolutions (``npc_resolutions/``) are other; State Council documents are typed from their
    title by :func:`state_council_type`.
    """
    import textlab as tl

    folders, notes = corpus_folders(corpus, seeds)
    rows, seen = [], set()
    duplicates: Counter = Counter()
    for origin, kind, path in folders:
        for doc in tl.load_corpus(path):
            digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
            if digest in seen:
                duplicates[f"{origin} {path.name}"] += 1
                continue
            seen.add(digest)
            title = _document_title(doc)
            parts = (*Path(str(doc.meta.get("path", ""))).parts, *str(doc.meta.get("collection", "")).split("/"))
            if kind == "state_council":
                expected, rule = state_council_type(title)
            elif any(part in NOT_A_REPORT_FOLDERS for part in parts):
                expected, rule = "other", "NPC resolution approving a report"
            else:
                expected, rule = "work_report", "work-report folder"
            folder = f"{path.name}/npc_resolutions" if rule.startswith("NPC") else path.name
            rows.append({"folder": folder, "origin": origin, "id": doc.id, "title": title, "expected": expected,
                         "rule": rule, "document": doc})
    notes += [f"{name}: {n} file(s) with the same text as a file already counted (counted once)"
              for name, n in duplicates.items()]
    return rows, notes


# ------------------------------------------------------------------------------------------ speed


_PLAIN_SENTENCE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;]+|$)")


def plain_sentences(text: str) -> list[str]:
    r"""Sentences by a plain rule (the speed baseline's reader): split at line breaks and after runs of
    。！？；!?; ; stripped, empty ones dropped.

    >>> plain_sentences("一是建立了机制。二是要抓好落实！\n谢谢大家")
    ['一是建立了机制。', '二是要抓好落实！', '谢谢大家']
    """
    return [m.group().strip() for m in _PLAIN_SENTENCE.finditer(text) if m.group().strip()]


def measure_speed(clf, sentences: Sequence[str], documents: Sequence[str], *, repeat: int = 3) -> dict[str, Any]:
    """Sentences per second of ``predict(sentences)`` and of ``classify_document`` over ``documents``,
    each beside a simple baseline timed in the same run, on one core with one BLAS thread where
    the system allows (medians of ``repeat`` interleaved rounds).

    Baselines: a plain linear model on hashed character 1-3-grams (scikit-learn ``HashingVectorizer``
    + ``SGDClassifier`` fitted on the classifier's own labels of the sentences) predicting the same
    sentences; for documents, a regular-expression split of each document into sentences
    (:func:`plain_sentences`) followed by that plain model.
    The ratio is textlab's rate over the baseline's (>1 = textlab faster).
    """
    import statistics

    from contextlib import nullcontext

    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import SGDClassifier

    try:  # installed with scikit-learn
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover
        threadpool_limits = None

    sentences, documents = list(sentences), list(documents)
    hasher = HashingVectorizer(analyzer="char", ngram_range=(1, 3), n_features=2 ** 20, alternate_sign=False)
    plain = SGDClassifier(random_state=0).fit(hasher.transform(sentences), clf.predict(sentences))
    n_doc_sentences = sum(len(clf.classify_document(d, level="sentence")) for d in documents)  # also warms caches

    def plain_documents():
        for d in documents:
            plain.predict(hasher.transform(plain_sentences(d)))

    funcs = {
        "predict": lambda: clf.predict(sentences),
        "predict_baseline": lambda: plain.predict(hasher.transform(sentences)),
        "documents": lambda: [clf.classify_document(d, level="sentence") for d in documents],
        "documents_baseline": plain_documents,
    }
    pinned = False
    old_affinity = None
    if hasattr(os, "sched_getaffinity"):
        try:
            old_affinity = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {min(old_affinity)})
            pinned = True
        except OSError:
            pass
    times: dict[str, list[float]] = {name: [] for name in funcs}
    try:
        with threadpool_limits(1) if threadpool_limits else nullcontext():
            for _ in range(repeat):
                for name, func in funcs.items():
                    start = time.perf_counter()
                    func()
                    times[name].append(time.perf_counter() - start)
    finally:
        if pinned:
            os.sched_setaffinity(0, old_affinity)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    rate = {
        "predict": len(sentences) / med["predict"],
        "predict_baseline": len(sentences) / med["predict_baseline"],
        "documents": n_doc_sentences / med["documents"],
        "documents_baseline": n_doc_sentences / med["documents_baseline"],
    }
    return {
        "sentences": len(sentences), "documents": len(documents), "document_sentences": n_doc_sentences,
        "repeat": repeat, "one_core": pinned, "one_blas_thread": threadpool_limits is not None, "median_seconds": med, "sentences_per_second": rate,
        "ratio_predict": rate["predict"] / rate["predict_baseline"],
        "ratio_documents": rate["documents"] / rate["documents_baseline"],
        "baseline": "hashed char 1-3-grams + SGDClassifier fitted on the classifier's labels; documents: "
                    "a regular-expression sentence split, then the same plain model",
    }


# ------------------------------------------------------------------------------------------ the run


def model_identity(path: PathLike | None = None) -> dict[str, Any]:
    """The model folder, the SHA-256 of its manifest.json (which records each data file's SHA-256)
    and of each of its files."""
    from textlab.locations import model_path

    folder = Path(path) if path is not None else model_path("classifier")
    files = {p.name: _sha256(p) for p in sorted(folder.iterdir()) if p.is_file()} if folder.is_dir() else {}
    return {"path": str(folder.resolve()), "manifest_sha256": files.get("manifest.json"), "files": files}


def evaluate_genres(part: str = "dev", *, locked_test_run: bool = False, model: PathLike | None = None,
                    folder: PathLike | None = None, corpus: PathLike | None = None, seeds: PathLike | None = None,
                    speed_repeat: int = 3, with_corpus: bool = True, with_speed: bool = True,
                    with_baseline: bool = True, baseline_reports: Sequence[PathLike] | None = None, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Score the imported textlab on one part of eval/genres (see the module for the definitions).

    The test part needs ``locked_test_run=True``; it is refused before anything is read.
    ``baseline_reports``: train the baselines on these work reports instead of all of ``seeds/gov_reports``.
    Returns a JSON-ready dict; :func:`render_markdown` makes the tables.
    """
    check_part(part, locked_test_run, folder)
    import textlab as tl

    say = log or (lambda msg: None)
    started = time.perf_counter()
    gs = read_genre_set(folder)
    docs = sorted(gs.split) if part == "all" else gs.documents(part)
    units = gs.units[gs.units["doc"].isin(docs)].copy()
    units["order"] = units["doc"].map({d: i for i, d in enumerate(docs)})
    units = units.sort_values(["order", "para", "sent"], kind="stable").reset_index(drop=True)
    from textlab.training.dev_sets import test_part_retired

    public = part == "dev" or test_part_retired(gs.folder)  # a locked test part's output holds aggregates only
    clf = tl.load_classifier(model)
    result: dict[str, Any] = {
        "part": part,
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "textlab": {"version": tl.__version__, "path": str(Path(tl.__file__).parent)},
        "model": model_identity(model),
        "eval_set": {"folder": str(gs.folder), "documents": len(docs), "units": int(len(units)),
                     "label_counts": {lab: int((units["label"] == lab).sum()) for lab in LABELS},
                     "sha256": gs.hashes, "locked_sha256": gs.locked_hashes,
                     "locked_hashes_match": all(gs.hashes[k] == v for k, v in gs.locked_hashes.items() if v)},
    }
    say(f"{part}: {len(docs)} documents, {len(units)} units; model {result['model']['path']}")
    gold, genres = units["label"].tolist(), units["genre"].tolist()

    sent = sentence_predictions(clf, units["text"].tolist())
    result["sentence"] = {"scores": label_scores(gold, sent), "by_genre": by_genre(genres, gold, sent)}
    ctx = context_predictions(clf, gs, docs)
    aligned_idx = [i for i, a in enumerate(ctx.aligned) if a]
    result["context"] = {
        "scores": label_scores(gold, ctx.labels),
        "by_genre": by_genre(genres, gold, ctx.labels),
        "alignment": {**ctx.counts, "document_units": ctx.document_units},
        "aligned_only": label_scores([gold[i] for i in aligned_idx], [ctx.labels[i] for i in aligned_idx]),
        "unaligned_policy": "a gold unit no document unit covers counts as predicted 'other'",
    }
    if public:
        result["context"]["unaligned_units"] = [
            {"doc": r.doc, "para": int(r.para), "sent": int(r.sent), "label": r.label, "text": r.text}
            for r, a in zip(units.itertuples(index=False), ctx.aligned) if not a]
    say(f"sentence macro-F1 {result['sentence']['scores']['macro_f1_3']:.3f}/{result['sentence']['scores']['macro_f1_4']:.3f}, "
        f"context {result['context']['scores']['macro_f1_3']:.3f}/{result['context']['scores']['macro_f1_4']:.3f} "
        f"(3/4 labels); alignment {ctx.counts}")

    for name, base in (train_baselines(seeds, paths=baseline_reports) if with_baseline else {}).items():
        base_pred = [str(y) for y in base.model.predict(units["text"].tolist())]
        result[name] = {"description": base.description, "training_units": base.training_units,
                        "scores": label_scores(gold, base_pred), "by_genre": by_genre(genres, gold, base_pred)}
        say(f"{name} macro-F1 {result[name]['scores']['macro_f1_3']:.3f}/{result[name]['scores']['macro_f1_4']:.3f}")

    document_type, where = find_document_type()
    result["doc_type"] = {"available": document_type is not None, "source": where}
    result["corpus_doc_type"] = {"available": document_type is not None, "source": where,
                                 "state_council_rule": [{"type": k, "rule": n, "title_pattern": p}
                                                        for k, n, p in STATE_COUNCIL_RULES]}
    if document_type is not None:
        labels = doc_type_labels()
        predicted = [_predicted_type(document_type(gs.texts[d])) for d in docs]
        gold_types = [gs.doc_types[d] for d in docs]
        result["doc_type"]["scores"] = type_scores(gold_types, [p for p, _ in predicted], labels)
        result["doc_type"]["input"] = "the document's text (str); eval/genres file names are not passed"
        if public:
            result["doc_type"]["documents"] = [{"doc": d, "gold": g, "predicted": p, "probability": round(pr, 4)}
                                               for d, g, (p, pr) in zip(docs, gold_types, predicted)]
        say(f"document type accuracy {result['doc_type']['scores']['accuracy']:.3f}")
        if with_corpus:
            rows, notes = corpus_expectations(corpus, seeds)
            for row in rows:
                row["predicted"], row["probability"] = _predicted_type(document_type(row.pop("document")))
            by_folder = {}
            for name in sorted({r["folder"] for r in rows}):
                sub = [r for r in rows if r["folder"] == name]
                by_folder[name] = type_scores([r["expected"] for r in sub], [r["predicted"] for r in sub], labels)
            result["corpus_doc_type"].update({
                "input": "textlab.load_corpus documents (text with the file's metadata)",
                "notes": notes,
                "scores": type_scores([r["expected"] for r in rows], [r["predicted"] for r in rows], labels),
                "by_folder": by_folder,
                "documents": [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()} for r in rows],
            })
            say(f"corpus document type accuracy {result['corpus_doc_type']['scores']['accuracy']:.3f} ({len(rows)} documents)")
    if with_speed:
        result["speed"] = measure_speed(clf, units["text"].tolist(), [gs.texts[d] for d in docs], repeat=speed_repeat)
        sp = result["speed"]["sentences_per_second"]
        say(f"speed: predict {sp['predict']:.0f}/s, documents {sp['documents']:.0f} sentences/s")
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


# ------------------------------------------------------------------------------------------ output


def _f(x: float) -> str:
    return "-" if x is None or (isinstance(x, float) and np.isnan(x)) else f"{x:.3f}"


def _confusion_md(confusion: list[list[int]], labels: Sequence[str], *, short: bool = True) -> list[str]:
    heads = [SHORT.get(lab, lab) if short else lab for lab in labels]
    lines = ["| gold \\ predicted | " + " | ".join(heads) + " |", "|---|" + "---:|" * len(heads)]
    lines += [f"| {h} | " + " | ".join(str(v) for v in row) + " |" for h, row in zip(heads, confusion)]
    return lines


def _per_class_md(named: dict[str, dict]) -> list[str]:
    lines = ["| model | " + " | ".join(f"{SHORT[lab]} P | {SHORT[lab]} R | {SHORT[lab]} F1" for lab in LABELS) + " |",
             "|---|" + "---:|" * (3 * len(LABELS))]
    for name, s in named.items():
        cells = []
        for lab in LABELS:
            pc = s["per_class"].get(lab, {})
            cells += [_f(pc.get("precision")), _f(pc.get("recall")), _f(pc.get("f1"))]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def render_markdown(result: dict[str, Any]) -> str:
    """The result of :func:`evaluate_genres` as Markdown tables."""
    r = result
    model = r["model"]
    out = [f"# eval/genres, part `{r['part']}`", "",
           f"- date: {r['date']}",
           f"- textlab {r['textlab']['version']} at `{r['textlab']['path']}`",
           f"- model: `{model['path']}`, SHA-256 of manifest.json `{model['manifest_sha256']}`",
           f"- set: {r['eval_set']['documents']} documents, {r['eval_set']['units']} units "
           f"({', '.join(f'{k} {v}' for k, v in r['eval_set']['label_counts'].items())}); "
           f"labels.tsv / split.tsv SHA-256 {'match' if r['eval_set']['locked_hashes_match'] else 'DO NOT MATCH'} the locked ones",
           "- three-label macro-F1: F1 averaged over achievement/problem/measure with other kept as a class; "
           "a label absent from both gold and predictions of a subset is left out of its average",
           "", "## Sentence labels", ""]
    named = {"textlab predict() (sentence alone)": r["sentence"]["scores"],
             "textlab classify_document() (in context)": r["context"]["scores"],
             "textlab in context, aligned units only": r["context"]["aligned_only"],
             **({"baseline (TF-IDF + LR, 3 labels, sentence alone)": r["baseline"]["scores"],
                 "baseline (TF-IDF + LR, 4 labels, sentence alone)": r["baseline_4"]["scores"]} if "baseline" in r else {})}
    out += ["| model | units | macro-F1 (3 labels) | macro-F1 (4 labels) | accuracy |", "|---|---:|---:|---:|---:|"]
    out += [f"| {name} | {s['n']} | {_f(s['macro_f1_3'])} | {_f(s['macro_f1_4'])} | {_f(s['accuracy'])} |" for name, s in named.items()]
    al = r["context"]["alignment"]
    out += ["", f"Alignment of classify_document's sentence units to the gold units: {al['gold_units']} gold units, "
            f"{al['exact']} exact, {al['partial']} partial (split, joined or changed by cleaning), "
            f"{al['unaligned']} unaligned ({r['context']['unaligned_policy']}); "
            f"{al['document_units']} document units, {al['document_units_without_gold']} not covered by gold text.", "",
            "### Per class", ""]
    out += _per_class_md(named)
    for name, s in named.items():
        out += ["", f"### Confusion: {name} (rows gold, columns predicted)", ""] + _confusion_md(s["confusion"], LABELS)
    out += ["", "## By sub-genre", "",
            "Macro-F1 with three (3) and four (4) labels; baseline: the four-label one.", "",
            "| sub-genre | units | predict() 3 | predict() 4 | in context 3 | in context 4 | baseline 3 | baseline 4 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for g in sorted(r["sentence"]["by_genre"]):
        s, c = r["sentence"]["by_genre"][g], r["context"]["by_genre"][g]
        b = r["baseline_4"]["by_genre"][g] if "baseline_4" in r else {"macro_f1_3": None, "macro_f1_4": None}
        out.append(f"| {g} | {s['n']} | {_f(s['macro_f1_3'])} | {_f(s['macro_f1_4'])} | {_f(c['macro_f1_3'])} | "
                   f"{_f(c['macro_f1_4'])} | {_f(b['macro_f1_3'])} | {_f(b['macro_f1_4'])} |")
    for mode, key in (("predict()", "sentence"), ("in context", "context")):
        out += ["", f"### Confusion by sub-genre, {mode} (rows gold A/P/M/O, columns predicted A/P/M/O)", "",
                "| sub-genre | A | P | M | O |", "|---|---|---|---|---|"]
        for g, s in sorted(r[key]["by_genre"].items()):
            out.append(f"| {g} | " + " | ".join("/".join(str(v) for v in row) for row in s["confusion"]) + " |")
    out += ["", "## Document type", "", f"Source: {r['doc_type']['source']}."]
    if r["doc_type"].get("scores"):
        s = r["doc_type"]["scores"]
        out += ["", f"eval/genres ({r['doc_type']['input']}): accuracy {_f(s['accuracy'])} on {s['n']} documents.", ""]
        out += _confusion_md(s["confusion"], s["labels"], short=False)
        wrong = [d for d in r["doc_type"].get("documents", []) if d["gold"] != d["predicted"]]
        out += ["", f"Documents typed otherwise than gold ({len(wrong)}):", ""] if wrong else []
        out += [f"- {d['doc']}: gold {d['gold']}, predicted {d['predicted']} ({d['probability']})" for d in wrong]
    cd = r["corpus_doc_type"]
    out += ["", "### Corpus (expected type from the folder; State Council documents from the title)", "",
            "Rule for state_council_2004_2019 (first match on the title wins; else other):", ""]
    out += [f"- {x['type']}: {x['rule']} (`{x['title_pattern']}`)" for x in cd["state_council_rule"]]
    if cd.get("scores"):
        out += ["", f"Input: {cd['input']}.", ""] + [f"- {note}" for note in cd.get("notes", [])]
        out += ["", "| folder | documents | expected | accuracy |", "|---|---:|---|---:|"]

        def expected(s: dict) -> str:
            return ", ".join(f"{t} {v['support']}" for t, v in s["per_type"].items())

        out += [f"| {name} | {s['n']} | {expected(s)} | {_f(s['accuracy'])} |" for name, s in cd["by_folder"].items()]
        out += [f"| **corpus** | {cd['scores']['n']} | {expected(cd['scores'])} | {_f(cd['scores']['accuracy'])} |", ""]
        out += _confusion_md(cd["scores"]["confusion"], cd["scores"]["labels"], short=False)
        wrong = [d for d in cd["documents"] if d["expected"] != d["predicted"]]
        if wrong:
            out += ["", f"Documents typed otherwise than expected ({len(wrong)}):", ""]
            out += [f"- {d['folder']}/{d['id']}: expected {d['expected']} ({d['rule']}), predicted {d['predicted']} "
                    f"({d['probability']})" for d in wrong]
    elif not cd["available"]:
        out += ["", "Not measured: no document_type in this textlab."]
    if r.get("speed"):
        sp = r["speed"]
        rate = sp["sentences_per_second"]
        out += ["", "## Speed", "",
                f"Medians of {sp['repeat']} interleaved rounds, {'one core, ' if sp['one_core'] else ''}"
                f"{'one BLAS thread, ' if sp.get('one_blas_thread') else ''}same run. Baseline: {sp['baseline']}. "
                "Absolute rates depend on the machine and its load; the ratio is the figure to compare.", "",
                "| what | textlab sentences/s | baseline sentences/s | ratio |", "|---|---:|---:|---:|",
                f"| predict() on {sp['sentences']} sentences | {rate['predict']:,.0f} | {rate['predict_baseline']:,.0f} | "
                f"{sp['ratio_predict']:.2f} |",
                f"| classify_document() on {sp['documents']} documents ({sp['document_sentences']} sentences) | "
                f"{rate['documents']:,.0f} | {rate['documents_baseline']:,.0f} | {sp['ratio_documents']:.2f} |"]
    if r["context"].get("unaligned_units"):
        out += ["", "## Unaligned gold units (dev only)", ""]
        out += [f"- {u['doc']} {u['para']}/{u['sent']} ({u['label']}): {u['text']}" for u in r["context"]["unaligned_units"]]
    out += ["", f"Run time {r['seconds']} s.", ""]
    return "\n".join(out)


def write_results(result: dict[str, Any], out: PathLike) -> tuple[Path, Path]:
    """Write ``genres_<part>.md`` and ``genres_<part>.json`` into the folder ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    md = out / f"genres_{result['part']}.md"
    js = out / f"genres_{result['part']}.json"
    md.write_text(render_markdown(result), encoding="utf-8")
    js.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=float), encoding="utf-8")
    return md, js
