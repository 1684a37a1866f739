"""The eight invented reports: figures, label variants, traps and prose."""
from core import A19, A21, COLS, tot

INTRO19 = ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发'
           '〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）要求编制。')
INTRO21 = ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发'
           '〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。')
HEADS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
         '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']


def figs(rep):
    A, P = rep['A'], rep['P']
    return dict(recv=tot(rep, 'new'), co=tot(rep, 'carried_over'), done=tot(rep, 'processed'),
                cf=tot(rep, 'carried_forward'), granted=tot(rep, 'granted'), partial=tot(rep, 'partial'),
                gp=tot(rep, 'granted') + tot(rep, 'partial'),
                person=A['new'][0], org=A['new'][6] - A['new'][0],
                rev=P['review'][4], suit=P['suit_direct'][4] + P['suit_after_review'][4],
                rev_up=P['review'][0], rev_cor=P['review'][1])


# ---------------------------------------------------------------------------
# A  朔川省林业和草原局 2020 — w3m -dump, 2019 template, provincial department
# ---------------------------------------------------------------------------
def doc_shuochuan(rep, F):
    return [
        ('title', '朔川省林业和草原局2020年政府信息公开工作年度报告'),
        ('meta', '发布时间：2021-01-27 16:42  来源：办公室  浏览次数：'),
        ('p', INTRO19 + '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、'
              '存在的主要问题及改进情况、其他需要报告的事项六部分组成。报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。'
              '本报告电子版可在朔川省林业和草原局门户网站（www.scslcj.gov.cn）查阅和下载。如对本报告有疑问，'
              '请与朔川省林业和草原局办公室联系（地址：朔川市滨河东路118号，邮编：034100，电话：0349-6218835）。'),
        ('h1', HEADS[0]),
        ('p', '2020年，省林草局认真贯彻落实《条例》和省政府办公厅关于政务公开工作的部署要求，围绕森林草原防火、'
              '国土绿化、自然保护地整合优化、林长制等重点工作，持续加大政府信息公开力度。'),
        ('p', '（一）主动公开。全年通过局门户网站、“朔川林草”微信公众号等渠道主动公开政府信息{active_total}条，'
              '其中机构职能、政策文件类412条，行政许可和行政处罚“双公示”信息637条，森林草原防火、疫情防控等公共服务信息237条。'
              '发布政策解读{interpretations}篇，其中图解、音视频等形式解读9篇。'.format(**F)),
        ('p', '（二）依申请公开。全年新收政府信息公开申请{recv}件，上年结转{co}件，已办结{done}件，'
              '结转下年度继续办理{cf}件。申请内容主要集中在林地征占用审批、采伐许可、公益林补偿资金等方面。'.format(**F)),
        ('p', '（三）政府信息管理。修订《朔川省林业和草原局政府信息公开工作规程》，对拟公开信息严格执行“三审三校”和保密审查，'
              '全年组织清理主动公开目录，调整目录事项26项。'),
        ('p', '（四）平台建设。完成局门户网站集约化迁移，新设“林长制”“自然保护地”专题栏目，优化依申请公开在线办理系统。'),
        ('p', '（五）监督保障。将政务公开工作纳入局机关处室和直属单位年度目标考核，举办政务公开业务培训班3期，培训120人次。'),
        ('h1', HEADS[1]),
        ('table', 't2'),
        ('h1', HEADS[2]),
        ('table', 't3'),
        ('note', '注：1.本表中“自然人”含委托律师以个人名义提出的申请；2.“其他处理”指申请人撤回申请、经告知后未再补充联系方式等情形。'),
        ('h1', HEADS[3]),
        ('table', 't4'),
        ('h1', HEADS[4]),
        ('p', '2020年，我局政府信息公开工作取得一定成效，但仍存在以下问题：一是部分直属单位对政务公开工作重视程度不够，'
              '信息报送不及时；二是政策解读形式较为单一。2021年，我局将进一步压实工作责任，加强业务培训和督促检查，'
              '丰富解读形式，提高信息公开质量。'),
        ('h1', HEADS[5]),
        ('p', '2020年，我局共办理省人大代表建议{npc_suggestions}件、省政协提案{cppcc_proposals}件，办理结果已按要求公开。'
              '本年度未收取政府信息公开相关费用。'.format(**F)),
        ('sign', '朔川省林业和草原局'),
        ('date', '2021年1月27日'),
    ]


