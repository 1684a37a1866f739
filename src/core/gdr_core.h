/*
 * gdr_core.h -- the PostgreSQL-independent core of gdr.
 *
 * The core parses the raw text of a 政府信息公开工作年度报告 into a plain C
 * report (gdr_report) and runs the template's arithmetic checks on it.  It
 * never includes postgres.h and never longjmps: memory comes from the
 * caller's allocator (gdr_env), long loops call the caller's tick callback
 * (which, in the server, is CHECK_FOR_INTERRUPTS and may longjmp out: the
 * core therefore holds nothing across a tick but memory from the allocator),
 * and failures are status codes.
 *
 * Every figure of a report lives in a slot of one fixed catalogue (see
 * gdr_slot_def and the GDR_S_* indexes below).  The jsonb builder and reader,
 * the checks, the aggregate and gdr_label all walk that one table, so a new
 * figure is added in exactly one place (catalog.c).
 */
#ifndef GDR_CORE_H
#define GDR_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdarg.h>

#define GDR_SCHEMA_VERSION 1

/* ------------------------------------------------------------------ */
/* Environment supplied by the caller                                  */
/* ------------------------------------------------------------------ */

typedef struct gdr_env
{
	void	   *(*alloc) (void *actx, size_t size);	/* never returns NULL in
													 * the server (palloc
													 * raises); may in CLI */
	void		(*free) (void *actx, void *ptr);	/* may be NULL (context
													 * memory) */
	void	   *actx;
	/* Called every few kilobytes of work.  Return non-zero to cancel. */
	int			(*tick) (void *tctx);
	void	   *tctx;
} gdr_env;

typedef enum gdr_status
{
	GDR_OK = 0,
	GDR_ECANCEL = 1,			/* tick asked to stop */
	GDR_ENOMEM = 2
} gdr_status;

/* A malloc-based environment for tests, the CLI and the fuzzer. */
extern const gdr_env gdr_env_malloc;

/* ------------------------------------------------------------------ */
/* Arena: every allocation of one parse or check comes from here       */
/* ------------------------------------------------------------------ */

typedef struct gdr_arena_block gdr_arena_block;

typedef struct gdr_ctx
{
	const gdr_env *env;
	gdr_arena_block *blocks;	/* singly linked, newest first */
	char	   *cur;			/* bump pointer in blocks */
	size_t		left;
	int			status;			/* first failure (gdr_status) */
	unsigned	tick_budget;	/* work units until the next tick */
} gdr_ctx;

void		gdr_ctx_init(gdr_ctx *ctx, const gdr_env *env);

/*
 * Let the arena bump-allocate from mem[0 .. size) before it asks env->alloc:
 * a caller that parses many reports one after another (the server) hands
 * every parse the same region and saves the allocator's round trips.  The
 * region is the caller's: gdr_ctx_free leaves it alone, and nothing in it
 * outlives the parse.  Call right after gdr_ctx_init.
 */
void		gdr_ctx_scratch(gdr_ctx *ctx, void *mem, size_t size);
/*
 * The bytes the arena has asked env->alloc for so far (beyond the scratch
 * region): what a larger region would have saved
 */
size_t		gdr_ctx_spilled(const gdr_ctx *ctx);
void		gdr_ctx_free(gdr_ctx *ctx);	/* frees every block (if env->free) */
/* Returns NULL (and sets ctx->status = GDR_ENOMEM) on failure. */
void	   *gdr_alloc(gdr_ctx *ctx, size_t size);
void	   *gdr_alloc0(gdr_ctx *ctx, size_t size);
char	   *gdr_strndup(gdr_ctx *ctx, const char *s, size_t n);
char	   *gdr_printf(gdr_ctx *ctx, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/*
 * Account for `units` bytes (or items) of work; calls env->tick every 16 KiB.
 * Returns true when the caller must stop (ctx->status is then non-zero).
 */
bool		gdr_work(gdr_ctx *ctx, size_t units);

/* Growable byte buffer in the arena. */
typedef struct gdr_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} gdr_buf;

