"""Shared self-check of the chrome page sets under eval/ (stdlib only).

Owns everything the per-set ``eval/<set>/check_set.py`` scripts have in common:

* finding the shared corpus (``$TEXTLAB_CORPUS``, else ``../shared/corpus`` beside the repository),
* reading a page set's ``index.tsv``, ``pages/ID.txt`` and ``gold/ID.tsv``,
* checking the gold format (one row per line, line numbers, header, labels and kinds),
* byte-exact content against the corpus: the content lines of a page, stripped and joined per
  ``para``, equal the source paragraphs ``para_start..para_end`` (contiguous, in order),
* no chrome line equal to a content line of the same page,
* run overlaps with the ``index.tsv`` ranges of earlier sets (and extra range lists), as errors or
  counted, and overlaps between runs of the same set,
* ``MANIFEST.sha256`` make / verify,
* the printed counts and the per-kind / per-style tables.

Each set's script holds only its settings (a :class:`SetRules`) and calls :func:`main`.

Command line of every ``eval/<set>/check_set.py`` (options a set does not enable are ignored)::

  python check_set.py               check gold against pages and corpus, print counts; exit 1 on any error
  python check_set.py --corpus DIR  the same with the corpus in DIR
  python check_set.py --table       also the Markdown table of chrome lines per kind and style
  python check_set.py --manifest    rewrite MANIFEST.sha256 (sha256 of every file of the set folder except
                                    README.md and MANIFEST.sha256) and print its sha256
  python check_set.py --verify      compare the files against MANIFEST.sha256; exit 1 on any difference

Checks on every page: exactly one gold row per line (header ``line label kind para``, numbered 1..n), no
line-splitting character other than ``\\n``, a final newline, ``n_lines`` of index.tsv; labels blank /
content / chrome with kinds from the documented sets; blank rows are whitespace-only; the content lines,
stripped and concatenated per ``para``, equal the source paragraphs para_start..para_end (all present, in
order, a paragraph never resuming after another); no chrome line equals a content line of the same page.
"""
from __future__ import annotations

import collections
import dataclasses
import hashlib
import os
import sys
import unicodedata

HARD = ('heading', 'greeting', 'closing', 'signature')
CONTENT_KINDS = ('content',) + HARD
# chrome kinds of the first locked test set (chrome_test); later sets add their own
BASE_CHROME_KINDS = ('nav', 'breadcrumb', 'metadata', 'toolbar_fontsize', 'toolbar_actions', 'share', 'qr', 'related',
                     'ads', 'paywall', 'title_repeat', 'footer', 'html_residue', 'mojibake', 'pagination')
TEST2_KINDS = ('prevnext', 'comments', 'follow', 'attachment')
TEST3_KINDS = ('disclaimer', 'tags', 'audio', 'feedback', 'toc')
TEST4_KINDS = ('accessibility', 'robot', 'video', 'caption', 'cookie', 'app_banner', 'login', 'link', 'intro',
               'print_header')
GOVCN_SHA256 = '3ad48a8b'  # head of the sha256 of eval/chrome_test/govcn_gold.tsv


@dataclasses.dataclass
class SetRules:
    """The settings of one page set: which checks apply and how the report reads."""
    chrome_kinds: tuple | None = None         # allowed chrome kinds; None: kinds not checked (chrome_test)
    earlier: tuple = ()                       # sets whose index.tsv ranges a run must not overlap
    quiet_missing: tuple = ()                 # earlier sets whose absence is not noted
    overlap_is_error: bool = True             # False: overlaps with earlier sets are only counted
    overlap_each_range: bool = False          # print/count every overlapped range (with its numbers)
    overlap_message: str = '{doc} overlaps a range of an earlier set in {src}'
    own_overlap: bool = True                  # runs of this set must not overlap each other
    range_lists: tuple = ()                   # extra range files (source, start, end per line)
    range_lists_required: bool = False        # a missing range list stops the check
    range_lists_note: str = ''                # printed when none of range_lists exists
    range_list_name: str | None = None        # name in overlap messages (default: the file's name)
    govcn_from: str | None = None             # set whose govcn_gold.tsv this set's copy must equal
    run_bounds: tuple | None = None           # (min, max) paragraphs of a run, checked with the range
    run_length: tuple | None = None           # (min, max) paragraphs of a run, own message (chrome_dev5)
    forbid_gov_cn_html: str | None = None     # message when a run uses the corpus folder gov_cn_html
    char_checks: bool = False                 # unassigned/private/control characters, content indents
    fresh_words: str = 'the earlier sets did not use'
    report: str = 'full'                      # 'full', or 'short' (the first set's report)
    table_flag: str | None = '--table'        # option that prints the kind x style table
    table_always: bool = False                # the table is always printed (chrome_dev5)
    by_style_flag: str | None = None          # option of chrome_dev4's table


