#!/usr/bin/env python3
"""Generate the held-out template test set (8 synthetic 政府信息公开工作年度报告).

Numbers are generated first (seeded), every identity of report-format.md §7.1 is
asserted, then each report is rendered in its own raw form and the gold map is
written to manifest.json.  Run:  python3 make.py
"""
import json
import os
import random
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

COLS = ['person', 'business', 'research', 'nonprofit', 'legal', 'other']
COLS7 = COLS + ['total']
DEN = ['state_secret', 'prohibited', 'security', 'third_party', 'internal', 'process', 'enforcement', 'query']
UNA = ['not_held', 'needs_creation', 'unclear']
NOP = ['petition', 'repeated', 'publication', 'excessive', 'confirmation']
OH21 = ['no_correction', 'fee_unpaid', 'other']
T4B = ['review', 'suit_direct', 'suit_after_review']
T4C = ['upheld', 'corrected', 'other', 'pending', 'total']

LBL = {
    'new': '一、本年新收政府信息公开申请数量',
    'carried_over': '二、上年结转政府信息公开申请数量',
    'granted': '（一）予以公开',
    'partial': '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    'denied.state_secret': '1.属于国家秘密',
    'denied.prohibited': '2.其他法律行政法规禁止公开',
    'denied.security': '3.危及“三安全一稳定”',
    'denied.third_party': '4.保护第三方合法权益',
    'denied.internal': '5.属于三类内部事务信息',
    'denied.process': '6.属于四类过程性信息',
    'denied.enforcement': '7.属于行政执法案卷',
    'denied.query': '8.属于行政查询事项',
    'unable.not_held': '1.本机关不掌握相关政府信息',
    'unable.needs_creation': '2.没有现成信息需要另行制作',
    'unable.unclear': '3.补正后申请内容仍不明确',
    'not_processed.petition': '1.信访举报投诉类申请',
    'not_processed.repeated': '2.重复申请',
    'not_processed.publication': '3.要求提供公开出版物',
    'not_processed.excessive': '4.无正当理由大量反复申请',
    'not_processed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
    'other_handling.no_correction': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'other_handling.fee_unpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'other_handling.other': '3.其他',
    'processed': '（七）总计',
    'carried_forward': '四、结转下年度继续办理',
}
GRP = {'denied': '（三）不予公开', 'unable': '（四）无法提供', 'not_processed': '（五）不予处理',
       'other_handling': '（六）其他处理'}
RESULT = '三、本年度办理结果'
T3NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
COLLBL = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
T4LBL = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']


def outcome_rows(era):
    r = ['granted', 'partial'] + ['denied.' + k for k in DEN] + ['unable.' + k for k in UNA] + \
        ['not_processed.' + k for k in NOP]
    if era == 2019:
        r.append('other_handling.other')
    else:
        r += ['other_handling.' + k for k in OH21]
    return r


def t3_rows(era):
    return ['new', 'carried_over'] + outcome_rows(era) + ['processed', 'carried_forward']


def t3_layout(era):
    """(row key, group key or None, label, first-of-group) in table order."""
    out = []
    for r in t3_rows(era):
        g = r.split('.')[0] if '.' in r else None
        if era == 2019 and r == 'other_handling.other':
            out.append((r, None, GRP['other_handling'], False))
            continue
        first = g is not None and r == next(x for x in t3_rows(era) if x.startswith(g + '.'))
        out.append((r, g, LBL[r], first))
    return out


def t2_paths(era):
    if era == 2019:
        p = []
        for r in ['regulations', 'normative_documents']:
            p += [f'active.{r}.{c}' for c in ['made', 'published', 'public_total']]
        for r in ['licensing', 'other_services', 'penalty', 'coercion']:
            p += [f'active.{r}.{c}' for c in ['items_last_year', 'items_change', 'decisions']]
        p += ['active.fees.items_last_year', 'active.fees.items_change',
              'active.procurement.items', 'active.procurement.amount']
        return p
    p = []
    for r in ['regulations', 'normative_documents']:
        p += [f'active.{r}.{c}' for c in ['issued', 'repealed', 'in_force']]
    p += ['active.licensing.decisions', 'active.penalty.decisions', 'active.coercion.decisions',
          'active.fees.amount']
    return p


class Rep:
    def __init__(self, key, era, year):
        self.key, self.era, self.year = key, era, year
        self.v = {}       # path -> number (None only for table-二 cells that are blank)
        self.null = {}    # path -> raw null token printed ('', '&nbsp;', '/', '—')
        self.disp = {}    # path -> display override (full-width digits, money text)
        self.meta = {}
        self.narr = {}

    def c(self, path):
        """The text printed in the cell."""
        if path in self.null:
            return self.null[path]
        if path in self.disp:
            return self.disp[path]
        return str(self.v[path])

    def g(self, path):
        return self.v[path] or 0

    def grp(self, g, col='total'):
        return sum(self.g(p) for p in self.v if p.startswith(f'applications.{g}.') and p.endswith('.' + col))

    def gold_cells(self):
        gold = {}
        for p in t2_paths(self.era):
            gold[p] = None if p in self.null else self.v[p]
        for r in t3_rows(self.era):
            for c in COLS7:
                p = f'applications.{r}.{c}'
                gold[p] = None if p in self.null else self.v[p]
        for b in T4B:
            for c in T4C:
                p = f'appeals.{b}.{c}'
                gold[p] = None if p in self.null else self.v[p]
        return gold


def pick(rng, shares):
    x = rng.random() * sum(shares.values())
    for k, w in shares.items():
        x -= w
        if x < 0:
            return k
    return 'person'


def split(rng, n, shares):
    d = {c: 0 for c in COLS}
    for _ in range(n):
        d[pick(rng, shares)] += 1
    return d


def gen_t3(rep, seed, weights, shares, co_tot, cf_tot):
    rng = random.Random(seed)
    proc = {c: 0 for c in COLS}
    for r in outcome_rows(rep.era):
        w = weights.get(r, 0)
        n = 0 if w == 0 else max(0, round(w * rng.uniform(0.7, 1.3)))
        d = split(rng, n, shares)
        for c in COLS:
            rep.v[f'applications.{r}.{c}'] = d[c]
            proc[c] += d[c]
    cf = split(rng, cf_tot, shares)
    co = split(rng, co_tot, shares)
    for c in COLS:
        if co[c] > proc[c] + cf[c]:
            co['person'] += co[c] - (proc[c] + cf[c])
            co[c] = proc[c] + cf[c]
    for c in COLS:
        rep.v[f'applications.processed.{c}'] = proc[c]
        rep.v[f'applications.carried_forward.{c}'] = cf[c]
        rep.v[f'applications.carried_over.{c}'] = co[c]
        rep.v[f'applications.new.{c}'] = proc[c] + cf[c] - co[c]
    for r in t3_rows(rep.era):
        rep.v[f'applications.{r}.total'] = sum(rep.v[f'applications.{r}.{c}'] for c in COLS)


def set_t3_explicit(rep, rows):
    """rows: row -> 6 applicant values (others 0); totals computed."""
    for r in t3_rows(rep.era):
        vals = rows.get(r, [0] * 6)
        for c, x in zip(COLS, vals):
            rep.v[f'applications.{r}.{c}'] = x
    for c in COLS:
        rep.v[f'applications.processed.{c}'] = sum(rep.v[f'applications.{r}.{c}'] for r in outcome_rows(rep.era))
    for r in t3_rows(rep.era):
        rep.v[f'applications.{r}.total'] = sum(rep.v[f'applications.{r}.{c}'] for c in COLS)


def set_t4(rep, review, direct, after):
    for b, vals in zip(T4B, [review, direct, after]):
        for c, x in zip(T4C[:4], vals):
            rep.v[f'appeals.{b}.{c}'] = x
        rep.v[f'appeals.{b}.total'] = sum(vals)


def set_t2(rep, d):
    for k, x in d.items():
        rep.v['active.' + k] = x


def check(rep):
    """Assert every hard identity (null counted as 0, as §7.4 PASS_NULL_AS_ZERO)."""
    v = lambda p: rep.v[p] or 0
    rows = t3_rows(rep.era)
    for r in rows:
        assert v(f'applications.{r}.total') == sum(v(f'applications.{r}.{c}') for c in COLS), (rep.key, 'T3-ROW', r)
    for c in COLS7:
        assert v(f'applications.new.{c}') + v(f'applications.carried_over.{c}') == \
            v(f'applications.processed.{c}') + v(f'applications.carried_forward.{c}'), (rep.key, 'T3-COL', c)
        assert v(f'applications.processed.{c}') == sum(v(f'applications.{r}.{c}') for r in outcome_rows(rep.era)), \
            (rep.key, 'T3-SUM', c)
    for b in T4B:
        assert v(f'appeals.{b}.total') == sum(v(f'appeals.{b}.{c}') for c in T4C[:4]), (rep.key, 'T4', b)
    for p, x in rep.v.items():
        if p.startswith('applications') or p.startswith('appeals'):
            assert isinstance(x, int) and x >= 0, (rep.key, p, x)
        if p.startswith('active') and x is not None and not p.endswith('items_change') and not p.endswith('amount'):
            assert isinstance(x, int) and x >= 0, (rep.key, p, x)
    # null markers only on cells whose value is 0 (so the arithmetic holds with null = 0)
    for p in rep.null:
        assert rep.v.get(p) in (0, None), (rep.key, 'null on non-zero', p)
    # full-width display must denote the same number
    for p, s in rep.disp.items():
        if p.startswith('applications') or p.startswith('appeals'):
            assert int(unicodedata.normalize('NFKC', s)) == rep.v[p], (rep.key, p, s)
    # narrative figures that restate table figures
    n = rep.narr
    if 'applications_received' in n:
        assert n['applications_received'] == rep.v['applications.new.total'], rep.key
    if 'applications_completed' in n:
        assert n['applications_completed'] == rep.v['applications.processed.total'], rep.key
    if 'applications_carried_forward' in n:
        assert n['applications_carried_forward'] == rep.v['applications.carried_forward.total'], rep.key
    if 'reviews' in n:
        assert n['reviews'] == v('appeals.review.total'), rep.key
    if 'lawsuits' in n:
        assert n['lawsuits'] == v('appeals.suit_direct.total') + v('appeals.suit_after_review.total'), rep.key


def fw(x):
    """Full-width digits."""
    return ''.join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in str(x))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def ljust(s, w):
    return s + ' ' * max(0, w - dw(s))


def rjust(s, w):
    return ' ' * max(0, w - dw(s)) + s


# ======================================================================
# data
# ======================================================================
REPS = []

SH_MANY = {'person': 82, 'business': 10, 'research': 1, 'nonprofit': 1, 'legal': 4, 'other': 2}
SH_CITY = {'person': 85, 'business': 10, 'research': 0.3, 'nonprofit': 0.3, 'legal': 3, 'other': 2}
SH_COUNTY = {'person': 90, 'business': 7, 'research': 0, 'nonprofit': 0, 'legal': 3, 'other': 0}

# ---- 1. 交通运输部 2019, 2019 template, full saved HTML page
r1 = Rep('r1', 2019, 2019)
gen_t3(r1, 101, {'granted': 95, 'partial': 28, 'denied.state_secret': 1, 'denied.prohibited': 2,
                 'denied.security': 3, 'denied.third_party': 6, 'denied.internal': 9, 'denied.process': 11,
                 'denied.enforcement': 2, 'denied.query': 14, 'unable.not_held': 132,
                 'unable.needs_creation': 21, 'unable.unclear': 8, 'not_processed.petition': 17,
                 'not_processed.repeated': 12, 'not_processed.publication': 1, 'not_processed.excessive': 4,
                 'not_processed.confirmation': 2, 'other_handling.other': 36}, SH_MANY, 22, 31)
set_t4(r1, [18, 2, 5, 4], [6, 0, 2, 3], [4, 0, 1, 2])
set_t2(r1, {'regulations.made': 34, 'regulations.published': 34, 'regulations.public_total': 287,
            'normative_documents.made': 19, 'normative_documents.published': 19,
            'normative_documents.public_total': 156,
            'licensing.items_last_year': 61, 'licensing.items_change': -4, 'licensing.decisions': 13807,
            'other_services.items_last_year': 23, 'other_services.items_change': 2,
            'other_services.decisions': 3416,
            'penalty.items_last_year': 12, 'penalty.items_change': 0, 'penalty.decisions': 58,
            'coercion.items_last_year': 3, 'coercion.items_change': 0, 'coercion.decisions': None,
            'fees.items_last_year': 5, 'fees.items_change': -1,
            'procurement.items': 46, 'procurement.amount': 8934.27})
