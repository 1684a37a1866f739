/*
 * test_html.c -- gdr_html_detect() and gdr_html_to_text() (src/core/html.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"
#include "testutil.h"

static gdr_ctx ctx;

/* Convert a NUL-terminated fragment; the result lives in ctx. */
static const char *
conv(const char *html)
{
	gdr_buf		out = {0};

	if (!gdr_html_to_text(&ctx, html, strlen(html), &out))
		return "(failed)";
	return out.data ? out.data : "(null)";
}

static const char *
convn(const char *html, size_t len)
{
	gdr_buf		out = {0};

	if (!gdr_html_to_text(&ctx, html, len, &out))
		return "(failed)";
	return out.data ? out.data : "(null)";
}

/* The line of `text` that starts with `prefix`, copied into ctx, or NULL. */
static const char *
line_starting(const char *text, const char *prefix)
{
	const char *p = text;
	size_t		pl = strlen(prefix);

	while (p && *p)
	{
		const char *e = strchr(p, '\n');
		size_t		n = e ? (size_t) (e - p) : strlen(p);

		if (n >= pl && memcmp(p, prefix, pl) == 0)
			return gdr_strndup(&ctx, p, n);
		p = e ? e + 1 : NULL;
	}
	return NULL;
}

static int
count_char(const char *s, char c)
{
	int			n = 0;

	for (; s && *s; s++)
		n += (*s == c);
	return n;
}

static bool
ends_with(const char *s, const char *suffix)
{
	size_t		a = s ? strlen(s) : 0,
				b = strlen(suffix);

	return s && a >= b && memcmp(s + a - b, suffix, b) == 0;
}

#define read_file(path, len) tu_read_file((path), (len))

static bool
det(const char *s)
{
	return gdr_html_detect(s, strlen(s));
}

static void
test_detect(void)
{
	const char *md = "# 2023年政府信息公开工作年度报告\n\n"
		"根据《中华人民共和国政府信息公开条例》<-这是条例\n"
		"| 信息内容 | 本年制发件数 |<br>\n| --- | --- |\n| 规章 | 0 |\n"
		"a < b and c > d\n";

	UNIT_OK(det("<!DOCTYPE html><html><body>x</body></html>"),
			"detect: doctype document");
	UNIT_OK(det("<p>hello</p>"), "detect: <p> fragment");
	UNIT_OK(det("\xEF\xBB\xBF  <table><tr><td>1</td></tr></table>"),
			"detect: table fragment after BOM");
	UNIT_OK(det("报告如下：<div>一</div><div>二</div><div>三</div>"),
			"detect: text then tag-dense divs");
	UNIT_OK(!det(md),
			"detect: markdown with <-, <br>, 《》 and a < b is not HTML");
	UNIT_OK(!det("一、总体情况\n本机关共收到申请26件。\n"),
			"detect: plain text");
	UNIT_OK(!det("<"), "detect: lone <");
	UNIT_OK(!det(""), "detect: empty");
}

static void
test_inline_and_entities(void)
{
	UNIT_EQ_STR(conv("<p><span>申请人情</span><span>况</span><o:p></o:p></p>"),
				"申请人情况\n", "spans join back into one label");
	UNIT_EQ_STR(conv("<p>a&nbsp;&amp;&lt;b&gt;&quot;&apos;</p>"),
				"a &<b>\"'\n", "basic named entities");
	UNIT_EQ_STR(conv("<p>&ldquo;三安全一稳定&rdquo;&mdash;&hellip;&middot;&times;</p>"),
				"\xE2\x80\x9C三安全一稳定\xE2\x80\x9D\xE2\x80\x94\xE2\x80\xA6\xC2\xB7\xC3\x97\n",
				"typographic entities");
	UNIT_EQ_STR(conv("<p>&#20844;&#x5F00;&#X5f00;&#65</p>"), "公开开A\n",
				"numeric entities, with and without ';'");
	UNIT_EQ_STR(conv("<p>&foo; &amp &#; &#xZZ;</p>"), "&foo; &amp &#; &#xZZ;\n",
				"unknown or malformed entities kept verbatim");
	UNIT_EQ_STR(conv("<p>&#0;&#x110000;&#xD800;</p>"),
				"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\n",
				"invalid code points become U+FFFD");
	UNIT_EQ_STR(conv("<p>  a \n\n  b&emsp;&#x3000;c  </p>"), "a b c\n",
				"whitespace (incl. &emsp; and U+3000) collapses to one space");
	UNIT_EQ_STR(conv("<p>一</p><div>二<br>三</div><h2>四</h2>五<li>六</li>"),
				"一\n二\n三\n四\n五\n六\n", "block elements break lines");
	UNIT_EQ_STR(conv("<p>a<br><br>b</p>"), "a\n\nb\n", "two <br> leave a blank line");
	UNIT_EQ_STR(conv("<P CLASS=x>A</P><Span>B</SPAN><BR/>C"), "A\nB\nC\n",
				"tag names are case-insensitive");
	UNIT_EQ_STR(conv("x <- y, 1<2, a <3"), "x <- y, 1<2, a <3\n",
				"a '<' that starts no tag is text");
}

