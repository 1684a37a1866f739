/*
 * catalog.c -- the one table of every figure gdr knows: its jsonb path, its
 * official Chinese label and its kind.  The order is the slot index order
 * declared in gdr_core.h (checked at compile time below).
 */
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"

#define COLS(X, rp, rl) \
	X(rp ".person", rl " · 自然人") \
	X(rp ".business", rl " · 法人或其他组织 · 商业企业") \
	X(rp ".research", rl " · 法人或其他组织 · 科研机构") \
	X(rp ".nonprofit", rl " · 法人或其他组织 · 社会公益组织") \
	X(rp ".legal", rl " · 法人或其他组织 · 法律服务机构") \
	X(rp ".other", rl " · 法人或其他组织 · 其他") \
	X(rp ".total", rl " · 总计")

#define APP(p, l)	{"applications." p, l, GDR_COUNT},
#define ROW(rp, rl) COLS(APP, rp, rl)

#define APPEAL(kp, kl) \
	{"appeals." kp ".upheld", kl " · 结果维持", GDR_COUNT}, \
	{"appeals." kp ".corrected", kl " · 结果纠正", GDR_COUNT}, \
	{"appeals." kp ".other", kl " · 其他结果", GDR_COUNT}, \
	{"appeals." kp ".pending", kl " · 尚未审结", GDR_COUNT}, \
	{"appeals." kp ".total", kl " · 总计", GDR_COUNT},

#define T20_1 "第二十条第（一）项 · "
#define T20_5 "第二十条第（五）项 · "
#define T20_6 "第二十条第（六）项 · "
#define T20_8 "第二十条第（八）项 · "
#define T20_9 "第二十条第（九）项 · "

#define ITEMS(kp, kl) \
	{"active." kp ".items_last_year", kl " · 上一年项目数量", GDR_COUNT}, \
	{"active." kp ".items_change", kl " · 本年增/减", GDR_SIGNED}, \
	{"active." kp ".decisions", kl " · 处理决定数量", GDR_COUNT},

