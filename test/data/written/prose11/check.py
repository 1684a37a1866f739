#!/usr/bin/env python3
"""Check the hand-written gold of manifest.json against the files of set prose11 (stdlib only).

For every gold key, SOURCES gives the sentence (table row, chat line run, footnote) the value was read
from, copied from the file.  The check re-reads the file and decodes its form first: the WARC's
response record (HTTP payload, HTML tags stripped, `</td>` kept as a cell separator), the e-mail's
text/plain part (quoted-printable, GBK), the Discuz print page (tags and entities).  It removes all
white space, so a number cut over wrapped lines (`1,2` / `84条`, `64` / `件`) or a page break is
found whole, and asserts the sentence is there.  It then asserts that the gold value is printed in
that sentence: Arabic (with or without a comma), Chinese numerals, a year as 二〇一一 / 二00九 (〇 ○ 0
O), a date in Arabic or Chinese numerals, an agency in traditional characters for the Taiwan copy.
A table value must stand in the named column of its row.  A gold 0 must come from a zero statement
or a 0 cell; a gold null from an approximate figure.  Then the file-specific facts the notes rely on
(where a figure stands, what is NOT printed) and every sum are checked, and every gold key must be
in the schema's vocabulary.
Run: python3 check.py   (exit status 1 on any failure)"""
import email, html, json, os, re, sys

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