static void
test_dropped(void)
{
	UNIT_EQ_STR(conv("<html><head><meta charset=utf-8><title> 某局 2023年 &amp; 报告 </title>"
					 "<style>p{color:red}</style><script>var a='<p>x</p>';</script>"
					 "</head><body><p>正文</p></body></html>"),
				"某局 2023年 & 报告\n正文\n", "head dropped except the title, which comes first");
	UNIT_EQ_STR(conv("<p>前</p><!--[if gte mso 9]><xml><w:WordDocument>文字</w:WordDocument></xml><![endif]-->"
					 "<p>后<!-- 注释 --></p>"),
				"前\n后\n", "Word conditional comments and comments dropped");
	UNIT_EQ_STR(conv("<p><![if !supportLists]>1.<![endif]>条目</p>"), "1.条目\n",
				"downlevel-revealed content kept");
	UNIT_EQ_STR(conv("<p>a</p><SCRIPT type=x>if (a<b) document.write(\"</p>\");</SCRIPT><noscript><p>开启</p></noscript>"
					 "<template><p>t</p></template><style>x</style ><p>b</p>"),
				"a\nb\n", "script, noscript, template, style dropped (case-insensitive)");
	UNIT_EQ_STR(conv("<body><p>正文</p><title>第一个</title><div><title>第二个</title></div></body>"),
				"第一个\n正文\n", "a late title is moved first; later titles dropped");
}

