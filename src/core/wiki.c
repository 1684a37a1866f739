/*
 * wiki.c -- a report kept as MediaWiki markup: == headings ==, '''bold''',
 * and tables
 *
 *     {| class="wikitable"
 *     |-
 *     | colspan="4" | 第二十条第（一）项
 *     |-
 *     | 信息内容 || 本年新制作数量 || …
 *     |}
 *
 * whose cells come one per line or several on a line (|| and !!), with
 * attributes before a single |.  The markup is rewritten as HTML (cells as
 * <td> with their colspan and rowspan, the text around the tables as
 * paragraphs, & and a < that begins no tag escaped) and read by the HTML
 * reader, which expands the spans.
 *
 * Detected by a line that opens a table ({|), one that starts a row (|-)
 * and one that closes it (|}).
 */
#include <stdio.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

/* the line at p: [*a, *b) without its indent and trailing blanks */
static const char *
line_at(const char *p, const char *end, const char **a, const char **b)
{
	const char *nl = memchr(p, '\n', (size_t) (end - p));
	const char *e = nl ? nl : end;

	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	*a = p;
	*b = e;
	return nl ? nl + 1 : end;
}

/* text, & and a < that begins no tag escaped, '' and ''' (emphasis) dropped */
static bool
put_text(gdr_ctx *ctx, gdr_buf *o, const char *a, const char *b)
{
	for (; a < b; a++)
	{
		bool		ok;

		if (*a == '\'' && a + 1 < b && a[1] == '\'')
		{
			while (a + 1 < b && a[1] == '\'')
				a++;
			continue;
		}
		/* inline HTML (<div …>, <br/>) is MediaWiki's too: kept */
		if (*a == '<' && !(a + 1 < b && (a[1] == '/' || (a[1] >= 'a' && a[1] <= 'z') ||
										 (a[1] >= 'A' && a[1] <= 'Z'))))
			ok = gdr_buf_append(ctx, o, "&lt;", 4);
		else if (*a == '&')
			ok = gdr_buf_append(ctx, o, "&amp;", 5);
		else
			ok = gdr_buf_putc(ctx, o, *a);
		if (!ok)
			return false;
	}
	return true;
}

/* a span attribute (colspan="2") in attrs [a, b), 1 when absent */
static int
span_attr(const char *a, const char *b, const char *name)
{
	size_t		nl = strlen(name);
	const char *p = gdr_memmem(a, (size_t) (b - a), name, nl);
	int			v = 0;

	if (p == NULL)
		return 1;
	p += nl;
	while (p < b && (*p == ' ' || *p == '=' || *p == '"' || *p == '\''))
		p++;
	while (p < b && *p >= '0' && *p <= '9' && v < 1000)
		v = v * 10 + (*p++ - '0');
	return v > 0 ? v : 1;
}

/* one cell [a, b): "attrs | text" or "text" */
static bool
put_cell(gdr_ctx *ctx, gdr_buf *o, const char *a, const char *b)
{
	const char *bar = NULL,
			   *p;
	char		num[48];
	int			cs,
				rs;

	/* a single | (not ||, not inside [[link|text]]) after attributes */
	for (p = a; p < b; p++)
	{
		if (*p == '[' || *p == '{')
			break;
		if (*p == '|')
		{
			bar = p;
			break;
		}
	}
	if (bar != NULL && memchr(a, '=', (size_t) (bar - a)) == NULL)
		bar = NULL;				/* no attributes: the | is text */
	if (!gdr_buf_append(ctx, o, "<td", 3))
		return false;
	if (bar != NULL)
	{
		cs = span_attr(a, bar, "colspan");
		rs = span_attr(a, bar, "rowspan");
		if (cs > 1)
		{
			snprintf(num, sizeof(num), " colspan=\"%d\"", cs);
			if (!gdr_buf_append(ctx, o, num, strlen(num)))
				return false;
		}
		if (rs > 1)
		{
			snprintf(num, sizeof(num), " rowspan=\"%d\"", rs);
			if (!gdr_buf_append(ctx, o, num, strlen(num)))
				return false;
		}
		a = bar + 1;
	}
	return gdr_buf_putc(ctx, o, '>') && put_text(ctx, o, a, b) &&
		gdr_buf_append(ctx, o, "</td>", 5);
}