# ---------------------------------------------------------------------------
# B  蒲阳县人民政府 2022 — lynx -dump, 2021 template, county government
# ---------------------------------------------------------------------------
def doc_puyang(rep, F):
    return [
        ('title', '蒲阳县人民政府2022年政府信息公开工作年度报告'),
        ('meta', '发布日期：2023-03-24 来源：县政府办公室 字体：[大] [中] [小]'),
        ('p', INTRO21 + '报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、'
              '存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。'
              '如对本报告有疑问，请与蒲阳县人民政府办公室联系（电话：0738-4219062）。'),
        ('h1', HEADS[0]),
        ('p', '（一）主动公开。2022年，县政府门户网站主动公开政府信息{active_total}条，其中政策文件186条，'
              '财政预决算及“三公”经费信息342条，重大建设项目信息97条。召开新闻发布会{press_conferences}场，'
              '发布政策解读材料64篇。'.format(**F)),
        ('p', '（二）依申请公开。全年县政府本级新收政府信息公开申请{recv}件，加上2021年结转的{co}件，'
              '共办结{done}件，结转下一年度继续办理{cf}件。从申请内容看，主要涉及征地拆迁、棚户区改造和'
              '农村集体土地补偿等方面。'.format(**F)),
        ('p', '（三）政府信息管理。严格落实政府信息公开属性源头认定和发布前保密审查机制，对全县21个乡镇和'
              '46个县直部门的主动公开目录进行了全面梳理。'),
        ('p', '（四）平台建设。县政府门户网站全年发布信息28930条（含转载），网站年度访问量突破312万人次；'
              '整合关停政务新媒体账号7个。'),
        ('p', '（五）监督保障。将政务公开工作纳入全县绩效考核，分值占比2%，全年开展季度检查4次并通报结果。'),
        ('h1', HEADS[1]),
        ('table', 't2'),
        ('h1', HEADS[2]),
        ('table', 't3'),
        ('h1', HEADS[3]),
        ('table', 't4'),
        ('h1', HEADS[4]),
        ('p', '一是部分乡镇信息公开的及时性有待提高；二是依申请公开答复的规范化水平仍需提升。下一步，我县将'
              '加强对乡镇和县直部门的培训指导，规范答复文书格式，提升依申请公开办理质量。'),
        ('h1', HEADS[5]),
        ('p', '2022年，县政府及各部门共办理县人大代表建议{npc_suggestions}件、县政协提案{cppcc_proposals}件，'
              '全部按期办结并公开办理结果。县政府本级未收取信息处理费。'.format(**F)),
        ('sign', '蒲阳县人民政府'),
        ('date', '2023年3月24日'),
    ]


