"""The eight invented reports of set 11: figures, printed cells and prose."""
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


# ------------------------------------------------------------------ 1 LibreOffice text export of a .doc, 2019 template, 2019
t3 = gen_t3(1101, '2019', 58, {'person': 4, 'business': 1}, {'person': 3})
r = dict(id='xiuyuan-county-2019', file='xiuyuan-county-2019.txt', form='soffice-convert-to-txt-of-doc',
         template='2019', year=2019, agency='岫源县人民政府', level='county government',
         province='(fictional county 岫源县)', published='2020-03-20', t3=t3,
         t4=make_t4((3, 1, 0, 1), (2, 0, 1, 1), (1, 0, 0, 0)),
         t2=t2_2019((0, 0, 0), (5, 5, 37), (286, -11, 14862), (64, 5, 8217), (931, 27, 2408), (52, 0, 97),
                    (31, -3), (94, 6738.52)),
         procurement_unit='万元', procurement_in_cell=True,
         printed={'active.other_services.items_change': '+5', 'active.penalty.items_change': '+27'},
         narr=dict(active_total=15386, new_media_posts=2713, press_conferences=11, interpretations=42,
                   npc_suggestions=96, cppcc_proposals=128, reviews=5, lawsuits=5))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '岫源县人民政府2019年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告根据新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，按照《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据统计期限自2019年1月1日起至2019年12月31日止。本报告电子版可在岫源县人民政府门户网站（www.xiuyuan.gov.cn）“政府信息公开”专栏下载。如对本报告有疑问，请与岫源县人民政府办公室联系（地址：岫源县城关镇府前街9号；电话：0913-6251077）。']),
    ('一、总体情况', [
        '2019年，县政府以贯彻落实新修订的《条例》为主线，坚持以公开为常态、不公开为例外，围绕脱贫攻坚、“放管服”改革和重大项目建设等重点工作，推进决策、执行、管理、服务、结果公开，全县政府信息公开工作取得新进展。',
        '（一）主动公开。全县全年主动公开政府信息15386条，其中县政府门户网站发布11904条，“岫源发布”政务微信推送2713条，《岫源县人民政府公报》刊登文件37件。召开新闻发布会11场，发布政策解读42篇（其中图解、动漫等形式解读15篇）。',
        '（二）依申请公开。全年县政府本级新收政府信息公开申请%d件，上年结转%d件；已办结%d件，结转下年度继续办理%d件。申请内容主要涉及征地补偿、棚户区改造和城乡低保等方面。' % (
            t3[('new', 'total')], t3[('carried_over', 'total')], t3[('processed', 'total')], t3[('carried_forward', 'total')]),
        '（三）政府信息管理。按照新《条例》要求，修订《岫源县政府信息公开保密审查办法》，对拟公开的规范性文件一律进行合法性审查和保密审查，全年制发并公开规范性文件5件，对外公开的规范性文件累计37件。',
        '（四）平台建设。完成县政府门户网站集约化迁移，整合部门网站18个；在县政务服务中心和12个乡镇便民服务中心设立政府信息公开查阅点。',
        '（五）监督保障。调整县政务公开工作领导小组，将政务公开纳入县直部门和乡镇年度目标责任考核，分值占4%；全年组织培训3期，培训210人次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2019年，县政府因政府信息公开工作被申请行政复议5件、被提起行政诉讼5件，其中1件复议被纠正。']),
    ('五、存在的主要问题及改进情况', [
        '2019年，我县政府信息公开工作虽取得一定成效，但仍存在一些问题：一是乡镇政务公开工作力量薄弱，公开内容更新不够及时；二是政策解读形式较单一，解读质量有待提高；三是依申请公开答复的规范性还需加强。',
        '2020年，县政府将重点抓好以下工作：一是推进基层政务公开标准化规范化，编制26个试点领域公开事项目录；二是加强政策解读，做到政策文件与解读材料同步起草、同步审签、同步发布；三是完善依申请公开登记、审核、办理、答复、归档工作流程，加强答复文书法律审核。']),
    ('六、其他需要报告的事项', [
        '2019年，县政府承办县人大代表建议96件、县政协提案128件，均已按期办结，办理结果全部在县政府门户网站公开。']),
]
r['signature'] = ['岫源县人民政府', '2020年3月20日']
REPORTS.append(r)

