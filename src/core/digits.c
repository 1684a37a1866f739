/*
 * digits.c -- split a run of digits printed without separators.
 *
 * Converters often glue the cells of a table row together: `640020470`
 * for the seven cells 64|0|0|2|0|4|70.  gdr_split_digits() enumerates
 * every way of cutting the run into `ncells` non-negative integers (no
 * leading zeros except a lone "0", at most 18 digits each), hands each to
 * the caller's accept callback (which typically checks an identity such as
 * the row total) and counts the accepted splits, stopping at 2.  Only a
 * unique accepted split is returned: the caller must treat 0 and 2 as
 * "cannot be placed".
 *
 * The search is a depth-first walk with pruning on the remaining length:
 * each remaining cell takes at least 1 and at most 18 digits, so a branch
 * is abandoned as soon as the rest cannot be covered.  The number of ways
 * grows combinatorially with the run (60 digits into table 四's 15 cells:
 * ~10^13), so the walk visits at most SPLIT_MAXNODES nodes and then gives
 * up: 0, "cannot be placed", since a unique split is no longer known.  A
 * real row (9 digits into 7 cells: 28 ways; 20 into 7: 27,132) is far below;
 * the cap is about 10 ms of work.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define SPLIT_MAXDIGITS 18
#define SPLIT_MAXCELLS	256
#define SPLIT_MAXNODES	1000000

typedef struct split_state
{
	gdr_ctx    *ctx;
	const char *d;
	size_t		len;
	int			ncells;
	gdr_split_accept accept;
	void	   *arg;
	int64_t    *cur;
	int64_t    *out;
	int			count;
	long		nodes;			/* visited so far */
	bool		gaveup;			/* SPLIT_MAXNODES reached */
	bool		stop;			/* cancelled, gave up or count reached 2 */
} split_state;

static void
split_rec(split_state *st, size_t pos, int cell)
{
	int			left = st->ncells - cell;
	size_t		rem = st->len - pos;
	size_t		maxw;
	size_t		w;
	int64_t		v;

	if (st->stop)
		return;
	if (++st->nodes > SPLIT_MAXNODES)
	{
		st->gaveup = st->stop = true;
		return;
	}
	if (left == 0)
	{
		if (rem != 0)
			return;
		if (gdr_work(st->ctx, (size_t) st->ncells))
		{
			st->stop = true;
			return;
		}
		if (st->accept == NULL || st->accept(st->arg, st->cur, st->ncells))
		{
			if (st->count == 0)
				memcpy(st->out, st->cur, sizeof(int64_t) * (size_t) st->ncells);
			st->count++;
			if (st->count >= 2)
				st->stop = true;
		}
		return;
	}
	/* every remaining cell needs 1..18 digits */
	if (rem < (size_t) left || rem > (size_t) left * SPLIT_MAXDIGITS)
		return;
	if (st->d[pos] == '0')
		maxw = 1;				/* a lone "0", never a leading zero */
	else
	{
		maxw = rem - (size_t) (left - 1);
		if (maxw > SPLIT_MAXDIGITS)
			maxw = SPLIT_MAXDIGITS;
	}
	v = 0;
	for (w = 1; w <= maxw && !st->stop; w++)
	{
		size_t		after = rem - w;

		v = v * 10 + (st->d[pos + w - 1] - '0');
		/* the rest must fit in the remaining cells */
		if (after > (size_t) (left - 1) * SPLIT_MAXDIGITS)
			continue;
		st->cur[cell] = v;
		split_rec(st, pos + w, cell + 1);
	}
}

int
gdr_split_digits(gdr_ctx *ctx, const char *digits, size_t len, int ncells,
				 gdr_split_accept accept, void *arg, int64_t *out)
{
	split_state st;
	size_t		i;

	if (digits == NULL || out == NULL || ncells <= 0 || ncells > SPLIT_MAXCELLS)
		return 0;
	if (len < (size_t) ncells || len > (size_t) ncells * SPLIT_MAXDIGITS)
		return 0;
	for (i = 0; i < len; i++)
		if (digits[i] < '0' || digits[i] > '9')
			return 0;
	if (gdr_work(ctx, len))
		return 0;

	memset(&st, 0, sizeof(st));
	st.ctx = ctx;
	st.d = digits;
	st.len = len;
	st.ncells = ncells;
	st.accept = accept;
	st.arg = arg;
	st.out = out;
	st.cur = gdr_alloc(ctx, sizeof(int64_t) * (size_t) ncells);
	if (st.cur == NULL)
		return 0;
	split_rec(&st, 0, 0);
	if (ctx->status)
		return 0;
	/* a second split found before giving up still says "not unique" */
	if (st.gaveup && st.count < 2)
		return 0;
	return st.count;
}
