/*
 * json.c -- a report as a crawler stores it: a JSON record (or JSON Lines,
 * one record per line) whose fields hold the page's title, source, date
 * and its text or HTML, with every line break, tab and quote escaped
 * (\n, \t, \", \uXXXX).  Read as it is, the report is one line of
 * backslashes.
 *
 * The first record is decoded into plain text the way a crawler's page
 * text looks: its title, source and date as a header block (标题： 来源：
 * 发布时间：, which the prose stage reads), then every long string value
 * (the content; HTML when the page was stored as HTML, which the HTML stage
 * then reads), and a list of strings only that is as long (the page's
 * text nodes as a scraper lists them: each a line).  Short values that are
 * no header (ids, URLs, counts) and other nested arrays and objects
 * (attachments, images) are left out.
 *
 * A JSON array of document elements, as the `unstructured` library writes
 * a partitioned document ([{"type": "Title", "text": …, "metadata": {…}}]):
 * each element's text on a line of its own, in order, and a table's
 * metadata.text_as_html (its cells, which "text" runs together) in place of
 * its text, for the HTML reader; the page furniture (Header, Footer,
 * PageNumber, PageBreak, Image) is left out.  An OCR service's answer
 * (Baidu's words_result[].words, in an array of pages): its lines.  An array
 * of other records: its first record, as above, or, when that holds no
 * text, the text as it is.  A Jupyter notebook: what its cells printed
 * (json_notebook below).  pdf2json's JSON of a PDF: its text runs, joined
 * into lines (json_pdf2json below).
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define JSON_LONG	200			/* bytes of a value that is text */
#define JSON_KEYMAX 32

/* header fields: the key (as crawlers name it) and the label to write */
static const struct
{
	const char *key;
	const char *label;
}			json_header[] = {
	{"title", "标题："},
	{"source", "来源："},
	{"pub_time", "发布时间："},
	{"publish_time", "发布时间："},
	{"pubdate", "发布时间："},
	{"date", "发布时间："},
	{"publishTime", "发布时间："},
	{"publishDate", "发布时间："},
	{"pubDate", "发布时间："},
	{"author", "发布机构："},
	{"publisher", "发布机构："},
};

static const char *
skip_ws(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	return p;
}

/* past white space and the commas between an array's elements or an object's pairs */
static const char *
skip_sep(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == ','))
		p++;
	return p;
}

/*
 * Is s a JSON record: '{' first (after a byte-order mark and white space),
 * and a "key": "value" pair right after it?
 */
bool
gdr_json_detect(const char *s, size_t len)
{
	const char *p = s,
			   *e = s + len;

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	p = skip_ws(p, e);
	/* an array of records: its first */
	if (p < e && *p == '[')
		p = skip_ws(p + 1, e);
	if (p >= e || *p != '{')
		return false;
	p = skip_ws(p + 1, e);
	if (p >= e || *p != '"')
		return false;
	for (p++; p < e && *p != '"' && p - s < 256; p++)
		if (*p == '\\' || *p == '\n')
			return false;
	if (p >= e || *p != '"')
		return false;
	p = skip_ws(p + 1, e);
	return p < e && *p == ':';
}

