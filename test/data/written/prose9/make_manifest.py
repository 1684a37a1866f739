#!/usr/bin/env python3
"""Write manifest.json (gold by hand). Run from this directory: python3 make_manifest.py"""
import json

H = {"kind": "annual_report", "template": "none", "script": "hans"}

E = []

E.append(dict(
    file="qiaoshan-archives-2012-wayback.txt",
    form="wayback-machine-page-copy",
    era="pre2019", agency="桥山市档案局（桥山市档案馆）",
    level="prefecture-level city department + its 事业单位 (一套班子两块牌子)", year=2012,
    gold=dict(year=2012, agency="桥山市档案局（桥山市档案馆）", **H, published="2013-03-15",
              **{"narrative.active_total": 283,
                 "narrative.applications_received": None,
                 "narrative.applications_completed": 13,
                 "narrative.fees_collected": 46,
                 "narrative.reviews": 0,
                 "narrative.lawsuits": 1}),
    notes="FORM: Ctrl+A copy of an Internet Archive Wayback Machine capture: the toolbar text first (The Wayback Machine - https://web.archive.org/web/20130521063412/..., '14 captures', '21 May 2013 - 02 Sep 2019', the month/day/year strip 'APR MAY JUN / 21 / 2012 2013 2014' with tabs, 'About this capture', 'Collection: Wide Crawl started April 2013'), then the site chrome, the report, 上一篇/下一篇 and the footer. Years 2012/2013/2014/2019 and day 21 in the toolbar are archive dates, not the report's. STRESS: ONE BODY WITH TWO NAMES whose figures are given SEPARATELY for 局 and 馆, with a stated combined figure for some metrics and none for others. agency = the title's '桥山市档案局（桥山市档案馆）' (as tables4's jianglan 两块牌子 entry); the signature prints both names on two lines. (1) active_total 283: '市档案局主动公开政府信息186条，市档案馆主动公开政府信息97条，局、馆合计主动公开政府信息283条' (186+97 = 283, checked); 245 is 2011's, 38 the delta; 2批次, 4,127卷, 3个 are 开放档案/展览 figures. (2) applications_received NULL: '市档案局收到…4件，市档案馆收到…9件' and the channel split '当面申请7件，网上申请4件，信函申请2件' — both are parts, and the report never prints the body's total (4+9 = 7+4+2 = 13 only by addition; convention: a total the text does not print is never gold). Neither 4 nor 9 is the body's figure. (3) applications_completed 13: '局、馆共办结申请13件' IS printed (outcomes 10+1+1+1 = 13, checked). No carry-forward is stated (only '均在…期限内答复'), so the key is absent. (4) DOMAIN HOMONYMS of an archive: '接待查档利用者3,412人次，调阅档案11,860卷次，出具档案证明1,975份' are 档案法 services the text excludes ('不属于政府信息公开申请，未纳入上述统计'). (5) fees_collected 46 ('局、馆…共收取检索、复制费46元'); '减免费用20元' and '2名' are distractors. (6) reviews 0 ('局、馆均未发生因政府信息公开申请行政复议的情况'); lawsuits 1 ('提起行政诉讼1件' against the 馆, judgment 驳回 — outcome not a key). (7) Targets '不少于300条', '不少于2次' (2013 plan). published = signature 二〇一三年三月十五日 (〇 numerals); the page's 发布时间 2013-03-18 and the capture dates are not. The 上一篇 link names the 2011 report, 下一篇 a 2013 工作要点."))

