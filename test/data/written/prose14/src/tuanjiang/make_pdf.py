#!/usr/bin/env python3
"""Draw report.pdf: the department's 2014 report as a Word-like A4 PDF (三号 body text, page numbers
'— n —'), followed by its 附表 in the 32号 row list with three value columns 本年度 / 上年度 / 增减.
build.sh runs poppler's pdftotext (default mode) on it.  reportlab's invariant mode keeps the bytes stable."""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

HERE = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("ZH", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))

TITLE = "湍江省人力资源和社会保障厅2014年政府信息公开工作年度报告"
PROSE = [
 ("p", "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅关于印发2014年政府信息公开工作要点的通知》"
       "要求，现公布2014年度我厅政府信息公开工作年度报告。全文包括概述、主动公开政府信息情况、回应解读情况、依申请公开政府信息"
       "情况、政府信息公开的收费及减免情况、因政府信息公开申请提起行政复议和行政诉讼情况、机构建设和保障经费情况、存在的主要问题"
       "及改进措施，并附《2014年政府信息公开情况统计表》。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。"),
 ("h", "一、概述"),
 ("p", "2014年，我厅认真贯彻落实《条例》和省政府关于政府信息公开工作的部署，围绕就业创业、社会保险、人事人才、劳动关系等群众"
       "关注的重点领域，不断加大公开力度，规范依申请公开工作，政府信息公开工作取得新进展。"),
 ("h", "二、主动公开政府信息情况"),
 ("p", "2014年，我厅共主动公开政府信息1,346条，比上年增加159条，增长13.4%，其中主动公开规范性文件12件。从公开渠道看，通过厅门户"
       "网站公开1,214条，通过《湍江省人民政府公报》公开21条，通过政务微博、微信等新媒体公开111条。"),
 ("p", "重点公开了就业创业扶持政策、社会保险待遇调整、事业单位公开招聘、职称评审结果、劳动保障监察执法等信息。全年在厅门户网站"
       "发布事业单位公开招聘公告418期，公示职称评审结果36批次。"),
 ("h", "三、回应解读情况"),
 ("p", "全年参加或举办新闻发布会4次，其中主要负责同志参加2次；发布政策解读稿件26篇；通过政府网站在线访谈3次。“湍江人社”政务"
       "微博、微信公众号全年发布信息2,805条（其中微博2,418条、微信387条）。12333咨询服务热线全年接听群众来电15.6万人次，"
       "群众满意率98.7%。"),
 ("h", "四、依申请公开政府信息情况"),
 ("p", "2014年，我厅共收到政府信息公开申请64件，比上年减少7件。其中当面申请18件，网络申请39件，信函申请7件。申请内容主要涉及"
       "工伤认定、养老保险待遇核定、事业单位招聘和职称评审等。"),
 ("p", "已答复61件，其中属于已主动公开范围9件，同意公开33件，同意部分公开5件，不同意公开3件，不属于本行政机关公开4件，申请信息"
       "不存在7件；按时办结60件，延期办结1件。其余3件因需征求第三方意见，结转至2015年办理。"),
 ("h", "五、政府信息公开的收费及减免情况"),
 ("p", "2014年，我厅依申请提供政府信息，未收取任何费用。"),
 ("h", "六、因政府信息公开申请提起行政复议和行政诉讼情况"),
 ("p", "全年因政府信息公开申请提起行政复议2件，其中维持具体行政行为1件、被依法纠错1件；提起行政诉讼1件，目前尚在审理中。"
       "全年未收到有关政府信息公开工作的举报投诉。"),
 ("h", "七、机构建设和保障经费情况"),
 ("p", "我厅政府信息公开工作由办公室负责，从事政府信息公开工作人员5名，其中专职2名、兼职3名。全年政府信息公开专项经费12.5万元。"
       "召开政府信息公开工作会议2次，举办培训班3期，培训186人次。"),
 ("h", "八、存在的主要问题及改进措施"),
 ("p", "我厅政府信息公开工作还存在一些不足：政策解读的针对性有待增强，依申请公开答复的规范化水平有待提高。2015年，我厅将进一步"
       "加大主动公开力度，力争发布政策解读稿件不少于30篇，全面提升依申请公开办理质量。"),
 ("sign", "湍江省人力资源和社会保障厅"),
 ("sign", "2015年3月20日"),
]

