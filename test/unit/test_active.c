/*
 * test_active.c -- table 二 (主动公开): synthetic layouts and the real seeds/corpus.
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
static gdr_template era;

static gdr_report *
run(const char *text)
{
	gdr_report *r = gdr_alloc0(&ctx, sizeof(gdr_report));
	size_t		n;
	char	   *f = fold(text, strlen(text), &n);

	found = false;
	era = GDR_TPL_NONE;
	UNIT_OK(gdr_table_active(&ctx, f, n, r, &found, &era), "gdr_table_active returns true");
	free(f);
	return r;
}

static int
slot(const char *path)
{
	int			s = gdr_slot_find(path, strlen(path));

	if (s < 0)
		printf("# unknown path %s\n", path);
	return s;
}

/* value of a path: the number, or -999 for null, -998 for absent */
#define NUL (-999)
#define ABS (-998)
static int64_t
get(const gdr_report *r, const char *path)
{
	int			s = slot(path);

	if (s < 0 || !gdr_present(r, s))
		return ABS;
	if (!gdr_has(r, s))
		return NUL;
	return r->val[s];
}

static bool
has_warning(const gdr_report *r, const char *code, const char *path)
{
	int			i;

	for (i = 0; i < r->nwarnings; i++)
		if (strcmp(r->warnings[i].code, code) == 0 &&
			(path == NULL || (r->warnings[i].path && strcmp(r->warnings[i].path, path) == 0)))
			return true;
	return false;
}

#define EQ(r, path, want) UNIT_EQ_INT(get(r, path), want, "%s", path)
#define M(x) ((int64_t) ((x) * 1000000.0 + 0.5))

/* every table 二 slot of the report that is present must be in the list */
static int
count_present(const gdr_report *r)
{
	int			i, n = 0;

	for (i = GDR_S_REG_ISSUED; i <= GDR_S_PROC_AMOUNT_UNIT; i++)
		if (gdr_present(r, i))
			n++;
	return n;
}

static void
test_2021_tabs(void)
{
	gdr_report *r = run(
		"二、主动公开政府信息情况\n"
		"第二十条第（一）项\n"
		"信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
		"规章\t/\t/\t/\n"
		"规范性文件\t21\t0\t21\n"
		"第二十条第（五）项\n"
		"信息内容\t本年处理决定数量\n"
		"行政许可\t/\n"
		"第二十条第（六）项\n"
		"信息内容\t本年处理决定数量\n"
		"行政处罚\t187\n"
		"行政强制\t—\n"
		"第二十条第（八）项\n"
		"信息内容\t本年收费金额（单位：万元）\n"
		"行政事业性收费\t4068.208\n"
		"三、收到和处理政府信息公开申请情况\n"
		"一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5\n");

	UNIT_OK(found, "2021 tabs: found");
	UNIT_EQ_INT(era, GDR_TPL_2021, "2021 tabs: era 2021");
	EQ(r, "active.regulations.issued", NUL);
	EQ(r, "active.regulations.in_force", NUL);
	EQ(r, "active.normative_documents.issued", 21);
	EQ(r, "active.normative_documents.repealed", 0);
	EQ(r, "active.normative_documents.in_force", 21);
	EQ(r, "active.licensing.decisions", NUL);
	EQ(r, "active.penalty.decisions", 187);
	EQ(r, "active.coercion.decisions", NUL);
	EQ(r, "active.fees.amount", M(4068.208));
	EQ(r, "active.regulations.made", ABS);
	EQ(r, "active.procurement.items", ABS);
	UNIT_EQ_INT(count_present(r), 10, "2021: exactly the 10 template cells");
	UNIT_EQ_INT(r->nwarnings, 0, "2021 tabs: no warnings");
}

