"""The eight invented reports of set 13: figures, printed cells and prose (base() taken over from set 12)."""
import re
from core import gen_t3, make_t4, check_t3, check_t4, check_t2, COLS, t3_rows


def amount_str(v):
    return ('%.2f' % v).rstrip('0').rstrip('.')


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
NARR_ZERO = {'fees_collected': [r'未(?:实际)?收取信息处理费'], 'applications_carried_forward': [r'无结转下年度', r'结转下年度继续办理0件']}


def base(rep):
    """check the identities, fill the gold-path -> value map and the printed text of every cell"""
    tpl = rep['template']
    t3, t4, t2 = rep['t3'], rep['t4'], rep['t2']
    check_t3(t3, tpl)
    check_t4(t4)
    check_t2(t2, tpl, rep.get('may_make_rules', False))
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
    # every narrative figure is stated in the prose beside its keyword
    prose = ''.join(p for s in rep['sections'] for p in s[1])
    for k, v in n.items():
        pats = NARR_PAT[k] if v else NARR_ZERO[k]
        assert any(re.search(p.replace('N', str(v)), prose) for p in pats), (rep['id'], k, v)
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


INTRO19 = ('本报告根据新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，按照《中华人民共和国政府信息公开'
           '工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求编制。')
INTRO21 = ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发'
           '〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。')
PARTS = ('全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、'
         '存在的主要问题及改进情况、其他需要报告的事项。')


def period(y):
    return '本报告中所列数据的统计期限自%d年1月1日起至%d年12月31日止。' % (y, y)


def apps_line(t3, lead='全年'):
    return '%s新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。' % (
        lead, T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'), T(t3, 'carried_forward'))


# ------------------------------------------------------------------ 1 pandoc DocBook 5, national bureau, 2021 template, 2023
t3 = gen_t3(1301, '2021', 47, {'person': 2, 'business': 1}, {'person': 3},
            col_w={'research': 0.12, 'nonprofit': 0.09})
r = dict(id='national-wetland-2023', file='national-wetland-2023.dbk.xml', form='pandoc-docbook5',
         template='2021', year=2023, agency='国家湿地保护监测局', level='ministry (national bureau)',
         published='2024-01-30', t3=t3, may_make_rules=True,
         t4=make_t4((3, 1, 0, 1), (1, 0, 1, 1), (1, 0, 0, 0)),
         t2=t2_2021((2, 1, 11), (4, 3, 36), 287, 9, 0, 0),
         narr=dict(active_total=3174, press_conferences=6, interpretations=23, npc_suggestions=31,
                   cppcc_proposals=27, fees_collected=0, reviews=5, lawsuits=4, **apps(t3)))
r['title'] = '国家湿地保护监测局2023年政府信息公开工作年度报告'
r['labels'] = {'processed': '（七）总计'}
r['heads'] = {'四、政府信息公开行政复议、行政诉讼情况': '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'}
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2023) + '本报告电子版可在国家湿地保护监测局政府网站“政府信息公开”专栏下载。']),
    ('一、总体情况', [
        '2023年，国家湿地保护监测局深入贯彻《湿地保护法》，围绕国际重要湿地监测、湿地生态状况评估和湿地保护修复等重点工作，扎实推进政府信息公开。',
        '（一）主动公开。全年在局政府网站主动公开政府信息3174条，发布国际重要湿地生态状况监测公报2期；召开新闻发布会6场，发布政策解读23篇。',
        '（二）依申请公开。' + apps_line(t3) + '申请主要涉及湿地名录认定、湿地占用审批和监测数据。',
        '（三）政府信息管理。制定部门规章2件，废止1件，现行有效规章11件；制发行政规范性文件4件，废止3件，现行有效36件。',
        '（四）平台建设。上线全国湿地监测数据开放目录，公开监测站点412个。',
        '（五）监督保障。组织局机关和派出机构政务公开培训3期，培训人员260人次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2023年，本局因政府信息公开工作被申请行政复议5件，被提起行政诉讼4件，具体情况见下表。',
        'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是监测数据开放的颗粒度和更新频率还不能满足社会需求；二是派出机构政务公开工作不够平衡。2024年，本局将制定监测数据开放清单，加强对派出机构的业务指导。']),
    ('六、其他需要报告的事项', [
        '（一）本年度未收取信息处理费。',
        '（二）全年承办全国人大代表建议31件、全国政协提案27件，均按时办复。']),
]
r['signature'] = ['国家湿地保护监测局', '2024年1月30日']
REPORTS.append(r)

