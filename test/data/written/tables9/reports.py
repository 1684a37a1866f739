# reports.py -- the eight invented reports: figures, printed forms of the cells, prose.
from core import make_t3, COLS

W_CITY = {'granted': 30, 'partial': 8, 'denied.third_party': 2, 'denied.process': 2, 'denied.internal': 1,
          'denied.query': 1, 'unable.not_held': 18, 'unable.needs_creation': 3, 'unable.unclear': 2,
          'not_processed.petition': 3, 'not_processed.repeated': 2, 'not_processed.confirmation': 1,
          'other_handling.no_correction': 2, 'other_handling.other': 3}


def thousands(n):
    return '{:,}'.format(n)


# =====================================================================================
def yicen_tax():
    t2 = {'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.in_force': 0,
          'normative_documents.issued': 3, 'normative_documents.repealed': 2, 'normative_documents.in_force': 17,
          'licensing.decisions': 2831, 'penalty.decisions': 417, 'coercion.decisions': 12, 'fees.amount': 0}
    w = dict(W_CITY)
    w.update({'denied.query': 3, 'denied.third_party': 4, 'other_handling.fee_unpaid': 0})
    t3 = make_t3(9101, False, [38, 11, 0, 1, 3, 2], [2, 1, 0, 0, 0, 0], [3, 1, 0, 0, 0, 0], w)
    t4 = {'review': [2, 1, 0, 1, 4], 'suit_direct': [1, 0, 0, 1, 2], 'suit_after_review': [0, 0, 0, 0, 0]}
    ag = '国家税务总局沂岑市税务局'
    new, car, proc, fwd = t3['new'][6], t3['carried_over'][6], t3['processed'][6], t3['carried_forward'][6]
    narrative = {'active_total': 3126, 'applications_received': new, 'applications_completed': proc,
                 'applications_carried_forward': fwd, 'reviews': 4, 'lawsuits': 2, 'press_conferences': 5,
                 'interpretations': 23, 'new_media_posts': 1642, 'npc_suggestions': 9, 'cppcc_proposals': 14,
                 'fees_collected': 0}
    blocks = [
        ('title', ag + '2024年政府信息公开工作年度报告'),
        ('p', '本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在国家税务总局沂岑市税务局门户网站“政府信息公开”专栏查阅下载。如对本报告有疑问，请与本局办公室联系（电话：0598-6213407）。'),
        ('h1', '一、总体情况'),
        ('p', '2024年，沂岑市税务局坚持以习近平新时代中国特色社会主义思想为指导，认真落实上级关于政务公开工作的部署，围绕税费服务和征管改革，持续深化政府信息公开工作。'),
        ('h2', '（一）主动公开'),
        ('p', '全年通过门户网站、“沂岑税务”微信公众号、办税服务厅电子显示屏等渠道主动公开政府信息3,126条，较2023年的2,874条增长8.8%。其中，税费政策类信息1,208条，纳税信用A级纳税人名单、重大税收违法失信主体信息等执法类信息617条。召开新闻发布会5场，发布政策解读23篇；“沂岑税务”微信公众号全年推送信息1,642条。'),
        ('h2', '（二）依申请公开'),
        ('p', '全年新收政府信息公开申请%d件，上年结转%d件，已办结%d件，结转下年度继续办理%d件。申请内容主要涉及税收违法案件处理、个人所得税汇算清缴退税进度和发票管理等方面，均在法定期限内答复。全年因政府信息公开被申请行政复议4件、被提起行政诉讼2件。' % (new, car, proc, fwd)),
        ('h2', '（三）政府信息管理'),
        ('p', '严格落实公文公开属性源头认定机制，全年对136件公文逐件进行公开属性审查。对现行有效的17件税务规范性文件进行集中清理，废止2件，并在门户网站集中公布现行有效文件目录。'),
        ('h2', '（四）平台建设'),
        ('p', '优化门户网站“政府信息公开”专栏，新增“减税降费政策直达”子栏目；12366纳税缴费服务热线全年解答咨询4.7万人次。'),
        ('h2', '（五）监督保障'),
        ('p', '将政务公开工作纳入年度绩效考评，开展专题培训2次，全年未发生因政务公开工作不到位被追责的情形。'),
        ('h1', '二、主动公开政府信息情况'),
        ('table', 't2'),
        ('h1', '三、收到和处理政府信息公开申请情况'),
        ('table', 't3'),
        ('h1', '四、政府信息公开行政复议、行政诉讼情况'),
        ('table', 't4'),
        ('h1', '五、存在的主要问题及改进情况'),
        ('p', '2024年本局政府信息公开工作取得一定成效，但仍存在政策解读形式较为单一、基层税务分局公开工作人员业务能力参差不齐等问题。2025年，我局将进一步丰富图解、视频等解读形式，加强对县（区）税务局的业务指导和培训，提升公开质效。'),
        ('h1', '六、其他需要报告的事项'),
        ('p', '（一）本年度未收取信息处理费。'),
        ('p', '（二）全年办理人大代表建议9件、政协提案14件，办理结果均已按规定公开。'),
        ('p', '（三）无其他需要报告的事项。'),
        ('sign', [ag, '2025年1月20日']),
    ]
    return dict(file='yicen-tax-2024.txt', form='pymupdf-get-text', era='2021', single_other=False,
                agency=ag, level='vertical agency (税务局, prefecture level)', year=2024, published='2025-01-20',
                t2=t2, t3=t3, t4=t4, narrative=narrative, blocks=blocks,
                running_header='国家税务总局沂岑市税务局2024年政府信息公开工作年度报告')


