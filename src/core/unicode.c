/*
 * unicode.c -- process-wide cached ICU services of the core.
 *
 *   gdr_uni_tables_get()  the tables norm.c runs on: a "fast path" bitmap
 *                         over the BMP (NFKC quick check), the
 *                         traditional->simplified map and the bitmaps used
 *                         to detect the script.
 *   gdr_uni_nfkc()        NFKC of a short run of code points (norm.c's slow
 *                         path), through ICU's cached NFKC instance.
 *   gdr_cn_number()       value of a Chinese numeral (二十一, 一百零五, 两);
 *                         exact parser, cross-checked against ICU RBNF.
 *
 * Caching: every ICU object is opened lazily on first use, once per process,
 * and kept (the NFKC instance is ICU's own singleton, the RBNF formatter is
 * kept in a static, the transliterator is closed as soon as the table is
 * built).  Nothing is opened or freed per call.  The tables are static
 * storage (about 100 KB of BSS, touched only where used).  Not thread-safe:
 * PostgreSQL backends are single threaded and so are the CLI and tests.
 *
 * The transliterator ("Traditional-Simplified") runs at a few MB/s, so it
 * never sees report text: it is run once per code point U+3000..U+9FFF
 * (about 28K one-character calls, ~15 ms plus ~50 ms to open it), and the
 * result is kept as a flat uint16 map.  Every mapping found there is one
 * BMP code point to one BMP code point of the same UTF-8 length (checked
 * here: anything else is left unmapped).  "Simplified-Traditional" is run
 * on the ~2500 targets of that map to tell which are simplified-only.
 * Measured: 20-40 ms for the whole build, once per process.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unicode_int.h"

/* transliterator ids as UChar arrays (u"" literals are C11) */
static const UChar id_t2s[] = {'T', 'r', 'a', 'd', 'i', 't', 'i', 'o', 'n', 'a', 'l', '-', 'S', 'i', 'm', 'p', 'l', 'i', 'f', 'i', 'e', 'd', 0};
static const UChar id_s2t[] = {'S', 'i', 'm', 'p', 'l', 'i', 'f', 'i', 'e', 'd', '-', 'T', 'r', 'a', 'd', 'i', 't', 'i', 'o', 'n', 'a', 'l', 0};

static gdr_uni_tables uni;
static bool uni_built = false;
static const UNormalizer2 *uni_nfkc = NULL;

static void
set_bit(uint32_t *bits, uint32_t i)
{
	bits[i >> 5] |= (uint32_t) 1 << (i & 31);
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

/* code points norm.c handles itself: they must stop a slow (ICU) run */
static void
mark_special(void)
{
	uint32_t	c;

	for (c = 0; c < 0x80; c++)
		set_bit(uni.fast, c);
	for (c = 0x80; c <= 0xA0; c++)	/* C1 controls, NEL, NBSP */
		set_bit(uni.fast, c);
	set_bit(uni.fast, 0xAD);	/* soft hyphen */
	for (c = 0x200B; c <= 0x200F; c++)	/* zero width, LRM, RLM */
		set_bit(uni.fast, c);
	set_bit(uni.fast, 0x2028);
	set_bit(uni.fast, 0x2029);
	set_bit(uni.fast, 0x2026);	/* … kept as is */
	set_bit(uni.fast, 0x2060);
	set_bit(uni.fast, 0x3000);
	set_bit(uni.fast, 0xFEFF);
	for (c = 0xFF01; c <= 0xFF5E; c++)	/* full-width ASCII */
		set_bit(uni.fast, c);
	set_bit(uni.fast, 0xFFFD);
}

/*
 * CJK Radicals Supplement characters that stand for a whole ideograph
 * (Unicode's EquivalentUnifiedIdeograph.txt): PDF fonts made on macOS and
 * some Word exports map glyphs to them, and NFKC leaves them (⺠ for 民,
 * ⻔ for 门: 中华人⺠共和国).  Only whole characters; component forms (⺅,
 * ⺘, ⻌) are no text of their own.  Sorted.
 */
static const uint16_t radicals[][2] = {
	{0x2E81, 0x5382}, {0x2E84, 0x4E59}, {0x2E87, 0x51E0}, {0x2E8A, 0x535C},
	{0x2E8C, 0x5C0F}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E97, 0x5FC3},
	{0x2E9D, 0x6708}, {0x2EA0, 0x6C11}, {0x2EA7, 0x725B}, {0x2EA9, 0x738B},
	{0x2EAC, 0x793A}, {0x2EAE, 0x7AF9}, {0x2EAF, 0x7CF8}, {0x2EB6, 0x7F8A},
	{0x2EBB, 0x807F}, {0x2EBC, 0x8089}, {0x2EBD, 0x81FC}, {0x2EC1, 0x864E},
	{0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC9, 0x8D1D},
	{0x2ECA, 0x8DB3}, {0x2ECB, 0x8F66}, {0x2ED1, 0x9577}, {0x2ED3, 0x957F},
	{0x2ED4, 0x95E8}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6},
	{0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF},
	{0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C},
	{0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
	{0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99}
};

