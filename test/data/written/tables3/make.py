#!/usr/bin/env python3
"""Generator for the held-out table test set (heldout3/tables).

Builds nine invented 政府信息公开工作年度报告, each rendered in a different
"as extracted" form, asserts every hard arithmetic identity of
spec/report-format.md §7.1 on the figures, and writes manifest.json in the
shape of shared/corpus/manifest.json.  Deterministic: no clock, no network,
fixed random seeds, stable ordering.  Running it twice gives the same bytes.
"""
import base64
import csv
import html
import io
import json
import os
import random
import re

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Template vocabulary (spec §3, §4; schema.md keys)
# ---------------------------------------------------------------------------
COLS = ['person', 'business', 'research', 'nonprofit', 'legal', 'other', 'total']
PERSON_COLS = COLS[:6]
T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
T3_TOP = '三、本年度办理结果'
LBL_NEW = '一、本年新收政府信息公开申请数量'
LBL_CO = '二、上年结转政府信息公开申请数量'
LBL_GRANTED = '（一）予以公开'
LBL_PARTIAL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'
G_DENIED, G_UNABLE, G_NOTPROC, G_OTHER = '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'
LBL_PROCESSED = '（七）总计'
LBL_CF = '四、结转下年度继续办理'
DENIED = [('state_secret', '1.属于国家秘密'), ('prohibited', '2.其他法律行政法规禁止公开'),
          ('security', '3.危及“三安全一稳定”'), ('third_party', '4.保护第三方合法权益'),
          ('internal', '5.属于三类内部事务信息'), ('process', '6.属于四类过程性信息'),
          ('enforcement', '7.属于行政执法案卷'), ('query', '8.属于行政查询事项')]
UNABLE = [('not_held', '1.本机关不掌握相关政府信息'), ('needs_creation', '2.没有现成信息需要另行制作'),
          ('unclear', '3.补正后申请内容仍不明确')]
NOTPROC = [('petition', '1.信访举报投诉类申请'), ('repeated', '2.重复申请'),
           ('publication', '3.要求提供公开出版物'), ('excessive', '4.无正当理由大量反复申请'),
           ('confirmation', '5.要求行政机关确认或重新出具已获取信息')]
