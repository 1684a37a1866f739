#!/usr/bin/env python3
"""Draw report.pdf: the bureau's 2013 report as the PDF a Word user printed through Acrobat (its Info dictionary
says so: "Microsoft Word - ….doc", PScript5, Acrobat Distiller).  build.sh runs poppler's pdftohtml in complex
mode (-c -s -noframes -i): every printed line becomes an absolutely positioned <p>, so a figure cut by the
line wrap is cut into two elements."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("ZH", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))

TITLE = "澴阳县水务局2013年政府信息公开工作年度报告"
PROSE = [
 ("p", "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布2013年度本机关政府信息公开工作年度报告。"
       "本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请提起行政"
       "复议、行政诉讼的情况，存在的主要问题及改进措施等六部分组成。本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日"
       "止。本报告的电子版可在澴阳县人民政府门户网站“政府信息公开”专栏下载。"),
 ("h", "一、概述"),
 ("p", "2013年，我局认真贯彻落实《条例》和县政府关于政府信息公开工作的部署，成立了由局长任组长的政府信息公开工作领导小组，明确"
       "办公室为政府信息公开工作机构，配备专（兼）职工作人员3名，建立健全了主动公开、依申请公开、保密审查等工作制度。"),
 ("h", "二、主动公开政府信息情况"),
 ("p", "2013年，我局共主动公开政府信息1,108条，较2012年的936条增加172条。其中，通过县政府门户网站水务局子站公开1,024条，"
       "通过县政府信息公开查阅点和局政务公开栏公开84条。"),
 ("p", "全年依法办理取水许可审批136件、河道采砂许可28件，征收水资源费1,286.4万元、水利建设基金3,112万元，相关审批结果和征收"
       "标准均在网站公开。汛期召开防汛抗旱新闻发布会3次，及时发布雨情、水情、汛情信息。“澴阳水务”官方微博全年发布信息600余"
       "条，粉丝数达1.3万人。"),
 ("h", "三、依申请公开政府信息情况"),
 ("p", "2013年，我局新收政府信息公开申请15件，另有2012年结转申请1件。申请内容主要涉及水库移民后期扶持、河道采砂、农田水利"
       "项目等。截至2013年12月31日，16件申请已全部办结，其中同意公开11件，同意部分公开2件，信息不存在2件，非本机关掌握1件，"
       "无结转至2014年的申请。"),
 ("h", "四、政府信息公开的收费及减免情况"),
 ("p", "2013年，我局依申请提供政府信息共收取复印费48元，无减免情况。"),
 ("h", "五、因政府信息公开申请提起行政复议、行政诉讼的情况"),
 ("p", "2013年，我局未发生因政府信息公开申请提起行政复议、行政诉讼的情况。"),
 ("h", "六、存在的主要问题及改进措施"),
 ("p", "我局政府信息公开工作还存在信息更新不够及时、公开内容不够全面等问题。2014年，我局将进一步完善工作制度，加大水资源管理、"
       "水利工程建设等重点领域信息公开力度，力争主动公开政府信息不少于1,200条。"),
 ("sign", "澴阳县水务局"),
 ("sign", "2014年3月18日"),
]


def page(canvas, doc):
    canvas.saveState()
    info = canvas._doc.info
    info.title = "Microsoft Word - 澴阳县水务局2013年政府信息公开年报.doc"
    info.author = "Administrator"
    info.subject = ""
    info.creator = "PScript5.dll Version 5.2.2"
    info.producer = "Acrobat Distiller 9.0.0 (Windows)"
    info._dateFormatter = lambda *a: "D:20140318162214+08'00'"
    canvas.setFont("ZH", 14)
    canvas.drawCentredString(A4[0] / 2, 18 * mm, f"— {doc.page} —")
    canvas.restoreState()


def main():
    body = ParagraphStyle("b", fontName="ZH", fontSize=16, leading=29, wordWrap="CJK", firstLineIndent=32)
    title = ParagraphStyle("t", fontName="ZH", fontSize=22, leading=34, alignment=1, wordWrap="CJK")
    sign = ParagraphStyle("s", parent=body, alignment=2, firstLineIndent=0)
    story = [Paragraph(TITLE, title), Spacer(1, 14)]
    for kind, text in PROSE:
        story.append(Paragraph(text, {"p": body, "h": body, "sign": sign}[kind]))
    doc = SimpleDocTemplate(os.path.join(HERE, "report.pdf"), pagesize=A4, topMargin=37 * mm, bottomMargin=35 * mm,
                            leftMargin=28 * mm, rightMargin=26 * mm, invariant=1)
    doc.build(story, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    main()
