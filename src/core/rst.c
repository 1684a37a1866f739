/*
 * rst.c -- reStructuredText list tables (docutils' list-table directive):
 *
 *     .. list-table:: 主动公开政府信息情况
 *        :header-rows: 0
 *
 *        * - 规章
 *          - 0
 *          - 0
 *
 * Each "* -" begins a row and each "-" under it a cell; a cell's text may
 * go on over more lines, indented.  The rows become tab-separated lines, a
 * line per row, as a copy from Word gives them; everything outside the
 * list tables, the directive's options, is kept as it is.
 *
 * Detected by a line ".. list-table::".
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

bool
gdr_rst_detect(const char *s, size_t len)
{
	const char *q = s,
			   *e = s + len;

	/* ".. list-table::" by its ASCII colons (memchr), not memmem */
	while ((q = memchr(q, ':', (size_t) (e - q))) != NULL)
	{
		if (q - s >= 13 && q + 1 < e && q[1] == ':' && memcmp(q - 13, ".. list-table", 13) == 0)
			return true;
		q++;
	}
	return false;
}

bool
gdr_rst_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *end = s + len;
	bool		in_table = false,
				in_row = false;
	int			cells = 0;

	if (!gdr_buf_reserve(ctx, out, len + 2))
		return false;
	while (p < end)
	{
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		const char *le = nl ? nl : end;
		const char *a = p,
				   *b = le;
		size_t		indent;

		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
			b--;
		indent = (size_t) (a - p);
		if (b - a >= 15 && memcmp(a, ".. list-table::", 15) == 0)
		{
			/* the directive: its title a line of its own */
			in_table = true;
			in_row = false;
			a += 15;
			while (a < b && *a == ' ')
				a++;
			if (!gdr_buf_append(ctx, out, a, (size_t) (b - a)) ||
				!gdr_buf_putc(ctx, out, '\n'))
				return false;
		}
		else if (in_table && a < b && *a == ':')
			;					/* an option (:header-rows: 0) */
		else if (in_table && a == b)
			;					/* a blank line inside the table */
		else if (in_table && indent > 0 && b - a >= 1 && *a == '*' &&
				 (b - a == 1 || a[1] == ' '))
		{
			/* "* - cell": a new row and its first cell */
			if (in_row && !gdr_buf_putc(ctx, out, '\n'))
				return false;
			in_row = true;
			cells = 0;
			a++;
			while (a < b && *a == ' ')
				a++;
			if (a < b && *a == '-')
			{
				a++;
				while (a < b && *a == ' ')
					a++;
				cells = 1;
				if (!gdr_buf_append(ctx, out, a, (size_t) (b - a)))
					return false;
			}
		}
		else if (in_table && in_row && indent > 0 && *a == '-' && (b - a == 1 || a[1] == ' '))
		{
			/* "- cell": the next cell of the row */
			a++;
			while (a < b && *a == ' ')
				a++;
			if ((cells++ > 0 && !gdr_buf_putc(ctx, out, '\t')) ||
				!gdr_buf_append(ctx, out, a, (size_t) (b - a)))
				return false;
		}
		else if (in_table && in_row && indent > 0)
		{
			/* a cell's text going on */
			if (!gdr_buf_putc(ctx, out, ' ') ||
				!gdr_buf_append(ctx, out, a, (size_t) (b - a)))
				return false;
		}
		else
		{
			/* out of the table: the line as it is */
			if (in_row && !gdr_buf_putc(ctx, out, '\n'))
				return false;
			in_table = in_row = false;
			if (!gdr_buf_append(ctx, out, p, (size_t) (le - p)) ||
				(nl && !gdr_buf_putc(ctx, out, '\n')))
				return false;
		}
		p = nl ? nl + 1 : end;
	}
	if (in_row && !gdr_buf_putc(ctx, out, '\n'))
		return false;
	if (!gdr_buf_reserve(ctx, out, 1))
		return false;
	out->data[out->len] = '\0';
	return true;
}