# =====================================================================================
def fenqiao_cgj():
    t2 = {'regulations.made': 0, 'regulations.published': 0, 'regulations.public_total': 0,
          'normative_documents.made': 2, 'normative_documents.published': 2, 'normative_documents.public_total': 11,
          'licensing.items_last_year': 14, 'licensing.items_change': -1, 'licensing.decisions': 1286,
          'other_services.items_last_year': 9, 'other_services.items_change': 2, 'other_services.decisions': 347,
          'penalty.items_last_year': 37, 'penalty.items_change': 0, 'penalty.decisions': 892,
          'coercion.items_last_year': 6, 'coercion.items_change': -2, 'coercion.decisions': 23,
          'fees.items_last_year': 3, 'fees.items_change': 0,
          'procurement.items': 19, 'procurement.amount': 826.45, 'procurement.amount_unit': '万元'}
    w = dict(W_CITY)
    w.pop('other_handling.no_correction')
    t3 = make_t3(9202, True, [24, 6, 0, 0, 1, 0], [1, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0], w)
    t4 = {'review': [1, 0, 0, 0, 1], 'suit_direct': [0, 0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0, 0]}
    ag = '汾桥市城市管理局'
    new, car, proc, fwd = t3['new'][6], t3['carried_over'][6], t3['processed'][6], t3['carried_forward'][6]
    narrative = {'active_total': 1954, 'applications_received': new, 'applications_completed': proc,
                 'applications_carried_forward': fwd, 'reviews': 1, 'lawsuits': 0, 'interpretations': 8,
                 'new_media_posts': 615}
    printed = {'active.licensing.items_change': '-1', 'active.other_services.items_change': '+2',
               'active.coercion.items_change': '-2', 'active.procurement.amount': '826.45万元'}
    blocks = [
        ('title', ag + '2020年政府信息公开工作年度报告'),
        ('p', '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布汾桥市城市管理局2020年政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。'),
        ('h1', '一、总体情况'),
        ('p', '2020年，市城市管理局按照市委、市政府关于政务公开工作的部署，以公开为常态、不公开为例外，围绕市容环境整治、城市管理执法和疫情防控期间环卫保障等重点工作，全面推进决策、执行、管理、服务、结果公开。'),
        ('p', '（一）主动公开。全年在市政府门户网站局信息公开专栏主动公开政府信息1954条，其中工作动态623条，通知公告211条，行政执法信息（“双公示”）947条。围绕《汾桥市城市市容和环境卫生管理条例》修订等事项发布政策解读8篇。“汾桥城管”微信公众号、微博全年发布信息615条。'),
        ('p', '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件；办结%d件，结转下年度继续办理%d件。被申请行政复议1件，维持原行政行为；行政诉讼0件。' % (new, car, proc, fwd)),
        ('p', '（三）政府信息管理。建立政府信息公开属性审查台账，对2件规范性文件实行统一登记、统一编号、统一发布。'),
        ('p', '（四）平台建设。完成局信息公开专栏适老化改造，开通12319城管服务热线网上留言板，全年受理群众诉求31,842件（不属于政府信息公开申请）。'),
        ('p', '（五）监督保障。成立以局主要负责同志为组长的政务公开工作领导小组，配备专职工作人员2名，全年组织业务培训3次。'),
        ('h1', '二、主动公开政府信息情况'),
        ('table', 't2'),
        ('h1', '三、收到和处理政府信息公开申请情况'),
        ('table', 't3'),
        ('h1', '四、政府信息公开行政复议、行政诉讼情况'),
        ('table', 't4'),
        ('h1', '五、存在的主要问题及改进情况'),
        ('p', '一是部分科室对政府信息公开工作重视不够，信息报送不够及时；二是政策解读的形式和深度有待提升。下一步，我局将加强考核督导，将信息公开纳入科室年度目标考核，进一步丰富解读方式，提升公开实效。'),
        ('h1', '六、其他需要报告的事项'),
        ('p', '本年度无其他需要报告的事项。'),
        ('sign', [ag, '2021年1月28日']),
    ]
    return dict(file='fenqiao-cgj-2020.md', form='pymupdf4llm-markdown-br', era='2019', single_other=True,
                agency=ag, level='prefecture-level city department', year=2020, published='2021-01-28',
                t2=t2, t3=t3, t4=t4, narrative=narrative, blocks=blocks, printed=printed)


