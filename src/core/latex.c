/*
 * latex.c -- a report kept as LaTeX source (pandoc's LaTeX writer: a
 * preamble, \section{…}, longtable environments whose cells are separated
 * by & and whose rows end with \\, \multicolumn and \multirow spans,
 * minipage headers).  It becomes the text the other readers know: the
 * title (from \title{…}) on the first line, the body's paragraphs on lines
 * of their own, every table row one line with its cells separated by tabs,
 * a \multicolumn's text repeated into every column it covers (as the HTML
 * reader expands a colspan), and the markup gone: commands, their braces,
 * comments, \label/\href targets and table column specifications.
 * Escapes (\% \& \_ …), TeX quotes (``…'') and dashes become the characters
 * they stand for.
 *
 * Detected by \documentclass, \begin{document} or a tabular environment,
 * behind a memchr for a backslash (most reports have none).  Bounded: the
 * nesting of spans read is capped at TEX_MAXDEPTH and the bytes written by
 * span repetition at a multiple of the input.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define TEX_MAXDEPTH	16
#define TEX_MAXCOLS		64		/* columns whose row spans are tracked */
#define TEX_MAXROWSPAN	1000

typedef struct tex
{
	gdr_ctx    *ctx;
	gdr_buf    *out;
	size_t		cap;			/* output bytes span repetition may reach */
	int			depth;			/* spans being read */
	int			table;			/* open tabular environments */
	size_t		worked;			/* input bytes not yet reported to gdr_work */

	/* the cell being read (in the outermost table) */
	size_t		cell;			/* where its text starts in out */
	int			col;			/* its first column */
	int			span;			/* columns it covers (\multicolumn) */
	int			rows;			/* rows it covers (\multirow) */
	/* row spans from the rows above: rows still covered, and the text */
	int			rs_left[TEX_MAXCOLS];
	char	   *rs_text[TEX_MAXCOLS];
	size_t		rs_len[TEX_MAXCOLS];
} tex;

