/*
 * mdpipe.c -- markdown pipe tables as PDF-to-markdown tools (pymupdf4llm,
 * Marker) write them: a line break inside a cell is "<br>", and a header
 * cell the tool found empty is named "Col2", "Col3" …
 *
 *     |第二十条第（一）项|Col2|Col3|Col4|
 *     |---|---|---|---|
 *     |信息内容|本年新制作数<br>量|本年新公开数<br>量|对外公开总数<br>量|
 *     |行政事业性收费|3|0|Col4|        (a table cut by a page: its first row
 *                                       made the header)
 *
 * In the pipe rows each "<br>" goes (nothing between two CJK characters, a
 * label wrapped in its cell; else a space) and each placeholder cell is
 * emptied; everything else is copied.  The table readers take it from
 * there.  Detected by a line that begins with '|' and holds "<br" or a
 * "|Col" placeholder.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

/*
 * the line that holds p begins with '|' (after blanks); looked for no
 * further back than 2 KiB (a row is shorter; a long line of something else
 * must not make the test quadratic)
 */
static bool
in_pipe_row(const char *s, const char *p)
{
	const char *a = p,
			   *lim = p - s > 2048 ? p - 2048 : s;

	while (a > lim && a[-1] != '\n')
		a--;
	if (a > s && a[-1] != '\n')
		return false;
	while (a < p && (*a == ' ' || *a == '\t'))
		a++;
	return *a == '|';
}

bool
gdr_mdpipe_detect(const char *s, size_t len)
{
	const char *e = s + len,
			   *p;
	int			k;

	for (k = 0; k < 2; k++)
	{
		const char *needle = k == 0 ? "<br" : "|Col";
		int			n = 0;

		/* (the first 500 of each: a table is early enough) */
		for (p = s; p < e && n < 500 && (p = gdr_find_lit(p, (size_t) (e - p), needle)) != NULL; p++, n++)
			if (in_pipe_row(s, p))
				return true;
	}
	return false;
}

/* "<br>", "<br/>", "<br />" at p: its length, else 0 */
static size_t
br_at(const char *p, const char *e)
{
	const char *q = p + 3;

	if (e - p < 4 || memcmp(p, "<br", 3) != 0)
		return 0;
	while (q < e && *q == ' ')
		q++;
	if (q < e && *q == '/')
		q++;
	return q < e && *q == '>' ? (size_t) (q + 1 - p) : 0;
}

/* "Col" + digits up to the next '|' at p (p after a '|'): its length */
static size_t
placeholder_at(const char *p, const char *e)
{
	const char *q = p + 3;

	if (e - p < 5 || memcmp(p, "Col", 3) != 0 || *q < '0' || *q > '9')
		return 0;
	while (q < e && *q >= '0' && *q <= '9')
		q++;
	return q < e && *q == '|' ? (size_t) (q - p) : 0;
}

bool
gdr_mdpipe_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *e = s + len,
			   *p = s;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	while (p < e)
	{
		const char *nl = memchr(p, '\n', (size_t) (e - p));
		const char *le = nl ? nl + 1 : e;
		const char *a = p;

		if (gdr_work(ctx, (size_t) (le - p)))
			return false;
		while (a < le && (*a == ' ' || *a == '\t'))
			a++;
		if (a == le || *a != '|')
		{
			memcpy(out->data + out->len, p, (size_t) (le - p));
			out->len += (size_t) (le - p);
			p = le;
			continue;
		}
		while (p < le)
		{
			size_t		n;

			if (*p == '<' && (n = br_at(p, le)) > 0)
			{
				/* a space unless both sides are CJK (lead bytes E3-E9) */
				unsigned char before = out->len > 0 ? (unsigned char) out->data[out->len - 1] : 0;
				unsigned char after = p + n < le ? (unsigned char) p[n] : 0;

				if (!(before >= 0x80 && after >= 0xE3 && after <= 0xE9))
					out->data[out->len++] = ' ';
				p += n;
				continue;
			}
			if (*p == '|' && (n = placeholder_at(p + 1, le)) > 0)
			{
				out->data[out->len++] = '|';
				p += 1 + n;
				continue;
			}
			out->data[out->len++] = *p++;
		}
	}
	out->data[out->len] = '\0';
	return true;
}

