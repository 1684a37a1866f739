"""The five invented reports of set 15: figures, printed cells and prose (base() taken over from set 14)."""
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


# ------------------------------------------------------------------ 1 perl docx2txt of the .docx, provincial department, 2021 template, 2022 (总计 first)
t3 = gen_t3(1501, '2021', 88, {'person': 3, 'business': 1}, {'person': 5})
r = dict(id='chengchuan-nynct-2022', file='chengchuan-nynct-2022.txt', form='docx2txt-perl-total-column-first',
         template='2021', year=2022, agency='澂川省农业农村厅', level='provincial department (农业农村厅)',
         published='2023-01-30', t3=t3,
         t4=make_t4((3, 1, 0, 1), (1, 0, 1, 1), (1, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (6, 3, 41), 3286, 214, 9, 26.4),
         col_order=['total', 'person', 'business', 'research', 'nonprofit', 'legal', 'other'],
         narr=dict(active_total=5218, press_conferences=7, interpretations=46, new_media_posts=1963,
                   npc_suggestions=318, cppcc_proposals=402, reviews=5, lawsuits=4, **apps(t3)))
r['title'] = '澂川省农业农村厅2022年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2022) + '如对本报告有疑问，请与澂川省农业农村厅办公室联系（地址：澂川省澂州市农丰路88号，邮编：671021，电话：0874-63125570）。']),
    ('一、总体情况', [
        '2022年，省农业农村厅深入贯彻《条例》，围绕粮食安全、乡村振兴和农业防灾减灾等重点工作，不断提升政府信息公开质量。',
        '（一）主动公开。全年在厅门户网站主动公开政府信息5218条，召开新闻发布会7场，发布政策解读46篇，通过“澂川农业”微信公众号发布信息1963条。',
        '（二）依申请公开。' + apps_line(t3) + '申请内容主要涉及土地承包经营权确权、农业补贴发放和农业项目资金。',
        '（三）政府信息管理。全年制发行政规范性文件6件，废止3件，现行有效41件，均在厅门户网站规范性文件专栏集中公开。',
        '（四）平台建设。完成厅门户网站集约化迁移，优化“惠农补贴查询”栏目。',
        '（五）监督保障。将政务公开纳入厅机关处室年度绩效考核，组织全省农业农村系统政务公开培训1期，培训160人次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2022年，本厅因政府信息公开工作被申请行政复议5件，被提起行政诉讼4件。',
        'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是部分处室对主动公开范围把握不够准确；二是依申请公开答复文书的规范性有待加强。2023年，本厅将修订主动公开基本目录，开展答复文书评查。']),
    ('六、其他需要报告的事项', [
        '（一）' + fee_line(t3),
        '（二）全年承办省人大代表建议318件、省政协提案402件，办理结果均按规定公开。']),
]
r['signature'] = ['澂川省农业农村厅', '2023年1月30日']
REPORTS.append(r)

