/*
 * test_markup.c -- reports kept as LaTeX source (pandoc's writer), table
 * rows printed as Python lists (python-docx dumps), MediaWiki markup, a
 * .docx's document.xml, RTF and reStructuredText list tables: detected,
 * rewritten as
 * the text the table readers know (a row per line, cells tab-separated,
 * spans repeated), and read by the parser with their figures in the right
 * columns.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"
#include "testutil.h"

static gdr_ctx ctx;

#define DETECT(f, s) f((s), strlen(s))

static char *
latex(const char *s)
{
	gdr_buf		out = {0};

	if (!gdr_latex_to_text(&ctx, s, strlen(s), &out))
		return NULL;
	return out.data;
}

static char *
pylist(const char *s)
{
	gdr_buf		out = {0};

	if (!gdr_pylist_to_tsv(&ctx, s, strlen(s), &out))
		return NULL;
	return out.data;
}


/* table 三 in pandoc's LaTeX, its header spans as pandoc writes them */
static const char *tex_doc =
	"% Options for packages loaded elsewhere\n"
	"\\documentclass[\n]{article}\n"
	"\\usepackage{longtable,booktabs,array}\n"
	"\\title{某市人民政府2025年政府信息公开工作年度报告}\n"
	"\\begin{document}\n\\maketitle\n\n"
	"本报告统计期限自2025年1月1日起至2025年12月31日止。解读覆盖率100\\%。"
	"上线``政策找人''服务，\\href{mailto:a@b.cn}{a@b.cn}。\n\n"
	"\\section{三、收到和处理政府信息公开申请情况}\\label{ux4e09ux6536}\n\n"
	"\\begin{longtable}[]{@{}\n"
	"  >{\\raggedright\\arraybackslash}p{(\\linewidth - 18\\tabcolsep) * \\real{0.0600}}@{}}\n"
	"\\toprule\\noalign{}\n"
	"\\multicolumn{3}{@{}>{\\raggedright\\arraybackslash}p{0.4}}{%\n"
	"\\begin{minipage}[b]{\\linewidth}\\raggedright\n"
	"\\multirow{3}{*}{（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）}\n"
	"\\end{minipage}} & \\multicolumn{7}{>{\\raggedright\\arraybackslash}p{0.6}@{}}{%\n"
	"申请人情况} \\\\\n"
	"\\multicolumn{3}{@{}>{\\raggedright\\arraybackslash}p{0.4}}{%\n"
	"} & \\multirow{2}{*}{自然人} & \\multicolumn{5}{>{\\raggedright\\arraybackslash}p{0.4}}{%\n"
	"法人或其他组织} & \\multirow{2}{*}{总计} \\\\\n"
	"\\multicolumn{3}{@{}>{\\raggedright\\arraybackslash}p{0.4}}{%\n"
	"} &  & 商业企业 & 科研机构 & 社会公益组织 & 法律服务机构 & 其他 & \\\\\n"
	"\\midrule\\noalign{}\n\\endhead\n\\bottomrule\\noalign{}\n\\endlastfoot\n"
	"\\multicolumn{3}{@{}>{\\raggedright\\arraybackslash}p{0.4}}{%\n"
	"一、本年新收政府信息公开申请数量} & 20 & 3 & 1 & 0 & 0 & 1 & 25 \\\\\n"
	"\\multirow{2}{*}{三、本年度办理结果} & \\multicolumn{2}{>{\\raggedright}p{0.3}}{%\n"
	"（一）予以公开} & 9 & 1 & 0 & 0 & 0 & 0 & 10 \\\\\n"
	" & \\multirow{1}{*}{（三）不予公开} & 3.危及``三安全一稳定'' & 1 & 0 & 0 & 0 & 0 & 0 & 1 \\\\\n"
	"\\end{longtable}\n\n某市人民政府\n\n2026年3月27日\n\n\\end{document}\n";

/*
 * gdr_ocr_any's rule, line by line and as plainly as it reads (ocr.c scans
 * the '|' and line ends of the whole text at once): a line holding a '|' has
 * lone rules when, trimmed, it is 2 bytes or more, a '|' is at its start or
 * its end and none between, and what they enclose, trimmed, holds a space.
 */
static bool
ref_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static bool
ref_ocr_any(const char *s, size_t len)
{
	int			lone = 0,
				multi = 0;
	size_t		ls = 0;

	while (ls <= len)
	{
		size_t		le = ls,
					a,
					b,
					k;
		bool		pipe = false,
					start = false,
					end = false,
					between = false,
					space = false;

		while (le < len && s[le] != '\n')
			le++;
		for (k = ls; k < le; k++)
			pipe = pipe || s[k] == '|';
		if (pipe)
		{
			a = ls;
			b = le;
			while (a < b && ref_blank(s[a]))
				a++;
			while (b > a && ref_blank(s[b - 1]))
				b--;
			if (b - a >= 2)
			{
				start = s[a] == '|';
				a += start;
				end = b > a && s[b - 1] == '|';
				b -= end;
				for (k = a; k < b; k++)
					between = between || s[k] == '|';
				while (a < b && ref_blank(s[a]))
					a++;
				while (b > a && ref_blank(s[b - 1]))
					b--;
				for (k = a; k < b; k++)
					space = space || s[k] == ' ';
			}
			if ((start || end) && !between && space)
				lone++;
			else
				multi++;
		}
		ls = le + 1;
	}
	return lone >= 4 && multi * 4 <= lone;
}