# =====================================================================================
def linghe_yjj():
    t2 = {'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.in_force': 0,
          'normative_documents.issued': 1, 'normative_documents.repealed': 0, 'normative_documents.in_force': 4,
          'licensing.decisions': 63, 'penalty.decisions': 41, 'coercion.decisions': 2, 'fees.amount': 0}
    w = {'granted': 5, 'partial': 2, 'unable.not_held': 3, 'not_processed.petition': 1}
    t3 = make_t3(9303, False, [9, 2, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], w)
    t4 = {'review': [0, 0, 1, 0, 1], 'suit_direct': [0, 0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0, 0]}
    ag = '凌河县应急管理局'
    new, proc, fwd = t3['new'][6], t3['processed'][6], t3['carried_forward'][6]
    narrative = {'active_total': 486, 'applications_received': new, 'applications_completed': proc,
                 'applications_carried_forward': fwd, 'reviews': 1, 'new_media_posts': 312, 'fees_collected': 0}
    blocks = [
        ('title', ag + '2025年政府信息公开工作年度报告'),
        ('p', '本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。数据统计期限为2025年1月1日至12月31日。'),
        ('h1', '总体情况'),
        ('p', '2025年，县应急管理局认真贯彻落实县委、县政府关于政务公开工作的决策部署，紧紧围绕安全生产、防灾减灾救灾和应急救援等中心工作，扎实做好政府信息公开各项工作。'),
        ('h2', '主动公开情况'),
        ('p', '全年在县政府门户网站应急管理局专栏主动公开政府信息486条，其中安全生产执法检查信息137条、行政处罚信息41条、预警提示信息96条。“应急凌河”微信公众号推送信息312条。'),
        ('h2', '依申请公开情况'),
        ('p', '全年共收到政府信息公开申请%d件，无上年结转申请，按期办结%d件，%d件因涉及多部门协调结转至2026年继续办理。' % (new, proc, fwd)),
        ('h2', '政府信息管理情况'),
        ('p', '落实政府信息公开源头认定和保密审查制度，全年审查拟公开信息503条。'),
        ('h2', '平台建设情况'),
        ('p', '完成专栏栏目优化调整，新增“汛期安全提示”栏目。'),
        ('h2', '监督保障情况'),
        ('p', '局党委会专题研究政务公开工作2次，组织干部职工参加县政务公开培训1次。'),
        ('h1', '主动公开政府信息情况'),
        ('table', 't2'),
        ('h1', '收到和处理政府信息公开申请情况'),
        ('table', 't3'),
        ('h1', '政府信息公开行政复议、行政诉讼情况'),
        ('table', 't4'),
        ('p', '2025年，我局因政府信息公开被申请行政复议1件，申请人于审理期间撤回申请，复议机关终止审理（计入“其他结果”）；未发生行政诉讼。'),
        ('h1', '存在的主要问题及改进情况'),
        ('p', '存在的问题：一是执法信息公开的时效性仍需提升；二是政策解读数量偏少。改进措施：一是严格执行行政执法公示制度，做到执法决定作出之日起7个工作日内公开；二是加强与县融媒体中心合作，丰富解读形式。'),
        ('h1', '其他需要报告的事项'),
        ('p', '本年度未收取信息处理费。无其他需要报告的事项。'),
        ('sign', [ag, '2026年1月22日']),
    ]
    return dict(file='linghe-yjj-2025.html', form='google-docs-html-export', era='2021', single_other=False,
                agency=ag, level='county department', year=2025, published='2026-01-22',
                t2=t2, t3=t3, t4=t4, narrative=narrative, blocks=blocks)


