#!/usr/bin/env python3
"""Writes slides.pdf: the 16:9 deck (10 slides) of 珩溪市生态环境局's 2019 政务公开工作汇报 as a
presentation program exports it to PDF: title slide, agenda, bullet slides, KPI cards (a big figure
with its label UNDER it), a bar chart of three years with value labels, a legend with counts, and a
footer with the page number on every slide.  reportlab + WenQuanYi Zen Hei; invariant=1 so the build
is byte-stable."""
import os
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, white

HERE = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("W", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))
W, H = 960, 540
GREEN, GREY, LIGHT = HexColor("#1f7a4d"), HexColor("#555555"), HexColor("#e8f3ec")
c = canvas.Canvas(os.path.join(HERE, "slides.pdf"), pagesize=(W, H), invariant=1)
c.setTitle("2019年政务公开工作汇报")
c.setAuthor("珩溪市生态环境局办公室")
N = 10
page = [0]

def frame(title):
    page[0] += 1
    if title:
        c.setFillColor(GREEN)
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("W", 26)
        c.drawString(48, H - 48, title)
    c.setFillColor(GREY)
    c.setFont("W", 10)
    c.drawString(48, 20, "珩溪市生态环境局 | 2019年政务公开工作汇报")
    c.drawRightString(W - 48, 20, "%d / %d" % (page[0], N))

def bullets(lines, x=60, y=H - 120, size=18, gap=36):
    c.setFillColor(HexColor("#222222"))
    c.setFont("W", size)
    for ln in lines:
        c.drawString(x, y, "● " + ln)
        y -= gap

def card(x, y, big, label, sub=None, w=200, h=130):
    c.setFillColor(LIGHT)
    c.roundRect(x, y, w, h, 10, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.setFont("W", 40)
    c.drawCentredString(x + w / 2, y + h - 58, big)
    c.setFillColor(HexColor("#222222"))
    c.setFont("W", 15)
    c.drawCentredString(x + w / 2, y + h - 88, label)
    if sub:
        c.setFillColor(GREY)
        c.setFont("W", 11)
        c.drawCentredString(x + w / 2, y + 14, sub)

def done():
    c.showPage()

# 1 cover
frame(None)
c.setFillColor(GREEN); c.rect(0, 200, W, 150, stroke=0, fill=1)
c.setFillColor(white); c.setFont("W", 40); c.drawCentredString(W / 2, 290, "2019年政务公开工作汇报")
c.setFont("W", 20); c.drawCentredString(W / 2, 240, "珩溪市生态环境局")
c.setFillColor(GREY); c.setFont("W", 16)
c.drawCentredString(W / 2, 150, "汇报人：局办公室  孙雅婷")
c.drawCentredString(W / 2, 120, "2020年1月10日")
done()
# 2 agenda
frame("目录")
bullets(["01  工作概况", "02  主动公开", "03  依申请公开", "04  复议诉讼与收费", "05  建议提案办理",
         "06  存在问题与2020年打算"], size=20, gap=44)
done()
# 3 overview
frame("01 工作概况")
bullets(["调整局政务公开工作领导小组，明确专兼职工作人员9名",
         "印发《2019年政务公开工作要点》，细化任务38项，逐项明确责任科室",
         "按照新修订的《政府信息公开条例》，5月15日起更新依申请公开办理流程",
         "开展业务培训3次，参训人员142人次",
         "全市生态环境系统（含6个县区分局）共公开信息3,418条，本局数据不含分局"])
done()
# 4 active KPI
frame("02 主动公开")
card(48, 300, "1,532", "主动公开信息（条）", "同比 +12.6%")
card(268, 300, "14", "政策解读（篇）", "图解5篇 · 视频2篇")
card(488, 300, "6", "新闻发布会（场）")
card(708, 300, "486", "微信推送（篇）", "“珩溪生态”公众号")
c.setFillColor(HexColor("#222222")); c.setFont("W", 14)
c.drawString(60, 262, "近三年主动公开信息数（条）")
base, bw = 70, 60
for i, (yr, v) in enumerate([("2017", 1204), ("2018", 1361), ("2019", 1532)]):
    x = 120 + i * 200
    hgt = v / 1532 * 150
    c.setFillColor(GREEN if yr == "2019" else HexColor("#9cc9b0"))
    c.rect(x, base, bw, hgt, stroke=0, fill=1)
    c.setFillColor(HexColor("#222222")); c.setFont("W", 12)
    c.drawCentredString(x + bw / 2, base + hgt + 6, "{:,}".format(v))
    c.drawCentredString(x + bw / 2, base - 16, yr)
done()
# 5 requests KPI
frame("03 依申请公开")
card(48, 300, "30", "受理申请（件）", "其中新收27件 · 上年结转3件")
card(268, 300, "28", "办结（件）")
card(488, 300, "2", "结转2020年办理（件）")
card(708, 300, "100%", "按期答复率")
c.setFillColor(HexColor("#222222")); c.setFont("W", 14)
c.drawString(60, 262, "办结申请处理结果（件）")
y = 225
for lab, v, col in [("予以公开", 15, "#1f7a4d"), ("部分公开", 4, "#4fa37a"), ("无法提供", 6, "#9cc9b0"),
                     ("不予处理", 3, "#cfe6d8")]:
    c.setFillColor(HexColor(col)); c.rect(80, y, 14, 14, stroke=0, fill=1)
    c.setFillColor(HexColor("#222222")); c.setFont("W", 13)
    c.drawString(104, y + 2, "%s  %d" % (lab, v))
    y -= 30
c.setFillColor(GREY); c.setFont("W", 11)
c.drawString(420, 120, "注：另通过12369环保举报热线受理环境信访投诉1,127件，不属于政府信息公开申请。")
done()
# 6 appeals and fees
frame("04 复议诉讼与收费")
card(48, 300, "1", "行政复议（件）", "结果：维持")
card(268, 300, "0", "行政诉讼（件）")
card(488, 300, "0元", "信息处理费", "全年未收取任何费用")
done()
# 7 NPC / CPPCC
frame("05 建议提案办理")
card(48, 300, "31", "建议提案（件）", "人大代表建议12件 · 政协提案19件")
card(268, 300, "100%", "按期办结率")
bullets(["办理结果全部在局门户网站“建议提案办理”栏目公开"], y=250)
done()
# 8 problems
frame("06 存在问题")
bullets(["政策解读形式仍以文字为主，图解、视频解读占比偏低",
         "部分科室主动公开信息报送不够及时",
         "依申请公开答复文书规范性有待提高"])
done()
# 9 plans
frame("06 2020年工作打算")
bullets(["全面落实政府信息公开工作年度报告新格式",
         "力争全年主动公开信息不少于1,600条，政策解读不少于20篇",
         "推进环评审批、执法监管等重点领域信息公开"])
done()
# 10 thanks
frame(None)
c.setFillColor(GREEN); c.setFont("W", 44); c.drawCentredString(W / 2, 280, "谢谢！")
c.setFillColor(GREY); c.setFont("W", 14); c.drawCentredString(W / 2, 240, "敬请批评指正")
done()
c.save()
