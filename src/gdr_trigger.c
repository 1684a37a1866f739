/*
 * gdr_trigger.c -- gdr_validate(), a BEFORE INSERT OR UPDATE row trigger that
 * parses a raw text column into a jsonb column and checks the result:
 *
 *   CREATE TRIGGER reports_gdr BEFORE INSERT OR UPDATE ON reports
 *     FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'reject');
 *
 * Modes: 'reject' raises check_violation when the balance verdict is false
 * (exactly the rows CHECK (gdr.gdr_balance_ok(parsed) IS NOT FALSE) would
 * refuse; other hard failures become a WARNING), 'warn' stores the row and
 * raises a WARNING naming every failing hard rule, 'store' only stores.
 *
 * INSERT (and COPY FROM) always parse the raw column; a NULL raw column
 * gives a NULL parsed column.  UPDATE parses again only when the raw column
 * changed or the parsed column is NULL; an UPDATE that changes the parsed
 * column by hand (raw unchanged) has the new jsonb checked instead; an
 * UPDATE that touches neither does nothing.  See doc/checks.md.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/relcache.h"

#include "gdr_pg.h"


PG_FUNCTION_INFO_V1(gdr_validate);

typedef enum
{
	MODE_REJECT, MODE_WARN, MODE_STORE
} validate_mode;

#define MAX_LISTED 10

typedef struct fail_list
{
	StringInfoData buf;
	int			n;
} fail_list;

static const char *
num_text(int64 v, int scale)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out,
											   NumericGetDatum(gdr_check_numeric(v, scale))));
}

/* collect the failing hard rules: "rule (path: expected X, actual Y)" */
static bool
fail_cb(void *varg, const gdr_check_row *row)
{
	fail_list  *f = varg;

	if (row->status != GDR_CHK_FAIL)
		return true;
	f->n++;
	if (f->n > MAX_LISTED)
		return true;
	if (f->n > 1)
		appendStringInfoString(&f->buf, ", ");
	appendStringInfo(&f->buf, "%s (", row->rule);
	if (row->path)
		appendStringInfo(&f->buf, "%s: ", row->path);
	if (row->has_expected)
		appendStringInfo(&f->buf, "expected %s, ", num_text(row->expected, row->scale));
	if (row->has_actual)
		appendStringInfo(&f->buf, "actual %s", num_text(row->actual, row->scale));
	appendStringInfoChar(&f->buf, ')');
	return true;
}

/* "The report of X (2023) fails a, b and 3 more rules." */
static char *
fail_detail(const gdr_report *r, const fail_list *f)
{
	StringInfoData d;

	initStringInfo(&d);
	appendStringInfoString(&d, "The report");
	if (r->agency && r->agency[0])
		appendStringInfo(&d, " of %s", r->agency);
	if (r->year > 0)
		appendStringInfo(&d, " (%d)", r->year);
	appendStringInfo(&d, " fails %s", f->buf.data);
	if (f->n > MAX_LISTED)
		appendStringInfo(&d, " and %d more rules", f->n - MAX_LISTED);
	appendStringInfoChar(&d, '.');
	return d.data;
}

/* the column named `name`, checked to be a user column */
static int
trigger_column(Relation rel, TupleDesc tupdesc, const char *name, const char *role)
{
	int			att = SPI_fnumber(tupdesc, name);

	if (att == SPI_ERROR_NOATTRIBUTE || att <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("gdr_validate: column \"%s\" of relation \"%s\" does not exist",
						name, RelationGetRelationName(rel)),
				 errdetail("The %s column is the trigger's %s argument.", role,
						   strcmp(role, "raw") == 0 ? "first" : "second")));
	return att;
}