E.append(dict(
    file="liuquan-county-2017-tongbao-docx2txt.txt",
    form="python-docx2txt-tongbao-quoting-report",
    era="pre2019", agency="柳泉县人民政府", level="county government (quoted in a prefecture-level 通报)", year=2017,
    gold=dict(year=2017, agency="柳泉县人民政府", **H, published="2018-03-28",
              **{"narrative.active_total": 8216,
                 "narrative.press_conferences": 14,
                 "narrative.interpretations": 56,
                 "narrative.npc_suggestions": 87,
                 "narrative.cppcc_proposals": 112,
                 "narrative.applications_received": 26,
                 "narrative.applications_completed": 24,
                 "narrative.applications_carried_forward": 2,
                 "narrative.fees_collected": 0,
                 "narrative.reviews": 3,
                 "narrative.lawsuits": 1}),
    notes="FORM: output of the python docx2txt module (docx2txt.process) on a .docx: every paragraph followed by a blank line, every TABLE CELL its own paragraph (the six-column table of the 通报 comes out one cell per line, row after row), the 红头 line '河兴市人民政府办公室文件' first and the footer's page number '— 1 —' last. The file is a 通报 of the higher body (河兴市人民政府办公室, 河政办字〔2018〕19号, dated 2018年4月20日) on six counties' 2017 reports; its 附件 reprints the full text of 柳泉县人民政府2017年政府信息公开工作年度报告 as a model. STRESS: ONLY THE QUOTED REPORT'S BODY IS THE REPORTING BODY. agency = 柳泉县人民政府 (the 附件's title; it is signed by its 办公室, the compiler — title wins as in prose4–8), not 河兴市人民政府办公室 which heads the file. published = the quoted report's signature 2018年3月28日, not the 通报's 2018年4月20日 nor the deadlines 2018年3月31日 / 2018年5月15日 / 2019年3月31日. kind annual_report: the gold describes the report the file carries (the 通报 itself would be no kind of the schema's). DISTRACTORS in the 通报: the whole city's sums (35,726 / 169 / 163 / 9 / 4, '6个', '100%'), the other five counties' rows (东河区 5318 41 41 2 1; 西岭区 4902 33 31 1 0; 青峰县 6075 19 19 0 0; 白湖县 3784 12 12 1 0; 安平市 7431 38 36 2 2), 东河区's 21场 press conferences and 青峰县's 48篇 interpretations, '相差2件', '3月30日'. The table's 柳泉县 row (8216 26 24 3 1) agrees with the report (the 通报 says its figures are taken from the reports), so a parser that reads the row gets the right numbers only by luck; the 通报's '柳泉县收到申请数量同比增长62.5%' is a delta (26 = 16 × 1.625). GOLD from the report: active_total 8,216 (the report's scope is the whole county, '统计范围为全县各级行政机关'; 3,402 and 2,115 are channel parts); press_conferences 14; interpretations 56; npc_suggestions 87 and cppcc_proposals 112 ('县人大代表建议87件、县政协委员提案112件办理结果均已按要求公开'); 23 回应 is not a key; applications_received 26 with the channel split 15+6+5 = 26 (checked); completed 24 ('已办结24件': outcomes 15+3+3+2+1 = 24, checked; 不予公开 reasons 1+1+1 = 3); carried_forward 2 ('另有2件…结转至2018年继续办理'; 24+2 = 26); fees 0 ('均未收取检索、复制、邮寄等费用'); reviews 3 (维持2件，纠错1件 — outcomes are not keys); lawsuits 1. Targets: '1万条以上', '100%', '每季度…一次', '4分' (考核权重)."))

E.append(dict(
    file="yuwan-devzone-2015-trafilatura.xml",
    form="trafilatura-xml",
    era="pre2019", agency="榆湾经济技术开发区管理委员会", level="开发区 管委会", year=2015,
    gold=dict(year=2015, agency="榆湾经济技术开发区管理委员会", **H, published="2016-03-21",
              **{"narrative.active_total": 1437,
                 "narrative.press_conferences": 4,
                 "narrative.interpretations": 9,
                 "narrative.new_media_posts": None,
                 "narrative.applications_received": None,
                 "narrative.applications_completed": 14,
                 "narrative.applications_carried_forward": 2,
                 "narrative.fees_collected": 18.5,
                 "narrative.reviews": 1,
                 "narrative.lawsuits": 0}),
    notes="FORM: trafilatura's XML output (`trafilatura --xml`): a <doc> element whose attributes carry sitename/title/author/date/url/fingerprint, then <main> with <head rend=\"h1|h2\">, <p>, and <list rend=\"ul\"><item>…</item></list>. STRESS: FIGURES AS KEY-VALUE BULLET LINES ('主动公开政府信息：1,437条', '网上申请：11件', '收取复制费：18.5元'). (1) active_total 1,437 ('主动公开政府信息：1,437条'); its '其中：政策法规类：212条' item and the next three category items are parts (212+96+836+293 = 1,437, checked); the first part sits on an item starting '其中：' and must not replace the total. (2) press_conferences 4 ('召开新闻发布会：4场'), interpretations 9 ('发布政策解读：9篇'). (3) new_media_posts NULL: '“榆湾发布”微信公众号推送信息：约460条' is approximate. '门户网站全年访问量：逾38万人次' approximate and not a key. (4) applications_received NULL: the section lists only the channels '网上申请：11件 / 信函申请：3件 / 当面申请：2件' with NO stated total (11+3+2 = 16 by addition only; also = 14+2). (5) '申请办理：已办结14件，结转下年2件' → applications_completed 14, applications_carried_forward 2; outcomes 9+1+2+1+1 = 14 (checked); 不予公开 reasons 1+1. (6) fees_collected 18.5 ('收取复制费：18.5元'); '减免：0元' is the waiver, not the fee. (7) reviews 1 ('行政复议：1件（结果：维持原答复1件）' — the outcome repeats 1); lawsuits 0 ('行政诉讼：0件'); '举报投诉：0件' is no narrative key. DISTRACTORS: economic figures (186.3亿元, 23个, 86家), 2次/57人次 training, 1个/2台/约150人次 查阅点, the 2016 target 1,600条. published = the signature 2016年3月21日; the <doc date=\"2016-03-22\"> attribute (the page date trafilatura extracted) differs and loses."))

