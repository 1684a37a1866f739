/*
 * check.c -- the arithmetic checks of a report (report-format.md §7).
 *
 * gdr_check() walks the identities of one report and calls the caller's
 * callback once for every identity that does not plainly pass; gdr_carry_check()
 * does the same for the continuity of two consecutive reports of one agency.
 * The rule ids, their meaning and the NULL semantics are documented in
 * doc/checks.md; keep the two in step.
 *
 * NULL semantics (§7.4): every identity is written  L1 + ... = R1 + ...,
 * with the "result side" on the right (a printed total, or 三(七) + 四).
 * A blank cell (JSON null: present, no value) reads as 0 where that decides
 * nothing; an absent cell (the key is not there: the table does not have it)
 * too, but a side whose cells are all absent is not in the table at all.
 *   - no operand holds a number, or one side is entirely absent: the
 *     identity cannot be checked (no row, not counted);
 *   - with blank cells read as 0 it holds: PASS / PASS_NULL_AS_ZERO (no row,
 *     counted in summary->checked);
 *   - a result-side cell is blank and the left side exceeds the right side:
 *     INCOMPLETE, path = the first blank result cell, expected = what the
 *     blank cell(s) must hold;
 *   - otherwise FAIL (hard) or WARN (soft): expected = the left side (the
 *     sum of the parts), actual = the right side (the printed result).
 *
 * Nothing here allocates unless a row is emitted; in GDR_CHECK_CHEAP mode
 * only the rule id of an emitted row is allocated (a "x.y" id).
 */
#include <stdio.h>
#include <string.h>

#include "gdr_core.h"

#define MAXTERMS 32

typedef struct cell
{
	const gdr_report *r;
	int			slot;
	const char *who;			/* "" or "previous report's " (detail only) */
} cell;

typedef struct chk
{
	gdr_ctx    *ctx;
	int			flags;
	gdr_check_cb cb;
	void	   *arg;
	gdr_check_summary *sum;
	bool		stop;			/* callback asked to stop, or ctx failed */
} chk;

static const char *const col_names[GDR_NAPPCOLS] = {
	"person", "business", "research", "nonprofit", "legal", "other", "total"
};

static const char *const group_names[GDR_NGROUPS] = {
	"denied", "unable", "not_processed", "other_handling"
};

static const char *const appeal_names[GDR_NAPPEALKINDS] = {
	"review", "suit_direct", "suit_after_review", "suit"
};

/* first and last table 三 row of each outcome group */
static const int group_first[GDR_NGROUPS] = {
	GDR_R_DENIED_STATE_SECRET, GDR_R_UNABLE_NOT_HELD, GDR_R_NP_PETITION,
	GDR_R_OH_NO_CORRECTION
};
static const int group_last[GDR_NGROUPS] = {
	GDR_R_DENIED_QUERY, GDR_R_UNABLE_UNCLEAR, GDR_R_NP_CONFIRMATION,
	GDR_R_OH_OTHER
};

/* ------------------------------------------------------------------ */
/* small helpers                                                       */
/* ------------------------------------------------------------------ */

static bool
unread(const gdr_report *r, int slot)
{
	return (r->st[slot] & (GDR_ST_UNREAD | GDR_ST_VALUE)) == GDR_ST_UNREAD;
}

static bool
has(const gdr_report *r, int slot)
{
	return (r->st[slot] & GDR_ST_VALUE) != 0;
}

static int
slot_scale(int slot)
{
	return gdr_slots[slot].kind == GDR_MONEY ? 6 : 0;
}

/* a + b with saturation: the checks must not overflow on hostile input */
static int64_t
sadd(int64_t a, int64_t b)
{
	if (b > 0 && a > INT64_MAX - b)
		return INT64_MAX;
	if (b < 0 && a < INT64_MIN - b)
		return INT64_MIN;
	return a + b;
}

static bool
want_detail(const chk *ck)
{
	return (ck->flags & GDR_CHECK_CHEAP) == 0;
}

/* append a number scaled by 10^scale ("12", "0.5", "-3.25") */
static void
put_num(gdr_ctx *ctx, gdr_buf *b, int64_t v, int scale)
{
	char		tmp[48];
	uint64_t	u;
	uint64_t	div = 1;
	uint64_t	ip,
				fp;
	int			i,
				n;

	u = v < 0 ? (uint64_t) 0 - (uint64_t) v : (uint64_t) v;
	for (i = 0; i < scale; i++)
		div *= 10;
	ip = u / div;
	fp = u % div;
	n = snprintf(tmp, sizeof(tmp), "%s%llu", v < 0 ? "-" : "",
				 (unsigned long long) ip);
	if (fp != 0)
	{
		int			digits = scale;

		while (fp % 10 == 0)
		{
			fp /= 10;
			digits--;
		}
		n += snprintf(tmp + n, sizeof(tmp) - (size_t) n, ".%0*llu", digits,
					  (unsigned long long) fp);
	}
	gdr_buf_append(ctx, b, tmp, (size_t) n);
}