# ------------------------------------------------------------------ 2 LibreOffice Word 2003 XML, province, 2019 template, 2019
t3 = gen_t3(1302, '2019', 418, {'person': 12, 'business': 3}, {'person': 19, 'business': 4, 'legal': 1})
r = dict(id='qinchuan-province-2019', file='qinchuan-province-2019.xml', form='libreoffice-word2003-xml',
         template='2019', year=2019, agency='溱川省人民政府', level='provincial government',
         published='2020-03-26', t3=t3, may_make_rules=True,
         t4=make_t4((17, 4, 2, 6), (9, 1, 2, 3), (4, 0, 1, 2)),
         t2=t2_2019((8, 8, 243), (31, 31, 486), (1362, -417, 52783), (295, 36, 18406), (74, -9, 1285),
                    (19, 2, 347), (58, -11), (1573, 26841.37)),
         procurement_unit='万元', procurement_in_cell=False,
         printed={'active.other_services.items_change': '+36', 'active.coercion.items_change': '+2'},
         extra=[{'label': '其他主动公开文件', 'values': [627, 581, 4936]}],
         narr=dict(active_total=46218, press_conferences=87, interpretations=264, npc_suggestions=612,
                   cppcc_proposals=738, fees_collected=0, reviews=29, lawsuits=22, **apps(t3)))
r['t2_labels'] = {'上一年项目数量': '上一年项目数量（指2018年事项数）', '本年增/减': '本年增/减（减少用负值表示）',
                  '采购总金额': '采购总金额（万元）'}
r['title'] = '溱川省人民政府2019年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + PARTS + period(2019) + '本报告电子版可在溱川省人民政府门户网站查阅或下载。如对本报告有疑问，请与溱川省人民政府办公厅政务公开办公室联系（电话：027-86213540）。']),
    ('一、总体情况', [
        '2019年，省政府认真贯彻新修订的《条例》，以推进重点领域信息公开为抓手，进一步规范依申请公开，全面提升政务公开质量。',
        '（一）主动公开。全年省政府门户网站主动公开政府信息46218条，其中省政府及省政府办公厅文件386件；召开新闻发布会87场，发布政策解读264篇。',
        '（二）依申请公开。' + apps_line(t3, '全年省政府本级') ,
        '（三）政府信息管理。制定省政府规章8件，制发规范性文件31件，公开其他主动公开文件627件，均在省政府门户网站和《溱川省人民政府公报》公开。',
        '（四）平台建设。建成全省统一的政策文件库，归集现行有效省政府规章243件、规范性文件486件。',
        '（五）监督保障。印发《溱川省政务公开工作考核办法》，组织全省政务公开培训班3期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2019年，省政府因政府信息公开工作被申请行政复议29件，被提起行政诉讼22件。']),
    ('五、存在的主要问题及改进情况', [
        '一是基层政务公开标准化规范化试点成果推广不够；二是部分部门依申请公开答复不够规范。2020年，省政府将全面推进基层政务公开标准目录编制，开展依申请公开答复文书评查。']),
    ('六、其他需要报告的事项', [
        '2019年，省政府承办省人大代表建议612件、省政协提案738件，办理复文全部公开。本年度未收取信息处理费。']),
]
r['signature'] = ['溱川省人民政府', '2020年3月26日']
REPORTS.append(r)

# ------------------------------------------------------------------ 3 Jupyter notebook (requests + pandas.read_html), city, 2021 template, 2022
t3 = gen_t3(1303, '2021', 214, {'person': 6, 'business': 2}, {'person': 8, 'business': 1},
            force={('other_handling.fee_unpaid', 'person'): 2})
r = dict(id='guanzhou-city-2022', file='guanzhou-city-2022.ipynb', form='jupyter-notebook-pandas-read-html',
         template='2021', year=2022, agency='琯州市人民政府', level='prefecture-level city government',
         published='2023-03-28', t3=t3, may_make_rules=True,
         t4=make_t4((8, 2, 1, 2), (4, 1, 0, 2), (2, 0, 1, 0)),
         t2=t2_2021((3, 2, 57), (16, 9, 203), 14826, 3917, 128, 2341.56),
         narr=dict(active_total=24137, press_conferences=33, interpretations=142, npc_suggestions=318,
                   cppcc_proposals=406, reviews=13, lawsuits=10, **apps(t3)))
