/*
 * odt.c -- a report kept as OpenDocument XML: the content.xml of an .odt,
 * or a flat .fodt (LibreOffice, WPS), usually one line of XML:
 *
 *     <text:p text:style-name="P3">二、主动公开政府信息情况</text:p>
 *     <table:table table:name="表格1"><table:table-column …/>
 *       <table:table-row><table:table-cell table:number-columns-spanned="4"
 *         office:value-type="string"><text:p>第二十条第（一）项</text:p>
 *       </table:table-cell><table:covered-table-cell/>…</table:table-row>
 *
 * It is rewritten as HTML and read by the HTML reader, which expands the
 * spans: paragraphs and headings as <p>, tables, rows and cells as theirs
 * (table:number-columns-spanned and -rows-spanned as colspan and rowspan),
 * the covered cells a span hides dropped (HTML implies them), <text:s/> as
 * its spaces, <text:tab/> as a space, <text:line-break/> as <br>.  Every
 * other element (styles, fonts, frames, page breaks, spans) is dropped and
 * its text kept; the XML's entities are HTML's.
 *
 * Detected by "<office:document-content" or "<office:document " near the
 * start of a text that begins with '<'.
 */
#include <stdio.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define ODT_DETECT 4096

bool
gdr_odt_detect(const char *s, size_t len)
{
	size_t		n = len < ODT_DETECT ? len : ODT_DETECT,
				i = 0;

	/* XML begins with its declaration or root: '<' first (after a BOM) */
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
		i++;
	if (i >= n || s[i] != '<')
		return false;
	return gdr_find_lit(s, n, "<office:document-content") != NULL ||
		gdr_find_lit(s, n, "<office:document ") != NULL;
}

/* is the tag at p (after '<' and an optional '/') the element name? */
static bool
name_is(const char *p, const char *e, const char *name)
{
	size_t		n = strlen(name);

	/* (e is the tag's '>') */
	return (size_t) (e - p) >= n && memcmp(p, name, n) == 0 &&
		(p + n == e || p[n] == ' ' || p[n] == '/' || p[n] == '\t' ||
		 p[n] == '\n' || p[n] == '\r');
}

/* the number in attribute attr="N" of the tag [p, e), or dflt */
static int
int_attr(const char *p, const char *e, const char *attr, int dflt)
{
	const char *v = gdr_memmem(p, (size_t) (e - p), attr, strlen(attr));
	int			n = 0;

	if (v == NULL)
		return dflt;
	v += strlen(attr);
	while (v < e && *v >= '0' && *v <= '9' && n < 100000)
		n = n * 10 + (*v++ - '0');
	return n > 0 ? n : dflt;
}

static bool
to_html(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *h)
{
	const char *p = s,
			   *end = s + len;
	size_t		budget = 0;

	if (!gdr_buf_reserve(ctx, h, len / 2 + 64) ||
		!gdr_buf_append(ctx, h, "<html><body>\n", 13))
		return false;
	while (p < end)
	{
		const char *lt = memchr(p, '<', (size_t) (end - p));
		const char *gt,
				   *n;
		bool		closing,
					empty;

		if (lt == NULL)
			lt = end;
		/* text: as it is (its entities are HTML's), blank runs as they are */
		if (lt > p && !gdr_buf_append(ctx, h, p, (size_t) (lt - p)))
			return false;
		if (lt == end)
			break;
		gt = memchr(lt, '>', (size_t) (end - lt));
		if (gt == NULL)
			break;
		if ((size_t) (gt - s) >= budget)
		{
			if (gdr_work(ctx, (size_t) (gt - p) + 16384))
				return false;
			budget = (size_t) (gt - s) + 16384;
		}
		n = lt + 1;
		closing = *n == '/';
		if (closing)
			n++;
		empty = gt[-1] == '/';
		if (name_is(n, gt, "text:p") || name_is(n, gt, "text:h"))
		{
			if (!gdr_buf_append(ctx, h, closing ? "</p>\n" : empty ? "<p></p>" : "<p>",
								closing ? 5 : empty ? 7 : 3))
				return false;
		}
		else if (name_is(n, gt, "table:table"))
		{
			if (!gdr_buf_append(ctx, h, closing ? "</table>\n" : "<table>", closing ? 9 : 7))
				return false;
		}
		else if (name_is(n, gt, "table:table-row"))
		{
			if (!gdr_buf_append(ctx, h, closing ? "</tr>\n" : "<tr>", closing ? 6 : 4))
				return false;
		}
		else if (name_is(n, gt, "table:table-cell"))
		{
			if (closing)
			{
				if (!gdr_buf_append(ctx, h, "</td>", 5))
					return false;
			}
			else
			{
				char		td[64];
				int			k = snprintf(td, sizeof(td), "<td colspan=\"%d\" rowspan=\"%d\">%s",
										 int_attr(n, gt, "table:number-columns-spanned=\"", 1),
										 int_attr(n, gt, "table:number-rows-spanned=\"", 1),
										 empty ? "</td>" : "");

				if (!gdr_buf_append(ctx, h, td, (size_t) k))
					return false;
			}
		}
		else if (name_is(n, gt, "text:s") && !closing)
		{
			int			c = int_attr(n, gt, "text:c=\"", 1);

			/* (a run of spaces is one to the HTML reader: a few stand for any) */
			if (c > 8)
				c = 8;
			while (c-- > 0)
				if (!gdr_buf_putc(ctx, h, ' '))
					return false;
		}
		else if (name_is(n, gt, "text:tab") && !closing)
		{
			if (!gdr_buf_putc(ctx, h, ' '))
				return false;
		}
		else if (name_is(n, gt, "text:line-break") && !closing)
		{
			if (!gdr_buf_append(ctx, h, "<br>", 4))
				return false;
		}
		else if (!closing && !empty &&
				 (name_is(n, gt, "table:covered-table-cell") ||
				  name_is(n, gt, "office:annotation") || name_is(n, gt, "text:tracked-changes")))
		{
			/* its content is not the document's text */
			const char *c = gdr_find_lit(gt, (size_t) (end - gt),
										 name_is(n, gt, "office:annotation") ? "</office:annotation>" :
										 name_is(n, gt, "text:tracked-changes") ? "</text:tracked-changes>" :
										 "</table:covered-table-cell>");

			/* (not closed: only the tag is dropped) */
			if (c != NULL && (c = memchr(c, '>', (size_t) (end - c))) != NULL)
				gt = c;
		}
		/* every other tag: dropped */
		p = gt + 1;
	}
	return gdr_buf_append(ctx, h, "</body></html>\n", 15);
}

bool
gdr_odt_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	gdr_buf		h = {0};

	if (!to_html(ctx, s, len, &h))
		return false;
	return gdr_html_to_text(ctx, h.data, h.len, out);
}
