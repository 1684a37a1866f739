/*
 * rtf.c -- a report kept as RTF (WordPad, Word's "save as RTF"): its text
 * in \'hh escapes of the ANSI code page (\ansicpg936: GBK), \uN for other
 * characters, paragraphs ended by \par, tables as rows (\trowd … \row) of
 * cells (\cell), a cell merged with the one above (\clvmrg, the merge
 * begun by \clvmgf) or with the one before (\clmrg).
 *
 * It is rewritten as HTML -- a paragraph per \par, a <td> per cell, a
 * merged cell given the text of the cell its merge began with (as the HTML
 * reader fills a span), \uN as a numeric entity -- in the document's code
 * page, converted to UTF-8 once by ICU, and read by the HTML reader.
 * Destinations that hold no text (font and colour tables, \* groups,
 * pictures, stylesheets, document info) are skipped.
 *
 * Detected by "{\rtf" at the start.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define RTF_MAXCOLS		64
#define RTF_MAXDEPTH	64

#define M_VFIRST	1			/* \clvmgf */
#define M_VNEXT		2			/* \clvmrg */
#define M_HNEXT		4			/* \clmrg */

typedef struct rtf
{
	gdr_ctx    *ctx;
	gdr_buf    *h;				/* HTML, in the document's code page */
	int			cp;				/* \ansicpgN */
	int			uc;				/* \ucN: fallback bytes after \uN */
	bool		intbl;			/* the paragraph is in a table */
	bool		table;			/* <table> is open */
	bool		row;			/* <tr> is open */
	bool		cell;			/* <td> is open */
	size_t		text;			/* where the open cell's text starts */
	int			k;				/* the cell's index in its row */
	int			ndef;			/* cells defined by \cellx */
	uint8_t		def[RTF_MAXCOLS];	/* their merge flags */
	uint8_t		pend;			/* flags for the next \cellx */
	char	   *above[RTF_MAXCOLS];
	size_t		above_len[RTF_MAXCOLS];
	char	   *prev;			/* the text of the cell before */
	size_t		prev_len;
} rtf;

static bool
put(rtf *r, const char *s, size_t n)
{
	return gdr_buf_append(r->ctx, r->h, s, n);
}

/* text is coming: open the table, row and cell it belongs in */
static bool
open_for_text(rtf *r)
{
	if (r->intbl)
	{
		if (!r->table && !put(r, "<table>", 7))
			return false;
		r->table = true;
		if (!r->row && !put(r, "<tr>", 4))
			return false;
		r->row = true;
		if (!r->cell)
		{
			if (!put(r, "<td>", 4))
				return false;
			r->cell = true;
			r->text = r->h->len;
		}
	}
	else if (r->table)
	{
		if (!put(r, "</table>\n<p>", 12))
			return false;
		r->table = r->row = r->cell = false;
	}
	return true;
}

static bool
end_cell(rtf *r)
{
	gdr_buf    *h = r->h;
	uint8_t		f;
	char	   *keep;

	if (!open_for_text(r))
		return false;
	f = r->k < r->ndef ? r->def[r->k] : 0;
	if (h->len == r->text && r->k < RTF_MAXCOLS)
	{
		/* an empty cell merged with one above or before: its text */
		if ((f & M_VNEXT) && r->above[r->k] != NULL &&
			!put(r, r->above[r->k], r->above_len[r->k]))
			return false;
		if ((f & M_HNEXT) && r->prev != NULL && !put(r, r->prev, r->prev_len))
			return false;
	}
	keep = gdr_strndup(r->ctx, h->data + r->text, h->len - r->text);
	if (keep == NULL)
		return false;
	if (r->k < RTF_MAXCOLS)
	{
		if (f & (M_VFIRST | M_VNEXT))
		{
			r->above[r->k] = keep;
			r->above_len[r->k] = h->len - r->text;
		}
		else
			r->above[r->k] = NULL;
	}
	r->prev = keep;
	r->prev_len = h->len - r->text;
	r->k++;
	r->cell = false;
	return put(r, "</td>", 5);
}

