#!/usr/bin/env python3
"""Check the hand-written gold of manifest.json against the files of set prose10.

For every gold key, SOURCES gives the sentence (table row, OCR line run or list item) the value
was read from, copied from the file.  The check re-reads the file, decodes its form (PaddleOCR
repr lines, Baidu OCR JSON, HTML/XHTML tags and entities), removes all white space and asserts the
sentence is there — so a sentence cut over OCR boxes or wrapped lines is found whole.  It then
asserts that the gold value is printed in that sentence (Arabic, with or without a comma or space
as thousands separator, or in Chinese numerals; dates in Arabic, dotted or 〇/○ numerals).  A gold
0 must come from a zero statement (or a printed 0); a gold null must come from an approximate
figure, parts without a printed total, a previous-year figure with a change, or a to-date count
that is not a year-end figure.  A corrected value must be the corrected one in the notice, and the
wrong one must still be printed in the body.  For the collection page, every source must lie
inside the target township's report.  The sums and ratios the notes rely on are recomputed, and
every gold key must be in the schema's vocabulary.
Run: python3 check.py   (exit status 1 on any failure)"""
import ast, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

OK_KEYS = {"year", "agency", "kind", "template", "published", "script",
           "active.total", "applications.new.total", "applications.processed.total",
           "appeals.review.total", "appeals.suit.total", "legacy.complaints", "legacy.fees_yuan"} | {
    "narrative." + k for k in "active_total applications_received applications_completed "
    "applications_carried_forward reviews lawsuits new_media_posts press_conferences interpretations "
    "npc_suggestions cppcc_proposals fees_collected".split()}

