/*
 * test_unwrap.c -- prose hard-wrapped at a page's width (PDF text without
 * layout): its lines joined into paragraphs, numbers cut by a line break or
 * a page footer made whole; everything else left as it is.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

static gdr_ctx ctx;

/* s unwrapped (NULL when nothing changed) */
static char *
unwrap(const char *s)
{
	gdr_buf		out = {0};
	bool		changed;

	if (!gdr_unwrap(&ctx, s, strlen(s), &out, &changed) || !changed)
		return NULL;
	return out.data;
}

/* a paragraph of Han text cut every 24 characters (48 columns) */
static const char page[] =
	"某某市生态环境局\n"
	"2019年政府信息公开工作年度报告\n"
	"\n"
	"  本报告根据条例要求编制全文包括总体情况主动公开政府\n"
	"信息情况收到和处理政府信息公开申请情况政府信息公开行\n"
	"政复议及行政诉讼情况存在的主要问题及改进情况其他需要\n"
	"报告的事项等内容本报告所列数据的统计期限自一月一日起\n"
	"至十二月三十一日止。\n"
	"  一、总体情况\n"
	"  全年坚持以公开为常态不公开为例外的原则加大主动公开\n"
	"力度健全工作机制机构改革后及时调整领导小组明确专人负\n"
	"责政府信息公开工作全年主动公开政府信息14\n"
	"\n"
	"— 1 —\n"
	"\f38条，较上年有所增加。全年共收到政府信息公开申请4\n"
	"7件，按期办结45件。其中同意公开二十八件部分公开六件\n"
	"不予公开两件无法提供七件不予处理两件均在法定期限内答\n"
	"复申请人对答复结果均无异议全年未收取任何费用谢谢大家\n"
	"的支持和监督我们将继续努力做好政府信息公开各项工作。\n";

