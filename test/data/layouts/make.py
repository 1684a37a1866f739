#!/usr/bin/env python3
"""Render seed 001's tables 三 and 四 into every layout gdr reads.
Run from the repo root: python3 test/data/layouts/make.py"""
import os
D = "test/data/layouts"
rows = [("一、本年新收政府信息公开申请数量", None, [23,4,0,0,0,0,27]),
 ("二、上年结转政府信息公开申请数量", None, [0]*7),
 ("(一)予以公开", "三、本年度办理结果", [20,0,0,0,0,0,20]),
 ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "三、本年度办理结果", [0,2,0,0,0,0,2]),
 ("1.属于国家秘密", "(三)不予公开", [0]*7), ("2.其他法律行政法规禁止公开", "(三)不予公开", [0]*7),
 ("3.危及“三安全一稳定”", "(三)不予公开", [0]*7), ("4.保护第三方合法权益", "(三)不予公开", [0]*7),
 ("5.属于三类内部事务信息", "(三)不予公开", [0]*7), ("6.属于四类过程性信息", "(三)不予公开", [0]*7),
 ("7.属于行政执法案卷", "(三)不予公开", [0]*7), ("8.属于行政查询事项", "(三)不予公开", [2,0,0,0,0,0,2]),
 ("1.本机关不掌握相关政府信息", "(四)无法提供", [0]*7), ("2.没有现成信息需要另行制作", "(四)无法提供", [0]*7),
 ("3.补正后申请内容仍不明确", "(四)无法提供", [0]*7),
 ("1.信访举报投诉类申请", "(五)不予处理", [0]*7), ("2.重复申请", "(五)不予处理", [0]*7),
 ("3.要求提供公开出版物", "(五)不予处理", [0]*7), ("4.无正当理由大量反复申请", "(五)不予处理", [0]*7),
 ("5.要求行政机关确认或重新出具已获取信息", "(五)不予处理", [0]*7),
 ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "(六)其他处理", [0]*7),
 ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "(六)其他处理", [0]*7),
 ("3.其他", "(六)其他处理", [0]*7), ("(七)总计", "三、本年度办理结果", [22,2,0,0,0,0,24]),
 ("四、结转下年度继续办理", None, [1,2,0,0,0,0,3])]
t4 = [None,1,None,None,1, None,None,None,None,0, None,None,None,None,0]
head = "昌乐县自然资源和规划局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
note = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"
cols = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
h4a = "四、政府信息公开行政复议、行政诉讼情况\n"
h4 = ["结果维持","结果纠正","其他结果","尚未审结","总计"]
tail = "五、存在的主要问题及改进情况\n无。\n"
def cell(v): return "" if v is None else str(v)
def label(lab, grp, first):
    return (grp + lab) if (grp and first) else lab
out = {}
# tabs: one row per line, cells joined by tabs
def rowwise(sep, lead="", trail="", md=False):
    s = head + note + "\n" + lead + sep.join(["申请人情况"] + cols) + trail + "\n"
    if md: s += "|" + "---|" * 8 + "\n"
    prev = None
    for lab, grp, v in rows:
        l = label(lab, grp, grp != prev); prev = grp
        s += lead + sep.join([l] + [str(x) for x in v]) + trail + "\n"
    s += "\n" + h4a + lead + sep.join(["行政复议"] + h4 + ["未经复议直接起诉"] + h4 + ["复议后起诉"] + h4) + trail + "\n"
    if md: s += "|" + "---|" * 16 + "\n"
    s += lead + sep.join([""] + [cell(v) for v in t4]) + trail + "\n\n" + tail
    return s
out["001-tabs.txt"] = rowwise("\t")
out["001-pipes.txt"] = rowwise(" | ", "| ", " |")
out["001-markdown.md"] = rowwise(" | ", "| ", " |", md=True)
# spaces (blank cells of 四 written as 0-less: use the one-value-per-line tab form for 四)
s = head + note + "\n申请人情况 " + " ".join(cols) + "\n"
prev = None
for lab, grp, v in rows:
    l = label(lab, grp, grp != prev); prev = grp
    s += l + " " + " ".join(str(x) for x in v) + "\n"
