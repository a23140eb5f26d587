#!/usr/bin/env python3
"""Self-check of the locked chrome TEST set 6 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs; overlaps with the ranges of chrome_test..chrome_test5 and chrome_dev4..chrome_dev7
(their index.tsv) are counted, not errors (the corpus has few untouched ranges left); runs of this set never
overlap each other; govcn_gold.tsv is the byte-identical copy of eval/chrome_test4/govcn_gold.tsv.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

NEW_KINDS = ('search', 'weather', 'ranking', 'reward', 'watermark', 'ai_summary')
RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + NEW_KINDS,
    earlier=('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5',
             'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7'),
    overlap_is_error=False, govcn_from='chrome_test4', run_bounds=(5, 40), char_checks=True)

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