# key -> sentence, or (tag, sentence[, extra]) with tag in zero/approx/parts/change/pending/corrected/ocr
SOURCES = {
 "laichuan-county-2008-paddleocr.txt": {
  "year": "本报告中所列数据的统计期限自2008年5月1日起至2008年12月31日止",
  "agency": "涞川县人民政府2008年政府信息公开工作年度报告",
  "kind": "2008年政府信息公开工作年度报告",
  "published": "涞川县人民政府办公室府办公二○○九年三月二十七日",
  "narrative.active_total": "自2008年5月1日至12月31日，全县共主动公开政府信息1327条",
  "narrative.press_conferences": "县政府新闻办全年召开新闻发布会3次",
  "narrative.applications_received": "共接待群众咨询210余人次，其中受理政府信息公开申请17件",
  "narrative.applications_completed": "截至2008年12月31日，己答复申请15件",
  "narrative.applications_carried_forward": "另有2件因申请时间临近年底，正在办理中，将在2009年1月底前答复",
  "narrative.fees_collected": "全年共收取检索、复制、邮寄费用62元",
  "narrative.reviews": "全年发生因政府信息公开申请行政复议1件",
  "narrative.lawsuits": ("zero", "全年末发生因政府信息公开提起行政诉讼的情况"),
 },
 "xiashan-township-2014-elinks.txt": {
  "year": "霞山乡2014年政府信息公开工作年度报告",
  "agency": "霞山乡人民政府2015年3月24日",
  "kind": "霞山乡2014年政府信息公开工作年度报告",
  "published": "霞山乡人民政府2015年3月24日",
  "narrative.active_total": "全年共主动公开政府信息214条，同比增加37条",
  "narrative.applications_received": "全年共收到政府信息公开申请3件，均为群众当面申请",
  "narrative.applications_completed": "3件申请均已在规定期限内答复",
  "narrative.applications_carried_forward": ("zero", "本年度无转入下年度办理的申请"),
  "narrative.fees_collected": ("zero", "本年度依申请公开政府信息未收取任何费用，无减免情况"),
  "narrative.reviews": ("zero", "五、因政府信息公开申请行政复议、提起行政诉讼情况无。"),
  "narrative.lawsuits": ("zero", "五、因政府信息公开申请行政复议、提起行政诉讼情况无。"),
 },
 "putan-forestry-2016-lawdb.txt": {
  "year": "【发文字号】 蒲林办〔2016〕58号",
  "agency": "蒲潭县林业局政府信息公开工作年度报告",
  "kind": "蒲潭县林业局政府信息公开工作年度报告",
  "template": "指标 数量 同比",
  "published": "【发布日期】 2017.01.06",
  "active.total": "主动公开政府信息（条） 1 286 +12.4%",
  "applications.new.total": "收到政府信息公开申请（件） 9 +80.0%",
  "applications.processed.total": "办结政府信息公开申请（件） 9 +80.0%",
  "appeals.review.total": "行政复议（件） 1 —",
  "appeals.suit.total": ("zero", "行政诉讼（件） 0 —"),
  "legacy.complaints": ("zero", "举报投诉（件） 0 —"),
  "legacy.fees_yuan": ("zero", "依申请公开收取费用（元） 0 —"),
  "narrative.active_total": "全年共主动公开政府信息1 286条",
  "narrative.new_media_posts": "“蒲潭林业”微信公众号全年推送信息1 524条",
  "narrative.press_conferences": "召开新闻发布会（次） 2 0.0%",
  "narrative.interpretations": "发布政策解读（篇） 11 -21.4%",
  "narrative.applications_received": "全年共收到政府信息公开申请9件",
  "narrative.applications_completed": "9件申请均已按期办结",
  "narrative.fees_collected": ("zero", "依申请公开政府信息未收取任何费用"),
  "narrative.reviews": "全年因政府信息公开被申请行政复议1件",
  "narrative.lawsuits": ("zero", "未被提起行政诉讼"),
 },
 "meigang-district-2017-tika.xhtml": {
  "year": "本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止",
  "agency": "江屿市湄岗区人民政府2017年政府信息公开工作年度报告",
  "kind": "江屿市湄岗区人民政府2017年政府信息公开工作年度报告",
  "published": "江屿市湄岗区人民政府办公室2018年3月27日",
  "narrative.active_total": "全年全区各级行政机关共主动公开政府信息9,652条",
  "narrative.press_conferences": "共举办新闻发布会12场",
  "narrative.interpretations": "发布政策解读稿件34篇",
  "narrative.applications_received": "全年全区共收到政府信息公开申请148件，比上年增加31件",
  "narrative.applications_completed": "截至2017年12月31日，已办结141件",
  "narrative.applications_carried_forward": "其余7件因申请时间临近年底，结转至2018年继续办理",
  "narrative.fees_collected": "共收取检索、复制、邮寄费用87元",
  "narrative.reviews": "因政府信息公开被申请行政复议9件",
  "narrative.lawsuits": "被提起行政诉讼5件",
  "narrative.npc_suggestions": "共承办区人大代表建议46件",
  "narrative.cppcc_proposals": "区政协提案71件",
 },
 "guitang-hospital-2020-pdfplumber.txt": {
  "year": "本报告统计期限为2020年1月1日至12月31日",
  "agency": "桂塘市第二人民医院2020年信息公开工作年度报告",
  "kind": "2020年信息公开工作年度报告",
  "published": "桂塘市第二人民医院2021年1月22日",
  "narrative.active_total": "主动公开信息587条",
  "narrative.new_media_posts": "医院微信公众号全年推送文章214篇",
  "narrative.applications_received": "全年共受理信息公开申请11件次，涉及申请人9人",
  "narrative.applications_completed": "11件次申请全部按期办结",
  "narrative.applications_carried_forward": ("zero", "也无结转下年度办理的申请"),
  "narrative.fees_collected": ("zero", "本年度我院未收取任何信息公开相关费用"),
  "narrative.reviews": ("zero", "全年未发生因信息公开工作引发的行政复议、行政诉讼"),
  "narrative.lawsuits": ("zero", "全年未发生因信息公开工作引发的行政复议、行政诉讼"),
 },
 "chengzhou-nfra-2024-wza.html": {
  "year": "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止",
  "agency": "国家金融监督管理总局澄州监管分局2024年政府信息公开工作年度报告",
  "kind": "国家金融监督管理总局澄州监管分局2024年政府信息公开工作年度报告",
  "published": "国家金融监督管理总局澄州监管分局2025年1月26日",
  "narrative.active_total": "主动公开政府信息412条",
  "narrative.interpretations": "发布政策解读6篇",
  "narrative.new_media_posts": ("approx", "发布风险提示短视频40余条"),
  "narrative.applications_received": ("corrected", "更正为“全年共收到政府信息公开申请34件”",
                                      "全年共收到政府信息公开申请36件，上年结转2件"),
  "narrative.applications_completed": "全年办结35件",
  "narrative.applications_carried_forward": "结转下年度继续办理1件",
  "narrative.fees_collected": ("zero", "本年度我分局未收取信息处理费"),
  "narrative.reviews": "因政府信息公开工作被申请行政复议1件",
  "narrative.lawsuits": ("zero", "未被提起行政诉讼"),
  "narrative.npc_suggestions": "本年度共承办省人大代表建议2件",
  "narrative.cppcc_proposals": "省政协提案3件",
 },
 "songyuan-mpa-2022-summary-html2text.txt": {
  "year": "嵩原省药品监督管理局2022年政务公开工作总结",
  "agency": "嵩原省药品监督管理局2022年政务公开工作总结",
  "kind": "嵩原省药品监督管理局2022年政务公开工作总结",
  "published": "嵩原省药品监督管理局　　2022年12月20日",
  "narrative.active_total": "全年主动公开政府信息1,208条，同比增长9.6%",
  "narrative.new_media_posts": "政务新媒体合计发布2,635条",
  "narrative.press_conferences": "全年召开新闻发布会5场",
  "narrative.interpretations": "发布政策解读材料23篇",
  "narrative.applications_received": "截至12月15日，全年共收到政府信息公开申请27件",
  "narrative.applications_completed": "已办结25件",
  "narrative.applications_carried_forward": ("pending", "其余2件正在办理中"),
  "narrative.reviews": "因政府信息公开被申请行政复议1件",
  "narrative.lawsuits": ("zero", "未发生行政诉讼"),
  "narrative.npc_suggestions": "全年办理省人大代表建议8件",
  "narrative.cppcc_proposals": "省政协提案12件",
 },
 "liyang-jiguan-2019-pypdf.txt": {
  "year": "2019 年政府信息公开工作年度报告",
  "agency": "黎阳市机关事务管理局 2019 年政府信息公开工作年度报告",
  "kind": "2019 年政府信息公开工作年度报告",
  "published": "黎阳市机关事务管理局 2020 年 1 月 17 日",
  "narrative.active_total": "主动公开政府信息 263 条，较上年增长 12.4%",
  "narrative.new_media_posts": "微信公众号全年发布信息 146 条",
  "narrative.interpretations": "发布政策解读 3 篇，上年为 1 篇",
  "narrative.applications_received": ("change", "全年收到政府信息公开申请数量较上年（7 件）减少 2 件"),
  "narrative.applications_carried_forward": ("zero", "无结转下年度办理的申请"),
  "narrative.fees_collected": ("zero", "本年度未收取政府信息公开相关费用"),
  "narrative.reviews": ("zero", "本年度未发生因政府信息公开引起的行政复议、行政诉讼"),
  "narrative.lawsuits": ("zero", "本年度未发生因政府信息公开引起的行政复议、行政诉讼"),
 },
 "zixi-police-2012-summary-baiduocr.json": {
  "year": "梓溪县公安局2012年政务公开工作总结",
  "agency": "梓溪县公安局2012年政务公开工作总结",
  "kind": "2012年政务公开工作总结",
  "published": "梓溪县公安局二〇一二年十二月二十八日",
  "narrative.active_total": "渠道主动公开政务信息2,035条",
  "narrative.new_media_posts": ("ocr", "“梓溪公安”政务微博全年发布信息1.146条", "1.146"),
  "narrative.press_conferences": "全年召开新闻发布会6次",
  "narrative.applications_received": ("parts", "全年我局共收到政府信息公开申请：一季度4件，二季度7件，三季度3件，四季度5件"),
  "narrative.applications_carried_forward": "除1件因涉及第三方权益需征求意见、延期至2013年1月答复外",
  "narrative.fees_collected": ("zero", "依申请提供政府信息未收取任何费用"),
  "narrative.reviews": "全年发生因政府信息公开引起的行政复议1件",
  "narrative.lawsuits": ("zero", "未发生因政府信息公开引起的行政诉讼"),
 },
}

