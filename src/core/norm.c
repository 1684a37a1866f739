/*
 * norm.c -- the normaliser: the text every later stage matches against.
 *
 * One pass over the input writes the output, counts the characters that
 * tell the script and maps traditional to simplified as it goes; when the
 * text turns out simplified the few mapped characters are put back (see
 * struct undo).  What the pass does:
 *
 *   UTF-8      invalid bytes -> U+FFFD (one per byte); NUL dropped (UTF-16
 *              read as bytes then still gives the digits in order); other
 *              C0/C1 controls -> ' ' except \t (cell separator) and \n.
 *   lines      \r\n, \r, \f, \v, U+0085, U+2028, U+2029 -> \n.  The line
 *              structure (\n, \t) is otherwise preserved.
 *   removed    BOM/ZWNBSP U+FEFF, U+200B..U+200F, U+2060, soft hyphen.
 *   spaces     U+3000 and U+00A0 -> ' '.
 *   NFKC       full-width ASCII U+FF01..U+FF5E folded to ASCII in the pass;
 *              code points that are NFKC-stable with a boundary before them
 *              (a bitmap built once from ICU: ASCII, CJK, 、。“”《》〔〕【】—·
 *              ...) are copied; the rest (⼀ Kangxi radicals, ⑴, compatibility
 *              ideographs, combining sequences) go through ICU NFKC in short
 *              runs.  Deliberate exception: … (U+2026) is kept, not made
 *              "...".
 *   debris     a parenthesised pinyin syllable right after a Han character,
 *              区(qū), 统（tǒng）: 1-7 lower-case Latin letters with at
 *              least one tone mark, in ASCII or full-width parentheses ->
 *              removed.  Other parentheses are never touched.
 *              Word bookmarks `[bookmark: _GoBack]` -> removed.
 *              Markdown emphasis: a run of two or more `*` is removed (a
 *              single `*` is kept: footnote marks, 5*8); a run of exactly
 *              two `_` is removed (one `_`, or 3+ as a fill-in blank, kept).
 *   script     characters with a different simplified form (區, 資, 國) and
 *              characters that are the simplified form of another (区, 资,
 *              国) are counted; the text is traditional when the first
 *              clearly dominate (see is_traditional), and only then is the
 *              output mapped through the table built once per process from
 *              ICU's Traditional-Simplified transliterator.  Every mapping
 *              is one 3-byte character to another, so it is written in
 *              place.
 *
 * Cost: the common path is a byte-class table for ASCII and, for a 3-byte
 * character, one load from a table indexed by the code point (c3: its
 * flags and the UTF-8 it writes) and one store;
 * no allocation per character (the output is reserved once), no ICU call,
 * one pass for either script.  Past 32 mapped characters (traditional
 * text, most likely) the common path maps without a branch (common_run).
 * gdr_work() is called every 16 KiB.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unicode_int.h"

#define CHUNK		(16 * 1024)
#define SLACK		64			/* output bytes beyond the chunk's input */
#define MAXRUN		64			/* code points per ICU NFKC call */

/* ASCII byte classes */
enum
{
	A_COPY = 0,
	A_DROP,						/* NUL */
	A_SPACE,					/* other control characters */
	A_NL,						/* \f \v */
	A_CR,
	A_PAREN,					/* ( : pinyin debris? */
	A_BRACKET,					/* [ : Word bookmark? */
	A_STAR,
	A_UNDER,
	A_PLUS						/* + : "+-" begins a grid table's border */
};

