"""The eight invented reports: figures, printed cells and prose."""
from core import gen_t3, make_t4, check_t3, check_t4, check_t2, COLS, t3_rows, T4_BLOCKS, T4_COLS


def amount_str(v):
    s = ('%.2f' % v).rstrip('0').rstrip('.')
    return s


def base(rep):
    """fill derived fields: gold-path -> value map, default printed text"""
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
    pr = {}
    for k, v in vals.items():
        if isinstance(v, float):
            pr[k] = amount_str(v)
        else:
            pr[k] = str(v)
    if tpl == '2019':
        u = rep.get('procurement_unit')
        if u:
            pr['active.procurement.amount'] = amount_str(vals['active.procurement.amount']) + u
    for k, s in rep.get('printed', {}).items():
        pr[k] = s
    for k in rep.get('nulls', ()):
        assert vals[k] == 0, k
    rep['pr'] = pr
    rep['fmt'] = lambda path: pr[path]
    n = rep['narr']
    # narrative figures restate the tables
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
        assert any('收费通知' in p for s in rep['sections'] for p in s[1] if isinstance(p, str))
    return rep


def appl_sentence(t3, lead='全年共收到政府信息公开申请'):
    s = '%s%d件' % (lead, t3[('new', 'total')])
    if t3[('carried_over', 'total')]:
        s += '，上年结转%d件' % t3[('carried_over', 'total')]
    s += '；办结%d件' % t3[('processed', 'total')]
    if t3[('carried_forward', 'total')]:
        s += '，结转下年度继续办理%d件' % t3[('carried_forward', 'total')]
    else:
        s += '，无结转下年度办理的申请'
    return s + '。'


def split_line(t3, tpl):
    g = t3[('granted', 'total')]; p = t3[('partial', 'total')]
    d = sum(t3[(k, 'total')] for k, _, _ in t3_rows(tpl) if k.startswith('denied'))
    u = sum(t3[(k, 'total')] for k, _, _ in t3_rows(tpl) if k.startswith('unable'))
    return g, p, d, u


REPORTS = []

# ------------------------------------------------------------------ 1 elinks, 2019 template, 2020
t3 = gen_t3(1001, '2019', 9, {'person': 1}, {}, force={('granted', 'person'): 4})
r = dict(id='laiao-qxj-2020', file='laiao-qxj-2020.txt', form='elinks-dump-borderless',
         template='2019', year=2020, agency='莱岙市气象局', level='vertical agency (city 气象局)',
         province='浙江省', published='2021-01-28', t3=t3,
         t4=make_t4((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2={('regulations', 'made'): 0, ('regulations', 'published'): 0, ('regulations', 'public_total'): 0,
             ('normative_documents', 'made'): 1, ('normative_documents', 'published'): 1,
             ('normative_documents', 'public_total'): 6,
             ('licensing', 'items_last_year'): 4, ('licensing', 'items_change'): 0, ('licensing', 'decisions'): 37,
             ('other_services', 'items_last_year'): 2, ('other_services', 'items_change'): 1,
             ('other_services', 'decisions'): 15,
             ('penalty', 'items_last_year'): 9, ('penalty', 'items_change'): 0, ('penalty', 'decisions'): 3,
             ('coercion', 'items_last_year'): 0, ('coercion', 'items_change'): 0, ('coercion', 'decisions'): 0,
             ('fees', 'items_last_year'): 0, ('fees', 'items_change'): 0,
             ('procurement', 'items'): 6, ('procurement', 'amount'): 186.4},
         procurement_unit='万元', printed={'active.other_services.items_change': '+1'},
         narr=dict(active_total=468, press_conferences=3, interpretations=5, new_media_posts=642))
g, p, d, u = split_line(t3, '2019')
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=0, reviews=1)
r['title'] = '莱岙市气象局2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）要求，由莱岙市气象局编制。报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。本报告电子版可在莱岙市人民政府门户网站（www.laiao.gov.cn）和莱岙气象网查阅。如对报告内容有疑问，请与莱岙市气象局办公室联系（地址：莱岙市海晏路218号，邮编：317600，电话：0576-89012345）。']),
    ('一、总体情况', [
        '2020年，市气象局在省气象局和市委、市政府的领导下，坚持以公开为常态、不公开为例外，围绕防汛防台、森林防火和疫情防控等中心工作，及时准确发布气象信息，政府信息公开工作总体平稳有序。',
        '（一）主动公开。全年通过门户网站、“莱岙气象”微信公众号、手机短信和电子显示屏等渠道主动公开政府信息468条，其中机构职能、政策文件等基础信息57条，气象灾害预警信息和重大气象信息专报等业务信息291条，财政预决算、政府采购等信息120条。发布台风、暴雨等预警信号213期（次），“莱岙气象”微信公众号推送信息642条。召开新闻发布会3场，发布政策解读5篇。',
        '（二）依申请公开。' + appl_sentence(t3) + '所有申请均在法定期限内答复，未发生因答复超期被投诉的情况。',
        '（三）政府信息管理。严格落实信息发布保密审查制度，对拟公开的1件规范性文件全部进行合法性审查和保密审查，规范性文件统一在门户网站公开。',
        '（四）平台建设。完成市政府门户网站气象局栏目的集约化迁移，更新政府信息公开指南和主动公开目录。',
        '（五）监督保障。将政府信息公开工作纳入年度目标责任制考核，全年组织业务培训2次，未发生因政府信息公开工作引发的责任追究情况。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4', '2020年，本局被申请行政复议1件，复议机关维持了本局的答复；未发生政府信息公开行政诉讼。']),
    ('五、存在的主要问题及改进情况', [
        '2020年，我局政府信息公开工作取得一定成效，但也存在一些不足：一是基层气象台站信息公开意识有待加强；二是部分气象服务信息更新不够及时。2021年，我局将进一步完善信息发布流程，加强对县（市、区）气象局的业务指导，提升公开质量。']),
    ('六、其他需要报告的事项', ['本年度无其他需要报告的事项。']),
]
r['signature'] = ['莱岙市气象局', '2021年1月28日']
REPORTS.append(r)