const gdr_slot_def gdr_slots[GDR_NSLOTS] = {
	ROW("new", "一、本年新收政府信息公开申请数量")
	ROW("carried_over", "二、上年结转政府信息公开申请数量")
	ROW("granted", "三、本年度办理结果 · （一）予以公开")
	ROW("partial", "三、本年度办理结果 · （二）部分公开（区分处理的，只计这一情形，不计其他情形）")
	ROW("denied.state_secret", "三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密")
	ROW("denied.prohibited", "三、本年度办理结果 · （三）不予公开 · 2.其他法律行政法规禁止公开")
	ROW("denied.security", "三、本年度办理结果 · （三）不予公开 · 3.危及“三安全一稳定”")
	ROW("denied.third_party", "三、本年度办理结果 · （三）不予公开 · 4.保护第三方合法权益")
	ROW("denied.internal", "三、本年度办理结果 · （三）不予公开 · 5.属于三类内部事务信息")
	ROW("denied.process", "三、本年度办理结果 · （三）不予公开 · 6.属于四类过程性信息")
	ROW("denied.enforcement", "三、本年度办理结果 · （三）不予公开 · 7.属于行政执法案卷")
	ROW("denied.query", "三、本年度办理结果 · （三）不予公开 · 8.属于行政查询事项")
	ROW("unable.not_held", "三、本年度办理结果 · （四）无法提供 · 1.本机关不掌握相关政府信息")
	ROW("unable.needs_creation", "三、本年度办理结果 · （四）无法提供 · 2.没有现成信息需要另行制作")
	ROW("unable.unclear", "三、本年度办理结果 · （四）无法提供 · 3.补正后申请内容仍不明确")
	ROW("not_processed.petition", "三、本年度办理结果 · （五）不予处理 · 1.信访举报投诉类申请")
	ROW("not_processed.repeated", "三、本年度办理结果 · （五）不予处理 · 2.重复申请")
	ROW("not_processed.publication", "三、本年度办理结果 · （五）不予处理 · 3.要求提供公开出版物")
	ROW("not_processed.excessive", "三、本年度办理结果 · （五）不予处理 · 4.无正当理由大量反复申请")
	ROW("not_processed.confirmation", "三、本年度办理结果 · （五）不予处理 · 5.要求行政机关确认或重新出具已获取信息")
	ROW("other_handling.no_correction", "三、本年度办理结果 · （六）其他处理 · 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")
	ROW("other_handling.fee_unpaid", "三、本年度办理结果 · （六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")
	ROW("other_handling.other", "三、本年度办理结果 · （六）其他处理 · 3.其他（2019年格式：（六）其他处理）")
	ROW("processed", "三、本年度办理结果 · （七）总计")
	ROW("carried_forward", "四、结转下年度继续办理")

	ROW("printed_subtotals.denied", "（三）不予公开 · 报告自行列出的小计")
	ROW("printed_subtotals.unable", "（四）无法提供 · 报告自行列出的小计")
	ROW("printed_subtotals.not_processed", "（五）不予处理 · 报告自行列出的小计")
	ROW("printed_subtotals.other_handling", "（六）其他处理 · 报告自行列出的小计")

	APPEAL("review", "行政复议")
	APPEAL("suit_direct", "行政诉讼 · 未经复议直接起诉")
	APPEAL("suit_after_review", "行政诉讼 · 复议后起诉")
	APPEAL("suit", "行政诉讼（2019年以前，不分是否经复议）")

	{"active.regulations.issued", T20_1 "规章 · 本年制发件数", GDR_COUNT},
	{"active.regulations.repealed", T20_1 "规章 · 本年废止件数", GDR_COUNT},
	{"active.regulations.in_force", T20_1 "规章 · 现行有效件数", GDR_COUNT},
	{"active.normative_documents.issued", T20_1 "行政规范性文件 · 本年制发件数", GDR_COUNT},
	{"active.normative_documents.repealed", T20_1 "行政规范性文件 · 本年废止件数", GDR_COUNT},
	{"active.normative_documents.in_force", T20_1 "行政规范性文件 · 现行有效件数", GDR_COUNT},
	{"active.regulations.made", T20_1 "规章 · 本年新制作数量", GDR_COUNT},
	{"active.regulations.published", T20_1 "规章 · 本年新公开数量", GDR_COUNT},
	{"active.regulations.public_total", T20_1 "规章 · 对外公开总数量", GDR_COUNT},
	{"active.normative_documents.made", T20_1 "规范性文件 · 本年新制作数量", GDR_COUNT},
	{"active.normative_documents.published", T20_1 "规范性文件 · 本年新公开数量", GDR_COUNT},
	{"active.normative_documents.public_total", T20_1 "规范性文件 · 对外公开总数量", GDR_COUNT},
	ITEMS("licensing", T20_5 "行政许可")
	ITEMS("other_services", T20_5 "其他对外管理服务事项")
	ITEMS("penalty", T20_6 "行政处罚")
	ITEMS("coercion", T20_6 "行政强制")
	{"active.fees.amount", T20_8 "行政事业性收费 · 本年收费金额（单位：万元）", GDR_MONEY},
	{"active.fees.items_last_year", T20_8 "行政事业性收费 · 上一年项目数量", GDR_COUNT},
	{"active.fees.items_change", T20_8 "行政事业性收费 · 本年增/减", GDR_SIGNED},
	{"active.procurement.items", T20_9 "政府集中采购 · 采购项目数量", GDR_COUNT},
	{"active.procurement.amount", T20_9 "政府集中采购 · 采购总金额", GDR_MONEY},
	{"active.procurement.amount_unit", T20_9 "政府集中采购 · 采购总金额的单位", GDR_UNIT},
	{"active.total", "主动公开政府信息数（2019年以前的统计表）", GDR_COUNT},

	{"legacy.denied", "不予公开（否决公开、不同意公开）答复数", GDR_COUNT},
	{"legacy.not_exist", "申请信息不存在数", GDR_COUNT},
	{"legacy.not_ours", "不属于本行政机关公开（非本机关掌握）数", GDR_COUNT},
	{"legacy.unclear", "申请内容不明确数", GDR_COUNT},
	{"legacy.already_public", "属于已主动公开范围数", GDR_COUNT},
	{"legacy.other_replies", "其他类型答复数", GDR_COUNT},
	{"legacy.complaints", "申诉、举报投诉数", GDR_COUNT},
	{"legacy.fees_yuan", "政府信息公开收费（及减免）金额（元）", GDR_MONEY},
	{"legacy.requests_in_person", "当面申请数", GDR_COUNT},
	{"legacy.requests_online", "网上（网络、电子邮件）申请数", GDR_COUNT},
	{"legacy.requests_mail", "信函、传真申请数", GDR_COUNT},
	{"legacy.active_website", "主动公开 · 其中：政府网站公开数", GDR_COUNT},
	{"legacy.active_gazette", "主动公开 · 其中：政府公报公开数", GDR_COUNT},
	{"legacy.cumulative.active_total", "历年累计 · 主动公开政府信息数", GDR_COUNT},
	{"legacy.cumulative.applications", "历年累计 · 受理（收到）申请数", GDR_COUNT},
	{"legacy.cumulative.replies", "历年累计 · 对申请的答复总数", GDR_COUNT},
	{"legacy.cumulative.granted", "历年累计 · 同意公开答复数", GDR_COUNT},
	{"legacy.cumulative.partial", "历年累计 · 同意部分公开答复数", GDR_COUNT},
	{"legacy.cumulative.denied", "历年累计 · 不予公开答复数", GDR_COUNT},
	{"legacy.cumulative.reviews", "历年累计 · 行政复议数", GDR_COUNT},
	{"legacy.cumulative.lawsuits", "历年累计 · 行政诉讼数", GDR_COUNT},
	{"legacy.cumulative.not_exist", "历年累计 · 申请信息不存在数", GDR_COUNT},
	{"legacy.cumulative.not_ours", "历年累计 · 不属于本行政机关公开数", GDR_COUNT},
	{"legacy.cumulative.unclear", "历年累计 · 申请内容不明确数", GDR_COUNT},
	{"legacy.cumulative.complaints", "历年累计 · 申诉、举报投诉数", GDR_COUNT},
	{"legacy.cumulative.fees_yuan", "历年累计 · 政府信息公开收费（及减免）金额（元）", GDR_MONEY},

	{"narrative.active_total", "正文 · 主动公开政府信息（条）", GDR_COUNT},
	{"narrative.applications_received", "正文 · 收到（受理）政府信息公开申请（件）", GDR_COUNT},
	{"narrative.applications_completed", "正文 · 办结（答复）申请（件）", GDR_COUNT},
	{"narrative.applications_carried_forward", "正文 · 结转下年度办理（件）", GDR_COUNT},
	{"narrative.reviews", "正文 · 行政复议（件）", GDR_COUNT},
	{"narrative.lawsuits", "正文 · 行政诉讼（件）", GDR_COUNT},
	{"narrative.new_media_posts", "正文 · 政务新媒体发布信息（条）", GDR_COUNT},
	{"narrative.press_conferences", "正文 · 新闻发布会（场、次）", GDR_COUNT},
	{"narrative.interpretations", "正文 · 政策解读（篇、条）", GDR_COUNT},
	{"narrative.npc_suggestions", "正文 · 人大代表建议（件）", GDR_COUNT},
	{"narrative.cppcc_proposals", "正文 · 政协提案（件）", GDR_COUNT},
	{"narrative.fees_collected", "正文 · 收取信息处理费（元）", GDR_MONEY},
};

