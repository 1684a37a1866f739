#!/usr/bin/env python3
"""Check the hand-written gold of manifest.json against the files of set prose12 (stdlib only).

For every gold key, SOURCES gives the sentence (or table row, or slide card) the value was read from,
copied from the file.  The check decodes each form first — the CORRECTED report of the `git show`
diff (context and '+' lines), the pandoc markdown with the tracked changes ACCEPTED (insertions kept,
deletions and comments dropped), the subtitle text without cue numbers and time codes, the base64
text part of the mbox's second message, unrtf's HTML (entities decoded; tags dropped for sentences,
tags as `|` for table rows), the CSV's text column, the vertical page read one character a line
(running heads and page numbers dropped), the slides' text, the podcast page's report excerpt — then
NFKC-normalises and removes all white space, so a number cut by a line, a cue or a page is found
whole, and asserts the sentence is there.  It then asserts that the gold value is printed in that
sentence: Arabic (with or without a comma), Chinese numerals (两, 零, 〇, 万), uppercase financial
numerals (壹佰伍拾陆), a year or a date in Arabic or Chinese numerals, an agency in traditional
characters for the vertical page.  A table value must stand in the named column of its row, a slide
figure in the card position of its label.  A gold 0 must come from a zero statement, a gold null from
an approximate figure.  Then the sums, ratios and file-specific facts the notes rely on are checked,
and every gold key must be in the schema's vocabulary.

Run: python3 check.py            (exit status 1 on any failure)
     python3 check.py --mutate   (also alters every gold value one at a time; every change must fail)"""
import copy, csv, email, html, io, json, mailbox, os, re, sys, unicodedata

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

