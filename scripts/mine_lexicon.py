"""Mine, curate and weight textlab's domain lexicon (``textlab/resources/lexicon.txt``).

Rebuild with::

    python scripts/mine_lexicon.py            # writes textlab/resources/lexicon.txt
    python scripts/mine_lexicon.py --dry-run  # prints statistics and the candidates only

The steps are ``textlab.training.lexicon`` (described there); the hand-curated terms and the junk
list stay beside this script (``lexicon_curated.txt``, ``lexicon_junk.txt``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from textlab.locations import resources_dir
from textlab.training.lexicon import build_lexicon, select_words, summary_line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=6)
    parser.add_argument("--min-pmi", type=float, default=3.0)
    parser.add_argument("--min-entropy", type=float, default=1.0)
    parser.add_argument("--min-aligned", type=float, default=0.5)
    parser.add_argument("--dry-run", action="store_true", help="print candidates, write nothing")
    parser.add_argument("--out", type=Path, default=None, help="default: textlab/resources/lexicon.txt")
    args = parser.parse_args(argv)
    thresholds = dict(min_count=args.min_count, min_pmi=args.min_pmi, min_entropy=args.min_entropy,
                      min_aligned=args.min_aligned)

    def log(line: str) -> None:
        print(line, file=sys.stderr)

    if args.dry_run:
        def show(mined: list[dict]) -> None:
            for c in sorted(mined, key=lambda c: -c["count"]):
                print(f"{c['word']}\t{c['count']}\t{c['pmi']:.2f}\t{c['left']:.2f}\t{c['right']:.2f}\t{c['aligned']:.2f}")

        log(summary_line(select_words(**thresholds, on_candidates=show)))
        return 0
    out = args.out if args.out is not None else resources_dir() / "lexicon.txt"
    text = build_lexicon(**thresholds, log=log)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({sum(1 for line in text.splitlines() if not line.startswith('#'))} entries)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
