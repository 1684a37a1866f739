/*
 * util.c -- arena, buffers, warnings and UTF-8 helpers of the core.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* strnlen */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang_analyzer__)
#include <immintrin.h>
#define GDR_HAVE_AVX2_PATH 1
#endif

struct gdr_arena_block
{
	gdr_arena_block *next;
	size_t		size;
	/* data follows, max-aligned */
};

#define BLOCK_HDR	((sizeof(gdr_arena_block) + 15) & ~(size_t) 15)
#define BLOCK_MIN	(32 * 1024)
#define TICK_EVERY	(16 * 1024)

static void *
malloc_alloc(void *actx, size_t n)
{
	(void) actx;
	return malloc(n);
}

static void
malloc_free(void *actx, void *p)
{
	(void) actx;
	free(p);
}

const gdr_env gdr_env_malloc = {malloc_alloc, malloc_free, NULL, NULL, NULL};

void
gdr_ctx_init(gdr_ctx *ctx, const gdr_env *env)
{
	memset(ctx, 0, sizeof(*ctx));
	ctx->env = env;
	ctx->tick_budget = TICK_EVERY;
}

void
gdr_ctx_scratch(gdr_ctx *ctx, void *mem, size_t size)
{
	uintptr_t	a = ((uintptr_t) mem + 15) & ~(uintptr_t) 15;

	if (mem == NULL || size < (size_t) (a - (uintptr_t) mem) + 16)
		return;
	ctx->cur = (char *) a;
	ctx->left = (size - (size_t) (a - (uintptr_t) mem)) & ~(size_t) 15;
}

size_t
gdr_ctx_spilled(const gdr_ctx *ctx)
{
	const gdr_arena_block *b;
	size_t		n = 0;

	for (b = ctx->blocks; b; b = b->next)
		n += BLOCK_HDR + b->size;
	return n;
}

void
gdr_ctx_free(gdr_ctx *ctx)
{
	gdr_arena_block *b = ctx->blocks;

	while (b)
	{
		gdr_arena_block *next = b->next;

		if (ctx->env->free)
			ctx->env->free(ctx->env->actx, b);
		b = next;
	}
	ctx->blocks = NULL;
	ctx->cur = NULL;
	ctx->left = 0;
}

void *
gdr_alloc(gdr_ctx *ctx, size_t size)
{
	void	   *p;

	size = (size + 15) & ~(size_t) 15;
	if (size == 0)
		size = 16;
	if (size > ctx->left)
	{
		size_t		bsize = size > BLOCK_MIN / 2 ? size : BLOCK_MIN;
		gdr_arena_block *b;

		if (ctx->status)
			return NULL;
		if (bsize > ((size_t) 1 << 40))
		{
			ctx->status = GDR_ENOMEM;
			return NULL;
		}
		b = ctx->env->alloc(ctx->env->actx, BLOCK_HDR + bsize);
		if (b == NULL)
		{
			ctx->status = GDR_ENOMEM;
			return NULL;
		}
		b->size = bsize;
		b->next = ctx->blocks;
		ctx->blocks = b;
		if (bsize > size && bsize == BLOCK_MIN)
		{
			/* a fresh shared block becomes the bump area */
			ctx->cur = (char *) b + BLOCK_HDR;
			ctx->left = bsize;
		}
		else
			return (char *) b + BLOCK_HDR;	/* a dedicated large block */
	}
	p = ctx->cur;
	ctx->cur += size;
	ctx->left -= size;
	return p;
}

void *
gdr_alloc0(gdr_ctx *ctx, size_t size)
{
	void	   *p = gdr_alloc(ctx, size);

	if (p)
		memset(p, 0, size);
	return p;
}

