"""Self-check of the chrome development set chrome_dev17 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings and
two checks of its own: no run overlaps a range of the LOCKED sets chrome_test8 / chrome_test9, and the count
of this set's paragraphs that fall inside a range of any earlier set.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-16 paragraphs inside the source; overlaps with the earlier sets' index.tsv ranges are counted
(allowed in a development set), overlaps between runs of this set are errors.
"""
import contextlib
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

LOCKED = ('chrome_test8', 'chrome_test9')
EARLIER = tuple(sorted(n for n in os.listdir(os.path.dirname(HERE))
                       if n.startswith('chrome_') and n != 'chrome_dev17' and n not in LOCKED
                       and os.path.exists(os.path.join(os.path.dirname(HERE), n, 'index.tsv'))))
# kind names of earlier development sets, used here in this writer's shapes
EARLIER_KINDS = ('running_header', 'watermark', 'cache_banner', 'recommend', 'status_bar', 'reader_bar', 'counts',
                 'service', 'search')
# new in this set
NEW_KINDS = ('hot_list', 'live_status', 'live_stamp', 'host', 'ai_answer', 'sources', 'highlight')
RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + EARLIER_KINDS
    + NEW_KINDS,
    earlier=EARLIER, quiet_missing=EARLIER, overlap_is_error=False, run_bounds=(5, 16), char_checks=True,
    fresh_words='no earlier set used')
LOCKED_RULES = psc.SetRules(earlier=LOCKED, overlap_is_error=True, run_bounds=(5, 16), report='short',
                            overlap_message='{doc} overlaps a range of the LOCKED set {where} in {src}')


def paragraphs_inside_earlier():
    """How many paragraphs of this set's runs fall inside a range of an earlier set (the locked ones included)."""
    old = psc.old_ranges(HERE, psc.SetRules(earlier=EARLIER + LOCKED, quiet_missing=EARLIER + LOCKED))
    inside = total = 0
    for r in psc.read_tsv(os.path.join(HERE, 'index.tsv'))[1:]:
        for i in range(int(r[3]), int(r[4]) + 1):
            total += 1
            inside += any(a <= i <= b for a, b, _ in old.get(r[2], []))
    print("paragraphs inside an earlier set's range: %d of %d" % (inside, total))


def locked_overlaps(corpus):
    """Errors for runs that overlap a range of a locked set (its index.tsv only is read)."""
    for name in LOCKED:
        if not os.path.exists(os.path.join(os.path.dirname(HERE), name, 'index.tsv')):
            print('%s/index.tsv missing: the locked-set overlap check cannot run' % name)
            return 1
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        psc.check(HERE, corpus, LOCKED_RULES)
    bad = [l for l in buf.getvalue().split('\n') if 'LOCKED' in l]
    for l in bad:
        print(l)
    print('runs overlapping the locked sets %s: %d' % (' / '.join(LOCKED), len(bad)))
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