static void
test_2019_signed_and_units(void)
{
	gdr_report *r = run(
		"第二十条第(一)项\n"
		"信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n"
		"规章 | 0 | 0 | 0\n"
		"规范性文件 | 0 | 8 | 8\n"
		"第二十条第(五)项\n"
		"信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n"
		"行政许可 | 716 | -417 | 298\n"
		"其他对外管理服务事项 | 12 | +3 | 40\n"
		"第二十条第(六)项\n"
		"信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n"
		"行政处罚 | 3 | 6 | 9\n"
		"行政强制 | +4 | 0 | 2\n"
		"第二十条第(八)项\n"
		"信息内容 | 上一年项目数量 | 本年增/减\n"
		"行政事业性收费 | 2 | -1\n"
		"第二十条第(九)项\n"
		"信息内容 | 采购项目数量 | 采购总金额\n"
		"政府集中采购 | 3 | 251000元\n");

	UNIT_EQ_INT(era, GDR_TPL_2019, "2019: era 2019");
	EQ(r, "active.normative_documents.made", 0);
	EQ(r, "active.normative_documents.published", 8);
	EQ(r, "active.normative_documents.public_total", 8);
	EQ(r, "active.licensing.items_last_year", 716);
	EQ(r, "active.licensing.items_change", -417);
	EQ(r, "active.licensing.decisions", 298);
	EQ(r, "active.other_services.items_change", 3);
	EQ(r, "active.other_services.decisions", 40);
	EQ(r, "active.penalty.items_change", 6);
	/* a sign outside 本年增/减 is not a number */
	EQ(r, "active.coercion.items_last_year", NUL);
	UNIT_OK(has_warning(r, "active_cell_unreadable", "active.coercion.items_last_year"),
			"signed 上一年项目数量 warned");
	EQ(r, "active.coercion.decisions", 2);
	EQ(r, "active.fees.items_last_year", 2);
	EQ(r, "active.fees.items_change", -1);
	EQ(r, "active.fees.amount", ABS);
	EQ(r, "active.procurement.items", 3);
	EQ(r, "active.procurement.amount", M(251000));
	EQ(r, "active.procurement.amount_unit", 0);
	EQ(r, "active.regulations.issued", ABS);

	r = run("第二十条第(九)项\n信息内容 采购项目数量 采购总金额\n政府集中采购 2 35.5万元\n");
	EQ(r, "active.procurement.amount", M(35.5));
	EQ(r, "active.procurement.amount_unit", 1);
	r = run("第二十条第(九)项\n信息内容 采购项目数量 采购总金额\n政府集中采购 2 1200\n");
	EQ(r, "active.procurement.amount", M(1200));
	EQ(r, "active.procurement.amount_unit", NUL);
	UNIT_EQ_INT(era, GDR_TPL_2019, "(九) alone tells 2019");
	/* the header declares the unit: 采购总金额（万元）, (单位：元) */
	r = run("第二十条第(九)项\n信息内容\t采购项目数量\t采购总金额（万元）\t\n政府集中采购\t7\t1,253.86\t\n");
	EQ(r, "active.procurement.amount", M(1253.86));
	EQ(r, "active.procurement.amount_unit", 1);
	r = run("第二十条第(九)项\n信息内容 采购项目数量 采购总金额(单位:元)\n政府集中采购 2 1200\n");
	EQ(r, "active.procurement.amount_unit", 0);
	r = run("第二十条第(九)项\n信息内容 采购项目数量 采购总金额（万元）\n政府集中采购 2 300元\n");
	EQ(r, "active.procurement.amount_unit", 0);
}

static void
test_hubei(void)
{
	gdr_report *r = run(
		"第二十条第(一)项\n"
		"信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
		"规章\t0\t0\t0\n"
		"规范性文件\t2\t2\t19\n"
		"其他主动公开文件\t186\t86\t255\n"
		"第二十条第(五)项\n"
		"信息内容\t上一年项目数量(指2019年事项数)\t本年增/减(增用正值表示,减用负值表示,如-8)\t处理决定数量\n"
		"行政许可\t8\t5\t93\n"
		"其他对外管理服务事项\t117\t0\t165\n"
		"第二十条第(六)项\n"
		"信息内容\t上一年项目数量(指2019年事项数)\t本年增/减\t处理决定数量\n"
		"行政处罚\t90\t0\t22\n"
		"行政强制\t4\t4\t-\n");

	UNIT_EQ_INT(era, GDR_TPL_2019, "Hubei: 2019");
	EQ(r, "active.normative_documents.public_total", 19);
	EQ(r, "active.licensing.items_last_year", 8);
	EQ(r, "active.licensing.items_change", 5);
	EQ(r, "active.licensing.decisions", 93);
	EQ(r, "active.other_services.decisions", 165);
	EQ(r, "active.penalty.decisions", 22);
	EQ(r, "active.coercion.items_change", 4);
	EQ(r, "active.coercion.decisions", NUL);
	UNIT_EQ_INT(r->nextras, 1, "Hubei: one extra row");
	if (r->nextras == 1)
	{
		UNIT_EQ_STR(r->extras[0].section, "active", "extra section");
		UNIT_EQ_STR(r->extras[0].label, "其他主动公开文件", "extra label");
		UNIT_OK(r->extras[0].nvalues == 3 && r->extras[0].values[0] == 186 &&
				r->extras[0].values[1] == 86 && r->extras[0].values[2] == 255,
				"extra values 186/86/255");
	}
	UNIT_EQ_INT(r->nwarnings, 0, "Hubei: no warnings");
}