def find_corpus(here: str, ups: tuple = (3, 4), must_exist: bool = True) -> str:
    """$TEXTLAB_CORPUS, else ../shared/corpus beside the repository (a worktree may sit one level deeper)."""
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in ups:
        p = os.path.normpath(os.path.join(here, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p) or not must_exist:
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


def sha(path: str) -> str:
    with open(path, 'rb') as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def manifest_files(here: str) -> list:
    """Every file of the set folder except README.md and MANIFEST.sha256, relative and sorted."""
    out = []
    for root, dirs, files in os.walk(here):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        for f in sorted(files):
            rel = os.path.relpath(os.path.join(root, f), here)
            if rel in ('README.md', 'MANIFEST.sha256'):
                continue
            out.append(rel)
    return sorted(out)


def write_manifest(here: str) -> None:
    lines = ['%s  %s' % (sha(os.path.join(here, f)), f) for f in manifest_files(here)]
    p = os.path.join(here, 'MANIFEST.sha256')
    with open(p, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines) + '\n')
    print('MANIFEST.sha256: %d files, sha256 %s' % (len(lines), sha(p)))


def verify_manifest(here: str) -> int:
    """Print CHANGED / NEW files against MANIFEST.sha256; return the number of differences."""
    p = os.path.join(here, 'MANIFEST.sha256')
    if not os.path.exists(p):
        raise SystemExit('%s not found: this set has no manifest to verify (make one with --manifest)' % p)
    bad = 0
    listed = set()
    with open(p, encoding='utf-8') as fh:
        text = fh.read()
    for ln in text.strip().split('\n'):
        h, f = ln.split('  ', 1)
        listed.add(f)
        if not os.path.exists(os.path.join(here, f)) or sha(os.path.join(here, f)) != h:
            print('CHANGED', f)
            bad += 1
    for f in manifest_files(here):
        if f not in listed:
            print('NEW', f)
            bad += 1
    print('manifest sha256 %s; %s' % (sha(p), 'OK' if not bad else '%d differences' % bad))
    return bad


def read_tsv(path: str) -> list:
    with open(path, encoding='utf-8') as fh:
        return [l.split('\t') for l in fh.read().strip('\n').split('\n')]


def old_ranges(here: str, rules: SetRules) -> dict:
    """source_file -> [(start, end, where)] of the earlier sets' index.tsv and the extra range lists."""
    out = collections.defaultdict(list)
    for name in rules.earlier:
        p = os.path.join(here, '..', name, 'index.tsv')
        if not os.path.exists(p):
            if name not in rules.quiet_missing:
                print('note: %s not found, overlap with it not checked' % p)
            continue
        rows = read_tsv(p)
        head = rows[0]
        si, a, b = head.index('source_file'), head.index('para_start'), head.index('para_end')
        for c in rows[1:]:
            out[c[si]].append((int(c[a]), int(c[b]), name))
    found = False
    for p in rules.range_lists:
        p = p if os.path.isabs(p) else os.path.join(here, p)
        if not os.path.exists(p):
            if rules.range_lists_required:
                raise SystemExit('%s missing: the range list of the locked set 4 is needed for the overlap check' % p)
            continue
        found = True
        with open(p, encoding='utf-8') as fh:
            for r in fh.read().strip('\n').split('\n'):
                c = r.split('\t')
                if len(c) >= 3 and c[1].isdigit():
                    out[c[0]].append((int(c[1]), int(c[2]), rules.range_list_name or os.path.basename(p)))
    if rules.range_lists and not found and rules.range_lists_note:
        print(rules.range_lists_note)
    return out


