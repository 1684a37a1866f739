#!/usr/bin/env python3
"""Check the hand-written gold of manifest.json against the files of set prose14 (stdlib only).

Each form is decoded first: the saved pages' text (tags, scripts and <head> dropped, entities resolved), the
WeChat article's body and its comments apart, odt2txt's and pdftotext's text as they are, pdftohtml's positioned
<p> fragments in document order (a line each), the Nuxt state's `content` string (a JSON string literal inside
devalue's output), the ENEX note's ENML — then NFKC-normalised with all white space removed, so that a sentence
cut by a line, a page footer or a positioned fragment is found whole.

For every gold key, SOURCES gives the sentence the value was read from, copied from the decoded file, and the
words printed right before the figure (the anchor).  The figure after the anchor must be a count (directly before
a unit; Arabic with or without thousands separators, decimals with 万, or Chinese numerals with 〇 零 两) equal to
the gold value.  A 0 must come from a zero statement, a null from an approximate figure; a corrected figure must
be the one after 应为 in the correction, the body still printing the old one; a table value must be the 本年度 cell
of its row in pdftotext's line soup, with 本年度 − 上年度 = 增减.  The sums, ratios and file-specific facts the
notes rely on are then checked, and every gold key must be in the schema's vocabulary.

Run: python3 check.py            (exit status 1 on any failure)
     python3 check.py --mutate   (also alters every gold value one at a time; every change must fail)"""
import copy, html, json, os, re, sys, unicodedata
import xml.etree.ElementTree as ET
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

OK_KEYS = {"year", "agency", "kind", "template", "published", "script",
           "active.total", "applications.new.total", "applications.processed.total",
           "applications.granted.total", "applications.partial.total",
           "appeals.review.total", "appeals.review.upheld", "appeals.review.corrected", "appeals.review.other",
           "appeals.suit.total"} | {
    "legacy." + k for k in "denied not_exist not_ours unclear complaints fees_yuan".split()} | {
    "narrative." + k for k in "active_total applications_received applications_completed "
    "applications_carried_forward reviews lawsuits new_media_posts press_conferences interpretations "
    "npc_suggestions cppcc_proposals fees_collected".split()}

ZC = "zhichuan-county-2011-gb2312-saved-page.html"
DY = "diyuan-education-2016-odt2txt.txt"
TJ = "tuanjiang-hrss-2014-pdftotext-local-table.txt"
MZ = "maozhou-city-2017-portal-saved-page.html"
YS = "yushui-medsec-2020-wechat-pinned-correction.html"
ZX = "zhuxi-district-2018-summary-wvhtml.html"
HY = "huanyang-water-2013-pdftohtml-c.html"
WN = "weining-eco-2022-nuxt-state.html"
LT = "louting-township-2010-evernote.enex"

