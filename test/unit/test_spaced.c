/*
 * test_spaced.c -- spaced.c: letter-spaced lines closed up, nothing else
 * touched; and the whole parser on a letter-spaced 2019 report.
 */
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

static gdr_ctx ctx;

/* the text closed up, or "(none)" when gdr_spaced_any finds nothing to
 * close up (and closing up then leaves the text as it was) */
static const char *
closed(const char *in)
{
	static char res[2048];
	gdr_buf		out = {0};

	bool		any = gdr_spaced_any(in, strlen(in));

	if (!gdr_spaced_close(&ctx, in, strlen(in), &out))
		return "(error)";
	snprintf(res, sizeof(res), "%.*s", (int) out.len, out.data ? out.data : "");
	if (!any)
		return strcmp(res, in) == 0 ? "(none)" : "(changed, yet none found)";
	return res;
}

static void
test_close(void)
{
	UNIT_EQ_STR(closed("北 沙 县 人 民 政 府 2 0 1 9 年 政 府 信 息 公 开 工 作 年 度 报 告\n"),
				"北沙县人民政府2019年政府信息公开工作年度报告\n",
				"a spaced title, its year inside the run, closed up");
	UNIT_EQ_STR(closed("规 范 性 文 件                6   6   52\n"),
				"规范性文件                6   6   52\n",
				"a spaced label; cells set apart by several spaces kept");
	UNIT_EQ_STR(closed("本 年 新 收 政 府 信 息 公 开 申 请 数 量 5 0 0 0 0 0 5\n"),
				"本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n",
				"single-digit cells that end the run keep their spaces");
	UNIT_EQ_STR(closed("信 息 内 容          上 一 年 项 目 数 量        本 年 增 / 减\n"),
				"信息内容          上一年项目数量        本年增/减\n",
				"several spaced cells on a line; '/' is a unit");
	UNIT_EQ_STR(closed("第 二 十 条 第 （ 一 ） 项\n正常的一行 有 空格 的文字。\n"),
				"第二十条第（一）项\n正常的一行 有 空格 的文字。\n",
				"only the spaced line is touched");
	UNIT_EQ_STR(closed("结果 维持 结果 纠正 其他 结果\n"), "(none)",
				"two-character words between single spaces: not letter-spaced");
	UNIT_EQ_STR(closed("一、本年新收 5 0 0 0 0 0 5\n总 计\n"), "(none)",
				"digits and a two-character 总 计: not letter-spaced");
	UNIT_EQ_STR(closed(""), "(none)", "empty text");
}

/* the whole parser: a letter-spaced report reads as if it were not */
static void
test_parse(void)
{
	static const char text[] =
		"北 沙 县 人 民 政 府 2 0 1 9 年 政 府 信 息 公 开 工 作 年 度 报 告\n"
		"一 、 总 体 情 况\n"
		"2019年，全年共收到政府信息公开申请7件。\n"
		"三 、 收 到 和 处 理 政 府 信 息 公 开 申 请 情 况\n"
		"（ 本 列 数 据 的 勾 稽 关 系 为 ： 第 一 项 加 第 二 项 之 和 ， 等 于 第 三 项 加 第 四 项 之 和 ）\n"
		"自 然 人    商 业 企 业    科 研 机 构    社 会 公 益 组 织    法 律 服 务 机 构    其 他    总 计\n"
		"一 、 本 年 新 收 政 府 信 息 公 开 申 请 数 量    5    2    0    0    0    0    7\n"
		"二 、 上 年 结 转 政 府 信 息 公 开 申 请 数 量    1    0    0    0    0    0    1\n";
	gdr_report *r;
	int			s;

	UNIT_OK(gdr_parse(&ctx, text, strlen(text), &r) == GDR_OK, "gdr_parse OK");
	UNIT_OK(r && r->year == 2019, "year from the spaced title (got %d)", r ? r->year : -1);
	s = gdr_slot_find("applications.new.total", strlen("applications.new.total"));
	UNIT_OK(r && gdr_has(r, s) && r->val[s] == 7, "applications.new.total = 7");
	s = gdr_slot_find("applications.carried_over.person", strlen("applications.carried_over.person"));
	UNIT_OK(r && gdr_has(r, s) && r->val[s] == 1, "applications.carried_over.person = 1");
}

/* letter-spaced tables below a plain top: found when no table is */
static void
test_fallback(void)
{
	static const char table[] =
		"三 、 收 到 和 处 理 政 府 信 息 公 开 申 请 情 况\n"
		"（ 本 列 数 据 的 勾 稽 关 系 为 ： 第 一 项 加 第 二 项 之 和 ， 等 于 第 三 项 加 第 四 项 之 和 ）\n"
		"自 然 人    商 业 企 业    科 研 机 构    社 会 公 益 组 织    法 律 服 务 机 构    其 他    总 计\n"
		"一 、 本 年 新 收 政 府 信 息 公 开 申 请 数 量    5    2    0    0    0    0    7\n";
	char	   *text = malloc(8192);
	size_t		n = 0;
	gdr_report *r;
	int			s;

	n += (size_t) sprintf(text, "北沙县人民政府2019年政府信息公开工作年度报告\n");
	while (n < 4500)
		n += (size_t) sprintf(text + n, "全县政务公开工作稳步推进，各项制度不断完善。\n");
	strcpy(text + n, table);
	UNIT_OK(gdr_parse(&ctx, text, strlen(text), &r) == GDR_OK, "gdr_parse OK (fallback)");
	s = gdr_slot_find("applications.new.total", strlen("applications.new.total"));
	UNIT_OK(r && gdr_has(r, s) && r->val[s] == 7,
			"a spaced table 4.5 KB down a plain report: applications.new.total = 7");
	UNIT_OK(r && r->year == 2019, "the year still read");
	free(text);
}

int
main(void)
{
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	test_close();
	test_parse();
	test_fallback();
	gdr_ctx_free(&ctx);
	return unit_done();
}
