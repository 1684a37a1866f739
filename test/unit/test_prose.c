/*
 * test_prose.c -- gdr_prose() (src/core/prose.c): agency, year, kind,
 * published date and the narrative figures.
 *
 * Synthetic sentences for each figure, then every seed and corpus report
 * against the gold of its manifest (../shared/seeds, ../shared/corpus):
 * only the paths the gold lists are asserted; what else the prose stage
 * sets is printed as TAP comments for review.
 *
 * The input of gdr_prose is normalised text.  Until the whole pipeline is
 * used here, prep() does what norm.c does to these files: full-width ASCII
 * folded, U+3000 to a space, markdown ** and Word [bookmark: ...] removed,
 * traditional characters simplified (through unicode.c's table) and the
 * pinyin a converter left after a character (區(qū)) dropped.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unicode_int.h"
#include "unit.h"

static gdr_ctx ctx;

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

static bool
is_pinyin_cp(uint32_t c)
{
	if ((c >= 'a' && c <= 'z'))
		return true;
	/* Latin-1 / Latin Extended vowels with tone marks, ü */
	return (c >= 0xE0 && c <= 0xFC) || (c >= 0x100 && c <= 0x17F) ||
		(c >= 0x1CD && c <= 0x1DC);
}

/* the normalisation norm.c does, enough for these files */
static char *
prep(const char *in, size_t n, size_t *outlen)
{
	char	   *out = malloc(n * 3 + 1);	/* a stray byte becomes U+FFFD */
	size_t		i = 0,
				o = 0;
	const gdr_uni_tables *T = gdr_uni_tables_get();
	uint32_t	prev = 0;

	while (i < n)
	{
		uint32_t	c;
		int			l;

		if (in[i] == '*' && i + 1 < n && in[i + 1] == '*')
		{
			i += 2;
			continue;
		}
		if (in[i] == '[' && n - i > 10 && memcmp(in + i, "[bookmark:", 10) == 0)
		{
			const char *e = memchr(in + i, ']', n - i);

			if (e)
			{
				i = (size_t) (e - in) + 1;
				continue;
			}
		}
		l = gdr_utf8_decode(in + i, n - i, &c);
		/* pinyin in brackets after a Han character: 區(qū) */
		if ((c == '(' || c == 0xFF08) && prev >= 0x3400 && prev <= 0x9FFF)
		{
			size_t		j = i + (size_t) l;
			int			k = 0;
			uint32_t	d = 0;

			while (j < n && k < 8)
			{
				int			m = gdr_utf8_decode(in + j, n - j, &d);

				if (!is_pinyin_cp(d))
					break;
				j += (size_t) m;
				k++;
			}
			if (k > 0 && j < n)
			{
				int			m = gdr_utf8_decode(in + j, n - j, &d);

				if (d == ')' || d == 0xFF09)
				{
					i = j + (size_t) m;
					continue;
				}
			}
		}
		if (c >= 0xFF01 && c <= 0xFF5E)
			c = c - 0xFF01 + 0x21;
		else if (c == 0x3000 || c == 0xA0)
			c = ' ';
		else if (c >= GDR_T2S_FIRST && c <= GDR_T2S_LAST && T->have_t2s &&
				 T->t2s[c - GDR_T2S_FIRST])
			c = T->t2s[c - GDR_T2S_FIRST];
		o += (size_t) gdr_utf8_encode(c, out + o);
		prev = c;
		i += (size_t) l;
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

static gdr_report *
run_n(const char *text, size_t n)
{
	gdr_report *r = gdr_alloc0(&ctx, sizeof(gdr_report));
	size_t		pl;
	char	   *p = prep(text, n, &pl);
	bool		ok = gdr_prose(&ctx, p, pl, r);

	free(p);
	return ok ? r : NULL;
}

static gdr_report *
run(const char *text)
{
	return run_n(text, strlen(text));
}

static int
slot_of(const char *path)
{
	return gdr_slot_find(path, strlen(path));
}

/* value of a narrative path, or -1 when absent */
static long long
nv(const gdr_report *r, const char *name)
{
	char		path[96];
	int			s;

	snprintf(path, sizeof(path), "narrative.%s", name);
	s = slot_of(path);
	if (r == NULL || s < 0 || !gdr_has(r, s))
		return -1;
	if (gdr_slots[s].kind == GDR_MONEY)
		return (long long) (r->val[s] / GDR_MONEY_SCALE);
	return (long long) r->val[s];
}

static bool
has_warning(const gdr_report *r, const char *code, const char *path)
{
	int			i;

	for (i = 0; r && i < r->nwarnings; i++)
		if (strcmp(r->warnings[i].code, code) == 0 &&
			(path == NULL || (r->warnings[i].path &&
							  strcmp(r->warnings[i].path, path) == 0)))
			return true;
	return false;
}

static int
count_figures(const gdr_report *r)
{
	int			i,
				n = 0;

	for (i = GDR_S_N_ACTIVE_TOTAL; r && i <= GDR_S_N_FEES_COLLECTED; i++)
		if (gdr_present(r, i))
			n++;
	return n;
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (fread(buf, 1, (size_t) n, f) != (size_t) n)
		n = 0;
	buf[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return buf;
}

/* ------------------------------------------------------------------ */
/* synthetic sentences                                                 */
/* ------------------------------------------------------------------ */

static void
test_figures(void)
{
	gdr_report *r;
	int			recv = slot_of("narrative.applications_received");

	r = run("2023年收到政府信息公开申请27件，共答复政府信息公开申请24件，其余3件结转2024年度办理。");
	UNIT_EQ_INT(nv(r, "applications_received"), 27, "收到…申请 27 件");
	UNIT_OK(r && !(r->st[recv] & GDR_ST_AMBIGUOUS), "收到 is not ambiguous");
	UNIT_EQ_INT(nv(r, "applications_completed"), 24, "答复 24 件");
	/* 2024年度 is only "next year" once the title year is known */
	r = run("某某局2023年政府信息公开工作年度报告\n2023年收到政府信息公开申请27件，共答复政府信息公开申请24件，其余3件结转2024年度办理。");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 3, "其余 3 件结转 2024 年度 (number before the trigger)");
	r = run("全县共受理政府信息公开申请 749 件，共办理 718 件，结转下一年 31 件。");
	UNIT_EQ_INT(nv(r, "applications_received"), 749, "受理 749 件");
	UNIT_OK(r && (r->st[recv] & GDR_ST_AMBIGUOUS), "受理 is marked ambiguous");
	UNIT_OK(has_warning(r, "narrative_ambiguous", "narrative.applications_received"),
			"narrative_ambiguous warning with the slot path");
	UNIT_EQ_INT(nv(r, "applications_completed"), 718, "共办理 718 件");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 31, "结转下一年 31 件");

	r = run("本年度共收到政府信息公开申请二十一件，办理人大代表建议两件。");
	UNIT_EQ_INT(nv(r, "applications_received"), 21, "Chinese numeral 二十一");
	UNIT_EQ_INT(nv(r, "npc_suggestions"), 2, "Chinese numeral 两");

	r = run("2023 年自然资源和规划局未收到公开申请。\n2023 年未收到政务舆情信息。");
	UNIT_EQ_INT(nv(r, "applications_received"), 0, "未收到公开申请 is 0");
	r = run("本机关未收到政务舆情信息。");
	UNIT_EQ_INT(nv(r, "applications_received"), -1, "未收到舆情 is not about applications");

	r = run("全年收到政府信息公开申请 10 件。\n\n二、其他\n全年收到政府信息公开申请 12 件。");
	UNIT_EQ_INT(nv(r, "applications_received"), 10, "conflict: the first statement is kept");
	UNIT_OK(has_warning(r, "narrative_conflict", "narrative.applications_received"),
			"narrative_conflict warning");
	r = run("全年收到政府信息公开申请 10 件。全年收到政府信息公开申请 10 件。");
	UNIT_OK(!has_warning(r, "narrative_conflict", NULL), "the same figure twice is no conflict");

	r = run("市政府网站主动公开各类政府信息 5500 余条，制作政策解读近 300 个。");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "5500 余条 is not kept");
	UNIT_EQ_INT(nv(r, "interpretations"), -1, "近 300 个 is not kept");
	UNIT_OK(has_warning(r, "narrative_approximate", "narrative.active_total"),
			"narrative_approximate warning");

	r = run("我局主动公开各类政务信息共计950条，其中，通过政府信息公开专栏主动公开政府信息738条；通过微信公众号、其他媒体公开政府信息212条。");
	UNIT_EQ_INT(nv(r, "active_total"), 950, "the total, not the parts under 其中");
	r = run("全年通过县政府门户网站白沙镇专栏、镇政务公开栏和村务公开栏主动公开各类信息437条，其中民生信息186条。");
	UNIT_EQ_INT(nv(r, "active_total"), 437, "主动公开各类信息 437 条 is the total");
	r = run("通过“聊城”微信公众号发布各类信息1060篇。“上海国际服务门户”共发布各类信息 13528 条。");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "发布各类信息: an account's or a website's posts, no total");
	r = run("对城乡居民基本养老保险待遇调整、机关事业单位养老保险制度改革等12项政策进行了解读，做到文件与解读材料同步发布。");
	UNIT_EQ_INT(nv(r, "interpretations"), 12, "等12项政策进行了解读");
	r = run("对3个文件进行解读。");
	UNIT_EQ_INT(nv(r, "interpretations"), -1, "对3个文件进行解读: documents, no count of interpretations");
	r = run("2009年，我局未发生因政府信息公开申请提起行政复议的情况，行政诉讼亦无一例。全年收到1件对答复内容的行政申诉。");
	UNIT_EQ_INT(nv(r, "lawsuits"), -1, "行政诉讼亦无一例: not 1");
	r = run("因政府信息公开引起的行政复议、行政诉讼、举报投诉数量均为零。");
	UNIT_EQ_INT(nv(r, "reviews"), 0, "行政复议、行政诉讼、举报投诉数量均为零: no reviews");
	UNIT_EQ_INT(nv(r, "lawsuits"), 0, "… and no lawsuits");
	r = run("本年度行政复议、举报投诉数量均为零，行政诉讼3件。");
	UNIT_EQ_INT(nv(r, "lawsuits"), 3, "a zero list that leaves lawsuits out: 3 lawsuits");
	/* session 10 (held-out set 7) */
	/* (year lists need the title's year: the gold test's tanxi-town-2015 checks them) */
	r = run("2011年，我局共收到并办理政府信息公开申请6件，其中当面申请1件。");
	UNIT_EQ_INT(nv(r, "applications_received"), 6, "收到并办理…6件: received 6");
	UNIT_EQ_INT(nv(r, "applications_completed"), -1, "… and 办理 is no completion");
	r = run("全年办理邮政行政复议案件1件（系当事人对快递业务经营许可决定不服），与政府信息公开无关。");
	UNIT_EQ_INT(nv(r, "reviews"), -1, "a review 与政府信息公开无关 is not counted");
	/* a review body's caseload of every kind is no disclosure review */
	r = run("全年因政府信息公开申请被申请行政复议17件，其中维持12件。全市各级行政复议机关全年共收到各类行政复议申请1,024件。");
	UNIT_EQ_INT(nv(r, "reviews"), 17, "各类行政复议申请1,024件 is every review's count: 17, not 1,024");
	/* another year's report cited: 溇塘乡2009年年报称… */
	r = run("溇塘乡人民政府2010年政府信息公开工作年度报告\n备注：溇塘乡2009年年报称主动公开政府信息198条。\n"
			"2010年，乡政府主动公开政府信息237条。");
	UNIT_EQ_INT(nv(r, "active_total"), 237, "2009年年报称…198条 is 2009's figure: 237");
	r = run("本年度未发生因政府信息公开引起的行政复议案件；行政诉讼案件亦为零。");
	UNIT_EQ_INT(nv(r, "lawsuits"), 0, "行政诉讼案件亦为零: 0");
	r = run("我局在提供政府信息过程中未收取任何费用，也未发生减免情况。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 0, "在提供政府信息过程中未收取任何费用: 0");
	r = run("收到申请数、申请办结数分别为17件和16件，剩余1件结转至2016年继续办理。");
	UNIT_EQ_INT(nv(r, "applications_completed"), 16, "…分别为17件和16件: the second figure for the second label");
	r = run("三、依申请公开情况\n收到申请数、申请办结数分别为17件和16件。");
	UNIT_EQ_INT(nv(r, "applications_received"), 17, "…分别为17件和16件: the first figure for the first label");
	/* 无转入下年度办理的申请: none carried forward */
	r = run("全年共收到政府信息公开申请4件，已答复4件，无转入下年度办理的申请。");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 0, "无转入下年度办理的申请: 0");
	r = run("临州市国土资源局2015年政府信息公开工作年度报告\n全年共受理申请21件，已答复21件。无转入2016年办理的申请。");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 0, "无转入2016年办理的申请 (the next year): 0");
	/* a footnote on 受理's figure says how many were new */
	r = run("全年共受理政府信息公开申请21件[3]，已答复21件。\n其他内容。\n"
			"[3] 含2014年12月下旬收到、结转至本年度办理的3件；本年度新收申请18件。\n");
	UNIT_EQ_INT(nv(r, "applications_received"), 18, "受理21件[3] and note [3] 本年度新收申请18件: 18");
	r = run("全年共受理政府信息公开申请21件[3]，已答复21件。\n"
			"[4] 本年度新收申请18件。\n");
	UNIT_OK(nv(r, "applications_received") != 18, "another note's figure is not taken");
	/* a bulletin's sidebar before the report's title: the county's figures */
	r = run("【政务公开动态】\n全县共召开新闻发布会21场，收到申请173件。\n"
			"芮阳县粮食局工作简报\n芮阳县粮食局2017年政府信息公开工作年度报告\n"
			"联合县政府新闻办召开新闻发布会1次。全年共收到政府信息公开申请8件。\n");
	UNIT_EQ_INT(nv(r, "press_conferences"), 1, "a figure before the title is not the report's: 1, not 21");
	UNIT_EQ_INT(nv(r, "applications_received"), 8, "… and the report's 8, not the sidebar's 173");
	r = run("【政务公开动态】\n全县共召开新闻发布会21场。\n芮阳县粮食局2017年政府信息公开工作年度报告\n无其他。\n");
	UNIT_EQ_INT(nv(r, "press_conferences"), -1, "only the sidebar states it: absent");
	r = run("全年回应公众关注热点或重大舆情、召开新闻发布会、发布政策解读稿件分别为3次、6次、14篇。");
	UNIT_EQ_INT(nv(r, "press_conferences"), 6, "A、B、C分别为3次、6次、14篇: B is 6");
	UNIT_EQ_INT(nv(r, "interpretations"), 14, "… and C is 14");
	r = run("主动公开政府信息数、其中主动公开规范性文件数、制发规范性文件总数分别为1,274条、4件、4件。");
	UNIT_EQ_INT(nv(r, "active_total"), 1274, "the first label's 1,274, not the 其中 label's 4");
	r = run("三、依申请公开情况\n收到申请数、申请办结数分别为17件。");
	UNIT_EQ_INT(nv(r, "applications_received"), -1, "two labels, one value: no figure");
	UNIT_EQ_INT(nv(r, "applications_completed"), -1, "… for either label");
	r = run("全年共办结申请16件。办结的申请中，按时办结、延期办结分别为15件、1件。");
	UNIT_EQ_INT(nv(r, "applications_completed"), 16, "按时办结、延期办结分别为: parts, not the count");
	UNIT_OK(!has_warning(r, "narrative_conflict", NULL), "… and no conflict from them");
	r = run("按照规定标准收取复制、邮寄费用共计52元4角；对1名低保申请人减免费用13元6角。");
	UNIT_EQ_INT(r && gdr_has(r, slot_of("narrative.fees_collected")) ?
				(long long) r->val[slot_of("narrative.fees_collected")] : -1,
				52400000LL, "52元4角 is 52.4 元, never 52");
	r = run("2015年，我局共受理政府信息公开申请14件，其中上年结转2件、本年新收12件；全部申请中已办结13件。");
	UNIT_EQ_INT(nv(r, "applications_received"), 12, "受理14件，其中上年结转2件、本年新收12件: 12 new");
	UNIT_OK(!has_warning(r, "narrative_ambiguous", NULL), "… and not ambiguous");
	r = run("本年度受理政府信息公开申请26件（上年结转3件），办结24件。");
	UNIT_EQ_INT(nv(r, "applications_received"), 26, "受理26件（上年结转3件） without 新收: 26");
	UNIT_OK(has_warning(r, "narrative_ambiguous", NULL), "… flagged ambiguous");
	r = run("2012年，本局共收到政府信息公开申请3件。3件申请均已在法定期限内答复，其中同意公开2件，告知其通过其他途径办理1件。");
	UNIT_EQ_INT(nv(r, "applications_completed"), 3, "3件申请均已…答复: 3, not 途径办理1件");
	r = run("柘山县人民政府办公室2017年政府信息公开工作年度报告\n2017年，县政府门户网站共发布全县各类政府信息12,684条，其中县府办主动公开政府信息1,037条。\n县府办承办县人大代表建议12件。全县共办理县人大代表建议186件。");
	UNIT_EQ_INT(nv(r, "active_total"), 1037, "an office's report: its own 1,037, not the county's 12,684");
	UNIT_EQ_INT(nv(r, "npc_suggestions"), 12, "… its own 12, not the county's 186");
	r = run("柘山县人民政府2017年政府信息公开工作年度报告\n2017年，全县共主动公开政府信息12,684条。");
	UNIT_EQ_INT(nv(r, "active_total"), 12684, "the county government's report: the county's figure");
	r = run("召开新闻发布会、发布政策解读稿件分别为2、5篇。");
	UNIT_EQ_INT(nv(r, "interpretations"), 5, "values without a unit take the last one's: 5篇");
	UNIT_EQ_INT(nv(r, "press_conferences"), -1, "… but 篇 is no unit of press conferences");
	r = run("局机关本年新收政府信息公开申请17件，上年结转1件。全市各县（市、区）教育局共收到申请213件，由各县（市、区）教育局在本单位年报中公布。");
	UNIT_EQ_INT(nv(r, "applications_received"), 17, "the agency's own 17, not its counties' 213");
	UNIT_OK(!has_warning(r, "narrative_conflict", NULL), "no conflict with the counties' figure");
	r = run("局机关主动公开政府信息612条；市社保局主动公开政府信息438条。全局（含直属单位）合计主动公开政府信息1934条。");
	UNIT_EQ_INT(nv(r, "active_total"), 1934, "a total with its units (含直属单位) is the total");
	r = run("全年共向2名申请人发出收费通知书2份，应收信息处理费合计600元；全年实际收取信息处理费300元。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 300, "应收 600 元 billed, 300 元 collected");
	r = run("共计发布公开信息 69 条。执法公开 5 条，准确及时公开行政执法信息。");
	UNIT_EQ_INT(nv(r, "active_total"), 69, "共计发布公开信息 69 条; 执法公开 5 条 is no total");
	r = run("2014年主动公开政府信息 2543条。其中，区直各部门主动公开政府信息1687条，占66%。各乡镇主动公开政府信息856条，占34%。");
	UNIT_EQ_INT(nv(r, "active_total"), 2543, "parts after a sentence-initial 其中 and shares (占34%%) are skipped");
	UNIT_OK(!has_warning(r, "narrative_conflict", NULL), "no conflict from the parts");
	r = run("执法公开 5 条，准确及时公开行政执法信息。");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "执法公开 5 条 alone is no figure");
	/* a unitless total at a line end: the next line must end the sentence */
	r = run("2023年以来累计主动公开政府信息1395\n(二)做好重点领域信息公开。");
	UNIT_EQ_INT(nv(r, "active_total"), 1395, "unitless total, then a line beginning (二): read");
	r = run("2023年以来累计主动公开政府信息1395\n二、重点领域信息公开。");
	UNIT_EQ_INT(nv(r, "active_total"), 1395, "unitless total, then a line beginning 二、: read");
	r = run("2023年以来累计主动公开政府信息1395\n2024年继续推进。");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "unitless total, then a line beginning 2024年: not read");
	r = run("2023年以来累计主动公开政府信息1395\n二是做好重点领域信息公开。");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "unitless total, then 二是 (no item marker): not read");
	r = run("累计主动公开政府信息1395 (二)做好重点领域信息公开。");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "(二) on the same line is no line start: not read");
	r = run("2023以来我局认真落实主动公开内容,累计主动公开政府信息1395\n\n(二)做好重点领域信息公开。");
	UNIT_EQ_INT(nv(r, "active_total"), 1395, "累计主动公开政府信息1395 (no unit, paragraph end)");
	r = run("主动公开政府信息1395\n\n");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "a bare number without unit and without 累计 is not taken");

	/* numbers in tables are never taken */
	r = run("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t23\t4\t0\t0\t0\t0\t27\n"
			"四、结转下年度继续办理\t1\t2\t0\t0\t0\t0\t3\n行政复议\t1\t0\n"
			"| 行政复议 | 5 | 件 |\n| 行政诉讼 | 2 |\n收到政府信息公开申请\n\n5\n\n件\n"
			"行政诉讼\n3\n0\n主动公开政府信息数\n2543\n");
	UNIT_EQ_INT(count_figures(r), 0, "table rows (tabs, pipes, one cell per line) give no figures");

	r = run("全年因政府信息公开引起行政复议1件，其中结果纠正1件。无因政府信息公开引起的行政诉讼案件。");
	UNIT_EQ_INT(nv(r, "reviews"), 1, "行政复议 1 件 (not the 结果纠正 part)");
	UNIT_EQ_INT(nv(r, "lawsuits"), 0, "无…行政诉讼案件 is 0");
	r = run("全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。");
	UNIT_EQ_INT(nv(r, "reviews"), -1, "未发生…行政复议纠错 says nothing about the count");
	UNIT_EQ_INT(nv(r, "lawsuits"), -1, "未发生…行政诉讼败诉 says nothing about the count");
	r = run("2024 年市科委有 1 件涉及政府信息公开工作的行政复\n议，该行政复议件未被复议审查机关纠错。涉及的行政诉讼数为\n0 件。");
	UNIT_EQ_INT(nv(r, "reviews"), 1, "有 1 件…的行政复议 (number before, line break inside)");
	UNIT_EQ_INT(nv(r, "lawsuits"), 0, "行政诉讼数为 0 件");
	r = run("政府信息公开行政复议 351\n件，其中结果维持 72 件；政府信息公开行政诉讼 46 件，其中结果维持 25\n件。复议后起诉 5 件。");
	UNIT_EQ_INT(nv(r, "reviews"), 351, "行政复议 351 件");
	UNIT_EQ_INT(nv(r, "lawsuits"), 46, "行政诉讼 46 件");

	r = run("答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度\n答复）。");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 103, "103 件顺延到下年度; 上年度结转 34 is not it");
	r = run("全年收到政府信息公开申请 34 件，上年结转政府信息公开申请 2 件。所有办结的信息公开申请中同意公开答复 9 件，不予公开答复 2 件，转下一\n年度办理答复的有 1 件。");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 1, "转下一年度办理答复的有 1 件");
	UNIT_EQ_INT(nv(r, "applications_completed"), -1, "同意公开答复 9 件 is an outcome, not 办结");
	UNIT_EQ_INT(nv(r, "applications_received"), 34, "收到 34 (上年结转 2 is not received)");

	r = run("“昌乐自然资源和规划”公众号发布142条。通过“聊城”微信公众号发布各类信息1060篇。全市在运维政务新媒体共计 95 个。");
	UNIT_EQ_INT(nv(r, "new_media_posts"), 142, "公众号发布 142 条");
	UNIT_OK(has_warning(r, "narrative_conflict", "narrative.new_media_posts"),
			"a second, different 公众号 figure warns");
	r = run("全市在运维政务新媒体共计 95 个。微信公众号粉丝达 1360 万。");
	UNIT_EQ_INT(nv(r, "new_media_posts"), -1, "accounts and followers are not posts");

	r = run("共参加新闻发布会6次。召开市政府新闻发布会 42 场、新闻通气会 19 场。");
	UNIT_EQ_INT(nv(r, "press_conferences"), 6, "新闻发布会 6 次 (first kept)");
	r = run("组织召开了“稳就业”等新闻发布会 12 场，努力传递政府声音。");
	UNIT_EQ_INT(nv(r, "press_conferences"), 12, "新闻发布会 12 场");
	r = run("全年举办 3 场新闻发布会。");
	UNIT_EQ_INT(nv(r, "press_conferences"), 3, "3 场新闻发布会 (number before)");

	r = run("全年累计发布解读类信息 21 条，完成政府常务会议同步配套解读 7 次。");
	UNIT_EQ_INT(nv(r, "interpretations"), 21, "累计发布解读类信息 21 条");
	r = run("发布行政公文和政策解读信息9条。对《通知》等10个文件进行了解读。");
	UNIT_EQ_INT(nv(r, "interpretations"), -1, "公文和政策解读 9 条 / 10 个文件 are not interpretation counts");

	r = run("2022年共收到人大建议21件、政协提案31件。主合办人大代表建议 50 件，主合办政协提案 85 件。");
	UNIT_EQ_INT(nv(r, "npc_suggestions"), 21, "人大建议 21 件");
	UNIT_EQ_INT(nv(r, "cppcc_proposals"), 31, "政协提案 31 件");
	r = run("我局承办的县人大建议和政协提案办理满意率为100%。共收到人大代表建议1件,政协委员提案1件。");
	UNIT_EQ_INT(nv(r, "npc_suggestions"), 1, "人大代表建议 1 件 (the 和 sentence gives nothing)");
	UNIT_EQ_INT(nv(r, "cppcc_proposals"), 1, "政协委员提案 1 件");

	r = run("全县行政机关收取信息处理费共计380元，其中民政局1件，收取380元。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 380, "信息处理费共计 380 元");
	r = run("全年收取政府信息公开信息处理费 3940.5 元。");
	UNIT_OK(r && gdr_has(r, GDR_S_N_FEES_COLLECTED) &&
			r->val[GDR_S_N_FEES_COLLECTED] == 3940500000LL, "money keeps decimals (x 10^6)");
	r = run("本年度收取信息处理费 0.2 万元。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 2000, "0.2 万元 is 2000 元");
	r = run("2023年度我局无收取信息处理费的情况。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 0, "无收取信息处理费 is 0");
	r = run("2025 年度本机关未收取信息公开处理费。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 0, "未收取信息公开处理费 is 0");
	r = run("2024 年，市科委未发生政府信息公开收费事项。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 0, "未发生政府信息公开收费事项 is 0");
	r = run("严格落实《政府信息公开信息处理费管理办法》要求。行政事业性收费\t0\n");
	UNIT_EQ_INT(nv(r, "fees_collected"), -1, "the regulation's title and table 二 are no fee figure");
	r = run("2016年，我局依申请提供政府信息共收取费用120元。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 120, "pre-2019 wording: 收取费用 120 元");
	r = run("依申请提供政府信息，收取检索、复制、邮寄等费用120元。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 120, "收取检索、复制、邮寄等费用 120 元 (、 in the filler)");
	r = run("收取检索、复制、邮寄等成本费用、罚款及税费共计300元。");
	UNIT_EQ_INT(nv(r, "fees_collected"), -1, "收取 ... 、罚款 ... 300 元 is no fee collected");
	r = run("我局依法收取相关费用，受理申请、复议、诉讼共12件。");
	UNIT_EQ_INT(nv(r, "fees_collected"), -1, "收取费用, then a count in 件: no fee");
	r = run("全年收取工作经费及费用预算50万元。");
	UNIT_EQ_INT(nv(r, "fees_collected"), -1, "收取 ... 经费/预算 is no fee collected");

	r = run("按照核定的标准收取检索、复制、邮寄等成本费用共计126元，未发生减免情况。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 126, "收取检索、复制、邮寄等成本费用共计 126 元");
	r = run("在提供依申请公开政府信息过程中，未收取检索、复制、邮寄等任何费用，也未发生费用减免情况。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 0, "未收取检索、复制、邮寄等任何费用 is 0");
	r = run("2016年，我局在办理依申请公开过程中未收取任何费用。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 0, "依申请公开 ... 未收取任何费用 is 0");
	r = run("严格按规定执行，未收取政府信息公开相关费用。");
	UNIT_EQ_INT(nv(r, "fees_collected"), 0, "未收取政府信息公开相关费用 is 0");
	r = run("办理营业执照未收取任何费用。免费提供查阅服务，未收取任何费用。");
	UNIT_EQ_INT(nv(r, "fees_collected"), -1, "未收取任何费用 about something else is no figure");

	r = run("未收到人大代表建议和政协提案。");
	UNIT_EQ_INT(nv(r, "npc_suggestions"), 0, "未收到人大代表建议和政协提案: 人大代表建议 0");
	UNIT_EQ_INT(nv(r, "cppcc_proposals"), 0, "未收到人大代表建议和政协提案: 政协提案 0");
	r = run("全年未承办政协提案，承办人大代表建议3件。");
	UNIT_EQ_INT(nv(r, "cppcc_proposals"), 0, "未承办政协提案 is 0");
	UNIT_EQ_INT(nv(r, "npc_suggestions"), 3, "... 承办人大代表建议 3 件");
	r = run("加强人大代表建议和政协提案办理工作。");
	UNIT_EQ_INT(count_figures(r), 0, "人大代表建议和政协提案 without a negation: nothing");
	r = run("本年度未收到因政府信息公开工作引起的行政复议申请。");
	UNIT_EQ_INT(nv(r, "reviews"), 0, "未收到 ... 行政复议申请 is 0");

	r = run("7件申请均已按时办结，无延期办结情况。");
	UNIT_EQ_INT(nv(r, "applications_completed"), 7, "7件申请均已按时办结 (number before 办结)");
	r = run("43件申请均已办结，其中按时办结41件，因需征求第三方意见延期办结2件。");
	UNIT_EQ_INT(nv(r, "applications_completed"), 43, "43件申请均已办结, 其中按时办结41件: 43");
	r = run("人大代表建议12件均已办结。上年结转的3件申请已办结。");
	UNIT_EQ_INT(nv(r, "applications_completed"), -1,
				"办结 after 建议 N 件 or after 上年结转的 N 件申请: no completed figure");

	r = run("丽水市人民政府2012年政府信息公开工作年度报告\n"
			"另有三条申请因需征求第三方意见，尚在法定期限内办理，将结转至2013年答复。");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 3,
				"另有三条申请 ..., 将结转至2013年答复: carried forward 3");
	r = run("湖南省交通运输厅2010年政府信息公开工作年度报告\n"
			"另有2件因需征求第三方意见，转入2011年继续办理。");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 2, "另有2件 ..., 转入2011年继续办理");
	r = run("丽水市人民政府2012年政府信息公开工作年度报告\n"
			"另有3件行政复议案件，结转至2013年办理。");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), -1, "另有 3 件行政复议案件 ... 结转: no");

	r = run("第3条 主动公开政府信息。共有1件行政复议。");
	UNIT_EQ_INT(count_figures(r), 0, "no figure without the structure (第3条, 1件行政复议 without 的)");
}

static void
test_meta(void)
{
	gdr_report *r;

	r = run("# 清河县自然资源和规划局 2023 年政府信息公开工作年报\n\n正文。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "清河县自然资源和规划局", "title: agency year 年报");
	UNIT_EQ_INT(r ? r->year : 0, 2023, "title year");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_ANNUAL_REPORT, "年报 is an annual report");

	r = run("正文\n2024 年上海市科委政府信息公开工作\n年度报告\n根据规定，编制本报告。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "上海市科委", "title: year first, phrase wrapped");
	UNIT_EQ_INT(r ? r->year : 0, 2024, "year-first title year");

	r = run("聊城市自然资源和规划局\n\n2022年政府信息公开工作年度报告\n现向社会公布2022年聊城市自然资源和规划局政府信息公开工作年度报告。\n\n聊城市自然资源和规划局\n\n2023年1月28日");
	UNIT_EQ_STR(r ? r->agency : NULL, "聊城市自然资源和规划局", "agency on the line before the title");
	UNIT_EQ_STR(r ? r->published : NULL, "2023-01-28", "published: date under the signature");

	r = run("== 国家盐湖资源管理局2021年政府信息公开工作年度报告\n\n发布时间：2022-01-26\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "国家盐湖资源管理局", "an AsciiDoc heading: == title");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_ANNUAL_REPORT, "its kind");

	r = run("湄川市审计局政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2013年1月1日起至2013年12月31日止。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "湄川市审计局", "a title without a year");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_ANNUAL_REPORT, "its kind");
	r = run("👆点击上方蓝字关注我们\n桂溪市环境保护局2018年政府信息公开工作年度报告来啦～\n一起来看看吧\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "桂溪市环境保护局", "a WeChat title: …年度报告来啦～");
	r = run("根据条例，现将本局政府信息公开工作年度报告公布如下：\n正文。\n");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_UNKNOWN, "a sentence naming the report is no title");
	r = run("*梧川市人民政府2021年政府信息公开工作年度报告*\n正文。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "梧川市人民政府", "a title in emphasis");
	/* a place's name alone: the year and kind are the title's, no body named */
	r = run("桐溪县2021年政府信息公开工作年度报告\n\n本报告根据《条例》编制。\n");
	UNIT_EQ_INT(r ? r->year : 0, 2021, "a place-named title's year");
	UNIT_OK(r && r->agency == NULL && r->kind == GDR_KIND_ANNUAL_REPORT,
			"… its kind, and no body made up from the place");
	r = run("全县2021年政府信息公开工作年度报告\n正文。\n");
	UNIT_OK(r && r->year == 0 && r->kind == GDR_KIND_UNKNOWN, "全县 is no place's name");
	r = run("澜港海关2019年政府信息公开工作年度报告\n\n本报告根据《条例》编制。");
	UNIT_EQ_STR(r ? r->agency : NULL, "澜港海关", "a customs house is a body");
	UNIT_OK(r && r->kind == GDR_KIND_ANNUAL_REPORT, "… and its title makes an annual report");

	r = run("湖南省交通运输厅2010年政府信息公开工作年度报告\n正文。\n湖南省交通运输厅\n二〇一一年三月二十五日\n");
	UNIT_EQ_STR(r ? r->published : NULL, "2011-03-25", "published: a date in numerals under the signature");
	r = run("某县人民政府2024年政府信息公开工作年度报告\n正文。\n某县人民政府\n二○二五年一月十日\n");
	UNIT_EQ_STR(r ? r->published : NULL, "2025-01-10", "published: 二○二五年一月十日 (○ for 〇, 十日)");
	r = run("某县人民政府2024年政府信息公开工作年度报告\n正文。\n某县人民政府\n二〇二五年十三月一日\n");
	UNIT_EQ_STR(r ? r->published : NULL, "", "no month 十三: no date");

	r = run("新荣区自然资源局2024年政府信息公开工作年度报告\n本年度报告中所列数据的统计期限自2024年1月1日起。\n正文。\n大同市新荣区自然资源局\n扫一扫在手机上查看当前页面\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "大同市新荣区自然资源局", "a fuller signature beats the title");
	UNIT_EQ_STR(r ? r->published : NULL, "", "no date: published stays empty");

	r = run("洪泽区人民政府\n2023 年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室编制。\n正文。\n-5-\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "洪泽区人民政府", "the intro's office does not replace the title");

	r = run("名称: 宣城市自然资源和规划局2023年度政务公开工作总结 文号:\n发布日期: 2023-12-15\n正文。\n");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_WORK_SUMMARY, "政务公开工作总结 is a work summary");
	UNIT_EQ_STR(r ? r->agency : NULL, "宣城市自然资源和规划局", "名称: prefix");
	UNIT_EQ_STR(r ? r->published : NULL, "2023-12-15", "published from 发布日期");

	/* the signature's date: OCR's 曰 for 日; tab-indented lines with CRLF */
	r = run("白沙铺镇人民政府2021年政府信息公开工作年度报告\n正文。\n白沙铺镇人民政府\n2022年1月20曰\n");
	UNIT_EQ_STR(r ? r->published : NULL, "2022-01-20", "published: 2022年1月20曰 (OCR)");
	r = run("东滨区卫生健康局2025年政府信息公开工作年度报告\r\n正文。\r\n\t\t\t\t东滨区卫生健康局\r\n\t\t\t\t2026年1月23日\r\n");
	UNIT_EQ_STR(r ? r->published : NULL, "2026-01-23", "published: a tab-indented signature with CRLF");
	r = run("某局2019年政府信息公开工作年度报告\n正文。\n\t\t某局\t\t\n\t\t2020年1月21日\t\t\n");
	UNIT_EQ_STR(r ? r->published : NULL, "2020-01-21", "published: signature cells of a spreadsheet row");

	/* one body with two names (两块牌子): the second in brackets */
	r = run("江岚省民族宗教事务委员会（江岚省宗教事务局）2021年政府信息公开工作年度报告\n正文。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "江岚省民族宗教事务委员会（江岚省宗教事务局）",
				"title: a second name in brackets, printed with full-width brackets");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_ANNUAL_REPORT, "... and the title is read");
	r = run("某某局（2021年）政府信息公开工作年度报告\n正文。\n");
	UNIT_OK(r && r->agency == NULL, "a bracket that holds no name is no agency");
	r = run("某县水利局2021年政府信息公开工作年度报告\n正文。\n某县水利局（某县河长制办公室）\n2022年1月5日\n");
	UNIT_EQ_STR(r ? r->published : NULL, "2022-01-05", "a signature with a second name is a signature");

	/* the year in Chinese numerals */
	r = run("陇源市人力资源和社会保障局\n二〇一五年度政府信息公开工作年度报告\n正文。\n");
	UNIT_EQ_INT(r ? r->year : 0, 2015, "title: 二〇一五年度 (agency on the line before)");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_ANNUAL_REPORT, "二〇一五年度…年度报告 is a title");
	UNIT_EQ_STR(r ? r->agency : NULL, "陇源市人力资源和社会保障局", "agency before a numeral year");
	r = run("某某县水利局二○一六年政府信息公开工作年度报告\n正文。\n");
	UNIT_EQ_INT(r ? r->year : 0, 2016, "title: agency 二○一六年 phrase (○ for 〇)");
	UNIT_EQ_STR(r ? r->agency : NULL, "某某县水利局", "agency before 二○一六年");
	r = run("二〇一五年，我局主动公开政府信息12条。\n");
	UNIT_EQ_INT(r ? r->year : 0, 0, "a numeral year in a sentence is no title");
	r = run("现向社会公布。本报告统计期限自二〇一七年一月一日至十二月三十一日。\n");
	UNIT_EQ_INT(r ? r->year : 0, 2017, "统计期限自二〇一七年: the year covered");

	/* a crawler header's 来源 names the body in full */
	r = run("标题：东溪镇2020年政务公开工作总结\n来源：桐溪县东溪镇人民政府\n发布时间：2020-12-18 10:32:07\n\n东溪镇2020年政务公开工作总结\n正文。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "桐溪县东溪镇人民政府", "来源: the full name of the title's 东溪镇");
	r = run("标题：东溪镇2020年政务公开工作总结\n来源：桐溪县融媒体中心\n\n正文。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "东溪镇", "来源 naming another body: the title stays");
	r = run("东溪镇2020年政务公开工作总结\n数据来源：桐溪县东溪镇人民政府统计站\n正文。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "东溪镇", "数据来源 is no header line");
	r = run("东溪镇2020年政务公开工作总结\n正文。\n东溪镇人民政府\n2020年12月18日\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "东溪镇人民政府", "the signature 东溪镇人民政府 is the title's 东溪镇 in full");

	r = run("现向社会公布某某县水利局2023年政府信息公开工作年度报告。\n本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n");
	UNIT_OK(r && r->agency == NULL, "a sentence mentioning the report is no title");
	UNIT_EQ_INT(r ? r->year : 0, 2022, "year from 统计期限 when there is no title");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_UNKNOWN, "no title: kind unknown");

	r = run("某某局2023年政府信息公开工作年度报告\n正文。\n某某局\n2019年3月1日\n");
	UNIT_EQ_STR(r ? r->published : NULL, "", "a date before the report year is not a publication date");

	/* run-on crawler text: the whole page on one line */
	{
		static const char body[] =
			"宜兴市环境保护局2016年政府信息公开工作年度报告 根据《条例》规定，现公布本报告。"
			"一、概述 2016年，我局认真落实各项要求，主动公开政府信息1386条，较上年有所增加，"
			"依申请公开工作运行平稳，全年未发生因政府信息公开引起的行政复议和行政诉讼。"
			"二、存在的主要问题 公开的及时性有待提高。";
		char		buf[2048];

		snprintf(buf, sizeof(buf), "%s 宜兴市环境保护局 2017年3月28日", body);
		r = run(buf);
		UNIT_EQ_STR(r ? r->published : NULL, "2017-03-28", "run-on text: <agency> <date> at its end");
		snprintf(buf, sizeof(buf), "%s 宜兴市环境保护局 2017年3月28日 抄送：市政府办公室。", body);
		r = run(buf);
		UNIT_EQ_STR(r ? r->published : NULL, "2017-03-28", "run-on text: the signature before a 抄送 line");
		snprintf(buf, sizeof(buf), "%s 宜兴市环境保护局办公室 2017年3月28日印发", body);
		r = run(buf);
		UNIT_EQ_STR(r ? r->published : NULL, "", "run-on text: a 印发 date is no signature");
		snprintf(buf, sizeof(buf), "%s 统计期限截至 2017年3月28日", body);
		r = run(buf);
		UNIT_EQ_STR(r ? r->published : NULL, "", "run-on text: a date after no agency is no signature");
	}

	/* session 11 (held-out set 8) */
	r = run("楠溪区石峡街道办事处二0一七年政务公开工作总结\n\n正文。\n楠溪区石峡街道办事处\n二0一八年一月十日\n");
	UNIT_EQ_INT(r ? r->year : 0, 2017, "二0一七年: an ASCII 0 among the numerals");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_WORK_SUMMARY, "… a work summary");
	UNIT_EQ_STR(r ? r->published : NULL, "2018-01-10", "二0一八年一月十日 under the signature");
	r = run("东林理工大学2013—2014学年信息公开工作年度报告\n\n本报告所列数据的统计期限为2013年9月1日至2014年8月31日。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "东林理工大学", "a university's report");
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_ANNUAL_REPORT, "… an annual report");
	UNIT_EQ_INT(r ? r->year : -1, 0, "an academic year is no one year (not 2013)");
	r = run("名　　称：\t沣源高新技术产业开发区管理委员会2019年政府信息公开工作年度报告\t\t\n正文。\n");
	UNIT_EQ_STR(r ? r->agency : NULL, "沣源高新技术产业开发区管理委员会",
				"名　　称：<tab>title (a 索引号 table's cell)");
	UNIT_EQ_INT(r ? r->year : 0, 2019, "… its year");
}

static void
test_garbage(void)
{
	static const char *const frags[] = {
		"收到", "申请", "27", "件", "受理", "答复", "结转", "下一年", "行政复议",
		"行政诉讼", "的", "未", "无", "处理费", "元", "0.5", "万", "其中", "，", "。",
		"\n", "\n\n", "\t", "|", "公众号发布", "条", "二十一", "2024年", "1月",
		"24日", "局", "政府信息公开工作年度报告", "主动公开政府信息", "\xE4", "\xE4\xB8",
		"\xFF", "余", "发布日期:", "2023-12-15", "新闻发布会", "场", "转", "顺延"
	};
	char		buf[4096];
	unsigned	seed = 12345;
	int			i,
				k,
				crashes = 0,
				figs = 0;
	gdr_report *r;
	static const char sample[] = "某某局2023年政府信息公开工作年度报告\n共受理政府信息公开申请 749 件，其中自然人申请 741 件；共办理 718 件，结转下一年 31 件。全年收取信息处理费共计380元。\n某某局\n2024年1月2日";
	size_t		sl = strlen(sample);

	/* random concatenations of trigger pieces: must not crash (ASan) */
	for (i = 0; i < 3000; i++)
	{
		size_t		n = 0;

		for (k = 0; k < 30; k++)
		{
			const char *f;
			size_t		fl;

			seed = seed * 1103515245u + 12345u;
			f = frags[(seed >> 16) % (sizeof(frags) / sizeof(frags[0]))];
			fl = strlen(f);
			if (n + fl >= sizeof(buf))
				break;
			memcpy(buf + n, f, fl);
			n += fl;
		}
		r = run_n(buf, n);
		if (r == NULL)
			crashes++;
	}
	UNIT_EQ_INT(crashes, 0, "3000 random trigger soups parse");

	/*
	 * every prefix of a real sentence: no over-read at the end (normalised:
	 * gdr_prose takes valid UTF-8, a cut character becomes U+FFFD)
	 */
	for (i = 0; i <= (int) sl; i++)
	{
		char	   *c = malloc((size_t) i + 1);

		memcpy(c, sample, (size_t) i);
		if (run_n(c, (size_t) i) == NULL)
			crashes++;
		free(c);
	}
	UNIT_EQ_INT(crashes, 0, "every prefix of a report parses");

	/* bytes that are not text at all (normalised, as gdr_prose takes them) */
	for (i = 0; i < (int) sizeof(buf); i++)
	{
		seed = seed * 1103515245u + 12345u;
		buf[i] = (char) (seed >> 16);
	}
	r = run_n(buf, sizeof(buf));
	UNIT_OK(r != NULL, "random bytes parse");
	if (r == NULL)
		return;
	figs = count_figures(r);
	UNIT_EQ_INT(figs, 0, "random bytes give no figures");
	UNIT_OK(r->agency == NULL && r->year == 0, "random bytes give no agency, no year");
	r = gdr_alloc0(&ctx, sizeof(gdr_report));
	UNIT_OK(gdr_prose(&ctx, "", 0, r) && count_figures(r) == 0, "empty text");
}

static int	ticks = 0;

static int
cancel_tick(void *arg)
{
	(void) arg;
	return ++ticks >= 2;
}

static void
test_cancel(void)
{
	gdr_env		env = gdr_env_malloc;
	gdr_ctx		c2;
	gdr_report *r;
	size_t		n = 200000,
				i;
	char	   *big = malloc(n + 1);
	static const char unit_s[] = "共收到政府信息公开申请 7 件。";
	size_t		ul = strlen(unit_s);

	for (i = 0; i + ul <= n; i += ul)
		memcpy(big + i, unit_s, ul);
	n = i;
	env.tick = cancel_tick;
	gdr_ctx_init(&c2, &env);
	r = gdr_alloc0(&c2, sizeof(gdr_report));
	UNIT_OK(!gdr_prose(&c2, big, n, r), "a cancelling tick stops the scan");
	UNIT_EQ_INT(c2.status, GDR_ECANCEL, "status is GDR_ECANCEL");
	gdr_ctx_free(&c2);
	free(big);
}

/* ------------------------------------------------------------------ */
/* real reports against their gold                                     */
/* ------------------------------------------------------------------ */

static const char *const narr_names[] = {
	"active_total", "applications_received", "applications_completed",
	"applications_carried_forward", "reviews", "lawsuits", "new_media_posts",
	"press_conferences", "interpretations", "npc_suggestions",
	"cppcc_proposals", "fees_collected"
};

static void
check_file(const char *dir, const char *file, const char *gold, size_t goldlen)
{
	char		path[512];
	size_t		len;
	char	   *raw;
	const char *text;
	size_t		tlen;
	gdr_report *r;
	const char *g,
			   *ge = gold + goldlen;
	int			i;

	snprintf(path, sizeof(path), "../shared/%s/%s", dir, file);
	raw = read_file(path, &len);
	UNIT_OK(raw != NULL, "%s: readable", file);
	if (!raw)
		return;
	text = raw;
	tlen = len;
	if (gdr_html_detect(raw, len))
	{
		gdr_buf		plain = {0};

		if (gdr_html_to_text(&ctx, raw, len, &plain))
		{
			text = plain.data ? plain.data : "";
			tlen = plain.len;
		}
	}
	r = run_n(text, tlen);
	free(raw);
	UNIT_OK(r != NULL, "%s: parses", file);
	if (!r)
		return;

	/* every "key": value of the flat gold object that prose owns */
	for (g = gold; g < ge;)
	{
		const char *k = memchr(g, '"', (size_t) (ge - g)),
				   *ke,
				   *v;
		char		key[128];

		if (!k)
			break;
		ke = memchr(k + 1, '"', (size_t) (ge - k - 1));
		if (!ke || (size_t) (ke - k - 1) >= sizeof(key))
			break;
		memcpy(key, k + 1, (size_t) (ke - k - 1));
		key[ke - k - 1] = '\0';
		v = ke + 1;
		while (v < ge && (*v == ':' || *v == ' '))
			v++;
		if (*v == '"')
		{
			const char *vs = v + 1,
					   *vend = memchr(vs, '"', (size_t) (ge - vs));
			char		val[256];

			if (!vend)
				break;
			snprintf(val, sizeof(val), "%.*s", (int) (vend - vs), vs);
			g = vend + 1;
			if (strcmp(key, "agency") == 0)
				UNIT_EQ_STR(r->agency, val, "%s: agency", file);
			else if (strcmp(key, "published") == 0)
				UNIT_EQ_STR(r->published, val, "%s: published", file);
			else if (strcmp(key, "kind") == 0)
				UNIT_EQ_STR(gdr_kind_name(r->kind), val, "%s: kind", file);
		}
		else
		{
			long long	want = strtoll(v, NULL, 10);

			while (v < ge && *v != ',' && *v != '}')
				v++;
			g = v;
			if (strcmp(key, "year") == 0)
				UNIT_EQ_INT(r->year, want, "%s: year", file);
			else if (strncmp(key, "narrative.", 10) == 0)
				UNIT_EQ_INT(nv(r, key + 10), want, "%s: %s", file, key);
		}
	}
	/* what else the prose stage set (for review) */
	for (i = 0; i < 12; i++)
	{
		char		key[96];

		snprintf(key, sizeof(key), "\"narrative.%s\"", narr_names[i]);
		if (nv(r, narr_names[i]) >= 0 && !memmem(gold, goldlen, key, strlen(key)))
			printf("# %s: also narrative.%s = %lld%s\n", file, narr_names[i],
				   nv(r, narr_names[i]),
				   (r->st[GDR_S_N_ACTIVE_TOTAL + i] & GDR_ST_AMBIGUOUS) ? " (ambiguous)" : "");
	}
	if (!memmem(gold, goldlen, "\"agency\"", 8))
		printf("# %s: agency=%s year=%d kind=%s published=%s\n", file,
			   r->agency ? r->agency : "(null)", r->year, gdr_kind_name(r->kind),
			   r->published);
	for (i = 0; i < r->nwarnings; i++)
		printf("# %s: warning %s %s: %s\n", file, r->warnings[i].code,
			   r->warnings[i].path ? r->warnings[i].path : "-",
			   r->warnings[i].message);
}

static void
test_manifest(const char *dir)
{
	char		path[256];
	size_t		len;
	char	   *m;
	const char *p;
	int			nfiles = 0;

	snprintf(path, sizeof(path), "../shared/%s/manifest.json", dir);
	m = read_file(path, &len);
	UNIT_OK(m != NULL, "%s/manifest.json readable", dir);
	if (!m)
		return;
	for (p = strstr(m, "\"file\""); p; p = strstr(p + 1, "\"file\""))
	{
		const char *f = strchr(p + 6, '"'),
				   *fe,
				   *g,
				   *ge;
		char		file[256];

		if (!f || !(fe = strchr(f + 1, '"')))
			break;
		snprintf(file, sizeof(file), "%.*s", (int) (fe - f - 1), f + 1);
		g = strstr(fe, "\"gold\"");
		if (!g || !(g = strchr(g, '{')) || !(ge = strchr(g, '}')))
			break;
		check_file(dir, file, g + 1, (size_t) (ge - g - 1));
		nfiles++;
	}
	UNIT_OK(nfiles >= 5, "%s: %d reports checked", dir, nfiles);
	free(m);
}

/*
 * Forms found by the second held-out set (test/data/written, session 5):
 * zero statements, 答覆, a Taiwan-phrase copy, a clause's first number.
 */
static void
test_heldout2_forms(void)
{
#define T2008 "某市劳动和社会保障局2008年政府信息公开工作年度报告\n"
	static const struct
	{
		const char *text;
		const char *key;		/* narrative.<key> */
		long long	want;		/* -1: absent */
		const char *what;
	}			cases[] = {
		/* 行政复议和行政诉讼: the negation is further back for the second */
		{T2008 "《条例》施行以来，我局没有发生因政府信息公开申请提起的行政复议和行政诉讼。",
		"reviews", 0, "没有发生…行政复议和行政诉讼: reviews 0"},
		{T2008 "《条例》施行以来，我局没有发生因政府信息公开申请提起的行政复议和行政诉讼。",
		"lawsuits", 0, "没有发生…行政复议和行政诉讼: lawsuits 0"},
		{T2008 "2008年度我局未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。",
		"lawsuits", 0, "未发生…行政复议、提起行政诉讼的情况: lawsuits 0"},
		{T2008 "2008年，因我局政府信息公开工作引起的行政复议和行政诉讼均为零。",
		"reviews", 0, "行政复议和行政诉讼均为零: reviews 0"},
		{T2008 "2008年，因我局政府信息公开工作引起的行政复议和行政诉讼均为零。",
		"lawsuits", 0, "行政复议和行政诉讼均为零: lawsuits 0"},
		{T2008 "行政复议数量为0件。行政诉讼均为零星个案。", "reviews", 0, "行政复议数量为0件"},
		{T2008 "行政复议数量为0件。行政诉讼均为零星个案。", "lawsuits", -1, "均为零星个案 is no zero"},
		/* carried forward: zero statements, and the number before 因… */
		{T2008 "所有申请均按时答复，没有结转到下一年度办理的申请。",
		"applications_carried_forward", 0, "没有结转到下一年度办理的申请: 0"},
		{T2008 "全年共收到申请8件，均已办结，无上年结转和结转下年度的申请。",
		"applications_carried_forward", 0, "无上年结转和结转下年度的申请: 0"},
		{T2008 "对未能按期答复的申请结转下年度办理。",
		"applications_carried_forward", -1, "未能按期答复的申请结转下年度: no count, no 0"},
		{T2008 "无上年结转申请。",
		"applications_carried_forward", -1, "无上年结转申请 is carried over, not forward"},
		{T2008 "收到申请67件，答复64件，3件因申请人补正材料结转至2009年办理。",
		"applications_carried_forward", 3, "3件因…结转至 next year: 3"},
		{T2008 "3件因故未结转至2009年办理。",
		"applications_carried_forward", -1, "3件因故未结转: not carried forward"},
		{T2008 "全年办结136件，7件结转至2009年继续办理。",
		"applications_carried_forward", 7, "办结136件，7件结转: a clause's first number after a comma"},
		/* fees: 未收取任何费用 in a sentence about requests */
		{T2008 "我局在依申请提供政府信息过程中，未收取任何费用，也未发生减免费用的情况。",
		"fees_collected", 0, "在依申请…过程中，未收取任何费用: 0"},
		{T2008 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
		"fees_collected", -1, "table 三's 未按收费通知…缴纳费用 label: no fee figure"},
		{T2008 "本局召开工作会议3次。举办培训班时未收取任何费用。",
		"fees_collected", -1, "未收取任何费用 in a sentence about something else: no figure"},
		/* the account's “name” between 公众号 and its count */
		{T2008 "通过镇微信公众号“青石岭发布”发布信息312条。", "new_media_posts", 312,
		"公众号“青石岭发布”发布信息312条"},
		{T2008 "微信公众号“青石发布”粉丝达到3000人。", "new_media_posts", -1,
		"公众号“…”粉丝3000人: no posts"},
		/* 受理申请 N 件 right under the 依申请公开 heading */
		{T2008 "三、依申请公开政府信息情况\n2008年，我局共受理申请21件，其中当面申请15件。",
		"applications_received", 21, "依申请公开 heading, then 受理申请21件"},
		{T2008 "政务服务中心全年受理申请1200件。", "applications_received", -1,
		"受理申请 with no word of information requests: nothing"},
		/* 按期答复 is the count; 延期 / 逾期 答复 a part */
		{T2008 "全年共收到政府信息公开申请197件，已按期答复193件。", "applications_completed", 193,
		"按期答复193件"},
		{T2008 "全年共收到政府信息公开申请197件，延期答复3件。", "applications_completed", -1,
		"延期答复3件 is a part"},
		/* 答覆 (traditional copies keep 覆), 资讯 / 释出 (s2twp) */
		{T2008 "收到政府信息公开申请23件，已答覆23件。", "applications_completed", 23, "已答覆23件"},
		{"嘉陵市东岸区人民政府2023年政府资讯公开工作年度报告\n全区主动公开政府资讯5682条，召开新闻释出会9场。",
		"active_total", 5682, "主动公开政府资讯5682条"},
		{"嘉陵市东岸区人民政府2023年政府资讯公开工作年度报告\n全区主动公开政府资讯5682条，召开新闻释出会9场。",
		"press_conferences", 9, "新闻释出会9场"},
	};
	gdr_report *r;
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		r = run(cases[i].text);
		UNIT_EQ_INT(nv(r, cases[i].key), cases[i].want, "%s", cases[i].what);
	}
	r = run(cases[i - 1].text);
	UNIT_EQ_INT(r ? (int) r->kind : -1, GDR_KIND_ANNUAL_REPORT, "政府资讯公开工作年度报告 is an annual report");
#undef T2008
}

/*
 * Forms found by the third held-out set (session 6): figures of another
 * year or of a larger unit in the same sentence, and counts of other work
 * after 办理 / 受理.
 */
static void
test_heldout3_forms(void)
{
#define T2019 "襄北市自然资源和规划局2019年政府信息公开工作年度报告\n"
	static const struct
	{
		const char *text;
		const char *key;		/* narrative.<key> */
		long long	want;		/* -1: absent */
		const char *what;
	}			cases[] = {
		/* another year opens the sentence or the clause */
		{T2019 "2018年，原两局合计主动公开政府信息1215条，收到政府信息公开申请17件。",
		"active_total", -1, "2018年，…主动公开1215条 in a 2019 report: not the year's"},
		{T2019 "2018年，原两局合计主动公开政府信息1215条，收到政府信息公开申请17件。",
		"applications_received", -1, "2018年，…收到申请17件: not the year's"},
		{T2019 "2018年两局共召开新闻发布会4场；2019年我局召开新闻发布会6场。",
		"press_conferences", 6, "2018年…4场；2019年…6场: the 2019 clause"},
		/* years that do not say whose figures these are */
		{T2019 "2019年，共收到政府信息公开申请112件，较2018年度增加38件；因政府信息公开引发的行政复议案件1件。",
		"reviews", 1, "较2018年度: a comparison, the figures stay 2019's"},
		{T2019 "本年度共收到申请46件，加上2018年结转的2件，全年共办结47件。",
		"applications_completed", 47, "加上2018年结转的: not a year of its own"},
		{T2019 "围绕《三年行动计划（2018—2020年）》等文件发布政策解读7篇。",
		"interpretations", 7, "a year inside 《》 names the document"},
		{T2019 "截至2020年1月10日，全年共办结政府信息公开申请21件。",
		"applications_completed", 21, "截至2020年1月10日: a date, not a year"},
		/* set 10: a cutoff before the year's end; a count by quarter */
		{T2019 "截至12月15日，全年共收到政府信息公开申请27件；已办结25件，其余2件正在办理中。",
		"applications_carried_forward", -1, "截至12月15日…正在办理: open on 15 December, not carried forward"},
		{T2019 "截至12月15日，全年共收到政府信息公开申请27件；已办结25件，其余2件正在办理中。",
		"applications_received", 27, "截至12月15日…收到27件: the count as printed"},
		{T2019 "截至12月31日，共收到政府信息公开申请9件，办结7件，其余2件正在办理中。",
		"applications_carried_forward", 2, "截至12月31日…正在办理: carried forward"},
		{T2019 "全年我局共收到政府信息公开申请：一季度4件，二季度7件，三季度3件，四季度5件。",
		"applications_received", -1, "一季度4件…: quarters, no count for the year"},
		{T2019 "6019年，我局官方微信公众号发布信息373条。",
		"new_media_posts", 373, "a mangled year (6019) is no other year"},
		/* cumulative since the regulation */
		{T2019 "自《条例》施行以来，我局累计受理政府信息公开申请34件。",
		"applications_received", -1, "施行以来…累计: a total over many years"},
		{"宣城市自然资源和规划局2023年政务公开工作总结\n2023以来我局累计主动公开政府信息1395条。",
		"active_total", 1395, "2023以来…累计: this year's"},
		/* a larger unit's figure, then 其中我局 */
		{T2019 "全市自然资源和规划系统共收到政府信息公开申请53件，其中我局收到政府信息公开申请21件。",
		"applications_received", 21, "53件，其中我局收到…21件: the agency's own"},
		{T2019 "全市系统共收到政府信息公开申请53件，其中我局收到21件（上年17件）。",
		"applications_received", 21, "其中我局收到21件: the subject left out"},
		{T2019 "全市系统共收到政府信息公开申请53件，其中我局收到人大代表建议5件。",
		"applications_received", -1, "其中我局收到…建议5件: not requests"},
		{T2019 "共收到政府信息公开申请53件，其中本年新收50件。",
		"applications_received", 53, "其中本年…: a part of the year, the total stays"},
		/* other work after 办理 / 受理 */
		{T2019 "全年办理道路运输行政许可12,345件，作出行政处罚决定3,456件。",
		"applications_completed", -1, "办理…行政许可12,345件: not requests"},
		{T2019 "全年受理行政许可申请1,234件。",
		"applications_received", -1, "受理行政许可申请: not information requests"},
		{T2019 "全年新收政府信息公开申请1,119件，办结1,207件。",
		"applications_completed", 1207, "办结1,207件 (thousands separator)"},
		/* uppercase (financial) numerals */
		{T2019 "全年主动公开政府信息壹仟零捌拾陆条。",
		"active_total", 1086, "壹仟零捌拾陆条 (零 inside)"},
		{T2019 "全年共收到政府信息公开申请壹拾叁件，已全部办结。",
		"applications_received", 13, "壹拾叁件"},
		{T2019 "全年召开新闻发布会叁场。",
		"press_conferences", 3, "叁场"},
		{T2019 "全年共收到政府信息公开申请拾件。",
		"applications_received", 10, "拾件: a bare 拾"},
		{T2019 "我局陆续收到政府信息公开申请12件。",
		"applications_received", 12, "陆续 is no numeral: the figure after it"},
		/* targets of next year's plan */
		{T2019 "全年主动公开政府信息326条。\n三、2020年工作计划\n力争全年主动公开政府信息不少于400条。",
		"active_total", 326, "力争…不少于400条 is a target"},
		{T2019 "“某某发布”微信公众号推送信息不少于500条。",
		"new_media_posts", -1, "不少于500条 alone: no figure"},
		{T2019 "预计全年主动公开政府信息1500条。",
		"active_total", -1, "预计: no figure"},
		/* the account ends a clause, the count follows */
		{T2019 "用好“鹤汀发布”微信公众号，全年推送信息418条，累计关注人数突破2万人。",
		"new_media_posts", 418, "公众号，全年推送信息418条"},
		{T2019 "开通了微信公众号，全年发布政府信息1200条。",
		"new_media_posts", -1, "公众号，…政府信息1200条: maybe every channel's"},
		{T2019 "加强微信公众号管理，严格落实审核制度，全年发布信息1126条。",
		"new_media_posts", -1, "two clauses away: not read"},
		/* a number cut by a page break (no form feed: not unwrapped) */
		{T2019 "全年主动公开政府信息14\n\n— 1 —\n38条，较上年有所增加。",
		"active_total", -1, "信息14 / — 1 — / 38条: not 14"},
		{T2019 "全年主动公开政府信息14\n38条，较上年有所增加。",
		"active_total", -1, "信息14 / 38条: not 14"},
		/* the whole area's figure in a department's report, its own not stated */
		{T2019 "全年，全市自然资源系统（含局机关、直属单位和各县市区分局）通过门户网站、政务公开栏等渠道共主动公开政府信息9862条。",
		"active_total", -1, "全市…系统（含局机关…）…9862条: the area's, not the bureau's"},
		/* the completions before 答复, the requests named in the sentence */
		{T2019 "收到政府信息公开申请4件，其中网上申请3件、信函申请1件，4件均已按期答复：同意公开2件，部分公开1件。",
		"applications_completed", 4, "申请4件，…，4件均已按期答复：同意公开2件"},
		{T2019 "办理人大代表建议5件，5件均已按期答复。",
		"applications_completed", -1, "建议5件，5件均已按期答复: not requests"},
		{T2019 "收到政府信息公开申请4件。办理行政许可事项5件，均已按期答复。",
		"applications_completed", -1, "许可…5件，均已按期答复: not requests"},
		/* last year's figure first, the year's after 增至 */
		{T2019 "主动公开政府信息的数量由上年的1,532条增至1,846条，同比增长20.5%。",
		"active_total", 1846, "由上年的1,532条增至1,846条"},
		{T2019 "主动公开政府信息上年的1532条。", "active_total", -1, "上年的1532条 alone: last year's"},
		/* 跨年度办理: last year's requests, not completions */
		{T2019 "收到政府信息公开申请137件。加上2010年受理、跨年度办理的9件，全年需办理的申请共146件。",
		"applications_completed", -1, "跨年度办理的9件 is no completion"},
		/* labels with their own figures before 分别: no list */
		{T2019 "2019年，因政府信息公开引起行政复议64件、行政诉讼21件（2018年分别为51件、17件）。",
		"reviews", 64, "行政复议64件、…（2020年分别为51件、17件）: 64"},
		{T2019 "2019年，因政府信息公开引起行政复议64件、行政诉讼21件（2018年分别为51件、17件）。",
		"lawsuits", 21, "…行政诉讼21件（2020年分别为51件、17件）: 21"},
		/* a part, then the year's total */
		{T2019 "原国税局、原地税局1—7月分别主动公开政府信息96条、74条，新机构挂牌后主动公开政府信息158条，全年合计328条。",
		"active_total", 328, "…158条，全年合计328条: the total"},
		/* zeros said after the words */
		{T2019 "我局依申请公开政府信息，检索、复制、邮寄等费用一律免收。",
		"fees_collected", 0, "检索、复制、邮寄等费用一律免收"},
		{T2019 "办理行政许可事项的费用一律免收。", "fees_collected", -1, "a licence's fees: not the requests'"},
		{T2019 "六、行政复议和行政诉讼情况\n行政复议和行政诉讼：全年无。", "reviews", 0, "行政复议和行政诉讼：全年无"},
		{T2019 "六、行政复议和行政诉讼情况\n行政复议和行政诉讼：全年无。", "lawsuits", 0, "…：全年无 (both)"},
		{T2019 "行政复议：全年无重大变化。", "reviews", -1, "：全年无重大变化 is no zero"},
		{T2019 "学校未发生因信息公开申请被申诉、被申请行政复议或被提起行政诉讼的情况。",
		"reviews", 0, "未发生…被申诉、被申请行政复议…的情况"},
		/* an aside between the account and its count */
		{T2019 "“青川税务”微信公众号（由原国税、地税微信公众号于8月整合而成）全年推送信息412条。",
		"new_media_posts", 412, "公众号（…）全年推送信息412条"},
		/* a count and its reason before 结转, a comma between */
		{T2019 "全局共办结75件，其余2件因需征求第三方意见，结转至2020年办理。",
		"applications_carried_forward", 2, "2件因…，结转至2020年"},
	};
	gdr_report *r;
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		r = run(cases[i].text);
		UNIT_EQ_INT(nv(r, cases[i].key), cases[i].want, "%s", cases[i].what);
	}
#undef T2019
}

/* ------------------------------------------------------------------ */
/* set 9's forms                                                       */
/* ------------------------------------------------------------------ */

static gdr_report *
parse_all(const char *text)
{
	gdr_report *r = NULL;

	if (gdr_parse(&ctx, text, strlen(text), &r) != GDR_OK)
		return NULL;
	return r;
}

/* held-out set 16: a numeral cut by a line break; a fee after the requests */
static void
test_heldout16_forms(void)
{
	gdr_report *r;

	/* 三百 / 二十七条: hard-wrapped, the numeral cut */
	r = run("某镇2023年政务公开工作总结\n全年通过门户网站主动公开政府信息三百\n二十七条，村务公开。\n");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "三百 / 二十七条: not 27 (the numeral goes on from the line before)");
	r = run("某镇2023年政务公开工作总结\n全年通过门户网站主动公开政府信息三百二\n十七条，村务公开。\n");
	UNIT_EQ_INT(nv(r, "active_total"), -1, "三百二 / 十七条: not 17");
	r = run("某镇2023年政务公开工作总结\n全年通过门户网站主动公开政府信息\n二十七条，村务公开。\n");
	UNIT_EQ_INT(nv(r, "active_total"), 27, "信息 / 二十七条 (no numeral before the break): 27");
	r = run("某镇2023年政务公开工作总结\n制度统一\n二十七条政务信息已主动公开。\n");
	UNIT_OK(nv(r, "active_total") != 17, "统一 / 二十七条: 一二十七 is no number, nothing joined");

	/* 未收取任何费用 in the sentence after the requests' */
	r = run("某镇2023年政府信息公开工作年度报告\n全年收到政府信息公开申请两件，按期答复两件。本年度未收取任何费用。\n");
	UNIT_EQ_INT(nv(r, "fees_collected"), 0, "申请两件…。本年度未收取任何费用: 0");
	r = run("某镇2023年政府信息公开工作年度报告\n全年收到政府信息公开申请两件，按期答复两件。\n"
			"二、其他工作\n全镇开展各类培训十二次，组织群众参加文体活动三十场，"
			"走访慰问困难群众一百二十户。本年度未收取任何费用。\n");
	UNIT_EQ_INT(nv(r, "fees_collected"), -1, "未收取任何费用 far from any request: not a fee of theirs");
}

static void
test_heldout9_forms(void)
{
	gdr_report *r;

	/* two bodies' figures side by side in one sentence: neither */
	r = run("某市档案局（某市档案馆）2012年政府信息公开工作年度报告\n"
			"2012年，市档案局收到政府信息公开申请4件，市档案馆收到政府信息公开申请9件。"
			"局、馆共办结申请13件。\n");
	UNIT_EQ_INT(nv(r, "applications_received"), -1,
				"申请4件，…申请9件 in one sentence: two bodies' figures, none kept");
	UNIT_OK(has_warning(r, "narrative_parallel", "narrative.applications_received"),
			"… with a narrative_parallel warning");
	UNIT_EQ_INT(nv(r, "applications_completed"), 13, "the joint 共办结13件 is kept");
	/* …but a part under 其中, and parts then their 合计, are as before */
	r = run("某局2022年政府信息公开工作年度报告\n"
			"发布政策解读材料9篇，其中图文解读5篇、视频解读2篇。\n");
	UNIT_EQ_INT(nv(r, "interpretations"), 9, "解读9篇，其中图文解读5篇: 9");
	r = run("某局2017年政府信息公开工作年度报告\n"
			"局机关主动公开政府信息612条；市社保局主动公开政府信息438条；"
			"全局合计主动公开政府信息1934条。\n");
	UNIT_EQ_INT(nv(r, "active_total"), 1934, "parts then 合计 in one sentence: the 合计");
	UNIT_OK(!has_warning(r, "narrative_conflict", "narrative.active_total") &&
			!has_warning(r, "narrative_parallel", "narrative.active_total"),
			"… and no conflict is reported (the 合计 ends it)");

	/* 占全县…的11.3%: a share of a larger area's total, the figure the body's own */
	r = run("某镇2016年政府信息公开工作年度报告\n"
			"全年主动公开政府信息526条，占全县乡镇公开总量的11.3%。"
			"其中政策文件300条，占34%。\n");
	UNIT_EQ_INT(nv(r, "active_total"), 526, "占全县…总量的11.3%% does not make 526 a part");
	/* a report to the body above: 关于2016年…工作总结暨2017年工作要点的报告 */
	r = parse_all("清溆镇人民政府\n\n关于2016年政务公开工作总结暨2017年工作要点的报告\n\n"
				  "县政务公开办：\n全年受理政府信息公开申请5件。\n");
	UNIT_OK(r && r->year == 2016 && r->kind == GDR_KIND_WORK_SUMMARY,
			"关于2016年政务公开工作总结暨…的报告: a 2016 work summary");
	/* pymupdf4llm splits a large title over two headings */
	r = parse_all("\n# **汾桥市城市管理局2020年政府信息公开工作年**\n\n\n# **度报告**\n\n"
				  "一、总体情况\n全年主动公开政府信息100条。\n");
	UNIT_OK(r && r->kind == GDR_KIND_ANNUAL_REPORT && r->year == 2020 &&
			r->agency && strcmp(r->agency, "汾桥市城市管理局") == 0,
			"# **…工作年** / # **度报告**: one title");
	r = parse_all("# 二、主动公开政府信息情况\n\n# 三、收到申请\n全年主动公开政府信息100条。\n");
	UNIT_EQ_INT(nv(r, "active_total"), 100, "two section headings are not joined");

	/* carried forward without 结转 (before 2019) */
	r = run("某市2011年政府信息公开工作年度报告\n"
			"全年共受理申请1286件，已答复1247件，其余39件正在办理中，将于2012年继续办理。\n");
	UNIT_EQ_INT(nv(r, "applications_carried_forward"), 39, "其余39件正在办理中: carried forward");
	/* the year only as 上一年度, the report signed the year after */
	r = parse_all("某县住房和城乡建设局政府信息公开工作年度报告\n"
				  "现将我局上一年度政府信息公开工作情况报告如下。2008年《条例》施行以来累计公开3600条。\n"
				  "本年度共受理申请17件。2014年，我局将继续做好公开工作。\n"
				  "某县住房和城乡建设局\n2014年2月25日\n");
	UNIT_EQ_INT(r ? r->year : -1, 2013, "上一年度 in a report signed 2014-02-25: 2013");
	r = parse_all("某县住房和城乡建设局政府信息公开工作年度报告\n"
				  "本年度共受理申请17件。\n某县住房和城乡建设局\n2014年2月25日\n");
	UNIT_EQ_INT(r ? r->year : -1, 0, "no 上一年度, no year printed: no year");

	/* a spreadsheet's date cell under the signature */
	r = run("某中心2019年政府信息公开工作年度报告\n全年主动公开信息20条。\n"
			"某市住房公积金管理中心\n2020-03-26\n");
	UNIT_EQ_STR(r ? r->published : NULL, "2020-03-26", "an ISO date under the signature is the date");

	/* a 通报 that prints one county's report as its attachment */
	r = parse_all("某市人民政府办公室关于2017年度政府信息公开工作年度报告编制发布情况的通报\n\n"
				  "各县人民政府：\n全市共收到政府信息公开申请169件，办结163件；"
				  "甲区全年举办新闻发布会21场。\n\n"
				  "附件：乙县人民政府2017年政府信息公开工作年度报告\n\n"
				  "某市人民政府办公室\n\n2018年4月20日\n\n附件\n\n"
				  "乙县人民政府2017年政府信息公开工作年度报告\n\n"
				  "一、概述\n本报告统计期限自2017年1月1日起至2017年12月31日止。\n"
				  "二、依申请公开\n全年共收到政府信息公开申请26件，办结24件。"
				  "县政府全年举办新闻发布会14场，发布政策解读稿件56篇。\n\n"
				  "乙县人民政府办公室\n\n2018年3月28日\n");
	UNIT_EQ_INT(nv(r, "applications_received"), 26, "the attached report's 26, not the 通报's 169");
	UNIT_EQ_INT(nv(r, "press_conferences"), 14, "its 14, not another county's 21");
	UNIT_EQ_STR(r ? r->published : NULL, "2018-03-28", "its date, not the 通报's");
	UNIT_OK(has_warning(r, "cover_document", NULL), "a cover_document warning says so");
	/* a report that lists its own attachment is read whole */
	r = parse_all("乙县人民政府2017年政府信息公开工作年度报告\n\n"
				  "全年共收到政府信息公开申请26件。\n\n"
				  "附件\n\n乙县人民政府2017年政府信息公开工作年度报告\n");
	UNIT_EQ_INT(nv(r, "applications_received"), 26, "a report with a 附件 of itself: read whole");
	UNIT_OK(!has_warning(r, "cover_document", NULL), "… no cover document");
}

int
main(void)
{
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	test_figures();
	test_heldout2_forms();
	test_heldout3_forms();
	test_heldout9_forms();
	test_heldout16_forms();
	test_meta();
	test_garbage();
	test_cancel();
	test_manifest("seeds");
	test_manifest("corpus");
	gdr_ctx_free(&ctx);
	return unit_done();
}