r['title'] = '琯州市人民政府2022年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2022) + '本报告电子版可在琯州市人民政府门户网站下载。']),
    ('一、总体情况', [
        '2022年，市政府坚持以公开促落实、强监管、优服务，围绕稳住经济大盘、疫情防控和民生实事等重点工作，不断深化政务公开。',
        '（一）主动公开。全年市政府门户网站主动公开政府信息24137条；召开新闻发布会33场，发布政策解读142篇。',
        '（二）依申请公开。' + apps_line(t3, '全年市政府本级'),
        '（三）政府信息管理。制定政府规章3件、废止2件，现行有效规章57件；制发行政规范性文件16件、废止9件，现行有效203件。',
        '（四）平台建设。完成市政府门户网站集约化平台升级，整合区县和市直部门网站38个。',
        '（五）监督保障。将政务公开纳入全市高质量发展综合绩效考核，开展政务公开培训4期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2022年，市政府因政府信息公开工作被申请行政复议13件，被提起行政诉讼10件。']),
    ('五、存在的主要问题及改进情况', [
        '一是部分区县政务公开专栏更新不及时；二是政策解读形式较为单一。2023年，市政府将建立专栏内容常态化巡查机制，推行图解、视频、问答等多元解读。']),
    ('六、其他需要报告的事项', [
        '（一）信息处理费收取情况。本年度市政府依据《政府信息公开信息处理费管理办法》发出收费通知%d件，申请人逾期未缴纳，相关申请不再处理，未收取信息处理费。' % T(t3, 'other_handling.fee_unpaid'),
        '（二）全年承办市人大代表建议318件、市政协提案406件，办理结果全部公开。']),
]
r['narr']['fees_collected'] = 0
r['signature'] = ['琯州市人民政府', '2023年3月28日']
REPORTS.append(r)

# ------------------------------------------------------------------ 4 mysqldump of a PHPCMS site, county, 2019 template, 2020
t3 = gen_t3(1304, '2019', 58, {'person': 2}, {'person': 3, 'business': 1})
r = dict(id='panxi-county-2020', file='panxi-county-2020.sql', form='mysqldump-phpcms-news-data',
         template='2019', year=2020, agency='磐溪县人民政府', level='county government',
         published='2021-01-27', t3=t3,
         t4=make_t4((2, 0, 0, 1), (1, 1, 0, 0), (0, 0, 0, 1)),
         t2=t2_2019((0, 0, 0), (6, 6, 47), (286, -12, 9315), (64, 5, 3872), (812, 27, 1603), (45, 0, 118),
                    (21, -3), (97, 3865.2)),
         procurement_unit='万元', procurement_in_cell=True,
         printed={'active.other_services.items_change': '+5', 'active.penalty.items_change': '+27'},
         narr=dict(active_total=9627, new_media_posts=1814, press_conferences=7, interpretations=29,
                   npc_suggestions=72, cppcc_proposals=95, reviews=3, lawsuits=3, **apps(t3)))
r['fullwidth'] = ['active.licensing.decisions', 'active.other_services.decisions', 'active.penalty.decisions',
                  'active.coercion.decisions']
