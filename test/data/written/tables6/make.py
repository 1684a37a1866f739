#!/usr/bin/env python3
"""Held-out test set 6 (tables): eight invented 政府信息公开工作年度报告 carrying the
national tables 二/三/四, each in a form real reports arrive in that the earlier
held-out sets (tables … tables5) did not cover.

Deterministic (no clock, own PRNG), stdlib only.

    python3 make.py     # writes the eight files, manifest.json and README.md

All figures are built here; every hard identity of spec §7.1 is asserted for
every report except the one deliberately unbalanced (whose broken identities are
asserted to fail); the gold is taken from the same figures the renderers print.
"""
import html
import json
import os
import quopri
import re
import string
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = (1 << 64) - 1


class Rng:
    def __init__(self, seed):
        self.s = seed & MASK

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & MASK
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n


# ---------------------------------------------------------------------------
# labels (spec §3, §4)
# ---------------------------------------------------------------------------
COLS = ['person', 'business', 'research', 'nonprofit', 'legal', 'other', 'total']
COL_LABEL = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
T4_BLOCKS = ['review', 'suit_direct', 'suit_after_review']
T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']
T4_LABEL = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
R3 = '三、本年度办理结果'
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


def t3_rows(template):
    R = [dict(key='new', top='一、本年新收政府信息公开申请数量'),
         dict(key='carried_over', top='二、上年结转政府信息公开申请数量'),
         dict(key='granted', grp='（一）予以公开'),
         dict(key='partial', grp='（二）部分公开（区分处理的，只计这一情形，不计其他情形）')]
    groups = [('（三）不予公开', DENIED, 'denied.'), ('（四）无法提供', UNABLE, 'unable.'),
              ('（五）不予处理', NOTPROC, 'not_processed.')]
    if template == '2021':
        groups.append(('（六）其他处理', OTHER21, 'other_handling.'))
    for gl, items, pre in groups:
        for i, (k, l) in enumerate(items):
            R.append(dict(key=pre + k, grp=gl, sub=l, first=(i == 0), gsize=len(items)))
    if template == '2019':
        R.insert(len(R), dict(key='other_handling.other', grp='（六）其他处理'))
    R.append(dict(key='processed', grp='（七）总计'))
    R.append(dict(key='carried_forward', top='四、结转下年度继续办理'))
    for r in R:
        for k, v in (('top', None), ('grp', None), ('sub', None), ('first', True), ('gsize', 1)):
            r.setdefault(k, v)
        r['outcome'] = r['key'] not in ('new', 'carried_over', 'processed', 'carried_forward')
    return R


def t2_blocks(template, norm_label=None):
    if template == '2021':
        return [('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'],
                 [('regulations', '规章', ['issued', 'repealed', 'in_force']),
                  ('normative_documents', norm_label or '行政规范性文件', ['issued', 'repealed', 'in_force'])]),
                ('第二十条第（五）项', ['本年处理决定数量'], [('licensing', '行政许可', ['decisions'])]),
                ('第二十条第（六）项', ['本年处理决定数量'],
                 [('penalty', '行政处罚', ['decisions']), ('coercion', '行政强制', ['decisions'])]),
                ('第二十条第（八）项', ['本年收费金额（单位：万元）'], [('fees', '行政事业性收费', ['amount'])])]
    three = ['items_last_year', 'items_change', 'decisions']
    return [('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
             [('regulations', '规章', ['made', 'published', 'public_total']),
              ('normative_documents', norm_label or '规范性文件', ['made', 'published', 'public_total'])]),
            ('第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'],
             [('licensing', '行政许可', three), ('other_services', '其他对外管理服务事项', three)]),
            ('第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'],
             [('penalty', '行政处罚', three), ('coercion', '行政强制', three)]),
            ('第二十条第（八）项', ['上一年项目数量', '本年增/减'],
             [('fees', '行政事业性收费', ['items_last_year', 'items_change'])]),
            ('第二十条第（九）项', ['采购项目数量', '采购总金额'],
             [('procurement', '政府集中采购', ['items', 'amount'])])]


# ---------------------------------------------------------------------------
# figures
# ---------------------------------------------------------------------------
BASE_W = {'granted': 300, 'partial': 70, 'denied.state_secret': 2, 'denied.prohibited': 5,
          'denied.security': 4, 'denied.third_party': 14, 'denied.internal': 15,
          'denied.process': 18, 'denied.enforcement': 10, 'denied.query': 28,
          'unable.not_held': 240, 'unable.needs_creation': 30, 'unable.unclear': 20,
          'not_processed.petition': 45, 'not_processed.repeated': 30,
          'not_processed.publication': 6, 'not_processed.excessive': 10,
          'not_processed.confirmation': 14, 'other_handling.no_correction': 40,
          'other_handling.fee_unpaid': 3, 'other_handling.other': 35}


def build_apps(rep):
    rows = t3_rows(rep['template'])
    outcome = [r['key'] for r in rows if r['outcome']]
    w = dict(BASE_W)
    if rep['template'] == '2019':
        w['other_handling.other'] += 40
    w.update(rep.get('weights', {}))
    weights = [w[k] for k in outcome]
    rng = Rng(rep['seed'])
    A = {r['key']: [0] * 7 for r in rows}
    for ci, c in enumerate(COLS[:6]):
        handled, co, cf = rep['apps'][c]
        A['new'][ci] = handled - co
        A['carried_over'][ci] = co
        A['carried_forward'][ci] = cf
        A['processed'][ci] = handled - cf
        for _ in range(handled - cf):
            x = rng.below(sum(weights))
            for k, wk in zip(outcome, weights):
                if x < wk:
                    A[k][ci] += 1
                    break
                x -= wk
    for k in A:
        A[k][6] = sum(A[k][:6])
    return A


def identities(rep, A, P):
    """List of failing hard identities (spec §7.1) for table 三/四 figures."""
    rows = t3_rows(rep['template'])
    outcome = [r['key'] for r in rows if r['outcome']]
    bad = []
    assert len(rows) == (25 if rep['template'] == '2021' else 23)
    for r in rows:
        v = A[r['key']]
        assert len(v) == 7 and all(isinstance(x, int) and x >= 0 for x in v)        # DOM-1
        if v[6] != sum(v[:6]):
            bad.append('T3-ROW ' + r['key'])
    for ci in range(7):
        if A['processed'][ci] != sum(A[k][ci] for k in outcome):
            bad.append('T3-SUM ' + COLS[ci])
        if A['new'][ci] + A['carried_over'][ci] != A['processed'][ci] + A['carried_forward'][ci]:
            bad.append('T3-COL ' + COLS[ci])
    for b in T4_BLOCKS:
        v = P[b]
        assert len(v) == 5 and all(isinstance(x, int) and x >= 0 for x in v)
        if v[4] != sum(v[:4]):
            bad.append('T4 ' + b)
    return bad


def check_active(rep):
    act = rep['active']
    for caption, heads, rws in t2_blocks(rep['template']):
        for rk, label, fields in rws:
            assert len(fields) == len(heads)
            for f in fields:
                v = act[rk][f]
                if f == 'amount':
                    assert isinstance(v, str) and Decimal(v) >= 0                       # DOM-3
                elif f == 'items_change':
                    assert isinstance(v, int)                                           # DOM-2 signed
                else:
                    assert isinstance(v, int) and v >= 0, (rep['id'], rk, f)           # DOM-2
    if rep['template'] == '2019':
        for rk in ('regulations', 'normative_documents'):
            assert act[rk]['published'] <= act[rk]['public_total']                      # T2-19 (soft)
    if rep['level_code'] not in ('ministry', 'province_gov', 'city_gov'):               # T2-AUTH (soft)
        assert all(x == 0 for x in act['regulations'].values()), rep['id']


def A21(regs, norm, lic, pen, coe, fee):
    return {'regulations': dict(zip(['issued', 'repealed', 'in_force'], regs)),
            'normative_documents': dict(zip(['issued', 'repealed', 'in_force'], norm)),
            'licensing': {'decisions': lic}, 'penalty': {'decisions': pen},
            'coercion': {'decisions': coe}, 'fees': {'amount': fee}}


def A19(regs, norm, lic, oth, pen, coe, fee, proc):
    k3 = ['items_last_year', 'items_change', 'decisions']
    return {'regulations': dict(zip(['made', 'published', 'public_total'], regs)),
            'normative_documents': dict(zip(['made', 'published', 'public_total'], norm)),
            'licensing': dict(zip(k3, lic)), 'other_services': dict(zip(k3, oth)),
            'penalty': dict(zip(k3, pen)), 'coercion': dict(zip(k3, coe)),
            'fees': dict(zip(['items_last_year', 'items_change'], fee)),
            'procurement': {'items': proc[0], 'amount': proc[1], 'unit': proc[2]}}


def money_num(s):
    d = Decimal(s)
    return int(d) if d == d.to_integral_value() else float(s)


def raw_value(rep, path):
    p = path.split('.')
    if p[0] == 'active':
        return rep['active'][p[1]][p[2]]
    if p[0] == 'applications':
        return rep['A']['.'.join(p[1:-1])][COLS.index(p[-1])]
    return rep['appeals'][p[1]][T4_COLS.index(p[2])]


def all_paths(rep):
    out = []
    for caption, heads, rws in t2_blocks(rep['template']):
        for rk, label, fields in rws:
            for f in fields:
                out.append('active.%s.%s' % (rk, f))
    for r in t3_rows(rep['template']):
        for c in COLS:
            out.append('applications.%s.%s' % (r['key'], c))
    for b in T4_BLOCKS:
        for c in T4_COLS:
            out.append('appeals.%s.%s' % (b, c))
    return out


def printed_value(rep, path):
    """The figure as the report prints it (a typo replaces the true figure)."""
    if path in rep.get('typo', {}):
        return rep['typo'][path]
    return raw_value(rep, path)


def cell(rep, path):
    """Printed text of a table cell."""
    if path in rep['blank']:
        return rep['blank'][path]
    if path in rep.get('fmt', {}):
        return rep['fmt'][path]
    v = printed_value(rep, path)
    if path.endswith('.items_change') and v > 0 and rep.get('plus_sign'):
        return '+%d' % v
    if path == 'active.procurement.amount':
        return v + (rep['active']['procurement'].get('unit') or '')
    return str(v)


def make_gold(rep):
    g = {'year': rep['year'], 'agency': rep['agency_printed'], 'kind': 'annual_report',
         'template': rep['template'], 'published': rep['published'], 'script': 'hans'}
    for path in all_paths(rep):
        v = printed_value(rep, path)
        if path in rep['blank']:
            assert v == 0, (rep['id'], 'blanked non-zero', path)
            g[path] = None
        elif path.endswith('.amount'):
            g[path] = money_num(v)
        else:
            g[path] = v
    if rep['template'] == '2019':
        g['active.procurement.amount_unit'] = rep['active']['procurement'].get('unit')
    g['balance_ok'] = not rep.get('typo')
    for k, v in sorted(rep['narrative'].items()):
        g['narrative.' + k] = v
    return g


# ---------------------------------------------------------------------------
# table models: list of rows, each a list of cells {t, rs, cs, kind}
# kind: 'h' header / 'l' label / 'v' value
# ---------------------------------------------------------------------------
def C(t, rs=1, cs=1, kind='l', path=None):
    return dict(t=t, rs=rs, cs=cs, kind=kind, path=path)


def V(rep, path, cs=1):
    return C(cell(rep, path), 1, cs, 'v', path)


def label(rep, s):
    return rep.get('labels', {}).get(s, s)