# key -> sentence, or (tag, ...): ("zero", s), ("approx", s), ("row", label, column 0 本年度 / 1 历年累计),
# ("card", slide number, [big figures in order], [labels in order], label)
SOURCES = {
 "qichuan-health-2017-git-show.txt": {
  "year": "本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止",
  "agency": "# 桤川市卫生和计划生育委员会2017年政府信息公开工作年度报告",
  "kind": "# 桤川市卫生和计划生育委员会2017年政府信息公开工作年度报告",
  "published": "桤川市卫生和计划生育委员会\n\n2018年3月20日",
  "narrative.active_total": "全年共主动公开政府信息1,186条，比2016年的1,035条增加151条，增长14.6%",
  "narrative.interpretations": "全年发布政策解读9篇",
  "narrative.press_conferences": "召开新闻发布会4场",
  "narrative.new_media_posts": "政务新媒体共发布信息1,659条，其中“桤川健康”微信公众号612条、官方微博1,047条",
  "narrative.applications_received": "全年共新收政府信息公开申请44件，其中当面申请11件、网络申请27件、信函申请6件；另有2016年结转申请3件",
  "narrative.applications_completed": "截至2017年12月31日，已答复45件",
  "narrative.applications_carried_forward": "2件因需征求第三方意见，结转至2018年继续办理",
  "narrative.fees_collected": ("zero", "本年度我委依申请提供政府信息，未收取检索、复制、邮寄等任何费用"),
  "narrative.reviews": "全年因政府信息公开申请行政复议1件，经市人民政府复议维持原答复",
  "narrative.lawsuits": ("zero", "未发生因政府信息公开提起行政诉讼的情况"),
  "narrative.npc_suggestions": "本年度我委共承办市人大代表建议21件",
  "narrative.cppcc_proposals": "市政协提案26件",
 },
 "jiekou-hrss-2021-docx-track-changes-pandoc.md": {
  "year": "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止",
  "agency": "title: 漈口县人力资源和社会保障局2021年政府信息公开工作年度报告",
  "kind": "title: 漈口县人力资源和社会保障局2021年政府信息公开工作年度报告",
  "published": "漈口县人力资源和社会保障局\n\n2022年1月20日",
  "narrative.active_total": "主动公开政府信息826条，其中就业创业类214条、社会保险类303条、人才人事类121条、劳动关系类97条、其他91条",
  "narrative.interpretations": "发布政策解读5篇",
  "narrative.new_media_posts": ("approx", "\"漈口人社\"微信公众号全年推送信息300余条"),
  "narrative.applications_received": "全年共受理政府信息公开申请21件，其中本年新收19件、上年结转2件",
  "narrative.applications_completed": "办结20件，其中予以公开9件、部分公开3件、无法提供6件、不予处理2件",
  "narrative.applications_carried_forward": "结转下年度继续办理1件",
  "narrative.reviews": "本年度因政府信息公开工作被申请行政复议1件，结果维持",
  "narrative.lawsuits": ("zero", "未发生因政府信息公开工作被提起行政诉讼的情况"),
  "narrative.fees_collected": ("zero", "本年度我局未收取信息处理费"),
  "narrative.npc_suggestions": "全年承办县人大代表建议4件",
  "narrative.cppcc_proposals": "县政协提案7件，办理结果均已公开",
 },
 "yunzhou-province-2016-press-conference.srt": {
  "year": "省政府门户网站全文发布了\n《沄州省2016年政府信息公开工作年度报告》",
  "agency": "欢迎参加沄州省人民政府\n新闻办公室新闻发布会",
  "kind": "《沄州省2016年政府信息公开工作年度报告》",
  "published": "2017年3月28日，\n\n省政府门户网站全文发布了\n《沄州省2016年政府信息公开工作年度报告》",
  "narrative.active_total": "全省各级行政机关\n共主动公开政府信息\n一百二十六万\n四千三百一十七条，",
  "narrative.press_conferences": "全省共召开新闻发布会\n四百一十二场，",
  "narrative.interpretations": "发布政策解读稿件1536篇，",
  "narrative.new_media_posts": ("approx", "政务微博、微信公众号\n共发布信息三十八万余条。"),
  "narrative.applications_received": "其中本年新收八千四百一十七件，",
  "narrative.applications_completed": "已办结八千三百九十件，",
  "narrative.applications_carried_forward": "结转下年度继续办理\n二百六十二件，",
  "narrative.fees_collected": "全省共收取检索、复制、\n邮寄费用四千二百六十元。",
  "narrative.reviews": "全省因政府信息公开\n申请行政复议三百零七件，",
  "narrative.lawsuits": "提起行政诉讼一百九十二件。",
  "narrative.npc_suggestions": "省人大代表建议六百七十二件，",
  "narrative.cppcc_proposals": "省政协提案八百零五件，",
 },
 "maoshan-district-2012-mailbox.mbox": {
  "year": "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止",
  "agency": "泷湾市茆山区人民政府2012年政府信息公开工作年度报告\n\n根据",
  "kind": "泷湾市茆山区人民政府2012年政府信息公开工作年度报告\n\n根据",
  "published": "泷湾市茆山区人民政府\n2013年3月15日",
  "narrative.active_total": "2012年，全区共主动公开政府信息5,318条，比上年增长29.8%（2011年为4,097条）",
  "narrative.applications_received": "全年全区共收到政府信息公开申请63件，其中当面申请21件、网上申请35件、信函申请7件",
  "narrative.applications_completed": "已答复61件，其中同意公开38件，同意部分公开9件，不予公开5件，信息不存在6件，非本机关掌握3件",
  "narrative.applications_carried_forward": "另有2件正在办理中，将于2013年1月法定期限内答复",
  "narrative.fees_collected": "全年依申请提供政府信息共收取检索、复制费用人民币壹佰伍拾陆元整，无减免情况",
  "narrative.reviews": "全年全区因政府信息公开被申请行政复议1件，经市政府复议，维持原答复",
  "narrative.lawsuits": ("zero", "未发生因政府信息公开提起行政诉讼的情况，无申诉"),
  "narrative.npc_suggestions": "区政府系统共办理区人大代表建议八十七件",
  "narrative.cppcc_proposals": "区政协委员提案一百零二件",
 },
 "yuntang-water-2013-wps-rtf-unrtf.html": {
  "year": "本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止",
  "agency": "筠塘县水利局2013年政府信息公开工作年度报告根据",
  "kind": "筠塘县水利局2013年政府信息公开工作年度报告根据",
  "template": "附表：筠塘县水利局2013年度政府信息公开情况统计表",
  "published": "筠塘县水利局\n2014年3月14日",
  "active.total": ("row", "一、主动公开政府信息数", 0),
  "applications.new.total": ("row", "二、收到申请数", 0),
  "applications.processed.total": ("row", "三、对申请的答复数", 0),
  "applications.granted.total": ("row", "1.同意公开答复数", 0),
  "applications.partial.total": ("row", "2.同意部分公开答复数", 0),
  "legacy.denied": ("row", "3.不予公开答复数", 0),
  "legacy.not_exist": ("row", "4.“信息不存在”答复数", 0),
  "legacy.not_ours": ("row", "5.“非本机关掌握”答复数", 0),
  "appeals.review.total": ("row", "四、行政复议数", 0),
  "appeals.suit.total": ("row", "五、行政诉讼数", 0),
  "legacy.complaints": ("row", "六、举报投诉数", 0),
  "legacy.fees_yuan": ("row", "七、依申请公开收取费用", 0),
  "legacy.cumulative.denied": ("row", "3.不予公开答复数", 1),
  "legacy.cumulative.not_exist": ("row", "4.“信息不存在”答复数", 1),
  "legacy.cumulative.not_ours": ("row", "5.“非本机关掌握”答复数", 1),
  "legacy.cumulative.complaints": ("row", "六、举报投诉数", 1),
  "legacy.cumulative.fees_yuan": ("row", "七、依申请公开收取费用", 1),
  "narrative.active_total": "全年主动公开政府信息312条，比2012年的278条增加34条",
  "narrative.applications_received": "全年共收到政府信息公开申请9件，其中当面申请4件、网上申请5件，均已按期答复",
  "narrative.applications_completed": "全年共收到政府信息公开申请9件，其中当面申请4件、网上申请5件，均已按期答复",
  "narrative.applications_carried_forward": ("zero", "无结转下年度办理的申请"),
  "narrative.fees_collected": ("zero", "本年度我局依申请提供政府信息，未收取任何费用"),
  "narrative.reviews": ("zero", "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况"),
  "narrative.lawsuits": ("zero", "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况"),
  "narrative.npc_suggestions": "本年度我局承办县人大代表建议5件",
  "narrative.cppcc_proposals": "县政协提案8件，均已按期办结并公开办理结果",
 },
 "xingqiao-street-2023-summary-sentences.csv": {
  "year": "鹭汀区荇桥街道办事处二〇二三年政务公开工作总结",
  "agency": "鹭汀区荇桥街道办事处二〇二三年政务公开工作总结",
  "kind": "鹭汀区荇桥街道办事处二〇二三年政务公开工作总结",
  "published": "荇桥街道办事处\n二〇二三年十二月二十六日",
  "narrative.active_total": "主动公开政务信息一千零四十七条，较二〇二二年的九百零八条增长百分之十五点三",
  "narrative.new_media_posts": ("approx", "“荇桥发布”微信公众号全年推送稿件二百余篇"),
  "narrative.interpretations": ("approx", "组织“政策进社区”解读活动十几场"),
  "narrative.applications_received": "全年新收政府信息公开申请十二件，较上年的七件增加五件",
  "narrative.applications_completed": "办结十一件，其中予以公开五件、部分公开两件、无法提供三件、不予处理一件",
  "narrative.applications_carried_forward": "另有一件因需征求第三方意见依法延期，将于二〇二四年一月答复",
  "narrative.reviews": ("zero", "全年未发生因政府信息公开引起的行政复议、行政诉讼"),
  "narrative.lawsuits": ("zero", "全年未发生因政府信息公开引起的行政复议、行政诉讼"),
  "narrative.fees_collected": ("zero", "依申请公开办理未收取任何费用"),
  "narrative.npc_suggestions": "承办区人大代表建议两件",
  "narrative.cppcc_proposals": "区政协提案三件，均已办结并公开答复",
 },
 "laixi-township-2014-qiaokan-vertical-hant-pdftotext-raw.txt": {
  "year": "本報告中所列數據的統計期限自二〇一四年一月一日起至二〇一四年十二月三十一日止",
  "agency": "鰲坑縣瀨溪鄉人民政府二〇一四年政府信息公開工作年度報告",
  "kind": "鰲坑縣瀨溪鄉人民政府二〇一四年政府信息公開工作年度報告",
  "published": "瀨溪鄉人民政府二〇一五年三月十八日",
  "narrative.active_total": "全年主動公開政府信息一百二十六條，比上年增加十九條",
  "narrative.applications_received": "全年共受理政府信息公開申請三件，均爲村民當面申請",
  "narrative.applications_completed": "全年共受理政府信息公開申請三件，均爲村民當面申請，內容涉及宅基地審批和僑房政策落實，均已在法定期限內答覆",
  "narrative.applications_carried_forward": ("zero", "無轉入下年度辦理的申請"),
  "narrative.fees_collected": ("zero", "本年度未收取任何費用"),
  "narrative.reviews": ("zero", "本年度未發生因政府信息公開申請行政複議、提起行政訴訟的情況"),
  "narrative.lawsuits": ("zero", "本年度未發生因政府信息公開申請行政複議、提起行政訴訟的情況"),
  "narrative.npc_suggestions": "本年度辦理縣人大代表建議兩件",
 },
 "hengxi-eco-2019-summary-slides-pdftotext.txt": {
  "year": "2019年政务公开工作汇报\n珩溪市生态环境局",
  "agency": "2019年政务公开工作汇报\n珩溪市生态环境局",
  "kind": "2019年政务公开工作汇报\n珩溪市生态环境局",
  "published": "汇报人：局办公室 孙雅婷\n2020年1月10日",
  "narrative.active_total": ("card", 4, ["1,532", "14", "6", "486"],
                             ["主动公开信息（条）", "政策解读（篇）", "新闻发布会（场）", "微信推送（篇）"], "主动公开信息（条）"),
  "narrative.interpretations": ("card", 4, ["1,532", "14", "6", "486"],
                                ["主动公开信息（条）", "政策解读（篇）", "新闻发布会（场）", "微信推送（篇）"], "政策解读（篇）"),
  "narrative.press_conferences": ("card", 4, ["1,532", "14", "6", "486"],
                                  ["主动公开信息（条）", "政策解读（篇）", "新闻发布会（场）", "微信推送（篇）"], "新闻发布会（场）"),
  "narrative.new_media_posts": ("card", 4, ["1,532", "14", "6", "486"],
                                ["主动公开信息（条）", "政策解读（篇）", "新闻发布会（场）", "微信推送（篇）"], "微信推送（篇）"),
  "narrative.applications_received": "其中新收27件 · 上年结转3件",
  "narrative.applications_completed": ("card", 5, ["30", "28", "2", "100%"],
                                       ["受理申请（件）", "办结（件）", "结转2020年办理（件）", "按期答复率"], "办结（件）"),
  "narrative.applications_carried_forward": ("card", 5, ["30", "28", "2", "100%"],
                                             ["受理申请（件）", "办结（件）", "结转2020年办理（件）", "按期答复率"],
                                             "结转2020年办理（件）"),
  "narrative.reviews": ("card", 6, ["1", "0", "0元"], ["行政复议（件）", "行政诉讼（件）", "信息处理费"], "行政复议（件）"),
  "narrative.lawsuits": ("card", 6, ["1", "0", "0元"], ["行政复议（件）", "行政诉讼（件）", "信息处理费"], "行政诉讼（件）"),
  "narrative.fees_collected": ("zero", "全年未收取任何费用"),
  "narrative.npc_suggestions": "人大代表建议12件",
  "narrative.cppcc_proposals": "政协提案19件",
 },
 "qishan-county-2024-podcast-shownotes.html": {
  "year": "2024年，全县各级行政机关主动公开政府信息4,873条",
  "agency": "《萁山县人民政府2024年政府信息公开工作年度报告》",
  "kind": "《萁山县人民政府2024年政府信息公开工作年度报告》",
  "published": "报告原文：萁山县人民政府门户网站 → 政府信息公开 → 年度报告（2025年1月22日发布）",
  "narrative.active_total": "全县各级行政机关主动公开政府信息4,873条，其中县政府门户网站发布2,961条",
  "narrative.press_conferences": "全年召开新闻发布会7场",
  "narrative.interpretations": "发布政策解读42篇（其中图解、视频解读19篇）",
  "narrative.applications_received": "全年新收政府信息公开申请168件，上年结转11件",
  "narrative.applications_completed": "办结170件",
  "narrative.applications_carried_forward": "结转下年度继续办理9件",
  "narrative.fees_collected": "全年共向2名申请人收取信息处理费500元",
  "narrative.reviews": "因政府信息公开工作被申请行政复议6件",
  "narrative.lawsuits": "被提起行政诉讼3件",
  "narrative.npc_suggestions": "全年县政府系统承办县人大代表建议56件、县政协提案71件",
  "narrative.cppcc_proposals": "全年县政府系统承办县人大代表建议56件、县政协提案71件",
 },
}

