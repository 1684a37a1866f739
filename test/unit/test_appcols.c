/*
 * test_appcols.c -- table 三's columns in the order its header prints them:
 * the header line that names the five 法人或其他组织 columns gives their
 * order, 总计 first is taken only when the rows add up that way, an order
 * the arithmetic cannot decide leaves the table null, and a header with a
 * cell per line (or one the text has scrambled) keeps the template's order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"
#include "testutil.h"

static bool
order_of(const char *h, int *order)
{
	return gdr_app_header_order(h, strlen(h), order);
}

static bool
same(const int *a, const int *b)
{
	return memcmp(a, b, sizeof(int) * GDR_NAPPCOLS) == 0;
}

#define warned tu_warned

#define EXPECT_NULL(r, path) do { \
	bool has_; \
	(void) tu_figure((r), (path), &has_); \
	UNIT_OK(!has_, "%s is null", (path)); \
} while (0)

/* a report whose table 三 has the given header and first rows */
static gdr_report *
parse3(gdr_ctx *c, const char *header, const char *rows)
{
	static char b[8192];
	gdr_report *r = NULL;

	snprintf(b, sizeof(b),
			 "某局2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
			 "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
			 "%s%s五、存在的主要问题及改进情况\n无。\n", header, rows);
	gdr_ctx_init(c, &gdr_env_malloc);
	if (gdr_parse(c, b, strlen(b), &r) != GDR_OK)
		return NULL;
	return r;
}

