/*
 * grid.c -- grid tables whose cells wrap over several lines.
 *
 * pandoc (docx -> markdown or plain text) writes a table whose cells hold
 * more than one line as a "grid table":
 *
 *   +--------+----------+------------------+--------+
 *   |        | （三）不 | 2.其他法律行政法 |        |
 *   |        | 予公开   | 规禁止公开       |        |
 *   |        |          +------------------+--------+
 *
 * Every line of a grid row holds a piece of every cell, so a label is cut
 * into pieces that no label table knows.  This pass joins the lines of each
 * grid row, cell by cell, into one line of cells:
 *
 *   |  | （三）不予公开 | 2.其他法律行政法规禁止公开 |  |
 *
 * A grid row is a run of lines that begin and end with '|', between border
 * lines (lines with a "+-" or "+=").  Its lines are joined only when they
 * all have the same number of '|' (one cell structure); anything else is
 * left as it is.  Text without a border line is returned untouched, with
 * one scan for "+-".
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define GRID_MAXCELLS 64
#define GRID_MAXLINES 32

typedef struct gline
{
	const char *a;				/* after leading blanks */
	const char *b;				/* before trailing blanks and '\r' */
	const char *next;			/* the next line's start */
} gline;

static void
line_at(const char *p, const char *end, gline *l)
{
	const char *e = memchr(p, '\n', (size_t) (end - p));

	l->next = e ? e + 1 : end;
	if (e == NULL)
		e = end;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	l->a = p;
	l->b = e;
}

/*
 * A border line: a "+-" or "+=" in a line that begins with + or |.  It may
 * also hold text: the cells of a row span (| 予公开   +------+) go on while
 * the cells beside them end.  Such a line is left as it is and ends the
 * grid row before it.
 */
static bool
is_border(const gline *l)
{
	const char *p;

	if (l->b - l->a < 3 || (*l->a != '+' && *l->a != '|'))
		return false;
	for (p = l->a; p + 1 < l->b; p++)
		if (*p == '+' && (p[1] == '-' || p[1] == '='))
			return true;
	return false;
}

/* a content line of a grid row: | ... | and not a border */
static bool
is_content(const gline *l)
{
	return l->b - l->a >= 2 && *l->a == '|' && l->b[-1] == '|' && !is_border(l);
}

static int
count_bars(const gline *l)
{
	const char *p;
	int			n = 0;

	for (p = l->a; p < l->b; p++)
		n += *p == '|';
	return n;
}

static bool
is_ascii_word(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* lines l[0..n) of one grid row, each with nbars '|': one line of cells */
static bool
join_row(gdr_ctx *ctx, const gline *l, int n, int nbars, gdr_buf *out)
{
	const char *pos[GRID_MAXLINES];
	int			i,
				c;

	for (i = 0; i < n; i++)
		pos[i] = l[i].a + 1;	/* after the first '|' */
	if (!gdr_buf_putc(ctx, out, '|'))
		return false;
	for (c = 1; c < nbars; c++)
	{
		char		last = 0;

		if (!gdr_buf_putc(ctx, out, ' '))
			return false;
		for (i = 0; i < n; i++)
		{
			const char *a = pos[i];
			const char *e = memchr(a, '|', (size_t) (l[i].b - a));
			const char *b = e;

			pos[i] = e + 1;
			while (a < b && *a == ' ')
				a++;
			while (b > a && b[-1] == ' ')
				b--;
			if (a == b)
				continue;
			/* pieces of a Chinese cell join as they are; words get a space */
			if (last && is_ascii_word((unsigned char) last) &&
				is_ascii_word((unsigned char) *a) && !gdr_buf_putc(ctx, out, ' '))
				return false;
			if (!gdr_buf_append(ctx, out, a, (size_t) (b - a)))
				return false;
			last = b[-1];
		}
		if (!gdr_buf_append(ctx, out, " |", 2))
			return false;
	}
	return gdr_buf_putc(ctx, out, '\n');
}

bool
gdr_grid_join(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	const char *p = s;
	const char *end = s + len;
	const char *copied = s;		/* s[.. copied) is in out */
	bool		seen_border = false;

	*changed = false;
	/* cheap test: no "+-" / "+=" anywhere, no grid table */
	{
		const char *q = s;

		while ((q = memchr(q, '+', (size_t) (end - q))) != NULL)
		{
			if (q + 1 < end && (q[1] == '-' || q[1] == '='))
				break;
			q++;
		}
		if (q == NULL)
			return true;
	}
	while (p < end)
	{
		gline		l[GRID_MAXLINES];
		gline		cur;
		int			n = 0,
					nbars;
		bool		same = true;

		line_at(p, end, &cur);
		if (gdr_work(ctx, (size_t) (cur.next - p)))
			return false;
		if (is_border(&cur))
		{
			/*
			 * A grid table's border begins with '+' (or is a partial one,
			 * | cell +-----+, in a row span); a rule |----+----| and nothing
			 * else is an org-mode (table.el) table's line under its header,
			 * whose rows are a line each
			 */
			const char *q = cur.a;

			while (q < cur.b && (*q == '|' || *q == '-' || *q == '+' || *q == '=' || *q == ':'))
				q++;
			if (*cur.a == '+' || q < cur.b)
				seen_border = true;
			p = cur.next;
			continue;
		}
		if (!seen_border || !is_content(&cur))
		{
			if (!is_content(&cur))
				seen_border = false;
			p = cur.next;
			continue;
		}
		/* a grid row: content lines up to the next border or other line */
		nbars = count_bars(&cur);
		while (p < end && n < GRID_MAXLINES)
		{
			line_at(p, end, &cur);
			if (!is_content(&cur))
				break;
			l[n++] = cur;
			same = same && count_bars(&cur) == nbars;
			p = cur.next;
		}
		if (n < 2 || !same || nbars < 2 || nbars > GRID_MAXCELLS)
			continue;
		/* replace the lines with their joined row */
		if (!gdr_buf_append(ctx, out, copied, (size_t) (l[0].a - copied)))
			return false;
		if (!join_row(ctx, l, n, nbars, out))
			return false;
		copied = l[n - 1].next;
		*changed = true;
	}
	if (*changed && !gdr_buf_append(ctx, out, copied, (size_t) (end - copied)))
		return false;
	return true;
}
