/*
 * html.c -- HTML detection and HTML -> text conversion.
 *
 * gdr_html_to_text() makes one pass over the input.  Text outside tables is
 * whitespace-collapsed as a browser would render it, block elements become
 * line breaks and inline elements (span, font, o:p ...) vanish, so that a
 * label Word split over several spans joins back.  Each row of a table
 * becomes one line whose cells are separated by '\t'; rowspan and colspan
 * are expanded by repeating the cell's text into every grid position it
 * covers, so the columns of every line line up.  A table that holds a
 * table is the page's layout (a frame around the article): when there is
 * one, a second pass reads it as blocks, so the tables inside make the
 * rows.  (A table still nested in a row-making table, beyond the tables
 * remembered, is flattened into its cell's text.)
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
#define HTML_MAXTABLES	1024	/* <table>s whose kind is remembered */
#define HTML_MAXNEST	32
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

/*
 * Character classes, one table lookup per byte instead of a chain of
 * comparisons (the input is treated as bytes: no locale).
 */
#define C_SPACE		0x01		/* ' ' \t \n \r \f \v */
#define C_ALPHA		0x02		/* ASCII letters */
#define C_NAME		0x04		/* tag name: letters, digits, : - _ . */
#define C_TEXT		0x08		/* stops a text run: spaces, NUL, '&', 0xC2
								 * (U+00A0), 0xE3 (U+3000) */
#define C_SLASH		0x10
#define C_EQ		0x20
#define C_GT		0x40
#define C_LT		0x80		/* ends a text run outside raw text */

static const unsigned char char_class[256] = {
	8, 0, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9, 9, 0, 0,	/* 0x00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0x10 */
	9, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 4, 4, 16,	/* 0x20 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 128, 32, 64, 0,	/* 0x30 */
	0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,	/* 0x40 */
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 4,	/* 0x50 */
	0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,	/* 0x60 */
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 0,	/* 0x70 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0x80 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0x90 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xA0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xB0 */
	0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xC0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xD0 */
	0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xE0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xF0 */
};

#define CLS(c) (char_class[(unsigned char) (c)])

static inline char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

static inline bool
is_alpha(char c)
{
	return (CLS(c) & C_ALPHA) != 0;
}

static inline bool
is_name_char(char c)
{
	return (CLS(c) & C_NAME) != 0;
}

static inline bool
is_space(char c)
{
	return (CLS(c) & C_SPACE) != 0;
}

/*
 * Every known tag, found by one switch on the name's length and first
 * letter (TAG_KEY; aliases of non-letters are harmless, TAG compares the
 * whole name).  TAG() returns the tag's one definition when the lower-cased
 * name b[0..nl) is `nm` (the length test folds away at compile time).
 */
#define TAG_KEY(len, c) ((int) (len) << 5 | ((unsigned char) (c) & 31))
#define TAG(nm, k, s) \
	do { \
		static const tag_def def_ = {nm, k, s}; \
		if (sizeof(nm) - 1 == nl && memcmp(b, nm, sizeof(nm) - 1) == 0) \
			return &def_; \
	} while (0)

#define TAG_MAXLEN 11			/* "st1:chsdate" */

/*
 * Find a tag by the name that starts at s[0..n) (any case), in the one
 * scan that measures it: *nlp is set to the name's length.  NULL when
 * unknown.  Inline tags are listed so that gdr_html_detect recognises them.
 */
