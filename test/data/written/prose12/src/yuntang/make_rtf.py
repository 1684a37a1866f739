#!/usr/bin/env python3
"""report.txt -> report.rtf, written as WPS Office 2013 saves RTF: \\ansicpg936, every Chinese character as
its GBK bytes (\\'hh escapes), a font table, an \\info group whose title and dates were left over
from the 2012 report the file was copied from, and the statistics table as \\trowd rows.
Markup in report.txt: '!' title (centred, bold), '#' heading, '|' table row, '>' right-aligned line."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))

def enc(t):
    out = []
    for ch in t:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join("\\'%02x" % b for b in ch.encode("gbk")))
    return "".join(out)

head = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052"
        "{\\fonttbl{\\f0\\fnil\\fcharset134 " + enc("宋体") + ";}{\\f1\\fnil\\fcharset134 " + enc("黑体")
        + ";}{\\f2\\froman\\fcharset0 Times New Roman;}}\n"
        "{\\colortbl;\\red0\\green0\\blue0;}\n"
        "{\\info{\\title " + enc("筠塘县水利局2012年政府信息公开工作年度报告") + "}{\\author Administrator}"
        "{\\operator " + enc("水利局办公室") + "}"
        "{\\creatim\\yr2013\\mo3\\dy11\\hr15\\min2}{\\revtim\\yr2014\\mo3\\dy14\\hr10\\min47}"
        "{\\version3}{\\edmins41}{\\nofpages3}}\n"
        "\\paperw11906\\paperh16838\\margl1800\\margr1800\\margt1440\\margb1440\n")
body = []
cols = [4200, 5200, 6800, 8300]
for line in open(os.path.join(HERE, "report.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        continue
    if line.startswith("!"):
        body.append("\\pard\\plain\\qc\\sb240\\sa240\\f1\\fs36\\b " + enc(line[1:]) + "\\b0\\par\n")
    elif line.startswith("#"):
        body.append("\\pard\\plain\\fi640\\sb120\\f1\\fs32 " + enc(line[1:]) + "\\par\n")
    elif line.startswith(">"):
        body.append("\\pard\\plain\\qr\\f0\\fs32 " + enc(line[1:]) + "\\par\n")
    elif line.startswith("|"):
        cells = line[1:].split("|")
        row = "\\trowd\\trgaph108\\trleft0" + "".join(
            "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10"
            "\\cellx%d" % c for c in cols)
        body.append(row + "\n\\pard\\plain\\intbl\\qc\\f0\\fs24 "
                    + "".join(enc(c) + "\\cell " for c in cells) + "\\row\n")
    else:
        body.append("\\pard\\plain\\fi640\\sl560\\slmult0\\f0\\fs32 " + enc(line) + "\\par\n")
with open(os.path.join(HERE, "report.rtf"), "w", encoding="ascii", newline="\r\n") as f:
    f.write(head + "".join(body) + "\\pard\\par\n}\n")
