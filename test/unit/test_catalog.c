/*
 * test_catalog.c -- the slot catalogue: indexes match the enum, paths are
 * unique and findable, and doc/catalog.md lists exactly the catalogue.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "unit.h"

static char *
slurp(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	long		n;
	char	   *buf;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (fread(buf, 1, n, f) != (size_t) n)
		n = 0;
	buf[n] = '\0';
	fclose(f);
	return buf;
}

int
main(void)
{
	int			i,
				j,
				dups = 0,
				unfound = 0,
				undocumented = 0,
				doc_rows = 0;
	char	   *doc;
	const char *p;

	/* spot checks that the designated order matches the enum */
	UNIT_EQ_STR(gdr_slots[GDR_S_APP(GDR_R_NEW, GDR_C_PERSON)].path, "applications.new.person", "first slot");
	UNIT_EQ_STR(gdr_slots[GDR_S_APP(GDR_R_CARRIED_FORWARD, GDR_C_TOTAL)].path, "applications.carried_forward.total", "last table 三 slot");
	UNIT_EQ_STR(gdr_slots[GDR_S_APP(GDR_R_OH_OTHER, GDR_C_LEGAL)].path, "applications.other_handling.other.legal", "2019 其他处理 row");
	UNIT_EQ_STR(gdr_slots[GDR_S_SUBTOTAL(GDR_G_NOT_PROCESSED, GDR_C_OTHER)].path, "applications.printed_subtotals.not_processed.other", "subtotal slot");
	UNIT_EQ_STR(gdr_slots[GDR_S_APPEAL(GDR_A_SUIT_AFTER_REVIEW, GDR_F_PENDING)].path, "appeals.suit_after_review.pending", "appeal slot");
	UNIT_EQ_STR(gdr_slots[GDR_S_APPEAL(GDR_A_SUIT, GDR_F_TOTAL)].path, "appeals.suit.total", "pre-2019 suit slot");
	UNIT_EQ_STR(gdr_slots[GDR_S_REG_ISSUED].path, "active.regulations.issued", "active base");
	UNIT_EQ_STR(gdr_slots[GDR_S_NORM_PUBLIC_TOTAL].path, "active.normative_documents.public_total", "2019 table 二");
	UNIT_EQ_STR(gdr_slots[GDR_S_COER_DECISIONS].path, "active.coercion.decisions", "coercion");
	UNIT_EQ_STR(gdr_slots[GDR_S_FEES_AMOUNT].path, "active.fees.amount", "fees");
	UNIT_EQ_STR(gdr_slots[GDR_S_PROC_AMOUNT_UNIT].path, "active.procurement.amount_unit", "procurement unit");
	UNIT_EQ_STR(gdr_slots[GDR_S_ACTIVE_TOTAL].path, "active.total", "pre-2019 active total");
	UNIT_EQ_STR(gdr_slots[GDR_S_LEGACY_FEES_YUAN].path, "legacy.fees_yuan", "legacy fees");
	UNIT_EQ_STR(gdr_slots[GDR_S_LEGACY_CUM_LAWSUITS].path, "legacy.cumulative.lawsuits", "last legacy slot");
	UNIT_EQ_STR(gdr_slots[GDR_S_N_ACTIVE_TOTAL].path, "narrative.active_total", "first narrative slot");
	UNIT_EQ_STR(gdr_slots[GDR_S_N_FEES_COLLECTED].path, "narrative.fees_collected", "last slot");
	UNIT_EQ_INT(gdr_slots[GDR_S_FEES_AMOUNT].kind, GDR_MONEY, "fees are money");
	UNIT_EQ_INT(gdr_slots[GDR_S_LIC_ITEMS_CHANGE].kind, GDR_SIGNED, "本年增/减 is signed");
	UNIT_EQ_INT(gdr_slots[GDR_S_PROC_AMOUNT_UNIT].kind, GDR_UNIT, "amount_unit is a unit");

	for (i = 0; i < GDR_NSLOTS; i++)
	{
		for (j = i + 1; j < GDR_NSLOTS; j++)
			if (strcmp(gdr_slots[i].path, gdr_slots[j].path) == 0)
				dups++;
		if (gdr_slot_find(gdr_slots[i].path, strlen(gdr_slots[i].path)) != i)
			unfound++;
	}
	UNIT_EQ_INT(dups, 0, "every path is unique");
	UNIT_EQ_INT(unfound, 0, "gdr_slot_find finds every path");
	UNIT_EQ_INT(gdr_slot_find("applications.new", 16), -1, "a prefix is not a slot");
	UNIT_EQ_INT(gdr_slot_find("applications.new.totalx", 23), -1, "an unknown path is not found");
	{
		int			slot = -1;

		UNIT_EQ_INT(gdr_slot_classify("applications.denied", 19, &slot), 2, "a prefix of slots is a prefix");
		UNIT_EQ_INT(gdr_slot_classify("appeals.review.total", 20, &slot), 1, "a slot path is a slot");
		UNIT_EQ_INT(slot, GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_TOTAL), "and the right one");
		UNIT_EQ_INT(gdr_slot_classify("applications.den", 16, &slot), 0, "part of a component is unknown");
		UNIT_EQ_INT(gdr_slot_classify("zzz", 3, &slot), 0, "past the last path is unknown");
	}

	UNIT_EQ_INT(gdr_slot_row(GDR_S_APP(GDR_R_PARTIAL, GDR_C_TOTAL)), GDR_S_APP(GDR_R_PARTIAL, GDR_C_PERSON), "a table 三 cell's row starts at its 自然人 cell");
	UNIT_EQ_INT(gdr_slot_row(GDR_S_REG_MADE), GDR_S_REG_ISSUED, "规章's 2019 and 2021 fields form one row");
	UNIT_OK(gdr_slot_row(GDR_S_NORM_ISSUED) != gdr_slot_row(GDR_S_REG_ISSUED), "规章 and 规范性文件 are different rows");
	UNIT_EQ_INT(gdr_slot_row(GDR_S_N_FEES_COLLECTED), GDR_S_N_ACTIVE_TOTAL, "narrative slots share one parent");

	doc = slurp("doc/catalog.md");
	UNIT_OK(doc != NULL, "doc/catalog.md exists");
	if (doc)
	{
		char		row[1024];

		for (i = 0; i < GDR_NSLOTS; i++)
		{
			static const char *const kinds[] = {"count", "signed", "money", "unit"};

			snprintf(row, sizeof(row), "| `%s` | %s | %s |\n", gdr_slots[i].path,
					 gdr_slots[i].label, kinds[gdr_slots[i].kind]);
			if (strstr(doc, row) == NULL)
			{
				if (undocumented < 5)
					printf("# not in doc/catalog.md: %s", row);
				undocumented++;
			}
		}
		for (p = doc; (p = strstr(p, "\n| `")) != NULL; p++)
			doc_rows++;
		UNIT_EQ_INT(undocumented, 0, "doc/catalog.md documents every slot as the catalogue has it");
		UNIT_EQ_INT(doc_rows, GDR_NSLOTS, "doc/catalog.md has no row the catalogue lacks");
		free(doc);
	}
	{
		/* gdr_slot_under against a brute-force scan of the catalogue */
		static const char *const prefixes[] = {
			"applications", "applications.denied", "appeals.review", "active",
			"narrative", "legacy", "applications.new.total", "app", "nonexistent", ""
		};
		int			k;

		for (k = 0; k < (int) (sizeof(prefixes) / sizeof(prefixes[0])); k++)
		{
			const char *pf = prefixes[k];
			size_t		pl = strlen(pf);
			const int  *under;
			int			n = gdr_slot_under(pf, pl, &under);
			int			want = 0,
						j,
						good = 1;

			for (j = 0; j < GDR_NSLOTS; j++)
				if (strncmp(gdr_slots[j].path, pf, pl) == 0 && gdr_slots[j].path[pl] == '.')
					want++;
			for (j = 0; j < n; j++)
				if (strncmp(gdr_slots[under[j]].path, pf, pl) != 0 ||
					gdr_slots[under[j]].path[pl] != '.')
					good = 0;
			UNIT_OK(n == want && good, "gdr_slot_under(\"%s\"): %d slots, all under it (want %d)",
					pf, n, want);
		}
	}
	{
		/* gdr_slot_row_cells: exactly the slots whose row is that row */
		int			row,
					bad = 0,
					nrows = 0;

		for (row = 0; row < GDR_NSLOTS; row++)
		{
			const int  *cells;
			int			n = gdr_slot_row_cells(row, &cells),
						want = 0,
						j;

			for (j = 0; j < GDR_NSLOTS; j++)
				if (gdr_slot_row(j) == row)
					want++;
			if (n != want)
				bad++;
			for (j = 0; j < n; j++)
				if (gdr_slot_row(cells[j]) != row)
					bad++;
			if (n > 0)
				nrows++;
		}
		UNIT_OK(bad == 0 && nrows > 40, "gdr_slot_row_cells agrees with gdr_slot_row for all %d rows", nrows);
	}
	return unit_done();
}
