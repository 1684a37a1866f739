#!/usr/bin/env python3
"""Held-out test set 5 (tables): eight invented 政府信息公开工作年度报告 with the
national tables 二/三/四, each rendered as one kind of real-world extraction
not covered by earlier sets (RTF source, DOCX document.xml, XLSX cell dump with
a transposed table 三, mobile CMS div-table HTML, pdfminer text boxes,
org-mode, reStructuredText list-tables with a transposed table 四, MediaWiki
table markup).

Deterministic: no clock, no hash-order dependence, own PRNG (splitmix64).
Stdlib only.  Running it twice gives byte-identical output.

    python3 make.py            # writes the eight files, manifest.json, README.md

Every figure is built here, every hard identity of the spec (§7.1) is
asserted before anything is written, and the gold values in manifest.json are
taken from the same figures that the renderers print.
"""
import json
import os
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = (1 << 64) - 1


# ---------------------------------------------------------------------------
# deterministic PRNG
# ---------------------------------------------------------------------------
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

    def choice(self, seq):
        return seq[self.below(len(seq))]


# ---------------------------------------------------------------------------
# table definitions (labels exactly as in spec §3 / §4)
# ---------------------------------------------------------------------------
COLS = ['person', 'business', 'research', 'nonprofit', 'legal', 'other', 'total']
COLS = ['person', 'business', 'research', 'nonprofit', 'legal', 'other', 'total']
COL_LABEL = {'person': '自然人', 'business': '商业企业', 'research': '科研机构',
             'nonprofit': '社会公益组织', 'legal': '法律服务机构', 'other': '其他',
             'total': '总计'}
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
    """Data rows of table 三.  Each row: dict(key, top, grp, sub, first, gsize).
    top  = label of a row that spans all three label columns (一/二/四)
    grp  = the second-level label ((一)…(七)); for grouped rows the group label
    sub  = the sub-item label (1. 2. …) of grouped rows"""
    R = [dict(key='new', top='一、本年新收政府信息公开申请数量'),
         dict(key='carried_over', top='二、上年结转政府信息公开申请数量'),
         dict(key='granted', grp='（一）予以公开'),
         dict(key='partial', grp='（二）部分公开（区分处理的，只计这一情形，不计其他情形）')]
    for gl, items, pre in (('（三）不予公开', DENIED, 'denied.'), ('（四）无法提供', UNABLE, 'unable.'),
                           ('（五）不予处理', NOTPROC, 'not_processed.')):
        for i, (k, l) in enumerate(items):
            R.append(dict(key=pre + k, grp=gl, sub=l, first=(i == 0), gsize=len(items)))
    if template == '2021':
        for i, (k, l) in enumerate(OTHER21):
            R.append(dict(key='other_handling.' + k, grp='（六）其他处理', sub=l, first=(i == 0), gsize=3))
    else:
        R.append(dict(key='other_handling.other', grp='（六）其他处理'))
    R.append(dict(key='processed', grp='（七）总计'))
    R.append(dict(key='carried_forward', top='四、结转下年度继续办理'))
    for r in R:
        r.setdefault('top', None)
        r.setdefault('grp', None)
        r.setdefault('sub', None)
        r.setdefault('first', True)
        r.setdefault('gsize', 1)
        r['outcome'] = r['key'] not in ('new', 'carried_over', 'processed', 'carried_forward')
    return R


def t2_blocks(template):
    """Table 二: list of (caption, [header cells after 信息内容], [(rowkey, label, [fields])])."""
    if template == '2021':
        return [('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'],
                 [('regulations', '规章', ['issued', 'repealed', 'in_force']),
                  ('normative_documents', '行政规范性文件', ['issued', 'repealed', 'in_force'])]),
                ('第二十条第（五）项', ['本年处理决定数量'], [('licensing', '行政许可', ['decisions'])]),
                ('第二十条第（六）项', ['本年处理决定数量'],
                 [('penalty', '行政处罚', ['decisions']), ('coercion', '行政强制', ['decisions'])]),
                ('第二十条第（八）项', ['本年收费金额（单位：万元）'], [('fees', '行政事业性收费', ['amount'])])]
    three = ['items_last_year', 'items_change', 'decisions']
    return [('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
             [('regulations', '规章', ['made', 'published', 'public_total']),
              ('normative_documents', '规范性文件', ['made', 'published', 'public_total'])]),
            ('第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'],
             [('licensing', '行政许可', three), ('other_services', '其他对外管理服务事项', three)]),
            ('第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'],
             [('penalty', '行政处罚', three), ('coercion', '行政强制', three)]),
            ('第二十条第（八）项', ['上一年项目数量', '本年增/减'],
             [('fees', '行政事业性收费', ['items_last_year', 'items_change'])]),
            ('第二十条第（九）项', ['采购项目数量', '采购总金额'],
             [('procurement', '政府集中采购', ['items', 'amount'])])]


# ---------------------------------------------------------------------------
# building the figures
# ---------------------------------------------------------------------------
# relative weights of the outcome rows (per mille-ish); reports may override
BASE_W = {'granted': 300, 'partial': 75, 'denied.state_secret': 2, 'denied.prohibited': 6,
          'denied.security': 5, 'denied.third_party': 14, 'denied.internal': 16,
          'denied.process': 18, 'denied.enforcement': 12, 'denied.query': 30,
          'unable.not_held': 230, 'unable.needs_creation': 30, 'unable.unclear': 20,
          'not_processed.petition': 45, 'not_processed.repeated': 30,
          'not_processed.publication': 6, 'not_processed.excessive': 12,
          'not_processed.confirmation': 15, 'other_handling.no_correction': 40,
          'other_handling.fee_unpaid': 4, 'other_handling.other': 35}


def build_apps(rep):
    """rep['apps']: {col: (handled, carried_over, carried_forward)} for the six
    applicant columns.  handled = 一 + 二 = 三(七) + 四."""
    rows = t3_rows(rep['template'])
    outcome_keys = [r['key'] for r in rows if r['outcome']]
    w = dict(BASE_W)
    w.update(rep.get('weights', {}))
    if rep['template'] == '2019':
        w['other_handling.other'] = w['other_handling.other'] + 40  # the single 其他处理 row
    weights = [w[k] for k in outcome_keys]
    tot_w = sum(weights)
    rng = Rng(rep['seed'])
    A = {r['key']: [0] * 7 for r in rows}
    for ci, c in enumerate(COLS[:6]):
        handled, co, cf = rep['apps'][c]
        assert 0 <= co <= handled and 0 <= cf <= handled, (rep['id'], c)
        A['new'][ci] = handled - co
        A['carried_over'][ci] = co
        A['carried_forward'][ci] = cf
        processed = handled - cf
        for _ in range(processed):
            x = rng.below(tot_w)
            for k, wk in zip(outcome_keys, weights):
                if x < wk:
                    A[k][ci] += 1
                    break
                x -= wk
        A['processed'][ci] = processed
    for k in A:
        A[k][6] = sum(A[k][:6])
    return A


def check_apps(rep, A):
    rows = t3_rows(rep['template'])
    keys = [r['key'] for r in rows]
    assert list(A.keys()) == keys or set(A.keys()) == set(keys), rep['id']
    assert len(keys) == (25 if rep['template'] == '2021' else 23)
    outcome_keys = [r['key'] for r in rows if r['outcome']]
    for k in keys:
        v = A[k]
        assert len(v) == 7
        for x in v:
            assert isinstance(x, int) and x >= 0, (rep['id'], k)           # DOM-1
        assert v[6] == sum(v[:6]), (rep['id'], 'T3-ROW', k)                # T3-ROW
    for ci in range(7):
        s = sum(A[k][ci] for k in outcome_keys)
        assert A['processed'][ci] == s, (rep['id'], 'T3-SUM', ci)          # T3-SUM
        assert A['new'][ci] + A['carried_over'][ci] == \
            A['processed'][ci] + A['carried_forward'][ci], (rep['id'], 'T3-COL', ci)  # T3-COL
    # non-trivial: the report has applications
    assert A['new'][6] > 0, rep['id']


def check_appeals(rep, P):
    for b in T4_BLOCKS:
        v = P[b]
        assert len(v) == 5 and all(isinstance(x, int) and x >= 0 for x in v), rep['id']
        assert v[4] == v[0] + v[1] + v[2] + v[3], (rep['id'], 'T4', b)     # T4-REV/LIT1/LIT2


def check_active(rep, act):
    for caption, heads, rws in t2_blocks(rep['template']):
        for rk, label, fields in rws:
            assert len(fields) == len(heads)
            for f in fields:
                v = act[rk][f]
                if f == 'amount':
                    assert isinstance(v, str) and Decimal(v) >= 0, (rep['id'], rk)  # DOM-3
                elif f == 'items_change':
                    assert isinstance(v, int), (rep['id'], rk)                       # DOM-2 signed
                else:
                    assert isinstance(v, int) and v >= 0, (rep['id'], rk, f)        # DOM-2
    if rep['template'] == '2019':
        for rk in ('regulations', 'normative_documents'):
            assert act[rk]['published'] <= act[rk]['public_total']  # soft T2-19, kept true
        assert act['procurement'].get('unit') in ('元', '万元', None)
    # T2-AUTH (soft, kept true): 规章 only for ministry / province / city governments
    if rep['level_code'] not in ('ministry', 'province_gov', 'city_gov'):
        rg = act['regulations']
        assert all(rg[f] == 0 for f in rg), (rep['id'], 'T2-AUTH')


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def money_num(s):
    d = Decimal(s)
    if d == d.to_integral_value():
        return int(d)
    return float(s)


def flat_figures(rep):
    """path -> number for every table cell (before blanking)."""
    out = {}
    act = rep['active']
    for caption, heads, rws in t2_blocks(rep['template']):
        for rk, label, fields in rws:
            for f in fields:
                v = act[rk][f]
                out['active.%s.%s' % (rk, f)] = money_num(v) if f == 'amount' else v
    A = rep['A']
    for r in t3_rows(rep['template']):
        for ci, c in enumerate(COLS):
            out['applications.%s.%s' % (r['key'], c)] = A[r['key']][ci]
    P = rep['appeals']
    for b in T4_BLOCKS:
        for i, c in enumerate(T4_COLS):
            out['appeals.%s.%s' % (b, c)] = P[b][i]
    return out


def raw_value(rep, path):
    """The unformatted figure behind a path (money as str)."""
    parts = path.split('.')
    if parts[0] == 'active':
        return rep['active'][parts[1]][parts[2]]
    if parts[0] == 'applications':
        return rep['A']['.'.join(parts[1:-1])][COLS.index(parts[-1])]
    return rep['appeals'][parts[1]][T4_COLS.index(parts[2])]


def cell(rep, path):
    """Printed text of a table cell (without any form-specific padding)."""
    if path in rep['blank']:
        return rep['blank'][path]
    v = raw_value(rep, path)
    fmt = rep.get('fmt')
    if fmt:
        s = fmt(rep, path, v)
        if s is not None:
            return s
    if path.endswith('.items_change'):
        if rep.get('plus_sign') and v > 0:
            return '+%d' % v
        return str(v)
    if path == 'active.procurement.amount':
        return v + (rep['active']['procurement'].get('unit') or '')
    return str(v)


