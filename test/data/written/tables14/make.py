#!/usr/bin/env python3
"""Held-out set 14 (tables): builds the figures, asserts every identity, renders the eight files, checks that each
file shows every gold figure (after the form's own decoding) in table order, writes manifest.json and README.md.
Python 3 stdlib only.  The outputs of the real converters (LibreOffice, pdftotext, Chromium + pdf.js, AbiWord,
calibre, pdf2json) are kept in src/ and made again only when their input changes, so no tool is needed to rebuild
the set.  Running it twice gives the same bytes."""
import sys
sys.dont_write_bytecode = True
import json, os, re, html, unicodedata, urllib.parse
import reports, render, notes
from core import COLS, t3_rows, t2_keys, T4_BLOCKS, T4_COLS

HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = {'pdfjs-text-layer-dom': render.r_pdfjs,
          'pdftotext-layout-landscape-fixed-row-height': render.r_landscape,
          'pdftotext-layout-two-column-gazette': render.r_gazette,
          'abiword-txt-of-docx': render.r_abiword,
          'libreoffice-xhtml-export-two-tables-3': render.r_xhtml,
          'wechat-mp-article-table-2-as-image': render.r_wechat,
          'calibre-ebook-convert-pdf-txt': render.r_calibre,
          'pdf2json-npm-json': render.r_pdf2json}
META = ('year', 'agency', 'kind', 'template', 'published', 'script', 'balance_ok', 'active.procurement.amount_unit',
        'active.extra')
NUM = r'[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?'


def gold(rep):
    g = {'year': rep['year'], 'agency': rep['agency'], 'kind': 'annual_report', 'template': rep['template'],
         'published': rep['published'], 'script': 'hans'}
    nulls = set(rep.get('nulls', ()))
    if not rep.get('no_t2'):
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
BLOCK = r'</?(?:p|div|section|td|th|tr|table|tbody|h\d|li|ul|br|title|head|body|html|colgroup|col|img|em)\b[^>]*>'


def html_text(t, spans_sep=''):
    t = re.sub(r'<script\b.*?</script>|<style\b.*?</style>', '\n', t, flags=re.S)
    t = re.sub(BLOCK, '\n', t)
    t = re.sub(r'<[^>]+>', spans_sep, t)
    return html.unescape(t)


def pdfjs_text(t):
    """the text layer: a span per text run, <br role="presentation"> at the end of a line"""
    t = t[t.index('id="pdfContainer"'):]
    t = re.sub(r'<br role="presentation">', '\n', t)
    return html.unescape(re.sub(r'<[^>]+>', ' ', t))


def pdf2json_text(t):
    d = json.loads(t)
    return '\n'.join(urllib.parse.unquote(r['T']) for p in d['Pages'] for x in p['Texts'] for r in x['R'])


def decoded(rep, txt):
    f = rep['form']
    if f == 'pdfjs-text-layer-dom':
        t = pdfjs_text(txt)
    elif f in ('libreoffice-xhtml-export-two-tables-3', 'wechat-mp-article-table-2-as-image'):
        t = html_text(txt)
    elif f == 'pdf2json-npm-json':
        t = pdf2json_text(txt)
    else:
        t = txt
    return unicodedata.normalize('NFKC', t)


def canon(s):
    """a printed cell or token as a plain number string: units, thousands separators and a + sign off"""
    s = unicodedata.normalize('NFKC', s)
    s = re.sub(r'\s|万元|元|件|项|条', '', s).replace(',', '')
    return s[1:] if s.startswith('+') else s


def numtext(v):
    return reports.amount_str(v) if isinstance(v, float) else str(v)


def tokens(t):
    return [canon(x) for x in re.findall(NUM, t)]


def check_present(rep, txt, g):
    t = decoded(rep, txt)
    flat = re.sub(r'\s+', '', t)
    assert rep['agency'] in flat, rep['agency']
    y, m, d = rep['published'].split('-')
    assert ('%s年%d月%d日' % (y, int(m), int(d))) in flat, rep['id']
    nums = set(tokens(t))
    for k, v in g.items():
        if v is None or k in META:
            continue
        s = canon(rep['pr'][k]) if not k.startswith('narrative') else numtext(v)
        assert s in nums, (rep['id'], k, s)
        if not k.startswith('narrative'):
            assert float(s) == float(v), (k, s, v)


