/*
 * parse.c -- the parser's pipeline: HTML -> normalise -> prose -> tables.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

gdr_status
gdr_parse(gdr_ctx *ctx, const char *text, size_t len, gdr_report **out)
{
	gdr_report *r;
	gdr_buf		plain = {0};
	gdr_buf		norm = {0};
	gdr_script	script = GDR_SCRIPT_HANS;

	*out = NULL;
	r = gdr_alloc0(ctx, sizeof(gdr_report));
	if (r == NULL)
		return (gdr_status) ctx->status;

	if (gdr_html_detect(text, len))
	{
		if (!gdr_html_to_text(ctx, text, len, &plain))
			return (gdr_status) ctx->status;
		text = plain.data ? plain.data : "";
		len = plain.len;
	}
	if (!gdr_normalize(ctx, text, len, &norm, &script))
		return (gdr_status) ctx->status;
	r->script = script;

	/* prose first: the table stage falls back on the report's year to tell
	 * the template when the tables' shape does not */
	if (!gdr_prose(ctx, norm.data ? norm.data : "", norm.len, r))
		return (gdr_status) ctx->status;
	if (!gdr_tables(ctx, norm.data ? norm.data : "", norm.len, r))
		return (gdr_status) ctx->status;

	if (ctx->status)
		return (gdr_status) ctx->status;
	gdr_mark_unread(r);
	*out = r;
	return GDR_OK;
}
