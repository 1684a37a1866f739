/*
 * unwrap.c -- prose extracted from a PDF without layout (pdftotext's
 * default mode, copy and paste from a viewer) keeps the page's line breaks:
 * every line of a paragraph is as wide as the page, and a sentence, a word
 * or a number goes on after the break (申请4 / 7件), sometimes after a page
 * footer and a form feed (信息14 / — 1 — / \f38条).  Read as it is, the
 * prose stage sees 申请4 at a line's end and 14 before a page break.
 *
 * Such text (pdftotext's: with form feeds between its pages) is
 * recognised by its lines: at least UNWRAP_MIN prose lines
 * (Han text, no table separators) as wide as the widest common width W
 * (±2 columns, a Han character counting two), and they are a good share of
 * the text.  Then a prose line that is full (at least W - 2 wide) or that
 * comes right before a page footer, and that does not end a sentence, is
 * joined to the next prose line, across blank lines, page footers and form
 * feeds.  Lines that are not prose (table rows, headings after a short
 * line) stay as they are.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define UNWRAP_MIN	8			/* full lines needed */
#define UNWRAP_WMIN 40			/* a page line is at least this wide */
#define UNWRAP_WMAX 120			/* ... and at most this wide (columns) */
#define UNWRAP_BMAX 200			/* bytes of the widest page line */
#define UNWRAP_SAMPLE 100		/* lines looked at before measuring any */

typedef struct uline
{
	const char *a;				/* first byte */
	const char *e;				/* the '\n' or the end */
	int			width;			/* display columns, -1: not prose, -2: not
								 * measured yet (see width_of) */
	bool		blank;			/* white space and form feeds only */
	bool		footer;			/* a page footer: — 1 —, -2-, 第3页 */
} uline;

static bool
is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* a page footer: digits with dashes around them, or 第 N 页 */
static bool
footer_line(const char *a, const char *e)
{
	int			digits = 0,
				dashes = 0;
	bool		di = false,
				ye = false;

	while (a < e && is_ws((unsigned char) *a))
		a++;
	while (e > a && is_ws((unsigned char) e[-1]))
		e--;
	if (e - a >= 6 && memcmp(a, "第", 3) == 0 && memcmp(e - 3, "页", 3) == 0)
	{
		di = true;
		ye = true;
		a += 3;
		e -= 3;
	}
	while (a < e)
	{
		unsigned char c = (unsigned char) *a;

		if (c >= '0' && c <= '9')
		{
			digits++;
			a++;
		}
		else if (c == '-' || c == '_' || is_ws(c))
		{
			dashes += c != ' ';
			a++;
		}
		else if (e - a >= 3 && (memcmp(a, "—", 3) == 0 || memcmp(a, "–", 3) == 0))
		{
			dashes++;
			a += 3;
		}
		else
			return false;
	}
	return digits >= 1 && digits <= 4 && (dashes >= 1 || (di && ye));
}

/* the line [a, e) is a page footer with a dash at both ends, or 第…页 */
static bool
page_footer_line(const char *a, const char *e)
{
	const char *z;

	while (a < e && is_ws((unsigned char) *a))
		a++;
	while (e > a && is_ws((unsigned char) e[-1]))
		e--;
	if (e - a < 3 || e - a > 24 || !footer_line(a, e))
		return false;
	if (memcmp(a, "第", 3) == 0)
		return true;
	z = e;
	return (*a == '-' || *a == '_' || memcmp(a, "—", 3) == 0 || memcmp(a, "–", 3) == 0) &&
		(z[-1] == '-' || z[-1] == '_' ||
		 (z - a >= 3 && (memcmp(z - 3, "—", 3) == 0 || memcmp(z - 3, "–", 3) == 0)));
}

/*
 * The dash at h lies on a page footer: its line is one, and the line's start
 * and end are at most 28 bytes from h.  *next is where the search for the
 * next dash may go on: past the line's end when no later dash of the same
 * line can pass (they are farther from its start, and the line is the same).
 */
