#!/usr/bin/env python3
"""Self-check of the chrome DEVELOPMENT set 4, eval/chrome_dev4 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--dir DIR] [--by-style] | --manifest | --verify
  (--dir: a variant drawn with make_pages.py --seed N --out DIR; --by-style: chrome kinds per style, Markdown)

Overlaps with chrome_test..chrome_test3 (index.tsv), chrome_test4 (index.tsv when present, and always
avoid_ranges_test4.tsv) are errors, each overlapped range reported; no run uses gov_cn_html.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + ('caption', 'doc_header', 'distribution'),
    earlier=('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4'),
    range_lists=('avoid_ranges_test4.tsv',), range_lists_required=True, range_list_name='test4 ranges',
    overlap_each_range=True, overlap_message='{doc} overlaps the range {a}-{b} of {where} in {src}',
    forbid_gov_cn_html='uses gov_cn_html, which this set must not use',
    fresh_words='no test set uses', table_flag=None, by_style_flag='--by-style')

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES, dir_flag=True))
