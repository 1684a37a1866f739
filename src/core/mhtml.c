/*
 * mhtml.c -- a MIME message: a page saved by a browser as one file (MHTML:
 * Chrome's "save as single file", IE's .mht) or a report sent by e-mail
 * (an .eml, as a mail client saves it)
 *
 *     From: <Saved by Blink>                Received: from …
 *     MIME-Version: 1.0                     MIME-Version: 1.0
 *     Content-Type: multipart/related; …    Content-Type: multipart/alternative; …
 *
 *     ------…
 *     Content-Type: text/html
 *     Content-Transfer-Encoding: quoted-printable      (or base64)
 *
 *     <html><head><meta http-equiv=3D"Content-Type" …>=
 *     …
 *
 * The first text/html part is the page (in an e-mail's alternatives it
 * holds what the text/plain one holds, with the tables); without one, the
 * first text/plain part.  Its body is decoded (quoted-printable or
 * base64) and, when its charset is GB2312/GBK/GB18030 or Big5, converted
 * to UTF-8 by ICU; the readers after take it from there.  Another charset
 * comes out as invalid UTF-8, which the normaliser replaces (U+FFFD): the
 * figures that survive are read, none made up.
 *
 * Detected by "MIME-Version:" in the message header (its first 2 KiB) and
 * a text part: a few memmem calls over the head of the text.
 */
#include <string.h>

#include <unicode/ucnv.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define HEAD 2048

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* does s[0..len) begin with lit (lower case), ignoring case? */
static bool
istarts(const char *s, size_t len, const char *lit)
{
	size_t		i;

	for (i = 0; lit[i]; i++)
		if (i >= len || lower(s[i]) != lit[i])
			return false;
	return true;
}

/*
 * The first header line "Content-Type: <type>" (any case) in s[0..len)
 * that starts a line: the line's start, or NULL
 */
static const char *
find_part(const char *s, size_t len, const char *type)
{
	const char *p = s,
			   *e = s + len;

	while (p < e)
	{
		const char *nl = memchr(p, '\n', (size_t) (e - p));
		const char *le = nl ? nl : e;

		if ((*p == 'C' || *p == 'c') && istarts(p, (size_t) (le - p), "content-type:"))
		{
			const char *v = p + 13;

			while (v < le && (*v == ' ' || *v == '\t'))
				v++;
			if (istarts(v, (size_t) (le - v), type))
				return p;
		}
		p = nl ? nl + 1 : e;
	}
	return NULL;
}

