#!/usr/bin/env python3
"""Mechanical checks of manifest.json against the files (set 8, prose).
1. every non-zero numeric gold value is printed in its file (Arabic with or without thousands
   separators, or Chinese numerals; traditional files via OpenCC t2s when available; HTML after
   stripping tags);
2. every zero gold value has a zero statement listed below, found in the file;
3. every published date is printed (Arabic, 〇/0 Chinese-numeral, or ISO form);
4. the arithmetic identities each entry's notes rely on.
Run: python3 check.py  (exit 1 on any failure)."""
import json, os, re, subprocess, sys, html
H = os.path.dirname(os.path.abspath(__file__))
M = json.load(open(os.path.join(H, "manifest.json"), encoding="utf-8"))
fail = 0
def bad(*a):
    global fail; fail += 1; print("FAIL", *a)

D = {'零':0,'〇':0,'0':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
U = {'十':10,'百':100,'千':1000}
def cn2int(s):
    total, sec, num = 0, 0, 0
    for c in s:
        if c in D: num = D[c]
        elif c in U:
            sec += (num or 1) * U[c]; num = 0
        elif c == '万':
            total += (sec + num) * 10000; sec = num = 0
    return total + sec + num

def numbers(text):
    out = set()
    for m in re.finditer(r'\d[\d,]*(?:\.\d+)?', text):
        t = m.group().replace(',', '')
        try: out.add(float(t))
        except ValueError: pass
    for m in re.finditer(r'[零〇一二两三四五六七八九十百千万]+', text):
        out.add(float(cn2int(m.group())))
    return out

def load(f):
    s = open(os.path.join(H, f), encoding="utf-8").read()
    if f.endswith(".html"):
        s = html.unescape(re.sub(r'<[^>]+>', '', s))
    if "hant" in f:
        try:
            s = subprocess.run(["opencc", "-c", "t2s"], input=s, capture_output=True, text=True, check=True).stdout
        except Exception as e:
            print("note: opencc unavailable, checking the traditional text as is", e)
    return s

ZERO = {  # file -> key -> zero statement that must be in the (converted) text
 "lanmei-ethnic-affairs-2014.html": {"narrative.fees_collected": "一律免收", "narrative.reviews": "均为“零”", "narrative.lawsuits": "均为“零”"},
 "qiaodu-city-2021-pdf.txt": {"narrative.fees_collected": "未收取信息处理费"},
 "songling-county-2009-hant.txt": {"narrative.reviews": "本年度没有", "narrative.lawsuits": "本年度没有"},
 "shixia-street-2017-summary.txt": {"narrative.applications_carried_forward": "无结转", "narrative.fees_collected": "没有收取任何费用",
     "narrative.reviews": "双零", "narrative.lawsuits": "双零"},
 "qingchuan-tax-2018.txt": {"narrative.fees_collected": "一律免收", "narrative.reviews": "全年无", "narrative.lawsuits": "全年无"},
 "heyuan-survey-team-2016-pdf.txt": {"narrative.fees_collected": "未收取任何费用", "narrative.reviews": "未发生因政府信息公开申请引起的行政复议",
     "narrative.lawsuits": "行政诉讼及举报投诉"},
 "lanjing-housing-fund-2020.html": {"narrative.fees_collected": "收费金额为0元", "narrative.lawsuits": "未被提起行政诉讼"},
 "donglin-university-2013-2014.txt": {"narrative.fees_collected": "均未收费", "narrative.reviews": "未发生因信息公开申请被申诉、被申请行政复议",
     "narrative.lawsuits": "或被提起行政诉讼"},
}
def date_forms(iso):
    y, m, d = map(int, iso.split('-'))
    def cn(n):  # 26 -> 二十六, 10 -> 十
        t, o = divmod(n, 10)
        return (('' if t == 1 else '零一二三四五六七八九'[t]) + '十' if t else '') + ('' if o == 0 and t else '零一二三四五六七八九'[o])
    ys = ''.join('〇一二三四五六七八九'[int(c)] for c in str(y))
    return [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{ys}年{cn(m)}月{cn(d)}日", f"{ys.replace('〇','0')}年{cn(m)}月{cn(d)}日"]

for e in M:
    f, g = e["file"], e["gold"]
    t = load(f); nums = numbers(t)
    for k, v in g.items():
        if k in ("year", "agency", "kind", "template", "published", "script") or v is None: continue
        if v != 0:
            if float(v) not in nums: bad(f, k, v, "not printed")
        else:
            z = ZERO.get(f, {}).get(k)
            if k.startswith(("active.", "applications.", "appeals.", "legacy.")): continue  # table zeros: checked below
            if z is None: bad(f, k, "zero without a listed zero statement")
            elif z not in re.sub(r'\s+', '', t): bad(f, k, "zero statement not found:", z)
    if g.get("published") and not any(x in t for x in date_forms(g["published"])):
        bad(f, "published", g["published"], "not printed")
    a = g.get("agency")
    if a and a not in t: bad(f, "agency", a, "not printed (after t2s)")
    if g.get("year") and str(g["year"]) not in t and f != "shixia-street-2017-summary.txt":
        bad(f, "year not printed")

def eq(f, a, b, what):
    if a != b: bad(f, what, a, "!=", b)
# identities the notes rely on
eq("hangdao", 1771+75, 1846, "active parts"); eq("hangdao", 96+29+9+3, 137, "channels")
eq("hangdao", 137+9, 139+7, "balance"); eq("hangdao", 81+17+9+14+12+6, 139, "outcomes"); eq("hangdao", 2+3+4, 9, "denied reasons")
eq("hangdao", round(1846/1532*100-100, 1), 20.5, "yoy"); eq("hangdao", round(79/58*100, 1), 136.2, "yoy apps")
eq("lanmei", 46+112+673+418+137, 1386, "categories"); eq("lanmei", 2047+1068, 3115, "new media"); eq("lanmei", 15+3+1+2+2, 23, "answers")
eq("lanmei", round(1386/1102*100-100, 1), 25.8, "yoy"); eq("lanmei", round(16/9*100-100, 1), 77.8, "yoy interp")
eq("lanmei", 19+8, 27, "npc split"); eq("lanmei", 26+15, 41, "cppcc split")
eq("qiaodu", 86+604+525, 1215, "sub-units"); eq("qiaodu", 1215+32, 1189+58, "balance"); eq("qiaodu", 512+163+41+338+79+56, 1189, "outcomes")
eq("qiaodu", round(1215/963*100-100, 1), 26.2, "yoy"); eq("qiaodu", 283+122, 405, "cppcc split"); eq("qiaodu", 891+145, 1036, "cleanup")
eq("songling", 2904+156+68, 3128, "channels"); eq("songling", 39+18+7, 64, "app channels"); eq("songling", 87-23, 64, "visitors")
eq("songling", 42+7+3+5+4, 61, "outcomes"); eq("songling", 61+3, 64, "balance")
eq("shixia", 64+9+38+12, 123, "categories"); eq("shixia", 3+1, 4+0, "balance")
eq("qingchuan", 96+74+158, 328, "active"); eq("qingchuan", 9+6+8, 23, "interp"); eq("qingchuan", 3+2+4, 9, "apps"); eq("qingchuan", 5+1+2, 8, "outcomes"); eq("qingchuan", 8+1, 9, "balance")
eq("heyuan", 1+1+0+1+1+0+0+0, 4, "answers"); eq("heyuan", 1+0+3+0, 4, "channels"); eq("heyuan", 4+0, 4, "on time + late")
eq("heyuan", 0+0+1+0+0+0, 1, "denied reasons"); eq("heyuan", 0+0+0, 0, "review parts")
eq("lanjing", 1205+361+298+277+240, 2381, "sub-units"); eq("lanjing", 2381-2106, 275, "delta"); eq("lanjing", 11+6, 17, "apps split")
eq("lanjing", 17+2, 18+1, "balance"); eq("lanjing", round(628/548*100-100, 1), 14.6, "yoy")
eq("donglin", 46+312+58+197+86+213+24+61+39+101, 1137, "categories"); eq("donglin", 5+2, 7, "apps split"); eq("donglin", 4+1+2, 7, "outcomes")
# the pre-2019 table of heyuan: every table gold value sits on its row in the file
t = load("heyuan-survey-team-2016-pdf.txt")
rows = {"active.total": "（不同渠道和方式公开相同信息计1条）", "applications.new.total": "（一）收到申请数", "applications.processed.total": "（二）申请办结数",
        "applications.granted.total": "2.同意公开答复数", "applications.partial.total": "3.同意部分公开答复数", "legacy.denied": "4.不同意公开答复数",
        "legacy.not_ours": "5.不属于本行政机关公开数", "legacy.not_exist": "6.申请信息不存在数", "appeals.review.total": "四、行政复议数量",
        "appeals.review.upheld": "1.维持具体行政行为数", "appeals.review.corrected": "2.被依法纠错数", "appeals.review.other": "3.其他情形数",
        "appeals.suit.total": "五、行政诉讼数量", "legacy.complaints": "六、举报投诉数量", "legacy.fees_yuan": "七、依申请公开信息收取的费用"}
g = [e for e in M if e["file"].startswith("heyuan")][0]["gold"]
for k, lab in rows.items():
    line = [l for l in t.split("\n") if lab in l][0]
    val = float(line.split()[-1])
    if val != g[k]: bad("heyuan table", k, val, g[k])
# no gold key outside the schema's vocabulary
ok = re.compile(r'^(year|agency|kind|template|published|script|narrative\.(active_total|applications_received|applications_completed|applications_carried_forward|reviews|lawsuits|new_media_posts|press_conferences|interpretations|npc_suggestions|cppcc_proposals|fees_collected)|active\.total|applications\.(new|processed|granted|partial)\.total|appeals\.review\.(total|upheld|corrected|other)|appeals\.suit\.total|legacy\.(denied|not_ours|not_exist|complaints|fees_yuan))$')
for e in M:
    for k in e["gold"]:
        if not ok.match(k): bad(e["file"], "unknown key", k)
    for k in ("year", "agency", "kind", "template", "published", "script"):
        if k not in e["gold"]: bad(e["file"], "missing", k)
    if not os.path.exists(os.path.join(H, e["file"])): bad(e["file"], "missing file")
print("files", len(M), "gold keys", sum(len(e["gold"]) for e in M),
      "null", sum(1 for e in M for v in e["gold"].values() if v is None), "failures", fail)
sys.exit(1 if fail else 0)
