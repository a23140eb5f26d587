#!/usr/bin/env python3
"""Self-check of the locked chrome TEST set 3 (stdlib only; adapted from eval/chrome_test2/check_set.py).

  python check_set.py            check gold against pages and corpus, print counts
  python check_set.py --manifest rewrite MANIFEST.sha256 (sha256 of every file except
                                 README.md and MANIFEST.sha256) and print its sha256
  python check_set.py --verify   compare files against MANIFEST.sha256

Checks: every page has exactly one gold row per line and no line a line-splitting character
other than ``\\n``; labels and kinds are from the documented sets; the content lines of each page,
stripped and concatenated per ``para``, equal the source paragraphs para_start..para_end of
index.tsv (every paragraph present, in order); no chrome line equals a content line of the same
page; blank rows are whitespace-only lines; no run overlaps a paragraph range of the earlier sets
``eval/chrome_test/index.tsv`` and ``eval/chrome_test2/index.tsv`` in the same source file (nor another
run of this set); ``govcn_gold.tsv`` is the byte-identical copy of ``eval/chrome_test2/govcn_gold.tsv``.
Exit status 1 on any error.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS,
    earlier=('chrome_test', 'chrome_test2'), govcn_from='chrome_test2', table_flag=None)
# sha256 of this script before its checks moved to eval/page_set_check.py (as MANIFEST.sha256 lists it)
SUPERSEDED = {'check_set.py': '86621959ea4ebaba0d2e25c3c558e3a61cef6d7cb031b97faa4e90bf91ce477c'}

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES, superseded=SUPERSEDED))
