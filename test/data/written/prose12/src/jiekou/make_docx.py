#!/usr/bin/env python3
"""Writes report.docx: the draft of 漈口县人力资源和社会保障局's 2021 report as reviewed in Word with
"track changes" on (w:ins / w:del runs) and two reviewers' comments (comments.xml).  Markup in the
paragraphs below: {-old-} deleted text, {+new+} inserted text (author/date from the current reviewer),
[[n|anchored text]] a comment anchor (comment n in COMMENTS).  Stdlib only; fixed zip timestamps."""
import os, re, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
A1, D1 = "县政务公开办-王敏", "2022-01-19T15:32:00Z"
A2, D2 = "人社局办公室-陈立", "2022-01-20T09:08:00Z"

# (style, reviewer for the changes of this paragraph, text)
PARAS = [
 ("Title", 1, "漈口县人力资源和社会保障局2021年政府信息公开工作年度报告"),
 ("", 1, "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"),
 ("Heading1", 1, "一、总体情况"),
 ("", 1, "（一）主动公开。全年通过县政府门户网站人社专栏、“漈口人社”微信公众号等渠道主动公开政府信息[[0|{-862-}{+826+}]]条，其中就业创业类214条、社会保险类303条、人才人事类121条、劳动关系类97条、其他91条。发布政策解读{-4-}{+5+}篇，“漈口人社”微信公众号全年推送信息300余条。"),
 ("", 2, "（二）依申请公开。全年共受理政府信息公开申请{-19-}{+21+}件，其中本年新收{-17-}{+19+}件、上年结转2件。办结{-18-}{+20+}件，其中予以公开9件、部分公开3件、无法提供6件、不予处理2件；结转下年度继续办理1件。此外，12333咨询热线全年接听群众来电3.8万件次，办理社保待遇资格认证12.6万人次，均不属于政府信息公开申请。"),
 ("", 1, "（三）政府信息管理。严格落实信息发布“三审”制度，全年审查拟公开信息{-860-}{+851+}条，其中25条因涉及个人隐私未予公开。"),
 ("", 1, "（四）平台建设。优化县政府门户网站人社专栏栏目设置，新增“稳岗返还”“技能提升补贴”等专题栏目4个。"),
 ("", 1, "（五）监督保障。全年组织政务公开业务培训2次，参训75人次；将政务公开纳入股室年度考核。"),
 ("Heading1", 1, "二、主动公开政府信息情况"),
 ("", 1, "（详见附表1，附表以Excel格式另行报送）"),
 ("Heading1", 1, "三、收到和处理政府信息公开申请情况"),
 ("", 1, "（详见附表2）"),
 ("Heading1", 1, "四、政府信息公开行政复议、行政诉讼情况"),
 ("", 2, "本年度因政府信息公开工作被申请行政复议{-2-}{+1+}件，结果维持。[[1|{-提起行政诉讼1件，尚未审结。-}]]{+未发生因政府信息公开工作被提起行政诉讼的情况。+}（详见附表3）"),
 ("Heading1", 1, "五、存在的主要问题及改进情况"),
 ("", 1, "一是政策解读形式较为单一，图解、视频解读较少；二是部分股室信息报送不及时。2022年，我局将力争全年发布政策解读不少于8篇，主动公开信息不少于900条。"),
 ("Heading1", 1, "六、其他需要报告的事项"),
 ("", 2, "本年度我局未收取信息处理费。全年承办县人大代表建议4件、{-县政协提案6件-}{+县政协提案7件+}，办理结果均已公开。"),
 ("Right", 2, "漈口县人力资源和社会保障局"),
 ("Right", 2, "{-2022年1月18日-}{+2022年1月20日+}"),
]
COMMENTS = {
 0: (A1, D1, "已与网站后台核对，应为826条。2020年为731条，同比增长13.0%，建议正文不写增幅。"),
 1: (A2, D2, "该诉讼系2020年11月立案，已计入2020年年报，本年不再重复统计。"),
}

rid = [100]
def nid():
    rid[0] += 1
    return rid[0]

def run(t):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(t)

def chg(kind, t, who):
    a, d = (A1, D1) if who == 1 else (A2, D2)
    if kind == "-":
        return ('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText>'
                '</w:r></w:del>' % (nid(), a, d, escape(t)))
    return ('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (nid(), a, d, run(t)))

def inline(s, who):
    out = []
    for m in re.finditer(r"\{-(.*?)-\}|\{\+(.*?)\+\}|([^{]+)", s):
        if m.group(1) is not None:
            out.append(chg("-", m.group(1), who))
        elif m.group(2) is not None:
            out.append(chg("+", m.group(2), who))
        else:
            out.append(run(m.group(3)))
    return "".join(out)

def para(style, who, s):
    ppr = ""
    if style == "Right":
        ppr = '<w:pPr><w:jc w:val="right"/></w:pPr>'
    elif style:
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style
    body = []
    pos = 0
    for m in re.finditer(r"\[\[(\d+)\|(.*?)\]\]", s):
        body.append(inline(s[pos:m.start()], who))
        n = m.group(1)
        body.append('<w:commentRangeStart w:id="%s"/>' % n)
        body.append(inline(m.group(2), who))
        body.append('<w:commentRangeEnd w:id="%s"/><w:r><w:commentReference w:id="%s"/></w:r>' % (n, n))
        pos = m.end()
    body.append(inline(s[pos:], who))
    return "<w:p>%s%s</w:p>" % (ppr, "".join(body))

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
       '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
       % (W, "".join(para(*p) for p in PARAS)))
com = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>' % (W, "".join(
    '<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:comment>'
    % (n, a, d, a[-2:], escape(t)) for n, (a, d, t) in COMMENTS.items())))
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
          '</w:styles>' % W)
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
         '</Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>chenli</dc:creator><cp:lastModifiedBy>wangmin</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2022-01-14T02:11:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2022-01-20T01:09:00Z</dcterms:modified>'
        '</cp:coreProperties>')
with zipfile.ZipFile(os.path.join(HERE, "report.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                       ("word/document.xml", doc), ("word/styles.xml", styles), ("word/comments.xml", com),
                       ("docProps/core.xml", core)]:
        zi = zipfile.ZipInfo(name, date_time=(2022, 1, 20, 9, 9, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
