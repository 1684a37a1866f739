#!/usr/bin/env python3
"""Write manifest.json for set prose14.  The gold is hand-written here; check.py verifies it against the
files.  Run: python3 make_manifest.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

E = []


def entry(file, form, era, agency, level, year, gold, notes):
    E.append({"file": file, "form": form, "era": era, "agency": agency, "level": level,
              "year": year, "gold": gold, "notes": notes})


def meta(year, agency, kind, template, published):
    return {"year": year, "agency": agency, "kind": kind, "template": template, "script": "hans",
            "published": published}


def narr(**kw):
    return {"narrative." + k: v for k, v in kw.items()}


# 1 ------------------------------------------------------------------------------------------------------------
g = meta(2011, "滍川县人民政府", "annual_report", "none", "2012-03-26")
g.update(narr(active_total=1020, press_conferences=7, new_media_posts=None, applications_received=52,
              applications_completed=50, applications_carried_forward=2, fees_collected=105, reviews=1, lawsuits=0,
              npc_suggestions=103, cppcc_proposals=120))
entry("zhichuan-county-2011-gb2312-saved-page.html", "ie8-saved-page-html-only-gb2312-meta-utf8-bytes-chinese-numerals",
      "pre2019", "滍川县人民政府", "county government", 2011, g,
      "FORM: a 2012 county-portal article page (table layout, 索引号/发布机构/生成日期 box, 点击数, 【打印本页】, 相关信息 list, "
      "footer) as Internet Explorer 8 saved it with '网页，仅 HTML': MSHTML re-serialises the DOM with UPPER-CASE tags and "
      "unquoted attributes, adds '<!-- saved from url=(0062)… -->' and '<META name=GENERATOR content=\"MSHTML 8.00…\">', and "
      "writes CRLF. The collector converted the bytes from GBK to UTF-8 with iconv and left the tag <META content=\"text/html; "
      "charset=gb2312\">: the file is UTF-8 while its meta says gb2312 (the original bytes cannot have been strict GB2312: 滍 "
      "and 〇 are GBK only, as on most pages labelled gb2312). Written by src/zhichuan/make_page.py. STRESS: EVERY FIGURE OF "
      "THE REPORT IS IN CHINESE NUMERALS, with 〇 in years and 零 inside numbers (一千零二十, 八百零六, 一百零五, 一百零三, "
      "三千零七, 二百零六), 两 (两件), percentages as 百分之九十八点五, and the signature date with U+25CB ○ for zero "
      "('二○一二年三月二十六日'); the year only as 二〇一一 in the title and scope sentence. GOLD: active_total 1020 "
      "('全县共主动公开政府信息一千零二十条'; a county government's 全县 figure is its own, as in prose9 lanxiang; parts "
      "806+114+100 = 1020 and by content 142+267+98+513 = 1020, checked, with their shares 13.9/26.2/9.6/50.3%); "
      "press_conferences 7 ('召开新闻发布会七次'); new_media_posts NULL ('“滍川发布”…至年底发布信息三百余条': 余, "
      "approximate); applications_received 52 ('全县共受理政府信息公开申请五十二件': no carry-over is mentioned; 县政府本级 "
      "19 + 县直部门 33 = 52 and channels 21+24+7 = 52 are parts, checked); applications_completed 50 ('已答复五十件'; "
      "39+4+2+3+2 = 50, checked); applications_carried_forward 2 ('另有两件…结转至二〇一二年办理'; 50+2 = 52, checked); "
      "fees_collected 105 ('共收取检索、复制、邮寄等费用一百零五元'); reviews 1 ('提起行政复议一件'); lawsuits 0 ('全年未发生"
      "因政府信息公开提起行政诉讼的情况'); npc_suggestions 103 and cppcc_proposals 120 ('承办县人大代表建议一百零三件、县政协"
      "提案一百二十件'). DISTRACTORS: 二〇一〇年的八百九十条 (another year) and 增加一百三十条 (a change); 累计…三千零七条 "
      "(cumulative); 十九件 / 三十三件 (parts); 二十一 / 二十四 / 七件 (channels); 四百三十人次 and 二百零六人次 (visits and "
      "calls); 来信来访两千余件 (petitions, approximate, not applications); 十二万余人次 (site visits); 百分之九十八点五 "
      "(catalogue rate), 百分之九十六点二 (50/52, checked); 减免费用三十元 to 两名 applicants (waived, not collected); 二十三"
      "个 / 十一个 / 七项 / 三个; the 2012 targets 不少于一千二百条 and 不少于两期; 点击数 1376, 索引号, ICP 05012735, postcode "
      "467300, phone (0396)7213086, '今天是：2012年4月6日'; the 相关信息 titles of the 2010 report and of two other bodies. "
      "published 2012-03-26: the signature '二○一二年三月二十六日'; 生成日期 / 发布日期 2012-03-28 is the posting. agency: the "
      "title and signature 滍川县人民政府 (the report says it was compiled by the 县人民政府办公室).")

# 2 ------------------------------------------------------------------------------------------------------------
g = meta(2016, "棣原县教育局", "annual_report", "none", "2017-03-22")
g.update(narr(active_total=614, interpretations=11, press_conferences=2, new_media_posts=1152, applications_received=13,
              applications_completed=12, applications_carried_forward=1, fees_collected=0, reviews=1, lawsuits=0,
              npc_suggestions=17, cppcc_proposals=23))
entry("diyuan-education-2016-odt2txt.txt", "odt2txt-of-docx-saved-as-odt-inline-footnotes-table-cells", "pre2019",
      "棣原县教育局", "county department", 2016, g,
      "FORM: real `odt2txt --encoding=UTF-8` output (Debian odt2txt 0.5) of the .odt that LibreOffice 7.4 saved from the "
      "bureau's .docx (src/diyuan/build.sh: report.fodt → report.docx → report.odt → text). odt2txt underlines headings with "
      "'=' / '-' runs, separates paragraphs with blank lines, prints EVERY TABLE CELL AS ITS OWN PARAGRAPH, and writes Word "
      "footnotes INLINE: the citation number is glued to the text before it ('…分别收到政府信息公开申请9件、13件3') and the "
      "note's text follows as a paragraph of its own IN THE MIDDLE OF THE SENTENCE, whose rest ('，2016年同比增加4件。…') "
      "comes after it. STRESS: ONE KEYWORD, SEVERAL BODIES OR YEARS IN ONE SENTENCE. The report defines 局本级 (= 局机关) and "
      "全县教育系统 (局机关 + 11所乡镇中心学校 + 8所县直学校) and gives figures for both. DECISION: the report is the "
      "bureau's (a 行政机关); the schools are not 行政机关 and answer their own requests (footnote 3), so the gold is always "
      "the 局本级 / 局机关 figure, never the system total or the schools' figures. GOLD: active_total 614 ('全县教育系统…共主动"
      "公开各类信息3,126条，其中局本级主动公开政府信息614条，各乡镇中心学校公开1,708条，县直学校公开804条'; 614+1708+804 = "
      "3126, checked; 局本级 parts 438+176 = 614 and 97+142+88+65+71+151 = 614, checked); interpretations 11 ('2015年、2016年"
      "局本级分别发布政策解读稿件7篇、11篇': the second year of a 分别 list of years); press_conferences 2 ('2016年全县教育系统、"
      "局本级分别召开新闻发布会5场、2场': the second body); new_media_posts 1152 ('“棣原教育”微信公众号全年推送信息1,152条' "
      "followed by footnote 2; the account is the bureau's: its 176 items are counted in the 614); applications_received 13 "
      "('2015年、2016年局机关分别收到政府信息公开申请9件、13件' cut by footnote 3; channels 5+6+2 = 13, checked; '2016年无上年"
      "结转的申请'; 13-9 = 4 '同比增加4件', checked); applications_completed 12 ('局机关已办结12件'; 8+1+2+1 = 12, checked); "
      "applications_carried_forward 1 ('另有1件…结转至2017年办理'; 12+1 = 13, checked); fees_collected 0 ('局机关依申请提供"
      "政府信息，未收取任何费用'); reviews 1 ('局机关因政府信息公开被申请行政复议1件'); lawsuits 0 ('未被提起行政诉讼'); "
      "npc_suggestions 17, cppcc_proposals 23 ('局本级承办县人大代表建议17件、县政协提案23件'). DISTRACTORS: the system's "
      "3,126条 and the schools' 1,708 / 804 (other bodies, in the same sentence as the gold); 2015's 9件 and 7篇 (another "
      "year, first in a 分别 list); the system's 5场 (first in a 分别 list); 各学校…约6,400条 (other bodies, approximate); the "
      "schools' 47件 inside footnote 3 and the system's 复议3件、行政诉讼1件 ('全县教育系统共发生…'); 学籍档案复印费186元 "
      "(the schools', '不属于政府信息公开收费'); footnote citations 1 / 2 / 3 glued to 机关 / 条 / 件; the table 各乡镇中心学校"
      "校务公开情况 (cells 46 6 4 … 合计 421 48 35; 46+38+41+296 = 421, 6+4+5+33 = 48, 4+3+4+24 = 35, checked), which is "
      "about schools and is no statistics table of the report: template none; 9个股室, 2个事业单位, 3名, 2次, 1期, 96人次, "
      "100%, the 2017 targets 不少于700条 / 不少于15篇. published 2017-03-22: the signature. agency: the title and "
      "signature 棣原县教育局.")

# 3 ------------------------------------------------------------------------------------------------------------
g = meta(2014, "湍江省人力资源和社会保障厅", "annual_report", "pre2019", "2015-03-20")
g.update({"active.total": 1346, "applications.new.total": 64, "applications.processed.total": 61,
          "applications.granted.total": 33, "applications.partial.total": 5, "legacy.denied": 3,
          "legacy.not_ours": 4, "legacy.not_exist": 7, "appeals.review.total": 2, "appeals.review.upheld": 1,
          "appeals.review.corrected": 1, "appeals.review.other": 0, "appeals.suit.total": 1,
          "legacy.complaints": 0, "legacy.fees_yuan": 0})
g.update(narr(active_total=1346, new_media_posts=2805, press_conferences=4, interpretations=26, applications_received=64,
              applications_completed=61, applications_carried_forward=3, fees_collected=0, reviews=2, lawsuits=1))
entry("tuanjiang-hrss-2014-pdftotext-local-table.txt", "pdftotext-default-of-pdf-with-32hao-table-this-year-last-year-change",
      "pre2019", "湍江省人力资源和社会保障厅", "provincial department", 2014, g,
      "FORM: real poppler 22.12.0 `pdftotext` output in its DEFAULT (reading-order) mode (src/tuanjiang/build.sh) of a 6-page "
      "A4 PDF drawn with reportlab like a Word file (三号 text, '— n —' page numbers, form feeds), three pages of prose and a "
      "附表《湍江省人力资源和社会保障厅2014年政府信息公开情况统计表》 in the 32号 row list with FIVE columns 指标名称 | 单位 | "
      "本年度 | 上年度 | 增减 (signed). pdftotext flattens the table into a LINE SOUP: most cells on a line of their own with "
      "blank lines between, the header as '指标名称 / 单位 本年度 / 上年度 / 增减', labels wrapped inside their cell "
      "('（一）主动公开政府信息数（不同渠道' / '和方式公开相同信息计1条）' — a '1条' inside the label), the section rows "
      "(一、主动公开情况, 二、回应解读情况 …) and one long label ('（一）回应公众关注热点或重大舆情数…') moved to the END OF "
      "THE PAGE, so that the values '次 / 7 / 5 / +2' stand after '制发规范性文件总数's row with no label of their own; the "
      "header repeated on each page and the row '（三）申请答复数…' continued across the page break. The title is wrapped "
      "('…2014年政府信' / '息公开工作年度报告'). TABLE (template pre2019; the 本年度 column, mapped as in prose4 wugang and "
      "prose8 heyuan): （一）主动公开政府信息数 1,346 → active.total; （一）收到申请数 64 → applications.new.total; （二）申请"
      "办结数 61 → applications.processed.total (申请答复数 is also 61); 2.同意公开答复数 33 → granted; 3.同意部分公开答复数 5 → "
      "partial; 4.不同意公开答复数 3 → legacy.denied (reasons 0+1+2+0+0+0 = 3, checked); 5.不属于本行政机关公开数 4 → "
      "legacy.not_ours; 6.申请信息不存在数 7 → legacy.not_exist; 四、行政复议数量 2 with （一）维持 1 / （二）被依法纠错 1 / （三）"
      "其他情形 0 → appeals.review.total / upheld / corrected / other; 五、行政诉讼数量 1 → appeals.suit.total (its split 0/0/1 "
      "has no schema key); 六、举报投诉数量 0 → legacy.complaints; 七、依申请公开信息收取的费用 万元 0 → legacy.fees_yuan 0. "
      "Every row's 增减 equals 本年度 − 上年度 (checked for each gold row). Not gold (no certain key): 1.属于已主动公开范围数 9, "
      "7./8. 告知… 0 / 0, the channel rows 18/0/39/7, 按时/延期 60/1, 规范性文件 12/12, the 回应解读, 机构, 经费 and 培训 rows. "
      "Sums: 9+33+5+3+4+7+0+0 = 61; 18+0+39+7 = 64; 60+1 = 61; 1+1+0 = 2; 0+0+1 = 1; last year 6+41+4+6+3+8+2+1 = 71, "
      "25+0+37+9 = 71 (all checked). NARRATIVE: active_total 1346 ('共主动公开政府信息1,346条，比上年增加159条，增长13.4%': 159 "
      "a change, 13.4% = 1346/1187, checked; channels 1214+21+111 = 1346, checked); new_media_posts 2805 ('“湍江人社”政务微博、"
      "微信公众号全年发布信息2,805条（其中微博2,418条、微信387条）'; 2418+387 = 2805, checked; the line break falls between “ "
      "and 湍江人社); press_conferences 4 ('全年参加或举办新闻发布会4次': the 32号 indicator's own wording, table 4); "
      "interpretations 26 ('发布政策解读稿件26篇'); applications_received 64; applications_completed 61 ('已答复61件'); "
      "applications_carried_forward 3 ('其余3件…结转至2015年办理'; 64-61 = 3; 2013 was closed 71 = 71, so no carry-over); "
      "fees_collected 0 ('未收取任何费用'); reviews 2; lawsuits 1 ('提起行政诉讼1件，目前尚在审理中'). DISTRACTORS: the 上年度 "
      "column (1,187; 71; 41; 6 …) and the 增减 column (+159, -7, -10, -8, -3 …); 0.012万元 (last year's fee, 120元); 专项经费 "
      "12.5万元 (a budget); 12333 热线 15.6万人次 and 98.7%; 招聘公告418期, 职称评审结果36批次; 其中主要负责同志参加2次; 在线访谈3次; "
      "人员5/2/3, 会议2次, 培训班3期, 186人次; the 2015 target 不少于30篇; page numbers —1— … —6—. published 2015-03-20: the "
      "signature. agency: the title (wrapped) and signature.")

# 4 ------------------------------------------------------------------------------------------------------------
g = meta(2017, "泖州市人民政府", "annual_report", "none", "2018-03-26")
g.update(narr(active_total=23600, press_conferences=42, interpretations=135, new_media_posts=None, applications_received=287,
              applications_completed=285, applications_carried_forward=8, fees_collected=1265, reviews=17, lawsuits=6,
              npc_suggestions=386, cppcc_proposals=452))
entry("maozhou-city-2017-portal-saved-page.html", "chrome-saved-page-complete-city-portal-wan-units-fees-in-wanyuan",
      "pre2019", "泖州市人民政府", "prefecture-level city government", 2017, g,
      "FORM: a 2018 city-portal article page as Chrome's '网页，全部' saves it: '<!-- saved from url=(0065)… -->', local "
      "'./…_files/' paths (jquery-1.11.3.min.js.下载), the DOM after scripts ran (浏览次数 4,826 filled in, the share bar, the "
      "相关阅读 box with summaries, the 热点排行 list), SiteName/PubDate/ContentSource meta tags, the article between "
      "<meta name=\"ContentStart\"> and <meta name=\"ContentEnd\">. Written by src/maozhou/make_page.py. STRESS: UNITS THAT "
      "CHANGE THE VALUE. GOLD: active_total 23600 ('全市各级行政机关共主动公开政府信息2.36万条': a 万 figure without an "
      "approximation marker is exact, converted, as in prose5 hanchuan; a city government's 全市 figure is its own; parts "
      "1.12万 + 1.08万 + 0.16万 = 2.36万, checked); new_media_posts NULL ('“泖州发布”政务微博、微信公众号全年发布信息约1.2万条': "
      "约, approximate — the same 万 form with a marker); press_conferences 42 ('全年召开新闻发布会42场'; 其中…出席8场 a part); "
      "interpretations 135 ('发布政策解读材料135篇'; 其中…46篇 a part); applications_received 287 ('全市共新收政府信息公开申请"
      "287件，上年结转6件': 件, where the sentence before counts 3,168人次 of visitors and the one after 312人次 of applicants; "
      "channels 64+175+48 = 287, checked); applications_completed 285 ('全年办结285件'; 41+126+29+18+37+27+5+2 = 285, "
      "checked); applications_carried_forward 8 ('结转下年度继续办理8件'; 287+6 = 285+8, checked); fees_collected 1265 "
      "('共收取检索、复制、邮寄等费用0.1265万元': fees_collected is in 元, 0.1265万元 = 1265元; the same 万 unit as the "
      "budget below); reviews 17 ('被申请行政"
      "复议17件'; 12+3+2 = 17, checked); lawsuits 6 ('被提起行政诉讼6件'; 4+2 = 6, checked); npc_suggestions 386 and "
      "cppcc_proposals 452 (section 八). DISTRACTORS: 1.12万 / 1.08万 / 0.16万条 (channels); 规范性文件26件; 财政预决算信息1,167件, "
      "3,420条, 512批次 (parts of the active total, homonyms); 约1.2万条 and 阅读量超过3,600万人次; 12345 热线 12.6万件 and 99.2% "
      "(hotline, not applications); 3,168人次 and 312人次 (人次, not 件); （2016年为0.0980万元） (last year's fee, 980元); 减免"
      "费用0.046万元 (waived, 460元); 政务公开专项经费86万元 (a budget); 全市各级行政复议机关…1,024件 (all reviews, not "
      "information-disclosure ones); 98.6%, 100%; the 2018 targets 突破2.5万条 and 不少于45场; in the 相关阅读 box AFTER the "
      "report: the 2016 report's summary (1.98万条, 新收…241件, 办结238件) and the 2017 要点's 2万条以上; 浏览次数 4,826; 网站"
      "标识码 3305000001, ICP 13004762, 公安备案号 33050202000123. published 2018-03-26: the signature (泖州市人民政府办公室, "
      "the compiler); 发布时间 / PubDate 2018-03-29 10:12 is the posting. agency: the title 泖州市人民政府.")

# 5 ------------------------------------------------------------------------------------------------------------
g = meta(2020, "淯水县医疗保障局", "annual_report", "none", "2021-01-20")
g.update(narr(active_total=416, interpretations=9, press_conferences=1, new_media_posts=523, applications_received=30,
              applications_completed=29, applications_carried_forward=2, fees_collected=0, reviews=1, lawsuits=0,
              npc_suggestions=6, cppcc_proposals=11))
entry("yushui-medsec-2020-wechat-pinned-correction.html", "wechat-article-saved-page-tables-as-images-pinned-correction-comment",
      "2019", "淯水县医疗保障局", "county department", 2020, g,
      "FORM: a WeChat 公众号 article (mp.weixin.qq.com) saved from a desktop browser after its comments had loaded: og: meta "
      "tags, <h1 id=\"activity-name\">, the account name 淯水医保 in #js_name, <em id=\"publish_time\">2021-01-22</em>, the "
      "body in <div id=\"js_content\"> as <section>/<p>/<span> with inline styles, the three tables of the 2019 format posted "
      "as PICTURES (<img data-src=\"https://mmbiz.qpic.cn/…\"> with a 1×1 GIF as src: lazy loading), 阅读 1268 / 赞 23 / 在看 "
      "12, then the 精选留言 list (#js_cmt_list) and the page script (var ct = \"1611308165\", create_time, biz, mid, sn). "
      "Written by src/yushui/make_page.py. template none (tables are images). STRESS: A CORRECTION IN A PINNED COMMENT. "
      "WeChat allows only a small edit of a published article, so the account corrected one figure in a comment it pinned "
      "(置顶): '【更正】文中“一、总体情况（二）依申请公开”部分“全年办结31件”有误，应为“全年办结29件”，特此更正'. The body "
      "still says '全年办结31件'. GOLD: applications_completed 29 (the corrected figure, as in prose7 jingtang and prose10 "
      "chengzhou; only 29 agrees with the body's own breakdown 17+3+6+3 = 29 and balances 30+1 = 29+2, checked; 31 does "
      "neither); applications_received 30 ('新收政府信息公开申请30件，上年结转1件'); applications_carried_forward 2 "
      "('结转下年度继续办理2件'); active_total 416 ('通过县政府门户网站“医疗保障”专栏主动公开政府信息416条'); interpretations 9 "
      "('发布政策解读9篇（其中图解4篇）'); press_conferences 1 ('召开新闻发布会1场'); new_media_posts 523 ('“淯水医保”微信公众号"
      "全年推送信息523条'); fees_collected 0 ('全年未收取信息处理费', section 六); reviews 1 ('被申请行政复议1件，结果维持'); "
      "lawsuits 0 ('未被提起行政诉讼'); npc_suggestions 6 and cppcc_proposals 11. DISTRACTORS: the body's 办结31件 (superseded); "
      "a reader's comment '去年的报告里新收申请才25件' (another year, and not the account's); 网上办理业务3.6万件 (医保 business, "
      "not applications); 审查拟公开信息416条 (the same figure again, a review count); 关注人数1.8万人; 培训2次, 参训86人次; "
      "阅读 1268, 赞 23, 在看 12, comment likes 15 / 6 / 3; 3号窗口; ct 1611308165, mid 2247486913, comment_id, "
      "data-ratio 1.4148, data-w 1080. published 2021-01-20: the signature at the end of js_content; publish_time "
      "2021-01-22 is the posting and 1月22日 the comment's date. agency: the <h1> title 淯水县医疗保障局2020年…; the account "
      "name 淯水医保 is not the body's name.")

# 6 ------------------------------------------------------------------------------------------------------------
g = meta(2018, "苎溪区人民政府", "work_summary", "none", "2019-01-08")
g.update(narr(active_total=11236, press_conferences=15, interpretations=64, new_media_posts=4320, applications_received=178,
              applications_completed=176, applications_carried_forward=7, fees_collected=0, reviews=6, lawsuits=2,
              npc_suggestions=97, cppcc_proposals=132))
entry("zhuxi-district-2018-summary-wvhtml.html", "wvhtml-of-word97-doc-work-summary-quoting-last-years-report", "pre2019",
      "苎溪区人民政府", "district government", 2018, g,
      "FORM: real wvWare 1.2.9 `wvHtml` output (src/zhuxi/build.sh) of a Word 97 .doc saved by LibreOffice 7.4 from the "
      "summary: HTML 4.0 with '<title> Untitled </title>' (the .doc has no title property), every paragraph a <div "
      "name=\"Body\"> holding a <p style=…>, the outline headings as <ul><li value=…> lists that wvHtml closes in the wrong "
      "places ('</ul></ul><p><div …>'), curly quotes as &ldquo; / &rdquo;, a table of one cell per <td>, and wvWare's "
      "commented-out badge at the end. kind work_summary ('苎溪区人民政府2018年政务公开工作总结'). STRESS: A WORK SUMMARY THAT "
      "FIRST QUOTES LAST YEAR'S ANNUAL REPORT, with the same keywords and units as this year's figures: '1月29日…发布《苎溪区"
      "人民政府2017年政府信息公开工作年度报告》。报告显示，2017年全区共主动公开政府信息9,874条，新收政府信息公开申请163件，"
      "办结158件，因政府信息公开被申请行政复议4件、被提起行政诉讼1件' — all five are 2017's and come before 2018's. GOLD "
      "(2018): active_total 11236 ('2018年，全区各级行政机关共主动公开政府信息11,236条，同比增长13.8%': 11236/9874 = +13.8%, "
      "checked; parts 6873+97+4266 = 11236, checked); press_conferences 15 ('全区召开新闻发布会15场'); interpretations 64 "
      "('发布政策解读材料64篇'); new_media_posts 4320 ('“苎溪发布”政务微博、微信公众号全年发布信息4,320条'); "
      "applications_received 178 ('全区新收政府信息公开申请178件，上年结转5件': the 5 are 2017's 163-158, checked); "
      "applications_completed 176 ('已办结176件'); applications_carried_forward 7 ('结转下年度继续办理7件'; 178+5 = 176+7, "
      "checked); fees_collected 0 ('全年未收取任何费用'); reviews 6 ('被申请行政复议6件'; 5+1 = 6, checked); lawsuits 2 ('被提起"
      "行政诉讼两件': 两); npc_suggestions 97, cppcc_proposals 132. The district government's 全区 figures are its own (prose9 "
      "lanxiang). DISTRACTORS: 2017's 9,874条 / 163件 / 158件 / 4件 / 1件; 32个区直部门, 9个街道（镇）; 6,873 / 97 / 4,266 "
      "(channels); 重大建设项目…1,418条 (a part); 72个 departments; 主要负责同志出席…3场; 其中…21篇; 回应网民关切问题186个; "
      "维持5件、确认违法1件; 26个领域, 347项; the 试点 table (41 612 / 39 587 / 44 498 / 223 1,215 / 合计 347 2,912: "
      "41+39+44+223 = 347, 612+587+498+1215 = 2912, checked; 街道（镇） figures, not the district's); the 2019 targets "
      "不少于1.2万条 and 不少于16场. published 2019-01-08: the signature of the 区人民政府办公室 (the document has no other "
      "date). agency: the title 苎溪区人民政府.")

# 7 ------------------------------------------------------------------------------------------------------------
g = meta(2013, "澴阳县水务局", "annual_report", "none", "2014-03-18")
g.update(narr(active_total=1108, press_conferences=3, new_media_posts=None, applications_received=15,
              applications_completed=16, applications_carried_forward=0, fees_collected=48, reviews=0, lawsuits=0))
entry("huanyang-water-2013-pdftohtml-c.html", "pdftohtml-complex-mode-positioned-p-justified-fragments-page-footers",
      "pre2019", "澴阳县水务局", "county department", 2013, g,
      "FORM: real poppler 22.12.0 `pdftohtml -c -s -noframes -i` output (src/huanyang/build.sh) of a 3-page PDF whose Info "
      "dictionary says it was printed from Word through Acrobat ('Microsoft Word - 澴阳县水务局2013年政府信息公开年报.doc', "
      "Administrator, PScript5.dll, Acrobat Distiller 9.0.0); pdftohtml copies it into <title> and <meta name=\"date\" "
      "content=\"2014-03-18T16:22:14+00:00\">. Every printed line is an absolutely positioned <p style=\"position:absolute;"
      "top:…px;left:…px;white-space:nowrap\" class=\"ft1x\">: the text is JUSTIFIED, so pdftohtml splits a line into many "
      "fragments wherever the letter-spacing widens ('新' | '收政府信息公开申请15' | '件' | '，' | '另有' | '2012', then "
      "'年' | '结转' | '申请1' | '件'), numbers stand in a different <p> from their units, and the page footer '— 2 —' is "
      "the FIRST element of page 2's div (drawn before the text), so the sentence '…通过县政府门户网站水务局子站' | '— 2 —' | "
      "'公开1,024条' runs across it. The title is cut into '…工作年度' and '报告'. GOLD: active_total 1108 ('共主动公开政府信息"
      "1,108条，较2012年的936条增加172条'; 1108-936 = 172, checked; parts 1024+84 = 1108, checked); press_conferences 3 "
      "('汛期召开防汛抗旱新闻发布会3次'); new_media_posts NULL ('“澴阳水务”官方微博全年发布信息600余条': 余); "
      "applications_received 15 ('新收政府信息公开申请15件，另有2012年结转申请1件'); applications_completed 16 ('16件申请已全部"
      "办结'; 11+2+2+1 = 16 and 15+1 = 16, checked); applications_carried_forward 0 ('无结转至2014年的申请'); fees_collected 48 "
      "('共收取复印费48元，无减免情况'); reviews 0 and lawsuits 0 ('未发生因政府信息公开申请提起行政复议、行政诉讼的情况'). "
      "DISTRACTORS: 2012年的936条 (another year), 增加172条 (a change), 2012年结转…1件 (the carry-over, which sets no key); 取水"
      "许可审批136件, 河道采砂许可28件 (licences, not applications); 水资源费1,286.4万元 and 水利建设基金3,112万元 (levies in 万元 "
      "two paragraphs before the 48元 fee); 粉丝数达1.3万人; 3名 staff; the 2014 target 不少于1,200条; the page footers "
      "— 1 — … — 3 —; pixel positions (top:…px, left:…px), font classes, page sizes 892×1262. published 2014-03-18: the "
      "signature (the PDF's CreationDate 2014-03-18T16:22:14 agrees; it is not used). agency: the title 澴阳县水务局.")

# 8 ------------------------------------------------------------------------------------------------------------
g = meta(2022, "沩宁市生态环境局", "annual_report", "none", "2023-01-18")
g.update(narr(active_total=1862, interpretations=12, press_conferences=5, new_media_posts=2034, applications_received=47,
              applications_completed=46, applications_carried_forward=4, fees_collected=0, reviews=3, lawsuits=1,
              npc_suggestions=21, cppcc_proposals=34))
entry("weining-eco-2022-nuxt-state.html", "nuxt2-ssr-page-fetched-raw-report-only-in-window-nuxt-devalue-state", "2021",
      "沩宁市生态环境局", "city department", 2022, g,
      "FORM: the server-rendered HTML of a Nuxt 2 portal's article page as a crawler fetched it (no script run), built by "
      "src/weining/build.sh: the state is serialised by the real devalue 2.0.1 (npm; the serialiser Nuxt 2 uses) into "
      "'<script>window.__NUXT__=(function(a,b,c,d,e){return {…}}(null,\"\",\"沩宁市生态环境局\",\"2023-01-30 16:20:11\","
      "\"\\u002F\"));</script>' — repeated values hoisted into the IIFE's parameters (source:c, publishTime:d), every <, > "
      "and / inside strings escaped as \\u003C, \\u003E, \\u002F, quotes as \\\". The article body is a <client-only> "
      "component, so the rendered page has only '<div class=\"content\" data-v-5d1c3a2e><!----></div>' where the report "
      "goes: THE REPORT EXISTS ONLY AS THE ESCAPED `content` STRING OF THE STATE. What the page does render, BEFORE the "
      "state, is its title, 发布时间 2023-01-30 16:20:11, 浏览次数 1532 and the 相关文章 list with the summaries of the 2021 "
      "and 2020 reports (1,645条 / 39件 / 41件; 1,437条 / 31件). The three tables are <img> in the content: template none. "
      "GOLD: active_total 1862 ('我局主动公开政府信息1,862条'); interpretations 12 ('发布政策解读12篇，其中图解5篇、视频解读2篇'); "
      "press_conferences 5; new_media_posts 2034 ('“沩宁生态环境”政务新媒体全年发布信息2,034条'); applications_received 47 "
      "('新收政府信息公开申请47件，上年结转3件'); applications_completed 46 ('办结46件'; 21+8+11+4+2 = 46, checked); "
      "applications_carried_forward 4 ('结转下年度继续办理4件'; 47+3 = 46+4, checked); fees_collected 0 ('2022年，我局未收取"
      "信息处理费'); reviews 3 ('被申请行政复议3件，其中维持2件、尚未审结1件'; 2+1 = 3, checked); lawsuits 1; npc_suggestions 21 "
      "and cppcc_proposals 34. DISTRACTORS: the 2021 and 2020 summaries in the rendered 相关文章 list; 环境影响评价审批文件143件 and "
      "行政处罚决定186件 (parts of the active total; table-二 facts in prose that must not create active.* keys); 清理规范性文件"
      "17件, 废止3件; 网站访问量86.3万人次; 环境信访投诉1,263件 and 100% (petitions, not applications); 培训3次, 152人次; "
      "id 618243, channelId 3107, hits 1532, indexCode WNSTHJ-2023-00016, siteCode 4305000031, ICP 12008631, police "
      "43050202000217, data-v hashes, /_nuxt/ chunk names. published 2023-01-18: the signature at the end of the content; "
      "publishTime 2023-01-30 is the posting. agency: the title inside the content (also the page's <h1>).")

# 9 ------------------------------------------------------------------------------------------------------------
g = meta(2010, "涢西县溇塘乡人民政府", "annual_report", "none", "2011-03-15")
g.update(narr(active_total=237, applications_received=3, applications_completed=3, applications_carried_forward=0,
              fees_collected=0, reviews=0, lawsuits=0))
entry("louting-township-2010-evernote.enex", "evernote-enex-export-of-web-clip-with-researchers-note-and-highlight",
      "pre2019", "涢西县溇塘乡人民政府", "township government (乡)", 2010, g,
      "FORM: an Evernote / 印象笔记 export (.enex, evernote-export3.dtd, application=\"Evernote/Windows\") of one web clip "
      "made in April 2019, written by src/louting/make_enex.py: <note> with <title> (the page title), the ENML note as a "
      "CDATA block (its own XML declaration and en-note DOCTYPE), <created>20190412T083015Z</created>, <updated>, three "
      "<tag>s, <note-attributes> (source web.clip, source-url), and the page's logo as a base64 <resource> referenced by "
      "<en-media hash=\"…\">. The clip keeps the page's inline styles, and one figure carries Evernote's highlighter "
      "(<span style=\"-evernote-highlight:true; background-color:#FFFFb0;\">237</span>条). STRESS: A RESEARCHER'S NOTE "
      "ABOVE THE REPORT, with figures that are not the report's: '【摘录说明】…溇塘乡2009年年报称主动公开政府信息198条；县政府"
      "2010年年报汇总全县乡镇为3,861条；本乡申请件数与县法制办统计（5件）不一致，待核。' GOLD (the clipped report): "
      "active_total 237 ('乡政府主动公开政府信息237条'; parts 129+108 = 237, checked); applications_received 3 ('收到书面政府"
      "信息公开申请3件，均为当面申请'); applications_completed 3 ('3件申请均在法定期限内答复，其中同意公开2件，信息不存在1件'; "
      "2+1 = 3, checked); applications_carried_forward 0 ('无结转至2011年办理的申请'); fees_collected 0 ('未收取任何费用'); "
      "reviews 0 and lawsuits 0 ('本年度没有发生因政府信息公开申请提起行政复议和行政诉讼的情况'). DISTRACTORS: the note's 198条 "
      "(2009), 3,861条 (the county's towns together) and 5件 (another office's count, which the gold does not follow: the "
      "report says 3); 全乡14个行政村公开村务信息1,152条 (村务公开 of villages, '不计入政府信息公开统计'); 接待群众咨询156人次; "
      "2名, 2处, 14块; the 2011 target 不少于260条; 浏览次数 341; the export's dates 20190412 / 20190415 / 2019年4月12日, the "
      "resource's size 120×24 and its md5. published 2011-03-15: the signature; the clip's 发布时间 2011-03-21 09:35 is the "
      "posting. agency: the clipped title 涢西县溇塘乡人民政府 (the signature has the short 溇塘乡人民政府).")


def main():
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
