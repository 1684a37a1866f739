/*
 * test_forms14.c -- forms read since held-out set 13: MuPDF's structured
 * text (mutool draw -F stext), a character an element.  Each is detected
 * (and ordinary text and its look-alikes are not), rewritten, and read by
 * the parser with its figures; malformed input loses nothing it can keep.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "testutil.h"
#include "unit.h"

#define DETECT(f, s) f((s), strlen(s))

#define val tu_val
#define parse tu_parse
#define rw tu_rewrite

/* a <char> of mutool's stext at x (its width w), baseline y */
static void
put_char(char *b, size_t cap, double x, double w, double y, const char *c)
{
	size_t		n = strlen(b);

	snprintf(b + n, cap - n,
			 "<char quad=\"%.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f\" x=\"%.2f\" y=\"%.2f\" color=\"#000000\" c=\"%s\"/>\n",
			 x, y - 9, x + w, y - 9, x, y + 2, x + w, y + 2, x, y, c);
}

/* a <line> of characters: each a UTF-8 character or an XML reference */
static void
put_line(char *b, size_t cap, double x, double y, const char *const *chars, int n)
{
	int			i;

	snprintf(b + strlen(b), cap - strlen(b),
			 "<line bbox=\"%.1f %.1f %.1f %.1f\" wmode=\"0\" dir=\"1 0\">\n<font name=\"F\" size=\"10.5\">\n",
			 x, y - 9, x + 10.5 * n, y + 2);
	for (i = 0; i < n; i++)
		put_char(b, cap, x + 10.5 * i, 10.5, y, chars[i]);
	snprintf(b + strlen(b), cap - strlen(b), "</font>\n</line>\n");
}

int
main(void)
{
	gdr_ctx		c;
	gdr_report *r;
	const char *t;

	/* mutool draw -F stext */
	{
		static const char *const title[] = {"&#x67d0;", "&#x53bf;", "2", "0", "2", "1", "&#x5e74;",
			"&#x653f;", "&#x5e9c;", "&#x4fe1;", "&#x606f;", "&#x516c;", "&#x5f00;", "&#x5de5;", "&#x4f5c;",
		"&#x5e74;", "&#x5ea6;", "&#x62a5;", "&#x544a;"};
		/* 行政许可 and its figure, the figure's cell first (a block each) */
		static const char *const label[] = {"行", "政", "许", "可"};
		static const char *const num[] = {"1", "2", "3", "4"};
		static const char *const amp[] = {"A", "&amp;", "B", "&lt;", "&#20013;", "&#x;", "&#xZZ;"};
		char	   *b = calloc(1, 65536);
		char	   *old;

		strcat(b, "<?xml version=\"1.0\"?>\n<document name=\"x.pdf\">\n<page id=\"page1\" width=\"595\" height=\"842\">\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 72, 60, title, 19);
		strcat(b, "</block>\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 400, 200.4, num, 4);
		strcat(b, "</block>\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 72, 200, label, 4);
		strcat(b, "</block>\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 72, 260, amp, 7);
		strcat(b, "</block>\n</page>\n<page id=\"page2\" width=\"595\" height=\"842\">\n<block bbox=\"0 0 1 1\">\n");
		put_line(b, 65536, 72, 30, label, 2);
		strcat(b, "</block>\n</page>\n</document>\n");

		UNIT_OK(DETECT(gdr_stext_detect, b), "mutool's stext is detected");
		UNIT_OK(!DETECT(gdr_stext_detect, "<document><p>a line with <char s</p></document>") &&
				!DETECT(gdr_stext_detect, "<html><body><p>某县</p></body></html>") &&
				!DETECT(gdr_stext_detect, "某县2021年政府信息公开工作年度报告\n"),
				"a page, text, an XML document without lines of characters are not");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_stext_to_text, b);
		UNIT_OK(t && strstr(t, "某县2021年政府信息公开工作年度报告\n") != NULL,
				"a line's characters one run, the references decoded");
		UNIT_OK(t && strstr(t, "行政许可") && strstr(t, "1234") &&
				strstr(t, "行政许可") < strstr(t, "1234") && !memchr(strstr(t, "行政许可"), '\n',
																 (size_t) (strstr(t, "1234") - strstr(t, "行政许可"))),
				"a row's cells on one line, left to right, whatever the order of the blocks");
		UNIT_OK(t && strstr(t, "A&B<中&#x;&#xZZ;") != NULL,
				"&amp; &lt; &#NNN; decoded; a reference without digits kept as it is");
		UNIT_OK(t && strchr(t, '\f') && strstr(t, "行政\n") > strchr(t, '\f'), "a page ends with a form feed");
		gdr_ctx_free(&c);
		r = parse(&c, b);
		UNIT_EQ_INT(r ? r->year : 0, 2021, "its year read");
		UNIT_OK(r && r->agency == NULL && r->kind == GDR_KIND_ANNUAL_REPORT,
				"its kind read (the title names a place, no body)");
		gdr_ctx_free(&c);

		/* older MuPDF: bbox="x0 y0 x1 y1" for quad */
		old = calloc(1, 4096);
		strcat(old, "<?xml version=\"1.0\"?>\n<document name=\"x.pdf\">\n<page width=\"595\" height=\"842\">\n"
			   "<block bbox=\"0 0 1 1\">\n<line bbox=\"0 0 1 1\" wmode=\"0\" dir=\"1 0\">\n<font name=\"F\" size=\"10\">\n"
			   "<char bbox=\"72 191 82 202\" x=\"72\" y=\"200\" c=\"&#x53d7;\"/>\n"
			   "<char bbox=\"82 191 92 202\" x=\"82\" y=\"200\" c=\"&#x7406;\"/>\n"
			   "</font>\n</line>\n</block>\n<block bbox=\"0 0 1 1\">\n<line bbox=\"0 0 1 1\" wmode=\"0\" dir=\"1 0\">\n"
			   "<font name=\"F\" size=\"10\">\n<char bbox=\"200 191 206 202\" x=\"200\" y=\"200\" c=\"7\"/>\n"
			   "</font>\n</line>\n</block>\n</page>\n</document>\n");
		UNIT_OK(DETECT(gdr_stext_detect, old), "stext with bbox= is detected");
		gdr_ctx_init(&c, &gdr_env_malloc);
		t = rw(&c, gdr_stext_to_text, old);
		UNIT_OK(t && strstr(t, "受理") && strstr(t, "7\n") > strstr(t, "受理"), "bbox= read as quad=");
		gdr_ctx_free(&c);

		/* malformed: a <char> without c= or box, EOF inside a tag */
		{
			static const char bad[] =
				"<document name=\"x\">\n<page>\n<line bbox=\"0 0 1 1\">\n<font size=\"abc\">\n"
				"<char quad=\"1 2 3\" x=\"1\" y=\"2\" c=\"&#x4e00;\"/>\n<char quad=\"72 191 82 191 72 202 82 202\" y=\"200\"/>\n"
				"<char quad=\"72 191 82 191 72 202 82 202\" x=\"72\" y=\"200\" c=\"&#x53d7;\"/>\n<char quad=\"90 1";

			UNIT_OK(DETECT(gdr_stext_detect, bad), "a cut stext is still detected");
			gdr_ctx_init(&c, &gdr_env_malloc);
			t = rw(&c, gdr_stext_to_text, bad);
			UNIT_OK(t && strcmp(t, "              受\n") == 0,
					"a character without its box or value is dropped, the one before the cut kept");
			gdr_ctx_free(&c);
		}
		free(b);
		free(old);
	}

	return unit_done();
}
