/*
 * test_legacy.c -- pre-2019 statistics tables: the real 2014 report and local 附表 variants.
 */
#include <stdbool.h>
#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

/* the real normaliser, as the parser runs it before this stage */
#include "testutil.h"

#define fold(in, len, outlen) tu_normalize((in), (len), (outlen))
#define read_file(path, len) tu_read_file((path), (len))
#define read_folded(path, len) tu_read_normalized((path), (len))

/* ------------------------------------------------------------------ */

static gdr_ctx ctx;
static bool found;
static gdr_span lsp;			/* the span to skip, when a list */

static gdr_report *
run(const char *text)
{
	gdr_report *r = gdr_alloc0(&ctx, sizeof(gdr_report));
	size_t		n;
	char	   *f = fold(text, strlen(text), &n);

	found = false;
	UNIT_OK(gdr_table_legacy(&ctx, f, n, r, &found, &lsp), "gdr_table_legacy returns true");
	free(f);
	return r;
}

#define NUL (-999)
#define ABS (-998)
static int64_t
get(const gdr_report *r, const char *path)
{
	int			s = gdr_slot_find(path, strlen(path));

	if (s < 0)
	{
		printf("# unknown path %s\n", path);
		return -997;
	}
	if (!gdr_present(r, s))
		return ABS;
	if (!gdr_has(r, s))
		return NUL;
	return r->val[s];
}

static bool
has_warning(const gdr_report *r, const char *code)
{
	int			i;

	for (i = 0; i < r->nwarnings; i++)
		if (strcmp(r->warnings[i].code, code) == 0)
			return true;
	return false;
}

static int
count_values(const gdr_report *r)
{
	int			i, n = 0;

	for (i = 0; i < GDR_NSLOTS; i++)
		if (gdr_has(r, i))
			n++;
	return n;
}

#define EQ(r, path, want) UNIT_EQ_INT(get(r, path), want, "%s", path)
#define M(x) ((int64_t) ((x) * 1000000.0 + 0.5))

static void
test_zone_admin(void)
{
	size_t		n;
	char	   *s = read_folded("../shared/corpus/zone-admin-2014.txt", &n);
	gdr_report *r;

	UNIT_OK(s != NULL, "zone-admin-2014 read");
	if (s == NULL)
		return;
	r = gdr_alloc0(&ctx, sizeof(gdr_report));
	UNIT_OK(gdr_table_legacy(&ctx, s, n, r, &found, &lsp), "zone-admin parsed");
	UNIT_OK(found, "zone-admin: statistics table found");
	/* gold (corpus manifest) */
	EQ(r, "applications.new.total", 1);
	EQ(r, "applications.processed.total", 1);
	EQ(r, "applications.granted.total", 1);
	EQ(r, "applications.partial.total", 0);
	EQ(r, "appeals.review.total", 0);
	EQ(r, "appeals.suit.total", 0);
	EQ(r, "active.total", 2543);
	EQ(r, "legacy.fees_yuan", 0);
	/* the rest of the table, read from the file */
	EQ(r, "legacy.cumulative.active_total", 78967);
	EQ(r, "legacy.active_website", 2543);
	EQ(r, "legacy.active_gazette", 0);
	EQ(r, "legacy.requests_in_person", 0);
	EQ(r, "legacy.requests_online", 0);
	EQ(r, "legacy.requests_mail", 1);
	EQ(r, "legacy.denied", 0);
	EQ(r, "legacy.other_replies", 0);
	EQ(r, "legacy.cumulative.applications", 1);
	EQ(r, "legacy.cumulative.replies", 1);
	/* 接受行政诉讼、举报数 is neither lawsuits nor plain complaints */
	EQ(r, "legacy.complaints", ABS);
	EQ(r, "appeals.suit_direct.total", ABS);
	UNIT_EQ_INT(r->nwarnings, 0, "zone-admin: no warnings");
	free(s);
}