/* the ideograph a radical character stands for, else c */
static uint32_t
radical_unified(uint32_t c)
{
	int			lo = 0,
				hi = (int) (sizeof(radicals) / sizeof(radicals[0])) - 1;

	if (c < 0x2E80 || c > 0x2EFF)
		return c;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (radicals[mid][0] == c)
			return radicals[mid][1];
		if (radicals[mid][0] < c)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return c;
}

static void
clear_bit(uint32_t *bits, uint32_t i)
{
	bits[i >> 5] &= ~((uint32_t) 1 << (i & 31));
}

/* copy3 from fast: keep in step with mark_special and norm.c's main loop */
static void
build_copy3(void)
{
	uint32_t	c;

	for (c = 0x800; c <= 0xFFFF; c++)
		if (gdr_uni_bit(uni.fast, c) || (c >= 0x4E00 && c <= 0x9FFF))
			set_bit(uni.copy3, c);
	/* the 3-byte characters norm.c folds or removes */
	for (c = 0; c < (uint32_t) (sizeof(radicals) / sizeof(radicals[0])); c++)
		clear_bit(uni.copy3, radicals[c][0]);
	for (c = 0x200B; c <= 0x200F; c++)
		clear_bit(uni.copy3, c);
	clear_bit(uni.copy3, 0x2028);
	clear_bit(uni.copy3, 0x2029);
	clear_bit(uni.copy3, 0x2060);
	clear_bit(uni.copy3, 0x3000);
	clear_bit(uni.copy3, 0xFEFF);
	for (c = 0xFF01; c <= 0xFF5E; c++)
		clear_bit(uni.copy3, c);
	for (c = 0x2500; c <= 0x257F; c++)	/* box drawing -> grid ASCII */
		clear_bit(uni.copy3, c);
}

static void
build_nfkc(void)
{
	UErrorCode	st = U_ZERO_ERROR;
	UChar32		c;

	uni_nfkc = unorm2_getNFKCInstance(&st);
	if (U_FAILURE(st) || uni_nfkc == NULL)
	{
		uni_nfkc = NULL;
		/* without ICU: ASCII, CJK and CJK punctuation are copied */
		for (c = 0x3001; c <= 0x301F; c++)
			set_bit(uni.fast, (uint32_t) c);
		for (c = 0x3400; c <= 0x9FFF; c++)
			set_bit(uni.fast, (uint32_t) c);
		return;
	}
	for (c = 0; c <= 0xFFFF; c++)
	{
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		if (u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES &&
			unorm2_hasBoundaryBefore(uni_nfkc, c))
			set_bit(uni.fast, (uint32_t) c);
	}
	uni.have_nfkc = true;
}

