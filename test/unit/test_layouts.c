/*
 * test_layouts.c -- one report (seed 001's tables 三 and 四) rendered into
 * every layout gdr reads (test/data/layouts/001-*, made by make.py): tab
 * rows, pipes, markdown, single spaces, run-together digits, HTML with
 * rowspan/colspan, traditional characters, full-width digits and
 * punctuation.  Every one must give the same tables through gdr_parse().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"
#include "testutil.h"


#define slurp(path, len) tu_read_file((path), (len))

static int64_t want[GDR_NAPPROWS][GDR_NAPPCOLS];

int
main(void)
{
	static const char *files[] = {"001-tabs.txt", "001-pipes.txt", "001-markdown.md",
		"001-spaces.txt", "001-runtogether.txt", "001-html.html", "001-hant.txt",
	"001-fullwidth.txt"};
	/* table 四: only 复议·结果纠正 1 and the three totals are printed */
	static const int t4set[] = {GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_CORRECTED),
		GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_TOTAL), GDR_S_APPEAL(GDR_A_SUIT_DIRECT, GDR_F_TOTAL),
	GDR_S_APPEAL(GDR_A_SUIT_AFTER_REVIEW, GDR_F_TOTAL)};
	static const int64_t t4val[] = {1, 1, 0, 0};
	int			i;

	memset(want, 0, sizeof(want));
	want[GDR_R_NEW][0] = 23;
	want[GDR_R_NEW][1] = 4;
	want[GDR_R_NEW][6] = 27;
	want[GDR_R_GRANTED][0] = 20;
	want[GDR_R_GRANTED][6] = 20;
	want[GDR_R_PARTIAL][1] = 2;
	want[GDR_R_PARTIAL][6] = 2;
	want[GDR_R_DENIED_QUERY][0] = 2;
	want[GDR_R_DENIED_QUERY][6] = 2;
	want[GDR_R_PROCESSED][0] = 22;
	want[GDR_R_PROCESSED][1] = 2;
	want[GDR_R_PROCESSED][6] = 24;
	want[GDR_R_CARRIED_FORWARD][0] = 1;
	want[GDR_R_CARRIED_FORWARD][1] = 2;
	want[GDR_R_CARRIED_FORWARD][6] = 3;

	for (i = 0; i < (int) (sizeof(files) / sizeof(files[0])); i++)
	{
		char		path[256];
		size_t		len;
		char	   *text;
		gdr_ctx		ctx;
		gdr_report *r = NULL;
		gdr_status	st;
		int			row,
					c,
					k,
					bad = 0;

		snprintf(path, sizeof(path), "test/data/layouts/%s", files[i]);
		text = slurp(path, &len);
		UNIT_OK(text != NULL, "read %s", path);
		if (text == NULL)
			continue;
		gdr_ctx_init(&ctx, &gdr_env_malloc);
		st = gdr_parse(&ctx, text, len, &r);
		UNIT_EQ_INT(st, GDR_OK, "%s: gdr_parse ok", files[i]);
		if (st != GDR_OK || r == NULL)
		{
			gdr_ctx_free(&ctx);
			free(text);
			continue;
		}
		for (row = 0; row < GDR_NAPPROWS; row++)
			for (c = 0; c < GDR_NAPPCOLS; c++)
			{
				int			s = GDR_S_APP(row, c);

				if (!gdr_has(r, s) || r->val[s] != want[row][c])
				{
					if (bad < 3)
						printf("#   %s: %s got %s%lld want %lld\n", files[i], gdr_slots[s].path,
							   gdr_has(r, s) ? "" : "null ", (long long) r->val[s],
							   (long long) want[row][c]);
					bad++;
				}
			}
		UNIT_EQ_INT(bad, 0, "%s: the 175 cells of table 三", files[i]);
		bad = 0;
		for (k = 0; k < GDR_NAPPEALKINDS * GDR_NAPPEALFIELDS; k++)
		{
			int			s = GDR_S_APPEAL_BASE + k;
			int			j;
			bool		isset = false;

			if (s >= GDR_S_APPEAL(GDR_A_SUIT, 0))
				break;
			for (j = 0; j < 4; j++)
				if (t4set[j] == s)
				{
					isset = true;
					if (!gdr_has(r, s) || r->val[s] != t4val[j])
						bad++;
				}
			if (!isset && (gdr_has(r, s) || !gdr_present(r, s)))
			{
				if (bad < 3)
					printf("#   %s: %s should be a blank (null) cell\n", files[i], gdr_slots[s].path);
				bad++;
			}
		}
		UNIT_EQ_INT(bad, 0, "%s: table 四 (4 printed cells, 11 blanks as null)", files[i]);
		UNIT_EQ_INT(r->tmpl, GDR_TPL_2021, "%s: template 2021", files[i]);
		gdr_ctx_free(&ctx);
		free(text);
	}
	return unit_done();
}
