/*
 * test_check.c -- unit tests of src/core/check.c on reports built by hand.
 *
 * Every rule gets a passing case (no row), a failing case (FAIL or WARN with
 * the expected and actual values a user would read) and an incomplete case
 * (INCOMPLETE for identities with a result cell; "cannot be checked" -- no
 * row and not counted -- for comparisons, which have none).
 */
#include <stdlib.h>

#include "gdr_core.h"
#include "unit.h"

#define MAXROWS 512

typedef struct collected
{
	int			n;
	gdr_check_row rows[MAXROWS];
	int			stop_after;		/* 0 = never stop */
} collected;

static bool
collect(void *arg, const gdr_check_row *row)
{
	collected  *c = arg;

	if (c->n < MAXROWS)
		c->rows[c->n++] = *row;
	return c->stop_after == 0 || c->n < c->stop_after;
}

static const gdr_check_row *
find(const collected *c, const char *rule)
{
	int			i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->rows[i].rule, rule) == 0)
			return &c->rows[i];
	return NULL;
}

static gdr_ctx ctx;
static collected got;
static gdr_check_summary sum;

static void
run(const gdr_report *r, int flags)
{
	gdr_status	st;

	gdr_ctx_free(&ctx);
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	memset(&got, 0, sizeof(got));
	st = gdr_check(&ctx, r, flags, collect, &got, &sum);
	if (st != GDR_OK)
		printf("# gdr_check returned %d\n", (int) st);
}

static void
run_carry(const gdr_report *prev, const gdr_report *cur, int flags)
{
	gdr_ctx_free(&ctx);
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	memset(&got, 0, sizeof(got));
	gdr_carry_check(&ctx, prev, cur, flags, collect, &got, &sum);
}

/* expect a row with this rule, status, path, expected and actual */
static void
expect_row(const char *rule, gdr_check_status st, const char *path,
		   bool has_exp, long long exp, bool has_act, long long act)
{
	const gdr_check_row *row = find(&got, rule);

	UNIT_OK(row != NULL, "%s: a row is emitted", rule);
	if (row == NULL)
		return;
	UNIT_EQ_INT(row->status, st, "%s: status", rule);
	if (path)
		UNIT_EQ_STR(row->path, path, "%s: path", rule);
	else
		UNIT_OK(row->path == NULL, "%s: no single path", rule);
	UNIT_EQ_INT(row->has_expected, has_exp, "%s: has expected", rule);
	if (has_exp)
		UNIT_EQ_INT(row->expected, exp, "%s: expected", rule);
	UNIT_EQ_INT(row->has_actual, has_act, "%s: has actual", rule);
	if (has_act)
		UNIT_EQ_INT(row->actual, act, "%s: actual", rule);
	UNIT_OK(row->detail != NULL && row->detail[0] != '\0', "%s: has a detail", rule);
}

static void
expect_none(const char *rule)
{
	UNIT_OK(find(&got, rule) == NULL, "%s: no row", rule);
}

static void
set_row(gdr_report *r, int row, long long p, long long b, long long res,
		long long npo, long long l, long long o, long long t)
{
	gdr_set(r, GDR_S_APP(row, GDR_C_PERSON), p);
	gdr_set(r, GDR_S_APP(row, GDR_C_BUSINESS), b);
	gdr_set(r, GDR_S_APP(row, GDR_C_RESEARCH), res);
	gdr_set(r, GDR_S_APP(row, GDR_C_NONPROFIT), npo);
	gdr_set(r, GDR_S_APP(row, GDR_C_LEGAL), l);
	gdr_set(r, GDR_S_APP(row, GDR_C_OTHER), o);
	gdr_set(r, GDR_S_APP(row, GDR_C_TOTAL), t);
}

static void
set_appeal(gdr_report *r, int k, long long u, long long c, long long o,
		   long long p, long long t)
{
	gdr_set(r, GDR_S_APPEAL(k, GDR_F_UPHELD), u);
	gdr_set(r, GDR_S_APPEAL(k, GDR_F_CORRECTED), c);
	gdr_set(r, GDR_S_APPEAL(k, GDR_F_OTHER), o);
	gdr_set(r, GDR_S_APPEAL(k, GDR_F_PENDING), p);
	gdr_set(r, GDR_S_APPEAL(k, GDR_F_TOTAL), t);
}

