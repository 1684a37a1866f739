/*
 * tsv.c -- word boxes: poppler's `pdftotext -tsv` (and Tesseract's TSV,
 * the same columns): a header line
 *
 *     level page_num par_num block_num line_num word_num left top width height conf text
 *
 * then a row per page, flow, line (levels 1-4, text ###PAGE### …) and word
 * (level 5) with its box in points.  Reading order is the PDF's, not the
 * table's: a row's cells can come before its label.  The words are laid out
 * again as pdftotext -layout would print them: the words of a page whose
 * boxes share a baseline make a line, top to bottom; on a line they stand
 * left to right at their column (left / COLW points), two blanks at least
 * between words that are apart, none between pieces of one run (a number
 * and the character after it); a page ends with a form feed.
 *
 * Detected by the header line.
 *
 * The same words as `pdftotext -bbox-layout` writes them, an XHTML page of
 * <page> … <word xMin= yMin= xMax= yMax=>text</word>, are laid out the
 * same way (detected by "<doc>" and a "<word xMin=" near the start).
 */
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define COLW 5.0				/* points per column */

static const char header[] = "level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

bool
gdr_tsv_detect(const char *s, size_t len)
{
	size_t		n = sizeof(header) - 1;

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
	{
		s += 3;
		len -= 3;
	}
	return len > n && memcmp(s, header, n) == 0 && (s[n] == '\n' || s[n] == '\r');
}

typedef struct word
{
	int			page;
	double		left,
				top,
				width,
				height;
	const char *t;
	size_t		n;
} word;

static int
cmp_word(const void *a, const void *b)
{
	const word *x = a,
			   *y = b;

	if (x->page != y->page)
		return x->page - y->page;
	if (x->top != y->top)
		return x->top < y->top ? -1 : 1;
	return x->left < y->left ? -1 : x->left > y->left;
}

/* by left, within a line */
static int
cmp_left(const void *a, const void *b)
{
	const word *x = a,
			   *y = b;

	return x->left < y->left ? -1 : x->left > y->left;
}

/* display columns of UTF-8 text (a CJK character is two) */
static int
text_cols(const char *t, size_t n)
{
	int			c = 0;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		unsigned char b = (unsigned char) t[i];

		if (b < 0x80)
			c++;
		else if (b >= 0xE0)
			c += 2;
		else if (b >= 0xC0)
			c++;
	}
	return c;
}

static bool lay_out(gdr_ctx *ctx, word *w, int nw, double join, gdr_buf *out);

/* a new word at the end of *w (grown as needed), or NULL (out of memory) */
static word *
new_word(gdr_ctx *ctx, word **w, int *nw, int *maxw)
{
	if (*nw == *maxw)
	{
		word	   *g = gdr_grow(ctx, *w, *nw, maxw, sizeof(word), 512);

		if (g == NULL)
			return NULL;
		*w = g;
	}
	return &(*w)[(*nw)++];
}

bool
gdr_tsv_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *end = s + len;
	word	   *w = NULL;
	int			nw = 0,
				maxw = 0;

	/* the words (level 5) */
	p = memchr(p, '\n', len);
	p = p ? p + 1 : end;
	while (p < end)
	{
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		const char *le = nl ? nl : end;
		const char *f[12];
		const char *q = p;
		int			k = 0;

		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		f[k++] = q;
		while (k < 12 && (q = memchr(q, '\t', (size_t) (le - q))) != NULL)
			f[k++] = ++q;
		if (k == 12 && p[0] == '5' && p[1] == '\t')
		{
			const char *te = le;
			word	   *x;

			while (te > f[11] && (te[-1] == '\r' || te[-1] == ' '))
				te--;
			if ((x = new_word(ctx, &w, &nw, &maxw)) == NULL)
				return false;
			x->page = atoi(f[1]);
			x->left = strtod(f[6], NULL);
			x->top = strtod(f[7], NULL);
			x->width = strtod(f[8], NULL);
			x->height = strtod(f[9], NULL);
			x->t = f[11];
			x->n = (size_t) (te - f[11]);
		}
		p = nl ? nl + 1 : end;
	}
	if (!gdr_buf_reserve(ctx, out, len / 2 + 64))
		return false;
	return lay_out(ctx, w, nw, 0, out);
}

/*
 * the furthest left a word is laid out at (points, or pixels of a page
 * scanned at 600 dpi: under 10,000): at most 4,000 columns of blanks
 */
#define LEFT_MAX 20000.0

/*
 * the words laid out as pdftotext -layout prints them; two words closer
 * than 1.5 points, or than join × their height, are pieces of one run
 */
