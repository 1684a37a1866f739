#!/usr/bin/env python3
"""The county's 年度报告报送表 as an AcroForm PDF (reportlab), fields empty; build.sh fills it with pdftk."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import black, white

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))
rows = [l.split("\t") for l in open("fields.tsv", encoding="utf-8").read().strip().split("\n")]
c = canvas.Canvas("form.pdf", pagesize=A4, invariant=1)
c.setTitle("溱安县政府信息公开工作年度报告报送表（2015年度）")
c.setAuthor("溱安县人民政府办公室")
W, H = A4
y = H - 60
c.setFont("wqy", 15)
c.drawCentredString(W / 2, y, "溱安县政府信息公开工作年度报告报送表（2015年度）")
y -= 30
for name, label, _ in rows:
    short = label.split("·")
    text = short[1] + "·" + short[2] if len(short) == 3 else label
    hgt = 120 if name == "zyqk" else 16
    c.setFont("wqy", 8)
    c.drawString(40, y - 11, text)
    c.acroForm.textfield(name=name, tooltip=label, x=330 if len(short) == 3 else 200, y=y - hgt, width=225 if len(short) == 3 else 355,
                         height=hgt, borderWidth=0.5, fontName="Helvetica", fontSize=7, borderColor=black, fillColor=white,
                         textColor=black, fieldFlags="multiline" if name == "zyqk" else "", maxlen=300 if name == "zyqk" else 100)
    y -= hgt + 4
c.acroForm.checkbox(name="sfas", tooltip="是否按规定时限发布", x=200, y=y - 14, size=12, checked=False)
c.setFont("wqy", 8)
c.drawString(40, y - 11, "是否按规定时限（3月31日前）发布")
c.showPage()
c.save()