bool		gdr_buf_reserve(gdr_ctx *ctx, gdr_buf *b, size_t extra);
bool		gdr_buf_append(gdr_ctx *ctx, gdr_buf *b, const char *s, size_t n);
bool		gdr_buf_putc(gdr_ctx *ctx, gdr_buf *b, char c);

/* ------------------------------------------------------------------ */
/* The slot catalogue                                                  */
/* ------------------------------------------------------------------ */

typedef enum gdr_kind
{
	GDR_COUNT,					/* non-negative integer */
	GDR_SIGNED,					/* signed integer (2019 本年增/减) */
	GDR_MONEY,					/* non-negative decimal, stored x 10^6 */
	GDR_UNIT					/* enum: 0 = 元, 1 = 万元 (procurement.amount_unit) */
} gdr_kind;

#define GDR_MONEY_SCALE 1000000LL	/* money is stored in millionths */

typedef struct gdr_slot_def
{
	const char *path;			/* "applications.new.total" */
	const char *label;			/* official Chinese label */
	gdr_kind	kind;
} gdr_slot_def;

/* table 三: 25 rows x 7 columns, row-major, starting at slot 0 */
typedef enum gdr_app_row
{
	GDR_R_NEW, GDR_R_CARRIED_OVER, GDR_R_GRANTED, GDR_R_PARTIAL,
	GDR_R_DENIED_STATE_SECRET, GDR_R_DENIED_PROHIBITED, GDR_R_DENIED_SECURITY,
	GDR_R_DENIED_THIRD_PARTY, GDR_R_DENIED_INTERNAL, GDR_R_DENIED_PROCESS,
	GDR_R_DENIED_ENFORCEMENT, GDR_R_DENIED_QUERY,
	GDR_R_UNABLE_NOT_HELD, GDR_R_UNABLE_NEEDS_CREATION, GDR_R_UNABLE_UNCLEAR,
	GDR_R_NP_PETITION, GDR_R_NP_REPEATED, GDR_R_NP_PUBLICATION,
	GDR_R_NP_EXCESSIVE, GDR_R_NP_CONFIRMATION,
	GDR_R_OH_NO_CORRECTION, GDR_R_OH_FEE_UNPAID, GDR_R_OH_OTHER,
	GDR_R_PROCESSED, GDR_R_CARRIED_FORWARD,
	GDR_NAPPROWS
} gdr_app_row;

typedef enum gdr_app_col
{
	GDR_C_PERSON, GDR_C_BUSINESS, GDR_C_RESEARCH, GDR_C_NONPROFIT,
	GDR_C_LEGAL, GDR_C_OTHER, GDR_C_TOTAL,
	GDR_NAPPCOLS
} gdr_app_col;

#define GDR_S_APP(row, col)		((row) * GDR_NAPPCOLS + (col))

/* printed subtotal rows (not in the template): 4 groups x 7 columns */
typedef enum gdr_group
{
	GDR_G_DENIED, GDR_G_UNABLE, GDR_G_NOT_PROCESSED, GDR_G_OTHER_HANDLING,
	GDR_NGROUPS
} gdr_group;

#define GDR_S_SUBTOTAL_BASE		(GDR_NAPPROWS * GDR_NAPPCOLS)
#define GDR_S_SUBTOTAL(g, col)	(GDR_S_SUBTOTAL_BASE + (g) * GDR_NAPPCOLS + (col))

/* table 四: review, suit_direct, suit_after_review, suit (pre-2019 only) */
typedef enum gdr_appeal_kind
{
	GDR_A_REVIEW, GDR_A_SUIT_DIRECT, GDR_A_SUIT_AFTER_REVIEW, GDR_A_SUIT,
	GDR_NAPPEALKINDS
} gdr_appeal_kind;

typedef enum gdr_appeal_field
{
	GDR_F_UPHELD, GDR_F_CORRECTED, GDR_F_OTHER, GDR_F_PENDING, GDR_F_TOTAL,
	GDR_NAPPEALFIELDS
} gdr_appeal_field;

