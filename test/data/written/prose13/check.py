#!/usr/bin/env python3
"""Check the hand-written gold of manifest.json against the files of set prose13 (stdlib only).

For every gold key, SOURCES gives the sentence (or table row, or form field) the value was read from, copied
from the decoded file.  Each form is decoded first — the hOCR's ocrx_word spans (one line per ocr_line, words
separated by spaces), pdftk's field records, the SQL dump's string literals (the two characters \\n turned into
line breaks, '' into '), the Weibo JSON's report post, the page's text, the notebook's cell sources, the XLIFF's
<source> elements, the mind map's TEXT attributes and notes — then NFKC-normalised with all white space removed,
so a number cut by a line or split into OCR words is found whole, and the sentence must be there.  The gold value
must then be printed in that sentence as a count (directly before a unit; Arabic with or without commas, Chinese
numerals with 两), a year or a date (年月日 or ISO).  A table value must be the word in its column of its OCR row,
a form value the FieldValue of its field, whose FieldNameAlt must carry the row label and the column.  A gold 0
must come from a zero statement, a gold null from an approximate figure.  The sums, ratios and file-specific
facts the notes rely on are then checked, and every gold key must be in the schema's vocabulary.

Run: python3 check.py            (exit status 1 on any failure)
     python3 check.py --mutate   (also alters every gold value one at a time; every change must fail)"""
import copy, html, json, os, re, sys, unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

OK_KEYS = {"year", "agency", "kind", "template", "published", "script",
           "active.total", "applications.new.total", "applications.processed.total",
           "applications.granted.total", "applications.partial.total",
           "appeals.review.total", "appeals.suit.total"} | {
    "legacy." + k for k in "denied not_exist not_ours unclear complaints fees_yuan".split()} | {
    "legacy.cumulative." + k for k in "denied not_exist not_ours unclear complaints fees_yuan".split()} | {
    "narrative." + k for k in "active_total applications_received applications_completed "
    "applications_carried_forward reviews lawsuits new_media_posts press_conferences interpretations "
    "npc_suggestions cppcc_proposals fees_collected".split()}

HOCR = "danyu-hetang-township-2009-scan-tesseract.hocr"
PDFTK = "qinan-culture-2015-pdf-form-pdftk-dump-data-fields.txt"
SQL = "qiaocheng-fda-2013-cms-sqlite3-dump.sql"
WEIBO = "ruiyang-transport-2020-weibo-crawler.json"
JIEDU = "guchuan-county-2017-policy-interpretation.html"
NPC = "luxi-district-2018-summary-npc-hearing-transcript.txt"
NB = "kezhou-city-2022-jupyter-notebook.ipynb"
XLF = "lingjiang-commerce-2011-translation-xliff.xlf"
MM = "ruowan-street-2024-summary-freemind.mm"

