#!/usr/bin/env python3
"""Held-out set 12 (tables): builds the figures, asserts every identity, renders the eight files, checks that each
file shows every gold figure where the gold says it is, writes manifest.json and README.md.  Python 3 stdlib only.
The outputs of the real converters (LibreOffice, unrtf, Ghostscript, pandoc, groff, poppler) are kept in src/ and
made again only when their input changes, so no tool is needed to rebuild the set.  Running it twice gives the
same bytes."""
import sys
sys.dont_write_bytecode = True
import json, os, re, html
import reports, render, notes
from core import COLS, t3_rows, t2_keys, T4_BLOCKS, T4_COLS

HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = {'unrtf-html-of-rtf': render.r_unrtf,
          'ghostscript-txtwrite-of-pdf': render.r_gs,
          'xlsx-sharedstrings-sheet-xml': render.r_xlsx,
          'pandoc-epub3-spine-xhtml': render.r_epub,
          'php-json-encode-cms-api': render.r_json,
          'groff-tbl-of-pandoc-man': render.r_groff,
          'pandoc-dokuwiki': render.r_dokuwiki,
          'pdftotext-bbox-layout': render.r_bbox}
META = ('year', 'agency', 'kind', 'template', 'published', 'script', 'balance_ok', 'active.procurement.amount_unit')
NUM = r'[+-]?\d+(?:\.\d+)?'


def gold(rep):
    g = {'year': rep['year'], 'agency': rep['agency'], 'kind': 'annual_report', 'template': rep['template'],
         'published': rep['published'], 'script': 'hans'}
    nulls = set(rep.get('nulls', ()))
    for row, cols in t2_keys(rep['template']):
        for c in cols:
            k = 'active.%s.%s' % (row, c)
            g[k] = None if k in nulls else rep['vals'][k]
    if rep['template'] == '2019':
        g['active.procurement.amount_unit'] = rep['procurement_unit']
    for r, _, _ in t3_rows(rep['template']):
        for c in COLS:
            k = 'applications.%s.%s' % (r, c)
            g[k] = None if k in nulls else rep['vals'][k]
    for b in T4_BLOCKS:
        for c in T4_COLS:
            k = 'appeals.%s.%s' % (b, c)
            g[k] = None if k in nulls else rep['vals'][k]
    g['balance_ok'] = True
    for k in sorted(rep['narr']):
        g['narrative.' + k] = rep['narr'][k]
    return g


def strip_tags(s):
    return html.unescape(re.sub(r'<[^>]+>', '\n', s))


# ------------------------------------------------------------------ each form's own decoding
def unrtf_text(txt):
    """unrtf prints every CJK character's GBK fallback byte as a Latin-1 character after it: drop them"""
    return re.sub(r'[\u0080-\u00ff]', '', strip_tags(txt))


def xlsx_rows(txt):
    """{row number: [(column, text)]} from the shared strings and the sheet"""
    sst_xml, sheet = txt.split('\n<?xml', 1)
    sst = [html.unescape(''.join(re.findall(r'<t[^>]*>([^<]*)</t>', si)))
           for si in re.findall(r'<si>(.*?)</si>', sst_xml, re.S)]
    rows = {}
    for ref, attrs, v in re.findall(r'<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)</v></c>', sheet):
        col, n = re.match(r'([A-Z]+)(\d+)', ref).groups()
        t = sst[int(v)] if 't="s"' in attrs else v
        ci = 0
        for ch in col:
            ci = ci * 26 + ord(ch) - 64
        rows.setdefault(int(n), []).append((ci, t))
    return {k: [t for c, t in sorted(v)] for k, v in sorted(rows.items())}


def bbox_lines(txt):
    """words grouped by page and line box (left to right)"""
    out = []
    for page in re.findall(r'<page .*?</page>', txt, re.S):
        groups = {}
        for x, y1, y2, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page):
            groups.setdefault(round(float(y2)), []).append((float(x), html.unescape(w)))
        out += [[w for x, w in sorted(v)] for k, v in sorted(groups.items())]
    return out


def decoded(rep, txt):
    f = rep['form']
    if f == 'unrtf-html-of-rtf':
        return unrtf_text(txt)
    if f == 'xlsx-sharedstrings-sheet-xml':
        return '\n'.join('\t'.join(r) for r in xlsx_rows(txt).values())
    if f == 'pandoc-epub3-spine-xhtml':
        return strip_tags(txt)
    if f == 'php-json-encode-cms-api':
        return strip_tags(json.loads(txt)['data']['content'])
    if f == 'pdftotext-bbox-layout':
        return '\n'.join(' '.join(l) for l in bbox_lines(txt))
    return txt


def numtext(v):
    return reports.amount_str(v) if isinstance(v, float) else str(v)


def check_present(rep, txt, g):
    t = decoded(rep, txt)
    flat = re.sub(r'\s+', '', t)
    assert rep['agency'] in flat, rep['agency']
    y, m, d = rep['published'].split('-')
    assert ('%s年%d月%d日' % (y, int(m), int(d))) in flat, rep['id']
    nums = set(re.findall(NUM, t))
    for k, v in g.items():
        if v is None or k in META:
            continue
        s = rep['pr'][k] if not k.startswith('narrative') else numtext(v)
        s = re.sub(r'[元万]', '', s)
        if rep['form'] == 'ghostscript-txtwrite-of-pdf' and k.startswith('applications.'):
            assert s in flat, (rep['id'], k, s)          # cells may be glued: checked row by row below
        else:
            assert s in nums, (rep['id'], k, s)


