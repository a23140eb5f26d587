#!/usr/bin/env python3
"""Self-check of the chrome TEST set (stdlib only).

  python check_set.py            check gold against pages and corpus, print counts
  python check_set.py --manifest rewrite MANIFEST.sha256 (sha256 of every file except
                                 README.md and MANIFEST.sha256) and print its sha256
  python check_set.py --verify   compare files against MANIFEST.sha256

Checks: every page has exactly one gold row per line; the content lines of each
page, stripped and concatenated per `para`, equal the source paragraphs
para_start..para_end of index.tsv (every paragraph present, in order); no chrome
line equals a content line of the same page; blank rows are whitespace-only lines.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

RULES = psc.SetRules(report='short', table_flag=None)
# sha256 of this script before its checks moved to eval/page_set_check.py (as MANIFEST.sha256 lists it)
SUPERSEDED = {'check_set.py': 'e570995c249ad6af2829781bd96ee34b8ea3b0d42383b0c955a3b0ff1ce39352'}

if __name__ == '__main__':
    # the corpus at ../shared/corpus beside the repository (not searched one level deeper), or $TEXTLAB_CORPUS
    sys.exit(psc.main(HERE, RULES, corpus_ups=(3,), corpus_must_exist=False, superseded=SUPERSEDED))
