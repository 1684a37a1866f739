/*
 * test_util.c -- the arena's printf: its own formatter (%s %.*s %d %lld %%)
 * gives what snprintf gives, and anything else or anything long goes to
 * vsnprintf unchanged.  gdr_memmem finds what a plain search finds, at
 * every offset and length (its 16-byte blocks, their tails, the needle's
 * last block).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
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

/* the first occurrence, by brute force */
static const char *
naive(const char *h, size_t hl, const char *n, size_t nl)
{
	size_t		i;

	for (i = 0; i + nl <= hl; i++)
		if (memcmp(h + i, n, nl) == 0)
			return h + i;
	return NULL;
}

/*
 * every haystack length 0..80 and needle length 1..20, the needle planted
 * at every offset (and nowhere), over text that is CJK (every third byte a
 * needle's lead byte) and over near-misses (first and last bytes right,
 * middle wrong)
 */
static void
memmem_matches_naive(void)
{
	const char *cjk = "申请人情况自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他总计";
	char		h[96],
				n[24];
	int			bad = 0,
				runs = 0;
	size_t		hl,
				nl,
				at;

	for (hl = 0; hl <= 80; hl++)
		for (nl = 1; nl <= 20 && nl <= 24; nl++)
			for (at = 0; at <= hl + 1; at++)
			{
				const char *want,
						   *got;

				memcpy(h, cjk + (hl % 7), hl);
				memcpy(n, cjk + 30 + (nl % 5), nl);
				if (at + nl <= hl && at % 2 == 0)
					memcpy(h + at, n, nl);
				else if (at + nl <= hl && nl >= 3)
				{
					/* a near-miss: first and last bytes only */
					h[at] = n[0];
					h[at + nl - 1] = n[nl - 1];
				}
				want = naive(h, hl, n, nl);
				got = gdr_memmem(h, hl, n, nl);
				runs++;
				if (got != want && bad++ < 5)
					printf("# gdr_memmem hl=%zu nl=%zu at=%zu: got %td want %td\n", hl, nl, at,
						   got ? got - h : -1, want ? want - h : -1);
			}
	UNIT_EQ_INT(bad, 0, "gdr_memmem agrees with a plain search in %d cases", runs);
	UNIT_OK(gdr_memmem(cjk, 3, "", 0) == (const void *) cjk, "an empty needle is found at the start");
	UNIT_OK(gdr_memmem("ab", 2, "abc", 3) == NULL, "a needle longer than the text is not found");
}

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
	memmem_matches_naive();
	return unit_done();
}
