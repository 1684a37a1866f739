/*
 * docx.c -- a report kept as the XML inside a .docx (word/document.xml):
 * paragraphs <w:p> of runs <w:r> whose text <w:t> may cut a word or a
 * number anywhere, and tables <w:tbl> of rows <w:tr> of cells <w:tc>, a
 * cell's width in grid columns in <w:gridSpan w:val="N"/>, a cell merged
 * with the one above in <w:vMerge/> (<w:vMerge w:val="restart"/> begins
 * the merge).
 *
 * It is rewritten as HTML -- a paragraph per <w:p>, a <td colspan=N> per
 * cell, a merged cell given the text of the cell that begins its merge (as
 * the HTML reader fills a rowspan), the runs' text joined -- and read by
 * the HTML reader.  Every other element (properties, fonts, bookmarks,
 * proofing marks) is dropped; the XML's entities are HTML's.
 *
 * Word 2003's XML (WordprocessingML, <w:wordDocument>, one file, as
 * LibreOffice still saves it) has the same body; its merge is <w:vmerge>.
 *
 * Detected by "<w:document", "<w:wordDocument" or "<w:body" near the start.
 */
#include <stdio.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define DOCX_MAXCOLS	64
#define DOCX_DETECT		4096

typedef struct docx
{
	gdr_ctx    *ctx;
	gdr_buf    *h;
	int			tables;			/* open <w:tbl> */
	bool		in_cell;
	bool		cell_text;		/* a paragraph of the cell has been written */
	size_t		td;				/* where the cell's "<td" is in h */
	size_t		text;			/* where the cell's text starts in h */
	int			col;			/* the cell's first grid column */
	int			span;			/* its gridSpan */
	int			vmerge;			/* 0 none, 1 restart, 2 continue */
	char	   *above[DOCX_MAXCOLS];	/* text of the merge begun above */
	size_t		above_len[DOCX_MAXCOLS];
} docx;

/* the tag's local name at p (after '<' and an optional '/'): w:xxx */
static bool
tag_is(const char *p, const char *e, const char *name)
{
	size_t		n = strlen(name);

	return (size_t) (e - p) > n && memcmp(p, name, n) == 0 &&
		(p[n] == '>' || p[n] == ' ' || p[n] == '/' || p[n] == '\t' || p[n] == '\n');
}

/* the w:val attribute of the tag [p, e): its number, or -1 */
static int
val_attr(const char *p, const char *e, bool *restart)
{
	const char *v = gdr_memmem(p, (size_t) (e - p), "w:val=\"", 7);
	int			n = 0;

	*restart = false;
	if (v == NULL)
		return -1;
	v += 7;
	if (e - v >= 7 && memcmp(v, "restart", 7) == 0)
		*restart = true;
	while (v < e && *v >= '0' && *v <= '9' && n < 1000)
		n = n * 10 + (*v++ - '0');
	return n;
}

static bool
cell_end(docx *d)
{
	gdr_buf    *h = d->h;
	int			i;

	if (!d->in_cell)
		return true;
	d->in_cell = false;
	if (d->span > 1)
	{
		/* "<td" -> "<td colspan=N" */
		char		attr[32];
		int			n = snprintf(attr, sizeof(attr), " colspan=\"%d\"", d->span);

		if (!gdr_buf_reserve(d->ctx, h, (size_t) n))
			return false;
		memmove(h->data + d->td + 3 + n, h->data + d->td + 3, h->len - d->td - 3);
		h->len += (size_t) n;
		memcpy(h->data + d->td + 3, attr, (size_t) n);
		d->text += (size_t) n;
	}
	if (d->vmerge == 2 && d->col < DOCX_MAXCOLS && d->above[d->col] != NULL &&
		h->len == d->text)
	{
		/* a merged cell: the text of the cell its merge began with */
		if (!gdr_buf_append(d->ctx, h, d->above[d->col], d->above_len[d->col]))
			return false;
	}
	else if (d->vmerge == 1)
	{
		char	   *keep = gdr_strndup(d->ctx, h->data + d->text, h->len - d->text);

		if (keep == NULL)
			return false;
		for (i = 0; i < d->span && d->col + i < DOCX_MAXCOLS; i++)
		{
			d->above[d->col + i] = keep;
			d->above_len[d->col + i] = h->len - d->text;
		}
	}
	else if (d->vmerge == 0)
		for (i = 0; i < d->span && d->col + i < DOCX_MAXCOLS; i++)
			d->above[d->col + i] = NULL;
	d->col += d->span;
	return gdr_buf_append(d->ctx, h, "</td>", 5);
}

