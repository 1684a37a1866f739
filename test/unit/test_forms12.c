/*
 * test_forms12.c -- the forms held-out set 12 brought: UnRTF's HTML (cells
 * before their <td>s, a Latin-1 stray after every Chinese character), a
 * unified diff (git show), pandoc's tracked-change spans, a mailbox, a
 * vertically set page (a character a line), pdftotext -bbox-layout word
 * boxes, an .xlsx's XML parts, an NLP sentence table in CSV, a JSON
 * record's header before HTML, and a page's stale <title> before the
 * body's heading.  Each is detected (and ordinary text is not), rewritten,
 * and read by the parser with its figures; each rule's limit is tested too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "testutil.h"
#include "unit.h"

#define DETECT(f, s) f((s), strlen(s))

#define has_warning tu_warned

#define val tu_val
#define parse tu_parse
#define rw tu_rewrite

/* "某" + stray, n times, as UnRTF writes it */
static char *
strayed(const char *cjk_text)
{
	static const char *const strays[] = {"\xC2\xBE", "\xC3\xA6", "\xC2\xA8", "\xC3\x9D"};
	size_t		n = strlen(cjk_text);
	char	   *out = malloc(n * 2 + 1);
	size_t		i = 0,
				o = 0;
	int			k = 0;

	while (i < n)
	{
		unsigned char b = (unsigned char) cjk_text[i];
		size_t		l = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;

		memcpy(out + o, cjk_text + i, l);
		o += l;
		if (l == 3)
		{
			memcpy(out + o, strays[k++ % 4], 2);
			o += 2;
		}
		i += l;
	}
	out[o] = '\0';
	return out;
}