static const tag_def *
tag_lookup(const char *s, size_t n, size_t *nlp)
{
	char		b[TAG_MAXLEN];
	size_t		nl = 0;
	size_t		lim = n < TAG_MAXLEN ? n : TAG_MAXLEN;

	/*
	 * Name characters are letters, digits and : - _ . (C_NAME): setting bit
	 * 0x20 lower-cases the letters, keeps the others but '_', which becomes
	 * DEL and so still matches no known tag.
	 */
	while (nl < lim && is_name_char(s[nl]))
	{
		b[nl] = (char) (s[nl] | 0x20);
		nl++;
	}
	while (nl < n && is_name_char(s[nl]))
		nl++;					/* longer than any known tag */
	*nlp = nl;
	if (nl == 0 || nl > TAG_MAXLEN)
		return NULL;
	switch (TAG_KEY(nl, b[0]))
	{
		case TAG_KEY(1, 'a'):
			TAG("a", T_INLINE, false);
			break;
		case TAG_KEY(1, 'b'):
			TAG("b", T_INLINE, false);
			break;
		case TAG_KEY(1, 'i'):
			TAG("i", T_INLINE, false);
			break;
		case TAG_KEY(1, 'p'):
			TAG("p", T_BLOCK, true);
			break;
		case TAG_KEY(1, 's'):
			TAG("s", T_INLINE, false);
			break;
		case TAG_KEY(1, 'u'):
			TAG("u", T_INLINE, false);
			break;
		case TAG_KEY(2, 'b'):
			TAG("br", T_BR, false);
			break;
		case TAG_KEY(2, 'd'):
			TAG("dl", T_BLOCK, true);
			TAG("dt", T_BLOCK, true);
			TAG("dd", T_BLOCK, true);
			break;
		case TAG_KEY(2, 'e'):
			TAG("em", T_INLINE, false);
			break;
		case TAG_KEY(2, 'h'):
			TAG("h1", T_BLOCK, true);
			TAG("h2", T_BLOCK, true);
			TAG("h3", T_BLOCK, true);
			TAG("h4", T_BLOCK, true);
			TAG("h5", T_BLOCK, true);
			TAG("h6", T_BLOCK, true);
			TAG("hr", T_BLOCK, false);
			break;
		case TAG_KEY(2, 'l'):
			TAG("li", T_BLOCK, true);
			/* trafilatura's XML: <lb/> */
			TAG("lb", T_BR, false);
			break;
		case TAG_KEY(2, 'o'):
			TAG("ol", T_BLOCK, true);
			break;
		case TAG_KEY(2, 't'):
			TAG("tr", T_TR, true);
			TAG("td", T_CELL, true);
			TAG("th", T_CELL, true);
			break;
		case TAG_KEY(2, 'u'):
			TAG("ul", T_BLOCK, true);
			break;
		case TAG_KEY(3, 'b'):
			TAG("big", T_INLINE, false);
			break;
		case TAG_KEY(3, 'c'):
			TAG("col", T_TSECTION, false);
			break;
		case TAG_KEY(3, 'd'):
			TAG("div", T_BLOCK, true);
			/* trafilatura's XML: <doc sitename=… title=…> */
			TAG("doc", T_BLOCK, true);
			TAG("del", T_INLINE, false);
			break;
		case TAG_KEY(3, 'i'):
			TAG("img", T_INLINE, false);
			TAG("ins", T_INLINE, false);
			break;
		case TAG_KEY(3, 'n'):
			TAG("nav", T_BLOCK, true);
			break;
		case TAG_KEY(3, 'o'):
			TAG("o:p", T_INLINE, false);
			break;
		case TAG_KEY(3, 'p'):
			TAG("pre", T_BLOCK, true);
			break;
		case TAG_KEY(3, 'r'):
			TAG("row", T_TR, true);
			break;
		case TAG_KEY(3, 's'):
			TAG("sup", T_INLINE, false);
			TAG("sub", T_INLINE, false);
			break;
		case TAG_KEY(3, 'w'):
			TAG("wbr", T_INLINE, false);
			break;
		case TAG_KEY(3, 'x'):
			TAG("xmp", T_RAW, false);
			break;
		case TAG_KEY(4, 'a'):
			TAG("abbr", T_INLINE, false);
			break;
		case TAG_KEY(4, 'b'):
			TAG("body", T_BODY, true);
			TAG("base", T_HEADOK, false);
			break;
		case TAG_KEY(4, 'c'):
			TAG("code", T_INLINE, false);
			/* trafilatura's XML: <table><row><cell> */
			TAG("cell", T_CELL, true);
			break;
		case TAG_KEY(4, 'f'):
			TAG("form", T_BLOCK, true);
			TAG("font", T_INLINE, false);
			break;
		case TAG_KEY(4, 'h'):
			TAG("html", T_BLOCK, true);
			TAG("head", T_HEAD, true);
			break;
		case TAG_KEY(4, 'l'):
			TAG("link", T_HEADOK, false);
			TAG("list", T_BLOCK, true);
			break;
		case TAG_KEY(4, 'i'):
			TAG("item", T_BLOCK, true);
			break;
		case TAG_KEY(4, 'm'):
			TAG("main", T_BLOCK, true);
			TAG("meta", T_HEADOK, true);
			break;
		case TAG_KEY(4, 'n'):
			TAG("nobr", T_INLINE, false);
			break;
		case TAG_KEY(4, 's'):
			TAG("span", T_INLINE, false);
			break;
		case TAG_KEY(5, 'a'):
			TAG("aside", T_BLOCK, true);
			break;
		case TAG_KEY(5, 'i'):
			TAG("input", T_INLINE, false);
			break;
		case TAG_KEY(5, 'l'):
			TAG("label", T_INLINE, false);
			break;
		case TAG_KEY(5, 's'):
			TAG("style", T_RAW, true);
			TAG("small", T_INLINE, false);
			break;
		case TAG_KEY(5, 't'):
			TAG("table", T_TABLE, true);
			TAG("tbody", T_TSECTION, true);
			TAG("thead", T_TSECTION, true);
			TAG("tfoot", T_TSECTION, true);
			TAG("title", T_TITLE, true);
			break;
		case TAG_KEY(5, 'w'):
			TAG("w:sdt", T_INLINE, false);
			break;
		case TAG_KEY(6, 'b'):
			TAG("button", T_INLINE, false);
			break;
		case TAG_KEY(6, 'c'):
			TAG("center", T_BLOCK, true);
			break;
		case TAG_KEY(6, 'f'):
			TAG("footer", T_BLOCK, true);
			TAG("figure", T_BLOCK, true);
			break;
		case TAG_KEY(6, 'h'):
			TAG("header", T_BLOCK, true);
			break;
		case TAG_KEY(6, 'i'):
			TAG("iframe", T_RAW, false);
			break;
		case TAG_KEY(6, 'l'):
			TAG("legend", T_BLOCK, true);
			break;
		case TAG_KEY(6, 'o'):
			TAG("option", T_BLOCK, false);
			break;
		case TAG_KEY(6, 's'):
			TAG("script", T_RAW, true);
			TAG("strong", T_INLINE, false);
			TAG("strike", T_INLINE, false);
			TAG("select", T_INLINE, false);
			break;
		case TAG_KEY(7, 'a'):
			TAG("article", T_BLOCK, true);
			TAG("address", T_BLOCK, true);
			break;
		case TAG_KEY(7, 'c'):
			TAG("caption", T_CAPTION, true);
			break;
		case TAG_KEY(7, 'd'):
			TAG("details", T_BLOCK, true);
			break;
		case TAG_KEY(7, 'n'):
			TAG("noembed", T_RAW, false);
			break;
		case TAG_KEY(7, 's'):
			TAG("section", T_BLOCK, true);
			TAG("summary", T_BLOCK, true);
			break;
		case TAG_KEY(8, 'c'):
			TAG("colgroup", T_TSECTION, false);
			break;
		case TAG_KEY(8, 'f'):
			TAG("fieldset", T_BLOCK, true);
			break;
		case TAG_KEY(8, 'n'):
			TAG("noscript", T_RAW, false);
			TAG("noframes", T_RAW, false);
			break;
		case TAG_KEY(8, 't'):
			TAG("template", T_RAW, false);
			TAG("textarea", T_RAW, false);
			break;
		case TAG_KEY(10, 'b'):
			TAG("blockquote", T_BLOCK, true);
			break;
		case TAG_KEY(10, 'f'):
			TAG("figcaption", T_BLOCK, true);
			break;
		case TAG_KEY(11, 's'):
			TAG("st1:chsdate", T_INLINE, false);
			break;
	}
	return NULL;
}