# ---------------------------------------------------------------------------
# C  国家冰川冻土监测局 2024 — Apache Tika text of the .docx, 2021, national bureau
# ---------------------------------------------------------------------------
def doc_glacier(rep, F):
    return [
        ('title', '国家冰川冻土监测局2024年政府信息公开工作年度报告'),
        ('p', INTRO21 + '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。本报告在国家冰川冻土监测局政府网站'
              '（www.gcmb.gov.cn）公布。如对本报告有任何疑问，请与国家冰川冻土监测局办公室联系（电话：010-68392274）。'),
        ('h1', HEADS[0]),
        ('p', '2024年，国家冰川冻土监测局坚持以习近平新时代中国特色社会主义思想为指导，认真落实《条例》和'
              '《2024年政务公开工作要点》，围绕冰川变化监测、冻土灾害预警、高寒生态保护等重点领域，扎实推进政务公开。'),
        ('h2', '（一）主动公开'),
        ('p', '全年通过局政府网站发布各类信息1862条，其中法定主动公开内容314条。召开新闻发布会{press_conferences}场，'
              '发布政策解读{interpretations}篇，发布《中国冰川资源公报（2023）》等年度公报3期。'.format(**F)),
        ('h2', '（二）依申请公开'),
        ('p', '全年新收政府信息公开申请{recv}件，较上年增长18.6%；上年结转{co}件。已办结{done}件，其中予以公开'
              '{granted}件，部分公开{partial}件；结转下年度继续办理{cf}件。'.format(**F)),
        ('h2', '（三）政府信息管理'),
        ('p', '修订政府信息公开工作办法，完善公开属性认定、保密审查和公开后评估流程，全年清理现行有效规章9件、'
              '行政规范性文件38件，废止行政规范性文件1件。'),
        ('h2', '（四）政府信息公开平台建设'),
        ('p', '完成政府网站适老化和无障碍改造，“冰川冻土监测”政务新媒体全年发布信息{new_media_posts}条。'.format(**F)),
        ('h2', '（五）监督保障'),
        ('p', '将政务公开纳入司局和直属单位年度绩效考核，开展专题培训2次，覆盖干部职工260余人次。'),
        ('h1', HEADS[1]),
        ('table', 't2'),
        ('h1', HEADS[2]),
        ('table', 't3'),
        ('h1', HEADS[3]),
        ('table', 't4'),
        ('h1', HEADS[4]),
        ('p', '一是政策解读的针对性和可读性有待提升；二是部分直属单位依申请公开答复不够规范。2025年，'
              '我局将加强解读产品策划，规范答复文书，强化对直属单位的指导。'),
        ('h1', HEADS[5]),
        ('p', '（一）按照《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。'),
        ('p', '（二）2024年，我局承办全国人大代表建议{npc_suggestions}件、全国政协提案{cppcc_proposals}件，'
              '均已按时办结，答复全文公开率100%。'.format(**F)),
        ('p', '（三）2024年政务公开工作要点落实情况：各项任务均已完成。'),
        ('sign', '国家冰川冻土监测局'),
        ('date', '2025年1月23日'),
    ]


# ---------------------------------------------------------------------------
# D  黎溪县芷口乡人民政府 2021 — html2text markdown, 2021, township
# ---------------------------------------------------------------------------
def doc_zhikou(rep, F):
    return [
        ('title', '芷口乡人民政府2021年政府信息公开工作年度报告'),
        ('meta', '发布时间：2022-03-11 信息来源：芷口乡 阅读次数：'),
        ('p', INTRO21 + '报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。如对本报告有疑问，'
              '请与芷口乡党政综合办公室联系（电话：0745-7623018）。'),
        ('h1', HEADS[0]),
        ('p', '2021年，芷口乡认真贯彻落实《条例》和县政务公开工作部署，以公开促落实、以公开促规范，'
              '全年通过县政府门户网站芷口乡专栏主动公开政府信息{active_total}条，涉及乡村振兴、'
              '惠农补贴、低保救助等内容；在全乡14个村（社区）公开栏公开村务、财务信息。'.format(**F)),
        ('p', '全年收到政府信息公开申请{recv}件，均在法定期限内答复，办结{done}件，结转至2022年办理{cf}件。'
              '未发生因政府信息公开引起的行政复议、行政诉讼。'.format(**F)),
        ('h1', HEADS[1]),
        ('table', 't2'),
        ('h1', HEADS[2]),
        ('table', 't3'),
        ('h1', HEADS[3]),
        ('table', 't4'),
        ('h1', HEADS[4]),
        ('p', '主要问题是乡政务公开工作人员多为兼职，业务能力有待提高。下一步将加强培训，规范公开流程。'),
        ('h1', HEADS[5]),
        ('p', '本年度未收取信息处理费。'),
        ('sign', '黎溪县芷口乡人民政府'),
        ('date', '2022年3月11日'),
    ]