static void
put_str(gdr_ctx *ctx, gdr_buf *b, const char *s)
{
	gdr_buf_append(ctx, b, s, strlen(s));
}

/* s with its first letter upper-cased (ASCII only: it starts a sentence) */
static void
put_cap(gdr_ctx *ctx, gdr_buf *b, const char *s)
{
	if (s[0] >= 'a' && s[0] <= 'z')
	{
		gdr_buf_putc(ctx, b, (char) (s[0] - 'a' + 'A'));
		s++;
	}
	put_str(ctx, b, s);
}

/* "who path value" or "who path blank" */
static void
put_cell(gdr_ctx *ctx, gdr_buf *b, const cell *c)
{
	put_str(ctx, b, c->who);
	put_str(ctx, b, gdr_slots[c->slot].path);
	if (has(c->r, c->slot))
	{
		put_str(ctx, b, " ");
		put_num(ctx, b, c->r->val[c->slot], slot_scale(c->slot));
	}
	else
		put_str(ctx, b, " blank");
}

/*
 * The cells of one side: those holding a number other than 0, then a note
 * on the rest, so that a 21-row sum stays readable.
 */
static void
put_side(gdr_ctx *ctx, gdr_buf *b, const cell *cs, int n, bool all)
{
	int			i,
				shown = 0,
				hidden = 0;

	for (i = 0; i < n; i++)
	{
		if (!all && has(cs[i].r, cs[i].slot) && cs[i].r->val[cs[i].slot] == 0)
		{
			hidden++;
			continue;
		}
		if (!all && !has(cs[i].r, cs[i].slot) && n > 2)
		{
			hidden++;
			continue;
		}
		if (shown++)
			put_str(ctx, b, " + ");
		put_cell(ctx, b, &cs[i]);
	}
	if (shown == 0)
		put_str(ctx, b, "every cell 0 or blank");
	else if (hidden)
		put_str(ctx, b, "; the other cells 0 or blank");
}

/*
 * Emit one row.  Returns false when the walk must stop (callback said so,
 * or the arena failed).
 */
static bool
emit(chk *ck, const char *rule, gdr_check_status status, int path_slot,
	 bool has_exp, int64_t exp, bool has_act, int64_t act, int scale,
	 const char *detail)
{
	gdr_check_row row;

	if (ck->stop)
		return false;
	if (rule == NULL || ck->ctx->status)
	{
		ck->stop = true;
		return false;
	}
	if (status == GDR_CHK_FAIL)
		ck->sum->failed++;
	else if (status == GDR_CHK_INCOMPLETE)
		ck->sum->incomplete++;
	else
		ck->sum->warned++;

	row.rule = rule;
	row.status = status;
	row.path = path_slot >= 0 ? gdr_slots[path_slot].path : NULL;
	row.has_expected = has_exp;
	row.expected = has_exp ? exp : 0;
	row.has_actual = has_act;
	row.actual = has_act ? act : 0;
	row.scale = scale;
	row.detail = want_detail(ck) ? detail : NULL;
	if (!ck->cb(ck->arg, &row))
		ck->stop = true;
	return !ck->stop;
}

static const char *
rule_id(chk *ck, const char *rule, const char *sub)
{
	return sub ? gdr_printf(ck->ctx, "%s.%s", rule, sub) : rule;
}

/*
 * The generic identity  Σ lhs = Σ rhs  (see the header comment).  The rule
 * id is "rule.sub" (or "rule" when sub is NULL), built only when a row is
 * emitted.  lname/rname describe the sides in the detail.
 */