int
main(void)
{
	static const int std[] = {GDR_C_PERSON, GDR_C_BUSINESS, GDR_C_RESEARCH,
	GDR_C_NONPROFIT, GDR_C_LEGAL, GDR_C_OTHER, GDR_C_TOTAL};
	static const int tfirst[] = {GDR_C_TOTAL, GDR_C_PERSON, GDR_C_BUSINESS,
	GDR_C_NONPROFIT, GDR_C_RESEARCH, GDR_C_LEGAL, GDR_C_OTHER};
	int			o[GDR_NAPPCOLS];
	gdr_ctx		c;
	gdr_report *r;

	/* the header alone */
	UNIT_OK(order_of("\t自然人\t法人或其他组织\t总计\n\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n", o) &&
			same(o, std), "the template's header: the template's order");
	UNIT_OK(order_of("x\tx\t总计\t自然人\t法人或其他组织\t法人或其他组织\t法人或其他组织\t法人或其他组织\t法人或其他组织\n"
					 "x\tx\t总计\t自然人\t商业企业\t社会公益组织\t科研机构\t法律服务机构\t其他\n", o) &&
			same(o, tfirst), "spans repeated (HTML, LaTeX): 总计 first, two columns swapped");
	UNIT_OK(order_of("申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收", o) &&
			same(o, std), "run together: 法人或其他组织 stands where it is named");
	UNIT_OK(order_of("        自 然 人    商 业 企 业    科 研 机 构    社 会 公 益 组 织    法 律 服 务 机 构    其 他    总 计\n", o) &&
			same(o, std), "pdftotext -layout, letter-spaced: one line of it");
	UNIT_OK(order_of("自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n", o) &&
			same(o, std), "a header cell per line (Word): the lines' order, here the template's");
	UNIT_OK(order_of("申请人情况\n\n总计\n自然人\n法人或其他组织\n\n\n\n商业企业\n社会公益组织\n科研机构\n"
					 "  法律服务机构\n其他\n一、本年新收政府信息公开申请数量\n", o) && same(o, tfirst),
			"a header cell per line (docx2txt): 总计 first, two columns swapped, blank cells between");
	UNIT_OK(!order_of("总计\n自然人\n法人或其他组织\n商业企业\n科研机构\n（注）\n社会公益组织\n法律服务机构\n其他\n", o),
			"a cell per line, the companies' columns not one after another: no order read");
	UNIT_OK(!order_of("总计\n自然人\n法人或其他组织\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n", o),
			"a cell per line, 总计 twice: no order read");
	UNIT_OK(!order_of("法人或其他组织\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
					  "自然人\t法人或其他组织\t总计\n", o) || same(o, std),
			"two header lines run together: never 自然人 after the companies");
	UNIT_OK(!order_of("商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t自然人\t总计\n", o),
			"自然人 after the companies: scrambled, no order read");
	UNIT_OK(!order_of("\t自然人\t法人或其他组织\t总计\n商业\t科研\t社会公益\t法律服务\t其他\n企业\t机构\t组织\t机构\n", o),
			"labels wrapped over two lines: no order read");
	UNIT_OK(!order_of("自然人\t商业企业\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n", o),
			"a column named twice: no order read");

	/* 总计 first, and the rows add up that way: each cell under its header */
	r = parse3(&c,
			   "\t\t总计\t自然人\t商业企业\t社会公益组织\t科研机构\t法律服务机构\t其他\n",
			   "一、本年新收政府信息公开申请数量\t40\t30\t5\t2\t1\t1\t1\n"
			   "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n");
	UNIT_OK(r != NULL, "parses");
	if (r)
	{
		TU_EXPECT(r, "applications.new.total", 40);
		TU_EXPECT(r, "applications.new.person", 30);
		TU_EXPECT(r, "applications.new.business", 5);
		TU_EXPECT(r, "applications.new.nonprofit", 2);
		TU_EXPECT(r, "applications.new.research", 1);
		TU_EXPECT(r, "applications.new.other", 1);
		UNIT_OK(warned(r, "columns_reordered"), "columns_reordered says so");
	}
	gdr_ctx_free(&c);

	/* the header says 总计 first, the rows add up with it last: template order */
	r = parse3(&c,
			   "\t\t总计\t自然人\t商业企业\t社会公益组织\t科研机构\t法律服务机构\t其他\n",
			   "一、本年新收政府信息公开申请数量\t30\t5\t2\t1\t1\t1\t40\n");
	if (r)
	{
		TU_EXPECT(r, "applications.new.person", 30);
		TU_EXPECT(r, "applications.new.total", 40);
		UNIT_OK(warned(r, "columns_header_ignored"), "columns_header_ignored says so");
	}
	gdr_ctx_free(&c);

	/* 总计 first and no row tells: null, never a guess */
	r = parse3(&c,
			   "\t\t总计\t自然人\t商业企业\t社会公益组织\t科研机构\t法律服务机构\t其他\n",
			   "一、本年新收政府信息公开申请数量\t3\t2\t\t\t\t\t1\n");
	if (r)
	{
		EXPECT_NULL(r, "applications.new.person");
		EXPECT_NULL(r, "applications.new.total");
		UNIT_OK(warned(r, "columns_undecided"), "columns_undecided says why");
	}
	gdr_ctx_free(&c);

	/* no header line to read, and the rows add up with 总计 first: null */
	r = parse3(&c,
			   "总计\n自然人\n法人或其他组织\n商业\n企业\n科研\n机构\n社会公益\n组织\n法律服务\n机构\n其他\n",
			   "一、本年新收政府信息公开申请数量\t40\t30\t5\t2\t1\t1\t1\n"
			   "二、上年结转政府信息公开申请数量\t3\t2\t1\t0\t0\t0\t0\n");
	if (r)
	{
		EXPECT_NULL(r, "applications.new.person");
		EXPECT_NULL(r, "applications.carried_over.total");
		UNIT_OK(warned(r, "columns_undecided"), "the rows' sums tell 总计 is first: columns_undecided");
	}
	gdr_ctx_free(&c);

	/* only two companies' columns swapped: read under their headers */
	r = parse3(&c,
			   "\t\t自然人\t商业企业\t社会公益组织\t科研机构\t法律服务机构\t其他\t总计\n",
			   "一、本年新收政府信息公开申请数量\t30\t5\t2\t1\t1\t1\t40\n");
	if (r)
	{
		TU_EXPECT(r, "applications.new.nonprofit", 2);
		TU_EXPECT(r, "applications.new.research", 1);
		TU_EXPECT(r, "applications.new.total", 40);
	}
	gdr_ctx_free(&c);

	/* the template's header: nothing moves, nothing is said */
	r = parse3(&c,
			   "\t\t自然人\t法人或其他组织\t总计\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n",
			   "一、本年新收政府信息公开申请数量\t30\t5\t2\t1\t1\t1\t40\n");
	if (r)
	{
		TU_EXPECT(r, "applications.new.research", 2);
		UNIT_OK(!warned(r, "columns_reordered") && !warned(r, "columns_header_ignored"),
				"no column warning");
	}
	gdr_ctx_free(&c);
	return unit_done();
}
