#!/usr/bin/env python3
"""Check the hand-written gold of manifest.json against the files of set prose16 (stdlib only; adapted from
prose15/check.py, copied rather than imported).

Each form is decoded first: the Baidu Baike page from its lemma summary to the 参考资料 list (sidebar, references and
related lemmas apart), the Telegram export's two messages that carry the report (text arrays of plain strings and
bold entities joined), the Zhihu answer between '人赞同了该回答' and '发布于' (question, comments apart), the
knowledge-base page's <div class="kb-content">, the .ics DESCRIPTION unfolded (CRLF + space) and unescaped, the CSV's
正文 cell read with the csv module — then NFKC-normalised with all white space removed, so that a figure cut by a
fold, a markup run or a line is found whole.

For every gold key, SOURCES gives the sentence the value was read from, copied from the decoded file, and the words
printed right before the figure (the anchor).  The figure after the anchor must be a count directly before a unit
(Arabic with or without thousands separators and decimals, or Chinese numerals with 〇 零 两 廿) equal to the gold
value.  A 0 must come from a zero statement, a null from an approximate figure.  The sums and ratios the notes rely
on and the file-specific facts are then checked, and every gold key must be in the schema's vocabulary.

Run: python3 check.py            (exit status 1 on any failure)
     python3 check.py --mutate   (also alters every gold value one at a time; every change must fail)"""
import copy, csv, html, io, json, os, re, sys, unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

OK_KEYS = {"year", "agency", "kind", "template", "published", "script"} | {
    "narrative." + k for k in "active_total applications_received applications_completed "
    "applications_carried_forward reviews lawsuits new_media_posts press_conferences interpretations "
    "npc_suggestions cppcc_proposals fees_collected".split()}

MC = "mangchuan-city-2008-baidu-baike-entry.html"
XY = "xieyang-county-2013-telegram-export-hant.json"
YK = "yingkou-epb-2017-zhihu-answer-copy.txt"
HB = "huanbei-health-2020-12345-knowledge-base.html"
ZL = "zhiling-township-2023-oa-calendar-event.ics"
XL = "xiulan-medsec-2024-lo-calc-csv-row.csv"

# the traditional file's agency is compared in its own script (gold agency is normalised to simplified)
S2T = {"阳": "陽", "县": "縣"}

