#!/usr/bin/env python3
"""Self-check of the chrome TEST set (stdlib only).

  python check_set.py            check gold against pages and corpus, print counts
  python check_set.py --manifest rewrite MANIFEST.sha256 (sha256 of every file except
                                 README.md and MANIFEST.sha256) and print its sha256
  python check_set.py --verify   compare files against MANIFEST.sha256

Checks: every page has exactly one gold row per line; the content lines of each
page, stripped and concatenated per `para`, equal the source paragraphs
para_start..para_end of index.tsv (every paragraph present, in order); no chrome
line equals a content line of the same page; blank rows are whitespace-only lines.
"""
import collections
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# the project's shared corpus beside the repository (../shared/corpus), or $TEXTLAB_CORPUS
CORPUS = os.environ.get('TEXTLAB_CORPUS') or os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus'))
HARD = ('heading', 'greeting', 'closing', 'signature')


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
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


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


def check(corpus):
    idx = [l.split('\t') for l in open(os.path.join(HERE, 'index.tsv'), encoding='utf-8').read().strip('\n').split('\n')[1:]]
    kinds = collections.Counter()
    labels = collections.Counter()
    styles = collections.Counter()
    hard = collections.Counter()
    short_content = 0
    wrapped_lines = 0
    docs_with_mid = 0
    errors = 0
    for row in idx:
        doc, style, src, s, e = row[:5]
        styles[style] += 1
        s, e = int(s), int(e)
        paras = [l.strip() for l in open(os.path.join(corpus, src), encoding='utf-8').read().split('\n') if l.strip()]
        lines = open(os.path.join(HERE, 'pages', doc + '.txt'), encoding='utf-8').read().split('\n')
        assert lines[-1] == ''
        lines = lines[:-1]
        gold = [l.split('\t') for l in open(os.path.join(HERE, 'gold', doc + '.tsv'), encoding='utf-8').read().strip('\n').split('\n')[1:]]
        if len(lines) != len(gold):
            print(doc, 'line count mismatch')
            errors += 1
            continue
        acc = collections.OrderedDict()
        content = set()
        chrome = []
        seen_content = False
        mid = False
        pending_chrome = False
        count = collections.Counter()
        for i, (t, g) in enumerate(zip(lines, gold), 1):
            n, label, kind, para = g
            if int(n) != i:
                print(doc, 'bad line number', n)
                errors += 1
            labels[label] += 1
            kinds[(label, kind)] += 1
            if label == 'blank':
                if t.strip():
                    print(doc, i, 'blank label on non-blank line')
                    errors += 1
            elif label == 'content':
                p = int(para)
                acc.setdefault(p, []).append(t.strip())
                content.add(t.strip())
                count[p] += 1
                if kind in HARD:
                    hard[kind] += 1
                if len(t.strip()) <= 15:
                    short_content += 1
                if pending_chrome:
                    mid = True
                seen_content = True
                pending_chrome = False
            else:
                chrome.append(t.strip())
                if seen_content:
                    pending_chrome = True
        docs_with_mid += mid
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
    print('lines: %d  (%s)' % (sum(labels.values()), ', '.join('%s %d' % kv for kv in sorted(labels.items()))))
    print('chrome lines per kind:')
    for (label, kind), n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        if label == 'chrome':
            print('  %-18s %d' % (kind, n))
    print('content lines per kind:')
    for (label, kind), n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        if label == 'content':
            print('  %-18s %d' % (kind, n))
    print('hard content lines (heading/greeting/closing/signature): %d; content lines <= 15 chars: %d; '
          'hard-wrapped (PDF-style) content lines: %d; documents with chrome between content paragraphs: %d'
          % (sum(hard.values()), short_content, wrapped_lines, docs_with_mid))
    print('errors: %d' % errors)
    return errors


if __name__ == '__main__':
    if '--manifest' in sys.argv:
        write_manifest()
    elif '--verify' in sys.argv:
        sys.exit(1 if verify_manifest() else 0)
    else:
        corpus = sys.argv[sys.argv.index('--corpus') + 1] if '--corpus' in sys.argv else CORPUS
        sys.exit(1 if check(corpus) else 0)
