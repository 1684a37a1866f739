#!/usr/bin/env python3
"""Write yushui-medsec-2020-wechat-pinned-correction.html: a WeChat 公众号 article saved from a desktop
browser after the comments had loaded ("网页，全部", HTML part only).  The report's three tables were posted
as pictures (mmbiz.qpic.cn, data-src only: lazy loading).  The account corrected one figure in a PINNED
comment (精选留言, 置顶): WeChat lets a published article be edited only slightly, so the body still carries
the wrong figure."""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "yushui-medsec-2020-wechat-pinned-correction.html")
TITLE = "淯水县医疗保障局2020年政府信息公开工作年度报告"
CT = int(datetime.datetime(2021, 1, 22, 17, 36, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=8))).timestamp())
BIZ = "MzI3NjQ1ODkxMg=="
SN = "5b2f0c7d9e41a83c6d2e7f90a1b4c5d8"

SEC = 'style="margin:0 8px;line-height:1.75em;text-indent:2em;"'
SPAN = 'style="font-size:16px;font-family:仿宋;color:rgb(62, 62, 62);"'
BODY = [
 ("P", "本报告由淯水县医疗保障局根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作"
       "年度报告格式（试行）》要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开"
       "行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2020年1月1日起至2020年"
       "12月31日止。"),
 ("H", "一、总体情况"),
 ("P", "（一）主动公开。2020年，我局通过县政府门户网站“医疗保障”专栏主动公开政府信息416条，重点公开医保待遇政策、定点医药"
       "机构名单、医保基金监管、新冠肺炎疫情期间医保支持政策等信息。疫情期间推行医保经办“不见面”服务，网上办理业务3.6万件。"
       "全年发布政策解读9篇（其中图解4篇），召开新闻发布会1场。“淯水医保”微信公众号全年推送信息523条，关注人数达1.8万人。"),
 ("P", "（二）依申请公开。2020年，我局新收政府信息公开申请30件，上年结转1件；全年办结31件，其中予以公开17件、部分公开3件、"
       "无法提供6件、不予处理3件；结转下年度继续办理2件。"),
 ("P", "（三）政府信息管理。严格落实政府信息公开保密审查制度，全年审查拟公开信息416条，未发生失泄密事件。"),
 ("P", "（四）平台建设。完成县政府门户网站“医疗保障”专栏栏目调整，新增“医保政策问答”“定点机构查询”等子栏目。"),
 ("P", "（五）监督保障。将政府信息公开工作纳入股室年度考核，全年开展业务培训2次，参训86人次。"),
 ("H", "二、主动公开政府信息情况"),
 ("IMG", "https://mmbiz.qpic.cn/mmbiz_png/Q3auHgzwzM6kXhbe0sN8oRfLj1nWa7XiaPYd4GxvZc2mJt0bKyUu5VfAqDwE9ls1rOiHgT8Cz6BpNnR7aIw4Ytg/640?wx_fmt=png"),
 ("H", "三、收到和处理政府信息公开申请情况"),
 ("IMG", "https://mmbiz.qpic.cn/mmbiz_png/Q3auHgzwzM6kXhbe0sN8oRfLj1nWa7XiaYc0TfJ2uVxR8qLm3bDkZ5eHsG9yNw4CpOa1iEtUvKj6lBd7MgFzQ/640?wx_fmt=png"),
 ("H", "四、政府信息公开行政复议、行政诉讼情况"),
 ("IMG", "https://mmbiz.qpic.cn/mmbiz_png/Q3auHgzwzM6kXhbe0sN8oRfLj1nWa7XiaLb5Fq8mZcT2vYx0dNgRwKs3eHuJ7pAoC9iUl1QjGtM4nBzVfD6Ew/640?wx_fmt=png"),
 ("P", "2020年，我局因政府信息公开工作被申请行政复议1件，结果维持；未被提起行政诉讼。"),
 ("H", "五、存在的主要问题及改进情况"),
 ("P", "2020年我局政府信息公开工作虽取得一定成效，但仍存在政策解读形式较为单一、依申请公开答复质量有待提高等问题。2021年，"
       "我局将丰富政策解读形式，加强业务培训，不断提升政府信息公开工作水平。"),
 ("H", "六、其他需要报告的事项"),
 ("P", "全年未收取信息处理费。全年承办县人大代表建议6件、县政协提案11件，均已按期办结并公开办理结果。"),
]
SIGN = ["淯水县医疗保障局", "2021年1月20日"]

# (nickname, text, time, likes, pinned, author reply)
COMMENTS = [
 ("淯水医保", "【更正】文中“一、总体情况（二）依申请公开”部分“全年办结31件”有误，应为“全年办结29件”，特此更正，敬请谅解。",
  "1月22日", 15, True, None),
 ("小鱼儿", "去年的报告里新收申请才25件，今年多了不少啊", "1月22日", 6, False, None),
 ("淯水老张", "异地就医备案在哪里办？", "1月23日", 3, False,
  "您好，可通过“国家医保服务平台”APP或到县医保服务大厅3号窗口办理。"),
]