# key -> a plain sentence (metadata), or (sentence, anchor) for a count, or ("zero", s), ("approx", s, anchor)
SOURCES = {
 MC: {
  "year": "本报告中所列数据的统计期限自2008年5月1日起至2008年12月31日止",
  "agency": "《漭川市人民政府2008年政府信息公开工作年度报告》是漭川市人民政府于2009年3月发布的",
  "kind": "《漭川市人民政府2008年政府信息公开工作年度报告》是漭川市人民政府于2009年3月发布的",
  "published": "漭川市人民政府\n二〇〇九年三月廿六日",
  "narrative.active_total": ("2008年5月至12月，全市共主动公开政府信息12,417条[2]，其中市政府及市政府部门主动公开3,906条",
                             "共主动公开政府信息"),
  "narrative.press_conferences": ("全市召开新闻发布会十四次，在市档案馆、市图书馆设立政府信息查阅点两处", "新闻发布会"),
  "narrative.applications_received": ("全市共收到政府信息公开申请一百五十六件[3]，其中市政府部门受理九十八件", "共收到政府信息公开申请"),
  "narrative.applications_completed": ("已答复一百四十九件，其中同意公开九十一件", "已答复"),
  "narrative.applications_carried_forward": ("其余七件因需征求第三方意见，转入2009年继续办理", "其余"),
  "narrative.fees_collected": ("全市在提供政府信息过程中共收取检索费、复制费、邮寄费1,240元[1]，对十一名生活困难的申请人减免费用360元",
                               "邮寄费"),
  "narrative.reviews": ("全市因政府信息公开申请行政复议两件，其中维持原具体行政行为一件、尚在审理中一件", "申请行政复议"),
  "narrative.lawsuits": ("zero", "未发生因政府信息公开提起行政诉讼的情况"),
 },
 XY: {
  "year": "本報告中所列數據的統計期限爲2013年1月1日至2013年12月31日",
  "agency": "渫陽縣人民政府2013年政府信息公開工作年度報告",
  "kind": "渫陽縣人民政府2013年政府信息公開工作年度報告",
  "published": "渫陽縣人民政府\n\n2014年3月28日",
  "narrative.active_total": ("2013年，全縣共主動公開政府信息2,086條，比2012年增加204條", "共主動公開政府信息"),
  "narrative.interpretations": ("全年發佈政策解讀廿篇，召開新聞發佈會六場", "政策解讀"),
  "narrative.press_conferences": ("全年發佈政策解讀廿篇，召開新聞發佈會六場", "新聞發佈會"),
  "narrative.new_media_posts": ("approx", "通過“渫陽發佈”政務微博發佈信息約一千五百條", "發佈信息"),
  "narrative.applications_received": ("全年共受理政府信息公開申請四十三件（其中網上申請二十九件", "共受理政府信息公開申請"),
  "narrative.applications_completed": ("截至12月31日，已辦結四十一件，其中同意公開二十八件", "已辦結"),
  "narrative.applications_carried_forward": ("另有兩件因涉及第三方權益，結轉至2014年辦理", "另有"),
  "narrative.fees_collected": ("全年共收取複製費、郵寄費二百四十五元，按規定減免費用六十元", "郵寄費"),
  "narrative.reviews": ("2013年，因政府信息公開申請行政複議一件，經市人民政府審理維持原答覆", "申請行政複議"),
  "narrative.lawsuits": ("zero", "未發生因政府信息公開提起行政訴訟的情況"),
  "narrative.npc_suggestions": ("全年辦理縣人大代表建議一百零二件、縣政協提案一百三十七件", "縣人大代表建議"),
  "narrative.cppcc_proposals": ("全年辦理縣人大代表建議一百零二件、縣政協提案一百三十七件", "縣政協提案"),
 },
 YK: {
  "year": "所列数据的统计期限为2017年1月1日至2017年12月31日",
  "agency": "潆口县环境保护局2017年政府信息公开工作年度报告",
  "kind": "潆口县环境保护局2017年政府信息公开工作年度报告",
  "published": "潆口县环境保护局\n\n2018年1月30日",
  "narrative.active_total": ("2017年，我局主动公开政府信息六百一十二条，其中环境质量信息二百零四条", "主动公开政府信息"),
  "narrative.interpretations": ("发布政策解读八篇", "政策解读"),
  "narrative.new_media_posts": ("approx", "“潆口环保”微信公众号全年推送信息三百余条", "推送信息"),
  "narrative.applications_received": ("全年收到政府信息公开申请47件，比2016年的19件增加28件，增长147.4%", "收到政府信息公开申请"),
  "narrative.applications_completed": ("共办结45件，其中同意公开31件", "共办结"),
  "narrative.applications_carried_forward": ("其余2件结转至2018年办理", "其余"),
  "narrative.fees_collected": ("全年依申请提供政府信息收取复制费共计38.5元，无减免情况", "复制费共计"),
  "narrative.reviews": ("zero", "全年无因政府信息公开引发的行政复议"),
  "narrative.lawsuits": ("被提起行政诉讼1件，一审判决驳回原告诉讼请求", "被提起行政诉讼"),
  "narrative.npc_suggestions": ("承办县人大代表建议6件、县政协提案11件，均已按时办结", "县人大代表建议"),
  "narrative.cppcc_proposals": ("承办县人大代表建议6件、县政协提案11件，均已按时办结", "县政协提案"),
 },
 HB: {
  "year": "所列数据的统计期限为2020年1月1日至2020年12月31日",
  "agency": "澴北区卫生健康委员会2020年政府信息公开工作年度报告",
  "kind": "澴北区卫生健康委员会2020年政府信息公开工作年度报告",
  "published": "澴北区卫生健康委员会\n2021年1月26日",
  "narrative.active_total": ("2020年，区卫健委主动公开政府信息439条，其中新冠肺炎疫情防控信息216条，占49.2%", "主动公开政府信息"),
  "narrative.press_conferences": ("召开疫情防控新闻发布会十二场", "新闻发布会"),
  "narrative.applications_received": ("2020年，本机关新收政府信息公开申请18件，上年结转2件", "新收政府信息公开申请"),
  "narrative.applications_completed": ("办结19件（予以公开11件、部分公开3件", "办结"),
  "narrative.applications_carried_forward": ("结转下年度继续办理1件", "结转下年度继续办理"),
  "narrative.fees_collected": ("zero", "本年度未收取信息处理费"),
  "narrative.reviews": ("2020年，因政府信息公开被申请行政复议1件，结果维持", "被申请行政复议"),
  "narrative.lawsuits": ("zero", "未被提起行政诉讼"),
  "narrative.npc_suggestions": ("全年办理区人大代表建议九件、区政协提案十五件，均按期办复", "区人大代表建议"),
  "narrative.cppcc_proposals": ("全年办理区人大代表建议九件、区政协提案十五件，均按期办复", "区政协提案"),
 },
 ZL: {
  "year": "枳岭镇人民政府2023年政务公开工作总结",
  "agency": "枳岭镇人民政府2023年政务公开工作总结",
  "kind": "枳岭镇人民政府2023年政务公开工作总结",
  "published": "枳岭镇人民政府\n2023年12月22日",
  "narrative.active_total": ("全年通过县政府门户网站枳岭镇专栏主动公开政府信息三百二十七条", "主动公开政府信息"),
  "narrative.new_media_posts": ("approx", "“枳岭发布”微信公众号推送信息逾二百篇", "推送信息"),
  "narrative.interpretations": ("发布图解、文字解读等政策解读材料7篇", "政策解读材料"),
  "narrative.applications_received": ("全年收到政府信息公开申请两件（2022年为5件），按期答复两件", "收到政府信息公开申请"),
  "narrative.applications_completed": ("全年收到政府信息公开申请两件（2022年为5件），按期答复两件", "按期答复"),
  "narrative.applications_carried_forward": ("zero", "无结转至2024年的申请"),
  "narrative.fees_collected": ("zero", "本年度未收取任何费用"),
  "narrative.reviews": ("zero", "2023年，我镇未发生涉及政务公开的行政复议和行政诉讼"),
  "narrative.lawsuits": ("zero", "2023年，我镇未发生涉及政务公开的行政复议和行政诉讼"),
 },
 XL: {
  "year": "统计期限为2024年1月1日至2024年12月31日",
  "agency": "岫澜省医疗保障局2024年政府信息公开工作年度报告",
  "kind": "岫澜省医疗保障局2024年政府信息公开工作年度报告",
  "published": "岫澜省医疗保障局\n2025年1月17日",
  "narrative.active_total": ("2024年，我局在门户网站主动公开政府信息2,137条，比上年增长14.0%（2023年为1,874条）", "主动公开政府信息"),
  "narrative.interpretations": ("发布政策解读二十一篇，召开新闻发布会5场", "政策解读"),
  "narrative.press_conferences": ("发布政策解读二十一篇，召开新闻发布会5场", "新闻发布会"),
  "narrative.new_media_posts": ("approx", '"岫澜医保"微信公众号发布信息近1,500条', "发布信息"),
  "narrative.applications_received": ("全年新收政府信息公开申请71件，其中自然人申请65件，占91.5%", "新收政府信息公开申请"),
  "narrative.applications_completed": ("办结72件，结转下年度继续办理2件", "办结"),
  "narrative.applications_carried_forward": ("办结72件，结转下年度继续办理2件", "结转下年度继续办理"),
  "narrative.fees_collected": ("zero", "本年度收取信息处理费0元"),
  "narrative.reviews": ("因政府信息公开被申请行政复议3件（维持2件、纠正1件）", "被申请行政复议"),
  "narrative.lawsuits": ("被提起行政诉讼1件（尚未审结）", "被提起行政诉讼"),
  "narrative.npc_suggestions": ("承办省人大代表建议58件、省政协提案73件，其中主办建议21件", "省人大代表建议"),
  "narrative.cppcc_proposals": ("承办省人大代表建议58件、省政协提案73件，其中主办建议21件", "省政协提案"),
 },
}