static void
test_glued(void)
{
	gdr_report *r = run(
		"二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量"
		"规章000规范性文件222第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量"
		"行政许可20+1737其他对外管理服务事项1234第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量"
		"行政处罚67-3631行政强制1111第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费00"
		"第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购156805947.43元三、收到和处理政府信息公开申请情况"
		"申请人情况1000001");

	UNIT_EQ_INT(era, GDR_TPL_2019, "glued: 2019");
	EQ(r, "active.regulations.made", 0);
	EQ(r, "active.regulations.public_total", 0);
	EQ(r, "active.normative_documents.published", 2);
	UNIT_OK(r->st[slot("active.normative_documents.published")] & GDR_ST_SPLIT, "split flag set");
	EQ(r, "active.licensing.items_last_year", 20);
	EQ(r, "active.licensing.items_change", 17);
	EQ(r, "active.licensing.decisions", 37);
	UNIT_OK(has_warning(r, "split_by_arithmetic", "active.licensing.items_last_year"),
			"split_by_arithmetic warned for 行政许可");
	/* 1234: 1|2|34, 1|23|4, 12|3|4 -- none satisfies a+b=c: null */
	EQ(r, "active.other_services.items_last_year", NUL);
	EQ(r, "active.other_services.decisions", NUL);
	UNIT_OK(has_warning(r, "active_split_ambiguous", "active.other_services.items_last_year"),
			"unsplittable 1234 warned");
	/* 67-3631: 67 + {-3|631, -36|31, -363|1} -> only 67-36=31 */
	EQ(r, "active.penalty.items_change", -36);
	EQ(r, "active.penalty.decisions", 31);
	/* 1111: 1|1|11? 1+1=2 no; 1|11|1 no; 11|1|1 no -> null */
	EQ(r, "active.coercion.decisions", NUL);
	EQ(r, "active.fees.items_last_year", 0);
	EQ(r, "active.fees.items_change", 0);
	EQ(r, "active.procurement.items", NUL);
	EQ(r, "active.procurement.amount", NUL);
	UNIT_OK(has_warning(r, "active_split_ambiguous", "active.procurement.items"),
			"procurement run warned");

	/* two splits satisfy the identity: still null */
	r = run("第二十条第(五)项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可10010 "
			"第二十条第(六)项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政处罚 0000\n");
	/* 10010: 1|0|010 bad, 10|0|10 ok, 100|1|0 no, 1|00.. -> exactly 10|0|10 by arithmetic */
	EQ(r, "active.licensing.decisions", 10);
	r = run("第二十条第(五)项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可 101 1\n");
	EQ(r, "active.licensing.decisions", NUL);
	UNIT_OK(has_warning(r, "active_row_cells", NULL), "2 cells for 3 columns in free text: null + warning");
}