# key -> sentence, or (tag, sentence[, extra]); tags: zero, approx, row (extra = column: 0 本年度, 1 历年累计)
SOURCES = {
 "cenyuan-civil-affairs-2011-wget.warc": {
  "year": "本报告中所列数据的统计期限自二〇一一年一月一日起至二〇一一年十二月三十一日止",
  "agency": "岑源县民政局二〇一一年度政府信息公开工作年度报告",
  "kind": "岑源县民政局二〇一一年度政府信息公开工作年度报告",
  "template": "附表：岑源县民政局二〇一一年度政府信息公开情况统计表",
  "published": "岑源县民政局二〇一二年三月二十六日",
  "active.total": ("row", "一、主动公开政府信息数", 0),
  "applications.new.total": ("row", "二、受理申请总数", 0),
  "applications.processed.total": ("row", "三、对申请的答复总数", 0),
  "applications.granted.total": ("row", "其中：1.同意公开答复数", 0),
  "applications.partial.total": ("row", "2.同意部分公开答复数", 0),
  "legacy.denied": ("row", "3.否决公开答复总数", 0),
  "legacy.not_exist": ("row", "其中：（1）“信息不存在”数", 0),
  "legacy.not_ours": ("row", "（2）“非本部门掌握”数", 0),
  "legacy.unclear": ("row", "（3）“申请内容不明确”数", 0),
  "appeals.review.total": ("row", "四、行政复议数", 0),
  "appeals.suit.total": ("row", "五、行政诉讼数", 0),
  "legacy.complaints": ("row", "六、行政申诉数", 0),
  "legacy.fees_yuan": ("row", "七、依申请公开收取费用", 0),
  "legacy.cumulative.denied": ("row", "3.否决公开答复总数", 1),
  "legacy.cumulative.not_exist": ("row", "其中：（1）“信息不存在”数", 1),
  "legacy.cumulative.not_ours": ("row", "（2）“非本部门掌握”数", 1),
  "legacy.cumulative.unclear": ("row", "（3）“申请内容不明确”数", 1),
  "legacy.cumulative.complaints": ("row", "六、行政申诉数", 1),
  "legacy.cumulative.fees_yuan": ("row", "七、依申请公开收取费用", 1),
  "narrative.active_total": "全年共主动公开政府信息426条，比上年增加58条",
  "narrative.applications_received": "全年共受理政府信息公开申请37件，比上年增加12件",
  "narrative.applications_completed": "截至二〇一一年十二月三十一日，已答复35件",
  "narrative.applications_carried_forward": "另有2件因申请时间临近年底，结转至下年度继续办理",
  "narrative.fees_collected": ("zero", "本年度我局对依申请提供的政府信息未收取检索、复制、邮寄等任何费用"),
  "narrative.reviews": "本年度，因政府信息公开申请行政复议1件，经县人民政府复议，维持我局原答复",
  "narrative.lawsuits": ("zero", "未发生因政府信息公开提起行政诉讼的情况"),
  "narrative.npc_suggestions": "本年度我局共承办县人大代表建议14件",
  "narrative.cppcc_proposals": "县政协委员提案19件",
 },
 "lanyu-emergency-2021-gbk-qp.eml": {
  "year": "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止",
  "agency": "枫港市蓝屿区应急管理局2021年政府信息公开工作年度报告",
  "kind": "枫港市蓝屿区应急管理局2021年政府信息公开工作年度报告",
  "published": "枫港市蓝屿区应急管理局\n2022年1月18日",
  "narrative.active_total": "主动公开政府信息318条",
  "narrative.interpretations": "发布政策解读7篇",
  "narrative.new_media_posts": ("approx", "“蓝屿应急”微信公众号全年推送信息近300条"),
  "narrative.applications_received": "全年新收政府信息公开申请12件，上年结转1件",
  "narrative.applications_completed": "截至12月31日共办结13件",
  "narrative.applications_carried_forward": ("zero", "本年度无结转下年度继续办理的申请"),
  "narrative.reviews": "本年度我局因政府信息公开工作被申请行政复议1件，复议机关维持我局原答复",
  "narrative.lawsuits": "被提起行政诉讼1件，目前尚未审结",
  "narrative.fees_collected": ("zero", "本年度我局未收取信息处理费"),
  "narrative.npc_suggestions": "本年度我局承办区人大代表建议3件",
  "narrative.cppcc_proposals": "区政协提案5件",
 },
 "baizhou-mingxi-eco-2020-discuz-print.html": {
  "year": "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止",
  "agency": "柏州市生态环境局茗溪分局2020年政府信息公开工作年度报告",
  "kind": "柏州市生态环境局茗溪分局2020年政府信息公开工作年度报告",
  "published": "柏州市生态环境局茗溪分局2021年1月25日",
  "narrative.active_total": "全年主动公开政府信息482条，同比增长14.8%",
  "narrative.press_conferences": "全年召开新闻发布会2场",
  "narrative.interpretations": "发布政策解读4篇",
  "narrative.new_media_posts": "“茗溪生态环境”微信公众号发布信息213条",
  "narrative.applications_received": "全年新收政府信息公开申请15件，较上年增加6件；上年结转2件",
  "narrative.applications_completed": "全年共办结16件",
  "narrative.applications_carried_forward": "结转下年度继续办理1件",
  "narrative.reviews": "本年度因政府信息公开被申请行政复议2件，其中结果维持1件、结果纠正1件",
  "narrative.lawsuits": "被提起行政诉讼1件，法院判决驳回原告诉讼请求",
  "narrative.fees_collected": ("zero", "本年度我分局未收取政府信息公开相关费用"),
  "narrative.npc_suggestions": "本年度承办县人大代表建议6件",
  "narrative.cppcc_proposals": "县政协提案9件",
 },
 "jihai-ocean-fishery-2013-tw-portal-hant.txt": {
  "year": "本報告中所列資料的統計期限自2013年1月1日起至2013年12月31日止",
  "agency": "霽海市海洋與漁業局2013年政府資訊公開工作年度報告",
  "kind": "霽海市海洋與漁業局2013年政府資訊公開工作年度報告",
  "published": "霽海市海洋與漁業局\n2014年3月24日",
  "narrative.active_total": "全年共主動公開政府資訊1,236條",
  "narrative.press_conferences": "全年召開新聞釋出會3場",
  "narrative.interpretations": "釋出政策解讀材料5篇",
  "narrative.applications_received": "全年共受理政府資訊公開申請十九件，比上年減少三件",
  "narrative.applications_completed": "截至2013年12月31日，已答覆18件",
  "narrative.applications_carried_forward": "另有1件因需徵求第三方意見，延期至2014年1月答覆",
  "narrative.fees_collected": "全年共收取檢索、複製、郵寄費用36元，未有減免情況",
  "narrative.reviews": "全年因政府資訊公開申請行政複議1件，經市人民政府複議，維持我局原答覆",
  "narrative.lawsuits": ("zero", "未發生因政府資訊公開提起行政訴訟的情況"),
  "narrative.npc_suggestions": "本年度我局承辦市人大代表建議11件",
  "narrative.cppcc_proposals": "市政協提案17件",
 },
 "tinglan-street-2022-summary-wechat-export.txt": {
  "year": "珂城区汀兰街道办事处2022年\n政务公开工作总结",
  "agency": "珂城区汀兰街道办事处2022年\n政务公开工作总结",
  "kind": "珂城区汀兰街道办事处2022年\n政务公开工作总结",
  "published": "珂城区汀兰街道办事处\n2022年12月30日",
  "narrative.active_total": "栏等渠道主动公开政务信息1,2\n84条，同比增长9.1%",
  "narrative.new_media_posts": "“汀兰发布”公\n众号全年推送326篇",
  "narrative.interpretations": "发布政策解读3篇，组织召开居民\n恳谈会14场",
  "narrative.applications_received": "全年共收\n到政府信息公开申请5件，上年结\n转1件",
  "narrative.applications_completed": "共办结6件，均在法定期\n限内答复",
  "narrative.applications_carried_forward": ("zero", "无结转下年度办理的申\n请"),
  "narrative.fees_collected": ("zero", "办理过程中未收取任何费用"),
  "narrative.reviews": ("zero", "全年未发生因政府信息公开引起的\n行政复议和行政诉讼"),
  "narrative.lawsuits": ("zero", "全年未发生因政府信息公开引起的\n行政复议和行政诉讼"),
 },
 "ruiyang-grain-2017-bulletin-pdftotext-raw.txt": {
  "year": "本报告中所列数据的统计期限\n自2017年1月1日起至2017年12月31日止",
  "agency": "芮阳县粮食局2017年政府信息公开工\n作年度报告",
  "kind": "芮阳县粮食局2017年政府信息公开工\n作年度报告",
  "published": "芮阳县粮食局\n2018年1月26日",
  "narrative.active_total": "全年共主动公开政府信息236条，比上年增\n加31条",
  "narrative.interpretations": "全年发布政策解读6篇",
  "narrative.new_media_posts": ("approx", "“芮阳粮食”微\n信公众号全年推送信息100余条"),
  "narrative.press_conferences": "联合县政府新闻办召开新闻发布会1次",
  "narrative.applications_received": "全年共收到政府信息公开申请8件，比上年增\n加5件",
  "narrative.applications_completed": "全年办结申请8件",
  "narrative.applications_carried_forward": ("zero", "无结转下年度办理的申请"),
  "narrative.fees_collected": ("zero", "本年度依申请提供政府信息，未收取任何费\n用"),
  "narrative.reviews": ("zero", "本年度未发生因政府信息公开引起的行政复\n议、行政诉讼和举报投诉"),
  "narrative.lawsuits": ("zero", "本年度未发生因政府信息公开引起的行政复\n议、行政诉讼和举报投诉"),
  "narrative.npc_suggestions": "本年度承办县人大代表建议2件",
  "narrative.cppcc_proposals": "县政协提案\n3件，均已按期办结",
 },
 "linzhou-land-2015-docx-footnotes-pandoc-plain.txt": {
  "year": "本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止",
  "agency": "蔺州市国土资源局2015年政府信息公开工作年度报告",
  "kind": "蔺州市国土资源局2015年政府信息公开工作年度报告",
  "published": "蔺州市国土资源局\n\n2016年3月22日",
  "narrative.active_total": "全年主动公开政府信息1,548条[1]",
  "narrative.interpretations": "全年发布政策解读稿件9篇",
  "narrative.press_conferences": "召开新闻发布会2次[2]",
  "narrative.applications_received": "[3] 含2014年12月下旬收到、结转至本年度办理的3件；本年度新收申请18件。",
  "narrative.applications_completed": "已答复21件",
  "narrative.applications_carried_forward": ("zero", "无转入2016年办理的申请"),
  "narrative.fees_collected": "全年收取检索、复制费用合计84元[5]",
  "narrative.reviews": "全年因政府信息公开被申请行政复议2件[6]",
  "narrative.lawsuits": "被提起行政诉讼1件，法院裁定驳回起诉",
  "narrative.npc_suggestions": "本年度我局承办市人大代表建议15件[7]",
  "narrative.cppcc_proposals": "[7] 另承办市政协委员提案22件，办理结果亦已全部公开。",
 },
 "daitou-county-2018-summary-wenku.txt": {
  "year": "埭头县人民政府2018年政务公开工作总结\n2018年，在市委、市政府的正确领导下",
  "agency": "埭头县人民政府2018年政务公开工作总结\n2018年，在市委、市政府的正确领导下",
  "kind": "埭头县人民政府2018年政务公开工作总结\n2018年，在市委、市政府的正确领导下",
  "published": "埭头县人民政府办公室\n2018年12月25日",
  "narrative.active_total": "主动公开政府信息3,716条，\n同比增长6.4%",
  "narrative.interpretations": "全年发布政策解读52篇",
  "narrative.press_conferences": "县政府召开新闻发布会9场",
  "narrative.applications_received": "全年全县共收到政府信息公开申请64\n件，比上年增加19件",
  "narrative.applications_completed": "办结61件，另有3件结转至2019年继续办\n理",
  "narrative.applications_carried_forward": "另有3件结转至2019年继续办\n理",
  "narrative.fees_collected": ("zero", "依申请提供政府信息均未收取任何费用"),
  "narrative.reviews": "全年因政府信息公开\n引起行政复议3件、行政诉讼1件",
  "narrative.lawsuits": "全年因政府信息公开\n引起行政复议3件、行政诉讼1件",
  "narrative.new_media_posts": "“埭头发布”微信公众号推送信息865\n条，合计2,068条",
  "narrative.npc_suggestions": "共承办县人\n大代表建议42件",
  "narrative.cppcc_proposals": "县政协提案57件",
 },
 "shiyan-township-2009-fax-tesseract.txt": {
  "year": "二00九年政府信息公开工作年度报告",
  "agency": "云谷县石砚乡人民政府\n二00九年政府信息公开工作年度报告",
  "kind": "二00九年政府信息公开工作年度报告",
  "published": "云谷县石砚乡大民政府\n二0一0年三月二十六日",
  "narrative.active_total": "全年主动公开政府信息108条",
  "narrative.applications_received": "全年共收到政府信息公开申请4件，均为群众当面申请",
  "narrative.applications_completed": "已答复4件，其中同意公开3件",
  "narrative.applications_carried_forward": ("zero", "无转入下年度办理的申请"),
  "narrative.fees_collected": ("zero", "本年度未收取任何费用"),
  "narrative.reviews": ("zero", "本年度未发生因政府信息公开申请行政复议，提起行政诉讼的情"),
  "narrative.lawsuits": ("zero", "本年度未发生因政府信息公开申请行政复议，提起行政诉讼的情"),
 },
}

