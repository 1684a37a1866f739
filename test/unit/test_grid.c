/*
 * test_grid.c -- grid.c: the lines of a pandoc grid-table row joined cell by
 * cell, and nothing else touched.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

static gdr_ctx ctx;

/* the joined text, or "(unchanged)" */
static const char *
join(const char *in)
{
	static char res[4096];
	gdr_buf		out = {0};
	bool		changed = true;

	if (!gdr_grid_join(&ctx, in, strlen(in), &out, &changed))
		return "(error)";
	if (!changed)
		return "(unchanged)";
	snprintf(res, sizeof(res), "%.*s", (int) out.len, out.data);
	return res;
}

static void
test_join(void)
{
	UNIT_EQ_STR(join("+----+------------------+----+\n"
					 "|    | 2.其他法律行政法 | 0  |\n"
					 "|    | 规禁止公开       |    |\n"
					 "+----+------------------+----+\n"),
				"+----+------------------+----+\n"
				"|  | 2.其他法律行政法规禁止公开 | 0 |\n"
				"+----+------------------+----+\n",
				"a wrapped label joins into one cell, the row into one line");
	/* a row span's border line ends the row before it and stays */
	UNIT_EQ_STR(join("+----+------+----+\n"
					 "| （三）不 | 1.属于国家秘密 | 0 |\n"
					 "| 予公开 +------+----+\n"
					 "|  | 2.其他法律 | 1 |\n"
					 "|  | 行政法规禁止公开 |  |\n"
					 "+----+------+----+\n"),
				"+----+------+----+\n"
				"| （三）不 | 1.属于国家秘密 | 0 |\n"
				"| 予公开 +------+----+\n"
				"|  | 2.其他法律行政法规禁止公开 | 1 |\n"
				"+----+------+----+\n",
				"a partial border with text is a border");
	UNIT_EQ_STR(join("+------+\n| Open |\n| Data |\n+------+\n"),
				"+------+\n| Open Data |\n+------+\n", "ASCII words keep a space");
	UNIT_EQ_STR(join("+----+----+\n| a | b |\n| c |\n+----+----+\n"), "(unchanged)",
				"lines with different cells are not joined");
	UNIT_EQ_STR(join("| 规章 | 0 | 0 |\n| 规范性文件 | 2 | 3 |\n"), "(unchanged)",
				"a pipe table without borders is not a grid table");
	UNIT_EQ_STR(join("收入 +-3 件。\n| a |\n| b |\n"), "(unchanged)",
				"'+-' in prose: the lines after it are no grid row");
	UNIT_EQ_STR(join(""), "(unchanged)", "empty text");
}

/* the normaliser tells whether the text may hold a grid table at all */
static bool
has_grid(const char *in)
{
	gdr_buf		out = {0};
	gdr_script	script;
	bool		grid = false;

	UNIT_OK(gdr_normalize_grid(&ctx, in, strlen(in), &out, &script, &grid), "gdr_normalize_grid returns true");
	return grid;
}

static void
test_flag(void)
{
	UNIT_OK(has_grid("+----+\n| a |\n"), "+- : a border");
	UNIT_OK(has_grid("表\n+====+====+\n"), "+= : a header border");
	UNIT_OK(has_grid("申請\t+--+\n"), "after traditional text too");
	UNIT_OK(!has_grid("本年增/减 +12，共 3+4 件"), "+ alone: no grid");
	UNIT_OK(!has_grid("| 规章 | 0 |\n|---|---|\n"), "a pipe table: no grid");
}

/* r has the figure `path` and it is v */
static bool
has_value(const gdr_report *r, const char *path, int64_t v)
{
	int			s = gdr_slot_find(path, strlen(path));

	return r && s >= 0 && gdr_has(r, s) && r->val[s] == v;
}

