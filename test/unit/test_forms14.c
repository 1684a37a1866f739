/*
 * test_forms14.c -- forms read since held-out set 13: MuPDF's structured
 * text (mutool draw -F stext), a character an element; table 三 printed
 * twice (the agency's own and its subordinates' summary); pdf2json's JSON
 * of a PDF (its text runs).  Each is detected
 * (and ordinary text and its look-alikes are not), rewritten, and read by
 * the parser with its figures; malformed input loses nothing it can keep.
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
#define warned tu_warned

/* a <char> of mutool's stext at x (its width w), baseline y */
static void
put_char(char *b, size_t cap, double x, double w, double y, const char *c)
{
	size_t		n = strlen(b);

	snprintf(b + n, cap - n,
			 "<char quad=\"%.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f\" x=\"%.2f\" y=\"%.2f\" color=\"#000000\" c=\"%s\"/>\n",
			 x, y - 9, x + w, y - 9, x, y + 2, x + w, y + 2, x, y, c);
}

/* a <line> of characters: each a UTF-8 character or an XML reference */
static void
put_line(char *b, size_t cap, double x, double y, const char *const *chars, int n)
{
	int			i;

	snprintf(b + strlen(b), cap - strlen(b),
			 "<line bbox=\"%.1f %.1f %.1f %.1f\" wmode=\"0\" dir=\"1 0\">\n<font name=\"F\" size=\"10.5\">\n",
			 x, y - 9, x + 10.5 * n, y + 2);
	for (i = 0; i < n; i++)
		put_char(b, cap, x + 10.5 * i, 10.5, y, chars[i]);
	snprintf(b + strlen(b), cap - strlen(b), "</font>\n</line>\n");
}

/* the 25 row labels of table 三 (2021) */
static const char *const rows21[] = {
	"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
	"(一)予以公开", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
	"(三)不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
	"4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
	"7.属于行政执法案卷", "8.属于行政查询事项", "(四)无法提供 1.本机关不掌握相关政府信息",
	"2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "(五)不予处理 1.信访举报投诉类申请",
	"2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
	"5.要求行政机关确认或重新出具已获取信息",
	"(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
	"(七)总计", "四、结转下年度继续办理"
};

/* a table 三 under a heading, in tab-separated rows: every row's 自然人 and
 * 总计 are m times its number, its other cells 0 */
static void
put_table3(char *b, size_t cap, const char *heading, int m)
{
	size_t		i;

	snprintf(b + strlen(b), cap - strlen(b),
			 "%s\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n"
			 "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n", heading);
	for (i = 0; i < sizeof(rows21) / sizeof(rows21[0]); i++)
	{
		if (i == 2)
			snprintf(b + strlen(b), cap - strlen(b), "三、本年度办理结果\n");
		snprintf(b + strlen(b), cap - strlen(b), "%s\t%d\t0\t0\t0\t0\t0\t%d\n",
				 rows21[i], m * ((int) i + 1), m * ((int) i + 1));
	}
}

/* a pdf2json text run, percent-encoded as pdf2json writes it */
static void
put_run(char *b, size_t cap, const char *text)
{
	size_t		n = strlen(b);
	const unsigned char *t = (const unsigned char *) text;

	n += (size_t) snprintf(b + n, cap - n, "%s{\"x\":-0.25,\"y\":51.868,\"w\":16,\"R\":[{\"T\":\"",
						   b[n - 1] == '[' ? "" : ",");
	for (; *t; t++)
		n += (size_t) snprintf(b + n, cap - n, (*t >= 0x80 || *t == '%') ? "%%%02X" : "%c", *t);
	snprintf(b + n, cap - n, "\",\"S\":-1,\"TS\":[3,19,0,0]}]}");
}


