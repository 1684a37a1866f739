/*
 * legacy.c -- the statistics tables (统计表 / 附表) of reports before 2019.
 *
 * There is no national layout before 2014 and the 2014-2018 one varies by
 * province, so the table is read by keyword: after a header row that names
 * the value columns (`2014年度` / `本年度` / `本年累计` / `本期实际` and
 * `历年累计`), every row is a label, an optional unit (条, 件, 元, 万元 …)
 * and one value per column.  Labels are mapped to slots by keyword
 * (schema.md, "Reports before 2019"); a label that matches nothing is left
 * alone, a figure whose row cannot be read is null with a warning.
 *
 * Cells are separated by anything blank (tabs, pipes, spaces, newlines),
 * which covers the common flattened form `主动公开文件数 条 2543 78967`.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

typedef enum
{
	LW_TEXT, LW_NUM, LW_NULL, LW_UNIT, LW_HDR
} lw_kind;

typedef enum
{
	HC_NONE, HC_YEAR, HC_YEAR_PREF, HC_PERIOD, HC_CUM, HC_LABEL, HC_UNIT,
	HC_DELTA					/* 增减 / 同比: a signed change */
} hc_kind;

typedef struct lword
{
	const char *p;
	size_t		n;
} lword;

#define MAXCOLS 4

static bool
has(const char *s, size_t n, const char *lit)
{
	size_t		l = strlen(lit);
	size_t		i;

	if (l > n)
		return false;
	for (i = 0; i + l <= n; i++)
		if (memcmp(s + i, lit, l) == 0)
			return true;
	return false;
}

static bool
starts(const char *s, size_t n, const char *lit)
{
	size_t		l = strlen(lit);

	return n >= l && memcmp(s, lit, l) == 0;
}

static bool
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		c == '\v' || c == '|';
}

/* header word kind */
static hc_kind
header_kind(const char *s, size_t n)
{
	size_t		i = 0;

	if (has(s, n, "历年累计") || has(s, n, "累计数") || (n == 6 && starts(s, n, "累计")))
		return HC_CUM;
	if (has(s, n, "本年累计"))
		return HC_YEAR_PREF;
	if (has(s, n, "本期"))
		return HC_PERIOD;
	if (starts(s, n, "本年度") || (n == 6 && starts(s, n, "本年")) ||
		starts(s, n, "年度数"))
		return HC_YEAR;
	/* 2014年度, 2009年, 2014年数量 */
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == 4 && (starts(s + i, n - i, "年度") || (n - i == 3 && starts(s + i, n - i, "年"))))
		return HC_YEAR;
	if (starts(s, n, "指标名称") || (n == 6 && starts(s, n, "指标")) ||
		(n == 6 && starts(s, n, "项目")) || starts(s, n, "统计指标"))
		return HC_LABEL;
	if (starts(s, n, "计量单位") || (n == 6 && starts(s, n, "单位")))
		return HC_UNIT;
	if (has(s, n, "增减") || starts(s, n, "同比") || starts(s, n, "比上年"))
		return HC_DELTA;
	return HC_NONE;
}

/* the year a header word names (2016年 / 2016年度), 0 if none */
static int
header_year(const char *s, size_t n)
{
	int			y = 0;
	size_t		i;

	for (i = 0; i < n && i < 4 && s[i] >= '0' && s[i] <= '9'; i++)
		y = y * 10 + (s[i] - '0');
	return i == 4 && starts(s + 4, n - 4, "年") ? y : 0;
}


/* unit word: returns the money multiplier class, 0 = not a unit */
static int
unit_kind(const char *s, size_t n, int *money)
{
	static const char *const counts[] = {"条", "件", "人次", "个", "次", "篇", "项", "人", "期", "份", "场", "家"};
	int			k;

	*money = -1;
	if (n == 3 && starts(s, n, "元"))
	{
		*money = 0;
		return 1;
	}
	if (n == 6 && starts(s, n, "万元"))
	{
		*money = 1;
		return 1;
	}
	for (k = 0; k < (int) (sizeof(counts) / sizeof(counts[0])); k++)
		if (n == strlen(counts[k]) && starts(s, n, counts[k]))
			return 1;
	return 0;
}