# ---------------------------------------------------------------------------
# E  沣源高新技术产业开发区管理委员会 2019 — tabula lattice CSV, 2019 template, zone
# ---------------------------------------------------------------------------
def doc_fengyuan(rep, F):
    # the PDF's prose is not in the CSV (tabula keeps only tables); the blocks below are the PDF pages
    return [
        ('index', [('索 引 号：', '11410900MB1792654C/2020-00031', '分　　类：', '政务公开；年度报告'),
                   ('发布机构：', '沣源高新区管委会', '成文日期：', '2020-03-18'),
                   ('名　　称：', '沣源高新技术产业开发区管理委员会2019年政府信息公开工作年度报告', None, None),
                   ('文　　号：', '', '发布日期：', '2020-03-20'),
                   ('关 键 词：', '政府信息公开；年度报告', None, None)]),
        ('title', '沣源高新技术产业开发区管理委员会2019年政府信息公开工作年度报告'),
        ('p', INTRO19),
        ('h1', HEADS[0]),
        ('p', '2019年，高新区管委会主动公开政府信息685条，新收政府信息公开申请{recv}件。'.format(**F)),
        ('h1', HEADS[1]), ('table', 't2'),
        ('h1', HEADS[2]), ('table', 't3'),
        ('h1', HEADS[3]), ('table', 't4'),
        ('h1', HEADS[4]), ('p', '……'),
        ('h1', HEADS[5]), ('p', '无。'),
        ('sign', '沣源高新技术产业开发区管理委员会'), ('date', '2020年3月18日'),
    ]


# ---------------------------------------------------------------------------
# F  邕阳市城东区翠屏街道办事处 2025 — RSS item, HTML in CDATA, 2021, 街道
# ---------------------------------------------------------------------------
def doc_cuiping(rep, F):
    return [
        ('title', '邕阳市城东区翠屏街道办事处2025年政府信息公开工作年度报告'),
        ('p', INTRO21 + '本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本报告有疑问，'
              '请与翠屏街道党政综合办公室联系（地址：邕阳市城东区翠屏路66号，电话：0771-5830417）。'),
        ('h1', HEADS[0]),
        ('p', '（一）主动公开。2025年，翠屏街道通过城东区人民政府门户网站街道专栏主动公开政府信息{active_total}条，'
              '其中机构信息12条，规划计划28条，民生保障信息97条，“翠屏发布”微信公众号推送信息{new_media_posts}条。'.format(**F)),
        ('p', '（二）依申请公开。全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，'
              '结转下年度办理{cf}件。申请事项主要为老旧小区改造和征收补偿。'.format(**F)),
        ('p', '（三）政府信息管理。落实信息发布“三审”制度，全年清理过时信息43条。'),
        ('p', '（四）平台建设。更新辖区9个社区居务公开栏，设立政务公开专区1个。'),
        ('p', '（五）监督保障。将政务公开工作纳入社区年度考评，组织培训2次。'),
        ('h1', HEADS[1]),
        ('table', 't2'),
        ('h1', HEADS[2]),
        ('table', 't3'),
        ('h1', HEADS[3]),
        ('table', 't4'),
        ('note', '注：行政复议1件为申请人对街道依申请公开答复不服提起，经城东区人民政府复议维持。'),
        ('h1', HEADS[4]),
        ('p', '存在的问题：一是信息更新频率不均衡；二是社区公开栏内容规范性不足。改进措施：建立信息更新台账，'
              '每季度开展一次社区公开栏检查。'),
        ('h1', HEADS[5]),
        ('p', '本年度街道未发出信息处理费收费通知，未收取信息处理费。'),
        ('sign', '邕阳市城东区翠屏街道办事处'),
        ('date', '2026年1月20日'),
    ]