static bool tex_run(tex *t, const char *p, const char *e);
static void row_start(tex *t);

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* spaces and tabs, and one line break (TeX's reading after a command) */
static const char *
skip_blank(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (p < e && *p == '\n')
	{
		const char *q = p + 1;

		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		if (q < e && *q != '\n')
			p = q;
	}
	return p;
}

/* p at `open`: the end of the group (after its closing character) */
static const char *
group_end(const char *p, const char *e, char open, char close)
{
	int			level = 0;

	for (; p < e; p++)
	{
		if (*p == '\\' && p + 1 < e)
			p++;
		else if (*p == open)
			level++;
		else if (*p == close && --level == 0)
			return p + 1;
	}
	return e;
}

/*
 * The argument at *pp: a braced group (its inside in [*as, *ae)) or a
 * single character.  False when there is none (end of input).
 */
static bool
arg(const char **pp, const char *e, const char **as, const char **ae)
{
	const char *p = skip_blank(*pp, e);
	const char *g;

	if (p >= e)
		return false;
	if (*p != '{')
	{
		*as = p;
		*ae = p + 1;
		*pp = p + 1;
		return true;
	}
	g = group_end(p, e, '{', '}');
	*as = p + 1;
	*ae = (g > p + 1 && g[-1] == '}') ? g - 1 : g;
	*pp = g;
	return true;
}

/* an optional argument [..] at *pp, skipped */
static void
opt(const char **pp, const char *e)
{
	const char *p = skip_blank(*pp, e);

	if (p < e && *p == '[')
		*pp = group_end(p, e, '[', ']');
}

static bool
skip_args(const char **pp, const char *e, int n)
{
	const char *as,
			   *ae;

	while (n-- > 0)
		if (!arg(pp, e, &as, &ae))
			return false;
	return true;
}

static bool
put(tex *t, const char *s, size_t n)
{
	return gdr_buf_append(t->ctx, t->out, s, n);
}

static bool
putc_(tex *t, char c)
{
	return gdr_buf_putc(t->ctx, t->out, c);
}

/* a line break, unless the output is at the start of a line already */
static bool
newline(tex *t)
{
	if (t->out->len == 0 || t->out->data[t->out->len - 1] == '\n')
		return true;
	return putc_(t, '\n');
}

/* read the text [as, ae) of an argument, as a nested run */
static bool
run_arg(tex *t, const char *as, const char *ae)
{
	bool		ok;

	if (t->depth >= TEX_MAXDEPTH)
		return put(t, as, (size_t) (ae - as));
	t->depth++;
	ok = tex_run(t, as, ae);
	t->depth--;
	return ok;
}

static bool
name_is(const char *n, size_t nl, const char *lit)
{
	return strlen(lit) == nl && memcmp(n, lit, nl) == 0;
}

static bool
name_in(const char *n, size_t nl, const char *const *list)
{
	for (; *list; list++)
		if (name_is(n, nl, *list))
			return true;
	return false;
}

static const char *const table_envs[] = {
	"longtable", "tabular", "tabularx", "tabulary", "tabu", "longtabu",
	"supertabular", "xtabular", "array", NULL
};
static const char *const block_envs[] = {
	"center", "flushleft", "flushright", "quote", "quotation", "itemize",
	"enumerate", "description", "table", "figure", "abstract", NULL
};
/* commands whose arguments are not text: dropped with them */
static const char *const drop1[] = {
	"label", "ref", "pageref", "eqref", "cite", "includegraphics", "vspace",
	"hspace", "noalign", "cline", "cmidrule", "author", "date", "thanks",
	"color", "pagestyle", "thispagestyle", "linespread", "fontsize",
	"bibliographystyle", "bibliography", "input", "include", "usepackage",
	"documentclass", "addvspace", "enlargethispage", NULL
};
static const char *const drop2[] = {
	"setlength", "addtolength", "setcounter", "addtocounter", "rule",
	"pdfbookmark", NULL
};
/* commands whose first argument is dropped and the second read */
static const char *const skip_first[] = {
	"href", "hypertarget", "hyperlink", "textcolor", "colorbox", "raisebox",
	"foreignlanguage", NULL
};
static const char *const heads[] = {
	"part", "chapter", "section", "subsection", "subsubsection",
	"paragraph", "subparagraph", "title", "caption", NULL
};

/* \begin{env} or \end{env} at *pp (after the command's name) */
static bool
environment(tex *t, const char **pp, const char *e, bool begin)
{
	const char *as,
			   *ae;
	size_t		nl;

	if (!arg(pp, e, &as, &ae))
		return true;
	nl = (size_t) (ae - as);
	if (nl > 0 && as[nl - 1] == '*')
		nl--;
	if (name_in(as, nl, table_envs))
	{
		if (begin)
		{
			opt(pp, e);
			if (name_is(as, nl, "tabularx") || name_is(as, nl, "tabulary"))
				skip_args(pp, e, 1);	/* its width */
			skip_args(pp, e, 1);	/* the column specification */
			t->table++;
			if (!newline(t))
				return false;
			if (t->table == 1)
			{
				memset(t->rs_left, 0, sizeof(t->rs_left));
				row_start(t);
			}
			return true;
		}
		if (t->table > 0)
			t->table--;
		return newline(t);
	}
	if (name_is(as, nl, "minipage"))
	{
		if (begin)
		{
			opt(pp, e);
			opt(pp, e);
			opt(pp, e);
			skip_args(pp, e, 1);
		}
		return true;
	}
	if (name_in(as, nl, block_envs))
		return newline(t);
	return true;
}

/* a number argument at *pp (0 when there is none) */
static int
int_arg(const char **pp, const char *e)
{
	const char *as,
			   *ae;
	int			n = 0;

	if (!arg(pp, e, &as, &ae))
		return 0;
	for (; as < ae; as++)
		if (*as >= '0' && *as <= '9' && n < 100000)
			n = n * 10 + (*as - '0');
	return n;
}

static bool
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* a new row of the outermost table starts here */
static void
row_start(tex *t)
{
	t->cell = t->out->len;
	t->col = 0;
	t->span = 1;
	t->rows = 0;
}

/*
 * The cell being read ends (at & or \\): its text trimmed; an empty cell
 * under a \multirow from above takes that cell's text; a \multirow's text
 * is remembered for the rows below; a \multicolumn's text is repeated into
 * every column it covers, tab-separated, as the HTML reader writes spans.
 */
static bool
cell_end(tex *t)
{
	gdr_buf    *o = t->out;
	size_t		s = t->cell,
				n;
	int			c,
				i;

	if (t->table != 1 || t->depth > 0)
		return true;
	while (s < o->len && is_ws(o->data[s]))
		s++;
	while (o->len > s && is_ws(o->data[o->len - 1]))
		o->len--;
	if (s > t->cell)
	{
		memmove(o->data + t->cell, o->data + s, o->len - s);
		o->len -= s - t->cell;
	}
	n = o->len - t->cell;
	c = t->col;
	if (n == 0 && c < TEX_MAXCOLS && t->rs_left[c] > 0)
	{
		/* covered by a \multirow above (and, like it, maybe wider) */
		if (!gdr_buf_append(t->ctx, o, t->rs_text[c], t->rs_len[c]))
			return false;
		n = t->rs_len[c];
		for (i = 0; i < t->span && c + i < TEX_MAXCOLS; i++)
			if (t->rs_left[c + i] > 0)
				t->rs_left[c + i]--;
	}
	else if (t->rows > 1)
	{
		char	   *keep = gdr_strndup(t->ctx, o->data + t->cell, n);

		if (keep == NULL)
			return false;
		for (i = 0; i < t->span && c + i < TEX_MAXCOLS; i++)
		{
			t->rs_left[c + i] = t->rows - 1;
			t->rs_text[c + i] = keep;
			t->rs_len[c + i] = n;
		}
	}
	for (i = 1; i < t->span && o->len + n < t->cap; i++)
	{
		if (!gdr_buf_reserve(t->ctx, o, n + 1))
			return false;
		o->data[o->len++] = '\t';
		memcpy(o->data + o->len, o->data + t->cell, n);
		o->len += n;
	}
	t->col += t->span;
	t->span = 1;
	t->rows = 0;
	return true;
}

/* \multicolumn{n}{spec}{text}: the text, its cell n columns wide */
static bool
multicolumn(tex *t, const char **pp, const char *e)
{
	const char *as,
			   *ae;
	int			n = int_arg(pp, e);

	if (t->table == 1 && t->depth == 0 && n > 1)
		t->span = n < TEX_MAXCOLS ? n : TEX_MAXCOLS;
	skip_args(pp, e, 1);
	if (!arg(pp, e, &as, &ae))
		return true;
	return run_arg(t, as, ae);
}

/* \multirow[vpos]{n}{width}[vmove]{text}: the text, its cell n rows high */
static bool
multirow(tex *t, const char **pp, const char *e)
{
	const char *as,
			   *ae;
	int			n;

	opt(pp, e);
	n = int_arg(pp, e);
	if (n > 1)
		t->rows = n < TEX_MAXROWSPAN ? n : TEX_MAXROWSPAN;
	skip_args(pp, e, 1);
	opt(pp, e);
	if (!arg(pp, e, &as, &ae))
		return true;
	return run_arg(t, as, ae);
}

/* a command at p (after its backslash, a letter); returns the rest */
static const char *
command(tex *t, const char *p, const char *e, bool *ok)
{
	const char *n = p;
	size_t		nl;
	const char *as,
			   *ae;

	*ok = true;
	while (p < e && is_alpha(*p))
		p++;
	nl = (size_t) (p - n);
	if (p < e && *p == '*')
		p++;
	if (name_is(n, nl, "begin") || name_is(n, nl, "end"))
	{
		*ok = environment(t, &p, e, n[0] == 'b');
		return p;
	}
	if (name_is(n, nl, "multicolumn"))
	{
		*ok = multicolumn(t, &p, e);
		return p;
	}
	if (name_is(n, nl, "multirow"))
	{
		*ok = multirow(t, &p, e);
		return p;
	}
	if (name_in(n, nl, heads))
	{
		opt(&p, e);
		if (arg(&p, e, &as, &ae))
			*ok = newline(t) && run_arg(t, as, ae) && newline(t);
		return p;
	}
	if (name_in(n, nl, drop1))
	{
		opt(&p, e);
		skip_args(&p, e, 1);
		return p;
	}
	if (name_in(n, nl, drop2))
	{
		skip_args(&p, e, 2);
		return p;
	}
	if (name_in(n, nl, skip_first))
	{
		opt(&p, e);
		skip_args(&p, e, 1);
		return p;				/* the second is read as text */
	}
	if (name_is(n, nl, "url") || name_is(n, nl, "nolinkurl"))
	{
		if (arg(&p, e, &as, &ae))
			*ok = put(t, as, (size_t) (ae - as));
		return p;
	}
	if (name_is(n, nl, "item"))
	{
		*ok = newline(t);
		return p;
	}
	if (name_is(n, nl, "par"))
	{
		*ok = t->table > 0 ? putc_(t, ' ') : putc_(t, '\n');
		return skip_blank(p, e);
	}
	if (name_is(n, nl, "newline") || name_is(n, nl, "linebreak") ||
		name_is(n, nl, "quad") || name_is(n, nl, "qquad"))
	{
		*ok = putc_(t, ' ');
		return skip_blank(p, e);
	}
	if (name_is(n, nl, "ldots") || name_is(n, nl, "dots") ||
		name_is(n, nl, "textellipsis"))
		*ok = put(t, "…", 3);
	else if (name_is(n, nl, "textemdash"))
		*ok = put(t, "—", 3);
	else if (name_is(n, nl, "textendash"))
		*ok = put(t, "–", 3);
	else if (name_is(n, nl, "textbackslash"))
		*ok = putc_(t, '\\');
	else if (name_is(n, nl, "textasciitilde"))
		*ok = putc_(t, '~');
	else if (name_is(n, nl, "textquotedblleft"))
		*ok = put(t, "“", 3);
	else if (name_is(n, nl, "textquotedblright"))
		*ok = put(t, "”", 3);
	/* any other command: its name goes, its arguments are read as text */
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

static bool
tex_run(tex *t, const char *p, const char *e)
{
	while (p < e)
	{
		char		c = *p;
		bool		ok = true;

		switch (c)
		{
			case '%':
				/* a comment: to the end of the line and the line break */
				{
					const char *nl = memchr(p, '\n', (size_t) (e - p));

					p = nl ? nl + 1 : e;
					while (p < e && (*p == ' ' || *p == '\t'))
						p++;
				}
				continue;
			case '\\':
				if (p + 1 >= e)
				{
					p++;
					continue;
				}
				if (is_alpha(p[1]))
				{
					p = command(t, p + 1, e, &ok);
					if (!ok)
						return false;
					continue;
				}
				if (p[1] == '\\')
				{
					/* a row's end (or a line break) and its [spacing] */
					p += 2;
					opt(&p, e);
					if (t->table == 1 && t->depth == 0)
					{
						ok = cell_end(t) && putc_(t, '\n');
						row_start(t);
					}
					else
						ok = putc_(t, t->table > 0 ? ' ' : '\n');
				}
				else
				{
					if (strchr("%&_#${}", p[1]) != NULL)
						ok = putc_(t, p[1]);
					else if (p[1] == ' ' || p[1] == '\n')
						ok = putc_(t, ' ');
					p += 2;
				}
				break;
			case '&':
				if (t->table == 1 && t->depth == 0)
				{
					ok = cell_end(t) && putc_(t, '\t');
					t->cell = t->out->len;
				}
				else
					ok = putc_(t, t->table > 0 ? ' ' : '&');
				p++;
				break;
			case '{':
			case '}':
			case '$':
				p++;
				break;
			case '~':
				ok = putc_(t, ' ');
				p++;
				break;
			case '`':
				if (p + 1 < e && p[1] == '`')
				{
					ok = put(t, "“", 3);
					p += 2;
				}
				else
				{
					ok = put(t, "‘", 3);
					p++;
				}
				break;
			case '\'':
				if (p + 1 < e && p[1] == '\'')
				{
					ok = put(t, "”", 3);
					p += 2;
				}
				else
				{
					ok = putc_(t, '\'');
					p++;
				}
				break;
			case '-':
				if (e - p >= 3 && p[1] == '-' && p[2] == '-')
				{
					ok = put(t, "—", 3);
					p += 3;
				}
				else
				{
					ok = putc_(t, '-');
					p++;
				}
				break;
			case '\n':
				/* inside a table the source's line breaks are spaces */
				ok = putc_(t, t->table > 0 ? ' ' : '\n');
				p++;
				if (gdr_work(t->ctx, t->worked))
					return false;
				t->worked = 0;
				break;
			default:
				{
					/* a run of plain bytes */
					const char *q = p + 1;

					while (q < e && !strchr("%\\&{}$~`'-\n", *q))
						q++;
					ok = put(t, p, (size_t) (q - p));
					t->worked += (size_t) (q - p);
					p = q;
				}
				break;
		}
		if (!ok)
			return false;
	}
	return true;
}

bool
gdr_latex_detect(const char *s, size_t len)
{
	const char *q = s,
			   *e = s + len;

	/* by its backslashes (memchr: reports have few or none) */
	while ((q = memchr(q, '\\', (size_t) (e - q))) != NULL)
	{
		if ((e - q >= 14 && memcmp(q, "\\documentclass", 14) == 0) ||
			(e - q >= 16 && memcmp(q, "\\begin{document}", 16) == 0) ||
			(e - q >= 17 && memcmp(q, "\\begin{longtable}", 17) == 0) ||
			(e - q >= 14 && memcmp(q, "\\begin{tabular", 14) == 0))
			return true;
		q++;
	}
	return false;
}

bool
gdr_latex_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	tex			t;
	const char *e = s + len;
	const char *body = s;
	const char *doc;

	memset(&t, 0, sizeof(t));
	t.ctx = ctx;
	t.out = out;
	t.cap = 4 * len + 65536;
	if (!gdr_buf_reserve(ctx, out, len + 2))
		return false;

	/* a whole document: its \title, then the body alone */
	doc = gdr_memmem(s, len, "\\begin{document}", 16);
	if (doc != NULL)
	{
		const char *ti = gdr_memmem(s, (size_t) (doc - s), "\\title{", 7);

		body = doc + 16;
		if (ti != NULL)
		{
			const char *p = ti + 6,
					   *as,
					   *ae;

			if (arg(&p, doc, &as, &ae) && !(run_arg(&t, as, ae) && newline(&t)))
				return false;
		}
		{
			const char *end = gdr_memmem(body, (size_t) (e - body), "\\end{document}", 14);

			if (end != NULL)
				e = end;
		}
	}
	if (!tex_run(&t, body, e))
		return false;
	if (!gdr_buf_reserve(ctx, out, 1))
		return false;
	out->data[out->len] = '\0';
	return true;
}