/*
 * A consistent 2021 report: 一 4 (3 person, 1 business), 二 1, granted 2,
 * partial 1, denied.query 1, 三(七) 4, 四 1; 复议 1 corrected.
 */
static void
good_report(gdr_report *r)
{
	int			row;

	memset(r, 0, sizeof(*r));
	r->tmpl = GDR_TPL_2021;
	r->year = 2023;
	r->agency = "淮安市人民政府";
	for (row = 0; row < GDR_NAPPROWS; row++)
		set_row(r, row, 0, 0, 0, 0, 0, 0, 0);
	set_row(r, GDR_R_NEW, 3, 1, 0, 0, 0, 0, 4);
	set_row(r, GDR_R_CARRIED_OVER, 1, 0, 0, 0, 0, 0, 1);
	set_row(r, GDR_R_GRANTED, 2, 0, 0, 0, 0, 0, 2);
	set_row(r, GDR_R_PARTIAL, 0, 1, 0, 0, 0, 0, 1);
	set_row(r, GDR_R_DENIED_QUERY, 1, 0, 0, 0, 0, 0, 1);
	set_row(r, GDR_R_PROCESSED, 3, 1, 0, 0, 0, 0, 4);
	set_row(r, GDR_R_CARRIED_FORWARD, 1, 0, 0, 0, 0, 0, 1);
	set_appeal(r, GDR_A_REVIEW, 0, 1, 0, 0, 1);
	set_appeal(r, GDR_A_SUIT_DIRECT, 0, 0, 0, 0, 0);
	set_appeal(r, GDR_A_SUIT_AFTER_REVIEW, 0, 0, 0, 0, 0);
	gdr_set(r, GDR_S_REG_ISSUED, 1);
	gdr_set(r, GDR_S_REG_REPEALED, 0);
	gdr_set(r, GDR_S_REG_IN_FORCE, 11);
	gdr_set(r, GDR_S_NORM_ISSUED, 8);
	gdr_set(r, GDR_S_NORM_REPEALED, 2);
	gdr_set(r, GDR_S_NORM_IN_FORCE, 40);
	gdr_set(r, GDR_S_N_APPLICATIONS_RECEIVED, 4);
	gdr_set(r, GDR_S_N_APPLICATIONS_COMPLETED, 4);
	gdr_set(r, GDR_S_N_APPLICATIONS_CARRIED_FORWARD, 1);
	gdr_set(r, GDR_S_N_REVIEWS, 1);
	gdr_set(r, GDR_S_N_LAWSUITS, 0);
	gdr_set(r, GDR_S_N_FEES_COLLECTED, 0);
	memcpy(r->published, "2024-01-20", 11);
}

static gdr_report R,
			P;

static void
test_good(void)
{
	good_report(&R);
	run(&R, 0);
	UNIT_EQ_INT(got.n, 0, "a consistent report emits no row");
	UNIT_EQ_INT(sum.failed, 0, "a consistent report: no failure");
	UNIT_OK(sum.checked > 50, "a consistent report: many identities checked (%d)", sum.checked);
	if (got.n)
		printf("#   first row: %s %s\n", got.rows[0].rule, got.rows[0].detail);
}

static void
test_empty(void)
{
	memset(&R, 0, sizeof(R));
	run(&R, 0);
	UNIT_EQ_INT(got.n, 0, "an empty report emits no row");
	UNIT_EQ_INT(sum.checked, 0, "an empty report: nothing checked");
}

/* absent cells are not in the table: a side made only of them is not checked */
static void
test_absent(void)
{
	/* sh-office-2025 gold: the 总计 column only */
	memset(&R, 0, sizeof(R));
	R.tmpl = GDR_TPL_2021;
	gdr_set(&R, GDR_S_APP(GDR_R_NEW, GDR_C_TOTAL), 1295);
	gdr_set(&R, GDR_S_APP(GDR_R_CARRIED_OVER, GDR_C_TOTAL), 189);
	gdr_set(&R, GDR_S_APP(GDR_R_GRANTED, GDR_C_TOTAL), 1191);
	gdr_set(&R, GDR_S_APP(GDR_R_PROCESSED, GDR_C_TOTAL), 1191);
	gdr_set(&R, GDR_S_APP(GDR_R_CARRIED_FORWARD, GDR_C_TOTAL), 293);
	run(&R, 0);
	UNIT_EQ_INT(got.n, 0, "a table of totals only: no row");
	UNIT_OK(sum.checked >= 2, "a table of totals only: the balance and the outcome sum are checked");
	gdr_set(&R, GDR_S_APP(GDR_R_CARRIED_FORWARD, GDR_C_TOTAL), 292);
	run(&R, 0);
	expect_row("t3_balance.total", GDR_CHK_FAIL, NULL, true, 1484, true, 1483);

	/* one cell of one row: nothing on the other side */
	memset(&R, 0, sizeof(R));
	gdr_set(&R, GDR_S_APP(GDR_R_NEW, GDR_C_PERSON), 5);
	run(&R, GDR_CHECK_HARD_ONLY);
	UNIT_EQ_INT(got.n, 0, "a lone cell: no row");
	UNIT_EQ_INT(sum.checked, 0, "a lone cell: nothing checked");
}