# ---------------------------------------------------------------------------
# G  婺岭市人民政府 2023 — Docling markdown (spans repeated), 2021, prefecture; UNBALANCED
# ---------------------------------------------------------------------------
def doc_wuling(rep, F):
    return [
        ('title', '婺岭市人民政府2023年政府信息公开工作年度报告'),
        ('p', INTRO21 + '本报告由市政府办公室（市政务公开办）编制，所列数据统计期限自2023年1月1日起至2023年12月31日止。'
              '本报告电子版可在婺岭市人民政府门户网站查阅和下载。如对本报告有疑问，请与婺岭市政务公开办公室联系'
              '（地址：婺岭市行政中心3号楼512室，电话：0793-8126304）。'),
        ('h1', HEADS[0]),
        ('p', '2023年，婺岭市人民政府深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，以《条例》为遵循，'
              '以群众需求为导向，推动政务公开提质增效。'),
        ('p', '（一）主动公开。全市各级行政机关全年主动公开政府信息{active_total}条，其中市政府本级发布政府规章2件、'
              '行政规范性文件18件。组织新闻发布会{press_conferences}场，发布政策解读{interpretations}篇，'
              '政府常务会议公开13次。'.format(**F)),
        ('p', '（二）依申请公开。市政府本级全年新收政府信息公开申请{recv}件，上年结转{co}件，办结{done}件，'
              '其中予以公开{granted}件，部分公开{partial}件；结转下年度继续办理{cf}件。'.format(**F)),
        ('p', '（三）政府信息管理。开展行政规范性文件集中清理，废止行政规范性文件9件；'
              '对市政府门户网站历史信息¶进行归档，下线过期信息1275条。'),
        ('p', '（四）平台建设。市政府门户网站全年访问量846万人次，“婺岭发布”政务新媒体矩阵年发布信息'
              '{new_media_posts}条。'.format(**F)),
        ('p', '（五）监督保障。将政务公开工作纳入市对县（市、区）高质量发展综合绩效考核，'
              '组织全市政务公开专题培训4期，培训620人次。'),
        ('h1', HEADS[1]),
        ('table', 't2'),
        ('h1', HEADS[2]),
        ('table', 't3'),
        ('h1', HEADS[3]),
        ('table', 't4'),
        ('h1', HEADS[4]),
        ('p', '一是部分县（市、区）和市直部门依申请公开答复规范化程度不高；二是政策解读与政策文件同步发布率有待提高。'
              '2024年，我市将开展依申请公开答复文书评查，推行解读材料与政策文件同步起草、同步审签、同步发布。'),
        ('h1', HEADS[5]),
        ('p', '（一）信息处理费收取情况。2023年，市政府本级发出信息处理费收费通知2件，申请人均未在规定期限内缴费，'
              '实际收取信息处理费{fees_collected}元。'.format(**F)),
        ('p', '（二）人大代表建议和政协提案办理结果公开情况。全年办理市人大代表建议{npc_suggestions}件、'
              '市政协提案{cppcc_proposals}件，办理复文全文公开。'.format(**F)),
        ('sign', '婺岭市人民政府'),
        ('date', '2024年3月28日'),
    ]


