/*
 * test_dense.c -- a 2019-template and a 2021-template report whose every
 * cell holds a figure (test/data/dense/, made by make.py), each rendered into
 * seven layouts: Word tab rows, one cell per line, markdown pipes, crawler
 * text with single spaces, a saved HTML page with rowspan/colspan, pdftotext
 * -layout with wrapped labels and a page break (numbers on the label's first
 * or last line), traditional characters.
 * Every layout must give every figure of <template>.gold: tables 二, 三 and
 * 四 whole (161 or 175 + 15 cells and table 二), the template and the year
 * ("null": the cell is present and JSON null, e.g. a `/` cell).
 * Unlike seed 001 (mostly zeros), a cell read into the wrong row or column
 * shows here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "unit.h"
#include "testutil.h"

static const char *const layouts[] = {
	"tabs.txt", "cells.txt", "rotated.txt", "pipes.md", "grid.md", "gridtabs.txt", "spaces.txt", "html.html", "word.html", "pdf.txt", "pdf2.txt",
	"hant.txt"
};

/* "123", "-6", "356.27" -> value in the slot's unit (money x 10^6) */
static bool
parse_value(const char *s, bool money, int64_t *out)
{
	int64_t		v = 0,
				f = 0;
	int			neg = 0,
				nf = 0;

	if (*s == '-')
	{
		neg = 1;
		s++;
	}
	if (*s < '0' || *s > '9')
		return false;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	if (*s == '.')
	{
		s++;
		while (*s >= '0' && *s <= '9' && nf < 6)
		{
			f = f * 10 + (*s++ - '0');
			nf++;
		}
	}
	if (*s != '\0' && *s != '\n')
		return false;
	if (money)
	{
		while (nf++ < 6)
			f *= 10;
		v = v * GDR_MONEY_SCALE + f;
	}
	else if (nf > 0)
		return false;
	*out = neg ? -v : v;
	return true;
}

static void
check_layout(const char *tmpl, const char *layout, char *gold)
{
	char		path[256];
	size_t		len;
	char	   *text;
	gdr_ctx		ctx;
	gdr_report *r = NULL;
	char	   *line,
			   *save = NULL;
	int			nfig = 0,
				bad = 0;

	snprintf(path, sizeof(path), "test/data/dense/%s-%s", tmpl, layout);
	text = tu_read_file(path, &len);
	UNIT_OK(text != NULL, "read %s", path);
	if (text == NULL)
		return;
	gdr_ctx_init(&ctx, &gdr_env_malloc);
	UNIT_EQ_INT(gdr_parse(&ctx, text, len, &r), GDR_OK, "%s: gdr_parse", path);
	if (r == NULL)
	{
		gdr_ctx_free(&ctx);
		free(text);
		return;
	}
	for (line = strtok_r(gold, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		char	   *eq = strchr(line, '=');
		const char *want;
		int			slot;
		int64_t		v = 0;
		bool		ok;

		if (eq == NULL)
			continue;
		*eq = '\0';
		want = eq + 1;
		nfig++;
		if (strcmp(line, "template") == 0)
			ok = strcmp(gdr_template_name(r->tmpl), want) == 0;
		else if (strcmp(line, "year") == 0)
			ok = r->year == atoi(want);
		else if ((slot = gdr_slot_find(line, strlen(line))) < 0)
			ok = false;
		else if (strcmp(want, "null") == 0)
			ok = gdr_present(r, slot) && !gdr_has(r, slot);
		else if (gdr_slots[slot].kind == GDR_UNIT)
			ok = gdr_has(r, slot) && r->val[slot] == (strcmp(want, "元") == 0 ? 0 : 1);
		else
			ok = parse_value(want, gdr_slots[slot].kind == GDR_MONEY, &v) &&
				gdr_has(r, slot) && r->val[slot] == v;
		if (!ok)
		{
			if (bad < 6)
			{
				slot = gdr_slot_find(line, strlen(line));
				printf("#   %s: %s want %s got %s%lld\n", path, line, want,
					   slot >= 0 && gdr_has(r, slot) ? "" : "null/absent ",
					   slot >= 0 ? (long long) r->val[slot] : 0LL);
			}
			bad++;
		}
		*eq = '=';
	}
	UNIT_EQ_INT(bad, 0, "%s: all %d figures", path, nfig);
	gdr_ctx_free(&ctx);
	free(text);
}

int
main(void)
{
	static const char *const tmpls[] = {"2019", "2021"};
	int			t,
				i;

	for (t = 0; t < 2; t++)
	{
		char		path[64];
		size_t		glen;
		char	   *gold;

		snprintf(path, sizeof(path), "test/data/dense/%s.gold", tmpls[t]);
		gold = tu_read_file(path, &glen);
		UNIT_OK(gold != NULL && glen > 1000, "read %s", path);
		if (gold == NULL)
			continue;
		for (i = 0; i < (int) (sizeof(layouts) / sizeof(layouts[0])); i++)
		{
			char	   *copy = strdup(gold);

			check_layout(tmpls[t], layouts[i], copy);
			free(copy);
		}
		free(gold);
	}
	return unit_done();
}
