/*
 * colmajor.c -- table 三 read column by column.  pdftotext in its default
 * mode often gives a table's cells column after column: first every row's
 * label (wrapped over lines), then each applicant column's header words
 * followed by one number per row; a table that goes on over a page starts
 * again with the rest of the labels and columns of numbers, usually
 * without their headers.
 *
 *     一、本年新收政府信息公开申请数量
 *     二、上年结转政府信息公开申请数量
 *     (一)予以公开  …
 *     自然人
 *     57
 *     4
 *     …
 *     商业
 *     企业
 *     5 …
 *
 * Such a block is rewritten as one tab-separated line per row (label, then
 * the seven cells in the template's column order), which the table reader
 * knows.  Only when it is certain: K row labels in a row, then exactly
 * seven columns of exactly K numbers, every column named by its header
 * (or, headless, in the order of the block before it), and every row's
 * 总计 equal to the sum of its six applicant cells.  Anything else is left
 * as it is.  Table 四 in that mode gives each cell's header words and then
 * its number; gdr_colmajor4 rewrites it as a header and its 15 cells.
 */
#include <stdio.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define CM_MAXROWS	GDR_NAPPROWS
#define CM_LABEL	256			/* bytes of one row's label */

typedef struct cline
{
	const char *a;				/* the line, trimmed */
	const char *e;
	const char *next;			/* the next line's start */
} cline;

static bool
is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* the line at p: trimmed, and where the next one starts */
static void
get_line(const char *p, const char *end, cline *L)
{
	const char *e = memchr(p, '\n', (size_t) (end - p));

	L->next = e ? e + 1 : end;
	if (e == NULL)
		e = end;
	while (p < e && is_ws((unsigned char) *p))
		p++;
	while (e > p && is_ws((unsigned char) e[-1]))
		e--;
	L->a = p;
	L->e = e;
}

/* a line that is one number (1-9 digits, no leading zero but 0) */
static bool
number_line(const cline *L, int64_t *v)
{
	const char *p = L->a;
	int64_t		x = 0;

	if (L->e - L->a < 1 || L->e - L->a > 9 || (L->a[0] == '0' && L->e - L->a > 1))
		return false;
	for (; p < L->e; p++)
	{
		if (*p < '0' || *p > '9')
			return false;
		x = x * 10 + (*p - '0');
	}
	*v = x;
	return true;
}

/*
 * A line of exactly GDR_NAPPCOLS numbers (a table 三 row's values, its
 * label printed apart): the numbers in v
 */
static bool
row_line(const cline *L, int64_t *v)
{
	const char *p = L->a;
	int			n = 0;

	while (p < L->e)
	{
		int64_t		x = 0;
		int			d = 0;

		while (p < L->e && (*p == ' ' || *p == '\t'))
			p++;
		if (p == L->e)
			break;
		while (p < L->e && *p >= '0' && *p <= '9' && d < 10)
			x = x * 10 + (*p++ - '0'), d++;
		if (d == 0 || d > 9 || (p < L->e && *p != ' ' && *p != '\t') || n == GDR_NAPPCOLS)
			return false;
		v[n++] = x;
	}
	return n == GDR_NAPPCOLS;
}

/* a page footer or marker line: dashes around a page number */
static bool
footer_line(const cline *L)
{
	const char *p = L->a;
	int			dash = 0,
				digit = 0;

	while (p < L->e)
	{
		if (*p == '-' || *p == ' ')
			dash += *p == '-', p++;
		else if (L->e - p >= 3 && memcmp(p, "—", 3) == 0)
			dash++, p += 3;
		else if (*p >= '0' && *p <= '9')
			digit++, p++;
		else
			return false;
	}
	return dash > 0 && digit > 0 && digit <= 4;
}

/* a label that begins with a numbering: 2.  二、  (三) */
static bool
numbered(const char *b)
{
	static const char cn[] = "一二三四五六七八九十";
	int			i;

	if (b[0] >= '0' && b[0] <= '9')
	{
		while (*b >= '0' && *b <= '9')
			b++;
		return *b == '.' || strncmp(b, "、", 3) == 0;
	}
	if (b[0] == '(')
		b++;
	for (i = 0; cn[i]; i += 3)
		if (strncmp(b, cn + i, 3) == 0)
			return b[3] == ')' || strncmp(b + 3, "、", 3) == 0;
	return false;
}