static void
test_tables(void)
{
	const char *t;
	const char *l;

	t = conv("<p>前</p><table><tr><td>a</td><td> </td><td><o:p>&nbsp;</o:p></td><td>b</td></tr></table><p>后</p>");
	UNIT_EQ_STR(t, "前\n\na\t\t\tb\n\n后\n", "empty cells keep their tabs; blank line around a table");

	t = conv("<table><tr><td><p>商业</p><p>企业</p>\n\t</td><td>x\ty</td></tr></table>");
	UNIT_EQ_STR(t, "商业企业\tx y\n", "a line break inside a cell between CJK characters disappears; tabs become one space");
	t = conv("<table><tr><td>本年新收政府<br>信息公开申请\n数量</td><td>12<br>3</td><td>a\nb</td><td>商业 企业</td><td>商业&nbsp;企业</td></tr></table>");
	UNIT_EQ_STR(t, "本年新收政府信息公开申请数量\t12 3\ta b\t商业 企业\t商业 企业\n",
				"line breaks join CJK (as browsers render them), not digits or Latin; typed spaces stay");
	t = conv("<p>一、本年新收政府\n信息公开申请数量 二、2023\n年</p>");
	UNIT_EQ_STR(t, "一、本年新收政府信息公开申请数量 二、2023 年\n", "the same in flow text");

	t = conv("<table><tr><td colspan=\"3\">一、新收</td><td>26</td></tr>"
			 "<tr><td rowspan=3>三、结果</td><td colspan=2>(一)予以公开</td><td>5</td></tr>"
			 "<tr><td rowspan=2>(三)不予公开</td><td>1.国家秘密</td><td>0</td></tr>"
			 "<tr><td>2.禁止公开</td><td>1</td></tr>"
			 "<tr><td colspan=3>四、结转</td><td>2</td></tr></table>");
	UNIT_EQ_STR(t,
				"一、新收\t一、新收\t一、新收\t26\n"
				"三、结果\t(一)予以公开\t(一)予以公开\t5\n"
				"三、结果\t(三)不予公开\t1.国家秘密\t0\n"
				"三、结果\t(三)不予公开\t2.禁止公开\t1\n"
				"四、结转\t四、结转\t四、结转\t2\n",
				"rowspan and colspan expanded into every grid position");

	t = conv("<table><tr><td rowspan=2>A</td><td>B</td><td rowspan=2>C</td></tr><tr><td>D</td></tr></table>");
	UNIT_EQ_STR(t, "A\tB\tC\nA\tD\tC\n", "rowspan to the right of a row's last cell");

	/* a data table (cells that are numbers) with a table in a cell */
	t = conv("<table><tr><th>h</th><td>1</td><td>2</td><td>3</td></tr>"
			 "<tr><th>h2</th><td>x<table><tr><td>n1</td><td>n2</td></tr><tr><td>n3</td></tr></table>y</td><td>z</td></tr></table>");
	UNIT_EQ_STR(t, "h\t1\t2\t3\nh2\tx n1 n2 n3 y\tz\n", "a table nested in a data table: flattened into its cell");

	/*
	 * A layout table (the page's frame) around the report's tables: read
	 * as blocks, so the inner tables make the rows, blank cells kept
	 */
	t = conv("<table><tr><td>首页 &gt; 政务公开</td></tr><tr><td><p>四、行政复议</p>"
			 "<table><tr><td>3</td><td>&nbsp;</td><td>1</td></tr><tr><td>2</td><td>0</td><td></td></tr></table>"
			 "<p>五、问题</p></td></tr><tr><td>页脚</td></tr></table>");
	UNIT_EQ_STR(t, "首页 > 政务公开\n四、行政复议\n\n3\t\t1\n2\t0\t\n\n五、问题\n页脚\n",
				"a layout table: blocks; the table inside makes the rows");
	t = conv("<table><tr><td><table><tr><td>外</td></tr></table><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>");
	UNIT_EQ_STR(t, "外\n\na\tb\n", "two tables inside one layout cell");

	t = conv("<td>1</td><td>2</td><tr><td>3</td></tr><p>后</p>");
	UNIT_EQ_STR(t, "1\t2\n3\n\n后\n", "stray cells without <table> form an implicit table");

	t = conv("<table><caption>表一</caption><tr><td>a<td>b<tr><td>c</table>");
	UNIT_EQ_STR(t, "表一\na\tb\nc\n", "caption row; unclosed td/tr");

	t = conv("<table><tr><td colspan=99999 rowspan=99999>x</td></tr><tr></tr><tr><td>y</td></tr></table>");
	l = line_starting(t, "y");
	UNIT_OK(t != NULL && count_char(t, '\n') == 3, "absurd spans: one line per row");
	UNIT_EQ_INT(count_char(line_starting(t, "x"), '\t'), 63, "colspan capped at 64 columns");
	UNIT_OK(l == NULL, "cell under an absurd rowspan is pushed right, not first");
	UNIT_OK(ends_with(t, "\ty\n"), "cell under an absurd rowspan lands after the covered columns");
}

static void
test_malformed(void)
{
	static const char nul[] = "<p>a\0b</p><td>\0</td>";
	const char *t;
	char	   *big;
	size_t		i;

	UNIT_EQ_STR(conv("<p>abc</p><"), "abc\n<\n", "'<' at end of input");
	UNIT_EQ_STR(conv("<p>abc</p><div class=\"x"), "abc\n", "unterminated tag dropped");
	UNIT_EQ_STR(conv("<p>abc<!-- never closed <p>x"), "abc\n", "unterminated comment drops the rest");
	UNIT_EQ_STR(conv("<p>a<script>never closed"), "a\n", "unterminated script");
	UNIT_EQ_STR(conv("<table><tr><td>a"), "a\n", "unterminated table");
	UNIT_EQ_STR(convn(nul, sizeof(nul) - 1), "ab\n\n", "NUL bytes dropped");
	UNIT_EQ_STR(conv("</table></tr></td><p>x</p>"), "x\n", "stray end tags");
	UNIT_EQ_STR(conv(""), "", "empty input");
	UNIT_EQ_STR(conv("<td colspan=-5 rowspan=abc>a</td><td colspan=0>b</td>"), "a\tb\n",
				"negative, zero and non-numeric spans count as 1");

	/* deeply nested tables and many tags: stays linear and bounded */
	big = malloc(400001);
	for (i = 0; i < 400000; i += 8)
		memcpy(big + i, i < 200000 ? "<table>x" : "<tr><td>", 8);
	big[400000] = '\0';
	t = conv(big);
	UNIT_OK(strlen(t) < 4000000, "40k nested tables and 25k rows: bounded output (%zu bytes)",
			strlen(t));
	for (i = 0; i < 400000; i += 20)
		memcpy(big + i, "<tr><td rowspan=999>", 20);
	t = conv(big);
	UNIT_OK(strlen(t) < 2000000, "20k rows of rowspan=999 cells: bounded output (%zu bytes)",
			strlen(t));
	/* one 10 kB cell spanning 64 x 1000 grid positions, then 1000 rows */
	memcpy(big, "<table><tr><td colspan=64 rowspan=1000>", 39);
	memset(big + 39, 'x', 10000);
	for (i = 10039; i + 4 <= 14039; i += 4)
		memcpy(big + i, "<tr>", 4);
	t = convn(big, 14039);
	UNIT_OK(strlen(t) < 2000000, "span expansion of a big cell is capped (%zu bytes)",
			strlen(t));
	UNIT_EQ_INT(count_char(t, '\n'), 1000, "... while each of the 1000 covered rows is still a line");
	free(big);
}

