/*
 * test_csv.c -- a spreadsheet saved as CSV: detected by its regular field
 * counts, rewritten tab-separated (quotes off, "" a quote, line breaks in a
 * cell a space, a paragraph's empty fields dropped, a table row's kept);
 * prose with ASCII commas is no CSV.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

int
main(void)
{
	gdr_ctx		ctx;
	gdr_buf		out = {0};
	const char *csv =
		"\xef\xbb\xbf某厅2019年政府信息公开工作年度报告,,,,,\r\n"
		",,,,,\r\n"
		"\"2019年,我厅全年主动公开政府信息1876条。\",,,,,\r\n"
		"\"说明：\"\"表三\"\"单位为件，\n续行\",,,,,\r\n"
		"一、本年新收政府信息公开申请数量,30,5,0,0,35\r\n"
		"二、上年结转政府信息公开申请数量,1,1,0,0,2\r\n"
		"（一）予以公开,10,2,,,12\r\n"
		"行政复议,1,0,0,1,2\r\n"
		"总计,\"2,356\",0,0,0,1\r\n"
		"五、存在的主要问题,,,,,\r\n"
		"无。,,,,,\r\n"
		",,,山西省某厅,,\r\n";
	const char *prose =
		"某县2019年政府信息公开工作年度报告\n"
		"2019年,我县主动公开政府信息1200条,其中,政策文件300条,人事信息100条,其他800条。\n"
		"全年收到申请20件,办结20件,均按时答复,无结转。\n"
		"一是,二是,三是,四是,五是。\n一,二,三,四,五\n一,二,三,四,五,六\n"
		"甲,乙,丙,丁\n甲,乙,丙,丁,戊\n1,2,3\n4,5,6,7\n8,9\n10,11,12,13,14,15,16\n备注,,,无\n";

	gdr_ctx_init(&ctx, &gdr_env_malloc);
	UNIT_OK(gdr_csv_detect(csv, strlen(csv)), "an Excel CSV is CSV");
	UNIT_OK(gdr_csv_to_tsv(&ctx, csv, strlen(csv), &out), "rewritten");
	UNIT_OK(out.data && strstr(out.data, "\n2019年,我厅全年主动公开政府信息1876条。\n") != NULL,
			"a quoted paragraph: its commas kept, the empty fields after it gone");
	UNIT_OK(out.data && strstr(out.data, "\n说明：\"表三\"单位为件，续行\n") != NULL,
			"\"\" is a quote, a line break in a cell between CJK characters nothing");
	UNIT_OK(out.data && strstr(out.data, "\n（一）予以公开\t10\t2\t\t\t12\n") != NULL,
			"a table row keeps its blank cells");
	UNIT_OK(out.data && strstr(out.data, "\n总计\t2,356\t0\t0\t0\t1\n") != NULL,
			"a quoted number keeps its thousands separator");
	UNIT_OK(out.data && strstr(out.data, "\n\t\t\t山西省某厅\n") != NULL,
			"a lone cell after empty ones: the tabs before it stay");
	UNIT_OK(out.data && strchr(out.data, '\r') == NULL, "no CR left");
	UNIT_OK(!gdr_csv_detect(prose, strlen(prose)), "prose with ASCII commas is no CSV");
	UNIT_OK(!gdr_csv_detect("", 0), "nothing is no CSV");

	/*
	 * tabula: each table as wide as itself (4, 10, 15 fields), labels
	 * wrapped in their quoted cells
	 */
	{
		char		tab[4096];
		size_t		n = 0;
		int			i;
		gdr_buf		o2 = {0};

		n += (size_t) snprintf(tab + n, sizeof(tab) - n,
							   "名　　称：,\"某区管理委员会2019年政府信息公开工\n作年度报告\",,\n"
							   "信息内容,\"本年新制作数\n量\",\"本年新公开数\n量\",对外公开总数量\n");
		for (i = 0; i < 8; i++)
			n += (size_t) snprintf(tab + n, sizeof(tab) - n, "规章,%d,0,0\n", i);
		for (i = 0; i < 10; i++)
			n += (size_t) snprintf(tab + n, sizeof(tab) - n, ",,,%d,0,0,0,0,0,%d\n", i, i);
		for (i = 0; i < 3; i++)
			n += (size_t) snprintf(tab + n, sizeof(tab) - n,
								   "1,0,0,0,1,0,0,0,0,0,0,0,0,0,%d\n", i);
		n += (size_t) snprintf(tab + n, sizeof(tab) - n, "\"note\nsecond line\",,,\n");
		UNIT_OK(gdr_csv_detect(tab, n), "tabula's CSV (three widths) is CSV");
		UNIT_OK(gdr_csv_to_tsv(&ctx, tab, n, &o2), "rewritten");
		UNIT_OK(o2.data && strstr(o2.data, "某区管理委员会2019年政府信息公开工作年度报告") != NULL &&
				strstr(o2.data, "\t本年新制作数量\t") != NULL,
				"a CJK label wrapped in its cell is whole again");
		UNIT_OK(o2.data && strstr(o2.data, "note second line") != NULL,
				"a line break between Latin words is a space");
	}
	/*
	 * xlsx2csv -a: the report's text a sheet of one column (a paragraph a
	 * record), then one sheet per table, each as wide as itself, each after
	 * a "-------- N - name" line
	 */
	{
		char		x[8192];
		size_t		n = 0;
		int			i;
		gdr_buf		o3 = {0};

		n += (size_t) snprintf(x + n, sizeof(x) - n, "-------- 1 - 报告正文\n某中心2019年政府信息公开工作年度报告\n");
		for (i = 0; i < 30; i++)
			n += (size_t) snprintf(x + n, sizeof(x) - n, "\"第%d段，有逗号的段落。\"\n", i);
		n += (size_t) snprintf(x + n, sizeof(x) - n, "-------- 2 - 表二\n信息内容,采购项目数量,采购总金额（万元）,\n");
		for (i = 0; i < 6; i++)
			n += (size_t) snprintf(x + n, sizeof(x) - n, "规章,%d,0,0\n", i);
		n += (size_t) snprintf(x + n, sizeof(x) - n, "政府集中采购,7,\"1,253.86\",\n-------- 3 - 表三\n");
		for (i = 0; i < 8; i++)
			n += (size_t) snprintf(x + n, sizeof(x) - n, ",,,%d,0,0,0,0,0,%d\n", i, i);
		UNIT_OK(gdr_csv_detect(x, n), "xlsx2csv -a (a text sheet, then the tables) is CSV");
		UNIT_OK(gdr_csv_to_tsv(&ctx, x, n, &o3), "rewritten");
		UNIT_OK(o3.data && strstr(o3.data, "政府集中采购\t7\t1,253.86\t\n\n表三\n") != NULL,
				"a sheet's separator is a blank line and its name (its number is no cell)");
		UNIT_OK(o3.data && strstr(o3.data, "--------") == NULL, "no separator is left");
	}
	gdr_ctx_free(&ctx);
	return unit_done();
}
