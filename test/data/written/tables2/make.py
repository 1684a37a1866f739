#!/usr/bin/env python3
"""Generator for held-out set 2 (tables): 9 invented 政府信息公开工作年度报告 in 9 text forms.

Every agency, place and figure is invented.  The script picks the figures (seeded, deterministic),
ASSERTS the hard identities of report-format.md §7.1, renders every file and writes manifest.json.

Run:  python3 make.py        (needs the `opencc` command line tool for report 5)
"""
import itertools
import json
import os
import random
import re
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

COLS = ["person", "business", "research", "nonprofit", "legal", "other", "total"]
APPL = COLS[:6]
COL_LABELS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

# ----------------------------------------------------------------------------------------------
# table 三 row model: (path, group label or None, row label)
# ----------------------------------------------------------------------------------------------
L_NEW = "一、本年新收政府信息公开申请数量"
L_CARRIED = "二、上年结转政府信息公开申请数量"
L_RESULT = "三、本年度办理结果"
L_FWD = "四、结转下年度继续办理"
G3, G4, G5, G6 = "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"

OUTCOME_21 = [
    ("granted", None, "（一）予以公开"),
    ("partial", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied.state_secret", G3, "1.属于国家秘密"),
    ("denied.prohibited", G3, "2.其他法律行政法规禁止公开"),
    ("denied.security", G3, "3.危及“三安全一稳定”"),
    ("denied.third_party", G3, "4.保护第三方合法权益"),
    ("denied.internal", G3, "5.属于三类内部事务信息"),
    ("denied.process", G3, "6.属于四类过程性信息"),
    ("denied.enforcement", G3, "7.属于行政执法案卷"),
    ("denied.query", G3, "8.属于行政查询事项"),
    ("unable.not_held", G4, "1.本机关不掌握相关政府信息"),
    ("unable.needs_creation", G4, "2.没有现成信息需要另行制作"),
    ("unable.unclear", G4, "3.补正后申请内容仍不明确"),
    ("not_processed.petition", G5, "1.信访举报投诉类申请"),
    ("not_processed.repeated", G5, "2.重复申请"),
    ("not_processed.publication", G5, "3.要求提供公开出版物"),
    ("not_processed.excessive", G5, "4.无正当理由大量反复申请"),
    ("not_processed.confirmation", G5, "5.要求行政机关确认或重新出具已获取信息"),
    ("other_handling.no_correction", G6, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_handling.fee_unpaid", G6, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_handling.other", G6, "3.其他"),
]
# 2019: （六）其他处理 is one row; schema: it is other_handling.other
OUTCOME_19 = OUTCOME_21[:18] + [("other_handling.other", None, "（六）其他处理")]


def rows_for(template):
    out = OUTCOME_21 if template == "2021" else OUTCOME_19
    return ([("new", None, L_NEW), ("carried_over", None, L_CARRIED)] + out
            + [("processed", None, "（七）总计"), ("carried_forward", None, L_FWD)])


def outcome_paths(template):
    return [p for p, _, _ in (OUTCOME_21 if template == "2021" else OUTCOME_19)]


WEIGHTS = {
    "granted": 34, "partial": 9, "denied.state_secret": 0.3, "denied.prohibited": 1.0,
    "denied.security": 0.6, "denied.third_party": 1.6, "denied.internal": 1.2, "denied.process": 1.3,
    "denied.enforcement": 0.8, "denied.query": 2.2, "unable.not_held": 21, "unable.needs_creation": 3,
    "unable.unclear": 1.4, "not_processed.petition": 3.5, "not_processed.repeated": 2.2,
    "not_processed.publication": 0.5, "not_processed.excessive": 0.3, "not_processed.confirmation": 0.6,
    "other_handling.no_correction": 4.5, "other_handling.fee_unpaid": 0.4, "other_handling.other": 6,
}


def gen_t3(seed, template, new, carried, fwd):
    """Pick the outcome rows per applicant column; R1 = given, R4 = given, outcomes fill the rest."""
    rng = random.Random(seed)
    outs = outcome_paths(template)
    t3 = {p: [0] * 7 for p, _, _ in rows_for(template)}
    for ci in range(6):
        handled = new[ci] + carried[ci] - fwd[ci]
        assert handled >= 0
        w = [WEIGHTS[p] * (1.6 if (template == "2019" and p == "other_handling.other") else 1) for p in outs]
        for _ in range(handled):
            p = rng.choices(outs, weights=w)[0]
            t3[p][ci] += 1
        t3["new"][ci], t3["carried_over"][ci], t3["carried_forward"][ci] = new[ci], carried[ci], fwd[ci]
    finish_t3(t3, template)
    return t3


def finish_t3(t3, template):
    outs = outcome_paths(template)
    for ci in range(6):
        t3["processed"][ci] = sum(t3[p][ci] for p in outs)
    for row in t3.values():
        row[6] = sum(row[:6])
    check_t3(t3, template)


def check_t3(t3, template):
    outs = outcome_paths(template)
    assert set(t3) == {p for p, _, _ in rows_for(template)}
    for p, row in t3.items():                                       # DOM-1, T3-ROW
        assert len(row) == 7 and all(isinstance(v, int) and v >= 0 for v in row), p
        assert row[6] == sum(row[:6]), ("T3-ROW", p, row)
    for ci in range(7):
        assert t3["processed"][ci] == sum(t3[p][ci] for p in outs), ("T3-SUM", ci)
        assert t3["new"][ci] + t3["carried_over"][ci] == t3["processed"][ci] + t3["carried_forward"][ci], ("T3-COL", ci)


def t4(review, direct, after):
    d = {}
    for name, parts in (("review", review), ("suit_direct", direct), ("suit_after_review", after)):
        d[name] = list(parts) + [sum(parts)]
    check_t4(d)
    return d


def check_t4(d):
    for name, v in d.items():
        assert len(v) == 5 and all(x >= 0 for x in v)
        assert v[4] == v[0] + v[1] + v[2] + v[3], ("T4", name)          # T4-REV / LIT1 / LIT2


T4KEYS = ["upheld", "corrected", "other", "pending", "total"]
T4BLOCKS = ["review", "suit_direct", "suit_after_review"]


def fmtnum(x):
    if isinstance(x, float):
        s = ("%.4f" % x).rstrip("0").rstrip(".")
        return s
    return str(x)


# ----------------------------------------------------------------------------------------------
# gold helpers
# ----------------------------------------------------------------------------------------------
def gold_t3(t3, template, skip=(), nulls=()):
    g = {}
    for p, _, _ in rows_for(template):
        for ci, c in enumerate(COLS):
            k = "applications.%s.%s" % (p, c)
            if k in skip:
                continue
            g[k] = None if k in nulls else t3[p][ci]
    return g


def gold_t4(d, nulls=()):
    g = {}
    for b in T4BLOCKS:
        for i, k in enumerate(T4KEYS):
            key = "appeals.%s.%s" % (b, k)
            g[key] = None if key in nulls else d[b][i]
    return g


def gold_t2(t2):
    g = {}
    for row, vals in t2.items():
        for k, v in vals.items():
            g["active.%s.%s" % (row, k)] = v
    return g


def t2_2021(regs, norm, lic, pen, coe, fee):
    return {"regulations": dict(zip(["issued", "repealed", "in_force"], regs)),
            "normative_documents": dict(zip(["issued", "repealed", "in_force"], norm)),
            "licensing": {"decisions": lic}, "penalty": {"decisions": pen}, "coercion": {"decisions": coe},
            "fees": {"amount": fee}}


def t2_2019(regs, norm, lic, oth, pen, coe, fee, proc_items, proc_amount, proc_unit):
    k3 = ["items_last_year", "items_change", "decisions"]
    t = {"regulations": dict(zip(["made", "published", "public_total"], regs)),
         "normative_documents": dict(zip(["made", "published", "public_total"], norm)),
         "licensing": dict(zip(k3, lic)), "other_services": dict(zip(k3, oth)),
         "penalty": dict(zip(k3, pen)), "coercion": dict(zip(k3, coe)),
         "fees": dict(zip(["items_last_year", "items_change"], fee)),
         "procurement": {"items": proc_items, "amount": proc_amount, "amount_unit": proc_unit}}
    # DOM-2 / DOM-3.  NB: no 上一年项目数量 + 本年增/减 = 处理决定数量 check: report-format.md §7.2
    # T2-PROC says items and decisions are different quantities and must NOT be checked.
    for row, vals in t.items():
        for k, v in vals.items():
            if k == "amount_unit":
                continue
            if k == "items_change":
                assert isinstance(v, int)
            else:
                assert v >= 0, (row, k)
    assert t["regulations"]["published"] <= t["regulations"]["public_total"]          # T2-19 (soft)
    assert t["normative_documents"]["published"] <= t["normative_documents"]["public_total"]
    return t


def check_t2_2021(t2):
    for row, vals in t2.items():
        for k, v in vals.items():
            assert v is None or v >= 0


def signed(v):
    return "+%d" % v if v > 0 else str(v)


# ----------------------------------------------------------------------------------------------
# text helpers
# ----------------------------------------------------------------------------------------------
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pdf_spaces(s):
    """WPS PDFs extracted by poppler put a space between CJK text and Latin digits/letters."""
    s = re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])", " ", s)
    s = re.sub(r"(?<=[0-9A-Za-z%])(?=[\u4e00-\u9fff])", " ", s)
    return s


def wrap_units(s, width):
    """Wrap a paragraph into lines of `width` CJK units (ASCII = 0.5); never split a Latin token."""
    toks = re.findall(r"[0-9A-Za-z.%@\-_/:]+ ?|.", s)
    lines, cur, w = [], "", 0.0
    for t in toks:
        tw = sum(0.5 if ord(ch) < 128 else 1 for ch in t)
        if w + tw > width and cur and t not in "，。、；：）”》！？":   # no closing punctuation at line start
            lines.append(cur.rstrip(" "))
            cur, w = "", 0.0
            if t == " ":
                continue
        cur += t
        w += tw
    if cur:
        lines.append(cur.rstrip(" "))
    return lines


def letter_space(s):
    """'本年新收' -> '本 年 新 收' but keep Latin/digit runs whole."""
    toks = re.findall(r"[0-9A-Za-z.%+\-/]+|\S", s)
    return " ".join(toks)


# ----------------------------------------------------------------------------------------------
# table 二 as printed blocks
# ----------------------------------------------------------------------------------------------
def t2_blocks(t2, template, norm_label=None, plus=False, zh_fee_header=None):
    def s(v):
        return "/" if v is None else fmtnum(v)
    if template == "2021":
        r, n = t2["regulations"], t2["normative_documents"]
        k = ["issued", "repealed", "in_force"]
        return [
            ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
             [("规章", [s(r[x]) for x in k]), (norm_label or "行政规范性文件", [s(n[x]) for x in k])]),
            ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", [s(t2["licensing"]["decisions"])])]),
            ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
             [("行政处罚", [s(t2["penalty"]["decisions"])]), ("行政强制", [s(t2["coercion"]["decisions"])])]),
            ("第二十条第（八）项", ["信息内容", zh_fee_header or "本年收费金额（单位：万元）"],
             [("行政事业性收费", [s(t2["fees"]["amount"])])]),
        ]
    r, n = t2["regulations"], t2["normative_documents"]
    k = ["made", "published", "public_total"]

    def three(row):
        v = t2[row]
        ch = signed(v["items_change"]) if plus else str(v["items_change"])
        return [str(v["items_last_year"]), ch, str(v["decisions"])]
    fee = t2["fees"]
    proc = t2["procurement"]
    return [
        ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("规章", [s(r[x]) for x in k]), (norm_label or "规范性文件", [s(n[x]) for x in k])]),
        ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         [("行政许可", three("licensing")), ("其他对外管理服务事项", three("other_services"))]),
        ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         [("行政处罚", three("penalty")), ("行政强制", three("coercion"))]),
        ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
         [("行政事业性收费", [str(fee["items_last_year"]),
                           signed(fee["items_change"]) if plus else str(fee["items_change"])])]),
        ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
         [("政府集中采购", [str(proc["items"]), fmtnum(proc["amount"]) + (proc["amount_unit"] or "")])]),
    ]


