/*
 * dump.c -- print everything the core parser produces, for every input file
 * and a fixed set of mutants of each, so that speed work can prove its output
 * unchanged:
 *
 *   test/build/dump FILE... > before.txt   (then change the code)
 *   test/build/dump FILE... > after.txt && cmp before.txt after.txt
 *
 * Printed per input: metadata, every present slot (state bits and value),
 * every warning (code, path, message), every extra row, the number of
 * interrupt ticks, and the checks (rule, status, expected/actual).  Mutants
 * are made by a fixed pseudo-random generator (the same on every run):
 * byte-range deletions, duplicated or swapped lines, changed digits, tabs and
 * newlines inserted or removed, truncation, traditional-looking characters,
 * full-width digits.  GDR_DUMP_MUTANTS (default 200) sets how many per file;
 * GDR_DUMP_WRITE=M also writes mutant M of each file to FILE.mutM.
 * `bash test/bench/dump.sh OUT` builds it and dumps every seed, corpus
 * report, layout fixture and fuzz seed into OUT.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"

static unsigned long ticks;

static int
count_tick(void *tctx)
{
	(void) tctx;
	ticks++;
	return 0;
}

static uint64_t rng_state;

static uint64_t
rnd(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ULL;
}

static size_t
rndn(size_t n)
{
	return n ? (size_t) (rnd() % n) : 0;
}

static bool
print_check(void *arg, const gdr_check_row *row)
{
	(void) arg;
	printf("  check %s %d %s %d:%lld %d:%lld %s\n", row->rule, (int) row->status,
		   row->path ? row->path : "-", row->has_expected, (long long) row->expected,
		   row->has_actual, (long long) row->actual, row->detail ? row->detail : "-");
	return true;
}

static void
dump_one(const char *name, int mutant, const char *text, size_t len)
{
	gdr_ctx		ctx;
	gdr_report *r;
	gdr_status	st;
	gdr_check_summary sum;
	int			i,
				j;
	gdr_env		e = gdr_env_malloc;

	e.tick = count_tick;
	ticks = 0;
	gdr_ctx_init(&ctx, &e);
	st = gdr_parse(&ctx, text, len, &r);
	printf("== %s #%d len %zu status %d\n", name, mutant, len, (int) st);
	if (st == GDR_OK)
	{
		printf("  agency %s year %d kind %s template %s published %s script %s\n",
			   r->agency ? r->agency : "-", r->year, gdr_kind_name(r->kind),
			   gdr_template_name(r->tmpl), r->published, gdr_script_name(r->script));
		for (i = 0; i < GDR_NSLOTS; i++)
			if (r->st[i])
				printf("  %s %x %lld\n", gdr_slots[i].path, r->st[i],
					   (r->st[i] & GDR_ST_VALUE) ? (long long) r->val[i] : 0LL);
		for (i = 0; i < r->nwarnings; i++)
			printf("  warn %s %s %s\n", r->warnings[i].code,
				   r->warnings[i].path ? r->warnings[i].path : "-",
				   r->warnings[i].message);
		for (i = 0; i < r->nextras; i++)
		{
			printf("  extra %s %s", r->extras[i].section, r->extras[i].label);
			for (j = 0; j < r->extras[i].nvalues; j++)
				if (r->extras[i].isnull[j])
					printf(" null");
				else
					printf(" %lld", (long long) r->extras[i].values[j]);
			printf("\n");
		}
		if (gdr_check(&ctx, r, 0, print_check, NULL, &sum) == GDR_OK)
			printf("  checks %d %d %d %d\n", sum.checked, sum.failed,
				   sum.incomplete, sum.warned);
	}
	printf("  ticks %lu\n", ticks);
	gdr_ctx_free(&ctx);
}

/* one mutant of src into dst (capacity 2 * len + 64); returns its length */
static size_t
mutate(const char *src, size_t len, char *dst)
{
	size_t		n = len,
				a,
				b,
				k;
	int			edits = 1 + (int) rndn(4),
				e;
	static const char *const inserts[] = {
		"\t", "\n", " ", "|", "0", "12", "\n\n", "區", "資訊", "申請", "１２",
		"总计", "合计", "(一)", "<td>", "</tr>", "&nbsp;", "- 3 -", "二十一",
		"件", "\f", "行政复议", "四、"
	};

	memcpy(dst, src, len);
	for (e = 0; e < edits && n > 0; e++)
	{
		switch (rndn(7))
		{
			case 0:				/* delete a range */
				a = rndn(n);
				b = a + 1 + rndn(64);
				if (b > n)
					b = n;
				memmove(dst + a, dst + b, n - b);
				n -= b - a;
				break;
			case 1:				/* change a digit */
				for (k = 0, a = rndn(n); k < n; k++, a = (a + 1) % n)
					if (dst[a] >= '0' && dst[a] <= '9')
					{
						dst[a] = (char) ('0' + rndn(10));
						break;
					}
				break;
			case 2:				/* insert a token */
				{
					const char *t = inserts[rndn(sizeof(inserts) / sizeof(inserts[0]))];
					size_t		tl = strlen(t);

					if (n + tl > 2 * len + 32)
						break;
					a = rndn(n + 1);
					memmove(dst + a + tl, dst + a, n - a);
					memcpy(dst + a, t, tl);
					n += tl;
				}
				break;
			case 3:				/* truncate */
				n = rndn(n + 1);
				break;
			case 4:				/* swap a newline and a tab */
				for (k = 0, a = rndn(n); k < n; k++, a = (a + 1) % n)
					if (dst[a] == '\n' || dst[a] == '\t')
					{
						dst[a] = dst[a] == '\n' ? '\t' : '\n';
						break;
					}
				break;
			case 5:				/* duplicate a slice (a line or so) */
				a = rndn(n);
				b = a + 1 + rndn(200);
				if (b > n)
					b = n;
				if (n + (b - a) > 2 * len + 32)
					break;
				memmove(dst + b + (b - a), dst + b, n - b);
				memcpy(dst + b, dst + a, b - a);
				n += b - a;
				break;
			default:			/* remove every tab or every newline in a window */
				a = rndn(n);
				b = a + rndn(400);
				if (b > n)
					b = n;
				{
					char		c = rndn(2) ? '\t' : '\n';
					size_t		w = a;

					for (k = a; k < b; k++)
						if (dst[k] != c)
							dst[w++] = dst[k];
					memmove(dst + w, dst + b, n - b);
					n -= b - w;
				}
				break;
		}
	}
	return n;
}

