#!/usr/bin/env python3
"""Write manifest.json for set prose13.  The gold is hand-written here; check.py verifies it
against the files.  Run: python3 make_manifest.py"""
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


g = meta(2009, "丹峪县荷塘乡人民政府", "annual_report", "pre2019", "2010-03-19")
g.update({"active.total": 137, "applications.new.total": 2, "applications.processed.total": 2,
          "applications.granted.total": 1, "applications.partial.total": 0, "legacy.denied": 0,
          "legacy.not_exist": 1, "legacy.not_ours": 0, "appeals.review.total": 0, "appeals.suit.total": 0,
          "legacy.complaints": 0, "legacy.fees_yuan": 0, "legacy.cumulative.denied": 0,
          "legacy.cumulative.not_exist": 1, "legacy.cumulative.not_ours": 0, "legacy.cumulative.complaints": 0,
          "legacy.cumulative.fees_yuan": 0})
g.update(narr(active_total=137, applications_received=2, applications_completed=2, applications_carried_forward=0,
              fees_collected=0, reviews=0, lawsuits=0, npc_suggestions=3))
entry("danyu-hetang-township-2009-scan-tesseract.hocr", "tesseract-hocr-of-two-scanned-pages-local-statistics-table",
      "pre2019", "丹峪县荷塘乡人民政府", "township government (乡)", 2009, g,
      "FORM: real tesseract 5.3 `-l chi_sim hocr` output (src/danyu/build.sh) of two 300 dpi A4 'scans' rendered by "
      "src/danyu/render.py (wqy-zenhei, a slight rotation, speckle and blur): XHTML with ocr_page / ocr_carea / ocr_par / "
      "ocr_line / ocrx_word spans, every word with a bbox and x_wconf, Chinese split into one- or two-character "
      "WORDS SEPARATED BY SPACES ('丹 峪 县 荷塘 乡 人 民政 府'). Real OCR errors are left in: 信函→信尔, 31日→31明, the "
      "closing signature's 荷塘→简塘 ('丹 峪 县 简 塘 乡 人 民政 府'), lost opening quotes in the table labels. None of "
      "them touches a gold figure. TABLE (附表：荷塘乡2009年政府信息公开情况统计表, 本年度 | 历年累计; template pre2019): "
      "each row is one ocr_line whose last two words are the two values ('一 、 主 动 公开 政府 信息 数 条 137 241'): "
      "joined without the spaces they read 137241, so the word boundaries matter. Mapped as in prose11 cenyuan / prose12 "
      "yuntang: 一、主动公开政府信息数 137 → active.total (cumulative 241 = 104 of 2008 + 137, no key); 二、收到申请数 2 → "
      "applications.new.total; 三、对申请的答复数 2 → processed; 1.同意公开 1 → granted; 2.同意部分公开 0 → partial; "
      "3.不予公开 0 → legacy.denied; 4.“信息不存在” 1 → legacy.not_exist; 5.“非本机关掌握” 0 → legacy.not_ours "
      "(siblings: 1+0+0+1+0 = 2, cumulative 2+0+0+1+0 = 3, checked); 四、行政复议数 0, 五、行政诉讼数 0; 六、申诉数 0 → "
      "legacy.complaints; 七、依申请公开收取费用 0 元 → legacy.fees_yuan; legacy.cumulative: denied 0, not_exist 1, "
      "not_ours 0, complaints 0, fees_yuan 0 (the cumulative 3 / 3 / 2 / 0 of mapped paths have no key). NARRATIVE: "
      "active_total 137 ('全年主动公开政府信息137条'; 58+64+15 = 137, checked); received 2 ('收到…申请2件，其中当面申请1件、"
      "信函申请1件'); completed 2 ('已全部答复：同意公开1件；另1件…不存在'); carried_forward 0 ('无结转下年度办理的申请'); "
      "fees 0 ('本年度未收取任何费用'); reviews 0 and lawsuits 0 ('未发生因政府信息公开申请行政复议、提起行政诉讼和申诉的"
      "情况'); npc 3 ('承办县人大代表建议3件'; a 乡 has no 政协, so no cppcc key). DISTRACTORS: '条例施行以来至2008年底，"
      "我乡公开政府信息104条' (another year); '全县22个乡镇全年共主动公开政府信息1906条' (the whole county); target "
      "'不少于150条' for 2010; 惠农补贴326.5万元, 3418户, 11个行政村, 2名 staff; x_wconf values, bboxes, 'ppageno', "
      "image names. published 2010-03-19: the signature ('2010 年 3 月 19 日'); agency: the title (the signature's "
      "OCR reads 简塘).")