/* four hex digits at p, or -1 */
static long
hex4(const char *p, const char *e)
{
	long		v = 0;
	int			i;

	if (e - p < 4)
		return -1;
	for (i = 0; i < 4; i++)
	{
		char		c = p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

static void
put_utf8(gdr_buf *out, uint32_t c)
{
	char	   *d = out->data + out->len;

	if (c < 0x80)
		d[0] = (char) c, out->len += 1;
	else if (c < 0x800)
	{
		d[0] = (char) (0xC0 | (c >> 6));
		d[1] = (char) (0x80 | (c & 0x3F));
		out->len += 2;
	}
	else if (c < 0x10000)
	{
		d[0] = (char) (0xE0 | (c >> 12));
		d[1] = (char) (0x80 | ((c >> 6) & 0x3F));
		d[2] = (char) (0x80 | (c & 0x3F));
		out->len += 3;
	}
	else
	{
		d[0] = (char) (0xF0 | (c >> 18));
		d[1] = (char) (0x80 | ((c >> 12) & 0x3F));
		d[2] = (char) (0x80 | ((c >> 6) & 0x3F));
		d[3] = (char) (0x80 | (c & 0x3F));
		out->len += 4;
	}
}

/*
 * The string at *pp (at its opening quote), decoded into out (which has
 * room: a decoded string is never longer than its source).  *pp ends after
 * the closing quote.  False when the string does not end.
 */
static bool
json_string(const char **pp, const char *e, gdr_buf *out)
{
	const char *p = *pp + 1;

	while (p < e && *p != '"')
	{
		if (*p != '\\')
		{
			out->data[out->len++] = *p++;
			continue;
		}
		if (p + 1 >= e)
			return false;
		switch (p[1])
		{
			case 'n':
				out->data[out->len++] = '\n';
				p += 2;
				break;
			case 't':
				out->data[out->len++] = '\t';
				p += 2;
				break;
			case 'r':
				out->data[out->len++] = '\r';
				p += 2;
				break;
			case 'b':
			case 'f':
				out->data[out->len++] = p[1] == 'f' ? '\f' : ' ';
				p += 2;
				break;
			case 'u':
				{
					long		c = hex4(p + 2, e);

					if (c < 0)
						return false;
					p += 6;
					/* a surrogate pair */
					if (c >= 0xD800 && c <= 0xDBFF && e - p >= 6 && p[0] == '\\' &&
						p[1] == 'u')
					{
						long		lo = hex4(p + 2, e);

						if (lo >= 0xDC00 && lo <= 0xDFFF)
						{
							c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
							p += 6;
						}
					}
					if ((c >= 0xD800 && c <= 0xDFFF) || c == 0)
						c = 0xFFFD;
					put_utf8(out, (uint32_t) c);
					break;
				}
			default:
				/* \" \\ \/ and anything else: the character itself */
				out->data[out->len++] = p[1];
				p += 2;
				break;
		}
	}
	if (p >= e)
		return false;
	*pp = p + 1;
	return true;
}

/* past the value at p (a nested array or object, a number, a literal) */
static const char *
skip_value(const char *p, const char *e)
{
	int			depth = 0;

	while (p < e)
	{
		char		c = *p;

		if (c == '"')
		{
			for (p++; p < e && *p != '"'; p++)
				if (*p == '\\')
					p++;
			p++;
			if (depth == 0)
				return p;
			continue;
		}
		if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']')
		{
			if (depth == 0)
				return p;		/* the end of the enclosing record */
			if (--depth == 0)
				return p + 1;
		}
		else if (depth == 0 && (c == ',' || c == '\n'))
			return p;
		p++;
	}
	return p;
}

/*
 * The key at p (its opening quote) into key (plain ASCII, at most
 * JSON_KEYMAX bytes kept); returns where its value begins, or NULL when
 * what follows is no "key": pair
 */
static const char *
json_key(const char *p, const char *e, char *key)
{
	size_t		kl = 0;

	if (p >= e || *p != '"')
		return NULL;
	for (p++; p < e && *p != '"'; p++)
	{
		if (*p == '\\' && p + 1 < e)
			p++;
		if (kl < JSON_KEYMAX)
			key[kl++] = *p;
	}
	key[kl] = '\0';
	p = skip_ws(p + 1, e);
	if (p >= e || *p != ':')
		return NULL;
	return skip_ws(p + 1, e);
}

/*
 * The pairs of the object whose '{' is at *pp into out: header fields as
 * header lines before the text, long strings as the text.  Nested objects
 * and arrays are passed over, their starts kept in nest (at most NNEST).
 * *pp ends after the object.  False on a cancel.
 */
#define NNEST 8

typedef struct jstate
{
	gdr_buf		val;
	size_t		body_at;		/* where the next header line goes */
	int			nhdr;
	const char *nest[NNEST];
	int			nnest;
} jstate;

/*
 * An array of strings only at *pp ('['): the page's text nodes as a scraper
 * lists them (parsel's .getall(): the white space between the tags
 * included).  Into val, each string that holds more than white space, its
 * ends trimmed, a line each; *pp past the ']'.  False, *pp unmoved, when
 * the array holds anything else (or does not end).
 */
static bool
string_array(const char **pp, const char *e, gdr_buf *val)
{
	const char *p = *pp + 1;

	val->len = 0;
	for (;;)
	{
		size_t		at = val->len,
					a;

		p = skip_sep(p, e);
		if (p >= e)
			return false;
		if (*p == ']')
			break;
		if (*p != '"' || !json_string(&p, e, val))
			return false;
		a = at;
		while (a < val->len && (val->data[a] == ' ' || val->data[a] == '\t' ||
								val->data[a] == '\n' || val->data[a] == '\r'))
			a++;
		while (val->len > a && (val->data[val->len - 1] == ' ' || val->data[val->len - 1] == '\t' ||
								val->data[val->len - 1] == '\n' || val->data[val->len - 1] == '\r'))
			val->len--;
		memmove(val->data + at, val->data + a, val->len - a);
		val->len -= a - at;
		if (val->len > at)
			val->data[val->len++] = '\n';
	}
	*pp = p + 1;
	return true;
}

static bool
json_object(gdr_ctx *ctx, const char **pp, const char *e, gdr_buf *out, jstate *J)
{
	const char *p = *pp + 1;	/* past '{' */
	int			k;

	for (;;)
	{
		char		key[JSON_KEYMAX + 1];
		const char *v;

		if (gdr_work(ctx, 64))
			return false;
		p = skip_ws(p, e);
		if (p >= e || *p == '}')
		{
			p += p < e;
			break;
		}
		if (*p == ',')
		{
			p++;
			continue;
		}
		/* the key (plain ASCII keys only are compared) */
		if ((v = json_key(p, e, key)) == NULL)
			break;				/* not JSON after all: what was read stays */
		p = v;
		if (p < e && *p == '"')
		{
			J->val.len = 0;
			if (!json_string(&p, e, &J->val))
				break;
			for (k = 0; k < (int) (sizeof(json_header) / sizeof(json_header[0])); k++)
				if (strcmp(key, json_header[k].key) == 0)
					break;
			/* (16 at most: each may be longer than its source, see above) */
			if (k < (int) (sizeof(json_header) / sizeof(json_header[0])) &&
				J->val.len > 0 && J->val.len < JSON_LONG &&
				!memchr(J->val.data, '\n', J->val.len) && J->nhdr++ < 16)
			{
				/* a header line, before the text */
				size_t		ll = strlen(json_header[k].label);
				size_t		vl = J->val.len;

				memmove(out->data + J->body_at + ll + vl + 1, out->data + J->body_at,
						out->len - J->body_at);
				memcpy(out->data + J->body_at, json_header[k].label, ll);
				memcpy(out->data + J->body_at + ll, J->val.data, vl);
				out->data[J->body_at + ll + vl] = '\n';
				out->len += ll + vl + 1;
				J->body_at += ll + vl + 1;
			}
			else if (J->val.len >= JSON_LONG || memchr(J->val.data, '\n', J->val.len))
			{
				memcpy(out->data + out->len, J->val.data, J->val.len);
				out->len += J->val.len;
				out->data[out->len++] = '\n';
			}
		}
		else if (p < e && *p == '[' && string_array(&p, e, &J->val))
		{
			/* the page's text nodes (a scraper's list): a line each */
			if (J->val.len >= JSON_LONG)
			{
				memcpy(out->data + out->len, J->val.data, J->val.len);
				out->len += J->val.len;
			}
		}
		else
		{
			if (p < e && (*p == '{' || *p == '[') && J->nnest < NNEST)
				J->nest[J->nnest++] = p;
			p = skip_value(p, e);
		}
	}
	*pp = p;
	return true;
}

/*
 * The record at *pp ('{'), or, when its own strings hold no text, the
 * first object nested in it (in an object, or, of an array's elements, the
 * one with the most text; to a depth of 6) that has some: a search
 * engine's answer carries the page in hits.hits[0]._source, beside counts
 * and ids; a microblog export, the report among the account's posts.
 */
static bool
json_record(gdr_ctx *ctx, const char *p, const char *e, gdr_buf *out, jstate *J,
			int depth)
{
	const char *start = p;
	const char *nest[NNEST];
	int			nn,
				i;

	out->len = 0;
	J->body_at = 0;
	J->nhdr = 0;
	J->nnest = 0;
	if (!json_object(ctx, &p, e, out, J))
		return false;
	if (out->len > J->body_at || depth >= 6)
		return true;
	nn = J->nnest;
	memcpy(nest, J->nest, sizeof(nest));
	for (i = 0; i < nn; i++)
	{
		const char *q = nest[i];

		if (*q == '{')
		{
			if (!json_record(ctx, q, e, out, J, depth + 1))
				return false;
			if (out->len > J->body_at)
				return true;
			continue;
		}
		/*
		 * An array: of its objects, the one with the most text (a feed of
		 * posts, where a short repost of another body's report comes
		 * before the long post that is the report)
		 */
		{
			gdr_buf		best = {0};	/* its output, kept (not read again) */
			size_t		best_len = 0,
						best_body = 0;
			int			best_nhdr = 0;

			for (q++;;)
			{
				q = skip_sep(q, e);
				if (q >= e || *q == ']')
					break;
				if (*q == '{')
				{
					if (!json_record(ctx, q, e, out, J, depth + 1))
						return false;
					if (out->len > J->body_at && out->len - J->body_at > best_len)
					{
						best.len = 0;
						if (!gdr_buf_append(ctx, &best, out->data, out->len))
							return false;
						best_len = out->len - J->body_at;
						best_body = J->body_at;
						best_nhdr = J->nhdr;
					}
				}
				q = skip_value(q, e);
				if (q < e && *q == '}')
					break;		/* (a malformed array) */
			}
			if (best_len > 0)
			{
				/* (out has room: every element's output fitted in it) */
				memcpy(out->data, best.data, best.len);
				out->len = best.len;
				J->body_at = best_body;
				J->nhdr = best_nhdr;
				return true;
			}
		}
	}
	/* nothing nested has text either: the record's own header, if any */
	out->len = 0;
	J->body_at = 0;
	J->nhdr = 0;
	J->nnest = 0;
	p = start;
	return depth > 0 || json_object(ctx, &p, e, out, J);
}


/*
 * The next pair of the object whose pairs begin at *pp: its key into key,
 * and where its value begins (before the end).  NULL at the object's end
 * (*pp past its '}', *done true) or when what follows is no pair (*done
 * false).
 */
static const char *
next_key(const char **pp, const char *e, char *key, bool *done)
{
	const char *p = *pp;
	const char *v;

	*done = false;
	p = skip_sep(p, e);
	if (p >= e || *p == '}')
	{
		*pp = p + (p < e);
		*done = p < e;
		return NULL;
	}
	v = json_key(p, e, key);
	*pp = p;
	return v != NULL && v < e ? v : NULL;
}

/* element types that are page furniture, not the document's text */
static bool
furniture(const char *type, size_t n)
{
	static const char *const skip[] = {"Header", "Footer", "PageNumber", "PageBreak", "Image"};
	int			i;

	for (i = 0; i < (int) (sizeof(skip) / sizeof(skip[0])); i++)
		if (strlen(skip[i]) == n && memcmp(type, skip[i], n) == 0)
			return true;
	return false;
}

/*
 * The array of elements at p ('['): each element's text (or its table's
 * HTML) a line, into out.  *n is the number of elements that had a "type"
 * and a "text" (0: no such array).  False on a cancel.
 */
static bool
json_elements(gdr_ctx *ctx, const char *p, const char *e, gdr_buf *out, int *n)
{
	gdr_buf		type = {0},
				text = {0},
				html = {0};
	size_t		cap = (size_t) (e - p) + 1;
	char		key[JSON_KEYMAX + 1];

	*n = 0;
	if (!gdr_buf_reserve(ctx, &type, cap) || !gdr_buf_reserve(ctx, &text, cap) ||
		!gdr_buf_reserve(ctx, &html, cap))
		return false;
	for (p++;;)
	{
		bool		have_type = false,
					have_text = false,
					have_html = false,
					done;
		const char *v;

		if (gdr_work(ctx, 64))
			return false;
		p = skip_sep(p, e);
		if (p >= e || *p != '{')
			break;
		/* the element's pairs */
		for (p++; (v = next_key(&p, e, key, &done)) != NULL;)
		{
			p = v;
			if (*p == '"' && (strcmp(key, "type") == 0 || strcmp(key, "text") == 0))
			{
				gdr_buf    *b = key[1] == 'y' ? &type : &text;

				b->len = 0;
				if (!json_string(&p, e, b))
					return ctx->status == 0;
				have_type = have_type || b == &type;
				have_text = have_text || b == &text;
			}
			else if (*p == '{' && strcmp(key, "metadata") == 0)
			{
				/* its text_as_html, the rest passed over */
				for (p++; (v = next_key(&p, e, key, &done)) != NULL;)
				{
					p = v;
					if (*p == '"' && strcmp(key, "text_as_html") == 0)
					{
						html.len = 0;
						if (!json_string(&p, e, &html))
							return ctx->status == 0;
						have_html = html.len > 0;
					}
					else
						p = skip_value(p, e);
				}
				if (!done)
					return ctx->status == 0;	/* not JSON after all */
			}
			else
				p = skip_value(p, e);
		}
		if (!done)
			return ctx->status == 0;
		if (!have_type || !have_text)
			continue;
		(*n)++;
		if (furniture(type.data, type.len))
			continue;
		if (have_html)
		{
			/* (one line: the HTML reader's rows end it) */
			memcpy(out->data + out->len, html.data, html.len);
			out->len += html.len;
		}
		else
		{
			memcpy(out->data + out->len, text.data, text.len);
			out->len += text.len;
		}
		out->data[out->len++] = '\n';
	}
	return ctx->status == 0;
}

/*
 * The next "key": of a flat scan from *pp (strings that are values are
 * passed over, whatever their nesting): its key decoded into key, *pp at
 * its value.  1: found, 0: the text ends (or a string does not), -1: a
 * cancel.
 */
static int
scan_key(gdr_ctx *ctx, const char **pp, const char *e, gdr_buf *key)
{
	const char *p = *pp;

	while (p < e)
	{
		const char *q;

		if (*p != '"')
		{
			p++;
			continue;
		}
		key->len = 0;
		if (!json_string(&p, e, key))
			break;
		if (gdr_work(ctx, key->len + 16))
			return -1;
		q = skip_ws(p, e);
		if (q >= e || *q != ':')
			continue;			/* a value, not a key */
		*pp = skip_ws(q + 1, e);
		return 1;
	}
	*pp = e;
	return 0;
}

/*
 * Every string whose key is "words", in order, a line each: the lines of an
 * OCR service's answer (Baidu's words_result[].words, a page per element
 * when the pages were sent one by one).  *n is how many.
 */
static bool
json_words(gdr_ctx *ctx, const char *p, const char *e, gdr_buf *out, int *n)
{
	gdr_buf		tok = {0};
	int			k;

	*n = 0;
	if (!gdr_buf_reserve(ctx, &tok, (size_t) (e - p) + 1))
		return false;
	while ((k = scan_key(ctx, &p, e, &tok)) > 0)
	{
		if (tok.len == 5 && memcmp(tok.data, "words", 5) == 0 && p < e && *p == '"')
		{
			size_t		at = out->len;

			if (!json_string(&p, e, out))
			{
				out->len = at;
				break;
			}
			out->data[out->len++] = '\n';
			(*n)++;
		}
	}
	if (k < 0)
		return false;
	return ctx->status == 0;
}

/*
 * The header block before HTML content: each line ended by <br>, or the
 * HTML reader, which collapses line breaks, runs the title into 来源：
 */
static bool
header_breaks(gdr_ctx *ctx, gdr_buf *out, const jstate *J)
{
	gdr_buf		nb = {0};
	size_t		i,
				from = 0,
				b = J->body_at;

	if (b == 0 || b > out->len)
		return true;
	for (i = b; i < out->len && (out->data[i] == ' ' || out->data[i] == '\n' ||
								 out->data[i] == '\t' || out->data[i] == '\r'); i++)
		;
	if (i >= out->len || out->data[i] != '<')
		return true;
	if (!gdr_buf_reserve(ctx, &nb, out->len + 4 * (size_t) J->nhdr + 16))
		return false;
	for (i = 0; i < b; i++)
		if (out->data[i] == '\n')
		{
			if (!gdr_buf_append(ctx, &nb, out->data + from, i - from) ||
				!gdr_buf_append(ctx, &nb, "<br>", 4))
				return false;
			from = i;
		}
	if (!gdr_buf_append(ctx, &nb, out->data + from, out->len - from))
		return false;
	*out = nb;
	return true;
}

/*
 * A Jupyter notebook that scraped a report ({"cells": [...]}): what its
 * cells printed is the report -- stream output (print()), and results
 * shown as HTML (a DataFrame of a table the page had, read by pandas with
 * its spans filled in) or else as plain text.  The cells' sources (the
 * scraper's code, and markdown notes titled like the report) are not.
 * Written as an HTML page for the HTML reader: a <p> for each printed line.
 */

/*
 * The string, or the array of strings (a notebook's lines), at *pp into h:
 * as it is when html, else a <p> a line, escaped.  tmp has room for any
 * string of the text.  *pp ends after the value.
 */
static bool
nb_text(gdr_ctx *ctx, const char **pp, const char *e, gdr_buf *h, gdr_buf *tmp,
		bool html)
{
	const char *p = *pp;

	tmp->len = 0;
	if (p < e && *p == '"')
	{
		if (!json_string(&p, e, tmp))
			return false;
	}
	else if (p < e && *p == '[')
	{
		for (p++;;)
		{
			p = skip_sep(p, e);
			if (p >= e || *p != '"')
				break;
			if (!json_string(&p, e, tmp))
				return false;
		}
		if (p < e && *p == ']')
			p++;
	}
	else
		p = skip_value(p, e);
	*pp = p;
	if (html)
		return gdr_buf_append(ctx, h, tmp->data, tmp->len) && gdr_buf_putc(ctx, h, '\n');
	return gdr_buf_put_paras(ctx, h, tmp->data, tmp->len);
}

/* the notebook's cells array at p ('['): its outputs into out; *n cells */
static bool
json_notebook(gdr_ctx *ctx, const char *p, const char *e, gdr_buf *out, int *n)
{
	gdr_buf		h = {0},
				tmp = {0};
	char		key[JSON_KEYMAX + 1];
	const char *v;
	bool		done;

	*n = 0;
	if (!gdr_buf_reserve(ctx, &tmp, (size_t) (e - p) + 1) ||
		!gdr_buf_reserve(ctx, &h, (size_t) (e - p) / 2 + 64) ||
		!gdr_buf_append(ctx, &h, "<html><body>\n", 13))
		return false;
	for (p++;;)
	{
		bool		cell = false;

		if (gdr_work(ctx, 64))
			return false;
		p = skip_sep(p, e);
		if (p >= e || *p != '{')
			break;
		for (p++; (v = next_key(&p, e, key, &done)) != NULL;)
		{
			p = v;
			if (!cell && strcmp(key, "cell_type") == 0)
			{
				cell = true;
				(*n)++;
			}
			if (*p != '[' || strcmp(key, "outputs") != 0)
			{
				p = skip_value(p, e);
				continue;
			}
			/* each output: a stream's "text", or a result's "data" */
			for (p++;;)
			{
				p = skip_sep(p, e);
				if (p >= e || *p != '{')
					break;
				for (p++; (v = next_key(&p, e, key, &done)) != NULL;)
				{
					const char *html_at = NULL,
							   *plain_at = NULL;

					p = v;
					if (strcmp(key, "text") == 0)
					{
						if (!nb_text(ctx, &p, e, &h, &tmp, false))
							goto finish;
						continue;
					}
					if (*p != '{' || strcmp(key, "data") != 0)
					{
						p = skip_value(p, e);
						continue;
					}
					for (p++; (v = next_key(&p, e, key, &done)) != NULL;)
					{
						p = v;
						if (strcmp(key, "text/html") == 0)
							html_at = p;
						else if (strcmp(key, "text/plain") == 0)
							plain_at = p;
						p = skip_value(p, e);
					}
					if (!done)
						goto finish;
					if (html_at != NULL ? !nb_text(ctx, &html_at, e, &h, &tmp, true) :
						plain_at != NULL && !nb_text(ctx, &plain_at, e, &h, &tmp, false))
						goto finish;
				}
				if (!done)
					goto finish;
			}
			p = skip_ws(p, e);
			if (p < e && *p == ']')
				p++;
		}
		if (!done)
			break;
	}
finish:
	/* (a notebook cut short: what its cells printed so far) */
	if (ctx->status)
		return false;
	if (*n == 0 || !gdr_buf_append(ctx, &h, "</body></html>\n", 15))
		return ctx->status == 0;
	*out = h;
	return true;
}


/*
 * pdf2json (the npm package's JSON of a PDF): {"Pages": [{"Texts": [{"x",
 * "y", "w", "R": [{"T": "%E5%B9%B4…"}]}]}]}, each text run percent-encoded.
 * A run ends at a line's end, a cell's end, or where the font changes (a
 * number in a Chinese sentence is a run of its own).  Some of its
 * versions write every run at one x and y, so only the runs' order and
 * widths are left to say where lines end.  Text runs are joined (a
 * sentence, a label or a header wrapped in its cell, or cut into pieces
 * by the PDF's writer: 未 | 经复 | 议 | 直接 | 起 | 诉), and numbers stand on
 * lines of their own, as the cells of Word's text do, except:
 * - a number joins the text around it when a unit or a closing mark follows
 *   it (全年新收 | 26 | 件，上年结转): a sentence's figure;
 * - an item number joins its label (1. | 属于国家秘密);
 * - a line ends after 。, before a heading (二、主动公开…, （三）…) or an
 *   item number, and around a run of white space; a heading alone is no
 *   sentence, its next number no figure of it (一、总体情况 | 2020 | 年);
 * - a date that ends the text is the signature's: a line of its own
 *   (…结算中心 | 2021 | 年 | 1 | 月 | 22 | 日).
 */
typedef struct p2run
{
	size_t		a;				/* its text in the decoded buffer */
	size_t		n;
} p2run;

/* "%E5%B9%B4" -> its bytes, in place; the new length */
static size_t
percent_decode(char *s, size_t n)
{
	size_t		i,
				o = 0;

	for (i = 0; i < n; i++)
	{
		long		v;
		char		h[4];

		if (s[i] == '%' && i + 2 < n)
		{
			h[0] = '0';
			h[1] = '0';
			h[2] = s[i + 1];
			h[3] = s[i + 2];
			if ((v = hex4(h, h + 4)) >= 0)
			{
				s[o++] = (char) v;
				i += 2;
				continue;
			}
		}
		s[o++] = s[i];
	}
	return o;
}

/* a number (digits, with . , or %), not an item number (1.) */
static bool
p2_num(const char *s, size_t n)
{
	size_t		i;
	bool		digit = false;

	for (i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			digit = true;
		else if (s[i] != '.' && s[i] != ',' && s[i] != '%')
			return false;
	return digit && s[n - 1] != '.';
}

/* an item number: 1. to 99. */
static bool
p2_item(const char *s, size_t n)
{
	return n >= 2 && n <= 3 && s[n - 1] == '.' && s[0] >= '0' && s[0] <= '9' &&
		(n == 2 || (s[1] >= '0' && s[1] <= '9'));
}

/* white space only (a space, no-break or ideographic) */
static bool
p2_blank(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		if (s[i] == ' ' || s[i] == '\t')
			i++;
		else if (n - i >= 2 && memcmp(s + i, "\xC2\xA0", 2) == 0)
			i += 2;
		else if (n - i >= 3 && memcmp(s + i, "\xE3\x80\x80", 3) == 0)
			i += 3;
		else
			return false;
	}
	return true;
}

/* does the run begin with what follows a figure in a sentence: a unit
 * (条 件 名 年 万元 …) or a closing mark (， 。 、 ） 〕 %)? */
static bool
p2_unit(const char *s, size_t n)
{
	static const char *const u[] = {
		"条", "件", "个", "名", "项", "次", "篇", "年", "月", "日", "号", "万", "元", "人",
		"家", "期", "场", "份", "批", "余", "多", "起", "户", "天", "倍", "类", "种",
		"，", "。", "、", "；", "：", "）", "〕", "》", "%", ",", ")"
	};
	size_t		k;

	for (k = 0; k < sizeof(u) / sizeof(u[0]); k++)
	{
		size_t		l = strlen(u[k]);

		if (n >= l && memcmp(s, u[k], l) == 0)
			return true;
	}
	return false;
}

/* a section heading alone: 一、总体情况, （二）依申请公开 (no sentence in it) */
static bool
p2_heading(const char *s, size_t n)
{
	static const char num[] = "一二三四五六七八九十";
	size_t		i = 0;
	bool		paren = n >= 3 && memcmp(s, "（", 3) == 0;

	if (n > 96 || gdr_memmem(s, n, "，", 3) || gdr_memmem(s, n, "。", 3))
		return false;
	if (paren)
		i = 3;
	while (i + 3 <= n && gdr_memmem(num, sizeof(num) - 1, s + i, 3) != NULL &&
		   (((unsigned char) s[i] & 0xF0) == 0xE0))
		i += 3;
	if (i == (paren ? 3u : 0u))
		return false;
	return i + 3 <= n && memcmp(s + i, paren ? "）" : "、", 3) == 0;
}

/*
 * The first of the last runs when they are a date and nothing else
 * (2021 | 年 | 1 | 月 | 22 | 日: the date under the signature), else -1
 */
static int
p2_tail_date(const char *tx, const p2run *R, int n)
{
	char		b[64];
	int			i,
				k;

	for (i = n - 1; i >= 0 && i >= n - 6; i--)
	{
		size_t		len = 0;
		int			y = 0,
					nd = 0;

		for (k = i; k < n; k++)
		{
			if (len + R[k].n >= sizeof(b))
				return -1;
			memcpy(b + len, tx + R[k].a, R[k].n);
			len += R[k].n;
		}
		/* YYYY年M月D日 exactly */
		for (k = 0; k < (int) len && b[k] >= '0' && b[k] <= '9'; k++)
			y = y * 10 + (b[k] - '0'), nd++;
		if (nd == 4 && y >= 2000 && len - (size_t) k >= 9 && memcmp(b + k, "年", 3) == 0 &&
			len >= 3 && memcmp(b + len - 3, "日", 3) == 0 &&
			gdr_memmem(b + k, len - (size_t) k, "月", 3) != NULL &&
			R[i].n == 4)
			return i > 0 ? i : -1;
	}
	return -1;
}

/* does s (pdf2json's JSON) hold text runs: "R":[{"T":" */
static bool
is_pdf2json(const char *s, size_t len)
{
	size_t		head = len < 4096 ? len : 4096;

	return gdr_memmem(s, head, "\"Pages\"", 7) != NULL &&
		(gdr_memmem(s, head, "pdf2json", 8) != NULL ||
		 gdr_memmem(s, len, "\"R\":[{\"T\":\"", 11) != NULL);
}

static bool
json_pdf2json(gdr_ctx *ctx, const char *p, const char *e, gdr_buf *out, int *nruns)
{
	gdr_buf		tx = {0},
				key = {0};
	p2run	   *R = NULL;
	int			n = 0,
				max = 0,
				i,
				k,
				datefrom;
	bool		page = false;	/* a new page began */

	*nruns = 0;
	if (!gdr_buf_reserve(ctx, &tx, (size_t) (e - p) + 1) ||
		!gdr_buf_reserve(ctx, &key, (size_t) (e - p) + 1))
		return false;
	while ((k = scan_key(ctx, &p, e, &key)) > 0)
	{
		if (key.len == 5 && memcmp(key.data, "Texts", 5) == 0)
			page = n > 0;
		else if (key.len == 1 && key.data[0] == 'T' && p < e && *p == '"')
		{
			size_t		at = tx.len;
			p2run	   *nr;

			if (!json_string(&p, e, &tx))
				break;
			tx.len = at + percent_decode(tx.data + at, tx.len - at);
			if (page)
			{
				/* a page's end: an empty run (a line of its own) */
				page = false;
				nr = gdr_grow(ctx, R, n, &max, sizeof(p2run), 256);
				if (nr == NULL)
					return false;
				R = nr;
				R[n].a = at;
				R[n++].n = 0;
			}
			nr = gdr_grow(ctx, R, n, &max, sizeof(p2run), 256);
			if (nr == NULL)
				return false;
			R = nr;
			R[n].a = at;
			R[n++].n = tx.len - at;
		}
	}
	if (k < 0)
		return false;
	if (ctx->status || n == 0)
		return ctx->status == 0;
	if (!gdr_buf_reserve(ctx, out, tx.len + (size_t) n + 2))
		return false;
	datefrom = p2_tail_date(tx.data, R, n);
	for (i = 0; i < n; i++)
	{
		const char *a = tx.data + R[i].a;
		size_t		an = R[i].n;
		const char *b;
		size_t		bn;
		bool		join;

		if (!p2_blank(a, an))
		{
			memcpy(out->data + out->len, a, an);
			out->len += an;
		}
		if (i + 1 == n)
			break;
		b = tx.data + R[i + 1].a;
		bn = R[i + 1].n;
		if (p2_blank(a, an) || p2_blank(b, bn))	/* (an empty run too) */
			join = false;
		else if (p2_item(a, an))
			join = true;
		else if (p2_num(b, bn))
			join = !p2_num(a, an) && !p2_heading(a, an) && i + 2 < n &&
				p2_unit(tx.data + R[i + 2].a, R[i + 2].n);
		else if (p2_num(a, an))
			join = p2_unit(b, bn);
		else if (an >= 3 && memcmp(a + an - 3, "。", 3) == 0)
			join = false;
		else
			join = !p2_heading(b, bn) && !p2_item(b, bn);
		if (i + 1 == datefrom)
			join = false;		/* the signature's date on a line of its own */
		if (!join && out->len > 0 && out->data[out->len - 1] != '\n')
			out->data[out->len++] = '\n';
	}
	if (out->len > 0 && out->data[out->len - 1] != '\n')
		out->data[out->len++] = '\n';
	out->data[out->len] = '\0';
	*nruns = n;
	return true;
}

/* ------------------------------------------------------------------ */
/* a Telegram chat export (Telegram Desktop's result.json)             */
/* ------------------------------------------------------------------ */

/*
 * {"name": …, "type": …, "messages": [{"id", "type": "message", "date",
 * "from", "from_id", "text", "text_entities"}, …]}: a message's "text" is
 * a string, or a list of strings and entities ({"type": "bold", "text":
 * …}) whose texts make it.  A report posted in a chat comes as the longest
 * message and, too long for one, the messages its sender posted right
 * after it (the next part goes on in the middle of a sentence: 已辦結 /
 * 四十一件); the others (comments, other years' figures) are left out.  The
 * parts are joined as they were cut, a line break between them only where
 * one ends a sentence.
 */

typedef struct tgmsg
{
	size_t		at;				/* its text in the texts buffer */
	size_t		len;
	char		from[JSON_KEYMAX + 1];	/* from_id, cut */
} tgmsg;

/*
 * The message "text" value at *pp (a string or a list) decoded at the end
 * of out (which has room: see json_string); false if it does not end
 */
static bool
tg_text(const char **pp, const char *e, gdr_buf *out)
{
	const char *p = *pp;
	char		key[JSON_KEYMAX + 1];
	const char *v;
	bool		done;

	if (*p == '"')
		return json_string(pp, e, out);
	if (*p != '[')
	{
		*pp = skip_value(p, e);
		return true;
	}
	for (p++;;)
	{
		p = skip_sep(p, e);
		if (p >= e || *p == ']')
			break;
		if (*p == '"')
		{
			if (!json_string(&p, e, out))
				return false;
			continue;
		}
		if (*p != '{')
		{
			p = skip_value(p, e);
			continue;
		}
		/* an entity: its "text" */
		for (p++; (v = next_key(&p, e, key, &done)) != NULL;)
		{
			p = v;
			if (*p == '"' && strcmp(key, "text") == 0)
			{
				if (!json_string(&p, e, out))
					return false;
			}
			else
				p = skip_value(p, e);
		}
		if (!done)
			return false;
	}
	*pp = p + (p < e);
	return true;
}

/* a Telegram export (p at its '{'): the report's messages into out; *n */
static bool
json_telegram(gdr_ctx *ctx, const char *p, const char *e, gdr_buf *out, int *n)
{
	gdr_buf		texts = {0};
	tgmsg	   *m = NULL;
	int			nm = 0,
				maxm = 0,
				best = -1,
				i;
	char		key[JSON_KEYMAX + 1];
	const char *v;
	bool		done;

	*n = 0;
	/* (every string decoded into it: never longer than the export) */
	if (!gdr_buf_reserve(ctx, &texts, (size_t) (e - p) + 1))
		return false;
	for (p++; (v = next_key(&p, e, key, &done)) != NULL;)
	{
		p = v;
		if (*p != '[' || strcmp(key, "messages") != 0)
		{
			p = skip_value(p, e);
			continue;
		}
		for (p++;;)
		{
			tgmsg		x;
			bool		msg = false;

			if (gdr_work(ctx, 64))
				return false;
			p = skip_sep(p, e);
			if (p >= e || *p != '{')
				break;
			memset(&x, 0, sizeof(x));
			x.at = texts.len;
			for (p++; (v = next_key(&p, e, key, &done)) != NULL;)
			{
				p = v;
				if (*p == '"' && (strcmp(key, "type") == 0 || strcmp(key, "from_id") == 0))
				{
					/* (decoded after the text, then taken off again) */
					size_t		at = texts.len,
								k;

					if (!json_string(&p, e, &texts))
						return true;
					k = texts.len - at;
					if (key[0] == 't')
						msg = k == 7 && memcmp(texts.data + at, "message", 7) == 0;
					else
					{
						k = k < JSON_KEYMAX ? k : JSON_KEYMAX;
						memcpy(x.from, texts.data + at, k);
						x.from[k] = '\0';
					}
					texts.len = at;
				}
				else if (strcmp(key, "text") == 0)
				{
					if (!tg_text(&p, e, &texts))
						return true;
				}
				else
					p = skip_value(p, e);
			}
			if (!done)
				break;
			x.len = texts.len - x.at;
			if (!msg)
			{
				texts.len = x.at;
				continue;
			}
			if (nm == maxm)
			{
				tgmsg	   *g = gdr_grow(ctx, m, nm, &maxm, sizeof(tgmsg), 64);

				if (g == NULL)
					return false;
				m = g;
			}
			m[nm++] = x;
		}
		break;
	}
	for (i = 0; i < nm; i++)
		if (best < 0 || m[i].len > m[best].len)
			best = i;
	if (best < 0 || m[best].len < JSON_LONG)
		return true;
	/* the longest message, and its sender's next ones */
	for (i = best; i < nm && (i == best || strcmp(m[i].from, m[best].from) == 0); i++)
	{
		const char *t = texts.data + m[i].at;

		/* (a part that ends a sentence: the next begins a line) */
		if (i > best && out->len >= 3 && memcmp(out->data + out->len - 3, "。", 3) == 0 &&
			!gdr_buf_putc(ctx, out, '\n'))
			return false;
		if (!gdr_buf_append(ctx, out, t, m[i].len))
			return false;
		(*n)++;
	}
	return gdr_buf_putc(ctx, out, '\n');
}

/* is the object at p ('{') a Telegram export (a "messages" list with text_entities)? */
static bool
is_telegram(const char *p, size_t len)
{
	size_t		n = len < 4096 ? len : 4096;

	return gdr_memmem(p, n, "\"messages\"", 10) != NULL &&
		gdr_memmem(p, n, "\"text_entities\"", 15) != NULL;
}

bool
gdr_json_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	const char *p = s,
			   *e = s + len;
	jstate		J;

	memset(&J, 0, sizeof(J));
	/* the decoded text is never longer than the record, plus the labels */
	if (!gdr_buf_reserve(ctx, out, len + 256) || !gdr_buf_reserve(ctx, &J.val, len + 1))
		return false;
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	p = skip_ws(p, e);
	if (is_pdf2json(p, (size_t) (e - p)))
	{
		int			n;

		if (!json_pdf2json(ctx, p, e, out, &n))
			return false;
		if (n > 0)
			return true;
		out->len = 0;
	}
	if (p < e && *p == '[')
	{
		int			n;

		/* document elements, or OCR lines; else the array's first record */
		if (!json_elements(ctx, p, e, out, &n))
			return false;
		if (n == 0)
		{
			out->len = 0;
			if (!json_words(ctx, p, e, out, &n))
				return false;
		}
		if (n > 0)
		{
			out->data[out->len] = '\0';
			return ctx->status == 0;
		}
		out->len = 0;
		p = skip_ws(p + 1, e);
		if (!json_record(ctx, p, e, out, &J, 0))
			return false;
		/* an array of records that hold no text: the text as it is */
		if (out->len == 0)
		{
			memcpy(out->data, s, len);
			out->len = len;
		}
		out->data[out->len] = '\0';
		return header_breaks(ctx, out, &J) && ctx->status == 0;
	}
	/* a Telegram chat export: the report's messages */
	if (p < e && *p == '{' && is_telegram(p, (size_t) (e - p)))
	{
		int			n;

		if (!json_telegram(ctx, p, e, out, &n))
			return false;
		if (n > 0)
		{
			out->data[out->len] = '\0';
			return ctx->status == 0;
		}
		out->len = 0;
	}
	/* a Jupyter notebook: {"cells": [...], ...} */
	{
		const char *q = skip_ws(p + 1, e);
		char		key[JSON_KEYMAX + 1];
		const char *v = json_key(q, e, key);
		int			n;

		if (v != NULL && *v == '[' && strcmp(key, "cells") == 0)
		{
			if (!json_notebook(ctx, v, e, out, &n))
				return false;
			if (n > 0)
				return true;
			out->len = 0;
		}
	}
	if (!json_record(ctx, p, e, out, &J, 0))
		return false;
	/* an OCR answer for one page: {"words_result": [{"words": …}]} */
	if (out->len == 0)
	{
		int			n;

		if (!json_words(ctx, p, e, out, &n))
			return false;
	}
	out->data[out->len] = '\0';
	return header_breaks(ctx, out, &J) && ctx->status == 0;
}