static const unsigned char aclass[128] = {
	/* 0x00 */ A_DROP, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE,
	/* 0x08 */ A_SPACE, A_COPY, A_COPY, A_NL, A_NL, A_CR, A_SPACE, A_SPACE,
	/* 0x10 */ A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE,
	/* 0x18 */ A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE, A_SPACE,
	/* 0x20 */ 0, 0, 0, 0, 0, 0, 0, 0, A_PAREN, 0, A_STAR, A_PLUS, 0, 0, 0, 0,
	/* 0x30 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* 0x40 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* 0x50 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, A_BRACKET, 0, 0, 0, A_UNDER,
	/* 0x60 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* 0x70 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, A_SPACE
};

/* Decode one code point; invalid -> U+FFFD with length 1 (like util.c's
 * gdr_utf8_decode, inlined for the hot loop).  p < end. */
static inline int
dec(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
	uint32_t	c = p[0];

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c < 0xE0)
	{
		if (c >= 0xC2 && end - p >= 2 && (p[1] & 0xC0) == 0x80)
		{
			*cp = ((c & 0x1F) << 6) | (p[1] & 0x3F);
			return 2;
		}
	}
	else if (c < 0xF0)
	{
		if (end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
		{
			uint32_t	v = ((c & 0x0F) << 12) | ((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);

			if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF))
			{
				*cp = v;
				return 3;
			}
		}
	}
	else if (c <= 0xF4)
	{
		if (end - p >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
			(p[3] & 0xC0) == 0x80)
		{
			uint32_t	v = ((c & 0x07) << 18) | ((uint32_t) (p[1] & 0x3F) << 12) |
				((uint32_t) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);

			if (v >= 0x10000 && v <= 0x10FFFF)
			{
				*cp = v;
				return 4;
			}
		}
	}
	*cp = 0xFFFD;
	return 1;
}