SUMS = [
 ("qichuan", [86, 127, 41, 538, 394], 1186), ("qichuan old", [86, 127, 41, 520, 394], 1168),
 ("qichuan", [11, 27, 6], 44), ("qichuan old", [12, 29, 6], 47), ("qichuan", [29, 5, 4, 4, 3], 45),
 ("qichuan", [44, 3, -45], 2), ("qichuan", [1186, -1035], 151), ("qichuan", [612, 1047], 1659),
 ("jiekou", [214, 303, 121, 97, 91], 826), ("jiekou", [9, 3, 6, 2], 20), ("jiekou", [19, 2, -20], 1),
 ("jiekou draft", [17, 2, -18], 1),
 ("yunzhou", [8417, 235], 8652), ("yunzhou", [8390, 262], 8652), ("yunzhou", [8417, -6305], 2112),
 ("maoshan", [1207, 3426, 685], 5318), ("maoshan", [21, 35, 7], 63), ("maoshan", [38, 9, 5, 6, 3], 61),
 ("maoshan", [61, 2], 63),
 ("yuntang", [298, 14], 312), ("yuntang", [23, 37, 104, 86, 62], 312), ("yuntang", [312, -278], 34),
 ("yuntang", [6, 1, 1, 1, 0], 9), ("yuntang cum", [39, 5, 4, 3, 1], 52), ("yuntang", [4, 5], 9),
 ("xingqiao", [5, 2, 3, 1], 11), ("xingqiao", [11, 1], 12), ("xingqiao", [12, -7], 5),
 ("laixi", [98, 28], 126), ("laixi", [2, 1], 3),
 ("hengxi", [15, 4, 6, 3], 28), ("hengxi", [27, 3, -28], 2), ("hengxi", [12, 19], 31),
 ("qishan", [168, 11, -170], 9), ("qishan", [4, 1, 1], 6), ("qishan", [2, 1], 3), ("qishan", [4873, -412], 4461),
 ("qishan", [168, -152], 16),
]
RATIOS = [(1186, 1035, 14.6), (1168, 1035, 12.9), (826, 731, 13.0), (5318, 4097, 29.8), (1047, 908, 15.3),
          (1532, 1361, 12.6)]  # (value, last year's, printed change %)