static void
build_t2s(void)
{
	UErrorCode	st = U_ZERO_ERROR;
	UTransliterator *tr;
	UChar32		c;

	tr = utrans_openU(id_t2s, -1, UTRANS_FORWARD,
					  NULL, 0, NULL, &st);
	if (U_FAILURE(st) || tr == NULL)
		return;
	for (c = GDR_T2S_FIRST; c <= GDR_T2S_LAST; c++)
	{
		UChar		buf[8];
		int32_t		len = 1,
					lim = 1;
		UChar32		d;

		buf[0] = (UChar) c;
		st = U_ZERO_ERROR;
		utrans_transUChars(tr, buf, &len, 8, 0, &lim, &st);
		if (U_FAILURE(st) || len != 1 || buf[0] == c)
			continue;
		d = buf[0];
		/* one BMP char to one char of the same UTF-8 length (3 bytes) */
		if (d < 0x800 || U16_IS_SURROGATE(d))
			continue;
		uni.t2s[c - GDR_T2S_FIRST] = (uint16_t) d;
		set_bit(uni.mapped, (uint32_t) c);
		uni.nt2s++;
		if (c >= GDR_HAN_FIRST && c <= GDR_HAN_LAST)
			set_bit(uni.trad, (uint32_t) c);
		if (d >= GDR_HAN_FIRST && d <= GDR_HAN_LAST)
			set_bit(uni.simp, (uint32_t) d);
	}
	utrans_close(tr);

	/*
	 * Evidence for simplified text: a target of the map that traditional
	 * text does not use.  Many targets are ordinary traditional characters
	 * too (侷 -> 局, 菓 -> 果, 羣 -> 群, 乾 -> 干); ask the reverse
	 * transliterator (only for the ~2500 targets; opening it is cheap once
	 * the first one has loaded ICU's data) and keep the bit only where the
	 * simplified form has a different traditional form (区, 资, 国, 于).
	 */
	st = U_ZERO_ERROR;
	tr = utrans_openU(id_s2t, -1, UTRANS_FORWARD,
					  NULL, 0, NULL, &st);
	for (c = GDR_HAN_FIRST; c <= GDR_HAN_LAST; c++)
	{
		uint32_t	i = (uint32_t) c;
		bool		keep = false;

		if (!gdr_uni_bit(uni.simp, i))
			continue;
		if (!gdr_uni_bit(uni.trad, i) && tr != NULL && !U_FAILURE(st))
		{
			UChar		buf[8];
			int32_t		len = 1,
						lim = 1;
			UErrorCode	st2 = U_ZERO_ERROR;

			buf[0] = (UChar) c;
			utrans_transUChars(tr, buf, &len, 8, 0, &lim, &st2);
			keep = !U_FAILURE(st2) && (len != 1 || buf[0] != c);
		}
		if (!keep)
			clear_bit(uni.simp, i);
	}
	if (tr != NULL)
		utrans_close(tr);
	uni.have_t2s = uni.nt2s > 0;
}

/* the common path's table, from the bitmaps and t2s */
static uint32_t
utf8_word(uint32_t c)
{
	return (0xE0u | (c >> 12)) |
		((0x80u | ((c >> 6) & 0x3F)) << 8) |
		((0x80u | (c & 0x3F)) << 16);
}

static void
build_c3(void)
{
	uint32_t	c;

	for (c = 0x800; c <= 0xFFFF; c++)
	{
		uint32_t	out = c,
					e;

		if (!gdr_uni_bit(uni.copy3, c))
		{
			uni.c3[c] = 0;
			continue;
		}
		e = GDR_C3_COPY;
		if (gdr_uni_bit(uni.simp, c))
			e |= GDR_C3_SIMP;
		if (gdr_uni_bit(uni.trad, c))
			e |= GDR_C3_TRAD;
		if (gdr_uni_bit(uni.mapped, c))
		{
			e |= GDR_C3_MAPPED;
			out = uni.t2s[c - GDR_T2S_FIRST];
		}
		uni.c3[c] = e | utf8_word(out);
	}
}

const gdr_uni_tables *
gdr_uni_tables_get(void)
{
	double		t0;

	if (uni_built)
		return &uni;
	t0 = now_ms();
	build_nfkc();
	mark_special();
	build_copy3();
	build_t2s();
	build_c3();
	uni.build_ms = now_ms() - t0;
	uni_built = true;
	return &uni;
}

bool
gdr_uni_boundary_before(uint32_t cp)
{
	if (!uni_built)
		(void) gdr_uni_tables_get();
	if (uni_nfkc == NULL || cp > 0x10FFFF)
		return true;
	return unorm2_hasBoundaryBefore(uni_nfkc, (UChar32) cp) != 0;
}

size_t
gdr_uni_nfkc(const uint32_t *cps, int n, char *out, size_t cap)
{
	UChar		src[160];
	UChar		dst[64 * 18 + 64];	/* NFKC expands a char to <= 18 */
	UChar	   *d = dst;
	int32_t		sl = 0,
				dl;
	int			i;
	size_t		need = 0;
	UErrorCode	st = U_ZERO_ERROR;

	if (!uni_built)
		(void) gdr_uni_tables_get();
	/* callers pass at most 64 code points: 128 UTF-16 units */
	if (n > 64)
		n = 64;
	for (i = 0; i < n; i++)
	{
		uint32_t	c = cps[i];

		if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			c = 0xFFFD;
		c = radical_unified(c);
		U16_APPEND_UNSAFE(src, sl, c);
	}
	dl = sl;
	if (uni_nfkc != NULL)
	{
		dl = unorm2_normalize(uni_nfkc, src, sl, dst, (int32_t) (sizeof(dst) / sizeof(dst[0])), &st);
		if (U_FAILURE(st))
		{
			d = src;			/* leave the run as it was */
			dl = sl;
		}
	}
	else
		d = src;
	/* UTF-16 -> UTF-8 */
	for (i = 0; i < dl;)
	{
		UChar32		c;
		char		tmp[4];
		int			k;

		U16_NEXT(d, i, dl, c);
		if (U_IS_SURROGATE(c))
			c = 0xFFFD;
		k = gdr_utf8_encode((uint32_t) c, tmp);
		if (need + (size_t) k <= cap)
			memcpy(out + need, tmp, (size_t) k);
		need += (size_t) k;
	}
	return need;
}