int
main(int argc, char **argv)
{
	int			i,
				m;
	int			nmut = getenv("GDR_DUMP_MUTANTS") ? atoi(getenv("GDR_DUMP_MUTANTS")) : 200;
	int			write_m = getenv("GDR_DUMP_WRITE") ? atoi(getenv("GDR_DUMP_WRITE")) : -1;

	for (i = 1; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");
		char	   *buf,
				   *mut;
		long		n;

		if (!f)
		{
			perror(argv[i]);
			return 1;
		}
		fseek(f, 0, SEEK_END);
		n = ftell(f);
		fseek(f, 0, SEEK_SET);
		buf = malloc((size_t) n + 1);
		mut = malloc(2 * (size_t) n + 64);
		if (!buf || !mut || fread(buf, 1, (size_t) n, f) != (size_t) n)
			return 1;
		fclose(f);
		dump_one(argv[i], 0, buf, (size_t) n);
		rng_state = 0x9E3779B97F4A7C15ULL ^ (uint64_t) n;
		for (m = 1; m <= nmut; m++)
		{
			size_t		ml = mutate(buf, (size_t) n, mut);

			dump_one(argv[i], m, mut, ml);
			if (write_m == m)
			{
				/* GDR_DUMP_WRITE=M: mutant M of each file to FILE.mutM */
				char		path[4096];
				FILE	   *o;

				snprintf(path, sizeof(path), "%s.mut%d", argv[i], m);
				if ((o = fopen(path, "wb")) != NULL)
				{
					fwrite(mut, 1, ml, o);
					fclose(o);
				}
			}
		}
		free(buf);
		free(mut);
	}
	return 0;
}
