/*
 * active.c -- table 二 (主动公开政府信息情况), 2019 and 2021 templates.
 *
 * The table is a handful of blocks anchored on 第二十条第(一)/(五)/(六)/(八)/(九)项,
 * each a header row (信息内容 + column names) and one or two data rows.  Real
 * copies come in every layout: tab or pipe separated, one cell per line,
 * aligned with spaces, PDF text where a value precedes its row label, and
 * cells run together with no separator at all (`规章000`).  So the region is
 * first cut into tokens (captions, header cells, row labels, numbers, null
 * markers, other text), and the rows are then read from the token stream:
 *
 *   - a row's columns come from the header cells seen last (matched by
 *     prefix, so annotated Hubei headers still match), else from the
 *     template's default columns for that row;
 *   - its values are the numbers that follow its label, or, when none
 *     follow, the numbers printed between the header and the label
 *     (pdftotext prints `本年处理决定数量 550 行政许可`);
 *   - a run of glued digits is split with gdr_split_digits(), and the 2019
 *     identity 上一年项目数量 + 本年增/减 = 处理决定数量 is used only as a
 *     tie-breaker that must leave exactly one split;
 *   - anything that cannot be placed with certainty is null plus a warning.
 *
 * Cost: one scan of the whole text for the 第二十条 anchor, then linear work
 * on the (small) table region.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

/* ------------------------------------------------------------------ */
/* vocabulary                                                          */
/* ------------------------------------------------------------------ */

typedef enum
{
	TK_CAPTION, TK_HEADER, TK_ROW, TK_NUM, TK_NULL, TK_EMPTY, TK_TEXT,
	TK_INFO						/* 信息内容: a header row starts */
} tk_kind;

typedef enum
{
	H_ISSUED, H_REPEALED, H_INFORCE, H_MADE, H_PUBLISHED, H_PUBTOTAL,
	H_LASTYEAR, H_CHANGE, H_DEC21, H_DEC19, H_FEES, H_PROC_ITEMS, H_PROC_AMOUNT,
	H_COUNT_
} hdr_id;

typedef enum
{
	R_REG, R_NORM, R_LIC, R_OTHSVC, R_PEN, R_COER, R_FEES, R_PROC, R_COUNT_
} row_id;

typedef struct kw
{
	const char *s;
	tk_kind		kind;
	int			id;
} kw;

static const kw keywords[] = {
	{"信息内容", TK_INFO, 0},
	{"本年制发件数", TK_HEADER, H_ISSUED},
	{"本年废止件数", TK_HEADER, H_REPEALED},
	{"现行有效件数", TK_HEADER, H_INFORCE},
	{"本年新制作数量", TK_HEADER, H_MADE},
	{"本年新公开数量", TK_HEADER, H_PUBLISHED},
	{"对外公开总数量", TK_HEADER, H_PUBTOTAL},
	{"上一年项目数量", TK_HEADER, H_LASTYEAR},
	{"本年增/减", TK_HEADER, H_CHANGE},
	{"本年增减", TK_HEADER, H_CHANGE},
	{"本年处理决定数量", TK_HEADER, H_DEC21},
	{"处理决定数量", TK_HEADER, H_DEC19},
	/* headers wrapped in their cell (pdftotext -layout): 上一年项目 / 数量 */
	{"上一年项目", TK_HEADER, H_LASTYEAR},
	{"处理决定", TK_HEADER, H_DEC19},
	{"本年处理决定", TK_HEADER, H_DEC21},
	{"本年收费金额", TK_HEADER, H_FEES},
	{"采购项目数量", TK_HEADER, H_PROC_ITEMS},
	{"采购总金额", TK_HEADER, H_PROC_AMOUNT},
	{"规章", TK_ROW, R_REG},
	{"行政规范性文件", TK_ROW, R_NORM},
	{"规范性文件", TK_ROW, R_NORM},
	/* a traditional-character copy converted 文件 to 檔案 (规范性檔案) */
	{"行政规范性档案", TK_ROW, R_NORM},
	{"规范性档案", TK_ROW, R_NORM},
	{"行政许可", TK_ROW, R_LIC},
	{"其他对外管理服务事项", TK_ROW, R_OTHSVC},
	{"行政处罚", TK_ROW, R_PEN},
	{"行政强制", TK_ROW, R_COER},
	{"行政事业性收费", TK_ROW, R_FEES},
	{"政府集中采购", TK_ROW, R_PROC},
	{"第二十条", TK_CAPTION, 0},
};

#define NKEYWORDS ((int) (sizeof(keywords) / sizeof(keywords[0])))

/* every keyword has a bit in a uint32_t */
typedef char keywords_fit[NKEYWORDS <= 32 ? 1 : -1];

static const char *const row_names[R_COUNT_] = {
	"规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚",
	"行政强制", "行政事业性收费", "政府集中采购"
};

/* value kinds of a column */
typedef enum
{
	VK_COUNT, VK_SIGNED, VK_MONEY_WAN, VK_MONEY_UNIT
} vkind;

static vkind
hdr_vkind(int h)
{
	switch (h)
	{
		case H_CHANGE:
			return VK_SIGNED;
		case H_FEES:
			return VK_MONEY_WAN;
		case H_PROC_AMOUNT:
			return VK_MONEY_UNIT;
		default:
			return VK_COUNT;
	}
}

static bool
hdr_is_2021(int h)
{
	return h == H_ISSUED || h == H_REPEALED || h == H_INFORCE ||
		h == H_DEC21 || h == H_FEES;
}

/* slot of (row, column), or -1 when the column does not belong to the row */
static int
cell_slot(int row, int h)
{
	static const int lic[] = {GDR_S_LIC_ITEMS_LAST_YEAR, GDR_S_LIC_ITEMS_CHANGE, GDR_S_LIC_DECISIONS};
	static const int oth[] = {GDR_S_OTHSVC_ITEMS_LAST_YEAR, GDR_S_OTHSVC_ITEMS_CHANGE, GDR_S_OTHSVC_DECISIONS};
	static const int pen[] = {GDR_S_PEN_ITEMS_LAST_YEAR, GDR_S_PEN_ITEMS_CHANGE, GDR_S_PEN_DECISIONS};
	static const int coe[] = {GDR_S_COER_ITEMS_LAST_YEAR, GDR_S_COER_ITEMS_CHANGE, GDR_S_COER_DECISIONS};
	const int  *t = NULL;

	switch (row)
	{
		case R_REG:
		case R_NORM:
			{
				int			base = row == R_REG ? 0 : 3;

				switch (h)
				{
					case H_ISSUED:
						return GDR_S_REG_ISSUED + base;
					case H_REPEALED:
						return GDR_S_REG_REPEALED + base;
					case H_INFORCE:
						return GDR_S_REG_IN_FORCE + base;
					case H_MADE:
						return GDR_S_REG_MADE + base;
					case H_PUBLISHED:
						return GDR_S_REG_PUBLISHED + base;
					case H_PUBTOTAL:
						return GDR_S_REG_PUBLIC_TOTAL + base;
					default:
						return -1;
				}
			}
		case R_LIC:
			t = lic;
			break;
		case R_OTHSVC:
			t = oth;
			break;
		case R_PEN:
			t = pen;
			break;
		case R_COER:
			t = coe;
			break;
		case R_FEES:
			if (h == H_FEES)
				return GDR_S_FEES_AMOUNT;
			if (h == H_LASTYEAR)
				return GDR_S_FEES_ITEMS_LAST_YEAR;
			if (h == H_CHANGE)
				return GDR_S_FEES_ITEMS_CHANGE;
			return -1;
		case R_PROC:
			if (h == H_PROC_ITEMS)
				return GDR_S_PROC_ITEMS;
			if (h == H_PROC_AMOUNT)
				return GDR_S_PROC_AMOUNT;
			return -1;
		default:
			return -1;
	}
	if (h == H_LASTYEAR)
		return t[0];
	if (h == H_CHANGE)
		return t[1];
	if (h == H_DEC19 || h == H_DEC21)
		return t[2];
	return -1;
}

