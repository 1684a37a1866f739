"""The five invented reports of set 16: figures, printed cells and prose (base() taken over from set 15)."""
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



def fee_line(t3):
    """section 六 of a 2021 report: the 信息处理费 (FEE-21: a （六）2 figure needs the 收费通知)"""
    n = T(t3, 'other_handling.fee_unpaid')
    if n:
        return ('本年度依据《政府信息公开信息处理费管理办法》向申请人发出收费通知%d件，申请人均逾期未缴纳，'
                '相关申请不再处理，未实际收取信息处理费。' % n)
    return '本年度未收取信息处理费。'


# ------------------------------------------------------------------ 1 python-requests r.text of a GBK page served without a charset, county department, 2019 template, 2019
t3 = gen_t3(1601, '2019', 27, {'person': 2}, {'person': 1, 'business': 1})
r = dict(id='qiyang-wsjkj-2019', file='qiyang-wsjkj-2019.txt', form='requests-latin1-mojibake',
         template='2019', year=2019, agency='萁阳县卫生健康局', level='county department (卫生健康局)',
         published='2020-01-17', t3=t3,
         t4=make_t4((1, 0, 1, 0), (0, 0, 0, 1), (0, 0, 0, 0)),
         t2=t2_2019((0, 0, 0), (2, 2, 14), (23, 4, 1864), (6, 0, 212), (31, -2, 96), (4, 0, 3), (3, -1),
                    (17, 486.3)),
         procurement_unit='万元', procurement_in_cell=True,
         narr=dict(active_total=2134, new_media_posts=876, reviews=2, lawsuits=1, **apps(t3)))