# ---------------------------------------------------------------------------
# H  国家统计局岑川调查队 2020 — Chrome PDF viewer copy (CRLF), 2019 template, vertical agency
# ---------------------------------------------------------------------------
def doc_cenchuan(rep, F):
    return [
        ('title', '国家统计局岑川调查队'),
        ('title', '2020年政府信息公开工作年度报告'),
        ('p', INTRO19 + '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。如对本报告有疑问，请与国家统计局'
              '岑川调查队办公室联系（地址：岑川市人民中路27号，邮编：417600，电话：0739-3152086）。'),
        ('h1', HEADS[0]),
        ('p', '2020年，岑川调查队认真贯彻落实《条例》和国家统计局、省调查总队关于政务公开的工作部署，'
              '围绕第七次全国人口普查、住户收支与生活状况调查、农产品产量调查等重点工作，依法做好政府信息公开。'),
        ('p', '（一）主动公开情况。全年通过国家统计局岑川调查队网站主动公开政府信息{active_total}条，发布统计数据'
              '38期、统计分析12篇、新闻稿19条。'.format(**F)),
        ('p', '（二）依申请公开情况。全年新收政府信息公开申请{recv}件，办结{done}件，结转下年度{cf}件，'
              '申请内容主要为居民人均可支配收入、农产品价格等统计数据。'.format(**F)),
        ('p', '（三）政府信息管理情况。落实统计数据发布前审核和保密审查制度，对涉及调查对象的个人信息和'
              '单个调查对象资料一律不予公开。'),
        ('p', '（四）平台建设情况。完成调查队网站改版，新设“统计数据”“数据解读”栏目。'),
        ('p', '（五）监督保障情况。成立政务公开领导小组，全年开展统计执法检查2次。'),
        ('h1', HEADS[1]),
        ('table', 't2'),
        ('h1', HEADS[2]),
        ('table', 't3'),
        ('h1', HEADS[3]),
        ('table', 't4'),
        ('h1', HEADS[4]),
        ('p', '存在的问题：一是数据解读深度不够；二是网站栏目更新不够及时。改进措施：加强统计分析人员'
              '培训，建立栏目更新责任清单。'),
        ('h1', HEADS[5]),
        ('p', '无。'),
        ('sign', '国家统计局岑川调查队'),
        ('date', '2021年1月29日'),
    ]


