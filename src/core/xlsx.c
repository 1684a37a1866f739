/*
 * xlsx.c -- a spreadsheet's own XML, as a pipeline that unzips an .xlsx
 * without an office suite keeps it: xl/sharedStrings.xml (<sst>, every
 * text once, in <si> items of <t> runs) and a sheet (<worksheet>:
 * <sheetData> of <row>s of <c r="B7" t="s"><v>12</v></c> cells, whose
 * value is an index into the shared strings when t="s", the text itself
 * in <is><t> when t="inlineStr", else a number; merged ranges in
 * <mergeCells><mergeCell ref="A13:F13"/>), one after the other.
 *
 * The sheet is written again as an HTML table for the HTML reader: a row
 * per <row>, a cell per column from A to the row's last, a merge's first
 * cell with its rowspan and the cells it covers left out.  A merge across
 * columns is one cell, no colspan: a report laid out on a sheet merges
 * many narrow columns into each cell (27 for seven applicant columns and
 * the labels), which a colspan would repeat in every one of them.
 * Read as it is, the report is a list of strings with no rows and a grid
 * of indices.
 *
 * Detected by "<sst" and "<sheetData" in the text (an .xlsx's parts begin
 * with their XML declaration).
 */
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define XLSX_MAXCOL 256

typedef struct xrange
{
	int			r0,
				c0,
				r1,
				c1;
} xrange;

bool
gdr_xlsx_detect(const char *s, size_t len)
{
	return len > 5 && memcmp(s, "<?xml", 5) == 0 &&
		gdr_memmem(s, len < 4096 ? len : 4096, "<sst", 4) != NULL &&
		gdr_memmem(s, len, "<sheetData", 10) != NULL;
}

/* "AB12" at s: column (0-based) and row (1-based); the end */
static const char *
cell_ref(const char *s, const char *e, int *col, int *row)
{
	int			c = 0,
				r = 0;

	while (s < e && *s >= 'A' && *s <= 'Z' && c < 100000)
		c = c * 26 + (*s++ - 'A' + 1);
	while (s < e && *s >= '0' && *s <= '9' && r < 10000000)
		r = r * 10 + (*s++ - '0');
	*col = c - 1;
	*row = r;
	return s;
}

/* the text of the <t> elements in s[0..n) into out (HTML escapes kept) */
static bool
put_runs(gdr_ctx *ctx, gdr_buf *out, const char *s, size_t n)
{
	const char *e = s + n;

	while (s < e)
	{
		const char *t = gdr_memmem(s, (size_t) (e - s), "<t", 2);
		const char *gt,
				   *end;

		if (t == NULL)
			break;
		if (t + 2 < e && t[2] != '>' && t[2] != ' ')
		{
			s = t + 2;
			continue;
		}
		gt = memchr(t, '>', (size_t) (e - t));
		if (gt == NULL)
			break;
		if (gt[-1] == '/')
		{
			s = gt + 1;
			continue;
		}
		end = gdr_memmem(gt, (size_t) (e - gt), "</t>", 4);
		if (end == NULL)
			break;
		if (!gdr_buf_append(ctx, out, gt + 1, (size_t) (end - gt - 1)))
			return false;
		s = end + 4;
	}
	return true;
}

/* the cell at (row, col): 0 plain, 1 a merge's first cell (*m), 2 covered */
static int
merged(const xrange *m, int nm, int row, int col, const xrange **which)
{
	int			i;

	for (i = 0; i < nm; i++)
		if (row >= m[i].r0 && row <= m[i].r1 && col >= m[i].c0 && col <= m[i].c1)
		{
			*which = &m[i];
			return row == m[i].r0 && col == m[i].c0 ? 1 : 2;
		}
	return 0;
}