/* the whole parser on a grid table 三 whose labels wrap */
static void
test_parse(void)
{
	static const char text[] =
		"某街道办事处2022年政府信息公开工作年度报告\n"
		"三、收到和处理政府信息公开申请情况\n"
		"+----------------+------+------+------+------+------+------+------+\n"
		"| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
		"+================+======+======+======+======+======+======+======+\n"
		"| 一、本年新收政 | 4    | 1    |      |      |      |      | 5    |\n"
		"| 府信息公开申请 |      |      |      |      |      |      |      |\n"
		"| 数量           |      |      |      |      |      |      |      |\n"
		"+----------------+------+------+------+------+------+------+------+\n"
		"| 二、上年结转政 | 1    |      |      |      |      |      | 1    |\n"
		"| 府信息公开申请 |      |      |      |      |      |      |      |\n"
		"| 数量           |      |      |      |      |      |      |      |\n"
		"+----------------+------+------+------+------+------+------+------+\n";
	gdr_report *r;

	UNIT_OK(gdr_parse(&ctx, text, strlen(text), &r) == GDR_OK, "gdr_parse OK");
	UNIT_OK(has_value(r, "applications.new.total", 5), "grid row over three lines: new.total = 5");
	UNIT_OK(has_value(r, "applications.carried_over.person", 1), "grid row over three lines: carried_over.person = 1");
	UNIT_OK(has_value(r, "applications.new.business", 1), "new.business = 1 (its column kept)");
}

/* a table drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ ╞═╪═╡) */
static void
test_box(void)
{
	static const char text[] =
		"某县2023年政府信息公开工作年度报告\n"
		"三、收到和处理政府信息公开申请情况\n"
		"┌────────────────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┐\n"
		"│ （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） │ 自然人 │ 商业企业 │ 科研机构 │ 社会公益组织 │ 法律服务机构 │ 其他 │ 总计 │\n"
		"╞════════════════╪══════╪══════╪══════╪══════╪══════╪══════╪══════╡\n"
		"│ 一、本年新收政 │   12 │    3 │      │      │      │      │   15 │\n"
		"│ 府信息公开申请 │      │      │      │      │      │      │      │\n"
		"│ 数量           │      │      │      │      │      │      │      │\n"
		"├────────────────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┤\n"
		"│ 二、上年结转政府信息公开申请数量 │ 2 │ 0 │ 0 │ 0 │ 0 │ 0 │ 2 │\n"
		"└────────────────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┘\n";
	static const char box[] = "┌─┬─┐\n│a│b│\n╞═╪═╡\n└─┴─┘\n";
	gdr_buf		out = {0};
	gdr_script	script;
	bool		grid = false;
	gdr_report *r;

	UNIT_OK(gdr_normalize_grid(&ctx, box, strlen(box), &out, &script, &grid) &&
			strcmp(out.data, "+-+-+\n|a|b|\n+=+=+\n+-+-+\n") == 0 && grid,
			"box drawing becomes grid ASCII, flagged (got %s)", out.data ? out.data : "(null)");
	UNIT_OK(has_grid("│ 只是竖线 │\n") == false, "a vertical bar alone: no grid");
	UNIT_OK(gdr_parse(&ctx, text, strlen(text), &r) == GDR_OK, "gdr_parse OK (box)");
	UNIT_OK(has_value(r, "applications.new.total", 15), "box row over three lines: new.total = 15");
	UNIT_OK(has_value(r, "applications.new.business", 3), "box: new.business = 3");
	UNIT_OK(has_value(r, "applications.carried_over.total", 2), "box: carried_over.total = 2");
}

/* an org-mode (table.el) table: |---+---| under its header, a row per line */
static void
test_org(void)
{
	static const char text[] =
		"#+title: 梧川市人民政府2021年政府信息公开工作年度报告\n\n"
		"| 第二十条第（一）项 |              |              |              |\n"
		"|--------------------+--------------+--------------+--------------|\n"
		"| 信息内容           | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
		"| 规章               | 2            | 1            | 58           |\n"
		"| 行政规范性文件     | 19           | 7            | 233          |\n";
	gdr_report *r;

	UNIT_EQ_STR(join(text), "(unchanged)", "an org table's rows are not joined as one grid row");
	UNIT_OK(gdr_parse(&ctx, text, strlen(text), &r) == GDR_OK, "gdr_parse OK");
	UNIT_OK(has_value(r, "active.regulations.in_force", 58), "org row: regulations.in_force = 58");
	UNIT_OK(has_value(r, "active.normative_documents.issued", 19), "org row: normative_documents.issued = 19");
	UNIT_EQ_STR(r ? r->agency : NULL, "梧川市人民政府", "#+title: read as the title");
}

int
main(void)
{
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	test_join();
	test_org();
	test_flag();
	test_parse();
	test_box();
	gdr_ctx_free(&ctx);
	return unit_done();
}