# key -> a plain sentence (metadata), or (sentence, anchor) for a count, or a tagged tuple:
# ("zero", s), ("approx", s, anchor), ("row", label as printed, occurrence), ("corrected", body sentence,
# correction sentence, anchor)
SOURCES = {
 ZC: {
  "year": "本报告中所列数据的统计期限自二〇一一年一月一日起至二〇一一年十二月三十一日止",
  "agency": "滍川县人民政府二〇一一年政府信息公开工作年度报告",
  "kind": "滍川县人民政府二〇一一年政府信息公开工作年度报告",
  "published": "滍川县人民政府\n二○一二年三月二十六日",
  "narrative.active_total": ("二〇一一年，全县共主动公开政府信息一千零二十条，比二〇一〇年的八百九十条增加一百三十条",
                             "全县共主动公开政府信息"),
  "narrative.press_conferences": ("全年召开新闻发布会七次，就城区集中供热、中小学布局调整等群众关注的热点问题进行解读",
                                  "召开新闻发布会"),
  "narrative.new_media_posts": ("approx", "县政府官方微博“滍川发布”于二〇一一年九月开通，至年底发布信息三百余条", "发布信息"),
  "narrative.applications_received": ("二〇一一年，全县共受理政府信息公开申请五十二件，其中县政府本级受理十九件，县直部门受理三十三件",
                                      "全县共受理政府信息公开申请"),
  "narrative.applications_completed": ("截至二〇一一年十二月三十一日，已答复五十件，其中同意公开三十九件", "已答复"),
  "narrative.applications_carried_forward": ("另有两件因涉及第三方权益需书面征求意见，结转至二〇一二年办理", "另有"),
  "narrative.fees_collected": ("二〇一一年，全县依申请提供政府信息共收取检索、复制、邮寄等费用一百零五元", "邮寄等费用"),
  "narrative.reviews": ("二〇一一年，全县因政府信息公开申请提起行政复议一件，经市人民政府复议，维持原答复", "提起行政复议"),
  "narrative.lawsuits": ("zero", "全年未发生因政府信息公开提起行政诉讼的情况"),
  "narrative.npc_suggestions": ("全年共承办县人大代表建议一百零三件、县政协提案一百二十件", "县人大代表建议"),
  "narrative.cppcc_proposals": ("全年共承办县人大代表建议一百零三件、县政协提案一百二十件", "县政协提案"),
 },
 DY: {
  "year": "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止",
  "agency": "棣原县教育局2016年政府信息公开工作年度报告",
  "kind": "棣原县教育局2016年政府信息公开工作年度报告",
  "published": "棣原县教育局\n\n2017年3月22日",
  "narrative.active_total": ("共主动公开各类信息3,126条，其中局本级主动公开政府信息614条，各乡镇中心学校公开1,708条",
                             "局本级主动公开政府信息"),
  "narrative.interpretations": ("回应解读方面，2015年、2016年局本级分别发布政策解读稿件7篇、11篇", "7篇、"),
  "narrative.press_conferences": ("2016年全县教育系统、局本级分别召开新闻发布会5场、2场", "5场、"),
  "narrative.new_media_posts": ("“棣原教育”微信公众号全年推送信息1,152条", "推送信息"),
  "narrative.applications_received": ("2015年、2016年局机关分别收到政府信息公开申请9件、13件", "9件、"),
  "narrative.applications_completed": ("截至2016年12月31日，局机关已办结12件，其中同意公开8件", "已办结"),
  "narrative.applications_carried_forward": ("另有1件因涉及第三方权益需书面征求意见，结转至2017年办理", "另有"),
  "narrative.fees_collected": ("zero", "2016年，局机关依申请提供政府信息，未收取任何费用"),
  "narrative.reviews": ("2016年，局机关因政府信息公开被申请行政复议1件，经县人民政府复议，维持原答复", "被申请行政复议"),
  "narrative.lawsuits": ("zero", "维持原答复；未被提起行政诉讼"),
  "narrative.npc_suggestions": ("2016年，局本级承办县人大代表建议17件、县政协提案23件", "县人大代表建议"),
  "narrative.cppcc_proposals": ("2016年，局本级承办县人大代表建议17件、县政协提案23件", "县政协提案"),
 },
 TJ: {
  "year": "本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日\n止",
  "agency": "湍江省人力资源和社会保障厅2014年政府信\n息公开工作年度报告",
  "kind": "湍江省人力资源和社会保障厅2014年政府信\n息公开工作年度报告",
  "template": "湍江省人力资源和社会保障厅2014年政府信\n息公开情况统计表",
  "published": "湍江省人力资源和社会保障厅\n2015年3月20日",
  "active.total": ("row", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", 0),
  "applications.new.total": ("row", "（一）收到申请数", 0),
  "applications.processed.total": ("row", "（二）申请办结数", 0),
  "applications.granted.total": ("row", "2.同意公开答复数", 0),
  "applications.partial.total": ("row", "3.同意部分公开答复数", 0),
  "legacy.denied": ("row", "4.不同意公开答复数", 0),
  "legacy.not_ours": ("row", "5.不属于本行政机关公开数", 0),
  "legacy.not_exist": ("row", "6.申请信息不存在数", 0),
  "appeals.review.total": ("row", "四、行政复议数量", 0),
  "appeals.review.upheld": ("row", "（一）维持具体行政行为数", 0),
  "appeals.review.corrected": ("row", "（二）被依法纠错数", 0),
  "appeals.review.other": ("row", "（三）其他情形数", 0),
  "appeals.suit.total": ("row", "五、行政诉讼数量", 0),
  "legacy.complaints": ("row", "六、举报投诉数量", 0),
  "legacy.fees_yuan": ("row", "七、依申请公开信息收取的费用", 0),
  "narrative.active_total": ("2014年，我厅共主动公开政府信息1,346条，比上年增\n加159条", "共主动公开政府信息"),
  "narrative.new_media_posts": ("“\n湍江人社”政务微博、微信公众号全年发布信息2,805条（其\n中微博2,418条、微信387条）", "全年发布信息"),
  "narrative.press_conferences": ("全年参加或举办新闻发布会4次，其中主要负责同志参加\n2次", "新闻发布会"),
  "narrative.interpretations": ("发布政策解读稿件26篇", "政策解读稿件"),
  "narrative.applications_received": ("2014年，我厅共收到政府信息公开申请64件，比上年减\n少7件", "共收到政府信息公开申请"),
  "narrative.applications_completed": ("已答复61件，其中属于已主动公开范围9件", "已答复"),
  "narrative.applications_carried_forward": ("其余3件因需征求第三方意见，结转至2015年办理", "其余"),
  "narrative.fees_collected": ("zero", "2014年，我厅依申请提供政府信息，未收取任何费用"),
  "narrative.reviews": ("全年因政府信息公开申请提起行政复议2件，其中维持具\n体行政行为1件", "提起行政复议"),
  "narrative.lawsuits": ("提起行政诉讼1件，目前尚\n在审理中", "提起行政诉讼"),
 },
 MZ: {
  "year": "本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止",
  "agency": "泖州市人民政府2017年政府信息公开工作年度报告\n发布时间：2018-03-29 10:12",
  "kind": "泖州市人民政府2017年政府信息公开工作年度报告\n发布时间：2018-03-29 10:12",
  "published": "泖州市人民政府办公室\n2018年3月26日",
  "narrative.active_total": ("2017年，全市各级行政机关共主动公开政府信息2.36万条，其中市政府门户网站发布1.12万条",
                             "共主动公开政府信息"),
  "narrative.press_conferences": ("全年召开新闻发布会42场，其中市政府主要负责同志出席8场", "召开新闻发布会"),
  "narrative.interpretations": ("发布政策解读材料135篇，其中图解、动漫等形式解读46篇", "政策解读材料"),
  "narrative.new_media_posts": ("approx", "“泖州发布”政务微博、微信公众号全年发布信息约1.2万条", "发布信息"),
  "narrative.applications_received": ("全市共新收政府信息公开申请287件，上年结转6件", "新收政府信息公开申请"),
  "narrative.applications_completed": ("全年办结285件，其中属于已主动公开范围41件", "全年办结"),
  "narrative.applications_carried_forward": ("告知通过其他途径办理2件；结转下年度继续办理8件", "继续办理"),
  "narrative.fees_collected": ("全年依申请提供政府信息共收取检索、复制、邮寄等费用0.1265万元（2016年为0.0980万元）",
                               "邮寄等费用"),
  "narrative.reviews": ("全年因政府信息公开申请被申请行政复议17件，其中维持12件", "被申请行政复议"),
  "narrative.lawsuits": ("被提起行政诉讼6件，其中维持或驳回诉讼请求4件", "被提起行政诉讼"),
  "narrative.npc_suggestions": ("市政府系统共承办市人大代表建议386件、市政协提案452件", "市人大代表建议"),
  "narrative.cppcc_proposals": ("市政府系统共承办市人大代表建议386件、市政协提案452件", "市政协提案"),
 },
 YS: {
  "year": "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止",
  "agency": "淯水县医疗保障局2020年政府信息公开工作年度报告\n</h1>",
  "kind": "淯水县医疗保障局2020年政府信息公开工作年度报告\n</h1>",
  "published": "淯水县医疗保障局\n2021年1月20日",
  "narrative.active_total": ("我局通过县政府门户网站“医疗保障”专栏主动公开政府信息416条", "主动公开政府信息"),
  "narrative.interpretations": ("全年发布政策解读9篇（其中图解4篇）", "政策解读"),
  "narrative.press_conferences": ("召开新闻发布会1场", "召开新闻发布会"),
  "narrative.new_media_posts": ("“淯水医保”微信公众号全年推送信息523条", "推送信息"),
  "narrative.applications_received": ("2020年，我局新收政府信息公开申请30件，上年结转1件", "新收政府信息公开申请"),
  "narrative.applications_completed": ("corrected", "全年办结31件，其中予以公开17件、部分公开3件、无法提供6件、不予处理3件",
                                       "【更正】文中“一、总体情况（二）依申请公开”部分“全年办结31件”有误，应为“全年办结29件”，特此更正",
                                       "全年办结"),
  "narrative.applications_carried_forward": ("结转下年度继续办理2件", "继续办理"),
  "narrative.fees_collected": ("zero", "全年未收取信息处理费"),
  "narrative.reviews": ("2020年，我局因政府信息公开工作被申请行政复议1件，结果维持", "被申请行政复议"),
  "narrative.lawsuits": ("zero", "结果维持；未被提起行政诉讼"),
  "narrative.npc_suggestions": ("全年承办县人大代表建议6件、县政协提案11件", "县人大代表建议"),
  "narrative.cppcc_proposals": ("全年承办县人大代表建议6件、县政协提案11件", "县政协提案"),
 },
 ZX: {
  "year": "苎溪区人民政府2018年政务公开工作总结",
  "agency": "苎溪区人民政府2018年政务公开工作总结",
  "kind": "苎溪区人民政府2018年政务公开工作总结",
  "published": "苎溪区人民政府办公室\n2019年1月8日",
  "narrative.active_total": ("2018年，全区各级行政机关共主动公开政府信息11,236条，同比增长13.8%", "共主动公开政府信息"),
  "narrative.press_conferences": ("全区召开新闻发布会15场，区政府主要负责同志出席新闻发布会3场", "全区召开新闻发布会"),
  "narrative.interpretations": ("发布政策解读材料64篇，其中图表图解、视频解读等21篇", "政策解读材料"),
  "narrative.new_media_posts": ("“苎溪发布”政务微博、微信公众号全年发布信息4,320条", "全年发布信息"),
  "narrative.applications_received": ("2018年，全区新收政府信息公开申请178件，上年结转5件", "新收政府信息公开申请"),
  "narrative.applications_completed": ("上年结转5件，已办结176件，结转下年度继续办理7件", "已办结"),
  "narrative.applications_carried_forward": ("已办结176件，结转下年度继续办理7件", "继续办理"),
  "narrative.fees_collected": ("zero", "结转下年度继续办理7件，全年未收取任何费用"),
  "narrative.reviews": ("全年因政府信息公开被申请行政复议6件，其中维持5件、确认违法1件", "被申请行政复议"),
  "narrative.lawsuits": ("被提起行政诉讼两件，均在审理中", "被提起行政诉讼"),
  "narrative.npc_suggestions": ("区政府系统共承办区人大代表建议97件、区政协提案132件", "区人大代表建议"),
  "narrative.cppcc_proposals": ("区政府系统共承办区人大代表建议97件、区政协提案132件", "区政协提案"),
 },
 HY: {
  "year": "本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止",
  "agency": "澴阳县水务局2013年政府信息公开工作年度\n报告",
  "kind": "澴阳县水务局2013年政府信息公开工作年度\n报告",
  "published": "澴阳县水务局\n2014年3月18日",
  "narrative.active_total": ("2013年，我局共主动公开政府信息1,108条，\n较\n2012年\n的936条", "共主动公开政府信息"),
  "narrative.press_conferences": ("防汛抗旱新\n闻发\n布会3\n次", "新闻发布会"),
  "narrative.new_media_posts": ("approx", "“澴阳水务”\n官方微博全\n年\n发\n布信息600\n余\n条", "发布信息"),
  "narrative.applications_received": ("新\n收政府信息公开申请15\n件\n，\n另有\n2012\n年\n结转\n申请1\n件", "新收政府信息公开申请"),
  "narrative.applications_completed": ("至2013年12月31日，16\n件\n申请\n已全\n部\n办结", "日，"),
  "narrative.applications_carried_forward": ("zero", "无结转\n至2014年的申请。"),
  "narrative.fees_collected": ("共收\n取\n复\n印\n费48\n元\n，\n无\n减免情况", "复印费"),
  "narrative.reviews": ("zero", "未发生\n因政府信息公开申请提起行政复议、\n行政诉讼的情况"),
  "narrative.lawsuits": ("zero", "未发生\n因政府信息公开申请提起行政复议、\n行政诉讼的情况"),
 },
 WN: {
  "year": "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止",
  "agency": "沩宁市生态环境局2022年政府信息公开工作年度报告",
  "kind": "沩宁市生态环境局2022年政府信息公开工作年度报告",
  "published": "沩宁市生态环境局\n2023年1月18日",
  "narrative.active_total": ("（一）主动公开。2022年，我局主动公开政府信息1,862条", "主动公开政府信息"),
  "narrative.interpretations": ("发布政策解读12篇，其中图解5篇、视频解读2篇", "政策解读"),
  "narrative.press_conferences": ("召开新闻发布会5场", "召开新闻发布会"),
  "narrative.new_media_posts": ("“沩宁生态环境”政务新媒体全年发布信息2,034条", "全年发布信息"),
  "narrative.applications_received": ("2022年，我局新收政府信息公开申请47件，上年结转3件", "新收政府信息公开申请"),
  "narrative.applications_completed": ("上年结转3件，办结46件，结转下年度继续办理4件", "办结"),
  "narrative.applications_carried_forward": ("办结46件，结转下年度继续办理4件", "继续办理"),
  "narrative.fees_collected": ("zero", "2022年，我局未收取信息处理费"),
  "narrative.reviews": ("我局因政府信息公开工作被申请行政复议3件，其中维持2件、尚未审结1件", "被申请行政复议"),
  "narrative.lawsuits": ("被提起行政诉讼1件，结果维持", "被提起行政诉讼"),
  "narrative.npc_suggestions": ("全年承办市人大代表建议21件、市政协提案34件", "市人大代表建议"),
  "narrative.cppcc_proposals": ("全年承办市人大代表建议21件、市政协提案34件", "市政协提案"),
 },
 LT: {
  "year": "本报告所列数据统计期限为2010年1月1日至2010年12月31日",
  "agency": "涢西县溇塘乡人民政府2010年政府信息公开工作年度报告发布时间",
  "kind": "涢西县溇塘乡人民政府2010年政府信息公开工作年度报告发布时间",
  "published": "溇塘乡人民政府2011年3月15日",
  "narrative.active_total": ("2010年，乡政府主动公开政府信息237条，其中通过县政府门户网站乡镇子站公开129条",
                             "乡政府主动公开政府信息"),
  "narrative.applications_received": ("收到书面政府信息公开申请3件，均为当面申请", "政府信息公开申请"),
  "narrative.applications_completed": ("危房改造补助。3件申请均在法定期限内答复，其中同意公开2件，信息不存在1件", "补助。"),
  "narrative.applications_carried_forward": ("zero", "无结转至2011年办理的申请"),
  "narrative.fees_collected": ("zero", "本年度依申请提供政府信息未收取任何费用"),
  "narrative.reviews": ("zero", "本年度没有发生因政府信息公开申请提起行政复议和行政诉讼的情况"),
  "narrative.lawsuits": ("zero", "本年度没有发生因政府信息公开申请提起行政复议和行政诉讼的情况"),
 },
}

SUMS = [
 ("zhichuan channels", [806, 114, 100], 1020), ("zhichuan content", [142, 267, 98, 513], 1020),
 ("zhichuan change", [1020, -890], 130), ("zhichuan bodies", [19, 33], 52), ("zhichuan ways", [21, 24, 7], 52),
 ("zhichuan answers", [39, 4, 2, 3, 2], 50), ("zhichuan balance", [50, 2], 52), ("zhichuan denied", [1, 1], 2),
 ("diyuan system", [614, 1708, 804], 3126), ("diyuan channels", [438, 176], 614),
 ("diyuan content", [97, 142, 88, 65, 71, 151], 614), ("diyuan ways", [5, 6, 2], 13), ("diyuan change", [13, -9], 4),
 ("diyuan answers", [8, 1, 2, 1], 12), ("diyuan balance", [12, 1], 13),
 ("diyuan table items", [46, 38, 41, 296], 421), ("diyuan table boards", [6, 4, 5, 33], 48),
 ("diyuan table meetings", [4, 3, 4, 24], 35), ("diyuan schools", [3, 8], 11),
 ("tuanjiang answers", [9, 33, 5, 3, 4, 7, 0, 0], 61), ("tuanjiang ways", [18, 0, 39, 7], 64),
 ("tuanjiang on time", [60, 1], 61), ("tuanjiang denied", [0, 1, 2, 0, 0, 0], 3), ("tuanjiang review", [1, 1, 0], 2),
 ("tuanjiang suit", [0, 0, 1], 1), ("tuanjiang balance", [64, -61], 3), ("tuanjiang channels", [1214, 21, 111], 1346),
 ("tuanjiang new media", [2418, 387], 2805), ("tuanjiang 2013 answers", [6, 41, 4, 6, 3, 8, 2, 1], 71),
 ("tuanjiang 2013 ways", [25, 0, 37, 9], 71), ("tuanjiang 2013 denied", [1, 2, 2, 0, 1, 0], 6),
 ("tuanjiang change", [1346, -1187], 159), ("tuanjiang staff", [2, 3], 5),
 ("maozhou channels x100", [112, 108, 16], 236), ("maozhou ways", [64, 175, 48], 287),
 ("maozhou answers", [41, 126, 29, 18, 37, 27, 5, 2], 285), ("maozhou balance", [287, 6, -285], 8),
 ("maozhou review", [12, 3, 2], 17), ("maozhou suit", [4, 2], 6),
 ("yushui answers", [17, 3, 6, 3], 29), ("yushui balance", [30, 1, -29], 2),
 ("zhuxi channels", [6873, 97, 4266], 11236), ("zhuxi balance", [178, 5, -176], 7), ("zhuxi 2017", [163, -158], 5),
 ("zhuxi review", [5, 1], 6), ("zhuxi table items", [41, 39, 44, 223], 347),
 ("zhuxi table info", [612, 587, 498, 1215], 2912),
 ("huanyang channels", [1024, 84], 1108), ("huanyang change", [1108, -936], 172), ("huanyang balance", [15, 1], 16),
 ("huanyang answers", [11, 2, 2, 1], 16),
 ("weining answers", [21, 8, 11, 4, 2], 46), ("weining balance", [47, 3, -46], 4), ("weining review", [2, 1], 3),
 ("louting channels", [129, 108], 237), ("louting answers", [2, 1], 3),
]
RATIOS = [(1346, 1187, 13.4), (11236, 9874, 13.8)]  # (value, last year's, printed % growth)
SHARES = [(142, 1020, 13.9), (267, 1020, 26.2), (98, 1020, 9.6), (513, 1020, 50.3), (50, 52, 96.2)]

ZERO = re.compile(r"未|无|無|没有|均为零|(?<![\d.])0(?![\d.])")
APPROX = re.compile(r"余|餘|约|約|多|几|幾|近|逾|左右|超过")
CNDIG = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CNUNIT = {"十": 10, "百": 100, "千": 1000}
UNIT = "件条篇场次元项"
ARAB = r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万)?"
CHIN = r"([〇○零一二两三四五六七八九十百千万]+)"


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def squeeze(s):
    return re.sub(r"\s", "", nfkc(s))