E.append(dict(
    file="fengyang-earthquake-2020-reader.html",
    form="firefox-reader-view-save-tables-as-images",
    era="2019", agency="丰阳市地震局", level="prefecture-level city 地震局 (参公事业单位)", year=2020,
    gold=dict(year=2020, agency="丰阳市地震局", **H, published="2021-01-20",
              **{"narrative.active_total": 168,
                 "narrative.new_media_posts": 215,
                 "narrative.applications_received": 3,
                 "narrative.applications_completed": 3,
                 "narrative.applications_carried_forward": 0,
                 "narrative.fees_collected": 0,
                 "narrative.reviews": 0,
                 "narrative.lawsuits": 0}),
    notes="FORM: Firefox Reader View saved with Ctrl+S (aboutReader.css links, <div class=\"moz-reader-content\">, <div id=\"readability-page-1\">, the reader header with domain, title, credits and '6–8 分钟' read time). Tables 二, 三 and 四 of the 2019 format are <img> only, so template none and no active/applications/appeals keys. STRESS: CHANGES STATED FIRST, COUNTS ELSEWHERE. 总体情况 says only '全年主动公开政府信息同比下降12.5%，收到政府信息公开申请同比下降40%'; the counts come in later paragraphs with last year's beside them: '主动公开政府信息168条，2019年为192条' (168/192 = 0.875, checked) → active_total 168, and '本年新收政府信息公开申请3件，上年为5件' (3/5 = 0.6) → applications_received 3. Category parts 8+14+97+49 = 168 (checked). applications_completed 3 ('3件申请均已办结', the count printed with 均已办结 as prose7's '4件均已按期答复'); outcomes 2+1. applications_carried_forward 0 ('无上年结转和结转下年度办理的申请'). new_media_posts 215 ('微信公众号全年推送信息215条'). fees_collected 0 ('本年度未收取信息处理费'). reviews 0 and lawsuits 0 ('未发生因政府信息公开引起的行政复议和行政诉讼案件'). DISTRACTORS: 12.5%, 40%, 192, 5, '审查拟公开信息173条，其中5条…不予公开' (保密审查, not applications), '约2万人次', 1次 training, the 2021 target '不少于6篇', phone. agency: the title's 丰阳市地震局 (the prose adds '（市防震减灾服务中心）' once). published = signature 2021年1月20日."))

