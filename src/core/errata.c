/*
 * errata.c -- a report corrected after publication.  Agencies that find a
 * wrong figure add a notice to the page rather than replace the report:
 *
 *   【更正说明】…本报告第一部分中“主动公开政府信息286条”应为“268条”，
 *   “工作动态93条”应为“75条”。特此更正。
 *
 * Read as it stands, the body's 286 is the figure.  Each correction
 * “OLD”应为“NEW” (also 应改为, 更正为, 改为; “OLD”有误，应为“NEW”) whose NEW is OLD's last number
 * replaced (NEW may repeat the words before it: “共268条”) is applied to
 * every copy of OLD printed before the notice, and the correction itself is
 * taken out so that its quoted OLD is not read as a second figure.  A
 * correction that does not have that shape, or whose OLD is not found,
 * changes nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define ERRATA_MAX	16			/* corrections read in one text */
#define EDITS_MAX	64			/* places rewritten */
#define OLD_MAX		150			/* bytes of a quoted OLD */
#define NEW_MAX		60			/* bytes of a quoted NEW */

static const char LQ[] = "\xE2\x80\x9C";	/* “ */
static const char RQ[] = "\xE2\x80\x9D";	/* ” */

typedef struct edit
{
	size_t		at;				/* first byte replaced */
	size_t		len;			/* bytes replaced */
	const char *new_a;			/* NEW's digits */
	size_t		new_len;
} edit;

static bool
digitish(unsigned char c)
{
	return (c >= '0' && c <= '9');
}

/* the last run of digits (with , or . inside it) in [a, e): its bounds */
static bool
last_number(const char *a, const char *e, const char **ns, const char **ne)
{
	const char *p = e;

	while (p > a && !digitish((unsigned char) p[-1]))
		p--;
	if (p == a)
		return false;
	*ne = p;
	while (p > a && (digitish((unsigned char) p[-1]) ||
					 ((p[-1] == ',' || p[-1] == '.') && p - 1 > a &&
					  digitish((unsigned char) p[-2]))))
		p--;
	*ns = p;
	return true;
}

/* the only run of digits in [a, e) */
static bool
only_number(const char *a, const char *e, const char **ns, const char **ne)
{
	const char *p = a;

	while (p < e && !digitish((unsigned char) *p))
		p++;
	if (p == e)
		return false;
	*ns = p;
	while (p < e && (digitish((unsigned char) *p) ||
					 ((*p == ',' || *p == '.') && p + 1 < e && digitish((unsigned char) p[1]))))
		p++;
	*ne = p;
	while (p < e && !digitish((unsigned char) *p))
		p++;
	return p == e;
}

/* “…” ending just before s + k (the closing quote's first byte at k - 3) */
static bool
quoted_before(const char *s, size_t k, size_t *qa)
{
	size_t		p,
				lim = k > OLD_MAX + 3 ? k - OLD_MAX - 3 : 0;

	if (k < 6 || memcmp(s + k - 3, RQ, 3) != 0)
		return false;
	for (p = k - 3; p >= lim + 3; p--)
	{
		if (s[p - 1] == '\n')
			return false;
		if (memcmp(s + p - 3, LQ, 3) == 0)
		{
			*qa = p - 3;
			return true;
		}
		if (memcmp(s + p - 3, RQ, 3) == 0)
			return false;
	}
	return false;
}

/* does OLD's corrected copy and its first place before the notice fit? */
static int
add_edits(const char *s, size_t before, const char *oa, const char *oe,
		  const char *na, const char *ne, edit *E, int n)
{
	const char *os,
			   *oe_num,
			   *ns,
			   *ne_num;
	size_t		olen = (size_t) (oe - oa),
				qlen,
				p = 0;
	int			added = 0;

	if (!last_number(oa, oe, &os, &oe_num) || !only_number(na, ne, &ns, &ne_num))
		return 0;
	/* NEW's words after its number: none, or OLD's */
	if (ne - ne_num != 0 &&
		(ne - ne_num != oe - oe_num || memcmp(ne_num, oe_num, (size_t) (ne - ne_num)) != 0))
		return 0;
	/* NEW's words before its number end OLD's words before its number */
	qlen = (size_t) (ns - na);
	if (qlen > (size_t) (os - oa) || memcmp(os - qlen, na, qlen) != 0)
		return 0;
	while (n + added < EDITS_MAX && p + olen <= before)
	{
		const char *hit = gdr_memmem(s + p, before - p, oa, olen);

		if (hit == NULL || (size_t) (hit - s) + olen > before)
			break;
		E[n + added].at = (size_t) (hit - s) + (size_t) (os - oa);
		E[n + added].len = (size_t) (oe_num - os);
		E[n + added].new_a = ns;
		E[n + added].new_len = (size_t) (ne_num - ns);
		added++;
		p = (size_t) (hit - s) + olen;
	}
	return added;
}