# key -> sentence, or (tag, ...): ("zero", s), ("approx", s),
# ("row", OCR label as tesseract printed it, column 0 本年度 / 1 历年累计),
# ("all", the sentence with the count, what follows it: 均已/全部答复 — completed = that count),
# ("field", pdftk FieldName, label that FieldNameAlt must contain, column word that FieldNameAlt must end with)
SOURCES = {
 HOCR: {
  "year": "本报告中所列数据的统计期限自2009年1月1日起至2009年12月31明止",
  "agency": "丹峪县荷塘乡人民政府\n2009年政府信息公开工作年度报告",
  "kind": "丹峪县荷塘乡人民政府\n2009年政府信息公开工作年度报告",
  "template": "附表:荷塘乡2009年政府信息公开情况统计表",
  "published": "丹峪县简塘乡人民政府\n2010年3月19日",
  "active.total": ("row", "一、主动公开政府信息数条", 0),
  "applications.new.total": ("row", "二、收到申请数件", 0),
  "applications.processed.total": ("row", "三、对申请的答复数件", 0),
  "applications.granted.total": ("row", "1.同意公开答复数件", 0),
  "applications.partial.total": ("row", "2.同意部分公开答复数件", 0),
  "legacy.denied": ("row", "3.不予公开答复数件", 0),
  "legacy.not_exist": ("row", "4.信息不存在\"答复数件", 0),
  "legacy.not_ours": ("row", "5.非本机关掌握”答复数件", 0),
  "appeals.review.total": ("row", "四、行政复议数件", 0),
  "appeals.suit.total": ("row", "五、行政诉讼数件", 0),
  "legacy.complaints": ("row", "六、申诉数件", 0),
  "legacy.fees_yuan": ("row", "七、依申请公开收取费用元", 0),
  "legacy.cumulative.denied": ("row", "3.不予公开答复数件", 1),
  "legacy.cumulative.not_exist": ("row", "4.信息不存在\"答复数件", 1),
  "legacy.cumulative.not_ours": ("row", "5.非本机关掌握”答复数件", 1),
  "legacy.cumulative.complaints": ("row", "六、申诉数件", 1),
  "legacy.cumulative.fees_yuan": ("row", "七、依申请公开收取费用元", 1),
  "narrative.active_total": "全年主动公开政府信息137条，其中通过县政府门户网站乡镇子栏目公开58条",
  "narrative.applications_received": "全年共收到政府信息公开申请2件",
  "narrative.applications_completed": ("all", "全年共收到政府信息公开申请2件",
                                       "，其中当面申请1件、信尔申请1件，内容涉及土地征收补偿标准和低保评定。已全部答复"),
  "narrative.applications_carried_forward": ("zero", "无结转下年度办理的申请"),
  "narrative.fees_collected": ("zero", "本年度未收取任何费用"),
  "narrative.reviews": ("zero", "本年度未发生因政府信息公开申请行政复议、提起行政诉讼和申诉的情况"),
  "narrative.lawsuits": ("zero", "本年度未发生因政府信息公开申请行政复议、提起行政诉讼和申诉的情况"),
  "narrative.npc_suggestions": "本年度我乡承办县人大代表建议3件",
 },
 PDFTK: {
  "year": "FieldValue: 溱安县文化广电新闻出版局2015年政府信息公开工作年度报告",
  "agency": "FieldValue: 溱安县文化广电新闻出版局2015年政府信息公开工作年度报告",
  "kind": "FieldValue: 溱安县文化广电新闻出版局2015年政府信息公开工作年度报告",
  "template": "FieldNameAlt: 溱安县政府信息公开情况统计表·一、主动公开政府信息数（条）·历年累计",
  "published": "FieldNameAlt: 报告发布日期\nFieldFlags: 0\nFieldValue: 2016年3月25日",
  "active.total": ("field", "t01_bnd", "一、主动公开政府信息数", "本年度"),
  "applications.new.total": ("field", "t02_bnd", "二、收到申请数", "本年度"),
  "applications.processed.total": ("field", "t03_bnd", "三、对申请的答复数", "本年度"),
  "applications.granted.total": ("field", "t031_bnd", "1.同意公开答复数", "本年度"),
  "applications.partial.total": ("field", "t032_bnd", "2.同意部分公开答复数", "本年度"),
  "legacy.denied": ("field", "t033_bnd", "3.不予公开答复数", "本年度"),
  "legacy.not_exist": ("field", "t034_bnd", "4.信息不存在答复数", "本年度"),
  "legacy.not_ours": ("field", "t035_bnd", "5.非本机关掌握答复数", "本年度"),
  "appeals.review.total": ("field", "t04_bnd", "四、行政复议数", "本年度"),
  "appeals.suit.total": ("field", "t05_bnd", "五、行政诉讼数", "本年度"),
  "legacy.complaints": ("field", "t06_bnd", "六、举报投诉数", "本年度"),
  "legacy.fees_yuan": ("field", "t07_bnd", "七、依申请公开收取费用（元）", "本年度"),
  "legacy.cumulative.denied": ("field", "t033_lj", "3.不予公开答复数", "历年累计"),
  "legacy.cumulative.not_exist": ("field", "t034_lj", "4.信息不存在答复数", "历年累计"),
  "legacy.cumulative.not_ours": ("field", "t035_lj", "5.非本机关掌握答复数", "历年累计"),
  "legacy.cumulative.complaints": ("field", "t06_lj", "六、举报投诉数", "历年累计"),
  "legacy.cumulative.fees_yuan": ("field", "t07_lj", "七、依申请公开收取费用（元）", "历年累计"),
  "narrative.active_total": "2015年，我局主动公开政府信息486条，其中通过县政府门户网站公开452条，比2014年的401条增加85条",
  "narrative.new_media_posts": ("approx", "“溱安文广”官方微博全年发布信息约1300条"),
  "narrative.press_conferences": "召开新闻发布会2场",
  "narrative.applications_received": "全年收到政府信息公开申请7件",
  "narrative.applications_completed": "已答复6件，其中同意公开4件、同意部分公开1件、信息不存在1件",
  "narrative.applications_carried_forward": "另有1件因涉及第三方权益需征求意见，结转至2016年1月答复",
  "narrative.reviews": "因政府信息公开被申请行政复议1件，经县人民政府复议维持原答复",
  "narrative.lawsuits": ("zero", "未发生因政府信息公开提起行政诉讼的情况"),
  "narrative.fees_collected": ("zero", "依申请提供政府信息未收取任何费用"),
  "narrative.npc_suggestions": "全年承办县人大代表建议6件、县政协提案9件",
  "narrative.cppcc_proposals": "全年承办县人大代表建议6件、县政协提案9件",
 },
 SQL: {
  "year": "本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止",
  "agency": "峤城市食品药品监督管理局2013年政府信息公开工作年度报告\n本报告根据",
  "kind": "峤城市食品药品监督管理局2013年政府信息公开工作年度报告\n本报告根据",
  "published": "峤城市食品药品监督管理局2014年3月17日",
  "narrative.active_total": "全年主动公开政府信息2,046条，其中通过局门户网站公开1,872条",
  "narrative.interpretations": "发布政策解读6篇",
  "narrative.press_conferences": "召开新闻发布会3场",
  "narrative.new_media_posts": "官方微博“峤城食药”全年发布信息1,315条",
  "narrative.applications_received": "全年共受理政府信息公开申请38件，其中2012年结转2件、本年新收36件",
  "narrative.applications_completed": "截至2013年12月31日，已办结35件，其中同意公开21件",
  "narrative.applications_carried_forward": "其余3件正在办理中，结转至2014年继续办理",
  "narrative.fees_collected": "全年依申请提供政府信息收取复制费、邮寄费共计86元",
  "narrative.reviews": "全年因政府信息公开申请行政复议2件",
  "narrative.lawsuits": "提起行政诉讼1件，经市中级人民法院审理",
  "narrative.npc_suggestions": "全年共承办市人大代表建议14件、市政协提案23件",
  "narrative.cppcc_proposals": "全年共承办市人大代表建议14件、市政协提案23件",
 },
 WEIBO: {
  "year": "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止",
  "agency": "【汭阳市交通运输局2020年政府信息公开工作年度报告】",
  "kind": "【汭阳市交通运输局2020年政府信息公开工作年度报告】",
  "published": "汭阳市交通运输局\n2021年1月26日 [心]",
  "narrative.active_total": "全年主动公开政府信息1,384条，比2019年的1,207条增加177条，增长14.7%",
  "narrative.interpretations": "发布政策解读17篇（其中图解9篇、视频解读2篇）",
  "narrative.press_conferences": "召开新闻发布会4场",
  "narrative.new_media_posts": "“汭阳交通”政务微博、微信公众号全年共发布信息2,276条",
  "narrative.applications_received": "全年新收政府信息公开申请53件，上年结转4件",
  "narrative.applications_completed": "办结54件，结转下年度继续办理3件",
  "narrative.applications_carried_forward": "办结54件，结转下年度继续办理3件",
  "narrative.fees_collected": ("zero", "全年未收取信息处理费"),
  "narrative.reviews": "因政府信息公开工作被申请行政复议3件，被提起行政诉讼1件",
  "narrative.lawsuits": "因政府信息公开工作被申请行政复议3件，被提起行政诉讼1件",
  "narrative.npc_suggestions": "全年承办市人大代表建议19件、市政协提案24件",
  "narrative.cppcc_proposals": "全年承办市人大代表建议19件、市政协提案24件",
 },
 JIEDU: {
  "year": "《报告》所列数据的统计期限自2017年1月1日起至2017年12月31日止",
  "agency": "相关链接：菰川县人民政府2017年政府信息公开工作年度报告（2018年3月27日发布）",
  "kind": "相关链接：菰川县人民政府2017年政府信息公开工作年度报告（2018年3月27日发布）",
  "published": "相关链接：菰川县人民政府2017年政府信息公开工作年度报告（2018年3月27日发布）",
  "narrative.active_total": "2017年全县各级行政机关共主动公开政府信息18,652条，比2016年的16,535条增加2,117条，增长12.8%",
  "narrative.interpretations": "全县发布政策解读材料73篇",
  "narrative.press_conferences": "召开新闻发布会11场",
  "narrative.new_media_posts": ("approx", "政务微博、微信公众号全年发布信息约1.2万条"),
  "narrative.applications_received": "全县共受理政府信息公开申请412件，其中本年新收397件、上年结转15件",
  "narrative.applications_completed": "截至年底，已办结401件，其中同意公开246件",
  "narrative.applications_carried_forward": "其余11件因需征求第三方意见依法延期答复，结转至2018年继续办理",
  "narrative.fees_collected": "全县依申请提供政府信息共收取检索、复制、邮寄费用1,240元",
  "narrative.reviews": "全县因政府信息公开申请行政复议9件，其中维持原答复7件、纠正两件",
  "narrative.lawsuits": "提起行政诉讼4件",
  "narrative.npc_suggestions": "县政府系统共承办县人大代表建议128件、县政协提案167件",
  "narrative.cppcc_proposals": "县政府系统共承办县人大代表建议128件、县政协提案167件",
 },
 NPC: {
  "year": "【汇报材料：鸬溪区人民政府关于2018年度全区政务公开工作情况的汇报】",
  "agency": "【汇报材料：鸬溪区人民政府关于2018年度全区政务公开工作情况的汇报】",
  "kind": "【汇报材料：鸬溪区人民政府关于2018年度全区政务公开工作情况的汇报】",
  "published": "发布时间：2019-01-21　　来源：区人大常委会办公室",
  "narrative.active_total": "全年全区各级行政机关共主动公开政府信息23,468条，其中区政府门户网站发布12,905条",
  "narrative.press_conferences": "全区召开新闻发布会14场，发布政策解读96篇",
  "narrative.interpretations": "全区召开新闻发布会14场，发布政策解读96篇",
  "narrative.new_media_posts": "“鸬溪发布”政务微博、微信公众号全年推送信息2,318条",
  "narrative.applications_received": "全年全区新收政府信息公开申请321件，上年结转6件",
  "narrative.applications_completed": "共办结319件，结转下年度继续办理8件",
  "narrative.applications_carried_forward": "共办结319件，结转下年度继续办理8件",
  "narrative.fees_collected": ("zero", "全年未收取任何费用"),
  "narrative.reviews": "全年全区因政府信息公开被申请行政复议12件、被提起行政诉讼5件",
  "narrative.lawsuits": "全年全区因政府信息公开被申请行政复议12件、被提起行政诉讼5件",
  "narrative.npc_suggestions": "区政府系统共承办区人大代表建议143件、区政协提案188件",
  "narrative.cppcc_proposals": "区政府系统共承办区人大代表建议143件、区政协提案188件",
 },
 NB: {
  "year": "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止",
  "agency": "report = \"\"\"岢州市人民政府2022年政府信息公开工作年度报告",
  "kind": "report = \"\"\"岢州市人民政府2022年政府信息公开工作年度报告",
  "published": "岢州市人民政府\n2023年1月19日\"\"\"",
  "narrative.active_total": "全市各级行政机关主动公开政府信息9,742条，其中市政府门户网站发布5,106条",
  "narrative.interpretations": "全年发布政策解读186篇，其中图解、视频等多元化解读81篇",
  "narrative.press_conferences": "召开新闻发布会27场",
  "narrative.new_media_posts": "全市政务新媒体发布信息13,905条",
  "narrative.applications_received": "全年共受理政府信息公开申请486件，其中本年新收468件、上年结转18件",
  "narrative.applications_completed": "办结472件，结转下年度继续办理14件",
  "narrative.applications_carried_forward": "办结472件，结转下年度继续办理14件",
  "narrative.fees_collected": ("zero", "全年未收取信息处理费"),
  "narrative.reviews": "全年因政府信息公开工作被申请行政复议31件、被提起行政诉讼12件",
  "narrative.lawsuits": "全年因政府信息公开工作被申请行政复议31件、被提起行政诉讼12件",
  "narrative.npc_suggestions": "市政府系统共承办市人大代表建议214件、市政协提案276件",
  "narrative.cppcc_proposals": "市政府系统共承办市人大代表建议214件、市政协提案276件",
 },
 XLF: {
  "year": "本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止",
  "agency": "泠江省商务厅2011年政府信息公开工作年度报告",
  "kind": "泠江省商务厅2011年政府信息公开工作年度报告",
  "published": "泠江省商务厅\n2012年3月26日",
  "narrative.active_total": "全年主动公开政府信息3,871条，比2010年的3,126条增加745条",
  "narrative.press_conferences": "召开新闻发布会6场",
  "narrative.new_media_posts": ("approx", "“泠江商务”官方微博自2011年6月开通以来发布信息约900条"),
  "narrative.applications_received": "全年共收到政府信息公开申请62件，其中当面申请14件、网上申请37件、信函申请11件",
  "narrative.applications_completed": "已答复59件，其中同意公开38件",
  "narrative.applications_carried_forward": "另有3件正在办理中，将在2012年法定期限内答复",
  "narrative.fees_collected": "全年依申请提供政府信息收取检索、复制费用312元",
  "narrative.reviews": "全年因政府信息公开申请行政复议2件，均维持原答复",
  "narrative.lawsuits": ("zero", "未发生因政府信息公开提起行政诉讼的情况"),
  "narrative.npc_suggestions": "全年办理省人大代表建议41件、省政协提案58件",
  "narrative.cppcc_proposals": "全年办理省人大代表建议41件、省政协提案58件",
 },
 MM: {
  "year": "汧城区箬湾街道办事处2024年政务公开工作总结",
  "agency": "汧城区箬湾街道办事处2024年政务公开工作总结",
  "kind": "汧城区箬湾街道办事处2024年政务公开工作总结",
  "published": "汇报信息\n街道党政办　何婉清\n2024年12月27日",
  "narrative.active_total": "全年主动公开政务信息\n1,126条",
  "narrative.interpretations": "政策解读\n23篇（其中图解11篇）",
  "narrative.new_media_posts": ("approx", "“箬湾微讯”微信公众号\n全年推送400余篇"),
  "narrative.applications_received": "新收申请\n9件",
  "narrative.applications_completed": "办结\n10件（予以公开4件、部分公开1件、无法提供3件、不予处理2件）",
  "narrative.applications_carried_forward": ("zero", "结转下年度\n无"),
  "narrative.fees_collected": ("zero", "信息处理费\n未收取"),
  "narrative.reviews": "行政复议\n1件（结果维持）",
  "narrative.lawsuits": ("zero", "行政诉讼\n无"),
  "narrative.npc_suggestions": "承办区人大代表建议\n3件",
  "narrative.cppcc_proposals": "承办区政协提案\n两件，办理结果均已公开",
 },
}