int
main(void)
{
	char	   *t;
	gdr_report *r;

	gdr_ctx_init(&ctx, &gdr_env_malloc);

	/* LaTeX */
	UNIT_OK(gdr_latex_detect(tex_doc, strlen(tex_doc)), "a LaTeX document is detected");
	UNIT_OK(DETECT(gdr_latex_detect, "x \\begin{tabular}{ll} a & b \\\\ \\end{tabular}"),
			"a tabular fragment is detected");
	UNIT_OK(!DETECT(gdr_latex_detect, "路径 C:\\data\\report.txt 与 100\\% 不是 LaTeX"),
			"backslashes alone are no LaTeX");
	UNIT_OK(!gdr_latex_detect("", 0), "empty text");
	t = latex(tex_doc);
	UNIT_OK(t != NULL, "rewritten");
	UNIT_OK(t && strncmp(t, "某市人民政府2025年政府信息公开工作年度报告\n", 61) == 0,
			"the \\title first, the preamble gone");
	UNIT_OK(t && strstr(t, "解读覆盖率100%。上线“政策找人”服务，a@b.cn。") != NULL,
			"escapes, TeX quotes and \\href text decoded");
	UNIT_OK(t && strstr(t, "ux4e09") == NULL && strstr(t, "raggedright") == NULL &&
			strstr(t, "linewidth") == NULL && strstr(t, "toprule") == NULL,
			"labels, column specifications and rules dropped");
	UNIT_OK(t && strstr(t, "\n三、收到和处理政府信息公开申请情况\n") != NULL,
			"a \\section is a line of its own");
	UNIT_OK(t && strstr(t, "\t申请人情况\t申请人情况\t申请人情况\t申请人情况\t申请人情况\t申请人情况\t申请人情况\n") != NULL,
			"a \\multicolumn's text in each column it covers");
	UNIT_OK(t && strstr(t, "和）\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n") != NULL,
			"cells under a \\multirow take its text, as an HTML rowspan");
	UNIT_OK(t && strstr(t, "一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t20\t3\t1\t0\t0\t1\t25\n") != NULL,
			"a data row: one line, its cells tab-separated");
	UNIT_OK(t && strstr(t, "三、本年度办理结果\t（三）不予公开\t3.危及“三安全一稳定”\t1\t") != NULL,
			"a \\multirow label repeated into the rows it covers");
	UNIT_OK(t && strstr(t, "\\end") == NULL && strstr(t, "某市人民政府\n\n2026年3月27日") != NULL,
			"the text after the table kept, \\end{document} gone");
	t = latex("\\begin{tabular}{l}\\multicolumn{99999}{l}{x} & \\multirow{-5}{*}{y} & {{{{ \\\\ \\end{tabular}");
	UNIT_OK(t != NULL, "absurd spans and unbalanced braces: still text");
	t = latex("\\textbf{\\textbf{\\textbf{\\multicolumn{3}{l}{\\multicolumn{3}{l}{\\multicolumn{3}{l}{a}}}}}}");
	UNIT_OK(t != NULL && strstr(t, "a") != NULL, "nested spans outside a table: their text once");

	r = NULL;
	{
		gdr_ctx		c2;

		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, tex_doc, strlen(tex_doc), &r) == GDR_OK, "the document parses");
		UNIT_EQ_STR(r ? r->agency : NULL, "某市人民政府", "agency from the \\title");
		UNIT_EQ_INT(r ? r->year : 0, 2025, "year");
		if (r)
		{
			TU_EXPECT(r, "applications.new.person", 20);
			TU_EXPECT(r, "applications.new.research", 1);
			TU_EXPECT(r, "applications.new.other", 1);
			TU_EXPECT(r, "applications.new.total", 25);
			TU_EXPECT(r, "applications.granted.total", 10);
			TU_EXPECT(r, "applications.denied.security.person", 1);
		}
		gdr_ctx_free(&c2);
	}

	/* Python lists */
	{
		static const char dump[] =
			"江渚市交通运输局2019年政府信息公开工作年度报告\n"
			"全年收到申请137件。\n"
			"['信息内容', '上一年项目数量', '本年增/减', '处理决定\\n数量']\n"
			"['行政许可', '37项', '+3项', '15871件']\n"
			"['其他对外管理服务事项', '12项', '-2项', '3462件']\n"
			"['四、结转下年度继续办理\\xa0', \"it's\", '\\u4e00\\\\', '—']\n"
			"[bookmark: _GoBack]\n"
			"['not a list' 'x']\n"
			"['unterminated]\n";

		UNIT_OK(gdr_pylist_detect(dump, strlen(dump)), "rows printed as Python lists are detected");
		UNIT_OK(!DETECT(gdr_pylist_detect, "[bookmark: _GoBack]\n['a']\n['a', 'b']\n"),
				"one list of two strings is not a dump");
		UNIT_OK(!gdr_pylist_detect("", 0), "empty text");
		t = pylist(dump);
		UNIT_OK(t && strstr(t, "\n信息内容\t上一年项目数量\t本年增/减\t处理决定 数量\n") != NULL,
				"a list is a tab-separated row; \\n a space");
		UNIT_OK(t && strstr(t, "\n行政许可\t37项\t+3项\t15871件\n") != NULL, "cells kept as printed");
		UNIT_OK(t && strstr(t, "\n四、结转下年度继续办理 \tit's\t一\\\t—\n") != NULL,
				"\\xa0, \\u and \\\\ decoded; a double-quoted string");
		UNIT_OK(t && strstr(t, "\n[bookmark: _GoBack]\n['not a list' 'x']\n['unterminated]\n") != NULL,
				"lines that are no list kept as they are");
		UNIT_OK(t && strncmp(t, "江渚市交通运输局2019年政府信息公开工作年度报告\n全年收到申请137件。\n", 88) == 0,
				"the prose before kept");
	}
	{
		gdr_ctx		c2;
		static const char dump2[] =
			"某局2021年政府信息公开工作年度报告\n"
			"['第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项']\n"
			"['信息内容', '本年处理决定数量', '本年处理决定数量']\n"
			"['行政许可', '15871件', '15871件']\n"
			"['行政处罚', '2694件', '2694件']\n";

		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, dump2, strlen(dump2), &r) == GDR_OK, "a dump parses");
		if (r)
		{
			TU_EXPECT(r, "active.licensing.decisions", 15871);
			TU_EXPECT(r, "active.penalty.decisions", 2694);
		}
		gdr_ctx_free(&c2);
	}

	/* MediaWiki */
	{
		gdr_ctx		c2;
		static const char wiki[] =
			"'''柏港区教育局2020年政府信息公开工作年度报告'''\n\n"
			"== 二、主动公开政府信息情况 ==\n"
			"{| class=\"wikitable\"\n|-\n| colspan=\"4\" | 第二十条第（八）项\n|-\n"
			"| 信息内容\n| 上一年项目数量\n| colspan=\"2\" | 本年增/减\n|-\n"
			"| 行政事业性收费\n| 6\n| colspan=\"2\" | 0\n|-\n"
			"| colspan=\"4\" | 第二十条第（九）项\n|-\n"
			"| 信息内容 || 采购项目数量 || colspan=\"2\" | 采购总金额\n|-\n"
			"| 政府集中采购 || 19 || colspan=\"2\" | 1523.6\n|}\n\n"
			"<div style=\"text-align:right\">2021年1月25日</div>\n";

		UNIT_OK(DETECT(gdr_wiki_detect, wiki), "MediaWiki markup is detected");
		UNIT_OK(!DETECT(gdr_wiki_detect, "{|} 与 |- 不是表格"), "braces and bars in prose are no wiki table");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, wiki, strlen(wiki), &r) == GDR_OK, "it parses");
		if (r)
		{
			TU_EXPECT(r, "active.fees.items_last_year", 6);
			TU_EXPECT(r, "active.fees.items_change", 0);
			TU_EXPECT(r, "active.procurement.items", 19);
			TU_EXPECT(r, "active.procurement.amount", 1523600000);
			UNIT_EQ_STR(r->agency, "柏港区教育局", "agency from the '''title'''");
			UNIT_EQ_STR(r->published, "2021-01-25", "a date in an inline <div>");
		}
		gdr_ctx_free(&c2);
	}

	/* a .docx's document.xml */
	{
		gdr_ctx		c2;
		static const char xml[] =
			"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
			"<w:document xmlns:w=\"x\"><w:body>"
			"<w:p><w:r><w:t>国家某</w:t></w:r><w:r><w:rPr><w:sz w:val=\"44\"/></w:rPr><w:t>局2023年政府信息公开工作年度报告</w:t></w:r></w:p>"
			"<w:p><w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r></w:p>"
			"<w:tbl><w:tblPr/><w:tr>"
			"<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:tcPr><w:gridSpan w:val=\"7\"/></w:tcPr><w:p><w:r><w:t>申请人情况</w:t></w:r></w:p></w:tc></w:tr>"
			"<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/><w:vMerge/></w:tcPr><w:p/></w:tc>"
			"<w:tc><w:p><w:r><w:t>自然人</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>商业企业</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:p><w:r><w:t>科研机构</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>社会公益组织</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:p><w:r><w:t>法律服务机构</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>其他</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:p><w:r><w:t>总计</w:t></w:r></w:p></w:tc></w:tr>"
			"<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr><w:p><w:r><w:t>一、本年新收政府</w:t></w:r><w:r><w:t>信息公开申请数量</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:p><w:r><w:t>1</w:t></w:r><w:r><w:t>2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
			"<w:tc><w:p><w:r><w:t>16</w:t></w:r></w:p></w:tc></w:tr>"
			"</w:tbl></w:body></w:document>";

		UNIT_OK(DETECT(gdr_docx_detect, xml), "a document.xml is detected");
		UNIT_OK(!DETECT(gdr_docx_detect, "<html><body><p>x</p></body></html>"), "HTML is no docx");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, xml, strlen(xml), &r) == GDR_OK, "it parses");
		if (r)
		{
			UNIT_EQ_STR(r->agency, "国家某局", "the title's runs joined");
			TU_EXPECT(r, "applications.new.person", 12);
			TU_EXPECT(r, "applications.new.business", 3);
			TU_EXPECT(r, "applications.new.total", 16);
		}
		gdr_ctx_free(&c2);
	}

	/* RTF in GBK escapes, a vertical merge */
	{
		gdr_ctx		c2;
		/* 某局2020年政府信息公开工作年度报告 / a row of table 二 (2019) */
		static const char rtf[] =
			"{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce;}}"
			"{\\*\\generator Riched20;}\\pard "
			"\\'c4\\'b3\\'be\\'d62020\\'c4\\'ea\\'d5\\'fe\\'b8\\'ae\\'d0\\'c5\\'cf\\'a2"
			"\\'b9\\'ab\\'bf\\'aa\\'b9\\'a4\\'d7\\'f7\\'c4\\'ea\\'b6\\'c8\\'b1\\'a8\\'b8\\'e6\\par\n"
			"\\trowd\\clvmgf\\cellx1000\\cellx2000\\cellx3000\\cellx4000\n"
			"\\pard\\intbl \\'d0\\'d0\\'d5\\'fe\\'b4\\'a6\\'b7\\'a3\\cell 35\\cell -3\\cell 74\\cell\\row\n"
			"\\trowd\\clvmrg\\cellx1000\\cellx2000\\cellx3000\\cellx4000\n"
			"\\pard\\intbl \\cell 1\\cell 2\\cell 3\\cell\\row\n"
			"\\pard \\u26576?\\par}";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_rtf_detect, rtf), "RTF is detected");
		UNIT_OK(!DETECT(gdr_rtf_detect, "正文 {\\rtf 不在开头"), "{\\rtf later in the text is not RTF");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_rtf_to_text(&c2, rtf, strlen(rtf), &o) && o.data != NULL, "rewritten");
		UNIT_OK(o.data && strncmp(o.data, "某局2020年政府信息公开工作年度报告", 49) == 0,
				"GBK escapes decoded, the font table skipped");
		UNIT_OK(o.data && strstr(o.data, "行政处罚\t35\t-3\t74") != NULL, "a table row: its cells tab-separated");
		UNIT_OK(o.data && strstr(o.data, "行政处罚\t1\t2\t3") != NULL,
				"a cell merged with the one above takes its text");
		UNIT_OK(o.data && strstr(o.data, "朐") == NULL && strstr(o.data, "\xe6\x9f\x90") != NULL &&
				strstr(o.data, "?") == NULL, "\\u26576 is 某, its fallback skipped");
		UNIT_OK(o.data && strstr(o.data, "Riched") == NULL, "\\* destinations skipped");
		gdr_ctx_free(&c2);
	}

	/* reStructuredText list tables */
	{
		static const char rst[] =
			"某县2019年政府信息公开工作年度报告\n==================\n\n"
			".. list-table:: 主动公开政府信息情况\n   :header-rows: 0\n\n"
			"   * - 信息内容\n     - 上一年项目数量\n     - 本年增/减\n     - 处理决定数量\n"
			"   * - 行政许可\n     - 1287\n     -\n     - 2\n       3\n\n正文。\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_rst_detect, rst), "a list-table is detected");
		UNIT_OK(gdr_rst_to_text(&ctx, rst, strlen(rst), &o) && o.data != NULL, "rewritten");
		UNIT_OK(o.data && strstr(o.data, "\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n") != NULL,
				"a row per line, cells tab-separated");
		UNIT_OK(o.data && strstr(o.data, "\n行政许可\t1287\t\t2 3\n") != NULL,
				"an empty cell kept, a cell going on over two lines joined");
		UNIT_OK(o.data && strstr(o.data, ":header-rows") == NULL && strstr(o.data, "\n正文。\n") != NULL,
				"options dropped, the text after kept");
	}

	/* AsciiDoc tables: rows wrapped over lines, spans, a '|' lost */
	{
		static const char adoc[] =
			"= 某县2021年政府信息公开工作年度报告\n\n[cols=\",,,,\",]\n|===\n"
			"|（一）予以公开 |25 |2\n|0 |27\n\n"
			"|（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n|6 |0 |0 |6\n\n"
			"2+|四、结转下年度继续办理 |5 |1 |6\n\n"
			".2+|行政复议 |a |b |c |d\n|e |f |g |h\n|===\n\n正文。\n";
		static const char lost[] =
			"[cols=\"3\"]\n|===\n|a |1 |2\n|b |3 4\n\n|c |5 |6\n|===\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_adoc_detect, adoc), "an AsciiDoc table is detected");
		UNIT_OK(!DETECT(gdr_adoc_detect, "|=== once\n"), "one |=== is no table");
		UNIT_OK(gdr_adoc_to_text(&ctx, adoc, strlen(adoc), &o) && o.data != NULL, "rewritten");
		UNIT_OK(o.data && strstr(o.data, "\n（一）予以公开\t25\t2\t0\t27\n") != NULL,
				"a row wrapped over two lines is one line");
		UNIT_OK(o.data && strstr(o.data, "\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t6\t0\t0\t6\n") != NULL,
				"a long label alone on its line, the values on the next");
		UNIT_OK(o.data && strstr(o.data, "\n四、结转下年度继续办理\t\t5\t1\t6\n") != NULL,
				"2+| spans two columns (the second blank)");
		UNIT_OK(o.data && strstr(o.data, "\n行政复议\ta\tb\tc\td\n\te\tf\tg\th\n") != NULL,
				".2+| spans two rows (its place below blank)");
		UNIT_OK(o.data && strstr(o.data, "[cols") == NULL && strstr(o.data, "|===") == NULL &&
				strstr(o.data, "\n正文。\n") != NULL, "attributes and delimiters dropped, the text kept");
		memset(&o, 0, sizeof(o));
		UNIT_OK(gdr_adoc_to_text(&ctx, lost, strlen(lost), &o) && o.data &&
				strstr(o.data, "|a |1 |2\n|b |3 4\n\n|c |5 |6\n") != NULL,
				"a row half full at a blank line (a '|' lost): the table's lines as they are");
	}

	/* a forum's BBCode: tables through the HTML reader, other tags dropped */
	{
		gdr_ctx		c2;
		gdr_report *r = NULL;
		static const char bb[] =
			"subject: 某镇人民政府2021年政府信息公开工作年度报告\nmessage:\n"
			"[align=center][size=5][b]某县某镇人民政府2021年政府信息公开工作年度报告[/b][/size][/align]\n"
			"[p=30, 2, left][size=4][font=仿宋_GB2312]一、总体情况[/font][/size][/p]\n"
			"[table=98%]\n[tr][td=4,1]第二十条第（一）项[/td][/tr]\n"
			"[tr][td]信息内容[/td][td]本年制发件数[/td][td]本年废止件数[/td][td]现行有效件数[/td][/tr]\n"
			"[tr][td]规章[/td][td]0[/td][td]0[/td][td]0[/td][/tr]\n"
			"[tr][td]行政规范性文件[/td][td]3[/td][td]1[/td][td]12[/td][/tr]\n"
			"[tr][td=4,1]第二十条第（五）项[/td][/tr]\n"
			"[tr][td]信息内容[/td][td=3,1]本年处理决定数量[/td][/tr]\n"
			"[tr][td]行政许可[/td][td=3,1]37[/td][/tr]\n[/table]\n"
			"[p=30, 2, left]注[3]：见上表。[/p]\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_bbcode_detect, bb), "BBCode tables are detected");
		UNIT_OK(!DETECT(gdr_bbcode_detect, "[tr] and [/td] without a table\n"), "no [table: no BBCode");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_bbcode_to_text(&c2, bb, strlen(bb), &o) && o.data != NULL, "rewritten");
		UNIT_OK(o.data && strstr(o.data, "行政规范性文件\t3\t1\t12") != NULL, "a row's cells tab-separated");
		UNIT_OK(o.data && strstr(o.data, "[size") == NULL && strstr(o.data, "[font") == NULL &&
				strstr(o.data, "仿宋") == NULL, "formatting tags and their arguments dropped");
		UNIT_OK(o.data && strstr(o.data, "注[3]") != NULL, "a bracket that is no tag stays");
		gdr_ctx_free(&c2);
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, bb, strlen(bb), &r) == GDR_OK && r != NULL, "it parses");
		if (r)
		{
			UNIT_EQ_INT(r->val[gdr_slot_find("active.normative_documents.in_force", 35)], 12,
						"table 二 read from BBCode");
			UNIT_EQ_INT(r->val[gdr_slot_find("active.licensing.decisions", 26)], 37,
						"[td=3,1]: a cell over three columns, read once");
		}
		gdr_ctx_free(&c2);
	}

	/* OpenDocument XML: tables through the HTML reader, covered cells dropped */
	{
		gdr_ctx		c2;
		static const char odt[] =
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"o\">"
			"<office:body><office:text><text:p text:style-name=\"P1\">二、主动公开<text:s text:c=\"2\"/>政府信息情况</text:p>"
			"<table:table table:name=\"T1\"><table:table-column table:number-columns-repeated=\"4\"/>"
			"<table:table-row><table:table-cell table:number-columns-spanned=\"4\" office:value-type=\"string\">"
			"<text:p>第二十条第（一）项</text:p></table:table-cell><table:covered-table-cell/>"
			"<table:covered-table-cell/><table:covered-table-cell/></table:table-row>"
			"<table:table-row><table:table-cell><text:p>规章</text:p></table:table-cell>"
			"<table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>2</text:p>"
			"</table:table-cell><table:table-cell><text:p>9</text:p></table:table-cell></table:table-row>"
			"</table:table><text:p>A&amp;B<text:line-break/>下一行</text:p></office:text></office:body>"
			"</office:document-content>";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_odt_detect, odt), "OpenDocument XML is detected");
		UNIT_OK(!DETECT(gdr_odt_detect, "<html><body>office:document</body></html>"), "HTML is not");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_odt_to_text(&c2, odt, strlen(odt), &o) && o.data != NULL, "rewritten");
		UNIT_OK(o.data && strstr(o.data, "\n规章\t1\t2\t9") != NULL, "a row per line, cells tab-separated");
		UNIT_OK(o.data && strstr(o.data, "第二十条第（一）项\t第二十条第（一）项\t第二十条第（一）项\t第二十条第（一）项\n") != NULL,
				"a cell over four columns fills them; the covered cells add none");
		UNIT_OK(o.data && strstr(o.data, "二、主动公开 政府信息情况") != NULL, "<text:s text:c=2/>: blank (HTML collapses it to one)");
		UNIT_OK(o.data && strstr(o.data, "A&B\n下一行") != NULL, "entities decoded, a line break kept");
		gdr_ctx_free(&c2);
		/* a run of 99,999 spaces in 30 bytes, and an annotation never closed */
		{
			static const char big[] =
				"<office:document-content><office:body><office:text><text:p>甲<text:s text:c=\"99999\"/>乙</text:p>"
				"<text:p>丙<office:annotation>注</text:p><text:p>丁</text:p></office:text></office:body>"
				"</office:document-content>";
			gdr_buf		ob = {0};

			gdr_ctx_init(&c2, &gdr_env_malloc);
			UNIT_OK(gdr_odt_to_text(&c2, big, strlen(big), &ob) && ob.data != NULL &&
					ob.len < 2 * strlen(big), "text:c=99999 writes a few blanks, not 99,999 (%zu bytes)", ob.len);
			UNIT_OK(ob.data && strstr(ob.data, "丁") != NULL,
					"an annotation never closed drops its tag, not the rest of the document");
			gdr_ctx_free(&c2);
		}
	}

	/* a web archive record (wget --warc-file): the response's page */
	{
		static const char warc[] =
			"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 12\r\n\r\nsoftware: x\n\r\n\r\n"
			"WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 16\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\n"
			"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\n"
			"Content-Length: 76\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
			"<html><body>某县</body></html>\r\n\r\n";
		static const char gz[] =
			"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 60\r\n\r\n"
			"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n\x1f\x8b binary\r\n\r\n";
		size_t		off = 0,
					bl = 0;

		UNIT_OK(DETECT(gdr_warc_detect, warc), "a WARC file is detected");
		UNIT_OK(gdr_warc_body(warc, strlen(warc), &off, &bl) &&
				bl == 32 && memcmp(warc + off, "<html><body>某县</body></html>", 32) == 0,
				"the response record's HTTP body, after its headers");
		UNIT_OK(!gdr_warc_body(gz, strlen(gz), &off, &bl), "a compressed body is not taken");
	}

	/* word boxes (pdftotext -tsv): laid out again, a line per baseline */
	{
		static const char tsv[] =
			"level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
			"1\t1\t0\t0\t0\t0\t0\t0\t595\t841\t-1\t###PAGE###\n"
			"5\t1\t0\t0\t0\t0\t128.40\t30.00\t112.00\t20.80\t100\t某市人民政府\n"
			"5\t1\t0\t0\t0\t1\t243.60\t30.00\t40.66\t20.80\t100\t2024\n"
			"5\t1\t0\t0\t0\t2\t287.50\t30.00\t208.00\t20.80\t100\t年政府信息公开工作年度报告\n"
			/* a row's values before its label, on the label's baseline */
			"5\t1\t0\t1\t0\t0\t313.00\t200.10\t10.00\t20.80\t100\t12\n"
			"5\t1\t0\t1\t0\t1\t254.00\t200.00\t15.00\t20.80\t100\t227\n"
			"5\t1\t0\t2\t0\t0\t56.80\t200.20\t120.00\t20.80\t100\t一、本年新收\n"
			"1\t2\t0\t0\t0\t0\t0\t0\t595\t841\t-1\t###PAGE###\n"
			"5\t2\t0\t0\t0\t0\t56.80\t30.00\t40.00\t20.80\t100\t第二页\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_tsv_detect, tsv), "pdftotext -tsv is detected");
		UNIT_OK(!DETECT(gdr_tsv_detect, "level\tpage\n1\t2\n"), "another TSV is not");
		UNIT_OK(gdr_tsv_to_text(&ctx, tsv, strlen(tsv), &o) && o.data != NULL, "laid out");
		{
			const char *a = o.data ? strstr(o.data, "某市人民政府  ") : NULL;
			const char *b = a ? strstr(a, "2024  ") : NULL;
			const char *c = b ? strstr(b, "年政府信息公开工作年度报告\n") : NULL;

			UNIT_OK(c != NULL && memchr(a, '\n', (size_t) (c - a)) == NULL,
					"words of one baseline on one line, apart by two blanks at least");
		}
		UNIT_OK(o.data && strstr(o.data, "一、本年新收") != NULL &&
				strstr(o.data, "一、本年新收") < strstr(o.data, "227") &&
				strstr(o.data, "227") < strstr(o.data, "12\n"),
				"a row's label and values in left-to-right order, whatever the reading order");
		UNIT_OK(o.data && strstr(o.data, "\n\f") != NULL && strstr(o.data, "第二页") > strstr(o.data, "\f"),
				"a page ends with a form feed");
		/* a word box far off the page, or not finite: at the margin, not 20 MB of blanks */
		{
			static const char far[] =
				"level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
				"1\t1\t0\t0\t0\t0\t0\t0\t595\t841\t-1\t###PAGE###\n"
				"5\t1\t0\t0\t0\t0\t100000000\t30.00\t10.00\t20.80\t100\t远\n"
				"5\t1\t0\t0\t0\t0\t1e300\t60.00\t10.00\t20.80\t100\t更远\n"
				"5\t1\t0\t0\t0\t0\t-5\t90.00\t10.00\t20.80\t100\t左\n";
			gdr_buf		of = {0};

			UNIT_OK(gdr_tsv_to_text(&ctx, far, strlen(far), &of) && of.data != NULL && of.len < 200 &&
					strstr(of.data, "远") && strstr(of.data, "更远") && strstr(of.data, "左"),
					"off-page words laid out at the margin (%zu bytes)", of.len);
		}
	}

	/* table 四 written long: a line per cell (rst, spreadsheets) */
	{
		gdr_ctx		c2;
		static const char t4[] =
			"某县2019年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
			"类别\t方式\t结果\t件数\n"
			"行政复议\t\t结果维持\t7\n行政复议\t\t结果纠正\t1\n行政复议\t\t其他结果\t2\n"
			"行政复议\t\t尚未审结\t1\n行政复议\t\t总计\t11\n"
			"行政诉讼\t未经复议直接起诉\t结果维持\t2\n行政诉讼\t未经复议直接起诉\t结果纠正\t0\n"
			"行政诉讼\t未经复议直接起诉\t其他结果\t1\n行政诉讼\t未经复议直接起诉\t尚未审结\t1\n"
			"行政诉讼\t未经复议直接起诉\t总计\t4\n"
			"行政诉讼\t复议后起诉\t结果维持\t1\n行政诉讼\t复议后起诉\t结果纠正\t0\n"
			"行政诉讼\t复议后起诉\t其他结果\t0\n行政诉讼\t复议后起诉\t尚未审结\t1\n"
			"行政诉讼\t复议后起诉\t总计\t%d\n五、存在的主要问题及改进情况\n无。\n";
		char		text[2048];

		snprintf(text, sizeof(text), t4, 2);
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, text, strlen(text), &r) == GDR_OK, "a long table 四 parses");
		if (r)
		{
			TU_EXPECT(r, "appeals.review.upheld", 7);
			TU_EXPECT(r, "appeals.review.total", 11);
			TU_EXPECT(r, "appeals.suit_direct.other", 1);
			TU_EXPECT(r, "appeals.suit_after_review.pending", 1);
			TU_EXPECT(r, "appeals.suit_after_review.total", 2);
		}
		gdr_ctx_free(&c2);
		/* a block whose 总计 is not its sum: not taken */
		snprintf(text, sizeof(text), t4, 3);
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, text, strlen(text), &r) == GDR_OK, "parses");
		UNIT_OK(r && !gdr_has(r, GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_UPHELD)),
				"a 总计 that is not the sum: the long table is not taken");
		gdr_ctx_free(&c2);
	}
	gdr_ctx_free(&ctx);
	/* a page saved as MHTML: quoted-printable UTF-8 */
	{
		gdr_ctx		c2;
		static const char mht[] =
			"From: <Saved by Blink>\nMIME-Version: 1.0\n"
			"Content-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"----B----\"\n\n"
			"------B----\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
			"<html><body><h1>=E6=9F=98=E5=B7=9D=E5=8E=BF=E5=B8=82=E5=9C=BA=E7=9B=91=E7=9D=A3=E7=AE=A1=E7=90=86=E5=B1=80=\n"
			"2020=E5=B9=B4=E6=94=BF=E5=BA=9C=E4=BF=A1=E6=81=AF=E5=85=AC=E5=BC=80=E5=B7=A5=E4=BD=9C=E5=B9=B4=E5=BA=A6=E6=8A=A5=E5=91=8A</h1>\n"
			"<table><tr><td>=E8=A1=8C=E6=94=BF=E5=A4=84=E7=BD=9A</td><td>1=\n2</td></tr></table></body></html>\n"
			"------B----\nContent-Type: text/css\n\nbody{}\n------B------\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_mhtml_detect, mht), "MHTML is detected");
		UNIT_OK(!DETECT(gdr_mhtml_detect, "MIME-Version: 1.0 in a sentence, no parts"), "a MIME word in text is not MHTML");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_mhtml_to_text(&c2, mht, strlen(mht), &o), "it decodes");
		UNIT_OK(o.data && strstr(o.data, "<td>行政处罚</td><td>12</td>") != NULL,
				"=XX bytes decoded, a soft line break joins 1=\\n2 into 12");
		UNIT_OK(o.data && strstr(o.data, "body{}") == NULL, "the next part (CSS) is not read");
		gdr_ctx_free(&c2);
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, mht, strlen(mht), &r) == GDR_OK, "it parses");
		if (r)
			UNIT_EQ_STR(r->agency, "柘川县市场监督管理局", "agency from the decoded title");
		gdr_ctx_free(&c2);
	}

	/*
	 * a report sent by e-mail (.eml): multipart/alternative, the text/plain
	 * part a cover note in quoted-printable, the text/html part base64 with
	 * the report; then a GB2312 part
	 */
	{
		gdr_ctx		c2;
		static const char eml[] =
			"Received: from mail.example (unknown [10.0.0.1])\r\n"
			"Date: Thu, 18 Jan 2024 09:42:17 +0800\r\n"
			"Subject: =?UTF-8?B?5oql5ZGK?=\r\n"
			"MIME-Version: 1.0\r\n"
			"Content-Type: multipart/alternative; \r\n\tboundary=\"----=_Part_1\"\r\n\r\n"
			"------=_Part_1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
			"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
			"=E5=8E=BF=E6=94=BF=E5=8A=A1=E5=85=AC=E5=BC=80=E5=8A=9E\r\n"
			"------=_Part_1\r\nContent-Type: text/html; charset=UTF-8\r\n"
			"Content-Transfer-Encoding: base64\r\n\r\n"
			"PGh0bWw+PGJvZHk+PGRpdj7ljr/mlL/liqHlhazlvIDlip7vvJrnjrDlsIbmiJHplYcyMDIz5bm0\r\n"
			"5pS/5bqc5L+h5oGv5YWs5byA5bel5L2c5bm05bqm5oql5ZGK5Y+R57uZ5L2g5Lus44CCPC9kaXY+\r\n"
			"PGRpdj4tLS0tLS0tLS0tPC9kaXY+PGgxPuafkOmVh+S6uuawkeaUv+W6nDIwMjPlubTmlL/lupzk\r\n"
			"v6Hmga/lhazlvIDlt6XkvZzlubTluqbmiqXlkYo8L2gxPjx0YWJsZT48dHI+PHRkPuihjOaUv+Wk\r\n"
			"hOe9mjwvdGQ+PHRkPjY8L3RkPjwvdHI+PC90YWJsZT48cD7mn5Dljr/mn5DplYfkurrmsJHmlL/l\r\n"
			"upw8L3A+PHA+MjAyNOW5tDHmnIgxNuaXpTwvcD48L2JvZHk+PC9odG1sPg==\r\n"
			"------=_Part_1--\r\n";
		static const char gbk[] =
			"From: a@b.cn\nMIME-Version: 1.0\nContent-Type: text/html; charset=\"gb2312\"\n"
			"Content-Transfer-Encoding: base64\n\n"
			"PGh0bWw+PGJvZHk+PGgxPsSz1fLIy8Px1f64rjIwMjPE6tX+uK7Qxc+iuau/qrmk1/fE6rbIsai45jwvaDE+PC9ib2R5PjwvaHRtbD4=\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_mhtml_detect, eml), "an e-mail is a MIME message");
		{
			/* Foxmail writes no MIME-Version: the multipart Content-Type tells */
			static const char fox[] =
				"Received: from PC (unknown [10.0.0.2])\r\nFrom: a@b.cn\r\n"
				"Content-Type: multipart/mixed;\r\n\tboundary=\"----=_NextPart_1\"\r\n\r\n"
				"------=_NextPart_1\r\nContent-Type: text/plain; charset=\"GBK\"\r\n"
				"Content-Transfer-Encoding: quoted-printable\r\n\r\n=C4=B3=D5=F2\r\n"
				"------=_NextPart_1--\r\n";
			gdr_buf		o2 = {0};

			UNIT_OK(DETECT(gdr_mhtml_detect, fox), "an e-mail without MIME-Version is a MIME message");
			gdr_ctx_init(&c2, &gdr_env_malloc);
			UNIT_OK(gdr_mhtml_to_text(&c2, fox, strlen(fox), &o2) && o2.data &&
					strstr(o2.data, "某镇") != NULL, "its GBK quoted-printable part decoded");
			gdr_ctx_free(&c2);
			UNIT_OK(!DETECT(gdr_mhtml_detect, "Received a letter. Content-Type: text/plain is not a header\n"),
					"header words in text are no e-mail");
		}
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_mhtml_to_text(&c2, eml, strlen(eml), &o), "it decodes");
		UNIT_OK(o.data && strstr(o.data, "<h1>某镇人民政府2023年政府信息公开工作年度报告</h1>") != NULL &&
				strstr(o.data, "2024年1月16日</p></body></html>") != NULL,
				"the text/html alternative, base64 decoded to its last byte (==)");
		UNIT_OK(o.data && strstr(o.data, "县政务公开办\r\n") == NULL, "the text/plain alternative is not read");
		gdr_ctx_free(&c2);
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, eml, strlen(eml), &r) == GDR_OK, "it parses");
		if (r)
		{
			UNIT_EQ_STR(r->agency, "某县某镇人民政府", "agency from the signature (现将我镇… is a sentence, not a title)");
			UNIT_EQ_STR(r->published, "2024-01-16", "published: the report's date, not the e-mail's");
			UNIT_EQ_INT(r->year, 2023, "year from the decoded title");
		}
		gdr_ctx_free(&c2);
		o = (gdr_buf) {0};
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(DETECT(gdr_mhtml_detect, gbk) && gdr_mhtml_to_text(&c2, gbk, strlen(gbk), &o) &&
				o.data && strstr(o.data, "某镇人民政府2023年政府信息公开工作年度报告") != NULL,
				"a part in GB2312 comes out as UTF-8");
		gdr_ctx_free(&c2);
	}

	/* markdown pipe tables from pymupdf4llm: <br> in cells, Col2 placeholders */
	{
		gdr_ctx		c2;
		static const char md[] =
			"# 某局2020年政府信息公开工作年度报告\n\n"
			"|第二十条第（五）项|Col2|Col3|Col4|\n|---|---|---|---|\n"
			"|信息内容|上一年项目数<br>量|本年增/减|处理决定数量|\n"
			"|行政许可|14|-1|1286|\n"
			"|第二十条第（八）项||||\n|信息内容|上一年项目数<br>量|本年增/减||\n"
			"\n|行政事业性收费|3|0|Col4|\n|---|---|---|---|\n"
			"Prose with <br> and |Col9| outside a table stays.\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_mdpipe_detect, md), "pipe rows with <br> are detected");
		UNIT_OK(!DETECT(gdr_mdpipe_detect, "text <br> without pipes\n| a | b |\n"), "a <br> outside a pipe row is not");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_mdpipe_to_text(&c2, md, strlen(md), &o), "rewritten");
		UNIT_OK(o.data && strstr(o.data, "|信息内容|上一年项目数量|本年增/减|处理决定数量|\n") != NULL,
				"<br> between CJK characters is nothing");
		UNIT_OK(o.data && strstr(o.data, "|第二十条第（五）项||||\n") != NULL &&
				strstr(o.data, "|行政事业性收费|3|0||\n") != NULL, "ColN placeholders are empty cells");
		UNIT_OK(o.data && strstr(o.data, "Prose with <br> and |Col9| outside") != NULL, "other lines are copied");
		gdr_ctx_free(&c2);
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, md, strlen(md), &r) == GDR_OK && r &&
				r->val[GDR_S_LIC_DECISIONS] == 1286 && gdr_has(r, GDR_S_LIC_ITEMS_LAST_YEAR) &&
				r->val[GDR_S_LIC_ITEMS_LAST_YEAR] == 14 && r->val[GDR_S_FEES_ITEMS_LAST_YEAR] == 3,
				"the rows under the wrapped headers are read");
		gdr_ctx_free(&c2);
	}

	/*
	 * a table printed as fixed-width text in <pre>: white space kept, and
	 * the rows with blank cells placed by where their values stand
	 */
	{
		gdr_ctx		c2;
		static const char pre[] =
			"<html><body><p>三、收到和处理政府信息公开申请情况</p><pre>"
			"                                   自然人   商业企业 科研机构 社会公益 法律服务   其他     总计\n"
			"一、本年新收政府信息公开申请数量      143       21        1        2        6        3      176\n"
			"二、上年结转政府信息公开申请数量        9        2                                           11\n"
			"（一）予以公开                         54        3                 1                 1       59\n"
			"6.属于四类过程性信                      5        -                                            5\n"
			"息\n"
			"7.属于行政执法案卷                      0        -                                            0\n"
			"1.本机关不掌握相关政府信息             29        8                          1        1       39\n"
			"2.没有现成信息需要另行制作              9        1                                           10\n"
			"3.补正后申请内容仍                      1        1                                            2\n"
			"不明确\n"
			"（六）其他处理                          4        -                          1                 6\n"
			"</pre><p>四、结束</p></body></html>";
		gdr_buf		o = {0};

		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_html_to_text(&c2, pre, strlen(pre), &o) && o.data &&
				strstr(o.data, "\n二、上年结转政府信息公开申请数量        9        2                                           11\n") != NULL,
				"<pre> keeps its spaces and line breaks");
		gdr_ctx_free(&c2);
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, pre, strlen(pre), &r) == GDR_OK && r != NULL, "it parses");
		if (r)
		{
			int			b = GDR_S_APP(GDR_R_CARRIED_OVER, 0);
			int			g = GDR_S_APP(GDR_R_GRANTED, 0);

			UNIT_OK(r->val[b + GDR_C_PERSON] == 9 && r->val[b + GDR_C_BUSINESS] == 2 &&
					!gdr_has(r, b + GDR_C_RESEARCH) && gdr_present(r, b + GDR_C_RESEARCH) &&
					r->val[b + GDR_C_TOTAL] == 11,
					"9 and 2 under 自然人 and 商业企业, 11 under 总计, the blank cells null");
			UNIT_OK(r->val[g + GDR_C_NONPROFIT] == 1 && r->val[g + GDR_C_OTHER] == 1 &&
					!gdr_has(r, g + GDR_C_LEGAL) && r->val[g + GDR_C_TOTAL] == 59,
					"a value placed by its column, not by its order (54 3 _ 1 _ 1 59)");
			UNIT_OK(r->val[GDR_S_APP(GDR_R_DENIED_PROCESS, GDR_C_PERSON)] == 5 &&
					r->val[GDR_S_APP(GDR_R_DENIED_PROCESS, GDR_C_TOTAL)] == 5 &&
					!gdr_has(r, GDR_S_APP(GDR_R_DENIED_PROCESS, GDR_C_BUSINESS)),
					"a label completed below its values (6.属于四类过程性信 / 息) is placed too");
			UNIT_OK(r->val[GDR_S_APP(GDR_R_UNABLE_UNCLEAR, GDR_C_PERSON)] == 1 &&
					r->val[GDR_S_APP(GDR_R_UNABLE_UNCLEAR, GDR_C_TOTAL)] == 2 &&
					r->val[GDR_S_APP(GDR_R_UNABLE_NEEDS_CREATION, GDR_C_TOTAL)] == 10,
					"3.补正后申请内容仍 / 不明确: its own row, not 另行制作's above it");
			UNIT_OK(!gdr_has(r, GDR_S_APP(GDR_R_OH_OTHER, GDR_C_TOTAL)),
					"a row whose values do not add up to its total (4 + 1 != 6) is not placed");
		}
		gdr_ctx_free(&c2);
	}

	/* trafilatura's XML: <doc>, <head rend="h1">, <list><item> */
	{
		gdr_ctx		c2;
		static const char xml[] =
			"<doc sitename=\"某区\" title=\"x\" date=\"2016-03-22\">\n  <main>\n"
			"    <head rend=\"h1\">某经济技术开发区管理委员会2015年政府信息公开工作年度报告</head>\n"
			"    <p>一、概述</p>\n    <list rend=\"ul\">\n"
			"      <item>主动公开政府信息：1,437条</item>\n      <item>召开新闻发布会：4场</item>\n"
			"    </list>\n  </main>\n</doc>\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_html_detect, xml), "trafilatura's XML is read as markup");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_html_to_text(&c2, xml, strlen(xml), &o) && o.data &&
				strstr(o.data, "某经济技术开发区管理委员会2015年政府信息公开工作年度报告\n") != NULL,
				"<head rend=h1> is a heading, not the page's head");
		UNIT_OK(o.data && strstr(o.data, "主动公开政府信息：1,437条\n召开新闻发布会：4场") != NULL,
				"each <item> is a line");
		gdr_ctx_free(&c2);
	}

	/* markdown whose tables are inline HTML lines (MinerU) */
	{
		gdr_ctx		c2;
		static const char md[] =
			"# 国家种业资源管理局2024年政府信息公开工作年度报告\n\n"
			"# 二、主动公开政府信息情况\n\n"
			"<html><body><table><tr><td colspan=\"4\">第二十条第（一）项</td></tr>"
			"<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
			"<tr><td>规章</td><td>2</td><td>1</td><td>31</td></tr></table></body></html>\n\n"
			"# 三、收到和处理政府信息公开申请情况\n";
		gdr_buf		o = {0};

		UNIT_OK(DETECT(gdr_inline_tables_detect, md), "inline HTML tables are detected");
		UNIT_OK(!DETECT(gdr_inline_tables_detect, "a < b and <table without its end"), "no </table>: not detected");
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_inline_tables_to_text(&c2, md, strlen(md), &o), "it converts");
		UNIT_OK(o.data && strstr(o.data, "# 二、主动公开政府信息情况\n") != NULL, "the lines around the table are kept");
		UNIT_OK(o.data && strstr(o.data, "<td>") == NULL, "no tag is left");
		gdr_ctx_free(&c2);
		gdr_ctx_init(&c2, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&c2, md, strlen(md), &r) == GDR_OK, "it parses");
		if (r)
		{
			TU_EXPECT(r, "active.regulations.issued", 2);
			TU_EXPECT(r, "active.regulations.repealed", 1);
			TU_EXPECT(r, "active.regulations.in_force", 31);
		}
		gdr_ctx_free(&c2);
	}

	/* OCR text: lone table rules, O and l for 0 and 1 */
	{
		static const char ocr[] =
			"| 行 政 许 可 lO6 |\n| 行 政 处 罚 3O\n| 行 政 强 制 0\n规 章 0 0 O\n"
			"1 0 0 0 l 0 0 0 0 0 0 0 0 0 0\n| 一 、 本 年 新 收 l4 2 0 0 1 0 17 |\n"
			"English OIL l\n";
		static const char md[] = "| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |\n";
		static const char word[] = "3.要求提供公开出版物 |\n0 |\n0 |\n0 |\n0 |\n||\n";
		gdr_buf		o = {0};
		int			fixed = 0;

		UNIT_OK(gdr_ocr_any(ocr, strlen(ocr)), "OCR text with table rules is detected");
		UNIT_OK(!gdr_ocr_any(md, strlen(md)), "a markdown table is no OCR text");
		UNIT_OK(!gdr_ocr_any(word, strlen(word)), "Word's one cell and its rule a line is no OCR text");
		/* random lines of '|', spaces, tabs, '\r', letters, digits: the
		 * same answer as the plain rule, also across 16-byte blocks */
		{
			static const char alpha[] = "|||  \t\ra1O\n\n";
			char		t[400];
			unsigned	seed = 12345;
			int			bad = 0,
						yes = 0,
						i,
						k;

			for (i = 0; i < 20000; i++)
			{
				size_t		n;

				seed = seed * 1103515245u + 12345u;
				n = (seed >> 16) % sizeof(t);
				for (k = 0; k < (int) n; k++)
				{
					seed = seed * 1103515245u + 12345u;
					t[k] = alpha[(seed >> 16) % (sizeof(alpha) - 1)];
				}
				/* lines of the forms that count, so that both answers occur */
				if (i % 3 == 0)
					for (k = 0; k + 8 <= (int) n; k += 8)
						memcpy(t + k, (i % 2) ? "| a b 1\n" : " 1 2 |\r\n", 8);
				yes += ref_ocr_any(t, n);
				if (gdr_ocr_any(t, n) != ref_ocr_any(t, n) && bad++ < 3)
					printf("# gdr_ocr_any differs on %.*s\n", (int) n, t);
			}
			UNIT_EQ_INT(bad, 0, "gdr_ocr_any follows the plain line rule on 20000 random texts");
			UNIT_OK(yes > 100 && yes < 19000, "(both answers occur: %d OCR)", yes);
		}
		/*
		 * A pipe table's rows first and OCR's lone rules after them: the
		 * scan that stops once the lines left cannot outnumber the pipe
		 * rows four to one must not stop while they still can
		 */
		{
			char		t[4096];
			int			nlone,
						k;

			for (nlone = 60; nlone <= 100; nlone += 20)
			{
				size_t		n = 0;

				for (k = 0; k < 20; k++)
					n += (size_t) sprintf(t + n, "| a | b |\n");
				for (k = 0; k < nlone; k++)
					n += (size_t) sprintf(t + n, "| a 1\n");
				UNIT_EQ_INT(gdr_ocr_any(t, n), ref_ocr_any(t, n),
							"20 pipe rows, then %d lines of lone rules: %s", nlone,
							ref_ocr_any(t, n) ? "OCR" : "no OCR");
			}
		}
		UNIT_OK(gdr_ocr_clean(&ctx, ocr, strlen(ocr), &o, &fixed), "cleaned");
		UNIT_EQ_STR(o.data, "行 政 许 可 106\n行 政 处 罚 30\n行 政 强 制 0\n规 章 0 0 0\n"
					"1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n一 、 本 年 新 收 14 2 0 0 1 0 17\n"
					"English OIL l\n", "rules off; lO6 3O O l l4 read as numbers; words left");
		UNIT_EQ_INT(fixed, 5, "five numbers read with 0 and 1");
	}
	return unit_done();
}
