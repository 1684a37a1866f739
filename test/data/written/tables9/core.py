# core.py -- figures, identities, table models and gold for held-out set 9 (tables).
# Python 3 stdlib only; no clock; deterministic.
import random

COLS = ['person', 'business', 'research', 'nonprofit', 'legal', 'other', 'total']
COL_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

HEAD = [('new', None, '一、本年新收政府信息公开申请数量'),
        ('carried_over', None, '二、上年结转政府信息公开申请数量')]
RESULT = [
    ('granted', None, '（一）予以公开'),
    ('partial', None, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ('denied.state_secret', '（三）不予公开', '1.属于国家秘密'),
    ('denied.prohibited', '（三）不予公开', '2.其他法律行政法规禁止公开'),
    ('denied.security', '（三）不予公开', '3.危及“三安全一稳定”'),
    ('denied.third_party', '（三）不予公开', '4.保护第三方合法权益'),
    ('denied.internal', '（三）不予公开', '5.属于三类内部事务信息'),
    ('denied.process', '（三）不予公开', '6.属于四类过程性信息'),
    ('denied.enforcement', '（三）不予公开', '7.属于行政执法案卷'),
    ('denied.query', '（三）不予公开', '8.属于行政查询事项'),
    ('unable.not_held', '（四）无法提供', '1.本机关不掌握相关政府信息'),
    ('unable.needs_creation', '（四）无法提供', '2.没有现成信息需要另行制作'),
    ('unable.unclear', '（四）无法提供', '3.补正后申请内容仍不明确'),
    ('not_processed.petition', '（五）不予处理', '1.信访举报投诉类申请'),
    ('not_processed.repeated', '（五）不予处理', '2.重复申请'),
    ('not_processed.publication', '（五）不予处理', '3.要求提供公开出版物'),
    ('not_processed.excessive', '（五）不予处理', '4.无正当理由大量反复申请'),
    ('not_processed.confirmation', '（五）不予处理', '5.要求行政机关确认或重新出具已获取信息'),
]
OTHER19 = [('other_handling.other', None, '（六）其他处理')]
OTHER21 = [
    ('other_handling.no_correction', '（六）其他处理',
     '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    ('other_handling.fee_unpaid', '（六）其他处理',
     '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    ('other_handling.other', '（六）其他处理', '3.其他'),
]
TAIL = [('processed', None, '（七）总计'), ('carried_forward', None, '四、结转下年度继续办理')]


def t3_rows(single_other):
    return HEAD + RESULT + (OTHER19 if single_other else OTHER21) + TAIL


def outcome_keys(single_other):
    return [k for k, g, l in RESULT + (OTHER19 if single_other else OTHER21)]


T4_BLOCKS = ['review', 'suit_direct', 'suit_after_review']
T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']
T4_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']


# ---------------------------------------------------------------- figures
def make_t3(seed, single_other, new, carried, fwd, weights):
    """new/carried/fwd: 6 per-column counts; weights: {outcome_key: weight}
    (person column) -- the legal-entity columns use the same weights."""
    rng = random.Random(seed)
    keys = outcome_keys(single_other)
    t3 = {k: [0] * 7 for k in [r[0] for r in t3_rows(single_other)]}
    for c in range(6):
        t3['new'][c] = new[c]
        t3['carried_over'][c] = carried[c]
        t3['carried_forward'][c] = fwd[c]
        n = new[c] + carried[c] - fwd[c]
        assert n >= 0
        ks = [k for k in keys if weights.get(k, 0) > 0]
        ws = [weights[k] for k in ks]
        for _ in range(n):
            k = rng.choices(ks, ws)[0]
            t3[k][c] += 1
        t3['processed'][c] = n
    for k in t3:
        t3[k][6] = sum(t3[k][:6])
    return t3


def check_t3(t3, single_other):
    rows = [r[0] for r in t3_rows(single_other)]
    assert set(rows) == set(t3), (set(rows) ^ set(t3))
    for k in rows:
        v = t3[k]
        assert len(v) == 7 and all(isinstance(x, int) and x >= 0 for x in v), k   # DOM-1
        assert v[6] == sum(v[:6]), k                                              # T3-ROW
    for c in range(7):
        assert t3['processed'][c] == sum(t3[k][c] for k in outcome_keys(single_other))  # T3-SUM
        assert t3['new'][c] + t3['carried_over'][c] == t3['processed'][c] + t3['carried_forward'][c]  # T3-COL


def check_t4(t4):
    for b in T4_BLOCKS:
        v = t4[b]
        assert len(v) == 5 and all(isinstance(x, int) and x >= 0 for x in v)
        assert v[4] == sum(v[:4]), b


def check_t2(era, t2, level_may_make_rules=False):
    for k, v in t2.items():
        if k == 'procurement.amount_unit':
            continue
        if k.endswith('items_change'):
            assert isinstance(v, int)
        elif k in ('fees.amount', 'procurement.amount'):
            assert v >= 0
        else:
            assert isinstance(v, int) and v >= 0, k
    if era == '2019':
        for r in ('regulations', 'normative_documents'):
            assert t2[r + '.published'] <= t2[r + '.public_total']          # T2-19
    if not level_may_make_rules:
        for k in t2:
            if k.startswith('regulations.') and k != 'regulations.amount_unit':
                assert t2[k] == 0, 'T2-AUTH'


T2_KEYS_19 = ['regulations.made', 'regulations.published', 'regulations.public_total',
              'normative_documents.made', 'normative_documents.published', 'normative_documents.public_total',
              'licensing.items_last_year', 'licensing.items_change', 'licensing.decisions',
              'other_services.items_last_year', 'other_services.items_change', 'other_services.decisions',
              'penalty.items_last_year', 'penalty.items_change', 'penalty.decisions',
              'coercion.items_last_year', 'coercion.items_change', 'coercion.decisions',
              'fees.items_last_year', 'fees.items_change',
              'procurement.items', 'procurement.amount']
T2_KEYS_21 = ['regulations.issued', 'regulations.repealed', 'regulations.in_force',
              'normative_documents.issued', 'normative_documents.repealed', 'normative_documents.in_force',
              'licensing.decisions', 'penalty.decisions', 'coercion.decisions', 'fees.amount']


# ---------------------------------------------------------------- table models
class Cell:
    __slots__ = ('text', 'rs', 'cs', 'key')

    def __init__(self, text, rs=1, cs=1, key=None):
        self.text, self.rs, self.cs, self.key = text, rs, cs, key

    def __repr__(self):
        return 'Cell(%r,%d,%d,%r)' % (self.text, self.rs, self.cs, self.key)


def t2_model(era, label_normdoc=None):
    """Official layout: 4 columns. Value cells carry the gold key (active.*)."""
    V = lambda k, cs=1: Cell(None, 1, cs, 'active.' + k)
    rows = []
    if era == '2019':
        nd = label_normdoc or '规范性文件'
        rows.append([Cell('第二十条第（一）项', cs=4)])
        rows.append([Cell('信息内容'), Cell('本年新制作数量'), Cell('本年新公开数量'), Cell('对外公开总数量')])
        rows.append([Cell('规章'), V('regulations.made'), V('regulations.published'), V('regulations.public_total')])
        rows.append([Cell(nd), V('normative_documents.made'), V('normative_documents.published'),
                     V('normative_documents.public_total')])
        for cap, items in (('第二十条第（五）项', [('行政许可', 'licensing'), ('其他对外管理服务事项', 'other_services')]),
                           ('第二十条第（六）项', [('行政处罚', 'penalty'), ('行政强制', 'coercion')])):
            rows.append([Cell(cap, cs=4)])
            rows.append([Cell('信息内容'), Cell('上一年项目数量'), Cell('本年增/减'), Cell('处理决定数量')])
            for lab, k in items:
                rows.append([Cell(lab), V(k + '.items_last_year'), V(k + '.items_change'), V(k + '.decisions')])
        rows.append([Cell('第二十条第（八）项', cs=4)])
        rows.append([Cell('信息内容'), Cell('上一年项目数量'), Cell('本年增/减', cs=2)])
        rows.append([Cell('行政事业性收费'), V('fees.items_last_year'), V('fees.items_change', 2)])
        rows.append([Cell('第二十条第（九）项', cs=4)])
        rows.append([Cell('信息内容'), Cell('采购项目数量'), Cell('采购总金额', cs=2)])
        rows.append([Cell('政府集中采购'), V('procurement.items'), V('procurement.amount', 2)])
    else:
        nd = label_normdoc or '行政规范性文件'
        rows.append([Cell('第二十条第（一）项', cs=4)])
        rows.append([Cell('信息内容'), Cell('本年制发件数'), Cell('本年废止件数'), Cell('现行有效件数')])
        rows.append([Cell('规章'), V('regulations.issued'), V('regulations.repealed'), V('regulations.in_force')])
        rows.append([Cell(nd), V('normative_documents.issued'), V('normative_documents.repealed'),
                     V('normative_documents.in_force')])
        rows.append([Cell('第二十条第（五）项', cs=4)])
        rows.append([Cell('信息内容'), Cell('本年处理决定数量', cs=3)])
        rows.append([Cell('行政许可'), V('licensing.decisions', 3)])
        rows.append([Cell('第二十条第（六）项', cs=4)])
        rows.append([Cell('信息内容'), Cell('本年处理决定数量', cs=3)])
        rows.append([Cell('行政处罚'), V('penalty.decisions', 3)])
        rows.append([Cell('行政强制'), V('coercion.decisions', 3)])
        rows.append([Cell('第二十条第（八）项', cs=4)])
        rows.append([Cell('信息内容'), Cell('本年收费金额（单位：万元）', cs=3)])
        rows.append([Cell('行政事业性收费'), V('fees.amount', 3)])
    return rows


def t3_model(single_other, labels=None):
    labels = labels or {}
    L = lambda k, default: labels.get(k, default)
    rows = [[Cell(NOTE, 3, 3), Cell('申请人情况', 1, 7)],
            [Cell('自然人', 2, 1), Cell('法人或其他组织', 1, 5), Cell('总计', 2, 1)],
            [Cell(x) for x in COL_LABELS[1:6]]]
    vals = lambda k: [Cell(None, key='applications.%s.%s' % (k, c)) for c in COLS]
    res = RESULT + (OTHER19 if single_other else OTHER21) + [TAIL[0]]
    for k, g, l in HEAD:
        rows.append([Cell(L(k, l), 1, 3)] + vals(k))
    first = True
    seen = set()
    for k, g, l in res:
        row = []
        if first:
            row.append(Cell('三、本年度办理结果', len(res), 1))
            first = False
        if g is None:
            row.append(Cell(L(k, l), 1, 2))
        else:
            if g not in seen:
                seen.add(g)
                row.append(Cell(g, sum(1 for r in res if r[1] == g), 1))
            row.append(Cell(L(k, l)))
        rows.append(row + vals(k))
    k, g, l = TAIL[1]
    rows.append([Cell(L(k, l), 1, 3)] + vals(k))
    return rows


def t4_model():
    rows = [[Cell('行政复议', 1, 5), Cell('行政诉讼', 1, 10)],
            [Cell(x, 2, 1) for x in T4_LABELS] + [Cell('未经复议直接起诉', 1, 5), Cell('复议后起诉', 1, 5)],
            [Cell(x) for x in T4_LABELS * 2],
            [Cell(None, key='appeals.%s.%s' % (b, c)) for b in T4_BLOCKS for c in T4_COLS]]
    return rows


def expand(model):
    """-> grid of (cell, is_origin) ; None where nothing."""
    grid = {}
    nrows = len(model)
    ncols = 0
    for r, row in enumerate(model):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    grid[(r + dr, c + dc)] = (cell, dr == 0 and dc == 0)
            c += cell.cs
            ncols = max(ncols, c)
    return [[grid.get((r, c)) for c in range(ncols)] for r in range(nrows)]


# ---------------------------------------------------------------- gold
def flat_values(era, t2, t3, t4):
    v = {}
    for k, x in t2.items():
        v['active.' + k] = x
    for k, row in t3.items():
        for c, x in zip(COLS, row):
            v['applications.%s.%s' % (k, c)] = x
    for b in T4_BLOCKS:
        for c, x in zip(T4_COLS, t4[b]):
            v['appeals.%s.%s' % (b, c)] = x
    return v


NULL_TOKENS = ('', '-', '/', '—', '－', '——', '无')
