#!/usr/bin/env python3
"""Self-check of the chrome DEVELOPMENT set 9 (eval/chrome_dev9; stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and do not overlap each other. Overlaps with the ranges of
the earlier chrome sets (their index.tsv) are counted, not errors: this is development data, and the
generator takes free ranges wherever a document has them. Characters are checked (no unassigned,
private, control characters; content indents are whitespace only).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

DEV6_KINDS = ('banji', 'running_header', 'watermark', 'reward')
DEV9_KINDS = ('service', 'counts', 'footnote', 'qa')
EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_test6',
           'chrome_dev', 'chrome_dev2', 'chrome_dev3', 'chrome_dev3_designer', 'chrome_dev4', 'chrome_dev5',
           'chrome_dev6', 'chrome_dev7')

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + DEV6_KINDS + DEV9_KINDS,
    earlier=EARLIER, quiet_missing=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True)

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
