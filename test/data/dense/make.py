#!/usr/bin/env python3
"""Dense reports for the layout tests: one 2019-template and one 2021-template
report whose every cell holds a figure (distinct where the arithmetic allows,
few zeros), so that a cell read into the wrong row or column shows.  The
figures obey the template's identities (row total = the six columns, （七）总计
= the outcome rows, 一 + 二 = 三(七) + 四, table 四 totals) but not made-up
ones: 2019 table 二's 处理决定数量 is not 上一年项目数量 + 本年增/减.  Table 二
also has a signed change written with its plus sign (+4) and, in 2021, a
规章 row of `/` (an agency that cannot issue 规章), which must be null.

Each report is rendered into the layouts real reports arrive in:
  tabs      Word text: one row per line, cells separated by tabs, the group
            label on the group's first row
  cells     Word text: one cell per line, blank lines between rows
  rotated   the same with the vertical label cells one character per line
  pipes     markdown tables (PDF converted to markdown)
  grid      markdown / tab rows with every merged label cell written empty
  spaces    crawler text: every cell separated by one space, no line breaks
  html      a saved page: navigation, a script, a style, comments, and the
            tables with rowspan/colspan as the template draws them
  word      the same page as Word's "save as web page" writes it: mso
            classes and comments, a span per run, <o:p>, labels broken by <br>
  pdf       pdftotext -layout style: labels wrapped over two lines, the
            numbers right of the label's first line, a page footer mid-table
  pdf2      the same with the numbers on the label's last line
  hant      the tabs layout in traditional characters (ICU's
            Simplified-Traditional, through uconv)

and the figures go to <name>.gold ("slot.path=value" lines).  The files are
committed; run this again only to change them, from the repo root:
    python3 test/data/dense/make.py
"""
import os
import random
import subprocess

D = "test/data/dense"
COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
RESULT = "三、本年度办理结果"

