#!/usr/bin/env python3
"""Self-check of the development set eval/chrome_dev7 (stdlib only; adapted from eval/chrome_test4/check_set.py).

  python check_set.py            check gold against pages and corpus, print counts
  python check_set.py --table    the same, plus the table of chrome lines per kind and style
  python check_set.py --manifest rewrite MANIFEST.sha256 (sha256 of every file except
                                 README.md and MANIFEST.sha256) and print its sha256
  python check_set.py --verify   compare files against MANIFEST.sha256

Checks: every page has exactly one gold row per line and no line a line-splitting character
other than ``\\n``; labels and kinds are from the documented sets; the content lines of each page,
stripped and concatenated per ``para``, equal the source paragraphs para_start..para_end of
index.tsv (every paragraph present, in order); no chrome line equals a content line of the same
page; blank rows are whitespace-only lines; no run overlaps a paragraph range of the earlier sets
(the ``index.tsv`` of ``eval/chrome_test``, ``chrome_test2``, ``chrome_test3``, ``chrome_test4``, ``chrome_dev3``,
``chrome_dev4`` and ``chrome_dev5``) in the same source file, nor another run of this set. This set has
no ``govcn_gold.tsv`` (it is development data for the line judge; the gov.cn gold lives in ``eval/chrome_test``).
Exit status 1 on any error.
"""
import collections
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HARD = ('heading', 'greeting', 'closing', 'signature')
CONTENT_KINDS = ('content',) + HARD
CHROME_KINDS = ('nav', 'breadcrumb', 'metadata', 'toolbar_fontsize', 'toolbar_actions', 'share', 'qr', 'related',
                'ads', 'paywall', 'title_repeat', 'footer', 'html_residue', 'mojibake', 'pagination',
                # new in chrome_test2
                'prevnext', 'comments', 'follow', 'attachment',
                # new in chrome_test3
                'disclaimer', 'tags', 'audio', 'feedback', 'toc',
                # new in chrome_test4
                'accessibility', 'robot', 'video', 'caption', 'cookie', 'app_banner', 'login', 'link', 'intro', 'print_header',
                # new in this set
                'widget')
EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_dev3', 'chrome_dev4', 'chrome_dev5')


def find_corpus():
    """$TEXTLAB_CORPUS, else ../shared/corpus beside the repository (a worktree may sit one level deeper)."""
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


def manifest_files():
    out = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        for f in sorted(files):
            rel = os.path.relpath(os.path.join(root, f), HERE)
            if rel in ('README.md', 'MANIFEST.sha256'):
                continue
            out.append(rel)
    return sorted(out)


def sha(path):
    with open(path, 'rb') as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def write_manifest():
    lines = ['%s  %s' % (sha(os.path.join(HERE, f)), f) for f in manifest_files()]
    p = os.path.join(HERE, 'MANIFEST.sha256')
    with open(p, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines) + '\n')
    print('MANIFEST.sha256: %d files, sha256 %s' % (len(lines), sha(p)))


def verify_manifest():
    p = os.path.join(HERE, 'MANIFEST.sha256')
    bad = 0
    listed = set()
    for ln in open(p, encoding='utf-8').read().strip().split('\n'):
        h, f = ln.split('  ', 1)
        listed.add(f)
        if not os.path.exists(os.path.join(HERE, f)) or sha(os.path.join(HERE, f)) != h:
            print('CHANGED', f)
            bad += 1
    for f in manifest_files():
        if f not in listed:
            print('NEW', f)
            bad += 1
    print('manifest sha256 %s; %s' % (sha(p), 'OK' if not bad else '%d differences' % bad))
    return bad


def old_ranges():
    out = collections.defaultdict(list)
    for name in EARLIER:
        p = os.path.join(HERE, '..', name, 'index.tsv')
        if not os.path.exists(p):
            print('note: %s not found, overlap with it not checked' % p)
            continue
        for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
            c = r.split('\t')
            out[c[2]].append((int(c[3]), int(c[4])))
    return out


def read_tsv(path):
    return [l.split('\t') for l in open(path, encoding='utf-8').read().strip('\n').split('\n')]


