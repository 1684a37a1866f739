/*
 * test_table.c -- tables 三 and 四 (table.c) on small synthetic layouts and
 * on the real seeds/corpus files with their gold figures.
 * Inputs go through the real html.c and norm.c first, as in gdr_parse().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"


#include "testutil.h"

#define fold(s, len, outlen) tu_normalize((s), (len), (outlen))
#define slurp(path, len) tu_read_file((path), (len))

typedef struct run
{
	gdr_ctx		ctx;
	gdr_report *r;
} run;

static void
parse_tables(run *x, const char *text)
{
	size_t		n;
	char	   *f = fold(text, strlen(text), &n);

	gdr_ctx_init(&x->ctx, &gdr_env_malloc);
	x->r = gdr_alloc0(&x->ctx, sizeof(gdr_report));
	UNIT_OK(gdr_tables(&x->ctx, f, n, x->r), "gdr_tables returns true");
	free(f);
}

static int
slot(const char *path)
{
	return gdr_slot_find(path, strlen(path));
}

static bool
has_warning(const gdr_report *r, const char *code, const char *path)
{
	int			i;

	for (i = 0; i < r->nwarnings; i++)
		if (strcmp(r->warnings[i].code, code) == 0 &&
			(path == NULL || (r->warnings[i].path && strcmp(r->warnings[i].path, path) == 0)))
			return true;
	return false;
}

#define EXPECT(r, path, want) do { \
	int s_ = slot(path); \
	UNIT_OK(s_ >= 0 && gdr_has((r), s_) && (r)->val[s_] == (want), \
			"%s = %lld (got %s%lld)", path, (long long) (want), \
			s_ >= 0 && gdr_has((r), s_) ? "" : "null/absent ", \
			s_ >= 0 ? (long long) (r)->val[s_] : -1LL); \
} while (0)

#define EXPECT_NULL(r, path) do { \
	int s_ = slot(path); \
	UNIT_OK(s_ >= 0 && gdr_present((r), s_) && !gdr_has((r), s_), "%s is null", path); \
} while (0)

/* seed 001's figures */
static const char *row_names[] = {"new", "carried_over", "granted", "partial",
	"denied.state_secret", "denied.prohibited", "denied.security",
	"denied.third_party", "denied.internal", "denied.process",
	"denied.enforcement", "denied.query", "unable.not_held",
	"unable.needs_creation", "unable.unclear", "not_processed.petition",
	"not_processed.repeated", "not_processed.publication",
	"not_processed.excessive", "not_processed.confirmation",
	"other_handling.no_correction", "other_handling.fee_unpaid",
	"other_handling.other", "processed", "carried_forward"};
static const char *col_names[] = {"person", "business", "research", "nonprofit",
"legal", "other", "total"};

