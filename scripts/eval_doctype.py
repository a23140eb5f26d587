"""Measure the document type (textlab.doctype) on the development documents (issue 15, point 1).

    python scripts/eval_doctype.py            # the text alone (no metadata title)
    python scripts/eval_doctype.py --meta     # the metadata title counts too
    python scripts/eval_doctype.py --errors   # list every document typed wrongly

Development sets (textlab/training/doctype_training.py says how their gold types are set): the
corpus folders of ../shared/corpus ($TEXTLAB_CORPUS), seeds/dev/written and the DEV part of
eval/genres (split.tsv part = dev; the test part is never read). These are development figures:
the cues of textlab/resources/doctype_cues.txt were written while looking at these documents.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textlab.doctype import load_cues  # noqa: E402
from textlab.training import doctype_training as dt  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meta", action="store_true", help="let the metadata title count (file index / name)")
    parser.add_argument("--errors", action="store_true", help="print every document typed wrongly")
    args = parser.parse_args(argv)
    results = dt.evaluate(dt.development_rows(ROOT), use_meta=args.meta)
    print(f"document type, development figures ({'text + metadata title' if args.meta else 'text alone'}), "
          f"temperature {load_cues().temperature}")
    print(f"{'set':42s} {'docs':>5s} {'right':>5s} {'accuracy':>8s} {'log-loss':>8s}")
    for group, n, right, accuracy, loss in dt.accuracy_table(results):
        print(f"{group:42s} {n:5d} {right:5d} {accuracy:8.3f} {loss:8.3f}")
    for group in ("state_council_2004_2019", "written", "genres_dev"):
        print(f"\nconfusion, {group} (rows gold, columns predicted)")
        print(dt.format_confusion(dt.confusion([r for r in results if r["set"] == group])))
    print("\ncalibration (probability of the type given: bin, documents, mean p, accuracy)")
    for low, high, n, mean_p, accuracy in dt.reliability(results):
        print(f"  {low:.1f}-{high:.1f} {n:5d} {mean_p:8.3f} {accuracy:8.3f}")
    print("\nlog-loss by temperature: " + ", ".join(f"{t}: {dt.log_loss(results, t):.3f}" for t in (1.0, 1.5, 2.0, 2.5, 3.0)))
    print(f"fitted temperature (grid, each gold type weighed equally): {dt.fit_temperature(results)}")
    if args.errors:
        print()
        for r in results:
            if r["type"] != r["gold"]:
                print(f"  {r['set']}: {r['document']}: gold {r['gold']}, typed {r['type']} (p={r['probability']:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
