"""Core of held-out set 8 (tables): labels, figures, identities, gold, table models,
text-width helpers. Imported by make.py. stdlib only, deterministic."""
import re
import unicodedata
from decimal import Decimal

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
TOP_LABEL = {'new': '一、本年新收政府信息公开申请数量', 'carried_over': '二、上年结转政府信息公开申请数量',
             'granted': '（一）予以公开', 'partial': '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
             'other_handling.other@2019': '（六）其他处理', 'processed': '（七）总计',
             'carried_forward': '四、结转下年度继续办理'}


def t3_rows(template, labels=None):
    """The data rows of table 三 in order, with their printed labels."""
    labels = labels or {}
    L = lambda k, d: labels.get(k, d)
    R = [dict(key='new', top=L('new', TOP_LABEL['new'])),
         dict(key='carried_over', top=L('carried_over', TOP_LABEL['carried_over'])),
         dict(key='granted', grp=L('granted', TOP_LABEL['granted'])),
         dict(key='partial', grp=L('partial', TOP_LABEL['partial']))]
    groups = [('denied', L('grp.denied', '（三）不予公开'), DENIED),
              ('unable', L('grp.unable', '（四）无法提供'), UNABLE),
              ('not_processed', L('grp.not_processed', '（五）不予处理'), NOTPROC)]
    if template == '2021':
        groups.append(('other_handling', L('grp.other_handling', '（六）其他处理'), OTHER21))
    for gk, gl, items in groups:
        for i, (k, l) in enumerate(items):
            key = gk + '.' + k
            R.append(dict(key=key, grp=gl, sub=L(key, l), first=(i == 0), gsize=len(items)))
    if template == '2019':
        R.append(dict(key='other_handling.other', grp=L('other_handling.other', TOP_LABEL['other_handling.other@2019'])))
    R.append(dict(key='processed', grp=L('processed', TOP_LABEL['processed'])))
    R.append(dict(key='carried_forward', top=L('carried_forward', TOP_LABEL['carried_forward'])))
    for r in R:
        for k, v in (('top', None), ('grp', None), ('sub', None), ('first', True), ('gsize', 1)):
            r.setdefault(k, v)
        r['outcome'] = r['key'] not in ('new', 'carried_over', 'processed', 'carried_forward')
    assert len(R) == (25 if template == '2021' else 23)
    return R


def t2_blocks(template, heads=None, norm_label=None):
    """Table 二 blocks: (caption, [header cells], [(row key, label, [fields])])."""
    heads = heads or {}
    H = lambda h: heads.get(h, h)
    if template == '2021':
        return [('第二十条第（一）项', [H('本年制发件数'), H('本年废止件数'), H('现行有效件数')],
                 [('regulations', '规章', ['issued', 'repealed', 'in_force']),
                  ('normative_documents', norm_label or '行政规范性文件', ['issued', 'repealed', 'in_force'])]),
                ('第二十条第（五）项', [H('本年处理决定数量')], [('licensing', '行政许可', ['decisions'])]),
                ('第二十条第（六）项', [H('本年处理决定数量')],
                 [('penalty', '行政处罚', ['decisions']), ('coercion', '行政强制', ['decisions'])]),
                ('第二十条第（八）项', [H('本年收费金额（单位：万元）')], [('fees', '行政事业性收费', ['amount'])])]
    three = ['items_last_year', 'items_change', 'decisions']
    h3 = [H('上一年项目数量'), H('本年增/减'), H('处理决定数量')]
    return [('第二十条第（一）项', [H('本年新制作数量'), H('本年新公开数量'), H('对外公开总数量')],
             [('regulations', '规章', ['made', 'published', 'public_total']),
              ('normative_documents', norm_label or '规范性文件', ['made', 'published', 'public_total'])]),
            ('第二十条第（五）项', h3,
             [('licensing', '行政许可', three), ('other_services', '其他对外管理服务事项', three)]),
            ('第二十条第（六）项', h3,
             [('penalty', '行政处罚', three), ('coercion', '行政强制', three)]),
            ('第二十条第（八）项', [H('上一年项目数量'), H('本年增/减')],
             [('fees', '行政事业性收费', ['items_last_year', 'items_change'])]),
            ('第二十条第（九）项', [H('采购项目数量'), H('采购总金额')],
             [('procurement', '政府集中采购', ['items', 'amount'])])]


