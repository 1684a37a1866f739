/*
 * test_colmajor.c -- table 三 read column by column (pdftotext's default
 * mode): the labels, then each column's header and one number per row,
 * rewritten as one line per row; left alone when anything is uncertain.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

static gdr_ctx ctx;

static char *
rewrite(const char *s)
{
	gdr_buf		out = {0};
	bool		changed;

	if (!gdr_colmajor(&ctx, s, strlen(s), &out, &changed) || !changed)
		return NULL;
	return out.data;
}

/* rows 一, 二, (一), (二) and the columns; `bump` spoils one total */
static char *
page(bool headers, bool swap, int bump)
{
	static char b[4096];
	static const char *const hdr[] = {"自然人", "法人或其他组织\n\n商业\n企业", "科研\n机构",
	"社会\n公益\n组织", "法律\n服务\n机构", "其他", "总计"};
	static const int v[7][4] = {
		{57, 4, 16, 6}, {5, 0, 1, 0}, {1, 0, 0, 0}, {2, 0, 1, 0},
		{3, 0, 0, 1}, {2, 0, 0, 0}, {70, 4, 18, 7}
	};
	size_t		n = 0;
	int			c,
				r;

	n += (size_t) snprintf(b + n, sizeof(b) - n,
						   "（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）\n\n申请人情况\n\n"
						   "一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n三、本\n年度办\n理结果\n\n"
						   "（一）予以公开\n（二）部分公开\n（区分处理的，\n只计这一情形，\n不计其他情形）\n\n");
	for (c = 0; c < 7; c++)
	{
		int			cc = swap ? (c == 0 ? 6 : c == 6 ? 0 : c) : c;

		if (headers)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "%s\n", hdr[cc]);
		for (r = 0; r < 4; r++)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "%d\n",
								   v[cc][r] + (cc == 6 && r == 2 ? bump : 0));
		n += (size_t) snprintf(b + n, sizeof(b) - n, "\n");
	}
	n += (size_t) snprintf(b + n, sizeof(b) - n, "\f四、政府信息公开行政复议、行政诉讼情况\n");
	return b;
}

/*
 * Table 三 whose last three columns a second page printed alone: 23 rows
 * of label + 4 cells, then (after the page's marker and header words) 23
 * lines of 3 numbers.  `bump` spoils one row's total; `drop` leaves one
 * line of the second page out.
 */
static char *
two_pages(int bump, bool drop)
{
	static char b[8192];
	size_t		n = 0;
	int			r;

	n += (size_t) snprintf(b + n, sizeof(b) - n,
						   "三、收到和处理政府信息公开申请情况\n全年办结100件，结转下年度继续办理6件。\n\n"
						   "               自然人  商业企业  科研机构  社会公益组织\n");
	for (r = 0; r < 23; r++)
	{
		const char *label = r == 0 ? "一、本年新收政府信息公开申请数量" :
			r == 22 ? "四、结转下年度继续办理" : "    （某）某种结果";

		if (r == 5)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "    2.其他法律行政法规禁止公\n");
		n += (size_t) snprintf(b + n, sizeof(b) - n, "%s     %d      %d      0       %d\n\n",
							   label, r + 1, r % 3, r % 2);
		if (r == 5)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "           开\n");
	}
	n += (size_t) snprintf(b + n, sizeof(b) - n, "\n                第 1 页\n      法律服务          总计\n               其他\n        机构\n\n");
	for (r = 0; r < 23; r++)
	{
		if (drop && r == 10)
			continue;
		n += (size_t) snprintf(b + n, sizeof(b) - n, "            %d       %d      %d\n\n",
							   r % 4, 1, (r + 1) + r % 3 + r % 2 + r % 4 + 1 + (r == 7 ? bump : 0));
	}
	n += (size_t) snprintf(b + n, sizeof(b) - n, "                第 2 页\n四、政府信息公开行政复议、行政诉讼情况\n");
	return b;
}

static char *
rewrite_pages(const char *s)
{
	gdr_buf		out = {0};
	bool		changed;

	if (!gdr_colpages(&ctx, s, strlen(s), &out, &changed) || !changed)
		return NULL;
	return out.data;
}