static bool
footer_around(const char *s, const char *end, const char *h, const char **next)
{
	const char *a = h,
			   *e;
	int			k;

	*next = h + 1;
	for (k = 0; a > s && a[-1] != '\n' && k < 28; k++)
		a--;
	e = memchr(h, '\n', (size_t) (end - h));
	if (e == NULL)
		e = end;
	if ((a > s && a[-1] != '\n') || !page_footer_line(a, e))
	{
		*next = e;
		return false;
	}
	return e - h <= 28;
}

/*
 * Text with page footers (— 1 —, - 2 -) but no form feeds: PDF text pasted
 * from a viewer or saved by a tool that drops them.  Only footers with a
 * dash on both sides count: a cell "-1" alone on its line is a table's,
 * not a page's.  It runs on every report, so it does not walk the lines: it
 * looks at the lines around each - and _ (memchr) and each — or – (a
 * vectorised search each: they are rare in Chinese text).
 * 第3页 alone is not looked for: 页 begins with a byte most Han characters
 * share, and such footers come with form feeds.
 */
bool
gdr_page_footers(const char *s, size_t len)
{
	return gdr_page_footers_dashes(s, len, true);
}

/* the same, looking for – and — only when dashes says the text has some */
bool
gdr_page_footers_dashes(const char *s, size_t len, bool dashes)
{
	const char *end = s + len;
	const char *p,
			   *h,
			   *next;
	int			i;

	for (i = 0; i < 2; i++)
		for (p = s; p < end && (h = memchr(p, i ? '_' : '-', (size_t) (end - p))) != NULL; p = next)
			if (footer_around(s, end, h, &next))
				return true;
	for (i = 0; i < (dashes ? 2 : 0); i++)
		for (p = s; p < end && (h = gdr_memmem(p, (size_t) (end - p), i ? "—" : "–", 3)) != NULL;
			 p = next > h + 3 ? next : h + 3)
			if (footer_around(s, end, h, &next))
				return true;
	return false;
}

/*
 * Display width of a prose line, or -1 when the line is no prose: a tab, a
 * pipe, a box-drawing character, two spaces inside it, an indent of more
 * than 8 columns, or no Han at all.
 */
static int
prose_width(const char *a, const char *e)
{
	const unsigned char *p = (const unsigned char *) a;
	const unsigned char *end = (const unsigned char *) e;
	int			w = 0;
	bool		han = false,
				lead = true;

	while (end > p && is_ws(end[-1]))
		end--;
	while (p < end)
	{
		unsigned char c = *p;

		if (c < 0x80)
		{
			if (c == '\t' || c == '|')
				return -1;
			if (c == ' ' && !lead && p + 1 < end && p[1] == ' ')
				return -1;
			lead = lead && is_ws(c);
			if (lead && w >= 8)
				return -1;		/* centred or set right: a title, a signature */
			/* the normaliser's , ; : ( ) ! ? were full-width in the PDF */
			w += (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?') ? 2 : 1;
			p++;
			continue;
		}
		lead = false;
		if (c >= 0xF0)
		{
			w += 2;
			p += 4;
		}
		else if (c >= 0xE0)
		{
			if (c == 0xE2 && p + 1 < end && (p[1] == 0x94 || p[1] == 0x95))
				return -1;		/* box drawing U+2500..U+257F */
			if (c >= 0xE3)
			{
				w += 2;
				han = han || (c >= 0xE4 && c <= 0xE9);
			}
			else				/* “ ” — are full-width in Chinese text */
				w += (c == 0xE2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D || p[2] == 0x94)) ? 2 : 1;
			p += 3;
		}
		else
		{
			w++;
			p += 2;
		}
		if (w > UNWRAP_WMAX + 2)
			return -1;
	}
	return han ? w : -1;
}

