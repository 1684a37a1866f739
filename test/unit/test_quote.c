/*
 * test_quote.c -- e-mail quote prefixes: taken off when a good part of the
 * text is quoted, left alone for a markdown block quote or two.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

static char *
unquote(gdr_ctx *ctx, const char *s)
{
	gdr_buf		out = {0};

	if (!gdr_unquote(ctx, s, strlen(s), &out))
		return NULL;
	return out.data;
}

int
main(void)
{
	gdr_ctx		ctx;
	const char *mail =
		"From: a@b.gov.cn\n"
		"Subject: Re: 年报\n"
		"\n"
		"已阅，无意见。\n"
		"\n"
		"在 2020-03-20 16:02, 县政务公开办 写道:\n"
		"> 青松县人民政府2019年政府信息公开工作年度报告\n"
		"> \n"
		"> 一、总体情况\n"
		"> 全年主动公开政府信息5127条。\n"
		"> > 行政复议 | 5 | 1 | 2 | 1 | 9\n"
		">> 二、主动公开\n"
		">   三、收到和处理\n"
		"> 四、复议诉讼\n"
		"> 青松县人民政府\n"
		"> 2020年3月20日\n";
	char	   *u;

	gdr_ctx_init(&ctx, &gdr_env_malloc);
	UNIT_OK(gdr_quoted_any(mail, strlen(mail)), "a quoted report is quoted");
	u = unquote(&ctx, mail);
	UNIT_OK(u != NULL && strstr(u, "\n青松县人民政府2019年政府信息公开工作年度报告\n") != NULL,
			"the quoted title is a line of its own");
	UNIT_OK(u != NULL && strstr(u, "\n行政复议 | 5 | 1 | 2 | 1 | 9\n") != NULL,
			"\"> > \" goes too");
	UNIT_OK(u != NULL && strstr(u, "\n二、主动公开\n") != NULL, "\">>\" goes too");
	UNIT_OK(u != NULL && strstr(u, "\n  三、收到和处理\n") != NULL,
			"one space after > goes, the line's own indentation stays");
	UNIT_OK(u != NULL && strstr(u, "From: a@b.gov.cn\n") == u, "unquoted lines stay");
	UNIT_OK(!gdr_quoted_any("# 报告\n> 注：本表数据截至年底。\n正文一\n正文二\n", 48),
			"one markdown block quote is not a quoted mail");
	UNIT_OK(!gdr_quoted_any("", 0), "nothing is not quoted");
	gdr_ctx_free(&ctx);
	/* a reply that quotes the message it answers below the report */
	{
		static const char mail[] =
			"区政务公开办：\n    现将我局2021年政府信息公开工作年度报告正文报上。\n"
			"某区应急管理局2021年政府信息公开工作年度报告\n"
			"    本报告根据《中华人民共和国政府信息公开条例》编制。全年新收申请12件。\n"
			"某区应急管理局\n2022年1月18日\n\n"
			"------------------ 原始邮件 ------------------\n发件人: 区政务公开办\n"
			"请于2022年1月21日前报送。2020年度全区38个单位中有9个单位数据不一致。\n2022年1月5日\n";
		const char *m = strstr(mail, "------------------ 原始邮件");

		UNIT_EQ_INT((long) gdr_quoted_original(mail, strlen(mail)), (long) (m - mail),
					"the quoted original begins at its marker line");
		UNIT_EQ_INT((long) gdr_quoted_original(m, strlen(m)), 0L,
					"no report before the marker: nothing is cut");
		UNIT_EQ_INT((long) gdr_quoted_original("正文提到原始邮件三个字。\n", 30), 0L,
					"the word in a sentence is no marker");
		{
			/* a title without 工作 (政府信息公开年度报告) is a report's too */
			static const char mail2[] =
				"区政务公开办：\n    现将我局年度报告正文报上，请审核。\n"
				"某区应急管理局2021年政府信息公开年度报告\n"
				"    本报告根据《中华人民共和国政府信息公开条例》编制。全年新收申请12件。\n"
				"某区应急管理局\n2022年1月18日\n\n"
				"------------------ 原始邮件 ------------------\n发件人: 区政务公开办\n请报送。\n";
			const char *m2 = strstr(mail2, "------------------ 原始邮件");

			UNIT_EQ_INT((long) gdr_quoted_original(mail2, strlen(mail2)), (long) (m2 - mail2),
						"after 政府信息公开年度报告, the quoted original is cut too");
		}
	}
	return unit_done();
}