/*
 * A title that a PDF-to-markdown tool split over two headings, one per
 * printed line:
 *
 *     # **汾桥市城市管理局2020年政府信息公开工作年**
 *
 *     # **度报告**
 *
 * joined into one heading when, among the text's first lines, a heading
 * holds a year (…年) and no 报告/总结/年报 of its own, the next line that
 * holds anything is a heading of at most eight characters, and the two
 * together end in 报告, 总结 or 年报.  Anything else is left as it is.
 */

/* [a, b) of a heading line's text: after "#… " and "**", before "**" */
static bool
heading_text(const char *p, const char *le, const char **a, const char **b)
{
	if (p >= le || *p != '#')
		return false;
	while (p < le && *p == '#')
		p++;
	while (p < le && (*p == ' ' || *p == '*'))
		p++;
	while (le > p && (le[-1] == ' ' || le[-1] == '*' || le[-1] == '\r'))
		le--;
	*a = p;
	*b = le;
	return le > p;
}

bool
gdr_md_title_join(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	const char *e = s + len,
			   *p = s;
	int			line;

	*changed = false;
	for (line = 0; line < 12 && p < e; line++)
	{
		const char *nl = memchr(p, '\n', (size_t) (e - p));
		const char *le = nl ? nl : e;
		const char *a,
				   *b,
				   *q,
				   *a2,
				   *b2;
		int			k;

		if (!heading_text(p, le, &a, &b) || gdr_find_lit(a, (size_t) (b - a), "年") == NULL ||
			gdr_find_lit(a, (size_t) (b - a), "报告") || gdr_find_lit(a, (size_t) (b - a), "总结") ||
			gdr_find_lit(a, (size_t) (b - a), "年报"))
		{
			p = nl ? nl + 1 : e;
			continue;
		}
		/* the next line that holds anything */
		q = nl ? nl + 1 : e;
		for (k = 0; k < 4 && q < e; k++)
		{
			const char *n2 = memchr(q, '\n', (size_t) (e - q));
			const char *l2 = n2 ? n2 : e;
			const char *x = q;

			while (x < l2 && (*x == ' ' || *x == '\r'))
				x++;
			if (x < l2)
				break;
			q = n2 ? n2 + 1 : e;
		}
		{
			const char *n2 = q < e ? memchr(q, '\n', (size_t) (e - q)) : NULL;
			const char *l2 = n2 ? n2 : e;
			char		joined[96];
			size_t		jl;

			jl = (size_t) (b - a);
			if (q >= e || !heading_text(q, l2, &a2, &b2) || b2 - a2 > 24 ||
				jl + (size_t) (b2 - a2) > sizeof(joined))
				return true;
			memcpy(joined, a, jl);
			memcpy(joined + jl, a2, (size_t) (b2 - a2));
			jl += (size_t) (b2 - a2);
			if (!gdr_ends_lit(joined, joined + jl, "报告") && !gdr_ends_lit(joined, joined + jl, "总结") &&
				!gdr_ends_lit(joined, joined + jl, "年报"))
				return true;
			/* the text up to the first heading's text, then the second's on */
			out->len = 0;
			if (!gdr_buf_reserve(ctx, out, len + 1))
				return false;
			memcpy(out->data, s, (size_t) (b - s));
			out->len = (size_t) (b - s);
			memcpy(out->data + out->len, a2, (size_t) (e - a2));
			out->len += (size_t) (e - a2);
			out->data[out->len] = '\0';
			*changed = true;
			return true;
		}
	}
	return true;
}