def make_gold(rep):
    g = {'year': rep['year'], 'agency': rep['agency_printed'], 'kind': 'annual_report',
         'template': rep['template'], 'published': rep['published'], 'script': 'hans'}
    figs = flat_figures(rep)
    for path, v in figs.items():
        if path in rep['blank']:
            assert v == 0, (rep['id'], 'blanked non-zero', path)
            g[path] = None
        else:
            g[path] = v
    if rep['template'] == '2019':
        g['active.procurement.amount_unit'] = rep['active']['procurement'].get('unit')
    g['balance_ok'] = True
    for k, v in rep['narrative'].items():
        g['narrative.' + k] = v
    return g


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
def dw(s):
    """display width (East Asian wide/fullwidth = 2)."""
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1 for ch in s)


def wrap_dw(s, width):
    """wrap at character boundaries to the given display width."""
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
    # kinsoku: a line never starts with closing punctuation (pull it back)
    for i in range(1, len(lines)):
        while lines[i] and lines[i][0] in NO_LINE_START:
            lines[i - 1] += lines[i][0]
            lines[i] = lines[i][1:]
    return [ln for ln in lines if ln != ''] or ['']


NO_LINE_START = '，。、；：？！）》”’」』】〕'


def pad(s, width):
    return s + ' ' * max(0, width - dw(s))


def cn_date(iso):
    y, m, d = iso.split('-')
    return '%d年%d月%d日' % (int(y), int(m), int(d))


def esc_html(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# ---------------------------------------------------------------------------
# prose (section 一, 五, 六 and the intro); every figure named in the prose is
# taken from the built figures or registered in rep['narrative'] here
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# prose: each report gives paragraph templates with {placeholders}; every
# placeholder that names a narrative figure registers it in rep['narrative']
# ---------------------------------------------------------------------------
import string

RULE19 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）'
RULE21 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）'

CN_DIG = '零一二三四五六七八九'


def cn_num(n):
    """0..99 as a Chinese numeral (两 for a bare 2)."""
    assert 0 <= n < 100
    if n == 2:
        return '两'
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else CN_DIG[t]) + '十' + (CN_DIG[u] if u else '')


# placeholder -> narrative key
PH_NARR = {'recv': 'applications_received', 'done': 'applications_completed',
           'cf': 'applications_carried_forward', 'rev': 'reviews', 'suit': 'lawsuits',
           'rev_cn': 'reviews', 'suit_cn': 'lawsuits',
           'active_total': 'active_total', 'press_conferences': 'press_conferences',
           'interpretations': 'interpretations', 'new_media_posts': 'new_media_posts',
           'npc_suggestions': 'npc_suggestions', 'cppcc_proposals': 'cppcc_proposals',
           'fees_collected': 'fees_collected'}


def figures_for_prose(rep):
    A, P = rep['A'], rep['appeals']
    F = dict(recv=A['new'][6], co=A['carried_over'][6], done=A['processed'][6],
             cf=A['carried_forward'][6], rev=P['review'][4],
             suit=P['suit_direct'][4] + P['suit_after_review'][4],
             gp=A['granted'][6] + A['partial'][6], granted=A['granted'][6], partial=A['partial'][6],
             not_held=A['unable.not_held'][6], year=rep['year'], prev=rep['year'] - 1,
             nxt=rep['year'] + 1, agency=rep['agency_printed'])
    if F['rev'] < 100 and F['suit'] < 100:
        F['rev_cn'] = cn_num(F['rev'])
        F['suit_cn'] = cn_num(F['suit'])
    if rep['template'] == '2021':
        F['fee_unpaid'] = A['other_handling.fee_unpaid'][6]
    F.update(rep.get('narr', {}))
    return F


def fill(rep, tpl, F):
    for _, field, _, _ in string.Formatter().parse(tpl):
        if field is None:
            continue
        if field in PH_NARR:
            k = PH_NARR[field]
            v = F[field.replace('_cn', '')] if field.endswith('_cn') else F[field]
            assert rep['narrative'].get(k, v) == v, (rep['id'], k)
            rep['narrative'][k] = v
    return tpl.format(**F)


def build_prose(rep):
    F = figures_for_prose(rep)
    rep['narrative'].update(rep.get('narr_fixed', {}))
    px = rep['px']
    blocks = [('title', rep['title'])]
    rule = RULE21 if rep['template'] == '2021' else RULE19
    blocks.append(('p', fill(rep, px['intro'].replace('{rule}', rule), F)))
    blocks.append(('h', '一、总体情况'))
    for p in px['overall']:
        blocks.append(('p', fill(rep, p, F)))
    blocks += [('h', '二、主动公开政府信息情况'), ('T2',),
               ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
               ('h', px.get('h4', '四、政府信息公开行政复议、行政诉讼情况')), ('T4',),
               ('h', px.get('h5', '五、存在的主要问题及改进情况'))]
    for p in px['problems']:
        blocks.append(('p', fill(rep, p, F)))
    blocks.append(('h', '六、其他需要报告的事项'))
    for p in px['other']:
        blocks.append(('p', fill(rep, p, F)))
    blocks += [('sign', rep['agency_printed']), ('date', cn_date(rep['published']))]
    return blocks


def iter_text(rep):
    """(kind, text) of the prose blocks, tables as ('T2',None) etc."""
    for b in rep['blocks']:
        yield b[0], (b[1] if len(b) > 1 else None)


# ---------------------------------------------------------------------------
# logical grids with spans: rows of (text, rowspan, colspan)
# ---------------------------------------------------------------------------
def grid_t2(rep):
    rows = []
    for caption, heads, rws in t2_blocks(rep['template']):
        rows.append([(caption, 1, 4)])
        hc = [('信息内容', 1, 1)] + [(h, 1, 1) for h in heads]
        if len(heads) < 3:
            t, rs, cs = hc[-1]
            hc[-1] = (t, 1, 4 - len(heads))
        rows.append(hc)
        for rk, label, fields in rws:
            vc = [(label, 1, 1)] + [(cell(rep, 'active.%s.%s' % (rk, f)), 1, 1) for f in fields]
            if len(fields) < 3:
                t, rs, cs = vc[-1]
                vc[-1] = (t, 1, 4 - len(fields))
            rows.append(vc)
    return 4, rows


def grid_t3(rep, order=COLS):
    tpl = rep['template']
    rows = [[(NOTE, 3, 3), ('申请人情况', 1, 7)],
            [('自然人', 2, 1), ('法人或其他组织', 1, 5), ('总计', 2, 1)],
            [(COL_LABEL[c], 1, 1) for c in COLS[1:6]]]
    span = 22 if tpl == '2021' else 20
    for r in t3_rows(tpl):
        lab = []
        if r['top']:
            lab = [(r['top'], 1, 3)]
        else:
            if r['key'] == 'granted':
                lab.append((R3, span, 1))
            if r['sub'] is None:
                lab.append((r['grp'], 1, 2))
            else:
                if r['first']:
                    lab.append((r['grp'], r['gsize'], 1))
                lab.append((r['sub'], 1, 1))
        rows.append(lab + [(x, 1, 1) for x in t3_values(rep, r['key'], order)])
    return 10, rows


def t3_values(rep, key, order=COLS):
    return [cell(rep, 'applications.%s.%s' % (key, c)) for c in order]


def grid_t4(rep):
    rows = [[('行政复议', 1, 5), ('行政诉讼', 1, 10)],
            [(x, 2, 1) for x in T4_LABEL] + [('未经复议直接起诉', 1, 5), ('复议后起诉', 1, 5)],
            [(x, 1, 1) for x in T4_LABEL + T4_LABEL]]
    vals = []
    for b in T4_BLOCKS:
        vals += [(cell(rep, 'appeals.%s.%s' % (b, c)), 1, 1) for c in T4_COLS]
    rows.append(vals)
    return 15, rows


def expand(ncols, rows):
    """-> per row a list of slots dict(text, rs, cs, col, kind) where kind is
    'main' (the cell's own row) or 'vcont' (a row covered by a rowspan)."""
    occ = {}
    origin = {}
    for ri, row in enumerate(rows):
        c = 0
        for (t, rs, cs) in row:
            while (ri, c) in occ:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    assert (ri + dr, c + dc) not in occ
                    occ[(ri + dr, c + dc)] = (ri, c)
            origin[(ri, c)] = (t, rs, cs)
            c += cs
    out = []
    for ri in range(len(rows)):
        slots = []
        c = 0
        while c < ncols:
            o = occ.get((ri, c))
            assert o is not None, (ri, c)
            t, rs, cs = origin[o]
            slots.append(dict(text=t, rs=rs, cs=cs, col=c, kind='main' if o[0] == ri else 'vcont'))
            c += cs
        out.append(slots)
    return out


def grids(rep):
    return {'T2': grid_t2(rep), 'T3': grid_t3(rep), 'T4': grid_t4(rep)}


# ---------------------------------------------------------------------------
# form 1: RTF source (WordPad / Word "save as RTF", ansicpg936): Chinese as
# \'xx GBK byte escapes, tables as \trowd … \cellx … \cell … \row with
# \clvmgf/\clvmrg vertical merges and wide \cellx for horizontal merges
# ---------------------------------------------------------------------------
def rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif o < 0x80:
            out.append(ch)
        else:
            try:
                b = ch.encode('gbk')
                out.append(''.join("\\'%02x" % x for x in b))
            except UnicodeEncodeError:
                out.append('\\u%d?' % (o if o < 0x8000 else o - 0x10000))
    return ''.join(out)


def rtf_wrap(s, width=120):
    """break long control-word runs before a \\' escape (RTF ignores CR/LF)."""
    lines, cur = [], ''
    i = 0
    while i < len(s):
        if s.startswith("\\'", i) and len(cur) >= width:
            lines.append(cur)
            cur = ''
        cur += s[i]
        i += 1
    lines.append(cur)
    return '\r\n'.join(lines)