r1.null['active.coercion.decisions'] = '&nbsp;'
r1.disp['active.procurement.amount'] = '8934.27万元'
r1.disp['active.other_services.items_change'] = '+2'
r1.meta = dict(agency='交通运输部', published='2020-01-21')
r1.narr = dict(active_total=3126, press_conferences=14, interpretations=52, fees_collected=0)
REPS.append(r1)

# ---- 2. 赣州市人民政府 2021, 2021 template, Word copy (one cell per line, tabs)
r2 = Rep('r2', 2021, 2021)
gen_t3(r2, 202, {'granted': 62, 'partial': 14, 'denied.prohibited': 1, 'denied.security': 1,
                 'denied.third_party': 3, 'denied.internal': 4, 'denied.process': 6, 'denied.enforcement': 1,
                 'denied.query': 8, 'unable.not_held': 71, 'unable.needs_creation': 9, 'unable.unclear': 4,
                 'not_processed.petition': 10, 'not_processed.repeated': 6, 'not_processed.excessive': 1,
                 'not_processed.confirmation': 1, 'other_handling.no_correction': 9,
                 'other_handling.other': 5}, SH_CITY, 11, 17)
set_t4(r2, [9, 1, 2, 2], [3, 0, 1, 1], [1, 0, 0, 1])
set_t2(r2, {'regulations.issued': 3, 'regulations.repealed': 1, 'regulations.in_force': 28,
            'normative_documents.issued': 21, 'normative_documents.repealed': 9,
            'normative_documents.in_force': 143, 'licensing.decisions': 132580,
            'penalty.decisions': 48213, 'coercion.decisions': 1376, 'fees.amount': 28416.35})
r2.meta = dict(agency='赣州市人民政府', published='2022-01-26')
r2.narr = dict(active_total=12863, press_conferences=38, interpretations=176, new_media_posts=6254,
               npc_suggestions=312, cppcc_proposals=405, fees_collected=0)
REPS.append(r2)

# ---- 3. 岳池县人民政府 2020, 2019 template, pdftotext -layout
r3 = Rep('r3', 2019, 2020)
gen_t3(r3, 303, {'granted': 21, 'partial': 4, 'denied.third_party': 1, 'denied.internal': 1,
                 'denied.process': 2, 'denied.query': 3, 'unable.not_held': 18, 'unable.needs_creation': 2,
                 'unable.unclear': 1, 'not_processed.petition': 3, 'not_processed.repeated': 2,
                 'other_handling.other': 2}, SH_COUNTY, 2, 3)
set_t4(r3, [2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0])
set_t2(r3, {'regulations.made': 0, 'regulations.published': 0, 'regulations.public_total': 0,
            'normative_documents.made': 6, 'normative_documents.published': 6,
            'normative_documents.public_total': 47,
            'licensing.items_last_year': 325, 'licensing.items_change': 12, 'licensing.decisions': 5862,
            'other_services.items_last_year': 86, 'other_services.items_change': -3,
            'other_services.decisions': 2140,
            'penalty.items_last_year': 412, 'penalty.items_change': 8, 'penalty.decisions': 1937,
            'coercion.items_last_year': 37, 'coercion.items_change': 0, 'coercion.decisions': 52,
            'fees.items_last_year': 43, 'fees.items_change': -5,
            'procurement.items': 38, 'procurement.amount': 12563.8})
r3.disp['active.procurement.amount'] = '12563.8万元'
r3.meta = dict(agency='岳池县人民政府', published='2021-01-28')
r3.narr = dict(active_total=8624, press_conferences=6, interpretations=35, fees_collected=0)
REPS.append(r3)

# ---- 4. 河南省卫生健康委员会 2024, 2021 template, markdown (PDF -> md)
r4 = Rep('r4', 2021, 2024)
gen_t3(r4, 404, {'granted': 40, 'partial': 6, 'denied.prohibited': 1, 'denied.third_party': 2,
                 'denied.internal': 3, 'denied.process': 4, 'denied.query': 2, 'unable.not_held': 55,
                 'unable.needs_creation': 4, 'unable.unclear': 2, 'not_processed.petition': 6,
                 'not_processed.repeated': 4, 'not_processed.confirmation': 1,
                 'other_handling.no_correction': 3, 'other_handling.other': 2}, SH_CITY, 4, 6)
set_t4(r4, [5, 0, 1, 1], [1, 0, 0, 1], [0, 0, 0, 0])
set_t2(r4, {'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.in_force': 0,
            'normative_documents.issued': 7, 'normative_documents.repealed': 3,
            'normative_documents.in_force': 52, 'licensing.decisions': 2314,
            'penalty.decisions': 36, 'coercion.decisions': 0, 'fees.amount': 0})
r4.meta = dict(agency='河南省卫生健康委员会', published='2025-01-22')
r4.narr = dict(active_total=2186, press_conferences=17, interpretations=29, npc_suggestions=46,
               cppcc_proposals=63, fees_collected=0)
REPS.append(r4)

# ---- 5. 福建省人民政府 2022, 2021 template, traditional characters (browser copy, tab-separated rows)
r5 = Rep('r5', 2021, 2022)
gen_t3(r5, 505, {'granted': 130, 'partial': 35, 'denied.state_secret': 2, 'denied.prohibited': 3,
                 'denied.security': 1, 'denied.third_party': 9, 'denied.internal': 12, 'denied.process': 18,
                 'denied.enforcement': 3, 'denied.query': 21, 'unable.not_held': 188,
                 'unable.needs_creation': 26, 'unable.unclear': 11, 'not_processed.petition': 25,
                 'not_processed.repeated': 14, 'not_processed.publication': 2, 'not_processed.excessive': 6,
                 'not_processed.confirmation': 3, 'other_handling.no_correction': 17,
                 'other_handling.fee_unpaid': 2, 'other_handling.other': 9}, SH_MANY, 28, 36)
set_t4(r5, [14, 3, 6, 5], [7, 1, 2, 4], [3, 0, 1, 2])
set_t2(r5, {'regulations.issued': 9, 'regulations.repealed': 4, 'regulations.in_force': 194,
            'normative_documents.issued': 52, 'normative_documents.repealed': 23,
            'normative_documents.in_force': 376, 'licensing.decisions': 18265,
            'penalty.decisions': 2617, 'coercion.decisions': 41, 'fees.amount': 386.52})
# full-width digits in some cells (the 总计 column of table 三, some table 二 cells)
for r in t3_rows(2021):
    p = f'applications.{r}.total'
    if r in ('new', 'carried_over', 'granted', 'partial', 'unable.not_held', 'processed', 'carried_forward',
             'denied.query', 'not_processed.petition'):
        r5.disp[p] = fw(r5.v[p])
for p in ['applications.new.person', 'applications.granted.person', 'appeals.review.total',
          'appeals.suit_direct.total']:
    r5.disp[p] = fw(r5.v[p])
r5.disp['active.licensing.decisions'] = fw(18265)
r5.disp['active.normative_documents.in_force'] = fw(376)
r5.meta = dict(agency='福建省人民政府', published='2023-01-18')
r5.narr = dict(active_total=25631, press_conferences=96, interpretations=312, fees_collected=1200)
REPS.append(r5)