/* the designated order above must match the enum in gdr_core.h */
_Static_assert(sizeof(gdr_slots) / sizeof(gdr_slots[0]) == GDR_NSLOTS,
			   "slot catalogue and enum disagree");

/*
 * Lookup tables built once per process (single-threaded use, like the ICU
 * tables): slot indexes sorted by path for a binary search, and for each
 * slot the first slot of its row (the slots sharing its parent path).
 */
static int	by_path[GDR_NSLOTS];
static int	parent_of[GDR_NSLOTS];
static bool tables_ready = false;

static int
cmp_path(const void *a, const void *b)
{
	return strcmp(gdr_slots[*(const int *) a].path, gdr_slots[*(const int *) b].path);
}

/* length of each slot's parent path (up to its last '.'; 0 if none) */
static size_t parent_len[GDR_NSLOTS];

/* by parent path, then by slot index */
static int
cmp_parent(const void *a, const void *b)
{
	int			i = *(const int *) a,
				j = *(const int *) b;
	size_t		li = parent_len[i],
				lj = parent_len[j];
	int			c = memcmp(gdr_slots[i].path, gdr_slots[j].path, li < lj ? li : lj);

	if (c == 0 && li != lj)
		c = li < lj ? -1 : 1;
	return c != 0 ? c : i - j;
}