# ------------------------------------------------------------------ per form: the cells stand where the gold says
def model_rows(rep):
    T = render.tables(rep)
    out = []
    for name in ('T2', 'T3', 'T4'):
        for row in T[name]:
            out.append((name, [c['t'] for c in row], [c['t'] for c in row if c['key']]))
    return out


def html_rows(fragment):
    rows = []
    for row in re.findall(r'<tr[^>]*>(.*?)</tr>', fragment, re.S):
        cells = re.findall(r'<td[^>]*>(.*?)</td>', row, re.S)
        rows.append([html.unescape(re.sub(r'<[^>]+>', '', c)).strip() for c in cells])
    return rows


def in_order(got, exp, same):
    """every expected row matches a later got row, in order"""
    i = 0
    for e in exp:
        while i < len(got) and not same(got[i], e):
            i += 1
        assert i < len(got), e
        i += 1
    return True


def check_unrtf(rep, txt):
    """each row's cell texts (labels outside the <td>s, values inside) follow each other, rows in order; the values
    are the <td>s of the tables, in order"""
    flat = re.sub(r'\s+', '', unrtf_text(txt))
    i = 0
    for tb, cells, vals in model_rows(rep):
        i = flat.index(''.join(cells), i) + 1
    tds = [re.sub(r'[\u0080-\u00ff]', '', html.unescape(c)) for c in re.findall(r'<td>([^<]*)</td>', txt)]
    vals_in_td = [c for c in tds if re.fullmatch(NUM + r'(?:万元)?', c)]
    assert vals_in_td == [v for tb, cells, vals in model_rows(rep) for v in vals]
    return '&raquo;' in txt and '<center><td>' in txt


def check_gs(rep, txt):
    lines = txt.split('\r\n')
    i = 0
    glued = 0
    for tb, cells, vals in model_rows(rep):
        if not vals:
            continue
        pat = re.compile(r'(?<![\d.])' + r'\s*'.join(re.escape(v) for v in vals) + r'(?![\d.])')
        while not pat.search(lines[i]):
            i += 1
        m = re.findall(NUM, pat.search(lines[i]).group(0))
        glued += m != vals
        i += 1
    assert glued >= 2, glued
    return '\r\n' in txt


def check_xlsx(rep, txt):
    rows = list(xlsx_rows(txt).values())
    exp = [[c for c in cells if c] for tb, cells, vals in model_rows(rep)]
    norm = lambda r: [re.sub(r'\s+', '', c) for c in r if c.strip()]
    in_order([norm(r) for r in rows], [norm(e) for e in exp], lambda a, b: a == b)
    return '<mergeCell ref=' in txt and 't="n"><v>' in txt


def check_epub(rep, txt):
    exp = [cells for tb, cells, vals in model_rows(rep)]
    got = html_rows(txt)
    assert got == exp, rep['id']
    return txt.count('<?xml version="1.0" encoding="UTF-8"?>') >= 7 and 'rowspan="22"' in txt


def check_json(rep, txt):
    d = json.loads(txt)
    assert html_rows(d['data']['content']) == [cells for tb, cells, vals in model_rows(rep)]
    return txt.isascii() and '<\\/td>' in txt and '\\u' in txt


def check_groff(rep, txt):
    lines = txt.split('\n')
    i = 0
    for tb, cells, vals in model_rows(rep):
        if not vals:
            continue
        labs = [c for c in cells if c not in vals]
        while True:
            l = lines[i]
            if (not labs or labs[-1] in l) and re.findall(NUM, l.split(labs[-1])[-1] if labs else l) == vals:
                break
            i += 1
        i += 1
    return '申请人情况' in txt


def check_dokuwiki(rep, txt):
    rows = [[c.strip() for c in l.strip().strip('|').split('|')] for l in txt.split('\n') if l.startswith('|')]
    exp = [cells for tb, cells, vals in model_rows(rep)]
    assert len(rows) == len(exp)
    for g, e in zip(rows, exp):
        assert [c for c in g if c] == e, (g, e)
    return '====== 一、总体情况 ======' in txt


def check_bbox(rep, txt):
    seq = [[w for w in l if re.fullmatch(NUM, w)] for l in bbox_lines(txt)]
    exp = [vals for tb, cells, vals in model_rows(rep) if vals]
    in_order(seq, exp, lambda a, b: a == b)
    return txt.startswith('<!DOCTYPE html') and '<flow>' in txt


FORM_CHECK = {
    'unrtf-html-of-rtf': check_unrtf,
    'ghostscript-txtwrite-of-pdf': check_gs,
    'xlsx-sharedstrings-sheet-xml': check_xlsx,
    'pandoc-epub3-spine-xhtml': check_epub,
    'php-json-encode-cms-api': check_json,
    'groff-tbl-of-pandoc-man': check_groff,
    'pandoc-dokuwiki': check_dokuwiki,
    'pdftotext-bbox-layout': check_bbox,
}


def main():
    man = []
    total = 0
    for rep in reports.REPORTS:
        txt = RENDER[rep['form']](rep)
        with open(os.path.join(HERE, rep['file']), 'w', encoding='utf-8', newline='') as f:
            f.write(txt)
        g = gold(rep)
        check_present(rep, txt, g)
        assert FORM_CHECK[rep['form']](rep, txt), rep['id']
        total += len(g)
        man.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'], 'agency': rep['agency'],
                    'level': rep['level'], 'year': rep['year'], 'gold': g, 'notes': notes.notes_for(rep)})
        print('%-38s %-32s %d keys, %d null' % (rep['file'], rep['form'], len(g), sum(v is None for v in g.values())))
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(man, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('total gold keys', total)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(notes.readme(man, total))


if __name__ == '__main__':
    main()
