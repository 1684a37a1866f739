"""The eight invented reports of set 14: figures, printed cells and prose (base() taken over from set 13, extended
for thousands separators in the prose, cells left blank for zero and cells an OCR could not read)."""
import re
from core import gen_t3, make_t4, check_t3, check_t4, check_t2, COLS, t3_rows


def amount_str(v):
    return ('%.2f' % v).rstrip('0').rstrip('.')


def thou(v):
    """1,234 style (the sign kept)"""
    return '{:,}'.format(v)


NARR_PAT = {
    'active_total': [r'主动公开(?:政府)?信息N条'],
    'applications_received': [r'(?:新收|收到)政府信息公开申请N件'],
    'applications_completed': [r'办结N件'],
    'applications_carried_forward': [r'结转[^。，；]{0,12}?N件', r'另有N件[^。，；]*结转下年度'],
    'reviews': [r'行政复议N件'],
    'lawsuits': [r'行政诉讼N件'],
    'press_conferences': [r'新闻发布会N场'],
    'interpretations': [r'政策解读N篇'],
    'new_media_posts': [r'(?:推送|发布)(?:信息)?N条'],
    'npc_suggestions': [r'人大代表建议N件'],
    'cppcc_proposals': [r'政协提案N件'],
}
NARR_ZERO = {'fees_collected': [r'未(?:实际)?收取(?:任何)?信息处理费'],
             'applications_carried_forward': [r'无结转下年度', r'结转下年度继续办理0件']}


def base(rep):
    """check the identities, fill the gold-path -> value map and the printed text of every cell"""
    tpl = rep['template']
    t3, t4, t2 = rep['t3'], rep['t4'], rep['t2']
    check_t3(t3, tpl)
    check_t4(t4)
    check_t2(t2, tpl, rep.get('may_make_rules', False))
    if rep.get('t3_all'):                                 # a second table 三 (the whole system's), printed too
        check_t3(rep['t3_all'], tpl)
        for k, v in t3.items():
            assert rep['t3_all'][k] >= v, k               # the summary includes the body's own figures
    vals = {}
    for (r, c), v in t2.items():
        vals['active.%s.%s' % (r, c)] = v
    for (r, c), v in t3.items():
        vals['applications.%s.%s' % (r, c)] = v
    for (b, c), v in t4.items():
        vals['appeals.%s.%s' % (b, c)] = v
    rep['vals'] = vals
    pr = {k: (amount_str(v) if isinstance(v, float) else str(v)) for k, v in vals.items()}
    if tpl == '2019' and rep.get('procurement_in_cell'):
        pr['active.procurement.amount'] = amount_str(vals['active.procurement.amount']) + rep['procurement_unit']
    for k, s in rep.get('printed', {}).items():
        pr[k] = s
    for k in rep.get('nulls', ()):
        assert vals[k] == 0, k                       # a dash or a blank stands only for a zero
    rep['pr'] = pr
    rep['fmt'] = lambda path: pr[path]
    n = rep['narr']
    if 'applications_received' in n:
        assert n['applications_received'] == t3[('new', 'total')]
    if 'applications_completed' in n:
        assert n['applications_completed'] == t3[('processed', 'total')]
    if 'applications_carried_forward' in n:
        assert n['applications_carried_forward'] == t3[('carried_forward', 'total')]
    if 'reviews' in n:
        assert n['reviews'] == t4[('review', 'total')]
    if 'lawsuits' in n:
        assert n['lawsuits'] == t4[('suit_direct', 'total')] + t4[('suit_after_review', 'total')]
    if tpl == '2021' and t3[('other_handling.fee_unpaid', 'total')] > 0:          # FEE-21
        assert any('收费通知' in p for s in rep['sections'] for p in s[1])
    # every narrative figure is stated in the prose beside its keyword (1,234 or 1234 as the report writes it)
    prose = ''.join(p for s in rep['sections'] for p in s[1])
    for k, v in n.items():
        pats = NARR_PAT[k] if v else NARR_ZERO[k]
        nv = '(?:%s|%s)' % (v, re.escape(thou(v))) if isinstance(v, int) else str(v)
        assert any(re.search(p.replace('N', nv), prose) for p in pats), (rep['id'], k, v)
    return rep


