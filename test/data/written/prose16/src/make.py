#!/usr/bin/env python3
"""Render the six prose16 reports (src/reports.py) in their forms.  Real tools: OpenCC (s2t) for the Telegram
export, python3-icalendar (Debian's, run by /usr/bin/python3) for the .ics, LibreOffice for the CSV.
Run from anywhere: python3 src/make.py  (writes the six files next to src/)."""
import json, os, subprocess, sys, html, time, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import reports as R

def write(name, text, crlf=False):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("\n", "\r\n") if crlf else text)

def opencc(text):
    return subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True, text=True, check=True).stdout

# ------------------------------------------------------------------ 1. Baidu Baike entry (saved page, 2016 skin)
def baike():
    r = R.MANGCHUAN
    def sup(n, anchor):
        return f'<sup class="sup--normal" data-sup="{n}">\n[{n}]</sup><a class="sup-anchor" name="ref_[{n}]_{anchor}">&nbsp;</a>'
    def link(word, slug):
        return f'<a target=_blank href="/item/{slug}">{word}</a>'
    subs = [("12,417条，", "12,417条" + sup(2, "8812") + "，"),
            ("一百五十六件，", "一百五十六件" + sup(3, "8812") + "，"),
            ("1,240元，", "1,240元" + sup(1, "8812") + "，"),
            ("申请行政复议两件", "申请" + link("行政复议", "%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE/2183245") + "两件"),
            ("召开新闻发布会十四次", "召开" + link("新闻发布会", "%E6%96%B0%E9%97%BB%E5%8F%91%E5%B8%83%E4%BC%9A/1035218") + "十四次"),
            ("《中华人民共和国政府信息公开条例》", "《" + link("中华人民共和国政府信息公开条例", "%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E6%9D%A1%E4%BE%8B/5580117") + "》")]
    lemma = "漭川市2008年政府信息公开工作年度报告"
    secs = r["sections"] + [("后续情况", ["2009年，漭川市全年主动公开政府信息21,365条，受理政府信息公开申请311件，行政复议五件。" + sup(5, "8812")])]
    cat = "".join(f'<li class="level1"><span class="index">{i}</span><span class="text"><a href="#{i}">{t}</a></span></li>\n' for i, (t, _) in enumerate(secs, 1))
    body = []
    for i, (t, paras) in enumerate(secs, 1):
        body.append(f'<div class="anchor-list"><a name="{i}" class="lemma-anchor para-title" ></a><a name="sub2016_{i}" class="lemma-anchor " ></a></div>\n'
                    f'<div class="para-title level-2" label-module="para-title">\n<h2 class="title-text"><span class="title-prefix">{lemma}</span>{t}</h2>\n'
                    '<a class="edit-icon j-edit-link" data-edit-dl="1" href="javascript:;"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a>\n</div>')
        for p in paras:
            for a, b in subs:
                p = p.replace(a, b)
            body.append(f'<div class="para" label-module="para">{p}</div>')
        if i == len(r["sections"]):
            body.append('<div class="para" label-module="para">' + "</div>\n<div class=\"para\" label-module=\"para\">".join(r["signature"]) + '</div>')
    refs = ["漭川市2008年政府信息公开工作年度报告．漭川之窗[引用日期2012-06-14]",
            "全市主动公开政府信息情况．漭川日报．2009-03-27[引用日期2012-06-14]",
            "漭川市政府信息公开申请办理情况．漭川之窗[引用日期2012-06-14]",
            "漭川市人民政府公报2009年第4期．漭川市人民政府办公室[引用日期2016-11-02]",
            "漭川市2009年政府信息公开工作年度报告．漭川之窗[引用日期2016-11-02]"]
    reflist = "".join(f'<li class="reference-item" id="reference-[{i}]-8812-wrap"><span class="index">{i}.</span><a class="gotop anchor" name="refIndex_{i}_8812" id="refIndex_{i}_8812" title="向上跳转" href="#ref_[{i}]_8812"></a><span class="text">{t}</span></li>\n' for i, t in enumerate(refs, 1))
    page = f'''<!DOCTYPE html>
<!-- saved from url=(0086)https://baike.baidu.com/item/%E6%BC%AD%E5%B7%9D%E5%B8%822008%E5%B9%B4%E6%94%BF%E5%BA%9C -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{lemma}_百度百科</title>
<meta name="description" content="《漭川市人民政府2008年政府信息公开工作年度报告》是漭川市人民政府于2009年3月发布的政府信息公开工作年度报告...">
<link rel="stylesheet" type="text/css" href="./{lemma}_百度百科_files/index_b1c2a7e.css">
<script type="text/javascript" src="./{lemma}_百度百科_files/jquery_6ad1f3d.js"></script>
</head>
<body class="wiki-lemma normal">
<div class="header-wrapper"><div class="header"><div class="layout"><div class="logo-container"><a class="logo cmn-inline-block" title="到百科首页" href="https://baike.baidu.com/"><span class="cmn-inline-block"></span></a></div>
<div class="search"><form id="searchForm" action="https://baike.baidu.com/search/word"><input id="query" nslog="normal" name="word" type="text" autocomplete="off" value="{lemma}"><button id="search" nslog="normal" type="button">进入词条</button><button id="searchLemma" type="button">全站搜索</button><a class="help" href="https://baike.baidu.com/help" nslog="normal" target="_blank">帮助</a></form></div></div></div></div>
<div class="navbar-wrapper"><dl class="index"><dd><a href="https://baike.baidu.com/" nslog="normal">首页</a></dd></dl><dl class="cat"><dd><a href="https://baike.baidu.com/science">科技</a></dd><dd><a href="https://baike.baidu.com/culture">文化</a></dd><dd><a href="https://baike.baidu.com/geography">地理</a></dd><dd><a href="https://baike.baidu.com/society">社会</a></dd></dl></div>
<div class="body-wrapper"><div class="content-wrapper"><div class="content"><div class="main-content">
<div class="top-tool"><a class="add-sub-icon" href="javascript:;">添加义项</a><a class="lemma-discussion cmn-btn-hover-blue cmn-btn-28 j-discussion-link" href="#">?</a></div>
<dl class="lemmaWgt-lemmaTitle lemmaWgt-lemmaTitle-"><dd class="lemmaWgt-lemmaTitle-title"><h1 >{lemma}</h1>
<a href="javascript:;" class="edit-lemma cmn-btn-hover-blue cmn-btn-28 j-edit-link"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a><a class="lock-lemma" target="_blank" href="/view/10812319.htm" title="锁定"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_lock-lemma"></em>锁定</a></dd></dl>
<div class="promotion-declaration"></div>
<div class="lemma-summary" label-module="lemmaSummary">
<div class="para" label-module="para">《漭川市人民政府2008年政府信息公开工作年度报告》是漭川市人民政府于2009年3月发布的政府信息公开工作年度报告，是《条例》施行后漭川市发布的第一份年度报告。</div>
</div>
<div class="configModuleBanner"></div>
<div class="basic-info cmn-clearfix">
<dl class="basicInfo-block basicInfo-left">
<dt class="basicInfo-item name">中文名</dt>
<dd class="basicInfo-item value">
漭川市人民政府2008年政府信息公开工作年度报告
</dd>
<dt class="basicInfo-item name">编制单位</dt>
<dd class="basicInfo-item value">
漭川市人民政府办公室
</dd>
</dl><dl class="basicInfo-block basicInfo-right">
<dt class="basicInfo-item name">发布时间</dt>
<dd class="basicInfo-item value">
2009年3月
</dd>
<dt class="basicInfo-item name">统计期限</dt>
<dd class="basicInfo-item value">
2008年5月1日—12月31日
</dd>
</dl></div>
<div class="lemmaWgt-lemmaCatalog"><div class="lemma-catalog"><h2 class="block-title">目录</h2><div class="catalog-list column-3"><ol>
{cat}</ol></div></div></div>
{chr(10).join(body)}
<div class="album-list"></div>
<dl class="lemma-reference collapse nslog-area log-set-param" data-nslog-type="2" log-set-param="ext_reference">
<dt class="reference-title">参考资料</dt>
<dd class="reference-list-wrap"><ul class="reference-list">
{reflist}</ul></dd></dl>
<div id="open-tag"><dd id="open-tag-item"><span class="taglist">政府信息公开</span>，<span class="taglist">年度报告</span>，<span class="taglist">政务</span></dd></div>
</div>
<div class="side-content"><div class="lemmaWgt-promotion-vbaike"></div>
<dl class="side-box lemma-statistics"><dt class="title">词条统计</dt><dd class="description"><ul>
<li>浏览次数：3816次</li>
<li>编辑次数：4次<a href="/historylist/%E6%BC%AD%E5%B7%9D/10812319#historyList" target="_blank">历史版本</a></li>
<li>最近更新：<a class="show-userCard" href="/usercenter/userpage?uname=%E6%BC%AD%E5%B7%9D%E5%B0%8F%E5%90%8F" target="_blank">漭川小吏</a><span class="j-modified-time">（2016-11-02）</span></li>
</ul></dd></dl>
<div class="lemmaWgt-relatedLemma"><h3>相关词条</h3><ul>
<li><a href="/item/x1">漭川市2009年政府信息公开工作年度报告</a><p>全年主动公开政府信息21,365条…</p></li>
<li><a href="/item/x2">漭川之窗</a><p>漭川市人民政府门户网站…</p></li></ul></div>
</div></div></div></div>
<div class="wgt-footer-main"><div class="content"><p class="copyright">&copy;2016&nbsp;Baidu&nbsp;<a href="http://www.baidu.com/duty/" target="_blank">使用百度前必读</a>&nbsp;|&nbsp;<a href="http://help.baidu.com/question?prod_en=baike" target="_blank">百科协议</a>&nbsp;|&nbsp;<a href="http://baike.baidu.com/operationCenter" target="_blank">百度百科合作平台</a></p></div></div>
</body></html>
'''
    write("mangchuan-city-2008-baidu-baike-entry.html", page)