static const char *labels2021[] = {
	"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
	"三、本年度办理结果\t(一)予以公开", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
	"(三)不予公开\t1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
	"4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
	"7.属于行政执法案卷", "8.属于行政查询事项",
	"(四)无法提供\t1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
	"3.补正后申请内容仍不明确",
	"(五)不予处理\t1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
	"4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
	"(六)其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"3.其他", "(七)总计", "四、结转下年度继续办理"};

static int64_t g001[GDR_NAPPROWS][GDR_NAPPCOLS];

static void
init_g001(void)
{
	memset(g001, 0, sizeof(g001));
	g001[GDR_R_NEW][0] = 23;
	g001[GDR_R_NEW][1] = 4;
	g001[GDR_R_NEW][6] = 27;
	g001[GDR_R_GRANTED][0] = 20;
	g001[GDR_R_GRANTED][6] = 20;
	g001[GDR_R_PARTIAL][1] = 2;
	g001[GDR_R_PARTIAL][6] = 2;
	g001[GDR_R_DENIED_QUERY][0] = 2;
	g001[GDR_R_DENIED_QUERY][6] = 2;
	g001[GDR_R_PROCESSED][0] = 22;
	g001[GDR_R_PROCESSED][1] = 2;
	g001[GDR_R_PROCESSED][6] = 24;
	g001[GDR_R_CARRIED_FORWARD][0] = 1;
	g001[GDR_R_CARRIED_FORWARD][1] = 2;
	g001[GDR_R_CARRIED_FORWARD][6] = 3;
}

static const char *header3 =
"(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t申请人情况\n"
"自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n";
static const char *header4 =
"四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
"结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
"结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";

/* render seed 001's table 三 with a separator style */
static char *
render(int style)
{
	static char b[65536];
	size_t		n = 0;
	int			row,
				c;

	n += (size_t) snprintf(b + n, sizeof(b) - n, "%s", header3);
	for (row = 0; row < GDR_NAPPROWS; row++)
	{
		char		lab[512];
		char	   *p;

		snprintf(lab, sizeof(lab), "%s", labels2021[row]);
		if (style != 0)			/* not a tab layout: labels on one cell */
			for (p = lab; *p; p++)
				if (*p == '\t')
					*p = style == 3 ? ' ' : '\n';
		switch (style)
		{
			case 0:				/* html-style tab row */
				n += (size_t) snprintf(b + n, sizeof(b) - n, "%s", lab);
				for (c = 0; c < GDR_NAPPCOLS; c++)
					n += (size_t) snprintf(b + n, sizeof(b) - n, "\t%lld", (long long) g001[row][c]);
				n += (size_t) snprintf(b + n, sizeof(b) - n, "\n");
				break;
			case 1:				/* pipes, one cell per line */
				n += (size_t) snprintf(b + n, sizeof(b) - n, "%s |\n", lab);
				for (c = 0; c < GDR_NAPPCOLS; c++)
					n += (size_t) snprintf(b + n, sizeof(b) - n, "%lld |\n", (long long) g001[row][c]);
				n += (size_t) snprintf(b + n, sizeof(b) - n, "||\n");
				break;
			case 2:				/* markdown */
				n += (size_t) snprintf(b + n, sizeof(b) - n, "| %s |", lab);
				for (c = 0; c < GDR_NAPPCOLS; c++)
					n += (size_t) snprintf(b + n, sizeof(b) - n, " %lld |", (long long) g001[row][c]);
				n += (size_t) snprintf(b + n, sizeof(b) - n, "\n");
				break;
			case 3:				/* single spaces */
				n += (size_t) snprintf(b + n, sizeof(b) - n, "%s", lab);
				for (c = 0; c < GDR_NAPPCOLS; c++)
					n += (size_t) snprintf(b + n, sizeof(b) - n, " %lld", (long long) g001[row][c]);
				n += (size_t) snprintf(b + n, sizeof(b) - n, "\n");
				break;
			case 4:				/* run together */
				n += (size_t) snprintf(b + n, sizeof(b) - n, "%s", lab);
				for (c = 0; c < GDR_NAPPCOLS; c++)
					n += (size_t) snprintf(b + n, sizeof(b) - n, "%lld", (long long) g001[row][c]);
				break;
			case 5:				/* tab-prefixed, one cell per line */
				n += (size_t) snprintf(b + n, sizeof(b) - n, "\t%s\n", lab);
				for (c = 0; c < GDR_NAPPCOLS; c++)
					n += (size_t) snprintf(b + n, sizeof(b) - n, "\t%lld\n", (long long) g001[row][c]);
				n += (size_t) snprintf(b + n, sizeof(b) - n, "\t\n\n");
				break;
		}
	}
	if (style == 4)
		n += (size_t) snprintf(b + n, sizeof(b) - n,
							   "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计010010000000000五、存在的主要问题\n");
	else
		n += (size_t) snprintf(b + n, sizeof(b) - n,
							   "%s\t\n\t1\n\t\n\t\n\t1\n\t\n\t\n\t\n\t\n\t0\n\t\n\t\n\t\n\t\n\t0\n\n五、存在的主要问题及改进情况\n",
							   header4);
	return b;
}

static void
check_001_grid(const gdr_report *r, const char *what)
{
	int			row,
				c,
				bad = 0;

	for (row = 0; row < GDR_NAPPROWS; row++)
		for (c = 0; c < GDR_NAPPCOLS; c++)
		{
			int			s = GDR_S_APP(row, c);

			if (!gdr_has(r, s) || r->val[s] != g001[row][c])
			{
				if (bad < 3)
					printf("#   %s: %s.%s got %s%lld want %lld\n", what, row_names[row],
						   col_names[c], gdr_has(r, s) ? "" : "null ", (long long) r->val[s],
						   (long long) g001[row][c]);
				bad++;
			}
		}
	UNIT_EQ_INT(bad, 0, "%s: all 175 cells of table 三 as printed", what);
	UNIT_EQ_INT(r->tmpl, GDR_TPL_2021, "%s: template 2021 from the (六) sub-rows", what);
}

static void
test_layouts(void)
{
	static const char *names[] = {"tab rows", "pipes", "markdown", "spaces",
	"run-together", "tab one cell per line"};
	int			style;

	init_g001();
	for (style = 0; style < 6; style++)
	{
		run			x;

		parse_tables(&x, render(style));
		check_001_grid(x.r, names[style]);
		if (style == 4)
		{
			EXPECT(x.r, "appeals.review.corrected", 1);
			EXPECT(x.r, "appeals.review.total", 1);
			EXPECT(x.r, "appeals.review.upheld", 0);
			UNIT_OK(x.r->st[GDR_S_APP(GDR_R_NEW, GDR_C_TOTAL)] & GDR_ST_SPLIT,
					"run-together: split cells are marked");
		}
		else
		{
			EXPECT_NULL(x.r, "appeals.review.upheld");
			EXPECT(x.r, "appeals.review.corrected", 1);
			EXPECT(x.r, "appeals.review.total", 1);
			EXPECT_NULL(x.r, "appeals.suit_direct.upheld");
			EXPECT(x.r, "appeals.suit_direct.total", 0);
			EXPECT(x.r, "appeals.suit_after_review.total", 0);
		}
		gdr_ctx_free(&x.ctx);
	}
}

static void
test_blank_and_short(void)
{
	run			x;

	/* html-style rows with blank 法人 cells; a 5-value row; a subtotal row */
	parse_tables(&x,
				 "勾稽关系\n"
				 "一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26\n"
				 "二、上年结转政府信息公开申请数量\t0\t/\t-\t\t\t\t0\n"
				 "三、本年度办理结果\t(一)予以公开\t1 2 3\n"
				 "(二)部分公开\t5\t0\t0\t0\t5\n"
				 "(三)不予公开\t3\t0\t0\t0\t0\t0\t3\n"
				 "(三)不予公开\t1.属于国家秘密\t3\t0\t0\t0\t0\t0\t3\n"
				 "9.属于本省规定的其他情形\t1\t0\t0\t0\t0\t0\t1\n");
	EXPECT(x.r, "applications.new.person", 26);
	EXPECT_NULL(x.r, "applications.new.business");
	EXPECT_NULL(x.r, "applications.new.other");
	EXPECT(x.r, "applications.new.total", 26);
	EXPECT_NULL(x.r, "applications.carried_over.research");
	EXPECT(x.r, "applications.carried_over.total", 0);
	EXPECT_NULL(x.r, "applications.partial.total");
	EXPECT_NULL(x.r, "applications.partial.person");
	UNIT_OK(has_warning(x.r, "row_cells_missing", "applications.partial.total"),
			"5 values for 7 columns: warning names the row");
	EXPECT_NULL(x.r, "applications.granted.person");
	EXPECT(x.r, "applications.printed_subtotals.denied.total", 3);
	EXPECT(x.r, "applications.denied.state_secret.total", 3);
	UNIT_EQ_INT(x.r->nextras, 1, "an unknown row goes to extras");
	if (x.r->nextras == 1)
	{
		UNIT_EQ_STR(x.r->extras[0].section, "applications", "extra section");
		UNIT_EQ_INT(x.r->extras[0].values[6], 1, "extra total");
	}
	gdr_ctx_free(&x.ctx);

	/*
	 * A district's own layout, a cell a line: a printed 小计 after the five
	 * 法人 columns makes eight values a row, and blank cells are empty
	 * lines; a row of seven values has lost a blank cell somewhere
	 */
	parse_tables(&x,
				 "勾稽关系\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n社会公益组织\n法律服务机构\n科研机构\n其他\n小计\n"
				 "一、本年新收政府信息公开申请数量\n120\n20\n2\n8\n3\n5\n38\n158\n"
				 "三、本年度办理结果\n（一）予以公开\n65\n1\n1\n4\n2\n1\n9\n74\n"
				 "（四）无法提供\n1.本机关不掌握相关政府信息\n11\n7\n1\n2\n\n2\n12\n23\n");
	EXPECT_NULL(x.r, "applications.unable.not_held.other");
	EXPECT_NULL(x.r, "applications.unable.not_held.nonprofit");
	UNIT_OK(has_warning(x.r, "row_cells_unplaceable", "applications.unable.not_held.total"),
			"seven values where other rows have eight: not placed, and said so");
	gdr_ctx_free(&x.ctx);

	/* pandoc plain: labels cut by the column's width, the rest below the values */
	parse_tables(&x,
				 "勾稽关系\n"
				 "  一、本年新                 1443     206      7        5        62       18       1741\n"
				 "  收政府信息\n  公开申请数\n  量\n\n"
				 "  二、上年结                 43       5        0        0        2        0        50\n"
				 "  转政府信息\n\n"
				 "  四、结转下                 52       6        0        1        3        1        63\n"
				 "  年度继续办\n  理\n");
	EXPECT(x.r, "applications.new.person", 1443);
	EXPECT(x.r, "applications.new.total", 1741);
	EXPECT(x.r, "applications.carried_over.total", 50);
	EXPECT(x.r, "applications.carried_forward.total", 63);
	gdr_ctx_free(&x.ctx);

	/* no table at all */
	parse_tables(&x, "一、总体情况\n本机关2023年未收到政府信息公开申请。\n");
	UNIT_EQ_INT(x.r->tmpl, GDR_TPL_NONE, "no table: template none");
	UNIT_OK(!gdr_present(x.r, GDR_S_APP(GDR_R_NEW, GDR_C_TOTAL)), "no table: no slot");
	gdr_ctx_free(&x.ctx);

	/* table 四 with — (无数据) cells, then a sentence that begins 2020年 */
	parse_tables(&x, "四、政府信息公开行政复议、行政诉讼情况\n"
				 "行政复议\t\t\t\t\t行政诉讼\n"
				 "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
				 "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
				 "1\t—\t—\t—\t1\t—\t—\t—\t—\t—\t—\t—\t—\t—\t—\n\n"
				 "2020年，本行因政府信息公开工作被申请行政复议1件，复议结果为维持。\n");
	UNIT_EQ_INT(gdr_has(x.r, GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_TOTAL)) ?
				x.r->val[GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_TOTAL)] : -1, 1,
				"— cells and a sentence's 2020 after them: review total 1");
	UNIT_OK(!gdr_has(x.r, GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_CORRECTED)), "— is null");
	gdr_ctx_free(&x.ctx);

	/*
	 * the tables as images (test/data/cases/tables-as-images.txt, from
	 * set 11's e-mail): the prose names their rows with numbers, and the
	 * table reader looks at it and places nothing: no template
	 */
	{
		size_t		n;
		char	   *t = tu_read_file("test/data/cases/tables-as-images.txt", &n);

		parse_tables(&x, t ? t : "");
		UNIT_EQ_INT(x.r->tmpl, GDR_TPL_NONE, "rows named in prose, no cell placed: template none");
		UNIT_OK(!gdr_has(x.r, GDR_S_APP(GDR_R_NEW, GDR_C_TOTAL)), "and no figure from the prose");
		gdr_ctx_free(&x.ctx);
		free(t);
	}

	/* garbage */
	parse_tables(&x, "勾稽关系 1 2 3 4 5 6 7 8 9 10 11 12 13 14 | | | \t\t 直接起诉 9 9 9");
	UNIT_OK(true, "garbage does not crash");
	gdr_ctx_free(&x.ctx);

	/* 2019: single (六) row, ambiguous run-together digits */
	parse_tables(&x,
				 "第二十条第(一)项 信息内容 本年新制作数量\n"
				 "勾稽关系 一、本年新收政府信息公开申请数量1000001二、上年结转政府信息公开申请数量0000000"
				 "(五)不予处理1.信访举报投诉类申请00000002.重复申请10000013.要求提供公开出版物0000000"
				 "(六)其他处理0000000(七)总计1000001四、结转下年度继续办理110000011");
	EXPECT(x.r, "applications.new.total", 1);
	EXPECT(x.r, "applications.new.person", 1);
	EXPECT(x.r, "applications.not_processed.repeated.person", 1);
	EXPECT(x.r, "applications.not_processed.publication.total", 0);
	EXPECT(x.r, "applications.other_handling.other.total", 0);
	EXPECT(x.r, "applications.processed.total", 1);
	EXPECT_NULL(x.r, "applications.carried_forward.total");
	UNIT_OK(has_warning(x.r, "row_cells_unplaceable", "applications.carried_forward.total"),
			"ambiguous split: warning names the row");
	UNIT_EQ_INT(x.r->tmpl, GDR_TPL_2019, "2019 template");
	gdr_ctx_free(&x.ctx);
}