#undef TAG
#undef TAG_KEY

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
 * Does the '<' at s[i] (i < n) open something gdr_html_detect counts as a
 * tag?  *structural tells whether it is a structural one.
 */
static bool
detect_tag_at(const char *s, size_t n, size_t i, bool *structural)
{
	size_t		j = i + 1;
	size_t		nl;
	const tag_def *d;

	*structural = false;
	if (j >= n)
		return false;
	if (s[j] == '!')
		return ci_prefix(s + i, n - i, "<!--") ||
			ci_prefix(s + i, n - i, "<!doctype");
	if (s[j] == '/')
		j++;
	if (j >= n || !is_alpha(s[j]))
		return false;
	d = tag_lookup(s + j, n - j, &nl);
	if (j + nl < n && !is_space(s[j + nl]) && s[j + nl] != '>' &&
		s[j + nl] != '/')
		return false;
	if (d == NULL)
		return false;
	*structural = d->structural;
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
		if (ci_prefix(s + i, n - i, "<!doctype") ||
			ci_prefix(s + i, n - i, "<?xml"))
			strong = true;
		else if (i + 1 < n && is_alpha(s[i + 1]))
		{
			const tag_def *d;
			size_t		nl;

			d = tag_lookup(s + i + 1, n - i - 1, &nl);
			if (d && d->structural)
				strong = true;
		}
	}

	/* line by line: a line has text when it holds a non-blank byte */
	while (i < n)
	{
		const char *nlp = memchr(s + i, '\n', n - i);
		size_t		e = nlp ? (size_t) (nlp - s) : n;
		size_t		j = i;
		bool		has_tag = false;

		while (j < e && is_space(s[j]))
			j++;
		if (j < e)
		{
			for (;;)
			{
				const char *lt = memchr(s + j, '<', e - j);
				bool		st;

				if (lt == NULL)
					break;
				j = (size_t) (lt - s);
				if (detect_tag_at(s, n, j, &st))
				{
					tags++;
					if (st)
						structural++;
					has_tag = true;
					/* the counts only grow: the answer is known */
					if (strong && tags >= 2)
						return true;
				}
				j++;
			}
			lines++;
			if (has_tag)
				tagged_lines++;
		}
		i = e + 1;
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
	size_t		len;			/* strlen(name) */
	uint32_t	cp;
} entity_def;

