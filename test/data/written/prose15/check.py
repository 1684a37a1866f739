#!/usr/bin/env python3
"""Check the hand-written gold of manifest.json against the files of set prose15 (stdlib only; adapted from
prose14/check.py, copied rather than imported).

Each form is decoded first: the doc88 page copy without its page furniture (the '第N页 / 共N页' and watermark lines,
the site's header before page 1 and the related documents after the last page), the 360doc page's <div
id="artContent">, the Obsidian clip without its front matter, picture links and ** marks, the Weibo copy's article
(from 头条文章 to the 转发 counts; the feed card and comments apart), LibreOffice's text without its BOM, the Sina
blog's articalContent — then NFKC-normalised with all white space removed, so that a sentence cut by a line or a
page break is found whole.

For every gold key, SOURCES gives the sentence the value was read from, copied from the decoded file, and the words
printed right before the figure (the anchor).  The figure after the anchor must be a count directly before a unit
(Arabic with or without thousands separators, or Chinese numerals with 〇 零 两) equal to the gold value.  A 0 must
come from a zero statement, a null from an approximate figure.  The sums and ratios the notes rely on and the
file-specific facts are then checked, and every gold key must be in the schema's vocabulary.

Run: python3 check.py            (exit status 1 on any failure)
     python3 check.py --mutate   (also alters every gold value one at a time; every change must fail)"""
import copy, html, json, os, re, sys, unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

OK_KEYS = {"year", "agency", "kind", "template", "published", "script"} | {
    "narrative." + k for k in "active_total applications_received applications_completed "
    "applications_carried_forward reviews lawsuits new_media_posts press_conferences interpretations "
    "npc_suggestions cppcc_proposals fees_collected".split()}

JY = "juyuan-land-2014-doc88-page-copy.txt"
CZ = "cenzhou-housing-2012-360doc-saved-page.html"
QM = "qimu-township-2021-obsidian-wechat-clip.md"
XD = "xundong-justice-2019-weibo-article-copy.txt"
YN = "yuanning-stats-2016-summary-lo-txt.txt"
TX = "tanxi-county-2009-sina-blog-repost.html"