SHARES = [(73, 170, 42.9)]

ZERO = re.compile(r"未|无|無|均为零|(?<![\d.])0(?![\d.])")
APPROX = re.compile(r"余|餘|约|約|多|几|幾|近|逾|左右")
CNDIG = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
         "九": 9}
CNUNIT = {"十": 10, "百": 100, "千": 1000}
DAXIE = str.maketrans("零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "零一二二三三四五六六七八九十百千")
T2S = str.maketrans("鰲縣瀨鄉開報數據統計與門業", "鳌县濑乡开报数据统计与门业")
CN = "〇一二三四五六七八九"


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def squeeze(s):
    return re.sub(r"\s", "", nfkc(s))


def strip_html(raw, cells=False):
    t = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", raw, flags=re.S | re.I)
    t = re.sub(r"<head>.*?</head>", "", t, flags=re.S | re.I)
    t = re.sub(r"<[^>]+>", "|" if cells else "", t)
    return html.unescape(t)


def git_version(raw, keep):
    """the file as it stands after (keep '+') or before (keep '-') the commit, from a full-context diff"""
    body = raw.split("\n@@ ", 1)[1].split("\n", 1)[1]
    out = []
    for line in body.split("\n"):
        if line[:1] == " " or line[:1] == keep:
            out.append(line[1:])
        elif line == "":
            out.append("")
    return "\n".join(out)


def pandoc_version(raw, accept=True):
    t = re.sub(r"\[([^\]]*)\]\{\.comment-start[^}]*\}", "", raw)
    t = re.sub(r"\[\]\{\.comment-end[^}]*\}", "", t)
    drop, keep = ("deletion", "insertion") if accept else ("insertion", "deletion")
    t = re.sub(r"\[([^\]]*)\]\{\.%s[^}]*\}" % drop, "", t)
    return re.sub(r"\[([^\]]*)\]\{\.%s[^}]*\}" % keep, r"\1", t)


def srt_text(raw):
    out = []
    for line in raw.replace("\r\n", "\n").split("\n"):
        if re.fullmatch(r"\d+", line) or "-->" in line:
            continue
        out.append(line)
    return "\n".join(out)


def mbox_report(name):
    msgs = list(mailbox.mbox(name))
    assert len(msgs) == 4, len(msgs)
    parts = [p for p in msgs[1].walk() if p.get_content_type() == "text/plain"]
    assert len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
    return parts[0].get_payload(decode=True).decode("utf-8")


def mbox_others(name):
    out = []
    for i, m in enumerate(mailbox.mbox(name)):
        if i != 1:
            out.append(m.get_payload(decode=True).decode("utf-8"))
    return "\n".join(out)


def vertical_text(raw):
    out = []
    for line in raw.split("\n"):
        line = line.replace("\f", "")
        if "瀨溪鄉訊" in line or re.fullmatch(r"— \d+ —", line):
            continue
        out.append(line)
    return "".join(out)


def csv_text(raw):
    rows = list(csv.DictReader(io.StringIO(raw)))
    return "\n".join(r["text"] for r in rows)


def plain_of(name):
    raw = open(name, "rb").read().decode("utf-8") if not name.endswith(".mbox") else None
    if name.endswith(".mbox"):
        return mbox_report(name)
    if name.endswith("git-show.txt"):
        return git_version(raw, "+")
    if name.endswith(".md"):
        return pandoc_version(raw)
    if name.endswith(".srt"):
        return srt_text(raw)
    if name.endswith(".csv"):
        return csv_text(raw)
    if "vertical" in name:
        return vertical_text(raw)
    if name.endswith(".html"):
        return strip_html(raw)
    return raw


def cn_parse(s):
    """every run of Chinese numerals in s, as integers (两 = 2, 零/〇 as place holders, 万)"""
    out = set()
    for run in re.findall(r"[〇零一二两兩三四五六七八九十百千万]+", s.translate(DAXIE)):
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


def numbers_in(s):
    return {float(m.group(0).replace(",", "")) for m in re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s)}