static void
test_pdf_orders(void)
{
	/* hongze-style: the value before its label */
	gdr_report *r = run(
		"第二十条第（五）项\n\n信息内容\n\n本年处理决定数量\n550\n\n行政许可\n\n"
		"第二十条第（六）项\n\n-2-\n\n信息内容\n\n本年处理决定数量\n\n行政处罚\n\n4119\n\n行政强制\n\n195\n"
		"第二十条第（八）项\n信息内容\n\n本年收费金额（单位：万元）\n7730.28\n\n行政事业性收费\n\n");

	UNIT_EQ_INT(era, GDR_TPL_2021, "pdf: 2021");
	EQ(r, "active.licensing.decisions", 550);
	EQ(r, "active.penalty.decisions", 4119);
	EQ(r, "active.coercion.decisions", 195);
	EQ(r, "active.fees.amount", M(7730.28));
	UNIT_EQ_INT(r->nwarnings, 0, "pdf: no warnings");

	/* pdfminer: a cell per line, a header wrapped as 上一年项目数 / 量 */
	r = run("第二十条第（五）项\n\n信息内容\n\n上一年项目数\n量\n\n本年增/减\n\n处理决定数量\n\n"
			"行政许可\n\n2318\n\n-146\n\n184265\n\n");
	EQ(r, "active.licensing.items_last_year", 2318);
	EQ(r, "active.licensing.items_change", -146);
	EQ(r, "active.licensing.decisions", 184265);

	/* a row label wrapped in its cell, its rest alone on the next line */
	r = run("第二十条第（五）项\n信息内容\n上一年项目数\n量\n本年增/减\n处理决定数量\n"
			"行政许可\n0 0 0\n其他对外管理服务事\n项\n12 -2 140\n");
	EQ(r, "active.other_services.items_last_year", 12);
	EQ(r, "active.other_services.items_change", -2);
	EQ(r, "active.other_services.decisions", 140);
	r = run("第二十条第（五）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n"
			"行政许可\n0 0 0\n其他对外管理服\n务事项\n684\n37\n95327\n");
	EQ(r, "active.other_services.decisions", 95327);

	/* cells that carry their unit (a python-docx dump) */
	r = run("第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
			"行政许可\t37项\t+3项\t15871件\n");
	EQ(r, "active.licensing.items_last_year", 37);
	EQ(r, "active.licensing.items_change", 3);
	EQ(r, "active.licensing.decisions", 15871);

	/* two rows, both values before their labels */
	r = run("第二十条第（六）项\n信息内容\n本年处理决定数量\n12\n行政处罚\n34\n行政强制\n");
	EQ(r, "active.penalty.decisions", 12);
	EQ(r, "active.coercion.decisions", 34);

	/* pdftotext -layout: the 2019 headers wrap inside their cells */
	r = run("                          第二十条第（五）项\n"
			"      信息内容            上一年项目       本年增/减        处理决定\n"
			"                                数量                            数量\n"
			"      行政许可                   325              12            5862\n"
			"其他对外管理服务事项              86              -3            2140\n");
	EQ(r, "active.licensing.items_last_year", 325);
	EQ(r, "active.licensing.items_change", 12);
	EQ(r, "active.licensing.decisions", 5862);
	EQ(r, "active.other_services.items_change", -3);
	UNIT_EQ_INT(era, GDR_TPL_2019, "wrapped 2019 headers: 2019");

	/* a traditional copy that turned 文件 into 檔案 (normalised: 档案) */
	r = run("第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
			"规章\t0\t0\t5\n行政规范性档案\t52\t23\t376\n");
	EQ(r, "active.normative_documents.issued", 52);
	EQ(r, "active.normative_documents.in_force", 376);

	/* caption with a space; shape without headers tells the era */
	r = run("第二十条 第（六）项\n行政处罚\n3985758\n行政强制\n88283\n");
	UNIT_EQ_INT(era, GDR_TPL_2021, "1-value (六) rows: 2021");
	EQ(r, "active.penalty.decisions", 3985758);
	EQ(r, "active.coercion.decisions", 88283);

	/* sh-kewei: (五)/(六)/(八) as plain lines, (一) table later */
	r = run("第二十条第（一）项\n第二十条第（五）项\n信息内容本年处理决定数量\n行政许可 97\n"
			"第二十条第（六）项\n信息内容本年处理决定数量\n行政处罚 0\n行政强制 0\n"
			"第二十条第（八）项\n信息内容本年收费金额（单位：万元）\n行政事业性收费 0\n"
			"## 表二：主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n"
			"| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 13 | 0 | 55 |\n\n二、收到和处理政府信息公开申请情况\n| 一 | 32 | 2 |\n");
	EQ(r, "active.licensing.decisions", 97);
	EQ(r, "active.normative_documents.issued", 13);
	EQ(r, "active.normative_documents.in_force", 55);
	EQ(r, "active.fees.amount", 0);

	/* a markdown row with an explicit blank cell */
	r = run("第二十条第（一）项\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
			"| 规章 | 3 |  | 7 |\n| 行政规范性文件 | 1 | 2 |  |\n");
	EQ(r, "active.regulations.issued", 3);
	EQ(r, "active.regulations.repealed", NUL);
	EQ(r, "active.regulations.in_force", 7);
	EQ(r, "active.normative_documents.in_force", NUL);
	EQ(r, "active.normative_documents.repealed", 2);

	/* the 2019 row 其他对外管理服务事项 kept under the 2021 header: extra */
	r = run("第二十条第(一)项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
			"规章\t0\t0\t3\n行政规范性文件\t2\t1\t40\n"
			"第二十条第(五)项\n信息内容\t本年处理决定数量\n行政许可\t1873\t\n"
			"其他对外管理服务事项\t2694\t\n");
	EQ(r, "active.licensing.decisions", 1873);
	EQ(r, "active.other_services.decisions", ABS);
	UNIT_OK(r->nextras == 1 && strcmp(r->extras[0].label, "其他对外管理服务事项") == 0 &&
			r->extras[0].nvalues == 1 && r->extras[0].values[0] == 2694,
			"2021 header: 其他对外管理服务事项 2694 is the province's extra row");
	/* ... and under the 2019 header it is the template's row */
	r = run("第二十条第(五)项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
			"行政许可\t12\t1\t300\n其他对外管理服务事项\t5\t0\t2694\n");
	EQ(r, "active.other_services.decisions", 2694);
	UNIT_EQ_INT(r->nextras, 0, "2019 header: no extra row");

	/* OCR: one character of a long row label misread (牲 for 性) */
	r = run("第二十条第(一)项\n信息内容  本年制发件数  本年废止件数  现行有效件数\n"
			"规章  0  0  1\n行政规范牲文件  0  0  2\n");
	EQ(r, "active.normative_documents.in_force", 2);
	EQ(r, "active.regulations.in_force", 1);
	UNIT_OK(has_warning(r, "active_label_variant", NULL), "行政规范牲文件: read, with a warning");
	/* two characters off, or the first one: no row */
	r = run("第二十条第(一)项\n信息内容  本年制发件数  本年废止件数  现行有效件数\n"
			"规章  0  0  1\n行政观范牲文件  0  0  2\n");
	EQ(r, "active.normative_documents.in_force", ABS);
	r = run("第二十条第(一)项\n信息内容  本年制发件数  本年废止件数  现行有效件数\n"
			"规章  0  0  1\n仃政规范性文件  0  0  2\n");
	UNIT_OK(has_warning(r, "active_label_variant", NULL) == false, "the first character differs: not a label variant");
	/* a short label one character off is not read (行政许可 / 行政处罚 are close) */
	r = run("第二十条第(五)项\n信息内容  本年处理决定数量\n行政许巧  58\n");
	EQ(r, "active.licensing.decisions", ABS);
}