/* ---- runs without a label of their own; column-major blocks ---- */

/* g001 plus a few non-zero cells, still consistent (deltas added to the
 * row, to 三(七) and to 一) */
static int64_t gx[GDR_NAPPROWS][GDR_NAPPCOLS];

static void
gx_add(int row, int col, int64_t v)
{
	gx[row][col] += v;
	gx[row][GDR_C_TOTAL] += v;
	gx[GDR_R_PROCESSED][col] += v;
	gx[GDR_R_PROCESSED][GDR_C_TOTAL] += v;
	gx[GDR_R_NEW][col] += v;
	gx[GDR_R_NEW][GDR_C_TOTAL] += v;
}

static void
init_gx(void)
{
	init_g001();
	memcpy(gx, g001, sizeof(gx));
	gx_add(GDR_R_DENIED_PROHIBITED, 0, 1);
	gx_add(GDR_R_UNABLE_NEEDS_CREATION, 0, 3);
	gx_add(GDR_R_UNABLE_UNCLEAR, 1, 1);
	gx_add(GDR_R_DENIED_PROCESS, 0, 2);
	gx_add(GDR_R_UNABLE_NOT_HELD, 0, 5);
	gx_add(GDR_R_UNABLE_NOT_HELD, 1, 1);
}

/* a markdown row `| label | v1 | … | v7 |` (no label cell when label is NULL) */
static size_t
md_row(char *b, size_t n, size_t cap, const char *label, const int64_t *v)
{
	int			c;

	n += (size_t) snprintf(b + n, cap - n, "|");
	if (label)
		n += (size_t) snprintf(b + n, cap - n, " %s |", label);
	for (c = 0; c < GDR_NAPPCOLS; c++)
		n += (size_t) snprintf(b + n, cap - n, " %lld |", (long long) v[c]);
	n += (size_t) snprintf(b + n, cap - n, "\n");
	return n;
}

/*
 * Table 三 of gx in markdown; per row, lab[row] overrides the label:
 * NULL = the official label, "" = no label cell (the row's label printed
 * as a loose line before it), "-" = the row is left out; extra[row] is
 * text put before the row (after the loose label line, if any).
 */
static char *
render_md(const char **lab, const char **extra, const int64_t *vals_override[])
{
	static char b[65536];
	size_t		n = 0;
	int			row;

	n += (size_t) snprintf(b + n, sizeof(b) - n, "%s", header3);
	for (row = 0; row < GDR_NAPPROWS; row++)
	{
		char		l[512];
		char	   *p;
		const int64_t *v = vals_override && vals_override[row] ? vals_override[row] : gx[row];

		snprintf(l, sizeof(l), "%s", labels2021[row]);
		for (p = l; *p; p++)
			if (*p == '\t')
				*p = ' ';
		if (lab && lab[row] && lab[row][0] == '\0')
		{
			/* the label as a loose line, then the extra text, the run */
			n += (size_t) snprintf(b + n, sizeof(b) - n, "\n%s\n", l);
			if (extra && extra[row])
				n += (size_t) snprintf(b + n, sizeof(b) - n, "%s\n", extra[row]);
			n = md_row(b, n, sizeof(b), NULL, v);
			continue;
		}
		if (extra && extra[row])
			n += (size_t) snprintf(b + n, sizeof(b) - n, "%s\n", extra[row]);
		if (lab && lab[row] && strcmp(lab[row], "-") == 0)
			continue;
		n = md_row(b, n, sizeof(b), lab && lab[row] ? lab[row] : l, v);
	}
	n += (size_t) snprintf(b + n, sizeof(b) - n,
						   "%s\t\n\t1\n\t\n\t\n\t1\n\t\n\t\n\t\n\t\n\t0\n\t\n\t\n\t\n\t\n\t0\n\n五、存在的主要问题及改进情况\n",
						   header4);
	return b;
}

static void
expect_gx_rows(const gdr_report *r, const int *rows, int nrows, const char *what)
{
	int			i,
				c,
				bad = 0;

	for (i = 0; i < nrows; i++)
		for (c = 0; c < GDR_NAPPCOLS; c++)
		{
			int			s = GDR_S_APP(rows[i], c);

			if (!gdr_has(r, s) || r->val[s] != gx[rows[i]][c])
				bad++;
		}
	UNIT_EQ_INT(bad, 0, "%s: the rows come out as printed", what);
}