g = meta(2015, "溱安县文化广电新闻出版局", "annual_report", "pre2019", "2016-03-25")
g.update({"active.total": 486, "applications.new.total": 7, "applications.processed.total": 6,
          "applications.granted.total": 4, "applications.partial.total": 1, "legacy.denied": 0,
          "legacy.not_exist": 1, "legacy.not_ours": 0, "appeals.review.total": 1, "appeals.suit.total": 0,
          "legacy.complaints": 0, "legacy.fees_yuan": 0, "legacy.cumulative.denied": 2,
          "legacy.cumulative.not_exist": 3, "legacy.cumulative.not_ours": 2, "legacy.cumulative.complaints": 1,
          "legacy.cumulative.fees_yuan": 45})
g.update(narr(active_total=486, new_media_posts=None, press_conferences=2, applications_received=7,
              applications_completed=6, applications_carried_forward=1, reviews=1, lawsuits=0, fees_collected=0,
              npc_suggestions=6, cppcc_proposals=9))
entry("qinan-culture-2015-pdf-form-pdftk-dump-data-fields.txt", "pdftk-dump-data-fields-utf8-of-filled-acroform",
      "pre2019", "溱安县文化广电新闻出版局", "county department", 2015, g,
      "FORM: real `pdftk filled.pdf dump_data_fields_utf8` output (pdftk-java 3.3.2, src/qinan/build.sh) of the county's "
      "报送表 (溱安县政府信息公开工作年度报告报送表（2015年度）) as an AcroForm PDF made with reportlab (src/qinan/make_form.py) "
      "and filled by `pdftk fill_form` from a UTF-8 XFDF. Records separated by '---', each FieldType / FieldName (ASCII "
      "codes: t01_bnd, t034_lj, zyqk …) / FieldNameAlt (the tooltip, which is the only Chinese label: '溱安县政府信息公开"
      "情况统计表·4.信息不存在答复数（件）·本年度') / FieldFlags / FieldValue / FieldJustification / FieldMaxLength. The "
      "report's statistics table exists ONLY as 30 such records, value and label in different lines; the summary field "
      "zyqk is multi-line (its lines are not prefixed) and its FieldMaxLength 300 made pdftk CUT IT: the last sentence "
      "ends '…广播电视设施设置审批事项1' (the distractor 17 cut to 1). TABLE (template pre2019; the 本年度 / 历年累计 "
      "records): t01 主动公开政府信息数 486 → active.total (历年累计 2913 no key; 其中网站 452 / 2706 a part); t02 收到申请数 "
      "7 → applications.new.total; t03 答复数 6 → processed; t031 同意公开 4 → granted; t032 同意部分公开 1 → partial; "
      "t033 不予公开 0 → legacy.denied; t034 信息不存在 1 → legacy.not_exist; t035 非本机关掌握 0 → legacy.not_ours "
      "(4+1+0+1+0 = 6; cumulative 19+4+2+3+2 = 30, checked); t04 行政复议数 1 → appeals.review.total; t05 行政诉讼数 0 → "
      "appeals.suit.total; t06 举报投诉数 0 → legacy.complaints; t07 收取费用 0 元 → legacy.fees_yuan. legacy.cumulative: "
      "denied 2, not_exist 3, not_ours 2, complaints 1, fees_yuan 45. NARRATIVE (field zyqk): active_total 486 ('我局主动"
      "公开政府信息486条…比2014年的401条增加85条'; 401 is 2014's, 85 a change, 486-401 = 85 checked); new_media_posts "
      "NULL ('“溱安文广”官方微博全年发布信息约1300条': 约); press 2; received 7; completed 6 ('已答复6件'); "
      "carried_forward 1 ('另有1件…结转至2016年1月答复'; 7 = 6+1); reviews 1; lawsuits 0 ('未发生因政府信息公开提起行政"
      "诉讼的情况'); fees 0 ('未收取任何费用'); npc 6; cppcc 9. DISTRACTORS: 文化市场行政许可申请213件 and the cut "
      "审批事项1[7件] ('均不属于政府信息公开申请'); the cumulative column; FieldMaxLength 100 / 300, FieldFlags 4096, the "
      "phone 0578-6123907, the URL's t20160325_41873. published 2016-03-25: the field 报告发布日期 (the form has no "
      "signature); 填报日期 2016年3月29日 is the form's. agency: the field 报告名称 (单位名称 says the same without the "
      "year). Judgment: the form is the report's own statistics as submitted, so the gold treats it like a report "
      "with its table (template pre2019) and the summary field as its prose.")

