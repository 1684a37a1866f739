/*
 * test_errata.c -- a correction notice after the report (“…286条”应为
 * “268条”): the figures printed before it read as corrected, the notice's
 * own quotes not read as figures, and anything that is not such a
 * correction left alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

static gdr_ctx ctx;
static int	fixed;

/* s with its corrections applied (NULL when nothing changed) */
static char *
errata(const char *s)
{
	gdr_buf		out = {0};

	if (!gdr_errata(&ctx, s, strlen(s), &out, &fixed) || fixed == 0)
		return NULL;
	return out.data;
}

static const char report[] =
	"泾塘县退役军人事务局2022年政府信息公开工作年度报告\n"
	"\n"
	"一、总体情况\n"
	"(一)主动公开。全年主动公开政府信息286条,其中工作动态93条。\n"
	"(二)依申请公开。全年新收政府信息公开申请17件,共办结17件。\n"
	"泾塘县退役军人事务局\n"
	"2023年1月18日\n"
	"【更正说明】2023年2月9日:经核查,本报告第一部分中“主动公开政府信息286条”应为“268条”,"
	"“工作动态93条”应为“75条”。特此更正。\n";

int
main(void)
{
	char	   *u;
	gdr_report *r;

	gdr_ctx_init(&ctx, &gdr_env_malloc);

	u = errata(report);
	UNIT_OK(u != NULL, "a correction notice is applied");
	UNIT_EQ_INT(fixed, 2, "two corrections");
	UNIT_OK(u && strstr(u, "主动公开政府信息268条,其中工作动态75条") != NULL,
			"the body's figures read as corrected");
	UNIT_OK(u && strstr(u, "286") == NULL && strstr(u, "93条") == NULL,
			"the first printed figures are gone, the notice's quotes too");
	UNIT_OK(u && strstr(u, "特此更正") != NULL && strstr(u, "全年新收政府信息公开申请17件") != NULL,
			"the rest stays as it is");

	/* other shapes */
	u = errata("全年受理申请31件。\n更正:“受理申请31件”应改为“共受理申请13件”。\n");
	UNIT_OK(u == NULL, "NEW with words OLD has not before its number: nothing changed");
	u = errata("全年受理申请31件。\n更正:“受理申请31件”更正为“申请13件”。\n");
	UNIT_OK(u && strstr(u, "全年受理申请13件。") != NULL,
			"更正为, NEW repeating the words before its number");
	u = errata("全年受理申请31件。\n更正:“受理申请31件”应为“13项”。\n");
	UNIT_OK(u == NULL, "a NEW unit OLD does not have: nothing changed");
	u = errata("全年受理申请31件。\n更正:“受理申请21件”应为“13件”。\n");
	UNIT_OK(u == NULL, "OLD not printed before the notice: nothing changed");
	u = errata("全年办结31件。\n【更正】文中“全年办结31件”有误,应为“全年办结29件”,特此更正。\n");
	UNIT_OK(u && strstr(u, "全年办结29件。") != NULL && strstr(u, "31") == NULL,
			"“OLD”有误,应为“NEW”: the words between taken out");
	u = errata("全年办结31件。\n“全年办结31件”系笔误,应为“全年办结29件”。\n");
	UNIT_OK(u && strstr(u, "全年办结29件。") != NULL, "系笔误,应为");
	u = errata("全年办结31件。\n“全年办结31件”并无错误,不应改为“全年办结29件”。\n");
	UNIT_OK(u == NULL, "other words between OLD and the verb: nothing changed");
	u = errata("“条例”应为“规定”。全年受理申请31件。\n");
	UNIT_OK(u == NULL, "a correction of words, no number: nothing changed");
	u = errata("答复应为“同意公开”。\n");
	UNIT_OK(u == NULL, "应为“ without a quoted OLD: nothing changed");
	u = errata("全年受理申请31件。更正:“受理申请31件”应为“13件\n”。\n");
	UNIT_OK(u == NULL, "a NEW that runs over the line: nothing changed");

	/* what the parser reads */
	{
		gdr_ctx		c2;

		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, report, strlen(report), &r) == GDR_OK, "parses");
		UNIT_EQ_INT(r ? (long long) r->val[GDR_S_N_ACTIVE_TOTAL] : -1, 268,
					"narrative.active_total as corrected (not 286)");
		{
			bool		warned = false;
			int			i;

			for (i = 0; r && i < r->nwarnings; i++)
				warned = warned || strcmp(r->warnings[i].code, "erratum") == 0;
			UNIT_OK(warned, "an erratum warning says so");
		}
		gdr_ctx_free(&c2);
	}
	gdr_ctx_free(&ctx);
	return unit_done();
}