bool
gdr_wiki_detect(const char *s, size_t len)
{
	const char *p = s,
			   *end = s + len,
			   *a,
			   *b;
	bool		open = false,
				row = false;

	/* a cheap no: no "{|" (memchr over the rare ASCII brace) */
	{
		const char *q = s;
		bool		any = false;

		while (!any && (q = memchr(q, '{', (size_t) (end - q))) != NULL)
		{
			any = q + 1 < end && q[1] == '|';
			q++;
		}
		if (!any)
			return false;
	}
	while (p < end)
	{
		p = line_at(p, end, &a, &b);
		if (b - a >= 2 && a[0] == '{' && a[1] == '|')
			open = true;
		else if (open && b - a >= 2 && a[0] == '|' && a[1] == '-')
			row = true;
		else if (row && b - a >= 2 && a[0] == '|' && a[1] == '}')
			return true;
	}
	return false;
}

bool
gdr_wiki_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	gdr_buf		h = {0};
	const char *p = s,
			   *end = s + len,
			   *a,
			   *b;
	int			depth = 0;		/* open tables */
	bool		in_row = false,
				in_cell = false;

	if (!gdr_buf_reserve(ctx, &h, len + len / 2 + 64) ||
		!gdr_buf_append(ctx, &h, "<html><body>", 12))
		return false;
	while (p < end)
	{
		const char *next = line_at(p, end, &a, &b);
		bool		ok = true;

		if (gdr_work(ctx, (size_t) (next - p)))
			return false;
		p = next;
		if (b - a >= 2 && a[0] == '{' && a[1] == '|')
		{
			depth++;
			in_row = in_cell = false;
			ok = gdr_buf_append(ctx, &h, "<table>", 7);
		}
		else if (depth > 0 && b - a >= 2 && a[0] == '|' && a[1] == '}')
		{
			depth--;
			ok = gdr_buf_append(ctx, &h, "</table>", 8);
			in_row = in_cell = false;
		}
		else if (depth > 0 && b - a >= 2 && a[0] == '|' && a[1] == '-')
		{
			ok = gdr_buf_append(ctx, &h, "<tr>", 4);
			in_row = true;
			in_cell = false;
		}
		else if (depth > 0 && b - a >= 2 && a[0] == '|' && a[1] == '+')
			ok = gdr_buf_append(ctx, &h, "<caption>", 9) && put_text(ctx, &h, a + 2, b) &&
				gdr_buf_append(ctx, &h, "</caption>", 10);
		else if (depth > 0 && a < b && (a[0] == '|' || a[0] == '!'))
		{
			/* cells: | a || b || c  or  ! a !! b */
			const char *c = a + 1;
			const char sep = a[0];

			if (!in_row)
				ok = gdr_buf_append(ctx, &h, "<tr>", 4);
			in_row = true;
			while (ok && c <= b)
			{
				const char *q = c;

				while (q + 1 < b && !((q[0] == '|' || q[0] == sep) && q[1] == q[0]))
					q++;
				if (q + 1 >= b)
					q = b;
				ok = put_cell(ctx, &h, c, q);
				c = q + 2;
			}
			in_cell = true;
		}
		else if (depth > 0 && in_cell && a < b)
		{
			/* a cell's text going on: a line break inside it */
			if (h.len >= 5 && memcmp(h.data + h.len - 5, "</td>", 5) == 0)
			{
				h.len -= 5;
				ok = gdr_buf_putc(ctx, &h, ' ') && put_text(ctx, &h, a, b) &&
					gdr_buf_append(ctx, &h, "</td>", 5);
			}
		}
		else if (depth == 0)
		{
			/* == heading == and paragraphs */
			while (a < b && *a == '=')
				a++;
			while (b > a && b[-1] == '=')
				b--;
			ok = gdr_buf_append(ctx, &h, "<p>", 3) && put_text(ctx, &h, a, b) &&
				gdr_buf_append(ctx, &h, "</p>\n", 5);
		}
		if (!ok)
			return false;
	}
	if (!gdr_buf_append(ctx, &h, "</body></html>", 14))
		return false;
	return gdr_html_to_text(ctx, h.data, h.len, out);
}
