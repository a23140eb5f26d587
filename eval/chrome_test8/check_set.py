#!/usr/bin/env python3
"""Self-check of the locked chrome TEST set 8 (stdlib only), adapted from eval/chrome_test4/check_set.py.

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and never overlap another run of this set; overlaps with the
ranges of the earlier eval/chrome_* sets (their index.tsv) are allowed but counted (the corpus has few
unused stretches left); character checks (no control / private / unassigned characters, content indents
only whitespace) are on.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

EARLIER = tuple(sorted(d for d in os.listdir(os.path.dirname(HERE))
                       if d.startswith('chrome_') and d != 'chrome_test8'
                       and os.path.exists(os.path.join(os.path.dirname(HERE), d, 'index.tsv'))))
RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS
    + ('running_header', 'watermark'),
    earlier=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True,
    fresh_words='no earlier chrome set used')

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
