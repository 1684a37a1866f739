#!/usr/bin/env python3
"""Write maozhou-city-2017-portal-saved-page.html: a 2018 city portal article page as Chrome's "网页，全部"
saves it (the "saved from url" mark, local ./…_files/ paths, the DOM after scripts ran: the hit counter filled,
the share bar and the related-articles box rendered).  Figures in 万 units, 人次 beside 件, fees in 万元."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "maozhou-city-2017-portal-saved-page.html")
URL = "http://www.maozhou.gov.cn/art/2018/3/29/art_1229004_17315528.html"
FILES = "./泖州市人民政府2017年政府信息公开工作年度报告_泖州市人民政府_files"
TITLE = "泖州市人民政府2017年政府信息公开工作年度报告"

BODY = [
 ("P", "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由泖州市人民政府办公室编制。全文包括概述、主动公开"
       "政府信息情况、回应解读情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政"
       "诉讼情况、存在的主要问题及改进措施、其他需要报告的事项。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。"
       "本报告电子版可在“中国泖州”政府门户网站（www.maozhou.gov.cn）查阅或下载。"),
 ("H", "一、概述"),
 ("P", "2017年，市政府认真贯彻落实中办、国办《关于全面推进政务公开工作的意见》和省政府办公厅关于政务公开工作的部署，把政务公开"
       "作为建设法治政府的重要抓手，推进决策、执行、管理、服务、结果“五公开”，全市政府信息公开工作水平进一步提升。"),
 ("H", "二、主动公开政府信息情况"),
 ("P", "2017年，全市各级行政机关共主动公开政府信息2.36万条，其中市政府门户网站发布1.12万条，各县（市、区）政府网站发布1.08万条，"
       "政府公报、新闻媒体等其他渠道发布0.16万条。市政府本级制发规范性文件26件，均按规定在市政府门户网站和《泖州市人民政府公报》"
       "全文公开。"),
 ("P", "重点领域信息公开方面，全年公开财政预决算信息（含“三公”经费）1,167件，公开重大建设项目批准和实施信息3,420条，公开"
       "“双随机”抽查结果512批次。"),
 ("H", "三、回应解读情况"),
 ("P", "全年召开新闻发布会42场，其中市政府主要负责同志出席8场；发布政策解读材料135篇，其中图解、动漫等形式解读46篇。市政府门户"
       "网站“在线访谈”栏目举办访谈21期。“泖州发布”政务微博、微信公众号全年发布信息约1.2万条，阅读量超过3,600万人次。"),
 ("P", "全年通过12345市民服务热线受理群众诉求12.6万件，办结率99.2%。"),
 ("H", "四、依申请公开政府信息情况"),
 ("P", "全年各级政府信息公开受理场所共接待现场查阅、咨询3,168人次。全市共新收政府信息公开申请287件，上年结转6件；申请人涉及"
       "自然人、法人和其他组织共312人次。从申请方式看，当面申请64件，网络申请175件，信函申请48件。"),
 ("P", "全年办结285件，其中属于已主动公开范围41件，同意公开126件，同意部分公开29件，不同意公开18件，不属于本行政机关公开37件，"
       "申请信息不存在27件，告知作出更改补充5件，告知通过其他途径办理2件；结转下年度继续办理8件。"),
 ("H", "五、政府信息公开的收费及减免情况"),
 ("P", "全年依申请提供政府信息共收取检索、复制、邮寄等费用0.1265万元（2016年为0.0980万元），减免费用0.046万元。市财政安排"
       "政务公开专项经费86万元。"),
 ("H", "六、因政府信息公开申请行政复议和提起行政诉讼情况"),
 ("P", "全年因政府信息公开申请被申请行政复议17件，其中维持12件、纠错3件、其他情形2件；被提起行政诉讼6件，其中维持或驳回诉讼请求"
       "4件、尚未审结2件。全市各级行政复议机关全年共收到各类行政复议申请1,024件。"),
 ("H", "七、存在的主要问题及改进措施"),
 ("P", "2017年，我市政府信息公开工作取得了一定成效，但也存在一些不足：部分县（市、区）和部门政策解读质量不高，依申请公开答复的"
       "规范性有待提升。2018年，我们将进一步加大公开力度，力争全市主动公开政府信息突破2.5万条，新闻发布会不少于45场。"),
 ("H", "八、其他需要报告的事项"),
 ("P", "2017年，市政府系统共承办市人大代表建议386件、市政协提案452件，办复率均为100%，办理复文公开率98.6%。"),
]
SIGN = ["泖州市人民政府办公室", "2018年3月26日"]

RELATED = [
 ("泖州市人民政府2016年政府信息公开工作年度报告", "2017-03-28", "art_1229004_10832271",
  "2016年，全市各级行政机关共主动公开政府信息1.98万条，新收政府信息公开申请241件，办结238件……"),
 ("泖州市人民政府关于做好2017年度政府信息公开工作年度报告编制发布工作的通知", "2018-01-09", "art_1229004_16012583",
  "各县（市、区）人民政府，市政府各部门、各直属单位：……"),
 ("2017年泖州市政务公开工作要点", "2017-04-12", "art_1229004_12230905",
  "全市主动公开政府信息力争达到2万条以上……"),
]
HOT = ["泖州市2018年重点建设项目计划", "关于2018年春节期间烟花爆竹燃放管理的通告", "泖州市2017年国民经济和社会发展统计公报",
       "市政府常务会议研究部署2018年一季度经济工作"]


def main():
    body = "\n".join(f'<p style="text-indent: 2em; line-height: 2;"><strong>{t}</strong></p>' if k == "H"
                     else f'<p style="text-indent: 2em; line-height: 2;">{t}</p>' for k, t in BODY)
    sign = "\n".join(f'<p style="text-align: right; line-height: 2;">{s}</p>' for s in SIGN)
    related = "\n".join(
        f'<li><a href="http://www.maozhou.gov.cn/art/{d[:4]}/{int(d[5:7])}/{int(d[8:])}/{a}.html" target="_blank" '
        f'title="{t}">{t}</a><span class="date">{d}</span><p class="summary">{s}</p></li>'
        for t, d, a, s in RELATED)
    hot = "\n".join(f'<li><em>{i + 1}</em><a href="javascript:;" title="{t}">{t}</a></li>' for i, t in enumerate(HOT))
    page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="中国泖州">
<meta name="SiteDomain" content="www.maozhou.gov.cn">
<meta name="SiteIDCode" content="3305000001">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2018-03-29 10:12">
<meta name="ContentSource" content="泖州市人民政府办公室">
<title>{TITLE}_泖州市人民政府</title>
<link rel="stylesheet" href="{FILES}/common.css">
<link rel="stylesheet" href="{FILES}/article.css">
<script src="{FILES}/jquery-1.11.3.min.js.下载"></script>
<script src="{FILES}/share.js.下载"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问泖州市人民政府门户网站！</span><span class="links"><a href="javascript:;">无障碍浏览</a> | <a href="javascript:;">长者模式</a> | <a href="http://www.maozhou.gov.cn/en/">English</a> | <a href="javascript:;">登录</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="http://www.maozhou.gov.cn/"><img src="{FILES}/logo.png" alt="中国泖州"></a>
<div class="search"><input type="text" placeholder="请输入关键词" value=""><button type="button">搜索</button></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="http://www.maozhou.gov.cn/">首页</a></li><li><a href="http://www.maozhou.gov.cn/col/col1229000/">政务动态</a></li><li class="on"><a href="http://www.maozhou.gov.cn/col/col1229001/">政务公开</a></li><li><a href="http://www.maozhou.gov.cn/col/col1229002/">政务服务</a></li><li><a href="http://www.maozhou.gov.cn/col/col1229003/">互动交流</a></li><li><a href="http://www.maozhou.gov.cn/col/col1229005/">走进泖州</a></li></ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="http://www.maozhou.gov.cn/">首页</a> &gt; <a href="http://www.maozhou.gov.cn/col/col1229001/">政务公开</a> &gt; <a href="http://www.maozhou.gov.cn/col/col1229004/">政府信息公开年报</a></div>
<div class="article">
<h1 class="art-title">{TITLE}</h1>
<div class="art-info"><span>发布时间：2018-03-29 10:12</span><span>来源：泖州市人民政府办公室</span><span>浏览次数：<b id="hits">4,826</b></span><span class="font">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="art-con" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
{sign}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<div class="art-tools"><div class="share">分享到：<a class="wx" href="javascript:;" title="微信"></a><a class="wb" href="javascript:;" title="新浪微博"></a><a class="qq" href="javascript:;" title="QQ空间"></a></div><div class="btns"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>
{related}
</ul></div>
<div class="hot"><h3>热点排行</h3><ul>
{hot}
</ul></div>
</div>
<div class="footer"><div class="w1200"><p><a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a> | <a href="javascript:;">隐私声明</a></p>
<p>主办单位：泖州市人民政府办公室　承办单位：泖州市大数据发展管理局</p>
<p>网站标识码：3305000001　ICP备13004762号-1　<img src="{FILES}/gongan.png">公安机关备案号 33050202000123</p>
<p><a href="javascript:;"><img src="{FILES}/jiucuo.png" alt="政府网站找错"></a><a href="javascript:;"><img src="{FILES}/dzjg.png" alt="党政机关"></a></p></div></div>
<script>var pubDate = "2018-03-29"; var artId = "17315528"; $(function(){{ $.get("/module/visitcount/articlehits.jsp?colid=1229004&artid=17315528"); }});</script>
</body></html>
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