def p(kind, text):
    if kind == "H":
        return (f'<p style="margin:0 8px;line-height:1.75em;"><strong><span style="font-size:16px;color:rgb(0, 82, 255);">'
                f'{text}</span></strong></p>')
    if kind == "IMG":
        return (f'<p style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="1.4148" data-s="300,640" '
                f'data-src="{text}" data-type="png" data-w="1080" style="width: 100% !important; height: auto !important; '
                f'visibility: visible !important;" _width="100%" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p>')
    return f'<p {SEC}><span {SPAN}>{text}</span></p>'


def comment(c):
    nick, text, when, likes, pinned, reply = c
    top = '<span class="discuss_top_tag">置顶</span>' if pinned else ""
    author = ' discuss_item_author' if nick == "淯水医保" else ""
    rep = ""
    if reply:
        rep = (f'<div class="reply_result"><div class="nickname">作者</div><div class="discuss_message">'
               f'<div class="discuss_message_content">{reply}</div></div></div>')
    return (f'<li class="js_comment_item discuss_item{author}"><div class="discuss_item_hd"><div class="user_info">'
            f'<div class="nickname_wrp"><img class="avatar" src="http://wx.qlogo.cn/mmhead/placeholder/132" alt="">'
            f'<strong class="nickname">{nick}</strong>{top}</div></div><div class="discuss_opr"><span class="media_tool_meta '
            f'meta_praise js_comment_praise"><i class="icon_praise_gray"></i><span class="praise_num">{likes}</span></span>'
            f'</div></div><div class="discuss_message"><div class="discuss_message_content">{text}</div></div>'
            f'<div class="discuss_extra_info">{when}</div>{rep}</li>')


def main():
    body = "\n".join(p(k, t) for k, t in BODY)
    sign = "\n".join(f'<p style="margin:0 8px;line-height:1.75em;text-align:right;"><span {SPAN}>{s}</span></p>'
                     for s in SIGN)
    comments = "\n".join(comment(c) for c in COMMENTS)
    page = f"""<!DOCTYPE html>
<html class=""><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="https://res.wx.qq.com/">
<link rel="dns-prefetch" href="https://mmbiz.qpic.cn/">
<link rel="shortcut icon" type="image/x-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="description" content="淯水县医疗保障局2020年政府信息公开工作年度报告">
<meta name="author" content="">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz={BIZ}&amp;mid=2247486913&amp;idx=1&amp;sn={SN}&amp;chksm=e7618c3ad016052c#rd">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Q3auHgzwzM6kXhbe0sN8oRfLj1nWa7Xia0/0?wx_fmt=jpeg">
<meta property="og:description" content="">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="淯水医保">
<meta property="twitter:card" content="summary">
<meta property="twitter:title" content="{TITLE}">
<title>{TITLE}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{TITLE}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
淯水医保 </a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2021-01-22</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="padding:0 8px;box-sizing:border-box;">
{body}
{sign}
<p style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.3" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Q3auHgzwzM6kXhbe0sN8oRfLj1nWa7XiaQrCodeEnd/640?wx_fmt=gif" data-type="gif" data-w="640" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p>
<p style="text-align:center;"><span style="font-size:12px;color:rgb(136, 136, 136);">来源：淯水县医疗保障局</span></p>
<p style="text-align:center;"><span style="font-size:12px;color:rgb(136, 136, 136);">编辑：何晓雯　审核：郑立群</span></p>
</section>
</div>
<div class="rich_media_tool" id="js_toobar3"><div class="weui-flex"><div class="media_tool_meta tips_global_primary meta_primary" id="js_read_area3">阅读 <span id="readNum3">1268</span></div><div class="media_tool_meta meta_extra meta_praise" id="like3">赞 <span class="praise_num" id="likeNum3">23</span></div><div class="media_tool_meta meta_extra" id="js_like_area">在看 <span id="js_like_num">12</span></div></div></div>
</div>
</div>
</div>
<div class="rich_media_area_extra"><div class="rich_media_area_extra_inner">
<div class="discuss_container" id="js_cmt_area">
<div class="rich_tips with_line title_tips discuss_title_line"><span class="tips">精选留言</span></div>
<ul class="discuss_list" id="js_cmt_list">
{comments}
</ul>
<p class="discuss_icon_tips rich_split_tips tr" id="js_cmt_statement">以上留言由公众号筛选后显示</p>
</div>
</div></div>
</div>
</div>
<script type="text/javascript" nonce="1837466921">
var biz = "{BIZ}"||"";
var sn = "{SN}" || ""|| "";
var mid = "2247486913" || ""|| "";
var idx = "1" || "" || "";
var nickname = htmlDecode("淯水医保");
var ct = "{CT}";
var msg_title = '{TITLE}'.html(false);
var msg_desc = htmlDecode("");
var create_time = "{CT}" * 1;
var user_name = "gh_7c1d3a9e5f20";
var comment_id = "1706823514790215681" * 1;
</script>
</body></html>
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