static void
test_putian(void)
{
	gdr_report *r = run(
		"附表：莆田市某局2009年政府信息公开情况统计表\n"
		"指标\t2009年度\t历年累计\n"
		"主动公开信息数(条)\t734\t2100\n"
		"其中:1.政府网站\t700\t2000\n"
		"2.政府公报\t34\t100\n"
		"受理依申请公开信息总数(条)\t12\t40\n"
		"其中:1.当面申请数\t2\t10\n"
		"2.传真申请数\t0\t0\n"
		"3.电子邮件申请数\t4\t10\n"
		"4.网上申请数\t5\t15\n"
		"5.信函申请数\t1\t5\n"
		"本年度对申请的答复总数\t12\t40\n"
		"其中:1.同意公开答复数\t9\t30\n"
		"2.同意部分公开答复数\t1\t4\n"
		"3.否决公开答复总数\t2\t6\n"
		"行政复议数\t1\t3\n"
		"行政诉讼数\t0\t1\n"
		"行政申诉数\t0\t0\n"
		"二、其他情况说明。\n");

	UNIT_OK(found, "莆田: found");
	EQ(r, "active.total", 734);
	EQ(r, "legacy.cumulative.active_total", 2100);
	EQ(r, "legacy.active_website", 700);
	EQ(r, "legacy.active_gazette", 34);
	EQ(r, "applications.new.total", 12);
	EQ(r, "legacy.cumulative.applications", 40);
	EQ(r, "legacy.requests_in_person", 2);
	/* requests_mail is 信函、传真: 传真 0 + 信函 1; requests_online is
	 * 网上 and 电子邮件: 4 + 5 (with 当面 2 they make the 12 received) */
	EQ(r, "legacy.requests_mail", 1);
	EQ(r, "legacy.requests_online", 9);
	UNIT_OK(!has_warning(r, "legacy_conflict"), "channel rows add up, no conflict");
	EQ(r, "applications.processed.total", 12);
	EQ(r, "applications.granted.total", 9);
	EQ(r, "applications.partial.total", 1);
	EQ(r, "legacy.denied", 2);
	EQ(r, "legacy.cumulative.denied", 6);
	EQ(r, "appeals.review.total", 1);
	EQ(r, "legacy.cumulative.reviews", 3);
	EQ(r, "appeals.suit.total", 0);
	EQ(r, "legacy.cumulative.lawsuits", 1);
	EQ(r, "legacy.complaints", 0);
}

static void
test_dingxi(void)
{
	/* 本期实际 / 本年累计: the annual figure is 本年累计; no 历年累计 */
	gdr_report *r = run(
		"定西市政府信息公开情况统计报表\n"
		"指标名称 计量单位 本期实际 本年累计\n"
		"主动公开信息数 条 50 480\n"
		"其中:全文电子化的主动公开信息数 条 50 470\n"
		"新增的行政规范性文件数 件 1 6\n"
		"申请总数 件 2 9\n"
		"对申请的答复总数 件 2 8\n"
		"1.同意公开答复数 件 1 5\n"
		"2.同意部分公开答复数 件 0 1\n"
		"3.否决公开答复总数 件 1 2\n"
		"(2)\"信息不存在\"数 件 0 1\n"
		"(3)\"非本部门掌握\"数 件 1 1\n"
		"(4)\"申请内容不明确\"数 件 0 0\n"
		"行政复议数 件 0 1\n"
		"行政诉讼数 件 0 0\n"
		"行政申诉数 件 0 2\n"
		"其中:对本部门首次处理不满意的行政申诉数 件 0 1\n"
		"政府信息公开收费 万元 0 0.25\n");

	EQ(r, "active.total", 480);
	EQ(r, "legacy.cumulative.active_total", ABS);
	EQ(r, "applications.new.total", 9);
	EQ(r, "applications.processed.total", 8);
	EQ(r, "applications.granted.total", 5);
	EQ(r, "applications.partial.total", 1);
	EQ(r, "legacy.denied", 2);
	EQ(r, "legacy.not_exist", 1);
	EQ(r, "legacy.not_ours", 1);
	EQ(r, "legacy.unclear", 0);
	EQ(r, "appeals.review.total", 1);
	EQ(r, "appeals.suit.total", 0);
	EQ(r, "legacy.complaints", 2);
	/* 0.25 万元 = 2500 元 */
	EQ(r, "legacy.fees_yuan", M(2500));
}