SUMS = [
 ("mangchuan parts", [3906, 8511], 12417), ("mangchuan bodies", [98, 58], 156),
 ("mangchuan answers", [91, 23, 12, 15, 8], 149), ("mangchuan balance", [149, 7], 156),
 ("xieyang parts", [317, 1142, 627], 2086), ("xieyang ways", [29, 10, 4], 43), ("xieyang answers", [28, 5, 3, 3, 2], 41),
 ("xieyang balance", [41, 2], 43), ("xieyang change", [28, 15], 43),
 ("yingkou parts", [204, 188, 97, 123], 612), ("yingkou answers", [31, 6, 2, 4, 2], 45), ("yingkou balance", [45, 2], 47),
 ("yingkou change", [19, 28], 47),
 ("huanbei answers", [11, 3, 1, 3, 1], 19), ("huanbei balance", [18, 2, -19], 1),
 ("xiulan balance", [71, 3, -72], 2), ("xiulan reviews", [2, 1], 3),
]
RATIOS = [(47, 19, Decimal("147.4")), (2137, 1874, Decimal("14.0"))]  # (value, last year's, printed % growth)
SHARES = [(216, 439, Decimal("49.2")), (65, 71, Decimal("91.5"))]  # (part, whole, printed %)

ZERO = re.compile(r"未|无|無|没有|均为零|(?<![\d.])0(?![\d.])")
APPROX = re.compile(r"余|餘|约|約|多|几|幾|近|逾|左右|超过")
CNDIG = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CNUNIT = {"十": 10, "百": 100, "千": 1000}
UNIT = "件条條篇场場次元项項"
ARAB = r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万)?"
CHIN = r"([〇○零一二两兩三四五六七八九十百千万廿]+)"


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
        elif ch == "廿":
            section += 20
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
            day = cn_small(dd)
            out.add(f"{yf}年{cn_small(m)}月{day}日")
            if day.startswith("二十"):
                out.add(f"{yf}年{cn_small(m)}月廿{day[2:]}日")
    return out