static void
eq_rule(chk *ck, const char *rule, const char *sub, bool hard,
		const cell *lhs, int nl, const cell *rhs, int nr,
		const char *lname, const char *rname)
{
	int64_t		L = 0,
				R = 0;
	bool		any = false;
	bool		lpresent = false,
				rpresent = false;
	int			blank = -1;
	int			i;
	int			scale;
	gdr_buf		d = {0};

	if (ck->stop)
		return;
	for (i = 0; i < nl; i++)
		if (unread(lhs[i].r, lhs[i].slot))
			return;				/* a cell the parser could not place */
	for (i = 0; i < nr; i++)
		if (unread(rhs[i].r, rhs[i].slot))
			return;
	for (i = 0; i < nl; i++)
	{
		lpresent |= gdr_present(lhs[i].r, lhs[i].slot);
		if (has(lhs[i].r, lhs[i].slot))
		{
			any = true;
			L = sadd(L, lhs[i].r->val[lhs[i].slot]);
		}
	}
	for (i = 0; i < nr; i++)
	{
		rpresent |= gdr_present(rhs[i].r, rhs[i].slot);
		if (has(rhs[i].r, rhs[i].slot))
		{
			any = true;
			R = sadd(R, rhs[i].r->val[rhs[i].slot]);
		}
		else if (blank < 0)
			blank = i;
	}
	if (!any || !lpresent || !rpresent)
		return;					/* nothing to check, or a side not in the table */
	ck->sum->checked++;
	if (L == R)
		return;					/* PASS or PASS_NULL_AS_ZERO */

	scale = slot_scale(rhs[0].slot);
	if (blank >= 0 && L > R)
	{
		/* the result side is not filled in: report what it should hold */
		if (want_detail(ck))
		{
			put_cap(ck->ctx, &d, rname);
			if (nr == 1)
				put_str(ck->ctx, &d, " is blank. ");
			else
			{
				put_str(ck->ctx, &d, " has a blank cell (");
				put_side(ck->ctx, &d, rhs, nr, true);
				put_str(ck->ctx, &d, "). ");
			}
			put_cap(ck->ctx, &d, lname);
			put_str(ck->ctx, &d, ": ");
			put_num(ck->ctx, &d, L, scale);
			put_str(ck->ctx, &d, " (");
			put_side(ck->ctx, &d, lhs, nl, nl <= 2);
			put_str(ck->ctx, &d, ")");
			if (nr > 1)
			{
				put_str(ck->ctx, &d, ", so the blank cells must hold ");
				put_num(ck->ctx, &d, L - R, scale);
			}
			put_str(ck->ctx, &d, ".");
		}
		emit(ck, rule_id(ck, rule, sub), GDR_CHK_INCOMPLETE, rhs[blank].slot,
			 true, L - R, false, 0, scale, d.data);
		return;
	}

	if (want_detail(ck))
	{
		put_cap(ck->ctx, &d, lname);
		put_str(ck->ctx, &d, ": ");
		put_num(ck->ctx, &d, L, scale);
		put_str(ck->ctx, &d, " (");
		put_side(ck->ctx, &d, lhs, nl, nl <= 2);
		put_str(ck->ctx, &d, "); ");
		put_str(ck->ctx, &d, rname);
		put_str(ck->ctx, &d, ": ");
		put_num(ck->ctx, &d, R, scale);
		if (nr > 1)
		{
			put_str(ck->ctx, &d, " (");
			put_side(ck->ctx, &d, rhs, nr, true);
			put_str(ck->ctx, &d, ")");
		}
		put_str(ck->ctx, &d, hard ? "; blank cells count as 0." :
				"; a soft check, blank cells count as 0.");
	}
	emit(ck, rule_id(ck, rule, sub), hard ? GDR_CHK_FAIL : GDR_CHK_WARN,
		 nr == 1 ? rhs[0].slot : -1, true, L, true, R, scale, d.data);
}

static void
set_cells(cell *cs, const gdr_report *r, const int *slots, int n)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		cs[i].r = r;
		cs[i].slot = slots[i];
		cs[i].who = "";
	}
}

static bool
any_value(const gdr_report *r, int from, int to)
{
	int			i;

	for (i = from; i < to; i++)
		if (has(r, i))
			return true;
	return false;
}

/* the figure of a table 三 row: its 总计, else the sum of its columns */
static bool
row_value(const gdr_report *r, int row, int64_t *out)
{
	int			c;
	bool		any = false;
	int64_t		s = 0;

	if (has(r, GDR_S_APP(row, GDR_C_TOTAL)))
	{
		*out = r->val[GDR_S_APP(row, GDR_C_TOTAL)];
		return true;
	}
	for (c = 0; c < GDR_C_TOTAL; c++)
		if (has(r, GDR_S_APP(row, c)))
		{
			any = true;
			s = sadd(s, r->val[GDR_S_APP(row, c)]);
		}
	*out = s;
	return any;
}

/* table 四: the printed 总计 (if any) and the sum of the four results */
static bool
appeal_values(const gdr_report *r, int k, int64_t *total, bool *has_total,
			  int64_t *parts)
{
	int			f;
	bool		any = false;

	*parts = 0;
	for (f = 0; f < GDR_F_TOTAL; f++)
		if (has(r, GDR_S_APPEAL(k, f)))
		{
			any = true;
			*parts = sadd(*parts, r->val[GDR_S_APPEAL(k, f)]);
		}
	*has_total = has(r, GDR_S_APPEAL(k, GDR_F_TOTAL));
	*total = *has_total ? r->val[GDR_S_APPEAL(k, GDR_F_TOTAL)] : *parts;
	return any || *has_total;
}

/* ------------------------------------------------------------------ */
/* hard identities                                                     */
/* ------------------------------------------------------------------ */

