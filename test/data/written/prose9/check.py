#!/usr/bin/env python3
"""Check the hand-written gold of manifest.json against the files.

For every gold key, SOURCES gives the sentence (or list item) the value was read from, copied from
the file.  The check re-reads the file, asserts the sentence is there (after the per-form
normalisation below: HTML/XML tags stripped and entities decoded, the gazette's running
headers/page numbers dropped, all whitespace removed), and asserts the gold value is printed in
that sentence (Arabic with or without thousands separators, or Chinese numerals).  A gold null
must come from an approximate figure (约/近/逾/余/多) or from parts with no printed total; a
gold 0 must come from a zero statement.  The sums the notes rely on are recomputed, and every key
must be in the schema's vocabulary.  Run: python3 check.py   (exit 1 on any failure)"""
import html, json, re, sys

OK_KEYS = {"year", "agency", "kind", "template", "published", "script"} | {
    "narrative." + k for k in "active_total applications_received applications_completed "
    "applications_carried_forward reviews lawsuits new_media_posts press_conferences interpretations "
    "npc_suggestions cppcc_proposals fees_collected".split()}

SOURCES = {
 "qiaoshan-archives-2012-wayback.txt": {
  "year": "桥山市档案局（桥山市档案馆）2012年政府信息公开工作年度报告",
  "agency": "桥山市档案局（桥山市档案馆）2012年政府信息公开工作年度报告",
  "published": "二〇一三年三月十五日",
  "narrative.active_total": "局、馆合计主动公开政府信息283条",
  "narrative.applications_received": ("parts", "市档案局收到政府信息公开申请4件，市档案馆收到政府信息公开申请9件"),
  "narrative.applications_completed": "局、馆共办结申请13件",
  "narrative.fees_collected": "共收取检索、复制费46元",
  "narrative.reviews": "局、馆均未发生因政府信息公开申请行政复议的情况",
  "narrative.lawsuits": "全年发生因政府信息公开提起行政诉讼1件",
 },
 "liuquan-county-2017-tongbao-docx2txt.txt": {
  "year": "柳泉县人民政府2017年政府信息公开工作年度报告本报告",
  "agency": "柳泉县人民政府2017年政府信息公开工作年度报告本报告",
  "published": "柳泉县人民政府办公室2018年3月28日",
  "narrative.active_total": "全县共主动公开政府信息8,216条",
  "narrative.press_conferences": "县政府全年举办新闻发布会14场",
  "narrative.interpretations": "发布政策解读稿件56篇",
  "narrative.npc_suggestions": "县人大代表建议87件",
  "narrative.cppcc_proposals": "县政协委员提案112件",
  "narrative.applications_received": "全年共收到政府信息公开申请26件",
  "narrative.applications_completed": "已办结24件",
  "narrative.applications_carried_forward": "另有2件因申请时间临近年底，结转至2018年继续办理",
  "narrative.fees_collected": "均未收取检索、复制、邮寄等费用",
  "narrative.reviews": "被申请行政复议3件",
  "narrative.lawsuits": "被提起行政诉讼1件",
 },
 "yuwan-devzone-2015-trafilatura.xml": {
  "year": "榆湾经济技术开发区管理委员会2015年政府信息公开工作年度报告",
  "agency": "榆湾经济技术开发区管理委员会2015年政府信息公开工作年度报告",
  "published": "榆湾经济技术开发区管理委员会2016年3月21日",
  "narrative.active_total": "主动公开政府信息：1,437条",
  "narrative.press_conferences": "召开新闻发布会：4场",
  "narrative.interpretations": "发布政策解读：9篇",
  "narrative.new_media_posts": ("approx", "微信公众号推送信息：约460条"),
  "narrative.applications_received": ("parts", "网上申请：11件信函申请：3件当面申请：2件"),
  "narrative.applications_completed": "申请办理：已办结14件，结转下年2件",
  "narrative.applications_carried_forward": "已办结14件，结转下年2件",
  "narrative.fees_collected": "收取复制费：18.5元",
  "narrative.reviews": "行政复议：1件",
  "narrative.lawsuits": "行政诉讼：0件",
 },
 "fengyang-earthquake-2020-reader.html": {
  "year": "丰阳市地震局2020年政府信息公开工作年度报告",
  "agency": "丰阳市地震局2020年政府信息公开工作年度报告",
  "published": "丰阳市地震局2021年1月20日",
  "narrative.active_total": "主动公开政府信息168条，2019年为192条",
  "narrative.new_media_posts": "微信公众号全年推送信息215条",
  "narrative.applications_received": "本年新收政府信息公开申请3件，上年为5件",
  "narrative.applications_completed": "3件申请均已办结",
  "narrative.applications_carried_forward": "无上年结转和结转下年度办理的申请",
  "narrative.fees_collected": "本年度未收取信息处理费",
  "narrative.reviews": "本年度我局未发生因政府信息公开引起的行政复议和行政诉讼案件",
  "narrative.lawsuits": "本年度我局未发生因政府信息公开引起的行政复议和行政诉讼案件",
 },
 "shilong-housing-2013-baidu-cache.txt": {
  "year": ("relative", "现将我局上一年度政府信息公开工作情况报告如下"),
  "agency": "石垄县住房和城乡建设局政府信息公开工作年度报告",
  "published": "石垄县住房和城乡建设局2014年2月25日",
  "narrative.active_total": ("approx", "主动公开政府信息逾600条"),
  "narrative.interpretations": ("approx", "发布政策解读稿件10余篇"),
  "narrative.applications_received": "本年度共受理政府信息公开申请17件",
  "narrative.fees_collected": ("approx", "收取资料复制费约120元"),
  "narrative.reviews": "被申请行政复议1件",
  "narrative.lawsuits": "未发生因政府信息公开提起行政诉讼的情况",
 },
 "qingxu-town-2016-summary-catdoc.txt": {
  "year": "关于2016年政务公开工作总结暨2017年工作要点的报告",
  "agency": "清溆镇人民政府关于2016年政务公开工作总结",
  "kind": "关于2016年政务公开工作总结暨2017年工作要点的报告",
  "published": "清溆镇人民政府2017年1月6日",
  "narrative.active_total": "主动公开政府信息526条，占全县乡镇公开总量的11.3%",
  "narrative.new_media_posts": "微信公众号全年推送信息213条",
  "narrative.applications_received": "全年受理政府信息公开申请5件，占全县乡镇受理总数的20%",
  "narrative.fees_collected": "未收取任何费用",
  "narrative.reviews": "全年未发生因政务公开工作引发的行政复议和行政诉讼",
  "narrative.lawsuits": "全年未发生因政务公开工作引发的行政复议和行政诉讼",
 },
 "lanxiang-city-2011-gazette-pdf.txt": {
  "year": "澜湘市人民政府2011年政府信息公开工作年度报告",
  "agency": "澜湘市人民政府2011年政府信息公开工作年度报告",
  "published": "澜湘市人民政府2012年3月26日",
  "narrative.active_total": "全市各级行政机关共主动公开政府信息48,216条",
  "narrative.press_conferences": "市政府新闻办共举办新闻发布会42场",
  "narrative.applications_received": "全市各级行政机关共收到政府信息公开申请1,286件",
  "narrative.applications_completed": "已答复1,247件",
  "narrative.applications_carried_forward": "其余39件正在办理中，将于2012年继续办理",
  "narrative.fees_collected": "邮寄费等费用2,364.5元",
  "narrative.reviews": "因政府信息公开申请提起行政复议37件",
  "narrative.lawsuits": "因政府信息公开提起行政诉讼15件",
 },
 "redai-crops-bureau-2018-singlefile.html": {
  "year": "国家热带作物管理局2018年政府信息公开工作年度报告",
  "agency": "国家热带作物管理局2018年政府信息公开工作年度报告",
  "published": "国家热带作物管理局2019年1月28日",
  "narrative.active_total": "全年主动公开政府信息1,052条",
  "narrative.new_media_posts": "通过“热作信息”微信公众号发布316条",
  "narrative.press_conferences": "全年举办新闻发布会5场",
  "narrative.interpretations": ("approx", "发布政策解读近30篇"),
  "narrative.applications_received": "全年共收到政府信息公开申请38件，同比增长18.8%",
  "narrative.applications_completed": "全年办结申请35件",
  "narrative.applications_carried_forward": "另有3件申请因在2018年12月下旬收到，转入2019年继续办理",
  "narrative.fees_collected": "未收取任何费用，亦无减免情况",
  "narrative.reviews": "被申请行政复议2件，同比下降50%",
  "narrative.lawsuits": "被提起行政诉讼1件",
 },
 "qinghe-street-2023-pandoc.md": {
  "year": "浦溪区青禾街道办事处2023年政府信息公开工作年度报告",
  "agency": "浦溪区青禾街道办事处2023年政府信息公开工作年度报告",
  "published": "青禾街道办事处2024年1月19日",
  "narrative.active_total": ("approx", "发布各类信息约1,200条"),
  "narrative.new_media_posts": "微信公众号全年发布信息386条",
  "narrative.applications_received": "本年度新收政府信息公开申请9件，同比下降25%",
  "narrative.applications_completed": "全年办结10件",
  "narrative.applications_carried_forward": "本年度无结转下年度继续办理的申请",
  "narrative.fees_collected": "未发出收费通知，未收取信息处理费",
  "narrative.reviews": "被申请行政复议1件",
  "narrative.lawsuits": "未被提起行政诉讼",
  "narrative.npc_suggestions": "承办区人大代表建议4件",
  "narrative.cppcc_proposals": "区政协委员提案6件",
 },
}