/*
 * The 2014-2018 national 《政府信息公开情况统计表》 (国办发〔2014〕32号) as
 * report-format.md §5.3 lists it, in a report written for the tests
 * (test/data/legacy/): one value column 统计数, units, 维持/纠错/其他情形
 * under 行政复议数量 and 行政诉讼数量, 传真 and 信函 as two rows, fees in
 * 万元, and rows that must map to nothing (在线访谈, 专项经费, the reasons
 * under 不同意公开 including a 其他情形 that is not an appeal outcome).
 */
static void
test_32hao(void)
{
	static const char *const files[] = {
		"test/data/legacy/2016-32hao-tabs.txt", "test/data/legacy/2016-32hao-spaces.txt"
	};
	int			i;

	for (i = 0; i < 2; i++)
	{
		size_t		n;
		char	   *s = read_folded(files[i], &n);
		gdr_report *r;

		UNIT_OK(s != NULL, "%s read", files[i]);
		if (s == NULL)
			continue;
		r = gdr_alloc0(&ctx, sizeof(gdr_report));
		UNIT_OK(gdr_table_legacy(&ctx, s, n, r, &found, &lsp) && found, "%s: table found", files[i]);
		EQ(r, "active.total", 1386);
		EQ(r, "legacy.active_gazette", 36);
		/* 政府网站公开政府信息数, not 政府网站在线访谈次数 */
		EQ(r, "legacy.active_website", 1286);
		EQ(r, "applications.new.total", 58);
		EQ(r, "legacy.requests_in_person", 11);
		EQ(r, "legacy.requests_online", 39);
		/* 传真 0 + 信函 8 */
		EQ(r, "legacy.requests_mail", 8);
		EQ(r, "applications.processed.total", 55);
		EQ(r, "legacy.already_public", 9);
		EQ(r, "applications.granted.total", 27);
		EQ(r, "applications.partial.total", 4);
		EQ(r, "legacy.denied", 3);
		EQ(r, "legacy.not_ours", 6);
		EQ(r, "legacy.not_exist", 5);
		EQ(r, "appeals.review.total", 3);
		EQ(r, "appeals.review.upheld", 2);
		EQ(r, "appeals.review.corrected", 1);
		EQ(r, "appeals.review.other", 0);
		EQ(r, "appeals.review.pending", ABS);
		EQ(r, "appeals.suit.total", 2);
		EQ(r, "appeals.suit.upheld", 1);
		EQ(r, "appeals.suit.corrected", 0);
		EQ(r, "appeals.suit.other", 1);
		EQ(r, "legacy.complaints", 1);
		/* 0.012 万元 */
		EQ(r, "legacy.fees_yuan", M(120));
		UNIT_EQ_INT(r->nwarnings, 0, "%s: no warnings", files[i]);
		free(s);
		{
			/* the whole parse: the prose says the same fee (收取检索、复制、
			 * 邮寄等费用120元, an enumeration in the filler) */
			size_t		rn;
			char	   *raw = tu_read_file(files[i], &rn);
			gdr_ctx		c2;
			gdr_report *pr = NULL;

			gdr_ctx_init(&c2, &gdr_env_malloc);
			UNIT_OK(raw && gdr_parse(&c2, raw, rn, &pr) == GDR_OK, "%s: gdr_parse", files[i]);
			if (pr)
			{
				EQ(pr, "narrative.fees_collected", M(120));
				EQ(pr, "legacy.fees_yuan", M(120));
				/* the signature, on its own lines or at the end of the
				 * run-on line */
				UNIT_EQ_STR(pr->published, "2017-03-28", "%s: published", files[i]);
				UNIT_EQ_STR(pr->agency, "宜兴市环境保护局", "%s: agency", files[i]);
			}
			gdr_ctx_free(&c2);
			free(raw);
		}
	}
}

