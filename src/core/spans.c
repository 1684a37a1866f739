/*
 * spans.c -- pandoc's bracketed spans: [text]{.class key="value"}.
 *
 * pandoc -t markdown writes a .docx's tracked changes and comments as
 * spans: "[862]{.deletion author=… date=…}[826]{.insertion …}",
 * "[comment text]{.comment-start id=…}" … "[]{.comment-end id=…}".  Read
 * as they are, the deleted figure and the reviewer's comment (which quotes
 * old and new figures) stand beside the figure in force.
 *
 * The document with every change accepted is kept: a deletion and a
 * comment are dropped with their text, an insertion (and any other span:
 * underline, mark, smallcaps) keeps its text without the brackets and the
 * attributes.  The attributes may run over several lines; a span whose
 * attribute block does not end within SPAN_ATTR_MAX bytes is left as it is.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define SPAN_DEPTH		32
#define SPAN_ATTR_MAX	1024

bool
gdr_spans_detect(const char *s, size_t len)
{
	return gdr_memmem(s, len, "]{.", 3) != NULL;
}

/* does the class at s[0..n) drop its text? */
static bool
drops_text(const char *s, size_t n)
{
	return (n == 8 && memcmp(s, "deletion", 8) == 0) ||
		(n == 13 && memcmp(s, "comment-start", 13) == 0) ||
		(n == 11 && memcmp(s, "comment-end", 11) == 0);
}

bool
gdr_spans_strip(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	size_t		open[SPAN_DEPTH];
	int			depth = 0;
	size_t		i = 0,
				tick = 0;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	while (i < len)
	{
		char		c = s[i];

		if (i >= tick)
		{
			if (gdr_work(ctx, 4096))
				return false;
			tick = i + 4096;
		}

		if (c == '[')
		{
			if (depth < SPAN_DEPTH)
				open[depth++] = out->len;
			else
				depth = 0;		/* (nesting that deep: not spans) */
		}
		else if (c == ']' && depth > 0)
		{
			size_t		at = open[--depth];

			if (len - i > 3 && s[i + 1] == '{' && s[i + 2] == '.')
			{
				const char *cls = s + i + 3;
				size_t		lim = len - i - 3 < SPAN_ATTR_MAX ? len - i - 3 : SPAN_ATTR_MAX;
				const char *close = memchr(cls, '}', lim);
				size_t		cl = 0;

				if (close != NULL)
				{
					while (cls + cl < close && cls[cl] != ' ' && cls[cl] != '\n' &&
						   cls[cl] != '\r' && cls[cl] != '\t')
						cl++;
					if (drops_text(cls, cl))
						out->len = at;
					else
					{
						/* the text without its '[' */
						memmove(out->data + at, out->data + at + 1, out->len - at - 1);
						out->len--;
					}
					out->data[out->len] = '\0';
					i = (size_t) (close - s) + 1;
					continue;
				}
			}
		}
		out->data[out->len++] = c;
		i++;
	}
	out->data[out->len] = '\0';
	return ctx->status == 0;
}
