/*
 * csv.c -- a report saved from a spreadsheet as CSV (Excel: every record
 * has as many fields as the sheet is wide, cells with commas, quotes or
 * line breaks quoted, "" for a quote).  It becomes tab-separated text, the
 * layout the table readers know: one record per line, the quotes taken off,
 * a line break inside a cell a space (nothing between CJK characters), and the empty fields after a record's
 * only cell dropped (a paragraph in column A is a line of its own; a table
 * row keeps its blank cells).
 *
 * Detected on the raw text, before the normaliser folds the prose's full-
 * width commas into ASCII ones: at least CSV_MIN records, and three in five
 * of the records that hold anything have the same number of fields (4 or
 * more), or (tabula's CSV, each table as wide as itself) three field counts
 * are nine in ten of them.  Prose with ASCII commas has no such regularity.
 *
 * An NLP pipeline's sentence table (a header naming a "text" column and
 * ids: doc_id,para_id,sent_id,char_start,char_end,text,ner) gives its text
 * column alone, a sentence a line: the ids and offsets are no cells.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define CSV_MIN		10
#define CSV_MAXF	64			/* field counts tallied */

/*
 * One record at *pp: its field count (and, when out is not NULL, the
 * record written tab-separated to out).  Returns false at the end.
 */
static bool
csv_record(const char **pp, const char *e, int *nfields, bool *empty,
		   gdr_buf *out)
{
	const char *p = *pp;
	int			nf = 1,
				nfull = 0;		/* fields that hold anything */
	size_t		keep = out ? out->len : 0;	/* end of the last non-empty field */
	bool		full;

	if (p >= e)
		return false;
	*empty = true;
	for (;;)
	{
		full = false;
		/* one field */
		if (p < e && *p == '"')
		{
			p++;
			while (p < e)
			{
				if (*p == '"')
				{
					if (p + 1 < e && p[1] == '"')
					{
						if (out)
							out->data[out->len++] = '"';
						p += 2;
						continue;
					}
					p++;
					break;
				}
				if (*p == '\n' || *p == '\r')
				{
					/*
					 * a line break in a cell: none between two CJK
					 * characters (a label wrapped in its cell, 本年新制作数 /
					 * 量), else a space
					 */
					const char *q = p;

					while (q < e && (*q == '\n' || *q == '\r'))
						q++;
					if (out && !(out->len > 0 && (unsigned char) out->data[out->len - 1] >= 0x80 &&
								 q < e && (unsigned char) *q >= 0xE3 && (unsigned char) *q <= 0xE9))
						out->data[out->len++] = ' ';
					*empty = false;
					full = true;
					p = q;
					continue;
				}
				if (out)
					out->data[out->len++] = *p == '\t' ? ' ' : *p;
				*empty = false;
				full = true;
				p++;
			}
		}
		while (p < e && *p != ',' && *p != '\n' && *p != '\r')
		{
			if (out)
				out->data[out->len++] = *p == '\t' ? ' ' : *p;
			*empty = false;
			full = true;
			p++;
		}
		if (full)
		{
			nfull++;
			if (out)
				keep = out->len;
		}
		if (p < e && *p == ',')
		{
			p++;
			nf++;
			if (out)
				out->data[out->len++] = '\t';
			continue;
		}
		break;
	}
	if (p < e && *p == '\r')
		p++;
	if (p < e && *p == '\n')
		p++;
	if (out)
	{
		/* a paragraph or a heading in column A: the empty fields after it go
		 * (a row of a table keeps its blank cells) */
		if (nfull <= 1)
			out->len = keep;
		out->data[out->len++] = '\n';
	}
	*nfields = nf;
	*pp = p;
	return true;
}

bool
gdr_csv_detect(const char *s, size_t len)
{
	const char *p = s,
			   *e = s + len;
	int			tally[CSV_MAXF + 1];
	int			records = 0,
				wide = 0,		/* records of two fields or more */
				best = 0,
				f;

	memset(tally, 0, sizeof(tally));
	/*
	 * A cheap no for most texts: no ASCII comma in the first 64 KiB that
	 * begins ",,," or ends a quoted cell ("\",") -- memchr from comma to
	 * comma (Chinese prose has full-width ones)
	 */
	{
		const char *lim = s + (len < 65536 ? len : 65536);
		const char *c = s;
		bool		any = false;

		while (!any && c < lim && (c = memchr(c, ',', (size_t) (lim - c))) != NULL)
		{
			any = (lim - c >= 3 && c[1] == ',' && c[2] == ',') ||
				(c > s && c[-1] == '"');
			c++;
		}
		if (!any)
			return false;
	}
	while (records < 4000)
	{
		int			nf;
		bool		empty;

		if (!csv_record(&p, e, &nf, &empty, NULL))
			break;
		if (empty)
			continue;
		records++;
		if (nf >= 2)
			wide++;
		tally[nf < CSV_MAXF ? nf : CSV_MAXF]++;
	}
	for (f = 4; f < CSV_MAXF; f++)
		if (tally[f] > best)
			best = tally[f];
	if (records >= CSV_MIN && 5 * best >= 3 * records)
		return true;
	/*
	 * tabula and camelot write each table as wide as itself: table 二 in 4
	 * fields, table 三 in 10, table 四 in 15; so does xlsx2csv -a, a sheet
	 * after another, the report's text a sheet of one column.  Three
	 * widths (4 or more) that are nine in ten of the records of two fields
	 * or more, the commonest a quarter of them
	 */
	{
		int			top[3] = {0, 0, 0};

		for (f = 4; f < CSV_MAXF; f++)
		{
			int			t = tally[f],
						k;

			for (k = 0; k < 3; k++)
				if (t > top[k])
				{
					int			x = top[k];

					top[k] = t;
					t = x;
				}
		}
		return wide >= CSV_MIN && 4 * best >= wide &&
			10 * (top[0] + top[1] + top[2]) >= 9 * wide;
	}
}