/* the control word [w, we) with its parameter (has_n) at the top level */
static bool
control(rtf *r, const char *w, size_t wl, bool has_n, long n)
{
#define IS(lit) (wl == sizeof(lit) - 1 && memcmp(w, lit, wl) == 0)
	if (IS("par") || IS("line"))
	{
		if (r->intbl)
			return open_for_text(r) && put(r, " ", 1);
		return put(r, "</p>\n<p>", 8);
	}
	if (IS("tab"))
		return put(r, " ", 1);
	if (IS("pard"))
	{
		r->intbl = false;
		return true;
	}
	if (IS("intbl"))
	{
		r->intbl = true;
		return true;
	}
	if (IS("trowd"))
	{
		r->ndef = 0;
		r->pend = 0;
		return true;
	}
	if (IS("clvmgf"))
		r->pend |= M_VFIRST;
	else if (IS("clvmrg"))
		r->pend |= M_VNEXT;
	else if (IS("clmrg"))
		r->pend |= M_HNEXT;
	else if (IS("cellx"))
	{
		if (r->ndef < RTF_MAXCOLS)
			r->def[r->ndef++] = r->pend;
		r->pend = 0;
	}
	else if (IS("cell"))
	{
		r->intbl = true;
		return end_cell(r);
	}
	else if (IS("row"))
	{
		if (r->row && !put(r, "</tr>\n", 6))
			return false;
		r->row = r->cell = false;
		r->k = 0;
		r->prev = NULL;
	}
	else if (IS("ansicpg") && has_n)
		r->cp = (int) n;
	else if (IS("uc") && has_n)
		r->uc = n >= 0 && n < 8 ? (int) n : 1;
	return true;
#undef IS
}

static const char *
cp_name(int cp)
{
	switch (cp)
	{
		case 936:
			return "windows-936";
		case 950:
			return "windows-950";
		case 54936:
			return "GB18030";
		case 65001:
			return "UTF-8";
		default:
			return "windows-1252";
	}
}