# table 三 rows: (slot row key, label, group label or None)
OUTCOMES = [
    ("granted", "（一）予以公开", None),
    ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("denied.state_secret", "1.属于国家秘密", "（三）不予公开"),
    ("denied.prohibited", "2.其他法律行政法规禁止公开", "（三）不予公开"),
    ("denied.security", "3.危及“三安全一稳定”", "（三）不予公开"),
    ("denied.third_party", "4.保护第三方合法权益", "（三）不予公开"),
    ("denied.internal", "5.属于三类内部事务信息", "（三）不予公开"),
    ("denied.process", "6.属于四类过程性信息", "（三）不予公开"),
    ("denied.enforcement", "7.属于行政执法案卷", "（三）不予公开"),
    ("denied.query", "8.属于行政查询事项", "（三）不予公开"),
    ("unable.not_held", "1.本机关不掌握相关政府信息", "（四）无法提供"),
    ("unable.needs_creation", "2.没有现成信息需要另行制作", "（四）无法提供"),
    ("unable.unclear", "3.补正后申请内容仍不明确", "（四）无法提供"),
    ("not_processed.petition", "1.信访举报投诉类申请", "（五）不予处理"),
    ("not_processed.repeated", "2.重复申请", "（五）不予处理"),
    ("not_processed.publication", "3.要求提供公开出版物", "（五）不予处理"),
    ("not_processed.excessive", "4.无正当理由大量反复申请", "（五）不予处理"),
    ("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
]
OTHER_2021 = [
    ("other_handling.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other_handling.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other_handling.other", "3.其他", "（六）其他处理"),
]
OTHER_2019 = [("other_handling.other", "（六）其他处理", None)]
APPEAL_HEAD = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
APPEAL_KEYS = ["upheld", "corrected", "other", "pending", "total"]


class Report:
    def __init__(self, tmpl, seed, agency, year):
        self.tmpl, self.agency, self.year = tmpl, agency, year
        rnd = random.Random(seed)
        self.gold = {}
        outcomes = OUTCOMES + (OTHER_2021 if tmpl == "2021" else OTHER_2019)
        # table 三: outcome rows, then 总计, 结转, 上年结转, 新收
        grid = {}
        for key, _, _ in outcomes:
            grid[key] = [rnd.choice([0, rnd.randint(1, 9), rnd.randint(10, 99)]) for _ in range(6)]
        grid["granted"] = [rnd.randint(100, 400), rnd.randint(10, 60), rnd.randint(1, 9),
                           rnd.randint(1, 9), rnd.randint(1, 9), rnd.randint(10, 30)]
        processed = [sum(grid[k][c] for k, _, _ in outcomes) for c in range(6)]
        carried_over = [rnd.randint(0, max(0, p // 4)) for p in processed]
        carried_forward = [rnd.randint(1, 20) for _ in range(6)]
        new = [processed[c] + carried_forward[c] - carried_over[c] for c in range(6)]
        rows = [("new", "一、本年新收政府信息公开申请数量", None, new),
                ("carried_over", "二、上年结转政府信息公开申请数量", None, carried_over)]
        rows += [(k, l, g, grid[k]) for k, l, g in outcomes]
        rows += [("processed", "（七）总计", None, processed),
                 ("carried_forward", "四、结转下年度继续办理", None, carried_forward)]
        self.rows = []
        for key, label, group, v in rows:
            v = v + [sum(v)]
            self.rows.append((key, label, group, v))
            for c, name in enumerate(["person", "business", "research", "nonprofit", "legal", "other", "total"]):
                self.gold["applications.%s.%s" % (key, name)] = v[c]
        # table 四
        self.t4 = []
        for kind in ("review", "suit_direct", "suit_after_review"):
            parts = [rnd.randint(1, 12) for _ in range(4)]
            cells = parts + [sum(parts)]
            self.t4 += cells
            for k, x in zip(APPEAL_KEYS, cells):
                self.gold["appeals.%s.%s" % (kind, k)] = x
        # table 二
        if tmpl == "2021":
            self.t2 = [
                ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
                 [("规章", "regulations", ["issued", "repealed", "in_force"], ["/", "/", "/"]),
                  ("行政规范性文件", "normative_documents", ["issued", "repealed", "in_force"], [14, 6, 83])]),
                ("第二十条第（五）项", ["本年处理决定数量"],
                 [("行政许可", "licensing", ["decisions"], [5127])]),
                ("第二十条第（六）项", ["本年处理决定数量"],
                 [("行政处罚", "penalty", ["decisions"], [932]),
                  ("行政强制", "coercion", ["decisions"], [41])]),
                ("第二十条第（八）项", ["本年收费金额（单位：万元）"],
                 [("行政事业性收费", "fees", ["amount"], ["356.27"])]),
            ]
        else:
            self.t2 = [
                ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
                 [("规章", "regulations", ["made", "published", "public_total"], [3, 2, 26]),
                  ("规范性文件", "normative_documents", ["made", "published", "public_total"], [19, 17, 142])]),
                ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
                 [("行政许可", "licensing", ["items_last_year", "items_change", "decisions"], [84, -6, 2710]),
                  ("其他对外管理服务事项", "other_services", ["items_last_year", "items_change", "decisions"], [37, "+4", 615])]),
                ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
                 [("行政处罚", "penalty", ["items_last_year", "items_change", "decisions"], [412, 23, 1187]),
                  ("行政强制", "coercion", ["items_last_year", "items_change", "decisions"], [26, -3, 58])]),
                ("第二十条第（八）项", ["上一年项目数量", "本年增/减"],
                 [("行政事业性收费", "fees", ["items_last_year", "items_change"], [9, -2])]),
                ("第二十条第（九）项", ["采购项目数量", "采购总金额"],
                 [("政府集中采购", "procurement", ["items", "amount"], [14, "2516300元"])]),
            ]
        for _, _, data in self.t2:
            for _, key, fields, vals in data:
                for f, x in zip(fields, vals):
                    if key == "procurement" and f == "amount":
                        self.gold["active.procurement.amount"] = 2516300
                        self.gold["active.procurement.amount_unit"] = "元"
                    elif x == "/":
                        self.gold["active.%s.%s" % (key, f)] = "null"   # not applicable: JSON null
                    else:
                        self.gold["active.%s.%s" % (key, f)] = str(x).lstrip("+")
        self.gold["template"] = tmpl
        self.gold["year"] = year

    # ---------------------------------------------------------------- text
    def intro(self):
        return ("%s%d年政府信息公开工作年度报告\n\n"
                "一、总体情况\n%d年，%s认真贯彻落实《中华人民共和国政府信息公开条例》，"
                "全面推进政务公开工作。\n\n二、主动公开政府信息情况\n" % (self.agency, self.year, self.year, self.agency))

    def outro(self):
        return ("五、存在的主要问题及改进情况\n一是公开的主动性有待增强；二是解读形式还不够丰富。\n\n"
                "六、其他需要报告的事项\n本年度未收取信息处理费。\n")

    def t2_rows(self):
        """(cells) rows of table 二 as printed: caption, header, data rows"""
        out = []
        for cap, head, data in self.t2:
            out.append([cap])
            out.append(["信息内容"] + head)
            for label, _, _, vals in data:
                out.append([label] + [("%+d" % x if isinstance(x, int) and x < 0 else str(x)) for x in vals])
        return out

    def t3_rows(self, group_first=True):
        """(label cells, values) with the group label on the group's first row"""
        out, seen = [], set()
        for key, label, group, v in self.rows:
            cells = []
            if key not in ("new", "carried_over", "carried_forward") and RESULT not in seen:
                cells.append(RESULT)
                seen.add(RESULT)
            if group and group not in seen:
                cells.append(group)
                seen.add(group)
            cells.append(label)
            out.append((cells, [str(x) for x in v]))
        return out

    def t4_head(self):
        return (["行政复议", "行政诉讼"], APPEAL_HEAD + ["未经复议直接起诉", "复议后起诉"],
                APPEAL_HEAD + APPEAL_HEAD)