/* the first line from p that is neither blank nor a page footer (in *L) */
static const char *
content_line(const char *p, const char *end, cline *L)
{
	while (p < end)
	{
		get_line(p, end, L);
		if (L->a != L->e && !footer_line(L))
			return p;
		p = L->next;
	}
	return end;
}

/* the label buffer without spaces */
static int
squeeze(const char *a, const char *e, char *buf, int at)
{
	for (; a < e && at < CM_LABEL - 1; a++)
		if (*a != ' ' && *a != '\t')
			buf[at++] = *a;
	buf[at] = '\0';
	return at;
}

/* the column a header's words name (GDR_C_*), or -1 */
static int
header_col(const char *h)
{
	if (strstr(h, "自然人"))
		return GDR_C_PERSON;
	if (strstr(h, "商业企业"))
		return GDR_C_BUSINESS;
	if (strstr(h, "科研机构"))
		return GDR_C_RESEARCH;
	if (strstr(h, "社会公益组织"))
		return GDR_C_NONPROFIT;
	if (strstr(h, "法律服务机构"))
		return GDR_C_LEGAL;
	if (strstr(h, "总计") || strstr(h, "合计"))
		return GDR_C_TOTAL;
	/* 其他 alone, not the spanning 法人或其他组织 */
	if (strstr(h, "其他") && !strstr(h, "法人或其他组织"))
		return GDR_C_OTHER;
	return -1;
}

