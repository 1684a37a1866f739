#!/usr/bin/env python3
"""Held-out test set 4 (tables): nine invented 政府信息公开工作年度报告 with the
national tables 二/三/四, each rendered as one kind of real-world extraction.

Deterministic: no clock, no hash-order dependence, own PRNG (splitmix64).
Stdlib only.  Running it twice gives byte-identical output.

    python3 make.py            # writes the nine files, manifest.json

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
    # non-trivial: no applicant column is all zero
    for ci in range(7):
        assert A['new'][ci] > 0, (rep['id'], 'zero column', COLS[ci])


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
def tot(rep, key):
    return rep['A'][key][6]


def std_intro(rep, rule, unit_contact, site):
    y = rep['year']
    return ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和%s要求编制。'
            '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、'
            '政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。'
            '本报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。本报告电子版可在%s查阅或下载。'
            '如对本报告有疑问，请与%s联系。' % (rule, y, y, site, unit_contact))


RULE19 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）'
RULE21 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）'


def prose_minxi(rep):
    n = rep['narrative']
    n.update(active_total=1462, applications_received=tot(rep, 'new'),
             applications_completed=tot(rep, 'processed'),
             applications_carried_forward=tot(rep, 'carried_forward'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4],
             new_media_posts=318, npc_suggestions=3, cppcc_proposals=5, fees_collected=0)
    a = rep['active']
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', std_intro(rep, RULE21, '岷溪县市场监督管理局办公室（地址：岷溪县江源镇滨河东路86号；邮编：624300；电话：0837-4821365）',
                        '岷溪县人民政府门户网站“政府信息公开”专栏')),
        ('h', '一、总体情况'),
        ('p', '2022年，岷溪县市场监督管理局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，'
              '认真落实《条例》和省、州、县关于政务公开工作的部署要求，围绕市场监管中心工作，持续推进决策、执行、管理、'
              '服务、结果公开，以公开促落实、以公开促规范、以公开促服务。'),
        ('p', '（一）主动公开。全年通过县政府门户网站“部门信息公开”栏目和“岷溪市场监管”微信公众号主动公开政府信息%d条，'
              '其中“双随机、一公开”抽查计划及结果42批次，食品安全监督抽检信息公告16期，行政许可和行政处罚信息均在作出决定之日起'
              '7个工作日内通过信用平台双公示。全年制发行政规范性文件%d件，废止%d件。' % (n['active_total'],
              a['normative_documents']['issued'], a['normative_documents']['repealed'])),
        ('p', '（二）依申请公开。严格执行登记、审核、办理、答复、归档工作流程，全年新收政府信息公开申请%d件，上年结转%d件，'
              '已办结%d件，结转下年度继续办理%d件。申请内容主要集中在企业登记档案、投诉举报处理结果、食品生产经营许可等方面。'
              '全年因政府信息公开工作被申请行政复议%d件、被提起行政诉讼%d件。' % (
                  n['applications_received'], tot(rep, 'carried_over'), n['applications_completed'],
                  n['applications_carried_forward'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理。落实信息发布“三审三校”和保密审查制度，对拟公开信息逐条审核公开属性。'
              '动态调整主动公开基本目录，对2018年以来发布的行政规范性文件进行了全面清理。'),
        ('p', '（四）政府信息公开平台建设。巩固政府网站信息公开主阵地作用，优化“市场监管”专题栏目，'
              '“岷溪市场监管”微信公众号全年发布信息%d条，开设“消费提示”“以案说法”等专栏。' % n['new_media_posts']),
        ('p', '（五）监督保障。调整政务公开工作领导小组，明确办公室为政务公开工作机构，配备专兼职工作人员3名；'
              '全年组织政务公开业务培训2次，将政务公开工作纳入股室年度目标考核。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '2022年，我局政府信息公开工作取得一定成效，但仍存在一些不足：一是部分股室和基层所对主动公开工作重视不够，'
              '信息报送不够及时；二是政策解读形式较为单一，图解、视频等解读产品较少。下一步，我局将加强业务培训和督促检查，'
              '压实信息报送责任；丰富政策解读方式，提高解读的针对性和可读性。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '（一）本年度未收取政府信息公开信息处理费。（二）全年承办县人大代表建议%d件、县政协委员提案%d件，'
              '办理结果均已按要求公开。（三）无其他需要报告的事项。' % (n['npc_suggestions'], n['cppcc_proposals'])),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


def prose_qingyu(rep):
    n = rep['narrative']
    a = rep['active']
    n.update(active_total=23874, applications_received=tot(rep, 'new'),
             applications_completed=tot(rep, 'processed'),
             applications_carried_forward=tot(rep, 'carried_forward'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4],
             press_conferences=46, interpretations=152, fees_collected=0)
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', std_intro(rep, RULE19, '青峪市人民政府办公室（地址：青峪市中原路1号；邮编：461500；电话：0374-5216080）',
                        '青峪市人民政府门户网站')),
        ('h', '一、总体情况'),
        ('p', '2020年，市政府坚持以习近平新时代中国特色社会主义思想为指导，统筹疫情防控和经济社会发展，'
              '以《条例》为遵循，全面推进决策、执行、管理、服务、结果公开，政务公开工作取得新成效。'),
        ('p', '（一）主动公开情况。全年通过市政府门户网站、《青峪市人民政府公报》和政务新媒体主动公开政府信息%d条。'
              '新制作市政府规章%d件、规范性文件%d件，均在印发之日起20个工作日内公开。召开新闻发布会%d场，'
              '发布政策解读%d篇，及时发布疫情防控、复工复产、援企稳岗等信息。' % (
                  n['active_total'], a['regulations']['made'], a['normative_documents']['made'],
                  n['press_conferences'], n['interpretations'])),
        ('p', '（二）依申请公开情况。市政府本级全年新收政府信息公开申请%d件，上年结转%d件，已办结%d件，'
              '结转下年度继续办理%d件。申请事项主要涉及房屋征收补偿、土地征收审批和规划许可。'
              '全年因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。' % (
                  n['applications_received'], tot(rep, 'carried_over'), n['applications_completed'],
                  n['applications_carried_forward'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理情况。修订《青峪市政府信息公开保密审查办法》，落实“先审查、后公开”“一事一审”；'
              '对现行有效的市政府规章和规范性文件进行集中清理，统一在门户网站规范性文件库中标注效力状态。'),
        ('p', '（四）政府信息公开平台建设情况。完成市政府门户网站集约化改造，整合市直部门网站32个；'
              '“青峪发布”政务新媒体矩阵覆盖全市各县（市、区）和市直部门。'),
        ('p', '（五）监督保障情况。将政务公开纳入全市目标绩效考核，权重占比2%；开展第三方评估1次、'
              '专题培训3期，印发工作通报4期。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '一是依申请公开答复的规范性有待提高，个别答复告知理由不够充分，被行政复议纠错；二是基层政务公开标准化规范化'
              '工作进展不平衡。2021年，市政府将建立依申请公开疑难案件会商机制，组织答复文书专项评查；'
              '全面推进基层政务公开标准目录落地。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '本年度市政府未收取政府信息公开相关费用。'),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


def prose_hydro(rep):
    n = rep['narrative']
    a = rep['active']
    n.update(applications_received=tot(rep, 'new'), applications_completed=tot(rep, 'processed'),
             applications_carried_forward=tot(rep, 'carried_forward'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4],
             press_conferences=6, interpretations=14, npc_suggestions=37, cppcc_proposals=52,
             fees_collected=0)
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', std_intro(rep, RULE21, '国家水文监测局办公室（地址：北京市西城区白广路二条12号；邮编：100053）',
                        '国家水文监测局政府网站“政府信息公开”专栏')),
        ('h', '一、总体情况'),
        ('p', '2023年，国家水文监测局深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，'
              '围绕水文监测、水情预警和水资源监测信息服务等重点工作，不断提升政务公开质量。'),
        ('p', '（一）主动公开。全年制定发布部门规章%d件、废止%d件，制发行政规范性文件%d件、废止%d件。'
              '举办新闻发布会%d场，发布政策解读%d篇，汛期每日发布全国主要江河水情信息。' % (
                  a['regulations']['issued'], a['regulations']['repealed'],
                  a['normative_documents']['issued'], a['normative_documents']['repealed'],
                  n['press_conferences'], n['interpretations'])),
        ('p', '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。'
              '全年发生政府信息公开行政复议%d件、行政诉讼%d件。' % (
                  n['applications_received'], tot(rep, 'carried_over'), n['applications_completed'],
                  n['applications_carried_forward'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理。组织开展规章和行政规范性文件清理，及时更新现行有效文件目录；'
              '严格执行公开前保密审查和合法性审核。'),
        ('p', '（四）平台建设。完成政府网站适老化和无障碍改造，上线水文数据开放服务栏目。'),
        ('p', '（五）监督保障。修订政务公开工作考核办法，开展全系统政务公开培训2期。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '政策解读的通俗性和互动性仍有不足，流域机构和省级水文部门公开工作水平不平衡。下一步将推行解读材料与政策文件'
              '同步起草、同步审签、同步发布，加强对流域机构的业务指导。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '（一）本年度未收取信息处理费。（二）全年办理全国人大代表建议%d件、全国政协委员提案%d件，'
              '按规定公开答复摘要。' % (n['npc_suggestions'], n['cppcc_proposals'])),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


def prose_baisha(rep):
    n = rep['narrative']
    n.update(active_total=437, applications_received=tot(rep, 'new'),
             applications_completed=tot(rep, 'processed'),
             applications_carried_forward=tot(rep, 'carried_forward'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4],
             fees_collected=0)
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', std_intro(rep, RULE21, '白沙镇党政综合办公室（电话：0877-6523018）',
                        '云溪县人民政府门户网站“白沙镇”信息公开专栏')),
        ('h', '一、总体情况'),
        ('p', '2024年，白沙镇认真贯彻落实《条例》和县委、县政府关于政务公开工作的部署，围绕乡村振兴、'
              '土地征收和民生保障等群众关心关注的事项，推进基层政务公开标准化规范化建设。'),
        ('p', '（一）主动公开。全年通过县政府门户网站白沙镇专栏、镇政务公开栏和村务公开栏主动公开各类信息%d条，'
              '其中财政预决算、惠农补贴发放、低保五保等民生信息186条。' % n['active_total']),
        ('p', '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件，'
              '申请内容主要涉及征地补偿安置和宅基地审批。全年因政府信息公开被申请行政复议%d件、被提起行政诉讼%d件。' % (
                  n['applications_received'], tot(rep, 'carried_over'), n['applications_completed'],
                  n['applications_carried_forward'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理。落实“一事一审”，公开前由分管领导审签；清理镇政府发布的行政规范性文件，'
              '废止不再适用的文件2件。'),
        ('p', '（四）平台建设。在镇便民服务中心设置政府信息查阅点1个，在13个村（社区）设置公开栏。'),
        ('p', '（五）监督保障。镇党政综合办公室明确1名工作人员负责政务公开工作，全年接受县级业务培训2次。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '一是工作人员多为兼职，业务能力有待提高；二是村级公开栏更新不够及时。下一步将加强培训和督查，'
              '建立村务公开月度检查制度。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '本年度未收取信息处理费。无其他需要报告的事项。'),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


def prose_jiangzhu(rep):
    n = rep['narrative']
    n.update(active_total=2715, applications_received=tot(rep, 'new'),
             applications_completed=tot(rep, 'processed'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4])
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', std_intro(rep, RULE19, '江渚市交通运输局办公室（电话：0716-8320415）', '江渚市交通运输局网站')),
        ('h', '一、总体情况'),
        ('p', '2019年，市交通运输局以贯彻实施新修订的《条例》为契机，围绕“四好农村路”建设、交通运输执法和行政审批服务，'
              '扎实推进政府信息公开工作。'),
        ('p', '（一）主动公开。全年通过局门户网站、“江渚交通”微信公众号主动公开政府信息%d条，'
              '及时公开交通建设项目招投标、道路运输行政许可和行政处罚结果信息。' % n['active_total']),
        ('p', '（二）依申请公开。全年共收到政府信息公开申请%d件，办结%d件，均在法定期限内答复。'
              '全年因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。' % (
                  n['applications_received'], n['applications_completed'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理。建立公开属性源头认定机制，公文起草时同步确定公开属性。'),
        ('p', '（四）平台建设。按照新修订《条例》调整网站政府信息公开专栏，增设“政府信息公开指南”“法定主动公开内容”栏目。'),
        ('p', '（五）监督保障。将政务公开纳入科室年度考核，全年组织培训1次。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '对新修订《条例》的学习理解还不够深入，依申请公开答复文书有待规范。2020年将加强专题学习，规范答复文书格式。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '无。'),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


def prose_jianglan(rep):
    n = rep['narrative']
    a = rep['active']
    n.update(active_total=1137, applications_received=tot(rep, 'new'),
             applications_completed=tot(rep, 'processed'),
             applications_carried_forward=tot(rep, 'carried_forward'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4],
             npc_suggestions=12, cppcc_proposals=27, fees_collected=0)
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', '江岚省民族宗教事务委员会与江岚省宗教事务局实行“一个机构、两块牌子”，本报告合并反映两块牌子的政府信息公开工作情况。'
              + std_intro(rep, RULE21, '省民族宗教委（省宗教局）办公室（地址：江岚省云城市和平北路27号；电话：0871-6362914）',
                          '江岚省民族宗教事务委员会门户网站')),
        ('h', '一、总体情况'),
        ('p', '2021年，省民族宗教委（省宗教局）以铸牢中华民族共同体意识为主线，认真贯彻落实《条例》和省政府办公厅关于政务公开的'
              '工作要点，依法依规做好民族宗教领域政府信息公开工作。'),
        ('p', '（一）主动公开情况。全年主动公开政府信息%d条，制发行政规范性文件%d件，废止%d件。'
              '集中公开宗教活动场所基本信息、宗教教职人员备案信息，公开少数民族发展资金分配结果。' % (
                  n['active_total'], a['normative_documents']['issued'], a['normative_documents']['repealed'])),
        ('p', '（二）依申请公开情况。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。'
              '全年因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。' % (
                  n['applications_received'], tot(rep, 'carried_over'), n['applications_completed'],
                  n['applications_carried_forward'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理情况。严格落实公开前保密审查，涉及民族宗教敏感信息的实行会商审核。'),
        ('p', '（四）政府信息公开平台建设情况。完成门户网站政府信息公开专栏改版，统一“两块牌子”信息发布入口。'),
        ('p', '（五）监督保障情况。调整政务公开工作领导小组，全年开展业务培训2次。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '对州（市）、县（市、区）民族宗教部门政务公开的业务指导还不够；政策解读形式不够丰富。'
              '2022年将加强对下指导，推出图解、短视频等解读产品。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '（一）本年度未收取信息处理费。（二）全年承办省人大代表建议%d件、省政协提案%d件，已全部办复并公开办理结果。' % (
            n['npc_suggestions'], n['cppcc_proposals'])),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


def prose_tongxi(rep):
    n = rep['narrative']
    n.update(active_total=6128, applications_received=tot(rep, 'new'),
             applications_completed=tot(rep, 'processed'),
             applications_carried_forward=tot(rep, 'carried_forward'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4],
             press_conferences=9, fees_collected=0)
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', std_intro(rep, RULE19, '桐溪县人民政府办公室（地址：桐溪县城关镇府前路2号；电话：0578-3112260）',
                        '桐溪县人民政府门户网站')),
        ('h', '一、总体情况'),
        ('p', '2020年，县政府坚持以公开为常态、不公开为例外，紧扣疫情防控、“六稳”“六保”等中心工作，全面推进政务公开。'),
        ('p', '（一）主动公开。全年主动公开政府信息%d条，召开新闻发布会%d场，及时发布疫情防控和复工复产政策措施。' % (
            n['active_total'], n['press_conferences'])),
        ('p', '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。'
              '全年因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。' % (
                  n['applications_received'], tot(rep, 'carried_over'), n['applications_completed'],
                  n['applications_carried_forward'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理。全面梳理县政府及部门规范性文件，公布现行有效规范性文件目录。'),
        ('p', '（四）平台建设。县政府门户网站开设“基层政务公开标准化规范化”专栏，覆盖26个试点领域。'),
        ('p', '（五）监督保障。政务公开工作纳入乡镇和部门年度综合考核。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '部分乡镇和部门公开内容更新不及时；依申请答复质量有待提高。2021年将开展常态化检查通报，组织答复文书评查。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '本年度未收取政府信息公开费用。'),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


def prose_lanhai(rep):
    n = rep['narrative']
    a = rep['active']
    n.update(active_total=48613, applications_received=tot(rep, 'new'),
             applications_completed=tot(rep, 'processed'),
             applications_carried_forward=tot(rep, 'carried_forward'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4],
             press_conferences=64, interpretations=187, npc_suggestions=863, cppcc_proposals=712,
             fees_collected=12600)
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', std_intro(rep, RULE21, '岚海省人民政府办公厅政务公开处（地址：岚海省海州市省府路8号；电话：0898-6533127；电子邮箱：zwgk@lanhai.gov.cn）',
                        '岚海省人民政府门户网站')),
        ('h', '一、总体情况'),
        ('p', '2025年，省政府坚持以习近平新时代中国特色社会主义思想为指导，全面落实《条例》和国务院办公厅政务公开工作要点，'
              '聚焦高质量发展和民生关切，持续提升政务公开标准化规范化水平。'),
        ('p', '（一）主动公开。全年省政府门户网站主动公开政府信息%d条。制定省政府规章%d件，废止%d件；'
              '以省政府及省政府办公厅名义制发行政规范性文件%d件，废止%d件。召开新闻发布会%d场，发布政策解读%d篇，'
              '解读覆盖率100%%。' % (n['active_total'], a['regulations']['issued'], a['regulations']['repealed'],
                                 a['normative_documents']['issued'], a['normative_documents']['repealed'],
                                 n['press_conferences'], n['interpretations'])),
        ('p', '（二）依申请公开。省政府全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。'
              '全年因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。' % (
                  n['applications_received'], tot(rep, 'carried_over'), n['applications_completed'],
                  n['applications_carried_forward'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理。开展现行有效省政府规章和行政规范性文件全面清理，实现规章库、规范性文件库动态更新。'),
        ('p', '（四）平台建设。推进省市县三级政府网站政策文件库一体化建设，上线“政策找人”服务。'),
        ('p', '（五）监督保障。开展全省政务公开第三方评估，评估结果纳入各市政府年度绩效考核。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '依申请公开数量持续高位运行，部分答复说理不够充分；基层政策解读的精准性有待提升。'
              '2026年将完善疑难申请会商机制，推动政策解读向基层延伸。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '（一）按照《政府信息公开信息处理费管理办法》，本年度向申请人发出收费通知%d份，其中%d份申请人逾期未缴纳、'
              '已不再处理其申请，实际收取信息处理费%d元。'
              '（二）办理省人大代表建议%d件、省政协提案%d件，办理复文全文公开率100%%。' % (
                  tot(rep, 'other_handling.fee_unpaid') + 14, tot(rep, 'other_handling.fee_unpaid'),
                  n['fees_collected'], n['npc_suggestions'], n['cppcc_proposals'])),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


def prose_gangdong(rep):
    n = rep['narrative']
    n.update(active_total=1586, applications_received=tot(rep, 'new'),
             applications_completed=tot(rep, 'processed'),
             applications_carried_forward=tot(rep, 'carried_forward'),
             reviews=rep['appeals']['review'][4],
             lawsuits=rep['appeals']['suit_direct'][4] + rep['appeals']['suit_after_review'][4],
             npc_suggestions=9, cppcc_proposals=14, fees_collected=0)
    return [
        ('title', rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']),
        ('p', std_intro(rep, RULE19, '港东区住房和城乡建设局办公室（电话：0532-8573316）',
                        '港东区人民政府网站“政府信息公开”栏目')),
        ('h', '一、总体情况'),
        ('p', '2021年，区住房城乡建设局围绕城市更新、老旧小区改造和建筑市场监管，认真落实政府信息公开各项要求。'),
        ('p', '（一）主动公开。全年主动公开政府信息%d条，重点公开老旧小区改造计划、保障性住房分配和建筑施工企业行政处罚信息。' %
         n['active_total']),
        ('p', '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。'
              '全年因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。' % (
                  n['applications_received'], tot(rep, 'carried_over'), n['applications_completed'],
                  n['applications_carried_forward'], n['reviews'], n['lawsuits'])),
        ('p', '（三）政府信息管理。建立政府信息公开台账，公开前实行科室、分管领导两级审核。'),
        ('p', '（四）平台建设。优化区政府网站局信息公开栏目，增设“城市更新”专题。'),
        ('p', '（五）监督保障。政务公开纳入科室年度考核。'),
        ('h', '二、主动公开政府信息情况'), ('T2',),
        ('h', '三、收到和处理政府信息公开申请情况'), ('T3',),
        ('h', '四、政府信息公开行政复议、行政诉讼情况'), ('T4',),
        ('h', '五、存在的主要问题及改进情况'),
        ('p', '征收拆迁领域申请数量多、答复难度大，个别答复被复议纠正。下一步将加强与司法部门的沟通，提高答复质量。'),
        ('h', '六、其他需要报告的事项'),
        ('p', '本年度未收取信息处理费。全年办理区人大代表建议%d件、区政协委员提案%d件，均已办复。' % (
            n['npc_suggestions'], n['cppcc_proposals'])),
        ('sign', rep['agency_printed']), ('date', cn_date(rep['published'])),
    ]


# ---------------------------------------------------------------------------
# innerText-style table rendering (browser copy / crawler .innerText):
# one row per line, cells separated by TAB, a merged cell printed once in the
# first row it covers.
# ---------------------------------------------------------------------------
def it_table2(rep, cellwrap=lambda s: s):
    L = []
    for caption, heads, rws in t2_blocks(rep['template']):
        L.append(cellwrap(caption))
        L.append('\t'.join(cellwrap(x) for x in ['信息内容'] + heads))
        for rk, label, fields in rws:
            L.append('\t'.join([cellwrap(label)] + [cellwrap(cell(rep, 'active.%s.%s' % (rk, f))) for f in fields]))
    return L


def t3_label_cells(r):
    """label cells of a table-三 row as they appear in HTML (merged cells once)."""
    if r['top']:
        return [r['top']]
    out = []
    if r['key'] == 'granted':
        out.append(R3)
    if r['sub'] is None:
        out.append(r['grp'])
    else:
        if r['first']:
            out.append(r['grp'])
        out.append(r['sub'])
    return out


def t3_values(rep, key, order=COLS):
    return [cell(rep, 'applications.%s.%s' % (key, c)) for c in order]


def it_table3_header(cellwrap=lambda s: s):
    return [cellwrap(NOTE) + '\t' + cellwrap('申请人情况'),
            '\t'.join(cellwrap(x) for x in ['自然人', '法人或其他组织', '总计']),
            '\t'.join(cellwrap(COL_LABEL[c]) for c in COLS[1:6])]


def it_table3_rows(rep, rows, cellwrap=lambda s: s):
    L = []
    for r in rows:
        L.append('\t'.join([cellwrap(x) for x in t3_label_cells(r)] +
                           [cellwrap(x) for x in t3_values(rep, r['key'])]))
    return L


def it_table4(rep, cellwrap=lambda s: s):
    L = [cellwrap('行政复议') + '\t' + cellwrap('行政诉讼'),
         '\t'.join(cellwrap(x) for x in T4_LABEL + ['未经复议直接起诉', '复议后起诉']),
         '\t'.join(cellwrap(x) for x in T4_LABEL + T4_LABEL)]
    vals = []
    for b in T4_BLOCKS:
        vals += [cell(rep, 'appeals.%s.%s' % (b, c)) for c in T4_COLS]
    L.append('\t'.join(cellwrap(x) for x in vals))
    return L


# ---------------------------------------------------------------------------
# form 1: crawler JSONL record (Go encoding/json: \n \t escaped, HTML-safe
# escapes \u003c \u003e \u0026, U+2028 escaped), content = article innerText
# ---------------------------------------------------------------------------
def render_jsonl(rep):
    lines = []
    for b in rep['blocks']:
        t = b[0]
        if t == 'title':
            lines.append(b[1])
        elif t == 'h':
            lines.append('\u3000\u3000' + b[1])
        elif t == 'p':
            lines.append('\u3000\u3000' + b[1])
        elif t == 'T2':
            lines += it_table2(rep)
        elif t == 'T3':
            lines += it_table3_header() + it_table3_rows(rep, t3_rows(rep['template']))
        elif t == 'T4':
            lines += it_table4(rep)
        elif t in ('sign', 'date'):
            lines.append(b[1])
    content = '\n'.join(lines) + '\n'
    # the CMS editor put a LINE SEPARATOR (U+2028) instead of a paragraph break once
    content = content.replace('。下一步，我局将', '。\u2028下一步，我局将', 1)
    assert '\u2028' in content
    rec = [('id', 'mx-scjg-20230118-0042'),
           ('url', 'http://www.minxi.gov.cn/zwgk/bmxxgk/scjgj/ndbg/202301/t20230118_1187352.html?from=list&channel=ndbg'),
           ('title', rep['agency_printed'] + '2022年政府信息公开工作年度报告'),
           ('pub_time', rep['published'] + ' 09:32:11'),
           ('source', '岷溪县市场监督管理局'),
           ('site', '岷溪县人民政府'),
           ('channel', '政府信息公开年度报告 > 部门年报'),
           ('content', content),
           ('content_length', len(content)),
           ('crawl_time', '2025-03-14T02:17:45Z'),
           ('attachments', []),
           ('images', None)]
    parts = []
    for k, v in rec:
        s = json.dumps(v, ensure_ascii=False, separators=(',', ':'))
        s = (s.replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')
              .replace('\u2028', '\\u2028').replace('\u2029', '\\u2029'))
        parts.append(json.dumps(k) + ':' + s)
    line = '{' + ','.join(parts) + '}\n'
    # self-check: the record decodes back to the content
    back = json.loads(line)
    assert back['content'] == content
    return line.encode('utf-8')


# ---------------------------------------------------------------------------
# form 6: a report paginated by the CMS into two web pages, both pages' text
# concatenated by the collector (site chrome repeated, table 三 cut in two)
# ---------------------------------------------------------------------------
def render_two_pages(rep):
    rows = t3_rows(rep['template'])
    cut = [r['key'] for r in rows].index('denied.process')  # page 2 starts at 6.属于四类过程性信息
    title = rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']

    def chrome_top(views, pageurl):
        return ['江岚省民族宗教事务委员会  江岚省宗教事务局',
                '首页 | 机构概况 | 政务公开 | 民族工作 | 宗教工作 | 政务服务 | 互动交流 | 专题专栏',
                '请输入关键字 搜索',
                '当前位置：首页 > 政务公开 > 政府信息公开 > 政府信息公开年报',
                title,
                '发布时间：%s 16:40    来源：委（局）办公室    浏览次数：%d    【字号：大 中 小】  【打印】' % (rep['published'], views),
                '']

    def chrome_bottom(page):
        pager = '上一页  1  2  下一页' if page == 1 else '上一页  1  2  下一页'
        return ['',
                pager,
                '【打印本页】 【关闭窗口】',
                '相关链接：国家民族事务委员会 | 国家宗教事务局 | 江岚省人民政府',
                '主办单位：江岚省民族宗教事务委员会    承办：江岚省民族宗教事务委员会信息中心',
                '地址：江岚省云城市和平北路27号    网站标识码：5300000071    江ICP备05012345号-1',
                '']

    p1, p2 = [], []
    cur = p1
    for b in rep['blocks']:
        t = b[0]
        if t == 'title':
            continue  # the page title comes from the chrome
        if t in ('h', 'p', 'sign', 'date'):
            cur.append(b[1])
        elif t == 'T2':
            cur += it_table2(rep)
        elif t == 'T3':
            p1.extend(it_table3_header() + it_table3_rows(rep, rows[:cut]))
            cur = p2
            # the CMS page break closes the table; page 2 opens a new table
            # with the remaining rows and no header
            p2.extend(it_table3_rows(rep, rows[cut:]))
        elif t == 'T4':
            cur += it_table4(rep)
    out = (chrome_top(1286, 1) + p1 + chrome_bottom(1) +
           chrome_top(1287, 2) + p2 + chrome_bottom(2))
    return ('\n'.join(out) + '\n').encode('utf-8')


# ---------------------------------------------------------------------------
# form 7: web text full of invisible characters: BOM, zero-width space /
# non-joiner / joiner, word joiner, soft hyphen, NBSP padding, U+3000
# ---------------------------------------------------------------------------
INVIS_ALL = ['\u200b', '\u200b', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff']
INVIS_DIGIT = ['\u200b', '\u200b', '\u200c', '\u2060']


def sprinkle(text, rng):
    out = []
    n = len(text)
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < n else '\n'
        if ch in '\n\t' or nxt in '\n\t':
            continue
        if ch.isdigit() and nxt.isdigit():
            if rng.below(4) == 0:
                out.append(rng.choice(INVIS_DIGIT))
        elif rng.below(5) == 0:
            out.append(rng.choice(INVIS_ALL))
    return ''.join(out)


def render_invisible(rep):
    rng = Rng(rep['seed'] ^ 0x5A5A)
    nb = '\u00a0'
    padc = lambda s: nb + s + nb if s != '' else nb
    lines = []
    for b in rep['blocks']:
        t = b[0]
        if t == 'title':
            lines.append(b[1])
            lines.append('发布日期：%s' % rep['published'] + nb + nb + '来源：县政府办公室' + nb + nb + '字体：【大 中 小】')
        elif t == 'h':
            lines.append(nb * 4 + b[1])
        elif t == 'p':
            lines.append(nb * 4 + b[1].replace(' ', nb))
        elif t == 'T2':
            lines += it_table2(rep, padc)
        elif t == 'T3':
            lines += it_table3_header(padc) + it_table3_rows(rep, t3_rows(rep['template']), padc)
        elif t == 'T4':
            lines += it_table4(rep, padc)
        elif t == 'sign':
            lines.append(nb * 24 + b[1])
        elif t == 'date':
            lines.append(nb * 26 + b[1])
    text = '\n'.join(lines) + '\n'
    # labels with U+3000 inside, as the CMS justified them
    text = text.replace('信息内容', '信息\u3000内容').replace('自然人', '自\u3000然\u3000人')
    text = '\ufeff' + sprinkle(text, rng)
    return text.encode('utf-8')


# ---------------------------------------------------------------------------
# docx grid model (used by pandoc, python-docx and LaTeX renderers):
# full grid with span info.  Each grid cell: (text, owner) where owner is the
# (row, col) of the top-left cell of its merge area.
# ---------------------------------------------------------------------------
def grid_t2(rep):
    """4 columns.  Returns list of rows; each row list of (text, (r0,c0), (rs,cs))."""
    G = []
    for caption, heads, rws in t2_blocks(rep['template']):
        G.append([(caption, 4)])
        hrow = [('信息内容', 1)]
        if len(heads) == 3:
            hrow += [(h, 1) for h in heads]
        elif len(heads) == 2:
            hrow += [(heads[0], 1), (heads[1], 2)]
        else:
            hrow += [(heads[0], 3)]
        G.append(hrow)
        for rk, label, fields in rws:
            vals = [cell(rep, 'active.%s.%s' % (rk, f)) for f in fields]
            row = [(label, 1)]
            if len(vals) == 3:
                row += [(v, 1) for v in vals]
            elif len(vals) == 2:
                row += [(vals[0], 1), (vals[1], 2)]
            else:
                row += [(vals[0], 3)]
            G.append(row)
    return G  # rows of (text, colspan)


def expand_hspans(G, mode):
    """mode 'first': text in first cell, '' in the others (pandoc);
    mode 'repeat': text repeated (python-docx row.cells)."""
    out = []
    for row in G:
        r = []
        for text, cs in row:
            r.append(text)
            r += [text if mode == 'repeat' else ''] * (cs - 1)
        out.append(r)
    return out


def grid_t3(rep, mode, order=COLS):
    """10-column grid of table 三 (3 label columns + 7 values), spans expanded.
    mode 'first' -> merged area text only in its top-left cell;
    mode 'repeat' -> text in every covered cell (python-docx)."""
    rows = t3_rows(rep['template'])
    rep_ = (mode == 'repeat')
    G = []
    hdr_vals = [COL_LABEL[c] for c in order]
    # header: NOTE spans 3x3; 申请人情况 spans 7; 法人或其他组织 spans 5
    r1 = [NOTE, NOTE if rep_ else '', NOTE if rep_ else ''] + ['申请人情况'] + (['申请人情况'] * 6 if rep_ else [''] * 6)
    r2 = [NOTE if rep_ else ''] * 3
    r3 = [NOTE if rep_ else ''] * 3
    first_legal = True
    for i, c in enumerate(order):
        if c in ('person', 'total'):
            r2.append(COL_LABEL[c])
            r3.append(COL_LABEL[c] if rep_ else '')
        else:
            r2.append('法人或其他组织' if (first_legal or rep_) else '')
            first_legal = False
            r3.append(COL_LABEL[c])
    G += [r1, r2, r3]
    for r in rows:
        vals = t3_values(rep, r['key'], order)
        if r['top']:
            lab = [r['top'], r['top'] if rep_ else '', r['top'] if rep_ else '']
        else:
            c1 = R3 if (r['key'] == 'granted' or rep_) else ''
            if r['sub'] is None:
                lab = [c1, r['grp'], r['grp'] if rep_ else '']
            else:
                lab = [c1, r['grp'] if (r['first'] or rep_) else '', r['sub']]
        G.append(lab + vals)
    return G


def grid_t4(rep, mode):
    rep_ = (mode == 'repeat')
    e = lambda s: s if rep_ else ''
    r1 = ['行政复议'] + [e('行政复议')] * 4 + ['行政诉讼'] + [e('行政诉讼')] * 9
    r2 = list(T4_LABEL) + ['未经复议直接起诉'] + [e('未经复议直接起诉')] * 4 + ['复议后起诉'] + [e('复议后起诉')] * 4
    r3 = [e(x) for x in T4_LABEL] + list(T4_LABEL) + list(T4_LABEL)
    vals = []
    for b in T4_BLOCKS:
        vals += [cell(rep, 'appeals.%s.%s' % (b, c)) for c in T4_COLS]
    return [r1, r2, r3, vals]


# ---------------------------------------------------------------------------
# form 2: pandoc -t plain of a .docx (multiline tables with dash rules,
# 2-space indent, cells wrapped to the column width, spans lost)
# ---------------------------------------------------------------------------
def pandoc_table(rows, widths):
    ind = '  '
    total = sum(widths) + len(widths) - 1
    full = ind + '-' * total
    colrule = ind + ' '.join('-' * w for w in widths)

    def fmt_row(cells):
        wrapped = [wrap_dw(c, w) for c, w in zip(cells, widths)]
        h = max(len(x) for x in wrapped)
        out = []
        for i in range(h):
            parts = [pad(x[i] if i < len(x) else '', w) for x, w in zip(wrapped, widths)]
            out.append((ind + ' '.join(parts)).rstrip())
        return out

    out = [full] + fmt_row(rows[0]) + [colrule]
    body = rows[1:]
    for i, r in enumerate(body):
        out += fmt_row(r)
        if i < len(body) - 1:
            out.append('')
    out.append(full)
    return out


def render_pandoc_plain(rep):
    paras = []
    for b in rep['blocks']:
        t = b[0]
        if t in ('title', 'h', 'p', 'sign', 'date'):
            paras.append([b[1]])
        elif t == 'T2':
            G = expand_hspans(grid_t2(rep), 'first')
            paras.append(pandoc_table(G, [20, 14, 14, 14]))
        elif t == 'T3':
            G = grid_t3(rep, 'first')
            paras.append(pandoc_table(G, [10, 14, 20, 8, 8, 8, 8, 8, 8, 8]))
        elif t == 'T4':
            G = grid_t4(rep, 'first')
            paras.append(pandoc_table(G, [8] * 15))
    text = '\n\n'.join('\n'.join(p) for p in paras) + '\n'
    return text.encode('utf-8')


# ---------------------------------------------------------------------------
# form 3: semantic HTML page: <thead>/<th scope>, <colgroup>, a nested table
# inside the 法人或其他组织 header cell, table 四 nested in a layout table
# ---------------------------------------------------------------------------
def render_semantic_html(rep):
    H = []
    title = rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']
    H.append('<!DOCTYPE html>')
    H.append('<html lang="zh-CN">')
    H.append('<head>')
    H.append('<meta charset="utf-8">')
    H.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    H.append('<title>%s_国家水文监测局</title>' % title)
    H.append('<meta name="ArticleTitle" content="%s">' % title)
    H.append('<meta name="PubDate" content="%s 16:20">' % rep['published'])
    H.append('<meta name="ContentSource" content="办公室">')
    H.append('<meta name="ColumnName" content="政府信息公开年度报告">')
    H.append('<link rel="stylesheet" href="/static/css/detail.css?v=20231108">')
    H.append('<style>.gk-table{border-collapse:collapse;width:100%;font-size:14px}'
             '.gk-table th,.gk-table td{border:1px solid #999;padding:4px;text-align:center}'
             '.gk-table table.inner{width:100%;border-collapse:collapse}'
             '.gk-table table.inner td{border:0;border-left:1px solid #999}</style>')
    H.append('</head>')
    H.append('<body>')
    H.append('<header class="site-header"><a class="logo" href="/">国家水文监测局</a>'
             '<nav><ul><li><a href="/">首页</a></li><li><a href="/jgzn/">机构职能</a></li>'
             '<li class="active"><a href="/zwgk/">政务公开</a></li><li><a href="/sqxx/">水情信息</a></li>'
             '<li><a href="/hdjl/">互动交流</a></li></ul></nav></header>')
    H.append('<div class="breadcrumb">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
             '<a href="/zwgk/ndbg/">政府信息公开年度报告</a></div>')
    H.append('<main><article class="detail">')
    H.append('<h1 class="detail-title">%s</h1>' % title)
    H.append('<div class="detail-info"><span class="time">发布时间：%s</span>'
             '<span class="source">来源：办公室</span>'
             '<span class="print"><a href="javascript:window.print()">打印</a></span></div>' % rep['published'])
    H.append('<div class="detail-content" id="zoom">')
    for b in rep['blocks']:
        t = b[0]
        if t == 'title':
            continue
        if t == 'h':
            H.append('<h3>%s</h3>' % esc_html(b[1]))
        elif t == 'p':
            H.append('<p>%s</p>' % esc_html(b[1]))
        elif t == 'sign':
            H.append('<p class="sign" style="text-align:right">%s</p>' % b[1])
        elif t == 'date':
            H.append('<p class="sign" style="text-align:right">%s</p>' % b[1])
        elif t == 'T2':
            H.append('<table class="gk-table t2">')
            H.append('<caption>主动公开政府信息情况</caption>')
            H.append('<colgroup><col style="width:31%"><col span="3" style="width:23%"></colgroup>')
            for caption, heads, rws in t2_blocks(rep['template']):
                H.append('<tbody>')
                H.append('<tr><th colspan="4" scope="colgroup">%s</th></tr>' % caption)
                if len(heads) == 3:
                    H.append('<tr><th scope="col">信息内容</th>' + ''.join('<th scope="col">%s</th>' % h for h in heads) + '</tr>')
                else:
                    H.append('<tr><th scope="col">信息内容</th><th colspan="3" scope="col">%s</th></tr>' % heads[0])
                for rk, label, fields in rws:
                    vals = [cell(rep, 'active.%s.%s' % (rk, f)) for f in fields]
                    if len(vals) == 3:
                        H.append('<tr><th scope="row">%s</th>' % label + ''.join('<td>%s</td>' % v for v in vals) + '</tr>')
                    else:
                        H.append('<tr><th scope="row">%s</th><td colspan="3">%s</td></tr>' % (label, vals[0]))
                H.append('</tbody>')
            H.append('</table>')
        elif t == 'T3':
            H.append('<table class="gk-table t3">')
            H.append('<colgroup><col style="width:5%"><col style="width:11%"><col style="width:24%">'
                     '<col span="7" style="width:8.5%"></colgroup>')
            H.append('<thead>')
            H.append('<tr><th colspan="3" rowspan="2">%s</th><th colspan="7" scope="colgroup">申请人情况</th></tr>' % NOTE)
            H.append('<tr><th scope="col">自然人</th><th colspan="5" class="nested">'
                     '<table class="inner"><tbody><tr><td colspan="5">法人或其他组织</td></tr>'
                     '<tr>' + ''.join('<td>%s</td>' % COL_LABEL[c] for c in COLS[1:6]) + '</tr></tbody></table>'
                     '</th><th scope="col">总计</th></tr>')
            H.append('</thead>')
            H.append('<tbody>')
            nrows3 = 22 if rep['template'] == '2021' else 20
            for r in t3_rows(rep['template']):
                vals = ''.join('<td>%s</td>' % v for v in t3_values(rep, r['key']))
                if r['top']:
                    H.append('<tr><th colspan="3" scope="row">%s</th>%s</tr>' % (r['top'], vals))
                    continue
                lab = ''
                if r['key'] == 'granted':
                    lab += '<th rowspan="%d" scope="rowgroup">%s</th>' % (nrows3, R3)
                if r['sub'] is None:
                    lab += '<th colspan="2" scope="row">%s</th>' % r['grp']
                else:
                    if r['first']:
                        lab += '<th rowspan="%d" scope="rowgroup">%s</th>' % (r['gsize'], r['grp'])
                    lab += '<th scope="row">%s</th>' % r['sub']
                H.append('<tr>%s%s</tr>' % (lab, vals))
            H.append('</tbody>')
            H.append('</table>')
        elif t == 'T4':
            H.append('<table class="layout" width="100%" border="0"><tbody><tr><td>')
            H.append('<table class="gk-table t4">')
            H.append('<colgroup><col span="5" class="fy"><col span="10" class="ss"></colgroup>')
            H.append('<thead>')
            H.append('<tr><th colspan="5" scope="colgroup">行政复议</th><th colspan="10" scope="colgroup">行政诉讼</th></tr>')
            H.append('<tr>' + ''.join('<th rowspan="2" scope="col">%s</th>' % x for x in T4_LABEL) +
                     '<th colspan="5" scope="colgroup">未经复议直接起诉</th><th colspan="5" scope="colgroup">复议后起诉</th></tr>')
            H.append('<tr>' + ''.join('<th scope="col">%s</th>' % x for x in T4_LABEL + T4_LABEL) + '</tr>')
            H.append('</thead>')
            vals = []
            for bk in T4_BLOCKS:
                vals += [cell(rep, 'appeals.%s.%s' % (bk, c)) for c in T4_COLS]
            H.append('<tbody><tr>' + ''.join('<td>%s</td>' % v for v in vals) + '</tr></tbody>')
            H.append('<tfoot><tr><td colspan="15" style="text-align:left">注：表中空白单元格表示无此类情况。</td></tr></tfoot>')
            H.append('</table>')
            H.append('</td></tr></tbody></table>')
    H.append('</div>')
    H.append('<div class="detail-attach"></div>')
    H.append('</article></main>')
    H.append('<footer class="site-footer"><p>主办：国家水文监测局　承办：国家水文监测局信息中心</p>'
             '<p>京ICP备12045678号　京公网安备11010202008871号</p></footer>')
    H.append('<script src="/static/js/jquery.min.js"></script><script src="/static/js/zoom.js"></script>')
    H.append('</body>')
    H.append('</html>')
    return ('\n'.join(H) + '\n').encode('utf-8')


# ---------------------------------------------------------------------------
# form 4: pdftotext (default mode) of a PDF whose table columns are far
# apart: every table comes out COLUMN BY COLUMN (labels first, then each
# value column), table 三 is split over two pages and each page is read
# column by column on its own.  Prose wrapped at the PDF line ends, page
# footers "- n -" and form feeds kept.
# ---------------------------------------------------------------------------
def render_pdf_columns(rep):
    rows = t3_rows(rep['template'])
    keys = [r['key'] for r in rows]
    cut = keys.index('unable.not_held')  # page break before （四）无法提供
    # items: ('prose', [lines]) | ('tbl', height_in_lines, [blocks]) | ('break',)
    items = []

    for b in rep['blocks']:
        t = b[0]
        if t == 'title':
            agency = rep['agency_printed']
            items.append(('prose', [agency, '%d 年政府信息公开工作年度报告' % rep['year'], '']))
        elif t == 'h':
            items.append(('prose', [b[1]]))
        elif t == 'p':
            items.append(('prose', wrap_dw(b[1], 66)))
        elif t in ('sign', 'date'):
            items.append(('prose', [' ' * 40 + b[1]]))
        elif t == 'T2':
            blocks = []
            for caption, heads, rws in t2_blocks(rep['template']):
                blocks.append([caption])
                blocks.append(['信息内容'] + [lab for rk, lab, f in rws])
                for i, h in enumerate(heads):
                    blocks.append(wrap_dw(h, 12) + [cell(rep, 'active.%s.%s' % (rk, f[i])) for rk, lab, f in rws])
            items.append(('tbl', 16, blocks))
        elif t == 'T3':
            def label_flows(rs, with_r3):
                f1, f2, f3 = [], [], []
                for r in rs:
                    if r['top']:
                        f1 += wrap_dw(r['top'], 32)
                        continue
                    if r['key'] == 'granted' and with_r3:
                        f1 += wrap_dw(R3, 6)
                    if r['sub'] is None:
                        f2 += wrap_dw(r['grp'], 14)
                    else:
                        if r['first']:
                            f2 += wrap_dw(r['grp'], 14)
                        f3 += wrap_dw(r['sub'], 22)
                return [f for f in (f1, f2, f3) if f]
            head_words = {'person': ['自然人'], 'business': ['商业', '企业'], 'research': ['科研', '机构'],
                          'nonprofit': ['社会', '公益', '组织'], 'legal': ['法律', '服务', '机构'],
                          'other': ['其他'], 'total': ['总计']}
            # page-1 part: header, labels, then each column with its header words
            blocks = [wrap_dw(NOTE, 44), ['申请人情况']]
            blocks += label_flows(rows[:cut], True)
            for c in COLS:
                if c == 'business':
                    blocks.append(['法人或其他组织'])
                blocks.append(head_words[c] + [cell(rep, 'applications.%s.%s' % (k, c)) for k in keys[:cut]])
            items.append(('tbl', 18, blocks))
            items.append(('break',))
            # page-2 part: no header; labels of the remaining rows, then 7 bare columns
            blocks = label_flows(rows[cut:], False)
            for c in COLS:
                blocks.append([cell(rep, 'applications.%s.%s' % (k, c)) for k in keys[cut:]])
            items.append(('tbl', 16, blocks))
        elif t == 'T4':
            blocks = [['行政复议']]
            vals = {b_: [cell(rep, 'appeals.%s.%s' % (b_, c)) for c in T4_COLS] for b_ in T4_BLOCKS}
            for i, lab in enumerate(T4_LABEL):
                blocks.append(wrap_dw(lab, 4) + [vals['review'][i]])
            blocks.append(['行政诉讼'])
            for blk, cap in (('suit_direct', '未经复议直接起诉'), ('suit_after_review', '复议后起诉')):
                blocks.append(wrap_dw(cap, 10))
                for i, lab in enumerate(T4_LABEL):
                    blocks.append(wrap_dw(lab, 4) + [vals[blk][i]])
            items.append(('tbl', 6, blocks))
    # paginate by physical height (a table part is never split by the pager)
    PAGE = 34
    pages, cur, h = [], [], 0
    for it in items:
        if it[0] == 'break':
            pages.append(cur)
            cur, h = [], 0
        elif it[0] == 'prose':
            for ln in it[1]:
                if h >= PAGE:
                    pages.append(cur)
                    cur, h = [], 0
                cur.append(ln)
                h += 1
        else:
            if h + it[1] > PAGE and h > 0:
                pages.append(cur)
                cur, h = [], 0
            for blk in it[2]:
                if cur and cur[-1] != '':
                    cur.append('')
                cur.extend(blk)
                cur.append('')
            h += it[1]
    if cur:
        pages.append(cur)
    out = []
    for i, pg in enumerate(pages):
        out.append('\n'.join(pg) + '\n\n- %d -\n\n\f' % (i + 1))
    return ''.join(out).encode('utf-8')


# ---------------------------------------------------------------------------
# form 5: output of a python-docx script: paragraphs first (tables are not in
# doc.paragraphs, so they vanish from the flow), then every table printed row
# by row as a Python list repr of cell.text; merged cells repeated in every
# grid cell they cover; units inside cells; '—' '-' '/' marks for nothing.
# ---------------------------------------------------------------------------
def render_docx_lists(rep):
    out = []
    for b in rep['blocks']:
        t = b[0]
        if t in ('title', 'h', 'p'):
            out.append(b[1])
        elif t == 'sign':
            out.append('')
            out.append('\u3000' * 14 + b[1])
        elif t == 'date':
            out.append('\u3000' * 15 + b[1])
        elif t in ('T2', 'T3', 'T4'):
            out.append('')   # the empty paragraph the author left after the table
    tables = []
    G2 = expand_hspans(grid_t2(rep), 'repeat')
    tables.append(G2)
    tables.append(grid_t3(rep, 'repeat'))
    tables.append(grid_t4(rep, 'repeat'))
    # cell text quirks seen in Word files: manual line breaks, trailing NBSP
    quirks = {'本年新制作数量': '本年新\n制作数量', '本年新公开数量': '本年新\n公开数量',
              '对外公开总数量': '对外公开\n总数量', '处理决定数量': '处理决定\n数量',
              '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）',
              '四、结转下年度继续办理': '四、结转下年度继续办理\xa0',
              '未经复议直接起诉': '未经复议\n直接起诉'}
    out.append('')
    for i, T in enumerate(tables):
        out.append('======== 表格 %d ========' % (i + 1))
        for row in T:
            out.append(repr([quirks.get(c, c) for c in row]))
        out.append('')
    return ('\n'.join(out)).encode('utf-8')


def fmt_jiangzhu(rep, path, v):
    """units in cells: 件 for documents/decisions, 项 for items, 个 for projects,
    万元 for money; table 三 总计 column carries 件; table 四 totals carry 件."""
    p = path.split('.')
    if p[0] == 'active':
        f = p[2]
        if f == 'amount':
            return v + '万元'
        if f == 'items':
            return '%d个' % v
        if f in ('made', 'published', 'public_total', 'decisions'):
            return '%d件' % v
        if f == 'items_last_year':
            return '%d项' % v
        if f == 'items_change':
            if v > 0:
                return '+%d项' % v
            if v < 0:
                return '%d项' % v
            return '0'
    if p[0] == 'applications' and p[-1] == 'total':
        return '%d件' % v
    if p[0] == 'appeals' and p[-1] == 'total':
        return '%d件' % v
    return None


# ---------------------------------------------------------------------------
# form 8: pandoc docx -> LaTeX (standalone): longtable with \multicolumn /
# \multirow / minipage debris, curly quotes turned into `` '', \% escapes,
# \label{ux....} identifiers.  Table 三 of this province's template orders
# the applicant columns 总计, 自然人, 商业企业, 社会公益组织, 科研机构,
# 法律服务机构, 其他.
# ---------------------------------------------------------------------------
LANHAI_ORDER = ['total', 'person', 'business', 'nonprofit', 'research', 'legal', 'other']


def tex_esc(s):
    s = s.replace('\\', '\\textbackslash{}')
    for a, b in (('%', '\\%'), ('&', '\\&'), ('#', '\\#'), ('_', '\\_'), ('$', '\\$'),
                 ('“', '``'), ('”', "''"), ('‘', '`'), ('’', "'")):
        s = s.replace(a, b)
    return s


def tex_label(s):
    ident = ''.join(ch for ch in s if not unicodedata.category(ch).startswith('P'))
    out = ''
    for ch in ident:
        if ch.isascii() and (ch.isalnum() or ch in '_-+=:;.'):
            out += ch
        else:
            out += 'ux%x' % ord(ch)
    return out


def colspec(n, fracs):
    return '@{}\n' + '\n'.join('  >{\\raggedright\\arraybackslash}p{(\\linewidth - %d\\tabcolsep) * \\real{%.4f}}' % (2 * (n - 1), f)
                               for f in fracs) + '@{}'


def mc(n_total, span, frac, text, first=False, last=False, mini=False):
    pre = '@{}' if first else ''
    post = '@{}' if last else ''
    extra = ' + %d\\tabcolsep' % (2 * (span - 1)) if span > 1 else ''
    spec = '%s>{\\raggedright\\arraybackslash}p{(\\linewidth - %d\\tabcolsep) * \\real{%.4f}%s}%s' % (
        pre, 2 * (n_total - 1), frac, extra, post)
    if mini:
        text = '%%\n\\begin{minipage}[b]{\\linewidth}\\raggedright\n%s\n\\end{minipage}' % text
    else:
        text = '%\n' + text
    return '\\multicolumn{%d}{%s}{%s}' % (span, spec, text)


def render_latex(rep):
    L = []
    title = rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']
    L += ['% Options for packages loaded elsewhere',
          '\\PassOptionsToPackage{unicode}{hyperref}',
          '\\PassOptionsToPackage{hyphens}{url}',
          '%',
          '\\documentclass[',
          ']{article}',
          '\\usepackage{xcolor}',
          '\\usepackage{amsmath,amssymb}',
          '\\setcounter{secnumdepth}{-\\maxdimen} % remove section numbering',
          '\\usepackage{iftex}',
          '\\ifPDFTeX',
          '  \\usepackage[T1]{fontenc}',
          '  \\usepackage[utf8]{inputenc}',
          '  \\usepackage{textcomp} % provide euro and other symbols',
          '\\else % if luatex or xetex',
          '  \\usepackage{unicode-math} % this also loads fontspec',
          '  \\defaultfontfeatures{Scale=MatchLowercase}%',
          '  \\defaultfontfeatures[\\rmfamily]{Ligatures=TeX,Scale=1}',
          '\\fi',
          '\\usepackage{lmodern}',
          '\\ifPDFTeX\\else',
          '  % xetex/luatex font selection',
          '\\fi',
          '\\IfFileExists{upquote.sty}{\\usepackage{upquote}}{}',
          '\\IfFileExists{microtype.sty}{% use microtype if available',
          '  \\usepackage[]{microtype}',
          '  \\UseMicrotypeSet[protrusion]{basicmath} % disable protrusion for tt fonts',
          '}{}',
          '\\makeatletter',
          '\\@ifundefined{KOMAClassName}{% if non-KOMA class',
          '  \\IfFileExists{parskip.sty}{%',
          '    \\usepackage{parskip}',
          '  }{% else',
          '    \\setlength{\\parindent}{0pt}',
          '    \\setlength{\\parskip}{6pt plus 2pt minus 1pt}}',
          '}{% if KOMA class',
          '  \\KOMAoptions{parskip=half}}',
          '\\makeatother',
          '\\usepackage{longtable,booktabs,array}',
          '\\usepackage{multirow}',
          '\\usepackage{calc} % for calculating minipage widths',
          '% Correct order of tables after \\paragraph or \\subparagraph',
          '\\usepackage{etoolbox}',
          '\\makeatletter',
          '\\patchcmd\\longtable{\\par}{\\if@noskipsec\\mbox{}\\fi\\par}{}{}',
          '\\makeatother',
          '% Allow footnotes in longtable head/foot',
          '\\IfFileExists{footnotehyper.sty}{\\usepackage{footnotehyper}}{\\usepackage{footnote}}',
          '\\makesavenoteenv{longtable}',
          '\\setlength{\\emergencystretch}{3em} % prevent overfull lines',
          '\\providecommand{\\tightlist}{%',
          '  \\setlength{\\itemsep}{0pt}\\setlength{\\parskip}{0pt}}',
          '\\usepackage{bookmark}',
          '\\IfFileExists{xurl.sty}{\\usepackage{xurl}}{} % add URL line breaks if available',
          '\\urlstyle{same}',
          '\\hypersetup{',
          '  pdftitle={%s},' % title,
          '  hidelinks,',
          '  pdfcreator={LaTeX via pandoc}}',
          '',
          '\\title{%s}' % title,
          '\\author{}',
          '\\date{}',
          '',
          '\\begin{document}',
          '\\maketitle',
          '']
    for b in rep['blocks']:
        t = b[0]
        if t == 'title':
            continue
        if t == 'h':
            L += ['\\section{%s}\\label{%s}' % (tex_esc(b[1]), tex_label(b[1])), '']
        elif t in ('p', 'sign', 'date'):
            s = tex_esc(b[1])
            s = s.replace('zwgk@lanhai.gov.cn', '\\href{mailto:zwgk@lanhai.gov.cn}{zwgk@lanhai.gov.cn}')
            L += [s, '']
        elif t == 'T2':
            n = 4
            fr = [0.3100, 0.2300, 0.2300, 0.2300]
            L.append('\\begin{longtable}[]{' + colspec(n, fr) + '}')
            L.append('\\toprule\\noalign{}')
            blocks = t2_blocks(rep['template'])
            first = True
            for caption, heads, rws in blocks:
                L.append(mc(n, 4, 1.0, caption, first=True, last=True, mini=first) + ' \\\\')
                if first:
                    L += ['\\midrule\\noalign{}', '\\endhead', '\\bottomrule\\noalign{}', '\\endlastfoot']
                    first = False
                if len(heads) == 3:
                    L.append(' & '.join(['信息内容'] + heads) + ' \\\\')
                else:
                    L.append('信息内容 & ' + mc(n, 3, 0.69, tex_esc(heads[0]), last=True) + ' \\\\')
                for rk, lab, fields in rws:
                    vals = [cell(rep, 'active.%s.%s' % (rk, f)) for f in fields]
                    if len(vals) == 3:
                        L.append(' & '.join([lab] + vals) + ' \\\\')
                    else:
                        L.append(lab + ' & ' + mc(n, 3, 0.69, vals[0], last=True) + ' \\\\')
            L += ['\\end{longtable}', '']
        elif t == 'T3':
            n = 10
            fr = [0.0600, 0.1000, 0.2400] + [0.0857] * 7
            order = LANHAI_ORDER
            L.append('\\begin{longtable}[]{' + colspec(n, fr) + '}')
            L.append('\\toprule\\noalign{}')
            L.append(mc(n, 3, 0.40, '\\multirow{3}{*}{' + NOTE + '}', first=True, mini=True) + ' & ' +
                     mc(n, 7, 0.60, '申请人情况', last=True, mini=True) + ' \\\\')
            h2 = [mc(n, 3, 0.40, '', first=True)]
            h3 = [mc(n, 3, 0.40, '', first=True)]
            i = 0
            while i < 7:
                c = order[i]
                if c in ('person', 'total'):
                    h2.append('\\multirow{2}{*}{%s}' % COL_LABEL[c])
                    h3.append('')
                    i += 1
                else:
                    j = i
                    while j < 7 and order[j] not in ('person', 'total'):
                        j += 1
                    h2.append(mc(n, j - i, 0.0857 * (j - i), '法人或其他组织', last=(j == 7)))
                    h3 += [COL_LABEL[order[k]] for k in range(i, j)]
                    i = j
            L.append(' & '.join(h2) + ' \\\\')
            L.append(' & '.join(h3) + ' \\\\')
            L += ['\\midrule\\noalign{}', '\\endhead', '\\bottomrule\\noalign{}', '\\endlastfoot']
            nrows3 = 22 if rep['template'] == '2021' else 20
            for r in t3_rows(rep['template']):
                vals = t3_values(rep, r['key'], order)
                if r['top']:
                    lab = [mc(n, 3, 0.40, tex_esc(r['top']), first=True)]
                else:
                    c1 = ('\\multirow{%d}{*}{%s}' % (nrows3, R3)) if r['key'] == 'granted' else ''
                    if r['sub'] is None:
                        lab = [c1, mc(n, 2, 0.34, tex_esc(r['grp']))]
                    else:
                        c2 = ('\\multirow{%d}{*}{%s}' % (r['gsize'], r['grp'])) if r['first'] else ''
                        lab = [c1, c2, tex_esc(r['sub'])]
                L.append(' & '.join(lab + vals) + ' \\\\')
            L += ['\\end{longtable}', '']
        elif t == 'T4':
            n = 15
            fr = [0.0667] * 15
            L.append('\\begin{longtable}[]{' + colspec(n, fr) + '}')
            L.append('\\toprule\\noalign{}')
            L.append(mc(n, 5, 0.3333, '行政复议', first=True) + ' & ' + mc(n, 10, 0.6667, '行政诉讼', last=True) + ' \\\\')
            L.append(' & '.join(['\\multirow{2}{*}{%s}' % x for x in T4_LABEL]) + ' & ' +
                     mc(n, 5, 0.3333, '未经复议直接起诉') + ' & ' + mc(n, 5, 0.3333, '复议后起诉', last=True) + ' \\\\')
            L.append(' & '.join([''] * 5 + T4_LABEL + T4_LABEL) + ' \\\\')
            L += ['\\midrule\\noalign{}', '\\endhead', '\\bottomrule\\noalign{}', '\\endlastfoot']
            vals = []
            for bk in T4_BLOCKS:
                vals += [cell(rep, 'appeals.%s.%s' % (bk, c)) for c in T4_COLS]
            L.append(' & '.join(vals) + ' \\\\')
            L += ['\\end{longtable}', '']
    L += ['\\end{document}']
    return ('\n'.join(L) + '\n').encode('utf-8')


# ---------------------------------------------------------------------------
# form 9: CMS article whose tables were pasted from Excel: x:num / x:str,
# class="xl65", mso- styles, <br style='mso-data-placement:same-cell'>,
# <!--StartFragment-->, the hidden supportMisalignedColumns width row, and
# number formats that differ from the stored value (+4, 365.82万元).
# Empty cells for zero in the 法人或其他组织 columns.
# ---------------------------------------------------------------------------
def xl_td(text, cls, attrs='', num=None, style=''):
    a = ' class="%s"' % cls
    if attrs:
        a += ' ' + attrs
    if style:
        a += ' style="%s"' % style
    if num is None:
        if text == '':
            return '<td%s></td>' % a
        return '<td%s x:str>%s</td>' % (a, text)
    if num == text:
        return '<td%s x:num>%s</td>' % (a, text)
    return '<td%s x:num="%s">%s</td>' % (a, num, text)


def render_excel_paste(rep):
    BR = "<br style='mso-data-placement:same-cell'>"
    H = []
    title = rep['agency_printed'] + '%d年政府信息公开工作年度报告' % rep['year']
    H += ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
          '<html xmlns="http://www.w3.org/1999/xhtml">',
          '<head>',
          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
          '<title>%s</title>' % title,
          '<meta name="SiteName" content="港东区人民政府" />',
          '<meta name="ColumnName" content="部门年度报告" />',
          '<meta name="PubDate" content="%s 10:08" />' % rep['published'],
          '<link href="/images/2016/css/article.css" rel="stylesheet" type="text/css" />',
          '</head>',
          '<body>',
          '<div class="top"><a href="/">港东区人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>',
          '<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/ndbg/">政府信息公开年度报告</a> &gt;&gt; 部门年度报告</div>',
          '<div class="article">',
          '<h1>%s</h1>' % title,
          '<div class="info">发布日期：%s　　信息来源：区住房城乡建设局　　访问次数：<span id="visits">412</span></div>' % rep['published'],
          '<div class="TRS_Editor"><div class="Custom_UnionStyle">']
    W1 = 'width="194" style="width:145.50pt;"'

    def tr(cells, h=27):
        return '<tr height="%d" style="height:%.2fpt;">%s</tr>' % (h, h * 0.75, ''.join(cells))

    for b in rep['blocks']:
        t = b[0]
        if t == 'title':
            continue
        if t == 'h':
            H.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % b[1])
        elif t == 'p':
            H.append('<p style="text-indent:2em;">%s</p>' % esc_html(b[1]))
        elif t in ('sign', 'date'):
            H.append('<p style="text-align:right;">%s</p>' % b[1])
        elif t == 'T2':
            H.append('<table width="638" border="0" cellpadding="0" cellspacing="0" style="width:478.50pt;border-collapse:collapse;table-layout:fixed;">')
            H.append('<colgroup><col width="194" style="mso-width-source:userset;mso-width-alt:6208;width:145.50pt;" />'
                     '<col width="148" span="3" style="mso-width-source:userset;mso-width-alt:4736;width:111.00pt;" /></colgroup>')
            H.append('<tbody><!--StartFragment-->')
            for caption, heads, rws in t2_blocks(rep['template']):
                H.append(tr([xl_td(caption, 'xl65', 'colspan="4" height="27"')]))
                hc = [xl_td('信息内容', 'xl66')]
                hmap = {'本年新制作数量': '本年新' + BR + '制作数量', '本年新公开数量': '本年新' + BR + '公开数量',
                        '对外公开总数量': '对外公开' + BR + '总数量'}
                if len(heads) == 3:
                    hc += [xl_td(hmap.get(h, h), 'xl66') for h in heads]
                else:
                    hc += [xl_td(heads[0], 'xl66'), xl_td(heads[1], 'xl66', 'colspan="2"')]
                H.append(tr(hc, 40))
                for rk, lab, fields in rws:
                    cells = [xl_td(lab, 'xl67')]
                    for i, f in enumerate(fields):
                        path = 'active.%s.%s' % (rk, f)
                        txt = cell(rep, path)
                        raw = raw_value(rep, path)
                        span = 'colspan="2"' if (len(fields) == 2 and i == 1) else ''
                        if txt == '':
                            cells.append(xl_td('', 'xl68', span))
                        else:
                            cells.append(xl_td(txt, 'xl68' if f != 'items_change' else 'xl69', span, num=str(raw)))
                    H.append(tr(cells))
            H.append('<!--EndFragment--></tbody></table>')
        elif t == 'T3':
            rows = t3_rows(rep['template'])
            nrows3 = 22 if rep['template'] == '2021' else 20
            H.append('<table width="760" border="0" cellpadding="0" cellspacing="0" style="width:570.00pt;border-collapse:collapse;table-layout:fixed;">')
            H.append('<colgroup><col width="38" style="mso-width-source:userset;mso-width-alt:1216;width:28.50pt;" />'
                     '<col width="96" style="mso-width-source:userset;mso-width-alt:3072;width:72.00pt;" />'
                     '<col width="206" style="mso-width-source:userset;mso-width-alt:6592;width:154.50pt;" />'
                     '<col width="60" span="7" style="mso-width-source:userset;mso-width-alt:1920;width:45.00pt;" /></colgroup>')
            H.append('<tbody><!--StartFragment-->')
            H.append(tr([xl_td(NOTE, 'xl70', 'colspan="3" rowspan="3"'), xl_td('申请人情况', 'xl66', 'colspan="7"')]))
            H.append(tr([xl_td('自然人', 'xl66', 'rowspan="2"'), xl_td('法人或其他组织', 'xl66', 'colspan="5"'),
                         xl_td('总计', 'xl66', 'rowspan="2"')]))
            H.append(tr([xl_td('商业' + BR + '企业', 'xl66'), xl_td('科研' + BR + '机构', 'xl66'),
                         xl_td('社会公' + BR + '益组织', 'xl66'), xl_td('法律服' + BR + '务机构', 'xl66'),
                         xl_td('其他', 'xl66')], 40))
            for r in rows:
                cells = []
                if r['top']:
                    cells.append(xl_td(r['top'], 'xl67', 'colspan="3"'))
                else:
                    if r['key'] == 'granted':
                        cells.append(xl_td(R3, 'xl71', 'rowspan="%d"' % nrows3,
                                           style='layout-flow:vertical-ideographic;mso-rotate:-90;'))
                    if r['sub'] is None:
                        cells.append(xl_td(r['grp'], 'xl67', 'colspan="2"'))
                    else:
                        if r['first']:
                            cells.append(xl_td(r['grp'], 'xl67', 'rowspan="%d"' % r['gsize']))
                        cells.append(xl_td(r['sub'], 'xl67'))
                for c in COLS:
                    path = 'applications.%s.%s' % (r['key'], c)
                    txt = cell(rep, path)
                    cells.append(xl_td(txt, 'xl68', num=(None if txt == '' else txt)))
                H.append(tr(cells, 40 if r['key'] == 'partial' else 27))
            H.append("<![if supportMisalignedColumns]><tr height=\"0\" style=\"display:none;\">" +
                     ''.join('<td width="%d" style="width:%.2fpt;"></td>' % (w, w * 0.75)
                             for w in [38, 96, 206] + [60] * 7) + '</tr><![endif]>')
            H.append('<!--EndFragment--></tbody></table>')
        elif t == 'T4':
            H.append('<table width="900" border="0" cellpadding="0" cellspacing="0" style="width:675.00pt;border-collapse:collapse;table-layout:fixed;">')
            H.append('<colgroup><col width="60" span="15" style="mso-width-source:userset;mso-width-alt:1920;width:45.00pt;" /></colgroup>')
            H.append('<tbody><!--StartFragment-->')
            H.append(tr([xl_td('行政复议', 'xl66', 'colspan="5"'), xl_td('行政诉讼', 'xl66', 'colspan="10"')]))
            H.append(tr([xl_td(x[:2] + BR + x[2:] if len(x) == 4 else x, 'xl66', 'rowspan="2"') for x in T4_LABEL] +
                        [xl_td('未经复议直接起诉', 'xl66', 'colspan="5"'), xl_td('复议后起诉', 'xl66', 'colspan="5"')], 40))
            H.append(tr([xl_td(x[:2] + BR + x[2:] if len(x) == 4 else x, 'xl66') for x in T4_LABEL + T4_LABEL], 40))
            cells = []
            for bk in T4_BLOCKS:
                for c in T4_COLS:
                    txt = cell(rep, 'appeals.%s.%s' % (bk, c))
                    cells.append(xl_td(txt, 'xl68', num=txt))
            H.append(tr(cells))
            H.append('<!--EndFragment--></tbody></table>')
    H += ['</div></div>',
          '<div class="attach"></div>',
          '<div class="share">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>',
          '</div>',
          '<div class="foot">港东区人民政府办公室主办　地址：港东区海港路16号　鲁ICP备06031287号</div>',
          '</body>',
          '</html>']
    return ('\r\n'.join(H) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------------------
# the nine reports
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


def blank_zeros(rep, prefix, cols, mark):
    """mark every zero cell of table 三 in the given columns."""
    for r in t3_rows(rep['template']):
        for ci, c in enumerate(COLS):
            if c in cols and rep['A'][r['key']][ci] == 0:
                rep['blank']['applications.%s.%s' % (r['key'], c)] = mark


def blanks_jiangzhu(rep):
    blank_zeros(rep, 'applications', COLS[:6], '—')
    for b in T4_BLOCKS:
        for i, c in enumerate(T4_COLS[:4]):
            if rep['appeals'][b][i] == 0:
                rep['blank']['appeals.%s.%s' % (b, c)] = '-'
    for f in ('made', 'published', 'public_total'):
        rep['blank']['active.regulations.' + f] = '/'


def blanks_gangdong(rep):
    blank_zeros(rep, 'applications', COLS[1:6], '')


def blanks_hydro(rep):
    rep['blank']['appeals.suit_direct.corrected'] = ''
    rep['blank']['appeals.suit_after_review.corrected'] = ''


REPORTS = [
    dict(id='minxi', file='minxi-scjgj-2022.jsonl', form='crawler-jsonl',
         form_desc='crawler JSON Lines record (Go encoding/json style: \\n/\\t escaped, \\u0026 \\u003c \\u2028 escapes); the content field is the article innerText (cells TAB-separated, merged label cells once)',
         template='2021', year=2022, level='county department', level_code='county_dept',
         region='四川 (fictional 岷溪县)', agency_printed='岷溪县市场监督管理局', published='2023-01-18', seed=0x1101,
         apps={'person': (168, 7, 9), 'business': (41, 2, 1), 'research': (2, 0, 0), 'nonprofit': (1, 0, 0),
               'legal': (9, 0, 1), 'other': (3, 0, 0)},
         weights={'not_processed.petition': 90},
         active=A21((0, 0, 0), (2, 1, 6), 4127, 386, 52, '0'),
         appeals={'review': [3, 1, 0, 1, 5], 'suit_direct': [1, 0, 1, 0, 2], 'suit_after_review': [0, 0, 0, 1, 1]},
         prose=prose_minxi, render=render_jsonl),
    dict(id='qingyu', file='qingyu-city-2020.txt', form='pandoc-plain',
         form_desc='pandoc -t plain of the .docx: multiline tables with dash rules, 2-space indent, cells wrapped to column width, merged cells lost (text in the first cell only)',
         template='2019', year=2020, level='prefecture-level city government', level_code='city_gov',
         region='河南 (fictional 青峪市)', agency_printed='青峪市人民政府', published='2021-03-26', seed=0x2202,
         plus_sign=True,
         apps={'person': (1486, 43, 52), 'business': (211, 5, 6), 'research': (7, 0, 0), 'nonprofit': (5, 0, 1),
               'legal': (64, 2, 3), 'other': (18, 0, 1)},
         active=A19((3, 3, 41), (12, 12, 187), (1264, -87, 58342), (392, 15, 21876), (2816, -134, 9453),
                    (118, 6, 412), (67, -9), (214, '18652.37', None)),
         appeals={'review': [41, 9, 12, 6, 68], 'suit_direct': [11, 2, 4, 5, 22], 'suit_after_review': [7, 1, 2, 3, 13]},
         prose=prose_qingyu, render=render_pandoc_plain),
    dict(id='hydro', file='national-hydrology-2023.html', form='html-semantic-nested',
         form_desc='modern CMS page: <thead>/<th scope>, <colgroup>, <caption>, <tfoot>; the 法人或其他组织 header is a nested <table> inside a <th>; table 四 nested inside a one-cell layout table; two blank <td> in table 四',
         template='2021', year=2023, level='ministry (national bureau)', level_code='ministry',
         region='national (fictional 国家水文监测局)', agency_printed='国家水文监测局', published='2024-01-30', seed=0x3303,
         apps={'person': (412, 18, 21), 'business': (96, 3, 4), 'research': (23, 0, 1), 'nonprofit': (11, 0, 0),
               'legal': (37, 1, 2), 'other': (15, 0, 1)},
         weights={'denied.query': 10, 'unable.needs_creation': 60, 'denied.process': 30},
         active=A21((2, 1, 37), (9, 4, 118), 3862, 41, 0, '12.6'),
         appeals={'review': [14, 2, 5, 3, 24], 'suit_direct': [3, 0, 1, 2, 6], 'suit_after_review': [2, 0, 1, 1, 4]},
         blanks=blanks_hydro, prose=prose_hydro, render=render_semantic_html),
    dict(id='baisha', file='baisha-town-2024.txt', form='pdftotext-columnwise',
         form_desc='pdftotext default mode, tables read column by column (label column(s) first, then each value column with its header words); table 三 split over two pages, each page read column by column; page footers and form feeds',
         template='2021', year=2024, level='township', level_code='township',
         region='云南 (fictional 云溪县白沙镇)', agency_printed='云溪县白沙镇人民政府', published='2025-01-22', seed=0x4404,
         apps={'person': (61, 4, 3), 'business': (5, 0, 0), 'research': (1, 0, 0), 'nonprofit': (2, 0, 0),
               'legal': (3, 0, 1), 'other': (2, 0, 0)},
         weights={'not_processed.petition': 120, 'unable.not_held': 260},
         active=A21((0, 0, 0), (1, 2, 4), 86, 213, 7, '0'),
         appeals={'review': [2, 1, 0, 1, 4], 'suit_direct': [1, 0, 0, 1, 2], 'suit_after_review': [1, 0, 0, 0, 1]},
         prose=prose_baisha, render=render_pdf_columns),
    dict(id='jiangzhu', file='jiangzhu-jtj-2019.txt', form='python-docx-lists',
         form_desc='output of a python-docx script: paragraphs (tables missing from the flow), then each table row printed as a Python list repr; merged cells repeated; units in cells (件/项/个/万元, +3项); zero shown as — (table 三), - (table 四), / (规章)',
         template='2019', year=2019, level='city department', level_code='city_dept',
         region='湖北 (fictional 江渚市)', agency_printed='江渚市交通运输局', published='2020-01-21', seed=0x5505,
         apps={'person': (97, 0, 4), 'business': (28, 0, 1), 'research': (1, 0, 0), 'nonprofit': (2, 0, 0),
               'legal': (6, 0, 0), 'other': (3, 0, 0)},
         active=A19((0, 0, 0), (4, 4, 23), (37, 3, 15871), (12, -2, 3462), (186, 21, 2694), (14, 0, 318),
                    (5, -1), (17, '2386.5', '万元')),
         appeals={'review': [1, 1, 0, 1, 3], 'suit_direct': [1, 0, 0, 0, 1], 'suit_after_review': [0, 0, 0, 1, 1]},
         fmt=fmt_jiangzhu, blanks=blanks_jiangzhu, prose=prose_jiangzhu, render=render_docx_lists),
    dict(id='jianglan', file='jianglan-mzzj-2021.txt', form='two-pages-concatenated',
         form_desc='joint report of one body with two names (一个机构、两块牌子); the CMS paginated the article into two pages and the collector concatenated both page texts: site chrome repeated, table 三 cut after 5.属于三类内部事务信息 and continued on page 2 without header (innerText, TAB cells)',
         template='2021', year=2021, level='provincial department (joint, two names)', level_code='province_dept',
         region='fictional 江岚省', agency_printed='江岚省民族宗教事务委员会（江岚省宗教事务局）', published='2022-01-27', seed=0x6606,
         apps={'person': (83, 3, 5), 'business': (6, 0, 0), 'research': (4, 0, 0), 'nonprofit': (9, 1, 1),
               'legal': (5, 0, 1), 'other': (3, 0, 0)},
         weights={'denied.security': 25, 'denied.third_party': 30},
         active=A21((0, 0, 0), (3, 2, 27), 214, 9, 0, '0'),
         appeals={'review': [4, 0, 1, 1, 6], 'suit_direct': [1, 0, 0, 1, 2], 'suit_after_review': [1, 0, 0, 0, 1]},
         prose=prose_jianglan, render=render_two_pages),
    dict(id='tongxi', file='tongxi-county-2020.txt', form='invisible-chars',
         form_desc='web copy saturated with invisible characters: BOM, U+200B/200C/200D/2060/FEFF and soft hyphens between characters (also between digits of numbers), NBSP padding and indentation, U+3000 inside some labels; TAB cells',
         template='2019', year=2020, level='county government', level_code='county_gov',
         region='浙江 (fictional 桐溪县)', agency_printed='桐溪县人民政府', published='2021-03-30', seed=0x7707,
         apps={'person': (274, 11, 8), 'business': (37, 1, 2), 'research': (2, 0, 0), 'nonprofit': (3, 0, 0),
               'legal': (15, 0, 1), 'other': (6, 0, 0)},
         active=A19((0, 0, 0), (8, 8, 64), (1863, 112, 24517), (426, -38, 12086), (734, 57, 3129), (41, -3, 186),
                    (38, -4), (96, '45278600', '元')),
         appeals={'review': [9, 2, 3, 2, 16], 'suit_direct': [2, 1, 1, 1, 5], 'suit_after_review': [1, 0, 1, 1, 3]},
         prose=prose_tongxi, render=render_invisible),
    dict(id='lanhai', file='lanhai-province-2025.tex', form='latex-pandoc',
         form_desc='pandoc docx->LaTeX standalone: longtable with \\multicolumn/\\multirow/minipage, `` \'\' for curly quotes, \\% escapes, \\label{ux…}; table 三 columns in a provincial order: 总计, 自然人, 商业企业, 社会公益组织, 科研机构, 法律服务机构, 其他',
         template='2021', year=2025, level='provincial government', level_code='province_gov',
         region='fictional 岚海省', agency_printed='岚海省人民政府', published='2026-03-27', seed=0x8808,
         apps={'person': (2743, 96, 131), 'business': (312, 8, 11), 'research': (29, 0, 1), 'nonprofit': (17, 0, 0),
               'legal': (146, 4, 6), 'other': (41, 1, 2)},
         weights={'other_handling.fee_unpaid': 9},
         active=A21((6, 3, 142), (37, 21, 486), 186425, 72318, 2465, '38614.72'),
         appeals={'review': [126, 18, 37, 23, 204], 'suit_direct': [38, 4, 11, 17, 70],
                  'suit_after_review': [21, 2, 6, 9, 38]},
         prose=prose_lanhai, render=render_latex),
    dict(id='gangdong', file='gangdong-zjj-2021.html', form='excel-paste-html',
         form_desc='CMS article (CRLF) whose tables were pasted from Excel: x:num/x:str, class=xl65…, mso- styles, <br style=\'mso-data-placement:same-cell\'>, <!--StartFragment-->, hidden supportMisalignedColumns row, display formats differing from the stored value (+4 with x:num="4", 365.82万元 with x:num="365.82"); zero cells of the five 法人或其他组织 columns left empty; 2019-format tables in a 2021 report',
         template='2019', year=2021, level='district department', level_code='district_dept',
         region='山东 (fictional 港东区)', agency_printed='港东区住房和城乡建设局', published='2022-01-26', seed=0x9909,
         plus_sign=True,
         apps={'person': (226, 9, 7), 'business': (44, 2, 3), 'research': (1, 0, 0), 'nonprofit': (2, 0, 0),
               'legal': (12, 0, 1), 'other': (5, 0, 0)},
         weights={'not_processed.petition': 70, 'denied.third_party': 30},
         active=A19((0, 0, 0), (2, 2, 17), (58, 4, 2864), (23, -1, 1297), (96, -12, 387), (5, 1, 26),
                    (7, -2), (24, '365.82', '万元')),
         appeals={'review': [6, 1, 2, 1, 10], 'suit_direct': [2, 0, 1, 2, 5], 'suit_after_review': [1, 1, 0, 1, 3]},
         blanks=blanks_gangdong, prose=prose_gangdong, render=render_excel_paste),
]

NOTES = {
    'minxi': 'JSON Lines: one record, decode the JSON first. The url holds & as \\u0026 and the content one U+2028 (escaped \\u2028) instead of a paragraph break in section 五. Inside content: paragraphs indented with two U+3000; tables are innerText (TAB between cells, merged label cells printed once: 三、本年度办理结果 only on the （一） row, （三）不予公开 etc. only on their first sub-row). Metadata: pub_time 2023-01-18 09:32:11 = signature date. Consistent: every column satisfies 一+二 = 三(七)+四.',
    'qingyu': 'pandoc plain: table 二 is ONE 4-column table whose first caption row (第二十条第（一）项) became the pandoc header; (八) and (九) have their second value in a merged cell (so the 4th column is empty). Table 三 is a 10-column grid (3 label columns); 三、本年度办理结果 appears only once (wrapped 三、本年度 / 办理结果); long labels wrap over several lines inside their column (e.g. （二）部分公开 / （区分处理的， / …, 5.要求行政机关确认或 / 重新出具已获取信息, 一、本年新 / 收政府信息 / …); header words wrap (法人或其 / 他组织, 社会公益 / 组织, 法律服务 / 机构, 申请人情 / 况). Table 四 header spans 4 lines (未经复议 / 直接起诉, 复议后起 / 诉). 本年增/减 printed with sign (+15, -87). 采购总金额 18652.37 has no unit anywhere (header or cell) -> amount_unit null. Prose figures: 主动公开 23874 条, 新闻发布会 46 场, 政策解读 152 篇. fees_collected: 未收取 -> 0.',
    'hydro': 'Nested tables: the 法人或其他组织 <th colspan=5> contains a <table class=inner> with the five sub-labels; table 四 sits inside <table class=layout><tr><td>. Two table-四 cells are empty <td></td> (suit_direct.corrected, suit_after_review.corrected): gold null; the totals add up with blank = 0. A <tfoot> note explains blanks mean none. The (五)/(六)/(八) value cells are colspan=3. Prose restates 规章 2/1 and 行政规范性文件 9/4 (issued/repealed).',
    'baisha': 'pdftotext default mode, column-wise: table 二 block by block (caption, label column, then each value column headed by its wrapped header); table 三 page 1 holds rows 一 … 8.属于行政查询事项 (12 rows): note, 申请人情况, three label flows (spanning labels / 三、本 年度办 理结果 + group labels / sub-labels, wrapped), then 自然人, 法人或其他组织, 商业/企业, 科研/机构, 社会/公益/组织, 法律/服务/机构, 其他, 总计 each followed by its 12 numbers; page 2 holds the other 13 rows (（四）无法提供 … 四、结转下年度继续办理) as label flows then 7 bare columns of 13 numbers, no header. Table 四: 行政复议, five columns (header words + value), 行政诉讼, 未经复议直接起诉, five columns, 复议后起诉, five columns. Township: 规章 0; 行政规范性文件 1/2/4.',
    'jiangzhu': 'python-docx dump: the tables are missing where they belong (sections 二, 三, 四 have only their heading) and appear after the text as ======== 表格 N ======== blocks of Python list reprs; merged cells are repeated in every grid cell (horizontally and vertically), so 2386.5万元 appears twice in the (九) row and the 三、本年度办理结果 label on every outcome row. Cell strings contain \\n (本年新\\n制作数量, （二）部分公开\\n（区分处理的…）, 未经复议\\n直接起诉) and \\xa0. Units: 件/项/个/万元 inside cells, signed +3项/-2项. Zero marks are NULL per schema.md: every zero in the six applicant columns of table 三 is printed — (gold null), zeros in table 四 outside 总计 are - (null), the 规章 row is / / / (null); the 总计 column of table 三 is always a number with 件 (0件 for 二、上年结转). 二、上年结转 is therefore null in the six applicant columns and 0 in total. balance_ok true with blank = 0. Prose: 收到申请 = 新收 (no carry-over this year).',
    'jianglan': 'One body with two names: title and signature print 江岚省民族宗教事务委员会（江岚省宗教事务局）, gold.agency keeps the whole printed form with full-width brackets; the prose calls it 省民族宗教委（省宗教局）. Two web pages concatenated: each starts with site chrome, the page title and a 发布时间 line (2022-01-27, different 浏览次数), and ends with the pager 上一页 1 2 下一页 and footer. Page 1 ends with table 三 after the row 5.属于三类内部事务信息; page 2 continues with 6.属于四类过程性信息 … 四、结转下年度继续办理 with no header and no group label (（三）不予公开 was printed on page 1), then table 四, 五, 六 and the signature.',
    'tongxi': 'Invisible characters everywhere: file starts with BOM; U+200B/U+200C/U+200D/U+2060/U+FEFF/U+00AD inserted between characters (about one in five), also between digits (1​2​3 must read 123) and inside the year; NBSP used for indentation and as padding around every table cell; U+3000 inside some labels (信息\u3000内容, 自\u3000然\u3000人). Cells TAB-separated (innerText). 本年增/减 unsigned for positive values (112), minus for negative (-38). 采购总金额 printed 45278600元 -> amount 45278600, amount_unit 元.',
    'lanhai': 'LaTeX from pandoc: read cells between & and \\\\; \\multicolumn{n}{spec}{%\\n text} and minipage wrappers around header text; \\multirow{22}{*}{三、本年度办理结果} and \\multirow{8}{*}{（三）不予公开} occupy the first cells, later rows start with empty cells (& & 2.…). Curly quotes became ``三安全一稳定\'\'. COLUMN ORDER of table 三 differs from the national template: 总计, 自然人, then 法人或其他组织 = 商业企业, 社会公益组织, 科研机构, 法律服务机构, 其他 (科研 and 公益 swapped, 总计 first); tables 二 and 四 are in the standard order. fees_collected 12600 (元, 信息处理费, section 六); active.fees.amount 38614.72 (万元, table 二). Prose figures: 主动公开 48613 条, 新闻发布会 64 场, 政策解读 187 篇, 建议 863 件, 提案 712 件.',
    'gangdong': 'A 2021 report that still uses the 2019 tables (template 2019, year 2021): 本年新制作数量 / 上一年项目数量 / 本年增/减 / 政府集中采购, single （六）其他处理 row, 三、本年度办理结果 rowspan 20; the intro cites 国办公开办函〔2019〕60号. Excel paste debris: x:num with the stored value where the shown text differs (+4 shown, x:num="4"; 365.82万元 shown, x:num="365.82"), <br style=\'mso-data-placement:same-cell\'> inside header words, <!--StartFragment--> comments, a hidden <tr height=0 style=display:none> of empty width cells at the end of table 三 (not data). Zero cells of the five 法人或其他组织 columns of table 三 are empty <td> (gold null); 自然人 and 总计 always printed. CRLF line ends.',
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
    rep['blocks'] = rep['prose'](rep)
    # narrative sanity (must restate the table)
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
    data = rep['render'](rep)
    gold = make_gold(rep)
    # every gold table value that is printed must be findable in the file's
    # visible text (after the form's own decoding)
    txt = data.decode('utf-8')
    if rep['id'] == 'minxi':
        txt = json.loads(txt)['content']
    if rep['id'] == 'tongxi':
        for ch in ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff']:
            txt = txt.replace(ch, '')
    for path, v in gold.items():
        if path.startswith(('active.', 'applications.', 'appeals.')) and v is not None and not path.endswith('amount_unit'):
            s = cell(rep, path)
            assert s in txt, (rep['id'], path, s)
    return data, gold


README_HEAD = """# Held-out set 4 (tables): nine invented reports in nine extraction forms