def strip_html(raw):
    t = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", raw, flags=re.S | re.I)
    t = re.sub(r"<head>.*?</head>", "", t, flags=re.S | re.I)
    t = re.sub(r"<!--.*?-->", "", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "\n", t))


def cn_value(run):
    total = section = num = 0
    for ch in run:
        if ch in CNDIG:
            num = CNDIG[ch]
        elif ch in CNUNIT:
            section += (num or 1) * CNUNIT[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section = num = 0
    return total + section + num


def count_at(s, anchor):
    """the count printed right after `anchor` in the squeezed sentence s (None if there is none)"""
    i = s.find(anchor)
    if i < 0:
        return None
    rest = s[i + len(anchor):]
    m = re.match(ARAB + "(?=[%s])" % UNIT, rest)
    if m:
        v = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3):
            v *= 10000
        return v
    m = re.match(CHIN + "(?=[%s])" % UNIT, rest)
    if m:
        return Decimal(cn_value(m.group(1)))
    return None


def cn_small(n):
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n > 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def year_forms(y):
    return {str(y)} | {"".join(z if c == "0" else "〇一二三四五六七八九"[int(c)] for c in str(y)) for z in "〇○"}


def date_forms(d):
    y, m, dd = (int(x) for x in d.split("-"))
    out = {f"{y}年{m}月{dd}日", f"{y:04d}-{m:02d}-{dd:02d}"}
    for yf in year_forms(y):
        if yf != str(y):
            out.add(f"{yf}年{cn_small(m)}月{cn_small(dd)}日")
    return out


