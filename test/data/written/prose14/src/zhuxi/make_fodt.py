#!/usr/bin/env python3
"""Write summary.fodt: the district's 2018 政务公开工作总结 (a flat ODT with a numbered outline and a small
table).  build.sh saves it as a Word 97 .doc with LibreOffice and runs wvWare's wvHtml on the .doc."""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

BODY = [
 ("title", "苎溪区人民政府2018年政务公开工作总结"),
 ("p", "2018年，在市政府办公室的精心指导下，我区深入贯彻落实中办、国办《关于全面推进政务公开工作的意见》和国务院办公厅"
       "《开展基层政务公开标准化规范化试点工作方案》，围绕全区中心工作，以“五公开”为抓手，扎实推进政务公开各项工作。现将"
       "全年工作总结如下。"),
 ("h", "一、主要工作及成效"),
 ("h2", "（一）按时发布政府信息公开年度报告"),
 ("p", "1月29日，在区政府门户网站发布《苎溪区人民政府2017年政府信息公开工作年度报告》。报告显示，2017年全区共主动公开政府信息"
       "9,874条，新收政府信息公开申请163件，办结158件，因政府信息公开被申请行政复议4件、被提起行政诉讼1件。全区32个区直部门和"
       "9个街道（镇）也均按时发布了本单位2017年度报告。"),
 ("h2", "（二）持续加大主动公开力度"),
 ("p", "2018年，全区各级行政机关共主动公开政府信息11,236条，同比增长13.8%，其中区政府门户网站发布6,873条，区政府公报刊发97条，"
       "各部门、街道（镇）网站及公开栏发布4,266条。全年公开重大建设项目批准和实施信息1,418条，公开部门预决算和“三公”经费"
       "信息的部门72个。"),
 ("h2", "（三）强化政策解读和回应关切"),
 ("p", "全区召开新闻发布会15场，区政府主要负责同志出席新闻发布会3场；发布政策解读材料64篇，其中图表图解、视频解读等21篇。"
       "“苎溪发布”政务微博、微信公众号全年发布信息4,320条，回应网民关切问题186个。"),
 ("h2", "（四）规范依申请公开工作"),
 ("p", "2018年，全区新收政府信息公开申请178件，上年结转5件，已办结176件，结转下年度继续办理7件，全年未收取任何费用。"
       "全年因政府信息公开被申请行政复议6件，其中维持5件、确认违法1件；被提起行政诉讼两件，均在审理中。"),
 ("h2", "（五）做好建议提案办理结果公开"),
 ("p", "区政府系统共承办区人大代表建议97件、区政协提案132件，办理复文全部公开。"),
 ("h2", "（六）推进基层政务公开标准化规范化试点"),
 ("p", "作为全市试点区，梳理形成城乡规划、重大建设项目、公共资源交易等26个领域公开事项清单，细化公开事项347项。各街道（镇）"
       "试点完成情况如下表。"),
 ("table", [["街道（镇）", "公开事项（项）", "公开信息（条）"],
            ["溪北街道", "41", "612"], ["溪南街道", "39", "587"], ["苎山镇", "44", "498"], ["其余6个街道（镇）", "223", "1,215"],
            ["合计", "347", "2,912"]]),
 ("h", "二、存在的问题"),
 ("p", "一是部分单位对政务公开工作重视不够，公开内容不够全面及时；二是政策解读形式较为单一，解读质量有待提高；三是基层政务"
       "公开标准化规范化水平仍需提升。"),
 ("h", "三、2019年工作打算"),
 ("p", "2019年，我区将认真落实新修订的《中华人民共和国政府信息公开条例》，力争全年主动公开政府信息不少于1.2万条，召开新闻发布会"
       "不少于16场，全面完成基层政务公开标准化规范化试点任务。"),
 ("sign", "苎溪区人民政府办公室"),
 ("sign", "2019年1月8日"),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def main():
    parts = []
    for kind, v in BODY:
        if kind == "title":
            parts.append(f'<text:p text:style-name="Title1">{escape(v)}</text:p>')
        elif kind == "h":
            parts.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(v)}</text:h>')
        elif kind == "h2":
            parts.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(v)}</text:h>')
        elif kind == "p":
            parts.append(f'<text:p text:style-name="Body">{escape(v)}</text:p>')
        elif kind == "sign":
            parts.append(f'<text:p text:style-name="Sign">{escape(v)}</text:p>')
        else:
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p text:style-name="Cell">{escape(c)}</text:p>'
                f'</table:table-cell>' for c in r) + "</table:table-row>" for r in v)
            parts.append(f'<table:table table:name="表1"><table:table-column '
                         f'table:number-columns-repeated="{len(v[0])}"/>{rows}</table:table>')
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>2018年政务公开工作总结</dc:title><meta:initial-creator>zxq-zwgk</meta:initial-creator></office:meta>
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.44in" fo:line-height="28pt"/><style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Title1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.44in"/><style:text-properties style:font-name-asian="黑体" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.44in"/><style:text-properties style:font-name-asian="楷体_GB2312" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
</office:styles>
<office:body><office:text>
{chr(10).join(parts)}
</office:text></office:body></office:document>
'''
    with open(os.path.join(HERE, "summary.fodt"), "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