# ---------------------------------------------------------------------------
REPORTS = [
    dict(id='shuochuan', file='shuochuan-lcj-2020.txt', form='w3m-dump-box-drawing', template='2019', year=2020,
         agency='朔川省林业和草原局', agency_printed='朔川省林业和草原局', level='provincial department',
         level_code='province_dept', region='fictional 朔川省', published='2021-01-27', seed=0x5C1A2020,
         apps={'person': (68, 3, 4), 'business': (14, 1, 1), 'research': (2, 0, 0), 'nonprofit': (1, 0, 0),
               'legal': (3, 0, 0), 'other': (0, 0, 0)},
         weights={'unable.not_held': 120},
         active=A19([0, 0, 0], [4, 4, 57], [23, -2, 1842], [6, 0, 311], [31, 3, 127], [4, 0, 9], [3, -1],
                    [27, '1536.42']),
         amount_suffix='万元', plus=True,
         t2_heads={'上一年项目数量': '上一年项目数量（指2019年事项数）',
                   '本年增/减': '本年增/减（增用正值表示，减用负值表示，如-8）'},
         appeals={'review': [2, 1, 0, 1], 'suit_direct': [1, 0, 1, 0], 'suit_after_review': [0, 0, 0, 0]},
         narr_extra={'active_total': 1286, 'interpretations': 17, 'npc_suggestions': 38, 'cppcc_proposals': 52},
         narr_std=['recv', 'done', 'cf'],
         doc=doc_shuochuan),
    dict(id='puyang', file='puyang-county-2022.txt', form='lynx-dump', template='2021', year=2022,
         agency='蒲阳县人民政府', agency_printed='蒲阳县人民政府', level='county government',
         level_code='county_gov', region='fictional 蒲阳县', published='2023-03-24', seed=0x9B2022,
         apps={'person': (143, 6, 9), 'business': (21, 1, 2), 'research': (0, 0, 0), 'nonprofit': (2, 0, 0),
               'legal': (5, 0, 1), 'other': (3, 0, 0)},
         active=A21([0, 0, 0], [7, 3, 64], 15873, 2314, 96, '3862.17'),
         labels={'other_handling.fee_unpaid': '2.申请人逾期未缴纳信息处理费',
                 'other_handling.other': '3.其他（撤回申请等）',
                 'denied.security': '3.危及"三安全一稳定"',
                 'carried_forward': '四、结转下年度继续办理的申请'},
         appeals={'review': [3, 1, 2, 1], 'suit_direct': [2, 0, 1, 1], 'suit_after_review': [1, 0, 0, 0]},
         narr_extra={'active_total': 28471, 'press_conferences': 12, 'npc_suggestions': 46, 'cppcc_proposals': 93,
                     'fees_collected': 0},
         narr_std=['recv', 'done', 'cf'],
         doc=doc_puyang),
    dict(id='glacier', file='national-glacier-2024.txt', form='tika-docx-text', template='2021', year=2024,
         agency='国家冰川冻土监测局', agency_printed='国家冰川冻土监测局', level='ministry (national bureau)',
         level_code='ministry', region='national (fictional 国家冰川冻土监测局)', published='2025-01-23', seed=0x61AC2024,
         apps={'person': (212, 11, 14), 'business': (37, 2, 3), 'research': (9, 0, 1), 'nonprofit': (4, 0, 0),
               'legal': (11, 1, 1), 'other': (2, 0, 0)},
         active=A21([1, 0, 9], [3, 1, 38], 1264, 0, 0, '0'),
         appeals={'review': [6, 2, 1, 2], 'suit_direct': [3, 0, 2, 1], 'suit_after_review': [2, 0, 0, 1]},
         narr_extra={'press_conferences': 6, 'interpretations': 14, 'npc_suggestions': 27, 'cppcc_proposals': 19,
                     'fees_collected': 0, 'new_media_posts': 1137},
         narr_std=['recv', 'done', 'cf'],
         doc=doc_glacier),
    dict(id='zhikou', file='zhikou-township-2021.md', form='html2text-markdown', template='2021', year=2021,
         agency='黎溪县芷口乡人民政府', agency_printed='黎溪县芷口乡人民政府', level='township government (乡)',
         level_code='township', region='fictional 黎溪县', published='2022-03-11', seed=0x21C0,
         apps={'person': (5, 0, 1), 'business': (1, 0, 0), 'research': (0, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (0, 0, 0), 'other': (0, 0, 0)},
         outcomes={'person': {'granted': 2, 'partial': 1, 'unable.not_held': 1},
                   'business': {'granted': 1}},
         active=A21([0, 0, 0], [0, 0, 0], 0, 12, 0, '0'),
         appeals={'review': [0, 0, 0, 0], 'suit_direct': [0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0]},
         blank_zero_t3=True,
         narr_extra={'active_total': 342, 'fees_collected': 0},
         narr_std=['recv', 'done', 'cf'],
         doc=doc_zhikou),
    dict(id='fengyuan', file='fengyuan-hitech-2019.csv', form='tabula-lattice-csv', template='2019', year=2019,
         agency='沣源高新技术产业开发区管理委员会', agency_printed='沣源高新技术产业开发区管理委员会',
         level='development zone administrative committee', level_code='zone', region='fictional 沣源市',
         published='2020-03-20', seed=0xF3E2019,
         apps={'person': (31, 0, 2), 'business': (17, 0, 1), 'research': (1, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (2, 0, 0), 'other': (1, 0, 0)},
         active=A19([0, 0, 0], [2, 2, 11], [46, 5, 893], [12, -2, 140], [8, 0, 37], [0, 0, 0], [2, 0],
                    [14, '416.35']),
         amount_suffix='万元',
         appeals={'review': [1, 0, 0, 0], 'suit_direct': [0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0]},
         narr_extra={}, narr_std=[],
         doc=doc_fengyuan),
    dict(id='cuiping', file='cuiping-street-2025.xml', form='rss-item-cdata-html', template='2021', year=2025,
         agency='邕阳市城东区翠屏街道办事处', agency_printed='邕阳市城东区翠屏街道办事处', level='subdistrict (街道办事处)',
         level_code='township', region='fictional 邕阳市城东区', published='2026-01-20', seed=0xC0E2025,
         apps={'person': (9, 1, 0), 'business': (2, 0, 1), 'research': (0, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (0, 0, 0), 'other': (0, 0, 0)},
         outcomes={'person': {'granted': 4, 'partial': 1, 'unable.not_held': 2, 'not_processed.petition': 1,
                              'other_handling.no_correction': 1},
                   'business': {'granted': 1}},
         active=A21([0, 0, 0], [0, 0, 0], 0, 27, 3, '0'),
         marks={'active.regulations.issued': '/', 'active.regulations.repealed': '/', 'active.regulations.in_force': '/',
                'active.normative_documents.issued': '/', 'active.normative_documents.repealed': '/',
                'active.normative_documents.in_force': '/', 'active.licensing.decisions': '/'},
         labels={'other_handling.no_correction': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
                 'unable.not_held': '1.本机关不掌握相关政府信息'},
         appeals={'review': [1, 0, 0, 0], 'suit_direct': [0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0]},
         narr_extra={'active_total': 137, 'new_media_posts': 264, 'fees_collected': 0},
         narr_std=['recv', 'done', 'cf'],
         doc=doc_cuiping),
    dict(id='wuling', file='wuling-city-2023.md', form='docling-markdown-spans-repeated', template='2021', year=2023,
         agency='婺岭市人民政府', agency_printed='婺岭市人民政府', level='prefecture-level city government',
         level_code='city_gov', region='fictional 婺岭市', published='2024-03-28', seed=0x3E1A2023,
         apps={'person': (386, 19, 22), 'business': (74, 3, 5), 'research': (6, 0, 0), 'nonprofit': (5, 0, 1),
               'legal': (28, 2, 2), 'other': (9, 1, 0)},
         weights={'other_handling.fee_unpaid': 1},
         force={'other_handling.fee_unpaid:person': 1, 'other_handling.fee_unpaid:business': 1},
         active=A21([2, 1, 41], [18, 9, 233], 48217, 12936, 1187, '26418.9'),
         appeals={'review': [9, 3, 4, 2], 'suit_direct': [5, 1, 3, 2], 'suit_after_review': [2, 0, 1, 1]},
         typo_cell='applications.processed.person', typo_delta=-10,
         narr_extra={'active_total': 61248, 'press_conferences': 34, 'interpretations': 156, 'npc_suggestions': 211,
                     'cppcc_proposals': 347, 'fees_collected': 0, 'new_media_posts': 9326},
         narr_std=['recv', 'done', 'cf'],
         doc=doc_wuling),
    dict(id='cenchuan', file='cenchuan-survey-2020.txt', form='pdf-viewer-copy-crlf', template='2019', year=2020,
         agency='国家统计局岑川调查队', agency_printed='国家统计局岑川调查队', level='vertical agency (国家统计局 survey team, city level)',
         level_code='vertical', region='fictional 岑川市', published='2021-01-29', seed=0xCE2020,
         apps={'person': (7, 0, 0), 'business': (3, 0, 1), 'research': (1, 0, 0), 'nonprofit': (0, 0, 0),
               'legal': (0, 0, 0), 'other': (0, 0, 0)},
         weights={'denied.query': 120},
         active=A19([0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], [2, 0, 5], [0, 0, 0], [0, 0], [3, '28.7']),
         amount_suffix='万元',
         marks={'active.regulations.made': '/', 'active.regulations.published': '/', 'active.regulations.public_total': '/',
                'appeals.suit_after_review.upheld': '—', 'appeals.suit_after_review.corrected': '—',
                'appeals.suit_after_review.other': '—', 'appeals.suit_after_review.pending': '—',
                'appeals.suit_after_review.total': '—'},
         appeals={'review': [0, 0, 0, 0], 'suit_direct': [0, 0, 0, 0], 'suit_after_review': [0, 0, 0, 0]},
         narr_extra={'active_total': 94},
         narr_std=['recv', 'done', 'cf'],
         doc=doc_cenchuan),
]

NARR_STD = {'recv': 'applications_received', 'done': 'applications_completed', 'cf': 'applications_carried_forward',
            'rev': 'reviews', 'suit': 'lawsuits'}