E.append(dict(
    file="shilong-housing-2013-baidu-cache.txt",
    form="baidu-snapshot-copy",
    era="pre2019", agency="石垄县住房和城乡建设局", level="county department", year=2013,
    gold=dict(year=2013, agency="石垄县住房和城乡建设局", **H, published="2014-02-25",
              **{"narrative.active_total": None,
                 "narrative.interpretations": None,
                 "narrative.applications_received": 17,
                 "narrative.fees_collected": None,
                 "narrative.reviews": 1,
                 "narrative.lawsuits": 0}),
    notes="FORM: text of a 百度快照 page (the 快照 banner: URL, '快照时间：2015年06月03日 14:21:07', disclaimer, '您查询的关键词是…'), then the site's chrome, the report, 上一篇/下一篇 and footer. STRESS 1: THE YEAR IS NEVER PRINTED AS THE REPORT'S YEAR. The title has no year ('石垄县住房和城乡建设局政府信息公开工作年度报告') and the body says only '现将我局上一年度政府信息公开工作情况报告如下', '统计期限为上一年度1月1日至12月31日', '本年度…'. With the signature 2014年2月25日 (and 发布日期 2014-02-26) the year is 2013. Years that ARE printed: 2008 (《条例》施行, cumulative), 2014 (the plan '2014年，我局将…', the 上一篇/下一篇 titles, the dates), 2015 (snapshot). None is the report's year. STRESS 2: APPROXIMATE FIGURES ARE NULL (约、近、逾、余): active_total NULL — '主动公开政府信息逾600条' (its exact parts 87/112/46 do not add up to a total and are parts); interpretations NULL — '政策解读稿件10余篇'; fees_collected NULL — '收取资料复制费约120元' (减免 is stated without an amount). Also approximate and no key: '400余条' (a column's updates), '约3,600条' (cumulative since 2008), '约300人次', '近50件' (咨询, excluded by the text). applications_received 17 ('共受理政府信息公开申请17件'); outcomes 12+2+2+1 = 17 (checked). applications_completed is NOT in gold: only '已全部办结' (implied total, the prose4–8 convention). reviews 1 ('被申请行政复议1件，经县人民政府复议维持原答复'); lawsuits 0 ('未发生因政府信息公开提起行政诉讼的情况'). Target '不少于700条'. published = the signature 2014年2月25日 (page 2014-02-26; snapshot 2015-06-03)."))

E.append(dict(
    file="qingxu-town-2016-summary-catdoc.txt",
    form="catdoc-doc-text",
    era="pre2019", agency="清溆镇人民政府", level="township government", year=2016,
    gold=dict(year=2016, agency="清溆镇人民政府", kind="work_summary", template="none", script="hans",
              published="2017-01-06",
              **{"narrative.active_total": 526,
                 "narrative.new_media_posts": 213,
                 "narrative.applications_received": 5,
                 "narrative.fees_collected": 0,
                 "narrative.reviews": 0,
                 "narrative.lawsuits": 0}),
    notes="FORM: `catdoc -w -d utf-8` of a .doc: one paragraph per line, Word's Symbol-font bullets as the private-use character U+F06C followed by a tab, the 附 table as tab-separated rows. KIND: a 政务公开工作总结 combined with next year's 工作要点 ('关于2016年政务公开工作总结暨2017年工作要点的报告', addressed to 县政务公开办) → work_summary; year 2016 (the summarised year), not 2017 (the plan's year, which appears more often in the second half and the task table). STRESS: FIGURES AS A SHARE OF A LARGER FIGURE and PLAN FIGURES. (1) active_total 526 ('主动公开政府信息526条，占全县乡镇公开总量的11.3%，居全县14个乡镇第3位'): 11.3%, 14 and 3 are distractors; parts 12+9+138+74+293 = 526 (checked). (2) new_media_posts 213 ('“清溆发布”微信公众号全年推送信息213条'); '1,100余人', '4,300余人' followers (approximate, no key). (3) applications_received 5 ('受理政府信息公开申请5件，占全县乡镇受理总数的20%'); completed not gold ('均已在规定时限内答复', no count). (4) fees_collected 0 ('未收取任何费用'). (5) reviews 0 and lawsuits 0 ('未发生因政务公开工作引发的行政复议和行政诉讼'). DISTRACTORS: 村务公开 figures of the 18 villages (1,942条, 846条, 4次, 11个) are subordinate bodies' and not the town's 政府信息; 1,386.2万元 and 5,217户 (subsidies); 3次/2次/2名; 2017 targets ('不少于600条', '不低于40%', '100%', '不少于12篇', '2场', '每季度…1次'); the task table's dates. published = the signature 2017年1月6日."))

