/*
 * test_spans.c -- the prose stage skips the table bodies the table stage
 * read (parse.c: tables -> prose outside their spans -> template).
 *
 *   1. On every fixture in test/data and every report in ../shared (when it
 *      is there), the prose read with the spans skipped gives exactly what
 *      it gives reading the whole text: agency, year, kind, publication
 *      date, every narrative figure and every prose warning.  (A table's
 *      labels and cells are not sentences; if a prose rule ever starts
 *      reading them, this says where.)
 *   2. The spans are the table bodies: the 2019/2021 dense fixtures in every
 *      layout have one for each table, and none holds the prose sections
 *      (一、总体情况, 五、存在的主要问题) or a sentence placed right before or
 *      after a table.  A span starts at the first row that stored cells, not
 *      at the anchor that found the table (which can be in the prose), and
 *      ends inside the text even when the last cell is empty at its end.
 *   3. Sentences right after each table, on their own lines and in run-on
 *      crawler text (the whole report on one line), are still read.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"
#include "testutil.h"

/* normalised text of a file's content (HTML converted first) */
static bool
normalised(gdr_ctx *ctx, const char *text, size_t len, gdr_buf *norm)
{
	gdr_buf		plain = {0};
	gdr_script	script;

	if (gdr_html_detect(text, len))
	{
		if (!gdr_html_to_text(ctx, text, len, &plain))
			return false;
		text = plain.data ? plain.data : "";
		len = plain.len;
	}
	return gdr_normalize(ctx, text, len, norm, &script);
}

static bool
same_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* the prose's results of a and b differ: say where (NULL: the same) */
static const char *
prose_diff(const gdr_report *a, const gdr_report *b, char *why, size_t n)
{
	int			i;

	if (!same_str(a->agency, b->agency))
		return "agency";
	if (a->year != b->year)
		return "year";
	if (a->kind != b->kind)
		return "kind";
	if (strcmp(a->published, b->published) != 0)
		return "published";
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		if (strncmp(gdr_slots[i].path, "narrative.", 10) != 0)
			continue;
		if (a->st[i] != b->st[i] || (gdr_has(a, i) && a->val[i] != b->val[i]))
		{
			snprintf(why, n, "%s: %lld vs %lld", gdr_slots[i].path,
					 (long long) (gdr_has(a, i) ? a->val[i] : -1),
					 (long long) (gdr_has(b, i) ? b->val[i] : -1));
			return why;
		}
	}
	if (a->nwarnings != b->nwarnings)
	{
		snprintf(why, n, "%d vs %d warnings", a->nwarnings, b->nwarnings);
		return why;
	}
	for (i = 0; i < a->nwarnings; i++)
		if (!same_str(a->warnings[i].code, b->warnings[i].code) ||
			!same_str(a->warnings[i].path, b->warnings[i].path) ||
			!same_str(a->warnings[i].message, b->warnings[i].message))
		{
			snprintf(why, n, "warning %d: %s vs %s", i, a->warnings[i].message,
					 b->warnings[i].message);
			return why;
		}
	return NULL;
}

/* 1: the prose with and without the spans; returns the number of spans */
static int
check_same(const char *path, const char *text, size_t len)
{
	gdr_ctx		ctx;
	gdr_buf		norm = {0};
	gdr_report *whole,
			   *skip,
			   *tables;
	gdr_tblinfo ti;
	char		why[512];
	const char *d;
	int			nspans = -1;

	gdr_ctx_init(&ctx, &gdr_env_malloc);
	whole = gdr_alloc0(&ctx, sizeof(gdr_report));
	skip = gdr_alloc0(&ctx, sizeof(gdr_report));
	tables = gdr_alloc0(&ctx, sizeof(gdr_report));
	if (whole && skip && tables && normalised(&ctx, text, len, &norm) &&
		gdr_tables_read(&ctx, norm.data ? norm.data : "", norm.len, tables, &ti) &&
		gdr_prose(&ctx, norm.data ? norm.data : "", norm.len, whole) &&
		gdr_prose_skip(&ctx, norm.data ? norm.data : "", norm.len, skip, &ti))
	{
		int			i;
		bool		ordered = true;

		nspans = ti.nspans;
		for (i = 0; i < ti.nspans; i++)
			if (ti.spans[i].a >= ti.spans[i].b || ti.spans[i].b > norm.len ||
				(i > 0 && ti.spans[i].a < ti.spans[i - 1].b))
				ordered = false;
		UNIT_OK(ordered, "%s: %d spans, ascending, disjoint, inside the text", path, ti.nspans);
		d = prose_diff(whole, skip, why, sizeof(why));
		UNIT_OK(d == NULL, "%s: the prose reads the same without the table bodies%s%s",
				path, d ? ": " : "", d ? d : "");
	}
	else
		UNIT_OK(false, "%s: parsed", path);
	gdr_ctx_free(&ctx);
	return nspans;
}