# ------------------------------------------------------------------ 2 pdfplumber, 2021 template, 2024
t3 = gen_t3(2002, '2021', 40, {'person': 3, 'business': 1}, {'person': 2})
r = dict(id='suichuan-jrj-2024', file='suichuan-jrj-2024.txt', form='pdfplumber-extract-text',
         template='2021', year=2024, agency='濉川省地方金融管理局', level='provincial department',
         province='濉川省 (fictional)', published='2025-01-21', t3=t3,
         t4=make_t4((3, 1, 1, 1), (2, 0, 1, 0), (1, 0, 0, 1)),
         t2={('regulations', 'issued'): 0, ('regulations', 'repealed'): 0, ('regulations', 'in_force'): 0,
             ('normative_documents', 'issued'): 4, ('normative_documents', 'repealed'): 2,
             ('normative_documents', 'in_force'): 23, ('licensing', 'decisions'): 58,
             ('penalty', 'decisions'): 12, ('coercion', 'decisions'): 0, ('fees', 'amount'): 0},
         narr=dict(active_total=1163, press_conferences=4, interpretations=21, new_media_posts=905,
                   npc_suggestions=11, cppcc_proposals=17, fees_collected=0))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')], reviews=6, lawsuits=5)
r['title'] = '濉川省地方金融管理局2024年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据统计期限自2024年1月1日至2024年12月31日。2024年5月，根据机构改革方案，原濉川省地方金融监督管理局更名为濉川省地方金融管理局，本报告统计口径涵盖更名前后全年数据。']),
    ('一、总体情况', [
        '（一）主动公开',
        '全年主动公开政府信息1163条，其中通过局门户网站发布1042条，通过省政府公报刊发文件6件。围绕小额贷款公司、融资担保公司、典当行等地方金融组织监管，及时公开监管名单、行政许可和行政处罚结果；召开新闻发布会4场，发布政策解读21篇，“濉川金融”政务新媒体发布信息905条。',
        '（二）依申请公开',
        '2024年，' + appl_sentence(t3, '共新收政府信息公开申请').rstrip('。') + '。申请内容主要涉及地方金融组织经营许可、非法集资风险处置和行政处罚决定。',
        '（三）政府信息管理',
        '对本局制发的行政规范性文件开展清理，废止2件、继续有效23件，清理结果在门户网站集中公开。严格执行公文公开属性源头认定，全年公文公开属性标注率100%。',
        '（四）平台建设',
        '完成门户网站适老化和无障碍改造，优化“政府信息公开”专栏栏目设置，新增“防范非法金融活动”专题。',
        '（五）监督保障',
        '调整局政务公开工作领导小组，组织全局业务培训3期，培训156人次；将政务公开纳入处室年度绩效考核。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4',
        '本年度，本局因政府信息公开被申请行政复议6件，被提起行政诉讼5件，其中1件复议决定纠正、1件复议和1件诉讼尚未审结。']),
    ('五、存在的主要问题及改进情况', [
        '一是政策解读形式较为单一，图解、视频解读占比不高；二是依申请公开答复文书规范化水平还需提升。下一步，我局将丰富解读形式，完善答复文书模板，加强法律顾问审核。']),
    ('六、其他需要报告的事项', [
        '（一）收取信息处理费情况。本年度未收取信息处理费。',
        '（二）人大代表建议和政协提案办理情况。全年承办省人大代表建议11件、省政协提案17件，均按期办结，办理复文公开率100%。',
        '（三）政务公开工作创新情况。编制《地方金融组织监管事项公开清单》，按季度公开监管评级结果。']),
]
r['signature'] = ['濉川省地方金融管理局', '2025年1月21日']
REPORTS.append(r)

