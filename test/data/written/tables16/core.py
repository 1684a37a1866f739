"""Figures, identities and the official table layouts (taken over from set 15 unchanged).  Python 3 stdlib only."""
import random

COLS = ['person', 'business', 'research', 'nonprofit', 'legal', 'other', 'total']
COL_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

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
NOTE3 = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'


def t3_rows(template):
    """[(key, group_label or None, label)] in printed order."""
    rows = [('new', None, '一、本年新收政府信息公开申请数量'),
            ('carried_over', None, '二、上年结转政府信息公开申请数量'),
            ('granted', None, '（一）予以公开'),
            ('partial', None, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')]
    rows += [('denied.' + k, '（三）不予公开', l) for k, l in DENIED]
    rows += [('unable.' + k, '（四）无法提供', l) for k, l in UNABLE]
    rows += [('not_processed.' + k, '（五）不予处理', l) for k, l in NOTPROC]
    if template == '2019':
        rows.append(('other_handling.other', None, '（六）其他处理'))
    else:
        rows += [('other_handling.' + k, '（六）其他处理', l) for k, l in OTHER21]
    rows += [('processed', None, '（七）总计'), ('carried_forward', None, '四、结转下年度继续办理')]
    return rows


OUTCOMES = lambda tpl: [k for k, g, l in t3_rows(tpl) if k not in ('new', 'carried_over', 'processed', 'carried_forward')]

# weights of the outcome rows when figures are drawn
OUT_W = {'granted': 34, 'partial': 9, 'denied.state_secret': 0.4, 'denied.prohibited': 0.4, 'denied.security': 0.6,
         'denied.third_party': 1.5, 'denied.internal': 1.6, 'denied.process': 1.4, 'denied.enforcement': 0.8,
         'denied.query': 1.2, 'unable.not_held': 22, 'unable.needs_creation': 4, 'unable.unclear': 2,
         'not_processed.petition': 4, 'not_processed.repeated': 2.5, 'not_processed.publication': 0.8,
         'not_processed.excessive': 0.5, 'not_processed.confirmation': 1.0, 'other_handling.other': 5,
         'other_handling.no_correction': 3, 'other_handling.fee_unpaid': 0.6}
COL_W = {'person': 1.0, 'business': 0.14, 'research': 0.02, 'nonprofit': 0.025, 'legal': 0.06, 'other': 0.03}


def gen_t3(seed, template, processed_person, carry_in, carry_out, force=None, col_w=None):
    """Draw table 三.  carry_in / carry_out: {col: n}.  force: {(row, col): n} fixed before drawing."""
    rng = random.Random(seed)
    cw = dict(COL_W, **(col_w or {}))
    outs = OUTCOMES(template)
    t = {}
    for c in COLS[:-1]:
        n = processed_person if c == 'person' else int(round(processed_person * cw[c] * rng.uniform(0.4, 1.6)))
        w = [OUT_W[o] * rng.uniform(0.3, 1.7) for o in outs]
        cnt = {o: 0 for o in outs}
        for _ in range(n):
            cnt[rng.choices(outs, w)[0]] += 1
        for (r, cc), v in (force or {}).items():
            if cc == c:
                cnt[r] = v
        for o in outs:
            t[(o, c)] = cnt[o]
        proc = sum(cnt.values())
        t[('processed', c)] = proc
        t[('carried_over', c)] = carry_in.get(c, 0)
        t[('carried_forward', c)] = carry_out.get(c, 0)
        t[('new', c)] = proc + t[('carried_forward', c)] - t[('carried_over', c)]
        assert t[('new', c)] >= 0, (seed, c)
    for k, g, l in t3_rows(template):
        t[(k, 'total')] = sum(t[(k, c)] for c in COLS[:-1])
    return t


def check_t3(t, template):
    rows = [k for k, g, l in t3_rows(template)]
    outs = OUTCOMES(template)
    for r in rows:                                   # T3-ROW
        for c in COLS:
            assert isinstance(t[(r, c)], int) and t[(r, c)] >= 0, (r, c)      # DOM-1
        assert t[(r, 'total')] == sum(t[(r, c)] for c in COLS[:-1]), ('T3-ROW', r)
    for c in COLS:
        assert t[('processed', c)] == sum(t[(o, c)] for o in outs), ('T3-SUM', c)
        assert t[('new', c)] + t[('carried_over', c)] == t[('processed', c)] + t[('carried_forward', c)], ('T3-COL', c)


def failing_t3(t, template):
    """names of the identities that do not hold (for a table unbalanced as printed)"""
    bad = []
    outs = OUTCOMES(template)
    for r, g, l in t3_rows(template):
        if t[(r, 'total')] != sum(t[(r, c)] for c in COLS[:-1]):
            bad.append('T3-ROW ' + r)
    for c in COLS:
        if t[('processed', c)] != sum(t[(o, c)] for o in outs):
            bad.append('T3-SUM ' + c)
        if t[('new', c)] + t[('carried_over', c)] != t[('processed', c)] + t[('carried_forward', c)]:
            bad.append('T3-COL ' + c)
    return bad


T4_BLOCKS = ['review', 'suit_direct', 'suit_after_review']
T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']
T4_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']


def make_t4(review, direct, after):
    t = {}
    for b, v in zip(T4_BLOCKS, (review, direct, after)):
        assert len(v) == 4
        for c, x in zip(T4_COLS, list(v) + [sum(v)]):
            t[(b, c)] = x
    return t


def check_t4(t):
    for b in T4_BLOCKS:
        assert all(isinstance(t[(b, c)], int) and t[(b, c)] >= 0 for c in T4_COLS)
        assert t[(b, 'total')] == sum(t[(b, c)] for c in T4_COLS[:-1]), ('T4', b)


# ---------------------------------------------------------------- table 二
def t2_keys(template):
    if template == '2019':
        return [('regulations', ['made', 'published', 'public_total']),
                ('normative_documents', ['made', 'published', 'public_total']),
                ('licensing', ['items_last_year', 'items_change', 'decisions']),
                ('other_services', ['items_last_year', 'items_change', 'decisions']),
                ('penalty', ['items_last_year', 'items_change', 'decisions']),
                ('coercion', ['items_last_year', 'items_change', 'decisions']),
                ('fees', ['items_last_year', 'items_change']),
                ('procurement', ['items', 'amount'])]
    return [('regulations', ['issued', 'repealed', 'in_force']),
            ('normative_documents', ['issued', 'repealed', 'in_force']),
            ('licensing', ['decisions']), ('penalty', ['decisions']), ('coercion', ['decisions']),
            ('fees', ['amount'])]


def check_t2(a, template, may_make_rules):
    for row, cols in t2_keys(template):
        for c in cols:
            v = a[(row, c)]
            if c == 'items_change':
                assert isinstance(v, int)                                   # DOM-2 signed
            elif c == 'amount':
                assert isinstance(v, (int, float)) and v >= 0               # DOM-3
            else:
                assert isinstance(v, int) and v >= 0, (row, c)              # DOM-2
    if template == '2019':
        for r in ('regulations', 'normative_documents'):
            assert a[(r, 'published')] <= a[(r, 'public_total')], 'T2-19'
    if not may_make_rules:
        first = 'made' if template == '2019' else 'issued'
        assert all(a[('regulations', c)] == 0 for c in t2_keys(template)[0][1]), 'T2-AUTH'


# ---------------------------------------------------------------- table models
# A table is a list of rows; a row is a list of cells dict(t=text, rs=, cs=, key=gold path or None).
def C(t, rs=1, cs=1, key=None):
    return {'t': t, 'rs': rs, 'cs': cs, 'key': key}


def model_t2(template, fmt):
    """fmt(path) -> printed text of the cell"""
    m = []
    A = lambda r, c: C(fmt('active.%s.%s' % (r, c)), key='active.%s.%s' % (r, c))
    if template == '2019':
        m.append([C('第二十条第（一）项', cs=4)])
        m.append([C('信息内容'), C('本年新制作数量'), C('本年新公开数量'), C('对外公开总数量')])
        m.append([C('规章')] + [A('regulations', c) for c in ('made', 'published', 'public_total')])
        m.append([C('规范性文件')] + [A('normative_documents', c) for c in ('made', 'published', 'public_total')])
        for cap, rows in (('第二十条第（五）项', [('licensing', '行政许可'), ('other_services', '其他对外管理服务事项')]),
                          ('第二十条第（六）项', [('penalty', '行政处罚'), ('coercion', '行政强制')])):
            m.append([C(cap, cs=4)])
            m.append([C('信息内容'), C('上一年项目数量'), C('本年增/减'), C('处理决定数量')])
            for r, l in rows:
                m.append([C(l)] + [A(r, c) for c in ('items_last_year', 'items_change', 'decisions')])
        m.append([C('第二十条第（八）项', cs=4)])
        m.append([C('信息内容'), C('上一年项目数量'), C('本年增/减', cs=2)])
        m.append([C('行政事业性收费'), A('fees', 'items_last_year'), dict(A('fees', 'items_change'), cs=2)])
        m.append([C('第二十条第（九）项', cs=4)])
        m.append([C('信息内容'), C('采购项目数量'), C('采购总金额', cs=2)])
        m.append([C('政府集中采购'), A('procurement', 'items'), dict(A('procurement', 'amount'), cs=2)])
    else:
        m.append([C('第二十条第（一）项', cs=4)])
        m.append([C('信息内容'), C('本年制发件数'), C('本年废止件数'), C('现行有效件数')])
        m.append([C('规章')] + [A('regulations', c) for c in ('issued', 'repealed', 'in_force')])
        m.append([C('行政规范性文件')] + [A('normative_documents', c) for c in ('issued', 'repealed', 'in_force')])
        m.append([C('第二十条第（五）项', cs=4)])
        m.append([C('信息内容'), C('本年处理决定数量', cs=3)])
        m.append([C('行政许可'), dict(A('licensing', 'decisions'), cs=3)])
        m.append([C('第二十条第（六）项', cs=4)])
        m.append([C('信息内容'), C('本年处理决定数量', cs=3)])
        m.append([C('行政处罚'), dict(A('penalty', 'decisions'), cs=3)])
        m.append([C('行政强制'), dict(A('coercion', 'decisions'), cs=3)])
        m.append([C('第二十条第（八）项', cs=4)])
        m.append([C('信息内容'), C('本年收费金额（单位：万元）', cs=3)])
        m.append([C('行政事业性收费'), dict(A('fees', 'amount'), cs=3)])
    return m


def model_t3(template, fmt, labels=None):
    labels = labels or {}
    L = lambda k, d: labels.get(k, d)
    m = [[C(L('note', NOTE3), rs=3, cs=3), C('申请人情况', cs=7)],
         [C('自然人', rs=2), C('法人或其他组织', cs=5), C('总计', rs=2)],
         [C(x) for x in COL_LABELS[1:6]]]
    rows = t3_rows(template)
    nres = len(rows) - 3
    groups_seen = set()
    for i, (k, g, l) in enumerate(rows):
        nums = [C(fmt('applications.%s.%s' % (k, c)), key='applications.%s.%s' % (k, c)) for c in COLS]
        lab = L(k, l)
        if k in ('new', 'carried_over', 'carried_forward'):
            cells = [C(lab, cs=3)]
        elif g is None:
            cells = [C(lab, cs=2)]
        else:
            cells = []
            if g not in groups_seen:
                groups_seen.add(g)
                n = sum(1 for r in rows if r[1] == g)
                cells.append(C(L(g, g), rs=n))
            cells.append(C(lab))
        if k == 'granted':
            cells.insert(0, C(L('results', '三、本年度办理结果'), rs=nres))
        m.append(cells + nums)
    return m


def model_t4(fmt):
    m = [[C('行政复议', cs=5), C('行政诉讼', cs=10)],
         [C(x, rs=2) for x in T4_LABELS] + [C('未经复议直接起诉', cs=5), C('复议后起诉', cs=5)],
         [C(x) for x in T4_LABELS] * 2,
         [C(fmt('appeals.%s.%s' % (b, c)), key='appeals.%s.%s' % (b, c)) for b in T4_BLOCKS for c in T4_COLS]]
    return m


def grid(model):
    """expand spans: returns (nrows, ncols, pos) with pos[(r, c)] = (cell, is_origin, r0, c0)"""
    occ = {}
    ncols = 0
    for r, row in enumerate(model):
        c = 0
        for cell in row:
            while (r, c) in occ:
                c += 1
            for dr in range(cell['rs']):
                for dc in range(cell['cs']):
                    occ[(r + dr, c + dc)] = (cell, dr == 0 and dc == 0, r, c)
            c += cell['cs']
            ncols = max(ncols, c)
    nrows = max(r for r, c in occ) + 1
    return nrows, ncols, occ


def to_html(model, attrs='', td_attrs=None, cell_html=None):
    """plain HTML table of the model"""
    out = ['<table%s>' % attrs]
    for row in model:
        out.append('<tr>')
        for cell in row:
            a = ''
            if cell['rs'] > 1:
                a += ' rowspan="%d"' % cell['rs']
            if cell['cs'] > 1:
                a += ' colspan="%d"' % cell['cs']
            if td_attrs:
                a += td_attrs(cell)
            inner = cell_html(cell) if cell_html else esc(cell['t'])
            out.append('<td%s>%s</td>' % (a, inner))
        out.append('</tr>')
    out.append('</table>')
    return out


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def dwidth(s):
    """display width (CJK and full-width = 2)"""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)