/* the template's columns of a row */
static int
default_cols(int row, gdr_template era, int *cols)
{
	bool		e21 = (era == GDR_TPL_2021);

	switch (row)
	{
		case R_REG:
		case R_NORM:
			cols[0] = e21 ? H_ISSUED : H_MADE;
			cols[1] = e21 ? H_REPEALED : H_PUBLISHED;
			cols[2] = e21 ? H_INFORCE : H_PUBTOTAL;
			return 3;
		case R_OTHSVC:
			e21 = false;
			/* FALLTHROUGH */
		case R_LIC:
		case R_PEN:
		case R_COER:
			if (e21)
			{
				cols[0] = H_DEC21;
				return 1;
			}
			cols[0] = H_LASTYEAR;
			cols[1] = H_CHANGE;
			cols[2] = H_DEC19;
			return 3;
		case R_FEES:
			if (e21)
			{
				cols[0] = H_FEES;
				return 1;
			}
			cols[0] = H_LASTYEAR;
			cols[1] = H_CHANGE;
			return 2;
		case R_PROC:
			cols[0] = H_PROC_ITEMS;
			cols[1] = H_PROC_AMOUNT;
			return 2;
		default:
			return 0;
	}
}

/* ------------------------------------------------------------------ */
/* tokens                                                              */
/* ------------------------------------------------------------------ */

typedef struct tok
{
	tk_kind		kind;
	int			id;				/* caption numeral / header / row id */
	const char *p;				/* raw text */
	size_t		n;
	int			line;
	bool		adj;			/* glued to the previous token */
	bool		delimited;		/* its line uses '|' or '\t' */
	bool		paren;			/* TEXT: a bracketed annotation */
	bool		ocr;			/* ROW: its label differs by one character */
	/* TK_NUM */
	char		sign;			/* 0, '+', '-' */
	bool		decimal;
	bool		lead0;			/* integer part has a leading zero */
	bool		bad;			/* too long / malformed */
	int			unit;			/* -1 none, 0 元, 1 万元 */
	int64_t		iv;				/* integer value (no sign) */
	int64_t		mv;				/* value x GDR_MONEY_SCALE (no sign) */
	size_t		nd;				/* length of the digits+sign+point part */
} tok;

typedef struct lexer
{
	gdr_ctx    *ctx;
	/* bit k of km[j][b]: byte j of keyword k is b (every keyword starts
	 * with a whole 3-byte character) */
	uint32_t	km[3][256];
	tok		   *t;
	int			n;
	int			max;
	int			line;
	bool		delimited;
	bool		glue;			/* the next token is glued to the last one */
} lexer;

static tok *
lex_push(lexer *lx, tk_kind kind, const char *p, size_t n)
{
	tok		   *t,
			   *nt;

	nt = gdr_grow(lx->ctx, lx->t, lx->n, &lx->max, sizeof(tok), 256);
	if (nt == NULL)
		return NULL;
	lx->t = nt;
	t = &lx->t[lx->n++];
	memset(t, 0, sizeof(*t));
	t->kind = kind;
	t->p = p;
	t->n = n;
	t->line = lx->line;
	t->adj = lx->glue;
	t->delimited = lx->delimited;
	t->unit = -1;
	lx->glue = true;
	return t;
}

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Match keyword k at s[0..len), allowing ASCII blanks between its
 * characters (PDF and Word copies break labels: `规 章`, `本年新 制作数量`).
 * The caller's filter (lexer.km) has matched its first character, the
 * first 3 bytes.  Returns the bytes consumed, 0 when it does not match.
 */
static size_t
kw_match(const char *s, size_t len, const char *k)
{
	size_t		i = 3;
	size_t		j = 3;

	while (k[j])
	{
		if (j > 0 && ((unsigned char) k[j] & 0xC0) != 0x80)
			while (i < len && (s[i] == ' ' || s[i] == '\t'))
				i++;
		if (i >= len || s[i] != k[j])
			return 0;
		i++;
		j++;
	}
	return i;
}

static bool
starts(const char *s, size_t len, const char *lit)
{
	size_t		n = strlen(lit);

	return len >= n && memcmp(s, lit, n) == 0;
}