static void
test_32hao_edges(void)
{
	gdr_report *r;

	/* a split row is only read right under its total */
	r = run("统计指标 单位 统计数\n"
			"4.不同意公开答复数 件 3\n其中:法律法规规定的其他情形 件 1\n"
			"四、行政复议数量 件 2\n(一)维持具体行政行为数 件 2\n"
			"五、行政诉讼数量 件 1\n(一)维持具体行政行为或者驳回原告诉讼请求数 件 1\n"
			"六、举报投诉数量 件 0\n(三)其他情形数 件 5\n");
	EQ(r, "appeals.review.upheld", 2);
	EQ(r, "appeals.review.other", ABS);
	EQ(r, "appeals.suit.upheld", 1);
	EQ(r, "appeals.suit.other", ABS);
	/* channels given both together and apart: the sum is not trusted */
	r = run("统计指标 单位 统计数\n信函、传真申请数 件 3\n传真申请数 件 1\n信函申请数 件 1\n");
	EQ(r, "legacy.requests_mail", NUL);
	UNIT_OK(has_warning(r, "legacy_conflict"), "combined and split channels: conflict");
	r = run("统计指标 单位 统计数\n传真申请数 件 —\n信函申请数 件 4\n");
	EQ(r, "legacy.requests_mail", NUL);
	UNIT_OK(has_warning(r, "legacy_cell_unreadable"), "a channel without a number: sum unknown");
	r = run("统计指标 单位 统计数\n3.电子邮件申请数 件 2\n4.网上申请数 件 5\n");
	EQ(r, "legacy.requests_online", 7);
	/* a row with a blank value does not swallow the next top-level label */
	r = run("统计指标\t单位\t统计数\n7.告知作出更改补充数\t件\t1\n8.告知通过其他途径办理数\t件\t \n"
			"四、行政复议数量\t件\t2\n（一）维持具体行政行为数\t件\t1\n（二）被依法纠错数\t件\t0\n"
			"（三）其他情形数\t件\t1\n五、行政诉讼数量\t件\t1\n");
	EQ(r, "appeals.review.total", 2);
	EQ(r, "appeals.review.upheld", 1);
	EQ(r, "appeals.review.corrected", 0);
	EQ(r, "appeals.review.other", 1);
	EQ(r, "appeals.suit.total", 1);
	/* a value glued to its unit runs the row into the next labels: not read */
	r = run("统计指标 单位 统计数\n8.告知通过其他途径办理数 件0\n四、行政复议数量件3\n（一）维持具体行政行为数件2\n"
			"五、行政诉讼数量件2\n（一）维持具体行政行为或者驳回原告诉讼请求数件 1\n");
	EQ(r, "appeals.suit.total", ABS);
	EQ(r, "appeals.review.total", ABS);
	/* but a label wrapped over two lines is still one label */
	r = run("统计指标 单位 统计数\n(一)主动公开政府\n信息数 条 12\n");
	EQ(r, "active.total", 12);
}