/* integer or decimal; *iv integer part, *mv value x 10^6 */
static bool
parse_num(const char *s, size_t n, bool *decimal, int64_t *iv, int64_t *mv)
{
	char		plain[32];
	size_t		i = 0;
	size_t		nint = 0;
	size_t		nfrac = 0;
	int64_t		a = 0;
	int64_t		f = 0;

	/* thousands separators (1,207; 12,684.5): the digits without them */
	if (n < sizeof(plain) && memchr(s, ',', n) != NULL)
	{
		size_t		k = 0,
					lead = 0,
					o = 0;

		while (lead < n && s[lead] >= '0' && s[lead] <= '9')
			lead++;
		if (lead == 0 || lead > 3 || s[0] == '0')
			return false;
		memcpy(plain, s, lead);
		o = lead;
		for (k = lead; k < n && s[k] == ','; k += 4)
		{
			if (k + 4 > n || !(s[k + 1] >= '0' && s[k + 1] <= '9') ||
				!(s[k + 2] >= '0' && s[k + 2] <= '9') || !(s[k + 3] >= '0' && s[k + 3] <= '9'))
				return false;
			memcpy(plain + o, s + k + 1, 3);
			o += 3;
		}
		if (k < n && s[k] != '.')
			return false;
		memcpy(plain + o, s + k, n - k);
		o += n - k;
		s = plain;
		n = o;
	}
	*decimal = false;
	while (i < n && s[i] >= '0' && s[i] <= '9')
	{
		a = a * 10 + (s[i] - '0');
		i++;
		if (++nint > 12)
			return false;
	}
	if (nint == 0)
		return false;
	if (nint > 1 && s[0] == '0')
		return false;
	if (i < n && s[i] == '.')
	{
		*decimal = true;
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
		{
			if (++nfrac > 6)
				return false;
			f = f * 10 + (s[i] - '0');
			i++;
		}
		if (nfrac == 0)
			return false;
	}
	if (i != n)
		return false;
	while (nfrac < 6)
	{
		f *= 10;
		nfrac++;
	}
	*iv = a;
	*mv = a * GDR_MONEY_SCALE + f;
	return true;
}

/* +465 / -1 (a 增减 cell) */
static bool
signed_num(const char *s, size_t n)
{
	bool		dec;
	int64_t		iv,
				mv;

	return n >= 2 && (s[0] == '+' || s[0] == '-') &&
		parse_num(s + 1, n - 1, &dec, &iv, &mv);
}

static bool
null_word(const char *s, size_t n)
{
	return (n == 1 && (s[0] == '-' || s[0] == '/')) ||
		(n == 3 && (starts(s, n, "—") || starts(s, n, "无") || starts(s, n, "－"))) ||
		(n == 6 && starts(s, n, "——"));
}

/* ------------------------------------------------------------------ */
/* label -> slots                                                      */
/* ------------------------------------------------------------------ */

typedef struct lmap
{
	int			slot;			/* this year's value, -1 none */
	int			cum;			/* 历年累计 value, -1 none */
	bool		money;
	bool		weak;			/* 办结数: only when no 答复总数 */
	bool		part;			/* one channel of a slot that sums several
								 * (传真 and 信函 rows -> requests_mail) */
} lmap;

/*
 * Clean a label into buf: drop blanks, quotes, bracketed notes and the
 * numbering (其中: 1、 (1) 一、).  *sub tells a `其中` sub-item.
 */
static size_t
clean_label(const char *s, size_t n, char *buf, size_t cap, bool *sub)
{
	size_t		i = 0;
	size_t		o = 0;
	int			depth = 0;

	*sub = false;
	while (i < n && o + 4 < cap)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '(')
		{
			depth++;
			i++;
			continue;
		}
		if (c == ')')
		{
			if (depth > 0)
				depth--;
			i++;
			continue;
		}
		if (depth > 0 || is_blank(c) || c == '"' || c == '\'' || c == ':' ||
			starts(s + i, n - i, "“") || starts(s + i, n - i, "”") ||
			starts(s + i, n - i, "《") || starts(s + i, n - i, "》"))
		{
			i += (c >= 0x80) ? 3 : 1;
			continue;
		}
		buf[o++] = s[i++];
	}
	buf[o] = 0;
	/* numbering and 其中 at the front, repeatedly */
	for (;;)
	{
		size_t		k = 0;
		static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
		int			j;

		if (starts(buf, o, "其中"))
		{
			*sub = true;
			k = 6;
		}
		else
		{
			while (k < o && buf[k] >= '0' && buf[k] <= '9')
				k++;
			if (k == 0)
				for (j = 0; j < 10 && k == 0; j++)
					if (starts(buf, o, cn[j]))
						k = 3;
			if (k > 0 && k < o && (starts(buf + k, o - k, "、") || buf[k] == '.'))
				k += buf[k] == '.' ? 1 : 3;
			else if (k > 0 && k <= 2 && k < o && (unsigned char) buf[k] >= 0x80 &&
					 buf[0] >= '0' && buf[0] <= '9')
				;				/* a bare code "01主动公开…": drop it */
			else
				k = 0;
		}
		if (k == 0)
			break;
		memmove(buf, buf + k, o - k + 1);
		o -= k;
	}
	return o;
}