static void
expect_null_row(const gdr_report *r, int row, const char *what)
{
	int			c,
				bad = 0;

	for (c = 0; c < GDR_NAPPCOLS; c++)
		if (gdr_has(r, GDR_S_APP(row, c)))
			bad++;
	UNIT_EQ_INT(bad, 0, "%s: row %s stays null", what, row_names[row]);
}

static void
test_gap_fill(void)
{
	const char *lab[GDR_NAPPROWS] = {0};
	const char *extra[GDR_NAPPROWS] = {0};
	const int64_t *ov[GDR_NAPPROWS] = {0};
	int64_t		wrong[GDR_NAPPCOLS];
	int			all[GDR_NAPPROWS];
	int			i;
	run			x;

	init_gx();
	for (i = 0; i < GDR_NAPPROWS; i++)
		all[i] = i;

	/* the shapes of a PDF->markdown table: a row whose label is a loose
	 * line, a misprinted label, two rows in a row without labels, a stray
	 * number between them */
	lab[GDR_R_PARTIAL] = "";
	lab[GDR_R_DENIED_PROHIBITED] = "2.其他法律行政止公开";
	lab[GDR_R_UNABLE_NEEDS_CREATION] = "";
	lab[GDR_R_UNABLE_UNCLEAR] = "";
	extra[GDR_R_UNABLE_UNCLEAR] = "1";
	parse_tables(&x, render_md(lab, extra, NULL));
	expect_gx_rows(x.r, all, GDR_NAPPROWS, "gap fill");
	UNIT_OK(has_warning(x.r, "rows_placed_by_order", "applications.partial.total"),
			"gap fill: the placement is reported (partial)");
	UNIT_OK(has_warning(x.r, "rows_placed_by_order", "applications.unable.unclear.total"),
			"gap fill: the placement is reported (unclear)");
	UNIT_OK(!has_warning(x.r, "row_label_displaced", "applications.unable.unclear.total"),
			"gap fill: no stale warning on a filled row");
	UNIT_OK(!has_warning(x.r, "row_unlabelled", NULL), "gap fill: every run was used");
	UNIT_EQ_INT(x.r->nextras, 0, "gap fill: the misprinted row is not an extra");
	gdr_ctx_free(&x.ctx);

	/* two runs for one missing row: two placements, none is taken */
	memset(lab, 0, sizeof(lab));
	memset(extra, 0, sizeof(extra));
	lab[GDR_R_DENIED_PROHIBITED] = "";
	extra[GDR_R_DENIED_SECURITY] = "| 1 | 0 | 0 | 0 | 0 | 0 | 1 |";
	parse_tables(&x, render_md(lab, extra, NULL));
	expect_null_row(x.r, GDR_R_DENIED_PROHIBITED, "two runs, one row");
	UNIT_OK(has_warning(x.r, "row_unlabelled", NULL), "two runs, one row: warned");
	UNIT_OK(has_warning(x.r, "row_label_displaced", "applications.denied.prohibited.total"),
			"two runs, one row: the row's warning stays");
	{
		int			rows[] = {GDR_R_DENIED_STATE_SECRET, GDR_R_DENIED_SECURITY, GDR_R_PROCESSED};

		expect_gx_rows(x.r, rows, 3, "two runs, one row: the labelled rows");
	}
	gdr_ctx_free(&x.ctx);

	/* a run that breaks T3-SUM: not confirmed, nothing is filled */
	memset(lab, 0, sizeof(lab));
	memset(extra, 0, sizeof(extra));
	lab[GDR_R_PARTIAL] = "";
	lab[GDR_R_UNABLE_UNCLEAR] = "";
	memcpy(wrong, gx[GDR_R_PARTIAL], sizeof(wrong));
	wrong[0] += 1;
	wrong[GDR_C_TOTAL] += 1;
	ov[GDR_R_PARTIAL] = wrong;
	parse_tables(&x, render_md(lab, extra, ov));
	expect_null_row(x.r, GDR_R_PARTIAL, "identities fail");
	expect_null_row(x.r, GDR_R_UNABLE_UNCLEAR, "identities fail");
	UNIT_OK(has_warning(x.r, "row_unlabelled", NULL), "identities fail: warned");
	gdr_ctx_free(&x.ctx);
	ov[GDR_R_PARTIAL] = NULL;

	/* an unrecognised label numbered as another row: not filled */
	memset(lab, 0, sizeof(lab));
	lab[GDR_R_DENIED_PROHIBITED] = "5.其他法律行政止公开";
	parse_tables(&x, render_md(lab, NULL, NULL));
	expect_null_row(x.r, GDR_R_DENIED_PROHIBITED, "numbering mismatch");
	gdr_ctx_free(&x.ctx);

	/* a row missing from the table altogether: the run below moves nowhere */
	memset(lab, 0, sizeof(lab));
	lab[GDR_R_DENIED_PROHIBITED] = "-";
	lab[GDR_R_DENIED_SECURITY] = "";
	parse_tables(&x, render_md(lab, NULL, NULL));
	expect_null_row(x.r, GDR_R_DENIED_PROHIBITED, "two missing rows, one run");
	expect_null_row(x.r, GDR_R_DENIED_SECURITY, "two missing rows, one run");
	gdr_ctx_free(&x.ctx);
}

/* 2019-format rows of gx (no (六) sub-rows; (六) is one row, here 0) */
static const int rows19[] = {
	GDR_R_NEW, GDR_R_CARRIED_OVER, GDR_R_GRANTED, GDR_R_PARTIAL,
	GDR_R_DENIED_STATE_SECRET, GDR_R_DENIED_PROHIBITED, GDR_R_DENIED_SECURITY,
	GDR_R_DENIED_THIRD_PARTY, GDR_R_DENIED_INTERNAL, GDR_R_DENIED_PROCESS,
	GDR_R_DENIED_ENFORCEMENT, GDR_R_DENIED_QUERY,
	GDR_R_UNABLE_NOT_HELD, GDR_R_UNABLE_NEEDS_CREATION, GDR_R_UNABLE_UNCLEAR,
	GDR_R_NP_PETITION, GDR_R_NP_REPEATED, GDR_R_NP_PUBLICATION,
	GDR_R_NP_EXCESSIVE, GDR_R_NP_CONFIRMATION,
	GDR_R_OH_OTHER, GDR_R_PROCESSED, GDR_R_CARRIED_FORWARD
};

/*
 * pdftotext reading order: one number per line, the first row before any
 * label, then rows 4..13 (state_secret .. needs_creation) as a block of 10
 * rows printed column by column, their labels after it, (六) and (七)
 * column by column in pairs.
 */