# sums and ratios the notes rely on
SUMS = [
 ("cenyuan", [23, 71, 18, 247, 67], 426), ("cenyuan", [21, 11, 5], 37), ("cenyuan", [26, 3, 6], 35),
 ("cenyuan", [2, 3, 1], 6), ("cenyuan", [35, 2], 37), ("cenyuan", [40, 22, 9], 71), ("cenyuan", [51, 5, 13], 69),
 ("cenyuan", [5, 6, 2], 13), ("cenyuan", [69, 2], 71), ("cenyuan", [426, -58], 368), ("cenyuan", [37, -12], 25),
 ("lanyu", [127, 96, 22, 73], 318), ("lanyu", [6, 2, 3, 1, 1], 13), ("lanyu", [12, 1, -13], 0),
 ("baizhou", [96, 41, 58, 177, 110], 482), ("baizhou", [7, 3, 1, 4, 1], 16), ("baizhou", [15, 2, -16], 1),
 ("baizhou", [15, -6], 9), ("baizhou", [1, 1], 2),
 ("jihai", [1021, 215], 1236), ("jihai", [56, 143, 38, 487, 512], 1236), ("jihai", [7, 9, 3], 19),
 ("jihai", [11, 2, 1, 2, 2], 18), ("jihai", [18, 1], 19),
 ("tinglan", [412, 872], 1284), ("tinglan", [5, 1], 6),
 ("ruiyang", [12, 41, 97, 9, 77], 236), ("ruiyang", [4, 3, 1], 8), ("ruiyang", [5, 1, 1, 1], 8),
 ("linzhou", [396, 514, 87, 41, 510], 1548), ("linzhou", [12, 3, 2, 3, 1], 21), ("linzhou", [18, 3], 21),
 ("linzhou", [1, 1], 2),
 ("daitou", [684, 2518, 514], 3716), ("daitou", [34, 18], 52), ("daitou", [61, 3], 64), ("daitou", [2, 1], 3),
 ("daitou", [1203, 865], 2068), ("daitou", [126, 2781, 2935], 5842), ("daitou", [39670, 8545], 48215),
 ("shiyan", [41, 67], 108), ("shiyan", [3, 1], 4),
]
RATIOS = [(482, 420, 14.8), (1284, 1177, 9.1), (3716, 3492, 6.4)]  # (value, last year's, printed change %)