static lmap
map_label(const char *b, size_t n, bool sub)
{
	lmap		m = {-1, -1, false, false, false};

#define H(x) has(b, n, x)
	if (n == 0)
		return m;
	if (H("诉讼") && (H("举报") || H("申诉") || H("投诉")))
		return m;				/* 接受行政诉讼、举报数: a mixture */
	if (H("主动公开") && !H("已主动公开") && !H("规范性") && !H("电子化") && !sub &&
		(H("文件数") || H("信息数") || H("政府信息数")))
	{
		m.slot = GDR_S_ACTIVE_TOTAL;
		m.cum = GDR_S_LEGACY_CUM_ACTIVE_TOTAL;
		return m;
	}
	if (!H("申请") && !H("访问") && !H("访谈") && H("政府网站"))
	{
		m.slot = GDR_S_LEGACY_ACTIVE_WEBSITE;
		return m;
	}
	if (!H("申请") && H("政府公报"))
	{
		m.slot = GDR_S_LEGACY_ACTIVE_GAZETTE;
		return m;
	}
	if (starts(b, n, "行政复议") && !sub)
	{
		m.slot = GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_TOTAL);
		m.cum = GDR_S_LEGACY_CUM_REVIEWS;
		return m;
	}
	if (starts(b, n, "行政诉讼") && !sub)
	{
		m.slot = GDR_S_APPEAL(GDR_A_SUIT, GDR_F_TOTAL);
		m.cum = GDR_S_LEGACY_CUM_LAWSUITS;
		return m;
	}
	if (H("收费") || H("收取的费用") || H("收取费用"))
	{
		m.slot = GDR_S_LEGACY_FEES_YUAN;
		m.cum = GDR_S_LEGACY_CUM_FEES_YUAN;
		m.money = true;
		return m;
	}
	if (H("不同意公开") || H("不予公开") || H("否决公开"))
	{
		m.slot = GDR_S_LEGACY_DENIED;
		m.cum = GDR_S_LEGACY_CUM_DENIED;
		return m;
	}
	if (H("同意部分公开") || H("部分公开答复"))
	{
		m.slot = GDR_S_APP(GDR_R_PARTIAL, GDR_C_TOTAL);
		m.cum = GDR_S_LEGACY_CUM_PARTIAL;
		return m;
	}
	if (H("同意公开"))
	{
		m.slot = GDR_S_APP(GDR_R_GRANTED, GDR_C_TOTAL);
		m.cum = GDR_S_LEGACY_CUM_GRANTED;
		return m;
	}
	if (H("信息不存在"))
	{
		m.slot = GDR_S_LEGACY_NOT_EXIST;
		m.cum = GDR_S_LEGACY_CUM_NOT_EXIST;
		return m;
	}
	if (H("非本机关") || H("非本部门") || H("不属于本"))
	{
		m.slot = GDR_S_LEGACY_NOT_OURS;
		m.cum = GDR_S_LEGACY_CUM_NOT_OURS;
		return m;
	}
	if (H("内容不明确"))
	{
		m.slot = GDR_S_LEGACY_UNCLEAR;
		m.cum = GDR_S_LEGACY_CUM_UNCLEAR;
		return m;
	}
	if (H("已主动公开"))
	{
		m.slot = GDR_S_LEGACY_ALREADY_PUBLIC;
		return m;
	}
	if (H("其他类型答复") || H("其它类型答复") || H("其他答复"))
	{
		m.slot = GDR_S_LEGACY_OTHER_REPLIES;
		return m;
	}
	if (H("答复总数") || (H("答复数") && H("申请") && !sub))
	{
		m.slot = GDR_S_APP(GDR_R_PROCESSED, GDR_C_TOTAL);
		m.cum = GDR_S_LEGACY_CUM_REPLIES;
		return m;
	}
	if (H("办结数") && !sub && !H("按时") && !H("延期"))
	{
		m.slot = GDR_S_APP(GDR_R_PROCESSED, GDR_C_TOTAL);
		m.cum = GDR_S_LEGACY_CUM_REPLIES;
		m.weak = true;
		return m;
	}
	if (H("申请"))
	{
		if (H("当面"))
			m.slot = GDR_S_LEGACY_REQ_IN_PERSON;
		else if (H("网上") || H("网络") || H("电子邮件"))
		{
			m.slot = GDR_S_LEGACY_REQ_ONLINE;
			/* 定西: 电子邮件 and 网上 are two rows */
			m.part = (H("网上") || H("网络")) != H("电子邮件");
		}
		else if (H("信函") || H("传真"))
		{
			m.slot = GDR_S_LEGACY_REQ_MAIL;
			/* 32号: 传真申请数 and 信函申请数 are two rows */
			m.part = H("信函") != H("传真");
		}
		else if (!sub && (H("受理") || H("收到") || starts(b, n, "申请总数") ||
						  starts(b, n, "申请数")) &&
				 (H("总数") || (n >= 6 && memcmp(b + n - 6, "请数", 6) == 0)))
		{
			m.slot = GDR_S_APP(GDR_R_NEW, GDR_C_TOTAL);
			m.cum = GDR_S_LEGACY_CUM_APPLICATIONS;
		}
		return m;
	}
	if ((H("申诉") || H("举报") || H("投诉")) && !sub)
	{
		m.slot = GDR_S_LEGACY_COMPLAINTS;
		m.cum = GDR_S_LEGACY_CUM_COMPLAINTS;
		return m;
	}