# ---------------------------------------------------------------- decoders
def baike_text(raw):
    return strip_html(raw.split('<div class="lemma-summary"', 1)[1].split('<dl class="lemma-reference', 1)[0])


def tg_text(msg):
    t = msg["text"]
    return t if isinstance(t, str) else "".join(x if isinstance(x, str) else x["text"] for x in t)


def tg_report(raw):
    msgs = {m["id"]: m for m in json.loads(raw)["messages"]}
    return tg_text(msgs[40213]) + tg_text(msgs[40214])


def zhihu_answer(raw):
    return raw.split("人赞同了该回答\n", 1)[1].split("\n发布于 ", 1)[0]


def ics_props(raw):
    """unfolded content lines"""
    return raw.replace("\r\n ", "").split("\r\n")


def ics_description(raw):
    line = next(l for l in ics_props(raw) if l.startswith("DESCRIPTION:"))
    v = line[len("DESCRIPTION:"):]
    return re.sub(r"\\([nN,;\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), v)


def csv_rows(raw):
    return list(csv.reader(io.StringIO(raw, newline="")))


def plain_of(name, raw):
    if name == MC:
        return baike_text(raw)
    if name == XY:
        return tg_report(raw)
    if name == YK:
        return zhihu_answer(raw)
    if name == HB:
        return strip_html(raw.split('<div class="kb-content">', 1)[1].split("</div>", 1)[0])
    if name == ZL:
        return ics_description(raw)
    if name == XL:
        return csv_rows(raw)[1][7]
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
                vv = "".join(S2T.get(c, c) for c in v) if e["gold"].get("script") == "hant" else v
                if not isinstance(v, str) or not re.search(
                        r"(?<![\u4e00-\u9fff])" + re.escape(vv) + r"(?=\d|[〇○一二]|关于)", ss):
                    errs.append(f"{name}: agency {v} not in {s!r} (followed by a year)")
            elif k == "kind":
                word = {"work_summary": ("工作总结",), "annual_report": ("工作年度报告", "工作年度報告")}.get(v, ("\0",))
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
            if got is None or got != Decimal(str(v)):
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
    must(round(Decimal(v - base) * 100 / base, 1) == pct, f"ratio {v}/{base} != {pct}%")
for part, whole, pct in SHARES:
    must(round(Decimal(part) * 100 / whole, 1) == pct, f"share {part}/{whole} != {pct}%")

# --- file-specific facts the notes rely on ---
raw = texts[MC + "#raw"]
must(raw.count('<sup class="sup--normal"') == 4 and "12,417条<sup" in raw and "一百五十六件<sup" in raw and "1,240元<sup" in raw,
     "mangchuan: reference marks glued after the units")
must("申请<a target=_blank href=\"/item/%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE/2183245\">行政复议</a>两件" in raw
     and "召开<a target=_blank" in raw, "mangchuan: link markup between the keyword's words and the figure")
must("二〇〇九年三月廿六日" in texts[MC][0] and "<dd class=\"basicInfo-item value\">\n2009年3月\n</dd>" in raw,
     "mangchuan: signature date with 〇 and 廿, infobox month only")
must("21,365条" in texts[MC][0] and "21,365条" in raw.split("lemmaWgt-relatedLemma")[1] and "编辑次数：4次" in raw,
     "mangchuan: the editors' 2009 section inside, the related lemma outside, lemma statistics")

raw = texts[XY + "#raw"]
ex = json.loads(raw)
m3, m4 = [m for m in ex["messages"] if m["id"] in (40213, 40214)]
must(tg_text(m3).endswith("已辦結") and tg_text(m4).startswith("四十一件") and m3["from_id"] == m4["from_id"],
     "xieyang: the report cut into two messages inside a sentence")
must(any(isinstance(x, dict) and x["text"] == "2,086" for x in m3["text"]), "xieyang: 2,086 a bold entity of its own")
chat = "".join(tg_text(m) for m in ex["messages"] if m["id"] not in (40213, 40214))
must("127件" in chat and "二十八件" in chat and "245元" in chat, "xieyang: the chat's other figures outside the report")
must(ex["type"] == "public_supergroup" and "\\u" not in raw, "xieyang: Telegram Desktop's JSON, UTF-8 unescaped")

raw = texts[YK + "#raw"]
must(raw.count("\u200b") >= 10 and "发布于 2018-04-10 21:03" in raw and "128 人赞同了该回答" in raw, "yingkou: Zhihu copy marks")
after = raw.split("\n发布于 ", 1)[1]
must("47件" in after and "1,326件" in after and "三百多件" in texts[YK][0], "yingkou: comments and the answerer's own figures")

raw = texts[HB + "#raw"]
must('<font color="#FF0000">1</font><font color="#FF0000">8</font>件' in raw and "<b>19</b>" in raw, "huanbei: figures cut by highlight markup")
side = raw.split('<div class="kb-side">', 1)[1]
must("新收申请21件" in side and "6,912条" in side and "<td>2021-02-05 15:42:17</td>" in raw, "huanbei: the sidebar's other bodies, the KB's own date")
must("2,874件" in texts[HB][0], "huanbei: the hotline's homonym count")

raw = texts[ZL + "#raw"]
lines = raw.split("\r\n")
must(raw.count("\r\n") == raw.count("\n") and all(len(l.encode()) <= 75 for l in lines), "zhiling: CRLF, lines of at most 75 octets")
must(any(l.endswith("政府信息三百") for l in lines) and " 二十七条，村务公开栏公开村级事务一千余条（每月10日" in lines,
     "zhiling: the fold cuts 三百 / 二十七条")
must("SUMMARY:枳岭镇2023年政务公开工作总结会" in raw and "DTSTART;TZID=CST;VALUE=DATE-TIME:20231228T143000" in raw
     and "DTSTAMP;VALUE=DATE-TIME:20240103T080211Z" in raw, "zhiling: the meeting's summary and dates")

raw = texts[XL + "#raw"]
rows = csv_rows(raw)
must(len(rows) == 2 and rows[0][7].startswith("正文") and rows[1][5] == "2025/1/20" and '""岫澜医保""' in raw,
     "xiulan: header and one record, the page date, doubled quotes")
must("1,874条" in rows[1][9] and "63件" in rows[1][9] and "63件" not in rows[1][7], "xiulan: last year's figures in the note cell")

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
