#!/usr/bin/env python3
"""Write zhichuan-county-2011-gb2312-saved-page.html: a 2012 county portal page as Internet Explorer 8
saved it ("网页，仅 HTML": MSHTML re-serialises the DOM with upper-case tags and unquoted attributes, and
adds the "saved from url" mark), then converted from GB2312 to UTF-8 by the collector with iconv, which
leaves the <META> charset saying gb2312.  The report is written in Chinese numerals throughout."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "zhichuan-county-2011-gb2312-saved-page.html")

URL = "http://www.zhichuan.gov.cn/zwgk/ndbg/201203/t20120328_1534.htm"
TITLE = "滍川县人民政府二〇一一年政府信息公开工作年度报告"

# (kind, text): P = paragraph, H = section heading (bold paragraph)
BODY = [
 ("P", "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《滍川县政府信息公开规定》的要求，由滍川县人民政府"
       "办公室编制。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开"
       "申请提起行政复议、行政诉讼的情况，存在的主要问题及改进措施等六个部分。本报告中所列数据的统计期限自二〇一一年一月一日起"
       "至二〇一一年十二月三十一日止。本报告的电子版可在滍川县人民政府门户网站（www.zhichuan.gov.cn）下载。如对本报告有任何"
       "疑问，请与滍川县人民政府办公室联系（地址：滍川县城厢镇府东街十六号；电话：（0396）7213086）。"),
 ("H", "一、概述"),
 ("P", "二〇一一年，在县委、县政府的正确领导下，我县认真贯彻落实《条例》，坚持“公开为原则、不公开为例外”，不断完善工作机制，"
       "拓展公开渠道，政府信息公开工作取得新的成效。"),
 ("P", "（一）加强组织领导。县政府调整充实了政府信息公开工作领导小组，由常务副县长任组长，县政府办公室主任任副组长。全县二十三个"
       "县直部门和十一个乡镇均明确了分管领导和工作人员，形成了上下联动的工作格局。"),
 ("P", "（二）健全工作制度。先后修订完善了《滍川县政府信息公开保密审查办法》《滍川县依申请公开政府信息工作规程》等七项制度，"
       "政府信息公开目录编制完成率达到百分之九十八点五。"),
 ("P", "（三）加强平台建设。县政府门户网站完成改版升级，开设政府信息公开专栏，全年访问量达十二万余人次。在县图书馆、县档案馆和县"
       "行政服务中心设立政府信息公开查阅点三个。"),
 ("P", "（四）做好建议提案办理结果公开。全年共承办县人大代表建议一百零三件、县政协提案一百二十件，办理结果均已按要求公开。"),
 ("H", "二、主动公开政府信息情况"),
 ("P", "二〇一一年，全县共主动公开政府信息一千零二十条，比二〇一〇年的八百九十条增加一百三十条。其中，通过县政府门户网站公开八百"
       "零六条，通过《滍川政务》公开一百一十四条，通过政府信息公开查阅点及政务公开栏公开一百条。自《条例》施行以来，全县累计"
       "主动公开政府信息三千零七条。"),
 ("P", "从公开内容看，机构职能类信息一百四十二条，占百分之十三点九；政策法规类信息二百六十七条，占百分之二十六点二；规划计划类信息"
       "九十八条，占百分之九点六；工作动态类信息五百一十三条，占百分之五十点三。"),
 ("P", "全年召开新闻发布会七次，就城区集中供热、中小学布局调整等群众关注的热点问题进行解读。县政府官方微博“滍川发布”于二〇一一年"
       "九月开通，至年底发布信息三百余条。"),
 ("H", "三、依申请公开政府信息情况"),
 ("P", "（一）申请情况。二〇一一年，全县共受理政府信息公开申请五十二件，其中县政府本级受理十九件，县直部门受理三十三件。从申请方式看，"
       "当面申请二十一件，网上申请二十四件，信函申请七件。申请内容主要涉及征地拆迁、城乡规划、社会保障等方面。"),
 ("P", "此外，各政府信息公开查阅点全年接待群众现场查阅、咨询四百三十人次，接听咨询电话二百零六人次。县长信箱、县信访局全年受理群众"
       "来信来访两千余件，均按有关规定办理，未纳入政府信息公开申请统计。"),
 ("P", "（二）答复情况。截至二〇一一年十二月三十一日，已答复五十件，其中同意公开三十九件，同意部分公开四件，不予公开两件（涉及商业"
       "秘密一件、个人隐私一件），信息不存在三件，非本机关掌握两件。另有两件因涉及第三方权益需书面征求意见，结转至二〇一二年办理。"
       "申请答复率为百分之九十六点二。"),
 ("H", "四、政府信息公开的收费及减免情况"),
 ("P", "二〇一一年，全县依申请提供政府信息共收取检索、复制、邮寄等费用一百零五元，对两名经济困难的申请人减免费用三十元。"),
 ("H", "五、因政府信息公开申请提起行政复议、行政诉讼的情况"),
 ("P", "二〇一一年，全县因政府信息公开申请提起行政复议一件，经市人民政府复议，维持原答复。全年未发生因政府信息公开提起行政诉讼的情况。"),
 ("H", "六、存在的主要问题及改进措施"),
 ("P", "二〇一一年，我县政府信息公开工作虽然取得了一定成效，但也存在一些问题：一是部分单位对政府信息公开工作重视程度不够，信息更新"
       "不及时；二是依申请公开工作机制有待进一步完善；三是工作人员业务素质有待提高。"),
 ("P", "二〇一二年，我们将重点做好以下工作：一是进一步加大主动公开力度，力争全年主动公开政府信息不少于一千二百条；二是规范依申请公开"
       "工作流程，严格执行登记、审核、答复等制度；三是加强业务培训，全年举办培训班不少于两期。"),
]
SIGN = ["滍川县人民政府", "二○一二年三月二十六日"]   # the date with U+25CB WHITE CIRCLE for zero, as many Word files have

RELATED = [("滍川县人民政府二〇一〇年政府信息公开工作年度报告", "2011-03-25", "t20110325_1187.htm"),
           ("滍川县城厢镇二〇一一年政府信息公开工作年度报告", "2012-03-20", "t20120320_1502.htm"),
           ("滍川县教育体育局二〇一一年政府信息公开工作年度报告", "2012-03-19", "t20120319_1497.htm")]


def para(kind, text):
    if kind == "H":
        return f"<P><STRONG>　　{text}</STRONG></P>"
    return f"<P>　　{text}</P>"


def main():
    body = "\r\n".join(para(k, t) for k, t in BODY)
    sign = "\r\n".join(f'<P align=right>{s}</P>' for s in SIGN)
    related = "\r\n".join(
        f'<TR>\r\n<TD height=24 width="80%">·<A href="http://www.zhichuan.gov.cn/zwgk/ndbg/{u[1:7]}/{u}" '
        f'target=_blank>{t}</A></TD>\r\n<TD width="20%" align=right>{d}</TD></TR>' for t, d, u in RELATED)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=({len(URL):04d}){URL} -->
<HTML><HEAD><TITLE>{TITLE}_滍川县人民政府门户网站</TITLE>
<META content="text/html; charset=gb2312" http-equiv=Content-Type>
<META name=keywords content=政府信息公开,年度报告>
<META name=description content=滍川县人民政府门户网站>
<LINK rel=stylesheet type=text/css href="http://www.zhichuan.gov.cn/images/style.css">
<SCRIPT language=javascript src="http://www.zhichuan.gov.cn/js/common.js"></SCRIPT>

<STYLE type=text/css>.bt_title {{
	FONT-SIZE: 20px; COLOR: #cc0000; FONT-WEIGHT: bold
}}
.bt_content {{
	LINE-HEIGHT: 200%; FONT-SIZE: 14px
}}
</STYLE>

<META name=GENERATOR content="MSHTML 8.00.7601.17514"></HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=980 align=center>
  <TBODY>
  <TR>
    <TD height=30 background=http://www.zhichuan.gov.cn/images/top_bg.gif>
      <TABLE border=0 cellSpacing=0 cellPadding=0 width="100%">
        <TBODY>
        <TR>
          <TD width="60%">&nbsp;今天是：<SPAN id=today>2012年4月6日 星期五</SPAN></TD>
          <TD width="40%" align=right><A href="#">设为首页</A> | <A href="#">加入收藏</A> | <A 
            href="http://www.zhichuan.gov.cn/">网站首页</A>&nbsp;</TD></TR></TBODY></TABLE></TD></TR>
  <TR>
    <TD height=120><IMG border=0 alt=滍川县人民政府门户网站 
      src="http://www.zhichuan.gov.cn/images/banner.jpg" width=980 height=120></TD></TR>
  <TR>
    <TD class=nav height=36 align=middle><A href="http://www.zhichuan.gov.cn/">首　页</A> | <A 
      href="http://www.zhichuan.gov.cn/zjzc/">走进滍川</A> | <A 
      href="http://www.zhichuan.gov.cn/zwgk/">政务公开</A> | <A 
      href="http://www.zhichuan.gov.cn/wsbs/">网上办事</A> | <A 
      href="http://www.zhichuan.gov.cn/gzcy/">公众参与</A> | <A 
      href="http://www.zhichuan.gov.cn/ztzl/">专题专栏</A> | <A 
      href="http://www.zhichuan.gov.cn/zsyz/">招商引资</A></TD></TR></TBODY></TABLE>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=980 align=center>
  <TBODY>
  <TR>
    <TD height=30>&nbsp;当前位置：<A href="http://www.zhichuan.gov.cn/">首页</A> &gt; <A 
      href="http://www.zhichuan.gov.cn/zwgk/">政府信息公开</A> &gt; <A 
      href="http://www.zhichuan.gov.cn/zwgk/ndbg/">政府信息公开年度报告</A></TD></TR>
  <TR>
    <TD>
      <TABLE style="BORDER-BOTTOM: #cccccc 1px solid; BORDER-LEFT: #cccccc 1px solid; BORDER-TOP: #cccccc 1px solid; BORDER-RIGHT: #cccccc 1px solid" 
      border=0 cellSpacing=0 cellPadding=4 width="96%" align=center>
        <TBODY>
        <TR>
          <TD width="12%">索 引 号：</TD>
          <TD width="38%">ZC00101-0602-2012-00015</TD>
          <TD width="12%">分　　类：</TD>
          <TD width="38%">政府信息公开年度报告</TD></TR>
        <TR>
          <TD>发布机构：</TD>
          <TD>县政府办公室</TD>
          <TD>生成日期：</TD>
          <TD>2012-03-28</TD></TR>
        <TR>
          <TD>文　　号：</TD>
          <TD>&nbsp;</TD>
          <TD>主 题 词：</TD>
          <TD>年度报告</TD></TR></TBODY></TABLE>
      <TABLE border=0 cellSpacing=0 cellPadding=0 width="92%" align=center>
        <TBODY>
        <TR>
          <TD class=bt_title height=60 align=middle>{TITLE}</TD></TR>
        <TR>
          <TD height=30 align=middle>发布日期：2012-03-28&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;点击数：<SPAN 
            id=hits>1376</SPAN>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<A href="javascript:doZoom(16)">大</A> <A 
            href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】</TD></TR>
        <TR>
          <TD class=bt_content>
            <DIV id=zoom><FONT size=3>
{body}
{sign}
</FONT></DIV></TD></TR>
        <TR>
          <TD height=40 align=right>【<A href="javascript:window.print()">打印本页</A>】【<A 
            href="javascript:window.close()">关闭窗口</A>】</TD></TR></TBODY></TABLE>
      <TABLE border=0 cellSpacing=0 cellPadding=0 width="92%" align=center>
        <TBODY>
        <TR>
          <TD class=xgxx height=28 colSpan=2><STRONG>相关信息</STRONG></TD></TR>
{related}</TBODY></TABLE></TD></TR></TBODY></TABLE>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=980 align=center>
  <TBODY>
  <TR>
    <TD class=foot height=80 align=middle>主办：滍川县人民政府办公室&nbsp;&nbsp;承办：滍川县信息中心<BR>地址：滍川县城厢镇府东街16号&nbsp;&nbsp;邮编：467300&nbsp;&nbsp;ICP备05012735号<BR>建议使用1024×768分辨率&nbsp;IE6.0以上版本浏览本站</TD></TR></TBODY></TABLE></BODY></HTML>
"""
    page = page.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(page)


if __name__ == "__main__":
    main()
