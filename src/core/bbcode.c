/*
 * bbcode.c -- a report reposted on a forum (Discuz!, phpBB): BBCode
 *
 *     [table=98%]
 *     [tr][td=4,1]第二十条第（一）项[/td][/tr]
 *     [tr][td]信息内容[/td][td]本年制发件数[/td]…[/tr]
 *     [/table]
 *     [p=30, 2, left][size=4][font=仿宋_GB2312]（一）主动公开。…[/font][/size][/p]
 *
 * is rewritten as HTML and read by the HTML reader, which expands the
 * spans: [table] [tr] [td] [th] as their tags, [td=C,R] (Discuz: columns,
 * rows) as colspan and rowspan, every other tag ([b], [size=4], [font=…],
 * [color=…], [align=…], [url=…], [p=…], [i=s]) dropped with its text
 * kept; each line outside a table a paragraph; & and < escaped.  Brackets
 * that are no tag ([3], [bookmark: …]) stay as they are.
 *
 * Detected by [table, [tr] and [/td] in the text.
 */
#include <stdio.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

bool
gdr_bbcode_detect(const char *s, size_t len)
{
	const char *t = gdr_find_lit(s, len, "[tr]");

	return t != NULL && gdr_find_lit(t, len - (size_t) (t - s), "[/td]") != NULL &&
		gdr_find_lit(s, (size_t) (t - s) + 4, "[table") != NULL;
}

/* a tag name at p (after '['), lower-case letters: its length, or 0 */
static size_t
tag_name(const char *p, const char *end)
{
	const char *q = p;

	if (q < end && *q == '/')
		q++;
	while (q < end && *q >= 'a' && *q <= 'z')
		q++;
	if (q == p || (q == p + 1 && *p == '/'))
		return 0;
	if (q < end && (*q == ']' || *q == '='))
		return (size_t) (q - p);
	return 0;
}

static bool
is_tag(const char *p, size_t n, const char *name)
{
	return strlen(name) == n && memcmp(p, name, n) == 0;
}

/* the forum's formatting tags: dropped, their text kept */
static bool
known_tag(const char *p, size_t n)
{
	static const char *const tags[] = {
		"b", "i", "u", "s", "p", "size", "font", "color", "align", "url", "img", "backcolor",
		"indent", "float", "list", "quote", "hr", "free", "hide", "attach", "media", "email",
		"sup", "sub", "left", "center", "right", "strike", "code", "td", "tr", "th", "table"
	};
	size_t		k;

	if (n > 0 && *p == '/')
		p++, n--;
	for (k = 0; k < sizeof(tags) / sizeof(tags[0]); k++)
		if (is_tag(p, n, tags[k]))
			return true;
	return false;
}

/* [td=C,R] (Discuz) or [td=C]: a cell with its spans */
static bool
put_cell(gdr_ctx *ctx, gdr_buf *o, const char *name, const char *arg, const char *arg_end)
{
	int			c = 1,
				r = 1;
	char		tag[64];
	int			n;

	if (arg < arg_end)
	{
		const char *q = arg;

		c = 0;
		while (q < arg_end && *q >= '0' && *q <= '9' && c < 1000)
			c = c * 10 + (*q++ - '0');
		if (q < arg_end && *q == ',')
		{
			r = 0;
			for (q++; q < arg_end && *q >= '0' && *q <= '9' && r < 1000; q++)
				r = r * 10 + (*q - '0');
		}
		if (c < 1)
			c = 1;
		if (r < 1)
			r = 1;
	}
	n = snprintf(tag, sizeof(tag), "<%s colspan=\"%d\" rowspan=\"%d\">", name, c, r);
	return gdr_buf_append(ctx, o, tag, (size_t) n);
}

/* the BBCode as HTML */
static bool
to_html(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *end = s + len;
	int			depth = 0;		/* open [table]s */
	bool		para = false;	/* a paragraph is open */

	if (!gdr_buf_reserve(ctx, out, len + len / 4 + 64) ||
		!gdr_buf_append(ctx, out, "<html><body>\n", 13))
		return false;
	while (p < end)
	{
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		const char *le = nl ? nl : end;
		const char *q = p,
				   *text = p;

		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		if (depth == 0 && !para)
		{
			if (!gdr_buf_append(ctx, out, "<p>", 3))
				return false;
			para = true;
		}
		while ((q = memchr(q, '[', (size_t) (le - q))) != NULL)
		{
			size_t		n = tag_name(q + 1, le);
			const char *close,
					   *name = q + 1,
					   *arg;

			if (n == 0 || !known_tag(name, n))
			{
				q++;
				continue;
			}
			/* (no ']' to the line's end: no tag after this one either) */
			if ((close = memchr(q + 1 + n, ']', (size_t) (le - q - 1 - n))) == NULL)
				break;
			arg = name + n < close && name[n] == '=' ? name + n + 1 : close;
			if (!gdr_buf_put_html(ctx, out, text, (size_t) (q - text)))
				return false;
			if (is_tag(name, n, "table"))
			{
				if (para && !gdr_buf_append(ctx, out, "</p>\n", 5))
					return false;
				para = false;
				depth++;
				if (!gdr_buf_append(ctx, out, "<table>", 7))
					return false;
			}
			else if (is_tag(name, n, "/table") && depth > 0)
			{
				depth--;
				if (!gdr_buf_append(ctx, out, "</table>\n", 9))
					return false;
			}
			else if (depth > 0 && (is_tag(name, n, "tr") || is_tag(name, n, "/tr") ||
								   is_tag(name, n, "/td") || is_tag(name, n, "/th")))
			{
				if (!gdr_buf_putc(ctx, out, '<') ||
					!gdr_buf_append(ctx, out, name, n) ||
					!gdr_buf_putc(ctx, out, '>'))
					return false;
			}
			else if (depth > 0 && (is_tag(name, n, "td") || is_tag(name, n, "th")))
			{
				if (!put_cell(ctx, out, is_tag(name, n, "td") ? "td" : "th", arg, close))
					return false;
			}
			/* any other tag: dropped */
			q = close + 1;
			text = q;
		}
		if (!gdr_buf_put_html(ctx, out, text, (size_t) (le - text)))
			return false;
		if (depth == 0 && para)
		{
			if (!gdr_buf_append(ctx, out, "</p>\n", 5))
				return false;
			para = false;
		}
		else if (!gdr_buf_putc(ctx, out, '\n'))
			return false;
		p = nl ? nl + 1 : end;
	}
	return gdr_buf_append(ctx, out, "</body></html>\n", 15);
}

bool
gdr_bbcode_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	gdr_buf		h = {0};

	if (!to_html(ctx, s, len, &h))
		return false;
	return gdr_html_to_text(ctx, h.data, h.len, out);
}