static bool
lay_out(gdr_ctx *ctx, word *w, int nw, double join, gdr_buf *out)
{
	int			i;

	if (nw == 0)
		return true;
	qsort(w, (size_t) nw, sizeof(word), cmp_word);

	/* lines: words of a page whose tops are within a third of a height */
	for (i = 0; i < nw;)
	{
		int			j = i + 1,
					k,
					col = 0;
		double		tol = w[i].height > 0 ? w[i].height / 3 : 3;

		while (j < nw && w[j].page == w[i].page && w[j].top - w[i].top <= tol)
			j++;
		qsort(w + i, (size_t) (j - i), sizeof(word), cmp_left);
		if (gdr_work(ctx, (size_t) (j - i) * 16))
			return false;
		for (k = i; k < j; k++)
		{
			/* (a box off the page, or not a number, at the margin) */
			double		x = w[k].left >= 0 && w[k].left <= LEFT_MAX ? w[k].left : 0;
			int			at = (int) (x / COLW + 0.5);

			if (k > i)
			{
				double		gap = w[k].left - (w[k - 1].left + w[k - 1].width);

				/* pieces of one run: no blank; apart: to the column, 2 at least */
				if (gap < 1.5 || gap < join * w[k].height)
					at = col;
				else if (at < col + 2)
					at = col + 2;
			}
			for (; col < at; col++)
				if (!gdr_buf_putc(ctx, out, ' '))
					return false;
			if (!gdr_buf_append(ctx, out, w[k].t, w[k].n))
				return false;
			col += text_cols(w[k].t, w[k].n);
		}
		if (!gdr_buf_putc(ctx, out, '\n'))
			return false;
		/* a page's end */
		if (j < nw && w[j].page != w[i].page && !gdr_buf_putc(ctx, out, '\f'))
			return false;
		i = j;
	}
	return true;
}

/*
 * The words laid out, their text in txt: a word's n is its offset there
 * until the words are all read, its text up to the next word's offset
 */
static bool
lay_out_txt(gdr_ctx *ctx, word *w, int nw, const gdr_buf *txt, double join, gdr_buf *out)
{
	int			i;

	for (i = 0; i < nw; i++)
	{
		size_t		a = w[i].n,
					b = i + 1 < nw ? w[i + 1].n : txt->len;

		w[i].t = txt->data + a;
		w[i].n = b - a;
	}
	if (!gdr_buf_reserve(ctx, out, txt->len * 2 + 64))
		return false;
	return lay_out(ctx, w, nw, join, out);
}

/* ------------------------------------------------------------------ */
/* pdftotext -bbox(-layout): the words of an XHTML page                */
/* ------------------------------------------------------------------ */

bool
gdr_bbox_detect(const char *s, size_t len)
{
	size_t		n = len < 4096 ? len : 4096;

	return len > 0 && s[0] == '<' && gdr_memmem(s, n, "<doc>", 5) != NULL &&
		gdr_memmem(s, n, "<word xMin=\"", 12) != NULL;
}

/* the number after attr="…" in the tag s[0..n), or -1 (none there) */
static double
attr_num(const char *s, size_t n, const char *attr, size_t al)
{
	const char *a = gdr_memmem(s, n, attr, al);
	char	   *e;
	double		v;

	if (a == NULL)
		return -1;
	v = strtod(a + al, &e);
	return e == a + al ? -1 : v;
}

bool
gdr_bbox_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *end = s + len;
	word	   *w = NULL;
	int			nw = 0,
				maxw = 0,
				page = 0;

	while (p < end)
	{
		const char *lt = memchr(p, '<', (size_t) (end - p));
		const char *gt;

		if (lt == NULL)
			break;
		gt = memchr(lt, '>', (size_t) (end - lt));
		if (gt == NULL)
			break;
		if (gdr_work(ctx, (size_t) (gt + 1 - p)))
			return false;
		if (end - lt > 5 && memcmp(lt, "<page", 5) == 0 && (lt[5] == ' ' || lt[5] == '>'))
			page++;
		else if (end - lt > 6 && memcmp(lt, "<word ", 6) == 0)
		{
			const char *te = gdr_memmem(gt + 1, (size_t) (end - gt - 1), "</word>", 7);
			double		x0 = attr_num(lt, (size_t) (gt - lt), "xMin=\"", 6),
						y0 = attr_num(lt, (size_t) (gt - lt), "yMin=\"", 6),
						x1 = attr_num(lt, (size_t) (gt - lt), "xMax=\"", 6),
						y1 = attr_num(lt, (size_t) (gt - lt), "yMax=\"", 6);
			word	   *x;

			if (te == NULL)
				break;
			if (x0 >= 0 && y0 >= 0 && x1 >= x0 && y1 >= y0)
			{
				if ((x = new_word(ctx, &w, &nw, &maxw)) == NULL)
					return false;
				x->page = page;
				x->left = x0;
				x->top = y0;
				x->width = x1 - x0;
				x->height = y1 - y0;
				x->t = gt + 1;
				x->n = (size_t) (te - gt - 1);
			}
			gt = te + 6;
		}
		p = gt + 1;
	}
	if (!gdr_buf_reserve(ctx, out, len / 4 + 64))
		return false;
	return lay_out(ctx, w, nw, 0, out);
}

