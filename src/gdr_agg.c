/*
 * gdr_agg.c -- gdr_sum(jsonb), its support functions, gdr_metrics and
 * gdr_label.
 *
 * gdr_sum adds every figure of the slot catalogue path by path.  Its state is
 * an ordinary bigint[] (not `internal`), so that
 *   - parallel query passes partial states between processes with the array
 *     type's own send/receive functions (no serialize/deserialize),
 *   - Citus 13 can distribute the aggregate (it refuses pseudo-type states),
 *   - every result is an exact integer computation: serial, parallel,
 *     partitionwise and sharded plans give the same jsonb bit for bit.
 *
 * State layout (GDR_SUM_LEN elements, lower bound 1 in SQL):
 *   [0]                         GDR_SUM_MAGIC (layout marker and version)
 *   [1]                         reports counted
 *   [2 .. 2+N-1]                sum of slot i (money in millionths)
 *   [2+N .. 2+2N-1]             number of reports that gave slot i a value
 * with N = GDR_NSLOTS.  Unit slots (GDR_UNIT) are never summed: their sum and
 * count stay 0.  active.procurement.amount is summed in 元 (万元 rows are
 * multiplied by 10000, rows without a unit are skipped for that figure).
 *
 * The support functions are SQL-callable with any array, so each of them
 * validates the state it is given; additions are overflow-checked.
 */
#include "postgres.h"

#include <errno.h>
#include <stdlib.h>

#include "catalog/pg_type.h"
#include "common/int.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "gdr_pg.h"

/* "GDRS" and layout version 1; a new layout gets a new marker */
#define GDR_SUM_MAGIC		INT64CONST(0x4744525301)
#define GDR_SUM_HEADER		2
#define GDR_SUM_LEN			(GDR_SUM_HEADER + 2 * GDR_NSLOTS)
#define SUM_OF(s, i)		((s)[GDR_SUM_HEADER + (i)])
#define CNT_OF(s, i)		((s)[GDR_SUM_HEADER + GDR_NSLOTS + (i)])

/* 万元 -> 元 */
#define WAN					INT64CONST(10000)

PG_FUNCTION_INFO_V1(gdr_sum_trans);
PG_FUNCTION_INFO_V1(gdr_sum_combine);
PG_FUNCTION_INFO_V1(gdr_sum_final);
PG_FUNCTION_INFO_V1(gdr_metrics);
PG_FUNCTION_INFO_V1(gdr_label);

static Numeric
int8_numeric_compat(int64 v)
{
#if PG_VERSION_NUM >= 140000
	return int64_to_numeric(v);
#else
	return DatumGetNumeric(DirectFunctionCall1(int8_numeric, Int64GetDatum(v)));
#endif
}

/* ------------------------------------------------------------------ */
/* the state                                                           */
/* ------------------------------------------------------------------ */

static void
bad_state(const char *fn, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid gdr_sum state passed to %s", fn),
			 errdetail("%s", detail),
			 errhint("A gdr_sum state is the bigint[] built by gdr_sum_trans and gdr_sum_combine of this version of gdr.")));
}

static void
overflow(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("gdr_sum out of range"),
			 errdetail("The sum of %s does not fit in 64 bits.", what)));
}

static inline void
add_checked(int64 *acc, int64 v, const char *what)
{
	if (pg_add_s64_overflow(*acc, v, acc))
		overflow(what);
}

/*
 * Check every invariant of a state; returns its elements.  Cheap next to
 * reading a jsonb document (2 + 2N comparisons).
 */
