#!/usr/bin/env python3
"""Self-check of the chrome development set chrome_dev10 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and do not overlap each other. Overlaps with the index.tsv
ranges of the earlier chrome sets are allowed (this is development data) and counted.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_test6', 'chrome_test7',
           'chrome_dev3', 'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7', 'chrome_dev8', 'chrome_dev9')
# kinds of earlier sets kept with their meaning, plus this set's three new kinds
KINDS = (psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS
         + ('watermark', 'running_header', 'reward', 'counts', 'service')
         + ('status_bar', 'loading', 'gesture'))
RULES = psc.SetRules(chrome_kinds=KINDS, earlier=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True,
                     fresh_words='no earlier set used')

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
