/*
 * gdr_parse_int.h -- the stages of the parser, private to src/core/.
 *
 *   raw text --(html.c, only when the text is HTML)--> plain text, table rows
 *            as lines of cells separated by '\t', spans expanded
 *   --(norm.c)--> normalised UTF-8: simplified characters, NFKC, converter
 *            debris and markup removed, script detected
 *   --(table.c)--> tables 二/三/四 into the report's slots; the spans of
 *            the table bodies
 *   --(prose.c)--> agency, year, kind, published date, narrative figures
 *            (outside those spans)
 *   --(table.c)--> the template (from the tables, else from the year)
 *
 * Each stage takes the ctx (allocator, tick, status) and returns false when
 * it had to stop (ctx->status says why).  Everything it allocates comes
 * from the ctx arena.
 */
#ifndef GDR_PARSE_INT_H
#define GDR_PARSE_INT_H

#include <string.h>

#include "gdr_core.h"

/* util.c: room for one more element of a doubling array in the arena;
 * returns the array to use (NULL: out of memory) */
void	   *gdr_grow(gdr_ctx *ctx, void *arr, int n, int *max, size_t elsize, int first);

/* html.c: does the text look like HTML (a tag-dense document or fragment)? */
bool		gdr_html_detect(const char *s, size_t len);
/* html.c: HTML -> text; <tr> become lines, cells joined by '\t', rowspan and
 * colspan expanded by repeating the cell's text; entities decoded; script,
 * style, comments dropped; block elements become line breaks. */
bool		gdr_html_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* norm.c: UTF-8 repair, traditional -> simplified (only when the text is
 * traditional), NFKC (full-width forms folded), pinyin debris after a
 * character removed (區(qū) -> 区), Word bookmark debris and markdown
 * emphasis removed.  Line structure (\n, \t) is preserved. */
/* grid.c: join the lines of each grid-table row (pandoc) cell by cell into
 * out; *changed false (out untouched) when the text has none.  Callers
 * that know the text has no "+-" / "+=" (gdr_normalize_grid) skip it. */
bool		gdr_grid_join(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						  bool *changed);

/* spaced.c: letter-spaced lines ("规 范 性 文 件") closed up; any: is
 * there such a line in s[0..len) */
