/*
 * gdr_pg.h -- shared declarations of the PostgreSQL glue (the src/ files).
 */
#ifndef GDR_PG_H
#define GDR_PG_H

#include "postgres.h"
#include "utils/jsonb.h"

#include "gdr_core.h"

/* gdr.c: an environment whose allocator is palloc in the current memory
 * context and whose tick is CHECK_FOR_INTERRUPTS() (which may longjmp: the
 * core holds nothing across it but palloc'd memory). */
extern const gdr_env gdr_env_pg;

/* the backend's scratch region for one parse at a time (gdr_ctx_scratch) */
#define GDR_SCRATCH_SIZE (256 * 1024)	/* at first */
#define GDR_SCRATCH_MAX (4 * 1024 * 1024)	/* at most */
void	   *gdr_scratch(size_t *size);
void		gdr_scratch_fit(size_t spilled);

/* the backend's work context, reset (its first block kept) between calls */
#define GDR_WORK_KEEP (512 * 1024)
MemoryContext gdr_work_begin(void);
void		gdr_work_end(void);
Jsonb	   *gdr_jsonb_copy_out(const Jsonb *jb);

/* gdr.c: raise the error matching a core status (cancel, out of memory). */
void		gdr_raise_status(gdr_ctx *ctx, const char *what);

/*
 * gdr_jsonb.c: report <-> jsonb.
 *
 * gdr_report_to_jsonb builds the schema.md document as a JsonbValue tree
 * whose objects are already in jsonb's key order, converted once by
 * JsonbValueToJsonb (the binary API, never text).
 *
 * gdr_report_from_jsonb reads a parsed (or hand-written, or gdr_sum) document
 * back: every known path into its slot, absent keys stay absent, JSON null
 * is a present null, unknown keys are ignored.  A value of the wrong type (a
 * string or object where a number belongs, a fraction in a count, a
 * negative count, a number out of range) raises
 * ERRCODE_INVALID_PARAMETER_VALUE naming the path.  Warnings whose code is
 * "narrative_ambiguous" set GDR_ST_AMBIGUOUS on their path.
 */
Jsonb	   *gdr_report_to_jsonb(const gdr_report *r);
gdr_report *gdr_report_from_jsonb(gdr_ctx *ctx, Jsonb *jb);

/*
 * Lower-level pieces for documents that are not a single report (gdr_sum).
 *
 * gdr_push_slot_tree: inside an object the caller has begun, push one key per
 * top-level section ("applications", "appeals", "active", "legacy",
 * "narrative") holding the nested objects of every slot for which fn()
 * returns true (fn fills *v with the value: jbvNumeric or jbvNull).
 *
 * gdr_read_slot_tree: read the slot tree found in the object `obj` (the same
 * sections as keys) into val[]/st[] with the same type checks as above;
 * `what` names the document in error messages (e.g. "report", "gdr_sum
 * contributors").
 */
typedef bool (*gdr_slot_value_fn) (void *arg, int slot, JsonbValue *v);
void		gdr_push_slot_tree(JsonbParseState **ps, gdr_slot_value_fn fn, void *arg);
void		gdr_read_slot_tree(JsonbContainer *obj, int64_t *val, uint8_t *st,
							   const char *what);

/*
 * gdr_check.c, shared with gdr_trigger.c: the hard-rule verdict of a report
 * (1 true, 0 false, -1 nothing checkable; cb, if given, sees the failing
 * rows), a check value as numeric, and a status's SQL name.
 */
int			gdr_balance_verdict(gdr_ctx *ctx, const gdr_report *r,
								gdr_check_cb cb, void *arg);
Numeric		gdr_check_numeric(int64 v, int scale);
const char *gdr_check_status_name(gdr_check_status s);

/*
 * Set-returning functions: materialise into a tuplestore (the API was
 * renamed across versions; gdr.c has the fallback for 13 and 14).
 */
#include "funcapi.h"
#if PG_VERSION_NUM >= 160000
#define gdr_materialize(fcinfo) InitMaterializedSRF((fcinfo), 0)
#elif PG_VERSION_NUM >= 150000
#define gdr_materialize(fcinfo) SetSingleFuncCall((fcinfo), 0)
#else
void		gdr_materialize(FunctionCallInfo fcinfo);
#endif

/* int64_to_numeric() is public from 14 on */
#if PG_VERSION_NUM < 140000
#include "utils/fmgrprotos.h"
#define int64_to_numeric(v) \
	DatumGetNumeric(DirectFunctionCall1(int8_numeric, Int64GetDatum(v)))
#endif

/* numeric <-> scaled int64 helpers (money is x GDR_MONEY_SCALE) */
Numeric		gdr_slot_numeric(int slot, int64_t v);

#endif