static void
check_t3(chk *ck, const gdr_report *r)
{
	cell		lhs[MAXTERMS],
				rhs[MAXTERMS];
	char		sub[64];
	int			c,
				row,
				g,
				n;

	/* T3-COL: 一 + 二 = 三(七) + 四, per column */
	for (c = 0; c < GDR_NAPPCOLS && !ck->stop; c++)
	{
		int			l[2] = {GDR_S_APP(GDR_R_NEW, c), GDR_S_APP(GDR_R_CARRIED_OVER, c)};
		int			rr[2] = {GDR_S_APP(GDR_R_PROCESSED, c), GDR_S_APP(GDR_R_CARRIED_FORWARD, c)};

		set_cells(lhs, r, l, 2);
		set_cells(rhs, r, rr, 2);
		eq_rule(ck, "t3_balance", col_names[c], true,
				lhs, 2, rhs, 2, "一 + 二", "三(七) + 四");
	}

	/* T3-SUM: 三(七) = every outcome row (2019: one （六） row, 2021: three) */
	for (c = 0; c < GDR_NAPPCOLS && !ck->stop; c++)
	{
		n = 0;
		for (row = GDR_R_GRANTED; row <= GDR_R_OH_OTHER; row++)
		{
			lhs[n].r = r;
			lhs[n].slot = GDR_S_APP(row, c);
			lhs[n].who = "";
			n++;
		}
		set_cells(rhs, r, (int[1]) {GDR_S_APP(GDR_R_PROCESSED, c)}, 1);
		eq_rule(ck, "t3_outcomes", col_names[c], true,
				lhs, n, rhs, 1, "sum of the outcome rows （一）…（六）", "三(七) 总计");
	}

	/* T3-ROW: 总计 = the six applicant columns, every row */
	for (row = 0; row < GDR_NAPPROWS + GDR_NGROUPS && !ck->stop; row++)
	{
		int			base = row * GDR_NAPPCOLS;	/* subtotal rows follow the grid */
		const char *p;
		size_t		plen;

		if (row >= GDR_NAPPROWS &&
			!gdr_present(r, base + GDR_C_TOTAL) && !any_value(r, base, base + GDR_NAPPCOLS))
			continue;			/* a subtotal row the report does not print */
		for (c = 0; c < GDR_C_TOTAL; c++)
		{
			lhs[c].r = r;
			lhs[c].slot = base + c;
			lhs[c].who = "";
		}
		set_cells(rhs, r, (int[1]) {base + GDR_C_TOTAL}, 1);
		/* "applications.denied.query.total" -> "denied.query" */
		p = gdr_slots[base + GDR_C_TOTAL].path + strlen("applications.");
		plen = strlen(p) - strlen(".total");
		snprintf(sub, sizeof(sub), "%.*s", (int) plen, p);
		eq_rule(ck, "t3_row_total", sub, true,
				lhs, GDR_C_TOTAL, rhs, 1, "sum of the six applicant columns", "总计");
	}

	/* printed subtotals of （三）…（六） against their rows */
	for (g = 0; g < GDR_NGROUPS && !ck->stop; g++)
	{
		for (c = 0; c < GDR_NAPPCOLS && !ck->stop; c++)
		{
			int			sslot = GDR_S_SUBTOTAL(g, c);

			if (!gdr_present(r, sslot))
				continue;		/* not printed: nothing to compare */
			n = 0;
			for (row = group_first[g]; row <= group_last[g]; row++)
			{
				lhs[n].r = r;
				lhs[n].slot = GDR_S_APP(row, c);
				lhs[n].who = "";
				n++;
			}
			set_cells(rhs, r, &sslot, 1);
			snprintf(sub, sizeof(sub), "%s.%s", group_names[g], col_names[c]);
			eq_rule(ck, "t3_subtotal", sub, true,
					lhs, n, rhs, 1, "sum of the group's rows", "the printed subtotal");
		}
	}
}

static void
check_t4(chk *ck, const gdr_report *r, bool hard)
{
	cell		lhs[GDR_F_TOTAL],
				rhs[1];
	int			k,
				f;

	for (k = 0; k < GDR_NAPPEALKINDS && !ck->stop; k++)
	{
		for (f = 0; f < GDR_F_TOTAL; f++)
		{
			lhs[f].r = r;
			lhs[f].slot = GDR_S_APPEAL(k, f);
			lhs[f].who = "";
		}
		set_cells(rhs, r, (int[1]) {GDR_S_APPEAL(k, GDR_F_TOTAL)}, 1);
		eq_rule(ck, "t4_total", appeal_names[k], hard,
				lhs, GDR_F_TOTAL, rhs, 1,
				"结果维持 + 结果纠正 + 其他结果 + 尚未审结", "总计");
	}
}

static void
check_domain(chk *ck, const gdr_report *r)
{
	int			i;

	/* a condition on single cells, not an identity: not counted in checked */
	for (i = 0; i < GDR_NSLOTS && !ck->stop; i++)
	{
		gdr_kind	k = gdr_slots[i].kind;

		if ((k != GDR_COUNT && k != GDR_MONEY) || !has(r, i))
			continue;
		if (r->val[i] < 0)
		{
			const char *d = NULL;

			if (want_detail(ck))
				d = gdr_printf(ck->ctx, "%s is negative; %s.", gdr_slots[i].path,
							   k == GDR_MONEY ? "an amount of money cannot be negative"
							   : "a count cannot be negative");
			emit(ck, "domain.nonnegative", GDR_CHK_FAIL, i, false, 0,
				 true, r->val[i], slot_scale(i), d);
		}
	}
}