REPORTS = []


def t2_2019(reg, nd, lic, oth, pen, coe, fees, proc):
    d = {}
    for row, v in (('regulations', reg), ('normative_documents', nd)):
        for c, x in zip(('made', 'published', 'public_total'), v):
            d[(row, c)] = x
    for row, v in (('licensing', lic), ('other_services', oth), ('penalty', pen), ('coercion', coe)):
        for c, x in zip(('items_last_year', 'items_change', 'decisions'), v):
            d[(row, c)] = x
    d[('fees', 'items_last_year')], d[('fees', 'items_change')] = fees
    d[('procurement', 'items')], d[('procurement', 'amount')] = proc
    return d


def t2_2021(reg, nd, lic, pen, coe, fee):
    d = {}
    for row, v in (('regulations', reg), ('normative_documents', nd)):
        for c, x in zip(('issued', 'repealed', 'in_force'), v):
            d[(row, c)] = x
    d[('licensing', 'decisions')] = lic
    d[('penalty', 'decisions')] = pen
    d[('coercion', 'decisions')] = coe
    d[('fees', 'amount')] = fee
    return d


def apps(t3):
    return dict(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                applications_carried_forward=t3[('carried_forward', 'total')])


def T(t3, k):
    return t3[(k, 'total')]


def add_t3(a, b):
    return {k: a[k] + b[k] for k in a}


INTRO19 = ('本报告根据新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，按照《中华人民共和国政府信息公开'
           '工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求编制。')
INTRO21 = ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发'
           '〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。')
PARTS = ('全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、'
         '存在的主要问题及改进情况、其他需要报告的事项。')


def period(y):
    return '本报告中所列数据的统计期限自%d年1月1日起至%d年12月31日止。' % (y, y)


def apps_line(t3, lead='全年', sep=str):
    return '%s新收政府信息公开申请%s件，上年结转%s件，办结%s件，结转下年度继续办理%s件。' % (
        lead, sep(T(t3, 'new')), sep(T(t3, 'carried_over')), sep(T(t3, 'processed')), sep(T(t3, 'carried_forward')))


def zero_nulls(t3, template, rows=None):
    """the table 三 cells that are zero (printed blank)"""
    out = []
    for k, g, l in t3_rows(template):
        if rows and k not in rows:
            continue
        for c in COLS:
            if t3[(k, c)] == 0:
                out.append('applications.%s.%s' % (k, c))
    return out


# ------------------------------------------------------------------ 1 pdf.js text layer, national bureau, 2021 template, 2022
t3 = gen_t3(1401, '2021', 63, {'person': 3, 'business': 1}, {'person': 4},
            col_w={'research': 0.1, 'nonprofit': 0.08})
r = dict(id='desert-bureau-2022', file='desert-bureau-2022.html', form='pdfjs-text-layer-dom',
         template='2021', year=2022, agency='国家荒漠化防治监测局', level='ministry (national bureau)',
         published='2023-01-31', t3=t3, may_make_rules=True,
         t4=make_t4((2, 1, 0, 1), (1, 0, 0, 1), (0, 0, 1, 0)),
         t2=t2_2021((1, 0, 9), (3, 2, 27), 12486, 1027, 0, 0),
         printed={'active.licensing.decisions': '12,486', 'active.penalty.decisions': '1,027'},
         narr=dict(active_total=2863, press_conferences=4, interpretations=17, npc_suggestions=24,
                   cppcc_proposals=19, fees_collected=0, reviews=4, lawsuits=3, **apps(t3)))
