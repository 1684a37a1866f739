/*
 * html.c -- HTML detection and HTML -> text conversion.
 *
 * gdr_html_to_text() makes one pass over the input.  Text outside tables is
 * whitespace-collapsed as a browser would render it, block elements become
 * line breaks and inline elements (span, font, o:p ...) vanish, so that a
 * label Word split over several spans joins back.  Each row of a table
 * becomes one line whose cells are separated by '\t'; rowspan and colspan
 * are expanded by repeating the cell's text into every grid position it
 * covers, so the columns of every line line up.  A table nested inside a
 * cell is flattened into that cell's text.
 *
 * Everything is bounded: at most HTML_MAXCOLS grid columns are tracked
 * (cells beyond are written unexpanded), rowspan is capped at
 * HTML_MAXROWSPAN, and the bytes written by span expansion are capped in
 * proportion to the input, so the output stays linear in the input.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define HTML_MAXCOLS	64
#define HTML_MAXROWSPAN 1000
#define HTML_DETECT_WINDOW (64 * 1024)

/* ------------------------------------------------------------------ */
/* Tags                                                                */
/* ------------------------------------------------------------------ */

typedef enum tag_kind
{
	T_INLINE = 0,				/* unknown tags too: produce nothing */
	T_BLOCK,					/* line break outside tables, space in cells */
	T_BR,
	T_TABLE,
	T_TR,
	T_CELL,						/* td, th */
	T_CAPTION,
	T_TSECTION,					/* tbody, thead, tfoot, colgroup, col */
	T_RAW,						/* script, style ...: content dropped */
	T_TITLE,
	T_HEAD,
	T_BODY,
	T_HEADOK					/* meta, link, base: allowed inside <head> */
} tag_kind;

typedef struct tag_def
{
	const char *name;
	tag_kind	kind;
	bool		structural;		/* counts towards gdr_html_detect */
} tag_def;

static const tag_def tag_defs[] = {
	{"p", T_BLOCK, true}, {"div", T_BLOCK, true}, {"br", T_BR, false},
	{"li", T_BLOCK, true}, {"h1", T_BLOCK, true}, {"h2", T_BLOCK, true},
	{"h3", T_BLOCK, true}, {"h4", T_BLOCK, true}, {"h5", T_BLOCK, true},
	{"h6", T_BLOCK, true}, {"section", T_BLOCK, true},
	{"article", T_BLOCK, true}, {"ul", T_BLOCK, true}, {"ol", T_BLOCK, true},
	{"dl", T_BLOCK, true}, {"dt", T_BLOCK, true}, {"dd", T_BLOCK, true},
	{"blockquote", T_BLOCK, true}, {"pre", T_BLOCK, true},
	{"hr", T_BLOCK, false}, {"center", T_BLOCK, true},
	{"form", T_BLOCK, true}, {"header", T_BLOCK, true},
	{"footer", T_BLOCK, true}, {"nav", T_BLOCK, true},
	{"main", T_BLOCK, true}, {"aside", T_BLOCK, true},
	{"address", T_BLOCK, true}, {"figure", T_BLOCK, true},
	{"figcaption", T_BLOCK, true}, {"fieldset", T_BLOCK, true},
	{"legend", T_BLOCK, true}, {"details", T_BLOCK, true},
	{"summary", T_BLOCK, true}, {"option", T_BLOCK, false},
	{"html", T_BLOCK, true},
	{"table", T_TABLE, true}, {"tr", T_TR, true}, {"td", T_CELL, true},
	{"th", T_CELL, true}, {"caption", T_CAPTION, true},
	{"tbody", T_TSECTION, true}, {"thead", T_TSECTION, true},
	{"tfoot", T_TSECTION, true}, {"colgroup", T_TSECTION, false},
	{"col", T_TSECTION, false},
	{"script", T_RAW, true}, {"style", T_RAW, true},
	{"noscript", T_RAW, false}, {"template", T_RAW, false},
	{"iframe", T_RAW, false}, {"noembed", T_RAW, false},
	{"noframes", T_RAW, false}, {"xmp", T_RAW, false},
	{"textarea", T_RAW, false},
	{"title", T_TITLE, true}, {"head", T_HEAD, true},
	{"body", T_BODY, true},
	{"meta", T_HEADOK, true}, {"link", T_HEADOK, false},
	{"base", T_HEADOK, false},
	/* inline: listed so that gdr_html_detect recognises them */
	{"span", T_INLINE, false}, {"font", T_INLINE, false},
	{"b", T_INLINE, false}, {"strong", T_INLINE, false},
	{"o:p", T_INLINE, false}, {"a", T_INLINE, false},
	{"u", T_INLINE, false}, {"i", T_INLINE, false},
	{"em", T_INLINE, false}, {"sup", T_INLINE, false},
	{"sub", T_INLINE, false}, {"img", T_INLINE, false},
	{"small", T_INLINE, false}, {"big", T_INLINE, false},
	{"strike", T_INLINE, false}, {"s", T_INLINE, false},
	{"label", T_INLINE, false}, {"input", T_INLINE, false},
	{"select", T_INLINE, false}, {"button", T_INLINE, false},
	{"wbr", T_INLINE, false}, {"nobr", T_INLINE, false},
	{"ins", T_INLINE, false}, {"del", T_INLINE, false},
	{"abbr", T_INLINE, false}, {"code", T_INLINE, false},
	{"st1:chsdate", T_INLINE, false}, {"w:sdt", T_INLINE, false},
	{NULL, T_INLINE, false}
};

