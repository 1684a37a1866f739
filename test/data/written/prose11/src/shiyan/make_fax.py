#!/usr/bin/python3
"""fax.txt -> fax.pdf (reportlab, WenQuanYi Zen Hei): the report as printed, with the fax
machine's header line; build.sh then rasterises and degrades it like a fax and runs Tesseract."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

here = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
body = ParagraphStyle("b", fontName="WQY", fontSize=14, leading=26, firstLineIndent=28, wordWrap="CJK")
head = ParagraphStyle("h", parent=body, firstLineIndent=28)
title = ParagraphStyle("t", parent=body, fontSize=19, leading=30, firstLineIndent=0, alignment=TA_CENTER)
right = ParagraphStyle("r", parent=body, firstLineIndent=0, alignment=TA_RIGHT, rightIndent=20)
FAX = []


def header(c, doc):
    c.saveState()
    c.setFont("Courier", 9)
    c.drawString(12 * mm, A4[1] - 8 * mm, FAX[0].replace("P.001", f"P.{doc.page:03d}"))
    c.restoreState()


story = []
for line in open(os.path.join(here, "fax.txt"), encoding="utf-8").read().split("\n"):
    if not line:
        continue
    tag, _, text = line.partition(" ")
    if tag == "#FAX":
        FAX.append(text)
        continue
    st = {"#T": title, "#H": head, "#P": body, "#R": right}[tag]
    if tag == "#R" and not story[-1].__class__ is Spacer and text.startswith("沣谷"):
        story.append(Spacer(1, 20))
    story.append(Paragraph(text, st))
doc = SimpleDocTemplate(os.path.join(here, "fax.pdf"), pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm,
                        topMargin=30 * mm, bottomMargin=25 * mm, invariant=1)
doc.build(story, onFirstPage=header, onLaterPages=header)