OTHER21 = [('no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
           ('fee_unpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
           ('other', '3.其他')]
APPLICANT_HDR = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']

T4_BLOCKS = ['review', 'suit_direct', 'suit_after_review']
T4_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total']
T4_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']


def t3_rows(era):
    """Data rows of table 三: dicts key/top/group/label (top = vertical 三、本年度办理结果)."""
    rows = [dict(key='new', top=None, group=None, label=LBL_NEW),
            dict(key='carried_over', top=None, group=None, label=LBL_CO),
            dict(key='granted', top=T3_TOP, group=None, label=LBL_GRANTED),
            dict(key='partial', top=T3_TOP, group=None, label=LBL_PARTIAL)]
    for grp, pre, items in ((G_DENIED, 'denied', DENIED), (G_UNABLE, 'unable', UNABLE),
                            (G_NOTPROC, 'not_processed', NOTPROC)):
        for k, lab in items:
            rows.append(dict(key=pre + '.' + k, top=T3_TOP, group=grp, label=lab))
    if era == '2019':
        rows.append(dict(key='other_handling.other', top=T3_TOP, group=None, label=G_OTHER))
    else:
        for k, lab in OTHER21:
            rows.append(dict(key='other_handling.' + k, top=T3_TOP, group=G_OTHER, label=lab))
    rows.append(dict(key='processed', top=T3_TOP, group=None, label=LBL_PROCESSED))
    rows.append(dict(key='carried_forward', top=None, group=None, label=LBL_CF))
    n = 23 if era == '2019' else 25
    assert len(rows) == n, (era, len(rows))
    return rows


def outcome_keys(era):
    return [r['key'] for r in t3_rows(era) if r['top'] and r['key'] != 'processed']


# ---------------------------------------------------------------------------
# Figure generation
# ---------------------------------------------------------------------------
WEIGHTS = {'granted': 30, 'partial': 8,
           'denied.state_secret': 0.3, 'denied.prohibited': 0.6, 'denied.security': 0.6,
           'denied.third_party': 2, 'denied.internal': 2, 'denied.process': 2,
           'denied.enforcement': 1.5, 'denied.query': 2,
           'unable.not_held': 25, 'unable.needs_creation': 4, 'unable.unclear': 3,
           'not_processed.petition': 4, 'not_processed.repeated': 3, 'not_processed.publication': 1,
           'not_processed.excessive': 1, 'not_processed.confirmation': 1,
           'other_handling.no_correction': 4, 'other_handling.fee_unpaid': 0.6,
           'other_handling.other': 3}


def gen_t3(seed, era, processed, fee_unpaid=True):
    """processed: dict person-column -> number of applications concluded this year."""
    rng = random.Random(seed)
    keys = outcome_keys(era)
    w = []
    for k in keys:
        x = WEIGHTS[k]
        if era == '2019' and k == 'other_handling.other':
            x = 7
        if k == 'other_handling.fee_unpaid' and not fee_unpaid:
            x = 0
        w.append(x)
    t3 = {r['key']: [0] * 7 for r in t3_rows(era)}
    for ci, c in enumerate(PERSON_COLS):
        n = processed[c]
        for _ in range(n):
            k = rng.choices(keys, weights=w)[0]
            t3[k][ci] += 1
        t3['processed'][ci] = n
        co = rng.randint(0, n // 9) if n else 0
        cf = rng.randint(0, n // 9) if n else 0
        t3['carried_over'][ci] = co
        t3['carried_forward'][ci] = cf
        t3['new'][ci] = n + cf - co
    for k in t3:
        t3[k][6] = sum(t3[k][:6])
    return t3


def z(v):
    return 0 if v is None else v


def check_t3(t3, era):
    rows = t3_rows(era)
    assert list(t3.keys()) == [r['key'] for r in rows] or set(t3) == {r['key'] for r in rows}
    for k, vals in t3.items():
        assert len(vals) == 7
        for v in vals:                                     # DOM-1
            assert v is None or (isinstance(v, int) and v >= 0), (k, vals)
        assert z(vals[6]) == sum(z(v) for v in vals[:6]), ('T3-ROW', k, vals)
    outs = outcome_keys(era)
    for ci in range(7):
        s = sum(z(t3[k][ci]) for k in outs)
        assert z(t3['processed'][ci]) == s, ('T3-SUM', COLS[ci])
        assert z(t3['new'][ci]) + z(t3['carried_over'][ci]) == \
            z(t3['processed'][ci]) + z(t3['carried_forward'][ci]), ('T3-COL', COLS[ci])
        assert z(t3['carried_forward'][ci]) <= z(t3['new'][ci]) + z(t3['carried_over'][ci])


def t4(review, direct, after):
    out = {}
    for b, parts in zip(T4_BLOCKS, (review, direct, after)):
        if parts is None:
            out[b] = [None] * 5
        else:
            out[b] = list(parts) + [sum(parts)]
    return out


def check_t4(a):
    for b in T4_BLOCKS:
        v = a[b]
        assert len(v) == 5
        for x in v:
            assert x is None or (isinstance(x, int) and x >= 0)      # DOM-1
        assert z(v[4]) == sum(z(x) for x in v[:4]), ('T4', b, v)    # T4-REV/LIT1/LIT2


def check_t2(era, t2):
    for row, cells in t2.items():
        if row == 'extra':
            for e in cells:
                for v in e['values']:
                    assert isinstance(v, int) and v >= 0
            continue
        for k, v in cells.items():
            if k == 'amount_unit':
                assert v in ('元', '万元', None)
            elif k == 'items_change':
                assert isinstance(v, int)                        # DOM-2 signed
            elif k == 'amount':
                assert isinstance(v, (int, float)) and v >= 0    # DOM-3
            else:
                assert isinstance(v, int) and v >= 0, (row, k, v)  # DOM-2
    if era == '2019':
        for r in ('regulations', 'normative_documents'):          # T2-19 (soft, kept true)
            assert t2[r]['published'] <= t2[r]['public_total']
        assert set(t2) - {'extra'} == {'regulations', 'normative_documents', 'licensing', 'other_services',
                                       'penalty', 'coercion', 'fees', 'procurement'}
    else:
        assert set(t2) - {'extra'} == {'regulations', 'normative_documents', 'licensing', 'penalty',
                                       'coercion', 'fees'}


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def build_gold(R):
    g = {'year': R['year'], 'agency': R['agency_printed'], 'kind': 'annual_report',
         'template': R['era']}
    if R.get('published'):
        g['published'] = R['published']
    for row, cells in R['t2'].items():
        if row == 'extra':
            g['active.extra'] = cells
            continue
        for k, v in cells.items():
            g['active.%s.%s' % (row, k)] = v
    for r in t3_rows(R['era']):
        for ci, c in enumerate(COLS):
            g['applications.%s.%s' % (r['key'], c)] = R['t3'][r['key']][ci]
    for b in T4_BLOCKS:
        for ki, k in enumerate(T4_KEYS):
            g['appeals.%s.%s' % (b, k)] = R['t4'][b][ki]
    t3 = R['t3']
    tots = [t3[k][6] for k in ('new', 'carried_over', 'processed', 'carried_forward')]
    if all(v is not None for v in tots):
        g['balance_ok'] = all(z(t3['new'][i]) + z(t3['carried_over'][i]) ==
                              z(t3['processed'][i]) + z(t3['carried_forward'][i]) for i in range(7))
    for k, v in R['narrative'].items():
        g['narrative.' + k] = v
    return g


def check_narrative(R):
    n, t3, a = R['narrative'], R['t3'], R['t4']
    if 'applications_received' in n:
        assert n['applications_received'] == t3['new'][6]
    if 'applications_completed' in n:
        assert n['applications_completed'] == t3['processed'][6]
    if 'applications_carried_forward' in n:
        assert n['applications_carried_forward'] == t3['carried_forward'][6]
    if 'reviews' in n:
        assert n['reviews'] == z(a['review'][4])
    if 'lawsuits' in n:
        assert n['lawsuits'] == z(a['suit_direct'][4]) + z(a['suit_after_review'][4])


# ---------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------
def sep(n):
    """thousands separators for ints and decimals"""
    if isinstance(n, int):
        return '{:,}'.format(n)
    s = '{:,.2f}'.format(n)
    return s


def fmoney(v):
    s = ('%.4f' % v).rstrip('0').rstrip('.')
    return s


def signed(v, plus=False):
    if v > 0 and plus:
        return '+%d' % v
    return str(v)


def t2_blocks(era, t2, fmt=str, fmt_money=fmoney, plus=False, proc_amount=None):
    """Table 二 as blocks: (caption, headers, [(label, [cell strings])])."""
    if era == '2021':
        b = [('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'],
              [('规章', [fmt(t2['regulations'][k]) for k in ('issued', 'repealed', 'in_force')]),
               ('行政规范性文件', [fmt(t2['normative_documents'][k]) for k in ('issued', 'repealed', 'in_force')])]),
             ('第二十条第（五）项', ['本年处理决定数量'], [('行政许可', [fmt(t2['licensing']['decisions'])])]),
             ('第二十条第（六）项', ['本年处理决定数量'],
              [('行政处罚', [fmt(t2['penalty']['decisions'])]), ('行政强制', [fmt(t2['coercion']['decisions'])])]),
             ('第二十条第（八）项', ['本年收费金额（单位：万元）'],
              [('行政事业性收费', [fmt_money(t2['fees']['amount'])])])]
        return b
    three = ('items_last_year', 'items_change', 'decisions')

    def row3(r):
        c = t2[r]
        return [fmt(c['items_last_year']), signed(c['items_change'], plus), fmt(c['decisions'])]
    b = [('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
          [('规章', [fmt(t2['regulations'][k]) for k in ('made', 'published', 'public_total')]),
           ('规范性文件', [fmt(t2['normative_documents'][k]) for k in ('made', 'published', 'public_total')])]),
         ('第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'],
          [('行政许可', row3('licensing')), ('其他对外管理服务事项', row3('other_services'))]),
         ('第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'],
          [('行政处罚', row3('penalty')), ('行政强制', row3('coercion'))]),
         ('第二十条第（八）项', ['上一年项目数量', '本年增/减'],
          [('行政事业性收费', [fmt(t2['fees']['items_last_year']), signed(t2['fees']['items_change'], plus)])]),
         ('第二十条第（九）项', ['采购项目数量', '采购总金额'],
          [('政府集中采购', [fmt(t2['procurement']['items']), proc_amount])])]
    assert three
    return b


class C:
    """a table cell for grid models"""
    def __init__(self, text, rs=1, cs=1, num=False):
        self.text, self.rs, self.cs, self.num = text, rs, cs, num


def t3_model(era, t3, fmt=str):
    rows = [[C(T3_NOTE, rs=3, cs=3), C('申请人情况', cs=7)],
            [C('自然人', rs=2), C('法人或其他组织', cs=5), C('总计', rs=2)],
            [C(h) for h in APPLICANT_HDR]]
    rr = t3_rows(era)
    top_span = sum(1 for r in rr if r['top'])
    seen_top, seen_grp = False, set()
    for r in rr:
        cells = []
        if r['top'] is None:
            cells.append(C(r['label'], cs=3))
        else:
            if not seen_top:
                cells.append(C(T3_TOP, rs=top_span))
                seen_top = True
            if r['group'] is None:
                cells.append(C(r['label'], cs=2))
            else:
                if r['group'] not in seen_grp:
                    seen_grp.add(r['group'])
                    cells.append(C(r['group'], rs=sum(1 for x in rr if x['group'] == r['group'])))
                cells.append(C(r['label']))
        vals = t3[r['key']]
        cells += [C('' if v is None else fmt(v), num=True) for v in vals]
        rows.append(cells)
    return rows


def t4_model(a, fmt=str):
    vals = []
    for b in T4_BLOCKS:
        vals += ['' if v is None else fmt(v) for v in a[b]]
    return [[C('行政复议', cs=5), C('行政诉讼', cs=10)],
            [C(l, rs=2) for l in T4_LABELS] + [C('未经复议直接起诉', cs=5), C('复议后起诉', cs=5)],
            [C(l) for l in T4_LABELS * 2],
            [C(v, num=True) for v in vals]]


def t2_model(blocks):
    rows = []
    for cap, hdrs, data in blocks:
        rows.append([C(cap, cs=4)])
        if len(hdrs) == 1:
            rows.append([C('信息内容'), C(hdrs[0], cs=3)])
        elif len(hdrs) == 2:
            rows.append([C('信息内容'), C(hdrs[0]), C(hdrs[1], cs=2)])
        else:
            rows.append([C('信息内容')] + [C(h) for h in hdrs])
        for lab, vals in data:
            if len(vals) == 1:
                rows.append([C(lab), C(vals[0], cs=3, num=True)])
            elif len(vals) == 2:
                rows.append([C(lab), C(vals[0], num=True), C(vals[1], cs=2, num=True)])
            else:
                rows.append([C(lab)] + [C(v, num=True) for v in vals])
    return rows


def expand(model):
    """grid of (cell, is_origin) after resolving rowspan/colspan"""
    grid = {}
    for ri, row in enumerate(model):
        ci = 0
        for cell in row:
            while (ri, ci) in grid:
                ci += 1
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    grid[(ri + dr, ci + dc)] = (cell, dr == 0 and dc == 0)
            ci += cell.cs
    nr = max(r for r, _ in grid) + 1
    nc = max(c for _, c in grid) + 1
    return [[grid.get((r, c), (C(''), True)) for c in range(nc)] for r in range(nr)]


def cjk_wrap(s, width):
    """wrap a paragraph like a justified PDF line, never splitting digit runs"""
    toks = re.findall(r'[0-9][0-9,.\-]*%?|.', s)
    lines, cur, w = [], '', 0.0
    for t in toks:
        tw = sum(0.5 if ord(ch) < 128 else 1.0 for ch in t)
        if w + tw > width and cur and t not in '，。、；：）”》':
            lines.append(cur.strip())
            cur, w = '', 0.0
        cur += t
        w += tw
    if cur.strip():
        lines.append(cur.strip())
    return lines


def spaced(s):
    """WPS PDFs put a space between CJK text and digits: '2024 年'"""
    s = re.sub(r'(?<=[^\x00-\x7f，。、；：（）“”《》])(?=[0-9])', ' ', s)
    s = re.sub(r'(?<=[0-9%])(?=[^\x00-\x7f，。、；：）“”（《》%])', ' ', s)
    return s


def cn_date(d):
    y, m, dd = d.split('-')
    return '%s年%d月%d日' % (y, int(m), int(dd))


# ---------------------------------------------------------------------------
# Report 1: pdftotext -raw of a WPS PDF (2021 template, city government, 2022)
# ---------------------------------------------------------------------------
def paginate(lines):
    out, page = [], 1
    for ln in lines:
        if ln == '<<PAGE>>':
            out.append('— %d —' % page)
            out.append('\f')
            page += 1
        else:
            out.append(ln)
    out.append('— %d —' % page)
    out.append('\f')
    text = '\n'.join(out)
    return text.replace('\n\f\n', '\n\f')


def render_r1(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']

    def para(s, width=31):
        return cjk_wrap(spaced(s), width)

    def v(key):
        return ' '.join(str(x) for x in t3[key])
    L = ['临澜市人民政府', '%d 年政府信息公开工作年度报告' % y, '']
    L += para('本报告由临澜市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）'
              '规定编制。报告所列统计期限自%d年1月1日至%d年12月31日。如对本报告有疑问，请与临澜市人民政府办公室联系'
              '（地址：临澜市赣江北大道8号，邮编：344100，电话：0794-8261530）。' % (y, y))
    L += ['一、总体情况']
    L += para('%d年，市政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》和省政府办公厅关于政务公开工作的'
              '部署要求，以公开促落实、以公开强监管、以公开优服务，政府信息公开工作取得新成效。' % y)
    L += para('（一）主动公开情况。%d年，市政府门户网站主动公开各类政府信息%d条，其中市政府及市政府办公室文件%d件。'
              '围绕稳住经济大盘、疫情防控、民生保障等重点领域，组织召开新闻发布会%d场，发布政策解读材料%d篇，'
              '及时准确传递政府声音。'
              % (y, n['active_total'], 31, n['press_conferences'], n['interpretations']))
    L += ['<<PAGE>>']
    L += para('（二）依申请公开情况。%d年，市政府本级共新收政府信息公开申请%d件，上年结转%d件；全年办结%d件，'
              '结转下年度继续办理%d件。所有申请均在法定期限内答复。全年因政府信息公开被申请行政复议%d件、'
              '被提起行政诉讼%d件。'
              % (y, n['applications_received'], t3['carried_over'][6], n['applications_completed'],
                 n['applications_carried_forward'], n['reviews'], n['lawsuits']))
    L += para('（三）政府信息管理情况。严格落实公文公开属性源头认定机制，坚持“先审查、后公开”，全年清理失效'
              '规范性文件目录1批次，动态更新政府信息公开指南。')
    L += para('（四）政府信息公开平台建设情况。优化市政府门户网站政务公开专栏，整合集约政务新媒体账号，'
              '推进政策文件库建设，实现现行有效规范性文件集中统一公开。')
    L += para('（五）监督保障情况。将政务公开纳入全市高质量发展综合考核，开展季度检查并通报结果，'
              '组织业务培训2期。')
    L += ['二、主动公开政府信息情况',
          '第二十条第（一）项',
          '信息内容 本年制发件数 本年废止件数 现行有效件数',
          '规章 %d %d %d' % tuple(t2['regulations'][k] for k in ('issued', 'repealed', 'in_force')),
          '行政规范性文件 %d %d %d' % tuple(t2['normative_documents'][k] for k in ('issued', 'repealed', 'in_force')),
          '第二十条第（五）项',
          '信息内容 本年处理决定数量',
          '行政许可 %d' % t2['licensing']['decisions'],
          '<<PAGE>>',
          '第二十条第（六）项',
          '信息内容 本年处理决定数量',
          '行政处罚 %d' % t2['penalty']['decisions'],
          '行政强制 %d' % t2['coercion']['decisions'],
          '第二十条第（八）项',
          '信息内容 本年收费金额（单位：万元）',
          '行政事业性收费 %s' % fmoney(t2['fees']['amount']),
          '三、收到和处理政府信息公开申请情况',
          '（本列数据的勾稽关系为：第一项加第二项之和， 申请人情况',
          '等于第三项加第四项之和） 自然人 法人或其他组织 总计',
          '商业 科研 社会公益 法律服务 其他',
          '企业 机构 组织 机构',
          '一、本年新收政府信息公开申请数量 ' + v('new'),
          '二、上年结转政府信息公开申请数量 ' + v('carried_over'),
          '三、本 （一）予以公开 ' + v('granted'),
          '年度办 （二）部分公开（区分处理的，只计这一情 ' + v('partial'),
          '理结果 形，不计其他情形）',
          '（三）不予 1.属于国家秘密 ' + v('denied.state_secret'),
          '公开 2.其他法律行政法规禁止公开 ' + v('denied.prohibited'),
          '3.危及“三安全一稳定” ' + v('denied.security'),
          '4.保护第三方合法权益 ' + v('denied.third_party'),
          '5.属于三类内部事务信息 ' + v('denied.internal'),
          '6.属于四类过程性信息 ' + v('denied.process'),
          '7.属于行政执法案卷 ' + v('denied.enforcement'),
          '8.属于行政查询事项 ' + v('denied.query'),
          '（四）无法 1.本机关不掌握相关政府信息 ' + v('unable.not_held'),
          '<<PAGE>>',
          '提供 2.没有现成信息需要另行制作 ' + v('unable.needs_creation'),
          '3.补正后申请内容仍不明确 ' + v('unable.unclear'),
          '（五）不予 1.信访举报投诉类申请 ' + v('not_processed.petition'),
          '处理 2.重复申请 ' + v('not_processed.repeated'),
          '3.要求提供公开出版物 ' + v('not_processed.publication'),
          '4.无正当理由大量反复申请 ' + v('not_processed.excessive'),
          '5.要求行政机关确认或重新 ' + v('not_processed.confirmation'),
          '出具已获取信息',
          '（六）其他 1.申请人无正当理由逾期不补正、行政机关不再 ' + v('other_handling.no_correction'),
          '处理 处理其政府信息公开申请',
          '2.申请人逾期未按收费通知要求缴纳费 ' + v('other_handling.fee_unpaid'),
          '用、行政机关不再处理其政府信息公开申请',
          '3.其他 ' + v('other_handling.other'),
          '（七）总计 ' + v('processed'),
          '四、结转下年度继续办理 ' + v('carried_forward'),
          '四、政府信息公开行政复议、行政诉讼情况',
          '行政复议 行政诉讼',
          '结果 结果 其他 尚未 总计 未经复议直接起诉 复议后起诉',
          '维持 纠正 结果 审结 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计',
          '维持 纠正 结果 审结 维持 纠正 结果 审结',
          ' '.join(str(x) for b in T4_BLOCKS for x in a[b]),
          '五、存在的主要问题及改进情况']
    L += para('%d年，我市政府信息公开工作虽取得一定成效，但仍存在政策解读形式不够丰富、部分县区依申请公开答复'
              '规范性有待提高等问题。%d年，我们将进一步加强业务培训和案例指导，提升答复质量，推动政务公开标准化'
              '规范化向基层延伸。' % (y, y + 1))
    L += ['六、其他需要报告的事项']
    L += para('（一）信息处理费收取情况。%d年，本机关未收取信息处理费。' % y)
    L += para('（二）人大代表建议和政协提案办理结果公开情况。全年共办理市人大代表建议%d件、市政协提案%d件，'
              '办理复文除涉密内容外全部公开。' % (n['npc_suggestions'], n['cppcc_proposals']))
    L += para('（三）年度政务公开工作要点落实情况。对照省政府办公厅年度政务公开工作要点，逐项制定任务清单，'
              '各项任务均已按期完成。')
    L += ['', '临澜市人民政府办公室', spaced(cn_date(R['published']))]
    return paginate(L) + '\n'


# ---------------------------------------------------------------------------
# Report 2: WeChat 公众号 article HTML (2021 template, county department, 2024)
# ---------------------------------------------------------------------------
WX_SPLIT = {'申请人情况': ('申请人情', '况'), '总计': ('总', '计'), '法人或其他组织': ('法人或其', '他组织'),
            LBL_PARTIAL: ('（二）部分公开（区分处理的，只计这一情形，', '不计其他情形）'),
            '社会公益组织': ('社会公益', '组织'), '本年处理决定数量': ('本年处理决定', '数量')}


def wx_table(model, tid):
    out = ['<table data-sort="sortDisabled" data-tools="135编辑器" data-id="%s" '
           'style="border-collapse:collapse;width:100%%;margin-bottom:10px;" width="100%%"><tbody>' % tid]
    for ri, row in enumerate(model):
        out.append('<tr style="height:%dpx;">' % (26 if ri else 30))
        for cell in row:
            attrs = ''
            if cell.rs > 1:
                attrs += ' rowspan="%d"' % cell.rs
            if cell.cs > 1:
                attrs += ' colspan="%d"' % cell.cs
            w = 60 if cell.num else 120
            if cell.text in WX_SPLIT:
                a_, b_ = WX_SPLIT[cell.text]
                inner = ('<span style="font-size:12px;color:#3e3e3e;">%s</span><span style="font-size:12px;'
                         'color:#3e3e3e;">%s</span>' % (html.escape(a_, False), html.escape(b_, False)))
            elif cell.text == '':
                inner = '<br/>'
            else:
                inner = '<span style="font-size:12px;color:#3e3e3e;">%s</span>' % html.escape(cell.text, False)
            align = 'center'
            out.append('<td data-colwidth="%d" width="%d" valign="middle" style="border:1px solid #a6a6a6;'
                       'padding:3px 5px;word-break:break-all;"%s><section style="text-align:%s;line-height:1.6;">'
                       '%s</section></td>' % (w, w, attrs, align, inner))
        out.append('</tr>')
    out.append('</tbody></table>')
    return ''.join(out)


def wx_p(text, indent=True, bold=False, color=None, center=False):
    st = 'margin:0 0 8px;line-height:1.75em;'
    if indent:
        st += 'text-indent:2em;'
    if center:
        st += 'text-align:center;'
    sp = 'font-size:15px;letter-spacing:1px;font-family:微软雅黑, &quot;Microsoft YaHei&quot;;'
    if color:
        sp += 'color:%s;' % color
    t = html.escape(text, False)
    if bold:
        t = '<strong>%s</strong>' % t
    return '<p style="%s"><span style="%s">%s</span></p>' % (st, sp, t)


def render_r2(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']
    ag = R['agency_printed']
    title = '%s%d年政府信息公开工作年度报告' % (ag, y)
    pub = R['published']
    H = []
    H.append('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">\n'
             '<meta property="og:title" content="%s" />\n<meta property="og:site_name" content="微信公众平台" />\n'
             '<title>%s</title>\n</head>\n<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">\n'
             % (title, title))
    H.append('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" '
             'class="rich_media_area_primary"><div class="rich_media_area_primary_inner">\n')
    H.append('<h1 class="rich_media_title " id="activity-name">\n            %s\n          </h1>\n' % title)
    H.append('<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">'
             '原创</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" '
             'id="js_name">桐溪市场监管</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">'
             '%s 18:05</em> <em id="js_ip_wording_wrp" class="rich_media_meta_area"><span id="js_ip_wording">浙江'
             '</span></em></div>\n' % pub)
    H.append('<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" '
             'style="visibility: visible;">')
    H.append('<section style="text-align:center;margin-bottom:12px;"><section style="display:inline-block;'
             'padding:4px 12px;border-radius:14px;background-color:#eaf2ff;"><p style="margin:0;"><span '
             'style="font-size:13px;color:#1e6fff;">👆点击蓝字 关注我们</span></p></section></section>')
    H.append('<section><img class="rich_pages wxw-img" data-ratio="0.1" data-src="https://mmbiz.qpic.cn/mmbiz_gif/'
             'x1/640?wx_fmt=gif" data-type="gif" data-w="640" style="width:100%;" /></section>')
    H.append(wx_p(title, indent=False, bold=True, center=True, color='#1e6fff'))
    H.append(wx_p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布%s%d年政府信息公开工作年度报告。'
                  '本报告中所列数据的统计期限自%d年1月1日起至%d年12月31日止。本报告电子版可在桐溪县人民政府门户网站'
                  '（www.tongxi.gov.cn）查阅或下载。如对本报告有疑问，请与桐溪县市场监督管理局办公室联系'
                  '（电话：0570-7023316）。' % (ag, y, y, y)))
    H.append('<section style="margin:14px 0 8px;border-left:4px solid #1e6fff;padding-left:8px;">'
             '<p style="margin:0;"><span style="font-size:16px;color:#1e6fff;"><strong>📌 一、总体情况</strong></span></p></section>')
    H.append(wx_p('%d年，我局坚持以公开为常态、不公开为例外，围绕市场监管中心工作，持续深化政务公开，'
                  '全年通过县政府门户网站“政府信息公开”专栏主动公开政府信息%d条。' % (y, n['active_total'])))
    H.append(wx_p('（一）主动公开。聚焦食品安全、特种设备、价格监管等领域，及时公开“双随机、一公开”抽查结果、'
                  '食品安全监督抽检信息和行政处罚决定。“桐溪市场监管”微信公众号全年发布信息%d条。'
                  % n['new_media_posts']))
    H.append(wx_p('（二）依申请公开。全年共收到政府信息公开申请%d件，均在法定期限内予以答复。'
                  % n['applications_received']))
    H.append(wx_p('（三）政府信息管理。严格执行公文公开属性源头认定和保密审查制度，全年未发生泄密事件。'))
    H.append(wx_p('（四）平台建设。优化政务公开专栏栏目设置，新增“涉企信息公示”子栏目。'))
    H.append(wx_p('（五）监督保障。将政务公开纳入年度工作考核，全年组织业务培训2次。'))
    H.append('<section style="margin:14px 0 8px;border-left:4px solid #1e6fff;padding-left:8px;">'
             '<p style="margin:0;"><span style="font-size:16px;color:#1e6fff;"><strong>📌 二、主动公开政府信息情况'
             '</strong></span></p></section>')
    H.append('<section style="overflow-x:auto;">' + wx_table(t2_model(t2_blocks('2021', t2)), 't2') + '</section>')
    H.append('<section style="margin:14px 0 8px;border-left:4px solid #1e6fff;padding-left:8px;">'
             '<p style="margin:0;"><span style="font-size:16px;color:#1e6fff;"><strong>📌 三、收到和处理政府信息公开申请情况'
             '</strong></span></p></section>')
    H.append('<section style="overflow-x:auto;">' + wx_table(t3_model('2021', t3), 't3') + '</section>')
    H.append('<section style="margin:14px 0 8px;border-left:4px solid #1e6fff;padding-left:8px;">'
             '<p style="margin:0;"><span style="font-size:16px;color:#1e6fff;"><strong>📌 四、政府信息公开行政复议、行政诉讼情况'
             '</strong></span></p></section>')
    H.append('<section style="overflow-x:auto;">' + wx_table(t4_model(a), 't4') + '</section>')
    H.append('<section style="margin:14px 0 8px;border-left:4px solid #1e6fff;padding-left:8px;">'
             '<p style="margin:0;"><span style="font-size:16px;color:#1e6fff;"><strong>📌 五、存在的主要问题及改进情况'
             '</strong></span></p></section>')
    H.append(wx_p('一是政策解读形式较为单一，图解、视频解读偏少；二是基层市场监管所信息报送及时性有待提高。'
                  '下一步，我局将丰富解读形式，完善信息报送考核机制，进一步提升政务公开质效。'))
    H.append('<section style="margin:14px 0 8px;border-left:4px solid #1e6fff;padding-left:8px;">'
             '<p style="margin:0;"><span style="font-size:16px;color:#1e6fff;"><strong>📌 六、其他需要报告的事项'
             '</strong></span></p></section>')
    H.append(wx_p('%d年，我局未收取信息处理费。本年度共办理县人大代表建议%d件、县政协提案%d件，办理结果均已按要求公开。'
                  % (y, n['npc_suggestions'], n['cppcc_proposals'])))
    H.append('<p style="text-align:right;margin:16px 0 0;"><span style="font-size:15px;">%s</span></p>' % ag)
    H.append('<p style="text-align:right;margin:0 0 16px;"><span style="font-size:15px;">%s</span></p>' % cn_date(pub))
    H.append('<section style="text-align:center;margin-top:20px;"><p><span style="font-size:12px;color:#888888;">'
             '来源：桐溪县市场监督管理局办公室</span></p><p><span style="font-size:12px;color:#888888;">编辑：周晓雯&nbsp;'
             '&nbsp;审核：陈立群</span></p></section>')
    H.append('<section style="text-align:center;"><p><span style="font-size:13px;color:#1e6fff;">✨ 分享 · 点赞 · 在看 ✨'
             '</span></p><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/x2/640?wx_fmt=png" '
             'data-w="1080" style="width:100%;" /></section>')
    H.append('</div>\n<div id="js_tags_preview_toast" style="display:none;"></div>\n'
             '<div class="rich_media_tool_area"><div id="js_read_area3" class="media_tool_meta tips_global_primary '
             'meta_primary"><a id="js_view_source" href="https://www.tongxi.gov.cn/art/%s/art_1229_588210.html">'
             '<span>阅读原文</span></a></div>\n<div class="like_comment_wrp"><span>喜欢此内容的人还喜欢</span></div>'
             '</div>\n</div></div></div></div>\n</body>\n</html>\n' % pub.replace('-', '/'))
    return ''.join(H)


# ---------------------------------------------------------------------------
# Report 3: CSV exported from Excel (2019 template, provincial department, 2019)
# ---------------------------------------------------------------------------
CSV_HDR_BREAK = {'本年新制作数量': '本年新\n制作数量', '本年新公开数量': '本年新\n公开数量',
                 '对外公开总数量': '对外公开\n总数量', '上一年项目数量': '上一年\n项目数量',
                 '处理决定数量': '处理决定\n数量', T3_NOTE: '（本列数据的勾稽关系为：第一项加第二项之和，\n'
                 '等于第三项加第四项之和）', LBL_PARTIAL: '（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）'}


def render_r3(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']
    W = 15
    rows = []

    def line(*cells):
        c = list(cells) + [''] * (W - len(cells))
        rows.append(c[:W])

    def grid(model, repeat_cols=False):
        for grow in expand(model):
            out = []
            for cell, origin in grow:
                if origin:
                    out.append(CSV_HDR_BREAK.get(cell.text, cell.text))
                elif repeat_cols and not cell.num and cell.cs > 1 and cell.rs == 1:
                    out.append(cell.text)       # merged header cell repeated in every column it spans
                else:
                    out.append('')
            line(*out)
    ag = R['agency_printed']
    line('%s%d年政府信息公开工作年度报告' % (ag, y))
    line()
    line('本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《山西省政府信息公开规定》要求编制,'
         '包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、'
         '存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为%d年1月1日至%d年12月31日。'
         '如对本报告有疑问,请与%s办公室联系(电话:0351-4123875,邮编:030002)。' % (y, y, ag))
    line('一、总体情况')
    line('%d年,我厅认真贯彻新修订的《条例》,围绕煤炭资源管理重点工作,全年主动公开政府信息%d条,'
         '召开新闻发布会%d场,发布政策解读%d篇。' % (y, n['active_total'], n['press_conferences'], n['interpretations']))
    line('全年新收政府信息公开申请%d件,办结%d件,均在法定期限内答复。因政府信息公开引起行政复议%d件、行政诉讼%d件。'
         % (n['applications_received'], n['applications_completed'], n['reviews'], n['lawsuits']))
    line('开展"政务公开日"活动4次,邀请企业代表和群众走进机关,面对面解读矿业权出让、资源税费等政策。')
    line('二、主动公开政府信息情况')
    amt = sep(t2['procurement']['amount']) + '元'
    grid(t2_model(t2_blocks('2019', t2, proc_amount=amt)))
    line()
    line('三、收到和处理政府信息公开申请情况')
    grid(t3_model('2019', t3))
    line()
    line('四、政府信息公开行政复议、行政诉讼情况')
    grid(t4_model(a), repeat_cols=True)
    line()
    line('五、存在的主要问题及改进情况')
    line('一是政策解读的针对性还不够强;二是依申请公开答复文书规范化水平有待提升。下一步,我厅将建立解读材料与政策文件'
         '同步审签机制,制定答复文书范本,加强对厅属单位的业务指导。')
    line('六、其他需要报告的事项')
    line('无。')
    line()
    line('', '', '', '', '', '', '', '', ag)
    line('', '', '', '', '', '', '', '', '%d年%d月%d日' % tuple(int(x) for x in R['published'].split('-')))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return '\ufeff' + buf.getvalue()


# ---------------------------------------------------------------------------
# Report 4: OCR text of a scanned township report (2021 template, 2021)
# OCR confusions are in LABELS only; every number is right.
# ---------------------------------------------------------------------------
OCR_LABEL = {
    '行政规范性文件': '行政规范牲文件',
    '本年收费金额（单位：万元）': '本年收费金额(单位:万兀)',
    '1.属于国家秘密': 'l.属于国家秘密',
    '5.属于三类内部事务信息': 'S.属于三类内部事务信息',
    '8.属于行政查询事项': '8.属于行政查询事顶',
    '1.本机关不掌握相关政府信息': 'l.本机关不掌握相关政府信息',
    '5.要求行政机关确认或重新出具已获取信息': '5.要求行政机关确认或重新出具己获取信息',
    LBL_PARTIAL: '(二)部分公开(区分处理的,只汁这一情形,不汁其他情形)',
    LBL_PROCESSED: '(七)总汁',
    LBL_CF: '四、结转下年度继续办埋',
    '3.危及“三安全一稳定”': '3.危及"三安全一稳定”',
    OTHER21[0][1]: 'l.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    G_DENIED: '(三)不予公开',
    G_UNABLE: '（四）无法提供',
    G_NOTPROC: '(五)不予处理',
    G_OTHER: '（六)其他处理',
}


def render_r4(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']
    rng = random.Random(4044)
    ag = R['agency_printed']

    def gap():
        return ' ' * rng.choice((1, 2, 2, 3, 4, 5, 6))

    def gjoin(items):
        return ''.join((gap() if i else '') + str(x) for i, x in enumerate(items))

    def row(label, vals):
        return OCR_LABEL.get(label, label) + gap() + gjoin(vals)
    L = ['%s%d年政府信息公开工作年度报告' % (ag, y), '']
    L += ['    本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由云溪县白沙铺镇人民政府编制。',
          '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼',
          '情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自%d年1月1曰至%d年12月'
          % (y, y),
          '31曰止。如对本报告有任何疑问,请与白沙铺镇党政综合办公室联系(电话:0730-5261093)。',
          '一、总体情况',
          '    %d年,我镇以群众需求为导向,依托县政府门户网站乡镇专栏、镇村政务公开栏等渠道,全年主动公开政府'
          % y,
          '信息%d条,涉及财政预决算、惠民惠农资金发放、村级重大事项等内容。本年度共收到政府信息公开申请%d件,'
          % (n['active_total'], n['applications_received']),
          '均按时答复。未发生因政府信息公开引起的行政复议、行政诉讼案件。',
          '    (一)主动公开方面,按月更新“三务”公开栏,及时公示低保、特困供养等民生资金发放情况。',
          '    (二)依申请公开方面,严格按照受理、审查、答复流程办理,规范使用答复文书。',
          '    (三)政府信息管理、平台建设和监督保障方面,明确1名专职工作人员,落实信息发布审核制度。',
          '二、主动公开政府信息情况',
          '第二十条第(一)项']
    L.append('信息内容' + gap() + '本年制发件数' + gap() + '本年废止件数' + gap() + '现行有效件数')
    L.append(row('规章', [t2['regulations'][k] for k in ('issued', 'repealed', 'in_force')]))
    L.append(row('行政规范性文件', [t2['normative_documents'][k] for k in ('issued', 'repealed', 'in_force')]))
    L += ['第二十条第(五)项', '信息内容' + gap() + '本年处理决定数量',
          row('行政许可', [t2['licensing']['decisions']]),
          '第二十条第(六)项', '信息内容' + gap() + '本年处理决定数量',
          row('行政处罚', [t2['penalty']['decisions']]),
          row('行政强制', [t2['coercion']['decisions']]),
          '第二十条第(八)项', '信息内容' + gap() + OCR_LABEL['本年收费金额（单位：万元）'],
          row('行政事业性收费', [fmoney(t2['fees']['amount'])]),
          '三、收到和处理政府信息公开申请情况',
          '(本列数据的勾嵇关系为:第一项加第二项之和,' + gap() + '申请人情况',
          '等于第三项加第四项之和)' + gap() + '自然人' + gap() + '法人或其他组织' + gap() + '总汁',
          gap() + gap().join(APPLICANT_HDR)]
    seen = set()
    for r in t3_rows('2021'):
        lab = r['label']
        if r['key'] == 'granted':
            L.append('三、本年度办理结果')
        if r['group'] and r['group'] not in seen:
            seen.add(r['group'])
            lab = OCR_LABEL[r['group']] + gap() + OCR_LABEL.get(lab, lab)
            L.append(lab + gap() + gjoin(t3[r['key']]))
            continue
        L.append(row(lab, t3[r['key']]))
    L += ['四、政府信息公开行政复议、行政诉讼情况',
          '行政复议' + ' ' * 27 + '行政诉讼',
          ' ' * 30 + '未经复议直接起诉' + ' ' * 12 + '复议后起诉',
          gap().join(['结果维持', '结果纠正', '其他结果', '尚未审结', '总汁']) + gap() +
          gap().join(T4_LABELS[:4] + ['总汁'] + T4_LABELS[:4] + ['总计']),
          gjoin(x for b in T4_BLOCKS for x in a[b]),
          '五、存在的主要问题及改进情况',
          '    一是工作人员多为兼职,业务能力有待提高;二是村级公开栏更新不够及时。下一步,我镇将加强业务学习,',
          '建立村级公开栏月度检查制度。',
          '六、其他需要报告的事项',
          '    本年度未收取信息处理费。无其他需要报告的事项。',
          '',
          ' ' * 36 + ag,
          ' ' * 38 + '%d年%d月%d曰' % tuple(int(x) for x in R['published'].split('-'))]
    return '\n'.join(L) + '\n'


# ---------------------------------------------------------------------------
# Report 5: government-site HTML page, 2021 template with provincial extra rows in table 二
# ---------------------------------------------------------------------------
def gov_table(model):
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="600" align="center" '
           'style="border-collapse:collapse;border:none;">']
    for row in model:
        out.append('<tr>')
        for cell in row:
            attrs = ''
            if cell.rs > 1:
                attrs += ' rowspan="%d"' % cell.rs
            if cell.cs > 1:
                attrs += ' colspan="%d"' % cell.cs
            txt = html.escape(cell.text, False) if cell.text else '&nbsp;'
            out.append('<td%s valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;">'
                       '<p class="MsoNormal" align="center" style="text-align:center;"><span style="font-size:10.5pt;'
                       'font-family:宋体;">%s</span></p></td>' % (attrs, txt))
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)


def render_r5(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']
    ag = R['agency_printed']
    blocks = t2_blocks('2021', t2)
    ex = {e['label']: e for e in t2['extra']}
    blocks[0][2].append(('其他主动公开文件', [str(v) for v in ex['其他主动公开文件']['values']]))
    blocks[1][2].append(('其他对外管理服务事项', [str(v) for v in ex['其他对外管理服务事项']['values']]))
    title = '%s%d年政府信息公开工作年度报告' % (ag, y)

    def p(s):
        return ('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;"><span style="font-size:16.0pt;'
                'font-family:仿宋_GB2312;">%s</span></p>' % html.escape(s, False))

    def h(s):
        return ('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;"><span style="font-size:16.0pt;'
                'font-family:黑体;">%s</span></p>' % html.escape(s, False))
    H = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<title>%s-荆源市东江区人民政府</title>' % title,
         '<meta name="ArticleTitle" content="%s" /><meta name="PubDate" content="%s 09:30" />' % (title, R['published']),
         '<meta name="ContentSource" content="%s" />' % ag,
         '</head><body>',
         '<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zmhd/">政民互动</a> | '
         '<a href="/bsfw/">办事服务</a></div>',
         '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
         '<a href="/zwgk/ndbg/">政府信息公开年报</a></div>',
         '<div class="xxgk_info"><table class="xxgk_table"><tr><td>索 引 号：</td><td>011520370/2023-00046</td>'
         '<td>分　　类：</td><td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>%s</td><td>发文日期：</td><td>%s</td>'
         '</tr><tr><td>名　　称：</td><td colspan="3">%s</td></tr></table></div>' % (ag, R['published'], title),
         '<div class="article"><h1 class="article-title">%s</h1>' % title,
         '<div class="article-meta">发布时间：%s　来源：%s　浏览次数：<span id="hits">1286</span>　'
         '字号：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</div>'
         % (R['published'], ag),
         '<div class="TRS_Editor" id="zoom">']
    H.append(p('本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《湖北省政府信息公开规定》编制。'
               '报告中所列数据统计期限自%d年1月1日起至%d年12月31日止。如对本报告有疑问，请与%s办公室联系'
               '（电话：0713-3358720）。' % (y, y, ag)))
    H.append(h('一、总体情况'))
    H.append(p('%d年，我局全年主动公开政府信息%d条，重点公开国土空间规划、建设用地审批、不动产登记、'
               '征地补偿安置等信息。全年新收政府信息公开申请%d件，办结%d件，结转下年度继续办理%d件。'
               % (y, n['active_total'], n['applications_received'], n['applications_completed'],
                  n['applications_carried_forward'])))
    H.append(p('按照省、市关于政务公开统计口径的要求，表二在国家格式基础上增加“其他主动公开文件”'
               '“其他对外管理服务事项”两行，单独统计。'))
    H.append(h('二、主动公开政府信息情况'))
    H.append(gov_table(t2_model(blocks)))
    H.append(h('三、收到和处理政府信息公开申请情况'))
    H.append(gov_table(t3_model('2021', t3)))
    H.append(h('四、政府信息公开行政复议、行政诉讼情况'))
    H.append(gov_table(t4_model(a)))
    H.append(h('五、存在的主要问题及改进情况'))
    H.append(p('一是征地信息公开的完整性、及时性仍需提升；二是答复文书说理不够充分。下一步，我局将建立征地信息'
               '公开台账，开展答复文书评查，提升依申请公开办理质量。'))
    H.append(h('六、其他需要报告的事项'))
    H.append(p('本年度未收取信息处理费。'))
    H.append('<p class="MsoNormal" align="right" style="text-align:right;"><span style="font-size:16.0pt;'
             'font-family:仿宋_GB2312;">%s</span></p>' % ag)
    H.append('<p class="MsoNormal" align="right" style="text-align:right;"><span style="font-size:16.0pt;'
             'font-family:仿宋_GB2312;">%s</span></p>' % cn_date(R['published']))
    H.append('</div></div>')
    H.append('<div class="footer">主办：荆源市东江区人民政府办公室　鄂ICP备05003217号　网站标识码：4209230006</div>')
    H.append('</body></html>')
    return '\n'.join(H) + '\n'


# ---------------------------------------------------------------------------
# Report 6: markdown (2019 template, national bureau under a ministry, 2020); table 四 split in two
# ---------------------------------------------------------------------------
def md_table(model, header_rows=1):
    g = expand(model)
    lines = []
    for i, grow in enumerate(g):
        cells = [c.text if o else '' for c, o in grow]
        lines.append('| ' + ' | '.join(cells) + ' |')
        if i == header_rows - 1:
            lines.append('|' + '|'.join(['---'] * len(grow)) + '|')
    return lines


def render_r6(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']
    ag = R['agency_printed']
    L = ['# %s%d年政府信息公开工作年度报告' % (ag, y), '',
         '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室'
         '关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2019〕60号）要求编制。'
         '报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。' % (y, y), '',
         '## 一、总体情况', '',
         '%d年，%s认真贯彻落实党中央、国务院关于全面推进政务公开的决策部署，按照水利部政务公开工作安排，'
         '全年在门户网站主动公开政府信息%d条，发布政策解读%d篇。全年新收政府信息公开申请%d件，'
         '因政府信息公开被申请行政复议%d件、被提起行政诉讼%d件。'
         % (y, ag, n['active_total'], n['interpretations'], n['applications_received'], n['reviews'], n['lawsuits']), '',
         '**（一）主动公开。** 围绕水文监测站网建设、水文情报预报、水资源监测等重点领域，及时发布汛期水情信息和'
         '年度水文统计数据。', '',
         '**（二）依申请公开。** 完善依申请公开受理、承办、审核、答复工作流程，答复文书统一经法规部门审核。', '',
         '**（三）政府信息管理。** 组织开展规范性文件清理，对现行有效规范性文件目录进行动态更新。', '',
         '**（四）平台建设。** 完成门户网站集约化改造，政务公开专栏新增“水文数据”子栏目。', '',
         '**（五）监督保障。** 将政务公开工作纳入年度目标考核，组织全局业务培训1次。', '',
         '## 二、主动公开政府信息情况', '']
    amt = fmoney(t2['procurement']['amount']) + '万元'
    L += md_table(t2_model(t2_blocks('2019', t2, proc_amount=amt)))
    L += ['', '## 三、收到和处理政府信息公开申请情况', '']
    L += md_table(t3_model('2019', t3), header_rows=1)
    L += ['', '## 四、政府信息公开行政复议、行政诉讼情况', '', '**行政复议**', '']
    L += ['| ' + ' | '.join(T4_LABELS) + ' |', '|' + '|'.join(['---'] * 5) + '|',
          '| ' + ' | '.join(str(x) for x in a['review']) + ' |']
    L += ['', '**行政诉讼**', '',
          '| 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |',
          '|' + '|'.join(['---'] * 10) + '|',
          '| ' + ' | '.join(T4_LABELS * 2) + ' |',
          '| ' + ' | '.join(str(x) for b in ('suit_direct', 'suit_after_review') for x in a[b]) + ' |']
    L += ['', '## 五、存在的主要问题及改进情况', '',
          '一是政策解读的形式还不够丰富；二是基层水文站点信息公开工作力量较为薄弱。下一步，我局将推动解读材料与'
          '文件同步起草、同步审签、同步发布，加强对流域水文机构的指导。', '',
          '## 六、其他需要报告的事项', '', '无。', '',
          '%s' % ag, '', cn_date(R['published']), '']
    return '\n'.join(L)


# ---------------------------------------------------------------------------
# Report 7: WPS/Word text, tab-separated, merged row labels repeated on every row they span
# ---------------------------------------------------------------------------
def expand_repeat_rows(model):
    g = expand(model)
    res = []
    for ri, grow in enumerate(g):
        cells = []
        for ci, (cell, origin) in enumerate(grow):
            if origin:
                cells.append(cell.text)
                continue
            left_same = ci > 0 and grow[ci - 1][0] is cell
            cells.append('' if left_same else cell.text)
        res.append(cells)
    return res


def render_r7(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']
    ag = R['agency_printed']
    L = ['%s%d年政府信息公开工作年度报告' % (ag, y), '',
         '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级关于做好政府信息公开工作年度报告'
         '编制发布工作的通知要求编制。报告中所列数据的统计期限自%d年1月1日起至%d年12月31日止。本报告电子版可在'
         '海州市东滨区人民政府门户网站查阅。如对本报告有疑问，请与%s办公室联系（电话：0759-2287316）。' % (y, y, ag), '',
         '一、总体情况', '',
         '%d年，我局坚持以人民为中心的发展思想，围绕卫生健康重点工作，全面推进决策、执行、管理、服务、结果公开，'
         '全年通过区政府门户网站和“健康东滨”公众号主动公开政府信息%d条。' % (y, n['active_total']), '',
         '（一）主动公开。重点公开医疗机构执业登记、公共卫生监督、疾病防控等信息。', '',
         '（二）依申请公开。全年新收政府信息公开申请%d件，办结%d件，均在法定期限内答复。'
         % (n['applications_received'], n['applications_completed']), '',
         '（三）政府信息管理。落实公开属性源头认定，发文时同步明确公开方式。', '',
         '（四）平台建设。更新完善政务公开专栏，规范栏目设置。', '',
         '（五）监督保障。将政务公开纳入科室年度考核，组织专题培训1次。', '',
         '二、主动公开政府信息情况', '']
    for r in expand_repeat_rows(t2_model(t2_blocks('2021', t2))):
        L.append('\t'.join(r))
    L += ['', '三、收到和处理政府信息公开申请情况', '']
    for r in expand_repeat_rows(t3_model('2021', t3)):
        L.append('\t'.join(r))
    L += ['', '四、政府信息公开行政复议、行政诉讼情况', '']
    for r in expand_repeat_rows(t4_model(a)):
        L.append('\t'.join(r))
    L += ['', '五、存在的主要问题及改进情况', '',
          '一是政策解读的通俗化程度不够；二是基层医疗卫生机构信息更新不够及时。下一步，我局将推出图解、短视频等解读'
          '产品，建立基层医疗卫生机构信息报送月通报制度。', '',
          '六、其他需要报告的事项', '',
          '（一）信息处理费收取情况。本年度未收取信息处理费。', '',
          '（二）人大代表建议和政协提案办理结果公开情况。全年承办区人大代表建议%d件、区政协提案%d件，'
          '办理结果均已公开。' % (n['npc_suggestions'], n['cppcc_proposals']), '',
          '（三）政务公开工作创新情况。在辖区二级以上医院推行“院务公开一张表”。', '', '',
          '\t\t\t\t%s' % ag,
          '\t\t\t\t%s' % cn_date(R['published']), '']
    return '\r\n'.join(L)


# ---------------------------------------------------------------------------
# Report 8: report quoted in an e-mail reply (2019 template, county government, 2019)
# ---------------------------------------------------------------------------
def b64w(s):
    return '=?UTF-8?B?%s?=' % base64.b64encode(s.encode('utf-8')).decode('ascii')


def render_r8(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']
    ag = R['agency_printed']

    def prow(cells):
        return ' | '.join(cells)
    body = ['%s%d年政府信息公开工作年度报告' % (ag, y), '',
            '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由青松县人民政府办公室编制。'
            '本报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。' % (y, y), '',
            '一、总体情况', '',
            '%d年，县政府以贯彻实施新修订的《条例》为主线，全年主动公开政府信息%d条，召开新闻发布会%d场。'
            '全年新收政府信息公开申请%d件，办结%d件。因政府信息公开被申请行政复议%d件、被提起行政诉讼%d件。'
            % (y, n['active_total'], n['press_conferences'], n['applications_received'],
               n['applications_completed'], n['reviews'], n['lawsuits']), '',
            '二、主动公开政府信息情况', '']
    amt = fmoney(t2['procurement']['amount']) + '万元'
    for cap, hdrs, data in t2_blocks('2019', t2, plus=True, proc_amount=amt):
        body.append(cap)
        body.append(prow(['信息内容'] + hdrs))
        for lab, vals in data:
            body.append(prow([lab] + vals))
    body += ['', '三、收到和处理政府信息公开申请情况', '',
             prow([T3_NOTE, '申请人情况']),
             prow(['', '自然人', '法人或其他组织', '', '', '', '', '总计']),
             prow(['', '', ] + APPLICANT_HDR + ['']), ]
    seen = set()
    for r in t3_rows('2019'):
        lab = []
        if r['key'] == 'granted':
            lab.append(T3_TOP)
        if r['group'] and r['group'] not in seen:
            seen.add(r['group'])
            lab.append(r['group'])
        lab.append(r['label'])
        body.append(prow([' '.join(lab)] + [str(v) for v in t3[r['key']]]))
    body2 = ['四、政府信息公开行政复议、行政诉讼情况', '',
             prow(['行政复议', '', '', '', '', '行政诉讼']),
             prow(['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉']),
             prow(T4_LABELS * 3),
             prow([str(x) for b in T4_BLOCKS for x in a[b]])]
    body3 = ['', '五、存在的主要问题及改进情况', '',
             '一是部分乡镇和部门对新《条例》理解不够深入；二是依申请公开答复的规范性有待加强。%d年，'
             '县政府将组织专题培训，建立答复文书会审制度。' % (y + 1), '',
             '六、其他需要报告的事项', '', '无。', '',
             ag, cn_date(R['published'])]
    L = ['Return-Path: <fzk@qingsong.gov.cn>',
         'Received: from mail.qingsong.gov.cn (mail.qingsong.gov.cn [10.21.4.8])',
         '\tby mx.qingsong.gov.cn with ESMTP id 4B7k2T0Zq5z9vQx; Tue, 24 Mar 2020 09:41:30 +0800',
         'From: %s <fzk@qingsong.gov.cn>' % b64w('县司法局法制科'),
         'To: %s <zwgk@qingsong.gov.cn>' % b64w('县政务公开办'),
         'Date: Tue, 24 Mar 2020 09:41:27 +0800',
         'Subject: Re: %s' % b64w('关于核对%d年政府信息公开工作年度报告的函' % y),
         'Message-ID: <20200324094127.7714@qingsong.gov.cn>',
         'In-Reply-To: <20200320160212.3390@qingsong.gov.cn>',
         'MIME-Version: 1.0',
         'Content-Type: text/plain; charset=UTF-8',
         'Content-Transfer-Encoding: 8bit',
         '',
         '县政务公开办：',
         '',
         '年报定稿已阅。第四部分复议、诉讼数据与我局台账一致，其余部分无意见。',
         '',
         '县司法局法制科',
         '',
         '在 2020-03-20 16:02, 县政务公开办 写道:',
         '> 各相关单位：',
         '> ',
         '> 现将《%s%d年政府信息公开工作年度报告》定稿正文发送如下，请于3月25日前反馈意见。' % (ag, y),
         '> 表四数据按县司法局3月18日来函核定（引用如下）。',
         '> ',
         '> -------- 正文 --------']
    L += [('> ' + s).rstrip() if s else '>' for s in body]
    L += ['>', '> 在 2020-03-18 10:15, 县司法局法制科 写道:']
    L += [('> > ' + s).rstrip() if s else '> >' for s in body2]
    L += ['>']
    L += [('> ' + s).rstrip() if s else '>' for s in body3]
    L += ['> ', '> -- ', '> 青松县人民政府办公室 政务公开办', '> 电话：0439-6213502', '']
    return '\n'.join(L)


# ---------------------------------------------------------------------------
# Report 9: plain text, one row per line, cells separated by 2+ spaces, thousands separators
# (2021 template, provincial department, 2023)
# ---------------------------------------------------------------------------
def dw(s):
    return sum(2 if ord(ch) > 0x2e7f else 1 for ch in s)


def pad(s, w):
    return s + ' ' * max(2, w - dw(s))


def render_r9(R):
    t2, t3, a, n = R['t2'], R['t3'], R['t4'], R['narrative']
    y = R['year']
    ag = R['agency_printed']

    def nums(vals, w=9):
        return ''.join(' ' * max(2, w - len(x)) + x for x in vals)
    L = ['%s%d年政府信息公开工作年度报告' % (ag, y), '',
         '    本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制，内容包括总体情况、主动公开政府信息'
         '情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、'
         '其他需要报告的事项。所列数据统计期限自%d年1月1日起至%d年12月31日止。' % (y, y), '',
         '一、总体情况', '',
         '    %d年，我厅全年主动公开政府信息%s条，召开新闻发布会%d场，发布政策解读%d篇。'
         % (y, sep(n['active_total']), n['press_conferences'], n['interpretations']),
         '    全年新收政府信息公开申请%s件，办结%s件，结转下年度继续办理%d件。因政府信息公开被申请行政复议%d件、'
         '被提起行政诉讼%d件。' % (sep(n['applications_received']), sep(n['applications_completed']),
                              n['applications_carried_forward'], n['reviews'], n['lawsuits']),
         '    （一）主动公开。围绕道路运输、物流枢纽建设、交通运输执法等重点领域公开信息，全年办理道路运输'
         '行政许可%s件，作出行政处罚决定%s件。' % (sep(t2['licensing']['decisions']), sep(t2['penalty']['decisions'])),
         '    （二）依申请公开。申请主要集中在道路运输经营许可、交通建设项目征地拆迁等方面。',
         '    （三）政府信息管理、平台建设和监督保障。完成厅门户网站政务公开专栏改版，全年开展业务培训3次。', '',
         '二、主动公开政府信息情况', '']
    LW = 22
    for cap, hdrs, data in t2_blocks('2021', t2, fmt=sep, fmt_money=sep):
        L.append(cap)
        L.append(pad('信息内容', LW) + '  '.join(hdrs))
        for lab, vals in data:
            L.append(pad(lab, LW) + '  '.join(vals))
    L += ['', '三、收到和处理政府信息公开申请情况', '',
          T3_NOTE,
          pad('', 60) + '申请人情况',
          pad('', 60) + pad('自然人', 10) + pad('法人或其他组织', 48) + '总计',
          pad('', 70) + '  '.join(APPLICANT_HDR)]
    LW3 = 62
    seen = set()
    for r in t3_rows('2021'):
        if r['key'] == 'granted':
            L.append(T3_TOP)
        if r['group'] and r['group'] not in seen:
            seen.add(r['group'])
            L.append('  ' + r['group'])
        indent = '' if r['top'] is None else ('    ' if r['group'] else '  ')
        L.append(pad(indent + r['label'], LW3) + nums([sep(v) for v in t3[r['key']]]))
    L += ['', '四、政府信息公开行政复议、行政诉讼情况', '',
          pad('行政复议', 50) + '行政诉讼',
          pad('', 50) + pad('未经复议直接起诉', 50) + '复议后起诉',
          '  '.join(T4_LABELS) + '  ' + '  '.join(T4_LABELS) + '  ' + '  '.join(T4_LABELS),
          nums([sep(x) for b in T4_BLOCKS for x in a[b]], 10).lstrip(' ')]
    L += ['', '五、存在的主要问题及改进情况', '',
          '    一是政策解读的精准性有待提升；二是市县交通运输部门依申请公开答复标准不够统一。下一步，我厅将编制'
          '依申请公开答复指引，加强对市县的业务指导。', '',
          '六、其他需要报告的事项', '',
          '    （一）信息处理费收取情况。%d年，我厅按照《政府信息公开信息处理费管理办法》，向%d件申请发出收费通知，'
          '实际收取信息处理费%s元。' % (y, R['fee_notices'], sep(n['fees_collected'])),
          '    （二）人大代表建议和政协提案办理情况。全年办理省人大代表建议%d件、省政协提案%d件，办理复文均已公开。'
          % (n['npc_suggestions'], n['cppcc_proposals']), '',
          pad('', 50) + ag,
          pad('', 52) + cn_date(R['published']), '']
    return '\n'.join(L)


# ---------------------------------------------------------------------------
# The nine reports
# ---------------------------------------------------------------------------
def t2_21(reg, nd, lic, pen, coe, fee, extra=None):
    d = {'regulations': dict(zip(('issued', 'repealed', 'in_force'), reg)),
         'normative_documents': dict(zip(('issued', 'repealed', 'in_force'), nd)),
         'licensing': {'decisions': lic}, 'penalty': {'decisions': pen}, 'coercion': {'decisions': coe},
         'fees': {'amount': fee}}
    if extra:
        d['extra'] = extra
    return d


def t2_19(reg, nd, lic, oth, pen, coe, fee, proc):
    k3 = ('items_last_year', 'items_change', 'decisions')
    return {'regulations': dict(zip(('made', 'published', 'public_total'), reg)),
            'normative_documents': dict(zip(('made', 'published', 'public_total'), nd)),
            'licensing': dict(zip(k3, lic)), 'other_services': dict(zip(k3, oth)),
            'penalty': dict(zip(k3, pen)), 'coercion': dict(zip(k3, coe)),
            'fees': dict(zip(('items_last_year', 'items_change'), fee)),
            'procurement': dict(zip(('items', 'amount', 'amount_unit'), proc))}


def P(person, business=0, research=0, nonprofit=0, legal=0, other=0):
    return dict(person=person, business=business, research=research, nonprofit=nonprofit, legal=legal, other=other)


def reports():
    R = []
    # 1 --------------------------------------------------------------------
    r = dict(n=1, file='linlan-city-2022.txt', form='pdf-text-raw', era='2021', year=2022,
             agency='江西省临澜市人民政府', agency_printed='临澜市人民政府',
             level='prefecture-level city government (Jiangxi)', published='2023-01-30', render=render_r1)
    r['t2'] = t2_21((2, 1, 35), (9, 4, 73), 58231, 6114, 402, 3127.46)
    r['t3'] = gen_t3(101, '2021', P(280, 38, 2, 1, 9, 4), fee_unpaid=False)
    r['t4'] = t4((6, 2, 1, 1), (3, 1, 1, 2), (1, 0, 0, 1))
    r['narrative'] = dict(active_total=8236, applications_received=None, applications_completed=None,
                          applications_carried_forward=None, reviews=None, lawsuits=None,
                          press_conferences=24, interpretations=58, fees_collected=0,
                          npc_suggestions=186, cppcc_proposals=243)
    r['notes'] = ('Imitates `pdftotext -raw` of a WPS PDF: the cells of a row are space-separated on one line; the vertical '
                  'label 三、本年度办理结果 is cut into pieces (三、本 / 年度办 / 理结果) glued to the start of the first rows; '
                  'group labels are split (（三）不予 / 公开, （四）无法 / 提供, …) and the second piece prefixes the next row; '
                  'long labels wrap, and their tail lands on its own line after the numbers (形，不计其他情形）; 出具已获取信息; '
                  '处理 处理其政府信息公开申请; 用、行政机关不再处理…). Table 三 header words are interleaved with the 勾稽 note; '
                  'table 四 header is split into short fragments and its 15 numbers are on one line. Page footers '
                  '“— k —” followed by a form feed fall inside table 二 (between (五) and (六)) and inside table 三 (between '
                  '（四）1 and 2). WPS-style spaces around digits in prose. Prose: 主动公开 8236 条 (of which 31 documents, a '
                  'sub-figure), 新收 = table 一 total, 上年结转, 办结 = （七）总计, 结转 = 四 total, 复议 / 诉讼 = table 四 totals '
                  '(诉讼 = direct + after review). 未收取信息处理费 = fees_collected 0. Signature is the 市政府办公室; the '
                  'title names 临澜市人民政府 (gold.agency).')
    R.append(r)
    # 2 --------------------------------------------------------------------
    r = dict(n=2, file='tongxi-amr-2024.html', form='wechat-html', era='2021', year=2024,
             agency='浙江省桐溪县市场监督管理局', agency_printed='桐溪县市场监督管理局',
             level='county department (Zhejiang)', published='2025-01-17', render=render_r2)
    r['t2'] = t2_21((0, 0, 0), (1, 0, 4), 3862, 517, 46, 0)
    r['t3'] = gen_t3(202, '2021', P(46, 7, 0, 0, 2, 1), fee_unpaid=False)
    r['t4'] = t4((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))
    r['narrative'] = dict(active_total=612, new_media_posts=1038, applications_received=None,
                          fees_collected=0, npc_suggestions=7, cppcc_proposals=11)
    r['notes'] = ('WeChat 公众号 article page: 👆点击蓝字 关注我们 chrome and a GIF at the top, 📌 emoji in front of each '
                  'section heading, <section>/<p>/<span> soup with inline styles, tables as <table data-sort data-tools> '
                  'with data-colwidth on cells and rowspan/colspan exactly as the national template (三、本年度办理结果 '
                  'rowspan 22, （三） rowspan 8, （六） rowspan 3). Some labels are split over two <span>s (申请人情|况, 总|计, '
                  '法人或其|他组织, the （二）部分公开 label). Table 二 single-value rows use colspan 3. The account name '
                  '(桐溪市场监管) is not the reporting body; the title and signature give 桐溪县市场监督管理局. publish_time '
                  'equals the signature date. 阅读原文 link at the bottom. fees_collected 0 from 未收取信息处理费. '
                  'new_media_posts = 公众号发布信息 1038 条.')
    R.append(r)
    # 3 --------------------------------------------------------------------
    r = dict(n=3, file='shanxi-coal-2019.csv', form='csv-excel', era='2019', year=2019,
             agency='山西省煤炭资源管理厅', agency_printed='山西省煤炭资源管理厅',
             level='provincial department (Shanxi)', published='2020-01-21', render=render_r3)
    r['t2'] = t2_19((0, 0, 3), (4, 4, 27), (38, -5, 1264), (12, 3, 486), (56, 0, 213), (9, -2, 17), (4, -1),
                    (17, 2356800.0, '元'))
    r['t3'] = gen_t3(303, '2019', P(31, 12, 1, 0, 3, 2))
    r['t4'] = t4((2, 1, 0, 0), (1, 0, 0, 1), None)
    r['narrative'] = dict(active_total=1876, press_conferences=6, interpretations=15, applications_received=None,
                          applications_completed=None, reviews=None, lawsuits=None)
    r['notes'] = ('CSV saved from Excel: UTF-8 BOM, CRLF, every record padded to the 15 columns of the used range. Prose '
                  'sits in column A, written with half-width punctuation, so cells with ASCII commas are quoted and an '
                  'embedded "政务公开日" is escaped as ""政务公开日"". Header cells contain line breaks inside quotes '
                  '(本年新\\n制作数量, the 勾稽 note, the （二）部分公开 label). Merged cells: in tables 二 and 三 only the '
                  'top-left cell of a merge carries text (rows of a group have an empty group column); in table 四 the '
                  'merged header cells are repeated in every column they span (行政复议 ×5, 行政诉讼 ×10, 未经复议直接起诉 ×5, '
                  '复议后起诉 ×5). 2019 template: signed 本年增/减 (−5, −2, −1). 采购总金额 is the quoted cell '
                  '"2,356,800.00元" (amount 2356800, unit 元). The whole 复议后起诉 block of table 四 is BLANK (empty cells): '
                  'gold null, not 0. Narrative 行政诉讼 2 件 = direct 2 (+ blank after-review). Signature and date sit in '
                  'column I of the last two records.')
    R.append(r)
    # 4 --------------------------------------------------------------------
    r = dict(n=4, file='baishapu-town-2021.txt', form='ocr-text', era='2021', year=2021,
             agency='湖南省云溪县白沙铺镇人民政府', agency_printed='白沙铺镇人民政府',
             level='township government (Hunan)', published='2022-01-20', render=render_r4)
    r['t2'] = t2_21((0, 0, 0), (0, 0, 2), 0, 7, 0, 0)
    r['t3'] = gen_t3(404, '2021', P(5, 0, 0, 0, 0, 1), fee_unpaid=False)
    r['t4'] = t4((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))
    r['narrative'] = dict(active_total=86, applications_received=None, reviews=0, lawsuits=0, fees_collected=0)
    r['notes'] = ('OCR of a scanned township report: cells separated by 1–6 spaces at random; mixed full/half-width '
                  'brackets and commas; OCR confusions in LABELS only (every number is right): 行政规范牲文件, '
                  '万兀 (元), l.属于国家秘密 / l.本机关不掌握… / l.申请人无正当理由… (l for 1), S.属于三类内部事务信息 '
                  '(S for 5), 行政查询事顶, 重新出具己获取信息 (己 for 已), 只汁 / 总汁 (汁 for 计), 继续办埋, 勾嵇, '
                  'a straight opening quote before 三安全一稳定, and 曰 for 日 in the dates (1月1曰, 2022年1月20曰: '
                  'published is 2022-01-20). The vertical label 三、本年度办理结果 is a line of its own before （一）; '
                  'group labels share the line of their first sub-row. The title names 白沙铺镇人民政府; the intro '
                  'names 云溪县白沙铺镇人民政府. Narrative: 未发生…行政复议、行政诉讼 = reviews 0, lawsuits 0; '
                  '未收取信息处理费 = fees_collected 0.')
    R.append(r)
    # 5 --------------------------------------------------------------------
    r = dict(n=5, file='dongjiang-nrp-2022.html', form='html-gov-page', era='2021', year=2022,
             agency='湖北省荆源市东江区自然资源和规划局', agency_printed='荆源市东江区自然资源和规划局',
             level='district department (Hubei)', published='2023-01-16', render=render_r5)
    r['t2'] = t2_21((0, 0, 0), (2, 1, 16), 1873, 96, 3, 285.6,
                    extra=[{'label': '其他主动公开文件', 'values': [38, 5, 212]},
                           {'label': '其他对外管理服务事项', 'values': [2694]}])
    r['t3'] = gen_t3(505, '2021', P(63, 9, 0, 1, 4, 2), fee_unpaid=False)
    r['t4'] = t4((3, 1, 0, 1), (1, 0, 1, 0), (0, 0, 0, 0))
    r['narrative'] = dict(active_total=1427, applications_received=None, applications_completed=None,
                          applications_carried_forward=None, fees_collected=0)
    r['notes'] = ('Saved government-site page (site chrome, 索引号/发文日期 metadata table, MsoNormal paragraphs inside '
                  'TRS_Editor). 2021 template, but table 二 carries two province-added rows: 其他主动公开文件 (38/5/212) '
                  'after 行政规范性文件 in block (一), and 其他对外管理服务事项 (2694, one 本年处理决定数量 cell with colspan 3) '
                  'after 行政许可 in block (五). 其他对外管理服务事项 is a 2019-format label: the era is still 2021 (headers '
                  '本年制发件数 / 本年收费金额). The extra rows go to active.extra (schema: [{label, values}]); they must not '
                  'be read as licensing or normative_documents. Tables 三/四 follow the national template with full '
                  'rowspan/colspan. 发文日期 equals the signature date.')
    R.append(r)
    # 6 --------------------------------------------------------------------
    r = dict(n=6, file='hydrology-bureau-2020.md', form='markdown', era='2019', year=2020,
             agency='国家水文监测局', agency_printed='国家水文监测局',
             level='national bureau under a ministry', published='2021-01-29', render=render_r6)
    r['t2'] = t2_19((1, 1, 8), (3, 3, 41), (12, 1, 3478), (6, 0, 152), (8, 0, 27), (2, 0, 0), (3, 0),
                    (9, 486.35, '万元'))
    r['t3'] = gen_t3(606, '2019', P(22, 6, 3, 1, 2, 1))
    r['t4'] = t4((4, 0, 1, 1), (2, 0, 0, 1), (1, 0, 0, 0))
    r['narrative'] = dict(active_total=947, interpretations=12, applications_received=None, reviews=None,
                          lawsuits=None)
    r['notes'] = ('Markdown (PDF→md style) of a 2019-template report. Table 二 is one 4-column pipe table whose first '
                  'row (the 第二十条第（一）项 caption) became the header row; colspans are empty cells. Table 三 is one '
                  '10-column pipe table: the 3 label columns come first, merged cells are empty, so the rows of a '
                  'group after the first have empty first and second cells. Table 四 is SPLIT into two tables under '
                  'bold captions: **行政复议** (5 columns) and **行政诉讼** (10 columns with a 未经复议直接起诉 / 复议后起诉 '
                  'header row and a repeated 5-label row). 采购总金额 printed 486.35万元 (unit 万元). A ministry-level '
                  'bureau issuing 规章 is plausible. Narrative 行政诉讼 = direct + after review.')
    R.append(r)
    # 7 --------------------------------------------------------------------
    r = dict(n=7, file='dongbin-health-2025.txt', form='text-tabs-repeated', era='2021', year=2025,
             agency='广东省海州市东滨区卫生健康局', agency_printed='海州市东滨区卫生健康局',
             level='district department (Guangdong)', published='2026-01-23', render=render_r7)
    r['t2'] = t2_21((0, 0, 0), (1, 0, 6), 2147, 189, 4, 0)
    r['t3'] = gen_t3(707, '2021', P(35, 2, 0, 0, 1, 0), fee_unpaid=False)
    r['t4'] = t4((1, 1, 0, 0), (0, 0, 0, 1), (0, 0, 0, 0))
    r['narrative'] = dict(active_total=358, applications_received=None, applications_completed=None,
                          fees_collected=0, npc_suggestions=9, cppcc_proposals=14)
    r['notes'] = ('WPS/Word text copy, CRLF, cells separated by tabs, with merged cells expanded: a rowspan label is '
                  'REPEATED on every row it spans (三、本年度办理结果 starts each of the 22 result rows, （三）不予公开 '
                  'each of its 8 sub-rows, （四）/（五）/（六） likewise; the 勾稽 note is repeated on the three header rows; '
                  'the table 四 labels with rowspan 2 repeat on the third header row), while a colspan leaves empty '
                  'cells. Flat rows (一、二、（一）、（二）、（七）、四) have empty cells after the label. Signature lines are '
                  'indented with tabs.')
    R.append(r)
    # 8 --------------------------------------------------------------------
    r = dict(n=8, file='qingsong-county-2019.eml.txt', form='email-quoted', era='2019', year=2019,
             agency='吉林省青松县人民政府', agency_printed='青松县人民政府',
             level='county government (Jilin)', published='2020-03-20', render=render_r8)
    r['t2'] = t2_19((0, 0, 0), (6, 6, 58), (214, 17, 9361), (87, -9, 2045), (96, 12, 1382), (15, 0, 64), (11, -3),
                    (126, 8763.92, '万元'))
    r['t3'] = gen_t3(808, '2019', P(118, 14, 0, 2, 6, 3))
    r['t4'] = t4((5, 1, 2, 1), (3, 0, 1, 1), (1, 0, 0, 0))
    r['narrative'] = dict(active_total=5127, press_conferences=9, applications_received=None,
                          applications_completed=None, reviews=None, lawsuits=None)
    r['notes'] = ('A reply e-mail (RFC 822 headers with encoded words, a short reply on top) quoting the report: '
                  'every report line is prefixed with "> "; table 四 and the heading 四 sit one level deeper ("> > ") '
                  'because the sender pasted them from an earlier message (在 2020-03-18 …写道:). Tables are rendered '
                  'with " | " between cells; table 三 rows carry 三、本年度办理结果 on the （一） row and the group label '
                  'on the first row of each group, in the same first cell as the sub-label. 2019 template: 本年增/减 '
                  'with explicit plus signs (+17, +12) and negatives (-9, -3); 采购总金额 8763.92万元. The e-mail Date '
                  '(2020-03-24) is not the publication date: published = the date under the signature, 2020-03-20.')
    R.append(r)
    # 9 --------------------------------------------------------------------
    r = dict(n=9, file='shaanxi-transport-2023.txt', form='text-spaces-thousands', era='2021', year=2023,
             agency='陕西省交通物流发展厅', agency_printed='陕西省交通物流发展厅',
             level='provincial department (Shaanxi)', published='2024-01-26', render=render_r9, fee_notices=14)
    r['t2'] = t2_21((0, 0, 0), (7, 3, 112), 12345, 3456, 1027, 1234.56)
    r['t3'] = gen_t3(909, '2021', P(1050, 96, 7, 4, 38, 12), fee_unpaid=True)
    r['t4'] = t4((38, 6, 9, 4), (11, 2, 3, 5), (4, 1, 0, 2))
    r['narrative'] = dict(active_total=23417, press_conferences=17, interpretations=64, applications_received=None,
                          applications_completed=None, applications_carried_forward=None, reviews=None,
                          lawsuits=None, fees_collected=1200.5, npc_suggestions=52, cppcc_proposals=78)
    r['notes'] = ('Plain-text rendering, one table row per line, cells separated by two or more spaces, labels padded '
                  'to a column, group labels on their own indented line, sub-rows indented. Numbers of 1000 or more carry '
                  'thousands separators everywhere: table 二 (行政许可 12,345, 行政处罚 3,456, 行政强制 1,027, 收费金额 '
                  '1,234.56 万元), table 三 totals (e.g. 一 total and （七）总计 above 1,000), prose (主动公开 23,417 条, '
                  '新收/办结 counts). Section 六 states 信息处理费 1,200.50元 (fees_collected 1200.5 元) and 14 fee notices '
                  '(no schema key; table 三（六）2 逾期未缴费 is a different figure). The prose also repeats the '
                  'licensing and penalty counts of table 二 (not narrative keys).')
    R.append(r)
    # fill narrative figures that come from the tables
    for r in R:
        n, t3, a = r['narrative'], r['t3'], r['t4']
        fill = {'applications_received': t3['new'][6], 'applications_completed': t3['processed'][6],
                'applications_carried_forward': t3['carried_forward'][6],
                'reviews': z(a['review'][4]), 'lawsuits': z(a['suit_direct'][4]) + z(a['suit_after_review'][4])}
        for k in list(n):
            if n[k] is None:
                n[k] = fill[k]
    return R


def main():
    manifest = []
    forms, years, levels = set(), set(), set()
    for r in reports():
        check_t2(r['era'], r['t2'])
        check_t3(r['t3'], r['era'])
        check_t4(r['t4'])
        check_narrative(r)
        text = r['render'](r)
        g = build_gold(r)
        # shape checks
        nt3 = sum(1 for k in g if k.startswith('applications.'))
        assert nt3 == (161 if r['era'] == '2019' else 175), (r['file'], nt3)
        assert sum(1 for k in g if k.startswith('appeals.')) == 15
        nt2 = sum(1 for k in g if k.startswith('active.') and k != 'active.extra' and not k.endswith('amount_unit'))
        assert nt2 == (22 if r['era'] == '2019' else 10), (r['file'], nt2)  # spec says 23 / 9; the layouts give 22 / 10
        assert g['balance_ok'] is True
        # every narrative figure must be printed in the text (plain or with separators)
        for k, v in r['narrative'].items():
            if k in ('reviews', 'lawsuits', 'fees_collected') and v == 0:
                continue
            cands = {str(v), sep(v) if isinstance(v, int) else '{:,.2f}'.format(v)}
            assert any(c in text for c in cands), (r['file'], k, v)
        assert r['file'] not in forms
        forms.add(r['form'])
        years.add(r['year'])
        levels.add(r['level'])
        path = os.path.join(OUT, r['file'])
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        manifest.append({'file': r['file'], 'form': r['form'], 'era': r['era'], 'agency': r['agency'],
                         'level': r['level'], 'year': r['year'], 'gold': g, 'notes': r['notes']})
    assert len(forms) == 9 and len(manifest) == 9
    with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write('\n')
    for e in manifest:
        print('%-30s %-22s %s %d %4d gold keys' % (e['file'], e['form'], e['era'], e['year'], len(e['gold'])))


if __name__ == '__main__':
    main()
