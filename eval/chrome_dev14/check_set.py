#!/usr/bin/env python3
"""Self-check of the chrome development set 14 (stdlib only; adapted from eval/chrome_test4/check_set.py).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and do not overlap each other. Overlaps with the
index.tsv ranges of the earlier sets are allowed in this development set and only counted.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

# kinds of this set beyond the chrome_test4 ones (see README.md)
DEV14_KINDS = ('care_mode', 'search', 'service', 'xxgk_nav', 'filter', 'tabs', 'infographic', 'qa', 'interaction',
               'watermark', 'running_header', 'ai_summary', 'word_tool')
EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_test6',
           'chrome_test7', 'chrome_dev3', 'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7', 'chrome_dev8',
           'chrome_dev9', 'chrome_dev10', 'chrome_dev11', 'chrome_dev12', 'chrome_dev13')

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + DEV14_KINDS,
    earlier=EARLIER, quiet_missing=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True)

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
