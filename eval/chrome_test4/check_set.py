#!/usr/bin/env python3
"""Self-check of the locked chrome TEST set 4 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source; no run overlaps eval/chrome_test, chrome_test2, chrome_test3
(index.tsv), nor another run of this set; govcn_gold.tsv is the byte-identical copy of
eval/chrome_test3/govcn_gold.tsv (itself the copy of eval/chrome_test/govcn_gold.tsv).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS,
    earlier=('chrome_test', 'chrome_test2', 'chrome_test3'), govcn_from='chrome_test3', run_bounds=(5, 40))
# sha256 of this script before its checks moved to eval/page_set_check.py (as MANIFEST.sha256 lists it)

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