/* 第二十条 [blanks] 第 ( 一|五|六|八|九 ) 项, after 第二十条 was matched */
static size_t
caption_rest(const char *s, size_t len, int *which)
{
	static const char *const nums[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
	size_t		i = 0;
	int			k;

	while (i < len && is_space((unsigned char) s[i]))
		i++;
	if (!starts(s + i, len - i, "第"))
		return 0;
	i += 3;
	while (i < len && is_space((unsigned char) s[i]))
		i++;
	if (i >= len || s[i] != '(')
		return 0;
	i++;
	for (k = 0; k < 10; k++)
		if (starts(s + i, len - i, nums[k]))
			break;
	if (k == 10)
		return 0;
	i += 3;
	if (i >= len || s[i] != ')')
		return 0;
	i++;
	if (starts(s + i, len - i, "项"))
		i += 3;
	*which = k + 1;
	return i;
}

/* null markers: / - — ― – 无 空 N/A (as a whole cell) */
static size_t
null_marker(const char *s, size_t len)
{
	size_t		i = 0;
	unsigned char c0 = (unsigned char) s[0];

	/* the first bytes of the markers: N n / - — ― – 无 空 */
	if (c0 != 'N' && c0 != 'n' && c0 != '/' && c0 != '-' && c0 != 0xE2 &&
		c0 != 0xE6 && c0 != 0xE7)
		return 0;
	if (starts(s, len, "N/A") || starts(s, len, "n/a"))
		return 3;
	if (s[0] == '/')
		return 1;
	if (s[0] == '-' && !(len > 1 && is_digit((unsigned char) s[1])))
	{
		while (i < len && s[i] == '-')
			i++;
		return i;
	}
	while (i < len && (starts(s + i, len - i, "—") || starts(s + i, len - i, "―") ||
					   starts(s + i, len - i, "–")))
		i += 3;
	if (i)
		return i;
	if (starts(s, len, "无") || starts(s, len, "空"))
	{
		/* only as a whole cell */
		if (len == 3 || is_space((unsigned char) s[3]) || s[3] == '|')
			return 3;
	}
	return 0;
}

/* parse a number at s; fills t; returns bytes consumed (0: not a number) */
static size_t
lex_number(const char *s, size_t len, tok *t)
{
	size_t		i = 0;
	size_t		nint = 0;
	size_t		nfrac = 0;
	int64_t		iv = 0;
	int64_t		frac = 0;
	int			k;

	if (s[0] == '+' || s[0] == '-')
	{
		t->sign = s[0];
		i++;
	}
	if (i >= len || !is_digit((unsigned char) s[i]))
		return 0;
	t->lead0 = (s[i] == '0' && i + 1 < len && is_digit((unsigned char) s[i + 1]));
	while (i < len && (is_digit((unsigned char) s[i]) ||
					   (s[i] == ',' && nint > 0 && i + 3 < len + 0 &&
						is_digit((unsigned char) s[i + 1]) &&
						is_digit((unsigned char) s[i + 2]) &&
						is_digit((unsigned char) s[i + 3]) &&
						(i + 4 >= len || !is_digit((unsigned char) s[i + 4])))))
	{
		if (s[i] != ',')
		{
			if (nint < 18)
				iv = iv * 10 + (s[i] - '0');
			nint++;
		}
		i++;
	}
	if (i + 1 < len && s[i] == '.' && is_digit((unsigned char) s[i + 1]))
	{
		t->decimal = true;
		i++;
		while (i < len && is_digit((unsigned char) s[i]))
		{
			if (nfrac < 6)
				frac = frac * 10 + (s[i] - '0');
			nfrac++;
			i++;
		}
	}
	t->nd = i;
	if (nint > 18 || nfrac > 6)
		t->bad = true;
	t->iv = iv;
	if (nint <= 12 && !t->bad)
	{
		t->mv = iv * GDR_MONEY_SCALE;
		for (k = (int) nfrac; k < 6; k++)
			frac *= 10;
		t->mv += frac;
	}
	else
		t->mv = -1;
	/* unit */
	{
		size_t		j = i;

		while (j < len && s[j] == ' ')
			j++;
		if (starts(s + j, len - j, "万元"))
		{
			t->unit = 1;
			i = j + 6;
		}
		else if (starts(s + j, len - j, "元"))
		{
			t->unit = 0;
			i = j + 3;
		}
		else if (!t->decimal &&
				 (starts(s + j, len - j, "件") || starts(s + j, len - j, "项") ||
				  starts(s + j, len - j, "个")) &&
				 (j + 3 == len || is_space((unsigned char) s[j + 3]) || s[j + 3] == '|'))
		{
			/* a count with its unit, the cell's whole text (`37项`, `+3项`,
			 * calibre's `47 项`) */
			i = j + 3;
		}
	}
	return i;
}

/* lex one cell or free segment s[0..len) */
/*
 * OCR's row labels: 行政规范牲文件 for 行政规范性文件.  Text of six or more
 * Han characters that differs from exactly one row label of the same
 * length in exactly one character (not its first) is that row; else -1.
 * Shorter labels (行政许可, 行政处罚 …) are too close to each other.
 */
static int
ocr_row(const char *p, size_t n)
{
	int			k,
				id = -1;

	if (n < 18 || n % 3 != 0)
		return -1;
	for (k = 0; k < NKEYWORDS; k++)
	{
		const char *w = keywords[k].s;
		size_t		j,
					diff = 0;

		if (keywords[k].kind != TK_ROW || strlen(w) != n)
			continue;
		for (j = 0; j < n && diff < 2; j += 3)
		{
			if ((unsigned char) p[j] < 0xE4 || (unsigned char) p[j] > 0xE9)
				return -1;		/* a Han character in every place */
			if (memcmp(p + j, w + j, 3) != 0)
				diff += j == 0 ? 2 : 1;
		}
		if (diff != 1)
			continue;
		if (id >= 0 && id != keywords[k].id)
			return -1;
		id = keywords[k].id;
	}
	return id;
}

static bool
lex_segment(lexer *lx, const char *s, size_t len)
{
	size_t		i = 0;
	int			n0 = lx->n;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		best = 0;
		int			bk = -1;
		int			k;
		size_t		m;
		tok		   *t;

		if (is_space(c) || c == '#' || c == '*' || c == '|')
		{
			lx->glue = false;
			i++;
			continue;
		}
		if (c == '(')
		{
			size_t		j = i + 1;

			while (j < len && s[j] != ')' && j - i < 400)
				j++;
			if (j < len && s[j] == ')')
				j++;
			t = lex_push(lx, TK_TEXT, s + i, j - i);
			if (t == NULL)
				return false;
			t->paren = true;
			i = j;
			continue;
		}
		if (is_digit(c) || ((c == '+' || c == '-') && i + 1 < len && is_digit((unsigned char) s[i + 1])))
		{
			tok			tmp;

			memset(&tmp, 0, sizeof(tmp));
			tmp.unit = -1;
			m = lex_number(s + i, len - i, &tmp);
			if (m > 0)
			{
				t = lex_push(lx, TK_NUM, s + i, m);
				if (t == NULL)
					return false;
				tmp.kind = TK_NUM;
				tmp.p = t->p;
				tmp.n = t->n;
				tmp.line = t->line;
				tmp.adj = t->adj;
				tmp.delimited = t->delimited;
				*t = tmp;
				i += m;
				continue;
			}
		}
		/* keywords (longest match) */
		if (c >= 0x80 && i + 2 < len)
		{
			/* the keywords whose first character is here, in order */
			uint32_t	cand = lx->km[0][c] &
				lx->km[1][(unsigned char) s[i + 1]] &
				lx->km[2][(unsigned char) s[i + 2]];

			while (cand != 0)
			{
				k = gdr_lowest_bit(cand);
				cand &= cand - 1;
				m = kw_match(s + i, len - i, keywords[k].s);
				if (m > best)
				{
					best = m;
					bk = k;
				}
			}
		}
		if (bk >= 0)
		{
			int			which = 0;

			if (keywords[bk].kind == TK_CAPTION)
			{
				size_t		r = caption_rest(s + i + best, len - i - best, &which);

				if (r == 0)
				{
					/* 第二十条 without (N)项: plain text */
					bk = -1;
				}
				else
					best += r;
			}
			if (bk >= 0)
			{
				t = lex_push(lx, keywords[bk].kind, s + i, best);
				if (t == NULL)
					return false;
				t->id = keywords[bk].kind == TK_CAPTION ? which : keywords[bk].id;
				i += best;
				continue;
			}
		}
		m = null_marker(s + i, len - i);
		if (m > 0 && (!lx->glue || lx->n == 0 || lx->t[lx->n - 1].kind != TK_TEXT))
		{
			t = lex_push(lx, TK_NULL, s + i, m);
			if (t == NULL)
				return false;
			i += m;
			continue;
		}
		/* other text: one code point, merged with glued text before it */
		{
			uint32_t	cp;
			int			cl = gdr_utf8_decode(s + i, len - i, &cp);

			if (lx->glue && lx->n > 0 && lx->t[lx->n - 1].kind == TK_TEXT &&
				!lx->t[lx->n - 1].paren)
				lx->t[lx->n - 1].n += (size_t) cl;
			else if (lx->glue && lx->n > 0 && lx->t[lx->n - 1].kind == TK_NUM &&
					 lx->t[lx->n - 1].adj == false && cp >= 0x80)
			{
				/* a number glued to following prose (`16件`) is prose */
				tok		   *pt = &lx->t[lx->n - 1];

				pt->kind = TK_TEXT;
				pt->n += (size_t) cl;
			}
			else
			{
				t = lex_push(lx, TK_TEXT, s + i, (size_t) cl);
				if (t == NULL)
					return false;
			}
			i += (size_t) cl;
		}
	}
	for (; n0 < lx->n; n0++)
	{
		tok		   *t = &lx->t[n0];
		int			id;

		if (t->kind == TK_TEXT && !t->paren && (id = ocr_row(t->p, t->n)) >= 0)
		{
			t->kind = TK_ROW;
			t->id = id;
			t->ocr = true;
		}
	}
	return true;
}