/* does the line [a, e) end a sentence (。 ! ? ; : maybe then a closing quote)? */
static bool
ends_sentence(const char *a, const char *e)
{
	while (e > a && is_ws((unsigned char) e[-1]))
		e--;
	if (e - a >= 3 && (memcmp(e - 3, "”", 3) == 0 || memcmp(e - 3, "」", 3) == 0))
		e -= 3;
	else if (e > a && (e[-1] == ')' || e[-1] == '"'))
		e--;
	if (e - a >= 3 && memcmp(e - 3, "。", 3) == 0)
		return true;
	return e > a && (e[-1] == '!' || e[-1] == '?' || e[-1] == ';' || e[-1] == ':');
}

/*
 * a title line as wide as the page (…2024年政府信息公开工作年度报告): it
 * ends with the name of a report and holds no comma
 */
static bool
title_line(const char *a, const char *e)
{
	static const char *const ends[] = {"年度报告", "工作报告", "工作总结", "年报", "工作要点"};
	int			k;

	while (e > a && is_ws((unsigned char) e[-1]))
		e--;
	if (memchr(a, ',', (size_t) (e - a)) != NULL)
		return false;
	for (k = 0; k < 5; k++)
		if (gdr_ends_lit(a, e, ends[k]))
			return true;
	return false;
}

/* a number cut by the line break: the line ends with a digit, the next
 * one begins with one (申请4 / 7件) */
static bool
digit_break(const uline *c, const uline *next)
{
	const char *e = c->e;
	const char *a = next->a;

	while (e > c->a && is_ws((unsigned char) e[-1]))
		e--;
	while (a < next->e && is_ws((unsigned char) *a))
		a++;
	return e > c->a && a < next->e && e[-1] >= '0' && e[-1] <= '9' &&
		*a >= '0' && *a <= '9';
}

static int
split_lines(gdr_ctx *ctx, const char *s, size_t len, uline **out)
{
	const char *p = s,
			   *end = s + len;
	int			n = 0,
				max = 0;
	uline	   *L = NULL;

	while (p < end)
	{
		const char *e = memchr(p, '\n', (size_t) (end - p));
		const char *q;
		uline	   *nl;

		if (e == NULL)
			e = end;
		nl = gdr_grow(ctx, L, n, &max, sizeof(uline), 256);
		if (nl == NULL)
			return -1;
		L = nl;
		L[n].a = p;
		L[n].e = e;
		for (q = p; q < e && is_ws((unsigned char) *q); q++)
			;
		L[n].blank = q == e;
		L[n].footer = !L[n].blank && e - p <= 40 && footer_line(p, e);
		L[n].width = L[n].blank || L[n].footer ? -1 : -2;
		n++;
		p = e + 1;
	}
	*out = L;
	return n;
}

/*
 * The page width W of hard-wrapped prose, or 0: the width w (w .. w + 2)
 * that most prose lines that do not end a sentence have, when at least
 * UNWRAP_MIN of them do and they are at least a third of the lines that
 * hold anything.  One pass over the text, nothing allocated (it runs on
 * every report): only lines as long as a page line, that do not end a
 * sentence and have no space, tab or pipe inside are measured.
 */
/* a line that may be a page line: as long as one, not the end of a
 * sentence, no space, tab or pipe after its indent; its trimmed end */
static bool
candidate(const char *p, const char *e, const char **te)
{
	const char *q = p;

	if (e - p < UNWRAP_WMIN || e - p > UNWRAP_BMAX || ends_sentence(p, e))
		return false;
	while (q < e && is_ws((unsigned char) *q))
		q++;
	while (e > q && is_ws((unsigned char) e[-1]))
		e--;
	*te = e;
	return !memchr(q, ' ', (size_t) (e - q)) && !memchr(q, '\t', (size_t) (e - q)) &&
		!memchr(q, '|', (size_t) (e - q));
}