r['title'] = '国家荒漠化防治监测局2022年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2022) + '本报告电子版可在国家荒漠化防治监测局政府网站“政府信息公开”专栏下载。']),
    ('一、总体情况', [
        '2022年，国家荒漠化防治监测局围绕全国荒漠化和沙化土地监测、沙尘暴灾害应急监测和防沙治沙成效评估等重点工作，持续推进政府信息公开。',
        '（一）主动公开。全年在局政府网站主动公开政府信息2863条，发布全国沙尘天气监测快报36期；召开新闻发布会4场，发布政策解读17篇。',
        '（二）依申请公开。' + apps_line(t3) + '申请主要涉及沙化土地封禁保护区划定、监测数据和项目资金。',
        '（三）政府信息管理。制定部门规章1件，现行有效规章9件；制发行政规范性文件3件，废止2件，现行有效27件。',
        '（四）平台建设。上线荒漠化监测数据共享服务平台，开放监测样地数据集58个。',
        '（五）监督保障。组织局机关和各监测站政务公开培训2期，培训人员185人次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2022年，本局因政府信息公开工作被申请行政复议4件，被提起行政诉讼3件，具体情况见下表。',
        'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是监测数据开放的范围和时效还不能满足科研和社会需求；二是基层监测站政务公开工作力量薄弱。2023年，本局将扩大监测数据开放目录，加强对监测站的业务指导。']),
    ('六、其他需要报告的事项', [
        '（一）本年度未收取信息处理费。',
        '（二）全年承办全国人大代表建议24件、全国政协提案19件，均按时办复。']),
]
r['signature'] = ['国家荒漠化防治监测局', '2023年1月31日']
REPORTS.append(r)

# ------------------------------------------------------------------ 2 pdftotext -layout, landscape table 三 with fixed row heights, county, 2019 template, 2020
t3 = gen_t3(1402, '2019', 94, {'person': 4, 'business': 1}, {'person': 5, 'legal': 1})
r = dict(id='miyang-county-2020', file='miyang-county-2020.txt', form='pdftotext-layout-landscape-fixed-row-height',
         template='2019', year=2020, agency='汨阳县人民政府', level='county government',
         published='2021-01-29', t3=t3,
         t4=make_t4((3, 1, 0, 1), (2, 0, 1, 0), (1, 0, 0, 1)),
         t2=t2_2019((0, 0, 0), (9, 9, 64), (412, -23, 15307), (87, 6, 4391), (1034, -58, 2876), (63, 4, 209),
                    (29, -2), (136, 5218.64)),
         procurement_unit='万元', procurement_in_cell=True,
         narr=dict(active_total=12764, new_media_posts=2381, press_conferences=9, interpretations=41,
                   npc_suggestions=103, cppcc_proposals=121, reviews=5, lawsuits=5, **apps(t3)))