static int	ticks;

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
	gdr_ctx		c;
	gdr_buf		out = {0};
	char	   *big = malloc(1000001);
	size_t		i;
	bool		ok;

	for (i = 0; i < 1000000; i += 10)
		memcpy(big + i, "<p>abc</p>", 10);
	env.tick = cancel_tick;
	ticks = 0;
	gdr_ctx_init(&c, &env);
	ok = gdr_html_to_text(&c, big, 1000000, &out);
	UNIT_OK(!ok && c.status == GDR_ECANCEL, "a tick that cancels stops the conversion");
	UNIT_EQ_INT(ticks, 2, "the conversion stopped at the cancelling tick");
	gdr_ctx_free(&c);
	free(big);
}

static void
test_real_page(void)
{
	size_t		len = 0;
	char	   *html = read_file("../shared/corpus/shuyang-fgj-2023.html", &len);
	const char *t;
	const char *l;

	UNIT_OK(html != NULL, "read ../shared/corpus/shuyang-fgj-2023.html");
	if (html == NULL)
		return;
	UNIT_OK(gdr_html_detect(html, len), "fgj: detected as HTML");
	t = convn(html, len);
	UNIT_OK(strncmp(t, "沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局\n",
					strlen("沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局\n")) == 0,
			"fgj: the <title> is the first line");
	UNIT_OK(strstr(t, "websiteId") == NULL && strstr(t, "font-family") == NULL &&
			strstr(t, "<") == NULL,
			"fgj: no script, style or markup left");

	l = line_starting(t, "三、本年度办理结果\t（一）予以公开\t");
	UNIT_OK(l != NULL, "fgj: table 三 row (一)予以公开 carries the rowspan label 三、本年度办理结果");
	UNIT_EQ_STR(l, "三、本年度办理结果\t（一）予以公开\t（一）予以公开\t26\t\t\t\t\t\t26",
				"fgj: (一)予以公开: 26, five blank 法人 cells, total 26");
	UNIT_OK(ends_with(line_starting(t, "三、本年度办理结果\t（三）不予公开\t8.属于行政查询事项"),
					  "\t0\t\t\t\t\t\t0"),
			"fgj: (三)不予公开 rowspan=8 reaches its 8th row");
	UNIT_OK(ends_with(line_starting(t, "三、本年度办理结果\t（七）总计"), "\t26\t\t\t\t\t\t26"),
			"fgj: (七)总计 row (rowspan=22 still in force)");
	UNIT_EQ_INT(count_char(line_starting(t, "四、结转下年度继续办理"), '\t'), 9,
				"fgj: table 三 rows have 10 grid columns");
	UNIT_OK(strstr(t, "\t申请人情况\t申请人情况\t申请人情况\t申请人情况\t申请人情况\t申请人情况\t申请人情况\n") != NULL,
			"fgj: header 申请人情况 joined from spans and spread over 7 columns");
	UNIT_OK(strstr(t, "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n") != NULL,
			"fgj: third header row under the rowspans of 自然人/总计");

	l = line_starting(t, "行政复议\t");
	UNIT_EQ_INT(count_char(l, '\t'), 14, "fgj: table 四 first header row has 15 columns");
	UNIT_OK(l && ends_with(l, "\t行政诉讼\t行政诉讼\t行政诉讼\t行政诉讼\t行政诉讼\t行政诉讼\t行政诉讼\t行政诉讼\t行政诉讼\t行政诉讼"),
			"fgj: 行政诉讼 colspan=10 expanded");
	l = line_starting(t, "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉");
	UNIT_EQ_INT(count_char(l, '\t'), 14, "fgj: table 四 second header row has 15 columns");
	UNIT_OK(line_starting(t, "0\t0\t0\t1\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0") != NULL,
			"fgj: table 四 data row, 15 cells");
	UNIT_OK(strstr(t, "\n\n四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t") != NULL,
			"fgj: blank lines around tables");
	UNIT_OK(line_starting(t, "2024年1月17日") != NULL, "fgj: the closing date line");
	free(html);
}