T4_HEAD_TOP = ["行政复议", "行政诉讼"]
T4_SUB = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def t4_values(d):
    return d["review"] + d["suit_direct"] + d["suit_after_review"]


SEC = {
    1: "一、总体情况",
    2: "二、主动公开政府信息情况",
    3: "三、收到和处理政府信息公开申请情况",
    4: "四、政府信息公开行政复议、行政诉讼情况",
    5: "五、存在的主要问题及改进情况",
    6: "六、其他需要报告的事项",
}
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


# ==============================================================================================
# Report 1: pdftotext default mode, 2021 template, 街道办事处, 2022
# ==============================================================================================
def report1():
    t3 = gen_t3(101, "2021", new=[18, 3, 0, 0, 1, 0], carried=[2, 0, 0, 0, 0, 0], fwd=[1, 0, 0, 0, 0, 0])
    t2 = t2_2021((0, 0, 0), (0, 0, 0), 0, 36, 2, 0)
    d4 = t4((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))
    ag = "澄江市临溪区青石街道办事处"
    nar = {"active_total": 412, "interpretations": 6, "new_media_posts": 158,
           "applications_received": t3["new"][6], "applications_carried_forward": t3["carried_forward"][6],
           "reviews": d4["review"][4], "lawsuits": 0, "npc_suggestions": 3, "cppcc_proposals": 2,
           "fees_collected": 0}
    assert nar["applications_carried_forward"] == 1 and d4["review"][4] == 1
    title = [ag, "2022 年政府信息公开工作年度报告"]
    paras = [
        ("p", "本报告由澄江市临溪区青石街道办事处根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与青石街道党政办公室联系（地址：临溪区青石路88号，邮编：652100，电话：0877-6213405）。"),
        ("h", SEC[1]),
        ("p", "2022年，青石街道坚持以公开为常态、不公开为例外，围绕辖区9个社区、2个村的中心工作，扎实推进基层政务公开标准化规范化建设，全年政务公开工作考核得分96.5分。"),
        ("p", "（一）主动公开。全年通过区政府门户网站街道专栏主动公开政府信息412条，其中机构职能类15条、财政预决算类8条、民生保障类137条；更新社区居务公开栏24期。围绕老旧小区改造、城乡居民医保缴费等群众关注事项发布政策解读6篇。政务微信公众号“青石发布”全年推送信息158条，累计关注用户1.2万人。"),
        ("p", "（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，均在法定期限内答复，另有%d件因需征求第三方意见结转至2023年办理。全年被申请行政复议%d件，复议机关维持原答复；未发生政府信息公开行政诉讼。此外，办理“12345”热线转办工单286件，按期办结率100%%。"
         % (t3["new"][6], t3["carried_over"][6], t3["carried_forward"][6], d4["review"][4])),
        ("p", "（三）政府信息管理。严格落实信息发布“三审三校”制度，对拟公开信息逐条开展保密审查；全年清理过期、失效信息37条，修订《青石街道政府信息公开工作规程》1部。"),
        ("p", "（四）平台建设。在9个社区党群服务中心设置政务公开专区，配备查阅终端11台，方便居民就近查询；完成街道专栏栏目优化调整，新增“为民办实事”专题。"),
        ("p", "（五）监督保障。组织政务公开业务培训2次，参训64人次；将政务公开工作纳入社区年度目标考核，占比5%。"),
        ("h", SEC[2]),
        ("T2",),
        ("h", SEC[3]),
        ("T3",),
        ("h", SEC[4]),
        ("T4",),
        ("h", SEC[5]),
        ("p", "2022年，街道政务公开工作取得一定成效，但仍存在一些不足：一是社区公开栏更新不够及时，个别社区信息滞后1至2个月；二是工作人员业务能力有待提高。下一步，街道将建立社区公开栏月度巡查制度，每季度开展1次业务培训，持续提升基层政务公开质量。"),
        ("h", SEC[6]),
        ("p", "（一）本年度未收取政府信息公开信息处理费。"),
        ("p", "（二）人大代表建议和政协提案办理结果公开情况。2022年街道承办区人大代表建议3件、区政协提案2件，办理结果均已公开。"),
        ("p", "（三）本年度无其他需要报告的事项。"),
        ("sig", ag),
        ("sig", "2023年1月20日"),
    ]
    r = dict(n=1, file="qingshi-street-2022.txt", form="pdf-text (pdftotext default mode)", template="2021",
             agency=ag, level="street office (街道办事处)", year=2022, published="2023-01-20",
             t2=t2, t3=t3, t4=d4, nar=nar, title=title, doc=paras)
    r["text"] = render_pdftotext(r)
    r["gold"] = dict(year=2022, agency=ag, kind="annual_report", template="2021", published="2023-01-20",
                     script="hans")
    r["gold"].update(gold_t2(t2))
    r["gold"].update(gold_t3(t3, "2021"))
    r["gold"].update(gold_t4(d4))
    r["gold"]["balance_ok"] = True
    r["gold"].update({"narrative." + k: v for k, v in nar.items()})
    r["notes"] = (
        "Invented report rendered as poppler `pdftotext` DEFAULT (reading-order) output of a WPS PDF: prose "
        "lines wrapped at the page width with spaces around Latin digits ('2022 年'); page footers '- N -' "
        "followed by a form feed; tables one cell per line with blank lines between. Table 三: the 7-column "
        "header is split over lines ('商业企\\n业', '法律服务\\n其他\\n\\n机构'), the rotated label "
        "三、本年度办理结果 comes one character per line after the （二）部分公开 values, group labels "
        "(（三）不\\n予公开 etc.) are broken over two lines and printed before their first sub-row, and a page break "
        "('- 3 -' + \\f) falls inside （四）无法提供, splitting that group label ('（四）无' … '法提供'). Long row "
        "labels wrap (（二）部分公开…, 1.申请人无正当理由…, 2.申请人逾期…). Table 四: header words one per line, "
        "then the 15 numbers in left-to-right order. Distractors in prose: 12345 工单 286 件 (not applications), "
        "9 个社区, 24 期, 37 条 cleaned, 11 台, 2 次 training / 64 人次, 96.5 分, 100%%, 5%%, 1.2万 followers. "
        "narrative.applications_received = 新收 %d 件 (上年结转 %d 件 is stated separately); "
        "narrative.reviews = 1, narrative.lawsuits = 0 ('未发生…行政诉讼'); fees_collected 0 ('未收取…信息处理费'). "
        "Consistent: every column satisfies 一+二 = 三(七)+四." % (t3["new"][6], t3["carried_over"][6]))
    return r


def render_pdftotext(r):
    L = []
    page = [1]
    since = [0]

    def emit(line):
        L.append(line)
        since[0] += 1

    def pagebreak():
        L.append("- %d -" % page[0])
        L.append("")
        page[0] += 1
        since[0] = 0
        L.append("\f")          # joined onto the next line below

    def cells(*vals):
        for v in vals:
            emit(v)
            emit("")

    for t in r["title"]:
        emit(t)
    for it in r["doc"]:
        kind = it[0]
        if kind == "h":
            emit(it[1])
        elif kind == "p":
            for ln in wrap_units(pdf_spaces(it[1]), 33):
                if since[0] >= 34:
                    pagebreak()
                emit(ln)
        elif kind == "sig":
            emit(pdf_spaces(it[1]))
        elif kind == "T2":
            if since[0] >= 20:
                pagebreak()
            for cap, hdr, rows in t2_blocks(r["t2"], "2021"):
                emit(cap)
                emit("")
                for h in hdr:
                    cells(h)
                for lab, vals in rows:
                    cells(lab, *vals)
        elif kind == "T3":
            pagebreak()
            t3 = r["t3"]
            emit("申请人情况")
            emit("（本列数据的勾稽关系为：第一项加第二项之和，")
            emit("等于第三项加第四项之和）")
            emit("")
            emit("法人或其他组织")
            emit("自然人")
            emit("")
            cells("商业企\n业", "科研机\n构", "社会公益\n组织", "总计", "法律服务\n其他", "机构")

            def row(p, label):
                cells(label, *[str(v) for v in t3[p]])
            row("new", L_NEW)
            row("carried_over", L_CARRIED)
            row("granted", "（一）予以公开")
            row("partial", "（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）")
            emit("三\n、\n本\n年\n度\n办\n理\n结\n果")
            emit("")
            emit("（三）不\n予公开")
            emit("")
            for p, g, lab in OUTCOME_21[2:10]:
                row(p, lab)
            emit("（四）无")
            emit("")
            row("unable.not_held", "1.本机关不掌握相关政府信息")
            L.append("- %d -" % page[0]); L.append(""); L.append("\f"); page[0] += 1; since[0] = 0
            emit("法提供")
            emit("")
            row("unable.needs_creation", "2.没有现成信息需要另行制作")
            row("unable.unclear", "3.补正后申请内容仍不明确")
            emit("（五）不\n予处理")
            emit("")
            for p, g, lab in OUTCOME_21[13:17]:
                row(p, lab)
            row("not_processed.confirmation", "5.要求行政机关确认或重新出\n具已获取信息")
            emit("（六）其\n他处理")
            emit("")
            row("other_handling.no_correction", "1.申请人无正当理由逾期不补\n正、行政机关不再处理其政府信\n息公开申请")
            row("other_handling.fee_unpaid", "2.申请人逾期未按收费通知要\n求缴纳费用、行政机关不再处理\n其政府信息公开申请")
            row("other_handling.other", "3.其他")
            row("processed", "（七）总计")
            row("carried_forward", L_FWD)
        elif kind == "T4":
            emit("行政复议")
            emit("")
            emit("行政诉讼")
            emit("")
            cells("结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计")
            cells("未经复议直接起诉", "复议后起诉")
            for _ in range(2):
                cells("结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计")
            cells(*[str(v) for v in t4_values(r["t4"])])
    L.append("")
    L.append("- %d -" % page[0])
    L.append("")
    L.append("\f")
    txt = "\n".join(L)
    txt = txt.replace("\f\n", "\f")
    return txt


# ==============================================================================================
# Report 2: CMS HTML page, 2019 template, 省级厅局, 2020
# ==============================================================================================
ENT_CHARS = set("〔〕“”禁审")


