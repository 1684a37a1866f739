/*
 * mhtml.c -- a page saved by a browser as one file (MHTML: Chrome's "save
 * as single file", IE's .mht): a MIME message whose first text/html part
 * is the page, usually quoted-printable
 *
 *     From: <Saved by Blink>
 *     MIME-Version: 1.0
 *     Content-Type: multipart/related; type="text/html"; boundary="----…"
 *
 *     ------…
 *     Content-Type: text/html
 *     Content-Transfer-Encoding: quoted-printable
 *
 *     <html><head><meta http-equiv=3D"Content-Type" …>=
 *     …
 *
 * The page's part is decoded (=XX bytes, soft line breaks "=\n" removed)
 * and the HTML reader reads it.  Only UTF-8 pages are what Chrome writes;
 * another charset comes out as invalid UTF-8, which the normaliser
 * replaces (U+FFFD): the figures that survive are read, none made up.
 *
 * Detected by "MIME-Version:" in the message header (its first 2 KiB) and a
 * text/html part: a few memmem calls over the head of the text.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define HEAD 2048

static const char *
find(const char *s, size_t len, const char *needle)
{
	return gdr_memmem(s, len, needle, strlen(needle));
}

bool
gdr_mhtml_detect(const char *s, size_t len)
{
	size_t		h = len < HEAD ? len : HEAD;

	/* cheap first: a MIME header line starts the text */
	if (len < 40 || (s[0] != 'F' && s[0] != 'M' && s[0] != 'S' && s[0] != 'D' &&
					 s[0] != 'C' && s[0] != 'X'))
		return false;
	return find(s, h, "MIME-Version:") != NULL &&
		find(s, h, "multipart/related") != NULL &&
		find(s, len, "Content-Type: text/html") != NULL;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

bool
gdr_mhtml_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *end = s + len;
	const char *part = find(s, len, "Content-Type: text/html");
	const char *body,
			   *stop,
			   *p;
	bool		qp;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	/* the part's headers end at its first empty line */
	body = find(part, (size_t) (end - part), "\n\n");
	p = find(part, (size_t) (end - part), "\n\r\n");
	if (p && (!body || p < body))
		body = p + 3;
	else if (body)
		body += 2;
	if (body == NULL)
		body = end;
	qp = find(part, (size_t) (body - part), "quoted-printable") != NULL;
	/* the part ends at the next boundary line ("\n--") */
	stop = find(body, (size_t) (end - body), "\n--");
	if (stop == NULL)
		stop = end;

	for (p = body; p < stop;)
	{
		/* a tick per 4 KiB */
		if (((size_t) (p - body) & 4095) == 0 && gdr_work(ctx, 4096))
			return false;
		if (qp && *p == '=')
		{
			/* a soft line break */
			if (p + 1 < stop && p[1] == '\n')
			{
				p += 2;
				continue;
			}
			if (p + 2 < stop && p[1] == '\r' && p[2] == '\n')
			{
				p += 3;
				continue;
			}
			if (p + 2 < stop && hexval(p[1]) >= 0 && hexval(p[2]) >= 0)
			{
				out->data[out->len++] = (char) (hexval(p[1]) << 4 | hexval(p[2]));
				p += 3;
				continue;
			}
		}
		out->data[out->len++] = *p++;
	}
	out->data[out->len] = '\0';
	return ctx->status == 0;
}

/*
 * Markdown (or plain text) with tables as inline HTML, as PDF-to-markdown
 * tools (MinerU, marker) write them: one line holds a whole
 * <table>…</table>.  The text is too little markup for the HTML reader,
 * which would also run its paragraphs together; each table alone goes
 * through it, the lines around it are kept as they are.
 */
bool
gdr_inline_tables_detect(const char *s, size_t len)
{
	const char *t;

	if (memchr(s, '<', len) == NULL)
		return false;
	t = find(s, len, "<table");
	return t != NULL && find(t, (size_t) (s + len - t), "</table>") != NULL;
}

bool
gdr_inline_tables_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *end = s + len;
	const char *p = s;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	while (p < end)
	{
		const char *t = find(p, (size_t) (end - p), "<table");
		const char *e,
				   *a;
		gdr_buf		tb = {0};

		if (t == NULL)
			break;
		e = find(t, (size_t) (end - t), "</table>");
		if (e == NULL)
			break;
		e += 8;
		/* the whole lines that hold the table: from the start of its line */
		a = t;
		while (a > p && a[-1] != '\n')
			a--;
		if (!gdr_buf_append(ctx, out, p, (size_t) (a - p)))
			return false;
		/* a <html><body> before it on the line goes with it */
		if (!gdr_html_to_text(ctx, a, (size_t) (e - a), &tb))
			return false;
		if (!gdr_buf_append(ctx, out, tb.data ? tb.data : "", tb.len) ||
			!gdr_buf_putc(ctx, out, '\n'))
			return false;
		p = e;
	}
	/* (gdr_buf_append ends the text with a NUL) */
	return gdr_buf_append(ctx, out, p, (size_t) (end - p));
}