# sums the notes rely on: (file, [parts], total)
SUMS = [
 ("qiaoshan", [186, 97], 283), ("qiaoshan", [10, 1, 1, 1], 13),
 ("liuquan", [15, 6, 5], 26), ("liuquan", [15, 3, 3, 2, 1], 24), ("liuquan", [24, 2], 26),
 ("liuquan", [5318, 4902, 8216, 6075, 3784, 7431], 35726), ("liuquan", [41, 33, 26, 19, 12, 38], 169),
 ("liuquan", [41, 31, 24, 19, 12, 36], 163), ("liuquan", [2, 1, 3, 0, 1, 2], 9), ("liuquan", [1, 0, 1, 0, 0, 2], 4),
 ("yuwan", [212, 96, 836, 293], 1437), ("yuwan", [9, 1, 2, 1, 1], 14), ("yuwan", [14, 2], 16), ("yuwan", [11, 3, 2], 16),
 ("fengyang", [8, 14, 97, 49], 168), ("fengyang", [2, 1], 3),
 ("shilong", [12, 2, 2, 1], 17),
 ("qingxu", [12, 9, 138, 74, 293], 526),
 ("lanxiang", [13907, 26551, 7758], 48216), ("lanxiang", [412, 706, 168], 1286),
 ("lanxiang", [836, 127, 98, 104, 82], 1247), ("lanxiang", [11, 23, 31, 8, 25], 98), ("lanxiang", [1247, 39], 1286),
 ("lanxiang", [26, 7, 4], 37), ("lanxiang", [9, 2, 4], 15),
 ("redai", [412, 324, 316], 1052), ("redai", [98, 67, 305, 421, 161], 1052), ("redai", [21, 4, 3, 5, 2], 35),
 ("redai", [26, 12], 38), ("redai", [35, 3], 38),
 ("qinghe", [6, 2, 1], 9), ("qinghe", [9, 1], 10), ("qinghe", [5, 1, 1, 2, 1], 10),
]
RATIOS = [(168 / 192, 0.875), (3 / 5, 0.60), (26 / 16, 1.625), (412 / 1052, 0.392), (26 / 38, 0.684),
          (38 / 32, 1.188), (9 / 12, 0.75)]