# the bureau prints — in the 复议后起诉 block (no such case)
r['printed'] = dict(('appeals.suit_after_review.%s' % c, '—') for c in ('upheld', 'corrected', 'other', 'pending', 'total'))
r['nulls'] = sorted(r['printed'])
r['title'] = '萁阳县卫生健康局2019年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + period(2019)]),
    ('一、总体情况', [
        '2019年，县卫生健康局认真贯彻新修订的《条例》，围绕健康萁阳建设、医药卫生体制改革和公共卫生服务，扎实推进政府信息公开。',
        '（一）主动公开。全年在县政府门户网站卫健局专栏主动公开政府信息2134条，通过“健康萁阳”微信公众号发布信息876条。',
        '（二）依申请公开。' + apps_line(t3) + '申请内容主要涉及医疗纠纷处理、医疗机构执业登记和计划生育奖励扶助。',
        '（三）政府信息管理。全年制发规范性文件2件，均按规定公开。',
        '（四）平台建设。在县政务服务中心卫健窗口设立政府信息查阅点。',
        '（五）监督保障。局办公室负责政府信息公开日常工作，将政务公开纳入局属单位年度考核。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2019年，本局因政府信息公开工作被申请行政复议2件，被提起行政诉讼1件。', 'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是医疗卫生领域信息公开的深度不够；二是局属医疗机构公开工作不平衡。2020年，本局将编制医疗卫生领域基层政务公开标准目录，开展局属单位公开工作检查。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['萁阳县卫生健康局', '2020年1月17日']
REPORTS.append(r)

# ------------------------------------------------------------------ 2 pandoc -t tei of the bureau's page, national bureau, 2021 template, 2023
t3 = gen_t3(1602, '2021', 58, {'person': 4}, {'person': 3, 'research': 1})
r = dict(id='national-cyfh-2023', file='national-cyfh-2023.xml', form='pandoc-tei-simple',
         template='2021', year=2023, agency='国家草原防火监测局', level='ministry-level (national bureau)',
         published='2024-01-26', t3=t3, may_make_rules=True,
         t4=make_t4((3, 0, 1, 1), (1, 1, 0, 0), (0, 0, 1, 0)),
         t2=t2_2021((1, 0, 12), (3, 1, 27), 412, 36, 0, 0),
         narr=dict(active_total=2867, press_conferences=6, interpretations=31, reviews=5, lawsuits=3, **apps(t3)))
r['title'] = '国家草原防火监测局2023年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2023)]),
    ('一、总体情况', [
        '2023年，国家草原防火监测局围绕草原火情监测预警、防火物资储备和草原防火执法检查，全面推进政务公开。',
        '（一）主动公开。全年在局政府网站主动公开政府信息2867条，发布草原火险预警信息418期；召开新闻发布会6场，发布政策解读31篇。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。全年制定部门规章1件，制发行政规范性文件3件，废止1件。',
        '（四）平台建设。上线草原火情卫星监测信息公开专栏。',
        '（五）监督保障。组织局机关和各监测站政务公开培训2期，培训180人次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2023年，本局因政府信息公开工作被申请行政复议5件，被提起行政诉讼3件。', 'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是火情监测数据开放程度不高；二是政策解读的针对性有待增强。2024年，本局将制定监测数据开放目录，推行图解和问答式解读。']),
    ('六、其他需要报告的事项', [fee_line(t3)]),
]
r['signature'] = ['国家草原防火监测局', '2024年1月26日']
REPORTS.append(r)

# ------------------------------------------------------------------ 3 pandoc -t json (the AST) of the department's .docx, provincial department, 2021 template, 2022
t3 = gen_t3(1603, '2021', 121, {'person': 5, 'business': 2}, {'person': 4})
r = dict(id='kechuan-slt-2022', file='kechuan-slt-2022.json', form='pandoc-json-ast-of-docx',
         template='2021', year=2022, agency='岢川省水利厅', level='provincial department (水利厅)',
         published='2023-01-19', t3=t3,
         t4=make_t4((4, 1, 0, 2), (2, 0, 1, 0), (1, 0, 0, 1)),
         t2=t2_2021((0, 0, 0), (5, 2, 38), 1746, 89, 7, 12.35),
         col_order=['person', 'business', 'nonprofit', 'research', 'legal', 'other', 'total'],
         narr=dict(active_total=4521, new_media_posts=1388, interpretations=27, npc_suggestions=146,
                   cppcc_proposals=173, reviews=7, lawsuits=5, **apps(t3)))
r['title'] = '岢川省水利厅2022年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2022)]),
    ('一、总体情况', [
        '2022年，省水利厅围绕水旱灾害防御、河湖长制和水资源刚性约束，持续深化政务公开。',
        '（一）主动公开。全年在厅门户网站主动公开政府信息4521条，发布政策解读27篇，通过“岢川水利”微信公众号发布信息1388条。',
        '（二）依申请公开。' + apps_line(t3) + '申请内容主要涉及取水许可、河道采砂和水利工程征地补偿。',
        '（三）政府信息管理。全年制发行政规范性文件5件，废止2件，现行有效38件。',
        '（四）平台建设。开通全省水雨情信息公众查询服务。',
        '（五）监督保障。将政务公开纳入厅机关处室和直属单位年度考核。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2022年，本厅因政府信息公开工作被申请行政复议7件，被提起行政诉讼5件。', 'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是水利工程建设项目信息公开不够及时；二是依申请公开答复说理不够充分。2023年，本厅将建立重点水利工程信息公开台账，开展答复文书评查。']),
    ('六、其他需要报告的事项', [
        '（一）' + fee_line(t3),
        '（二）全年承办省人大代表建议146件、省政协提案173件，办理结果均按规定公开。']),
]
r['signature'] = ['岢川省水利厅', '2023年1月19日']
REPORTS.append(r)

# ------------------------------------------------------------------ 4 xml2's html2 (path=value lines) of the city portal page, city government, 2021 template, 2025
t3 = gen_t3(1604, '2021', 412, {'person': 21, 'business': 3, 'legal': 1}, {'person': 17, 'business': 2})
r = dict(id='hengyang-city-2025', file='hengyang-city-2025.txt', form='xml2-html2-path-lines',
         template='2021', year=2025, agency='珩阳市人民政府', level='city government',
         published='2026-01-27', t3=t3, may_make_rules=True,
         t4=make_t4((14, 3, 2, 4), (6, 1, 1, 3), (2, 1, 0, 1)),
         t2=t2_2021((2, 1, 46), (9, 4, 87), 24618, 5873, 346, 218.47),
         narr=dict(active_total=16382, new_media_posts=5217, press_conferences=23, interpretations=94,
                   npc_suggestions=287, cppcc_proposals=341, reviews=23, lawsuits=15, **apps(t3)))
