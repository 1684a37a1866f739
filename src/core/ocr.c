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
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memrchr */
#endif
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define OCR_MIN 4
/*
 * Past this many lines with pipes between their cells, the '\n' left are
 * counted once, and the scan stops as soon as even all of them could not
 * make a text of lone rules (a pipe table, seed 004's "0 |" rows)
 */
#define OCR_CHECK_AT 16

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

static inline bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* the line's content without its leading and trailing spaces */
static void
trim(const char **a, const char **b)
{
	while (*a < *b && is_blank(**a))
		(*a)++;
	while (*b > *a && is_blank((*b)[-1]))
		(*b)--;
}

/*
 * The table rules of line ls[0..le), which holds npipes '|' (3: three or
 * more), the first at f and the last at l: bit 1 a '|' at its start, bit 2
 * one at its end, and no '|' between them (0 when there is one, or when
 * what they enclose is one token)
 */
static int
lone_rule_of(const char *ls, const char *le, int npipes, const char *f, const char *l)
{
	const char *a = ls,
			   *b = le;
	int			r;

	/* a '|' at each end at most: a third lies between them */
	if (npipes > 2)
		return 0;
	while (a < f && is_blank(*a))
		a++;
	while (b > l + 1 && is_blank(b[-1]))
		b--;
	if (b - a < 2)
		return 0;
	if (npipes == 2 && !(f == a && l == b - 1))
		return 0;
	if (npipes == 1 && f != a && f != b - 1)
		return 0;
	r = (f == a) | ((l == b - 1) << 1);
	a += r & 1;
	if ((r & 2) && b > a)
		b--;
	/* a row, not one cell and its rule ("0 |", as Word's text gives) */
	while (a < b && is_blank(*a))
		a++;
	while (b > a && is_blank(b[-1]))
		b--;
	/* (a cell's few bytes: no call) */
	for (; a < b; a++)
		if (*a == ' ')
			return r;
	return 0;
}

/* the same for a line whose '|' are not found yet (0: it has none) */
static int
lone_rule(const char *a, const char *b)
{
	const char *f = memchr(a, '|', (size_t) (b - a));
	const char *l;

	if (f == NULL)
		return 0;
	l = memrchr(f, '|', (size_t) (b - f));
	return lone_rule_of(a, b, f == l ? 1 : memchr(f + 1, '|', (size_t) (l - f - 1)) ? 3 : 2, f, l);
}

/* the '\n' in s[0..len) */
static size_t
count_nl(const char *s, size_t len)
{
	size_t		n = 0,
				i = 0;

#if defined(__SSE2__)
	const __m128i vn = _mm_set1_epi8('\n');

	while (i + 16 <= len)
	{
		/* each byte lane counts to 255 at most, then the lanes are summed */
		__m128i		acc = _mm_setzero_si128();
		size_t		stop = len - i >= 255 * 16 ? i + 255 * 16 : i + ((len - i) & ~(size_t) 15);

		for (; i < stop; i += 16)
			acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (s + i)), vn));
		acc = _mm_sad_epu8(acc, _mm_setzero_si128());
		n += (size_t) _mm_cvtsi128_si32(acc) + (size_t) _mm_extract_epi16(acc, 4);
	}
#endif
	for (; i < len; i++)
		n += s[i] == '\n';
	return n;
}

bool
gdr_ocr_any(const char *s, size_t len)
{
	const char *e = s + len;
	const char *ls = s,			/* the line's start */
			   *f = NULL,		/* its first '|' */
			   *l = NULL;		/* its last */
	int			np = 0,
				lone = 0,
				multi = 0;
	size_t		i,
				rest = 0;		/* the '\n' still ahead, once counted */
	bool		counted = false;

	/* most texts have no '|': from the line of the first on */
	f = memchr(s, '|', len);
	if (f == NULL)
		return false;
	l = f > s ? memrchr(s, '\n', (size_t) (f - s)) : NULL;
	ls = l ? l + 1 : s;
	i = (size_t) (ls - s);

	/*
	 * One pass over the '|' and '\n' of the text (16 bytes at a time where
	 * there is SSE2), classifying each line that holds a '|' at its end
	 */
#define OCR_EVENT(x) \
	do { \
		const char *x_ = (x); \
		if (*x_ == '|') \
		{ \
			if (np++ == 0) \
				f = x_; \
			l = x_; \
		} \
		else \
		{ \
			rest -= counted; \
			if (np > 0) \
			{ \
				if (lone_rule_of(ls, x_, np, f, l)) \
					lone++; \
				else if (++multi >= OCR_CHECK_AT) \
				{ \
					if (!counted) \
					{ \
						rest = count_nl(x_ + 1, (size_t) (e - x_ - 1)); \
						counted = true; \
					} \
					/* every line left a lone rule's: still too few */ \
					if ((size_t) multi * 4 > (size_t) lone + rest + 1) \
						return false; \
				} \
			} \
			np = 0; \
			ls = x_ + 1; \
		} \
	} while (0)
#if defined(__SSE2__)
	{
		const __m128i vp = _mm_set1_epi8('|');
		const __m128i vn = _mm_set1_epi8('\n');

		for (; i + 16 <= len; i += 16)
		{
			__m128i		v = _mm_loadu_si128((const __m128i *) (s + i));
			unsigned	m = (unsigned) _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, vp),
																	_mm_cmpeq_epi8(v, vn)));

			while (m != 0)
			{
				OCR_EVENT(s + i + gdr_lowest_bit(m));
				m &= m - 1;
			}
		}
	}
#endif
	for (; i < len; i++)
		if (s[i] == '|' || s[i] == '\n')
			OCR_EVENT(s + i);
#undef OCR_EVENT
	if (np > 0)
	{
		if (lone_rule_of(ls, e, np, f, l))
			lone++;
		else
			multi++;
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