Nine **invented** 政府信息公开工作年度报告 (fictional agencies, places and figures; realistic prose)
carrying the national tables 二 (主动公开), 三 (收到和处理申请) and 四 (复议/诉讼), in both national
templates (2019: 23 rows in table 三, 3-column blocks in table 二; 2021: 25 rows, 1-column blocks),
each rendered the way real text looks after one kind of extraction that earlier held-out sets did
not cover.

Everything here is generated by `make.py` (python3, stdlib only, no clock, own PRNG): running it
again rewrites the nine files, `manifest.json` and this README byte for byte.

    python3 make.py

`make.py` builds the figures, **asserts** every hard identity of spec §7.1 before writing anything
(T3-ROW 总计 = sum of the six applicant columns on all 23/25 rows; T3-SUM (七)总计 = (一)…(六) in every
column; T3-COL 一+二 = 三(七)+四 in every column; T4 总计 = 维持+纠正+其他+尚未审结 for 复议 and both 诉讼
blocks; DOM-1/2/3 sign and type rules; no applicant column all zero), keeps the soft checks true
(T2-19 新公开 ≤ 对外公开总数; T2-AUTH 规章 only for ministry/province/city governments; FEE-21), asserts
that every narrative figure restates the table, asserts that every blanked cell is a zero (so the
identities still hold with blank = 0), and checks that every printed gold value can be found in the
file after the form's own decoding.