/* ------------------------------------------------------------------ */
/* Chinese numerals                                                    */
/* ------------------------------------------------------------------ */

#define CN_MAX	INT64_C(1000000000000000000)	/* 10^18: refuse above */

/* digit value of a numeral character, -1 if none; unit in *unit (10, 100,
 * 1000, 10^4, 10^8) for unit characters */
static int
cn_char(uint32_t c, int64_t *unit)
{
	*unit = 0;
	switch (c)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
			return 0;
		case 0x4E00:			/* 一 */
		case 0x58F9:			/* 壹 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x5169:			/* 兩 */
		case 0x8D30:			/* 贰 */
		case 0x8CB3:			/* 貳 */
			return 2;
		case 0x4E09:			/* 三 */
		case 0x53C1:			/* 叁 */
		case 0x53C3:			/* 參 */
			return 3;
		case 0x56DB:			/* 四 */
		case 0x8086:			/* 肆 */
			return 4;
		case 0x4E94:			/* 五 */
		case 0x4F0D:			/* 伍 */
			return 5;
		case 0x516D:			/* 六 */
		case 0x9646:			/* 陆 */
		case 0x9678:			/* 陸 */
			return 6;
		case 0x4E03:			/* 七 */
		case 0x67D2:			/* 柒 */
			return 7;
		case 0x516B:			/* 八 */
		case 0x634C:			/* 捌 */
			return 8;
		case 0x4E5D:			/* 九 */
		case 0x7396:			/* 玖 */
			return 9;
		case 0x5341:			/* 十 */
		case 0x62FE:			/* 拾 */
			*unit = 10;
			return -1;
		case 0x767E:			/* 百 */
		case 0x4F70:			/* 佰 */
			*unit = 100;
			return -1;
		case 0x5343:			/* 千 */
		case 0x4EDF:			/* 仟 */
			*unit = 1000;
			return -1;
		case 0x4E07:			/* 万 */
		case 0x842C:			/* 萬 */
			*unit = 10000;
			return -1;
		case 0x4EBF:			/* 亿 */
		case 0x5104:			/* 億 */
			*unit = 100000000;
			return -1;
		default:
			return -1;
	}
}

/*
 * Exact parser of the usual written forms: 十/百/千 inside a section,
 * 万 and 亿 between sections, 零 for gaps, implicit 一 before 十 (十五),
 * the colloquial abbreviation of a trailing unit (一百五 = 150, 两万三 =
 * 23000), ASCII digit runs as digits (3万), and digit-by-digit strings
 * without units (二〇二一 = 2021).  Returns false for anything else.
 */
