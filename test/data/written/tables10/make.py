#!/usr/bin/env python3
"""Held-out set 10 (tables): builds the figures, asserts every identity, renders the eight files,
writes manifest.json and README.md.  Python 3 stdlib only; elinks and pandoc outputs are kept in src/
(re-run only when their input changes).  Running it twice gives the same bytes."""
import sys
sys.dont_write_bytecode = True
import json, os, re, html, unicodedata
import reports, render, notes
from core import COLS, t3_rows, t2_keys, T4_BLOCKS, T4_COLS

HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = {'elinks-dump-borderless': render.r_elinks, 'pdfplumber-extract-text': render.r_pdfplumber,
          'paddleocr-text-boxes': render.r_ocr, 'pandoc-asciidoc': render.r_asciidoc,
          'cms-two-pages-browser-copy': render.r_paged, 'unstructured-elements-json': render.r_unstructured,
          'mammoth-docx-html-transposed': render.r_mammoth,
          'pdftotext-layout-excel-columns-split': render.r_excel_split}


FORM_CHECK = {
    'elinks-dump-borderless': lambda t: '\nReferences\n' in t and '   [1]' in t and '│' not in t and '|' not in t.split('二、主动公开')[1].split('四、政府信息公开行政复议')[0],
    'pdfplumber-extract-text': lambda t: re.search(r'(?m)^(\d+ ){14}\d+$', t) is not None and '\n— 2 —\n' in t,
    'paddleocr-text-boxes': lambda t: 'l937' in t and '(三)4.保护第三方' in t and '[liaochuan-xicen-2022_p02.png]' in t,
    'pandoc-asciidoc': lambda t: t.count('|===') == 6 and '|行政许可 |342 | |' in t,
    'cms-two-pages-browser-copy': lambda t: t.count('共2页') == 2 and t.count('浏览次数') == 2 and '\n6.属于四类过程性信息\t' in t,
    'unstructured-elements-json': lambda t: sum(e['type'] == 'Table' for e in json.loads(t)) == 3,
    'mammoth-docx-html-transposed': lambda t: '\n' not in t and 'data:image/png;base64,' in t and '<td colspan="22"><p>三、本年度办理结果' in t,
    'pdftotext-layout-excel-columns-split': lambda t: '第 2 页' in t and t.count('\f') >= 5,
}


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


def decoded(rep, txt):
    """the text a reader sees after the form's own decoding"""
    if rep['form'] == 'unstructured-elements-json':
        els = json.loads(txt)
        return '\n'.join(e['text'] for e in els)
    if rep['form'] == 'mammoth-docx-html-transposed':
        return html.unescape(re.sub(r'<[^>]+>', '\n', txt))
    if rep['form'] == 'paddleocr-text-boxes':
        t = txt
        for a, b in rep['ocr_text']:
            t = t.replace(b, a)
        return t
    return txt


def numtext(v):
    if isinstance(v, float):
        return reports.amount_str(v)
    return str(v)


def check_present(rep, txt, g):
    t = decoded(rep, txt)
    flat = re.sub(r'\s+', '', t)
    assert rep['agency'] in flat, rep['agency']
    y, m, d = rep['published'].split('-')
    assert ('%s年%d月%d日' % (y, int(m), int(d))) in flat or rep['published'] in t
    nums = set(re.findall(r'[+-]?\d+(?:\.\d+)?', t))
    ocr = rep.get('ocr_cells', {})
    for k, v in g.items():
        if v is None or k in ('year', 'agency', 'kind', 'template', 'published', 'script', 'balance_ok',
                              'active.procurement.amount_unit'):
            continue
        if k in ocr:
            assert ocr[k] in txt, (k, ocr[k])
            continue
        s = rep['pr'].get(k, numtext(v)) if not k.startswith('narrative') else numtext(v)
        s = re.sub(r'[元万]', '', s)
        assert s in nums or s.lstrip('+') in nums or s in t, (rep['id'], k, s)


def main():
    man = []
    total = 0
    for rep in reports.REPORTS:
        txt = RENDER[rep['form']](rep)
        with open(os.path.join(HERE, rep['file']), 'w', encoding='utf-8', newline='') as f:
            f.write(txt)
        g = gold(rep)
        check_present(rep, txt, g)
        assert FORM_CHECK[rep['form']](txt), rep['id']
        total += len(g)
        man.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'], 'agency': rep['agency'],
                    'level': rep['level'], 'year': rep['year'], 'gold': g, 'notes': notes.notes_for(rep['id'])})
        print('%-36s %-40s %d keys, %d null' % (rep['file'], rep['form'], len(g), sum(v is None for v in g.values())))
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(man, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('total gold keys', total)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(notes.readme(man, total))


if __name__ == '__main__':
    main()
