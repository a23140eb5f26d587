"""Scoring promise tracking against the hand-checked gold table ``eval/targets_gold`` (issue 17).

This module owns how :func:`textlab.targets.extract_targets` and :func:`textlab.targets.track_targets`
are scored; ``scripts/eval_targets.py`` is its command line. The gold's rules are in
``eval/targets_gold/README.md``. Three measures:

* **rows on key and value** (:func:`score_rows`, the measure the gold README prescribes): a
  predicted row is right when a gold row of the same report has the same (indicator, unit,
  year, kind) and value (and value_high); ``strict`` also asks for the same qualifier.
* **per field** (:func:`score_fields`): each predicted row is first *aligned* to at most one gold
  row of the same report, independently of the field scored: the rows must share the statement's
  sentence (one contains the other, spaces ignored: the gold holds the fragment of a line a web
  copy broke) or, failing that, the key and value; among candidates the pair agreeing on most
  fields wins (greedy, ties in reading order), and a pair must agree on the indicator or the
  value. Then, for each field, precision = aligned pairs agreeing on it / predicted rows, and
  recall = the same count / gold rows. ``tuple`` is all of indicator, value, value_high, unit,
  qualifier, kind and year together. Two NaNs agree (value_high of a figure that is not a
  range; value of a 同步 target), so value_high mostly measures that ranges are found and not
  invented.
* **pairs** (:func:`score_pairs`): every gold pair is looked up in the tracked table of its two
  reports by (indicator, year, unit, target); *pairing* is right when the row exists and its
  outcome is the gold outcome (both missing, or equal after unit conversion), *status* when its
  status is the gold status.

A predicted row that matches no gold row but matches a row of ``restatements.tsv`` (same key and
value) is neither right nor wrong (dropped before scoring), in every measure.
Kinds: ``targets`` are rows of kind target; ``outcomes`` rows of kind outcome or estimate; ``all`` both.
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

FIELDS = ("indicator", "value", "value_high", "unit", "qualifier", "kind", "year")
"""The fields of an extracted row scored one by one (``tuple``: all of them together)."""

PARTS = {"targets": ("target",), "outcomes": ("outcome", "estimate"), "all": ("target", "outcome", "estimate")}
GOLD_FILES = ("targets.tsv", "outcomes.tsv", "restatements.tsv", "pairs.tsv", "split.tsv")


# ------------------------------------------------------------------------------------ the gold


def gold_dir(folder: str | Path | None = None) -> Path:
    """``folder`` if given, else the checkout's ``eval/targets_gold``."""
    from textlab.training.checkout import eval_dir

    path = Path(folder) if folder is not None else eval_dir() / "targets_gold"
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: no gold folder for promise tracking")
    return path


def read_tsv(path: str | Path) -> list[dict]:
    """The rows of one gold TSV as dicts (no quoting: the sentences hold quotation marks)."""
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as error:
        raise FileNotFoundError(f"{path}: cannot read the gold table ({error.strerror})") from None


@dataclass
class Gold:
    """The gold table: rows (targets and outcomes), restatements, pairs and the split."""

    rows: list[dict]
    restatements: list[dict]
    pairs: list[dict]
    split: dict[int, str]

    def years(self, part: str) -> list[int]:
        """The report years of ``part`` ("dev" or "test")."""
        return sorted(y for y, p in self.split.items() if p == part)


def load_gold(folder: str | Path | None = None) -> Gold:
    """Read the gold folder (default the checkout's ``eval/targets_gold``)."""
    folder = gold_dir(folder)
    rows = read_tsv(folder / "targets.tsv") + read_tsv(folder / "outcomes.tsv")
    split = {int(r["report_year"]): r["part"] for r in read_tsv(folder / "split.tsv")}
    return Gold(rows, read_tsv(folder / "restatements.tsv"), read_tsv(folder / "pairs.tsv"), split)


# ------------------------------------------------------------------------------------ rows


def fnum(text: Any) -> float:
    """A gold cell as a float (NaN when empty)."""
    if text is None or text == "":
        return math.nan
    return float(text)


def same_number(a: float, b: float) -> bool:
    """Equal within a relative 1e-6, or both NaN."""
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


@dataclass(frozen=True)
class Row:
    """One row, gold or predicted, in the form the scorers compare."""

    report_year: int
    indicator: str
    value: float
    value_high: float
    unit: str
    qualifier: str
    kind: str
    year: int | None
    sentence: str = ""

    def key(self) -> tuple:
        return (self.report_year, self.indicator, self.unit, self.year, self.kind)


