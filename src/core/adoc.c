/*
 * adoc.c -- AsciiDoc tables (Asciidoctor; pandoc's AsciiDoc writer):
 *
 *     [cols=",,,",]
 *     |===
 *     |第二十条第（一）项 | | |
 *     |信息内容 |本年制发件数 |本年废止件数 |现行有效件数
 *     …
 *     | |（六）其他处理
 *     |1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 |1 |0
 *     |0 |0 |0 |1 |2
 *     |===
 *
 * A row is not a line: cells are read one after the other, and a row ends
 * when it holds as many cells as the table has columns (the cols attribute:
 * its entries, N* repeating, or one number; else the cells of the table's
 * first line).  A writer may wrap a long row over several lines, and a
 * cell's text may go on over lines of its own.  Cell specifiers are read:
 * N+ spans columns, .N+ rows (the spanned places are left blank), a style
 * letter (a|, h|) is dropped; \| is a '|' in the text.  Each row becomes a
 * tab-separated line, as a copy from Word gives it; the text outside the
 * tables is kept as it is.
 *
 * Detected by two lines that are |=== (a table's start and end).
 */
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define AD_MAXCOLS 32

bool
gdr_adoc_detect(const char *s, size_t len)
{
	const char *q = s,
			   *e = s + len;
	int			n = 0;

	while (q < e && (q = gdr_memmem(q, (size_t) (e - q), "|===", 4)) != NULL)
	{
		if ((q == s || q[-1] == '\n') &&
			(q + 4 == e || q[4] == '\n' || q[4] == '\r' || q[4] == ' '))
		{
			if (++n == 2)
				return true;
		}
		q += 4;
	}
	return false;
}

/* the columns a [cols="…"] line gives, or 0 */
static int
cols_of(const char *a, const char *b)
{
	const char *q = gdr_memmem(a, (size_t) (b - a), "cols=", 5);
	const char *v,
			   *ve;
	int			n = 0;
	bool		quoted;

	if (q == NULL)
		return 0;
	v = q + 5;
	quoted = v < b && (*v == '"' || *v == '\'');
	if (quoted)
		v++;
	for (ve = v; ve < b && (quoted ? *ve != v[-1] : (*ve != ',' && *ve != ']')); ve++)
		;
	if (ve == v)
		return 0;
	{
		/* one number: that many columns */
		const char *d = v;

		while (d < ve && *d >= '0' && *d <= '9')
			d++;
		if (d == ve)
		{
			long long	k = gdr_digits(v, ve, AD_MAXCOLS + 1);

			return k <= AD_MAXCOLS ? (int) k : 0;
		}
	}
	while (v <= ve)
	{
		const char *c = v;
		int			mult = 1;

		while (c < ve && *c != ',')
			c++;
		{
			const char *d = v;

			while (d < c && *d >= '0' && *d <= '9')
				d++;
			if (d > v && d < c && *d == '*')
				mult = (int) gdr_digits(v, d, AD_MAXCOLS + 1);
		}
		n += mult;
		v = c + 1;
	}
	return n > 0 && n <= AD_MAXCOLS ? n : 0;
}

/*
 * A cell specifier glued to the '|' that ends [a, b) (after a blank or at
 * the line's start): [N*][N][.N]+, alignment marks (<^> and .<^>), one
 * style letter (2+|, .3+|, 2.2+|, a|, ^.^h|).  Its start (b when there is
 * none) and the spans it gives (a duplication N* counts as a column span).
 */