/* same bytes?  (both detoasted; NULLs handled by the caller) */
static bool
same_varlena(Datum a, Datum b)
{
	struct varlena *va = PG_DETOAST_DATUM_PACKED(a);
	struct varlena *vb = PG_DETOAST_DATUM_PACKED(b);

	return VARSIZE_ANY_EXHDR(va) == VARSIZE_ANY_EXHDR(vb) &&
		memcmp(VARDATA_ANY(va), VARDATA_ANY(vb), VARSIZE_ANY_EXHDR(va)) == 0;
}

Datum
gdr_validate(PG_FUNCTION_ARGS)
{
	TriggerData *td;
	Trigger    *trig;
	Relation	rel;
	TupleDesc	tupdesc;
	HeapTuple	newtup;
	HeapTuple	oldtup = NULL;
	int			rawatt,
				parsedatt;
	Oid			rawtype;
	validate_mode mode;
	Datum		raw,
				parsed;
	bool		rawnull,
				parsednull;
	bool		reparse;
	MemoryContext callcxt,
				cxt;
	gdr_ctx		ctx;
	gdr_report *rep;
	Datum		newval = (Datum) 0;
	bool		newnull = false;
	bool		replace = false;
	int			verdict;
	fail_list	fails;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gdr_validate: not called as a trigger"),
				 errdetail("Use it in CREATE TRIGGER ... EXECUTE FUNCTION gdr.gdr_validate(raw_column, parsed_column, mode).")));
	td = (TriggerData *) fcinfo->context;
	trig = td->tg_trigger;
	rel = td->tg_relation;
	tupdesc = RelationGetDescr(rel);

	if (!TRIGGER_FIRED_BEFORE(td->tg_event) || !TRIGGER_FIRED_FOR_ROW(td->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(td->tg_event) || TRIGGER_FIRED_BY_UPDATE(td->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gdr_validate: trigger \"%s\" on relation \"%s\" must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger",
						trig->tgname, RelationGetRelationName(rel)),
				 errdetail("It replaces the parsed column of each new row, which only a row-level BEFORE trigger can do.")));

	if (trig->tgnargs != 3)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gdr_validate: trigger \"%s\" has %d arguments, 3 expected",
						trig->tgname, trig->tgnargs),
				 errdetail("The arguments are the raw text column, the parsed jsonb column and the mode ('reject', 'warn' or 'store').")));

	if (strcmp(trig->tgargs[2], "reject") == 0)
		mode = MODE_REJECT;
	else if (strcmp(trig->tgargs[2], "warn") == 0)
		mode = MODE_WARN;
	else if (strcmp(trig->tgargs[2], "store") == 0)
		mode = MODE_STORE;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gdr_validate: unknown mode \"%s\" in trigger \"%s\"",
						trig->tgargs[2], trig->tgname),
				 errdetail("The mode is 'reject', 'warn' or 'store'.")));

	rawatt = trigger_column(rel, tupdesc, trig->tgargs[0], "raw");
	parsedatt = trigger_column(rel, tupdesc, trig->tgargs[1], "parsed");
	if (rawatt == parsedatt)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gdr_validate: the raw and parsed columns of trigger \"%s\" are the same column \"%s\"",
						trig->tgname, trig->tgargs[0]),
				 errdetail("The raw column (text) and the parsed column (jsonb) must differ.")));
	rawtype = getBaseType(SPI_gettypeid(tupdesc, rawatt));
	if (rawtype != TEXTOID && rawtype != VARCHAROID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("gdr_validate: column \"%s\" of relation \"%s\" is of type %s, not text",
						trig->tgargs[0], RelationGetRelationName(rel),
						format_type_be(SPI_gettypeid(tupdesc, rawatt))),
				 errdetail("The raw column must be text or varchar.")));
	if (SPI_gettypeid(tupdesc, parsedatt) != JSONBOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("gdr_validate: column \"%s\" of relation \"%s\" is of type %s, not jsonb",
						trig->tgargs[1], RelationGetRelationName(rel),
						format_type_be(SPI_gettypeid(tupdesc, parsedatt))),
				 errdetail("The parsed column must be jsonb.")));
	if (TupleDescAttr(tupdesc, parsedatt - 1)->attgenerated)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gdr_validate: column \"%s\" of relation \"%s\" is a generated column",
						trig->tgargs[1], RelationGetRelationName(rel)),
				 errdetail("The trigger writes the parsed column itself.")));

	if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
	{
		newtup = td->tg_newtuple;
		oldtup = td->tg_trigtuple;
	}
	else
		newtup = td->tg_trigtuple;

	raw = SPI_getbinval(newtup, tupdesc, rawatt, &rawnull);
	parsed = SPI_getbinval(newtup, tupdesc, parsedatt, &parsednull);

	if (rawnull)
	{
		/* no report, no figures */
		if (parsednull)
			return PointerGetDatum(newtup);
		newnull = true;
		return PointerGetDatum(heap_modify_tuple_by_cols(newtup, tupdesc, 1,
														 &parsedatt, &newval, &newnull));
	}

	reparse = true;
	if (oldtup != NULL && !parsednull)
	{
		bool		oldrawnull,
					oldparsednull;
		Datum		oldraw = SPI_getbinval(oldtup, tupdesc, rawatt, &oldrawnull);
		Datum		oldparsed = SPI_getbinval(oldtup, tupdesc, parsedatt, &oldparsednull);

		if (!oldrawnull && same_varlena(oldraw, raw))
		{
			/* raw unchanged: keep the stored figures */
			if (!oldparsednull && same_varlena(oldparsed, parsed))
				return PointerGetDatum(newtup);
			reparse = false;	/* parsed edited by hand: check the new one */
		}
	}

	callcxt = CurrentMemoryContext;
	/* the parse, the tree and the checks in the backend's work context */
	cxt = gdr_work_begin();
	MemoryContextSwitchTo(cxt);
	gdr_ctx_init(&ctx, &gdr_env_pg);
	if (reparse)
	{
		text	   *t = DatumGetTextPP(raw);

		if (gdr_parse(&ctx, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &rep) != GDR_OK)
			gdr_raise_status(&ctx, "gdr_validate");
	}
	else
		rep = gdr_report_from_jsonb(&ctx, DatumGetJsonbP(parsed));

	if (reparse)
	{
		Jsonb	   *jb = gdr_report_to_jsonb(rep);

		MemoryContextSwitchTo(callcxt);
		newval = JsonbPGetDatum(gdr_jsonb_copy_out(jb));
		replace = true;
		MemoryContextSwitchTo(cxt);
	}

	if (mode != MODE_STORE)
	{
		/* the checks run on the report itself, no jsonb round trip */
		initStringInfo(&fails.buf);
		fails.n = 0;
		verdict = gdr_balance_verdict(&ctx, rep, fail_cb, &fails);
		if (verdict == 0 && mode == MODE_REJECT)
			ereport(ERROR,
					(errcode(ERRCODE_CHECK_VIOLATION),
					 errmsg("new row for relation \"%s\" fails the gdr balance check",
							RelationGetRelationName(rel)),
					 errdetail("%s", fail_detail(rep, &fails)),
					 errhint("gdr.gdr_check(gdr.gdr_parse(%s)) lists every check; the trigger's mode 'warn' or 'store' keeps such rows.",
							 quote_identifier(trig->tgargs[0])),
					 errtable(rel)));
		if (fails.n > 0)
			ereport(WARNING,
					(errcode(ERRCODE_CHECK_VIOLATION),
					 errmsg("row of relation \"%s\" fails %d gdr check%s",
							RelationGetRelationName(rel), fails.n, fails.n == 1 ? "" : "s"),
					 errdetail("%s", fail_detail(rep, &fails)),
					 errtable(rel)));
	}

	MemoryContextSwitchTo(callcxt);
	gdr_work_end();
	if (!replace)
		return PointerGetDatum(newtup);
	return PointerGetDatum(heap_modify_tuple_by_cols(newtup, tupdesc, 1,
													 &parsedatt, &newval, &newnull));
}
