/*
 * test_norm.c -- the normaliser (norm.c) and its ICU tables (unicode.c).
 *
 * Run from the repository root: reads ../shared/seeds and ../shared/corpus.
 * Prints (does not assert) throughput and the table build time as TAP
 * comments so they can be cited.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unicode_int.h"
#include "unit.h"
#include "testutil.h"

#define SEEDS "../shared/seeds/"
#define CORPUS "../shared/corpus/"

static gdr_ctx ctx;
static gdr_script last_script;

/* normalise `len` bytes; the result lives in ctx until reset */
static const char *
normn(const char *s, size_t len)
{
	gdr_buf		out = {0};

	last_script = GDR_SCRIPT_HANS;
	if (!gdr_normalize(&ctx, s, len, &out, &last_script))
		return "(failed)";
	return out.data ? out.data : "";
}

static const char *
norm(const char *s)
{
	return normn(s, strlen(s));
}

#define slurp(path, len) tu_read_file((path), (len))

/* strict UTF-8 validity (no U+FFFD check: it is valid) */
static bool
valid_utf8(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		uint32_t	c;
		int			k = gdr_utf8_decode(s + i, len - i, &c);

		if (c == 0xFFFD && k == 1)
			return false;
		if (c == 0)
			return false;
		i += (size_t) k;
	}
	return true;
}

/*
 * An independent, simple reference for simplified text: the documented
 * transformations done the slow obvious way (full-width fold, U+3000 and
 * U+00A0 -> space, line ends, BOM/zero-width removal, ** and [bookmark:]
 * removal).  The corpus contains nothing else that NFKC changes.
 */
static char *
reference(const char *s, size_t len, size_t *olen)
{
	char	   *out = malloc(len + 1);
	size_t		i = 0,
				o = 0;

	while (i < len)
	{
		uint32_t	c;
		int			k = gdr_utf8_decode(s + i, len - i, &c);

		if (c >= 0xFF01 && c <= 0xFF5E)
			c -= 0xFEE0;
		if (c == 0x3000 || c == 0xA0)
			c = ' ';
		if (c == '\r')
		{
			c = '\n';
			if (i + 1 < len && s[i + 1] == '\n')
				k = 2;
		}
		if (c == '\f')
			c = '\n';
		if (c == 0xFEFF || (c >= 0x200B && c <= 0x200D) || c == 0x2060)
		{
			i += (size_t) k;
			continue;
		}
		if (c == '*' && i + 1 < len && s[i + 1] == '*')
		{
			while (i < len && s[i] == '*')
				i++;
			continue;
		}
		if (c == '[' && strncmp(s + i, "[bookmark:", 10) == 0)
		{
			const char *e = memchr(s + i, ']', len - i);

			if (e)
			{
				i = (size_t) (e - s) + 1;
				continue;
			}
		}
		o += (size_t) gdr_utf8_encode(c, out + o);
		i += (size_t) k;
	}
	out[o] = '\0';
	*olen = o;
	return out;
}

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static int	ticks;
static int
cancel_tick(void *arg)
{
	(void) arg;
	return ++ticks >= 3;
}

static void
throughput(const char *name, const char *path, gdr_script want)
{
	size_t		len,
				total = 5 * 1024 * 1024,
				i;
	char	   *one = slurp(path, &len);
	char	   *big;
	double		t0,
				dt,
				best = 1e9;
	int			rep;
	gdr_script	sc = GDR_SCRIPT_HANS;

	if (one == NULL || len == 0)
	{
		UNIT_OK(0, "throughput input %s readable", path);
		return;
	}
	big = malloc(total + len);
	for (i = 0; i < total; i += len)
		memcpy(big + i, one, len);
	total = i;
	for (rep = 0; rep < 3; rep++)
	{
		gdr_ctx		c;
		gdr_buf		out = {0};

		gdr_ctx_init(&c, &gdr_env_malloc);
		t0 = now_s();
		(void) gdr_normalize(&c, big, total, &out, &sc);
		dt = now_s() - t0;
		if (dt < best)
			best = dt;
		gdr_ctx_free(&c);
	}
	UNIT_EQ_INT(sc, want, "throughput input %s has the expected script", name);
	printf("# throughput %s: %.1f MB/s (%.1f MB in %.1f ms)\n", name,
		   (double) total / best / 1e6, (double) total / 1e6, best * 1e3);
	free(big);
	free(one);
}

