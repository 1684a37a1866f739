/*
 * sqldump.c -- a report as a website's database dump holds it: mysqldump's
 * or sqlite3's .dump INSERT statements, the page's HTML one escaped string
 * literal among other rows (other articles, channels, attachments).
 *
 * The row with the longest string is the article; its text is that string,
 * decoded (MySQL's backslash escapes, or sqlite's '' and the replace(…,
 * '\n', char(10)) it writes around text with line breaks).  Its title and
 * date, as header lines before it (标题： 发布时间：): a short string of the
 * same row, or of the row of another table with the same id (PHPCMS keeps
 * the title in v9_news and the text in v9_news_data), that names a report
 * (报告, 总结); a date string of that row, or its first UNIX time (as
 * China's date).
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define SQL_DETECT	65536

typedef struct sql_row
{
	const char *at;				/* its '(' */
	long long	id;				/* its first value, when a number; else -1 */
	const char *str[64];		/* its string literals (their opening quote) */
	size_t		strlen_[64];	/* and their lengths as written */
	int			nstr;
	long long	num[64];		/* its numbers */
	int			nnum;
} sql_row;

bool
gdr_sqldump_detect(const char *s, size_t len)
{
	const char *p = s,
			   *e = s + len;

	while (p < e && (*p == '\n' || *p == '\r' || *p == ' '))
		p++;
	if (!(gdr_starts_lit(p, e, "-- MySQL dump") || gdr_starts_lit(p, e, "-- MariaDB dump") ||
		  gdr_starts_lit(p, e, "PRAGMA ") || gdr_starts_lit(p, e, "BEGIN TRANSACTION;")))
		return false;
	return gdr_memmem(s, len < SQL_DETECT ? len : SQL_DETECT, "INSERT INTO ", 12) != NULL;
}

/*
 * The string literal at p (its quote) decoded into out (when not NULL);
 * returns the byte after it.  mysql: backslash escapes too.
 */
static const char *
literal(const char *p, const char *e, bool mysql, gdr_buf *out)
{
	for (p++; p < e; p++)
	{
		char		c = *p;

		if (c == '\'')
		{
			if (p + 1 < e && p[1] == '\'')
			{
				if (out)
					out->data[out->len++] = '\'';
				p++;
				continue;
			}
			return p + 1;
		}
		if (c == '\\' && mysql && p + 1 < e)
		{
			p++;
			c = *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p == 't' ? '\t' :
				*p == '0' ? ' ' : *p == 'Z' ? ' ' : *p;
		}
		if (out)
			out->data[out->len++] = c;
	}
	return e;
}

/* sqlite's replace(…,'\n',char(10)) after a literal: the escapes undone */
static const char *
replaces(const char *p, const char *e, gdr_buf *out, size_t from)
{
	for (;;)
	{
		char		esc,
					to;
		size_t		i,
					j;

		if (gdr_starts_lit(p, e, ",'\\n',char(10))"))
			esc = 'n', to = '\n';
		else if (gdr_starts_lit(p, e, ",'\\r',char(13))"))
			esc = 'r', to = '\r';
		else
			return p;
		p += 15;
		for (i = j = from; i < out->len; i++)
		{
			if (out->data[i] == '\\' && i + 1 < out->len && out->data[i + 1] == esc)
			{
				out->data[j++] = to;
				i++;
			}
			else
				out->data[j++] = out->data[i];
		}
		out->len = j;
	}
}

/* the rows of every INSERT, at most max, into rows; their number */
static int
read_rows(gdr_ctx *ctx, const char *s, const char *e, bool mysql, sql_row *rows, int max)
{
	const char *p = s;
	int			n = 0;

	while (n < max && (p = gdr_memmem(p, (size_t) (e - p), "INSERT INTO ", 12)) != NULL)
	{
		const char *v = gdr_memmem(p, (size_t) (e - p) < 512 ? (size_t) (e - p) : 512, "VALUES", 6);

		if (v == NULL)
		{
			p += 12;
			continue;
		}
		p = v + 6;
		/* the tuples, to the statement's ';' */
		while (p < e && n < max)
		{
			sql_row    *r;
			int			depth = 0;

			while (p < e && (*p == ' ' || *p == ',' || *p == '\n' || *p == '\r'))
				p++;
			if (p >= e || *p != '(')
				break;
			if (gdr_work(ctx, 64))
				return n;
			r = &rows[n++];
			r->at = p;
			r->id = -1;
			r->nstr = r->nnum = 0;
			for (; p < e; p++)
			{
				if (*p == '\'')
				{
					const char *after = literal(p, e, mysql, NULL);

					if (r->nstr < 64)
					{
						r->str[r->nstr] = p;
						r->strlen_[r->nstr++] = (size_t) (after - p);
					}
					p = after - 1;
				}
				else if (*p == '(')
					depth++;
				else if (*p == ')' && --depth == 0)
				{
					p++;
					break;
				}
				else if (*p >= '0' && *p <= '9' && (p[-1] == '(' || p[-1] == ','))
				{
					long long	x = 0;

					while (p < e && *p >= '0' && *p <= '9' && x < 100000000000LL)
						x = x * 10 + (*p++ - '0');
					if (r->nnum < 64)
						r->num[r->nnum++] = x;
					if (r->nnum == 1 && r->nstr == 0 && r->id < 0)
						r->id = x;
					p--;
				}
			}
		}
	}
	return n;
}