#undef H
	return m;
}

/* ------------------------------------------------------------------ */

typedef struct lstate
{
	gdr_ctx    *ctx;
	gdr_report *r;
	int			cols[MAXCOLS];	/* HC_* of each value column */
	int			years[MAXCOLS];	/* the year a column's header names, or 0 */
	int			ncols;
	bool		delta;			/* a 增减 column: signed cells are values */
	int			ycol;			/* index of this year's column, -1 */
	int			ccol;			/* index of 历年累计, -1 */
	int			mapped;
	bool		have_replies;	/* a 答复总数 row was read */
	int			appeal;			/* GDR_A_REVIEW / GDR_A_SUIT while the rows
								 * under 行政复议数量 / 行政诉讼数量 may
								 * follow, else -1 */
	uint8_t		part_state[2];	/* requests_online, requests_mail: 0 no
								 * part yet, 1 summing parts, 2 a part was
								 * not a number (the sum is unknown) */
} lstate;

/* slot of a 32号 appeal row (维持 / 纠错 / 其他情形) under kind k, or -1 */
static int
appeal_split(const char *b, size_t n, int k)
{
	if (has(b, n, "维持") || has(b, n, "驳回"))
		return GDR_S_APPEAL(k, GDR_F_UPHELD);
	if (has(b, n, "纠错") || has(b, n, "纠正") || has(b, n, "撤销"))
		return GDR_S_APPEAL(k, GDR_F_CORRECTED);
	if (starts(b, n, "其他") || starts(b, n, "其它"))
		return GDR_S_APPEAL(k, GDR_F_OTHER);
	if (has(b, n, "尚未审结") || has(b, n, "未审结"))
		return GDR_S_APPEAL(k, GDR_F_PENDING);
	return -1;
}

/* a top-level row of the 32号 table: 一、 … 九、 before the label */
static bool
top_level_row(const char *s, size_t n)
{
	static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
	int			j;

	for (j = 0; j < 10; j++)
		if (starts(s, n, cn[j]))
			return starts(s + 3, n - 3, "、") || starts(s + 3, n - 3, ".");
	return false;
}

/*
 * A unit with digits glued after it inside a label (行政诉讼数量件2): a row
 * whose value lost its separator, run into the next rows' labels; the
 * value that follows is not this row's.
 */
