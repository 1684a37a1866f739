/*
 * gdr_check.c -- the checks in SQL: gdr_check(jsonb), gdr_balance_ok(jsonb),
 * gdr_carry_check(jsonb, jsonb), gdr_carry_ok(jsonb, jsonb).
 *
 * The identities themselves are in src/core/check.c; the rule ids and the
 * balance_ok decision are documented in doc/checks.md.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "gdr_pg.h"


PG_FUNCTION_INFO_V1(gdr_check_jsonb);
PG_FUNCTION_INFO_V1(gdr_balance_ok_jsonb);
PG_FUNCTION_INFO_V1(gdr_carry_check_jsonb);
PG_FUNCTION_INFO_V1(gdr_carry_ok_jsonb);

const char *
gdr_check_status_name(gdr_check_status s)
{
	switch (s)
	{
		case GDR_CHK_FAIL:
			return "fail";
		case GDR_CHK_INCOMPLETE:
			return "incomplete";
		case GDR_CHK_WARN:
			return "warn";
	}
	return "?";
}

/* a scaled integer as numeric ("380", "0.5"), trailing zeros trimmed */
Numeric
gdr_check_numeric(int64 v, int scale)
{
	Numeric		n;

	if (scale <= 0)
		return int64_to_numeric(v);
	n = int64_div_fast_to_numeric(v, scale);
	return DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale,
											   NumericGetDatum(n)));
}

/* ------------------------------------------------------------------ */
/* the balance verdict                                                 */
/* ------------------------------------------------------------------ */

static bool
any_value(const gdr_report *r, int from, int to)
{
	int			i;

	for (i = from; i < to; i++)
		if (gdr_has(r, i))
			return true;
	return false;
}

static bool
first_fail_cb(void *varg, const gdr_check_row *row)
{
	bool	   *failed = varg;

	if (row->status == GDR_CHK_FAIL)
	{
		*failed = true;
		return false;			/* the first failure decides */
	}
	return true;
}

/*
 * The balance verdict of a report: -1 (NULL: no table 三 and no table 四 with
 * a number, a pre-2019 table, or no identity of the deciding table can be
 * evaluated), 0 (false: a hard identity of the deciding table fails), 1
 * (true).  Table 三 decides when the report has one (its 勾稽关系 and the
 * identities behind it); table 四 decides only when there is no table 三.
 * Hard failures outside the deciding table (table 四 next to a table 三,
 * negative figures in table 二) are gdr_check() rows but do not make the
 * verdict false: see doc/checks.md, "balance_ok".
 *
 * The verdict runs cheap on a copy of the report that keeps only the
 * deciding table, so that both the failures and summary.checked concern
 * that table alone.  With a cb, every row of the hard checks of the whole
 * report is passed on as well (with its text), for the trigger's messages.
 */
int
gdr_balance_verdict(gdr_ctx *ctx, const gdr_report *r, gdr_check_cb cb, void *arg)
{
	gdr_report *only;
	gdr_check_summary sum;
	bool		failed = false;
	int			from,
				to;

	if (cb && gdr_check(ctx, r, GDR_CHECK_HARD_ONLY, cb, arg, NULL) != GDR_OK)
		gdr_raise_status(ctx, "gdr_balance_ok");

	if (r->tmpl == GDR_TPL_PRE2019)
		return -1;
	if (any_value(r, 0, GDR_S_APPEAL_BASE))
	{
		from = 0;				/* table 三, printed subtotals included */
		to = GDR_S_APPEAL_BASE;
	}
	else if (any_value(r, GDR_S_APPEAL_BASE, GDR_S_ACTIVE_BASE))
	{
		from = GDR_S_APPEAL_BASE;	/* table 四 */
		to = GDR_S_ACTIVE_BASE;
	}
	else
		return -1;

	only = palloc(sizeof(gdr_report));
	memcpy(only, r, sizeof(gdr_report));
	memset(only->st, 0, sizeof(only->st));
	memcpy(only->st + from, r->st + from, (size_t) (to - from));

	if (gdr_check(ctx, only, GDR_CHECK_HARD_ONLY | GDR_CHECK_CHEAP,
				  first_fail_cb, &failed, &sum) != GDR_OK)
		gdr_raise_status(ctx, "gdr_balance_ok");
	pfree(only);
	if (failed)
		return 0;
	return sum.checked > 0 ? 1 : -1;
}

/* ------------------------------------------------------------------ */
/* SQL functions                                                       */
/* ------------------------------------------------------------------ */

typedef struct srf_arg
{
	ReturnSetInfo *rsinfo;
} srf_arg;