/* the literal at q decoded into b (emptied first) */
static void
decode_at(const char *q, const char *e, bool mysql, gdr_buf *b)
{
	const char *after;

	b->len = 0;
	after = literal(q, e, mysql, b);
	if (!mysql)
		(void) replaces(after, e, b, 0);
	b->data[b->len] = '\0';
}

static bool
is_date(const char *s, size_t n)
{
	return n >= 10 && s[4] == '-' && s[7] == '-' &&
		s[0] >= '1' && s[0] <= '2' && s[5] >= '0' && s[5] <= '1';
}

static bool
names_report(const char *s, size_t n)
{
	return n < 300 && !memchr(s, '\n', n) &&
		(gdr_memmem(s, n, "报告", 6) != NULL || gdr_memmem(s, n, "总结", 6) != NULL);
}

/* a UNIX time as China's date (UTC+8), YYYY-MM-DD */
static void
unix_date(long long t, char *out)
{
	long long	days = (t + 8 * 3600) / 86400;
	int			y = 1970,
				m;
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	for (;;)
	{
		int			yd = (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365;

		if (days < yd)
			break;
		days -= yd;
		y++;
	}
	for (m = 0; m < 12; m++)
	{
		int			md = mdays[m] + (m == 1 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));

		if (days < md)
			break;
		days -= md;
	}
	/* (t below 2100: y has four digits, m < 12, days < 31) */
	out[0] = (char) ('0' + y / 1000);
	out[1] = (char) ('0' + y / 100 % 10);
	out[2] = (char) ('0' + y / 10 % 10);
	out[3] = (char) ('0' + y % 10);
	out[4] = '-';
	out[5] = (char) ('0' + (m + 1) / 10);
	out[6] = (char) ('0' + (m + 1) % 10);
	out[7] = '-';
	out[8] = (char) ('0' + (days + 1) / 10);
	out[9] = (char) ('0' + (days + 1) % 10);
	out[10] = '\0';
}

/* a row's title and date into the header */
static void
row_header(const sql_row *r, const char *e, bool mysql, gdr_buf *tmp,
		   char *title, size_t tcap, char *date)
{
	int			i;

	for (i = 0; i < r->nstr; i++)
	{
		decode_at(r->str[i], e, mysql, tmp);
		if (title[0] == '\0' && names_report(tmp->data, tmp->len) && tmp->len < tcap)
			memcpy(title, tmp->data, tmp->len + 1);
		else if (date[0] == '\0' && is_date(tmp->data, tmp->len))
		{
			memcpy(date, tmp->data, 10);
			date[10] = '\0';
		}
	}
	for (i = 0; date[0] == '\0' && i < r->nnum; i++)
		if (r->num[i] >= 946684800LL && r->num[i] < 4102444800LL)
			unix_date(r->num[i], date);
}

bool
gdr_sqldump_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *e = s + len;
	const char *first = s;
	bool		mysql;
	int			max = 512,
				n,
				i,
				k,
				best = -1,
				bestk = -1;
	size_t		bestlen = 0;
	sql_row    *rows = gdr_alloc(ctx, sizeof(sql_row) * (size_t) max);
	gdr_buf		tmp = {0};
	char		title[320] = "",
				date[11] = "";
	bool		html;

	if (rows == NULL || !gdr_buf_reserve(ctx, &tmp, len + 1))
		return false;
	/* (sqlite3 escapes nothing but '': its dump begins as the detector saw) */
	while (first < e && (*first == '\n' || *first == '\r' || *first == ' '))
		first++;
	mysql = !gdr_starts_lit(first, e, "PRAGMA ") && !gdr_starts_lit(first, e, "BEGIN TRANSACTION;");
	n = read_rows(ctx, s, e, mysql, rows, max);
	if (ctx->status)
		return false;
	/* the row with the longest string: the article */
	for (i = 0; i < n; i++)
		for (k = 0; k < rows[i].nstr; k++)
			if (rows[i].strlen_[k] > bestlen)
			{
				bestlen = rows[i].strlen_[k];
				best = i;
				bestk = k;
			}
	if (best < 0)
	{
		/* no string: the text as it is */
		if (!gdr_buf_reserve(ctx, out, len + 1))
			return false;
		memcpy(out->data, s, len);
		out->len = len;
		out->data[len] = '\0';
		return true;
	}
	/* its title and date: its own, else those of its id's row elsewhere */
	row_header(&rows[best], e, mysql, &tmp, title, sizeof(title), date);
	for (i = 0; i < n && rows[best].id >= 0 && (title[0] == '\0' || date[0] == '\0'); i++)
		if (i != best && rows[i].id == rows[best].id)
			row_header(&rows[i], e, mysql, &tmp, title, sizeof(title), date);
	decode_at(rows[best].str[bestk], e, mysql, &tmp);
	html = memchr(tmp.data, '<', tmp.len < 512 ? tmp.len : 512) != NULL;
	out->len = 0;
	if ((title[0] && (!gdr_buf_append(ctx, out, "标题：", 9) ||
					  !gdr_buf_append(ctx, out, title, strlen(title)) ||
					  !gdr_buf_append(ctx, out, html ? "<br>\n" : "\n", html ? 5 : 1))) ||
		(date[0] && (!gdr_buf_append(ctx, out, "发布时间：", 15) ||
					 !gdr_buf_append(ctx, out, date, 10) ||
					 !gdr_buf_append(ctx, out, html ? "<br>\n" : "\n", html ? 5 : 1))))
		return false;
	return gdr_buf_append(ctx, out, tmp.data, tmp.len);
}