r['title'] = '汨阳县人民政府2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + PARTS + period(2020) + '如对本报告有疑问，请与汨阳县人民政府办公室联系（电话：0730-5213067）。']),
    ('一、总体情况', [
        '2020年，县政府统筹疫情防控和经济社会发展，坚持以公开为常态、不公开为例外，政府信息公开工作取得新进展。',
        '（一）主动公开。全年主动公开政府信息12764条，其中疫情防控信息1582条；通过“汨阳发布”政务新媒体推送2381条；召开新闻发布会9场，发布政策解读41篇。',
        '（二）依申请公开。' + apps_line(t3, '全年县政府本级'),
        '（三）政府信息管理。制发规范性文件9件，全部在县政府门户网站公开，并报市政府备案。',
        '（四）平台建设。完成县政府门户网站集约化迁移，在县政务服务中心设立政府信息公开查阅点1个。',
        '（五）监督保障。将政务公开纳入全县绩效考核，开展政务公开业务培训3期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '全年县政府因政府信息公开工作被申请行政复议5件，被提起行政诉讼5件。']),
    ('五、存在的主要问题及改进情况', [
        '一是部分乡镇和部门政务公开专栏更新不及时；二是依申请公开答复的说理性有待加强。2021年，县政府将建立专栏更新月报制度，开展答复文书质量评查。']),
    ('六、其他需要报告的事项', [
        '2020年，县政府承办县人大代表建议103件、县政协提案121件，办理结果全部公开。']),
]
r['signature'] = ['汨阳县人民政府', '2021年1月29日']
REPORTS.append(r)

# ------------------------------------------------------------------ 3 pdftotext -layout of a two-column 政府公报, city, 2021 template, 2023
t3 = gen_t3(1403, '2021', 287, {'person': 9, 'business': 2, 'legal': 1}, {'person': 11, 'business': 2},
            force={('other_handling.fee_unpaid', 'person'): 1})
r = dict(id='cizhou-city-2023', file='cizhou-city-2023.txt', form='pdftotext-layout-two-column-gazette',
         template='2021', year=2023, agency='茈州市人民政府', level='prefecture-level city government',
         published='2024-03-27', t3=t3, may_make_rules=True,
         t4=make_t4((11, 3, 2, 3), (6, 1, 1, 2), (3, 0, 1, 1)),
         t2=t2_2021((2, 1, 48), (21, 14, 236), 20417, 5283, 312, 1706.38),
         narr=dict(active_total=31528, press_conferences=41, interpretations=167, npc_suggestions=297,
                   cppcc_proposals=384, reviews=19, lawsuits=15, fees_collected=0, **apps(t3)))
r['title'] = '茈州市人民政府2023年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2023) + '本报告电子版可在茈州市人民政府门户网站下载。']),
    ('一、总体情况', [
        '2023年，市政府坚持以人民为中心，围绕扩大有效投资、优化营商环境和保障改善民生，以高质量公开助推高质量发展。',
        '（一）主动公开。全年市政府门户网站主动公开政府信息31528条；召开新闻发布会41场，发布政策解读167篇。',
        '（二）依申请公开。' + apps_line(t3, '全年市政府本级'),
        '（三）政府信息管理。制定政府规章2件、废止1件，现行有效规章48件；制发行政规范性文件21件、废止14件，现行有效236件。',
        '（四）平台建设。市政府门户网站完成适老化和无障碍改造，政策文件库归集现行有效文件1127件。',
        '（五）监督保障。将政务公开纳入市对县区综合考核，开展政务公开培训5期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2023年，市政府因政府信息公开工作被申请行政复议19件，被提起行政诉讼15件。']),
    ('五、存在的主要问题及改进情况', [
        '一是政策解读的针对性和可读性有待提升；二是部分县区依申请公开办理不够规范。2024年，市政府将推行政策文件与解读材料同步起草、同步审签、同步发布，开展依申请公开案例指导。']),
    ('六、其他需要报告的事项', [
        '（一）本年度市政府依据《政府信息公开信息处理费管理办法》向申请人发出收费通知%d件，申请人逾期未缴纳，相关申请不再处理，未收取信息处理费。' % T(t3, 'other_handling.fee_unpaid'),
        '（二）全年承办市人大代表建议297件、市政协提案384件，办理结果全部公开。']),
]
r['signature'] = ['茈州市人民政府', '2024年3月27日']
REPORTS.append(r)

# ------------------------------------------------------------------ 4 AbiWord text of a .docx, columns reordered + 小计, blank zeros, district, 2021 template, 2024
t3 = gen_t3(1404, '2021', 118, {'person': 4}, {'person': 6, 'business': 1}, col_w={'business': 0.2})
r = dict(id='congxi-district-2024', file='congxi-district-2024.txt', form='abiword-txt-of-docx',
         template='2021', year=2024, agency='鄞江市枞溪区人民政府', level='district government',
         published='2025-01-24', t3=t3,
         t4=make_t4((4, 1, 0, 1), (2, 0, 0, 1), (0, 1, 0, 0)),
         t2=t2_2021((0, 0, 0), (6, 3, 41), 8932, 2167, 58, 3.27),
         narr=dict(active_total=9361, new_media_posts=1547, press_conferences=8, interpretations=36,
                   npc_suggestions=142, cppcc_proposals=176, reviews=6, lawsuits=4, fees_collected=0, **apps(t3)))
r['nulls'] = ['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.in_force'] + \
    zero_nulls(t3, '2021')