static void
test_t3_balance(void)
{
	/* FAIL: 四 person 2 (row total fixed to match, so only the balance fails) */
	good_report(&R);
	set_row(&R, GDR_R_CARRIED_FORWARD, 2, 0, 0, 0, 0, 0, 2);
	run(&R, 0);
	expect_row("t3_balance.person", GDR_CHK_FAIL, NULL, true, 4, true, 5);
	expect_row("t3_balance.total", GDR_CHK_FAIL, NULL, true, 5, true, 6);
	expect_none("t3_balance.business");
	expect_none("t3_row_total.carried_forward");
	UNIT_EQ_INT(sum.failed, 2, "t3_balance: two failures");
	{
		const gdr_check_row *row = find(&got, "t3_balance.person");

		UNIT_OK(row && strstr(row->detail, "applications.carried_forward.person 2") != NULL,
				"t3_balance detail names the cells: %s", row ? row->detail : "");
	}

	/* INCOMPLETE: 四 person blank -> it must be 1 */
	good_report(&R);
	gdr_set_null(&R, GDR_S_APP(GDR_R_CARRIED_FORWARD, GDR_C_PERSON));
	run(&R, 0);
	expect_row("t3_balance.person", GDR_CHK_INCOMPLETE,
			   "applications.carried_forward.person", true, 1, false, 0);
	/* the blank part of row 四 reads as 0 there: its row total fails */
	expect_row("t3_row_total.carried_forward", GDR_CHK_FAIL,
			   "applications.carried_forward.total", true, 0, true, 1);
	UNIT_EQ_INT(sum.failed, 1, "t3_balance incomplete is no failure");

	/* PASS_NULL_AS_ZERO: blank 二 and 四 in a column where they are 0 */
	good_report(&R);
	gdr_set_null(&R, GDR_S_APP(GDR_R_CARRIED_OVER, GDR_C_BUSINESS));
	gdr_set_null(&R, GDR_S_APP(GDR_R_CARRIED_FORWARD, GDR_C_BUSINESS));
	run(&R, 0);
	expect_none("t3_balance.business");
	UNIT_EQ_INT(got.n, 0, "blank cells that mean 0 pass");
}

static void
test_t3_outcomes(void)
{
	/* FAIL: an extra outcome in the person column (row total kept right) */
	good_report(&R);
	set_row(&R, GDR_R_GRANTED, 3, 0, 0, 0, 0, 0, 3);
	run(&R, 0);
	expect_row("t3_outcomes.person", GDR_CHK_FAIL, "applications.processed.person",
			   true, 4, true, 3);
	expect_row("t3_outcomes.total", GDR_CHK_FAIL, "applications.processed.total",
			   true, 5, true, 4);

	/* INCOMPLETE: the 总计 column blank (Shanghai 2019) */
	good_report(&R);
	gdr_set_null(&R, GDR_S_APP(GDR_R_PROCESSED, GDR_C_TOTAL));
	run(&R, 0);
	expect_row("t3_outcomes.total", GDR_CHK_INCOMPLETE, "applications.processed.total",
			   true, 4, false, 0);
	expect_row("t3_row_total.processed", GDR_CHK_INCOMPLETE,
			   "applications.processed.total", true, 4, false, 0);
	expect_row("t3_balance.total", GDR_CHK_INCOMPLETE,
			   "applications.processed.total", true, 4, false, 0);
	UNIT_EQ_INT(sum.failed, 0, "a blank total is not a failure");

	/* 2019 format: a single （六） row, the 2021 sub-rows absent */
	good_report(&R);
	R.tmpl = GDR_TPL_2019;
	R.st[GDR_S_APP(GDR_R_OH_NO_CORRECTION, GDR_C_TOTAL)] = 0;
	R.st[GDR_S_APP(GDR_R_OH_FEE_UNPAID, GDR_C_TOTAL)] = 0;
	set_row(&R, GDR_R_DENIED_QUERY, 0, 0, 0, 0, 0, 0, 0);
	set_row(&R, GDR_R_OH_OTHER, 1, 0, 0, 0, 0, 0, 1);
	run(&R, 0);
	UNIT_EQ_INT(sum.failed, 0, "2019 （六） single row counts in 三(七)");
}