UNIT = "件条條篇场場次元项項"


def counts_in(s):
    """the figures of s that are counts: a number (Arabic, Chinese or uppercase) directly before a unit"""
    s = s.translate(DAXIE)
    out = {float(m.group(1).replace(",", "")) for m in re.finditer(
        r"(\d{1,3}(?:,\d{3})+|\d+)(?=[%s])" % UNIT, s)}
    for m in re.finditer(r"([〇零一二两兩三四五六七八九十百千万]+)(?=[%s])" % UNIT, s):
        out |= cn_parse(m.group(1))
    return out


def cn_small(n):
    return CN[n] if n < 10 else ("十" if n // 10 == 1 else CN[n // 10] + "十") + (CN[n % 10] if n % 10 else "")


def year_forms(y):
    return {str(y), "".join(CN[int(c)] for c in str(y))}


def date_forms(d):
    y, m, dd = (int(x) for x in d.split("-"))
    return {f"{yy}年{mm}月{ddd}日" for yy in year_forms(y) for mm, ddd in ((m, dd), (cn_small(m), cn_small(dd)))}


def row_values(cells_text, label):
    """(本年度, 历年累计) of the unrtf table row named `label` (tags turned into `|`)"""
    t = squeeze(cells_text)
    lab = squeeze(label)
    if t.count(lab) != 1:
        return None
    toks = [x for x in t[t.index(lab) + len(lab):].split("|") if x][:3]
    if len(toks) < 3 or toks[0] not in ("条", "件", "元"):
        return None
    return toks[1], toks[2]


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
            vals = row_values(texts[name + "#cells"], s[1])
            if vals is None:
                errs.append(f"{name}: {k}: row {s[1]} not found")
            elif v is None or float(vals[s[2]]) != v:
                errs.append(f"{name}: {k} = {v} but the row {s[1]} column {s[2]} says {vals[s[2]]}")
            continue
        if tag == "card":
            _, slide, nums, labels, label = s
            page = squeeze(texts[name + "#raw"].split("\f")[slide - 1].replace("\n", "¶"))
            if squeeze("¶¶".join(nums)) not in page or squeeze("¶¶".join(labels)) not in page:
                errs.append(f"{name}: {k}: cards not on slide {slide}")
                continue
            big = nums[labels.index(label)]
            if v is None or float(big.replace(",", "").replace("元", "")) != v:
                errs.append(f"{name}: {k} = {v} but the card {label} says {big}")
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
            st = ss.translate(T2S)
            if not isinstance(v, str) or not re.search(re.escape(v) + r"(?=\d|[〇二]|新闻办公室|$)", st):
                errs.append(f"{name}: agency {v} not in {sent!r} (followed by a year)")
        elif k == "kind":
            word = {"work_summary": ("工作总结", "工作汇报"), "annual_report": ("工作年度报告",)}.get(v, ("\0",))
            if not any(w in ss.translate(T2S) for w in word):
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
    if not name.endswith(".mbox"):
        texts[name + "#raw"] = open(name, encoding="utf-8", newline="").read()
    if name.endswith("unrtf.html"):
        texts[name + "#cells"] = strip_html(open(name, encoding="utf-8").read(), cells=True)
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
raw = texts["qichuan-health-2017-git-show.txt#raw"]
old = squeeze(git_version(raw, "-"))
must(raw.startswith("commit ") and "\n-全年共主动公开政府信息1,168条" in raw and "\n+全年共主动公开政府信息1,186条" in raw,
     "qichuan: the diff must show 1,168 removed and 1,186 added")
must(raw.index("\n-全年共受理政府信息公开申请47件") < raw.index("\n+全年共新收政府信息公开申请44件"),
     "qichuan: the old line comes first")
must("1,168" not in texts["qichuan-health-2017-git-show.txt"][1] and "受理政府信息公开申请47件" in old
     and "行政复议2件" in old, "qichuan: old figures only in '-' lines")
must("1168→1186" in raw, "qichuan: the commit message carries figures")

raw = texts["jiekou-hrss-2021-docx-track-changes-pandoc.md#raw"]
draft = squeeze(pandoc_version(raw, accept=False))
must(all(squeeze(x) in draft for x in ("主动公开政府信息862条", "本年新收17件", "提起行政诉讼1件，尚未审结", "2022年1月18日")), "jiekou: the draft figures stay in the deletions")
must("[862]{.deletion" in raw and "[826]{.insertion" in raw and raw.index("[862]") < raw.index("[826]"),
     "jiekou: deletion before insertion")
must("2020年为731条" in raw and "2020年11月立案" in raw, "jiekou: comment distractors")
must(not re.search(r"\|", raw) and "附表以Excel格式另行报送" in raw, "jiekou: no tables in the file")

raw = texts["yunzhou-province-2016-press-conference.srt#raw"]
must(raw.count("\r\n") > 100 and re.search(r"一百二十六万\r\n\r\n\d+\r\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\r\n四千三百一十七条",
                                            raw), "yunzhou: 一百二十六万 | 四千三百一十七条 cut by a cue")
t = texts["yunzhou-province-2016-press-conference.srt"][1]
must("六千三百零五件" in t and "两千多件" in t and "一百零二万件次" in t and "其中以省政府为被申请人的行政复议两件" in t,
     "yunzhou: distractors")
must(1264317 in cn_parse("一百二十六万四千三百一十七") and 2 in cn_parse("两件") and 23612 in cn_parse("两万三千六百一十二"),
     "cn_parse self-test")

others = squeeze(mbox_others("maoshan-district-2012-mailbox.mbox"))
must("31,426条" in others and "1,203件" in others and "5,318" not in others and "3月28日前" in others,
     "maoshan: the other messages carry other figures only")
t = texts["maoshan-district-2012-mailbox.mbox"][1]
must("累计主动公开政府信息21,460条" in t and "累计受理政府信息公开申请213件" in t, "maoshan: cumulative sums")
must(156 in cn_parse("壹佰伍拾陆") and "156" not in t, "maoshan: the fee only in uppercase numerals")
rawb = open("maoshan-district-2012-mailbox.mbox", "rb").read()
must(b"\xe5\xa3\xb9" not in rawb and rawb.count(b"\nFrom ") == 3 and rawb.startswith(b"From "),
     "maoshan: mbox of 4 messages, the report base64-encoded")

raw = texts["yuntang-water-2013-wps-rtf-unrtf.html#raw"]
must(raw.isascii() and "&#31584;&#22616;" in raw, "yuntang: Chinese only as character references")
must("<title>筠塘县水利局2012年政府信息公开工作年度报告</title>" in html.unescape(raw), "yuntang: the stale 2012 <title>")
must("creation date: 11 March 2013" in raw and "revision date: 14 March 2014" in raw, "yuntang: RTF dates")

raw = texts["xingqiao-street-2023-summary-sentences.csv#raw"]
rows = list(csv.reader(io.StringIO(raw)))
must(rows[0] == ["doc_id", "para_id", "sent_id", "char_start", "char_end", "text", "ner"] and len(rows) > 25,
     "xingqiao: CSV header")
doc = open("src/xingqiao/summary.txt", encoding="utf-8").read()
must(all(doc[int(r[3]):int(r[4])].strip() == r[5] for r in rows[1:]), "xingqiao: offsets")
t = texts["xingqiao-street-2023-summary-sentences.csv"][1]
must(not re.search(r"\d", t.replace("12345", "")), "xingqiao: no Arabic figure in the text column but 12345")
must("四百六十件次" in t and "六千二百零四件" in t and "无上年结转申请" in t, "xingqiao: distractors")

raw = texts["laixi-township-2014-qiaokan-vertical-hant-pdftotext-raw.txt#raw"]
lines = [l for l in raw.split("\n") if l and "瀨溪鄉訊" not in l and not re.fullmatch(r"\f?— \d+ —", l)]
must(sum(len(l.replace("\f", "")) == 1 for l in lines) > 0.98 * len(lines), "laixi: one character a line")
must("︒" in raw and "︐" in raw and "。" not in raw, "laixi: vertical punctuation forms")
t = texts["laixi-township-2014-qiaokan-vertical-hant-pdftotext-raw.txt"][1]
must(re.search(r"\d", t) is None, "laixi: no Arabic digit in the body")
must("二〇一三年,本鄉收到政府信息公開申請一件" in t and "四十七件次" in t and "港幣二十萬元" in t, "laixi: distractors")
must(raw.count("\f") == 2 and "— 6 —" in raw, "laixi: two pages with page numbers")

raw = texts["hengxi-eco-2019-summary-slides-pdftotext.txt#raw"]
must(raw.count("\f") == 10, "hengxi: ten slides")
must("1,532\n1,361\n1,204" in raw and "3,418条" in raw and "1,127件" in raw, "hengxi: chart and distractors")

raw = texts["qishan-county-2024-podcast-shownotes.html#raw"]
bq = squeeze(strip_html(raw.split("<blockquote>")[1].split("</blockquote>")[0]))
for k, s in SOURCES["qishan-county-2024-podcast-shownotes.html"].items():
    if k.startswith("narrative.") or k == "year":
        must(squeeze(s) in bq, f"qishan: {k} source outside the report excerpt")
must("比2023年的152件多了16件" in raw and "2025-02-08" in raw, "qishan: time-axis distractors")

print(f"{len(man)} files, {nkeys} gold keys ({nnull} null), {fails} failures")

if "--mutate" in sys.argv:
    def variants(k, v):
        if k == "year":
            return [v + 1, v - 1]
        if k == "published":
            y, m, d = v.split("-")
            return [f"{y}-{m}-{int(d) + 1:02d}", f"{int(y) + 1}-{m}-{d}"]
        if k == "agency":
            return [v[:-1], v + "办公室"]
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