static void
check_dir(const char *dir, const char *const *skip_ext, int *nfiles)
{
	DIR		   *dp = opendir(dir);
	struct dirent *de;

	if (dp == NULL)
		return;
	while ((de = readdir(dp)) != NULL)
	{
		char		path[1024];
		const char *dot = strrchr(de->d_name, '.');
		size_t		len;
		char	   *text;
		int			k;
		bool		skipped = false;

		if (de->d_name[0] == '.' || dot == NULL)
			continue;
		for (k = 0; skip_ext[k]; k++)
			if (strcmp(dot, skip_ext[k]) == 0 || strcmp(de->d_name, skip_ext[k]) == 0)
				skipped = true;
		if (skipped)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		text = tu_read_file(path, &len);
		if (text == NULL)
			continue;
		(void) check_same(path, text, len);
		(*nfiles)++;
		free(text);
	}
	closedir(dp);
}

/* does s[a..b) contain the literal? */
static bool
has_in(const char *s, gdr_span sp, const char *lit)
{
	size_t		n = strlen(lit);
	size_t		i;

	for (i = sp.a; i + n <= sp.b; i++)
		if (memcmp(s + i, lit, n) == 0)
			return true;
	return false;
}

/* 2: the dense fixtures' spans are their three table bodies */
static void
check_dense(const char *path)
{
	gdr_ctx		ctx;
	gdr_buf		norm = {0};
	gdr_report *r;
	gdr_tblinfo ti;
	size_t		len;
	char	   *text = tu_read_file(path, &len);
	static const char *const prose[] = {"总体情况", "存在的主要问题", "其他需要报告"};
	/* what each body must hold: the last row of table 二 (its first row's
	 * label, 规章, may stay outside when it is on a line of its own), the
	 * label of table 三's last row (its first row's label may sit on the
	 * lines before its cells), and for table 四 nothing named */
	static const char *const bodies[3] = {"行政事业性收费", "结转下年度继续办理", NULL};

	if (text == NULL)
	{
		UNIT_OK(false, "%s: readable", path);
		return;
	}
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	r = gdr_alloc0(&ctx, sizeof(gdr_report));
	if (r && normalised(&ctx, text, len, &norm) &&
		gdr_tables_read(&ctx, norm.data, norm.len, r, &ti))
	{
		int			i,
					k;
		bool		clean = true;

		UNIT_EQ_INT(ti.nspans, 3, "%s: a span for each of tables 二, 三, 四", path);
		for (i = 0; i < ti.nspans && i < 3; i++)
		{
			for (k = 0; k < 3; k++)
				if (has_in(norm.data, ti.spans[i], prose[k]))
					clean = false;
			if (bodies[i] && !has_in(norm.data, ti.spans[i], bodies[i]))
				clean = false;
			/* and some of its cells */
			if (ti.spans[i].b - ti.spans[i].a < 20)
				clean = false;
		}
		UNIT_OK(clean, "%s: each span holds its table's rows and no prose section", path);
	}
	else
		UNIT_OK(false, "%s: parsed", path);
	gdr_ctx_free(&ctx);
	free(text);
}

