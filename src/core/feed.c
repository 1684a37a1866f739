/*
 * feed.c -- a report collected from a site's RSS or Atom feed.  A feed holds
 * several items (news, notices, the report), each a title, a date and the
 * page's HTML in a CDATA section or escaped (&lt;p&gt;).  Read whole, the
 * other items' figures and the feed's own title come first.  The item read
 * is the first whose title names a report (年度报告, 年报, 工作报告, 工作总结),
 * else the one with the longest body; it becomes an HTML page for the HTML
 * reader: its title as a heading, 发布时间 from its date, then its body.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define FEED_HEAD	1024		/* bytes where <rss / <feed must begin */

typedef struct span
{
	const char *a;
	const char *e;
} span;

/* the first "<name" at or after p, before e, followed by '>' or a space */
static const char *
tag_open(const char *p, const char *e, const char *name)
{
	size_t		nl = strlen(name);

	while (p < e && (p = gdr_memmem(p, (size_t) (e - p), name, nl)) != NULL)
	{
		if (p + nl < e && (p[nl] == '>' || p[nl] == ' ' || p[nl] == '\n' || p[nl] == '\r' ||
						   p[nl] == '\t' || p[nl] == '/'))
			return p;
		p += nl;
	}
	return NULL;
}

/* the content of <name …>…</name> inside [p, e): false when absent */
static bool
element(const char *p, const char *e, const char *open, const char *close, span *out)
{
	const char *a = tag_open(p, e, open),
			   *z;

	if (a == NULL)
		return false;
	a = memchr(a, '>', (size_t) (e - a));
	if (a == NULL)
		return false;
	if (a[-1] == '/')
	{
		out->a = out->e = a + 1;	/* <name/> */
		return true;
	}
	a++;
	z = gdr_memmem(a, (size_t) (e - a), close, strlen(close));
	if (z == NULL)
		return false;
	/* <![CDATA[ … ]]> */
	while (a < z && (*a == ' ' || *a == '\n' || *a == '\r' || *a == '\t'))
		a++;
	if (z - a >= 12 && memcmp(a, "<![CDATA[", 9) == 0)
	{
		const char *ce = gdr_memmem(a + 9, (size_t) (z - a - 9), "]]>", 3);

		if (ce != NULL)
		{
			out->a = a + 9;
			out->e = ce;
			return true;
		}
	}
	out->a = a;
	out->e = z;
	return true;
}

bool
gdr_feed_detect(const char *s, size_t len)
{
	size_t		h = len < FEED_HEAD ? len : FEED_HEAD;

	if (len < 64 || memchr(s, '<', h) == NULL)
		return false;
	if (tag_open(s, s + h, "<rss") != NULL)
		return tag_open(s, s + len, "<item") != NULL;
	if (tag_open(s, s + h, "<feed") != NULL)
		return tag_open(s, s + len, "<entry") != NULL;
	return false;
}

/* does the title name a report? */
static bool
report_title(const span *t)
{
	static const char *const w[] = {"年度报告", "年报", "工作报告", "工作总结", "年度報告", "工作總結"};
	int			i;

	for (i = 0; i < 6; i++)
		if (gdr_memmem(t->a, (size_t) (t->e - t->a), w[i], strlen(w[i])) != NULL)
			return true;
	return false;
}

static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* RSS's "Tue, 20 Jan 2026 10:18:37 +0800" or Atom's 2026-01-20T…: YYYY-MM-DD */
static bool
feed_date(const span *d, char out[11])
{
	const char *p = d->a,
			   *e = d->e;
	int			day = 0,
				mon = 0,
				year = 0,
				i;

	while (p < e && (*p == ' ' || *p == '\n'))
		p++;
	if (e - p >= 10 && p[4] == '-' && p[7] == '-')
	{
		for (i = 0; i < 10; i++)
			if (i != 4 && i != 7 && (p[i] < '0' || p[i] > '9'))
				return false;
		memcpy(out, p, 10);
		out[10] = '\0';
		return true;
	}
	p = memchr(p, ',', (size_t) (e - p));
	if (p == NULL)
		return false;
	for (p++; p < e && *p == ' '; p++)
		;
	for (; p < e && *p >= '0' && *p <= '9'; p++)
		day = day * 10 + (*p - '0');
	for (; p < e && *p == ' '; p++)
		;
	for (i = 0; i < 12 && mon == 0; i++)
		if (e - p >= 3 && memcmp(p, months[i], 3) == 0)
			mon = i + 1;
	for (p += 3; p < e && *p == ' '; p++)
		;
	for (i = 0; i < 4 && p < e && *p >= '0' && *p <= '9'; i++, p++)
		year = year * 10 + (*p - '0');
	if (i != 4 || mon == 0 || day < 1 || day > 31)
		return false;
	out[0] = (char) ('0' + year / 1000);
	out[1] = (char) ('0' + year / 100 % 10);
	out[2] = (char) ('0' + year / 10 % 10);
	out[3] = (char) ('0' + year % 10);
	out[4] = '-';
	out[5] = (char) ('0' + mon / 10);
	out[6] = (char) ('0' + mon % 10);
	out[7] = '-';
	out[8] = (char) ('0' + day / 10);
	out[9] = (char) ('0' + day % 10);
	out[10] = '\0';
	return true;
}