static char *
render_colmajor(const int64_t *bump)
{
	static char b[65536];
	size_t		n = 0;
	int			j,
				c,
				k;

	n += (size_t) snprintf(b + n, sizeof(b) - n,
						   "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n法人或其他组织\n自然人\n社会 法律\n商业 科研\n总计\n\n");
	for (j = 0; j < 23; j++)
	{
		int			row = rows19[j];

		if (j == 1)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "二、上年结转政府信息公开申请数量\n\n");
		else if (j == 2)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "(一)予以公开\n\n");
		else if (j == 3)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)\n\n");
		else if (j == 4)
		{
			/* rows 4..13 column by column */
			for (c = 0; c < GDR_NAPPCOLS; c++)
			{
				for (k = 4; k < 14; k++)
					n += (size_t) snprintf(b + n, sizeof(b) - n, "%lld\n",
										   (long long) gx[rows19[k]][c] + (bump && k == 5 && c == 0 ? *bump : 0));
				n += (size_t) snprintf(b + n, sizeof(b) - n, "\n");
			}
			n += (size_t) snprintf(b + n, sizeof(b) - n,
								   "一、本年新收政府信息公开申请数量\n1.属于国家秘密\n2.其他法律行政法规禁止公开\n(三)不予公开\n"
								   "4.保护第三方合法权益\n8.属于行政查询事项\n(四)无法提供\n1.本机关不掌握相关政府信息\n2.没有现成信息需要另行制作\n\n");
			j = 13;
			continue;
		}
		else if (j == 14)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "3.补正后申请内容仍不明确\n\n");
		else if (j == 20)
		{
			/* (六) and (七) column by column */
			n += (size_t) snprintf(b + n, sizeof(b) - n, "(六)其他处理\n\n");
			for (c = 0; c < GDR_NAPPCOLS; c++)
				n += (size_t) snprintf(b + n, sizeof(b) - n, "%lld\n%lld\n\n",
									   (long long) gx[GDR_R_OH_OTHER][c],
									   (long long) gx[GDR_R_PROCESSED][c]);
			j = 21;
			continue;
		}
		else if (j > 14)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "%d.某类申请\n\n", j - 14);
		for (c = 0; c < GDR_NAPPCOLS; c++)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "%lld\n\n", (long long) gx[row][c]);
		if (j == 22)
			break;
		if (j == 21)
			n += (size_t) snprintf(b + n, sizeof(b) - n, "四、结转下年度继续办理\n\n");
	}
	n += (size_t) snprintf(b + n, sizeof(b) - n,
						   "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n未经复议直接起诉\n复议后起诉\n五、存在的主要问题及改进情况\n");
	return b;
}

static void
test_column_major(void)
{
	run			x;
	int64_t		bump = 1;

	init_gx();
	/* the 2019 grid: (六)其他处理 is one row, here all 0 */
	memset(gx[GDR_R_OH_NO_CORRECTION], 0, sizeof(gx[0]));
	memset(gx[GDR_R_OH_FEE_UNPAID], 0, sizeof(gx[0]));
	parse_tables(&x, render_colmajor(NULL));
	expect_gx_rows(x.r, rows19, 23, "column-major blocks");
	UNIT_OK(has_warning(x.r, "rows_placed_by_order", "applications"),
			"column-major blocks: the placement is reported");
	UNIT_OK(!has_warning(x.r, "row_label_displaced", NULL),
			"column-major blocks: no stale warning");
	UNIT_EQ_INT(x.r->tmpl, GDR_TPL_2019, "column-major blocks: 2019 (one (六) row)");
	gdr_ctx_free(&x.ctx);

	/* one number off: no reading satisfies the identities, all null */
	parse_tables(&x, render_colmajor(&bump));
	expect_null_row(x.r, GDR_R_NEW, "column-major, inconsistent");
	expect_null_row(x.r, GDR_R_UNABLE_NOT_HELD, "column-major, inconsistent");
	UNIT_OK(has_warning(x.r, "table_unplaceable", "applications"),
			"column-major, inconsistent: warned");
	gdr_ctx_free(&x.ctx);
}

/* ---- real files ---- */

/* the real stages (html.c, norm.c) then gdr_tables() on raw[0..len) */
static run
parse_text(const char *raw, size_t len, const char *name)
{
	run			x;
	size_t		n;
	char	   *f;

	gdr_ctx_init(&x.ctx, &gdr_env_malloc);
	x.r = gdr_alloc0(&x.ctx, sizeof(gdr_report));
	{
		/* the real stages: html.c and norm.c */
		gdr_buf		plain = {0},
					norm = {0};
		gdr_script	script;
		const char *t = raw;
		size_t		tl = len;

		if (gdr_html_detect(raw, len))
		{
			gdr_html_to_text(&x.ctx, raw, len, &plain);
			t = plain.data ? plain.data : "";
			tl = plain.len;
		}
		gdr_normalize(&x.ctx, t, tl, &norm, &script);
		f = malloc(norm.len + 1);
		memcpy(f, norm.data ? norm.data : "", norm.len);
		f[norm.len] = '\0';
		n = norm.len;
	}
	UNIT_OK(gdr_tables(&x.ctx, f, n, x.r), "gdr_tables(%s)", name);
	free(f);
	return x;
}

static run
parse_file(const char *path)
{
	run			x;
	size_t		len;
	char	   *raw = slurp(path, &len);

	if (raw == NULL)
	{
		gdr_ctx_init(&x.ctx, &gdr_env_malloc);
		x.r = gdr_alloc0(&x.ctx, sizeof(gdr_report));
		UNIT_OK(false, "read %s", path);
		return x;
	}
	x = parse_text(raw, len, path);
	free(raw);
	return x;
}

/*
 * Compare with the gold of a corpus manifest entry, given as "path=value"
 * lines (value "null" for a blank cell).  Counts right / null / wrong.
 */
static void
gold_compare(const gdr_report *r, const char *file, const char *gold,
			 int want_wrong_max, int want_right_min)
{
	const char *p = gold;
	int			right = 0,
				nul = 0,
				wrong = 0;

	while (*p)
	{
		const char *e = strchr(p, '\n');
		const char *eq = strchr(p, '=');
		char		path[128];
		int			s;

		if (e == NULL)
			e = p + strlen(p);
		if (eq && eq < e && (size_t) (eq - p) < sizeof(path))
		{
			memcpy(path, p, (size_t) (eq - p));
			path[eq - p] = '\0';
			s = slot(path);
			if (s >= 0)
			{
				bool		gnull = strncmp(eq + 1, "null", 4) == 0;
				long long	gv = gnull ? 0 : atoll(eq + 1);

				if (gnull)
				{
					if (gdr_has(r, s))
					{
						wrong++;
						printf("#   %s: %s want null got %lld\n", file, path, (long long) r->val[s]);
					}
					else
						right++;
				}
				else if (!gdr_has(r, s))
					nul++;
				else if (r->val[s] == gv)
					right++;
				else
				{
					wrong++;
					printf("#   %s: %s want %lld got %lld\n", file, path, gv, (long long) r->val[s]);
				}
			}
		}
		p = *e ? e + 1 : e;
	}
	printf("# %s: %d right, %d null, %d wrong\n", file, right, nul, wrong);
	UNIT_OK(wrong <= want_wrong_max, "%s: no figure comes out wrong (%d)", file, wrong);
	UNIT_OK(right >= want_right_min, "%s: at least %d gold figures right (%d)", file, want_right_min, right);
}

static char *
gold_of(const char *file)
{
	/* the gold lines are extracted from the manifest by test/data/gold.py
	 * into test/data/layouts/gold/<file>.gold */
	char		path[512];
	size_t		len;

	snprintf(path, sizeof(path), "test/data/layouts/gold/%s.gold", file);
	return slurp(path, &len);
}