static bool
glued_value(const char *s, size_t n)
{
	static const char *const units[] = {"件", "条", "次", "个", "篇", "元"};
	size_t		i;
	int			j;

	for (i = 0; i + 4 <= n; i++)
		for (j = 0; j < 6; j++)
			if (memcmp(s + i, units[j], 3) == 0 && s[i + 3] >= '0' && s[i + 3] <= '9')
				return true;
	return false;
}

static void
put(lstate *st, int slot, bool money, int moneyunit, const lword *w,
	const char *label)
{
	bool		dec;
	int64_t		iv;
	int64_t		mv;
	int64_t		v;

	if (slot < 0)
		return;
	/* a row giving the channels together after rows giving them apart */
	if ((slot == GDR_S_LEGACY_REQ_ONLINE || slot == GDR_S_LEGACY_REQ_MAIL) &&
		st->part_state[slot == GDR_S_LEGACY_REQ_MAIL] != 0)
	{
		gdr_set_null(st->r, slot);
		gdr_warn(st->ctx, st->r, "legacy_conflict", gdr_slots[slot].path,
				 "statistics table: %s is given both by channel and in one row (%s)",
				 gdr_slots[slot].path, label);
		st->part_state[slot == GDR_S_LEGACY_REQ_MAIL] = 2;
		return;
	}
	if (w == NULL || null_word(w->p, w->n))
	{
		if (!gdr_present(st->r, slot))
			gdr_set_null(st->r, slot);
		st->mapped++;
		return;
	}
	if (!parse_num(w->p, w->n, &dec, &iv, &mv) || (dec && !money) ||
		(money && moneyunit == 1 && mv > INT64_MAX / 10000))
	{
		gdr_set_null(st->r, slot);
		gdr_warn(st->ctx, st->r, "legacy_cell_unreadable", gdr_slots[slot].path,
				 "statistics table row %s: \"%.*s\" is not a valid value",
				 label, (int) (w->n > 40 ? 40 : w->n), w->p);
		return;
	}
	v = money ? (moneyunit == 1 ? mv * 10000 : mv) : iv;
	st->mapped++;
	if (gdr_has(st->r, slot))
	{
		if (st->r->val[slot] != v)
		{
			gdr_set_null(st->r, slot);
			gdr_warn(st->ctx, st->r, "legacy_conflict", gdr_slots[slot].path,
					 "statistics table: two rows give %s different values (%s)",
					 gdr_slots[slot].path, label);
		}
		return;
	}
	if (gdr_present(st->r, slot))
		return;
	gdr_set(st->r, slot, v);
}

/*
 * One channel of requests_online / requests_mail (a 32号 table gives 传真
 * and 信函 as two rows): the slot is their sum, and unknown as soon as one
 * part is not a number.
 */
static void
put_part(lstate *st, int slot, const lword *w, const char *label)
{
	uint8_t    *ps = &st->part_state[slot == GDR_S_LEGACY_REQ_MAIL];
	bool		dec;
	int64_t		iv,
				mv;

	st->mapped++;
	if (*ps == 2)
		return;
	if (*ps == 0 && gdr_present(st->r, slot))
	{
		/* an earlier row gave the channels together */
		gdr_set_null(st->r, slot);
		gdr_warn(st->ctx, st->r, "legacy_conflict", gdr_slots[slot].path,
				 "statistics table: %s is given both in one row and by channel (%s)",
				 gdr_slots[slot].path, label);
		*ps = 2;
		return;
	}
	if (w == NULL || null_word(w->p, w->n) ||
		!parse_num(w->p, w->n, &dec, &iv, &mv) || dec ||
		(*ps == 1 && iv > INT64_MAX - st->r->val[slot]))
	{
		gdr_set_null(st->r, slot);
		gdr_warn(st->ctx, st->r, "legacy_cell_unreadable", gdr_slots[slot].path,
				 "statistics table row %s: no number, so %s (a sum of channels) is unknown",
				 label, gdr_slots[slot].path);
		*ps = 2;
		return;
	}
	gdr_set(st->r, slot, *ps == 1 ? st->r->val[slot] + iv : iv);
	*ps = 1;
}