static void
test_t3_row_total(void)
{
	/* seed 004: row 一 reads 4,0,0,0,0,4,4 */
	good_report(&R);
	set_row(&R, GDR_R_NEW, 4, 0, 0, 0, 0, 4, 4);
	run(&R, 0);
	expect_row("t3_row_total.new", GDR_CHK_FAIL, "applications.new.total", true, 8, true, 4);

	good_report(&R);
	gdr_set_null(&R, GDR_S_APP(GDR_R_DENIED_QUERY, GDR_C_TOTAL));
	run(&R, 0);
	expect_row("t3_row_total.denied.query", GDR_CHK_INCOMPLETE,
			   "applications.denied.query.total", true, 1, false, 0);

	/* only 自然人 and 总计 filled, the middle blank (岳阳南湖 2019) */
	good_report(&R);
	set_row(&R, GDR_R_GRANTED, 2, 0, 0, 0, 0, 0, 2);
	gdr_set_null(&R, GDR_S_APP(GDR_R_GRANTED, GDR_C_BUSINESS));
	gdr_set_null(&R, GDR_S_APP(GDR_R_GRANTED, GDR_C_OTHER));
	run(&R, 0);
	expect_none("t3_row_total.granted");
}

static void
test_t3_subtotal(void)
{
	good_report(&R);
	{
		int			c;

		for (c = 0; c < GDR_NAPPCOLS; c++)
			gdr_set(&R, GDR_S_SUBTOTAL(GDR_G_DENIED, c), 0);
	}
	gdr_set(&R, GDR_S_SUBTOTAL(GDR_G_DENIED, GDR_C_PERSON), 1);
	gdr_set(&R, GDR_S_SUBTOTAL(GDR_G_DENIED, GDR_C_TOTAL), 1);
	run(&R, 0);
	expect_none("t3_subtotal.denied.total");
	UNIT_EQ_INT(got.n, 0, "a right printed subtotal passes");

	gdr_set(&R, GDR_S_SUBTOTAL(GDR_G_DENIED, GDR_C_TOTAL), 3);
	run(&R, 0);
	expect_row("t3_subtotal.denied.total", GDR_CHK_FAIL,
			   "applications.printed_subtotals.denied.total", true, 1, true, 3);
	/* the printed subtotal row's own 总计 = its (blank) columns: FAIL as well */
	expect_row("t3_row_total.printed_subtotals.denied", GDR_CHK_FAIL,
			   "applications.printed_subtotals.denied.total", true, 1, true, 3);

	gdr_set_null(&R, GDR_S_SUBTOTAL(GDR_G_DENIED, GDR_C_TOTAL));
	run(&R, 0);
	expect_row("t3_subtotal.denied.total", GDR_CHK_INCOMPLETE,
			   "applications.printed_subtotals.denied.total", true, 1, false, 0);

	gdr_set(&R, GDR_S_SUBTOTAL(GDR_G_DENIED, GDR_C_PERSON), 2);
	gdr_set(&R, GDR_S_SUBTOTAL(GDR_G_DENIED, GDR_C_TOTAL), 2);
	run(&R, 0);
	expect_row("t3_subtotal.denied.person", GDR_CHK_FAIL,
			   "applications.printed_subtotals.denied.person", true, 1, true, 2);

	/* a subtotal the report does not print is not checked */
	good_report(&R);
	run(&R, 0);
	expect_none("t3_subtotal.denied.total");
	expect_none("t3_row_total.printed_subtotals.denied");
}