## Files

| file | form | template | year | level | agency (as printed) | region |
| --- | --- | --- | --- | --- | --- | --- |
"""

README_TAIL = """
## Forms

{forms}

## Gold conventions (manifest.json)

* Same shape as `/work/shared/corpus/manifest.json`: a list of `{{file, form, era, agency, level, year,
  gold, notes}}`; `era` = the table template; `gold` is a flat map of dotted `gdr_parse` paths
  (schema.md): `year`, `agency`, `kind`, `template`, `published`, `script`, every cell of tables
  二/三/四, `balance_ok`, and `narrative.*` figures the prose states.
* Key names are exactly those of schema.md / the corpus: `applications.granted.total` (not
  `applications.outcome.granted.total`), `applications.denied.query.person`,
  `applications.other_handling.no_correction.total`, `appeals.suit_after_review.pending`,
  `active.licensing.decisions`, `active.fees.amount`; 2019 format `active.regulations.made /
  published / public_total`, `active.licensing.items_last_year / items_change / decisions`,
  `active.other_services.*`, `active.fees.items_last_year / items_change`,
  `active.procurement.items / amount / amount_unit`.
* `null` = the cell exists but is blank or carries a not-a-number mark (`—`, `-`, `/`, empty `<td>`),
  as schema.md prescribes; such cells are always zero in the underlying figures, so every identity
  holds with blank = 0 and `balance_ok` is true.
