#!/usr/bin/env python3
"""Self-check of the chrome DEVELOPMENT set 8 (eval/chrome_dev8; stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings,
plus one check of its own: no run of this set may overlap a paragraph range of the LOCKED test set
eval/chrome_test6 (its index.tsv is read for the ranges only).

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and do not overlap each other. Overlaps with the ranges of the
other sets' index.tsv are allowed in a development set and counted (the generator avoids them where it can).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

NEW_KINDS = ('cache_banner', 'study_points', 'recommend', 'email_header', 'clip_header', 'scan_noise', 'watermark',
             'sidebar', 'translate_bar', 'running_header', 'banji', 'translation')
EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_test6',
           'chrome_dev3', 'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7')
LOCKED = ('chrome_test6', 'chrome_test7')

RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + NEW_KINDS,
    earlier=EARLIER, quiet_missing=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True,
    fresh_words='no other set used')


def locked_overlaps() -> int:
    """Runs of this set that overlap a range of a locked test set (errors)."""
    rules = psc.SetRules(earlier=LOCKED, quiet_missing=LOCKED)
    old = psc.old_ranges(HERE, rules)
    bad = 0
    for row in psc.read_tsv(os.path.join(HERE, 'index.tsv'))[1:]:
        src, s, e = row[2], int(row[3]), int(row[4])
        for a, b, where in old.get(src, ()):
            if not (e < a or s > b):
                print('%s overlaps a range of the locked set %s in %s' % (row[0], where, src))
                bad += 1
    print('runs overlapping a locked test set: %d' % bad)
    old = psc.old_ranges(HERE, psc.SetRules(earlier=EARLIER, quiet_missing=EARLIER))
    inside = total = 0
    for row in psc.read_tsv(os.path.join(HERE, 'index.tsv'))[1:]:
        src, s, e = row[2], int(row[3]), int(row[4])
        total += e - s + 1
        inside += sum(1 for p in range(s, e + 1) if any(a <= p <= b for a, b, _ in old.get(src, ())))
    print('paragraphs inside a range of an earlier set: %d of %d' % (inside, total))
    return bad


if __name__ == '__main__':
    if '--manifest' in sys.argv or '--verify' in sys.argv:
        sys.exit(psc.main(HERE, RULES))
    bad = locked_overlaps()
    sys.exit(psc.main(HERE, RULES) or (1 if bad else 0))