char *
gdr_strndup(gdr_ctx *ctx, const char *s, size_t n)
{
	char	   *p = gdr_alloc(ctx, n + 1);

	if (p)
	{
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static char *gdr_vprintf(gdr_ctx *ctx, const char *fmt, va_list ap)
			__attribute__((format(printf, 2, 0)));

/*
 * The formats the core uses (%s %.*s %d %lld %%) written into buf[0..cap)
 * without stdio, which cost more than the rest of a warning-heavy parse:
 * returns the length, or -1 for anything else or when it does not fit
 * (the caller then asks vsnprintf).
 */
static int
fmt_simple(char *buf, size_t cap, const char *fmt, va_list ap)
{
	size_t		n = 0;
	const char *f;

	for (f = fmt; *f; f++)
	{
		const char *s;
		size_t		sl;
		char		num[24];

		if (*f != '%')
		{
			/* the literal run up to the next % (or the end) */
			const char *pc = strchr(f, '%');

			sl = pc ? (size_t) (pc - f) : strlen(f);
			if (n + sl >= cap)
				return -1;
			memcpy(buf + n, f, sl);
			n += sl;
			f += sl - 1;
			continue;
		}
		f++;
		if (*f == 's')
		{
			s = va_arg(ap, const char *);
			if (s == NULL)
				s = "(null)";
			sl = strlen(s);
		}
		else if (f[0] == '.' && f[1] == '*' && f[2] == 's')
		{
			int			prec = va_arg(ap, int);

			s = va_arg(ap, const char *);
			f += 2;
			if (s == NULL || prec < 0)
				return -1;
			sl = strnlen(s, (size_t) prec);
		}
		else if (*f == 'd' || (f[0] == 'l' && f[1] == 'l' && f[2] == 'd'))
		{
			long long	v;
			unsigned long long u;
			char	   *e = num + sizeof(num);

			if (*f == 'd')
				v = va_arg(ap, int);
			else
			{
				v = va_arg(ap, long long);
				f += 2;
			}
			u = v < 0 ? 0ULL - (unsigned long long) v : (unsigned long long) v;
			do
			{
				*--e = (char) ('0' + u % 10);
				u /= 10;
			} while (u);
			if (v < 0)
				*--e = '-';
			s = e;
			sl = (size_t) (num + sizeof(num) - e);
		}
		else if (*f == '%')
		{
			s = "%";
			sl = 1;
		}
		else
			return -1;
		if (n + sl >= cap)
			return -1;
		memcpy(buf + n, s, sl);
		n += sl;
	}
	buf[n] = '\0';
	return (int) n;
}

static char *
gdr_vprintf(gdr_ctx *ctx, const char *fmt, va_list ap)
{
	char		small[256];
	va_list		ap2;
	int			n;
	char	   *p;

	va_copy(ap2, ap);
	n = fmt_simple(small, sizeof(small), fmt, ap2);
	va_end(ap2);
	if (n < 0)
	{
		va_copy(ap2, ap);
		n = vsnprintf(small, sizeof(small), fmt, ap2);
		va_end(ap2);
	}
	if (n < 0)
		n = 0;
	p = gdr_alloc(ctx, (size_t) n + 1);
	if (p == NULL)
		return NULL;
	if ((size_t) n < sizeof(small))
		memcpy(p, small, (size_t) n + 1);
	else
		vsnprintf(p, (size_t) n + 1, fmt, ap);
	return p;
}

char *
gdr_printf(gdr_ctx *ctx, const char *fmt,...)
{
	va_list		ap;
	char	   *p;

	va_start(ap, fmt);
	p = gdr_vprintf(ctx, fmt, ap);
	va_end(ap);
	return p;
}

bool
gdr_work(gdr_ctx *ctx, size_t units)
{
	if (ctx->status)
		return true;
	if (units < ctx->tick_budget)
	{
		ctx->tick_budget -= (unsigned) units;
		return false;
	}
	ctx->tick_budget = TICK_EVERY;
	if (ctx->env->tick && ctx->env->tick(ctx->env->tctx) != 0)
	{
		ctx->status = GDR_ECANCEL;
		return true;
	}
	return false;
}

/*
 * Room for one more element in an array of n used and *max allocated
 * elements of size elsize (doubling; `first` the first time).  Returns the
 * array to use from now on (arr itself, or a copy in the arena; the old one
 * is freed with the rest), NULL when out of memory.
 */
void *
gdr_grow(gdr_ctx *ctx, void *arr, int n, int *max, size_t elsize, int first)
{
	int			nmax;
	void	   *na;

	if (n < *max)
		return arr;
	nmax = *max ? *max * 2 : first;
	na = gdr_alloc(ctx, elsize * (size_t) nmax);
	if (na == NULL)
		return NULL;
	if (n)
		memcpy(na, arr, elsize * (size_t) n);
	*max = nmax;
	return na;
}

bool
gdr_buf_reserve(gdr_ctx *ctx, gdr_buf *b, size_t extra)
{
	size_t		need = b->len + extra + 1;
	size_t		ncap;
	char	   *nd;

	if (need <= b->cap)
		return true;
	ncap = b->cap ? b->cap * 2 : 256;
	while (ncap < need)
		ncap *= 2;
	nd = gdr_alloc(ctx, ncap);
	if (nd == NULL)
		return false;
	if (b->len)
		memcpy(nd, b->data, b->len);
	nd[b->len] = '\0';
	b->data = nd;				/* the old block stays in the arena */
	b->cap = ncap;
	return true;
}

bool
gdr_buf_append(gdr_ctx *ctx, gdr_buf *b, const char *s, size_t n)
{
	if (!gdr_buf_reserve(ctx, b, n))
		return false;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return true;
}

bool
gdr_buf_putc(gdr_ctx *ctx, gdr_buf *b, char c)
{
	if (b->len + 2 > b->cap && !gdr_buf_reserve(ctx, b, 1))
		return false;
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
	return true;
}

/*
 * s[0..n) appended to b as HTML text, & < > escaped: what the readers that
 * write an HTML page for the HTML reader put in its cells and paragraphs
 */
bool
gdr_buf_put_html(gdr_ctx *ctx, gdr_buf *b, const char *s, size_t n)
{
	size_t		i;

	if (!gdr_buf_reserve(ctx, b, n))
		return false;
	for (i = 0; i < n; i++)
	{
		char		c = s[i];
		bool		ok = c == '&' ? gdr_buf_append(ctx, b, "&amp;", 5) :
			c == '<' ? gdr_buf_append(ctx, b, "&lt;", 4) :
			c == '>' ? gdr_buf_append(ctx, b, "&gt;", 4) : gdr_buf_putc(ctx, b, c);

		if (!ok)
			return false;
	}
	return true;
}

/* s[0..n) appended to b as HTML paragraphs: each line that holds anything a <p> */
bool
gdr_buf_put_paras(gdr_ctx *ctx, gdr_buf *b, const char *s, size_t n)
{
	const char *p = s,
			   *e = s + n;

	while (p < e)
	{
		const char *nl = memchr(p, '\n', (size_t) (e - p));
		const char *le = nl ? nl : e;

		if (le > p && le[-1] == '\r')
			le--;				/* (a CRLF line) */
		if (le > p && (!gdr_buf_append(ctx, b, "<p>", 3) ||
					   !gdr_buf_put_html(ctx, b, p, (size_t) (le - p)) ||
					   !gdr_buf_append(ctx, b, "</p>\n", 5)))
			return false;
		p = nl ? nl + 1 : e;
	}
	return true;
}

void
gdr_set(gdr_report *r, int slot, int64_t v)
{
	r->val[slot] = v;
	r->st[slot] |= GDR_ST_PRESENT | GDR_ST_VALUE;
}

void
gdr_set_null(gdr_report *r, int slot)
{
	r->val[slot] = 0;
	r->st[slot] = (uint8_t) ((r->st[slot] | GDR_ST_PRESENT) & ~GDR_ST_VALUE);
}

void
gdr_warn(gdr_ctx *ctx, gdr_report *r, const char *code, const char *path,
		 const char *fmt,...)
{
	va_list		ap;
	char	   *msg;
	gdr_warning *nw;

	nw = gdr_grow(ctx, r->warnings, r->nwarnings, &r->maxwarnings,
				  sizeof(gdr_warning), 8);
	if (nw == NULL)
		return;
	r->warnings = nw;
	va_start(ap, fmt);
	msg = gdr_vprintf(ctx, fmt, ap);
	va_end(ap);
	if (msg == NULL)
		return;
	r->warnings[r->nwarnings].code = code;
	r->warnings[r->nwarnings].path = path;
	r->warnings[r->nwarnings].message = msg;
	r->nwarnings++;
}

/*
 * Only a null slot (present, no value) can be marked.  A warning about a
 * cell looks at the cells of its row, a warning about a prefix at the slots
 * under it (one run of the catalogue's path order): the cost follows the
 * warnings and what they cover, not warnings x slots.
 */
void
gdr_mark_unread(gdr_report *r)
{
	const int  *rows;
	int			w,
				j;

	if (r->nwarnings == 0)
		return;
	rows = gdr_slot_rows();
	for (w = 0; w < r->nwarnings; w++)
	{
		const char *path = r->warnings[w].path;
		size_t		plen;
		int			slot;

		if (path == NULL || strncmp(r->warnings[w].code, "narrative_", 10) == 0)
			continue;
		plen = strlen(path);
		slot = gdr_slot_find(path, plen);
		if (slot >= 0)
		{
			/* a cell: the nulls of its row */
			const int  *cells;
			int			n = gdr_slot_row_cells(rows[slot], &cells);

			for (j = 0; j < n; j++)
				if ((r->st[cells[j]] & (GDR_ST_PRESENT | GDR_ST_VALUE)) == GDR_ST_PRESENT)
					r->st[cells[j]] |= GDR_ST_UNREAD;
			continue;
		}
		/* a prefix such as "applications": every null under it */
		{
			const int  *under;
			int			n = gdr_slot_under(path, plen, &under);

			for (j = 0; j < n; j++)
				if ((r->st[under[j]] & (GDR_ST_PRESENT | GDR_ST_VALUE)) == GDR_ST_PRESENT)
					r->st[under[j]] |= GDR_ST_UNREAD;
		}
	}
}

gdr_extra *
gdr_add_extra(gdr_ctx *ctx, gdr_report *r, const char *section,
			  const char *label, size_t labellen, int nvalues)
{
	gdr_extra  *e,
			   *ne;

	ne = gdr_grow(ctx, r->extras, r->nextras, &r->maxextras, sizeof(gdr_extra), 4);
	if (ne == NULL)
		return NULL;
	r->extras = ne;
	e = &r->extras[r->nextras];
	memset(e, 0, sizeof(*e));
	e->section = section;
	e->label = gdr_strndup(ctx, label, labellen);
	e->nvalues = nvalues;
	e->values = gdr_alloc0(ctx, sizeof(int64_t) * (size_t) (nvalues > 0 ? nvalues : 1));
	e->isnull = gdr_alloc0(ctx, sizeof(bool) * (size_t) (nvalues > 0 ? nvalues : 1));
	if (e->label == NULL || e->values == NULL || e->isnull == NULL)
		return NULL;
	r->nextras++;
	return e;
}

const char *
gdr_kind_name(gdr_doc_kind k)
{
	switch (k)
	{
		case GDR_KIND_ANNUAL_REPORT:
			return "annual_report";
		case GDR_KIND_WORK_SUMMARY:
			return "work_summary";
		default:
			return "unknown";
	}
}

const char *
gdr_template_name(gdr_template t)
{
	switch (t)
	{
		case GDR_TPL_2019:
			return "2019";
		case GDR_TPL_2021:
			return "2021";
		case GDR_TPL_PRE2019:
			return "pre2019";
		default:
			return "none";
	}
}

const char *
gdr_script_name(gdr_script s)
{
	return s == GDR_SCRIPT_HANT ? "hant" : "hans";
}

int
gdr_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	c = u[0];
	int			n,
				i;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 2;
		c &= 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		c &= 0x0F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		c &= 0x07;
	}
	else
	{
		*cp = 0xFFFD;
		return 1;
	}
	if ((size_t) n > len)
	{
		*cp = 0xFFFD;
		return 1;
	}
	for (i = 1; i < n; i++)
	{
		if ((u[i] & 0xC0) != 0x80)
		{
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	/* overlong, surrogate or out of range */
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
		(c >= 0xD800 && c <= 0xDFFF))
	{
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return n;
}

int
gdr_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (cp >> 6));
		o[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (cp >> 12));
		o[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (cp >> 18));
	o[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

bool
gdr_has_stop(const char *a, const char *b)
{
	return b > a && gdr_memmem(a, (size_t) (b - a), "。", 3) != NULL;
}

gdr_span
gdr_body_span(const char *s, size_t len, const char *anchor, const char *a,
			  const char *b)
{
	gdr_span	sp;
	const char *e = s + len;
	const char *q;
	int			k;

	/*
	 * From the anchor that found the table (its caption or header) when
	 * only a header lies between it and the first row (no 。, at most
	 * 2 KiB); else from the first row (the anchor was in a sentence).
	 */
	if (anchor != NULL && anchor <= a && a - anchor <= 2048 && !gdr_has_stop(anchor, a))
		a = anchor;
	/*
	 * Back to the line's start over a label (no 。, at most 240 bytes); in
	 * run-on text, where a sentence precedes the table on the same line,
	 * from a on.
	 */
	for (q = a, k = 0; q > s && q[-1] != '\n' && k < 240; q--, k++)
		;
	if ((q == s || q[-1] == '\n') && !gdr_has_stop(q, a))
		a = q;
	/* b: its last byte; an empty last cell points at the separator or the
	 * end, which is then the end of the body */
	if (b >= e)
		b = e;
	else if (*b != '\n')
		b++;
	for (q = b; q < e && (*q == ' ' || *q == '\t' || *q == '\r'); q++)
		;
	if (q == e || *q == '\n')
		b = q;
	sp.a = (size_t) (a - s);
	sp.b = (size_t) (b - s);
	return sp;
}

#if defined(__SSE2__) || defined(GDR_HAVE_AVX2_PATH)
/*
 * The positions i + k (k a set bit of m) where the needle's first and last
 * bytes are: the first where the rest matches too, or NULL
 */
static inline const unsigned char *
memmem_candidates(const unsigned char *h, size_t i, uint32_t m,
				  const unsigned char *n, size_t nl)
{
	while (m != 0)
	{
		size_t		k = (size_t) gdr_lowest_bit(m);

		if (memcmp(h + i + k + 1, n + 1, nl - 2) == 0)
			return h + i + k;
		m &= m - 1;
	}
	return NULL;
}
#endif

#ifdef GDR_HAVE_AVX2_PATH
/*
 * The filter of gdr_memmem, 32 positions at a time, where the CPU has AVX2
 * (asked once; the build does not assume it).  Returns the match, or NULL
 * with *ip at the first position it did not look at.
 */
__attribute__((target("avx2")))
static const unsigned char *
memmem_avx2(const unsigned char *h, size_t hl, const unsigned char *n, size_t nl,
			size_t *ip)
{
	const __m256i f = _mm256_set1_epi8((char) n[0]);
	const __m256i l = _mm256_set1_epi8((char) n[nl - 1]);
	size_t		i = 0;

	for (; i + nl - 1 + 32 <= hl; i += 32)
	{
		__m256i		a = _mm256_loadu_si256((const __m256i *) (h + i));
		__m256i		b = _mm256_loadu_si256((const __m256i *) (h + i + nl - 1));
		uint32_t	m = (uint32_t) _mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(a, f),
																		 _mm256_cmpeq_epi8(b, l)));
		const unsigned char *r = m ? memmem_candidates(h, i, m, n, nl) : NULL;

		if (r != NULL)
			return r;
	}
	*ip = i;
	return NULL;
}