r['title'] = '磐溪县人民政府2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + PARTS + period(2020) + '如对本报告有疑问，请与磐溪县人民政府办公室联系（电话：0797-6621835）。']),
    ('一、总体情况', [
        '2020年，县政府统筹推进疫情防控和经济社会发展，以政务公开助力“六稳”“六保”，政府信息公开工作取得新成效。',
        '（一）主动公开。全年主动公开政府信息9627条，其中疫情防控信息1136条；通过“磐溪发布”微信公众号推送1814条；召开新闻发布会7场，发布政策解读29篇。',
        '（二）依申请公开。' + apps_line(t3, '全年县政府本级'),
        '（三）政府信息管理。制发规范性文件6件，全部在县政府门户网站公开，并报市政府备案。',
        '（四）平台建设。在县政务服务中心、县图书馆设立政府信息公开查阅点2个。',
        '（五）监督保障。将政务公开纳入全县年度综合考核，开展培训2期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '全年县政府因政府信息公开工作被申请行政复议3件，被提起行政诉讼3件。']),
    ('五、存在的主要问题及改进情况', [
        '一是乡镇政务公开专栏内容更新不及时；二是依申请公开答复文书不够规范。2021年，县政府将加强对乡镇和部门的业务指导，统一答复文书格式。']),
    ('六、其他需要报告的事项', [
        '2020年，县政府承办县人大代表建议72件、县政协提案95件，办理结果全部公开。']),
]
r['signature'] = ['磐溪县人民政府', '2021年1月27日']
REPORTS.append(r)

# ------------------------------------------------------------------ 5 pandoc Jira wiki markup, district, 2021 template, 2024, label variants
t3 = gen_t3(1305, '2021', 131, {'person': 5, 'business': 1}, {'person': 4, 'business': 2})
r = dict(id='luting-district-2024', file='luting-district-2024.jira.txt', form='pandoc-jira',
         template='2021', year=2024, agency='蘅皋市芦汀区人民政府', level='district government',
         published='2025-01-22', t3=t3,
         t4=make_t4((5, 1, 0, 2), (2, 0, 1, 1), (1, 1, 0, 0)),
         t2=t2_2021((0, 0, 0), (5, 2, 38), 7436, 1258, 46, 8.74),
         narr=dict(active_total=8912, press_conferences=11, interpretations=47, npc_suggestions=126,
                   cppcc_proposals=158, fees_collected=0, reviews=8, lawsuits=6, **apps(t3)))
r['labels'] = {'partial': '（二）部分公开（区分处理的，只记这一情形，不记其他情形）',
               'denied.security': '3.危及"三安全一稳定"',
               'not_processed.petition': '1.信访投诉举报类申请',
               'processed': '（七）合计'}
r['col_total'] = '合计'
r['title'] = '蘅皋市芦汀区人民政府2024年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2024) + '本报告电子版可在芦汀区人民政府门户网站下载。']),
    ('一、总体情况', [
        '2024年，芦汀区人民政府坚持以人民为中心的发展思想，围绕优化营商环境、城市更新和民生保障，持续推进政务公开标准化规范化。',
        '（一）主动公开。全年通过区政府门户网站主动公开政府信息8912条，召开新闻发布会11场，发布政策解读47篇。',
        '（二）依申请公开。' + apps_line(t3, '全年区政府本级'),
        '（三）政府信息管理。制发行政规范性文件5件、废止2件，现行有效38件。',
        '（四）平台建设。区政府门户网站“政府信息公开”专栏完成栏目梳理，统一设置法定主动公开内容栏目17个。',
        '（五）监督保障。开展全区政务公开业务培训2期，对街道和区直部门政务公开工作开展季度测评。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2024年，区政府因政府信息公开被申请行政复议8件、被提起行政诉讼6件。']),
    ('五、存在的主要问题及改进情况', [
        '一是街道政务公开力量较为薄弱；二是依申请公开疑难案件研判机制有待完善。2025年，区政府将加强基层政务公开队伍建设，建立疑难申请会商机制。']),
    ('六、其他需要报告的事项', [
        '（一）本年度向申请人发出收费通知%d件，申请人逾期未缴纳，未收取信息处理费。' % T(t3, 'other_handling.fee_unpaid'),
        '（二）全年承办区人大代表建议126件、区政协提案158件，办理结果均已公开。']),
]
r['signature'] = ['蘅皋市芦汀区人民政府', '2025年1月22日']
REPORTS.append(r)