static void
test_t4(void)
{
	/* hongze-district-2023: 10,1,0,0 but 总计 0 */
	good_report(&R);
	set_appeal(&R, GDR_A_REVIEW, 10, 1, 0, 0, 0);
	gdr_set(&R, GDR_S_N_REVIEWS, 11);
	run(&R, 0);
	expect_row("t4_total.review", GDR_CHK_FAIL, "appeals.review.total", true, 11, true, 0);

	good_report(&R);
	gdr_set_null(&R, GDR_S_APPEAL(GDR_A_SUIT_DIRECT, GDR_F_TOTAL));
	gdr_set(&R, GDR_S_APPEAL(GDR_A_SUIT_DIRECT, GDR_F_UPHELD), 2);
	gdr_set(&R, GDR_S_N_LAWSUITS, 2);
	run(&R, 0);
	expect_row("t4_total.suit_direct", GDR_CHK_INCOMPLETE, "appeals.suit_direct.total",
			   true, 2, false, 0);
	expect_none("t4_total.review");
	expect_none("t4_total.suit_after_review");
	expect_none("text_table.lawsuits");

	good_report(&R);
	set_appeal(&R, GDR_A_SUIT_AFTER_REVIEW, 2, 0, 1, 0, 4);
	gdr_set(&R, GDR_S_N_LAWSUITS, 4);
	run(&R, 0);
	expect_row("t4_total.suit_after_review", GDR_CHK_FAIL,
			   "appeals.suit_after_review.total", true, 3, true, 4);
}

static void
test_domain(void)
{
	good_report(&R);
	gdr_set(&R, GDR_S_NORM_REPEALED, -2);
	gdr_set(&R, GDR_S_LIC_ITEMS_CHANGE, -417);	/* signed: allowed */
	run(&R, 0);
	expect_row("domain.nonnegative", GDR_CHK_FAIL, "active.normative_documents.repealed",
			   false, 0, true, -2);
	UNIT_EQ_INT(sum.failed, 1, "domain: one failure, the signed 本年增/减 is allowed");
	good_report(&R);
	gdr_set(&R, GDR_S_APP(GDR_R_NEW, GDR_C_RESEARCH), -1);
	gdr_set(&R, GDR_S_APP(GDR_R_NEW, GDR_C_LEGAL), 1);
	run(&R, 0);
	expect_row("domain.nonnegative", GDR_CHK_FAIL, "applications.new.research",
			   false, 0, true, -1);
	good_report(&R);
	run(&R, 0);
	expect_none("domain.nonnegative");
}

static void
test_text_table(void)
{
	/* received: new (4) or new + carried over (5) */
	good_report(&R);
	gdr_set(&R, GDR_S_N_APPLICATIONS_RECEIVED, 5);
	run(&R, 0);
	expect_none("text_table.applications_received");
	gdr_set(&R, GDR_S_N_APPLICATIONS_RECEIVED, 17);
	run(&R, 0);
	expect_row("text_table.applications_received", GDR_CHK_WARN,
			   "narrative.applications_received", true, 4, true, 17);
	UNIT_EQ_INT(sum.failed, 0, "a narrative mismatch is not a hard failure");
	R.st[GDR_S_N_APPLICATIONS_RECEIVED] = 0;
	run(&R, 0);
	expect_none("text_table.applications_received");

	/* completed, carried forward */
	good_report(&R);
	gdr_set(&R, GDR_S_N_APPLICATIONS_COMPLETED, 3);
	gdr_set(&R, GDR_S_N_APPLICATIONS_CARRIED_FORWARD, 2);
	run(&R, 0);
	expect_row("text_table.applications_completed", GDR_CHK_WARN,
			   "narrative.applications_completed", true, 4, true, 3);
	expect_row("text_table.carried_forward", GDR_CHK_WARN,
			   "narrative.applications_carried_forward", true, 1, true, 2);

	/* table missing: nothing to compare */
	memset(&R, 0, sizeof(R));
	gdr_set(&R, GDR_S_N_APPLICATIONS_COMPLETED, 3);
	gdr_set(&R, GDR_S_N_REVIEWS, 3);
	run(&R, 0);
	UNIT_EQ_INT(got.n, 0, "narrative without tables: no row");
	UNIT_EQ_INT(sum.checked, 0, "narrative without tables: nothing checked");

	/* reviews and lawsuits (seed 004: prose 0, table 2) */
	good_report(&R);
	gdr_set(&R, GDR_S_N_REVIEWS, 2);
	set_appeal(&R, GDR_A_SUIT_DIRECT, 2, 0, 0, 0, 2);
	gdr_set(&R, GDR_S_N_LAWSUITS, 0);
	run(&R, 0);
	expect_row("text_table.reviews", GDR_CHK_WARN, "narrative.reviews", true, 1, true, 2);
	expect_row("text_table.lawsuits", GDR_CHK_WARN, "narrative.lawsuits", true, 2, true, 0);
	gdr_set(&R, GDR_S_N_REVIEWS, 1);
	gdr_set(&R, GDR_S_N_LAWSUITS, 2);
	run(&R, 0);
	expect_none("text_table.reviews");
	expect_none("text_table.lawsuits");

	/* an ambiguous prose figure is no contradiction */
	gdr_set(&R, GDR_S_N_REVIEWS, 7);
	R.st[GDR_S_N_REVIEWS] |= GDR_ST_AMBIGUOUS;
	run(&R, 0);
	expect_none("text_table.reviews");
}

