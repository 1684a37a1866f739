/*
 * pdftk.c -- a report submitted as a filled PDF form, as `pdftk
 * dump_data_fields` lists its fields: records between "---" lines, each
 * "FieldName: …", "FieldNameAlt: …" (the label the form shows) and
 * "FieldValue: …" (which may go on over lines), among the field's type,
 * flags and options.
 *
 * Read as such, every "FieldFlags: 0" is a figure beside the label before
 * it.  Rewritten as an HTML page: a field whose label names a table, a row
 * and a column (统计表·三、对申请的答复数（件）·本年度) is a cell of that
 * table, its rows and columns in the order they come; any other field is a
 * line "label：value", or its value alone when it is the report's name (报告
 * 名称, 标题), and a long value (the summary) its lines as paragraphs.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define PK_ROWS 64
#define PK_COLS 8

typedef struct pk_span
{
	const char *s;
	size_t		n;
} pk_span;

typedef struct pk_table
{
	pk_span		name;
	pk_span		row[PK_ROWS];
	pk_span		col[PK_COLS];
	pk_span		cell[PK_ROWS][PK_COLS];
	int			nrows,
				ncols;
} pk_table;

bool
gdr_pdftk_detect(const char *s, size_t len)
{
	const char *e = s + len;

	return gdr_starts_lit(s, e, "---\nFieldType: ") || gdr_starts_lit(s, e, "---\r\nFieldType: ") ||
		gdr_starts_lit(s, e, "FieldType: ");
}

/* a "Field…: " key line of the dump */
static bool
key_line(const char *p, const char *e)
{
	if (!gdr_starts_lit(p, e, "Field"))
		return false;
	for (p += 5; p < e && ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')); p++)
		;
	return p < e && *p == ':';
}

static bool
same(pk_span a, const char *s, size_t n)
{
	return a.n == n && memcmp(a.s, s, n) == 0;
}

static bool
put_table(gdr_ctx *ctx, gdr_buf *h, const pk_table *t)
{
	int			r,
				c;

	if (!gdr_buf_append(ctx, h, "<p>", 3) || !gdr_buf_put_html(ctx, h, t->name.s, t->name.n) ||
		!gdr_buf_append(ctx, h, "</p>\n<table>\n<tr><td></td>", 26))
		return false;
	for (c = 0; c < t->ncols; c++)
		if (!gdr_buf_append(ctx, h, "<td>", 4) || !gdr_buf_put_html(ctx, h, t->col[c].s, t->col[c].n) ||
			!gdr_buf_append(ctx, h, "</td>", 5))
			return false;
	if (!gdr_buf_append(ctx, h, "</tr>\n", 6))
		return false;
	for (r = 0; r < t->nrows; r++)
	{
		if (!gdr_buf_append(ctx, h, "<tr><td>", 8) || !gdr_buf_put_html(ctx, h, t->row[r].s, t->row[r].n) ||
			!gdr_buf_append(ctx, h, "</td>", 5))
			return false;
		for (c = 0; c < t->ncols; c++)
			if (!gdr_buf_append(ctx, h, "<td>", 4) ||
				!gdr_buf_put_html(ctx, h, t->cell[r][c].s, t->cell[r][c].n) ||
				!gdr_buf_append(ctx, h, "</td>", 5))
				return false;
		if (!gdr_buf_append(ctx, h, "</tr>\n", 6))
			return false;
	}
	return gdr_buf_append(ctx, h, "</table>\n", 9);
}

/* one field: a table's cell (into t, which is flushed to h first when it is
 * another table's), or a line of its own */
static bool
put_field(gdr_ctx *ctx, gdr_buf *h, pk_table *t, pk_span alt, pk_span val)
{
	static const char dot[] = "\xC2\xB7";	/* · */
	const char *d1 = alt.n ? gdr_memmem(alt.s, alt.n, dot, 2) : NULL;
	const char *d2 = d1 ? gdr_memmem(d1 + 2, (size_t) (alt.s + alt.n - d1 - 2), dot, 2) : NULL;

	while (val.n > 0 && (val.s[val.n - 1] == '\n' || val.s[val.n - 1] == '\r' ||
						 val.s[val.n - 1] == ' '))
		val.n--;
	if (d2 != NULL && gdr_memmem(d2 + 2, (size_t) (alt.s + alt.n - d2 - 2), dot, 2) == NULL)
	{
		pk_span		name = {alt.s, (size_t) (d1 - alt.s)};
		pk_span		row = {d1 + 2, (size_t) (d2 - d1 - 2)};
		pk_span		col = {d2 + 2, (size_t) (alt.s + alt.n - d2 - 2)};
		int			r,
					c;

		if (t->nrows > 0 && !same(t->name, name.s, name.n))
		{
			if (!put_table(ctx, h, t))
				return false;
			t->nrows = t->ncols = 0;
		}
		t->name = name;
		for (r = 0; r < t->nrows && !same(t->row[r], row.s, row.n); r++)
			;
		for (c = 0; c < t->ncols && !same(t->col[c], col.s, col.n); c++)
			;
		if (r == PK_ROWS || c == PK_COLS)
			return true;		/* (a form of more rows than any report's) */
		if (r == t->nrows)
		{
			memset(t->cell[r], 0, sizeof(t->cell[r]));
			t->row[t->nrows++] = row;
		}
		if (c == t->ncols)
			t->col[t->ncols++] = col;
		t->cell[r][c] = val;
		return true;
	}
	if (t->nrows > 0)
	{
		if (!put_table(ctx, h, t))
			return false;
		t->nrows = t->ncols = 0;
	}
	if (val.n == 0)
		return true;
	/* the report's name: a title line */
	if ((gdr_memmem(alt.s, alt.n, "名称", 6) || gdr_memmem(alt.s, alt.n, "标题", 6)) &&
		(gdr_memmem(val.s, val.n, "报告", 6) || gdr_memmem(val.s, val.n, "总结", 6)) &&
		!memchr(val.s, '\n', val.n))
		return gdr_buf_put_paras(ctx, h, val.s, val.n);
	/* a long value: its lines, each a paragraph */
	if (memchr(val.s, '\n', val.n) || val.n > 200)
		return gdr_buf_put_paras(ctx, h, alt.s, alt.n) &&
			gdr_buf_put_paras(ctx, h, val.s, val.n);
	return gdr_buf_append(ctx, h, "<p>", 3) && gdr_buf_put_html(ctx, h, alt.s, alt.n) &&
		gdr_buf_append(ctx, h, "：", 3) && gdr_buf_put_html(ctx, h, val.s, val.n) &&
		gdr_buf_append(ctx, h, "</p>\n", 5);
}

bool
gdr_pdftk_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *e = s + len;
	gdr_buf		h = {0};
	pk_table   *t = gdr_alloc0(ctx, sizeof(pk_table));
	pk_span		alt = {NULL, 0},
				val = {NULL, 0};
	bool		in_val = false;

	if (t == NULL || !gdr_buf_reserve(ctx, &h, len + 64) ||
		!gdr_buf_append(ctx, &h, "<html><body>\n", 13))
		return false;
	while (p <= e)
	{
		const char *nl = p < e ? memchr(p, '\n', (size_t) (e - p)) : NULL;
		const char *le = nl ? nl : e;
		const char *ce = le > p && le[-1] == '\r' ? le - 1 : le;
		bool		sep = p == e || (ce - p == 3 && memcmp(p, "---", 3) == 0);

		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		if (sep)
		{
			if ((alt.n > 0 || val.n > 0) && !put_field(ctx, &h, t, alt, val))
				return false;
			alt.n = val.n = 0;
			in_val = false;
		}
		else if (key_line(p, ce))
		{
			in_val = false;
			if (gdr_starts_lit(p, ce, "FieldNameAlt: "))
			{
				alt.s = p + 14;
				alt.n = (size_t) (ce - p - 14);
			}
			else if (gdr_starts_lit(p, ce, "FieldValue: "))
			{
				val.s = p + 12;
				val.n = (size_t) (le - p - 12);
				in_val = true;
			}
		}
		else if (in_val)
			val.n = (size_t) (le - val.s);	/* the value goes on */
		if (p == e)
			break;
		p = le + (le < e);
	}
	if (t->nrows > 0 && !put_table(ctx, &h, t))
		return false;
	if (!gdr_buf_append(ctx, &h, "</body></html>\n", 15))
		return false;
	return gdr_html_to_text(ctx, h.data, h.len, out);
}