/* insert `ins` after the first line that contains `after` (its whole line) */
static char *
insert_after_line(char *text, const char *after, const char *ins)
{
	char	   *p = strstr(text, after);
	char	   *nl;
	char	   *out;
	size_t		pre;

	if (p == NULL)
		return text;
	nl = strchr(p, '\n');
	pre = nl ? (size_t) (nl - text) + 1 : strlen(text);
	out = malloc(strlen(text) + strlen(ins) + 2);
	memcpy(out, text, pre);
	strcpy(out + pre, ins);
	strcat(out, "\n");
	strcat(out, text + pre);
	free(text);
	return out;
}

/* 3: sentences right after each table */
static void
check_adjacent(const char *path, bool runon)
{
	size_t		len;
	char	   *text = tu_read_file(path, &len);
	gdr_ctx		ctx;
	gdr_report *r = NULL;
	char		name[256];
	struct
	{
		const char *slot;
		int64_t		v;
	}			want[] = {
		{"narrative.active_total", 4521},
		{"narrative.applications_received", 2295},
		{"narrative.reviews", 23},
		{"applications.new.total", 2295},
		{"appeals.review.total", 23},
		{"active.penalty.decisions", 932}
	};
	int			i;

	if (text == NULL)
	{
		UNIT_OK(false, "%s: readable", path);
		return;
	}
	text = insert_after_line(text, "行政事业性收费", "本年度共主动公开政府信息4521条。");
	text = insert_after_line(text, "结转下年度继续办理", "全年共收到政府信息公开申请2295件。");
	text = insert_after_line(text, "\t27\t6\t1\t11\t9\t27", "全年发生行政复议23件。");
	if (runon)
	{
		/* crawler text: the lines joined by single spaces */
		char	   *p;

		for (p = text; *p; p++)
			if (*p == '\n')
				*p = ' ';
	}
	snprintf(name, sizeof(name), "%s + sentences after the tables%s", path,
			 runon ? ", run-on" : "");
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	UNIT_EQ_INT(gdr_parse(&ctx, text, strlen(text), &r), GDR_OK, "%s: parsed", name);
	for (i = 0; r && i < (int) (sizeof(want) / sizeof(want[0])); i++)
	{
		int			s = gdr_slot_find(want[i].slot, strlen(want[i].slot));

		/* a run-on text's tables are not the point here: only the prose */
		if (runon && strncmp(want[i].slot, "narrative.", 10) != 0)
			continue;
		UNIT_OK(s >= 0 && gdr_has(r, s) && r->val[s] == want[i].v,
				"%s: %s = %lld", name, want[i].slot, (long long) want[i].v);
	}
	gdr_ctx_free(&ctx);
	free(text);
}

/* the prose around a table whose anchor (本年新收…) is first met in the prose */
static void
check_anchor_in_prose(void)
{
	size_t		len;
	char	   *t = tu_read_file("test/data/dense/2019-gridtabs.txt", &len);
	char	   *out,
			   *p;
	const char *sentence =
		"本年新收政府信息公开申请数量较上年有所增长。全年共收到政府信息公开申请2299件，"
		"办结2439件。全年主动公开政府信息888条。\n";

	if (t == NULL)
	{
		UNIT_OK(false, "2019-gridtabs readable");
		return;
	}
	/* no 勾稽关系 note: table 三 is found by 本年新收…, first in the prose;
	 * and no table 二 (whose span would hide the overlap) */
	while ((p = strstr(t, "勾稽关系")) != NULL)
		memcpy(p, "关系关系", strlen("关系关系"));
	{
		char	   *a2 = strstr(t, "第二十条");
		char	   *a3 = strstr(t, "三、收到和处理");

		if (a2 && a3 && a3 > a2)
		{
			memmove(a2, a3, strlen(a3) + 1);
			len = strlen(t);
		}
	}
	p = strstr(t, "一、总体情况");
	if (p == NULL || (p = strchr(p, '\n')) == NULL)
	{
		UNIT_OK(false, "2019-gridtabs has 一、总体情况");
		free(t);
		return;
	}
	p++;
	out = malloc(len + strlen(sentence) + 1);
	memcpy(out, t, (size_t) (p - t));
	strcpy(out + (p - t), sentence);
	memcpy(out + (p - t) + strlen(sentence), p, len - (size_t) (p - t));
	(void) check_same("2019-gridtabs, 本年新收… first in the prose", out, len + strlen(sentence));
	{
		gdr_ctx		ctx;
		gdr_report *r = NULL;
		int			k = gdr_slot_find("narrative.active_total", strlen("narrative.active_total"));

		gdr_ctx_init(&ctx, &gdr_env_malloc);
		UNIT_OK(gdr_parse(&ctx, out, len + strlen(sentence), &r) == GDR_OK && r &&
				gdr_has(r, k) && r->val[k] == 888,
				"2019-gridtabs, 本年新收… first in the prose: narrative.active_total 888 read");
		gdr_ctx_free(&ctx);
	}
	free(out);
	free(t);
}