# =====================================================================================
def songyuan_gjj():
    t2 = {'regulations.made': 0, 'regulations.published': 0, 'regulations.public_total': 0,
          'normative_documents.made': 3, 'normative_documents.published': 3, 'normative_documents.public_total': 21,
          'licensing.items_last_year': 0, 'licensing.items_change': 0, 'licensing.decisions': 0,
          'other_services.items_last_year': 12, 'other_services.items_change': 1, 'other_services.decisions': 48613,
          'penalty.items_last_year': 1, 'penalty.items_change': 0, 'penalty.decisions': 3,
          'coercion.items_last_year': 0, 'coercion.items_change': 0, 'coercion.decisions': 0,
          'fees.items_last_year': 0, 'fees.items_change': 0,
          'procurement.items': 7, 'procurement.amount': 1253.86, 'procurement.amount_unit': '万元'}
    w = {'granted': 40, 'partial': 6, 'denied.query': 30, 'denied.third_party': 5, 'unable.not_held': 12,
         'unable.needs_creation': 3, 'unable.unclear': 2, 'not_processed.petition': 2, 'not_processed.repeated': 3,
         'not_processed.confirmation': 1, 'other_handling.other': 2}
    t3 = make_t3(9404, True, [1012, 9, 0, 0, 4, 1], [6, 0, 0, 0, 0, 0], [9, 1, 0, 0, 0, 0], w)
    t4 = {'review': [2, 0, 0, 0, 2], 'suit_direct': [0, 1, 0, 0, 1], 'suit_after_review': [1, 0, 0, 0, 1]}
    ag = '嵩原市住房公积金管理中心'
    new, car, proc, fwd = t3['new'][6], t3['carried_over'][6], t3['processed'][6], t3['carried_forward'][6]
    narrative = {'active_total': 2167, 'applications_received': new, 'applications_completed': proc,
                 'applications_carried_forward': fwd, 'reviews': 2, 'lawsuits': 2, 'interpretations': 6,
                 'new_media_posts': 1380}
    printed = {'active.other_services.decisions': thousands(48613), 'active.other_services.items_change': '+1',
               'active.procurement.amount': '1,253.86',
               'applications.new.person': thousands(t3['new'][0]), 'applications.new.total': thousands(new)}
    blocks = [
        ('title', ag + '2019年政府信息公开工作年度报告'),
        ('p', '根据新修订的《中华人民共和国政府信息公开条例》（国务院令第711号）和国务院办公厅政府信息与政务公开办公室印发的年度报告格式要求，特编制本报告。本报告统计期限为2019年1月1日至2019年12月31日。'),
        ('h1', '一、总体情况'),
        ('p', '2019年，中心认真贯彻落实新修订的《条例》，围绕住房公积金归集、提取、贷款等业务，推进政务公开和办事公开。年内主动公开各类信息2167条，发布政策解读6篇，“嵩原公积金”微信公众号推送信息1380条。'),
        ('p', '全年新收政府信息公开申请1,026件（其中自然人申请1,012件，主要为查询本人缴存、贷款记录），上年结转%d件，已办结%d件，结转下年度办理%d件。' % (car, proc, fwd)),
        ('p', '全年被申请行政复议2件，均维持原决定；被提起行政诉讼2件（直接起诉1件、复议后起诉1件）。'),
        ('h1', '二、主动公开政府信息情况'),
        ('p', '详见附表1。'),
        ('h1', '三、收到和处理政府信息公开申请情况'),
        ('p', '详见附表2。'),
        ('h1', '四、政府信息公开行政复议、行政诉讼情况'),
        ('p', '详见附表3。'),
        ('h1', '五、存在的主要问题及改进情况'),
        ('p', '一是依申请公开中查询类申请占比较高，与业务查询渠道区分不清；二是县区管理部信息公开工作基础较弱。2020年，中心将在门户网站和服务大厅公示个人公积金信息查询渠道，引导群众通过业务渠道查询；加强对各管理部的培训指导。'),
        ('h1', '六、其他需要报告的事项'),
        ('p', '无。'),
        ('sign', [ag]),
    ]
    return dict(file='songyuan-gjj-2019.csv', form='xlsx2csv-all-sheets', era='2019', single_other=True,
                agency=ag, level='public institution (住房公积金管理中心, prefecture level)', year=2019,
                published='2020-03-26', t2=t2, t3=t3, t4=t4, narrative=narrative, blocks=blocks,
                printed=printed)


