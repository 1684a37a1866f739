"""The eight invented reports of set 12: figures, printed cells and prose (base() taken over from set 11)."""
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
NARR_ZERO = {'fees_collected': [r'未(?:实际)?收取信息处理费'], 'applications_carried_forward': [r'无结转下年度']}


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


# ------------------------------------------------------------------ 1 unrtf --html (Recoll's RTF filter), 2019 template, 2019
t3 = gen_t3(1201, '2019', 63, {'person': 3}, {'person': 2, 'business': 1})
r = dict(id='qitong-county-2019', file='qitong-county-2019.html', form='unrtf-html-of-rtf',
         template='2019', year=2019, agency='栖桐县人民政府', level='county government',
         published='2020-03-27', t3=t3,
         t4=make_t4((2, 1, 0, 1), (1, 0, 1, 0), (0, 0, 0, 1)),
         t2=t2_2019((0, 0, 0), (7, 7, 52), (318, -26, 11573), (77, 4, 6382), (1024, 38, 1967), (61, 0, 142),
                    (27, -2), (113, 4127.85)),
         procurement_unit='万元', procurement_in_cell=True,
         printed={'active.other_services.items_change': '+4', 'active.penalty.items_change': '+38'},
         narr=dict(active_total=13652, new_media_posts=2047, press_conferences=9, interpretations=36,
                   npc_suggestions=84, cppcc_proposals=117, reviews=4, lawsuits=3, **apps(t3)))