# ------------------------------------------------------------------ 3 OCR, 2021 template, 2022
t3 = gen_t3(3003, '2021', 120, {'person': 6}, {'person': 4, 'business': 1})
r = dict(id='liaochuan-xicen-2022', file='liaochuan-xicen-2022-ocr.txt', form='paddleocr-text-boxes',
         template='2021', year=2022, agency='蓼川市西岑区人民政府', level='district government',
         province='四川省 (fictional city 蓼川市)', published='2023-01-17', t3=t3,
         t4=make_t4((4, 1, 0, 2), (2, 1, 1, 1), (1, 0, 0, 0)),
         t2={('regulations', 'issued'): 0, ('regulations', 'repealed'): 0, ('regulations', 'in_force'): 0,
             ('normative_documents', 'issued'): 3, ('normative_documents', 'repealed'): 1,
             ('normative_documents', 'in_force'): 27, ('licensing', 'decisions'): 12684,
             ('penalty', 'decisions'): 1937, ('coercion', 'decisions'): 41, ('fees', 'amount'): 286.35},
         narr=dict(active_total=6842, press_conferences=9, interpretations=36, npc_suggestions=87,
                   cppcc_proposals=112, fees_collected=0))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['ocr_cells'] = {'active.penalty.decisions': 'l937', 'active.coercion.decisions': '4l',
                  'active.normative_documents.repealed': 'l', 'applications.new.total': '16l',
                  'applications.processed.person': '12O', 'applications.carried_over.business': 'O',
                  'applications.denied.state_secret.nonprofit': 'O', 'applications.denied.enforcement.total': 'O',
                  'applications.granted.legal': 'Z', 'appeals.review.other': 'O', 'appeals.suit_direct.corrected': 'I',
                  'appeals.suit_after_review.corrected': 'O', 'applications.unable.not_held.total': '44.'}
r['ocr_text'] = [('2023年1月17日', '市西岑区人民政\n2O23年1月17日'), ('主动公开政府信息6842条', '主动公开政府信息6842条'),
                 ('废止1件，并在门户网站', '废止l件，并在门户网站')]