#define GDR_S_APPEAL_BASE		(GDR_S_SUBTOTAL_BASE + GDR_NGROUPS * GDR_NAPPCOLS)
#define GDR_S_APPEAL(k, f)		(GDR_S_APPEAL_BASE + (k) * GDR_NAPPEALFIELDS + (f))

/* table 二 and everything else: explicit indexes after the grids */
enum
{
	GDR_S_ACTIVE_BASE = GDR_S_APPEAL_BASE + GDR_NAPPEALKINDS * GDR_NAPPEALFIELDS,
	/* 2021 format */
	GDR_S_REG_ISSUED = GDR_S_ACTIVE_BASE,
	GDR_S_REG_REPEALED,
	GDR_S_REG_IN_FORCE,
	GDR_S_NORM_ISSUED,
	GDR_S_NORM_REPEALED,
	GDR_S_NORM_IN_FORCE,
	/* 2019 format */
	GDR_S_REG_MADE,
	GDR_S_REG_PUBLISHED,
	GDR_S_REG_PUBLIC_TOTAL,
	GDR_S_NORM_MADE,
	GDR_S_NORM_PUBLISHED,
	GDR_S_NORM_PUBLIC_TOTAL,
	/* both formats (decisions) and 2019 items */
	GDR_S_LIC_ITEMS_LAST_YEAR,
	GDR_S_LIC_ITEMS_CHANGE,
	GDR_S_LIC_DECISIONS,
	GDR_S_OTHSVC_ITEMS_LAST_YEAR,
	GDR_S_OTHSVC_ITEMS_CHANGE,
	GDR_S_OTHSVC_DECISIONS,
	GDR_S_PEN_ITEMS_LAST_YEAR,
	GDR_S_PEN_ITEMS_CHANGE,
	GDR_S_PEN_DECISIONS,
	GDR_S_COER_ITEMS_LAST_YEAR,
	GDR_S_COER_ITEMS_CHANGE,
	GDR_S_COER_DECISIONS,
	GDR_S_FEES_AMOUNT,			/* 2021: 万元 */
	GDR_S_FEES_ITEMS_LAST_YEAR, /* 2019 */
	GDR_S_FEES_ITEMS_CHANGE,	/* 2019 */
	GDR_S_PROC_ITEMS,			/* 2019 政府集中采购 */
	GDR_S_PROC_AMOUNT,
	GDR_S_PROC_AMOUNT_UNIT,
	GDR_S_ACTIVE_TOTAL,			/* pre-2019 主动公开政府信息数 */

	/* pre-2019 statistics tables: everything without a modern home */
	GDR_S_LEGACY_DENIED,
	GDR_S_LEGACY_NOT_EXIST,
	GDR_S_LEGACY_NOT_OURS,
	GDR_S_LEGACY_UNCLEAR,
	GDR_S_LEGACY_ALREADY_PUBLIC,
	GDR_S_LEGACY_OTHER_REPLIES,
	GDR_S_LEGACY_COMPLAINTS,
	GDR_S_LEGACY_FEES_YUAN,
	GDR_S_LEGACY_REQ_IN_PERSON,
	GDR_S_LEGACY_REQ_ONLINE,
	GDR_S_LEGACY_REQ_MAIL,
	GDR_S_LEGACY_ACTIVE_WEBSITE,
	GDR_S_LEGACY_ACTIVE_GAZETTE,
	GDR_S_LEGACY_CUM_ACTIVE_TOTAL,
	GDR_S_LEGACY_CUM_APPLICATIONS,
	GDR_S_LEGACY_CUM_REPLIES,
	GDR_S_LEGACY_CUM_GRANTED,
	GDR_S_LEGACY_CUM_PARTIAL,
	GDR_S_LEGACY_CUM_DENIED,
	GDR_S_LEGACY_CUM_REVIEWS,
	GDR_S_LEGACY_CUM_LAWSUITS,
	GDR_S_LEGACY_CUM_NOT_EXIST,
	GDR_S_LEGACY_CUM_NOT_OURS,
	GDR_S_LEGACY_CUM_UNCLEAR,
	GDR_S_LEGACY_CUM_COMPLAINTS,
	GDR_S_LEGACY_CUM_FEES_YUAN,

