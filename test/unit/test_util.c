/*
 * test_util.c -- the arena's printf: its own formatter (%s %.*s %d %lld %%)
 * gives what snprintf gives, and anything else or anything long goes to
 * vsnprintf unchanged.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "unit.h"

static void *
m_alloc(void *a, size_t n)
{
	(void) a;
	return malloc(n);
}

static void
m_free(void *a, void *p)
{
	(void) a;
	free(p);
}

static const gdr_env env = {m_alloc, m_free, NULL, NULL, NULL};

#define SAME(ctx, ...) do { \
	char want_[1024]; \
	snprintf(want_, sizeof(want_), __VA_ARGS__); \
	UNIT_EQ_STR(gdr_printf(ctx, __VA_ARGS__), want_, "gdr_printf(%s)", #__VA_ARGS__); \
} while (0)

int
main(void)
{
	gdr_ctx		ctx;
	char		longs[600];

	gdr_ctx_init(&ctx, &env);
	memset(longs, 'x', sizeof(longs) - 1);
	longs[sizeof(longs) - 1] = '\0';

	SAME(&ctx, "plain text, no conversion");
	SAME(&ctx, "%s", "");
	SAME(&ctx, "table 三: row %s has %d values for %d columns", "applications.granted.total", 4, 7);
	SAME(&ctx, "%d %d %d", 0, -1, INT_MIN);
	SAME(&ctx, "%lld|%lld|%lld", 0LL, LLONG_MAX, LLONG_MIN);
	SAME(&ctx, "%.*s<", 3, "区区区");
	SAME(&ctx, "%.*s<", 40, "short");
	SAME(&ctx, "100%% of %s", "rows");
	/* not the fast formatter's: vsnprintf */
	SAME(&ctx, "%5d|%-4s|%x|%.2f", 42, "ab", 255, 1.5);
	/* longer than the stack buffer: both paths */
	SAME(&ctx, "%s", longs);
	SAME(&ctx, "%s %d", longs, 7);
	SAME(&ctx, "%s %5d", longs, 7);
	UNIT_EQ_INT(ctx.status, 0, "no failure");
	gdr_ctx_free(&ctx);
	return unit_done();
}