# key -> a plain sentence (metadata), or (sentence, anchor) for a count, or ("zero", s), ("approx", s, anchor)
SOURCES = {
 JY: {
  "year": "本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止",
  "agency": "沮源县国土资源局2014年政府信息公开工作年度报告",
  "kind": "沮源县国土资源局2014年政府信息公开工作年度报告",
  "published": "沮源县国土资源局\n2015年3月20日",
  "narrative.active_total": ("2014年，我局共主动公开政府信息486条，比2013年的412条增加74条", "我局共主动公开政府信息"),
  "narrative.interpretations": ("全年发布政策解读材料十二篇", "政策解读材料"),
  "narrative.press_conferences": ("召开新闻发布会2次，就农村宅基地管理、地质灾害防治等热点问题进行了解读", "召开新闻发布会"),
  "narrative.new_media_posts": ("approx", "“沮源国土”官方微博全年发布信息近500条", "全年发布信息"),
  "narrative.applications_received": ("全年共收到政府信息公开申请二十三件（其中当面申请9件、网络申请11件、信函申请3件）",
                                      "共收到政府信息公开申请"),
  "narrative.applications_completed": ("已按时办结21件，另有2件因需书面征求第三方意见延期答复，结转至2015年办理", "已按时办结"),
  "narrative.applications_carried_forward": ("已按时办结21件，另有2件因需书面征求第三方意见延期答复，结转至2015年办理", "另有"),
  "narrative.fees_collected": ("zero", "我局在依申请提供政府信息过程中，全年未收取任何费用"),
  "narrative.reviews": ("2014年，我局因政府信息公开被申请行政复议1件，经县人民政府复议维持原答复", "被申请行政复议"),
  "narrative.lawsuits": ("zero", "我局未因政府信息公开被提起行政诉讼"),
  "narrative.npc_suggestions": ("2014年，我局办理县人大代表建议9件、县政协提案14件", "县人大代表建议"),
  "narrative.cppcc_proposals": ("2014年，我局办理县人大代表建议9件、县政协提案14件", "县政协提案"),
 },
 CZ: {
  "year": "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止",
  "agency": "涔州市住房和城乡建设局2012年政府信息公开工作年度报告",
  "kind": "涔州市住房和城乡建设局2012年政府信息公开工作年度报告",
  "published": "涔州市住房和城乡建设局\n2013年3月25日",
  "narrative.active_total": ("2012年，我局主动公开政府信息1,306条（2011年同期为1,127条）", "我局主动公开政府信息"),
  "narrative.press_conferences": ("全年召开新闻发布会3次，就保障性住房分配", "召开新闻发布会"),
  "narrative.applications_received": ("全年共受理政府信息公开申请64件，其中上年结转3件、本年新收61件", "本年新收"),
  "narrative.applications_completed": ("已办结60件，其中同意公开38件", "已办结"),
  "narrative.applications_carried_forward": ("尚有4件正在办理中，将结转下年度继续办理", "尚有"),
  "narrative.fees_collected": ("全年依申请提供政府信息收取检索、复制、邮寄费用共计386元", "邮寄费用共计"),
  "narrative.reviews": ("因政府信息公开申请被申请行政复议两件，均维持原答复", "被申请行政复议"),
  "narrative.lawsuits": ("被提起行政诉讼一件，法院判决驳回原告诉讼请求", "被提起行政诉讼"),
  "narrative.npc_suggestions": ("我局承办市人大代表建议47件、市政协提案58件，其中主办人大代表建议32件", "市人大代表建议"),
  "narrative.cppcc_proposals": ("我局承办市人大代表建议47件、市政协提案58件，其中主办人大代表建议32件", "市政协提案"),
 },
 QM: {
  "year": "本报告所列数据的统计期限为2021年1月1日至2021年12月31日",
  "agency": "桤木镇人民政府2021年政府信息公开工作年度报告",
  "kind": "桤木镇人民政府2021年政府信息公开工作年度报告",
  "published": "桤木镇人民政府\n\n2022年1月18日",
  "narrative.active_total": ("我镇通过区政府门户网站“桤木镇”栏目主动公开政府信息206条，较2020年（183条）增长12.6%",
                             "主动公开政府信息"),
  "narrative.interpretations": ("发布政策解读5篇", "发布政策解读"),
  "narrative.new_media_posts": ("approx", "“桤木镇”微信公众号全年推送信息逾300条", "推送信息"),
  "narrative.applications_received": ("2021年，我镇新收政府信息公开申请3件，上年结转0件，办结3件", "新收政府信息公开申请"),
  "narrative.applications_completed": ("2021年，我镇新收政府信息公开申请3件，上年结转0件，办结3件", "，办结"),
  "narrative.applications_carried_forward": ("zero", "无结转下年度继续办理的申请"),
  "narrative.fees_collected": ("zero", "本年度未收取信息处理费"),
  "narrative.reviews": ("zero", "2021年，我镇未发生政府信息公开行政复议、行政诉讼案件"),
  "narrative.lawsuits": ("zero", "2021年，我镇未发生政府信息公开行政复议、行政诉讼案件"),
  "narrative.npc_suggestions": ("我镇办理区人大代表建议2件、区政协提案1件，均已按期办结", "区人大代表建议"),
  "narrative.cppcc_proposals": ("我镇办理区人大代表建议2件、区政协提案1件，均已按期办结", "区政协提案"),
 },
 XD: {
  "year": "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止",
  "agency": "浔东区司法局2019年政府信息公开工作年度报告",
  "kind": "浔东区司法局2019年政府信息公开工作年度报告",
  "published": "浔东区司法局\n\n2020年1月15日",
  "narrative.active_total": ("2019年，浔东区司法局全年主动公开政府信息178条", "全年主动公开政府信息"),
  "narrative.press_conferences": ("召开新闻发布会1场，发布政策解读稿件6篇", "召开新闻发布会"),
  "narrative.interpretations": ("召开新闻发布会1场，发布政策解读稿件6篇", "政策解读稿件"),
  "narrative.new_media_posts": ("“浔东司法”微博、微信全年发布信息1,126条，其中微博发布684条", "全年发布信息"),
  "narrative.applications_received": ("全年收到政府信息公开申请十一件，比2018年的十七件减少六件", "收到政府信息公开申请"),
  "narrative.applications_completed": ("按期答复十件，\n另有一件因申请人逾期未补正，结转至2020年继续办理", "按期答复"),
  "narrative.applications_carried_forward": ("按期答复十件，\n另有一件因申请人逾期未补正，结转至2020年继续办理", "另有"),
  "narrative.fees_collected": ("zero", "本年度未收取任何费用"),
  "narrative.reviews": ("zero", "2019年，我局因政府信息公开被申请行政复议0件"),
  "narrative.lawsuits": ("zero", "没有发生因政府信息公开被提起行政诉讼的情况"),
  "narrative.npc_suggestions": ("我局承办区人大代表建议3件、区政协提案5件，均已按时办结并公开", "区人大代表建议"),
  "narrative.cppcc_proposals": ("我局承办区人大代表建议3件、区政协提案5件，均已按时办结并公开", "区政协提案"),
 },
 YN: {
  "year": "沅宁省统计局2016年政务公开工作总结",
  "agency": "沅宁省统计局2016年政务公开工作总结",
  "kind": "沅宁省统计局2016年政务公开工作总结",
  "published": "沅宁省统计局\n2017年1月10日",
  "narrative.active_total": ("全年通过省统计局门户网站主动公开政府信息2,874条，其中统计数据信息1,962条", "门户网站主动公开政府信息"),
  "narrative.press_conferences": ("全年召开全省国民经济运行情况新闻发布会12场，局主要负责同志出席4场", "新闻发布会"),
  "narrative.interpretations": ("发布统计数据解读和政策解读稿件58篇", "政策解读稿件"),
  "narrative.new_media_posts": ("approx", "“沅宁统计”微信公众号全年推送信息约900条", "推送信息"),
  "narrative.applications_received": ("全年共收到政府信息公开申请37件1，加上2015年结转的2件", "共收到政府信息公开申请"),
  "narrative.applications_completed": ("共需办理39件，已办结36件，结转2017年办理3件", "已办结"),
  "narrative.applications_carried_forward": ("共需办理39件，已办结36件，结转2017年办理3件", "结转2017年办理"),
  "narrative.fees_collected": ("zero", "全年依申请提供信息未收取费用"),
  "narrative.reviews": ("全年被申请行政复议1件，经国家统计局复议维持", "被申请行政复议"),
  "narrative.lawsuits": ("zero", "未发生因政府信息公开提起的行政诉讼"),
  "narrative.npc_suggestions": ("办理省人大代表建议14件、省政协提案21件", "省人大代表建议"),
  "narrative.cppcc_proposals": ("办理省人大代表建议14件、省政协提案21件", "省政协提案"),
 },
 TX: {
  "year": "本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止",
  "agency": "郯溪县人民政府2009年政府信息公开工作年度报告",
  "kind": "郯溪县人民政府2009年政府信息公开工作年度报告",
  "published": "郯溪县人民政府\n二〇一〇年三月二十九日",
  "narrative.active_total": ("2009年，全县共主动公开政府信息二千三百四十七条，其中县政府本级公开五百一十二条", "全县共主动公开政府信息"),
  "narrative.press_conferences": ("全年召开新闻发布会九次", "召开新闻发布会"),
  "narrative.applications_received": ("2009年，全县共收到政府信息公开申请三十四件，其中当面申请二十一件", "全县共收到政府信息公开申请"),
  "narrative.applications_completed": ("已答复三十二件，其中同意公开二十四件", "已答复"),
  "narrative.applications_carried_forward": ("其余两件因需补充材料，结转至2010年办理", "其余"),
  "narrative.fees_collected": ("全年收取检索、复制费用共计六十元", "复制费用共计"),
  "narrative.reviews": ("全县因政府信息公开申请行政复议的案件一件，复议维持原答复", "行政复议的案件"),
  "narrative.lawsuits": ("zero", "复议维持原答复；未发生行政诉讼"),
 },
}

