#!/usr/bin/env python3
"""Write summary.html (the Word document as its author typed it) from reports.YUANNING."""
import html, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from reports import YUANNING as R
out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>'
       '<meta name="author" content="yntjj-bgs"></head><body>' % R[0],
       '<h1 style="text-align:center">%s</h1>' % html.escape(R[0])]
for p in R[1:]:
    if p[:2] in ("一、", "二、", "三、"):
        # the author's 一、二、三 headings are Word auto-numbering (cjk-ideographic), each list restarted
        out.append('<ol style="list-style-type:cjk-ideographic" start="%d"><li><h2>%s</h2></li></ol>'
                   % ("一二三".index(p[0]) + 1, html.escape(p[2:])))
    elif "收到政府信息公开申请37件" in p:
        fn = ('<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>')
        out.append('<p style="text-indent:2em">%s</p>' % html.escape(p).replace("申请37件", "申请37件" + fn))
    elif p in ("沅宁省统计局", "2017年1月10日"):
        out.append('<p style="text-align:right">%s</p>' % html.escape(p))
    else:
        out.append('<p style="text-indent:2em">%s</p>' % html.escape(p))
out.append('<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" '
           'href="#sdfootnote1anc">1</a>含国家统计局转办的申请4件。</p></div>')
out.append("</body></html>\n")
open(os.path.join(HERE, "summary.html"), "w", encoding="utf-8").write("\n".join(out))