# ------------------------------------------------------------------ 2. Telegram Desktop JSON export (traditional)
def telegram():
    lines = R.XIEYANG
    full = "\n\n".join(lines)
    part1, part2 = full.split("{SPLIT}")
    def entities(text):
        """plain / bold runs: the report's headings and the figure the poster bolded"""
        out = []
        for para in text.split("\n\n"):
            if out:
                out.append(("plain", "\n\n"))
            if para[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、") or para.endswith("年度报告"):
                out.append(("bold", para))
                continue
            while "{B:" in para:
                a, rest = para.split("{B:", 1)
                b, para = rest.split("}", 1)
                out += [("plain", a), ("bold", b)]
            out.append(("plain", para))
        merged = []
        for t, s in out:
            if merged and merged[-1][0] == t == "plain":
                merged[-1] = ("plain", merged[-1][1] + s)
            elif s:
                merged.append((t, s))
        return [(t, opencc(s)) for t, s in merged]
    base = 1396444500  # 2014-04-02 21:15:00 +08:00
    def stamp(sec):
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(sec + 8 * 3600)), str(sec)
    chat = [
        ("林子健", "user318420117", 0, "转一份渫阳县2013年的年报，县政府网站上的全文，表格没有，贴两段（太长一次发不完）"),
        ("林子健", "user318420117", 33, part1),
        ("林子健", "user318420117", 34, part2),
        ("Kelvin Chow", "user552901836", 410, "四十三件，比他们2012年的二十八件多了不少。隔壁渫东县去年收了一百多件吧？"),
        ("林子健", "user318420117", 522, "渫东县是127件，不过那是全县加上各部门的。渫阳这份也是全县口径"),
        ("阿雯", "user730044125", 1808, "收费245元那段蛮少见的，2014年以后好像大部分县都不收了"),
        ("Kelvin Chow", "user552901836", 1930, "👍 存档了"),
    ]
    msgs = [{"id": 40211, "type": "service", "date": stamp(base - 86400 * 3)[0], "date_unixtime": stamp(base - 86400 * 3)[1],
             "actor": "林子健", "actor_id": "user318420117", "action": "pin_message", "message_id": 40188, "text": "", "text_entities": []}]
    mid = 40212
    for who, uid, dt, text in chat:
        ents = entities(text) if "\n\n" in text or "{B:" in text else [("plain", opencc(text))]
        d, u = stamp(base + dt)
        m = {"id": mid, "type": "message", "date": d, "date_unixtime": u, "from": who, "from_id": uid}
        if mid == 40215:
            m["reply_to_message_id"] = 40213
        if len(ents) == 1 and ents[0][0] == "plain":
            m["text"] = ents[0][1]
        else:
            m["text"] = [s if t == "plain" else {"type": t, "text": s} for t, s in ents]
        m["text_entities"] = [{"type": t, "text": s} for t, s in ents]
        msgs.append(m)
        mid += 1
    export = {"name": "大陸政務公開研究", "type": "public_supergroup", "id": 1287730456, "messages": msgs}
    write("xieyang-county-2013-telegram-export-hant.json", json.dumps(export, ensure_ascii=False, indent=1) + "\n")