static inline char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

static inline bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
is_name_char(char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' ||
		c == '_' || c == '.';
}

static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		c == '\v';
}

/* Find a tag by its (already lower-cased, NUL-terminated) name. */
static const tag_def *
tag_lookup(const char *name)
{
	const tag_def *d;

	for (d = tag_defs; d->name; d++)
		if (d->name[0] == name[0] && strcmp(d->name, name) == 0)
			return d;
	return NULL;
}

/*
 * Read a tag name at s[0..n) into buf (lower-cased); returns its length in
 * the input.  Names longer than bufsize - 1 leave buf = "" (unknown tag).
 */
static size_t
read_tag_name(const char *s, size_t n, char *buf, size_t bufsize)
{
	size_t		i = 0;

	while (i < n && is_name_char(s[i]))
	{
		if (i + 1 < bufsize)
			buf[i] = lower(s[i]);
		i++;
	}
	buf[i < bufsize ? i : 0] = '\0';
	return i;
}

/* ------------------------------------------------------------------ */
/* Detection                                                           */
/* ------------------------------------------------------------------ */

static bool
ci_prefix(const char *s, size_t n, const char *lit)
{
	size_t		i;

	for (i = 0; lit[i]; i++)
		if (i >= n || lower(s[i]) != lit[i])
			return false;
	return true;
}

/*
 * A document counts as HTML when it starts like one (doctype, <html>, or a
 * structural tag as its first non-blank text) and has at least two tags,
 * or when the first 64 KiB hold at least three structural tags and at
 * least half of the non-blank lines carry a known tag.  Markdown with a
 * stray <br>, `<-` arrows or 《》 titles does not qualify.
 */
bool
gdr_html_detect(const char *s, size_t len)
{
	size_t		n = len < HTML_DETECT_WINDOW ? len : HTML_DETECT_WINDOW;
	size_t		i = 0;
	bool		strong = false;
	int			tags = 0;
	int			structural = 0;
	int			lines = 0;
	int			tagged_lines = 0;
	bool		line_has_text = false;
	bool		line_has_tag = false;

	if (s == NULL)
		return false;
	/* plain text, the common case, has no '<' at all: one vectorised scan */
	if (memchr(s, '<', n) == NULL)
		return false;
	if (n >= 3 && (unsigned char) s[0] == 0xEF &&
		(unsigned char) s[1] == 0xBB && (unsigned char) s[2] == 0xBF)
		i = 3;
	while (i < n && is_space(s[i]))
		i++;
	if (i < n && s[i] == '<')
	{
		char		name[16];
		const tag_def *d;

		if (ci_prefix(s + i, n - i, "<!doctype") ||
			ci_prefix(s + i, n - i, "<?xml"))
			strong = true;
		else if (i + 1 < n && is_alpha(s[i + 1]))
		{
			read_tag_name(s + i + 1, n - i - 1, name, sizeof(name));
			d = tag_lookup(name);
			if (d && d->structural)
				strong = true;
		}
	}

	for (; i < n; i++)
	{
		char		c = s[i];

		if (c == '\n')
		{
			if (line_has_text)
			{
				lines++;
				if (line_has_tag)
					tagged_lines++;
			}
			line_has_text = line_has_tag = false;
			continue;
		}
		if (!is_space(c))
			line_has_text = true;
		if (c != '<' || i + 1 >= n)
			continue;
		if (s[i + 1] == '!')
		{
			if (ci_prefix(s + i, n - i, "<!--") ||
				ci_prefix(s + i, n - i, "<!doctype"))
			{
				tags++;
				line_has_tag = true;
			}
			continue;
		}
		{
			size_t		j = i + 1;
			char		name[16];
			size_t		nl;
			const tag_def *d;

			if (s[j] == '/')
				j++;
			if (j >= n || !is_alpha(s[j]))
				continue;
			nl = read_tag_name(s + j, n - j, name, sizeof(name));
			if (j + nl < n && !is_space(s[j + nl]) && s[j + nl] != '>' &&
				s[j + nl] != '/')
				continue;
			d = tag_lookup(name);
			if (d == NULL)
				continue;
			tags++;
			if (d->structural)
				structural++;
			line_has_tag = true;
		}
	}
	if (line_has_text)
	{
		lines++;
		if (line_has_tag)
			tagged_lines++;
	}

	if (strong && tags >= 2)
		return true;
	return structural >= 3 && tagged_lines * 2 >= lines;
}