/*
 * Table 四 whose numbers come out of order (pdftotext's reading order):
 * each run is a stretch of consecutive cells; an order of the runs is taken
 * only when it is the one in which every block adds up (or, among those,
 * the one the prose's 行政复议 N 件 names), block by block.
 */
static void
parse_full(run *x, const char *text)
{
	gdr_ctx_init(&x->ctx, &gdr_env_malloc);
	UNIT_OK(gdr_parse(&x->ctx, text, strlen(text), &x->r) == GDR_OK, "gdr_parse returns OK");
}

#define A4_TITLE "某县2023年政府信息公开工作年度报告\n"
#define A4_HEAD A4_TITLE "四、政府信息公开行政复议、行政诉讼情况\n" \
	"行政复议\n行政诉讼\n未经复议直接起诉\n复议后起诉\n"
#define A4_TAIL "五、存在的主要问题及改进情况\n无。\n"

/* title, a prose line, table 四's header, the numbers, section 五 */
static void
parse_scrambled(run *x, const char *numbers, const char *prose)
{
	char		buf[2048];

	snprintf(buf, sizeof(buf), "%s%s%s%s%s", A4_TITLE, prose,
			 A4_HEAD + strlen(A4_TITLE), numbers, A4_TAIL);
	parse_full(x, buf);
}

static void
expect_block(run *x, const char *kind, const int64_t *v)
{
	static const char *const f[5] = {"upheld", "corrected", "other", "pending", "total"};
	char		path[64];
	int			i;

	for (i = 0; i < 5; i++)
	{
		snprintf(path, sizeof(path), "appeals.%s.%s", kind, f[i]);
		if (v)
			EXPECT(x->r, path, v[i]);
		else
			EXPECT_NULL(x->r, path);
	}
}

static void
test_appeals_out_of_order(void)
{
	static const int64_t rv[5] = {72, 64, 178, 37, 351};
	/* Huai'an 2024's order: 复议 four, 复议后 four, 总计 351, 直接 five, 20 */
	static const char scrambled[] =
		"结果\n维持\n72\n64\n178\n37\n结 果\n其他\n尚未审\n12\n1\n1\n6\n总计\n351\n维持\n纠正\n"
		"13\n4\n8\n1\n26\n总计\n20\n";
	run			x;

	/* one run split by a header word: the reading order adds up, alone */
	parse_full(&x, A4_HEAD "10\n7\n2\n4\n23\n6\n12\n8\n1\n27\n6\n1\n11\n总计\n9\n27\n" A4_TAIL);
	expect_block(&x, "review", (const int64_t[]) {10, 7, 2, 4, 23});
	expect_block(&x, "suit_direct", (const int64_t[]) {6, 12, 8, 1, 27});
	expect_block(&x, "suit_after_review", (const int64_t[]) {6, 1, 11, 9, 27});
	UNIT_OK(has_warning(x.r, "cells_placed_by_arithmetic", "appeals"),
			"out of order: the placement is reported");
	gdr_ctx_free(&x.ctx);

	/* scrambled, no prose: six orders add up, no block is certain */
	parse_scrambled(&x, scrambled, "");
	expect_block(&x, "review", NULL);
	expect_block(&x, "suit_direct", NULL);
	expect_block(&x, "suit_after_review", NULL);
	UNIT_OK(has_warning(x.r, "row_cells_unplaceable", "appeals.review.total"),
			"scrambled, no prose: review unplaceable, with a warning");
	UNIT_OK(!has_warning(x.r, "cells_placed_by_arithmetic", NULL),
			"scrambled, no prose: nothing reported as placed");
	gdr_ctx_free(&x.ctx);

	/* the prose names the review block's 总计: that block is certain */
	parse_scrambled(&x, scrambled, "政府信息公开行政复议351件，行政诉讼46件。\n");
	expect_block(&x, "review", rv);
	/* 直接起诉 and 复议后起诉 both add up either way round: null */
	expect_block(&x, "suit_direct", NULL);
	expect_block(&x, "suit_after_review", NULL);
	UNIT_OK(has_warning(x.r, "row_cells_unplaceable", "appeals.suit_direct.total") &&
			has_warning(x.r, "row_cells_unplaceable", "appeals.suit_after_review.total"),
			"scrambled + prose: the two 诉讼 blocks are unplaceable");
	UNIT_OK(has_warning(x.r, "cells_placed_by_arithmetic", "appeals"),
			"scrambled + prose: the review block is reported as placed");
	gdr_ctx_free(&x.ctx);

	/* a prose figure that fits no order says nothing */
	parse_scrambled(&x, scrambled, "政府信息公开行政复议350件。\n");
	expect_block(&x, "review", NULL);
	gdr_ctx_free(&x.ctx);

	/*
	 * Hongze 2023: printed totals 0 under 10 + 1 and 5, so no order adds up;
	 * the last column's header 总计 falls just before the last cell, which
	 * is a 总计 cell in reading order: the text vouches for its order, and
	 * the figures are read as printed (the checks flag the totals).
	 */
	parse_full(&x, A4_HEAD "10\n1\n0\n0\n0\n0\n0\n0\n0\n0\n5\n0\n0\n0\n总计\n0\n" A4_TAIL);
	expect_block(&x, "review", (const int64_t[]) {10, 1, 0, 0, 0});
	expect_block(&x, "suit_direct", (const int64_t[]) {0, 0, 0, 0, 0});
	expect_block(&x, "suit_after_review", (const int64_t[]) {5, 0, 0, 0, 0});
	UNIT_OK(has_warning(x.r, "cells_placed_by_order", "appeals"),
			"inconsistent, split by 总计 before a 总计 cell: read in order, with a warning");
	gdr_ctx_free(&x.ctx);

	/* the same with its header split over two lines (总 / 计) */
	parse_full(&x, A4_HEAD "10\n1\n0\n0\n0\n0\n0\n0\n0\n0\n5\n0\n0\n0\n总 \n计\n0\n" A4_TAIL);
	expect_block(&x, "suit_after_review", (const int64_t[]) {5, 0, 0, 0, 0});
	gdr_ctx_free(&x.ctx);

	/* 总计 before a cell that is no 总计 cell: the order is not vouched for */
	parse_full(&x, A4_HEAD "10\n1\n0\n0\n0\n0\n0\n0\n0\n0\n5\n0\n0\n总计\n0\n0\n" A4_TAIL);
	expect_block(&x, "review", NULL);
	expect_block(&x, "suit_after_review", NULL);
	UNIT_OK(has_warning(x.r, "row_cells_unplaceable", "appeals.review.total") &&
			!has_warning(x.r, "cells_placed_by_order", NULL),
			"总计 before a 尚未审结 cell: unplaceable, with a warning");
	gdr_ctx_free(&x.ctx);

	/* words that are no header of table 四 between the runs: not vouched */
	parse_full(&x, A4_HEAD "10\n1\n0\n0\n0\n0\n0\n0\n0\n0\n5\n0\n0\n0\n复议后起诉\n总计\n0\n" A4_TAIL);
	expect_block(&x, "review", NULL);
	gdr_ctx_free(&x.ctx);
	parse_full(&x, A4_HEAD "10\n1\n0\n0\n0\n0\n0\n0\n0\n0\n5\n0\n0\n0\n申请总计\n0\n" A4_TAIL);
	expect_block(&x, "review", NULL);
	gdr_ctx_free(&x.ctx);

	/* one cell per line, then a sentence that begins with its year */
	parse_full(&x, A4_HEAD "\t9\n\t1\n\t2\n\t2\n\t14\n\t3\n\t0\n\t1\n\t1\n\t5\n\t1\n\t0\n\t0\n\t1\n\t2\n\n"
			   "2021年，市政府因政府信息公开工作被申请行政复议14件，被提起行政诉讼7件。\n" A4_TAIL);
	expect_block(&x, "review", (const int64_t[]) {9, 1, 2, 2, 14});
	expect_block(&x, "suit_after_review", (const int64_t[]) {1, 0, 0, 1, 2});
	UNIT_EQ_INT(x.r->nwarnings, 0, "a sentence after table 四 that begins with a year: no warning");
	gdr_ctx_free(&x.ctx);

	/* sixteen numbers: not table 四's fifteen, nothing placed */
	parse_full(&x, A4_HEAD "10\n7\n2\n4\n23\n6\n12\n8\n1\n27\n6\n1\n11\n总计\n9\n27\n3\n" A4_TAIL);
	expect_block(&x, "review", NULL);
	gdr_ctx_free(&x.ctx);
}

