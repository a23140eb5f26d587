#!/usr/bin/env python3
"""Self-check of the chrome TEST set (the first, retired set) (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR]  check gold against pages and corpus, print counts (short report)
  python check_set.py --manifest      rewrite MANIFEST.sha256
  python check_set.py --verify        compare files against MANIFEST.sha256

No overlap check, chrome kinds not checked against a list; the corpus is ../shared/corpus beside the
repository (not searched one level deeper) or $TEXTLAB_CORPUS.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

RULES = psc.SetRules(report='short', table_flag=None)
# sha256 of this script before its checks moved to eval/page_set_check.py (as MANIFEST.sha256 lists it)

if __name__ == '__main__':
    # the corpus at ../shared/corpus beside the repository (not searched one level deeper), or $TEXTLAB_CORPUS
    sys.exit(psc.main(HERE, RULES, corpus_ups=(3,), corpus_must_exist=False))