SUMS = [
 ("juyuan channels", [321, 128, 37], 486), ("juyuan change", [486, -412], 74), ("juyuan ways", [9, 11, 3], 23),
 ("juyuan change apps", [23, -17], 6), ("juyuan answers", [14, 3, 2, 2], 21), ("juyuan balance", [21, 2], 23),
 ("cenzhou channels", [874, 432], 1306), ("cenzhou accepted", [3, 61], 64), ("cenzhou answers", [38, 9, 5, 6, 2], 60),
 ("cenzhou balance", [60, 4], 64),
 ("qimu answers", [2, 1], 3), ("qimu balance", [3, 0, -3], 0),
 ("xundong answers", [6, 1, 3], 10), ("xundong balance", [10, 1], 11), ("xundong change", [17, -11], 6),
 ("yuanning total", [37, 2], 39), ("yuanning balance", [36, 3], 39),
 ("tanxi parts", [512, 1835], 2347), ("tanxi ways", [21, 8, 5], 34), ("tanxi answers", [24, 3, 3, 2], 32),
 ("tanxi balance", [32, 2], 34),
]
RATIOS = [(206, 183, 12.6)]  # (value, last year's, printed % growth)

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
    return re.sub(r"\s|\u200b", "", nfkc(s))


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
DOC88_FURNITURE = re.compile(r"^(第\d+页 / 共\d+页|道客巴巴 www\.doc88\.com)$")


