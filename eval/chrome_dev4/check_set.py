#!/usr/bin/env python3
"""Self-check of the chrome DEVELOPMENT set 4, eval/chrome_dev4 (stdlib only; adapted from eval/chrome_test3/check_set.py).

  python check_set.py            check gold against pages and corpus, print counts
  python check_set.py --dir DIR  the same for a variant drawn with make_pages.py --seed N --out DIR
  python check_set.py --by-style also print the chrome kinds per style as a Markdown table
  python check_set.py --manifest rewrite MANIFEST.sha256 (sha256 of every file except
                                 README.md and MANIFEST.sha256) and print its sha256
  python check_set.py --verify   compare files against MANIFEST.sha256

Checks: every page has exactly one gold row per line and no line a line-splitting character
other than ``\\n``; labels and kinds are from the documented sets; the content lines of each page,
stripped and concatenated per ``para``, equal the source paragraphs para_start..para_end of
index.tsv (every paragraph present, in order); no chrome line equals a content line of the same
page; blank rows are whitespace-only lines; no run overlaps a paragraph range of the test sets
``eval/chrome_test``, ``chrome_test2``, ``chrome_test3`` (their ``index.tsv``), ``chrome_test4`` (its
``index.tsv`` when present, and always the range list copied here as ``avoid_ranges_test4.tsv``) in the
same source file, nor another run of this set; no run uses ``gov_cn_html``.
Exit status 1 on any error.
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
