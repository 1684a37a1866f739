/*
 * groupfrag.c -- table 三's group labels cut into a narrow column of
 * pieces that share their lines with the labels of the rows under them: a
 * PDF whose table has narrow label columns, as pdftotext -layout,
 * Ghostscript's txtwrite or poppler's XML (pdftohtml -xml) give it:
 *
 *     (三 1.属于国家                 (三4.保护第三
 *               1    0 …             )不方合法权益 6 18 …
 *     )不 秘密                       予公5.属于三类
 *     予公 2.其他法律  1  0 …         开
 *
 * Read as it is, a row's label is "1.属于国家)不秘密": no keyword of the
 * row is whole, and the row is lost.  A group label ((三)不予公开,
 * (四)无法提供, (五)不予处理, (六)其他处理) that is spelt by the first
 * characters of lines near each other, in about the same column, among
 * rows whose values are laid out on a line (not a cell a line), is
 * written whole in place of its first piece (the blanks after it taking
 * up the extra width, one kept), and the other pieces are blanked: as wide
 * as they were, so that the values keep their columns; a line that held
 * only a piece goes (an empty line is an empty cell in Word's text).  A
 * group label printed whole is left alone, and so is one with values
 * after a piece and no other label ((六)其他 / 处理  3 0 …: the 2019 row's
 * own label).
 *
 * On the normalised text (ASCII parentheses).  The group's first piece is
 * looked for with gdr_memmem, four passes over the text (3.5% of a
 * parse, measured): the parser calls this only when table 三 lost rows,
 * and keeps what it reads again only if it loses fewer.
 */
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define FRAG_GAP	10			/* lines between two pieces, at most */
#define FRAG_COL	6			/* columns a piece may stand off the first */
#define FRAG_MAX	8			/* pieces of one label, at most */
#define EDIT_MAX	64			/* pieces in one text, at most */

static const char *const groups[] = {
	"(三)不予公开", "(四)无法提供", "(五)不予处理", "(六)其他处理"
};

typedef struct edit
{
	size_t		at;				/* the piece's first byte */
	size_t		len;			/* its bytes; the blanks after it (first) */
	int			group;			/* the label whole here; -1: blanked */
	bool		drop;			/* the piece's line, which holds nothing else */
} edit;

static int
cmp_edit(const void *a, const void *b)
{
	const edit *x = a,
			   *y = b;

	return x->at < y->at ? -1 : x->at > y->at;
}

/* bytes of g[0..gl) that s[0..n) begins with, whole characters only */
static size_t
common(const char *g, size_t gl, const char *s, size_t n)
{
	size_t		k = 0;

	while (k < gl && k < n && g[k] == s[k])
		k++;
	/* (not into the middle of a character) */
	while (k > 0 && k < gl && ((unsigned char) g[k] & 0xC0) == 0x80)
		k--;
	return k;
}

/* display columns of s[a..b) in its line, as the table reader counts them */
static int
width(const char *s, size_t a, size_t b)
{
	return gdr_disp_col(s, s + b) - gdr_disp_col(s, s + a);
}

/* does s[a..e) hold a CJK character (another cell's label)? */
static bool
han_in(const char *s, size_t a, size_t e)
{
	for (; a < e; a++)
		if ((unsigned char) s[a] >= 0xE3)
			return true;
	return false;
}

/* is s[a..e) white space only? */
static bool
blank_from(const char *s, size_t a, size_t e)
{
	for (; a < e; a++)
		if (s[a] != ' ' && s[a] != '\t' && s[a] != '\r')
			return false;
	return true;
}

/* does s[a..e) hold three numbers apart (a row's values laid out)? */
static bool
values_line(const char *s, size_t a, size_t e)
{
	int			n = 0;
	bool		in = false;

	for (; a < e; a++)
	{
		bool		d = s[a] >= '0' && s[a] <= '9';

		if (d && !in && ++n >= 3)
			return true;
		in = d;
	}
	return false;
}

static size_t
line_end(const char *s, size_t len, size_t at)
{
	const char *nl = memchr(s + at, '\n', len - at);

	return nl ? (size_t) (nl - s) : len;
}

/*
 * The pieces of groups[g] from s[p] (a line's first character, the line
 * from ls) into ed[*ne..]; false if they do not spell it
 */