# ------------------------------------------------------------------ 2 Outlook "另存为 HTML" of the mail that submits the report, 街道办事处, 2019 template, 2020
t3 = gen_t3(1502, '2019', 6, {'person': 1}, {'person': 1})
r = dict(id='liutang-jiedao-2020', file='liutang-jiedao-2020.htm', form='outlook-saved-htm-gb2312',
         template='2019', year=2020, agency='榆溪市东关区人民政府柳塘街道办事处', level='sub-district office (街道办事处)',
         published='2021-01-25', t3=t3,
         t4=make_t4((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2019((0, 0, 0), (0, 0, 0), (0, 0, 0), (14, 2, 386), (23, 5, 47), (0, 0, 0), (0, 0), (4, 36.85)),
         procurement_unit='万元', procurement_in_cell=True,
         narr=dict(active_total=642, new_media_posts=318, **apps(t3)))
# the office prints '/' in the 规章 row (a 街道 makes no 规章) and leaves the 复议后起诉 block blank
r['printed'] = dict([('active.regulations.%s' % c, '/') for c in ('made', 'published', 'public_total')] +
                    [('appeals.suit_after_review.%s' % c, '') for c in ('upheld', 'corrected', 'other', 'pending', 'total')])
r['nulls'] = sorted(r['printed'])
r['title'] = '柳塘街道办事处2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + period(2020)]),
    ('一、总体情况', [
        '2020年，柳塘街道在区委、区政府的领导下，结合疫情防控、老旧小区改造和综合行政执法改革，扎实做好政府信息公开工作。',
        '（一）主动公开。全年通过东关区人民政府门户网站街道专栏主动公开政府信息642条，通过“柳塘发布”微信公众号发布信息318条，更新社区公开栏48期。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。落实信息发布“三审”制度，全年未发生不当公开事件。',
        '（四）平台建设。在街道便民服务中心设立政府信息查阅点，在9个社区设置公开栏。',
        '（五）监督保障。街道党政办负责政府信息公开日常工作，配备兼职工作人员2名。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4', '本年度未发生因政府信息公开引起的行政复议、行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '主要问题是社区公开栏更新不够及时。2021年，街道将建立社区公开栏月度检查制度。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['榆溪市东关区人民政府柳塘街道办事处', '2021年1月25日']
REPORTS.append(r)

# ------------------------------------------------------------------ 3 Debian html2text (C++) of the bureau's CMS page, county bureau, 2021 template, 2024
t3 = gen_t3(1503, '2021', 24, {'person': 1}, {'person': 2})
r = dict(id='wengchuan-scjgj-2024', file='wengchuan-scjgj-2024.txt', form='html2text-debian-of-cms-page',
         template='2021', year=2024, agency='滃川县市场监督管理局', level='county department (市场监督管理局)',
         published='2025-01-20', t3=t3,
         t4=make_t4((1, 0, 0, 1), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (0, 0, 0), 4127, 386, 21, 0),
         narr=dict(active_total=1846, new_media_posts=1127, reviews=2, **apps(t3)))
r['title'] = '滃川县市场监督管理局2024年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + period(2024)]),
    ('一、总体情况', [
        '2024年，县市场监督管理局围绕优化营商环境、食品药品安全和特种设备安全监管，持续深化政务公开。',
        '（一）主动公开。全年在县政府门户网站本局专栏主动公开政府信息1846条，其中行政许可和行政处罚信息“双公示”4513条；通过“滃川市场监管”微信公众号发布信息1127条。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。开展政府信息公开专栏内容自查，清理过期失效信息36条。',
        '（四）平台建设。在县政务服务中心市场监管窗口设置政府信息查阅点。',
        '（五）监督保障。局办公室负责政务公开日常工作，将政务公开纳入股室年度考核。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2024年，本局因政府信息公开工作被申请行政复议2件，未被提起行政诉讼。', 'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是政策解读形式较为单一；二是基层市场监管所信息报送不够及时。2025年，本局将推出图解、短视频等解读形式，建立市场监管所信息报送月通报制度。']),
    ('六、其他需要报告的事项', [fee_line(t3)]),
]
r['signature'] = ['滃川县市场监督管理局', '2025年1月20日']
REPORTS.append(r)

# ------------------------------------------------------------------ 4 parsel ::text nodes in a JSON Lines record, national bureau, 2019 template, 2019
t3 = gen_t3(1504, '2019', 41, {'person': 2}, {'person': 3, 'business': 1})
r = dict(id='national-nhhd-2019', file='national-nhhd-2019.jsonl', form='parsel-text-nodes-jsonl',
         template='2019', year=2019, agency='国家内河航道管理局', level='ministry-level (national bureau)',
         published='2020-01-21', t3=t3, may_make_rules=True,
         t4=make_t4((2, 0, 1, 1), (1, 0, 0, 0), (0, 1, 0, 0)),
         t2=t2_2019((2, 2, 37), (5, 5, 46), (38, -3, 1264), (12, 1, 3380), (9, 0, 57), (3, 0, 4), (2, 0),
                    (64, 8732.5)),
         procurement_unit='万元', procurement_in_cell=True,
         narr=dict(active_total=3376, press_conferences=5, interpretations=22, reviews=4, lawsuits=2, **apps(t3)))
r['title'] = '国家内河航道管理局2019年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO19 + PARTS + period(2019) + '本报告电子版可在国家内河航道管理局政府网站下载。']),
    ('一、总体情况', [
        '2019年，国家内河航道管理局认真贯彻新修订的《条例》，围绕内河高等级航道建设、航道养护和通航安全保障，全面推进政府信息公开。',
        '（一）主动公开。全年在局政府网站主动公开政府信息3376条，发布航道通告和航道维护尺度信息1187条；召开新闻发布会5场，发布政策解读22篇。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。制定部门规章2件，制发规范性文件5件，均在局政府网站公开。',
        '（四）平台建设。开通全国内河航道电子航道图公众查询服务。',
        '（五）监督保障。组织局机关和各航道管理处政务公开培训3期，培训240人次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4', '2019年，本局因政府信息公开工作被申请行政复议4件，被提起行政诉讼2件。']),
    ('五、存在的主要问题及改进情况', [
        '一是航道动态信息的公开时效有待提高；二是依申请公开办理流程仍需规范。2020年，本局将建立航道信息实时发布机制，修订依申请公开工作规程。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['国家内河航道管理局', '2020年1月21日']
REPORTS.append(r)

# ------------------------------------------------------------------ 5 poppler pdftohtml -xml of the PDF, district government, 2021 template, 2025
t3 = gen_t3(1505, '2021', 173, {'person': 6, 'business': 1}, {'person': 9, 'legal': 1})
r = dict(id='nantang-district-2025', file='nantang-district-2025.xml', form='pdftohtml-xml',
         template='2021', year=2025, agency='蔚川市南塘区人民政府', level='district government',
         published='2026-01-28', t3=t3,
         t4=make_t4((6, 2, 1, 2), (3, 1, 0, 2), (1, 0, 1, 0)),
         t2=t2_2021((0, 0, 0), (4, 2, 33), 18763, 2941, 117, 146.82),
         narr=dict(active_total=11834, new_media_posts=2675, press_conferences=14, interpretations=63,
                   npc_suggestions=156, cppcc_proposals=203, reviews=11, lawsuits=8, **apps(t3)))
r['title'] = '蔚川市南塘区人民政府2025年政府信息公开工作年度报告'
r['sections'] = [
    ('', [INTRO21 + PARTS + period(2025)]),
    ('一、总体情况', [
        '2025年，南塘区坚持以公开为常态、不公开为例外，围绕城市更新、教育医疗和营商环境等群众关切，持续提升政务公开质效。',
        '（一）主动公开。全年通过区政府门户网站主动公开政府信息11834条，通过“南塘发布”政务新媒体发布信息2675条；召开新闻发布会14场，发布政策解读63篇。',
        '（二）依申请公开。' + apps_line(t3),
        '（三）政府信息管理。全年制发行政规范性文件4件，废止2件，现行有效33件。',
        '（四）平台建设。完成区政府门户网站适老化和无障碍改造，上线政策文件智能问答。',
        '（五）监督保障。将政务公开纳入区直部门和街道绩效考核，组织全区政务公开培训2期，培训310人次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2025年，区政府因政府信息公开工作被申请行政复议11件，被提起行政诉讼8件。', 'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是部分部门政策解读质量不高；二是依申请公开办理中答复文书说理不够充分。2026年，区政府将开展政策解读质量评查，组织答复文书案例培训。']),
    ('六、其他需要报告的事项', [
        '（一）' + fee_line(t3),
        '（二）全年承办区人大代表建议156件、区政协提案203件，办理结果均已公开。']),
]
r['signature'] = ['蔚川市南塘区人民政府', '2026年1月28日']
REPORTS.append(r)

for r in REPORTS:
    if r['template'] == '2021' and 'fees_collected' not in r['narr']:
        r['narr']['fees_collected'] = 0 if '未实际收取信息处理费' in fee_line(r['t3']) or '未收取信息处理费' in fee_line(r['t3']) else None
    base(r)
