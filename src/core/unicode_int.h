/*
 * unicode_int.h -- process-wide ICU services shared by norm.c and unicode.c
 * (private to those two files).
 *
 * Everything here is built lazily, ONCE per process, by gdr_uni_tables()
 * and never freed: the tables live in static storage (no malloc, no arena),
 * the ICU objects they come from (the NFKC normalizer, ICU's own singleton,
 * and the RBNF formatter) are cached in statics.  The Traditional-Simplified
 * transliterator is opened once while the tables are built, run once per
 * BMP code point U+3000..U+9FFF, and closed again: it never sees report
 * text.  None of this is thread-safe; PostgreSQL backends are single
 * threaded, and the CLI/tests call from one thread.  If ICU fails, the
 * tables degrade (no traditional detection, no NFKC beyond the built-in
 * folds) and nothing crashes.
 */
#ifndef GDR_UNICODE_INT_H
#define GDR_UNICODE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* code point range covered by the traditional->simplified map */
#define GDR_T2S_FIRST	0x3000
#define GDR_T2S_LAST	0x9FFF
/* range in which characters are counted for script detection */
#define GDR_HAN_FIRST	0x3400
#define GDR_HAN_LAST	0x9FFF

typedef struct gdr_uni_tables
{
	/*
	 * BMP bitmap: bit set = norm.c's main loop handles the code point
	 * itself: it is NFKC quick-check YES with a normalisation boundary
	 * before it (so copying it unchanged is exactly NFKC), or it is one of
	 * the characters norm.c folds or removes explicitly.  Clear = send
	 * through ICU NFKC.
	 */
	uint32_t	fast[0x10000 / 32];

	/*
	 * BMP bitmap: the 3-byte UTF-8 characters (U+0800..U+FFFF) that
	 * norm.c's common path copies unchanged: the CJK ideographs
	 * U+4E00..U+9FFF and every other fast one that norm.c neither folds
	 * nor removes (、。“”《》—).
	 */
	uint32_t	copy3[0x10000 / 32];

	/*
	 * Script evidence, indexed by the code point itself (bits are set only
	 * in GDR_HAN_FIRST..GDR_HAN_LAST; indexing the whole BMP spares the
	 * common path a range test).  No code point has both bits.
	 */
	/* bit cp: has a different simplified form */
	uint32_t	trad[0x10000 / 32];
	/* bit cp: is the simplified form of another char */
	uint32_t	simp[0x10000 / 32];
	/* bit cp: t2s below maps it (a superset of trad: also 「」) */
	uint32_t	mapped[0x10000 / 32];
	/* simplified form of cp - GDR_T2S_FIRST, 0 = unchanged */
	uint16_t	t2s[GDR_T2S_LAST - GDR_T2S_FIRST + 1];

	/*
	 * The common path's table, one load per 3-byte character: bits 0..23
	 * the UTF-8 of the character it writes (its simplified form when
	 * mapped, else itself; byte k in bits 8k..8k+7), bits 24..27 the
	 * GDR_C3_* flags (copy3, simp, trad, mapped bits of that code point).
	 * 256 KiB, touched only where text has characters.
	 */
	uint32_t	c3[0x10000];
	bool		have_nfkc;		/* ICU NFKC available */
	bool		have_t2s;		/* transliterator table built */
	int			nt2s;			/* number of mapped code points */
	double		build_ms;		/* wall time spent building the tables */
} gdr_uni_tables;

/* The tables; built on first call (never NULL). */
const gdr_uni_tables *gdr_uni_tables_get(void);

#define GDR_C3_COPY		(1u << 24)
#define GDR_C3_SIMP		(1u << 25)
#define GDR_C3_TRAD		(1u << 26)
#define GDR_C3_MAPPED	(1u << 27)

static inline bool
gdr_uni_bit(const uint32_t *bits, uint32_t i)
{
	return (bits[i >> 5] >> (i & 31)) & 1;
}

/* Does cp have a normalisation boundary before it (NFKC)? */
bool		gdr_uni_boundary_before(uint32_t cp);

/*
 * NFKC of the code points cps[0..n-1], written as UTF-8 to out (capacity
 * cap).  Returns the number of bytes needed; when that exceeds cap nothing
 * useful was written and the caller retries with a bigger buffer.  Without
 * ICU the code points are copied unchanged.
 */
size_t		gdr_uni_nfkc(const uint32_t *cps, int n, char *out, size_t cap);

#endif