r['title'] = '栖桐县人民政府2019年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + PARTS + period(2019) + '本报告电子版可在栖桐县人民政府门户网站“政府信息公开”专栏查阅和下载。如对本报告有疑问，请与栖桐县人民政府办公室联系（电话：0736-5821406）。']),
    ('一、总体情况', [
        '2019年，县政府认真贯彻落实新修订的《条例》，以推进决策、执行、管理、服务、结果“五公开”为抓手，围绕乡村振兴、营商环境和民生保障等重点领域加大公开力度。',
        '（一）主动公开。全年共主动公开政府信息13652条，其中县政府门户网站发布10318条，“栖桐发布”政务微博、微信推送2047条；召开新闻发布会9场，发布政策解读36篇。',
        '（二）依申请公开。全年县政府本级新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件，申请主要涉及土地征收、房屋拆迁补偿和社会救助等事项。' % (
            T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'), T(t3, 'carried_forward')),
        '（三）政府信息管理。建立政府信息公开属性源头认定机制，全年制发规范性文件7件，全部按规定公开。',
        '（四）平台建设。推进县政府门户网站与乡镇政务公开栏目一体化建设，在县档案馆、县图书馆设立政府信息查阅点2个。',
        '（五）监督保障。将政务公开工作纳入全县绩效考核，对14个乡镇和32个县直部门开展季度检查并通报结果。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '全年县政府因政府信息公开工作被申请行政复议4件，被提起行政诉讼3件，复议纠正1件。']),
    ('五、存在的主要问题及改进情况', [
        '一是部分乡镇和部门对新《条例》理解不够深入，主动公开内容不够全面；二是政策解读的及时性和针对性有待加强；三是依申请公开答复的规范化水平需进一步提升。2020年，县政府将加强业务培训，完善公开目录，推动解读与文件同步发布，并建立疑难申请集体会商机制。']),
    ('六、其他需要报告的事项', [
        '2019年，县政府共承办县人大代表建议84件、县政协提案117件，办复率均为100%，办理结果已在县政府门户网站公开。']),
]
r['signature'] = ['栖桐县人民政府', '2020年3月27日']
REPORTS.append(r)

# ------------------------------------------------------------------ 2 Ghostscript txtwrite of the bureau's PDF, 2021 template, 2024
t3 = gen_t3(1202, '2021', 1386, {'person': 21, 'business': 6}, {'person': 34, 'business': 9, 'legal': 2},
            col_w={'business': 0.42, 'research': 0.05, 'nonprofit': 0.06, 'legal': 0.09, 'other': 0.07})
r = dict(id='hengyan-eco-2024', file='hengyan-eco-2024.txt', form='ghostscript-txtwrite-of-pdf',
         template='2021', year=2024, agency='衡岩市生态环境局', level='city department (生态环境局)',
         published='2025-01-24', t3=t3,
         t4=make_t4((9, 2, 1, 3), (5, 1, 1, 2), (2, 0, 0, 1)),
         t2=t2_2021((0, 0, 0), (3, 2, 27), 1864, 927, 63, 0),
         narr=dict(active_total=6218, press_conferences=8, interpretations=31, new_media_posts=1573,
                   fees_collected=0, reviews=15, lawsuits=12, **apps(t3)))
r['title'] = '衡岩市生态环境局2024年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + period(2024) + '本报告电子版可在衡岩市人民政府门户网站“政府信息公开”专栏和衡岩市生态环境局网站下载。']),
    ('一、总体情况', [
        '2024年，市生态环境局坚持以公开促落实、以公开优服务，围绕蓝天、碧水、净土保卫战和环评审批服务改革，全面推进生态环境领域政府信息公开。',
        '（一）主动公开',
        '全年主动公开政府信息6218条，其中环境质量信息2406条、建设项目环评审批信息1137条、行政处罚信息927条。通过“衡岩生态环境”政务新媒体发布信息1573条，召开新闻发布会8场，发布政策解读31篇。',
        '（二）依申请公开',
        '全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。申请主要涉及建设项目环评文件、排污许可和信访投诉处理情况。' % (
            T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'), T(t3, 'carried_forward')),
        '（三）政府信息管理',
        '制发行政规范性文件3件，废止2件，现行有效行政规范性文件27件，均在局网站“政策文件”栏目集中公开。',
        '（四）平台建设',
        '升级建设项目环评审批公示系统，实现受理、拟批准、批准三个阶段信息自动推送公开。',
        '（五）监督保障',
        '制定局政务公开工作要点，开展全市生态环境系统政务公开业务培训2期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2024年，本局因政府信息公开工作被申请行政复议15件，被提起行政诉讼12件。',
        'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是依申请公开数量持续增长，部分申请内容复杂，答复工作压力较大；二是环评文件中涉及商业秘密和个人信息的处理标准有待统一。2025年，本局将编制依申请公开常见问题答复指引，规范第三方意见征询程序，提升答复质量和效率。']),
    ('六、其他需要报告的事项', [
        '本年度本局依据《政府信息公开信息处理费管理办法》向申请人发出收费通知%d件，申请人均逾期未缴纳，相关申请不再处理，本局未收取信息处理费。' % T(t3, 'other_handling.fee_unpaid')]),
]
r['signature'] = ['衡岩市生态环境局', '2025年1月24日']
REPORTS.append(r)

# ------------------------------------------------------------------ 3 .xlsx sharedStrings + sheet1 (LibreOffice Calc), 2021 template, 2022
t3 = gen_t3(1203, '2021', 97, {'person': 4, 'business': 1}, {'person': 3, 'other': 1},
            force={('other_handling.fee_unpaid', 'business'): 1})
r = dict(id='jinxi-district-2022', file='jinxi-district-2022.xlsx.xml', form='xlsx-sharedstrings-sheet-xml',
         template='2021', year=2022, agency='琅浦市金溪区人民政府', level='district government',
         published='2023-03-17', t3=t3,
         t4=make_t4((4, 2, 0, 1), (3, 0, 1, 1), (1, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (6, 3, 41), 9217, 1386, 74, 12.63),
         narr=dict(active_total=11473, press_conferences=12, interpretations=58, npc_suggestions=143,
                   cppcc_proposals=176, fees_collected=0, reviews=7, lawsuits=6, **apps(t3)))
r['title'] = '琅浦市金溪区人民政府2022年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2022) + '如对本报告有疑问，请与金溪区人民政府办公室联系（地址：金溪区金沙大道68号，邮编：531209）。']),
    ('一、总体情况', [
        '2022年，金溪区人民政府坚持以人民为中心，围绕疫情防控、稳经济促发展和城市更新等重点工作，持续深化政务公开。',
        '（一）主动公开。全区通过区政府门户网站主动公开政府信息11473条，召开新闻发布会12场，发布政策解读58篇。',
        '（二）依申请公开。全年区政府本级新收政府信息公开申请%d件，上年结转%d件，共办结%d件，结转下年度继续办理%d件。' % (
            T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'), T(t3, 'carried_forward')),
        '（三）政府信息管理。开展行政规范性文件清理，本年制发6件、废止3件，现行有效41件。',
        '（四）平台建设。区政府门户网站完成适老化和无障碍改造，优化“政府信息公开”专栏20个子栏目。',
        '（五）监督保障。将政务公开纳入区直部门和街道绩效考评，全年开展培训3期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2022年，区政府因政府信息公开被申请行政复议7件、被提起行政诉讼6件。']),
    ('五、存在的主要问题及改进情况', [
        '存在的问题主要是：基层政务公开标准化规范化建设还不够均衡，部分街道公开事项目录更新不及时。改进措施：2023年将逐项梳理基层公开事项，建立目录动态调整机制。']),
    ('六、其他需要报告的事项', [
        '（一）信息处理费收取情况。本年度向1家企业申请人发出收费通知1件，申请人逾期未缴纳，该申请不再处理，未收取信息处理费。',
        '（二）人大代表建议和政协提案办理结果公开情况。全年承办区人大代表建议143件、区政协提案176件，办理结果均已公开。']),
]
r['signature'] = ['琅浦市金溪区人民政府', '2023年3月17日']
REPORTS.append(r)

# ------------------------------------------------------------------ 4 pandoc EPUB 3 spine XHTML, 2021 template, 2023
t3 = gen_t3(1204, '2021', 34, {'person': 2}, {'person': 1},
            force={('other_handling.fee_unpaid', 'person'): 1})
r = dict(id='qingyi-bdc-2023', file='qingyi-bdc-2023.xhtml', form='pandoc-epub3-spine-xhtml',
         template='2021', year=2023, agency='青漪市不动产登记中心', level='public institution (不动产登记中心, prefecture level)',
         published='2024-01-26', t3=t3,
         t4=make_t4((1, 0, 0, 1), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (0, 0, 0), 52836, 0, 0, 486.27),
         narr=dict(active_total=1286, new_media_posts=734, interpretations=14, fees_collected=0, reviews=2,
                   **apps(t3)))
r['title'] = '青漪市不动产登记中心2023年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + period(2023) + '本报告电子版可在青漪市自然资源和规划局网站“政府信息公开”栏目查阅。']),
    ('一、总体情况', [
        '2023年，市不动产登记中心围绕“不动产登记便民利企”改革，全面公开登记办事指南、收费标准和办理时限，着力提升登记服务透明度。',
        '（一）主动公开。全年主动公开政府信息1286条，其中办事指南及其调整信息96条；通过“青漪不动产”微信公众号推送信息734条，发布政策解读14篇。',
        '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。申请主要涉及不动产登记资料查询和历史档案。' % (
            T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'), T(t3, 'carried_forward')),
        '（三）政府信息管理。区分政府信息公开申请与不动产登记资料查询，对属于登记资料查询的申请告知按《不动产登记资料查询暂行办法》办理。',
        '（四）平台建设。上线“不动产登记一网通办”专区，登记结果可在线查验。',
        '（五）监督保障。明确中心办公室为政府信息公开工作机构，配备兼职人员3名。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '本年度中心因政府信息公开被申请行政复议2件，其中1件维持、1件尚未审结；未发生行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '一是登记资料查询与政府信息公开申请界限的告知说明还不够清晰；二是政策解读形式较为单一。下一步，中心将编制办事问答，增加图解和短视频解读。']),
    ('六、其他需要报告的事项', [
        '本年度中心依据《政府信息公开信息处理费管理办法》发出收费通知1件，申请人逾期未缴纳，未收取信息处理费。表中行政事业性收费为不动产登记费收费金额。']),
]
r['signature'] = ['青漪市不动产登记中心', '2024年1月26日']
REPORTS.append(r)

# ------------------------------------------------------------------ 5 PHP json_encode CMS API, 2019 template, 2020
t3 = gen_t3(1205, '2019', 5, {}, {}, col_w={'business': 0.3})
r = dict(id='shuangtang-township-2020', file='shuangtang-township-2020.json', form='php-json-encode-cms-api',
         template='2019', year=2020, agency='澧北县双塘乡人民政府', level='township government (乡)',
         published='2021-01-22', t3=t3,
         t4=make_t4((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2019((0, 0, 0), (0, 0, 0), (0, 0, 0), (12, 0, 386), (3, 1, 17), (0, 0, 0), (0, 0), (6, 386000)),
         procurement_unit='元', procurement_in_cell=True,
         printed={'active.penalty.items_change': '+1'},
         narr=dict(active_total=327, new_media_posts=118, **apps(t3)))
r['title'] = '双塘乡人民政府2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + period(2020)]),
    ('一、总体情况', [
        '2020年，双塘乡人民政府在县委、县政府的领导下，按照县政务公开办的统一部署，扎实推进政府信息公开工作。',
        '（一）主动公开。全年通过澧北县人民政府门户网站乡镇专栏主动公开政府信息327条，通过“魅力双塘”微信公众号发布信息118条，在乡政务公开栏和各村村务公开栏张贴公示52期。',
        '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，无结转下年度办理的申请。' % (
            T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed')),
        '（三）政府信息管理。严格落实信息发布审核制度，坚持“先审后发”。',
        '（四）平台建设。更新乡政务服务中心信息查阅点设备。',
        '（五）监督保障。明确1名班子成员分管政务公开工作，党政办配备1名兼职信息员。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4', '本年度未发生因政府信息公开引起的行政复议和行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '主要问题是信息公开工作人员多为兼职，业务能力有待提高。2021年，我乡将加强培训，及时更新公开内容。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['澧北县双塘乡人民政府', '2021年1月22日']
REPORTS.append(r)

# ------------------------------------------------------------------ 6 groff -Tutf8 of pandoc -t man, 2021 template, 2025
t3 = gen_t3(1206, '2021', 29, {'person': 1, 'research': 1}, {'person': 2},
            col_w={'research': 0.15, 'nonprofit': 0.08})
r = dict(id='national-glacier-2025', file='national-glacier-2025.txt', form='groff-tbl-of-pandoc-man',
         template='2021', year=2025, agency='国家冰川冻土监测局', level='ministry (national bureau)',
         published='2026-01-29', t3=t3, may_make_rules=True,
         t4=make_t4((2, 1, 0, 0), (1, 0, 0, 1), (0, 0, 0, 0)),
         t2=t2_2021((1, 0, 7), (3, 2, 29), 412, 6, 0, 0),
         narr=dict(active_total=2196, press_conferences=4, interpretations=17, npc_suggestions=23,
                   cppcc_proposals=19, fees_collected=0, reviews=3, lawsuits=2, **apps(t3)))
r['title'] = '国家冰川冻土监测局2025年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2025) + '本报告电子版可在国家冰川冻土监测局政府网站下载。']),
    ('一、总体情况', [
        '2025年，国家冰川冻土监测局认真落实国务院办公厅政务公开工作要点，围绕冰川冻土监测预警、冰湖溃决风险防范和监测数据共享等重点工作，持续推进政府信息公开。',
        '（一）主动公开。全年在局政府网站主动公开政府信息2196条，发布冰川变化监测公报4期；召开新闻发布会4场，发布政策解读17篇。',
        '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。' % (
            T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'), T(t3, 'carried_forward')),
        '（三）政府信息管理。制定部门规章1件，现行有效规章7件；制发行政规范性文件3件，废止2件，现行有效29件。',
        '（四）平台建设。开通冰川冻土监测数据共享服务栏目，公开监测站点名录和数据目录。',
        '（五）监督保障。组织局机关和直属单位政务公开培训2期，开展年度政务公开自查。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '全年本局因政府信息公开工作被申请行政复议3件，被提起行政诉讼2件，详见下表。',
        'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是监测数据公开的及时性和可用性有待提高；二是政策解读的通俗化程度不够。2026年，本局将建立监测数据定期发布机制，丰富图解、视频等解读形式。']),
    ('六、其他需要报告的事项', [
        '（一）本年度未收取信息处理费。',
        '（二）全年承办全国人大代表建议23件、全国政协提案19件，均按期办结。']),
]
r['signature'] = ['国家冰川冻土监测局', '2026年1月29日']
REPORTS.append(r)

# ------------------------------------------------------------------ 7 pandoc -t dokuwiki, 2021 template, 2021, label variants
t3 = gen_t3(1207, '2021', 392, {'person': 17, 'business': 4, 'legal': 1}, {'person': 23, 'business': 5})
r = dict(id='minlan-province-2021', file='minlan-province-2021.dokuwiki.txt', form='pandoc-dokuwiki',
         template='2021', year=2021, agency='岷澜省人民政府', level='provincial government',
         published='2022-03-25', t3=t3, may_make_rules=True,
         t4=make_t4((14, 3, 2, 5), (7, 1, 1, 3), (3, 1, 0, 2)),
         t2=t2_2021((9, 4, 186), (27, 15, 342), 1873, 0, 0, 0),
         narr=dict(active_total=28436, press_conferences=64, interpretations=215, npc_suggestions=486,
                   cppcc_proposals=617, fees_collected=0, reviews=24, lawsuits=18, **apps(t3)))
r['labels'] = {'note': '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
               '（六）其他处理': '（六）其他处理',
               'partial': '（二）部分公开（区分处理的，只记这一情形，不记其他情形）',
               'denied.security': '3.危及"三安全一稳定"',
               'not_processed.petition': '1.信访投诉举报类申请',
               'processed': '（七）合计'}
r['col_total'] = '合计'
r['t2_labels'] = {'行政规范性文件': '规范性文件'}
r['title'] = '岷澜省人民政府2021年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2021) + '本报告电子版可在岷澜省人民政府门户网站查阅或下载。如对本报告有疑问，请与岷澜省人民政府办公厅政务公开办公室联系。']),
    ('一、总体情况', [
        '2021年，省政府深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，以“十四五”开局为契机，围绕重大决策部署、“放管服”改革、民生保障等领域深化政务公开。',
        '（一）主动公开。全年省政府门户网站主动公开政府信息28436条，其中省政府及省政府办公厅文件312件。召开新闻发布会64场，省政府领导出席11场；发布政策解读215篇。',
        '（二）依申请公开。全年省政府本级新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。' % (
            T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'), T(t3, 'carried_forward')),
        '（三）政府信息管理。制定省政府规章9件、废止4件，现行有效规章186件；制发规范性文件27件、废止15件，现行有效342件，规章和规范性文件数据库同步更新。',
        '（四）平台建设。推进全省政府网站集约化平台二期建设，统一政策文件库上线运行。',
        '（五）监督保障。将政务公开纳入省政府目标管理绩效考核，组织全省政务公开培训班2期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2021年，省政府因政府信息公开工作被申请行政复议24件，被提起行政诉讼18件。']),
    ('五、存在的主要问题及改进情况', [
        '一是政务公开标准化规范化向基层延伸不够均衡；二是依申请公开答复质量仍需提高。2022年，省政府将完善基层政务公开标准目录，加强对市县依申请公开工作的指导。']),
    ('六、其他需要报告的事项', [
        '（一）信息处理费收取情况。本年度省政府向申请人发出收费通知%d件，申请人均未在规定期限内缴纳，未收取信息处理费。' % T(t3, 'other_handling.fee_unpaid'),
        '（二）全年省政府承办省人大代表建议486件、省政协提案617件，办理复文按规定公开。',
        '（三）政务公开工作创新情况。开展“政府开放日”活动，邀请群众代表走进省政府部门。']),
]
r['signature'] = ['岷澜省人民政府', '2022年3月25日']
REPORTS.append(r)

# ------------------------------------------------------------------ 8 pdftotext -bbox-layout of the city's PDF, 2019 template, 2020
t3 = gen_t3(1208, '2019', 186, {'person': 9, 'business': 2}, {'person': 6, 'business': 1, 'legal': 1})
r = dict(id='fengling-city-2020', file='fengling-city-2020.bbox.xhtml', form='pdftotext-bbox-layout',
         template='2019', year=2020, agency='沣陵市人民政府', level='prefecture-level city government',
         published='2021-03-30', t3=t3, may_make_rules=True,
         t4=make_t4((6, 2, 1, 2), (4, 1, 0, 2), (2, 0, 1, 0)),
         t2=t2_2019((2, 2, 61), (14, 14, 197), (1265, -83, 38412), (246, 12, 15873), (1837, -54, 6249),
                    (128, 7, 903), (46, -5), (286, 15827.6)),
         procurement_unit='万元', procurement_in_cell=False,
         printed={'active.other_services.items_change': '+12', 'active.coercion.items_change': '+7'},
         narr=dict(active_total=31784, press_conferences=21, interpretations=96, npc_suggestions=275,
                   cppcc_proposals=338, reviews=11, lawsuits=10, **apps(t3)))
r['t2_labels'] = {'采购总金额': '采购总金额（万元）'}
r['title'] = '沣陵市人民政府2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + PARTS + period(2020) + '本报告电子版可在沣陵市人民政府门户网站（www.fengling.gov.cn）查阅或下载。']),
    ('一、总体情况', [
        '2020年，市政府统筹疫情防控和经济社会发展，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。',
        '（一）主动公开。全年市政府门户网站主动公开政府信息31784条，其中疫情防控信息2613条。召开新闻发布会21场，发布政策解读96篇。',
        '（二）依申请公开。全年市政府本级新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。' % (
            T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'), T(t3, 'carried_forward')),
        '（三）政府信息管理。制定政府规章2件，制发规范性文件14件，均在市政府门户网站和《沣陵市人民政府公报》公开。',
        '（四）平台建设。完成市政府门户网站集约化平台迁移，整合市直部门网站41个。',
        '（五）监督保障。市政府常务会议2次专题研究政务公开工作，全年开展政务公开培训4期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2020年，市政府因政府信息公开工作被申请行政复议11件，被提起行政诉讼10件。']),
    ('五、存在的主要问题及改进情况', [
        '一是部分县区和部门政策解读质量不高；二是依申请公开办理规范化水平不均衡。2021年，市政府将开展政策解读质量评估，推行依申请公开办理全流程网上运行。']),
    ('六、其他需要报告的事项', [
        '2020年，市政府共承办市人大代表建议275件、市政协提案338件，办理结果全部公开。']),
]
r['signature'] = ['沣陵市人民政府', '2021年3月30日']
REPORTS.append(r)

for r in REPORTS:
    base(r)