def rowwise(r, sep, lead="", trail="", md=False, grid=False):
    """grid: every row has its three label cells, merged ones left empty
    (what table-aware PDF and Word converters write)"""
    def line(cells):
        return lead + sep.join(cells) + trail + "\n"
    s = r.intro()
    for cells in r.t2_rows():
        s += line(cells)
        if md and cells[0] == "信息内容":
            s += "|" + "---|" * len(cells) + "\n"
    s += "\n三、收到和处理政府信息公开申请情况\n"
    s += line([NOTE, "申请人情况"])
    s += line(["", "自然人", "法人或其他组织", "总计"])
    s += line(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])
    if md:
        s += "|" + "---|" * 10 + "\n"
    if grid:
        first = True
        seen = set()
        for key, label, group, v in r.rows:
            if key in ("new", "carried_over", "carried_forward"):
                cells = [label, "", ""]
            else:
                cells = [RESULT if first else ""]
                first = False
                if group is None:
                    cells += [label, ""]
                else:
                    cells += [group if group not in seen else "", label]
                    seen.add(group)
            s += line(cells + [str(x) for x in v])
    else:
        for labels, vals in r.t3_rows():
            s += line(labels + vals)
    s += "\n四、政府信息公开行政复议、行政诉讼情况\n"
    h1, h2, h3 = r.t4_head()
    if grid:
        h1 = [h1[0]] + [""] * 4 + [h1[1]] + [""] * 9
        h2 = h2[:5] + [h2[5]] + [""] * 4 + [h2[6]] + [""] * 4
        h3 = [""] * 5 + h3[5:]
    s += line(h1) + line(h2) + line(h3)
    if md:
        s += "|" + "---|" * 15 + "\n"
    s += line([str(x) for x in r.t4]) + "\n" + r.outro()
    return s


def cells(r, rotated=False):
    """one cell per line, a blank line after each row; rotated: the
    vertical label cells (三、本年度办理结果 and the group labels) come one
    character per line, as pdftotext prints rotated text"""
    def row(cs):
        if rotated:
            cs = ["\n".join(c) if c == RESULT or c.startswith("（") and c.endswith(("不予公开", "无法提供", "不予处理", "其他处理")) and len(c) < 10 else c
                  for c in cs]
        return "\n".join(cs) + "\n\n"
    s = r.intro()
    for cs in r.t2_rows():
        s += row(cs)
    s += "三、收到和处理政府信息公开申请情况\n\n" + row([NOTE, "申请人情况"])
    s += row(["自然人", "法人或其他组织", "总计"]) + row(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])
    for labels, vals in r.t3_rows():
        s += row(labels + vals)
    s += "四、政府信息公开行政复议、行政诉讼情况\n\n"
    h1, h2, h3 = r.t4_head()
    s += row(h1) + row(h2) + row(h3) + row([str(x) for x in r.t4]) + r.outro()
    return s


