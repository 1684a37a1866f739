/*
 * unrtf.c -- UnRTF's HTML (unrtf --html, Recoll's and many crawlers' RTF
 * filter), whose tables are not HTML tables.
 *
 * UnRTF writes a cell's text before the cell: "规章<td></td>", a row's
 * <tr> at its first centred cell ("<center><tr><td>0</td></center>"), and
 * a cell whose text it broke across a line half before and half inside
 * ("本年增<tr><td>/减</td>").  Only </tr> ends a row where the RTF's \row
 * was.  So inside each <table>, a cell is the text since the last cell
 * (tags dropped) followed by the <td>'s own text, and a row is the cells
 * up to </tr>; the table is written again as plain HTML for the HTML
 * reader.  Everything outside the tables is copied as it is.
 *
 * Detected by the comment UnRTF writes at the top of its page
 * ("Translation from RTF performed by UnRTF").  Its text also carries a
 * Latin-1 character after every Chinese one (strays.c).
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

static const char UNRTF_MARK[] = "Translation from RTF performed by UnRTF";

bool
gdr_unrtf_detect(const char *s, size_t len)
{
	return len > 0 && s[0] == '<' &&
		gdr_memmem(s, len < 1024 ? len : 1024, UNRTF_MARK, sizeof(UNRTF_MARK) - 1) != NULL;
}

/* does the tag at s[0] == '<' have the name `name` (case-insensitive)? */
static bool
tag_is(const char *s, const char *e, const char *name)
{
	size_t		n = strlen(name),
				i;

	if ((size_t) (e - s) < n + 2)
		return false;
	for (i = 0; i < n; i++)
	{
		char		c = s[1 + i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c != name[i])
			return false;
	}
	return s[1 + n] == '>' || s[1 + n] == ' ' || s[1 + n] == '/' ||
		s[1 + n] == '\t' || s[1 + n] == '\n' || s[1 + n] == '\r';
}

/* append s[0..n) without its tags, its line breaks as nothing */
static bool
put_text(gdr_ctx *ctx, gdr_buf *out, const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		j = i;

		if (s[i] == '<')
		{
			const char *gt = memchr(s + i, '>', n - i);

			i = gt ? (size_t) (gt - s) + 1 : n;
			continue;
		}
		while (j < n && s[j] != '<' && s[j] != '\n' && s[j] != '\r')
			j++;
		if (j > i && !gdr_buf_append(ctx, out, s + i, j - i))
			return false;
		i = j < n && s[j] != '<' ? j + 1 : j;
	}
	return true;
}

/* is s[0..n) nothing but tags and white space? */
static bool
blank_text(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		if (s[i] == '<')
		{
			const char *gt = memchr(s + i, '>', n - i);

			if (gt == NULL)
				return false;
			i = (size_t) (gt - s) + 1;
		}
		else if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
			i++;
		else if (n - i >= 6 && memcmp(s + i, "&nbsp;", 6) == 0)
			i += 6;
		else
			return false;
	}
	return true;
}

/* a row's end: the text t[0..n) after its last cell as one cell more */
static bool
end_row(gdr_ctx *ctx, gdr_buf *out, const char *t, size_t n, bool row)
{
	if (!blank_text(t, n))
	{
		if ((!row && !gdr_buf_append(ctx, out, "<tr>", 4)) ||
			!gdr_buf_append(ctx, out, "<td>", 4) ||
			!put_text(ctx, out, t, n) ||
			!gdr_buf_append(ctx, out, "</td>", 5))
			return false;
		row = true;
	}
	return !row || gdr_buf_append(ctx, out, "</tr>\n", 6);
}

/* one <table>'s inside, s[0..n), rows and cells rebuilt */
static bool
put_table(gdr_ctx *ctx, gdr_buf *out, const char *s, size_t n)
{
	size_t		i = 0,
				from = 0,		/* the text since the last cell */
				tick = 0;
	bool		row = false;

	while (i < n)
	{
		const char *lt = memchr(s + i, '<', n - i);
		const char *e = s + n;

		if (lt == NULL)
			break;
		i = (size_t) (lt - s);
		if (i >= tick)
		{
			if (gdr_work(ctx, 4096))
				return false;
			tick = i + 4096;
		}
		if (tag_is(lt, e, "td"))
		{
			const char *gt = memchr(lt, '>', (size_t) (e - lt));
			const char *end = gt ? gdr_memmem(gt, (size_t) (e - gt), "</td>", 5) : NULL;

			if (end == NULL)
				break;
			if (!row && !gdr_buf_append(ctx, out, "<tr>", 4))
				return false;
			row = true;
			if (!gdr_buf_append(ctx, out, "<td>", 4) ||
				!(blank_text(s + from, i - from) || put_text(ctx, out, s + from, i - from)) ||
				!put_text(ctx, out, gt + 1, (size_t) (end - gt - 1)) ||
				!gdr_buf_append(ctx, out, "</td>", 5))
				return false;
			i = (size_t) (end - s) + 5;
			from = i;
		}
		else if (tag_is(lt, e, "/tr"))
		{
			/* text after the row's last cell: one cell more */
			if (!end_row(ctx, out, s + from, i - from, row))
				return false;
			row = false;
			i += 5;
			from = i;
		}
		else
			i++;
	}
	return end_row(ctx, out, s + from, n - from, row);
}

bool
gdr_unrtf_to_html(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	size_t		i = 0;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + len / 8 + 64))
		return false;
	while (i < len)
	{
		const char *t = gdr_memmem(s + i, len - i, "<table", 6);
		const char *gt,
				   *end;

		if (t == NULL)
			break;
		gt = memchr(t, '>', (size_t) (s + len - t));
		end = gt ? gdr_memmem(gt, (size_t) (s + len - gt), "</table>", 8) : NULL;
		if (end == NULL)
			break;
		if (!gdr_buf_append(ctx, out, s + i, (size_t) (gt + 1 - (s + i))) ||
			!gdr_buf_append(ctx, out, "\n", 1) ||
			!put_table(ctx, out, gt + 1, (size_t) (end - gt - 1)) ||
			!gdr_buf_append(ctx, out, "</table>", 8))
			return false;
		/* (put_table ticks for the table's inside) */
		if (gdr_work(ctx, (size_t) (gt + 1 - (s + i))))
			return false;
		i = (size_t) (end - s) + 8;
	}
	return gdr_buf_append(ctx, out, s + i, len - i);
}