/* the body's HTML, unescaped once when it was escaped (&lt;p&gt;) */
static bool
put_body(gdr_ctx *ctx, gdr_buf *out, const span *b)
{
	const char *p = b->a;

	if (gdr_memmem(b->a, (size_t) (b->e - b->a), "&lt;", 4) == NULL)
		return gdr_buf_append(ctx, out, b->a, (size_t) (b->e - b->a));
	while (p < b->e)
	{
		const char *amp = memchr(p, '&', (size_t) (b->e - p));
		static const struct
		{
			const char *ent;
			char		c;
		}			ents[] = {{"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''},
		{"&apos;", '\''}, {"&amp;", '&'}};
		int			i;

		if (amp == NULL)
			return gdr_buf_append(ctx, out, p, (size_t) (b->e - p));
		if (!gdr_buf_append(ctx, out, p, (size_t) (amp - p)))
			return false;
		for (i = 0; i < 6; i++)
		{
			size_t		el = strlen(ents[i].ent);

			if ((size_t) (b->e - amp) >= el && memcmp(amp, ents[i].ent, el) == 0)
			{
				if (!gdr_buf_append(ctx, out, &ents[i].c, 1))
					return false;
				p = amp + el;
				break;
			}
		}
		if (i == 6)
		{
			if (!gdr_buf_append(ctx, out, "&", 1))
				return false;
			p = amp + 1;
		}
	}
	return true;
}

bool
gdr_feed_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *e = s + len,
			   *p = s;
	bool		atom = tag_open(s, s + (len < FEED_HEAD ? len : FEED_HEAD), "<rss") == NULL;
	const char *iopen = atom ? "<entry" : "<item";
	const char *iclose = atom ? "</entry>" : "</item>";
	span		best_t = {NULL, NULL},
				best_b = {NULL, NULL},
				best_d = {NULL, NULL};
	bool		found = false;
	char		date[11];

	while (!found && (p = tag_open(p, e, iopen)) != NULL)
	{
		const char *ie = gdr_memmem(p, (size_t) (e - p), iclose, strlen(iclose));
		span		t = {NULL, NULL},
					b = {NULL, NULL},
					d = {NULL, NULL};

		if (ie == NULL)
			ie = e;
		if (gdr_work(ctx, (size_t) (ie - p)))
			return false;
		element(p, ie, "<title", "</title>", &t);
		/* the page: content:encoded, Atom's content, else description */
		if (!element(p, ie, "<content:encoded", "</content:encoded>", &b) &&
			!element(p, ie, "<content", "</content>", &b) &&
			!element(p, ie, "<description", "</description>", &b) &&
			!element(p, ie, "<summary", "</summary>", &b))
			b.a = b.e = NULL;
		if (!element(p, ie, "<pubDate", "</pubDate>", &d) &&
			!element(p, ie, "<published", "</published>", &d) &&
			!element(p, ie, "<updated", "</updated>", &d) &&
			!element(p, ie, "<dc:date", "</dc:date>", &d))
			d.a = d.e = NULL;
		if (t.a != NULL && report_title(&t))
			found = true;
		if (found || (b.e - b.a) > (best_b.e - best_b.a))
		{
			best_t = t;
			best_b = b;
			best_d = d;
		}
		p = ie;
	}
	if (!gdr_buf_reserve(ctx, out, len + 64))
		return false;
	if (best_b.a == NULL && best_t.a == NULL)
		return gdr_buf_append(ctx, out, s, len);	/* no item: as it is */
	if (best_t.a != NULL &&
		(!gdr_buf_append(ctx, out, "<h1>", 4) ||
		 !gdr_buf_append(ctx, out, best_t.a, (size_t) (best_t.e - best_t.a)) ||
		 !gdr_buf_append(ctx, out, "</h1>\n", 6)))
		return false;
	if (best_d.a != NULL && feed_date(&best_d, date) &&
		(!gdr_buf_append(ctx, out, "<p>发布时间：", strlen("<p>发布时间：")) ||
		 !gdr_buf_append(ctx, out, date, 10) ||
		 !gdr_buf_append(ctx, out, "</p>\n", 5)))
		return false;
	if (best_b.a != NULL && !put_body(ctx, out, &best_b))
		return false;
	return gdr_buf_append(ctx, out, "\n", 1);
}