r['title'] = '蓼川市西岑区人民政府\n2022年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['根据《中华人民共和国政府信息公开条例》规定，现公布西岑区人民政府2022年政府信息公开工作年度报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。']),
    ('一、总体情况', [
        '（一）主动公开。全区全年主动公开政府信息6842条，其中区政府门户网站发布4917条。召开新闻发布会9场，发布政策解读36篇，重点公开了疫情防控、稳经济一揽子政策和老旧小区改造等信息。',
        '（二）依申请公开。' + appl_sentence(t3, '全年区政府本级共收到政府信息公开申请') + '申请主要集中在征地拆迁补偿、房屋安置等领域。',
        '（三）政府信息管理。全面梳理区政府现行有效行政规范性文件27件，废止1件，并在门户网站统一公开。',
        '（四）平台建设。推进政府网站集约化建设，完成12个区级部门、9个街道（镇）网站栏目整合。',
        '（五）监督保障。将政务公开纳入区级部门和街道（镇）年度目标考核，占比4%；开展业务培训4次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4']),
    ('五、存在的主要问题及改进情况', [
        '一是部分部门对依申请公开答复的法律风险认识不足；二是基层政务公开专区作用发挥不充分。下一步将加强答复文书审核，推动基层政务公开标准化规范化。']),
    ('六、其他需要报告的事项', [
        '（一）本年度未收取信息处理费。',
        '（二）全年办理区人大代表建议87件、区政协提案112件，办理结果按规定公开。']),
]
r['signature'] = ['蓼川市西岑区人民政府', '2023年1月17日']
REPORTS.append(r)

# ------------------------------------------------------------------ 4 asciidoc, 2021 template, 2021
t3 = gen_t3(4004, '2021', 70, {'person': 4, 'business': 2, 'legal': 1}, {'person': 5, 'business': 1},
            force={('other_handling.fee_unpaid', 'person'): 1})
r = dict(id='national-saltlake-2021', file='national-saltlake-2021.adoc', form='pandoc-asciidoc',
         template='2021', year=2021, agency='国家盐湖资源管理局', level='ministry (national bureau)',
         province='(national)', published='2022-01-26', t3=t3,
         t4=make_t4((5, 1, 2, 1), (3, 0, 1, 2), (2, 0, 0, 1)),
         t2={('regulations', 'issued'): 0, ('regulations', 'repealed'): 0, ('regulations', 'in_force'): 0,
             ('normative_documents', 'issued'): 5, ('normative_documents', 'repealed'): 2,
             ('normative_documents', 'in_force'): 31, ('licensing', 'decisions'): 342,
             ('penalty', 'decisions'): 6, ('coercion', 'decisions'): 0, ('fees', 'amount'): 0},
         narr=dict(active_total=2416, press_conferences=5, interpretations=18, npc_suggestions=14,
                   cppcc_proposals=9, fees_collected=0))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')], reviews=9, lawsuits=9)