/* ------------------------------------------------------------------ */
/* soft checks                                                         */
/* ------------------------------------------------------------------ */

/*
 * The prose figure at `nslot` against the table: it passes when it equals
 * any of the candidates; otherwise a WARN with expected = cand[0].
 */
static void
text_rule(chk *ck, const gdr_report *r, const char *rule, int nslot,
		  const int64_t *cand, int ncand, const char *what)
{
	int			i;
	const char *d = NULL;

	if (ck->stop || ncand == 0 || !has(r, nslot))
		return;
	if (r->st[nslot] & GDR_ST_AMBIGUOUS && strcmp(rule, "text_table.applications_received") != 0)
		return;					/* the prose reads two ways: no verdict */
	ck->sum->checked++;
	for (i = 0; i < ncand; i++)
		if (cand[i] == r->val[nslot])
			return;
	if (want_detail(ck))
	{
		if (ncand > 1)
			d = gdr_printf(ck->ctx, "The prose states %lld (%s) but the table gives %lld (%s; %lld is also accepted).",
						   (long long) r->val[nslot], gdr_slots[nslot].path,
						   (long long) cand[0], what, (long long) cand[1]);
		else
			d = gdr_printf(ck->ctx, "The prose states %lld (%s) but the table gives %lld (%s).",
						   (long long) r->val[nslot], gdr_slots[nslot].path,
						   (long long) cand[0], what);
	}
	emit(ck, rule, GDR_CHK_WARN, nslot, true, cand[0], true, r->val[nslot], 0, d);
}

static void
check_text_table(chk *ck, const gdr_report *r)
{
	int64_t		cand[3];
	int64_t		v,
				v2,
				tot,
				parts;
	bool		ht;
	int			n;
	int			k;

	/* received: new, or new + carried over (受理 N 件 is read both ways) */
	if (row_value(r, GDR_R_NEW, &v))
	{
		n = 0;
		cand[n++] = v;
		if (row_value(r, GDR_R_CARRIED_OVER, &v2) && v2 != 0)
			cand[n++] = sadd(v, v2);
		text_rule(ck, r, "text_table.applications_received",
				  GDR_S_N_APPLICATIONS_RECEIVED, cand, n,
				  n > 1 ? "applications.new.total, or with applications.carried_over.total added"
				  : "applications.new.total");
	}
	if (row_value(r, GDR_R_PROCESSED, &v))
		text_rule(ck, r, "text_table.applications_completed",
				  GDR_S_N_APPLICATIONS_COMPLETED, &v, 1, "applications.processed.total");
	if (row_value(r, GDR_R_CARRIED_FORWARD, &v))
		text_rule(ck, r, "text_table.carried_forward",
				  GDR_S_N_APPLICATIONS_CARRIED_FORWARD, &v, 1,
				  "applications.carried_forward.total");

	/* reviews: the printed 总计, or the sum of its four results */
	if (appeal_values(r, GDR_A_REVIEW, &tot, &ht, &parts))
	{
		n = 0;
		cand[n++] = tot;
		if (parts != tot)
			cand[n++] = parts;
		text_rule(ck, r, "text_table.reviews", GDR_S_N_REVIEWS, cand, n,
				  "appeals.review.total");
	}

	/* lawsuits: direct + after review (+ the pre-2019 undivided row) */
	{
		bool		any = false;
		int64_t		st = 0,
					sp = 0;

		for (k = GDR_A_SUIT_DIRECT; k <= GDR_A_SUIT; k++)
			if (appeal_values(r, k, &tot, &ht, &parts))
			{
				any = true;
				st = sadd(st, tot);
				sp = sadd(sp, parts);
			}
		if (any)
		{
			n = 0;
			cand[n++] = st;
			if (sp != st)
				cand[n++] = sp;
			text_rule(ck, r, "text_table.lawsuits", GDR_S_N_LAWSUITS, cand, n,
					  "appeals.suit_direct.total + appeals.suit_after_review.total");
		}
	}
}

/* UTF-8 substring helpers for the agency rule */
static bool
contains(const char *s, const char *w)
{
	return strstr(s, w) != NULL;
}

/*
 * Does `s` contain the administrative marker `w`, not as part of a word
 * (市场, 城市, 城乡, 城镇, 乡村, 自治区, 区域 ...)?  `before`/`after` list the
 * neighbouring characters that make it a word.
 */
typedef struct marker
{
	const char *w;
	const char *before;			/* characters, concatenated */
	const char *after;
} marker;

static const marker markers[] = {
	{"市", "城都超", "场政容民"},
	{"区", "治", "域"},
	{"县", "", "域"},
	{"旗", "", "舰帜"},
	{"乡", "城", "村"},
	{"镇", "城", ""},
};

/* is the UTF-8 character at p one of the characters in set? */
static bool
char_in(const char *p, size_t n, const char *set)
{
	const char *q;

	if (n == 0)
		return false;
	for (q = set; *q; q += n)
		if (strncmp(q, p, n) == 0)
			return true;
	return false;
}