/*
 * The end of a header its cell wrapped (上一年项目数 / 量, 处理决定 / 数量):
 * text that is only 数量, 数 or 量
 */
static bool
header_tail(const char *p, size_t n)
{
	return (n == 6 && memcmp(p, "数量", 6) == 0) ||
		(n == 3 && (memcmp(p, "数", 3) == 0 || memcmp(p, "量", 3) == 0));
}

/*
 * The display column of p in its line of s[0..len) (a CJK character is two
 * columns wide); -1 when p is not in s (a token of a rebuilt cell).
 */
static int
text_column(const char *s, size_t len, const char *p)
{
	const char *b = p;
	int			col = 0;

	if (p < s || p > s + len)
		return -1;
	while (b > s && b[-1] != '\n' && p - b < 4096)
		b--;
	while (b < p)
	{
		unsigned char c = (unsigned char) *b;

		if (c == '\t')
			col = (col / 8 + 1) * 8;
		else if (c < 0x80)
			col++;
		else if (c >= 0xC0)
			col += c >= 0xE0 ? 2 : 1;
		b++;
	}
	return col;
}

/*
 * hdr[0..n) in the order of their columns, stable (the columns of their
 * texts hpos[] in s, worked out only here: rarely needed)
 */
static void
sort_by_column(const char *s, size_t len, int *hdr, const char **hpos, int n)
{
	int			hcol[8];
	int			i,
				j;

	for (i = 0; i < n; i++)
		if ((hcol[i] = text_column(s, len, hpos[i])) < 0)
			return;
	for (i = 1; i < n; i++)
	{
		int			h = hdr[i],
					c = hcol[i];

		for (j = i - 1; j >= 0 && hcol[j] > c; j--)
		{
			hdr[j + 1] = hdr[j];
			hcol[j + 1] = hcol[j];
		}
		hdr[j + 1] = h;
		hcol[j + 1] = c;
	}
}

/* `-2-`, `— 4 —`, `第 3 页`: page furniture on a line of its own */
static bool
page_number_line(const char *s, size_t len)
{
	size_t		i = 0;
	size_t		d = 0;
	size_t		dash = 0;

	while (i < len)
	{
		if (is_space((unsigned char) s[i]))
			i++;
		else if (s[i] == '-')
		{
			dash++;
			i++;
		}
		else if (starts(s + i, len - i, "—") || starts(s + i, len - i, "–"))
		{
			dash++;
			i += 3;
		}
		else if (is_digit((unsigned char) s[i]))
		{
			d++;
			i++;
		}
		else
			return false;
	}
	return d > 0 && d <= 4 && dash >= 2;
}

/*
 * only pipes, dashes, colons and blanks: a markdown rule or empty row; or
 * a text browser's rule between rows, with + at the column joints
 * (|-----+-----|, links -dump)
 */
static bool
rule_line(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (!(is_space((unsigned char) s[i]) || s[i] == '|' || s[i] == '-' || s[i] == ':' ||
			  (s[i] == '+' && i > 0 && s[i - 1] == '-')))
			return false;
	return true;
}