BASE_W = {'granted': 300, 'partial': 70, 'denied.state_secret': 2, 'denied.prohibited': 5,
          'denied.security': 4, 'denied.third_party': 14, 'denied.internal': 15,
          'denied.process': 18, 'denied.enforcement': 10, 'denied.query': 28,
          'unable.not_held': 240, 'unable.needs_creation': 30, 'unable.unclear': 20,
          'not_processed.petition': 45, 'not_processed.repeated': 30,
          'not_processed.publication': 6, 'not_processed.excessive': 10,
          'not_processed.confirmation': 14, 'other_handling.no_correction': 40,
          'other_handling.fee_unpaid': 0, 'other_handling.other': 35}


def build_apps(rep):
    """Distribute each applicant column over the outcome rows (true figures)."""
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
        if c in rep.get('outcomes', {}):                 # small reports: outcomes given by hand
            for k, n in rep['outcomes'][c].items():
                A[k][ci] = n
            assert sum(rep['outcomes'][c].values()) == handled - cf, (rep['id'], c)
            continue
        for _ in range(handled - cf):
            x = rng.below(sum(weights))
            for k, wk in zip(outcome, weights):
                if x < wk:
                    A[k][ci] += 1
                    break
                x -= wk
    for k, n in rep.get('force', {}).items():       # force some cells (k = row:col) by moving from granted
        row, col = k.split(':')
        ci = COLS.index(col)
        d = n - A[row][ci]
        A[row][ci] += d
        A['granted'][ci] -= d
        assert A['granted'][ci] >= 0, (rep['id'], k)
    for k in A:
        A[k][6] = sum(A[k][:6])
    return A


def identities(template, A, P):
    """Failing hard identities (spec §7.1) of table 三/四 figures."""
    rows = t3_rows(template)
    outcome = [r['key'] for r in rows if r['outcome']]
    bad = []
    for r in rows:
        v = A[r['key']]
        assert len(v) == 7 and all(isinstance(x, int) and x >= 0 for x in v)      # DOM-1
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
                    assert isinstance(v, str) and Decimal(v) >= 0                     # DOM-3
                elif f == 'items_change':
                    assert isinstance(v, int)                                         # DOM-2 signed
                else:
                    assert isinstance(v, int) and v >= 0, (rep['id'], rk, f)         # DOM-2
    if rep['template'] == '2019':
        for rk in ('regulations', 'normative_documents'):
            assert act[rk]['published'] <= act[rk]['public_total']                    # T2-19 (soft)
    if rep['level_code'] not in ('ministry', 'province_gov', 'city_gov'):             # T2-AUTH (soft)
        assert all(x == 0 for x in act['regulations'].values()), rep['id']


def A21(regs, norm, lic, pen, coe, fee):
    return {'regulations': dict(zip(['issued', 'repealed', 'in_force'], regs)),
            'normative_documents': dict(zip(['issued', 'repealed', 'in_force'], norm)),
            'licensing': {'decisions': lic}, 'penalty': {'decisions': pen},
            'coercion': {'decisions': coe}, 'fees': {'amount': fee}}


def A19(regs, norm, lic, oth, pen, coe, fee, proc):
    three = ['items_last_year', 'items_change', 'decisions']
    return {'regulations': dict(zip(['made', 'published', 'public_total'], regs)),
            'normative_documents': dict(zip(['made', 'published', 'public_total'], norm)),
            'licensing': dict(zip(three, lic)), 'other_services': dict(zip(three, oth)),
            'penalty': dict(zip(three, pen)), 'coercion': dict(zip(three, coe)),
            'fees': dict(zip(['items_last_year', 'items_change'], fee)),
            'procurement': dict(zip(['items', 'amount'], proc))}


# ---------------------------------------------------------------------------
# paths, printed values, gold
# ---------------------------------------------------------------------------
FW = str.maketrans('0123456789.-+', '０１２３４５６７８９．－＋')


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


def true_value(rep, path):
    parts = path.split('.')
    if parts[0] == 'active':
        return rep['active'][parts[1]][parts[2]]
    if parts[0] == 'applications':
        return rep['A']['.'.join(parts[1:-1])][COLS.index(parts[-1])]
    return rep['P'][parts[1]][T4_COLS.index(parts[2])]