static const char *
cell_spec(const char *a, const char *b, int *cspan, int *rspan)
{
	const char *t = b,
			   *q;
	int			c = 0,
				r = 0;
	bool		any = false;

	*cspan = 1;
	*rspan = 1;
	while (t > a && t[-1] != ' ' && t[-1] != '\t')
		t--;
	if (t == b)
		return b;
	q = t;
	/* (a span past 1000 is no span: the count stops growing there) */
	c = (int) gdr_digits(q, b, 1000);
	while (q < b && *q >= '0' && *q <= '9')
		q++;
	if (q < b && *q == '*')
	{
		q++;
		any = true;
	}
	else if (q < b && (*q == '.' || *q == '+'))
	{
		if (*q == '.' && q + 1 < b && q[1] >= '0' && q[1] <= '9')
			for (r = (int) gdr_digits(++q, b, 1000); q < b && *q >= '0' && *q <= '9'; q++)
				;
		if (q < b && *q == '+')
		{
			q++;
			any = true;
		}
		else
			return b;
	}
	else if (c > 0)
		return b;
	/* (strchr finds the terminator too: a NUL byte is no mark) */
	if (q < b && *q && strchr("<^>", *q))
		q++, any = true;
	if (q + 1 < b && *q == '.' && q[1] && strchr("<^>", q[1]))
		q += 2, any = true;
	if (q < b && *q && strchr("adehlmsv", *q))
		q++, any = true;
	if (q != b || !any)
		return b;
	*cspan = c >= 1 && c <= AD_MAXCOLS ? c : 1;
	*rspan = r >= 1 && r <= 64 ? r : 1;
	return t;
}

typedef struct adrow
{
	gdr_buf    *out;
	int			ncols;
	int			col;			/* places taken in the row */
	int			down[AD_MAXCOLS];	/* rows a row span still covers */
	bool		open;			/* a cell is open (text may follow) */
	bool		any;			/* the open cell has text */
	bool		line_start;		/* the next cell is the first of its line */
	int			span_tabs;		/* blank places the open cell spans */
	bool		bad;			/* rows and lines disagree */
} adrow;

/* the blank places a column span left after its cell's text */
static bool
flush_spans(gdr_ctx *ctx, adrow *R)
{
	for (; R->span_tabs > 0; R->span_tabs--)
		if (!gdr_buf_putc(ctx, R->out, '\t'))
			return false;
	return true;
}

/* past the places a row span covers; a full row ends its line */
static bool
advance(gdr_ctx *ctx, adrow *R)
{
	if (!flush_spans(ctx, R))
		return false;
	for (;;)
	{
		while (R->col < R->ncols && R->down[R->col] > 0)
		{
			R->down[R->col]--;
			if (R->col > 0 && !gdr_buf_putc(ctx, R->out, '\t'))
				return false;
			R->col++;
		}
		if (R->col < R->ncols)
			return true;
		if (!gdr_buf_putc(ctx, R->out, '\n'))
			return false;
		R->col = 0;
		R->open = false;
		/* a row that ends inside a line: cells lost or added */
		if (!R->line_start)
			R->bad = true;
	}
}

/*
 * At a blank line or the table's end: a row must not be half full (a
 * writer puts blank lines only between rows).  Places a row span covers
 * count as filled.
 */
static void
row_boundary(adrow *R)
{
	int			c;

	if (R->col == 0 || R->col == R->ncols)
		return;
	for (c = R->col; c < R->ncols; c++)
		if (R->down[c] == 0)
		{
			R->bad = true;
			return;
		}
}

/* a new cell: its separator */
static bool
cell_start(gdr_ctx *ctx, adrow *R, int cspan, int rspan)
{
	int			k;

	if (!advance(ctx, R))
		return false;
	if (R->col > 0 && !gdr_buf_putc(ctx, R->out, '\t'))
		return false;
	if (rspan > 1)
		R->down[R->col] = rspan - 1;
	R->col++;
	R->open = true;
	R->any = false;
	/* the other columns it spans: blank */
	for (k = 1; k < cspan && R->col < R->ncols; k++)
	{
		if (rspan > 1)
			R->down[R->col] = rspan - 1;
		R->span_tabs++;		/* written after the cell's text */
		R->col++;
	}
	return true;
}

/* text of the open cell (its blanks collapsed to one space) */
static bool
cell_text(gdr_ctx *ctx, adrow *R, const char *a, const char *b)
{
	while (a < b && (*a == ' ' || *a == '\t'))
		a++;
	while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
		b--;
	if (a == b)
		return true;
	if (R->any && !gdr_buf_putc(ctx, R->out, ' '))
		return false;
	for (; a < b; a++)
	{
		if (*a == '\\' && a + 1 < b && a[1] == '|')
			continue;
		if (!gdr_buf_putc(ctx, R->out, *a == '\t' ? ' ' : *a))
			return false;
	}
	R->any = true;
	return true;
}

