#!/usr/bin/env python3
"""Self-check of the LOCKED chrome TEST set 9 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and do not overlap each other; overlaps with the ranges of
every earlier eval/chrome_* set (their index.tsv) are counted, not errors (every usable document had
been used before); chrome kinds are those of chrome_test4 plus this set's own; no control / private /
unassigned characters.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_test6',
           'chrome_test7', 'chrome_test8', 'chrome_dev', 'chrome_dev2', 'chrome_dev3', 'chrome_dev3_designer',
           'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7', 'chrome_dev8', 'chrome_dev9',
           'chrome_dev10', 'chrome_dev11', 'chrome_dev12', 'chrome_dev13', 'chrome_dev14', 'chrome_dev15')
OWN_KINDS = ('running_header', 'watermark', 'reward', 'counts')

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + OWN_KINDS,
    earlier=EARLIER, quiet_missing=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True,
    fresh_words='no earlier set used')

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