ZERO = re.compile(r"未|无|沒有|没有|(?<![\d.])0(?![\d.])")
APPROX = re.compile(r"余|約|约|多|左右|近|逾")
CN = "〇一二三四五六七八九"
T2S = str.maketrans("霽與漁業報資訊開條數縣門", "霁与渔业报资讯开条数县门")

fails = 0


def fail(msg):
    global fails
    fails += 1
    print("FAIL:", msg)


def strip_html(raw, cells=False):
    t = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", raw, flags=re.S | re.I)
    t = re.sub(r"<head>.*?</head>", "", t, flags=re.S | re.I)
    if cells:
        t = re.sub(r"</td>", "|", t, flags=re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", t))


def warc_payload(raw):
    """the HTTP payload of the WARC's response record"""
    for rec in raw.split(b"WARC/1.0\r\n"):
        if b"WARC-Type: response\r\n" in rec.split(b"\r\n\r\n", 1)[0]:
            block = rec.split(b"\r\n\r\n", 1)[1]
            head, body = block.split(b"\r\n\r\n", 1)
            assert head.startswith(b"HTTP/1.1 200"), head[:40]
            n = int(re.search(rb"Content-Length: (\d+)", head).group(1))
            return body[:n].decode("utf-8")
    raise ValueError("no response record")


def eml_text(raw):
    m = email.message_from_bytes(raw)
    parts = [p for p in m.walk() if p.get_content_type() == "text/plain"]
    assert len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "quoted-printable"
    assert parts[0].get_content_charset() == "gbk"
    return parts[0].get_payload(decode=True).decode("gbk")


def plain_of(name):
    raw = open(name, "rb").read()
    if name.endswith(".warc"):
        return strip_html(warc_payload(raw), cells=True)
    if name.endswith(".eml"):
        return eml_text(raw)
    if name.endswith(".html"):
        return strip_html(raw.decode("utf-8"))
    return raw.decode("utf-8")


def squeeze(s):
    return re.sub(r"\s", "", s)


def cn_num(n):
    if n < 10:
        return CN[n]
    out, zero = "", False
    for u, c in [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]:
        d = n // u
        n %= u
        if d:
            if zero:
                out += "零"; zero = False
            out += ("" if (c == "十" and d == 1 and not out) else CN[d]) + c
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + CN[n]
    return out


def year_forms(y):
    cy = "".join(CN[int(c)] for c in str(y))
    return {str(y), cy, cy.replace("〇", "○"), cy.replace("〇", "0"), cy.replace("〇", "O")}


def date_forms(d):
    y, m, dd = (int(x) for x in d.split("-"))
    return {f"{yy}年{mm}月{ddd}日" for yy in year_forms(y)
            for mm, ddd in ((m, dd), (cn_num(m), cn_num(dd)))} | {f"{y}.{m:02d}.{dd:02d}", f"{y}-{m:02d}-{dd:02d}"}


def numbers_in(s):
    return {float(re.sub(",", "", m.group(0))) for m in re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s)}