static void
test_auth(void)
{
	static const struct
	{
		const char *agency;
		bool		flag;
	}			cases[] = {
		{"淮安市洪泽区人民政府", true},
		{"洪泽区人民政府", true},
		{"昌乐县住房和城乡建设局", true},
		{"大同市新荣区自然资源局", true},
		{"淮安市自然资源和规划局", true},
		{"新疆某镇人民政府", true},
		{"某某街道办事处", true},
		{"淮安市人民政府", false},
		{"淮安市人民政府办公室", false},
		{"上海市人民政府办公厅", false},
		{"上海市科学技术委员会", false},
		{"上海市市场监督管理局", false},
		{"上海市住房和城乡建设管理委员会", false},
		{"北京市城市管理委员会", false},
		{"江苏省人民政府", false},
		{"江苏省交通运输厅", false},
		{"广西壮族自治区人民政府", false},
		{"国家新闻出版署", false},
		{"上海市浦东新区人民政府", true},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		good_report(&R);
		R.agency = (char *) cases[i].agency;
		gdr_set(&R, GDR_S_REG_ISSUED, 0);
		gdr_set(&R, GDR_S_REG_IN_FORCE, 6);
		run(&R, 0);
		if (cases[i].flag)
			expect_row("auth.regulations", GDR_CHK_WARN, "active.regulations.in_force",
					   true, 0, true, 6);
		else
			UNIT_OK(find(&got, "auth.regulations") == NULL, "auth.regulations: %s may issue 规章",
					cases[i].agency);
	}
	/* no 规章 at all: passes; unknown agency: cannot be checked */
	good_report(&R);
	R.agency = "淮安市洪泽区人民政府";
	gdr_set(&R, GDR_S_REG_ISSUED, 0);
	gdr_set(&R, GDR_S_REG_IN_FORCE, 0);
	run(&R, 0);
	expect_none("auth.regulations");
	R.agency = NULL;
	gdr_set(&R, GDR_S_REG_IN_FORCE, 6);
	run(&R, 0);
	expect_none("auth.regulations");
}

static void
test_fees(void)
{
	good_report(&R);
	set_row(&R, GDR_R_OH_FEE_UNPAID, 1, 0, 0, 0, 0, 0, 1);
	set_row(&R, GDR_R_DENIED_QUERY, 0, 0, 0, 0, 0, 0, 0);
	R.st[GDR_S_N_FEES_COLLECTED] = 0;
	run(&R, 0);
	expect_row("fees.text_table", GDR_CHK_WARN,
			   "applications.other_handling.fee_unpaid.total", false, 0, true, 1);
	gdr_set(&R, GDR_S_N_FEES_COLLECTED, 0);
	run(&R, 0);
	expect_none("fees.text_table");

	/* fees collected with nothing granted */
	good_report(&R);
	set_row(&R, GDR_R_GRANTED, 0, 0, 0, 0, 0, 0, 0);
	set_row(&R, GDR_R_PARTIAL, 0, 0, 0, 0, 0, 0, 0);
	set_row(&R, GDR_R_NP_REPEATED, 2, 1, 0, 0, 0, 0, 3);
	gdr_set(&R, GDR_S_N_FEES_COLLECTED, 380 * GDR_MONEY_SCALE);
	run(&R, 0);
	expect_row("fees.text_table", GDR_CHK_WARN, "narrative.fees_collected",
			   false, 0, true, 380 * GDR_MONEY_SCALE);
	UNIT_EQ_INT(find(&got, "fees.text_table") ? find(&got, "fees.text_table")->scale : -1,
				6, "fees.text_table: money rows have scale 6");
	good_report(&R);
	gdr_set(&R, GDR_S_N_FEES_COLLECTED, 380 * GDR_MONEY_SCALE);
	run(&R, 0);
	expect_none("fees.text_table");
}

