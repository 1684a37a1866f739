#!/usr/bin/env python3
"""Held-out set 11 (tables): builds the figures, asserts every identity, renders the eight files, checks that each
file shows every gold figure where the gold says it is, writes manifest.json and README.md.  Python 3 stdlib only.
The outputs of the real converters (LibreOffice, poppler's pdftotext, Links) are kept in src/ and only made again
when their input changes, so no tool is needed to rebuild the set.  Running it twice gives the same bytes."""
import sys
sys.dont_write_bytecode = True
import json, os, re, html
import reports, render, notes
from core import COLS, t3_rows, t2_keys, T4_BLOCKS, T4_COLS

HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = {'soffice-convert-to-txt-of-doc': render.r_soffice_txt,
          'odt-content-xml': render.r_odt_content,
          'pdftotext-tsv': render.r_pdftotext_tsv,
          'links-dump-ascii-frames': render.r_links,
          'discuz-bbcode-forum-repost': render.r_bbcode,
          'markitdown-docx-markdown': render.r_markitdown,
          'pdf-preview-copy-kangxi-radicals': render.r_preview,
          'html-caption-th-scope-dash-zeros': render.r_a11y}
META = ('year', 'agency', 'kind', 'template', 'published', 'script', 'balance_ok', 'active.procurement.amount_unit')


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


def decoded(rep, txt):
    """the text a reader sees after the form's own decoding"""
    f = rep['form']
    if f == 'odt-content-xml':
        return strip_tags(txt.replace('<text:s/>', ' '))
    if f == 'pdftotext-tsv':
        return '\n'.join(l.split('\t')[11] for l in txt.split('\n')[1:] if l.startswith('5\t'))
    if f == 'discuz-bbcode-forum-repost':
        return re.sub(r'\[/?[a-z]+(?:=[^\]]*)?\]', '', txt)
    if f == 'pdf-preview-copy-kangxi-radicals':
        return render.unkangxi(txt)
    if f == 'html-caption-th-scope-dash-zeros':
        return strip_tags(txt)
    return txt.lstrip('\ufeff')


def numtext(v):
    return reports.amount_str(v) if isinstance(v, float) else str(v)


def check_present(rep, txt, g):
    t = decoded(rep, txt)
    flat = re.sub(r'\s+', '', t)
    assert rep['agency'] in flat, rep['agency']
    y, m, d = rep['published'].split('-')
    assert ('%s年%d月%d日' % (y, int(m), int(d))) in flat
    nums = set(re.findall(r'[+-]?\d+(?:\.\d+)?', t))
    for k, v in g.items():
        if v is None or k in META:
            continue
        s = rep['pr'][k] if not k.startswith('narrative') else numtext(v)
        s = re.sub(r'[元万]', '', s)
        assert s in nums, (rep['id'], k, s)


# ------------------------------------------------------------------ per form: the cells stand where the gold says
def model_rows(rep):
    """[(table, [cell texts of the row, origin cells only], [printed values])] for every row of the three tables"""
    T = render.tables(rep)
    out = []
    for name in ('T2', 'T3', 'T4'):
        for row in T[name]:
            out.append((name, [c['t'] for c in row], [c['t'] for c in row if c['key']]))
    return out


def check_cell_lines(rep, txt):
    """soffice text: every cell a line (covered cells blank lines): the cells of each table follow each other"""
    lines = [l for l in txt.lstrip('\ufeff').split('\n') if l.strip(' \u00a0')]
    for name in ('T2', 'T3', 'T4'):
        exp = [t for tb, cells, vals in model_rows(rep) if tb == name for t in cells]
        n = len(exp)
        assert any(lines[i:i + n] == exp for i in range(len(lines) - n + 1)), (rep['id'], name)
    return True


def check_odt(rep, txt):
    got = []
    for row in re.findall(r'<table:table-row>(.*?)</table:table-row>', txt):
        cells = re.findall(r'<table:table-cell[^>]*>(.*?)</table:table-cell>', row)
        got.append([html.unescape(re.sub(r'<[^>]+>', '', c)) for c in cells])
    exp = [cells for tb, cells, vals in model_rows(rep)]
    assert got == exp, rep['id']
    return '<table:covered-table-cell/>' in txt and '<text:soft-page-break/>' in txt


def check_tsv(rep, txt):
    """words grouped by page and baseline; each data row's values, left to right, on one line, rows in order"""
    groups = {}
    for l in txt.split('\n')[1:]:
        f = l.split('\t')
        if len(f) == 12 and f[0] == '5':
            key = (int(f[1]), round(float(f[7]) + float(f[9])))
            groups.setdefault(key, []).append((float(f[6]), f[11]))
    seq = [[w for x, w in sorted(v) if re.fullmatch(r'[+-]?\d+(?:\.\d+)?', w)] for k, v in sorted(groups.items())]
    i = 0
    for tb, cells, vals in model_rows(rep):
        if not vals:
            continue
        while seq[i] != vals:
            i += 1
        i += 1
    return txt.startswith('level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n')


def check_links(rep, txt):
    lines = txt.split('\n')
    for tb, cells, vals in model_rows(rep):
        if not vals:
            continue
        labs = [c for c in cells if c not in vals]
        if labs:
            lab = labs[-1]
            hit = [l for l in lines if '|' + lab in l]
            assert len(hit) >= 1, lab
            got = re.findall(r'[+-]?\d+(?:\.\d+)?元?', hit[0].split('|' + lab, 1)[1])
            assert got == vals, (lab, got, vals)
        else:
            assert any(re.findall(r'\d+', l) == vals for l in lines if l.count('|') == 16), vals
    return '+----' in txt and '|-' in txt


FORM_CHECK = {
    'soffice-convert-to-txt-of-doc': lambda rep, t: t.startswith('\ufeff') and check_cell_lines(rep, t),
    'odt-content-xml': check_odt,
    'pdftotext-tsv': check_tsv,
    'links-dump-ascii-frames': check_links,
    'discuz-bbcode-forum-repost': lambda rep, t: '[td=1,22]' in t and '[attach]183402[/attach]' in t and '[font=仿宋_GB2312]' in t,
    'markitdown-docx-markdown': lambda rep, t: '|  |  |  |  |\n| --- | --- | --- | --- |\n| 第二十条第（一）项 | | | |' in t and '![](data:image/png;base64...)' in t,
    'pdf-preview-copy-kangxi-radicals': lambda rep, t: '⾏政许可' in t and '⻔户⽹站' in t and '2024年1⽉19⽇' in t and '\n0 0 0 0 0 0 0\n' in t,
    'html-caption-th-scope-dash-zeros': lambda rep, t: t.count('<caption>') == 3 and 'scope="rowgroup"' in t and '<td>—</td>' in t,
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
        print('%-38s %-36s %d keys, %d null' % (rep['file'], rep['form'], len(g), sum(v is None for v in g.values())))
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(man, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('total gold keys', total)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(notes.readme(man, total))


if __name__ == '__main__':
    main()
