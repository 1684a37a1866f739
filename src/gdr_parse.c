/*
 * gdr_parse.c -- gdr_parse(text) RETURNS jsonb.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "gdr_pg.h"

PG_FUNCTION_INFO_V1(gdr_parse_text);

/*
 * IMMUTABLE: the output depends on the text alone.  The core reads no
 * setting, locale or time; ICU data is the build's.
 */
Datum
gdr_parse_text(PG_FUNCTION_ARGS)
{
	text	   *raw = PG_GETARG_TEXT_PP(0);
	MemoryContext callcxt = CurrentMemoryContext;
	gdr_ctx		ctx;
	gdr_report *rep;
	Jsonb	   *result;
	void	   *region;
	size_t		region_size,
				spilled;

	/* the core and the JsonbValue tree in the backend's work context */
	MemoryContextSwitchTo(gdr_work_begin());
	gdr_ctx_init(&ctx, &gdr_env_pg);
	region = gdr_scratch(&region_size);
	gdr_ctx_scratch(&ctx, region, region_size);
	if (gdr_parse(&ctx, VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw), &rep) != GDR_OK)
		gdr_raise_status(&ctx, "gdr_parse");
	result = gdr_report_to_jsonb(rep);

	MemoryContextSwitchTo(callcxt);
	result = gdr_jsonb_copy_out(result);
	spilled = gdr_ctx_spilled(&ctx);
	/* everything the core allocated goes at once */
	gdr_work_end();
	/* the next long report fits in the region (rep, in it, is done with) */
	gdr_scratch_fit(spilled);
	PG_FREE_IF_COPY(raw, 0);
	PG_RETURN_JSONB_P(result);
}