/* the cells of one line of a table */
static bool
table_line(gdr_ctx *ctx, adrow *R, const char *a, const char *b)
{
	const char *p = a;

	R->line_start = true;
	while (p < b)
	{
		const char *bar = p;

		/* the next '|' that is not escaped */
		while (bar < b && !(*bar == '|' && (bar == a || bar[-1] != '\\')))
			bar++;
		if (bar == b)
		{
			/* the open cell's text goes on */
			if (R->open && !cell_text(ctx, R, p, b))
				return false;
			break;
		}
		{
			int			cspan,
						rspan;
			const char *sp = cell_spec(p, bar, &cspan, &rspan);

			if (R->open && !cell_text(ctx, R, p, sp))
				return false;
			if (!cell_start(ctx, R, cspan, rspan))
				return false;
			R->line_start = false;
		}
		p = bar + 1;
	}
	return true;
}

/*
 * The end of a table whose lines are [t_in, le) and whose rows were
 * written to out from t_out: when rows and lines disagreed (a '|' lost or
 * added, a row half full at a blank line), the rows are taken back and the
 * lines written as they are, a row per line, for the table reader to judge.
 */
static bool
table_end(gdr_ctx *ctx, adrow *R, gdr_buf *out, const char *t_in,
		  const char *le, size_t t_out)
{
	row_boundary(R);
	if (!flush_spans(ctx, R))
		return false;
	if (R->bad || R->ncols == 0)
	{
		out->len = t_out;
		return gdr_buf_append(ctx, out, t_in, (size_t) (le - t_in)) &&
			gdr_buf_putc(ctx, out, '\n');
	}
	return R->col == 0 || gdr_buf_putc(ctx, out, '\n');
}

bool
gdr_adoc_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *end = s + len;
	const char *cols_a = NULL,
			   *cols_b = NULL;
	adrow		R;
	bool		in_table = false,
				first = false;
	const char *t_in = NULL;	/* the open table's first line */
	size_t		t_out = 0;		/* and where its rows begin in out */

	memset(&R, 0, sizeof(R));
	R.out = out;
	if (!gdr_buf_reserve(ctx, out, len + 2))
		return false;
	while (p < end)
	{
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		const char *le = nl ? nl : end;
		const char *a = p,
				   *b = le;

		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
			b--;
		if (b - a == 4 && memcmp(a, "|===", 4) == 0)
		{
			if (!in_table)
			{
				memset(R.down, 0, sizeof(R.down));
				R.col = 0;
				R.span_tabs = 0;
				R.open = false;
				R.bad = false;
				R.ncols = cols_a ? cols_of(cols_a, cols_b) : 0;
				in_table = true;
				first = true;
				t_in = p;
				t_out = out->len;
			}
			else
			{
				if (!table_end(ctx, &R, out, t_in, le, t_out))
					return false;
				in_table = false;
			}
		}
		else if (in_table)
		{
			if (first && a < b)
			{
				/* no cols attribute: the first line's cells */
				if (R.ncols == 0)
				{
					const char *q;

					for (q = a; q < b; q++)
						if (*q == '|' && (q == a || q[-1] != '\\'))
							R.ncols++;
					if (R.ncols > AD_MAXCOLS)
						R.ncols = AD_MAXCOLS;
				}
				first = false;
			}
			if (a == b)
				row_boundary(&R);
			else if (R.ncols > 0 && !R.bad && !table_line(ctx, &R, a, b))
				return false;
		}
		else
		{
			if (b - a > 6 && a[0] == '[' && gdr_memmem(a, (size_t) (b - a), "cols=", 5))
			{
				cols_a = a;
				cols_b = b;
				p = nl ? nl + 1 : end;
				continue;		/* the table's attributes */
			}
			if (a < b)
				cols_a = cols_b = NULL;
			if (!gdr_buf_append(ctx, out, p, (size_t) (le - p)) ||
				(nl && !gdr_buf_putc(ctx, out, '\n')))
				return false;
		}
		p = nl ? nl + 1 : end;
	}
	/* a table the text leaves open */
	if (in_table && !table_end(ctx, &R, out, t_in, end, t_out))
		return false;
	return ctx->status == 0;
}