r['title'] = '珩阳市人民政府2025年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2025)]),
    ('一、总体情况', [
        '2025年，珩阳市坚持以公开为常态、不公开为例外，围绕稳就业、城市更新和民生保障，全面推进政务公开标准化规范化。',
        '（一）主动公开。全年通过市政府门户网站主动公开政府信息16382条，通过政务新媒体发布信息5217条；召开新闻发布会23场，发布政策解读94篇。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。全年制定政府规章2件，废止1件，现行有效46件；制发行政规范性文件9件。',
        '（四）平台建设。完成市政府门户网站集约化平台升级，上线政策文件库。',
        '（五）监督保障。将政务公开纳入全市高质量发展综合绩效考核，组织培训3期，培训420人次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2025年，市政府因政府信息公开工作被申请行政复议23件，被提起行政诉讼15件。', 'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是部分县区政策解读质量不高；二是基层政务公开专区建设不均衡。2026年，市政府将开展政策解读质量评估，推进基层政务公开专区全覆盖。']),
    ('六、其他需要报告的事项', [
        '（一）' + fee_line(t3),
        '（二）全年承办市人大代表建议287件、市政协提案341件，办理结果均已公开。']),
]
r['signature'] = ['珩阳市人民政府', '2026年1月27日']
REPORTS.append(r)

# ------------------------------------------------------------------ 5 LibreOffice's Writer HTML export of the township's .doc (a CMS's online preview), township, 2019 template, 2020
t3 = gen_t3(1605, '2019', 5, {'person': 1}, {})
r = dict(id='lixi-xiang-2020', file='lixi-xiang-2020.html', form='libreoffice-writer-html-of-doc',
         template='2019', year=2020, agency='薮川县蓠溪乡人民政府', level='township government (乡)',
         published='2021-01-22', t3=t3,
         t4=make_t4((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2019((0, 0, 0), (0, 0, 0), (0, 0, 0), (9, 1, 173), (0, 0, 0), (0, 0, 0), (0, 0), (2, 18.6)),
         procurement_unit='万元', procurement_in_cell=False,
         narr=dict(active_total=386, new_media_posts=214, **apps(t3)))
# the township prints '/' in the 规章 row and leaves the 行政事业性收费 row blank (it levies no fees)
r['printed'] = dict([('active.regulations.%s' % c, '/') for c in ('made', 'published', 'public_total')] +
                    [('active.fees.%s' % c, '') for c in ('items_last_year', 'items_change')])
r['nulls'] = sorted(r['printed'])
r['t2_labels'] = {'采购总金额': '采购总金额（万元）'}
r['title'] = '蓠溪乡人民政府2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + period(2020)]),
    ('一、总体情况', [
        '2020年，蓠溪乡在县委、县政府的领导下，结合脱贫攻坚收官、疫情防控和农村人居环境整治，认真做好政府信息公开工作。',
        '（一）主动公开。全年通过薮川县人民政府门户网站乡镇专栏主动公开政府信息386条，通过“蓠溪乡”微信公众号发布信息214条，更新村务公开栏36期。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。落实信息发布审核制度，全年未发生不当公开事件。',
        '（四）平台建设。在乡便民服务中心设立政府信息查阅点。',
        '（五）监督保障。乡党政办负责政府信息公开日常工作，配备兼职工作人员1名。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4', '本年度未发生因政府信息公开引起的行政复议、行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '主要问题是村务公开栏更新不够及时。2021年，乡政府将建立村务公开栏季度检查制度。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['薮川县蓠溪乡人民政府', '2021年1月22日']
REPORTS.append(r)

for r in REPORTS:
    if r['template'] == '2021' and 'fees_collected' not in r['narr']:
        r['narr']['fees_collected'] = 0
    base(r)
