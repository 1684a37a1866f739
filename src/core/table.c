/*
 * table.c -- the table stage: finds and reads tables 三 (收到和处理政府信息
 * 公开申请情况) and 四 (行政复议、行政诉讼), calls active.c for table 二 and
 * legacy.c for pre-2019 statistics tables, and sets r->tmpl.
 *
 * The text (already normalised) of a table region is cut into tokens: TEXT
 * (a label or header fragment, whitespace and quotes removed), NUM (an
 * integer cell) and BLANK (an empty cell or a null marker such as `/`).
 * Cells are separated by '\t', by '|', by runs of spaces, by line breaks,
 * or not at all (run-together digits after a label).  Consecutive TEXT
 * tokens form a label buffer; the run of cells that follows is the row of
 * the last row keyword found in the buffer (report-format.md §8.4).  A row
 * whose cells cannot be placed with certainty is null with a warning.
 * When the labels are displaced from their values (PDF reading order), the
 * rows are placed by reading order only if every identity of the table
 * holds; otherwise the table's cells are null with a warning.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memrchr */
#endif
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define T_TEXT	0
#define T_NUM	1
#define T_BLANK 2

typedef struct tok
{
	uint8_t		type;
	uint8_t		run;			/* digits glued to text (no separator) */
	uint8_t		multi;			/* its line holds several cells */
	uint8_t		sep;			/* its line has explicit separators (tab, |) */
	int			line;
	const char *s;
	int			len;
	int64_t		v;
} tok;

typedef struct toklist
{
	tok		   *t;
	int			n;
	int			max;
} toklist;

/* row ids used by the label matcher besides gdr_app_row */
#define ROW_NONE		(-1)
#define ROW_SUB_BASE	100		/* + gdr_group: group label alone */
#define ROW_AMBIG		(-2)	/* labels displaced: values go nowhere */

#define MAXCELLS 64
#define MAXEVENTS 96
#define LBUF 768

typedef struct event
{
	int			row;			/* gdr_app_row, ROW_SUB_BASE+g, ROW_NONE */
	int			first;			/* index of first cell token */
	int			ncells;
	char	   *label;			/* the label buffer's text (ROW_NONE only) */
	int			labellen;
	bool		tail;			/* row named by its label with the text after its values */
} event;

/* ------------------------------------------------------------------ */
/* small helpers                                                       */
/* ------------------------------------------------------------------ */

/* the last byte of a token (an empty cell: where it is, a separator or
 * the end; gdr_body_span takes that as the end) */
static const char *
tok_last(const tok *t)
{
	return t->s + (t->len > 0 ? t->len - 1 : 0);
}

/* a run of cells under a label that names a template row of table 三 */
static bool
row_event(const event *e)
{
	return e->row >= 0 && e->row < GDR_NAPPROWS && e->ncells > 0;
}

/* is there a sentence end (。) between run a and the later run b? */
static bool
sentence_between(const tok *t, const event *a, const event *b)
{
	return gdr_has_stop(tok_last(&t[a->first + a->ncells - 1]), t[b->first].s);
}

/*
 * The first occurrence of each of n (1..16) needles in s[0..len) in one
 * pass: first[k] is NULL when needle k does not occur.  With `any`, stop
 * at the first needle found (the others are NULL).  Each needle is 2..256
 * bytes long.
 *
 * A report without tables is searched for a dozen anchors that are not
 * there; one pass (Wu-Manber: a window as long as the shortest needle,
 * shifted by what its last two bytes allow) costs 1.3-1.4 instructions a
 * byte for 3-6 needles, little more than one search for one.
 */
#define FE_HASH(a, b) \
	((((unsigned) (unsigned char) (a) << 4) ^ (unsigned char) (b)) & 4095)

void
gdr_find_each(const char *s, size_t len, const char *const *needles, int n,
			  bool any, const char **first)
{
	uint8_t		shift[4096];
	uint16_t	cand[4096];
	size_t		nl[16];
	size_t		m = 256;
	size_t		pos,
				j;
	int			k,
				left = n;

	for (k = 0; k < n; k++)
	{
		first[k] = NULL;
		nl[k] = strlen(needles[k]);
		if (nl[k] < m)
			m = nl[k];
	}
	if (len < m)
		return;
	memset(shift, (int) (m - 1), sizeof(shift));
	memset(cand, 0, sizeof(cand));
	for (k = 0; k < n; k++)
		for (j = 1; j < m; j++)
		{
			unsigned	h = FE_HASH(needles[k][j - 1], needles[k][j]);

			if (shift[h] > m - 1 - j)
				shift[h] = (uint8_t) (m - 1 - j);
			if (j == m - 1)
				cand[h] |= (uint16_t) (1u << k);
		}
	for (pos = m - 1; pos < len;)
	{
		unsigned	h = FE_HASH(s[pos - 1], s[pos]);
		unsigned	c;
		size_t		start = pos - (m - 1);

		if (shift[h])
		{
			pos += shift[h];
			continue;
		}
		for (c = cand[h]; c != 0; c &= c - 1)
		{
			k = gdr_lowest_bit(c);
			if (first[k] == NULL && nl[k] <= len - start &&
				memcmp(s + start, needles[k], nl[k]) == 0)
			{
				first[k] = s + start;
				if (any || --left == 0)
					return;
			}
		}
		pos++;
	}
}

/* Last occurrence of n[0..nl) in h[0..hl) (Horspool backwards), or -1. */
static long
search_rev(const char *h, size_t hl, const char *n, size_t nl)
{
	size_t		skip[256];
	size_t		i;
	unsigned char first;

	if (nl == 0 || nl > hl)
		return -1;
	for (i = 0; i < 256; i++)
		skip[i] = nl;
	for (i = nl - 1; i >= 1; i--)
		skip[(unsigned char) n[i]] = i;
	first = (unsigned char) n[0];
	i = hl - nl;
	for (;;)
	{
		unsigned char c = (unsigned char) h[i];

		if (c == first && memcmp(h + i + 1, n + 1, nl - 1) == 0)
			return (long) i;
		if (i < skip[c])
			return -1;
		i -= skip[c];
	}
}

/*
 * Does b[0..n) hold n_[0..nl) at a position where it ends after `from`
 * (the text before `from` is known not to hold it)?  For short buffers.
 */
static bool
has_from(const char *b, int n, int from, const char *n_, int nl)
{
	int			i = from - (nl - 1);

	if (i < 0)
		i = 0;
	for (; i + nl <= n; i++)
		if (b[i] == n_[0] && memcmp(b + i, n_, (size_t) nl) == 0)
			return true;
	return false;
}

#define LIT_FROM(b, n, from, lit) has_from((b), (n), (from), (lit), (int) sizeof(lit) - 1)
#define SEARCH_FWD(h, hl, lit) ((const char *) gdr_memmem((h), (hl), (lit), sizeof(lit) - 1))
#define SEARCH_REV(h, hl, lit) search_rev((h), (hl), (lit), sizeof(lit) - 1)

/* last occurrence of n in h[0..hl), or -1 */
static int
rfind(const char *h, int hl, const char *n)
{
	int			nl = (int) strlen(n);
	int			i;

	if (nl < 3)
	{
		for (i = hl - nl; i >= 0; i--)
			if (h[i] == n[0] && memcmp(h + i, n, (size_t) nl) == 0)
				return i;
		return -1;
	}
	/* compare a whole CJK character (3 bytes) before the rest */
	for (i = hl - nl; i >= 0; i--)
		if (h[i + 2] == n[2] && h[i + 1] == n[1] && h[i] == n[0] &&
			memcmp(h + i, n, (size_t) nl) == 0)
			return i;
	return -1;
}

static bool
ends_with(const char *h, int hl, const char *n)
{
	int			nl = (int) strlen(n);

	return hl >= nl && memcmp(h + hl - nl, n, (size_t) nl) == 0;
}

/* the bytes that may start a space: ' ' \f \v \r, U+00A0, U+3000 */
static const uint8_t space_first[256] = {
	[' '] = 1,['\f'] = 1,['\v'] = 1,['\r'] = 1,[0xC2] = 1,[0xE3] = 1
};

static inline bool
is_space_at(const char *s, const char *e, int *n)
{
	unsigned char c = (unsigned char) *s;

	if (!space_first[c])
	{
		*n = 0;					/* the common case: not a space */
		return false;
	}
	if (c == ' ' || c == '\f' || c == '\v' || c == '\r')
	{
		*n = 1;
		return true;
	}
	/* U+00A0, U+3000 (the normaliser folds them, be lenient anyway) */
	if (c == 0xC2 && e - s >= 2 && (unsigned char) s[1] == 0xA0)
	{
		*n = 2;
		return true;
	}
	if (c == 0xE3 && e - s >= 3 && (unsigned char) s[1] == 0x80 &&
		(unsigned char) s[2] == 0x80)
	{
		*n = 3;
		return true;
	}
	*n = 0;
	return false;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* make room for more tokens; false when out of memory */
static bool
grow_toks(gdr_ctx *ctx, toklist *tl)
{
	tok		   *nt = gdr_grow(ctx, tl->t, tl->n, &tl->max, sizeof(tok), 256);

	if (nt == NULL)
		return false;
	tl->t = nt;
	return true;
}

static inline bool
push_tok(gdr_ctx *ctx, toklist *tl, int type, int line, const char *s,
		 int len, int64_t v, bool run)
{
	tok		   *t;

	if (tl->n == tl->max && !grow_toks(ctx, tl))
		return false;
	t = &tl->t[tl->n++];
	t->type = (uint8_t) type;
	t->run = run;
	t->multi = 0;
	t->sep = 0;
	t->line = line;
	t->s = s;
	t->len = len;
	t->v = v;
	return true;
}

/* null markers of report-format.md §7.4 */
#define NM(lit) {lit, (int) sizeof(lit) - 1}
#define NULL_MARKER_MAXLEN 6
/* first bytes of the markers: / - — – － ／ 无 空 N n & \ */
static const uint8_t null_marker_first[256] = {
	['/'] = 1,['-'] = 1,[0xE2] = 1,[0xEF] = 1,[0xE6] = 1,[0xE7] = 1,
	['N'] = 1,['n'] = 1,['&'] = 1,['\\'] = 1
};

static inline bool
is_null_marker(const char *s, int n)
{
	static const struct
	{
		const char *m;
		int			len;
	}			m[] = {NM("/"), NM("-"), NM("—"), NM("——"), NM("－"), NM("–"),
		NM("无"), NM("空"), NM("N/A"), NM("n/a"), NM("&nbsp;"), NM("\\"),
	NM("／")};
	int			i;

	if (n <= 0 || n > NULL_MARKER_MAXLEN || !null_marker_first[(unsigned char) s[0]])
		return false;
	for (i = 0; i < (int) (sizeof(m) / sizeof(m[0])); i++)
		if (m[i].len == n && memcmp(s, m[i].m, (size_t) n) == 0)
			return true;
	return false;
}

/* value of an all-digit string; false when too long */
static bool
digits_value(const char *s, int n, int64_t *v)
{
	int64_t		x = 0;
	int			i;

	if (n <= 0 || n > 15)
		return false;
	for (i = 0; i < n; i++)
	{
		if (!is_digit(s[i]))
			return false;
		x = x * 10 + (s[i] - '0');
	}
	*v = x;
	return true;
}

/* A page marker line: `- 4 -`, `-3-`, `— 1 —`, `第 2 页`. */
static bool
is_page_marker(const char *s, const char *e)
{
	int			dashes = 0,
				digits = 0;
	int			n;

	while (s < e)
	{
		if (is_space_at(s, e, &n))
			s += n;
		else if (*s == '-')
		{
			dashes++;
			s++;
		}
		else if (e - s >= 3 && memcmp(s, "—", 3) == 0)
		{
			dashes++;
			s += 3;
		}
		else if (e - s >= 3 && memcmp(s, "－", 3) == 0)
		{
			dashes++;
			s += 3;
		}
		else if (is_digit(*s))
		{
			digits++;
			s++;
		}
		else
			return false;
	}
	return dashes >= 2 && digits > 0 && digits <= 3;
}

/* markdown separator `|---|:---:|` or a line of only pipes */
static bool
is_rule_line(const char *s, const char *e)
{
	bool		pipe = false;
	int			n;

	while (s < e)
	{
		if (*s == '|')
			pipe = true;
		else if (*s != '-' && *s != ':' && !is_space_at(s, e, &n))
			return false;
		if (is_space_at(s, e, &n))
			s += n;
		else
			s++;
	}
	return pipe;
}

/*
 * A number with thousands separators at s: 1-3 digits, then one or more
 * ",ddd" groups (12,345 / 1,234,567), not followed by another digit, a
 * comma or a decimal point with a digit.  Returns its end (NULL: not one)
 * and its value in *v.
 */
static const char *
grouped_number(const char *s, const char *e, int64_t *v)
{
	const char *p = s;
	int64_t		x = 0;
	int			groups = 0;

	while (p < e && is_digit(*p) && p - s < 3)
		x = x * 10 + (*p++ - '0');
	if (p == s || (p < e && is_digit(*p)))
		return NULL;
	while (e - p >= 4 && p[0] == ',' && is_digit(p[1]) && is_digit(p[2]) &&
		   is_digit(p[3]) && groups < 5)
	{
		x = x * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
		p += 4;
		groups++;
		if (p < e && is_digit(*p))
			return NULL;
	}
	if (groups == 0 || (p < e && *p == ',') ||
		(e - p >= 2 && *p == '.' && is_digit(p[1])))
		return NULL;
	*v = x;
	return p;
}

/*
 * Tokenise a word that has no separator inside: text and digit runs glued
 * together (`2.重复申请10000013.要求…`).  Digits followed by `.` or `、` and
 * then a non-digit are the numbering of the next label: the last digit is
 * numbering, the rest (if any) a value.
 */
static bool
tok_word(gdr_ctx *ctx, toklist *tl, int line, const char *s, const char *e)
{
	const char *p = s;
	const char *tstart = s;

	while (p < e)
	{
		if (is_digit(*p))
		{
			const char *d = p;
			const char *de;
			bool		glued;
			int64_t		gv;

			/* 12,345: one number (a digit or comma before it: not) */
			if ((d == s || (!is_digit(d[-1]) && d[-1] != ',' && d[-1] != '.')) &&
				(de = grouped_number(d, e, &gv)) != NULL)
			{
				if (d > tstart &&
					!push_tok(ctx, tl, T_TEXT, line, tstart, (int) (d - tstart), 0, false))
					return false;
				/* (never a run of cells to split: not `run`) */
				if (!push_tok(ctx, tl, T_NUM, line, d, (int) (de - d), gv, false))
					return false;
				p = tstart = de;
				continue;
			}
			while (p < e && is_digit(*p))
				p++;
			de = p;
			if (p < e && (*p == '.' || (e - p >= 3 && memcmp(p, "、", 3) == 0)))
			{
				const char *after = p + (*p == '.' ? 1 : 3);

				if (after < e && is_digit(*after))
				{
					/* a decimal: keep it all as text */
					while (p < e && (is_digit(*p) || *p == '.'))
						p++;
					continue;
				}
				/* numbering: the last digit starts the next label */
				de = p - 1;
				if (de == d)
				{
					continue;	/* `1.` alone: part of the text */
				}
			}
			else if (p < e && (*p == '%' || *p == '+' || (d > s && d[-1] == '+')))
			{
				continue;		/* percentages and signed numbers: text */
			}
			/* flush the text before d */
			if (d > tstart)
			{
				if (!push_tok(ctx, tl, T_TEXT, line, tstart, (int) (d - tstart), 0, false))
					return false;
			}
			glued = (d > s) || (de < e);
			{
				int64_t		v = 0;

				if (!digits_value(d, (int) (de - d), &v) && de - d <= 15)
					v = 0;
				if (de - d > 15)
				{
					/* absurdly long: keep as text */
					if (!push_tok(ctx, tl, T_TEXT, line, d, (int) (de - d), 0, false))
						return false;
				}
				else if (!push_tok(ctx, tl, T_NUM, line, d, (int) (de - d), v, glued))
					return false;
			}
			tstart = de;
			continue;
		}
		p++;
	}
	if (e > tstart)
	{
		if (is_null_marker(tstart, (int) (e - tstart)) && tstart == s)
			return push_tok(ctx, tl, T_BLANK, line, tstart, (int) (e - tstart), 0, false);
		return push_tok(ctx, tl, T_TEXT, line, tstart, (int) (e - tstart), 0, false);
	}
	return true;
}

/* a cell of a tab- or pipe-separated line */
static bool
tok_field(gdr_ctx *ctx, toklist *tl, int line, const char *s, const char *e)
{
	int			n;
	int64_t		v;

	while (s < e && is_space_at(s, e, &n))
		s += n;
	while (e > s && (e[-1] == ' ' || e[-1] == '\f'))
		e--;
	while (e - s >= 3 && memcmp(e - 3, "\xe3\x80\x80", 3) == 0)
		e -= 3;
	if (s == e || is_null_marker(s, (int) (e - s)))
		return push_tok(ctx, tl, T_BLANK, line, s, (int) (e - s), 0, false);
	/* a count with its unit (`137件`): the tables count applications in 件 */
	if (e - s >= 4 && memcmp(e - 3, "件", 3) == 0 && is_digit(e[-4]))
		e -= 3;
	if (digits_value(s, (int) (e - s), &v))
		return push_tok(ctx, tl, T_NUM, line, s, (int) (e - s), v, false);
	if (is_digit(*s) && grouped_number(s, e, &v) == e)
		return push_tok(ctx, tl, T_NUM, line, s, (int) (e - s), v, false);
	if (is_digit(*s) && e - s > 15)
	{
		const char *p = s;

		while (p < e && is_digit(*p))
			p++;
		if (p == e)				/* a long run of digits: split later */
			return push_tok(ctx, tl, T_NUM, line, s, (int) (e - s), 0, true);
	}
	return push_tok(ctx, tl, T_TEXT, line, s, (int) (e - s), 0, false);
}

/* a tokeniser over s[0..len), one line at a time */
typedef struct toker
{
	const char *p;				/* start of the next line */
	const char *end;
	int			line;			/* number of the last line read */
} toker;

static void
toker_init(toker *tk, const char *s, size_t len)
{
	tk->p = s;
	tk->end = s + len;
	tk->line = 0;
}

/*
 * The end of the line that begins at p (its '\n', or e), and whether a tab
 * or a '|' comes before it: one pass, 16 bytes at a time where there is
 * SSE2 (three memchr calls cost more on the short lines of a table)
 */
static inline const char *
line_scan(const char *p, const char *e, bool *tab, bool *pipe)
{
	unsigned	seen = 0;		/* 1: a tab, 2: a '|' */

#if defined(__SSE2__)
	const __m128i vn = _mm_set1_epi8('\n');
	const __m128i vt = _mm_set1_epi8('\t');
	const __m128i vp = _mm_set1_epi8('|');

	while (e - p >= 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) p);
		unsigned	mn = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, vn));
		unsigned	mt = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, vt));
		unsigned	mp = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, vp));

		if (mn != 0)
		{
			unsigned	before = (mn & (0u - mn)) - 1;	/* the bytes before the '\n' */

			seen |= ((mt & before) != 0) | (((mp & before) != 0) << 1);
			*tab = (seen & 1) != 0;
			*pipe = (seen & 2) != 0;
			return p + gdr_lowest_bit(mn);
		}
		seen |= (mt != 0) | ((mp != 0) << 1);
		p += 16;
	}
