/*
 * pylist.c -- a report dumped by a script that printed every table row as a
 * Python list, the way python-docx users do (print([c.text for c in
 * row.cells])):
 *
 *     ['行政许可', '37项', '+3项', '15871件']
 *
 * Each such line becomes the tab-separated row a copy from Word gives: the
 * quotes off, the escapes decoded (\n, \t and \xa0 a space: a line break or
 * a no-break space inside a cell), and cells that python-docx repeats for a
 * merged cell left repeated, as the HTML reader writes a span.  The other
 * lines (the prose the script printed first) are kept as they are.
 *
 * Detected when at least PYL_MIN lines are lists of two or more strings.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define PYL_MIN		3

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * The line s[0..n) as a Python list of strings: its cells written to out
 * (tab-separated; out may be NULL) and true, or false when it is not one
 * (then nothing of it is kept in out).
 */
static bool
list_line(const char *s, size_t n, gdr_buf *out)
{
	const char *p = s,
			   *e = s + n;
	size_t		start = out ? out->len : 0;
	int			cells = 0;

	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= e || *p != '[')
		return false;
	p++;
	for (;;)
	{
		char		q;

		while (p < e && *p == ' ')
			p++;
		if (p >= e || (*p != '\'' && *p != '"'))
			goto fail;
		q = *p++;
		if (out && cells > 0)
			out->data[out->len++] = '\t';
		for (;;)
		{
			if (p >= e)
				goto fail;
			if (*p == q)
			{
				p++;
				break;
			}
			if (*p == '\\' && p + 1 < e)
			{
				uint32_t	cp = 0;
				int			digits = 0,
							k;

				switch (p[1])
				{
					case 'n':
					case 't':
					case 'r':
						cp = ' ';
						break;
					case 'x':
						digits = 2;
						break;
					case 'u':
						digits = 4;
						break;
					case 'U':
						digits = 8;
						break;
					default:
						cp = (unsigned char) p[1];	/* \\ \' \" */
						break;
				}
				p += 2;
				if (digits > 0)
				{
					if (e - p < digits)
						goto fail;
					for (k = 0; k < digits; k++)
					{
						int			h = hexval(p[k]);

						if (h < 0)
							goto fail;
						cp = cp * 16 + (uint32_t) h;
					}
					p += digits;
				}
				if (cp == 0xa0 || cp < 0x20 || cp > 0x10ffff ||
					(cp >= 0xd800 && cp <= 0xdfff))
					cp = ' ';
				if (out)
				{
					if (cp < 0x80)
						out->data[out->len++] = (char) cp;
					else
						out->len += (size_t) gdr_utf8_encode(cp, out->data + out->len);
				}
				continue;
			}
			if (out)
				out->data[out->len++] = (*p == '\t') ? ' ' : *p;
			p++;
		}
		cells++;
		while (p < e && *p == ' ')
			p++;
		if (p < e && *p == ',')
		{
			p++;
			continue;
		}
		if (p < e && *p == ']')
		{
			p++;
			break;
		}
		goto fail;
	}
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	if (p == e && cells >= 2)
		return true;
fail:
	if (out)
		out->len = start;
	return false;
}

bool
gdr_pylist_detect(const char *s, size_t len)
{
	const char *p = s,
			   *e = s + len;
	int			lists = 0;

	/* a cheap no for nearly every text: no [' or [" (memchr: reports have
	 * few ASCII brackets) */
	{
		const char *q = s;
		bool		any = false;

		while (!any && (q = memchr(q, '[', (size_t) (e - q))) != NULL)
		{
			any = q + 1 < e && (q[1] == '\'' || q[1] == '"');
			q++;
		}
		if (!any)
			return false;
	}
	while (p < e && lists < PYL_MIN)
	{
		const char *nl = memchr(p, '\n', (size_t) (e - p));
		const char *le = nl ? nl : e;

		if (list_line(p, (size_t) (le - p), NULL))
			lists++;
		p = nl ? nl + 1 : e;
	}
	return lists >= PYL_MIN;
}

bool
gdr_pylist_to_tsv(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *e = s + len;

	/*
	 * Never longer than the input: every escape is at least as long as
	 * what it stands for, and ', ' is longer than a tab
	 */
	if (!gdr_buf_reserve(ctx, out, len + 2))
		return false;
	while (p < e)
	{
		const char *nl = memchr(p, '\n', (size_t) (e - p));
		const char *le = nl ? nl : e;

		if (!list_line(p, (size_t) (le - p), out))
		{
			memcpy(out->data + out->len, p, (size_t) (le - p));
			out->len += (size_t) (le - p);
		}
		if (nl)
			out->data[out->len++] = '\n';
		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		p = nl ? nl + 1 : e;
	}
	out->data[out->len] = '\0';
	return true;
}