static bool
has_marker(const char *s, const char *w)
{
	const marker *m = NULL;
	const char *p = s;
	size_t		wl = strlen(w);
	int			i;

	for (i = 0; i < (int) (sizeof(markers) / sizeof(markers[0])); i++)
		if (strcmp(markers[i].w, w) == 0)
			m = &markers[i];
	while ((p = strstr(p, w)) != NULL)
	{
		/* every marker and neighbour is a 3-byte CJK character */
		bool		word = m != NULL &&
			((p - s >= 3 && char_in(p - 3, 3, m->before)) ||
			 (p[wl] != '\0' && char_in(p + wl, 3, m->after)));

		if (!word)
			return true;
		p += wl;
	}
	return false;
}

/*
 * T2-AUTH: only 国务院部门, provincial governments (and, by this rule's
 * leniency, their departments) and 设区的市 governments issue 规章.
 * Flag: any body below the prefecture (县/区/旗/乡/镇/街道 in its name after
 * the provincial prefix), and a 局/委/办 department of a 市/州/盟/地区.
 * Returns true when the name says the body cannot issue 规章.
 */
static bool
cannot_issue_regulations(const char *agency)
{
	static const char *const munis[] = {"北京市", "天津市", "上海市", "重庆市"};
	const char *rest = agency;
	const char *p;
	int			i;
	bool		dept;

	for (i = 0; i < 4; i++)
		if (strncmp(agency, munis[i], strlen(munis[i])) == 0)
			rest = agency + strlen(munis[i]);
	if (rest == agency)
	{
		/* XX省 / XX自治区 prefix, when nothing lower comes before it */
		if ((p = strstr(agency, "自治区")) != NULL && p - agency <= 21)
			rest = p + strlen("自治区");
		else if ((p = strstr(agency, "省")) != NULL && p - agency <= 12)
			rest = p + strlen("省");
	}
	if (has_marker(rest, "县") || has_marker(rest, "区") || has_marker(rest, "旗") ||
		has_marker(rest, "乡") || has_marker(rest, "镇") || contains(rest, "街道"))
		return true;
	dept = contains(rest, "局") || contains(rest, "委") || contains(rest, "办");
	/* the general office of a city government speaks for the government */
	if (contains(rest, "人民政府办公"))
		dept = false;
	if (dept && (has_marker(rest, "市") || contains(rest, "州") ||
				 contains(rest, "盟") || contains(rest, "地区")))
		return true;
	return false;
}

static void
check_auth(chk *ck, const gdr_report *r)
{
	static const int regs[] = {
		GDR_S_REG_ISSUED, GDR_S_REG_REPEALED, GDR_S_REG_IN_FORCE,
		GDR_S_REG_MADE, GDR_S_REG_PUBLISHED, GDR_S_REG_PUBLIC_TOTAL
	};
	int			i;
	bool		any = false;

	if (r->agency == NULL || r->agency[0] == '\0')
		return;
	for (i = 0; i < (int) (sizeof(regs) / sizeof(regs[0])); i++)
		if (has(r, regs[i]))
			any = true;
	if (!any)
		return;
	ck->sum->checked++;
	if (!cannot_issue_regulations(r->agency))
		return;
	for (i = 0; i < (int) (sizeof(regs) / sizeof(regs[0])) && !ck->stop; i++)
	{
		const char *d = NULL;

		if (!has(r, regs[i]) || r->val[regs[i]] <= 0)
			continue;
		if (want_detail(ck))
			d = gdr_printf(ck->ctx, "%s reports %lld 规章 (%s), but only 国务院部门, provincial governments and 设区的市 governments issue 规章.",
						   r->agency, (long long) r->val[regs[i]], gdr_slots[regs[i]].path);
		emit(ck, "auth.regulations", GDR_CHK_WARN, regs[i], true, 0, true,
			 r->val[regs[i]], 0, d);
	}
}

static void
check_fees(chk *ck, const gdr_report *r)
{
	int64_t		unpaid,
				given,
				v;
	bool		have_unpaid = row_value(r, GDR_R_OH_FEE_UNPAID, &unpaid);

	/* 2021 table 三 drops applications for unpaid fees; the prose is silent */
	if (r->tmpl == GDR_TPL_2021 && have_unpaid)
	{
		ck->sum->checked++;
		if (unpaid > 0 && !gdr_present(r, GDR_S_N_FEES_COLLECTED))
			emit(ck, "fees.text_table", GDR_CHK_WARN,
				 GDR_S_APP(GDR_R_OH_FEE_UNPAID, GDR_C_TOTAL), false, 0, true, unpaid, 0,
				 want_detail(ck) ?
				 gdr_printf(ck->ctx, "Table 三 ends %lld applications for fees not paid after a fee notice, but the prose says nothing about 信息处理费.",
							(long long) unpaid) : NULL);
	}
	/* fees collected although no application was granted in any part */
	if (has(r, GDR_S_N_FEES_COLLECTED) && !ck->stop)
	{
		bool		hg = row_value(r, GDR_R_GRANTED, &given);
		bool		hp = row_value(r, GDR_R_PARTIAL, &v);

		if (hg || hp)
		{
			ck->sum->checked++;
			if (r->val[GDR_S_N_FEES_COLLECTED] > 0 &&
				sadd(hg ? given : 0, hp ? v : 0) == 0)
				emit(ck, "fees.text_table", GDR_CHK_WARN, GDR_S_N_FEES_COLLECTED,
					 false, 0, true, r->val[GDR_S_N_FEES_COLLECTED], 6,
					 want_detail(ck) ?
					 "The prose reports 信息处理费 collected, but table 三 grants no application in whole or in part." : NULL);
		}
	}
}