int
main(void)
{
	gdr_ctx		c;
	gdr_report *r;
	const char *t;

	/* UnRTF's strays */
	{
		char	   *s = strayed("本报告根据新修订的《中华人民共和国政府信息公开条例》规定编制。全年共主动公开政府信息125条，"
								"其中通过门户网站公开98条。全年新收政府信息公开申请12件，办结12件。");

		UNIT_OK(DETECT(gdr_strays_detect, s), "a Latin-1 character after every Chinese one is UnRTF's");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_strays_strip, s);
		UNIT_OK(t && strstr(t, "本报告根据新修订的《中华人民共和国政府信息公开条例》") != NULL &&
				strstr(t, "125条") != NULL, "the strays go, the ASCII digits stay");
		gdr_ctx_free(&c);
		free(s);
		UNIT_OK(!DETECT(gdr_strays_detect,
						"温度为25°C。本报告根据条例编制，全年共主动公开政府信息125条。\xC2\xA0全年新收申请12件。"
						"本报告根据条例编制，全年共主动公开政府信息125条。本报告根据条例编制。本报告根据条例编制。"),
				"a degree sign and a no-break space among Chinese text are not");
	}

	/* UnRTF's HTML: cells before their <td>s */
	{
		static const char page[] =
			"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n"
			"<!-- Translation from RTF performed by UnRTF, version 0.21.10 -->\n</head>\n<body>"
			"某县人民政府2019年政府信息公开工作年度报告<br>\n"
			"<table border=\"2\">\n规章<td></td>\n<center><tr><td>0</td>\n</center>\n<center><td>1</td>\n</center>\n"
			"<center><td>5</td>\n</tr>\n</center>\n本年增<tr><td>/减</td>\n处理决定数量<td></td>\n</tr>\n</table>\n"
			"全年共主动公开政府信息20条。<br>\n</body></html>";

		UNIT_OK(DETECT(gdr_unrtf_detect, page), "UnRTF's page is detected by its comment");
		UNIT_OK(!DETECT(gdr_unrtf_detect, "<html><body><table><tr><td>规章</td></tr></table></body></html>"),
				"another page is not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_unrtf_to_html, page);
		UNIT_OK(t && strstr(t, "<tr><td>规章</td><td>0</td><td>1</td><td>5</td></tr>") != NULL,
				"a cell's text before its empty <td> is its text; the row ends at </tr>");
		UNIT_OK(t && strstr(t, "<tr><td>本年增/减</td><td>处理决定数量</td></tr>") != NULL,
				"a cell broken half before, half inside its <td> is one cell");
		UNIT_OK(t && strstr(t, "全年共主动公开政府信息20条。<br>") != NULL, "text outside the tables as it was");
		gdr_ctx_free(&c);
	}

	/* a unified diff: the new side */
	{
		static const char diff[] =
			"commit 14425c98a1e19bd23ced984bd6f6c79570daea4c\nAuthor: x <x@example.cn>\n\n"
			"    更正：主动公开总数1168→1186\n\n"
			"diff --git a/r.md b/r.md\nindex a94d4fe..764141b 100644\n--- a/r.md\n+++ b/r.md\n"
			"@@ -1,6 +1,6 @@\n # 某市卫生健康委员会2017年政府信息公开工作年度报告\n \n"
			"-全年共主动公开政府信息1,168条。\n+全年共主动公开政府信息1,186条。\n \n"
			"--- 1 ---\n 全年共收到政府信息公开申请44件。\n";
		static const char prose[] =
			"本报告根据条例编制。\n--- a/b 之间的比较\n+++ 不是补丁\n全年共主动公开政府信息12条。\n";

		UNIT_OK(DETECT(gdr_diff_detect, diff), "git show is detected");
		UNIT_OK(!DETECT(gdr_diff_detect, prose), "--- and +++ lines without a hunk are not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_diff_to_text, diff);
		UNIT_OK(t && strstr(t, "1,186条") != NULL && strstr(t, "1,168") == NULL,
				"the added line stays, the removed one and the commit message go");
		UNIT_OK(t && strstr(t, "收到政府信息公开申请44件") != NULL,
				"a removed line that looks like a file header (--- 1 ---) does not end the hunk");
		gdr_ctx_free(&c);
		r = parse(&c, diff);
		UNIT_EQ_INT(val(r, "narrative.active_total"), 1186, "the corrected figure is read");
		UNIT_OK(has_warning(r, "diff_new_side"), "with a warning that only the new side was read");
		gdr_ctx_free(&c);
	}

	/* pandoc's tracked changes */
	{
		static const char md[] =
			"全年主动公开政府信息[已核对，应为826条]{.comment-start id=\"0\" author=\"王\"\ndate=\"2022-01-19\"}"
			"[862]{.deletion author=\"王\"\ndate=\"2022-01-19\"}[826]{.insertion author=\"王\"}[]{.comment-end\nid=\"0\"}条，"
			"见[《条例》]{.underline}第五十条，另见[附表]。";

		UNIT_OK(DETECT(gdr_spans_detect, md), "spans are detected");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_spans_strip, md);
		UNIT_EQ_STR(t, "全年主动公开政府信息826条，见《条例》第五十条，另见[附表]。",
					"a deletion and a comment go with their text, an insertion and an underline keep theirs, a plain bracket stays");
		gdr_ctx_free(&c);
	}

	/* a mailbox: the message with the longest text */
	{
		static const char mbox[] =
			"From a@example.cn Tue Jan  8 01:14:22 2013\nFrom: a@example.cn\nSubject: notice\n"
			"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
			"各区县：请报送2012年度报告。去年全市共收到申请1203件。\n\n"
			"From b@example.cn Fri Mar 15 08:40:05 2013\nFrom: b@example.cn\nSubject: report\n"
			"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
			"某区人民政府2012年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。"
			"全年共主动公开政府信息5318条。全年共收到政府信息公开申请63件，均已按期答复。\n\n"
			"From a@example.cn Mon Mar 18 02:02:47 2013\nFrom: a@example.cn\nSubject: Re\n"
			"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n已收悉。\n";

		UNIT_OK(DETECT(gdr_mbox_detect, mbox), "an mbox is detected");
		UNIT_OK(!DETECT(gdr_mbox_detect, "From the start of 2012, the office published more reports than ever before.\n"),
				"a line that begins with From is no mailbox");
		r = parse(&c, mbox);
		UNIT_EQ_INT(val(r, "narrative.active_total"), 5318, "the report's message is read");
		UNIT_EQ_INT(val(r, "narrative.applications_received"), 63, "not the notice's 1203");
		UNIT_OK(has_warning(r, "mailbox_message"), "with a warning naming the message");
		gdr_ctx_free(&c);
	}

	/* a vertically set page: a character a line */
	{
		static const char head[] = "某乡讯 第八十七期\n";
		static const char body[] =
			"全年主动公开政府信息一百二十六条。全年共受理政府信息公开申请三件，均已答复。"
			"本年度未收取任何费用。本年度未发生行政复议和行政诉讼。"
			"信息更新不够及时，工作人员业务水平有待提高，二〇一五年将加强培训，及时更新公开内容，办理结果均已公开。";
		char	   *s = malloc(4096),
				   *p = s;
		size_t		i = 0,
					n = strlen(body);
		gdr_buf		o = {0};
		bool		changed = false;

		p += sprintf(p, "%s", head);
		while (i < n)
		{
			size_t		l = (unsigned char) body[i] < 0x80 ? 1 : 3;

			memcpy(p, body + i, l);
			p += l;
			*p++ = '\n';
			i += l;
		}
		p += sprintf(p, "— 6 —\n");
		*p = '\0';
		gdr_ctx_init(&c, &gdr_env_malloc);
		UNIT_OK(gdr_vertical(&c, s, strlen(s), &o, &changed) && changed && o.data &&
				strstr(o.data, "某乡讯 第八十七期\n全年主动公开政府信息一百二十六条。") != NULL &&
				strstr(o.data, "均已公开。\n— 6 —\n") != NULL,
				"one-character lines joined; the running head and the page number stay lines");
		gdr_ctx_free(&c);
		r = parse(&c, s);
		UNIT_EQ_INT(val(r, "narrative.active_total"), 126, "its figures are read");
		UNIT_OK(val(r, "narrative.active_total") != 6, "not the page number");
		gdr_ctx_free(&c);
		gdr_ctx_init(&c, &gdr_env_malloc);
		UNIT_OK(gdr_vertical(&c, "一\n二\n三\n\n全年共收到申请3件。\n", 31, &o, &changed) && !changed,
				"a few short lines are not a vertical page");
		gdr_ctx_free(&c);
		free(s);
	}

	/* pdftotext -bbox-layout */
	{
		static const char bbox[] =
			"<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head><title>x</title></head><body>\n<doc>\n"
			"  <page width=\"595\" height=\"841\">\n    <flow><block><line>\n"
			"      <word xMin=\"313.0\" yMin=\"200.1\" xMax=\"323.0\" yMax=\"220.9\">12</word>\n"
			"      <word xMin=\"254.0\" yMin=\"200.0\" xMax=\"269.0\" yMax=\"220.8\">227</word>\n"
			"      <word xMin=\"56.8\" yMin=\"200.2\" xMax=\"176.8\" yMax=\"221.0\">一、本年新收</word>\n"
			"    </line></block></flow>\n  </page>\n  <page width=\"595\" height=\"841\">\n"
			"      <word xMin=\"56.8\" yMin=\"30.0\" xMax=\"96.8\" yMax=\"50.8\">第二页</word>\n  </page>\n</doc></body></html>\n";

		UNIT_OK(DETECT(gdr_bbox_detect, bbox), "-bbox-layout's XHTML is detected");
		UNIT_OK(!DETECT(gdr_bbox_detect, "<html><body><p>word xMin</p></body></html>"), "a page is not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_bbox_to_text, bbox);
		UNIT_OK(t && strstr(t, "一、本年新收") && strstr(t, "一、本年新收") < strstr(t, "227") &&
				strstr(t, "227") < strstr(t, "12\n"),
				"a baseline's words left to right, whatever the order of the boxes");
		UNIT_OK(t && strstr(t, "\f") != NULL && strstr(t, "第二页") > strstr(t, "\f"), "a page ends with a form feed");
		gdr_ctx_free(&c);
	}

	/* an .xlsx's XML parts */
	{
		static const char xl[] =
			"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
			"<sst count=\"4\" uniqueCount=\"4\"><si><r><t xml:space=\"preserve\">某区人民政府</t></r>"
			"<r><t>2022</t></r><r><t>年政府信息公开工作年度报告</t></r></si><si><t>信息内容</t></si>"
			"<si><t>行政许可</t></si><si><t>本年处理决定数量</t></si></sst>\n"
			"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet><sheetData>"
			"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"/><c r=\"C1\"/></row>"
			"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"/><c r=\"C2\" t=\"s\"><v>3</v></c></row>"
			"<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"/><c r=\"C3\"><v>9217</v></c></row>"
			"</sheetData><mergeCells count=\"3\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A2:B2\"/>"
			"<mergeCell ref=\"A3:B3\"/></mergeCells></worksheet>\n";

		UNIT_OK(DETECT(gdr_xlsx_detect, xl), "shared strings and a sheet are detected");
		UNIT_OK(!DETECT(gdr_xlsx_detect, "<?xml version=\"1.0\"?><office:document-content/>"), "other XML is not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_xlsx_to_html, xl);
		UNIT_OK(t && strstr(t, "<tr><td>某区人民政府2022年政府信息公开工作年度报告</td></tr>") != NULL,
				"a shared string's runs make one text; a merge is one cell, its covered cells left out");
		UNIT_OK(t && strstr(t, "<tr><td>行政许可</td><td>9217</td></tr>") != NULL,
				"a number is its value; a row's cells in column order");
		gdr_ctx_free(&c);
	}

	/* an NLP sentence table */
	{
		static const char csv[] =
			"doc_id,para_id,sent_id,char_start,char_end,text,ner\n"
			"d1,p001,p001.s01,0,23,某街道办事处二〇二三年政务公开工作总结,\"[{\"\"label\"\": \"\"ORG\"\"}]\"\n"
			"d1,p002,p002.s01,25,60,全年主动公开政府信息三百一十二条,[]\n"
			"d1,p002,p002.s02,60,70,\"新收申请五件，办结五件\",[]\n";
		gdr_buf		o = {0};

		gdr_ctx_init(&c, &gdr_env_malloc);
		UNIT_OK(gdr_csv_to_tsv(&c, csv, strlen(csv), &o) && o.data &&
				strcmp(o.data, "某街道办事处二〇二三年政务公开工作总结\n全年主动公开政府信息三百一十二条\n新收申请五件，办结五件\n") == 0,
				"the text column alone, a sentence a line (no ids, offsets or entities)");
		gdr_ctx_free(&c);
	}

	/* a JSON record's header before HTML content */
	{
		static const char js[] =
			"{\"code\":200,\"data\":{\"title\":\"某乡人民政府2020年政府信息公开工作年度报告\",\"source\":\"某乡党政办\","
			"\"publisher\":\"某县某乡人民政府\",\"content\":\"<div><p>本报告根据《中华人民共和国政府信息公开条例》规定编制，"
			"本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。全年主动公开政府信息327条。</p></div>\"}}";

		r = parse(&c, js);
		UNIT_OK(r && r->kind == GDR_KIND_ANNUAL_REPORT,
				"the title header line survives the HTML reader (it collapses line breaks): its kind is read");
		UNIT_EQ_INT(r ? r->year : 0, 2020, "and its year");
		gdr_ctx_free(&c);
	}

	/* a page's stale <title>, then the body's heading */
	{
		static const char stale[] =
			"某县水利局2012年政府信息公开工作年度报告\n某县水利局\n2013年政府信息公开工作年度报告\n"
			"本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。全年主动公开政府信息312条。\n";
		static const char links[] =
			"某县水利局2014年政府信息公开工作年度报告\n某县水利局\n2013年政府信息公开工作年度报告\n"
			"本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n";

		r = parse(&c, stale);
		UNIT_EQ_INT(r ? r->year : 0, 2013, "the heading's year, which the statistics period names");
		gdr_ctx_free(&c);
		r = parse(&c, links);
		UNIT_EQ_INT(r ? r->year : 0, 2014, "the first title's, when the period names it");
		gdr_ctx_free(&c);
	}

	/* a figure in a sentence that opens with another year in Chinese numerals */
	{
		static const char s[] =
			"本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n"
			"二〇一三年，本乡收到政府信息公开申请一件。\n";
		static const char d[] =
			"某乡人民政府2014年政府信息公开工作年度报告\n"
			"二〇一四年三月，本乡收到政府信息公开申请二件。\n";

		r = parse(&c, s);
		UNIT_EQ_INT(val(r, "narrative.applications_received"), -1, "二〇一三年's figure is not the 2014 report's");
		gdr_ctx_free(&c);
		r = parse(&c, d);
		UNIT_EQ_INT(val(r, "narrative.applications_received"), 2, "二〇一四年三月 is the report's own year");
		gdr_ctx_free(&c);
	}

	/* 十几篇: approximate, null */
	{
		r = parse(&c, "某街道2023年政务公开工作总结\n全年发布政策解读十几篇，接待群众咨询四百六十件次。\n");
		UNIT_EQ_INT(val(r, "narrative.interpretations"), -1, "十几篇 is no figure (not 10)");
		UNIT_OK(has_warning(r, "narrative_approximate"), "it is flagged approximate");
		gdr_ctx_free(&c);
	}

	/* a work report (工作汇报) is a work summary */
	{
		r = parse(&c, "2019年政务公开工作汇报\n某市生态环境局\n全年主动公开政府信息1532条。\n");
		UNIT_OK(r && r->kind == GDR_KIND_WORK_SUMMARY, "政务公开工作汇报: work_summary");
		gdr_ctx_free(&c);
	}

	return unit_done();
}
