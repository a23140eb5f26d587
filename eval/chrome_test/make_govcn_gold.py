#!/usr/bin/env python3
"""Write govcn_gold.tsv: for each of the 40 gov.cn page fragments in
/work/shared/corpus/gov_cn_html/, the matching body text file in
state_council_2004_2019/ (via its _index.tsv `html_file` column), the
metadata-table labels present in the page and their values exactly as they
appear in the HTML, and the visible page-chrome text outside the body.

Columns:
  html_file      gov_cn_html/<name>.html
  text_file      state_council_2004_2019/<name>.txt (the body gold)
  field          normalised label (whitespace and colon removed), or _chrome
  label_in_html  the label text as in the page (<b>索 引 号：</b> -> '索 引 号：')
  value          the value cell text as in the page (entities decoded; may be empty)
  value_in_body  yes/no: the value occurs verbatim in the text file (document
                 numbers do, as the line under the title; dates usually do not,
                 because the signature date is written 2018年11月5日 not 05日)
  label_in_body  yes/no: the label (without spaces) occurs in the text file

stdlib only; deterministic.  `python make_govcn_gold.py` rewrites the file.
"""
import html.parser
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# the project's shared corpus beside the repository (../shared/corpus), or $TEXTLAB_CORPUS
CORPUS = os.environ.get('TEXTLAB_CORPUS') or os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus'))


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_body = 0      # >0 while inside td#UCAP-CONTENT
        self.td_stack = []
        self.in_b = False
        self.cells = []          # (is_label, text) for td cells outside the body
        self.cur = None
        self.outside = []        # visible text outside body and outside td cells of the metadata tables
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('script', 'style'):
            self.in_script = True
        if tag == 'td':
            if self.depth_body:
                self.depth_body += 1
            elif a.get('id') == 'UCAP-CONTENT':
                self.depth_body = 1
            else:
                self.cur = [False, '']
                self.td_stack.append(self.cur)
        if tag == 'b' and self.cur is not None and not self.depth_body:
            self.cur[0] = True

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.in_script = False
        if tag == 'td':
            if self.depth_body:
                self.depth_body -= 1
            elif self.td_stack:
                c = self.td_stack.pop()
                self.cells.append((c[0], c[1].strip()))
                self.cur = self.td_stack[-1] if self.td_stack else None

    def handle_data(self, data):
        if self.in_script or self.depth_body:
            return
        if self.cur is not None and self.td_stack:
            self.cur[1] += data
        elif data.strip():
            self.outside.append(data.strip())


def main():
    corpus = CORPUS
    if '--corpus' in sys.argv:
        corpus = sys.argv[sys.argv.index('--corpus') + 1]
    idx_path = os.path.join(corpus, 'state_council_2004_2019', '_index.tsv')
    rows = open(idx_path, encoding='utf-8').read().split('\n')
    head = rows[0].split('\t')
    mapping = {}
    for r in rows[1:]:
        if r.strip():
            d = dict(zip(head, r.split('\t')))
            if d.get('html_file'):
                mapping[d['html_file']] = d['file']
    out = ['html_file\ttext_file\tfield\tlabel_in_html\tvalue\tvalue_in_body\tlabel_in_body']
    for name in sorted(os.listdir(os.path.join(corpus, 'gov_cn_html'))):
        if not name.endswith('.html'):
            continue
        src = open(os.path.join(corpus, 'gov_cn_html', name), encoding='utf-8').read()
        src = re.sub(r'<!--.*?-->', '', src, flags=re.S)
        p = Page()
        p.feed(src)
        p.close()
        tfile = mapping[name]
        body = open(os.path.join(corpus, 'state_council_2004_2019', tfile), encoding='utf-8').read()
        body_nows = re.sub(r'\s', '', body)
        cells = p.cells
        # metadata: a bold label cell followed by a value cell
        seen = set()
        used = set()
        for i, (is_label, text) in enumerate(cells):
            if not is_label:
                continue
            used.add(i)
            if i + 1 < len(cells) and not cells[i + 1][0]:
                used.add(i + 1)
            label = text
            value = ''
            if i + 1 < len(cells) and not cells[i + 1][0]:
                value = cells[i + 1][1]
            field = re.sub(r'[\s\u3000：:]', '', label)
            if (field, value) in seen:
                continue
            seen.add((field, value))
            out.append('\t'.join([
                'gov_cn_html/' + name, 'state_council_2004_2019/' + tfile, field, label, value,
                'yes' if value and value in body else 'no',
                'yes' if field in body_nows else 'no']))
        chrome = [t for i, (lab, t) in enumerate(cells) if i not in used and t.strip()] + p.outside
        for text in chrome:
            t = re.sub(r'\s+', ' ', text)
            out.append('\t'.join(['gov_cn_html/' + name, 'state_council_2004_2019/' + tfile, '_chrome', '', t,
                                  'yes' if t in body else 'no', '']))
    with open(os.path.join(HERE, 'govcn_gold.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote %d rows' % (len(out) - 1))


if __name__ == '__main__':
    main()