def spaces(r):
    """crawler text: every cell separated by one space, paragraphs run on"""
    s = r.intro().replace("\n\n", " ").replace("\n", " ")
    s += " ".join(" ".join(cs) for cs in r.t2_rows())
    s += " 三、收到和处理政府信息公开申请情况 " + NOTE + " 申请人情况 " + " ".join(COLS[:1] + ["法人或其他组织"] + COLS[1:])
    for labels, vals in r.t3_rows():
        s += " " + " ".join(labels + vals)
    h1, h2, h3 = r.t4_head()
    s += " 四、政府信息公开行政复议、行政诉讼情况 " + " ".join(h1 + h2 + h3) + " " + " ".join(str(x) for x in r.t4)
    s += " " + r.outro().replace("\n\n", " ").replace("\n", " ")
    return s + "\n"


def html(r, word=False):
    def td(x, rs=1, cs=1):
        a = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
        if word:
            # Word's "save as web page": mso classes, spans per run, <o:p>,
            # long labels broken with <br>, numbers in their own span
            if len(x) > 12 and not x.isdigit():
                x = x[:8] + "<br>\n" + x[8:]
            return ("<td width=64 valign=top style='width:48.0pt;border:solid windowtext 1.0pt;"
                    "mso-border-alt:solid windowtext .5pt'%s>\n<p class=MsoNormal align=center "
                    "style='text-align:center'><span lang=EN-US style='font-size:10.5pt;"
                    "font-family:仿宋_GB2312'>%s<o:p></o:p></span></p>\n</td>" % (a, x))
        return '<td%s style="border:1px solid #000"><p><span>%s</span></p></td>' % (a, x)
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s%d年政府信息公开工作年度报告</title>'
         '<style>td{font-size:12pt}</style><script>var nav = "<td>1</td>"; if (a < b) {}</script></head><body>'
         '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告</div>'
         '<!-- 正文 开始 <td>99</td> -->' % (r.agency, r.year))
    for para in r.intro().strip().split("\n"):
        if para:
            h += "<p>%s</p>" % para
    # table 二: caption rows span every column
    h += "<table>"
    for cs in r.t2_rows():
        if len(cs) == 1:
            h += "<tr>" + td(cs[0], 1, 4) + "</tr>"
        else:
            h += "<tr>" + "".join(td(c, 1, 4 - len(cs) + 1 if (i == len(cs) - 1 and len(cs) < 4) else 1)
                                  for i, c in enumerate(cs)) + "</tr>"
    h += "</table><p>三、收到和处理政府信息公开申请情况</p><table>"
    h += "<tr>" + td(NOTE, 3, 3) + td("申请人情况", 1, 7) + "</tr>"
    h += "<tr>" + td("自然人", 2) + td("法人或其他组织", 1, 5) + td("总计", 2) + "</tr>"
    h += "<tr>" + "".join(td(c) for c in COLS[1:6]) + "</tr>"
    ngroup = {}
    for _, _, g, _ in r.rows:
        if g:
            ngroup[g] = ngroup.get(g, 0) + 1
    nresult = sum(1 for k, _, _, _ in r.rows if k not in ("new", "carried_over", "carried_forward"))
    seen = set()
    for key, label, group, v in r.rows:
        tr = "<tr>"
        if key in ("new", "carried_over", "carried_forward"):
            tr += td(label, 1, 3)
        else:
            if RESULT not in seen:
                tr += td(RESULT, nresult)
                seen.add(RESULT)
            if group is None:
                tr += td(label, 1, 2)
            else:
                if group not in seen:
                    tr += td(group, ngroup[group])
                    seen.add(group)
                tr += td(label)
        h += tr + "".join(td(str(x)) for x in v) + "</tr>\n"
    h += "</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
    h += "<tr>" + td("行政复议", 1, 5) + td("行政诉讼", 1, 10) + "</tr>"
    h += "<tr>" + "".join(td(x, 2) for x in APPEAL_HEAD) + td("未经复议直接起诉", 1, 5) + td("复议后起诉", 1, 5) + "</tr>"
    h += "<tr>" + "".join(td(x) for x in APPEAL_HEAD + APPEAL_HEAD) + "</tr>"
    h += "<tr>" + "".join(td(str(x)) for x in r.t4) + "</tr></table>"
    for para in r.outro().strip().split("\n"):
        if para:
            h += "<p>%s</p>" % para
    h += '<div class="footer">主办单位：%s &copy; 版权所有</div></body></html>\n' % r.agency
    if word:
        h = h.replace("<table>", "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
                      "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>\n<tbody>")
        h = h.replace("</table>", "</tbody></table>").replace("<tr>", "<tr style='height:15.0pt'>\n")
    return h


