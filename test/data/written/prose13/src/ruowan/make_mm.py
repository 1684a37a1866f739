#!/usr/bin/env python3
"""Write the outline as a FreeMind 1.0.1 map, the way FreeMind saves it: every non-ASCII character of TEXT as &#xNNNN;,
CREATED/MODIFIED in epoch milliseconds, a note (richcontent) on two nodes."""
import random

random.seed(2024)
lines = [l for l in open("outline.txt", encoding="utf-8").read().split("\n") if l.strip()]
NOTES = {"全年主动公开政务信息": "<p>含街道本级和11个社区。区政务公开办通报全区为36,208条，非本街道数据。</p>",
         "办结": "<p>另：12345热线转办工单1,487件，不属于依申请公开。</p>"}


def esc(s):
    out = []
    for ch in s:
        if ord(ch) > 127:
            out.append("&#x%x;" % ord(ch))
        elif ch in '&<>"':
            out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[ch])
        else:
            out.append(ch)
    return "".join(out)


t0 = 1734312000000  # 2024-12-16
out = ['<map version="1.0.1">',
       "<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->"]
stack = []
for i, l in enumerate(lines):
    depth = len(l) - len(l.lstrip("\t"))
    text = l.strip()
    while stack and stack[-1] >= depth:
        out.append("</node>")
        stack.pop()
    created = t0 + i * 61000 + random.randrange(50000)
    modified = created + random.randrange(0, 900000000)
    pos = ' POSITION="%s"' % ("right" if i % 2 else "left") if depth == 1 else ""
    folded = ' FOLDED="true"' if depth == 1 and text.startswith("五") else ""
    out.append('<node CREATED="%d" ID="ID_%d" MODIFIED="%d"%s%s TEXT="%s">' % (
        created, random.randrange(10**8, 10**10), modified, folded, pos, esc(text)))
    if text in NOTES:
        out.append('<richcontent TYPE="NOTE"><html>\n  <head>\n\n  </head>\n  <body>\n    %s\n  </body>\n</html>\n</richcontent>'
                   % esc(NOTES[text]).replace("&lt;", "<").replace("&gt;", ">"))
    stack.append(depth)
while stack:
    out.append("</node>")
    stack.pop()
out.append("</map>")
open("../../ruowan-street-2024-summary-freemind.mm", "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")