static void
test_year(void)
{
	good_report(&R);
	run(&R, 0);
	expect_none("year.text");
	memcpy(R.published, "2022-12-01", 11);
	run(&R, 0);
	expect_row("year.text", GDR_CHK_WARN, NULL, true, 2023, true, 2022);
	R.published[0] = '\0';
	run(&R, 0);
	expect_none("year.text");
}

static void
test_t2_2019(void)
{
	good_report(&R);
	R.tmpl = GDR_TPL_2019;
	gdr_set(&R, GDR_S_NORM_MADE, 0);
	gdr_set(&R, GDR_S_NORM_PUBLISHED, 8);
	gdr_set(&R, GDR_S_NORM_PUBLIC_TOTAL, 8);
	run(&R, 0);
	expect_none("t2_2019.published_le_total.normative_documents");
	gdr_set(&R, GDR_S_NORM_PUBLISHED, 9);
	run(&R, 0);
	expect_row("t2_2019.published_le_total.normative_documents", GDR_CHK_WARN,
			   "active.normative_documents.published", true, 8, true, 9);
	gdr_set_null(&R, GDR_S_NORM_PUBLIC_TOTAL);
	run(&R, 0);
	expect_none("t2_2019.published_le_total.normative_documents");
}

static void
test_flags(void)
{
	const gdr_check_row *row;

	good_report(&R);
	set_row(&R, GDR_R_NEW, 4, 0, 0, 0, 0, 4, 4);
	gdr_set(&R, GDR_S_N_APPLICATIONS_RECEIVED, 17);
	run(&R, GDR_CHECK_HARD_ONLY);
	expect_none("text_table.applications_received");
	UNIT_OK(find(&got, "t3_row_total.new") != NULL, "hard only: the hard failure remains");

	run(&R, GDR_CHECK_HARD_ONLY | GDR_CHECK_CHEAP);
	row = find(&got, "t3_row_total.new");
	UNIT_OK(row && row->detail == NULL, "cheap: no detail text");

	gdr_ctx_free(&ctx);
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	memset(&got, 0, sizeof(got));
	got.stop_after = 1;
	gdr_check(&ctx, &R, 0, collect, &got, &sum);
	UNIT_EQ_INT(got.n, 1, "returning false from the callback stops the walk");
}

static void
test_pre2019(void)
{
	memset(&R, 0, sizeof(R));
	R.tmpl = GDR_TPL_PRE2019;
	gdr_set(&R, GDR_S_APP(GDR_R_NEW, GDR_C_TOTAL), 10);
	gdr_set(&R, GDR_S_APP(GDR_R_PROCESSED, GDR_C_TOTAL), 7);
	gdr_set(&R, GDR_S_APP(GDR_R_GRANTED, GDR_C_TOTAL), 3);
	gdr_set(&R, GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_UPHELD), 1);
	gdr_set(&R, GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_TOTAL), 2);
	run(&R, 0);
	expect_none("t3_balance.total");
	expect_none("t3_outcomes.total");
	expect_row("t4_total.review", GDR_CHK_WARN, "appeals.review.total", true, 1, true, 2);
	UNIT_EQ_INT(sum.failed, 0, "pre-2019: no hard failure");
	run(&R, GDR_CHECK_HARD_ONLY);
	UNIT_EQ_INT(got.n, 0, "pre-2019 hard only: no row");
}