# ------------------------------------------------------------------ 3. Zhihu answer copied from the PC page
def zhihu():
    Z = "\u200b"
    rep = "\n\n".join(R.YINGKOU)
    text = f"""知乎
首页
会员
发现
等你来答
​
搜索
提问
消息
私信
​
政务公开
行政管理
环境保护
县级环保局的政府信息公开年报一般都写些什么？有没有具体的例子？
关注问题​写回答
​邀请回答
​好问题 12
​添加评论
​分享
​
查看全部 9 个回答
青苔与蝉
基层环保干部，偶尔写点材料
​关注
128 人赞同了该回答
谢邀。正好手上有一份我们县局去年的年报（网站上公开的，不涉密），原文贴一下，大家感受一下格式：

{rep}

---

说几句个人看法：

1. 依申请这块涨得很快，前年还是十几件，去年一下子四十多件，基本都是环评和排污许可。我们全市环保系统那年加起来三百多件。
2. 年报里那个“占全县各部门申请总量的31%”是县政府办给的数，我们自己也没法核。
3. 2018年的年报格式据说要改，到时候再来更新。

发布于 2018-04-10 21:03
​赞同 128​​22 条评论
​分享
​收藏
​喜欢
​
收起​
22 条评论
默认
最新
阿土仔
47件里只有1件打官司，还算好的吧
2018-04-11
​3
青苔与蝉
作者
回复 阿土仔
是的，还没判完那会儿压力挺大
2018-04-11
​1
路过的法硕
环境信访投诉1,326件和政府信息公开申请不是一回事，楼主可以在文中说明下
2018-04-12
​5
"""
    write("yingkou-epb-2017-zhihu-answer-copy.txt", text)

