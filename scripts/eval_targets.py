"""Score textlab.targets against the hand-checked gold table in eval/targets_gold (issue 17).

    python scripts/eval_targets.py                 # development years (split.tsv part = dev)
    python scripts/eval_targets.py --part test --locked-test-run   # the locked test years, once
    python scripts/eval_targets.py --errors        # list every false positive / negative (dev only)

Rules (eval/targets_gold/README.md):

* Rows are compared on the key (report_year, indicator, unit, year, kind) plus the value
  (and value_high for ranges). Targets are rows of kind ``target``; outcomes are rows of kind
  ``outcome`` or ``estimate``.
* An extracted row that is not in the gold table but matches a row of ``restatements.tsv``
  (same key and value) is "don't care": neither a false positive nor a false negative.
* ``strict`` additionally requires the qualifier to be exactly the gold one (the issue's target
  measure for targets: indicator + value + qualifier).
* Pairs: every gold pair of a target report year in the part is looked up in
  ``track_targets(report T, report T+1)`` by (indicator, year, unit, target value). Pairing is
  right when that row exists and its outcome equals the gold outcome (both missing, or equal
  after unit conversion); status accuracy compares the status.

The test part refuses to run without ``--locked-test-run``: the split is locked, and the test
years are to be run once, after the rules are frozen.

Measured with the rules frozen at commit 5fc20d4 (the test part run once, after that commit):

    part  rows      measure    precision recall  F1      pairs (gold)  pairing  status
    dev   targets   key+value  0.979     0.989   0.984   86            0.977    0.977
    dev   targets   +qualifier 0.979     0.989   0.984
    dev   outcomes  key+value  0.984     0.990   0.987
    dev   outcomes  +qualifier 0.984     0.990   0.987
    test  targets   key+value  0.824     0.886   0.854   67            0.851    0.851
    test  targets   +qualifier 0.824     0.886   0.854
    test  outcomes  key+value  0.832     0.780   0.805
    test  outcomes  +qualifier 0.824     0.772   0.797

The gap between dev and test is the honest measure of how much the rules were fitted to the
development years.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textlab.corpus import Document  # noqa: E402
from textlab.targets import convert_unit, extract_targets, track_targets  # noqa: E402

GOLD = ROOT / "eval" / "targets_gold"
REPORTS = ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource"


def read_tsv(name: str) -> list[dict]:
    with open(GOLD / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def fnum(s: str) -> float:
    return float(s) if s not in ("", None) else math.nan


def same(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def report(year: int) -> Document:
    path = REPORTS / f"{year}_国务院_政府工作报告.txt"
    return Document(path.stem, path.read_text(encoding="utf-8"), {"year": year})


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_rows(years, gold, restated, predicted, kinds, show_errors):
    counts = {"keyvalue": [0, 0, 0], "strict": [0, 0, 0]}
    for year in years:
        g = [r for r in gold if int(r["report_year"]) == year and r["kind"] in kinds]
        rs = [r for r in restated if int(r["report_year"]) == year and r["kind"] in kinds]
        p = predicted[year]
        p = p[p["kind"].isin(kinds)]
        used = set()
        for row in p.itertuples(index=False):
            key = (row.indicator, row.unit, int(row.year) if row.year == row.year and row.year is not None else None, row.kind)
            hit = None
            for i, r in enumerate(g):
                if i in used:
                    continue
                if (r["indicator"], r["unit"], int(r["year"]), r["kind"]) == key and same(fnum(r["value"]), row.value) \
                        and same(fnum(r["value_high"]), row.value_high):
                    hit = i
                    break
            if hit is not None:
                used.add(hit)
                counts["keyvalue"][0] += 1
                if g[hit]["qualifier"] == row.qualifier:
                    counts["strict"][0] += 1
                else:
                    counts["strict"][1] += 1
                    counts["strict"][2] += 1
                    if show_errors:
                        print(f"  QUAL {year} {row.indicator} {row.value}{row.unit} got {row.qualifier!r} gold {g[hit]['qualifier']!r}")
                continue
            if any((r["indicator"], r["unit"], int(r["year"]), r["kind"]) == key and same(fnum(r["value"]), row.value) for r in rs):
                continue  # a restatement: don't care
            counts["keyvalue"][1] += 1
            counts["strict"][1] += 1
            if show_errors:
                print(f"  FP {year} {row.kind} {row.indicator} {row.value}-{row.value_high}{row.unit} {row.qualifier} y={row.year} | {row.sentence[:90]}")
        for i, r in enumerate(g):
            if i not in used:
                counts["keyvalue"][2] += 1
                counts["strict"][2] += 1
                if show_errors:
                    print(f"  FN {year} {r['kind']} {r['indicator']} {r['value']}-{r['value_high']}{r['unit']} {r['qualifier']} y={r['year']} | {r['sentence'][:90]}")
    return counts


def score_pairs(years, pairs, show_errors):
    by_report = defaultdict(list)
    for p in pairs:
        if int(p["target_report_year"]) in years:
            by_report[(int(p["target_report_year"]), int(p["outcome_report_year"]))].append(p)
    total = paired = status_ok = 0
    for (ty, oy), gold_pairs in sorted(by_report.items()):
        table = track_targets(report(ty), report(oy))
        for p in gold_pairs:
            total += 1
            rows = table[(table["indicator"] == p["indicator"]) & (table["year"] == int(p["year"]))
                         & (table["unit"] == p["unit"])]
            rows = [r for r in rows.itertuples(index=False) if same(r.target, fnum(p["target"]))]
            if not rows:
                if show_errors:
                    print(f"  PAIR-MISSING {ty} {p['indicator']} {p['target']}{p['unit']} ({p['status']})")
                continue
            r = rows[0]
            gold_outcome = fnum(p["outcome"])
            if not math.isnan(gold_outcome) and p["outcome_unit"] and p["unit"]:
                converted = convert_unit(gold_outcome, p["outcome_unit"], p["unit"])
                gold_outcome = converted if converted is not None else math.nan
            if p["status"] == "not reported" and p["note"].startswith("not comparable"):
                gold_outcome = math.nan
            ok_pair = same(r.outcome, gold_outcome) or (math.isnan(gold_outcome) and r.status == "not reported")
            paired += ok_pair
            status_ok += r.status == p["status"]
            if show_errors and (not ok_pair or r.status != p["status"]):
                print(f"  PAIR {ty} {p['indicator']} {p['target']}{p['unit']} {p['qualifier']}: got {r.outcome} {r.status}, gold {p['outcome']}{p['outcome_unit']} {p['status']}")
    return total, paired, status_ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=["dev", "test"], default="dev")
    parser.add_argument("--locked-test-run", action="store_true", help="required to score the locked test years")
    parser.add_argument("--errors", action="store_true", help="print every error (refused for the test part)")
    args = parser.parse_args(argv)
    if args.part == "test" and not args.locked_test_run:
        parser.error("the test years are locked: pass --locked-test-run to score them (once, after freezing the rules)")
    if args.part == "test" and args.errors:
        parser.error("--errors is for the dev years only")
    split = {int(r["report_year"]): r["part"] for r in read_tsv("split.tsv")}
    years = sorted(y for y, part in split.items() if part == args.part)
    targets, outcomes, restated, pairs = (read_tsv(n) for n in ("targets.tsv", "outcomes.tsv", "restatements.tsv", "pairs.tsv"))
    predicted = {y: extract_targets(report(y)) for y in years}
    print(f"part {args.part}: {len(years)} report years")
    for name, gold, kinds in (("targets", targets, ("target",)), ("outcomes", outcomes, ("outcome", "estimate"))):
        counts = score_rows(years, gold, restated, predicted, set(kinds), args.errors)
        for measure, (tp, fp, fn) in counts.items():
            p, r, f = prf(tp, fp, fn)
            print(f"{name:9s} {measure:9s} tp={tp:4d} fp={fp:4d} fn={fn:4d}  precision={p:.3f} recall={r:.3f} F1={f:.3f}")
    total, paired, status_ok = score_pairs(set(years), pairs, args.errors)
    if total:
        print(f"pairs     {total} gold pairs: pairing accuracy={paired / total:.3f} ({paired}), status accuracy={status_ok / total:.3f} ({status_ok})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
