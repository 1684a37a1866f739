#!/usr/bin/env python3
"""Write louting-township-2010-evernote.enex: an Evernote (印象笔记) export of one web clip.  A researcher
clipped the township's 2010 report from the county portal in April 2019, put a note of her own above the clip
(with figures of another year, of the county and of another office) and highlighted one figure.  The ENML note
is a CDATA block inside the export XML; the clip keeps the page's inline styles; the page's logo is a
base64 <resource> referenced by an <en-media> hash."""
import base64
import hashlib
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "louting-township-2010-evernote.enex")
TITLE = "涢西县溇塘乡人民政府2010年政府信息公开工作年度报告"
URL = "http://www.yxx.gov.cn/xzzwgk/ltx/201103/t20110321_52718.html"

NOTE = ("【摘录说明】2019年4月12日摘自涢西县人民政府门户网站“乡镇政务公开”栏目。备注：溇塘乡2009年年报称主动公开政府信息"
        "198条；县政府2010年年报汇总全县乡镇为3,861条；本乡申请件数与县法制办统计（5件）不一致，待核。")
HL = '<span style="-evernote-highlight:true; background-color:#FFFFb0;">{}</span>'
BODY = [
 ("p", "根据《中华人民共和国政府信息公开条例》和县政府办公室有关要求，现将溇塘乡2010年政府信息公开工作情况报告如下。本报告所列"
       "数据统计期限为2010年1月1日至2010年12月31日。"),
 ("h", "一、概述"),
 ("p", "乡政府成立了由乡长任组长的政府信息公开工作领导小组，明确党政办公室负责日常工作，配备兼职人员2名。在乡政府大院、乡便民"
       "服务中心设立政务公开栏2处，在全乡14个行政村设立村务公开栏14块。"),
 ("h", "二、主动公开政府信息情况"),
 ("p", "2010年，乡政府主动公开政府信息" + HL.format("237") + "条，其中通过县政府门户网站乡镇子站公开129条，通过政务公开栏公开"
       "108条。主要公开了惠农补贴发放、农村低保评定、新型农村合作医疗、计划生育奖励扶助、危房改造等群众关心的信息。"),
 ("p", "同时，指导全乡14个行政村公开村务信息1,152条（按季度公开财务收支、低保评定、新农合缴费等），村务公开信息不计入政府信息"
       "公开统计。"),
 ("h", "三、依申请公开政府信息情况"),
 ("p", "全年乡便民服务中心接待群众咨询156人次，收到书面政府信息公开申请3件，均为当面申请，内容涉及农村低保、危房改造补助。3件"
       "申请均在法定期限内答复，其中同意公开2件，信息不存在1件，无结转至2011年办理的申请。"),
 ("h", "四、政府信息公开的收费及减免情况"),
 ("p", "本年度依申请提供政府信息未收取任何费用。"),
 ("h", "五、因政府信息公开申请提起行政复议、行政诉讼的情况"),
 ("p", "本年度没有发生因政府信息公开申请提起行政复议和行政诉讼的情况。"),
 ("h", "六、存在的主要问题及改进措施"),
 ("p", "一是公开内容不够全面，部分信息更新不及时；二是工作人员均为兼职，业务能力有待提高。2011年，我乡将进一步规范公开程序，"
       "力争主动公开政府信息不少于260条。"),
 ("r", "溇塘乡人民政府"),
 ("r", "2011年3月15日"),
]


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    logo = png(120, 24, (176, 30, 35))
    md5 = hashlib.md5(logo).hexdigest()
    P = 'style="text-indent: 2em; line-height: 28px; font-size: 16px; font-family: 宋体; margin: 0px;"'
    parts = []
    for k, t in BODY:
        if k == "h":
            parts.append(f'<p {P}><b>{t}</b></p>')
        elif k == "r":
            parts.append(f'<p style="text-align: right; line-height: 28px; font-size: 16px; font-family: 宋体; margin: 0px;">{t}</p>')
        else:
            parts.append(f'<p {P}>{t}</p>')
    enml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
            '<en-note><div style="padding: 8px; border: 1px solid #e0c060; background-color: #fff8dc; font-size: 13px;">'
            f'{NOTE}</div><div><br/></div><hr/>'
            '<div style="width: 960px; margin: 0px auto; font-family: 宋体, SimSun; color: rgb(51, 51, 51);">'
            f'<div style="height: 24px;"><en-media hash="{md5}" type="image/png" style="height: 24px;"/></div>'
            f'<div style="text-align: center; font-size: 22px; font-weight: bold; color: rgb(178, 0, 0); line-height: 48px;">{TITLE}</div>'
            '<div style="text-align: center; font-size: 12px; color: rgb(102, 102, 102); border-bottom: 1px dashed #ccc; '
            'line-height: 30px;">发布时间：2011-03-21 09:35　　来源：溇塘乡　　浏览次数：341</div>'
            '<div style="padding: 20px 30px;">' + "".join(parts) + '</div></div></en-note>')
    b64 = base64.encodebytes(logo).decode("ascii")
    enex = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">
<en-export export-date="20190415T021532Z" application="Evernote/Windows" version="6.x">
<note><title>{TITLE} - 涢西县人民政府门户网站</title><content><![CDATA[{enml}]]></content><created>20190412T083015Z</created><updated>20190415T020944Z</updated><tag>政府信息公开</tag><tag>乡镇年报</tag><tag>待核</tag><note-attributes><author>sunxiaomei</author><source>web.clip</source><source-url>{URL}</source-url><source-application>webclipper.evernote</source-application></note-attributes><resource><data encoding="base64">
{b64}</data><mime>image/png</mime><width>120</width><height>24</height><resource-attributes><source-url>http://www.yxx.gov.cn/images/logo_xz.png</source-url><file-name>logo_xz.png</file-name></resource-attributes></resource></note>
</en-export>
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(enex)


if __name__ == "__main__":
    main()