bool
gdr_xlsx_to_html(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *e = s + len;
	const char *sst = gdr_memmem(s, len, "<sst", 4);
	const char *sd = gdr_memmem(s, len, "<sheetData", 10);
	const char *sde;
	const char *p;
	const char **si = NULL;		/* each <si>'s start and end */
	size_t	   *sil = NULL;
	int			nsi = 0,
				maxsi = 0,
				maxsil = 0;
	xrange	   *m = NULL;
	int			nm = 0,
				maxm = 0,
				row_prev;

	out->len = 0;
	if (sst == NULL || sd == NULL || !gdr_buf_reserve(ctx, out, len / 2 + 64))
		return false;
	sde = gdr_memmem(sd, (size_t) (e - sd), "</sheetData>", 12);
	if (sde == NULL)
		sde = e;

	/* the shared strings, in order */
	for (p = sst; p < e;)
	{
		const char *a = gdr_memmem(p, (size_t) (e - p), "<si>", 4);
		const char *b;

		if (a == NULL || (sst < sd && a > sd))
			break;
		b = gdr_memmem(a, (size_t) (e - a), "</si>", 5);
		if (b == NULL)
			break;
		if (nsi == maxsi)
		{
			int			keep = maxsil;

			si = gdr_grow(ctx, si, nsi, &maxsi, sizeof(char *), 256);
			sil = gdr_grow(ctx, sil, nsi, &keep, sizeof(size_t), 256);
			maxsil = keep;
			if (si == NULL || sil == NULL)
				return false;
		}
		si[nsi] = a + 4;
		sil[nsi++] = (size_t) (b - a - 4);
		p = b + 5;
		if (gdr_work(ctx, (size_t) (b - a)))
			return false;
	}

	/* the merged ranges (after the sheet's data) */
	for (p = sde; p < e;)
	{
		const char *a = gdr_memmem(p, (size_t) (e - p), "<mergeCell ref=\"", 16);
		const char *q;
		xrange		x;

		if (a == NULL)
			break;
		q = cell_ref(a + 16, e, &x.c0, &x.r0);
		if (q < e && *q == ':')
			q = cell_ref(q + 1, e, &x.c1, &x.r1);
		else
		{
			x.c1 = x.c0;
			x.r1 = x.r0;
		}
		p = q;
		if (x.c0 < 0 || x.r0 < 1 || x.c1 < x.c0 || x.r1 < x.r0)
			continue;
		if (nm == maxm && (m = gdr_grow(ctx, m, nm, &maxm, sizeof(xrange), 64)) == NULL)
			return false;
		m[nm++] = x;
	}

	/* the rows */
	if (!gdr_buf_append(ctx, out, "<html><body><table>\n", 20))
		return false;
	row_prev = 0;
	for (p = sd; p < sde;)
	{
		const char *r = gdr_memmem(p, (size_t) (sde - p), "<row", 4);
		const char *re;
		const char *c;
		int			row = 0,
					col = 0;

		if (r == NULL)
			break;
		re = gdr_memmem(r, (size_t) (sde - r), "</row>", 6);
		if (re == NULL)
			re = sde;
		/* (each cell looks through the merges: a tick for them and the row) */
		if (gdr_work(ctx, (size_t) (re - r) + (size_t) nm * 16))
			return false;
		{
			/* the row tag's own r="N" (a cell's r="B7" is no row number) */
			const char *rt = memchr(r, '>', (size_t) (re - r));
			const char *ra = rt ? gdr_memmem(r, (size_t) (rt - r), " r=\"", 4) : NULL;

			row = ra ? (int) gdr_digits(ra + 4, rt, 1048576) : row_prev + 1;
			row_prev = row;
		}
		if (!gdr_buf_append(ctx, out, "<tr>", 4))
			return false;
		for (c = r; c < re;)
		{
			const char *ca = gdr_memmem(c, (size_t) (re - c), "<c ", 3);
			const char *gt,
					   *ce,
					   *ref;
			const xrange *mx = NULL;
			int			cc,
						rr,
						kind;
			bool		shared;

			if (ca == NULL)
				break;
			gt = memchr(ca, '>', (size_t) (re - ca));
			if (gt == NULL)
				break;
			ce = gt[-1] == '/' ? gt + 1 : gdr_memmem(gt, (size_t) (re - gt), "</c>", 4);
			if (ce == NULL)
				break;
			ref = gdr_memmem(ca, (size_t) (gt - ca), " r=\"", 4);
			if (ref == NULL)
				cc = col;
			else
				cell_ref(ref + 4, gt, &cc, &rr);
			if (cc < col || cc >= XLSX_MAXCOL)
			{
				c = ce;
				continue;
			}
			/* blank cells up to this column (none where a merge covers) */
			for (; col < cc; col++)
				if (merged(m, nm, row, col, &mx) != 2 &&
					!gdr_buf_append(ctx, out, "<td></td>", 9))
					return false;
			kind = merged(m, nm, row, cc, &mx);
			col = cc + 1;
			c = ce;
			if (kind == 2)
				continue;
			if (kind == 1 && mx->r1 > mx->r0)
			{
				char		at[48];
				int			n = snprintf(at, sizeof(at), "<td rowspan=\"%d\">",
										 mx->r1 - mx->r0 + 1);

				if (!gdr_buf_append(ctx, out, at, (size_t) n))
					return false;
			}
			else if (!gdr_buf_append(ctx, out, "<td>", 4))
				return false;
			shared = gdr_memmem(ca, (size_t) (gt - ca), " t=\"s\"", 6) != NULL;
			if (gt[-1] != '/')
			{
				const char *v = gdr_memmem(gt, (size_t) (ce - gt), "<v>", 3);

				if (shared && v != NULL)
				{
					int			k = (int) gdr_digits(v + 3, ce, INT_MAX);

					if (k >= 0 && k < nsi && !put_runs(ctx, out, si[k], sil[k]))
						return false;
				}
				else if (v != NULL)
				{
					const char *ve = gdr_memmem(v, (size_t) (ce - v), "</v>", 4);

					if (ve && !gdr_buf_append(ctx, out, v + 3, (size_t) (ve - v - 3)))
						return false;
				}
				else if (!put_runs(ctx, out, gt + 1, (size_t) (ce - gt - 1)))
					return false;	/* t="inlineStr": <is><t>… */
			}
			if (!gdr_buf_append(ctx, out, "</td>", 5))
				return false;
		}
		if (!gdr_buf_append(ctx, out, "</tr>\n", 6))
			return false;
		p = re;
	}
	return gdr_buf_append(ctx, out, "</table></body></html>\n", 23);
}
