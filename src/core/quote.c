/*
 * quote.c -- a report quoted in an e-mail reply: every line of it begins
 * with "> " (a reply to a reply: "> > ").  The prefixes hide the title from
 * the title reader and the rows from the table readers, so when quoted
 * lines are a good part of the text they are taken off every line that has
 * them (the rest of the mail -- headers, the reply itself -- is left as it
 * is; it reads as prose that states no figure).
 *
 * Markdown block quotes (a note or two) stay: the prefixes are removed only
 * when at least QUOTE_MIN lines and a third of the lines that hold
 * anything are quoted.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define QUOTE_MIN	8

/* length of the quote prefix of the line at p (">", "> ", "> > ", ">>") */
static size_t
quote_prefix(const char *p, const char *e)
{
	const char *q = p;
	const char *last = p;

	while (q < e && *q == ' ')
		q++;
	while (q < e && *q == '>')
	{
		q++;
		if (q < e && *q == ' ')
			q++;
		last = q;
		while (q < e && *q == ' ')
			q++;
	}
	return (size_t) (last - p);
}

bool
gdr_quoted_any(const char *s, size_t len)
{
	const char *p = s,
			   *e = s + len;
	size_t		quoted = 0,
				lines = 0;
	const char *g;

	/* the quoted lines: '>' at a line start (memchr from one to the next) */
	for (g = s; g < e && (g = memchr(g, '>', (size_t) (e - g))) != NULL; g++)
	{
		const char *b = g;

		while (b > s && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if (b == s || b[-1] == '\n')
		{
			quoted++;
			/* the rest of the line: one start only */
			if ((g = memchr(g, '\n', (size_t) (e - g))) == NULL)
				break;
		}
	}
	/* most texts stop here; the others: the lines that hold anything */
	if (quoted < QUOTE_MIN)
		return false;
	while (p < e)
	{
		const char *le = memchr(p, '\n', (size_t) (e - p));
		const char *a = p;

		if (le == NULL)
			le = e;
		while (a < le && (*a == ' ' || *a == '\t'))
			a++;
		if (a < le)
			lines++;
		p = le < e ? le + 1 : e;
	}
	return quoted >= QUOTE_MIN && 3 * quoted >= lines;
}

bool
gdr_unquote(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *e = s + len;

	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	while (p < e)
	{
		const char *le = memchr(p, '\n', (size_t) (e - p));
		size_t		k;

		if (le == NULL)
			le = e;
		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		k = quote_prefix(p, le);
		memcpy(out->data + out->len, p + k, (size_t) (le - p) - k);
		out->len += (size_t) (le - p) - k;
		if (le < e)
			out->data[out->len++] = '\n';
		p = le < e ? le + 1 : e;
	}
	out->data[out->len] = '\0';
	return true;
}

/*
 * A reply that carries the message it answers below the report (Foxmail,
 * QQ Mail: "------------------ 原始邮件 ------------------"; Outlook in
 * Chinese: "-----邮件原件-----", "-----原始邮件-----"): where that message
 * begins, when a report's title comes before it; else 0.  What follows is
 * someone else's text (a notice with its own dates and figures).  One
 * pass: the markers share 邮件.
 */
size_t
gdr_quoted_original(const char *s, size_t len)
{
	const char *end = s + len;
	const char *q = s;

	while ((q = gdr_memmem(q, (size_t) (end - q), "邮件", 6)) != NULL)
	{
		const char *m,
				   *me,
				   *a,
				   *e,
				   *x;
		int			dash_before = 0,
					dash_after = 0;

		if (q - s >= 6 && memcmp(q - 6, "原始", 6) == 0)
		{
			m = q - 6;
			me = q + 6;
		}
		else if (end - q >= 12 && memcmp(q + 6, "原件", 6) == 0)
		{
			m = q;
			me = q + 12;
		}
		else
		{
			q += 6;
			continue;
		}
		q += 6;
		/* the marker is a line of its own, between runs of dashes */
		for (a = m; a > s && a[-1] != '\n'; a--)
			;
		e = memchr(me, '\n', (size_t) (end - me));
		if (e == NULL)
			e = end;
		for (x = a; x < m && (*x == '-' || *x == ' ' || *x == '\t'); x++)
			dash_before += *x == '-';
		if (x != m)
			continue;
		for (x = me; x < e && (*x == '-' || *x == ' ' || *x == '\t' || *x == '\r'); x++)
			dash_after += *x == '-';
		if (x != e || dash_before < 3 || dash_after < 3)
			continue;
		if (a - s > 200 && (gdr_find_lit(s, (size_t) (a - s), "年度报告") != NULL ||
							gdr_find_lit(s, (size_t) (a - s), "工作总结") != NULL))
			return (size_t) (a - s);
	}
	return 0;
}