/* the last code point written to out[0..ol) (out is valid UTF-8) */
static uint32_t
last_cp(const char *out, size_t ol, size_t *start)
{
	size_t		i = ol;
	uint32_t	c;

	if (ol == 0)
	{
		*start = 0;
		return 0;
	}
	while (i > 0 && ol - i < 4 && ((unsigned char) out[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0)
		i--;
	*start = i;
	(void) dec((const unsigned char *) out + i, (const unsigned char *) out + ol, &c);
	return c;
}

static inline bool
is_han(uint32_t c)
{
	return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
		(c >= 0x20000 && c <= 0x3FFFF);
}

/* script evidence */
typedef struct counts
{
	size_t		trad;			/* has a different simplified form */
	size_t		simp;			/* is the simplified form of another */
	bool		grid;			/* a "+-" or "+=" was seen (grid.c) */
} counts;

static inline void
count_cp(const gdr_uni_tables *T, counts *n, uint32_t c, int sign)
{
	if (c >= GDR_HAN_FIRST && c <= GDR_HAN_LAST)
	{
		if (gdr_uni_bit(T->trad, c))
			n->trad += (size_t) sign;
		else if (gdr_uni_bit(T->simp, c))
			n->simp += (size_t) sign;
	}
}

/* simplified form of c, 0 if none (always a 3-byte character for one) */
static inline uint16_t
t2s_of(const gdr_uni_tables *T, uint32_t c)
{
	return (c >= GDR_T2S_FIRST && c <= GDR_T2S_LAST) ? T->t2s[c - GDR_T2S_FIRST] : 0;
}

/* write the 3-byte UTF-8 form of c (U+0800..U+FFFF) at o */
static inline void
put3(char *o, uint32_t c)
{
	o[0] = (char) (0xE0 | (c >> 12));
	o[1] = (char) (0x80 | ((c >> 6) & 0x3F));
	o[2] = (char) (0x80 | (c & 0x3F));
}

/*
 * Write the 3 bytes of a c3 word (byte k in bits 8k..): on a little-endian
 * machine one 4-byte store whose 4th byte the next character overwrites
 * (the output has SLACK bytes beyond the input's length).
 */
static inline void
store3(char *o, uint32_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(o, &w, 4);
#else
	o[0] = (char) (w & 0xFF);
	o[1] = (char) ((w >> 8) & 0xFF);
	o[2] = (char) ((w >> 16) & 0xFF);
#endif
}

/* the 4 bytes at p, p[0] in the low byte */
static inline uint32_t
load4(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t	w;

	memcpy(&w, p, 4);
	return w;
#else
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8) |
		((uint32_t) p[2] << 16) | ((uint32_t) p[3] << 24);
#endif
}

/*
 * The mapping to simplified is done while the text is written, before the
 * script is known; the log keeps the characters it replaced so that a text
 * that turns out simplified can be put back.  Simplified text has few of
 * them (乾 著 於, 「」); past MAXUNDO the log only counts, and the rare
 * simplified text with that many is normalised again without mapping.
 */
#define MAXUNDO		64
#define SWITCH_AT	32		/* mapped characters: see common_run */

typedef struct undo
{
	size_t		n;				/* characters mapped (> MAXUNDO: not all
								 * logged) */
	struct
	{
		size_t		off;		/* output offset */
		uint32_t	c;			/* the character written there first */
	}			e[MAXUNDO + 1];	/* e[MAXUNDO]: the common path's scratch */
} undo;

/* map the character c just written at out[off] (u: NULL = do not map) */
static inline void
map_at(undo *u, char *out, size_t off, uint32_t c, uint16_t m)
{
	if (u == NULL)
		return;
	put3(out + off, m);
	if (u->n < MAXUNDO)
	{
		u->e[u->n].off = off;
		u->e[u->n].c = c;
	}
	u->n++;
}

/*
 * Traditional when there are at least 8 traditional-only characters and
 * at least half as many as simplified-only ones.  Measured on the seeds
 * and the corpus: simplified reports score 0-1 traditional against 500-
 * 1950 simplified (the strays are characters like 乾 著 於 瞭), seed 004
 * scores 603 against 20 (于 后 范: simplified forms that traditional text
 * also writes).  Mapping a simplified text by mistake costs little (only
 * the few traditional-only characters change), missing a traditional one
 * loses every label, so the rule leans towards hant for mixed text; the
 * floor of 8 keeps a short simplified fragment with 乾隆 or 著作 hans.
 */
static bool
is_traditional(const counts *n)
{
	return n->trad >= 8 && 2 * n->trad >= n->simp;
}

/* tone-marked vowels of Hanyu Pinyin (and ü, ê, which are not tone marks) */
static int
pinyin_letter(uint32_t c)
{
	if (c >= 'a' && c <= 'z')
		return 1;
	switch (c)
	{
		case 0x0101: case 0x00E1: case 0x01CE: case 0x00E0:	/* ā á ǎ à */
		case 0x0113: case 0x00E9: case 0x011B: case 0x00E8:	/* ē é ě è */
		case 0x012B: case 0x00ED: case 0x01D0: case 0x00EC:	/* ī í ǐ ì */
		case 0x014D: case 0x00F3: case 0x01D2: case 0x00F2:	/* ō ó ǒ ò */
		case 0x016B: case 0x00FA: case 0x01D4: case 0x00F9:	/* ū ú ǔ ù */
		case 0x01D6: case 0x01D8: case 0x01DA: case 0x01DC:	/* ǖ ǘ ǚ ǜ */
		case 0x0144: case 0x0148: case 0x01F9: case 0x1E3F:	/* ń ň ǹ ḿ */
			return 2;			/* carries a tone */
		case 0x00FC:			/* ü */
		case 0x00EA:			/* ê */
			return 1;
		default:
			return 0;
	}
}

/*
 * p points just after '(' or '（'.  If a pinyin syllable and its closing
 * parenthesis follow, return the bytes to skip from p (through the
 * closing parenthesis), else 0.
 */
static size_t
pinyin_debris(const unsigned char *p, const unsigned char *end)
{
	const unsigned char *q = p;
	int			nletters = 0;
	bool		tone = false;

	while (q < end && nletters <= 7)
	{
		uint32_t	c;
		int			k = dec(q, end, &c);
		int			t;

		if (c == ')' || c == 0xFF09)
		{
			if (nletters == 0 || !tone)
				return 0;
			return (size_t) (q + k - p);
		}
		if (c >= 0xFF41 && c <= 0xFF5A)	/* full-width a-z */
			c -= 0xFEE0;
		if ((c == 0x0300 || c == 0x0301 || c == 0x0304 || c == 0x030C) &&
			nletters > 0)
		{
			tone = true;		/* combining tone mark */
			q += k;
			continue;
		}
		t = pinyin_letter(c);
		if (t == 0)
			return 0;
		if (t == 2)
			tone = true;
		nletters++;
		q += k;
	}
	return 0;
}

/* p points at '['.  Bytes of a `[bookmark: name]` to skip, or 0. */
static size_t
bookmark_debris(const unsigned char *p, const unsigned char *end)
{
	const unsigned char *q = p + 1;
	static const char kw[] = "bookmark:";

	if ((size_t) (end - q) < sizeof(kw) - 1 || memcmp(q, kw, sizeof(kw) - 1) != 0)
		return 0;
	q += sizeof(kw) - 1;
	while (q < end && q - p < 128)
	{
		if (*q == ']')
			return (size_t) (q + 1 - p);
		if (*q == '\n' || *q == '\r' || *q == '[')
			return 0;
		q++;
	}
	return 0;
}

/* length in bytes of the run of `ch` (ASCII or full-width) at p, and the
 * number of characters in *n */
static size_t
run_of(const unsigned char *p, const unsigned char *end, unsigned char ch, int *n)
{
	const unsigned char *q = p;
	uint32_t	fw = (uint32_t) ch + 0xFEE0;

	*n = 0;
	while (q < end)
	{
		if (*q == ch)
			q++;
		else if (end - q >= 3 && q[0] == 0xEF &&
				 ((uint32_t) ((q[1] & 0x3F) << 6 | (q[2] & 0x3F)) | 0xF000) == fw &&
				 (q[1] & 0xC0) == 0x80 && (q[2] & 0xC0) == 0x80)
			q += 3;
		else
			break;
		(*n)++;
	}
	return (size_t) (q - p);
}

/* make room for `extra` more bytes; false on OOM */
static inline bool
room(gdr_ctx *ctx, gdr_buf *out, size_t extra)
{
	if (out->len + extra + 1 <= out->cap)
		return true;
	return gdr_buf_reserve(ctx, out, extra + SLACK);
}

/*
 * The rare path: NFKC through ICU of the code point at *pp and the
 * following ones that the fast path does not handle.  Advances *pp.
 */
static bool
slow_run(gdr_ctx *ctx, const gdr_uni_tables *T, const unsigned char **pp,
		 const unsigned char *end, gdr_buf *out, counts *n, undo *u)
{
	uint32_t	cps[MAXRUN];
	int			ncp = 0;
	const unsigned char *p = *pp;
	char		small[1024];
	size_t		need,
				i;
	size_t		start0;
	uint32_t	c;
	int			k;
	bool		joined = false;

	k = dec(p, end, &c);
	/* a combining character joins the character before it */
	if (!gdr_uni_boundary_before(c) && out->len > 0)
	{
		uint32_t	prev = last_cp(out->data, out->len, &start0);

		if (prev >= 0x20)
		{
			count_cp(T, n, prev, -1);
			out->len = start0;
			cps[ncp++] = prev;
			joined = true;
		}
	}
	cps[ncp++] = c;
	p += k;
	while (p < end && ncp < MAXRUN)
	{
		k = dec(p, end, &c);
		if (c < 0x10000 ? gdr_uni_bit(T->fast, c) :
			((c >= 0x20000 && c <= 0x2F7FF) || (c >= 0x30000 && c <= 0x3FFFF)))
			break;
		cps[ncp++] = c;
		p += k;
	}
	*pp = p;

	need = gdr_uni_nfkc(cps, ncp, small, sizeof(small));
	if (!room(ctx, out, need))
		return false;
	if (need <= sizeof(small))
		memcpy(out->data + out->len, small, need);
	else
		(void) gdr_uni_nfkc(cps, ncp, out->data + out->len, need);
	/*
	 * Count the script of what was written and map it.  A joined previous
	 * character comes back first and unchanged (characters with a
	 * simplified form compose with nothing), already mapped: it is counted
	 * again (it was uncounted above) but not mapped twice.
	 */
	for (i = out->len; i < out->len + need;)
	{
		size_t		at = i;
		uint16_t	m;

		i += (size_t) dec((const unsigned char *) out->data + i,
						  (const unsigned char *) out->data + out->len + need, &c);
		count_cp(T, n, c, 1);
		m = t2s_of(T, c);
		if (m && !joined)
			map_at(u, out->data, at, c, m);
		joined = false;
	}
	out->len += need;
	out->data[out->len] = '\0';
	return true;
}

/*
 * The common path's loop: plain ASCII and 3-byte characters copied
 * (counting the script evidence, mapping to simplified unless domap is 0),
 * full-width ASCII folded; it returns at the first byte it does not handle.
 * Two copies: with a branch on "is the character mapped", which simplified
 * text predicts perfectly, and without, for traditional text, where a third
 * of the characters are mapped in no pattern a predictor can learn (there
 * the branch cost more than the rest of the loop).  In the branchless copy
 * m is the character written (cc or its simplified form), and the log entry
 * is written every time and kept only when the count moves past it; a third
 * copy (nolog), once the log is full, only counts.
 */
static inline __attribute__((always_inline)) const unsigned char *
common_run(const gdr_uni_tables *T, const unsigned char *q,
		   const unsigned char *lim, char *ob, size_t *olp, undo *ul,
		   const bool domap, size_t *ntradp, size_t *nsimpp,
		   const bool branchless, const bool nolog)
{
	size_t		ol = *olp,
				ntrad = 0,
				nsimp = 0,
				un = ul->n;

	while (q < lim)
	{
		/* four bytes at once (q + 3 < the end: see lim in norm_pass) */
		uint32_t	w = load4(q);

		if ((w & 0x80) == 0)
		{
			unsigned char b0 = (unsigned char) (w & 0xFF);

			if (aclass[b0] != A_COPY)
				break;
			ob[ol++] = (char) b0;
			q++;
		}
		else if ((w & 0xC0C0F0) == 0x8080E0)
		{
			/* a 3-byte character (lead 1110xxxx, two 10xxxxxx) */
			uint32_t	cc = ((w & 0x0F) << 12) | ((w & 0x3F00) >> 2) |
				((w >> 16) & 0x3F);
			uint32_t	e = T->c3[cc];

			if (e & GDR_C3_COPY)
			{
				nsimp += (e >> 25) & 1;
				if (branchless)
				{
					ntrad += (e >> 26) & 1;
					/* e's bytes are the character itself when unmapped */
					store3(ob + ol, e);
					/* past MAXUNDO the log only counts: no stores */
					if (!nolog)
					{
						size_t		slot = un < MAXUNDO ? un : MAXUNDO;

						ul->e[slot].off = ol;
						ul->e[slot].c = cc;
					}
					un += (e >> 27) & 1;
				}
				else
				{
					/* the bytes as read */
					store3(ob + ol, w);
					/* trad is a subset of mapped */
					if ((e & GDR_C3_MAPPED) &&
						(ntrad += (e >> 26) & 1, domap))
					{
						store3(ob + ol, e);
						if (un < MAXUNDO)
						{
							ul->e[un].off = ol;
							ul->e[un].c = cc;
						}
						/* the text looks traditional: the other loop */
						if (++un > SWITCH_AT)
						{
							ol += 3;
							q += 3;
							break;
						}
					}
				}
				ol += 3;
			}
			else if (cc >= 0xFF01 && cc <= 0xFF5E &&
					 aclass[cc - 0xFEE0] == A_COPY)
				ob[ol++] = (char) (cc - 0xFEE0);
			else
				break;
			q += 3;
		}
		else
			break;
	}
	*olp = ol;
	*ntradp += ntrad;
	*nsimpp += nsimp;
	ul->n = un;
	return q;
}

/* a box-drawing character U+2500..U+257F as grid-table ASCII */
static char
box_ascii(uint32_t c)
{
	switch (c)
	{
		case 0x2502:			/* │ ┃ ┆ ┇ ┊ ┋ ║ ╎ ╏ */
		case 0x2503:
		case 0x2506:
		case 0x2507:
		case 0x250A:
		case 0x250B:
		case 0x2551:
		case 0x254E:
		case 0x254F:
			return '|';
		case 0x2500:			/* ─ ━ ┄ ┅ ┈ ┉ ╌ ╍ */
		case 0x2501:
		case 0x2504:
		case 0x2505:
		case 0x2508:
		case 0x2509:
		case 0x254C:
		case 0x254D:
			return '-';
		case 0x2550:			/* ═ */
			return '=';
		default:				/* corners, tees, crosses */
			return '+';
	}
}

/*
 * The pass: s[0..len) -> out (whose buffer is allocated), counting the
 * script evidence into *n and, unless u is NULL, mapping to simplified.
 */
static bool
norm_pass(gdr_ctx *ctx, const gdr_uni_tables *T, const char *s, size_t len,
		  gdr_buf *out, counts *n, undo *u)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end = p + len;
	char	   *ob = out->data;
	size_t		ol = 0;
	undo		scratch;
	undo	   *ul = u ? u : &scratch;	/* the common path logs here */
	bool		domap = u != NULL;

	scratch.n = 0;

/* sync the local output cursor with out (before anything that may grow it) */
#define SYNC_OUT()	(out->len = ol)
#define LOAD_OUT()	(ob = out->data, ol = out->len)

	while (p < end)
	{
		const unsigned char *cend;
		const unsigned char *lim;
		size_t		chunk = (size_t) (end - p) > CHUNK ? CHUNK : (size_t) (end - p);

		cend = p + chunk;
		/* the common path reads 4 bytes at any q < lim */
		lim = (end - cend >= 3) ? cend : (len >= 3 ? end - 3 : p);
		SYNC_OUT();
		if (!room(ctx, out, chunk + SLACK))
			return false;
		LOAD_OUT();

		while (p < cend)
		{
			unsigned char b;
			uint32_t	c;
			int			k;
			int			cls;

			/*
			 * The common path, in one loop: plain ASCII and 3-byte
			 * characters copied unchanged (CJK ideographs, 、。“”《》),
			 * counting the script evidence, and full-width ASCII folded.
			 * It stops at anything else, handled below.
			 */
			if (p < lim)
			{
				const unsigned char *q = p;

				/* past a few dozen mapped characters the text is most
				 * likely traditional: the branchless loop */
				if (!domap)
					q = common_run(T, q, lim, ob, &ol, ul, false, &n->trad, &n->simp, false, false);
				else if (ul->n > MAXUNDO)
					q = common_run(T, q, lim, ob, &ol, ul, true, &n->trad, &n->simp, true, true);
				else if (ul->n > SWITCH_AT)
					q = common_run(T, q, lim, ob, &ol, ul, true, &n->trad, &n->simp, true, false);
				else
					q = common_run(T, q, lim, ob, &ol, ul, true, &n->trad, &n->simp, false, false);
				p = q;
				if (p >= cend)
					break;
			}
			b = *p;

			if (b < 0x80)
			{
				cls = aclass[b];
				if (cls == A_COPY)
				{
					ob[ol++] = (char) b;
					p++;
					continue;
				}
				k = 1;
				goto special;
			}

			k = dec(p, end, &c);
			if (k == 3)
			{
				/* the common path took the characters in copy3 */
				if (c >= 0xFF01 && c <= 0xFF5E)
				{
					/* full-width ASCII: fold, then treat as the ASCII char */
					b = (unsigned char) (c - 0xFEE0);
					cls = aclass[b];
					if (cls == A_COPY)
					{
						ob[ol++] = (char) b;
						p += 3;
						continue;
					}
					goto special;
				}
				switch (c)
				{
					case 0x3000:	/* ideographic space */
						ob[ol++] = ' ';
						p += 3;
						continue;
					case 0x200B:
					case 0x200C:
					case 0x200D:
					case 0x200E:
					case 0x200F:
					case 0x2060:
					case 0xFEFF:
						p += 3;
						continue;
					case 0x2028:
					case 0x2029:
						ob[ol++] = '\n';
						p += 3;
						continue;
					default:
						break;
				}
				/*
				 * Footnote marks: circled numbers (3① in a cell) and
				 * superscript digits.  NFKC makes them digits, which would
				 * join the number before them (3① -> 31): a space instead.
				 */
				if ((c >= 0x2460 && c <= 0x2473) || c == 0x24EA ||
					(c >= 0x24F5 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) ||
					(c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF) ||
					(c >= 0x2070 && c <= 0x2079))
				{
					ob[ol++] = ' ';
					p += 3;
					continue;
				}
				if (c >= 0x2500 && c <= 0x257F)
				{
					/*
					 * Box drawing (a table drawn in text: ┌─┬─┐ │ │ ├─┼─┤):
					 * as the ASCII of a grid table (grid.c joins the lines
					 * of each row, whose cells may wrap)
					 */
					ob[ol++] = box_ascii(c);
					if (ob[ol - 1] == '+')
						n->grid = true;
					p += 3;
					continue;
				}
			}
			else if (k == 2)
			{
				if (c == 0xA0)
				{
					ob[ol++] = ' ';
					p += 2;
					continue;
				}
				if (c == 0xAD)
				{
					p += 2;
					continue;
				}
				if (c == 0xB2 || c == 0xB3 || c == 0xB9)
				{
					ob[ol++] = ' ';	/* superscript ² ³ ¹: a footnote mark */
					p += 2;
					continue;
				}
				if (c == 0x85)
				{
					ob[ol++] = '\n';
					p += 2;
					continue;
				}
				if (c < 0xA0)
				{
					ob[ol++] = ' ';	/* C1 control */
					p += 2;
					continue;
				}
				if (gdr_uni_bit(T->fast, c))
				{
					ob[ol] = (char) p[0];
					ob[ol + 1] = (char) p[1];
					ol += 2;
					p += 2;
					continue;
				}
			}
			else if (k == 4)
			{
				/* CJK extensions B..F and G..: copied; the rest via ICU */
				if ((c >= 0x20000 && c <= 0x2F7FF) || (c >= 0x30000 && c <= 0x3FFFF))
				{
					memcpy(ob + ol, p, 4);
					ol += 4;
					p += 4;
					continue;
				}
			}
			else
			{
				/* invalid byte: U+FFFD is 3 bytes for 1 */
				SYNC_OUT();
				if (!room(ctx, out, 3 + (size_t) (cend - p) + SLACK))
					return false;
				LOAD_OUT();
				ob[ol++] = (char) 0xEF;
				ob[ol++] = (char) 0xBF;
				ob[ol++] = (char) 0xBD;
				p++;
				continue;
			}

			/* the rest: ICU NFKC */
			SYNC_OUT();
			if (!slow_run(ctx, T, &p, end, out, n, u))
				return false;
			if (!room(ctx, out, (size_t) (cend > p ? cend - p : 0) + SLACK))
				return false;
			LOAD_OUT();
			continue;

	special:
			/* ASCII specials; k = 3 for their full-width forms */
			switch (cls)
			{
				case A_DROP:
					p++;
					break;
				case A_SPACE:
					ob[ol++] = ' ';
					p++;
					break;
				case A_NL:
					ob[ol++] = '\n';
					p++;
					break;
				case A_CR:
					ob[ol++] = '\n';
					p++;
					if (p < end && *p == '\n')
						p++;
					break;
				case A_PAREN:
					{
						size_t		st;
						size_t		skip = 0;

						if (ol > 0 && (unsigned char) ob[ol - 1] >= 0x80 &&
							is_han(last_cp(ob, ol, &st)))
							skip = pinyin_debris(p + k, end);
						p += (size_t) k + skip;
						if (!skip)
							ob[ol++] = '(';
					}
					break;
				case A_BRACKET:
					{
						size_t		skip = (k == 1) ? bookmark_debris(p, end) : 0;

						if (skip)
							p += skip;
						else
						{
							ob[ol++] = '[';
							p += k;
						}
					}
					break;
				case A_STAR:
				case A_UNDER:
					{
						int			nrun;
						unsigned char ch = cls == A_STAR ? '*' : '_';
						size_t		rl = run_of(p, end, ch, &nrun);

						if (!((cls == A_STAR && nrun >= 2) ||
							  (cls == A_UNDER && nrun == 2)))
						{
							/* kept, as ASCII: never more bytes than read */
							memset(ob + ol, ch, (size_t) nrun);
							ol += (size_t) nrun;
						}
						p += rl;
					}
					break;
				case A_PLUS:
					ob[ol++] = '+';
					p += k;
					if (p < end && (*p == '-' || *p == '='))
						n->grid = true;
					break;
				default:
					ob[ol++] = (char) b;
					p += k;
					break;
			}
		}
		SYNC_OUT();
		if (gdr_work(ctx, chunk))
			return false;
	}
	SYNC_OUT();
	out->data[out->len] = '\0';

#undef SYNC_OUT
#undef LOAD_OUT

	return true;
}