# ---------------------------------------------------------------- decoders
def yushui_parts(raw):
    body = raw.split('id="js_content"', 1)[1].split('<div class="rich_media_tool"', 1)[0]
    cmts = raw.split('id="js_cmt_list"', 1)[1].split("</ul>", 1)[0]
    return strip_html("<x " + body), strip_html("<x " + cmts)


def pdftohtml_lines(raw):
    return [html.unescape(t) for t in re.findall(r'<p style="position:absolute;[^"]*"[^>]*>(.*?)</p>', raw)]


def nuxt_content(raw):
    script = re.search(r"<script>window\.__NUXT__=(.*?);</script>", raw, re.S).group(1)
    lit = re.search(r'content:("(?:[^"\\]|\\.)*")', script).group(1)
    return json.loads(lit), script


def enex_note(raw):
    root = ET.fromstring(raw.encode("utf-8"))
    enml = root.find("note/content").text
    note = ET.fromstring(enml.split("\n", 2)[2].encode("utf-8"))
    return root, note


def soup_tokens(raw):
    return [tok for line in raw.split("\n") for tok in line.split()]


def soup_row(tokens, label, occ):
    """(unit, 本年度, 上年度, 增减) after the occ-th occurrence of `label` (possibly cut over several lines)"""
    want, hits = squeeze(label), []
    for i in range(len(tokens)):
        acc, j = "", i
        while j < len(tokens) and len(acc) < len(want):
            acc += squeeze(tokens[j])
            j += 1
        if acc == want:
            hits.append(tokens[j:j + 4])
    return hits[occ] if len(hits) > occ else None


