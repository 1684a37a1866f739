#!/usr/bin/env python3
"""page-hant.txt (OpenCC s2t of page-hans.txt) -> qiaokan.pdf: two pages of the 侨刊 《瀨溪鄉訊》 set
vertically (竖排): columns of 24 characters running right to left, each glyph placed on its own, the
punctuation in its vertical presentation forms (︐︑︒︓︔︵︶﹁﹂︽︾), a horizontal running head and a page
number.  reportlab with WenQuanYi Zen Hei; deterministic (invariant=1)."""
import os
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("W", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))
VERT = str.maketrans({"，": "︐", "、": "︑", "。": "︒", "：": "︓", "；": "︔", "（": "︵", "）": "︶",
                      "“": "﹁", "”": "﹂", "《": "︽", "》": "︾", "【": "︻", "】": "︼", "「": "﹁", "」": "﹂"})
W, H = 595, 842
PER_COL, STEP, COLW = 24, 27, 25
text = open(os.path.join(HERE, "page-hant.txt"), encoding="utf-8").read().strip().split("\n")

cols = []
for para in text:
    para = para.translate(VERT)
    indent = "" if para.startswith(("︻", "鰲坑", "瀨溪鄉人民政府", "二〇一五年三月")) else "　　"
    s = indent + para
    for i in range(0, len(s), PER_COL):
        cols.append(s[i:i + PER_COL])
    if para.startswith("鰲坑"):
        cols.append("")

c = canvas.Canvas(os.path.join(HERE, "qiaokan.pdf"), pagesize=(W, H), invariant=1)
c.setTitle("瀨溪鄉訊第八十七期")
page_cols = 20
pages = [cols[i:i + page_cols] for i in range(0, len(cols), page_cols)]
for pno, pcols in enumerate(pages, 6):
    c.setFont("W", 9)
    c.drawString(40, H - 36, "瀨溪鄉訊　第八十七期　二〇一五年四月")
    c.drawRightString(W - 40, H - 36, "鄉政動態")
    c.line(40, H - 42, W - 40, H - 42)
    x = W - 60
    for col in pcols:
        y = H - 80
        size = 14 if col.startswith("鰲坑") else 12
        c.setFont("W", size)
        for ch in col:
            c.drawString(x, y, ch)
            y -= STEP if size == 14 else 27
        x -= COLW
    c.setFont("W", 9)
    c.drawCentredString(W / 2, 30, "— %d —" % pno)
    c.showPage()
c.save()
