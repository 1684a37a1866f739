/*
 * test_json.c -- a crawler's JSON record: detected, its header fields and
 * its text decoded (escapes, \u sequences, surrogate pairs), the rest left
 * out; the parser reads the report inside it.  The unstructured library's
 * JSON elements: a line each, tables as their HTML.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

static gdr_ctx ctx;

static char *
decode(const char *s)
{
	gdr_buf		out = {0};

	if (!gdr_json_to_text(&ctx, s, strlen(s), &out))
		return NULL;
	return out.data;
}

int
main(void)
{
	static const char rec[] =
		"{\"id\":\"mx-0042\",\"url\":\"http://x.gov.cn/a.html?from=list\\u0026c=1\","
		"\"title\":\"岷溪县市场监督管理局2022年政府信息公开工作年度报告\","
		"\"pub_time\":\"2023-01-18 09:32:11\",\"source\":\"岷溪县市场监督管理局\","
		"\"images\":[\"a.png\",{\"src\":\"b.png\"}],\"content_length\":1234,\"ok\":true,"
		"\"content\":\"岷溪县市场监督管理局2022年政府信息公开工作年度报告\\n\\u3000\\u3000一、总体情况\\n"
		"全年主动公开政府信息1287条，收到政府信息公开申请\\\"73\\\"件。\\t表格\\u2028第二行\\n"
		"\\ud83d\\ude00 以下空白，填充到足够长的正文以便被当作正文读取。以下空白，填充到足够长的正文以便被当作正文读取。"
		"以下空白，填充到足够长的正文以便被当作正文读取。\"}\n"
		"{\"id\":\"second\",\"content\":\"第二条记录\"}\n";
	char	   *t;
	gdr_report *r;

	gdr_ctx_init(&ctx, &gdr_env_malloc);
	UNIT_OK(gdr_json_detect(rec, strlen(rec)), "a JSON record is detected");
	UNIT_OK(gdr_json_detect("\xEF\xBB\xBF  {\n \"a\": 1}", 16), "after a BOM and white space");
	UNIT_OK(!gdr_json_detect("{某某局}", 10), "braces around text are no JSON");
	UNIT_OK(!gdr_json_detect("标题：{\"a\":1}", 17), "JSON later in the text is not a record");
	UNIT_OK(!gdr_json_detect("", 0), "empty text");

	t = decode(rec);
	UNIT_OK(t != NULL, "decodes");
	UNIT_OK(t && strncmp(t, "标题：岷溪县市场监督管理局2022年政府信息公开工作年度报告\n", 80) == 0,
			"the title first, as a crawler header line");
	UNIT_OK(t && strstr(t, "\n发布时间：2023-01-18 09:32:11\n") != NULL, "pub_time: 发布时间");
	UNIT_OK(t && strstr(t, "\n来源：岷溪县市场监督管理局\n") != NULL, "source: 来源");
	UNIT_OK(t && strstr(t, "\n\xE3\x80\x80\xE3\x80\x80一、总体情况\n") != NULL,
			"\\n and \\u3000 decoded");
	UNIT_OK(t && strstr(t, "申请\"73\"件。\t表格\xE2\x80\xA8第二行") != NULL,
			"\\\" \\t and \\u2028 decoded");
	UNIT_OK(t && strstr(t, "\xF0\x9F\x98\x80") != NULL, "a surrogate pair is one character");
	UNIT_OK(t && strstr(t, "mx-0042") == NULL && strstr(t, "a.png") == NULL &&
			strstr(t, "http://") == NULL, "ids, URLs and nested values are left out");
	UNIT_OK(t && strstr(t, "第二条记录") == NULL, "the first record only");

	/* broken records: what could be read, never a crash */
	t = decode("{\"title\":\"某局2022年政府信息公开工作年度报告\",\"content\":\"全年\\u12");
	UNIT_OK(t != NULL, "a record cut inside an escape still decodes");
	t = decode("{\"content\":\"\\ud800 lone surrogate\\u0000\"}");
	UNIT_OK(t != NULL && strstr(t, "\xEF\xBF\xBD") == NULL, "short values that are no header are left out");

	/* a search engine's answer: the page in hits.hits[0]._source */
	t = decode("{\"took\":14,\"timed_out\":false,\"_shards\":{\"total\":3},"
			   "\"hits\":{\"total\":{\"value\":1},\"max_score\":17.2,\"hits\":["
			   "{\"_index\":\"gov\",\"_id\":\"b1f6\",\"_source\":{"
			   "\"title\":\"\\u56fd\\u5bb6\\u67d0\\u5c402024\\u5e74\\u62a5\\u544a\","
			   "\"pub_time\":\"2025-01-22 10:30:00\",\"tags\":[\"a\",\"b\"],"
			   "\"content\":\"<p>\\u4e00\\u3001\\u603b\\u4f53\\u60c5\\u51b5</p>\\n"
			   "<p>\\u5168\\u5e74\\u4e3b\\u52a8\\u516c\\u5f00\\u653f\\u5e9c\\u4fe1\\u606f1753\\u6761</p>\"}}]}}");
	{
		static const char want[] = "标题：国家某局2024年报告<br>\n发布时间：2025-01-22 10:30:00<br>\n<p>一、总体情况</p>\n";

		UNIT_OK(t && strncmp(t, want, sizeof(want) - 1) == 0,
				"a search hit: the _source record's header (each line ended by <br> before HTML content, "
				"which the HTML reader would run together) and content (got: %s)", t ? t : "NULL");
	}
	UNIT_OK(t && strstr(t, "1753条") != NULL && strstr(t, "b1f6") == NULL, "its text, without the ids");
	t = decode("{\"took\":1,\"hits\":{\"hits\":[]}}");
	UNIT_OK(t != NULL && t[0] == '\0', "an answer without hits is empty text");

	/* the unstructured library's elements: a line each, a table as its HTML */
	{
		static const char el[] =
			"[\n {\"element_id\": \"a1\", \"metadata\": {\"page_number\": 1, \"languages\": [\"zho\"]},"
			" \"text\": \"榕岗市公共资源交易中心\", \"type\": \"Header\"},\n"
			" {\"element_id\": \"a2\", \"metadata\": {\"emphasized_text_tags\": [\"b\"]},"
			" \"text\": \"二、主动公开政府信息情况\", \"type\": \"Title\"},\n"
			" {\"type\": \"Table\", \"text\": \"信息内容 本年新制作数量 规章 0 规章 0\","
			" \"metadata\": {\"text_as_html\": \"<table><tr><td>规章</td><td>0</td></tr></table>\","
			" \"parent_id\": \"a2\"}},\n"
			" {\"type\": \"NarrativeText\", \"text\": \"全年\\\"无\\\"。\", \"metadata\": {}},\n"
			" {\"type\": \"Footer\", \"text\": \"— 3 —\", \"metadata\": {}}\n]\n";
		static const char recs[] = "[{\"title\": \"某县2022年政府信息公开工作年度报告\", \"id\": 1}]";

		UNIT_OK(gdr_json_detect(el, strlen(el)), "an array of elements is detected");
		t = decode(el);
		UNIT_EQ_STR(t, "二、主动公开政府信息情况\n<table><tr><td>规章</td><td>0</td></tr></table>\n全年\"无\"。\n",
					"each element a line, the table's HTML for its text, no page header or footer");
		t = decode(recs);
		UNIT_OK(t && strstr(t, "标题：某县2022年") != NULL, "an array of other records: its first, as a record");
		UNIT_OK(!gdr_json_detect("[1, 2, 3]", 9), "an array of numbers is no record");
		t = decode("[{\"log_id\": 1, \"words_result\": [{\"words\": \"梓溪县公安局\"}, {\"words\": \"2012年\\u653f务公开工作总结\"}],"
				   " \"words_result_num\": 2}, {\"words_result\": [{\"words\": \"第二页\"}]}]");
		UNIT_EQ_STR(t, "梓溪县公安局\n2012年政务公开工作总结\n第二页\n", "an OCR answer per page: its lines, page after page");
		t = decode("{\"words_result\": [{\"words\": \"一页\"}], \"log_id\": 7}");
		UNIT_EQ_STR(t, "一页\n", "an OCR answer for one page: its lines");
		/* a scraper's list of the page's text nodes (parsel's getall()) */
		t = decode("{\"title\": \"某县2020年政府信息公开工作年度报告\", \"content\": [\"\\n\\t\\t\", "
				   "\"一、总体情况\", \"\\n\\t\\t\", \"  全年主动公开政府信息3376条，召开新闻发布会5场，发布政策解读22篇，"
				   "回应社会关切12次，全年未发生因政府信息公开引起的行政复议和行政诉讼。 \", \"\\n\\t\\t\\t\", \"规章\", \"\\n\", \"2\", \"37\"], \"tags\": [\"a\", \"b\"]}");
		UNIT_EQ_STR(t, "标题：某县2020年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息3376条，召开新闻发布会5场，"
					"发布政策解读22篇，回应社会关切12次，全年未发生因政府信息公开引起的行政复议和行政诉讼。\n规章\n2\n37\n",
					"a list of text nodes: each that is not white space a line, trimmed; a short list (tags) left out");
		t = decode("{\"content\": [\"x\", 1], \"body\": \"y\"}");
		UNIT_OK(t && strstr(t, "x") == NULL, "a list that is not all strings: left out");
		t = decode("[{\"id\": 1, \"n\": 2}]");
		UNIT_EQ_STR(t, "[{\"id\": 1, \"n\": 2}]", "an array of records without text: the text as it is");
	}

	/* the parser reads the report inside */
	{
		gdr_ctx		c2;

		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, rec, strlen(rec), &r) == GDR_OK, "parses");
		UNIT_EQ_STR(r ? r->agency : NULL, "岷溪县市场监督管理局", "agency from the title");
		UNIT_EQ_INT(r ? r->year : 0, 2022, "year");
		UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_ANNUAL_REPORT, "kind");
		UNIT_EQ_INT(r ? (long long) r->val[GDR_S_N_ACTIVE_TOTAL] : -1, 1287, "a prose figure inside the content");
		gdr_ctx_free(&c2);
	}
	gdr_ctx_free(&ctx);
	return unit_done();
}
