#!/usr/bin/env python3
"""Held-out set 16 (tables): builds the figures, asserts every identity, renders the five files, checks that each
file shows every gold figure (after the form's own decoding, and also in the raw file) in table order, writes
manifest.json and README.md.  Python 3 stdlib only.  The outputs of the real tools (python3-requests, pandoc,
LibreOffice, xml2's html2) are kept in src/ and made again only when their input changes, so no tool is needed to
rebuild the set.  Running it twice gives the same bytes."""
import sys
sys.dont_write_bytecode = True
import json, os, re, html, unicodedata
import reports, render, notes
from core import COLS, t3_rows, t2_keys, T4_BLOCKS, T4_COLS, grid

HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = {'requests-latin1-mojibake': render.r_mojibake,
          'pandoc-tei-simple': render.r_tei,
          'pandoc-json-ast-of-docx': render.r_json,
          'xml2-html2-path-lines': render.r_html2,
          'libreoffice-writer-html-of-doc': render.r_lohtml}
# Every file is stored as UTF-8 text, what a loader puts in a PostgreSQL text column.  The county page was GBK bytes
# served as text/html without a charset; python-requests decoded them as ISO-8859-1 (r.text), and that str, mojibake
# and all, is what the crawler stored: the file is that text (its own decoding below undoes it).
NUM = r'[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?'


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


# ------------------------------------------------------------------ each form's own decoding
def strip_html(t):
    t = re.sub(r'<!--.*?-->|<style\b.*?</style>|<script\b.*?</script>', '\n', t, flags=re.S)
    t = re.sub(r'</?(?:p|div|td|tr|table|br|h\d|title|cell|row|head)\b[^>]*>', '\n', t)
    return html.unescape(re.sub(r'<[^>]+>', '', t))


def ast_text(x, out):
    """the text of a pandoc JSON AST: Str and Space inlines, a line per block"""
    if isinstance(x, dict):
        t = x.get('t')
        if t == 'Str':
            out.append(x['c'])
        elif t in ('Space', 'SoftBreak'):
            out.append(' ')
        elif t == 'LineBreak':
            out.append('\n')
        else:
            ast_text(x.get('c'), out)
            if t in ('Para', 'Plain', 'Header'):
                out.append('\n')
    elif isinstance(x, list):
        for y in x:
            ast_text(y, out)


def decoded(rep, raw):
    f = rep['form']
    txt = raw.decode('utf-8')
    if f == 'requests-latin1-mojibake':
        assert '\r\n' in txt and 'charset=gb2312' in txt and '\u00d5\u00fe\u00b8\u00ae' in txt   # 政府 read as Latin-1
        t = strip_html(txt.encode('latin-1').decode('gbk').replace('\r\n', '\n'))
    elif f == 'pandoc-tei-simple':
        assert txt.startswith('<?xml') and '<TEI xmlns="http://www.tei-c.org/ns/1.0">' in txt and '<cell>' in txt
        t = strip_html(txt)
    elif f == 'pandoc-json-ast-of-docx':
        assert len(txt.splitlines()) == 1
        d = json.loads(txt)
        assert d['pandoc-api-version'][:2] == [1, 22]
        out = []
        ast_text(d['blocks'], out)
        t = ''.join(out)
    elif f == 'xml2-html2-path-lines':
        lines = txt.splitlines()
        assert all(l.startswith('/html') for l in lines)
        t = '\n'.join(l.split('=', 1)[1] for l in lines if '=' in l and '/@' not in l.split('=', 1)[0])
    else:
        assert 'content="LibreOffice 7.4' in txt and '<span lang="zh-CN">' in txt
        t = strip_html(txt)
    return unicodedata.normalize('NFKC', t)


def tokens(t):
    t = re.sub(r'(\d)\s*(?:万元|件|项|条|元)', r'\1 ', t)
    return [x.replace(',', '').lstrip('+') for x in re.findall(NUM, t)]


def norm_num(v):
    if isinstance(v, float):
        return ('%.2f' % v).rstrip('0').rstrip('.')
    return str(v)


def table_rows(rep):
    """the printed values of every table row, in print order (the cells that carry a gold key)"""
    T = render.tables(rep)
    out = []
    for name in ('T2', 'T3', 'T4'):
        for row in T[name]:
            vals = [(c['key'], c['t']) for c in row if c['key']]
            if vals:
                out.append(vals)
    return out


def check(rep, raw, g):
    t = decoded(rep, raw)
    flat = re.sub(r'\s+', '', t)
    assert rep['agency'] in flat, rep['id']
    assert render.ymd(rep['published']) in flat, rep['id']
    toks = tokens(t)
    raw_toks = tokens(raw.decode('utf-8'))
    for k, v in g.items():
        if v is None or k in ('kind', 'script', 'template', 'agency', 'published', 'balance_ok') or isinstance(v, str):
            continue
        if isinstance(v, bool):
            continue
        assert norm_num(v) in toks, (rep['id'], k, v)
        assert norm_num(v) in raw_toks, (rep['id'], 'raw', k, v)
    # the table values in print order: a subsequence of the number tokens, and each row a contiguous run
    rows = table_rows(rep)
    pos = 0
    for row in rows:
        want = [norm_num(rep['vals'][k]) for k, _ in row if g.get(k) is not None]
        for i in range(pos, len(toks) - len(want) + 1):
            if toks[i:i + len(want)] == want:
                pos = i + len(want)
                break
        else:
            raise AssertionError((rep['id'], 'row not found in order', row, want))
    return t


def main():
    man = []
    for rep in reports.REPORTS:
        text = RENDER[rep['form']](rep)
        raw = text.encode('utf-8')
        with open(os.path.join(HERE, rep['file']), 'wb') as f:
            f.write(raw)
        g = gold(rep)
        check(rep, raw, g)
        man.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'], 'template': rep['template'],
                    'agency': rep['agency'], 'level': rep['level'], 'year': rep['year'], 'gold': g,
                    'notes': notes.NOTES[rep['id']]})
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(man, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(notes.readme(man))
    nk = sum(len(m['gold']) for m in man)
    nn = sum(1 for m in man for v in m['gold'].values() if v is None)
    print('%d reports, %d gold keys, %d null' % (len(man), nk, nn))


if __name__ == '__main__':
    main()
