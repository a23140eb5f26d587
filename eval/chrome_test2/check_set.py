#!/usr/bin/env python3
"""Self-check of the locked chrome TEST set 2 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] | --manifest | --verify

No run overlaps a paragraph range of the retired set eval/chrome_test/index.tsv in the same source
file (runs of this set are not checked against each other).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS,
    earlier=('chrome_test',), quiet_missing=('chrome_test',), own_overlap=False,
    overlap_message='{doc} overlaps a range of the retired set in {src}',
    fresh_words='the retired set did not use', table_flag=None)
# sha256 of this script before its checks moved to eval/page_set_check.py (as MANIFEST.sha256 lists it)

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