def row_cells(text, label):
    """the cells of the table row whose first cell is `label` (WARC table, `|` separated)"""
    for line in text.split("\n"):
        cells = [squeeze(c) for c in line.split("|")]
        if cells and cells[0] == squeeze(label):
            return cells
    return None


man = json.load(open("manifest.json", encoding="utf-8"))
if {e["file"] for e in man} != set(SOURCES):
    fail(f"manifest files {sorted(e['file'] for e in man)} != SOURCES {sorted(SOURCES)}")
nkeys = 0
texts = {}
for e in man:
    name = e["file"]
    plain = plain_of(name)
    t = squeeze(plain)
    texts[name] = (plain, t)
    srcs = SOURCES.get(name, {})
    for k, v in e["gold"].items():
        nkeys += 1
        if k not in OK_KEYS:
            fail(f"{name}: key {k} not in the vocabulary")
        if k == "script":
            trad = re.search(r"[開報縣門數資訊體關於條與]", t)
            if (v == "hans") == bool(trad):
                fail(f"{name}: script {v} but traditional characters {'found' if trad else 'missing'}")
            continue
        if k == "template" and v == "none":
            if re.search(r"本年新收政府信息公开申请数量|第二十条第|本年制发件数|本年新制作数量|统计表", t):
                fail(f"{name}: template none but table labels found")
            continue
        if k not in srcs:
            fail(f"{name}: no source for {k}"); continue
        s = srcs[k]
        tag, sent, extra = (s[0], s[1], s[2] if len(s) > 2 else None) if isinstance(s, tuple) else ("plain", s, None)
        if tag == "row":
            cells = row_cells(plain, sent)
            if not cells:
                fail(f"{name}: {k}: row {sent} not found"); continue
            val = float(cells[2 + extra].replace(",", ""))
            if val != v:
                fail(f"{name}: {k} = {v} but the row {sent} column {extra} says {cells[2 + extra]}")
            continue
        if squeeze(sent) not in t:
            fail(f"{name}: {k}: source not in file: {sent!r}"); continue
        ss = squeeze(sent)
        if k == "year":
            if not any(f in ss for f in year_forms(v)):
                fail(f"{name}: year {v} not in {sent!r}")
        elif k == "published":
            if not any(f in ss for f in date_forms(v)):
                fail(f"{name}: published {v} not printed in {sent!r}")
        elif k == "agency":
            if v not in ss.translate(T2S):
                fail(f"{name}: agency {v} not in {sent!r}")
        elif k == "kind":
            word = "工作总结" if v == "work_summary" else "工作年度报告"
            if word not in ss.translate(T2S):
                fail(f"{name}: kind {v} but source says {sent!r}")
        elif k == "template":
            if v != "pre2019" or "统计表" not in ss:
                fail(f"{name}: template {v} from {sent!r}")
        elif v is None:
            if tag != "approx" or not APPROX.search(sent):
                fail(f"{name}: {k} null but no approximation in {sent!r}")
        elif tag == "approx":
            fail(f"{name}: {k} = {v} but its source is approximate (gold must be null): {sent!r}")
        elif v == 0:
            if tag != "zero" or not ZERO.search(sent):
                fail(f"{name}: {k} = 0 without a zero statement: {sent!r}")
        elif v not in numbers_in(ss) and cn_num(int(v)) not in ss:
            fail(f"{name}: {k} = {v} not printed in {sent!r}")
    if e["gold"].get("year") != e["year"] or e["gold"].get("agency") != e["agency"]:
        fail(f"{name}: top-level year/agency differ from gold")

