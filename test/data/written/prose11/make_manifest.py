#!/usr/bin/env python3
"""Write manifest.json for set prose11.  The gold is hand-written here; check.py verifies it
against the files.  Run: python3 make_manifest.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

E = []


def entry(file, form, era, agency, level, year, gold, notes):
    E.append({"file": file, "form": form, "era": era, "agency": agency, "level": level,
              "year": year, "gold": gold, "notes": notes})


entry("cenyuan-civil-affairs-2011-wget.warc", "wget-warc-record-cms-page-local-table", "pre2019", "岑源县民政局",
      "county department", 2011,
      {"year": 2011, "agency": "岑源县民政局", "kind": "annual_report", "template": "pre2019", "script": "hans",
       "published": "2012-03-26",
       "active.total": 426, "applications.new.total": 37, "applications.processed.total": 35,
       "applications.granted.total": 26, "applications.partial.total": 3,
       "legacy.denied": 6, "legacy.not_exist": 2, "legacy.not_ours": 3, "legacy.unclear": 1,
       "appeals.review.total": 1, "appeals.suit.total": 0, "legacy.complaints": 0, "legacy.fees_yuan": 0,
       "legacy.cumulative.denied": 13, "legacy.cumulative.not_exist": 5, "legacy.cumulative.not_ours": 6,
       "legacy.cumulative.unclear": 2, "legacy.cumulative.complaints": 0, "legacy.cumulative.fees_yuan": 45,
       "narrative.active_total": 426, "narrative.applications_received": 37,
       "narrative.applications_completed": 35, "narrative.applications_carried_forward": 2,
       "narrative.fees_collected": 0, "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 14, "narrative.cppcc_proposals": 19},
      "FORM: a real WARC/1.0 file written by GNU Wget 1.21.3 (`wget --warc-file=cenyuan --no-warc-compression`, "
      "src/cenyuan/wget.sh): a warcinfo record, the request record, the response record (HTTP/1.1 headers with "
      "CRLF, then the page as served), a metadata record (MANIFEST.txt) and two resource records (the wget "
      "arguments and wget's own log, dated 2026-11-23, the crawl). The page was served on 127.0.0.1 and wget went "
      "through it as a proxy, so WARC-Target-URI is the portal's URL and the log says `Connecting to "
      "127.0.0.1:18432... Proxy request sent`. The page is a 2012-era table-layout CMS page (索引号/发布机构/发文日期 "
      "box, 发布时间 2012-03-29 10:42:17, 浏览次数 1376, footer with ICP number and postcode) carrying the report and "
      "its local 附表. STRESS 1: THE YEAR IS PRINTED ONLY IN CHINESE NUMERALS: 二〇一一年度 in the title, "
      "二〇一一年一月一日…十二月三十一日 in the scope sentence; the Arabic string 2011 occurs nowhere in the file "
      "(checked); 2012 does (URL, 发文日期, Last-Modified, signature year 二〇一二). year 2011. STRESS 2: A LOCAL "
      "定西-style 统计表 (指标名称 | 单位 | 本年度 | 历年累计) in an HTML <table>: template pre2019, mapped as in "
      "prose6 luwan and prose7 luanjiang: 主动公开政府信息数 426 → active.total; 受理申请总数 37 → "
      "applications.new.total; 对申请的答复总数 35 → applications.processed.total; 同意公开 26 → granted; 同意部分公开 "
      "3 → partial; 否决公开答复总数 6 → legacy.denied with its nested reasons 信息不存在 2 / 非本部门掌握 3 / "
      "申请内容不明确 1 → legacy.not_exist / not_ours / unclear (parts OF the 6: 2+3+1 = 6, checked); 行政复议数 1, "
      "行政诉讼数 0 → appeals.review.total / appeals.suit.total; 行政申诉数 0 → legacy.complaints; 依申请公开收取费用 0 元 "
      "→ legacy.fees_yuan. 历年累计 values only where the base key is legacy: denied 13, not_exist 5, not_ours 6, "
      "unclear 2, complaints 0, fees_yuan 45 (the prose explains the 45元: 二〇〇九年收取的复制费). The cumulative "
      "values of mapped paths (1,207; 71; 69; 51; 5; 2; 1) have no key. Channels 21/11/5 (cumulative 40/22/9) and "
      "全文电子化 398/1,105 are sub-rows, not their parents. Sums checked: 23+71+18+247+67 = 426; 21+11+5 = 37; "
      "26+3+6 = 35; 35+2 = 37; 40+22+9 = 71; 51+5+13 = 69; 5+6+2 = 13; 69+2 = 71. NARRATIVE: active_total 426 "
      "('全年共主动公开政府信息426条，比上年增加58条' — 58 is a change); applications_received 37 ('…申请37件，比上年"
      "增加12件' — 12 is a change; 受理 here has no carry-over: the table's 受理申请总数 37 = 35 + 2 carried forward); "
      "completed 35 ('已答复35件'); carried_forward 2 ('另有2件…结转至下年度继续办理'); fees 0 ('未收取…任何费用'; the "
      "45元 is 历年累计); reviews 1 (维持); lawsuits 0 ('未发生因政府信息公开提起行政诉讼的情况'); npc 14, cppcc 19. "
      "HOMONYMS: 城乡最低生活保障申请1,236户, 临时救助申请418件, 婚姻登记2,418对 ('不属于政府信息公开申请'). "
      "Other distractors: 1,560余条 posted on notice boards (approximate, not the total), 3.2万人次 visits, 3名 staff, "
      "2次/85人次 training, target 不少于500条, 办结率100%, postcode 427300, phone 0743-6521308, 索引号 "
      "43BC2-0307-2012-00011, HTTP Content-Length 9930, WARC Content-Length values. published 2012-03-26: the "
      "signature's 二〇一二年三月二十六日; the page's 发文日期/发布时间 2012-03-29 and Last-Modified are the posting, "
      "WARC-Date 2026-11-23 the crawl. agency: title and signature 岑源县民政局; the site is the county government's "
      "(主办：岑源县人民政府办公室).")

entry("lanyu-emergency-2021-gbk-qp.eml", "rfc822-email-gbk-quoted-printable-tables-as-png-attachments", "2021",
      "枫港市蓝屿区应急管理局", "district department", 2021,
      {"year": 2021, "agency": "枫港市蓝屿区应急管理局", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2022-01-18",
       "narrative.active_total": 318, "narrative.interpretations": 7, "narrative.new_media_posts": None,
       "narrative.applications_received": 12, "narrative.applications_completed": 13,
       "narrative.applications_carried_forward": 0, "narrative.reviews": 1, "narrative.lawsuits": 1,
       "narrative.fees_collected": 0, "narrative.npc_suggestions": 3, "narrative.cppcc_proposals": 5},
      "FORM: a raw e-mail (.eml, CRLF) as Foxmail 7.2 sends it, built with Python's email package "
      "(src/lanyu/make_eml.py): Received/Date/From/To/Subject headers with RFC 2047 `=?GBK?B?…?=` words (the "
      "subject is '回复：关于报送2021年度政府信息公开工作年度报告的通知'), multipart/mixed with a preamble; the ONLY text "
      "part is text/plain; charset=\"GBK\" in QUOTED-PRINTABLE (every Chinese byte is =XX, soft line breaks `=` cut "
      "lines inside characters and numbers), then three image/png attachments (表二.png, 表三.png, 表四.png, base64, "
      "names RFC 2047-encoded): the report's tables were sent as pictures, so template none. The file is pure 7-bit "
      "ASCII (checked). The text part is: a cover note to 区政务公开办 ('今年我局依申请公开数量比去年有所增加（2020年为7件）'), "
      "the report, the signature, then Foxmail's quoted original ('------------------ 原始邮件 ------------------', the "
      "office's notice: deadline 2022年1月21日, publish by 1月31日, '2020年度全区38个单位中有9个单位表格数据勾稽关系不一致'). "
      "GOLD (the report): active_total 318 ('主动公开政府信息318条'; 127+96+22+73 = 318, checked); interpretations 7 "
      "('发布政策解读7篇'); new_media_posts NULL: the only figure is '“蓝屿应急”微信公众号全年推送信息近300条' (近 = "
      "approximate). applications_received 12 ('全年新收政府信息公开申请12件，上年结转1件'; the cover note's 7 is 2020's); "
      "completed 13 ('截至12月31日共办结13件'; outcomes 6+2+3+1+1 = 13, checked; 12+1 = 13); carried_forward 0 "
      "('本年度无结转下年度继续办理的申请'); reviews 1 (复议机关维持) and lawsuits 1 ('被提起行政诉讼1件，目前尚未审结' — "
      "pending, still one suit); fees 0 ('未收取信息处理费'); npc 3, cppcc 5. DISTRACTORS: 审查拟公开信息331条，其中13条…未予公开 "
      "(review, not publication); 行政处罚决定86件, 行政强制决定4件 (table 二 facts restated in prose; no narrative key); "
      "安全生产举报投诉142件 ('不属于政府信息公开申请'); 关注用户1.8万人; 培训2次/60人次; target 不少于10篇; the notice's "
      "38/9 units; phone 0593-7812406. published 2022-01-18 (the signature); the mail's Date (2022-01-19) and the "
      "notice's dates (2022-01-05, 1月21日, 1月31日) are not. agency: the title and signature print the full name "
      "枫港市蓝屿区应急管理局 (the sender's display name 蓝屿区应急管理局办公室 is the office that mailed it).")

entry("baizhou-mingxi-eco-2020-discuz-print.html", "discuz-forum-thread-printable-view-repost-with-comments", "2019",
      "柏州市生态环境局茗溪分局", "county-level branch of a city department (生态环境分局)", 2020,
      {"year": 2020, "agency": "柏州市生态环境局茗溪分局", "kind": "annual_report", "template": "none",
       "script": "hans", "published": "2021-01-25",
       "narrative.active_total": 482, "narrative.press_conferences": 2, "narrative.interpretations": 4,
       "narrative.new_media_posts": 213, "narrative.applications_received": 15,
       "narrative.applications_completed": 16, "narrative.applications_carried_forward": 1,
       "narrative.reviews": 2, "narrative.lawsuits": 1, "narrative.fees_collected": 0,
       "narrative.npc_suggestions": 6, "narrative.cppcc_proposals": 9},
      "FORM: the 打印本页 (printable) view of a Discuz! X3.4 forum thread saved as HTML: `<h1>` forum name, `<b>标题: "
      "</b>` … `<b>作者: </b>user&nbsp; &nbsp; <b>时间: </b>2021-2-3 10:12<br />` per post, posts separated by "
      "`<hr noshade size=\"2\" …>`, quotes as `<div class=\"quote\"><blockquote>` with '… 发表于 2021-2-3 14:48', "
      "'本帖最后由 … 编辑', and the closing 'Powered by Discuz! X3.4' line. A citizen reposts ('[转帖]') the 2020 report of "
      "柏州市生态环境局茗溪分局 with his own comment before it ('去年我自己就向他们申请过3次，有2次给了答复'; '原文网站上的"
      "发布日期是2021-01-28') and after it; the tables were pictures on the original page and came along as <img> "
      "links (template none). Four replies discuss the figures. STRESS: ONLY THE REPOSTED REPORT IS GOLD; the "
      "commentary around it carries other years' and other bodies' figures: '那年是9件，一年多了6件' (2019's and the "
      "change), '市生态环境局本级…全年收到申请46件，复议5件' (the city bureau), '复议2件就有1件被纠正', '打了12369十几次'. "
      "check.py asserts every narrative source lies between the report's title and its signature. GOLD: active_total 482 "
      "('全年主动公开政府信息482条，同比增长14.8%'; 96+41+58+177+110 = 482 and 482/420 = +14.8%, checked); "
      "press_conferences 2; interpretations 4; new_media_posts 213 ('“茗溪生态环境”微信公众号发布信息213条'); "
      "applications_received 15 ('全年新收…15件，较上年增加6件；上年结转2件' — 6 a change, 2 carried over); completed 16 "
      "(outcomes 7+3+1+4+1 = 16, checked); carried_forward 1 (15+2 = 16+1); reviews 2 ('…行政复议2件，其中结果维持1件、"
      "结果纠正1件'); lawsuits 1 (驳回); fees 0 ('未收取政府信息公开相关费用'); npc 6, cppcc 9. DISTRACTORS in the report: "
      "'对拟公开的482条信息逐条审查' (repeats the total), 规范性文件 废止3件, 培训1次/40人次, 12369 平台 环境信访投诉318件 "
      "('不属于政府信息公开申请'), target 不少于8篇, 'the 2015年以前' year, image file names with long digit runs. "
      "published 2021-01-25 (the signature); 2021-01-28 (the original page, quoted by the poster) and 2021-2-3 (the "
      "thread) are not. year 2020. kind annual_report: the file carries the report; the thread is its vehicle (as "
      "prose9's 通报 carrying a county report).")

entry("jihai-ocean-fishery-2013-tw-portal-hant.txt", "taiwan-research-portal-page-copy-opencc-s2twp-minguo-dates",
      "pre2019", "霁海市海洋与渔业局", "city department", 2013,
      {"year": 2013, "agency": "霁海市海洋与渔业局", "kind": "annual_report", "template": "none", "script": "hant",
       "published": "2014-03-24",
       "narrative.active_total": 1236, "narrative.press_conferences": 3, "narrative.interpretations": 5,
       "narrative.applications_received": 19, "narrative.applications_completed": 18,
       "narrative.applications_carried_forward": 1, "narrative.fees_collected": 36,
       "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 11, "narrative.cppcc_proposals": 17},
      "FORM: the text of a record page (Ctrl+A copy) in a Taiwan university research centre's database of mainland "
      "open-government reports: 跳到主要內容區塊 / ::: accessibility anchors, breadcrumb, a tab-separated metadata "
      "block with 民國 dates (資料年度 民國102年, 原文發布日期 民國103年3月27日, 本站刊登日期 民國103年5月12日), a 轉換說明, "
      "an 編者摘要 written in Chinese numerals (民國一○二年, 一千二百餘則, 十九件, 三件, 一件), then 全文, then an 編者註 and "
      "the footer (瀏覽人次：38,516). The full text is the simplified report converted by REAL OpenCC 1.1.6 with s2twp "
      "(src/jihai/build.sh): Taiwan characters AND phrases — 信息→資訊, 网站→入口網站, 数据→資料, 项目→專案, 通过→透過, "
      "设置→設定, and 发布→釋出, so the press conferences read '召開新聞釋出會3場' and the interpretations '釋出政策解讀"
      "材料5篇'. script hant; agency normalised to simplified 霁海市海洋与渔业局 (schema). STRESS 1: 民國 YEARS in the "
      "portal's own text (102 = 2013, 103 = 2014) and its page title '…民國102年政府資訊公開工作年度報告'; the body keeps "
      "2013 ('本報告中所列資料的統計期限自2013年1月1日起至2013年12月31日止'). year 2013. published 2014-03-24 (the "
      "signature); 民國103年3月27日 is the original page's date, 民國103年5月12日 the portal's. STRESS 2: THE EDITOR'S "
      "FIGURES: 一千二百餘則 (approximate restatement), '新臺幣160元' (a currency conversion of the 36元 fee), '較前一年"
      "減少三件' (a change). STRESS 3: CHINESE NUMERALS BESIDE ARABIC in the body: '全年共受理政府資訊公開申請十九件，比"
      "上年減少三件' (received 19; 三 is a change) next to Arabic channels 7/9/3 (= 19, checked). GOLD: active_total 1236 "
      "('全年共主動公開政府資訊1,236條'; channels 1,021+215 and categories 56+143+38+487+512 both = 1,236, checked); "
      "press_conferences 3 (新聞釋出會 = 新闻发布会); interpretations 5; completed 18 ('已答覆18件'; 11+2+1+2+2 = 18, "
      "checked); carried_forward 1 ('另有1件因需徵求第三方意見，延期至2014年1月答覆' — pending at the year's end, stated "
      "without 結轉, as prose8's songling); fees 36 ('收取檢索、複製、郵寄費用36元，未有減免情況'); reviews 1 (維持); lawsuits "
      "0 ('未發生…行政訴訟的情況'); npc 11, cppcc 17. HOMONYMS: 漁船檢驗3,412艘次, 海域使用權申請27宗, 漁業捕撈許可證856本 "
      "('不屬於政府資訊公開申請'). Other distractors: 4名 staff, 培訓2期, target 不少於1,500條, the related items naming "
      "民國101年 and another body (滄瀾省海洋與漁業廳), the portal's address and phone.")

entry("tinglan-street-2022-summary-wechat-export.txt", "wechat-group-chat-export-text-15-char-lines", "2021",
      "珂城区汀兰街道办事处", "街道办事处", 2022,
      {"year": 2022, "agency": "珂城区汀兰街道办事处", "kind": "work_summary", "template": "none", "script": "hans",
       "published": "2022-12-30",
       "narrative.active_total": 1284, "narrative.new_media_posts": 326, "narrative.interpretations": 3,
       "narrative.applications_received": 5, "narrative.applications_completed": 6,
       "narrative.applications_carried_forward": 0, "narrative.fees_collected": 0,
       "narrative.reviews": 0, "narrative.lawsuits": 0},
      "FORM: a WeChat group's history as a chat-export tool writes it (src/tinglan/make_chat.py): a ===== header "
      "(聊天对象 汀兰街道政务公开工作群, 导出时间 2023-01-09 18:22:41, 消息条数 17), then 'YYYY-MM-DD hh:mm:ss sender' and "
      "the message, a blank line between messages. The street office's 2022 政务公开工作总结 was pasted in four messages "
      "from a phone note that breaks its lines EVERY 15 CHARACTERS (code points; digits and punctuation count), so "
      "words and numbers are cut: '…政务信息1,2' / '84条，同比增长9.1%' (checked: 1,284 never stands whole inside the "
      "summary), '突破2' / '.1万人', '申请5件，上年结' / '转1件', '无结转下年度办理的申' / '请'. kind work_summary. "
      "STRESS: THE DISCUSSION AROUND THE PASTED TEXT: '区里的汇总表上我们报的不是6件吗？' / '表上的6件是办结数，含上年结转的"
      "1件，今年新收的是5件' (confirms received 5, completed 6); a forwarded notice '全区12个街道2022年共收到政府信息公开申请"
      "87件' (the district); '隔壁金沙街道报的是11件' (another street); '公众号的326篇要不要加进去？' / '不加' (326 is not "
      "part of the active total); '恳谈会14场可以写成“召开新闻发布会”吗？' / '不行' (no press conferences: no key, a "
      "恳谈会 is not one). GOLD (the summary): active_total 1284 ('…主动公开政务信息1,284条，同比增长9.1%'; 412+872 = "
      "1,284 and 1284/1177 = +9.1%, checked); new_media_posts 326 ('“汀兰发布”公众号全年推送326篇'); interpretations 3; "
      "applications_received 5; completed 6 (5 + 1 carried over); carried_forward 0 ('无结转下年度办理的申请'); fees 0 "
      "('未收取任何费用'); reviews 0 and lawsuits 0 ('全年未发生…行政复议和行政诉讼'). DISTRACTORS: 2.1万人 followers, "
      "12345热线工单2,316件 and 99.2%, 7个社区, 2023 targets (不少于1,400条, 每季度至少1篇), the chat's times, the file "
      "size 23.6KB. published 2022-12-30 (the summary's date line); the chat (2023-01-06) and the export (2023-01-09) are "
      "not. agency: the title's 珂城区汀兰街道办事处 (the chat says 汀兰街道).")

entry("ruiyang-grain-2017-bulletin-pdftotext-raw.txt", "pdftotext-raw-two-column-bulletin-sidebar-first", "pre2019",
      "芮阳县粮食局", "county department", 2017,
      {"year": 2017, "agency": "芮阳县粮食局", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2018-01-26",
       "narrative.active_total": 236, "narrative.interpretations": 6, "narrative.new_media_posts": None,
       "narrative.press_conferences": 1, "narrative.applications_received": 8,
       "narrative.applications_completed": 8, "narrative.applications_carried_forward": 0,
       "narrative.fees_collected": 0, "narrative.reviews": 0, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 2, "narrative.cppcc_proposals": 3},
      "FORM: REAL `pdftotext -raw` (poppler 22.12) of a two-column A4 《芮阳县粮食局工作简报》2018年第3期 set with "
      "reportlab (src/ruiyang: bulletin.txt, sidebar.txt, make_pdf.py, build.sh; the PDF is kept). -raw follows the "
      "content stream: each page's number (— 1 —, — 2 —) comes FIRST, then a boxed sidebar 【政务公开动态】 that sits at "
      "the foot of the right column but is drawn before the columns, then the masthead, 本期要目, and the two columns "
      "in order, every line cut at the column's width (about 20 characters, a comma may start a line), the second page "
      "number inside the target sentence ('力争全年主动' / '— 2 —' / '公开政府信息不少于260条'). STRESS 1: THE SIDEBAR "
      "COMES BEFORE THE REPORT and carries the whole county's figures: '2017年全县各部门共收到政府信息公开申请173件，办结"
      "171件，结转2件；全县共召开新闻发布会21场' (checked: it precedes the report's title). STRESS 2: THE REPORT INSIDE A "
      "BULLETIN: the masthead date 2018年3月20日 is the issue's; 【简讯】 after the report carries 1,260条 price data, "
      "46人次/37人次 visitors, 3.2万吨 and 8,500吨 grain. GOLD (the report): active_total 236 ('全年共主动公开政府信息236条，"
      "比上年增加31条'; 12+41+97+9+77 = 236, checked); interpretations 6; new_media_posts NULL ('“芮阳粮食”微信公众号全年"
      "推送信息100余条', approximate); press_conferences 1 ('联合县政府新闻办召开新闻发布会1次' — held jointly, so held); "
      "applications_received 8 ('…申请8件，比上年增加5件' — 5 a change; channels 4+3+1 = 8, checked); completed 8 "
      "(5+1+1+1 = 8, checked); carried_forward 0 ('无结转下年度办理的申请'); fees 0; reviews 0 and lawsuits 0 ('本年度未发生"
      "因政府信息公开引起的行政复议、行政诉讼和举报投诉'); npc 2, cppcc 3. Other distractors: 14个 收购网点, 回应社会关切3次, "
      "专职1名/兼职3名, 专项经费0.8万元, targets 不少于260条/8篇, 43个部门, 96.5分, 第3期 / 总第57期, 共印30份. published "
      "2018-01-26 (the report's signature), not the issue date 2018-03-20. agency: title and signature 芮阳县粮食局; the "
      "bulletin is the same body's.")

entry("linzhou-land-2015-docx-footnotes-pandoc-plain.txt", "pandoc-plain-of-docx-with-word-footnotes", "pre2019",
      "蔺州市国土资源局", "city department", 2015,
      {"year": 2015, "agency": "蔺州市国土资源局", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2016-03-22",
       "narrative.active_total": 1548, "narrative.interpretations": 9, "narrative.press_conferences": 2,
       "narrative.applications_received": 18, "narrative.applications_completed": 21,
       "narrative.applications_carried_forward": 0, "narrative.fees_collected": 84,
       "narrative.reviews": 2, "narrative.lawsuits": 1,
       "narrative.npc_suggestions": 15, "narrative.cppcc_proposals": 22},
      "FORM: REAL pandoc 2.17 output: a .docx with real Word footnotes (word/footnotes.xml; src/linzhou/report.docx, "
      "made by pandoc from report.md) converted with `pandoc report.docx -t plain` (src/linzhou/build.sh). The plain "
      "writer prints each note mark as [n] glued to the figure before it ('1,548条[1]', '2次[2]', '21件[3]', '2件[6]', "
      "'15件[7]') and the seven notes after the signature ('[1] 不同渠道…'). Paragraphs are single long lines. STRESS: "
      "FIGURES THAT ONLY THE FOOTNOTES GIVE OR QUALIFY. (1) applications_received 18: the body says '全年共受理政府信息公开"
      "申请21件[3]，已答复21件' and note [3] says '含2014年12月下旬收到、结转至本年度办理的3件；本年度新收申请18件。' — 受理 21 "
      "includes the 3 carried over (18+3 = 21, checked), the requests received in 2015 are 18 (as prose6's 受理 with "
      "新收 under it). (2) cppcc_proposals 22 only in note [7] ('另承办市政协委员提案22件'); the body names only the 人大 "
      "建议 15件. (3) reviews 2: note [6] excludes a third review ('与政府信息公开无关，未计入'); the mark [6] stands right "
      "after '2件'. (4) fees 84 ('收取检索、复制费用合计84元[5]'); note [5]'s 减免复制费16元 is a waiver. (5) note [4]: "
      "土地登记资料查询服务2,746人次 'not a 政府信息公开申请'. (6) note [1]: 土地收储信息112条 is a part of the 1,548. "
      "Other gold: active_total 1548 (396+514+87+41+510 = 1,548, checked); interpretations 9; press_conferences 2 (note "
      "[2]: one held jointly); completed 21 ('已答复21件'; 12+3+2+3+1 = 21, checked); carried_forward 0 ('无转入2016年办理"
      "的申请'); lawsuits 1 (驳回起诉); npc 15. Distractors: 回应社会关注热点7次, 专职2名/兼职5名, 3.5万元, target 100%, "
      "the note numbers themselves. published 2016-03-22 (signature). agency: title and signature 蔺州市国土资源局.")

entry("daitou-county-2018-summary-wenku.txt", "baidu-wenku-copy-with-watermarks-and-website-annual-form", "pre2019",
      "埭头县人民政府", "county government", 2018,
      {"year": 2018, "agency": "埭头县人民政府", "kind": "work_summary", "template": "none", "script": "hans",
       "published": "2018-12-25",
       "narrative.active_total": 3716, "narrative.interpretations": 52, "narrative.press_conferences": 9,
       "narrative.applications_received": 64, "narrative.applications_completed": 61,
       "narrative.applications_carried_forward": 3, "narrative.fees_collected": 0,
       "narrative.reviews": 3, "narrative.lawsuits": 1, "narrative.new_media_posts": 2068,
       "narrative.npc_suggestions": 42, "narrative.cppcc_proposals": 57},
      "FORM: text copied from a 百度文库 document page: the page's chrome (百度文库 / 搜索 / '…_百度文库' / 下载积分 / "
      "内容提示 with the first sentence again / 文档格式 DOC | 页数 5 | 上传日期 2019-01-08 16:52:19 | 文档星级), then the "
      "document as the reader renders it, hard line breaks every 30-odd characters (numbers and units cut: "
      "'申请64' / '件', '推送信息865' / '条'), and on every page the reseller's watermark lines '精品文档' and '精品文档，仅供"
      "学习与交流，如有侵权请联系网站删除' with '第 n 页'; at the end the reseller's 【本文档内容可以自由复制…】 line, 相关文档 "
      "and the © 2019 Baidu footer. The document is a county government's 2018 政务公开工作总结 followed by its 附件: the "
      "county portal's 2018 政府网站年度工作报表 (tab-separated, one field per line, merged group labels left blank). "
      "kind work_summary. STRESS: THE WEBSITE FORM'S FIGURES ARE NOT THE REPORT'S: 收到留言数量 428 / 办结留言数量 421 "
      "(messages to 县长信箱, not information requests; the summary says so too: '收到网民留言428条，办结421条'); 信息发布 "
      "总数 5842 (website updates, not the active total 3,716); 办件量 48,215 (services); 征集调查 173 意见; 在线访谈 "
      "214/198; 独立用户 318,562; 总访问量 1,862,407 (= the summary's 186.2万次). GOLD (the summary): active_total 3716 "
      "('全年全县各级行政机关…主动公开政府信息3,716条，同比增长6.4%' — a county government's report covers the county; "
      "684+2518+514 = 3,716 and 3716/3492 = +6.4%, checked); interpretations 52 ('全年发布政策解读52篇', 34+18; the form's "
      "解读信息发布总数 52 agrees); press_conferences 9 ('县政府召开新闻发布会9场，主要负责同志出席4场'); "
      "applications_received 64 ('…申请64' / '件，比上年增加19件' — 19 a change); completed 61; carried_forward 3 ('另有3件"
      "结转至2019年继续办理'); fees 0 ('均未收取任何费用'); reviews 3 (维持2, 纠错1) and lawsuits 1 (尚在审理中), from "
      "'引起行政复议3件、行政诉讼1件'; new_media_posts 2068 ('…微博…1,203条，…微信公众号推送信息865条，合计2,068条' — the "
      "stated 合计; the form's 1203 and 865 agree); npc 42, cppcc 57. Other distractors: 财政预决算信息112条, 重大建设项目78条, "
      "回应社会关切41次, 17个 新媒体, 关停部门网站6个, 98.4%, 2019 targets (不少于4,000条, 40%, 3期), 标识码 3310270001, ICP "
      "and 公安 numbers, phone 0576-87126015. published 2018-12-25 (the summary's date line); the form's 填报日期 2018年12月24日 "
      "and the upload 2019-01-08 are not. agency: the title's 埭头县人民政府 (signed by its 办公室, the compiler: title wins "
      "as in prose4–10).")

entry("shiyan-township-2009-fax-tesseract.txt", "tesseract-ocr-of-fax-standard-resolution", "pre2019",
      "云谷县石砚乡人民政府", "township", 2009,
      {"year": 2009, "agency": "云谷县石砚乡人民政府", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2010-03-26",
       "narrative.active_total": 108, "narrative.applications_received": 4,
       "narrative.applications_completed": 4, "narrative.applications_carried_forward": 0,
       "narrative.fees_collected": 0, "narrative.reviews": 0, "narrative.lawsuits": 0},
      "FORM: REAL Tesseract 5.3 output (chi_sim) of a faxed 2-page report (src/shiyan/build.sh): the report was set "
      "with reportlab, rasterised at 200 dpi, reduced to a fax's standard vertical resolution (every other line dropped "
      "and doubled), skewed 0.6°, given impulse noise and thresholded to black and white (ImageMagick), then OCR'd page "
      "by page. The fax machine's header line on each page ('03/29/2010 15:42  0937-6625108  SHIYAN XIANG GOV  P.001/002' "
      "as printed) comes out as garbage ('037234200 5442 电生人25上0D台 … 上00170O02', '037/2972010 5人09 6625108 "
      "SHIYRAN XTANG GOV 了.0G27DU2'), the second one between sections 五 and 六. STRESS: 〇/O/0: the typist wrote the "
      "Chinese-numeral years with the LETTER O (二OO九年, 二O一O年, as many real documents do); the OCR reads them as the "
      "DIGIT zero: '二00九年政府信息公开工作年度报告', '二0一0年三月二十六日' — the Arabic 2009 is printed nowhere (checked). "
      "year 2009; published 2010-03-26. In the first paragraph the OCR read 二 as 一 ('于报送一00九年度…的通知'), a "
      "misreading a careful reader ignores. Other OCR slips that do not touch a gold figure: heading 一、概述 lost, "
      "仙构职能 (机构), 熹农 (惠农), 不然 (不熟), '提起行政诉讼的情' (况 lost), the signature's '云谷县石砚乡大民政府' "
      "(人 read as 大) — the title line reads '云谷县石砚乡人民政府' correctly, so agency is that. GOLD: active_total 108 "
      "('全年主动公开政府信息108条'; 41+67 = 108, checked); applications_received 4 ('…申请4件，均为群众当面申请'); completed 4 "
      "('已答复4件'; 3+1 = 4, checked); carried_forward 0 ('无转入下年度办理的申请'); fees 0 ('本年度未收取任何费用'); reviews "
      "0 and lawsuits 0 ('本年度未发生因政府信息公开申请行政复议，提起行政诉讼的情[况]'). Distractors: 2名 staff, the target "
      "不少于150条, the fax numbers and page counters.")

with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(E, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(E), "entries,", sum(len(e["gold"]) for e in E), "gold keys,",
      sum(1 for e in E for v in e["gold"].values() if v is None), "null")
