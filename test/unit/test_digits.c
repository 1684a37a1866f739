/*
 * test_digits.c -- gdr_split_digits(): splitting run-together table cells.
 */
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

/* accept: the last cell is the sum of the others (the row-total identity) */
static bool
row_total(void *arg, const int64_t *c, int n)
{
	int64_t		s = 0;
	int			i;

	(void) arg;
	for (i = 0; i < n - 1; i++)
		s += c[i];
	return s == c[n - 1];
}

/* accept: first + second == third (2019 上一年项目数量 + 本年增/减 = 处理决定数量) */
static bool
items_identity(void *arg, const int64_t *c, int n)
{
	(void) arg;
	return n == 3 && c[0] + c[1] == c[2];
}

static int	ncalls;

static bool
count_calls(void *arg, const int64_t *c, int n)
{
	(void) arg;
	(void) c;
	(void) n;
	ncalls++;
	return true;
}

static bool
reject_all(void *arg, const int64_t *c, int n)
{
	(void) arg;
	(void) c;
	(void) n;
	ncalls++;
	return false;
}

static int	ticks;

static int
tick_cancel(void *t)
{
	(void) t;
	ticks++;
	return 1;
}

static int
split(gdr_ctx *ctx, const char *d, int n, gdr_split_accept acc, int64_t *out)
{
	return gdr_split_digits(ctx, d, strlen(d), n, acc, NULL, out);
}