#endif
	for (; p < e && *p != '\n'; p++)
		if (*p == '\t')
			seen |= 1;
		else if (*p == '|')
			seen |= 2;
	*tab = (seen & 1) != 0;
	*pipe = (seen & 2) != 0;
	return p;
}

/* Tokenise the next line into tl.  Returns false when the ctx says stop. */
static bool
tokenize_line(gdr_ctx *ctx, toker *tk, toklist *tl)
{
	const char *end = tk->end;
	const char *ls = tk->p;
	bool		tab,
				pipe,
				sepline;
	const char *le = line_scan(ls, end, &tab, &pipe);
	const char *a = ls;			/* first byte after the leading spaces */
	int			first = tl->n;
	int			line;
	int			i;
	int			n;

	if (gdr_work(ctx, (size_t) (le - ls) + 1))
		return false;
	line = ++tk->line;
	tk->p = le < end ? le + 1 : end;

	/*
	 * Skip the leading spaces once: every test below ignores them, and
	 * empty or blank lines (half the lines of one-cell-per-line layouts)
	 * have no tokens.
	 */
	for (;;)
	{
		while (a < le && *a == ' ')
			a++;				/* layout text: runs of plain spaces */
		if (a < le && is_space_at(a, le, &n))
			a += n;
		else
			break;
	}
	if (a == le)
		return true;
	if (is_page_marker(a, le) || is_rule_line(a, le))
		return true;
	/* (the leading spaces skipped hold no tab and no '|') */
	sepline = tab || pipe;
	if (tab)
	{
		const char *f = ls;

		/* `\tcell`: one cell per line (Word text); a leading tab
		 * before more cells is an empty first cell (HTML rows) */
		if (*f == '\t' && memchr(f + 1, '\t', (size_t) (le - f - 1)) == NULL)
			f++;
		for (;;)
		{
			const char *fe = memchr(f, '\t', (size_t) (le - f));

			if (fe == NULL)
				fe = le;
			if (!tok_field(ctx, tl, line, f, fe))
				return false;
			if (fe == le)
				break;
			f = fe + 1;
		}
	}
	else if (sepline)
	{
		const char *b = le;

		while (b > a && (b[-1] == ' ' || b[-1] == '\f'))
			b--;
		if (a < b && *a == '|')
			a++;
		if (b > a && b[-1] == '|')
			b--;
		if (a < b)
		{
			const char *f = a;

			for (;;)
			{
				const char *fe = memchr(f, '|', (size_t) (b - f));

				if (fe == NULL)
					fe = b;
				if (!tok_field(ctx, tl, line, f, fe))
					return false;
				if (fe == b)
					break;
				f = fe + 1;
			}
		}
	}
	else
	{
		const char *q = a;

		/* markdown heading marks and list bullets are text noise */
		if (a == ls)
			while (q < le && (*q == '#' || *q == '>'))
				q++;
		while (q < le)
		{
			const char *w;
			bool		digit = false;

			for (;;)
			{
				while (q < le && *q == ' ')
					q++;
				if (q < le && is_space_at(q, le, &n))
					q += n;
				else
					break;
			}
			if (q >= le)
				break;
			w = q;
			while (q < le && !is_space_at(q, le, &n))
			{
				digit |= is_digit(*q);
				q++;
			}
			/* a word without digits is one token: tok_word() would find
			 * nothing to split */
			if (digit)
			{
				if (!tok_word(ctx, tl, line, w, q))
					return false;
			}
			else if (!push_tok(ctx, tl, is_null_marker(w, (int) (q - w)) ? T_BLANK : T_TEXT,
							   line, w, (int) (q - w), 0, false))
				return false;
		}
	}
	/* (push_tok() cleared both flags) */
	if (sepline || tl->n - first >= 2)
		for (i = first; i < tl->n; i++)
		{
			tl->t[i].multi = tl->n - first >= 2;
			tl->t[i].sep = sepline;
		}
	return true;
}

/* Tokenise s[0..len) into tl.  Returns false when the ctx says stop. */
static bool
tokenize(gdr_ctx *ctx, const char *s, size_t len, toklist *tl)
{
	toker		tk;

	toker_init(&tk, s, len);
	while (tk.p < tk.end)
		if (!tokenize_line(ctx, &tk, tl))
			return false;
	return true;
}

/*
 * Tokenise lines until token i exists or the text ends (the tokens of a
 * line are final once the line is read).  Returns false when the ctx says
 * stop.
 */
static bool
tokenize_upto(gdr_ctx *ctx, toker *tk, toklist *tl, int i)
{
	while (tl->n <= i && tk->p < tk->end)
		if (!tokenize_line(ctx, tk, tl))
			return false;
	return true;
}

/* ------------------------------------------------------------------ */
/* The label table (report-format.md §3.2, §8.4)                       */
/* ------------------------------------------------------------------ */

typedef struct kw
{
	const char *key;
	int			len;			/* strlen(key) */
	int			row;
	const char *cont;			/* a label's first words: the rest, or NULL */
	int			contlen;
} kw;

#define KW(key, row) {key, (int) sizeof(key) - 1, row, NULL, 0}
/* the first words of a label whose rest is on a line of its own (fixed
 * width: 3.危及“三安全一稳 … / 定”): what follows them must be the rest of
 * that label, or nothing (2.其他法律行政法规禁止关定” names no row) */
#define KWC(key, cont, row) {key, (int) sizeof(key) - 1, row, cont, (int) sizeof(cont) - 1}

static const kw app_keywords[] = {
	KW("本年新收", GDR_R_NEW),
	KW("新收政府信息公开申请", GDR_R_NEW),
	KW("上年结转", GDR_R_CARRIED_OVER),
	KW("上年度结转", GDR_R_CARRIED_OVER),
	KW("予以公开", GDR_R_GRANTED),
	KW("部分公开", GDR_R_PARTIAL),
	KW("国家秘密", GDR_R_DENIED_STATE_SECRET),
	KW("禁止公开", GDR_R_DENIED_PROHIBITED),
	KW("三安全一稳定", GDR_R_DENIED_SECURITY),
	KW("第三方合法权益", GDR_R_DENIED_THIRD_PARTY),
	KW("保护第三方", GDR_R_DENIED_THIRD_PARTY),
	KW("内部事务", GDR_R_DENIED_INTERNAL),
	KW("过程性信息", GDR_R_DENIED_PROCESS),
	KW("执法案卷", GDR_R_DENIED_ENFORCEMENT),
	KW("行政查询", GDR_R_DENIED_QUERY),
	KW("不掌握", GDR_R_UNABLE_NOT_HELD),
	KW("另行制作", GDR_R_UNABLE_NEEDS_CREATION),
	KW("仍不明确", GDR_R_UNABLE_UNCLEAR),
	KW("信访举报投诉", GDR_R_NP_PETITION),
	KW("信访投诉举报", GDR_R_NP_PETITION),
	KW("重复申请", GDR_R_NP_REPEATED),
	KW("出版物", GDR_R_NP_PUBLICATION),
	KW("大量反复", GDR_R_NP_EXCESSIVE),
	KW("重新出具", GDR_R_NP_CONFIRMATION),
	KW("确认或重新", GDR_R_NP_CONFIRMATION),
	KW("逾期不补正", GDR_R_OH_NO_CORRECTION),
	KW("收费通知", GDR_R_OH_FEE_UNPAID),
	KW("缴纳费用", GDR_R_OH_FEE_UNPAID),
	KW("结转下年", GDR_R_CARRIED_FORWARD),
	KW("转下年度", GDR_R_CARRIED_FORWARD),
	/* a label cut by its column's width, the rest below the row's values
	 * (pandoc plain): the numbering and the first words tell the row */
	KW("一、本年新", GDR_R_NEW),
	KW("二、上年结", GDR_R_CARRIED_OVER),
	KW("四、结转下", GDR_R_CARRIED_FORWARD),
	/* (fixed-width text: the rest of the label on the lines below) */
	KWC("法律行政法规", "禁止公开", GDR_R_DENIED_PROHIBITED),
	KWC("三安全一稳", "定", GDR_R_DENIED_SECURITY),
	KWC("现成信息", "需要另行制作", GDR_R_UNABLE_NEEDS_CREATION),
	KWC("补正后申请", "内容仍不明确", GDR_R_UNABLE_UNCLEAR),
	KWC("公开出版", "物", GDR_R_NP_PUBLICATION),
	KWC("理由大量", "反复申请", GDR_R_NP_EXCESSIVE),
	KWC("行政机关确认", "或重新出具已获取信息", GDR_R_NP_CONFIRMATION),
	KWC("理由逾期", "不补正", GDR_R_OH_NO_CORRECTION),
	KWC("逾期未按", "收费通知要求缴纳费用", GDR_R_OH_FEE_UNPAID),
	KW("不予公开", ROW_SUB_BASE + GDR_G_DENIED),
	KW("无法提供", ROW_SUB_BASE + GDR_G_UNABLE),
	KW("不予处理", ROW_SUB_BASE + GDR_G_NOT_PROCESSED),
	KW("其他处理", ROW_SUB_BASE + GDR_G_OTHER_HANDLING),
	KW("(七)总计", GDR_R_PROCESSED),
	KW("(七)合计", GDR_R_PROCESSED),
	{NULL, 0, 0, NULL, 0}
};

#define NAPPKW ((int) (sizeof(app_keywords) / sizeof(app_keywords[0])) - 1)

/*
 * The keyword matcher: one pass over a label buffer finds the last position
 * of every keyword (what rfind() of each would return).  Every keyword is at
 * least 3 bytes long; a position is tested only when its first 3 bytes are
 * the first 3 bytes of some keyword (bit k of m[j][byte] is set when byte
 * j of keyword k is `byte`).  Matcher index NAPPKW is `(六)`, which is not a
 * row but tells group (六).
 */
#define KW_SIX		NAPPKW
#define NMATCHKW	(NAPPKW + 1)

/* every matcher keyword has a bit in a uint64_t */
typedef char kwmatch_fits[NMATCHKW <= 64 ? 1 : -1];

typedef struct kwmatch
{
	uint64_t	m[3][256];
	int			other_handling; /* index of `其他处理` */
} kwmatch;

static const kw six_keyword = KW("(六)", ROW_NONE);

static const kw *
matcher_kw(int k)
{
	return k < NAPPKW ? &app_keywords[k] : &six_keyword;
}

/*
 * The matcher is built once per process (PostgreSQL backends are single
 * threaded), not per report: it is 6 KB to clear and fill.
 */
static kwmatch kw_matcher_table;
static bool kw_matcher_ready = false;

static const kwmatch *
kw_matcher(void)
{
	kwmatch    *km = &kw_matcher_table;
	int			k,
				j;

	if (kw_matcher_ready)
		return km;
	km->other_handling = -1;
	for (k = 0; k < NMATCHKW; k++)
	{
		const kw   *w = matcher_kw(k);

		for (j = 0; j < 3; j++)
			km->m[j][(unsigned char) w->key[j]] |= (uint64_t) 1 << k;
		if (w->row == ROW_SUB_BASE + GDR_G_OTHER_HANDLING)
			km->other_handling = k;
	}
	kw_matcher_ready = true;
	return km;
}

/*
 * Returns the set of matcher keywords found in b[0..n) (bit k for keyword
 * k) and sets last[k] to the last position of each keyword found; last[k]
 * of the others is left as it is.  The callers look only at the keywords
 * found, usually none or one or two.
 */
/*
 * Is b[0..n) (what follows a keyword's first words) the rest of its label,
 * cut anywhere, or the whole rest and more?  Spaces are skipped.
 */
static bool
cont_ok(const char *b, int n, const char *cont, int contlen)
{
	int			i = 0,
				j = 0;

	while (i < n && j < contlen)
	{
		if (b[i] == ' ' || b[i] == '\t')
		{
			i++;
			continue;
		}
		if (b[i] != cont[j])
			return false;
		i++;
		j++;
	}
	return true;
}

static uint64_t
kw_scan(const kwmatch *km, const char *b, int n, int *last)
{
	uint64_t	found = 0;
	int			i,
				k;

	for (i = 0; i + 3 <= n; i++)
	{
		uint64_t	m = km->m[0][(unsigned char) b[i]];

		if (m == 0)
			continue;
		m &= km->m[1][(unsigned char) b[i + 1]] & km->m[2][(unsigned char) b[i + 2]];
		while (m != 0)
		{
			const kw   *w;

			k = gdr_lowest_bit(m);
			m &= m - 1;
			w = matcher_kw(k);
			if (i + w->len <= n &&
				memcmp(b + i + 3, w->key + 3, (size_t) (w->len - 3)) == 0 &&
				(w->cont == NULL ||
				 cont_ok(b + i + w->len, n - i - w->len, w->cont, w->contlen)))
			{
				last[k] = i;
				found |= (uint64_t) 1 << k;
			}
		}
	}
	return found;
}

/* the row keywords among a kw_scan() result (not `(六)`) */
#define APP_KW(found)	((found) & ((((uint64_t) 1) << NAPPKW) - 1))

/* position of found keyword k in the buffer's suffix starting at off, or -1 */
static inline int
kw_pos(const int *last, int k, int off)
{
	return last[k] >= off ? last[k] - off : -1;
}

/* Strip a trailing numbering (`3.`, `3、`, `(3)`) from the end of b. */
static int
strip_numbering_tail(const char *b, int n)
{
	int			k = n;

	if (k > 0 && b[k - 1] == '.')
		k--;
	else if (ends_with(b, k, "、"))
		k -= 3;
	else
		return n;
	if (k > 0 && is_digit(b[k - 1]))
	{
		while (k > 0 && is_digit(b[k - 1]))
			k--;
		return k;
	}
	return n;
}

/*
 * b[0..n) starts with an item number: `1.`, `1、`, `(1)`; perhaps after a
 * character of a column set a character a line to the left (三、本年度办理
 * 结果: `(四)无法提供` / `本 2.没有现成信`)
 */
static bool
numbered_item_after(const char *b, int n)
{
	int			k = 0;

	if (n > 4 && (unsigned char) b[0] >= 0xE3 && is_digit(b[3]))
		k = 3;
	else if (n > 0 && b[0] == '(')
		k = 1;
	if (k >= n || !is_digit(b[k]))
		return false;
	while (k < n && is_digit(b[k]))
		k++;
	return k < n && (b[k] == '.' || b[k] == ')' || (n - k >= 3 && memcmp(b + k, "、", 3) == 0));
}

/* does an event before `upto` already hold row `row`? */
static bool
seen_event_row(const event *ev, int upto, int row)
{
	int			i;

	for (i = 0; i < upto; i++)
		if (ev[i].row == row)
			return true;
	return false;
}

static int	match_row(const char *b, int n, uint64_t found, const int *last, int off,
					  bool group_six, bool after_granted);
static int	count_rows(uint64_t found);

/*
 * The row of an unrecognised run's label `e` completed by `tail` (the text
 * on the lines after its values): a row only when the tail alone names no
 * row or group (so it is a fragment, not the next row's label) and the
 * label with it does.  ROW_NONE otherwise.
 */
static int	label_number(const char *b, int n);
static int	sub_number(int row, bool is2021);

static int
label_tail_row(gdr_ctx *ctx, const kwmatch *km, const event *e,
			   const char *tail, int tlen, bool group_six, bool after_granted)
{
	int			last[NMATCHKW];
	uint64_t	found;
	char	   *join;
	int			row;
	bool		named;

	if (tlen > 60 || e->labellen + tlen >= LBUF)
		return ROW_NONE;
	named = APP_KW(kw_scan(km, tail, tlen, last)) != 0;
	/*
	 * A tail that names a row may still be the rest of a numbered label cut
	 * by a narrow column (3.要求提供公 0 0 … / 开出版物): then the label's
	 * number must be the row's (3 for 要求提供公开出版物)
	 */
	if (named && label_number(e->label, e->labellen) == 0)
		return ROW_NONE;
	join = gdr_alloc(ctx, (size_t) (e->labellen + tlen + 1));
	if (join == NULL)
		return ROW_NONE;
	memcpy(join, e->label, (size_t) e->labellen);
	memcpy(join + e->labellen, tail, (size_t) tlen);
	join[e->labellen + tlen] = '\0';
	found = kw_scan(km, join, e->labellen + tlen, last);
	if (count_rows(found) == 0)
		return ROW_NONE;
	row = match_row(join, e->labellen + tlen, found, last, 0, group_six, after_granted);
	if (named && (row < 0 || row >= GDR_NAPPROWS ||
				  sub_number(row, true) != label_number(e->label, e->labellen)))
		return ROW_NONE;
	return row;
}

/*
 * The row of a label b[0..n) whose numbered item (from `from`, its last)
 * follows the tail of the row before, `prev`, which its values' line named
 * already (5.要求行政机关确认或 / 2 0 … / 重新出具已获取信息 then
 * 1.申请人无正当理由逾期不补正、行政机关不  6 1 …): the text before the
 * number names `prev` or no row, and the item exactly one row.  ROW_NONE
 * otherwise.
 */
static int
tail_then_item(const kwmatch *km, const char *b, int n, int from, int prev,
			   int *last, bool group_six, bool after_granted)
{
	int			plast[NMATCHKW];
	uint64_t	f;

	if (from <= 0 || from >= n || prev < 0 || prev >= GDR_NAPPROWS)
		return ROW_NONE;
	f = kw_scan(km, b, from, plast);
	if (count_rows(f) > 1 ||
		(count_rows(f) == 1 && match_row(b, from, f, plast, 0, group_six, after_granted) != prev))
		return ROW_NONE;
	f = kw_scan(km, b + from, n - from, last);
	if (count_rows(f) != 1)
		return ROW_NONE;
	return match_row(b + from, n - from, f, last, 0, group_six, after_granted);
}

