#!/usr/bin/env python3
"""Held-out test set 7 (tables): eight invented 政府信息公开工作年度报告 carrying the
national tables 二/三/四, each in a form real reports reach a user in that the
earlier held-out sets (tables … tables6) did not cover.

Deterministic (no clock, own PRNG), stdlib only.

    python3 make.py     # writes the eight files, manifest.json and README.md

All figures are built here; every hard identity of spec §7.1 is asserted for
every report except the one deliberately unbalanced (whose broken identities are
asserted to fail); the gold is taken from the same figures the renderers print.
The generic part (labels, figures, identities, gold, table models, text layout)
follows tables6/make.py; the renderers and the reports are new.
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



# ---------------------------------------------------------------------------
# renderers (new in set 7)
# ---------------------------------------------------------------------------
def wide(ch):
    return unicodedata.east_asian_width(ch) in ('W', 'F')


def grid_fields(rows, ncols, vcont=''):
    """Row-wise cells in the order a text export meets them: one entry per origin
    cell (colspan given once); a cell spanned from a row above gives `vcont`
    (None: the cell is absent, as in HTML)."""
    grid = expand(ncols, rows)
    out = []
    for r in range(len(rows)):
        cells, c = [], 0
        while c < ncols:
            cl, r0, c0 = grid[r][c]
            if r0 == r:
                cells.append((cl['t'], cl, c, cl['cs']))
            elif vcont is not None:
                cells.append((vcont, cl, c, cl['cs']))
            c += cl['cs']
        out.append(cells)
    return out


# 1. antiword of a .doc: rows drawn as |cell|cell|, each cell wrapped inside its
#    Word width; a vertically merged cell is text in its first row and blank below.
def antiword_table(rows, ncols, widths):
    out = []
    for cells in grid_fields(rows, ncols, vcont=''):
        cl2 = []
        for t, cl, c, cs in cells:
            w = sum(widths[c:c + cs]) + (cs - 1)
            cl2.append((w, wrap_dw(t, w)))
        h = max(len(ls) for w, ls in cl2)
        for i in range(h):
            out.append('|' + ''.join(pad(ls[i] if i < len(ls) else '', w) + '|' for w, ls in cl2))
    return out


def render_antiword(rep):
    W = 76
    out = []
    for kind, s in rep['doc']:
        if kind == 'title':
            out += wrap_dw(s, W) + ['']
        elif kind in ('h', 'sub'):
            out += [s, '']
        elif kind == 'p':
            out += wrap_para(s, W, first='    ', rest='') + ['']
        elif kind == 'table':
            rows, n = table_model(rep, s)
            widths = {'t2': [20, 14, 14, 14], 't3': [4, 10, 18] + [6] * 7, 't4': [4] * 15}[s]
            out += antiword_table(rows, n, widths) + ['']
        elif kind == 'sign':
            out += ['[pic]', '', s]
        elif kind == 'date':
            out += [s, '']
    return ('\n'.join(out) + '\n').encode('utf-8')


# 2. pdftotext -layout; table 三 on a landscape page of its own, 7 applicant
#    columns 3 characters wide, one space apart; headers wrapped a character a line.
def render_narrow_layout(rep):
    W = 80
    pages, cur = [], []

    def flush():
        if cur:
            pages.append(list(cur))
            del cur[:]
    for kind, s in rep['doc']:
        lines = []
        if kind == 'title':
            lines = [' ' * ((W - dw(t)) // 2) + t for t in wrap_dw(s, 60)] + ['']
        elif kind in ('h', 'sub'):
            lines = ['    ' + s]
        elif kind == 'p':
            lines = wrap_para(s, W)
        elif kind == 'table' and s == 't3':
            flush()
            rows, n = table_model(rep, s)
            tl, _ = layout_table(rows, n, [2, 14, 34] + [3] * 7, valign='top', gap=1, indent=6)
            pages.append(['', '      表3  收到和处理政府信息公开申请情况', ''] + tl + [''])
            continue
        elif kind == 'table':
            rows, n = table_model(rep, s)
            if s == 't2':
                tl, _ = layout_table(rows, n, [24, 14, 14, 14], valign='top', gap=2, indent=6)
            else:
                tl, _ = layout_table(rows, n, [4] * 15, valign='top', gap=1, indent=2)
            lines = [''] + tl + ['']
        elif kind == 'sign':
            lines = ['', ' ' * (W - dw(s) - 4) + s]
        elif kind == 'date':
            lines = [' ' * (W - dw(s) - 4) + s]
        for ln in lines:
            if len(cur) >= rep['page_lines'] and ln != '':
                flush()
            if not cur and ln == '':
                continue
            cur.append(ln)
    flush()
    out = []
    for i, pg in enumerate(pages):
        width = max([W] + [dw(x) for x in pg])
        foot = '－ %d －' % (i + 1)
        out.append('\n'.join(pg + ['', ' ' * ((width - dw(foot)) // 2) + foot, '']))
    return ('\f'.join(out) + '\f').encode('utf-8')


# 3. portal "打印本页" view copied as text: paragraphs indented with two U+3000,
#    table cells separated by U+3000, a rowspan cell only in its first row.
def render_print_u3000(rep):
    S = '\u3000'
    out = [rep['site'], '', rep['title'],
           '发布时间：%s%s%s来源：%s%s%s字号：【大　中　小】' % (rep['published'], S, S, rep['source'], S, S), '']
    for kind, s in rep['doc']:
        if kind == 'title':
            continue
        if kind == 'h':
            out.append(S * 2 + s)
        elif kind in ('sub', 'p'):
            out.append(S * 2 + s)
        elif kind == 'table':
            rows, n = table_model(rep, s)
            for cells in grid_fields(rows, n, vcont=None):
                out.append(S.join(t for t, cl, c, cs in cells))
        elif kind in ('sign', 'date'):
            out.append(S * 16 + s)
    out += ['', '【打印本页】' + S + '【关闭窗口】']
    return ('\n'.join(out) + '\n').encode('utf-8')


# 4. WPS "另存为网页": Word-namespace HTML from WPS, unquoted attributes, pt sizes
#    with four decimals, every run as <span><font face>, <o:p></o:p> closing each
#    paragraph, some numbers cut over two runs.
def wps_run(t, font, size):
    return '<span style="font-family:%s;font-size:%s;mso-font-kerning:0.0000pt;"><font face="%s">%s</font></span>' % (
        font, size, font.strip("'"), esc(t))


def render_wps(rep):
    split = rep['wps_split']
    ops = '<span style="font-family:%s;font-size:%s;"><o:p></o:p></span>'
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>', '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
           '<meta name=ProgId content=Word.Document>', '<meta name=Generator content="WPS Office">',
           '<meta name=Originator content="WPS Office">', '<title>%s</title>' % esc(rep['title']),
           '<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>%s</o:Author><o:Pages>9</o:Pages>'
           '<o:Words>1386</o:Words></o:DocumentProperties><o:CustomDocumentProperties><o:KSOProductBuildVer '
           'dt:dt="string">2052-12.1.0.16388</o:KSOProductBuildVer></o:CustomDocumentProperties></xml><![endif]-->' % rep['author'],
           '<!--[if gte mso 9]><xml><w:WordDocument><w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>'
           '<w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery><w:Compatibility>'
           '<w:SpaceForUL/><w:BalanceSingleByteDoubleByteWidth/></w:Compatibility></w:WordDocument></xml><![endif]-->',
           '<style>', '@font-face{font-family:"Times New Roman";}', '@font-face{font-family:"仿宋_GB2312";}',
           'p.MsoNormal{mso-style-name:正文;mso-style-parent:"";margin:0pt;margin-bottom:.0001pt;'
           'mso-pagination:none;text-align:justify;text-justify:inter-ideograph;font-family:Calibri;'
           'mso-fareast-font-family:宋体;mso-bidi-font-family:\'Times New Roman\';font-size:10.5000pt;'
           'mso-font-kerning:1.0000pt;}',
           'span.10{font-family:\'Times New Roman\';}',
           '@page{mso-page-border-surround-header:no;mso-page-border-surround-footer:no;}'
           '@page Section0{margin-top:104.8500pt;margin-bottom:99.2500pt;margin-left:79.3500pt;'
           'margin-right:73.7000pt;size:595.3000pt 841.9000pt;layout-grid:28.9500pt;}div.Section0{page:Section0;}',
           '</style>', '</head>', '<body style="tab-interval:21pt;text-justify-trim:punctuation;">',
           '<!--StartFragment-->', '<div class="Section0"  style="layout-grid:28.9500pt;" >']
    fs = '16.0000pt'
    body_font = '仿宋_GB2312'

    def para(t, style, font=body_font, size=fs, bold=False, align=None):
        a = ' align=%s' % align if align else ''
        r = wps_run(t, font, size)
        if bold:
            r = '<b>' + r + '</b>'
        return '<p class=MsoNormal%s style="%s">%s%s</p>' % (a, style, r, ops % (font, size))

    lh = 'line-height:28.9500pt;mso-line-height-rule:exactly;'
    for kind, s in rep['doc']:
        if kind == 'title':
            out.append(para(s, 'text-align:center;' + lh, '方正小标宋简体', '22.0000pt', align='center'))
            out.append('<p class=MsoNormal style="%s">%s</p>' % (lh, ops % (body_font, fs)))
        elif kind == 'h':
            out.append(para(s, 'text-indent:32.0000pt;' + lh, '黑体'))
        elif kind == 'sub':
            out.append(para(s, 'text-indent:32.0000pt;' + lh, '楷体_GB2312', bold=True))
        elif kind == 'p':
            out.append(para(s, 'text-indent:32.0000pt;' + lh))
        elif kind in ('sign', 'date'):
            out.append(para(s, 'text-align:right;margin-right:32.0000pt;' + lh, align='right'))
        elif kind == 'table':
            rows, n = table_model(rep, s)
            out.append('<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=590 '
                       'style="border-collapse:collapse;mso-table-layout-alt:fixed;border:none;'
                       'mso-border-left-alt:0.5000pt solid windowtext;mso-border-top-alt:0.5000pt solid windowtext;'
                       'mso-border-right-alt:0.5000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;'
                       'mso-border-insideh:0.5000pt solid windowtext;mso-border-insidev:0.5000pt solid windowtext;'
                       'mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;">')
            for row in rows:
                out.append('<tr style="height:20.4000pt;">')
                for cl in row:
                    w = 40 * cl['cs']
                    if cl['kind'] == 'v':
                        t = cl['t']
                        if cl['path'] in split and len(t) >= 2:
                            k = split[cl['path']]
                            runs = (wps_run(t[:k], "'Times New Roman'", '10.5000pt') +
                                    wps_run(t[k:], "'Times New Roman'", '10.5000pt'))
                        else:
                            runs = wps_run(t, "'Times New Roman'", '10.5000pt')
                    else:
                        runs = wps_run(cl['t'], '宋体', '10.5000pt')
                        if cl['kind'] == 'h':
                            runs = '<b>' + runs + '</b>'
                    out.append('<td width=%d valign=center%s style="width:%.4fpt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;'
                               'border-left:1.0000pt solid windowtext;mso-border-left-alt:0.5000pt solid windowtext;'
                               'border-right:1.0000pt solid windowtext;mso-border-right-alt:0.5000pt solid windowtext;'
                               'border-top:1.0000pt solid windowtext;mso-border-top-alt:0.5000pt solid windowtext;'
                               'border-bottom:1.0000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;" >'
                               '<p class=MsoNormal align=center style="text-align:center;">%s%s</p></td>'
                               % (w, span_attrs(cl, q=''), w * 0.75, runs, ops % ("'Times New Roman'", '10.5000pt')))
                out.append('</tr>')
            out.append('</table>')
            out.append('<p class=MsoNormal style="%s">%s</p>' % (lh, ops % (body_font, fs)))
    out += ['</div>', '<!--EndFragment-->', '</body>', '</html>']
    return ('\n'.join(out) + '\n').encode('utf-8')


# 5. Tesseract (chi_sim) of a scanned paper copy: a space between Chinese
#    characters, cells one space apart, border rules read as |, O for 0 and l for 1
#    in some cells, one blotted cell read as 口.
def ocr_space(s):
    out, prev = '', ''
    for ch in s:
        if prev and prev != ' ' and ch != ' ' and (wide(prev) or wide(ch)):
            out += ' '
        out += ch
        prev = ch
    return out


def render_ocr(rep):
    rng = Rng(rep['seed'] ^ 0x5EED)
    W = 60
    pages, cur = [], []
    for kind, s in rep['doc']:
        table = False
        if kind == 'title':
            lines = wrap_dw(s, 40) + ['']
        elif kind in ('h', 'sub'):
            lines = [s]
        elif kind == 'p':
            lines = wrap_para(s, W, first='  ', rest='')
        elif kind == 'table':
            rows, n = table_model(rep, s)
            widths = {'t2': [24, 14, 14, 14], 't3': [2, 10, 22] + [6] * 7, 't4': [4] * 15}[s]
            lines, _ = layout_table(rows, n, widths, valign='center', gap=2)
            table = True
        elif kind == 'sign':
            lines = ['', s]
        else:
            lines = [s]
        for ln in lines:
            ln = re.sub(r' +', ' ', ln.strip())
            if ln == '':
                if cur and cur[-1] != '':
                    cur.append('')
                continue
            ln = ocr_space(ln)
            if table and rng.below(3) == 0:
                ln = '| ' + ln
            if table and rng.below(4) == 0:
                ln = ln + ' |'
            cur.append(ln)
            if len(cur) >= rep['page_lines']:
                pages.append(cur)
                cur = []
    if cur:
        pages.append(cur)
    out = []
    for i, pg in enumerate(pages):
        out.append('\n'.join(pg + ['', '- %d -' % (i + 1), '']))
    return ('\n\f'.join(out) + '\n\f').encode('utf-8')


def ocr_fmt(rep):
    for path in rep['ocr_cells']:
        s = str(raw_value(rep, path))
        t = s.replace('0', 'O').replace('1', 'l')
        assert t != s, (path, s)
        rep['fmt'][path] = t
    for path in rep['ocr_blots']:
        assert raw_value(rep, path) == 0
        rep['blank'][path] = '口'


# 6. Elasticsearch _search response of a crawler's index: the page's HTML in
#    _source.content, the whole response ASCII-escaped (\uXXXX) on one line.
def render_es(rep):
    parts = ['<div class="view TRS_UEDITOR trs_paper_default trs_web">']
    for kind, s in rep['doc']:
        if kind == 'title':
            parts.append('<p style="text-align: center;"><strong><span style="font-size: 22px;">%s</span></strong></p>' % esc(s))
        elif kind == 'h':
            parts.append('<p style="text-indent: 2em;"><strong>%s</strong></p>' % esc(s))
        elif kind == 'sub':
            parts.append('<p style="text-indent: 2em;"><strong><span style="font-family: 楷体;">%s</span></strong></p>' % esc(s))
        elif kind == 'p':
            parts.append('<p style="text-indent: 2em;">%s</p>' % esc(s))
        elif kind in ('sign', 'date'):
            parts.append('<p style="text-align: right;">%s</p>' % esc(s))
        elif kind == 'table':
            rows, n = table_model(rep, s)
            t = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;"><tbody>']
            for row in rows:
                t.append('<tr>' + ''.join('<td%s style="text-align:center;">%s</td>' % (span_attrs(cl), esc(cl['t'])) for cl in row) + '</tr>')
            t.append('</tbody></table>')
            parts.append('\n'.join(t))
    parts.append('</div>')
    content = '\n'.join(parts)
    src = {'title': rep['title'], 'url': rep['url'], 'site_name': rep['site'], 'channel': '政府信息公开年报',
           'pub_time': rep['published'] + ' ' + rep['pub_clock'], 'source': rep['agency_printed'],
           'content': content, 'attachments': [], 'crawl_time': rep['crawl_time'], 'lang': 'zh'}
    res = {'took': 14, 'timed_out': False, '_shards': {'total': 3, 'successful': 3, 'skipped': 0, 'failed': 0},
           'hits': {'total': {'value': 1, 'relation': 'eq'}, 'max_score': 17.208393,
                    'hits': [{'_index': 'gov_xxgk_v3', '_type': '_doc', '_id': rep['doc_id'], '_score': 17.208393,
                              '_source': src}]}}
    return (json.dumps(res, ensure_ascii=True, separators=(',', ':')) + '\n').encode('ascii')


def decode_es(data):
    src = json.loads(data.decode('ascii'))['hits']['hits'][0]['_source']
    return src['title'] + '\n' + html_to_text(src['content'])


# 7. Jina Reader (r.jina.ai) markdown of the page: Title/URL Source/Published Time
#    header, setext title, links kept, tables as GFM pipe tables without span
#    expansion (first row taken as the header, rows of unequal length).
def render_jina(rep):
    out = ['Title: ' + rep['page_title'], '', 'URL Source: ' + rep['url'], '',
           'Published Time: %sT%s+08:00' % (rep['published'], rep['pub_clock']), '', 'Markdown Content:']
    out += rep['chrome_top']
    for kind, s in rep['doc']:
        if kind == 'title':
            out += [s, '=' * dw(s), '', '发布时间：%s %s　来源：%s' % (rep['published'], rep['pub_clock'][:5], rep['source']), '']
        elif kind == 'h':
            out += ['**%s**' % s, '']
        elif kind == 'sub':
            out += ['**%s**' % s, '']
        elif kind in ('p', 'sign', 'date'):
            out += [s, '']
        elif kind == 'table':
            rows, n = table_model(rep, s)
            fields = grid_fields(rows, n, vcont=None)
            out.append('| ' + ' | '.join(t for t, cl, c, cs in fields[0]) + ' |')
            out.append('| ' + ' | '.join('---' for _ in fields[0]) + ' |')
            for cells in fields[1:]:
                out.append('| ' + ' | '.join(t for t, cl, c, cs in cells) + ' |')
            out.append('')
    out += rep['chrome_bottom']
    return ('\n'.join(out) + '\n').encode('utf-8')


# 8. Word "另存为 纯文本" (UTF-8 chosen in the encoding dialog): BOM, CRLF, each
#    paragraph one line, table rows one line with TAB between cells, an empty field
#    for every cell merged down from the row above.
def render_word_txt(rep):
    out = []
    for kind, s in rep['doc']:
        if kind == 'table':
            rows, n = table_model(rep, s)
            for cells in grid_fields(rows, n, vcont=''):
                out.append('\t'.join(t for t, cl, c, cs in cells))
        else:
            out.append(s)
    return ('\ufeff' + '\r\n'.join(out) + '\r\n').encode('utf-8')


def decode_html(data):
    return html_to_text(data.decode('utf-8'))


def decode_text(data):
    return data.decode('utf-8')


def decode_word_txt(data):
    return data.decode('utf-8-sig').replace('\r\n', '\n')


# ---------------------------------------------------------------------------
# the eight reports
# ---------------------------------------------------------------------------
S6_21 = ('（一）信息处理费收取情况', '{year}年，本机关共收取信息处理费{fees_collected}元。')

REPORTS = [
    dict(id='heting', file='heting-sthjj-2020.txt', form='antiword-doc-text',
         form_desc='antiword output of the .doc as published (附件 download): every table row drawn as |cell|cell| with each cell padded to its Word width and its text wrapped inside the cell over several lines, vertically merged cells blank below their first row, no horizontal rules, the seal as [pic]',
         template='2019', year=2020, level='city department', level_code='city_dept',
         region='fictional 鹤汀市', agency_printed='鹤汀市生态环境局', published='2021-01-28', seed=0xC701,
         title='鹤汀市生态环境局2020年政府信息公开工作年度报告',
         apps={'person': (58, 3, 4), 'business': (21, 1, 1), 'research': (2, 0, 0), 'nonprofit': (3, 0, 0),
               'legal': (4, 0, 1), 'other': (1, 0, 0)},
         appeals={'review': [2, 0, 1, 1, 4], 'suit_direct': [1, 0, 0, 1, 2], 'suit_after_review': [0, 0, 0, 0, 0]},
         active=A19((0, 0, 0), (3, 3, 27), (186, -12, 1342), (7, 1, 95), (64, -5, 583), (12, 0, 41), (2, 0), (9, '356.8', '万元')),
         plus_sign=True,
         narr={'active_total': 2417, 'new_media_posts': 963},
         contact='如对本报告有疑问，请与鹤汀市生态环境局办公室联系（电话：0597-3261054）。',
         signature='鹤汀市生态环境局',
         prose={'s1': [
             ('（一）主动公开', '2020年，我局通过市政府门户网站、局网站和“鹤汀生态环境”政务新媒体主动公开政府信息{active_total}条，其中政务新媒体发布{new_media_posts}条，重点公开环境质量状况、建设项目环评审批、排污许可、环境行政处罚和突发环境事件应对等信息。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转2021年继续办理{cf}件。申请内容主要涉及建设项目环评文件、企业排污监测数据和信访件办理情况。'),
             ('（三）政府信息管理', '落实政府信息公开保密审查制度，建立公开属性源头认定台账。'),
             ('（四）平台建设', '完成局网站适老化改造，开设“环境监测信息”专栏。'),
             ('（五）监督保障', '将政务公开工作纳入局机关科室年度考核，开展业务培训2次。')],
             'after_t4': ['2020年，我局因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
             's5': ['一是部分科室对公开属性认定把握不准；二是政策解读形式较为单一。2021年，我局将加强业务培训，推行图解、视频等解读方式。'],
             's6': [(None, '本年度未收取信息处理费。')]}),

    dict(id='lanchuan', file='lanchuan-county-2021.txt', form='pdftotext-layout-landscape-narrow',
         form_desc='pdftotext -layout of the county\'s PDF in which table 三 is a landscape page of its own: the seven applicant columns are three characters wide, so the numbers of a row stand one space apart and the column headers wrap a character a line (自/然/人, 社/会/公/益/组/织); portrait pages around it 80 columns wide; page footers － N － and form feeds',
         template='2021', year=2021, level='county government', level_code='county_gov',
         region='fictional 澜川县', agency_printed='澜川县人民政府', published='2022-03-25', seed=0xC702,
         title='澜川县人民政府2021年政府信息公开工作年度报告', page_lines=46,
         apps={'person': (246, 8, 12), 'business': (37, 1, 2), 'research': (1, 0, 0), 'nonprofit': (2, 0, 0),
               'legal': (11, 0, 1), 'other': (5, 0, 0)},
         weights={'other_handling.fee_unpaid': 0},
         appeals={'review': [4, 1, 2, 1, 8], 'suit_direct': [2, 0, 1, 1, 4], 'suit_after_review': [1, 0, 0, 0, 1]},
         active=A21((0, 0, 0), (7, 3, 52), 23617, 4382, 97, '318.46'),
         narr={'active_total': 6128, 'interpretations': 58, 'npc_suggestions': 84, 'cppcc_proposals': 121, 'fees_collected': 0},
         contact='',
         signature='澜川县人民政府办公室',
         prose={'s1': [
             ('（一）主动公开', '2021年，全县各级行政机关主动公开政府信息{active_total}条，发布政策解读{interpretations}篇，重点做好乡村振兴、义务教育、医疗保障和疫情防控等领域信息公开。'),
             ('（二）依申请公开', '县政府本级全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度继续办理{cf}件。'),
             ('（三）政府信息管理', '开展行政规范性文件清理，废止行政规范性文件3件，公布现行有效目录。'),
             ('（四）政府信息公开平台建设', '推进县政府网站集约化，统一乡镇政府信息公开专栏。'),
             ('（五）监督保障', '将政务公开纳入全县高质量发展综合考核，开展业务培训3期。')],
             'after_t4': ['2021年，县政府因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
             's5': ['部分乡镇和部门公开专栏更新不及时、内容不规范。2022年将实行季度检查通报。'],
             's6': [S6_21, ('（二）人大代表建议和政协提案办理结果公开情况', '全年办理县人大代表建议{npc_suggestions}件、县政协提案{cppcc_proposals}件，办理结果全部公开。')]}),

    dict(id='huaiyang', file='huaiyang-wjw-2019.txt', form='print-page-ideographic-space',
         form_desc='text of the portal\'s 打印本页 view copied into a .txt: site name, title and 发布时间/来源 line on top, paragraphs indented with two U+3000, table cells separated by a single U+3000 (ideographic space) and no other separator, a rowspan cell only in its first row (later rows of a group start with their sub-label), 【打印本页】【关闭窗口】 at the end',
         template='2019', year=2019, level='district department', level_code='county_dept',
         region='fictional 槐阳区', agency_printed='槐阳区卫生健康委员会', published='2020-01-21', seed=0xC703,
         title='槐阳区卫生健康委员会2019年政府信息公开工作年度报告', site='槐阳区人民政府门户网站', source='槐阳区卫生健康委员会',
         apps={'person': (27, 0, 2), 'business': (5, 0, 0), 'research': (0, 0, 0), 'nonprofit': (1, 0, 0),
               'legal': (2, 0, 0), 'other': (0, 0, 0)},
         typo_spec=('applications.unable.not_held.person', 5),
         appeals={'review': [1, 0, 0, 0, 1], 'suit_direct': [0, 0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0, 0]},
         active=A19((0, 0, 0), (2, 2, 14), (23, 1, 4120), (5, 0, 37), (18, 2, 264), (3, 0, 12), (0, 0), (4, '826400', '元')),
         narr={'active_total': 638},
         contact='',
         signature='槐阳区卫生健康委员会',
         prose={'s1': [
             ('（一）主动公开', '2019年，我委通过区政府门户网站主动公开政府信息{active_total}条，主要包括医疗机构执业登记、公共场所卫生许可、基本公共卫生服务项目和卫生监督执法等信息。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，办结{done}件，结转下年度{cf}件，均在法定期限内答复。'),
             ('（三）政府信息管理', '建立政府信息公开审查机制，明确科室初审、办公室复审、分管领导审定的工作流程。'),
             ('（四）平台建设', '更新区政府门户网站卫生健康信息公开专栏，增设“公共卫生”子栏目。'),
             ('（五）监督保障', '成立政务公开工作领导小组，将信息公开工作纳入科室年度考核。')],
             'after_t4': ['本年度我委因政府信息公开被申请行政复议{rev}件，结果维持。'],
             's5': ['新《条例》施行后，工作人员对不予公开情形的把握还不够准确。下一步将组织专题学习，规范答复文书。'],
             's6': [(None, '本年度未收取信息处理费。')]}),

    dict(id='jichuan', file='jichuan-jtt-2023.htm', form='wps-save-as-html',
         form_desc='the report saved from WPS 文字 as a web page: Word-namespace HTML with meta Generator "WPS Office", KSOProductBuildVer in a conditional comment, unquoted attributes, sizes in pt with four decimals, every run a <span style> holding <font face="…">, each paragraph and cell closed by <span><o:p></o:p></span>, MsoNormalTable with a border style on every <td>, and three numbers cut over two runs (<font>128</font></span><span …><font>436</font>)',
         template='2021', year=2023, level='provincial department', level_code='province_dept',
         region='fictional 霁川省', agency_printed='霁川省交通运输厅', published='2024-01-26', seed=0xC704,
         title='霁川省交通运输厅2023年政府信息公开工作年度报告', author='jtt-bgs',
         wps_split={'active.licensing.decisions': 3, 'applications.new.person': 1, 'applications.processed.total': 2},
         apps={'person': (412, 15, 19), 'business': (96, 4, 5), 'research': (3, 0, 0), 'nonprofit': (2, 0, 0),
               'legal': (27, 1, 2), 'other': (8, 0, 0)},
         weights={'other_handling.fee_unpaid': 0},
         appeals={'review': [7, 1, 2, 2, 12], 'suit_direct': [3, 1, 1, 2, 7], 'suit_after_review': [2, 0, 0, 1, 3]},
         active=A21((0, 0, 0), (6, 2, 48), 128436, 3517, 46, '86.52'),
         narr={'active_total': 4862, 'press_conferences': 14, 'interpretations': 73, 'npc_suggestions': 128,
               'cppcc_proposals': 157, 'fees_collected': 0},
         contact='',
         signature='霁川省交通运输厅',
         prose={'s1': [
             ('（一）主动公开', '2023年，我厅主动公开政府信息{active_total}条，召开新闻发布会{press_conferences}场，发布政策解读{interpretations}篇，重点公开综合交通规划、重大交通项目建设、道路运输许可和交通运输执法等信息。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度继续办理{cf}件。'),
             ('（三）政府信息管理', '动态更新行政规范性文件目录，清理废止行政规范性文件2件。'),
             ('（四）政府信息公开平台建设', '优化厅门户网站政府信息公开专栏，上线交通运输政策文件库。'),
             ('（五）监督保障', '将政务公开纳入厅机关处室绩效考核，组织全省交通运输系统政务公开培训1次。')],
             'after_t4': ['2023年，我厅因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
             's5': ['政策解读的针对性和可读性有待增强，依申请公开答复质量在厅属单位间不够均衡。2024年将健全答复文书会审机制。'],
             's6': [('（一）信息处理费收取情况', '本年度未收取信息处理费，共收取{fees_collected}元。'),
                    ('（二）人大代表建议和政协提案办理结果公开情况', '全年承办省人大代表建议{npc_suggestions}件、省政协提案{cppcc_proposals}件，办理结果按规定公开。')]}),

    dict(id='liuping', file='liuping-town-2022.txt', form='tesseract-ocr-scan',
         form_desc='Tesseract (chi_sim) text of the scanned paper copy the town posted as an image PDF: a space between all Chinese characters, runs of spaces collapsed so table cells stand one space apart, merged labels vertically centred on a middle line of their span, table rules read as | at some line ends, page numbers - N - and form feeds; six cells with O for 0 and l for 1, one blotted cell read as 口',
         template='2021', year=2022, level='township government (乡镇)', level_code='town',
         region='fictional 东篱县', agency_printed='东篱县柳坪镇人民政府', published='2023-01-16', seed=0xC705,
         title='东篱县柳坪镇人民政府2022年政府信息公开工作年度报告', page_lines=40,
         apps={'person': (15, 1, 1), 'business': (2, 0, 0), 'research': (0, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (1, 0, 0), 'other': (0, 0, 0)},
         weights={'other_handling.fee_unpaid': 0, 'granted': 600},
         appeals={'review': [1, 0, 0, 0, 1], 'suit_direct': [0, 0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0, 0]},
         active=A21((0, 0, 0), (0, 0, 0), 106, 30, 0, '0'),
         ocr_cells=['active.regulations.in_force', 'active.licensing.decisions', 'active.penalty.decisions',
                    'applications.new.person', 'applications.processed.total', 'appeals.review.total'],
         ocr_blots=['applications.denied.prohibited.business'],
         fmts=ocr_fmt,
         narr={'active_total': 312, 'fees_collected': 0},
         contact='',
         signature='东篱县柳坪镇人民政府',
         prose={'s1': [
             ('（一）主动公开', '2022年，我镇通过县政府门户网站乡镇信息公开专栏和镇村公开栏主动公开政府信息{active_total}条，重点公开财政预决算、惠农补贴发放、低保救助和村级事务等信息。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度{cf}件。'),
             ('（三）政府信息管理', '明确党政办为政务公开工作机构，落实信息发布审核制度。'),
             ('（四）平台建设', '规范镇村两级公开栏，按季度更新公开内容。'),
             ('（五）监督保障', '将政务公开工作纳入村（社区）年度考核。')],
             'after_t4': ['2022年，我镇因政府信息公开被申请行政复议{rev}件，结果维持。'],
             's5': ['政务公开工作人员均为兼职，业务能力有待提高。下一步将积极参加县级业务培训。'],
             's6': [('（一）信息处理费收取情况', '本年度未收取信息处理费。'), ('（二）其他事项', '无。')]}),

    dict(id='ocean', file='ocean-data-2024.json', form='elasticsearch-hit-html-escaped',
         form_desc='an Elasticsearch _search response from a crawler\'s index, on one line: took/_shards/hits envelope, the report in hits.hits[0]._source.content as the page\'s HTML (UEditor-style <p style="text-indent: 2em;"> and <table border="1"> with rowspan/colspan), title/url/pub_time/source beside it; serialised with ensure_ascii so every Chinese character is a \\uXXXX escape and the file is pure ASCII',
         template='2021', year=2024, level='ministry (national bureau)', level_code='ministry',
         region='national (fictional 国家海洋观测数据局)', agency_printed='国家海洋观测数据局', published='2025-01-22', seed=0xC706,
         title='国家海洋观测数据局2024年政府信息公开工作年度报告', site='国家海洋观测数据局',
         url='https://www.nmodb.gov.cn/zwgk/xxgknb/202501/t20250122_41836.html', pub_clock='10:30:00',
         crawl_time='2025-02-03T08:14:27+08:00', doc_id='b1f6c0a9e27d4e3c8a5f0d4b7c21e96a',
         apps={'person': (186, 6, 9), 'business': (42, 2, 3), 'research': (14, 1, 1), 'nonprofit': (3, 0, 0),
               'legal': (9, 0, 0), 'other': (4, 0, 0)},
         weights={'other_handling.fee_unpaid': 0},
         appeals={'review': [5, 1, 2, 1, 9], 'suit_direct': [2, 0, 1, 2, 5], 'suit_after_review': [1, 0, 1, 0, 2]},
         active=A21((1, 0, 12), (4, 1, 38), 2461, 9, 0, '0'),
         narr={'active_total': 1753, 'press_conferences': 6, 'interpretations': 17, 'npc_suggestions': 21,
               'cppcc_proposals': 18, 'fees_collected': 0},
         contact='',
         signature='国家海洋观测数据局',
         prose={'s1': [
             ('（一）主动公开', '2024年，我局在门户网站主动公开政府信息{active_total}条，举办新闻发布会{press_conferences}场，发布政策解读{interpretations}篇，重点公开海洋观测站网布局、观测数据共享服务和海洋预警报产品等信息。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度继续办理{cf}件。'),
             ('（三）政府信息管理', '修订《国家海洋观测数据局政府信息公开工作办法》，制定规章1件。'),
             ('（四）政府信息公开平台建设', '上线海洋观测数据开放目录，完善政策文件库。'),
             ('（五）监督保障', '将政务公开纳入司室年度考核，开展专题培训1次。')],
             'after_t4': ['全年发生政府信息公开行政复议案件{rev}件、行政诉讼案件{suit}件。'],
             's5': ['数据类信息的公开标准尚不统一。2025年将制定观测数据公开分级目录。'],
             's6': [('（一）信息处理费收取情况', '本年度未收取信息处理费，共收取{fees_collected}元。'),
                    ('（二）人大代表建议和政协提案办理结果公开情况', '2024年，我局承办全国人大代表建议{npc_suggestions}件、全国政协提案{cppcc_proposals}件，已全部办结。')]}),

    dict(id='meiling', file='meiling-city-2025.md', form='jina-reader-markdown',
         form_desc='the page fetched through Jina Reader (r.jina.ai): a Title / URL Source / Published Time header then "Markdown Content:", the site chrome as markdown links, a setext (===) title, section heads in **bold**, and each table as a GFM pipe table made without expanding spans: the first row taken as the header with a --- row of its length, a colspan cell given once and a rowspan cell only in its first row, so rows have unequal numbers of cells',
         template='2021', year=2025, level='prefecture-level city government', level_code='city_gov',
         region='fictional 湄陵市', agency_printed='湄陵市人民政府', published='2026-03-20', seed=0xC707,
         title='湄陵市人民政府2025年政府信息公开工作年度报告', source='湄陵市人民政府办公室',
         page_title='湄陵市人民政府2025年政府信息公开工作年度报告_湄陵市人民政府',
         url='https://www.meiling.gov.cn/zwgk/zfxxgk/ndbg/202603/t20260320_1948273.html', pub_clock='16:45:00',
         chrome_top=['[![Image 1: 湄陵市人民政府](https://www.meiling.gov.cn/images/logo.png)](https://www.meiling.gov.cn/)', '',
                     '*   [首页](https://www.meiling.gov.cn/)', '*   [政务公开](https://www.meiling.gov.cn/zwgk/)',
                     '*   [政务服务](https://www.meiling.gov.cn/zwfw/)', '*   [互动交流](https://www.meiling.gov.cn/hdjl/)', '',
                     '当前位置：[首页](https://www.meiling.gov.cn/) > [政务公开](https://www.meiling.gov.cn/zwgk/) > [政府信息公开年报](https://www.meiling.gov.cn/zwgk/zfxxgk/ndbg/)', ''],
         chrome_bottom=['[【打印本页】](javascript:window.print()) [【关闭窗口】](javascript:window.close())', '',
                        '主办：湄陵市人民政府办公室 网站标识码：3611000012 [赣ICP备05008362号](https://beian.miit.gov.cn/)'],
         apps={'person': (743, 26, 31), 'business': (118, 5, 6), 'research': (6, 0, 0), 'nonprofit': (4, 0, 0),
               'legal': (39, 1, 2), 'other': (17, 0, 1)},
         weights={'other_handling.fee_unpaid': 3},
         appeals={'review': [13, 3, 5, 4, 25], 'suit_direct': [6, 1, 3, 3, 13], 'suit_after_review': [2, 1, 1, 1, 5]},
         active=A21((2, 1, 38), (14, 5, 127), 52384, 11276, 538, '1427.35'),
         narr={'active_total': 34862, 'press_conferences': 38, 'interpretations': 214, 'npc_suggestions': 296,
               'cppcc_proposals': 341, 'fees_collected': 800, 'fee_notices': 9},
         contact='',
         signature='湄陵市人民政府办公室',
         prose={'s1': [
             ('（一）主动公开', '2025年，全市各级行政机关主动公开政府信息{active_total}条。市政府本级召开新闻发布会{press_conferences}场，发布政策解读{interpretations}篇。'),
             ('（二）依申请公开', '市政府本级全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度继续办理{cf}件。'),
             ('（三）政府信息管理', '全年制定市政府规章2件、废止1件，集中公布现行有效规章和行政规范性文件目录。'),
             ('（四）政府信息公开平台建设', '完成市政府网站集约化平台迁移，规范政务新媒体账号管理。'),
             ('（五）监督保障', '将政务公开纳入市直部门和县（区）年度综合考核，组织全市业务培训2期。')],
             'after_t4': ['2025年，市政府因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
             's5': ['一是部分县（区）依申请公开答复说理不够充分；二是政策解读与群众关切结合不够紧密。下一步将开展答复文书评查和解读质量评估。'],
             's6': [('（一）信息处理费收取情况', '2025年，市政府办公室向申请人发出收费通知{fee_notices}件，实际收取信息处理费{fees_collected}元，申请人逾期未缴纳费用、不再处理的申请{fee_unpaid}件。'),
                    ('（二）人大代表建议和政协提案办理结果公开情况', '全年市政府系统办理市人大代表建议{npc_suggestions}件、市政协提案{cppcc_proposals}件，办理结果全部公开。')]}),

    dict(id='tangxi', file='tangxi-etdz-2020.txt', form='word-save-as-plain-text',
         form_desc='the .docx saved from Word as 纯文本 with UTF-8 chosen in the 文件转换 dialog: a byte-order mark, CRLF line ends, every paragraph one line (no wrapping, no indentation), every table row one line with a TAB between cells, an empty field for each cell merged down from a row above (so the rows of a group start with TABs), a horizontally merged cell one field',
         template='2019', year=2020, level='development zone administrative committee', level_code='dev_zone',
         region='fictional 棠溪市', agency_printed='棠溪经济技术开发区管理委员会', published='2021-01-29', seed=0xC708,
         title='棠溪经济技术开发区管理委员会2020年政府信息公开工作年度报告',
         apps={'person': (34, 1, 2), 'business': (19, 0, 1), 'research': (0, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (3, 0, 0), 'other': (2, 0, 0)},
         appeals={'review': [1, 0, 0, 1, 2], 'suit_direct': [1, 0, 0, 0, 1], 'suit_after_review': [0, 0, 0, 0, 0]},
         active=A19((0, 0, 0), (2, 1, 9), (312, 8, 2875), (24, -3, 416), (38, 0, 157), (2, 0, 3), (1, -1), (17, '2315.6', None)),
         narr={'active_total': 1125},
         contact='',
         signature='棠溪经济技术开发区管理委员会',
         prose={'s1': [
             ('（一）主动公开', '2020年，管委会通过开发区门户网站和“棠溪开发区发布”微信公众号主动公开政府信息{active_total}条，重点公开招商引资政策、企业服务事项、项目审批结果和财政预决算等信息。'),
             ('（二）依申请公开', '全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度继续办理{cf}件。'),
             ('（三）政府信息管理', '梳理管委会及各局办权责清单，动态更新公开目录。'),
             ('（四）平台建设', '对开发区门户网站进行改版，增设“企业服务”专栏。'),
             ('（五）监督保障', '将政务公开纳入局办年度目标考核。')],
             'after_t4': ['2020年，管委会因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
             's5': ['依申请公开办理流程还需进一步规范，部分答复文书引用条款不够准确。2021年将制定依申请公开办理规程。'],
             's6': [(None, '本年度未收取信息处理费。')]}),
]

RENDER = {'heting': (render_antiword, decode_text), 'lanchuan': (render_narrow_layout, decode_text),
          'huaiyang': (render_print_u3000, decode_text), 'jichuan': (render_wps, decode_html),
          'liuping': (render_ocr, decode_text), 'ocean': (render_es, decode_es),
          'meiling': (render_jina, decode_text), 'tangxi': (render_word_txt, decode_word_txt)}


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


OCR_MAP = str.maketrans('Ol', '01')


def process(rep):
    rep['blank'] = {}
    rep['fmt'] = dict(rep.get('fmt_init', {}))
    rep['narrative'] = {}
    rep['A'] = build_apps(rep)
    bad = identities(rep, rep['A'], rep['appeals'])
    assert bad == [], (rep['id'], bad)                      # every hard identity on the true figures
    check_active(rep)
    if rep.get('typo_spec'):
        path, delta = rep['typo_spec']
        rep['typo'] = {path: raw_value(rep, path) + delta}
    if rep.get('typo'):
        A2, P2 = printed_tables(rep)
        rep['failing'] = identities(rep, A2, P2)
        assert rep['failing'], rep['id']
    if rep.get('fmts'):
        rep['fmts'](rep)
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
                s2 = s.translate(OCR_MAP) if rep['id'] == 'liuping' else s
                m = re.match(r'-?\d+(\.\d+)?', s2.lstrip('+')).group(0)
                assert m == str(v) or Decimal(m) == Decimal(str(v)), (rep['id'], path, s, v)
    assert rep['agency_printed'] in flat, rep['id']
    assert cn_date(rep['published']) in flat, rep['id']
    for k, v in n.items():
        assert str(v) in flat or (v < 100 and cn_num(v) in flat), (rep['id'], k, v)
    # form-specific self-checks
    i = rep['id']
    if i == 'heting':
        assert txt.count('|予以公开') == 0 and '|（一）予以公开' in txt
        assert '+1' in txt and '-12' in txt and '356.8万元' in txt
    if i == 'lanchuan':
        pages = txt.split('\f')
        p3 = [pg for pg in pages if '本年新收政府信息公开申请数量' in pg]
        assert len(p3) == 1 and '自然人' not in p3[0] and '第二十条' not in p3[0]      # header wrapped, page of its own
        assert max(len(x) for x in p3[0].split('\n')) > 80
        assert all(v < 1000 for r in rep['A'].values() for v in r)
        assert re.search(r'\d{3} \d', p3[0])
    if i == 'huaiyang':
        assert rep['failing'] == ['T3-ROW unable.not_held', 'T3-SUM person'], rep['failing']
        assert '\t' not in txt and txt.count('\u3000') > 200
    if i == 'jichuan':
        raw = data.decode('utf-8')
        assert '128436' not in raw and '128436' in txt and raw.count('<o:p></o:p>') > 300
    if i == 'liuping':
        assert sum(1 for p in rep['ocr_cells'] if cell(rep, p) in txt) == len(rep['ocr_cells'])
        assert '口' in txt and '本 年 新 收' in txt
    if i == 'ocean':
        assert all(b < 128 for b in data) and data.count(b'\\u') > 1000 and data.count(b'\n') == 1
    if i == 'meiling':
        lens = {ln.count('|') for ln in txt.split('\n') if ln.startswith('| ')}
        assert len(lens) >= 5, lens
    if i == 'tangxi':
        assert data.startswith(b'\xef\xbb\xbf') and data.count(b'\r\n') == data.count(b'\n')
        assert '\t\t2.其他法律行政法规禁止公开' in txt and '2315.6' in txt
    return data, gold


NOTES = {
    'heting': ('Rows are |-delimited; a cell wider than its Word width wraps onto further lines of the same row, so a row can take 2–5 text lines and only its first line '
               'carries the numbers. 三、本年度办理结果 (4 wide) is printed two characters a line down the （一）予以公开 row and blank below; （三）不予公开 likewise down its first '
               'sub-row. Header cells 法人或其他组织 and 申请人情况 are horizontally merged, so header rows have fewer | than data rows. 2019 tables: 本年增/减 printed with a '
               'plus sign when positive (+1) and -12, -5, 0, 0; 采购总金额 356.8万元 (amount 356.8, unit 万元). narrative.new_media_posts 963 (政务新媒体发布).'),
    'lanchuan': ('Table 三 is alone on a landscape page (lines wider than the portrait pages); the seven applicant columns are 3 wide, so 3-digit numbers stand one space apart '
                 'and the headers break a character a line (自/然/人, 商/业/企/业 …, 总/计): no header word is whole. Table 四 likewise prints 15 numbers one space apart. '
                 '2021 tables; county government 规章 0/0/0. narrative.active_total is 全县; the application figures are 县政府本级.'),
    'huaiyang': ('DELIBERATELY UNBALANCED: the 1.本机关不掌握相关政府信息 自然人 cell is printed {typo} although the row\'s true value is {true} (its 总计 cell {rowtot} and the '
                 '（七）总计 自然人 cell {proc} are printed correctly). Failing identities: T3-ROW on row （四）1 ({rowsum} ≠ {rowtot}) and T3-SUM in the 自然人 column '
                 '(the outcome rows add up to {sumpers} ≠ （七）{proc}). T3-COL and all other identities hold. Gold keeps the printed {typo}; balance_ok false. '
                 'Cells are separated by U+3000 only; rowspan cells appear once, so the rows 2.… of a group begin with their sub-label and carry one field fewer. '
                 '2019 tables: 本年增/减 1, 0, 2, 0, 0; 采购总金额 826400元 (amount 826400, unit 元). No lawsuits, no number stated for them.'),
    'jichuan': ('Three numbers are cut over two <font> runs (128|436 行政许可, new.person, processed.total): tags must be removed without inserting a separator. Every cell also '
                'ends in an empty <o:p></o:p>. 2021 tables; provincial department: 规章 0/0/0; fees 86.52 万元.'),
    'liuping': ('OCR confusions, and the gold chosen: six cells are printed with O for 0 and l for 1 — {ocr_list}. In a numeric cell of a ruled statistics table these letters can only be the digits, and every identity of the printed report confirms '
                'them, so gold is the number: a careful reader records them. The cell （三）2.其他法律行政法规禁止公开 × 商业企业 is a blot the OCR read '
                'as 口 — not a digit, it could be 0, 6, 8 or 9 — so gold is null (it is 0 in the underlying figures; the identities hold with it taken as 0, so balance_ok stays '
                'true). Chinese text has a space between characters (本 年 新 收 …); labels must be matched with spaces removed. Table 三 rows are label words followed by 7 '
                'numbers one space apart; wrapped labels continue on the next line without numbers; merged labels sit on a middle line of their span; some lines start with | '
                'or end with |. Township: 规章 and 行政规范性文件 all 0.'),
    'ocean': ('The file is one JSON object; the report is the HTML string hits.hits[0]._source.content, reachable only after JSON decoding (all Chinese is \\uXXXX, '
              'line breaks are \\n inside the string). Fields title, pub_time ({pub}) and source restate the metadata; crawl_time is not the publication date. '
              '2021 tables; national bureau: 规章 1/0/12.'),
    'meiling': ('Pipe tables without span expansion: table 二\'s first row is the caption 第二十条第（一）项 alone, so the --- row has one column and every later row is longer; '
                'in table 三 the header row is （勾稽 note | 申请人情况）, the 自然人/法人或其他组织/总计 row has 3 cells and the 商业企业… row 5; rows 2.… of a group have '
                'one cell fewer than the first, and （一）予以公开 carries 三、本年度办理结果 before it. Map by the row label and take the last 7 cells. fee_unpaid is non-zero and '
                'section 六 states 9 fee notices and 800元 collected (narrative.fees_collected 800). Published Time in the Jina header equals the page date.'),
    'tangxi': ('Word writes an empty field for each cell merged down from above: rows 2.… of a group start with two TABs (\\t\\t2.其他法律行政法规禁止公开\\t…), rows （二）…（七） of '
               '三、本年度办理结果 with one; header rows 2–3 of table 三 start with one empty field (the 3×3 勾稽 note). 2019 tables: 本年增/减 8, -3, 0, 0, -1; 采购总金额 printed '
               '2315.6 with no unit anywhere in the report (amount 2315.6, amount_unit null: the unit cannot be known). Development zone committee: 规章 0/0/0.'),
}

REALISM = {
    'heting': 'many agencies publish the report as a .doc attachment, and antiword is the standard way to get text from legacy .doc files on servers and in crawlers; its |-drawn rows with in-cell wrapping are its own format, unlike box-drawing or pandoc grids.',
    'lanchuan': 'Word templates of table 三 are often set on a landscape page with narrow number columns; pdftotext -layout then leaves single spaces between numbers and breaks narrow Chinese headers a character a line.',
    'huaiyang': 'government CMS "打印本页" views are plain pages users copy from, and many CMS text exports and print views join table cells with the ideographic space (U+3000), the same character used for paragraph indentation.',
    'jichuan': 'WPS Office is the default office suite in Chinese government; its "另存为网页" output imitates Word HTML but wraps every run in <font face> and writes <o:p></o:p> and four-decimal pt sizes everywhere, and it cuts runs inside numbers where editing left them.',
    'liuping': 'township reports are often printed, stamped, scanned and posted as image PDFs; anyone who needs the text runs Tesseract, whose chi_sim model spaces Chinese characters and confuses 0/O and 1/l next to table rules.',
    'ocean': 'research and monitoring pipelines collect reports with crawlers that index the page HTML into Elasticsearch; exporting a hit with the default JSON serialiser gives pure ASCII with \\u escapes.',
    'meiling': 'Jina Reader is one of the most used ways to hand a web page to an LLM or a search pipeline; its HTML-to-markdown tables do not expand rowspan/colspan, which leaves ragged pipe tables.',
    'tangxi': 'saving a Word document as 纯文本 is how many clerks turn a report into text for submission systems; Word writes a BOM, CRLF, one line per paragraph and tab-separated table rows with empty fields for vertically merged cells.',
}

README_HEAD = """# Held-out set 7 (tables): eight invented reports in eight more forms real reports arrive in