# ------------------------------------------------------------------ 6 Hugo content file (YAML front matter + pandoc HTML), street, 2021 template, 2025
t3 = gen_t3(1306, '2021', 6, {}, {'person': 1}, col_w={'business': 0.2})
r = dict(id='shanhu-street-2025', file='shanhu-street-2025.html', form='hugo-content-yaml-front-matter-html',
         template='2021', year=2025, agency='榴溪市青萝区杉湖街道办事处', level='subdistrict (街道办事处)',
         published='2026-01-16', t3=t3,
         t4=make_t4((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (0, 0, 0), 0, 23, 0, 0),
         nulls=['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.in_force',
                'active.licensing.decisions', 'active.fees.amount'],
         narr=dict(active_total=463, new_media_posts=286, fees_collected=0, **apps(t3)))
r['printed'] = {k: '/' for k in r['nulls']}
r['title'] = '榴溪市青萝区杉湖街道办事处2025年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + period(2025)]),
    ('一、总体情况', [
        '2025年，杉湖街道在区委、区政府的坚强领导下，紧紧围绕基层治理和民生服务，扎实推进基层政务公开标准化规范化建设。',
        '（一）主动公开。全年通过青萝区人民政府门户网站街道专栏主动公开政府信息463条，通过“杉湖之声”微信公众号推送286条，在社区公开栏张贴公示材料74期。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。落实信息发布“三审三校”制度，全年未发生泄密和不当公开事件。',
        '（四）平台建设。在街道便民服务中心设置政务公开专区1个，在9个社区设置查阅点。',
        '（五）监督保障。明确党政办为政务公开工作机构，配备兼职工作人员2名。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4', '本年度未发生因政府信息公开引起的行政复议、行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '主要问题是工作人员均为兼职，业务水平有待提高。2026年，街道将加强学习培训，规范公开内容，提高信息发布质量。']),
    ('六、其他需要报告的事项', ['本年度未收取信息处理费。']),
]
r['signature'] = ['榴溪市青萝区杉湖街道办事处', '2026年1月16日']
REPORTS.append(r)

# ------------------------------------------------------------------ 7 pandoc Textile, county department, 2019 template, 2020
t3 = gen_t3(1307, '2019', 39, {'person': 1, 'business': 1}, {'person': 2},
            col_w={'business': 0.35, 'legal': 0.12})
r = dict(id='jinglan-zrzyj-2020', file='jinglan-zrzyj-2020.textile', form='pandoc-textile',
         template='2019', year=2020, agency='泾岚县自然资源局', level='county department',
         published='2021-01-19', t3=t3,
         t4=make_t4((2, 1, 0, 0), (1, 0, 0, 1), (0, 0, 1, 0)),
         t2=t2_2019((0, 0, 0), (2, 2, 14), (73, -8, 1264), (26, 3, 582), (41, -6, 87), (9, 0, 12),
                    (7, -1), (14, 268400)),
         procurement_unit='元', procurement_in_cell=True,
         printed={'active.other_services.items_change': '+3'},
         narr=dict(active_total=1583, new_media_posts=412, interpretations=8, reviews=3, lawsuits=3, **apps(t3)))
r['title'] = '泾岚县自然资源局2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + period(2020) + '本报告电子版可在泾岚县人民政府门户网站“政府信息公开”专栏查阅。']),
    ('一、总体情况', [
        '2020年，县自然资源局围绕国土空间规划编制、耕地保护和不动产登记等重点工作，认真做好政府信息公开工作。',
        '（一）主动公开。全年主动公开政府信息1583条，其中征地信息217条、规划许可批前公示96条；通过“泾岚自然资源”微信公众号发布信息412条，发布政策解读8篇。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。制发规范性文件2件，均按规定公开。',
        '（四）平台建设。在局门户网站开设征地信息公开专栏。',
        '（五）监督保障。局办公室配备专职人员1名，全年开展政务公开培训1期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '本年度因政府信息公开被申请行政复议3件，被提起行政诉讼3件。']),
    ('五、存在的主要问题及改进情况', [
        '一是征地信息公开的完整性有待提高；二是依申请公开答复期限管理不够精细。2021年，本局将建立征地信息公开台账，实行答复期限预警。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['泾岚县自然资源局', '2021年1月19日']
REPORTS.append(r)

# ------------------------------------------------------------------ 8 mutool draw -F stext, public institution, 2021 template, 2021
t3 = gen_t3(1308, '2021', 18, {'person': 1}, {}, force={('other_handling.no_correction', 'person'): 1})
r = dict(id='tiaochuan-rczx-2021', file='tiaochuan-rczx-2021.stext.xml', form='mutool-draw-stext',
         template='2021', year=2021, agency='苕川市公共就业和人才服务中心',
         level='public institution (公共就业和人才服务中心, prefecture level)',
         published='2022-01-25', t3=t3,
         t4=make_t4((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (0, 0, 0), 0, 0, 0, 0),
         narr=dict(active_total=692, new_media_posts=375, interpretations=6, reviews=1, **apps(t3)))
r['title'] = '苕川市公共就业和人才服务中心2021年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + period(2021)]),
    ('一、总体情况', [
        '2021年，市公共就业和人才服务中心围绕稳就业、保就业，及时公开就业创业政策、招聘信息和补贴发放情况。',
        '（一）主动公开。全年主动公开政府信息692条，其中就业补贴公示信息148条；通过“苕川就业”微信公众号推送信息375条，发布政策解读6篇。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。建立信息发布审核台账，落实“先审后发”。',
        '（四）平台建设。在市人力资源和社会保障局网站开设中心信息公开专栏。',
        '（五）监督保障。中心综合科负责政府信息公开日常工作。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '本年度中心因政府信息公开被申请行政复议1件，复议机关维持原答复；未发生行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '政策解读数量偏少、形式单一。2022年，中心将结合招聘会、政策宣讲等活动开展多形式解读。']),
    ('六、其他需要报告的事项', ['本年度中心发出收费通知%d件，申请人逾期未缴纳费用，该申请不再处理。' % T(t3, 'other_handling.fee_unpaid')]),
]
r['signature'] = ['苕川市公共就业和人才服务中心', '2022年1月25日']
REPORTS.append(r)

for r in REPORTS:
    base(r)