static void
finish_row(lstate *st, const char *label, size_t llen, int moneyunit,
		   const lword *vals, int nv)
{
	char		buf[256];
	size_t		n;
	bool		sub;
	lmap		m;
	const lword *y = NULL;
	const lword *c = NULL;

	if (llen == 0 || nv == 0 || glued_value(label, llen))
		return;
	n = clean_label(label, llen, buf, sizeof(buf), &sub);
	m = map_label(buf, n, sub);
	/* the 32号 rows under 行政复议数量 / 行政诉讼数量 */
	if (st->appeal >= 0)
	{
		int			a = top_level_row(label, llen) ? -1 :
			appeal_split(buf, n, st->appeal);

		if (a >= 0)
		{
			m.slot = a;
			m.cum = -1;
			m.money = m.weak = m.part = false;
		}
		else
			st->appeal = -1;
	}
	if (m.slot == GDR_S_APPEAL(GDR_A_REVIEW, GDR_F_TOTAL))
		st->appeal = GDR_A_REVIEW;
	else if (m.slot == GDR_S_APPEAL(GDR_A_SUIT, GDR_F_TOTAL))
		st->appeal = GDR_A_SUIT;
	if (m.slot < 0)
		return;
	if (m.weak && st->have_replies)
		return;
	if (m.slot == GDR_S_APP(GDR_R_PROCESSED, GDR_C_TOTAL) && !m.weak)
	{
		/* a 答复总数 replaces an earlier 办结数 */
		if (!st->have_replies && gdr_present(st->r, m.slot))
			st->r->st[m.slot] = 0;
		st->have_replies = true;
	}
	if (m.money && moneyunit < 0)
		moneyunit = has(label, llen, "万元") ? 1 : 0;
	if (st->ncols == 0)
	{
		if (nv != 1)
		{
			gdr_warn(st->ctx, st->r, "legacy_columns_unknown", gdr_slots[m.slot].path,
					 "statistics table row %s: %d values and no column header", buf, nv);
			return;
		}
		y = &vals[0];
	}
	else
	{
		if (nv != st->ncols)
		{
			gdr_set_null(st->r, m.slot);
			gdr_warn(st->ctx, st->r, "legacy_row_cells", gdr_slots[m.slot].path,
					 "statistics table row %s: %d values for %d columns", buf, nv, st->ncols);
			return;
		}
		if (st->ycol >= 0)
			y = &vals[st->ycol];
		if (st->ccol >= 0)
			c = &vals[st->ccol];
		if (y == NULL && c == NULL)
			return;
	}
	if (y && m.part)
		put_part(st, m.slot, y, buf);
	else if (y)
		put(st, m.slot, m.money, moneyunit, y, buf);
	if (c && m.cum >= 0)
		put(st, m.cum, m.money, moneyunit, c, buf);
}

/*
 * Which value column is this year's, which the cumulative one.  Columns of
 * two years (2016年 · 2015年 · 增减: a comparison with the year before):
 * the later year is the report's.
 */
static void
set_columns(lstate *st)
{
	int			i;
	int			best = 0,
				besty = 0;

	for (i = 0; i < st->ncols; i++)
	{
		int			rank = st->cols[i] == HC_YEAR_PREF ? 3 :
			st->cols[i] == HC_YEAR ? 2 : st->cols[i] == HC_PERIOD ? 1 : 0;

		if (rank > best || (rank == best && rank == 2 && st->years[i] > besty))
		{
			best = rank;
			besty = st->years[i];
			st->ycol = i;
		}
		if (st->cols[i] == HC_CUM && st->ccol < 0)
			st->ccol = i;
	}
}

/* The first header anchor (one pass for all of them). */
static const char *
find_anchor(const char *s, size_t len)
{
	static const char *const an[] = {
		"指标名称", "统计指标", "计量单位", "历年累计", "本年累计", "本期实际",
	};
	const char *first[sizeof(an) / sizeof(an[0])];
	const char *p = s,
			   *end = s + len;
	size_t		k;

	/*
	 * prose that names a column in quotes (附表中“历年累计”一栏的45元) is
	 * passed over
	 */
	while (p < end)
	{
		const char *best = NULL;
		size_t		bl = 0;

		gdr_find_each(p, (size_t) (end - p), an, (int) (sizeof(an) / sizeof(an[0])), true, first);
		for (k = 0; k < sizeof(an) / sizeof(an[0]); k++)
			if (first[k] && (best == NULL || first[k] < best))
			{
				best = first[k];
				bl = strlen(an[k]);
			}
		if (best == NULL)
			return NULL;
		if (!(best - s >= 3 && (memcmp(best - 3, "“", 3) == 0 || memcmp(best - 3, "「", 3) == 0 ||
								memcmp(best - 3, "‘", 3) == 0)) &&
			!(best > s && best[-1] == '"'))
			return best;
		p = best + bl;
	}
	return NULL;
}