g = meta(2013, "峤城市食品药品监督管理局", "annual_report", "none", "2014-03-17")
g.update(narr(active_total=2046, interpretations=6, press_conferences=3, new_media_posts=1315,
              applications_received=36, applications_completed=35, applications_carried_forward=3, fees_collected=86,
              reviews=2, lawsuits=1, npc_suggestions=14, cppcc_proposals=23))
entry("qiaocheng-fda-2013-cms-sqlite3-dump.sql", "sqlite3-dump-of-cms-database-replace-char10", "pre2019",
      "峤城市食品药品监督管理局", "city department", 2013, g,
      "FORM: real `sqlite3 cms.db .dump` output (SQLite 3.40.1, src/qiaocheng/build.sh) of a small CMS database: "
      "CREATE TABLE / INSERT statements for cms_channel, cms_article, cms_attachment, an index. Each article's HTML is "
      "ONE SQL STRING LITERAL ON ONE LINE, its newlines written as the two characters '\\n' inside "
      "replace('…','\\n',char(10)) — the way sqlite 3.40 dumps text with line breaks. THREE ARTICLES, the report LAST: "
      "2207 (2013-03-20) the news that the 2012 report was published, with 2012's figures (1,698条, 受理27件, 复议1件); 2594 "
      "(2014-01-08) a work meeting that says 2013's publication '超过2000条' (approximate) and 2014's targets (不少于2,200条, "
      "解读不少于10篇); 2731 the 2013 report. cms_attachment names the statistics table as an .xls "
      "('…2013年政府信息公开情况统计表.xls'), not in the file: template none. GOLD (article 2731): active_total 2046 ('全年"
      "主动公开政府信息2,046条'; 1,872+174 = 2,046, checked); interpretations 6; press 3; new_media_posts 1315 (官方微博“峤城"
      "食药”…1,315条; 粉丝数4.7万人 is not a count of posts); applications_received 36 ('全年共受理…申请38件，其中2012年"
      "结转2件、本年新收36件': 受理 38 includes the carry-over, 新收 36 is the figure as in prose6; channels 9+22+5 = 36, "
      "checked); completed 35 ('已办结35件'; 21+4+3+5+2 = 35, checked); carried_forward 3 ('其余3件…结转至2014年'; "
      "38-35 = 3); fees 86 ('收取复制费、邮寄费共计86元'); reviews 2 (维持1件、撤销重新答复1件); lawsuits 1; npc 14; cppcc "
      "23. DISTRACTORS: 全市食品药品监管系统（含6个县区局）5,330条; 12331热线 4,217件 and 行政许可申请3,052件 ('不纳入政府信息"
      "公开申请统计'); 抽检公告48期; the other articles' figures; hits 1893 / 412 / 163, ids, index_no QC-SYJ-2014-00087, "
      "file_size 27648, the phone, postcode 516300. published 2014-03-17: the signature inside the content; pub_time "
      "'2014-03-18 09:26:40' is the posting. agency: the title (the title column and the <strong> heading).")