/* run e, unrecognised, is row `row` after all (its label's tail read) */
static void
take_tail(event *e, int row, bool *after_granted, bool *has_six_sub, bool *group_six)
{
	e->row = row;
	e->tail = true;
	if (row >= GDR_R_GRANTED)
		*after_granted = true;
	if (row == GDR_R_OH_NO_CORRECTION || row == GDR_R_OH_FEE_UNPAID)
		*has_six_sub = true;
	if (row >= GDR_R_OH_NO_CORRECTION && row <= GDR_R_OH_OTHER)
		*group_six = true;
}

/* is there a numbered item (`5.`, `5、`) at b[i..n)? */
static inline bool
item_at(const char *b, int n, int i)
{
	int			k = i;

	if (!is_digit(b[i]) || (i > 0 && is_digit(b[i - 1])))
		return false;
	while (k < n && is_digit(b[k]))
		k++;
	if (k - i > 2 || k >= n)
		return false;
	return (b[k] == '.' && k + 1 < n && !is_digit(b[k + 1])) ||
		(n - k >= 3 && memcmp(b + k, "、", 3) == 0);
}

/* where the first numbered item begins in b[0..n), or n */
static int
first_item_start(const char *b, int n)
{
	int			i;

	for (i = 0; i + 1 < n; i++)
		if (item_at(b, n, i))
			return i;
	return n;
}

/*
 * Where the last numbered item (`5.要求行政机`) begins in b[0..n): the
 * text before it ends the label before; n when there is none
 */
static int
last_item_start(const char *b, int n)
{
	int			i;

	for (i = n - 2; i >= 0; i--)
		if (item_at(b, n, i))
			return i;
	return n;
}

/*
 * Resolve the label buffer b[0..n) to a row; b is the matcher buffer from
 * offset off on, scanned into found/last[] (kw_scan).  *group_six tells whether we are inside
 * group (六) (for the 2021 row `3.其他`).  Returns ROW_NONE when nothing
 * matches.
 */
static int
match_row(const char *b, int n, uint64_t found, const int *last, int off,
		  bool group_six, bool after_granted)
{
	int			best = ROW_NONE,
				bestpos = -1,
				bestend = -1;
	uint64_t	f;
	int			m;

	for (f = APP_KW(found); f != 0; f &= f - 1)
	{
		int			i = gdr_lowest_bit(f);
		int			pos = kw_pos(last, i, off);
		int			kend;

		if (pos < 0)
			continue;
		kend = pos + app_keywords[i].len;
		/* the latest keyword wins; on a tie (nested), the longest */
		if (pos > bestpos || (pos == bestpos && kend > bestend) ||
			(kend > bestend && pos >= bestpos))
		{
			/* `不予公开` inside `(三)不予公开` but also as prefix of nothing */
			best = app_keywords[i].row;
			bestpos = pos;
			bestend = kend;
		}
	}
	m = strip_numbering_tail(b, n);
	/* plain `总计` / `合计` closing the buffer after the outcome rows */
	if ((ends_with(b, m, "总计") || ends_with(b, m, "合计")) && after_granted &&
		rfind(b, m, "总计") >= bestend - 6)
		return GDR_R_PROCESSED;
	/* `3.其他` of group (六) in the 2021 format */
	if (group_six && ends_with(b, m, "其他") && !ends_with(b, m, "其他处理") &&
		(m == 6 || rfind(b, m, "其他") > bestpos))
	{
		int			k = m - 6;

		/* the text right before `其他` must be a numbering or nothing */
		if (k == 0 || b[k - 1] == '.' || ends_with(b, k, "、") || b[k - 1] == ')')
			return GDR_R_OH_OTHER;
	}
	/*
	 * A group label followed by a numbered item (`(三)不予公开1.属于国家秘`:
	 * the item's label cut by a line break) is that item, unrecognised;
	 * only a group label that ends the label is the group's subtotal.
	 */
	if (best >= ROW_SUB_BASE && bestend < m && numbered_item_after(b + bestend, m - bestend))
		return ROW_NONE;
	return best;
}

static void null_row(gdr_report *r, int base, int n);

/*
 * For colmajor.c: the row a table 三 label names (spaces already taken
 * out): a template row (0 .. GDR_NAPPROWS - 1), -2 for a group's heading
 * ((三)不予公开, 三、本年度办理结果 has none), or -1.
 */
int
gdr_app_label_row(const char *b, int n, bool group_six)
{
	int			last[NMATCHKW];
	uint64_t	found;
	int			row;

	if (n <= 0 || n >= LBUF)
		return -1;
	found = kw_scan(kw_matcher(), b, n, last);
	if (APP_KW(found) == 0 && !group_six)
		return -1;				/* (in group (六), 3.其他 names none) */
	row = match_row(b, n, found, last, 0, group_six, true);
	if (row >= ROW_SUB_BASE)
		return -2;
	return row >= 0 && row < GDR_NAPPROWS ? row : -1;
}

/* a row label of its own: starts with a numbering (`9.`, `(八)`, `九、`) */
static bool
looks_numbered(const char *b)
{
	if (is_digit(b[0]))
	{
		while (is_digit(*b))
			b++;
		return *b == '.' || strncmp(b, "、", 3) == 0;
	}
	return b[0] == '(' && strchr(b, ')') != NULL && strchr(b, ')') - b <= 8;
}

/* number of distinct template rows named in the scanned buffer */
static int
count_rows(uint64_t found)
{
	bool		named[GDR_NAPPROWS];
	uint64_t	f;
	int			cnt = 0;

	memset(named, 0, sizeof(named));
	for (f = APP_KW(found); f != 0; f &= f - 1)
	{
		int			i = gdr_lowest_bit(f);

		if (app_keywords[i].row < ROW_SUB_BASE && !named[app_keywords[i].row])
		{
			named[app_keywords[i].row] = true;
			cnt++;
		}
	}
	return cnt;
}

/* every row named in the scanned buffer becomes null with a warning */
static void
mark_ambiguous(gdr_ctx *ctx, gdr_report *r, uint64_t found, bool *seen)
{
	bool		named[GDR_NAPPROWS];
	uint64_t	f;

	memset(named, 0, sizeof(named));
	for (f = APP_KW(found); f != 0; f &= f - 1)
	{
		int			i = gdr_lowest_bit(f);

		if (app_keywords[i].row < ROW_SUB_BASE && !named[app_keywords[i].row])
		{
			int			row = app_keywords[i].row;
			int			base = GDR_S_APP(row, 0);

			named[row] = true;
			if (seen[row])
				continue;
			seen[row] = true;
			null_row(r, base, GDR_NAPPCOLS);
			gdr_warn(ctx, r, "row_label_displaced", gdr_slots[base + GDR_C_TOTAL].path,
					 "table 三: the label of row %s is separated from its values; its cells cannot be placed",
					 gdr_slots[base + GDR_C_TOTAL].path);
		}
	}
}

/* ------------------------------------------------------------------ */
/* helpers on events                                                   */
/* ------------------------------------------------------------------ */

static bool
sum_accept(void *arg, const int64_t *c, int n)
{
	int64_t		s = 0;
	int			i;
	int			grp = arg ? *(int *) arg : n;

	/* every group of `grp` cells: the first grp-1 sum to the last */
	for (i = 0; i < n; i++)
	{
		if ((i + 1) % grp == 0)
		{
			if (s != c[i])
				return false;
			s = 0;
		}
		else
			s += c[i];
	}
	return true;
}

/*
 * Decide the `want` cells of a run of tokens t[first..first+n).
 * On success fills vals/isnull and returns true; *split set if the cells
 * came from splitting run-together digits.
 */
static bool
place_cells(gdr_ctx *ctx, const tok *t, int first, int n, int want,
			int64_t *vals, bool *isnull, bool *split, bool *error)
{
	int			nnum = 0,
				i,
				k;
	int			firstnum = -1,
				lastnum = -1;

	*split = false;
	*error = false;
	for (i = 0; i < n; i++)
		if (t[first + i].type == T_NUM)
		{
			nnum++;
			if (firstnum < 0)
				firstnum = i;
			lastnum = i;
		}
	if (nnum == 0)
		return false;
	/* exactly the cells of the row, blanks included */
	if (n == want)
	{
		for (i = 0; i < n; i++)
		{
			if (t[first + i].type == T_NUM && t[first + i].run &&
				t[first + i].len > 1 && nnum < want)
				return false;
			vals[i] = t[first + i].v;
			isnull[i] = t[first + i].type != T_NUM;
		}
		return true;
	}
	/* all numbers, blanks only around them */
	if (nnum == want && lastnum - firstnum + 1 == want)
	{
		for (i = 0; i < want; i++)
		{
			vals[i] = t[first + firstnum + i].v;
			isnull[i] = false;
		}
		return true;
	}
	/* a multi-cell line with leading blank label columns */
	if (n > want && t[first].multi)
	{
		bool		ok = true;

		for (i = 0; i < n - want; i++)
			if (t[first + i].type != T_BLANK)
				ok = false;
		if (ok)
		{
			for (i = 0; i < want; i++)
			{
				vals[i] = t[first + n - want + i].v;
				isnull[i] = t[first + n - want + i].type != T_NUM;
			}
			return true;
		}
	}
	/* one run of glued digits: split it */
	if (nnum == 1 && t[first + firstnum].len >= want &&
		(t[first + firstnum].run || t[first + firstnum].len > 15))
	{
		int64_t		out[MAXCELLS];
		int			grp = want == 15 ? 5 : want;
		int			got;

		got = gdr_split_digits(ctx, t[first + firstnum].s,
							   (size_t) t[first + firstnum].len, want,
							   sum_accept, &grp, out);
		if (ctx->status)
		{
			*error = true;
			return false;
		}
		if (got == 1)
		{
			for (k = 0; k < want; k++)
			{
				vals[k] = out[k];
				isnull[k] = false;
			}
			*split = true;
			return true;
		}
	}
	return false;
}

static void
set_row(gdr_report *r, int base, const int64_t *vals, const bool *isnull,
		int n, bool split)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		if (isnull[i])
			gdr_set_null(r, base + i);
		else
		{
			gdr_set(r, base + i, vals[i]);
			if (split)
				r->st[base + i] |= GDR_ST_SPLIT;
		}
	}
}

static void
null_row(gdr_report *r, int base, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (!(r->st[base + i] & GDR_ST_VALUE))
			gdr_set_null(r, base + i);
}

/* ------------------------------------------------------------------ */
/* table 三                                                             */
/* ------------------------------------------------------------------ */

/* the bytes that may start a space or a quote in label text */
static const uint8_t label_special[256] = {
	[' '] = 1,['\f'] = 1,['\v'] = 1,['\r'] = 1,['"'] = 1,['\''] = 1,
	[0xC2] = 1,[0xE2] = 1,[0xE3] = 1
};

static const int rows2019[] = {
	GDR_R_NEW, GDR_R_CARRIED_OVER, GDR_R_GRANTED, GDR_R_PARTIAL,
	GDR_R_DENIED_STATE_SECRET, GDR_R_DENIED_PROHIBITED, GDR_R_DENIED_SECURITY,
	GDR_R_DENIED_THIRD_PARTY, GDR_R_DENIED_INTERNAL, GDR_R_DENIED_PROCESS,
	GDR_R_DENIED_ENFORCEMENT, GDR_R_DENIED_QUERY,
	GDR_R_UNABLE_NOT_HELD, GDR_R_UNABLE_NEEDS_CREATION, GDR_R_UNABLE_UNCLEAR,
	GDR_R_NP_PETITION, GDR_R_NP_REPEATED, GDR_R_NP_PUBLICATION,
	GDR_R_NP_EXCESSIVE, GDR_R_NP_CONFIRMATION,
	GDR_R_OH_OTHER, GDR_R_PROCESSED, GDR_R_CARRIED_FORWARD
};

/* do the identities of the table hold for a candidate grid? */
static bool
grid_consistent(const int64_t g[GDR_NAPPROWS][GDR_NAPPCOLS], bool is2021)
{
	int			c,
				row;

	for (row = 0; row < GDR_NAPPROWS; row++)
	{
		int64_t		s = 0;

		if (!is2021 && (row == GDR_R_OH_NO_CORRECTION || row == GDR_R_OH_FEE_UNPAID))
			continue;
		for (c = 0; c < GDR_C_TOTAL; c++)
			s += g[row][c];
		if (s != g[row][GDR_C_TOTAL])
			return false;
	}
	for (c = 0; c < GDR_NAPPCOLS; c++)
	{
		int64_t		s = 0;

		for (row = GDR_R_GRANTED; row <= GDR_R_OH_OTHER; row++)
			if (is2021 || (row != GDR_R_OH_NO_CORRECTION && row != GDR_R_OH_FEE_UNPAID))
				s += g[row][c];
		if (s != g[GDR_R_PROCESSED][c])
			return false;
		if (g[GDR_R_NEW][c] + g[GDR_R_CARRIED_OVER][c] !=
			g[GDR_R_PROCESSED][c] + g[GDR_R_CARRIED_FORWARD][c])
			return false;
	}
	return true;
}

/* is row an outcome row (三(一)..(六)) of the era? */
static bool
is_outcome(int row, bool is2021)
{
	if (row < GDR_R_GRANTED || row > GDR_R_OH_OTHER)
		return false;
	if (!is2021 && (row == GDR_R_OH_NO_CORRECTION || row == GDR_R_OH_FEE_UNPAID))
		return false;
	return true;
}

/*
 * Rows whose run-together digits split in several ways that each add up
 * to the row's 总计, and that resolve_by_columns could not settle one at a
 * time (the column identities tie two of them together, or leave one
 * open).  Every reading of
 * all of them together is tried; the readings under which every column
 * identity that can be evaluated holds are kept, and each cell on which
 * all of them agree is set.  Cells they disagree on stay null.
 */
#define JOINT_MAXROWS	6
#define JOINT_MAXCAND	16
#define JOINT_MAXCOMBOS 65536

typedef struct jcands
{
	int			n;
	bool		overflow;
	int64_t		c[JOINT_MAXCAND][GDR_NAPPCOLS];
} jcands;

static bool
joint_collect(void *arg, const int64_t *cells, int ncells)
{
	jcands	   *j = arg;
	int64_t		s = 0;
	int			c;

	for (c = 0; c < ncells - 1; c++)
		s += cells[c];
	if (s != cells[ncells - 1])
		return false;
	if (j->n == JOINT_MAXCAND)
		j->overflow = true;
	else
		memcpy(j->c[j->n++], cells, sizeof(int64_t) * GDR_NAPPCOLS);
	return false;				/* go on: every reading is wanted */
}

/* does every column identity whose cells all have a value hold? */
static bool
joint_holds(const gdr_report *r, bool is2021)
{
	int			c,
				x;

	for (c = 0; c < GDR_NAPPCOLS; c++)
	{
		int64_t		s = 0;
		bool		all = gdr_has(r, GDR_S_APP(GDR_R_PROCESSED, c));
		int			sN = GDR_S_APP(GDR_R_NEW, c),
					sC = GDR_S_APP(GDR_R_CARRIED_OVER, c),
					sP = GDR_S_APP(GDR_R_PROCESSED, c),
					sF = GDR_S_APP(GDR_R_CARRIED_FORWARD, c);

		for (x = GDR_R_GRANTED; x <= GDR_R_OH_OTHER && all; x++)
			if (is_outcome(x, is2021))
			{
				if (!gdr_has(r, GDR_S_APP(x, c)))
					all = false;
				else
					s += r->val[GDR_S_APP(x, c)];
			}
		if (all && s != r->val[sP])
			return false;
		if (gdr_has(r, sN) && gdr_has(r, sC) && gdr_has(r, sP) && gdr_has(r, sF) &&
			r->val[sN] + r->val[sC] != r->val[sP] + r->val[sF])
			return false;
	}
	return true;
}

/*
 * Returns a bitmask of the pending rows (by index) that were set whole;
 * rows set in part have had their agreed cells set.
 */
static unsigned
resolve_jointly(gdr_ctx *ctx, gdr_report *r, const int *row, const tok *const *t,
				int n, bool is2021, unsigned *partial)
{
	jcands	   *jc;
	int			k,
				c,
				idx[JOINT_MAXROWS];
	long		combos = 1,
				kept = 0;
	int64_t		agree[JOINT_MAXROWS][GDR_NAPPCOLS];
	bool		same[JOINT_MAXROWS][GDR_NAPPCOLS];
	unsigned	whole = 0;

	*partial = 0;
	if (n < 1 || n > JOINT_MAXROWS)
		return 0;
	jc = gdr_alloc0(ctx, sizeof(jcands) * (size_t) n);
	if (jc == NULL)
		return 0;
	for (k = 0; k < n; k++)
	{
		int64_t		out[GDR_NAPPCOLS];

		gdr_split_digits(ctx, t[k]->s, (size_t) t[k]->len, GDR_NAPPCOLS,
						 joint_collect, &jc[k], out);
		if (ctx->status || jc[k].overflow || jc[k].n == 0)
			return 0;
		combos *= jc[k].n;
		if (combos > JOINT_MAXCOMBOS)
			return 0;
	}
	memset(idx, 0, sizeof(idx));
	for (;;)
	{
		/* this reading, into the report */
		for (k = 0; k < n; k++)
			for (c = 0; c < GDR_NAPPCOLS; c++)
				gdr_set(r, GDR_S_APP(row[k], c), jc[k].c[idx[k]][c]);
		if (joint_holds(r, is2021))
		{
			for (k = 0; k < n; k++)
				for (c = 0; c < GDR_NAPPCOLS; c++)
				{
					int64_t		v = jc[k].c[idx[k]][c];

					if (kept == 0)
					{
						agree[k][c] = v;
						same[k][c] = true;
					}
					else if (agree[k][c] != v)
						same[k][c] = false;
				}
			kept++;
		}
		/* the next reading */
		for (k = 0; k < n && ++idx[k] == jc[k].n; k++)
			idx[k] = 0;
		if (k == n)
			break;
		if (gdr_work(ctx, 64))
			return 0;
	}
	for (k = 0; k < n; k++)
	{
		int			nsame = 0;

		for (c = 0; c < GDR_NAPPCOLS; c++)
		{
			int			sl = GDR_S_APP(row[k], c);

			if (kept > 0 && same[k][c])
			{
				gdr_set(r, sl, agree[k][c]);
				r->st[sl] |= GDR_ST_SPLIT;
				nsame++;
			}
			else
				gdr_set_null(r, sl);
		}
		if (nsame == GDR_NAPPCOLS)
			whole |= 1u << k;
		else if (nsame > 0)
			*partial |= 1u << k;
	}
	return whole;
}