#define LEGACY_REGION (16 * 1024)

/*
 * A line "label：N unit" (附件 lists copying the statistics table as
 * 主动公开政府信息数：1234条): the label [*la, *lb) and the value [*va, *vb)
 * of the line [p, e), and the money class of its unit (-1 none, 0 元,
 * 1 万元).  The normaliser has folded ： to ':'.
 */
static bool
kv_line(const char *p, const char *e, const char **la, const char **lb,
		const char **va, const char **vb, int *money)
{
	const char *c;
	const char *q;
	bool		dec;
	int64_t		iv,
				mv;

	while (p < e && is_blank((unsigned char) *p))
		p++;
	while (e > p && is_blank((unsigned char) e[-1]))
		e--;
	if (e - p < 8 || e - p > 160)
		return false;
	/* the last ':' (其中：当面申请数：5件) */
	for (c = e - 1; c > p && *c != ':'; c--)
		;
	if (c == p || (unsigned char) p[0] < 0x80)
		return false;
	q = c + 1;
	while (q < e && (*q == ' ' || *q == '\t'))
		q++;
	*va = q;
	while (q < e && ((*q >= '0' && *q <= '9') || *q == '.'))
		q++;
	*vb = q;
	if (!parse_num(*va, (size_t) (*vb - *va), &dec, &iv, &mv))
		return false;
	while (q < e && (*q == ' ' || *q == '\t'))
		q++;
	*money = -1;
	if (q < e && !unit_kind(q, (size_t) (e - q), money))
		return false;
	if (memchr(p, '\n', (size_t) (c - p)) || has(p, (size_t) (c - p), "。"))
		return false;
	*la = p;
	*lb = c;
	return true;
}

/*
 * A list of at least six "label：N unit" lines, blank lines allowed between
 * them, four of which name a figure of the statistics table: its rows are
 * read as the table's (one value: this year's), and its extent is
 * returned so that the prose stage skips it.  The first such list only.
 */
static void
kv_list(lstate *st, const char *s, size_t len, gdr_span *span)
{
	const char *p = s;
	const char *end = s + len;
	const char *run = NULL;		/* the first line of the current run */
	const char *run_end = NULL;
	int			nkv = 0,
				nmapped = 0;

	for (;;)
	{
		const char *e = p < end ? memchr(p, '\n', (size_t) (end - p)) : NULL;
		const char *la,
				   *lb,
				   *va,
				   *vb;
		int			money;
		const char *q;
		bool		blank;

		if (e == NULL)
			e = end;
		for (q = p; q < e && is_blank((unsigned char) *q); q++)
			;
		blank = q == e;
		if (p < end && !blank && kv_line(p, e, &la, &lb, &va, &vb, &money))
		{
			char		buf[256];
			bool		sub;
			size_t		n = clean_label(la, (size_t) (lb - la), buf, sizeof(buf), &sub);

			if (run == NULL)
				run = p;
			run_end = e;
			nkv++;
			if (map_label(buf, n, sub).slot >= 0)
				nmapped++;
		}
		else if (p >= end || !blank)
		{
			if (nkv >= 6 && nmapped >= 4)
				break;
			run = NULL;
			nkv = nmapped = 0;
		}
		if (p >= end)
			break;
		p = e + 1;
	}
	if (run == NULL || nkv < 6 || nmapped < 4)
		return;
	for (p = run; p < run_end;)
	{
		const char *e = memchr(p, '\n', (size_t) (run_end - p));
		const char *la,
				   *lb,
				   *va,
				   *vb;
		int			money;

		if (e == NULL)
			e = run_end;
		if (kv_line(p, e, &la, &lb, &va, &vb, &money))
		{
			lword		w = {va, (size_t) (vb - va)};

			finish_row(st, la, (size_t) (lb - la), money, &w, 1);
		}
		p = e + 1;
	}
	span->a = (size_t) (run - s);
	span->b = (size_t) (run_end - s);
}