CN = "〇一二三四五六七八九"


def text_of(name):
    t = open(name, encoding="utf-8").read()
    if name.endswith((".html", ".xml")):
        t = re.sub(r"<!--.*?-->", "", t, flags=re.S)
        t = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    if "gazette" in name:
        t = "\n".join(l for l in t.split("\n") if not re.fullmatch(
            r"\f?(澜湘市人民政府公报|2012年第3期（总第158期）|·\d+·)", l))
    if name.endswith(".md"):
        t = t.replace("**", "").replace('"', "")
    return re.sub(r"[\s\f\uf06c]", "", t)


def norm(s):
    return re.sub(r"\s", "", s).replace('"', "")


def printed_forms(v):
    if isinstance(v, float) and v != int(v):
        return [repr(v), f"{v:,}"]
    v = int(v)
    return [str(v), f"{v:,}"]


def numbers_in(s):
    return {float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", s)}


fails = 0


def fail(msg):
    global fails
    fails += 1
    print("FAIL", msg)


man = json.load(open("manifest.json", encoding="utf-8"))
for e in man:
    f, g = e["file"], e["gold"]
    t = text_of(f)
    src = SOURCES.get(f)
    if src is None:
        fail(f"{f}: no sources")
        continue
    for k, v in g.items():
        if k not in OK_KEYS:
            fail(f"{f}: key {k} not in vocabulary")
        if k in ("kind", "template", "script"):
            continue
        s = src.get(k)
        if s is None:
            fail(f"{f}: {k} has no source sentence")
            continue
        tag = None
        if isinstance(s, tuple):
            tag, s = s
        if norm(s) not in t:
            fail(f"{f}: {k}: source not in file: {s}")
            continue
        if k == "agency":
            if v not in s:
                fail(f"{f}: agency {v} not in {s}")
        elif k == "year":
            if tag == "relative":
                if "上一年度" not in s or int(g["published"][:4]) - 1 != v:
                    fail(f"{f}: relative year {v}")
                if str(v) in t or "二〇一三" in t or "二0一三" in t:
                    fail(f"{f}: the year {v} is printed after all")
            elif str(v) not in s:
                fail(f"{f}: year {v} not in {s}")
        elif k == "published":
            y, m, d = (int(x) for x in v.split("-"))
            cn = lambda n: "".join(CN[int(c)] for c in str(n))
            cnd = lambda n: ("十" if n == 10 else "十" + CN[n % 10] if n < 20 else CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")) if n >= 10 else CN[n]
            forms = [f"{y}年{m}月{d}日", f"{cn(y)}年{cnd(m)}月{cnd(d)}日"]
            if not any(x in s for x in forms):
                fail(f"{f}: published {v} not in {s}")
        elif v is None:
            if tag == "approx":
                if not re.search(r"[约近逾余多]", s):
                    fail(f"{f}: {k} null but no approximation marker in {s}")
            elif tag != "parts":
                fail(f"{f}: {k} null without reason tag")
        elif v == 0:
            if not (re.search(r"未|无|没有", s) or re.search(r"(?<![\d.,])0(件|元|起)", s)):
                fail(f"{f}: {k} = 0 but no zero statement in {s}")
        else:
            if float(v) not in numbers_in(s):
                fail(f"{f}: {k} = {v} not printed in {s}")
            if not any(p in open(f, encoding="utf-8").read() or p in t for p in printed_forms(v)):
                fail(f"{f}: {k} = {v} not in file")
    for k in src:
        if k not in g and k != "kind":
            fail(f"{f}: source for {k} but no gold")

for name, parts, total in SUMS:
    if sum(parts) != total:
        fail(f"sum {name}: {parts} != {total}")
for a, b in RATIOS:
    if abs(a - b) > 0.0006:
        fail(f"ratio {a} != {b}")

n = sum(len(e["gold"]) for e in man)
print(f"{len(man)} files, {n} gold keys, {len(SUMS)} sums: {'OK' if not fails else str(fails) + ' failures'}")
sys.exit(1 if fails else 0)