SUMS = [
 ("danyu", [58, 64, 15], 137), ("danyu", [104, 137], 241), ("danyu", [1, 0, 0, 1, 0], 2),
 ("danyu cum", [2, 0, 0, 1, 0], 3), ("danyu", [1, 1], 2),
 ("qinan", [4, 1, 0, 1, 0], 6), ("qinan cum", [19, 4, 2, 3, 2], 30), ("qinan", [486, -401], 85),
 ("qinan", [6, 1], 7),
 ("qiaocheng", [1872, 174], 2046), ("qiaocheng", [36, 2], 38), ("qiaocheng", [9, 22, 5], 36),
 ("qiaocheng", [21, 4, 3, 5, 2], 35), ("qiaocheng", [38, -35], 3), ("qiaocheng", [1, 1], 2),
 ("ruiyang", [1384, -1207], 177), ("ruiyang", [53, 4, -54], 3),
 ("guchuan", [9870, 8782], 18652), ("guchuan", [18652, -16535], 2117), ("guchuan", [397, 15], 412),
 ("guchuan", [88, 251, 58], 397), ("guchuan", [246, 39, 21, 58, 37], 401), ("guchuan", [412, -401], 11),
 ("guchuan", [7, 2], 9), ("guchuan", [3, 1], 4),
 ("luxi", [321, 6], 327), ("luxi", [321, 6, -319], 8), ("luxi", [12, -7], 5), ("luxi", [10, 2], 12),
 ("kezhou", [468, 18], 486), ("kezhou", [468, 18, -472], 14), ("kezhou", [9742, -8911], 831),
 ("lingjiang", [3402, 469], 3871), ("lingjiang", [3871, -3126], 745), ("lingjiang", [14, 37, 11], 62),
 ("lingjiang", [38, 7, 4, 6, 4], 59), ("lingjiang", [62, -59], 3),
 ("ruowan", [684, 442], 1126), ("ruowan", [4, 1, 3, 2], 10), ("ruowan", [9, 1, -10], 0),
]
RATIOS = [(1384, 1207, 14.7), (18652, 16535, 12.8), (1126, 978, 15.1), (9742, 8911, 9.3), (186, 152, 22.4),
          (27, 22, 22.7), (486, 402, 20.9), (472, 389, 21.3), (31, 26, 19.2)]  # (value, last year's, printed %)