static void
check_year(chk *ck, const gdr_report *r)
{
	int			py = 0,
				i;

	if (r->year <= 0 || strlen(r->published) < 4)
		return;
	for (i = 0; i < 4; i++)
	{
		if (r->published[i] < '0' || r->published[i] > '9')
			return;
		py = py * 10 + (r->published[i] - '0');
	}
	ck->sum->checked++;
	if (py < r->year)
		emit(ck, "year.text", GDR_CHK_WARN, -1, true, r->year, true, py, 0,
			 want_detail(ck) ?
			 gdr_printf(ck->ctx, "The report covers %d but is dated %s, before that year ended.",
						r->year, r->published) : NULL);
}

static void
check_t2_2019(chk *ck, const gdr_report *r)
{
	static const int pub[2] = {GDR_S_REG_PUBLISHED, GDR_S_NORM_PUBLISHED};
	static const int tot[2] = {GDR_S_REG_PUBLIC_TOTAL, GDR_S_NORM_PUBLIC_TOTAL};
	static const char *const rules[2] = {
		"t2_2019.published_le_total.regulations",
		"t2_2019.published_le_total.normative_documents"
	};
	int			i;

	for (i = 0; i < 2 && !ck->stop; i++)
	{
		if (!has(r, pub[i]) || !has(r, tot[i]))
			continue;
		ck->sum->checked++;
		if (r->val[pub[i]] > r->val[tot[i]])
			emit(ck, rules[i], GDR_CHK_WARN, pub[i], true, r->val[tot[i]], true,
				 r->val[pub[i]], 0,
				 want_detail(ck) ?
				 gdr_printf(ck->ctx, "%s is %lld, more than %s %lld.",
							gdr_slots[pub[i]].path, (long long) r->val[pub[i]],
							gdr_slots[tot[i]].path, (long long) r->val[tot[i]]) : NULL);
	}
}

/* ------------------------------------------------------------------ */
/* entry points                                                        */
/* ------------------------------------------------------------------ */

static void
chk_init(chk *ck, gdr_ctx *ctx, int flags, gdr_check_cb cb, void *arg,
		 gdr_check_summary *sum)
{
	memset(sum, 0, sizeof(*sum));
	ck->ctx = ctx;
	ck->flags = flags;
	ck->cb = cb;
	ck->arg = arg;
	ck->sum = sum;
	ck->stop = false;
}

gdr_status
gdr_check(gdr_ctx *ctx, const gdr_report *r, int flags,
		  gdr_check_cb cb, void *arg, gdr_check_summary *sum)
{
	chk			ck;
	gdr_check_summary dummy;

	chk_init(&ck, ctx, flags, cb, arg, sum ? sum : &dummy);

	if (ctx->status)
		return (gdr_status) ctx->status;

	/*
	 * Pre-2019 統計表 have other categories (答复总数 counts replies the
	 * outcome rows do not list), so table 三's identities do not apply; their
	 * 复议/诉讼 splits are checked softly (§7.3).
	 */
	if (r->tmpl != GDR_TPL_PRE2019)
	{
		check_t3(&ck, r);
		check_t4(&ck, r, true);
	}
	else if (!(flags & GDR_CHECK_HARD_ONLY))
		check_t4(&ck, r, false);
	check_domain(&ck, r);
	if (!gdr_work(ctx, 256) && !(flags & GDR_CHECK_HARD_ONLY))
	{
		check_text_table(&ck, r);
		check_auth(&ck, r);
		check_fees(&ck, r);
		check_year(&ck, r);
		check_t2_2019(&ck, r);
	}
	return (gdr_status) ctx->status;
}