def pdf(r, numbers_last=False):
    """pdftotext -layout: wide label column, long labels wrapped, the
    numbers on the label's first line (or its last: cells centred
    vertically put them on either), a page footer in the middle of table 三"""
    def wrap(label, width=14):
        return [label[i:i + width] for i in range(0, len(label), width)]
    s = r.intro()
    for cs in r.t2_rows():
        s += "    " + "      ".join(cs) + "\n"
    s += "\n三、收到和处理政府信息公开申请情况\n\n"
    s += "  （本列数据的勾稽关系为：第一项加                       申请人情况\n"
    s += "  第二项之和，等于第三项加第四项之                        法人或其他组织\n"
    s += "  和）                                自然人   商业   科研   社会公   法律服   其他    总计\n"
    s += "                                               企业   机构   益组织   务机构\n"
    for i, (labels, vals) in enumerate(r.t3_rows()):
        label = labels[-1]
        prefix = "".join(labels[:-1])
        lines = wrap(prefix + label)
        at = len(lines) - 1 if numbers_last else 0
        for j, part in enumerate(lines):
            if j == at:
                s += "  %-30s %s\n" % (part, "   ".join("%5s" % x for x in vals))
            else:
                s += "  %s\n" % part
        if i == 11:
            s += "\n                                   - 3 -\n\f"
    s += "\n四、政府信息公开行政复议、行政诉讼情况\n\n"
    s += "              行政复议                                   行政诉讼\n"
    s += "                                             未经复议直接起诉                复议后起诉\n"
    s += "  " + "  ".join(APPEAL_HEAD * 3) + "\n"
    s += "  " + "    ".join("%3d" % x for x in r.t4) + "\n\n" + r.outro()
    return s


def main():
    reports = [("2019", Report("2019", 2019, "南湖区市场监督管理局", 2020)),
               ("2021", Report("2021", 2021, "清河县自然资源局", 2023))]
    for name, r in reports:
        out = {"tabs.txt": rowwise(r, "\t"),
               "pipes.md": rowwise(r, " | ", "| ", " |", md=True),
               "grid.md": rowwise(r, " | ", "| ", " |", md=True, grid=True),
               "gridtabs.txt": rowwise(r, "\t", grid=True),
               "cells.txt": cells(r),
               "rotated.txt": cells(r, rotated=True),
               "spaces.txt": spaces(r),
               "html.html": html(r),
               "word.html": html(r, word=True),
               "pdf.txt": pdf(r),
               "pdf2.txt": pdf(r, numbers_last=True)}
        out["hant.txt"] = subprocess.run(["uconv", "-f", "utf-8", "-t", "utf-8", "-x", "Simplified-Traditional"],
                                         input=out["tabs.txt"].encode(), capture_output=True,
                                         check=True).stdout.decode()
        for k, v in out.items():
            with open(os.path.join(D, "%s-%s" % (name, k)), "w") as f:
                f.write(v)
        with open(os.path.join(D, "%s.gold" % name), "w") as f:
            for k in sorted(r.gold):
                f.write("%s=%s\n" % (k, r.gold[k]))


main()