g = meta(2020, "汭阳市交通运输局", "annual_report", "none", "2021-01-26")
g.update(narr(active_total=1384, interpretations=17, press_conferences=4, new_media_posts=2276,
              applications_received=53, applications_completed=54, applications_carried_forward=3, fees_collected=0,
              reviews=3, lawsuits=1, npc_suggestions=19, cppcc_proposals=24))
entry("ruiyang-transport-2020-weibo-crawler.json", "weibo-crawler-json-account-export-long-post", "2019",
      "汭阳市交通运输局", "city department", 2020, g,
      "FORM: the JSON a Weibo scraper (the weibo-crawler layout: {'user': {…}, 'weibo': [{user_id, screen_name, id, bid, "
      "text, pics, created_at, attitudes_count, comments_count, reposts_count, topics, at_users, full_created_at, "
      "retweet?}]}) writes for the account @汭阳交通, built by src/ruiyang/make_json.py (json.dump, indent 4, "
      "ensure_ascii False). THE REPORT IS ONE JSON STRING: weibo[1].text, its line breaks as '\\n' escapes, with a "
      "hashtag (#汭阳政务公开#), a 【】 title and the emoji code [心] after the date. Its tables were posted as nine "
      "pictures (pics: nine sinaimg URLs; '（以上三项统计表见图1-9）'): template none. THREE POSTS: weibo[0] (2021-01-29) is "
      "a repost of the CITY GOVERNMENT's account @汭阳发布 with the whole city's figures (48,215条, 新收1,036件, 办结1,021件, "
      "复议41件, 诉讼17件) — another body; weibo[2] (2021-01-13) is the 12328 hotline's 2020 figures (9,614件: 咨询6,102、"
      "投诉2,871、建议641). GOLD (weibo[1]): active_total 1384 ('全年主动公开政府信息1,384条，比2019年的1,207条增加177条，"
      "增长14.7%'; 1,207 is 2019's, checked); interpretations 17 (其中图解9篇、视频解读2篇); press 4; new_media_posts 2276; "
      "received 53 ('新收…53件，上年结转4件'); completed 54; carried_forward 3 (53+4 = 54+3, checked); fees 0 ('全年未收取"
      "信息处理费'); reviews 3; lawsuits 1; npc 19; cppcc 24. DISTRACTORS: user counts (statuses 3318, followers 28417, "
      "follow 206, urank 36), attitudes 57 / comments 12 / reposts 38, ids, the phone 0736-8215506, target 不少于20篇. "
      "published 2021-01-26: the signature at the end of the text; created_at 2021-01-27 (16:30:05) is the post. "
      "agency: the 【】 title; screen_name 汭阳交通 is the account.")

g = meta(2017, "菰川县人民政府", "annual_report", "none", "2018-03-27")
g.update(narr(active_total=18652, interpretations=73, press_conferences=11, new_media_posts=None,
              applications_received=397, applications_completed=401, applications_carried_forward=11,
              fees_collected=1240, reviews=9, lawsuits=4, npc_suggestions=128, cppcc_proposals=167))
entry("guchuan-county-2017-policy-interpretation.html", "cms-policy-interpretation-page-qa-restating-report",
      "pre2019", "菰川县人民政府", "county government", 2017, g,
      "FORM: a saved county-portal page of the 政策解读 column (XHTML 1.0 Transitional, meta SiteName / ColumnName / "
      "ArticleTitle / PubDate, an 信息公开 info table, a 相关文件 list), written by hand in the shape of such TRS pages: "
      "【文字解读】《菰川县人民政府2017年政府信息公开工作年度报告》解读, SEVEN QUESTIONS AND ANSWERS (问一…问七 / 答：) that "
      "restate the report. The report itself is not in the file, and neither are its tables: template none. The gold is "
      "the report as the interpretation restates it (as prose12's podcast page). GOLD: active_total 18652 ('全县各级行政机关"
      "共主动公开政府信息18,652条，比2016年的16,535条增加2,117条，增长12.8%'; 9,870+8,782 = 18,652, 16,535 is 2016's, "
      "checked); interpretations 73; press 11; new_media_posts NULL ('政务微博、微信公众号全年发布信息约1.2万条': 约 and 万); "
      "applications_received 397 ('共受理…申请412件，其中本年新收397件、上年结转15件': 新收; channels 88+251+58 = 397, "
      "checked); completed 401 (246+39+21+58+37 = 401, checked); carried_forward 11 ('其余11件…结转至2018年'; 412-401 = "
      "11); fees 1240 ('共收取检索、复制、邮寄费用1,240元'; '2016年全县收取费用为1,615元' is another year); reviews 9 ('行政复议"
      "9件，其中维持原答复7件、纠正两件'); lawsuits 4 (3 驳回 + 1 未审结); npc 128; cppcc 167. DISTRACTORS: 县政府本级受理63件 "
      "(占15.3%, checked); changes '行政复议减少3件、行政诉讼增加1件'; 23个工作部门、14个乡镇; targets 不少于2万条 / 12场; "
      "浏览次数 2,417; index GC-XZF-2018-00163; the 2016 report and its 解读 in 相关文件. published 2018-03-27: the report's "
      "date as the page gives it ('3月27日，县政府门户网站发布了…' and '（2018年3月27日发布）'); the page's own 发布日期 "
      "2018-03-30 and PubDate '2018-03-30 15:42' date the interpretation. kind annual_report: the file carries the "
      "report (by restatement). agency: the report's title.")