int
main(void)
{
	char	   *u;
	gdr_report *r;

	gdr_ctx_init(&ctx, &gdr_env_malloc);

	/* a title line as wide as the page is no wrapped prose */
	u = unwrap("濉川省地方金融管理局2024年政府信息公开工作年度报告\n"
			   "本报告依据条例和年度报告格式编制内容包括总体情况主动公\n"
			   "开政府信息情况收到和处理政府信息公开申请情况行政复议和\n"
			   "行政诉讼情况存在的主要问题及改进情况其他需要报告的事项\n"
			   "报告中所列数据统计期限自二〇二四年一月一日至十二月三十\n"
			   "一日本报告电子版可在本局门户网站政府信息公开专栏下载阅\n"
			   "读如对本报告有任何疑问请与本局办公室联系联系电话见网站\n"
			   "首页底部谢谢大家的关注和支持我们将继续做好政府信息公开\n"
			   "工作欢迎社会各界监督全年共收到政府信息公开申请四十七件\n"
			   "按期办结四十五件其余两件依法延期答复本局未因政府信息公\n"
			   "谢谢。\n");
	UNIT_OK(u != NULL && strncmp(u, "濉川省地方金融管理局2024年政府信息公开工作年度报告\n本报告依据", 78) == 0,
			"the title line is not joined to the prose under it");
	UNIT_OK(u != NULL && strstr(u, "主动公开政府信息情况") != NULL, "the prose is");

	u = unwrap(page);
	UNIT_OK(u != NULL, "a page of hard-wrapped prose is unwrapped");
	UNIT_OK(u && strstr(u, "主动公开政府信息1438条，较上年") != NULL,
			"a number cut by a page footer and a form feed is whole again");
	UNIT_OK(u && strstr(u, "申请47件") != NULL, "a number cut by a line break is whole again");
	UNIT_OK(u && strstr(u, "主动公开政府\n") == NULL && strstr(u, "主动公开政府信息情况") != NULL,
			"a full line goes on in the next one");
	UNIT_OK(u && strstr(u, "十二月三十一日止。\n  一、总体情况\n") != NULL,
			"a sentence's end and a heading after it stay lines of their own");
	UNIT_OK(u && strstr(u, "— 1 —") == NULL, "the page footer inside the paragraph goes");
	UNIT_OK(u && strstr(u, "某某市生态环境局\n2019年") != NULL, "short title lines stay");

	/* what the parser reads from it */
	{
		gdr_ctx		c2;

		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, page, strlen(page), &r) == GDR_OK, "parses");
		UNIT_EQ_INT(r ? (long long) r->val[GDR_S_N_ACTIVE_TOTAL] : -1, 1438,
					"narrative.active_total across the page break (not 14)");
		UNIT_EQ_INT(r ? (long long) r->val[GDR_S_N_APPLICATIONS_RECEIVED] : -1, 47,
					"narrative.applications_received across the line break");
		gdr_ctx_free(&c2);
	}

	/*
	 * The same page followed by a table pdftotext read column by column: a
	 * short line per cell, many more lines than the prose has.  The prose
	 * lines are still most of the lines as wide as a page line.
	 */
	{
		char		big[16384];
		size_t		n = 0;
		int			i;

		n += (size_t) snprintf(big + n, sizeof(big) - n, "%s", page);
		for (i = 0; i < 150; i++)
			n += (size_t) snprintf(big + n, sizeof(big) - n, "%d\n", i % 7);
		u = unwrap(big);
		UNIT_OK(u && strstr(u, "主动公开政府信息1438条，较上年") != NULL,
				"prose before a cell-per-line table is unwrapped too");
		UNIT_OK(u && strstr(u, "\n3\n4\n5\n") != NULL, "the table's lines stay");
	}

	/* left alone */
	UNIT_OK(unwrap("一、总体情况\n全年主动公开政府信息1438条。\n二、依申请公开\n全年收到申请47件。\n") == NULL,
			"ordinary text: nothing changes");
	{
		/* a table one row per line, as wide as each other */
		static const char tbl[] =
			"信息内容\t本年制发件数\t本年废止件数\t现行有效件数\t备注说明文字\n"
			"规章\t0\t0\t3\t无无无无无无无无无无无无无无无无无无\n"
			"行政规范性文件\t2\t1\t40\t无无无无无无无无无无无无无无无\n"
			"规章\t0\t0\t3\t无无无无无无无无无无无无无无无无无无\n"
			"规章\t0\t0\t3\t无无无无无无无无无无无无无无无无无无\n"
			"规章\t0\t0\t3\t无无无无无无无无无无无无无无无无无无\n"
			"规章\t0\t0\t3\t无无无无无无无无无无无无无无无无无无\n"
			"规章\t0\t0\t3\t无无无无无无无无无无无无无无无无无无\n"
			"规章\t0\t0\t3\t无无无无无无无无无无无无无无无无无无\n"
			"规章\t0\t0\t3\t无无无无无无无无无无无无无无无无无无\n";

		UNIT_OK(unwrap(tbl) == NULL, "tab-separated rows are no prose: nothing is joined");
	}
	{
		/* lines as wide as each other that all end a sentence */
		static const char sent[] =
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n"
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n"
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n"
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n"
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n"
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n"
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n"
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n"
			"全年主动公开政府信息一千四百三十八条较上年有所增加的。\n";

		UNIT_OK(unwrap(sent) == NULL, "equal lines that end sentences are not wrapped text");
	}
	UNIT_OK(unwrap("") == NULL, "empty text");

	/* page footers in text without form feeds */
	UNIT_OK(gdr_page_footers("正文\n- 1 -\n正文\n", 24), "- 1 - is a page footer");
	UNIT_OK(gdr_page_footers("正文\n    — 2 —\n", strlen("正文\n    — 2 —\n")), "— 2 — is one");
	UNIT_OK(gdr_page_footers("正文\n-3-\n", strlen("正文\n-3-\n")), "-3- is one");
	UNIT_OK(!gdr_page_footers("“正文”—续\n", strlen("“正文”—续\n")), "quotes and a dash in prose are not");
	UNIT_OK(!gdr_page_footers("增减\n-1\n0\n", strlen("增减\n-1\n0\n")),
			"a cell -1 on its own line is not");
	UNIT_OK(!gdr_page_footers("合计\n12\n-\n", strlen("合计\n12\n-\n")), "nor are 12 and -");

	/*
	 * Pasted from a PDF viewer: no form feeds, a footer; the normaliser's
	 * ASCII commas were full-width, so lines of 34 characters are as wide
	 * as each other whatever their punctuation; the signature, set right,
	 * is not joined to its date
	 */
	{
		static const char pasted[] =
			"  2017年,省局按照中国气象局和省委、省政府关于全面推进政务公开\n"
			"工作的部署,将政府信息公开工作纳入全省气象部门年度目标考核,考核\n"
			"权重由2%提高到3%。全年召开政务公开工作视频会议1次,举办培训\n"
			"班2期,培训市县气象局信息公开工作人员130人次,取得了较好效果,\n"
			"得到了上级部门的肯定和社会公众的认可,信息公开水平进一步提升了\n"
			"全年,全省气象部门(含省局机关、省局直属单位和14个市气象局、86\n"
			"个县气象局)通过门户网站、政务公开栏等渠道共主动公开政府信息9,\n"
			"862条。公开的重点是气象灾害预警、气象行政审批、防雷减灾监管和气\n"
			"象服务信息,其中通过微博、微信发布信息约4,500条,覆盖全省各地。\n"
			"省局建立了气象新闻发言人制度,定期召开气象新闻发布会,通报天气气\n"
			"候趋势和防灾减灾工作,围绕气象灾害防御条例修订等发布政策解读。\n"
			"\n"
			"                - 1 -\n"
			"                                        沅北省气象局办公室\n"
			"                                        2018年3月28日\n";
		char	   *v = unwrap(pasted);

		UNIT_OK(gdr_page_footers(pasted, strlen(pasted)), "the pasted page has a footer");
		UNIT_OK(v && strstr(v, "共主动公开政府信息9,862条") != NULL,
				"lines of varying punctuation widths are joined, the number made whole");
		UNIT_OK(v && strstr(v, "全省气象部门(含省局机关、省局直属单位和14个市气象局、86个县气象局)") != NULL,
				"a clause's subject joins its figure's line");
		UNIT_OK(v && strstr(v, "气象局办公室\n") != NULL,
				"the signature set right is not joined to its date");
	}
	gdr_ctx_free(&ctx);
	return unit_done();
}