static bool
cn_exact(const char *s, size_t len, int64_t *out)
{
	int64_t		total = 0;		/* 亿 part */
	int64_t		wan = 0;		/* 万 part of the current 亿 group */
	int64_t		sec = 0;		/* below 万 */
	int64_t		num = -1;		/* pending digit, -1 = none */
	int64_t		last_unit = 0;	/* last 十/百/千 in the section, 0 = none */
	bool		zero = false,	/* a 零 since the last unit */
				seen_wan = false,
				seen_yi = false,
				any_unit = false,
				any_ascii = false;
	int			nchars = 0;
	int64_t		seq = 0;		/* digit-by-digit value */
	size_t		i;

	if (len == 0)
		return false;
	/* digit-by-digit strings (no unit, no ASCII): 二〇二一, 五 */
	for (i = 0; i < len;)
	{
		uint32_t	c;
		int64_t		unit;
		int			d;
		int			k = gdr_utf8_decode(s + i, len - i, &c);

		d = cn_char(c, &unit);
		if (d < 0)
			break;
		if (++nchars > 18)
			return false;
		seq = seq * 10 + d;
		i += (size_t) k;
	}
	if (i == len && nchars > 0)
	{
		*out = seq;
		return true;
	}

	for (i = 0; i < len;)
	{
		uint32_t	c;
		int64_t		unit;
		int			d;

		if (s[i] >= '0' && s[i] <= '9')
		{
			int64_t		v = 0;

			while (i < len && s[i] >= '0' && s[i] <= '9')
			{
				if (v > 99999999)
					return false;
				v = v * 10 + (s[i] - '0');
				i++;
			}
			if (num >= 0 || zero)
				return false;
			num = v;
			any_ascii = true;
			continue;
		}
		i += (size_t) gdr_utf8_decode(s + i, len - i, &c);
		d = cn_char(c, &unit);
		if (d == 0)
		{
			if (num >= 0)
				return false;	/* 三零 */
			zero = true;
			continue;
		}
		if (d > 0)
		{
			if (num >= 0)
				return false;	/* 二三十 */
			num = d;
			continue;
		}
		if (unit == 0)
			return false;		/* not a numeral character */
		any_unit = true;
		if (unit <= 1000)
		{
			if (num < 0)
			{
				if (unit != 10)
					return false;	/* 百 without a digit */
				num = 1;		/* 十五, 一百零十 */
			}
			if (num > 9 || (last_unit != 0 && unit >= last_unit))
				return false;	/* 12百, 一百二千 */
			sec += num * unit;
			last_unit = unit;
			num = -1;
			zero = false;
			continue;
		}
		if (num > 0)
			sec += num;
		num = -1;
		zero = false;
		last_unit = 0;
		if (unit == 10000)
		{
			if (seen_wan || sec == 0)
				return false;
			wan = sec;
			seen_wan = true;
		}
		else
		{
			int64_t		grp = wan * 10000 + sec;

			if (seen_yi || grp == 0 || grp > 99999999)
				return false;
			total = grp * 100000000;
			seen_yi = true;
			wan = 0;
			seen_wan = false;
		}
		sec = 0;
	}
	if (!any_unit)
		return false;			/* ASCII mixed with numerals, no unit */
	if (num > 0)
	{
		/* trailing digit: after 零 or 十 it is the units; right after a
		 * bigger unit it abbreviates the next lower one (一百五 = 150,
		 * 两万三 = 23000, 一亿五 = 150000000) */
		if (zero || last_unit == 10)
			sec += num;
		else if (any_ascii && num > 9)
			return false;
		else if (last_unit > 10)
			sec += num * (last_unit / 10);
		else if (seen_wan && sec == 0)
			sec += num * 1000;
		else if (seen_yi && !seen_wan && sec == 0)
			wan = num * 1000;
		else
			sec += num;
	}
	else if (zero && num < 0 && last_unit == 0 && !seen_wan && !seen_yi)
		return false;
	*out = total + wan * 10000 + sec;
	return *out < CN_MAX;
}

static UNumberFormat *cn_rbnf = NULL;
static bool cn_rbnf_tried = false;

/* ICU RBNF spellout parse (zh); the whole string must be consumed */
static bool
cn_rbnf_parse(const char *s, size_t len, int64_t *out)
{
	UChar		u[128];
	int32_t		ul = 0,
				pos = 0;
	UErrorCode	st = U_ZERO_ERROR;
	int64_t		v;

	if (!cn_rbnf_tried)
	{
		cn_rbnf_tried = true;
		cn_rbnf = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &st);
		if (U_FAILURE(st))
		{
			if (cn_rbnf)
				unum_close(cn_rbnf);
			cn_rbnf = NULL;
		}
		st = U_ZERO_ERROR;
	}
	if (cn_rbnf == NULL || len == 0 || len > 120)
		return false;
	u_strFromUTF8Lenient(u, 128, &ul, s, (int32_t) len, &st);
	if (U_FAILURE(st) || ul <= 0 || ul >= 128)
		return false;
	st = U_ZERO_ERROR;
	v = unum_parseInt64(cn_rbnf, u, ul, &pos, &st);
	if (U_FAILURE(st) || pos != ul || v < 0)
		return false;
	*out = v;
	return true;
}

/* ICU's RBNF parse alone: for the tests' cross-check (declared there) */
bool		gdr_cn_number_rbnf(const char *s, size_t len, int64_t *out);

bool
gdr_cn_number_rbnf(const char *s, size_t len, int64_t *out)
{
	return cn_rbnf_parse(s, len, out);
}

