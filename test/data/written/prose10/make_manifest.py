#!/usr/bin/env python3
"""Write manifest.json for set prose10.  The gold is hand-written here; check.py verifies it
against the files.  Run: python3 make_manifest.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

E = []


def entry(file, form, era, agency, level, year, gold, notes):
    E.append({"file": file, "form": form, "era": era, "agency": agency, "level": level,
              "year": year, "gold": gold, "notes": notes})


entry("laichuan-county-2008-paddleocr.txt", "paddleocr-line-dump-scan", "pre2019", "涞川县人民政府",
      "county government", 2008,
      {"year": 2008, "agency": "涞川县人民政府", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2009-03-27",
       "narrative.active_total": 1327, "narrative.press_conferences": 3,
       "narrative.applications_received": 17, "narrative.applications_completed": 15,
       "narrative.applications_carried_forward": 2, "narrative.fees_collected": 62,
       "narrative.reviews": 1, "narrative.lawsuits": 0},
      "FORM: the console output of a PaddleOCR (PP-OCRv4) script run over a 3-page scan of the printed "
      "report (`for line in result[idx]: print(line)`, stderr not separated): the Namespace(...) debug line "
      "and per-page `ppocr DEBUG: dt_boxes num / cls num / rec_res num` log lines (dated 2024/05/14 — the "
      "OCR run, not the report), then one Python-repr line per text box: `[[[x,y]×4], ('text', confidence)]`. "
      "Every box is one printed line, so sentences and one number's unit are cut across boxes "
      "(`己答复申请15` / `件，其中…`); the page footers `— 1 —` `— 2 —` `— 3 —` are boxes too. The red seal "
      "over the signature is read as two low-confidence fragments (`府办公` 0.64 between the signature and the "
      "date, `川县人民政` 0.62 after the date; boxes are sorted by their top edge as PaddleOCR does). OCR "
      "confusions: 己 for 已 (`己答复申请15`) and 末 for 未 (`全年末发生因政府信息公开提起行政诉讼的情况`, "
      "which is a zero statement: lawsuits 0); the date is printed with U+25CB ○ (`二○○九年三月二十七日`, "
      "published 2009-03-27). STRESS: THE FIRST YEAR UNDER THE 2007 条例, covering 2008年5月1日 to 12月31日 "
      "only: year 2008 (the statistics period is stated twice). (1) active_total 1327 "
      "('自2008年5月1日至12月31日，全县共主动公开政府信息1327条'; parts 142+311+96+612+166 = 1327, checked); "
      "the website's trial run of 1至4月 (`400余条`, approximate AND outside the period, `未计入本报告统计`) "
      "is not it. (2) press_conferences 3 ('县政府新闻办全年召开新闻发布会3次'). (3) 人次 vs 件: "
      "'共接待群众咨询210余人次，其中受理政府信息公开申请17件' — applications_received 17, not 210 (人次, "
      "approximate, consultations); channels 11+4+2 = 17 (checked). (4) applications_completed 15 "
      "('截至2008年12月31日，己答复申请15件'; outcomes 10+2+2+1 = 15, checked); carried_forward 2 ('另有2件"
      "因申请时间临近年底，正在办理中，将在2009年1月底前答复' — pending at the end of the period; 15+2 = 17). "
      "(5) fees_collected 62 ('收取检索、复制、邮寄费用62元'); '减免费用10元左右' is a waiver and approximate. "
      "(6) reviews 1 ('行政复议1件，经涞州市人民政府复议，维持原答复'); lawsuits 0 (末发生 = 未发生). "
      "APPROXIMATE distractors (余/约/左右): 260余人次, 400余条, 约12万人次, 300人次左右, 210余人次, 10元左右. "
      "Other distractors: 2名/5名 staff, 31个县直部门, 14个乡镇, 3期 training, 2个 查阅点, the 2009 target "
      "`2000条以上`, the postcode 074250, the phone number cut over two boxes (`0312-685211` / `7）`). "
      "agency: the title's 涞川县人民政府 (the signature is its 办公室, the compiler; title wins as in prose4–9).")

entry("xiashan-township-2014-elinks.txt", "elinks-dump-collection-page-three-reports", "pre2019",
      "霞山乡人民政府", "township government (one of three townships printed on one page)", 2014,
      {"year": 2014, "agency": "霞山乡人民政府", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2015-03-24",
       "narrative.active_total": 214, "narrative.applications_received": 3,
       "narrative.applications_completed": 3, "narrative.applications_carried_forward": 0,
       "narrative.fees_collected": 0, "narrative.reviews": 0, "narrative.lawsuits": 0},
      "FORM: `elinks -dump` of a township subsite page of the 桐岗县 portal: link numbers in brackets before "
      "each link text (`[1]霞山乡人民政府`, `[9]桐岗县人民政府 > [10]乡镇子站 > [11]霞山乡 > …`), a text field "
      "drawn as `[______]` and a button `[8][ 搜索 ]`, centred titles, right-aligned signatures, paragraphs "
      "re-wrapped at the terminal width with a 3-space indent (lines break between CJK characters, never inside "
      "an ASCII number, and a full-width bracket may end a line: `（` / `社区）`), and ELinks' `References` / "
      "`Visible links` list of URLs at the end. STRESS: A COLLECTION PAGE WITH THREE TOWNSHIPS' REPORTS ONE AFTER "
      "ANOTHER. The county office published the 石桥片区's three 2014 reports as one article "
      "(`桐岗县石桥镇、霞山乡、枫林镇2014年政府信息公开工作年度报告`, 编者按: 合并发布，并同步推送至各乡镇子站), "
      "and the copy here is the one on 霞山乡's subsite. HOW THE TARGET IS MARKED: the file's own chrome names "
      "it — the site logo link `[1]霞山乡人民政府` (first line), the breadcrumb `乡镇子站 > 霞山乡`, the footer "
      "`主办：霞山乡人民政府`, and 上一篇/下一篇 naming 霞山乡's 2013 and 2015 reports — and the file name. Only "
      "霞山乡's report (the SECOND of the three) is gold; 石桥镇's (first) and 枫林镇's (third) are distractors "
      "with different figures, so a parser that takes the first report or sums all three is wrong. Top-level "
      "`agency` names the target as well. (1) agency 霞山乡人民政府: the title has only the short form "
      "`霞山乡2014年…`, the signature the full form (prose4 rule). published 2015-03-24 = 霞山乡's signature; "
      "石桥镇 2015-03-20, 枫林镇 2015-03-26 and the page's 发布时间 2015-03-30 are not. (2) active_total 214 "
      "('全年共主动公开政府信息214条，同比增加37条': 37 is a delta; parts 156+58 = 214 and 6+48+102 = 156, "
      "checked). 石桥镇 386, 枫林镇 172. (3) applications_received 3 ('全年共收到政府信息公开申请3件'; the "
      "contents 2+1 = 3, checked); applications_completed 3 ('3件申请均已在规定期限内答复' — a count printed "
      "with the completion, prose9 rule; outcomes 2+1 = 3); carried_forward 0 ('本年度无转入下年度办理的申请'). "
      "石桥镇 5/4/1; 枫林镇 `全年未收到政府信息公开申请`. (4) fees_collected 0 ('未收取任何费用，无减免情况'). "
      "(5) reviews 0 and lawsuits 0: section 五 `因政府信息公开申请行政复议、提起行政诉讼情况` is followed only by "
      "`无。` (石桥镇 has a 复议 1, 枫林镇 a 诉讼 1). Distractors in 霞山乡's own text: 1名 信息员, 15名 "
      "联络员, 40余人次 (approximate), the 2015 target 250条以上, the phone 0739-7321006; in the chrome: "
      "浏览次数 1207, the ICP and 网站标识码 numbers, the postcode 422611.")

entry("putan-forestry-2016-lawdb.txt", "legal-database-plain-text-copy", "pre2019", "蒲潭县林业局",
      "county department", 2016,
      {"year": 2016, "agency": "蒲潭县林业局", "kind": "annual_report", "template": "pre2019", "script": "hans",
       "published": "2017-01-06",
       "active.total": 1286, "applications.new.total": 9, "applications.processed.total": 9,
       "appeals.review.total": 1, "appeals.suit.total": 0, "legacy.complaints": 0, "legacy.fees_yuan": 0,
       "narrative.active_total": 1286, "narrative.new_media_posts": 1524,
       "narrative.press_conferences": 2, "narrative.interpretations": 11,
       "narrative.applications_received": 9, "narrative.applications_completed": 9,
       "narrative.fees_collected": 0, "narrative.reviews": 1, "narrative.lawsuits": 0},
      "FORM: a plain-text copy from a legal-documents database (the kind lawyers and researchers use): the "
      "database's 【发布部门】【发文字号】【发布日期】(2017.01.06, dotted)【实施日期】【时效性】【效力级别】【法规类别】 "
      "block, the title repeated with the 文号 in brackets, paragraphs indented with two U+3000, the 落款 date "
      "dropped by the database (only `蒲潭县林业局` under the table), then 【相关文件】, a disclaimer, "
      "【文献编号】 DF350926-201701-0213 and `© 2003-2024`. STRESS 1: THE REPORT YEAR IS ONLY IN THE DOCUMENT "
      "NUMBER `蒲林办〔2016〕58号`: the title has no year, the body says only 本年度 (`统计期限为本年度1月1日至12月31日`, "
      "`本年度政务公开工作要点`, `新的一年`), and the only other years are the database's 2017.01.06 (publication), "
      "201701 and 2024 (database), 国务院令第492号 (no year). The report was numbered in the 2016 series and "
      "put online in January 2017 (the database records that date); year 2016. A parser taking the "
      "publication year or the first 4-digit year after the header block's dates would say 2017. published "
      "2017-01-06: there is no signature date, so the 发布日期 is the date (schema: 'or the page's 发布日期'). "
      "STRESS 2: NUMBERS WITH A SPACE AS THOUSANDS SEPARATOR (`1 286条`, `1 103条`, `1 524条`, `3 216条次`, "
      "`24 513户`, `1 862.4万元`, target `1 500条`). STRESS 3: THE 附件 主要指标统计表 IS A THREE-COLUMN TABLE "
      "(指标 / 数量 / 同比) FLATTENED INTO LINES WITH ONE SPACE BETWEEN CELLS, so `主动公开政府信息（条） 1 286 +12.4%` "
      "has a space inside the number and between the cells; the 同比 column is a signed percentage or `—`; "
      "`召开新闻发布会（次） 2 0.0%` is 2 (not 20). Some figures are ONLY in this table: press_conferences 2 "
      "and interpretations 11 (section 三 says `相关数量见文末主要指标统计表`), and fees as `依申请公开收取费用（元） 0 —` "
      "(the prose also says 未收取任何费用). TEMPLATE pre2019: the 附件 is a local statistics table, mapped "
      "as prose4's wugang/qinghuai: 主动公开政府信息 1286 → active.total; 收到政府信息公开申请 9 → "
      "applications.new.total; 办结政府信息公开申请 9 → applications.processed.total; 行政复议 1 → "
      "appeals.review.total; 行政诉讼 0 → appeals.suit.total; 举报投诉 0 → legacy.complaints; 依申请公开收取费用（元） 0 → "
      "legacy.fees_yuan. Rows without a table path (门户网站 1 103, 微信公众号 1 524, 新闻发布会 2, 政策解读 11, "
      "林业行政许可 318) are narrative only. The prose outcomes (同意公开6、部分公开1、信息不存在1、不属于本机关1) are "
      "not in the table, so no applications.granted/partial keys. NARRATIVE: active_total 1286 (parts "
      "318+57+274+637 = 1286, checked); new_media_posts 1524 ('“蒲潭林业”微信公众号全年推送信息1 524条（含转载…）' — "
      "larger than active_total because it counts reposts; table row agrees); applications_received 9 "
      "(channels 5+3+1 = 9, checked); applications_completed 9 ('9件申请均已按期办结'; outcomes 6+1+1+1 = 9, "
      "checked; table 办结 9); reviews 1 (维持); lawsuits 0 ('未被提起行政诉讼'); fees 0. 同比 values (+12.4%, "
      "+6.0%, +9.8%, +41.1%, -21.4%, +80.0%) agree with previous-year values 1144, 300, 1005, 1080, 14, 5 "
      "(checked) and are never gold. Distractors: 3 216条次 (许可证核发 records, summarised as 318 items), "
      "11个乡镇, 186个行政村, 24 513户, 1 862.4万元, 120余人次, 4名, 2.5万元, 2次/86人次, targets 不少于15篇 and "
      "不少于1 500条, the phone 0599-7826031 and postcode 354200.")

entry("meigang-district-2017-tika.xhtml", "apache-tika-xhtml-of-doc", "pre2019", "江屿市湄岗区人民政府",
      "district government", 2017,
      {"year": 2017, "agency": "江屿市湄岗区人民政府", "kind": "annual_report", "template": "none",
       "script": "hans", "published": "2018-03-27",
       "narrative.active_total": 9652, "narrative.press_conferences": 12, "narrative.interpretations": 34,
       "narrative.applications_received": 148, "narrative.applications_completed": 141,
       "narrative.applications_carried_forward": 7, "narrative.fees_collected": 87,
       "narrative.reviews": 9, "narrative.lawsuits": 5,
       "narrative.npc_suggestions": 46, "narrative.cppcc_proposals": 71},
      "FORM: `java -jar tika-app.jar --xml` of a Word 97-2003 .doc: the XHTML head carries the document "
      "properties as <meta> (cp:revision, dc:creator, dcterms:created 2017-03-20, dcterms:modified 2018-03-27, "
      "Last-Printed 2017-03-24, extended-properties:Company, resourceName) and a STALE dc:title / <title> "
      "`江屿市湄岗区人民政府2016年政府信息公开工作年度报告` — the .doc was last year's report reused as the "
      "template and its title property was never updated. The body is <p>/<h1>/<b>, empty <p/>, a "
      "<div class=\"header\"/> and a footer div, and a Word table as <table><tbody><tr>\\t<td><p>…. "
      "STRESS 1: THE FIRST YEAR IN THE FILE IS 2016 (the stale title); the body's title says 2017 and the "
      "statistics period `自2017年1月1日起至2017年12月31日止`: year 2017. published 2018-03-27 (the signature; "
      "Last-Save-Date agrees by coincidence of the final edit; dcterms:created 2017-03-20 and Last-Printed "
      "2017-03-24 are last year's file history). STRESS 2: APPLICATIONS COUNTED BY SUBJECT (住建 62, 国土资源 29, "
      "教育 23, 公安 18, 人社 15, 其他 14) IN A TABLE WHOSE 合计（按领域计） IS 161 — more than the applications, "
      "because `部分申请同时涉及两个以上领域，按领域分别统计`. The stated total elsewhere is gold: "
      "applications_received 148 ('全年全区共收到政府信息公开申请148件，比上年增加31件'; channels 52+71+25 = 148, "
      "checked; 62+29+23+18+15+14 = 161, checked). 31 is a delta; the 承办单位 column names bureaus "
      "(市公安局湄岗分局 etc.) whose figures these are not. (3) applications_completed 141 ('已办结141件'; "
      "outcomes 18+64+21+9+14+11+4 = 141, checked); carried_forward 7 ('其余7件…结转至2018年继续办理'; "
      "141+7 = 148). (4) active_total 9652 ('共主动公开政府信息9,652条，比上年增加1,217条'); its parts 14件 / "
      "426条 / 3,187条 are partial (not a full split); 186.4万人次 is website visits. (5) press_conferences 12 "
      "('其中区主要领导出席3场' is a sub-figure); interpretations 34 ('其中图解9篇'); 回应社会关切186次 has no key. "
      "(6) fees_collected 87 ('共收取检索、复制、邮寄费用87元'); '减免费用42元' is a waiver. (7) reviews 9 "
      "(维持6、纠错2、其他1 = 9, checked) and lawsuits 5 (维持4、尚在审理1 = 5, checked); 举报投诉2件 has no "
      "narrative key. (8) npc_suggestions 46 and cppcc_proposals 71 ('承办区人大代表建议46件、区政协提案71件'); "
      "'协办市人大代表建议8件、市政协提案11件' are another level's, assisted only. The report's scope is the whole "
      "district ('全区各级行政机关'), as a district government's report. Distractors: 32个区直部门, 9个镇（街道）, "
      "12名/37名 staff, 18.6万元, 5期/420人次, targets `突破10,000条` and `不少于500人次`, the meta word/character/"
      "page counts, the postcode 524088 and phone 0759-2316018. agency: the title (split over two bold "
      "paragraphs `江屿市湄岗区人民政府` / `2017年政府信息公开工作年度报告`); the signature is its 办公室.")

entry("guitang-hospital-2020-pdfplumber.txt", "pdfplumber-extract-text-tables-as-images", "2019",
      "桂塘市第二人民医院", "public institution (municipal hospital)", 2020,
      {"year": 2020, "agency": "桂塘市第二人民医院", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2021-01-22",
       "narrative.active_total": 587, "narrative.new_media_posts": 214,
       "narrative.applications_received": 11, "narrative.applications_completed": 11,
       "narrative.applications_carried_forward": 0, "narrative.fees_collected": 0,
       "narrative.reviews": 0, "narrative.lawsuits": 0},
      "FORM: pdfplumber `page.extract_text()` of each page of a 3-page Word PDF, joined with newlines: one "
      "line per printed line (hard-wrapped, Chinese line-breaking rules kept: no line starts with `，` or `）`), "
      "no indentation, the running header `桂塘市第二人民医院院务公开` and the footer `第 n 页 共 3 页` on every "
      "page, `(cid:127)` for the Wingdings bullets and `(cid:20)` for one glyph of the phone number (fonts without "
      "a ToUnicode map). The 2019-format tables 二, 三 and 四 were pasted into the Word file as PICTURES, so page 2 "
      "holds only the three headings. template none. STRESS: 件次 AND 人次. (1) applications_received 11 "
      "('全年共受理信息公开申请11件次，涉及申请人9人' — 件次 counts applications; 9 is people); completed 11 "
      "('11件次申请全部按期办结'; outcomes 8+1+2 = 11, checked); carried_forward 0 ('也无结转下年度办理的申请'). "
      "(2) HOMONYMS of a hospital: '病案室全年受理病历复印申请12,463人次…不纳入信息公开申请统计' and "
      "'投诉管理办公室…咨询、投诉1,836人次' are not applications. (3) active_total 587 ('主动公开信息587条'; "
      "206+73+308 = 587, checked); '全年审核拟公开信息603条，经审核不宜公开16条' (603−16 = 587, checked) is the "
      "review workload. (4) new_media_posts 214 ('医院微信公众号全年推送文章214篇'; 96篇 is a part; `约46万人次` "
      "approximate readership). (5) reviews 0 and lawsuits 0 ('全年未发生因信息公开工作引发的行政复议、行政诉讼', "
      "in 一（五）; section 四 is an empty heading). (6) fees_collected 0 ('本年度我院未收取任何信息公开相关费用', "
      "section 六). kind annual_report: a public institution's 信息公开工作年度报告 on the national format's six "
      "headings. published 2021-01-22 (signature). Distractors: 12台 kiosks, targets 不少于650条 / 不少于240篇, "
      "the 2020 in the 市卫健委 notice's title, the phone 0773-5812(cid:20)16.")

entry("chengzhou-nfra-2024-wza.html", "html-page-with-accessibility-toolbar-tables-as-images-with-correction",
      "2021", "国家金融监督管理总局澄州监管分局", "vertical body (监管分局 of a 国务院直属机构)", 2024,
      {"year": 2024, "agency": "国家金融监督管理总局澄州监管分局", "kind": "annual_report", "template": "none",
       "script": "hans", "published": "2025-01-26",
       "narrative.active_total": 412, "narrative.interpretations": 6, "narrative.new_media_posts": None,
       "narrative.applications_received": 34, "narrative.applications_completed": 35,
       "narrative.applications_carried_forward": 1, "narrative.fees_collected": 0,
       "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 2, "narrative.cppcc_proposals": 3},
      "FORM: a full saved HTML page ('Web page, complete') taken while the site's 无障碍 (accessibility) service "
      "was on: the injected toolbar <div id=\"cniil_wza\" role=\"toolbar\"> (声音, 语速, 指读/连读, 配色, 放大, "
      "缩小, 大鼠标, 十字线, 纯文本, 显示屏, 重置, 帮助, 退出服务) with an aria-live div repeating the title, "
      "aria-label on every link, the header (移动版 | 无障碍 | 长者模式 | English), nav, breadcrumb, the article's "
      "info line (发布时间 2025-02-08 16:30, 浏览次数), share/close links, the footer (网站标识码, ICP) and the "
      "toolbar's script. Tables 二/三/四 are <img> (W0202501….png) with no alt text; template none. STRESS: A "
      "CORRECTION NOTICE AT THE TOP OF THE ARTICLE, BEFORE THE BODY, quoting the whole wrong sentence: "
      "'…“全年共收到政府信息公开申请36件”有误，更正为“全年共收到政府信息公开申请34件”，其他内容不变。特此更正。' "
      "dated 2025年2月8日; the body below still prints `全年共收到政府信息公开申请36件`. Gold takes the "
      "corrected 34 (as prose7's jingtang). The arithmetic agrees only with 34: new 34 + carried over 2 = "
      "completed 35 + carried forward 1 (checked); 36+2 ≠ 36. (1) applications_received 34; completed 35 "
      "('全年办结35件'; outcomes 9+4+3+15+4 = 35, checked); carried_forward 1 ('结转下年度继续办理1件'); "
      "上年结转2件 is carried_over (no narrative key). (2) published 2025-01-26 (the signature); the page's "
      "发布时间 2025-02-08 16:30 and the notice's 2025年2月8日 are the re-publication with the correction. "
      "(3) active_total 412 ('主动公开政府信息412条'; 236+97+79 = 412, checked); '对拟公开的412条信息全部进行了审查' "
      "repeats it. (4) interpretations 6 ('发布政策解读6篇'). (5) new_media_posts NULL: the only figure is "
      "'通过“澄州金融监管”微信视频号发布风险提示短视频40余条' (approximate). (6) HOMONYM: '受理并转办银行保险"
      "消费投诉3,218件…不属于政府信息公开申请'. (7) reviews 1 (复议机关维持) and lawsuits 0 ('未被提起行政诉讼'), "
      "both in 一（二）. (8) fees_collected 0 ('本年度我分局未收取信息处理费'); npc_suggestions 2 and "
      "cppcc_proposals 3 ('承办省人大代表建议2件、省政协提案3件'). agency: the name carries its superior "
      "(国家金融监督管理总局澄州监管分局, as prose8's 国家税务总局青川县税务局); the site belongs to the "
      "superior (SiteName 国家金融监督管理总局), the 来源 line says only 澄州监管分局. Distractors: 2次/78人次 "
      "training, target 不少于8篇, 国办公开办函〔2021〕30号, the phone 0797-8213560, postcode 341000, 浏览次数 386, "
      "网站标识码 bm65000001.")

entry("songyuan-mpa-2022-summary-html2text.txt", "debian-html2text-page-dump", "2021",
      "嵩原省药品监督管理局", "provincial department (省药品监督管理局)", 2022,
      {"year": 2022, "agency": "嵩原省药品监督管理局", "kind": "work_summary", "template": "none",
       "script": "hans", "published": "2022-12-20",
       "narrative.active_total": 1208, "narrative.new_media_posts": 2635,
       "narrative.press_conferences": 5, "narrative.interpretations": 23,
       "narrative.applications_received": 27, "narrative.applications_completed": 25,
       "narrative.applications_carried_forward": None,
       "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 8, "narrative.cppcc_proposals": 12},
      "FORM: Debian's `html2text -nobs -utf8` (the C++ html2text, not the Python one) of the department's "
      "page: the logo as `[alt text]`, nav as `    * ` bullets, `[Unknown INPUT type]` for the search box, the "
      "索引号/发布机构/成文日期/标题/文号/发布日期 layout table as padded text columns, the <h1> title as "
      "`****** … ******`, a `----` rule for <hr>, and every Chinese paragraph on ONE long line (html2text breaks "
      "only at spaces, so an unspaced CJK paragraph is never wrapped; the U+3000 indents are kept). "
      "kind work_summary: a 政务公开工作总结 (schema: 政务公开工作总结 and the like), published in the year it "
      "covers. year 2022. published 2022-12-20 (the signature and 成文日期); the page's 发布日期 2022-12-21 is "
      "the next day. STRESS: WEBSITE / 微博 / 微信 / 抖音 COUNTS THAT ARE NOT active_total. The website published "
      "4,712 items (`含新闻动态、转载信息`), the weibo 1,932, the WeChat account 617, the Douyin account 86 videos; "
      "active_total is the separately stated '全年主动公开政府信息1,208条，同比增长9.6%' (1208/1102 = +9.6%; parts "
      "612+187+96 = 895 are partial). new_media_posts 2635 = the stated '政务新媒体合计发布2,635条' (1932+617+86 "
      "= 2635, checked); `约28万人` followers approximate. (2) press_conferences 5 (其中…出席2场 a sub-figure); "
      "interpretations 23 (其中图文解读9篇、视频解读3个). (3) applications: '截至12月15日，全年共收到政府信息公开"
      "申请27件，同比增长17.4%；已办结25件，其余2件正在办理中' → received 27, completed 25 (figures to the "
      "summary's cut-off date, as prose2's baishawan); carried_forward NULL: `其余2件正在办理中` on 15 December is "
      "not a carry-forward to next year (the year had two weeks left) and no year-end figure is printed — 2 "
      "is wrong. (4) reviews 1 ('被申请行政复议1件，经省政府复议维持原答复'); lawsuits 0 ('未发生行政诉讼'). "
      "(5) npc_suggestions 8, cppcc_proposals 12 ('办理省人大代表建议8件、省政协提案12件'). No fee statement: "
      "fees_collected absent. HOMONYM: '处理12345政务服务便民热线转办工单1,146件，按时办结率100%' is not "
      "applications or completions. Distractors: 312.6万人次 visits, 7个工作日, 38名联络员, 2期/150余人次, "
      "16个市级 bodies, 2023 targets (不少于1,300条, 不少于25篇, 100%), the 索引号 …/2022-00387, postcode 470016, "
      "ICP and 公网安备 numbers.")

entry("liyang-jiguan-2019-pypdf.txt", "pypdf-extract-text-tables-as-images", "2019", "黎阳市机关事务管理局",
      "prefecture-level city department", 2019,
      {"year": 2019, "agency": "黎阳市机关事务管理局", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2020-01-17",
       "narrative.active_total": 263, "narrative.new_media_posts": 146, "narrative.interpretations": 3,
       "narrative.applications_received": None, "narrative.applications_carried_forward": 0,
       "narrative.fees_collected": 0, "narrative.reviews": 0, "narrative.lawsuits": 0},
      "FORM: pypdf `PdfReader(...).pages[i].extract_text()` joined with newlines, of a 2-page WPS PDF whose "
      "2019-format tables are pictures (headings 二/三/四 follow one another with nothing between): lines as "
      "printed, a space on both sides of every Arabic number and of `2019 年` (the digits are a separate font "
      "run), a line that ends in a space and a number that starts the next line (`发布信息 ` / `146 条`), and the "
      "page footer `- n -` FIRST on each page (WPS draws it before the body; pypdf follows the drawing order). "
      "template none. STRESS: LAST YEAR'S FIGURE AND THE CHANGE, NOT THIS YEAR'S: '全年收到政府信息公开申请数量"
      "较上年（7 件）减少 2 件' → applications_received NULL. 7 is 2018's figure and 2 the change; this year's "
      "count (5 by subtraction) is never printed, and the gold follows the earlier sets' rule that a figure "
      "the text does not print is not gold (prose6's hanling: figures given only as a change); 7 or 2 is "
      "wrong. applications_completed is absent ('所有申请均已在法定期限内答复', no count). carried_forward 0 "
      "('无结转下年度办理的申请'). (2) active_total 263 ('主动公开政府信息 263 条，较上年增长 12.4%（上年为 "
      "234 条）'; 263/234 = +12.4%, parts 12+46+38+167 = 263, both checked); '审查拟公开信息 270 条，其中 7 条"
      "…不予公开' (270−7 = 263) is the review workload. (3) new_media_posts 146 (split over two lines); "
      "interpretations 3 ('上年为 1 篇' is 2018's). (4) HOMONYMS of a 机关事务管理局: '受理市直单位公务用车使用"
      "申请 2,316 件次，办理办公用房维修申请 187 件…不属于政府信息公开申请'. (5) reviews 0 and lawsuits 0 "
      "('未发生因政府信息公开引起的行政复议、行政诉讼'); fees_collected 0 ('未收取政府信息公开相关费用'). "
      "Distractors: 国务院令第 711 号, `2008 年以来` 规范性文件 9 件 / 4 件 (no active.* keys: no table), "
      "`约 5.6 万人次`, 培训 1 次, target 不少于 5 篇, the phone 0392-3316205. published 2020-01-17 (signature "
      "`2020 年 1 月 17 日`, spaced).")

entry("zixi-police-2012-summary-baiduocr.json", "baidu-ocr-general-basic-json", "pre2019", "梓溪县公安局",
      "county department (公安局)", 2012,
      {"year": 2012, "agency": "梓溪县公安局", "kind": "work_summary", "template": "none", "script": "hans",
       "published": "2012-12-28",
       "narrative.active_total": 2035, "narrative.new_media_posts": 1146, "narrative.press_conferences": 6,
       "narrative.applications_received": None, "narrative.applications_carried_forward": 1,
       "narrative.fees_collected": 0, "narrative.reviews": 1, "narrative.lawsuits": 0},
      "FORM: the responses of Baidu's general OCR API (`general_basic`) for the two scanned pages of the printed "
      "summary, saved by a script as a JSON array (`json.dump(results, ensure_ascii=False, indent=2)`): each "
      "element `{\"words_result\": [{\"words\": line}, …], \"words_result_num\": n, \"log_id\": …}`, one "
      "`words` item per printed line, so sentences and numbers are cut over items (`二季度7` / `件`). OCR "
      "confusions: `1.146条` for 1,146 (the comma read as a point; a count of posts cannot be 1.146), 巳 for 已. "
      "kind work_summary (`2012年政务公开工作总结`), year 2012, published 2012-12-28 (`二〇一二年十二月二十八日`). "
      "STRESS 1: APPLICATIONS GIVEN PER QUARTER WITH NO TOTAL: '全年我局共收到政府信息公开申请：一季度4件，二季度7件，"
      "三季度3件，四季度5件' → applications_received NULL (4+7+3+5 = 19 only by addition; a total the text does "
      "not print is not gold, as the channel splits of prose9's yuwan/qiaoshan). completed absent (`其余申请均在"
      "规定时限内答复`, no count). carried_forward 1 ('除1件…延期至2013年1月答复外' — pending into the next year, "
      "as prose8's songling). STRESS 2: A POLICE BUREAU'S HOMONYMS: '全年办理涉及治安管理处罚的行政复议案件23件、"
      "行政诉讼案件4件，均不属于政府信息公开类案件' — reviews 1 ('因政府信息公开引起的行政复议1件') and lawsuits 0 "
      "('未发生因政府信息公开引起的行政诉讼'), not 23 and 4; 户籍业务3.6万余件, 出入境证件申请4,218件, 600余人次 are "
      "services, `上述业务不属于政府信息公开申请`. STRESS 3: APPROXIMATIONS with 左右/余: '发布警情通报和安全防范提示50条"
      "左右' (a part, approximate), '粉丝2万余人', '3.6万余件', '600余人次'. (1) active_total 2035 ('主动公开政务信息"
      "2,035条' — 政务信息 is the summary's word for 政府信息; its parts 168/312/50左右 are not a full split). "
      "(2) new_media_posts 1146 ('“梓溪公安”政务微博全年发布信息1.146条' as OCR'd). (3) press_conferences 6. "
      "(4) fees_collected 0 ('依申请提供政府信息未收取任何费用'). Distractors: 2名/36名 staff, target "
      "`2500条以上`, 2013 plans, 公通字 rules named without numbers, the log_id values.")

with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(E, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(E), "entries,", sum(len(e["gold"]) for e in E), "gold keys,",
      sum(1 for e in E for v in e["gold"].values() if v is None), "null")