static int
cmp_edit(const void *a, const void *b)
{
	const edit *x = a,
			   *y = b;

	return x->at < y->at ? -1 : x->at > y->at;
}

bool
gdr_errata(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, int *fixed)
{
	edit		E[EDITS_MAX];
	int			n = 0,
				found = 0,
				i;
	size_t		p = 0,
				last;

	*fixed = 0;
	if (s == NULL)
		return ctx->status == 0;
	/* 为“ : 应为“ 应改为“ 更正为“ 改为“ */
	while (found < ERRATA_MAX && n < EDITS_MAX)
	{
		const char *hit = gdr_memmem(s + p, len - p, "\xE4\xB8\xBA\xE2\x80\x9C", 6);
		size_t		k,
					b,
					qa,
					na,
					ne;
		int			verbs = 0,
					got;

		if (hit == NULL)
			break;
		k = (size_t) (hit - s);
		p = k + 6;
		/* the verb before 为: 应 改 更正 */
		b = k;
		while (b >= 3 && verbs < 2 &&
			   (memcmp(s + b - 3, "应", 3) == 0 || memcmp(s + b - 3, "改", 3) == 0 ||
				memcmp(s + b - 3, "正", 3) == 0 || memcmp(s + b - 3, "更", 3) == 0))
		{
			b -= 3;
			verbs++;
		}
		if (verbs == 0)
			continue;
		/* “OLD”有误，应为“NEW” (错误, 系笔误): the words between go */
		{
			size_t		m = b;

			if (m >= 1 && s[m - 1] == ',')
				m--;
			if (m >= 6 && (memcmp(s + m - 6, "有误", 6) == 0 ||
						   memcmp(s + m - 6, "错误", 6) == 0 ||
						   memcmp(s + m - 6, "笔误", 6) == 0))
			{
				m -= 6;
				if (m >= 3 && memcmp(s + m - 3, "系", 3) == 0)
					m -= 3;
				if (m < b && quoted_before(s, m, &qa))
					b = m;
			}
		}
		if (!quoted_before(s, b, &qa))
			continue;
		/* NEW: up to the closing quote */
		na = k + 6;
		for (ne = na; ne + 3 <= len && ne - na <= NEW_MAX && s[ne] != '\n'; ne++)
			if (memcmp(s + ne, RQ, 3) == 0)
				break;
		if (ne + 3 > len || ne - na > NEW_MAX || s[ne] == '\n')
			continue;
		got = add_edits(s, qa, s + qa + 3, s + b - 3, s + na, s + ne, E, n);
		if (got == 0)
			continue;
		n += got;
		found++;
		/* the correction itself goes: “OLD”应为“NEW” */
		if (n < EDITS_MAX)
		{
			E[n].at = qa;
			E[n].len = ne + 3 - qa;
			E[n].new_a = NULL;
			E[n].new_len = 0;
			n++;
		}
		p = ne + 3;
	}
	if (n == 0)
		return ctx->status == 0;
	qsort(E, (size_t) n, sizeof(edit), cmp_edit);
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	last = 0;
	for (i = 0; i < n; i++)
	{
		if (E[i].at < last)
			continue;			/* overlaps the edit before it: not applied */
		if (!gdr_buf_append(ctx, out, s + last, E[i].at - last) ||
			(E[i].new_len > 0 && !gdr_buf_append(ctx, out, E[i].new_a, E[i].new_len)))
			return false;
		last = E[i].at + E[i].len;
	}
	if (!gdr_buf_append(ctx, out, s + last, len - last))
		return false;
	*fixed = found;
	return ctx->status == 0;
}