/*
 * Value of a Chinese numeral or an ASCII digit string.
 *
 * The exact parser above decides.  ICU's RBNF spellout parse (zh) is NOT
 * used at run time: it is lenient in ways that would turn text into wrong
 * figures (ICU 72: 二三十 -> 50, 一百二千 -> 102000, 第三 -> 3, 三点五 -> 3
 * with the whole string consumed, 三千二 -> 3002, 一百五 -> 105), and it
 * costs 5-100 us per call against well under 1 us here.  ICU serves as the
 * oracle instead: test_unicode.c spells out 0..120000 and more with ICU's
 * RBNF formatter and checks that every form parses back exactly, and that
 * ICU's parser agrees on those canonical forms (gdr_cn_number_rbnf).
 */
bool
gdr_cn_number(const char *s, size_t len, int64_t *out)
{
	size_t		i;
	int64_t		v = 0;

	if (s == NULL || len == 0)
		return false;
	for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
	{
		if (v > CN_MAX / 10)
			return false;
		v = v * 10 + (s[i] - '0');
	}
	if (i == len)
	{
		*out = v;
		return true;
	}
	return cn_exact(s, len, out);
}

/* ------------------------------------------------------------------ */
/* Legacy charsets (optional helper for the caller)                    */
/* ------------------------------------------------------------------ */

#include <unicode/ucsdet.h>


static UCharsetDetector *csd = NULL;
static bool csd_tried = false;

/* share of invalid UTF-8 sequences among the non-ASCII characters, x1000 */
static int
utf8_invalid_permille(const char *s, size_t len)
{
	size_t		i = 0,
				nonascii = 0,
				invalid = 0;

	while (i < len)
	{
		uint32_t	c;
		int			k;

		if ((unsigned char) s[i] < 0x80)
		{
			i++;
			continue;
		}
		k = gdr_utf8_decode(s + i, len - i, &c);
		nonascii++;
		if (k == 1)
			invalid++;
		i += (size_t) k;
	}
	return nonascii ? (int) (invalid * 1000 / nonascii) : 0;
}

/*
 * Is `s` text in a legacy Chinese charset (GB18030/GBK, Big5) rather than
 * UTF-8?  True, with the ICU/IANA charset name in *name (a static string),
 * when at least 20% of the non-ASCII sequences are invalid UTF-8 and ICU's
 * charset detector names a legacy charset with confidence >= 30.  The
 * caller converts (e.g. PostgreSQL's convert_from) and parses the result;
 * gdr_parse itself stays UTF-8 only.  The detector is opened once per
 * process and reused (not thread-safe, like the rest of this file).
 */
bool		gdr_detect_legacy_charset(const char *s, size_t len, const char **name);

bool
gdr_detect_legacy_charset(const char *s, size_t len, const char **name)
{
	UErrorCode	st = U_ZERO_ERROR;
	const UCharsetMatch *m;
	const char *nm;
	int32_t		conf;
	int32_t		n = len > (1 << 20) ? (1 << 20) : (int32_t) len;

	*name = NULL;
	if (len == 0 || utf8_invalid_permille(s, (size_t) n) < 200)
		return false;
	if (!csd_tried)
	{
		csd_tried = true;
		csd = ucsdet_open(&st);
		if (U_FAILURE(st))
		{
			if (csd)
				ucsdet_close(csd);
			csd = NULL;
		}
	}
	if (csd == NULL)
		return false;
	st = U_ZERO_ERROR;
	ucsdet_setText(csd, s, n, &st);
	m = ucsdet_detect(csd, &st);
	if (U_FAILURE(st) || m == NULL)
		return false;
	nm = ucsdet_getName(m, &st);
	conf = ucsdet_getConfidence(m, &st);
	/* ucsdet keeps a pointer to the text: forget it before returning */
	ucsdet_setText(csd, "", 0, &st);
	if (U_FAILURE(st) || nm == NULL || conf < 30)
		return false;
	if (strcmp(nm, "GB18030") == 0)
		*name = "GB18030";
	else if (strcmp(nm, "Big5") == 0)
		*name = "BIG5";
	else if (strcmp(nm, "EUC-KR") == 0 || strcmp(nm, "EUC-JP") == 0 ||
			 strcmp(nm, "Shift_JIS") == 0 || strcmp(nm, "UTF-16LE") == 0 ||
			 strcmp(nm, "UTF-16BE") == 0)
		*name = nm;				/* reported, the caller decides */
	else
		return false;
	return true;
}