# =====================================================================================
def shiqu_town():
    t2 = {'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.in_force': 0,
          'normative_documents.issued': 0, 'normative_documents.repealed': 0, 'normative_documents.in_force': 0,
          'licensing.decisions': 27, 'penalty.decisions': 6, 'coercion.decisions': 0, 'fees.amount': 0}
    w = {'granted': 3, 'partial': 1, 'unable.not_held': 2, 'other_handling.other': 1}
    t3 = make_t3(9505, True, [5, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], w)
    t4 = {'review': [0] * 5, 'suit_direct': [0] * 5, 'suit_after_review': [0] * 5}
    ag = '柳源县石渠镇人民政府'
    new, proc = t3['new'][6], t3['processed'][6]
    narrative = {'active_total': 173, 'applications_received': new, 'applications_completed': proc,
                 'fees_collected': 0}
    printed = {'active.regulations.issued': '/', 'active.regulations.repealed': '/',
               'active.regulations.in_force': '/', 'active.fees.amount': '/'}
    blocks = [
        ('title', '石渠镇人民政府2023年政府信息公开工作年度报告'),
        ('p', '根据《中华人民共和国政府信息公开条例》和县政务公开领导小组办公室《关于做好2023年度政府信息公开工作年度报告编制发布工作的通知》要求，现将石渠镇2023年政府信息公开工作情况报告如下。'),
        ('h1', '一、总体情况'),
        ('p', '2023年，石渠镇围绕乡村振兴、基层治理、民生保障等重点工作，依托县政府门户网站镇级专栏和镇村政务公开栏，扎实推进政府信息公开工作。全年主动公开政府信息173条，其中财政预决算、惠农补贴资金发放等重点领域信息58条；12个行政村（社区）村务公开栏更新4次。'),
        ('p', '全年收到政府信息公开申请6件，均为本年新收，已全部办结。未收取任何费用。全年未发生因政府信息公开引起的行政复议、行政诉讼案件。'),
        ('h1', '二、主动公开政府信息情况'),
        ('table', 't2'),
        ('h1', '三、收到和处理政府信息公开申请情况'),
        ('table', 't3'),
        ('h1', '四、政府信息公开行政复议、行政诉讼情况'),
        ('table', 't4'),
        ('h1', '五、存在的主要问题及改进情况'),
        ('p', '一是村级公开栏更新不够及时；二是工作人员多为兼职，业务水平有待提高。2024年，镇党政办将加强对各村（社区）的督促检查，每季度至少开展1次抽查。'),
        ('h1', '六、其他需要报告的事项'),
        ('p', '本年度未收取信息处理费。镇人大代表建议、政协委员提案办理结果公开工作由县级部门统一开展。'),
        ('sign', [ag, '2024年1月16日']),
    ]
    return dict(file='shiqu-town-2023.eml', form='eml-html-base64', era='2021', single_other=True,
                agency=ag, level='township government (镇)', year=2023, published='2024-01-16',
                t2=t2, t3=t3, t4=t4, narrative=narrative, blocks=blocks, printed=printed)