static void
test_edge(void)
{
	gdr_report *r;

	r = run("");
	UNIT_OK(!found && count_values(r) == 0, "empty: nothing");
	r = run("本报告没有统计表。主动公开信息 12 条。");
	UNIT_OK(!found && count_values(r) == 0, "prose only: nothing");
	r = run("指标名称 计量单位 2014年度 历年累计 主动公开文件数 条 2543 行政复议数 件 0 0");
	EQ(r, "active.total", NUL);
	UNIT_OK(has_warning(r, "legacy_row_cells"), "a row with one value for two columns: null + warning");
	EQ(r, "appeals.review.total", 0);
	r = run("指标名称 计量单位 2014年度 历年累计 行政复议数 件 1.5 2");
	EQ(r, "appeals.review.total", NUL);
	UNIT_OK(has_warning(r, "legacy_cell_unreadable"), "decimal count: null + warning");
	r = run("指标名称 计量单位 2014年度 历年累计 主动公开文件数 条 - 100");
	EQ(r, "active.total", NUL);
	EQ(r, "legacy.cumulative.active_total", 100);
	r = run("指标名称 计量单位 2014年度 历年累计 接受行政诉讼、举报数 件 3 3");
	UNIT_OK(count_values(r) == 0, "接受行政诉讼、举报数 maps to nothing");
	r = run("历年累计");
	UNIT_OK(!found, "header only: nothing");
	{
		char		buf[2048];
		unsigned	seed = 7;
		int			i;
		static const char *const fr[] = {"指标名称", " ", "历年累计", "1", "22", "主动公开文件数",
		"条", "\n", "其中:", "0.5", "-", "行政复议数", "元", "\xe3", "(", ")"};

		for (i = 0; i < 300; i++)
		{
			size_t		n = 0;
			bool		f2;
			gdr_report *g = gdr_alloc0(&ctx, sizeof(gdr_report));

			while (n < sizeof(buf) - 32)
			{
				const char *x;

				seed = seed * 1103515245u + 12345u;
				x = fr[(seed >> 16) % (sizeof(fr) / sizeof(fr[0]))];
				if ((seed >> 4) % 101 == 0)
					break;
				memcpy(buf + n, x, strlen(x));
				n += strlen(x);
			}
			(void) gdr_table_legacy(&ctx, buf, n, g, &f2, &lsp);
		}
		UNIT_OK(true, "300 random soups without a crash");
	}
}

/* the statistics table copied into a 附件 as "label：value" lines */
static void
test_kv_list(void)
{
	static const char list[] =
		"附件：瑞岭市水利局2014年度政府信息公开统计数据\n\n"
		"主动公开政府信息数：1234条\n"
		"其中：主动公开规范性文件数：12条\n"
		"收到申请数：26件\n"
		"其中：当面申请数：5件\n"
		"传真申请数：0件\n"
		"网络申请数：17件\n"
		"信函申请数：4件\n"
		"申请办结数：26件\n"
		"其中：按时办结数：26件\n"
		"同意公开答复数：18件\n"
		"同意部分公开答复数：3件\n"
		"不同意公开答复数：1件\n"
		"行政复议数量：1件\n"
		"其中：维持具体行政行为数：1件\n"
		"被依法纠错数：0件\n"
		"其他情形数：0件\n"
		"行政诉讼数量：0件\n"
		"依申请公开信息收取的费用：0元\n"
		"处理政府信息公开的专项经费：1.5万元\n";
	gdr_report *r;
	size_t		n = strlen("附件：瑞岭市水利局2014年度政府信息公开统计数据\n\n");

	r = run(list);
	UNIT_OK(found, "a 附件 list of label：value lines is the statistics table");
	EQ(r, "active.total", 1234);
	EQ(r, "applications.new.total", 26);
	EQ(r, "applications.processed.total", 26);
	EQ(r, "applications.granted.total", 18);
	EQ(r, "applications.partial.total", 3);
	EQ(r, "legacy.denied", 1);
	EQ(r, "legacy.requests_in_person", 5);
	EQ(r, "legacy.requests_mail", 4);	/* 传真 0 + 信函 4 */
	EQ(r, "appeals.review.total", 1);
	EQ(r, "appeals.review.upheld", 1);
	EQ(r, "appeals.review.corrected", 0);
	EQ(r, "appeals.suit.total", 0);
	EQ(r, "legacy.fees_yuan", 0);
	/* (the normalised text is as long as the source here: ASCII ':' is one
	 * byte for three, so the span starts earlier) */
	UNIT_OK(lsp.b > lsp.a && lsp.a < n, "its extent is returned for the prose stage to skip");

	/* a crawler header: label：value lines, none a figure of the table */
	r = run("标题：某局2014年政府信息公开工作年度报告\n来源：某局\n浏览次数：356次\n"
			"字数：2300个\n附件数：2个\n评论数：0条\n分享数：12次\n\n正文。\n");
	UNIT_OK(!found && lsp.b == lsp.a, "a crawler header is no table");
	/* five lines are not enough */
	r = run("主动公开政府信息数：1234条\n收到申请数：26件\n同意公开答复数：18件\n"
			"行政复议数量：1件\n行政诉讼数量：0件\n");
	UNIT_OK(!found, "five label：value lines are not a table");
	EQ(r, "active.total", ABS);
	/* a sentence in the run ends it */
	r = run("主动公开政府信息数：1234条\n收到申请数：26件\n同意公开答复数：18件\n"
			"全年共收到申请26件。\n行政复议数量：1件\n行政诉讼数量：0件\n申请办结数：26件\n");
	UNIT_OK(!found, "a sentence between the lines splits the list");
}