def render_rtf(rep):
    W = {'T2': [2600, 2200, 2200, 2200], 'T3': [700, 900, 2100] + [800] * 7,
         'T4': [620] * 15}
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\nouicompat\\deflang1033\\deflangfe2052"
            "{\\fonttbl{\\f0\\fnil\\fcharset134 " + rtf_text('仿宋_GB2312') + ";}"
            "{\\f1\\fnil\\fcharset134 " + rtf_text('方正小标宋简体') + ";}"
            "{\\f2\\fnil\\fcharset134 " + rtf_text('黑体') + ";}"
            "{\\f3\\froman\\fcharset0 Times New Roman;}}\r\n"
            "{\\colortbl ;\\red0\\green0\\blue0;}\r\n"
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n")
    parts = [head]
    G = grids(rep)
    brd = '\\clbrdrt\\brdrs\\brdrw10 \\clbrdrl\\brdrs\\brdrw10 \\clbrdrb\\brdrs\\brdrw10 \\clbrdrr\\brdrs\\brdrw10 '
    for kind, text in iter_text(rep):
        if kind == 'title':
            parts.append('\\pard\\sa200\\sl560\\slmult0\\qc\\f1\\fs44 ' + rtf_wrap(rtf_text(text)) + '\\par\r\n')
        elif kind == 'h':
            parts.append('\\pard\\sl560\\slmult0\\fi640\\f2\\fs32 ' + rtf_wrap(rtf_text(text)) + '\\par\r\n')
        elif kind == 'p':
            parts.append('\\pard\\sl560\\slmult0\\fi640\\qj\\f0\\fs32 ' + rtf_wrap(rtf_text(text)) + '\\par\r\n')
        elif kind in ('sign', 'date'):
            parts.append('\\pard\\sl560\\slmult0\\qr\\f0\\fs32 ' + rtf_text(text) + '\\par\r\n')
        else:
            ncols, rows = G[kind]
            widths = W[kind]
            for slots in expand(ncols, rows):
                parts.append('\\trowd\\trgaph108\\trleft-108\\trqc\\trbrdrt\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \r\n')
                x = 0
                for sl in slots:
                    x += sum(widths[sl['col']:sl['col'] + sl['cs']])
                    vm = ''
                    if sl['rs'] > 1:
                        vm = '\\clvmgf' if sl['kind'] == 'main' else '\\clvmrg'
                    parts.append(vm + '\\clvertalc' + brd + '\\cellx%d\r\n' % x)
                cells = []
                for sl in slots:
                    t = sl['text'] if sl['kind'] == 'main' else ''
                    if t and all(ch in '0123456789.+-' for ch in t):
                        cells.append('\\pard\\intbl\\qc\\f3\\fs21 ' + t + '\\cell')
                    else:
                        cells.append('\\pard\\intbl\\qc\\f0\\fs21 ' + rtf_wrap(rtf_text(t)) + '\\cell')
                parts.append('\r\n'.join(cells) + '\\row\r\n')
            parts.append('\\pard\\par\r\n')
    parts.append('}\r\n')
    return ''.join(parts).encode('ascii')


def decode_rtf(src):
    """a small RTF reader, enough to check the gold: text, \\par, \\cell, \\row."""
    out = []
    pend = bytearray()
    i, n = 0, len(src)
    skip_depth = None
    depth = 0
    uc_skip = 0

    def flush():
        if pend:
            out.append(pend.decode('gbk'))
            pend.clear()
    while i < n:
        ch = src[i]
        if ch == '{':
            depth += 1
            if skip_depth is None and (src.startswith('{\\fonttbl', i) or src.startswith('{\\colortbl', i)
                                       or src.startswith('{\\*', i)):
                skip_depth = depth
            i += 1
            continue
        if ch == '}':
            if skip_depth == depth:
                skip_depth = None
            depth -= 1
            i += 1
            continue
        if ch in '\r\n':
            i += 1
            continue
        if ch == '\\':
            nx = src[i + 1]
            if nx == "'":
                if skip_depth is None:
                    pend.append(int(src[i + 2:i + 4], 16))
                i += 4
                continue
            if nx in '\\{}':
                flush()
                if skip_depth is None:
                    out.append(nx)
                i += 2
                continue
            j = i + 1
            while j < n and src[j].isalpha():
                j += 1
            word = src[i + 1:j]
            k = j
            if k < n and (src[k] == '-' or src[k].isdigit()):
                k += 1
                while k < n and src[k].isdigit():
                    k += 1
            arg = src[j:k]
            if k < n and src[k] == ' ':
                k += 1
            i = k
            if skip_depth is not None:
                continue
            flush()
            if word == 'par':
                out.append('\n')
            elif word == 'cell':
                out.append('\t')
            elif word == 'row':
                out.append('\n')
            elif word == 'u':
                v = int(arg)
                out.append(chr(v if v >= 0 else v + 0x10000))
                i += 1  # the ? replacement char
            continue
        if skip_depth is None:
            flush()
            out.append(ch)
        i += 1
    flush()
    return ''.join(out)


# ---------------------------------------------------------------------------
# form 2: word/document.xml dumped from the .docx (unzip -p x.docx
# word/document.xml): one long line of WordprocessingML, text split into
# several <w:r> runs (rsid edits, proofErr, bookmarks), numbers sometimes split
# over two runs; tables with <w:gridSpan> and <w:vMerge>
# ---------------------------------------------------------------------------
def xml_esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


RSIDS = ['00A31F52', '004B7C19', '0061D2E8', '00C94A07', '00E25B3D', '0017F6A4']


def docx_runs(rng, text, rpr, split_numbers=False):
    """split text into runs at pseudo-random points."""
    if text == '':
        return ''
    pieces = []
    i = 0
    isnum = all(ch in '0123456789.+-' for ch in text)
    while i < len(text):
        if isnum:
            if split_numbers and len(text) >= 2 and i == 0 and rng.below(3) == 0:
                k = 1 + rng.below(len(text) - 1)
            else:
                k = len(text) - i
        else:
            k = 1 + rng.below(9)
        pieces.append(text[i:i + k])
        i += k
    out = []
    for p in pieces:
        attr = ' w:rsidR="%s"' % rng.choice(RSIDS) if rng.below(2) else ''
        sp = ' xml:space="preserve"' if (p[:1] == ' ' or p[-1:] == ' ') else ''
        pre = ''
        if rng.below(14) == 0:
            pre = '<w:proofErr w:type="gramStart"/>'
        out.append('%s<w:r%s>%s<w:t%s>%s</w:t></w:r>' % (pre, attr, rpr, sp, xml_esc(p)))
        if pre:
            out.append('<w:proofErr w:type="gramEnd"/>')
    return ''.join(out)


def docx_p(rng, text, ppr='', rpr='', split_numbers=False):
    rs = rng.choice(RSIDS)
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>' % (
        rs, rs, rng.choice(RSIDS), ('<w:pPr>%s</w:pPr>' % ppr) if ppr else '',
        docx_runs(rng, text, rpr, split_numbers))


def render_docx_xml(rep):
    rng = Rng(rep['seed'] ^ 0xD0C)
    ns = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'mc:Ignorable="w14 wp14"')
    fz = lambda f, sz: ('<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>'
                        '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (f, f, f, sz, sz))
    body = []
    G = grids(rep)
    W = {'T2': [2400, 2000, 2000, 2000], 'T3': [560, 900, 2300] + [720] * 7, 'T4': [560] * 15}
    bm = 0
    for kind, text in iter_text(rep):
        if kind == 'title':
            body.append(docx_p(rng, text, '<w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/>',
                               fz('方正小标宋简体', 44)))
        elif kind == 'h':
            bm += 1
            p = docx_p(rng, text, '<w:ind w:firstLine="640"/><w:spacing w:line="560" w:lineRule="exact"/>',
                       fz('黑体', 32))
            p = p.replace('</w:pPr>', '</w:pPr><w:bookmarkStart w:id="%d" w:name="_Toc%d"/>' % (bm, 9100 + bm * 7), 1)
            p = p.replace('</w:p>', '<w:bookmarkEnd w:id="%d"/></w:p>' % bm)
            body.append(p)
        elif kind == 'p':
            body.append(docx_p(rng, text, '<w:ind w:firstLine="640"/><w:jc w:val="both"/>'
                                          '<w:spacing w:line="560" w:lineRule="exact"/>', fz('仿宋_GB2312', 32)))
        elif kind in ('sign', 'date'):
            body.append(docx_p(rng, text, '<w:jc w:val="right"/>', fz('仿宋_GB2312', 32)))
        else:
            ncols, rows = G[kind]
            widths = W[kind]
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                 'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
            t += ['<w:gridCol w:w="%d"/>' % w for w in widths]
            t.append('</w:tblGrid>')
            for slots in expand(ncols, rows):
                t.append('<w:tr w:rsidR="%s"><w:trPr><w:jc w:val="center"/></w:trPr>' % rng.choice(RSIDS))
                for sl in slots:
                    w = sum(widths[sl['col']:sl['col'] + sl['cs']])
                    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
                    if sl['cs'] > 1:
                        pr += '<w:gridSpan w:val="%d"/>' % sl['cs']
                    if sl['rs'] > 1:
                        pr += '<w:vMerge w:val="restart"/>' if sl['kind'] == 'main' else '<w:vMerge/>'
                    pr += '<w:vAlign w:val="center"/>'
                    txt = sl['text'] if sl['kind'] == 'main' else ''
                    t.append('<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (
                        pr, docx_p(rng, txt, '<w:jc w:val="center"/>', fz('宋体', 21), split_numbers=True)))
                t.append('</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
            body.append(docx_p(rng, ''))
    body.append('<w:sectPr w:rsidR="00A31F52"><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
                'w:footer="1417" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" '
                'w:linePitch="579"/></w:sectPr>')
    s = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document %s><w:body>%s</w:body></w:document>'
         % (ns, ''.join(body)))
    return s.encode('utf-8')


def decode_docx_xml(src):
    import re
    import html
    out = []
    for m in re.finditer(r'<w:p[ >].*?</w:p>|<w:p/>|</w:tc>|</w:tr>', src):
        x = m.group(0)
        if x == '</w:tc>':
            out.append('\t')
        elif x == '</w:tr>':
            out.append('\n')
        else:
            out.append(''.join(html.unescape(t) for t in re.findall(r'<w:t(?: [^>]*)?>(.*?)</w:t>', x)))
            out.append('\n' if '<w:tc>' not in x else '')
    return ''.join(out)