E.append(dict(
    file="lanxiang-city-2011-gazette-pdf.txt",
    form="pdftotext-two-column-gazette",
    era="pre2019", agency="澜湘市人民政府", level="prefecture-level city government", year=2011,
    gold=dict(year=2011, agency="澜湘市人民政府", **H, published="2012-03-26",
              **{"narrative.active_total": 48216,
                 "narrative.press_conferences": 42,
                 "narrative.applications_received": 1286,
                 "narrative.applications_completed": 1247,
                 "narrative.applications_carried_forward": 39,
                 "narrative.fees_collected": 2364.5,
                 "narrative.reviews": 37,
                 "narrative.lawsuits": 15}),
    notes="FORM: `pdftotext` (default mode) of two pages of a 政府公报 (澜湘市人民政府公报 2012年第3期（总第158期）, pages ·27·–·28·) set in two columns 20 em wide: every column line is a line of text (numbers and words cut: '13' / blank / ',907条', '16' / '8件', '1' / ',120元', '20' / '11年'), the left column then the right column with a blank line between, a running header that alternates its two lines, page numbers '·27·', form feeds. Generated by src/make_gazette.py from src/lanxiang-gazette-source.txt. STRESS: THE REPORT SITS BETWEEN TWO OTHER DOCUMENTS. It starts with the tail of the previous item (澜湘市人民政府办公室's 2012 政务公开工作要点: '不少于5万条', '不少于50场', '不低于3分', signed 2012年2月20日) and it is followed by the start of the next one (澜湘市财政局2011年政府信息公开工作年度报告: '主动公开政府信息632条，收到政府信息公开申请9件…未收取任何费用…', cut off at the page end). agency = 澜湘市人民政府 (first report title and its signature), not the 办公室 above nor the 财政局 below; published = its signature 2012年3月26日, not 2012年2月20日. The scope is the whole city ('统计范围为市政府各部门和各县（市、区）人民政府'), so the 全市 figures are the report's own (prose8 qiaodu rule); '市政府本级（含市政府办公室）收到申请93件' is a part. GOLD: active_total 48,216 (channel parts 13,907 + 26,551 + 7,758 = 48,216, checked); press_conferences 42 ('主要领导出席6场' is a part); applications_received 1,286 (channels 412+706+168 = 1,286, checked; 168 is cut '16'/'8件'); applications_completed 1,247 ('已答复1,247件'; outcomes 836+127+98+104+82 = 1,247, checked; 104 is cut '1'/'04件'); 不予公开 reasons 11+23+31+8+25 = 98 (checked); carried_forward 39 ('其余39件正在办理中，将于2012年继续办理', 1,247+39 = 1,286); fees_collected 2,364.5 元 ('共收取…费用2,364.5元'; '减免费用1,120元' is the waiver, cut '1'/',120元'); reviews 37 (维持26、纠错7、其他4 = 37, checked); lawsuits 15 (9+2+4 = 15, checked). DISTRACTORS: 12期, 3.6万册, 48个部门, 11个县, 500人次 (target), the 财政局's 632 and 9."))

E.append(dict(
    file="redai-crops-bureau-2018-singlefile.html",
    form="singlefile-saved-page",
    era="pre2019", agency="国家热带作物管理局", level="国务院部门 (a 国家局 administered by a ministry)", year=2018,
    gold=dict(year=2018, agency="国家热带作物管理局", **H, published="2019-01-28",
              **{"narrative.active_total": 1052,
                 "narrative.new_media_posts": 316,
                 "narrative.press_conferences": 5,
                 "narrative.interpretations": None,
                 "narrative.applications_received": 38,
                 "narrative.applications_completed": 35,
                 "narrative.applications_carried_forward": 3,
                 "narrative.fees_collected": 0,
                 "narrative.reviews": 2,
                 "narrative.lawsuits": 1}),
    notes="FORM: a page saved by the SingleFile browser extension: the '<!-- Page saved with SingleFile url: … saved date: Tue Mar 12 2024 … -->' comment inside <html>, inlined <style>, a data: URI logo, a CSP meta, the site's top bar ('2024年3月12日 星期二' — the save date rendered by the page script), an 索引号 metadata table (发文日期 2019年01月29日), the report in <div class=\"TRS_Editor\">, related links naming the 2017 and 2019 reports. STRESS: FIGURES AS SHARES AND CHANGES. (1) active_total 1,052; '在局门户网站发布412条，占主动公开总量的39.2%' (412/1052 = 39.16%, checked) — 412 and 39.2 are a part and a share; channels 412+324+316 = 1,052 and categories 98+67+305+421+161 = 1,052 (checked). (2) new_media_posts 316 ('通过“热作信息”微信公众号发布316条'). (3) interpretations NULL ('发布政策解读近30篇', approximate); '在线访谈3期' no key. (4) press_conferences 5 ('举办新闻发布会5场，其中…专题发布会2场'). (5) '产业监测数据1,836条，按规定不纳入主动公开政府信息统计' excluded by the text. (6) applications_received 38 ('共收到政府信息公开申请38件，同比增长18.8%' — 38/32 = 1.1875); '在线申请26件，占申请总数的68.4%' (26/38 = 68.42%, checked) and '信函申请12件' are parts; '公民33人次，法人和其他组织5个' are applicants. (7) applications_completed 35 ('全年办结申请35件'; outcomes 21+4+3+5+2 = 35, checked); carried_forward 3 ('另有3件…转入2019年继续办理'). (8) fees_collected 0 ('未收取任何费用，亦无减免情况'). (9) reviews 2 ('被申请行政复议2件，同比下降50%' — 50% is a change; 均维持), lawsuits 1 (一审驳回, 二审尚未审结 — outcome not a key). Target '不少于40篇' (2019). published = the signature 2019年1月28日; the page's 发文日期 and PubDate meta say 2019-01-29, SingleFile's save date is 2024."))