# ------------------------------------------------------------------ 2 ODT content.xml, 2021 template, 2022
t3 = gen_t3(1102, '2021', 46, {'person': 3, 'business': 2}, {'person': 4, 'legal': 1},
            force={('other_handling.fee_unpaid', 'person'): 1})
r = dict(id='national-fishery-2022', file='national-fishery-2022.content.xml', form='odt-content-xml',
         template='2021', year=2022, agency='国家内陆渔业管理局', level='ministry (national bureau)',
         province='(national)', published='2023-01-30', t3=t3, may_make_rules=True,
         t4=make_t4((4, 1, 1, 2), (2, 0, 0, 1), (1, 1, 0, 0)),
         t2=t2_2021((1, 2, 9), (4, 1, 36), 1287, 19, 0, 0),
         narr=dict(active_total=3174, press_conferences=6, interpretations=23, npc_suggestions=31,
                   cppcc_proposals=24, fees_collected=0, reviews=8, lawsuits=5))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '国家内陆渔业管理局2022年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。本报告电子版可在国家内陆渔业管理局政府网站查阅或下载。']),
    ('一、总体情况', [
        '2022年，国家内陆渔业管理局认真贯彻落实党中央、国务院关于全面推进政务公开的决策部署，围绕长江流域重点水域禁捕、内陆渔业资源养护和水产种质资源保护等重点工作，持续加大政府信息公开力度。',
        '（一）主动公开',
        '全年在局政府网站主动公开政府信息3174条，其中工作动态1526条、通知公告418条、政策文件63件。围绕禁捕退捕后续监管、渔船渔具管理等社会关注事项，召开新闻发布会6场，发布政策解读23篇。',
        '（二）依申请公开',
        '全年新收政府信息公开申请%d件，上年结转%d件，全部依法依规作出答复，办结%d件，结转至2023年继续办理%d件。申请内容主要涉及渔业捕捞许可、渔政执法和水生生物保护区管理等事项。' % (
            t3[('new', 'total')], t3[('carried_over', 'total')], t3[('processed', 'total')], t3[('carried_forward', 'total')]),
        '（三）政府信息管理',
        '开展规章和行政规范性文件清理，本年度制定规章1件、废止规章2件，现行有效规章9件；制发行政规范性文件4件、废止1件，现行有效36件，清理结果在局政府网站集中公开。',
        '（四）平台建设',
        '完成局政府网站改版，优化“法定主动公开内容”栏目，开通依申请公开在线申请系统，实现申请、受理、答复全流程网上留痕。',
        '（五）监督保障',
        '印发《国家内陆渔业管理局2022年政务公开工作要点》，明确6个方面22项任务；组织政务公开专题培训2期。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        '2022年，我局因政府信息公开工作被申请行政复议8件，被提起行政诉讼5件，具体情况如下：',
        'T4']),
    ('五、存在的主要问题及改进情况', [
        '2022年，我局政府信息公开工作还存在一些不足：一是政策解读的针对性和生动性不够；二是依申请公开答复说理还不够充分，个别答复被复议机关纠正。',
        '2023年，我局将着力做好以下工作：一是丰富解读形式，增加图解、视频等解读产品；二是健全依申请公开会商和法律审核机制，提升答复质量；三是加强对流域渔政监督管理机构政务公开工作的指导。']),
    ('六、其他需要报告的事项', [
        '（一）信息处理费收取情况。本年度依据《政府信息公开信息处理费管理办法》向申请人发出收费通知1件，申请人逾期未缴纳，未实际收取信息处理费。',
        '（二）建议提案办理结果公开情况。2022年，我局承办全国人大代表建议31件、全国政协提案24件，均按时办结，办理复文摘要已在局政府网站公开。',
        '（三）政务公开工作创新情况。编制《内陆渔业政务公开事项标准目录》，对禁捕水域名录实行动态更新公开。']),
]
r['signature'] = ['国家内陆渔业管理局', '2023年1月30日']
REPORTS.append(r)

