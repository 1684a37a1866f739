/*
 * mojibake.c -- a page's bytes decoded in the wrong charset and stored so:
 * a crawler that read a GBK page served without a charset as Latin-1
 * (python-requests does, for any text/html without one), or a UTF-8 page
 * as Windows-1252, then saved the text as UTF-8.  政府 comes as Õþ¸®
 * (GBK) or æ”¿åºœ (UTF-8); the digits, the tags and the dates survive.
 *
 * Taken for such text when it holds no character past Latin-1 other than
 * Windows-1252's (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ)
 * and at least MOJI_MIN characters of Latin-1's upper half: no Chinese
 * text is written so.  Each character is then its byte again, and the
 * bytes are decoded in the charset their page declares (charset=…) or,
 * declaring none, as UTF-8 when they are that, else as GB18030 (GBK's
 * superset).  The result is kept only if it is Chinese text: at least
 * MOJI_MIN CJK characters and at most one byte in a hundred not
 * decodable.
 *
 * The first test is a scan for a byte that begins a CJK character's UTF-8
 * (0xE3 and up): Chinese text meets one at once.
 */
#include <string.h>

#include <unicode/ucnv.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define MOJI_MIN	16

/* Windows-1252's 0x80..0x9F: the character each byte stands for (0: none) */
static const uint16_t cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* the byte that code point c stands for as Latin-1 or Windows-1252, or -1 */
static int
byte_of(uint32_t c)
{
	int			i;

	if (c < 0x100)
		return (int) c;
	for (i = 0; i < 32; i++)
		if (cp1252[i] == c)
			return 0x80 + i;
	return -1;
}

/* the code point at s[*i] (advanced), or -1 for a malformed sequence */
static int32_t
next_cp(const char *s, size_t len, size_t *i)
{
	uint32_t	cp;
	int			n = gdr_utf8_decode(s + *i, len - *i, &cp);

	*i += (size_t) n;
	return cp == 0xFFFD && n == 1 ? -1 : (int32_t) cp;
}

bool
gdr_mojibake_detect(const char *s, size_t len)
{
	size_t		i;
	int			high = 0;

	for (i = 0; i < len; i++)
	{
		uint64_t	w;

		/* (eight ASCII bytes at a time: an HTML page's head is long) */
		while (i + 8 <= len && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0))
			i += 8;
		if (i < len && (unsigned char) s[i] >= 0xE3)
			return false;		/* (CJK and the like: real text) */
	}
	for (i = 0; i < len;)
	{
		int32_t		c;

		if ((unsigned char) s[i] < 0x80)
		{
			i++;
			continue;
		}
		c = next_cp(s, len, &i);
		if (c < 0 || byte_of((uint32_t) c) < 0)
			return false;
		if (c >= 0xA0)
			high++;
	}
	return high >= MOJI_MIN;
}

/* is b[0..n) valid UTF-8 with at least one multi-byte character? */
static bool
utf8_text(const char *b, size_t n)
{
	size_t		i = 0;
	bool		multi = false;

	while (i < n)
	{
		if ((unsigned char) b[i] < 0x80)
		{
			i++;
			continue;
		}
		if (next_cp(b, n, &i) < 0)
			return false;
		multi = true;
	}
	return multi;
}

/* the ICU name of the charset the page declares (charset=…), or NULL */
static const char *
declared(const char *b, size_t n)
{
	const char *c = gdr_memmem(b, n < 4096 ? n : 4096, "charset=", 8);
	char		name[16];
	size_t		k = 0;

	if (c == NULL)
		return NULL;
	c += 8;
	if (c < b + n && (*c == '"' || *c == '\''))
		c++;
	while (c + k < b + n && k < sizeof(name) - 1 &&
		   ((c[k] >= 'a' && c[k] <= 'z') || (c[k] >= 'A' && c[k] <= 'Z') ||
			(c[k] >= '0' && c[k] <= '9') || c[k] == '-' || c[k] == '_'))
	{
		name[k] = (char) (c[k] | 0x20);
		k++;
	}
	name[k] = '\0';
	if (strcmp(name, "utf-8") == 0 || strcmp(name, "utf8") == 0)
		return "UTF-8";
	return gdr_icu_charset(name);
}

/* CJK characters and U+FFFD in UTF-8 text b[0..n) */
static void
census(const char *b, size_t n, int *cjk, int *bad)
{
	size_t		i = 0;

	*cjk = 0;
	*bad = 0;
	while (i < n)
	{
		int32_t		c;

		if ((unsigned char) b[i] < 0x80)
		{
			i++;
			continue;
		}
		c = next_cp(b, n, &i);
		if (c == 0xFFFD || c < 0)
			(*bad)++;
		else if (c >= 0x4E00 && c <= 0x9FFF)
			(*cjk)++;
	}
}

bool
gdr_mojibake_fix(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, const char **charset)
{
	char	   *bytes;
	size_t		n = 0,
				i = 0;
	const char *cs;
	int			cjk,
				bad;

	*charset = NULL;
	if (len >= (size_t) INT32_MAX / 4)
		return true;
	bytes = gdr_alloc(ctx, len + 1);
	if (bytes == NULL)
		return false;
	/* each character its byte again */
	while (i < len)
	{
		int32_t		c = (unsigned char) s[i] < 0x80 ? (unsigned char) s[i++] : next_cp(s, len, &i);
		int			b = c < 0 ? -1 : byte_of((uint32_t) c);

		if (b < 0)
			return true;		/* (not what the detector saw) */
		bytes[n++] = (char) b;
	}
	if (gdr_work(ctx, len))
		return false;
	cs = declared(bytes, n);
	if (cs == NULL)
		cs = utf8_text(bytes, n) ? "UTF-8" : "GB18030";
	if (strcmp(cs, "UTF-8") == 0)
	{
		if (!utf8_text(bytes, n))
			return true;
		out->data = bytes;
		out->len = n;
		out->cap = len + 1;
	}
	else
	{
		UErrorCode	err = U_ZERO_ERROR;
		int32_t		cap = (int32_t) (n * 2 + 16);
		char	   *u8 = gdr_alloc(ctx, (size_t) cap + 1);
		int32_t		m;

		if (u8 == NULL)
			return false;
		m = ucnv_convert("UTF-8", cs, u8, cap, bytes, (int32_t) n, &err);
		if (U_FAILURE(err) || err == U_STRING_NOT_TERMINATED_WARNING)
			return true;
		out->data = u8;
		out->len = (size_t) m;
		out->cap = (size_t) cap + 1;
	}
	out->data[out->len] = '\0';
	census(out->data, out->len, &cjk, &bad);
	if (cjk < MOJI_MIN || (size_t) bad > out->len / 100 + 1)
	{
		out->len = 0;
		return true;
	}
	/* (gdr_icu_charset names only these two legacy charsets) */
	*charset = strcmp(cs, "GB18030") == 0 ? "GBK" : strcmp(cs, "UTF-8") == 0 ? "UTF-8" : "Big5";
	return true;
}