def doc88_text(raw):
    """the document's text layer: from '第1页' to the end of the last page, furniture lines dropped"""
    body = raw.split("第1页 / 共", 1)[1].split("\n", 1)[1].split("全文阅读已结束", 1)[0]
    return "\n".join(l for l in body.split("\n") if not DOC88_FURNITURE.match(l))


def div_by_id(raw, ident, cls_end):
    return raw.split('id="%s"' % ident, 1)[1].split(cls_end, 1)[0]


def obsidian_text(raw):
    fm, body = re.match(r"---\n(.*?)\n---\n(.*)", raw, re.S).groups()
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)
    return body.replace("**", ""), fm


def weibo_parts(raw):
    card = raw.split("来自 微博 weibo.com", 1)[1].split("头条文章", 1)[0]
    article = raw.split("\n头条文章\n", 1)[1].split("\n转发 ", 1)[0]
    comments = raw.split("\n评论\n按热度 按时间\n", 1)[1]
    return card, article, comments


def plain_of(name, raw):
    if name == JY:
        return doc88_text(raw)
    if name == CZ:
        return strip_html(raw.split('<div class="biaoti">', 1)[1].split('<div class="yuanwen">', 1)[0])
    if name == QM:
        return obsidian_text(raw)[0]
    if name == XD:
        return weibo_parts(raw)[1]
    if name == YN:
        return raw.lstrip("\ufeff")
    if name == TX:
        return strip_html("<x " + div_by_id(raw, "sina_keyword_ad_area2", '<div class="shareUp">'))
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
        if k == "template":
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
            else:
                errs.append(f"{name}: {k} has a bare sentence as source")
            continue
        tag = s[0] if s[0] in ("zero", "approx") else "count"
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
    # LibreOffice's UTF-8 text export writes a BOM: it is that file's form; no other file has one
    must(len(rawb) < 100_000 and (raw.startswith("\ufeff") == (name == YN)), f"{name}: over 100 KB or a BOM where none belongs")
    p = plain_of(name, raw)
    texts[name] = (p, squeeze(p))
    texts[name + "#raw"] = raw
    must(set(e) == {"file", "form", "era", "agency", "level", "year", "gold", "notes"}, f"{name}: manifest entry shape")
nkeys = nnull = 0
for e in man:
    nkeys += len(e["gold"])
    nnull += sum(v is None for v in e["gold"].values())
    for m in check_entry(e, texts):
        fail(m)