def ent(s, every=False):
    """GBK-era CMS debris: some characters written as decimal entities."""
    out = []
    for ch in s:
        if ch in ENT_CHARS or (every and ch in "政申"):
            out.append("&#%d;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def td(text, rowspan=1, colspan=1, width=None, bold=False):
    attrs = ""
    if rowspan > 1:
        attrs += ' rowspan="%d"' % rowspan
    if colspan > 1:
        attrs += ' colspan="%d"' % colspan
    if width:
        attrs += ' width="%d"' % width
    style = "font-size:10.5pt;font-family:宋体;mso-ascii-font-family:'Times New Roman'"
    if bold:
        style += ";font-weight:bold"
    body = "&nbsp;" if text in ("", None) else ent(text)
    return ('<td%s valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            '<p class="MsoNormal" align="center" style="text-align:center"><span style="%s">%s</span>'
            '<span lang="EN-US" style="font-size:10.5pt"><o:p></o:p></span></p></td>' % (attrs, style, body))


def report2():
    t3 = gen_t3(202, "2019", new=[47, 9, 1, 0, 3, 2], carried=[3, 1, 0, 0, 0, 0], fwd=[4, 0, 0, 0, 1, 0])
    t2 = t2_2019((1, 1, 9), (4, 4, 37), (28, -3, 1562), (16, 2, 204), (14, 0, 23), (5, -1, 2), (2, 0),
                 17, 1286.5, "万元")
    d4 = t4((3, 1, 0, 1), (1, 0, 1, 0), (0, 0, 0, 0))    # 复议后起诉 printed as blank cells
    ag = "南岭省水利厅"
    nar = {"active_total": 2316, "interpretations": 19, "press_conferences": 7, "new_media_posts": 1043,
           "applications_received": t3["new"][6], "applications_completed": t3["processed"][6],
           "applications_carried_forward": t3["carried_forward"][6],
           "reviews": d4["review"][4], "lawsuits": d4["suit_direct"][4], "fees_collected": 0}
    r = dict(n=2, file="nanling-water-2020.html", form="html (CMS page, nested layout tables, span-wrapped cells)",
             template="2019", agency=ag, level="provincial department (省级厅局)", year=2020,
             published="2021-01-28", t2=t2, t3=t3, t4=d4, nar=nar)
    P = []
    P.append("全年主动公开政府信息2316条，同比增长12.4%。其中，发布水旱灾害防御预警46次、水利工程建设信息318条；围绕《南岭省河湖长制条例》等重要政策制发政策解读19篇，召开新闻发布会7场。“水利南岭”微信公众号全年发布信息1043条，门户网站访问量128.6万人次。")
    P.append("全年新收政府信息公开申请%d件，上年结转%d件；办结%d件，结转下年度继续办理%d件。全年因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。"
             % (t3["new"][6], t3["carried_over"][6], t3["processed"][6], t3["carried_forward"][6],
                d4["review"][4], d4["suit_direct"][4]))
    body = []
    body.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span><span lang="EN-US"><o:p></o:p></span></p>')
    pf = body[0]

    def p(t, every=False):
        return pf % ent(t, every)

    def h(t):
        return ('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><b><span style="font-size:16.0pt;font-family:黑体">%s</span></b><span lang="EN-US"><o:p></o:p></span></p>' % ent(t))
    out = []
    out.append(p("根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，编制本报告。本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。本报告电子版可在南岭省人民政府门户网站和南岭省水利厅门户网站下载。如对本报告有疑问，请联系南岭省水利厅办公室（电话：0796-5826031）。", True))
    out.append(h(SEC[1]))
    out.append(p("2020年，省水利厅深入贯彻落实《条例》和省政府办公厅关于政务公开工作的部署，全面推进决策、执行、管理、服务、结果公开，全年厅属17个单位政务公开工作均按计划完成。"))
    out.append(p("（一）主动公开。" + P[0]))
    out.append(p("（二）依申请公开。" + P[1], True))
    out.append(p("（三）政府信息管理。建立政府信息公开属性源头认定机制，全年对1268份公文进行公开属性审查，清理规范性文件23件，其中废止4件、修改6件。"))
    out.append(p("（四）平台建设。完成厅门户网站集约化迁移，整合厅属单位网站9个，开设“防汛抗旱”“河湖长制”等专题专栏14个。"))
    out.append(p("（五）监督保障。将政务公开纳入厅机关处室绩效考核，组织全厅政务公开培训3期，培训各类人员210人次。"))
    out.append(h(SEC[2]))
    out.append("@@T2@@")
    out.append(h(SEC[3]))
    out.append("@@T3@@")
    out.append(h(SEC[4]))
    out.append("@@T4@@")
    out.append(h(SEC[5]))
    out.append(p("一是主动公开的深度和广度还需拓展，部分水利项目信息公开不够及时；二是政策解读形式较为单一，图解、视频解读占比不足30%。2021年，我厅将进一步完善政务公开制度，加强重点领域信息公开，丰富政策解读形式。"))
    out.append(h(SEC[6]))
    out.append(p("2020年，我厅未收取政府信息公开相关费用。共承办省人大代表建议41件、省政协提案56件，办理结果已按规定公开。"))
    out.append('<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16.0pt;font-family:仿宋_GB2312">南岭省水利厅</span></p>')
    out.append('<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16.0pt;font-family:仿宋_GB2312">2021年1月28日</span></p>')
    content = "\n".join(out)
    content = content.replace("@@T2@@", html_t2_2019(t2)).replace("@@T3@@", html_t3(t3, "2019")) \
        .replace("@@T4@@", html_t4(d4, blank_after=True))
    page = CMS_PAGE.replace("@@CONTENT@@", content)
    r["text"] = page
    g = dict(year=2020, agency=ag, kind="annual_report", template="2019", published="2021-01-28", script="hans")
    g.update(gold_t2(t2))
    g.update(gold_t3(t3, "2019"))
    g.update(gold_t4(d4, nulls={"appeals.suit_after_review.%s" % k for k in T4KEYS}))
    g["balance_ok"] = True
    g.update({"narrative." + k: v for k, v in nar.items()})
    r["gold"] = g
    r["notes"] = (
        "Invented 2020 report in the 2019 format, saved from a CMS page: outer <table> layout (header, "
        "breadcrumb, left column) around the article; every table cell is <td><p class=MsoNormal><span "
        "style=…>value</span><span><o:p></o:p></span></p></td>; headers use rowspan/colspan (三 corner cell "
        "rowspan=3 colspan=3, 申请人情况 colspan=7, 三、本年度办理结果 rowspan=20, （三）rowspan=8, （四）rowspan=3, "
        "（五）rowspan=5; 四 行政复议 colspan=5 / 行政诉讼 colspan=10). Some characters are decimal entities "
        "(&#12308; 〔, &#8220; “, &#31105; 禁, &#23457; 审, and in two paragraphs &#25919; 政 / &#30003; 申), "
        "HTML comments and <!--[if gte mso 9]> XML debris. (六)其他处理 is a single row (2019) = other_handling.other. "
        "本年增/减 signed (行政许可 -3, 行政强制 -1); 上一年项目数量 + 本年增/减 ≠ 处理决定数量 on purpose "
        "(spec §7.2 T2-PROC: different quantities). 采购总金额 printed '1286.5万元' → amount 1286.5, amount_unit 万元. "
        "The whole 复议后起诉 block is &nbsp; (blank) → null in gold (schema: blank is null, not 0). "
        "Prose: 主动公开 2316 条 (12.4%%, 46 次预警, 318 条 project items, 128.6万人次 are distractors), "
        "政策解读 19 篇, 新闻发布会 7 场, 微信 1043 条; 新收 %d 件, 上年结转 %d 件, 办结 %d 件, 结转 %d 件; "
        "复议 %d 件, 诉讼 %d 件 (= 未经复议直接起诉 total; 复议后起诉 block blank). Distractors: 1268 份公文, "
        "23/4/6 规范性文件 clean-up, 9 websites, 14 专栏, 3 期 / 210 人次, 30%%, 人大建议 41 件 and 政协提案 56 件 "
        "(kept as narrative.npc_suggestions / cppcc_proposals). Fees: 未收取 → 0. Consistent: every column "
        "satisfies 一+二 = 三(七)+四." % (t3["new"][6], t3["carried_over"][6], t3["processed"][6],
                                     t3["carried_forward"][6], d4["review"][4], d4["suit_direct"][4]))
    r["gold"]["narrative.npc_suggestions"] = 41
    r["gold"]["narrative.cppcc_proposals"] = 56
    return r


def html_t2_2019(t2):
    rows = []
    for cap, hdr, body in t2_blocks(t2, "2019"):
        ncol = 4
        rows.append("<tr>%s</tr>" % td(cap, colspan=ncol, bold=True))
        hc = [td(x) for x in hdr] + [td("")] * (ncol - len(hdr))
        rows.append("<tr>%s</tr>" % "".join(hc))
        for lab, vals in body:
            vc = [td(lab)] + [td(v) for v in vals] + [td("")] * (ncol - 1 - len(vals))
            rows.append("<tr>%s</tr>" % "".join(vc))
    return ('<!-- 表二 -->\n<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="568" '
            'style="border-collapse:collapse;border:none">\n<tbody>\n%s\n</tbody>\n</table>' % "\n".join(rows))


def html_t3(t3, template, labels=None, tdf=None):
    tdf = tdf or td
    lab = labels or {}

    def L(x):
        return lab.get(x, x)
    rows = []
    rows.append("<tr>%s%s</tr>" % (tdf(L(NOTE), rowspan=3, colspan=3), tdf(L("申请人情况"), colspan=7)))
    rows.append("<tr>%s%s%s</tr>" % (tdf(L("自然人"), rowspan=2), tdf(L("法人或其他组织"), colspan=5), tdf(L("总计"), rowspan=2)))
    rows.append("<tr>%s</tr>" % "".join(tdf(L(x)) for x in COL_LABELS[1:6]))

    def vals(p):
        return "".join(tdf(str(v)) for v in t3[p])
    rows.append("<tr>%s%s</tr>" % (tdf(L(L_NEW), colspan=3), vals("new")))
    rows.append("<tr>%s%s</tr>" % (tdf(L(L_CARRIED), colspan=3), vals("carried_over")))
    outs = OUTCOME_21 if template == "2021" else OUTCOME_19
    nres = len(outs) + 1
    spans = {G3: 8, G4: 3, G5: 5, G6: 3}
    first = True
    seen = set()
    for p, g, label in outs:
        cells = ""
        if first:
            cells += tdf(L(L_RESULT), rowspan=nres)
            first = False
        if g is None:
            cells += tdf(L(label), colspan=2)
        else:
            if g not in seen:
                cells += tdf(L(g), rowspan=spans[g])
                seen.add(g)
            cells += tdf(L(label))
        rows.append("<tr>%s%s</tr>" % (cells, vals(p)))
    rows.append("<tr>%s%s</tr>" % (tdf(L("（七）总计"), colspan=2), vals("processed")))
    rows.append("<tr>%s%s</tr>" % (tdf(L(L_FWD), colspan=3), vals("carried_forward")))
    return ('<!-- 表三 start -->\n<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">\n<tbody>\n%s\n</tbody>\n</table>\n<!-- 表三 end -->'
            % "\n".join(rows))


def html_t4(d4, blank_after=False, labels=None, tdf=None):
    tdf = tdf or td
    lab = labels or {}

    def L(x):
        return lab.get(x, x)
    rows = []
    rows.append("<tr>%s%s</tr>" % (tdf(L("行政复议"), colspan=5), tdf(L("行政诉讼"), colspan=10)))
    rows.append("<tr>%s%s%s</tr>" % ("".join(tdf(L(x), rowspan=2) for x in T4_SUB),
                                     tdf(L("未经复议直接起诉"), colspan=5), tdf(L("复议后起诉"), colspan=5)))
    rows.append("<tr>%s</tr>" % "".join(tdf(L(x)) for x in T4_SUB * 2))
    v = [str(x) for x in t4_values(d4)]
    if blank_after:
        v[10:15] = [""] * 5
    rows.append("<tr>%s</tr>" % "".join(tdf(x) for x in v))
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">\n<tbody>\n%s\n</tbody>\n</table>' % "\n".join(rows))


CMS_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>南岭省水利厅2020年政府信息公开工作年度报告_南岭省水利厅</title>
<meta name="ArticleTitle" content="南岭省水利厅2020年政府信息公开工作年度报告" />
<meta name="PubDate" content="2021-01-28 16:40" />
<meta name="ContentSource" content="南岭省水利厅办公室" />
<link href="/css/slt_main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]-->
</head>
<body>
<!-- 头部 begin -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.png" alt="南岭省水利厅" /></td></tr>
  <tr><td class="nav"><a href="/">首页</a>&nbsp;|&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;|&nbsp;<a href="/sldt/">水利动态</a>&nbsp;|&nbsp;<a href="/hdjl/">互动交流</a>&nbsp;|&nbsp;<a href="/bsfw/">办事服务</a></td></tr>
</table>
<!-- 头部 end -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="left_bg">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td class="lm_title">政府信息公开</td></tr>
    <tr><td><a href="/zwgk/zfxxgkzn/">政府信息公开指南</a></td></tr>
    <tr><td><a href="/zwgk/zfxxgkzd/">政府信息公开制度</a></td></tr>
    <tr><td><a href="/zwgk/ndbg/">政府信息公开年报</a></td></tr>
    <tr><td><a href="/zwgk/fdzdgknr/">法定主动公开内容</a></td></tr>
  </table>
</td>
<td width="10">&nbsp;</td>
<td width="770" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></td></tr>
    <tr><td class="xl_title" align="center"><h1>南岭省水利厅2020年政府信息公开工作年度报告</h1></td></tr>
    <tr><td class="xl_info" align="center">发布日期：2021-01-28&nbsp;&nbsp;&nbsp;来源：南岭省水利厅办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">2876</span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
    <tr><td class="xl_content">
<!-- startprint -->
<div class="TRS_Editor"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing></w:WordDocument></xml><![endif]-->
<div class="Section0" style="layout-grid:15.6000pt">
@@CONTENT@@
</div>
</div>
<!-- endprint -->
    </td></tr>
    <tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
  </table>
</td>
</tr>
</table>
<!-- 底部 begin -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">主办：南岭省水利厅&nbsp;&nbsp;地址：南岭省邕川市青秀路12号&nbsp;&nbsp;邮编：541028<br />网站标识码：4500000031&nbsp;&nbsp;南ICP备05001234号-1</td></tr>
</table>
<!-- 底部 end -->
<script type="text/javascript">var _hits = 2876; $(function(){ $("#hits").load("/hits.do?id=20210128"); });</script>
</body>
</html>
"""


# ==============================================================================================
# Report 3: text copied from an Excel/WPS sheet (tab-separated), 2021 template with label variants
# ==============================================================================================
def report3():
    t3 = gen_t3(303, "2021", new=[36, 5, 0, 1, 0, 0], carried=[1, 0, 0, 0, 0, 0], fwd=[2, 0, 0, 0, 0, 0])
    extra = [29, 4, 0, 1, 0, 0]
    extra.append(sum(extra))
    t2 = t2_2021((0, 0, 0), (2, 1, 9), 1246, 87, 3, 0)
    d4 = t4((0, 0, 0, 0), (0, 1, 0, 0), (0, 0, 0, 0))
    ag = "梅川县卫生健康局"
    nar = {"active_total": 864, "interpretations": 11, "press_conferences": 2,
           "applications_received": t3["new"][6], "reviews": 0, "lawsuits": d4["suit_direct"][4] + d4["suit_after_review"][4],
           "npc_suggestions": 6, "cppcc_proposals": 9, "fees_collected": 0}
    CR = "\r\n"
    out = []
    out.append("梅川县卫生健康局2024年政府信息公开工作年度报告")
    out.append("")
    out.append("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室印发的《中华人民共和国政府信息公开工作年度报告格式》编制。报告中所列数据统计期限为2024年1月1日至2024年12月31日。")
    out.append(SEC[1])
    out.append("2024年，县卫生健康局认真贯彻落实《条例》和县政府办关于政务公开工作的部署，围绕医疗卫生重点领域，不断提升政务公开质效。")
    out.append("（一）主动公开。全年在县政府门户网站卫健专栏主动公开政府信息864条，其中医疗机构执业登记信息213条、公共卫生信息156条、“双随机一公开”抽查结果41条。发布政策解读11篇，召开新闻发布会2场，组织基层义诊48场、健康讲座120场。全县家庭医生签约率达到76.3%。")
    out.append("（二）依申请公开。全年共收到政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度%d件，所有申请均在法定时限内答复。全年未发生因政府信息公开引起的行政复议；被提起行政诉讼%d件，经法院审理结果纠正。"
               % (t3["new"][6], t3["carried_over"][6], t3["processed"][6], t3["carried_forward"][6], nar["lawsuits"]))
    out.append("（三）政府信息管理。落实公文公开属性源头认定，全年审核公文387件；开展规范性文件清理，废止1件。")
    out.append("（四）平台建设。优化卫健专栏“医疗服务”“疾病预防”等6个子栏目，“梅川卫健”微信公众号关注人数达3.4万人。")
    out.append("（五）监督保障。开展政务公开业务培训2次，对全县21家医疗卫生单位进行政务公开检查。")
    out.append(SEC[2])
    for cap, hdr, rows in t2_blocks(t2, "2021", norm_label="规范性文件"):
        out.append(cap + "\t\t\t" + CR.rstrip("\n"))
        out.append("\t".join(hdr + [""] * (4 - len(hdr))) + "\r")
        for lab, vals in rows:
            out.append("\t".join([lab] + vals + [""] * (3 - len(vals))) + "\r")
    out.append(SEC[3])
    V = {
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "\"（二）部分公开（区分处理的，只记这一情形，\n不记其他情形）\"",
        "1.信访举报投诉类申请": "1.信访投诉举报类申请",
        "（七）总计": "（七）合计",
    }

    def vals(p):
        return "\t".join(str(v) for v in t3[p])
    T = []
    T.append("\"%s\"\t\t\t申请人情况\t\t\t\t\t\t" % "（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）")
    T.append("\t\t\t自然人\t法人或其他组织\t\t\t\t\t合计")
    T.append("\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t")
    T.append("%s\t\t\t%s" % (L_NEW, vals("new")))
    T.append("%s\t\t\t%s" % ("其中：通过互联网提交的申请", "\t".join(str(v) for v in extra)))
    T.append("%s\t\t\t%s" % (L_CARRIED, vals("carried_over")))
    seen = set()
    first = True
    for p, g, lab in OUTCOME_21:
        lab = V.get(lab, lab)
        c0 = L_RESULT if first else ""
        first = False
        if g is None:
            T.append("%s\t%s\t\t%s" % (c0, lab, vals(p)))
        else:
            gg = g if g not in seen else ""
            seen.add(g)
            T.append("%s\t%s\t%s\t%s" % (c0, gg, lab, vals(p)))
    T.append("\t%s\t\t%s" % (V["（七）总计"], vals("processed")))
    T.append("%s\t\t\t%s" % (L_FWD, vals("carried_forward")))
    out.extend(x + "\r" for x in T)
    out.append(SEC[4])
    T = []
    T.append("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t")
    T.append("结果维持\t结果纠正\t其他结果\t尚未审结\t合计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t")
    T.append("\t\t\t\t\t" + "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "合计"] * 2))
    T.append("\t".join(str(v) for v in t4_values(d4)))
    out.extend(x + "\r" for x in T)
    out.append(SEC[5])
    out.append("一是个别医疗卫生单位公开意识不强，信息报送不够及时；二是政策解读的通俗性有待加强。2025年，我局将加强对基层单位的业务指导，每半年通报1次信息报送情况，推出更多图解、短视频等解读产品。")
    out.append(SEC[6])
    out.append("1.本年度未收取信息处理费。")
    out.append("2.2024年我局承办县人大代表建议6件、县政协提案9件，均已按期办结并公开办理结果。")
    out.append("")
    out.append("梅川县卫生健康局")
    out.append("2025年1月16日")
    text = "\n".join(out) + "\n"
    text = text.replace("\t\t\t\r\n", "\t\t\t\r\n")
    r = dict(n=3, file="meichuan-health-2024.txt", form="text-tabs (Excel/WPS sheet copy)", template="2021",
             agency=ag, level="county department (县级局)", year=2024, published="2025-01-16",
             t2=t2, t3=t3, t4=d4, nar=nar, text=text)
    g = dict(year=2024, agency=ag, kind="annual_report", template="2021", published="2025-01-16", script="hans")
    g.update(gold_t2(t2))
    g.update(gold_t3(t3, "2021"))
    g.update(gold_t4(d4))
    g["balance_ok"] = True
    g.update({"narrative." + k: v for k, v in nar.items()})
    r["gold"] = g
    r["extra_row"] = extra
    r["notes"] = (
        "Invented report; prose as plain lines, the three tables pasted from an Excel/WPS sheet: tab-separated "
        "cells, CRLF at the end of table rows (the clipboard's line ends, mixed with LF prose lines), merged "
        "cells copied as the value in the first cell plus empty cells, cells containing a line break quoted "
        "('\"（本列数据的勾稽关系为：…，\\n等于…）\"', '\"（二）部分公开（区分处理的，只记这一情形，\\n不记其他情形）\"'). "
        "Label variants: 合计 instead of 总计 (三 column header, （七）合计, 四 headers), 只记/不记 instead of "
        "只计/不计, 1.信访投诉举报类申请 instead of 信访举报投诉类申请, table 二 row '规范性文件' (2019 wording) in "
        "the 2021 table. PROVINCIAL EXTRA ROW in table 三, directly under 一、本年新收…: '其中：通过互联网提交的申请' "
        "%s — a sub-count of row 一, not a template row; it must not be read as 二、上年结转 (which follows it) and "
        "is not in gold (schema would keep it under extra / a warning). Prose: 主动公开 864 条 (213/156/41 are "
        "sub-counts), 政策解读 11 篇, 新闻发布会 2 场 (义诊 48 场 and 健康讲座 120 场 are distractors), 收到申请 %d 件; "
        "'未发生…行政复议' → reviews 0; 行政诉讼 %d 件; 387 公文, 6 子栏目, 3.4万, 21 家, 76.3%% are distractors; "
        "人大建议 6, 政协提案 9; 未收取信息处理费 → 0. Consistent: every column satisfies 一+二 = 三(七)+四."
        % ("/".join(map(str, extra)), t3["new"][6], nar["lawsuits"]))
    return r


# ==============================================================================================
# Report 4: table 三 cells run together on some rows; 国务院部门, 2021 template, 2021
# ==============================================================================================
def splits(s, n=7):
    """All ways to cut digit string s into n non-negative integers without leading zeros
    whose first n-1 sum to the last (T3-ROW)."""
    res = []

    def rec(i, acc):
        if len(acc) == n - 1:
            tail = s[i:]
            if tail and (tail == "0" or tail[0] != "0"):
                v = acc + [int(tail)]
                if sum(v[:6]) == v[6]:
                    res.append(v)
            return
        for j in range(i + 1, len(s)):
            tok = s[i:j]
            if len(tok) > 1 and tok[0] == "0":
                break
            rec(j, acc + [int(tok)])
    rec(0, [])
    return res


def solve_runtogether(t3, joined, template="2021"):
    """What a careful reader can determine: enumerate every row-consistent split of each run-together
    row, keep the global combinations that satisfy T3-SUM and T3-COL, and report per cell whether it
    is fixed across all consistent combinations."""
    cand = {}
    for p in joined:
        s = "".join(str(v) for v in t3[p])
        cand[p] = splits(s)
        assert t3[p] in cand[p]
    outs = outcome_paths(template)
    ok = []
    keys = list(joined)
    for combo in itertools.product(*[cand[k] for k in keys]):
        tt = {p: list(v) for p, v in t3.items()}
        for k, v in zip(keys, combo):
            tt[k] = v
        good = True
        for ci in range(7):
            if tt["processed"][ci] != sum(tt[p][ci] for p in outs):
                good = False
            if tt["new"][ci] + tt["carried_over"][ci] != tt["processed"][ci] + tt["carried_forward"][ci]:
                good = False
        if good:
            ok.append(dict(zip(keys, combo)))
    undetermined = set()
    for k in keys:
        for ci in range(7):
            if len({c[k][ci] for c in ok}) > 1:
                undetermined.add("applications.%s.%s" % (k, COLS[ci]))
    return cand, ok, undetermined


def report4():
    R = {p: [0] * 7 for p, _, _ in rows_for("2021")}
    spec = {
        "granted": [52, 3, 0, 1, 2, 20], "partial": [1, 10, 0, 0, 0, 0],
        "denied.state_secret": [2, 0, 0, 0, 0, 0], "denied.security": [1, 0, 0, 0, 0, 0],
        "denied.third_party": [3, 1, 0, 0, 0, 0], "denied.internal": [2, 0, 0, 0, 0, 0],
        "denied.process": [4, 0, 0, 0, 0, 0], "unable.not_held": [11, 0, 0, 0, 0, 0],
        "unable.needs_creation": [3, 0, 0, 0, 0, 0], "unable.unclear": [1, 0, 0, 0, 0, 0],
        "not_processed.petition": [5, 0, 0, 0, 0, 0], "not_processed.repeated": [2, 0, 0, 0, 0, 0],
        "not_processed.publication": [1, 0, 0, 0, 0, 0], "other_handling.no_correction": [3, 1, 0, 0, 0, 0],
        "other_handling.other": [6, 0, 0, 0, 0, 1],
        "carried_over": [5, 1, 0, 0, 0, 0], "carried_forward": [7, 0, 0, 0, 0, 0],
    }
    for p, v in spec.items():
        R[p][:6] = v
    outs = outcome_paths("2021")
    for ci in range(6):
        R["processed"][ci] = sum(R[p][ci] for p in outs)
        R["new"][ci] = R["processed"][ci] + R["carried_forward"][ci] - R["carried_over"][ci]
    finish_t3(R, "2021")
    t3 = R
    joined = ["new", "granted", "partial", "unable.not_held"]
    cand, ok, und = solve_runtogether(t3, joined)
    # the design: exactly two consistent global readings, differing only in the person/business
    # cells of partial and not_held; every other joined row is fixed (some only via column sums)
    assert len(ok) == 2, ok
    assert und == {"applications.partial.person", "applications.partial.business",
                   "applications.unable.not_held.person", "applications.unable.not_held.business"}, und
    multi = [p for p in joined if len(cand[p]) > 1]
    resolved_by_columns = [p for p in multi if p not in ("partial", "unable.not_held")]
    assert resolved_by_columns, cand        # at least one row needs the column identities to settle
    t2 = t2_2021((2, 1, 38), (11, 4, 126), 3857, 12, None, 0)
    d4 = t4((6, 1, 2, 3), (2, 0, 1, 1), (1, 0, 0, 2))
    ag = "国家水文监测局"
    nar = {"active_total": 6931, "interpretations": 23, "press_conferences": 5,
           "applications_received": t3["new"][6], "applications_completed": t3["processed"][6],
           "applications_carried_forward": t3["carried_forward"][6], "fees_collected": 0}
    L = []
    L.append("国家水文监测局2021年政府信息公开工作年度报告")
    L.append("发布时间：2022-01-27    来源：办公室")
    L.append("")
    L.append("　　本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。报告中所列数据的统计期限为2021年1月1日至2021年12月31日。本报告电子版可在国家水文监测局门户网站（www.nhms.gov.cn）“政府信息公开”专栏下载。")
    L.append("　　" + SEC[1])
    L.append("　　2021年，国家水文监测局深入贯彻党中央、国务院关于全面推进政务公开的决策部署，紧扣水文监测主责主业，推动政务公开工作提质增效。")
    L.append("　　（一）主动公开。全年通过门户网站主动公开政府信息6931条，发布全国主要江河水情日报365期、水资源监测月报12期；围绕《水文监测资料汇交管理办法》等制发政策解读材料23篇，举办新闻发布会5场，回应社会关切问题57个。全国3156个国家基本水文站的基础信息已全部公开。")
    L.append("　　（二）依申请公开。全年新收政府信息公开申请%d件，上年结转%d件，全年办结%d件，%d件结转至2022年继续办理。其中予以公开%d件，占办结总数的%.1f%%。"
             % (t3["new"][6], t3["carried_over"][6], t3["processed"][6], t3["carried_forward"][6],
                t3["granted"][6], 100.0 * t3["granted"][6] / t3["processed"][6]))
    L.append("　　（三）政府信息管理。修订《国家水文监测局政府信息公开工作办法》，对2021年印发的412件公文逐件标注公开属性；完成2个部门规章、4件规范性文件的清理工作。")
    L.append("　　（四）平台建设。门户网站全年访问量突破860万人次，“水文中国”政务新媒体矩阵覆盖粉丝47万。")
    L.append("　　（五）监督保障。全年开展政务公开专题培训4次，培训系统内人员530余人次。")
    L.append("　　" + SEC[2])
    for cap, hdr, rows in t2_blocks(t2, "2021"):
        L.append(cap)
        L.append(" ".join(hdr))
        for lab, vals in rows:
            L.append(lab + " " + " ".join(vals))
    L.append("　　" + SEC[3])
    L.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况")
    L.append("自然人法人或其他组织总计")
    L.append("商业企业科研机构社会公益组织法律服务机构其他")

    def vals(p):
        if p in joined:
            return "".join(str(v) for v in t3[p])
        return " " + " ".join(str(v) for v in t3[p])
    L.append(L_NEW + vals("new"))
    L.append(L_CARRIED + vals("carried_over"))
    first = True
    seen = set()
    for p, g, lab in OUTCOME_21:
        pre = ""
        if first:
            pre = L_RESULT
            first = False
        if g and g not in seen:
            pre += g
            seen.add(g)
        L.append(pre + lab + vals(p))
    L.append("（七）总计" + vals("processed"))
    L.append(L_FWD + vals("carried_forward"))
    L.append("　　" + SEC[4])
    L.append("行政复议 行政诉讼")
    L.append("结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉")
    L.append(" ".join(T4_SUB * 2))
    L.append(" ".join(str(v) for v in t4_values(d4)))
    L.append("　　" + SEC[5])
    L.append("　　2021年我局政务公开工作虽取得一定进展，但对照新《条例》要求仍有差距：一是水文数据开放共享的范围还需扩大；二是依申请公开答复的规范化水平有待提高。2022年，我局将编制水文数据开放目录，完善依申请公开办理流程，力争全年答复规范率达到100%。")
    L.append("　　" + SEC[6])
    L.append("　　本年度我局未收取政府信息公开信息处理费。我局承办全国人大代表建议14件、全国政协委员提案19件，均已按期办结，办理复文摘要已按规定公开。")
    L.append("")
    L.append("国家水文监测局")
    L.append("2022年1月27日")
    text = "\n".join(L) + "\n"
    nar["npc_suggestions"] = 14
    nar["cppcc_proposals"] = 19
    r = dict(n=4, file="nhms-2021.txt", form="text (table 三 rows partly run together)", template="2021",
             agency=ag, level="State Council department (国务院部门, 国家局)", year=2021, published="2022-01-27",
             t2=t2, t3=t3, t4=d4, nar=nar, text=text)
    g = dict(year=2021, agency=ag, kind="annual_report", template="2021", published="2022-01-27", script="hans")
    g.update(gold_t2(t2))
    g.update(gold_t3(t3, "2021", skip=und))
    g.update(gold_t4(d4))
    g["balance_ok"] = True
    g.update({"narrative." + k: v for k, v in nar.items()})
    r["gold"] = g
    nsp = {p: len(cand[p]) for p in joined}
    r["notes"] = (
        "Invented report as page text (textContent-style extraction): table 二 and 四 cells separated by single "
        "spaces; in table 三 the rows 一 (new), （一）予以公开, （二）部分公开, and 1.本机关不掌握相关政府信息 have "
        "their 7 cells RUN TOGETHER with no separator, the other rows (incl. （七）总计) are space-separated; the header cells are run "
        "together too ('自然人法人或其他组织总计'). Row-sum-consistent splits (no leading zeros, first six sum to the "
        "seventh) per joined row: %s. Combining them with the column identities (T3-SUM, T3-COL) leaves exactly "
        "two global readings. Rows fixed only by the column identities: %s ('%s' also reads %s by its row sum "
        "as well; the T3-COL / T3-SUM column identities with the space-separated rows settle every such row). UNDECIDABLE: （二）部分公开 '110000011' and 1.本机关不掌握 '110000011' "
        "both read either 1|10|0|0|0|0|11 or 11|0|0|0|0|0|11, and swapping the two readings between the rows "
        "leaves every row and column identity intact (person 12, business 10 in sum); so partial.person, "
        "partial.business, not_held.person, not_held.business are NOT in gold (their other cells, incl. total 11, "
        "are). Table 二 行政强制 printed '/' → null. Prose: 主动公开 6931 条 (365期/12期/3156 stations/57 questions are "
        "distractors), 政策解读 23 篇, 新闻发布会 5 场, 新收 %d 件, 办结 %d 件 (结转 %d is stated as '%d件结转至2022年', "
        "予以公开 %d 件 and a percentage also appear); 复议 %d / 诉讼 %d are NOT stated in prose (only in table 四), "
        "so narrative.reviews / narrative.lawsuits are not in gold. 412 公文, 860万, 47万, 4 次, 530余人次, "
        "人大建议 14 / 政协提案 19; fees 未收取 → 0."
        % (nsp, resolved_by_columns, resolved_by_columns[0],
           [c for c in cand[resolved_by_columns[0]] if c != t3[resolved_by_columns[0]]],
           t3["new"][6], t3["processed"][6], t3["carried_forward"][6], t3["carried_forward"][6],
           t3["granted"][6], d4["review"][4], d4["suit_direct"][4] + d4["suit_after_review"][4]))
    return r


# ==============================================================================================
# Report 5: traditional characters in HTML (prose converted with phrases, tables char by char)
# ==============================================================================================
def opencc(text, cfg):
    p = subprocess.run(["opencc", "-c", cfg], input=text.encode("utf-8"), stdout=subprocess.PIPE, check=True)
    return p.stdout.decode("utf-8")


PINYIN = {"區": "qū", "監": "jiān", "規": "guī", "發": "fā", "業": "yè", "執": "zhí", "統": "tǒng",
          "續": "xù", "節": "jié", "穩": "wěn", "環": "huán", "態": "tài", "創": "chuàng"}


def pinyin_debris(s):
    return "".join(ch + ("(%s)" % PINYIN[ch] if ch in PINYIN else "") for ch in s)


def td_plain(text, rowspan=1, colspan=1, **kw):
    a = ""
    if rowspan > 1:
        a += " rowspan=%d" % rowspan
    if colspan > 1:
        a += " colspan=%d" % colspan
    return "<TD%s>%s</TD>" % (a, text if text not in ("", None) else "&nbsp;")


def report5():
    t3 = gen_t3(505, "2021", new=[214, 17, 0, 2, 9, 4], carried=[12, 1, 0, 0, 1, 0], fwd=[15, 2, 0, 0, 0, 1])
    t2 = t2_2021((0, 0, 0), (4, 2, 31), 15873, 2461, 57, 326.45)
    check_t2_2021(t2)
    d4 = t4((9, 3, 4, 2), (4, 1, 2, 1), (2, 0, 1, 1))
    ag = "嘉陵市东岸区人民政府"
    assert t3["other_handling.fee_unpaid"][6] >= 0
    lawsuits = d4["suit_direct"][4] + d4["suit_after_review"][4]
    nar = {"active_total": 5682, "interpretations": 43, "press_conferences": 9,
           "applications_received": t3["new"][6], "applications_completed": t3["processed"][6],
           "applications_carried_forward": t3["carried_forward"][6],
           "reviews": d4["review"][4], "lawsuits": lawsuits, "npc_suggestions": 27, "cppcc_proposals": 35,
           "fees_collected": 200}
    prose = {}
    prose["intro"] = "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定和《中华人民共和国政府信息公开工作年度报告格式》要求，由嘉陵市东岸区人民政府办公室编制。报告所列数据统计期限自2023年1月1日起至2023年12月31日止。本报告电子版可在东岸区人民政府门户网站下载。"
    prose["s1"] = [
        "2023年，东岸区坚持以人民为中心的发展思想，持续深化政务公开，全区政务公开第三方评估得分在全市13个区县中排名第2位。",
        "（一）主动公开。全区各级行政机关通过区政府门户网站主动公开政府信息5682条，同比增长8.7%；发布政策解读43篇，其中图解、视频等多元化解读占比达到60%；召开新闻发布会9场，回应社会关切热点问题126个。区政府门户网站全年发布各类规划计划信息34条。",
        "（二）依申请公开。全区全年新收政府信息公开申请%d件，办结%d件（含上年结转申请），结转下年度继续办理%d件。因政府信息公开被申请行政复议%d件、提起行政诉讼%d件。" % (t3["new"][6], t3["processed"][6], t3["carried_forward"][6], d4["review"][4], lawsuits),
        "（三）政府信息管理。健全政府信息公开前保密审查和发布后监测机制，全年审查拟公开信息7400余条，动态更新政府信息公开目录，调整公开事项21项。",
        "（四）平台建设。推进政府网站集约化，整合街道、部门网页58个；政务新媒体“东岸发布”粉丝数达到31.5万。",
        "（五）监督保障。组织全区政务公开业务培训5次，培训人员460余人次；开展政府网站和政务新媒体季度检查4次，通报问题17个，均已整改完毕。",
    ]
    prose["s5"] = ["一是部分部门政策解读质量不高，存在简单摘抄文件内容的情况；二是基层政务公开标准目录动态调整不够及时。2024年，我区将建立解读质量评估机制，每季度开展1次目录更新核查。"]
    prose["s6"] = ["（一）信息处理费收取情况。2023年，全区共发出收费通知4份，实际收取信息处理费200元。",
                   "（二）人大代表建议和政协提案办理结果公开情况。全年承办区人大代表建议27件、区政协提案35件，办理结果全部公开。",
                   "（三）其他事项。无。"]

    def P(t):
        return "<p style=\"text-indent:2em\">%s</p>" % pinyin_debris(opencc(t, "s2twp.json").strip())
    H = lambda t: "<p><strong>%s</strong></p>" % opencc(t, "s2twp.json").strip()
    title = opencc("嘉陵市东岸区人民政府2023年政府信息公开工作年度报告", "s2twp.json").strip()
    tb2 = []
    for cap, hdr, rows in t2_blocks(t2, "2021"):
        tb2.append("<TR>%s</TR>" % td_plain(cap, colspan=4))
        tb2.append("<TR>%s</TR>" % "".join(td_plain(h, colspan=(4 - len(hdr) + 1) if i == len(hdr) - 1 else 1)
                                          for i, h in enumerate(hdr)))
        for lab, vals in rows:
            tb2.append("<TR>%s</TR>" % "".join(td_plain(v, colspan=(4 - len(vals)) if i == len(vals) else 1)
                                              for i, v in enumerate([lab] + vals)))
    t2html = "<TABLE border=1 cellSpacing=0 cellPadding=0 width=\"100%\">\n<TBODY>\n" + "\n".join(tb2) + "\n</TBODY></TABLE>"
    t3html = html_t3(t3, "2021", tdf=td_plain)
    t4html = html_t4(d4, tdf=td_plain)
    tables = {k: opencc(v, "s2t.json") for k, v in (("T2", t2html), ("T3", t3html), ("T4", t4html))}
    parts = []
    parts.append("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s - 政務公開 - 嘉陵資訊網</title>\n</head>\n<body>" % title)
    parts.append("<div class=\"crumb\">%s</div>" % opencc("首页 > 政务公开 > 年度报告", "s2twp.json").strip())
    parts.append("<h1>%s</h1>" % title)
    parts.append("<div class=\"info\">%s</div>" % opencc("发布日期：2024-01-29　信息来源：东岸区人民政府办公室", "s2twp.json").strip())
    parts.append("<div class=\"article\">")
    parts.append(P(prose["intro"]))
    parts.append(H(SEC[1]))
    parts += [P(x) for x in prose["s1"]]
    parts.append(H(SEC[2]))
    parts.append(tables["T2"])
    parts.append(H(SEC[3]))
    parts.append(tables["T3"])
    parts.append(H(SEC[4]))
    parts.append(tables["T4"])
    parts.append(H(SEC[5]))
    parts += [P(x) for x in prose["s5"]]
    parts.append(H(SEC[6]))
    parts += [P(x) for x in prose["s6"]]
    parts.append("<p align=\"right\">%s</p>" % opencc("嘉陵市东岸区人民政府", "s2twp.json").strip())
    parts.append("<p align=\"right\">2024年1月29日</p>")
    parts.append("</div>\n<div class=\"foot\">%s</div>\n</body>\n</html>\n" % opencc("本站为繁体镜像，内容以原网站为准。", "s2twp.json").strip())
    text = "\n".join(parts)
    r = dict(n=5, file="dongan-district-2023-hant.html", form="html (traditional characters, converted mirror)",
             template="2021", agency=ag, level="district government (区政府)", year=2023, published="2024-01-29",
             t2=t2, t3=t3, t4=d4, nar=nar, text=text)
    g = dict(year=2023, agency=ag, kind="annual_report", template="2021", published="2024-01-29", script="hant")
    g.update(gold_t2(t2))
    g.update(gold_t3(t3, "2021"))
    g.update(gold_t4(d4))
    g["balance_ok"] = True
    g.update({"narrative." + k: v for k, v in nar.items()})
    r["gold"] = g
    r["notes"] = (
        "Invented report on a traditional-character mirror page. The prose, title and headings were converted "
        "with phrase conversion (OpenCC s2twp: 信息→資訊, 文件→檔案, 政府資訊公開, 規範性…), and the prose carries "
        "converter pinyin debris after some characters (區(qū), 發(fā), 規(guī), 統(tǒng), 監(jiān), 執(zhí), 業(yè)…); the "
        "tables were converted character by character (OpenCC s2t: 政府信息公開, 行政規範性文件, 本年制發件數, "
        "本年收費金額（單位：萬元）) and carry NO pinyin — so both 資訊 and 信息 occur. Tables are plain uppercase "
        "<TABLE>/<TR>/<TD> with rowspan/colspan (三、本年度辦理結果 rowspan=22). gold.agency is normalised to "
        "simplified (嘉陵市东岸区人民政府; printed 嘉陵市東岸區人民政府, and 東岸區(qū) in prose). Money: 本年收費金額 "
        "326.45 (万元). Prose: 主动公开 5682 条, 政策解读 43 篇, 新闻发布会 9 场, 新收 %d 件, 办结 %d 件 (含上年结转), "
        "结转 %d 件, 复议 %d 件, 诉讼 %d 件; 信息处理费 200 元 (收费通知 4 份 is a distractor); 人大建议 27, 政协提案 35. "
        "Distractors: 13 个区县 / 第2位, 8.7%%, 60%%, 126 个热点, 34 条规划, 7400余条, 21 项, 58 个网页, 31.5万, 5 次 / 460 人次, "
        "4 次 / 17 个问题. Consistent: every column satisfies 一+二 = 三(七)+四."
        % (t3["new"][6], t3["processed"][6], t3["carried_forward"][6], d4["review"][4], lawsuits))
    return r


# ==============================================================================================
# Report 6: letter-spaced PDF conversion, 2019 template, 县政府, 2019
# ==============================================================================================
def report6():
    t3 = gen_t3(606, "2019", new=[58, 6, 0, 0, 2, 1], carried=[0] * 6, fwd=[3, 0, 0, 0, 0, 0])
    t2 = t2_2019((0, 0, 0), (6, 6, 52), (312, 45, 8914), (87, -12, 1320), (1023, 17, 2476), (26, 0, 41), (18, -2),
                 143, 3927461, "元")
    d4 = t4((2, 0, 1, 0), (1, 0, 0, 1), (0, 0, 0, 0))
    ag = "北沙县人民政府"
    nar = {"active_total": 3745, "interpretations": 28, "press_conferences": 4,
           "applications_received": t3["new"][6], "applications_completed": t3["processed"][6],
           "applications_carried_forward": t3["carried_forward"][6],
           "reviews": d4["review"][4], "lawsuits": d4["suit_direct"][4] + d4["suit_after_review"][4],
           "fees_collected": 0}
    rng = random.Random(6)

    def gap():
        return " " * rng.randint(3, 7)

    def row(label, vals, w=58):
        ls = letter_space(label)
        pad = max(3, w - dwidth(ls))
        return ls + " " * pad + gap().join(vals)
    L = []
    L.append(letter_space("北沙县人民政府") + " " + "2 0 1 9" + " " + letter_space("年政府信息公开工作年度报告"))
    L.append("")
    L.append("    本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2019〕60号文件要求，由北沙县人民政府办公室编制。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。")
    L.append("")
    L.append(letter_space(SEC[1]))
    L.append("    2019年，北沙县认真贯彻新修订的《条例》，以“五公开”为重点，全面推进政务公开工作。全县18个乡镇、42个县直部门均明确了政务公开工作机构和人员。")
    L.append("    （一）主动公开。全年通过县政府门户网站主动公开政府信息3745条，其中县政府文件56件；发布政策解读28篇，召开新闻发布会4场；县政府常务会议公开议题23个。")
    L.append("    （二）依申请公开。全年共收到政府信息公开申请%d件，答复%d件，%d件因申请人补正材料结转至2020年办理。因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。"
             % (t3["new"][6], t3["processed"][6], t3["carried_forward"][6], d4["review"][4], nar["lawsuits"]))
    L.append("    （三）政府信息管理。落实《条例》第十七条，建立公开属性源头认定机制；全年清理县政府规范性文件129件，宣布失效11件。")
    L.append("    （四）平台建设。完成县政府门户网站改版，网站全年访问量达到97.3万人次；开通“北沙发布”政务抖音号。")
    L.append("    （五）监督保障。将政务公开纳入全县绩效考核，分值占比4%；举办培训班3期，培训230人次。")
    L.append("")
    L.append(letter_space(SEC[2]))
    for cap, hdr, rows in t2_blocks(t2, "2019", plus=True):
        L.append(letter_space(cap))
        L.append(letter_space(hdr[0]) + "          " + "        ".join(letter_space(h) for h in hdr[1:]))
        for lab, vals in rows:
            L.append(row(lab, vals, w=30))
        L.append("")
    L.append(letter_space(SEC[3]))
    L.append(letter_space("（本列数据的勾稽关系为：第一项加第二项之和，") + "           " + letter_space("申请人情况"))
    L.append(letter_space("等于第三项加第四项之和）") + "                              " + letter_space("法人或其他组织"))
    L.append(" " * 44 + "    ".join(letter_space(x) for x in COL_LABELS))

    def vv(p):
        return [str(v) for v in t3[p]]
    L.append(row(L_NEW, vv("new")))
    L.append(row(L_CARRIED, vv("carried_over")))
    L.append(letter_space(L_RESULT))
    seen = set()
    for p, g, lab in OUTCOME_19:
        if p == "partial":
            L.append(row("（二）部分公开（区分处理的，只计这一情形，", vv(p)))
            L.append(letter_space("不计其他情形）"))
            continue
        if g and g not in seen:
            seen.add(g)
            L.append(row(g + " " + lab, vv(p)))
        else:
            L.append(row(lab, vv(p)))
    L.append(row("（七）总计", vv("processed")))
    L.append(row(L_FWD, vv("carried_forward")))
    L.append("")
    L.append(letter_space(SEC[4]))
    L.append(" " * 10 + letter_space("行政复议") + " " * 40 + letter_space("行政诉讼"))
    L.append(" " * 46 + letter_space("未经复议直接起诉") + " " * 22 + letter_space("复议后起诉"))
    L.append("   ".join(letter_space(x) for x in T4_SUB * 3))
    L.append(gap().join(str(v) for v in t4_values(d4)))
    L.append("")
    L.append(letter_space(SEC[5]))
    L.append("    一是部分乡镇对政务公开重视不够，信息更新不及时；二是政策解读形式单一。2020年，我县将加强督查考核，全年开展2次专项检查，推动政务公开工作再上新台阶。")
    L.append(letter_space(SEC[6]))
    L.append("    本年度未收取任何政府信息公开费用。无其他需要报告的事项。")
    L.append("")
    L.append(" " * 40 + letter_space("北沙县人民政府"))
    L.append(" " * 40 + "2020 年 3 月 24 日")
    text = "\n".join(L) + "\n"
    r = dict(n=6, file="beisha-county-2019.txt", form="pdf-text (letter-spaced converter output)", template="2019",
             agency=ag, level="county government (县政府)", year=2019, published="2020-03-24",
             t2=t2, t3=t3, t4=d4, nar=nar, text=text)
    g = dict(year=2019, agency=ag, kind="annual_report", template="2019", published="2020-03-24", script="hans")
    g.update(gold_t2(t2))
    g.update(gold_t3(t3, "2019"))
    g.update(gold_t4(d4))
    g["balance_ok"] = True
    g.update({"narrative." + k: v for k, v in nar.items()})
    r["gold"] = g
    r["notes"] = (
        "Invented 2019 report (2019 format) as text from a PDF converter that letter-spaces justified text: every "
        "heading, table caption and table label has a space between characters ('一 、 本 年 新 收 政 府 信 息 公 开 申 请 "
        "数 量'), the title year is digit-spaced ('2 0 1 9'), cells are separated by runs of 3–7 spaces, numbers "
        "themselves are intact; the prose paragraphs are normal. The 7 column headers sit on one line, the 三 note "
        "and 申请人情况/法人或其他组织 on two; （二）部分公开's label wraps onto the next line AFTER its values; "
        "group labels share the line with their first sub-row ('（ 三 ） 不 予 公 开 1 . 属 于 国 家 秘 密  0 …'). "
        "(六)其他处理 is one row = other_handling.other. 本年增/减 printed with explicit sign (+45, -12, +17, 0, -2); "
        "上一年项目数量 + 本年增/减 ≠ 处理决定数量 (not an identity, spec T2-PROC). 采购总金额 '3927461元' → amount "
        "3927461, amount_unit 元. Table 四 header is three lines, then 15 numbers. Prose: 主动公开 3745 条 "
        "(县政府文件 56 件 is a sub-count), 政策解读 28 篇, 新闻发布会 4 场, 收到申请 %d 件, 答复 %d 件 (applications_completed; "
        "二、上年结转 is 0 so it equals （七）总计), 结转 %d 件, 复议 %d 件, "
        "诉讼 %d 件; fees 未收取 → 0. Distractors: 18 个乡镇, 42 个部门, 23 个议题, 第十七条, 129/11 件清理, 97.3万, 4%%, "
        "3 期 / 230 人次, 2 次. Consistent: every column satisfies 一+二 = 三(七)+四 (二 = 0 everywhere)."
        % (t3["new"][6], t3["processed"][6], t3["carried_forward"][6], d4["review"][4], nar["lawsuits"]))
    return r


# ==============================================================================================
# Report 7: only tables 三 and 四, pasted by a user as a box-drawing text table
# ==============================================================================================
def wrap_disp(s, width):
    out, cur = [], ""
    for ch in s:
        if dwidth(cur + ch) > width:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out or [""]


def box_table(rows, widths, aligns, header_rows):
    """rows: list of list of cell strings (may contain wrapped text). Single-line box drawing."""
    def hline(l, m, r):
        return l + m.join("─" * (w + 2) for w in widths) + r

    def pad(s, w, a):
        sp = w - dwidth(s)
        return (" " * sp + s) if a == "r" else (s + " " * sp)
    out = [hline("┌", "┬", "┐")]
    for i, row in enumerate(rows):
        al = ["l"] * len(aligns) if i < header_rows else aligns       # header cells left-aligned
        cells = [wrap_disp(c, w) if a == "l" else [c] for c, w, a in zip(row, widths, al)]
        h = max(len(c) for c in cells)
        for k in range(h):
            out.append("│" + "│".join(" " + pad(c[k] if k < len(c) else "", w, a) + " "
                                      for c, w, a in zip(cells, widths, al)) + "│")
        if i == len(rows) - 1:
            out.append(hline("└", "┴", "┘"))
        elif i == header_rows - 1:
            out.append(hline("╞", "╪", "╡").replace("─", "═"))
        else:
            out.append(hline("├", "┼", "┤"))
    return "\n".join(out)


def report7():
    t3 = gen_t3(707, "2021", new=[129, 22, 1, 0, 6, 3], carried=[8, 2, 0, 0, 0, 0], fwd=[10, 1, 0, 0, 1, 0])
    d4 = t4((11, 2, 5, 3), (3, 1, 0, 2), (2, 0, 1, 0))
    rows = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", ""] + COL_LABELS[1:6] + [""]]

    def v(p):
        return [str(x) for x in t3[p]]
    rows.append([L_NEW] + v("new"))
    rows.append([L_CARRIED] + v("carried_over"))
    seen = set()
    first = True
    for p, g, lab in OUTCOME_21:
        pre = L_RESULT if first else ""
        first = False
        if g and g not in seen:
            seen.add(g)
            pre += g
        rows.append([pre + lab] + v(p))
    rows.append(["（七）总计"] + v("processed"))
    rows.append([L_FWD] + v("carried_forward"))
    widths = [26] + [max(dwidth(r[i]) for r in rows) for i in range(1, 8)]
    aligns = ["l"] + ["r"] * 7
    # header cells are short enough not to wrap; keep them left aligned
    t3txt = box_table(rows, widths, aligns, header_rows=2)
    h4 = [["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
          T4_SUB + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
          [""] * 5 + T4_SUB * 2]
    r4 = h4 + [[str(x) for x in t4_values(d4)]]
    w4 = [max(dwidth(r[i]) for r in r4) for i in range(15)]
    t4txt = box_table(r4, w4, ["r"] * 15, header_rows=3)
    text = ("三、收到和处理政府信息公开申请情况\n\n" + t3txt + "\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
            + t4txt + "\n")
    r = dict(n=7, file="pasted-tables-3-4.txt", form="partial (user paste of tables 三/四 as a box-drawing text table)",
             template="2021", agency=None, level=None, year=None, published=None, t3=t3, t4=d4, text=text)
    g = {}
    g.update(gold_t3(t3, "2021"))
    g.update(gold_t4(d4))
    g["balance_ok"] = True
    r["gold"] = g
    r["notes"] = (
        "Invented fragment: a user pasted only the table-三 and table-四 captions and tables, rendered as a "
        "Unicode box-drawing text table (┌─┬─┐ │ ╞═╪═╡ ├─┼─┤ └─┴─┘), CJK-width padded; long row labels wrap inside the "
        "label column over 2–3 lines with the numbers on the first line; the 3-row official header is reduced to 2 "
        "rows (自然人 | 法人或其他组织 … | 总计, then the 5 法人 sub-columns); group labels are glued to their first "
        "sub-row label ('（三）不予公开1.属于国家秘密'), '三、本年度办理结果' glued to （一）予以公开. No title, agency, "
        "year, table 二 or prose anywhere: gold has no year/agency/kind/template/published/narrative keys, only "
        "table figures. The （六）其他处理 sub-rows (逾期不补正 / 收费通知 / 其他) mark the 2021 format. "
        "Consistent: every column satisfies 一+二 = 三(七)+四; 四's three blocks sum to their 总计.")
    return r


# ==============================================================================================
# Report 8: markdown, 2021 template, table 三 header flattened into one row, emphasis
# ==============================================================================================
def report8():
    t3 = gen_t3(808, "2021", new=[143, 31, 2, 4, 11, 6], carried=[6, 2, 0, 0, 1, 0], fwd=[9, 3, 0, 0, 0, 1])
    t2 = t2_2021((0, 0, 0), (3, 1, 14), 412, 268, 19, 0)
    d4 = t4((4, 1, 1, 1), (1, 0, 0, 1), (1, 0, 0, 0))
    ag = "云溪市生态环境局"
    lawsuits = d4["suit_direct"][4] + d4["suit_after_review"][4]
    nar = {"active_total": 1957, "interpretations": 15, "press_conferences": 6, "new_media_posts": 1288,
           "applications_received": t3["new"][6], "applications_completed": t3["processed"][6],
           "applications_carried_forward": t3["carried_forward"][6],
           "reviews": d4["review"][4], "lawsuits": lawsuits, "fees_collected": 0}
    M = []
    M.append("# 云溪市生态环境局2025年政府信息公开工作年度报告")
    M.append("")
    M.append("本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，报告数据统计期限为2025年1月1日至2025年12月31日。")
    M.append("")
    M.append("## " + SEC[1])
    M.append("")
    M.append("2025年，市生态环境局围绕美丽云溪建设，持续推进生态环境领域政务公开，全市PM2.5年均浓度降至**27微克/立方米**，优良天数比例达到**91.2%**。")
    M.append("")
    M.append("**（一）主动公开。**全年主动公开政府信息**1957条**，其中环评审批信息**386条**、行政处罚决定**268条**、重点排污单位监测信息**604条**。发布政策解读*15篇*，召开新闻发布会**6场**。“云溪生态环境”微信公众号全年发布信息1288条。")
    M.append("")
    M.append("**（二）依申请公开。**全年共收到政府信息公开申请**%d件**（另有上年结转申请%d件），已按期答复%d件，结转下年度继续办理%d件。全年因政府信息公开被申请行政复议%d件，被提起行政诉讼%d件。"
             % (t3["new"][6], t3["carried_over"][6], t3["processed"][6], t3["carried_forward"][6], d4["review"][4], lawsuits))
    M.append("")
    M.append("**（三）政府信息管理。**严格落实“先审后发”，全年对1130件公文开展公开属性审核；完成规范性文件清理，废止1件、修订2件。")
    M.append("")
    M.append("**（四）平台建设。**优化局门户网站“环境质量”“执法监管”栏目，上线“环评公示”数据库，收录建设项目环评文件2416份。")
    M.append("")
    M.append("**（五）监督保障。**开展政务公开专题培训3次、培训180人次，对8个分局政务公开工作进行年度考核。")
    M.append("")
    M.append("## " + SEC[2])
    M.append("")
    for cap, hdr, rows in t2_blocks(t2, "2021"):
        n = len(hdr)
        M.append("| " + " | ".join(["**%s**" % cap] + [""] * (n - 1)) + " |")
        M.append("|" + "---|" * n)
        M.append("| " + " | ".join(hdr) + " |")
        for lab, vals in rows:
            M.append("| " + " | ".join([lab] + vals) + " |")
        M.append("")
    M.append("## " + SEC[3])
    M.append("")
    M.append("| " + " | ".join([NOTE, "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]) + " |")
    M.append("|" + "---|" * 10)

    def v(p, bold=False):
        return ["**%d**" % x if bold else str(x) for x in t3[p]]
    M.append("| " + " | ".join(["**" + L_NEW + "**", "", ""] + v("new")) + " |")
    M.append("| " + " | ".join([L_CARRIED, "", ""] + v("carried_over")) + " |")
    seen = set()
    first = True
    for p, g, lab in OUTCOME_21:
        c0 = L_RESULT if first else ""
        first = False
        if p == "granted":
            lab = "*（一）予以公开*"
        if g is None:
            M.append("| " + " | ".join([c0, lab, ""] + v(p)) + " |")
        else:
            gg = g if g not in seen else ""
            seen.add(g)
            M.append("| " + " | ".join([c0, gg, lab] + v(p)) + " |")
    M.append("| " + " | ".join(["", "**（七）总计**", ""] + v("processed", bold=True)) + " |")
    M.append("| " + " | ".join(["**" + L_FWD + "**", "", ""] + v("carried_forward")) + " |")
    M.append("")
    M.append("## " + SEC[4])
    M.append("")
    M.append("| " + " | ".join(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9) + " |")
    M.append("|" + "---|" * 15)
    M.append("| " + " | ".join(T4_SUB[:4] + ["**总计**", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]) + " |")
    M.append("| " + " | ".join([""] * 5 + T4_SUB * 2) + " |")
    vals = [str(x) for x in t4_values(d4)]
    for i in (4, 9, 14):
        vals[i] = "**%s**" % vals[i]
    M.append("| " + " | ".join(vals) + " |")
    M.append("")
    M.append("## " + SEC[5])
    M.append("")
    M.append("一是部分基层分局公开信息的规范性有待提高；二是政策解读的通俗性、互动性不足。2026年，我局将开展为期**3个月**的公开质量提升行动，推出更多图文、短视频解读。")
    M.append("")
    M.append("## " + SEC[6])
    M.append("")
    M.append("1. 本年度未收取政府信息公开信息处理费。")
    M.append("2. 本年度无其他需要报告的事项。")
    M.append("")
    M.append("云溪市生态环境局")
    M.append("")
    M.append("2026年1月22日")
    text = "\n".join(M) + "\n"
    r = dict(n=8, file="yunxi-ecology-2025.md", form="markdown (flattened table header, emphasis)", template="2021",
             agency=ag, level="prefecture-level city department (市级局)", year=2025, published="2026-01-22",
             t2=t2, t3=t3, t4=d4, nar=nar, text=text)
    g = dict(year=2025, agency=ag, kind="annual_report", template="2021", published="2026-01-22", script="hans")
    g.update(gold_t2(t2))
    g.update(gold_t3(t3, "2021"))
    g.update(gold_t4(d4))
    g["balance_ok"] = True
    g.update({"narrative." + k: v for k, v in nar.items()})
    r["gold"] = g
    r["notes"] = (
        "Invented report in markdown. Table 三's three header rows are flattened into ONE header row: "
        "'| （本列数据的勾稽关系为：…） |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |' — the five 法人 sub-column "
        "names (商业企业 … 其他) are lost, so columns 2–6 of the values must be placed by the template order. Rows "
        "have 3 label columns (row-level label / group / sub-label) with empty cells where the original cells were "
        "merged; 三、本年度办理结果 appears only on the （一） row. Emphasis: **一、本年新收…**, *（一）予以公开*, "
        "**（七）总计** with every number bold (**%d**), **四、结转…**, bold 总计 cells in table 四, and bold "
        "figures in the prose (**1957条**, **%d件**). Table 二: each 第二十条 caption is the markdown header row of its own "
        "small table. Prose: 主动公开 1957 条 (386/268/604 are sub-counts; 268 equals 行政处罚 in 二), 政策解读 *15篇*, "
        "新闻发布会 6 场, 微信 1288 条, 收到申请 %d 件 (另有上年结转 %d 件), 已按期答复 %d 件 (applications_completed "
        "= （七）总计, covers new + carried-over), 结转 %d 件, 复议 %d, 诉讼 %d; "
        "fees 未收取 → 0. Distractors: 27微克/立方米, 91.2%%, 1130 件公文, 废止1/修订2, 2416 份, 3 次/180 人次, 8 个分局, "
        "3个月. Consistent: every column satisfies 一+二 = 三(七)+四."
        % (t3["processed"][6], t3["new"][6], t3["new"][6], t3["carried_over"][6], t3["processed"][6],
           t3["carried_forward"][6], d4["review"][4], lawsuits))
    return r


# ==============================================================================================
# Report 9: mobile-site crawler text, 2021 template, 乡人民政府, 2023
# ==============================================================================================
def report9():
    t3 = gen_t3(909, "2021", new=[7, 1, 0, 0, 0, 0], carried=[0] * 6, fwd=[0] * 6)
    t2 = t2_2021((0, 0, 0), (0, 0, 0), 12, 3, 0, 0)
    d4 = t4((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))
    ag = "兰阳县石门乡人民政府"
    nar = {"active_total": 236, "interpretations": 4, "applications_received": t3["new"][6],
           "applications_carried_forward": 0, "reviews": 0, "lawsuits": 0, "fees_collected": 0}
    assert t3["carried_over"][6] == 0 and t3["carried_forward"][6] == 0
    L = []
    L.append("标题: 兰阳县石门乡人民政府2023年政府信息公开工作年度报告")
    L.append("来源: 兰阳县人民政府网 发布时间: 2024-01-18 09:32 浏览次数: 1387")
    L.append("字号: 大 中 小")
    L.append("")
    L.append("兰阳县石门乡人民政府2023年政府信息公开工作年度报告")
    L.append("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
    L.append(SEC[1])
    L.append("2023年，石门乡在县委、县政府的正确领导下，坚持把政务公开作为转变政府职能的重要抓手，全乡14个行政村村务公开栏实现全覆盖。")
    L.append("（一）主动公开。全年在县政府网站石门乡专栏主动公开政府信息236条，其中惠农补贴资金发放信息52条、乡村振兴项目信息19条；发布政策解读4篇。全年发放惠民政策明白纸3600余份。")
    L.append("（二）依申请公开。全年共收到政府信息公开申请%d件，均已在法定期限内办结，无上年结转和结转下年度的申请。全年未发生因政府信息公开引起的行政复议、行政诉讼。" % t3["new"][6])
    L.append("（三）政府信息管理。落实公开前审查制度，全年审查拟公开信息240余条，未发生泄密事件。")
    L.append("（四）平台建设。依托县政府网站乡镇专栏开展公开，同步在“石门乡”微信群发布惠民信息。")
    L.append("（五）监督保障。将政务公开工作纳入村干部年度考核，全年组织业务培训1次，参训28人。")
    L.append(SEC[2])
    for cap, hdr, rows in t2_blocks(t2, "2021"):
        L.append(cap)
        L.append(" ".join(hdr))
        for lab, vals in rows:
            L.append(" ".join([lab] + vals))
    L.append(SEC[3])
    L.append(NOTE + " 申请人情况")
    L.append("自然人 法人或其他组织 总计")
    L.append("商业企业 科研机构 社会公益组织 法律服务机构 其他")

    def v(p):
        return " ".join(str(x) for x in t3[p])
    L.append(L_NEW + " " + v("new"))
    L.append(L_CARRIED + " " + v("carried_over"))
    seen = set()
    first = True
    for p, g, lab in OUTCOME_21:
        pre = []
        if first:
            pre.append(L_RESULT)
            first = False
        if g and g not in seen:
            seen.add(g)
            pre.append(g)
        L.append(" ".join(pre + [lab, v(p)]))
    L.append("（七）总计 " + v("processed"))
    L.append(L_FWD + " " + v("carried_forward"))
    L.append(SEC[4])
    L.append("行政复议 行政诉讼")
    L.append("结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉")
    L.append(" ".join(T4_SUB * 2))
    L.append(" ".join(str(x) for x in t4_values(d4)))
    L.append(SEC[5])
    L.append("主要问题：一是公开内容不够丰富，部分信息更新不及时；二是工作人员业务水平有待提高。改进措施：2024年将每月至少更新2次专栏信息，积极参加县级业务培训。")
    L.append(SEC[6])
    L.append("本年度未收取信息处理费。无其他需要报告的事项。")
    L.append("兰阳县石门乡人民政府")
    L.append("2024年1月18日")
    L.append("")
    L.append("【打印本页】【关闭窗口】")
    L.append("分享到: 微信 微博 QQ空间")
    L.append("上一篇: 兰阳县石门乡2023年度法治政府建设情况报告")
    L.append("下一篇: 石门乡关于2024年春耕生产工作的通知")
    L.append("相关链接: 兰阳县人民政府 | 兰阳县政务服务网 | 12345政务服务便民热线")
    L.append("返回顶部 电脑版")
    L.append("兰阳县人民政府办公室主办 网站标识码: 4311240019 ICP备案号: 湘ICP备10002345号")
    text = "\n".join(L) + "\n"
    text = text.replace("湘ICP备", "兰ICP备")
    r = dict(n=9, file="shimen-township-2023.txt", form="crawler text (mobile site, one table row per line)",
             template="2021", agency=ag, level="township government (乡)", year=2023, published="2024-01-18",
             t2=t2, t3=t3, t4=d4, nar=nar, text=text)
    g = dict(year=2023, agency=ag, kind="annual_report", template="2021", published="2024-01-18", script="hans")
    g.update(gold_t2(t2))
    g.update(gold_t3(t3, "2021"))
    g.update(gold_t4(d4))
    g["balance_ok"] = True
    g.update({"narrative." + k: v for k, v in nar.items()})
    r["gold"] = g
    r["notes"] = (
        "Invented township report as mobile-site crawler text: a header block (标题: / 来源: … 发布时间: 2024-01-18 09:32 "
        "浏览次数: 1387 / 字号: 大 中 小), then the body with one paragraph or one table row per line, cells separated "
        "by single spaces, table 二 in the 2021 one-column layout for (五)(六)(八), table 三 rows with the group label "
        "prefixed to the first sub-row ('（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0'), table 四 as three header lines + "
        "one line of 15 numbers; navigation debris at the end (【打印本页】【关闭窗口】, 分享到, 上一篇/下一篇 with other "
        "report titles incl. '2023年度法治政府建设情况报告' and '2024年春耕', 12345 热线, 网站标识码). Published: "
        "the page's 发布时间 and the signature date agree (2024-01-18). Prose: 主动公开 236 条 (52/19 sub-counts), "
        "政策解读 4 篇, 收到申请 %d 件, '无上年结转和结转下年度的申请' → applications_carried_forward 0 ('均已…办结' "
        "gives no count, so applications_completed is not in gold), '未发生…行政复议、行政诉讼' → reviews 0, lawsuits 0; fees 未收取 → 0. "
        "Distractors: 14 个行政村, 3600余份, 240余条, 1 次/28 人, 2 次/月, 浏览次数 1387. Table 二: 行政许可 12, "
        "行政处罚 3. Consistent: every column satisfies 一+二 = 三(七)+四 (no carried-over)." % t3["new"][6])
    return r


# ==============================================================================================
def main():
    reports = [report1(), report2(), report3(), report4(), report5(), report6(), report7(), report8(), report9()]
    forms = [r["form"] for r in reports]
    assert len(set(forms)) == 9
    manifest = []
    for r in reports:
        t3 = r["t3"]
        check_t3(t3, r["template"])
        check_t4(r["t4"])
        g = r["gold"]
        # gold self-check: every gold table key reproduces the generated figure (or is a declared null)
        for k, v in g.items():
            if k.startswith("applications."):
                _, rest = k.split(".", 1)
                p, c = rest.rsplit(".", 1)
                assert v is None or v == t3[p][COLS.index(c)], k
            if k.startswith("appeals."):
                _, b, c = k.split(".")
                assert v is None or v == r["t4"][b][T4KEYS.index(c)], k
        # every narrative figure must literally appear in the rendered text (as digits)
        for k, v in g.items():
            if k.startswith("narrative.") and v not in (0,):
                assert re.search(r"(?<![0-9.])%s(?![0-9.])" % re.escape(fmtnum(v)), r["text"]), (r["file"], k, v)
        with open(os.path.join(HERE, r["file"]), "w", encoding="utf-8", newline="") as f:
            f.write(r["text"])
        manifest.append({"file": r["file"], "form": r["form"], "era": r["template"], "agency": r["agency"],
                         "level": r["level"], "year": r["year"], "gold": g, "notes": r["notes"]})
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for m in manifest:
        print("%-34s %-4s %4d gold keys  %s" % (m["file"], m["era"], len(m["gold"]), m["form"]))


if __name__ == "__main__":
    main()