s += "\n" + h4a + "行政复议 " + " ".join(h4) + " 未经复议直接起诉 " + " ".join(h4) + " 复议后起诉 " + " ".join(h4) + "\n"
s += "\n".join("\t" + cell(v) for v in t4) + "\n\n" + tail
out["001-spaces.txt"] = s
# run-together (四 with zeros for blanks is a different report: keep 四 on tab lines)
s = head + note + "申请人情况" + "".join(cols)
prev = None
for lab, grp, v in rows:
    l = label(lab, grp, grp != prev); prev = grp
    s += l + "".join(str(x) for x in v)
s += "\n" + h4a + "行政复议\n" + "\n".join(h4) + "\n未经复议直接起诉\n复议后起诉\n" + "\n".join(h4 + h4) + "\n" + "\n".join("\t" + cell(v) for v in t4) + "\n\n" + tail
out["001-runtogether.txt"] = s
# HTML with rowspan/colspan
def td(x, rs=1, cs=1):
    a = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
    return "<td%s>%s</td>" % (a, x)
h = "<html><body><p>昌乐县自然资源和规划局2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>"
h += "<tr>" + td(note, 3, 3) + td("申请人情况", 1, 7) + "</tr>"
h += "<tr>" + td("自然人", 2) + td("法人或其他组织", 1, 5) + td("总计", 2) + "</tr>"
h += "<tr>" + "".join(td(c) for c in cols[1:6]) + "</tr>"
spans = {"三、本年度办理结果": 22, "(三)不予公开": 8, "(四)无法提供": 3, "(五)不予处理": 5, "(六)其他处理": 3}
prev = None; seen = set()
for lab, grp, v in rows:
    tr = "<tr>"
    if grp is None:
        tr += td(lab, 1, 3)
    else:
        if "三、本年度办理结果" not in seen:
            tr += td("三、本年度办理结果", 22); seen.add("三、本年度办理结果")
        if grp == "三、本年度办理结果":
            tr += td(lab, 1, 2)
        else:
            if grp not in seen:
                tr += td(grp, spans[grp]); seen.add(grp)
            tr += td(lab)
    tr += "".join(td(x) for x in v) + "</tr>"
    h += tr
h += "</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
h += "<tr>" + td("行政复议", 1, 5) + td("行政诉讼", 1, 10) + "</tr>"
h += "<tr>" + "".join(td(x, 2) for x in h4) + td("未经复议直接起诉", 1, 5) + td("复议后起诉", 1, 5) + "</tr>"
h += "<tr>" + "".join(td(x) for x in h4 + h4) + "</tr>"
h += "<tr>" + "".join(td("&nbsp;" if v is None else str(v)) for v in t4) + "</tr></table>"
h += "<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>\n"
out["001-html.html"] = h
# traditional characters (tab rows)
T = str.maketrans({"县":"縣","资":"資","规":"規","划":"劃","开":"開","报":"報","处":"處","请":"請","况":"況","数":"數","关":"關","系":"係","为":"為",
  "项":"項","与":"與","于":"於","计":"計","业":"業","机":"機","构":"構","会":"會","益":"益","织":"織","务":"務","结":"結","转":"轉","办":"辦",
  "予":"予","还":"還","国":"國","秘":"秘","密":"密","禁":"禁","险":"險","稳":"穩","护":"護","权":"權","类":"類","内":"內","过":"過","执":"執",
  "卷":"卷","询":"詢","掌":"掌","现":"現","另":"另","补":"補","确":"確","访":"訪","举":"舉","诉":"訴","复":"復","书":"書","无":"無","当":"當",
  "认":"認","获":"獲","逾":"逾","收":"收","费":"費","通":"通","缴":"繳","纳":"納","总":"總","继":"繼","续":"續","议":"議","维":"維","纠":"糾",
  "审":"審","经":"經","问":"問","题":"題","进":"進","问":"問","乐":"樂","将":"將","单":"單","审":"審","尚":"尚","危":"危","三":"三","稳":"穩",
  "该":"該","实":"實","证":"證","讯":"訊","设":"設","发":"發","属":"屬","则":"則","样":"樣","长":"長","论":"論","纸":"紙","严":"嚴","边":"邊"})
out["001-hant.txt"] = out["001-tabs.txt"].translate(T)
# full-width digits and punctuation, ideographic spaces
F = {c: chr(ord(c) + 0xFEE0) for c in "0123456789(),:.|"}
F[" "] = "\u3000"
out["001-fullwidth.txt"] = out["001-pipes.txt"].translate(str.maketrans(F))
for k, v in out.items():
    with open(os.path.join(D, k), "w") as f:
        f.write(v)