for tag, parts, total in SUMS:
    must(sum(parts) == total, f"sum {tag}: {parts} != {total}")
for v, base, pct in RATIOS:
    must(round((v - base) * 100 / base, 1) == pct, f"ratio {v}/{base} != {pct}%")

# --- file-specific facts the notes rely on ---
raw = texts[JY + "#raw"]
must(raw.count("道客巴巴 www.doc88.com") == 4 and all(f"第{i}页 / 共4页" in raw for i in range(1, 5))
     and "文档页数：4页" in raw, "juyuan: four doc88 pages with their watermark lines")
must("已按时办结\n\n道客巴巴 www.doc88.com\n\n第3页 / 共4页\n\n21件，另有2件" in raw, "juyuan: the page break inside the sentence")
must("召开新闻发布会2\n次" in raw and "比2013\n年的412条" in raw, "juyuan: figures cut from their unit by the wrap")
must(not re.search(r"^[，。、；：）”》]", raw, re.M), "juyuan: kinsoku (no line opens with punctuation)")
lines = [l for l in texts[JY][0].split("\n") if l]
must(max(len(l) for l in lines) <= 40, "juyuan: lines hard-wrapped at the page width")
must("412条" in raw.split("阅读了该文档的用户还阅读了这些文档")[1] and "17件" in raw.split("阅读了该文档的用户")[1],
     "juyuan: the related 2013 report's figures after the document")

raw = texts[CZ + "#raw"]
must(raw.startswith("<!DOCTYPE") and "<!-- saved from url=(0065)http://www.360doc.com/" in raw
     and len("http://www.360doc.com/content/13/0408/15/10683215_276925104.shtml") == 65, "cenzhou: saved-from mark")
must("来自：" in raw and "2013-04-08" in raw and "阅：2286" in raw, "cenzhou: the collector's line")
outside = raw.replace(div_by_id(raw, "artContent", '<div class="yuanwen">'), "")
must("112件" in outside and "61,305条" in outside and "112件" not in texts[CZ][0], "cenzhou: 猜你喜欢 figures outside the article")

raw = texts[QM + "#raw"]
body, fm = obsidian_text(raw)
must("published: 2022-01-21" in fm and "created: 2024-05-07" in fm and "mp.weixin.qq.com" in fm, "qimu: front matter")
must(raw.count("](https://mmbiz.qpic.cn/mmbiz_png/") == 3 and "📢" in raw and "✨" in raw and "**（一）主动公开。**2021年" in raw,
     "qimu: three tables as pictures, emoji, bold sub-heads glued")

raw = texts[XD + "#raw"]
card, article, comments = weibo_parts(raw)
must("\u200b" in card and "收起全文d" in raw and "头条文章" in raw, "xundong: Weibo card and marks")
must("✅按期答复十件，\n另有一件" in article and article.count("📢") == 5, "xundong: ✅ lines, the sentence cut at its comma")
must("17件" in comments and "17件" not in article and "十七件" in article, "xundong: a comment's other-year figure")
must("2020-01-16 09:32 发布于 江西" in raw, "xundong: the posting date")

raw = texts[YN + "#raw"]
must(raw.startswith("\ufeff") and "\n        1. 2017年工作打算\n" in raw and raw.count("        1. ") == 3
     and "申请37件1，" in raw and "\r" not in raw, "yuanning: LibreOffice's BOM, restarted auto-numbers, the footnote mark")
must("含国家统计局转办" not in raw, "yuanning: the footnote text is not exported")

raw = texts[TX + "#raw"]
must(raw.count("&nbsp;<wbr>") > 40 and "[转载]" in raw and "原文地址：" in raw and "(2010-04-12 16:23:05)" in raw,
     "tanxi: Sina blog repost markup")
must(not re.search(r"[0-9]", re.sub(r"20(08|09|10)年|\d+月\d+日|（5月至12月）", "", texts[TX][0].split("统计期限", 1)[1])),
     "tanxi: no Arabic figure in the report (only years and dates)")

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
