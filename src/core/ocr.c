/*
 * ocr.c -- text read off a scanned page by OCR (Tesseract and the like).
 *
 * Two marks of OCR spoil a table's rows:
 *  - a table's vertical rules read as a lone '|' at the start or the end of
 *    a line ("| 行 政 处 罚 3O", "... 1 0 0 0 0 0 17 |"), which hides the
 *    row's label or its last cell;
 *  - the letters O and l (or I) read for the digits 0 and 1 inside a
 *    number ("lO6", "3O", "l4"), or alone where a cell holds one digit.
 *
 * A text is taken for OCR when at least OCR_MIN lines carry a '|' at one
 * end or both and none between, four times as many as the lines with a '|'
 * elsewhere (a markdown or pipe table has those, "| a | b |", and a pipe
 * table cut by a converter leaves a few of its rows in pieces).  Then the lone rules
 * are taken off, and in each line a token of digits and O/l/I with at
 * least one digit is read as the number it stands for; a lone O or l (or
 * I) is read as 0 or 1 only between numbers (after a number, and before
 * one or at the line's end).  No other letter is changed: a cell OCR made
 * into anything else ("口" for 0) stays text, so its row's cells are
 * placed as a row with a cell missing is, or left null.  `fixed` counts
 * the tokens read as numbers, for the warning the caller gives.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define OCR_MIN 4

static inline bool
ocr_letter(char c)
{
	return c == 'O' || c == 'l' || c == 'I';
}

static inline bool
is_dig(char c)
{
	return c >= '0' && c <= '9';
}

/* the line's content without its leading and trailing spaces */
static void
trim(const char **a, const char **b)
{
	while (*a < *b && (**a == ' ' || **a == '\t' || **a == '\r'))
		(*a)++;
	while (*b > *a && ((*b)[-1] == ' ' || (*b)[-1] == '\t' || (*b)[-1] == '\r'))
		(*b)--;
}

/*
 * The table rules of a line: bit 1 a '|' at its start, bit 2 one at its
 * end, and no '|' between them (0 when there is one, or none at all, or
 * when what they enclose is one token)
 */
static int
lone_rule(const char *a, const char *b)
{
	int			r = 0;

	trim(&a, &b);
	if (b - a < 2)
		return 0;
	if (*a == '|')
		r |= 1, a++;
	if (b > a && b[-1] == '|')
		r |= 2, b--;
	if (r == 0 || memchr(a, '|', (size_t) (b - a)) != NULL)
		return 0;
	/* a row, not one cell and its rule ("0 |", as Word's text gives) */
	trim(&a, &b);
	if (memchr(a, ' ', (size_t) (b - a)) == NULL)
		return 0;
	return r;
}

bool
gdr_ocr_any(const char *s, size_t len)
{
	const char *p = s,
			   *e = s + len;
	int			lone = 0,
				multi = 0;

	if (memchr(s, '|', len) == NULL)
		return false;
	/* the lines that hold a '|', found from their first '|' */
	while (p < e)
	{
		const char *q = memchr(p, '|', (size_t) (e - p));
		const char *a,
				   *le;

		if (q == NULL)
			break;
		for (a = q; a > p && a[-1] != '\n'; a--)
			;
		le = memchr(q, '\n', (size_t) (e - q));
		if (le == NULL)
			le = e;
		if (lone_rule(a, le))
			lone++;
		else
			multi++;
		p = le + 1;
	}
	return lone >= OCR_MIN && multi * 4 <= lone;
}

/* is t[0..n) a number as OCR gives it: digits and O/l/I, one digit at least */
static bool
ocr_number(const char *t, size_t n, bool *letters)
{
	size_t		i;
	bool		dig = false;

	*letters = false;
	for (i = 0; i < n; i++)
	{
		if (is_dig(t[i]))
			dig = true;
		else if (ocr_letter(t[i]))
			*letters = true;
		else
			return false;
	}
	return n > 0 && dig;
}

static void
put_digits(gdr_buf *out, const char *t, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		out->data[out->len++] = t[i] == 'O' ? '0' : ocr_letter(t[i]) ? '1' : t[i];
}

bool
gdr_ocr_clean(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, int *fixed)
{
	const char *p = s,
			   *e = s + len;

	*fixed = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	while (p < e)
	{
		const char *le = memchr(p, '\n', (size_t) (e - p));
		const char *a = p,
				   *b,
				   *t;
		int			rule;
		bool		prev_num = false;

		if (le == NULL)
			le = e;
		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		b = le;
		rule = lone_rule(a, b);
		if (rule)
		{
			trim(&a, &b);
			a += rule & 1;
			b -= (rule & 2) >> 1;
			trim(&a, &b);
		}
		/* the tokens, separated by spaces, copied with their spaces */
		for (t = a; t < b;)
		{
			const char *te = t;
			bool		letters;

			if (*t == ' ' || *t == '\t')
			{
				out->data[out->len++] = *t++;
				continue;
			}
			while (te < b && *te != ' ' && *te != '\t')
				te++;
			if (ocr_number(t, (size_t) (te - t), &letters))
			{
				put_digits(out, t, (size_t) (te - t));
				*fixed += letters;
				prev_num = true;
			}
			else if (te - t == 1 && ocr_letter(*t) && prev_num)
			{
				/* a lone O or l after a number: before one, or last */
				const char *n = te;
				const char *ne;
				bool		l2;

				while (n < b && (*n == ' ' || *n == '\t'))
					n++;
				ne = n;
				while (ne < b && *ne != ' ' && *ne != '\t')
					ne++;
				if (n == b || ocr_number(n, (size_t) (ne - n), &l2))
				{
					out->data[out->len++] = *t == 'O' ? '0' : '1';
					(*fixed)++;
				}
				else
				{
					memcpy(out->data + out->len, t, (size_t) (te - t));
					out->len += (size_t) (te - t);
					prev_num = false;
				}
			}
			else
			{
				memcpy(out->data + out->len, t, (size_t) (te - t));
				out->len += (size_t) (te - t);
				prev_num = false;
			}
			t = te;
		}
		if (le < e)
			out->data[out->len++] = '\n';
		p = le + 1;
	}
	out->data[out->len] = '\0';
	return ctx->status == 0;
}