# 指标名称, 单位, 本年度, 上年度, 增减 (None = section row)
TABLE = [
 ("一、主动公开情况", None),
 ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", 1346, 1187),
 ("其中：主动公开规范性文件数", "件", 12, 9),
 ("制发规范性文件总数", "件", 12, 10),
 ("二、回应解读情况", None),
 ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", 7, 5),
 ("（二）通过不同方式回应解读情况", None),
 ("1.参加或举办新闻发布会总次数", "次", 4, 3),
 ("其中：主要负责同志参加新闻发布会次数", "次", 2, 1),
 ("2.政府网站在线访谈次数", "次", 3, 2),
 ("3.政策解读稿件发布数", "篇", 26, 19),
 ("4.微博微信回应事件数", "次", 15, 9),
 ("三、依申请公开情况", None),
 ("（一）收到申请数", "件", 64, 71),
 ("1.当面申请数", "件", 18, 25),
 ("2.传真申请数", "件", 0, 0),
 ("3.网络申请数", "件", 39, 37),
 ("4.信函申请数", "件", 7, 9),
 ("（二）申请办结数", "件", 61, 71),
 ("1.按时办结数", "件", 60, 70),
 ("2.延期办结数", "件", 1, 1),
 ("（三）申请答复数", "件", 61, 71),
 ("1.属于已主动公开范围数", "件", 9, 6),
 ("2.同意公开答复数", "件", 33, 41),
 ("3.同意部分公开答复数", "件", 5, 4),
 ("4.不同意公开答复数", "件", 3, 6),
 ("其中：涉及国家秘密", "件", 0, 1),
 ("涉及商业秘密", "件", 1, 2),
 ("涉及个人隐私", "件", 2, 2),
 ("危及国家安全、公共安全、经济安全和社会稳定", "件", 0, 0),
 ("不是《条例》所指政府信息", "件", 0, 1),
 ("法律法规规定的其他情形", "件", 0, 0),
 ("5.不属于本行政机关公开数", "件", 4, 3),
 ("6.申请信息不存在数", "件", 7, 8),
 ("7.告知作出更改补充数", "件", 0, 2),
 ("8.告知通过其他途径办理数", "件", 0, 1),
 ("四、行政复议数量", "件", 2, 1),
 ("（一）维持具体行政行为数", "件", 1, 1),
 ("（二）被依法纠错数", "件", 1, 0),
 ("（三）其他情形数", "件", 0, 0),
 ("五、行政诉讼数量", "件", 1, 0),
 ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", 0, 0),
 ("（二）被依法纠错数", "件", 0, 0),
 ("（三）其他情形数", "件", 1, 0),
 ("六、举报投诉数量", "件", 0, 2),
 ("七、依申请公开信息收取的费用", "万元", "0", "0.012"),
 ("八、机构建设和保障经费情况", None),
 ("（一）政府信息公开工作专门机构数", "个", 1, 1),
 ("（二）设置政府信息公开查阅点数", "个", 2, 2),
 ("（三）从事政府信息公开工作人员数", "人", 5, 5),
 ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", 2, 2),
 ("2.兼职人员数", "人", 3, 3),
 ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "12.5", "10"),
 ("九、政府信息公开会议和培训情况", None),
 ("（一）召开政府信息公开工作会议或专题会议数", "次", 2, 2),
 ("（二）举办各类培训班数", "次", 3, 2),
 ("（三）接受培训人员数", "人次", 186, 140),
]


def fmt(v):
    return f"{v:,}" if isinstance(v, int) else v


def delta(a, b):
    if isinstance(a, int):
        d = a - b
        return "0" if d == 0 else f"{d:+,}"
    d = round(float(a) - float(b), 4)
    return "0" if d == 0 else f"{d:+g}"


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("ZH", 14)
    canvas.drawCentredString(A4[0] / 2, 18 * mm, f"— {doc.page} —")
    canvas.restoreState()


def main():
    body = ParagraphStyle("b", fontName="ZH", fontSize=16, leading=28, wordWrap="CJK", firstLineIndent=32)
    head = ParagraphStyle("h", parent=body, firstLineIndent=32)
    title = ParagraphStyle("t", fontName="ZH", fontSize=22, leading=34, alignment=1, wordWrap="CJK")
    sign = ParagraphStyle("s", parent=body, alignment=2, firstLineIndent=0)
    cell = ParagraphStyle("c", fontName="ZH", fontSize=10.5, leading=14, wordWrap="CJK")
    story = [Paragraph(TITLE, title), Spacer(1, 14)]
    for kind, text in PROSE:
        story.append(Paragraph(text, {"p": body, "h": head, "sign": sign}[kind]))
    story += [PageBreak(), Paragraph("附表", ParagraphStyle("a", parent=body, firstLineIndent=0)),
              Paragraph("湍江省人力资源和社会保障厅2014年政府信息公开情况统计表", title), Spacer(1, 8)]
    data = [["指标名称", "单位", "本年度", "上年度", "增减"]]
    for r in TABLE:
        if r[1] is None:
            data.append([Paragraph(r[0], cell), "", "", "", ""])
        else:
            data.append([Paragraph(r[0], cell), r[1], fmt(r[2]), fmt(r[3]), delta(r[2], r[3])])
    t = Table(data, colWidths=[196, 30, 42, 42, 40], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "ZH"),
                           ("FONTSIZE", (0, 0), (-1, -1), 10.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(t)
    doc = SimpleDocTemplate(os.path.join(HERE, "report.pdf"), pagesize=A4, topMargin=37 * mm, bottomMargin=35 * mm,
                            leftMargin=28 * mm, rightMargin=26 * mm, title=TITLE, author="办公室", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    main()
