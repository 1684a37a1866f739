/*
 * appcols.c -- the order of table 三's seven numeric columns as its header
 * prints them.  The template's order is 自然人, 商业企业, 科研机构,
 * 社会公益组织, 法律服务机构, 其他, 总计; some reports move 总计 first or
 * swap two of the 法人或其他组织 columns.
 *
 * The header is read only where a single line of it names the five
 * 法人或其他组织 columns (a table row of an HTML, LaTeX or spreadsheet
 * export with its spans repeated, a pipe table's third header row, a
 * pdftotext -layout line): their left-to-right order is certain there.
 * 自然人 and 总计 are placed from that line when it names them too, or else
 * from a line naming 自然人, 法人或其他组织 and 总计 together.  Text with a
 * header cell per line (Word's text) names no such line: there the lines
 * that are a label and nothing else give the order (cell_lines_order).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE			/* memrchr */
#endif
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define LINE_MAX_BYTES	2048
#define MAX_LINES		32		/* lines with 企 or 然 looked at */

enum
{
	L_PERSON, L_BUSINESS, L_RESEARCH, L_NONPROFIT, L_LEGAL, L_OTHER, L_TOTAL,
	L_GROUP, NLABELS
};

static const char *const words[NLABELS] = {
	"自然人", "商业企业", "科研机构", "公益组织", "法律服务机构", "其他", "总计",
	"法人"
};

/*
 * The first position of each label in the line b[0..n) (whitespace and
 * cell separators taken out), -1 where absent; false when a label other
 * than 法人或其他组织 (repeated under a span) is there twice.
 */
static bool
find_labels(char *b, int n, int pos[NLABELS])
{
	int			k;

	for (k = 0; k < NLABELS; k++)
		pos[k] = -1;
	/* 法人或其他组织 (法人或者其他组织 …): its 其他 is no column */
	{
		char	   *p = b;

		while ((p = gdr_memmem(p, (size_t) (b + n - p), "法人", 6)) != NULL)
		{
			char	   *z = gdr_memmem(p, (size_t) (b + n - p < 30 ? b + n - p : 30), "组织", 6);

			if (pos[L_GROUP] < 0)
				pos[L_GROUP] = (int) (p - b);
			if (z == NULL)
				break;
			memset(p, '#', (size_t) (z + 6 - p));
			p = z + 6;
		}
	}
	for (k = 0; k < L_GROUP; k++)
	{
		char	   *p = gdr_memmem(b, (size_t) n, words[k], strlen(words[k]));

		if (p == NULL)
			continue;
		pos[k] = (int) (p - b);
		if (gdr_memmem(p + 1, (size_t) (b + n - p - 1), words[k], strlen(words[k])) != NULL)
			return false;
	}
	return true;
}

/* the labels' order: indices into L_* of the positions, ascending */
static void
by_position(const int *pos, const int *which, int n, int *out)
{
	int			i,
				j;

	for (i = 0; i < n; i++)
		out[i] = which[i];
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && pos[out[j]] < pos[out[j - 1]]; j--)
		{
			int			t = out[j];

			out[j] = out[j - 1];
			out[j - 1] = t;
		}
}

/*
 * A header with a cell per line (Word's text, docx2txt): the lines that
 * are a label and nothing else, in the text's order.  The five 法人 columns
 * must be lines one after another (blank lines between them aside), each
 * named once, and 自然人, 法人或其他组织 and 总计 each once: their order is
 * then the header's, as the cells of each header row come left to right.
 */