static int64 *
state_elems(ArrayType *a, const char *fn)
{
	int64	   *s;
	int			i;

	if (ARR_NDIM(a) != 1 || ARR_ELEMTYPE(a) != INT8OID)
		bad_state(fn, "The state must be a one-dimensional bigint array.");
	if (ARR_HASNULL(a))
		bad_state(fn, "The state contains a NULL element.");
	if (ARR_DIMS(a)[0] != GDR_SUM_LEN)
		bad_state(fn, psprintf("The state has %d elements; a gdr_sum state of this version has %d.",
							   ARR_DIMS(a)[0], (int) GDR_SUM_LEN));
	s = (int64 *) ARR_DATA_PTR(a);
	if (s[0] != GDR_SUM_MAGIC)
		bad_state(fn, psprintf("The first element is %lld, not the gdr_sum state marker %lld.",
							   (long long) s[0], (long long) GDR_SUM_MAGIC));
	if (s[1] < 0)
		bad_state(fn, "The number of reports is negative.");
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		int64		n = CNT_OF(s, i);
		int64		v = SUM_OF(s, i);

		if (n < 0 || n > s[1])
			bad_state(fn, psprintf("The contributor count of \"%s\" is %lld, outside 0..%lld reports.",
								   gdr_slots[i].path, (long long) n, (long long) s[1]));
		if ((n == 0 || gdr_slots[i].kind == GDR_UNIT) && v != 0)
			bad_state(fn, psprintf("\"%s\" has a sum of %lld but no contributor.",
								   gdr_slots[i].path, (long long) v));
		if (gdr_slots[i].kind == GDR_UNIT && n != 0)
			bad_state(fn, psprintf("\"%s\" is a unit and cannot be summed.", gdr_slots[i].path));
		if (v < 0 && gdr_slots[i].kind != GDR_SIGNED)
			bad_state(fn, psprintf("\"%s\" has a negative sum.", gdr_slots[i].path));
	}
	return s;
}

/* A new, empty state in the current memory context. */
static ArrayType *
state_new(void)
{
	Size		nbytes = ARR_OVERHEAD_NONULLS(1) + sizeof(int64) * GDR_SUM_LEN;
	ArrayType  *a = (ArrayType *) palloc0(nbytes);

	SET_VARSIZE(a, nbytes);
	a->ndim = 1;
	a->dataoffset = 0;
	a->elemtype = INT8OID;
	ARR_DIMS(a)[0] = GDR_SUM_LEN;
	ARR_LBOUND(a)[0] = 1;
	((int64 *) ARR_DATA_PTR(a))[0] = GDR_SUM_MAGIC;
	return a;
}

/*
 * The state argument `argno` ready to be modified: in place when we are
 * called as an aggregate and the value is the executor's own (it lives in the
 * aggregate context and is never toasted), a copy otherwise.  A copy is made
 * in the current (per-call) context: the executor moves a new state into the
 * aggregate context itself.
 */
static ArrayType *
state_arg_writable(FunctionCallInfo fcinfo, int argno)
{
	Datum		d = PG_GETARG_DATUM(argno);

	if (AggCheckCallContext(fcinfo, NULL) &&
		!VARATT_IS_EXTENDED(DatumGetPointer(d)))
		return (ArrayType *) DatumGetPointer(d);
	return DatumGetArrayTypePCopy(d);
}

/* ------------------------------------------------------------------ */
/* reading one input document                                          */
/* ------------------------------------------------------------------ */

/* a non-negative whole number as int64, else an error naming `key` */
static int64
jbv_count(const JsonbValue *v, const char *key)
{
	char	   *s;
	char	   *end;
	long long	x;

	if (v->type != jbvNumeric)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid value at \"%s\" in gdr_sum input", key),
				 errdetail("Expected a non-negative whole number.")));
	s = DatumGetCString(DirectFunctionCall1(numeric_out,
											NumericGetDatum(v->val.numeric)));
	errno = 0;
	x = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || x < 0 || s[0] == '-')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid value at \"%s\" in gdr_sum input", key),
				 errdetail("Expected a non-negative whole number that fits in 64 bits, found %s.", s)));
	return (int64) x;
}

/*
 * The value slot i adds to a sum, in the unit gdr_sum states; false when the
 * slot gives nothing (no value, a unit slot, or a procurement amount whose
 * unit is unknown).
 */