def model_t2(rep):
    """Table 二 on a 4-column grid."""
    rows = []
    for caption, heads, rws in t2_blocks(rep['template'], rep.get('norm_label')):
        rows.append([C(label(rep, caption), 1, 4, 'h')])
        if len(heads) == 3:
            rows.append([C('信息内容', kind='h')] + [C(label(rep, h), kind='h') for h in heads])
        elif len(heads) == 2:
            rows.append([C('信息内容', kind='h'), C(label(rep, heads[0]), kind='h'),
                         C(label(rep, heads[1]), 1, 2, 'h')])
        else:
            rows.append([C('信息内容', kind='h'), C(label(rep, heads[0]), 1, 3, 'h')])
        for rk, lab, fields in rws:
            row = [C(label(rep, lab))]
            if len(fields) == 3:
                row += [V(rep, 'active.%s.%s' % (rk, f)) for f in fields]
            elif len(fields) == 2:
                row += [V(rep, 'active.%s.%s' % (rk, fields[0])), V(rep, 'active.%s.%s' % (rk, fields[1]), 2)]
            else:
                row += [V(rep, 'active.%s.%s' % (rk, fields[0]), 3)]
            rows.append(row)
    return rows


def model_t3_header():
    return [[C(NOTE, 3, 3, 'h'), C('申请人情况', 1, 7, 'h')],
            [C('自然人', 2, 1, 'h'), C('法人或其他组织', 1, 5, 'h'), C('总计', 2, 1, 'h')],
            [C(x, kind='h') for x in COL_LABEL[1:6]]]


def model_t3_body(rep):
    rows = []
    R = t3_rows(rep['template'])
    n_out = sum(1 for r in R if r['grp'])  # rows spanned by 三、本年度办理结果
    first_out = True
    for r in R:
        vals = [V(rep, 'applications.%s.%s' % (r['key'], c)) for c in COLS]
        if r['top']:
            row = [C(label(rep, r['top']), 1, 3)]
        else:
            row = []
            if first_out:
                row.append(C(label(rep, R3), n_out, 1))
                first_out = False
            if r['sub']:
                if r['first']:
                    row.append(C(label(rep, r['grp']), r['gsize'], 1))
                row.append(C(label(rep, r['sub'])))
            else:
                row.append(C(label(rep, r['grp']), 1, 2))
        rows.append(row + vals)
    return rows


def model_t3(rep):
    return model_t3_header() + model_t3_body(rep)


def model_t4(rep):
    rows = [[C('行政复议', 1, 5, 'h'), C('行政诉讼', 1, 10, 'h')],
            [C(x, 2, 1, 'h') for x in T4_LABEL] + [C('未经复议直接起诉', 1, 5, 'h'), C('复议后起诉', 1, 5, 'h')],
            [C(x, kind='h') for x in T4_LABEL] * 2,
            [V(rep, 'appeals.%s.%s' % (b, c)) for b in T4_BLOCKS for c in T4_COLS]]
    return rows


def expand(ncols, rows):
    """grid[r][c] = (cell, r0, c0) of the cell covering it."""
    grid = []
    pending = {}
    for ri, row in enumerate(rows):
        line = [None] * ncols
        for c, v in list(pending.items()):
            cellv, r0, c0, left = v
            line[c] = (cellv, r0, c0)
            if left == 1:
                del pending[c]
            else:
                pending[c] = (cellv, r0, c0, left - 1)
        ci = 0
        for cl in row:
            while line[ci] is not None:
                ci += 1
            for dc in range(cl['cs']):
                line[ci + dc] = (cl, ri, ci)
                if cl['rs'] > 1:
                    pending[ci + dc] = (cl, ri, ci, cl['rs'] - 1)
            ci += cl['cs']
        assert all(x is not None for x in line), (ri, row)
        grid.append(line)
    assert not pending
    return grid


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1 for ch in s)


NO_LINE_START = '，。、；：？！）》”’」』】〕'


def wrap_dw(s, width):
    if s == '':
        return ['']
    lines, cur, cw = [], '', 0
    for ch in s:
        w = dw(ch)
        if cw + w > width and cur:
            lines.append(cur)
            cur, cw = '', 0
        cur += ch
        cw += w
    lines.append(cur)
    for i in range(1, len(lines)):
        while lines[i] and lines[i][0] in NO_LINE_START:
            lines[i - 1] += lines[i][0]
            lines[i] = lines[i][1:]
    # keep numbers whole: never end a line inside a run of ASCII digits
    for i in range(len(lines) - 1):
        m = re.search(r'[0-9.%]+$', lines[i])
        if m and lines[i + 1][:1].isdigit() and m.start() > 0:
            lines[i + 1] = lines[i][m.start():] + lines[i + 1]
            lines[i] = lines[i][:m.start()]
    return [ln for ln in lines if ln != ''] or ['']


def pad(s, width):
    return s + ' ' * max(0, width - dw(s))


def cn_date(iso):
    y, m, d = iso.split('-')
    return '%d年%d月%d日' % (int(y), int(m), int(d))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


CN_DIG = '零一二三四五六七八九'


def cn_num(n):
    assert 0 <= n < 100
    if n == 2:
        return '两'
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else CN_DIG[t]) + '十' + (CN_DIG[u] if u else '')


def compose(segs):
    """segs: list of (x, text); build a line with the texts at display column x."""
    out, w = '', 0
    for x, t in sorted(segs):
        if t == '':
            continue
        if w > 0 and x <= w:
            x = w + 1
        out += ' ' * (x - w) + t
        w = x + dw(t)
    return out.rstrip()


def layout_table(rows, ncols, widths, valign='top', gap=2, indent=0, label_valign=None):
    """Simulate pdftotext -layout of a ruled table: returns (lines, row_start_line)."""
    label_valign = label_valign or valign
    grid = expand(ncols, rows)
    xs = []
    x = indent
    for w in widths:
        xs.append(x)
        x += w + gap
    nrows = len(rows)
    # wrapped lines of each origin cell
    origins = []
    for r in range(nrows):
        for c in range(ncols):
            cl, r0, c0 = grid[r][c]
            if r0 == r and c0 == c:
                width = sum(widths[c:c + cl['cs']]) + gap * (cl['cs'] - 1)
                origins.append((r, c, cl, width, wrap_dw(cl['t'], width)))
    h = [1] * nrows
    for r, c, cl, width, lines in origins:
        if cl['rs'] == 1:
            h[r] = max(h[r], len(lines))
    for r, c, cl, width, lines in origins:
        if cl['rs'] > 1:
            tot = sum(h[r:r + cl['rs']])
            if len(lines) > tot:
                h[r + cl['rs'] - 1] += len(lines) - tot
    start = [0]
    for r in range(nrows):
        start.append(start[-1] + h[r])
    canvas = [[] for _ in range(start[-1])]
    for r, c, cl, width, lines in origins:
        span = start[r + cl['rs']] - start[r]
        va = valign if cl['kind'] == 'v' else label_valign
        off = 0 if va == 'top' else (span - len(lines)) // 2
        for i, ln in enumerate(lines):
            if cl['kind'] in ('v', 'h'):
                xx = xs[c] + max(0, (width - dw(ln)) // 2)
            else:
                xx = xs[c]
            canvas[start[r] + off + i].append((xx, ln))
    return [compose(s) for s in canvas], start


def html_to_text(src):
    """Generic decoding used by the self-check: drop scripts/styles/comments,
    tags -> separators, entities unescaped."""
    s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', src)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|div|tr|h\d|li)>', '\n', s)
    s = re.sub(r'(?i)</t[dh]>', '\t', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s).replace('\xa0', ' ')

# ---------------------------------------------------------------------------
# prose
# ---------------------------------------------------------------------------
RULE19 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）'
RULE21 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）'
INTRO = ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{rule}要求编制。'
         '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、'
         '政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。'
         '本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。{contact}')

PH_NARR = {'recv': 'applications_received', 'done': 'applications_completed',
           'cf': 'applications_carried_forward', 'rev': 'reviews', 'suit': 'lawsuits',
           'rev_cn': 'reviews', 'suit_cn': 'lawsuits',
           'active_total': 'active_total', 'press_conferences': 'press_conferences',
           'interpretations': 'interpretations', 'new_media_posts': 'new_media_posts',
           'npc_suggestions': 'npc_suggestions', 'cppcc_proposals': 'cppcc_proposals',
           'fees_collected': 'fees_collected'}

HEADS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
         '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']


def figures_for_prose(rep):
    A, P = rep['A'], rep['appeals']
    F = dict(recv=A['new'][6], co=A['carried_over'][6], done=A['processed'][6],
             cf=A['carried_forward'][6], rev=P['review'][4],
             suit=P['suit_direct'][4] + P['suit_after_review'][4],
             gp=A['granted'][6] + A['partial'][6], granted=A['granted'][6], partial=A['partial'][6],
             not_held=A['unable.not_held'][6], year=rep['year'], prev=rep['year'] - 1,
             nxt=rep['year'] + 1, agency=rep['agency_printed'],
             rule=RULE21 if rep['template'] == '2021' else RULE19, contact=rep.get('contact', ''))
    F['handled'] = F['recv'] + F['co']
    F['rev_cn'] = cn_num(F['rev']) if F['rev'] < 100 else str(F['rev'])
    F['suit_cn'] = cn_num(F['suit']) if F['suit'] < 100 else str(F['suit'])
    if rep['template'] == '2021':
        F['fee_unpaid'] = A['other_handling.fee_unpaid'][6]
    F.update(rep.get('narr', {}))
    return F


def fill(rep, tpl, F):
    for _, field, _, _ in string.Formatter().parse(tpl):
        if field and field in PH_NARR:
            k = PH_NARR[field]
            v = F[field[:-3]] if field.endswith('_cn') else F[field]
            assert rep['narrative'].get(k, v) == v, (rep['id'], k)
            rep['narrative'][k] = v
    return tpl.format(**F)


def build_doc(rep):
    """Blocks: ('title', s) ('h', s) ('sub', s) ('p', s) ('table', name) ('sign', s) ('date', s)."""
    F = figures_for_prose(rep)
    heads = list(HEADS)
    for i, h in rep.get('heads', {}).items():
        heads[i] = h
    P = rep['prose']
    doc = [('title', rep['title'])]
    for p in P.get('pre', []):
        doc.append(('p', fill(rep, p, F)))
    doc.append(('p', fill(rep, INTRO, F)))
    doc.append(('h', heads[0]))
    for sub, p in P['s1']:
        if sub:
            doc.append(('sub', sub))
        if p == '@DISTRACTOR':
            doc.append(('distractor', rep['distractor']))
        else:
            doc.append(('p', fill(rep, p, F)))
    for i, t in ((1, 't2'), (2, 't3'), (3, 't4')):
        doc.append(('h', heads[i]))
        for p in P.get('before_' + t, []):
            doc.append(('p', fill(rep, p, F)))
        doc.append(('table', t))
        for p in P.get('after_' + t, []):
            doc.append(('p', fill(rep, p, F)))
    doc.append(('h', heads[4]))
    for p in P['s5']:
        doc.append(('p', fill(rep, p, F)))
    doc.append(('h', heads[5]))
    for sub, p in P['s6']:
        if sub:
            doc.append(('sub', sub))
        doc.append(('p', fill(rep, p, F)))
    for p in P.get('post', []):
        doc.append(('p', fill(rep, p, F)))
    if any(k == 'p' and '未收取信息处理费' in t for k, t in doc) and 'fees_collected' not in rep['narrative']:
        rep['narrative']['fees_collected'] = 0
    doc.append(('sign', rep['signature']))
    doc.append(('date', cn_date(rep['published'])))
    return doc



# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------
def wrap_para(text, width, first='    ', rest=''):
    lines = wrap_dw(text, width - dw(first))
    out = [first + lines[0]]
    if len(lines) > 1:
        out += [rest + ln for ln in wrap_dw(''.join(lines[1:]), width - dw(rest))]
    return out


def table_model(rep, name):
    return {'t2': (model_t2(rep), 4), 't3': (model_t3(rep), 10), 't4': (model_t4(rep), 15)}[name]