def gold_row(r: dict) -> Row:
    """A gold TSV row as a :class:`Row`."""
    return Row(int(r["report_year"]), r["indicator"], fnum(r["value"]), fnum(r["value_high"]), r["unit"],
               r["qualifier"], r["kind"], int(r["year"]) if r["year"] else None, r["sentence"])


def predicted_rows(report_year: int, table) -> list[Row]:
    """The rows of an ``extract_targets`` table of the report of ``report_year``."""
    import pandas as pd

    out = []
    for r in table.itertuples(index=False):
        year = None if r.year is None or pd.isna(r.year) else int(r.year)
        out.append(Row(report_year, r.indicator, float(r.value), float(r.value_high), r.unit, r.qualifier or "",
                       r.kind, year, r.sentence))
    return out


def agrees(field_name: str, predicted: Row, gold: Row) -> bool:
    """Whether the two rows agree on one field (numbers within 1e-6, NaN = NaN)."""
    a, b = getattr(predicted, field_name), getattr(gold, field_name)
    if field_name in ("value", "value_high"):
        return same_number(a, b)
    return a == b


def _key_value(predicted: Row, gold: Row) -> bool:
    return predicted.key() == gold.key() and same_number(predicted.value, gold.value) \
        and same_number(predicted.value_high, gold.value_high)


def _squash(text: str) -> str:
    return re.sub(r"\s+|\u200b", "", text)


def _same_sentence(predicted: Row, gold: Row) -> bool:
    a, b = _squash(predicted.sentence), _squash(gold.sentence)
    return bool(a) and bool(b) and (a in b or b in a)


def _is_restatement(row: Row, restatements: list[Row]) -> bool:
    return any(row.key() == r.key() and same_number(row.value, r.value) for r in restatements)


def _in_part(row: Row, part: str) -> bool:
    return row.kind in PARTS[part]