# =====================================================================================
def beihu_district():
    t2 = {'regulations.made': 0, 'regulations.published': 0, 'regulations.public_total': 0,
          'normative_documents.made': 4, 'normative_documents.published': 4, 'normative_documents.public_total': 37,
          'licensing.items_last_year': 186, 'licensing.items_change': 12, 'licensing.decisions': 9874,
          'other_services.items_last_year': 93, 'other_services.items_change': -5, 'other_services.decisions': 2216,
          'penalty.items_last_year': 241, 'penalty.items_change': 0, 'penalty.decisions': 3152,
          'coercion.items_last_year': 38, 'coercion.items_change': 0, 'coercion.decisions': 104,
          'fees.items_last_year': 17, 'fees.items_change': -2,
          'procurement.items': 126, 'procurement.amount': 23857.6, 'procurement.amount_unit': '万元'}
    t3 = make_t3(9606, True, [143, 21, 1, 2, 6, 3], [9, 2, 0, 0, 0, 0], [12, 1, 0, 0, 1, 0],
                 {k: v for k, v in W_CITY.items() if k != 'other_handling.no_correction'})
    t4 = {'review': [4, 2, 1, 1, 8], 'suit_direct': [2, 1, 0, 1, 4], 'suit_after_review': [0, 0, 0, 0, 0]}
    ag = '澹州市北湖区人民政府'
    new, car, proc, fwd = t3['new'][6], t3['carried_over'][6], t3['processed'][6], t3['carried_forward'][6]
    narrative = {'active_total': 15392, 'applications_received': new, 'applications_completed': proc,
                 'applications_carried_forward': fwd, 'reviews': 8, 'lawsuits': 4, 'press_conferences': 11,
                 'interpretations': 48, 'npc_suggestions': 67, 'cppcc_proposals': 112}
    printed = {'active.regulations.made': '/', 'active.regulations.published': '/',
               'active.regulations.public_total': '/', 'active.penalty.items_change': '0',
               'active.coercion.items_change': '-', 'active.licensing.items_change': '+12',
               'active.procurement.amount': '23857.6万元'}
    # zeros: 商业企业 '-', 科研/公益/法律/其他 blank; 复议后起诉 '/'
    for k, row in t3.items():
        for c, col in enumerate(COLS):
            if row[c] == 0 and col == 'business':
                printed['applications.%s.%s' % (k, col)] = '-'
            elif row[c] == 0 and col in ('research', 'nonprofit', 'legal', 'other'):
                printed['applications.%s.%s' % (k, col)] = ''
    for c in ('upheld', 'corrected', 'other', 'pending', 'total'):
        printed['appeals.suit_after_review.' + c] = '/'
    blocks = [
        ('title', '澹州市北湖区人民政府2020年政府信息公开工作年度报告'),
        ('p', '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由澹州市北湖区人民政府办公室编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。'),
        ('h1', '一、总体情况'),
        ('p', '2020年，北湖区坚持以人民为中心的发展思想，认真贯彻《条例》，围绕疫情防控、复工复产、“六稳”“六保”等中心工作，不断加大政府信息公开力度。'),
        ('p', '（一）主动公开。全区各级行政机关全年主动公开政府信息15392条。召开新闻发布会11场，发布政策解读材料48篇，其中区主要负责同志解读3次。疫情防控期间，每日通报全区防控情况，累计发布疫情防控信息1,274条。'),
        ('p', '（二）依申请公开。全区共新收政府信息公开申请%d件，上年结转%d件；全年办结%d件，结转下年度继续办理%d件。区政府因政府信息公开被申请行政复议8件、被提起行政诉讼4件。' % (new, car, proc, fwd)),
        ('p', '（三）政府信息管理。完成2008年至2019年区政府及区政府办公室文件清理，确认现行有效规范性文件37件。'),
        ('p', '（四）平台建设。区政府门户网站全年访问量263万人次，“北湖发布”政务新媒体矩阵覆盖14个部门、9个街道。'),
        ('p', '（五）监督保障。将政务公开纳入区绩效考核，占比4%；全年开展业务培训4期，培训人员326人次。'),
        ('h1', '二、主动公开政府信息情况'),
        ('table', 't2'),
        ('h1', '三、收到和处理政府信息公开申请情况'),
        ('table', 't3'),
        ('note', '注：表中“-”及空白表示无此情形。'),
        ('h1', '四、政府信息公开行政复议、行政诉讼情况'),
        ('table', 't4'),
        ('h1', '五、存在的主要问题及改进情况'),
        ('p', '一是部分部门、街道对公开属性认定把握不准；二是依申请公开答复规范化程度不够。2021年，区政府办公室将编制依申请公开答复文书范本，组织开展专项培训和案例研讨，提高答复质量。'),
        ('h1', '六、其他需要报告的事项'),
        ('p', '2020年，区政府承办区人大代表建议67件、区政协提案112件，办理结果已按规定公开。'),
        ('sign', ['澹州市北湖区人民政府办公室', '2021年3月30日']),
    ]
    return dict(file='beihu-district-2020.html', form='html-pre-fixed-width', era='2019', single_other=True,
                agency=ag, level='district government (区)', year=2020, published='2021-03-30',
                t2=t2, t3=t3, t4=t4, narrative=narrative, blocks=blocks, printed=printed)