for tag, parts, total in SUMS:
    if sum(parts) != total:
        fail(f"sum {tag}: {parts} = {sum(parts)} != {total}")
for v, base, pct in RATIOS:
    if round((v / base - 1) * 100, 1) != pct:
        fail(f"ratio {v}/{base} = {(v / base - 1) * 100:.2f}% != {pct}%")


def must(cond, msg):
    if not cond:
        fail(msg)


# --- file-specific facts the notes rely on ---
raw = open("cenyuan-civil-affairs-2011-wget.warc", "rb").read()
must(b"2011" not in raw, "cenyuan: the year must be printed only in Chinese numerals (二〇一一)")
must(raw.count(b"WARC-Type: response") == 1 and raw.startswith(b"WARC/1.0\r\nWARC-Type: warcinfo"), "cenyuan: not a wget WARC")
p, t = texts["cenyuan-civil-affairs-2011-wget.warc"]
must("发文日期：|2012-03-29" in t and "发布时间：2012-03-29" in t, "cenyuan: page dates")

raw = open("lanyu-emergency-2021-gbk-qp.eml", "rb").read()
must(all(b < 128 for b in raw), "lanyu: the e-mail must be 7-bit (GBK only inside quoted-printable)")
p, t = texts["lanyu-emergency-2021-gbk-qp.eml"]
must(t.index("（2020年为7件）") < t.index("枫港市蓝屿区应急管理局2021年政府信息公开工作年度报告"), "lanyu: cover note first")
must(t.index("2022年1月18日") < t.index("原始邮件") < t.index("38个单位中有9个单位"), "lanyu: quoted notice after the signature")
must(len(re.findall(r"Content-Type: image/png", raw.decode("ascii"))) == 3, "lanyu: three table pictures")