# the collection page: every source must lie inside the target's report
SEGMENTS = {"xiashan-township-2014-elinks.txt": ("霞山乡2014年政府信息公开工作年度报告本报告", "霞山乡人民政府2015年3月24日")}

# sums and ratios the notes rely on
SUMS = [
 ("laichuan", [142, 311, 96, 612, 166], 1327), ("laichuan", [11, 4, 2], 17), ("laichuan", [10, 2, 2, 1], 15),
 ("laichuan", [15, 2], 17),
 ("xiashan", [156, 58], 214), ("xiashan", [6, 48, 102], 156), ("xiashan", [2, 1], 3),
 ("putan", [318, 57, 274, 637], 1286), ("putan", [5, 3, 1], 9), ("putan", [6, 1, 1, 1], 9),
 ("meigang", [52, 71, 25], 148), ("meigang", [62, 29, 23, 18, 15, 14], 161), ("meigang", [18, 64, 21, 9, 14, 11, 4], 141),
 ("meigang", [141, 7], 148), ("meigang", [6, 2, 1], 9), ("meigang", [4, 1], 5),
 ("guitang", [206, 73, 308], 587), ("guitang", [8, 1, 2], 11), ("guitang", [603, -16], 587),
 ("chengzhou", [236, 97, 79], 412), ("chengzhou", [9, 4, 3, 15, 4], 35), ("chengzhou", [34, 2, -1], 35),
 ("songyuan", [1932, 617, 86], 2635),
 ("liyang", [12, 46, 38, 167], 263), ("liyang", [270, -7], 263),
]
RATIOS = [  # (value, base, printed percentage change)
 (1286, 1144, 12.4), (318, 300, 6.0), (1103, 1005, 9.8), (1524, 1080, 41.1), (2, 2, 0.0), (11, 14, -21.4),
 (9, 5, 80.0), (1208, 1102, 9.6), (27, 23, 17.4), (263, 234, 12.4),
]
ZERO = re.compile(r"未|无|没有|末发生|(?<![\d.])0(?![\d.])")
APPROX = re.compile(r"余|约|多|左右|近|逾")
CN = "〇一二三四五六七八九"