static int	have_avx2 = -1;
#endif

#ifdef GDR_HAVE_AVX2_PATH
/*
 * gdr_memmem_set's filter, 32 positions at a time: one load of the text and
 * one per needle (at its last byte), each needle's first-and-last-byte
 * match ORed into one test, written out for GDR_NEEDLES_MAX needles so that
 * all of it stays in registers (fewer needles repeat the first).  It stops
 * after the first block where a needle is found (its caller goes on with
 * the others), or at the end: *ip is the first position not looked at; the
 * needles found are returned.
 */
__attribute__((target("avx2")))
static uint32_t
memmem_set_avx2(const unsigned char *h, size_t hl, const gdr_needle *nd, int k,
				size_t *ip)
{
#define NDL(t) (&nd[(t) < k ? (t) : 0])
	const size_t o0 = NDL(0)->n - 1,
				o1 = NDL(1)->n - 1,
				o2 = NDL(2)->n - 1,
				o3 = NDL(3)->n - 1,
				o4 = NDL(4)->n - 1;
	const __m256i f0 = _mm256_set1_epi8(NDL(0)->s[0]),
				f1 = _mm256_set1_epi8(NDL(1)->s[0]),
				f2 = _mm256_set1_epi8(NDL(2)->s[0]),
				f3 = _mm256_set1_epi8(NDL(3)->s[0]),
				f4 = _mm256_set1_epi8(NDL(4)->s[0]);
	const __m256i l0 = _mm256_set1_epi8(NDL(0)->s[o0]),
				l1 = _mm256_set1_epi8(NDL(1)->s[o1]),
				l2 = _mm256_set1_epi8(NDL(2)->s[o2]),
				l3 = _mm256_set1_epi8(NDL(3)->s[o3]),
				l4 = _mm256_set1_epi8(NDL(4)->s[o4]);
	size_t		maxo = o0,
				i;
	uint32_t	found = 0;
	int			t;

	maxo = o1 > maxo ? o1 : maxo;
	maxo = o2 > maxo ? o2 : maxo;
	maxo = o3 > maxo ? o3 : maxo;
	maxo = o4 > maxo ? o4 : maxo;
#define HIT(f, l, o) \
	_mm256_and_si256(_mm256_cmpeq_epi8(a, f), \
					 _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *) (h + i + (o))), l))
	for (i = 0; i + maxo + 32 <= hl; i += 32)
	{
		const __m256i a = _mm256_loadu_si256((const __m256i *) (h + i));
		__m256i		any = _mm256_or_si256(_mm256_or_si256(HIT(f0, l0, o0), HIT(f1, l1, o1)),
										  _mm256_or_si256(_mm256_or_si256(HIT(f2, l2, o2),
																		  HIT(f3, l3, o3)),
														  HIT(f4, l4, o4)));

		if (_mm256_testz_si256(any, any))
			continue;
		/* a candidate: the needles one by one, in this block only */
		for (t = 0; t < k; t++)
		{
			const __m256i ft = _mm256_set1_epi8(nd[t].s[0]);
			const __m256i lt = _mm256_set1_epi8(nd[t].s[nd[t].n - 1]);
			uint32_t	m = (uint32_t) _mm256_movemask_epi8(HIT(ft, lt, nd[t].n - 1));

			if (m != 0 && memmem_candidates(h, i, m, (const unsigned char *) nd[t].s, nd[t].n) != NULL)
				found |= 1u << t;
		}
		if (found)
		{
			i += 32;
			break;
		}
	}
