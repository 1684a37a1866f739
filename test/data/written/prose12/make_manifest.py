#!/usr/bin/env python3
"""Write manifest.json for set prose12.  The gold is hand-written here; check.py verifies it
against the files.  Run: python3 make_manifest.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

E = []


def entry(file, form, era, agency, level, year, gold, notes):
    E.append({"file": file, "form": form, "era": era, "agency": agency, "level": level,
              "year": year, "gold": gold, "notes": notes})


entry("qichuan-health-2017-git-show.txt", "git-show-full-context-diff-of-corrected-report", "pre2019",
      "桤川市卫生和计划生育委员会", "city department", 2017,
      {"year": 2017, "agency": "桤川市卫生和计划生育委员会", "kind": "annual_report", "template": "none",
       "script": "hans", "published": "2018-03-20",
       "narrative.active_total": 1186, "narrative.interpretations": 9, "narrative.press_conferences": 4,
       "narrative.new_media_posts": 1659, "narrative.applications_received": 44,
       "narrative.applications_completed": 45, "narrative.applications_carried_forward": 2,
       "narrative.fees_collected": 0, "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 21, "narrative.cppcc_proposals": 26},
      "FORM: real `git show -U1000` output (git 2.39, src/qichuan/build.sh) of the commit that corrected the "
      "report on the commission's static site (Hugo content file content/xxgk/ndbg/2017-ndbg.md): the commit header "
      "(hash, Author, Date: Tue Apr 3 16:05:12 2018 +0800), an indented commit message that itself carries figures "
      "('1168→1186', '520→538', '2016年结转的3件', '剔除…1件'), then the diff with the WHOLE file as context: "
      "' ' lines are unchanged, '-' lines the report as first posted, '+' lines the corrected report; every "
      "changed line comes OLD FIRST. GOLD IS THE CORRECTED REPORT (context and '+' lines); the '-' lines and "
      "the commit message are distractors. The Hugo front matter (title, date 2018-03-21T09:30, lastmod "
      "2018-03-21 → 2018-04-03, index_no QC-WJW-2018-00037) is in the diff too. GOLD: active_total 1186 "
      "('+全年共主动公开政府信息1,186条，比2016年的1,035条增加151条，增长14.6%'; the '-' line says 1,168 / 133 / 12.9%; "
      "86+127+41+538+394 = 1,186 and 1,186/1,035 = +14.6%, checked; 1,035 is 2016's, 151 a change); "
      "interpretations 9, press_conferences 4 (context line); new_media_posts 1659 ('政务新媒体共发布信息1,659条，"
      "其中…微信公众号612条、官方微博1,047条' — the total, 612+1,047 = 1,659); applications_received 44 "
      "('+全年共新收政府信息公开申请44件…另有2016年结转申请3件'; the '-' line's '受理…47件' included the 3 carried "
      "over: 受理 vs 新收; channels 11+27+6 = 44, old 12+29+6 = 47, checked); applications_completed 45 "
      "('已答复45件', unchanged context; 29+5+4+4+3 = 45); carried_forward 2 ('2件…结转至2018年继续办理'; "
      "44+3 = 45+2); fees 0 ('未收取…任何费用'); reviews 1 ('+…行政复议1件，经市人民政府复议维持原答复'; the '-' "
      "line says 2, and the '+' line adds '另有1件行政复议申请…与政府信息公开无关，不计入本报告'); lawsuits 0 "
      "('未发生因政府信息公开提起行政诉讼的情况'); npc 21, cppcc 26. DISTRACTORS: the whole system's 4,302条 "
      "(全市卫生计生系统, 14 units and 9 county bureaus); 12320热线…8,652件次 and 行政许可申请2,317件 ('均不属于政府信息公开"
      "申请'); 回应社会关切21次 (also 21, but not npc); targets 不少于1,300条 / 12篇; 2名 staff, 23名 信息员, 3次 / 186人次 "
      "training; postcode 635400, phone 0839-2267315, index hash a94d4fe..764141b, '@@ -1,52 +1,52 @@'. "
      "published 2018-03-20: the signature (context line); the front matter's date 2018-03-21 is the posting, "
      "lastmod 2018-04-03 and the commit date the correction. agency: title and signature.")

entry("jiekou-hrss-2021-docx-track-changes-pandoc.md", "pandoc-markdown-of-docx-with-tracked-changes-and-comments",
      "2021", "漈口县人力资源和社会保障局", "county department", 2021,
      {"year": 2021, "agency": "漈口县人力资源和社会保障局", "kind": "annual_report", "template": "none",
       "script": "hans", "published": "2022-01-20",
       "narrative.active_total": 826, "narrative.interpretations": 5, "narrative.new_media_posts": None,
       "narrative.applications_received": 19, "narrative.applications_completed": 20,
       "narrative.applications_carried_forward": 1, "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.fees_collected": 0, "narrative.npc_suggestions": 4, "narrative.cppcc_proposals": 7},
      "FORM: real pandoc 2.17 output (`pandoc -f docx -t markdown --track-changes=all -s`, src/jiekou/build.sh) of a "
      ".docx reviewed in Word with track changes on (src/jiekou/make_docx.py writes w:ins / w:del runs and "
      "comments.xml): every deletion stays as `[old]{.deletion author=… date=…}` right BEFORE the insertion "
      "`[new]{.insertion …}`, comments as `[text]{.comment-start id=… author=… date=…}` … `[]{.comment-end …}`, and "
      "pandoc's line wrapping cuts the attribute lists over lines. The title is only in the YAML block (style "
      "Title). The tables were sent as a separate Excel file ('详见附表1，附表以Excel格式另行报送'), so template none. "
      "GOLD IS THE DOCUMENT WITH THE CHANGES ACCEPTED (insertions kept, deletions dropped, comments ignored). "
      "active_total 826 ('主动公开政府信息[862]{.deletion}[826]{.insertion}条'; 214+303+121+97+91 = 826, checked); "
      "the comment on it says '2020年为731条，同比增长13.0%' (another year; 826/731 = +13.0%, checked); "
      "interpretations 5 (4 deleted); new_media_posts NULL ('“漈口人社”微信公众号全年推送信息300余条', 余 = "
      "approximate); applications_received 19 ('共受理…申请[19→21]件，其中本年新收[17→19]件、上年结转2件': 受理 21 "
      "includes the 2 carried over, 新收 19 is the figure; the deleted 17 and 19 are the draft's); completed 20 "
      "('办结[18→20]件'; 9+3+6+2 = 20 and 19+2 = 20+1, checked); carried_forward 1 ('结转下年度继续办理1件'); "
      "reviews 1 (2 deleted); lawsuits 0: the sentence '提起行政诉讼1件，尚未审结。' is DELETED (the comment: the suit "
      "was filed in 2020年11月 and counted in 2020's report) and replaced by '未发生因政府信息公开工作被提起行政诉讼的情况'; "
      "fees 0 ('未收取信息处理费'); npc 4; cppcc 7 ('[县政协提案6件]{.deletion}[县政协提案7件]{.insertion}'). "
      "DISTRACTORS: 12333…3.8万件次, 社保待遇资格认证12.6万人次 ('均不属于政府信息公开申请'); 审查拟公开信息[860→851]条 "
      "and 25条 withheld (review, not publication); 专题栏目4个; 培训2次/75人次; targets 不少于8篇 / 900条; change "
      "dates 2022-01-19T15:32:00Z and 2022-01-20T09:08:00Z. published 2022-01-20: the signature date as revised "
      "('[2022年1月18日]{.deletion}[2022年1月20日]{.insertion}'); the deleted 2022-01-18 is the draft's. agency: "
      "the title (YAML) and the signature.")

entry("yunzhou-province-2016-press-conference.srt", "asr-subtitle-srt-of-press-conference-chinese-numerals", "pre2019",
      "沄州省人民政府", "province", 2016,
      {"year": 2016, "agency": "沄州省人民政府", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2017-03-28",
       "narrative.active_total": 1264317, "narrative.press_conferences": 412, "narrative.interpretations": 1536,
       "narrative.new_media_posts": None, "narrative.applications_received": 8417,
       "narrative.applications_completed": 8390, "narrative.applications_carried_forward": 262,
       "narrative.fees_collected": 4260, "narrative.reviews": 307, "narrative.lawsuits": 192,
       "narrative.npc_suggestions": 672, "narrative.cppcc_proposals": 805},
      "FORM: an SRT subtitle file (CRLF, numbered cues, 'HH:MM:SS,mmm --> HH:MM:SS,mmm' time codes, one or two "
      "lines a cue) as an automatic speech-recognition service exports it for the video of the provincial press "
      "conference that presented the report (src/yunzhou/make_srt.py times the cues from speech.txt). The report "
      "is not in the file: the 办公厅 deputy director reads its figures, then journalists ask questions. ASR writes "
      "most figures in CHINESE NUMERALS (一百二十六万四千三百一十七, 八千四百一十七, 两万三千六百一十二, 两件, 百分之十一点三) "
      "and a few in Arabic (1536, 12345, 14, 98), and CUES CUT SENTENCES AND NUMBERS: '一百二十六万' and "
      "'四千三百一十七条，' are two cues with a cue number and a time code between them. For a provincial government's "
      "report the province-wide figures (全省各级行政机关) are the report's own scope, as prose9's lanxiang. GOLD: "
      "active_total 1264317 (一百二十六万|四千三百一十七条; 比上年增长百分之十一点三 is a change; the portal's "
      "两万三千六百一十二条 is a part); press_conferences 412 (四百一十二场); interpretations 1536 (Arabic '1536篇'); "
      "new_media_posts NULL ('政务微博、微信公众号/共发布信息三十八万余条': approximate); applications_received 8417 "
      "('共受理…八千六百五十二件，其中本年新收八千四百一十七件，上年结转二百三十五件': 受理 includes the carry-over; 新收 "
      "is the figure); completed 8390; carried_forward 262 (8,417+235 = 8,652 = 8,390+262, checked); 按时办结率"
      "百分之九十八点六 is a rate; fees 4260 (四千二百六十元); reviews 307, lawsuits 192 (the province's); "
      "'其中以省政府为被申请人的行政复议两件' is the government's own part (两 = 2), not the report's total; npc 672, "
      "cppcc 805. DISTRACTORS: 12345热线…一百零二万件次 ('不属于政府信息公开申请'); the journalist's '两千多件' "
      "(approximate change) and the answer's 2015 figure 六千三百零五件 and '两千一百多件' (8,417−6,305 = 2,112, "
      "checked); '十几个市县', '14个市州和98个县市区', '3月31日前', '超过六成'; every time code. published "
      "2017-03-28: the host says the 门户网站 published the report '2017年3月28日' (there is no signature; see "
      "README judgment call 3). agency: the report is 《沄州省2016年政府信息公开工作年度报告》, the province's "
      "government report; 沄州省人民政府 (doubt: the file never prints 沄州省人民政府 as a phrase; it prints 沄州省人民政府"
      "新闻办公室 and 省政府办公厅). year 2016 (the report's title; the conference is in 2017).")

entry("maoshan-district-2012-mailbox.mbox", "mbox-of-four-messages-report-in-base64-part", "pre2019",
      "泷湾市茆山区人民政府", "district government", 2012,
      {"year": 2012, "agency": "泷湾市茆山区人民政府", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2013-03-15",
       "narrative.active_total": 5318, "narrative.applications_received": 63,
       "narrative.applications_completed": 61, "narrative.applications_carried_forward": 2,
       "narrative.fees_collected": 156, "narrative.reviews": 1, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 87, "narrative.cppcc_proposals": 102},
      "FORM: an mbox file (mboxrd, 'From addr asctime' separator lines) exported from the district government "
      "office's mailbox, written with Python's email and mailbox packages (src/maoshan/make_mbox.py): FOUR "
      "messages with RFC 2047 UTF-8 headers. 1: the city's notice (8bit text, 2013-01-08) with the whole city's "
      "2011 figures; 2: the district's submission, multipart/mixed with a text/plain part in BASE64 (a cover note, "
      "a dashed rule, then the report) and the statistics table as an .xls attachment (opaque base64: template "
      "none); 3: the city's acknowledgement quoting the cover note with '> '; 4: the office's instruction to the "
      "information centre to post the report by 3月28日. Only message 2's report is gold. GOLD: active_total 5318 "
      "('全区共主动公开政府信息5,318条，比上年增长29.8%（2011年为4,097条）'; 1,207+3,426+685 = 5,318 and 5,318/4,097 = "
      "+29.8%, checked; 1,207 is 区政府本级, a part); applications_received 63 (21+35+7 = 63); completed 61 "
      "('已答复61件'; 38+9+5+6+3 = 61); carried_forward 2 ('另有2件正在办理中，将于2013年1月法定期限内答复': pending "
      "at the year's end; 61+2 = 63); fees 156 ('人民币壹佰伍拾陆元整': UPPERCASE FINANCIAL NUMERALS only); "
      "reviews 1 (维持); lawsuits 0 ('未发生因政府信息公开提起行政诉讼的情况'); npc 87 (八十七件), cppcc 102 "
      "(一百零二件, with 零). DISTRACTORS: SUMS OVER SEVERAL YEARS '自2008年…至2012年底，全区累计主动公开政府信息21,460条' "
      "and '2008年至2012年，全区累计受理政府信息公开申请213件'; the city's '2011年度，全市共主动公开政府信息31,426条，"
      "受理政府信息公开申请1,203件' (message 1); 4,097 (2011); 34个部门, 6个街道（镇）, 访问量46.3万人次, 查阅点3个, "
      "1,846人次; target 不少于6,000条; 按期办结率100%; phone numbers, Message-IDs full of digits, the .xls bytes. "
      "published 2013-03-15: the report's signature (the cover note carries the same date); the Date headers "
      "(2013-01-08, 03-15, 03-18, 03-20), the posting deadline 3月28日 and the notice's 3月15日/3月31日 deadlines are not "
      "it. agency: the report's title 泷湾市茆山区人民政府 (the cover note is signed by its 办公室).")

entry("yuntang-water-2013-wps-rtf-unrtf.html", "unrtf-html-of-wps-rtf-broken-table-local-statistics", "pre2019",
      "筠塘县水利局", "county department", 2013,
      {"year": 2013, "agency": "筠塘县水利局", "kind": "annual_report", "template": "pre2019", "script": "hans",
       "published": "2014-03-14",
       "active.total": 312, "applications.new.total": 9, "applications.processed.total": 9,
       "applications.granted.total": 6, "applications.partial.total": 1,
       "legacy.denied": 1, "legacy.not_exist": 1, "legacy.not_ours": 0,
       "appeals.review.total": 0, "appeals.suit.total": 0, "legacy.complaints": 0, "legacy.fees_yuan": 0,
       "legacy.cumulative.denied": 4, "legacy.cumulative.not_exist": 3, "legacy.cumulative.not_ours": 1,
       "legacy.cumulative.complaints": 0, "legacy.cumulative.fees_yuan": 30,
       "narrative.active_total": 312, "narrative.applications_received": 9,
       "narrative.applications_completed": 9, "narrative.applications_carried_forward": 0,
       "narrative.fees_collected": 0, "narrative.reviews": 0, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 5, "narrative.cppcc_proposals": 8},
      "FORM: real `unrtf --html` output (UnRTF 0.21.10, src/yuntang/build.sh) of an RTF saved by WPS "
      "(src/yuntang/make_rtf.py: \\ansicpg936, every Chinese character as GBK \\'hh escapes, \\trowd tables). "
      "EVERY CHINESE CHARACTER IS A NUMERIC CHARACTER REFERENCE (&#31584;&#22616;…), and unrtf's table output is "
      "broken in its real way: most row labels and the unit cell stand OUTSIDE <td> before an empty <td></td>, the "
      "two value cells open a new <tr>, rows 1.–5. keep the label in a <td>, stray </center> tags, and the "
      "signature lands inside the last table row. The title is cut by a <center> tag (筠塘县水利局<center>2013年…). "
      "STRESS: THE <title> IS LAST YEAR'S: the RTF \\info group was left over from the 2012 file "
      "('筠塘县水利局2012年政府信息公开工作年度报告', with 'creation date: 11 March 2013'), the body is 2013. year 2013. "
      "TABLE (template pre2019; 本年度 | 历年累计), mapped as in prose11 cenyuan: 一、主动公开政府信息数 312 → "
      "active.total (cumulative 1,874 has no key); 其中：通过政府网站公开数 298 is a part; 二、收到申请数 9 → "
      "applications.new.total; 三、对申请的答复数 9 → applications.processed.total; 1.同意公开 6 → granted; 2.同意部分公开 "
      "1 → partial; 3.不予公开 1 → legacy.denied; 4.“信息不存在” 1 → legacy.not_exist; 5.“非本机关掌握” 0 → "
      "legacy.not_ours (here SIBLINGS of 不予公开, not nested in it: 6+1+1+1+0 = 9, cumulative 39+5+4+3+1 = 52, "
      "checked); 四、行政复议数 0 → appeals.review.total; 五、行政诉讼数 0 → appeals.suit.total; 六、举报投诉数 0 → "
      "legacy.complaints; 七、依申请公开收取费用 0 元 → legacy.fees_yuan. legacy.cumulative: denied 4, not_exist 3, "
      "not_ours 1, complaints 0, fees_yuan 30. The cumulative 复议 1 (an earlier year's review) and the cumulative "
      "values of mapped paths (1,874; 52; 52; 39; 5; 1; 0) have no key. NARRATIVE: active_total 312 ('全年主动公开政府"
      "信息312条，比2012年的278条增加34条': 278 is 2012's, 34 a change; 298+14 = 312 and 23+37+104+86+62 = 312, "
      "checked); received 9 (当面4件、网上5件); completed 9 ('9件…均已按期答复'); carried_forward 0 ('无结转下年度办理"
      "的申请'); fees 0; reviews 0, lawsuits 0 ('本年度未发生…行政复议、提起行政诉讼的情况'); npc 5, cppcc 8. "
      "DISTRACTORS: 行政审批事项137件 (取水许可, 河道采砂许可: '均不属于政府信息公开申请'); 农村饮水安全工程12处, "
      "3.6万人; target 不少于350条; RTF metadata dates. published 2014-03-14: the signature (inside the table's last "
      "row); unrtf's 'revision date: 14 March 2014 10:47' agrees, 'creation date: 11 March 2013' is the 2012 file's.")

entry("xingqiao-street-2023-summary-sentences.csv", "nlp-pipeline-sentence-csv-with-json-ner-column", "2021",
      "鹭汀区荇桥街道办事处", "street office (街道办事处)", 2023,
      {"year": 2023, "agency": "鹭汀区荇桥街道办事处", "kind": "work_summary", "template": "none", "script": "hans",
       "published": "2023-12-26",
       "narrative.active_total": 1047, "narrative.new_media_posts": None, "narrative.interpretations": None,
       "narrative.applications_received": 12, "narrative.applications_completed": 11,
       "narrative.applications_carried_forward": 1, "narrative.reviews": 0, "narrative.lawsuits": 0,
       "narrative.fees_collected": 0, "narrative.npc_suggestions": 2, "narrative.cppcc_proposals": 3},
      "FORM: the CSV a text-mining pipeline writes after sentence splitting and NER over crawled documents "
      "(src/xingqiao/make_csv.py, Python csv module, CRLF): header doc_id,para_id,sent_id,char_start,char_end,text,ner; "
      "ONE SENTENCE A ROW (split at 。；), paragraph and sentence ids (p006.s02), character offsets, and an NER column "
      "holding a JSON list in a quoted field with doubled quotes (\"\"start\"\": 38, \"\"text\"\": \"\"一千零四十七条\"\", "
      "\"\"label\"\": \"\"QUANTITY\"\") — digits everywhere that are not figures. The summary is written ENTIRELY IN "
      "CHINESE NUMERALS with 〇 and 零 (二〇二三年, 一千零四十七条, 九百零八条, 六千二百零四件, 二〇二三年十二月二十六日) and "
      "两 (两件). GOLD: year 2023 (二〇二三年 in the title); active_total 1047 ('主动公开政务信息一千零四十七条，较"
      "二〇二二年的九百零八条增长百分之十五点三': 908 is 2022's; 1,047/908 = +15.3%, checked); new_media_posts NULL "
      "('推送稿件二百余篇'); interpretations NULL ('组织“政策进社区”解读活动十几场': 十几 is approximate); "
      "applications_received 12 ('新收…十二件，较上年的七件增加五件': 七 is 2022's, 五 a change); completed 11 "
      "(五+两+三+一 = 11, checked); carried_forward 1 ('另有一件因需征求第三方意见依法延期，将于二〇二四年一月答复'; 12 = "
      "11+1); note '无上年结转申请' is the carry-OVER (in), not the carry-forward; reviews 0, lawsuits 0 ('全年未发生…"
      "行政复议、行政诉讼'); fees 0 ('未收取任何费用'); npc 2 (两件), cppcc 3. DISTRACTORS: 件次 vs 件 '接待群众政务"
      "咨询四百六十件次'; '12345热线转办工单一千二百三十六件' and 按时办结率百分之百; 受理 of a service centre '全年受理各类"
      "服务事项六千二百零四件' ('不属于政府信息公开申请'); 培训四次/一百二十人次; 2024 targets 不少于一千二百条 / 二十场; "
      "char offsets and NER offsets. published 2023-12-26 (二〇二三年十二月二十六日 under the signature). kind "
      "work_summary (政务公开工作总结). agency: the title's 鹭汀区荇桥街道办事处 (signed 荇桥街道办事处).")

entry("laixi-township-2014-qiaokan-vertical-hant-pdftotext-raw.txt", "pdftotext-raw-of-vertical-traditional-qiaokan-page",
      "pre2019", "鳌坑县濑溪乡人民政府", "township", 2014,
      {"year": 2014, "agency": "鳌坑县濑溪乡人民政府", "kind": "annual_report", "template": "none", "script": "hant",
       "published": "2015-03-18",
       "narrative.active_total": 126, "narrative.applications_received": 3,
       "narrative.applications_completed": 3, "narrative.applications_carried_forward": 0,
       "narrative.fees_collected": 0, "narrative.reviews": 0, "narrative.lawsuits": 0,
       "narrative.npc_suggestions": 2},
      "FORM: real `pdftotext -raw` (poppler 22.12, src/laixi/build.sh) of two pages of a 侨刊乡讯 《瀨溪鄉訊》 (第八十七期, "
      "二〇一五年四月) that reprints the township's report for overseas natives, TYPESET VERTICALLY (竖排) in TRADITIONAL "
      "characters (real OpenCC 1.1.6 s2t of src/laixi/page-hans.txt: 瀨溪鄉, 鰲坑縣, 發佈, 數據, 爲): columns of 24 "
      "characters right to left, each glyph placed on its own, so -raw gives ONE CHARACTER A LINE in reading order, "
      "with the horizontal running head '瀨溪鄉訊 第八十七期 二〇一五年四月 鄉政動態' and the page number '— 6 —' / a form "
      "feed between the pages (the page break falls inside section 三). Punctuation is in its VERTICAL PRESENTATION "
      "FORMS (︐ ︑ ︒ ︓ ︵ ︶ ︽ ︾ ︻ ︼; NFKC maps them back). All figures are Chinese numerals, as vertical setting wants. "
      "An 编者按 before the report ('二〇一三年，本鄉收到政府信息公開申請一件') and a 乡讯 news item after it (港幣二十萬元, "
      "一千二百餘人次) are not the report. GOLD: active_total 126 ('全年主動公開政府信息一百二十六條，比上年增加十九條': 十九 "
      "is a change; 九十八+二十八 = 126, checked); applications_received 3 ('全年共受理政府信息公開申請三件' — no "
      "carry-over exists, 受理 = received); completed 3 ('均已在法定期限內答覆，其中同意公開兩件、信息不存在一件': 2+1 = 3); "
      "carried_forward 0 ('無轉入下年度辦理的申請'); fees 0; reviews 0, lawsuits 0 ('未發生…'); npc 2 ('辦理縣人大代表建議"
      "兩件'). DISTRACTORS: '鄉僑務辦全年接待海外鄉親來信來訪四十七件次' ('不屬於政府信息公開申請'); 兼職工作人員兩名; the "
      "editor's 2013 figure 一件; the news item's 港幣二十萬元 and 一千二百餘人次; the issue number 八十七 and date "
      "二〇一五年四月; page numbers 6, 7. published 2015-03-18 (二〇一五年三月十八日 under the signature; the issue is "
      "April 2015). script hant; agency normalised to simplified 鳌坑县濑溪乡人民政府 (title 鰲坑縣瀨溪鄉人民政府).")

entry("hengxi-eco-2019-summary-slides-pdftotext.txt", "pdftotext-of-presentation-slides-kpi-cards", "2019",
      "珩溪市生态环境局", "city department", 2019,
      {"year": 2019, "agency": "珩溪市生态环境局", "kind": "work_summary", "template": "none", "script": "hans",
       "published": "2020-01-10",
       "narrative.active_total": 1532, "narrative.interpretations": 14, "narrative.press_conferences": 6,
       "narrative.new_media_posts": 486, "narrative.applications_received": 27,
       "narrative.applications_completed": 28, "narrative.applications_carried_forward": 2,
       "narrative.reviews": 1, "narrative.lawsuits": 0, "narrative.fees_collected": 0,
       "narrative.npc_suggestions": 12, "narrative.cppcc_proposals": 19},
      "FORM: real `pdftotext` (poppler 22.12, default mode, src/hengxi/build.sh) of a 10-slide 16:9 deck exported "
      "to PDF (src/hengxi/make_slides.py, reportlab): '2019年政务公开工作汇报' for the bureau's leadership. Every "
      "slide ends with the footer '珩溪市生态环境局 | 2019年政务公开工作汇报' and 'n / 10' and a form feed. The KPI "
      "CARDS come out as A RUN OF BIG NUMBERS, THEN A RUN OF LABELS, THEN THE SUBTITLES ('1,532 / 14 / 6 / 486' then "
      "'主动公开信息（条） / 政策解读（篇） / 新闻发布会（场） / 微信推送（篇）'): a number belongs to the label in the same "
      "position. A bar chart prints its value labels top-down (1,532 / 1,361 / 1,204) away from its year labels "
      "(2017 … 2018 … 2019, the footer between them). GOLD (matched by card position): active_total 1532, "
      "interpretations 14, press_conferences 6, new_media_posts 486 (slide 4; '同比 +12.6%' a change: 1,532/1,361 = "
      "+12.6%, checked; 1,361 and 1,204 are 2018's and 2017's); applications_received 27: the card says '30 / "
      "受理申请（件）' and its subtitle '其中新收27件 · 上年结转3件' — 受理 includes the carry-over, 新收 is the figure; "
      "completed 28 ('28 / 办结（件）'; legend 15+4+6+3 = 28, checked); carried_forward 2 ('2 / 结转2020年办理（件）'; "
      "27+3 = 28+2); '100% / 按期答复率' a rate; reviews 1 ('1 / 行政复议（件）', 结果：维持); lawsuits 0 ('0 / "
      "行政诉讼（件）'); fees 0 ('0元 / 信息处理费', '全年未收取任何费用'); npc 12, cppcc 19 ('31 / 建议提案（件）' is their "
      "sum: '人大代表建议12件 · 政协提案19件'). DISTRACTORS: '全市生态环境系统（含6个县区分局）共公开信息3,418条' (the whole "
      "system, '本局数据不含分局'); '12369环保举报热线受理环境信访投诉1,127件' ('不属于政府信息公开申请'); 专兼职工作人员9名, "
      "任务38项, 培训3次/142人次, '5月15日'; 2020 targets 不少于1,600条 / 20篇; 图解5篇 · 视频2篇 (parts of the 14); "
      "page numbers. published 2020-01-10 (the cover slide's date, there is no signature). kind work_summary "
      "(a 工作汇报 of the year's 政务公开 work, not the 年度报告). year 2019.")

entry("qishan-county-2024-podcast-shownotes.html", "podcast-episode-page-shownotes-with-report-excerpt", "2021",
      "萁山县人民政府", "county government", 2024,
      {"year": 2024, "agency": "萁山县人民政府", "kind": "annual_report", "template": "none", "script": "hans",
       "published": "2025-01-22",
       "narrative.active_total": 4873, "narrative.press_conferences": 7, "narrative.interpretations": 42,
       "narrative.applications_received": 168, "narrative.applications_completed": 170,
       "narrative.applications_carried_forward": 9, "narrative.reviews": 6, "narrative.lawsuits": 3,
       "narrative.fees_collected": 500, "narrative.npc_suggestions": 56, "narrative.cppcc_proposals": 71},
      "FORM: a saved podcast EPISODE PAGE (a 小宇宙-style Next.js page of the fictional 声屿FM; written by hand): "
      "<title> 'EP37｜23分钟听懂萁山县2024年…', og: tags, JSON-LD PodcastEpisode (episodeNumber 37, datePublished "
      "2025-02-08, timeRequired PT23M41S, 13187 listens), a player '00:00 / 23:41', the meta line (23分钟 · 2025/02/08 · "
      "1.3万 播放 · 48 评论 · 326 喜欢), SHOW NOTES with a TIME AXIS ('03:26 主动公开：全年4,873条，比2023年多了412条', "
      "'08:10 …新收168件，比2023年的152件多了16件', timestamps in data-seconds too), a blockquote '年报要点（原文摘录）' "
      "quoting section 一 of the report, related episodes ('EP25｜2023年年报…当年新收申请152件'), listener comments, "
      "and __NEXT_DATA__ JSON. Gold sentences are the blockquote's (the report's own words); the time axis repeats "
      "them with other years' figures. GOLD: active_total 4873 ('全县各级行政机关主动公开政府信息4,873条，其中县政府门户网站"
      "发布2,961条'; 2,961 a part; 4,873−412 = 4,461 is 2023's); press_conferences 7; interpretations 42 ('（其中"
      "图解、视频解读19篇）' a part); applications_received 168 ('新收…168件，上年结转11件'); completed 170; "
      "carried_forward 9 (168+11 = 170+9, checked); '予以公开73件，占42.9%' (73/170 = 42.9%, checked); fees 500 "
      "('向2名申请人收取信息处理费500元'; 2 is the number of payers); reviews 6 (4+1+1, checked); lawsuits 3 (2+1); "
      "npc 56, cppcc 71. DISTRACTORS: 2023's 152件 (time axis, related episode), '多了16件', '多了412条'; "
      "'隔壁县才60多件' and '我2023年申请过两次' (comments); '复议里纠正了1件'; 23分钟, 23:41, EP37/EP38/EP25/EP31, "
      "1.3万 播放, 48 评论, 326 喜欢, 2,416 人订阅, 22.7 MB, ICP numbers, the timestamps. published 2025-01-22: the "
      "page's '报告原文：…年度报告（2025年1月22日发布）'; the episode's 2025-02-08 is the podcast's. kind annual_report "
      "(the page carries the report's excerpt; as prose9's 通报). agency: the report's title 《萁山县人民政府2024年政府"
      "信息公开工作年度报告》 (the episode title says only 萁山县).")

with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(E, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(E), "entries,", sum(len(e["gold"]) for e in E), "gold keys,",
      sum(v is None for e in E for v in e["gold"].values()), "null")