/* ------------------------------------------------------------------ */
/* mutool draw -F stext: MuPDF's structured text, a character a tag    */
/* ------------------------------------------------------------------ */

/*
 * <document> <page> <block bbox=…> <line bbox=…> <font name= size=>
 * <char quad="ulx uly urx ury llx lly lrx lry" x= y= color= c="…"/>:
 * every character an element with its box and baseline (y), CJK as
 * &#x…; references (decoded as the HTML reader decodes them).  A <line>
 * of MuPDF's is one run of text (a table cell's line: each cell is a
 * block); its characters make one word of
 * the same lay-out as the word boxes above, on its baseline.  Older
 * MuPDF writes bbox="x0 y0 x1 y1" for quad.
 */
bool
gdr_stext_detect(const char *s, size_t len)
{
	size_t		n = len < 4096 ? len : 4096;

	return len > 0 && s[0] == '<' && gdr_memmem(s, n, "<document", 9) != NULL &&
		gdr_memmem(s, n, "<line ", 6) != NULL && gdr_memmem(s, n, "<char ", 6) != NULL;
}

/* the value of attr="…" in the tag s[0..n): its start and length, or NULL */
static const char *
attr_val(const char *s, size_t n, const char *attr, size_t al, size_t *vl)
{
	/* (attr begins with a blank: " c=\"" is not inside "color=\"") */
	const char *a = gdr_memmem(s, n, attr, al);
	const char *q = a ? memchr(a + al, '"', (size_t) (s + n - a - al)) : NULL;

	if (q == NULL)
		return NULL;
	*vl = (size_t) (q - a - al);
	return a + al;
}

/* an XML character value (one character, or references) into b */
static bool
put_xml_char(gdr_ctx *ctx, gdr_buf *b, const char *v, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		uint32_t	cp;
		size_t		k = v[i] == '&' ? gdr_html_entity(v + i, n - i, &cp) : 0;
		char		u[4];

		if (k > 0)
		{
			if (!gdr_buf_append(ctx, b, u, (size_t) gdr_utf8_encode(cp, u)))
				return false;
			i += k;
		}
		else if (!gdr_buf_putc(ctx, b, v[i++]))
			return false;
	}
	return true;
}

bool
gdr_stext_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *end = s + len;
	word	   *w = NULL;
	gdr_buf		txt = {0};
	int			nw = 0,
				maxw = 0,
				page = 0;
	double		size = 12;
	bool		open = false;	/* a <line>'s word is being read */

	while (p < end)
	{
		const char *lt = memchr(p, '<', (size_t) (end - p));
		const char *gt;
		size_t		tl;

		if (lt == NULL)
			break;
		gt = memchr(lt, '>', (size_t) (end - lt));
		if (gt == NULL)
			break;
		if (gdr_work(ctx, (size_t) (gt + 1 - p)))
			return false;
		tl = (size_t) (gt - lt);
		if (tl > 5 && memcmp(lt, "<page", 5) == 0 && (lt[5] == ' ' || lt[5] == '>'))
			page++;
		else if (tl > 5 && memcmp(lt, "<line", 5) == 0 && (lt[5] == ' ' || lt[5] == '>'))
			open = false;		/* its first character opens the word */
		else if (tl > 5 && memcmp(lt, "</line", 6) == 0)
			open = false;
		else if (tl > 5 && memcmp(lt, "<font ", 6) == 0)
		{
			double		z = attr_num(lt, tl, " size=\"", 7);

			size = z > 0 && z < 1000 ? z : 12;
		}
		else if (tl > 5 && memcmp(lt, "<char ", 6) == 0)
		{
			size_t		vl,
						bl;
			const char *v = attr_val(lt, tl, " c=\"", 4, &vl);
			const char *bx = attr_val(lt, tl, " quad=\"", 7, &bl);
			bool		quad = bx != NULL;
			double		q[8];
			double		y = attr_num(lt, tl, " y=\"", 4);
			int			k;
			char	   *e;

			if (!quad)
				bx = attr_val(lt, tl, " bbox=\"", 7, &bl);
			if (v == NULL || bx == NULL)
			{
				p = gt + 1;
				continue;
			}
			/* the box's numbers (strtod stops at the closing quote) */
			for (k = 0, e = (char *) bx; k < (quad ? 8 : 4); k++)
			{
				const char *from = e;

				q[k] = strtod(from, &e);
				if (e == from || e > bx + bl)
					break;
			}
			if (k < (quad ? 8 : 4))
			{
				p = gt + 1;
				continue;
			}
			if (y < 0)
				y = quad ? q[5] : q[3];
			if (!open)
			{
				word	   *x;

				if ((x = new_word(ctx, &w, &nw, &maxw)) == NULL)
					return false;
				x->page = page;
				x->left = q[0];
				/* a line's baseline: characters of any font share it */
				x->top = y;
				x->height = size;
				x->width = 0;
				/* (an offset into txt until it stops growing) */
				x->t = NULL;
				x->n = txt.len;
				open = true;
			}
			/* (ur.x of a quad, x1 of a bbox) */
			if (q[2] > w[nw - 1].left)
				w[nw - 1].width = q[2] - w[nw - 1].left;
			if (!put_xml_char(ctx, &txt, v, vl))
				return false;
		}
		p = gt + 1;
	}
	return lay_out_txt(ctx, w, nw, &txt, 0, out);
}

