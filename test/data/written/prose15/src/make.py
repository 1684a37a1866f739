#!/usr/bin/env python3
"""Render five of the six prose15 files from reports.py (the sixth, yuanning, is real LibreOffice output: see
lo/build.sh).  Deterministic: running it again gives the same bytes."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reports import JUYUAN, CENZHOU, QIMU, XUNDONG, TANXI

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(name, text, newline="\n"):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline=newline) as f:
        f.write(text)


def wrap(par, width):
    """cut a paragraph into lines of `width` characters; closing punctuation stays at the end of a line (kinsoku)"""
    lines, i = [], 0
    while i < len(par):
        j = i + width
        while j < len(par) and par[j] in "，。、；：）”》":
            j += 1
        lines.append(par[i:j])
        i = j
    return lines or [""]


# ------------------------------------------------------------------ 1. doc88 (道客巴巴) page copy
def doc88():
    paras = list(JUYUAN)
    # page breaks as the .doc paginated (a break inside the completed-requests sentence)
    i = next(k for k, p in enumerate(paras) if p.startswith("全年共收到政府信息公开申请"))
    paras[i] = paras[i].replace("已按时办结21件", "已按时办结⟦PB⟧21件")
    i = next(k for k, p in enumerate(paras) if p.startswith("（一）公开数量"))
    paras[i] = paras[i].replace("通过局办事大厅", "通过局办事⟦PB⟧大厅")  # page 1 -> 2 (moved below)
    pages, cur = [], []
    for p in paras:
        body = ("　　" + p) if not (p.startswith(("一、", "二、", "三、", "四、", "五、", "六、", "七、")) or p == paras[0]
                                   or p in ("沮源县国土资源局", "2015年3月20日")) else p
        if "⟦PB⟧" in body:
            a, b = body.split("⟦PB⟧")
            cur.extend(wrap(a, 37))
            pages.append(cur)
            cur = wrap(b, 37)
        else:
            cur.extend(wrap(body, 37))
    pages.append(cur)
    # doc88 pages: 4, a break also before 六、
    last = pages[-1]
    k = next(j for j, l in enumerate(last) if l.startswith("六、"))
    pages = pages[:-1] + [last[:k], last[k:]]
    n = len(pages)
    out = [
        "沮源县国土资源局2014年政府信息公开工作年度报告 - 道客巴巴",
        "道客巴巴",
        "首页  |  文档分类  |  排行榜  |  专题  |  客户端  |  上传文档",
        "搜索",
        "登录  |  注册",
        "当前位置：首页 > 政务/政府公开 > 政府信息公开",
        "",
        "沮源县国土资源局2014年政府信息公开工作年度报告",
        "上传人：gtj_jy2015  |  上传时间：2015-04-02  |  浏览：386次  |  下载：12次  |  收藏：3次",
        "文档格式：.doc   文档页数：%d页   文档大小：38.50K   文档热度：★★★☆☆" % n,
        "下载积分：500   分享到：  QQ空间  新浪微博  微信",
        "",
    ]
    for j, pg in enumerate(pages, 1):
        out.append("第%d页 / 共%d页" % (j, n))
        out.append("")
        out.extend(pg)
        out.append("")
        out.append("道客巴巴 www.doc88.com")
        out.append("")
    out += [
        "全文阅读已结束，如果需要下载本文请点击",
        "下载此文档",
        "",
        "阅读了该文档的用户还阅读了这些文档",
        "沮源县国土资源局2013年政府信息公开工作年度报告",
        "2013年，我局共主动公开政府信息412条……全年共收到政府信息公开申请17件，已全部办结……",
        "关于我们  |  帮助中心  |  联系我们  |  网站地图",
        "©2008-2015 www.doc88.com 沪ICP备10216891号",
        "",
    ]
    write("juyuan-land-2014-doc88-page-copy.txt", "\n".join(out))


# ------------------------------------------------------------------ 2. 360doc 个人图书馆 saved page
def doc360():
    title = CENZHOU[0]
    body = []
    for p in CENZHOU[1:]:
        if p[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、"):
            body.append('<p><strong>%s</strong></p>' % html.escape(p))
        elif p in ("涔州市住房和城乡建设局", "2013年3月25日"):
            body.append('<p style="text-align:right">%s</p>' % html.escape(p))
        else:
            body.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % html.escape(p))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0065)http://www.360doc.com/content/13/0408/15/10683215_276925104.shtml -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}</title>
<meta name="keywords" content="政府信息公开,年度报告,住建局">
<meta name="description" content="{title} 本报告根据《中华人民共和国政府信息公开条例》要求，由涔州市住房和城乡建设局编制。">
<link href="./{title}_files/common.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./{title}_files/jquery-1.7.2.min.js"></script>
<script type="text/javascript">var ArticleID="276925104";var UserID="10683215";var ArtSaverNum="17";var ReadNum="2286";</script>
</head>
<body>
<div class="header"><div class="logo"><a href="http://www.360doc.com/"><img src="./{title}_files/logo.gif" alt="360doc个人图书馆"></a></div>
<div class="nav"><a href="http://www.360doc.com/">首页</a> <a href="http://www.360doc.com/index.html?type=1">阅览室</a> <a href="http://www.360doc.com/myfiles.aspx">馆友</a> <a href="http://www.360doc.com/myfiles.aspx">我的图书馆</a></div>
<div class="search"><input type="text" value="搜索文章、馆友"><a>搜索</a></div></div>
<div class="a_left">
<div class="biaoti"><h2 id="titiletext">{title}</h2></div>
<div class="laiyuan">来自：<a href="http://www.360doc.com/userhome/10683215">城建档案小刘</a> &gt; 《<a>政务公开</a>》 &nbsp; 2013-04-08 &nbsp;|&nbsp; 阅：2286 &nbsp;|&nbsp; 转：17 &nbsp;|&nbsp; 分享</div>
<div class="zhuangcang"><a>转藏到我的图书馆</a> <a>献花(0)</a> <a>+1</a> 分享： <a>微信</a> <a>QQ空间</a> <a>新浪微博</a></div>
<div id="artContent" class="artContent">
{chr(10).join(body)}
</div>
<div class="yuanwen">原文：http://www.cenzhou.gov.cn/zwgk/xxgkndbg/201303/t20130326_4417.html</div>
<div class="zhuangcang"><a>转藏到我的图书馆</a> <a>献花(0)</a> <a>+1</a> 分享： <a>微信</a> <a>QQ空间</a></div>
<div class="cainixihuan"><h3>猜你喜欢</h3>
<ul>
<li><a>沱川市住房和城乡建设局2012年政府信息公开工作年度报告</a><p>2012年，我局主动公开政府信息2,418条……全年共受理政府信息公开申请112件，已办结109件……</p></li>
<li><a>涔州市2012年政府信息公开工作年度报告</a><p>全市各级行政机关共主动公开政府信息61,305条……</p></li>
<li><a>住房城乡建设部办公厅关于做好住房城乡建设系统政府信息公开工作的通知</a></li>
</ul></div>
<div class="pinglun"><h3>发表评论：</h3><p>请遵守用户 <a>评论公约</a></p><textarea></textarea><a>发表</a></div>
</div>
<div class="a_right"><div class="guanzhu"><a>城建档案小刘</a><p>馆藏&nbsp;3516</p><a>+关注</a></div>
<h3>TA的最新馆藏</h3><ul><li><a>涔州市城区棚户区改造项目征收补偿方案</a></li><li><a>2012年全市保障性住房分配情况公示</a></li></ul></div>
<div class="footer">360doc个人图书馆 &copy; 2005-2013 &nbsp; 不良信息举报 &nbsp; 京ICP证 070386号</div>
</body></html>
"""
    write("cenzhou-housing-2012-360doc-saved-page.html", page)