bool		gdr_spaced_any(const char *s, size_t len);
bool		gdr_spaced_close(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* json.c: a crawler's JSON record (or JSON Lines): detect; the first
 * record decoded into a header block (标题： 来源： 发布时间：) and its text */
bool		gdr_json_detect(const char *s, size_t len);
bool		gdr_json_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* csv.c: a spreadsheet saved as CSV, detected on the raw text and
 * rewritten tab-separated */
bool		gdr_csv_detect(const char *s, size_t len);
bool		gdr_csv_to_tsv(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* appcols.c: table 三's column order as its header prints it (order[k]:
 * the GDR_C_* column of the k-th number), when a line of it is certain */
bool		gdr_app_header_order(const char *s, size_t len, int order[GDR_NAPPCOLS]);

/* latex.c: LaTeX source (pandoc's writer) -> text, tables tab-separated */
bool		gdr_latex_detect(const char *s, size_t len);
bool		gdr_latex_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* docx.c: a .docx's word/document.xml -> HTML -> text */
bool		gdr_docx_detect(const char *s, size_t len);
bool		gdr_docx_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* rtf.c: RTF (its code page through ICU) -> HTML -> text */
bool		gdr_rtf_detect(const char *s, size_t len);
/* strays.c: UnRTF's Latin-1 stray after every Chinese character, dropped */
bool		gdr_strays_detect(const char *s, size_t len);
bool		gdr_strays_strip(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
bool		gdr_rtf_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* warc.c: a web archive record: the page the first response carries
 * (its offset and length in s); false when there is none to read */
bool		gdr_warc_detect(const char *s, size_t len);
/* xlsx.c: an .xlsx's shared strings and sheet XML, as an HTML table */
bool		gdr_xlsx_detect(const char *s, size_t len);
bool		gdr_xlsx_to_html(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
/* mhtml.c: the ICU converter for a charset label (gb2312, big5 …), or NULL */
const char *gdr_icu_charset(const char *cs);

/* mojibake.c: GBK or UTF-8 bytes read as Latin-1 and stored so, read again */
bool		gdr_mojibake_detect(const char *s, size_t len);
bool		gdr_mojibake_fix(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
							 const char **charset);

/* ics.c: an iCalendar file; its components' DESCRIPTION, unfolded */
bool		gdr_ics_detect(const char *s, size_t len);
bool		gdr_ics_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* mbox.c: a mailbox; the message with the longest text */
bool		gdr_mbox_detect(const char *s, size_t len);
bool		gdr_mbox_pick(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						  int *nmsg, int *picked);
/* spans.c: pandoc's [text]{.class} spans; tracked changes accepted */
bool		gdr_spans_detect(const char *s, size_t len);
bool		gdr_spans_strip(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
/* diff.c: a unified diff (git show): the new version of its hunks */
bool		gdr_diff_detect(const char *s, size_t len);
bool		gdr_diff_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
/* unrtf.c: UnRTF's HTML, its tables' cells put back in their <td>s */
bool		gdr_unrtf_detect(const char *s, size_t len);
bool		gdr_unrtf_to_html(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
bool		gdr_warc_body(const char *s, size_t len, size_t *off, size_t *blen);

/* tsv.c: word boxes (pdftotext -tsv) laid out as pdftotext -layout text */
bool		gdr_tsv_detect(const char *s, size_t len);
bool		gdr_tsv_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
bool		gdr_bbox_detect(const char *s, size_t len);
bool		gdr_bbox_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
size_t		gdr_html_entity(const char *s, size_t n, uint32_t *cp);
bool		gdr_stext_detect(const char *s, size_t len);
bool		gdr_stext_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
bool		gdr_pdf2xml_detect(const char *s, size_t len);
bool		gdr_pdf2xml_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* odt.c: OpenDocument XML (content.xml, .fodt) through the HTML reader */
bool		gdr_odt_detect(const char *s, size_t len);
bool		gdr_odt_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* bbcode.c: a forum's BBCode ([table][tr][td=2,1]) through the HTML reader */
bool		gdr_bbcode_detect(const char *s, size_t len);
bool		gdr_bbcode_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* adoc.c: AsciiDoc tables -> tab-separated rows */
bool		gdr_adoc_detect(const char *s, size_t len);
bool		gdr_adoc_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* rst.c: reStructuredText list tables -> tab-separated rows */
bool		gdr_rst_detect(const char *s, size_t len);
bool		gdr_rst_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* wiki.c: MediaWiki markup -> HTML -> text (its tables' spans expanded) */
/* mhtml.c: a page saved as one MIME file: its text/html part decoded */
/* feed.c: an RSS or Atom feed: the item that is the report, as a page */
bool		gdr_feed_detect(const char *s, size_t len);
bool		gdr_feed_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
bool		gdr_mhtml_detect(const char *s, size_t len);
bool		gdr_mhtml_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
/* mhtml.c: tables as inline HTML lines in markdown or text, read one by one */
bool		gdr_inline_tables_detect(const char *s, size_t len);
bool		gdr_inline_tables_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
bool		gdr_wiki_detect(const char *s, size_t len);
bool		gdr_wiki_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* mdpipe.c: markdown pipe tables of PDF-to-markdown tools (<br> in cells,
 * Col2 placeholders) -> plain pipe tables */
bool		gdr_mdpipe_detect(const char *s, size_t len);
/* sqldump.c: the article of a website's database dump (mysqldump, sqlite3) */
bool		gdr_sqldump_detect(const char *s, size_t len);
bool		gdr_sqldump_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
/* pdftk.c: a PDF form's fields (pdftk dump_data_fields) as an HTML page */
bool		gdr_pdftk_detect(const char *s, size_t len);
bool		gdr_pdftk_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
bool		gdr_mdpipe_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);
/* a title split over two markdown headings (# **…工作年** / # **度报告**)
 * joined into one; *changed: was it */
bool		gdr_md_title_join(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
							  bool *changed);

/* pylist.c: table rows printed as Python lists -> tab-separated rows */
bool		gdr_pylist_detect(const char *s, size_t len);
bool		gdr_pylist_to_tsv(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* colmajor.c: table 三 read column by column (pdftotext) rewritten as
 * one line per row; table.c: the row a table 三 label names (-2: a
 * group's heading, -1: none) */
bool		gdr_colmajor(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						 bool *changed);
bool		gdr_colmajor2(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						  bool *changed);
bool		gdr_colmajor4(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						  bool *changed);
/* colmajor.c: table 三 whose last columns a second page printed alone
 * (an Excel sheet too wide for its page): each row's cells on its line */
bool		gdr_colpages(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						 bool *changed);
int			gdr_app_label_row(const char *b, int n, bool group_six);
int			gdr_disp_col(const char *lo, const char *p);

/* groupfrag.c: table 三's group labels cut into pieces at the start of
 * the rows' lines, written whole in place of the first */
bool		gdr_group_frags(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
							bool *changed);

/* unwrap.c: prose hard-wrapped at a page's width (PDF text without
 * layout) joined up into its paragraphs; *changed: was it */
/* vertical.c: vertically set text, a character a line, joined */
bool		gdr_vertical(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						 bool *changed);
bool		gdr_unwrap(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
					   bool *changed);
bool		gdr_page_footers(const char *s, size_t len);
bool		gdr_page_footers_dashes(const char *s, size_t len, bool dashes);

/* errata.c: a correction notice (“…286条”应为“268条”) applied to the text
 * before it; *fixed: the corrections applied (0: out is untouched) */
bool		gdr_errata(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
					   int *fixed);

/* attach.c: where the report starts when the text is a cover document (a
 * 通报, 通知, 函) with the report as its attachment; 0 when it is not */
size_t		gdr_attached_report(const char *s, size_t len);

/* quote.c: a report quoted in an e-mail ("> " on its lines); any: are
 * enough lines quoted; unquote: the prefixes taken off */
/* quote.c: where a reply's quoted original message begins below the
 * report (------ 原始邮件 ------), or 0 */
size_t		gdr_quoted_original(const char *s, size_t len);
bool		gdr_quoted_any(const char *s, size_t len);
bool		gdr_unquote(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out);

/* ocr.c: OCR text (lone table rules, O and l for 0 and 1) */
bool		gdr_ocr_any(const char *s, size_t len);
bool		gdr_ocr_clean(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						  int *fixed);

bool		gdr_normalize(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
						  gdr_script *script);

/* norm.c: the same; *grid tells whether a "+-" or "+=" (a grid table's
 * border, grid.c) is in the text */
bool		gdr_normalize_grid(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
							   gdr_script *script, bool *grid);

/*
 * A table body the table stage read: [a, b) of the normalised text, whole
 * lines (a at a line start, b at the '\n' that ends its last line, or the
 * text's end) unless prose shares its first or last line (run-on text).
 * The prose stage does not look for figures there.
 */
typedef struct gdr_span
{
	size_t		a;
	size_t		b;
} gdr_span;

#define GDR_MAXSPANS 4
#define GDR_MAXCAND4 24

/* what the table stage found, for the steps that follow it */
typedef struct gdr_tblinfo
{
	int			nspans;
	gdr_span	spans[GDR_MAXSPANS];	/* ascending, disjoint */
	gdr_template era2;			/* what table 二's shape says */
	int			era3;			/* what table 三's rows say */
	bool		found2,
				found3,
				found4,
				foundl;
	/*
	 * Table 四 whose numbers the text gives out of order (PDF reading
	 * order): the distinct orders of its runs in which every block adds up
	 * to its 总计.  gdr_tables_finish() picks from them once the prose is
	 * read.
	 */
	int			n4cand;
	int64_t		cand4[GDR_MAXCAND4][15];
} gdr_tblinfo;

/* table.c: find and read tables 二, 三, 四 (or a pre-2019 table); note the
 * table bodies' spans in *ti */
bool		gdr_tables_read(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r,
							gdr_tblinfo *ti);

/* table.c: r->tmpl from what the tables said, else from r->year (so after
 * the prose stage) */
void		gdr_tables_template(gdr_report *r, const gdr_tblinfo *ti);

/* table.c: table 四 from the orders left in ti->cand4, narrowed by the
 * prose's 行政复议 / 行政诉讼 figures (so after the prose stage) */
void		gdr_tables_finish(gdr_ctx *ctx, gdr_report *r, gdr_tblinfo *ti);

/* table.c: all of the above (for callers without a prose stage) */
bool		gdr_tables(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r);

/* prose.c: agency, year, kind, published, narrative.* */
bool		gdr_prose(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r);

/* prose.c: the same, not looking for figures inside the tables' spans
 * (the lines of a table body are not prose) */
bool		gdr_prose_skip(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r,
						   const gdr_tblinfo *ti);

/* active.c: table 二 (主动公开, both templates); called by gdr_tables().
 * Returns false only when ctx->status is set.  *found tells whether a
 * table 二 was seen; *era is GDR_TPL_2019 / GDR_TPL_2021 when its block
 * shape or headers tell the template, else GDR_TPL_NONE. */
bool		gdr_table_active(gdr_ctx *ctx, const char *s, size_t len,
							 gdr_report *r, bool *found, gdr_template *era);

/* active.c: the same; when a table was read and span is not NULL, *span is
 * the table body's lines (offsets into s) */
bool		gdr_table_active_span(gdr_ctx *ctx, const char *s, size_t len,
								  gdr_report *r, bool *found, gdr_template *era,
								  gdr_span *span);

/* util.c: is there a sentence end (。) in [a, b)? */
bool		gdr_has_stop(const char *a, const char *b);

/* util.c: the span of a table body whose first row starts at a (its first
 * cell or label) and whose last byte is b.  It starts at the anchor that
 * found the table (caption, header; may be NULL) when only a header lies
 * between (no 。, at most 2 KiB), and at its line's start when what
 * precedes there is a label (no 。, at most 240 bytes); it ends at the end
 * of b's line when only white space follows b; else it is exactly [a, b]. */
gdr_span	gdr_body_span(const char *s, size_t len, const char *anchor,
						  const char *a, const char *b);

/* table.c: the first occurrence of each of n (1..16) needles (2..256
 * bytes) in s[0..len) in one pass, NULL for those absent; with `any`, only
 * the earliest of them all. */
void		gdr_find_each(const char *s, size_t len, const char *const *needles,
						  int n, bool any, const char **first);

/* legacy.c: pre-2019 statistics tables (统计表) and their figures; called
 * by gdr_tables() when no 2019/2021 table 三 is found.  *span: the part of
 * s the prose stage should skip (a "label：value" list), or empty. */
bool		gdr_table_legacy(gdr_ctx *ctx, const char *s, size_t len,
							 gdr_report *r, bool *found, gdr_span *span);

/*
 * digits.c: split a run of ASCII digits with no separators (`640020470`)
 * into exactly `ncells` non-negative integers (no leading zeros except a
 * lone "0").  `accept` (may be NULL = accept all) is called for each
 * candidate split.  Returns the number of accepted splits, counting stops
 * at 2; when it returns 1, out[] holds the only accepted split.  Calls
 * gdr_work() so a long run stays cancellable.
 */
typedef bool (*gdr_split_accept) (void *arg, const int64_t *cells, int ncells);
int			gdr_split_digits(gdr_ctx *ctx, const char *digits, size_t len,
							 int ncells, gdr_split_accept accept, void *arg,
							 int64_t *out);

/* unicode.c (ICU): value of a Chinese numeral string (二十一, 两, 一百零五),
 * or of ASCII digits; false when it is not a number. */
bool		gdr_cn_number(const char *s, size_t len, int64_t *out);

/*
 * The first occurrence of n[0..nl) in h[0..hl), or NULL: memmem, faster
 * on CJK text than the C library's generic one (see util.c).
 */
extern void *gdr_memmem(const void *h, size_t hl, const void *n, size_t nl);

/*
 * Several needles looked for in one pass: gdr_memmem_set returns the set of
 * those that occur (bit t for nd[t]).  Needles are 2 to 32 bytes.
 */
#define GDR_NEEDLES_MAX 5
typedef struct gdr_needle
{
	const char *s;
	size_t		n;
} gdr_needle;

extern uint32_t gdr_memmem_set(const void *h, size_t hl, const gdr_needle *nd, int k);

/* the first occurrence of the literal lit in s[0..len), or NULL */
static inline const char *
gdr_find_lit(const char *s, size_t len, const char *lit)
{
	return (const char *) gdr_memmem(s, len, lit, strlen(lit));
}

/* util.c: text into an HTML page being written, & < > escaped; its lines as <p>s */
bool		gdr_buf_put_html(gdr_ctx *ctx, gdr_buf *b, const char *s, size_t n);
bool		gdr_buf_put_paras(gdr_ctx *ctx, gdr_buf *b, const char *s, size_t n);

/*
 * The number the ASCII digits at the start of [p, e) write, 0 when there
 * are none; past max it stays at max (atoi on a report's digits would
 * overflow, and read past a text that is not NUL-terminated)
 */
static inline long long
gdr_digits(const char *p, const char *e, long long max)
{
	long long	n = 0;

	for (; p < e && *p >= '0' && *p <= '9'; p++)
		n = n < max ? n * 10 + (*p - '0') : max;
	return n < max ? n : max;
}

/* does [a, b) begin with the literal lit? */
static inline bool
gdr_starts_lit(const char *a, const char *b, const char *lit)
{
	size_t		n = strlen(lit);

	return (size_t) (b - a) >= n && memcmp(a, lit, n) == 0;
}

/* does [a, b) end with the literal lit? */
static inline bool
gdr_ends_lit(const char *a, const char *b, const char *lit)
{
	size_t		n = strlen(lit);

	return (size_t) (b - a) >= n && memcmp(b - n, lit, n) == 0;
}

/* index of the lowest set bit of m (m != 0) */
static inline int
gdr_lowest_bit(uint64_t m)
{
#if defined(__GNUC__) || defined(__clang__)
	return __builtin_ctzll(m);
#else
	int			k = 0;

	while (!(m & 1))
	{
		m >>= 1;
		k++;
	}
	return k;
#endif
}

/* UTF-8 helpers (util.c) */
/* Decode one code point at s (len > 0); returns its byte length (>= 1);
 * invalid bytes decode as U+FFFD with length 1. */
int			gdr_utf8_decode(const char *s, size_t len, uint32_t *cp);
int			gdr_utf8_encode(uint32_t cp, char *out);

#endif
