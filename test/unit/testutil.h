/*
 * testutil.h -- helpers shared by the core's unit tests: read a file, and
 * normalise text with the real normaliser (gdr_normalize) into a malloc'd
 * copy, so stage tests see exactly what the parser's later stages see; a
 * report's figures, a parse, a rewriting step's output as a string.
 */
#ifndef GDR_TESTUTIL_H
#define GDR_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

/* whole file, NUL-terminated; NULL if it cannot be read */
static inline char *
tu_read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	if (len)
		*len = (size_t) n;
	return buf;
}

/* gdr_normalize() of in[0..len) as a malloc'd NUL-terminated string */
static inline char *
tu_normalize(const char *in, size_t len, size_t *outlen)
{
	gdr_ctx		ctx;
	gdr_buf		b = {0};
	gdr_script	script;
	char	   *out;

	gdr_ctx_init(&ctx, &gdr_env_malloc);
	if (!gdr_normalize(&ctx, in, len, &b, &script))
	{
		gdr_ctx_free(&ctx);
		return NULL;
	}
	out = malloc(b.len + 1);
	if (out)
	{
		if (b.len)
			memcpy(out, b.data, b.len);
		out[b.len] = '\0';
		*outlen = b.len;
	}
	gdr_ctx_free(&ctx);
	return out;
}

/* a file, normalised */
static inline char *
tu_read_normalized(const char *path, size_t *len)
{
	size_t		rl;
	char	   *raw = tu_read_file(path, &rl);
	char	   *n;

	if (raw == NULL)
		return NULL;
	n = tu_normalize(raw, rl, len);
	free(raw);
	return n;
}

/* the figure at a slot path: its value, *has = false when null or absent */
static inline int64_t
tu_figure(const gdr_report *r, const char *path, bool *has)
{
	int			s = gdr_slot_find(path, strlen(path));

	*has = s >= 0 && gdr_has(r, s);
	return *has ? r->val[s] : -1;
}

/* a figure's value as printed (money in yuan), or -1 when null or absent */
static inline long long
tu_val(const gdr_report *r, const char *path)
{
	int			s = gdr_slot_find(path, strlen(path));

	if (r == NULL || s < 0 || !gdr_has(r, s))
		return -1;
	if (gdr_slots[s].kind == GDR_MONEY)
		return (long long) (r->val[s] / GDR_MONEY_SCALE);
	return (long long) r->val[s];
}

/* did the parse warn with this code? */
static inline bool
tu_warned(const gdr_report *r, const char *code)
{
	int			i;

	for (i = 0; r && i < r->nwarnings; i++)
		if (strcmp(r->warnings[i].code, code) == 0)
			return true;
	return false;
}

/* s parsed in a new ctx c (malloc'd; the caller frees c); NULL on failure */
static inline gdr_report *
tu_parse(gdr_ctx *c, const char *s)
{
	gdr_report *r = NULL;

	gdr_ctx_init(c, &gdr_env_malloc);
	if (gdr_parse(c, s, strlen(s), &r) != GDR_OK)
		return NULL;
	return r;
}

/* a rewriting step's output for s as a string (in c's arena), or NULL */
typedef bool (*tu_rewrite_fn) (gdr_ctx *, const char *, size_t, gdr_buf *);

static inline const char *
tu_rewrite(gdr_ctx *c, tu_rewrite_fn f, const char *s)
{
	gdr_buf		o = {0};

	if (!f(c, s, strlen(s), &o))
		return NULL;
	return o.data ? o.data : "";
}

/* a figure is read and has the value want (needs unit.h) */
#define TU_EXPECT(r, path, want) do { \
	bool tu_has_; \
	int64_t tu_got_ = tu_figure((r), (path), &tu_has_); \
	UNIT_OK(tu_has_ && tu_got_ == (want), "%s = %lld (got %s%lld)", (path), \
			(long long) (want), tu_has_ ? "" : "null/absent ", (long long) tu_got_); \
} while (0)

#endif
