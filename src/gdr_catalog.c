/*
 * gdr_catalog.c -- gdr_catalog(): every figure gdr knows, from the one slot
 * table of the core, so that users and BI tools can list paths and labels.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "gdr_pg.h"

PG_FUNCTION_INFO_V1(gdr_catalog);

Datum
gdr_catalog(PG_FUNCTION_ARGS)
{
	static const char *const kinds[] = {"count", "signed", "money", "unit"};
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	gdr_materialize(fcinfo);
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = CStringGetTextDatum(gdr_slots[i].path);
		values[1] = CStringGetTextDatum(gdr_slots[i].label);
		values[2] = CStringGetTextDatum(kinds[gdr_slots[i].kind]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