r['printed'] = {k: ('—' if k.startswith('active') else '') for k in r['nulls']}
# table 三's applicant columns as the district prints them: 法人或其他组织 in another order, then a 小计 column
r['col_order'] = ['person', 'business', 'nonprofit', 'legal', 'research', 'other', 'subtotal', 'total']
r['colw'] = {'T3': [6, 7, 19] + [8, 8, 8, 8, 8, 8, 8, 8]}
r['title'] = '鄞江市枞溪区人民政府2024年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2024) + '本报告电子版可在鄞江市枞溪区人民政府门户网站下载。']),
    ('一、总体情况', [
        '2024年，枞溪区人民政府深入贯彻《条例》，围绕老旧小区改造、义务教育入学和社会救助等群众关切事项，不断加大信息公开力度。',
        '（一）主动公开。全年通过区政府门户网站主动公开政府信息9361条，通过“枞溪发布”微信公众号推送1547条；召开新闻发布会8场，发布政策解读36篇。',
        '（二）依申请公开。' + apps_line(t3, '全年区政府本级'),
        '（三）政府信息管理。制发行政规范性文件6件、废止3件，现行有效41件。',
        '（四）平台建设。区政府门户网站开设“民生实事”专题，按月公开项目进度。',
        '（五）监督保障。开展政务公开业务培训2期，对街道和区直部门开展政务公开季度检查。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2024年，区政府因政府信息公开工作被申请行政复议6件，被提起行政诉讼4件。']),
    ('五、存在的主要问题及改进情况', [
        '一是街道政务公开力量薄弱；二是政策解读形式较为单一。2025年，区政府将加强街道政务公开专员培训，推行图解、短视频等多元解读。']),
    ('六、其他需要报告的事项', [
        '（一）本年度区政府向申请人发出收费通知%d件，申请人逾期未按收费通知要求缴纳费用，相关申请不再处理，未收取信息处理费。' % T(t3, 'other_handling.fee_unpaid'),
        '（二）全年承办区人大代表建议142件、区政协提案176件，办理结果均已公开。']),
]
r['signature'] = ['鄞江市枞溪区人民政府', '2025年1月24日']
REPORTS.append(r)

# ------------------------------------------------------------------ 5 LibreOffice XHTML export, two tables 三, city department, 2021 template, 2025
t3 = gen_t3(1405, '2021', 41, {'person': 2}, {'person': 3})
t3_sub = gen_t3(1415, '2021', 222, {'person': 7, 'business': 1}, {'person': 9, 'business': 1},
                col_w={'business': 0.05, 'legal': 0.02})
t3_all = add_t3(t3, t3_sub)
r = dict(id='qianan-edu-2025', file='qianan-edu-2025.xhtml', form='libreoffice-xhtml-export-two-tables-3',
         template='2021', year=2025, agency='蕲安市教育局', level='city department (教育局)',
         published='2026-01-20', t3=t3, t3_all=t3_all,
         t4=make_t4((2, 0, 0, 1), (1, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (7, 4, 52), 1836, 47, 0, 0),
         narr=dict(active_total=4175, new_media_posts=2964, interpretations=28, npc_suggestions=57,
                   cppcc_proposals=83, reviews=3, lawsuits=1, fees_collected=0, **apps(t3)))
r['title'] = '蕲安市教育局2025年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2025) + '本报告电子版可在蕲安市人民政府门户网站“市教育局”信息公开专栏下载。']),
    ('一、总体情况', [
        '2025年，市教育局围绕义务教育招生入学、学前教育普惠发展和教育经费使用等群众关注事项，扎实做好政府信息公开工作。',
        '（一）主动公开。全年局机关主动公开政府信息4175条，通过“蕲安教育”微信公众号推送2964条，发布政策解读28篇。',
        '（二）依申请公开。局机关' + apps_line(t3, '全年') + '全市教育系统（含局属学校和直属事业单位）汇总收到申请%d件，具体情况见表三（二）。' % T(t3_all, 'new'),
        '（三）政府信息管理。制发行政规范性文件7件、废止4件，现行有效52件。',
        '（四）平台建设。在局门户网站开设“招生入学”专题，集中公开招生政策、学区划分和入学结果。',
        '（五）监督保障。将局属学校信息公开纳入年度办学水平督导评估，开展培训2期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['（一）市教育局机关', 'T3', '（二）全市教育系统汇总（含局属学校和直属事业单位）', 'T3ALL']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2025年，市教育局因政府信息公开工作被申请行政复议3件，被提起行政诉讼1件。']),
    ('五、存在的主要问题及改进情况', [
        '一是局属学校信息公开工作不够平衡；二是依申请公开答复文书规范化程度有待提高。2026年，市教育局将编制学校信息公开事项清单，开展答复文书评查。']),
    ('六、其他需要报告的事项', [
        '（一）本年度未收取信息处理费。',
        '（二）全年承办市人大代表建议57件、市政协提案83件，办理结果全部公开。']),
]
r['signature'] = ['蕲安市教育局', '2026年1月20日']
REPORTS.append(r)