static void
test_garbage(void)
{
	gdr_report *r;
	char		buf[4096];
	unsigned	seed = 12345;
	int			i, k;
	static const char *const frags[] = {
		"第二十条", "第(一)项", "规章", "行政许可", "本年增/减", "+", "-", "12", "0",
		"\n", "\t", "|", "(", ")", "元", "万元", "信息内容", "本年制发件数", "\xff\xfe", "."
	};

	r = run("");
	UNIT_OK(!found && r->nwarnings == 0, "empty text: nothing");
	r = run("第二十条第(一)项");
	UNIT_OK(!found && count_present(r) == 0, "caption at the end: nothing");
	r = run("根据《条例》第二十条规定，主动公开规章 3 件。");
	UNIT_OK(!found && count_present(r) == 0, "第二十条 in prose is no anchor");
	r = run("第二十条第(一)项 规章 1 2 3");
	UNIT_OK(!found && count_present(r) == 0, "(一) rows without header or era: nothing guessed");
	UNIT_OK(has_warning(r, "active_columns_unknown", NULL), "... but a warning");
	r = run("第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 99999999999999999999 1 2");
	EQ(r, "active.regulations.issued", NUL);
	for (i = 0; i < 300; i++)
	{
		size_t		n = 0;
		bool		f2;
		gdr_template e2;
		gdr_report *g = gdr_alloc0(&ctx, sizeof(gdr_report));

		while (n < sizeof(buf) - 16)
		{
			const char *fr;

			seed = seed * 1103515245u + 12345u;
			k = (int) ((seed >> 16) % (sizeof(frags) / sizeof(frags[0])));
			fr = frags[k];
			if (n + strlen(fr) >= sizeof(buf) - 16 || (seed >> 8) % 97 == 0)
				break;
			memcpy(buf + n, fr, strlen(fr));
			n += strlen(fr);
		}
		(void) gdr_table_active(&ctx, buf, n, g, &f2, &e2);
	}
	UNIT_OK(true, "300 random fragment soups parsed without a crash");
}

