#!/usr/bin/env python3
"""Write ../manifest.json.  The gold below was written by hand from the report texts (reports.py)."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
M = []


def meta(year, agency, kind, published, template="none"):
    return {"year": year, "agency": agency, "kind": kind, "template": template, "script": "hans", "published": published}


def entry(file, form, era, agency, level, year, gold, notes):
    M.append({"file": file, "form": form, "era": era, "agency": agency, "level": level, "year": year,
              "gold": gold, "notes": notes})


entry("juyuan-land-2014-doc88-page-copy.txt", "doc88-page-copy-page-furniture-watermarks-hard-wrapped", "pre2019",
      "沮源县国土资源局", "county department", 2014,
      {**meta(2014, "沮源县国土资源局", "annual_report", "2015-03-20"),
       "narrative.active_total": 486, "narrative.interpretations": 12, "narrative.press_conferences": 2,
       "narrative.new_media_posts": None, "narrative.applications_received": 23,
       "narrative.applications_completed": 21, "narrative.applications_carried_forward": 2,
       "narrative.fees_collected": 0, "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 9, "narrative.cppcc_proposals": 14},
      "FORM: the text a reader gets by selecting all on a 道客巴巴 (doc88.com) document page: the site's navigation, "
      "the upload box (上传人 / 上传时间 2015-04-02 / 浏览 / 下载积分 / 文档页数：4页), then the document's text layer page by "
      "page, each page opened by '第N页 / 共4页' and closed by the watermark line '道客巴巴 www.doc88.com', lines hard-wrapped "
      "at the Word page's width (37 characters, kinsoku: no line opens with punctuation), then '阅读了该文档的用户还阅读了这些"
      "文档' with the 2013 report's excerpt, and the footer. Written by src/make.py. STRESS: A PAGE BREAK INSIDE A SENTENCE, "
      "with the furniture between the two halves ('已按时办结' / 道客巴巴 www.doc88.com / 第3页 / 共4页 / '21件，另有2件…'), and "
      "another inside '通过局办事' / '大厅公开栏公开37条'; figures cut from their unit by the wrap ('召开新闻发布会2' / '次', "
      "'比2013' / '年的412条'); Chinese numerals (十二篇, 二十三件). GOLD: active_total 486 ('2014年，我局共主动公开政府"
      "信息486条'; parts 321+128+37 = 486, checked); interpretations 12 ('发布政策解读材料十二篇'); press_conferences 2 "
      "('召开新闻发布会2次', cut by the wrap); new_media_posts NULL ('“沮源国土”官方微博全年发布信息近500条': 近, "
      "approximate); applications_received 23 ('全年共收到政府信息公开申请二十三件'; channels 9+11+3 = 23, checked); "
      "applications_completed 21 ('已按时办结21件', cut by the page break); applications_carried_forward 2 ('另有2件…延期答复，"
      "结转至2015年办理'; 21+2 = 23, checked; answers 14+3+2+2 = 21, checked); fees_collected 0 ('全年未收取任何费用'); "
      "reviews 1 ('我局因政府信息公开被申请行政复议1件'); lawsuits 0 ('我局未因政府信息公开被提起行政诉讼'); npc_suggestions 9 "
      "and cppcc_proposals 14. DISTRACTORS: 2013年的412条 and 增加74条 (another year, a change); 比上年增加6件 (a change); "
      "局属各国土资源所…1,035条，未计入上述总数 (subordinate units); 全县国土资源系统…行政诉讼2件…与政府信息公开无关 (the whole "
      "system, and unrelated); the 2015 target 不少于550条; the related document's 2013 excerpt (412条, 17件); 办结率100%; "
      "page furniture (浏览：386次, 下载：12次, 下载积分：500, 38.50K, ICP 10216891). published 2015-03-20: the signature; "
      "上传时间 2015-04-02 is the upload.")

entry("cenzhou-housing-2012-360doc-saved-page.html", "360doc-personal-library-saved-page-collector-header-related-list",
      "pre2019", "涔州市住房和城乡建设局", "city department", 2012,
      {**meta(2012, "涔州市住房和城乡建设局", "annual_report", "2013-03-25"),
       "narrative.active_total": 1306, "narrative.press_conferences": 3, "narrative.applications_received": 61,
       "narrative.applications_completed": 60, "narrative.applications_carried_forward": 4,
       "narrative.fees_collected": 386, "narrative.reviews": 2, "narrative.lawsuits": 1,
       "narrative.npc_suggestions": 47, "narrative.cppcc_proposals": 58},
      "FORM: a 360doc 个人图书馆 article page saved by a browser ('saved from url' mark, ./…_files/ assets): a user (城建档案小刘) "
      "collected the bureau's report into her 《政务公开》 folder on 2013-04-08; the page has the 360doc header, the "
      "'来自：… > 《政务公开》 2013-04-08 | 阅：2286 | 转：17' line, 转藏/献花 buttons, the report in <div id=\"artContent\">, "
      "'原文：' with the source URL, a 猜你喜欢 box with another city's housing bureau report and the city's whole report "
      "(with figures), the comment form and the user's sidebar. Written by src/make.py. STRESS: 受理 WITH ITS PARTS: '全年共"
      "受理政府信息公开申请64件，其中上年结转3件、本年新收61件'; another year in brackets after the year's figure "
      "('1,306条（2011年同期为1,127条）'); the whole city system right after the bureau's figure; 两件 / 一件; fees beside "
      "waived fees; 其中主办人大代表建议32件 after the total. GOLD: active_total 1306 ('我局主动公开政府信息1,306条'; parts "
      "874+432 = 1306, checked); press_conferences 3; applications_received 61 (本年新收; 受理 64 = 61 + 3 carried over, "
      "as in prose6); applications_completed 60 ('已办结60件'; 38+9+5+6+2 = 60, checked); applications_carried_forward 4 "
      "('尚有4件正在办理中，将结转下年度继续办理'; 64 = 60 + 4, checked); fees_collected 386 ('收取检索、复制、邮寄费用共计"
      "386元'); reviews 2 ('被申请行政复议两件'); lawsuits 1 ('被提起行政诉讼一件'); npc_suggestions 47, cppcc_proposals 58. "
      "DISTRACTORS: 受理 64 and 上年结转3件; 2011年同期为1,127条; 全市住建系统…5,842条 (the whole system); 减免费用120元 "
      "(waived, not collected); 主办人大代表建议32件 (a part); the 猜你喜欢 excerpts (沱川 2,418条 / 112件 / 109件, the city's "
      "61,305条); 阅：2286, 转：17, 馆藏 3516, ArticleID 276925104. published 2013-03-25: the signature; 2013-04-08 is the "
      "collector's date.")

entry("qimu-township-2021-obsidian-wechat-clip.md", "obsidian-web-clipper-markdown-of-wechat-article-tables-as-images",
      "2021", "桤木镇人民政府", "township", 2021,
      {**meta(2021, "桤木镇人民政府", "annual_report", "2022-01-18"),
       "narrative.active_total": 206, "narrative.interpretations": 5, "narrative.new_media_posts": None,
       "narrative.applications_received": 3, "narrative.applications_completed": 3,
       "narrative.applications_carried_forward": 0, "narrative.fees_collected": 0, "narrative.reviews": 0,
       "narrative.lawsuits": 0, "narrative.npc_suggestions": 2, "narrative.cppcc_proposals": 1},
      "FORM: a WeChat 公众号 article clipped into an Obsidian vault with the Obsidian Web Clipper: YAML front matter (title, "
      "source mp.weixin.qq.com, author [[桤木镇]], published 2022-01-21, created 2024-05-07, tags clippings), then the "
      "article as markdown: '原创 桤木镇 [桤木镇](javascript:void\\(0\\);)', the date line in *…*, emoji (📢 ✨ 👇), section "
      "heads in **…**, sub-heads '**（一）主动公开。**' glued to their text, the three tables as ![图片](https://mmbiz.qpic.cn/…) "
      "pictures, then the WeChat page's tail (编辑 / 审核, 阅读 896, 预览时标签不可点, 微信扫一扫 关注该公众号…). Written by "
      "src/make.py. template none (the tables are pictures). STRESS: a 2021-format report whose tables are lost, so every "
      "figure is the prose of section 一; zeros said three ways (上年结转0件, 无结转下年度继续办理的申请, 未发生…行政复议、行政诉讼"
      "案件, 未收取信息处理费); the villages' 村务 figure; 逾. GOLD: active_total 206 ('主动公开政府信息206条'); interpretations 5; "
      "new_media_posts NULL ('推送信息逾300条'); applications_received 3 ('新收政府信息公开申请3件'); applications_completed 3 "
      "('办结3件'; 2+1 = 3, checked); applications_carried_forward 0 ('无结转下年度继续办理的申请'); fees_collected 0 ('本年度"
      "未收取信息处理费'); reviews 0 and lawsuits 0 ('我镇未发生政府信息公开行政复议、行政诉讼案件'); npc_suggestions 2, "
      "cppcc_proposals 1. DISTRACTORS: 2020年（183条） and 增长12.6% (206/183, checked); 村务信息1,380条 (the villages); "
      "审核拟公开信息212条; 11个村（社区）; 查阅点1处; 培训2次, 参训68人次; 上年结转0件 (carry-over, not forward); 阅读 896; "
      "front matter dates. published 2022-01-18: the signature; the front matter's published 2022-01-21 and the article "
      "date 2022年01月21日 are the posting, created 2024-05-07 the clip.")

entry("xundong-justice-2019-weibo-article-copy.txt", "weibo-headline-article-pc-page-copy-emoji-bullets-comments",
      "2019", "浔东区司法局", "district department", 2019,
      {**meta(2019, "浔东区司法局", "annual_report", "2020-01-15"),
       "narrative.active_total": 178, "narrative.press_conferences": 1, "narrative.interpretations": 6,
       "narrative.new_media_posts": 1126, "narrative.applications_received": 11,
       "narrative.applications_completed": 10, "narrative.applications_carried_forward": 1,
       "narrative.fees_collected": 0, "narrative.reviews": 0, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 3, "narrative.cppcc_proposals": 5},
      "FORM: a Weibo 头条文章 (long article) as copied with Ctrl+A from the PC page: the site's nav, the feed card that "
      "announced it (#话题#, 【title】, a summary, '​​​​' zero-width spaces Weibo appends, 收起全文d), '头条文章', the title, "
      "author, '2020-01-16 09:32 发布于 江西', 阅读数：1.2万, then the article; the account's editor put 📢 before each "
      "heading and split the key paragraphs into one sentence a line with ✅ bullets (one sentence cut in two at its comma: "
      "'✅按期答复十件，' / '另有一件…'); then the 转发/评论/赞 counts and three comments (a reader asks '去年不是17件吗', the "
      "account answers with 2018's 17 and 2019's 11). Written by src/make.py. A 2019 report whose tables stayed on the "
      "portal ('注：本报告统计表格见…'). GOLD: active_total 178 ('浔东区司法局全年主动公开政府信息178条'); press_conferences 1; "
      "interpretations 6 ('发布政策解读稿件6篇'); new_media_posts 1126 ('“浔东司法”微博、微信全年发布信息1,126条'; 其中微博684 "
      "is a part); applications_received 11 ('全年收到政府信息公开申请十一件'); applications_completed 10 ('按期答复十件'; "
      "6+1+3 = 10, checked); applications_carried_forward 1 ('另有一件…结转至2020年继续办理'; 10+1 = 11, checked); "
      "fees_collected 0 ('本年度未收取任何费用'); reviews 0 ('被申请行政复议0件'); lawsuits 0 ('没有发生因政府信息公开被提起"
      "行政诉讼的情况'); npc_suggestions 3, cppcc_proposals 5. DISTRACTORS: 2018年的十七件 and 减少六件; the comments' 17件 "
      "and 11件; 全区司法行政系统（含9个司法所）共公开信息412条 (the system); 微博发布684条 (a part); 法律援助案件826件, 矛盾纠纷"
      "2,315件 (homonyms of 件); 阅读数 1.2万, 转发 12, 评论 3, 赞 41, the hotline 400-096-0960. published 2020-01-15: the "
      "signature; 2020-01-16 / 20-1-16 is the posting.")

entry("yuanning-stats-2016-summary-lo-txt.txt", "libreoffice-convert-to-txt-of-word97-doc-unoconv-autonumber-footnote-bom",
      "pre2019", "沅宁省统计局", "provincial department", 2016,
      {**meta(2016, "沅宁省统计局", "work_summary", "2017-01-10"),
       "narrative.active_total": 2874, "narrative.press_conferences": 12, "narrative.interpretations": 58,
       "narrative.new_media_posts": None, "narrative.applications_received": 37,
       "narrative.applications_completed": 36, "narrative.applications_carried_forward": 3,
       "narrative.fees_collected": 0, "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 14, "narrative.cppcc_proposals": 21},
      "FORM: REAL LibreOffice 7.4.7.2 output: src/lo/summary.html was saved as a Word 97 .doc ('doc:MS Word 97') and the "
      ".doc converted with '--convert-to txt:Text (encoded):UTF8' (what `unoconv -f txt` runs); src/lo/build.sh, "
      "SHA256SUMS. The text starts with a UTF-8 BOM (kept: it is the tool's output), a paragraph a line, no blank lines. The "
      "section heads 一、二、三 were Word auto-numbering (cjk-ideographic), each a restarted list: the export prints them all "
      "as '        1. ' with eight spaces, so the last head reads '1. 2017年工作打算'; the footnote on the intake figure lost "
      "its text and left its mark glued to the unit ('申请37件1，加上2015年结转的2件'). KIND work_summary (政务公开工作总结). "
      "GOLD: active_total 2874 ('全年通过省统计局门户网站主动公开政府信息2,874条'; 其中统计数据信息1,962条 is a part); "
      "press_conferences 12 ('召开全省国民经济运行情况新闻发布会12场'; 局主要负责同志出席4场 is a part); interpretations 58 "
      "('发布统计数据解读和政策解读稿件58篇'); new_media_posts NULL ('推送信息约900条'); applications_received 37 (the footnote "
      "mark 1 after 件 is not part of it); applications_completed 36; applications_carried_forward 3 ('结转2017年办理3件'; "
      "37+2 = 39 = 36+3, checked); fees_collected 0 ('全年依申请提供信息未收取费用'); reviews 1 ('全年被申请行政复议1件'); "
      "lawsuits 0 ('未发生因政府信息公开提起的行政诉讼'); npc_suggestions 14, cppcc_proposals 21. DISTRACTORS: 2015年结转的2件 "
      "(carry-over), 共需办理39件, 2015年共收到申请29件 (another year); 全省统计系统…3.1万余条 (the system, approximate); "
      "统计法规和规范性文件26件; the 2017 target 不少于3,000条; 中办发〔2016〕8号; the auto-number '1.' before 2017年. "
      "published 2017-01-10: the signature (the .doc has no other date).")

entry("tanxi-county-2009-sina-blog-repost.html", "sina-blog-2010-repost-wbr-nbsp-original-address",
      "pre2019", "郯溪县人民政府", "county government", 2009,
      {**meta(2009, "郯溪县人民政府", "annual_report", "2010-03-29"),
       "narrative.active_total": 2347, "narrative.press_conferences": 9, "narrative.applications_received": 34,
       "narrative.applications_completed": 32, "narrative.applications_carried_forward": 2,
       "narrative.fees_collected": 60, "narrative.reviews": 1, "narrative.lawsuits": 0},
      "FORM: a 2010 新浪博客 article page: a local-history blogger (郯溪风物) reposted (转载) the county's own blog post; the "
      "title carries '[转载]', '(2010-04-12 16:23:05)', 标签：杂谈 分类：政务信息, then '原文地址：… 作者：郯溪政务', the text as "
      "Sina's editor stored it (paragraphs as '&nbsp;<wbr>' runs and <br />, heads in <b>), 阅读(86)┊评论(0)┊收藏(0)┊转载(1), "
      "前一篇 the 2008 report / 后一篇 the 2010 政府工作报告, the blogger's sidebar (博客访问：31,907). Written by src/make.py. "
      "STRESS: every figure in Chinese numerals (二千三百四十七, 一千八百三十五, 三十四, 两件, 六十元); 2008's partial-year figure "
      "beside 2009's; 逾四十万人次; 行政申诉两件 beside the one review. GOLD: active_total 2347 ('全县共主动公开政府信息二千三百"
      "四十七条'; a county government's 全县 figure is its own, prose9/prose14; parts 512+1835 = 2347, checked); "
      "press_conferences 9 ('全年召开新闻发布会九次'); applications_received 34 ('全县共收到政府信息公开申请三十四件'; 21+8+5 = 34, "
      "checked); applications_completed 32 ('已答复三十二件'; 24+3+3+2 = 32, checked); applications_carried_forward 2 ('其余两件"
      "…结转至2010年办理'; 32+2 = 34, checked); fees_collected 60 ('收取检索、复制费用共计六十元'); reviews 1 ('申请行政复议的"
      "案件一件'); lawsuits 0 ('未发生行政诉讼'). No npc/cppcc, interpretations or new media figure is stated (no key). "
      "DISTRACTORS: 2008年（5月至12月）为一千一百零九条; 县政府本级五百一十二条 / 县直部门和乡镇一千八百三十五条 (parts); channels "
      "二十一 / 八 / 五; 减免费用二十元 (waived); 行政申诉两件 (not a review); 逾四十万人次 (visits); blog counters. published "
      "2010-03-29: the signature '二〇一〇年三月二十九日'; 2010-04-12 16:23:05 is the repost.")

with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(M, f, ensure_ascii=False, indent=1)
    f.write("\n")
