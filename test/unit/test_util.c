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

/* an allocator that counts its calls */
static int	n_allocs = 0,
			n_frees = 0;

static void *
c_alloc(void *a, size_t n)
{
	(void) a;
	n_allocs++;
	return malloc(n);
}

static void
c_free(void *a, void *p)
{
	(void) a;
	n_frees++;
	free(p);
}

static const gdr_env counting = {c_alloc, c_free, NULL, NULL, NULL};

static bool
same_report(const gdr_report *a, const gdr_report *b)
{
	int			i;

	if (memcmp(a->val, b->val, sizeof(a->val)) != 0 ||
		memcmp(a->st, b->st, sizeof(a->st)) != 0 ||
		a->year != b->year || a->kind != b->kind || a->tmpl != b->tmpl ||
		a->script != b->script || strcmp(a->published, b->published) != 0 ||
		(a->agency == NULL) != (b->agency == NULL) ||
		(a->agency && strcmp(a->agency, b->agency) != 0) ||
		a->nwarnings != b->nwarnings || a->nextras != b->nextras)
		return false;
	for (i = 0; i < a->nwarnings; i++)
		if (strcmp(a->warnings[i].code, b->warnings[i].code) != 0 ||
			strcmp(a->warnings[i].message, b->warnings[i].message) != 0)
			return false;
	return true;
}

static void
scratch_region(void)
{
	static char region[4096 + 7];
	char	   *mem = region + 7;	/* misaligned on purpose */
	gdr_ctx		ctx,
				plain;
	char	   *p,
			   *q,
			   *big;
	gdr_report *r1,
			   *r2;
	const char *text =
		"某某县人民政府2022年政府信息公开工作年度报告\n"
		"本年度共收到政府信息公开申请35件，上年结转2件。\n"
		"行政复议1件，行政诉讼0件。\n";
	int			i;

	n_allocs = n_frees = 0;
	gdr_ctx_init(&ctx, &counting);
	gdr_ctx_scratch(&ctx, mem, 4096);
	p = gdr_alloc(&ctx, 100);
	q = gdr_alloc(&ctx, 1);
	UNIT_OK(p >= mem && p + 100 <= mem + 4096 && ((uintptr_t) p & 15) == 0,
			"the first allocation is in the region, 16-byte aligned");
	UNIT_OK(q == p + 112, "the next one follows it (sizes round up to 16)");
	UNIT_EQ_INT(n_allocs, 0, "the allocator is not asked while the region lasts");
	for (i = 0; i < 40; i++)
		memset(gdr_alloc(&ctx, 100), 'x', 100);
	UNIT_EQ_INT(n_allocs, 1, "when the region runs out the allocator gives one block");
	big = gdr_alloc(&ctx, 100000);
	memset(big, 'y', 100000);
	UNIT_EQ_INT(n_allocs, 2, "a large allocation gets its own block");
	gdr_ctx_free(&ctx);
	UNIT_EQ_INT(n_frees, 2, "gdr_ctx_free gives back the allocator's blocks, not the region");

	gdr_ctx_init(&ctx, &counting);
	gdr_ctx_scratch(&ctx, mem, 8);
	UNIT_OK(ctx.left == 0 || ctx.left >= 16, "a region too small to align is ignored");
	gdr_ctx_scratch(&ctx, NULL, 4096);
	p = gdr_alloc(&ctx, 32);
	UNIT_OK(p != NULL && (p < mem || p >= mem + 4096), "a NULL region is ignored");
	gdr_ctx_free(&ctx);

	/* the same report with and without: twice in the same region */
	gdr_ctx_init(&plain, &env);
	UNIT_EQ_INT(gdr_parse(&plain, text, strlen(text), &r1), GDR_OK, "parse without a region");
	for (i = 0; i < 2; i++)
	{
		gdr_ctx_init(&ctx, &env);
		gdr_ctx_scratch(&ctx, mem, 4096);
		UNIT_EQ_INT(gdr_parse(&ctx, text, strlen(text), &r2), GDR_OK, "parse %d in the region", i + 1);
		UNIT_OK(same_report(r1, r2) && r2->val[0] == r1->val[0],
				"parse %d in the region reports what the plain parse reports", i + 1);
		gdr_ctx_free(&ctx);
	}
	gdr_ctx_free(&plain);
}

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
	char		src[512],
				h[232],
				n[24];
	int			bad = 0,
				runs = 0;
	size_t		hl,
				nl,
				at;

	/* past 64 bytes the AVX2 filter runs (where the CPU has it), 32 at a time */
	for (at = 0; at + strlen(cjk) < sizeof(src); at += strlen(cjk))
		memcpy(src + at, cjk, strlen(cjk));
	for (hl = 0; hl <= 220; hl++)
		for (nl = 1; nl <= 20 && nl <= 24; nl++)
			for (at = 0; at <= hl + 1; at++)
			{
				const char *want,
						   *got;

				memcpy(h, src + (hl % 7), hl);
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

/*
 * gdr_memmem_set says of each of its needles what gdr_memmem says: random
 * texts of CJK, ASCII marks and near-misses, 0 to 300 bytes (the AVX2
 * filter runs past 64, and goes on after each needle it finds), one to five
 * needles planted at random places, some of them several times
 */
static void
memmem_set_matches_each(void)
{
	static const char *const pool[] = {
		"为“", "邮件", "附件", "–", "—", "<br", "|Col", "[tr]", "|===", "]{.", "件", "ab"
	};
	static const char *const fill[] = {
		"申请", "人", "“", "”", "为", "件", "邮", "附", "|", "<", "[", "]", "{", " ", "\n", "=", "a", "b"
	};
	char		h[400];
	unsigned	seed = 4242;
	int			bad = 0,
				runs = 0,
				hits = 0,
				i;

#define RND(n) (seed = seed * 1103515245u + 12345u, (int) ((seed >> 16) % (unsigned) (n)))
	for (i = 0; i < 30000; i++)
	{
		gdr_needle	nd[GDR_NEEDLES_MAX];
		int			k = 1 + RND(GDR_NEEDLES_MAX),
					t,
					plant;
		size_t		hl = 0;
		size_t		lim = (size_t) RND(300);
		uint32_t	got,
					w = 0;

		for (t = 0; t < k; t++)
		{
			nd[t].s = pool[RND(sizeof(pool) / sizeof(pool[0]))];
			nd[t].n = strlen(nd[t].s);
		}
		while (hl < lim)
		{
			const char *x = fill[RND(sizeof(fill) / sizeof(fill[0]))];

			memcpy(h + hl, x, strlen(x));
			hl += strlen(x);
		}
		for (plant = RND(4); plant > 0; plant--)
		{
			const gdr_needle *x = &nd[RND(k)];
			size_t		at = hl >= x->n ? (size_t) RND(hl - x->n + 1) : 0;

			if (hl >= x->n)
				memcpy(h + at, x->s, x->n);
		}
		for (t = 0; t < k; t++)
			if (gdr_memmem(h, hl, nd[t].s, nd[t].n) != NULL)
				w |= 1u << t;
		got = gdr_memmem_set(h, hl, nd, k);
		runs++;
		hits += w != 0;
		if (got != w && bad++ < 5)
			printf("# gdr_memmem_set hl=%zu k=%d: got %x want %x\n", hl, k, got, w);
	}
#undef RND
	UNIT_EQ_INT(bad, 0, "gdr_memmem_set agrees with gdr_memmem on each needle in %d texts", runs);
	UNIT_OK(hits > 3000 && hits < runs - 3000, "(texts with and without the needles: %d with)", hits);
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
	memmem_set_matches_each();
	scratch_region();
	return unit_done();
}