static void
test_real(void)
{
	static const struct
	{
		const char *dir;
		const char *file;
		int			min_right;
		int			tmpl;
	}			files[] = {
		{"../shared/seeds", "001_1d2aa8c0efe2002d.txt", 16, GDR_TPL_2021},
		{"../shared/seeds", "004_43470c8d9389378c.txt", 0, -1},
		{"../shared/corpus", "shuyang-county-2025.txt", 190, GDR_TPL_2021},
		{"../shared/corpus", "shuyang-fgj-2023.html", 0, -1},
		{"../shared/corpus", "market-regulation-2019.txt", 10, GDR_TPL_2019},
		{"../shared/corpus", "sh-kewei-2024.md", 189, GDR_TPL_2021},
		{"../shared/corpus", "sh-office-2025.md", 190, GDR_TPL_2021},
		{"../shared/corpus", "hongze-district-2023.txt", 169, -1},
		{"../shared/corpus", "hongze-district-2024.txt", 169, -1},
		{"../shared/corpus", "huaian-city-2024.txt", 175, -1},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(files) / sizeof(files[0])); i++)
	{
		char		path[512];
		run			x;
		char	   *gold = gold_of(files[i].file);

		snprintf(path, sizeof(path), "%s/%s", files[i].dir, files[i].file);
		x = parse_file(path);
		if (gold)
		{
			gold_compare(x.r, files[i].file, gold, 0, files[i].min_right);
			free(gold);
		}
		else
			UNIT_OK(false, "gold for %s", files[i].file);
		if (files[i].tmpl >= 0)
			UNIT_EQ_INT(x.r->tmpl, files[i].tmpl, "%s: template", files[i].file);
		gdr_ctx_free(&x.ctx);
	}
	/* seeds without tables */
	{
		static const char *none[] = {"000_74c536d70a2fd30e.txt", "002_fc47283759ae00e6.txt",
		"003_68e3794837a4b651.txt"};

		for (i = 0; i < 3; i++)
		{
			char		path[512];
			run			x;

			snprintf(path, sizeof(path), "../shared/seeds/%s", none[i]);
			x = parse_file(path);
			UNIT_EQ_INT(x.r->tmpl, GDR_TPL_NONE, "%s: template none", none[i]);
			UNIT_OK(!gdr_present(x.r, GDR_S_APP(GDR_R_NEW, GDR_C_TOTAL)), "%s: no table 三", none[i]);
			gdr_ctx_free(&x.ctx);
		}
	}
}

/*
 * Run-together rows that only the column identities, read together, can
 * split (each reads two ways by its own 总计); and two rows whose readings
 * swap between them, where only the cells every reading agrees on are kept.
 */
static char *
render_glued(const int64_t g[GDR_NAPPROWS][GDR_NAPPCOLS], const bool *glued)
{
	static char b[16384];
	size_t		n = 0;
	int			row,
				c;

	n += (size_t) snprintf(b + n, sizeof(b) - n, "%s", header3);
	for (row = 0; row < GDR_NAPPROWS; row++)
	{
		const char *l = labels2021[row];
		size_t		n0 = n;

		/* the label on one line with single spaces (its group's tab too) */
		n += (size_t) snprintf(b + n, sizeof(b) - n, "%s%s", l, glued[row] ? " " : "");
		for (; n0 < n; n0++)
			if (b[n0] == '\t')
				b[n0] = ' ';
		for (c = 0; c < GDR_NAPPCOLS; c++)
			n += (size_t) snprintf(b + n, sizeof(b) - n, glued[row] ? "%lld" : " %lld",
								   (long long) g[row][c]);
		n += (size_t) snprintf(b + n, sizeof(b) - n, "\n");
	}
	n += (size_t) snprintf(b + n, sizeof(b) - n, "五、存在的主要问题及改进情况\n");
	return b;
}

static void
test_glued_jointly(void)
{
	static int64_t g[GDR_NAPPROWS][GDR_NAPPCOLS];
	bool		glued[GDR_NAPPROWS] = {false};
	run			x;

	/* 予以公开 110000011 (1|10 or 11|0), 部分公开 330000033 (3|30 or 33|0) */
	memset(g, 0, sizeof(g));
	g[GDR_R_NEW][0] = g[GDR_R_PROCESSED][0] = 14;
	g[GDR_R_NEW][1] = g[GDR_R_PROCESSED][1] = 30;
	g[GDR_R_NEW][6] = g[GDR_R_PROCESSED][6] = 44;
	g[GDR_R_GRANTED][0] = 11;
	g[GDR_R_GRANTED][6] = 11;
	g[GDR_R_PARTIAL][0] = 3;
	g[GDR_R_PARTIAL][1] = 30;
	g[GDR_R_PARTIAL][6] = 33;
	glued[GDR_R_GRANTED] = glued[GDR_R_PARTIAL] = true;
	parse_tables(&x, render_glued(g, glued));
	EXPECT(x.r, "applications.granted.person", 11);
	EXPECT(x.r, "applications.granted.business", 0);
	EXPECT(x.r, "applications.partial.person", 3);
	EXPECT(x.r, "applications.partial.business", 30);
	UNIT_OK(has_warning(x.r, "row_digits_split", "applications.partial.total"),
			"two glued rows split together: reported");
	gdr_ctx_free(&x.ctx);

	/* 部分公开 and 本机关不掌握 both 110000011: the readings swap */
	memset(g, 0, sizeof(g));
	g[GDR_R_NEW][0] = g[GDR_R_PROCESSED][0] = 12;
	g[GDR_R_NEW][1] = g[GDR_R_PROCESSED][1] = 10;
	g[GDR_R_NEW][6] = g[GDR_R_PROCESSED][6] = 22;
	g[GDR_R_PARTIAL][0] = 1;
	g[GDR_R_PARTIAL][1] = 10;
	g[GDR_R_PARTIAL][6] = 11;
	g[GDR_R_UNABLE_NOT_HELD][0] = 11;
	g[GDR_R_UNABLE_NOT_HELD][6] = 11;
	memset(glued, 0, sizeof(glued));
	glued[GDR_R_PARTIAL] = glued[GDR_R_UNABLE_NOT_HELD] = true;
	parse_tables(&x, render_glued(g, glued));
	EXPECT_NULL(x.r, "applications.partial.person");
	EXPECT_NULL(x.r, "applications.partial.business");
	EXPECT(x.r, "applications.partial.research", 0);
	EXPECT(x.r, "applications.partial.total", 11);
	EXPECT_NULL(x.r, "applications.unable.not_held.person");
	EXPECT(x.r, "applications.unable.not_held.total", 11);
	UNIT_OK(has_warning(x.r, "row_cells_unplaceable", "applications.partial.total"),
			"swapping readings: the row is reported");
	gdr_ctx_free(&x.ctx);
}