/* a line that begins a column header (a header word, or its first part) */
static bool
header_start(const char *h)
{
	static const char *const words[] = {"申请人情况", "自然人", "法人或其他组织",
	"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "合计"};
	size_t		n = strlen(h);
	int			i;

	for (i = 0; i < (int) (sizeof(words) / sizeof(words[0])); i++)
		if (n >= 6 && strncmp(words[i], h, n) == 0)
			return true;
	return false;
}

typedef struct cblock
{
	int			nlabels;		/* labels, group headings included */
	int			nrows;			/* the rows that take values */
	char		label[CM_MAXROWS + 8][CM_LABEL];
	int			row[CM_MAXROWS + 8];	/* -2: a heading */
	int			ncols;
	int			col[GDR_NAPPCOLS];	/* the template column of each run */
	int64_t		v[GDR_NAPPCOLS][CM_MAXROWS];
	const char *end;			/* where the block ends */
} cblock;

/*
 * A block at p: labels, then columns.  prev_cols: the column order of the
 * block before (headless columns follow it), or NULL.
 */
static bool
read_block(const char *p, const char *end, const int *prev_cols, cblock *B)
{
	cline		L;
	int			n = -1,			/* the label being read */
				len = 0,
				i,
				c;
	char		hdr[CM_LABEL];
	int			hl = 0;
	int			nv = 0;			/* numbers in the current column */
	bool		group_six = false;
	int64_t		rowv[GDR_NAPPCOLS];

	memset(B, 0, sizeof(*B));
	/* the labels */
	while (p < end)
	{
		char		one[CM_LABEL];
		int			ol,
					r;
		int64_t		v;

		if ((p = content_line(p, end, &L)) >= end)
			break;
		if (number_line(&L, &v) || row_line(&L, rowv))
			break;
		ol = squeeze(L.a, L.e, one, 0);
		r = gdr_app_label_row(one, ol, group_six);
		/* a new label: numbered, or naming another row while the one
		 * before is complete (else a line of the label before: 收费通 /
		 * 知要求缴纳费用, and 逾期未按收费通 / 知要求缴纳费用 name one row) */
		if (n < 0 || numbered(one) || (r != -1 && B->row[n] != -1 && r != B->row[n]))
		{
			/* text before any label: no block (but a group's heading
			 * wrapped, (六)其 / 他处理, begins one) */
			if (r == -1 && n < 0 && !(one[0] == '(' && numbered(one)))
				break;
			if (n + 1 >= CM_MAXROWS + 8)
				return false;
			n++;
			len = squeeze(L.a, L.e, B->label[n], 0);
			B->row[n] = r;
			if (r == -2 && strstr(one, "其他处理"))
				group_six = true;
		}
		else if (header_start(one))
			break;				/* the first column's header */
		else
		{
			/* a label's next line */
			len = squeeze(L.a, L.e, B->label[n], len);
			r = gdr_app_label_row(B->label[n], len, group_six);
			if (r != -1)
				B->row[n] = r;
			/* (六)其 / 他处理: the group's heading, wrapped */
			if (r == -2 && strstr(B->label[n], "其他处理"))
				group_six = true;
		}
		p = L.next;
	}
	/* the rows that take values: group headings have none, but (六)其他处理
	 * with no numbered item after it is the 2019 row */
	for (i = 0, c = 0; i <= n; i++)
		if (B->row[i] >= GDR_R_OH_NO_CORRECTION && B->row[i] <= GDR_R_OH_OTHER)
			c++;
	for (i = 0, hl = c, c = 0; i <= n; i++)
	{
		/* 三、本年度办理结果: the outcome rows' heading */
		if (B->row[i] == -1 && strstr(B->label[i], "办理结果"))
			B->row[i] = -2;
		/* (六)其他处理 without numbered items (2019) is a row */
		if (B->row[i] == -2 && strstr(B->label[i], "其他处理") && hl == 0)
			B->row[i] = GDR_R_OH_OTHER;
		if (B->row[i] == -1)
			return false;
		c += B->row[i] >= 0;
	}
	hl = 0;
	B->nlabels = n + 1;
	B->nrows = c;
	if (B->nrows < 3 || B->nrows > CM_MAXROWS)
		return false;

	/*
	 * Or the rows' values after their labels, a line of seven per row in
	 * the template's column order (a PDF viewer's copy: each table's labels
	 * first, then its values line by line)
	 */
	if ((p = content_line(p, end, &L)) < end && row_line(&L, rowv))
	{
		for (i = 0; i < B->nrows; i++)
		{
			if ((p = content_line(p, end, &L)) >= end || !row_line(&L, rowv))
				return false;
			for (c = 0; c < GDR_NAPPCOLS; c++)
				B->v[c][i] = rowv[c];
			p = L.next;
		}
		/* exactly nrows: another row line would belong to no label */
		if ((p = content_line(p, end, &L)) < end && row_line(&L, rowv))
			return false;
		for (c = 0; c < GDR_NAPPCOLS; c++)
			B->col[c] = c;
		B->ncols = GDR_NAPPCOLS;
	}

	/* the columns: header words, then nrows numbers */
	hdr[0] = '\0';
	while (p < end && B->ncols < GDR_NAPPCOLS)
	{
		int64_t		v;

		if ((p = content_line(p, end, &L)) >= end)
			break;
		if (number_line(&L, &v))
		{
			if (nv == 0)
			{
				/* a column begins: its header, or the order before */
				int			hc = header_col(hdr);

				if (hc < 0 && hl == 0 && prev_cols)
					hc = prev_cols[B->ncols];
				if (hc < 0)
					return false;
				for (i = 0; i < B->ncols; i++)
					if (B->col[i] == hc)
						return false;
				B->col[B->ncols] = hc;
			}
			B->v[B->ncols][nv++] = v;
			if (nv == B->nrows)
			{
				B->ncols++;
				nv = 0;
				hl = 0;
				hdr[0] = '\0';
			}
			p = L.next;
			continue;
		}
		if (nv != 0)
			return false;		/* a column cut short */
		{
			char		one[CM_LABEL];
			int			ol = squeeze(L.a, L.e, one, 0);

			/* a row label: the next block (the columns of this one are done) */
			if (gdr_app_label_row(one, ol, group_six) != -1 || ol > 40)
				break;
			if (strstr(one, "法人或其他组织") || strstr(one, "申请人情况"))
			{
				p = L.next;		/* spanning headers */
				continue;
			}
			hl = squeeze(L.a, L.e, hdr, hl);
		}
		p = L.next;
	}
	if (B->ncols != GDR_NAPPCOLS)
		return false;
	B->end = p;
	/* every row's total is the sum of its applicant cells */
	{
		int			tc = -1;

		for (c = 0; c < GDR_NAPPCOLS; c++)
			if (B->col[c] == GDR_C_TOTAL)
				tc = c;
		for (i = 0; i < B->nrows; i++)
		{
			int64_t		sum = 0;

			for (c = 0; c < GDR_NAPPCOLS; c++)
				if (c != tc)
					sum += B->v[c][i];
			if (sum != B->v[tc][i])
				return false;
		}
	}
	return true;
}

/* the heading of the group that row order[j] opens, or NULL */
static const char *
group_heading(const cblock *B, const int *order, int j)
{
	static const struct
	{
		int			first,
					last;
		const char *heading;
	}			g[] = {
		{GDR_R_DENIED_STATE_SECRET, GDR_R_DENIED_QUERY, "(三)不予公开"},
		{GDR_R_UNABLE_NOT_HELD, GDR_R_UNABLE_UNCLEAR, "(四)无法提供"},
		{GDR_R_NP_PETITION, GDR_R_NP_CONFIRMATION, "(五)不予处理"},
		{GDR_R_OH_NO_CORRECTION, GDR_R_OH_FEE_UNPAID, "(六)其他处理"},
	};
	int			r = B->row[order[j]],
				prev = j > 0 ? B->row[order[j - 1]] : -1,
				i;

	for (i = 0; i < 4; i++)
		if (r >= g[i].first && r <= g[i].last && !(prev >= g[i].first && prev <= g[i].last))
			return g[i].heading;
	/* 3.其他 alone (items 1 and 2 on the page before) */
	if (r == GDR_R_OH_OTHER && !strstr(B->label[order[j]], "其他处理") &&
		!(prev >= GDR_R_OH_NO_CORRECTION && prev <= GDR_R_OH_FEE_UNPAID))
		return "(六)其他处理";
	return NULL;
}

/*
 * Table 四 in the same mode: each cell's header words on their lines, then
 * its number (结果 / 维持 / 2 / 结果 / 纠正 / 1 …), the three blocks after
 * 行政复议, 未经复议直接起诉 and 复议后起诉.  The 15 numbers at p (the
 * line 行政复议), when every cell is named in the template's order and each
 * block's 总计 is the sum of its four cells; *e: where they end.
 */
static bool
t4_pairs(const char *p, const char *end, int64_t *v, const char **e)
{
	static const char *const cell[] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
	cline		L;
	char		h[CM_LABEL];
	int			hl = 0,
				n = 0;

	h[0] = '\0';
	while (n < 15 && (p = content_line(p, end, &L)) < end)
	{
		int64_t		x;

		if (number_line(&L, &x))
		{
			/* the words since the last number end with this cell's header */
			size_t		cl = strlen(cell[n % 5]);

			if ((size_t) hl < cl || memcmp(h + hl - cl, cell[n % 5], cl) != 0)
				return false;
			/* a block's first cell: its name before the header */
			if (n % 5 == 0 &&
				!(n == 0 ? strstr(h, "行政复议") != NULL :
				  n == 5 ? strstr(h, "直接起诉") != NULL : strstr(h, "复议后起诉") != NULL))
				return false;
			v[n++] = x;
			hl = 0;
			h[0] = '\0';
		}
		else if (L.e - L.a > 30)
			return false;		/* prose */
		else
			hl = squeeze(L.a, L.e, h, hl);
		p = L.next;
	}
	if (n < 15)
		return false;
	for (n = 0; n < 15; n += 5)
		if (v[n] + v[n + 1] + v[n + 2] + v[n + 3] != v[n + 4])
			return false;
	*e = p;
	return true;
}

/* a table 二 cell line: a number, maybe signed or with decimals */
static bool
cell_line(const cline *L)
{
	const char *p = L->a;
	int			digits = 0;

	if (p < L->e && (*p == '+' || *p == '-'))
		p++;
	for (; p < L->e && ((*p >= '0' && *p <= '9') || *p == '.'); p++)
		digits += *p != '.';
	return p == L->e && digits > 0 && digits <= 12 && L->a[0] != '.';
}

/* the row labels of table 二 */
static bool
active_label(const char *b)
{
	static const char *const rows[] = {"规章", "行政规范性文件", "规范性文件", "行政许可",
		"其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"};
	int			i;

	for (i = 0; i < (int) (sizeof(rows) / sizeof(rows[0])); i++)
		if (strcmp(b, rows[i]) == 0)
			return true;
	return false;
}

/*
 * Table 二 in that mode: under each 第二十条 caption, 信息内容, the block's
 * row labels, then each column's header words and one cell per row.  Each
 * block is rewritten as a header line and one line per row (tab-separated)
 * when its rows and columns come out whole.
 */
bool
gdr_colmajor2(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	const char *end = s + len;
	const char *p = s,
			   *copied = s;

	*changed = false;
	while (p < end && (p = gdr_memmem(p, (size_t) (end - p), "\n信息内容\n", 14)) != NULL)
	{
		const char *q = p + 1,
				   *blk = p + 1;
		cline		L;
		char		lab[8][CM_LABEL],
					hdr[4][CM_LABEL];
		const char *cell[4][8];
		int			cl[4][8];
		int			nl = 0,
					nc = 0,
					nv = 0,
					hl = 0,
					i,
					c;

		p += 14;
		get_line(q, end, &L);
		q = L.next;				/* (信息内容) */
		/* the row labels */
		while ((q = content_line(q, end, &L)) < end && nl < 8)
		{
			char		one[CM_LABEL];

			squeeze(L.a, L.e, one, 0);
			if (!active_label(one))
				break;
			memcpy(lab[nl++], one, CM_LABEL);
			q = L.next;
		}
		if (nl == 0)
			continue;
		hdr[0][0] = '\0';
		/* the columns: header words, then nl cells */
		while (nc < 4 && (q = content_line(q, end, &L)) < end)
		{
			if (cell_line(&L))
			{
				if (nv == 0 && hl == 0)
					break;		/* a cell without a header */
				cell[nc][nv] = L.a;
				cl[nc][nv] = (int) (L.e - L.a);
				if (++nv == nl)
				{
					nc++;
					nv = hl = 0;
					if (nc < 4)
						hdr[nc][0] = '\0';
				}
			}
			else
			{
				char		one[CM_LABEL];

				squeeze(L.a, L.e, one, 0);
				if (nv != 0 || strstr(one, "第二十条") || active_label(one) ||
					strstr(one, "信息内容") || hl + (int) strlen(one) > 60)
					break;
				hl = squeeze(L.a, L.e, hdr[nc], hl);
			}
			q = L.next;
		}
		if (nc == 0 || nv != 0)
			continue;
		/* the block as rows */
		if (!gdr_buf_reserve(ctx, out, (size_t) (q - copied) + 1024) ||
			!gdr_buf_append(ctx, out, copied, (size_t) (blk - copied)) ||
			!gdr_buf_append(ctx, out, "信息内容", strlen("信息内容")))
			return false;
		for (c = 0; c < nc; c++)
			if (!gdr_buf_append(ctx, out, "\t", 1) ||
				!gdr_buf_append(ctx, out, hdr[c], strlen(hdr[c])))
				return false;
		if (!gdr_buf_append(ctx, out, "\n", 1))
			return false;
		for (i = 0; i < nl; i++)
		{
			if (!gdr_buf_append(ctx, out, lab[i], strlen(lab[i])))
				return false;
			for (c = 0; c < nc; c++)
				if (!gdr_buf_append(ctx, out, "\t", 1) ||
					!gdr_buf_append(ctx, out, cell[c][i], (size_t) cl[c][i]))
					return false;
			if (!gdr_buf_append(ctx, out, "\n", 1))
				return false;
		}
		copied = p = q;
		*changed = true;
	}
	if (*changed && !gdr_buf_append(ctx, out, copied, (size_t) (end - copied)))
		return false;
	return ctx->status == 0;
}

/* table 四 rewritten in the layout the reader knows (a header, 15 cells) */
bool
gdr_colmajor4(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	static const char head[] =
		"行政复议\t行政诉讼\n"
		"结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
		"结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
	const char *end = s + len;
	const char *p,
			   *e;
	int64_t		v[15];
	int			i;

	*changed = false;
	/* the heading, then 行政复议 alone on a line */
	p = gdr_memmem(s, len, "行政诉讼情况", strlen("行政诉讼情况"));
	if (p == NULL || (p = gdr_memmem(p, (size_t) (end - p), "\n行政复议\n", 14)) == NULL)
		return true;
	p++;
	if (!t4_pairs(p, end, v, &e))
		return true;
	if (!gdr_buf_reserve(ctx, out, len + sizeof(head) + 15 * 24) ||
		!gdr_buf_append(ctx, out, s, (size_t) (p - s)) ||
		!gdr_buf_append(ctx, out, head, sizeof(head) - 1))
		return false;
	for (i = 0; i < 15; i++)
	{
		char		num[24];
		int			d = (int) sizeof(num);
		int64_t		x = v[i];

		do
		{
			num[--d] = (char) ('0' + x % 10);
			x /= 10;
		} while (x > 0);
		if (i > 0)
			num[--d] = '\t';
		if (!gdr_buf_append(ctx, out, num + d, sizeof(num) - (size_t) d))
			return false;
	}
	if (!gdr_buf_append(ctx, out, "\n", 1) ||
		!gdr_buf_append(ctx, out, e, (size_t) (end - e)))
		return false;
	*changed = true;
	return true;
}

bool
gdr_colmajor(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	static const char sig[] = "一、本年新收政府信息公开申请数量\n二、";
	static const char sig_wrapped[] = "一、本年新收政府信息公开申请数\n量\n二、";
	const char *end = s + len;
	const char *p,
			   *copied;
	cblock	   *B;
	int			prev[GDR_NAPPCOLS];
	bool		have_prev = false;
	int			blocks = 0;

	*changed = false;
	/* the labels of rows 一 and 二 on lines of their own, one after the
	 * other (row 一's wrapped: 数 / 量) */
	if (s == NULL || len < sizeof(sig) ||
		((p = gdr_memmem(s, len, sig, sizeof(sig) - 1)) == NULL &&
		 (p = gdr_memmem(s, len, sig_wrapped, sizeof(sig_wrapped) - 1)) == NULL))
		return ctx->status == 0;
	B = gdr_alloc(ctx, sizeof(cblock));
	if (B == NULL || !gdr_buf_reserve(ctx, out, len + 1024))
		return false;
	/* back to the line's start */
	while (p > s && p[-1] != '\n')
		p--;
	copied = s;
	while (p < end && blocks < 4)
	{
		int			i,
					j,
					c,
					k,
					col,
					order[CM_MAXROWS + 8];

		if (gdr_work(ctx, 4096))
			return false;
		if (!read_block(p, end, have_prev ? prev : NULL, B))
			break;
		/*
		 * The rows top to bottom are the template's order (pdftotext may
		 * give a page's label columns one after the other: 四、… before
		 * (四)…); the numbers of each column come in that order.  Each
		 * row's label is written with its values, a group's heading before
		 * its first item.
		 */
		for (i = 0, k = 0; i < B->nlabels; i++)
			if (B->row[i] >= 0)
				order[k++] = i;
		for (i = 1; i < k; i++)
			for (c = i; c > 0 && B->row[order[c - 1]] > B->row[order[c]]; c--)
			{
				int			t = order[c];

				order[c] = order[c - 1];
				order[c - 1] = t;
			}
		for (i = 1; i < k; i++)
			if (B->row[order[i]] == B->row[order[i - 1]])
				break;
		if (i < k)
			break;				/* a row twice: not certain */
		/* the text before the block, then the block as rows */
		if (!gdr_buf_append(ctx, out, copied, (size_t) (p - copied)))
			return false;
		for (j = 0; j < k; j++)
		{
			const char *g = group_heading(B, order, j);

			if (g && (!gdr_buf_append(ctx, out, g, strlen(g)) ||
					  !gdr_buf_append(ctx, out, "\n", 1)))
				return false;
			i = order[j];
			if (!gdr_buf_append(ctx, out, B->label[i], strlen(B->label[i])))
				return false;
			for (col = 0; col < GDR_NAPPCOLS; col++)
				for (c = 0; c < GDR_NAPPCOLS; c++)
					if (B->col[c] == col)
					{
						char		num[24];
						int			d = (int) sizeof(num);
						int64_t		v = B->v[c][j];

						do
						{
							num[--d] = (char) ('0' + v % 10);
							v /= 10;
						} while (v > 0);
						num[--d] = '\t';
						if (!gdr_buf_append(ctx, out, num + d, sizeof(num) - (size_t) d))
							return false;
					}
			if (!gdr_buf_append(ctx, out, "\n", 1))
				return false;
		}
		memcpy(prev, B->col, sizeof(prev));
		have_prev = true;
		blocks++;
		copied = p = B->end;
		/* the next block (a page later) begins at its first label */
		while (p < end)
		{
			cline		L;
			char		one[CM_LABEL];
			int			ol;
			int64_t		v;

			get_line(p, end, &L);
			ol = squeeze(L.a, L.e, one, 0);
			if (L.a != L.e && !footer_line(&L) && !number_line(&L, &v) &&
				(gdr_app_label_row(one, ol, true) != -1 || (one[0] == '(' && numbered(one))))
				break;
			if (L.a != L.e && !footer_line(&L) && ol > 0 &&
				(ol > 60 || header_col(one) >= 0))
			{
				p = end;		/* prose or a header: no next block */
				break;
			}
			p = L.next;
			if (p - B->end > 2048)
			{
				p = end;
				break;
			}
		}
	}
	if (blocks == 0)
		return ctx->status == 0;
	if (!gdr_buf_append(ctx, out, copied, (size_t) (end - copied)))
		return false;
	*changed = true;
	return ctx->status == 0;
}

/*
 * Table 三 printed over two pages by columns: an Excel sheet too wide for
 * its page and printed without repeated title columns gives a first page
 * with every row's label and its first m cells, and a second page with
 * only the other 7 - m cells of each row, as lines of numbers alone, in
 * the rows' order (pdftotext -layout):
 *
 *     一、本年新收政府信息公开申请数量     87      7      2       2
 *     …
 *     四、结转下年度继续办理               5      1      0       0
 *                      第 1 页
 *          法律服务          总计
 *                    其他
 *            2       3      103
 *            …
 *
 * Each row's line gets its other cells, and the second page's lines go.
 * Only when it is certain: the lines of numbers follow the last row
 * (四、结转下年度继续办理) with nothing but blank lines, page markers and
 * header words between; the M lines of values that end at that row begin
 * with row 一 (本年新收); every line on either page has the same count of
 * numbers; and in every row the last cell, 总计, is the sum of the six
 * before it.  Anything else is left as it is.
 */
#define CP_MAXROWS 32

/*
 * The numbers that end the line L (blank-separated runs of 1-9 digits):
 * how many (at most max, in v, left to right) and in *at where they begin;
 * -1 when more than max.
 */
static int
trailing_numbers(const cline *L, int64_t *v, int max, const char **at)
{
	const char *e = L->e;
	int			n = 0,
				i;

	*at = e;
	while (e > L->a)
	{
		const char *b = e;
		int64_t		x = 0,
					m = 1;

		while (b > L->a && b[-1] >= '0' && b[-1] <= '9')
			b--;
		if (b == e || e - b > 9 || (b > L->a && !is_ws((unsigned char) b[-1])))
			break;
		if (n == max)
			return -1;
		for (i = (int) (e - b) - 1; i >= 0; i--, m *= 10)
			x += (b[i] - '0') * m;
		v[n++] = x;
		*at = b;
		e = b;
		while (e > L->a && is_ws((unsigned char) e[-1]))
			e--;
	}
	/* right to left -> left to right */
	for (i = 0; i < n / 2; i++)
	{
		int64_t		t = v[i];

		v[i] = v[n - 1 - i];
		v[n - 1 - i] = t;
	}
	return n;
}

/* a line without a digit (header words), or a page marker (第 1 页, — 2 —) */
static bool
page_gap_line(const cline *L)
{
	const char *p;

	if (footer_line(L))
		return true;
	if (L->e - L->a >= 6 && memcmp(L->a, "第", 3) == 0 && memcmp(L->e - 3, "页", 3) == 0)
		return true;
	for (p = L->a; p < L->e; p++)
		if (*p >= '0' && *p <= '9')
			return false;
	return true;
}

bool
gdr_colpages(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, bool *changed)
{
	static const char last[] = "结转下年度继续办理";
	const char *end = s + len;
	const char *p,
			   *q,
			   *cut_from,
			   *cut_to;
	const char *row_end[CP_MAXROWS];	/* where each row's values end */
	int64_t		v[CP_MAXROWS][GDR_NAPPCOLS];
	int64_t		t[GDR_NAPPCOLS];
	cline		L;
	int			m,
				k,
				nrows = 0,
				ncont = 0,
				gap = 0,
				i,
				j;
	const char *at;

	*changed = false;
	if (s == NULL)
		return ctx->status == 0;
	/* the last row's line: its label, then 1 to 6 numbers */
	for (q = s;; q = L.next)
	{
		if ((p = gdr_memmem(q, (size_t) (end - q), last, sizeof(last) - 1)) == NULL)
			return ctx->status == 0;
		while (p > s && p[-1] != '\n')
			p--;
		get_line(p, end, &L);
		m = trailing_numbers(&L, t, GDR_NAPPCOLS - 1, &at);
		if (m >= 1 && at != L.a)
			break;
	}
	k = GDR_NAPPCOLS - m;
	cut_from = L.next;

	/* the second page: header words and markers, then lines of k numbers */
	q = L.next;
	cut_to = NULL;
	while (q < end)
	{
		int			n;

		get_line(q, end, &L);
		if (L.a == L.e)
		{
			q = L.next;
			continue;
		}
		n = trailing_numbers(&L, t, GDR_NAPPCOLS, &at);
		if (n == k && at == L.a)
		{
			if (ncont == CP_MAXROWS)
				return ctx->status == 0;
			for (j = 0; j < k; j++)
				v[ncont][m + j] = t[j];
			ncont++;
			cut_to = L.next;
		}
		else if (ncont == 0 && page_gap_line(&L) && ++gap <= 12)
			;
		else
			break;
		q = L.next;
	}
	if (ncont < 20)
		return ctx->status == 0;

	/* the first page: the ncont lines of m values that end at the last row */
	q = cut_from;
	while (nrows < ncont && q > s)
	{
		const char *b = q - 1;	/* the '\n' that ends the line before q */

		while (b > s && b[-1] != '\n')
			b--;
		get_line(b, q, &L);
		q = b;
		if (L.a == L.e)
			continue;
		j = trailing_numbers(&L, t, GDR_NAPPCOLS, &at);
		if (j == 0)
			continue;			/* a label's wrapped part */
		if (j != m)
			return ctx->status == 0;
		/* rows counted from the last: stored top to bottom below */
		row_end[nrows] = L.e;
		for (j = 0; j < m; j++)
			v[ncont - 1 - nrows][j] = t[j];
		nrows++;
		if (nrows == ncont && gdr_memmem(L.a, (size_t) (L.e - L.a), "新收", 6) == NULL)
			return ctx->status == 0;
	}
	if (nrows != ncont)
		return ctx->status == 0;
	/* every row's 总计 is the sum of its applicant cells */
	for (i = 0; i < ncont; i++)
	{
		int64_t		sum = 0;

		for (j = 0; j < GDR_NAPPCOLS - 1; j++)
			sum += v[i][j];
		if (sum != v[i][GDR_NAPPCOLS - 1])
			return ctx->status == 0;
	}
	if (gdr_work(ctx, (size_t) (cut_to - s)) ||
		!gdr_buf_reserve(ctx, out, len + (size_t) ncont * k * 12))
		return false;

	/* the rows, each with its other cells; the second page dropped */
	q = s;
	for (i = 0; i < ncont; i++)
	{
		const char *e = row_end[ncont - 1 - i];

		if (!gdr_buf_append(ctx, out, q, (size_t) (e - q)))
			return false;
		for (j = m; j < GDR_NAPPCOLS; j++)
		{
			char		num[24];
			int			nd = snprintf(num, sizeof(num), "  %lld", (long long) v[i][j]);

			if (!gdr_buf_append(ctx, out, num, (size_t) nd))
				return false;
		}
		q = e;
	}
	if (!gdr_buf_append(ctx, out, q, (size_t) (cut_from - q)) ||
		!gdr_buf_append(ctx, out, cut_to, (size_t) (end - cut_to)))
		return false;
	*changed = true;
	return ctx->status == 0;
}