static void
stock_rule(chk *ck, const gdr_report *prev, const gdr_report *cur,
		   const char *rule, int in_force, int issued, int repealed)
{
	int64_t		exp;

	if (ck->stop || !has(prev, in_force) || !has(cur, in_force) ||
		(!has(cur, issued) && !has(cur, repealed)))
		return;
	ck->sum->checked++;
	exp = prev->val[in_force];
	if (has(cur, issued))
		exp = sadd(exp, cur->val[issued]);
	if (has(cur, repealed))
		exp = sadd(exp, -cur->val[repealed]);
	if (exp == cur->val[in_force])
		return;
	emit(ck, rule, GDR_CHK_WARN, in_force, true, exp, true, cur->val[in_force], 0,
		 want_detail(ck) ?
		 gdr_printf(ck->ctx, "In force the year before %lld + issued %lld - repealed %lld = %lld, but %s is %lld (amendments counted as issued, or documents expired, explain small gaps).",
					(long long) prev->val[in_force],
					(long long) (has(cur, issued) ? cur->val[issued] : 0),
					(long long) (has(cur, repealed) ? cur->val[repealed] : 0),
					(long long) exp, gdr_slots[in_force].path,
					(long long) cur->val[in_force]) : NULL);
}

static void
items_rule(chk *ck, const gdr_report *prev, const gdr_report *cur,
		   const char *rule, int last_year, int change)
{
	cell		lhs[2],
				rhs[1];

	if (ck->stop || !has(prev, last_year) || !has(prev, change) || !has(cur, last_year))
		return;
	lhs[0].r = prev;
	lhs[0].slot = last_year;
	lhs[0].who = "previous report's ";
	lhs[1].r = prev;
	lhs[1].slot = change;
	lhs[1].who = "previous report's ";
	rhs[0].r = cur;
	rhs[0].slot = last_year;
	rhs[0].who = "";
	eq_rule(ck, rule, NULL, false, lhs, 2, rhs, 1,
			"last year's 上一年项目数量 + 本年增/减", "this year's 上一年项目数量");
}

gdr_status
gdr_carry_check(gdr_ctx *ctx, const gdr_report *prev, const gdr_report *cur,
				int flags, gdr_check_cb cb, void *arg, gdr_check_summary *sum)
{
	chk			ck;
	gdr_check_summary dummy;
	cell		lhs[1],
				rhs[1];
	int			c;

	chk_init(&ck, ctx, flags, cb, arg, sum ? sum : &dummy);

	if (ctx->status)
		return (gdr_status) ctx->status;

	/*
	 * X-CARRY: this year's 二 = last year's 四, per column; only when both
	 * reports have a (modern) table 三.
	 */
	if (prev->tmpl != GDR_TPL_PRE2019 && cur->tmpl != GDR_TPL_PRE2019 &&
		any_value(prev, 0, GDR_S_SUBTOTAL_BASE) && any_value(cur, 0, GDR_S_SUBTOTAL_BASE))
	{
		for (c = 0; c < GDR_NAPPCOLS && !ck.stop; c++)
		{
			lhs[0].r = prev;
			lhs[0].slot = GDR_S_APP(GDR_R_CARRIED_FORWARD, c);
			lhs[0].who = "previous report's ";
			rhs[0].r = cur;
			rhs[0].slot = GDR_S_APP(GDR_R_CARRIED_OVER, c);
			rhs[0].who = "";
			eq_rule(&ck, "carry", col_names[c], true,
					lhs, 1, rhs, 1, "last year's 四、结转下年度继续办理",
					"this year's 二、上年结转");
		}
	}
	if (!(flags & GDR_CHECK_HARD_ONLY) && !ck.stop)
	{
		if (prev->year > 0 && cur->year > 0)
		{
			ck.sum->checked++;
			if (cur->year != prev->year + 1)
				emit(&ck, "carry.year", GDR_CHK_WARN, -1, true, prev->year + 1,
					 true, cur->year, 0,
					 want_detail(&ck) ?
					 gdr_printf(ctx, "The reports cover %d and %d, not consecutive years.",
								prev->year, cur->year) : NULL);
		}
		stock_rule(&ck, prev, cur, "stock.regulations", GDR_S_REG_IN_FORCE,
				   GDR_S_REG_ISSUED, GDR_S_REG_REPEALED);
		stock_rule(&ck, prev, cur, "stock.normative_documents", GDR_S_NORM_IN_FORCE,
				   GDR_S_NORM_ISSUED, GDR_S_NORM_REPEALED);
		items_rule(&ck, prev, cur, "stock.items.licensing",
				   GDR_S_LIC_ITEMS_LAST_YEAR, GDR_S_LIC_ITEMS_CHANGE);
		items_rule(&ck, prev, cur, "stock.items.other_services",
				   GDR_S_OTHSVC_ITEMS_LAST_YEAR, GDR_S_OTHSVC_ITEMS_CHANGE);
		items_rule(&ck, prev, cur, "stock.items.penalty",
				   GDR_S_PEN_ITEMS_LAST_YEAR, GDR_S_PEN_ITEMS_CHANGE);
		items_rule(&ck, prev, cur, "stock.items.coercion",
				   GDR_S_COER_ITEMS_LAST_YEAR, GDR_S_COER_ITEMS_CHANGE);
		items_rule(&ck, prev, cur, "stock.items.fees",
				   GDR_S_FEES_ITEMS_LAST_YEAR, GDR_S_FEES_ITEMS_CHANGE);
	}
	gdr_work(ctx, 64);
	return (gdr_status) ctx->status;
}