# ------------------------------------------------------------------ 4. 12345 hotline knowledge-base page
def kb():
    paras = R.HUANBEI
    hl = {"439条": '<font color="#FF0000">439</font>条', "新收政府信息公开申请18件": '新收政府信息公开申请<font color="#FF0000">1</font><font color="#FF0000">8</font>件',
          "办结19件": '办结<font color="#FF0000"><b>19</b></font>件'}
    body = []
    for p in paras:
        for a, b in hl.items():
            p = p.replace(a, b)
        style = ' style="text-align:center"' if p.endswith("年度报告") else (' style="text-align:right"' if p in ("澴北区卫生健康委员会", "2021年1月26日") else "")
        body.append(f'<p class="MsoNormal"{style}>{p}</p>')
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>知识详情 - 澴北区12345政务服务便民热线知识库</title>
<link href="/kb/css/layui.css" rel="stylesheet" type="text/css" />
<link href="/kb/css/kb-detail.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="kb-top"><span class="logo">12345政务服务便民热线 · 知识库管理系统</span><span class="user">坐席：0317 号 澴北区热线中心 | <a href="/kb/logout">退出</a></span></div>
<div class="kb-nav"><a href="/kb/index">知识检索</a> &gt; <a href="/kb/cat?id=88">政务公开</a> &gt; <a href="/kb/cat?id=8802">信息公开年报</a> &gt; 知识详情</div>
<div class="kb-main">
<div class="kb-detail">
<h2 class="kb-title">澴北区卫生健康委员会2020年政府信息公开工作年度报告（全文）</h2>
<table class="layui-table kb-meta" cellspacing="0" cellpadding="0">
<tr><th>知识编号</th><td>ZSK-2021-008764</td><th>知识类别</th><td>政务公开 / 信息公开年报</td></tr>
<tr><th>承办单位</th><td>区卫生健康委员会</td><th>适用区域</th><td>澴北区</td></tr>
<tr><th>生效日期</th><td>2021-02-05</td><th>失效日期</th><td>2022-01-31</td></tr>
<tr><th>录入人</th><td>周晓岚</td><th>审核状态</th><td><span class="layui-badge layui-bg-green">已审核</span></td></tr>
<tr><th>发布时间</th><td>2021-02-05 15:42:17</td><th>引用次数</th><td>37</td></tr>
<tr><th>关键词</th><td colspan="3">年报；信息公开；卫健委；依申请公开</td></tr>
</table>
<div class="kb-block"><h3>答复口径</h3>
<p>市民咨询区卫健委政府信息公开年度报告有关情况的，可参考以下内容答复；统计表格请引导市民登录区政府门户网站“政府信息公开年报”栏目查阅。</p>
</div>
<div class="kb-block"><h3>知识正文</h3>
<div class="kb-content">
{chr(10).join(body)}
</div></div>
<div class="kb-block"><h3>附件</h3><p>（无）</p></div>
<div class="kb-block kb-log"><h3>修订记录</h3>
<p>2021-02-05 周晓岚 新增；2021-02-07 审核员 赵敏 审核通过；2021-03-12 周晓岚 修改关键词</p></div>
</div>
<div class="kb-side"><h3>相关知识</h3><ul>
<li><a href="/kb/detail?id=008761">澴北区教育局2020年政府信息公开工作年度报告（全文）</a><span>新收申请21件</span></li>
<li><a href="/kb/detail?id=008759">澴北区人民政府2020年政府信息公开工作年度报告（全文）</a><span>主动公开6,912条</span></li>
<li><a href="/kb/detail?id=007120">澴北区卫生健康委员会2019年政府信息公开工作年度报告（全文）</a><span>新收申请9件</span></li>
<li><a href="/kb/detail?id=008122">新冠疫苗接种点查询（2021年2月更新）</a></li></ul>
<h3>热门知识</h3><ol><li>医保异地备案办理流程</li><li>出生医学证明补办</li><li>核酸检测点查询</li></ol></div>
</div>
<div class="kb-foot">澴北区12345政务服务便民热线中心 内部资料 注意保密</div>
</body>
</html>
'''
    write("huanbei-health-2020-12345-knowledge-base.html", page)

# ------------------------------------------------------------------ 5. iCalendar event (python3-icalendar)
ICS_PROG = r'''
import sys, json, datetime
from icalendar import Calendar, Event, vCalAddress, vText
desc = json.load(sys.stdin)
cal = Calendar()
cal.add("prodid", "-//Zhiling OA//Calendar 3.2//CN")
cal.add("version", "2.0")
ev = Event()
tz = datetime.timezone(datetime.timedelta(hours=8))
ev.add("created", datetime.datetime(2023, 12, 25, 1, 14, 52, tzinfo=datetime.timezone.utc))
ev.add("last-modified", datetime.datetime(2023, 12, 25, 1, 20, 3, tzinfo=datetime.timezone.utc))
ev.add("dtstamp", datetime.datetime(2024, 1, 3, 8, 2, 11, tzinfo=datetime.timezone.utc))
ev.add("uid", "5b2f0c1e-7d44-4b8e-9a0f-2e61c3b7d9a4")
ev.add("summary", "枳岭镇2023年政务公开工作总结会")
from zoneinfo import ZoneInfo
sh = ZoneInfo("Asia/Shanghai")
ev.add("dtstart", datetime.datetime(2023, 12, 28, 14, 30, tzinfo=sh))
ev.add("dtend", datetime.datetime(2023, 12, 28, 16, 0, tzinfo=sh))
ev.add("location", "枳岭镇人民政府三楼会议室")
org = vCalAddress("mailto:zlzdzb@example.gov.cn")
org.params["cn"] = vText("枳岭镇党政办")
ev["organizer"] = org
for who in ("各村（社区）", "镇属各单位"):
    a = vCalAddress("mailto:zl-notice@example.gov.cn")
    a.params["cn"] = vText(who)
    a.params["role"] = vText("REQ-PARTICIPANT")
    ev.add("attendee", a, encode=0)