int
main(void)
{
	gdr_ctx		ctx;
	int64_t		out[32];
	int			k;
	int			i;
	bool		allzero;

	gdr_ctx_init(&ctx, &gdr_env_malloc);

	/* the table 三 example: 64|0|0|2|0|4|70 with the row-total identity */
	memset(out, 0xff, sizeof(out));
	k = split(&ctx, "640020470", 7, row_total, out);
	UNIT_EQ_INT(k, 1, "640020470 into 7 with row total: unique");
	UNIT_EQ_INT(out[0], 64, "640020470: person 64");
	UNIT_EQ_INT(out[1], 0, "640020470: business 0");
	UNIT_EQ_INT(out[2], 0, "640020470: research 0");
	UNIT_EQ_INT(out[3], 2, "640020470: nonprofit 2");
	UNIT_EQ_INT(out[4], 0, "640020470: legal 0");
	UNIT_EQ_INT(out[5], 4, "640020470: other 4");
	UNIT_EQ_INT(out[6], 70, "640020470: total 70");

	/* without the identity the same run is ambiguous */
	k = split(&ctx, "640020470", 7, NULL, out);
	UNIT_EQ_INT(k, 2, "640020470 into 7 without identity: ambiguous (2)");

	/* market-regulation 2019: 一、本年新收 1000001 */
	k = split(&ctx, "1000001", 7, row_total, out);
	UNIT_EQ_INT(k, 1, "1000001 into 7: unique");
	UNIT_OK(out[0] == 1 && out[1] == 0 && out[2] == 0 && out[3] == 0 &&
			out[4] == 0 && out[5] == 0 && out[6] == 1, "1000001 -> 1|0|0|0|0|0|1");
	/* zeros force every cut: unique even without an identity */
	k = split(&ctx, "1000001", 7, NULL, out);
	UNIT_EQ_INT(k, 1, "1000001 into 7 is structurally unique");

	/* 15 zeros into 15 cells (table 四) */
	memset(out, 0xff, sizeof(out));
	k = split(&ctx, "000000000000000", 15, NULL, out);
	UNIT_EQ_INT(k, 1, "15 zeros into 15: unique");
	allzero = true;
	for (i = 0; i < 15; i++)
		if (out[i] != 0)
			allzero = false;
	UNIT_OK(allzero, "15 zeros -> all 0");
	UNIT_EQ_INT(split(&ctx, "000000000000000", 14, NULL, out), 0,
				"15 zeros into 14: impossible (no leading zeros)");
	UNIT_EQ_INT(split(&ctx, "000000000000000", 16, NULL, out), 0,
				"15 zeros into 16: impossible (too few digits)");

	/* 2019 table 二 rows */
	k = split(&ctx, "222", 3, NULL, out);
	UNIT_OK(k == 1 && out[0] == 2 && out[1] == 2 && out[2] == 2, "222 into 3 -> 2|2|2");
	k = split(&ctx, "1737", 2, NULL, out);
	UNIT_EQ_INT(k, 2, "1737 into 2: ambiguous");
	k = split(&ctx, "201737", 3, items_identity, out);
	UNIT_OK(k == 1 && out[0] == 20 && out[1] == 17 && out[2] == 37,
			"201737 with items identity -> 20|17|37");
	k = split(&ctx, "1010", 2, NULL, out);
	UNIT_EQ_INT(k, 2, "1010 into 2: 10|10 and 101|0 (1|010 is not a split)");
	k = split(&ctx, "1010", 2, row_total, out);
	UNIT_OK(k == 1 && out[0] == 10 && out[1] == 10, "1010 into 2 with last = sum of others: 10|10");

	/* leading zero rules */
	k = split(&ctx, "05", 1, NULL, out);
	UNIT_EQ_INT(k, 0, "05 into 1: leading zero rejected");
	k = split(&ctx, "0", 1, NULL, out);
	UNIT_OK(k == 1 && out[0] == 0, "0 into 1 -> 0");
	k = split(&ctx, "100", 2, NULL, out);
	UNIT_OK(k == 1 && out[0] == 10 && out[1] == 0, "100 into 2 -> 10|0 only");

	/* bad input */
	UNIT_EQ_INT(split(&ctx, "12a4", 2, NULL, out), 0, "non-digit: 0");
	UNIT_EQ_INT(split(&ctx, "", 1, NULL, out), 0, "empty: 0");
	UNIT_EQ_INT(split(&ctx, "12", 0, NULL, out), 0, "0 cells: 0");
	UNIT_EQ_INT(split(&ctx, "12", 3, NULL, out), 0, "more cells than digits: 0");
	/* 19 digits cannot be one cell (18-digit cap, no int64 overflow) */
	UNIT_EQ_INT(split(&ctx, "1234567890123456789", 1, NULL, out), 0, "19 digits into 1: 0");
	k = split(&ctx, "123456789012345678", 1, NULL, out);
	UNIT_OK(k == 1 && out[0] == 123456789012345678LL, "18 digits into 1");

	/* counting stops at 2: accept is not called for every split */
	ncalls = 0;
	k = split(&ctx, "11111111111111111111", 5, count_calls, out);
	UNIT_EQ_INT(k, 2, "long run: 2");
	UNIT_EQ_INT(ncalls, 2, "enumeration stops after the second accepted split");

	/* rejecting everything visits every split, and only valid ones */
	ncalls = 0;
	k = split(&ctx, "123456", 3, reject_all, out);
	UNIT_EQ_INT(k, 0, "all rejected: 0");
	UNIT_EQ_INT(ncalls, 10, "123456 into 3 has C(5,2)=10 splits");

	/* a long run with an identity that rejects nearly all: still fast */
	ncalls = 0;
	k = split(&ctx, "98765432198765432198765432", 7, reject_all, out);
	UNIT_EQ_INT(k, 0, "26 digits into 7, all rejected");
	UNIT_OK(ncalls > 0 && ncalls <= 177100, "bounded by C(25,6)=%d splits", ncalls);

	/*
	 * 60 digits into table 四's 15 cells: ~10^13 ways.  The walk gives up
	 * after a fixed number of steps and says "cannot be placed" (a fuzzer
	 * input ran for minutes before).
	 */
	ncalls = 0;
	k = split(&ctx, "123456789012345678901234567890123456789012345678901234567891", 15,
			  reject_all, out);
	UNIT_EQ_INT(k, 0, "60 digits into 15: gives up, 0");
	UNIT_OK(ncalls > 0 && ncalls <= 1000000, "and stops within its budget (%d splits tried)", ncalls);
	ncalls = 0;
	k = split(&ctx, "123456789012345678901234567890123456789012345678901234567891", 15,
			  count_calls, out);
	UNIT_EQ_INT(k, 2, "accepting all: two splits found before the budget, 2 (not unique)");

	gdr_ctx_free(&ctx);

	/* cancellation through the tick */
	{
		gdr_env		env = gdr_env_malloc;
		gdr_ctx		c2;

		env.tick = tick_cancel;
		gdr_ctx_init(&c2, &env);
		c2.tick_budget = 1;
		k = gdr_split_digits(&c2, "11111111111111111111", 20, 5, reject_all, NULL, out);
		UNIT_EQ_INT(k, 0, "cancelled split returns 0");
		UNIT_OK(c2.status != 0 && ticks > 0, "cancellation sets ctx->status");
		gdr_ctx_free(&c2);
	}
	return unit_done();
}