E.append(dict(
    file="qinghe-street-2023-pandoc.md",
    form="pandoc-docx-to-markdown-tables-as-images",
    era="2021", agency="浦溪区青禾街道办事处", level="街道办事处", year=2023,
    gold=dict(year=2023, agency="浦溪区青禾街道办事处", **H, published="2024-01-19",
              **{"narrative.active_total": None,
                 "narrative.new_media_posts": 386,
                 "narrative.applications_received": 9,
                 "narrative.applications_completed": 10,
                 "narrative.applications_carried_forward": 0,
                 "narrative.fees_collected": 0,
                 "narrative.reviews": 1,
                 "narrative.lawsuits": 0,
                 "narrative.npc_suggestions": 4,
                 "narrative.cppcc_proposals": 6}),
    notes="FORM: `pandoc -t markdown` of the .docx that was uploaded as the report: bold headings as **…**, straight quotes, the three 2021-format tables pasted into Word as pictures and so exported as '![](media/imageN.png){width=… height=…}' — template none, no active/applications/appeals keys. STRESS: APPROXIMATE TOTAL WITH EXACT NEIGHBOURS, CHANNELS WITH A STATED TOTAL, 上年结转 AFTER THE SPLIT. (1) active_total NULL: the only total is '发布各类信息约1,200条' (approximate); '逾45万人次', '近2,000人次', '120余人次' are approximate and no keys. (2) new_media_posts 386 ('“青禾发布”微信公众号全年发布信息386条'). (3) applications_received 9 ('本年度新收政府信息公开申请9件，同比下降25%…其中网上申请6件、当面申请2件、信函申请1件；上年结转1件'): 6+2+1 = 9 (checked), 25% is a change (12 → 9), and 上年结转1件 follows the channel list (not a channel, not new). (4) applications_completed 10 ('全年办结10件'; 9+1 = 10; outcomes 5+1+1+2+1 = 10, checked). (5) carried_forward 0 ('本年度无结转下年度继续办理的申请'). (6) fees_collected 0 ('未发出收费通知，未收取信息处理费'). (7) reviews 1 (维持), lawsuits 0 ('未被提起行政诉讼'). (8) npc_suggestions 4, cppcc_proposals 6 ('承办区人大代表建议4件、区政协委员提案6件'). DISTRACTORS: 1,263 (保密审查), 17/14/3 规范性文件 (a table-二 fact stated in prose: must not create active.* keys), 12个社区, 2期, the 2024 target '不少于10篇', the 2022年度报告 reference. agency = the title '浦溪区青禾街道办事处' (the signature has only '青禾街道办事处'). published = signature 2024年1月19日."))

json.dump(E, open("manifest.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
open("manifest.json", "a").write("\n")
print(len(E), "entries,", sum(len(e["gold"]) for e in E), "gold keys,",
      sum(1 for e in E for v in e["gold"].values() if v is None), "null")
