/*
 * test_forms13.c -- the forms held-out set 13 brought: Word 2003's XML, a
 * Jupyter notebook that scraped a report, a microblog export whose first
 * post is another body's repost, a PDF form's fields as pdftk lists them,
 * and website database dumps (mysqldump, sqlite3 .dump).  Each is detected
 * (and ordinary text is not), rewritten, and read by the parser with its
 * figures; what must not be read (a form's "FieldFlags: 0", a repost's
 * figures, the scraper's own code) is checked to stay out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "testutil.h"
#include "unit.h"

#define DETECT(f, s) f((s), strlen(s))

#define val tu_val
#define parse tu_parse
#define rw tu_rewrite

static const char pdftk[] =
	"---\nFieldType: Text\nFieldName: bgmc\nFieldNameAlt: 报告名称\nFieldFlags: 0\n"
	"FieldValue: 某县文化局2015年政府信息公开工作年度报告\nFieldJustification: Left\n"
	"---\nFieldType: Text\nFieldName: t1\nFieldNameAlt: 统计表·二、收到申请数（件）·本年度\n"
	"FieldFlags: 0\nFieldValue: 7\nFieldJustification: Left\n"
	"---\nFieldType: Text\nFieldName: t2\nFieldNameAlt: 统计表·二、收到申请数（件）·历年累计\n"
	"FieldFlags: 0\nFieldValue: 31\nFieldJustification: Left\n"
	"---\nFieldType: Text\nFieldName: t3\nFieldNameAlt: 统计表·3.不予公开答复数（件）·本年度\n"
	"FieldFlags: 0\nFieldValue: 0\nFieldJustification: Left\n"
	"---\nFieldType: Text\nFieldName: t4\nFieldNameAlt: 统计表·3.不予公开答复数（件）·历年累计\n"
	"FieldFlags: 0\nFieldValue: 2\nFieldJustification: Left\n"
	"---\nFieldType: Text\nFieldName: zy\nFieldNameAlt: 报告主要内容摘要（限300字）\nFieldFlags: 4096\n"
	"FieldValue: 2015年，我局主动公开政府信息486条。\n全年收到政府信息公开申请7件。\n"
	"FieldJustification: Left\n"
	"---\nFieldType: Text\nFieldName: rq\nFieldNameAlt: 填报日期\nFieldFlags: 0\n"
	"FieldValue: 2016年3月29日\nFieldJustification: Left\n";

int
main(void)
{
	gdr_ctx		c;
	gdr_report *r;
	const char *t;

	/* Word 2003 XML: the .docx reader's body */
	{
		static const char x[] =
			"<?xml version=\"1.0\"?>\n<?mso-application progid=\"Word.Document\"?>"
			"<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">"
			"<w:body><w:p><w:r><w:t>某省2019年政府信息公开工作年度报告</w:t></w:r></w:p>"
			"<w:p><w:r><w:t>全年主动公开政府信息</w:t></w:r><w:r><w:t>3</w:t></w:r>"
			"<w:r><w:t>12条。</w:t></w:r></w:p>"
			"<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr>"
			"<w:tr><w:tc><w:tcPr><w:vmerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>"
			"<w:tr><w:tc><w:tcPr><w:vmerge/></w:tcPr><w:p/></w:tc>"
			"<w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:wordDocument>";

		UNIT_OK(DETECT(gdr_docx_detect, x), "<w:wordDocument> is Word's XML");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_docx_to_text, x);
		UNIT_OK(t && strstr(t, "全年主动公开政府信息312条。") != NULL, "runs joined: 312 (%s)", t ? t : "null");
		UNIT_OK(t && strstr(t, "甲\t2") != NULL, "<w:vmerge/> (2003's spelling) repeats the cell above");
		gdr_ctx_free(&c);
		r = parse(&c, x);
		UNIT_EQ_INT(val(r, "narrative.active_total"), 312, "the figure is read");
		gdr_ctx_free(&c);
	}

	/* a Jupyter notebook: what it printed, not its code */
	{
		static const char nb[] =
			"{\n \"cells\": [\n  {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": "
			"[\"# 抓取某市2022年年报\\n\", \"代码里的数字：受理486件\"]},\n"
			"  {\"cell_type\": \"code\", \"execution_count\": 2, \"metadata\": {}, \"source\": "
			"[\"print(title)\\n\", \"x = {'受理': 486}\"],\n   \"outputs\": [\n"
			"    {\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": "
			"[\"某市人民政府2022年政府信息公开工作年度报告\\n\", \"全年新收政府信息公开申请293件。\\n\"]},\n"
			"    {\"data\": {\"text/html\": [\"<table><tr><td>行政许可</td>\", \"<td>14826</td></tr></table>\"], "
			"\"text/plain\": [\"   0  1\\n0 行政许可 14826\"]}, \"execution_count\": 2, \"metadata\": {}, "
			"\"output_type\": \"execute_result\"},\n"
			"    {\"data\": {\"text/plain\": [\"'a < b & c'\"]}, \"output_type\": \"execute_result\"}\n"
			"   ]\n  }\n ],\n \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5\n}\n";

		UNIT_OK(DETECT(gdr_json_detect, nb), "a notebook is JSON");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_json_to_text, nb);
		UNIT_OK(t && strstr(t, "<p>某市人民政府2022年政府信息公开工作年度报告</p>") != NULL,
				"each printed line a paragraph");
		UNIT_OK(t && strstr(t, "<td>14826</td>") != NULL, "a result's HTML kept as HTML");
		UNIT_OK(t && strstr(t, "0 行政许可 14826") == NULL, "its plain text left out");
		UNIT_OK(t && strstr(t, "&#39;") == NULL && strstr(t, "a &lt; b &amp; c") != NULL,
				"a plain result escaped");
		UNIT_OK(t && strstr(t, "486") == NULL && strstr(t, "抓取") == NULL,
				"the cells' sources (code, markdown notes) left out");
		gdr_ctx_free(&c);
		/* cut short in its second output: what was printed before is read */
		{
			char	   *cut = strdup(nb);

			cut[strstr(cut, "{\"data\": {\"text/plain\": [\"'a") - cut + 20] = '\0';
			gdr_ctx_init(&c, &gdr_env_malloc);
			t = rw(&c, gdr_json_to_text, cut);
			UNIT_OK(t && strstr(t, "<td>14826</td>") != NULL && strstr(t, "新收政府信息公开申请293件") != NULL,
					"a notebook cut short keeps what its cells printed");
			gdr_ctx_free(&c);
			free(cut);
		}
		r = parse(&c, nb);
		UNIT_EQ_INT(val(r, "narrative.applications_received"), 293, "the printed figure is read");
		UNIT_OK(r && r->year == 2022, "and the printed title's year");
		gdr_ctx_free(&c);
	}

	/* a microblog export: the long post, not the repost before it */
	{
		static const char wb[] =
			"{\"user\": {\"id\": \"1\", \"screen_name\": \"某市交通\", \"description\": \"官方微博\"}, "
			"\"weibo\": [{\"id\": 1, \"text\": \"转发：全市报告已发布。//@某市发布:【某市人民政府2020年政府信息公开工作年度报告】"
			"2020年，全市各级行政机关共主动公开政府信息48,215条，新收政府信息公开申请1,036件。全文见市政府门户网站。\"}, "
			"{\"id\": 2, \"text\": \"【某市交通运输局2020年政府信息公开工作年度报告】\\n一、总体情况\\n"
			"2020年，我局全年主动公开政府信息1,384条，发布政策解读17篇。\\n"
			"全年新收政府信息公开申请53件，上年结转4件；办结54件。\\n某市交通运输局\\n2021年1月26日\"}, "
			"{\"id\": 3, \"text\": \"今天天气很好。\"}]}";

		r = parse(&c, wb);
		UNIT_EQ_INT(val(r, "narrative.active_total"), 1384, "the report's post: 1,384 (not the repost's 48,215)");
		UNIT_EQ_INT(val(r, "narrative.applications_received"), 53, "and 53 (not 1,036)");
		gdr_ctx_free(&c);
	}

	/* pdftk dump_data_fields */
	{
		UNIT_OK(DETECT(gdr_pdftk_detect, pdftk), "a pdftk field dump is detected");
		UNIT_OK(!DETECT(gdr_pdftk_detect, "---\n标题：某报告\n"), "a text after a rule is not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_pdftk_to_text, pdftk);
		UNIT_OK(t && strstr(t, "FieldFlags") == NULL, "the dump's keys are gone");
		UNIT_OK(t && strstr(t, "\t本年度\t历年累计") != NULL, "the table's columns are a header row");
		UNIT_OK(t && strstr(t, "二、收到申请数（件）\t7\t31") != NULL &&
				strstr(t, "3.不予公开答复数（件）\t0\t2") != NULL, "each row's label and cells in a row (%s)",
				t ? t : "null");
		UNIT_OK(t && strncmp(t, "某县文化局2015年政府信息公开工作年度报告\n",
							 strlen("某县文化局2015年政府信息公开工作年度报告\n")) == 0,
				"the report's name a title line, first");
		UNIT_OK(t && strstr(t, "全年收到政府信息公开申请7件。") != NULL, "the summary's second line kept");
		UNIT_OK(t && strstr(t, "填报日期：2016年3月29日") != NULL, "another field: label：value");
		gdr_ctx_free(&c);
		r = parse(&c, pdftk);
		UNIT_EQ_INT(val(r, "applications.new.total"), 7, "收到申请数 this year: 7");
		UNIT_EQ_INT(val(r, "legacy.cumulative.denied"), 2, "不予公开 over the years: 2 (not a flag's 0)");
		UNIT_OK(r && r->year == 2015, "the report's year");
		gdr_ctx_free(&c);
	}

	/* mysqldump: escapes, the title in another table's row, a UNIX time */
	{
		static const char my[] =
			"-- MySQL dump 10.13  Distrib 5.7.33, for Linux (x86_64)\n--\n"
			"CREATE TABLE `v9_news` (`id` int, `title` varchar(80), `inputtime` int);\n"
			"INSERT INTO `v9_news` VALUES (7,'关于调整指南的公告',1610672591),"
			"(9,'某县人民政府2020年政府信息公开工作年度报告',1611713557);\n"
			"INSERT INTO `v9_news_data` VALUES (7,'<p>为进一步做好工作，现作如下调整。</p>'),"
			"(9,'<p style=\\\"text-indent:2em\\\">2020年，全县主动公开政府信息3,512条。</p>\\r\\n"
			"<p>全年新收政府信息公开申请88件，办结86件。它\\'s</p>\\r\\n<p>某县人民政府</p>');\n";

		UNIT_OK(DETECT(gdr_sqldump_detect, my), "a mysqldump is detected");
		UNIT_OK(!DETECT(gdr_sqldump_detect, "-- 注释\nINSERT INTO t VALUES (1);\n"), "an SQL fragment is not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_sqldump_to_text, my);
		UNIT_OK(t && strstr(t, "标题：某县人民政府2020年政府信息公开工作年度报告<br>\n发布时间：2021-01-27<br>\n") == t,
				"the title and date of the row with its id, as header lines (%s)", t ? t : "null");
		UNIT_OK(t && strstr(t, "<p style=\"text-indent:2em\">") != NULL && strstr(t, "它's") != NULL &&
				strstr(t, "</p>\r\n<p>") != NULL, "backslash escapes undone");
		UNIT_OK(t && strstr(t, "现作如下调整") == NULL, "the other article left out");
		gdr_ctx_free(&c);
		r = parse(&c, my);
		UNIT_EQ_INT(val(r, "narrative.active_total"), 3512, "its figures read");
		UNIT_OK(r && strcmp(r->published, "2021-01-27") == 0, "published from the UNIX time (UTC+8)");
		gdr_ctx_free(&c);
	}

	/* sqlite3 .dump: '' and replace(…,'\n',char(10)) */
	{
		static const char sq[] =
			"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
			"CREATE TABLE a(id INTEGER PRIMARY KEY, title TEXT, pub_time TEXT, content TEXT);\n"
			"INSERT INTO a VALUES(1,'会议通知','2014-01-08 17:40:52',replace('2013年全局公开信息超过2000条。\\n另有1件。','\\n',char(10)));\n"
			"INSERT INTO a VALUES(2,'某局2013年政府信息公开工作年度报告','2014-03-18 09:26:40',"
			"replace(replace('<p>被提起行政诉讼1件。</p>\\r\\n<p>局''s 办公室</p>\\r\\n<p>全年主动公开政府信息2,315条，比上年增加。</p>',"
			"'\\r',char(13)),'\\n',char(10)));\nCOMMIT;\n";

		UNIT_OK(DETECT(gdr_sqldump_detect, sq), "a sqlite3 dump is detected");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_sqldump_to_text, sq);
		UNIT_OK(t && strstr(t, "发布时间：2014-03-18<br>") != NULL, "its own row's date");
		UNIT_OK(t && strstr(t, "</p>\r\n<p>局's 办公室") != NULL, "'' and the replaced line breaks undone");
		UNIT_OK(t && strstr(t, "超过2000条") == NULL, "the notice left out");
		gdr_ctx_free(&c);
		r = parse(&c, sq);
		UNIT_EQ_INT(val(r, "narrative.lawsuits"), 1, "被提起行政诉讼1件");
		UNIT_EQ_INT(val(r, "narrative.active_total"), 2315, "2,315");
		gdr_ctx_free(&c);
	}

	/* ordinary text is none of these */
	{
		static const char plain[] = "某县2020年政府信息公开工作年度报告\n全年主动公开政府信息100条。\n";

		UNIT_OK(!DETECT(gdr_pdftk_detect, plain) && !DETECT(gdr_sqldump_detect, plain) &&
				!DETECT(gdr_docx_detect, plain), "plain text is no form, no dump, no Word XML");
	}

	return unit_done();
}