g = meta(2018, "鸬溪区人民政府", "work_summary", "none", "2019-01-21")
g.update(narr(active_total=23468, press_conferences=14, interpretations=96, new_media_posts=2318,
              applications_received=321, applications_completed=319, applications_carried_forward=8, fees_collected=0,
              reviews=12, lawsuits=5, npc_suggestions=143, cppcc_proposals=188))
entry("luxi-district-2018-summary-npc-hearing-transcript.txt", "npc-standing-committee-hearing-stenographic-transcript",
      "pre2019", "鸬溪区人民政府", "district government", 2018, g,
      "FORM: the 速记稿 of a district 人大常委会 session, as posted on the 人大 site (header: 发布时间 / 来源 / 浏览; meeting "
      "time, place, chair, attendees), written by hand: speaker turns 'name（role）：' with full-width indents, the "
      "district government's 汇报 read by the 区政府办公室主任 ('【汇报材料：鸬溪区人民政府关于2018年度全区政务公开工作情况的"
      "汇报】'), then a 专题询问 in which members and officials quote other figures. kind work_summary (a 政务公开工作情况的"
      "汇报). GOLD (the 汇报; for a district government the 全区 figures are the report's own, as prose9 lanxiang / prose12 "
      "yunzhou): active_total 23468 ('共主动公开政府信息23,468条，其中区政府门户网站发布12,905条'); press 14; interpretations "
      "96; new_media_posts 2318 ('…全年推送信息2,318条'); received 321 ('新收…申请321件，上年结转6件'); completed 319; "
      "carried_forward 8 (321+6 = 319+8, checked); fees 0 ('全年未收取任何费用'); reviews 12; lawsuits 5; npc 143; cppcc "
      "188. DISTRACTORS (mostly in the 询问): '2017年是7件' (another year; 12-7 = 5 a change); '全市去年（2018年）信息公开复议"
      "一共是86件' (the city); '材料第5页写的是“受理327件”' (受理 = 321 + 6 carried over, explained in the answer); '区政府本级"
      "新收申请74件' (a part); '鹭门区去年受理了五百多件' (another district, approximate); '培训约1,500人次'; 维持10件、纠正两件 "
      "(parts of 12); 浏览 651; times 9:00 / 10:52; '第十七届…第十七次会议'; '分值提高到5分'. published 2019-01-21: the page's "
      "发布时间 — the transcript has no signature (schema: 'the date under the signature, or the page's 发布日期'); the "
      "meeting itself was on 2019年1月17日 (see judgment calls). agency: '鸬溪区人民政府关于2018年度…的汇报' (the city 砻江市 "
      "is printed only in the 人大's name).")

g = meta(2022, "岢州市人民政府", "annual_report", "none", "2023-01-19")
g.update(narr(active_total=9742, interpretations=186, press_conferences=27, new_media_posts=13905,
              applications_received=468, applications_completed=472, applications_carried_forward=14, fees_collected=0,
              reviews=31, lawsuits=12, npc_suggestions=214, cppcc_proposals=276))
