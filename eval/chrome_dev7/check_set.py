#!/usr/bin/env python3
"""Self-check of the development set eval/chrome_dev7 (stdlib only; adapted from eval/chrome_test4/check_set.py).

  python check_set.py            check gold against pages and corpus, print counts
  python check_set.py --table    the same, plus the table of chrome lines per kind and style
  python check_set.py --manifest rewrite MANIFEST.sha256 (sha256 of every file except
                                 README.md and MANIFEST.sha256) and print its sha256
  python check_set.py --verify   compare files against MANIFEST.sha256

Checks: every page has exactly one gold row per line and no line a line-splitting character
other than ``\\n``; labels and kinds are from the documented sets; the content lines of each page,
stripped and concatenated per ``para``, equal the source paragraphs para_start..para_end of
index.tsv (every paragraph present, in order); no chrome line equals a content line of the same
page; blank rows are whitespace-only lines; no run overlaps a paragraph range of the earlier sets
(the ``index.tsv`` of ``eval/chrome_test``, ``chrome_test2``, ``chrome_test3``, ``chrome_test4``, ``chrome_dev3``,
``chrome_dev4`` and ``chrome_dev5``) in the same source file, nor another run of this set. This set has
no ``govcn_gold.tsv`` (it is development data for the line judge; the gov.cn gold lives in ``eval/chrome_test``).
Exit status 1 on any error.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + ('widget',),
    earlier=('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_dev3', 'chrome_dev4', 'chrome_dev5'),
    run_bounds=(5, 40))
# sha256 of this script before its checks moved to eval/page_set_check.py (as MANIFEST.sha256 lists it)
SUPERSEDED = {'check_set.py': '3d5eb5dc0b9d0e30f3f5660a4341899c4309b8fa09694335c6faa57e65791a28'}

if __name__ == '__main__':
    sys.exit(psc.main(HERE, RULES, superseded=SUPERSEDED))
