/*
 * vertical.c -- text set vertically (竖排: a 侨刊, a gazette's old-style
 * page), as pdftotext gives it: each glyph placed on its own, so each
 * character comes on a line of its own, in reading order (column after
 * column), with the page's horizontal running head and page number as
 * ordinary lines among them.  Read as it is, no sentence holds a keyword
 * and its figure together; the page number's digit is the only number.
 *
 * Taken for such text when, of its lines that hold anything, at least
 * VERT_MIN hold one character alone and they are VERT_RATIO times as many
 * as the others.  Runs of one-character lines are then joined into one
 * line; every other line stays a line of its own.  A quick look at the
 * text's first bytes (a line break every few bytes) keeps the pass off
 * every other text.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define VERT_MIN	100
#define VERT_RATIO	8
#define VERT_PEEK	512

/* the length of the UTF-8 character at s[0] (1 for a stray byte) */
static inline size_t
u8len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* is s[a..b) one character, with blanks around it? */
static bool
one_char(const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
		b--;
	return b > a && u8len((unsigned char) s[a]) == b - a;
}

static bool
blank(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (s[a] != ' ' && s[a] != '\t' && s[a] != '\r')
			return false;
	return true;
}

bool
gdr_vertical(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	size_t		peek = len < VERT_PEEK ? len : VERT_PEEK;
	size_t		i,
				nl = 0;
	int			one = 0,
				other = 0;
	bool		run = false;

	*changed = false;
	for (i = 0; i < peek && nl < peek / 8; i++)
	{
		const char *e = memchr(s + i, '\n', peek - i);

		if (e == NULL)
			break;
		nl++;
		i = (size_t) (e - s);
	}
	if (nl < peek / 8)
		return true;
	for (i = 0; i < len;)
	{
		const char *e = memchr(s + i, '\n', len - i);
		size_t		q = e ? (size_t) (e - s) : len;

		if (gdr_work(ctx, q - i + 1))
			return false;
		if (one_char(s, i, q))
			one++;
		else if (!blank(s, i, q))
			other++;
		i = q + 1;
	}
	if (one < VERT_MIN || one < other * VERT_RATIO)
		return true;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	for (i = 0; i < len;)
	{
		const char *e = memchr(s + i, '\n', len - i);
		size_t		q = e ? (size_t) (e - s) : len;
		size_t		a = i,
					b = q;

		if (gdr_work(ctx, q - i + 1))
			return false;
		while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
			b--;
		if (one_char(s, i, q))
		{
			gdr_buf_append(ctx, out, s + a, b - a);
			run = true;
		}
		else if (!blank(s, i, q))
		{
			if (run)
				gdr_buf_append(ctx, out, "\n", 1);
			gdr_buf_append(ctx, out, s + i, q - i);
			gdr_buf_append(ctx, out, "\n", 1);
			run = false;
		}
		i = q + 1;
	}
	if (run)
		gdr_buf_append(ctx, out, "\n", 1);
	*changed = ctx->status == 0;
	return ctx->status == 0;
}