def model_vals(rep, names=('T2', 'T3', 'T4')):
    T = render.tables(rep)
    out = []
    for name in names:
        if name == 'T2' and rep.get('no_t2'):
            continue
        for row in T[name]:
            for c in row:
                if c['key'] and c['t'] not in ('', '—'):
                    out.append(canon(c['t']))
    return out


def check_order(rep, txt, names=('T2', 'T3', 'T4')):
    """the table values stand in the decoded text in table order (a subsequence of its number tokens)"""
    toks = tokens(decoded(rep, txt))
    i = 0
    for v in model_vals(rep, names):
        while i < len(toks) and toks[i] != v:
            i += 1
        assert i < len(toks), (rep['id'], v)
        i += 1
    return i


def check_rows(rep, txt):
    """stronger: every table row's printed values stand together (a contiguous run of number tokens), rows in order"""
    toks = tokens(decoded(rep, txt))
    T = render.tables(rep)
    i = 0
    for name in ('T2', 'T3', 'T4'):
        if name == 'T2' and rep.get('no_t2'):
            continue
        for row in T[name]:
            exp = [canon(c['t']) for c in row if c['key'] and c['t'] not in ('', '—')]
            if not exp:
                continue
            j = i
            while j + len(exp) <= len(toks) and toks[j:j + len(exp)] != exp:
                j += 1
            assert j + len(exp) <= len(toks), (rep['id'], name, exp)
            i = j + len(exp)


FORM_MARK = {
    'pdfjs-text-layer-dom': lambda t: 'class="textLayer"' in t and '<span role="presentation" dir="ltr" style="left:' in t
    and '<table' not in t,
    'pdftotext-layout-landscape-fixed-row-height': lambda t: '\f' in t and '4.无正当理由大量反' in t and '4.无正当理由大量反复申请' not in t,
    'pdftotext-layout-two-column-gazette': lambda t: '\f' in t and '茈州市人民政府公报' in t and '茈州市人民政府办公室' in t,
    'abiword-txt-of-docx': lambda t: '\n\n\n\n\n\n' in t and '小计' in t,
    'libreoffice-xhtml-export-two-tables-3': lambda t: t.startswith('<?xml') and 'odf2xhtml' in t and t.count('勾稽关系') == 2,
    'wechat-mp-article-table-2-as-image': lambda t: 'id="js_content"' in t and 'mmbiz_png' in t and '135编辑器' in t,
    'calibre-ebook-convert-pdf-txt': lambda t: '38,652.40 万元' in t,
    'pdf2json-npm-json': lambda t: json.loads(t)['Transcoder'].startswith('pdf2json') and '%E8%A7%84%E7%AB%A0' in t,
}


def main():
    man = []
    total = nulls = 0
    for rep in reports.REPORTS:
        txt = RENDER[rep['form']](rep)
        with open(os.path.join(HERE, rep['file']), 'w', encoding='utf-8', newline='') as f:
            f.write(txt)
        assert len(txt.encode('utf-8')) < 300 * 1024, (rep['id'], len(txt.encode('utf-8')))
        g = gold(rep)
        check_present(rep, txt, g)
        check_order(rep, txt)
        check_rows(rep, txt)
        if rep.get('t3_all'):              # the system's table 三 stands after the bureau's own
            toks = tokens(decoded(rep, txt))
            own = check_order(rep, txt, ('T2', 'T3'))
            rest = toks[own:]
            i = 0
            for v in [c['t'] for row in render.tables(rep)['T3ALL'] for c in row if re.fullmatch(r'\d+', c['t'])]:
                while i < len(rest) and rest[i] != v:
                    i += 1
                assert i < len(rest), v
                i += 1
        assert FORM_MARK[rep['form']](txt), rep['id']
        total += len(g)
        nulls += sum(v is None for v in g.values())
        man.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'], 'agency': rep['agency'],
                    'level': rep['level'], 'year': rep['year'], 'gold': g, 'notes': notes.notes_for(rep)})
        print('%-34s %-44s %d keys, %d null, %d bytes' % (rep['file'], rep['form'], len(g),
                                                         sum(v is None for v in g.values()), len(txt.encode('utf-8'))))
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(man, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('total gold keys', total, 'null', nulls)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(notes.readme(man, total, nulls))


if __name__ == '__main__':
    main()