Eight **invented** 政府信息公开工作年度报告 (fictional agencies and places, realistic prose and figures)
carrying the national tables 二, 三 and 四 in both templates (2019: 23 rows in table 三, 3-column
blocks in table 二; 2021: 25 rows, 1-column blocks), years 2019–2025, levels from a national bureau
down to a 镇. Each file is in a form real reports reach a user in and that none of the earlier held-out
sets (`tables` … `tables6`) used.

Everything here is generated by `make.py` (python3, stdlib only, no clock, own PRNG): running it
again rewrites the eight files, `manifest.json` and this README byte for byte.

    python3 make.py

`make.py` builds the figures and **asserts** every hard identity of spec §7.1 on them (T3-ROW on all
23/25 rows, T3-SUM (七) = (一)…(六) per column, T3-COL 一+二 = 三(七)+四 per column, T4 总计 for 复议 and
both 诉讼 blocks, DOM-1/2/3); for the deliberately unbalanced report it asserts them on the true
figures and then asserts that the printed figures (with the typo) fail exactly the identities listed
in its notes. It keeps the soft checks true (T2-19, T2-AUTH, FEE-21), asserts that each narrative
figure restates the table, that every blanked cell is a zero, that every file is valid UTF-8, and —
after the form's own decoding (JSON then HTML for the Elasticsearch hit, tags and entities for the
WPS page, BOM and CRLF for the Word text, O→0 / l→1 for the OCR cells) — that every printed gold
cell, the agency, the date and every narrative figure is in the text, plus a check per form that
the form's trait is really there.