static void
test_colpages(void)
{
	char	   *t = rewrite_pages(two_pages(0, false));

	UNIT_OK(t != NULL, "table 三's last columns on a page of their own: rewritten");
	UNIT_OK(t && strstr(t, "一、本年新收政府信息公开申请数量     1      0      0       0  0  1  2\n") != NULL,
			"row 一 gets the second page's first line");
	UNIT_OK(t && strstr(t, "四、结转下年度继续办理     23      1      0       0  2  1  27\n") != NULL,
			"the last row gets its last line");
	UNIT_OK(t && strstr(t, "第 1 页") == NULL && strstr(t, "法律服务") == NULL && strstr(t, "第 2 页") != NULL,
			"the second page's marker and header words go, what follows stays");
	UNIT_OK(t && strstr(t, "禁止公\n") != NULL && strstr(t, "结转下年度继续办理6件。\n") != NULL,
			"a wrapped label's part and the prose that names the last row are kept");
	UNIT_OK(rewrite_pages(two_pages(1, false)) == NULL, "a row whose 总计 is not its sum: left alone");
	UNIT_OK(rewrite_pages(two_pages(0, true)) == NULL, "one line fewer on the second page: left alone");
	UNIT_OK(rewrite_pages("四、结转下年度继续办理  1  0  0  0  0  0  1\n") == NULL, "a whole row: left alone");
}

/*
 * A PDF viewer's copy: table 三's labels (wrapped), then a line of seven
 * values per row; a second page the same way, (六)其他处理 wrapped (the
 * text as the normaliser gives it: ASCII brackets and commas)
 */
static void
test_labels_then_rows(void)
{
	static const char page1[] =
		"申请人情况\n自然人\n总计\n"
		"一、本年新收政府信息公开申请数\n量\n二、上年结转政府信息公开申请数\n量\n"
		"(一)予以公开\n(二)部分公开(区分处理的,\n只计这一情形,不计其他情形)\n"
		"33 2 1 1 1 1 39\n1 0 0 0 0 0 1\n15 1 0 0 1 1 18\n2 0 0 0 0 0 2\n"
		"— 2 —\n(六)其\n他处理\n1.申请人无正当理由\n逾期不补正、行政机关不再处理其政府信息公开申请\n"
		"3.其他\n(七)总计\n4 0 0 0 0 0 4\n1 0 0 0 0 0 1\n20 2 1 1 1 1 26\n"
		"四、政府信息公开行政复议、行政诉讼情况\n";
	char	   *t = rewrite(page1);

	UNIT_OK(t && strstr(t, "一、本年新收政府信息公开申请数量\t33\t2\t1\t1\t1\t1\t39\n") != NULL,
			"labels then rows: row 一 with its line of values");
	UNIT_OK(t && strstr(t, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)\t2\t0\t0\t0\t0\t0\t2\n") != NULL,
			"a wrapped label joined, its values the fourth line");
	UNIT_OK(t && strstr(t, "3.其他\t1\t0\t0\t0\t0\t0\t1\n") != NULL,
			"(六)其 / 他处理 wrapped: 3.其他 is its item");
	{
		char		bad[sizeof(page1)];

		memcpy(bad, page1, sizeof(page1));
		memcpy(strstr(bad, "15 1 0 0 1 1 18"), "15 1 0 0 1 1 19", 15);
		UNIT_OK(rewrite(bad) == NULL || strstr(rewrite(bad), "予以公开\t15") == NULL,
				"a row whose 总计 is not its sum: the block is left alone");
	}
}