static bool
srf_cb(void *varg, const gdr_check_row *row)
{
	srf_arg    *a = varg;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	values[0] = CStringGetTextDatum(row->rule);
	values[1] = CStringGetTextDatum(gdr_check_status_name(row->status));
	if (row->path)
		values[2] = CStringGetTextDatum(row->path);
	else
		nulls[2] = true;
	if (row->has_expected)
		values[3] = NumericGetDatum(gdr_check_numeric(row->expected, row->scale));
	else
		nulls[3] = true;
	if (row->has_actual)
		values[4] = NumericGetDatum(gdr_check_numeric(row->actual, row->scale));
	else
		nulls[4] = true;
	if (row->detail)
		values[5] = CStringGetTextDatum(row->detail);
	else
		nulls[5] = true;
	tuplestore_putvalues(a->rsinfo->setResult, a->rsinfo->setDesc, values, nulls);
	return true;
}

static MemoryContext
check_context(void)
{
	return AllocSetContextCreate(CurrentMemoryContext, "gdr_check",
								 ALLOCSET_SMALL_SIZES);
}

/*
 * gdr_check(report jsonb) RETURNS TABLE(rule, status, path, expected,
 * actual, detail): every identity that does not plainly pass.
 */
Datum
gdr_check_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	MemoryContext callcxt,
				cxt;
	gdr_ctx		ctx;
	gdr_report *r;
	srf_arg		a;

	InitMaterializedSRF(fcinfo, 0);
	a.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	cxt = check_context();
	callcxt = MemoryContextSwitchTo(cxt);
	gdr_ctx_init(&ctx, &gdr_env_pg);
	r = gdr_report_from_jsonb(&ctx, jb);
	if (gdr_check(&ctx, r, 0, srf_cb, &a, NULL) != GDR_OK)
		gdr_raise_status(&ctx, "gdr_check");
	MemoryContextSwitchTo(callcxt);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

/*
 * gdr_balance_ok(report jsonb) RETURNS boolean: false when a hard identity
 * of the deciding table fails, true when at least one could be checked and
 * none fails, NULL when nothing can be checked.
 */
Datum
gdr_balance_ok_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	MemoryContext callcxt,
				cxt;
	gdr_ctx		ctx;
	gdr_report *r;
	int			v;

	cxt = check_context();
	callcxt = MemoryContextSwitchTo(cxt);
	gdr_ctx_init(&ctx, &gdr_env_pg);
	r = gdr_report_from_jsonb(&ctx, jb);
	v = gdr_balance_verdict(&ctx, r, NULL, NULL);
	MemoryContextSwitchTo(callcxt);
	MemoryContextDelete(cxt);
	if (v < 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(v == 1);
}

/* read both reports of a carry check into ctx */
static void
read_pair(FunctionCallInfo fcinfo, gdr_ctx *ctx, gdr_report **prev, gdr_report **cur)
{
	*prev = gdr_report_from_jsonb(ctx, PG_GETARG_JSONB_P(0));
	*cur = gdr_report_from_jsonb(ctx, PG_GETARG_JSONB_P(1));
}

/*
 * gdr_carry_check(previous jsonb, current jsonb) RETURNS TABLE(...): the
 * continuity of two consecutive years of one agency.
 */
Datum
gdr_carry_check_jsonb(PG_FUNCTION_ARGS)
{
	MemoryContext callcxt,
				cxt;
	gdr_ctx		ctx;
	gdr_report *prev,
			   *cur;
	srf_arg		a;

	InitMaterializedSRF(fcinfo, 0);
	a.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	cxt = check_context();
	callcxt = MemoryContextSwitchTo(cxt);
	gdr_ctx_init(&ctx, &gdr_env_pg);
	read_pair(fcinfo, &ctx, &prev, &cur);
	if (gdr_carry_check(&ctx, prev, cur, 0, srf_cb, &a, NULL) != GDR_OK)
		gdr_raise_status(&ctx, "gdr_carry_check");
	MemoryContextSwitchTo(callcxt);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

/*
 * gdr_carry_ok(previous jsonb, current jsonb) RETURNS boolean: false when
 * a column of this year's 二、上年结转 differs from last year's 四、结转下年度,
 * true when at least one column could be compared, else NULL.
 */
Datum
gdr_carry_ok_jsonb(PG_FUNCTION_ARGS)
{
	MemoryContext callcxt,
				cxt;
	gdr_ctx		ctx;
	gdr_report *prev,
			   *cur;
	gdr_check_summary sum;
	bool		failed = false;

	cxt = check_context();
	callcxt = MemoryContextSwitchTo(cxt);
	gdr_ctx_init(&ctx, &gdr_env_pg);
	read_pair(fcinfo, &ctx, &prev, &cur);
	if (gdr_carry_check(&ctx, prev, cur, GDR_CHECK_HARD_ONLY | GDR_CHECK_CHEAP,
						first_fail_cb, &failed, &sum) != GDR_OK)
		gdr_raise_status(&ctx, "gdr_carry_ok");
	MemoryContextSwitchTo(callcxt);
	MemoryContextDelete(cxt);
	if (failed)
		PG_RETURN_BOOL(false);
	if (sum.checked == 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(true);
}