## Files

| file | form | template | year | level | agency (as printed) | region |
| --- | --- | --- | --- | --- | --- | --- |
"""

README_TAIL = """
## Forms, and why each is realistic

{forms}

## Gold conventions (manifest.json)

* Same shape as tables6 and `/work/shared/corpus/manifest.json`: a list of
  `{{file, form, era, agency, level, year, gold, notes}}`; `era` = the table template; `gold` is a flat
  map of dotted `gdr_parse` paths (schema.md): `year`, `agency`, `kind`, `template`, `published`,
  `script`, every cell of tables 二/三/四, `balance_ok`, and `narrative.*` figures the prose states.
* `null` = a cell that cannot be read with certainty (the OCR blot `口`); it is zero in the
  underlying figures.
* OCR letters in numeric cells (`O`, `l`) are read as the digits they stand for (see liuping).
* Signed 本年增/减 as printed (`+1` → 1, `-12` → -12).
* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` as printed with
  `amount_unit` from the cell (`null` where the report gives no unit). `narrative.fees_collected` is
  the 信息处理费 in 元 (0 where the report says 未收取信息处理费).
* `narrative.applications_received` = 本年新收 (each sentence names the carry-over separately);
  `narrative.lawsuits` = both 诉讼 totals; `narrative.reviews` = 复议 total; `active_total` is the
  figure as stated (全市/全县 where the prose says so).
* `balance_ok` is false only for `huaiyang-wjw-2019.txt`.
* `published` is the date under the signature, equal to the page's 发布时间 where there is one.
  `script` is "hans" for all eight.

## Where the spec was ambiguous, and the choice made

{ambig}
"""

AMBIG = [
    '**OCR letters for digits** (liuping): schema.md says a cell that cannot be read with certainty is null, never a guessed number. `O` and `l` in a numeric cell of the statistics table are not guesses: no other reading exists, and the printed identities confirm each one. They are gold numbers. The blot read as `口` could be several digits, so it is null, although the identities would give 0: deriving a cell from the identities is computing, not reading (schema: never write computed values into reported cells).',
    '**`balance_ok` with a null cell** (liuping): the true figures balance and the null cell is a 0, so every identity is PASS or PASS_NULL_AS_ZERO (spec §7.4); gold `balance_ok` true.',
    '**Unbalanced report** (huaiyang): the typo is in a sub-row cell, not a total, so T3-COL still holds and only T3-ROW of that row and T3-SUM of the 自然人 column fail; `balance_ok` is false under any reading that includes the row totals or the column sums. A parser must not "repair" the cell.',
    '**Procurement amount without a unit** (tangxi): spec §8.7 says default to unknown unit; gold `amount` 2315.6 and `amount_unit` null.',
    '**Metadata outside the report text** (ocean, meiling): the crawler fields and the Jina header give the same title and date as the report; `published` is the date under the signature either way. `crawl_time` and the 2025-02-03 crawl date are not publication dates.',
    '**Narrative naming no number** (huaiyang: no lawsuits are mentioned at all; liuping: 结果维持 for one review): gold has only the figures stated.',
]


def main():
    manifest, outputs = [], []
    for rep in REPORTS:
        data, gold = process(rep)
        outputs.append((rep['file'], data))
        fmtargs = {}
        if rep['id'] == 'huaiyang':
            path = rep['typo_spec'][0]
            A2, _ = printed_tables(rep)
            outs = [r['key'] for r in t3_rows('2019') if r['outcome']]
            fmtargs = dict(typo=rep['typo'][path], true=raw_value(rep, path), rowtot=tot(rep, 'unable.not_held'),
                           rowsum='+'.join(str(x) for x in A2['unable.not_held'][:6]) + ' = %d' % sum(A2['unable.not_held'][:6]), proc=rep['A']['processed'][0], sumpers=sum(A2[k][0] for k in outs))
        if rep['id'] == 'liuping':
            fmtargs = dict(ocr_list='; '.join('%s printed %s = %s' % (p, cell(rep, p), raw_value(rep, p)) for p in rep['ocr_cells']))
        if rep['id'] == 'ocean':
            fmtargs = dict(pub=rep['published'] + ' ' + rep['pub_clock'])
        rep['note'] = NOTES[rep['id']].format(**fmtargs) if fmtargs else NOTES[rep['id']]
        manifest.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'],
                         'agency': rep['agency_printed'], 'level': rep['level'], 'year': rep['year'],
                         'gold': gold, 'notes': rep['form_desc'] + '. ' + rep['note']})
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
        nnull = sum(1 for k, v in m['gold'].items() if v is None and not k.endswith('amount_unit'))
        forms.append('* **%s** (`%s`, %d gold keys, %d null): %s.\n  *Why realistic:* %s\n  %s' % (
            rep['form'], rep['file'], len(m['gold']), nnull, rep['form_desc'], REALISM[rep['id']], rep['note']))
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
