#!/usr/bin/env python3
"""Held-out set 13 (tables): builds the figures, asserts every identity, renders the eight files, checks that each
file shows every gold figure (after the form's own decoding) in table order, writes manifest.json and README.md.
Python 3 stdlib only.  The outputs of the real converters (LibreOffice, pandoc, mutool, pandas/BeautifulSoup) are
kept in src/ and made again only when their input changes, so no tool is needed to rebuild the set.  Running it
twice gives the same bytes."""
import sys
sys.dont_write_bytecode = True
import json, os, re, html, unicodedata
import reports, render, notes
from core import COLS, t3_rows, t2_keys, T4_BLOCKS, T4_COLS

HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = {'pandoc-docbook5': render.r_docbook,
          'libreoffice-word2003-xml': render.r_word2003,
          'jupyter-notebook-pandas-read-html': render.r_ipynb,
          'mysqldump-phpcms-news-data': render.r_sql,
          'pandoc-jira': render.r_jira,
          'hugo-content-yaml-front-matter-html': render.r_hugo,
          'pandoc-textile': render.r_textile,
          'mutool-draw-stext': render.r_stext}
META = ('year', 'agency', 'kind', 'template', 'published', 'script', 'balance_ok', 'active.procurement.amount_unit',
        'active.extra')
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
    if rep.get('extra'):
        g['active.extra'] = rep['extra']
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


def strip_tags(s, sep='\n'):
    return html.unescape(re.sub(r'<[^>]+>', sep, s))


# ------------------------------------------------------------------ each form's own decoding
def word2003_text(txt):
    """w:t runs joined within a paragraph, a line per w:p"""
    t = re.sub(r'</w:p>', '\n', txt)
    t = re.sub(r'<w:tab/>', '\t', t)
    return html.unescape(re.sub(r'<[^>]+>', '', t))


def ipynb_text(txt):
    nb = json.loads(txt)
    out = []
    for c in nb['cells']:
        for o in c.get('outputs', []):
            if o['output_type'] == 'stream':
                out.append(''.join(o['text']))
            else:
                out.append(strip_tags(''.join(o['data'].get('text/html', []))) or ''.join(o['data']['text/plain']))
    return '\n'.join(out)


def sql_unescape(s):
    m = {'n': '\n', 'r': '\r', '0': '\0', 'Z': '\x1a'}
    return re.sub(r'\\(.)', lambda x: m.get(x.group(1), x.group(1)), s)


def sql_content(txt):
    """the content column of v9_news_data row 7336"""
    line = [l for l in txt.split('\n') if l.startswith('INSERT INTO `v9_news_data`')][0]
    rows = re.findall(r"\((\d+),'((?:[^'\\]|\\.)*)'", line)
    return {int(i): sql_unescape(c) for i, c in rows}


def stext_lines(txt):
    out = []
    for line in re.findall(r'<line .*?</line>', txt, re.S):
        out.append(''.join(html.unescape(c) for c in re.findall(r' c="([^"]*)"', line)))
    return out


def decoded(rep, txt):
    f = rep['form']
    if f == 'libreoffice-word2003-xml':
        t = word2003_text(txt)
    elif f == 'jupyter-notebook-pandas-read-html':
        t = ipynb_text(txt)
    elif f == 'mysqldump-phpcms-news-data':
        t = strip_tags(sql_content(txt)[7336])
    elif f == 'mutool-draw-stext':
        t = '\n'.join(stext_lines(txt))
    elif f in ('pandoc-docbook5', 'hugo-content-yaml-front-matter-html', 'pandoc-textile'):
        t = strip_tags(txt)
    else:
        t = txt
    return unicodedata.normalize('NFKC', t)


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
        s = unicodedata.normalize('NFKC', re.sub(r'[元万]', '', s))
        assert s in nums, (rep['id'], k, s)
    for e in rep.get('extra', ()):
        assert all(str(v) in nums for v in e['values']) and e['label'] in flat


def model_vals(rep):
    T = render.tables(rep)
    out = []
    for name in ('T2', 'T3', 'T4'):
        for row in T[name]:
            for c in row:
                if c['key']:
                    v = unicodedata.normalize('NFKC', re.sub(r'[元万]', '', c['t']))
                    out.append(v)
    return out


def check_order(rep, txt):
    """the table values stand in the decoded text in table order (a subsequence of its number tokens)"""
    t = decoded(rep, txt)
    toks = [x if x != '/' else '/' for x in re.findall(NUM + '|/', t)]
    exp = model_vals(rep)
    i = 0
    for v in exp:
        while i < len(toks) and toks[i] != v:
            i += 1
        assert i < len(toks), (rep['id'], v)
        i += 1


FORM_MARK = {
    'pandoc-docbook5': lambda t: '<informaltable>' in t and '<entry>' in t,
    'libreoffice-word2003-xml': lambda t: 'w:wordDocument' in t and 'w:gridSpan' in t and '<w:rStyle w:val="T1"/>' in t,
    'jupyter-notebook-pandas-read-html': lambda t: json.loads(t)['nbformat'] == 4 and 'class=\\"dataframe\\"' in t,
    'mysqldump-phpcms-news-data': lambda t: t.startswith('-- MySQL dump') and "\\'" not in '' and '\\r\\n' in t,
    'pandoc-jira': lambda t: 'h1. ' in t and '\n|' in t,
    'hugo-content-yaml-front-matter-html': lambda t: t.startswith('---\n') and 'rowspan=' in t,
    'pandoc-textile': lambda t: '<table>' in t,
    'mutool-draw-stext': lambda t: '<char quad=' in t and '&#x' in t,
}


def main():
    man = []
    total = 0
    for rep in reports.REPORTS:
        txt = RENDER[rep['form']](rep)
        with open(os.path.join(HERE, rep['file']), 'w', encoding='utf-8', newline='') as f:
            f.write(txt)
        assert len(txt.encode('utf-8')) < 300 * 1024, (rep['id'], len(txt.encode('utf-8')))
        g = gold(rep)
        check_present(rep, txt, g)
        check_order(rep, txt)
        assert FORM_MARK[rep['form']](txt), rep['id']
        total += len(g)
        man.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'], 'agency': rep['agency'],
                    'level': rep['level'], 'year': rep['year'], 'gold': g, 'notes': notes.notes_for(rep)})
        print('%-40s %-38s %d keys, %d null, %d bytes' % (rep['file'], rep['form'], len(g),
                                                         sum(v is None for v in g.values()), len(txt.encode('utf-8'))))
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(man, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('total gold keys', total)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(notes.readme(man, total))


if __name__ == '__main__':
    main()