# ---------------------------------------------------------------------------
# form 3: cell dump of the .xlsx the agency published (one sheet of prose, one
# sheet per table), as printed by a small openpyxl script: "## sheet" header,
# a "merged:" line, then one line per non-empty cell "REF<TAB>type<TAB>value"
# (s = shared string, n = number).  The secondary cells of merged ranges are
# empty and therefore absent.  Table 三 is TRANSPOSED in the sheet: the
# applicant columns run down the rows, the 25 outcome rows run across.
# ---------------------------------------------------------------------------
def col_letter(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xl_ref(r, c):
    return '%s%d' % (col_letter(c), r + 1)


def xl_value(t):
    if t == '':
        return None
    try:
        if t.lstrip('+-').replace('.', '', 1).isdigit() and not t.startswith('+'):
            return ('n', t)
    except Exception:
        pass
    return ('s', t)


def sheet_dump(name, idx, cells, merges):
    """cells: dict (r, c) -> text; merges: list of (r0, c0, r1, c1)."""
    maxr = max(r for r, c in cells) if cells else 0
    maxc = max(c for r, c in cells) if cells else 0
    for (r0, c0, r1, c1) in merges:
        maxr, maxc = max(maxr, r1), max(maxc, c1)
    L = ['## sheet %d: %s  (dimension A1:%s, max_row=%d, max_column=%d)' % (idx, name, xl_ref(maxr, maxc),
                                                                          maxr + 1, maxc + 1)]
    if merges:
        L.append('merged: ' + ' '.join('%s:%s' % (xl_ref(a, b), xl_ref(c, d)) for a, b, c, d in merges))
    for (r, c) in sorted(cells):
        v = xl_value(cells[(r, c)])
        if v is None:
            continue
        L.append('%s\t%s\t%s' % (xl_ref(r, c), v[0], v[1].replace('\n', '\\n')))
    return L


def grid_cells(ncols, rows, r_off=0):
    cells, merges = {}, []
    for ri, slots in enumerate(expand(ncols, rows)):
        for sl in slots:
            if sl['kind'] == 'main':
                cells[(ri + r_off, sl['col'])] = sl['text']
                if sl['rs'] > 1 or sl['cs'] > 1:
                    merges.append((ri + r_off, sl['col'], ri + r_off + sl['rs'] - 1, sl['col'] + sl['cs'] - 1))
    return cells, merges


def render_xlsx_dump(rep):
    L = ['# openpyxl dump of 附件：%s.xlsx' % rep['title'],
         '# workbook properties: creator=%s; lastModifiedBy=政务公开科; sheets=4' % rep['xl_creator'], '']
    # sheet 1: prose, one paragraph per row in column A
    cells = {}
    r = 0
    for kind, text in iter_text(rep):
        if kind in ('T2', 'T3', 'T4'):
            cells[(r, 0)] = {'T2': '（详见“表二 主动公开”工作表）', 'T3': '（详见“表三 申请办理”工作表）',
                             'T4': '（详见“表四 复议诉讼”工作表）'}[kind]
        else:
            cells[(r, 0)] = text
        r += 1
    L += sheet_dump('报告正文', 1, cells, [])
    L.append('')
    # sheet 2: table 二 as printed, title row on top
    ncols, rows = grid_t2(rep)
    cells, merges = grid_cells(ncols, rows, r_off=1)
    cells[(0, 0)] = '二、主动公开政府信息情况'
    merges.insert(0, (0, 0, 0, 3))
    L += sheet_dump('表二 主动公开', 2, cells, merges)
    L.append('')
    # sheet 3: table 三 transposed
    ncols, rows = grid_t3(rep)
    cells0, merges0 = grid_cells(ncols, rows)
    cells = {(c, r): t for (r, c), t in cells0.items()}
    merges = [(c0, r0, c1, r1) for (r0, c0, r1, c1) in merges0]
    merges.sort()
    L += sheet_dump('表三 申请办理', 3, cells, merges)
    L.append('')
    ncols, rows = grid_t4(rep)
    cells, merges = grid_cells(ncols, rows)
    L += sheet_dump('表四 复议诉讼', 4, cells, merges)
    return ('\n'.join(L) + '\n').encode('utf-8')


# ---------------------------------------------------------------------------
# form 4: mobile CMS page (WAP template): no <table>; every row is a
# <div class="tr"> of <div class="td"> flex cells (data-colspan kept as flex
# width), rowspans lost (a merged label sits in its first row only)
# ---------------------------------------------------------------------------
def render_mobile_div(rep):
    G = grids(rep)
    h = []
    h.append('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">\n'
             '<meta name="format-detection" content="telephone=no">\n'
             '<title>%s</title>\n<link rel="stylesheet" href="/wap/css/article.css?v=3.2.7">\n'
             '<style>.m-tb{display:flex;flex-direction:column;font-size:12px;border-top:1px solid #ccc}'
             '.m-tb .tr{display:flex;border-bottom:1px solid #ccc}.m-tb .td{flex:1;padding:2px;'
             'border-left:1px solid #ccc;word-break:break-all;text-align:center}</style>\n</head>\n<body>\n'
             % esc_html(rep['title']))
    h.append('<header class="wap-head"><a class="back" href="javascript:history.back()"></a>'
             '<span>%s</span><a class="menu" href="/wap/nav.html"></a></header>\n' % esc_html(rep['site_name']))
    h.append('<div class="art-wrap">\n<h1 class="art-title">%s</h1>\n' % esc_html(rep['title']))
    h.append('<div class="art-info"><span>来源：%s</span><span>%s</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>\n'
             % (esc_html(rep['agency_printed']), rep['published'] + ' 10:05'))
    h.append('<div class="art-con" id="zoom">\n')
    for kind, text in iter_text(rep):
        if kind == 'title':
            continue
        if kind == 'h':
            h.append('<p style="text-indent:2em;"><strong>%s</strong></p>\n' % esc_html(text))
        elif kind == 'p':
            h.append('<p style="text-indent:2em;">%s</p>\n' % esc_html(text))
        elif kind in ('sign', 'date'):
            h.append('<p style="text-align:right;">%s</p>\n' % esc_html(text))
        else:
            ncols, rows = G[kind]
            h.append('<div class="m-tb-scroll"><div class="m-tb" data-cols="%d">\n' % ncols)
            for row in rows:
                h.append('<div class="tr">')
                for (t, rs, cs) in row:
                    num = t != '' and all(ch in '0123456789.+-—' for ch in t)
                    st = (' style="flex:%d"' % cs) if cs > 1 else ''
                    h.append('<div class="td%s" data-colspan="%d"%s>%s</div>' % (
                        ' num' if num else '', cs, st, esc_html(t) if num else '<span>%s</span>' % esc_html(t)))
                h.append('</div>\n')
            h.append('</div></div>\n')
    h.append('</div>\n</div>\n<div class="art-share">分享到：<a class="wx"></a><a class="wb"></a></div>\n'
             '<footer class="wap-foot"><p>主办：%s</p><p>网站标识码 %s</p></footer>\n'
             '<script src="/wap/js/zoom.js"></script>\n</body>\n</html>\n' % (esc_html(rep['site_owner']), rep['site_code']))
    return ''.join(h).encode('utf-8')


def decode_html(src):
    import re
    import html
    s = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', src, flags=re.S)
    s = re.sub(r'</(div|p|tr|td|th|li|h\d)>', '\t', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s)


# ---------------------------------------------------------------------------
# form 5: pdfminer.six pdf2txt.py output of the PDF: every text box on its
# own, boxes separated by a blank line, so every table cell is its own
# "paragraph"; cell labels wrapped at the cell width (mid-word); merged cells
# come out where their vertical centre is (after some of the rows they span);
# header boxes in pdfminer's order, not in column order; \f at page ends
# ---------------------------------------------------------------------------
def render_pdfminer(rep):
    out = []      # list of boxes (strings with \n inside), '\f' for page end
    page = [1]
    lines_on_page = [0]

    def box(text, width_chars):
        lines = wrap_dw(text, width_chars * 2)
        out.append('\n'.join(lines))
        lines_on_page[0] += len(lines) + 1

    def pagebreak():
        out.append('－ %d －' % page[0])
        out.append('\f')
        page[0] += 1
        lines_on_page[0] = 0

    def maybe_break(limit=46):
        if lines_on_page[0] > limit:
            pagebreak()

    def vals(row_vals):
        for v in row_vals:
            box(v, 7)

    tpl = rep['template']
    for kind, text in iter_text(rep):
        if kind == 'title':
            box(text, 20)
        elif kind == 'h':
            maybe_break(40)
            box(text, 28)
        elif kind == 'p':
            box(text, 28)
            maybe_break()
        elif kind in ('sign', 'date'):
            box(text, 28)
        elif kind == 'T2':
            for caption, heads, rws in t2_blocks(tpl):
                box(caption, 24)
                box('信息内容', 7)
                for hd in heads:
                    box(hd, 6)
                for rk, label, fields in rws:
                    box(label, 7)
                    vals([cell(rep, 'active.%s.%s' % (rk, f)) for f in fields])
                maybe_break(60)
        elif kind == 'T3':
            maybe_break(30)
            box('申请人情况', 20)
            box('法人或其他组织', 18)
            for c in COLS[1:6]:
                box(COL_LABEL[c], 3)
            box('自然人', 3)
            box('总计', 3)
            box(NOTE, 14)
            rows = t3_rows(tpl)
            n_out = 0
            span = 22 if tpl == '2021' else 20
            pending = []
            for r in rows:
                if r['top']:
                    box(r['top'], 14)
                else:
                    if r['sub'] is None:
                        box(r['grp'], 12)
                    else:
                        box(r['sub'], 9)
                vals(t3_values(rep, r['key']))
                if r['outcome'] or r['key'] == 'processed':
                    n_out += 1
                    if n_out == span // 2:
                        box(R3, 2)
                if r['sub'] is not None:
                    gi = [k for k in rows if k['grp'] == r['grp']].index(r)
                    if gi == (r['gsize'] - 1) // 2:
                        box(r['grp'], 5)
                if r['key'] == 'denied.query':
                    pagebreak()
        elif kind == 'T4':
            maybe_break(30)
            box('行政复议', 12)
            box('行政诉讼', 24)
            box('未经复议直接起诉', 12)
            box('复议后起诉', 12)
            for x in T4_LABEL + T4_LABEL:
                box(x, 2)
            for x in T4_LABEL:
                box(x, 2)
            vals([cell(rep, 'appeals.%s.%s' % (b, c)) for b in T4_BLOCKS for c in T4_COLS])
    pagebreak()
    s = ''
    for b in out:
        if b == '\f':
            s += '\f'
        else:
            s += b + '\n\n'
    return s.encode('utf-8')


# ---------------------------------------------------------------------------
# form 6: pandoc -f docx -t org: #+title, bold paragraphs for the section
# heads, org tables (| a | b |, |---+---| under the first row), merged cells
# lost (the text stays in the first grid cell, the rest are empty)
# ---------------------------------------------------------------------------
def org_table(ncols, rows):
    grid = []
    for slots in expand(ncols, rows):
        line = []
        for sl in slots:
            line.append(sl['text'] if sl['kind'] == 'main' else '')
            line += [''] * (sl['cs'] - 1)
        grid.append(line)
    widths = [max(dw(g[c]) for g in grid) for c in range(ncols)]
    L = []
    for i, g in enumerate(grid):
        L.append('| ' + ' | '.join(pad(g[c], widths[c]) for c in range(ncols)) + ' |')
        if i == 0:
            L.append('|' + '+'.join('-' * (w + 2) for w in widths) + '|')
    return L


def render_org(rep):
    G = grids(rep)
    L = ['#+title: ' + rep['title'], '']
    for kind, text in iter_text(rep):
        if kind == 'title':
            L += ['*' + text + '*', '']
        elif kind == 'h':
            L += ['*' + text + '*', '']
        elif kind == 'p':
            L += [text, '']
        elif kind in ('sign', 'date'):
            L += ['#+begin_right', text, '#+end_right', '']
        else:
            L += org_table(*G[kind])
            L.append('')
    return ('\n'.join(L)).encode('utf-8')


# ---------------------------------------------------------------------------
# form 7: reStructuredText source (a Sphinx-built open-government site):
# title/section underlines, tables as ``.. list-table::`` directives with
# nested bullet rows (no spans: merged cells printed once, the other items
# empty); table 四 is printed TRANSPOSED, 15 rows of 类别 | 方式 | 结果 | 件数
# ---------------------------------------------------------------------------
def rst_list_table(caption, ncols, rows, widths, header_rows):
    L = ['.. list-table:: ' + caption, '   :header-rows: %d' % header_rows,
         '   :widths: ' + ' '.join(str(w) for w in widths), '   :align: center', '']
    for slots in expand(ncols, rows):
        items = []
        for sl in slots:
            items.append(sl['text'] if sl['kind'] == 'main' else '')
            items += [''] * (sl['cs'] - 1)
        for j, it in enumerate(items):
            lead = '   * - ' if j == 0 else '     - '
            L.append((lead + it).rstrip())
    L.append('')
    return L


def render_rst(rep):
    L = []
    t = rep['title']
    L += ['=' * dw(t), t, '=' * dw(t), '']
    L += [':发布机构: ' + rep['agency_printed'], ':发布日期: ' + rep['published'],
          ':索引号: ' + rep['index_no'], '']
    for kind, text in iter_text(rep):
        if kind == 'title':
            continue
        if kind == 'h':
            L += [text, '-' * dw(text), '']
        elif kind == 'p':
            L += [text, '']
        elif kind in ('sign', 'date'):
            L += ['.. class:: signature', '', '   ' + text, '']
        elif kind == 'T2':
            L += rst_list_table('主动公开政府信息情况', *grid_t2(rep), widths=[30, 20, 20, 20], header_rows=0)
        elif kind == 'T3':
            L += rst_list_table('收到和处理政府信息公开申请情况', *grid_t3(rep),
                                widths=[8, 10, 24] + [8] * 7, header_rows=3)
        elif kind == 'T4':
            L += ['.. list-table:: 政府信息公开行政复议、行政诉讼情况（单位：件）', '   :header-rows: 1',
                  '   :widths: 20 30 20 15', '   :align: center', '',
                  '   * - 类别', '     - 方式', '     - 结果', '     - 件数']
            for b, cat, way in (('review', '行政复议', ''), ('suit_direct', '行政诉讼', '未经复议直接起诉'),
                                ('suit_after_review', '行政诉讼', '复议后起诉')):
                for i, c in enumerate(T4_COLS):
                    L += [('   * - ' + cat).rstrip(), ('     - ' + way).rstrip(), '     - ' + T4_LABEL[i],
                          '     - ' + cell(rep, 'appeals.%s.%s' % (b, c))]
            L.append('')
    return ('\n'.join(L)).encode('utf-8')


# ---------------------------------------------------------------------------
# form 8: MediaWiki source (the agency's knowledge-base / 百科-style mirror):
# {| class="wikitable" … |}, ! header cells, rowspan="…" colspan="…" |
# attributes, cells joined with || and !!; == section == heads; '''bold'''
# ---------------------------------------------------------------------------
def wiki_table(ncols, rows, header_rows):
    L = ['{| class="wikitable" style="text-align:center; font-size:90%;"']
    for ri, row in enumerate(rows):
        L.append('|-')
        mark = '!' if ri < header_rows else '|'
        cells = []
        for (t, rs, cs) in row:
            attrs = []
            if rs > 1:
                attrs.append('rowspan="%d"' % rs)
            if cs > 1:
                attrs.append('colspan="%d"' % cs)
            cells.append(((' '.join(attrs) + ' | ') if attrs else '') + t)
        if ri >= header_rows and any(rs > 1 or cs > 1 for (t, rs, cs) in row):
            L += ['| ' + c for c in cells]          # one cell per line when attributes are present
        else:
            sep = ' !! ' if mark == '!' else ' || '
            L.append(mark + ' ' + sep.join(cells))
    L.append('|}')
    return L


def render_wiki(rep):
    L = ["'''%s'''" % rep['title'], '', '{{信息公开元数据|索引号=%s|发布机构=%s|发布日期=%s}}' % (
        rep['index_no'], rep['agency_printed'], rep['published']), '']
    for kind, text in iter_text(rep):
        if kind == 'title':
            continue
        if kind == 'h':
            L += ['== %s ==' % text, '']
        elif kind == 'p':
            L += [text, '']
        elif kind in ('sign', 'date'):
            L += ['<div style="text-align:right">%s</div>' % text, '']
        elif kind == 'T2':
            ncols, rows = grid_t2(rep)
            L += wiki_table(ncols, rows, 0)
            L.append('')
        elif kind == 'T3':
            ncols, rows = grid_t3(rep)
            L += wiki_table(ncols, rows, 3)
            L.append('')
        elif kind == 'T4':
            ncols, rows = grid_t4(rep)
            L += wiki_table(ncols, rows, 3)
            L.append('')
    L += ['[[分类:政府信息公开工作年度报告]]', '[[分类:%s]]' % rep['agency_printed'], '']
    return ('\n'.join(L)).encode('utf-8')


# ---------------------------------------------------------------------------
# the eight reports
# ---------------------------------------------------------------------------
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


def blanks_xingxi(rep):
    for b in T4_BLOCKS:
        for i, c in enumerate(T4_COLS[:4]):
            if rep['appeals'][b][i] == 0:
                rep['blank']['appeals.%s.%s' % (b, c)] = '—'
    for f in ('issued', 'repealed', 'in_force'):
        rep['blank']['active.regulations.' + f] = '/'


def blanks_baigang(rep):
    for i, c in enumerate(T4_COLS):
        assert rep['appeals']['suit_after_review'][i] == 0
        rep['blank']['appeals.suit_after_review.' + c] = ''


INTRO = ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{rule}要求编制。'
         '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、'
         '政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。'
         '本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。')