def plain_of(name, raw):
    if name in (ZC, MZ, ZX):
        return strip_html(raw)
    if name == YS:
        body, cmts = yushui_parts(raw)
        h1 = re.search(r'<h1 class="rich_media_title " id="activity-name">(.*?)</h1>', raw, re.S).group(1)
        return h1 + "</h1>\n" + body + "\n" + cmts
    if name == HY:
        return "\n".join(pdftohtml_lines(raw))
    if name == WN:
        return strip_html(nuxt_content(raw)[0])
    if name == LT:
        return "".join(enex_note(raw)[1].itertext())
    return raw


# ---------------------------------------------------------------- the check of one entry
def check_entry(e, texts):
    errs = []
    name = e["file"]
    plain, t = texts[name]
    srcs = SOURCES.get(name, {})
    for k, v in e["gold"].items():
        if k not in OK_KEYS:
            errs.append(f"{name}: key {k} not in the vocabulary")
        if k == "script":
            trad = re.search(r"[開報縣門數資訊體關於條與鄉這個請據]", t)
            if v not in ("hans", "hant") or (v == "hans") == bool(trad):
                errs.append(f"{name}: script {v} but traditional characters {'found' if trad else 'missing'}")
            continue
        if k == "template" and v != "pre2019":
            if v != "none" or re.search(r"本年新收政府信息公开申请数量|第二十条第|本年制发件数|本年新制作数量|历年累计|指标名称", t):
                errs.append(f"{name}: template {v} but the text has no readable table / has table labels")
            continue
        if k not in srcs:
            errs.append(f"{name}: no source for {k}")
            continue
        s = srcs[k]
        if isinstance(s, str):
            ss = squeeze(s)
            if ss not in t:
                errs.append(f"{name}: {k}: source not in file: {s!r}")
            elif k == "year":
                if not isinstance(v, int) or not any(f in ss for f in year_forms(v)):
                    errs.append(f"{name}: year {v} not in {s!r}")
            elif k == "published":
                if not isinstance(v, str) or not any(f in ss for f in date_forms(v)):
                    errs.append(f"{name}: published {v} not printed in {s!r}")
            elif k == "agency":
                if not isinstance(v, str) or not re.search(
                        r"(?<![\u4e00-\u9fff])" + re.escape(v) + r"(?=\d|[〇○一二]|关于)", ss):
                    errs.append(f"{name}: agency {v} not in {s!r} (followed by a year)")
            elif k == "kind":
                word = {"work_summary": ("工作总结",), "annual_report": ("工作年度报告",)}.get(v, ("\0",))
                if not any(w in ss for w in word):
                    errs.append(f"{name}: kind {v} but source says {s!r}")
            elif k == "template":
                if v != "pre2019" or "统计表" not in ss or "本年度" not in t or "上年度" not in t:
                    errs.append(f"{name}: template {v} from {s!r}")
            else:
                errs.append(f"{name}: {k} has a bare sentence as source")
            continue
        tag = s[0] if s[0] in ("zero", "approx", "row", "corrected") else "count"
        if tag == "row":
            cells = soup_row(texts[name + "#tokens"], s[1], s[2])
            if cells is None or len(cells) < 4:
                errs.append(f"{name}: {k}: row {s[1]} not found")
                continue
            unit, this, last, delta = cells
            if not re.fullmatch(r"[\d,.]+", this):
                errs.append(f"{name}: {k}: row {s[1]} has no value: {cells}")
                continue
            val = Decimal(this.replace(",", ""))
            d = Decimal(last.replace(",", ""))
            if val - d != Decimal(delta.replace(",", "").replace("+", "")):
                errs.append(f"{name}: {k}: row {s[1]}: 本年度 {this} − 上年度 {last} != 增减 {delta}")
            if unit == "万元":
                val *= 10000
            if v is None or val != v:
                errs.append(f"{name}: {k} = {v} but the row {s[1]} reads {this} {unit}")
            continue
        if tag == "corrected":
            body, cmts = texts[name + "#parts"]
            sb, sc = squeeze(s[1]), squeeze(s[2])
            if sb not in squeeze(body) or sc not in squeeze(cmts) or sc in squeeze(body):
                errs.append(f"{name}: {k}: the wrong sentence must be in the body and the correction in the comments")
                continue
            old, new = count_at(sb, s[3]), count_at(sc.split("应为", 1)[-1], s[3])
            if "应为" not in sc or "更正" not in sc or new is None or old is None or old == new:
                errs.append(f"{name}: {k}: correction not readable")
            elif v is None or new != v:
                errs.append(f"{name}: {k} = {v} but the correction says {new} (body {old})")
            continue
        sent = s[1] if tag in ("zero", "approx") else s[0]
        ss = squeeze(sent)
        if ss not in t:
            errs.append(f"{name}: {k}: source not in file: {sent!r}")
            continue
        if v is None:
            if tag != "approx" or not APPROX.search(ss) or squeeze(s[2]) not in ss:
                errs.append(f"{name}: {k} null but no approximation in {sent!r}")
        elif tag == "approx":
            errs.append(f"{name}: {k} = {v} but its source is approximate (gold must be null): {sent!r}")
        elif v == 0:
            if tag != "zero" or not ZERO.search(ss):
                errs.append(f"{name}: {k} = 0 without a zero statement: {sent!r}")
        elif tag == "zero":
            errs.append(f"{name}: {k} = {v} but its source is a zero statement")
        else:
            got = count_at(ss, squeeze(s[1]))
            if got is None or got != v:
                errs.append(f"{name}: {k} = {v} but {sent!r} prints {got} after {s[1]!r}")
    if e["gold"].get("year") != e["year"] or e["gold"].get("agency") != e["agency"]:
        errs.append(f"{name}: top-level year/agency differ from gold")
    return errs