r['narr_note'] = 'reviews 9 / lawsuits 9 from section 四 (6 direct + 3 after review)'
r['title'] = '国家盐湖资源管理局2021年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告依据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的《中华人民共和国政府信息公开工作年度报告格式》编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2021年1月1日至2021年12月31日。']),
    ('一、总体情况', [
        '（一）主动公开。2021年，我局主动公开政府信息2416条，其中局政府网站发布2197条。围绕盐湖资源保护规划、钾锂资源开发利用监管等重点工作，召开新闻发布会5场，发布政策解读18篇。',
        '（二）依申请公开。' + appl_sentence(t3, '全年新收政府信息公开申请') + '从申请人类型看，自然人申请占%d%%左右。' % round(100 * t3[('new', 'person')] / t3[('new', 'total')]),
        '（三）政府信息管理。对局机关制发的行政规范性文件进行全面清理，废止2件，现行有效31件。',
        '（四）平台建设。升级局政府网站政府信息公开平台，实现依申请公开在线申请、办理、答复全流程网上运行。',
        '（五）监督保障。印发《国家盐湖资源管理局2021年政务公开工作要点》，组织专题培训2次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['2021年，我局因政府信息公开工作被申请行政复议9件、被提起行政诉讼9件，具体情况如下：', 'T4']),
    ('五、存在的主要问题及改进情况', [
        '一是政策解读的针对性和可读性有待增强；二是依申请公开办理的规范化水平需要进一步提高。2022年，我局将健全政策解读与文件同步起草、同步审签、同步发布机制，加强依申请公开答复的合法性审查。']),
    ('六、其他需要报告的事项', [
        '（一）信息处理费收取情况。依据《政府信息公开信息处理费管理办法》，本年度向申请人发出收费通知1件，申请人逾期未缴纳费用，未实际收取信息处理费。',
        '（二）全国人大代表建议和全国政协提案办理情况。2021年，我局主办全国人大代表建议14件、全国政协提案9件，均已按时办结并公开办理复文摘要。']),
]
r['signature'] = ['国家盐湖资源管理局', '2022年1月26日']
REPORTS.append(r)

# ------------------------------------------------------------------ 5 paged CMS, 2021 template, 2025
t3 = gen_t3(5005, '2021', 14, {'person': 1}, {'person': 2})
r = dict(id='wangchao-street-2025', file='wangchao-street-2025.txt', form='cms-two-pages-browser-copy',
         template='2021', year=2025, agency='涔阳市溪口区望潮街道办事处', level='subdistrict (街道办事处)',
         province='(fictional city 涔阳市)', published='2026-01-19', t3=t3,
         t4=make_t4((1, 0, 0, 0), (0, 0, 0, 1), (0, 0, 0, 0)),
         t2={('regulations', 'issued'): 0, ('regulations', 'repealed'): 0, ('regulations', 'in_force'): 0,
             ('normative_documents', 'issued'): 0, ('normative_documents', 'repealed'): 0,
             ('normative_documents', 'in_force'): 0, ('licensing', 'decisions'): 0,
             ('penalty', 'decisions'): 46, ('coercion', 'decisions'): 2, ('fees', 'amount'): 0},
         nulls=['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.in_force',
                'active.normative_documents.issued', 'active.normative_documents.repealed',
                'active.normative_documents.in_force', 'active.licensing.decisions'],
         narr=dict(active_total=326, new_media_posts=418, interpretations=7, fees_collected=0))
for k in r['nulls']:
    r.setdefault('printed', {})[k] = '/'
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '涔阳市溪口区望潮街道办事处2025年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，结合本街道工作实际，编制本报告。本报告所列数据统计期限自2025年1月1日起至2025年12月31日止。']),
    ('一、总体情况', [
        '（一）主动公开。2025年，望潮街道通过区政府门户网站街道专栏主动公开政府信息326条，“望潮发布”微信公众号推送418条，发布政策解读7篇。重点公开了城中村改造、老年助餐服务、防汛应急等群众关心的信息。',
        '（二）依申请公开。' + appl_sentence(t3, '全年共收到政府信息公开申请'),
        '（三）政府信息管理。街道不具有制定规章和行政规范性文件的职权，重点做好区级政策文件在社区的转载和宣传。',
        '（四）平台建设。在街道便民服务中心设立政务公开专区，配备查阅终端2台，12个社区均设立政务公开栏。',
        '（五）监督保障。街道党工委定期听取政务公开工作汇报，将社区政务公开纳入年度考评。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4']),
    ('五、存在的主要问题及改进情况', [
        '存在的问题：一是社区政务公开栏内容更新不够及时；二是工作人员业务能力有待提升。改进措施：建立社区公开栏月度检查制度，2026年组织不少于2次专题培训。']),
    ('六、其他需要报告的事项', [
        '本年度未收取信息处理费。街道办理区人大代表建议、区政协提案的相关情况已在区政府门户网站公开。']),
]
r['signature'] = ['涔阳市溪口区望潮街道办事处', '2026年1月19日']
REPORTS.append(r)

# ------------------------------------------------------------------ 6 unstructured JSON, 2019 template, 2019
import core as _core
_save = dict(_core.COL_W)
_core.COL_W.update(business=0.9, other=0.15, legal=0.1)
t3 = gen_t3(6006, '2019', 16, {'business': 1}, {})
_core.COL_W.clear(); _core.COL_W.update(_save)
r = dict(id='ronggang-ggzy-2019', file='ronggang-ggzy-2019.json', form='unstructured-elements-json',
         template='2019', year=2019, agency='榕岗市公共资源交易中心',
         level='public institution (公共资源交易中心, prefecture level)',
         province='(fictional city 榕岗市)', published='2020-01-20', t3=t3,
         t4=make_t4((2, 0, 1, 0), (0, 0, 0, 0), (1, 0, 0, 0)),
         t2={('regulations', 'made'): 0, ('regulations', 'published'): 0, ('regulations', 'public_total'): 0,
             ('normative_documents', 'made'): 0, ('normative_documents', 'published'): 0,
             ('normative_documents', 'public_total'): 0,
             ('licensing', 'items_last_year'): 0, ('licensing', 'items_change'): 0, ('licensing', 'decisions'): 0,
             ('other_services', 'items_last_year'): 12, ('other_services', 'items_change'): 2,
             ('other_services', 'decisions'): 3418,
             ('penalty', 'items_last_year'): 0, ('penalty', 'items_change'): 0, ('penalty', 'decisions'): 0,
             ('coercion', 'items_last_year'): 0, ('coercion', 'items_change'): 0, ('coercion', 'decisions'): 0,
             ('fees', 'items_last_year'): 2, ('fees', 'items_change'): -1,
             ('procurement', 'items'): 14, ('procurement', 'amount'): 2386500},
         procurement_unit='元',
         narr=dict(active_total=5327))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=0, reviews=3, lawsuits=1)