REPORTS = [
    dict(id='qiaoshan', file='qiaoshan-nyncj-2020.rtf', form='rtf-source',
         form_desc='RTF source as saved by WordPad/Word (\\ansicpg936): every Chinese character a pair of \\\'xx GBK byte escapes, paragraphs \\pard…\\par, tables \\trowd/\\cellx/\\cell/\\row with \\clvmgf/\\clvmrg vertical merges and wide \\cellx for horizontal merges; CRLF; pure ASCII file',
         template='2019', year=2020, level='county department', level_code='county_dept',
         region='陕西 (fictional 桥山县)', agency_printed='桥山县农业农村局', published='2021-01-22', seed=0xA101,
         apps={'person': (52, 3, 2), 'business': (9, 0, 1), 'research': (1, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (2, 0, 0), 'other': (1, 0, 0)},
         weights={'unable.not_held': 300},
         active=A19((0, 0, 0), (3, 3, 19), (46, 2, 1327), (18, -1, 642), (152, -6, 318), (9, 0, 27),
                    (4, -1), (31, '682.4', '万元')),
         appeals={'review': [1, 0, 0, 1, 2], 'suit_direct': [0, 0, 0, 1, 1], 'suit_after_review': [0, 0, 0, 0, 0]},
         narr={'active_total': 1186, 'new_media_posts': 274},
         narr_fixed={'fees_collected': 0},
         px=dict(intro=INTRO + '本报告电子版可在桥山县人民政府门户网站“政府信息公开”专栏查阅或下载。如对本报告有疑问，请与桥山县农业农村局办公室联系（电话：0913-6628147）。',
                 overall=['{year}年，桥山县农业农村局在县委、县政府的坚强领导下，认真贯彻落实《条例》和省、市、县政务公开工作要点，围绕脱贫攻坚与乡村振兴有效衔接、粮食安全、农产品质量安全等重点工作，扎实推进政府信息公开，各项工作取得新进展。',
                          '（一）主动公开。全年通过县政府门户网站、“桥山农业”微信公众号等渠道主动公开政府信息{active_total}条，其中微信公众号发布信息{new_media_posts}条。重点公开了强农惠农补贴资金发放、农机购置补贴、动物防疫、农产品质量安全监测等信息，及时发布农业生产技术指导和灾害性天气防范信息。',
                          '（二）依申请公开。全年新收政府信息公开申请{recv}件，上年结转{co}件，全部依法在法定期限内答复，共办结{done}件，结转下年度继续办理{cf}件。申请内容主要涉及土地承包经营权确权、项目资金使用、农村宅基地等方面。全年因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。',
                          '（三）政府信息管理。严格落实信息发布审核制度，坚持“先审查、后公开”和“一事一审”，全年未发生泄密和不当公开事件。',
                          '（四）平台建设。进一步规范部门信息公开专栏，调整优化栏目设置，确保信息分类科学、更新及时。',
                          '（五）监督保障。成立由局长任组长的政务公开工作领导小组，明确办公室具体负责，将政务公开纳入年度目标责任考核。'],
                 problems=['{year}年，我局政府信息公开工作虽取得一定成效，但仍存在政策解读形式单一、部分股站信息报送不够及时等问题。{nxt}年，我局将加强业务培训，完善信息报送激励机制，丰富图解、短视频等解读形式，不断提升政务公开工作质量。'],
                 other=['本年度未收取政府信息公开信息处理费。无其他需要报告的事项。']),
         render=render_rtf, decode=lambda b: decode_rtf(b.decode('ascii'))),

    dict(id='waterway', file='national-waterway-2023.xml', form='docx-document-xml',
         form_desc='word/document.xml taken out of the .docx (unzip -p): XML declaration line plus one long line of WordprocessingML; text split over many <w:r> runs (rsid, proofErr, bookmarks), some numbers split over two runs (1 + 28 = 128); tables as <w:tbl> with <w:gridSpan> and <w:vMerge w:val="restart"/> / <w:vMerge/>',
         template='2021', year=2023, level='ministry (national bureau)', level_code='ministry',
         region='national (fictional 国家内河航道管理局)', agency_printed='国家内河航道管理局', published='2024-01-26', seed=0xA202,
         apps={'person': (318, 14, 17), 'business': (142, 6, 8), 'research': (19, 1, 0), 'nonprofit': (8, 0, 1),
               'legal': (27, 2, 2), 'other': (11, 0, 0)},
         weights={'denied.process': 40, 'denied.internal': 30, 'unable.needs_creation': 50},
         active=A21((1, 0, 12), (6, 2, 74), 2186, 57, 3, '0'),
         appeals={'review': [9, 2, 3, 4, 18], 'suit_direct': [4, 0, 2, 3, 9], 'suit_after_review': [2, 0, 1, 1, 4]},
         narr={'press_conferences': 8, 'interpretations': 23, 'npc_suggestions': 41, 'cppcc_proposals': 36},
         narr_fixed={'fees_collected': 0},
         px=dict(intro=INTRO + '本报告电子版可在国家内河航道管理局政府网站（www.nwa-example.gov.cn）查阅或下载。如对本报告有疑问，请与国家内河航道管理局办公室（政务公开办）联系。',
                 overall=['{year}年，国家内河航道管理局深入贯彻党中央、国务院关于全面推进政务公开的决策部署，认真落实《条例》和国务院办公厅政务公开工作要点，围绕内河高等级航道建设、航道养护和通航保障等中心工作，不断提高政务公开的质量和实效。',
                          '（一）主动公开。全年召开新闻发布会{press_conferences}场，发布政策解读材料{interpretations}篇，重点公开了内河航道发展规划、航道维护尺度、通航建筑物运行和航道养护工程招投标等信息。',
                          '（二）依申请公开。全年新收政府信息公开申请{recv}件，加上上年结转{co}件，共办结{done}件，结转下年度继续办理{cf}件。按申请人类型分，自然人申请占多数，商业企业申请主要涉及航道工程和涉航建设项目审批信息。',
                          '（三）政府信息管理。修订《国家内河航道管理局政府信息公开保密审查办法》，规范公开属性源头认定，对本局制发的行政规范性文件开展集中清理。',
                          '（四）平台建设。完成政府网站集约化迁移和无障碍改造，优化“政府信息公开”专栏和“政策文件库”检索功能。',
                          '（五）监督保障。全年因政府信息公开工作被申请行政复议{rev}件、被提起行政诉讼{suit}件，均依法积极应诉。组织政务公开专题培训3期，将政务公开纳入局属单位绩效考核。'],
                 problems=['对照新要求，我局政务公开工作还存在一些不足：政策解读的针对性和通俗性有待提升，依申请公开办理的规范化水平需进一步提高。下一步，我局将细化解读工作规程，加强依申请公开答复文书的合法性审核，健全与法制、业务部门的会商机制。'],
                 other=['（一）本年度因申请人逾期未按收费通知要求缴纳费用而不再处理的申请{fee_unpaid}件，全年未收取信息处理费。（二）全年承办全国人大代表建议{npc_suggestions}件、全国政协委员提案{cppcc_proposals}件，已全部按期办结，复文摘要依法公开。（三）认真落实上级年度政务公开工作要点，各项任务均已完成。']),
         render=render_docx_xml, decode=lambda b: decode_docx_xml(b.decode('utf-8'))),

    dict(id='nanzhou', file='nanzhou-ybj-2025.xlsx.txt', form='xlsx-cell-dump-transposed',
         form_desc='cell-by-cell dump (openpyxl script) of the .xlsx the agency published: "## sheet" headers, a "merged:" list of ranges, then REF<TAB>type<TAB>value per non-empty cell (secondary cells of merged ranges absent); sheet 1 holds the prose one paragraph per row; table 三 is TRANSPOSED (applicant columns down the rows, the 25 outcome rows across the columns D…AB)',
         template='2021', year=2025, level='city department', level_code='city_dept',
         region='江西 (fictional 楠州市)', agency_printed='楠州市医疗保障局', published='2026-01-20', seed=0xA303,
         xl_creator='楠州市医疗保障局办公室',
         apps={'person': (263, 11, 9), 'business': (21, 1, 1), 'research': (3, 0, 0), 'nonprofit': (2, 0, 0),
               'legal': (14, 1, 1), 'other': (4, 0, 0)},
         weights={'other_handling.fee_unpaid': 10, 'denied.query': 60},
         active=A21((0, 0, 0), (4, 1, 16), 0, 214, 0, '0'),
         appeals={'review': [5, 1, 1, 2, 9], 'suit_direct': [2, 0, 1, 1, 4], 'suit_after_review': [1, 0, 0, 1, 2]},
         narr={'active_total': 2317, 'interpretations': 18, 'fees_collected': 0},
         px=dict(intro=INTRO + '本报告电子版可在楠州市人民政府门户网站“政府信息公开”专栏查阅或下载。',
                 overall=['{year}年，楠州市医疗保障局坚持以人民为中心的发展思想，认真落实《条例》和市政府办公室年度政务公开工作要点，围绕医保待遇、基金监管、医药集中带量采购等群众关心关注的事项，持续加大信息公开力度。',
                          '（一）主动公开。全年主动公开政府信息{active_total}条，发布政策解读{interpretations}篇，公开定点医药机构名单、医保目录调整、异地就医备案流程等信息，按季度公开医保基金收支情况。',
                          '（二）依申请公开。全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度继续办理{cf}件。申请事项集中在医保报销政策执行、定点机构违规处理结果等方面。',
                          '（三）政府信息管理。制发行政规范性文件4件，废止1件，现行有效行政规范性文件16件，均在政府网站统一公开。',
                          '（四）平台建设。优化“楠州医保”微信公众号和政务服务网医保专区，上线医保政策智能问答。',
                          '（五）监督保障。全年因政府信息公开工作被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
                 problems=['存在的问题主要是：部分政策解读专业性强、通俗性不足；个别县（区）医保部门信息更新不够及时。改进措施：一是推行“图文+视频”解读；二是建立县（区）信息更新月通报制度。'],
                 other=['（一）本年度向申请人发出收费通知，因申请人逾期未按收费通知要求缴纳费用、不再处理的申请{fee_unpaid}件，全年实际收取信息处理费{fees_collected}元。（二）无其他需要报告的事项。']),
         render=render_xlsx_dump, decode=lambda b: b.decode('utf-8')),

    dict(id='xingxi', file='xingxi-town-2025.html', form='mobile-div-table',
         form_desc='mobile (WAP) CMS article page: no <table> at all, each table row a <div class="tr"> of <div class="td"> flex cells; colspans kept as data-colspan/flex width, rowspans lost (merged labels only in their first row); zeros of table 四 printed —, 规章 row /',
         template='2021', year=2025, level='township', level_code='township',
         region='湖南 (fictional 芦川县杏溪镇)', agency_printed='芦川县杏溪镇人民政府', published='2026-01-16', seed=0xA404,
         site_name='芦川县人民政府', site_owner='芦川县人民政府办公室', site_code='4313270017',
         apps={'person': (18, 1, 1), 'business': (2, 0, 0), 'research': (0, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (0, 0, 0), 'other': (0, 0, 0)},
         weights={'unable.not_held': 350, 'other_handling.fee_unpaid': 0},
         active=A21((0, 0, 0), (0, 0, 3), 12, 46, 2, '0'),
         appeals={'review': [1, 0, 0, 1, 2], 'suit_direct': [0, 0, 0, 1, 1], 'suit_after_review': [0, 0, 0, 0, 0]},
         blanks=blanks_xingxi,
         narr={'active_total': 386},
         narr_fixed={'fees_collected': 0},
         px=dict(intro=INTRO + '如对本报告有疑问，请与杏溪镇党政综合办公室联系。',
                 overall=['{year}年，杏溪镇人民政府在县委、县政府的正确领导下，认真贯彻落实《条例》，按照县政务公开工作要点要求，以群众需求为导向，推进基层政务公开标准化规范化建设。',
                          '（一）主动公开。全年在县政府门户网站杏溪镇专栏和镇村政务公开栏主动公开信息{active_total}条，重点公开惠民惠农财政补贴资金、低保特困供养、乡村建设项目等信息。',
                          '（二）依申请公开。全年新收政府信息公开申请{recv}件，上年结转{co}件，均按规定时限办结，结转下年度{cf}件。',
                          '（三）政府信息管理。落实信息公开审核机制，对涉及个人隐私的信息进行去标识化处理。',
                          '（四）平台建设。更新镇便民服务中心政务公开专区，设置政府信息查阅点1个。',
                          '（五）监督保障。本年度因政府信息公开被申请行政复议{rev_cn}件、被提起行政诉讼{suit_cn}件。'],
                 problems=['主要问题：镇村两级政务公开工作人员多为兼职，业务能力有待提升。下一步将加强培训，推动村务公开与政务公开衔接。'],
                 other=['本年度未收取信息处理费。无其他需要报告的事项。']),
         render=render_mobile_div, decode=lambda b: decode_html(b.decode('utf-8'))),

    dict(id='lanjiang', file='lanjiang-province-2019.txt', form='pdfminer-textboxes',
         form_desc='pdfminer.six pdf2txt.py output of the PDF: every text box separated by a blank line, so every table cell is its own paragraph; cell labels wrapped at the cell width mid-word; header boxes in pdfminer order (申请人情况, 法人或其他组织, the five sub-columns, then 自然人, 总计, then the 勾稽 note); merged label cells (三、本年度办理结果, （三）不予公开 …) emitted after the middle row they span; page numbers and \\f; table 三 broken over a page',
         template='2019', year=2019, level='provincial government', level_code='province_gov',
         region='fictional 澜江省', agency_printed='澜江省人民政府', published='2020-03-30', seed=0xA505,
         apps={'person': (2614, 87, 104), 'business': (388, 12, 15), 'research': (34, 1, 2), 'nonprofit': (21, 0, 1),
               'legal': (176, 6, 9), 'other': (63, 2, 3)},
         active=A19((5, 5, 163), (28, 28, 512), (2318, -146, 184265), (684, 37, 95327), (3472, -208, 61844),
                    (215, 11, 3907), (86, -12), (1286, '286413.75', '万元')),
         appeals={'review': [97, 21, 34, 26, 178], 'suit_direct': [31, 5, 12, 18, 66],
                  'suit_after_review': [19, 3, 7, 9, 38]},
         narr={'active_total': 41853, 'press_conferences': 57, 'interpretations': 164},
         narr_fixed={},
         px=dict(intro=INTRO + '本报告电子版可在澜江省人民政府门户网站查阅或下载。如对本报告有疑问，请与澜江省人民政府办公厅政务公开办公室联系。',
                 overall=['{year}年，澜江省各级行政机关深入贯彻新修订的《条例》，认真落实国务院办公厅政务公开工作要点，坚持以公开为常态、不公开为例外，着力推进决策、执行、管理、服务、结果公开，政务公开工作取得新成效。',
                          '（一）主动公开。全省主动公开政府信息{active_total}条。省政府及省政府办公厅制发规章5件、规范性文件28件，全部按规定公开。全年省政府新闻办举办新闻发布会{press_conferences}场，发布政策解读{interpretations}篇。',
                          '（二）依申请公开。省政府本级共新收政府信息公开申请{recv}件，上年结转{co}件，已办结{done}件，结转下年度继续办理{cf}件。',
                          '（三）政府信息管理。全面开展政府信息公开属性源头认定，清理规范性文件，编制完善全省政府信息公开指南和目录。',
                          '（四）平台建设。推进政府网站集约化平台建设，整合政务新媒体，规范政府公报编辑发行。',
                          '（五）监督保障。全年因政府信息公开工作被申请行政复议{rev}件、被提起行政诉讼{suit}件。将政务公开工作纳入全省政府绩效考核，开展第三方评估。'],
                 h5='五、政府信息公开工作存在的主要问题及改进情况',
                 problems=['一是基层政务公开标准化规范化建设仍需深化；二是依申请公开答复的规范性有待提升；三是政策解读的质量不够高。{nxt}年，我省将加快基层政务公开标准目录编制，完善答复文书示范文本，提升解读回应实效。'],
                 other=['无。']),
         render=render_pdfminer, decode=lambda b: b.decode('utf-8')),

    dict(id='wuchuan', file='wuchuan-city-2021.org', form='pandoc-org',
         form_desc='pandoc -f docx -t org: #+title, section heads as bold paragraphs (*…*), org tables (| a | b | with a |---+---| rule under the first row), merged cells lost (text in the first grid cell, the rest empty), cells padded to the column width',
         template='2021', year=2021, level='prefecture-level city government', level_code='city_gov',
         region='广西 (fictional 梧川市)', agency_printed='梧川市人民政府', published='2022-03-25', seed=0xA606,
         apps={'person': (1320, 41, 58), 'business': (204, 7, 9), 'research': (12, 0, 1), 'nonprofit': (9, 0, 0),
               'legal': (71, 3, 4), 'other': (26, 1, 2)},
         weights={'other_handling.fee_unpaid': 6},
         active=A21((2, 1, 58), (19, 7, 233), 48613, 15286, 927, '2865.34'),
         appeals={'review': [38, 7, 11, 9, 65], 'suit_direct': [12, 2, 5, 8, 27], 'suit_after_review': [7, 1, 2, 4, 14]},
         narr={'active_total': 26947, 'press_conferences': 39, 'interpretations': 112, 'npc_suggestions': 284,
               'cppcc_proposals': 317, 'fees_collected': 1900},
         px=dict(intro=INTRO + '本报告电子版可在梧川市人民政府门户网站查阅或下载。如对本报告有疑问，请与梧川市人民政府办公室政务公开科联系（电话：0774-3125086）。',
                 overall=['{year}年，梧川市认真贯彻落实《条例》和国务院办公厅、自治区人民政府办公厅政务公开工作要点，围绕“十四五”开局、优化营商环境、疫情防控等重点工作，持续深化政务公开。',
                          '（一）主动公开。全市通过政府门户网站主动公开政府信息{active_total}条；市政府新闻办召开新闻发布会{press_conferences}场，发布政策解读{interpretations}篇。',
                          '（二）依申请公开。市政府本级全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度继续办理{cf}件。',
                          '（三）政府信息管理。市政府制发规章2件、废止1件，制发行政规范性文件19件、废止7件，均已在政府网站规章库和行政规范性文件库公开。',
                          '（四）平台建设。完成政府网站集约化平台迁移，开设“我为群众办实事”专栏。',
                          '（五）监督保障。全年因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
                 problems=['主要问题是部分县（市、区）和部门对依申请公开的法律风险认识不足，答复不够规范。下一步将组织专题培训和案例评析，推行答复文书法律审核。'],
                 other=['（一）全年收取信息处理费{fees_collected}元；因申请人逾期未按收费通知缴纳费用而不再处理的申请{fee_unpaid}件。（二）全年办理市人大代表建议{npc_suggestions}件、市政协提案{cppcc_proposals}件，办理结果均已公开。']),
         render=render_org, decode=lambda b: b.decode('utf-8')),

    dict(id='fengling', file='fengling-county-2019.rst', form='rst-list-table',
         form_desc='reStructuredText source (Sphinx-built open-government site): title and section underlines, a field list with 发布机构/发布日期/索引号, tables as .. list-table:: directives (one bullet item per cell, merged cells printed once, the other items empty); table 四 TRANSPOSED into 15 rows 类别 | 方式 | 结果 | 件数',
         template='2019', year=2019, level='county government', level_code='county_gov',
         region='福建 (fictional 枫岭县)', agency_printed='枫岭县人民政府', published='2020-03-18', seed=0xA707,
         index_no='FL00101-0203-2020-00017',
         apps={'person': (198, 6, 7), 'business': (26, 1, 1), 'research': (1, 0, 0), 'nonprofit': (2, 0, 0),
               'legal': (9, 0, 0), 'other': (4, 0, 0)},
         active=A19((0, 0, 0), (6, 6, 41), (1287, 64, 16342), (318, -22, 7415), (602, 35, 2718), (37, -4, 152),
                    (29, -3), (73, '31856200', '元')),
         appeals={'review': [7, 1, 2, 1, 11], 'suit_direct': [2, 0, 1, 1, 4], 'suit_after_review': [1, 0, 0, 1, 2]},
         narr={'active_total': 5214},
         narr_fixed={'fees_collected': 0},
         px=dict(intro=INTRO + '本报告电子版可在枫岭县人民政府网站查阅或下载。',
                 overall=['{year}年，枫岭县认真贯彻实施新修订的《条例》，落实省、市政务公开工作部署，扎实推进基层政务公开标准化规范化试点，政务公开工作水平不断提升。',
                          '（一）主动公开。全县主动公开政府信息{active_total}条，县政府制发规范性文件6件，全部在县政府网站公开。',
                          '（二）依申请公开。全县共新收政府信息公开申请{recv}件，上年结转{co}件，已办结{done}件，结转下年度继续办理{cf}件。',
                          '（三）政府信息管理。对2015年以来制发的规范性文件进行全面清理，建立政府信息公开保密审查台账。',
                          '（四）平台建设。完成县政府网站改版，开设基层政务公开标准化规范化试点专栏。',
                          '（五）监督保障。全年因政府信息公开被申请行政复议{rev}件，被提起行政诉讼{suit}件。'],
                 h4='四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
                 problems=['存在问题：部分乡镇信息公开内容不够全面，更新不及时。改进措施：完善考核办法，开展季度检查通报。'],
                 other=['本年度未收取信息处理费。无其他需要报告的事项。']),
         render=render_rst, decode=lambda b: b.decode('utf-8')),

    dict(id='baigang', file='baigang-jyj-2020.wiki', form='mediawiki-table',
         form_desc='MediaWiki source of a wiki mirror: \'\'\'bold\'\'\' title, {{信息公开元数据|…}} template, == section == heads, {| class="wikitable" … |} tables with ! header cells, || / !! cell separators and rowspan="…" colspan="…" | attributes (rows with spans written one cell per line); the whole 复议后起诉 block of table 四 left empty; 采购总金额 printed without unit',
         template='2019', year=2020, level='district department', level_code='district_dept',
         region='广东 (fictional 柏港区)', agency_printed='柏港区教育局', published='2021-01-25', seed=0xA808,
         index_no='BG-JYJ-2021-0004',
         apps={'person': (147, 5, 4), 'business': (8, 0, 0), 'research': (0, 0, 0), 'nonprofit': (3, 0, 0),
               'legal': (5, 0, 1), 'other': (2, 0, 0)},
         weights={'not_processed.petition': 80},
         active=A19((0, 0, 0), (2, 2, 14), (21, 1, 1846), (9, 0, 526), (35, -3, 74), (3, 0, 6),
                    (6, 0), (19, '1523.6', None)),
         appeals={'review': [3, 1, 0, 1, 5], 'suit_direct': [1, 0, 1, 0, 2], 'suit_after_review': [0, 0, 0, 0, 0]},
         blanks=blanks_baigang,
         narr={'active_total': 963, 'new_media_posts': 415},
         narr_fixed={'fees_collected': 0},
         px=dict(intro=INTRO + '如对本报告有疑问，请与柏港区教育局办公室联系。',
                 overall=['{year}年，柏港区教育局认真贯彻落实《条例》，围绕学位供给、招生入学、校园安全、“双减”前期准备等群众关注的热点，持续做好教育领域政府信息公开。',
                          '（一）主动公开。全年主动公开政府信息{active_total}条，“柏港教育”微信公众号发布信息{new_media_posts}条，及时公开义务教育招生政策、学位预警、民办学校年检结果等。',
                          '（二）依申请公开。全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，结转下年度继续办理{cf}件。',
                          '（三）政府信息管理。规范信息发布流程，落实“三审三校”。',
                          '（四）平台建设。优化区政府网站教育专栏，设置招生入学专题。',
                          '（五）监督保障。全年因政府信息公开被申请行政复议{rev}件、被提起行政诉讼{suit}件，均为未经复议直接起诉。'],
                 problems=['问题：招生入学等热点信息的解读不够及时。措施：建立热点信息提前解读机制。'],
                 other=['本年度未收取信息处理费。无其他需要报告的事项。']),
         render=render_wiki, decode=lambda b: b.decode('utf-8')),
]

for _r in REPORTS:
    _r['title'] = _r['agency_printed'] + '%d年政府信息公开工作年度报告' % _r['year']

NOTES = {
    'qiaoshan': 'RTF: decode \\\'xx pairs as GBK (\\ansicpg936); ignore {\\fonttbl}, {\\colortbl}, {\\*\\generator}; \\par = paragraph, \\cell = cell end, \\row = row end; CR/LF in the source are not text. Digits are plain ASCII in \\f3 runs. Vertical merges: the first cell has \\clvmgf and the text, the covered cells \\clvmrg and are empty (三、本年度办理结果 rowspan 20, （三）不予公开 8, （四）无法提供 3, （五）不予处理 5; header 自然人/总计 rowspan 2, note rowspan 3); horizontal merges are a single wider \\cellx. 2019 tables: 本年增/减 signed (2, -1, -6, 0, -1), 采购总金额 682.4万元 (unit in the cell). 复议后起诉 all 0 (printed 0). Prose: 主动公开 1186 条, 微信公众号 274 条; fees 未收取 -> 0.',
    'waterway': 'document.xml: read <w:t> text per <w:p>, concatenating runs (a label like 本年新收政府信息公开申请数量 comes in 1–9-character runs; a number like 128 may be <w:t>1</w:t> + <w:t>28</w:t> in two runs of the same paragraph). Cells are <w:tc>, rows <w:tr>; <w:gridSpan w:val="n"/> = colspan; <w:vMerge w:val="restart"/> starts a vertical merge and <w:vMerge/> cells are its empty continuation. Section heads carry _Toc bookmarks. Ministry level: 规章 1/0/12. fees 0 (未收取). Prose: 新闻发布会 8 场, 政策解读 23 篇, 全国人大代表建议 41 件, 全国政协提案 36 件.',
    'nanzhou': 'xlsx dump: lines REF<TAB>s|n<TAB>value. Sheet 1 报告正文 holds the title, prose paragraphs, section heads and placeholders （详见“表二 主动公开”工作表） where the tables stand, signature and date (A1…). Sheet 2 = table 二 in normal orientation (row 1 a title 二、主动公开政府信息情况 merged A1:D1; block captions merged over 4 columns; 1-column blocks merged over B:D). Sheet 3 = table 三 TRANSPOSED: A1:C3 the 勾稽 note; rows 1–3 are the three label levels of the 25 rows (D1:D3 一、本年新收…, E1:E3 二、上年结转…, F1:AA1 三、本年度办理结果, F2:F3 （一）予以公开, H2:O2 （三）不予公开 with 1.…8. in row 3, …, AB1:AB3 四、结转下年度继续办理); rows 4–10 are the applicant columns: A4:A10 申请人情况, B4:C4 自然人, B5:B9 法人或其他组织 with 商业企业…其他 in C5…C9, B10:C10 总计; values in D4:AB10. Sheet 4 = table 四 normal orientation. Merged secondary cells are absent from the dump. Prose: 主动公开 2317 条, 政策解读 18 篇; 信息处理费 0 元 stated explicitly.',
    'xingxi': 'Mobile div table: each <div class="tr"> is a row, <div class="td" data-colspan="n"> a cell; no rowspan information at all, so 三、本年度办理结果 is only in the （一）予以公开 row and （三）不予公开 only in the 1.属于国家秘密 row (flattened-HTML convention). Township with few requests: 科研机构, 社会公益组织, 法律服务机构, 其他 columns all 0 (printed 0). Table 四 zeros outside 总计 printed — (gold null, value 0); 规章 row / / / (gold null). Prose states 复议/诉讼 in Chinese numerals: 行政复议两件 (2), 行政诉讼一件 (1). 主动公开 386 条. fees 未收取 -> 0.',
    'lanjiang': 'pdfminer text boxes: one cell per box, boxes separated by blank lines. Table 二: caption box, 信息内容, header boxes wrapped at six characters (本年新制作数 / 量), then per row the label and its values, one per box. Table 三 header order: 申请人情况, 法人或其他组织, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 自然人, 总计, then the 勾稽 note wrapped; each row: its label box (wrapped at the label width, e.g. 一、本年新收政府信息公 / 开申请数量), then 7 value boxes in the standard column order 自然人…总计. Merged labels come late: （三）不予公开 after 4.保护第三方合法权益 row, （四）无法提供 after 2.没有现成信息需要另行制作, （五）不予处理 after 3.要求提供公开出版物, 三、本年度办理结果 (wrapped two characters a line) after the 10th outcome row. Page break (－ N － and \\f) after the 8.属于行政查询事项 row. Table 四: 行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉, ten 2-char-wrapped suit labels, the five 复议 labels, then the 15 values. 2019 tables: 本年增/减 signed, 采购总金额 286413.75万元. Province: 规章 5/5/163. Prose: 主动公开 41853 条 (全省), 新闻发布会 57 场, 政策解读 164 篇; 依申请 figures are 省政府本级 and equal the table. No statement on fees -> no narrative.fees_collected.',
    'wuchuan': 'org table per national table; each grid row is one org row, merged cells lost (NOTE in the first cell of header row 1 and empty below/right; 三、本年度办理结果 only on the （一） row; group labels only on their first sub-row; 1-column blocks of table 二 have the value in the first value column and two empty cells). A |---+---| rule follows the first row of every table (pandoc header row), including table 二 whose first row is the caption 第二十条第（一）项. Section heads are *bold* paragraphs, not org headlines. 2021 tables; fees amount 2865.34 (万元); narrative.fees_collected 1900 (元, 信息处理费, section 六); fee_unpaid row non-zero and mentioned. Prose: 主动公开 26947 条, 新闻发布会 39 场, 政策解读 112 篇, 建议 284 件, 提案 317 件.',
    'fengling': 'RST list-tables: each "* -" starts a row, each "-" item is a cell; empty items are merged-away cells. Table 二 has no header rows (captions are ordinary rows); table 三 :header-rows: 3; table 四 is TRANSPOSED: header 类别 | 方式 | 结果 | 件数, then 15 rows in the order 行政复议 ×5 (方式 empty), 行政诉讼/未经复议直接起诉 ×5, 行政诉讼/复议后起诉 ×5, each with 结果维持/结果纠正/其他结果/尚未审结/总计 and its count. Section 四 heading is the variant 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况. 采购总金额 31856200元 (amount 31856200, unit 元). fees 未收取 -> 0. 主动公开 5214 条.',
    'baigang': 'MediaWiki: rows start with |-, header cells with !, data cells with |; cells on one line joined by || (or !!); rows that contain rowspan/colspan cells are written one cell per line ("| rowspan="8" | （三）不予公开"). Table 四: the whole 复议后起诉 block (five cells including its 总计) is empty (|| ||): gold null for all five; the underlying figures are 0, and narrative.lawsuits = 2 (prose says all lawsuits were direct). 采购总金额 1523.6 without any unit -> amount 1523.6, amount_unit null. 科研机构 column all 0 (printed 0). Agency name is 柏港区教育局. Prose: 主动公开 963 条, 微信公众号 415 条; fees 未收取 -> 0.',
}


def process(rep):
    rep.setdefault('blank', {})
    rep.setdefault('narrative', {})
    rep['A'] = build_apps(rep)
    check_apps(rep, rep['A'])
    check_appeals(rep, rep['appeals'])
    check_active(rep, rep['active'])
    if rep.get('blanks'):
        rep['blanks'](rep)
    rep['blocks'] = build_prose(rep)
    n = rep['narrative']
    # narrative sanity (must restate the table)
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
    if rep['template'] == '2021' and rep['A']['other_handling.fee_unpaid'][6] > 0:
        assert 'fee_unpaid' in ''.join(rep['px']['other']) or 'fees_collected' in n, rep['id']  # FEE-21
    data = rep['render'](rep)
    data.decode('utf-8')                       # valid UTF-8
    gold = make_gold(rep)
    txt = rep['decode'](data)
    flat = txt.replace('\n', '').replace('\t', '')
    for path, v in gold.items():
        if path.startswith(('active.', 'applications.', 'appeals.')) and v is not None and not path.endswith('amount_unit'):
            s = cell(rep, path)
            assert s in txt, (rep['id'], path, s)
    assert rep['agency_printed'] in flat, rep['id']
    assert cn_date(rep['published']) in flat, rep['id']
    assert rep['published'] in flat or rep['id'] not in ('fengling', 'baigang'), rep['id']
    for k, v in n.items():
        ok = str(v) in flat or (isinstance(v, int) and v < 100 and cn_num(v) in flat)
        if k == 'fees_collected' and v == 0:
            ok = ok or '未收取' in flat
        assert ok, (rep['id'], k, v)
    return data, gold


def tot(rep, key):
    return rep['A'][key][6]


README_HEAD = """# Held-out set 5 (tables): eight invented reports in eight extraction forms

Eight **invented** 政府信息公开工作年度报告 (fictional agencies, places and figures; realistic prose)
carrying the national tables 二 (主动公开), 三 (收到和处理申请) and 四 (复议/诉讼), in both national
templates (2019: 23 rows in table 三, 3-column blocks in table 二; 2021: 25 rows, 1-column blocks),
each rendered the way real text looks after one kind of extraction that none of the earlier held-out
sets covered (html full page, Word copy with tabs, pdftotext -layout, markdown, traditional, pandoc
grid, single-space cells, label variants, pdftotext default, nested HTML, Excel copy, run-together
rows, box drawing, flattened markdown header, mobile one-row-per-line, raw pdf, WeChat HTML, CSV,
OCR, email-quoted, thousands separators, JSON lines, pandoc plain, semantic HTML, column-wise
pdftotext, python-docx lists, two pages, invisible characters, LaTeX, Excel-paste HTML).

Everything here is generated by `make.py` (python3, stdlib only, no clock, own PRNG): running it
again rewrites the eight files, `manifest.json` and this README byte for byte.

    python3 make.py

`make.py` builds the figures, **asserts** every hard identity of spec §7.1 before writing anything
(T3-ROW 总计 = sum of the six applicant columns on all 23/25 rows; T3-SUM (七)总计 = (一)…(六) in every
column; T3-COL 一+二 = 三(七)+四 in every column; T4 总计 = 维持+纠正+其他+尚未审结 for 复议 and both 诉讼
blocks; DOM-1/2/3 sign and type rules), keeps the soft checks true (T2-19 新公开 ≤ 对外公开总数;
T2-AUTH 规章 only for ministry/province/city governments; FEE-21), asserts that every narrative
figure restates the table (收到/办结/结转/复议/诉讼), asserts that every blanked cell is a zero (so the
identities still hold with blank = 0), asserts that every file is valid UTF-8, and checks — after the
form's own decoding (RTF GBK escapes, document.xml runs, HTML tags) — that every printed gold cell,
the agency, the signature date and every narrative figure can be found in the file text.

## Files

| file | form | template | year | level | agency (as printed) | region |
| --- | --- | --- | --- | --- | --- | --- |
"""

README_TAIL = """
## Forms

{forms}

## Gold conventions (manifest.json)

* Same shape as tables4 / `/work/shared/corpus/manifest.json`: a list of `{{file, form, era, agency,
  level, year, gold, notes}}`; `era` = the table template; `gold` is a flat map of dotted `gdr_parse`
  paths (schema.md): `year`, `agency`, `kind`, `template`, `published`, `script`, every cell of
  tables 二/三/四, `balance_ok`, and `narrative.*` figures the prose states.
* Key names exactly as schema.md / tables4: `applications.granted.total`,
  `applications.denied.query.person`, `applications.other_handling.no_correction.total`,
  `appeals.suit_after_review.pending`, `active.licensing.decisions`, `active.fees.amount`; 2019 format
  `active.regulations.made / published / public_total`, `active.licensing.items_last_year /
  items_change / decisions`, `active.other_services.*`, `active.fees.items_last_year / items_change`,
  `active.procurement.items / amount / amount_unit`. The single 2019 （六）其他处理 row is
  `applications.other_handling.other.*`.
* `null` = the cell exists but is blank or carries a not-a-number mark (`—`, `/`, empty cell), as
  schema.md prescribes and tables4 does; such cells are always zero in the underlying figures, so
  every identity holds with blank = 0 and `balance_ok` is true.
* Money: `active.fees.amount` in 万元 (2021 header); `active.procurement.amount` is the number as
  printed with `amount_unit` "元", "万元" or null when neither header nor cell says;
  `narrative.fees_collected` is the 信息处理费 in 元 (0 when the report says 未收取).
* `narrative.applications_received` is the 本年新收 figure (every prose sentence says 新收 and names the
  carry-over separately); `narrative.applications_completed` = (七)总计; `narrative.lawsuits` =
  未经复议直接起诉 + 复议后起诉 totals; `narrative.reviews` = 行政复议 total.
* `agency` is the name as the title/signature print it; `published` is the date under the
  signature (equal to the page/metadata date where the file has one).
* `script` is "hans" for all eight.

## Where the gold could be read two ways, and the choice made

{ambig}
"""

AMBIG = [
    '**Transposed tables (nanzhou table 三, fengling table 四).** Gold is keyed by meaning (row label × column label), not by position: the transposed sheet still yields `applications.<row>.<col>` and the 15-row list still yields `appeals.<block>.<col>`.',
    '**pdfminer box order (lanjiang).** Merged label boxes appear after rows they span; gold assigns every row by its own sub-label (1.…8.) and the group it belongs to in the official template, never by the position of the group box.',
    '**Blank 复议后起诉 block including its 总计 (baigang).** All five cells are null (printed empty) even though the total is implied 0; `narrative.lawsuits` is 2 because the prose says all lawsuits were direct suits. A parser that writes 0 into the total is wrong by schema.md ("never write computed totals back into reported cells").',
    '**`—` in table 四 and `/` in 规章 (xingxi)** are null, following schema.md and tables4 (jiangzhu), even though they stand for zero.',
    '**2019 procurement amount without unit (baigang)** `1523.6`: amount 1523.6, `amount_unit` null (no conversion guessed).',
    '**Chinese numerals in prose (xingxi)**: 两件 = 2, 一件 = 1 (schema.md: Chinese numerals are numbers).',
    '**narrative.active_total (lanjiang, wuchuan)** is the figure for the whole province/city (全省/全市), while the application figures are 本级; the gold keeps the stated number as is.',
    '**fees_collected for reports that say nothing about fees (lanjiang)**: key omitted, not 0.',
    '**RTF/XML files**: the gold values are visible only after decoding (GBK \\\'xx escapes; concatenating <w:t> runs, where a number can be split over two runs). The check in make.py decodes before searching.',
]


def main():
    manifest = []
    outputs = []
    for rep in REPORTS:
        data, gold = process(rep)
        outputs.append((rep['file'], data))
        manifest.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'],
                         'agency': rep['agency_printed'], 'level': rep['level'], 'year': rep['year'],
                         'gold': gold, 'notes': rep['form_desc'] + '. ' + NOTES[rep['id']]})
    assert len({m['form'] for m in manifest}) == len(manifest) == 8
    assert {m['era'] for m in manifest} == {'2019', '2021'}
    for fn, data in outputs:
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write('\n')
    rows = []
    forms = []
    for rep, m in zip(REPORTS, manifest):
        rows.append('| `%s` | %s | %s | %d | %s | %s | %s |' % (rep['file'], rep['form'], rep['template'],
                                                               rep['year'], rep['level'], rep['agency_printed'],
                                                               rep['region']))
        nnull = sum(1 for v in m['gold'].values() if v is None)
        forms.append('* **%s** (`%s`, %d gold keys, %d null): %s.\n  %s' % (
            rep['form'], rep['file'], len(m['gold']), nnull, rep['form_desc'], NOTES[rep['id']]))
    readme = README_HEAD + '\n'.join(rows) + '\n' + README_TAIL.format(
        forms='\n'.join(forms), ambig='\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(AMBIG)))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme)
    print('wrote %d files' % len(outputs))


if __name__ == '__main__':
    main()