/*
 * Table 三 with no table 四 after it (cut, or printed as an image): section
 * 五's prose (2024 年… 不予公开依据…) is no row of table 三.
 */
static void
test_no_appeals(void)
{
	size_t		len;
	char	   *raw = slurp("../shared/corpus/hongze-district-2024.txt", &len);
	char	   *gold = gold_of("hongze-district-2024.txt");
	char	   *a,
			   *b;
	run			x;

	if (raw == NULL || gold == NULL)
	{
		UNIT_OK(false, "read hongze-district-2024.txt and its gold");
		free(raw);
		free(gold);
		return;
	}
	a = strstr(raw, "四、政府信息公开行政复议");
	b = a ? strstr(a, "五、存在的主要问题") : NULL;
	UNIT_OK(a && b, "hongze-district-2024.txt has tables 四 and 五");
	if (a && b)
	{
		memmove(a, b, strlen(b) + 1);
		x = parse_text(raw, strlen(raw), "hongze-2024 without table 四");
		/* the 15 figures of table 四 are absent, the others right */
		gold_compare(x.r, "hongze-2024 without table 四", gold, 0, 169 - 15);
		UNIT_OK(!has_warning(x.r, "row_unknown", NULL) &&
				!has_warning(x.r, "row_cells_missing", NULL),
				"without table 四: no prose number is read as a row of table 三");
		UNIT_OK(!gdr_present(x.r, slot("applications.printed_subtotals.denied.total")),
				"without table 四: 不予公开 in section 五 is no subtotal row");
		gdr_ctx_free(&x.ctx);
	}
	free(raw);
	free(gold);
}

/*
 * Labels wrapped in a narrow column, the values on a line of the label that
 * does not name the row (set 10's elinks and pdfplumber reports), and a
 * label's first words that must be followed by the rest of that label.
 */
static void
test_wrapped_labels(void)
{
	run			x;

	/* fixed width: 3.要求提供公 0 … / （五） 开出版物 / 不予处 4.无正当理由 1 … */
	parse_tables(&x,
		"三、收到和处理政府信息公开申请情况\n"
		"                                     自然人  商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
		"   一、本年新收政府信息公开申请数量    10     1      0      0      1      0    12\n"
		"   二、上年结转政府信息公开申请数量    0      0      0      0      0      0    0\n"
		"           （一）予以公开        4      1      0      0      1      0    6\n"
		"                   2.重复申请    2      0      0      0      0      0    2\n"
		"                   3.要求提供公  0      0      0      0      0      0    0\n"
		"           （五）  开出版物\n"
		"           不予处  4.无正当理由  1      0      0      0      0      0    1\n"
		"           理      大量反复申请\n"
		"                   5.要求行政机\n"
		"                   关确认或重新  3      0      0      0      0      0    3\n"
		"                   出具已获取信\n"
		"                   息\n"
		"           （七）总计            10     1      0      0      1      0    12\n"
		"   四、结转下年度继续办理        0      0      0      0      0      0    0\n");
	EXPECT(x.r, "applications.not_processed.repeated.total", 2);
	EXPECT(x.r, "applications.not_processed.publication.total", 0);
	EXPECT(x.r, "applications.not_processed.excessive.person", 1);
	EXPECT(x.r, "applications.not_processed.excessive.total", 1);
	EXPECT(x.r, "applications.not_processed.confirmation.total", 3);
	gdr_ctx_free(&x.ctx);

	/* pdfplumber: the values in the middle of their label, on their own line */
	parse_tables(&x,
		"三、收到和处理政府信息公开申请情况\n"
		"一、本年新收政府信息公开申请数量 10 1 0 0 1 0 12\n"
		"二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"
		"（一）予以公开 4 1 0 0 1 0 6\n"
		"1.本机关不掌\n"
		"握相关政府信 9 1 1 0 0 0 11\n"
		"息\n"
		"3.补正后申请\n"
		"理 1 0 0 0 0 0 1\n"
		"内容仍不明确\n"
		"结\n"
		"果 1.信访举报投\n"
		"0 0 0 0 2 0 2\n"
		"诉类申请\n"
		"2.重复申请 0 0 0 0 0 1 1\n"
		"（七）总计 10 1 0 0 1 0 12\n"
		"四、结转下年度继续办理 0 0 0 0 0 0 0\n");
	EXPECT(x.r, "applications.unable.not_held.total", 11);
	EXPECT(x.r, "applications.unable.unclear.person", 1);
	EXPECT(x.r, "applications.unable.unclear.total", 1);
	EXPECT(x.r, "applications.not_processed.petition.legal", 2);
	EXPECT(x.r, "applications.not_processed.petition.total", 2);
	EXPECT(x.r, "applications.not_processed.repeated.total", 1);
	gdr_ctx_free(&x.ctx);

	/* 法律行政法规 followed by what is not 禁止公开: no row, not 其他法律… */
	parse_tables(&x,
		"三、收到和处理政府信息公开申请情况\n"
		"一、本年新收政府信息公开申请数量 10 1 0 0 1 0 12\n"
		"二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"
		"（一）予以公开 4 1 0 0 1 0 6\n"
		"1.属于国家秘密 0 0 0 0 0 0 0\n"
		"2.其他法律行政法规禁止关定” 98 60 3 6 40 7 214\n"
		"4.保护第三方合法权益 0 0 0 0 0 0 0\n"
		"（七）总计 10 1 0 0 1 0 12\n"
		"四、结转下年度继续办理 0 0 0 0 0 0 0\n");
	EXPECT(x.r, "applications.denied.state_secret.total", 0);
	EXPECT(x.r, "applications.denied.third_party.total", 0);
	UNIT_OK(!gdr_has(x.r, slot("applications.denied.prohibited.total")),
			"a label that begins as 2.其他法律行政法规 and goes on as another does not name the row");
	UNIT_OK(!gdr_has(x.r, slot("applications.denied.security.total")),
			"nor the row whose label it ends as");
	gdr_ctx_free(&x.ctx);
}

int
main(void)
{
	test_layouts();
	test_blank_and_short();
	test_gap_fill();
	test_no_appeals();
	test_glued_jointly();
	test_column_major();
	test_wrapped_labels();
	test_appeals_out_of_order();
	test_real();
	return unit_done();
}