bool
gdr_docx_detect(const char *s, size_t len)
{
	const char *q = s,
			   *e = s + (len < DOCX_DETECT ? len : DOCX_DETECT);

	/* by its '<'s (memchr: plain text has none) */
	while ((q = memchr(q, '<', (size_t) (e - q))) != NULL)
	{
		if (e - q >= 7 && q[1] == 'w' && q[2] == ':' &&
			((e - q >= 11 && memcmp(q + 3, "document", 8) == 0) || memcmp(q + 3, "body", 4) == 0 ||
			 (e - q >= 15 && memcmp(q + 3, "wordDocument", 12) == 0)))
			return true;
		q++;
	}
	return false;
}

bool
gdr_docx_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	gdr_buf		h = {0};
	docx		d;
	const char *p = s,
			   *end = s + len;
	bool		in_t = false;

	memset(&d, 0, sizeof(d));
	d.ctx = ctx;
	d.h = &h;
	if (!gdr_buf_reserve(ctx, &h, len / 4 + 64) ||
		!gdr_buf_append(ctx, &h, "<html><body>", 12))
		return false;
	while (p < end)
	{
		const char *lt = memchr(p, '<', (size_t) (end - p));
		const char *gt;
		const char *t;
		bool		close,
					ok = true;

		if (lt == NULL)
			lt = end;
		/* text: only inside <w:t> */
		if (in_t && lt > p && !gdr_buf_append(ctx, &h, p, (size_t) (lt - p)))
			return false;
		if (lt == end)
			break;
		gt = memchr(lt, '>', (size_t) (end - lt));
		if (gt == NULL)
			break;
		if (gdr_work(ctx, (size_t) (gt + 1 - p)))
			return false;
		p = gt + 1;
		close = lt[1] == '/';
		t = lt + 1 + (close ? 1 : 0);
		if (tag_is(t, gt + 1, "w:t"))
			in_t = !close && gt[-1] != '/';
		else if (tag_is(t, gt + 1, "w:tbl"))
		{
			if (close && d.tables > 0)
			{
				d.tables--;
				ok = cell_end(&d) && gdr_buf_append(ctx, &h, "</table>", 8);
			}
			else if (!close)
			{
				d.tables++;
				ok = gdr_buf_append(ctx, &h, "<table>", 7);
				memset(d.above, 0, sizeof(d.above));
			}
		}
		else if (tag_is(t, gt + 1, "w:tr"))
		{
			ok = cell_end(&d) && gdr_buf_append(ctx, &h, close ? "</tr>" : "<tr>", close ? 5 : 4);
			d.col = 0;
		}
		else if (tag_is(t, gt + 1, "w:tc"))
		{
			ok = cell_end(&d);
			if (ok && !close)
			{
				d.in_cell = true;
				d.cell_text = false;
				d.td = h.len;
				d.span = 1;
				d.vmerge = 0;
				ok = gdr_buf_append(ctx, &h, "<td>", 4);
				d.text = h.len;
			}
		}
		else if (d.in_cell && !close && tag_is(t, gt + 1, "w:gridSpan"))
		{
			bool		r;
			int			v = val_attr(lt, gt, &r);

			if (v > 1)
				d.span = v < DOCX_MAXCOLS ? v : DOCX_MAXCOLS;
		}
		else if (d.in_cell && !close && (tag_is(t, gt + 1, "w:vMerge") ||
										 tag_is(t, gt + 1, "w:vmerge")))
		{
			bool		r;

			(void) val_attr(lt, gt, &r);
			d.vmerge = r ? 1 : 2;
		}
		else if (tag_is(t, gt + 1, "w:p"))
		{
			if (d.in_cell)
			{
				/* the cell's paragraphs: a space between them */
				if (!close && d.cell_text && h.len > d.text)
					ok = gdr_buf_putc(ctx, &h, ' ');
				d.cell_text = true;
			}
			else if (d.tables == 0)
				ok = gdr_buf_append(ctx, &h, close ? "</p>\n" : "<p>", close ? 5 : 3);
		}
		else if (!close && (tag_is(t, gt + 1, "w:tab") || tag_is(t, gt + 1, "w:br")))
			ok = gdr_buf_putc(ctx, &h, d.in_cell ? ' ' : '\n');
		if (!ok)
			return false;
	}
	if (!cell_end(&d) || !gdr_buf_append(ctx, &h, "</body></html>", 14))
		return false;
	return gdr_html_to_text(ctx, h.data, h.len, out);
}