/*
 * xlsx2csv -a writes "-------- N - name" before each sheet: the name's
 * start, or NULL
 */
static const char *
sheet_separator(const char *p, const char *e)
{
	const char *q = p + 9;

	if (e - p < 13 || memcmp(p, "-------- ", 9) != 0 || *q < '0' || *q > '9')
		return NULL;
	while (q < e && *q >= '0' && *q <= '9')
		q++;
	if (e - q < 3 || memcmp(q, " - ", 3) != 0)
		return NULL;
	return q + 3;
}

/*
 * An NLP pipeline's export, a sentence per record (doc_id,para_id,sent_id,
 * char_start,char_end,text,ner): the header names a column "text" (or
 * "sentence") and ids ("…_id").  Its index, or -1.
 */
static int
text_column(const char *s, const char *e)
{
	const char *nl = memchr(s, '\n', (size_t) (e - s));
	const char *p = s;
	int			k = 0,
				tcol = -1;
	bool		ids = false;

	if (nl == NULL || nl - s > 512)
		return -1;
	while (p < nl)
	{
		const char *f = p;
		size_t		n;

		while (p < nl && *p != ',' && *p != '\r')
			p++;
		n = (size_t) (p - f);
		if ((n == 4 && memcmp(f, "text", 4) == 0) || (n == 8 && memcmp(f, "sentence", 8) == 0))
			tcol = k;
		if (n > 3 && memcmp(f + n - 3, "_id", 3) == 0)
			ids = true;
		if (p < nl && *p == ',')
			p++;
		else
			break;
		k++;
	}
	return ids ? tcol : -1;
}

/* the record just written at out[at..): its field k alone, on its line */
static void
keep_field(gdr_buf *out, size_t at, int k)
{
	char	   *f = out->data + at,
			   *end = out->data + out->len;
	char	   *t;

	if (end > f && end[-1] == '\n')
		end--;
	for (; k > 0 && f < end; k--)
	{
		t = memchr(f, '\t', (size_t) (end - f));
		f = t ? t + 1 : end;
	}
	t = memchr(f, '\t', (size_t) (end - f));
	if (t == NULL)
		t = end;
	memmove(out->data + at, f, (size_t) (t - f));
	out->len = at + (size_t) (t - f);
	out->data[out->len++] = '\n';
}

bool
gdr_csv_to_tsv(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *e = s + len;
	int			tcol = text_column(s, e);

	if (tcol >= 0)
	{
		/* a sentence per record: the sentences, a line each */
		const char *nl = memchr(s, '\n', len);

		p = nl + 1;
	}

	/* the output is never longer than the input plus a newline */
	if (!gdr_buf_reserve(ctx, out, len + 2))
		return false;
	for (;;)
	{
		const char *start = p;
		int			nf;
		bool		empty;
		size_t		at;
		const char *name;

		if ((name = sheet_separator(p, e)) != NULL)
		{
			/*
			 * xlsx2csv -a's "-------- 3 - 表三" between sheets: a blank
			 * line, then the sheet's name alone (its number would read as
			 * a cell of the last row above)
			 */
			const char *eol = memchr(name, '\n', (size_t) (e - name));

			if (eol == NULL)
				eol = e;
			out->data[out->len++] = '\n';
			memcpy(out->data + out->len, name, (size_t) (eol - name));
			out->len += (size_t) (eol - name);
			while (out->len > 0 && out->data[out->len - 1] == '\r')
				out->len--;
			out->data[out->len++] = '\n';
			p = eol < e ? eol + 1 : e;
			continue;
		}
		at = out->len;
		if (!csv_record(&p, e, &nf, &empty, out))
			break;
		if (tcol >= 0)
			keep_field(out, at, tcol);
		if (gdr_work(ctx, (size_t) (p - start)))
			return false;
	}
	out->data[out->len] = '\0';
	return true;
}
