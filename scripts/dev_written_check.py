"""Verify that labels.tsv covers every sentence of every written dev document exactly once.

Usage (from anywhere):
    python scripts/dev_written_check.py          # exit status 0 when every check passes

Units and checks are ``textlab.training.dev_sets`` (described there).
"""
from __future__ import annotations

import sys

from textlab.training.dev_sets import check_written, written_summary


def main() -> int:
    """Print the summary and any failures; return the exit status."""
    failures = check_written()
    print(written_summary())
    for failure in failures:
        print("FAIL", failure)
    print("all checks passed" if not failures else f"{len(failures)} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
