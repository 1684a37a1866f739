/*
 * attach.c -- a report that is the attachment of another document: a
 * higher body's 通报 (or 通知, 函) that reviews several bodies' reports and
 * prints one of them in full after its own signature:
 *
 *   河兴市人民政府办公室关于2017年度政府信息公开工作年度报告编制发布情况的通报
 *   … 全市共收到申请169件 … (every county's figures, a table of them) …
 *   河兴市人民政府办公室
 *   2018年4月20日
 *   附件
 *   柳泉县人民政府2017年政府信息公开工作年度报告
 *   … the county's report …
 *
 * The figures before the attachment are the cover document's, not the
 * report's; the report is read from its title on.  Three things together
 * say so: a line that is the cover document's title (关于 … 的通报 / 的通知 /
 * 的函 / 的请示, among the first lines), a line that is 附件 alone (附件1,
 * 附件：) followed within three lines by a title line naming a report
 * (年度报告, 工作报告), and the attachment being a good part of the text.
 * A report's own list of attachments (附件：某县2021年…年度报告.pdf on one
 * line) is not the start of anything.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define COVER_LINES	30			/* lines that may hold the cover's title */
#define TITLE_MAX	240			/* bytes of a title line */

/* [a, b) without blanks around it */
static void
trim(const char **a, const char **b)
{
	while (*a < *b && (**a == ' ' || **a == '\t' || **a == '\r'))
		(*a)++;
	while (*b > *a && ((*b)[-1] == ' ' || (*b)[-1] == '\t' || (*b)[-1] == '\r'))
		(*b)--;
}

/* 关于 … 的通报: the title of a cover document */
static bool
cover_title(const char *a, const char *b)
{
	trim(&a, &b);
	if (b - a > TITLE_MAX || gdr_find_lit(a, (size_t) (b - a), "关于") == NULL)
		return false;
	return gdr_ends_lit(a, b, "的通报") || gdr_ends_lit(a, b, "的通知") ||
		gdr_ends_lit(a, b, "的函") || gdr_ends_lit(a, b, "的请示");
}

/* 附件 / 附件1 / 附件: / 附件一 alone on its line */
static bool
attachment_mark(const char *a, const char *b)
{
	trim(&a, &b);
	if ((size_t) (b - a) < 6 || memcmp(a, "附件", 6) != 0)
		return false;
	a += 6;
	while (a < b && ((*a >= '0' && *a <= '9') || *a == ':' || *a == ' '))
		a++;
	if (a < b && (b - a == 3) &&
		(memcmp(a, "一", 3) == 0 || memcmp(a, "二", 3) == 0 || memcmp(a, "三", 3) == 0))
		a = b;
	return a == b;
}

/* a report's title: a year (年), then 年度报告 or 工作报告, and nothing after */
static bool
report_title(const char *a, const char *b)
{
	const char *y;

	trim(&a, &b);
	if (b - a > TITLE_MAX || b - a < 24)
		return false;
	if (!(gdr_ends_lit(a, b, "年度报告") || gdr_ends_lit(a, b, "工作报告")))
		return false;
	if (gdr_find_lit(a, (size_t) (b - a), "政府信息公开") == NULL &&
		gdr_find_lit(a, (size_t) (b - a), "政务公开") == NULL)
		return false;
	y = gdr_find_lit(a, (size_t) (b - a), "年");
	return y != NULL && y - a >= 4 && y[-1] >= '0' && y[-1] <= '9';
}

static bool
nonblank_line(const char *a, const char *b)
{
	trim(&a, &b);
	return a < b;
}

size_t
gdr_attached_report(const char *s, size_t len)
{
	const char *e = s + len,
			   *p = s;
	int			line = 0;
	bool		cover = false;

	/* cheap first: no 附件, nothing to do */
	if (gdr_find_lit(s, len, "附件") == NULL)
		return 0;
	while (p < e)
	{
		const char *nl;
		const char *le;

		/* no cover's title in its first lines: the text is no cover */
		if (!cover && line >= COVER_LINES)
			return 0;
		nl = memchr(p, '\n', (size_t) (e - p));
		le = nl ? nl : e;
		if (line < COVER_LINES && !cover && le - p <= TITLE_MAX && cover_title(p, le))
			cover = true;
		if (line < COVER_LINES && le > p && report_title(p, le) && !cover)
			return 0;			/* the text starts as a report itself */
		if (cover && attachment_mark(p, le))
		{
			/* the title within the next three lines that hold anything */
			const char *q = nl ? nl + 1 : e;
			int			k = 0;

			while (q < e && k < 3)
			{
				const char *nl2 = memchr(q, '\n', (size_t) (e - q));
				const char *le2 = nl2 ? nl2 : e;
				const char *a = q,
						   *b = le2;

				trim(&a, &b);
				if (a < b)
				{
					if (report_title(a, b))
					{
						/* the attachment is a good part of the text */
						if ((size_t) (e - q) * 4 >= len)
							return (size_t) (q - s);
						return 0;
					}
					k++;
				}
				q = nl2 ? nl2 + 1 : e;
			}
		}
		if (nonblank_line(p, le))
			line++;
		p = nl ? nl + 1 : e;
	}
	return 0;
}