entry("kezhou-city-2022-jupyter-notebook.ipynb", "jupyter-notebook-executed-by-nbconvert-report-in-code-cell", "2021",
      "岢州市人民政府", "prefecture-level city government", 2022, g,
      "FORM: a Jupyter notebook (nbformat 4.5) of a third-party assessment team, written with nbformat "
      "(src/kezhou/make_nb.py) and EXECUTED by `python3 -m nbconvert --to notebook --execute --allow-errors` "
      "(nbconvert 6.5.3, ipykernel 6.17; the cell ids and execution timestamps then fixed by src/kezhou/fix_meta.py; src/kezhou/build.sh), so the outputs are real. THE REPORT'S SECTION 一 IS A "
      "PYTHON TRIPLE-QUOTED STRING in code cell 2, stored as a JSON list of source lines ('report = \"\"\"岢州市人民政府"
      "2022年…', '\\n', …); tables 二–四 were images and are not transcribed ('（见表1，图片）'): template none. Outputs: the "
      "regex result dict (execute_result text/plain: {'主动公开': 9742, …, '受理': 486, …}), an AttributeError TRACEBACK "
      "with ANSI colour codes (a wrong regex 行政诉讼(\\d+)起), a stdout table of 2021 → 2022 changes (8,911 → 9,742 +831 "
      "+9.3% …), and the tuple (468, 14). GOLD (the report string): active_total 9742 ('主动公开政府信息9,742条，其中市政府"
      "门户网站发布5,106条'); interpretations 186 (其中…多元化解读81篇); press 27; new_media_posts 13905; "
      "applications_received 468 ('共受理…申请486件，其中本年新收468件、上年结转18件': 新收; the notebook's own '受理': 486 "
      "is the distractor, and its markdown cell says so); completed 472; carried_forward 14 (468+18 = 472+14, checked); "
      "fees 0 ('全年未收取信息处理费'); reviews 31; lawsuits 12; npc 214; cppcc 276. DISTRACTORS: last_year = {'主动公开': "
      "8911, '政策解读': 152, '新闻发布会': 22, '受理': 402, '办结': 389, '行政复议': 26} (2021's report) and the printed "
      "changes and percentages (checked); 规章2件、规范性文件67件 (cleaned up); 81个网站→12个; '645 字'; execution_count; "
      "评估编号 KZ-2023-ZWGK-07. published 2023-01-19: the signature at the end of the string (the markdown cell agrees: "
      "'2023年1月19日发布'); the notebook's '2023年2月' is the assessment. agency: the report's title line.")

g = meta(2011, "泠江省商务厅", "annual_report", "none", "2012-03-26")
g.update(narr(active_total=3871, press_conferences=6, new_media_posts=None, applications_received=62,
              applications_completed=59, applications_carried_forward=3, fees_collected=312, reviews=2, lawsuits=0,
              npc_suggestions=41, cppcc_proposals=58))