r['title'] = '榕岗市公共资源交易中心2019年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求编制，统计时限为2019年1月1日至2019年12月31日。']),
    ('一、总体情况', [
        '2019年，市公共资源交易中心坚持“公开为常态、不公开为例外”，依托市公共资源交易网全面公开交易信息。全年主动公开各类信息5327条，其中交易公告2139条、中标（成交）结果公示2086条、场地安排及通知公告1102条；完成工程建设、政府采购、土地矿业权和国有产权交易项目3418个，交易总额286.7亿元。',
        appl_sentence(t3, '全年共收到政府信息公开申请') + '申请人以参与投标的企业为主，内容主要涉及评标结果和投标文件。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4',
        '全年因政府信息公开被申请行政复议3件（维持2件，1件申请人撤回），被提起行政诉讼1件（复议后起诉，判决维持）。']),
    ('五、存在的主要问题及改进情况', [
        '一是交易信息公开的标准化程度不高，不同交易类型公告格式不统一；二是对涉及商业秘密的投标信息区分处理把握不够准确。2020年将制定交易信息公开标准目录，加强对依申请公开中第三方意见征询的规范。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['榕岗市公共资源交易中心', '2020年1月20日']
REPORTS.append(r)

# ------------------------------------------------------------------ 7 mammoth, table 三 transposed, 2021 template, 2023
t3 = gen_t3(7007, '2021', 11, {}, {'person': 1})
r = dict(id='zixi-wglj-2023', file='zixi-wglj-2023.html', form='mammoth-docx-html-transposed',
         template='2021', year=2023, agency='梓溪县文化广电和旅游局', level='county department',
         province='(fictional county 梓溪县)', published='2024-01-25', t3=t3,
         t4=make_t4((0, 0, 0, 1), (0, 0, 0, 0), (0, 0, 0, 0)),
         t2={('regulations', 'issued'): 0, ('regulations', 'repealed'): 0, ('regulations', 'in_force'): 0,
             ('normative_documents', 'issued'): 1, ('normative_documents', 'repealed'): 0,
             ('normative_documents', 'in_force'): 4, ('licensing', 'decisions'): 146,
             ('penalty', 'decisions'): 23, ('coercion', 'decisions'): 1, ('fees', 'amount'): 0},
         narr=dict(active_total=538, new_media_posts=1204, npc_suggestions=12, cppcc_proposals=19,
                   fees_collected=0))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')], reviews=1)
r['title'] = '梓溪县文化广电和旅游局2023年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['根据《中华人民共和国政府信息公开条例》和县政府办公室有关要求，现公布梓溪县文化广电和旅游局2023年政府信息公开工作年度报告。本报告数据统计时限为2023年1月1日至12月31日。']),
    ('一、总体情况', [
        '（一）主动公开。全年在县政府门户网站本局专栏主动公开政府信息538条，“梓溪文旅”微信公众号、抖音号发布信息1204条，重点公开文旅市场执法检查、A级旅游景区管理和公共文化服务信息。',
        '（二）依申请公开。' + appl_sentence(t3, '全年共收到政府信息公开申请'),
        '（三）政府信息管理。制发行政规范性文件1件（《梓溪县乡村旅游民宿等级评定管理办法》），现行有效4件。',
        '（四）平台建设。完善县政府门户网站本局专栏“法定主动公开内容”子栏目。',
        '（五）监督保障。局领导班子专题研究政务公开工作2次，组织业务培训1次。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4', '注：本年度被申请行政复议1件，截至2023年12月31日尚未审结。']),
    ('五、存在的主要问题及改进情况', [
        '一是专栏信息分类不够细；二是政策解读数量偏少。下一步，我局将细化公开目录，每份行政规范性文件同步发布解读。']),
    ('六、其他需要报告的事项', [
        '1.本年度未收取信息处理费。',
        '2.全年办理县人大代表建议12件、县政协提案19件，办复率100%。']),
]
r['signature'] = ['梓溪县文化广电和旅游局', '2024年1月25日']
REPORTS.append(r)

# ------------------------------------------------------------------ 8 Excel print split, 2019 template, 2020
t3 = gen_t3(8008, '2019', 85, {'person': 3}, {'person': 5, 'business': 1})
r = dict(id='qiyang-county-2020', file='qiyang-county-2020.txt', form='pdftotext-layout-excel-columns-split',
         template='2019', year=2020, agency='淇阳县人民政府', level='county government',
         province='河南省 (fictional county 淇阳县)', published='2021-03-26', t3=t3,
         t4=make_t4((6, 2, 1, 1), (3, 1, 0, 1), (2, 0, 1, 0)),
         t2={('regulations', 'made'): 0, ('regulations', 'published'): 0, ('regulations', 'public_total'): 0,
             ('normative_documents', 'made'): 6, ('normative_documents', 'published'): 6,
             ('normative_documents', 'public_total'): 41,
             ('licensing', 'items_last_year'): 312, ('licensing', 'items_change'): -8,
             ('licensing', 'decisions'): 23846,
             ('other_services', 'items_last_year'): 87, ('other_services', 'items_change'): 3,
             ('other_services', 'decisions'): 15211,
             ('penalty', 'items_last_year'): 1046, ('penalty', 'items_change'): 0, ('penalty', 'decisions'): 3127,
             ('coercion', 'items_last_year'): 64, ('coercion', 'items_change'): -2, ('coercion', 'decisions'): 188,
             ('fees', 'items_last_year'): 38, ('fees', 'items_change'): -4,
             ('procurement', 'items'): 127, ('procurement', 'amount'): 9863.27},
         procurement_unit='万元', printed={'active.other_services.items_change': '+3'},
         narr=dict(active_total=21463, press_conferences=14, interpretations=57, npc_suggestions=121,
                   cppcc_proposals=163))
r['narr'].update(applications_received=t3[('new', 'total')], applications_completed=t3[('processed', 'total')],
                 applications_carried_forward=t3[('carried_forward', 'total')])
r['title'] = '淇阳县人民政府2020年政府信息公开工作年度报告'
r['sections'] = [
    ('', ['本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，按照国办公开办函〔2019〕60号通知要求编制。报告统计期限自2020年1月1日起至2020年12月31日止。本报告电子版可在淇阳县人民政府门户网站下载。']),
    ('一、总体情况', [
        '2020年，县政府认真贯彻《条例》，围绕疫情防控、脱贫攻坚和“六稳”“六保”工作，持续深化政务公开。全县全年主动公开政府信息21463条，召开新闻发布会14场，发布政策解读57篇。',
        '全年县政府本级' + appl_sentence(t3, '共受理新收政府信息公开申请')[0:] ,
        '全县规范性文件实行统一登记、统一编号、统一发布，全年制发并公开规范性文件6件。',
        '全年办理县人大代表建议121件、县政协提案163件，办理结果全部公开。']),
    ('二、主动公开政府信息情况', ['T2']),
    ('三、收到和处理政府信息公开申请情况', ['具体情况见下表（附表）。', 'T3']),
    ('四、政府信息公开行政复议、行政诉讼情况', ['T4']),
    ('五、存在的主要问题及改进情况', [
        '一是乡镇政务公开标准化规范化工作进展不平衡；二是依申请公开答复质量有待提高，个别答复被复议机关纠正。2021年，县政府将组织开展乡镇政务公开专项督查，建立依申请公开答复法律审核机制。']),
    ('六、其他需要报告的事项', ['无。']),
]
r['signature'] = ['淇阳县人民政府', '2021年3月26日']
REPORTS.append(r)

for r in REPORTS:
    base(r)