fails = 0


def fail(msg):
    global fails
    fails += 1
    print("FAIL:", msg)


def must(cond, msg):
    if not cond:
        fail(msg)


man = json.load(open("manifest.json", encoding="utf-8"))
if {e["file"] for e in man} != set(SOURCES):
    fail(f"manifest files {sorted(e['file'] for e in man)} != SOURCES {sorted(SOURCES)}")
texts = {}
for e in man:
    name = e["file"]
    rawb = open(name, "rb").read()
    raw = rawb.decode("utf-8")
    must(len(rawb) < 100_000 and not raw.startswith("\ufeff"), f"{name}: over 100 KB or a BOM")
    p = plain_of(name, raw)
    texts[name] = (p, squeeze(p))
    texts[name + "#raw"] = raw
texts[TJ + "#tokens"] = soup_tokens(texts[TJ + "#raw"])
texts[YS + "#parts"] = yushui_parts(texts[YS + "#raw"])
nkeys = nnull = 0
for e in man:
    nkeys += len(e["gold"])
    nnull += sum(v is None for v in e["gold"].values())
    for m in check_entry(e, texts):
        fail(m)

for tag, parts, total in SUMS:
    must(sum(parts) == total, f"sum {tag}: {parts} = {sum(parts)} != {total}")
for v, base, pct in RATIOS:
    must(round((v / base - 1) * 100, 1) == pct, f"ratio {v}/{base} = {(v / base - 1) * 100:.2f}% != {pct}%")
