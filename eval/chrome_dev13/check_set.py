#!/usr/bin/env python3
"""Self-check of the chrome development set chrome_dev13 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings,
plus one check of its own: no run overlaps a range of the locked sets chrome_test6 / chrome_test7.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source; overlaps with the earlier sets' index.tsv ranges are counted
(allowed in a development set), overlaps between runs of this set are errors.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_dev3',
           'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7', 'chrome_dev8', 'chrome_dev9',
           'chrome_dev10', 'chrome_dev11')
LOCKED = ('chrome_test6', 'chrome_test7')
NEW_KINDS = ('running_header', 'forum_sig', 'quote', 'mod_note', 'seo', 'copy_tail', 'clip_header', 'annotation',
             'email_header', 'unsubscribe', 'newsletter_section', 'search_result', 'reader_bar', 'sidebar', 'widget')
RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + NEW_KINDS,
    earlier=EARLIER, quiet_missing=EARLIER, overlap_is_error=False, overlap_each_range=False,
    run_bounds=(5, 40), char_checks=True, fresh_words='no earlier set used')
LOCKED_RULES = psc.SetRules(earlier=LOCKED, overlap_is_error=True, run_bounds=(5, 40),
                            overlap_message='{doc} overlaps a range of the LOCKED set {where} in {src}',
                            report='short')


def paragraphs_inside_earlier():
    """How many paragraphs of this set's runs fall inside a range of an earlier set (any, incl. the locked)."""
    old = psc.old_ranges(HERE, psc.SetRules(earlier=EARLIER + LOCKED, quiet_missing=EARLIER + LOCKED))
    rows = psc.read_tsv(os.path.join(HERE, 'index.tsv'))[1:]
    inside = total = 0
    for r in rows:
        s, e = int(r[3]), int(r[4])
        for i in range(s, e + 1):
            total += 1
            inside += any(a <= i <= b for a, b, _ in old.get(r[2], []))
    print('paragraphs inside an earlier set\'s range: %d of %d' % (inside, total))


def locked_overlaps(corpus):
    import io
    import contextlib
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        n = psc.check(HERE, corpus, LOCKED_RULES)
    bad = [l for l in buf.getvalue().split('\n') if 'LOCKED' in l]
    for l in bad:
        print(l)
    print('runs overlapping the locked sets chrome_test6 / chrome_test7: %d' % len(bad))
    return len(bad)


if __name__ == '__main__':
    argv = sys.argv
    if '--manifest' in argv or '--verify' in argv:
        sys.exit(psc.main(HERE, RULES))
    corpus = argv[argv.index('--corpus') + 1] if '--corpus' in argv else psc.find_corpus(HERE)
    errs = psc.check(HERE, corpus, RULES)
    errs += locked_overlaps(corpus)
    paragraphs_inside_earlier()
    sys.exit(1 if errs else 0)
