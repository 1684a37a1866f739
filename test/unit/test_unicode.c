/*
 * test_unicode.c -- Chinese numerals (gdr_cn_number) and the ICU caches.
 *
 * The exact parser in unicode.c is cross-checked against ICU: every number
 * 0..120000 (and a sample above) is spelled out by ICU's RBNF for zh and
 * must parse back to itself, through gdr_cn_number and through the RBNF
 * parse alone.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <stdlib.h>

#include <unicode/ucnv.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"
#include "testutil.h"

/* unicode.c: the RBNF parse on its own (for this cross-check) */
bool		gdr_cn_number_rbnf(const char *s, size_t len, int64_t *out);
/* unicode.c: optional legacy charset detection */
bool		gdr_detect_legacy_charset(const char *s, size_t len, const char **name);

#define slurp(path, len) tu_read_file((path), (len))

/* the UTF-8 file converted to `charset` by ICU; *outlen bytes, malloc'd */
static char *
legacy_copy(const char *path, const char *charset, size_t *outlen)
{
	size_t		len;
	char	   *u8 = slurp(path, &len);
	char	   *out;
	UErrorCode	st = U_ZERO_ERROR;
	int32_t		n;

	*outlen = 0;
	if (u8 == NULL)
		return NULL;
	out = malloc(len * 2 + 16);
	n = ucnv_convert(charset, "UTF-8", out, (int32_t) (len * 2 + 16), u8, (int32_t) len, &st);
	free(u8);
	if (U_FAILURE(st))
	{
		free(out);
		return NULL;
	}
	*outlen = (size_t) n;
	return out;
}

static void
legacy_tests(void)
{
	size_t		len;
	char	   *s;
	const char *name;

	s = slurp("../shared/seeds/001_1d2aa8c0efe2002d.txt", &len);
	UNIT_OK(s != NULL && !gdr_detect_legacy_charset(s, len, &name) && name == NULL,
			"UTF-8 seed 001 is not a legacy charset");
	free(s);
	s = legacy_copy("../shared/seeds/001_1d2aa8c0efe2002d.txt", "GB18030", &len);
	UNIT_OK(s != NULL && gdr_detect_legacy_charset(s, len, &name) &&
			strcmp(name, "GB18030") == 0, "seed 001 in GB18030 is detected (%s)",
			name ? name : "none");
	free(s);
	s = legacy_copy("../shared/seeds/004_43470c8d9389378c.txt", "Big5", &len);
	UNIT_OK(s != NULL && gdr_detect_legacy_charset(s, len, &name) &&
			strcmp(name, "BIG5") == 0, "seed 004 in Big5 is detected (%s)",
			name ? name : "none");
	free(s);
	UNIT_OK(!gdr_detect_legacy_charset("abc", 3, &name), "ASCII is not legacy");
}

static bool
num(const char *s, int64_t *v)
{
	*v = -1;
	return gdr_cn_number(s, strlen(s), v);
}

#define NUM_IS(s, want) do { \
	int64_t v_; \
	bool ok_ = num(s, &v_); \
	UNIT_OK(ok_ && v_ == (want), "%s = %lld (got %s %lld)", s, (long long) (want), \
			ok_ ? "true" : "false", (long long) v_); \
} while (0)

#define NOT_NUM(s) do { \
	int64_t v_; \
	UNIT_OK(!num(s, &v_), "%s is not a number", s); \
} while (0)

/* replace every occurrence of 二 that precedes 千/万/亿/百 with 两 */
static void
liang(const char *in, char *out, size_t cap)
{
	size_t		o = 0;

	while (*in && o + 4 < cap)
	{
		if (strncmp(in, "二", 3) == 0 &&
			(strncmp(in + 3, "千", 3) == 0 || strncmp(in + 3, "万", 3) == 0 ||
			 strncmp(in + 3, "百", 3) == 0))
		{
			memcpy(out + o, "两", 3);
			o += 3;
			in += 3;
			continue;
		}
		out[o++] = *in++;
	}
	out[o] = '\0';
}