# ------------------------------------------------------------------ 3 pdftotext -tsv of the city's PDF, 2021 template, 2024
t3 = gen_t3(1103, '2021', 230, {'person': 12, 'business': 3}, {'person': 9, 'business': 2, 'legal': 1})
r = dict(id='nichuan-city-2024', file='nichuan-city-2024.tsv', form='pdftotext-tsv',
         template='2021', year=2024, agency='霓川市人民政府', level='prefecture-level city government',
         province='(fictional city 霓川市)', published='2025-03-28', t3=t3, may_make_rules=True,
         t4=make_t4((11, 3, 2, 4), (6, 1, 2, 3), (4, 1, 0, 2)),
         t2=t2_2021((2, 1, 48), (17, 9, 213), 48213, 9126, 417, 3127.46),
         narr=dict(active_total=48627, press_conferences=26, interpretations=137, npc_suggestions=312,
                   cppcc_proposals=407, fees_collected=0, reviews=20, lawsuits=19))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '霓川市人民政府2024年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，编制本报告。本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在霓川市人民政府门户网站查阅或下载。如对本报告有疑问，请与霓川市人民政府办公室联系。']),
    ('一、总体情况', [
        '2024年，市政府坚持以人民为中心的发展思想，围绕推动高质量发展、优化营商环境、保障和改善民生等重点工作，扎实推进政务公开，政府信息公开工作质量和实效进一步提升。',
        '（一）主动公开。全年市政府门户网站主动公开政府信息48627条，其中市政府及市政府办公室文件96件。召开新闻发布会26场，市政府主要负责同志出席4场；发布政策解读137篇，其中图解、视频等多元化解读59篇。',
        '（二）依申请公开。全年市政府本级新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。从申请内容看，主要集中在房屋征收、自然资源和城乡规划等领域。' % (
            t3[('new', 'total')], t3[('carried_over', 'total')], t3[('processed', 'total')], t3[('carried_forward', 'total')]),
        '（三）政府信息管理。本年度制定政府规章2件、废止1件，现行有效政府规章48件；制发行政规范性文件17件、废止9件，现行有效213件，全部在市政府门户网站“政府文件库”集中公开，并提供历史版本查询。',
        '（四）平台建设。升级市政府门户网站智能问答和站内搜索功能；市政府公报全年出版12期，电子版同步上网。',
        '（五）监督保障。将政务公开纳入市直部门和县（市、区）高质量发展综合考核，组织全市政务公开业务培训2次，开展政府网站和政务新媒体季度检查4次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '全年市政府因政府信息公开工作被申请行政复议20件，被提起行政诉讼19件（其中复议后起诉7件）。']),
    ('五、存在的主要问题及改进情况', [
        '一是部分部门政策解读与文件发布不同步；二是依申请公开办理中的法律风险防范能力有待加强；三是基层政务公开专区作用发挥不充分。',
        '2025年，市政府将重点做好以下工作：一是严格执行政策文件与解读材料同步组织、同步审签、同步部署；二是完善依申请公开疑难案件会商机制；三是推动政务公开专区与政务服务大厅融合建设。']),
    ('六、其他需要报告的事项', [
        '（一）信息处理费收取情况。本年度市政府本级依法向5件申请的申请人发出收费通知，申请人均未在规定期限内缴纳费用，视为放弃申请，未收取信息处理费。',
        '（二）全年市政府系统办理市人大代表建议312件、市政协提案407件，办理结果按规定公开。',
        '（三）《霓川市2024年政务公开工作要点》明确的各项任务均已完成。']),
]
r['signature'] = ['霓川市人民政府', '2025年3月28日']
REPORTS.append(r)

# ------------------------------------------------------------------ 4 links -dump of the district portal, 2019 template, 2020
t3 = gen_t3(1104, '2019', 74, {'person': 2}, {'person': 5, 'business': 1})
r = dict(id='dongcheng-district-2020', file='dongcheng-district-2020.txt', form='links-dump-ascii-frames',
         template='2019', year=2020, agency='枥阳市东塍区人民政府', level='district government',
         province='(fictional city 枥阳市)', published='2021-03-15', t3=t3,
         t4=make_t4((2, 1, 0, 0), (1, 0, 0, 1), (0, 0, 0, 0)),
         t2=t2_2019((0, 0, 0), (3, 3, 29), (173, 6, 9316), (41, -2, 3265), (512, 0, 1874), (37, -1, 126),
                    (14, 0), (68, 4127300)),
         procurement_unit='元', procurement_in_cell=True,
         printed={'active.licensing.items_change': '+6'},
         narr=dict(active_total=9243, press_conferences=7, interpretations=28, reviews=3, lawsuits=2))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '枥阳市东塍区人民政府2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本年度报告根据《中华人民共和国政府信息公开条例》要求，由东塍区人民政府办公室编制。报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。']),
    ('一、总体情况', [
        '2020年，东塍区政府围绕疫情防控和经济社会发展，坚持把政务公开作为建设法治政府、服务型政府的重要抓手，全区政府信息公开工作有序推进。',
        '全年主动公开政府信息9243条，召开新闻发布会7场，发布政策解读28篇，及时发布疫情防控、复工复产和惠企政策等信息。全年区政府本级新收政府信息公开申请%d件，上年结转%d件，办结%d件，另有%d件因需征求第三方意见等原因结转下年度继续办理。' % (
            t3[('new', 'total')], t3[('carried_over', 'total')], t3[('processed', 'total')], t3[('carried_forward', 'total')]),
        '区政府办公室进一步完善政府信息公开保密审查和发布协调机制，规范性文件全部由区司法局进行合法性审核后统一编号发布。区政府门户网站完成适老化改造，新开设“复工复产政策汇编”专题。区政务公开工作纳入区直部门和街道年度综合考核。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '本年度区政府因政府信息公开被申请行政复议3件，被提起行政诉讼2件。']),
    ('五、存在的主要问题及改进情况', [
        '一是街道政务公开专区建设不够规范；二是部分部门主动公开内容更新不及时。下一步，区政府将加强对部门和街道的业务指导，建立政务公开季度通报制度。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['枥阳市东塍区人民政府', '2021年3月15日']
REPORTS.append(r)

# ------------------------------------------------------------------ 5 Discuz BBCode repost, 2021 template, 2021
t3 = gen_t3(1105, '2021', 6, {}, {})
r = dict(id='linkou-town-2021', file='linkou-town-2021.bbcode.txt', form='discuz-bbcode-forum-repost',
         template='2021', year=2021, agency='芃川县蔺口镇人民政府', level='township government (镇)',
         province='(fictional county 芃川县)', published='2022-01-24', t3=t3,
         t4=make_t4((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (0, 0, 0), 37, 12, 0, 0),
         narr=dict(active_total=214, new_media_posts=96, fees_collected=0))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '芃川县蔺口镇人民政府2021年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，特编制本报告。本报告所列数据统计期限为2021年1月1日至2021年12月31日。']),
    ('一、总体情况', [
        '（一）主动公开。2021年，蔺口镇通过县政府门户网站乡镇专栏主动公开政府信息214条，“蔺口发布”微信公众号推送信息96条，镇村两级政务公开栏张贴公开信息300余期，重点公开了乡村振兴、农村低保、耕地地力保护补贴发放等信息。',
        '（二）依申请公开。全年共收到政府信息公开申请%d件，办结%d件，均在法定期限内答复，无结转下年度办理的申请。' % (
            t3[('new', 'total')], t3[('processed', 'total')]),
        '（三）政府信息管理。严格执行信息发布“三审”制度，全年未发生泄密和不当公开事件。',
        '（四）平台建设。在镇便民服务中心设立政务公开专区，15个行政村均设立村务公开栏。',
        '（五）监督保障。镇党委、政府专题研究政务公开工作2次，组织镇村干部培训1次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4']),
    ('五、存在的主要问题及改进情况', [
        '一是政务公开工作人员多为兼职，业务能力有待提高；二是村级公开内容更新不够及时。2022年，我镇将加强业务培训，建立村务公开月度检查制度。']),
    ('六、其他需要报告的事项', ['本年度未收取信息处理费。']),
]
r['signature'] = ['芃川县蔺口镇人民政府', '2022年1月24日']
REPORTS.append(r)

# ------------------------------------------------------------------ 6 markitdown of the .docx, 2021 template, 2025
t3 = gen_t3(1106, '2021', 21, {'business': 2, 'person': 1}, {'person': 2},
            col_w={'business': 0.9, 'legal': 0.15, 'other': 0.1})
r = dict(id='yuanze-commerce-2025', file='yuanze-commerce-2025.md', form='markitdown-docx-markdown',
         template='2021', year=2025, agency='沅泽省商务厅', level='provincial department',
         province='(fictional province 沅泽省)', published='2026-01-23', t3=t3,
         t4=make_t4((3, 0, 1, 1), (1, 0, 0, 1), (1, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (6, 3, 58), 2317, 41, 0, 0),
         narr=dict(active_total=2865, press_conferences=9, interpretations=34, new_media_posts=1486,
                   npc_suggestions=23, cppcc_proposals=41, fees_collected=0, reviews=5, lawsuits=3))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '沅泽省商务厅2025年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。报告中所列数据统计期限自2025年1月1日起至2025年12月31日止。如对本报告有疑问，请与沅泽省商务厅办公室联系。']),
    ('一、总体情况', [
        '2025年，省商务厅深入贯彻落实省委、省政府关于全面推进政务公开的部署要求，围绕稳外贸稳外资、促进消费和开放平台建设，不断提升政务公开质量。',
        '（一）主动公开',
        '全年通过厅门户网站主动公开政府信息2865条，“沅泽商务”微信公众号、视频号发布信息1486条。召开新闻发布会9场，发布政策解读34篇，重点解读以旧换新、外贸企业出口信用保险支持和跨境电商综试区建设等政策。',
        '（二）依申请公开',
        '全年新收政府信息公开申请%d件，上年结转%d件；共办结%d件，结转下年度继续办理%d件。申请人以企业为主，内容主要涉及对外贸易经营、商贸流通项目资金和招商引资政策兑现等。' % (
            t3[('new', 'total')], t3[('carried_over', 'total')], t3[('processed', 'total')], t3[('carried_forward', 'total')]),
        '（三）政府信息管理',
        '全年制发行政规范性文件6件，废止3件，截至年底现行有效行政规范性文件58件，目录及全文在厅门户网站集中公开并动态更新。',
        '（四）平台建设',
        '厅门户网站完成IPv6升级和无障碍改造，优化“政策文件库”检索功能，新增“惠企政策直达”专栏。',
        '（五）监督保障',
        '厅政务公开领导小组召开专题会议2次，将政务公开纳入处室年度绩效考核，全年组织业务培训3次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2025年，我厅因政府信息公开工作被申请行政复议5件，被提起行政诉讼3件，未发生被纠错的情况。']),
    ('五、存在的主要问题及改进情况', [
        '一是政策解读形式仍以文字为主，企业获取政策的便利度有待提高；二是依申请公开答复中对商业秘密的区分处理还需更加精准。2026年，我厅将推出更多图解、短视频解读，健全第三方意见征询工作规范。']),
    ('六、其他需要报告的事项', [
        '（一）本年度未收取信息处理费。',
        '（二）全年承办省人大代表建议23件、省政协提案41件，均按时办结，办理复文按规定公开。',
        '（三）政务公开工作创新情况：建立外贸企业政策“一企一档”精准推送机制。']),
]
r['signature'] = ['沅泽省商务厅', '2026年1月23日']
REPORTS.append(r)

