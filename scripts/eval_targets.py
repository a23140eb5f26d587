"""Score textlab.targets against the hand-checked gold table in eval/targets_gold (issue 17).

    python scripts/eval_targets.py                 # development years (split.tsv part = dev)
    python scripts/eval_targets.py --part test --locked-test-run   # the locked test years, once
    python scripts/eval_targets.py --errors        # list every false positive / negative (dev only)

The scoring itself is ``textlab.training.targets_eval``; this is its command line.

Rules (eval/targets_gold/README.md):

* Rows are compared on the key (report_year, indicator, unit, year, kind) plus the value
  (and value_high for ranges). Targets are rows of kind ``target``; outcomes are rows of kind
  ``outcome`` or ``estimate``.
* An extracted row that is not in the gold table but matches a row of ``restatements.tsv``
  (same key and value) is "don't care": neither a false positive nor a false negative.
* ``strict`` additionally requires the qualifier to be exactly the gold one (the issue's target
  measure for targets: indicator + value + qualifier).
* Per field (``textlab.training.targets_eval.score_fields``): each extracted row is aligned to at
  most one gold row of the same report (same sentence, or same key and value; the pair agreeing
  on most fields), then precision and recall of indicator, value, value_high, unit, qualifier,
  kind, year, and of the exact tuple of all seven.
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

Per field on the development years (26 reports; the test years were not rerun), after the
provincial wordings and the share / plan-fulfilment skips were added:

    part      rows pred/gold  indicator value value_high unit qualifier kind year  tuple (P / R)
    targets   95 / 94         every field and the tuple: 0.979 / 0.989
    outcomes  193 / 192       every field and the tuple: 0.984 / 0.990
    all       288 / 286       every field and the tuple: 0.983 / 0.990
    pairs     86 gold pairs   pairing 0.977, status 0.977

Every aligned pair agrees on all seven fields: the development errors are whole rows found or
missed (``--errors`` lists them), not wrong fields of a found row.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textlab.corpus import Document  # noqa: E402
from textlab.targets import extract_targets, track_targets  # noqa: E402
from textlab.training import targets_eval as te  # noqa: E402

REPORTS = ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource"


def report(year: int) -> Document:
    path = REPORTS / f"{year}_国务院_政府工作报告.txt"
    return Document(path.stem, path.read_text(encoding="utf-8"), {"year": year})


def _show(row) -> str:
    if row is None:
        return "-"
    high = "" if row.value_high != row.value_high else f"-{row.value_high:g}"
    return f"{row.kind} {row.indicator} {row.value:g}{high}{row.unit} {row.qualifier or '∅'} y={row.year}"


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
    gold = te.load_gold()
    years = gold.years(args.part)
    wanted = set(years)
    gold_rows = [te.gold_row(r) for r in gold.rows if int(r["report_year"]) in wanted]
    restated = [te.gold_row(r) for r in gold.restatements if int(r["report_year"]) in wanted]
    predicted = [row for y in years for row in te.predicted_rows(y, extract_targets(report(y)))]
    print(f"part {args.part}: {len(years)} report years")
    for name, part in (("targets", "targets"), ("outcomes", "outcomes")):
        counts = te.score_rows(predicted, gold_rows, restated, part=part)
        for measure, (tp, fp, fn) in counts.items():
            p, r, f = te.prf(tp, fp, fn)
            print(f"{name:9s} {measure:9s} tp={tp:4d} fp={fp:4d} fn={fn:4d}  precision={p:.3f} recall={r:.3f} F1={f:.3f}")
    print("per field (rows aligned to the gold first; see textlab.training.targets_eval):")
    print(f"{'part':9s} {'field':10s} {'right':>5s} {'pred':>5s} {'gold':>5s}  precision recall  F1")
    for part in ("targets", "outcomes", "all"):
        scores = te.score_fields(predicted, gold_rows, restated, part=part)
        for row in scores.table():
            print(f"{part:9s} {row['field']:10s} {row['right']:5d} {row['predicted']:5d} {row['gold']:5d}  "
                  f"{row['precision']:.3f}     {row['recall']:.3f}   {row['f1']:.3f}")
        if args.errors and part == "all":
            for what, p, g in scores.errors:
                sentence = (p or g).sentence[:80]
                print(f"  {what}: got {_show(p)} | gold {_show(g)} | {sentence}")
    pairs = [p for p in gold.pairs if int(p["target_report_year"]) in wanted]
    scores = te.score_pairs(pairs, lambda ty, oy: track_targets(report(ty), report(oy)))
    if scores.total:
        print(f"pairs     {scores.total} gold pairs: pairing accuracy={scores.pairing_accuracy:.3f} ({scores.paired}), "
              f"status accuracy={scores.status_accuracy:.3f} ({scores.status})")
    if args.errors:
        for line in scores.errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