# =====================================================================================
def daichuan_nync():
    t2 = {'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.in_force': 0,
          'normative_documents.issued': 6, 'normative_documents.repealed': 3, 'normative_documents.in_force': 42,
          'licensing.decisions': 12873, 'penalty.decisions': 1046, 'coercion.decisions': 17, 'fees.amount': 126.5}
    w = dict(W_CITY)
    w.update({'other_handling.fee_unpaid': 1, 'denied.state_secret': 1})
    t3 = make_t3(9707, False, [214, 37, 3, 2, 9, 4], [11, 3, 0, 0, 1, 0], [8, 2, 0, 0, 0, 0], w)
    t4 = {'review': [5, 1, 2, 2, 10], 'suit_direct': [3, 0, 1, 2, 6], 'suit_after_review': [1, 0, 0, 1, 2]}
    ag = '岱川省农业农村厅'
    new, car, proc, fwd = t3['new'][6], t3['carried_over'][6], t3['processed'][6], t3['carried_forward'][6]
    fee_unpaid = t3['other_handling.fee_unpaid'][6]
    narrative = {'active_total': 4218, 'applications_received': new, 'applications_completed': proc,
                 'applications_carried_forward': fwd, 'reviews': 10, 'lawsuits': 8, 'press_conferences': 14,
                 'interpretations': 37, 'npc_suggestions': 128, 'cppcc_proposals': 203, 'fees_collected': 0}
    printed = {'active.licensing.decisions': thousands(12873), 'active.fees.amount': '126.50'}
    blocks = [
        ('title', ag + '2022年政府信息公开工作年度报告'),
        ('p', '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和省政务公开办有关要求，省农业农村厅编制了2022年政府信息公开工作年度报告。报告中所列数据的统计期限为2022年1月1日至2022年12月31日。如对本报告有疑问，请与省农业农村厅办公室联系（地址：岱川市春晖路168号，邮编：570216，电话：0871-63304125）。'),
        ('h1', '一、总体情况'),
        ('p', '2022年，省农业农村厅深入贯彻落实党中央、国务院和省委、省政府关于全面推进政务公开的决策部署，聚焦粮食安全、乡村振兴、农业防灾减灾等重点领域，持续提升政务公开质量。'),
        ('p', '（一）主动公开。全年通过厅门户网站主动公开政府信息4218条，召开新闻发布会14场，发布政策解读37篇。'),
        ('p', '（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。因政府信息公开被申请行政复议10件，被提起行政诉讼8件。' % (new, car, proc, fwd)),
        ('p', '（三）政府信息管理。开展行政规范性文件清理，废止3件，现行有效42件，全部在厅网站“规范性文件”栏目集中公开。'),
        ('p', '（四）平台建设。推进厅网站集约化，整合“三农”数据开放目录，开放数据集56个。'),
        ('p', '（五）监督保障。厅政务公开领导小组召开专题会议2次，对厅属21个单位开展政务公开专项检查。'),
        ('h1', '二、主动公开政府信息情况'),
        ('table', 't2'),
        ('h1', '三、收到和处理政府信息公开申请情况'),
        ('table', 't3'),
        ('h1', '四、政府信息公开行政复议、行政诉讼情况'),
        ('table', 't4'),
        ('h1', '五、存在的主要问题及改进情况'),
        ('p', '2022年，我厅政府信息公开工作仍存在依申请公开答复质量有待提升、部分被纠错案件暴露出法律适用不够准确等问题。2023年将强化法制审核，建立疑难申请会商机制。'),
        ('h1', '六、其他需要报告的事项'),
        ('p', '（一）信息处理费收取情况。本年度发出收费通知%d件，申请人均未在规定期限内缴纳，未收取信息处理费。' % fee_unpaid),
        ('p', '（二）人大代表建议和政协提案办理结果公开情况。全年承办省人大代表建议128件、省政协提案203件，办理复文已按规定公开。'),
        ('p', '（三）政务公开工作创新情况。开设“农技云课堂”直播栏目，全年直播36场。'),
        ('sign', [ag, '2023年1月29日']),
    ]
    return dict(file='daichuan-nync-2022.html', form='pdftohtml-absolute-positioned', era='2021',
                single_other=False, agency=ag, level='provincial department', year=2022,
                published='2023-01-29', t2=t2, t3=t3, t4=t4, narrative=narrative, blocks=blocks,
                printed=printed)


