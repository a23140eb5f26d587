"""Self-check of the chrome development set chrome_dev16 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings and
two checks of its own: no run overlaps a range of the LOCKED sets chrome_test8 and chrome_test9, and the
count of this set's paragraphs that fall inside a range of any earlier set.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-16 paragraphs inside the source; overlaps with the earlier sets' index.tsv ranges are counted
(allowed in a development set), overlaps between runs of this set are errors.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

LOCKED = ('chrome_test8', 'chrome_test9')
EARLIER = tuple(sorted(n for n in os.listdir(os.path.dirname(HERE))
                       if n.startswith('chrome_') and n not in ('chrome_dev16',) + LOCKED
                       and os.path.exists(os.path.join(os.path.dirname(HERE), n, 'index.tsv'))))
NEW_KINDS = ('running_header', 'watermark', 'status_bar', 'study_points', 'counts', 'ai_summary', 'tabs',
             # new in this set
             'player', 'study_progress', 'quiz', 'note_tool', 'idle_check', 'danmaku', 'openboard', 'divider')
RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + NEW_KINDS,
    earlier=EARLIER, quiet_missing=EARLIER, overlap_is_error=False, run_bounds=(5, 16), char_checks=True,
    fresh_words='no earlier set used')
LOCKED_RULES = psc.SetRules(earlier=LOCKED, overlap_is_error=True, run_bounds=(5, 16), report='short',
                            overlap_message='{doc} overlaps a range of the LOCKED set {where} in {src}')


def paragraphs_inside_earlier():
    """How many paragraphs of this set's runs fall inside a range of an earlier set (the locked ones included)."""
    old = psc.old_ranges(HERE, psc.SetRules(earlier=EARLIER + LOCKED, quiet_missing=EARLIER + LOCKED))
    inside = total = runs = 0
    for r in psc.read_tsv(os.path.join(HERE, 'index.tsv'))[1:]:
        hit = 0
        for i in range(int(r[3]), int(r[4]) + 1):
            total += 1
            h = any(a <= i <= b for a, b, _ in old.get(r[2], []))
            inside += h
            hit |= h
        runs += hit
    print("paragraphs inside an earlier set's range: %d of %d (%d runs touch one)" % (inside, total, runs))


def locked_overlaps(corpus):
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        psc.check(HERE, corpus, LOCKED_RULES)
    bad = [l for l in buf.getvalue().split('\n') if 'LOCKED' in l]
    for l in bad:
        print(l)
    print('runs overlapping the locked sets chrome_test8 / chrome_test9: %d' % len(bad))
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