/* a table whose last cell is empty at the very end of the text: the span
 * stays inside it (the buffer is exactly the text: ASan sees a read past) */
static void
check_empty_last_cell(void)
{
	static const char *const texts[] = {
		"第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t84\t-6\t",
		"四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
		"未经复议直接起诉\t复议后起诉\n1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t"
	};
	int			i;

	for (i = 0; i < 2; i++)
	{
		size_t		n = strlen(texts[i]);
		char	   *b = malloc(n);
		gdr_ctx		ctx;
		gdr_buf		norm = {0};
		gdr_report *r;
		gdr_tblinfo ti;
		int			k;
		bool		inside = true;

		memcpy(b, texts[i], n);
		gdr_ctx_init(&ctx, &gdr_env_malloc);
		r = gdr_alloc0(&ctx, sizeof(gdr_report));
		UNIT_OK(r && normalised(&ctx, b, n, &norm) &&
				gdr_tables_read(&ctx, norm.data, norm.len, r, &ti),
				"empty last cell %d: tables read", i);
		for (k = 0; r && k < ti.nspans; k++)
			if (ti.spans[k].b > norm.len || ti.spans[k].a >= ti.spans[k].b)
				inside = false;
		UNIT_OK(inside && ti.nspans == 1, "empty last cell %d: one span, inside the text", i);
		(void) check_same("empty last cell", b, n);
		gdr_ctx_free(&ctx);
		free(b);
	}
}

int
main(void)
{
	static const char *const skip_ext[] = {".py", ".gold", ".json", "README.md", "gold", NULL};
	static const char *const layouts[] = {
		"cells.txt", "grid.md", "gridtabs.txt", "hant.txt", "html.html", "pdf.txt",
		"pdf2.txt", "pipes.md", "rotated.txt", "spaces.txt", "tabs.txt", "word.html"
	};
	static const char *const dirs[] = {
		"test/data/dense", "test/data/layouts", "test/data/legacy", "test/data/seeds",
		"test/data/written/tables", "test/data/written/prose",
		"test/data/written/tables2", "test/data/written/prose2",
		"test/fuzz/corpus", "../shared/seeds", "../shared/corpus"
	};
	int			i,
				nfiles = 0;

	for (i = 0; i < (int) (sizeof(dirs) / sizeof(dirs[0])); i++)
		check_dir(dirs[i], skip_ext, &nfiles);
	UNIT_OK(nfiles >= 50, "%d files compared", nfiles);

	for (i = 0; i < (int) (sizeof(layouts) / sizeof(layouts[0])); i++)
	{
		char		path[256];

		snprintf(path, sizeof(path), "test/data/dense/2019-%s", layouts[i]);
		check_dense(path);
		snprintf(path, sizeof(path), "test/data/dense/2021-%s", layouts[i]);
		check_dense(path);
	}
	check_adjacent("test/data/dense/2021-tabs.txt", false);
	check_adjacent("test/data/dense/2021-tabs.txt", true);
	check_anchor_in_prose();
	check_empty_last_cell();
	return unit_done();
}