ev.add("description", desc)
ev.add("categories", ["政务公开"])
cal.add_component(ev)
sys.stdout.buffer.write(cal.to_ical())
'''

def ics():
    desc = "\n".join(R.ZHILING) + "\n\n（会议材料：请各村（社区）对照总结准备发言，每单位不超过5分钟。）"
    out = subprocess.run(["/usr/bin/python3", "-c", ICS_PROG], input=json.dumps(desc).encode(), capture_output=True, check=True).stdout
    with open(os.path.join(OUT, "zhiling-township-2023-oa-calendar-event.ics"), "wb") as f:
        f.write(out)

# ------------------------------------------------------------------ 6. LibreOffice CSV export of a collection sheet
def csv():
    def cell(text, vtype="string"):
        ps = "".join(f"<text:p>{html.escape(p, quote=False)}</text:p>" for p in text.split("\n"))
        return f'<table:table-cell office:value-type="string" calcext:value-type="string">{ps}</table:table-cell>'
    def num(v):
        return f'<table:table-cell office:value-type="float" office:value="{v}" calcext:value-type="float"><text:p>{v}</text:p></table:table-cell>'
    head = ["序号", "省份", "单位", "年度", "标题", "网页发布日期", "来源网址", "正文（表格为图片，未采集）", "采集人", "备注"]
    row = [num(17), cell("岫澜省"), cell("岫澜省医疗保障局"), num(2024), cell(R.XIULAN[0]), cell("2025/1/20"),
           cell("http://ybj.xiulan.gov.cn/zwgk/ndbg/202501/t20250120_418877.html"), cell("\n".join(R.XIULAN)), cell("郑 岚"),
           cell('表二至表四为图片，未OCR；2023年报：主动公开1,874条，新收申请63件，"复议"2件')]
    rows = "<table:table-row>" + "".join(cell(h) for h in head) + "</table:table-row>\n<table:table-row>" + "".join(row) + "</table:table-row>"
    fods = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="医保系统年报">
{rows}
</table:table></office:spreadsheet></office:body></office:document>
'''
    lo = os.path.join(HERE, "lo")
    os.makedirs(lo, exist_ok=True)
    src = os.path.join(lo, "collection.fods")
    open(src, "w", encoding="utf-8").write(fods)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/prose16-lo", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", lo, src], check=True, capture_output=True)
    shutil.copyfile(os.path.join(lo, "collection.csv"), os.path.join(OUT, "xiulan-medsec-2024-lo-calc-csv-row.csv"))

if __name__ == "__main__":
    baike(); telegram(); zhihu(); kb(); ics(); csv()