/* gold from ../shared/{seeds,corpus}/manifest.json (table 二 only) */
typedef struct gold
{
	const char *path;
	double		v;
} gold;

static void
check_file(const char *file, const gold *g, int ng, int nnull)
{
	size_t		n;
	char	   *s = read_folded(file, &n);
	gdr_report *r;
	int			i;
	int			values = 0;

	if (s == NULL)
	{
		UNIT_OK(0, "cannot read %s", file);
		return;
	}
	r = gdr_alloc0(&ctx, sizeof(gdr_report));
	UNIT_OK(gdr_table_active(&ctx, s, n, r, &found, &era), "%s parsed", file);
	UNIT_OK(found, "%s: table 二 found", file);
	UNIT_EQ_INT(era, GDR_TPL_2021, "%s: era 2021", file);
	for (i = 0; i < ng; i++)
	{
		int			sl = slot(g[i].path);
		int64_t		want = gdr_slots[sl].kind == GDR_MONEY ? M(g[i].v) : (int64_t) g[i].v;

		UNIT_EQ_INT(get(r, g[i].path), want, "%s: %s", file, g[i].path);
	}
	/* nothing else has a value: no figure outside the gold */
	for (i = GDR_S_REG_ISSUED; i <= GDR_S_PROC_AMOUNT_UNIT; i++)
		if (gdr_has(r, i))
			values++;
	UNIT_EQ_INT(values, ng, "%s: no value beyond the gold", file);
	values = 0;
	for (i = GDR_S_REG_ISSUED; i <= GDR_S_PROC_AMOUNT_UNIT; i++)
		if (gdr_present(r, i) && !gdr_has(r, i))
			values++;
	UNIT_EQ_INT(values, nnull, "%s: %d nulls", file, nnull);
	free(s);
}

#define FULL21(ri, rr, rf, ni, nr, nf, lic, pen, coe, fee) { \
	{"active.regulations.issued", ri}, {"active.regulations.repealed", rr}, \
	{"active.regulations.in_force", rf}, {"active.normative_documents.issued", ni}, \
	{"active.normative_documents.repealed", nr}, {"active.normative_documents.in_force", nf}, \
	{"active.licensing.decisions", lic}, {"active.penalty.decisions", pen}, \
	{"active.coercion.decisions", coe}, {"active.fees.amount", fee}}