def source_paragraphs(corpus: str, src: str) -> list:
    """The non-blank, stripped lines (paragraphs) of one corpus file."""
    with open(os.path.join(corpus, src), encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def check(here: str, corpus: str, rules: SetRules, folder: str | None = None, argv: list | None = None) -> int:
    """Check the set in ``folder`` (default ``here``) against the corpus; print counts; return the error count."""
    folder = folder or here
    argv = sys.argv if argv is None else argv
    idx = read_tsv(os.path.join(folder, 'index.tsv'))[1:]
    old = old_ranges(here, rules) if (rules.earlier or rules.range_lists) else {}
    mine = collections.defaultdict(list)
    errors = 0
    if rules.govcn_from:
        gv = os.path.join(here, 'govcn_gold.tsv')
        if not os.path.exists(gv) or not sha(gv).startswith(GOVCN_SHA256):
            print('govcn_gold.tsv missing or not the copy of eval/%s/govcn_gold.tsv' % rules.govcn_from)
            errors += 1
    kinds = collections.Counter()
    kinds_by_style = collections.defaultdict(collections.Counter)
    content_by_style = collections.Counter()
    labels = collections.Counter()
    styles = collections.Counter()
    folders = collections.Counter()
    starts = collections.Counter()
    ends = collections.Counter()
    hard = collections.Counter()
    content_paras = short_content = wrapped_lines = wrapped_after_stop = split_by_chrome = 0
    docs_with_mid = overlap_old = fresh_docs = 0
    sources = []
    for row in idx:
        doc, style, src, s, e = row[:5]
        styles[style] += 1
        folders[src.split('/')[0]] += 1
        sources.append(src)
        s, e = int(s), int(e)
        paras = source_paragraphs(corpus, src)
        if rules.run_bounds and (not 0 <= s <= e < len(paras) or not rules.run_bounds[0] <= e - s + 1 <= rules.run_bounds[1]):
            print(doc, 'bad paragraph range', s, e, 'of', len(paras))
            errors += 1
            continue
        starts['head' if s <= 3 else 'tail' if e == len(paras) - 1 else 'middle'] += 1
        if e == len(paras) - 1:
            ends['tail' if s > 3 else 'head+tail'] += 1
        if rules.forbid_gov_cn_html and src.startswith('gov_cn_html/'):
            print(doc, rules.forbid_gov_cn_html)
            errors += 1
        if rules.run_length and not rules.run_length[0] <= e - s + 1 <= rules.run_length[1]:
            print(doc, 'run of %d paragraphs (allowed %d-%d)' % ((e - s + 1,) + tuple(rules.run_length)))
            errors += 1
        if src in old:
            hits = [(a, b, w) for a, b, w in old[src] if not (e < a or s > b)]
            if hits and not rules.overlap_each_range:
                hits = hits[:1]
            for a, b, where in hits:
                if rules.overlap_is_error:
                    print(rules.overlap_message.format(doc=doc, a=a, b=b, where=where, src=src))
                    errors += 1
                overlap_old += 1
        else:
            fresh_docs += 1
        if rules.own_overlap:
            if any(not (e < a or s > b) for a, b in mine[src]):
                print(doc, 'overlaps another run of this set in', src)
                errors += 1
            mine[src].append((s, e))
        with open(os.path.join(folder, 'pages', doc + '.txt'), encoding='utf-8', newline='') as fh:
            text = fh.read()
        lines = text.split('\n')
        if lines[-1] != '':
            print(doc, 'no final newline')
            errors += 1
        lines = lines[:-1]
        if len(text.splitlines()) != len(lines):
            print(doc, 'a line holds a line-splitting character other than \\n')
            errors += 1
        gold = read_tsv(os.path.join(folder, 'gold', doc + '.tsv'))
        if gold[0] != ['line', 'label', 'kind', 'para']:
            print(doc, 'bad gold header')
            errors += 1
        gold = gold[1:]
        if len(lines) != len(gold):
            print(doc, 'line count mismatch')
            errors += 1
            continue
        if int(row[5]) != len(lines):
            print(doc, 'n_lines of index.tsv differs')
            errors += 1
        acc = collections.OrderedDict()
        content = set()
        chrome = []
        seen_content = mid = pending_chrome = False
        last_para = None
        count = collections.Counter()
        for i, (t, g) in enumerate(zip(lines, gold), 1):
            n, label, kind, para = (g + [''] * 4)[:4]
            if int(n) != i:
                print(doc, 'bad line number', n)
                errors += 1
            if rules.char_checks and any(unicodedata.category(ch) in ('Cc', 'Co', 'Cn', 'Cs') and ch != '\t' for ch in t):
                print(doc, i, 'unassigned / private / surrogate / control character')
                errors += 1
            labels[label] += 1
            kinds[(label, kind)] += 1
            if label == 'blank':
                if t.strip() or kind != 'blank':
                    print(doc, i, 'blank label on non-blank line or bad kind')
                    errors += 1
            elif label == 'content':
                content_by_style[style] += 1
                if kind not in CONTENT_KINDS or not t.strip():
                    print(doc, i, 'bad content kind or empty content line')
                    errors += 1
                p = int(para)
                if p in acc and last_para == p and pending_chrome:
                    split_by_chrome += 1
                if p in acc and last_para != p:
                    print(doc, i, 'paragraph', p, 'resumes after another paragraph')
                    errors += 1
                if p in acc and acc[p][-1].endswith('。'):
                    wrapped_after_stop += 1
                if rules.char_checks and t.lstrip(' \t\u3000') != t.strip():
                    print(doc, i, 'content line with something other than a whitespace indent or trailing space')
                    errors += 1
                acc.setdefault(p, []).append(t.strip())
                content.add(t.strip())
                count[p] += 1
                last_para = p
                if kind in HARD:
                    hard[kind] += 1
                if len(t.strip()) <= 15:
                    short_content += 1
                if pending_chrome:
                    mid = True
                seen_content = True
                pending_chrome = False
            elif label == 'chrome':
                if (rules.chrome_kinds is not None and kind not in rules.chrome_kinds) or not t.strip():
                    print(doc, i, 'unknown chrome kind or empty chrome line', kind)
                    errors += 1
                kinds_by_style[style][kind] += 1
                chrome.append(t.strip())
                if seen_content:
                    pending_chrome = True
            else:
                print(doc, i, 'unknown label', label)
                errors += 1
        docs_with_mid += mid
        content_paras += len(acc)
        wrapped_lines += sum(c for c in count.values() if c > 1)
        if list(acc) != list(range(s, e + 1)):
            print(doc, 'paragraphs not contiguous/in order')
            errors += 1
        for p, parts in acc.items():
            if p >= len(paras) or ''.join(parts) != paras[p]:
                print(doc, 'para', p, 'text differs from source')
                errors += 1
        for c in chrome:
            if c in content:
                print(doc, 'chrome line equals a content line:', c)
                errors += 1
    print('documents: %d  styles: %s' % (len(idx), dict(sorted(styles.items()))))
    if rules.report == 'short':
        print_lines(labels)
        print_kinds(kinds, 'chrome')
        print_kinds(kinds, 'content')
        print('hard content lines (heading/greeting/closing/signature): %d; content lines <= 15 chars: %d; '
              'hard-wrapped (PDF-style) content lines: %d; documents with chrome between content paragraphs: %d'
              % (sum(hard.values()), short_content, wrapped_lines, docs_with_mid))
        print('errors: %d' % errors)
        return errors
    print('source folders: %s; %d pages from documents %s; %d distinct documents'
          % (dict(sorted(folders.items())), fresh_docs, rules.fresh_words, len(set(sources))))
    print('runs start at: %s' % dict(sorted(starts.items())))
    if not rules.overlap_is_error:
        print('runs overlapping a range of an earlier set (allowed in a development set): %d' % overlap_old)
    if rules.run_length:
        print('runs ending at the document tail: %d (%d of them also start at its head)'
              % (sum(ends.values()), ends['head+tail']))
    print_lines(labels)
    print_kinds(kinds, 'chrome')
    print('chrome lines per style: %s' % {k: sum(v.values()) for k, v in sorted(kinds_by_style.items())})
    if rules.table_always:
        print('chrome lines per kind and style (Markdown):')
        print_table(kinds_by_style, [k for (label, k), _ in sorted(kinds.items(), key=lambda kv: -kv[1])
                                     if label == 'chrome'])
        print('content lines per style: %s' % dict(sorted(content_by_style.items())))
    elif rules.table_flag and rules.table_flag in argv:
        allk = collections.Counter()
        for v in kinds_by_style.values():
            allk.update(v)
        print_table(kinds_by_style, [k for k, _ in sorted(allk.items(), key=lambda kv: -kv[1])])
        print('content lines per style: %s' % dict(sorted(content_by_style.items())))
    if rules.by_style_flag and rules.by_style_flag in argv:
        st = sorted(kinds_by_style)
        all_kinds = sorted({k for v in kinds_by_style.values() for k in v}, key=lambda k: -kinds[('chrome', k)])
        print('| kind | ' + ' | '.join(st) + ' | all |')
        print('|---' * (len(st) + 2) + '|')
        for k in all_kinds:
            print('| %s | ' % k + ' | '.join(str(kinds_by_style[x][k]) for x in st) + ' | %d |' % kinds[('chrome', k)])
    print_kinds(kinds, 'content')
    print('content paragraphs: %d' % content_paras)
    print('hard content lines (heading/greeting/closing/signature): %d; content lines <= 15 chars: %d; '
          'hard-wrapped (PDF-style) content lines: %d (wraps right after 。 inside a paragraph: %d; '
          'paragraphs cut by a page break: %d); documents with chrome between content lines: %d'
          % (sum(hard.values()), short_content, wrapped_lines, wrapped_after_stop, split_by_chrome, docs_with_mid))
    print('errors: %d' % errors)
    return errors


def print_lines(labels: collections.Counter) -> None:
    print('lines: %d  (%s)' % (sum(labels.values()), ', '.join('%s %d' % kv for kv in sorted(labels.items()))))


def print_kinds(kinds: collections.Counter, label: str) -> None:
    """The lines per kind of one label (chrome or content), most frequent first."""
    print('%s lines per kind:' % label)
    for (lab, kind), n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        if lab == label:
            print('  %-18s %d' % (kind, n))


def print_table(kinds_by_style: dict, order: list) -> None:
    """Markdown table: chrome lines per kind (rows, in ``order``) and style (columns), with totals."""
    st = sorted(kinds_by_style)
    print('| kind | ' + ' | '.join(st) + ' | all |')
    print('|---' * (len(st) + 2) + '|')
    for k in order:
        print('| %s | %s | %d |' % (k, ' | '.join(str(kinds_by_style[x][k]) for x in st),
                                    sum(kinds_by_style[x][k] for x in st)))
    print('| **all** | %s | %d |' % (' | '.join(str(sum(kinds_by_style[x].values())) for x in st),
                                     sum(sum(v.values()) for v in kinds_by_style.values())))


def main(here: str, rules: SetRules, argv: list | None = None, corpus_ups: tuple = (3, 4),
         corpus_must_exist: bool = True, dir_flag: bool = False) -> int:
    """The command line of a set's check_set.py: --manifest, --verify, else the check (--corpus DIR, --dir DIR)."""
    argv = sys.argv if argv is None else argv
    if '--manifest' in argv:
        write_manifest(here)
        return 0
    if '--verify' in argv:
        return 1 if verify_manifest(here) else 0
    corpus = argv[argv.index('--corpus') + 1] if '--corpus' in argv else find_corpus(here, corpus_ups, corpus_must_exist)
    folder = os.path.abspath(argv[argv.index('--dir') + 1]) if dir_flag and '--dir' in argv else here
    return 1 if check(here, corpus, rules, folder, argv) else 0
