#!/usr/bin/env python3
"""Self-check of the chrome DEVELOPMENT set 12 (helper chromedev12; stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and never overlap each other; overlaps with the ranges of
the earlier chrome sets (their index.tsv) are allowed in this development set and counted.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

DEV12_KINDS = ('care_mode', 'lang_switch', 'xxgk_nav', 'interaction', 'infographic', 'tabs', 'banner',
               'archive_note', 'print_preview', 'running_header')
EARLIER = tuple(sorted(d for d in os.listdir(os.path.dirname(HERE))
                       if d.startswith('chrome_') and d != os.path.basename(HERE)
                       and os.path.exists(os.path.join(os.path.dirname(HERE), d, 'index.tsv'))))

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + DEV12_KINDS,
    earlier=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True)

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