# =====================================================================================
def daiwan_customs():
    t2 = {'regulations.made': 0, 'regulations.published': 0, 'regulations.public_total': 0,
          'normative_documents.made': 0, 'normative_documents.published': 0, 'normative_documents.public_total': 0,
          'licensing.items_last_year': 11, 'licensing.items_change': 0, 'licensing.decisions': 23516,
          'other_services.items_last_year': 7, 'other_services.items_change': 1, 'other_services.decisions': 4381,
          'penalty.items_last_year': 4, 'penalty.items_change': 0, 'penalty.decisions': 1127,
          'coercion.items_last_year': 3, 'coercion.items_change': 0, 'coercion.decisions': 86,
          'fees.items_last_year': 2, 'fees.items_change': -1,
          'procurement.items': 14, 'procurement.amount': 3856200, 'procurement.amount_unit': '元'}
    w = dict(W_CITY)
    w.pop('other_handling.no_correction')
    w.update({'denied.enforcement': 3, 'denied.third_party': 3})
    t3 = make_t3(9808, True, [47, 19, 0, 0, 6, 2], [3, 1, 0, 0, 0, 0], [2, 1, 0, 0, 0, 0], w)
    t4 = {'review': [1, 0, 0, 1, 2], 'suit_direct': [1, 0, 0, 0, 1], 'suit_after_review': [0, 0, 0, 0, 0]}
    ag = '岱湾海关'
    new, car, proc, fwd = t3['new'][6], t3['carried_over'][6], t3['processed'][6], t3['carried_forward'][6]
    narrative = {'active_total': 2904, 'applications_received': new, 'applications_completed': proc,
                 'applications_carried_forward': fwd, 'reviews': 2, 'lawsuits': 1, 'interpretations': 12,
                 'new_media_posts': 486}
    printed = {'active.licensing.decisions': thousands(23516), 'active.other_services.items_change': '+1',
               'active.fees.items_change': '-1', 'active.procurement.amount': '3856200元'}
    blocks = [
        ('title', ag + '2019年政府信息公开工作年度报告'),
        ('p', '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《海关政府信息公开办法》要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。'),
        ('h1', '一、总体情况'),
        ('p', '2019年，岱湾海关以贯彻实施新修订的《条例》为契机，围绕优化口岸营商环境、促进跨境贸易便利化，进一步加大政府信息公开力度。'),
        ('p', '（一）主动公开情况。全年通过门户网站主动公开政府信息2904条，其中行政许可、行政处罚等执法信息1,688条，统计数据信息216条；发布政策解读12篇；“岱湾海关发布”政务微博、微信公众号共发布信息486条。口岸整体通关时间、进出口货值等信息按月公开。'),
        ('p', '（二）依申请公开情况。全年新收政府信息公开申请%d件，上年结转%d件；已办结%d件，结转下年度继续办理%d件。' % (new, car, proc, fwd)),
        ('p', '（三）行政复议和行政诉讼情况。全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。'),
        ('p', '（四）平台建设和监督保障情况。完成门户网站政府信息公开专栏改版，修订《岱湾海关政府信息公开工作规程》，开展业务培训2期。'),
        ('h1', '二、主动公开政府信息情况'),
        ('table', 't2'),
        ('h1', '三、收到和处理政府信息公开申请情况'),
        ('table', 't3'),
        ('h1', '四、政府信息公开行政复议、行政诉讼情况'),
        ('table', 't4'),
        ('h1', '五、存在的主要问题及改进情况'),
        ('p', '一是对新《条例》中不予处理等新增情形的适用把握还不够准确；二是隶属海关之间公开标准尚不统一。2020年，我关将编印依申请公开办理指引，统一关区答复口径，加强对隶属海关的业务指导。'),
        ('h1', '六、其他需要报告的事项'),
        ('p', '本年度无其他需要报告的事项。'),
        ('sign', [ag, '2020年1月21日']),
    ]
    return dict(file='daiwan-customs-2019.html', form='wayback-machine-snapshot', era='2019', single_other=True,
                agency=ag, level='vertical agency (直属海关)', year=2019, published='2020-01-21',
                t2=t2, t3=t3, t4=t4, narrative=narrative, blocks=blocks, printed=printed)


ALL = [yicen_tax, fenqiao_cgj, linghe_yjj, songyuan_gjj, shiqu_town, beihu_district, daichuan_nync,
       daiwan_customs]
