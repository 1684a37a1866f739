/*
 * parse.c -- the parser's pipeline: HTML -> normalise -> grid rows joined ->
 * letter-spacing closed up -> tables -> prose (outside the table bodies) ->
 * template.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

/* w[i..j] reversed */
static void
reverse_warnings(gdr_warning *w, int i, int j)
{
	for (; i < j; i++, j--)
	{
		gdr_warning t = w[i];

		w[i] = w[j];
		w[j] = t;
	}
}

/* w[0..k) w[k..n) -> w[k..n) w[0..k), in place */
static void
rotate_warnings(gdr_warning *w, int k, int n)
{
	if (k <= 0 || k >= n)
		return;
	reverse_warnings(w, 0, k - 1);
	reverse_warnings(w, k, n - 1);
	reverse_warnings(w, 0, n - 1);
}

/* the length of s's first three non-blank lines (at most 512 bytes) */
static size_t
title_lines(const char *s, size_t len)
{
	size_t		p = 0;
	int			n = 0;

	if (s == NULL)
		return 0;
	if (len > 512)
		len = 512;
	while (p < len && n < 3)
	{
		const char *e = memchr(s + p, '\n', len - p);
		size_t		q = e ? (size_t) (e - s) : len;
		size_t		k;

		for (k = p; k < q && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'); k++)
			;
		if (k < q)
			n++;
		p = q + 1;
	}
	return p < len ? p : len;
}

/* *norm closed up (spaced.c) */
static bool
close_spaced(gdr_ctx *ctx, gdr_buf *norm)
{
	gdr_buf		closed = {0};

	if (!gdr_spaced_close(ctx, norm->data ? norm->data : "", norm->len, &closed))
		return false;
	*norm = closed;
	return true;
}

typedef bool (*rewrite_step) (gdr_ctx *, const char *, size_t, gdr_buf *, bool *);

/* *norm through a rewriting step; *changed says whether it changed it */
static bool
rewrite_ch(gdr_ctx *ctx, gdr_buf *norm, rewrite_step step, bool *changed)
{
	gdr_buf		out = {0};

	if (!step(ctx, norm->data ? norm->data : "", norm->len, &out, changed))
		return false;
	if (*changed)
		*norm = out;
	return true;
}

/* *norm through a rewriting step (grid rows joined, lines unwrapped) */
static bool
rewrite(gdr_ctx *ctx, gdr_buf *norm, rewrite_step step)
{
	bool		changed;

	return rewrite_ch(ctx, norm, step, &changed);
}

/*
 * Forms the text may arrive in that are rewritten before the normaliser, in
 * the order they are tried
 */
/*
 * The marks some detectors cannot do without, looked for in one pass
 * (gdr_memmem_set) before any of them runs: a detector whose marks are all
 * absent is not called.  Before the normaliser, on the text as it came:
 */
enum
{
	RM_BR,						/* <br (mdpipe) */
	RM_COL,						/* |Col (mdpipe) */
	RM_TR,						/* [tr] (BBCode) */
	RM_ADOC,					/* |=== (AsciiDoc) */
	RM_SPANS					/* ]{. (pandoc's spans) */
};
static const gdr_needle raw_marks[] = {
	{"<br", 3}, {"|Col", 4}, {"[tr]", 4}, {"|===", 4}, {"]{.", 3}
};

#define RM(x) (1u << RM_##x)

/* and after it, on the normalised text */
enum
{
	NM_ERRATUM,					/* 为“ (errata.c) */
	NM_MAIL,					/* 邮件 (quote.c) */
	NM_ATTACH,					/* 附件 (attach.c) */
	NM_EN_DASH,					/* – (page footers) */
	NM_EM_DASH					/* — */
};
static const gdr_needle norm_marks[] = {
	{"为“", 6}, {"邮件", 6}, {"附件", 6}, {"–", 3}, {"—", 3}
};

#define NM(x) (1u << NM_##x)

/* (gdr_memmem_set looks for GDR_NEEDLES_MAX at most: a mark past them would never be found) */
typedef char raw_marks_fit[sizeof(raw_marks) / sizeof(raw_marks[0]) <= GDR_NEEDLES_MAX ? 1 : -1];
typedef char norm_marks_fit[sizeof(norm_marks) / sizeof(norm_marks[0]) <= GDR_NEEDLES_MAX ? 1 : -1];

/* the marks of norm_marks in *b */
static uint32_t
norm_marks_in(const gdr_buf *b)
{
	return gdr_memmem_set(b->data ? b->data : "", b->len, norm_marks,
						  (int) (sizeof(norm_marks) / sizeof(norm_marks[0])));
}

static const struct
{
	bool		(*detect) (const char *s, size_t len);
	bool		(*to_text) (gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
	uint32_t	need;			/* RM() marks, one of which it needs; 0: none */
}			converters[] =
{
	/* an iCalendar file: the report in an event's DESCRIPTION, unfolded */
	{gdr_ics_detect, gdr_ics_to_text, 0},
	/* a PDF form's fields as pdftk lists them: an HTML page of its tables */
	{gdr_pdftk_detect, gdr_pdftk_to_text, 0},
	/* a .docx's document.xml: through the HTML reader (before it) */
	{gdr_docx_detect, gdr_docx_to_text, 0},
	/* OpenDocument's content.xml or a flat .fodt: the same way */
	{gdr_odt_detect, gdr_odt_to_text, 0},
	/* RTF: through ICU (its code page) and the HTML reader */
	{gdr_rtf_detect, gdr_rtf_to_text, 0},
	/* pdftotext -bbox-layout's XHTML word boxes: as -layout text (before
	 * the HTML reader) */
	{gdr_bbox_detect, gdr_bbox_to_text, 0},
	/* MuPDF's structured text (mutool draw -F stext): the same way */
	{gdr_stext_detect, gdr_stext_to_text, 0},
	/* poppler's pdftohtml -xml: its text runs the same way */
	{gdr_pdf2xml_detect, gdr_pdf2xml_to_text, 0},
	/* HTML: one line per table row, spans expanded */
	{gdr_html_detect, gdr_html_to_text, 0},
	/* word boxes (pdftotext -tsv): laid out again as -layout text (before
	 * CSV: its rows are tab-separated too) */
	{gdr_tsv_detect, gdr_tsv_to_text, 0},
	/* a spreadsheet saved as CSV: tab-separated, as copied from it */
	{gdr_csv_detect, gdr_csv_to_tsv, 0},
	/* LaTeX source: its text, a table row per line */
	{gdr_latex_detect, gdr_latex_to_text, 0},
	/* markdown whose tables are inline HTML lines: those through the HTML
	 * reader (after it: a page is read whole) */
	{gdr_inline_tables_detect, gdr_inline_tables_to_text, 0},
	/* markdown pipe tables with <br> in cells and Col2 placeholders */
	{gdr_mdpipe_detect, gdr_mdpipe_to_text, RM(BR) | RM(COL)},
	/* MediaWiki markup: its tables through the HTML reader */
	{gdr_wiki_detect, gdr_wiki_to_text, 0},
	/* reStructuredText list tables: a row per line */
	{gdr_rst_detect, gdr_rst_to_text, 0},
	/* a forum's BBCode: its tables through the HTML reader */
	{gdr_bbcode_detect, gdr_bbcode_to_text, RM(TR)},
	/* AsciiDoc tables (|===), rows wrapped over lines: a row per line */
	{gdr_adoc_detect, gdr_adoc_to_text, RM(ADOC)},
	/* table rows printed as Python lists: tab-separated */
	{gdr_pylist_detect, gdr_pylist_to_tsv, 0},
};

/*
 * *text[0..*len) through a decoding step when its detector recognises it
 * (*text and *len become the step's output); *done says whether it did
 */
static bool
decode(gdr_ctx *ctx, bool (*detect) (const char *, size_t),
	   bool (*step) (gdr_ctx *, const char *, size_t, gdr_buf *),
	   const char **text, size_t *len, bool *done)
{
	gdr_buf		dec = {0};

	*done = false;
	if (!detect(*text, *len))
		return true;
	if (!step(ctx, *text, *len, &dec))
		return false;
	*text = dec.data ? dec.data : "";
	*len = dec.len;
	*done = true;
	return true;
}

/* table 三's rows lost, by the warnings from the nw0-th on */
static int
rows_lost(const gdr_report *r, int nw0)
{
	int			i,
				n = 0;

	for (i = nw0; i < r->nwarnings; i++)
	{
		const char *c = r->warnings[i].code;

		if (strcmp(c, "row_not_found") == 0 || strcmp(c, "row_label_displaced") == 0 ||
			strcmp(c, "row_duplicate") == 0 || strcmp(c, "row_cells_missing") == 0 ||
			strcmp(c, "row_cells_unplaceable") == 0)
			n++;
	}
	return n;
}

gdr_status
gdr_parse(gdr_ctx *ctx, const char *text, size_t len, gdr_report **out)
{
	gdr_report *r;
	gdr_buf		plain = {0};
	gdr_buf		norm = {0};
	gdr_script	script = GDR_SCRIPT_HANS;
	gdr_tblinfo ti;
	int			ntw,
				nw0;
	uint32_t	marks;
	bool		grid,
				done,
				spaced,
				pages,
				paged;
	int			i;

	*out = NULL;
	r = gdr_alloc0(ctx, sizeof(gdr_report));
	if (r == NULL)
		return (gdr_status) ctx->status;

	/* a page's bytes decoded in the wrong charset (Latin-1) and stored so */
	if (gdr_mojibake_detect(text, len))
	{
		gdr_buf		fixed = {0};
		const char *cs;

		if (!gdr_mojibake_fix(ctx, text, len, &fixed, &cs))
			return (gdr_status) ctx->status;
		if (cs != NULL)
		{
			text = fixed.data;
			len = fixed.len;
			gdr_warn(ctx, r, "mojibake", NULL,
					 "the text is %s bytes that were read as Latin-1 (or Windows-1252) and stored so (Õþ¸® or æ”¿åºœ for 政府): it is read as %s",
					 cs, cs);
		}
	}
	/* a crawler's JSON record: its text (and header fields) decoded */
	if (!decode(ctx, gdr_json_detect, gdr_json_to_text, &text, &len, &done))
		return (gdr_status) ctx->status;
	/* a web archive record (WARC): the page its response carries */
	if (gdr_warc_detect(text, len))
	{
		size_t		off,
					blen;

		if (gdr_warc_body(text, len, &off, &blen))
		{
			text += off;
			len = blen;
		}
	}
	/* a diff (git show of the commit that corrected a report): its new side */
	if (!decode(ctx, gdr_diff_detect, gdr_diff_to_text, &text, &len, &done))
		return (gdr_status) ctx->status;
	if (done)
		gdr_warn(ctx, r, "diff_new_side", NULL,
				 "the text is a diff (git show): only its new version (context and added lines) is read");
	/* an .xlsx's XML parts (shared strings, a sheet): an HTML table */
	if (!decode(ctx, gdr_xlsx_detect, gdr_xlsx_to_html, &text, &len, &done))
		return (gdr_status) ctx->status;
	/* UnRTF's HTML: its tables' cells stand before their <td>s */
	if (!decode(ctx, gdr_unrtf_detect, gdr_unrtf_to_html, &text, &len, &done))
		return (gdr_status) ctx->status;
	/* a mailbox (mbox): the message with the longest text, decoded */
	if (gdr_mbox_detect(text, len))
	{
		gdr_buf		dec = {0};
		int			nmsg,
					picked;

		if (!gdr_mbox_pick(ctx, text, len, &dec, &nmsg, &picked))
			return (gdr_status) ctx->status;
		if (picked > 0)
		{
			text = dec.data;
			len = dec.len;
			gdr_warn(ctx, r, "mailbox_message", NULL,
					 "the text is a mailbox of %d messages: only message %d, the one with the longest text, is read",
					 nmsg, picked);
		}
	}
	/* a page saved as MHTML: its HTML part, decoded, for the HTML reader */
	if (!decode(ctx, gdr_mhtml_detect, gdr_mhtml_to_text, &text, &len, &done))
		return (gdr_status) ctx->status;
	/* an RSS or Atom feed: the item that is the report, as an HTML page */
	if (!decode(ctx, gdr_feed_detect, gdr_feed_to_text, &text, &len, &done))
		return (gdr_status) ctx->status;
	/* a website's database dump (mysqldump, sqlite3 .dump): its article */
	if (!decode(ctx, gdr_sqldump_detect, gdr_sqldump_to_text, &text, &len, &done))
		return (gdr_status) ctx->status;
	/* markup and dumps: the rows and text the readers know (the first that
	 * recognises the text) */
	marks = gdr_memmem_set(text, len, raw_marks, (int) (sizeof(raw_marks) / sizeof(raw_marks[0])));
	for (i = 0; i < (int) (sizeof(converters) / sizeof(converters[0])); i++)
		if ((converters[i].need == 0 || (marks & converters[i].need) != 0) &&
			converters[i].detect(text, len))
		{
			if (!converters[i].to_text(ctx, text, len, &plain))
				return (gdr_status) ctx->status;
			text = plain.data ? plain.data : "";
			len = plain.len;
			/* (a new text: its marks are not known) */
			marks = ~0u;
			break;
		}
	/* pandoc's spans ([826]{.insertion …}): a .docx's changes accepted */
	if ((marks & RM(SPANS)) &&
		!decode(ctx, gdr_spans_detect, gdr_spans_strip, &text, &len, &done))
		return (gdr_status) ctx->status;
	/* UnRTF's output: a Latin-1 character after every Chinese one */
	if (!decode(ctx, gdr_strays_detect, gdr_strays_strip, &text, &len, &done))
		return (gdr_status) ctx->status;
	pages = memchr(text, '\f', len) != NULL;
	if (!gdr_normalize_grid(ctx, text, len, &norm, &script, &grid))
		return (gdr_status) ctx->status;
	r->script = script;
	/* grid tables (pandoc) whose cells wrap: one line per row */
	if (grid && !rewrite(ctx, &norm, gdr_grid_join))
		return (gdr_status) ctx->status;

	/* vertically set text (a character a line): its columns joined */
	if (!rewrite(ctx, &norm, gdr_vertical))
		return (gdr_status) ctx->status;

	/* a title split over two markdown headings: one heading */
	{
		size_t		k = 0;

		while (k < norm.len && k < 256 && (norm.data[k] == '\n' || norm.data[k] == ' ' ||
										   norm.data[k] == '\r'))
			k++;
		if (k < norm.len && norm.data[k] == '#' && !rewrite(ctx, &norm, gdr_md_title_join))
			return (gdr_status) ctx->status;
	}

	/* a report quoted in an e-mail reply: the "> " prefixes off */
	if (gdr_quoted_any(norm.data ? norm.data : "", norm.len))
	{
		gdr_buf		unq = {0};

		if (!gdr_unquote(ctx, norm.data ? norm.data : "", norm.len, &unq))
			return (gdr_status) ctx->status;
		norm = unq;
	}

	/* OCR text: the table rules read as '|' off, O and l in numbers as 0, 1 */
	if (gdr_ocr_any(norm.data ? norm.data : "", norm.len))
	{
		gdr_buf		clean = {0};
		int			fixed;

		if (!gdr_ocr_clean(ctx, norm.data ? norm.data : "", norm.len, &clean, &fixed))
			return (gdr_status) ctx->status;
		norm = clean;
		if (fixed > 0)
			gdr_warn(ctx, r, "ocr_digits", NULL,
					 "%d numbers written with the letters O or l (OCR) were read with 0 and 1",
					 fixed);
	}

	/*
	 * Prose hard-wrapped at the page's width: its paragraphs.  Only in
	 * text with pages (pdftotext ends each with a form feed, which the
	 * normaliser turned into a line break): the test costs a pass over the
	 * lines, and it would run on every report.  Text pasted from a PDF
	 * viewer has no form feeds, but its page footers (— 1 —) are there.
	 */
	marks = norm_marks_in(&norm);
	paged = pages || gdr_page_footers_dashes(norm.data ? norm.data : "", norm.len,
											 (marks & (NM(EN_DASH) | NM(EM_DASH))) != 0);
	if (paged)
	{
		bool		joined;

		if (!rewrite_ch(ctx, &norm, gdr_unwrap, &joined))
			return (gdr_status) ctx->status;
		if (joined)
			marks = norm_marks_in(&norm);	/* a mark may span lines joined */
	}

	/* a correction notice after the report: its figures, not the body's */
	if (marks & NM(ERRATUM))
	{
		gdr_buf		fixed_text = {0};
		int			fixed;

		if (!gdr_errata(ctx, norm.data ? norm.data : "", norm.len, &fixed_text, &fixed))
			return (gdr_status) ctx->status;
		if (fixed > 0)
		{
			norm = fixed_text;
			marks = norm_marks_in(&norm);
			gdr_warn(ctx, r, "erratum", NULL,
					 "the report's correction notice (“…”应为“…”) changes %d of the figures printed before it; they are read as corrected",
					 fixed);
		}
	}

	/* a reply e-mail: the message it quotes below the report is not read */
	if (marks & NM(MAIL))
	{
		size_t		at = gdr_quoted_original(norm.data ? norm.data : "", norm.len);

		if (at > 0)
		{
			norm.len = at;
			norm.data[at] = '\0';
			gdr_warn(ctx, r, "quoted_message", NULL,
					 "the text is an e-mail reply: the message it quotes after the report (原始邮件) is not read");
		}
	}

	/* a 通报 or a 函 with the report as its attachment: the report alone */
	if (marks & NM(ATTACH))
	{
		size_t		at = gdr_attached_report(norm.data ? norm.data : "", norm.len);

		if (at > 0)
		{
			norm.data += at;
			norm.len -= at;
			norm.cap -= at;
			gdr_warn(ctx, r, "cover_document", NULL,
					 "the text is a cover document (通报, 通知 or 函) with the report attached: only the attachment is read");
		}
	}

	/*
	 * Tables 三 and 四 read column by column (pdftotext's default mode,
	 * which ends each page with a form feed): one line per row
	 */
	if (pages && (!rewrite(ctx, &norm, gdr_colmajor2) || !rewrite(ctx, &norm, gdr_colmajor) ||
				  !rewrite(ctx, &norm, gdr_colmajor4)))
		return (gdr_status) ctx->status;
	/* a PDF viewer's copy (page footers, no form feeds): table 三's labels,
	 * then its rows' values */
	if (!pages && paged && !rewrite(ctx, &norm, gdr_colmajor))
		return (gdr_status) ctx->status;
	/* table 三's last columns printed on a page of their own (a PDF's text:
	 * form feeds or page footers) */
	if (paged && !rewrite(ctx, &norm, gdr_colpages))
		return (gdr_status) ctx->status;

	/*
	 * Letter-spaced text (北 沙 县 人 民 政 府 2 0 1 9 年): closed up when its
	 * title is (its first three lines that hold anything), or, below, when no
	 * table is found in it
	 */
	spaced = gdr_spaced_any(norm.data ? norm.data : "", title_lines(norm.data, norm.len));
	if (spaced && !close_spaced(ctx, &norm))
		return (gdr_status) ctx->status;

	/*
	 * Tables first: the prose stage skips the table bodies they read (their
	 * labels and cells are not sentences, and they are a good part of the
	 * text).  The template comes last: when the tables' shape does not tell
	 * it, the report's year (from the prose) does.
	 */
	nw0 = r->nwarnings;
	if (!gdr_tables_read(ctx, norm.data ? norm.data : "", norm.len, r, &ti))
		return (gdr_status) ctx->status;
	/*
	 * Table 三 with rows lost: if its group labels came in pieces before
	 * its rows' labels (a PDF's narrow label columns), read again with them
	 * whole, into a new report, kept if it loses fewer rows.  (Only then:
	 * the search costs a few passes over the text.)
	 */
	if (ti.found3 && rows_lost(r, nw0) > 0)
	{
		gdr_buf		whole = {0};
		bool		changed;

		if (!gdr_group_frags(ctx, norm.data ? norm.data : "", norm.len, &whole, &changed))
			return (gdr_status) ctx->status;
		if (changed)
		{
			gdr_report *r2 = gdr_alloc0(ctx, sizeof(gdr_report));
			gdr_tblinfo ti2;

			if (r2 == NULL)
				return (gdr_status) ctx->status;
			r2->script = r->script;
			/* (the warnings of the steps before the tables) */
			for (i = 0; i < nw0; i++)
				gdr_warn(ctx, r2, r->warnings[i].code, r->warnings[i].path, "%s",
						 r->warnings[i].message);
			if (!gdr_tables_read(ctx, whole.data, whole.len, r2, &ti2))
				return (gdr_status) ctx->status;
			if (rows_lost(r2, nw0) < rows_lost(r, nw0))
			{
				r = r2;
				ti = ti2;
				norm = whole;
			}
		}
	}
	if (!spaced && !ti.found2 && !ti.found3 && !ti.found4 && !ti.foundl &&
		gdr_spaced_any(norm.data ? norm.data : "", norm.len))
	{
		/* the tables again, on the text closed up, into a new report */
		if (!close_spaced(ctx, &norm))
			return (gdr_status) ctx->status;
		r = gdr_alloc0(ctx, sizeof(gdr_report));
		if (r == NULL)
			return (gdr_status) ctx->status;
		r->script = script;
		if (!gdr_tables_read(ctx, norm.data ? norm.data : "", norm.len, r, &ti))
			return (gdr_status) ctx->status;
	}
	ntw = r->nwarnings;
	if (!gdr_prose_skip(ctx, norm.data ? norm.data : "", norm.len, r, &ti))
		return (gdr_status) ctx->status;
	gdr_tables_template(r, &ti);
	/* the prose's warnings first, as the report reads (the front matter) */
	rotate_warnings(r->warnings, ntw, r->nwarnings);
	/* a table 四 read out of order may need the prose's figures */
	gdr_tables_finish(ctx, r, &ti);

	if (ctx->status)
		return (gdr_status) ctx->status;
	gdr_mark_unread(r);
	*out = r;
	return GDR_OK;
}