static bool
slot_addend(const int64_t *val, const uint8_t *st, int i, int64 *out)
{
	if (!(st[i] & GDR_ST_VALUE) || gdr_slots[i].kind == GDR_UNIT)
		return false;
	*out = val[i];
	if (i == GDR_S_PROC_AMOUNT)
	{
		if (!(st[GDR_S_PROC_AMOUNT_UNIT] & GDR_ST_VALUE))
			return false;
		if (val[GDR_S_PROC_AMOUNT_UNIT] == 1 &&
			pg_mul_s64_overflow(*out, WAN, out))
			overflow("\"active.procurement.amount\" converted to 元");
	}
	return true;
}

/* per-call scratch memory of the transition function and gdr_metrics */
static MemoryContext
scratch_context(FunctionCallInfo fcinfo)
{
	MemoryContext cxt = (MemoryContext) fcinfo->flinfo->fn_extra;

	if (cxt == NULL)
	{
		cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "gdr_sum input",
									ALLOCSET_SMALL_SIZES);
		fcinfo->flinfo->fn_extra = cxt;
	}
	else
		MemoryContextReset(cxt);
	return cxt;
}

/*
 * Add one document to the state s: a report (counts 1 for each figure it
 * has) or a gdr_sum result (recognised by its "reports" key: its own report
 * count and its "contributors" tree).
 */
static void
state_add_document(int64 *s, Jsonb *jb)
{
	gdr_ctx		ctx;
	gdr_report *r;
	JsonbValue *rv;
	int64		nreports = 1;
	int64	   *contrib = NULL;
	int			i;

	if (!JB_ROOT_IS_OBJECT(jb) || JB_ROOT_IS_SCALAR(jb))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gdr_sum input must be a jsonb object"),
				 errdetail("The value is a jsonb %s.",
						   JB_ROOT_IS_SCALAR(jb) ? "scalar" : "array")));

	gdr_ctx_init(&ctx, &gdr_env_pg);
	r = gdr_report_from_jsonb(&ctx, jb);
	if (r == NULL)
		gdr_raise_status(&ctx, "gdr_sum");

	rv = getKeyJsonValueFromContainer(&jb->root, "reports", 7, NULL);
	if (rv != NULL)
	{
		JsonbValue *cv;
		int64_t    *cval;
		uint8_t    *cst;

		/* a partial sum: {"reports": N, ..., "contributors": {...}} */
		nreports = jbv_count(rv, "reports");
		cv = getKeyJsonValueFromContainer(&jb->root, "contributors", 12, NULL);
		if (cv == NULL || cv->type != jbvBinary ||
			!JsonContainerIsObject(cv->val.binary.data))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gdr_sum input has \"reports\" but no \"contributors\" object"),
					 errdetail("A partial sum states, for every figure, how many reports contributed to it.")));
		cval = palloc0(sizeof(int64_t) * GDR_NSLOTS);
		cst = palloc0(sizeof(uint8_t) * GDR_NSLOTS);
		gdr_read_slot_tree(cv->val.binary.data, cval, cst, "gdr_sum contributors");
		contrib = (int64 *) palloc0(sizeof(int64) * GDR_NSLOTS);
		for (i = 0; i < GDR_NSLOTS; i++)
		{
			int64		n = 0;
			bool		hasval = (r->st[i] & GDR_ST_VALUE) != 0;

			if (gdr_slots[i].kind == GDR_UNIT)
				continue;
			if (cst[i] & GDR_ST_VALUE)
			{
				n = cval[i];
				/* the reader scaled money paths; a count is whole */
				if (gdr_slots[i].kind == GDR_MONEY)
				{
					if (n % GDR_MONEY_SCALE != 0)
						n = -1;
					else
						n /= GDR_MONEY_SCALE;
				}
			}
			if (n < 0 || n > nreports || (n > 0) != hasval)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("invalid value at \"contributors.%s\" in gdr_sum input",
								gdr_slots[i].path),
						 errdetail("Every figure of a partial sum needs a whole contributor count between 1 and its %lld reports, and only figures with a value have one.",
								   (long long) nreports)));
			contrib[i] = n;
		}
	}

	add_checked(&s[1], nreports, "\"reports\"");
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		int64		v;

		if (!slot_addend(r->val, r->st, i, &v))
			continue;
		add_checked(&SUM_OF(s, i), v, gdr_slots[i].path);
		add_checked(&CNT_OF(s, i), contrib ? contrib[i] : 1, gdr_slots[i].path);
	}
	gdr_ctx_free(&ctx);
}