static bool
cell_lines_order(const char *s, size_t len, int subo[5], int topo[3])
{
	const char *p = s,
			   *e = s + len;
	int			nsub = 0,
				ntop = 0,
				seen[NLABELS],
				k;
	bool		sub_open = false,
				sub_closed = false;

	memset(seen, 0, sizeof(seen));
	while (p < e)
	{
		const char *nl = memchr(p, '\n', (size_t) (e - p));
		const char *a = p,
				   *b = nl ? nl : e;
		int			which = -1;

		p = nl ? nl + 1 : e;
		while (a < b && (*a == ' ' || *a == '\t' || *a == '\r' || *a == '|'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r' || b[-1] == '|'))
			b--;
		if (a == b)
			continue;			/* a blank line: an empty cell */
		if (b - a >= 12 && memcmp(a, "法人", 6) == 0 && memcmp(b - 6, "组织", 6) == 0 &&
			b - a <= 30)
			which = L_GROUP;
		else
			for (k = 0; k < L_GROUP; k++)
			{
				size_t		wl = strlen(words[k]);

				/* (社会公益组织: the word is its tail) */
				if ((size_t) (b - a) == wl + (k == L_NONPROFIT ? 6 : 0) &&
					memcmp(b - wl, words[k], wl) == 0 &&
					(k != L_NONPROFIT || memcmp(a, "社会", 6) == 0))
					which = k;
			}
		if (which < 0)
		{
			if (sub_open)
				sub_closed = true;
			continue;
		}
		if (seen[which]++)
			return false;
		if (which == L_PERSON || which == L_GROUP || which == L_TOTAL)
		{
			if (sub_open)
				sub_closed = true;
			topo[ntop++] = which;
		}
		else
		{
			if (sub_closed)
				return false;
			sub_open = true;
			subo[nsub++] = which;
		}
	}
	return nsub == 5 && ntop == 3;
}

bool
gdr_app_header_order(const char *s, size_t len, int order[GDR_NAPPCOLS])
{
	static const int sub[5] = {L_BUSINESS, L_RESEARCH, L_NONPROFIT, L_LEGAL, L_OTHER};
	static const int top[3] = {L_PERSON, L_GROUP, L_TOTAL};
	const char *p,
			   *e = s + len;
	char		b[LINE_MAX_BYTES];
	int			subo[5],
				topo[3];
	bool		have_sub = false,
				have_top = false;
	int			i,
				k;

	const char *lines[MAX_LINES];
	int			nlines = 0,
				li;

	/*
	 * Only a line with 企 (商业企业) or 然 (自然人) can tell the order: their
	 * lines' starts, in the text's order
	 */
	for (k = 0; k < 2; k++)
	{
		const char *w = k == 0 ? "企" : "然";
		const char *q = s;

		while (nlines < MAX_LINES && (q = gdr_memmem(q, (size_t) (e - q), w, 3)) != NULL)
		{
			const char *ls = memrchr(s, '\n', (size_t) (q - s));
			int			j;

			ls = ls ? ls + 1 : s;
			for (j = 0; j < nlines && lines[j] != ls; j++)
				;
			if (j == nlines)
			{
				/* insert in order */
				for (j = nlines++; j > 0 && lines[j - 1] > ls; j--)
					lines[j] = lines[j - 1];
				lines[j] = ls;
			}
			q += 3;
		}
	}
	for (li = 0; li < nlines && !(have_sub && have_top); li++)
	{
		const char *nl,
				   *le;
		int			n = 0,
					pos[NLABELS];
		bool		all_sub = true;

		p = lines[li];
		nl = memchr(p, '\n', (size_t) (e - p));
		le = nl ? nl : e;
		/* the line without its blanks and separators */
		for (; p < le && n < LINE_MAX_BYTES; p++)
			if (*p != ' ' && *p != '\t' && *p != '|' && *p != '\r')
				b[n++] = *p;
		if (n < 9)
			continue;
		if (!find_labels(b, n, pos))
			continue;
		for (k = 0; k < 5; k++)
			if (pos[sub[k]] < 0)
				all_sub = false;
		if (all_sub && !have_sub)
		{
			by_position(pos, sub, 5, subo);
			have_sub = true;
			if (pos[L_PERSON] >= 0 && pos[L_TOTAL] >= 0 && !have_top)
			{
				/* the group stands where it is named (run-together
				 * text: 自然人法人或其他组织总计商业企业…), or else
				 * where its first column is */
				if (pos[L_GROUP] < 0)
					pos[L_GROUP] = pos[subo[0]];
				by_position(pos, top, 3, topo);
				have_top = true;
			}
		}
		else if (!have_top && pos[L_PERSON] >= 0 && pos[L_TOTAL] >= 0 && pos[L_GROUP] >= 0)
		{
			by_position(pos, top, 3, topo);
			have_top = true;
		}
	}
	if ((!have_sub || !have_top) && !cell_lines_order(s, len, subo, topo))
		return false;
	/*
	 * 自然人 heads the applicants (总计 may come first): an order that puts
	 * it elsewhere is a header the text has scrambled (a span misread, two
	 * header lines run together), and no arithmetic could tell
	 */
	if (!((topo[0] == L_PERSON && topo[1] == L_GROUP) ||
		  (topo[0] == L_TOTAL && topo[1] == L_PERSON)))
		return false;
	for (i = 0, k = 0; i < 3; i++)
	{
		int			j;

		if (topo[i] != L_GROUP)
			order[k++] = topo[i];
		else
			for (j = 0; j < 5; j++)
				order[k++] = subo[j];
	}
	return true;
}
