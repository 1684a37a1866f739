#!/usr/bin/env python3
"""Write report.fodt, the bureau's report as a flat ODT with headings, three Word footnotes and a small table.
build.sh turns it into the .docx the bureau sent (LibreOffice), the .odt the collector saved from it, and
odt2txt's text of that .odt."""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# paragraphs: ("h1"|"h2"|"p"|"sign"|"table", text); "[[n]]" marks footnote n
BODY = [
 ("h1", "棣原县教育局2016年政府信息公开工作年度报告"),
 ("p", "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和县政府办公室《关于做好2016年度政府信息公开工作年度报告"
       "编制和发布工作的通知》要求，现将我局2016年度政府信息公开工作情况报告如下。本报告中所列数据的统计期限自2016年1月1日起"
       "至2016年12月31日止。本报告所称“局本级”指县教育局机关[[1]]，“全县教育系统”指局机关及其管理的11所乡镇中心学校和8所"
       "县直学校。"),
 ("h2", "一、概述"),
 ("p", "2016年，我局把政府信息公开工作作为推进依法行政、建设人民满意教育的重要抓手，调整了政府信息公开工作领导小组，局长任组长，"
       "分管副局长任副组长，办公室具体负责日常工作，配备兼职工作人员3名。全年召开专题会议2次，举办全系统信息公开业务培训1期，"
       "培训学校信息员96人次。"),
 ("h2", "二、主动公开政府信息情况"),
 ("p", "2016年，全县教育系统（含局机关、11所乡镇中心学校和8所县直学校）共主动公开各类信息3,126条，其中局本级主动公开政府信息"
       "614条，各乡镇中心学校公开1,708条，县直学校公开804条。"),
 ("p", "局本级公开的614条信息中，通过县政府门户网站教育局子站公开438条，通过“棣原教育”微信公众号公开176条；按内容分，教育政策"
       "法规类97条，招生考试类142条，学生资助类88条，人事工作类65条，财务及项目类71条，工作动态类151条。"),
 ("p", "回应解读方面，2015年、2016年局本级分别发布政策解读稿件7篇、11篇；2016年全县教育系统、局本级分别召开新闻发布会5场、2场。"
       "“棣原教育”微信公众号全年推送信息1,152条[[2]]，各学校微信公众号推送信息约6,400条。"),
 ("p", "各乡镇中心学校校务公开情况见下表。"),
 ("table", [["学校", "公开事项（项）", "公示栏（块）", "家长会（次）"],
            ["城厢镇中心学校", "46", "6", "4"],
            ["棠梨乡中心学校", "38", "4", "3"],
            ["杏林镇中心学校", "41", "5", "4"],
            ["其他8所中心学校", "296", "33", "24"],
            ["合计", "421", "48", "35"]]),
 ("h2", "三、依申请公开政府信息情况"),
 ("p", "2015年、2016年局机关分别收到政府信息公开申请9件、13件[[3]]，2016年同比增加4件。2016年收到的13件申请中，当面申请5件、"
       "网上申请6件、信函申请2件；申请内容主要涉及义务教育招生划片、教师招聘、学生资助等。2016年无上年结转的申请。"),
 ("p", "截至2016年12月31日，局机关已办结12件，其中同意公开8件，同意部分公开1件，信息不存在2件，非本机关掌握1件；另有1件因涉及"
       "第三方权益需书面征求意见，结转至2017年办理。"),
 ("h2", "四、政府信息公开的收费及减免情况"),
 ("p", "2016年，局机关依申请提供政府信息，未收取任何费用。县直学校按物价部门核定标准收取学籍档案复印费共计186元，已全额纳入学校"
       "财务统一管理，不属于政府信息公开收费。"),
 ("h2", "五、因政府信息公开申请行政复议、提起行政诉讼情况"),
 ("p", "2016年，局机关因政府信息公开被申请行政复议1件，经县人民政府复议，维持原答复；未被提起行政诉讼。全县教育系统共发生因信息"
       "公开引发的行政复议3件、行政诉讼1件，除局机关的1件行政复议外，其余均涉及学校招生信息公开，已依法妥善处理。"),
 ("h2", "六、人大代表建议和政协提案办理情况"),
 ("p", "2016年，局本级承办县人大代表建议17件、县政协提案23件，办复率100%，办理结果均已在县政府门户网站公开。"),
 ("h2", "七、存在的主要问题及改进措施"),
 ("p", "一是部分学校对信息公开工作认识不到位，公开内容不够全面；二是信息公开工作人员多为兼职，业务水平有待提高；三是依申请公开"
       "答复的规范化程度还需加强。2017年，我局将进一步健全工作机制，加强对学校信息公开工作的指导和检查，力争局本级主动公开政府"
       "信息不少于700条，政策解读不少于15篇。"),
 ("sign", "棣原县教育局"),
 ("sign", "2017年3月22日"),
]
NOTES = {
 1: "县教育局机关含办公室、基础教育股、计划财务股、人事股等9个股室，以及县教育考试中心、县学生资助管理中心2个局属事业单位。",
 2: "含转载上级教育部门及县政府发布的信息，其中属于本局政府信息的176条已计入主动公开总数。",
 3: "不含各学校直接受理的信息公开申请。2016年，各乡镇中心学校和县直学校共收到申请47件，均由学校自行答复。",
}

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def inline(text):
    out, rest = "", text
    while "[[" in rest:
        a, b = rest.split("[[", 1)
        n, rest = b.split("]]", 1)
        n = int(n)
        out += escape(a) + (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}'
                            f'</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
                            f'{escape(NOTES[n])}</text:p></text:note-body></text:note>')
    return out + escape(rest)


def main():
    parts = []
    for kind, v in BODY:
        if kind == "h1":
            parts.append(f'<text:h text:style-name="Title1" text:outline-level="1">{escape(v)}</text:h>')
        elif kind == "h2":
            parts.append(f'<text:h text:style-name="Head2" text:outline-level="2">{escape(v)}</text:h>')
        elif kind == "p":
            parts.append(f'<text:p text:style-name="Body">{inline(v)}</text:p>')
        elif kind == "sign":
            parts.append(f'<text:p text:style-name="Sign">{escape(v)}</text:p>')
        else:
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p text:style-name="Cell">{escape(c)}</text:p>'
                f'</table:table-cell>' for c in r) + "</table:table-row>" for r in v)
            parts.append(f'<table:table table:name="表1" table:style-name="T1"><table:table-column '
                         f'table:number-columns-repeated="{len(v[0])}"/>{rows}</table:table>')
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>2016年政府信息公开工作年度报告</dc:title><meta:initial-creator>JYJ-BGS</meta:initial-creator></office:meta>
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.8in" fo:line-height="150%"/><style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Title1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
<style:style style:name="Head2" style:family="paragraph"><style:text-properties style:font-name-asian="黑体" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:body><office:text>
{chr(10).join(parts)}
</office:text></office:body></office:document>
'''
    with open(os.path.join(HERE, "report.fodt"), "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
