#!/usr/bin/env python3
"""Self-check of the chrome DEVELOPMENT set 5 (stdlib only; adapted from eval/chrome_test3/check_set.py).

  python check_set.py            check gold against pages and corpus, print counts
  python check_set.py --manifest rewrite MANIFEST.sha256 (sha256 of every file except
                                 README.md and MANIFEST.sha256) and print its sha256
  python check_set.py --verify   compare files against MANIFEST.sha256

Checks: every page has exactly one gold row per line and no line a line-splitting character
other than ``\\n``; labels and kinds are from the documented sets; the content lines of each page,
stripped and concatenated per ``para``, equal the source paragraphs para_start..para_end of
index.tsv (every paragraph present, in order); no chrome line equals a content line of the same
page; blank rows are whitespace-only lines; a content line is its source paragraph (or piece) with
only a whitespace indent before it; runs hold 3-40 paragraphs; no line holds an unassigned, private-use,
surrogate or control character; no run overlaps a paragraph range of the locked test sets
(``eval/chrome_test``, ``chrome_test2``, ``chrome_test3`` index.tsv, ``eval/chrome_test4/index.tsv`` when
it exists, and ``avoid_test4_ranges.tsv`` / ``/work/wt/test4_ranges.tsv``, the ranges of the locked set 4
written in parallel) in the same source file, nor another run of this set; the corpus folder
``gov_cn_html`` is not used. Exit status 1 on any error.
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