int
main(void)
{
	UErrorCode	st = U_ZERO_ERROR;
	UNumberFormat *fmt;
	int64_t		n;
	int			bad_exact = 0,
				bad_rbnf = 0,
				bad_liang = 0,
				tested = 0;
	int64_t		first_bad = -1;
	char		first_bad_s[320] = "";
	double		t0;

	/* ASCII */
	NUM_IS("0", 0);
	NUM_IS("2024", 2024);
	NUM_IS("007", 7);
	NOT_NUM("");
	NOT_NUM("12a");
	NOT_NUM("1.5");
	NOT_NUM("-3");
	NOT_NUM(" 3");
	NOT_NUM("99999999999999999999");

	/* the forms of the brief */
	NUM_IS("二十一", 21);
	NUM_IS("一百零五", 105);
	NUM_IS("十", 10);
	NUM_IS("两", 2);
	NUM_IS("〇", 0);
	NUM_IS("零", 0);
	NUM_IS("三千二百", 3200);
	NUM_IS("十五", 15);
	NUM_IS("一十五", 15);
	NUM_IS("一百一十", 110);
	NUM_IS("一百十", 110);
	NUM_IS("一千零一十", 1010);
	NUM_IS("两千", 2000);
	NUM_IS("两百五十", 250);
	NUM_IS("两万三千", 23000);
	NUM_IS("十万", 100000);
	NUM_IS("一万零三", 10003);
	NUM_IS("十二万三千四百五十六", 123456);
	NUM_IS("一亿零五百万", 105000000);
	NUM_IS("三亿二千万", 320000000);
	/* colloquial abbreviations */
	NUM_IS("一百五", 150);
	NUM_IS("三千二", 3200);
	NUM_IS("两万三", 23000);
	/* digit by digit (years) */
	NUM_IS("二〇二一", 2021);
	NUM_IS("二零二四", 2024);
	/* mixed and financial, traditional */
	NUM_IS("3万", 30000);
	NUM_IS("12万5千", 125000);
	NUM_IS("壹佰贰拾叁", 123);
	NUM_IS("兩萬", 20000);
	/* not numbers */
	NOT_NUM("二十一个");
	NOT_NUM("百");
	NOT_NUM("万");
	NOT_NUM("二三十");
	NOT_NUM("一百二千");
	NOT_NUM("十十");
	NOT_NUM("一万万");
	NOT_NUM("abc");
	NOT_NUM("第三");
	NOT_NUM("三点五");
	NOT_NUM("百分之三");
	{
		int64_t		v;

		/* (named, not printed: raw bytes make the TAP log binary to grep) */
		UNIT_OK(!num("\xFF\xFE", &v), "invalid UTF-8 (FF FE) is not a number");
	}

	/* cross-check with ICU RBNF over 0..120000 and a sample above */
	fmt = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &st);
	UNIT_OK(fmt != NULL && !U_FAILURE(st), "ICU RBNF zh spellout opens (%s)", u_errorName(st));
	t0 = (double) clock() / CLOCKS_PER_SEC;
	for (n = 0; fmt && n <= 2000000000; n = n < 120000 ? n + 1 : n * 3 + 7)
	{
		UChar		u[128];
		char		s[256],
					s2[256];
		int32_t		ul,
					sl;
		int64_t		v = -1,
					w = -1;

		st = U_ZERO_ERROR;
		ul = unum_formatInt64(fmt, n, u, 128, NULL, &st);
		u_strToUTF8(s, sizeof(s), &sl, u, ul, &st);
		if (U_FAILURE(st))
			continue;
		tested++;
		if (!gdr_cn_number(s, (size_t) sl, &v) || v != n)
		{
			if (bad_exact++ == 0)
			{
				first_bad = n;
				snprintf(first_bad_s, sizeof(first_bad_s), "%s -> %lld", s, (long long) v);
			}
		}
		if (n % 97 == 0 && (!gdr_cn_number_rbnf(s, (size_t) sl, &w) || w != n))
			bad_rbnf++;
		liang(s, s2, sizeof(s2));
		if (strcmp(s, s2) != 0 && (!gdr_cn_number(s2, strlen(s2), &v) || v != n))
			bad_liang++;
	}
	UNIT_OK(tested > 120000, "cross-checked %d ICU spellouts", tested);
	UNIT_EQ_INT(bad_exact, 0, "every ICU spellout parses back to its number (first bad %lld: %s)",
				(long long) first_bad, first_bad_s);
	UNIT_EQ_INT(bad_rbnf, 0, "ICU's own RBNF parse agrees on a sample");
	UNIT_EQ_INT(bad_liang, 0, "the same with 两 for 二 before 百/千/万");
	printf("# cross-check took %.2f s CPU\n", (double) clock() / CLOCKS_PER_SEC - t0);
	if (fmt)
		unum_close(fmt);

	legacy_tests();

	return unit_done();
}
