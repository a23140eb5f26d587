"""Self-check of the chrome development set chrome_dev15 (stdlib only).

The checks are those of eval/page_set_check.py (see its docstring); this file holds the set's settings and
two checks of its own: no run overlaps a range of the LOCKED set chrome_test7, and the count of this set's
paragraphs that fall inside a range of any earlier set.

  python check_set.py [--corpus DIR] [--table] | --manifest | --verify

Runs hold 5-40 paragraphs inside the source; overlaps with the earlier sets' index.tsv ranges are counted
(allowed in a development set), overlaps between runs of this set are errors.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import page_set_check as psc  # noqa: E402  (eval/page_set_check.py)

EARLIER = tuple(sorted(n for n in os.listdir(os.path.dirname(HERE))
                       if n.startswith('chrome_') and n not in ('chrome_dev15', 'chrome_test7')
                       and os.path.exists(os.path.join(os.path.dirname(HERE), n, 'index.tsv'))))
LOCKED = ('chrome_test7',)
NEW_KINDS = ('preview', 'download', 'upload', 'rating', 'running_header', 'watermark', 'email_header', 'translate_bar',
             'translation', 'scan_noise', 'reader_bar', 'status_bar', 'annotation',
             # new in this set
             'ocr_tool', 'slide_number', 'slide_text', 'speaker_notes', 'forward_note', 'email_sig', 'doc_register',
             'yueban', 'routing')
RULES = psc.SetRules(
    chrome_kinds=psc.BASE_CHROME_KINDS + psc.TEST2_KINDS + psc.TEST3_KINDS + psc.TEST4_KINDS + NEW_KINDS,
    earlier=EARLIER, quiet_missing=EARLIER, overlap_is_error=False, run_bounds=(5, 40), char_checks=True,
    fresh_words='no earlier set used')
LOCKED_RULES = psc.SetRules(earlier=LOCKED, overlap_is_error=True, run_bounds=(5, 40), report='short',
                            overlap_message='{doc} overlaps a range of the LOCKED set {where} in {src}')


def paragraphs_inside_earlier():
    """How many paragraphs of this set's runs fall inside a range of an earlier set (the locked one included)."""
    old = psc.old_ranges(HERE, psc.SetRules(earlier=EARLIER + LOCKED, quiet_missing=EARLIER + LOCKED))
    inside = total = 0
    for r in psc.read_tsv(os.path.join(HERE, 'index.tsv'))[1:]:
        for i in range(int(r[3]), int(r[4]) + 1):
            total += 1
            inside += any(a <= i <= b for a, b, _ in old.get(r[2], []))
    print("paragraphs inside an earlier set's range: %d of %d" % (inside, total))


def locked_overlaps(corpus):
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        psc.check(HERE, corpus, LOCKED_RULES)
    bad = [l for l in buf.getvalue().split('\n') if 'LOCKED' in l]
    for l in bad:
        print(l)
    print('runs overlapping the locked set chrome_test7: %d' % len(bad))
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