int
main(void)
{
	char	   *t;

	gdr_ctx_init(&ctx, &gdr_env_malloc);

	t = rewrite(page(true, false, 0));
	UNIT_OK(t != NULL, "a column-major block is rewritten");
	UNIT_OK(t && strstr(t, "\n一、本年新收政府信息公开申请数量\t57\t5\t1\t2\t3\t2\t70\n") != NULL,
			"row 一: its seven cells in the template's order");
	UNIT_OK(t && strstr(t, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t6\t0\t0\t0\t1\t0\t7\n") != NULL,
			"a wrapped label joined, its cells after it");
	UNIT_OK(t && strstr(t, "四、政府信息公开行政复议") != NULL, "the text after the block stays");

	/* 总计 first: the headers say which column is which */
	t = rewrite(page(true, true, 0));
	UNIT_OK(t && strstr(t, "一、本年新收政府信息公开申请数量\t57\t5\t1\t2\t3\t2\t70\n") != NULL,
			"columns in another order are put in the template's");

	/* uncertain: left alone */
	UNIT_OK(rewrite(page(true, false, 1)) == NULL, "a row whose total is not its sum: nothing rewritten");
	UNIT_OK(rewrite(page(false, false, 0)) == NULL, "headless columns with no block before: nothing rewritten");
	UNIT_OK(rewrite("一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n") == NULL,
			"a row-major table is not touched");
	UNIT_OK(rewrite("") == NULL, "empty text");

	/* table 四: each cell's header words, then its number */
	{
		static const char t4[] =
			"四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\n\n结果\n维持\n2\n\n结果\n纠正\n1\n\n"
			"其他\n结果\n0\n\n尚未\n审结\n1\n\n总计\n4\n\n行政诉讼\n\n未经复议直\n接起诉\n\n"
			"结果\n维持\n1\n结果\n纠正\n0\n其他\n结果\n0\n尚未\n审结\n1\n总计\n2\n\n复议后起诉\n\n"
			"结果\n维持\n1\n结果\n纠正\n0\n其他\n结果\n0\n尚未\n审结\n0\n总计\n1\n\n五、存在的主要问题\n";
		gdr_buf		out = {0};
		bool		changed;

		UNIT_OK(gdr_colmajor4(&ctx, t4, strlen(t4), &out, &changed) && changed,
				"table 四 cell by cell is rewritten");
		UNIT_OK(changed && strstr(out.data, "\n2\t1\t0\t1\t4\t1\t0\t0\t1\t2\t1\t0\t0\t0\t1\n\n五、") != NULL,
				"its 15 cells on one line after the header");
		out.len = 0;
		{
			char	   *bad = strdup(t4);

			*strstr(bad, "总计\n4") = '\0';	/* cut: never a block of its own */
			memcpy(bad + strlen(bad), "总计\n5", 8);
			UNIT_OK(gdr_colmajor4(&ctx, bad, strlen(bad), &out, &changed) && !changed,
					"a block whose 总计 is not its sum: nothing rewritten");
			free(bad);
		}
	}

	/* table 二: labels, then each column's header words and cells */
	{
		static const char t2[] =
			"第二十条第（一）项\n\n信息内容\n规章\n行政规范性文件\n\n本年制发件数\n0\n1\n\n"
			"本年废止件数\n0\n2\n\n现行有效件数\n0\n4\n\n第二十条第（五）项\n\n信息内容\n行政许可\n\n"
			"本年处理决定\n数量\n86\n\n第二十条第（八）项\n";
		gdr_buf		out = {0};
		bool		changed;

		UNIT_OK(gdr_colmajor2(&ctx, t2, strlen(t2), &out, &changed) && changed,
				"table 二 column by column is rewritten");
		UNIT_OK(changed && strstr(out.data, "\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
								  "规章\t0\t0\t0\n行政规范性文件\t1\t2\t4\n") != NULL,
				"(一): a header line and a line per row");
		UNIT_OK(changed && strstr(out.data, "\n信息内容\t本年处理决定数量\n行政许可\t86\n") != NULL,
				"(五): a wrapped header joined");
		out.len = 0;
		{
			static const char rowwise[] = "第二十条第（一）项\n信息内容\n本年制发件数\n规章\n0\n";

			UNIT_OK(gdr_colmajor2(&ctx, rowwise, strlen(rowwise), &out, &changed) && !changed,
					"one cell per line, row by row: not touched");
		}
	}

	/* the parser reads it (text with pages: a form feed) */
	{
		gdr_ctx		c2;
		gdr_report *r;
		const char *s = page(true, false, 0);

		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, s, strlen(s), &r) == GDR_OK, "parses");
		UNIT_EQ_INT(r ? (long long) r->val[GDR_S_APP(GDR_R_NEW, GDR_C_TOTAL)] : -1, 70,
					"applications.new.total");
		UNIT_EQ_INT(r ? (long long) r->val[GDR_S_APP(GDR_R_PARTIAL, GDR_C_LEGAL)] : -1, 1,
					"applications.partial.legal");
		gdr_ctx_free(&c2);
	}
	gdr_ctx_free(&ctx);
	test_colpages();
	test_labels_then_rows();
	return unit_done();
}