static void
test_real_files(void)
{
	static const gold s001[] = FULL21(0, 0, 0, 0, 0, 0, 0, 21, 0, 0);
	static const gold s004[] = FULL21(0, 0, 0, 0, 0, 0, 4, 5, 0, 0);
	static const gold shuyang[] = FULL21(0, 0, 0, 6, 1, 32, 517645, 693957, 2154, 4068.208);
	static const gold kewei[] = FULL21(0, 0, 0, 13, 0, 55, 97, 0, 0, 0);
	static const gold hz23[] = FULL21(0, 0, 0, 0, 5, 5, 550, 4119, 195, 7730.28);
	static const gold hz24[] = FULL21(0, 0, 0, 3, 0, 8, 9487, 2776, 84, 7545);
	static const gold huaian[] = FULL21(1, 0, 11, 8, 26, 66, 447228, 3985758, 88283, 96171.6);
	static const gold office[] = {
		{"active.regulations.issued", 22}, {"active.normative_documents.issued", 34},
		{"active.licensing.decisions", 0}, {"active.penalty.decisions", 0},
		{"active.coercion.decisions", 0}, {"active.fees.amount", 0}};
	static const gold market[] = {
		{"active.regulations.made", 0}, {"active.regulations.published", 0},
		{"active.regulations.public_total", 0}, {"active.normative_documents.made", 2},
		{"active.normative_documents.published", 2}, {"active.normative_documents.public_total", 2},
		{"active.licensing.items_last_year", 20}, {"active.licensing.items_change", 17},
		{"active.licensing.decisions", 37}, {"active.penalty.items_last_year", 67},
		{"active.penalty.items_change", 36}, {"active.penalty.decisions", 103}};
	size_t		n;
	char	   *s;
	gdr_report *r;

	check_file("../shared/seeds/001_1d2aa8c0efe2002d.txt", s001, 10, 0);
	check_file("../shared/seeds/004_43470c8d9389378c.txt", s004, 10, 0);
	check_file("../shared/corpus/shuyang-county-2025.txt", shuyang, 10, 0);
	check_file("../shared/corpus/sh-kewei-2024.md", kewei, 10, 0);
	check_file("../shared/corpus/hongze-district-2023.txt", hz23, 10, 0);
	check_file("../shared/corpus/hongze-district-2024.txt", hz24, 10, 0);
	check_file("../shared/corpus/huaian-city-2024.txt", huaian, 10, 0);
	/* 废止/现行有效 of the broken (一) rows are null, never 235/189 */
	check_file("../shared/corpus/sh-office-2025.md", office, 6, 4);

	/* the 2019 glued report: gold plus the cells the notes derive */
	s = read_folded("../shared/corpus/market-regulation-2019.txt", &n);
	UNIT_OK(s != NULL, "market-regulation-2019 read");
	if (s)
	{
		int			i;

		r = gdr_alloc0(&ctx, sizeof(gdr_report));
		gdr_table_active(&ctx, s, n, r, &found, &era);
		UNIT_EQ_INT(era, GDR_TPL_2019, "market-regulation: 2019");
		for (i = 0; i < 12; i++)
			UNIT_EQ_INT(get(r, market[i].path), (int64_t) market[i].v, "market-regulation: %s", market[i].path);
		EQ(r, "active.procurement.items", NUL);
		EQ(r, "active.procurement.amount", NUL);
		UNIT_OK(has_warning(r, "split_by_arithmetic", "active.penalty.items_last_year"),
				"market-regulation: 行政处罚 split by arithmetic, said so");
		free(s);
	}
	/* reports without table 二 */
	s = read_folded("../shared/seeds/002_fc47283759ae00e6.txt", &n);
	if (s)
	{
		r = gdr_alloc0(&ctx, sizeof(gdr_report));
		gdr_table_active(&ctx, s, n, r, &found, &era);
		UNIT_OK(!found && count_present(r) == 0, "seed 002 (tables missing): no table 二");
		free(s);
	}
	s = read_folded("../shared/corpus/zone-admin-2014.txt", &n);
	if (s)
	{
		r = gdr_alloc0(&ctx, sizeof(gdr_report));
		gdr_table_active(&ctx, s, n, r, &found, &era);
		UNIT_OK(!found && count_present(r) == 0, "zone-admin-2014 (pre-2019): no table 二");
		free(s);
	}
}

/* fixed width: a row label wrapped below its values (其他对外管理服务 … / 事项) */
static void
test_wrapped_row(void)
{
	gdr_report *r = run(
		"二、主动公开政府信息情况\n"
		"第二十条第（一）项\n"
		"信息内容         本年新制作数量 本年新公开数量 对外公开总数量\n"
		"规章                          /              /              /\n"
		"规范性文件                    4              4             37\n"
		"第二十条第（五）项\n"
		"信息内容         上一年项目数量   本年增/减     处理决定数量\n"
		"行政许可                    186            +12           9874\n"
		"其他对外管理服务             93             -5           2216\n"
		"事项\n"
		"第二十条第（六）项\n"
		"信息内容         上一年项目数量   本年增/减     处理决定数量\n"
		"行政处罚                    241              0           3152\n"
		"行政强制                     38              -            104\n");

	UNIT_OK(found, "wrapped row: found");
	EQ(r, "active.licensing.decisions", 9874);
	EQ(r, "active.other_services.items_last_year", 93);
	EQ(r, "active.other_services.items_change", -5);
	EQ(r, "active.other_services.decisions", 2216);
	EQ(r, "active.penalty.decisions", 3152);
	EQ(r, "active.coercion.decisions", 104);
}

/*
 * pdftotext -layout: a header wrapped upwards in its cell (上一年项目数 on
 * the line above 信息内容 … 本年增/减), a label wrapped round its values
 * (其他对外管理服 / 87 +3 15211 / 务事项), and an AsciiDoc table whose
 * dropped colspan left blank cells after the header and the value
 */