static bool
lex_line(lexer *lx, const char *s, size_t len)
{
	char		sep = 0;
	size_t		i;
	size_t		start;
	int			fields = 0;
	bool		seen = false;
	int			pending_empty = 0;

	if (len == 0 || rule_line(s, len) || page_number_line(s, len))
		return true;
	if (memchr(s, '|', len))
		sep = '|';
	else if (memchr(s, '\t', len))
		sep = '\t';
	lx->glue = false;
	if (sep == 0)
	{
		lx->delimited = false;
		return lex_segment(lx, s, len);
	}
	lx->delimited = true;
	start = 0;
	for (i = 0; i <= len; i++)
	{
		if (i < len && s[i] != sep)
			continue;
		{
			const char *f = s + start;
			size_t		fl = i - start;
			size_t		a = 0;

			while (a < fl && is_space((unsigned char) f[a]))
				a++;
			fields++;
			if (a == fl)
			{
				/* empty field: a blank cell once the row has begun */
				if (seen)
					pending_empty++;
			}
			else
			{
				for (; pending_empty > 0; pending_empty--)
				{
					lx->glue = false;
					if (lex_push(lx, TK_EMPTY, f, 0) == NULL)
						return false;
				}
				lx->glue = false;
				if (!lex_segment(lx, f, fl))
					return false;
				seen = true;
			}
		}
		start = i + 1;
	}
	/* trailing empty fields: blank cells for tabs, the closing pipe for '|' */
	if (sep == '\t' || pending_empty > 1)
	{
		int			keep = sep == '\t' ? pending_empty : pending_empty - 1;

		for (; keep > 0; keep--)
		{
			lx->glue = false;
			if (lex_push(lx, TK_EMPTY, s + len, 0) == NULL)
				return false;
		}
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* reading rows                                                        */
/* ------------------------------------------------------------------ */

typedef struct reader
{
	gdr_ctx    *ctx;
	gdr_report *r;
	tok		   *t;
	int			n;
	gdr_template era;
	int			nput;			/* cells stored or nulled so far */
	const char *end;			/* the region's end */
	int			proc_unit;		/* 采购总金额's header unit: -1, 0 元, 1 万元 */
} reader;

/*
 * The unit a header declares after its label: 采购总金额（万元）,
 * (单位：元).  -1 when it declares none.
 */
static int
header_unit(const char *p, const char *end)
{
	size_t		n;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= end || *p != '(')
		return -1;
	p++;
	n = (size_t) (end - p);
	if (starts(p, n, "单位:"))
		p += strlen("单位:"), n -= strlen("单位:");
	if (starts(p, n, "万元)"))
		return 1;
	if (starts(p, n, "元)"))
		return 0;
	return -1;
}

static const char *
slot_path(int slot)
{
	return gdr_slots[slot].path;
}

/* store one cell, checking that its form fits the column */
static void
put_cell(reader *rd, int row, int h, const tok *v, bool split)
{
	int			slot = cell_slot(row, h);
	vkind		vk = hdr_vkind(h);
	int64_t		val = 0;
	bool		ok = true;
	const char *why = NULL;

	if (slot < 0)
		return;
	rd->nput++;
	if (v == NULL || v->kind == TK_EMPTY || v->kind == TK_NULL)
	{
		if (!gdr_present(rd->r, slot))
			gdr_set_null(rd->r, slot);
		if (vk == VK_MONEY_UNIT && !gdr_present(rd->r, GDR_S_PROC_AMOUNT_UNIT))
			gdr_set_null(rd->r, GDR_S_PROC_AMOUNT_UNIT);
		return;
	}
	if (v->bad)
		ok = false, why = "too many digits";
	else if (v->lead0)
		ok = false, why = "leading zero";
	else if (v->sign && vk != VK_SIGNED)
		ok = false, why = "a sign is allowed only in 本年增/减";
	else if (v->decimal && (vk == VK_COUNT || vk == VK_SIGNED))
		ok = false, why = "not an integer";
	else if (v->unit >= 0 && vk != VK_MONEY_UNIT && !(vk == VK_MONEY_WAN && v->unit == 1))
		ok = false, why = "unexpected unit";
	if (ok)
	{
		if (vk == VK_MONEY_WAN || vk == VK_MONEY_UNIT)
		{
			if (v->mv < 0)
				ok = false, why = "amount too large";
			val = v->mv;
		}
		else
			val = v->sign == '-' ? -v->iv : v->iv;
	}
	if (!ok)
	{
		gdr_set_null(rd->r, slot);
		gdr_warn(rd->ctx, rd->r, "active_cell_unreadable", slot_path(slot),
				 "table 二 row %s: cell \"%.*s\" is not a valid value (%s)",
				 row_names[row], (int) (v->n > 60 ? 60 : v->n), v->p, why);
		return;
	}
	if (gdr_has(rd->r, slot))
	{
		if (rd->r->val[slot] != val)
		{
			gdr_set_null(rd->r, slot);
			gdr_warn(rd->ctx, rd->r, "active_conflict", slot_path(slot),
					 "table 二 row %s is printed twice with different values",
					 row_names[row]);
		}
		return;
	}
	if (gdr_present(rd->r, slot))
		return;					/* an earlier conflict or null stays */
	gdr_set(rd->r, slot, val);
	if (split)
		rd->r->st[slot] |= GDR_ST_SPLIT;
	if (vk == VK_MONEY_UNIT)
	{
		if (v->unit >= 0)
			gdr_set(rd->r, GDR_S_PROC_AMOUNT_UNIT, v->unit);
		else if (rd->proc_unit >= 0)
			gdr_set(rd->r, GDR_S_PROC_AMOUNT_UNIT, rd->proc_unit);
		else
			gdr_set_null(rd->r, GDR_S_PROC_AMOUNT_UNIT);
	}
}

static void
null_row(reader *rd, int row, const int *cols, int ncols, const char *code,
		 const char *why)
{
	int			c;

	for (c = 0; c < ncols; c++)
	{
		int			slot = cell_slot(row, cols[c]);

		if (slot < 0)
			continue;
		rd->nput++;
		if (!gdr_has(rd->r, slot))
			gdr_set_null(rd->r, slot);
		if (hdr_vkind(cols[c]) == VK_MONEY_UNIT && !gdr_has(rd->r, GDR_S_PROC_AMOUNT_UNIT))
			gdr_set_null(rd->r, GDR_S_PROC_AMOUNT_UNIT);
	}
	gdr_warn(rd->ctx, rd->r, code, ncols > 0 ? slot_path(cell_slot(row, cols[0])) : NULL,
			 "table 二 row %s: %s", row_names[row], why);
}

/* identity for the 2019 (五)/(六) rows: last year + change = decisions */
typedef struct ident_arg
{
	int			nleft;			/* cells fixed before the split segment */
	int64_t		left[3];
	bool		negate_first;	/* the first split cell carries a '-' */
} ident_arg;

static bool
ident_accept(void *arg, const int64_t *cells, int ncells)
{
	ident_arg  *a = arg;
	int64_t		v[3];
	int			i;

	if (a->nleft + ncells != 3)
		return false;
	for (i = 0; i < a->nleft; i++)
		v[i] = a->left[i];
	for (i = 0; i < ncells; i++)
		v[a->nleft + i] = cells[i];
	if (a->negate_first)
		v[a->nleft] = -v[a->nleft];
	return v[0] + v[1] == v[2];
}

/*
 * Split glued cells s[0..len) (digits, at most one sign, maybe a decimal
 * point and a unit) into the row's columns.  Returns true and fills the
 * cells when exactly one reading is possible.
 */
static bool
split_run(reader *rd, int row, const int *cols, int ncols, const char *s,
		  size_t len, tok *cells, bool *by_arith)
{
	int			signcol = -1;
	size_t		signpos = len;
	size_t		i;
	int			c;
	int			unit = -1;
	int64_t		vals[8];
	int			k;
	bool		identity;

	*by_arith = false;
	if (ncols > 3)
		return false;
	/* strip a trailing unit */
	if (len >= 6 && memcmp(s + len - 6, "万元", 6) == 0)
		unit = 1, len -= 6;
	else if (len >= 3 && memcmp(s + len - 3, "元", 3) == 0)
		unit = 0, len -= 3;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	for (i = 0; i < len; i++)
	{
		if (s[i] == '+' || s[i] == '-')
		{
			if (signpos != len)
				return false;	/* two signs */
			signpos = i;
		}
		else if (!is_digit((unsigned char) s[i]))
			return false;		/* a decimal point or anything else: no */
	}
	for (c = 0; c < ncols; c++)
		if (hdr_vkind(cols[c]) == VK_SIGNED)
			signcol = c;
	if (signpos != len && (signcol < 0 || (signpos == 0) != (signcol == 0)))
		return false;
	identity = (ncols == 3 && cols[0] == H_LASTYEAR && cols[1] == H_CHANGE &&
				(cols[2] == H_DEC19 || cols[2] == H_DEC21));

	memset(cells, 0, sizeof(tok) * (size_t) ncols);
	if (signpos != len)
	{
		/* left of the sign: columns [0, signcol); right: [signcol, ncols) */
		int			nl = signcol;
		int			nr = ncols - signcol;
		ident_arg	ia;

		if (nl > 0)
		{
			k = gdr_split_digits(rd->ctx, s, signpos, nl, NULL, NULL, vals);
			if (k != 1)
				return false;
		}
		memset(&ia, 0, sizeof(ia));
		ia.nleft = nl;
		for (c = 0; c < nl; c++)
			ia.left[c] = vals[c];
		ia.negate_first = (s[signpos] == '-');
		k = gdr_split_digits(rd->ctx, s + signpos + 1, len - signpos - 1, nr,
							 NULL, NULL, vals + nl);
		if (k == 2 && identity)
		{
			k = gdr_split_digits(rd->ctx, s + signpos + 1, len - signpos - 1, nr,
								 ident_accept, &ia, vals + nl);
			*by_arith = (k == 1);
		}
		if (k != 1)
			return false;
		cells[signcol].sign = s[signpos];
	}
	else
	{
		ident_arg	ia;

		memset(&ia, 0, sizeof(ia));
		k = gdr_split_digits(rd->ctx, s, len, ncols, NULL, NULL, vals);
		if (k == 2 && identity)
		{
			k = gdr_split_digits(rd->ctx, s, len, ncols, ident_accept, &ia, vals);
			*by_arith = (k == 1);
		}
		if (k != 1)
			return false;
	}
	for (c = 0; c < ncols; c++)
	{
		cells[c].kind = TK_NUM;
		cells[c].iv = vals[c];
		cells[c].mv = vals[c] <= 9000000000000LL ? vals[c] * GDR_MONEY_SCALE : -1;
		cells[c].unit = (c == ncols - 1) ? unit : -1;
		cells[c].p = s;
		cells[c].n = len;
	}
	(void) row;
	return true;
}

/* tokens from i on that are values: NUM, NULL, EMPTY */
static int
count_values(const reader *rd, int i)
{
	int			j = i;

	while (j < rd->n && (rd->t[j].kind == TK_NUM || rd->t[j].kind == TK_NULL ||
						 rd->t[j].kind == TK_EMPTY))
		j++;
	return j - i;
}

/* are tokens [i, i+n) all blank cells? */
static bool
all_empty(const reader *rd, int i, int n)
{
	int			k;

	for (k = 0; k < n; k++)
		if (rd->t[i + k].kind != TK_EMPTY)
			return false;
	return n > 0;
}

static void
assign(reader *rd, int row, const int *cols, int ncols, const tok *v, int nv)
{
	int			c;

	for (c = 0; c < ncols; c++)
		put_cell(rd, row, cols[c], c < nv ? &v[c] : NULL, false);
}

/* are tokens [i, i+n) glued together (no separator between them)? */
static bool
glued(const reader *rd, int i, int n)
{
	int			k;

	for (k = 1; k < n; k++)
		if (!rd->t[i + k].adj)
			return false;
	return true;
}

/*
 * Read row label at index i.  `pend`/`npend`: value tokens seen since the
 * last header/label.  Returns the number of following tokens consumed.
 */
static int
read_row(reader *rd, int i, const int *hdr, int nhdr, int pend, int npend)
{
	tok		   *L = &rd->t[i];
	int			row = L->id;
	int			cols[4];
	int			ncols = 0;
	int			c;
	int			nf;
	int			f = i + 1;
	bool		compatible = nhdr > 0 && nhdr <= 3;

	for (c = 0; c < nhdr && compatible; c++)
		if (cell_slot(row, hdr[c]) < 0)
			compatible = false;
	if (compatible)
	{
		for (c = 0; c < nhdr; c++)
			cols[c] = hdr[c];
		ncols = nhdr;
	}
	nf = count_values(rd, f);
	/* blank trailing cells beyond the columns (a closing tab) */
	if (!compatible && rd->era == GDR_TPL_NONE)
	{
		/* the block shape tells the era: 1 value = 2021, 3 = 2019 */
		int			nn = nf ? nf : npend;

		if ((row == R_LIC || row == R_PEN || row == R_COER) && (nn == 1 || nn == 3))
			rd->era = nn == 1 ? GDR_TPL_2021 : GDR_TPL_2019;
		else if (row == R_OTHSVC || row == R_PROC)
			rd->era = GDR_TPL_2019;
	}
	if (!compatible)
	{
		if (rd->era == GDR_TPL_NONE && (row == R_REG || row == R_NORM || row == R_FEES ||
										 row == R_LIC || row == R_PEN || row == R_COER))
		{
			gdr_warn(rd->ctx, rd->r, "active_columns_unknown", NULL,
					 "table 二 row %s: no header and no template to tell its columns",
					 row_names[row]);
			return 0;
		}
		ncols = default_cols(row, rd->era, cols);
	}
	while (nf > ncols && rd->t[f + nf - 1].kind == TK_EMPTY)
		nf--;

	/* label first, values after */
	if (nf == ncols && npend != ncols)
	{
		assign(rd, row, cols, ncols, &rd->t[f], nf);
		return nf;
	}
	/* value printed before its label (pdftotext reading order) */
	if (nf == 0 && npend == ncols)
	{
		assign(rd, row, cols, ncols, &rd->t[pend], npend);
		return 0;
	}
	if (nf == ncols && npend == ncols)
	{
		/* `v1 L1 v2 L2` or `x L1 v1 L2 v2`: look at the next label */
		int			j = f + nf;

		/*
		 * Blank cells on one side are no values: the header's empty
		 * cells of a colspan the converter dropped (AsciiDoc:
		 * |信息内容 |本年处理决定数量 | |, then |行政许可 |342 | |)
		 */
		if (all_empty(rd, pend, npend))
		{
			assign(rd, row, cols, ncols, &rd->t[f], nf);
			return nf;
		}
		if (all_empty(rd, f, nf))
		{
			assign(rd, row, cols, ncols, &rd->t[pend], npend);
			return nf;
		}

		if (j < rd->n && rd->t[j].kind == TK_ROW)
		{
			int			nf2 = count_values(rd, j + 1);

			if (nf2 == 0)
			{
				assign(rd, row, cols, ncols, &rd->t[pend], npend);
				return 0;		/* ours were before; these are the next row's */
			}
			assign(rd, row, cols, ncols, &rd->t[f], nf);
			return nf;
		}
		null_row(rd, row, cols, ncols, "active_cell_order",
				 "values both before and after the label; cannot tell which are the row's");
		return nf;
	}
	/* glued cells: `规章000`, `行政许可20+1737` */
	if (nf > 0 && nf < ncols && glued(rd, f, nf))
	{
		tok			cells[4];
		bool		by_arith;
		const char *s = rd->t[f].p;
		size_t		len = (size_t) ((rd->t[f + nf - 1].p + rd->t[f + nf - 1].n) - s);
		bool		allnum = true;

		for (c = 0; c < nf; c++)
			if (rd->t[f + c].kind != TK_NUM)
				allnum = false;
		if (allnum && (nf > 1 || rd->t[f].nd >= (size_t) ncols || rd->t[f].unit >= 0 ||
					   rd->t[f].lead0))
		{
			/*
			 * One number standing apart from its label (`行政事业性收费`
			 * then `47`), as many digits as the row has cells, nothing to
			 * check a split against: as likely one cell whose neighbour
			 * was lost as several cells glued; not split
			 */
			bool		lone = nf == 1 && !rd->t[f].adj && !rd->t[f].lead0 &&
				rd->t[f].unit < 0 && rd->t[f].sign == 0;

			if (split_run(rd, row, cols, ncols, s, len, cells, &by_arith) &&
				!(lone && !by_arith))
			{
				for (c = 0; c < ncols; c++)
					put_cell(rd, row, cols[c], &cells[c], true);
				if (by_arith)
					gdr_warn(rd->ctx, rd->r, "split_by_arithmetic",
							 slot_path(cell_slot(row, cols[0])),
							 "table 二 row %s: glued cells \"%.*s\" split using 上一年项目数量 + 本年增/减 = 处理决定数量",
							 row_names[row], (int) len, s);
				return nf;
			}
			{
				char	   *why = lone ?
					gdr_printf(rd->ctx,
							   "the lone value \"%.*s\" may be one cell (the others lost) or %d cells glued; nothing checks a split, so none is made",
							   (int) (len > 60 ? 60 : len), s, ncols) :
					gdr_printf(rd->ctx,
							   "glued cells \"%.*s\" do not split into %d cells in exactly one way",
							   (int) (len > 60 ? 60 : len), s, ncols);

				null_row(rd, row, cols, ncols, "active_split_ambiguous",
						 why ? why : "glued cells cannot be split with certainty");
			}
			return nf;
		}
	}
	/* a delimited row that lost cells: only the first one is certain */
	if (nf > 0 && nf < ncols && L->delimited && rd->t[f].line == L->line &&
		rd->t[f + nf - 1].line == L->line)
	{
		put_cell(rd, row, cols[0], &rd->t[f], false);
		for (c = 1; c < ncols; c++)
		{
			int			slot = cell_slot(row, cols[c]);

			if (slot >= 0 && !gdr_present(rd->r, slot))
				gdr_set_null(rd->r, slot);
		}
		gdr_warn(rd->ctx, rd->r, "active_row_short", slot_path(cell_slot(row, cols[0])),
				 "table 二 row %s has %d cells for %d columns; only the first is kept",
				 row_names[row], nf, ncols);
		return nf;
	}
	if (nf == 0 && npend == 0)
	{
		null_row(rd, row, cols, ncols, "active_row_empty", "no values found for the row");
		return 0;
	}
	null_row(rd, row, cols, ncols, "active_row_cells",
			 "the number of values does not match the columns");
	return nf;
}

/* the header is 本年处理决定数量 alone (an HTML colspan may repeat it) */
static bool
only_dec21(const int *hdr, int nhdr)
{
	int			c;

	for (c = 0; c < nhdr; c++)
		if (hdr[c] != H_DEC21)
			return false;
	return nhdr > 0;
}

/*
 * The last extra row read under a header that an HTML colspan repeated:
 * its cells are one value repeated; keep one.
 */
static void
collapse_extra(gdr_report *r)
{
	gdr_extra  *e = r->nextras > 0 ? &r->extras[r->nextras - 1] : NULL;
	int			c;

	if (e == NULL)
		return;
	for (c = 1; c < e->nvalues; c++)
		if (e->isnull[c] != e->isnull[0] || e->values[c] != e->values[0])
			return;
	e->nvalues = 1;
}

/*
 * A province's extra row: unknown label followed by one value per column.
 * With `trail`, blank cells after the columns (a closing tab) are allowed.
 */
static int
read_extra(reader *rd, int i, int nhdr, bool trail)
{
	tok		   *L = &rd->t[i];
	int			nf = count_values(rd, i + 1);
	int			used = nf;
	gdr_extra  *e;
	int			c;
	size_t		bytes = 0;
	size_t		k;

	while (trail && nf > nhdr && nhdr > 0 && rd->t[i + nf].kind == TK_EMPTY)
		nf--;
	if (L->paren || nhdr <= 0 || nf != nhdr || L->n < 6 || L->n > 90)
		return 0;
	for (k = 0; k < L->n; k++)
		if ((unsigned char) L->p[k] >= 0x80)
			bytes++;
	if (bytes * 2 < L->n)
		return 0;				/* mostly not Chinese: not a label */
	for (c = 0; c < nf; c++)
		if (rd->t[i + 1 + c].kind == TK_NUM && rd->t[i + 1 + c].decimal)
			return 0;
	e = gdr_add_extra(rd->ctx, rd->r, "active", L->p, L->n, nf);
	if (e == NULL)
		return used;
	for (c = 0; c < nf; c++)
	{
		tok		   *v = &rd->t[i + 1 + c];

		if (v->kind == TK_NUM && !v->bad && !v->lead0 && !v->sign && v->unit < 0)
			e->values[c] = v->iv;
		else
			e->isnull[c] = true;
	}
	return used;
}

/* ------------------------------------------------------------------ */
/* entry point                                                         */
/* ------------------------------------------------------------------ */

/* the line [b, *be) of s..end with its blanks trimmed; *next after it */
static void
trimmed_line(const char **b, const char **be, const char **next, const char *end)
{
	const char *nl = memchr(*b, '\n', (size_t) (end - *b));

	*be = nl ? nl : end;
	*next = nl ? nl + 1 : end;
	while (*b < *be && is_space((unsigned char) **b))
		(*b)++;
	while (*be > *b && is_space((unsigned char) (*be)[-1]))
		(*be)--;
}

/* a line of values only: digits, signs, points, blanks (and one at least) */
static bool
values_line(const char *b, const char *be)
{
	bool		digit = false;

	for (; b < be; b++)
	{
		if (*b >= '0' && *b <= '9')
			digit = true;
		else if (*b != ' ' && *b != '\t' && *b != '+' && *b != '-' && *b != '.')
			return false;
	}
	return digit;
}

/*
 * A row label wrapped in its cell, the rest of it on the next line alone:
 * with nothing else on its first line (PDF viewer text: 其他对外管理服务事 /
 * 项), with the row's values (fixed-width text: 其他对外管理服务  93  -5
 * 2216 / 事项), or with the values on a line of their own between the two
 * (pdftotext -layout centres them in the row: 其他对外管理服 / 87 +3 15211 /
 * 务事项).  The whole label, its values in [*cells, *cells_end) (empty when
 * there are none) and in *next where the lines after the row begin; NULL
 * when it is no such row.
 */
static const char *
wrapped_row(const char *a, const char *e, const char *b, const char *end,
			const char **cells, const char **cells_end, const char **next)
{
	const char *be,
			   *after,
			   *x,
			   *q;
	const char *vb = NULL,
			   *ve = NULL;
	size_t		n,
				m;
	int			k;
	bool		digit = false;

	trimmed_line(&b, &be, &after, end);
	while (a < e && is_space((unsigned char) *a))
		a++;
	while (e > a && is_space((unsigned char) e[-1]))
		e--;
	for (x = a; x < e && *x != ' ' && *x != '\t'; x++)
		;
	for (q = x; q < e && !digit; q++)
		digit = *q >= '0' && *q <= '9';
	if (x == e && values_line(b, be) && after < end)
	{
		/* the values between the label's two lines */
		vb = b;
		ve = be;
		b = after;
		trimmed_line(&b, &be, &after, end);
	}
	n = (size_t) (x - a);
	m = (size_t) (be - b);
	/* (values, if anything follows the label on its line) */
	if ((x < e && !digit) || n < 9 || m < 3 || m > 9)
		return NULL;
	for (k = 0; k < NKEYWORDS; k++)
	{
		const char *w = keywords[k].s;
		size_t		wl = strlen(w);

		if (keywords[k].kind == TK_ROW && n + m == wl && memcmp(a, w, n) == 0 &&
			memcmp(b, w + n, m) == 0)
		{
			*cells = vb ? vb : x;
			*cells_end = vb ? ve : e;
			*next = after;
			return w;
		}
	}
	return NULL;
}

static const char *
find_lit(const char *s, size_t len, const char *lit)
{
	return gdr_memmem(s, len, lit, strlen(lit));
}

/* the first 第二十条 that is a caption (第二十条 [blank] 第(N)项) */
static const char *
find_anchor(gdr_ctx *ctx, const char *s, size_t len)
{
	const char *p = s;
	const char *end = s + len;

	for (;;)
	{
		const char *q = find_lit(p, (size_t) (end - p), "第二十条");
		int			which;

		if (q == NULL)
			return NULL;
		if (caption_rest(q + 12, (size_t) (end - q - 12), &which) > 0)
			return q;
		if (gdr_work(ctx, (size_t) (q - p) + 12))
			return NULL;
		p = q + 12;
	}
}

#define REGION_MAX (24 * 1024)

bool
gdr_table_active(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r,
				 bool *found, gdr_template *era)
{
	return gdr_table_active_span(ctx, s, len, r, found, era, NULL);
}

bool
gdr_table_active_span(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r,
					  bool *found, gdr_template *era, gdr_span *span)
{
	const char *start;
	const char *end;
	const char *p;
	lexer		lx;
	reader		rd;
	int			i;
	int			hdr[8];
	const char *hpos[8];		/* each header's text (for its column) */
	int			nhdr = 0;
	bool		hdr_open = false;
	bool		hdr_above = false;	/* headers began above 信息内容 */
	int			hdr_line = 0;	/* the line of the last header */
	bool		hdr_info = false;	/* the headers follow a 信息内容 */
	int			pend = 0;
	int			npend = 0;
	int			v21 = 0;
	int			v19 = 0;
	int			firstrow = -1;	/* the first and last row label that */
	int			lastrow = -1;	/* stored cells, and its last token */
	int			nput;
	static const char *const stops[] = {
		"收到和处理政府信息公开申请", "本年新收政府信息公开申请", "申请人情况",
		"勾稽关系"
	};
	int			k;

	*found = false;
	*era = GDR_TPL_NONE;
	if (s == NULL || len == 0)
		return ctx->status == 0;
	start = find_anchor(ctx, s, len);
	if (ctx->status)
		return false;
	if (start == NULL)
		return true;
	end = start + (len - (size_t) (start - s) < REGION_MAX ? len - (size_t) (start - s) : REGION_MAX);
	for (k = 0; k < 4; k++)
	{
		const char *q = find_lit(start, (size_t) (end - start), stops[k]);

		if (q)
			end = q;
	}
	if (gdr_work(ctx, (size_t) (end - start)))
		return false;

	/* lex the region line by line */
	memset(&lx, 0, sizeof(lx));
	lx.ctx = ctx;
	for (k = 0; k < NKEYWORDS; k++)
	{
		int			j;

		for (j = 0; j < 3; j++)
			lx.km[j][(unsigned char) keywords[k].s[j]] |= (uint32_t) 1 << k;
	}
	p = start;
	while (p < end)
	{
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		const char *le = nl ? nl : end;
		const char *kw2,
				   *cells,
				   *cells_end,
				   *next;
		char		wbuf[512];
		size_t		kl;

		lx.line++;
		if (nl != NULL &&
			(kw2 = wrapped_row(p, le, nl + 1, end, &cells, &cells_end, &next)) != NULL &&
			(kl = strlen(kw2)) + (size_t) (cells_end - cells) + 1 <= sizeof(wbuf))
		{
			/* one row, its label whole: 其他对外管理服务事 / 项, or
			 * 其他对外管理服务  93  -5  2216 / 事项 */
			memcpy(wbuf, kw2, kl);
			wbuf[kl] = ' ';
			memcpy(wbuf + kl + 1, cells, (size_t) (cells_end - cells));
			if (!lex_line(&lx, wbuf, kl + 1 + (size_t) (cells_end - cells)))
				return ctx->status == 0 ? true : false;
			if (gdr_work(ctx, (size_t) (next - p)))
				return false;
			/* the row's other lines */
			for (; nl != NULL && nl + 1 < next; nl = memchr(nl + 1, '\n', (size_t) (next - nl - 1)))
				lx.line++;
			p = next;
			continue;
		}
		if (!lex_line(&lx, p, (size_t) (le - p)))
			return ctx->status == 0 ? true : false;
		if (gdr_work(ctx, (size_t) (le - p) + 1))
			return false;
		p = le + 1;
	}

	/* era votes: header cells and 2019-only rows/blocks */
	for (i = 0; i < lx.n; i++)
	{
		tok		   *t = &lx.t[i];

		if (t->kind == TK_HEADER)
		{
			if (hdr_is_2021(t->id))
				v21++;
			else
				v19++;
		}
		else if ((t->kind == TK_ROW && (t->id == R_OTHSVC || t->id == R_PROC)) ||
				 (t->kind == TK_CAPTION && t->id == 9))
			v19++;
	}
	memset(&rd, 0, sizeof(rd));
	rd.ctx = ctx;
	rd.r = r;
	rd.t = lx.t;
	rd.n = lx.n;
	rd.end = end;
	rd.proc_unit = -1;
	if (v21 > v19)
		rd.era = GDR_TPL_2021;
	else if (v19 > v21)
		rd.era = GDR_TPL_2019;
	if (v21 && v19)
		gdr_warn(ctx, r, "active_mixed_headers", NULL,
				 "table 二 mixes 2019 and 2021 column headers (%d vs %d)", v19, v21);

	for (i = 0; i < rd.n; i++)
	{
		tok		   *t = &rd.t[i];
		int			used;

		switch (t->kind)
		{
			case TK_CAPTION:
				nhdr = 0;
				hdr_open = false;
				npend = 0;
				break;
			case TK_INFO:
				/*
				 * A header wrapped upwards in its cell (pdftotext -layout:
				 * 上一年项目数 on the line above 信息内容 … 本年增/减): the
				 * headers read just before, on an earlier line, are kept.
				 */
				hdr_above = hdr_open && nhdr > 0 && hdr_line < t->line && !hdr_info;
				if (!hdr_above)
					nhdr = 0;
				hdr_info = true;
				hdr_open = true;
				npend = 0;
				break;
			case TK_HEADER:
				if (!hdr_open)
				{
					nhdr = 0;
					hdr_above = false;
					hdr_info = false;
				}
				hdr_open = true;
				if (nhdr < 8)
				{
					hpos[nhdr] = t->p;
					hdr[nhdr++] = t->id;
				}
				hdr_line = t->line;
				if (t->id == H_PROC_AMOUNT && t->p >= start && t->p + t->n <= end)
					rd.proc_unit = header_unit(t->p + t->n, end);
				npend = 0;
				break;
			case TK_ROW:
				hdr_open = false;
				if (t->id == R_OTHSVC && rd.era == GDR_TPL_2021 && only_dec21(hdr, nhdr))
				{
					/*
					 * The 2019 row 其他对外管理服务事项 kept by a province
					 * under the 2021 header: the 2021 format has no place
					 * for it, so it is the province's extra row.
					 */
					npend = 0;
					used = read_extra(&rd, i, nhdr, true);
					if (used > 0)
					{
						collapse_extra(rd.r);
						i += used;
					}
					break;
				}
				if (hdr_above)
				{
					/* the headers of two lines, in the order of their columns */
					sort_by_column(s, len, hdr, hpos, nhdr);
					hdr_above = false;
				}
				nput = rd.nput;
				used = read_row(&rd, i, hdr, nhdr, pend, npend);
				if (t->ocr && rd.nput > nput)
					gdr_warn(ctx, r, "active_label_variant", NULL,
							 "table 二: the row label %.*s is read as %s (one character differs)",
							 (int) t->n, t->p, row_names[t->id]);
				npend = 0;
				if (rd.nput > nput && firstrow < 0)
					firstrow = i;
				if (used > 0)
					i += used;
				if (rd.nput > nput)
					lastrow = i;
				break;
			case TK_NUM:
			case TK_NULL:
			case TK_EMPTY:
				if (t->kind != TK_EMPTY)
					hdr_open = false;
				if (npend == 0)
					pend = i;
				npend++;
				break;
			case TK_TEXT:
				if (t->paren && hdr_open)
					break;		/* a header annotation: 上一年项目数量(指2019年事项数) */
				if (hdr_open && header_tail(t->p, t->n))
					break;		/* a header's wrapped end: 上一年项目数 / 量 */
				hdr_open = false;
				npend = 0;
				used = read_extra(&rd, i, nhdr, false);
				if (used > 0)
					i += used;
				break;
		}
		if (ctx->status)
			return false;
	}
	*found = rd.nput > 0;
	*era = rd.era;
	/* the body: from the first to the last template row that stored cells
	 * (captions and headers before it, extra rows and text after it stay
	 * outside: they may be prose) */
	if (span != NULL && firstrow >= 0 && lastrow >= firstrow)
		*span = gdr_body_span(s, len, start, rd.t[firstrow].p,
							  rd.t[lastrow].p + (rd.t[lastrow].n ? rd.t[lastrow].n - 1 : 0));
	return ctx->status == 0;
}