/* ------------------------------------------------------------------ */
/* the support functions                                               */
/* ------------------------------------------------------------------ */

/*
 * gdr_sum_trans(state bigint[], report jsonb) RETURNS bigint[]
 *
 * Not STRICT: the initial state is NULL and a NULL report is skipped.
 */
Datum
gdr_sum_trans(PG_FUNCTION_ARGS)
{
	ArrayType  *state;
	int64	   *s;
	MemoryContext old;

	if (PG_ARGISNULL(0))
	{
		if (PG_ARGISNULL(1))
			PG_RETURN_NULL();
		state = state_new();
	}
	else
	{
		if (PG_ARGISNULL(1))
		{
			/* nothing to add, but the state is still checked */
			(void) state_elems(PG_GETARG_ARRAYTYPE_P(0), "gdr_sum_trans");
			PG_RETURN_DATUM(PG_GETARG_DATUM(0));
		}
		state = state_arg_writable(fcinfo, 0);
	}
	s = state_elems(state, "gdr_sum_trans");

	old = MemoryContextSwitchTo(scratch_context(fcinfo));
	state_add_document(s, PG_GETARG_JSONB_P(1));
	MemoryContextSwitchTo(old);

	PG_RETURN_ARRAYTYPE_P(state);
}

/*
 * gdr_sum_combine(a bigint[], b bigint[]) RETURNS bigint[]
 *
 * Not STRICT (the executor passes NULL for a group that saw no report).
 */
Datum
gdr_sum_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a;
	int64	   *sa;
	int64	   *sb;
	int			i;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		(void) state_elems(PG_GETARG_ARRAYTYPE_P(0), "gdr_sum_combine");
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
	{
		/* a copy: the executor must never be handed its input as state */
		a = PG_GETARG_ARRAYTYPE_P_COPY(1);
		(void) state_elems(a, "gdr_sum_combine");
		PG_RETURN_ARRAYTYPE_P(a);
	}

	sb = state_elems(PG_GETARG_ARRAYTYPE_P(1), "gdr_sum_combine");
	a = state_arg_writable(fcinfo, 0);
	sa = state_elems(a, "gdr_sum_combine");

	add_checked(&sa[1], sb[1], "\"reports\"");
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		if (CNT_OF(sb, i) == 0)
			continue;
		add_checked(&SUM_OF(sa, i), SUM_OF(sb, i), gdr_slots[i].path);
		add_checked(&CNT_OF(sa, i), CNT_OF(sb, i), gdr_slots[i].path);
	}
	PG_RETURN_ARRAYTYPE_P(a);
}

static bool
sum_value(void *arg, int slot, JsonbValue *v)
{
	const int64 *s = arg;

	if (slot == GDR_S_PROC_AMOUNT_UNIT && CNT_OF(s, GDR_S_PROC_AMOUNT) > 0)
	{
		/* every procurement amount was converted to 元 */
		v->type = jbvString;
		v->val.string.val = (char *) "元";
		v->val.string.len = strlen("元");
		return true;
	}
	if (gdr_slots[slot].kind == GDR_UNIT || CNT_OF(s, slot) == 0)
		return false;
	v->type = jbvNumeric;
	v->val.numeric = gdr_slot_numeric(slot, SUM_OF(s, slot));
	return true;
}

static bool
contributor_value(void *arg, int slot, JsonbValue *v)
{
	const int64 *s = arg;

	if (gdr_slots[slot].kind == GDR_UNIT || CNT_OF(s, slot) == 0)
		return false;
	v->type = jbvNumeric;
	v->val.numeric = int8_numeric_compat(CNT_OF(s, slot));
	return true;
}

static void
push_key(JsonbParseState **ps, const char *key)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	pushJsonbValue(ps, WJB_KEY, &k);
}