bool
gdr_normalize(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
			  gdr_script *script)
{
	bool		grid;

	return gdr_normalize_grid(ctx, s, len, out, script, &grid);
}

bool
gdr_normalize_grid(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out,
				   gdr_script *script, bool *grid)
{
	const gdr_uni_tables *T = gdr_uni_tables_get();
	counts		n = {0, 0, false};
	undo		u;
	size_t		i;
	bool		ok;

	*script = GDR_SCRIPT_HANS;
	*grid = false;
	/* the output is rarely longer than the input: reserve exactly that
	 * (plus slack) once; the rare growing paths call room() */
	out->len = 0;
	out->cap = len + SLACK + 1;
	out->data = gdr_alloc(ctx, out->cap);
	if (out->data == NULL)
		return false;
	u.n = 0;
	if (!norm_pass(ctx, T, s, len, out, &n, &u))
		return false;
	*grid = n.grid;
	if (T->have_t2s && is_traditional(&n))
	{
		*script = GDR_SCRIPT_HANT;
		return true;
	}
	if (u.n <= MAXUNDO)
	{
		for (i = 0; i < u.n; i++)
			put3(out->data + u.e[i].off, u.e[i].c);
		return true;
	}
	n.trad = n.simp = 0;
	ok = norm_pass(ctx, T, s, len, out, &n, NULL);
	*grid = n.grid;
	return ok;
}