for a, b, pct in SHARES:
    must(round(a / b * 100, 1) == pct, f"share {a}/{b} != {pct}%")

# --- file-specific facts the notes rely on ---
raw = texts[ZC + "#raw"]
t = texts[ZC][1]
url = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", raw)
must(url and int(url.group(1)) == len(url.group(2)), "zhichuan: IE's saved-from mark")
must('<META content="text/html; charset=gb2312" http-equiv=Content-Type>' in raw and "MSHTML 8.00" in raw
     and raw.count("\r\n") > 50 and "\n" not in raw.replace("\r\n", ""), "zhichuan: gb2312 meta, MSHTML, CRLF")
must(all(c in raw and c.encode("gb2312", "ignore") == b"" and c.encode("gbk") for c in "滍〇"),
     "zhichuan: characters outside GB2312 but in GBK (the bytes were GBK)")
art = t.split("本报告根据")[1].split("打印本页")[0]
must(re.findall(r"\d+", art) == ["0396", "7213086"], "zhichuan: the report's figures are all Chinese numerals")
must("二○一二年三月二十六日" in t and "生成日期:2012-03-28" in t and "发布日期:2012-03-28" in t, "zhichuan: dates")
must("两千余件" in t and "三千零七条" in t and "八百九十条" in t and "不少于一千二百条" in t, "zhichuan: distractors")

raw = texts[DY + "#raw"]
must("==\n" in raw and "----\n" in raw, "diyuan: odt2txt's heading underlines")
must("分别收到政府信息公开申请9件、13件3\n\n不含各学校直接受理的信息公开申请" in raw
     and "\n\n，2016年同比增加4件" in raw, "diyuan: footnote 3 inside the sentence")
must("指县教育局机关1\n\n县教育局机关含" in raw and "推送信息1,152条2\n\n含转载" in raw, "diyuan: footnotes 1 and 2")
must("\n\n合计\n\n421\n\n48\n\n35\n" in raw, "diyuan: the table one cell per paragraph")
must("共主动公开各类信息3,126条" in raw and "共收到申请47件" in raw and "约6,400条" in raw and "186元" in raw,
     "diyuan: the system's and the schools' figures")

raw = texts[TJ + "#raw"]
must("制发规范性文件总数\n\n件\n\n12\n\n10\n\n+2\n\n次\n\n7\n\n5\n\n+2\n" in raw, "tuanjiang: a row whose label moved away")
must(raw.index("（一）回应公众关注热点或重大舆情数") > raw.index("1.属于已主动公开范围数"),
     "tuanjiang: the long label printed after later rows")
must(raw.count("指标名称") == 3 and "\f" in raw and "—4—" in raw, "tuanjiang: the header on each page, page numbers")
must("年度报告" not in raw.split("\n")[0] and raw.startswith("湍江省人力资源和社会保障厅2014年政府信\n息公开工作年度报告"),
     "tuanjiang: the title wrapped")