bool
gdr_rtf_detect(const char *s, size_t len)
{
	while (len > 0 && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t'))
		s++, len--;
	return len >= 5 && memcmp(s, "{\\rtf", 5) == 0;
}

bool
gdr_rtf_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	gdr_buf		h = {0};
	rtf			r;
	const char *p = s,
			   *end = s + len;
	int			depth = 0,
				skip = -1;		/* the depth whose group is skipped */
	int			fallback = 0;	/* bytes of a \uN's fallback to skip */

	memset(&r, 0, sizeof(r));
	r.ctx = ctx;
	r.h = &h;
	r.cp = 1252;
	r.uc = 1;
	if (!gdr_buf_reserve(ctx, &h, len / 2 + 64) || !put(&r, "<html><body><p>", 15))
		return false;
	while (p < end)
	{
		char		c = *p;

		if (gdr_work(ctx, 1))
			return false;
		if (c == '{')
		{
			depth++;
			p++;
			/* {\* …}: an ignorable destination */
			if (skip < 0 && end - p >= 2 && p[0] == '\\' && p[1] == '*')
				skip = depth;
			continue;
		}
		if (c == '}')
		{
			if (skip == depth)
				skip = -1;
			if (depth > 0)
				depth--;
			p++;
			continue;
		}
		if (c == '\r' || c == '\n')
		{
			p++;
			continue;
		}
		if (c == '\\' && p + 1 < end)
		{
			const char *w = p + 1,
					   *we = w;
			long		n = 0;
			bool		has_n = false,
						neg = false;

			if (w[0] == '\'' && end - w >= 3)
			{
				/* \'hh: a byte of the code page */
				char		hex[3] = {w[1], w[2], 0};
				char		b = (char) strtol(hex, NULL, 16);

				p = w + 3;
				if (fallback > 0)
				{
					fallback--;
					continue;
				}
				if (skip < 0 && (!open_for_text(&r) || !gdr_buf_putc(ctx, &h, b)))
					return false;
				continue;
			}
			if (!((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z')))
			{
				/* a control symbol: \\ \{ \} \~ \- \_ … */
				p = w + 1;
				if (skip < 0 && (*w == '\\' || *w == '{' || *w == '}'))
				{
					if (!open_for_text(&r) || !gdr_buf_putc(ctx, &h, *w))
						return false;
				}
				else if (skip < 0 && *w == '~' && !put(&r, " ", 1))
					return false;
				continue;
			}
			while (we < end && ((*we >= 'a' && *we <= 'z') || (*we >= 'A' && *we <= 'Z')) &&
				   we - w < 32)
				we++;
			p = we;
			if (p < end && *p == '-')
			{
				neg = true;
				p++;
			}
			while (p < end && *p >= '0' && *p <= '9' && n < 100000000)
			{
				n = n * 10 + (*p++ - '0');
				has_n = true;
			}
			if (neg)
				n = -n;
			if (p < end && *p == ' ')
				p++;
			/* destinations without text */
			if (skip < 0 && ((we - w == 7 && memcmp(w, "fonttbl", 7) == 0) ||
							 (we - w == 8 && memcmp(w, "colortbl", 8) == 0) ||
							 (we - w == 10 && memcmp(w, "stylesheet", 10) == 0) ||
							 (we - w == 4 && memcmp(w, "info", 4) == 0) ||
							 (we - w == 4 && memcmp(w, "pict", 4) == 0) ||
							 (we - w == 6 && memcmp(w, "header", 6) == 0) ||
							 (we - w == 6 && memcmp(w, "footer", 6) == 0)))
			{
				skip = depth;
				continue;
			}
			if (skip >= 0)
				continue;
			if (we - w == 1 && *w == 'u' && has_n)
			{
				/* \uN: a character, then \ucN fallback bytes */
				char		ent[32];
				unsigned	u = (unsigned) ((n < 0 ? n + 65536 : n) & 0x1FFFFF);

				snprintf(ent, sizeof(ent), "&#%u;", u);
				if (!open_for_text(&r) || !put(&r, ent, strlen(ent)))
					return false;
				fallback = r.uc;
				continue;
			}
			if (!control(&r, w, (size_t) (we - w), has_n, n))
				return false;
			continue;
		}
		/* plain text */
		p++;
		if (skip >= 0)
			continue;
		if (fallback > 0)
		{
			fallback--;
			continue;
		}
		if (!open_for_text(&r))
			return false;
		if (c == '<')
		{
			if (!put(&r, "&lt;", 4))
				return false;
		}
		else if (c == '&')
		{
			if (!put(&r, "&amp;", 5))
				return false;
		}
		else if (!gdr_buf_putc(ctx, &h, c))
			return false;
	}
	if (!put(&r, "</p></body></html>", 18))
		return false;

	/* the document's code page to UTF-8, then HTML to text */
	{
		UErrorCode	err = U_ZERO_ERROR;
		int32_t		cap = (int32_t) (h.len * 2 + 16);
		char	   *u8;
		int32_t		n;

		if (h.len > (size_t) INT32_MAX / 2 - 16)
			return gdr_html_to_text(ctx, h.data, h.len, out);
		u8 = gdr_alloc(ctx, (size_t) cap);
		if (u8 == NULL)
			return false;
		n = ucnv_convert("UTF-8", cp_name(r.cp), u8, cap, h.data, (int32_t) h.len, &err);
		if (U_FAILURE(err))
			return gdr_html_to_text(ctx, h.data, h.len, out);
		return gdr_html_to_text(ctx, u8, (size_t) n, out);
	}
}