static void
test_layout_wraps(void)
{
	gdr_report *r = run("二、主动公开政府信息情况\n"
						"                    第二十条第（五）项\n"
						"                 上一年项目数\n"
						"    信息内容                    本年增/减    处理决定数量\n"
						"                      量\n"
						"    行政许可          312           -8          23846\n"
						" 其他对外管理服\n"
						"                      87            +3          15211\n"
						"     务事项\n");

	UNIT_OK(found, "wrapped header and label: found");
	EQ(r, "active.licensing.items_last_year", 312);
	EQ(r, "active.licensing.items_change", -8);
	EQ(r, "active.licensing.decisions", 23846);
	EQ(r, "active.other_services.items_last_year", 87);
	EQ(r, "active.other_services.items_change", 3);
	EQ(r, "active.other_services.decisions", 15211);

	/* the wrapped header in the middle column: columns by position */
	r = run("第二十条第（五）项\n"
			"                              本年增/减\n"
			"    信息内容      上一年项目数量            处理决定数量\n"
			"    行政许可          312           -8          23846\n");
	EQ(r, "active.licensing.items_last_year", 312);
	EQ(r, "active.licensing.items_change", -8);
	EQ(r, "active.licensing.decisions", 23846);

	/* a second header line with its own 信息内容 replaces the first */
	r = run("第二十条第（九）项\n信息内容\t采购项目数量\t\n"
			"信息内容\t采购项目数量\t采购总金额\t\n政府集中采购\t14\t2516300元\t\n");
	EQ(r, "active.procurement.items", 14);
	EQ(r, "active.procurement.amount", M(2516300));

	r = run("|第二十条第（五）项 | | |\n|信息内容 |本年处理决定数量 | |\n|行政许可 |342 | |\n"
			"|第二十条第（六）项 | | |\n|信息内容 |本年处理决定数量 | |\n|行政处罚 |6 | |\n"
			"|行政强制 |0 | |\n");
	EQ(r, "active.licensing.decisions", 342);
	EQ(r, "active.penalty.decisions", 6);
	EQ(r, "active.coercion.decisions", 0);
	UNIT_OK(!has_warning(r, "active_cell_order", NULL), "blank cells are no values before the label");

	/* links -dump: rules between rows with + at the joints */
	r = run("|第二十条第（六）项 |\n|-----------------|\n"
			"|信息内容 |上一年项目数量 |本年增/减 |处理决定数量 |\n|--------+--------+--------+--------|\n"
			"|行政处罚 |  512 |  0 |  1874 |\n|--------+--------+--------+--------|\n"
			"|行政强制 |  37 |  -1 |  126 |\n");
	EQ(r, "active.penalty.items_last_year", 512);
	EQ(r, "active.penalty.decisions", 1874);
	EQ(r, "active.coercion.items_change", -1);
}

/* calibre's text: a cell per line, `47 项` with a space before the unit */
static void
test_spaced_units(void)
{
	gdr_report *r = run("第二十条第（八）项\n\n信息内容\n\n上一年项目数量 本年增/减\n\n行政事业性收费\n\n47 项\n\n-9 项\n\n"
						"第二十条第（九）项\n");

	EQ(r, "active.fees.items_last_year", 47);
	EQ(r, "active.fees.items_change", -9);
	/* one number apart from its label, its neighbour lost: never 4|7 */
	r = run("第二十条第（八）项\n\n信息内容\n\n上一年项目数量 本年增/减\n\n行政事业性收费\n\n47\n\n第二十条第（九）项\n");
	EQ(r, "active.fees.items_last_year", NUL);
	EQ(r, "active.fees.items_change", NUL);
	UNIT_OK(has_warning(r, "active_split_ambiguous", "active.fees.items_last_year"),
			"a lone value is not split where nothing checks the split");
	/* glued to its label, it is two cells run together */
	r = run("第二十条第（八）项\n信息内容 上一年项目数量 本年增/减\n行政事业性收费47\n第二十条第（九）项\n");
	EQ(r, "active.fees.items_last_year", 4);
	EQ(r, "active.fees.items_change", 7);
}

int
main(void)
{
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	test_2021_tabs();
	test_2019_signed_and_units();
	test_hubei();
	test_glued();
	test_spaced_units();
	test_pdf_orders();
	test_wrapped_row();
	test_layout_wraps();
	test_garbage();
	test_real_files();
	gdr_ctx_free(&ctx);
	return unit_done();
}