/* ------------------------------------------------------------------ */
/* pdftohtml -xml: poppler's pdf2xml, a text run an element            */
/* ------------------------------------------------------------------ */

/*
 * <pdf2xml> <page number= …> <fontspec …/> <text top= left= width= height=
 * font=>run</text>: a run is what poppler joined on one line, in pixels
 * (zoom 1.5 by default); a run may hold <b>, <i> or <a> markup and XML
 * references.  A line of the PDF is cut into runs at every change of font
 * (the CJK font and the Latin one), with a few pixels between them that
 * are no blank (LibreOffice's PDFs: 4-5 pixels at a line height of 31):
 * runs closer than 0.18 of their height are pieces of one.  Cells of a
 * table can stand closer (6 pixels between a group label's column and its
 * rows' labels); they are then apart, or, joined, their labels are put
 * right by groupfrag.c.  Neighbouring table cells can come as one run
 * ("6 209"); they stay as poppler wrote them.  Laid out as the word boxes
 * above.
 */
bool
gdr_pdf2xml_detect(const char *s, size_t len)
{
	size_t		n = len < 4096 ? len : 4096;

	return len > 0 && s[0] == '<' && gdr_memmem(s, n < 512 ? n : 512, "<pdf2xml", 8) != NULL &&
		gdr_memmem(s, n, "<text top=\"", 11) != NULL;
}

bool
gdr_pdf2xml_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *end = s + len;
	word	   *w = NULL;
	gdr_buf		txt = {0};
	int			nw = 0,
				maxw = 0,
				page = 0;

	while (p < end)
	{
		const char *lt = memchr(p, '<', (size_t) (end - p));
		const char *gt;
		size_t		tl;

		if (lt == NULL)
			break;
		gt = memchr(lt, '>', (size_t) (end - lt));
		if (gt == NULL)
			break;
		if (gdr_work(ctx, (size_t) (gt + 1 - p)))
			return false;
		tl = (size_t) (gt - lt);
		if (tl > 5 && memcmp(lt, "<page", 5) == 0 && (lt[5] == ' ' || lt[5] == '>'))
			page++;
		else if (tl > 6 && memcmp(lt, "<text ", 6) == 0)
		{
			const char *te = gdr_memmem(gt + 1, (size_t) (end - gt - 1), "</text>", 7);
			double		top = attr_num(lt, tl, " top=\"", 6),
						left = attr_num(lt, tl, " left=\"", 7),
						wd = attr_num(lt, tl, " width=\"", 8),
						ht = attr_num(lt, tl, " height=\"", 9);
			const char *c;
			word	   *x;

			if (te == NULL)
				break;
			if (top >= 0 && left >= 0 && wd >= 0 && ht >= 0)
			{
				if ((x = new_word(ctx, &w, &nw, &maxw)) == NULL)
					return false;
				x->page = page;
				x->left = left;
				x->top = top;
				x->width = wd;
				x->height = ht;
				/* (an offset into txt until it stops growing) */
				x->t = NULL;
				x->n = txt.len;
				/* the run's text, its markup left out */
				for (c = gt + 1; c < te;)
				{
					const char *m = memchr(c, '<', (size_t) (te - c));
					const char *me = m ? m : te;

					if (!put_xml_char(ctx, &txt, c, (size_t) (me - c)))
						return false;
					if (m == NULL)
						break;
					m = memchr(m, '>', (size_t) (te - m));
					c = m ? m + 1 : te;
				}
			}
			gt = te + 6;
		}
		p = gt + 1;
	}
	return lay_out_txt(ctx, w, nw, &txt, 0.18, out);
}