# ------------------------------------------------------------------ 3. Obsidian Web Clipper markdown of a WeChat article
def obsidian():
    title = QIMU[0]
    lines = ["---",
             f'title: "{title}"',
             'source: "https://mp.weixin.qq.com/s/q7QmKzT3b0fR8yNw2xVd4A"',
             "author:",
             '  - "[[桤木镇]]"',
             "published: 2022-01-21",
             "created: 2024-05-07",
             'description: "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。"',
             "tags:",
             '  - "clippings"',
             "---",
             "原创 桤木镇 [桤木镇](javascript:void\\(0\\);)",
             "",
             "*2022年01月21日 18:02* *四川*",
             "",
             f"📢 **{title}**",
             ""]
    imgs = iter(["https://mmbiz.qpic.cn/mmbiz_png/Yx0QibK8ZtR1aEe7hFZ3kQvT9sB2wO5cNmu6pL4jA/640?wx_fmt=png&from=appmsg",
                 "https://mmbiz.qpic.cn/mmbiz_png/Yx0QibK8ZtR1aEe7hFZ3kQvT9sB2wO5cNTr0vK8eD/640?wx_fmt=png&from=appmsg",
                 "https://mmbiz.qpic.cn/mmbiz_png/Yx0QibK8ZtR1aEe7hFZ3kQvT9sB2wO5cN8xq2aW7sZ/640?wx_fmt=png&from=appmsg"])
    for p in QIMU[1:]:
        if p[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
            lines += ["✨ **" + p + "**", ""]
        elif p == "（详见下表）" or p.endswith("（详见下表）"):
            lines += [p.replace("（详见下表）", "（详见下表）👇"), "", "![图片](%s)" % next(imgs), ""]
        elif p.startswith("（") and "。" in p[:12]:
            head, rest = p.split("。", 1)
            lines += ["**" + head + "。**" + rest, ""]
        else:
            lines += [p, ""]
    lines += ["编辑：罗晓雯", "", "审核：陈建国", "", "![图片](https://mmbiz.qpic.cn/mmbiz_gif/Yx0QibK8ZtR1aEe7hFZ3kQvT9sB2wO5cNqrcode/640?wx_fmt=gif)", "",
              "阅读 896", "", "预览时标签不可点", "", "微信扫一扫  ", "关注该公众号", "", "继续滑动看下一个", "", "轻触阅读原文", "",
              "![](http://mmbiz.qpic.cn/mmbiz_png/Yx0QibK8ZtR1aEe7hFZ3kQvT9sB2wO5cNlogo/0?wx_fmt=png)", "", "桤木镇", "", "向上滑动看下一个", ""]
    write("qimu-township-2021-obsidian-wechat-clip.md", "\n".join(lines))


# ------------------------------------------------------------------ 4. Weibo 头条文章, copied from the PC page
def weibo():
    title = XUNDONG[0]
    out = ["微博", "首页", "视频", "发现", "游戏", "注册", "登录", "",
           "浔东司法", "V", "20-1-16 09:32 来自 微博 weibo.com", "",
           "#政务公开# 【浔东区司法局2019年政府信息公开工作年度报告】2019年，我局主动公开政府信息178条，收到政府信息公开申请11件……"
           "详细内容请戳↓↓ 浔东区司法局2019年政府信息公开工作年度报告 ​​​​", "收起全文d", "",
           "头条文章", "", title, "", "浔东司法", "", "2020-01-16 09:32 发布于 江西", "", "阅读数：1.2万", ""]
    emo = {"一、": "📢 ", "二、": "📢 ", "三、": "📢 ", "四、": "📢 ", "五、": "📢 "}
    for p in XUNDONG[1:]:
        if p[:2] in emo:
            out += [emo[p[:2]] + p, ""]
        elif p.startswith(("2019年，浔东区司法局", "全年收到政府信息公开申请")):
            # the editor put each sentence on its own line with a ✅ bullet
            for s in [x + "。" for x in p.split("。") if x]:
                if s.startswith("全区") or s.startswith("答复的十件"):
                    out.append(s)
                elif "另有一件" in s:
                    a, b = s.split("，", 1)
                    out += ["✅" + a + "，", b]
                else:
                    out.append("✅" + s)
            out.append("")
        else:
            out += [p, ""]
    out += ["#政务公开# #浔东司法#", "", "转发 12", "评论 3", "赞 41", "",
            "评论", "按热度 按时间", "",
            "浔东普法", "：[赞][赞][赞]", "20-1-16 10:05 来自江西", "回复", "2", "",
            "江城小林同学", "：去年不是17件吗，今年少了这么多[思考]", "20-1-16 11:20 来自江西", "回复", "",
            "浔东司法", "：回复@江城小林同学:您好，2018年收到申请17件，2019年收到11件，详见报告。[心]", "20-1-16 14:02 来自江西", "回复", "1", "",
            "已加载全部评论", "", "帮助中心  合作&服务  微博客服 400-096-0960  京ICP证100780号", ""]
    write("xundong-justice-2019-weibo-article-copy.txt", "\n".join(out))


# ------------------------------------------------------------------ 6. Sina blog repost (2010)
def sina():
    title = TANXI[0]
    body = []
    for p in TANXI[1:]:
        if p[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
            body.append("<b>%s</b><br />" % p)
        elif p in ("郯溪县人民政府", "二〇一〇年三月二十九日"):
            body.append("&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>"
                        "&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>%s<br />" % p)
        else:
            body.append("&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>&nbsp;<wbr>%s<br />" % p)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>[转载]{title}_郯溪风物_新浪博客</title>
<meta name="keywords" content="[转载]{title},杂谈" />
<meta name="description" content="[转载]{title}_郯溪风物_新浪博客,郯溪风物," />
<link href="http://simg.sinajs.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">var $uid = "1846203517"; var $blogArticleSortArticleids = ["6e0c8a7d0100hj2k"]; var $isadmin = false;</script>
</head>
<body>
<div class="sinatopbar"><a href="http://www.sina.com.cn/">新浪首页</a> <a href="http://blog.sina.com.cn/">博客</a> <a>登录</a> <a>注册</a> <a>发博文</a></div>
<div class="blogtitle"><h1><span class="titleName"><a href="http://blog.sina.com.cn/tanxifengwu">郯溪风物</a></span></h1>
<div class="bloglink"><a>http://blog.sina.com.cn/tanxifengwu</a> [<a>订阅</a>] [<a>手机订阅</a>]</div></div>
<div class="blognav"><a>首页</a> <a>博文目录</a> <a>图片</a> <a>关于我</a></div>
<div class="SG_colW21">
<div class="articalTitle">
<h2 id="t_6e0c8a7d0100hj2k" class="titName SG_txta">[转载]{title}</h2>
<span class="img2"></span><span class="time SG_txtc">(2010-04-12 16:23:05)</span><div class="turnBoxzz"><a class="SG_aBtn SG_aBtn_ico SG_turn">转载<cite>▼</cite></a></div>
</div>
<div class="articalTag" id="sina_keyword_ad_area"><table><tr><td class="blog_tag"><h3>标签：</h3><a href="http://search.sina.com.cn/?c=blog&amp;q=%D4%D3%CC%B8">杂谈</a></td>
<td class="blog_class"><span>分类：</span><a href="http://blog.sina.com.cn/s/articlelist_1846203517_3_1.html">政务信息</a></td></tr></table></div>
<div class="articalContent" id="sina_keyword_ad_area2">
<div><b>原文地址：</b><a href="http://blog.sina.com.cn/s/blog_5f2a4c1b0100gq7x.html" title="{title}">{title}</a><b>作者：</b><a href="http://blog.sina.com.cn/u/1596607515">郯溪政务</a></div>
<br />
<div><b>{title}</b><br /><br />
{chr(10).join(body)}
</div>
</div>
<div class="shareUp"><a>分享到：</a><a>新浪微博</a><a>QQ空间</a><a>人人网</a><a>开心网</a></div>
<div class="IL"><span>阅读</span><span id="r_6e0c8a7d0100hj2k">(86)</span><em>┊</em><a>评论</a><span>(0)</span><em>┊</em><a>收藏</a><span>(0)</span><em>┊</em><a>转载</a><span>(1)</span><em>┊</em><a>喜欢▼</a><em>┊</em><a>打印</a><em>┊</em><a>举报</a></div>
<div class="articalfrontback SG_j_linedot1 clearfix"><div><span class="SG_txtb">前一篇：</span><a href="http://blog.sina.com.cn/s/blog_6e0c8a7d0100hgkm.html">[转载]郯溪县2008年政府信息公开工作年度报告</a></div>
<div><span class="SG_txtb">后一篇：</span><a href="http://blog.sina.com.cn/s/blog_6e0c8a7d0100hlo3.html">郯溪县2010年政府工作报告（全文）</a></div></div>
<div class="allComm"><div class="allCommTit"><strong>评论</strong><span>重要提示：警惕虚假中奖信息</span></div><div class="noCommdate"><span>还没有评论</span></div></div>
</div>
<div class="SG_colW22"><div class="info"><a>郯溪风物</a><p>博客等级：6</p><p>博客积分：482</p><p>博客访问：31,907</p><p>关注人气：58</p></div>
<div class="wenzhang"><strong>博文</strong><ul><li><a>郯溪老街记忆（三）</a></li><li><a>2009年郯溪县国民经济和社会发展统计公报</a></li></ul></div></div>
<div class="footer">新浪BLOG意见反馈留言板　电话：95105670 提示音后按1键（按当地市话标准计费）<br />Copyright &copy; 1996 - 2010 SINA Corporation,  All Rights Reserved</div>
</body>
</html>
"""
    write("tanxi-county-2009-sina-blog-repost.html", page)


if __name__ == "__main__":
    doc88(); doc360(); obsidian(); weibo(); sina()
