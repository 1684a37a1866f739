#!/usr/bin/env python3
"""Render src/lanxiang-gazette-source.txt as pdftotext (default mode) output of a
two-column 政府公报: 20-em columns, 36 lines a column, running header, page number,
form feed after each page. Run from prose9/: python3 src/make_gazette.py"""
import unicodedata

W = 20.0      # column width in em (CJK = 1, ASCII = 0.5)
LINES = 36    # lines per column
FIRST_PAGE = 27

def width(ch):
    return 1.0 if unicodedata.east_asian_width(ch) in 'WF' else 0.5

def wrap(text, w=W):
    out, cur, cw = [], '', 0.0
    for ch in text:
        if cw + width(ch) > w:
            out.append(cur); cur, cw = '', 0.0
        cur += ch; cw += width(ch)
    if cur:
        out.append(cur)
    return out

lines = []
for raw in open('src/lanxiang-gazette-source.txt', encoding='utf-8'):
    raw = raw.rstrip('\n')
    tag, text = raw[:2], raw[3:]
    if tag == '#P':
        lines += wrap('\u3000\u3000' + text)
    elif tag == '#H':
        lines += wrap('\u3000\u3000' + text)
    elif tag == '#R':
        lines.append(text)
    elif tag == '#T':
        lines += ['', text, '']

# pdftotext default mode: a column is a block; the two blocks of a page are read
# left then right, separated by a blank line; header first, page number last.
pages, i, n = [], 0, FIRST_PAGE
while i < len(lines):
    left = lines[i:i + LINES]; i += LINES
    right = lines[i:i + LINES]; i += LINES
    head = ['澜湘市人民政府公报', '2012年第3期（总第158期）'] if n % 2 else ['2012年第3期（总第158期）', '澜湘市人民政府公报']
    body = head + [''] + left + ([''] + right if right else []) + ['', '·%d·' % n]
    pages.append('\n'.join(body) + '\n')
    n += 1
open('lanxiang-city-2011-gazette-pdf.txt', 'w', encoding='utf-8').write('\f'.join(pages) + '\f')
