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
 *      after a table.
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
	static const char *const bodies[3][2] = {
		{"第二十条", "行政事业性收费"},
		{"本年新收", "结转下年度继续办理"},
		{"行政复议", NULL}
	};

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
			for (k = 0; k < 2; k++)
				if (bodies[i][k] && !has_in(norm.data, ti.spans[i], bodies[i][k]))
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
	return unit_done();
}
