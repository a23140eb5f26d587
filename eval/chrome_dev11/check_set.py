#!/usr/bin/env python3
"""Self-check of the chrome DEVELOPMENT set chrome_dev11 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and never overlap each other. Overlaps with the paragraph
ranges of the fourteen other chrome_* sets listed in EARLIER (their index.tsv) are allowed in this development set and counted
(the generator prefers free ranges). Runs never touch the ranges of the locked test sets chrome_test6 and
chrome_test7 (checked here; an error). No govcn_gold.tsv copy: this set has no gov.cn part.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

# the sets whose ranges make_pages.py avoids (fixed: those on main when this set was written)
EARLIER = ('chrome_dev3', 'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7', 'chrome_dev8', 'chrome_dev9',
           'chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_test6', 'chrome_test7')
# kinds of chrome_dev6 this set also uses, and the kinds new in this set
DEV6_KINDS = ('running_header', 'watermark', 'banji', 'reward')
DEV11_KINDS = ('category', 'wordcount', 'download', 'tips', 'preview', 'upload', 'rating', 'repost')

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + DEV6_KINDS + DEV11_KINDS,
    earlier=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True,
    fresh_words='no other chrome_* set used')

LOCKED = psc.SetRules(earlier=('chrome_test6', 'chrome_test7'), overlap_each_range=True)


def locked_overlaps() -> int:
    """Runs of this set that touch a paragraph range of a locked test set (an error: never allowed)."""
    old = psc.old_ranges(HERE, LOCKED)
    bad = 0
    for row in psc.read_tsv(os.path.join(HERE, 'index.tsv'))[1:]:
        doc, src, s, e = row[0], row[2], int(row[3]), int(row[4])
        for a, b, where in old.get(src, []):
            if not (e < a or s > b):
                print('%s overlaps the range %d-%d of the LOCKED set %s in %s' % (doc, a, b, where, src))
                bad += 1
    print('runs touching a locked test set (chrome_test6, chrome_test7): %d' % bad)
    return bad


if __name__ == '__main__':
    rc = psc.main(HERE, RULES)
    if not any(a in sys.argv for a in ('--manifest', '--verify')):
        rc = 1 if locked_overlaps() else rc
    sys.exit(rc)