	/* figures stated in the prose */
	GDR_S_N_ACTIVE_TOTAL,
	GDR_S_N_APPLICATIONS_RECEIVED,
	GDR_S_N_APPLICATIONS_COMPLETED,
	GDR_S_N_APPLICATIONS_CARRIED_FORWARD,
	GDR_S_N_REVIEWS,
	GDR_S_N_LAWSUITS,
	GDR_S_N_NEW_MEDIA_POSTS,
	GDR_S_N_PRESS_CONFERENCES,
	GDR_S_N_INTERPRETATIONS,
	GDR_S_N_NPC_SUGGESTIONS,
	GDR_S_N_CPPCC_PROPOSALS,
	GDR_S_N_FEES_COLLECTED,		/* 元 */

	GDR_NSLOTS
};

extern const gdr_slot_def gdr_slots[GDR_NSLOTS];

/* Slot index of a dotted path, or -1. */
int			gdr_slot_find(const char *path, size_t len);

/* 1: path is a slot (*slot set); 2: path is a prefix of slots
 * ("applications.denied"); 0: unknown */
int			gdr_slot_classify(const char *path, size_t len, int *slot);

/* The slots under a path prefix ("applications" -> every "applications.*"):
 * their number, and *slots pointing at their indexes (in path order). */
int			gdr_slot_under(const char *path, size_t len, const int **slots);

/* The row of a slot: the first slot that shares its parent path (all
 * cells of one table row, all fields of one table 二 item, ...). */
int			gdr_slot_row(int slot);
/* the same for every slot at once: rows[slot] (a row's first slot is its
 * lowest index, so a row's cells all lie at or after it) */
const int  *gdr_slot_rows(void);
/* the cells of a row (row: its first slot, as gdr_slot_row gives): their
 * number, and *cells pointing at their indexes; 0 if row is no row */
int			gdr_slot_row_cells(int row, const int **cells);

/* ------------------------------------------------------------------ */
/* The report                                                          */
/* ------------------------------------------------------------------ */

/* per-slot state bits */
#define GDR_ST_PRESENT	 0x01	/* the key exists (value or JSON null) */
#define GDR_ST_VALUE	 0x02	/* val[] holds a number */
#define GDR_ST_AMBIGUOUS 0x04	/* narrative figure readable two ways */
#define GDR_ST_SPLIT	 0x08	/* value came from splitting run-together digits */
#define GDR_ST_UNREAD	 0x10	/* null because the parser could not place the
								 * cell (a warning names its row), not because
								 * the report left it blank: checks skip it */

typedef enum gdr_doc_kind
{
	GDR_KIND_UNKNOWN, GDR_KIND_ANNUAL_REPORT, GDR_KIND_WORK_SUMMARY
} gdr_doc_kind;

typedef enum gdr_template
{
	GDR_TPL_NONE, GDR_TPL_2019, GDR_TPL_2021, GDR_TPL_PRE2019
} gdr_template;

typedef enum gdr_script
{
	GDR_SCRIPT_HANS, GDR_SCRIPT_HANT
} gdr_script;

typedef struct gdr_warning
{
	const char *code;			/* stable, snake_case */
	const char *path;			/* slot path or NULL */
	char	   *message;
} gdr_warning;

/* A row a province added to a table (kept, never mixed into the slots). */
typedef struct gdr_extra
{
	const char *section;		/* "active" or "applications" */
	char	   *label;
	int			nvalues;
	int64_t    *values;
	bool	   *isnull;
} gdr_extra;

typedef struct gdr_report
{
	int64_t		val[GDR_NSLOTS];
	uint8_t		st[GDR_NSLOTS];

	char	   *agency;			/* NULL = unknown */
	int			year;			/* 0 = unknown */
	gdr_doc_kind kind;
	gdr_template tmpl;
	char		published[11];	/* "YYYY-MM-DD" or "" */
	gdr_script	script;

	gdr_extra  *extras;
	int			nextras;
	int			maxextras;

	gdr_warning *warnings;
	int			nwarnings;
	int			maxwarnings;
} gdr_report;