bool
gdr_table_legacy(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r,
				 bool *found, gdr_span *span)
{
	const char *a;
	const char *p;
	const char *end;
	lstate		st;
	bool		in_header = true;
	const char *label = NULL;
	size_t		llen = 0;
	int			moneyunit = -1;
	lword		vals[MAXCOLS + 1];
	int			nv = 0;
	int			rows = 0;

	*found = false;
	span->a = span->b = 0;
	if (s == NULL || len == 0)
		return ctx->status == 0;
	if (gdr_work(ctx, len))
		return false;
	a = find_anchor(s, len);
	if (a == NULL)
	{
		/* no table header: maybe the table as a "label：value" list */
		memset(&st, 0, sizeof(st));
		st.ctx = ctx;
		st.r = r;
		st.ycol = st.ccol = st.appeal = -1;
		kv_list(&st, s, len, span);
		*found = st.mapped > 0;
		return ctx->status == 0;
	}
	/* the header row may start a few header words before the anchor */
	p = a;
	{
		int			words;

		for (words = 0; words < 4; words++)
		{
			const char *q = p;
			const char *e;

			while (q > s && is_blank((unsigned char) q[-1]) && q[-1] != '\n')
				q--;
			if (q == s || q[-1] == '\n')
				break;
			e = q;
			while (q > s && !is_blank((unsigned char) q[-1]))
				q--;
			if (header_kind(q, (size_t) (e - q)) == HC_NONE)
				break;
			p = q;
		}
	}
	end = s + len;
	if ((size_t) (end - p) > LEGACY_REGION)
		end = p + LEGACY_REGION;

	memset(&st, 0, sizeof(st));
	st.ctx = ctx;
	st.r = r;
	st.ycol = -1;
	st.ccol = -1;
	st.appeal = -1;

	while (p < end && rows < 400)
	{
		const char *w;
		size_t		wl;
		bool		dec;
		int64_t		iv,
					mv;
		int			money;
		hc_kind		hk;

		while (p < end && is_blank((unsigned char) *p))
			p++;
		if (p >= end)
			break;
		w = p;
		while (p < end && !is_blank((unsigned char) *p))
			p++;
		wl = (size_t) (p - w);
		if (gdr_work(ctx, wl + 1))
			return false;

		hk = header_kind(w, wl);
		if (in_header)
		{
			if (hk != HC_NONE)
			{
				if ((hk == HC_YEAR || hk == HC_YEAR_PREF || hk == HC_PERIOD || hk == HC_CUM ||
					 hk == HC_DELTA) && st.ncols < MAXCOLS)
				{
					st.years[st.ncols] = hk == HC_YEAR ? header_year(w, wl) : 0;
					st.delta |= hk == HC_DELTA;
					st.cols[st.ncols++] = hk;
				}
				continue;
			}
			in_header = false;
			set_columns(&st);
		}
		if (parse_num(w, wl, &dec, &iv, &mv) || null_word(w, wl) ||
			(st.delta && signed_num(w, wl)))
		{
			if (label == NULL)
				continue;		/* a number with no label: a code or noise */
			if (nv <= MAXCOLS)
			{
				vals[nv].p = w;
				vals[nv].n = wl;
			}
			nv++;
			continue;
		}
		if (label != NULL && nv == 0 && unit_kind(w, wl, &money))
		{
			if (money >= 0)
				moneyunit = money;
			continue;
		}
		/* text: ends the previous row, starts or extends a label */
		if (nv > 0)
		{
			finish_row(&st, label, llen, moneyunit, vals, nv > MAXCOLS ? MAXCOLS + 1 : nv);
			rows++;
			label = NULL;
			llen = 0;
			moneyunit = -1;
			nv = 0;
		}
		if (has(w, wl, "。") || has(w, wl, "附件") || wl > 120)
			break;				/* prose again */
		/*
		 * a row whose value cell is blank (8.告知通过其他途径办理数 件 &nbsp;)
		 * is not the start of a wrapped label when 四、… begins the next line
		 */
		if (label != NULL && top_level_row(w, wl) &&
			memchr(label + llen, '\n', (size_t) (w - (label + llen))) != NULL)
			label = NULL;
		if (label == NULL)
		{
			label = w;
			llen = wl;
		}
		else
			llen = (size_t) (w + wl - label);
		if (llen > 200)
		{
			label = NULL;		/* not a table row */
			llen = 0;
		}
	}
	if (label != NULL && nv > 0)
		finish_row(&st, label, llen, moneyunit, vals, nv > MAXCOLS ? MAXCOLS + 1 : nv);
	*found = st.mapped > 0;
	return ctx->status == 0;
}