int
main(void)
{
	gdr_ctx		c;
	gdr_report *r;
	const char *t;

	/* mutool draw -F stext */
	{
		static const char *const title[] = {"&#x67d0;", "&#x53bf;", "2", "0", "2", "1", "&#x5e74;",
			"&#x653f;", "&#x5e9c;", "&#x4fe1;", "&#x606f;", "&#x516c;", "&#x5f00;", "&#x5de5;", "&#x4f5c;",
		"&#x5e74;", "&#x5ea6;", "&#x62a5;", "&#x544a;"};
		/* 行政许可 and its figure, the figure's cell first (a block each) */
		static const char *const label[] = {"行", "政", "许", "可"};
		static const char *const num[] = {"1", "2", "3", "4"};
		static const char *const amp[] = {"A", "&amp;", "B", "&lt;", "&#20013;", "&#x;", "&#xZZ;"};
		char	   *b = calloc(1, 65536);
		char	   *old;

		strcat(b, "<?xml version=\"1.0\"?>\n<document name=\"x.pdf\">\n<page id=\"page1\" width=\"595\" height=\"842\">\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 72, 60, title, 19);
		strcat(b, "</block>\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 400, 200.4, num, 4);
		strcat(b, "</block>\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 72, 200, label, 4);
		strcat(b, "</block>\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 72, 260, amp, 7);
		strcat(b, "</block>\n</page>\n<page id=\"page2\" width=\"595\" height=\"842\">\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 72, 30, label, 2);
		strcat(b, "</block>\n</page>\n</document>\n");

		UNIT_OK(DETECT(gdr_stext_detect, b), "mutool's stext is detected");
		UNIT_OK(!DETECT(gdr_stext_detect, "<document><p>a line with <char s</p></document>") &&
				!DETECT(gdr_stext_detect, "<html><body><p>某县</p></body></html>") &&
				!DETECT(gdr_stext_detect, "某县2021年政府信息公开工作年度报告\n"),
				"a page, text, an XML document without lines of characters are not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_stext_to_text, b);
		UNIT_OK(t && strstr(t, "某县2021年政府信息公开工作年度报告\n") != NULL,
				"a line's characters one run, the references decoded");
		UNIT_OK(t && strstr(t, "行政许可") && strstr(t, "1234") &&
				strstr(t, "行政许可") < strstr(t, "1234") && !memchr(strstr(t, "行政许可"), '\n',
																 (size_t) (strstr(t, "1234") - strstr(t, "行政许可"))),
				"a row's cells on one line, left to right, whatever the order of the blocks");
		UNIT_OK(t && strstr(t, "A&B<中&#x;&#xZZ;") != NULL,
				"&amp; &lt; &#NNN; decoded; a reference without digits kept as it is");
		UNIT_OK(t && strchr(t, '\f') && strstr(t, "行政\n") > strchr(t, '\f'), "a page ends with a form feed");
		gdr_ctx_free(&c);
		r = parse(&c, b);
		UNIT_EQ_INT(r ? r->year : 0, 2021, "its year read");
		UNIT_OK(r && r->agency == NULL && r->kind == GDR_KIND_ANNUAL_REPORT,
				"its kind read (the title names a place, no body)");
		gdr_ctx_free(&c);

		/* older MuPDF: bbox="x0 y0 x1 y1" for quad */
		old = calloc(1, 4096);
		strcat(old, "<?xml version=\"1.0\"?>\n<document name=\"x.pdf\">\n<page width=\"595\" height=\"842\">\n"
			   "<block bbox=\"0 0 1 1\">\n<line bbox=\"0 0 1 1\" wmode=\"0\" dir=\"1 0\">\n<font name=\"F\" size=\"10\">\n"
			   "<char bbox=\"72 191 82 202\" x=\"72\" y=\"200\" c=\"&#x53d7;\"/>\n"
			   "<char bbox=\"82 191 92 202\" x=\"82\" y=\"200\" c=\"&#x7406;\"/>\n"
			   "</font>\n</line>\n</block>\n<block bbox=\"0 0 1 1\">\n<line bbox=\"0 0 1 1\" wmode=\"0\" dir=\"1 0\">\n"
			   "<font name=\"F\" size=\"10\">\n<char bbox=\"200 191 206 202\" x=\"200\" y=\"200\" c=\"7\"/>\n"
			   "</font>\n</line>\n</block>\n</page>\n</document>\n");
		UNIT_OK(DETECT(gdr_stext_detect, old), "stext with bbox= is detected");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_stext_to_text, old);
		UNIT_OK(t && strstr(t, "受理") && strstr(t, "7\n") > strstr(t, "受理"), "bbox= read as quad=");
		gdr_ctx_free(&c);

		/* malformed: a <char> without c= or box, EOF inside a tag */
		{
			static const char bad[] =
				"<document name=\"x\">\n<page>\n<line bbox=\"0 0 1 1\">\n<font size=\"abc\">\n"
				"<char quad=\"1 2 3\" x=\"1\" y=\"2\" c=\"&#x4e00;\"/>\n<char quad=\"72 191 82 191 72 202 82 202\" y=\"200\"/>\n"
				"<char quad=\"72 191 82 191 72 202 82 202\" x=\"72\" y=\"200\" c=\"&#x53d7;\"/>\n<char quad=\"90 1";

			UNIT_OK(DETECT(gdr_stext_detect, bad), "a cut stext is still detected");
			gdr_ctx_init(&c, &gdr_env_malloc);
			t = rw(&c, gdr_stext_to_text, bad);
			UNIT_OK(t && strcmp(t, "              受\n") == 0,
					"a character without its box or value is dropped, the one before the cut kept");
			gdr_ctx_free(&c);
		}
		free(b);
		free(old);
	}

	/*
	 * Table 三 printed twice: the agency's own and a summary of its
	 * subordinate units.  The one whose heading names no summary is read.
	 */
	{
		static const char *const heads[][2] = {
			{"(一)市教育局机关", "(二)全市教育系统汇总(含局属学校和直属事业单位)"},
			{"(一)全县汇总", "(二)县政府办公室本级"},
			{"(一)县政府办公室", "(二)县政府办公室"},
		};
		/* the own table's factor, 0: none is the own */
		static const int own_m[] = {1, 1, 0};
		int			k;

		for (k = 0; k < 3; k++)
		{
			char	   *b = calloc(1, 65536);
			int			m1 = own_m[k] == 0 || strstr(heads[k][0], "汇总") == NULL ? 1 : 3;
			int			m2 = m1 == 1 ? 3 : 1;

			strcat(b, "某市教育局2025年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n");
			put_table3(b, 65536, heads[k][0], m1);
			put_table3(b, 65536, heads[k][1], m2);
			strcat(b, "四、政府信息公开行政复议、行政诉讼情况\n");
			r = parse(&c, b);
			if (own_m[k])
			{
				UNIT_EQ_INT(val(r, "applications.new.person"), 1,
							"two tables 三 (%s / %s): the own one's first row", heads[k][0], heads[k][1]);
				UNIT_EQ_INT(val(r, "applications.carried_forward.total"), 25,
							"... and its last row");
				UNIT_OK(warned(r, "table_repeated") && !warned(r, "row_duplicate"),
						"... said, and no row is a duplicate");
			}
			else
			{
				UNIT_OK(r && val(r, "applications.new.person") == -1 &&
						val(r, "applications.processed.total") == -1,
						"two tables 三 under headings that do not tell whose: their rows are null");
				UNIT_OK(warned(r, "table_repeated") && warned(r, "row_duplicate"),
						"... and the warnings say so");
			}
			gdr_ctx_free(&c);
			/* one table: no such warning */
			b[0] = '\0';
			strcat(b, "某市教育局2025年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n");
			put_table3(b, 65536, heads[k][1], 2);
			r = parse(&c, b);
			UNIT_OK(val(r, "applications.new.person") == 2 && !warned(r, "table_repeated"),
					"one table 三 under %s: read, no table_repeated", heads[k][1]);
			gdr_ctx_free(&c);
			free(b);
		}
	}

	/* pdf2json: text runs, every one at the same x and y */
	{
		static const char *const p1[] = {
			"某县", "2021", "年政府信息公开工作年度报告", "\xC2\xA0", "一、总体情况", "2021",
			"年，县政府办公室及时公开", "政策。", "（一）主动公开。全年主动公开政府", "信息", "318",
			"条，其中政策", "解读", "12", "篇。", "二、主动公开政府信息情况", "第二十条第（一）项",
			"信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0",
			"行政规范性文件", "3", "1", "25"
		};
		static const char *const p2[] = {
			"（三", "）不", "1.", "属于国家", "秘密", "0", "0", "未", "经复", "议", "直接", "起", "诉",
			"六、其他需要报告的事项", "无。", "\xC2\xA0", "某县人民政府", "2022", "年", "3", "月", "5", "日"
		};
		char	   *b = calloc(1, 65536);
		size_t		k;
		size_t		cut;

		strcat(b, "{\"Transcoder\":\"pdf2json@3.2.2\",\"Meta\":{},\"Pages\":[{\"Width\":37.2,"
			   "\"HLines\":[{\"x\":3.5,\"y\":39.5,\"w\":0.375,\"l\":31.9}],\"Texts\":[");
		for (k = 0; k < sizeof(p1) / sizeof(p1[0]); k++)
			put_run(b, 65536, p1[k]);
		strcat(b, "]},{\"Width\":37.2,\"Texts\":[");
		for (k = 0; k < sizeof(p2) / sizeof(p2[0]); k++)
			put_run(b, 65536, p2[k]);
		strcat(b, "]}]}");

		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_json_to_text, b);
		UNIT_OK(t && strncmp(t, "某县2021年政府信息公开工作年度报告\n一、总体情况\n2021年，", 60) == 0,
				"pdf2json: a title's runs joined, a heading alone on its line, not joined to the year after it");
		UNIT_OK(t && strstr(t, "全年主动公开政府信息318条，其中政策解读12篇。\n"),
				"a sentence's runs and figures joined, the line ends after 。");
		UNIT_OK(t && strstr(t, "现行有效件数规章\n0\n0\n0\n行政规范性文件\n3\n1\n25\n"),
				"a table's numbers a line each");
		UNIT_OK(t && strstr(t, "\n（三）不\n1.属于国家秘密\n0\n0\n未经复议直接起诉\n"),
				"a new page a new line; an item number joins its label; a cell's pieces are joined");
		UNIT_OK(t && strstr(t, "\n某县人民政府\n2022年3月5日\n"),
				"the date that ends the text on a line of its own, under the signature");
		gdr_ctx_free(&c);
		r = parse(&c, b);
		UNIT_EQ_INT(val(r, "narrative.active_total"), 318, "pdf2json: the prose's figure");
		UNIT_EQ_INT(val(r, "narrative.interpretations"), 12, "... and another");
		UNIT_EQ_INT(val(r, "active.normative_documents.in_force"), 25, "... and table 二's");
		UNIT_EQ_INT(r ? r->year : 0, 2021, "... and the year");
		UNIT_OK(r && strcmp(r->published, "2022-03-05") == 0, "... and the signature's date");
		gdr_ctx_free(&c);

		/* cut inside a run: the runs before the cut are kept */
		cut = (size_t) (strstr(b, "%E6%9D%A1%EF%BC%8C") - b) + 5;
		b[cut] = '\0';
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_json_to_text, b);
		UNIT_OK(t && strstr(t, "政府信息\n318\n") && strstr(t, "条") == NULL,
				"pdf2json cut inside a run: the runs before it kept, the cut one dropped");
		gdr_ctx_free(&c);
		free(b);
	}

	return unit_done();
}