# 1. pdftotext -layout of a Word PDF; table 三 continues on the next page with
#    its header rows repeated (Word "重复标题行"), running header, page footers.
def render_word_layout(rep):
    W = 66
    items = []   # (line, can_break_before, tag)
    for kind, s in rep['doc']:
        if kind == 'title':
            for t in s.split('\n'):
                items.append((' ' * ((W - dw(t)) // 2) + t, True, None))
            items.append(('', True, None))
        elif kind in ('h', 'sub'):
            items.append(('    ' + s, True, None))
        elif kind == 'p':
            for i, ln in enumerate(wrap_para(s, W)):
                items.append((ln, True, None))
        elif kind == 'table':
            rows, n = table_model(rep, s)
            widths = {'t2': [24, 16, 16, 16], 't3': [2, 12, 22] + [6] * 7, 't4': [4] * 15}[s]
            lines, start = layout_table(rows, n, widths, valign='top', gap=2, indent=2)
            brk = None
            if s == 't3':
                keys = [r['key'] for r in t3_rows(rep['template'])]
                brk = start[3 + keys.index(rep['t3_break_before'])]
                rep['_t3_header'] = lines[:start[3]]
            for i, ln in enumerate(lines):
                tag = 'force' if i == brk else None
                items.append((ln, i == 0, tag))
            items.append(('', True, None))
        elif kind == 'sign':
            items.append((' ' * (W - dw(s)) + s, True, None))
        elif kind == 'date':
            items.append((' ' * (W - dw(s) - 2) + s, False, None))
    pages, cur = [], []
    for ln, can, tag in items:
        if tag == 'force' or (can and len(cur) >= rep['page_lines']):
            pages.append(cur)
            cur = []
            if tag == 'force':
                cur += rep['_t3_header']
        if not cur and ln == '':
            continue
        cur.append(ln)
    pages.append(cur)
    total = len(pages)
    out = []
    for i, pg in enumerate(pages):
        block = []
        if i > 0:
            rh = rep['running_header']
            block += [' ' * (W - dw(rh)) + rh, '']
        block += pg
        foot = '第 %d 页 共 %d 页' % (i + 1, total)
        block += ['', '', ' ' * ((W - dw(foot)) // 2) + foot, '']
        out.append('\n'.join(block))
    return ('\f'.join(out) + '\f').encode('utf-8')


# 8. browser "print to PDF" of the CMS page, then pdftotext -layout: Chrome's
#    print header (date/time, page title) and footer (URL, n/m) on every page;
#    merged label cells vertically centred in their span; rows broken across pages.
def render_print_layout(rep):
    W = 88
    items = []
    for kind, s in rep['doc']:
        if kind == 'title':
            for t in s.split('\n'):
                items.append((' ' * ((W - dw(t)) // 2) + t, True))
            meta = '发布日期：%s    来源：%s    浏览次数：%d' % (rep['published'], rep['source'], rep['views'])
            items.append((' ' * ((W - dw(meta)) // 2) + meta, True))
            items.append(('', True))
        elif kind in ('h', 'sub'):
            items.append(('      ' + s, True))
        elif kind == 'p':
            for ln in wrap_para(s, W - 4, first='      ', rest='  '):
                items.append((ln, True))
        elif kind == 'table':
            rows, n = table_model(rep, s)
            widths = {'t2': [26, 20, 20, 20], 't3': [6, 14, 28] + [5] * 7, 't4': [5] * 15}[s]
            lines, start = layout_table(rows, n, widths, valign='middle', gap=1, indent=2)
            row_starts = set(start)
            for i, ln in enumerate(lines):
                items.append((ln, i in row_starts))
            items.append(('', True))
        elif kind in ('sign', 'date'):
            items.append((' ' * (W - dw(s) - 4) + s, False))
    pages, cur = [], []
    for ln, can in items:
        if can and len(cur) >= rep['page_lines']:
            pages.append(cur)
            cur = []
        if not cur and ln == '':
            continue
        cur.append(ln)
    pages.append(cur)
    total = len(pages)
    out = []
    for i, pg in enumerate(pages):
        left = rep['print_time']
        title = rep['page_title']
        head = left + ' ' * max(6, W // 2 - dw(left) - dw(title) // 2) + title
        foot = rep['url'] + ' ' * max(2, W - dw(rep['url']) - len('%d/%d' % (i + 1, total))) + '%d/%d' % (i + 1, total)
        out.append('\n'.join([head] + pg + ['', foot]) + '\n')
    return ('\f'.join(out) + '\f').encode('utf-8')


# HTML tables with spans; cell/paragraph decoration per form
def html_table(rows, td, table_open, row_open='<tr>', indent=''):
    out = [indent + table_open]
    for ri, row in enumerate(rows):
        ro = row_open(ri) if callable(row_open) else row_open
        out.append(indent + ' ' + ro)
        for cl in row:
            out.append(indent + '  ' + td(cl, ri))
        out.append(indent + ' </tr>')
    out.append(indent + '</table>')
    return out


def span_attrs(cl, q='"'):
    a = ''
    if cl['rs'] > 1:
        a += ' rowspan=%s%d%s' % (q, cl['rs'], q)
    if cl['cs'] > 1:
        a += ' colspan=%s%d%s' % (q, cl['cs'], q)
    return a


# 2. TRS / 集约化 CMS page: inline-styled cells, labels broken by <br>,
#    numbers in <span> padded with &nbsp;
def render_trs(rep):
    BR = rep['br']

    def td(cl, ri):
        t = BR.get(cl['t'], cl['t'])
        st = ('border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt;'
              'vertical-align:middle' if ri else
              'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;vertical-align:middle')
        if cl['kind'] == 'v':
            inner = ('<span style="font-size:10.5pt;font-family:\'Times New Roman\'">&nbsp;%s&nbsp;</span>'
                     % esc(t))
        else:
            inner = ('<span style="font-size:10.5pt;font-family:仿宋_GB2312">%s</span>'
                     % '<br>'.join(esc(x) for x in t.split('\n')))
        align = 'left' if cl['kind'] == 'l' and not cl['t'].startswith(('三、', '（三）', '（四）', '（五）')) else 'center'
        return ('<td%s style="%s"><p class="MsoNormal" align="%s" style="text-align:%s;line-height:15.0pt">'
                '%s</p></td>' % (span_attrs(cl), st, align, align, inner))

    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
           '<html xmlns="http://www.w3.org/1999/xhtml">', '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
           '<meta name="SiteName" content="%s" />' % rep['site'],
           '<meta name="ColumnName" content="政府信息公开年报" />',
           '<meta name="ArticleTitle" content="%s" />' % rep['title'].replace('\n', ''),
           '<meta name="PubDate" content="%s 09:30" />' % rep['published'],
           '<meta name="ContentSource" content="%s" />' % rep['agency_printed'],
           '<title>%s_%s</title>' % (rep['title'].replace('\n', ''), rep['site']),
           '<link href="/images/22/style.css" rel="stylesheet" type="text/css" />',
           '<script type="text/javascript" src="/js/jquery.min.js"></script>',
           '</head>', '<body>',
           '<div class="top"><div class="logo"><img src="/images/22/logo.png" alt="%s" /></div>' % rep['site'],
           '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></div></div>',
           '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a></div>',
           '<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">',
           '<tr><td class="t1">索引号：</td><td>%s</td><td class="t1">发布机构：</td><td>%s</td></tr>' % (rep['index_no'], rep['agency_printed']),
           '<tr><td class="t1">发布日期：</td><td>%s</td><td class="t1">主题分类：</td><td>政务公开</td></tr>' % rep['published'],
           '</table>',
           '<div class="article"><h1>%s</h1>' % rep['title'].replace('\n', ''),
           '<div class="info">发布时间：%s 09:30&nbsp;&nbsp;来源：%s&nbsp;&nbsp;字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>' % (rep['published'], rep['agency_printed']),
           '<div class="article-content">',
           '<div class="TRS_Editor"><style type="text/css">',
           '.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{font-family:宋体;font-size:12pt;}',
           '</style>', '<div class="Custom_UnionStyle">']
    P = 'style="text-indent:2em;text-align:justify"'
    for kind, s in rep['doc']:
        if kind == 'title':
            continue
        if kind == 'h':
            out.append('<p %s><strong><span style="font-family:黑体">%s</span></strong></p>' % (P, esc(s)))
        elif kind == 'sub':
            out.append('<p %s><span style="font-family:楷体_GB2312">%s</span></p>' % (P, esc(s)))
        elif kind == 'p':
            out.append('<p %s>%s</p>' % (P, esc(s)))
        elif kind == 'table':
            rows, n = table_model(rep, s)
            out += html_table(rows, td, '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="%d" style="width:%s;border-collapse:collapse;border:none">' % (600, '450.0pt'),
                              row_open=lambda ri: '<tr style="height:%s">' % ('28.5pt' if ri < 3 else '18.0pt'))
        elif kind in ('sign', 'date'):
            out.append('<p style="text-align:right">%s</p>' % esc(s))
    out += ['</div></div>', '</div>',
            '<div class="fx">分享到：<a class="wx"></a><a class="wb"></a></div>',
            '<div class="btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
            '</div>',
            '<div class="footer"><p>主办：%s&nbsp;&nbsp;承办：%s</p><p>网站标识码：%s&nbsp;&nbsp;%s</p></div>' % (rep['sponsor'], rep['agency_printed'], rep['site_code'], rep['icp']),
            '</body>', '</html>', '']
    return '\n'.join(out).encode('utf-8')


# 3. MinerU (PDF -> markdown): '#' headings, tables as one-line HTML
#    (<html><body><table>…) with rowspan/colspan, image placeholders.
def render_mineru(rep):
    def tbl(rows):
        s = '<html><body><table>'
        for row in rows:
            s += '<tr>' + ''.join('<td%s>%s</td>' % (span_attrs(cl), esc(cl['t'])) for cl in row) + '</tr>'
        return s + '</table></body></html>'
    out = []
    for kind, s in rep['doc']:
        if kind == 'title':
            out.append('# ' + s.replace('\n', ''))
        elif kind == 'h':
            out.append('# ' + s)
        elif kind == 'sub':
            out.append(s)
        elif kind == 'p':
            out.append(s)
        elif kind == 'table':
            rows, n = table_model(rep, s)
            out.append(tbl(rows))
        elif kind == 'sign':
            out.append(s)
        elif kind == 'date':
            out.append(s)
            out.append('![](images/%s.jpg)' % rep['img'])
    return ('\n\n'.join(out) + '\n').encode('utf-8')


# 4. Excel "save as web page" (single sheet .htm): <col> widths, mso-number-format,
#    x:num / x:str, class=xlNN, conditional-comment workbook XML, CRLF.
XL_COLS = [40, 96, 176] + [58] * 12          # A:O


def render_excel_page(rep):
    ncol = len(XL_COLS)
    stem = rep['stem']
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml"',
           'xmlns:o="urn:schemas-microsoft-com:office:office"',
           'xmlns:x="urn:schemas-microsoft-com:office:excel"',
           'xmlns="http://www.w3.org/TR/REC-html40">', '', '<head>',
           '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
           '<meta name=ProgId content=Excel.Sheet>',
           '<meta name=Generator content="Microsoft Excel 15">',
           '<link rel=File-List href="%s.files/filelist.xml">' % stem,
           '<style id="%s_31427_Styles">' % stem, '<!--table',
           '\t{mso-displayed-decimal-separator:"\\.";', '\tmso-displayed-thousand-separator:"\\,";}',
           '.xl65\n\t{mso-style-parent:style0;\n\tfont-size:16.0pt;\n\tfont-family:方正小标宋简体;\n\tmso-generic-font-family:auto;\n\ttext-align:center;\n\tvertical-align:middle;}',
           '.xl66\n\t{mso-style-parent:style0;\n\tfont-size:12.0pt;\n\tfont-family:仿宋_GB2312;\n\ttext-align:left;\n\tvertical-align:middle;\n\twhite-space:normal;}',
           '.xl67\n\t{mso-style-parent:style0;\n\tfont-family:宋体;\n\ttext-align:center;\n\tvertical-align:middle;\n\tborder:.5pt solid windowtext;\n\twhite-space:normal;}',
           '.xl68\n\t{mso-style-parent:style0;\n\tfont-family:"Times New Roman", serif;\n\tmso-number-format:"0_ ";\n\ttext-align:center;\n\tvertical-align:middle;\n\tborder:.5pt solid windowtext;}',
           '.xl69\n\t{mso-style-parent:style0;\n\tfont-family:"Times New Roman", serif;\n\tmso-number-format:"0\\.00_ ";\n\ttext-align:center;\n\tvertical-align:middle;\n\tborder:.5pt solid windowtext;}',
           '.xl70\n\t{mso-style-parent:style0;\n\tfont-family:宋体;\n\ttext-align:left;\n\tvertical-align:middle;\n\tborder:.5pt solid windowtext;\n\twhite-space:normal;}',
           '.xl71\n\t{mso-style-parent:style0;\n\tfont-size:12.0pt;\n\tfont-family:黑体;\n\ttext-align:left;\n\tvertical-align:middle;}',
           '-->', '</style>', '<!--[if gte mso 9]><xml>', ' <x:ExcelWorkbook>', '  <x:ExcelWorksheets>',
           '   <x:ExcelWorksheet>', '    <x:Name>%s</x:Name>' % rep['sheet'], '    <x:WorksheetOptions>',
           '     <x:DefaultRowHeight>285</x:DefaultRowHeight>',
           '     <x:Print>', '      <x:ValidPrinterInfo/>', '      <x:PaperSizeIndex>9</x:PaperSizeIndex>',
           '      <x:HorizontalResolution>600</x:HorizontalResolution>', '     </x:Print>',
           '     <x:Selected/>', '     <x:ProtectContents>False</x:ProtectContents>',
           '    </x:WorksheetOptions>', '   </x:ExcelWorksheet>', '  </x:ExcelWorksheets>',
           '  <x:WindowHeight>12645</x:WindowHeight>', '  <x:WindowWidth>28800</x:WindowWidth>',
           '  <x:ProtectStructure>False</x:ProtectStructure>', '  <x:ProtectWindows>False</x:ProtectWindows>',
           ' </x:ExcelWorkbook>', '</xml><![endif]-->', '</head>', '', '<body link="#0563C1" vlink="#954F72">', '',
           '<table border=0 cellpadding=0 cellspacing=0 width=%d style=\'border-collapse:collapse;table-layout:fixed;width:%dpt\'>'
           % (sum(XL_COLS), sum(XL_COLS) * 3 // 4)]
    for w in XL_COLS:
        out.append(' <col width=%d style=\'mso-width-source:userset;mso-width-alt:%d;width:%dpt\'>' % (w, w * 32, w * 3 // 4))

    def row(cells, height=19):
        return [' <tr height=%d style=\'height:%.2fpt\'>' % (height, height * 0.75)] + cells + [' </tr>']

    def td(cl, cs=None):
        a = dict(cl)
        if cs is not None:
            a['cs'] = cs
        t = a['t']
        if a['kind'] == 'v':
            if re.fullmatch(r'-?\d+', t):
                return '  <td%s class=xl68 x:num>%s</td>' % (span_attrs(a, q=''), t)
            if re.fullmatch(r'\d+\.\d+', t):
                stored = format(Decimal(t).normalize(), 'f')
                return '  <td%s class=xl69 x:num="%s">%s</td>' % (span_attrs(a, q=''), stored, t)
            return '  <td%s class=xl67 x:str>%s</td>' % (span_attrs(a, q=''), esc(t))
        cls = 'xl67' if a['kind'] == 'h' or a['rs'] > 1 else 'xl70'
        return '  <td%s class=%s>%s</td>' % (span_attrs(a, q=''), cls, esc(t))

    def filler(n):
        return ['  <td colspan=%d style=\'mso-ignore:colspan\'></td>' % n] if n else []

    # table 二 (4 grid columns) on A:J: A:C | D:E | F:G | H:J
    T2MAP = [(0, 3), (3, 5), (5, 7), (7, 10)]
    for kind, s in rep['doc']:
        if kind == 'title':
            out += row(['  <td colspan=%d height=40 class=xl65 style=\'height:30.0pt\'>%s</td>' % (ncol, esc(s.replace('\n', '')))], 40)
        elif kind in ('h', 'sub'):
            out += row(['  <td colspan=%d height=22 class=xl71 style=\'height:16.5pt\'>%s</td>' % (ncol, esc(s))], 22)
        elif kind in ('p', 'sign', 'date'):
            h = 22 * max(1, (dw(s) + 129) // 130) if kind == 'p' else 22
            al = ' style=\'text-align:right\'' if kind != 'p' else ''
            out += row(['  <td colspan=%d height=%d class=xl66%s>%s</td>' % (ncol, h, al, esc(s))], h)
        elif kind == 'table':
            rows, n = table_model(rep, s)
            if s == 't2':
                for r in rows:
                    cells, gc = [], 0
                    for cl in r:
                        a, b = T2MAP[gc][0], T2MAP[gc + cl['cs'] - 1][1]
                        cells.append(td(cl, b - a))
                        gc += cl['cs']
                    out += row(cells + filler(ncol - 10), 24)
            elif s == 't3':
                for ri, r in enumerate(rows):
                    out += row([td(cl) for cl in r] + filler(ncol - 10), 40 if ri < 3 else 24)
            else:
                for ri, r in enumerate(rows):
                    out += row([td(cl) for cl in r], 40 if ri < 3 else 24)
            out += row(['  <td height=19 colspan=%d style=\'height:14.25pt;mso-ignore:colspan\'></td>' % ncol])
    out.append(' <![if supportMisalignedColumns]>')
    out.append(' <tr height=0 style=\'display:none\'>')
    for w in XL_COLS:
        out.append('  <td width=%d style=\'width:%dpt\'></td>' % (w, w * 3 // 4))
    out += [' </tr>', ' <![endif]>', '</table>', '', '</body>', '', '</html>', '']
    return '\r\n'.join(out).encode('utf-8')


# 5. UEditor (百度 UEditor) article body on a 街道 site: data-sort tables,
#    class="firstRow", cells with footnote marks and a 注 paragraph below.
def render_ueditor(rep):
    def td(cl, ri):
        st = 'border-color: rgb(0, 0, 0); word-break: break-all;'
        t = esc(cl['t'])
        if cl['kind'] in ('h',) or cl['rs'] > 1:
            t = '<strong>%s</strong>' % t if cl['kind'] == 'h' else t
        return '<td valign="middle" align="center" style="%s"%s>%s</td>' % (st, span_attrs(cl), t)
    out = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">',
           '<title>%s-%s</title>' % (rep['title'].replace('\n', ''), rep['site']),
           '<meta name="keywords" content="政府信息公开年报">',
           '<link rel="stylesheet" href="/static/css/article.css">', '</head>', '<body>',
           '<div class="header"><span>%s</span></div>' % rep['site'],
           '<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/nb/">年度报告</a></div>',
           '<div class="article">',
           '<h2 class="title">%s</h2>' % esc(rep['title'].replace('\n', '')),
           '<div class="meta"><span>发布时间：%s</span><span>来源：%s</span><span>阅读：<em id="hits">%d</em></span></div>' % (rep['published'], rep['agency_printed'], rep['views']),
           '<div class="content" id="zoom">']
    for kind, s in rep['doc']:
        if kind == 'title':
            continue
        if kind == 'h':
            out.append('<p style="text-indent: 2em;"><strong>%s</strong></p>' % esc(s))
        elif kind == 'sub':
            out.append('<p style="text-indent: 2em;">%s</p>' % esc(s))
        elif kind == 'p':
            out.append('<p style="text-indent: 2em; line-height: 1.75em;">%s</p>' % esc(s))
        elif kind == 'table':
            rows, n = table_model(rep, s)
            out += html_table(rows, td, '<table width="100%" data-sort="sortDisabled"><tbody>',
                              row_open=lambda ri: '<tr class="firstRow">' if ri == 0 else '<tr>')
            out[-1] = '</tbody></table>'
            for note in rep.get('table_notes', {}).get(s, []):
                out.append('<p style="line-height: 1.5em;"><span style="font-size: 12px;">%s</span></p>' % esc(note))
        elif kind in ('sign', 'date'):
            out.append('<p style="text-align: right;">%s</p>' % esc(s))
    out += ['</div>', '<div class="print"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>',
            '</div>', '<div class="footer">%s 版权所有 %s</div>' % (rep['site'], rep['icp']), '</body>', '</html>', '']
    return '\n'.join(out).encode('utf-8')


# 6. Chrome "Save page as… Webpage, Single File" (.mhtml): MIME multipart,
#    the HTML part quoted-printable (every UTF-8 byte of Chinese as =XX,
#    soft line breaks "=" at 76 columns), CRLF.
def render_mhtml(rep):
    def td(cl, ri):
        return '<td%s><p style="text-align:center">%s</p></td>' % (span_attrs(cl), esc(cl['t']))
    page = ['<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
            '<meta name="ArticleTitle" content="%s">' % rep['title'].replace('\n', ''),
            '<meta name="PubDate" content="%s 16:05">' % rep['published'],
            '<meta name="ContentSource" content="%s">' % rep['agency_printed'],
            '<title>%s</title>' % rep['title'].replace('\n', ''),
            '<link rel="stylesheet" type="text/css" href="cid:css-1f0b6c2e-6a41-4d7c-9e3b-0c5d2a8e7f11@mhtml.blink" />',
            '</head><body>',
            '<div class="main"><div class="bt-position">当前位置：<a href="%s">首页</a> &gt; <a>政府信息公开</a> &gt; <a>年度报告</a></div>' % rep['site_url'],
            '<div class="xxgk-info"><ul><li><b>索引号：</b>%s</li><li><b>发布机构：</b>%s</li><li><b>发文日期：</b>%s</li><li><b>公开方式：</b>主动公开</li></ul></div>' % (rep['index_no'], rep['agency_printed'], rep['published']),
            '<div class="article"><div class="title">%s</div><div id="zoom">' % esc(rep['title'].replace('\n', ''))]
    for kind, s in rep['doc']:
        if kind == 'title':
            continue
        if kind == 'h':
            page.append('<p style="text-indent:2em"><b>%s</b></p>' % esc(s))
        elif kind in ('sub', 'p'):
            page.append('<p style="text-indent:2em">%s</p>' % esc(s))
        elif kind == 'table':
            rows, n = table_model(rep, s)
            page += html_table(rows, td, '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">')
        elif kind in ('sign', 'date'):
            page.append('<p style="text-align:right">%s</p>' % esc(s))
    page += ['</div></div></div>', '<div class="footer">%s&nbsp;&nbsp;%s</div>' % (rep['sponsor'], rep['icp']), '</body></html>']
    body = quopri.encodestring('\n'.join(page).encode('utf-8')).decode('ascii').replace('\n', '\r\n')
    bnd = '----MultipartBoundary--%s----' % rep['boundary']
    words, cur = [], ''
    for ch in rep['title'].replace('\n', ''):
        enc = ''.join('=%02X' % b for b in ch.encode('utf-8'))
        if len(cur) + len(enc) > 60:
            words.append(cur)
            cur = ''
        cur += enc
    words.append(cur)
    subj = '\r\n '.join('=?utf-8?Q?%s?=' % w for w in words)
    head = ['From: <Saved by Blink>', 'Snapshot-Content-Location: %s' % rep['url'],
            'Subject: %s' % subj, 'Date: %s' % rep['saved'], 'MIME-Version: 1.0',
            'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="%s"' % bnd, '', '',
            '--' + bnd, 'Content-Type: text/html', 'Content-ID: <frame-4B1E7A0C9D2F35E8A6C1B0D9E3F27A54@mhtml.blink>',
            'Content-Transfer-Encoding: quoted-printable', 'Content-Location: %s' % rep['url'], '']
    css = ['--' + bnd, 'Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable',
           'Content-Location: cid:css-1f0b6c2e-6a41-4d7c-9e3b-0c5d2a8e7f11@mhtml.blink', '',
           '@charset "utf-8";', '', '#zoom p { line-height: 2; font-size: 16px; }', '',
           '#zoom table td { border: 1px solid rgb(0, 0, 0); padding: 2px 4px; }', '']
    return ('\r\n'.join(head) + '\r\n' + body + '\r\n' + '\r\n'.join(css) + '\r\n--' + bnd + '--\r\n').encode('ascii')


# 7. Ctrl+A / Ctrl+C of the article page in the browser, pasted into a .txt:
#    site chrome, TAB between cells, a rowspan/colspan cell once (the rest of
#    its rows shifted left), cells holding two <p> break the row over two lines.
def render_browser_copy(rep):
    CB = rep['cellbreaks']

    def tsv(rows):
        out = []
        for r in rows:
            out.append('\t'.join(CB.get(c['t'], c['t']) for c in r))
        return out
    out = list(rep['chrome_top'])
    for kind, s in rep['doc']:
        if kind == 'title':
            out.append(s.replace('\n', ''))
            out += rep['chrome_meta']
        elif kind == 'table':
            rows, n = table_model(rep, s)
            out += tsv(rows)
        elif kind == 'distractor':
            out += tsv(s)
        else:
            out.append(s)
    out += rep['chrome_bottom']
    return ('\n'.join(out) + '\n').encode('utf-8')


def decode_mhtml(data):
    import email
    msg = email.message_from_bytes(data)
    parts = [p for p in msg.walk() if p.get_content_type() == 'text/html']
    return html_to_text(parts[0].get_payload(decode=True).decode('utf-8'))


def decode_html(data):
    return html_to_text(data.decode('utf-8'))


def decode_text(data):
    return data.decode('utf-8')

# ---------------------------------------------------------------------------
# the eight reports
# ---------------------------------------------------------------------------
S6_21 = ('（一）信息处理费收取情况', '{year}年，本机关共收取信息处理费{fees_collected}元。')


def fmt_shiliu(rep):
    act, A, P = rep['active'], rep['A'], rep['appeals']
    for f in ('made', 'published', 'public_total'):
        rep['blank']['active.regulations.' + f] = '/'
        rep['fmt']['active.normative_documents.' + f] = '%d件' % act['normative_documents'][f]
    rep['fmt']['active.licensing.decisions'] = '%d*' % act['licensing']['decisions']
    assert act['coercion']['decisions'] == 0
    rep['fmt']['active.coercion.decisions'] = '0（注）'
    rep['fmt']['applications.granted.person'] = '%d①' % A['granted'][0]
    rep['fmt']['applications.granted.total'] = '%d①' % A['granted'][6]
    for b in T4_BLOCKS:
        for i, c in enumerate(T4_COLS[:4]):
            if P[b][i] == 0:
                rep['blank']['appeals.%s.%s' % (b, c)] = '——'


def distractor_weitang():
    head = ['序号', '单位', '新收申请', '上年结转', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '办结合计', '结转下年']
    data = [('县自然资源局', 38, 2, 11, 4, 1, 17, 3, 2, 2), ('县住房和城乡建设局', 24, 1, 9, 2, 0, 8, 2, 1, 3),
            ('县人力资源和社会保障局', 9, 0, 5, 0, 0, 3, 1, 0, 0), ('县市场监督管理局', 13, 0, 6, 1, 0, 4, 1, 0, 1),
            ('县公安局', 7, 1, 2, 1, 1, 3, 0, 0, 1), ('县生态环境分局', 6, 0, 3, 1, 0, 1, 0, 1, 0),
            ('县交通运输局', 4, 0, 2, 0, 0, 2, 0, 0, 0), ('县农业农村局', 5, 0, 2, 0, 0, 2, 1, 0, 0)]
    rows = [[C(h, kind='h') for h in head]]
    tot = [0] * 10
    for i, (name, new, co, g, p, d, u, n, o, cf) in enumerate(data):
        done = g + p + d + u + n + o
        assert new + co == done + cf
        vals = [new, co, g, p, d, u, n, o, done, cf]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([C(str(i + 1)), C(name)] + [C(str(v), kind='v') for v in vals])
    rows.append([C('合计', 1, 2)] + [C(str(v), kind='v') for v in tot])
    return rows, tot


REPORTS = [
    dict(id='yulan', file='yulan-city-2022.txt', form='pdftotext-layout-repeated-header',
         form_desc='pdftotext -layout of the Word-made PDF: table 三 runs onto the next page, where Word repeats its three header rows (重复标题行) under the running page header; footers 第 N 页 共 M 页 and form feeds; merged label cells top-aligned, 三、本年度办理结果 one character per line in its narrow column, long labels wrapped inside their cells',
         template='2021', year=2022, level='prefecture-level city government', level_code='city_gov',
         region='fictional 榆岚市', agency_printed='榆岚市人民政府', published='2023-03-28', seed=0xB601,
         title='榆岚市人民政府2022年政府信息公开工作年度报告',
         running_header='榆岚市人民政府2022年政府信息公开工作年度报告', page_lines=40, t3_break_before='unable.not_held',
         apps={'person': (612, 21, 34), 'business': (88, 3, 6), 'research': (4, 0, 0), 'nonprofit': (3, 0, 0),
               'legal': (19, 1, 2), 'other': (11, 0, 1)},
         weights={'other_handling.fee_unpaid': 0},
         appeals={'review': [9, 2, 3, 1, 15], 'suit_direct': [5, 1, 2, 2, 10], 'suit_after_review': [2, 0, 1, 0, 3]},
         active=A21((3, 1, 46), (17, 6, 138), 48213, 9326, 412, '1836.52'),
         narr={'active_total': 21468, 'press_conferences': 43, 'interpretations': 126, 'fees_collected': 0,
               'npc_suggestions': 318, 'cppcc_proposals': 407},
         contact='如对本报告有疑问，请与榆岚市人民政府办公室政务公开科联系（电话：0372-3318620）。',
         signature='榆岚市人民政府办公室',
         prose={'s1': [
             ('（一）主动公开', '2022年，榆岚市坚持以公开为常态、不公开为例外，围绕市委、市政府中心工作，全市各级行政机关通过政府门户网站、政务新媒体、政府公报等渠道主动公开政府信息{active_total}条。全年召开新闻发布会{press_conferences}场，发布政策解读材料{interpretations}篇，其中图片图解、视频解读等多元化解读占比超过四成。'),
             ('（二）依申请公开', '市政府本级全年新收政府信息公开申请{recv}件，上年结转{co}件；办结{done}件，其中予以公开及部分公开{gp}件，结转下年度继续办理{cf}件。申请内容主要集中在征地拆迁补偿、城市更新和不动产登记等方面。'),
             ('（三）政府信息管理', '持续开展行政规范性文件清理工作，对现行有效的行政规范性文件实行目录化、动态化管理，及时公布清理结果。严格落实公开前保密审查和个人信息保护要求，全年未发生泄密事件。'),
             ('（四）政府信息公开平台建设', '完成市政府门户网站集约化平台升级改造，优化政府信息公开专栏栏目设置，统一县（市、区）政府信息公开目录。'),
             ('（五）监督保障', '将政务公开工作纳入年度综合考核，组织政务公开业务培训4期，培训人员600余人次。')],
             'after_t4': ['2022年，市政府作为被申请人的政府信息公开行政复议案件{rev}件，以市政府为被告的政府信息公开行政诉讼案件{suit}件。'],
             's5': ['存在的主要问题：一是部分县（市、区）政策解读形式较为单一；二是依申请公开答复文书规范化水平有待提高。改进措施：2023年，市政府办公室将组织开展依申请公开答复文书评查，加强对基层政务公开工作的指导。'],
             's6': [S6_21, ('（二）人大代表建议和政协提案办理结果公开情况', '2022年，市政府系统承办市人大代表建议{npc_suggestions}件、市政协提案{cppcc_proposals}件，均已按期办结，办理复文应公开尽公开。'),
                    ('（三）其他事项', '无。')]}),

    dict(id='yanqiu', file='yanqiu-zrzyj-2020.html', form='trs-cms-page',
         form_desc='saved page of a TRS-style 集约化 government CMS: site chrome, 索引号 table, the body inside <div class="TRS_Editor"> with a scoped <style>; Word-pasted tables (MsoNormalTable) with inline border styles on every <td>, <p class="MsoNormal"> in cells, labels and headers broken by <br>, every number in a Times New Roman <span> padded with &nbsp;',
         template='2019', year=2020, level='city department', level_code='city_dept',
         region='fictional 雁丘市', agency_printed='雁丘市自然资源和规划局', published='2021-01-29', seed=0xB602,
         title='雁丘市自然资源和规划局2020年政府信息公开工作年度报告',
         site='雁丘市人民政府', index_no='11410723MB1K35602R/2021-00014', sponsor='雁丘市人民政府办公室',
         site_code='4107230001', icp='豫ICP备05017736号',
         br={NOTE: '（本列数据的勾稽关系为：\n第一项加第二项之和，\n等于第三项加第四项之和）', '法人或其他组织': '法人或\n其他组织',
             '商业企业': '商业\n企业', '科研机构': '科研\n机构', '社会公益组织': '社会公益\n组织', '法律服务机构': '法律服务\n机构',
             '一、本年新收政府信息公开申请数量': '一、本年新收政府信息\n公开申请数量', '二、上年结转政府信息公开申请数量': '二、上年结转政府信息\n公开申请数量',
             R3: '三、本年度\n办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）',
             '5.要求行政机关确认或重新出具已获取信息': '5.要求行政机关确认或\n重新出具已获取信息', '未经复议直接起诉': '未经复议\n直接起诉',
             '其他对外管理服务事项': '其他对外管理\n服务事项'},
         apps={'person': (146, 4, 7), 'business': (23, 1, 1), 'research': (0, 0, 0), 'nonprofit': (1, 0, 0),
               'legal': (5, 0, 0), 'other': (2, 0, 0)},
         appeals={'review': [3, 1, 0, 1, 5], 'suit_direct': [2, 0, 1, 0, 3], 'suit_after_review': [0, 0, 0, 0, 0]},
         active=A19((0, 0, 0), (4, 4, 31), (37, 2, 1265), (12, -1, 318), (58, -3, 146), (6, 0, 9), (5, -2), (14, '1286.45', '万元')),
         narr={'active_total': 1874, 'new_media_posts': 652, 'fees_collected': 0},
         contact='如对本报告有任何疑问，请与雁丘市自然资源和规划局办公室联系（地址：雁丘市人民路188号，电话：0373-2026517）。',
         signature='雁丘市自然资源和规划局',
         prose={'s1': [
             ('（一）主动公开', '2020年，我局通过市政府门户网站、局政务公开专栏和“雁丘自然资源”微信公众号等渠道主动公开政府信息{active_total}条，其中通过微信公众号发布{new_media_posts}条。重点公开了国土空间规划编制、土地征收成片开发方案、建设用地批后公开等信息。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，上年结转{co}件，均在法定期限内答复，已办结{done}件，结转下年度{cf}件。'),
             ('（三）政府信息管理', '严格执行政府信息公开保密审查制度，落实“先审查、后公开”和“一事一审”要求。'),
             ('（四）平台建设', '完善局政务公开专栏，新增“征地信息公开”“规划批前公示”等子栏目。'),
             ('（五）监督保障', '成立由局主要负责同志任组长的政务公开工作领导小组，明确办公室为政务公开工作机构。')],
             'after_t4': ['本年度因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
             's5': ['一是政策解读的针对性还需加强；二是基层国土所信息公开工作人员业务能力有待提升。下一步，我局将加强业务培训，健全依申请公开会商机制。'],
             's6': [(None, '本年度未收取信息处理费。')]}),

    dict(id='seed', file='national-seed-2024.md', form='mineru-markdown-html-tables',
         form_desc='markdown made from the official PDF by MinerU: every heading a "#" line (title and section heads alike), sub-heads and paragraphs as plain paragraphs, each table as one line of HTML (<html><body><table><tr><td rowspan=… colspan=…>) with no <th>, no header rows marked, the seal an image placeholder',
         template='2021', year=2024, level='ministry (national bureau)', level_code='ministry',
         region='national (fictional 国家种业资源管理局)', agency_printed='国家种业资源管理局', published='2025-01-24', seed=0xB603,
         title='国家种业资源管理局2024年政府信息公开工作年度报告', img='5b7c0e2f9a41d38c6e2b71f04d59a8c3e0f6b2d17a9c4e85',
         apps={'person': (318, 12, 15), 'business': (74, 2, 4), 'research': (9, 0, 1), 'nonprofit': (2, 0, 0),
               'legal': (15, 1, 0), 'other': (6, 0, 0)},
         weights={'other_handling.fee_unpaid': 0},
         appeals={'review': [11, 1, 4, 3, 19], 'suit_direct': [6, 0, 2, 3, 11], 'suit_after_review': [3, 0, 1, 1, 5]},
         active=A21((2, 1, 31), (6, 3, 74), 3852, 17, 0, '0'),
         narr={'active_total': 2936, 'press_conferences': 9, 'interpretations': 21, 'npc_suggestions': 36,
               'cppcc_proposals': 29, 'fees_collected': 0},
         contact='',
         signature='国家种业资源管理局',
         prose={'s1': [
             ('（一）主动公开', '2024年，我局在门户网站主动公开政府信息{active_total}条，举办新闻发布会{press_conferences}场，围绕种质资源保护利用、品种管理、种业振兴行动等发布政策解读{interpretations}篇。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，加上上年结转{co}件，全部依法依规作出答复，办结{done}件，结转下年度继续办理{cf}件。'),
             ('（三）政府信息管理', '修订《国家种业资源管理局政府信息公开实施办法》，完善公开属性源头认定机制。'),
             ('（四）政府信息公开平台建设', '优化门户网站政府信息公开专栏，推进政策文件库建设。'),
             ('（五）监督保障', '将政务公开纳入司局绩效考核，开展政务公开专题培训2次。')],
             'after_t4': ['全年发生政府信息公开行政复议案件{rev}件，行政诉讼案件{suit}件。'],
             's5': ['主要问题是政策解读的及时性和互动性有待加强。下一步，我局将健全政策文件与解读材料同步起草、同步审签、同步发布机制。'],
             's6': [('（一）信息处理费收取情况', '本年度未收取信息处理费，共收取{fees_collected}元。'),
                    ('（二）人大代表建议和政协提案办理结果公开情况', '2024年，我局承办全国人大代表建议{npc_suggestions}件、全国政协提案{cppcc_proposals}件，已全部办结，办理结果依法公开。'),
                    ('（三）其他需要报告的事项', '无。')]}),

    dict(id='nanping', file='nanping-rst-2021.htm', form='excel-save-as-web-page',
         form_desc='the report laid out in an Excel sheet and saved with "另存为网页（单个工作表）": <col> widths with mso-width-alt, a class=xlNN stylesheet with mso-number-format, numbers as x:num (money with x:num="12.60" shown 12.60), a conditional-comment x:ExcelWorkbook block, every paragraph a merged A:O row, the supportMisalignedColumns hidden row, CRLF; a 2021 report on the 2021 tables that keeps the 2019 label 规范性文件',
         template='2021', year=2021, level='provincial department', level_code='province_dept',
         region='fictional 南屏省', agency_printed='南屏省人力资源和社会保障厅', published='2022-01-26', seed=0xB604,
         title='南屏省人力资源和社会保障厅2021年政府信息公开工作年度报告', stem='2021年报', sheet='年度报告',
         norm_label='规范性文件',
         apps={'person': (265, 9, 11), 'business': (31, 1, 2), 'research': (0, 0, 0), 'nonprofit': (1, 0, 0),
               'legal': (8, 0, 1), 'other': (3, 0, 0)},
         weights={'other_handling.fee_unpaid': 0},
         appeals={'review': [6, 0, 2, 1, 9], 'suit_direct': [3, 0, 1, 1, 5], 'suit_after_review': [1, 0, 0, 1, 2]},
         active=A21((0, 0, 0), (9, 4, 87), 15276, 38, 0, '12.6'),
         fmt_init={'active.fees.amount': '12.60'},
         narr={'active_total': 3417, 'fees_collected': 0},
         contact='',
         signature='南屏省人力资源和社会保障厅',
         prose={'s1': [
             (None, '2021年，我厅主动公开政府信息{active_total}条，重点公开就业创业、社会保险、人才人事和劳动关系等领域信息；全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度{cf}件。')],
             's5': ['依申请公开答复的规范性有待进一步提高。2022年将修订依申请公开工作规程。'],
             's6': [(None, '本年度未收取信息处理费。')]}),

    dict(id='shiliu', file='shiliu-street-2019.html', form='ueditor-footnote-cells',
         form_desc='article page of a district site whose editor is 百度 UEditor: <table width="100%" data-sort="sortDisabled"><tbody>, first row class="firstRow", every <td> with valign/align and an inline word-break style; cells carry footnote marks (27*, 5①, 0（注）), units (0件), zeros of table 四 as ——, 规章 as /, and 注 paragraphs under the tables',
         template='2019', year=2019, level='subdistrict (街道办事处)', level_code='street',
         region='fictional 桂塘区', agency_printed='桂塘区石榴街道办事处', published='2020-03-26', seed=0xB605,
         title='桂塘区石榴街道办事处2019年政府信息公开工作年度报告', site='桂塘区人民政府网', views=137, icp='桂ICP备13002184号-1',
         apps={'person': (9, 0, 1), 'business': (1, 0, 0), 'research': (0, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (0, 0, 0), 'other': (0, 0, 0)},
         weights={'granted': 500},
         appeals={'review': [1, 0, 0, 0, 1], 'suit_direct': [0, 0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0, 0]},
         active=A19((0, 0, 0), (0, 0, 0), (3, 0, 27), (14, 2, 356), (2, 0, 18), (0, 0, 0), (0, 0), (3, '41.8', '万元')),
         fmts=fmt_shiliu,
         table_notes={'t2': ['注：*含代为办理的居住证签注等便民服务事项。（注）本街道不具有行政强制职权，本年无行政强制决定。'],
                      't3': ['注：①其中2件通过邮寄方式送达答复书。']},
         narr={'active_total': 214, 'fees_collected': 0},
         contact='',
         signature='桂塘区石榴街道办事处',
         prose={'s1': [
             (None, '2019年，石榴街道办事处认真贯彻新修订的《条例》，通过区政府门户网站街道信息公开专栏、街道便民服务中心公开栏等渠道主动公开政府信息{active_total}条，涉及民生保障、城市管理、社区建设等内容。全年新收政府信息公开申请{recv}件，已办结{done}件，结转下年度{cf}件。因政府信息公开被申请行政复议{rev}件，未发生行政诉讼。')],
             's5': ['存在的问题：信息公开工作人员多为兼职，业务水平有待提高。改进措施：加强对社区和科室信息员的培训，规范信息发布流程。'],
             's6': [(None, '本年度未收取信息处理费。')]}),

    dict(id='zhechuan', file='zhechuan-scjgj-2020.mhtml', form='chrome-mhtml-quoted-printable',
         form_desc='the article page saved by Chrome as "网页，单个文件" (.mhtml): a MIME multipart/related message (From: <Saved by Blink>, Snapshot-Content-Location, RFC 2047 Subject), the HTML part Content-Transfer-Encoding: quoted-printable (every byte of Chinese as =XX, soft line breaks = at 76 columns, = as =3D), a CSS part, CRLF; pure ASCII file',
         template='2019', year=2020, level='county department', level_code='county_dept',
         region='fictional 柘川县', agency_printed='柘川县市场监督管理局', published='2021-01-27', seed=0xB606,
         title='柘川县市场监督管理局2020年政府信息公开工作年度报告',
         url='http://www.zhechuan.gov.cn/zwgk/bmxxgk/scjgj/xxgknb/202101/t20210127_1184305.html',
         site_url='http://www.zhechuan.gov.cn/', saved='Wed, 3 Mar 2021 10:17:42 +0800', boundary='Kx3n8QvGq2ZbTjY7hLw5RcFa0uPdEs1mNo9iHk',
         index_no='zcxscjgj/2021-00006', sponsor='柘川县人民政府办公室', icp='湘ICP备08104417号',
         apps={'person': (41, 2, 3), 'business': (6, 0, 0), 'research': (0, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (1, 0, 0), 'other': (0, 0, 0)},
         typo={'applications.new.total': 64},
         appeals={'review': [1, 0, 0, 0, 1], 'suit_direct': [0, 0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0, 0]},
         active=A19((0, 0, 0), (1, 1, 6), (21, 3, 2674), (9, 0, 112), (46, -2, 387), (4, 1, 31), (2, 0), (6, '187600', '元')),
         narr={'active_total': 1362, 'fees_collected': 0},
         contact='',
         signature='柘川县市场监督管理局',
         prose={'s1': [
             ('（一）主动公开', '2020年，我局在县政府门户网站主动公开政府信息{active_total}条，重点公开市场主体登记、“双随机、一公开”抽查结果、食品安全抽检和行政处罚等信息。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，上年结转{co}件，已全部按期答复，办结{done}件，结转2021年度办理{cf}件。'),
             ('（三）政府信息管理', '落实公开属性源头认定，对拟公开信息进行保密审查。'),
             ('（四）平台建设', '更新完善县政府门户网站我局政府信息公开专栏。'),
             ('（五）监督保障', '将政务公开工作纳入股室年度考核。')],
             'after_t4': ['本年度因政府信息公开被申请行政复议{rev}件，结果维持；未发生政府信息公开行政诉讼案件。'],
             's5': ['工作人员对新《条例》的理解和把握还不够深入。下一步将加强学习培训，提升依申请公开答复质量。'],
             's6': [(None, '本年度未收取信息处理费。')]}),

    dict(id='weitang', file='weitang-county-2023.txt', form='browser-select-all-copy',
         form_desc='the county site\'s article page selected with Ctrl+A and copied from the browser into a .txt: navigation, breadcrumb and 索引号 lines around the body; table cells separated by TAB, a rowspan/colspan cell given once (the rest of its rows shifted left, no empty fields), a cell holding two <p> paragraphs breaks its row over two lines; a distractor table (县直各部门 summary with other figures and a 合计 row) in section 一 before the county\'s own tables',
         template='2021', year=2023, level='county government', level_code='county_gov',
         region='fictional 苇塘县', agency_printed='苇塘县人民政府', published='2024-03-29', seed=0xB607,
         title='苇塘县人民政府2023年政府信息公开工作年度报告',
         cellbreaks={'（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）',
                     NOTE: '（本列数据的勾稽关系为：\n第一项加第二项之和，等于第三项加第四项之和）',
                     '本年收费金额（单位：万元）': '本年收费金额\n（单位：万元）'},
         apps={'person': (87, 3, 5), 'business': (12, 0, 1), 'research': (0, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (4, 0, 0), 'other': (2, 0, 0)},
         weights={'other_handling.fee_unpaid': 0},
         appeals={'review': [2, 0, 1, 0, 3], 'suit_direct': [1, 0, 0, 1, 2], 'suit_after_review': [0, 0, 0, 0, 0]},
         active=A21((0, 0, 0), (5, 2, 39), 18624, 5217, 136, '642.18'),
         narr={'active_total': 8315, 'interpretations': 47, 'fees_collected': 0, 'npc_suggestions': 96, 'cppcc_proposals': 143},
         contact='',
         signature='苇塘县人民政府办公室',
         chrome_top=['无障碍', '长者模式', '登录 | 注册', '苇塘县人民政府', '首页', '走进苇塘', '政务公开', '政务服务', '互动交流', '专题专栏',
                     '请输入关键字', '搜索', '当前位置：首页 > 政务公开 > 政府信息公开年报 > 县政府年报'],
         chrome_meta=['索引号：11330521002581739X/2024-01036\t发布机构：苇塘县人民政府办公室',
                      '发文日期：2024-03-29\t主题分类：政务公开', '发布时间：2024-03-29 17:20\t来源：苇塘县人民政府办公室\t浏览次数：416',
                      '字体：[ 大 中 小 ]\t分享到：'],
         chrome_bottom=['【打印本页】 【关闭窗口】', '相关链接', '苇塘县人民政府2022年政府信息公开工作年度报告', '苇塘县人民政府2021年政府信息公开工作年度报告',
                        '网站地图 | 联系我们 | 隐私声明', '主办：苇塘县人民政府办公室  承办：苇塘县大数据发展中心',
                        '网站标识码：3305210003  浙ICP备10209863号-1  浙公网安备 33052102000187号'],
         prose={'s1': [
             ('（一）主动公开', '2023年，全县各级行政机关通过县政府门户网站、“苇塘发布”政务新媒体等渠道主动公开政府信息{active_total}条，发布政策解读{interpretations}篇。'),
             ('（二）依申请公开', '县政府本级（县政府办公室承办）全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度{cf}件。县直各部门办理情况如下表：'),
             (None, '@DISTRACTOR'),
             (None, '注：上表为县直各部门各自年度报告数据汇总，不含县政府本级。'),
             ('（三）政府信息管理', '开展现行有效行政规范性文件清理，公布清理结果。'),
             ('（四）政府信息公开平台建设', '推进政府网站与政务新媒体融合发展。'),
             ('（五）监督保障', '将政务公开纳入乡镇和县直部门年度综合考核。')],
             'after_t4': ['2023年，县政府因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
             's5': ['部分乡镇政务公开专栏更新不及时。2024年将建立常态化检查通报机制。'],
             's6': [('（一）信息处理费收取情况', '2023年，县政府本级未收取信息处理费，共收取{fees_collected}元。'),
                    ('（二）人大代表建议和政协提案办理结果公开情况', '全年承办县人大代表建议{npc_suggestions}件、县政协提案{cppcc_proposals}件，办理结果按规定公开。')]}),

    dict(id='chengling', file='chengling-province-2025.txt', form='browser-print-pdftotext-layout',
         form_desc='the portal\'s article page printed from Chrome to PDF, then pdftotext -layout: Chrome\'s print header (date and time, page title) and footer (URL, n/m) on every page; HTML tables with vertically centred merged cells, so group labels (（三）不予公开 …, 三、本年度办理结果) sit on a middle row of their span and numbers on the middle line of wrapped rows; tables broken across pages between rows with no header repeated',
         template='2021', year=2025, level='provincial government', level_code='province_gov',
         region='fictional 澄岭省', agency_printed='澄岭省人民政府', published='2026-03-27', seed=0xB608,
         title='澄岭省人民政府2025年政府信息公开工作年度报告', source='澄岭省人民政府办公厅', views=3862,
         page_title='澄岭省人民政府2025年政府信息公开工作年度报告_澄岭省人民政府门户网站',
         url='https://www.chengling.gov.cn/zwgk/xxgknb/202603/t20260327_5821734.html', print_time='2026/3/30 09:17',
         page_lines=46,
         apps={'person': (1832, 64, 97), 'business': (241, 9, 12), 'research': (12, 0, 1), 'nonprofit': (7, 0, 0),
               'legal': (63, 2, 4), 'other': (35, 1, 2)},
         weights={'other_handling.fee_unpaid': 4},
         appeals={'review': [42, 6, 11, 9, 68], 'suit_direct': [17, 2, 6, 8, 33], 'suit_after_review': [5, 1, 2, 3, 11]},
         active=A21((9, 4, 187), (23, 11, 356), 61873, 1246, 37, '2391.07'),
         narr={'active_total': 186247, 'press_conferences': 112, 'interpretations': 538, 'fees_collected': 1200,
               'fee_notices': 18, 'npc_suggestions': 872, 'cppcc_proposals': 965},
         contact='',
         signature='澄岭省人民政府',
         prose={'s1': [
             ('（一）主动公开', '2025年，全省各级行政机关主动公开政府信息{active_total}条。省政府本级召开新闻发布会{press_conferences}场，发布政策解读{interpretations}篇。'),
             ('（二）依申请公开', '省政府本级全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度{cf}件。'),
             ('（三）政府信息管理', '动态调整省政府规章和行政规范性文件目录，集中公开现行有效规章和行政规范性文件。'),
             ('（四）政府信息公开平台建设', '深化政府网站集约化建设，完成全省政务新媒体规范化整合。'),
             ('（五）监督保障', '组织全省政务公开第三方评估，评估结果纳入年度绩效考核。')],
             'after_t4': ['2025年，省政府因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
             's5': ['一是政策解读的精准度有待提升；二是市县依申请公开答复质量不够均衡。下一步将加强分类指导和业务培训。'],
             's6': [('（一）信息处理费收取情况', '2025年，省政府办公厅向申请人发出收费通知{fee_notices}件，实际收取信息处理费{fees_collected}元，其中申请人逾期未缴纳费用、不再处理的申请{fee_unpaid}件。'),
                    ('（二）人大代表建议和政协提案办理结果公开情况', '全年省政府系统办理省人大代表建议{npc_suggestions}件、省政协提案{cppcc_proposals}件，办理结果全部公开。')]}),
]

RENDER = {'yulan': (render_word_layout, decode_text), 'yanqiu': (render_trs, decode_html),
          'seed': (render_mineru, decode_html), 'nanping': (render_excel_page, decode_html),
          'shiliu': (render_ueditor, decode_html), 'zhechuan': (render_mhtml, decode_mhtml),
          'weitang': (render_browser_copy, decode_text), 'chengling': (render_print_layout, decode_text)}


# ---------------------------------------------------------------------------
# processing, checks, output
# ---------------------------------------------------------------------------
def tot(rep, key):
    return rep['A'][key][6]


def printed_tables(rep):
    """Table 三/四 figures as printed (typos applied)."""
    A = {k: list(v) for k, v in rep['A'].items()}
    P = {k: list(v) for k, v in rep['appeals'].items()}
    for path, v in rep.get('typo', {}).items():
        p = path.split('.')
        if p[0] == 'applications':
            A['.'.join(p[1:-1])][COLS.index(p[-1])] = v
        else:
            P[p[1]][T4_COLS.index(p[2])] = v
    return A, P


def process(rep):
    rep['blank'] = {}
    rep['fmt'] = dict(rep.get('fmt_init', {}))
    rep['narrative'] = {}
    rep['A'] = build_apps(rep)
    bad = identities(rep, rep['A'], rep['appeals'])
    assert bad == [], (rep['id'], bad)                      # every hard identity on the true figures
    check_active(rep)
    if rep.get('typo'):
        A2, P2 = printed_tables(rep)
        rep['failing'] = identities(rep, A2, P2)
        assert rep['failing'], rep['id']
    if rep.get('fmts'):
        rep['fmts'](rep)
    if rep['id'] == 'weitang':
        rows, dtot = distractor_weitang()
        rep['distractor'] = rows
        rep['distractor_tot'] = dtot
        assert dtot[0] != tot(rep, 'new') and dtot[-1] != tot(rep, 'carried_forward')
    rep['doc'] = build_doc(rep)
    n = rep['narrative']
    if 'applications_received' in n:
        assert n['applications_received'] == tot(rep, 'new')
    if 'applications_completed' in n:
        assert n['applications_completed'] == tot(rep, 'processed')
    if 'applications_carried_forward' in n:
        assert n['applications_carried_forward'] == tot(rep, 'carried_forward')
    if 'reviews' in n:
        assert n['reviews'] == rep['appeals']['review'][4]
    if 'lawsuits' in n:
        assert n['lawsuits'] == rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4]
    if rep['template'] == '2021':
        fu = tot(rep, 'other_handling.fee_unpaid')
        assert fu == 0 or n.get('fees_collected', 0) > 0, rep['id']          # FEE-21 (soft, kept)
    render, decode = RENDER[rep['id']]
    data = render(rep)
    data.decode('utf-8')                                                     # valid UTF-8
    gold = make_gold(rep)
    txt = decode(data)
    flat = re.sub(r'\s+', '', txt)
    for path, v in gold.items():
        if path.startswith(('active.', 'applications.', 'appeals.')) and not path.endswith('amount_unit'):
            s = cell(rep, path)
            if v is None:
                assert s == '' or s in txt, (rep['id'], path, s)
            else:
                assert s in txt, (rep['id'], path, s)
                assert re.match(r'-?\d+(\.\d+)?', s.lstrip('+')).group(0) == str(v) or \
                    Decimal(re.match(r'-?\d+(\.\d+)?', s.lstrip('+')).group(0)) == Decimal(str(v)), (rep['id'], path, s, v)
    assert rep['agency_printed'] in flat, rep['id']
    assert cn_date(rep['published']) in flat, rep['id']
    for k, v in n.items():
        assert str(v) in flat or cn_num(v) in flat if v < 100 else str(v) in flat, (rep['id'], k, v)
    # form-specific self-checks
    if rep['id'] == 'yulan':
        assert txt.count('申请人情况') == 2 and txt.count('第 1 页 共') == 1, 'repeated header'
        pages = txt.split('\f')
        p_break = [i for i, pg in enumerate(pages) if '本机关不掌握' in pg]
        assert p_break and '申请人情况' in pages[p_break[0]] and '1.属于国家秘密' not in pages[p_break[0]]
    if rep['id'] == 'chengling':
        assert txt.count(rep['url']) == txt.count('\f') >= 3, (txt.count(rep['url']), txt.count('\f'))
    if rep['id'] == 'chengling':
        pages = txt.split('\f')
        a = [i for i, pg in enumerate(pages) if '一、本年新收政府信息公开申请数量' in pg][0]
        b = [i for i, pg in enumerate(pages) if '四、结转下年度继续办理' in pg][0]
        assert b > a, 'table 三 should cross a page'
    if rep['id'] == 'zhechuan':
        assert all(b < 128 for b in data)
    return data, gold


NOTES = {
    'yulan': ('Table 三 breaks before （四）无法提供 1.本机关不掌握相关政府信息: page N ends after 8.属于行政查询事项, page N+1 starts with the running header, '
              'then the three header rows again (勾稽 note, 申请人情况, 自然人/法人或其他组织/总计, 商业企业…其他, wrapped in 6-column cells), then the rest of the rows; '
              'the repeated header is not data. Vertical label 三、本年度办理结果 one character per line. 2021 tables; city government, so 规章 3/1/46 is plausible. '
              'fees amount 1836.52 万元 (行政事业性收费, not 信息处理费); narrative.fees_collected 0 (信息处理费, section 六). narrative.active_total is 全市 (all agencies), '
              'the application figures are 市政府本级 and restate table 三.'),
    'yanqiu': ('Labels and headers contain <br> (商业<br>企业, 一、本年新收政府信息<br>公开申请数量, 三、本年度<br>办理结果, the 勾稽 note in three lines); '
               'join the pieces without a separator. Numbers are <span>&nbsp;12&nbsp;</span>: strip NBSP. 2019 tables: 本年增/减 signed (2, -1, -3, 0, -2), '
               '采购总金额 1286.45万元 (amount 1286.45, unit 万元). 复议后起诉 all 0 (printed 0).'),
    'seed': ('Every heading is "#" (title and 一…六 alike). Tables carry no <th>: the header rows of table 三/四 are ordinary <tr>. 2021 tables; ministry level: 规章 2/1/31. '
             'fees amount 0. narrative: 新闻发布会 9 场, 政策解读 21 篇, 全国人大代表建议 36 件, 全国政协提案 29 件, fees_collected 0.'),
    'nanping': ('2021 tables with the 2019 row label 规范性文件 under 本年制发件数/本年废止件数/现行有效件数 (spec §6, accepted for normative_documents). '
                'Money shown 12.60 with x:num="12.6" (gold 12.6 万元). 规章 row printed 0 0 0 (a provincial department issues no 规章). '
                'Prose is short (a single paragraph under 一); the application figures in it restate table 三.'),
    'shiliu': ('Footnote marks belong to the note, not to the number: 27* → 27 (licensing decisions), 0（注） → 0 (coercion decisions), 3① → 3 and 4① → 4 (granted: the person and total cells '
               'both carry ①). Units: 规范性文件 row 0件 0件 0件 → 0. 规章 row printed / / / → null. Table 四: every zero outside the 总计 column printed —— → null; '
               '总计 cells printed 0 / 1. 采购总金额 41.8万元 (amount 41.8, unit 万元). Prose: 被申请行政复议1件 (reviews 1); "未发生行政诉讼" is a 0 but gold omits narrative.lawsuits '
               'because the sentence names no number.'),
    'zhechuan': ('DELIBERATELY UNBALANCED: the 一、本年新收政府信息公开申请数量 总计 cell is printed 64 although its row is 39+6+0+0+1+0 = 46 (digits transposed). '
                 'Failing identities: T3-ROW on row 一 (46 ≠ 64) and T3-COL in the 总计 column (一 64 + 二 2 = 66 ≠ (七) 45 + 四 3 = 48). Every other identity holds. '
                 'Gold keeps the printed 64 and balance_ok false; the prose says 新收…46件 (narrative.applications_received 46, which disagrees with the printed total). '
                 '2019 tables: 本年增/减 3, 0, -2, 1, 0; 采购总金额 187600元 (amount 187600, unit 元).'),
    'weitang': ('The first TAB table in the text is NOT the county\'s table 三: it is a summary of eight 县直部门 (序号/单位/新收申请/…/结转下年, 合计 106 new, 4 carried over, 7 carried forward) '
                'printed in section 一 (二). None of its figures is gold. In table 三 the 勾稽 note and （二）部分公开 cells break their rows over two lines '
                '(the numbers of 部分公开 follow its second line); 本年收费金额（单位：万元） likewise in table 二. Rowspan labels appear once (三、本年度办理结果 and （三）不予公开 on the 予以公开/国家秘密 rows), '
                'later rows of a group start directly with the sub-label. County government: 规章 0/0/0 printed.'),
    'chengling': ('Chrome print header "2026/3/30 09:17 <title>" and footer "<url> n/m" on every page are not report text (2026/3/30 is the printing date, not published). '
                  'Merged labels are vertically centred: （三）不予公开 sits on the line of 4.保护第三方合法权益 or 5.属于三类内部事务信息, （六）其他处理 beside its second sub-row, '
                  'and the numbers of a wrapped row (e.g. （六）1. / 2.) on its middle line. A page break falls inside table 三 with no repeated header. '
                  'fee_unpaid row non-zero and section 六 states the fee notices and 1200元 collected (narrative.fees_collected 1200). '
                  'narrative.active_total 186247 is 全省; applications are 省政府本级.'),
}

REALISM = {
    'yulan': 'reports are mostly published as PDFs made from Word, and a table that runs onto the next page with 重复标题行 set is the normal Word behaviour for a long table 三; pdftotext -layout is the usual way such PDFs are turned into text. Earlier sets had -layout, but never a repeated header block in the middle of table 三.',
    'yanqiu': 'TRS WCM and the provincial 集约化 platforms host most municipal department sites; a Word table pasted into their editor keeps MsoNormalTable markup, inline borders on every cell, <br> where the Word cell wrapped by hand, and NBSP padding around numbers.',
    'seed': 'MinerU is the common open-source PDF-to-markdown tool used to prepare Chinese documents for search and LLM pipelines; it writes complex tables as inline HTML, not pipe tables, and marks every heading with a single #.',
    'nanping': 'statistics offices and some departments draft the report in Excel/WPS 表格 and publish the sheet saved as a web page; the Excel HTML dialect (x:num, mso-number-format, <col> widths, hidden alignment row) differs from a pasted fragment in being a whole document with the workbook XML and the stored value beside the displayed one.',
    'shiliu': 'UEditor is the most widespread rich-text editor on small Chinese government sites; its tables have a recognisable markup, and hand-filled tables at 街道 level commonly carry footnote marks, units and dashes in cells.',
    'zhechuan': 'archivists, researchers and complaint handlers save report pages with Chrome\'s "单个文件" option; the .mhtml is quoted-printable, so no Chinese character is readable until it is decoded. Typos in a single total cell are common in real reports.',
    'weitang': 'the everyday way a user gets a report into a text box is select-all and copy; Chrome then gives TAB-separated cells, drops merged cells after their first row, and turns a cell with two <p> into two lines. County reports often carry a table of their departments.',
    'chengling': 'reports are often kept as a PDF printed from the browser (Chrome adds date, title, URL and page numbers), and HTML tables centre merged cells vertically, unlike Word PDFs.',
}

README_HEAD = """# Held-out set 6 (tables): eight invented reports in eight forms real reports arrive in

Eight **invented** 政府信息公开工作年度报告 (fictional agencies and places, realistic prose and figures)
carrying the national tables 二, 三 and 四 in both templates (2019: 23 rows in table 三, 3-column
blocks in table 二; 2021: 25 rows, 1-column blocks), years 2019–2025, every level from a ministry to
a 街道. Each file is in a form real reports reach a user in and that none of the earlier held-out sets
(`tables` … `tables5`) used.

Everything here is generated by `make.py` (python3, stdlib only, no clock, own PRNG): running it
again rewrites the eight files, `manifest.json` and this README byte for byte.

    python3 make.py

`make.py` builds the figures and **asserts** every hard identity of spec §7.1 on them (T3-ROW on all
23/25 rows, T3-SUM (七) = (一)…(六) per column, T3-COL 一+二 = 三(七)+四 per column, T4 总计 for 复议 and
both 诉讼 blocks, DOM-1/2/3) — for the deliberately unbalanced report it asserts them on the true
figures and then asserts that the printed figures (with the typo) fail exactly the identities listed
in its notes. It keeps the soft checks true (T2-19, T2-AUTH, FEE-21), asserts that each narrative
figure restates the table, that every blanked cell is a zero, that every file is valid UTF-8, and —
after the form's own decoding (quoted-printable MIME for the .mhtml, tags and entities for the HTML
forms) — that every printed gold cell, the agency, the date and every narrative figure is in the text.

## Files

| file | form | template | year | level | agency (as printed) | region |
| --- | --- | --- | --- | --- | --- | --- |
"""

README_TAIL = """
## Forms, and why each is realistic

{forms}

## Gold conventions (manifest.json)

* Same shape as the earlier sets and `/work/shared/corpus/manifest.json`: a list of
  `{{file, form, era, agency, level, year, gold, notes}}`; `era` = the table template; `gold` is a flat
  map of dotted `gdr_parse` paths (schema.md): `year`, `agency`, `kind`, `template`, `published`,
  `script`, every cell of tables 二/三/四, `balance_ok`, and `narrative.*` figures the prose states.
* `null` = the cell exists but is blank or carries a not-a-number mark (`——`, `/`); such cells are
  zero in the underlying figures.
* A cell with a footnote mark or a unit (`27*`, `5①`, `0（注）`, `0件`) is the number.
* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` as printed with
  `amount_unit` from the cell. `narrative.fees_collected` is the 信息处理费 in 元.
* `narrative.applications_received` = 本年新收 (each sentence names the carry-over separately);
  `narrative.lawsuits` = both 诉讼 totals; `narrative.reviews` = 复议 total; `active_total` is the
  figure as stated (全市/全省/全县 where the prose says so).
* `balance_ok` is false only for `zhechuan-scjgj-2020.mhtml`; its typo breaks a row total and the
  total-column 勾稽 identity at once, so it is false under either reading of `balance_ok` (see below).
* `published` is the date under the signature, equal to the page's 发布日期 where there is one.
  `script` is "hans" for all eight.

## Where the spec was ambiguous, and the choice made

{ambig}
"""

AMBIG = [
    '**What `balance_ok` covers.** The corpus gives `balance_ok: true` to hongze-2023 although its table 四 does not add up, so it seems to mean the table 三 勾稽 relation (一+二 = 三(七)+四), perhaps with the row totals. The unbalanced report here breaks T3-ROW (row 一) and T3-COL (总计 column) together, so every reading gives false; table 四 and table 二 are consistent.',
    '**Typo vs prose.** In the unbalanced report the prose gives the true 46, the table the printed 64: gold keeps both as printed (`applications.new.total` 64, `narrative.applications_received` 46). A parser that "repairs" the total from the row is wrong by schema.md (never write computed totals into reported cells).',
    '**Footnote marks.** The spec does not mention marks inside cells. Gold treats `27*`, `3①`, `4①`, `0（注）` as the numbers 27, 3, 4, 0 (the mark refers to a 注 under the table), and `0件` as 0 (units inside cells, §6). A parser that returns null with a warning would be defensible but is counted absent.',
    '**`——` and `/`** are null (schema.md), as in earlier sets, although they stand for zero.',
    '**2021 tables with the 2019 label 规范性文件** (nanping) map to `active.normative_documents.issued/repealed/in_force` (spec §6: accept both labels); template stays 2021 because the columns are 2021 ones.',
    '**Distractor tables** (weitang): the schema has no place for a summary of subordinate departments; gold has none of its figures, and a parser that takes the first TAB table with 新收申请 as table 三 is wrong.',
    '**Narrative that names no number** (`未发生行政诉讼`): schema.md says a statement like 未收到公开申请 is a 0. Gold includes `narrative.lawsuits` only where a number is stated, so a parser giving 0 for shiliu is not counted wrong or right (the key is absent).',
    '**Print header dates** (chengling): the Chrome print date 2026/3/30 is later than the real 发布日期 2026-03-27; `published` is the page/signature date.',
    '**Money display vs stored value** (nanping): Excel shows 12.60 and stores x:num="12.6"; gold 12.6.',
]


def main():
    manifest, outputs = [], []
    for rep in REPORTS:
        data, gold = process(rep)
        outputs.append((rep['file'], data))
        manifest.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'],
                         'agency': rep['agency_printed'], 'level': rep['level'], 'year': rep['year'],
                         'gold': gold, 'notes': rep['form_desc'] + '. ' + NOTES[rep['id']]})
    assert len({m['form'] for m in manifest}) == 8 and {m['era'] for m in manifest} == {'2019', '2021'}
    assert sorted(m['year'] for m in manifest) == [2019, 2020, 2020, 2021, 2022, 2023, 2024, 2025]
    assert sum(1 for m in manifest if m['gold']['balance_ok'] is False) == 1
    for fn, data in outputs:
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write('\n')
    rows, forms = [], []
    for rep, m in zip(REPORTS, manifest):
        rows.append('| `%s` | %s | %s | %d | %s | %s | %s |' % (rep['file'], rep['form'], rep['template'], rep['year'],
                                                               rep['level'], rep['agency_printed'], rep['region']))
        nnull = sum(1 for v in m['gold'].values() if v is None)
        forms.append('* **%s** (`%s`, %d gold keys, %d null): %s.\n  *Why realistic:* %s\n  %s' % (
            rep['form'], rep['file'], len(m['gold']), nnull, rep['form_desc'], REALISM[rep['id']], NOTES[rep['id']]))
    readme = README_HEAD + '\n'.join(rows) + '\n' + README_TAIL.format(
        forms='\n'.join(forms), ambig='\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(AMBIG)))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme)
    for rep in REPORTS:
        if rep.get('failing'):
            print(rep['id'], 'fails as printed:', rep['failing'])
    print('wrote %d files' % len(outputs))


if __name__ == '__main__':
    main()
