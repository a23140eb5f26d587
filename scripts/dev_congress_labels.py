"""Sentence extraction and alignment check for the congress dev set.

Usage (from anywhere):
    python scripts/dev_congress_labels.py dump DOC_PREFIX START END   # print paragraphs with sentence ids
    python scripts/dev_congress_labels.py check                        # verify labels.tsv alignment

Units and checks are ``textlab.training.dev_sets`` (described there).
"""
from __future__ import annotations

import sys

from textlab.training.dev_sets import check_congress, dump_paragraphs


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "dump":
        print("\n".join(dump_paragraphs(argv[1], int(argv[2]), int(argv[3]))))
        return 0
    if argv == ["check"]:
        n_rows, failures = check_congress()
        for failure in failures:
            print(failure)
        print(f"{n_rows} rows checked, {len(failures)} failures")
        return 1 if failures else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
