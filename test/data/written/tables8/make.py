#!/usr/bin/env python3
"""Held-out test set 8 (tables): eight invented 政府信息公开工作年度报告 carrying the national
tables 二/三/四, each in a form that none of the earlier held-out sets (tables … tables7) used.

Deterministic (no clock, own PRNG), stdlib only.

    python3 make.py     # writes the eight files, manifest.json and README.md

All figures are built here; every hard identity of spec §7.1 is asserted on the true figures of
every report, and for the deliberately unbalanced report the printed figures are asserted to fail
exactly the identities listed in its notes. Gold is taken from the same cell texts the renderers
print, and every non-zero gold figure is asserted to be in the file after the form's decoding.
"""
import html
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import (Rng, COLS, T4_BLOCKS, all_paths, build_apps, check_active, identities, make_gold, printed_int,
                  true_value, cell_text, tot, t3_rows)
from reports import REPORTS, NARR_STD, figs
import render as R

HERE = os.path.dirname(os.path.abspath(__file__))

RENDER = {'shuochuan': R.render_w3m, 'puyang': R.render_lynx, 'glacier': R.render_tika,
          'zhikou': R.render_html2text, 'fengyuan': R.render_tabula, 'cuiping': R.render_rss,
          'wuling': R.render_docling, 'cenchuan': R.render_pdfcopy}


def strip_tags(s):
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


DECODE = {'cuiping': lambda t: strip_tags(t.replace('<![CDATA[', '').replace(']]>', ''))}


def blank_zero_hook(rep, path):
    if path.startswith('applications.') and not path.endswith('.total') and true_value(rep, path) == 0:
        return ''
    return None


def prepare(rep):
    rep['A'] = build_apps(rep)
    rep['P'] = {b: v + [sum(v)] for b, v in rep['appeals'].items()}
    assert identities(rep['template'], rep['A'], rep['P']) == [], rep['id']
    check_active(rep)
    if rep.get('blank_zero_t3'):
        rep['cell_hook'] = blank_zero_hook
    if rep.get('typo_cell'):
        p = rep['typo_cell']
        rep['typo'] = {p: true_value(rep, p) + rep['typo_delta']}
        rep['typo_fails'] = ['T3-ROW processed', 'T3-SUM person', 'T3-COL person']
    if rep['id'] == 'shuochuan':
        rep['extra_rows'] = {'第二十条第（一）项': [('其他主动公开文件', [186, 172, 1043])]}
        rep['extra'] = [{'label': '其他主动公开文件', 'values': [186, 172, 1043]}]
    if rep['id'] == 'cenchuan':
        rng = Rng(0xF011)
        paths = [p for p in all_paths(rep) if p.startswith('applications.') or p in
                 ('active.penalty.items_last_year', 'active.penalty.decisions', 'active.procurement.items')]
        rep['fullwidth'] = set(p for p in paths if rng.below(100) < 11)
        rep['fullwidth'].add('active.procurement.amount')
        rep['fullwidth'].add('applications.new.total')
    # printed figures (with the typo): exactly the listed identities fail
    PA = {k: [printed_int(rep, 'applications.%s.%s' % (k, c)) for c in COLS] for k in rep['A']}
    PP = {b: [printed_int(rep, 'appeals.%s.%s' % (b, c)) for c in ('upheld', 'corrected', 'other', 'pending', 'total')]
          for b in T4_BLOCKS}
    assert identities(rep['template'], PA, PP) == rep.get('typo_fails', []), (rep['id'], identities(rep['template'], PA, PP))
    F = figs(rep)
    F.update(rep['narr_extra'])
    rep['narr'] = dict(rep['narr_extra'])
    for k in rep['narr_std']:
        rep['narr'][NARR_STD[k]] = F[k]
    rep['blocks'] = rep['doc'](rep, F)
    rep['doc_title'] = next(x for k, x in rep['blocks'] if k == 'title')
    # FEE-21: a non-zero fee_unpaid row must be explained in section 六
    if rep['template'] == '2021' and tot(rep, 'other_handling.fee_unpaid') > 0:
        assert any('收费通知' in x for k, x in rep['blocks'] if k == 'p'), rep['id']