static void
push_int(JsonbParseState **ps, const char *key, int64 n)
{
	JsonbValue	v;

	push_key(ps, key);
	v.type = jbvNumeric;
	v.val.numeric = int8_numeric_compat(n);
	pushJsonbValue(ps, WJB_VALUE, &v);
}

/*
 * gdr_sum_final(state bigint[]) RETURNS jsonb
 *
 * {"gdr": 1, "reports": N, <the figures>, "contributors": {<counts>}};
 * figures no report gave a value are absent (in both trees).
 */
Datum
gdr_sum_final(PG_FUNCTION_ARGS)
{
	int64	   *s = state_elems(PG_GETARG_ARRAYTYPE_P(0), "gdr_sum_final");
	JsonbParseState *ps = NULL;
	JsonbValue *res;

	pushJsonbValue(&ps, WJB_BEGIN_OBJECT, NULL);
	push_int(&ps, "gdr", GDR_SCHEMA_VERSION);
	push_int(&ps, "reports", s[1]);
	gdr_push_slot_tree(&ps, sum_value, s);
	push_key(&ps, "contributors");
	pushJsonbValue(&ps, WJB_BEGIN_OBJECT, NULL);
	gdr_push_slot_tree(&ps, contributor_value, s);
	pushJsonbValue(&ps, WJB_END_OBJECT, NULL);
	res = pushJsonbValue(&ps, WJB_END_OBJECT, NULL);

	PG_RETURN_JSONB_P(JsonbValueToJsonb(res));
}

/* ------------------------------------------------------------------ */
/* gdr_metrics and gdr_label                                           */
/* ------------------------------------------------------------------ */

typedef struct metrics_state
{
	int64_t		val[GDR_NSLOTS];
	uint8_t		st[GDR_NSLOTS];
	int			next;
} metrics_state;

/*
 * gdr_metrics(report jsonb) RETURNS TABLE(path text, label text, value numeric)
 *
 * One row per figure with a value, in catalogue order, in the units gdr_sum
 * uses (procurement.amount in 元), so that summing gdr_metrics rows by path
 * gives the figures of gdr_sum.
 */
Datum
gdr_metrics(PG_FUNCTION_ARGS)
{
	FuncCallContext *fc;
	metrics_state *ms;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;
		gdr_ctx		ctx;
		gdr_report *r;

		fc = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fc->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("gdr_metrics must be called in a context that accepts a set of rows")));
		fc->tuple_desc = BlessTupleDesc(tupdesc);
		ms = palloc0(sizeof(metrics_state));
		fc->user_fctx = ms;
		MemoryContextSwitchTo(old);

		/* the report itself is read in the per-call memory */
		gdr_ctx_init(&ctx, &gdr_env_pg);
		r = gdr_report_from_jsonb(&ctx, PG_GETARG_JSONB_P(0));
		if (r == NULL)
			gdr_raise_status(&ctx, "gdr_metrics");
		memcpy(ms->val, r->val, sizeof(ms->val));
		memcpy(ms->st, r->st, sizeof(ms->st));
		gdr_ctx_free(&ctx);
	}

	fc = SRF_PERCALL_SETUP();
	ms = fc->user_fctx;
	while (ms->next < GDR_NSLOTS)
	{
		int			i = ms->next++;
		int64		v;
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		if (!slot_addend(ms->val, ms->st, i, &v))
			continue;
		values[0] = CStringGetTextDatum(gdr_slots[i].path);
		values[1] = CStringGetTextDatum(gdr_slots[i].label);
		values[2] = NumericGetDatum(gdr_slot_numeric(i, v));
		SRF_RETURN_NEXT(fc, HeapTupleGetDatum(heap_form_tuple(fc->tuple_desc,
															  values, nulls)));
	}
	SRF_RETURN_DONE(fc);
}

/* gdr_label(path text) RETURNS text: the official label, NULL if unknown */
Datum
gdr_label(PG_FUNCTION_ARGS)
{
	text	   *path = PG_GETARG_TEXT_PP(0);
	int			slot = gdr_slot_find(VARDATA_ANY(path), VARSIZE_ANY_EXHDR(path));

	if (slot < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(gdr_slots[slot].label));
}