static void
test_carry(void)
{
	good_report(&P);
	P.year = 2022;
	good_report(&R);
	run_carry(&P, &R, GDR_CHECK_HARD_ONLY);
	UNIT_EQ_INT(got.n, 0, "carry: 二 this year = 四 last year");
	UNIT_OK(sum.checked >= 7, "carry: the seven columns are checked");

	P.st[GDR_S_NORM_IN_FORCE] = 0;
	gdr_set(&P, GDR_S_APP(GDR_R_CARRIED_FORWARD, GDR_C_PERSON), 3);
	gdr_set(&P, GDR_S_APP(GDR_R_CARRIED_FORWARD, GDR_C_TOTAL), 3);
	run_carry(&P, &R, 0);
	expect_row("carry.person", GDR_CHK_FAIL, "applications.carried_over.person",
			   true, 3, true, 1);
	expect_row("carry.total", GDR_CHK_FAIL, "applications.carried_over.total",
			   true, 3, true, 1);

	gdr_set_null(&R, GDR_S_APP(GDR_R_CARRIED_OVER, GDR_C_PERSON));
	run_carry(&P, &R, 0);
	expect_row("carry.person", GDR_CHK_INCOMPLETE, "applications.carried_over.person",
			   true, 3, false, 0);

	/* no table 三 last year: nothing to compare */
	memset(&P, 0, sizeof(P));
	good_report(&R);
	run_carry(&P, &R, GDR_CHECK_HARD_ONLY);
	UNIT_EQ_INT(got.n, 0, "carry without last year's table: no row");

	/* carry.year */
	good_report(&P);
	P.year = 2021;
	run_carry(&P, &R, 0);
	expect_row("carry.year", GDR_CHK_WARN, NULL, true, 2022, true, 2023);
	P.year = 0;
	run_carry(&P, &R, 0);
	expect_none("carry.year");
}

static void
test_stock(void)
{
	/* 2022: regulations in force 10; 2023: +1 issued, 0 repealed, 11 in force */
	good_report(&P);
	P.year = 2022;
	gdr_set(&P, GDR_S_REG_IN_FORCE, 10);
	gdr_set(&P, GDR_S_NORM_IN_FORCE, 34);
	good_report(&R);
	run_carry(&P, &R, 0);
	expect_none("stock.regulations");
	expect_none("stock.normative_documents");

	gdr_set(&R, GDR_S_NORM_IN_FORCE, 45);
	run_carry(&P, &R, 0);
	expect_row("stock.normative_documents", GDR_CHK_WARN,
			   "active.normative_documents.in_force", true, 40, true, 45);
	run_carry(&P, &R, GDR_CHECK_HARD_ONLY);
	expect_none("stock.normative_documents");

	/* last year's stock unknown: cannot be checked */
	P.st[GDR_S_NORM_IN_FORCE] = 0;
	run_carry(&P, &R, 0);
	expect_none("stock.normative_documents");

	/* 2019 items: 上一年项目数量(y) = 上一年项目数量(y-1) + 本年增/减(y-1) */
	gdr_set(&P, GDR_S_LIC_ITEMS_LAST_YEAR, 716);
	gdr_set(&P, GDR_S_LIC_ITEMS_CHANGE, -417);
	gdr_set(&R, GDR_S_LIC_ITEMS_LAST_YEAR, 299);
	run_carry(&P, &R, 0);
	expect_none("stock.items.licensing");
	gdr_set(&R, GDR_S_LIC_ITEMS_LAST_YEAR, 298);
	run_carry(&P, &R, 0);
	expect_row("stock.items.licensing", GDR_CHK_WARN, "active.licensing.items_last_year",
			   true, 299, true, 298);
}

/* an allocator that fails: the checks report GDR_ENOMEM, never crash */
static void *
no_alloc(void *actx, size_t n)
{
	(void) actx;
	(void) n;
	return NULL;
}

static void
test_enomem(void)
{
	static const gdr_env env = {no_alloc, NULL, NULL, NULL, NULL};
	gdr_ctx		c;
	gdr_status	st;

	good_report(&R);
	gdr_ctx_init(&c, &env);
	memset(&got, 0, sizeof(got));
	st = gdr_check(&c, &R, 0, collect, &got, &sum);
	UNIT_EQ_INT(st, GDR_OK, "no allocation on a consistent report");
	set_row(&R, GDR_R_NEW, 4, 0, 0, 0, 0, 4, 4);
	st = gdr_check(&c, &R, 0, collect, &got, &sum);
	UNIT_EQ_INT(st, GDR_ENOMEM, "allocation failure is reported");
	UNIT_EQ_INT(got.n, 0, "no row delivered without its text");
}

int
main(void)
{
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	test_good();
	test_empty();
	test_absent();
	test_t3_balance();
	test_t3_outcomes();
	test_t3_row_total();
	test_t3_subtotal();
	test_t4();
	test_domain();
	test_text_table();
	test_auth();
	test_fees();
	test_year();
	test_t2_2019();
	test_flags();
	test_pre2019();
	test_carry();
	test_stock();
	test_enomem();
	gdr_ctx_free(&ctx);
	return unit_done();
}