/*
 * Sorting by parent path puts each row's slots together, lowest index
 * first: n log n string compares instead of comparing every pair.
 */
/* the slots in row order (by_parent below), and where each row's run
 * starts in it and how long it is (for a row's first slot) */
static int	row_cells[GDR_NSLOTS];
static int	row_start[GDR_NSLOTS];
static int	row_len[GDR_NSLOTS];

static void
build_tables(void)
{
	int		   *by_parent = row_cells;
	int			i;

	for (i = 0; i < GDR_NSLOTS; i++)
	{
		const char *dot = strrchr(gdr_slots[i].path, '.');

		parent_len[i] = dot ? (size_t) (dot - gdr_slots[i].path) : 0;
		by_path[i] = i;
		by_parent[i] = i;
	}
	qsort(by_parent, GDR_NSLOTS, sizeof(int), cmp_parent);
	for (i = 0; i < GDR_NSLOTS; i++)
	{
		int			s = by_parent[i],
					prev = i > 0 ? by_parent[i - 1] : -1;

		if (prev >= 0 && parent_len[prev] == parent_len[s] &&
			memcmp(gdr_slots[prev].path, gdr_slots[s].path, parent_len[s]) == 0)
			parent_of[s] = parent_of[prev];
		else
		{
			parent_of[s] = s;
			row_start[s] = i;
		}
		row_len[parent_of[s]]++;
	}
	qsort(by_path, GDR_NSLOTS, sizeof(int), cmp_path);
	tables_ready = true;
}

/* first position in by_path whose path is >= path[0..len) */
static int
lower_bound(const char *path, size_t len)
{
	int			lo = 0,
				hi = GDR_NSLOTS;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;
		const char *p = gdr_slots[by_path[mid]].path;
		int			c = strncmp(p, path, len);

		if (c == 0 && p[len] != '\0')
			c = 1;				/* p is longer, so p > path */
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
gdr_slot_classify(const char *path, size_t len, int *slot)
{
	int			i;

	if (!tables_ready)
		build_tables();
	for (i = lower_bound(path, len); i < GDR_NSLOTS; i++)
	{
		const char *p = gdr_slots[by_path[i]].path;

		if (strncmp(p, path, len) != 0)
			return 0;
		if (p[len] == '\0')
		{
			*slot = by_path[i];
			return 1;
		}
		if (p[len] == '.')
			return 2;
	}
	return 0;
}

int
gdr_slot_row_cells(int row, const int **cells)
{
	if (!tables_ready)
		build_tables();
	if (row < 0 || row >= GDR_NSLOTS || parent_of[row] != row)
	{
		*cells = row_cells;
		return 0;
	}
	*cells = row_cells + row_start[row];
	return row_len[row];
}

int
gdr_slot_under(const char *path, size_t len, const int **slots)
{
	int			lo,
				hi;

	if (!tables_ready)
		build_tables();
	lo = lower_bound(path, len);
	/* the prefix itself sorts first, then every "prefix." path, together
	 * ('.' sorts before any character a path goes on with) */
	if (lo < GDR_NSLOTS && strncmp(gdr_slots[by_path[lo]].path, path, len) == 0 &&
		gdr_slots[by_path[lo]].path[len] == '\0')
		lo++;
	for (hi = lo; hi < GDR_NSLOTS; hi++)
	{
		const char *p = gdr_slots[by_path[hi]].path;

		if (strncmp(p, path, len) != 0 || p[len] != '.')
			break;
	}
	*slots = by_path + lo;
	return hi - lo;
}

int
gdr_slot_find(const char *path, size_t len)
{
	int			slot;

	return gdr_slot_classify(path, len, &slot) == 1 ? slot : -1;
}

const int *
gdr_slot_rows(void)
{
	if (!tables_ready)
		build_tables();
	return parent_of;
}

int
gdr_slot_row(int slot)
{
	if (!tables_ready)
		build_tables();
	return parent_of[slot];
}