* Money: `active.fees.amount` in 万元 (2021 header); `active.procurement.amount` is the number as
  printed with `amount_unit` "元", "万元" or null when neither header nor cell says;
  `narrative.fees_collected` is the 信息处理费 in 元.
* `narrative.applications_received` is the 本年新收 figure (every prose sentence says 新收/收到 for the
  new requests and names the carry-over separately); `narrative.lawsuits` = 未经复议直接起诉 +
  复议后起诉 totals; `narrative.reviews` = 行政复议 total.
* `agency` is the name as the title/signature print it; `published` is the date under the
  signature, which equals the page/record date in every file.

## Where the spec was ambiguous, and the choice made

{ambig}
"""

AMBIG = [
    '**Zero marks.** The brief describes `—`/`-`/`/` as marks "for zero"; schema.md says such cells are '
    'JSON null, not 0. Gold follows schema.md (null); the underlying figure is 0 and make.py asserts '
    'that, so a validator treating null as 0 still balances.',
    '**Key names.** The brief\'s example `applications.outcome.granted.total` is not a schema path; '
    'gold uses the schema/corpus path `applications.granted.total` (and the same pattern for all rows).',
    '**2019 single （六）其他处理 row** goes to `applications.other_handling.other.*` (schema.md), even '
    'in a 2021-year report that uses the 2019 tables (gangdong).',
    '**Template vs year.** gangdong-zjj-2021 is a 2021 report printed with the 2019 tables: gold '
    '`template` = "2019" (the table format, per schema.md), `year` = 2021, manifest `era` = "2019".',
    '**采购总金额 unit.** The 2019 header has no unit. Gold keeps the number as printed '
    '(`18652.37`, `2386.5`, `45278600`, `365.82`) with `amount_unit` from the cell (万元 / 元) or null when '
    'the cell has none (qingyu); no conversion between 元 and 万元. For gangdong the shown text '
    '`365.82万元` and Excel\'s stored `x:num="365.82"` agree.',
    '**Integral money** is written as a JSON integer (`0`, `45278600`) as in the corpus; fractional as '
    'a decimal (`12.6`, `38614.72`).',
    '**本年增/减** is a signed integer; `+3项` → 3, `-2项` → -2, `+15` → 15, `0` → 0.',
    '**Joint body (两块牌子).** `agency` is the whole printed form '
    '`江岚省民族宗教事务委员会（江岚省宗教事务局）` with full-width brackets; a parser that keeps only the first '
    'name is wrong by this gold, and a parser that NFKC-normalises will have half-width brackets '
    '(compare after NFKC).',
    '**Different column order (lanhai).** Gold is by header meaning, not by position: the first value '
    'column is 总计, then 自然人, 商业企业, 社会公益组织, 科研机构, 法律服务机构, 其他.',
    '**Duplicated merged cells (python-docx).** A merged cell printed two or three times is one value '
    '(e.g. 采购总金额 `2386.5万元` twice → one amount).',
    '**Hidden rows and notes** (Excel `display:none` width row, `<tfoot>` note) are not data.',
    '**`script`** is given as "hans" for all nine (all simplified; invisible characters do not change the script).',
    '**Forms from the brief\'s list that were not used:** GBK mis-decoding and draft+final duplicated '
    'tables were left out, because a fair gold needs the parser to be able to tell which copy is the '
    'report\'s, and any text that makes it unambiguous is itself an artificial marker.',
]


def write_readme(manifest):
    rows = []
    forms = []
    for rep, e in zip(REPORTS, manifest):
        rows.append('| `%s` | %s | %s | %d | %s | %s | %s |' % (
            rep['file'], rep['form'], rep['template'], rep['year'], rep['level'], rep['agency_printed'],
            rep['region']))
        nnull = sum(1 for v in e['gold'].values() if v is None)
        forms.append('* **%s** (`%s`, %d gold keys, %d null): %s.' % (rep['form'], rep['file'], len(e['gold']),
                                                                     nnull, rep['form_desc']))
    text = README_HEAD + '\n'.join(rows) + '\n' + README_TAIL.format(
        forms='\n'.join(forms), ambig='\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(AMBIG)))
    with open(os.path.join(HERE, 'README.md'), 'wb') as f:
        f.write(text.encode('utf-8'))


def main():
    manifest = []
    readme_rows = []
    for rep in REPORTS:
        data, gold = process(rep)
        with open(os.path.join(HERE, rep['file']), 'wb') as f:
            f.write(data)
        manifest.append({'file': rep['file'], 'form': rep['form'], 'era': rep['template'],
                         'agency': rep['agency_printed'], 'level': rep['level'], 'year': rep['year'],
                         'gold': gold, 'notes': rep['form_desc'] + '. ' + NOTES[rep['id']]})
        readme_rows.append(rep)
    write_readme(manifest)
    with open(os.path.join(HERE, 'manifest.json'), 'wb') as f:
        f.write((json.dumps(manifest, ensure_ascii=False, indent=1) + '\n').encode('utf-8'))
    for e in manifest:
        n_null = sum(1 for v in e['gold'].values() if v is None)
        print('%-32s %-24s %s %d  keys=%d null=%d' % (e['file'], e['form'], e['era'], e['year'], len(e['gold']), n_null))


if __name__ == '__main__':
    main()
