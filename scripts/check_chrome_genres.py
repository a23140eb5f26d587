"""List what the learned chrome judge removes from the written genre documents (eval/genres*/g*.txt).

    python scripts/check_chrome_genres.py                      # the shipped models/chrome
    python scripts/check_chrome_genres.py --model /tmp/chrome  # a saved model folder

These documents are written party-building texts (speeches, experience materials, plans, summaries,
news, web copies with a few leftover page lines): every line is document content except page
metadata left in some web copies (source, date, views). For each file the lines that
``clean(report=True)`` removes with the judge and keeps without it are printed with the judge's
probability, and the total, so a reader sees at once whether the judge took a content line
(the brief of the fourth round: none may go except page metadata). Exit status 0; nothing is tuned here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textlab.cleaning import clean  # noqa: E402


def judged_away(text: str, model) -> list[tuple[int, str, str]]:
    """(line number, line, reason) of the lines removed with the judge but not by the rules alone."""
    rules = {(r.lineno, r.text) for r in clean(text, report=True, chrome_model=False).removed}
    return [(r.lineno, r.text.strip(), r.reason) for r in clean(text, report=True, chrome_model=model).removed
            if (r.lineno, r.text) not in rules]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="a saved chrome model folder (default: the shipped one)")
    ap.add_argument("--glob", default="eval/genres*/g*.txt", help="files to check, relative to the repository")
    args = ap.parse_args(argv)
    model = args.model or True
    files = sorted(ROOT.glob(args.glob))
    total = 0
    for path in files:
        gone = judged_away(path.read_text(encoding="utf-8"), model)
        for lineno, line, reason in gone:
            print(f"{path.relative_to(ROOT)}:{lineno}\t{reason}\t{line[:80]}")
        total += len(gone)
    print(f"{len(files)} files, {total} lines removed by the judge beyond the rules")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
