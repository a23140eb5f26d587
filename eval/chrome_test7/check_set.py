#!/usr/bin/env python3
"""Self-check of the locked chrome TEST set 7 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source and never overlap another run of this set. Overlaps with the
index.tsv ranges of the earlier chrome sets are allowed (nearly every usable document was used before) and
are counted and listed range by range; the README gives the number of paragraphs inside them.
govcn_gold.tsv is the byte-identical copy of eval/chrome_test4/govcn_gold.tsv (itself the copy of
eval/chrome_test/govcn_gold.tsv).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_test6',
           'chrome_dev', 'chrome_dev2', 'chrome_dev3', 'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7')
# kinds this set adds to the documented ones (chrome_dev6 named the first three)
TEST7_KINDS = ('running_header', 'watermark', 'reward')
RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + TEST7_KINDS,
    earlier=EARLIER, quiet_missing=('chrome_dev', 'chrome_dev2'), overlap_is_error=False,
    overlap_each_range=False, govcn_from='chrome_test4', run_bounds=(5, 40), char_checks=True,
    fresh_words='no earlier chrome set used')


def inside_earlier(here=HERE):
    """Paragraphs of this set's runs that fall inside a range of an earlier set (and the pages they are on)."""
    old = psc.old_ranges(here, RULES)
    rows = psc.read_tsv(os.path.join(here, 'index.tsv'))[1:]
    n_par = n_pages = 0
    for row in rows:
        src, s, e = row[2], int(row[3]), int(row[4])
        hit = {p for p in range(s, e + 1) for a, b, _ in old.get(src, []) if a <= p <= b}
        n_par += len(hit)
        n_pages += bool(hit)
    return n_par, n_pages


if __name__ == '__main__':
    rc = psc.main(HERE, RULES)
    if not any(a in sys.argv for a in ('--manifest', '--verify')):
        print('paragraphs inside an earlier set\'s range: %d (on %d pages)' % inside_earlier())
    sys.exit(rc)
