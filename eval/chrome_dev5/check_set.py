#!/usr/bin/env python3
"""Self-check of the chrome DEVELOPMENT set 5 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] | --manifest | --verify   (the kind x style table is always printed)

Runs hold 3-40 paragraphs; no line holds an unassigned, private-use, surrogate or control character; a
content line has only a whitespace indent; overlaps with chrome_test..chrome_test3, chrome_test4 when it
exists, and avoid_test4_ranges.tsv / /work/wt/test4_ranges.tsv are errors; gov_cn_html is not used.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + ('print_header', 'forum_sig'),
    earlier=('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4'), quiet_missing=('chrome_test4',),
    range_lists=('avoid_test4_ranges.tsv', '/work/wt/test4_ranges.tsv'),
    range_lists_note='note: no test4 range list found, overlap with the locked set 4 not checked',
    overlap_each_range=True, overlap_message='{doc} overlaps {a}-{b} of {where} in {src}',
    forbid_gov_cn_html='uses gov_cn_html', run_length=(3, 40), char_checks=True,
    fresh_words='the locked sets did not use', table_flag=None, table_always=True)

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES))