static int
page_width(const char *s, size_t len)
{
	int			hist[UNWRAP_WMAX + 5];
	const char *p,
			   *end = s + len,
			   *te;
	int			w,
				best = 0,
				bestw = 0,
				nonblank = 0,
				wide = 0,
				ncand = 0;
	bool		sampled = false;

	/*
	 * One pass.  The candidates among the first UNWRAP_SAMPLE lines are
	 * counted on the way: too few of them (a page of prose comes early in
	 * a report), and nothing more is looked at
	 */
	memset(hist, 0, sizeof(hist));
	for (p = s; p < end;)
	{
		const char *e = memchr(p, '\n', (size_t) (end - p));

		if (e == NULL)
			e = end;
		if (e - p >= UNWRAP_WMIN)
		{
			wide++;
			if (candidate(p, e, &te))
			{
				ncand++;
				if ((w = prose_width(p, te)) >= UNWRAP_WMIN && w <= UNWRAP_WMAX)
					hist[w]++;
			}
		}
		if (!sampled && e > p && !(e - p == 1 && is_ws((unsigned char) *p)) &&
			++nonblank == UNWRAP_SAMPLE)
		{
			sampled = true;
			if (ncand < UNWRAP_MIN || ncand * 3 < wide)
				return 0;
		}
		p = e + 1;
	}
	if (!sampled && (ncand < UNWRAP_MIN || ncand * 3 < wide))
		return 0;
	for (w = UNWRAP_WMIN; w <= UNWRAP_WMAX; w++)
	{
		int			k = hist[w] + hist[w + 1] + hist[w + 2] + hist[w + 3] + hist[w + 4];

		if (k > best)
		{
			best = k;
			bestw = w;
		}
	}
	if (best < UNWRAP_MIN || best * 3 < wide)
		return 0;
	return bestw;
}

/* a line's width, measured the first time it is asked for */
static int
width_of(uline *l)
{
	if (l->width == -2)
		l->width = prose_width(l->a, l->e);
	return l->width;
}

/*
 * Join hard-wrapped prose lines.  The text is copied in runs: lines that
 * stay as they are (most of them) wait in [run, ...) until a join or a
 * stripped indent needs the output to differ from the input.
 */
bool
gdr_unwrap(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	uline	   *L = NULL;
	const char *run;			/* the input not copied yet */
	int			n,
				W,
				i;
	bool		strip = false;	/* the line continues the one before it */

	*changed = false;
	if (s == NULL || len < UNWRAP_MIN * UNWRAP_WMIN)
		return ctx->status == 0;
	if (gdr_work(ctx, len))
		return false;
	W = page_width(s, len);
	if (W == 0)
		return ctx->status == 0;
	n = split_lines(ctx, s, len, &L);
	if (n < 0)
		return false;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	run = s;
	for (i = 0; i < n; i++)
	{
		uline	   *c = &L[i];
		const char *a = c->a;
		const char *e = c->e;
		int			j = i + 1;
		bool		footer = false;

		if (strip)
		{
			while (a < e && is_ws((unsigned char) *a))
				a++;
			run = a;			/* (run was c->a: the indent is dropped) */
		}
		strip = false;
		if (!ends_sentence(c->a, c->e) && width_of(c) >= 0 && !title_line(c->a, c->e))
		{
			/* the next prose line, over blank lines and page footers */
			while (j < n && (L[j].blank || L[j].footer))
			{
				footer = footer || L[j].footer;
				j++;
			}
			if (j < n && width_of(&L[j]) >= 0 &&
				(footer || (j == i + 1 && (c->width >= W - 2 ||
										   digit_break(c, &L[j])))))
				strip = true;
		}
		if (strip)
		{
			/* joined: no line break, no trailing white space */
			while (e > a && is_ws((unsigned char) e[-1]))
				e--;
			if (!gdr_buf_append(ctx, out, run, (size_t) (e - run)))
				return false;
			*changed = true;
			run = L[j].a;
			i = j - 1;			/* (what lies between is dropped) */
		}
	}
	if (!gdr_buf_append(ctx, out, run, (size_t) (s + len - run)))
		return false;
	return ctx->status == 0;
}