def check(corpus):
    idx = read_tsv(os.path.join(HERE, 'index.tsv'))[1:]
    old = old_ranges()
    mine = collections.defaultdict(list)
    kinds = collections.Counter()
    kinds_by_style = collections.defaultdict(collections.Counter)
    content_by_style = collections.Counter()
    labels = collections.Counter()
    styles = collections.Counter()
    folders = collections.Counter()
    starts = collections.Counter()
    hard = collections.Counter()
    content_paras = 0
    short_content = 0
    wrapped_lines = 0
    wrapped_after_stop = 0
    split_by_chrome = 0
    docs_with_mid = 0
    overlap_old = 0
    fresh_docs = 0
    errors = 0
    sources = []
    for row in idx:
        doc, style, src, s, e = row[:5]
        styles[style] += 1
        folders[src.split('/')[0]] += 1
        sources.append(src)
        s, e = int(s), int(e)
        paras = [l.strip() for l in open(os.path.join(corpus, src), encoding='utf-8').read().split('\n') if l.strip()]
        if not 0 <= s <= e < len(paras) or e - s + 1 < 5 or e - s + 1 > 40:
            print(doc, 'bad paragraph range', s, e, 'of', len(paras))
            errors += 1
            continue
        starts['head' if s <= 3 else 'tail' if e == len(paras) - 1 else 'middle'] += 1
        if src in old:
            if any(not (e < a or s > b) for a, b in old[src]):
                print(doc, 'overlaps a range of an earlier set in', src)
                overlap_old += 1
                errors += 1
        else:
            fresh_docs += 1
        if any(not (e < a or s > b) for a, b in mine[src]):
            print(doc, 'overlaps another run of this set in', src)
            errors += 1
        mine[src].append((s, e))
        text = open(os.path.join(HERE, 'pages', doc + '.txt'), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        if lines[-1] != '':
            print(doc, 'no final newline')
            errors += 1
        lines = lines[:-1]
        if len(text.splitlines()) != len(lines):
            print(doc, 'a line holds a line-splitting character other than \\n')
            errors += 1
        gold = read_tsv(os.path.join(HERE, 'gold', doc + '.tsv'))
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
        seen_content = False
        mid = False
        pending_chrome = False
        last_para = None
        count = collections.Counter()
        for i, (t, g) in enumerate(zip(lines, gold), 1):
            n, label, kind, para = (g + [''] * 4)[:4]
            if int(n) != i:
                print(doc, 'bad line number', n)
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
                if kind not in CHROME_KINDS or not t.strip():
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
            if ''.join(parts) != paras[p]:
                print(doc, 'para', p, 'text differs from source')
                errors += 1
        for c in chrome:
            if c in content:
                print(doc, 'chrome line equals a content line:', c)
                errors += 1
    print('documents: %d  styles: %s' % (len(idx), dict(sorted(styles.items()))))
    print('source folders: %s; %d pages from documents the earlier sets did not use; %d distinct documents'
          % (dict(sorted(folders.items())), fresh_docs, len(set(sources))))
    print('runs start at: %s' % dict(sorted(starts.items())))
    print('lines: %d  (%s)' % (sum(labels.values()), ', '.join('%s %d' % kv for kv in sorted(labels.items()))))
    print('chrome lines per kind:')
    for (label, kind), n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        if label == 'chrome':
            print('  %-18s %d' % (kind, n))
    print('chrome lines per style: %s' % {k: sum(v.values()) for k, v in sorted(kinds_by_style.items())})
    if '--table' in sys.argv:
        st = sorted(kinds_by_style)
        allk = collections.Counter()
        for v in kinds_by_style.values():
            allk.update(v)
        print('| kind | ' + ' | '.join(st) + ' | all |')
        print('|---' * (len(st) + 2) + '|')
        for k, n in sorted(allk.items(), key=lambda kv: -kv[1]):
            print('| %s | %s | %d |' % (k, ' | '.join(str(kinds_by_style[x][k]) for x in st), n))
        print('| **all** | %s | %d |' % (' | '.join(str(sum(kinds_by_style[x].values())) for x in st), sum(allk.values())))
        print('content lines per style: %s' % dict(sorted(content_by_style.items())))
    print('content lines per kind:')
    for (label, kind), n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        if label == 'content':
            print('  %-18s %d' % (kind, n))
    print('content paragraphs: %d' % content_paras)
    print('hard content lines (heading/greeting/closing/signature): %d; content lines <= 15 chars: %d; '
          'hard-wrapped (PDF-style) content lines: %d (wraps right after 。 inside a paragraph: %d; '
          'paragraphs cut by a page break: %d); documents with chrome between content lines: %d'
          % (sum(hard.values()), short_content, wrapped_lines, wrapped_after_stop, split_by_chrome, docs_with_mid))
    print('errors: %d' % errors)
    return errors


if __name__ == '__main__':
    if '--manifest' in sys.argv:
        write_manifest()
    elif '--verify' in sys.argv:
        sys.exit(1 if verify_manifest() else 0)
    else:
        corpus = sys.argv[sys.argv.index('--corpus') + 1] if '--corpus' in sys.argv else find_corpus()
        sys.exit(1 if check(corpus) else 0)
