#!/usr/bin/env python3
"""Held-out set 15 (tables): builds the figures, asserts every identity, renders the five files, checks that each
file shows every gold figure (after the form's own decoding) in table order, writes manifest.json.
Python 3 stdlib only.  The outputs of the real tools (LibreOffice, docx2txt, html2text, parsel, pdftohtml) are kept
in src/ and made again only when their input changes, so no tool is needed to rebuild the set.  Running it twice
gives the same bytes."""
import sys
sys.dont_write_bytecode = True
import json, os, re, html, unicodedata
import reports, render, notes
from core import COLS, t3_rows, t2_keys, T4_BLOCKS, T4_COLS, grid

HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = {'docx2txt-perl-total-column-first': render.r_docx2txt,
          'outlook-saved-htm-gb2312': render.r_outlook,
          'html2text-debian-of-cms-page': render.r_html2text,
          'parsel-text-nodes-jsonl': render.r_parsel,
          'pdftohtml-xml': render.r_pdfxml}
# The Outlook page is GBK bytes as saved; a database stores text, so the
# loader decodes it (convert_from(bytes, 'GBK')) and gdr_parse sees UTF-8
# whose <meta> still says gb2312: the file is kept as that text (session 20).
ENCODING = {}
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
    t = re.sub(r'</?(?:p|div|td|tr|table|br|h\d|title|text|page)\b[^>]*>', '\n', t)
    return html.unescape(re.sub(r'<[^>]+>', '', t))


def decoded(rep, raw):
    f = rep['form']
    txt = raw.decode(ENCODING.get(f, 'utf-8'))
    if f == 'outlook-saved-htm-gb2312':
        assert 'charset=gb2312' in txt and 'WordSection1' in txt and 'MsoNormalTable' in txt and '\r\n' in txt
        t = strip_html(txt.replace('\r\n', '\n').replace('\n', ' '))
    elif f == 'pdftohtml-xml':
        assert txt.startswith('<?xml') and '<pdf2xml producer="poppler"' in txt
        t = strip_html(txt)
    elif f == 'parsel-text-nodes-jsonl':
        lines = txt.splitlines()
        assert len(lines) == 1
        d = json.loads(lines[0])
        t = '\n'.join([d['title'], d['pub_date']] + d['content'])
    elif f == 'html2text-debian-of-cms-page':
        assert '\ufffd' in txt and '|' in txt
        t = txt
    else:
        assert '\n                                      ' in txt       # docx2txt centres a centred paragraph
        t = txt
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
    for k, v in g.items():
        if v is None or k in ('kind', 'script', 'template', 'agency', 'published', 'balance_ok') or isinstance(v, str):
            continue
        if isinstance(v, bool):
            continue
        assert norm_num(v) in toks, (rep['id'], k, v)
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
        raw = text.encode(ENCODING.get(rep['form'], 'utf-8'))
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