static inline bool
gdr_has(const gdr_report *r, int slot)
{
	return (r->st[slot] & GDR_ST_VALUE) != 0;
}

static inline bool
gdr_present(const gdr_report *r, int slot)
{
	return (r->st[slot] & GDR_ST_PRESENT) != 0;
}

/* slot := value (money already scaled by GDR_MONEY_SCALE) */
void		gdr_set(gdr_report *r, int slot, int64_t v);
/* slot := JSON null (present, no value) */
void		gdr_set_null(gdr_report *r, int slot);

/* Add a warning; message is printf-formatted into the arena. */
void		gdr_warn(gdr_ctx *ctx, gdr_report *r, const char *code,
					 const char *path, const char *fmt,...)
			__attribute__((format(printf, 5, 6)));

/*
 * Mark as GDR_ST_UNREAD every null slot that a warning is about: a warning
 * whose path is a slot covers that slot's row (its siblings); a warning
 * whose path is a prefix ("applications") covers everything under it.
 * Narrative warnings mark nothing.  Run at the end of a parse and after a
 * report is read back from jsonb, so the flag survives the round trip.
 */
void		gdr_mark_unread(gdr_report *r);

gdr_extra  *gdr_add_extra(gdr_ctx *ctx, gdr_report *r, const char *section,
						  const char *label, size_t labellen, int nvalues);

const char *gdr_kind_name(gdr_doc_kind k);
const char *gdr_template_name(gdr_template t);
const char *gdr_script_name(gdr_script s);

/* ------------------------------------------------------------------ */
/* Parsing                                                             */
/* ------------------------------------------------------------------ */

/*
 * Parse `len` bytes of UTF-8 text (invalid bytes are replaced, never
 * trusted).  On GDR_OK *out points to a report allocated in ctx; it lives
 * until gdr_ctx_free(ctx).  The caller initialises ctx.
 */
gdr_status	gdr_parse(gdr_ctx *ctx, const char *text, size_t len,
					  gdr_report **out);

/* ------------------------------------------------------------------ */
/* Checks (check.c)                                                     */
/* ------------------------------------------------------------------ */

typedef enum gdr_check_status
{
	GDR_CHK_FAIL,				/* does not hold even with blanks as 0 */
	GDR_CHK_INCOMPLETE,			/* result cell blank, parts present */
	GDR_CHK_WARN				/* soft check */
} gdr_check_status;

typedef struct gdr_check_row
{
	const char *rule;			/* stable id, e.g. "t3_balance.person" */
	gdr_check_status status;
	const char *path;			/* the cell the row is about, or NULL */
	bool		has_expected;
	bool		has_actual;
	int64_t		expected;		/* scaled by 10^scale */
	int64_t		actual;
	int			scale;			/* 0 for counts, 6 for money */
	const char *detail;			/* allocated in the ctx; NULL in cheap mode */
} gdr_check_row;

/* Return false from the callback to stop early. */
typedef bool (*gdr_check_cb) (void *arg, const gdr_check_row *row);

#define GDR_CHECK_HARD_ONLY	0x01	/* skip soft checks */
#define GDR_CHECK_CHEAP		0x02	/* no detail text (gdr_balance_ok) */

typedef struct gdr_check_summary
{
	int			checked;		/* identities that could be evaluated */
	int			failed;			/* hard failures */
	int			incomplete;
	int			warned;
} gdr_check_summary;

gdr_status	gdr_check(gdr_ctx *ctx, const gdr_report *r, int flags,
					  gdr_check_cb cb, void *arg, gdr_check_summary *sum);

/* Carry-over continuity between two consecutive years of one agency. */
gdr_status	gdr_carry_check(gdr_ctx *ctx, const gdr_report *prev,
							const gdr_report *cur, int flags,
							gdr_check_cb cb, void *arg,
							gdr_check_summary *sum);

#endif							/* GDR_CORE_H */