# ---- 6. 杭州市西湖区北山街道办事处 2022, 2021 template, pandoc plain-text grid tables, many blanks
r6 = Rep('r6', 2021, 2022)
set_t3_explicit(r6, {
    'new': [4, 1, 0, 0, 0, 0],
    'granted': [2, 1, 0, 0, 0, 0],
    'unable.not_held': [1, 0, 0, 0, 0, 0],
    'not_processed.petition': [1, 0, 0, 0, 0, 0],
})
set_t4(r6, [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
set_t2(r6, {'regulations.issued': None, 'regulations.repealed': None, 'regulations.in_force': None,
            'normative_documents.issued': 0, 'normative_documents.repealed': 0,
            'normative_documents.in_force': 0, 'licensing.decisions': None,
            'penalty.decisions': 27, 'coercion.decisions': None, 'fees.amount': None})
for p in ['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.in_force',
          'active.licensing.decisions', 'active.fees.amount']:
    r6.null[p] = '/'
r6.null['active.coercion.decisions'] = '—'
# table 三: the four 法人 columns other than 商业企业 blank in every row; 商业企业 blank where 0;
# 上年结转 printed as — all along; rows of zeros blank except the 总计 cell
for r in t3_rows(2021):
    for c in COLS7:
        p = f'applications.{r}.{c}'
        if r6.v[p] != 0:
            continue
        if r == 'carried_over':
            r6.null[p] = '—'
        elif c in ('research', 'nonprofit', 'legal', 'other'):
            r6.null[p] = ''
        elif c == 'business':
            r6.null[p] = ''
        elif c == 'person' and r.startswith(('denied.', 'other_handling.')):
            r6.null[p] = ''
        elif c == 'person' and r in ('unable.needs_creation', 'unable.unclear', 'not_processed.publication',
                                     'not_processed.excessive', 'not_processed.confirmation'):
            r6.null[p] = '/'
for c in T4C:
    r6.null[f'appeals.suit_after_review.{c}'] = ''
r6.meta = dict(agency='杭州市西湖区北山街道办事处', published='2023-01-12')
r6.narr = dict(active_total=186, applications_received=5, reviews=0, lawsuits=0, fees_collected=0,
               npc_suggestions=0, cppcc_proposals=0)
REPS.append(r6)

# ---- 7. 天水市生态环境局 2019, 2019 template, crawler text (single spaces between cells)
r7 = Rep('r7', 2019, 2019)
set_t3_explicit(r7, {
    'new': [15, 2, 0, 0, 0, 1],
    'granted': [6, 1, 0, 0, 0, 1],
    'partial': [2, 0, 0, 0, 0, 0],
    'denied.internal': [1, 0, 0, 0, 0, 0],
    'denied.process': [0, 1, 0, 0, 0, 0],
    'unable.not_held': [3, 0, 0, 0, 0, 0],
    'unable.needs_creation': [1, 0, 0, 0, 0, 0],
    'not_processed.petition': [1, 0, 0, 0, 0, 0],
    'not_processed.repeated': [1, 0, 0, 0, 0, 0],
    'other_handling.other': [1, 0, 0, 0, 0, 0],
    'carried_over': [2, 0, 0, 0, 0, 0],
    'carried_forward': [1, 0, 0, 0, 0, 0],
})
set_t4(r7, [1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
set_t2(r7, {'regulations.made': 0, 'regulations.published': 0, 'regulations.public_total': 0,
            'normative_documents.made': 3, 'normative_documents.published': 3,
            'normative_documents.public_total': 14,
            'licensing.items_last_year': 14, 'licensing.items_change': -2, 'licensing.decisions': 287,
            'other_services.items_last_year': 6, 'other_services.items_change': 1,
            'other_services.decisions': 93,
            'penalty.items_last_year': 9, 'penalty.items_change': 0, 'penalty.decisions': 146,
            'coercion.items_last_year': 2, 'coercion.items_change': 0, 'coercion.decisions': 7,
            'fees.items_last_year': 1, 'fees.items_change': -1,
            'procurement.items': 7, 'procurement.amount': 386.5})
r7.disp['active.procurement.amount'] = '386.5万元'
r7.meta = dict(agency='天水市生态环境局', published='2020-01-20')
r7.narr = dict(active_total=1382, interpretations=6, fees_collected=0)
REPS.append(r7)

# ---- 8. 宜昌市市场监督管理局 2023, 2021 template, HTML fragment with label variants + Hubei extra row
r8 = Rep('r8', 2021, 2023)
gen_t3(r8, 808, {'granted': 16, 'partial': 3, 'denied.third_party': 2, 'denied.internal': 1,
                 'denied.process': 1, 'denied.enforcement': 1, 'denied.query': 1, 'unable.not_held': 22,
                 'unable.needs_creation': 2, 'unable.unclear': 1, 'not_processed.petition': 4,
                 'not_processed.repeated': 2, 'other_handling.no_correction': 2, 'other_handling.other': 1},
       {'person': 80, 'business': 15, 'research': 0, 'nonprofit': 0, 'legal': 5, 'other': 0}, 3, 2)
set_t4(r8, [3, 1, 0, 1], [1, 0, 0, 0], [1, 0, 0, 0])
set_t2(r8, {'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.in_force': 0,
            'normative_documents.issued': 4, 'normative_documents.repealed': 2,
            'normative_documents.in_force': 23, 'licensing.decisions': 8426,
            'penalty.decisions': 1207, 'coercion.decisions': 64, 'fees.amount': 0})
r8.meta = dict(agency='宜昌市市场监督管理局', published='2024-01-25')
r8.narr = dict(active_total=4257, press_conferences=8, interpretations=21, new_media_posts=963,
               npc_suggestions=11, cppcc_proposals=17, fees_collected=0)
REPS.append(r8)

# table-derived narrative figures (prose restates them)
for rep in REPS:
    if rep.key == 'r6':
        continue
    rep.narr.setdefault('applications_received', rep.v['applications.new.total'])
    if rep.key in ('r1', 'r2', 'r3', 'r4', 'r5', 'r7', 'r8'):
        rep.narr['applications_completed'] = rep.v['applications.processed.total']
        rep.narr['applications_carried_forward'] = rep.v['applications.carried_forward.total']
    rep.narr['reviews'] = rep.v['appeals.review.total']
    rep.narr['lawsuits'] = rep.v['appeals.suit_direct.total'] + rep.v['appeals.suit_after_review.total']

for rep in REPS:
    check(rep)


def N(rep, name):
    return rep.narr[name]


# ======================================================================
# renderers
# ======================================================================
RENDER = {}


def renderer(key):
    def deco(fn):
        RENDER[key] = fn
        return fn
    return deco


# ---------------------------------------------------------------- HTML helpers
def html_t2_2019(rep, td):
    """Table 二 (2019 format) as a 4-column HTML table; td(text, attrs='') renders one cell."""
    rows = []
    def cap(t):
        rows.append('<tr>' + td(t, ' colspan="4"') + '</tr>')
    def hdr(cells):
        rows.append('<tr>' + ''.join(td(x) for x in cells) + '</tr>')
    def data(label, paths):
        cells = [td(label)] + [td(rep.c(p)) for p in paths]
        cells += [td('&nbsp;')] * (4 - len(cells))
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    cap('第二十条第（一）项')
    hdr(['信息内容', '本年新<br>制作数量', '本年新<br>公开数量', '对外公开<br>总数量'])
    data('规章', [f'active.regulations.{c}' for c in ('made', 'published', 'public_total')])
    data('规范性文件', [f'active.normative_documents.{c}' for c in ('made', 'published', 'public_total')])
    for cp, items in (('第二十条第（五）项', [('行政许可', 'licensing'), ('其他对外管理服务事项', 'other_services')]),
                      ('第二十条第（六）项', [('行政处罚', 'penalty'), ('行政强制', 'coercion')])):
        cap(cp)
        hdr(['信息内容', '上一年<br>项目数量', '本年增/减', '处理决定数量'])
        for lb, k in items:
            data(lb, [f'active.{k}.{c}' for c in ('items_last_year', 'items_change', 'decisions')])
    cap('第二十条第（八）项')
    hdr(['信息内容', '上一年<br>项目数量', '本年增/减', '&nbsp;'])
    data('行政事业性收费', ['active.fees.items_last_year', 'active.fees.items_change'])
    cap('第二十条第（九）项')
    hdr(['信息内容', '采购项目数量', '采购总金额', '&nbsp;'])
    data('政府集中采购', ['active.procurement.items', 'active.procurement.amount'])
    return rows


def html_t2_2021(rep, td, extra=None, lbl_norm='行政规范性文件', half=False):
    rows = []
    def cap(t):
        if half:
            t = t.replace('（', '(').replace('）', ')')
        rows.append('<tr>' + td(t, ' colspan="4"') + '</tr>')
    cap('第二十条第（一）项')
    rows.append('<tr>' + ''.join(td(x) for x in ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']) + '</tr>')
    for lb, k in (('规章', 'regulations'), (lbl_norm, 'normative_documents')):
        rows.append('<tr>' + td(lb) + ''.join(td(rep.c(f'active.{k}.{c}')) for c in ('issued', 'repealed', 'in_force')) + '</tr>')
    if extra:
        rows.append('<tr>' + td(extra[0]) + ''.join(td(str(x)) for x in extra[1]) + '</tr>')
    for cp, items in (('第二十条第（五）项', [('行政许可', 'licensing')]),
                      ('第二十条第（六）项', [('行政处罚', 'penalty'), ('行政强制', 'coercion')])):
        cap(cp)
        rows.append('<tr>' + td('信息内容') + td('本年处理决定数量', ' colspan="3"') + '</tr>')
        for lb, k in items:
            rows.append('<tr>' + td(lb) + td(rep.c(f'active.{k}.decisions'), ' colspan="3"') + '</tr>')
    cap('第二十条第（八）项')
    rows.append('<tr>' + td('信息内容') + td('本年收费金额（单位：万元）', ' colspan="3"') + '</tr>')
    rows.append('<tr>' + td('行政事业性收费') + td(rep.c('active.fees.amount'), ' colspan="3"') + '</tr>')
    return rows


def html_t3(rep, td, lbl=lambda s: s, total_word='总计'):
    era = rep.era
    rows = []
    rows.append('<tr>' + td(T3NOTE, ' colspan="3" rowspan="3"') + td('申请人情况', ' colspan="7"') + '</tr>')
    rows.append('<tr>' + td('自然人', ' rowspan="2"') + td('法人或其他组织', ' colspan="5"') +
                td(total_word, ' rowspan="2"') + '</tr>')
    rows.append('<tr>' + ''.join(td(x) for x in ['商业<br>企业', '科研<br>机构', '社会公益组织', '法律服务机构', '其他']) + '</tr>')
    span = 20 if era == 2019 else 22
    gspan = {'denied': 8, 'unable': 3, 'not_processed': 5, 'other_handling': 3}
    for r, g, label, first in t3_layout(era):
        vals = ''.join(td(rep.c(f'applications.{r}.{c}')) for c in COLS7)
        if r in ('new', 'carried_over', 'carried_forward'):
            rows.append('<tr>' + td(lbl(label), ' colspan="3"') + vals + '</tr>')
            continue
        head = td(RESULT, f' rowspan="{span}"') if r == 'granted' else ''
        if g is None:
            rows.append('<tr>' + head + td(lbl(label), ' colspan="2"') + vals + '</tr>')
        else:
            gc = td(GRP[g], f' rowspan="{gspan[g]}"') if first else ''
            rows.append('<tr>' + head + gc + td(lbl(label)) + vals + '</tr>')
    return rows


def html_t4(rep, td):
    rows = []
    rows.append('<tr>' + td('行政复议', ' colspan="5"') + td('行政诉讼', ' colspan="10"') + '</tr>')
    rows.append('<tr>' + ''.join(td(x, ' rowspan="2"') for x in T4LBL) +
                td('未经复议直接起诉', ' colspan="5"') + td('复议后起诉', ' colspan="5"') + '</tr>')
    rows.append('<tr>' + ''.join(td(x) for x in T4LBL * 2) + '</tr>')
    rows.append('<tr>' + ''.join(td(rep.c(f'appeals.{b}.{c}')) for b in T4B for c in T4C) + '</tr>')
    return rows


# ---------------------------------------------------------------- 1. ministry, 2019, full HTML page
@renderer('r1')
def render_r1(rep):
    g = rep.g
    def td(t, a=''):
        return f'<td{a} style="border:1px solid #000000;padding:0 5px;" valign="center"><p style="text-align:center;line-height:22px;"><span style="font-size:14px;font-family:宋体;">{t}</span></p></td>'
    def table(rows):
        return ('<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;">\n<tbody>\n'
                + '\n'.join(rows) + '\n</tbody>\n</table>')
    P = lambda t: f'<p style="text-indent:2em;line-height:2em;">{t}</p>'
    H = lambda t: f'<p style="text-indent:2em;line-height:2em;"><strong>{t}</strong></p>'
    den = rep.grp('denied'); una = rep.grp('unable'); nop = rep.grp('not_processed')
    oth = g('applications.other_handling.other.total')
    body = [
        P('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，交通运输部编制了2019年政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。本报告电子版可在交通运输部政府网站（www.mot.gov.cn）“政府信息公开”专栏下载。如对本报告有任何疑问，请与交通运输部政府信息公开办公室联系（地址：北京市东城区建国门内大街11号，邮编：100736，电话：010-65292114）。'),
        H('一、总体情况'),
        P('2019年，交通运输部坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实新修订的《条例》和国务院办公厅关于政务公开工作的部署要求，围绕加快建设交通强国，以公开促落实、促规范、促服务，各项工作取得新进展。'),
        P(f'（一）主动公开。全年通过部政府网站、“交通运输部”政务微博微信、新闻发布会等渠道主动公开政府信息{N(rep,"active_total")}条。按照“谁起草、谁解读”的原则，同步发布政策解读{N(rep,"interpretations")}篇；举办例行新闻发布会{N(rep,"press_conferences")}场，及时回应社会关切。全年制定发布部门规章{g("active.regulations.made")}件、规范性文件{g("active.normative_documents.made")}件，均在部政府网站全文公开。'),
        P(f'（二）依申请公开。2019年，部本级共收到政府信息公开申请{N(rep,"applications_received")}件，上年结转{g("applications.carried_over.total")}件。全年共办结{N(rep,"applications_completed")}件，其中予以公开{g("applications.granted.total")}件，部分公开{g("applications.partial.total")}件，不予公开{den}件，无法提供{una}件，不予处理{nop}件，其他处理{oth}件；结转下年度继续办理{N(rep,"applications_carried_forward")}件。'),
        P('（三）政府信息管理。修订《交通运输部政府信息公开工作规定》，完善公文公开属性源头认定机制，对拟公开信息严格履行保密审查程序。开展规章和规范性文件清理，对清理结果及时向社会公布。'),
        P('（四）平台建设。优化部政府网站“政府信息公开”专栏，按照新《条例》要求调整政府信息公开目录，更新政府信息公开指南；加强政务新媒体建设管理，提升信息发布和互动回应能力。'),
        P('（五）监督保障。将政务公开工作纳入部机关司局和部属单位年度绩效考核，组织开展新《条例》专题培训2次，培训人员300余人次。'),
        H('二、主动公开政府信息情况'),
        table(html_t2_2019(rep, td)),
        H('三、收到和处理政府信息公开申请情况'),
        table(html_t3(rep, td)),
        H('四、政府信息公开行政复议、行政诉讼情况'),
        P(f'2019年，我部因政府信息公开工作被申请行政复议{N(rep,"reviews")}件，被提起行政诉讼{N(rep,"lawsuits")}件，具体情况如下：'),
        table(html_t4(rep, td)),
        H('五、存在的主要问题及改进情况'),
        P('2019年，我部政府信息公开工作取得了一定成效，但对照新《条例》要求和社会公众期待，还存在一些不足：一是政策解读的针对性和可读性有待提高，图解、视频等多样化解读形式运用不够；二是依申请公开答复的规范化水平仍需提升，部分答复文书说理不够充分；三是部属单位政务公开工作发展还不平衡。'),
        P('2020年，我部将重点做好以下工作：一是加强政策解读，围绕交通强国建设、交通运输领域重大改革等内容，丰富解读形式；二是规范依申请公开办理，健全会商和法律审核机制，统一答复文书格式；三是加强对部属单位政务公开工作的指导和监督检查。'),
        H('六、其他需要报告的事项'),
        P('2019年，我部未收取政府信息公开相关费用。'),
        '<p style="text-align:right;line-height:2em;">交通运输部</p>',
        '<p style="text-align:right;line-height:2em;">2020年1月21日</p>',
    ]
    head = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="中华人民共和国交通运输部">
<meta name="SiteDomain" content="www.mot.gov.cn">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="交通运输部2019年政府信息公开工作年度报告">
<meta name="PubDate" content="2020-01-21 17:05">
<meta name="ContentSource" content="办公厅">
<title>交通运输部2019年政府信息公开工作年度报告_政府信息公开年报_中华人民共和国交通运输部</title>
<link rel="stylesheet" type="text/css" href="../../../images/public_v2.css">
<link rel="stylesheet" type="text/css" href="../../../images/xxgk_detail.css">
<script type="text/javascript" src="../../../images/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="../../../images/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5a7a0c5d1f3e4b8c9d2e6f1a0b3c4d5e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
function doZoom(size){ document.getElementById('Zoom').style.fontSize = size + 'px'; }
</script>
<style type="text/css">
.TRS_Editor p{margin-top:0;margin-bottom:0;font-size:16px;}
.TRS_Editor table{margin:10px auto;}
</style>
</head>
<body>
<div class="top_bar"><div class="w1200"><span class="fl">欢迎访问中华人民共和国交通运输部网站</span><span class="fr"><a href="/wza/">无障碍</a> | <a href="/english/">English</a> | <a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a></span></div></div>
<div class="header">
  <div class="logo"><a href="/"><img src="../../../images/logo.png" alt="中华人民共和国交通运输部"></a></div>
  <div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="searchword" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div>
</div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/jigou/">机构</a></li>
    <li><a href="/jiaotongyaowen/">新闻</a></li>
    <li class="on"><a href="/zhengwugonggao/">政务公开</a></li>
    <li><a href="/zxft/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/zhuanti/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zhengwugonggao/">政务公开</a> &gt; <a href="../../">政府信息公开</a> &gt; <a href="../">政府信息公开年报</a></div>
<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">
<tr><td class="t1">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>000019174/2020-00031</td><td class="t1">主题分类：</td><td>综合政务\\政务公开</td></tr>
<tr><td class="t1">发布机构：</td><td>交通运输部</td><td class="t1">发布日期：</td><td>2020-01-21</td></tr>
<tr><td class="t1">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">交通运输部2019年政府信息公开工作年度报告</td></tr>
<tr><td class="t1">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td></td><td class="t1">有&nbsp;效&nbsp;性：</td><td>有效</td></tr>
</table>
<div class="article">
<h1 class="article_title">交通运输部2019年政府信息公开工作年度报告</h1>
<div class="article_info"><span>发布时间：2020-01-21</span><span>来源：办公厅</span><span class="zoom">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="article_content" id="Zoom">
<div class="TRS_Editor">
'''
    tail = '''
</div>
</div>
<div class="article_tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prev_next">
<p>上一篇：<a href="../201901/t20190130_3162241.html">交通运输部2018年政府信息公开工作年度报告</a></p>
<p>下一篇：<a href="../202003/t20200320_3349577.html">交通运输部关于公布2019年度政府信息公开工作考核结果的通知</a></p>
</div>
</div>
</div>
<div class="footer">
  <div class="links"><select onchange="window.open(this.value)"><option>--国务院部门网站--</option><option value="http://www.ndrc.gov.cn">国家发展和改革委员会</option><option value="http://www.mof.gov.cn">财政部</option></select></div>
  <p>主办单位：中华人民共和国交通运输部&nbsp;&nbsp;&nbsp;&nbsp;承办单位：交通运输部科学研究院</p>
  <p>地址：北京市东城区建国门内大街11号&nbsp;&nbsp;邮编：100736&nbsp;&nbsp;总机：010-65292114</p>
  <p>版权所有：中华人民共和国交通运输部&nbsp;&nbsp;京ICP备05046837号&nbsp;&nbsp;<img src="../../../images/ga.png">京公网安备 11010102004180号&nbsp;&nbsp;网站标识码：bm17000006</p>
  <p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js' type='text/javascript'%3E%3C/script%3E"));</script></p>
</div>
<script type="text/javascript" src="../../../images/share.js"></script>
<script type="text/javascript">$(function(){ $(".nav li").hover(function(){ $(this).addClass("hover"); },function(){ $(this).removeClass("hover"); }); });</script>
</body>
</html>
'''
    text = head + '\n'.join(body) + tail
    notes = ('Full saved page of a ministry site: doctype, head with meta/scripts/styles, top bar, nav, breadcrumb, '
             'metadata table (发布日期 2020-01-21), body in div.TRS_Editor, prev/next links naming the 2018 report, '
             'footer with scripts. 2019 template tables with rowspan/colspan (三、本年度办理结果 rowspan=20, '
             '（三）rowspan=8, （四）3, （五）5; table 四 header rowspan=2/colspan=5); header cells split with <br> '
             '(本年新<br>制作数量, 商业<br>企业). &nbsp; in filler cells of blocks (八)/(九) and in the 行政强制 '
             '处理决定数量 cell (gold null). 本年增/减 printed -4 (许可), +2 (其他对外管理服务事项), -1 (收费). '
             '采购总金额 printed 8934.27万元 (amount_unit 万元, not in gold because compare.py reads numbers only). '
             'Prose: 主动公开3126条, 政策解读52篇, 新闻发布会14场, 收到申请/办结/结转 restate table 三, '
             '复议29件 and 诉讼18件 (11 direct + 7 after review); 未收取政府信息公开相关费用 -> fees_collected 0.')
    return 'mot-2019.html', 'html (full saved page)', notes, text

# ---------------------------------------------------------------- 2. city, 2021, Word copy
def word_row(cells):
    return '\n'.join('\t' + c for c in cells) + '\n'


@renderer('r2')
def render_r2(rep):
    g = rep.g
    den = rep.grp('denied'); una = rep.grp('unable'); nop = rep.grp('not_processed'); oh = rep.grp('other_handling')
    out = []
    out.append('\n\n赣州市人民政府2021年政府信息公开工作年度报告\n\n')
    out.append('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由赣州市人民政府办公室编制。报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限自2021年1月1日至2021年12月31日。本报告电子版可在“中国赣州”政府门户网站（www.ganzhou.gov.cn）查阅或下载。如对本报告有疑问，请与赣州市人民政府办公室联系（地址：赣州市章贡区长征大道1号，邮编：341000，电话：0797-8399651）。\n')
    out.append('一、总体情况\n')
    out.append('2021年，赣州市人民政府坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院和省委、省政府关于政务公开工作的决策部署，紧紧围绕“三大战略、八大行动”，以公开促落实、促规范、促服务，全市政务公开工作取得新成效。\n')
    out.append(f'（一）主动公开\n全年通过政府门户网站、政府公报、政务新媒体等平台主动公开政府信息{N(rep,"active_total")}条。市政府制发规章{g("active.regulations.issued")}件，制发行政规范性文件{g("active.normative_documents.issued")}件，全部在“中国赣州”网站政策文件库公开。围绕优化营商环境、乡村振兴、疫情防控等重点工作，召开新闻发布会{N(rep,"press_conferences")}场，发布政策解读{N(rep,"interpretations")}篇，其中图解、视频等多元化解读占比超过60%。“赣州发布”政务新媒体全年发布信息{N(rep,"new_media_posts")}条。\n')
    out.append(f'（二）依申请公开\n进一步规范依申请公开办理流程，严格落实登记、审核、答复、归档等环节要求。2021年，市政府本级共收到政府信息公开申请{N(rep,"applications_received")}件，上年结转{g("applications.carried_over.total")}件；全年办结{N(rep,"applications_completed")}件，其中予以公开{g("applications.granted.total")}件，部分公开{g("applications.partial.total")}件，不予公开{den}件，无法提供{una}件，不予处理{nop}件，其他处理{oh}件；结转下年度继续办理{N(rep,"applications_carried_forward")}件。\n')
    out.append('（三）政府信息管理\n严格执行公文公开属性源头认定制度，做到公文办理与公开属性审查同步。完成市政府及市政府办公室行政规范性文件清理工作，动态更新现行有效文件目录。\n')
    out.append('（四）平台建设\n推进政府网站集约化建设，全市政府网站统一纳入集约化平台管理；规范政务新媒体运维，关停整合“僵尸号”“睡眠号”12个。\n')
    out.append(f'（五）监督保障\n将政务公开纳入市对县（市、区）高质量发展考核，开展政务公开业务培训3期，培训人员420余人次。全年办理人大代表建议{N(rep,"npc_suggestions")}件、政协提案{N(rep,"cppcc_proposals")}件，办理复文全部按要求公开。\n')
    out.append('二、主动公开政府信息情况\n')
    t = []
    t.append(word_row(['第二十条第（一）项']))
    t.append(word_row(['信息内容', '本年制发\n件数', '本年废止\n件数', '现行有效\n件数']))
    t.append(word_row(['规章'] + [rep.c(f'active.regulations.{c}') for c in ('issued', 'repealed', 'in_force')]))
    t.append(word_row(['行政规范性文件'] + [rep.c(f'active.normative_documents.{c}') for c in ('issued', 'repealed', 'in_force')]))
    t.append(word_row(['第二十条第（五）项']))
    t.append(word_row(['信息内容', '本年处理决定数量']))
    t.append(word_row(['行政许可', rep.c('active.licensing.decisions')]))
    t.append(word_row(['第二十条第（六）项']))
    t.append(word_row(['信息内容', '本年处理决定数量']))
    t.append(word_row(['行政处罚', rep.c('active.penalty.decisions')]))
    t.append(word_row(['行政强制', rep.c('active.coercion.decisions')]))
    t.append(word_row(['第二十条第（八）项']))
    t.append(word_row(['信息内容', '本年收费金额\n（单位：万元）']))
    t.append(word_row(['行政事业性收费', rep.c('active.fees.amount')]))
    out.append('\n'.join(t) + '\n')
    out.append('三、收到和处理政府信息公开申请情况\n')
    t = []
    t.append(word_row(['（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）', '申请人情况']))
    t.append(word_row(['自然人', '法人或其他组织', '总计']))
    t.append(word_row(['商业\n企业', '科研\n机构', '社会\n公益\n组织', '法律\n服务\n机构', '其他']))
    for r, grp_, label, first in t3_layout(2021):
        cells = []
        if r == 'granted':
            cells.append(RESULT)
        if first:
            cells.append(GRP[grp_])
        lab = label
        if r == 'partial':
            lab = '（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）'
        elif r == 'other_handling.no_correction':
            lab = '1.申请人无正当理由逾期不补正、行政机关\n不再处理其政府信息公开申请'
        elif r == 'other_handling.fee_unpaid':
            lab = '2.申请人逾期未按收费通知要求缴纳费用、\n行政机关不再处理其政府信息公开申请'
        cells.append(lab)
        cells += [rep.c(f'applications.{r}.{c}') for c in COLS7]
        t.append(word_row(cells))
    out.append('\n'.join(t) + '\n')
    out.append('四、政府信息公开行政复议、行政诉讼情况\n')
    t = []
    t.append(word_row(['行政复议', '行政诉讼']))
    t.append(word_row(['结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计', '未经复议直接起诉', '复议后起诉']))
    t.append(word_row(['结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计'] * 2))
    t.append(word_row([rep.c(f'appeals.{b}.{c}') for b in T4B for c in T4C]))
    out.append('\n'.join(t) + '\n')
    out.append(f'2021年，市政府因政府信息公开工作被申请行政复议{N(rep,"reviews")}件，被提起行政诉讼{N(rep,"lawsuits")}件，未发生被纠错后拒不履行的情形。\n')
    out.append('五、存在的主要问题及改进情况\n')
    out.append('2021年，我市政务公开工作虽取得一定成效，但仍存在一些不足：一是部分县（市、区）和市直部门对政策解读重视不够，解读材料与政策文件“两张皮”；二是基层政务公开标准化规范化建设推进不平衡，部分乡镇（街道）公开目录更新不及时；三是依申请公开答复质量有待提升。\n')
    out.append('下一步，我市将重点抓好以下工作：一是强化政策解读，严格落实解读材料与政策文件同步组织、同步审签、同步部署；二是深化基层政务公开标准化规范化建设，开展专项督查；三是加强依申请公开业务培训和案例指导，规范答复文书。\n')
    out.append('六、其他需要报告的事项\n')
    out.append('（一）信息处理费收取情况。2021年，市政府未收取信息处理费。\n')
    out.append('（二）政务公开工作要点落实情况。对照《2021年江西省政务公开工作要点》，逐项制定我市任务分工，各项任务均已按要求完成。\n')
    out.append('\n\n赣州市人民政府办公室\n2022年1月26日\n')
    text = ''.join(out)
    notes = ('Text copied out of a Word document: each table cell on its own line with a leading tab, blank line '
             'between rows, multi-line cells continue on the next line without a tab (本年制发 / 件数, 商业 / 企业, '
             '社会 / 公益 / 组织, the 勾稽 note, the long （二）/（六） labels). 三、本年度办理结果 and the group labels '
             'appear only on the first row of their group. Signed 赣州市人民政府办公室 2022年1月26日 (the body is the '
             'city government named in the title). Prose figures: 主动公开12863条, 新闻发布会38场, 政策解读176篇, '
             '“赣州发布”新媒体6254条, 人大代表建议312件, 政协提案405件, 复议14件, 诉讼7件 (5+2), '
             '未收取信息处理费 -> fees_collected 0; 收到/办结/结转 restate table 三.')
    return 'ganzhou-2021.txt', 'text-tabs (Word copy)', notes, text

# ---------------------------------------------------------------- 3. county, 2020 (2019 template), pdftotext -layout
import re as _re


def _digit_space(s):
    s = _re.sub(r'(?<=[\u4e00-\u9fff])(?=[0-9])', ' ', s)
    s = _re.sub(r'(?<=[0-9%])(?=[\u4e00-\u9fff])', ' ', s)
    return s


def wrap_cjk(text, width=62, indent='  '):
    """Wrap a paragraph by display width, as pdftotext -layout prints a justified PDF paragraph."""
    text = _digit_space(text)
    lines, cur = [], indent
    for tok in _re.findall(r'[\x21-\x7e]+|.', text):
        if dw(cur + tok) > width and not (tok in '，。、；：）》”！？' and dw(cur + tok) <= width + 4):
            lines.append(cur.rstrip())
            cur = ''
        if cur == '' and tok == ' ':
            continue
        cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def lay(cells, stops):
    """Place cells so that cell i ends (right-aligned) at column stops[i]; a (text, 'L', col) cell is left-aligned."""
    line = ''
    for cell, stop in zip(cells, stops):
        if isinstance(cell, tuple):
            txt, _, col = cell
            line = ljust(line, col) + txt
        else:
            line = ljust(line, stop - dw(cell)) + cell if dw(line) < stop - dw(cell) else line + ' ' + cell
    return line.rstrip()


PB = object()


@renderer('r3')
def render_r3(rep):
    g = rep.g
    L = []
    P = lambda t: L.extend(wrap_cjk(t))
    L += ['', '                         岳池县人民政府', '               2020 年政府信息公开工作年度报告', '']
    P('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，由岳池县人民政府办公室编制。本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。本报告电子版可在岳池县人民政府门户网站（www.yuechi.gov.cn）查阅和下载。如对本报告有疑问，请与岳池县人民政府办公室联系（地址：岳池县九龙街道建设路66号，邮编：638300，电话：0826-5222315）。')
    L.append('  一、总体情况')
    P('2020年，岳池县人民政府以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和省、市关于政务公开工作的部署要求，围绕疫情防控、复工复产、决战决胜脱贫攻坚等中心工作，持续深化政务公开，切实保障人民群众知情权、参与权、表达权和监督权。')
    P(f'（一）主动公开情况。全年通过县政府门户网站、“岳池发布”微信公众号等平台主动公开政府信息{N(rep,"active_total")}条，其中县政府及县政府办公室制发规范性文件{g("active.normative_documents.made")}件，均在县政府门户网站“政策文件”栏目公开。围绕疫情防控、惠企政策、稳就业保民生等发布政策解读{N(rep,"interpretations")}篇，召开新闻发布会{N(rep,"press_conferences")}场。')
    P(f'（二）依申请公开情况。全年共收到政府信息公开申请{N(rep,"applications_received")}件，上年结转{g("applications.carried_over.total")}件，已办结{N(rep,"applications_completed")}件，结转下年度办理{N(rep,"applications_carried_forward")}件。因政府信息公开工作被申请行政复议{N(rep,"reviews")}件，被提起行政诉讼{N(rep,"lawsuits")}件。')
    P('（三）政府信息管理情况。严格落实公文公开属性源头认定和信息发布保密审查制度，坚持“先审查、后公开”和“一事一审”；对县政府规范性文件进行集中清理，清理结果及时向社会公布。')
    P('（四）平台建设情况。完成县政府门户网站集约化改版，优化“政府信息公开”专栏设置，更新政府信息公开指南；规范政务新媒体管理，全县政务新媒体账号保持正常运维。')
    P('（五）监督保障情况。将政务公开工作纳入全县目标绩效考核，开展政务公开业务培训2次，对23个县级部门和25个乡镇网站栏目进行季度检查并通报。')
    L.append(PB)
    L.append('  二、主动公开政府信息情况')
    S1 = [20, 36, 52, 68]
    def cap(t):
        L.append(' ' * 26 + t)
    cap('第二十条第（一）项')
    L.append(lay([('信息内容', 'L', 6), '本年新', '本年新', '对外公开'], S1))
    L.append(lay(['', '制作数量', '制作数量'.replace('制作', '公开'), '总数量'], S1))
    L.append(lay([('规章', 'L', 8)] + [rep.c(f'active.regulations.{c}') for c in ('made', 'published', 'public_total')], S1))
    L.append(lay([('规范性文件', 'L', 4)] + [rep.c(f'active.normative_documents.{c}') for c in ('made', 'published', 'public_total')], S1))
    for cp, items in (('第二十条第（五）项', [('行政许可', 'licensing', 6), ('其他对外管理服务事项', 'other_services', 0)]),
                      ('第二十条第（六）项', [('行政处罚', 'penalty', 6), ('行政强制', 'coercion', 6)])):
        cap(cp)
        L.append(lay([('信息内容', 'L', 6), '上一年项目', '本年增/减', '处理决定'], S1))
        L.append(lay(['', '数量', '', '数量'], S1))
        for lb, k, ind in items:
            L.append(lay([(lb, 'L', ind)] + [rep.c(f'active.{k}.{c}') for c in ('items_last_year', 'items_change', 'decisions')], S1))
    cap('第二十条第（八）项')
    L.append(lay([('信息内容', 'L', 6), '上一年项目', '本年增/减'], S1))
    L.append(lay(['', '数量'], S1))
    L.append(lay([('行政事业性收费', 'L', 2), rep.c('active.fees.items_last_year'), rep.c('active.fees.items_change')], S1))
    cap('第二十条第（九）项')
    L.append(lay([('信息内容', 'L', 6), '采购项目数量', '采购总金额'], S1))
    L.append(lay([('政府集中采购', 'L', 4), rep.c('active.procurement.items'), rep.c('active.procurement.amount')], S1))
    L.append('')
    L.append('  三、收到和处理政府信息公开申请情况')
    S3 = [52, 59, 66, 73, 80, 87, 94]
    L.append(' ' * 66 + '申请人情况')
    L.append(' ' * 62 + '法人或其他组织')
    L.append('（本列数据的勾稽关系为：第一项加第二项之' + ' ' * 8 + '自然人' + ' ' * 36 + '总计')
    L.append('和，等于第三项加第四项之和）' + ' ' * 26 + '商业   科研   社会   法律')
    L.append(' ' * 54 + '企业   机构   公益   服务   其他')
    L.append(' ' * 68 + '组织   机构')
    vals = lambda r: [rep.c(f'applications.{r}.{c}') for c in COLS7]
    vert = {'partial': '三、本', 'denied.state_secret': '年度办', 'denied.prohibited': '理结果'}
    wraps = {
        'partial': ['（二）部分公开（区分处理的，只计这', '一情形，不计其他情形）'],
        'denied.prohibited': ['2.其他法律行政法规禁', '止公开'],
        'unable.not_held': ['1.本机关不掌握相关政', '府信息'],
        'unable.needs_creation': ['2.没有现成信息需要另', '行制作'],
        'unable.unclear': ['3.补正后申请内容仍不', '明确'],
        'not_processed.excessive': ['4.无正当理由大量反复', '申请'],
        'not_processed.confirmation': ['5.要求行政机关确认或', '重新出具已获取信息'],
    }
    for r, grp_, label, first in t3_layout(2019):
        if r in ('new', 'carried_over', 'carried_forward'):
            L.append(lay([(label, 'L', 0)] + vals(r), [0] + S3))
            continue
        if r == 'denied.enforcement':
            L.append(PB)
        a = vert.get(r, '')
        if grp_ is None:
            parts = wraps.get(r, [label])
            if len(parts) == 1:
                L.append(lay([(a, 'L', 0), (label, 'L', 10)] + vals(r), [0, 0] + S3))
            else:
                L.append(lay([(a, 'L', 0), (parts[0], 'L', 10)], [0, 0]))
                L.append(lay([(parts[1], 'L', 10)] + vals(r), [0] + S3))
            continue
        gl = GRP[grp_] if first else ''
        parts = wraps.get(r, [label])
        if len(parts) == 1:
            L.append(lay([(a, 'L', 0), (gl, 'L', 8), (label, 'L', 24)] + vals(r), [0, 0, 0] + S3))
        else:
            L.append(lay([(a, 'L', 0), (gl, 'L', 8), (parts[0], 'L', 24)], [0, 0, 0]))
            L.append(lay([(parts[1], 'L', 24)] + vals(r), [0] + S3))
    L.append('')
    L.append('  四、政府信息公开行政复议、行政诉讼情况')
    S4 = [6, 12, 18, 24, 30, 38, 44, 50, 56, 62, 70, 76, 82, 88, 94]
    L.append(' ' * 12 + '行政复议' + ' ' * 40 + '行政诉讼')
    L.append(' ' * 38 + '未经复议直接起诉' + ' ' * 16 + '复议后起诉')
    L.append(lay(['结果', '结果', '其他', '尚未', '', '结果', '结果', '其他', '尚未', '', '结果', '结果', '其他', '尚未', ''], S4))
    L.append(lay(['维持', '纠正', '结果', '审结', '总计', '维持', '纠正', '结果', '审结', '总计', '维持', '纠正', '结果', '审结', '总计'], S4))
    L.append('')
    L.append(lay([rep.c(f'appeals.{b}.{c}') for b in T4B for c in T4C], S4))
    L.append('')
    L.append('  五、存在的主要问题及改进情况')
    P('2020年，我县政府信息公开工作取得了一定成效，但仍存在一些问题：一是部分部门和乡镇对政务公开工作重视不够，信息发布不够及时；二是政策解读形式较为单一，图解、音视频等解读方式运用较少；三是依申请公开答复规范化水平有待进一步提高。')
    P('2021年，我县将着力抓好以下工作：一是压实工作责任，将政务公开工作情况纳入年度目标考核并加大权重；二是丰富政策解读形式，提升解读质量；三是加强业务培训，规范依申请公开办理程序和答复文书，切实提高政府信息公开工作水平。')
    L.append(PB)
    L.append('  六、其他需要报告的事项')
    P('2020年，县政府未收取政府信息公开相关费用。无其他需要报告的事项。')
    L.append('')
    L.append(' ' * 36 + '岳池县人民政府办公室')
    L.append(' ' * 38 + '2021 年 1 月 28 日')
    # paginate at the PB markers
    out, page, n = [], [], 1
    for ln in L + [PB]:
        if ln is PB:
            out.append('\n'.join(page) + '\n\n' + ' ' * 31 + f'- {n} -\n')
            page, n = [], n + 1
        else:
            page.append(ln)
    text = '\f'.join(out) + '\f'
    notes = ('pdftotext -layout style: prose wrapped at a fixed width with spaces between CJK and digits '
             '("2020 年", "8624 条"), columns aligned with runs of spaces, page numbers "- N -" followed by form '
             'feeds (one falls inside table 三). Table 二 headers wrap over two lines (本年新 / 制作数量, '
             '上一年项目 / 数量, 处理决定 / 数量); table 三 header spread over 6 lines; long row labels wrap and '
             'their values sit on the second line; the vertical label 三、本年度办理结果 is split into 三、本 / '
             '年度办 / 理结果 at the left of rows （二）…2.; group labels only on the first row of the group. Table 四 '
             'header in two stacked lines. 本年增/减 printed 12, -3, 8, 0, -5. 采购总金额 12563.8万元. Signed '
             '岳池县人民政府办公室 2021 年 1 月 28 日. Prose: 主动公开8624条, 政策解读35篇, 新闻发布会6场, '
             '收到52件/上年结转2件/办结51件/结转3件, 复议3件, 诉讼1件; 未收取政府信息公开相关费用 -> 0.')
    return 'yuechi-2020.txt', 'pdf-text (pdftotext -layout)', notes, text

# ---------------------------------------------------------------- 4. provincial department, 2024, markdown
def md_row(cells):
    return '| ' + ' | '.join(cells) + ' |'


def md_sep(n):
    return '|' + '---|' * n


@renderer('r4')
def render_r4(rep):
    g = rep.g
    den = rep.grp('denied'); una = rep.grp('unable'); nop = rep.grp('not_processed'); oh = rep.grp('other_handling')
    o = []
    o.append('# 河南省卫生健康委员会2024年政府信息公开工作年度报告\n')
    o.append('本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问，请与河南省卫生健康委员会办公室联系（地址：郑州市金水区金水路101号，邮编：450003，电话：0371-65897637）。\n')
    o.append('## 一、总体情况\n')
    o.append('2024年，省卫生健康委坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，认真落实省委、省政府关于政务公开工作的部署要求，紧紧围绕卫生健康中心工作，**以公开促落实、以公开优服务**，不断提升政务公开质效。\n')
    o.append('### （一）主动公开\n')
    o.append(f'全年通过委门户网站、“健康河南”微信公众号等渠道**主动公开政府信息{N(rep,"active_total")}条**，其中制发行政规范性文件{g("active.normative_documents.issued")}件，废止{g("active.normative_documents.repealed")}件。聚焦医疗服务、疾病防控、医保协同等群众关切，召开新闻发布会{N(rep,"press_conferences")}场，发布政策解读{N(rep,"interpretations")}篇，做到政策文件与解读材料同步起草、同步审签、同步发布。\n')
    o.append('### （二）依申请公开\n')
    o.append(f'严格按照《条例》规定的时限和程序办理依申请公开。2024年**共收到政府信息公开申请{N(rep,"applications_received")}件**，上年结转{g("applications.carried_over.total")}件；共办结{N(rep,"applications_completed")}件，其中予以公开{g("applications.granted.total")}件，部分公开{g("applications.partial.total")}件，不予公开{den}件，无法提供{una}件，不予处理{nop}件，其他处理{oh}件；结转下年度继续办理{N(rep,"applications_carried_forward")}件。\n')
    o.append('### （三）政府信息管理\n')
    o.append('落实公文公开属性源头认定机制，拟制公文时同步明确公开方式；健全信息发布审核制度，坚持“先审后发”，全年未发生泄密和不当公开事件。\n')
    o.append('### （四）平台建设\n')
    o.append('持续优化委门户网站政府信息公开专栏，完善“法定主动公开内容”栏目设置；加强政务新媒体管理，“健康河南”微信公众号、微博协同发布权威信息。\n')
    o.append('### （五）监督保障\n')
    o.append(f'将政务公开纳入委机关处室和直属单位年度考核。认真办理人大代表建议{N(rep,"npc_suggestions")}件、政协提案{N(rep,"cppcc_proposals")}件，办理结果按规定公开。\n')
    o.append('## 二、主动公开政府信息情况\n')
    t = [md_row(['第二十条第（一）项', '', '', '']), md_sep(4),
         md_row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']),
         md_row(['规章'] + [rep.c(f'active.regulations.{c}') for c in ('issued', 'repealed', 'in_force')]),
         md_row(['行政规范性文件'] + [rep.c(f'active.normative_documents.{c}') for c in ('issued', 'repealed', 'in_force')])]
    o.append('\n'.join(t) + '\n')
    t = [md_row(['第二十条第（五）项', '']), md_sep(2),
         md_row(['信息内容', '本年处理决定数量']),
         md_row(['行政许可', rep.c('active.licensing.decisions')])]
    o.append('\n'.join(t) + '\n')
    t = [md_row(['第二十条第（六）项', '']), md_sep(2),
         md_row(['信息内容', '本年处理决定数量']),
         md_row(['行政处罚', rep.c('active.penalty.decisions')]),
         md_row(['行政强制', rep.c('active.coercion.decisions')])]
    o.append('\n'.join(t) + '\n')
    t = [md_row(['第二十条第（八）项', '']), md_sep(2),
         md_row(['信息内容', '本年收费金额（单位：万元）']),
         md_row(['行政事业性收费', rep.c('active.fees.amount')])]
    o.append('\n'.join(t) + '\n')
    o.append('## 三、收到和处理政府信息公开申请情况\n')
    t = [md_row([T3NOTE, T3NOTE, T3NOTE, '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况']),
         md_sep(10),
         md_row(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']),
         md_row(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''])]
    # merged label cells: (三) repeated on every row, (四)/(五)/(六) left empty after the first row,
    # 三、本年度办理结果 repeated on (一)-(三) rows then empty
    for r, grp_, label, first in t3_layout(2021):
        vals = [rep.c(f'applications.{r}.{c}') for c in COLS7]
        if r in ('new', 'carried_over', 'carried_forward'):
            t.append(md_row([label, label, label] + vals))
            continue
        res = RESULT if (r in ('granted', 'partial') or r.startswith('denied.')) else ''
        if grp_ is None:
            t.append(md_row([res, label, label] + vals))
        elif grp_ == 'denied':
            t.append(md_row([res, GRP[grp_], label] + vals))
        else:
            t.append(md_row([res, GRP[grp_] if first else '', label] + vals))
    o.append('\n'.join(t) + '\n')
    o.append('## 四、政府信息公开行政复议、行政诉讼情况\n')
    t = [md_row(['行政复议'] * 5 + ['行政诉讼'] * 10), md_sep(15),
         md_row(T4LBL + ['未经复议直接起诉'] * 5 + ['复议后起诉'] * 5),
         md_row([''] * 5 + T4LBL * 2),
         md_row([rep.c(f'appeals.{b}.{c}') for b in T4B for c in T4C])]
    o.append('\n'.join(t) + '\n')
    o.append(f'2024年，我委因政府信息公开工作被申请行政复议{N(rep,"reviews")}件、被提起行政诉讼{N(rep,"lawsuits")}件，均依法予以答复和应诉。\n')
    o.append('## 五、存在的主要问题及改进情况\n')
    o.append('**存在的主要问题：**一是政策解读的通俗性、互动性还需增强，部分解读材料对政策文件内容简单重复；二是依申请公开办理中，对涉及第三方权益、过程性信息等复杂申请的研判能力有待提升；三是直属单位政务公开工作发展不平衡。\n')
    o.append('**改进措施：**一是创新解读形式，多运用图表图解、短视频、专家访谈等方式开展解读；二是加强依申请公开案例研究，健全法律顾问参与会商机制；三是加强对直属单位的业务指导和督促检查。上年度报告中提出的问题已基本完成整改。\n')
    o.append('## 六、其他需要报告的事项\n')
    o.append('1. **信息处理费收取情况。**2024年，我委未收取信息处理费。\n')
    o.append('2. **年度政务公开工作要点落实情况。**对照《2024年河南省政务公开工作要点》，细化任务分工，各项任务已全部完成。\n')
    o.append('3. **政务公开工作创新情况。**开设“卫健政策明白纸”专栏，以问答形式解读群众关心的医保报销、家庭医生签约等政策。\n')
    o.append('\n河南省卫生健康委员会\n\n2025年1月22日\n')
    text = '\n'.join(o)
    notes = ('Markdown from a PDF-to-md converter: # headings, **bold** in prose (including around figures: '
             '**主动公开政府信息2186条**, **共收到政府信息公开申请112件**), each 第二十条 block its own pipe table with '
             'the caption as header row. Table 三 is one 10-column pipe table whose merged cells are handled '
             'inconsistently: the 勾稽 note and 申请人情况 repeated across their span, row labels 一/二/四 repeated in '
             'all three label columns, 三、本年度办理结果 repeated on （一）–（三） rows then left empty, （三）不予公开 '
             'repeated on all 8 rows, （四）/（五）/（六） only on their first row. Table 四 header repeated across '
             'colspans. Prose: 新闻发布会17场, 政策解读29篇, 人大代表建议46件, 政协提案63件, 复议7件, 诉讼2件, '
             '未收取信息处理费 -> 0; 收到/办结/结转 restate table 三. Signed with date 2025年1月22日.')
    return 'henan-wjw-2024.md', 'markdown (PDF->md)', notes, text

# ---------------------------------------------------------------- 5. province, 2022, traditional characters (tab rows)
def s2t(text):
    out = subprocess.run(['opencc', '-c', 's2t'], input=text, capture_output=True, text=True, check=True).stdout
    return out.replace('文件', '檔案')


@renderer('r5')
def render_r5(rep):
    g = rep.g
    den = rep.grp('denied'); una = rep.grp('unable'); nop = rep.grp('not_processed'); oh = rep.grp('other_handling')
    T = lambda cells: '\t'.join(cells)
    o = []
    o.append('福建省人民政府2022年政府信息公开工作年度报告')
    o.append('发布日期：2023-01-18　　来源：福建省人民政府办公厅　　【字体：大 中 小】　打印本页')
    o.append('')
    o.append('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，现公布福建省人民政府2022年政府信息公开工作年度报告。本报告由福建省人民政府办公厅编制，所列数据的统计期限自2022年1月1日起至2022年12月31日止。本报告电子版可在福建省人民政府门户网站（www.fujian.gov.cn）下载。如对本报告有疑问，请与福建省人民政府办公厅政务公开处联系（地址：福州市鼓楼区鼓屏路4号，邮编：350003，电话：0591-87054261）。')
    o.append('一、总体情况')
    o.append('2022年，福建省人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开的决策部署，围绕全方位推进高质量发展超越，不断提升政务公开标准化规范化水平。')
    o.append(f'（一）主动公开。全年通过省政府门户网站、《福建省人民政府公报》、“福建发布”政务新媒体等渠道主动公开政府信息{N(rep,"active_total")}条。省政府制定规章{g("active.regulations.issued")}件，废止规章{g("active.regulations.repealed")}件；省政府及省政府办公厅制发行政规范性文件{g("active.normative_documents.issued")}件。举办省政府新闻发布会{N(rep,"press_conferences")}场，发布政策解读{N(rep,"interpretations")}篇。')
    o.append(f'（二）依申请公开。2022年，省政府本级共收到政府信息公开申请{N(rep,"applications_received")}件，上年结转{g("applications.carried_over.total")}件。全年办结{N(rep,"applications_completed")}件，其中予以公开{g("applications.granted.total")}件，部分公开{g("applications.partial.total")}件，不予公开{den}件，无法提供{una}件，不予处理{nop}件，其他处理{oh}件；结转下年度继续办理{N(rep,"applications_carried_forward")}件。')
    o.append('（三）政府信息管理。严格落实公文公开属性源头认定机制，规范规章和行政规范性文件公开发布，及时更新省政府规章库和现行有效行政规范性文件目录。')
    o.append('（四）平台建设。持续加强省政府门户网站建设，优化政府信息公开专栏和政策文件库功能，推进政务新媒体规范化建设。')
    o.append('（五）监督保障。将政务公开纳入省直部门和设区市绩效考评，组织开展全省政务公开业务培训，培训人员1200余人次。')
    o.append('二、主动公开政府信息情况')
    o.append('第二十条第（一）项')
    o.append(T(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']))
    o.append(T(['规章'] + [rep.c(f'active.regulations.{c}') for c in ('issued', 'repealed', 'in_force')]))
    o.append(T(['行政规范性文件'] + [rep.c(f'active.normative_documents.{c}') for c in ('issued', 'repealed', 'in_force')]))
    o.append('第二十条第（五）项')
    o.append(T(['信息内容', '本年处理决定数量']))
    o.append(T(['行政许可', rep.c('active.licensing.decisions')]))
    o.append('第二十条第（六）项')
    o.append(T(['信息内容', '本年处理决定数量']))
    o.append(T(['行政处罚', rep.c('active.penalty.decisions')]))
    o.append(T(['行政强制', rep.c('active.coercion.decisions')]))
    o.append('第二十条第（八）项')
    o.append(T(['信息内容', '本年收费金额（单位：万元）']))
    o.append(T(['行政事业性收费', rep.c('active.fees.amount')]))
    o.append('三、收到和处理政府信息公开申请情况')
    o.append(T([T3NOTE, '申请人情况']))
    o.append(T(['自然人', '法人或其他组织', '总计']))
    o.append(T(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']))
    for r, grp_, label, first in t3_layout(2021):
        cells = []
        if r == 'granted':
            cells.append(RESULT)
        if first:
            cells.append(GRP[grp_])
        cells.append(label)
        cells += [rep.c(f'applications.{r}.{c}') for c in COLS7]
        o.append(T(cells))
    o.append('四、政府信息公开行政复议、行政诉讼情况')
    o.append(T(['行政复议', '行政诉讼']))
    o.append(T(T4LBL + ['未经复议直接起诉', '复议后起诉']))
    o.append(T(T4LBL * 2))
    o.append(T([rep.c(f'appeals.{b}.{c}') for b in T4B for c in T4C]))
    o.append(f'2022年，省政府因政府信息公开工作被申请行政复议{N(rep,"reviews")}件，被提起行政诉讼{N(rep,"lawsuits")}件。')
    o.append('五、存在的主要问题及改进情况')
    o.append('2022年，我省政务公开工作取得积极成效，但也存在一些不足：一是基层政务公开标准化规范化水平仍不均衡；二是政策解读的精准性和通俗性有待提升；三是依申请公开办理的规范化水平还需提高。2023年，我们将进一步深化基层政务公开标准化规范化建设，加强政策解读和回应关切，强化依申请公开业务指导和培训，推动全省政务公开工作提质增效。')
    o.append('六、其他需要报告的事项')
    o.append('（一）信息处理费收取情况。依据《政府信息公开信息处理费管理办法》，2022年省政府本级共向4名申请人发出收费通知，其中2名申请人逾期未缴纳费用；实际收取信息处理费1200元。')
    o.append('（二）人大代表建议和政协提案办理结果公开情况。省政府及省政府办公厅承办的人大代表建议和政协提案办理复文均已按规定公开。')
    o.append('')
    o.append('福建省人民政府办公厅')
    o.append('2023年1月18日')
    text = s2t('\n'.join(o) + '\n')
    notes = ('Traditional-character mirror: the whole text converted with opencc s2t, then 文件 -> 檔案 as a '
             'phrase-converting tool does (行政規範性檔案). Tables copied from a browser: one row per line, cells '
             'separated by tabs, rowspan cells present only on their first row (三、本年度辦理結果 + （一）予以公開 '
             'on one line, （三）不予公開 + 1.屬於國家秘密 on one line, later rows only their own label). Full-width '
             'digits in the 總計 column of 9 table-三 rows, in two 自然人 cells, in 行政許可 (１８２６５), 現行有效件數 '
             'of 行政規範性檔案 (３７６) and two table-四 總計 cells. Page header 發布日期：2023-01-18, signed '
             '福建省人民政府辦公廳 2023年1月18日. agency gold in simplified (福建省人民政府); script is hant (not in '
             'gold, compare.py does not read it). Prose: 主動公開25631條, 新聞發布會96場, 政策解讀312篇, 復議28件, '
             '訴訟20件 (14+6), 信息處理費1200元 collected (4 fee notices, 2 unpaid = 三(六)2 total 2).')
    return 'fujian-2022-hant.txt', 'text-tab-rows (traditional)', notes, text

# ---------------------------------------------------------------- 6. street office, 2022, pandoc plain grid tables
def wrap_cell(text, width):
    lines, cur = [], ''
    for ch in text:
        if dw(cur + ch) > width:
            lines.append(cur)
            cur = ''
        cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


def grid_table(rows, widths, header_rows=0):
    """rows: list of lists of (text, colspan, rowspan) in HTML order. Returns pandoc-style grid table text."""
    nrow, ncol = len(rows), len(widths)
    occ = [[None] * ncol for _ in range(nrow)]
    cells = []
    for r, row in enumerate(rows):
        c = 0
        for text, cs, rs in row:
            while occ[r][c] is not None:
                c += 1
            cid = len(cells)
            cells.append(dict(r=r, c=c, cs=cs, rs=rs, text=text))
            for i in range(rs):
                for j in range(cs):
                    occ[r + i][c + j] = cid
            c += cs
        assert all(x is not None for x in occ[r]), (r, row)
    spanw = lambda cl: sum(widths[cl['c']:cl['c'] + cl['cs']]) + 3 * (cl['cs'] - 1)
    for cl in cells:
        cl['lines'] = wrap_cell(cl['text'], spanw(cl))
    h = [1] * nrow
    for cl in cells:
        if cl['rs'] == 1:
            h[cl['r']] = max(h[cl['r']], len(cl['lines']))
    for cl in cells:
        if cl['rs'] > 1:
            avail = sum(h[cl['r']:cl['r'] + cl['rs']]) + cl['rs'] - 1
            if avail < len(cl['lines']):
                h[cl['r'] + cl['rs'] - 1] += len(cl['lines']) - avail
    start = [0] * nrow   # line offset of each row inside a rowspan cell
    def off(cl, r):
        return sum(h[cl['r']:r]) + (r - cl['r'])
    def seg_text(cl, idx):
        t = cl['lines'][idx] if idx < len(cl['lines']) else ''
        return ' ' + ljust(t, spanw(cl)) + ' '
    out = []
    def border(ch):
        return '+' + '+'.join(ch * (w + 2) for w in widths) + '+'
    out.append(border('-'))
    for r in range(nrow):
        for l in range(h[r]):
            line, c = '', 0
            while c < ncol:
                cl = cells[occ[r][c]]
                line += '|' + seg_text(cl, off(cl, r) + l)
                c = cl['c'] + cl['cs']
            out.append(line + '|')
        if r == nrow - 1:
            out.append(border('-'))
            break
        if header_rows and r == header_rows - 1:
            out.append(border('='))
            continue
        # separator: continuing rowspan cells keep printing text, others get dashes
        line, c, prev_dash = '', 0, None
        while c < ncol:
            cl = cells[occ[r][c]]
            cont = occ[r + 1][c] == occ[r][c]
            if cont:
                seg = seg_text(cl, off(cl, r) + h[r])
                line += ('+' if prev_dash else '|') + seg
                c = cl['c'] + cl['cs']
            else:
                line += ('+' if c > 0 or True else '|') + '-' * (widths[c] + 2)
                c += 1
            prev_dash = not cont
        out.append(line + ('+' if prev_dash else '|'))
    return '\n'.join(out)


@renderer('r6')
def render_r6(rep):
    C = rep.c
    cell = lambda t, cs=1, rs=1: (t, cs, rs)
    o = []
    o.append('杭州市西湖区北山街道办事处2022年政府信息公开工作年度报告')
    o.append('')
    o.append('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由北山街道办事处编制。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与北山街道党政综合办公室联系（地址：杭州市西湖区曙光路6号，邮编：310007，电话：0571-87963215）。')
    o.append('')
    o.append('一、总体情况')
    o.append('')
    o.append('2022年，北山街道在区委、区政府的领导下，认真贯彻落实《条例》和区政务公开工作要点，以基层政务公开标准化规范化建设为抓手，推进街道政务公开工作。')
    o.append('')
    o.append(f'（一）主动公开。全年通过西湖区人民政府门户网站“乡镇（街道）信息公开”专栏主动公开政府信息{N(rep,"active_total")}条，其中工作动态62条、民生实事和财政资金信息31条、综合行政执法信息27条。街道作为基层单位不具有规章和行政规范性文件制定权，本年度未制发行政规范性文件。')
    o.append('')
    o.append(f'（二）依申请公开。全年共收到政府信息公开申请{N(rep,"applications_received")}件，其中自然人申请4件、企业申请1件，均已在法定期限内答复，无结转下年度办理的申请。本年度街道未收到因政府信息公开工作引起的行政复议申请，未发生行政诉讼。')
    o.append('')
    o.append('（三）政府信息管理。落实信息发布“三审”制度，对拟公开信息进行保密审查和个人信息保护审查，全年未发生信息公开不当事件。')
    o.append('')
    o.append('（四）平台建设。在街道便民服务中心设立政务公开专区，配备信息查阅终端，方便辖区群众查阅政府信息。')
    o.append('')
    o.append('（五）监督保障。明确街道党政综合办公室为政务公开工作机构，配备兼职工作人员2名，参加区级业务培训2次。')
    o.append('')
    o.append('二、主动公开政府信息情况')
    o.append('')
    W2 = [16, 12, 12, 12]
    rows = [[cell('第二十条第（一）项', 4)],
            [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')],
            [cell('规章')] + [cell(C(f'active.regulations.{c}')) for c in ('issued', 'repealed', 'in_force')],
            [cell('行政规范性文件')] + [cell(C(f'active.normative_documents.{c}')) for c in ('issued', 'repealed', 'in_force')],
            [cell('第二十条第（五）项', 4)],
            [cell('信息内容'), cell('本年处理决定数量', 3)],
            [cell('行政许可'), cell(C('active.licensing.decisions'), 3)],
            [cell('第二十条第（六）项', 4)],
            [cell('信息内容'), cell('本年处理决定数量', 3)],
            [cell('行政处罚'), cell(C('active.penalty.decisions'), 3)],
            [cell('行政强制'), cell(C('active.coercion.decisions'), 3)],
            [cell('第二十条第（八）项', 4)],
            [cell('信息内容'), cell('本年收费金额（单位：万元）', 3)],
            [cell('行政事业性收费'), cell(C('active.fees.amount'), 3)]]
    o.append(grid_table(rows, W2))
    o.append('')
    o.append('三、收到和处理政府信息公开申请情况')
    o.append('')
    W3 = [6, 8, 16, 6, 4, 4, 4, 4, 4, 4]
    rows = [[cell(T3NOTE, 3, 3), cell('申请人情况', 7)],
            [cell('自然人', 1, 2), cell('法人或其他组织', 5), cell('总计', 1, 2)],
            [cell(x) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']]]
    gspan = {'denied': 8, 'unable': 3, 'not_processed': 5, 'other_handling': 3}
    for r, grp_, label, first in t3_layout(2021):
        vals = [cell(C(f'applications.{r}.{c}')) for c in COLS7]
        if r in ('new', 'carried_over', 'carried_forward'):
            rows.append([cell(label, 3)] + vals)
            continue
        head = [cell(RESULT, 1, 22)] if r == 'granted' else []
        if grp_ is None:
            rows.append(head + [cell(label, 2)] + vals)
        else:
            rows.append(head + ([cell(GRP[grp_], 1, gspan[grp_])] if first else []) + [cell(label)] + vals)
    o.append(grid_table(rows, W3, header_rows=3))
    o.append('')
    o.append('四、政府信息公开行政复议、行政诉讼情况')
    o.append('')
    W4 = [4] * 15
    rows = [[cell('行政复议', 5), cell('行政诉讼', 10)],
            [cell(x, 1, 2) for x in T4LBL] + [cell('未经复议直接起诉', 5), cell('复议后起诉', 5)],
            [cell(x) for x in T4LBL * 2],
            [cell(C(f'appeals.{b}.{c}')) for b in T4B for c in T4C]]
    o.append(grid_table(rows, W4, header_rows=3))
    o.append('')
    o.append('五、存在的主要问题及改进情况')
    o.append('')
    o.append('一是政务公开工作力量较为薄弱，工作人员均为兼职，业务能力有待提高；二是主动公开内容以工作动态为主，涉及群众切身利益的民生信息公开还不够全面。2023年，街道将加强工作人员业务培训，围绕老旧小区改造、社区养老服务等群众关心的事项，进一步丰富公开内容，提高公开实效。')
    o.append('')
    o.append('六、其他需要报告的事项')
    o.append('')
    o.append('（一）信息处理费收取情况。本年度街道未收取信息处理费。')
    o.append('')
    o.append('（二）人大代表建议和政协提案办理结果公开情况。本年度街道未收到人大代表建议和政协提案。')
    o.append('')
    o.append('                                        杭州市西湖区北山街道办事处')
    o.append('                                              2023年1月12日')
    text = '\n'.join(o) + '\n'
    notes = ('docx converted with pandoc -t plain: grid tables (+---+ borders, = under the header rows), rowspan '
             'cells continue through the row separators (三、本年度办理结果 printed 3 chars per line down the '
             'left column; （三）不予公开 etc. wrap inside their column), long labels wrap inside cells, header '
             'labels wrap (商业/企业, 社会/公益/组织). Many blank cells: the 科研机构/社会公益组织/法律服务机构/其他 '
             'columns are blank on every row, 商业企业 is blank except where 1, 二、上年结转 is "—" in all 7 cells, '
             'the whole 复议后起诉 block of table 四 is blank, several zero 自然人 cells are blank or "/"; table 二 '
             '规章 "/ / /", 行政许可 "/", 行政强制 "—", 行政事业性收费 "/". All those are null in gold (blank or NA '
             'marker, never 0); zero cells actually printed as 0 are 0. The arithmetic holds with null = 0. Prose: '
             '主动公开186条, 收到申请5件, 未收到行政复议申请/未发生行政诉讼 -> reviews 0, lawsuits 0, 未收取信息处理费 '
             '-> 0, 未收到人大代表建议和政协提案 -> npc_suggestions 0, cppcc_proposals 0.')
    return 'beishan-2022.txt', 'text (pandoc plain, grid tables)', notes, text

# ---------------------------------------------------------------- 7. city department, 2019, crawler text
@renderer('r7')
def render_r7(rep):
    g = rep.g
    C = rep.c
    den = rep.grp('denied'); una = rep.grp('unable'); nop = rep.grp('not_processed')
    t2 = ['第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量',
          '规章'] + [C(f'active.regulations.{c}') for c in ('made', 'published', 'public_total')] + \
         ['规范性文件'] + [C(f'active.normative_documents.{c}') for c in ('made', 'published', 'public_total')]
    for cp, items in (('第二十条第（五）项', [('行政许可', 'licensing'), ('其他对外管理服务事项', 'other_services')]),
                      ('第二十条第（六）项', [('行政处罚', 'penalty'), ('行政强制', 'coercion')])):
        t2 += [cp, '信息内容', '上一年项目数量', '本年增/减', '处理决定数量']
        for lb, k in items:
            t2 += [lb] + [C(f'active.{k}.{c}') for c in ('items_last_year', 'items_change', 'decisions')]
    t2 += ['第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费',
           C('active.fees.items_last_year'), C('active.fees.items_change'),
           '第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购',
           C('active.procurement.items'), C('active.procurement.amount')]
    t3 = [T3NOTE, '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']
    for r, grp_, label, first in t3_layout(2019):
        if r == 'granted':
            t3.append(RESULT)
        if first:
            t3.append(GRP[grp_])
        t3.append(label)
        t3 += [C(f'applications.{r}.{c}') for c in COLS7]
    t4 = ['行政复议', '行政诉讼'] + T4LBL + ['未经复议直接起诉', '复议后起诉'] + T4LBL * 2 + \
         [C(f'appeals.{b}.{c}') for b in T4B for c in T4C]
    o = []
    o.append('标题: 天水市生态环境局2019年政府信息公开工作年度报告')
    o.append('发布时间: 2020-01-20 09:41')
    o.append('文号: ')
    o.append('发布机构: 天水市生态环境局')
    o.append('来源: 天水市生态环境局')
    o.append('栏目: 政府信息公开年报')
    o.append('原文链接: http://sthjj.tianshui.gov.cn/info/1052/12833.htm')
    o.append('本地目录: info/1052/12833_天水市生态环境局2019年政府信息公开工作年度报告')
    o.append('==================== 正文 ====================')
    o.append('当前位置： 首页 >> 信息公开 >> 政府信息公开年报 >> 正文 天水市生态环境局2019年政府信息公开工作年度报告 发布时间：2020-01-20 来源：天水市生态环境局 浏览次数：386 【字体：大 中 小】 【打印】 【关闭】')
    o.append('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《天水市人民政府办公室关于做好2019年度政府信息公开工作年度报告编制和发布工作的通知》要求，天水市生态环境局编制了本报告。本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。如对本报告有疑问，请与天水市生态环境局办公室联系（地址：天水市秦州区岷山路8号，电话：0938-8213962）。')
    o.append('一、总体情况')
    o.append(f'2019年，我局认真贯彻落实新修订的《条例》，围绕打好污染防治攻坚战，扎实推进生态环境领域信息公开。全年通过天水市人民政府门户网站、局门户网站和“天水生态环境”微信公众号主动公开政府信息{N(rep,"active_total")}条，其中环境质量信息412条、建设项目环境影响评价信息286条、行政处罚信息{g("active.penalty.decisions")}条。围绕《天水市打赢蓝天保卫战三年行动作战方案》等文件发布政策解读{N(rep,"interpretations")}篇。')
    o.append(f'全年共收到政府信息公开申请{N(rep,"applications_received")}件，上年结转{g("applications.carried_over.total")}件，办结{N(rep,"applications_completed")}件，其中予以公开{g("applications.granted.total")}件，部分公开{g("applications.partial.total")}件，不予公开{den}件，无法提供{una}件，不予处理{nop}件，其他处理{g("applications.other_handling.other.total")}件；结转下年度继续办理{N(rep,"applications_carried_forward")}件。因政府信息公开被申请行政复议{N(rep,"reviews")}件，行政诉讼{N(rep,"lawsuits")}件。')
    o.append('二、主动公开政府信息情况')
    o.append(' '.join(t2))
    o.append('三、收到和处理政府信息公开申请情况')
    o.append(' '.join(t3))
    o.append('四、政府信息公开行政复议、行政诉讼情况')
    o.append(' '.join(t4))
    o.append('五、存在的主要问题及改进情况')
    o.append('（一）存在的主要问题。一是信息公开工作人员多为兼职，业务水平有待提高；二是政策解读形式比较单一，以文字解读为主；三是部分县区分局信息更新不够及时。（二）改进措施。一是加强业务培训，提升工作人员依法公开意识和能力；二是丰富政策解读形式，增加图解、视频解读；三是加强对县区分局政务公开工作的督促检查。')
    o.append('六、其他需要报告的事项')
    o.append('2019年，我局未收取政府信息公开相关费用。')
    o.append('天水市生态环境局 2020年1月20日')
    o.append('【打印本页】 【关闭窗口】 上一条：天水市生态环境局2018年政府信息公开工作年度报告 下一条：天水市生态环境局2019年度法治政府建设情况报告 主办：天水市生态环境局 地址：天水市秦州区岷山路8号 陇ICP备05000537号-1 甘公网安备62050202000117号')
    text = '\n'.join(o) + '\n'
    notes = ('Crawler output: a header block (标题/发布时间 2020-01-20 09:41/发布机构/来源/原文链接) and a 正文 line, page '
             'chrome (breadcrumb, 浏览次数, 打印/关闭, 上一条 naming the 2018 report, ICP footer). Each table is '
             'flattened to one line with single spaces between cells (HTML order: 三、本年度办理结果 and group labels '
             'appear once, before their first row). 本年增/减 printed -2, 1, 0, 0, -1; 采购总金额 386.5万元 '
             '(amount_unit 万元, not in gold). Prose: 主动公开1382条, 行政处罚信息146条 (equals the table-二 '
             'decisions), 政策解读6篇, 收到18件/上年结转2件/办结19件/结转1件, 复议1件, 行政诉讼0件, '
             '未收取政府信息公开相关费用 -> 0. Signed 天水市生态环境局 2020年1月20日.')
    return 'tianshui-sthj-2019.txt', 'crawler text (single-space cells)', notes, text

# ---------------------------------------------------------------- 8. city department, 2023, HTML fragment, label variants
@renderer('r8')
def render_r8(rep):
    g = rep.g
    den = rep.grp('denied'); una = rep.grp('unable'); nop = rep.grp('not_processed'); oh = rep.grp('other_handling')
    def spans(t):
        if '<br>' in t or len(t) < 6 or t[0].isdigit() and t.isdigit():
            return f'<span style="font-family:仿宋_GB2312;font-size:10.5pt">{t}</span>'
        k = len(t) // 2
        return (f'<span style="font-family:仿宋_GB2312;font-size:10.5pt">{t[:k]}</span>'
                f'<span style="font-family:仿宋_GB2312;font-size:10.5pt">{t[k:]}</span>')
    def td(t, a=''):
        if t.strip().lstrip('-').isdigit():
            inner = f'<span lang="EN-US" style="font-family:仿宋_GB2312;font-size:10.5pt">{t}</span>'
        else:
            inner = spans(t)
        return (f'<td{a} valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                f'<p class="MsoNormal" align="center" style="text-align:center">{inner}</p></td>')
    def table(rows):
        return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="620" '
                'style="width:465.0pt;border-collapse:collapse;border:none">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')
    P = lambda t: f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:仿宋_GB2312;font-size:16.0pt">{t}</span></p>'
    H = lambda t: f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:黑体;font-size:16.0pt">{t}</span></p>'
    variant = {
        LBL['partial']: '（二）部分公开（区分处理的，只记这一情形，不计其他情形）',
        LBL['not_processed.petition']: '1.信访投诉举报类申请',
        LBL['processed']: '（七）合计',
    }
    lbl = lambda s: variant.get(s, s)
    t2 = html_t2_2021(rep, td, extra=('其他主动公开文件', [186, 0, 1342]), half=True)
    o = []
    o.append('<div class="view TRS_UEDITOR trs_paper_default trs_word">')
    o.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><b><span style="font-family:方正小标宋简体;font-size:22.0pt">宜昌市市场监督管理局2023年政府信息公开工作年度报告</span></b></p>')
    o.append('<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>')
    o.append(P('本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。本报告电子版可在宜昌市人民政府门户网站“政府信息公开”专栏查阅。如对本报告有疑问，请与宜昌市市场监督管理局办公室联系（地址：宜昌市西陵区东山大道106号，邮编：443000，电话：0717-6448316）。'))
    o.append(H('一、总体情况'))
    o.append(P('2023年，宜昌市市场监督管理局以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和湖北省、宜昌市政务公开工作要点，围绕优化营商环境、保障“四大安全”等重点工作，持续深化市场监管领域政务公开。'))
    o.append(P(f'（一）主动公开。全年主动公开政府信息{N(rep,"active_total")}条，其中行政许可信息{g("active.licensing.decisions")}条、行政处罚信息{g("active.penalty.decisions")}条（不含简易程序）。制发行政规范性文件{g("active.normative_documents.issued")}件，废止{g("active.normative_documents.repealed")}件。召开新闻发布会{N(rep,"press_conferences")}场，发布政策解读{N(rep,"interpretations")}篇；“宜昌市场监管”微信公众号全年发布信息{N(rep,"new_media_posts")}条。'))
    o.append(P(f'（二）依申请公开。本年度共收到政府信息公开申请{N(rep,"applications_received")}件，加上年结转的{g("applications.carried_over.total")}件，共办结{N(rep,"applications_completed")}件，其中予以公开{g("applications.granted.total")}件，部分公开{g("applications.partial.total")}件，不予公开{den}件，无法提供{una}件，不予处理{nop}件，其他处理{oh}件；结转下年度继续办理{N(rep,"applications_carried_forward")}件。'))
    o.append(P('（三）政府信息管理。严格执行信息发布审核制度，落实公文公开属性源头认定；对本局行政规范性文件进行全面清理，及时公布清理结果。'))
    o.append(P('（四）平台建设。依托市政府门户网站集约化平台规范建设本局政府信息公开专栏，完善“双随机、一公开”“企业信用信息”等特色栏目。'))
    o.append(P(f'（五）监督保障。将政务公开纳入局机关科室和直属单位年度目标考核。全年办理人大代表建议{N(rep,"npc_suggestions")}件、政协提案{N(rep,"cppcc_proposals")}件，办理复文全部公开。'))
    o.append(H('二、主动公开政府信息情况'))
    o.append(table(t2))
    o.append(H('三、收到和处理政府信息公开申请情况'))
    o.append(table(html_t3(rep, td, lbl=lbl, total_word='合计')))
    o.append(H('四、政府信息公开行政复议、行政诉讼情况'))
    o.append(table(html_t4(rep, td)))
    o.append(P(f'2023年，我局因政府信息公开工作被申请行政复议{N(rep,"reviews")}件，被提起行政诉讼{N(rep,"lawsuits")}件。'))
    o.append(H('五、存在的主要问题及改进情况'))
    o.append(P('一是政策解读形式还不够丰富，解读材料的通俗性有待增强；二是依申请公开答复中对复杂申请的法律适用把握还需加强；三是基层市场监管所政务公开工作力量不足。2024年，我局将创新政策解读方式，加强依申请公开法律审核和案例学习，加大对基层所的业务指导力度。'))
    o.append(H('六、其他需要报告的事项'))
    o.append(P('（一）信息处理费收取情况。2023年，我局未收取信息处理费。'))
    o.append(P('（二）政务公开工作要点落实情况。对照《2023年宜昌市政务公开工作要点》，各项任务均已落实。'))
    o.append('<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt"><span style="font-family:仿宋_GB2312;font-size:16.0pt">宜昌市市场监督管理局</span></p>')
    o.append('<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt"><span lang="EN-US" style="font-family:仿宋_GB2312;font-size:16.0pt">2024</span><span style="font-family:仿宋_GB2312;font-size:16.0pt">年</span><span lang="EN-US" style="font-family:仿宋_GB2312;font-size:16.0pt">1</span><span style="font-family:仿宋_GB2312;font-size:16.0pt">月</span><span lang="EN-US" style="font-family:仿宋_GB2312;font-size:16.0pt">25</span><span style="font-family:仿宋_GB2312;font-size:16.0pt">日</span></p>')
    o.append('</div>')
    text = '\n'.join(o) + '\n'
    notes = ('HTML fragment (the article body only, Word-generated MsoNormal markup inside div.TRS_UEDITOR), labels '
             'often split across two <span>s, numbers in <span lang="EN-US">, the signature date split into spans. '
             'Table 三 uses label variants: column header 合计 (for 总计), （七）合计, （二）部分公开（区分处理的，只记这一情形，'
             '不计其他情形）, 1.信访投诉举报类申请; rowspan 22/8/3/5/3. Table 二 captions half-width 第二十条第(一)项 and a '
             'Hubei-style extra row 其他主动公开文件 186/0/1342 in block (一) (belongs in active.extra, not in gold). '
             'Prose: 主动公开4257条, 新闻发布会8场, 政策解读21篇, 微信公众号963条, 人大代表建议11件, 政协提案17件, '
             '收到59件 + 上年结转3件, 办结60件, 结转2件, 复议5件, 诉讼2件 (1+1), 未收取信息处理费 -> 0. Also '
             '行政许可信息8426条/行政处罚信息1207条 in prose equal the table-二 decisions.')
    return 'yichang-scjg-2023.html', 'html (fragment, label variants)', notes, text



def main():
    manifest = []
    for rep in REPS:
        fname, form, notes, text = RENDER[rep.key](rep)
        with open(os.path.join(HERE, fname), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        gold = {'year': rep.year, 'agency': rep.meta['agency'], 'kind': 'annual_report',
                'template': str(rep.era), 'published': rep.meta['published']}
        gold.update(rep.gold_cells())
        for k, x in rep.narr.items():
            gold['narrative.' + k] = x
        manifest.append({'file': fname, 'form': form, 'notes': notes, 'gold': gold})
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote', len(manifest), 'reports')


if __name__ == '__main__':
    main()