/*
 * The cells of `row` derived from the other rows by T3-COL / T3-SUM; true
 * when every operand has a value.  If the glued digits of the row read
 * exactly as the derived cells, the split is certain.
 */
static bool
resolve_by_columns(gdr_report *r, int row, const tok *t, bool is2021)
{
	int64_t		exp[GDR_NAPPCOLS];
	char		digits[GDR_NAPPCOLS * 21 + 1];
	int			c,
				x,
				n = 0;

	for (c = 0; c < GDR_NAPPCOLS; c++)
	{
		int64_t		v = 0;
		int			sN = GDR_S_APP(GDR_R_NEW, c),
					sC = GDR_S_APP(GDR_R_CARRIED_OVER, c),
					sP = GDR_S_APP(GDR_R_PROCESSED, c),
					sF = GDR_S_APP(GDR_R_CARRIED_FORWARD, c);

		if (row == GDR_R_PROCESSED || is_outcome(row, is2021))
		{
			if (row == GDR_R_PROCESSED)
			{
				for (x = GDR_R_GRANTED; x <= GDR_R_OH_OTHER; x++)
					if (is_outcome(x, is2021))
					{
						if (!gdr_has(r, GDR_S_APP(x, c)))
							return false;
						v += r->val[GDR_S_APP(x, c)];
					}
			}
			else
			{
				if (!gdr_has(r, sP))
					return false;
				v = r->val[sP];
				for (x = GDR_R_GRANTED; x <= GDR_R_OH_OTHER; x++)
					if (x != row && is_outcome(x, is2021))
					{
						if (!gdr_has(r, GDR_S_APP(x, c)))
							return false;
						v -= r->val[GDR_S_APP(x, c)];
					}
			}
			if (row == GDR_R_PROCESSED && gdr_has(r, sN) && gdr_has(r, sC) &&
				gdr_has(r, sF) && r->val[sN] + r->val[sC] - r->val[sF] != v)
				return false;
		}
		else
		{
			int			a = row == GDR_R_NEW ? sP : row == GDR_R_CARRIED_OVER ? sP : sN;
			int			b = row == GDR_R_NEW ? sF : row == GDR_R_CARRIED_OVER ? sF : sC;
			int			m = row == GDR_R_NEW ? sC : row == GDR_R_CARRIED_OVER ? sN : sP;

			if (row != GDR_R_NEW && row != GDR_R_CARRIED_OVER && row != GDR_R_CARRIED_FORWARD)
				return false;
			if (!gdr_has(r, a) || !gdr_has(r, b) || !gdr_has(r, m))
				return false;
			v = r->val[a] + r->val[b] - r->val[m];
		}
		if (v < 0)
			return false;
		exp[c] = v;
	}
	for (c = 0; c < GDR_NAPPCOLS; c++)
	{
		char		tmp[24];
		int			k = 0;
		int64_t		v = exp[c];

		do
		{
			tmp[k++] = (char) ('0' + v % 10);
			v /= 10;
		} while (v > 0 && k < 20);
		while (k > 0)
			digits[n++] = tmp[--k];
	}
	if (n != t->len || memcmp(digits, t->s, (size_t) n) != 0)
		return false;
	{
		int64_t		s6 = 0;

		for (c = 0; c < GDR_C_TOTAL; c++)
			s6 += exp[c];
		if (s6 != exp[GDR_C_TOTAL])
			return false;
	}
	for (c = 0; c < GDR_NAPPCOLS; c++)
	{
		gdr_set(r, GDR_S_APP(row, c), exp[c]);
		r->st[GDR_S_APP(row, c)] |= GDR_ST_SPLIT;
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* runs without a label of their own between placed rows                */
/* ------------------------------------------------------------------ */

/* the number of a sub-row in its group (`1.属于国家秘密` = 1), or 0 */
static int
sub_number(int row, bool is2021)
{
	if (row >= GDR_R_DENIED_STATE_SECRET && row <= GDR_R_DENIED_QUERY)
		return row - GDR_R_DENIED_STATE_SECRET + 1;
	if (row >= GDR_R_UNABLE_NOT_HELD && row <= GDR_R_UNABLE_UNCLEAR)
		return row - GDR_R_UNABLE_NOT_HELD + 1;
	if (row >= GDR_R_NP_PETITION && row <= GDR_R_NP_CONFIRMATION)
		return row - GDR_R_NP_PETITION + 1;
	if (is2021 && row >= GDR_R_OH_NO_CORRECTION && row <= GDR_R_OH_OTHER)
		return row - GDR_R_OH_NO_CORRECTION + 1;
	return 0;
}

/* the last numbering `N.` / `N、` (N of one or two digits) in b, or 0 */
static int
label_number(const char *b, int n)
{
	int			i;

	for (i = n - 1; i >= 1; i--)
	{
		int			v = 0,
					j;

		if (!is_digit(b[i - 1]))
			continue;
		if (b[i] == '.')
		{
			if (i + 1 < n && is_digit(b[i + 1]))
				continue;		/* a decimal */
		}
		else if (n - i < 3 || memcmp(b + i, "、", 3) != 0)
			continue;
		j = i - 1;
		if (j >= 1 && is_digit(b[j - 1]))
			j--;
		if (j >= 1 && is_digit(b[j - 1]))
			return 0;			/* three digits: not a numbering */
		for (; j < i; j++)
			v = v * 10 + (b[j] - '0');
		return v;
	}
	return 0;
}

/* cell (row, c) of the report, or of the tentative fill; false if none */
static bool
cell_of(const gdr_report *r, const int64_t fill[GDR_NAPPROWS][GDR_NAPPCOLS],
		const bool *filled, int row, int c, int64_t *v)
{
	if (filled[row])
	{
		*v = fill[row][c];
		return true;
	}
	if (!gdr_has(r, GDR_S_APP(row, c)))
		return false;
	*v = r->val[GDR_S_APP(row, c)];
	return true;
}

/*
 * T3-SUM (col_sum) or T3-COL in column c with the tentative fill:
 * 1 holds, 0 fails, -1 cannot be evaluated (a cell is null).
 */
static int
col_identity(const gdr_report *r, const int64_t fill[GDR_NAPPROWS][GDR_NAPPCOLS],
			 const bool *filled, bool is2021, bool col_sum, int c)
{
	int64_t		a,
				b,
				x,
				y;
	int			row;

	if (col_sum)
	{
		int64_t		s = 0;

		if (!cell_of(r, fill, filled, GDR_R_PROCESSED, c, &a))
			return -1;
		for (row = GDR_R_GRANTED; row <= GDR_R_OH_OTHER; row++)
			if (is_outcome(row, is2021))
			{
				if (!cell_of(r, fill, filled, row, c, &x))
					return -1;
				s += x;
			}
		return s == a;
	}
	if (!cell_of(r, fill, filled, GDR_R_NEW, c, &a) ||
		!cell_of(r, fill, filled, GDR_R_CARRIED_OVER, c, &b) ||
		!cell_of(r, fill, filled, GDR_R_PROCESSED, c, &x) ||
		!cell_of(r, fill, filled, GDR_R_CARRIED_FORWARD, c, &y))
		return -1;
	return a + b == x + y;
}

static void
drop_row_warnings(gdr_report *r, int row)
{
	const char *path = gdr_slots[GDR_S_APP(row, GDR_C_TOTAL)].path;
	int			i,
				n = 0;

	for (i = 0; i < r->nwarnings; i++)
	{
		const gdr_warning *w = &r->warnings[i];

		if (w->path && strcmp(w->path, path) == 0 &&
			(strcmp(w->code, "row_label_displaced") == 0 ||
			 strcmp(w->code, "row_not_found") == 0 ||
			 strcmp(w->code, "row_cells_unplaceable") == 0 ||
			 strcmp(w->code, "row_cells_missing") == 0))
			continue;
		r->warnings[n++] = *w;
	}
	r->nwarnings = n;
}

/*
 * Runs of values that have no template row of their own (no label, an
 * unrecognised label, or a label cell that names several rows) lying
 * between two placed rows of the table.  In each such gap, when the
 * template rows between the two placed rows that are still empty are
 * exactly as many as the whole 7-value runs there, the runs fill them in
 * reading order.  Nothing else may sit in the gap but lone numbers on a
 * line of their own (stray page or footnote marks).  A run whose label
 * carries a numbering (`2.`) must carry the row's.  The fill is kept only
 * if every filled row is confirmed: its six columns sum to its total, and
 * in every column the identity that holds the row (T3-SUM for an outcome
 * row and 三(七), T3-COL for 一, 二 and 四) can be evaluated and holds, as
 * does every other identity that can be evaluated.  Otherwise nothing is
 * filled (the runs get their usual warnings).
 */
static bool
fill_gaps(gdr_ctx *ctx, gdr_report *r, const tok *t, const event *ev, int nev,
		  int *evrow, const bool *defer, bool is2021)
{
	int64_t		fill[GDR_NAPPROWS][GDR_NAPPCOLS];
	bool		filled[GDR_NAPPROWS];
	int			fillev[GDR_NAPPROWS];
	int			fillstray[GDR_NAPPROWS];
	int			pos[GDR_NAPPROWS];
	bool		missing[GDR_NAPPROWS];
	int			nrows = is2021 ? GDR_NAPPROWS : (int) (sizeof(rows2019) / sizeof(int));
	int			prev = -1,
				nfill = 0,
				i,
				j,
				k,
				c;
	bool		ok = true;

	memset(filled, 0, sizeof(filled));
	memset(missing, 0, sizeof(missing));
	for (j = 0; j < GDR_NAPPROWS; j++)
		pos[j] = -1;
	for (j = 0; j < nrows; j++)
	{
		int			row = is2021 ? j : rows2019[j];
		bool		any = false;

		pos[row] = j;
		for (c = 0; c < GDR_NAPPCOLS; c++)
			if (gdr_has(r, GDR_S_APP(row, c)))
				any = true;
		missing[row] = !any;
	}
	for (i = 0; i < nev; i++)
	{
		int			cand[GDR_NAPPROWS],
					rows[GDR_NAPPROWS];
		int			ncand = 0,
					nmiss = 0,
					nstray = 0,
					a,
					b;
		bool		bad = false;

		if (evrow[i] < 0 || pos[evrow[i]] < 0)
			continue;
		if (prev < 0 || pos[evrow[prev]] >= pos[evrow[i]])
		{
			prev = i;
			continue;
		}
		a = pos[evrow[prev]];
		b = pos[evrow[i]];
		for (j = a + 1; j < b; j++)
		{
			int			row = is2021 ? j : rows2019[j];

			if (missing[row])
				rows[nmiss++] = row;
		}
		for (k = prev + 1; k < i && !bad; k++)
		{
			int			nnum = 0,
						x;

			for (x = 0; x < ev[k].ncells; x++)
				if (t[ev[k].first + x].type == T_NUM)
					nnum++;
			if (nnum == 0 || ev[k].row >= ROW_SUB_BASE)
				continue;		/* no values, or a printed subtotal */
			if (nnum == 1 && ev[k].ncells == 1 && !t[ev[k].first].multi)
			{
				nstray++;		/* a lone number on its own line */
				continue;
			}
			if (defer[k] && nnum == GDR_NAPPCOLS && ncand < GDR_NAPPROWS)
				cand[ncand++] = k;
			else
				bad = true;
		}
		prev = i;
		if (bad || ncand == 0 || ncand != nmiss)
			continue;
		for (k = 0; k < ncand && !bad; k++)
		{
			const event *e = &ev[cand[k]];
			int64_t		vals[MAXCELLS];
			bool		isnull[MAXCELLS];
			bool		split,
						err;
			int64_t		s6 = 0;

			if (!place_cells(ctx, t, e->first, e->ncells, GDR_NAPPCOLS,
							 vals, isnull, &split, &err))
			{
				if (err)
					return false;
				bad = true;
				break;
			}
			for (c = 0; c < GDR_NAPPCOLS; c++)
			{
				if (isnull[c])
					bad = true;
				if (c < GDR_C_TOTAL)
					s6 += vals[c];
			}
			if (split || s6 != vals[GDR_C_TOTAL])
				bad = true;
			/* an unrecognised label's numbering must be the row's */
			if (e->row == ROW_NONE && e->labellen > 0)
			{
				int			num = label_number(e->label, e->labellen);

				if (num > 0 && num != sub_number(rows[k], is2021))
					bad = true;
			}
			if (!bad)
				memcpy(fill[rows[k]], vals, sizeof(int64_t) * GDR_NAPPCOLS);
		}
		if (bad)
			continue;
		for (k = 0; k < ncand; k++)
		{
			filled[rows[k]] = true;
			fillev[rows[k]] = cand[k];
			fillstray[rows[k]] = nstray;
			nfill++;
		}
	}
	if (nfill == 0)
		return true;
	/* confirm: every identity that can be evaluated holds, and each
	 * filled row's own identity can be evaluated in every column */
	for (c = 0; c < GDR_NAPPCOLS && ok; c++)
	{
		int			ssum = col_identity(r, fill, filled, is2021, true, c);
		int			scol = col_identity(r, fill, filled, is2021, false, c);

		if (ssum == 0 || scol == 0)
			ok = false;
		for (j = 0; j < GDR_NAPPROWS && ok; j++)
			if (filled[j])
			{
				if ((is_outcome(j, is2021) || j == GDR_R_PROCESSED) ? ssum != 1 : scol != 1)
					ok = false;
			}
	}
	if (!ok)
		return true;
	for (j = 0; j < GDR_NAPPROWS; j++)
		if (filled[j])
		{
			bool		nulls[GDR_NAPPCOLS] = {0};
			const char *path = gdr_slots[GDR_S_APP(j, GDR_C_TOTAL)].path;

			set_row(r, GDR_S_APP(j, 0), fill[j], nulls, GDR_NAPPCOLS, false);
			evrow[fillev[j]] = j;
			drop_row_warnings(r, j);
			if (fillstray[j] > 0)
				gdr_warn(ctx, r, "rows_placed_by_order", path,
						 "table 三: row %s has no label of its own; its values were placed in reading order between the rows around it (the table's identities hold; %d stray number(s) there ignored)",
						 path, fillstray[j]);
			else
				gdr_warn(ctx, r, "rows_placed_by_order", path,
						 "table 三: row %s has no label of its own; its values were placed in reading order between the rows around it (the table's identities hold)",
						 path);
		}
	return true;
}

/*
 * Labels displaced from their values (PDF reading order): the numbers, in
 * reading order, are the template's rows in template order.  A run of
 * numbers between two pieces of text that holds several whole rows may hold
 * some of them column by column (pdftotext emits a block of R rows as its 7
 * columns of R numbers each): every reading of every run (rows p..q-1 of
 * the run column by column, the others row by row) is tried, and the rows
 * are placed only when exactly one resulting grid satisfies every identity
 * of the table (T3-ROW, T3-SUM, T3-COL).  Otherwise the table's cells are
 * null with a warning.
 */
#define MAXBLOCKS 12
#define MAXREADINGS 8192
/* readings of a run of at most GDR_NAPPROWS rows */
#define MAXOPTS (1 + GDR_NAPPROWS * (GDR_NAPPROWS - 1) / 2)

/* T3-ROW on the 7 cells of one row: the six columns sum to the total */
static bool
row_sums(const int64_t *v)
{
	int64_t		s = 0;
	int			c;

	for (c = 0; c < GDR_C_TOTAL; c++)
		s += v[c];
	return s == v[GDR_C_TOTAL];
}

/* the (p, q) of reading o >= 1 of a run of R rows: rows p..q-1 by column */
static void
reading_span(int R, int o, int *p, int *q)
{
	int			a,
				b;

	for (a = 0; a < R; a++)
		for (b = a + 2; b <= R; b++)
			if (--o == 0)
			{
				*p = a;
				*q = b;
				return;
			}
	*p = *q = 0;
}

static bool
place_by_order(gdr_ctx *ctx, gdr_report *r, const tok *t, const event *ev,
			   int nev, bool is2021)
{
	int64_t		vals[GDR_NAPPROWS * GDR_NAPPCOLS];
	int64_t		seq[GDR_NAPPROWS * GDR_NAPPCOLS];
	int64_t		grid[GDR_NAPPROWS][GDR_NAPPCOLS];
	int64_t		best[GDR_NAPPROWS][GDR_NAPPCOLS];
	int			bstart[MAXBLOCKS],
				brows[MAXBLOCKS],
				nopt[MAXBLOCKS],
				opt[MAXBLOCKS];
	bool		optok[MAXBLOCKS][MAXOPTS];
	bool		inblk[GDR_NAPPROWS];
	int			nblk = 0;
	int			nrows = is2021 ? GDR_NAPPROWS : (int) (sizeof(rows2019) / sizeof(int));
	int			nnum = 0,
				nfound = 0,
				i,
				k,
				j;
	long		total = 1;
	bool		ok = true,
				bycol = false,
				bestcol = false;

	for (i = 0; i < nev && ok; i++)
	{
		int			first = nnum;

		for (k = 0; k < ev[i].ncells; k++)
		{
			const tok  *tk = &t[ev[i].first + k];

			if (tk->type != T_NUM)
				continue;
			if (tk->run || nnum >= nrows * GDR_NAPPCOLS)
			{
				ok = false;
				break;
			}
			vals[nnum++] = tk->v;
		}
		/* a run of several whole rows, starting on a row boundary */
		if (ok && nnum - first >= 2 * GDR_NAPPCOLS &&
			(nnum - first) % GDR_NAPPCOLS == 0 &&
			first % GDR_NAPPCOLS == 0 && nblk < MAXBLOCKS)
		{
			int			R = (nnum - first) / GDR_NAPPCOLS;

			bstart[nblk] = first;
			brows[nblk] = R;
			/* row by row, or rows p..q-1 (q - p >= 2) column by column */
			nopt[nblk] = 1 + R * (R + 1) / 2 - R;
			total *= nopt[nblk];
			if (total > MAXREADINGS)
				ok = false;		/* too many readings to tell one */
			nblk++;
		}
	}
	if (ok && nnum == nrows * GDR_NAPPCOLS)
	{
		/*
		 * A reading of a run changes only that run's rows, so T3-ROW of those
		 * rows is decided per run and reading: readings that break it are
		 * skipped (and if a row outside every run breaks it, no grid can be
		 * consistent).  The remaining combinations are tried in the same
		 * order as all of them would be, so the first grid found and the
		 * verdict are the same.
		 */
		bool		fixed_ok = true;
		bool		none = false;

		memset(inblk, 0, sizeof(inblk));
		for (k = 0; k < nblk; k++)
			for (j = 0; j < brows[k]; j++)
				inblk[bstart[k] / GDR_NAPPCOLS + j] = true;
		for (j = 0; j < nrows && fixed_ok; j++)
			if (!inblk[j] && !row_sums(vals + j * GDR_NAPPCOLS))
				fixed_ok = false;
		for (k = 0; k < nblk && fixed_ok && !none; k++)
		{
			int			o;

			if (gdr_work(ctx, (size_t) nopt[k]))
				return false;
			opt[k] = -1;
			for (o = nopt[k] - 1; o >= 0; o--)
			{
				int64_t		rows[GDR_NAPPROWS * GDR_NAPPCOLS];
				int			p = 0,
							q = 0,
							row,
							c;
				bool		good = true;

				memcpy(rows, vals + bstart[k], sizeof(int64_t) * (size_t) (brows[k] * GDR_NAPPCOLS));
				if (o > 0)
				{
					reading_span(brows[k], o, &p, &q);
					for (row = 0; row < q - p; row++)
						for (c = 0; c < GDR_NAPPCOLS; c++)
							rows[(p + row) * GDR_NAPPCOLS + c] =
								vals[bstart[k] + p * GDR_NAPPCOLS + c * (q - p) + row];
				}
				for (row = 0; row < brows[k] && good; row++)
					if (!row_sums(rows + row * GDR_NAPPCOLS))
						good = false;
				optok[k][o] = good;
				if (good)
					opt[k] = o; /* ends as the first good reading */
			}
			if (opt[k] < 0)
				none = true;
		}
		for (;;)
		{
			if (!fixed_ok || none)
				break;
			if (gdr_work(ctx, 64))
				return false;
			memcpy(seq, vals, sizeof(int64_t) * (size_t) nnum);
			bycol = false;
			for (k = 0; k < nblk; k++)
				if (opt[k] > 0)
				{
					int			R,
								p,
								q,
								row,
								c;

					reading_span(brows[k], opt[k], &p, &q);
					R = q - p;
					bycol = true;
					/* column by column: value (c, row) is at c * R + row */
					for (row = 0; row < R; row++)
						for (c = 0; c < GDR_NAPPCOLS; c++)
							seq[bstart[k] + (p + row) * GDR_NAPPCOLS + c] =
								vals[bstart[k] + p * GDR_NAPPCOLS + c * R + row];
				}
			memset(grid, 0, sizeof(grid));
			for (j = 0; j < nnum; j++)
			{
				int			row = j / GDR_NAPPCOLS;

				grid[is2021 ? row : rows2019[row]][j % GDR_NAPPCOLS] = seq[j];
			}
			if (grid_consistent(grid, is2021))
			{
				if (nfound == 0)
				{
					memcpy(best, grid, sizeof(grid));
					bestcol = bycol;
					nfound = 1;
				}
				else if (memcmp(best, grid, sizeof(grid)) != 0)
				{
					nfound = 2;
					break;
				}
			}
			/* next combination of readings (the good ones only) */
			for (k = 0; k < nblk; k++)
			{
				int			o = opt[k] + 1;

				while (o < nopt[k] && !optok[k][o])
					o++;
				if (o < nopt[k])
				{
					opt[k] = o;
					break;
				}
				o = 0;
				while (!optok[k][o])
					o++;
				opt[k] = o;
			}
			if (k == nblk)
				break;
		}
	}
	if (nfound == 1)
	{
		for (j = 0; j < nrows; j++)
		{
			int			row = is2021 ? j : rows2019[j];
			bool		nulls[GDR_NAPPCOLS] = {0};

			set_row(r, GDR_S_APP(row, 0), best[row], nulls, GDR_NAPPCOLS, false);
			drop_row_warnings(r, row);
		}
		if (!bestcol)
			gdr_warn(ctx, r, "rows_placed_by_order", "applications",
					 "table 三: labels are displaced from their values; the %d rows were placed in reading order (every identity of the table holds)",
					 nrows);
		else
			gdr_warn(ctx, r, "rows_placed_by_order", "applications",
					 "table 三: labels are displaced from their values; the %d rows were placed in reading order, some runs read column by column (only that reading satisfies every identity of the table)",
					 nrows);
		return true;
	}
	for (j = 0; j < nrows; j++)
		null_row(r, GDR_S_APP(is2021 ? j : rows2019[j], 0), GDR_NAPPCOLS);
	if (nfound == 2)
		gdr_warn(ctx, r, "table_unplaceable", "applications",
				 "table 三: the row labels are displaced from their values and several readings of the values satisfy every identity; none is taken");
	else
		gdr_warn(ctx, r, "table_unplaceable", "applications",
				 "table 三: the row labels are displaced from their values and the values cannot be placed with certainty");
	return true;
}

/*
 * Fixed-width text (pdftotext -layout, a <pre> table, a console dump): a
 * blank cell is only spaces, so a row's values are fewer than its columns
 * and their order alone cannot place them.  Their positions can: the
 * columns are where a full row's seven values stand.
 */

/*
 * display column of p in its line (CJK two columns), lo the whole text's
 * start; groupfrag.c keeps the values' columns by it
 */
int
gdr_disp_col(const char *lo, const char *p)
{
	const char *a = p;
	int			col = 0;

	while (a > lo && a[-1] != '\n' && p - a < 4096)
		a--;
	for (; a < p; a++)
	{
		unsigned char b = (unsigned char) *a;

		if ((b & 0xC0) == 0x80)
			continue;
		/*
		 * brackets and commas beside CJK text were full-width (two
		 * columns) before the normaliser made them ASCII
		 */
		if ((b == '(' || b == ')' || b == ',' || b == ':' || b == ';') &&
			((a + 1 < p && (unsigned char) a[1] >= 0xE0) ||
			 (a > lo && ((unsigned char) a[-1] & 0xC0) == 0x80)))
			col += 2;
		else
			col += b >= 0xE0 ? 2 : 1;
	}
	return col;
}

typedef struct colspans
{
	bool		have;
	int			l[GDR_NAPPCOLS],
				r[GDR_NAPPCOLS];
	int			tol;			/* how far off a value may stand */
} colspans;

/*
 * The columns from the first row whose cells are seven values on one line
 * of blank-separated text; have stays false when there is none or the
 * spans do not stand apart.
 */
static void
find_colspans(const char *lo, const tok *t, const event *ev, int nev, colspans *cs)
{
	int			i,
				k;

	memset(cs, 0, sizeof(*cs));
	for (i = 0; i < nev; i++)
	{
		const tok  *f = &t[ev[i].first];
		int			mingap = 1 << 20;

		if (!row_event(&ev[i]) || ev[i].ncells != GDR_NAPPCOLS || f->sep || !f->multi)
			continue;
		for (k = 0; k < GDR_NAPPCOLS; k++)
		{
			const tok  *c = &f[k];

			if (c->type != T_NUM || c->line != f->line || c->sep || c->run)
				break;
			cs->l[k] = gdr_disp_col(lo, c->s);
			cs->r[k] = cs->l[k] + c->len;
			if (k > 0)
			{
				if (cs->l[k] <= cs->r[k - 1])
					break;
				if (cs->l[k] - cs->r[k - 1] < mingap)
					mingap = cs->l[k] - cs->r[k - 1];
			}
		}
		if (k < GDR_NAPPCOLS || mingap < 3)
			return;
		cs->tol = mingap / 2;
		cs->have = true;
		return;
	}
}

/*
 * Does the text before a run's first value, on the same line, name the
 * run's row by itself?  (A label wrapped below its values leaves the end
 * of one row's label in the next run's buffer: `另行制作` before `3.补正后
 * 申请内容仍 1 1 2`; only the line's own label is trusted here.)
 */
static bool
line_names_row(const tok *t, int first, int row)
{
	char		b[LBUF];
	int			n = 0,
				k = first,
				got;

	while (k > 0 && t[k - 1].type == T_TEXT && t[k - 1].line == t[first].line)
		k--;
	for (; k < first; k++)
	{
		int			j;

		for (j = 0; j < t[k].len && n < LBUF - 1; j++)
			if (t[k].s[j] != ' ' && t[k].s[j] != '\t')
				b[n++] = t[k].s[j];
	}
	if (n == 0)
		return false;
	got = gdr_app_label_row(b, n, false);
	/* (the 2019 single (六)其他处理 is its group's label) */
	return row >= ROW_SUB_BASE || row == GDR_R_OH_OTHER ? got == -2 : got == row;
}

/*
 * Place a row's values (fewer than seven, on one line) by their positions:
 * each under the column it overlaps or, within cs->tol, stands nearest
 * to, one value per column, left to right.  The row total must be there
 * and be the sum of the others (blank cells 0), and the line's own label
 * must name the row (or, wrapped below the values, complete it: e->tail),
 * or nothing is placed.
 */
static bool
place_by_position(const char *lo, const tok *t, const event *e, const colspans *cs,
				  int64_t *vals, bool *isnull)
{
	int			k,
				c,
				prev = -1;
	int64_t		sum = 0;
	const tok  *f = &t[e->first];

	if (!cs->have || f->sep || (!e->tail && !line_names_row(t, e->first, e->row)))
		return false;
	for (c = 0; c < GDR_NAPPCOLS; c++)
	{
		vals[c] = 0;
		isnull[c] = true;
	}
	for (k = 0; k < e->ncells; k++)
	{
		const tok  *x = &f[k];
		int			l,
					rr,
					best = -1,
					bestd = 1 << 20,
					second = 1 << 20;

		if (x->line != f->line || x->sep || x->run || x->type == T_TEXT)
			return false;
		if (x->type == T_BLANK && x->len == 0)
			continue;			/* (no empty cells in blank-separated text) */
		l = gdr_disp_col(lo, x->s);
		rr = l + (x->len > 0 ? x->len : 1);
		for (c = 0; c < GDR_NAPPCOLS; c++)
		{
			int			d = l >= cs->r[c] ? l - cs->r[c] + 1 :
				(cs->l[c] >= rr ? cs->l[c] - rr + 1 : 0);

			if (d < bestd)
			{
				second = bestd;
				bestd = d;
				best = c;
			}
			else if (d < second)
				second = d;
		}
		if (best <= prev || bestd > cs->tol || second == bestd)
			return false;
		prev = best;
		if (x->type == T_NUM)
		{
			vals[best] = x->v;
			isnull[best] = false;
		}
	}
	if (isnull[GDR_C_TOTAL])
		return false;
	for (c = 0; c < GDR_C_TOTAL; c++)
		sum += vals[c];
	return sum == vals[GDR_C_TOTAL];
}

#define MAXTABLES3 8

/*
 * The text before table 三's first row that heads it: from after the
 * section's heading (…公开申请情况) within 512 bytes before s, else from the
 * start of the line before s's line.
 */
static const char *
heading_start(const char *whole, const char *s)
{
	const char *lo = s - whole > 512 ? s - 512 : whole;
	long		p = SEARCH_REV(lo, (size_t) (s - lo), "申请情况");
	const char *a = s;
	int			k;

	if (p >= 0)
		return lo + p + strlen("申请情况");
	for (k = 0; k < 2; k++)
	{
		if (a > lo && a[-1] == '\n')
			a--;
		while (a > lo && a[-1] != '\n')
			a--;
	}
	return a;
}

/*
 * Table 三 printed more than once: a county or a department that also
 * tabulates its subordinate units (（二）全市教育系统汇总（含局属学校和直属事
 * 业单位）).  A table begins again where 一、本年新收… comes after rows of
 * 办理结果.  The text that heads each table (from the table before, or
 * the section's heading, to its first row) says whose it is: when exactly
 * one names no summary of other bodies (汇总, 系统, 全市, 所属 …), it is
 * the agency's own and only its runs are kept.  Otherwise none is
 * dropped and the rows the tables share are null (row_duplicate).
 */
static bool
own_table(gdr_ctx *ctx, gdr_report *r, const char *whole, const char *s,
		  const tok *t, event *ev, int *nevp)
{
	static const char *const agg[] = {
		"汇总", "系统", "全市", "全县", "全区", "全省", "全州", "全旗", "全盟",
		"所属", "下属", "局属", "直属"
	};
	int			start[MAXTABLES3 + 1];
	int			newat[MAXTABLES3];
	int			nb = 0,
				nev = *nevp,
				own = -1,
				nown = 0,
				i,
				b;
	bool		granted = false;

	for (i = 0; i < nev; i++)
	{
		if (!row_event(&ev[i]))
			continue;
		if (ev[i].row == GDR_R_NEW && (nb == 0 || granted))
		{
			if (nb == MAXTABLES3)
				return true;	/* (so many: as if one) */
			start[nb] = nb == 0 ? 0 : i;
			newat[nb++] = i;
			granted = false;
		}
		else if (ev[i].row >= GDR_R_GRANTED)
			granted = true;
	}
	if (nb < 2)
		return true;
	start[nb] = nev;
	for (b = 0; b < nb; b++)
	{
		const event *pe = b > 0 ? &ev[start[b] - 1] : NULL;
		const char *a = pe ? tok_last(&t[pe->first + pe->ncells - 1]) + 1 :
			heading_start(whole, s);
		const char *e = t[ev[newat[b]].first].s;
		bool		summary = false;
		size_t		k;

		for (k = 0; a < e && !summary && k < sizeof(agg) / sizeof(agg[0]); k++)
			summary = gdr_memmem(a, (size_t) (e - a), agg[k], strlen(agg[k])) != NULL;
		if (!summary)
		{
			own = b;
			nown++;
		}
	}
	if (nown != 1)
	{
		gdr_warn(ctx, r, "table_repeated", NULL,
				 "table 三 is printed %d times and no heading tells which is the agency's own: the rows they share are null",
				 nb);
		return ctx->status == 0;
	}
	memmove(ev, ev + start[own], sizeof(event) * (size_t) (start[own + 1] - start[own]));
	*nevp = start[own + 1] - start[own];
	gdr_warn(ctx, r, "table_repeated", NULL,
			 "table 三 is printed %d times: table %d, the only one whose heading names no summary of other bodies (汇总, 系统, 全市 …), is read as the agency's own; the others are not read",
			 nb, own + 1);
	return ctx->status == 0;
}

static bool
read_applications(gdr_ctx *ctx, const char *whole, const char *s, size_t len, gdr_report *r,
				  bool *found, int *era, const char **bodystart, const char **bodyend)
{
	toklist		tl = {0};
	event	   *ev;
	int			nev = 0;
	char	   *buf;
	int			blen = 0;
	int			i;
	bool		group_six = false;
	bool		after_granted = false;
	bool		misaligned = false;
	bool		wide;			/* rows with more values than columns */
	bool		has_six_sub = false;
	bool		has_six_single = false;
	int			cur = -1;		/* index of the event being filled */
	int			lastline = -1;
	int			textline = -1;	/* line of the last text token */
	int			linestart = 0;	/* buffer offset where that line's text starts */
	bool		seen[GDR_NAPPROWS];
	bool		is2021;
	int			pend_row[GDR_NAPPROWS];
	tok		   *pend_tok[GDR_NAPPROWS];
	int			pend_ev[GDR_NAPPROWS];
	int			npend = 0;
	int		   *evrow;			/* per event: the template row it filled */
	bool	   *defer;			/* per event: a run without a template row */
	const kwmatch *km;
	int			last[NMATCHKW];
	uint64_t	kwfound;		/* keywords in the label buffer (kw_scan) */
	bool		own_item;		/* the values' line begins a numbered item */
	int			label_from,		/* where the run's own label begins in buf */
				prow;
	colspans	cs;

	*found = false;
	*era = GDR_TPL_NONE;
	*bodystart = *bodyend = NULL;
	memset(seen, 0, sizeof(seen));
	if (!tokenize(ctx, s, len, &tl))
		return false;
	ev = gdr_alloc(ctx, sizeof(event) * MAXEVENTS);
	buf = gdr_alloc(ctx, LBUF);
	km = kw_matcher();
	evrow = gdr_alloc(ctx, sizeof(int) * MAXEVENTS);
	defer = gdr_alloc0(ctx, sizeof(bool) * MAXEVENTS);
	if (ev == NULL || buf == NULL || evrow == NULL || defer == NULL)
		return false;
	for (i = 0; i < MAXEVENTS; i++)
		evrow[i] = -1;

	/* pass 1: label buffers and runs of cells */
	for (i = 0; i < tl.n; i++)
	{
		tok		   *t = &tl.t[i];

		if (t->type == T_TEXT)
		{
			const char *p,
					   *pe;

			cur = -1;
			if (t->line != textline)
			{
				linestart = blen;
				textline = t->line;
			}
			for (p = t->s, pe = t->s + t->len; p < pe;)
			{
				int			sp;
				const char *run;
				unsigned char c = (unsigned char) *p;

				if (label_special[c])
				{
					if (is_space_at(p, pe, &sp))
					{
						p += sp;
						continue;
					}
					/* drop quotes */
					if (c == '"' || c == '\'' ||
						(pe - p >= 3 && (memcmp(p, "“", 3) == 0 ||
										 memcmp(p, "”", 3) == 0)))
					{
						p += (c == '"' || c == '\'') ? 1 : 3;
						continue;
					}
					run = p + 1;	/* a byte copied as it is */
				}
				else
				{
					/* a run of bytes copied as they are */
					run = p + 1;
					while (run < pe && !label_special[(unsigned char) *run])
						run++;
				}
				while (p < run)
				{
					int			cnt;

					if (blen == LBUF - 1)
					{
						/* keep the tail, cut on a character boundary */
						int			cut = LBUF / 2;

						while (cut < blen && ((unsigned char) buf[cut] & 0xC0) == 0x80)
							cut++;
						memmove(buf, buf + cut, (size_t) (blen - cut));
						blen -= cut;
						linestart = linestart > cut ? linestart - cut : 0;
					}
					cnt = (int) (run - p);
					if (cnt > LBUF - 1 - blen)
						cnt = LBUF - 1 - blen;
					memcpy(buf + blen, p, (size_t) cnt);
					blen += cnt;
					p += cnt;
				}
			}
			lastline = t->line;
			continue;
		}
		/* a cell */
		if (cur >= 0 && t->multi && t->line != lastline &&
			tl.t[ev[cur].first].line != t->line)
			cur = -1;			/* a new table row line */
		if (cur < 0)
		{
			int			row;

			if (nev == MAXEVENTS)
				break;
			row = ROW_NONE;
			kwfound = kw_scan(km, buf, blen, last);
			own_item = t->multi && t->line == textline && linestart > 0 && linestart < blen &&
				last_item_start(buf + linestart, blen - linestart) < blen - linestart;
			label_from = own_item ? linestart : 0;
			/* a label on the values' own line is certain */
			if (t->multi && t->line == textline && linestart < blen)
				row = match_row(buf + linestart, blen - linestart, kwfound, last,
								linestart, group_six, after_granted);
			if (t->multi && t->sep && t->line != textline)
			{
				/* a table row line without its label cell */
				if (count_rows(kwfound) > 0)
					mark_ambiguous(ctx, r, kwfound, seen);
				blen = 0;
			}
			else if (row == ROW_NONE && own_item)
			{
				/*
				 * The values' own line begins a numbered item (不予处 4.无正当
				 * 理由  1 0 …) that names no row yet: the text before it ends
				 * the label before (开出版物), it is no part of this one
				 */
			}
			else if (row == ROW_NONE &&
					 nev > 0 && ev[nev - 1].row == ROW_NONE && ev[nev - 1].label != NULL &&
					 (label_from = last_item_start(buf, blen)) > 0 && label_from < blen &&
					 (prow = label_tail_row(ctx, km, &ev[nev - 1], buf,
											first_item_start(buf, blen), group_six,
											after_granted)) >= GDR_R_NEW &&
					 prow < GDR_NAPPROWS && !seen_event_row(ev, nev - 1, prow))
			{
				/*
				 * Values set in the middle of their wrapped label, on a line
				 * of their own (pdfplumber: 3.补正后申请 / 1 0 … 1 / 内容仍不
				 * 明确 / 1.信访举报投 / 0 0 … 2 / 诉类申请): the text before
				 * this label's number ends the label before, which it
				 * completes (numbered as its row is); this run's label
				 * begins at the number
				 */
				uint64_t	f2;

				take_tail(&ev[nev - 1], prow, &after_granted, &has_six_sub, &group_six);
				f2 = kw_scan(km, buf + label_from, blen - label_from, last);
				row = match_row(buf + label_from, blen - label_from, f2, last, 0, group_six,
								after_granted);
				if (row != ROW_NONE && count_rows(f2) > 1)
				{
					mark_ambiguous(ctx, r, f2, seen);
					row = ROW_AMBIG;
				}
			}
			else if (row == ROW_NONE && count_rows(kwfound) > 1 && nev > 0 &&
					 row_event(&ev[nev - 1]) &&
					 (prow = tail_then_item(km, buf, blen,
											(label_from = last_item_start(buf, blen)),
											ev[nev - 1].row, last, group_six,
											after_granted)) != ROW_NONE)
			{
				/*
				 * The label before wrapped below its values, and this row's
				 * numbered label follows it: the row is the item's (its
				 * label from its number)
				 */
				row = prow;
			}
			else if (row == ROW_NONE)
			{
				label_from = 0;
				row = match_row(buf, blen, kwfound, last, 0, group_six, after_granted);
				/* loose label lines naming several rows: displaced labels */
				if (row != ROW_NONE && count_rows(kwfound) > 1)
				{
					mark_ambiguous(ctx, r, kwfound, seen);
					row = ROW_AMBIG;
				}
			}
			if (blen == 0 && t->type == T_BLANK && !t->multi)
			{
				lastline = t->line;
				continue;		/* a stray empty cell between rows */
			}
			/*
			 * pdftotext -layout puts a row's values on the first line of
			 * its wrapped label (`(三)不予公开1.属于国家秘  60 0 …` then
			 * `密`): text between an unrecognised row's values and a row
			 * whose own line names it is the tail of the unrecognised label.
			 */
			if ((own_item || (row != ROW_NONE && row != ROW_AMBIG)) && linestart > 0 &&
				t->line == textline && nev > 0 && ev[nev - 1].row == ROW_NONE &&
				ev[nev - 1].label != NULL)
			{
				/* (up to this label's own numbered start: 大量反复申请 /
				 * 5.要求行政机 / 关确认或重新  0 0 …) */
				int			prow = label_tail_row(ctx, km, &ev[nev - 1], buf,
												  last_item_start(buf, linestart),
												  group_six, after_granted);

				if (prow >= GDR_R_NEW && prow < GDR_NAPPROWS && !seen_event_row(ev, nev - 1, prow))
					take_tail(&ev[nev - 1], prow, &after_granted, &has_six_sub, &group_six);
			}
			ev[nev].row = row;
			ev[nev].tail = false;
			ev[nev].first = i;
			ev[nev].ncells = 0;
			/* only a run without a row reads its label again (fill_gaps,
			 * extra rows): the others need no copy */
			ev[nev].label = NULL;
			ev[nev].labellen = blen;
			if (row == ROW_NONE)
			{
				ev[nev].label = gdr_strndup(ctx, buf + label_from, (size_t) (blen - label_from));
				if (ev[nev].label == NULL)
					return false;
				ev[nev].labellen = blen - label_from;
			}
			if (row == ROW_SUB_BASE + GDR_G_OTHER_HANDLING ||
				(row >= GDR_R_OH_NO_CORRECTION && row <= GDR_R_OH_OTHER))
				group_six = true;
			else if (row != ROW_NONE)
				group_six = (row == GDR_R_PROCESSED || row == GDR_R_CARRIED_FORWARD) ? false : group_six;
			if (blen > 0 &&
				(kwfound & (((uint64_t) 1 << KW_SIX) |
						  ((uint64_t) 1 << km->other_handling))) != 0)
				group_six = true;
			if (row >= GDR_R_GRANTED && row < GDR_NAPPROWS)
				after_granted = true;
			if (row == GDR_R_OH_NO_CORRECTION || row == GDR_R_OH_FEE_UNPAID)
				has_six_sub = true;
			cur = nev++;
			blen = 0;
		}
		ev[cur].ncells = i - ev[cur].first + 1;
		lastline = t->line;
	}
	/*
	 * The body: the runs whose labels name template rows, from the first
	 * to the last that another such run follows (precedes) with no
	 * sentence end (。) between them.  A sentence that names a row
	 * (本年新收政府信息公开申请数量较上年有所增长，全年共收到2299件。)
	 * may be where the table was found; it is no row of the body.
	 */
	{
		int			prev = -1;

		/* from the front: the first pair with no sentence end between */
		for (i = 0; i < nev; i++)
		{
			if (!row_event(&ev[i]))
				continue;
			if (prev >= 0 && !sentence_between(tl.t, &ev[prev], &ev[i]))
			{
				*bodystart = tl.t[ev[prev].first].s;
				break;
			}
			prev = i;
		}
		/* from the back: the last such pair */
		prev = -1;
		for (i = nev - 1; *bodystart && i >= 0; i--)
		{
			if (!row_event(&ev[i]))
				continue;
			if (prev >= 0 && !sentence_between(tl.t, &ev[i], &ev[prev]))
			{
				*bodyend = tok_last(&tl.t[ev[prev].first + ev[prev].ncells - 1]);
				break;
			}
			prev = i;
		}
	}
	/* table 三 printed more than once: the agency's own, when one is */
	if (!own_table(ctx, r, whole, s, tl.t, ev, &nev))
		return false;
	if (!has_six_sub && (SEARCH_FWD(s, len, "逾期不补正") != NULL ||
						 SEARCH_FWD(s, len, "收费通知") != NULL))
		has_six_sub = true;

	/* trim trailing blanks of each run (separators in one-cell layouts) */
	for (i = 0; i < nev; i++)
	{
		int			nnum = 0,
					k;

		while (ev[i].ncells > 0 &&
			   tl.t[ev[i].first + ev[i].ncells - 1].type == T_BLANK &&
			   !tl.t[ev[i].first + ev[i].ncells - 1].multi)
			ev[i].ncells--;
		for (k = 0; k < ev[i].ncells; k++)
			if (tl.t[ev[i].first + k].type == T_NUM)
				nnum++;
		if (nnum == 0)
			continue;
		*found = true;
		/* a run of values without a label, or several rows' values glued */
		if (ev[i].row == ROW_NONE && nnum >= GDR_NAPPCOLS && i == 0 &&
			!tl.t[ev[i].first].multi)
			misaligned = true;
		if (nnum >= 2 * GDR_NAPPCOLS && nnum % GDR_NAPPCOLS == 0 &&
			!tl.t[ev[i].first].multi)
			misaligned = true;
	}
	if (!*found)
		return true;

	/* a 2019-style single (六) row? */
	for (i = 0; i < nev; i++)
		if (ev[i].row == ROW_SUB_BASE + GDR_G_OTHER_HANDLING && !has_six_sub)
		{
			ev[i].row = GDR_R_OH_OTHER;
			has_six_single = true;
		}
	is2021 = has_six_sub;
	*era = has_six_sub ? GDR_TPL_2021 : (has_six_single ? GDR_TPL_2019 : GDR_TPL_NONE);

	if (misaligned)
		return place_by_order(ctx, r, tl.t, ev, nev, is2021);
	find_colspans(whole, tl.t, ev, nev, &cs);

	/*
	 * Rows with more values than the template has columns (a printed 小计
	 * of the 法人 columns, a column of the agency's own): the table is
	 * wider than the template, and a row with seven values has lost some
	 * of its cells (blank ones) at places nothing tells.  Two such rows
	 * are taken as the table's width.
	 */
	{
		int			nwide = 0;

		for (i = 0; i < nev; i++)
		{
			int			nnum = 0,
						k;

			if (ev[i].row == ROW_AMBIG || ev[i].row == ROW_NONE)
				continue;
			for (k = 0; k < ev[i].ncells; k++)
				if (tl.t[ev[i].first + k].type == T_NUM && !tl.t[ev[i].first + k].run)
					nnum++;
			if (nnum > GDR_NAPPCOLS)
				nwide++;
		}
		wide = nwide >= 2;
	}

	/* pass 2: place each labelled run */
	for (i = 0; i < nev; i++)
	{
		int64_t		vals[MAXCELLS];
		bool		isnull[MAXCELLS];
		bool		split,
					err;
		int			row = ev[i].row;
		int			base;
		int			nnum = 0,
					k;

		for (k = 0; k < ev[i].ncells; k++)
			if (tl.t[ev[i].first + k].type == T_NUM)
				nnum++;
		if (nnum == 0)
			continue;
		if (row == ROW_AMBIG || row == ROW_NONE)
		{
			/* no template row of its own: see fill_gaps() */
			defer[i] = true;
			continue;
		}
		if (row >= ROW_SUB_BASE)
			base = GDR_S_SUBTOTAL(row - ROW_SUB_BASE, 0);
		else
			base = GDR_S_APP(row, 0);
		if (row < ROW_SUB_BASE && seen[row])
		{
			null_row(r, base, GDR_NAPPCOLS);
			for (k = 0; k < GDR_NAPPCOLS; k++)
				gdr_set_null(r, base + k);
			gdr_warn(ctx, r, "row_duplicate", gdr_slots[base + GDR_C_TOTAL].path,
					 "table 三: row %s appears twice; its cells are left null",
					 gdr_slots[base + GDR_C_TOTAL].path);
			continue;
		}
		if (row < ROW_SUB_BASE)
			seen[row] = true;
		if (wide && nnum <= GDR_NAPPCOLS)
		{
			null_row(r, base, GDR_NAPPCOLS);
			gdr_warn(ctx, r, "row_cells_unplaceable", gdr_slots[base + GDR_C_TOTAL].path,
					 "table 三: row %s has %d values, and other rows have more than %d: the table has columns the template has not, and the row's cells cannot be placed",
					 gdr_slots[base + GDR_C_TOTAL].path, nnum, GDR_NAPPCOLS);
			continue;
		}
		if (place_cells(ctx, tl.t, ev[i].first, ev[i].ncells, GDR_NAPPCOLS,
						vals, isnull, &split, &err))
		{
			set_row(r, base, vals, isnull, GDR_NAPPCOLS, split);
			if (row < ROW_SUB_BASE)
				evrow[i] = row;
			if (split)
				gdr_warn(ctx, r, "row_digits_split", gdr_slots[base + GDR_C_TOTAL].path,
						 "table 三: run-together digits of row %s split by the row-total identity",
						 gdr_slots[base + GDR_C_TOTAL].path);
		}
		else if (!err && nnum < GDR_NAPPCOLS &&
				 place_by_position(whole, tl.t, &ev[i], &cs, vals, isnull))
		{
			set_row(r, base, vals, isnull, GDR_NAPPCOLS, false);
			if (row < ROW_SUB_BASE)
				evrow[i] = row;
			gdr_warn(ctx, r, "row_cells_by_position", gdr_slots[base + GDR_C_TOTAL].path,
					 "table 三: row %s has %d values for %d columns; they are placed by where they stand under a full row's, and its blank cells are null",
					 gdr_slots[base + GDR_C_TOTAL].path, nnum, GDR_NAPPCOLS);
		}
		else
		{
			if (err)
				return false;
			null_row(r, base, GDR_NAPPCOLS);
			if (nnum == 1 && row < ROW_SUB_BASE && npend < GDR_NAPPROWS)
			{
				for (k = 0; k < ev[i].ncells; k++)
					if (tl.t[ev[i].first + k].type == T_NUM)
						pend_tok[npend] = &tl.t[ev[i].first + k];
				pend_ev[npend] = i;
				pend_row[npend++] = row;
				continue;
			}
			gdr_warn(ctx, r, nnum < GDR_NAPPCOLS ? "row_cells_missing" : "row_cells_unplaceable",
					 gdr_slots[base + GDR_C_TOTAL].path,
					 "table 三: row %s has %d values for %d columns; its cells cannot be placed",
					 gdr_slots[base + GDR_C_TOTAL].path, nnum, GDR_NAPPCOLS);
		}
	}
	/* glued digits with several splits: the column identities decide */
	if (npend > 0)
	{
		int			pass,
					j;

		for (pass = 0; pass < 3; pass++)
			for (j = 0; j < npend; j++)
				if (pend_row[j] >= 0 &&
					resolve_by_columns(r, pend_row[j], pend_tok[j], is2021))
				{
					gdr_warn(ctx, r, "row_digits_split",
							 gdr_slots[GDR_S_APP(pend_row[j], GDR_C_TOTAL)].path,
							 "table 三: run-together digits of row %s split by the column identities",
							 gdr_slots[GDR_S_APP(pend_row[j], GDR_C_TOTAL)].path);
					evrow[pend_ev[j]] = pend_row[j];
					pend_row[j] = -1;
				}
		/* the rows left, all together */
		{
			int			jrow[JOINT_MAXROWS],
						jidx[JOINT_MAXROWS],
						nj = 0;
			const tok  *jtok[JOINT_MAXROWS];
			unsigned	whole = 0,
						part = 0;

			for (j = 0; j < npend && nj < JOINT_MAXROWS + 1; j++)
				if (pend_row[j] >= 0)
				{
					if (nj < JOINT_MAXROWS)
					{
						jrow[nj] = pend_row[j];
						jtok[nj] = pend_tok[j];
						jidx[nj] = j;
					}
					nj++;
				}
			if (nj >= 1 && nj <= JOINT_MAXROWS)
				whole = resolve_jointly(ctx, r, jrow, jtok, nj, is2021, &part);
			if (ctx->status)
				return false;
			for (j = 0; j < nj && j < JOINT_MAXROWS; j++)
			{
				const char *path = gdr_slots[GDR_S_APP(jrow[j], GDR_C_TOTAL)].path;

				if (whole & (1u << j))
				{
					gdr_warn(ctx, r, "row_digits_split", path,
							 "table 三: run-together digits of row %s split by the column identities, read together with the other run-together rows",
							 path);
					evrow[pend_ev[jidx[j]]] = jrow[j];
					pend_row[jidx[j]] = -1;
				}
				else if (part & (1u << j))
				{
					gdr_warn(ctx, r, "row_cells_unplaceable", path,
							 "table 三: the run-together digits of row %s split in several ways that every identity allows; only the cells they all agree on are kept",
							 path);
					evrow[pend_ev[jidx[j]]] = jrow[j];
					pend_row[jidx[j]] = -1;
				}
			}
		}
		for (j = 0; j < npend; j++)
			if (pend_row[j] >= 0)
				gdr_warn(ctx, r, "row_cells_unplaceable",
						 gdr_slots[GDR_S_APP(pend_row[j], GDR_C_TOTAL)].path,
						 "table 三: the run-together digits of row %s split in several ways; its cells cannot be placed",
						 gdr_slots[GDR_S_APP(pend_row[j], GDR_C_TOTAL)].path);
	}
	/* runs without a label of their own in the gaps between placed rows */
	if (!fill_gaps(ctx, r, tl.t, ev, nev, evrow, defer, is2021))
		return false;
	for (i = 0; i < nev; i++)
	{
		int64_t		vals[MAXCELLS];
		bool		isnull[MAXCELLS];
		bool		split,
					err;
		int			nnum = 0,
					k;

		if (!defer[i] || evrow[i] >= 0 || ev[i].row == ROW_AMBIG)
			continue;
		for (k = 0; k < ev[i].ncells; k++)
			if (tl.t[ev[i].first + k].type == T_NUM)
				nnum++;
		if (ev[i].labellen == 0)
		{
			gdr_warn(ctx, r, "row_unlabelled", "applications",
					 "table 三: a row of %d values without a label was ignored", nnum);
			continue;
		}
		/* an unknown extra row: keep it, if it looks like a row */
		if (place_cells(ctx, tl.t, ev[i].first, ev[i].ncells, GDR_NAPPCOLS,
						vals, isnull, &split, &err) &&
			ev[i].labellen < 160 && looks_numbered(ev[i].label))
		{
			gdr_extra  *x = gdr_add_extra(ctx, r, "applications", ev[i].label,
										  (size_t) ev[i].labellen, GDR_NAPPCOLS);

			if (x == NULL)
				return false;
			for (k = 0; k < GDR_NAPPCOLS; k++)
			{
				x->values[k] = vals[k];
				x->isnull[k] = isnull[k];
			}
		}
		else
		{
			if (err)
				return false;
			gdr_warn(ctx, r, "row_unknown", "applications",
					 "table 三: %d values after an unrecognised label were ignored", nnum);
		}
	}
	/* rows of the template that never showed up */
	{
		int			nrows = is2021 ? GDR_NAPPROWS : (int) (sizeof(rows2019) / sizeof(int));
		int			j;

		for (j = 0; j < nrows; j++)
		{
			int			row = is2021 ? j : rows2019[j];

			if (!seen[row] && !gdr_present(r, GDR_S_APP(row, GDR_C_TOTAL)))
			{
				null_row(r, GDR_S_APP(row, 0), GDR_NAPPCOLS);
				gdr_warn(ctx, r, "row_not_found", gdr_slots[GDR_S_APP(row, GDR_C_TOTAL)].path,
						 "table 三: row %s was not found", gdr_slots[GDR_S_APP(row, GDR_C_TOTAL)].path);
			}
		}
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* table 四                                                             */
/* ------------------------------------------------------------------ */

/*
 * Table 四 whose runs of numbers come out of order (pdftotext's reading
 * order interleaves the header's words with the cells: 72 64 178 37 … 12 1
 * 1 6 总计 351 …).  Each run is taken as a stretch of consecutive cells; the
 * orders of the runs in which every block's four results add up to its 总计
 * are kept (distinct ones, at most GDR_MAXCAND4) in ti->cand4.  Returns the
 * number kept, 0 when none or too many.
 */
#define A4_MAXRUNS 7

typedef struct a4search
{
	int			nruns;
	int			len[A4_MAXRUNS];
	int64_t		v[A4_MAXRUNS][15];
	bool		used[A4_MAXRUNS];
	int64_t		seq[15];
	gdr_tblinfo *ti;
	bool		overflow;
} a4search;

static void
a4_order(a4search *a, int pos)
{
	int			i,
				k,
				c;

	if (a->overflow)
		return;
	if (pos == 15)
	{
		for (c = 0; c < a->ti->n4cand; c++)
			if (memcmp(a->ti->cand4[c], a->seq, sizeof(a->seq)) == 0)
				return;
		if (a->ti->n4cand == GDR_MAXCAND4)
		{
			a->overflow = true;
			return;
		}
		memcpy(a->ti->cand4[a->ti->n4cand++], a->seq, sizeof(a->seq));
		return;
	}
	for (i = 0; i < a->nruns; i++)
	{
		int			end = pos + a->len[i];
		bool		ok = true;

		if (a->used[i])
			continue;
		memcpy(a->seq + pos, a->v[i], sizeof(int64_t) * (size_t) a->len[i]);
		/* every block completed by this run must add up */
		for (k = pos / 5; k < end / 5 && ok; k++)
			ok = a->seq[5 * k] + a->seq[5 * k + 1] + a->seq[5 * k + 2] +
				a->seq[5 * k + 3] == a->seq[5 * k + 4];
		if (!ok)
			continue;
		a->used[i] = true;
		a4_order(a, end);
		a->used[i] = false;
	}
}

static int
appeals_by_arithmetic(const toklist *tl, const int *rfirst, const int *rn,
					  int nruns, gdr_tblinfo *ti)
{
	a4search	a;
	int			i,
				k,
				total = 0;

	memset(&a, 0, sizeof(a));
	a.ti = ti;
	ti->n4cand = 0;
	if (nruns < 2 || nruns > A4_MAXRUNS)
		return 0;
	for (i = 0; i < nruns; i++)
	{
		for (k = rfirst[i]; k < rfirst[i] + rn[i]; k++)
		{
			const tok  *t = &tl->t[k];

			if (t->type == T_BLANK && !t->multi)
				continue;		/* the blank lines between one-cell lines */
			/* a blank cell, digits glued together, a number no count is */
			if (t->type != T_NUM || (t->run && t->len > 1) || total == 15 ||
				t->v < 0 || t->v > 1000000000000LL)
				return 0;
			a.v[i][a.len[i]++] = t->v;
			total++;
		}
	}
	if (total != 15)
		return 0;
	a.nruns = nruns;
	a4_order(&a, 0);
	if (a.overflow)
		ti->n4cand = 0;
	return ti->n4cand;
}

/*
 * Is [s, s+len) made only of the words of table 四's column headers (结果
 * 维持 纠正 其他 尚未审结 总计) and spaces?  *prev and *last follow the last two
 * characters, from one call to the next.
 */
static bool
appeal_header_words(const char *s, int len, const char **prev, const char **last)
{
	static const char vocab[] = "结果维持纠正其他尚未审结总计合";
	int			i = 0;

	while (i < len)
	{
		const char *v;

		if (s[i] == ' ' || s[i] == '\t')
		{
			i++;
			continue;
		}
		if (i + 3 > len)
			return false;
		for (v = vocab; *v && memcmp(v, s + i, 3) != 0; v += 3)
			;
		if (*v == '\0')
			return false;
		*prev = *last;
		*last = s + i;
		i += 3;
	}
	return true;
}

/*
 * Table 四 whose numbers no order adds up in, read in the text's order.  Only
 * when the text itself vouches for that order: the runs hold exactly the 15
 * numbers, what falls between two runs is nothing but column-header words
 * (pdftotext drops the last column's header into the cells), and it ends in
 * 总计 just before a cell that, counted in reading order, is a 总计 cell.  The
 * table's own totals then disagree with its cells; the checks say so.
 */
static bool
appeals_by_reading_order(const toklist *tl, const int *rfirst, const int *rn,
						 int nruns, int64_t *vals)
{
	int			i,
				k,
				total = 0;

	if (nruns < 2 || nruns > A4_MAXRUNS)
		return false;
	for (i = 0; i < nruns; i++)
	{
		if (i > 0)
		{
			const char *prev = NULL,
					   *last = NULL;

			for (k = rfirst[i - 1] + rn[i - 1]; k < rfirst[i]; k++)
			{
				const tok  *t = &tl->t[k];

				if (t->type == T_BLANK)
					continue;
				if (t->type != T_TEXT || !appeal_header_words(t->s, t->len, &prev, &last))
					return false;
			}
			/* it ends in 总计 (or 合计), and the next cell is a 总计 cell */
			if (prev == NULL || memcmp(last, "计", 3) != 0 ||
				(memcmp(prev, "总", 3) != 0 && memcmp(prev, "合", 3) != 0) ||
				total % 5 != 4)
				return false;
		}
		for (k = rfirst[i]; k < rfirst[i] + rn[i]; k++)
		{
			const tok  *t = &tl->t[k];

			if (t->type == T_BLANK && !t->multi)
				continue;
			if (t->type != T_NUM || (t->run && t->len > 1) || total == 15 ||
				t->v < 0 || t->v > 1000000000000LL)
				return false;
			vals[total++] = t->v;
		}
	}
	return total == 15;
}

static bool
read_appeals(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r,
			 bool *found, const char **bodystart, const char **bodyend,
			 gdr_tblinfo *ti)
{
	toklist		tl = {0};
	toker		tk;
	char	   *buf;
	int			blen = 0;
	int			i = 0;
	bool		done[3] = {false, false, false};
	bool		bad = false;
	int			rfirst[A4_MAXRUNS + 1],
				rn[A4_MAXRUNS + 1];
	int			nruns = 0,
				runcells = 0;
	int64_t		order[15];

	*found = false;
	*bodystart = *bodyend = NULL;
	/* the lines are tokenised as they are read: the scan stops early */
	toker_init(&tk, s, len);
	buf = gdr_alloc(ctx, LBUF);
	if (buf == NULL)
		return false;
	for (;;)
	{
		int			first,
					n,
					nnum = 0,
					k;
		int64_t		vals[MAXCELLS];
		bool		isnull[MAXCELLS];
		bool		split,
					err;

		if (!tokenize_upto(ctx, &tk, &tl, i))
			return false;
		if (i >= tl.n)
			break;
		if (tl.t[i].type == T_TEXT)
		{
			int			l = tl.t[i].len;
			int			from;

			if (l > LBUF / 2)
				l = LBUF / 2;
			if (blen + l >= LBUF)
				blen = 0;
			from = blen;
			memcpy(buf + blen, tl.t[i].s, (size_t) l);
			blen += l;
			/* buf[0..from) holds none of them: look where the text grew */
			if (LIT_FROM(buf, blen, from, "存在的主要问题") ||
				LIT_FROM(buf, blen, from, "其他需要报告") ||
				LIT_FROM(buf, blen, from, "改进情况"))
				break;
			i++;
			continue;
		}
		first = i;
		for (;;)
		{
			if (!tokenize_upto(ctx, &tk, &tl, i))
				return false;
			if (i >= tl.n || tl.t[i].type == T_TEXT)
				break;
			if (tl.t[i].type == T_NUM)
				nnum++;
			i++;
		}
		n = i - first;
		if (nnum == 0)
			continue;			/* blank header cells: the label stays */
		/* drop leading separator blanks of one-cell layouts beyond 15 */
		while (n > 15 && tl.t[first].type == T_BLANK && !tl.t[first].multi)
		{
			first++;
			n--;
		}
		while (n > 15 && tl.t[first + n - 1].type == T_BLANK && !tl.t[first + n - 1].multi)
			n--;
		/*
		 * a sentence after the cells that begins with a number (2021年，市政府
		 * …, or 2022 年 as letter-spaced text leaves it): that number, glued
		 * to its text or followed by 年 on a line of its own, is no cell (the
		 * run counts its blank cells: — for 无数据)
		 */
		while (n > 15 && tl.t[first + n - 1].type == T_NUM &&
			   (tl.t[first + n - 1].run ||
				(first + n < tl.n && tl.t[first + n].type == T_TEXT &&
				 tl.t[first + n].line == tl.t[first + n - 1].line &&
				 tl.t[first + n].len >= 3 && memcmp(tl.t[first + n].s, "年", 3) == 0)) &&
			   tl.t[first + n - 1].line != tl.t[first + n - 2].line)
		{
			n--;
			nnum--;
			while (n > 15 && tl.t[first + n - 1].type == T_BLANK && !tl.t[first + n - 1].multi)
				n--;
		}
		*found = true;
		/* every run, in case they turn out to be out of order */
		if (nruns <= A4_MAXRUNS)
		{
			rfirst[nruns] = first;
			rn[nruns] = n;
		}
		nruns++;
		runcells += nnum;
		if (bad)
		{
			/* gathering the rest of the runs: past 15 numbers it is over */
			if (runcells > 15 || nruns > A4_MAXRUNS)
				break;
			continue;
		}
		if (place_cells(ctx, tl.t, first, n, 15, vals, isnull, &split, &err))
		{
			*bodystart = tl.t[first].s;
			*bodyend = tok_last(&tl.t[first + n - 1]);
			for (k = 0; k < 3; k++)
				set_row(r, GDR_S_APPEAL(k, 0), vals + 5 * k, isnull + 5 * k, 5, split);
			if (split)
				gdr_warn(ctx, r, "row_digits_split", "appeals",
						 "table 四: run-together digits split by the total identities");
			return true;
		}
		if (err)
			return false;
		if (place_cells(ctx, tl.t, first, n, 5, vals, isnull, &split, &err))
		{
			int			pr = rfind(buf, blen, "行政复议");
			int			pd = rfind(buf, blen, "直接起诉");
			int			pa = rfind(buf, blen, "复议后起诉");
			int			kind = -1;

			if (pr > pd && pr > pa)
				kind = GDR_A_REVIEW;
			else if (pd > pr && pd > pa)
				kind = GDR_A_SUIT_DIRECT;
			else if (pa > pr && pa > pd)
				kind = GDR_A_SUIT_AFTER_REVIEW;
			if (kind >= 0 && !done[kind])
			{
				done[kind] = true;
				set_row(r, GDR_S_APPEAL(kind, 0), vals, isnull, 5, split);
				if (*bodystart == NULL)
					*bodystart = tl.t[first].s;
				*bodyend = tok_last(&tl.t[first + n - 1]);
				blen = 0;
				if (done[0] && done[1] && done[2])
					return true;
				continue;
			}
		}
		if (err)
			return false;
		/*
		 * table 四 split in two (markdown: a 行政复议 table, then a 行政诉讼
		 * table): after the review block, ten cells under 直接起诉 … 复议后起诉
		 * are the two suit blocks in the template's order
		 */
		if (done[GDR_A_REVIEW] && !done[GDR_A_SUIT_DIRECT] &&
			!done[GDR_A_SUIT_AFTER_REVIEW] && nnum == 10 &&
			place_cells(ctx, tl.t, first, n, 10, vals, isnull, &split, &err))
		{
			int			pd = rfind(buf, blen, "直接起诉");
			int			pa = rfind(buf, blen, "复议后起诉");

			if (pd >= 0 && pa > pd)
			{
				set_row(r, GDR_S_APPEAL(GDR_A_SUIT_DIRECT, 0), vals, isnull, 5, split);
				set_row(r, GDR_S_APPEAL(GDR_A_SUIT_AFTER_REVIEW, 0), vals + 5, isnull + 5, 5, split);
				*bodyend = tok_last(&tl.t[first + n - 1]);
				return true;
			}
		}
		if (err)
			return false;
		bad = true;
		/* with no block placed by its label, gather the other runs */
		if (done[0] || done[1] || done[2])
			break;
	}
	if (!*found && !bad)
		return true;
	*found = true;
	if (bad && !done[0] && !done[1] && !done[2] && nruns <= A4_MAXRUNS &&
		appeals_by_arithmetic(&tl, rfirst, rn, nruns, ti) > 0)
		return true;			/* gdr_tables_finish() places them */
	if (bad && !done[0] && !done[1] && !done[2] &&
		appeals_by_reading_order(&tl, rfirst, rn, nruns, order))
	{
		bool		isnull[15];

		memset(isnull, 0, sizeof(isnull));
		for (i = 0; i < 3; i++)
			set_row(r, GDR_S_APPEAL(i, 0), order + 5 * i, isnull + 5 * i, 5, false);
		gdr_warn(ctx, r, "cells_placed_by_order", "appeals",
				 "table 四: header words fall between the cells; the 15 numbers were read in the text's order, which no other order improves on: no order of them adds up to the printed 总计s");
		return true;
	}
	for (i = 0; i < 3; i++)
		if (!done[i])
		{
			null_row(r, GDR_S_APPEAL(i, 0), 5);
			gdr_warn(ctx, r, bad ? "row_cells_unplaceable" : "row_cells_missing",
					 gdr_slots[GDR_S_APPEAL(i, GDR_F_TOTAL)].path,
					 "table 四: the cells of %s cannot be placed with certainty",
					 gdr_slots[GDR_S_APPEAL(i, GDR_F_TOTAL)].path);
		}
	return true;
}

/* ------------------------------------------------------------------ */
/* entry point                                                          */
/* ------------------------------------------------------------------ */

/*
 * Table 四 read out of order: place each block that all the orders left in
 * ti->cand4 agree on.  When they disagree, the prose may tell them apart
 * (行政复议 351 件 names the review block's 总计; 行政诉讼 N 件 is the sum of
 * the other two), but only among orders that add up: the prose never
 * overrules the table's own arithmetic, and a block no figure singles out
 * stays null with a warning.
 */
void
gdr_tables_finish(gdr_ctx *ctx, gdr_report *r, gdr_tblinfo *ti)
{
	bool		keep[GDR_MAXCAND4];
	int			c,
				k,
				nkeep = 0,
				placed = 0;
	bool		byprose = false;
	const char *what[3] = {NULL, NULL, NULL};

	if (ti->n4cand == 0)
		return;
	for (c = 0; c < ti->n4cand; c++)
		keep[c] = true;
	/* p 0: the review block's 总计; p 1: the two 诉讼 blocks' together */
#define CAND_FIGURE(c, p) \
	((p) == 0 ? ti->cand4[c][4] : ti->cand4[c][9] + ti->cand4[c][14])
	if (ti->n4cand > 1)
	{
		static const int slot[2] = {GDR_S_N_REVIEWS, GDR_S_N_LAWSUITS};
		int			p;

		for (p = 0; p < 2; p++)
		{
			int64_t		want;
			bool		any = false;

			if (!gdr_present(r, slot[p]) || !(r->st[slot[p]] & GDR_ST_VALUE) ||
				(r->st[slot[p]] & GDR_ST_AMBIGUOUS))
				continue;
			want = r->val[slot[p]];
			for (c = 0; c < ti->n4cand; c++)
				if (keep[c] && CAND_FIGURE(c, p) == want)
					any = true;
			

/* a figure that fits no order (or every one) says nothing */
			if (!any)
				continue;
			for (c = 0; c < ti->n4cand; c++)
				if (keep[c] && CAND_FIGURE(c, p) != want)
				{
					keep[c] = false;
					byprose = true;
				}
		}
	}
#undef CAND_FIGURE
	for (c = 0; c < ti->n4cand; c++)
		nkeep += keep[c];
	for (k = 0; k < 3; k++)
	{
		int			first = -1;
		bool		agree = true;

		for (c = 0; c < ti->n4cand && agree; c++)
		{
			if (!keep[c])
				continue;
			if (first < 0)
				first = c;
			else if (memcmp(ti->cand4[c] + 5 * k, ti->cand4[first] + 5 * k,
							5 * sizeof(int64_t)) != 0)
				agree = false;
		}
		if (nkeep > 0 && agree)
		{
			bool		isnull[5] = {false, false, false, false, false};

			set_row(r, GDR_S_APPEAL(k, 0), ti->cand4[first] + 5 * k, isnull, 5, false);
			what[placed++] = gdr_slots[GDR_S_APPEAL(k, GDR_F_TOTAL)].path;
		}
		else
		{
			null_row(r, GDR_S_APPEAL(k, 0), 5);
			gdr_warn(ctx, r, "row_cells_unplaceable",
					 gdr_slots[GDR_S_APPEAL(k, GDR_F_TOTAL)].path,
					 "table 四: the cells of %s cannot be placed with certainty: the text gives the table's numbers out of order and more than one order adds up",
					 gdr_slots[GDR_S_APPEAL(k, GDR_F_TOTAL)].path);
		}
	}
	if (placed > 0)
		gdr_warn(ctx, r, "cells_placed_by_arithmetic", "appeals",
				 "table 四: the text gives the numbers out of order; %s%s%s%s%s placed in the only order in which each block adds up to its 总计%s",
				 what[0], placed > 1 ? ", " : "", placed > 1 ? what[1] : "",
				 placed > 2 ? ", " : "", placed > 2 ? what[2] : "",
				 byprose ? " and which agrees with the prose's figures" : "");
	ti->n4cand = 0;
}

bool
gdr_tables(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r)
{
	gdr_tblinfo ti;

	if (!gdr_tables_read(ctx, s, len, r, &ti))
		return false;
	gdr_tables_template(r, &ti);
	gdr_tables_finish(ctx, r, &ti);
	return true;
}

/* the rows' cells null, table 三's extra rows' too */
static void
null_applications(gdr_report *r)
{
	const int	nblocks = GDR_S_APPEAL_BASE / GDR_NAPPCOLS;
	int			b,
				k,
				i;

	for (b = 0; b < nblocks; b++)
		for (k = 0; k < GDR_NAPPCOLS; k++)
			if (gdr_present(r, b * GDR_NAPPCOLS + k))
				gdr_set_null(r, b * GDR_NAPPCOLS + k);
	for (i = 0; i < r->nextras; i++)
		if (strcmp(r->extras[i].section, "applications") == 0)
			for (k = 0; k < r->extras[i].nvalues; k++)
				r->extras[i].isnull[k] = true;
}

/*
 * Read in the template's order, with no header to say otherwise: when the
 * rows add up with 总计 in the first column (总计 = the other six) and never
 * with it in the last, the columns are in another order that nothing here
 * tells; the table is left null rather than read one column off.
 */
static void
total_first_check(gdr_ctx *ctx, gdr_report *r)
{
	int			b,
				k,
				first = 0,
				last = 0;

	for (b = 0; b < GDR_NAPPROWS; b++)
	{
		const int64_t *v = &r->val[GDR_S_APP(b, 0)];
		int64_t		s0 = 0,
					s6 = 0;
		bool		full = true;

		for (k = 0; k < GDR_NAPPCOLS; k++)
			if (!gdr_has(r, GDR_S_APP(b, k)))
				full = false;
		if (!full)
			continue;
		for (k = 1; k < GDR_NAPPCOLS; k++)
			s0 += v[k];
		for (k = 0; k < GDR_NAPPCOLS - 1; k++)
			s6 += v[k];
		if (s0 == v[0] && s6 != v[GDR_NAPPCOLS - 1])
			first++;
		else if (s6 == v[GDR_NAPPCOLS - 1] && s0 != v[0])
			last++;
	}
	if (first >= 2 && last == 0)
	{
		null_applications(r);
		gdr_warn(ctx, r, "columns_undecided", "applications",
				 "table 三: the rows add up with 总计 in the first column and the header does not say the order of the others; the table's cells are left null");
	}
}

/*
 * Table 三's columns in the order its header prints them (appcols.c) when
 * that is not the template's: the cells read in position order are moved
 * to their columns.  Moving 总计 changes the row sums the reading used, so
 * that order is taken only when the rows' arithmetic agrees with it
 * (总计 = the other six, on some row where the template's order fails and
 * on no row where it holds instead); an order the arithmetic contradicts is
 * not taken, and one it cannot decide leaves the table null.
 */
static void
reorder_columns(gdr_ctx *ctx, gdr_report *r, const char *h, size_t hn)
{
	int			order[GDR_NAPPCOLS];
	int			k,
				b,
				tp = -1,
				i;
	bool		same = true,
				changes = false;
	const int	nblocks = GDR_S_APPEAL_BASE / GDR_NAPPCOLS;

	if (!gdr_app_header_order(h, hn, order))
	{
		total_first_check(ctx, r);
		return;
	}
	for (k = 0; k < GDR_NAPPCOLS; k++)
	{
		if (order[k] != k)
			same = false;
		if (order[k] == GDR_C_TOTAL)
			tp = k;
	}
	if (same)
		return;
	/* would the order change any figure? (a table of zeros: no) */
	for (b = 0; b < nblocks && !changes; b++)
		for (k = 0; k < GDR_NAPPCOLS; k++)
		{
			int			from = b * GDR_NAPPCOLS + k,
						to = b * GDR_NAPPCOLS + order[k];

			if (r->st[from] != r->st[to] || r->val[from] != r->val[to])
				changes = true;
		}
	for (i = 0; i < r->nextras && !changes; i++)
		if (strcmp(r->extras[i].section, "applications") == 0 &&
			r->extras[i].nvalues == GDR_NAPPCOLS)
			for (k = 0; k < GDR_NAPPCOLS; k++)
				if (r->extras[i].values[k] != r->extras[i].values[order[k]] ||
					r->extras[i].isnull[k] != r->extras[i].isnull[order[k]])
					changes = true;
	if (!changes)
		return;
	if (tp != GDR_C_TOTAL)
	{
		int			hdr_only = 0,
					std_only = 0;

		for (b = 0; b < GDR_NAPPROWS; b++)
		{
			int64_t		sh = 0,
						ss = 0;
			bool		full = true;
			const int64_t *v = &r->val[GDR_S_APP(b, 0)];

			for (k = 0; k < GDR_NAPPCOLS; k++)
				if (!gdr_has(r, GDR_S_APP(b, k)))
					full = false;
			if (!full)
				continue;
			for (k = 0; k < GDR_NAPPCOLS; k++)
			{
				if (k != tp)
					sh += v[k];
				if (k != GDR_C_TOTAL)
					ss += v[k];
			}
			if (sh == v[tp] && ss != v[GDR_C_TOTAL])
				hdr_only++;
			else if (ss == v[GDR_C_TOTAL] && sh != v[tp])
				std_only++;
		}
		if (std_only > 0 && hdr_only == 0)
		{
			gdr_warn(ctx, r, "columns_header_ignored", "applications",
					 "table 三: the header seems to print 总计 as column %d, but the rows add up with 总计 last; read in the template's order",
					 tp + 1);
			return;
		}
		if (hdr_only == 0 || std_only > 0)
		{
			null_applications(r);
			gdr_warn(ctx, r, "columns_undecided", "applications",
					 "table 三: the header prints 总计 as column %d and the rows' arithmetic cannot confirm that order; the table's cells are left null",
					 tp + 1);
			return;
		}
	}
	/* move each block's cells to their columns */
	for (b = 0; b < nblocks; b++)
	{
		int64_t		v[GDR_NAPPCOLS];
		uint8_t		st[GDR_NAPPCOLS];

		memcpy(v, &r->val[b * GDR_NAPPCOLS], sizeof(v));
		memcpy(st, &r->st[b * GDR_NAPPCOLS], sizeof(st));
		for (k = 0; k < GDR_NAPPCOLS; k++)
		{
			r->val[b * GDR_NAPPCOLS + order[k]] = v[k];
			r->st[b * GDR_NAPPCOLS + order[k]] = st[k];
		}
	}
	for (i = 0; i < r->nextras; i++)
		if (strcmp(r->extras[i].section, "applications") == 0 &&
			r->extras[i].nvalues == GDR_NAPPCOLS)
		{
			int64_t		v[GDR_NAPPCOLS];
			bool		nl[GDR_NAPPCOLS];

			memcpy(v, r->extras[i].values, sizeof(v));
			memcpy(nl, r->extras[i].isnull, sizeof(nl));
			for (k = 0; k < GDR_NAPPCOLS; k++)
			{
				r->extras[i].values[order[k]] = v[k];
				r->extras[i].isnull[order[k]] = nl[k];
			}
		}
	gdr_warn(ctx, r, "columns_reordered", "applications",
			 "table 三: the header prints the applicant columns in another order than the template's; each cell was read under its header");
}

/*
 * Table 四 written long: a line per cell, each naming its block and its
 * result, the number last (类别 · 方式 · 结果 · 件数: 行政诉讼 | 未经复议直接
 * 起诉 | 结果维持 | 2).  Taken only when all 15 cells are there, named
 * once each, and every block's 总计 is the sum of its four results.
 */
static bool
appeals_long(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r)
{
	static const char *const res[GDR_NAPPEALFIELDS] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
	int64_t		v[3][GDR_NAPPEALFIELDS];
	bool		has[3][GDR_NAPPEALFIELDS];
	const char *p = s,
			   *end = s + len;
	int			n = 0,
				k,
				f,
				i;
	const char *h1 = NULL,		/* the next 行政复议 */
			   *h2 = NULL;		/* the next 起诉 */
	bool		first = true;

	memset(has, 0, sizeof(has));
	while (p < end)
	{
		const char *nl,
				   *le,
				   *d;
		size_t		ll;
		int			kind,
					fld = -1,
					nres = 0;
		int64_t		x = 0;

		/*
		 * The next line that names a block: the next 行政复议 or 起诉 (the
		 * other lines are passed over at memmem's speed, not one by one)
		 */
		if (first || (h1 != NULL && h1 < p))
			h1 = gdr_memmem(p, (size_t) (end - p), "行政复议", 12);
		if (first || (h2 != NULL && h2 < p))
			h2 = gdr_memmem(p, (size_t) (end - p), "起诉", 6);
		first = false;
		if (h1 == NULL && h2 == NULL)
			break;
		d = h1 == NULL ? h2 : h2 == NULL ? h1 : h1 < h2 ? h1 : h2;
		nl = d > p ? memrchr(p, '\n', (size_t) (d - p)) : NULL;
		p = nl ? nl + 1 : p;
		nl = memchr(d, '\n', (size_t) (end - d));
		le = nl ? nl : end;
		d = le;
		ll = (size_t) (le - p);
		p = nl ? nl + 1 : end;
		if (gdr_memmem(le - ll, ll, "直接起诉", 12))
			kind = 1;
		else if (gdr_memmem(le - ll, ll, "复议后起诉", 15))
			kind = 2;
		else if (gdr_memmem(le - ll, ll, "行政复议", 12))
			kind = 0;
		else
			continue;
		for (f = 0; f < GDR_NAPPEALFIELDS; f++)
			if (gdr_memmem(le - ll, ll, res[f], strlen(res[f])))
			{
				fld = f;
				nres++;
			}
		if (nres != 1)
			continue;
		/* the number: the line's last field */
		while (d > le - ll && (d[-1] == ' ' || d[-1] == '\t' || d[-1] == '|' || d[-1] == '\r'))
			d--;
		for (i = 0; d > le - ll && is_digit(d[-1]) && i < 9; i++)
			d--;
		if (i == 0 || i == 9 || d == le - ll || !(d[-1] == ' ' || d[-1] == '\t' || d[-1] == '|'))
			continue;
		for (; is_digit(*d); d++)
			x = x * 10 + (*d - '0');
		if (has[kind][fld])
		{
			if (v[kind][fld] != x)
				return false;	/* named twice, two values */
			continue;
		}
		has[kind][fld] = true;
		v[kind][fld] = x;
		n++;
	}
	if (n != 3 * GDR_NAPPEALFIELDS)
		return false;
	for (k = 0; k < 3; k++)
		if (v[k][0] + v[k][1] + v[k][2] + v[k][3] != v[k][4])
			return false;
	for (k = 0; k < 3; k++)
		for (f = 0; f < GDR_NAPPEALFIELDS; f++)
			gdr_set(r, GDR_S_APPEAL(k, f), v[k][f]);
	/* what the reading by columns said about these cells no longer holds */
	for (i = 0, n = 0; i < r->nwarnings; i++)
		if (!(r->warnings[i].path && strncmp(r->warnings[i].path, "appeals", 7) == 0))
			r->warnings[n++] = r->warnings[i];
	r->nwarnings = n;
	(void) ctx;
	return true;
}

static void
add_span(gdr_tblinfo *ti, gdr_span sp)
{
	int			i;

	if (sp.b <= sp.a || ti->nspans == GDR_MAXSPANS)
		return;
	/* keep them ascending; an overlap (never seen) gives up the new one */
	for (i = 0; i < ti->nspans; i++)
		if (sp.a < ti->spans[i].b && ti->spans[i].a < sp.b)
			return;
	for (i = ti->nspans; i > 0 && ti->spans[i - 1].a > sp.a; i--)
		ti->spans[i] = ti->spans[i - 1];
	ti->spans[i] = sp;
	ti->nspans++;
}

/* does any slot in [a, b) hold a value? */
static bool
any_value(const gdr_report *r, int a, int b)
{
	for (; a < b; a++)
		if (gdr_has(r, a))
			return true;
	return false;
}

bool
gdr_tables_read(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r,
				gdr_tblinfo *ti)
{
	const char *t3;
	const char *t3b;
	const char *t4 = NULL;
	const char *t4a;
	const char *from;
	const char *first[3];
	bool		have_first = false;
	const char *end = s + len;
	gdr_span	sp2 = {0, 0};
	const char *bstart,
			   *bend;

	memset(ti, 0, sizeof(*ti));
	if (!gdr_table_active_span(ctx, s, len, r, &ti->found2, &ti->era2, &sp2))
		return false;
	add_span(ti, sp2);

	/* table 三 */
	t3 = SEARCH_FWD(s, len, "勾稽关系");
	if (t3 == NULL)
	{
		/* often a report without tables: one pass for the other anchors */
		static const char *const an[] = {
			"本年新收政府信息公开申请数量", "直接起诉", "复议后起诉"
		};

		gdr_find_each(s, len, an, 3, false, first);
		have_first = true;
		t3b = first[0];
	}
	else
	{
		/* only a 本年新收… more than 4096 bytes before 勾稽关系 counts */
		static const char lit[] = "本年新收政府信息公开申请数量";

		t3b = t3 - s > 4096 ?
			gdr_memmem(s, (size_t) (t3 - s - 4097) + sizeof(lit) - 1, lit, sizeof(lit) - 1) :
			NULL;
	}
	if (t3 == NULL || (t3b && t3b < t3 && t3 - t3b > 4096))
		t3 = t3b;
	/* table 四 */
	from = t3 ? t3 : s;
	/* (the first occurrence in the text is the first from `from` on
	 * unless it is before `from`) */
	if (have_first && (first[1] == NULL || first[1] >= from))
		t4a = first[1];
	else
		t4a = SEARCH_FWD(from, (size_t) (end - from), "直接起诉");
	if (t4a == NULL)
	{
		if (have_first && (first[2] == NULL || first[2] >= from))
			t4a = first[2];
		else
			t4a = SEARCH_FWD(from, (size_t) (end - from), "复议后起诉");
	}
	if (t4a)
	{
		/* back to the nearest 行政复议 before it (the header's start) */
		const char *lo = t4a - 4096 > from ? t4a - 4096 : from;
		long		p = SEARCH_REV(lo, (size_t) (t4a - lo), "行政复议");

		t4 = p >= 0 ? lo + p : t4a;
	}
	if (t3)
	{
		const char *e3 = t4 ? t4 : end;

		if (e3 - t3 > 65536)
			e3 = t3 + 65536;
		if (t4 == NULL)
		{
			/*
			 * No table 四 (cut from the text, or an image): table 三 ends at
			 * section 五 at the latest, whose prose is no row of it
			 */
			static const char *const an5[] = {"存在的主要问题", "其他需要报告"};
			const char *f5[2];

			gdr_find_each(t3, (size_t) (e3 - t3), an5, 2, true, f5);
			if (f5[0] && f5[0] < e3)
				e3 = f5[0];
			if (f5[1] && f5[1] < e3)
				e3 = f5[1];
		}
		if (!read_applications(ctx, s, t3, (size_t) (e3 - t3), r, &ti->found3, &ti->era3, &bstart, &bend))
			return false;
		if (ti->found3)
		{
			/*
			 * The header: from its 申请人情况 (or the 勾稽关系 note) to the
			 * first row's label (or the first row's cells)
			 */
			const char *lo = t3 - s > 256 ? t3 - 256 : s;
			long		ap = SEARCH_REV(lo, (size_t) (t3 - lo), "申请人情况");
			const char *hs = ap >= 0 ? lo + ap : t3;
			const char *he = SEARCH_FWD(hs, (size_t) (e3 - hs), "本年新收");

			if (he == NULL)
				he = bstart;
			/* (a header is short: its spans repeated, a few KiB) */
			if (he != NULL && he - hs > 6144)
				he = hs + 6144;
			/* (no 企 in it: no line names the five columns) */
			if (he != NULL && he > hs && gdr_memmem(hs, (size_t) (he - hs), "企", 3) != NULL)
				reorder_columns(ctx, r, hs, (size_t) (he - hs));
			else
				total_first_check(ctx, r);
		}
		if (bstart && bend)
			add_span(ti, gdr_body_span(s, len, t3, bstart, bend));
	}
	if (t4)
	{
		const char *e4 = end - t4 > 16384 ? t4 + 16384 : end;

		if (!read_appeals(ctx, t4, (size_t) (e4 - t4), r, &ti->found4, &bstart, &bend, ti))
			return false;
		{
			int			f;
			bool		any = false;
			const char *lo4;

			for (f = 0; f < 3 * GDR_NAPPEALFIELDS && !any; f++)
				any = gdr_has(r, GDR_S_APPEAL_BASE + f);
			/* (from before t4: t4 is the 行政复议 nearest 直接起诉, here
			 * the last of the review's lines) */
			lo4 = t4 - from > 4096 ? t4 - 4096 : from;

			if (!any && appeals_long(ctx, lo4, (size_t) (e4 - lo4), r))
				ti->found4 = true;
		}
		if (bstart && bend)
			add_span(ti, gdr_body_span(s, len, t4, bstart, bend));
	}
	/*
	 * No table 三 or 四 that gave a figure (prose that names their rows
	 * can make them "found"): a table of the years before 2019
	 */
	if (!(ti->found3 && any_value(r, 0, GDR_S_APPEAL_BASE)) &&
		!(ti->found4 && any_value(r, GDR_S_APPEAL_BASE, GDR_S_ACTIVE_BASE)))
	{
		gdr_span	spl;

		if (!gdr_table_legacy(ctx, s, len, r, &ti->foundl, &spl))
			return false;
		add_span(ti, spl);
	}

	return ctx->status == 0;
}

/* the template (report-format.md §1) */
void
gdr_tables_template(gdr_report *r, const gdr_tblinfo *ti)
{
	/*
	 * A table counts when it gave a figure: a report whose tables were
	 * images can name their rows in its prose (本机关不掌握相关政府信息3件),
	 * which the table reader looks at and places nothing from.
	 */
	if (ti->era2 == GDR_TPL_2021 || ti->era2 == GDR_TPL_2019)
		r->tmpl = ti->era2;
	else if (ti->era3 == GDR_TPL_2021 || ti->era3 == GDR_TPL_2019)
		r->tmpl = (gdr_template) ti->era3;
	else if (ti->found2 || (ti->found3 && any_value(r, 0, GDR_S_APPEAL_BASE)) ||
			 (ti->found4 && any_value(r, GDR_S_APPEAL_BASE, GDR_S_ACTIVE_BASE)))
		r->tmpl = (r->year >= 2019 && r->year <= 2020) ? GDR_TPL_2019 : GDR_TPL_2021;
	else if (ti->foundl)
		r->tmpl = GDR_TPL_PRE2019;
	else
		r->tmpl = GDR_TPL_NONE;
}