def printed_int(rep, path):
    """The integer the report prints in the cell (differs from truth only for typos)."""
    return rep.get('typo', {}).get(path, true_value(rep, path))


def cell_text(rep, path):
    """Exact text printed in the cell (before the form's own encoding)."""
    if path in rep.get('marks', {}):
        assert true_value(rep, path) in (0, '0', '0.00'), (rep['id'], path)
        return rep['marks'][path]
    hook = rep.get('cell_hook')
    if hook:
        t = hook(rep, path)
        if t is not None:
            return t
    v = printed_int(rep, path)
    if path == 'active.procurement.amount':
        s = v + rep.get('amount_suffix', '')
    elif path.endswith('.amount'):
        s = v
    elif path.endswith('items_change') and rep.get('plus') and v > 0:
        s = '+%d' % v
    else:
        s = str(v)
    if path in rep.get('fullwidth', ()):
        s = s.translate(FW)
    return s


def gold_value(rep, path):
    """What a careful reader records for the cell: the printed number, null for marks/blanks."""
    t = unicodedata.normalize('NFKC', cell_text(rep, path)).strip()
    if t in ('', '/', '-', '—', '——', '－', '无'):
        assert true_value(rep, path) in (0, '0', '0.00'), (rep['id'], path)
        return None
    if path.endswith('.amount'):
        m = re.fullmatch(r'([\d.]+)(万元|元)?', t.replace(',', ''))
        assert m, (rep['id'], path, t)
        d = Decimal(m.group(1))
        return int(d) if d == d.to_integral_value() and '.' not in m.group(1) else float(d)
    m = re.fullmatch(r'([+-]?\d+)', t.replace(',', ''))
    assert m, (rep['id'], path, t)
    v = int(m.group(1))
    assert v == printed_int(rep, path), (rep['id'], path, t)
    return v


def make_gold(rep):
    g = {'year': rep['year'], 'agency': rep['agency_printed'], 'kind': 'annual_report',
         'template': rep['template'], 'published': rep['published'], 'script': 'hans'}
    for p in all_paths(rep):
        g[p] = gold_value(rep, p)
    if rep['template'] == '2019':
        t = unicodedata.normalize('NFKC', cell_text(rep, 'active.procurement.amount'))
        g['active.procurement.amount_unit'] = '万元' if t.endswith('万元') else ('元' if t.endswith('元') else None)
    if rep.get('extra'):
        g['active.extra'] = rep['extra']
    g['balance_ok'] = not rep.get('typo_fails')
    for k, v in sorted(rep.get('narr', {}).items()):
        g['narrative.' + k] = v
    return g


# ---------------------------------------------------------------------------
# table models: rows of cells {t, rs, cs, kind, path}
# ---------------------------------------------------------------------------
def C(t, rs=1, cs=1, kind='l', path=None):
    return dict(t=t, rs=rs, cs=cs, kind=kind, path=path)


def model_t2(rep):
    rows = []
    for caption, heads, rws in t2_blocks(rep['template'], rep.get('t2_heads'), rep.get('norm_label')):
        rows.append([C(caption, cs=4, kind='cap')])
        hr = [C('信息内容', kind='h')]
        for i, h in enumerate(heads):
            hr.append(C(h, cs=(4 - len(heads) if i == len(heads) - 1 else 1), kind='h'))
        rows.append(hr)
        for rk, label, fields in rws:
            r = [C(label)]
            for i, f in enumerate(fields):
                p = 'active.%s.%s' % (rk, f)
                r.append(C(cell_text(rep, p), cs=(4 - len(fields) if i == len(fields) - 1 else 1), kind='n', path=p))
            rows.append(r)
        for lab, vals in rep.get('extra_rows', {}).get(caption, []):
            r = [C(lab)]
            for i, v in enumerate(vals):
                r.append(C(str(v), cs=(4 - len(vals) if i == len(vals) - 1 else 1), kind='n'))
            rows.append(r)
    return rows


def model_t3_header(rep=None):
    hl = (rep or {}).get('t3_head', {})
    return [[C(hl.get('note', NOTE), rs=3, cs=3, kind='h'), C('申请人情况', cs=7, kind='h')],
            [C('自然人', rs=2, kind='h'), C('法人或其他组织', cs=5, kind='h'), C('总计', rs=2, kind='h')],
            [C(x, kind='h') for x in COL_LABEL[1:6]]]