/* ------------------------------------------------------------------ */
/* Entities                                                            */
/* ------------------------------------------------------------------ */

typedef struct entity_def
{
	const char *name;
	uint32_t	cp;
} entity_def;

static const entity_def entity_defs[] = {
	{"nbsp", 0xA0}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'},
	{"quot", '"'}, {"apos", '\''}, {"AMP", '&'}, {"LT", '<'},
	{"GT", '>'}, {"QUOT", '"'}, {"NBSP", 0xA0},
	{"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},
	{"rsquo", 0x2019}, {"sbquo", 0x201A}, {"bdquo", 0x201E},
	{"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026},
	{"middot", 0xB7}, {"times", 0xD7}, {"divide", 0xF7},
	{"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009},
	{"zwsp", 0x200B}, {"zwnj", 0x200C}, {"zwj", 0x200D},
	{"shy", 0xAD}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122},
	{"deg", 0xB0}, {"plusmn", 0xB1}, {"bull", 0x2022}, {"laquo", 0xAB},
	{"raquo", 0xBB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A},
	{"sect", 0xA7}, {"para", 0xB6}, {"yen", 0xA5}, {"cent", 0xA2},
	{"pound", 0xA3}, {"euro", 0x20AC}, {"permil", 0x2030},
	{"prime", 0x2032}, {"Prime", 0x2033}, {"larr", 0x2190},
	{"uarr", 0x2191}, {"rarr", 0x2192}, {"darr", 0x2193},
	{"le", 0x2264}, {"ge", 0x2265}, {"ne", 0x2260}, {"minus", 0x2212},
	{"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE},
	{"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"micro", 0xB5},
	{"ordm", 0xBA}, {"ordf", 0xAA}, {"iexcl", 0xA1}, {"iquest", 0xBF},
	{"acute", 0xB4}, {"uml", 0xA8}, {"macr", 0xAF}, {"cedil", 0xB8},
	{"not", 0xAC}, {"brvbar", 0xA6}, {"curren", 0xA4},
	{"sim", 0x223C}, {"asymp", 0x2248}, {"infin", 0x221E},
	{"lowast", 0x2217}, {"loz", 0x25CA}, {"dagger", 0x2020},
	{"Dagger", 0x2021}, {"oline", 0x203E}, {"frasl", 0x2044},
	{"alpha", 0x3B1}, {"beta", 0x3B2}, {"gamma", 0x3B3},
	{"delta", 0x3B4}, {"mu", 0x3BC}, {"pi", 0x3C0}, {"sigma", 0x3C3},
	{"omega", 0x3C9},
	{NULL, 0}
};

static bool
entity_lookup(const char *s, size_t n, uint32_t *cp)
{
	const entity_def *e;

	for (e = entity_defs; e->name; e++)
		if (e->name[0] == s[0] && strlen(e->name) == n &&
			memcmp(e->name, s, n) == 0)
		{
			*cp = e->cp;
			return true;
		}
	return false;
}

/*
 * Decode an entity at s[0] == '&'.  Returns the number of bytes consumed
 * (0 when it is not a known entity: the '&' is then literal text).
 */
static size_t
decode_entity(const char *s, size_t n, uint32_t *cp)
{
	size_t		i = 1;

	if (n < 3)
		return 0;
	if (s[1] == '#')
	{
		uint32_t	v = 0;
		bool		hex = false;
		size_t		ndig = 0;

		i = 2;
		if (i < n && (s[i] == 'x' || s[i] == 'X'))
		{
			hex = true;
			i++;
		}
		for (; i < n; i++)
		{
			char		c = s[i];
			int			d;

			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				break;
			if (v <= 0x10FFFF)
				v = v * (hex ? 16 : 10) + (uint32_t) d;
			ndig++;
		}
		if (ndig == 0)
			return 0;
		if (i < n && s[i] == ';')
			i++;
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = 0xFFFD;
		*cp = v;
		return i;
	}
	while (i < n && i <= 33 && (is_alpha(s[i]) || (s[i] >= '0' && s[i] <= '9')))
		i++;
	if (i == 1 || i >= n || s[i] != ';')
		return 0;
	if (!entity_lookup(s + 1, i - 1, cp))
		return 0;
	return i + 1;
}

static inline bool
cp_is_space(uint32_t cp)
{
	return cp <= 0x20 || cp == 0xA0 || cp == 0x2002 || cp == 0x2003 ||
		cp == 0x2009 || cp == 0x3000 || cp == 0x7F;
}

/* ------------------------------------------------------------------ */
/* Converter state                                                     */
/* ------------------------------------------------------------------ */

typedef struct html_state
{
	gdr_ctx    *ctx;
	gdr_buf    *out;

	/* flow text (outside tables) */
	int			pend_nl;		/* newlines owed before the next text */
	bool		pend_sp;		/* a space owed before the next text */

	/* <title>: the first non-empty one becomes the first line */
	bool		in_title;
	bool		have_title;
	gdr_buf		title;
	bool		title_sp;

	bool		in_head;

	/* tables: only the outermost one builds a grid */
	int			depth;			/* open <table>s */
	bool		implicit;		/* outer table opened by a stray tr/td */
	bool		in_row;
	bool		row_started;	/* the row's line has been begun in out */
	int			tabs;			/* tabs written on the row's line */
	bool		in_cell;
	int			cell_colspan;
	int			cell_rowspan;
	int			col;			/* next free grid column of the row */
	gdr_buf		cell;
	bool		cell_sp;
	int			rs_left[HTML_MAXCOLS];	/* rows still covered from above */
	const char *rs_text[HTML_MAXCOLS];
	size_t		rs_len[HTML_MAXCOLS];
	size_t		budget;			/* bytes left for span copies */
} html_state;

static bool
ensure_nl(html_state *st, int n)
{
	gdr_buf    *o = st->out;
	int			have = 0;

	if (o->len == 0)
		return true;
	while (have < n && (size_t) have < o->len &&
		   o->data[o->len - 1 - have] == '\n')
		have++;
	for (; have < n; have++)
		if (!gdr_buf_putc(st->ctx, o, '\n'))
			return false;
	return true;
}

/* Put one grid column's text on the current row's line. */
static bool
row_put(html_state *st, int c, const char *text, size_t len)
{
	if (!st->row_started)
	{
		if (!ensure_nl(st, 1))
			return false;
		st->row_started = true;
		st->tabs = 0;
	}
	while (st->tabs < c)
	{
		if (!gdr_buf_putc(st->ctx, st->out, '\t'))
			return false;
		st->tabs++;
	}
	if (len && !gdr_buf_append(st->ctx, st->out, text, len))
		return false;
	return !gdr_work(st->ctx, len + 1);
}

/* A copy made by span expansion: limited by the budget. */
static bool
row_put_copy(html_state *st, int c, const char *text, size_t len)
{
	if (len > st->budget)
		len = 0;
	st->budget -= len;
	return row_put(st, c, text, len);
}

/* Emit the columns covered from above, starting at st->col, up to limit. */
static bool
fill_spans(html_state *st, int limit)
{
	while (st->col < limit && st->col < HTML_MAXCOLS &&
		   st->rs_left[st->col] > 0)
	{
		int			c = st->col;

		st->rs_left[c]--;
		if (!row_put_copy(st, c, st->rs_text[c], st->rs_len[c]))
			return false;
		st->col++;
	}
	return true;
}

static void
begin_row(html_state *st)
{
	st->in_row = true;
	st->row_started = false;
	st->col = 0;
	st->tabs = 0;
}

static bool
start_cell(html_state *st, int colspan, int rowspan)
{
	if (!st->in_row)
		begin_row(st);
	if (!fill_spans(st, HTML_MAXCOLS))
		return false;
	st->in_cell = true;
	st->cell_colspan = colspan;
	st->cell_rowspan = rowspan;
	st->cell.len = 0;
	st->cell_sp = false;
	return true;
}

static bool
end_cell(html_state *st)
{
	int			c0 = st->col;
	int			k;
	int			i;
	const char *text = st->cell.data ? st->cell.data : "";
	size_t		len = st->cell.len;
	const char *keep = NULL;

	if (!st->in_cell)
		return true;
	st->in_cell = false;
	if (c0 >= HTML_MAXCOLS)
	{
		/* beyond the tracked grid: written as is, spans ignored */
		st->col++;
		return row_put(st, c0, text, len);
	}
	k = st->cell_colspan;
	if (k > HTML_MAXCOLS - c0)
		k = HTML_MAXCOLS - c0;
	if (st->cell_rowspan > 1 && len > 0)
	{
		keep = gdr_strndup(st->ctx, text, len);
		if (keep == NULL)
			return false;
	}
	for (i = 0; i < k; i++)
	{
		int			c = c0 + i;
		bool		ok;

		/* overlapping spans (malformed): the newer cell wins */
		if (i == 0)
			ok = row_put(st, c, text, len);
		else
			ok = row_put_copy(st, c, text, len);
		if (!ok)
			return false;
		st->rs_left[c] = st->cell_rowspan - 1;
		st->rs_text[c] = keep;
		st->rs_len[c] = keep ? len : 0;
	}
	st->col = c0 + k;
	return true;
}

static bool
end_row(html_state *st)
{
	if (!end_cell(st))
		return false;
	if (!st->in_row)
		return true;
	/* columns to the right still covered by rowspans from above */
	while (st->col < HTML_MAXCOLS)
	{
		if (st->rs_left[st->col] > 0)
		{
			if (!fill_spans(st, HTML_MAXCOLS))
				return false;
		}
		else
			st->col++;
	}
	st->in_row = false;
	return !gdr_work(st->ctx, HTML_MAXCOLS);
}

static bool
begin_table(html_state *st, bool implicit)
{
	st->depth = 1;
	st->implicit = implicit;
	st->in_row = st->in_cell = false;
	memset(st->rs_left, 0, sizeof(st->rs_left));
	st->pend_sp = false;
	st->pend_nl = 0;
	return ensure_nl(st, 2);
}

static bool
end_table(html_state *st)
{
	if (!end_row(st))
		return false;
	st->depth = 0;
	st->implicit = false;
	memset(st->rs_left, 0, sizeof(st->rs_left));
	st->pend_nl = 2;
	st->pend_sp = false;
	return true;
}

/* ------------------------------------------------------------------ */
/* Text routing                                                        */
/* ------------------------------------------------------------------ */

static void
emit_space(html_state *st)
{
	if (st->in_title)
		st->title_sp = true;
	else if (st->in_head)
		return;
	else if (st->depth > 0)
		st->cell_sp = true;
	else
		st->pend_sp = true;
}

static bool
emit_text(html_state *st, const char *s, size_t n)
{
	if (n == 0)
		return true;
	if (st->in_title)
	{
		if (st->have_title)
			return true;
		if (st->title_sp && st->title.len > 0 &&
			!gdr_buf_putc(st->ctx, &st->title, ' '))
			return false;
		st->title_sp = false;
		return gdr_buf_append(st->ctx, &st->title, s, n);
	}
	if (st->in_head)
		return true;
	if (st->depth > 0)
	{
		if (!st->in_cell && !start_cell(st, 1, 1))
			return false;
		if (st->cell_sp && st->cell.len > 0 &&
			!gdr_buf_putc(st->ctx, &st->cell, ' '))
			return false;
		st->cell_sp = false;
		return gdr_buf_append(st->ctx, &st->cell, s, n);
	}
	if (st->out->len > 0)
	{
		if (st->pend_nl)
		{
			if (!ensure_nl(st, st->pend_nl))
				return false;
		}
		else if (st->pend_sp && st->out->data[st->out->len - 1] != '\n' &&
				 !gdr_buf_putc(st->ctx, st->out, ' '))
			return false;
	}
	st->pend_nl = 0;
	st->pend_sp = false;
	return gdr_buf_append(st->ctx, st->out, s, n);
}

/* A block boundary: a line break in flow text, a space inside a cell. */
static void
block_break(html_state *st, int nl)
{
	if (st->in_title || st->in_head)
		return;
	if (st->depth > 0)
	{
		st->cell_sp = true;
		return;
	}
	if (st->out->len == 0)
		return;
	if (nl > 2)
		nl = 2;
	if (st->pend_nl < nl)
		st->pend_nl = nl;
	st->pend_sp = false;
}

/*
 * Process a run of character data: collapse whitespace, decode entities,
 * drop NUL bytes.
 */
static bool
text_run(html_state *st, const char *s, size_t n)
{
	size_t		i = 0;
	size_t		start = 0;
	size_t		ticked = 0;

	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		wslen = 0;

		/* a long text run stays cancellable */
		if (i - ticked >= 16384)
		{
			if (gdr_work(st->ctx, i - ticked))
				return false;
			ticked = i;
		}

		if (c == '&')
		{
			uint32_t	cp;
			size_t		el = decode_entity(s + i, n - i, &cp);

			if (el > 0)
			{
				char		u[4];
				int			ul;

				if (!emit_text(st, s + start, i - start))
					return false;
				if (cp_is_space(cp))
					emit_space(st);
				else if (cp != 0xAD && cp != 0x200B)
				{
					ul = gdr_utf8_encode(cp, u);
					if (!emit_text(st, u, (size_t) ul))
						return false;
				}
				i += el;
				start = i;
				continue;
			}
			i++;
			continue;
		}
		if (is_space((char) c))
			wslen = 1;
		else if (c == 0xC2 && i + 1 < n && (unsigned char) s[i + 1] == 0xA0)
			wslen = 2;
		else if (c == 0xE3 && i + 2 < n && (unsigned char) s[i + 1] == 0x80 &&
				 (unsigned char) s[i + 2] == 0x80)
			wslen = 3;
		else if (c == 0)
		{
			if (!emit_text(st, s + start, i - start))
				return false;
			i++;
			start = i;
			continue;
		}
		if (wslen)
		{
			if (!emit_text(st, s + start, i - start))
				return false;
			emit_space(st);
			i += wslen;
			start = i;
			continue;
		}
		i++;
	}
	return emit_text(st, s + start, i - start);
}

/* ------------------------------------------------------------------ */
/* Tags                                                                */
/* ------------------------------------------------------------------ */

/* Parse a non-negative attribute value, capped. */
static int
attr_int(const char *v, size_t n, int cap)
{
	size_t		i = 0;
	long		x = 0;
	bool		any = false;

	while (i < n && is_space(v[i]))
		i++;
	if (i < n && v[i] == '+')
		i++;
	for (; i < n && v[i] >= '0' && v[i] <= '9'; i++)
	{
		any = true;
		if (x <= cap)
			x = x * 10 + (v[i] - '0');
	}
	if (!any || x < 1)
		return 1;
	return x > cap ? cap : (int) x;
}

/*
 * Scan the attributes of a tag starting at s[i] up to the closing '>'.
 * Returns the index just after '>' or n when the tag is unterminated
 * (then *complete = false).  rowspan/colspan are stored when wanted.
 */
static size_t
scan_attrs(const char *s, size_t n, size_t i, int *colspan, int *rowspan,
		   bool *selfclose, bool *complete)
{
	*complete = false;
	*selfclose = false;
	while (i < n)
	{
		size_t		ns,
					ne,
					vs = 0,
					ve = 0;
		bool		hasval = false;

		while (i < n && (is_space(s[i]) || s[i] == '/'))
		{
			*selfclose = (s[i] == '/');
			i++;
		}
		if (i >= n)
			break;
		if (s[i] == '>')
		{
			*complete = true;
			return i + 1;
		}
		*selfclose = false;
		ns = i;
		i++;					/* first char may be anything, even '=' */
		while (i < n && !is_space(s[i]) && s[i] != '=' && s[i] != '>' &&
			   s[i] != '/')
			i++;
		ne = i;
		while (i < n && is_space(s[i]))
			i++;
		if (i < n && s[i] == '=')
		{
			i++;
			while (i < n && is_space(s[i]))
				i++;
			hasval = true;
			if (i < n && (s[i] == '"' || s[i] == '\''))
			{
				const char *q = memchr(s + i + 1, s[i], n - i - 1);

				vs = i + 1;
				if (q == NULL)
					return n;	/* unterminated quote: the tag never ends */
				ve = (size_t) (q - s);
				i = ve + 1;
			}
			else
			{
				vs = i;
				while (i < n && !is_space(s[i]) && s[i] != '>')
					i++;
				ve = i;
			}
		}
		if (hasval && colspan && ne - ns == 7)
		{
			if (ci_prefix(s + ns, 7, "colspan"))
				*colspan = attr_int(s + vs, ve - vs, HTML_MAXCOLS);
			else if (ci_prefix(s + ns, 7, "rowspan"))
				*rowspan = attr_int(s + vs, ve - vs, HTML_MAXROWSPAN);
		}
	}
	return n;
}

/*
 * Find the end tag </name> (case-insensitive) from s[i]; returns the index
 * of its '<' or n, and sets *after to the index after its '>'.
 */
static size_t
find_end_tag(const char *s, size_t n, size_t i, const char *name,
			 size_t *after)
{
	size_t		nl = strlen(name);

	while (i < n)
	{
		const char *p = memchr(s + i, '<', n - i);
		size_t		j;

		if (p == NULL)
			break;
		j = (size_t) (p - s);
		if (j + 1 + nl < n && s[j + 1] == '/' &&
			ci_prefix(s + j + 2, n - j - 2, name) &&
			(j + 2 + nl >= n || !is_name_char(s[j + 2 + nl])))
		{
			const char *g = memchr(s + j + 2 + nl, '>', n - j - 2 - nl);

			*after = g ? (size_t) (g - s) + 1 : n;
			return j;
		}
		i = j + 1;
	}
	*after = n;
	return n;
}

static bool
handle_tag(html_state *st, const tag_def *d, bool end, int colspan,
		   int rowspan)
{
	tag_kind	k = d ? d->kind : T_INLINE;

	/* head content is dropped until the head ends, explicitly or not */
	if (st->in_head)
	{
		if (k == T_HEAD && end)
		{
			st->in_head = false;
			return true;
		}
		if (k == T_HEADOK || k == T_TITLE || k == T_RAW || k == T_HEAD ||
			(d && strcmp(d->name, "html") == 0))
			return true;
		st->in_head = false;
	}

	/* an implicit table (stray tr/td) ends at the next block outside a cell */
	if (st->depth == 1 && st->implicit && !st->in_cell &&
		(k == T_BLOCK || k == T_BR || k == T_BODY))
	{
		if (!end_table(st))
			return false;
	}

	switch (k)
	{
		case T_INLINE:
		case T_HEADOK:
		case T_RAW:
		case T_TITLE:
			return true;
		case T_HEAD:
			if (!end && st->out->len == 0 && st->depth == 0)
				st->in_head = true;
			return true;
		case T_BODY:
			return true;
		case T_BR:
			block_break(st, st->depth > 0 ? 1 : (st->pend_nl + 1));
			return true;
		case T_BLOCK:
			block_break(st, 1);
			return true;
		case T_TSECTION:
			if (st->depth > 1)
				st->cell_sp = true;
			return true;
		case T_TABLE:
			if (!end)
			{
				if (st->depth == 0)
					return begin_table(st, false);
				if (!st->in_cell && !start_cell(st, 1, 1))
					return false;
				st->depth++;
				st->cell_sp = true;
				return true;
			}
			if (st->depth > 1)
			{
				st->depth--;
				st->cell_sp = true;
				return true;
			}
			if (st->depth == 1)
				return end_table(st);
			block_break(st, 2);
			return true;
		case T_TR:
		case T_CAPTION:
			if (st->depth > 1)
			{
				st->cell_sp = true;
				return true;
			}
			if (st->depth == 0)
			{
				if (end)
					return true;
				if (!begin_table(st, true))
					return false;
			}
			if (!end_row(st))
				return false;
			if (!end)
			{
				begin_row(st);
				if (k == T_CAPTION)
					return start_cell(st, 1, 1);
			}
			return true;
		case T_CELL:
			if (st->depth > 1)
			{
				st->cell_sp = true;
				return true;
			}
			if (end)
				return st->depth == 1 ? end_cell(st) : true;
			if (st->depth == 0 && !begin_table(st, true))
				return false;
			if (!end_cell(st))
				return false;
			return start_cell(st, colspan, rowspan);
	}
	return true;
}

/* Insert the title as the first line of the output. */
static bool
put_title(html_state *st)
{
	gdr_buf    *o = st->out;
	size_t		tl = st->title.len;

	if (tl == 0)
		return true;
	st->have_title = true;
	if (!gdr_buf_reserve(st->ctx, o, tl + 1))
		return false;
	memmove(o->data + tl + 1, o->data, o->len);
	memcpy(o->data, st->title.data, tl);
	o->data[tl] = '\n';
	o->len += tl + 1;
	o->data[o->len] = '\0';
	if (o->len == tl + 1)
	{
		/* nothing after it yet: the next text starts a new line */
		st->pend_nl = 0;
		st->pend_sp = false;
	}
	return true;
}

bool
gdr_html_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	html_state	st;
	size_t		i = 0;

	memset(&st, 0, sizeof(st));
	st.ctx = ctx;
	st.out = out;
	st.budget = len * 4 + 1024 * 1024;
	if (!gdr_buf_reserve(ctx, out, len / 2 + 64))
		return false;

	while (i < len)
	{
		const char *lt = memchr(s + i, '<', len - i);
		size_t		j = lt ? (size_t) (lt - s) : len;
		size_t		start = i;

		if (j > i && !text_run(&st, s + i, j - i))
			return false;
		i = j;
		if (i >= len)
			break;

		/* s[i] == '<' */
		if (i + 1 < len && s[i + 1] == '!')
		{
			if (i + 3 < len && s[i + 2] == '-' && s[i + 3] == '-')
			{
				size_t		k = i + 4;

				if (k < len && s[k] == '>')
					i = k + 1;
				else if (k + 1 < len && s[k] == '-' && s[k + 1] == '>')
					i = k + 2;
				else
				{
					i = len;
					for (; k + 2 < len; k++)
					{
						const char *p = memchr(s + k, '-', len - k - 2);

						if (p == NULL)
							break;
						k = (size_t) (p - s);
						if (s[k + 1] == '-' && s[k + 2] == '>')
						{
							i = k + 3;
							break;
						}
					}
				}
			}
			else
			{
				/* <!doctype>, <![if ...]>, <![endif]>, CDATA: skip the tag */
				const char *g = memchr(s + i, '>', len - i);

				i = g ? (size_t) (g - s) + 1 : len;
			}
		}
		else if (i + 1 < len && s[i + 1] == '?')
		{
			const char *g = memchr(s + i, '>', len - i);

			i = g ? (size_t) (g - s) + 1 : len;
		}
		else if (i + 1 < len && (is_alpha(s[i + 1]) ||
								 (s[i + 1] == '/' && i + 2 < len &&
								  is_alpha(s[i + 2]))))
		{
			bool		end = s[i + 1] == '/';
			size_t		ns = i + (end ? 2 : 1);
			char		name[16];
			size_t		nl = read_tag_name(s + ns, len - ns, name, sizeof(name));
			const tag_def *d = name[0] ? tag_lookup(name) : NULL;
			int			colspan = 1;
			int			rowspan = 1;
			bool		selfclose;
			bool		complete;
			bool		want = d && d->kind == T_CELL && !end;

			i = scan_attrs(s, len, ns + nl, want ? &colspan : NULL, &rowspan,
						   &selfclose, &complete);
			if (!complete)
				break;			/* EOF inside a tag: the tag is dropped */
			if (!handle_tag(&st, d, end, colspan, rowspan))
				return false;
			if (!end && !selfclose && d &&
				(d->kind == T_RAW || d->kind == T_TITLE))
			{
				size_t		after;
				size_t		e = find_end_tag(s, len, i, d->name, &after);

				if (d->kind == T_TITLE && !st.have_title)
				{
					st.in_title = true;
					st.title.len = 0;
					st.title_sp = false;
					if (!text_run(&st, s + i, e - i))
						return false;
					st.in_title = false;
					if (!put_title(&st))
						return false;
				}
				i = after;
			}
		}
		else
		{
			/* a literal '<' */
			if (!text_run(&st, s + i, 1))
				return false;
			i++;
		}
		if (gdr_work(ctx, i - start + 1))
			return false;
	}

	if (st.depth > 0 && !end_table(&st))
		return false;
	if (out->len > 0 && out->data[out->len - 1] != '\n' &&
		!gdr_buf_putc(ctx, out, '\n'))
		return false;
	if (out->data == NULL && !gdr_buf_reserve(ctx, out, 1))
		return false;
	return ctx->status == 0;
}