/* a comparison with the year before: 2016年 · 2015年 · 增减 */
static void
test_two_years(void)
{
	gdr_report *r;

	r = run("指标名称\t单位\t2016年\t2015年\t增减\n"
			"一、主动公开政府信息数\t条\t3517\t3052\t+465\n"
			"二、收到申请数\t件\t64\t41\t+23\n"
			"五、行政复议数\t件\t2\t3\t-1\n"
			"八、依申请公开收取的费用\t元\t0\t0\t0\n");
	EQ(r, "active.total", 3517);
	EQ(r, "applications.new.total", 64);
	EQ(r, "appeals.review.total", 2);
	EQ(r, "legacy.fees_yuan", 0);	/* three cells, a 增减 of 0 among them */
	UNIT_OK(!has_warning(r, "legacy_row_cells"), "every row has the three columns");

	/* the earlier year first: the later one is the report's */
	r = run("指标名称\t单位\t2015年\t2016年\t增减\n"
			"一、主动公开政府信息数\t条\t3052\t3517\t+465\n"
			"二、收到申请数\t件\t41\t64\t+23\n");
	EQ(r, "active.total", 3517);
	EQ(r, "applications.new.total", 64);

	/* 历年累计 of the legacy rows */
	r = run("指标名称\t本年度\t历年累计\n申请信息不存在数\t3\t11\n"
			"不属于本行政机关公开数\t2\t9\n行政申诉数\t0\t2\n");
	EQ(r, "legacy.cumulative.not_exist", 11);
	EQ(r, "legacy.cumulative.not_ours", 9);
	EQ(r, "legacy.cumulative.complaints", 2);
	EQ(r, "legacy.complaints", 0);
}

/* a header word named in the prose before the table is no header */
static void
test_anchor_in_prose(void)
{
	gdr_report *r = run("本年度未收取费用。附表中“历年累计”一栏的45元，系二〇〇九年收取的复制费。\n"
						"附表：某县民政局二〇一一年度政府信息公开情况统计表\n"
						"指标名称\t单位\t本年度\t历年累计\n"
						"一、主动公开政府信息数\t条\t426\t1,207\n"
						"二、受理申请总数\t件\t37\t71\n"
						"七、依申请公开收取费用\t元\t0\t45\n");

	UNIT_OK(found, "the table after the prose that names its column is found");
	UNIT_EQ_INT(get(r, "applications.new.total"), 37, "受理申请总数 37");
	UNIT_EQ_INT(get(r, "active.total"), 426, "a row whose cumulative value has a thousands separator (1,207)");
	UNIT_EQ_INT(get(r, "legacy.cumulative.active_total"), 1207, "… which is read: 1207");
	UNIT_EQ_INT(get(r, "legacy.cumulative.fees_yuan"), 45 * GDR_MONEY_SCALE, "the cumulative column: 45 元");
	UNIT_EQ_INT(get(r, "legacy.fees_yuan"), 0, "this year: 0 元");
	r = run("指标名称   单位   本年度   累计\n一、主动公开政府信息数   条   356   1,487\n"
			"(一)申请总数   件   9   23\n");
	UNIT_EQ_INT(get(r, "active.total"), 356, "a header 累计 alone is the cumulative column: this year 356");
	UNIT_EQ_INT(get(r, "legacy.cumulative.active_total"), 1487, "… and 1,487 the cumulative");
}

int
main(void)
{
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	test_zone_admin();
	test_putian();
	test_dingxi();
	test_32hao();
	test_32hao_edges();
	test_edge();
	test_kv_list();
	test_two_years();
	test_anchor_in_prose();
	gdr_ctx_free(&ctx);
	return unit_done();
}
