/*
 * strays.c -- a stray Latin-1 character after every Chinese one.
 *
 * UnRTF (Recoll's and many crawlers' RTF filter) writes a GBK RTF's \uN
 * characters and then the second byte of their \'hh\'hh fallback, which it
 * does not skip, as a Latin-1 character: "本¾报¨告æ", "（¨一»）©", "“°".
 * The normaliser's NFKC would make some of them digits (² ³ ¹ ½), so they
 * go before it.
 *
 * The text is taken for such output when, in its first STRAY_SAMPLE bytes,
 * at least STRAY_MIN wide characters (CJK, full-width forms, general
 * punctuation such as “ ”) are followed by a character of U+0080..U+00FF,
 * and more than STRAY_RATIO times as many as are followed by another wide
 * character.  Text that merely has a no-break space or a degree sign after
 * some Chinese characters has far more Chinese pairs than that.  Then every
 * U+0080..U+00FF character right after a wide one is dropped.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define STRAY_SAMPLE	8192
#define STRAY_MIN		32
#define STRAY_RATIO		8

/* a wide character's 3-byte UTF-8 sequence starts at s[0] (n bytes left) */
static inline bool
wide_at(const unsigned char *s, size_t n)
{
	if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
		return false;
	/* U+3000..U+9FFF */
	if (s[0] >= 0xE3 && s[0] <= 0xE9)
		return true;
	/* U+2000..U+203F (“ ” — …) and U+FF00..U+FFEF (full-width forms) */
	return (s[0] == 0xE2 && s[1] == 0x80) || (s[0] == 0xEF && s[1] >= 0xBC && s[1] <= 0xBF);
}

/* a U+0080..U+00FF character (2 bytes) starts at s[0] */
static inline bool
latin1_at(const unsigned char *s, size_t n)
{
	return n >= 2 && (s[0] == 0xC2 || s[0] == 0xC3) && (s[1] & 0xC0) == 0x80;
}

bool
gdr_strays_detect(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		n = len < STRAY_SAMPLE ? len : STRAY_SAMPLE;
	size_t		i = 0;
	int			stray = 0,
				wide = 0;
	int			lead = 0;
	int			b;

	/*
	 * A quick count first (at memchr's speed: most texts have none of
	 * these bytes): UnRTF's text has a Latin-1 lead byte every few bytes,
	 * other texts (a no-break space here and there) far fewer
	 */
	for (b = 0xC2; b <= 0xC3; b++)
	{
		const unsigned char *p = s,
				   *e = s + n;

		while (p < e && (p = memchr(p, b, (size_t) (e - p))) != NULL)
		{
			lead++;
			p++;
		}
	}
	if (lead < STRAY_MIN || (size_t) lead < n / 32)
		return false;
	while (i < n)
	{
		if (wide_at(s + i, n - i))
		{
			i += 3;
			if (latin1_at(s + i, n - i))
			{
				stray++;
				i += 2;
			}
			else if (wide_at(s + i, n - i))
				wide++;
		}
		else
			i++;
	}
	return stray >= STRAY_MIN && stray > wide * STRAY_RATIO;
}

bool
gdr_strays_strip(gdr_ctx *ctx, const char *text, size_t len, gdr_buf *out)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		i = 0,
				from = 0,
				tick = 0;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	while (i < len)
	{
		if (i >= tick)
		{
			if (gdr_work(ctx, 4096))
				return false;
			tick = i + 4096;
		}
		if (wide_at(s + i, len - i))
		{
			i += 3;
			if (latin1_at(s + i, len - i))
			{
				if (!gdr_buf_append(ctx, out, text + from, i - from))
					return false;
				i += 2;
				from = i;
			}
		}
		else
			i++;
	}
	return gdr_buf_append(ctx, out, text + from, len - from);
}