def model_t3_body(rep):
    tpl = rep['template']
    rows = []
    for r in t3_rows(tpl, rep.get('labels')):
        nums = [C(cell_text(rep, 'applications.%s.%s' % (r['key'], c)), kind='n',
                  path='applications.%s.%s' % (r['key'], c)) for c in COLS]
        if r['top']:
            rows.append([C(r['top'], cs=3)] + nums)
        elif r['sub'] is None:
            lead = [C(R3, rs=(22 if tpl == '2021' else 20), kind='v')] if r['key'] == 'granted' else []
            rows.append(lead + [C(r['grp'], cs=2)] + nums)
        else:
            lead = [C(r['grp'], rs=r['gsize'])] if r['first'] else []
            rows.append(lead + [C(r['sub'])] + nums)
    return rows


def model_t3(rep):
    return model_t3_header(rep) + model_t3_body(rep)


def model_t4(rep):
    return [[C('行政复议', cs=5, kind='h'), C('行政诉讼', cs=10, kind='h')],
            [C(x, rs=2, kind='h') for x in T4_LABEL] + [C('未经复议直接起诉', cs=5, kind='h'), C('复议后起诉', cs=5, kind='h')],
            [C(x, kind='h') for x in T4_LABEL * 2],
            [C(cell_text(rep, 'appeals.%s.%s' % (b, c)), kind='n', path='appeals.%s.%s' % (b, c))
             for b in T4_BLOCKS for c in T4_COLS]]


def expand(ncols, rows):
    """Grid of (cell, is_origin, r0, c0) for every position."""
    grid = []
    pending = {}
    for ri, row in enumerate(rows):
        g = [None] * ncols
        for (r_end, c0), (cell, cs, r0) in list(pending.items()):
            if ri <= r_end:
                for k in range(cs):
                    g[c0 + k] = (cell, False, r0, c0)
            else:
                del pending[(r_end, c0)]
        ci = 0
        for cell in row:
            while g[ci] is not None:
                ci += 1
            for k in range(cell['cs']):
                assert g[ci + k] is None, (ri, ci, cell['t'])
                g[ci + k] = (cell, k == 0, ri, ci)
            if cell['rs'] > 1:
                pending[(ri + cell['rs'] - 1, ci)] = (cell, cell['cs'], ri)
            ci += cell['cs']
        assert all(x is not None for x in g), (ri, [c['t'] for c in row])
        grid.append(g)
    return grid


NCOLS = {'t2': 4, 't3': 10, 't4': 15}


def table_model(rep, name):
    return {'t2': model_t2, 't3': model_t3, 't4': model_t4}[name](rep)


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
def wide(ch):
    return unicodedata.east_asian_width(ch) in ('W', 'F')


def dw(s):
    return sum(2 if wide(c) else 1 for c in s)


NO_LINE_START = '，。、；：？！）》”’」』】〕'
NO_LINE_END = '（《“‘「『【〔〈'


def wrap_dw(s, width, kinsoku=True):
    """Break s into lines of display width <= width; never inside an ASCII number/word."""
    out, cur = [], ''
    toks = re.findall(r'[A-Za-z0-9.%+\-/:]+|.', s)
    for t in toks:
        if dw(cur) + dw(t) > width and cur:
            if kinsoku and t in NO_LINE_START:
                cur += t
                continue
            carry = ''
            if kinsoku and len(cur) > 1 and cur[-1] in NO_LINE_END:
                cur, carry = cur[:-1], cur[-1]
            out.append(cur)
            cur = carry + (t.lstrip(' ') if t == ' ' else t)
        else:
            cur += t
    if cur:
        out.append(cur)
    return out or ['']


def pad(s, width, align='l'):
    n = width - dw(s)
    if align == 'c':
        return ' ' * (n // 2) + s + ' ' * (n - n // 2)
    if align == 'r':
        return ' ' * n + s
    return s + ' ' * n


def cn_date(iso):
    y, m, d = iso.split('-')
    return '%s年%d月%d日' % (y, int(m), int(d))


def tot(rep, key):
    return rep['A'][key][6]