static bool
pieces(const char *s, size_t len, size_t ls, size_t p, int g, edit *ed, int *ne)
{
	const char *G = groups[g];
	size_t		gl = strlen(G),
				e = line_end(s, len, p),
				got = common(G, gl, s + p, e - p),
				l;
	int			col0 = (int) (p - ls),
				n = 0,
				miss = 0,
				k;
	bool		shared,			/* a piece on a line with another label */
				values = false; /* a row's values on a line, among them */
	edit		f[FRAG_MAX];

	if (got == gl || got == 0)
		return false;			/* (whole: nothing to do) */
	/* the first piece: the label whole, the blanks after it its room */
	{
		size_t		sp = 0,
					room = (size_t) (width(G, 0, gl) - width(s, p, p + got));

		if (!han_in(s, p + got, e) && !blank_from(s, p + got, e))
			return false;		/* values after the piece: its row's own label */
		while (p + got + sp < e && s[p + got + sp] == ' ')
			sp++;
		/* (one blank kept before the next cell) */
		if (sp > 0 && p + got + sp < e)
			sp--;
		shared = han_in(s, p + got, e);
		f[n].at = p;
		f[n].len = got + (sp < room ? sp : room);
		f[n].group = g;
		f[n++].drop = false;
	}
	for (l = e + 1; l < len && got < gl && miss <= FRAG_GAP && n < FRAG_MAX; l = e + 1)
	{
		size_t		q = l,
					c;

		e = line_end(s, len, l);
		if (!values && values_line(s, l, e))
			values = true;
		while (q < e && s[q] == ' ')
			q++;
		c = abs((int) (q - l) - col0) <= FRAG_COL ? common(G + got, gl - got, s + q, e - q) : 0;
		if (c == 0)
		{
			miss++;
			continue;
		}
		if (!han_in(s, q + c, e) && !blank_from(s, q + c, e))
			return false;		/* (the same) */
		f[n].group = -1;
		f[n].drop = blank_from(s, q + c, e);
		shared = shared || !f[n].drop;
		f[n].at = f[n].drop ? l : q;
		f[n].len = f[n].drop ? (e < len ? e + 1 : e) - l : c;
		n++;
		got += c;
		miss = 0;
	}
	if (got < gl || n < 2 || !shared || !values || *ne + n > EDIT_MAX)
		return false;
	/* (a piece claimed by another group's label already: not this one) */
	for (k = 0; k < *ne; k++)
	{
		int			j;

		for (j = 0; j < n; j++)
			if (ed[k].at == f[j].at)
				return false;
	}
	for (k = 0; k < n; k++)
		ed[(*ne)++] = f[k];
	return true;
}

bool
gdr_group_frags(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	edit		ed[EDIT_MAX];
	int			ne = 0,
				g,
				k;
	size_t		from = 0;

	*changed = false;
	for (g = 0; g < 4; g++)
	{
		const char *needle = groups[g];
		size_t		nl = 4;		/* "(" and the numeral */
		const char *p = s,
				   *end = s + len;

		while ((p = gdr_memmem(p, (size_t) (end - p), needle, nl)) != NULL)
		{
			size_t		at = (size_t) (p - s),
						ls = at;

			if (gdr_work(ctx, 64))
				return false;
			while (ls > 0 && s[ls - 1] == ' ')
				ls--;
			if (ls == 0 || s[ls - 1] == '\n')
				pieces(s, len, ls, at, g, ed, &ne);
			p += nl;
		}
	}
	if (ne == 0)
		return true;
	qsort(ed, (size_t) ne, sizeof(edit), cmp_edit);
	if (!gdr_buf_reserve(ctx, out, len + (size_t) ne * 32 + 1))
		return false;
	for (k = 0; k < ne; k++)
	{
		if (!gdr_buf_append(ctx, out, s + from, ed[k].at - from))
			return false;
		from = ed[k].at + ed[k].len;
		if (ed[k].group >= 0)
		{
			if (!gdr_buf_append(ctx, out, groups[ed[k].group], strlen(groups[ed[k].group])))
				return false;
		}
		else if (!ed[k].drop)
		{
			int			c,
						w = width(s, ed[k].at, ed[k].at + ed[k].len);

			for (c = 0; c < w; c++)
				if (!gdr_buf_putc(ctx, out, ' '))
					return false;
		}
	}
	if (!gdr_buf_append(ctx, out, s + from, len - from))
		return false;
	*changed = true;
	return true;
}