def align(predicted: list[Row], gold: list[Row]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs of one report, each row used at most once (see the
    module docstring for the rule)."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p.report_year != g.report_year:
                continue
            anchored = _same_sentence(p, g) or _key_value(p, g)
            if not anchored or not (agrees("indicator", p, g) or agrees("value", p, g)):
                continue
            score = sum(agrees(f, p, g) for f in FIELDS)
            candidates.append((-score, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return sorted(pairs)


@dataclass
class FieldScores:
    """Per-field counts over a set of reports: ``right[field]`` aligned pairs agreeing on it,
    ``n_predicted`` and ``n_gold`` rows (restatements dropped)."""

    n_predicted: int = 0
    n_gold: int = 0
    right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in (*FIELDS, "tuple")})
    errors: list[tuple[str, Row | None, Row | None]] = field(default_factory=list)

    def precision(self, name: str) -> float:
        return self.right[name] / self.n_predicted if self.n_predicted else 1.0

    def recall(self, name: str) -> float:
        return self.right[name] / self.n_gold if self.n_gold else 1.0

    def f1(self, name: str) -> float:
        p, r = self.precision(name), self.recall(name)
        return 2 * p * r / (p + r) if p + r else 0.0

    def table(self) -> list[dict]:
        """One dict per field (and ``tuple``): field, right, predicted, gold, precision, recall, f1."""
        return [{"field": name, "right": self.right[name], "predicted": self.n_predicted, "gold": self.n_gold,
                 "precision": self.precision(name), "recall": self.recall(name), "f1": self.f1(name)}
                for name in (*FIELDS, "tuple")]


def score_fields(predicted: Iterable[Row], gold: Iterable[Row], restatements: Iterable[Row] = (), *,
                 part: str = "all") -> FieldScores:
    """Per-field precision and recall of ``predicted`` rows against ``gold`` rows (any number of
    reports; rows are aligned within their report). ``part``: "all", "targets" or "outcomes"
    (rows of other kinds are left out on both sides, so a wrong kind is an error on both)."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    restated = list(restatements)
    by_report_p: dict[int, list[Row]] = defaultdict(list)
    by_report_g: dict[int, list[Row]] = defaultdict(list)
    for row in predicted:
        if _in_part(row, part):
            by_report_p[row.report_year].append(row)
    for row in gold:
        if _in_part(row, part):
            by_report_g[row.report_year].append(row)
    scores = FieldScores()
    for year in sorted(set(by_report_p) | set(by_report_g)):
        p_rows, g_rows = by_report_p.get(year, []), by_report_g.get(year, [])
        pairs = align(p_rows, g_rows)
        aligned_p = {i for i, _ in pairs}
        kept = [i for i in range(len(p_rows)) if i in aligned_p or not _is_restatement(p_rows[i], restated)]
        scores.n_predicted += len(kept)
        scores.n_gold += len(g_rows)
        for i, j in pairs:
            p, g = p_rows[i], g_rows[j]
            good = [f for f in FIELDS if agrees(f, p, g)]
            for f in good:
                scores.right[f] += 1
            if len(good) == len(FIELDS):
                scores.right["tuple"] += 1
            else:
                scores.errors.append(("field " + ",".join(f for f in FIELDS if f not in good), p, g))
        aligned_g = {j for _, j in pairs}
        scores.errors += [("spurious", p_rows[i], None) for i in kept if i not in aligned_p]
        scores.errors += [("missing", None, g_rows[j]) for j in range(len(g_rows)) if j not in aligned_g]
    return scores


def score_rows(predicted: Iterable[Row], gold: Iterable[Row], restatements: Iterable[Row] = (), *,
               part: str = "all") -> dict[str, tuple[int, int, int]]:
    """``{"keyvalue": (tp, fp, fn), "strict": (tp, fp, fn)}``: rows right on key and value, and
    on key, value and qualifier (the gold README's measure)."""
    restated = list(restatements)
    g_rows = [r for r in gold if _in_part(r, part)]
    counts = {"keyvalue": [0, 0, 0], "strict": [0, 0, 0]}
    used: set[int] = set()
    for p in (r for r in predicted if _in_part(r, part)):
        hit = next((j for j, g in enumerate(g_rows) if j not in used and _key_value(p, g)), None)
        if hit is not None:
            used.add(hit)
            counts["keyvalue"][0] += 1
            if p.qualifier == g_rows[hit].qualifier:
                counts["strict"][0] += 1
            else:
                counts["strict"][1] += 1
                counts["strict"][2] += 1
            continue
        if _is_restatement(p, restated):
            continue
        counts["keyvalue"][1] += 1
        counts["strict"][1] += 1
    missing = len(g_rows) - len(used)
    counts["keyvalue"][2] += missing
    counts["strict"][2] += missing
    return {k: tuple(v) for k, v in counts.items()}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 for an empty denominator)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ------------------------------------------------------------------------------------ pairs


@dataclass
class PairScores:
    """Gold pairs looked up in the tracked tables: ``total``, ``paired`` (right outcome),
    ``status`` (right status); ``errors`` lists the wrong ones."""

    total: int = 0
    paired: int = 0
    status: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def pairing_accuracy(self) -> float:
        return self.paired / self.total if self.total else 1.0

    @property
    def status_accuracy(self) -> float:
        return self.status / self.total if self.total else 1.0


def score_pairs(gold_pairs: Iterable[dict], tracked: Callable[[int, int], Any]) -> PairScores:
    """Score gold pairs (rows of ``pairs.tsv``) against ``tracked(target_report_year,
    outcome_report_year)``, a ``track_targets`` table for those two reports."""
    from textlab.targets import convert_unit

    by_reports: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for p in gold_pairs:
        by_reports[(int(p["target_report_year"]), int(p["outcome_report_year"]))].append(p)
    scores = PairScores()
    for (ty, oy), pairs in sorted(by_reports.items()):
        table = tracked(ty, oy)
        for p in pairs:
            scores.total += 1
            rows = table[(table["indicator"] == p["indicator"]) & (table["year"] == int(p["year"])) & (table["unit"] == p["unit"])]
            rows = [r for r in rows.itertuples(index=False) if same_number(float(r.target), fnum(p["target"]))]
            if not rows:
                scores.errors.append(f"PAIR-MISSING {ty} {p['indicator']} {p['target']}{p['unit']} ({p['status']})")
                continue
            r = rows[0]
            gold_outcome = fnum(p["outcome"])
            if not math.isnan(gold_outcome) and p["outcome_unit"] and p["unit"]:
                converted = convert_unit(gold_outcome, p["outcome_unit"], p["unit"])
                gold_outcome = converted if converted is not None else math.nan
            if p["status"] == "not reported" and p.get("note", "").startswith("not comparable"):
                gold_outcome = math.nan
            right_pair = same_number(float(r.outcome), gold_outcome) or (math.isnan(gold_outcome) and r.status == "not reported")
            scores.paired += right_pair
            scores.status += r.status == p["status"]
            if not right_pair or r.status != p["status"]:
                scores.errors.append(f"PAIR {ty} {p['indicator']} {p['target']}{p['unit']} {p['qualifier']}: got "
                                     f"{r.outcome} {r.status}, gold {p['outcome']}{p['outcome_unit']} {p['status']}")
    return scores
