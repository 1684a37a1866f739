/*
 * warc.c -- a page kept as a web archive record (WARC, ISO 28500: wget
 * --warc-file, Heritrix, Browsertrix): "WARC/1.0" records, each a header
 * block, a blank line and Content-Length bytes of content.  The page is
 * the content of the first response record (WARC-Type: response), an HTTP
 * response whose own headers end at a blank line; its body is what the
 * readers see.  A body sent compressed or in chunks (Content-Encoding,
 * Transfer-Encoding: chunked) is not undone: the text is then read as it
 * is, and says nothing.
 *
 * Detected by "WARC/1." at the start.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

bool
gdr_warc_detect(const char *s, size_t len)
{
	return len > 8 && memcmp(s, "WARC/1.", 7) == 0;
}

/* the end of the header block at p (after its blank line), or NULL */
static const char *
headers_end(const char *p, const char *end)
{
	while (p < end)
	{
		const char *nl = memchr(p, '\n', (size_t) (end - p));

		if (nl == NULL)
			return NULL;
		if (nl == p || (nl == p + 1 && *p == '\r'))
			return nl + 1;
		p = nl + 1;
	}
	return NULL;
}

/* is header name: in [a, b) (at a line start)? its value's start, or NULL */
static const char *
header(const char *a, const char *b, const char *name)
{
	size_t		n = strlen(name);
	const char *p = a;

	while (p < b)
	{
		const char *nl = memchr(p, '\n', (size_t) (b - p));
		const char *le = nl ? nl : b;

		if ((size_t) (le - p) > n && strncasecmp(p, name, n) == 0)
		{
			const char *v = p + n;

			while (v < le && *v == ' ')
				v++;
			return v;
		}
		p = le + 1;
	}
	return NULL;
}

bool
gdr_warc_body(const char *s, size_t len, size_t *off, size_t *blen)
{
	const char *p = s,
			   *end = s + len;

	while (p < end && (size_t) (end - p) > 8 && memcmp(p, "WARC/1.", 7) == 0)
	{
		const char *h = headers_end(p, end);
		const char *cl,
				   *type;
		size_t		n;

		if (h == NULL || (cl = header(p, h, "Content-Length:")) == NULL)
			return false;
		while (cl < h && *cl == ' ')
			cl++;
		n = (size_t) gdr_digits(cl, h, (long long) (end - h));
		if (n > (size_t) (end - h))
			n = (size_t) (end - h);
		type = header(p, h, "WARC-Type:");
		if (type != NULL && strncmp(type, "response", 8) == 0)
		{
			/* the HTTP response: its headers, then the page */
			const char *rend = h + n;
			const char *b = headers_end(h, rend);

			if (b == NULL || (rend - h > 5 && memcmp(h, "HTTP/", 5) != 0) ||
				header(h, b, "Content-Encoding:") != NULL ||
				header(h, b, "Transfer-Encoding:") != NULL)
				return false;
			*off = (size_t) (b - s);
			*blen = (size_t) (rend - b);
			return true;
		}
		/* the next record: after the content and its two line breaks */
		p = h + n;
		while (p < end && (*p == '\r' || *p == '\n'))
			p++;
	}
	return false;
}