#undef HIT
#undef NDL
	*ip = i;
	return found;
}
#endif

/*
 * Which of the needles nd[0..k) occur in h[0..hl): bit t for nd[t].  One
 * pass over the text for all of them where the CPU has AVX2 (the detectors
 * that look for one mark each in every report cost a pass each, and most
 * reports have none of the marks); else, and for the last bytes, a
 * gdr_memmem for each.  Needles are 2 to 32 bytes, k at most
 * GDR_NEEDLES_MAX.
 */
uint32_t
gdr_memmem_set(const void *hv, size_t hl, const gdr_needle *nd, int k)
{
	const unsigned char *h = hv;
	uint32_t	found = 0;
	size_t		i = 0;
	int			t;

	if (k > GDR_NEEDLES_MAX)
		k = GDR_NEEDLES_MAX;
#ifdef GDR_HAVE_AVX2_PATH
	if (have_avx2 < 0)
	{
		__builtin_cpu_init();
		have_avx2 = __builtin_cpu_supports("avx2") ? 1 : 0;
	}
	if (have_avx2 && hl >= 64)
	{
		/* after each find, on from there with the needles left */
		gdr_needle	left[GDR_NEEDLES_MAX];
		int			from[GDR_NEEDLES_MAX];

		for (;;)
		{
			int			nl = 0;
			size_t		j;
			uint32_t	f;

			for (t = 0; t < k; t++)
				if (!(found & (1u << t)))
				{
					left[nl] = nd[t];
					from[nl++] = t;
				}
			if (nl == 0)
				return found;
			f = memmem_set_avx2(h + i, hl - i, left, nl, &j);
			i += j;
			if (f == 0)
				break;
			for (t = 0; t < nl; t++)
				if (f & (1u << t))
					found |= 1u << from[t];
		}
	}
#endif
	/* (every needle's start before i was looked at) */
	for (t = 0; t < k; t++)
		if (!(found & (1u << t)) && gdr_memmem(h + i, hl - i, nd[t].s, nd[t].n) != NULL)
			found |= 1u << t;
	return found;
}