bool
gdr_mhtml_detect(const char *s, size_t len)
{
	size_t		h = len < HEAD ? len : HEAD;

	/*
	 * cheap first: a header line starts the text (From:, MIME-Version:,
	 * Subject:, Date:, Content-…, X-…, Received:, Return-Path:,
	 * Delivered-To:)
	 */
	if (len < 40 || (s[0] != 'F' && s[0] != 'M' && s[0] != 'S' && s[0] != 'D' &&
					 s[0] != 'C' && s[0] != 'X' && s[0] != 'R'))
		return false;
	/* (some mailers, Foxmail among them, write no MIME-Version) */
	if (gdr_find_lit(s, h, "MIME-Version:") == NULL && gdr_find_lit(s, h, "Mime-Version:") == NULL &&
		gdr_find_lit(s, h, "Content-Type: multipart/") == NULL)
		return false;
	return find_part(s, len, "text/html") != NULL ||
		find_part(s, len, "text/plain") != NULL;
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

static int
b64val(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/*
 * The value of parameter `name=` (lower case) in a header area, quoted or
 * not, into buf (at most cap - 1 bytes); false when absent
 */
static bool
param(const char *s, size_t len, const char *name, char *buf, size_t cap)
{
	size_t		nl = strlen(name),
				i,
				n = 0;

	for (i = 0; i + nl <= len; i++)
	{
		const char *v;
		bool		quoted;

		if (!istarts(s + i, len - i, name) ||
			(i > 0 && s[i - 1] != ' ' && s[i - 1] != ';' && s[i - 1] != '\t' && s[i - 1] != '\n'))
			continue;
		v = s + i + nl;
		quoted = v < s + len && *v == '"';
		if (quoted)
			v++;
		while (v < s + len && n + 1 < cap && *v != '\r' && *v != '\n' &&
			   (quoted ? *v != '"' : (*v != ';' && *v != ' ' && *v != '\t')))
			buf[n++] = *v++;
		buf[n] = '\0';
		return n > 0;
	}
	return false;
}

/*
 * the ICU converter for a charset's label (a part's, a page's), NULL for
 * UTF-8 or unknown; mojibake.c's too
 */
const char *
gdr_icu_charset(const char *cs)
{
	char		l[24];
	size_t		i;

	for (i = 0; cs[i] && i + 1 < sizeof(l); i++)
		l[i] = lower(cs[i]);
	l[i] = '\0';
	/* GB2312 labels are GBK in practice; GB18030 reads both */
	if (strcmp(l, "gb2312") == 0 || strcmp(l, "gbk") == 0 ||
		strcmp(l, "gb18030") == 0 || strcmp(l, "x-gbk") == 0 ||
		strcmp(l, "cp936") == 0 || strcmp(l, "euc-cn") == 0)
		return "GB18030";
	if (strcmp(l, "big5") == 0 || strcmp(l, "big5-hkscs") == 0 || strcmp(l, "cp950") == 0)
		return "windows-950";
	return NULL;
}

bool
gdr_mhtml_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *end = s + len;
	const char *part = find_part(s, len, "text/html");
	const char *body,
			   *stop,
			   *p;
	char		bnd[80],
				cs[24];
	const char *conv;			/* ICU's name for a legacy charset */
	bool		qp,
				b64;
	int			acc = 0,
				nacc = 0;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	if (part == NULL)
		part = find_part(s, len, "text/plain");
	if (part == NULL)
		part = s;
	/* the part's headers end at its first empty line */
	body = gdr_find_lit(part, (size_t) (end - part), "\n\n");
	p = gdr_find_lit(part, (size_t) (end - part), "\n\r\n");
	if (p && (!body || p < body))
		body = p + 3;
	else if (body)
		body += 2;
	if (body == NULL)
		body = end;
	qp = b64 = false;
	for (p = part; p < body; p++)
		if ((*p == 'C' || *p == 'c') && istarts(p, (size_t) (body - p), "content-transfer-encoding:"))
		{
			const char *v = p + 26;

			while (v < body && (*v == ' ' || *v == '\t'))
				v++;
			qp = istarts(v, (size_t) (body - v), "quoted-printable");
			b64 = istarts(v, (size_t) (body - v), "base64");
			break;
		}
	if (!param(part, (size_t) (body - part), "charset=", cs, sizeof(cs)))
		cs[0] = '\0';

	/*
	 * the part ends at the next boundary line: "--" and the boundary that
	 * encloses it (the nearest one declared before it), else any line
	 * beginning "--"
	 */
	stop = NULL;
	{
		const char *q = s,
				   *b;

		bnd[0] = '\0';
		while ((b = gdr_find_lit(q, (size_t) (part - q), "oundary=")) != NULL)
		{
			if (b > s)
				param(b - 1, (size_t) (part - b + 1), "boundary=", bnd, sizeof(bnd));
			q = b + 8;
		}
		if (bnd[0])
		{
			char		line[84];

			line[0] = '\n';
			line[1] = line[2] = '-';
			strcpy(line + 3, bnd);
			stop = gdr_find_lit(body, (size_t) (end - body), line);
		}
		else
			stop = gdr_find_lit(body, (size_t) (end - body), "\n--");
	}
	if (stop == NULL)
		stop = end;

	for (p = body; p < stop;)
	{
		/* a tick per 4 KiB */
		if (((size_t) (p - body) & 4095) == 0 && gdr_work(ctx, 4096))
			return false;
		if (b64)
		{
			int			v = b64val(*p++);

			if (v < 0)
				continue;		/* line breaks, padding */
			acc = acc << 6 | v;
			if (++nacc == 4)
			{
				out->data[out->len++] = (char) (acc >> 16);
				out->data[out->len++] = (char) (acc >> 8 & 0xFF);
				out->data[out->len++] = (char) (acc & 0xFF);
				acc = nacc = 0;
			}
			continue;
		}
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
	/* the last quantum's bytes ("xx==" gives one, "xxx=" two) */
	if (b64 && nacc >= 2)
	{
		acc <<= 6 * (4 - nacc);
		out->data[out->len++] = (char) (acc >> 16);
		if (nacc == 3)
			out->data[out->len++] = (char) (acc >> 8 & 0xFF);
	}
	out->data[out->len] = '\0';
	if (ctx->status)
		return false;

	/* a legacy charset to UTF-8 */
	conv = cs[0] ? gdr_icu_charset(cs) : NULL;
	if (conv && out->len > 0 && out->len < (size_t) INT32_MAX / 3)
	{
		UErrorCode	err = U_ZERO_ERROR;
		int32_t		cap = (int32_t) (out->len * 3 / 2 + 16);
		char	   *u8 = gdr_alloc(ctx, (size_t) cap + 1);
		int32_t		n;

		if (u8 == NULL)
			return false;
		n = ucnv_convert("UTF-8", conv, u8, cap, out->data, (int32_t) out->len, &err);
		if (U_SUCCESS(err) && err != U_STRING_NOT_TERMINATED_WARNING)
		{
			u8[n] = '\0';
			out->data = u8;
			out->len = (size_t) n;
			out->cap = (size_t) cap + 1;
		}
	}
	return true;
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
	t = gdr_find_lit(s, len, "<table");
	return t != NULL && gdr_find_lit(t, (size_t) (s + len - t), "</table>") != NULL;
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
		const char *t = gdr_find_lit(p, (size_t) (end - p), "<table");
		const char *e,
				   *a;
		gdr_buf		tb = {0};

		if (t == NULL)
			break;
		e = gdr_find_lit(t, (size_t) (end - t), "</table>");
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