toks = texts[TJ + "#tokens"]
must(soup_row(toks, "七、依申请公开信息收取的费用", 0) == ["万元", "0", "0.012", "-0.012"], "tuanjiang: fee row in 万元")

raw = texts[MZ + "#raw"]
t = texts[MZ][1]
url = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", raw)
must(url and int(url.group(1)) == len(url.group(2)), "maozhou: Chrome's saved-from mark")
must('<meta name="PubDate" content="2018-03-29 10:12">' in raw and "发布时间:2018-03-2910:12" in t, "maozhou: page date")
must(t.index("1.98万条") > t.index("2018年3月26日") and "新收政府信息公开申请241件" in t, "maozhou: 2016 summary after the report")
must("0.1265万元" in t and "0.046万元" in t and "86万元" in t, "maozhou: fees, waiver and budget all in 万元")

raw = texts[YS + "#raw"]
body, cmts = texts[YS + "#parts"]
must(raw.count('data-src="https://mmbiz.qpic.cn/mmbiz_png/') == 3, "yushui: three tables as pictures")
must('<em id="publish_time" class="rich_media_meta rich_media_meta_text">2021-01-22</em>' in raw
     and 'var ct = "1611308165"' in raw, "yushui: publish time")
must('<span class="discuss_top_tag">置顶</span>' in raw and "全年办结29件" not in squeeze(body) and "全年办结31件" in squeeze(body),
     "yushui: the pinned correction, the body unchanged")
must("新收申请才25件" in squeeze(cmts), "yushui: a reader's figure of last year")

raw = texts[ZX + "#raw"]
t = texts[ZX][1]
must('<META NAME="GENERATOR" CONTENT="wvWare/wvWare version 1.2.9">' in raw and "</ul></ul><p><div" in raw
     and "&ldquo;" in raw, "zhuxi: wvHtml's markup")
must(t.index("2017年全区共主动公开政府信息9,874条") < t.index("共主动公开政府信息11,236条"), "zhuxi: 2017's report first")

raw = texts[HY + "#raw"]
lines = pdftohtml_lines(raw)
must('<title>Microsoft Word - 澴阳县水务局2013年政府信息公开年报.doc</title>' in raw
     and '<meta name="date" content="2014-03-18T16:22:14+00:00"/>' in raw, "huanyang: the PDF's Info in the page")
must(lines[0] == "— 1 —" and "县政府门户网站水务局子站" in lines[lines.index("— 2 —") - 1]
     and lines[lines.index("— 2 —") + 1].startswith("公开1,024条"), "huanyang: the footer of page 2 inside a sentence")
must("收政府信息公开申请15" in lines and "件" in lines and "水资源费1,286.4" in "".join(lines), "huanyang: fragments")

raw = texts[WN + "#raw"]
content, script = nuxt_content(raw)
outside = raw.replace(script, "")
must(script.startswith("(function(a,b,c,d,e){return {layout:") and "\\u003Cp" in script and "source:c" in script,
     "weining: devalue's IIFE with hoisted values and escaped tags")
must('<div class="content" data-v-5d1c3a2e><!----></div>' in raw, "weining: the body not rendered")
must("1,862" not in outside and "47件" not in outside and "1,645条" in outside and "39件" in outside,
     "weining: the report only in the state; last year's summary rendered")

raw = texts[LT + "#raw"]
root, note = enex_note(raw)
divs = [d for d in note if d.tag == "div"]
first = "".join(divs[0].itertext())
must(root.tag == "en-export" and root.find("note/created").text == "20190412T083015Z" and note.tag == "en-note",
     "louting: ENEX with an ENML note")
must("198条" in first and "3,861条" in first and "5件" in first and "198条" not in "".join(divs[-1].itertext()),
     "louting: the researcher's figures only in her note")
must('-evernote-highlight:true; background-color:#FFFFb0;">237</span>条' in raw, "louting: the highlight")
must("1,152条" in texts[LT][1] and "156人次" in texts[LT][1], "louting: 村务 and 人次 distractors")

print(f"{len(man)} files, {nkeys} gold keys ({nnull} null), {fails} failures")

if "--mutate" in sys.argv:
    def variants(k, v):
        if k == "year":
            return [v + 1, v - 1]
        if k == "published":
            y, m, d = v.split("-")
            return [f"{y}-{m}-{int(d) + 1:02d}", f"{int(y) + 1}-{m}-{d}"]
        if k == "agency":
            return [v[:-1], v + "办公室", v[1:]]
        if k == "kind":
            return ["work_summary" if v == "annual_report" else "annual_report"]
        if k == "template":
            return ["pre2019" if v == "none" else "none"]
        if k == "script":
            return ["hant" if v == "hans" else "hans"]
        if v is None:
            return [0, 1, 300]
        return [v + 1, None] + ([v - 1] if v else [])
    tried = caught = 0
    for i, e in enumerate(man):
        for k, v in e["gold"].items():
            for nv in variants(k, v):
                m = copy.deepcopy(e)
                m["gold"][k] = nv
                if k in ("year", "agency"):
                    m[k] = nv
                tried += 1
                if check_entry(m, texts):
                    caught += 1
                else:
                    print(f"MUTATION NOT CAUGHT: {e['file']} {k}: {v!r} -> {nv!r}")
    print(f"mutations: {caught} of {tried} caught")
    if caught != tried:
        fails += 1

sys.exit(1 if fails else 0)
