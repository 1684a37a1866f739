#!/usr/bin/env python3
"""Render the two pages of the 2009 report as 300 dpi greyscale 'scans' (A4), for tesseract."""
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
W, H = 2480, 3508
random.seed(2009)
f_title = ImageFont.truetype(FONT, 64)
f_body = ImageFont.truetype(FONT, 44)
LM, RM = 230, 2480 - 230


def wrap(draw, text, font, width, indent):
    lines, cur = [], " " * 0
    first = True
    for para in [text]:
        cur = ""
        for ch in para:
            w = draw.textlength(("\u3000\u3000" if first and indent else "") + cur + ch, font=font)
            if w > width:
                lines.append((("\u3000\u3000" if first and indent else "") + cur))
                first = False
                cur = ch
            else:
                cur += ch
        lines.append((("\u3000\u3000" if first and indent else "") + cur))
    return lines


def page(paras, extra=None):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    y = 260
    for kind, text in paras:
        if kind == "title":
            w = d.textlength(text, font=f_title)
            d.text(((W - w) / 2, y), text, font=f_title, fill=20)
            y += 100
            continue
        if kind == "blank":
            y += 30
            continue
        heading = text.startswith(("一、", "二、", "三、", "四、", "五、", "六、", "七、", "附表"))
        for line in wrap(d, text, f_body, RM - LM, not heading):
            d.text((LM, y), line, font=f_body, fill=25)
            y += 72
    if extra:
        y = extra(d, y)
    return img


def scan(img, angle):
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(9000):
        x, y = random.randrange(W), random.randrange(H)
        px[x, y] = random.choice((120, 160, 200))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def paras_of(name):
    out = []
    lines = open(name, encoding="utf-8").read().split("\n")
    for i, l in enumerate(lines):
        if not l:
            out.append(("blank", ""))
        elif i < 2 and name == "page1.txt":
            out.append(("title", l))
        else:
            out.append(("p", l))
    return out


def table(d, y):
    rows = [l.split("\t") for l in open("table.tsv", encoding="utf-8").read().strip().split("\n")]
    xs = [LM, LM + 1050, LM + 1260, LM + 1640, RM]
    rh = 86
    y += 20
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            w = d.textlength(cell, font=f_body)
            x = xs[c] + 20 if c == 0 else (xs[c] + xs[c + 1] - w) / 2
            d.text((x, y + 18), cell, font=f_body, fill=25)
        d.line((LM, y, RM, y), fill=40, width=3)
        y += rh
    d.line((LM, y, RM, y), fill=40, width=3)
    top = y - rh * len(rows)
    for x in xs:
        d.line((x, top, x, y), fill=40, width=3)
    y += 160
    for l in open("sign.txt", encoding="utf-8").read().strip().split("\n"):
        w = d.textlength(l, font=f_body)
        d.text((RM - w - 60, y), l, font=f_body, fill=25)
        y += 80
    return y


scan(page(paras_of("page1.txt")), 0.35).save("scan-1.png", dpi=(300, 300))
scan(page(paras_of("page2.txt"), table), -0.4).save("scan-2.png", dpi=(300, 300))
