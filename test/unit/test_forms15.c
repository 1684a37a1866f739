/*
 * test_forms15.c -- forms read since held-out set 15: poppler's
 * pdftohtml -xml (its text runs with their positions); table 三 of a PDF
 * with narrow label columns, whose group labels ((三)不予公开 …) come in
 * pieces at the start of the rows' lines; a row's label wrapped below its
 * values right before the next row's numbered label; an iCalendar event
 * whose DESCRIPTION is the report, its lines folded; a page's GBK or UTF-8
 * bytes read as Latin-1 (mojibake) and stored so; a Telegram chat export
 * with the report posted in two messages.  Each is detected
 * (and its look-alikes are not), rewritten, and read with its figures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "testutil.h"
#include "unit.h"

#define DETECT(f, s) f((s), strlen(s))

#define val tu_val
#define parse tu_parse
#define rw tu_rewrite
#define warned tu_warned

/* gdr_group_frags as a string (NULL: unchanged) */
static const char *
frags(gdr_ctx *c, const char *s)
{
	gdr_buf		o = {0};
	bool		changed;

	gdr_ctx_init(c, &gdr_env_malloc);
	if (!gdr_group_frags(c, s, strlen(s), &o, &changed) || !changed)
		return NULL;
	return o.data;
}

int
main(void)
{
	gdr_ctx		c;
	gdr_report *r;
	const char *t;

	/* pdftohtml -xml */
	{
		static const char doc[] =
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE pdf2xml SYSTEM \"pdf2xml.dtd\">\n\n"
			"<pdf2xml producer=\"poppler\" version=\"22.12.0\">\n"
			"<page number=\"1\" position=\"absolute\" top=\"0\" left=\"0\" height=\"1262\" width=\"892\">\n"
			"\t<fontspec id=\"0\" size=\"24\" family=\"BAAAAA+NotoSansCJKjp\" color=\"#000000\"/>\n"
			/* a title in three runs: the font changes at the digits, a few pixels apart */
			"<text top=\"48\" left=\"157\" width=\"240\" height=\"31\" font=\"0\">某川市某区人民政府</text>\n"
			"<text top=\"48\" left=\"401\" width=\"61\" height=\"31\" font=\"1\">2025</text>\n"
			"<text top=\"48\" left=\"467\" width=\"312\" height=\"31\" font=\"0\">年政府信息公开工作年度报告</text>\n"
			/* a row: its values before its label in the file, one of them on a line a pixel off */
			"<text top=\"300\" left=\"500\" width=\"15\" height=\"31\" font=\"1\">7</text>\n"
			"<text top=\"301\" left=\"600\" width=\"31\" height=\"31\" font=\"1\">12</text>\n"
			"<text top=\"300\" left=\"85\" width=\"96\" height=\"31\" font=\"0\">行政<b>许可</b></text>\n"
			/* two cells poppler joined, references */
			"<text top=\"400\" left=\"85\" width=\"96\" height=\"31\" font=\"0\">A&amp;B &lt;C&gt;</text>\n"
			"<text top=\"400\" left=\"500\" width=\"61\" height=\"31\" font=\"1\">6 209</text>\n"
			"</page>\n<page number=\"2\" position=\"absolute\" top=\"0\" left=\"0\" height=\"1262\" width=\"892\">\n"
			"<text top=\"60\" left=\"85\" width=\"96\" height=\"31\" font=\"0\">第二页</text>\n"
			"</page>\n</pdf2xml>\n";
		static const char cut[] =
			"<?xml version=\"1.0\"?>\n<pdf2xml producer=\"poppler\">\n<page number=\"1\">\n"
			"<text top=\"10\" left=\"10\" width=\"24\" height=\"31\">受理</text>\n"
			"<text top=\"x\" left=\"10\" width=\"24\" height=\"31\">丢</text>\n"
			"<text top=\"10\" left=\"200\" width=\"15\" height=\"31\">3</text>\n"
			"<text top=\"50\" left=\"10\" width=\"24\" height=\"31\">截断";

		UNIT_OK(DETECT(gdr_pdf2xml_detect, doc), "pdftohtml -xml is detected");
		UNIT_OK(!DETECT(gdr_pdf2xml_detect, "<html><body><p>某县 <text top=\"1\"></p></body></html>") &&
				!DETECT(gdr_pdf2xml_detect, "<?xml version=\"1.0\"?>\n<pdf2xml>\n</pdf2xml>\n") &&
				!DETECT(gdr_pdf2xml_detect, "某县2021年政府信息公开工作年度报告 <pdf2xml <text top=\"1\">\n"),
				"HTML, a pdf2xml without text runs, and text that names the tags are not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_pdf2xml_to_text, doc);
		UNIT_OK(t && strstr(t, "某川市某区人民政府2025年政府信息公开工作年度报告\n") != NULL,
				"runs a few pixels apart (a change of font) are one run");
		UNIT_OK(t && strstr(t, "行政许可") && strstr(t, "行政许可") < strstr(t, " 7 ") &&
				strstr(t, " 7 ") < strstr(t, "12\n"),
				"a row's cells on one line, left to right, the markup in a run dropped");
		UNIT_OK(t && strstr(t, "A&B <C>") && strstr(t, "6 209\n"),
				"references decoded; cells poppler joined stay as it wrote them");
		UNIT_OK(t && strchr(t, '\f') && strstr(t, "第二页") > strchr(t, '\f'), "a page ends with a form feed");
		gdr_ctx_free(&c);
		r = parse(&c, doc);
		UNIT_EQ_INT(r ? r->year : 0, 2025, "its year read from the title's runs");
		UNIT_OK(r && r->kind == GDR_KIND_ANNUAL_REPORT, "its kind read");
		gdr_ctx_free(&c);

		UNIT_OK(DETECT(gdr_pdf2xml_detect, cut), "a cut pdf2xml is still detected");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_pdf2xml_to_text, cut);
		UNIT_OK(t && strstr(t, "受理") && strstr(t, "3\n") > strstr(t, "受理") && !strstr(t, "丢") &&
				!strstr(t, "截断"),
				"a run without its position is dropped, the one cut off by the end too, the rest kept");
		gdr_ctx_free(&c);
	}

	/* table 三's group labels in pieces at the start of the rows' lines */
	{
		/* Ghostscript's txtwrite: the pieces glued to the rows' labels */
		static const char glued[] =
			"             3.危及“三\n"
			"             安全一稳    15   12   1  0   1    1 30\n"
			"             定”\n"
			"          (三4.保护第三\n"
			"          )不方合法权益 6       18   1  0   4    1 30\n"
			"          予公5.属于三类\n"
			"          开\n"
			"             内部事务信 32     21   2  0   1    2 58\n";
		static const char glued_out[] =
			"             3.危及“三\n"
			"             安全一稳    15   12   1  0   1    1 30\n"
			"             定”\n"
			"          (三)不予公开4.保护第三\n"
			"              方合法权益 6       18   1  0   4    1 30\n"
			"              5.属于三类\n"
			"             内部事务信 32     21   2  0   1    2 58\n";
		/* pdftotext -layout: pieces and labels apart, the values between */
		static const char apart[] =
			"     (四       1.本机关不\n"
			"                                 77   2   0   1   0   1   81\n"
			"     )无       掌握相关政\n"
			"     法提      府信息\n"
			"     供        2.没有现成     2   1   0   0   1   0    4\n";
		static const char apart_out[] =
			"     (四)无法提供 1.本机关不\n"
			"                                 77   2   0   1   0   1   81\n"
			"                掌握相关政\n"
			"               府信息\n"
			"               2.没有现成     2   1   0   0   1   0    4\n";
		/* the 2019 (六)其他处理 cut over two lines: its own label, values after it */
		static const char own[] =
			"(六)其他\n处理  3 0 0 0 0 0 3\n(七)总计  9 0 0 0 0 0 9\n";
		/* one cell a line (OCR): no row laid out on a line */
		static const char cells[] =
			"(三)4.保护第三方\n3\n2\n0\n0\n0\n0\n5\n不予\n合法权益\n公开\n5.属于三类内\n0\n";
		/* pieces too far apart, or not in one column */
		static const char far[] =
			"(三 1.属于国家  1 0 0 0 0 0 1\na\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n)不予公开\n";
		static const char askew[] =
			"(三 1.属于国家  1 0 0 0 0 0 1\n                 )不予公开 2.其他\n";

		t = frags(&c, glued);
		UNIT_OK(t && strcmp(t, glued_out) == 0,
				"glued pieces: the label whole in place of the first, the others blanked, a piece's own line gone\n%s",
				t ? t : "(unchanged)");
		gdr_ctx_free(&c);
		t = frags(&c, apart);
		UNIT_OK(t && strcmp(t, apart_out) == 0,
				"pieces apart from the labels: the rest keeps its columns as the table reader counts them ()无: 4)\n%s", t ? t : "(unchanged)");
		gdr_ctx_free(&c);
		UNIT_OK(frags(&c, own) == NULL, "(六)其他 / 处理 with its values: left alone");
		gdr_ctx_free(&c);
		UNIT_OK(frags(&c, cells) == NULL, "a table a cell a line: left alone");
		gdr_ctx_free(&c);
		UNIT_OK(frags(&c, far) == NULL && (gdr_ctx_free(&c), frags(&c, askew) == NULL),
				"pieces more than ten lines apart, or out of their column: left alone");
		gdr_ctx_free(&c);
		UNIT_OK(frags(&c, "     (三)不予公开 1.属于国家秘密  1 0 0 0 0 0 1\n") == NULL,
				"a group label printed whole: left alone");
		gdr_ctx_free(&c);
	}

	/*
	 * Ghostscript's txtwrite of such a table (held-out set 12): the rows
	 * under the pieces read
	 */
	{
		size_t		n;
		char	   *b = tu_read_file("test/data/written/tables12/hengyan-eco-2024.txt", &n);

		UNIT_OK(b != NULL, "the 衡岩 fixture is read");
		if (b)
		{
			gdr_ctx_init(&c, &gdr_env_malloc);
			r = NULL;
			UNIT_OK(gdr_parse(&c, b, n, &r) == GDR_OK && r, "parsed");
			TU_EXPECT(r, "applications.denied.third_party.person", 6);
			TU_EXPECT(r, "applications.denied.third_party.total", 30);
			TU_EXPECT(r, "applications.unable.needs_creation.total", 129);
			TU_EXPECT(r, "applications.not_processed.petition.business", 64);
			TU_EXPECT(r, "applications.not_processed.petition.total", 130);
			gdr_ctx_free(&c);
			free(b);
		}
	}

	/*
	 * The whole of such a table, as poppler's XML gives it: every row read
	 * (1.属于国家 / 秘密 under the pieces of (三); 5.要求行政机关确认或
	 * wrapped below its values, then 1.申请人无正当理由… with its values
	 * on its fourth line)
	 */
	{
		size_t		n;
		char	   *b = tu_read_file("test/data/written/tables15/nantang-district-2025.xml", &n);

		UNIT_OK(b != NULL, "the 南塘区 fixture is read");
		if (b)
		{
			gdr_ctx_init(&c, &gdr_env_malloc);
			r = NULL;
			UNIT_OK(gdr_parse(&c, b, n, &r) == GDR_OK && r, "parsed");
			TU_EXPECT(r, "applications.denied.state_secret.person", 1);
			TU_EXPECT(r, "applications.denied.state_secret.total", 1);
			TU_EXPECT(r, "applications.unable.needs_creation.total", 4);
			TU_EXPECT(r, "applications.not_processed.petition.legal", 1);
			TU_EXPECT(r, "applications.not_processed.confirmation.total", 2);
			TU_EXPECT(r, "applications.other_handling.no_correction.business", 1);
			TU_EXPECT(r, "applications.other_handling.no_correction.total", 8);
			TU_EXPECT(r, "applications.processed.total", 206);
			UNIT_OK(r && !warned(r, "row_not_found") && !warned(r, "row_label_displaced") &&
					!warned(r, "row_duplicate"), "no row lost");
			gdr_ctx_free(&c);
			free(b);
		}
	}
	/* an iCalendar event: the report in its DESCRIPTION, folded at 75 octets */
	{
		static const char ics[] =
			"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//X OA//CN\r\nBEGIN:VEVENT\r\n"
			"SUMMARY:某镇2023年政务公开工作总结会\r\n"
			"DTSTART;TZID=CST;VALUE=DATE-TIME:20231228T143000\r\n"
			"ATTENDEE;CN=\"各村:社区\";ROLE=REQ-PARTICIPANT:mailto:a@examp\r\n le.gov.cn\r\n"
			"DESCRIPTION;LANGUAGE=zh-CN:某镇人民政府2023年政务公开工作总结\\n全年主动公开政府信息三百\r\n"
			" 二十七条\\, 收到申请两件\\; 见\\\\附件。\\N某镇人民政府\\n2023年12月22日\r\n"
			"LOCATION:某镇人民政府三楼会议室\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
		static const char summary_only[] =
			"BEGIN:VCALENDAR\nBEGIN:VTODO\nSUMMARY:报送2023年政府信息公开工作年度报告\nEND:VTODO\nEND:VCALENDAR\n";

		UNIT_OK(DETECT(gdr_ics_detect, ics) && DETECT(gdr_ics_detect, "\xEF\xBB\xBF" "BEGIN:VCALENDAR\n"),
				"an iCalendar file is detected (a BOM before it too)");
		UNIT_OK(!DETECT(gdr_ics_detect, "BEGIN:VCARD\nNOTE:某县\nEND:VCARD\n") &&
				!DETECT(gdr_ics_detect, "某县2023年报告\nBEGIN:VCALENDAR\n") &&
				!DETECT(gdr_ics_detect, "BEGIN:VCALENDARX\n"),
				"a vCard, text that quotes one, a longer word are not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_ics_to_text, ics);
		UNIT_OK(t && strcmp(t, "某镇人民政府2023年政务公开工作总结\n全年主动公开政府信息三百二十七条, 收到申请两件; 见\\附件。\n"
						   "某镇人民政府\n2023年12月22日\n") == 0,
				"the DESCRIPTION alone, unfolded, its escapes read (\\n \\N \\, \\; \\\\)\n%s", t ? t : "(null)");
		gdr_ctx_free(&c);
		r = parse(&c, ics);
		UNIT_EQ_INT(r ? r->year : 0, 2023, "its year");
		TU_EXPECT(r, "narrative.active_total", 327);
		UNIT_OK(r && r->published && strcmp(r->published, "2023-12-22") == 0, "its date under the signature");
		gdr_ctx_free(&c);
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_ics_to_text, summary_only);
		UNIT_OK(t && strcmp(t, "报送2023年政府信息公开工作年度报告\n") == 0,
				"no DESCRIPTION: the SUMMARY");
		gdr_ctx_free(&c);
	}
	/* mojibake: GBK read as Latin-1, UTF-8 read as Windows-1252 */
	{
		static const char report[] =
			"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\" /></head><body>"
			"<p>%s2019年政府信息公开工作年度报告</p>"
			"<p>全年主动公开政府信息2134条，收到政府信息公开申请34件。</p></body></html>\n";
		static const char *const sets[][3] = {{"GB18030", "gb2312", "某县卫生健康局"},
			{"UTF-8", "utf-8", "某县卫生健康局"}, {"Big5", "big5", "某縣衛生局"}, {"GB18030", "", "某县卫生健康局"}};
		static const char big5_report[] =
			"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\" /></head><body>"
			"<p>%s2019年政府資訊公開工作年度報告</p>"
			"<p>全年主動公開政府資訊2134條，收到政府資訊公開申請34件。</p></body></html>\n";
		int			k;

		for (k = 0; k < 4; k++)
		{
			char		page[1024],
						moji[4096];
			char		raw[1024];
			UErrorCode	err = U_ZERO_ERROR;
			int32_t		n,
						i,
						m = 0;
			const char *cs;
			gdr_buf		o = {0};

			snprintf(page, sizeof(page), k == 2 ? big5_report : report, sets[k][1], sets[k][2]);
			/* the page in its charset, each byte then read as Latin-1 (or 1252 for UTF-8) */
			n = ucnv_convert(sets[k][0], "UTF-8", raw, sizeof(raw), page, (int32_t) strlen(page), &err);
			for (i = 0; i < n; i++)
			{
				unsigned char b = (unsigned char) raw[i];

				if (b < 0x80)
					moji[m++] = (char) b;
				else if (k == 1 && b == 0x94)
				{
					memcpy(moji + m, "\xE2\x80\x9D", 3);	/* 1252's ” */
					m += 3;
				}
				else
				{
					moji[m++] = (char) (0xC0 | b >> 6);
					moji[m++] = (char) (0x80 | (b & 0x3F));
				}
			}
			moji[m] = '\0';
			UNIT_OK(U_SUCCESS(err) && gdr_mojibake_detect(moji, (size_t) m),
					"%s bytes read as Latin-1: detected", sets[k][0]);
			gdr_ctx_init(&c, &gdr_env_malloc);
			UNIT_OK(gdr_mojibake_fix(&c, moji, (size_t) m, &o, &cs) && cs && o.data &&
					strstr(o.data, sets[k][2]) && strstr(o.data, "2019年政府"),
					"… read as %s again (charset=%s)", cs ? cs : "(none)", sets[k][1]);
			gdr_ctx_free(&c);
			r = parse(&c, moji);
			TU_EXPECT(r, "narrative.active_total", 2134);
			UNIT_OK(r && r->year == 2019 && warned(r, "mojibake"), "its year, and a mojibake warning");
			gdr_ctx_free(&c);
		}
		UNIT_OK(!gdr_mojibake_detect("某县2019年报告 café naïve", strlen("某县2019年报告 café naïve")) &&
				!gdr_mojibake_detect("café naïve résumé", strlen("café naïve résumé")) &&
				!gdr_mojibake_detect("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĀāĂă", strlen("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĀāĂă")),
				"Chinese text, a few accents, a character past Latin-1 and 1252: not mojibake");
		{
			/* Latin-1 text that decodes to no Chinese: left as it is */
			static const char fr[] = "Ã©tÃ© Ã  la plage, Ã©cole, Ã©lÃ¨ve, Ã§a, Ã¨re, Ã®le, Ã´ter, Ã»r, Ã¯";
			gdr_buf		o = {0};
			const char *cs;

			gdr_ctx_init(&c, &gdr_env_malloc);
			UNIT_OK(gdr_mojibake_detect(fr, strlen(fr)) && gdr_mojibake_fix(&c, fr, strlen(fr), &o, &cs) &&
					cs == NULL, "UTF-8 French read as Latin-1: no Chinese comes of it, left alone");
			gdr_ctx_free(&c);
		}
	}
	/* a Telegram export: the longest message and its sender's next part */
	{
		static const char tg[] =
			"{\n \"name\": \"政务公开研究\",\n \"type\": \"public_supergroup\",\n \"messages\": [\n"
			"  {\"id\": 1, \"type\": \"service\", \"actor\": \"甲\", \"action\": \"pin_message\", \"text\": \"\", \"text_entities\": []},\n"
			"  {\"id\": 2, \"type\": \"message\", \"date\": \"2014-04-02T21:15:00\", \"from\": \"甲\", \"from_id\": \"user1\","
			" \"text\": \"转一份某县2013年的年报，贴两段\", \"text_entities\": []},\n"
			"  {\"id\": 3, \"type\": \"message\", \"from\": \"甲\", \"from_id\": \"user1\", \"text\": ["
			"{\"type\": \"bold\", \"text\": \"某县人民政府2013年政府信息公开工作年度报告\"},"
			" \"\\n\\n2013年，我县坚持以公开为常态、不公开为例外，进一步加强政府信息公开平台建设。全县共主动公开政府信息\","
			" {\"type\": \"bold\", \"text\": \"2,086\"},"
			" \"条。全年共受理政府信息公开申请四十三件，截至12月31日，已办结\"], \"text_entities\": []},\n"
			"  {\"id\": 4, \"type\": \"message\", \"from\": \"甲\", \"from_id\": \"user1\","
			" \"text\": \"四十一件，另有2件结转下年度办理。\\n\\n某县人民政府\\n2014年3月28日\", \"text_entities\": []},\n"
			"  {\"id\": 5, \"type\": \"message\", \"from\": \"乙\", \"from_id\": \"user2\","
			" \"text\": \"2012年他们受理了二十八件，全年主动公开政府信息1882条，比这份长的是邻县的报告，可惜没有表格\", \"text_entities\": []}\n"
			" ]\n}\n";

		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_json_to_text, tg);
		UNIT_OK(t && strstr(t, "已办结四十一件，另有2件") && !strstr(t, "1882") && !strstr(t, "贴两段"),
				"the longest message, its bold runs in place, and its sender's next part joined where it was cut;"
				" the comments left out\n%s", t ? t : "(null)");
		gdr_ctx_free(&c);
		r = parse(&c, tg);
		TU_EXPECT(r, "narrative.active_total", 2086);
		TU_EXPECT(r, "narrative.applications_completed", 41);
		UNIT_OK(r && r->published && strcmp(r->published, "2014-03-28") == 0, "the date under the signature");
		gdr_ctx_free(&c);
	}
	return unit_done();
}