entry("lingjiang-commerce-2011-translation-xliff.xlf", "translate-toolkit-po2xliff-bilingual-translation-file",
      "pre2019", "泠江省商务厅", "provincial department", 2011, g,
      "FORM: real translate-toolkit 3.8 output (src/lingjiang/build.sh): `txt2po` made one unit per paragraph of the "
      "Chinese report, src/lingjiang/fill_po.py put the translator's English into msgstr (marking one unit fuzzy with "
      "a reviewer's note), and `po2xliff` wrote XLIFF 1.1. Every paragraph appears TWICE: <source> the Chinese report "
      "(the gold) and <target> an English translation; po2xliff labels the file source-language=\"en-US\" although the "
      "source is Chinese; the first trans-unit is the PO header (Last-Translator, PO-Revision-Date 2012-04-09, "
      "POT-Creation-Date 2012-04-06). TRAPS IN THE TARGETS: the fuzzy unit (state=\"needs-translation\", approved=\"no\") "
      "translates 3,871 as '3,817' (the note: '审校：原文为3,871条，译文数字待核。'); 'sixty-two requests', 'three requests', "
      "'Six press conferences', 'two applicants' in English words; dates '26 March 2012'. GOLD (the <source> text): "
      "active_total 3871 ('全年主动公开政府信息3,871条，比2010年的3,126条增加745条'; 3,402+469 = 3,871, checked); press 6; "
      "new_media_posts NULL ('…官方微博自2011年6月开通以来发布信息约900条': 约); received 62 (14+37+11 = 62, checked); "
      "completed 59 ('已答复59件'; 38+7+4+6+4 = 59, checked); carried_forward 3 ('另有3件正在办理中，将在2012年法定期限内"
      "答复'); fees 312 ('收取检索、复制费用312元'); reviews 2; lawsuits 0 ('未发生因政府信息公开提起行政诉讼的情况'); npc 41; "
      "cppcc 58. DISTRACTORS: 2010's 3,126 and the change 745; 外商投资企业设立及变更审批1,153件 and 对外贸易经营者备案登记"
      "2,617件 ('不属于政府信息公开申请'); 全省商务系统 21,506条; 2名 fee waivers; trans-unit ids and line numbers "
      "(linenumber 8, 10 …). published 2012-03-26: the signature unit ('泠江省商务厅\\n2012年3月26日'). agency: the title "
      "unit.")

g = meta(2024, "汧城区箬湾街道办事处", "work_summary", "none", "2024-12-27")
g.update(narr(active_total=1126, interpretations=23, new_media_posts=None, applications_received=9,
              applications_completed=10, applications_carried_forward=0, fees_collected=0, reviews=1, lawsuits=0,
              npc_suggestions=3, cppcc_proposals=2))
entry("ruowan-street-2024-summary-freemind.mm", "freemind-mind-map-xml-numeric-character-references", "2021",
      "汧城区箬湾街道办事处", "街道办事处", 2024, g,
      "FORM: a FreeMind 1.0.1 mind map (.mm) of the 街道's 2024 政务公开工作总结, written by src/ruowan/make_mm.py from "
      "src/ruowan/outline.txt the way FreeMind saves: nested <node CREATED MODIFIED ID TEXT> elements, EVERY NON-ASCII "
      "CHARACTER OF TEXT AS A HEX REFERENCE (&#x6c67;&#x57ce;…), epoch-millisecond timestamps, POSITION/FOLDED, and two "
      "<richcontent TYPE=\"NOTE\"> HTML notes. FIGURES ARE OFTEN IN A CHILD NODE OF THEIR LABEL ('全年主动公开政务信息' → "
      "'1,126条'; '结转下年度' → '无'), so label and value are different elements. kind work_summary (root: "
      "'汧城区箬湾街道办事处2024年政务公开工作总结'). GOLD: active_total 1126 (684+442 = 1,126, checked); interpretations 23 "
      "('23篇（其中图解11篇）'); new_media_posts NULL ('全年推送400余篇': 余); received 9 ('新收申请' → '9件'); completed 10 "
      "(4+1+3+2 = 10; 9+1 = 10+0, checked); carried_forward 0 ('结转下年度' → '无'; '上年结转' → '1件' is the carry-OVER); "
      "fees 0 ('信息处理费' → '未收取'); reviews 1 ('1件（结果维持）'); lawsuits 0 ('行政诉讼' → '无'); npc 3; cppcc 2 "
      "('两件'). DISTRACTORS: '2023年：978条' and '增长15.1%' under 同比 (checked); the note '区政务公开办通报全区为36,208条，"
      "非本街道数据' (the whole district); the note '12345热线转办工单1,487件，不属于依申请公开'; '“政策进社区”宣讲 全年36场，"
      "覆盖居民2,300余人次' (not press conferences); target '不少于1,200条'; '11个社区'; CREATED/MODIFIED/ID numbers. "
      "published 2024-12-27: the date node under 汇报信息 (the summary's own date). agency: the root node. No press "
      "conference is mentioned, so there is no press_conferences key.")

with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(E, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(E), "entries,", sum(len(e["gold"]) for e in E), "gold keys,",
      sum(v is None for e in E for v in e["gold"].values()), "null")