# ------------------------------------------------------------------ 7 macOS Preview copy with Kangxi radicals, 2021 template, 2023
t3 = gen_t3(1107, '2021', 27, {'person': 1}, {'person': 1}, force={('denied.query', 'person'): 6})
r = dict(id='xiyang-sbzx-2023', file='xiyang-sbzx-2023.txt', form='pdf-preview-copy-kangxi-radicals',
         template='2021', year=2023, agency='汐阳市社会保险事业管理中心',
         level='public institution (社会保险事业管理中心, prefecture level)',
         province='(fictional city 汐阳市)', published='2024-01-19', t3=t3,
         t4=make_t4((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2021((0, 0, 0), (0, 0, 0), 0, 0, 0, 0),
         narr=dict(active_total=1392, new_media_posts=617, interpretations=12, fees_collected=0, reviews=1))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '汐阳市社会保险事业管理中心2023年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告根据《中华人民共和国政府信息公开条例》和市政府办公室关于做好政府信息公开工作年度报告编制发布工作的通知要求编制。本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。']),
    ('一、总体情况', [
        '（一）主动公开。全年在市人力资源和社会保障局门户网站本中心专栏主动公开政府信息1392条，“汐阳社保”微信公众号发布信息617条，发布社保政策解读12篇。重点公开了养老保险待遇调整、灵活就业人员参保缴费和社保卡服务网点等信息。',
        '（二）依申请公开。全年共新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。申请内容主要为个人参保缴费记录和待遇核定信息，其中属于行政查询事项的，已告知申请人通过社保经办窗口或“汐阳社保”网上服务厅查询。' % (
            t3[('new', 'total')], t3[('carried_over', 'total')], t3[('processed', 'total')], t3[('carried_forward', 'total')]),
        '（三）政府信息管理。本中心为市人力资源和社会保障局所属公益一类事业单位，不制发规章和行政规范性文件，不具有行政许可、行政处罚和行政强制职权。',
        '（四）平台建设。在市民中心社保经办大厅设立政务公开查阅点，配备自助查询终端6台。',
        '（五）监督保障。将政务公开工作纳入科室年度考核，全年组织业务培训2次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '本年度本中心因政府信息公开被申请行政复议1件，复议机关维持原答复。']),
    ('五、存在的主要问题及改进情况', [
        '一是对依申请公开与行政查询事项的区分告知还不够清晰；二是政策解读的通俗性有待增强。下一步，本中心将编制社保信息查询指引，推出更多图解和短视频解读。']),
    ('六、其他需要报告的事项', ['本年度未收取信息处理费。']),
]
r['signature'] = ['汐阳市社会保险事业管理中心', '2024年1月19日']
REPORTS.append(r)

# ------------------------------------------------------------------ 8 accessible HTML (caption, th scope), dashes for zero, 2019 template, 2020
t3 = gen_t3(1108, '2019', 20, {'business': 1}, {}, col_w={'business': 0.6, 'legal': 0.2})
r = dict(id='pbc-pengze-2020', file='pbc-pengze-2020.html', form='html-caption-th-scope-dash-zeros',
         template='2019', year=2020, agency='中国人民银行蓬泽市中心支行', level='vertical agency (人民银行 city 中心支行)',
         province='(fictional city 蓬泽市)', published='2021-01-26', t3=t3,
         t4=make_t4((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2=t2_2019((0, 0, 0), (2, 2, 11), (9, -2, 143), (5, 0, 2871), (14, 1, 6), (0, 0, 0), (0, 0), (11, 327.6)),
         procurement_unit='万元', procurement_in_cell=False,
         printed={'active.penalty.items_change': '+1'},
         narr=dict(active_total=586, interpretations=8, reviews=1))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=0)
# the office wrote a dash for every zero of tables 三 and 四 (gold null)
r['nulls'] = [('applications.%s.%s' % (k, c)) for (k, c), v in t3.items() if v == 0] + \
             [('appeals.%s.%s' % (b, c)) for (b, c), v in r['t4'].items() if v == 0]
r['printed'].update({k: '—' for k in r['nulls']})
r['title'] = '中国人民银行蓬泽市中心支行2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中国人民银行政府信息公开工作办法》要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2020年1月1日至2020年12月31日。']),
    ('一、总体情况', [
        '2020年，中国人民银行蓬泽市中心支行在总行和上级行的领导下，认真贯彻落实《条例》，围绕金融支持疫情防控和复工复产、优化营商环境等重点工作，做好政府信息公开工作。',
        '（一）主动公开。全年通过本行门户网站主动公开政府信息586条，发布政策解读8篇，重点公开了再贷款再贴现、普惠小微企业信用贷款支持计划和金融消费者权益保护等信息。',
        '（二）依申请公开。全年共收到政府信息公开申请%d件，上年结转%d件，办结%d件，均在法定期限内答复，无结转下年度办理的申请。' % (
            t3[('new', 'total')], t3[('carried_over', 'total')], t3[('processed', 'total')]),
        '（三）政府信息管理。严格执行政府信息公开保密审查制度，全年制发并公开规范性文件2件。',
        '（四）平台建设。完成门户网站政府信息公开专栏改版，按无障碍设计规范重建栏目页面和统计表格。',
        '（五）监督保障。将政府信息公开工作纳入内设部门年度综合考评，组织业务培训1次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', [
        'T4',
        '2020年，本行因政府信息公开工作被申请行政复议1件，复议结果为维持。']),
    ('五、存在的主要问题及改进情况', [
        '一是政策解读的形式还不够丰富；二是个别内设部门公开意识有待增强。2021年，我行将加强对金融政策的多元化解读，进一步规范依申请公开办理流程。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['中国人民银行蓬泽市中心支行', '2021年1月26日']
REPORTS.append(r)

for r in REPORTS:
    base(r)