/*
 * Table 三 transposed (a row per applicant type, a column per outcome;
 * mammoth's HTML of a .docx, written set 10): turned back into the
 * template's shape, and read
 */
static void
test_transposed(void)
{
	size_t		len;
	char	   *html = read_file("test/data/written/tables10/zixi-wglj-2023.html", &len);
	const char *t;
	gdr_ctx		c2;
	gdr_report *r = NULL;

	UNIT_OK(html != NULL, "zixi: fixture read");
	if (html == NULL)
		return;
	t = convn(html, len);
	UNIT_OK(strstr(t, "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n") != NULL,
			"zixi: a header line of the applicant types");
	UNIT_OK(line_starting(t, "一、本年新收政府信息公开申请数量\t12\t2\t0\t0\t1\t0\t15") != NULL,
			"zixi: the column 本年新收 is a row, one value per applicant type");
	UNIT_OK(line_starting(t, "三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0") != NULL,
			"zixi: a column's header labels, each once, before its values");
	UNIT_OK(line_starting(t, "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1") != NULL,
			"zixi: the last column");
	gdr_ctx_init(&c2, &gdr_env_malloc);
	UNIT_OK(gdr_parse(&c2, html, len, &r) == GDR_OK && r != NULL, "zixi: parses");
	if (r)
	{
		TU_EXPECT(r, "applications.new.person", 12);
		TU_EXPECT(r, "applications.new.total", 15);
		TU_EXPECT(r, "applications.granted.total", 8);
		TU_EXPECT(r, "applications.unable.not_held.person", 3);
		TU_EXPECT(r, "applications.not_processed.petition.person", 1);
		TU_EXPECT(r, "applications.denied.process.business", 1);
		TU_EXPECT(r, "applications.processed.total", 14);
		TU_EXPECT(r, "applications.carried_forward.total", 1);
	}
	gdr_ctx_free(&c2);
	free(html);

	/* rows of applicant types whose numbers do not line up: left alone */
	{
		gdr_buf		b = {0};
		int			i,
					k;
		static const char *const who[] = {"自然人", "商业企业", "科研机构", "社会公益组织",
		"法律服务机构", "其他", "总计"};

		gdr_buf_append(&ctx, &b, "<table><tr><td>申请人情况</td>", 35);
		for (k = 0; k < 22; k++)
			gdr_buf_append(&ctx, &b, "<td>结果</td>", 15);
		gdr_buf_append(&ctx, &b, "</tr>", 5);
		for (i = 0; i < 7; i++)
		{
			gdr_buf_append(&ctx, &b, "<tr><td>", 8);
			gdr_buf_append(&ctx, &b, who[i], strlen(who[i]));
			gdr_buf_append(&ctx, &b, "</td>", 5);
			for (k = 0; k < 22 - (i == 3); k++)
				gdr_buf_append(&ctx, &b, "<td>1</td>", 10);
			gdr_buf_append(&ctx, &b, "</tr>", 5);
		}
		gdr_buf_append(&ctx, &b, "</table>", 8);
		t = convn(b.data, b.len);
		UNIT_OK(line_starting(t, "自然人\t1\t1") != NULL && line_starting(t, "申请人情况\t结果") != NULL,
				"a row short of a cell: the table as it is");
		b.len = 0;
	}
}

int
main(void)
{
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	test_detect();
	test_inline_and_entities();
	test_dropped();
	test_tables();
	test_malformed();
	test_cancel();
	test_real_page();
	test_transposed();
	gdr_ctx_free(&ctx);
	return unit_done();
}