static const entity_def entity_defs[] = {
	{"nbsp", 4, 0xA0}, {"amp", 3, '&'}, {"lt", 2, '<'}, {"gt", 2, '>'},
	{"quot", 4, '"'}, {"apos", 4, '\''}, {"AMP", 3, '&'}, {"LT", 2, '<'},
	{"GT", 2, '>'}, {"QUOT", 4, '"'}, {"NBSP", 4, 0xA0},
	{"ldquo", 5, 0x201C}, {"rdquo", 5, 0x201D}, {"lsquo", 5, 0x2018},
	{"rsquo", 5, 0x2019}, {"sbquo", 5, 0x201A}, {"bdquo", 5, 0x201E},
	{"mdash", 5, 0x2014}, {"ndash", 5, 0x2013}, {"hellip", 6, 0x2026},
	{"middot", 6, 0xB7}, {"times", 5, 0xD7}, {"divide", 6, 0xF7},
	{"ensp", 4, 0x2002}, {"emsp", 4, 0x2003}, {"thinsp", 6, 0x2009},
	{"zwsp", 4, 0x200B}, {"zwnj", 4, 0x200C}, {"zwj", 3, 0x200D},
	{"shy", 3, 0xAD}, {"copy", 4, 0xA9}, {"reg", 3, 0xAE}, {"trade", 5, 0x2122},
	{"deg", 3, 0xB0}, {"plusmn", 6, 0xB1}, {"bull", 4, 0x2022}, {"laquo", 5, 0xAB},
	{"raquo", 5, 0xBB}, {"lsaquo", 6, 0x2039}, {"rsaquo", 6, 0x203A},
	{"sect", 4, 0xA7}, {"para", 4, 0xB6}, {"yen", 3, 0xA5}, {"cent", 4, 0xA2},
	{"pound", 5, 0xA3}, {"euro", 4, 0x20AC}, {"permil", 6, 0x2030},
	{"prime", 5, 0x2032}, {"Prime", 5, 0x2033}, {"larr", 4, 0x2190},
	{"uarr", 4, 0x2191}, {"rarr", 4, 0x2192}, {"darr", 4, 0x2193},
	{"le", 2, 0x2264}, {"ge", 2, 0x2265}, {"ne", 2, 0x2260}, {"minus", 5, 0x2212},
	{"frac12", 6, 0xBD}, {"frac14", 6, 0xBC}, {"frac34", 6, 0xBE},
	{"sup1", 4, 0xB9}, {"sup2", 4, 0xB2}, {"sup3", 4, 0xB3}, {"micro", 5, 0xB5},
	{"ordm", 4, 0xBA}, {"ordf", 4, 0xAA}, {"iexcl", 5, 0xA1}, {"iquest", 6, 0xBF},
	{"acute", 5, 0xB4}, {"uml", 3, 0xA8}, {"macr", 4, 0xAF}, {"cedil", 5, 0xB8},
	{"not", 3, 0xAC}, {"brvbar", 6, 0xA6}, {"curren", 6, 0xA4},
	{"sim", 3, 0x223C}, {"asymp", 5, 0x2248}, {"infin", 5, 0x221E},
	{"lowast", 6, 0x2217}, {"loz", 3, 0x25CA}, {"dagger", 6, 0x2020},
	{"Dagger", 6, 0x2021}, {"oline", 5, 0x203E}, {"frasl", 5, 0x2044},
	{"alpha", 5, 0x3B1}, {"beta", 4, 0x3B2}, {"gamma", 5, 0x3B3},
	{"delta", 5, 0x3B4}, {"mu", 2, 0x3BC}, {"pi", 2, 0x3C0}, {"sigma", 5, 0x3C3},
	{"omega", 5, 0x3C9},
	/* the Latin-1 letters (UnRTF writes its strays so) */
	{"Agrave", 6, 0xC0}, {"Aacute", 6, 0xC1}, {"Acirc", 5, 0xC2},
	{"Atilde", 6, 0xC3}, {"Auml", 4, 0xC4}, {"Aring", 5, 0xC5},
	{"AElig", 5, 0xC6}, {"Ccedil", 6, 0xC7}, {"Egrave", 6, 0xC8},
	{"Eacute", 6, 0xC9}, {"Ecirc", 5, 0xCA}, {"Euml", 4, 0xCB},
	{"Igrave", 6, 0xCC}, {"Iacute", 6, 0xCD}, {"Icirc", 5, 0xCE},
	{"Iuml", 4, 0xCF}, {"ETH", 3, 0xD0}, {"Ntilde", 6, 0xD1},
	{"Ograve", 6, 0xD2}, {"Oacute", 6, 0xD3}, {"Ocirc", 5, 0xD4},
	{"Otilde", 6, 0xD5}, {"Ouml", 4, 0xD6}, {"Oslash", 6, 0xD8},
	{"Ugrave", 6, 0xD9}, {"Uacute", 6, 0xDA}, {"Ucirc", 5, 0xDB},
	{"Uuml", 4, 0xDC}, {"Yacute", 6, 0xDD}, {"THORN", 5, 0xDE},
	{"szlig", 5, 0xDF}, {"agrave", 6, 0xE0}, {"aacute", 6, 0xE1},
	{"acirc", 5, 0xE2}, {"atilde", 6, 0xE3}, {"auml", 4, 0xE4},
	{"aring", 5, 0xE5}, {"aelig", 5, 0xE6}, {"ccedil", 6, 0xE7},
	{"egrave", 6, 0xE8}, {"eacute", 6, 0xE9}, {"ecirc", 5, 0xEA},
	{"euml", 4, 0xEB}, {"igrave", 6, 0xEC}, {"iacute", 6, 0xED},
	{"icirc", 5, 0xEE}, {"iuml", 4, 0xEF}, {"eth", 3, 0xF0},
	{"ntilde", 6, 0xF1}, {"ograve", 6, 0xF2}, {"oacute", 6, 0xF3},
	{"ocirc", 5, 0xF4}, {"otilde", 6, 0xF5}, {"ouml", 4, 0xF6},
	{"oslash", 6, 0xF8}, {"ugrave", 6, 0xF9}, {"uacute", 6, 0xFA},
	{"ucirc", 5, 0xFB}, {"uuml", 4, 0xFC}, {"yacute", 6, 0xFD},
	{"thorn", 5, 0xFE}, {"yuml", 4, 0xFF},
	{NULL, 0, 0}
};

static bool
entity_lookup(const char *s, size_t n, uint32_t *cp)
{
	const entity_def *e;

	for (e = entity_defs; e->name; e++)
		if (e->len == n && e->name[0] == s[0] &&
			memcmp(e->name, s, n) == 0)
		{
			*cp = e->cp;
			return true;
		}
	return false;
}

/*
 * Decode an entity at s[0] == '&'.  Returns the number of bytes consumed
 * (0 when it is not a known entity: the '&' is then literal text).  Also
 * the XML readers' decoder (tsv.c: MuPDF's character values).
 */
size_t
gdr_html_entity(const char *s, size_t n, uint32_t *cp)
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
/* Output buffers                                                      */
/* ------------------------------------------------------------------ */

/*
 * gdr_buf_append() and gdr_buf_putc() with the common case, room left,
 * inlined: the converter appends a few bytes at a time.
 */
static inline bool
buf_append(gdr_ctx *ctx, gdr_buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)
		return gdr_buf_append(ctx, b, s, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return true;
}

static inline bool
buf_putc(gdr_ctx *ctx, gdr_buf *b, char c)
{
	if (b->len + 2 > b->cap)
		return gdr_buf_putc(ctx, b, c);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
	return true;
}