p, t = texts["baizhou-mingxi-eco-2020-discuz-print.html"]
a, b = t.index("柏州市生态环境局茗溪分局2020年政府信息公开工作年度报告"), t.index("柏州市生态环境局茗溪分局2021年1月25日")
for k, s in SOURCES["baizhou-mingxi-eco-2020-discuz-print.html"].items():
    s = squeeze(s[1] if isinstance(s, tuple) else s)
    if k.startswith("narrative.") and not (a <= t.index(s) < b + 30):
        fail(f"baizhou: {k} source outside the quoted report")
must("那年是9件" in t and "全年收到申请46件，复议5件" in t and "2021-2-310:12" in t, "baizhou: commentary distractors")

p, t = texts["jihai-ocean-fishery-2013-tw-portal-hant.txt"]
must("民國102年" in t and "民國103年3月27日" in t and "民國103年5月12日" in t, "jihai: 民國 dates")
must("新臺幣160元" in t and "一千二百餘則" in t, "jihai: editor's figures")
must("新聞發布會" not in t and "發布政策" not in t, "jihai: OpenCC s2twp must have rewritten 发布 as 釋出")

p, t = texts["tinglan-street-2022-summary-wechat-export.txt"]
pasted = [l for l in p.split("\n")[p.split("\n").index("珂城区汀兰街道办事处2022年"):]]
pasted = pasted[:pasted.index("2022年12月30日") + 1]
pasted = [l for l in pasted if l and not re.match(r"\d{4}-\d\d-\d\d \d\d:", l)]
must(all(len(l) <= 15 for l in pasted), "tinglan: pasted summary lines must be at most 15 characters")
must("1,284" not in "\n".join(pasted) and "1,2\n84条" in p, "tinglan: 1,284 must be cut over two lines in the summary")
must("共收到政府信息公开申请87件" in t and "金沙街道报的是11件" in t, "tinglan: chat distractors")

p, t = texts["ruiyang-grain-2017-bulletin-pdftotext-raw.txt"]
must(t.index("共收到政府信息公开申请173件") < t.index("芮阳县粮食局2017年政府信息公开工作年度报告"),
     "ruiyang: the sidebar's county figures must come before the report in drawing order")
must("—2—公开政府信息不少于260条" in t, "ruiyang: page break inside the target sentence")

p, t = texts["linzhou-land-2015-docx-footnotes-pandoc-plain.txt"]
notes = t[t.index("[1]不同渠道"):]
must("18件" not in t[:t.index("[1]不同渠道")] and "18件" in notes, "linzhou: the new requests (18) only in a footnote")
must("22件" not in t[:t.index("[1]不同渠道")] and "提案22件" in notes, "linzhou: the proposals (22) only in a footnote")

p, t = texts["daitou-county-2018-summary-wenku.txt"]
must("收到留言数量（单位：条）428" in t and "办结留言数量（单位：条）421" in t and "总数5842" in t,
     "daitou: website form figures")

p, t = texts["shiyan-township-2009-fax-tesseract.txt"]
must("2009" not in t and "二00九" in t and "二O" not in t, "shiyan: the year only as OCR'd 二00九")

print(f"{len(man)} files, {nkeys} gold keys, {fails} failures")
sys.exit(1 if fails else 0)