# ------------------------------------------------------------------ 6 WeChat 公众号 article, table 二 as an image, township, 2021 template, 2021
t3 = gen_t3(1406, '2021', 7, {}, {'person': 1})
r = dict(id='zhaowan-town-2021', file='zhaowan-town-2021.html', form='wechat-mp-article-table-2-as-image',
         template='2021', year=2021, agency='沔川县棹湾镇人民政府', level='township (镇人民政府)',
         published='2022-01-18', t3=t3,
         t4=make_t4((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (0, 0, 0), 0, 17, 0, 0),
         no_t2=True,
         narr=dict(active_total=386, new_media_posts=214, fees_collected=0, **apps(t3)))
r['title'] = '沔川县棹湾镇人民政府2021年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + period(2021)]),
    ('一、总体情况', [
        '2021年，棹湾镇在县委、县政府的正确领导下，围绕乡村振兴、疫情防控和民生保障，扎实推进基层政务公开标准化规范化建设。',
        '（一）主动公开。全年通过沔川县人民政府门户网站乡镇专栏主动公开政府信息386条，通过“棹湾发布”微信公众号推送214条，在村（社区）公开栏公示材料96期。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。严格落实信息发布审核制度，全年未发生不当公开事件。',
        '（四）平台建设。在镇便民服务中心设置政务公开专区，在12个村（社区）设置查阅点。',
        '（五）监督保障。镇党政办负责政务公开日常工作，配备兼职工作人员2名。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4', '本年度未发生因政府信息公开引起的行政复议、行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '主要问题是政务公开工作人员均为兼职，业务能力有待提高。2022年，镇政府将加强学习培训，提高信息发布质量。']),
    ('六、其他需要报告的事项', ['本年度未收取信息处理费。']),
]
r['signature'] = ['沔川县棹湾镇人民政府', '2022年1月18日']
REPORTS.append(r)

# ------------------------------------------------------------------ 7 calibre ebook-convert of the PDF to text, province, 2019 template, 2019
t3 = gen_t3(1407, '2019', 512, {'person': 14, 'business': 3}, {'person': 21, 'business': 3, 'legal': 1})
r = dict(id='huanjiang-province-2019', file='huanjiang-province-2019.txt', form='calibre-ebook-convert-pdf-txt',
         template='2019', year=2019, agency='澴江省人民政府', level='provincial government',
         published='2020-03-30', t3=t3, may_make_rules=True,
         t4=make_t4((21, 5, 3, 7), (11, 2, 2, 4), (5, 1, 0, 2)),
         t2=t2_2019((6, 6, 218), (27, 27, 402), (1587, -236, 63418), (342, 19, 21756), (96, -7, 2143),
                    (23, 3, 518), (47, -9), (2216, 38652.4)),
         procurement_unit='万元', procurement_in_cell=True,
         narr=dict(active_total=52317, press_conferences=96, interpretations=287, npc_suggestions=684,
                   cppcc_proposals=812, reviews=36, lawsuits=27, fees_collected=0, **apps(t3)))
pr = {}
for row in ('licensing', 'other_services', 'penalty', 'coercion'):
    pr['active.%s.items_last_year' % row] = thou(r['t2'][(row, 'items_last_year')]) + '项'
    v = r['t2'][(row, 'items_change')]
    pr['active.%s.items_change' % row] = ('+' if v > 0 else '') + thou(v) + '项'
    pr['active.%s.decisions' % row] = thou(r['t2'][(row, 'decisions')]) + '件'
pr['active.fees.items_last_year'] = '47项'
pr['active.fees.items_change'] = '-9项'
pr['active.procurement.items'] = '2,216'
pr['active.procurement.amount'] = '38,652.40万元'
for (k, c), v in t3.items():
    if v >= 1000:
        pr['applications.%s.%s' % (k, c)] = thou(v)
r['printed'] = pr
r['title'] = '澴江省人民政府2019年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + PARTS + period(2019) + '本报告电子版可在澴江省人民政府门户网站查阅或下载。如对本报告有疑问，请与澴江省人民政府办公厅政务公开处联系（电话：0716-85237410）。']),
    ('一、总体情况', [
        '2019年，省政府认真贯彻新修订的《条例》，以重点领域信息公开为抓手，进一步规范依申请公开，政务公开工作取得新成效。',
        '（一）主动公开。全年省政府门户网站主动公开政府信息52,317条，其中省政府及省政府办公厅文件413件；召开新闻发布会96场，发布政策解读287篇。',
        '（二）依申请公开。' + apps_line(t3, '全年省政府本级', thou),
        '（三）政府信息管理。制定省政府规章6件，制发规范性文件27件，均在省政府门户网站和《澴江省人民政府公报》公开。',
        '（四）平台建设。建成全省统一的政策文件库，归集现行有效省政府规章218件、规范性文件402件。',
        '（五）监督保障。印发《澴江省政务公开工作考核细则》，组织全省政务公开培训班4期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2019年，省政府因政府信息公开工作被申请行政复议36件，被提起行政诉讼27件。']),
    ('五、存在的主要问题及改进情况', [
        '一是基层政务公开标准目录编制进度不平衡；二是部分部门依申请公开答复期限管理不够严格。2020年，省政府将全面完成基层政务公开标准目录编制，建立答复期限预警机制。']),
    ('六、其他需要报告的事项', [
        '2019年，省政府承办省人大代表建议684件、省政协提案812件，办理复文全部公开。本年度未收取信息处理费。']),
]
r['signature'] = ['澴江省人民政府', '2020年3月30日']
REPORTS.append(r)

# ------------------------------------------------------------------ 8 pdf2json (npm) of the PDF, public institution, 2019 template, 2020
t3 = gen_t3(1408, '2019', 23, {'person': 1}, {'person': 1})
r = dict(id='weining-ybjs-2020', file='weining-ybjs-2020.json', form='pdf2json-npm-json',
         template='2019', year=2020, agency='沩宁市医疗保障基金结算中心',
         level='public institution (医疗保障基金结算中心, prefecture level)',
         published='2021-01-22', t3=t3,
         t4=make_t4((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2019((0, 0, 0), (0, 0, 0), (0, 0, 0), (12, 2, 1846), (0, 0, 0), (0, 0, 0), (0, 0), (3, 46.8)),
         procurement_unit='万元', procurement_in_cell=True,
         narr=dict(active_total=318, new_media_posts=126, reviews=1, **apps(t3)))
r['title'] = '沩宁市医疗保障基金结算中心2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + period(2020)]),
    ('一、总体情况', [
        '2020年，市医疗保障基金结算中心围绕医保待遇结算、定点医药机构协议管理和疫情期间医保服务保障，及时公开相关政策和办事信息。',
        '（一）主动公开。全年主动公开政府信息318条，其中定点医药机构名单及变更信息74条；通过“沩宁医保”微信公众号推送信息126条。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。建立信息发布“三审”制度，全年未发生不当公开事件。',
        '（四）平台建设。在市医疗保障局网站开设中心信息公开专栏。',
        '（五）监督保障。中心综合科负责政府信息公开日常工作，配备兼职人员1名。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '本年度中心因政府信息公开被申请行政复议1件，复议机关维持原答复；未发生行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '政策解读数量偏少、形式单一。2021年，中心将结合医保政策宣传月开展多形式解读。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['沩宁市医疗保障基金结算中心', '2021年1月22日']
REPORTS.append(r)

for r in REPORTS:
    base(r)