/* gdr_work() with its common case, no tick due, inlined. */
static inline bool
work(gdr_ctx *ctx, size_t units)
{
	if (ctx->status == 0 && units < ctx->tick_budget)
	{
		ctx->tick_budget -= (unsigned) units;
		return false;
	}
	return gdr_work(ctx, units);
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
	int			pre;			/* <pre> elements open: white space kept */
	bool		pend_sp;		/* a space owed before the next text */
	bool		pend_sp_hard;	/* ... that stays even between CJK characters */

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
	bool		cell_sp_hard;
	int			rs_left[HTML_MAXCOLS];	/* rows still covered from above */
	const char *rs_text[HTML_MAXCOLS];
	size_t		rs_len[HTML_MAXCOLS];
	size_t		budget;			/* bytes left for span copies */

	/*
	 * Layout tables (a table that holds a table: the page's frame around
	 * the article).  The first pass marks them in `mark` by their <table>
	 * number; when there are any, a second pass reads them as blocks (from
	 * `layout`), so the tables inside are the ones that become rows.
	 */
	int			tabno;			/* <table>s opened so far */
	uint8_t    *mark;			/* first pass: tables that hold a table */
	const uint8_t *layout;		/* second pass: the tables to read as blocks */
	int			ostack[HTML_MAXNEST];	/* first pass: open <table> numbers */
	int			onest;
	int			ldepth;			/* second pass: layout tables open */
	int			numcells;		/* first pass: number cells of the outer table */
	bool		nested;
	size_t		tstart;			/* where the outer table's lines begin in out */
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
		if (!buf_putc(st->ctx, o, '\n'))
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
		if (!buf_putc(st->ctx, st->out, '\t'))
			return false;
		st->tabs++;
	}
	if (len && !buf_append(st->ctx, st->out, text, len))
		return false;
	return !work(st->ctx, len + 1);
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
	st->cell_sp = st->cell_sp_hard = false;
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
	if (st->mark && len > 0)
	{
		/* first pass: a cell that is a number makes this a data table */
		size_t		j = 0;

		while (j < len && text[j] >= '0' && text[j] <= '9')
			j++;
		if (j == len)
			st->numcells++;
	}
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
	return !work(st->ctx, HTML_MAXCOLS);
}

/* second pass: inside a layout table, outside any table that makes rows */
static inline bool
in_layout(const html_state *st)
{
	return st->ldepth > 0 && st->depth == 0;
}

/*
 * A <table> or </table>: the first pass notes which tables hold a table
 * (and had no cell that is a number before it); the second says whether
 * this one is read as a block (true).
 */
static bool
layout_table(html_state *st, bool end)
{
	int			no,
				j;

	if (end)
	{
		if (st->onest > 0)
			st->onest--;
		if (in_layout(st))
		{
			st->ldepth--;
			return true;
		}
		return false;
	}
	no = st->tabno++;
	if (st->mark)
	{
		/*
		 * A table opened inside tables: they are layout, unless the outer
		 * one already has number cells (a data table with a table in a
		 * cell, or whose </table> was lost: flattened, as before)
		 */
		if (st->onest == 0)
			st->numcells = 0;
		for (j = 0; j < st->onest && j < HTML_MAXNEST && st->numcells < 3; j++)
			if (st->ostack[j] < HTML_MAXTABLES)
			{
				st->mark[st->ostack[j] >> 3] |= (uint8_t) (1u << (st->ostack[j] & 7));
				st->nested = true;
			}
		if (st->onest < HTML_MAXNEST)
			st->ostack[st->onest] = no;
		st->onest++;
		return false;
	}
	if (st->layout && st->depth == 0 && no < HTML_MAXTABLES &&
		(st->layout[no >> 3] >> (no & 7)) & 1)
	{
		st->ldepth++;
		return true;
	}
	return false;
}

static bool
begin_table(html_state *st, bool implicit)
{
	st->depth = 1;
	st->implicit = implicit;
	st->in_row = st->in_cell = false;
	memset(st->rs_left, 0, sizeof(st->rs_left));
	st->pend_sp = st->pend_sp_hard = false;
	st->pend_nl = 0;
	if (!ensure_nl(st, 2))
		return false;
	st->tstart = st->out->len;
	return true;
}

/*
 * Table 三 printed transposed: a row per applicant type (自然人, 商业企业 …
 * 总计), a column per outcome (一、本年新收…, （一）予以公开 …), the
 * outcomes' labels in the header rows above.  Its lines (a row each, the
 * spans expanded: every row has every column) are turned back into the
 * template's shape: a header line of the applicant types, then a line per
 * outcome column, its header labels (each once) then its values, one per
 * applicant type.  Taken only when at least five rows are applicant types,
 * 自然人 and the total among them, with numbers in the same columns, at
 * least 20 of them; anything else is left as it is.
 */
#define TR_MAXLINES 64

typedef struct tr_line
{
	const char *cell[HTML_MAXCOLS];
	int			len[HTML_MAXCOLS];
	int			n;
} tr_line;