def num_in(text, s):
    s = s.replace('+', r'\+').replace('.', r'\.')
    return re.search(r'(?<![0-9.])' + s + r'(?![0-9])', text) is not None


def check_file(rep, raw, gold):
    text = unicodedata.normalize('NFKC', DECODE.get(rep['id'], lambda t: t)(raw))
    flat = re.sub(r'[\s│|]+', '', text)
    assert rep['agency_printed'] in flat or rep['agency_printed'] in text, rep['id']
    y, m, d = rep['published'].split('-')
    assert (rep['published'] in text or ('%s年%d月%d日' % (y, int(m), int(d))) in flat), rep['id']
    for p, v in gold.items():
        if p.startswith(('active.', 'applications.', 'appeals.')) and isinstance(v, (int, float)) and v != 0:
            s = unicodedata.normalize('NFKC', cell_text(rep, p))
            s = re.sub(r'(万元|元)$', '', s)
            assert num_in(text, s), (rep['id'], p, s)
    for k, v in rep['narr'].items():
        assert num_in(text, str(v)) or (v == 0 and ('未收取' in text)), (rep['id'], k, v)
    # the agreements the prose claims with the table
    n = rep['narr']
    if 'applications_received' in n:
        assert n['applications_received'] == tot(rep, 'new')
        assert n['applications_completed'] == tot(rep, 'processed')
        assert n['applications_carried_forward'] == tot(rep, 'carried_forward')


def check_traits(rep, raw):
    i = rep['id']
    if i == 'shuochuan':
        assert '┼' in raw and '┌' in raw and '└' in raw and '│' in raw
        assert '指2019年事项数' in raw and '-8' in raw and '其他主动公开文件' in raw
    elif i == 'puyang':
        assert 'References' in raw and '   [2]首页' in raw and 'Visible links:' in raw
        assert all(l.startswith('   ') or not l.strip() or l == 'References' or l.startswith(' ' * 3) or l.startswith(' ')
                   for l in raw.split('\n'))
        assert '3.危及"三安全一稳定"' in raw
    elif i == 'glacier':
        lines = raw.split('\n')
        assert sum(1 for l in lines if l.startswith('\t')) > 300 and '\t' in lines
    elif i == 'zhikou':
        assert '---|---' in raw and '（二）部分公开  \n（区分处理的' in raw and ' |  | ' in raw
    elif i == 'fengyuan':
        assert '\r\n' in raw and '"三、\r本年\r' in raw or '\r' in raw
        assert raw.count('\r\n') > 40 and re.search(r'"[^"\n]*\r[^"\n]*"', raw)
    elif i == 'cuiping':
        assert raw.count('<item>') == 3 and raw.count('<![CDATA[') == 6 and 'rowspan="22"' in raw
    elif i == 'wuling':
        assert raw.count('（本列数据的勾稽关系为') == 9 * 1 + 0 or raw.count('（本列数据的勾稽关系为') >= 9
        assert raw.count('| 三、本年度办理结果') > 5
    elif i == 'cenchuan':
        assert '\r\n' in raw and '\n' not in raw.replace('\r\n', '')
        assert re.search('[０-９]', raw) and raw.count('申请人情况') == 2


def main():
    manifest = []
    for rep in REPORTS:
        prepare(rep)
        raw = RENDER[rep['id']](rep, rep['blocks'])
        gold = make_gold(rep)
        check_file(rep, raw, gold)
        check_traits(rep, raw)
        raw.encode('utf-8')
        with open(os.path.join(HERE, rep['file']), 'w', encoding='utf-8', newline='') as f:
            f.write(raw)
        manifest.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'], 'agency': rep['agency'],
                         'level': rep['level'], 'year': rep['year'], 'gold': gold, 'notes': NOTES[rep['id']]})
        nn = sum(1 for v in gold.values() if v is None)
        print('%-32s %-34s %4d keys %3d null' % (rep['file'], rep['form'], len(gold), nn))
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write('\n')
    write_readme(manifest, REPORTS)


from notes import NOTES, write_readme  # noqa: E402

if __name__ == '__main__':
    main()