fails = 0


def fail(msg):
    global fails
    fails += 1
    print("FAIL:", msg)


def text_of(name):
    raw = open(name, encoding="utf-8").read()
    if "paddleocr" in name:
        parts = []
        for line in raw.split("\n"):
            if line.startswith("[[["):
                parts.append(ast.literal_eval(line)[1][0])
        t = "".join(parts)
    elif name.endswith(".json"):
        t = "".join(w["words"] for page in json.loads(raw) for w in page["words_result"])
    elif name.endswith((".html", ".xhtml")):
        t = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", raw, flags=re.S)
        t = re.sub(r"<head>.*?</head>", "", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    else:
        t = raw
    return re.sub(r"\s", "", t)


def squeeze(s):
    return re.sub(r"\s", "", s)


def cn_num(n):
    """Chinese numeral for 0..99999 (simple forms) and digit-by-digit year forms"""
    if n < 10:
        return CN[n]
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for u, c in units:
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


def numbers_in(s):
    found = set()
    for m in re.finditer(r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s):
        found.add(float(re.sub(r"[ ,]", "", m.group(0))))
    return found


def date_forms(d):
    y, m, dd = d.split("-")
    y, m, dd = int(y), int(m), int(dd)
    cy = "".join(CN[int(c)] for c in str(y))
    return [f"{y}年{m}月{dd}日", f"{y}.{m:02d}.{dd:02d}", f"{y}-{m:02d}-{dd:02d}",
            f"{cy}年{cn_num(m)}月{cn_num(dd)}日", f"{cy.replace('〇', '○')}年{cn_num(m)}月{cn_num(dd)}日"]


man = json.load(open("manifest.json", encoding="utf-8"))
files = {e["file"] for e in man}
if files != set(SOURCES):
    fail(f"manifest files {sorted(files)} != SOURCES {sorted(SOURCES)}")
nkeys = 0
for e in man:
    name = e["file"]
    t = text_of(name)
    srcs = SOURCES.get(name, {})
    seg = SEGMENTS.get(name)
    if seg:
        a, b = t.find(seg[0]), t.find(seg[1])
        if a < 0 or b < a:
            fail(f"{name}: target segment not found")
        segtext = t[a:b + len(seg[1])]
    for k, v in e["gold"].items():
        nkeys += 1
        if k not in OK_KEYS:
            fail(f"{name}: key {k} not in the vocabulary")
        if k == "script":
            if v != "hans" or re.search(r"[開報縣門數資訊體關於條與]", t):
                fail(f"{name}: script {v} but traditional characters found")
            continue
        if k == "template" and v == "none":
            if re.search(r"本年新收政府信息公开申请数量|第二十条第|本年制发件数|本年新制作数量|统计表", t):
                fail(f"{name}: template none but table labels found")
            continue
        if k not in srcs:
            fail(f"{name}: no source for {k}"); continue
        s = srcs[k]
        tag, sent, extra = (s[0], s[1], s[2] if len(s) > 2 else None) if isinstance(s, tuple) else ("plain", s, None)
        if squeeze(sent) not in t:
            fail(f"{name}: {k}: source not in file: {sent}"); continue
        if seg and squeeze(sent) not in segtext:
            fail(f"{name}: {k}: source outside the target report: {sent}")
        if k == "year":
            if str(v) not in sent:
                fail(f"{name}: year {v} not in {sent}")
        elif k == "published":
            if not any(f in squeeze(sent) for f in map(squeeze, date_forms(v))):
                fail(f"{name}: published {v} not printed in {sent}")
        elif k == "agency":
            if v not in squeeze(sent):
                fail(f"{name}: agency {v} not in {sent}")
        elif k == "kind":
            word = "工作总结" if v == "work_summary" else "工作年度报告"
            if word not in sent:
                fail(f"{name}: kind {v} but source says {sent}")
        elif k in ("template", "script"):
            pass
        elif v is None:
            if tag == "approx" and not APPROX.search(sent):
                fail(f"{name}: {k} null but no approximation in {sent}")
            elif tag == "parts" and len(numbers_in(sent)) < 2:
                fail(f"{name}: {k} null (parts) but no parts in {sent}")
            elif tag == "change" and not re.search(r"较上年|比上年", sent):
                fail(f"{name}: {k} null (change) but no change in {sent}")
            elif tag == "pending" and "正在办理" not in sent:
                fail(f"{name}: {k} null (pending) but {sent}")
            elif tag not in ("approx", "parts", "change", "pending"):
                fail(f"{name}: {k} null with tag {tag}")
        elif tag in ("approx", "parts", "change", "pending"):
            fail(f"{name}: {k} = {v} but its source is {tag}-only (gold must be null): {sent}")
        elif v == 0:
            if tag != "zero" or not ZERO.search(sent):
                fail(f"{name}: {k} = 0 without a zero statement: {sent}")
        elif tag == "ocr":
            if extra not in sent or float(extra.replace(".", "")) != v:
                fail(f"{name}: {k} OCR form {extra} does not give {v}")
        elif tag == "corrected":
            if v not in numbers_in(sent):
                fail(f"{name}: {k} {v} not in the correction {sent}")
            if squeeze(extra) not in t or v in numbers_in(extra):
                fail(f"{name}: {k} the uncorrected body sentence is missing or already right: {extra}")
        else:
            if v not in numbers_in(sent) and cn_num(int(v)) not in sent:
                fail(f"{name}: {k} = {v} not printed in {sent}")
    if e["gold"].get("year") != e["year"] or e["gold"].get("agency") != e["agency"]:
        fail(f"{name}: top-level year/agency differ from gold")

for tag, parts, total in SUMS:
    if sum(parts) != total:
        fail(f"sum {tag}: {parts} = {sum(parts)} != {total}")
for v, base, pct in RATIOS:
    if round((v / base - 1) * 100, 1) != pct:
        fail(f"ratio {v}/{base} = {(v / base - 1) * 100:.2f}% != {pct}%")

# the year of the law-database copy is printed only in the document number
t = text_of("putan-forestry-2016-lawdb.txt")
if len(re.findall("2016", t)) != 2 or "2016年" in t:
    fail("putan: 2016 must appear only in the document number (title line and header)")

print(f"{len(man)} files, {nkeys} gold keys, {fails} failures")
sys.exit(1 if fails else 0)