int
main(void)
{
	const gdr_uni_tables *T;
	double		t0;
	const char *r;

	gdr_ctx_init(&ctx, &gdr_env_malloc);

	t0 = now_s();
	T = gdr_uni_tables_get();
	printf("# ICU tables built in %.1f ms (own timer %.1f ms): %d traditional "
		   "code points mapped\n", (now_s() - t0) * 1e3, T->build_ms, T->nt2s);
	UNIT_OK(T->have_nfkc, "ICU NFKC available");
	UNIT_OK(T->have_t2s && T->nt2s > 2000, "traditional->simplified map built (%d)", T->nt2s);
	t0 = now_s();
	(void) gdr_uni_tables_get();
	UNIT_OK(now_s() - t0 < 0.001, "tables are built once per process");

	/* full-width fold and spaces */
	UNIT_EQ_STR(norm("第二十条第（一）项：１２３，４５；ＡＢｃ"),
				"第二十条第(一)项:123,45;ABc", "full-width ASCII folded");
	UNIT_EQ_STR(norm("本年\u3000新收\u00A0申请"), "本年 新收 申请", "U+3000, U+00A0 -> space");
	UNIT_EQ_STR(norm("、。“”‘’《》〔〕【】—…·"), "、。“”‘’《》〔〕【】—…·",
				"CJK punctuation kept (… not made ...)");
	UNIT_EQ_STR(norm("国办公开办函〔2021〕30号"), "国办公开办函〔2021〕30号", "〔〕 kept");

	/* NFKC through ICU (the rare path) */
	UNIT_EQ_STR(norm("⼀、⼆"), "一、二", "Kangxi radicals (PDF text) -> ideographs");
	UNIT_EQ_STR(norm("中华人\xE2\xBA\xA0共和国\xE2\xBB\x94户网站"), "中华人民共和国门户网站",
				"radicals supplement ⺠ ⻔ (which NFKC leaves) -> 民 门");
	UNIT_EQ_STR(norm("偏旁\xE2\xBA\x85"), "偏旁\xE2\xBA\x85", "a component form (⺅) stays");
	UNIT_EQ_STR(norm("⑴申请"), "(1)申请", "parenthesized numerals -> NFKC");
	/* footnote marks never join the number they follow */
	UNIT_EQ_STR(norm("3①|4⑳|0⓪"), "3 |4 |0 ", "circled numerals (footnote marks) -> space, not 31");
	UNIT_EQ_STR(norm("27¹|5²|6⁴"), "27 |5 |6 ", "superscript digits -> space, not 271");
	UNIT_EQ_STR(norm("㈠主动公开"), "(一)主动公开", "parenthesized ideograph -> NFKC");
	UNIT_EQ_STR(norm("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9", "combining acute composes with the letter before");
	UNIT_EQ_STR(norm("Ａ\xCC\x81"), "\xC3\x81", "full-width A + combining acute -> Á");
	UNIT_EQ_STR(norm("\xEF\xA4\x80"), "\xE8\xB1\x88", "compatibility ideograph U+F900 -> U+8C48");
	UNIT_EQ_STR(norm("ｶﾞ"), "ガ", "half-width katakana -> NFKC");
	UNIT_EQ_STR(norm("x\xE2\x80\x83y"), "x y", "em space -> space (NFKC)");

	/* long ICU runs: chunked, growing output */
	{
		char	   *in = malloc(3 * 5000 + 1),
				   *want = malloc(3 * 5000 + 1);
		size_t		i;
		size_t		rl;

		for (i = 0; i < 5000; i++)
		{
			memcpy(in + 3 * i, "\xE2\xBC\x80", 3);	/* U+2F00 ⼀ */
			memcpy(want + 3 * i, "一", 3);
		}
		in[3 * 5000] = want[3 * 5000] = '\0';
		UNIT_EQ_STR(norm(in), want, "5000 Kangxi radicals in a row -> 一 x 5000");
		for (i = 0; i < 5000; i++)
			memcpy(in + 3 * i, "\xEF\xB7\xBA", 3);	/* U+FDFA: 18 chars under NFKC */
		r = norm(in);
		rl = strlen(r);
		UNIT_OK(rl > 5000 * 30 && valid_utf8(r, rl),
				"U+FDFA x 5000 expands (%zu bytes from 15000) and stays valid", rl);
		in[0] = 'a';
		for (i = 1; i < 3000; i++)
		{
			in[2 * i - 1] = (char) 0xCC;
			in[2 * i] = (char) 0x81;	/* U+0301 */
		}
		in[2 * 3000 - 1] = '\0';
		r = norm(in);
		UNIT_OK(strncmp(r, "\xC3\xA1", 2) == 0 && valid_utf8(r, strlen(r)),
				"a + 2999 combining acutes: composed first, no crash");
		free(in);
		free(want);
	}

	/* line structure and invisible characters */
	UNIT_EQ_STR(norm("a\r\nb\rc\fd\ve"), "a\nb\nc\nd\ne", "CRLF, CR, FF, VT -> LF");
	UNIT_EQ_STR(norm("合计\t3\t4\n总计"), "合计\t3\t4\n总计", "tabs and newlines kept");
	UNIT_EQ_STR(norm("\xEF\xBB\xBF政府\xE2\x80\x8B信息\xE2\x81\xA0公开\xE2\x80\x8D"),
				"政府信息公开", "BOM and zero-width characters removed");
	UNIT_EQ_STR(norm("行\xE2\x80\xA8列"), "行\n列", "U+2028 -> LF");
	UNIT_EQ_STR(norm("a\x01" "b\x7F" "c"), "a b c", "control characters -> space");

	/* invalid UTF-8 and NUL */
	UNIT_EQ_STR(norm("\xFF\xFE" "A\xC3"), "\xEF\xBF\xBD\xEF\xBF\xBD" "A\xEF\xBF\xBD",
				"invalid bytes -> U+FFFD each");
	UNIT_EQ_STR(norm("\xC0\xAF\xED\xA0\x80"),
				"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
				"overlong and surrogate encodings -> U+FFFD");
	UNIT_EQ_STR(normn("1\0" "2\0" "3", 5), "123", "NUL dropped");
	UNIT_EQ_STR(norm("\xE4\xB8"), "\xEF\xBF\xBD\xEF\xBF\xBD", "truncated sequence at the end");
	UNIT_EQ_STR(normn("", 0), "", "empty input gives an empty string");

	/* converter debris */
	UNIT_EQ_STR(norm("新榮区(qū)自然资源局"), "新榮区自然资源局", "区(qū) debris removed");
	UNIT_EQ_STR(norm("统（tǒng）计、规(guī)范、发(fā)展、执(zhí)行、监(jiān)督、业(yè)务、稳(wěn)定"),
				"统计、规范、发展、执行、监督、业务、稳定", "pinyin debris in both bracket widths");
	UNIT_EQ_STR(norm("绿(lǜ)化"), "绿化", "ü with tone");
	UNIT_EQ_STR(norm("监(jia\xCC\x84n)督"), "监督", "combining macron tone mark");
	UNIT_EQ_STR(norm("第二十条第(一)项"), "第二十条第(一)项", "(一) kept");
	UNIT_EQ_STR(norm("收费金额(单位:万元)"), "收费金额(单位:万元)", "(单位:万元) kept");
	UNIT_EQ_STR(norm("公开(qu)"), "公开(qu)", "no tone mark: kept");
	UNIT_EQ_STR(norm("ABC(ā)"), "ABC(ā)", "not after a Han character: kept");
	UNIT_EQ_STR(norm("区(qū"), "区(qū", "unclosed: kept");
	UNIT_EQ_STR(norm("区(QŪ)"), "区(QŪ)", "upper case: kept");
	UNIT_EQ_STR(norm("区(zhuāngzhuang)"), "区(zhuāngzhuang)", "too long for a syllable: kept");
	UNIT_EQ_STR(norm("(1)区(7)"), "(1)区(7)", "numbered items kept");

	/* Word and markdown debris */
	UNIT_EQ_STR(norm("\t[bookmark: _GoBack]第二十条第（六）项"), "\t第二十条第(六)项",
				"[bookmark: _GoBack] removed, tab kept");
	UNIT_EQ_STR(norm("[bookmark: _Hlk66973412]一、本年新收"), "一、本年新收",
				"[bookmark: _Hlk…] removed");
	UNIT_EQ_STR(norm("[1] [bookmark: x"), "[1] [bookmark: x", "other brackets and unclosed bookmark kept");
	UNIT_EQ_STR(norm("**主动公开情况：**执法公开 5 条"), "主动公开情况:执法公开 5 条",
				"markdown ** removed");
	UNIT_EQ_STR(norm("***粗斜***"), "粗斜", "markdown *** removed");
	UNIT_EQ_STR(norm("5*8 注*"), "5*8 注*", "single * kept");
	UNIT_EQ_STR(norm("a__b__c a_b 金额____元 ＿＿x"), "abc a_b 金额____元 x",
				"__ removed; _ and fill-in blanks kept");

	/* script detection */
	{
		size_t		len;
		char	   *s = slurp(SEEDS "004_43470c8d9389378c.txt", &len);

		UNIT_OK(s != NULL, "seed 004 readable");
		if (s)
		{
			r = normn(s, len);
			UNIT_EQ_INT(last_script, GDR_SCRIPT_HANT, "seed 004 is traditional");
			UNIT_OK(strstr(r, "新荣区自然资源局2024年政府信息公开工作年度报告") != NULL,
					"seed 004: title 新荣区自然资源局 simplified, debris gone");
			UNIT_OK(strstr(r, "本年新收政府信息公开申请数量") != NULL,
					"seed 004: 本年新收政府信息公开申请数量");
			UNIT_OK(strstr(r, "信访投诉举报类申请") != NULL, "seed 004: 信访投诉举报类申请");
			UNIT_OK(strstr(r, "合计") != NULL, "seed 004: 合计");
			UNIT_OK(strstr(r, "各科室有关统计数据") != NULL, "seed 004: 統(tǒng)計 -> 统计");
			UNIT_OK(strstr(r, "《中华人民共和国政府信息公开条例》(国务院令第711号") != NULL,
					"seed 004: 條例 -> 条例, full-width parenthesis folded");
			UNIT_OK(strstr(r, "ū)") == NULL && strstr(r, "ǒ)") == NULL &&
					strstr(r, "ā)") == NULL, "seed 004: no pinyin debris left");
			UNIT_OK(strstr(r, "區") == NULL && strstr(r, "資") == NULL &&
					strstr(r, "報") == NULL, "seed 004: no traditional characters left");
			free(s);
		}
	}
	{
		static const char *const files[] = {
			SEEDS "000_74c536d70a2fd30e.txt", SEEDS "001_1d2aa8c0efe2002d.txt",
			SEEDS "002_fc47283759ae00e6.txt", SEEDS "003_68e3794837a4b651.txt",
			CORPUS "hongze-district-2023.txt", CORPUS "hongze-district-2024.txt",
			CORPUS "huaian-city-2024.txt", CORPUS "market-regulation-2019.txt",
			CORPUS "sh-kewei-2024.md", CORPUS "sh-office-2025.md",
			CORPUS "shuyang-county-2025.txt", CORPUS "shuyang-fgj-2023.html",
			CORPUS "zone-admin-2014.txt"
		};
		size_t		f;

		for (f = 0; f < sizeof(files) / sizeof(files[0]); f++)
		{
			size_t		len,
						rlen;
			char	   *s = slurp(files[f], &len);
			char	   *ref;

			UNIT_OK(s != NULL, "%s readable", files[f]);
			if (s == NULL)
				continue;
			r = normn(s, len);
			ref = reference(s, len, &rlen);
			UNIT_EQ_INT(last_script, GDR_SCRIPT_HANS, "%s is simplified", files[f]);
			UNIT_OK(strlen(r) == rlen && memcmp(r, ref, rlen) == 0,
					"%s: output = full-width fold minus the documented removals", files[f]);
			if (strlen(r) != rlen || memcmp(r, ref, rlen) != 0)
			{
				size_t		i = 0;

				while (r[i] && r[i] == ref[i])
					i++;
				printf("#   first difference at byte %zu: got \"%.40s\" want \"%.40s\"\n",
					   i, r + (i > 10 ? i - 10 : 0), ref + (i > 10 ? i - 10 : 0));
			}
			free(ref);
			free(s);
		}
	}
	{
		/* a simplified report with a sprinkling of 乾 著 於 瞭 stays hans */
		size_t		len,
					i;
		char	   *s = slurp(SEEDS "001_1d2aa8c0efe2002d.txt", &len);
		char	   *mix;

		if (s)
		{
			mix = malloc(len + 40 * 16 + 1);
			memcpy(mix, s, len);
			for (i = 0; i < 40; i++)
				memcpy(mix + len + i * 12, "乾著於瞭", 12);
			r = normn(mix, len + 40 * 12);
			UNIT_EQ_INT(last_script, GDR_SCRIPT_HANS,
						"seed 001 plus 160 乾/著/於/瞭 stays simplified");
			UNIT_OK(strstr(r, "乾著於瞭") != NULL, "and those characters are not mapped");
			free(mix);
			free(s);
		}
		else
			UNIT_OK(0, "seed 001 readable");
	}
	{
		/*
		 * 40 of them: past the 32 mapped characters after which the pass
		 * switches to its branchless loop, within the 64 the undo log
		 * keeps: every one of them must be put back, wherever it was.
		 */
		size_t		len,
					i,
					n = 0;
		char	   *s = slurp(SEEDS "001_1d2aa8c0efe2002d.txt", &len);
		char	   *mix;
		const char *q;

		if (s)
		{
			size_t		half = len / 2;

			while (half < len && ((unsigned char) s[half] & 0xC0) == 0x80)
				half++;
			mix = malloc(len + 10 * 12 + 1);
			memcpy(mix, s, half);
			for (i = 0; i < 10; i++)
				memcpy(mix + half + i * 12, "乾著於瞭", 12);
			memcpy(mix + half + 10 * 12, s + half, len - half);
			r = normn(mix, len + 10 * 12);
			UNIT_EQ_INT(last_script, GDR_SCRIPT_HANS,
						"seed 001 plus 40 乾/著/於/瞭 in its middle stays simplified");
			for (q = r; (q = strstr(q, "乾著於瞭")) != NULL; q += 12)
				n++;
			UNIT_EQ_INT(n, 10, "and all 40 are put back unmapped");
			free(mix);
			free(s);
		}
		else
			UNIT_OK(0, "seed 001 readable");
	}
	r = norm("乾隆年间的著作於此");
	UNIT_EQ_INT(last_script, GDR_SCRIPT_HANS, "short simplified text with 乾 著 於: hans");
	UNIT_EQ_STR(r, "乾隆年间的著作於此", "and it is left alone");
	r = norm("本報告依據《中華人民共和國政府信息公開條例》編制，統計期限自2024年1月1日起。");
	UNIT_EQ_INT(last_script, GDR_SCRIPT_HANT, "a traditional paragraph is hant");
	UNIT_EQ_STR(r, "本报告依据《中华人民共和国政府信息公开条例》编制,统计期限自2024年1月1日起。",
				"and is mapped to simplified");
	r = norm("「三安全一穩定」的規範性檔案，資訊公開，舉報類申請，國務院，區縣");
	UNIT_EQ_INT(last_script, GDR_SCRIPT_HANT, "traditional quotes paragraph is hant");
	UNIT_EQ_STR(r, "“三安全一稳定”的规范性档案,资讯公开,举报类申请,国务院,区县",
				"「」 -> “” in traditional text");
	UNIT_EQ_STR(norm("「引号」"), "「引号」", "「」 kept in simplified text");

	/* garbage never crashes and always gives valid UTF-8 */
	{
		size_t		n = 1 << 20,
					i;
		unsigned char *g = malloc(n);
		unsigned int seed = 12345;
		bool		ok = true;
		int			round;

		for (round = 0; round < 4; round++)
		{
			for (i = 0; i < n; i++)
			{
				seed = seed * 1103515245u + 12345u;
				/* bias towards UTF-8 lead and continuation bytes, ( [ * _ */
				switch ((seed >> 16) % 8)
				{
					case 0:
						g[i] = (unsigned char) (0xE0 + ((seed >> 8) & 0x0F));
						break;
					case 1:
					case 2:
						g[i] = (unsigned char) (0x80 + ((seed >> 8) & 0x3F));
						break;
					case 3:
						g[i] = "([*_)\r\n\0"[(seed >> 8) & 7];
						break;
					default:
						g[i] = (unsigned char) (seed >> 8);
				}
			}
			{
				gdr_ctx		c;
				gdr_buf		out = {0};
				gdr_script	sc;

				gdr_ctx_init(&c, &gdr_env_malloc);
				if (!gdr_normalize(&c, (const char *) g, n, &out, &sc) ||
					out.data == NULL || strlen(out.data) != out.len ||
					!valid_utf8(out.data, out.len))
					ok = false;
				gdr_ctx_free(&c);
			}
		}
		UNIT_OK(ok, "4 MB of random bytes: no crash, output valid UTF-8 without NUL");
		free(g);
	}

	/* cancellation */
	{
		gdr_env		env = gdr_env_malloc;
		gdr_ctx		c;
		gdr_buf		out = {0};
		gdr_script	sc;
		size_t		n = 1 << 20;
		char	   *big = malloc(n);
		bool		ret;

		memset(big, 'a', n);
		env.tick = cancel_tick;
		ticks = 0;
		gdr_ctx_init(&c, &env);
		ret = gdr_normalize(&c, big, n, &out, &sc);
		UNIT_OK(!ret && c.status == GDR_ECANCEL, "a tick returning non-zero cancels (after %d ticks)", ticks);
		gdr_ctx_free(&c);
		free(big);
	}

	/* throughput (printed, not asserted) */
	throughput("simplified (seed 001 x 5 MB)", SEEDS "001_1d2aa8c0efe2002d.txt", GDR_SCRIPT_HANS);
	throughput("traditional (seed 004 x 5 MB)", SEEDS "004_43470c8d9389378c.txt", GDR_SCRIPT_HANT);

	gdr_ctx_free(&ctx);
	return unit_done();
}
