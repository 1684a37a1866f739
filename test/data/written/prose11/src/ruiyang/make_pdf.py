#!/usr/bin/python3
"""Sets bulletin.txt as a two-column A4 bulletin with reportlab (Debian python3-reportlab 3.6.12,
font WenQuanYi Zen Hei from fonts-wqy-zenhei, embedded) -> bulletin.pdf.  Then:
  pdftotext -raw -enc UTF-8 bulletin.pdf ../../ruiyang-grain-2017-bulletin-pdftotext-raw.txt
(build.sh does both)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak, NextPageTemplate, Spacer

here = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
M = 20 * mm
GAP = 8 * mm
CW = (W - 2 * M - GAP) / 2
MASTH = 52 * mm

body = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=15, firstLineIndent=20, wordWrap="CJK")
head = ParagraphStyle("h", parent=body, firstLineIndent=0, spaceBefore=4)
title = ParagraphStyle("t", parent=body, fontSize=13, leading=19, firstLineIndent=0, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
right = ParagraphStyle("r", parent=body, firstLineIndent=0, alignment=TA_RIGHT)
mast = ParagraphStyle("m", fontName="WQY", fontSize=24, leading=32, alignment=TA_CENTER)
mast2 = ParagraphStyle("m2", fontName="WQY", fontSize=11, leading=16, alignment=TA_CENTER)
mast3 = ParagraphStyle("m3", fontName="WQY", fontSize=10, leading=16)
foot = ParagraphStyle("f", fontName="WQY", fontSize=9, leading=13)


BOXH = 62 * mm
box = ParagraphStyle("x", fontName="WQY", fontSize=9, leading=13, wordWrap="CJK")
boxhead = ParagraphStyle("xh", parent=box, fontSize=10, alignment=TA_CENTER)


def page_no(c, doc):
    c.saveState()
    c.setFont("WQY", 9)
    c.drawCentredString(W / 2, 10 * mm, f"— {doc.page} —")
    c.restoreState()


def first_page(c, doc):
    """page number, then the sidebar box at the foot of the right column: drawn before the
    frames' text, so it comes first in the content stream (what pdftotext -raw follows)"""
    page_no(c, doc)
    x, y = M + CW + GAP, M
    c.saveState()
    c.setLineWidth(0.8)
    c.rect(x, y, CW, BOXH - 4 * mm)
    yy = y + BOXH - 4 * mm - 3 * mm
    for i, line in enumerate(open(os.path.join(here, "sidebar.txt"), encoding="utf-8").read().strip().split("\n")):
        para = Paragraph(line, boxhead if i == 0 else box)
        w, h = para.wrapOn(c, CW - 6 * mm, BOXH)
        yy -= h + 2
        para.drawOn(c, x + 3 * mm, yy)
    c.restoreState()


first = PageTemplate("first", [
    Frame(M, H - M - MASTH, W - 2 * M, MASTH, id="mast"),
    Frame(M, M, CW, H - 2 * M - MASTH, id="c1"),
    Frame(M + CW + GAP, M + BOXH, CW, H - 2 * M - MASTH - BOXH, id="c2")], onPage=first_page)
later = PageTemplate("later", [
    Frame(M, M, CW, H - 2 * M, id="c1"),
    Frame(M + CW + GAP, M, CW, H - 2 * M, id="c2")], onPage=page_no)
doc = BaseDocTemplate(os.path.join(here, "bulletin.pdf"), pagesize=A4, pageTemplates=[first, later],
                      title="芮阳县粮食局工作简报2018年第3期", author="芮阳县粮食局办公室", invariant=1)
story = [NextPageTemplate("later")]
for line in open(os.path.join(here, "bulletin.txt"), encoding="utf-8").read().split("\n"):
    if not line:
        continue
    tag, _, text = line.partition(" ")
    st = {"#MAST": mast, "#MAST2": mast2, "#MAST3": mast3, "#H": head, "#P": body, "#T": title,
          "#R": right, "#FOOT": foot}[tag]
    story.append(Paragraph(text, st))
    if tag == "#MAST3":
        story.append(FrameBreak())
    if tag == "#FOOT":
        pass
doc.build(story)