static bool
tr_number(const char *s, int n)
{
	int			i;

	if (n == 0)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* which applicant type the label names: 0..6 (自然人 … 总计), or -1 */
static int
tr_applicant(const char *s, int n)
{
	static const char *const names[] = {"自然人", "商业企业", "科研机构", "社会公益组织",
	"法律服务机构", "其他", "总计", "合计"};
	int			i;

	while (n > 0 && s[0] == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (i = 0; i < 8; i++)
		if ((int) strlen(names[i]) == n && memcmp(s, names[i], (size_t) n) == 0)
			return i < 7 ? i : 6;
	return -1;
}

static bool
transpose_apps(html_state *st)
{
	gdr_buf    *o = st->out;
	tr_line    *L;
	gdr_buf		t = {0};
	const char *p,
			   *e;
	int			nl = 0,
				first = -1,
				ndata = 0,
				v0 = -1,
				ncols = -1,
				i,
				j,
				k;
	int			data[TR_MAXLINES];
	int			labcol[TR_MAXLINES];
	unsigned	seen = 0;

	if (st->tstart >= o->len || o->len - st->tstart < 200)
		return true;
	/* (a table of applications is a few KiB; no other needs a look) */
	if (gdr_memmem(o->data + st->tstart, o->len - st->tstart, "自然人", 9) == NULL)
		return true;
	L = gdr_alloc(st->ctx, sizeof(tr_line) * TR_MAXLINES);
	if (L == NULL)
		return false;
	p = o->data + st->tstart;
	e = o->data + o->len;
	while (p < e && nl < TR_MAXLINES)
	{
		const char *le = memchr(p, '\n', (size_t) (e - p));
		tr_line    *l = &L[nl];

		if (le == NULL)
			le = e;
		if (le > p)
		{
			l->n = 0;
			while (l->n < HTML_MAXCOLS)
			{
				const char *c = memchr(p, '\t', (size_t) (le - p));
				const char *ce = c ? c : le;

				l->cell[l->n] = p;
				l->len[l->n] = (int) (ce - p);
				l->n++;
				if (c == NULL)
					break;
				p = c + 1;
			}
			nl++;
		}
		p = le + 1;
	}
	if (p < e)
		return true;			/* too long for table 三 */
	/* the data rows: a label that is an applicant type, then numbers only */
	for (i = 0; i < nl; i++)
	{
		int			lab = -1,
					a;

		for (j = 0; j < L[i].n && !tr_number(L[i].cell[j], L[i].len[j]); j++)
			if (L[i].len[j] > 0)
				lab = j;
		if (lab < 0 || j == L[i].n || (a = tr_applicant(L[i].cell[lab], L[i].len[lab])) < 0)
			continue;
		for (k = j; k < L[i].n && tr_number(L[i].cell[k], L[i].len[k]); k++)
			;
		if (k < L[i].n || L[i].n - j < 20 || (v0 >= 0 && (j != v0 || L[i].n != ncols)))
			return true;		/* ragged: not the shape looked for */
		if (first < 0)
			first = i;
		v0 = j;
		ncols = L[i].n;
		labcol[ndata] = lab;
		seen |= 1u << a;
		data[ndata++] = i;
	}
	if (ndata < 5 || !(seen & 1) || !(seen & (1u << 6)) || first < 1)
		return true;
	/* the template's shape, into t, then over the table's lines */
	if (!gdr_buf_reserve(st->ctx, &t, (o->len - st->tstart) * 2 + 256))
		return false;
	memcpy(t.data, "申请人情况", 15);
	t.len = 15;
	for (i = 0; i < ndata; i++)
	{
		const tr_line *d = &L[data[i]];

		t.data[t.len++] = '\t';
		memcpy(t.data + t.len, d->cell[labcol[i]], (size_t) d->len[labcol[i]]);
		t.len += (size_t) d->len[labcol[i]];
	}
	t.data[t.len++] = '\n';
	for (j = v0; j < ncols; j++)
	{
		const char *prev = NULL;
		int			prevlen = 0;

		/* the column's header labels, each once, top to bottom */
		for (i = 0; i < first; i++)
		{
			const char *c;
			int			n;

			if (j >= L[i].n || L[i].len[j] == 0)
				continue;
			c = L[i].cell[j];
			n = L[i].len[j];
			if (prev && prevlen == n && memcmp(prev, c, (size_t) n) == 0)
				continue;
			if (prev)
				t.data[t.len++] = '\t';
			memcpy(t.data + t.len, c, (size_t) n);
			t.len += (size_t) n;
			prev = c;
			prevlen = n;
		}
		for (i = 0; i < ndata; i++)
		{
			const tr_line *d = &L[data[i]];

			t.data[t.len++] = '\t';
			memcpy(t.data + t.len, d->cell[j], (size_t) d->len[j]);
			t.len += (size_t) d->len[j];
		}
		t.data[t.len++] = '\n';
	}
	/* the lines after the data rows stay (a note under the table) */
	p = L[data[ndata - 1]].cell[0];
	p = memchr(p, '\n', (size_t) (e - p));
	p = p ? p + 1 : e;
	memcpy(t.data + t.len, p, (size_t) (e - p));
	t.len += (size_t) (e - p);
	o->len = st->tstart;
	return buf_append(st->ctx, o, t.data, t.len);
}

static bool
end_table(html_state *st)
{
	if (!end_row(st))
		return false;
	if (!transpose_apps(st))
		return false;
	st->depth = 0;
	st->implicit = false;
	memset(st->rs_left, 0, sizeof(st->rs_left));
	st->pend_nl = 2;
	st->pend_sp = st->pend_sp_hard = false;
	return true;
}

/* ------------------------------------------------------------------ */
/* Text routing                                                        */
/* ------------------------------------------------------------------ */

/*
 * A space owed before the next text.  A soft one is a line break in the
 * source (or a <br> or block boundary inside a cell): as browsers do (CSS
 * Text, segment break transformation), it disappears between two East
 * Asian wide characters, so `本年新收政府\n信息公开申请数量` in a Word page
 * is one label, not two words.
 */
static void
emit_space(html_state *st, bool soft)
{
	if (st->in_title)
		st->title_sp = true;
	else if (st->in_head)
		return;
	else if (st->depth > 0)
	{
		st->cell_sp = true;
		st->cell_sp_hard |= !soft;
	}
	else
	{
		st->pend_sp = true;
		st->pend_sp_hard |= !soft;
	}
}

static bool
is_wide(uint32_t cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
		(cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF60) ||
		(cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

/* is the last character of b[0..n) wide (n > 0, b valid up to its end)? */
static bool
wide_before(const char *b, size_t n)
{
	size_t		i = n;
	uint32_t	cp;

	while (i > 0 && n - i < 4 && ((unsigned char) b[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0 || (unsigned char) b[i - 1] < 0xE0)
		return false;
	(void) gdr_utf8_decode(b + i - 1, n - i + 1, &cp);
	return is_wide(cp);
}

static bool
wide_at(const char *s, size_t n)
{
	uint32_t	cp;

	if (n == 0 || (unsigned char) s[0] < 0xE0)
		return false;
	(void) gdr_utf8_decode(s, n, &cp);
	return is_wide(cp);
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
			!buf_putc(st->ctx, &st->title, ' '))
			return false;
		st->title_sp = false;
		return buf_append(st->ctx, &st->title, s, n);
	}
	if (st->in_head)
		return true;
	if (st->depth > 0)
	{
		if (!st->in_cell && !start_cell(st, 1, 1))
			return false;
		if (st->cell_sp && st->cell.len > 0 &&
			(st->cell_sp_hard || !wide_before(st->cell.data, st->cell.len) ||
			 !wide_at(s, n)) &&
			!buf_putc(st->ctx, &st->cell, ' '))
			return false;
		st->cell_sp = st->cell_sp_hard = false;
		return buf_append(st->ctx, &st->cell, s, n);
	}
	if (st->out->len > 0)
	{
		if (st->pend_nl)
		{
			if (!ensure_nl(st, st->pend_nl))
				return false;
		}
		else if (st->pend_sp && st->out->data[st->out->len - 1] != '\n' &&
				 (st->pend_sp_hard || !wide_before(st->out->data, st->out->len) ||
				  !wide_at(s, n)) &&
				 !buf_putc(st->ctx, st->out, ' '))
			return false;
	}
	st->pend_nl = 0;
	st->pend_sp = st->pend_sp_hard = false;
	return buf_append(st->ctx, st->out, s, n);
}

/* A block boundary: a line break in flow text, a space inside a cell. */
static void
block_break(html_state *st, int nl)
{
	if (st->in_title || st->in_head)
		return;
	if (st->depth > 0)
	{
		st->cell_sp = true;		/* soft: see emit_space */
		return;
	}
	if (st->out->len == 0)
		return;
	if (nl > 2)
		nl = 2;
	if (st->pend_nl < nl)
		st->pend_nl = nl;
	st->pend_sp = st->pend_sp_hard = false;
}

/*
 * Process a run of character data: collapse whitespace, decode entities,
 * drop NUL bytes.  With stop_lt the run ends at the first '<' (an entity
 * never spans one: '<' ends its name or digits); *end is set to the number
 * of bytes consumed.
 */
static bool
text_run(html_state *st, const char *s, size_t n, bool stop_lt, size_t *end)
{
	size_t		i = 0;
	size_t		start = 0;
	size_t		ticked = 0;
	unsigned char stop = stop_lt ? (C_TEXT | C_LT) : C_TEXT;

	while (i < n)
	{
		size_t		lim;
		unsigned char c;
		size_t		wslen = 0;

		/* a long text run stays cancellable */
		if (i - ticked >= 16384)
		{
			if (work(st->ctx, i - ticked))
				return false;
			ticked = i;
		}

		/* skip plain bytes in bulk, at most 16 KiB between two ticks */
		lim = n - i > 16384 ? i + 16384 : n;
		while (i + 4 <= lim &&
			   !((CLS(s[i]) | CLS(s[i + 1]) | CLS(s[i + 2]) | CLS(s[i + 3])) &
				 stop))
			i += 4;
		while (i < lim && !(CLS(s[i]) & stop))
			i++;
		if (i >= lim)
			continue;

		c = (unsigned char) s[i];
		if (c == '<')
			break;				/* only when stop_lt */
		if (c == '&')
		{
			uint32_t	cp;
			size_t		el = gdr_html_entity(s + i, n - i, &cp);

			if (el > 0)
			{
				char		u[4];
				int			ul;

				if (!emit_text(st, s + start, i - start))
					return false;
				if (cp_is_space(cp))
					emit_space(st, false);
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
		if ((CLS(c) & C_SPACE) && st->pre > 0 && st->depth == 0 &&
			!st->in_title && !st->in_head)
		{
			/*
			 * in <pre>, white space is kept as it is: a table printed as
			 * fixed-width text keeps its columns (a blank cell is spaces)
			 */
			if (!emit_text(st, s + start, i - start))
				return false;
			if (st->pend_nl && st->out->len > 0 && !ensure_nl(st, st->pend_nl))
				return false;
			st->pend_nl = 0;
			st->pend_sp = st->pend_sp_hard = false;
			while (i < lim && is_space(s[i]))
			{
				if (s[i] != '\r' && (st->out->len > 0 || s[i] != '\n') &&
					!buf_putc(st->ctx, st->out, s[i]))
					return false;
				i++;
			}
			start = i;
			continue;
		}
		if (CLS(c) & C_SPACE)
		{
			/* a run of ASCII blanks is one space, soft if it breaks a line */
			bool		nl = (c == '\n' || c == '\r');

			if (!emit_text(st, s + start, i - start))
				return false;
			i++;
			while (i < lim && is_space(s[i]))
			{
				nl |= (s[i] == '\n' || s[i] == '\r');
				i++;
			}
			emit_space(st, nl);
			start = i;
			continue;
		}
		if (c == 0xC2 && i + 1 < n && (unsigned char) s[i + 1] == 0xA0)
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
			emit_space(st, false);
			i += wslen;
			start = i;
			continue;
		}
		i++;
	}
	*end = i;
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

		while (i < n && (CLS(s[i]) & (C_SPACE | C_SLASH)))
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
		while (i < n && !(CLS(s[i]) & (C_SPACE | C_EQ | C_GT | C_SLASH)))
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
				while (i < n && !(CLS(s[i]) & (C_SPACE | C_GT)))
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
			if (in_layout(st))
				return true;
			if (st->depth > 1)
				st->cell_sp = st->cell_sp_hard = true;
			return true;
		case T_TABLE:
			if (layout_table(st, end))
			{
				block_break(st, 1);
				return true;
			}
			if (!end)
			{
				if (st->depth == 0)
					return begin_table(st, false);
				if (!st->in_cell && !start_cell(st, 1, 1))
					return false;
				st->depth++;
				st->cell_sp = st->cell_sp_hard = true;
				return true;
			}
			if (st->depth > 1)
			{
				st->depth--;
				st->cell_sp = st->cell_sp_hard = true;
				return true;
			}
			if (st->depth == 1)
				return end_table(st);
			block_break(st, 2);
			return true;
		case T_TR:
		case T_CAPTION:
			if (in_layout(st))
			{
				block_break(st, 1);
				return true;
			}
			if (st->depth > 1)
			{
				st->cell_sp = st->cell_sp_hard = true;
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
			if (in_layout(st))
			{
				block_break(st, 1);
				return true;
			}
			if (st->depth > 1)
			{
				st->cell_sp = st->cell_sp_hard = true;
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
		st->pend_sp = st->pend_sp_hard = false;
	}
	return true;
}

static bool html_pass(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
					  uint8_t *mark, const uint8_t *layout, bool *nested);

bool
gdr_html_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	uint8_t		mark[HTML_MAXTABLES / 8];
	bool		nested = false;

	memset(mark, 0, sizeof(mark));
	if (!html_pass(ctx, s, len, out, mark, NULL, &nested))
		return false;
	if (!nested)
		return true;
	/* tables inside tables: again, the outer ones read as blocks */
	out->len = 0;
	return html_pass(ctx, s, len, out, NULL, mark, &nested);
}

static bool
html_pass(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
		  uint8_t *mark, const uint8_t *layout, bool *nested)
{
	html_state	st;
	size_t		i = 0;

	memset(&st, 0, sizeof(st));
	st.ctx = ctx;
	st.out = out;
	st.mark = mark;
	st.layout = layout;
	st.budget = len * 4 + 1024 * 1024;
	if (!gdr_buf_reserve(ctx, out, len / 2 + 64))
		return false;

	while (i < len)
	{
		size_t		start = i;

		if (s[i] != '<')
		{
			size_t		k = i;

			/*
			 * Only ASCII blanks before the next tag (indentation, the
			 * common case between tags): what text_run would make of them
			 * is one space.  A run of 16 KiB or more goes to text_run,
			 * which ticks within it.
			 */
			bool		nl = false;

			while (k < len && is_space(s[k]))
			{
				nl |= (s[k] == '\n' || s[k] == '\r');
				k++;
			}
			if (k > i && k < len && s[k] == '<' && k - i < 16384)
			{
				emit_space(&st, nl);
				i = k;
			}
			else
			{
				if (!text_run(&st, s + i, len - i, true, &k))
					return false;
				i += k;
				if (i >= len)
					break;
			}
		}

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
					const char *p = gdr_memmem(s + k, len - k, "-->", 3);

					i = p ? (size_t) (p - s) + 3 : len;
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
			size_t		nl;
			const tag_def *d = tag_lookup(s + ns, len - ns, &nl);
			int			colspan = 1;
			int			rowspan = 1;
			bool		selfclose;
			bool		complete;
			bool		want = d && d->kind == T_CELL && !end;

			if (ns + nl < len && s[ns + nl] == '>')
			{
				/* no attributes, the common case */
				i = ns + nl + 1;
				selfclose = false;
				complete = true;
			}
			else
				i = scan_attrs(s, len, ns + nl, want ? &colspan : NULL,
							   &rowspan, &selfclose, &complete);
			if (!complete)
				break;			/* EOF inside a tag: the tag is dropped */
			/*
			 * trafilatura's XML names its headings <head rend="h1">: a
			 * heading (a block), not the page's head
			 */
			if (d && d->kind == T_HEAD && !end && i > ns + nl + 1 &&
				gdr_memmem(s + ns + nl, i - ns - nl, "rend=", 5) != NULL)
			{
				size_t		dnl;

				d = tag_lookup("div>", 4, &dnl);
			}
			if (d && d->kind == T_BLOCK && nl == 3 && memcmp(d->name, "pre", 3) == 0)
				st.pre += end ? (st.pre > 0 ? -1 : 0) : 1;
			if (!handle_tag(&st, d, end, colspan, rowspan))
				return false;
			if (!end && !selfclose && d &&
				(d->kind == T_RAW || d->kind == T_TITLE))
			{
				size_t		after;
				size_t		e = find_end_tag(s, len, i, d->name, &after);

				/*
				 * (Apache Tika's <title> is the Word file's title property,
				 * as often a copy of last year's report: the body's is read)
				 */
				if (d->kind == T_TITLE && !st.have_title &&
					gdr_find_lit(s, i, "X-TIKA:") == NULL)
				{
					size_t		k;

					st.in_title = true;
					st.title.len = 0;
					st.title_sp = false;
					if (!text_run(&st, s + i, e - i, false, &k))
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
			if (!emit_text(&st, s + i, 1))
				return false;
			i++;
		}
		if (work(ctx, i - start + 1))
			return false;
	}

	if (st.depth > 0 && !end_table(&st))
		return false;
	*nested = st.nested;
	if (out->len > 0 && out->data[out->len - 1] != '\n' &&
		!buf_putc(ctx, out, '\n'))
		return false;
	if (out->data == NULL && !gdr_buf_reserve(ctx, out, 1))
		return false;
	return ctx->status == 0;
}