SHARES = [(63, 412, 15.3)]

ZERO = re.compile(r"未|无|無|均为零|(?<![\d.])0(?![\d.])")
APPROX = re.compile(r"余|餘|约|約|多|几|幾|近|逾|左右")
CNDIG = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
         "九": 9}
CNUNIT = {"十": 10, "百": 100, "千": 1000}
CN = "〇一二三四五六七八九"
UNIT = "件条條篇场場次元项項"


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def squeeze(s):
    return re.sub(r"\s", "", nfkc(s))


def strip_html(raw):
    t = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", raw, flags=re.S | re.I)
    t = re.sub(r"<head>.*?</head>", "", t, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", t))


def hocr_lines(raw):
    """[(page number, [words])] for every ocr_line / ocr_caption / ocr_header / ocr_textfloat of the hOCR"""
    out, page = [], 0
    for chunk in re.split(r"(?=<div class='ocr_page')|(?=<span class='ocr_(?:line|caption|header|textfloat)')", raw):
        if chunk.startswith("<div class='ocr_page'"):
            page += 1
            continue
        if not chunk.startswith("<span class='ocr_"):
            continue
        words = [html.unescape(w) for w in re.findall(r"<span class='ocrx_word'[^>]*>(.*?)</span>", chunk)]
        out.append((page, words))
    return out


def pdftk_fields(raw):
    """{FieldName: {key: value}}; a FieldValue may run over several lines"""
    out = {}
    for rec in raw.split("---\n")[1:]:
        d, last = {}, None
        for line in rec.rstrip("\n").split("\n"):
            m = re.match(r"(Field\w+): ?(.*)", line)
            if m:
                last = m.group(1)
                d.setdefault(last, []).append(m.group(2))
            else:
                d[last][-1] += "\n" + line
        out[d["FieldName"][0]] = {k: v[0] if len(v) == 1 else v for k, v in d.items()}
    return out


def sql_text(raw):
    return strip_html(raw.replace("\\n", "\n").replace("''", "'"))


def weibo_posts(raw):
    return json.loads(raw)["weibo"]


def nb_cells(raw):
    return json.loads(raw)["cells"]


def xlf_units(raw):
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.1"}
    root = ET.fromstring(raw.encode("utf-8"))
    return [(u.find("x:source", ns).text, u.find("x:target", ns).text, u.attrib)
            for u in root.iter("{urn:oasis:names:tc:xliff:document:1.1}trans-unit")]


def mm_texts(raw):
    """the nodes' TEXT in document order, then the notes"""
    out, notes = [], []
    for el in ET.fromstring(raw.encode("utf-8")).iter():
        if el.tag == "node":
            out.append(el.attrib["TEXT"])
        elif el.tag == "richcontent":
            notes.append("".join(el.itertext()).strip())
    return out + notes


def plain_of(name):
    raw = open(name, encoding="utf-8").read()
    if name == HOCR:
        return "\n".join(" ".join(w) for _, w in hocr_lines(raw))
    if name == PDFTK:
        return raw
    if name == SQL:
        return sql_text(raw)
    if name == WEIBO:
        return weibo_posts(raw)[1]["text"]
    if name == JIEDU:
        return strip_html(raw)
    if name == NB:
        return "\n".join("".join(c["source"]) for c in nb_cells(raw))
    if name == XLF:
        return "\n".join(s for s, _, a in xlf_units(raw) if a.get("restype") != "x-gettext-domain-header")
    if name == MM:
        return "\n".join(mm_texts(raw))
    return raw


def cn_parse(s):
    """every run of Chinese numerals in s, as integers (两 = 2, 零/〇 as place holders, 万)"""
    out = set()
    for run in re.findall(r"[〇零一二两兩三四五六七八九十百千万]+", s):
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
        out.add(total + section + num)
    return out


def counts_in(s):
    """the figures of s that are counts: a number (Arabic or Chinese) directly before a unit"""
    out = {float(m.group(1).replace(",", "")) for m in re.finditer(r"(\d{1,3}(?:,\d{3})+|\d+)(?=[%s])" % UNIT, s)}
    for m in re.finditer(r"([〇零一二两兩三四五六七八九十百千万]+)(?=[%s])" % UNIT, s):
        out |= cn_parse(m.group(1))
    return out


def year_forms(y):
    return {str(y), "".join(CN[int(c)] for c in str(y))}


def date_forms(d):
    y, m, dd = (int(x) for x in d.split("-"))
    return {f"{y}年{m}月{dd}日", f"{y:04d}-{m:02d}-{dd:02d}"}


def hocr_row(lines, label):
    """(本年度, 历年累计) words of the OCR table row whose words start with `label`"""
    hits = [w for _, w in lines if squeeze("".join(w)).startswith(squeeze(label))]
    if len(hits) != 1:
        return None
    w = hits[0]
    if len(w) < 3 or not (w[-1].isdigit() and w[-2].isdigit()) or w[-3] not in ("条", "件", "元"):
        return None
    return w[-2], w[-1]


def check_entry(e, texts):
    errs = []
    name = e["file"]
    plain, t = texts[name]
    srcs = SOURCES.get(name, {})
    for k, v in e["gold"].items():
        if k not in OK_KEYS:
            errs.append(f"{name}: key {k} not in the vocabulary")
        if k == "script":
            trad = re.search(r"[開報縣門數資訊體關於條與鄉這個]", t)
            if v not in ("hans", "hant") or (v == "hans") == bool(trad):
                errs.append(f"{name}: script {v} but traditional characters {'found' if trad else 'missing'}")
            continue
        if k == "template" and v != "pre2019":
            if v != "none" or re.search(r"本年新收政府信息公开申请数量|第二十条第|本年制发件数|本年新制作数量|历年累计", t):
                errs.append(f"{name}: template {v} but the text has no readable table / has table labels")
            continue
        if k not in srcs:
            errs.append(f"{name}: no source for {k}")
            continue
        s = srcs[k]
        tag = s[0] if isinstance(s, tuple) else "plain"
        if tag == "row":
            vals = hocr_row(texts[name + "#lines"], s[1])
            if vals is None:
                errs.append(f"{name}: {k}: row {s[1]} not found")
            elif v is None or int(vals[s[2]]) != v:
                errs.append(f"{name}: {k} = {v} but the row {s[1]} column {s[2]} says {vals[s[2]]}")
            continue
        if tag == "field":
            f = texts[name + "#fields"].get(s[1])
            if f is None or squeeze(s[2]) not in squeeze(f["FieldNameAlt"]) or not f["FieldNameAlt"].endswith(s[3]) \
                    or "统计表" not in f["FieldNameAlt"]:
                errs.append(f"{name}: {k}: field {s[1]} missing or not labelled {s[2]} / {s[3]}")
            elif v is None or not re.fullmatch(r"\d+", f["FieldValue"]) or int(f["FieldValue"]) != v:
                errs.append(f"{name}: {k} = {v} but field {s[1]} says {f['FieldValue']!r}")
            continue
        if tag == "all":
            if squeeze(s[1] + s[2]) not in t or not re.search(r"(均已|全部)答复$", squeeze(s[2])):
                errs.append(f"{name}: {k}: 'all answered' source not in file")
            elif v not in counts_in(squeeze(s[1])):
                errs.append(f"{name}: {k} = {v} not printed in {s[1]!r}")
            continue
        sent = s[1] if tag in ("zero", "approx") else s
        ss = squeeze(sent)
        if ss not in t:
            errs.append(f"{name}: {k}: source not in file: {sent!r}")
            continue
        if k == "year":
            if not any(f in ss for f in year_forms(v)):
                errs.append(f"{name}: year {v} not in {sent!r}")
        elif k == "published":
            if not isinstance(v, str) or not any(f in ss for f in date_forms(v)):
                errs.append(f"{name}: published {v} not printed in {sent!r}")
        elif k == "agency":
            if not isinstance(v, str) or not re.search(r"(?<![\u4e00-\u9fff])" + re.escape(v) + r"(?=\d|关于)", ss):
                errs.append(f"{name}: agency {v} not in {sent!r} (followed by a year)")
        elif k == "kind":
            word = {"work_summary": ("工作总结", "工作情况的汇报"), "annual_report": ("工作年度报告",)}.get(v, ("\0",))
            if not any(w in ss for w in word):
                errs.append(f"{name}: kind {v} but source says {sent!r}")
        elif k == "template":
            if "统计表" not in ss or "历年累计" not in t:
                errs.append(f"{name}: template {v} from {sent!r}")
        elif v is None:
            if tag != "approx" or not APPROX.search(sent):
                errs.append(f"{name}: {k} null but no approximation in {sent!r}")
        elif tag == "approx":
            errs.append(f"{name}: {k} = {v} but its source is approximate (gold must be null): {sent!r}")
        elif v == 0:
            if tag != "zero" or not ZERO.search(sent):
                errs.append(f"{name}: {k} = 0 without a zero statement: {sent!r}")
        elif tag == "zero":
            errs.append(f"{name}: {k} = {v} but its source is a zero statement")
        elif v not in counts_in(ss):
            errs.append(f"{name}: {k} = {v} not printed in {sent!r}")
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
    p = plain_of(name)
    texts[name] = (p, squeeze(p))
    raw = open(name, encoding="utf-8", newline="").read()
    texts[name + "#raw"] = raw
    must(len(raw.encode("utf-8")) < 200_000 and not raw.startswith("\ufeff"), f"{name}: over 200 KB or a BOM")
texts[HOCR + "#lines"] = hocr_lines(texts[HOCR + "#raw"])
texts[PDFTK + "#fields"] = pdftk_fields(texts[PDFTK + "#raw"])
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
raw = texts[HOCR + "#raw"]
lines = texts[HOCR + "#lines"]
must(raw.count("class='ocr_page'") == 2 and "ocrx_word" in raw and "x_wconf" in raw, "danyu: two hOCR pages")
t = texts[HOCR][1]
must("137241" in t and any(w[-2:] == ["137", "241"] for _, w in lines), "danyu: 137 | 241 only apart as words")
must("丹峪县简塘乡人民政府" in t and "信尔申请" in t and "31明止" in t, "danyu: real OCR errors kept")
must("我乡公开政府信息104条" in t and "全年共主动公开政府信息1906条" in t and "不少于150条" in t, "danyu: distractors")
must(all(p == 2 for p, w in lines if w and w[-1:] == ["0"]), "danyu: table on page 2")

raw = texts[PDFTK + "#raw"]
f = texts[PDFTK + "#fields"]
must(raw.startswith("---\nFieldType: Text\nFieldName: dwmc\n"), "qinan: pdftk record layout")
must(f["zyqk"]["FieldMaxLength"] == "300" and f["zyqk"]["FieldValue"].endswith("广播电视设施设置审批事项1")
     and len(f["zyqk"]["FieldValue"]) == 300, "qinan: the summary cut at 300 characters inside 17")
must(f["tbrq"]["FieldValue"] == "2016年3月29日" and f["fbrq"]["FieldValue"] == "2016年3月25日", "qinan: two dates")
must(f["t01_lj"]["FieldValue"] == "2913" and f["t011_bnd"]["FieldValue"] == "452", "qinan: other table fields")
must(not re.search(r"[\u4e00-\u9fff]", "".join(f)), "qinan: field names are ASCII")

raw = texts[SQL + "#raw"]
rows = [l for l in raw.split("\n") if l.startswith("INSERT INTO cms_article")]
must(len(rows) == 3 and "VALUES(2731," in rows[2] and all("replace('" in r and "'\\n',char(10))" in r for r in rows),
     "sql: three articles on one line each, the report last, newlines as replace(…char(10))")
must("1,698条" in rows[0] and "超过2000条" in rows[1] and "1,698" not in rows[2], "sql: the other articles' figures")
must("2014-03-18 09:26:40" in rows[2] and "统计表.xls" in raw and "5,330条" in rows[2], "sql: pub_time, .xls, system total")

posts = weibo_posts(texts[WEIBO + "#raw"])
must(len(posts) == 3 and len(posts[1]["pics"].split(",")) == 9 and posts[1]["created_at"] == "2021-01-27",
     "weibo: three posts, nine pictures, posted 2021-01-27")
must("48,215条" in posts[0]["text"] and posts[0]["retweet"]["screen_name"] == "汭阳发布" and "9,614件" in posts[2]["text"],
     "weibo: the city's repost and the hotline post")
must('"text": "#汭阳政务公开# 【汭阳市交通运输局2020年' in texts[WEIBO + "#raw"] and "\\n" in texts[WEIBO + "#raw"],
     "weibo: the report is one JSON string with \\n escapes")

raw = texts[JIEDU + "#raw"]
must('<meta name="PubDate" content="2018-03-30 15:42" />' in raw and "发布日期：</td><td>2018-03-30" in raw,
     "guchuan: the page's own date")
must(raw.count("问") >= 7 and "2016年全县收取费用为1,615元" in raw and "县政府本级受理63件" in raw, "guchuan: Q&A, distractors")

t = texts[NPC][0]
must("2017年是7件" in t and "一共是86件" in t and "受理327件" in t and "五百多件" in t and "区政府本级新收申请74件" in t,
     "luxi: hearing distractors")
must("2019年1月17日" in t and t.count("2019-01-21") == 1, "luxi: meeting date and page date")

cells = nb_cells(texts[NB + "#raw"])
outs = json.dumps([c.get("outputs", []) for c in cells], ensure_ascii=False)
must("'受理': 486" in outs and "AttributeError" in outs and "\\u001b[" in outs and "8,911 ->   9,742" in outs
     and "(468, 14)" in outs, "kezhou: real outputs (dict, traceback, changes)")
must(isinstance(cells[1]["source"], list) and cells[1]["source"][0].startswith('report = """'), "kezhou: source lines")

units = xlf_units(texts[XLF + "#raw"])
tg = "\n".join(x for _, x, _ in units)
must(len(units) == 11 and "3,817" in tg and "3,871" not in tg.replace("原文为3,871", "") and "sixty-two" in tg,
     "xliff: the translation's 3,817 and figures in words")
must('source-language="en-US"' in texts[XLF + "#raw"] and 'state="needs-translation"' in texts[XLF + "#raw"],
     "xliff: po2xliff's labels")

raw = texts[MM + "#raw"]
must(raw.startswith('<map version="1.0.1">') and re.search(r"[\u4e00-\u9fff]", raw) is None and "&#x" in raw,
     "ruowan: FreeMind map, Chinese only as &#x; references")
t = texts[MM][1]
must("2023年:978条" in t and "36,208条" in t and "1,487件" in t and "全年36场" in t, "ruowan: distractors")

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
