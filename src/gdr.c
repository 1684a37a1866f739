/*
 * gdr.c -- module magic, the server environment of the core, gdr_version().
 */
#include "postgres.h"

#include "access/xact.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "gdr_pg.h"

PG_MODULE_MAGIC;

#define GDR_VERSION_STR "0.1.0"

static void *
pg_alloc(void *actx, size_t size)
{
	/* huge: a report may approach 1 GB of text */
	return MemoryContextAllocExtended(CurrentMemoryContext, size, MCXT_ALLOC_HUGE);
}

static void
pg_free(void *actx, void *ptr)
{
	pfree(ptr);
}

static int
pg_tick(void *tctx)
{
	/* may longjmp: the core holds nothing but palloc'd memory across it */
	CHECK_FOR_INTERRUPTS();
	return 0;
}

const gdr_env gdr_env_pg = {pg_alloc, pg_free, NULL, pg_tick, NULL};

/*
 * One region per backend, allocated on first use and kept: every gdr_parse
 * call bump-allocates its first bytes there (most reports need no more)
 * instead of asking malloc for its blocks and giving them back at the end,
 * which made glibc shrink and regrow the heap on every row (page faults and
 * TLB flushes: 5% of a parse).  Only gdr_parse uses it, and it never runs
 * inside itself, so one region is enough; an error or a cancel that longjmps
 * out of a parse leaves nothing to reclaim, since the next parse starts from
 * the region's beginning.
 *
 * It starts at GDR_SCRATCH_SIZE.  A parse that needed more (a long report)
 * makes it grow to what that parse used, up to GDR_SCRATCH_MAX: a table of
 * long reports then costs no malloc and free per row either.  A backend so
 * keeps at most GDR_SCRATCH_MAX (4 MB) after its longest parse.
 */
static void *scratch = NULL;
static size_t scratch_size = 0;

/*
 * The backend's work context, for whatever a parse allocates beyond the
 * scratch region and for the JsonbValue tree and its conversion: reset, not
 * deleted, after each call, so its first GDR_WORK_KEEP bytes (one block,
 * kept by AllocSetReset) serve every call.  Before, these were a fresh
 * context per call plus the per-tuple context, whose blocks glibc got back
 * at every row's reset; the heap top so grew past glibc's trim threshold
 * and was given back with brk, and the next row faulted its pages in again
 * (a TLB shootdown per row: a quarter of seed 004's parse time in this
 * machine's VM).  Only the caller's result (one palloc of the finished
 * Jsonb) lands in the caller's context.
 *
 * gdr_work_begin resets it first (an error or a cancel that longjmped out
 * of the last call may have left blocks in it, which the abort callbacks
 * below also free); gdr_work_end resets it when the call is done with it.
 * No call nests in another.
 */
static MemoryContext work = NULL;

MemoryContext
gdr_work_begin(void)
{
	if (work == NULL)
		work = AllocSetContextCreate(TopMemoryContext, "gdr work",
									 GDR_WORK_KEEP, GDR_WORK_KEEP,
									 ALLOCSET_DEFAULT_MAXSIZE);
	else
		MemoryContextReset(work);
	return work;
}

void
gdr_work_end(void)
{
	if (work != NULL)
		MemoryContextReset(work);
}

/*
 * A parse that an error or a cancel ended leaves its blocks in the work
 * context: they go when its (sub)transaction aborts, not at the backend's
 * next call (a cancelled 40 MB report would hold its memory till then).
 */
static void
work_xact_cb(XactEvent event, void *arg)
{
	if (event == XACT_EVENT_ABORT || event == XACT_EVENT_PARALLEL_ABORT)
		gdr_work_end();
}

static void
work_subxact_cb(SubXactEvent event, SubTransactionId mySubid,
				SubTransactionId parentSubid, void *arg)
{
	if (event == SUBXACT_EVENT_ABORT_SUB)
		gdr_work_end();
}

void		_PG_init(void);

void
_PG_init(void)
{
	RegisterXactCallback(work_xact_cb, NULL);
	RegisterSubXactCallback(work_subxact_cb, NULL);
}

/* a copy of a Jsonb built in the work context, in the current context */
Jsonb *
gdr_jsonb_copy_out(const Jsonb *jb)
{
	Jsonb	   *out = palloc(VARSIZE(jb));

	memcpy(out, jb, VARSIZE(jb));
	return out;
}

void *
gdr_scratch(size_t *size)
{
	if (scratch == NULL)
	{
		scratch = MemoryContextAlloc(TopMemoryContext, GDR_SCRATCH_SIZE);
		scratch_size = GDR_SCRATCH_SIZE;
	}
	*size = scratch_size;
	return scratch;
}

/*
 * After a parse (once nothing of it is in the region any more): the region
 * as large as that parse needed, `spilled` bytes beyond it, in steps of
 * 256 kB, at most GDR_SCRATCH_MAX
 */
void
gdr_scratch_fit(size_t spilled)
{
	size_t		want;
	void	   *fresh;

	if (spilled == 0 || scratch == NULL || scratch_size >= GDR_SCRATCH_MAX)
		return;
	want = scratch_size + spilled;
	want = (want + GDR_SCRATCH_SIZE - 1) / GDR_SCRATCH_SIZE * GDR_SCRATCH_SIZE;
	if (want > GDR_SCRATCH_MAX)
		want = GDR_SCRATCH_MAX;
	/* the new one first: on failure the old one stays (and the error) */
	fresh = MemoryContextAlloc(TopMemoryContext, want);
	pfree(scratch);
	scratch = fresh;
	scratch_size = want;
}

void
gdr_raise_status(gdr_ctx *ctx, const char *what)
{
	switch (ctx->status)
	{
		case GDR_OK:
			return;
		case GDR_ENOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory in %s", what)));
			break;
		case GDR_ECANCEL:
			/* only reachable if the tick asked to stop without longjmp */
			ereport(ERROR,
					(errcode(ERRCODE_QUERY_CANCELED),
					 errmsg("canceling %s", what)));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("%s failed with status %d", what, ctx->status)));
	}
}

#if PG_VERSION_NUM < 150000
/* what SetSingleFuncCall() does in 15 and InitMaterializedSRF() in 16 */
void
gdr_materialize(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext old;
	TupleDesc	tupdesc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(tupdesc);
	MemoryContextSwitchTo(old);
}
#endif

PG_FUNCTION_INFO_V1(gdr_version);
Datum
gdr_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(GDR_VERSION_STR));
}
