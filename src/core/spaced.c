/*
 * spaced.c -- letter-spaced text: "北 沙 县 人 民 政 府 2 0 1 9 年".
 *
 * Some PDF converters write a justified title, the headings and the
 * tables' labels with a space between every character, and then no label
 * table knows "规 范 性 文 件".  A line is letter-spaced when it holds four
 * characters in a row each followed by one space, of which the inner two
 * are single characters between spaces (X␠Y␠Z␠W, each a 2- to 4-byte
 * character).  On such a line each run of single characters separated by
 * single spaces is closed up: "规 范 性 文 件" -> "规范性文件".  Digits
 * are closed up only inside a run that goes on after them ("府 2 0 1 9 年"
 * -> "府2019年"): single-digit cells at the end of a row, "数 量 5 0 0 0
 * 0 0 5", keep their spaces, and so do cells set apart by two or more
 * spaces.  Lines that are not letter-spaced are copied as they are.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

/* a 2- to 4-byte UTF-8 character begins at p (p < end) */
static inline bool
wide_at(const unsigned char *p, const unsigned char *end)
{
	return *p >= 0xC2 && *p <= 0xF4 && p + 1 < end;
}

/* length of the UTF-8 character at p (1 for ASCII or a stray byte) */
static inline int
u8len(const unsigned char *p, const unsigned char *end)
{
	int			n = *p < 0xC0 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;

	return p + n <= end ? n : 1;
}

/*
 * The pattern at the space s[i]: X␠Y␠Z␠W with 3-byte characters (the CJK
 * of real reports; other widths are left alone).
 */
static inline bool
spaced_at(const unsigned char *s, size_t i, size_t len)
{
	return i >= 3 && i + 12 <= len &&
		(s[i - 3] & 0xF0) == 0xE0 && (s[i + 1] & 0xF0) == 0xE0 && s[i + 4] == ' ' &&
		(s[i + 5] & 0xF0) == 0xE0 && s[i + 8] == ' ' && (s[i + 9] & 0xF0) == 0xE0;
}

/* the first letter-spaced place in s[from..len), or SIZE_MAX */
static size_t
find_spaced(const char *text, size_t from, size_t len)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		i = from;

	while (i < len)
	{
		const unsigned char *q = memchr(s + i, ' ', len - i);

		if (q == NULL)
			return SIZE_MAX;
		i = (size_t) (q - s);
		if (spaced_at(s, i, len))
			return i;
		/* past a run of spaces (-layout text) at once */
		while (++i < len && s[i] == ' ')
			;
	}
	return SIZE_MAX;
}

bool
gdr_spaced_any(const char *s, size_t len)
{
	return find_spaced(s, 0, len) != SIZE_MAX;
}

/*
 * One letter-spaced line a[0..n) into out.  A unit is one character with a
 * single space (or the line's end) after it and a space (or the line's
 * start) before it; a run is units in a row.
 */
static bool
close_line(gdr_ctx *ctx, const unsigned char *a, size_t n, gdr_buf *out)
{
	const unsigned char *end = a + n;
	const unsigned char *p = a;

	while (p < end)
	{
		const unsigned char *r = p;
		const unsigned char *u[256];
		int			nu = 0,
					k;

		/* a run starts at p when p begins a unit */
		while (r < end && nu < 256 && (r == a || r[-1] == ' ') && *r != ' ')
		{
			int			l = u8len(r, end);

			if (r + l < end && r[l] != ' ')
				break;			/* more than one character: no unit */
			u[nu++] = r;
			r += l;
			if (r + 1 < end && r[1] == ' ')
				break;			/* two spaces after it: the run ends */
			if (r < end)
				r++;			/* the single space */
		}
		if (nu < 2)
		{
			/* copy one character (or the space) */
			int			l = u8len(p, end);

			if (!gdr_buf_append(ctx, out, (const char *) p, (size_t) l))
				return false;
			p += l;
			continue;
		}
		/*
		 * Close up the run, except around digits that end it: they may be
		 * a row's cells ("数 量 5 0 0 0 0 0 5").
		 */
		{
			int			last = nu;

			while (last > 0 && *u[last - 1] >= '0' && *u[last - 1] <= '9')
				last--;
			for (k = 0; k < nu; k++)
			{
				int			l = u8len(u[k], end);

				if (!gdr_buf_append(ctx, out, (const char *) u[k], (size_t) l))
					return false;
				/* the space after unit k: kept when a trailing digit follows */
				if (k + 1 < nu && k + 1 >= last && !gdr_buf_putc(ctx, out, ' '))
					return false;
			}
			p = u[nu - 1] + u8len(u[nu - 1], end);
		}
	}
	return true;
}

bool
gdr_spaced_close(gdr_ctx *ctx, const char *text, size_t len, gdr_buf *out)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		from = 0;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	while (from < len)
	{
		size_t		hit = find_spaced(text, from, len);
		const unsigned char *ls,
				   *le;

		if (hit == SIZE_MAX)
			return gdr_buf_append(ctx, out, text + from, len - from);
		/* the line around the hit */
		ls = s + hit;
		while (ls > s + from && ls[-1] != '\n')
			ls--;
		le = memchr(s + hit, '\n', len - hit);
		if (le == NULL)
			le = s + len;
		if (!gdr_buf_append(ctx, out, text + from, (size_t) (ls - (s + from))) ||
			!close_line(ctx, ls, (size_t) (le - ls), out))
			return false;
		from = (size_t) (le - s);
		if (gdr_work(ctx, (size_t) (le - ls)))
			return false;
	}
	return true;
}