/*
 * memmem.  glibc's is the generic two-way search, not vectorised: on CJK
 * text, where the needle's first byte (E4..E9) is on every third byte, it
 * costs several instructions a byte and was 8% of a parse's time.  Here,
 * 16 positions at a time (32 where the CPU has AVX2), those whose first and
 * last bytes match the needle's are kept (a UTF-8 needle's last byte is a
 * continuation byte, one of 64, so few are), and only those are compared.
 * SSE2 is in every x86-64; elsewhere the same filter runs a byte at a time.
 */
void *
gdr_memmem(const void *hv, size_t hl, const void *nv, size_t nl)
{
	const unsigned char *h = hv;
	const unsigned char *n = nv;
	size_t		i = 0;

	if (nl == 0)
		return (void *) h;
	if (nl > hl)
		return NULL;
	if (nl == 1)
		return memchr(h, n[0], hl);
#ifdef GDR_HAVE_AVX2_PATH
	if (have_avx2 < 0)
	{
		__builtin_cpu_init();
		have_avx2 = __builtin_cpu_supports("avx2") ? 1 : 0;
	}
	if (have_avx2 && hl >= 64)
	{
		const unsigned char *r = memmem_avx2(h, hl, n, nl, &i);

		if (r != NULL)
			return (void *) r;
	}
#endif
#if defined(__SSE2__)
	{
		const __m128i f = _mm_set1_epi8((char) n[0]);
		const __m128i l = _mm_set1_epi8((char) n[nl - 1]);

		for (; i + nl - 1 + 16 <= hl; i += 16)
		{
			__m128i		a = _mm_loadu_si128((const __m128i *) (h + i));
			__m128i		b = _mm_loadu_si128((const __m128i *) (h + i + nl - 1));
			uint32_t	m = (uint32_t) _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, f),
																	  _mm_cmpeq_epi8(b, l)));
			const unsigned char *r = m ? memmem_candidates(h, i, m, n, nl) : NULL;

			if (r != NULL)
				return (void *) r;
		}
	}
#endif
	for (; i + nl <= hl; i++)
		if (h[i] == n[0] && h[i + nl - 1] == n[nl - 1] &&
			memcmp(h + i + 1, n + 1, nl - 2) == 0)
			return (void *) (h + i);
	return NULL;
}
