/*
 * prose.c -- agency, year, kind, published date and the figures the prose
 * states (narrative.*).
 *
 * One scan over the normalised text.  At every line start the line-level
 * facts are looked at (title line, a line that is only an agency name, a
 * line that is only a date); at every CJK character that can begin a
 * trigger (a small table, looked up by code point) the few rules for that
 * character are tried, and each rule parses the number next to its trigger
 * locally: forward ("收到政府信息公开申请 27 件") or backward ("其余 3 件结转
 * 2024 年度").  Nothing is matched twice and nothing scans the whole text
 * per pattern.
 *
 * A figure needs its unit (件, 条, 元 ...) right after the number, so a
 * number in a table cell (no unit, or a tab / pipe in between) is never
 * taken.  Figures stated with a total marker (共, 累计, 全年 ...) beat plain
 * ones; a figure under 其中 of a sentence that already stated the slot is a
 * part and is skipped; two different figures of equal standing keep the
 * first and warn (narrative_conflict).  受理 N 件 may or may not include
 * requests carried over: kept, marked ambiguous, warned.  Approximate
 * figures (5500 余条, 近 300 个) are never stored (narrative_approximate).
 *
 * The text is gdr_normalize's output, valid UTF-8, and the scans trust
 * that: a lead byte is followed by its continuation bytes, so a character
 * is told by its first byte (reads stay inside the text whatever it holds).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memrchr */
#endif
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

/* ------------------------------------------------------------------ */
/* narrative slots                                                     */
/* ------------------------------------------------------------------ */

enum
{
	N_ACTIVE, N_RECV, N_DONE, N_FWD, N_REVIEW, N_SUIT, N_MEDIA, N_PRESS,
	N_INTERP, N_NPC, N_CPPCC, N_FEES,
	NNARR,
	/* pseudo slots: triggers that are not figures */
	X_QIZHONG = 100,			/* 其中 */
	X_APP,						/* 申请 (applications context) */
	X_STAT,						/* 统计期限 ... (year) */
	X_PUBDATE,					/* 发布日期 ... */
	X_PUBORG,					/* 发布机构 */
	X_SRCORG,					/* 来源: (a crawler header's line) */
	X_YISHEN					/* 依申请公开 (a heading or sentence about requests) */
};

#define NSLOT(i)	(GDR_S_N_ACTIVE_TOTAL + (i))

/* rule flags */
#define F_FWD		0x0001		/* number after the trigger */
#define F_BWD		0x0002		/* number before the trigger */
#define F_AMBIG		0x0004		/* 受理: may include carried-over requests */
#define F_UNITLESS	0x0008		/* a total without unit at sentence end is ok */
#define F_PRE_ACT	0x0010		/* not after 予以/不予/部分/依申请 */
#define F_PRE_DONE	0x0020		/* 答复/办结 checks */
#define F_TAIL_NEXT 0x0040		/* 结转 + 下一年 / 次年 / year+1 */
#define F_NO_HOU	0x0080		/* 复议后 (起诉) is a lawsuit */
#define F_Z_RECV	0x0100		/* 未收到 ... 申请 -> 0 */
#define F_Z_APPEAL	0x0200		/* 无 ... 行政诉讼(案件) -> 0 */
#define F_Z_FEE		0x0400		/* 未收取 ... 处理费 -> 0 */
#define F_ZERO_ONLY 0x0800		/* only the zero form (收费) */
#define F_BACK_DE	0x1000		/* backward filler must end with 的 */
#define F_CONJ3		0x2000		/* 和/及/与 just before: compound subject */
#define F_APPCTX	0x4000		/* needs 申请 nearby */
#define F_MONEY		0x8000		/* value in 元 (万元 allowed) */
#define F_ENUM		0x10000		/* 、 may be filler (检索、复制、邮寄等费用) */
#define F_Z_SUGG	0x20000		/* 未收到(人大代表建议和)政协提案 -> 0 */
#define F_BWD_APP	0x40000		/* backward only with 申请 in the filler */
#define F_Z_FWD		0x80000		/* 无(上年结转和)结转下年度 -> 0 */
#define F_QUOTE		0x100000	/* a “name” may sit in the forward filler */
#define F_OPEN		0x200000	/* still open (正在办理): open at a cutoff is no carry */

typedef struct prose_rule
{
	const char *kw;				/* trigger, UTF-8 */
	int			slot;			/* N_* or X_* */
	unsigned	flags;
	int			maxf;			/* forward filler, characters */
	int			maxb;			/* backward filler, characters */
	const char *units;			/* one-character units */
	const char *need;			/* filler must contain one of ('|') */
	const char *forbid;			/* filler must contain none of ('|') */
} prose_rule;

#define U_CNT	"件例条份宗个项"
#define U_ITEM	"条件篇个"
/* an application for government information, not any 申请 (审批) */
#define RECV_NEED "公开申请|信息申请|依申请|申请公开|公开的申请"
/* 受理行政许可申请, 办理…行政许可12,345件: counts of other work, not requests */
#define NOT_REQUESTS "|许可|处罚|审批|强制"
/* 收到申请：一季度4件，二季度7件…: a part of the year, not its count */
#define NOT_WHOLE_YEAR "|季度|上半年|下半年"
#define F_APPEAL_FORBID "维持|纠正|纠错|败诉|审结|结果|机关|决定|率|申请人"

static const prose_rule rules[] = {
	/* active_total */
	/* (主动公开各类信息437条: 各类 makes it all of them; after 发布 it is
	 * as often a website's or an account's posts) */
	{"主动公开", N_ACTIVE, F_FWD | F_UNITLESS | F_PRE_ACT, 16, 0, U_ITEM,
	"政府信息|政务信息|公开信息|政府资讯|各类信息", "申请|年报|指南|目录|其中|报告"},
	{"主动发布", N_ACTIVE, F_FWD | F_UNITLESS, 16, 0, U_ITEM,
	"政府信息|政务信息|公开信息|政府资讯", "申请|年报|指南|目录|其中|报告"},
	{"公开", N_ACTIVE, F_FWD | F_PRE_ACT, 16, 0, U_ITEM,
	"政府信息|政务信息|公开信息|政府资讯", "申请|年报|指南|目录|其中|报告"},
	{"发布", N_ACTIVE, F_FWD | F_PRE_ACT, 16, 0, U_ITEM,
	"政府信息|政务信息|公开信息|政府资讯", "申请|年报|指南|目录|其中|报告"},
	/* applications_received (NOT_REQUESTS: counts of other work) */
	{"收到", N_RECV, F_FWD | F_Z_RECV, 20, 0, U_CNT,
	RECV_NEED, "上年|结转|建议|提案|复议|诉讼|咨询|问政|留言|来信|举报|投诉" NOT_REQUESTS NOT_WHOLE_YEAR},
	{"受理", N_RECV, F_FWD | F_Z_RECV | F_AMBIG, 20, 0, U_CNT,
	RECV_NEED, "上年|结转|建议|提案|复议|诉讼|咨询|问政|留言|来信|举报|投诉" NOT_REQUESTS NOT_WHOLE_YEAR},
	{"新收", N_RECV, F_FWD, 20, 0, U_CNT,
	RECV_NEED, "上年|结转|建议|提案|复议|诉讼|咨询|问政|留言|来信|数量" NOT_REQUESTS NOT_WHOLE_YEAR},
	{"接收", N_RECV, F_FWD, 20, 0, U_CNT,
	RECV_NEED, "上年|结转|建议|提案|复议|诉讼|咨询|问政|留言|来信" NOT_REQUESTS NOT_WHOLE_YEAR},
	{"接到", N_RECV, F_FWD | F_Z_RECV, 20, 0, U_CNT,
	RECV_NEED, "上年|结转|建议|提案|复议|诉讼|咨询|问政|留言|来信" NOT_REQUESTS NOT_WHOLE_YEAR},
	/* applications_completed */
	/* also 3件申请均已在法定期限内答复 (backward, as 办结) */
	{"答复", N_DONE, F_FWD | F_BWD | F_BWD_APP | F_PRE_DONE | F_APPCTX, 14, 12, U_CNT, NULL,
	"建议|提案|案件|复议|诉讼|结转|上年|顺延|问政|留言|来信|咨询|热线|工单|诉求|信件|来件|事项|会议|率|申请中|其中|同意|不予|予以|部分|无法" NOT_REQUESTS},
	/* 答覆: a traditional copy (覆 is also simplified: no map makes it 复) */
	{"答覆", N_DONE, F_FWD | F_PRE_DONE | F_APPCTX, 14, 0, U_CNT, NULL,
	"建议|提案|案件|复议|诉讼|结转|上年|顺延|问政|留言|来信|咨询|热线|工单|诉求|信件|来件|事项|会议|率|申请中|其中|同意|不予|予以|部分|无法" NOT_REQUESTS},
	/* also 43件申请均已办结 (backward, the filler names the applications) */
	{"办结", N_DONE, F_FWD | F_BWD | F_BWD_APP | F_PRE_DONE | F_APPCTX, 14, 8, U_CNT, NULL,
	"建议|提案|案件|复议|诉讼|结转|上年|顺延|问政|留言|来信|咨询|热线|工单|诉求|信件|来件|事项|会议|率|申请中|其中|同意|不予|予以|部分|无法" NOT_REQUESTS},
	{"办理", N_DONE, F_FWD | F_PRE_DONE | F_APPCTX, 14, 0, U_CNT, NULL,
	"建议|提案|案件|复议|诉讼|结转|上年|顺延|问政|留言|来信|咨询|热线|工单|诉求|信件|来件|事项|会议|率|业务|申请中|其中|同意|不予|予以|部分|无法" NOT_REQUESTS},
	/* applications_carried_forward */
	{"结转", N_FWD, F_FWD | F_BWD | F_TAIL_NEXT | F_Z_FWD, 12, 3, U_CNT, NULL,
	"上年|新收|复议|诉讼|建议|提案"},
	/* (无转入下年度办理的申请: 0, as 无结转) */
	{"转", N_FWD, F_FWD | F_BWD | F_TAIL_NEXT | F_Z_FWD, 12, 3, U_CNT, NULL,
	"上年|新收|复议|诉讼|建议|提案"},
	{"顺延", N_FWD, F_FWD | F_BWD | F_TAIL_NEXT, 12, 3, U_CNT, NULL,
	"上年|新收|复议|诉讼|建议|提案"},
	/* 其余39件正在办理中，将于2012年继续办理 (before 2019: no 结转) */
	{"正在办理", N_FWD, F_BWD | F_OPEN, 0, 3, U_CNT, NULL,
	"上年|新收|复议|诉讼|建议|提案"},
	/* reviews, lawsuits */
	{"行政复议", N_REVIEW, F_FWD | F_BWD | F_NO_HOU | F_Z_APPEAL | F_BACK_DE,
	10, 24, "件起宗例次个", NULL, F_APPEAL_FORBID "|诉讼"},
	{"复议", N_REVIEW, F_FWD | F_NO_HOU | F_Z_APPEAL, 10, 0, "件起宗例次个",
	NULL, F_APPEAL_FORBID "|诉讼"},
	{"行政诉讼", N_SUIT, F_FWD | F_BWD | F_Z_APPEAL | F_BACK_DE, 10, 24,
	"件起宗例次个", NULL, F_APPEAL_FORBID "|复议"},
	/* new_media_posts */
	{"公众号", N_MEDIA, F_FWD | F_QUOTE, 16, 0, "条篇",
	"发布|推送|编发|推出|刊发|发文|更新|发送", "粉丝|关注|阅读|浏览|点击|留言|视频号|抖音"},
	{"微信", N_MEDIA, F_FWD | F_QUOTE, 16, 0, "条篇",
	"发布|推送|编发|推出|刊发|发文|更新|发送", "粉丝|关注|阅读|浏览|点击|留言|视频号|抖音"},
	{"微博", N_MEDIA, F_FWD | F_QUOTE, 16, 0, "条篇",
	"发布|推送|编发|推出|刊发|发文|更新|发送", "粉丝|关注|阅读|浏览|点击|留言|视频号|抖音"},
	{"新媒体", N_MEDIA, F_FWD | F_QUOTE, 16, 0, "条篇",
	"发布|推送|编发|推出|刊发|发文|更新|发送", "粉丝|关注|阅读|浏览|点击|留言|视频号|抖音|账号"},
	/* press_conferences */
	{"新闻发布会", N_PRESS, F_FWD | F_BWD, 6, 3, "场次期", NULL, "吹风|通气"},
	{"发布会", N_PRESS, F_FWD | F_BWD, 6, 3, "场次期", NULL, "吹风|通气"},
	/* a Taiwan-phrase converter (OpenCC s2twp) writes 发布 as 釋出 */
	{"释出会", N_PRESS, F_FWD | F_BWD, 6, 3, "场次期", NULL, "吹风|通气"},
	/* interpretations */
	{"解读", N_INTERP, F_FWD | F_BWD | F_CONJ3, 10, 3, "篇条件个期份", NULL,
	"会|人|率|文件|进行|活动|培训"},
	/* 对…等12项政策进行了解读: the policies interpreted */
	{"政策进行了解读", N_INTERP, F_BWD, 0, 1, "项", NULL, NULL},
	{"政策进行解读", N_INTERP, F_BWD, 0, 1, "项", NULL, NULL},
	/* npc / cppcc */
	{"人大代表建议", N_NPC, F_FWD | F_BWD | F_Z_SUGG, 6, 2, "件条份个项", NULL,
	"提案|政协|满意|率"},
	{"人大建议", N_NPC, F_FWD | F_BWD | F_Z_SUGG, 6, 2, "件条份个项", NULL,
	"提案|政协|满意|率"},
	{"代表建议", N_NPC, F_FWD, 6, 0, "件条份个项", NULL,
	"提案|政协|满意|率"},
	{"政协提案", N_CPPCC, F_FWD | F_BWD | F_Z_SUGG, 6, 2, "件条份个项", NULL,
	"建议|人大|满意|率"},
	{"政协委员提案", N_CPPCC, F_FWD, 6, 0, "件条份个项", NULL,
	"建议|人大|满意|率"},
	{"委员提案", N_CPPCC, F_FWD, 6, 0, "件条份个项", NULL,
	"建议|人大|满意|率"},
	/* fees_collected */
	{"处理费", N_FEES, F_FWD | F_Z_FEE | F_MONEY, 8, 0, "元", NULL,
	"标准|管理|办法|减免"},
	/* 依申请提供政府信息，收费金额为0元 (the requests named before it) */
	{"收费金额", N_FEES, F_FWD | F_MONEY | F_APPCTX, 4, 0, "元", NULL,
	"标准|管理|办法|减免"},
	{"收费", N_FEES, F_Z_FEE | F_ZERO_ONLY, 0, 0, "元", NULL, NULL},
	/* before 2019: 未收取检索、复制、邮寄等任何费用 -> 0 */
	{"费用", N_FEES, F_Z_FEE | F_ZERO_ONLY | F_ENUM, 0, 0, "元", NULL, NULL},
	/* before 2019: 收取检索、复制、邮寄等费用120元, 收取检索、复制费46元 */
	{"收取", N_FEES, F_FWD | F_MONEY | F_ENUM, 16, 0, "元", "费用|成本费|复制费|检索费|工本费",
	"标准|管理|办法|减免|经费|预算|资金|罚|税|处理费"},
	/* context */
	{"其中", X_QIZHONG, 0, 0, 0, NULL, NULL, NULL},
	{"申请", X_APP, 0, 0, 0, NULL, NULL, NULL},
	{"依申请公开", X_YISHEN, 0, 0, 0, NULL, NULL, NULL},
	{"统计期限", X_STAT, 0, 0, 0, NULL, NULL, NULL},
	{"统计时限", X_STAT, 0, 0, 0, NULL, NULL, NULL},
	{"统计周期", X_STAT, 0, 0, 0, NULL, NULL, NULL},
	{"统计时间", X_STAT, 0, 0, 0, NULL, NULL, NULL},
	{"发布日期", X_PUBDATE, 0, 0, 0, NULL, NULL, NULL},
	{"发布时间", X_PUBDATE, 0, 0, 0, NULL, NULL, NULL},
	{"公开日期", X_PUBDATE, 0, 0, 0, NULL, NULL, NULL},
	{"公布日期", X_PUBDATE, 0, 0, 0, NULL, NULL, NULL},
	{"发布机构", X_PUBORG, 0, 0, 0, NULL, NULL, NULL},
	{"来源", X_SRCORG, 0, 0, 0, NULL, NULL, NULL},
};

#define NRULES ((int) (sizeof(rules) / sizeof(rules[0])))

/*
 * Lead-character index: for a code point in U+4E00..U+9FFF, 1 + the index
 * of the first rule (in lead_order) with that lead character, 0 = none.
 * Built once per process (PostgreSQL backends are single threaded).
 */
#define TITLE_ZONE	(32 * 1024)	/* bytes in which a title line is looked for */
#define TITLE_PREFACE 2048		/* a preface before the title: at most this */
#define CJK_FIRST	0x4E00
#define CJK_LAST	0x9FFF
static uint8_t lead_idx[CJK_LAST - CJK_FIRST + 1];
static uint8_t lead_order[NRULES];	/* rule indexes grouped by lead char */
static uint32_t lead_cp[NRULES];
static uint8_t kw_len[NRULES];		/* strlen(rules[i].kw) */
/* the second character of lead_order[i]'s kw as KEY3 of its bytes, 0 = none */
static uint32_t kw2[NRULES];

#define KEY3(u) \
	((uint32_t) (u)[0] | ((uint32_t) (u)[1] << 8) | ((uint32_t) (u)[2] << 16))

/*
 * Pair filter: the bit of PAIR_HASH(lead, second character) is set for
 * every trigger of two or more characters, so most leads followed by
 * anything else (政府, 人民, 其他 ...) are dismissed with one lookup.  A
 * group with a one-character trigger (转) is always tried: lead_one.
 */
#define PAIR_HASH(lc, k2) \
	((((uint32_t) (k2) ^ ((uint32_t) (lc) << 8)) * 0x9E3779B1u) >> 20)
static uint64_t pair_bits[4096 / 64];
static bool lead_one[NRULES];	/* by the group's first index in lead_order */

/*
 * Scan filter: the bit of code point cp (U+3000..U+9FFF, i.e. 3-byte
 * characters with lead E3..E9) is set when cp is a trigger's lead
 * character or 。 (U+3002); the main loop looks closer only at those.
 */
#define EV_FIRST	0x3000
static uint64_t ev_bits[(0xA000 - EV_FIRST) / 64];
/* the single bytes the scan stops at: '\n' (line), '!' '?' (sentence) */
static const uint8_t byte_ev[256] = {['\n'] = 1, ['!'] = 1, ['?'] = 1};

/*
 * Han characters a forward filler walk must look at (numerals, and the
 * conjunctions 和 与 或 及); every other U+4000..U+9FFF character is plain
 * filler.  Laid out like ev_bits: the word of a well-formed character with
 * lead E4..E9 is (lead - E4) << 6 | (second byte & 3F), its bit the third
 * byte & 3F (FWD_SPECIAL3).
 */
#define FWD_FIRST	0x4000
static uint64_t fwd_special[(CJK_LAST + 1 - FWD_FIRST) / 64];
static bool lead_built = false;

#define FWD_SPECIAL3(u) \
	((fwd_special[(((u)[0] - 0xE4) << 6) | ((u)[1] & 0x3F)] >> ((u)[2] & 0x3F)) & 1)

/*
 * A character U+4000..U+9FFF begins at u (lead E4..E9: the text is valid
 * UTF-8, so two continuation bytes follow)
 */
#define IS_HAN3(u) ((unsigned) (u)[0] - 0xE4 <= 0xE9 - 0xE4)

/*
 * Bytes from the lead byte c to the next character (a stray continuation
 * byte: 1).  The word searches below only look where a character begins:
 * every word begins with one.
 */
#define U8_STEP(c) \
	((unsigned char) (c) < 0xE0 ? 1 + ((unsigned char) (c) >= 0xC0) : \
	 3 + ((unsigned char) (c) >= 0xF0))

static inline void
ev_set(uint32_t cp)
{
	ev_bits[(cp - EV_FIRST) >> 6] |= (uint64_t) 1 << ((cp - EV_FIRST) & 63);
}

/*
 * A '|'-separated word list split once: the words, and a 512-bit filter
 * over their first three bytes (has_any looks closer only where it hits).
 */
#define WL_MAX 48
typedef struct wlist
{
	const char *src;
	int			n;
	bool		slow;			/* a word of 1..2 bytes: has_any_slow */
	uint8_t		len[WL_MAX];
	const char *w[WL_MAX];
	uint64_t	bloom[8];
} wlist;

#define WL_HASH(b) \
	((((unsigned) (b)[2]) ^ ((unsigned) (b)[1] << 3) ^ ((unsigned) (b)[0] << 6)) & 511)

/* a set of characters decoded once (units, the pre-trigger sets) */
#define CS_MAX 24
typedef struct cset
{
	int			n;
	uint64_t	bloom;			/* bit cp & 63 of every member */
	uint32_t	cp[CS_MAX];
} cset;

static wlist need_wl[NRULES],
			forbid_wl[NRULES];
static cset unit_cs[NRULES];
static wlist wl_tot,
			wl_recv,
			wl_appeal0,
			wl_fee0,
			wl_done_back,
			wl_conj,
			wl_prev,
			wl_gov,
			wl_app;
static cset cs_ji,
			cs_pre_act,
			cs_pre_done;

/* the end ('|' or NUL) of the word at w in a '|'-separated list (the
 * lists are literals of well-formed UTF-8) */
static const char *
word_end(const char *w)
{
	while (*w && *w != '|')
		w += ((unsigned char) *w & 0xF0) == 0xE0 ? 3 : 1;
	return w;
}

static void
wl_build(wlist *L, const char *words)
{
	const char *w = words;

	memset(L, 0, sizeof(*L));
	L->src = words;
	if (words == NULL)
		return;
	while (*w)
	{
		const char *e = word_end(w);
		size_t		wl = (size_t) (e - w);

		if (wl > 0 && wl < 64)
		{
			if (wl < 3 || L->n >= WL_MAX)
				L->slow = true;
			else
			{
				unsigned	h = WL_HASH((const unsigned char *) w);

				L->w[L->n] = w;
				L->len[L->n] = (uint8_t) wl;
				L->n++;
				L->bloom[h >> 6] |= (uint64_t) 1 << (h & 63);
			}
		}
		if (!*e)
			break;
		w = e + 1;
	}
}

static void
cs_build(cset *C, const char *set)
{
	const char *p;

	C->n = 0;
	C->bloom = 0;
	if (set == NULL)
		return;
	for (p = set; *p;)
	{
		uint32_t	c;
		int			k = gdr_utf8_decode(p, strlen(p), &c);

		if (C->n < CS_MAX)
		{
			C->cp[C->n++] = c;
			C->bloom |= (uint64_t) 1 << (c & 63);
		}
		p += k;
	}
}

/* Is the character c (not 0) in the set? */
static inline bool
cs_in(uint32_t c, const cset *C)
{
	int			i;

	if (c == 0 || !((C->bloom >> (c & 63)) & 1))
		return false;
	for (i = 0; i < C->n; i++)
		if (C->cp[i] == c)
			return true;
	return false;
}

static void build_lists(void);

static void
build_leads(void)
{
	int			i,
				j,
				g,
				n = 0;
	uint32_t	cps[NRULES];
	bool		done[NRULES];

	for (i = 0; i < NRULES; i++)
	{
		kw_len[i] = (uint8_t) strlen(rules[i].kw);
		gdr_utf8_decode(rules[i].kw, kw_len[i], &cps[i]);
		done[i] = false;
	}
	/* group the rules by lead character, keeping table order */
	for (i = 0; i < NRULES; i++)
	{
		if (done[i])
			continue;
		g = n;
		lead_idx[cps[i] - CJK_FIRST] = (uint8_t) (n + 1);
		for (j = i; j < NRULES; j++)
			if (cps[j] == cps[i])
			{
				done[j] = true;
				lead_cp[n] = cps[j];
				/* every trigger is 3-byte characters; a one-character kw
				 * has no second character (its group is lead_one) */
				if (kw_len[j] >= 6)
				{
					uint32_t	h;

					kw2[n] = KEY3((const unsigned char *) rules[j].kw + 3);
					h = PAIR_HASH(cps[j], kw2[n]);
					pair_bits[h >> 6] |= (uint64_t) 1 << (h & 63);
				}
				else
					lead_one[g] = true;
				lead_order[n++] = (uint8_t) j;
			}
		ev_set(cps[i]);
	}
	ev_set(0x3002);
	{
		static const char special[] = "零一二三四五六七八九十百千万两和与或及"
			"壹贰叁肆伍陆柒捌玖拾佰仟";

		for (i = 0; special[i]; i += 3)
		{
			uint32_t	cp;

			gdr_utf8_decode(special + i, 3, &cp);
			fwd_special[(cp - FWD_FIRST) >> 6] |= (uint64_t) 1 << ((cp - FWD_FIRST) & 63);
		}
	}
	build_lists();
	lead_built = true;
}

/* ------------------------------------------------------------------ */
/* scan state                                                          */
/* ------------------------------------------------------------------ */

typedef struct cand
{
	bool		has;
	bool		amb;
	bool		conflict;
	bool		parallel;		/* the conflict is within one sentence */
	bool		approx;
	int			rank;
	int64_t		v;
	int64_t		conflict_v;
	size_t		numpos;
} cand;

typedef struct pline
{
	size_t		start,
				end;
	int			dy,
				dm,
				dd;				/* only a date (dy != 0) */
} pline;

typedef struct ps
{
	gdr_ctx    *ctx;
	gdr_report *r;
	const char *s;
	size_t		len;

	cand		c[NNARR];

	/* sentence state */
	bool		qz;				/* 其中 seen in this sentence */
	uint32_t	sent_slots;		/* slots stated in this sentence */
	uint32_t	before_qz;		/* slots stated before 其中 */
	uint32_t	prev_slots;		/* slots stated in the previous sentence */
	size_t		sent_start;		/* first byte of this sentence */
	size_t		last_app;		/* end of the last 申请, or SIZE_MAX */
	size_t		last_yishen;	/* end of the last 依申请公开, or SIZE_MAX */
	size_t		own_at;			/* end of the 其中我局 after a larger unit's
								 * figure of slot own_slot, or SIZE_MAX */
	int			own_slot;

	/* title */
	bool		have_title;
	int			title_retry;	/* lines after the title where a second may
								 * correct its year */
	int			title_year2;	/* that second title's year */
	bool		ahead_done;		/* ahead_year looked */
	int			ahead_year;		/* the period's year it found */
	const char *title_ag;
	size_t		title_aglen;
	int			title_year;
	bool		title_span;		/* the title names an academic year (2013—2014学年) */
	gdr_doc_kind title_kind;

	int			stat_year;

	/* last non-empty lines, ring of 4 */
	pline		ring[4];
	int			nlines;			/* non-empty lines seen */

	/* signature: last agency line followed by a date line */
	bool		have_sig;
	size_t		sig_start,
				sig_end;
	int			sy,
				sm,
				sd;

	int			my,
				mm,
				md;				/* first metadata date */
	const char *org;
	size_t		orglen;

	/*
	 * The next 分别 at or after fb_lo is at fb_at (S->len: none): no 分别
	 * lies in [fb_lo, fb_at).  fb_lo is SIZE_MAX until the first lookup.
	 */
	size_t		fb_lo,
				fb_at;
} ps;

static void end_sentence(ps *S, size_t next, bool para);

/* ------------------------------------------------------------------ */
/* characters                                                          */
/* ------------------------------------------------------------------ */

static inline int
dec(const ps *S, size_t p, uint32_t *cp)
{
	if (p >= S->len)
	{
		*cp = 0;
		return 0;
	}
	{
		const unsigned char *u = (const unsigned char *) S->s + p;

		if (u[0] < 0x80)
		{
			*cp = u[0];
			return 1;
		}
		/* the common case: a well-formed 3-byte character (not a surrogate) */
		if (u[0] >= 0xE1 && u[0] <= 0xEC && p + 2 < S->len &&
			(u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
		{
			*cp = ((uint32_t) (u[0] & 0x0F) << 12) |
				((uint32_t) (u[1] & 0x3F) << 6) | (uint32_t) (u[2] & 0x3F);
			return 3;
		}
	}
	return gdr_utf8_decode(S->s + p, S->len - p, cp);
}

/* start of the character before p (p > 0) */
static inline size_t
prevc(const ps *S, size_t p)
{
	size_t		q = p;
	int			k = 0;

	while (q > 0 && k < 4)
	{
		q--;
		k++;
		if (((unsigned char) S->s[q] & 0xC0) != 0x80)
			break;
	}
	return q;
}

static inline bool
is_hspace(uint32_t c)
{
	return c == ' ' || c == '\r' || c == '\f' || c == '\v' ||
		c == 0x3000 || c == 0xA0;
}

static inline bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_cn_digit(uint32_t c)
{
	/* 〇 U+3007, then U+4E00..U+96F6 */
	if (c < 0x4E00 ? c != 0x3007 : c > 0x96F6)
		return false;
	switch (c)
	{
		case 0x3007:			/* 〇 */
		case 0x96F6:			/* 零 */
		case 0x4E00:			/* 一 */
		case 0x4E8C:			/* 二 */
		case 0x4E09:			/* 三 */
		case 0x56DB:			/* 四 */
		case 0x4E94:			/* 五 */
		case 0x516D:			/* 六 */
		case 0x4E03:			/* 七 */
		case 0x516B:			/* 八 */
		case 0x4E5D:			/* 九 */
		case 0x5341:			/* 十 */
		case 0x767E:			/* 百 */
		case 0x5343:			/* 千 */
		case 0x4E07:			/* 万 */
		case 0x4E24:			/* 两 */
			/* the uppercase (financial) forms: 壹仟零捌拾陆 */
		case 0x58F9:			/* 壹 */
		case 0x8D30:			/* 贰 */
		case 0x53C1:			/* 叁 */
		case 0x8086:			/* 肆 */
		case 0x4F0D:			/* 伍 */
		case 0x9646:			/* 陆 */
		case 0x67D2:			/* 柒 */
		case 0x634C:			/* 捌 */
		case 0x7396:			/* 玖 */
		case 0x62FE:			/* 拾 */
		case 0x4F70:			/* 佰 */
		case 0x4EDF:			/* 仟 */
			return true;
		default:
			return false;
	}
}

/* characters that end a clause (the local parse never crosses them) */
static bool
is_stop_slow(uint32_t c)
{
	switch (c)
	{
		case ',':
		case '.':
		case ';':
		case '!':
		case '?':
		case '(':
		case ')':
		case '[':
		case ']':
		case '\t':
		case '|':
		case '"':
		case '<':
		case '>':
		case 0x3001:			/* 、 */
		case 0x3002:			/* 。 */
		case 0xFF0C:			/* ， */
		case 0xFF1B:			/* ； */
		case 0xFF08:			/* （ */
		case 0xFF09:			/* ） */
		case 0xFF01:
		case 0xFF1F:
		case 0x300A:			/* 《 */
		case 0x300B:			/* 》 */
		case 0x300C:
		case 0x300D:
		case 0x3010:			/* 【 */
		case 0x3011:
		case 0x3014:			/* 〔 */
		case 0x3015:
		case 0x201C:			/* “ */
		case 0x201D:
		case 0x2018:
		case 0x2019:
		case 0xFFFD:
			return true;
		default:
			return c < 0x20 && c != '\n';
	}
}

/* the non-ASCII stops are U+2018..U+3015 and U+FF01..U+FFFD */
static inline bool
is_stop(uint32_t c)
{
	if (c >= 0x3016 && c < 0xFF01)
		return false;
	return is_stop_slow(c);
}

/*
 * A conjunction at p (its code point c): the filler joins two subjects.
 * 及 inside 涉及 / 及时 / 以及时 ... is not one.
 */
static inline bool
is_conj_at(const ps *S, size_t p, uint32_t c)
{
	if (c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x6216 /* 或 */ )
		return true;
	if (c == 0x53CA)			/* 及 */
	{
		uint32_t	d;
		size_t		q;

		dec(S, p + 3, &d);
		if (d == 0x65F6)		/* 及时 */
			return false;
		if (p > 0)
		{
			q = prevc(S, p);
			dec(S, q, &d);
			if (cs_in(d, &cs_ji))
				return false;
		}
		return true;
	}
	return false;
}

/*
 * U+3000 (E3 80 80) or U+00A0 (C2 A0) at p, as dec reads it?  The lead
 * bytes alone also begin punctuation (。 、 《 are E3 80 xx), which is no
 * white space.
 */
static inline bool
wide_space_at(const ps *S, size_t p)
{
	const unsigned char *u = (const unsigned char *) S->s + p;

	if (u[0] == 0xE3)
		return p + 2 < S->len && u[1] == 0x80 && u[2] == 0x80;
	return u[0] == 0xC2 && p + 1 < S->len && u[1] == 0xA0;
}

/*
 * Skip horizontal space and at most one line break (text wrapped by a PDF
 * converter); a blank line is a paragraph end: *brk = true.
 */
static size_t
skip_ws_slow(const ps *S, size_t p, bool *brk)
{
	const unsigned char *u = (const unsigned char *) S->s;
	int			nl = 0;

	/* is_hspace and '\n' on the bytes: U+3000 is E3 80 80, U+00A0 C2 A0 */
	*brk = false;
	while (p < S->len)
	{
		unsigned char b = u[p];

		if (b == '\n')
		{
			if (++nl > 1)
			{
				*brk = true;
				return p;
			}
			p++;
		}
		else if (b == ' ' || b == '\r' || b == '\f' || b == '\v')
			p++;
		else if (wide_space_at(S, p))
			p += b == 0xE3 ? 3 : 2;
		else
			break;
	}
	return p;
}

static size_t
skip_ws_back_slow(const ps *S, size_t p, bool *brk)
{
	const unsigned char *u = (const unsigned char *) S->s;
	int			nl = 0;

	*brk = false;
	while (p > 0)
	{
		unsigned char b = u[p - 1];

		if (b == '\n')
		{
			if (++nl > 1)
			{
				*brk = true;
				return p;
			}
			p--;
		}
		else if (b == ' ' || b == '\r' || b == '\f' || b == '\v')
			p--;
		else if (p >= 3 && u[p - 3] == 0xE3 && u[p - 2] == 0x80 && b == 0x80)
			p -= 3;
		else if (p >= 2 && u[p - 2] == 0xC2 && b == 0xA0)
			p -= 2;
		else
			break;
	}
	return p;
}

/*
 * Fast paths: a character that cannot be white space (anything but ' ',
 * '\n', '\r', '\f', '\v', U+3000 = E3 80 80, U+00A0 = C2 A0) stops at once.
 */
static inline size_t
skip_ws(const ps *S, size_t p, bool *brk)
{
	if (p < S->len)
	{
		unsigned char b = (unsigned char) S->s[p];

		if (b != ' ' && b != '\n' && b != '\r' && b != '\f' && b != '\v' &&
			!wide_space_at(S, p))
		{
			*brk = false;
			return p;
		}
	}
	return skip_ws_slow(S, p, brk);
}

/*
 * Is the character before p a well-formed 3-byte character other than
 * U+3000 (lead E1..EC: dec reads it as one, and it is no white space)?
 */
static inline bool
plain3_before(const unsigned char *u, size_t p)
{
	return p >= 3 && u[p - 3] >= 0xE1 && u[p - 3] <= 0xEC &&
		(u[p - 2] & 0xC0) == 0x80 && (u[p - 1] & 0xC0) == 0x80 &&
		!(u[p - 3] == 0xE3 && u[p - 2] == 0x80 && u[p - 1] == 0x80);
}

static inline size_t
skip_ws_back(const ps *S, size_t p, bool *brk)
{
	if (p > 0)
	{
		const unsigned char *u = (const unsigned char *) S->s;
		unsigned char b = u[p - 1];

		if (b < 0x80)
		{
			if (b != ' ' && b != '\n' && b != '\r' && b != '\f' && b != '\v')
			{
				*brk = false;
				return p;
			}
		}
		else if (plain3_before(u, p))
		{
			*brk = false;
			return p;
		}
	}
	return skip_ws_back_slow(S, p, brk);
}

/*
 * Does kw (UTF-8, kl bytes) occur at p, white space between its characters
 * allowed?
 */
static bool kw_atn_ws(const ps *S, size_t p, const char *kw, size_t kl,
					  size_t *end);

static inline bool
kw_atn_from(const ps *S, size_t p, const char *kw, size_t kl, size_t i,
			size_t *end)
{
	/* fast path: the keyword as is (its first i bytes are known to be) */
	while (i < kl && p + i < S->len && S->s[p + i] == kw[i])
		i++;
	if (i == kl)
	{
		*end = p + kl;
		return true;
	}
	/* white space inside (a wrapped line)?  else no match */
	if (p + i >= S->len)
		return false;
	{
		unsigned char b = (unsigned char) S->s[p + i];

		if (!(b == ' ' || b == '\n' || b == '\r' || b == '\f' ||
			  wide_space_at(S, p + i)))
			return false;
	}
	return kw_atn_ws(S, p, kw, kl, end);
}

static inline bool
kw_atn(const ps *S, size_t p, const char *kw, size_t kl, size_t *end)
{
	return kw_atn_from(S, p, kw, kl, 0, end);
}

/* kw_atn's slow path: white space between the characters */
static bool
kw_atn_ws(const ps *S, size_t p, const char *kw, size_t kl, size_t *end)
{
	size_t		i;
	bool		brk;

	i = 0;
	while (i < kl)
	{
		size_t		cl = 1;

		if (i > 0)
		{
			p = skip_ws(S, p, &brk);
			if (brk)
				return false;
		}
		while (i + cl < kl && ((unsigned char) kw[i + cl] & 0xC0) == 0x80)
			cl++;
		if (p + cl > S->len || memcmp(S->s + p, kw + i, cl) != 0)
			return false;
		p += cl;
		i += cl;
	}
	*end = p;
	return true;
}

static inline bool
kw_at(const ps *S, size_t p, const char *kw, size_t *end)
{
	return kw_atn(S, p, kw, strlen(kw), end);
}

/* Does buf[0..bl) contain w[0..wl) (wl > 0)?  (strstr on a length) */
static inline bool
has_word(const char *buf, size_t bl, const char *w, size_t wl)
{
	const char *p = buf,
			   *end;

	if (bl < wl)
		return false;
	end = buf + (bl - wl) + 1;	/* last possible start + 1 */
	for (; p < end; p++)
		if (p[0] == w[0] && memcmp(p + 1, w + 1, wl - 1) == 0)
			return true;
	return false;
}

/* Does buf contain one of the '|'-separated words? */
static bool
has_any_slow(const char *buf, const char *words)
{
	const char *w = words;
	size_t		bl;

	if (words == NULL)
		return false;
	bl = strlen(buf);
	while (*w)
	{
		const char *e = word_end(w);
		size_t		wl = (size_t) (e - w);

		if (wl > 0 && wl < 64 && has_word(buf, bl, w, wl))
			return true;
		if (!*e)
			break;
		w = e + 1;
	}
	return false;
}

/* has_any_slow(buf, L->src), with the list split once */
static bool
has_any_wl(const char *buf, const wlist *L)
{
	const unsigned char *b = (const unsigned char *) buf;
	size_t		bl,
				p;
	int			i;

	if (L->src == NULL)
		return false;
	if (L->slow)
		return has_any_slow(buf, L->src);
	bl = strlen(buf);
	/* every word is at least three bytes */
	for (p = 0; p + 3 <= bl; p += U8_STEP(b[p]))
	{
		unsigned	h = WL_HASH(b + p);

		if (!((L->bloom[h >> 6] >> (h & 63)) & 1))
			continue;
		for (i = 0; i < L->n; i++)
			if (L->len[i] <= bl - p && memcmp(b + p, L->w[i], L->len[i]) == 0)
				return true;
	}
	return false;
}

static void
build_lists(void)
{
	int			i;

	for (i = 0; i < NRULES; i++)
	{
		wl_build(&need_wl[i], rules[i].need);
		wl_build(&forbid_wl[i], rules[i].forbid);
		cs_build(&unit_cs[i], rules[i].units);
	}
	wl_build(&wl_tot, "共|累计|合计|总计|全年|总共|全部");
	wl_build(&wl_recv, RECV_NEED);
	wl_build(&wl_appeal0, "败诉|纠错|纠正|撤销|维持|后起诉");
	wl_build(&wl_fee0, "信息公开|依申请|处理|公开申请|检索|复制|邮寄|向申请人");
	wl_build(&wl_done_back, "结转|顺延|下年|下一年|转下|上年|途径|渠道|跨年");
	wl_build(&wl_conj, "和|及|与");
	wl_build(&wl_prev, "上年|上一年|去年");
	wl_build(&wl_gov, "政府信息|政务信息|公开信息|政府资讯|主动公开");
	wl_build(&wl_app, "申请");
	cs_build(&cs_ji, "涉普危波提论顾");
	cs_build(&cs_pre_act, "请以予分不未非否");
	cs_build(&cs_pre_done, "开予面期知的未在正续待需不延以将可于即限");
}

static bool
ends_with(const char *buf, size_t bl, const char *w)
{
	size_t		wl = strlen(w);

	return bl >= wl && memcmp(buf + bl - wl, w, wl) == 0;
}

/* small text buffer of a filler or window, white space removed */
#define WBUF 200
typedef struct wbuf
{
	char		b[WBUF + 8];
	size_t		n;
} wbuf;

static inline void
wb_add(wbuf *w, const char *s, size_t n)
{
	if (w->n + n <= WBUF)
	{
		memcpy(w->b + w->n, s, n);
		w->n += n;
	}
	w->b[w->n] = '\0';
}

/* copy [a, b) without white space (as wb_add, the length in a local) */
static void
wb_range(const ps *S, wbuf *w, size_t a, size_t b)
{
	uint32_t	c;
	int			n;
	size_t		o = 0;

	while (a < b)
	{
		const unsigned char *u = (const unsigned char *) S->s + a;

		if (a + 2 < S->len && IS_HAN3(u))
		{
			if (o + 3 <= WBUF)
			{
				memcpy(w->b + o, u, 3);
				o += 3;
			}
			a += 3;
			continue;
		}
		n = dec(S, a, &c);
		if (n <= 0)
			break;
		if (!is_hspace(c) && c != '\n' && o + (size_t) n <= WBUF)
		{
			memcpy(w->b + o, u, (size_t) n);
			o += (size_t) n;
		}
		a += (size_t) n;
	}
	w->b[o] = '\0';
	w->n = o;
}

/*
 * The clause before p, at most maxc characters (stops at a clause stop or
 * a blank line), without white space, in text order.
 */
static void
back_window_enum(const ps *S, size_t p, int maxc, bool enum_ok, wbuf *w)
{
	size_t		a = p;
	int			k = 0;
	uint32_t	c;
	bool		brk;

	while (a > 0 && k < maxc)
	{
		size_t		q;

		/* plain Han characters: no white space, no stop */
		if (a >= 3 && IS_HAN3((const unsigned char *) S->s + a - 3))
		{
			a -= 3;
			k++;
			continue;
		}
		q = skip_ws_back(S, a, &brk);
		if (brk || q == 0)
		{
			a = q;
			break;
		}
		q = prevc(S, q);
		dec(S, q, &c);
		if ((is_stop(c) && !(enum_ok && c == 0x3001 /* 、 */ )) || c == ':')
			break;
		a = q;
		k++;
	}
	wb_range(S, w, a, p);
}

static void
back_window(const ps *S, size_t p, int maxc, wbuf *w)
{
	back_window_enum(S, p, maxc, false, w);
}

/* the character before p, white space skipped (0 at start or paragraph) */
static uint32_t
char_before(const ps *S, size_t p)
{
	const unsigned char *u = (const unsigned char *) S->s;
	bool		brk;
	uint32_t	c;

	/* the common case, as skip_ws_back, prevc and dec would read it */
	if (plain3_before(u, p))
		return ((uint32_t) (u[p - 3] & 0x0F) << 12) |
			((uint32_t) (u[p - 2] & 0x3F) << 6) | (uint32_t) (u[p - 1] & 0x3F);
	p = skip_ws_back(S, p, &brk);
	if (brk || p == 0)
		return 0;
	dec(S, prevc(S, p), &c);
	return c;
}

/* ------------------------------------------------------------------ */
/* numbers                                                             */
/* ------------------------------------------------------------------ */

typedef struct numres
{
	int64_t		v;				/* count, or money x 10^6 */
	size_t		pos;			/* first byte of the number */
	size_t		end;			/* after the unit */
	bool		approx;
	bool		unit;			/* a unit followed (else: sentence end) */
} numres;

#define MAXVAL 1000000000000LL	/* 10^12 */

static bool approx_word_after(const ps *S, size_t p, size_t *end);

/*
 * Does an enumerated item or section begin at p: (二) / 二、 / 2. / 2、?
 * (Full-width brackets and stops are ASCII after normalisation.)  A line
 * that begins one ends the sentence before it.
 */
static bool
item_start_at(const ps *S, size_t p)
{
	size_t		q = p;
	uint32_t	c;
	int			n,
				k = 0;
	bool		paren = false;

	n = dec(S, q, &c);
	if (c == '(')
	{
		paren = true;
		q += (size_t) n;
		n = dec(S, q, &c);
	}
	while (k < 3 && n > 0 && (is_digit(c) || is_cn_digit(c)))
	{
		q += (size_t) n;
		k++;
		n = dec(S, q, &c);
	}
	if (k == 0 || k == 3)
		return false;
	if (paren)
		return c == ')';
	return c == 0x3001 || (c == '.' && q + 1 < S->len && !is_digit((unsigned char) S->s[q + 1]));
}

/*
 * Does the number that ends at p go on after a line break, blank lines and
 * page footers (信息14 / — 1 — / 38条: PDF text)?  Then its end is not there.
 */
static bool
digits_go_on(const ps *S, size_t p)
{
	int			lines = 0;

	while (p < S->len && lines < 8)
	{
		unsigned char c = (unsigned char) S->s[p];

		if (c == '\n')
		{
			size_t		q = p + 1;
			bool		footer = true;
			int			dash = 0;

			lines++;
			/* a footer line: dashes and at most three digits */
			while (q < S->len && S->s[q] != '\n')
			{
				if (S->s[q] == '-' || (q + 3 <= S->len && memcmp(S->s + q, "—", 3) == 0))
				{
					dash++;
					q += S->s[q] == '-' ? 1 : 3;
				}
				else if (S->s[q] == ' ' || S->s[q] == '\f' || S->s[q] == '\r' ||
						 is_digit((unsigned char) S->s[q]))
					q++;
				else
				{
					footer = false;
					break;
				}
			}
			p = footer && dash > 0 ? q : p + 1;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f')
		{
			p++;
			continue;
		}
		return lines > 0 && is_digit(c);
	}
	return false;
}

/*
 * Is the Chinese numeral S[a..b), at the start of a line, the end of one
 * cut by the line break (三百 / 二十七条: a hard-wrapped line, a calendar's
 * folded one)?  Then the numerals at the end of the line before, with it,
 * read as one number, and the figure is not this one.
 */
static bool
cn_number_cut(const ps *S, size_t a, size_t b)
{
	char		join[64];
	size_t		p = a,
				e,
				n;
	int64_t		v;
	int			k = 0;

	while (p > 0 && (S->s[p - 1] == ' ' || S->s[p - 1] == '\t' || S->s[p - 1] == '\r'))
		p--;
	if (p == 0 || S->s[p - 1] != '\n')
		return false;
	p--;
	while (p > 0 && (S->s[p - 1] == ' ' || S->s[p - 1] == '\t' || S->s[p - 1] == '\r'))
		p--;
	e = p;
	/* the numerals before the break (3 bytes each) */
	while (p >= 3 && k < 12)
	{
		uint32_t	c;

		if (dec(S, p - 3, &c) != 3 || !is_cn_digit(c))
			break;
		p -= 3;
		k++;
	}
	n = e - p;
	if (k == 0 || n + (b - a) > sizeof(join))
		return false;
	memcpy(join, S->s + p, n);
	memcpy(join + n, S->s + a, b - a);
	return gdr_cn_number(join, n + (b - a), &v);
}

/*
 * Parse a number at p (ASCII digits or a Chinese numeral) and a unit of
 * `units` after it.  Money: decimals allowed, 万元 scales.  unitless: the
 * number may end the sentence instead.
 */
static bool
number_at(const ps *S, size_t p, const prose_rule *R, bool unitless, numres *nr)
{
	size_t		q = p;
	int64_t		ip = 0,
				frac = 0;
	int			nfrac = 0;
	bool		ascii,
				dot = false,
				brk,
				wan = false;
	uint32_t	c;
	int			n;
	size_t		nr_end0;		/* the number's last byte + 1 */

	nr->pos = p;
	nr->approx = false;
	nr->unit = false;
	n = dec(S, q, &c);
	ascii = is_digit(c);
	if (ascii)
	{
		int			nd = 0;

		while (q < S->len && is_digit((unsigned char) S->s[q]))
		{
			if (++nd > 13)
				return false;
			ip = ip * 10 + (S->s[q] - '0');
			q++;
			/* thousands separator: ",ddd" followed by a non-digit */
			if (q + 3 < S->len && S->s[q] == ',' &&
				is_digit((unsigned char) S->s[q + 1]) &&
				is_digit((unsigned char) S->s[q + 2]) &&
				is_digit((unsigned char) S->s[q + 3]) &&
				(q + 4 >= S->len || !is_digit((unsigned char) S->s[q + 4])))
				q++;
		}
		if (q < S->len && S->s[q] == '.' && q + 1 < S->len &&
			is_digit((unsigned char) S->s[q + 1]))
		{
			dot = true;
			q++;
			while (q < S->len && is_digit((unsigned char) S->s[q]))
			{
				if (nfrac < 6)
				{
					frac = frac * 10 + (S->s[q] - '0');
					nfrac++;
				}
				else if (S->s[q] != '0')
					return false;	/* more precision than we keep */
				q++;
			}
		}
	}
	else
	{
		size_t		a = q;
		int			k = 0;

		while (q < S->len)
		{
			n = dec(S, q, &c);
			if (!is_cn_digit(c) || ++k > 12)
				break;
			q += (size_t) n;
		}
		if (q == a || !gdr_cn_number(S->s + a, q - a, &ip) || cn_number_cut(S, a, q))
			return false;
	}
	if (ip > MAXVAL)
		return false;

	/* after the number: 余 / 多 / 万 / unit */
	nr_end0 = q;
	q = skip_ws(S, q, &brk);
	if (!brk && approx_word_after(S, q, &q))
	{
		nr->approx = true;
		q = skip_ws(S, q, &brk);
	}
	n = dec(S, q, &c);
	if (!brk && c == 0x4E07 && ascii)	/* 万 */
	{
		wan = true;
		q += (size_t) n;
		n = dec(S, q, &c);
	}
	if (!brk && n > 0 && cs_in(c, &unit_cs[R - rules]))
	{
		q += (size_t) n;
		nr->end = q;
		nr->unit = true;
		/* 52元4角 / 3元5角2分: the 角 and 分 of a sum in 元 */
		if ((R->flags & F_MONEY) && c == 0x5143 && !wan && !dot &&
			q + 4 <= S->len && is_digit((unsigned char) S->s[q]))
		{
			int			jiao = 0,
						fen = 0;
			size_t		r = q;

			if (memcmp(S->s + r + 1, "角", 3) == 0)
			{
				jiao = S->s[r] - '0';
				r += 4;
			}
			if (r + 4 <= S->len && is_digit((unsigned char) S->s[r]) &&
				memcmp(S->s + r + 1, "分", 3) == 0)
			{
				fen = S->s[r] - '0';
				r += 4;
			}
			if (r > q)
			{
				/* as decimals of the 元 */
				dot = true;
				frac = jiao * 10 + fen;
				nfrac = 2;
				nr->end = r;
			}
		}
	}
	else if (unitless && !wan && !dot &&
			 (brk || q >= S->len || c == '\n' || c == 0x3002 || c == ',' ||
			  c == ';' ||
			  (memchr(S->s + nr_end0, '\n', q - nr_end0) != NULL && item_start_at(S, q))) &&
			 !digits_go_on(S, nr_end0))
		nr->end = q;
	else
		return false;

	if (R->flags & F_MONEY)
	{
		while (nfrac < 6)
		{
			frac *= 10;
			nfrac++;
		}
		nr->v = ip * GDR_MONEY_SCALE + frac;
		if (wan)
			nr->v *= 10000;
	}
	else
	{
		if (dot)
			return false;
		if (wan)
			nr->approx = true;	/* "3万条" is a rounded figure */
		nr->v = ip;
	}
	return true;
}

/* 余 多 左右 以上 来 几 after a number */
static bool
approx_word_after(const ps *S, size_t p, size_t *end)
{
	const char *s = S->s + p;

	/* every word is at least one 3-byte character */
	if (p + 3 > S->len)
		return false;
	if (memcmp(s, "余", 3) == 0 || memcmp(s, "多", 3) == 0 ||
		memcmp(s, "来", 3) == 0 || memcmp(s, "几", 3) == 0)	/* 十几场 */
	{
		*end = p + 3;
		return true;
	}
	return kw_at(S, p, "左右", end) || kw_at(S, p, "以上", end);
}

/* 约 近 逾 超 超过 将近 大约 just before a number */
static bool
approx_before(const char *buf, size_t bl)
{
	const char *e;

	/* (达近 ends with 近) */
	if (bl < 3)
		return false;
	e = buf + bl - 3;
	return memcmp(e, "约", 3) == 0 || memcmp(e, "近", 3) == 0 ||
		memcmp(e, "逾", 3) == 0 || memcmp(e, "超", 3) == 0 ||
		(bl >= 6 && memcmp(e - 3, "超过", 6) == 0);
}

/* ------------------------------------------------------------------ */
/* candidates                                                          */
/* ------------------------------------------------------------------ */

static void
offer(ps *S, int slot, int64_t v, int rank, size_t numpos, bool amb)
{
	cand	   *c = &S->c[slot];
	uint32_t	bit = (uint32_t) 1 << slot;

	if (c->has && c->numpos == numpos)
		return;					/* the same statement seen by two triggers */
	/*
	 * a part under 其中 of a sentence that stated the slot already (but
	 * after a figure of the whole area or of the units below, the part
	 * may be the body's own: 全县…12,684条，其中县府办…1,037条)
	 */
	if (S->qz && (S->before_qz & bit) && rank < 2 &&
		!(c->has && c->rank == 0 && rank == 1))
		return;
	S->sent_slots |= bit;
	if (!c->has || rank > c->rank)
	{
		c->has = true;
		c->v = v;
		c->rank = rank;
		c->numpos = numpos;
		c->amb = amb;
		/* a figure of more standing ends the parts' quarrel */
		c->conflict = c->parallel = false;
		return;
	}
	if (rank == c->rank && v != c->v && !c->conflict)
	{
		c->conflict = true;
		c->conflict_v = v;
		/* 市档案局收到申请4件，市档案馆收到申请9件: two bodies' (or two
		 * parts') figures side by side, neither the report's (解读9篇，
		 * 其中图文解读5篇: the second is a part of the first) */
		c->parallel = c->numpos >= S->sent_start && numpos > c->numpos &&
			gdr_memmem(S->s + c->numpos, numpos - c->numpos, "其中", 6) == NULL;
	}
}

/*
 * Where the clause that holds t begins, looking back no further than lim:
 * after a line break, , ; : ! ? or 。 (the normaliser made the full-width
 * ， ； ： ASCII); 、 and brackets do not end it.
 */
static size_t
clause_start(const ps *S, size_t t, size_t lim)
{
	const unsigned char *u = (const unsigned char *) S->s;
	size_t		a = t;

	while (a > lim)
	{
		unsigned char c = u[a - 1];

		if (c == '\n' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?')
			break;
		if (a >= 3 && c == 0x82 && memcmp(u + a - 3, "。", 3) == 0)
			break;
		a--;
	}
	return a;
}

/*
 * The clause before the trigger at t names units below the agency as its
 * subject (各县（市、区）…, 各乡镇, 各部门 …), and not the agency with
 * them (含…, 包括…)
 */
static bool
subordinate_subject(const ps *S, size_t t)
{
	/* what follows 各 (E5 90 84): 县 区 市 乡 街 部 单 地 */
	static const char *const next[] = {"县", "区", "市", "乡", "街", "部", "单", "地"};
	const unsigned char *u = (const unsigned char *) S->s;
	size_t		a = t,
				lim = t > 150 ? t - 150 : 0,
				q;
	bool		ge = false;
	int			i;

	a = clause_start(S, t, lim);
	for (q = a; q + 6 <= t && !ge; q++)
		if (u[q] == 0xE5 && u[q + 1] == 0x90 && u[q + 2] == 0x84)
			for (i = 0; i < 8 && !ge; i++)
				ge = memcmp(u + q + 3, next[i], 3) == 0;
	if (!ge)
		return false;
	/* 全局（含直属单位）合计…: the agency with them */
	return gdr_memmem(S->s + a, t - a, "含", 3) == NULL && gdr_memmem(S->s + a, t - a, "包括", 6) == NULL;
}

/*
 * 全县各类政府信息12,684条 / 全县共办理县人大代表建议186件 in the report of
 * a body that is not that area's government (a department, the
 * government's 办公室): the whole area's figure, below the body's own.
 * Only when the title names the body.
 */
static bool
whole_area_subject(const ps *S, size_t t, const wbuf *fill)
{
	static const char *const area[] = {"全县", "全市", "全区", "全省", "全州", "全旗", "全镇", "全乡"};
	const unsigned char *u = (const unsigned char *) S->s;
	size_t		a = t,
				lim = t > 240 ? t - 240 : 0,
				q;
	const char *ag = S->title_ag;
	size_t		al = S->title_aglen;
	int			i;
	bool		hit = false;

	if (ag == NULL || al < 6)
		return false;
	/* the area's own government reports the area's figures */
	if (al >= 12 && memcmp(ag + al - 12, "人民政府", 12) == 0)
		return false;
	a = clause_start(S, t, lim);
	/* 全 (E5 85 A8), then the area's word: one pass */
	for (i = 0; i < 8 && !hit; i++)
		hit = strstr(fill->b, area[i]) != NULL;
	for (q = a; q + 6 <= t && !hit; q++)
		if (u[q] == 0xE5 && u[q + 1] == 0x85 && u[q + 2] == 0xA8)
			for (i = 0; i < 8 && !hit; i++)
				hit = memcmp(u + q + 3, area[i] + 3, 3) == 0;
	return hit;
}

/*
 * Word footnotes as pandoc or a copy writes them: a mark [N] after a
 * figure (21件[3]) and, at the end, the note's line "[3] …".  The mark
 * after the number at pos (its digits, then a unit character): N, or -1.
 */
static int
footnote_mark_after(const ps *S, size_t pos)
{
	size_t		q = pos;
	int			n = 0;

	while (q < S->len && is_digit((unsigned char) S->s[q]))
		q++;
	if (q + 3 <= S->len && (unsigned char) S->s[q] >= 0xE0)
		q += 3;					/* 件 */
	if (q >= S->len || S->s[q] != '[')
		return -1;
	for (q++; q < S->len && is_digit((unsigned char) S->s[q]) && n < 1000; q++)
		n = n * 10 + (S->s[q] - '0');
	return q < S->len && S->s[q] == ']' && n > 0 ? n : -1;
}

/* the note a line begins ("[3] 含…"), for the line of t: N, or -1 */
static int
footnote_of_line(const ps *S, size_t t)
{
	size_t		a = t;
	int			n = 0;

	while (a > 0 && S->s[a - 1] != '\n' && t - a < 4096)
		a--;
	while (a < t && S->s[a] == ' ')
		a++;
	if (a >= t || S->s[a] != '[')
		return -1;
	for (a++; a < t && is_digit((unsigned char) S->s[a]) && n < 1000; a++)
		n = n * 10 + (S->s[a] - '0');
	return a < t && S->s[a] == ']' && n > 0 ? n : -1;
}

/* total markers in the filler or just before the trigger */
static int
rank_of(const ps *S, size_t t, const wbuf *fill)
{
	wbuf		w;
	if (has_any_wl(fill->b, &wl_tot))
		return 2;
	back_window(S, t, 8, &w);
	if (has_any_wl(w.b, &wl_tot))
		return 2;
	return 1;
}

/*
 * 按期答复193件 / 如期办结: 期 before the trigger is the whole count (not
 * 延期 / 逾期 / 到期, a part or none of it)
 */
static bool
on_time_before(const ps *S, size_t t, uint32_t pc)
{
	size_t		q;
	uint32_t	c;

	if (pc != 0x671F)			/* 期 */
		return false;
	q = prevc(S, t);
	if (q < 3)
		return false;
	dec(S, prevc(S, q), &c);
	return c == 0x6309 || c == 0x5982;	/* 按 如 */
}

/* ------------------------------------------------------------------ */
/* rule application                                                    */
/* ------------------------------------------------------------------ */

/*
 * 收到申请数、申请办结数分别为17件和16件 / A、B、C分别为3、6、14篇: the
 * trigger is in label i of a list of n labels joined by 、, and 分别 is
 * followed by n values; value i is the figure.  fill receives label i's
 * own words (from the trigger to the 、 that ends it), so the rule's filler
 * conditions see what they would see in "申请办结数16件".  Values without a
 * unit (3、12、2件) take the last one's; money must carry its own.  Any
 * other shape (counts that differ, a label list crossing a clause, no
 * number right after 分别为) is not a list: false.
 */
#define MAXLIST 12

/* the first 分别 at or after q (S->len when there is none) */
static size_t
next_fenbie(ps *S, size_t q)
{
	const char *f;

	if (S->fb_lo != SIZE_MAX && q >= S->fb_lo && q <= S->fb_at)
		return S->fb_at;
	f = q < S->len ? gdr_memmem(S->s + q, S->len - q, "分别", 6) : NULL;
	S->fb_lo = q;
	S->fb_at = f ? (size_t) (f - S->s) : S->len;
	return S->fb_at;
}

static bool
list_fwd(ps *S, size_t t, size_t kend, const prose_rule *R, wbuf *fill,
		 numres *nr)
{
	const unsigned char *u = (const unsigned char *) S->s;
	size_t		a = t,
				q,
				fb = SIZE_MAX,
				lend = SIZE_MAX,
				v[MAXLIST],
				vend[MAXLIST];
	bool		vunit[MAXLIST];
	int			i = 0,
				n = 1,
				m = 0,
				k;

	/*
	 * 分别 after the trigger, in the same clause.  Most triggers have none
	 * within reach: one lookup (memoised over the scan) says so.
	 */
	if (next_fenbie(S, kend) >= kend + 300)
		return false;
	for (q = kend; q + 6 <= S->len && q < kend + 300; q++)
	{
		unsigned char c = u[q];

		if (c == '\n' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?')
			return false;
		if (c != 0xE3 && c != 0xE5)
			continue;
		if (c == 0xE3 && u[q + 1] == 0x80)
		{
			if (u[q + 2] == 0x82)	/* 。 */
				return false;
			if (u[q + 2] == 0x81)	/* 、 */
			{
				if (lend == SIZE_MAX)
					lend = q;
				n++;
			}
		}
		else if (c == 0xE5 && memcmp(u + q, "分别", 6) == 0)
		{
			fb = q;
			break;
		}
	}
	if (fb == SIZE_MAX)
		return false;
	/*
	 * 行政复议64件、行政诉讼21件（2020年分别为51件、17件）: labels that carry
	 * their own figures are no list (a number there not a year's)
	 */
	for (q = kend; q < fb; q++)
		if (is_digit(u[q]))
		{
			while (q < fb && is_digit(u[q]))
				q++;
			if (q + 3 > fb || memcmp(u + q, "年", 3) != 0)
				return false;
		}
	if (lend == SIZE_MAX)
		lend = fb;
	/* the labels before the trigger, back to the clause's start */
	a = clause_start(S, t, t > 300 ? t - 300 : 0);
	for (q = a; q + 3 <= t; q++)
		i += u[q] == 0xE3 && memcmp(u + q, "、", 3) == 0;
	n += i;
	if (n < 2 || n > MAXLIST)
		return false;
	/*
	 * 按时办结、延期办结分别为15件、1件: the parts of one count, when
	 * another label has the trigger too (not one that begins 其中, a part
	 * named as such: 主动公开政府信息数、其中主动公开规范性文件数)
	 */
	{
		size_t		kl = strlen(R->kw);
		const char *f = S->s + a;

		while ((f = gdr_memmem(f, (size_t) (S->s + fb - f), R->kw, kl)) != NULL)
		{
			size_t		o = (size_t) (f - S->s),
						ls = o;

			f += kl;
			if (o == t)
				continue;
			while (ls > a && !(ls >= a + 3 && memcmp(u + ls - 3, "、", 3) == 0))
				ls--;
			if (!(ls + 6 <= o && memcmp(u + ls, "其中", 6) == 0))
				return false;
		}
	}

	/* the values: 分别为 / 分别是 / 分别有 / 分别达 then n numbers */
	q = fb + 6;
	if (q + 3 <= S->len && (memcmp(u + q, "为", 3) == 0 || memcmp(u + q, "是", 3) == 0 ||
							memcmp(u + q, "有", 3) == 0 || memcmp(u + q, "达", 3) == 0))
		q += 3;
	for (;;)
	{
		bool		brk;
		uint32_t	c;
		int			nb,
					nu = 0;

		q = skip_ws(S, q, &brk);
		if (brk || q >= S->len || m == MAXLIST)
			return false;
		v[m] = q;
		nb = dec(S, q, &c);
		if (is_digit(c))
		{
			while (q < S->len)
			{
				if (is_digit(u[q]) ||
					(u[q] == '.' && q + 1 < S->len && is_digit(u[q + 1])))
					q++;
				/* 1,274: a thousands separator, as number_at reads it */
				else if (u[q] == ',' && q + 3 < S->len && is_digit(u[q + 1]) &&
						 is_digit(u[q + 2]) && is_digit(u[q + 3]) &&
						 (q + 4 >= S->len || !is_digit(u[q + 4])))
					q++;
				else
					break;
			}
		}
		else if (is_cn_digit(c))
		{
			while (q < S->len && nb > 0 && is_cn_digit(c))
			{
				q += (size_t) nb;
				nb = dec(S, q, &c);
			}
		}
		else
			return false;
		vend[m] = q;
		/* the unit: up to three characters before a separator */
		q = skip_ws(S, q, &brk);
		for (;;)
		{
			nb = dec(S, q, &c);
			if (brk || nb <= 0 || q >= S->len || c == 0x3001 || c == 0x548C ||
				c == 0x53CA || c == 0x4E0E || is_stop(c) || c == '\n' ||
				is_digit(c) || c < 0x80)
				break;
			if (++nu > 3)
				break;
			q += (size_t) nb;
		}
		vunit[m] = nu > 0;
		m++;
		/* another value after 、 / 和 / 及 / 与 */
		nb = dec(S, q, &c);
		if (nu <= 3 && nb > 0 &&
			(c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E))
		{
			size_t		r = skip_ws(S, q + (size_t) nb, &brk);
			uint32_t	d;

			if (!brk && r < S->len && (dec(S, r, &d), is_digit(d) || is_cn_digit(d)))
			{
				q = r;
				continue;
			}
		}
		break;
	}
	if (m != n || i >= n)
		return false;

	/* label i's own words are the filler */
	for (q = kend, k = 0; q < lend; k++)
	{
		uint32_t	c;
		int			nb = dec(S, q, &c);

		if (nb <= 0 || k >= R->maxf)
			return false;
		q += (size_t) nb;
	}
	wb_range(S, fill, kend, lend);

	if (vunit[i])
		return number_at(S, v[i], R, false, nr);
	/* 3、12、2件: the last value's unit, for a count */
	{
		numres		last;
		int64_t		x = 0;

		if ((R->flags & F_MONEY) || !vunit[n - 1] ||
			!number_at(S, v[n - 1], R, false, &last) || last.approx)
			return false;
		for (q = v[i]; q < vend[i]; q++)
		{
			if (u[q] == '.')
				return false;
			if (is_digit(u[q]))
			{
				x = x * 10 + (u[q] - '0');
				if (x > MAXVAL)
					return false;
			}
		}
		if (!is_digit(u[v[i]]) &&
			!gdr_cn_number(S->s + v[i], vend[i] - v[i], &x))
			return false;
		nr->v = x;
		nr->pos = v[i];
		nr->end = vend[i];
		nr->approx = false;
		nr->unit = true;
		return true;
	}
}

/*
 * Walk forward from p over filler characters to the first number with a
 * unit.  fill receives the filler (white space removed): every character
 * walked over is filler or white space, so it is copied from the text only
 * when a number is reached (wb_range); on false its content is undefined.
 */
static bool
scan_fwd(const ps *S, size_t p, const prose_rule *R, wbuf *fill, numres *nr)
{
	int			k = 0,
				kq = 0;			/* k after the account's “name” */
	uint32_t	c;
	int			n;
	bool		brk,
				crossed = false;
	const size_t from = p;

	for (;;)
	{
		/* plain Han filler: not white space, a stop, a numeral or a
		 * conjunction (locals: the stores to k and p cannot alias them) */
		const unsigned char *s = (const unsigned char *) S->s;
		const size_t len = S->len;
		const int	maxf = R->maxf;

		while (p + 2 < len)
		{
			const unsigned char *u = s + p;

			if (!IS_HAN3(u) || FWD_SPECIAL3(u))
				break;
			if (++k > maxf)
				return false;
			p += 3;
		}
		p = skip_ws(S, p, &brk);
		if (brk || p >= S->len)
			return false;
		n = dec(S, p, &c);
		if (is_digit(c) || is_cn_digit(c))
		{
			bool		unitless = (R->flags & F_UNITLESS) != 0;

			wb_range(S, fill, from, p);
			/*
			 * 收到申请数、申请办结数分别为17件和16件: the figures of a list
			 * in its order, which is not read; never the first one for all
			 */
			if (strstr(fill->b, "分别") != NULL)
				return false;
			/* 亦无一例, 没有一件: "not a single one", no figure */
			if (c == 0x4E00 && (ends_with(fill->b, fill->n, "无") ||
								ends_with(fill->b, fill->n, "没有") ||
								ends_with(fill->b, fill->n, "未有")))
				return false;
			/* a number right after 第 is an ordinal */
			if (!ends_with(fill->b, fill->n, "第") &&
				number_at(S, p, R, unitless, nr))
			{
				if (approx_before(fill->b, fill->n))
					nr->approx = true;
				return true;
			}
			if (is_digit(c))
				return false;
			/* a numeral that is no figure (统一, 第二十条): skip all of it */
			while (p < S->len && is_cn_digit(c))
			{
				if (++k > R->maxf)
					return false;
				p += (size_t) n;
				n = dec(S, p, &c);
			}
			continue;
		}
		if ((R->flags & F_QUOTE) && c == 0x201C)
		{
			/* 公众号“青石岭发布”发布信息312条: over the account's name */
			size_t		q = p + (size_t) n;
			int			m = 0;
			uint32_t	d = 0;

			while (q < S->len && m < 12)
			{
				int			dn = dec(S, q, &d);

				if (d == 0x201D || d == '\n' || dn <= 0 || (is_stop(d) && d != 0x201C))
					break;
				q += (size_t) dn;
				m++;
			}
			if (d != 0x201D || m == 0 || (k += m + 2) > R->maxf)
				return false;
			kq = k;
			p = q + 3;
			continue;
		}
		if ((R->flags & F_QUOTE) && c == '(' && k == kq)
		{
			/* 公众号（由…整合而成）全年推送信息412条: over an aside */
			size_t		q = p + 1;
			int			m = 0;
			uint32_t	d = 0;

			while (q < S->len && m < 30)
			{
				int			dn = dec(S, q, &d);

				if (d == ')' || d == '(' || d == '\n' || dn <= 0 || d == 0x3002)
					break;
				q += (size_t) dn;
				m++;
			}
			if (d != ')' || m == 0)
				return false;
			kq = k;
			p = q + 1;
			continue;
		}
		if ((R->flags & F_QUOTE) && c == ',' && k == kq && !crossed)
		{
			/* 微信公众号，全年推送信息418条: the account ends a clause */
			crossed = true;
			p += (size_t) n;
			continue;
		}
		if (c == '\n' || (is_stop(c) && !(c == 0x3001 && (R->flags & F_ENUM))) ||
			is_conj_at(S, p, c))
			return false;
		if (++k > R->maxf)
			return false;
		p += (size_t) n;
	}
}

/* parse a number that ends at e (exclusive), backwards */
static bool
number_back(const ps *S, size_t e, size_t *start, int64_t *v)
{
	size_t		a = e;
	uint32_t	c;

	dec(S, prevc(S, e), &c);
	if (is_digit(c))
	{
		int			nd = 0;

		while (a > 0 && is_digit((unsigned char) S->s[a - 1]))
		{
			a--;
			if (++nd > 13)
				return false;
		}
		/* the tail of 1,234 or 1.5; not a clause's first number (件，7件) */
		if (a > 1 && (S->s[a - 1] == '.' || S->s[a - 1] == ',') &&
			is_digit((unsigned char) S->s[a - 2]))
			return false;
	}
	else
	{
		int			k = 0;

		while (a > 0 && k < 12)
		{
			size_t		q = prevc(S, a);

			dec(S, q, &c);
			if (!is_cn_digit(c))
				break;
			a = q;
			k++;
		}
	}
	if (a == e || !gdr_cn_number(S->s + a, e - a, v) || *v > MAXVAL)
		return false;
	*start = a;
	return true;
}

/*
 * Walk backward from the trigger at t to "N <unit>" over at most maxb
 * filler characters.
 */
static bool
scan_bwd(const ps *S, size_t t, const prose_rule *R, wbuf *fill, numres *nr)
{
	size_t		a = t;
	int			k = 0;
	uint32_t	c;
	bool		brk;

	for (;;)
	{
		size_t		q,
					u;

		/*
		 * Plain Han filler (no white space, stop or digit): what the steps
		 * below do for it, without them.  A unit or a conjunction goes
		 * the long way.
		 */
		while (a >= 3 && IS_HAN3((const unsigned char *) S->s + a - 3))
		{
			const unsigned char *h = (const unsigned char *) S->s + a - 3;

			c = ((uint32_t) (h[0] & 0x0F) << 12) |
				((uint32_t) (h[1] & 0x3F) << 6) | (uint32_t) (h[2] & 0x3F);
			if (cs_in(c, &unit_cs[R - rules]) ||
				c == 0x548C || c == 0x4E0E || c == 0x6216)	/* 和 与 或 */
				break;
			if (++k > R->maxb)
				return false;
			a -= 3;
		}
		q = skip_ws_back(S, a, &brk);
		if (brk || q == 0)
			return false;
		u = prevc(S, q);
		dec(S, u, &c);
		if (cs_in(c, &unit_cs[R - rules]))
		{
			size_t		ne = skip_ws_back(S, u, &brk);
			uint32_t	d;

			if (!brk && ne > 0)
			{
				dec(S, prevc(S, ne), &d);
				if (is_digit(d) || is_cn_digit(d))
				{
					size_t		ns;
					int64_t		v;
					wbuf		pre;

					if (!number_back(S, ne, &ns, &v))
						return false;
					nr->v = v;
					nr->pos = ns;
					nr->end = q;
					nr->approx = false;
					nr->unit = true;
					back_window(S, ns, 2, &pre);
					if (approx_before(pre.b, pre.n) || ends_with(pre.b, pre.n, "第"))
						nr->approx = true;
					wb_range(S, fill, q, t);
					if (approx_word_after(S, skip_ws(S, ne, &brk), &ns) && !brk)
						nr->approx = true;
					return true;
				}
			}
		}
		if (c == '\n' || is_stop(c) || is_digit(c) ||
			(c != 0x53CA && is_conj_at(S, u, c)))
			return false;
		if (++k > R->maxb)
			return false;
		a = u;
	}
}

/* 下年 / 下一年 / 次年 / 明年 / <year+1>年 after 结转 (到/至/入 allowed) */
static bool
next_year_at(const ps *S, size_t p, size_t *end)
{
	bool		brk;
	size_t		q;
	static const char *const w[] = {"下年", "下一年", "次年", "明年", "下个年"};
	int			i;

	p = skip_ws(S, p, &brk);
	if (kw_at(S, p, "到", &q) || kw_at(S, p, "至", &q) || kw_at(S, p, "入", &q))
		p = q;
	for (i = 0; i < 5; i++)
		if (kw_at(S, p, w[i], end))
			return true;
	p = skip_ws(S, p, &brk);
	if (S->title_year > 0 && p + 4 <= S->len &&
		is_digit((unsigned char) S->s[p]) && is_digit((unsigned char) S->s[p + 1]) &&
		is_digit((unsigned char) S->s[p + 2]) && is_digit((unsigned char) S->s[p + 3]))
	{
		int			y = (S->s[p] - '0') * 1000 + (S->s[p + 1] - '0') * 100 +
		(S->s[p + 2] - '0') * 10 + (S->s[p + 3] - '0');

		if (y == S->title_year + 1 && kw_at(S, skip_ws(S, p + 4, &brk), "年", end))
			return true;
	}
	return false;
}

/*
 * 另有2件因需征求第三方意见,转入2011年继续办理: a 结转 to the next year
 * whose number came at 另有, earlier in the same sentence.  The filler is
 * everything between the number and the trigger (the rule's forbidden
 * words apply to it).
 */
static bool
lingyou_before(const ps *S, size_t t, const prose_rule *R, wbuf *fill, numres *nr)
{
	size_t		a = S->sent_start,
				p,
				hit = SIZE_MAX;

	if (t <= a || t - a > 240)
		return false;
	for (p = a; p + 6 <= t; p++)
		if (memcmp(S->s + p, "另有", 6) == 0)
			hit = p;
	if (hit == SIZE_MAX || !scan_fwd(S, hit + 6, R, fill, nr) || fill->n != 0 ||
		nr->end > t)
		return false;
	wb_range(S, fill, nr->end, t);
	return true;
}

static bool has_negation(const char *b);

/*
 * 3件因申请人补正材料结转至2020年办理: "N 件" and a reason (因…) before the
 * trigger, in the same clause.  The filler is the reason.
 */
static bool
yin_before(const ps *S, size_t t, const prose_rule *R, wbuf *fill, numres *nr)
{
	wbuf		back;
	size_t		p = t,
				ne;
	int			k = 0;
	uint32_t	c;

	/* (2件因需征求第三方意见，结转至2018年办理: the reason ends a clause) */
	if (p > 0 && S->s[p - 1] == ',')
		p--;
	/* back over the reason, a plain Han run, to 因 */
	while (p >= 3 && k < 20 && IS_HAN3((const unsigned char *) S->s + p - 3))
	{
		p -= 3;
		k++;
		if (memcmp(S->s + p, "因", 3) == 0)
			break;
	}
	if (p < 6 || memcmp(S->s + p, "因", 3) != 0)
		return false;
	/* the unit, then the number */
	dec(S, prevc(S, p), &c);
	if (!cs_in(c, &unit_cs[R - rules]))
		return false;
	ne = prevc(S, p);
	if (!number_back(S, ne, &nr->pos, &nr->v))
		return false;
	nr->end = p;
	nr->approx = false;
	nr->unit = true;
	back_window(S, nr->pos, 2, &back);
	if (approx_before(back.b, back.n))
		nr->approx = true;
	wb_range(S, fill, p, t);
	/* 3件因故未结转: not carried forward */
	return !has_negation(fill->b);
}

/* the rest of the clause from p: no digit in it?  text into w */
static bool
clause_rest(const ps *S, size_t p, wbuf *w)
{
	uint32_t	c;
	int			n,
				k = 0;
	bool		brk;

	w->n = 0;
	w->b[0] = '\0';
	while (p < S->len && k < 40)
	{
		p = skip_ws(S, p, &brk);
		if (brk || p >= S->len)
			break;
		n = dec(S, p, &c);
		if (is_stop(c) || c == '\n')
			break;
		if (is_digit(c))
			return false;
		wb_add(w, S->s + p, (size_t) n);
		p += (size_t) n;
		k++;
	}
	return true;
}

/* a negation in the window: 未 (not 尚未/未经) 没有 无 (not 无法/无正当) 不收 免收 */
static bool
has_negation(const char *b)
{
	size_t		bl = strlen(b),
				i;

	/* one pass over the characters; every word begins with E4..E6 */
	for (i = 0; i + 3 <= bl; i += U8_STEP(b[i]))
	{
		const char *p = b + i;

		if ((unsigned char) p[0] < 0xE4 || (unsigned char) p[0] > 0xE6)
			continue;
		if (memcmp(p, "未", 3) == 0)
		{
			if (!(i >= 3 && strncmp(p - 3, "尚", 3) == 0) &&
				strncmp(p + 3, "经", 3) != 0)
				return true;
		}
		else if (memcmp(p, "无", 3) == 0)
		{
			if (strncmp(p + 3, "法", 3) != 0 && strncmp(p + 3, "正当", 6) != 0)
				return true;
		}
		else if ((i + 6 <= bl && (memcmp(p, "没有", 6) == 0 ||
								  memcmp(p, "不收", 6) == 0 ||
								  memcmp(p, "免收", 6) == 0)) ||
				 (i + 9 <= bl && memcmp(p, "不存在", 9) == 0))
			return true;
	}
	return false;
}

/* b[0..n) without the first of w[0..nw) it ends with: its new length */
static size_t
strip_suffix(const char *b, size_t n, const char *const *w, int nw)
{
	int			i;

	for (i = 0; i < nw; i++)
		if (ends_with(b, n, w[i]))
			return n - strlen(w[i]);
	return n;
}

/*
 * After 行政复议 / 行政诉讼: (和|、 the other kind) (数量)(均|都)为 零 | 0 (件),
 * and the clause ends: both are zero.
 */
static bool
zero_tail(const ps *S, size_t p)
{
	/* the other kind, and what such lists also name (举报投诉) */
	static const char *const other[] = {"行政诉讼", "行政复议", "诉讼", "复议",
	"举报投诉", "投诉举报"};
	static const char *const pre[] = {"案件数量", "数量", "案件", "数"};
	bool		brk;
	size_t		e;
	int			i,
				items;
	uint32_t	c;
	int			n;

	p = skip_ws(S, p, &brk);
	if (brk || p >= S->len)
		return false;
	n = dec(S, p, &c);
	/* 和 / 、 / 及 / 与 and another item, twice at most */
	for (items = 0; items < 2 && (c == 0x548C || c == 0x3001 || c == 0x53CA || c == 0x4E0E);
		 items++)
	{
		p = skip_ws(S, p + (size_t) n, &brk);
		for (i = 0; i < 6; i++)
			if (kw_at(S, p, other[i], &e))
				break;
		if (i == 6)
			return false;
		p = skip_ws(S, e, &brk);
		if (brk || p >= S->len)
			return false;
		n = dec(S, p, &c);
	}
	/* …行政诉讼的情况，本年度没有。 (the case, then none) */
	if (kw_at(S, p, "的情况", &e) || kw_at(S, p, "情况", &e))
	{
		p = skip_ws(S, e, &brk);
		if (brk || p >= S->len || S->s[p] != ',')
			return false;
		c = ':';				/* as after a colon */
	}
	/* 行政复议和行政诉讼：全年无。 (a heading's colon, then none) */
	if (c == ':')
	{
		static const char *const when[] = {"全年", "本年度", "本年", "本学年", "均", "全年均"};

		p = skip_ws(S, p + 1, &brk);
		if (brk)
			return false;
		for (i = 0; i < 6; i++)
			if (kw_at(S, p, when[i], &e))
				p = e;
		if (kw_at(S, p, "无", &e) || kw_at(S, p, "没有", &e))
		{
			p = skip_ws(S, e, &brk);
			if (brk || p >= S->len)
				return true;
			dec(S, p, &c);
			return is_stop(c) || c == '\n';
		}
		return false;
	}
	/* 案 数 均 都 皆 亦 为 是: anything else is no zero statement */
	if (c != 0x6848 && c != 0x6570 && c != 0x5747 && c != 0x90FD && c != 0x7686 &&
		c != 0x4EA6 && c != 0x4E3A && c != 0x662F)
		return false;
	for (i = 0; i < 4; i++)
		if (kw_at(S, p, pre[i], &e))
		{
			p = e;
			break;
		}
	n = dec(S, p, &c);
	if (c == 0x5747 || c == 0x90FD || c == 0x7686 || c == 0x4EA6)	/* 均 都 皆 亦 */
		n = dec(S, p += (size_t) n, &c);
	if (c != 0x4E3A && c != 0x662F)	/* 为 是 */
		return false;
	p = skip_ws(S, p + (size_t) n, &brk);
	if (kw_at(S, p, "零", &e))
		p = e;
	else if (p < S->len && S->s[p] == '0' &&
			 (p + 1 >= S->len || !is_digit((unsigned char) S->s[p + 1])))
		p++;
	else
		return false;
	p = skip_ws(S, p, &brk);
	if (kw_at(S, p, "件", &e) || kw_at(S, p, "起", &e))
		p = skip_ws(S, e, &brk);
	if (brk || p >= S->len)
		return true;
	dec(S, p, &c);
	return is_stop(c) || c == '\n';
}

/*
 * The sentence up to t, its last maxb bytes at most (from the last line
 * break when line is set: a heading is no part of it), into w; false when
 * there is none
 */
static bool
sentence_window(const ps *S, size_t t, size_t maxb, bool line, wbuf *w)
{
	size_t		a = S->sent_start;

	if (a >= t)
		return false;
	if (t - a > maxb)
		a = t - maxb;
	if (line)
	{
		const char *nl = memrchr(S->s + a, '\n', t - a);

		if (nl != NULL)
			a = (size_t) (nl - S->s) + 1;
	}
	while (a < t && ((unsigned char) S->s[a] & 0xC0) == 0x80)
		a++;					/* to a character's start */
	wb_range(S, w, a, t);
	return true;
}

/*
 * The sentence up to t names information requests (依申请, 公开申请): in
 * 在依申请公开政府信息过程中，未收取任何费用 the fee is theirs.
 */
static bool
sentence_names_requests(const ps *S, size_t t)
{
	wbuf		w;

	if (!sentence_window(S, t, 180, false, &w))
		return false;
	return strstr(w.b, "依申请") != NULL || strstr(w.b, "公开申请") != NULL ||
		strstr(w.b, "申请公开") != NULL || strstr(w.b, "提供政府信息") != NULL;
}

/* 均已按期 / 全部 / 都已: the filler says all of the number */
static bool
all_of_them(const char *fill)
{
	return strncmp(fill, "均", 3) == 0 || strncmp(fill, "全部", 6) == 0 ||
		strncmp(fill, "都", 3) == 0;
}

/* the sentence names information requests and counts nothing else */
static bool
sentence_only_requests(const ps *S, size_t t)
{
	wbuf		w;

	if (!sentence_names_requests(S, t) || !sentence_window(S, t, 180, false, &w))
		return false;
	return strstr(w.b, "建议") == NULL && strstr(w.b, "提案") == NULL &&
		strstr(w.b, "复议") == NULL && strstr(w.b, "诉讼") == NULL &&
		strstr(w.b, "许可") == NULL && strstr(w.b, "审批") == NULL;
}

/* the sentence up to t names the requests or their costs (检索、复制、邮寄) */
static bool
sentence_fee0(const ps *S, size_t t)
{
	wbuf		w;

	return sentence_window(S, t, 90, true, &w) && has_any_wl(w.b, &wl_fee0);
}

/* the zero forms: 未收到...申请, 无...行政诉讼案件, 未收取...处理费 */
static bool
try_zero(ps *S, const prose_rule *R, size_t t, size_t kend)
{
	wbuf		back,
				rest;
	bool		brk;

	if (R->flags & F_Z_RECV)
	{
		back_window(S, t, 2, &back);
		if (!(ends_with(back.b, back.n, "未") || ends_with(back.b, back.n, "没有") ||
			  ends_with(back.b, back.n, "没")))
			return false;
		if (!clause_rest(S, kend, &rest) || !has_any_wl(rest.b, &wl_recv))
			return false;
		offer(S, R->slot, 0, 1, t, false);
		return true;
	}
	if (R->flags & F_Z_APPEAL)
	{
		size_t		q = skip_ws(S, kend, &brk);
		uint32_t	c;
		static const char *const okf[] = {"案件", "案", "情况", "情形", "事项",
		"的情况", "的情形", "发生", "申请"};
		int			i;
		bool		ok = false;

		/* 行政复议和行政诉讼均为零 (both) */
		if (zero_tail(S, kend))
		{
			offer(S, R->slot, 0, 1, t, false);
			return true;
		}
		/* what follows first (cheap), then what comes before */
		dec(S, q, &c);
		if (brk || q >= S->len || is_stop(c) || c == '\n')
			ok = true;
		for (i = 0; !ok && i < (int) (sizeof(okf) / sizeof(okf[0])); i++)
		{
			size_t		e;

			if (kw_at(S, q, okf[i], &e))
				ok = true;
		}
		if (!ok && is_conj_at(S, q, c))
			ok = true;
		if (!ok)
			return false;
		/* 未发生…行政复议、(提起)行政诉讼: the other kind and 、 may come between */
		back_window(S, t, 20, &back);
		if (!has_negation(back.b) && R->slot == N_SUIT)
		{
			back_window_enum(S, t, 30, true, &back);
			if (strstr(back.b, "复议") == NULL)
				return false;
		}
		/* 未发生…被申诉、被申请行政复议的情况: complaints listed before it */
		if (!has_negation(back.b) && R->slot == N_REVIEW)
		{
			back_window_enum(S, t, 30, true, &back);
			if (strstr(back.b, "申诉") == NULL && strstr(back.b, "投诉") == NULL &&
				strstr(back.b, "举报") == NULL)
				return false;
		}
		if (!has_negation(back.b))
			return false;
		if (!clause_rest(S, kend, &rest) || has_any_wl(rest.b, &wl_appeal0))
			return false;
		offer(S, R->slot, 0, 1, t, false);
		return true;
	}
	if (R->flags & F_Z_SUGG)
	{
		/*
		 * 未收到人大代表建议和政协提案: 未收到 / 未承办 / 没有收到 just before,
		 * or before the other kind and a conjunction
		 */
		static const char *const other[] = {"人大代表建议", "人大建议", "政协提案",
		"代表建议", "建议"};
		static const char *const conj[] = {"和", "及", "与", "、", "或"};
		static const char *const neg[] = {"未收到", "未承办", "未接到", "没有收到",
		"无"};
		size_t		n;

		back_window_enum(S, t, 12, true, &back);
		n = strip_suffix(back.b, back.n, conj, 5);
		if (n < back.n)
			n = strip_suffix(back.b, n, other, 5);
		if (strip_suffix(back.b, n, neg, 5) == n || !clause_rest(S, kend, &rest))
			return false;
		offer(S, R->slot, 0, 1, t, false);
		return true;
	}
	if (R->flags & F_Z_FWD)
	{
		/*
		 * 没有结转到下一年度办理的申请, 无结转下年度办理的申请, 无上年结转和
		 * 结转下年度的申请: the negation governs 结转 itself
		 */
		static const char *const conj[] = {"和", "及", "与", "、", "或"};
		static const char *const prev[] = {"上年结转", "上一年结转", "上年度结转"};
		static const char *const neg[] = {"无", "没有", "没", "未", "并无", "均无",
		"不存在"};
		size_t		n,
					e;

		if (!next_year_at(S, kend, &e))
		{
			/* 上年结转1件，共办结4件，无结转。: 无结转 alone ends it */
			bool		brk2;
			size_t		q = skip_ws(S, kend, &brk2);
			uint32_t	c;

			back_window(S, t, 2, &back);
			if (!(ends_with(back.b, back.n, "无") || ends_with(back.b, back.n, "没有")))
				return false;
			if (!brk2 && q < S->len)
			{
				dec(S, q, &c);
				if (!(is_stop(c) || c == '\n'))
					return false;
			}
			if (S->last_app == SIZE_MAX || t < S->last_app || t - S->last_app > 240)
				return false;
			offer(S, R->slot, 0, 1, t, false);
			return true;
		}
		back_window_enum(S, t, 10, true, &back);
		n = strip_suffix(back.b, back.n, conj, 5);
		if (n < back.n)
			n = strip_suffix(back.b, n, prev, 3);
		if (strip_suffix(back.b, n, neg, 7) == n || !clause_rest(S, e, &rest))
			return false;
		offer(S, R->slot, 0, 1, t, false);
		return true;
	}
	if (R->flags & F_Z_FEE)
	{
		/* 未收取检索、复制、邮寄等任何费用: the list is part of it */
		back_window_enum(S, t, 20, (R->flags & F_ENUM) != 0, &back);
		if (!has_negation(back.b))
		{
			/* 检索、复制、邮寄等费用一律免收: the negation after it */
			if (!clause_rest(S, kend, &rest) ||
				!(strncmp(rest.b, "一律免收", 12) == 0 || strncmp(rest.b, "全部免收", 12) == 0 ||
				  strncmp(rest.b, "均免收", 9) == 0 || strncmp(rest.b, "一律免除", 12) == 0 ||
				  strncmp(rest.b, "全部免除", 12) == 0 || strncmp(rest.b, "均予免收", 12) == 0) ||
				!sentence_fee0(S, t))
				return false;
			offer(S, R->slot, 0, 1, t, false);
			return true;
		}
		/*
		 * 收取 of requests: named in its sentence, or just before it
		 * (…申请两件，按期答复两件。本年度未收取任何费用。)
		 */
		if ((R->flags & F_ZERO_ONLY) &&
			!has_any_wl(back.b, &wl_fee0) &&
			!(strstr(back.b, "收取") != NULL &&
			  (sentence_names_requests(S, t) ||
			   (S->last_app != SIZE_MAX && t >= S->last_app && t - S->last_app <= 120))))
			return false;
		if (!clause_rest(S, kend, &rest))
			return false;
		offer(S, R->slot, 0, 1, t, false);
		return true;
	}
	return false;
}

/*
 * The rest of the sentence after a figure says it is not about open
 * government information: 全年办理邮政行政复议案件1件（…），与政府信息公开
 * 无关 / 用户申诉3,912件，不属于政府信息公开申请.
 */
static bool
unrelated_after(const ps *S, size_t p)
{
	size_t		lim = p + 240 < S->len ? p + 240 : S->len;
	const char *nl,
			   *stop;

	if (p >= lim)
		return false;
	/* the sentence's rest: to the line's end or 。 (a search each, no loop
	 * over its bytes: this runs for every figure) */
	nl = memchr(S->s + p, '\n', lim - p);
	if (nl != NULL)
		lim = (size_t) (nl - S->s);
	stop = gdr_memmem(S->s + p, lim - p, "。", 3);
	if (stop != NULL)
		lim = (size_t) (stop - S->s);
	return gdr_memmem(S->s + p, lim - p, "无关", 6) != NULL ||
		gdr_memmem(S->s + p, lim - p, "不属于政府信息公开", 27) != NULL;
}

/*
 * 2014年、2015年，我镇分别主动公开政府信息186条、243条: the figure read
 * forward is the first of a list of values (、 and another number), and
 * 分别 comes before the trigger in its sentence.  The years before 分别
 * (2014年、2015年, 2013年至2015年) name the values in order: the report's
 * year picks its value (nr is set to it): 1.  -1 when the values are not
 * the year's to pick (years and values differ in number, no year is the
 * report's, no years at all): no figure.  0, nr as it was, when the
 * figure is no such list.
 */
#define MAXYL 8

static int
year_list_pick(const ps *S, size_t t, const prose_rule *R, numres *nr)
{
	const unsigned char *u = (const unsigned char *) S->s;
	int			years[MAXYL],
				ny = 0,
				year = S->title_year ? S->title_year : S->stat_year,
				i,
				nv = 1;
	size_t		a,
				q,
				fb = SIZE_MAX;
	numres		v[MAXYL];
	bool		brk;

	/* a list after the figure: 、 and a number */
	q = skip_ws(S, nr->end, &brk);
	if (brk || q + 3 >= S->len || memcmp(u + q, "、", 3) != 0 ||
		!is_digit(u[skip_ws(S, q + 3, &brk)]))
		return 0;
	/* 分别 before the trigger, in the sentence */
	a = S->sent_start < t ? S->sent_start : t;
	if (t - a > 240)
		a = t - 240;
	for (q = a; q + 6 <= t; q++)
		if (u[q] == 0xE5 && memcmp(u + q, "分别", 6) == 0)
			fb = q;
	if (fb == SIZE_MAX)
		return 0;
	/* the values */
	v[0] = *nr;
	for (q = nr->end; nv < MAXYL;)
	{
		size_t		p = skip_ws(S, q, &brk);

		if (brk || p + 3 >= S->len || memcmp(u + p, "、", 3) != 0)
			break;
		p = skip_ws(S, p + 3, &brk);
		if (brk || !number_at(S, p, R, false, &v[nv]) || v[nv].approx)
			return -1;
		q = v[nv++].end;
	}
	/* the years (YYYY年) between the sentence's start and 分别; Y至Z年 is a range */
	for (q = a; q + 7 <= fb && ny < MAXYL; q++)
	{
		int			y;

		if (!is_digit(u[q]) || (q > a && is_digit(u[q - 1])) ||
			!is_digit(u[q + 1]) || !is_digit(u[q + 2]) || !is_digit(u[q + 3]) ||
			memcmp(u + q + 4, "年", 3) != 0)
			continue;
		y = (u[q] - '0') * 1000 + (u[q + 1] - '0') * 100 + (u[q + 2] - '0') * 10 + (u[q + 3] - '0');
		if (ny > 0 && q >= 3 && memcmp(u + q - 3, "至", 3) == 0 && y > years[ny - 1] &&
			y - years[ny - 1] < MAXYL)
		{
			int			z;

			for (z = years[ny - 1] + 1; z <= y && ny < MAXYL; z++)
				years[ny++] = z;
		}
		else
			years[ny++] = y;
		q += 6;
	}
	if (ny != nv || year == 0)
		return -1;
	for (i = 0; i < ny; i++)
		if (years[i] == year)
		{
			*nr = v[i];
			return 1;
		}
	return -1;
}

/*
 * 由上年的1,532条增至1,846条: the number after the trigger is last year's
 * (the filler ends with 上年的, 去年的, 上一年度的 …).  The year's own is
 * the number right after 增至 / 增加到 / 达到 / 降至 …: *nr becomes it
 * (true), or there is none (false: no figure).
 */
static bool
last_year_to(const ps *S, const prose_rule *R, const wbuf *fill, numres *nr)
{
	static const char *const prev[] = {"上年的", "上年", "去年的", "去年", "上一年的",
	"上一年", "上年度的", "上年度", "上一年度的", "上一年度"};
	static const char *const to[] = {"增至", "增加至", "增加到", "增长到", "增长至",
		"上升到", "上升至", "提高到", "提高至", "达到", "减至", "减少到", "减少至",
	"下降到", "下降至", "降至", "降到", "降为", "增为"};
	size_t		p,
				e;
	bool		brk;
	int			i;
	numres		n2;

	for (i = 0; i < (int) (sizeof(prev) / sizeof(prev[0])); i++)
		if (ends_with(fill->b, fill->n, prev[i]))
			break;
	if (i == (int) (sizeof(prev) / sizeof(prev[0])))
		return true;			/* not last year's: as it is */
	p = skip_ws(S, nr->end, &brk);
	if (brk)
		return false;
	for (i = 0; i < (int) (sizeof(to) / sizeof(to[0])); i++)
		if (kw_at(S, p, to[i], &e))
			break;
	if (i == (int) (sizeof(to) / sizeof(to[0])))
		return false;
	p = skip_ws(S, e, &brk);
	if (brk || p >= S->len || !number_at(S, p, R, false, &n2))
		return false;
	*nr = n2;
	return true;
}

/*
 * 新机构挂牌后主动公开政府信息158条，全年合计328条: the clause after the
 * figure is only a total (全年合计 / 合计 / 共计 / 总计, then a number with
 * the rule's unit) and the sentence goes on or ends there: *nr becomes the
 * total.
 */
static bool
total_follows(const ps *S, const prose_rule *R, numres *nr)
{
	static const char *const tot[] = {"全年合计", "全年共计", "全年总计", "合计", "共计", "总计"};
	size_t		p,
				e;
	bool		brk;
	int			i;
	numres		n2;
	uint32_t	c;

	p = skip_ws(S, nr->end, &brk);
	if (brk || p >= S->len || S->s[p] != ',')
		return false;
	p = skip_ws(S, p + 1, &brk);
	if (brk)
		return false;
	for (i = 0; i < (int) (sizeof(tot) / sizeof(tot[0])); i++)
		if (kw_at(S, p, tot[i], &e))
			break;
	if (i == (int) (sizeof(tot) / sizeof(tot[0])))
		return false;
	p = e;
	if (kw_at(S, p, "为", &e) || kw_at(S, p, "达", &e))
		p = e;
	p = skip_ws(S, p, &brk);
	if (brk || p >= S->len || !number_at(S, p, R, false, &n2) || !n2.unit || n2.approx)
		return false;
	/* the clause ends with the number */
	p = skip_ws(S, n2.end, &brk);
	if (!brk && p < S->len)
	{
		dec(S, p, &c);
		if (!(is_stop(c) || c == '\n'))
			return false;
	}
	*nr = n2;
	return true;
}

/* after a figure: ",占34%" / "(17.46%)" makes it a share of a total */
static bool
share_follows(const ps *S, size_t p)
{
	bool		brk;
	size_t		q,
				e;

	p = skip_ws(S, p, &brk);
	if (brk || p >= S->len)
		return false;
	if (S->s[p] == ',' || S->s[p] == '(')
		p = skip_ws(S, p + 1, &brk);
	if (brk)
		return false;
	if (kw_at(S, p, "占", &e))
	{
		/*
		 * 占全县乡镇公开总量的11.3%: a share of a larger area's total, so
		 * the figure is the body's whole, not a part of it
		 */
		static const char *const area[] = {"全县", "全市", "全区", "全省", "全州", "全国"};
		int			k;

		for (k = 0; k < 6; k++)
			if (kw_at(S, e, area[k], &q))
				return false;
		return true;
	}
	for (q = p; q < S->len && (is_digit((unsigned char) S->s[q]) || S->s[q] == '.'); q++)
		;
	return q > p && q < S->len && S->s[q] == '%';
}

/*
 * 2018年，…合计主动公开政府信息1215条 in a report on 2019: the last year
 * named in the sentence before the trigger (NNNN年, not a date: no month
 * after it) is another year, so the figure is not the report's.
 */
static bool cn_year4_at(const ps *S, size_t p, int *y, size_t *end);
static void stat_year(ps *S, size_t kend);

/*
 * The statistics period's year (统计期限…2014年) further down, for a figure
 * met before any title or period (a reprint's editor's note before the
 * report: 二〇一三年，本乡收到申请一件).  Looked up once, and only then.
 */
static int
ahead_year(const ps *S)
{
	ps		   *W = (ps *) S;	/* (a cache in the scan's state) */

	if (!W->ahead_done)
	{
		const char *hit = gdr_memmem(S->s, S->len, "统计期限", 12);
		int			keep = W->stat_year;

		W->ahead_done = true;
		if (hit != NULL)
		{
			W->stat_year = 0;
			stat_year(W, (size_t) (hit - S->s) + 12);
			W->ahead_year = W->stat_year;
			W->stat_year = keep;
		}
	}
	return W->ahead_year;
}

/*
 * 年报 / 度报告 / 度年报 at p, just after a year's 年: that year's report is
 * cited (溇塘乡2009年年报称…198条), whatever stands before the year
 */
static bool
year_report_at(const ps *S, size_t p)
{
	return (p + 6 <= S->len && memcmp(S->s + p, "年报", 6) == 0) ||
		(p + 9 <= S->len && (memcmp(S->s + p, "度报告", 9) == 0 ||
							 memcmp(S->s + p, "度年报", 9) == 0));
}

static bool
other_year_before(const ps *S, size_t t)
{
	int			year = S->title_year ? S->title_year : S->stat_year ? S->stat_year : ahead_year(S);
	size_t		a = S->sent_start,
				p;

	if (t <= a)
		return false;
	if (t - a > 600)
		a = t - 600;
	/*
	 * From the trigger back (memrchr from one 年's last byte to the next):
	 * the first year that opens a clause decides
	 */
	for (p = t; year != 0 && p >= a + 7;)
	{
		const unsigned char *q;
		const char *hit;
		size_t		m;
		int			k = 0,
					y;
		unsigned char pb;

		hit = memrchr(S->s + a + 6, 0xB4, p - (a + 6));
		if (hit == NULL)
			break;
		p = (size_t) (hit - S->s);
		q = (const unsigned char *) hit;
		/* 年 (E5 B9 B4) ends at p: four digits before it? */
		if (q[-1] != 0xB9 || q[-2] != 0xE5)
			continue;
		/* a title in 《》 names years of its own: more 》 than 《 after it */
		{
			size_t		j;
			int			depth = 0;

			for (j = p + 1; j + 3 <= t; j++)
				if (S->s[j] == (char) 0xE3 && S->s[j + 1] == (char) 0x80 &&
					(S->s[j + 2] == (char) 0x8A || S->s[j + 2] == (char) 0x8B))
					depth += S->s[j + 2] == (char) 0x8B ? 1 : -1;
			if (depth > 0)
				continue;
		}
		q -= 6;					/* the first digit */
		if (p >= a + 6 && is_digit(q[0]) && is_digit(q[1]) && is_digit(q[2]) && is_digit(q[3]))
		{
			/* 2020年1月10日: a date, not a year the figures belong to */
			for (m = p + 1; m < S->len && k < 3 && is_digit((unsigned char) S->s[m]); m++)
				k++;
			if (k >= 1 && k <= 2 && m + 3 <= S->len && memcmp(S->s + m, "月", 3) == 0)
				continue;
			y = (q[0] - '0') * 1000 + (q[1] - '0') * 100 + (q[2] - '0') * 10 + (q[3] - '0');
		}
		else
		{
			/* 二〇一三年 (vertical or old-style text writes years so) */
			size_t		ye;
			uint32_t	c;

			if (p < a + 14 || !cn_year4_at(S, p - 14, &y, &ye) || ye != p - 2)
				continue;
			q = (const unsigned char *) S->s + p - 14;
			/* 二〇一五年三月十八日: a date */
			for (m = p + 1; m < S->len && k < 2 && dec(S, m, &c) == 3 && is_cn_digit(c); m += 3)
				k++;
			if (k >= 1 && m + 3 <= S->len && memcmp(S->s + m, "月", 3) == 0)
				continue;
		}
		/*
		 * Only a year that opens its clause (较2021年, 加上2017年结转的,
		 * 2018—2020年: a comparison or a range, not the figures' year)
		 */
		pb = (size_t) ((const char *) q - S->s) > S->sent_start ? q[-1] : 0;
		if (pb != 0 && pb != ',' && pb != ';' && pb != ':' && pb != ' ' &&
			pb != '\n' && !((const char *) q - S->s >= 3 && memcmp(q - 3, "、", 3) == 0) &&
			!year_report_at(S, p + 1))
			continue;
		/* only a year a report could name (a mangled one says nothing) */
		if (y >= 1990 && y <= year + 1 && y != year)
			return true;
		break;
	}
	/* 自《条例》施行以来，累计受理申请34件: a total over many years */
	if (t >= S->sent_start + 6 && t - S->sent_start >= 12 &&
		has_word(S->s + t - 12, 12, "累计", 6))
		for (p = S->sent_start + 6; p + 6 <= t; p++)
			if (memcmp(S->s + p, "以来", 6) == 0 &&
				(memcmp(S->s + p - 6, "施行", 6) == 0 ||
				 memcmp(S->s + p - 6, "实施", 6) == 0 ||
				 memcmp(S->s + p - 6, "颁布", 6) == 0))
				return true;
	return false;
}

/*
 * 全市…系统共收到申请53件，其中我局收到21件: the figure is a larger unit's
 * when 其中 + 我/本 + an office word (局 委 厅 办 部 单位 机关 …) follows it
 * (其中本年…, a part of the year, does not count).
 */
static bool
own_part_follows(const ps *S, size_t e, size_t *own_end)
{
	static const char *const office[] = {"局", "委", "厅", "办", "部", "单", "机", "院", "署", "会", "站", "所", "中"};
	bool		brk;
	size_t		p = skip_ws(S, e, &brk),
				q;
	int			i;

	if (brk || p >= S->len)
		return false;
	if (S->s[p] == ',')
		p = skip_ws(S, p + 1, &brk);
	if (brk || !kw_at(S, p, "其中", &q))
		return false;
	if (!kw_at(S, q, "我", &p) && !kw_at(S, q, "本", &p))
		return false;
	for (i = 0; i < (int) (sizeof(office) / sizeof(office[0])); i++)
		if (p + 3 <= S->len && memcmp(S->s + p, office[i], 3) == 0)
		{
			*own_end = p + 3;
			return true;
		}
	return false;
}

/*
 * A target, not a figure: 不少于 / 不低于 / 至少 / 不超过 right before the
 * number, or 力争 / 争取 / 预计 / 目标 among the (at most 10) Han characters
 * before the trigger (力争全年主动公开政府信息不少于400条).  Raw bytes: it
 * runs for every figure found.
 */
static bool
target_figure(const ps *S, size_t t, size_t numpos)
{
	static const char *const bound[] = {"不少于", "不低于", "至少", "不超过", "不多于"};
	static const char *const plan[] = {"力争", "争取", "预计", "目标"};
	const char *s = S->s;
	size_t		p,
				lo;
	int			i;

	for (i = 0; i < 5; i++)
	{
		size_t		n = strlen(bound[i]);

		if (numpos >= n && memcmp(s + numpos - n, bound[i], n) == 0)
			return true;
	}
	lo = t;
	while (lo >= 3 && t - lo < 30 && IS_HAN3((const unsigned char *) s + lo - 3))
		lo -= 3;
	for (p = lo; p + 6 <= t; p += 3)
		for (i = 0; i < 4; i++)
			if (memcmp(s + p, plan[i], 6) == 0)
				return true;
	return false;
}

/* 申请 / 申请数 / 申请数量 / 申请总数: requests, the section says which */
static bool
bare_requests(const char *f)
{
	return strcmp(f, "申请") == 0 || strcmp(f, "申请数") == 0 ||
		strcmp(f, "申请数量") == 0 || strcmp(f, "申请总数") == 0;
}

static int	digits_at(const ps *S, size_t p, int maxn, size_t *end, int *v);

/*
 * Does [a, b) begin its figures with 截至 (截止) a day before 31 December
 * (截至12月15日, 截至2022年11月30日)?
 */
static bool
cutoff_before(const ps *S, size_t a, size_t b)
{
	const char *h;
	size_t		q,
				e;
	int			v,
				m,
				d;
	bool		brk;

	if (b <= a || b - a > 600)
		return false;
	h = gdr_find_lit(S->s + a, b - a, "截至");
	if (h == NULL)
		h = gdr_find_lit(S->s + a, b - a, "截止");
	if (h == NULL)
		return false;
	q = skip_ws(S, (size_t) (h - S->s) + 6, &brk);
	if (digits_at(S, q, 4, &e, &v) == 4 && kw_at(S, e, "年", &e))
		q = skip_ws(S, e, &brk);
	if (digits_at(S, q, 2, &e, &m) < 1 || !kw_at(S, e, "月", &e))
		return false;
	q = skip_ws(S, e, &brk);
	if (digits_at(S, q, 2, &e, &d) < 1 || !kw_at(S, e, "日", &e))
		return false;
	return m < 12 || d < 31;
}

static void
apply_rule(ps *S, const prose_rule *R, size_t t, size_t kend)
{
	wbuf		fill,
				back;
	numres		nr;
	bool		found = false,
				fwd = false,
				split_new,
				brk;
	uint32_t	pc;
	size_t		own_end;
	size_t		from = kend;
	int			yl;

	/*
	 * 截至12月15日，…其余2件正在办理中: still open on a day before the
	 * year's end, which says nothing of what was carried forward
	 */
	if ((R->flags & F_OPEN) && cutoff_before(S, S->sent_start, t))
		return;
	/* checks on what precedes the trigger */
	if (R->flags & (F_PRE_ACT | F_PRE_DONE))
	{
		pc = char_before(S, t);
		if ((R->flags & F_PRE_ACT) && pc != 0 &&
			cs_in(pc, &cs_pre_act))
			return;
		if ((R->flags & F_PRE_DONE) && pc != 0 &&
			cs_in(pc, &cs_pre_done) && !on_time_before(S, t, pc))
			return;
	}
	if (R->flags & F_PRE_DONE)
	{
		back_window(S, t, 8, &back);
		if (has_any_wl(back.b, &wl_done_back))
			return;
		/*
		 * 收到并办理申请6件: one figure for both verbs; 办理 (handled) is
		 * not 办结, and the figure is the requests received
		 */
		if (strcmp(R->kw, "办理") == 0 &&
			(ends_with(back.b, back.n, "收到并") || ends_with(back.b, back.n, "受理并") ||
			 ends_with(back.b, back.n, "接收并")))
			return;
	}
	if (R->slot == N_REVIEW || R->slot == N_SUIT)
	{
		/*
		 * 全市各级行政复议机关共收到各类行政复议申请1,024件: reviews of
		 * every kind (a review body's caseload), not of disclosure
		 */
		back_window(S, t, 4, &back);
		if (ends_with(back.b, back.n, "各类") || ends_with(back.b, back.n, "各种") ||
			ends_with(back.b, back.n, "各类行政") || ends_with(back.b, back.n, "各种行政"))
			return;
	}
	if (R->flags & F_CONJ3)
	{
		back_window(S, t, 3, &back);
		if (has_any_wl(back.b, &wl_conj))
			return;
	}
	if (R->flags & F_TAIL_NEXT)
	{
		/* 结转 is handled at its own lead; 转 after 结 is the same word */
		if (R->kw[0] == (char) 0xE8 && memcmp(R->kw, "转", 4) == 0 &&
			char_before(S, t) == 0x7ED3)
			return;
		if (!next_year_at(S, kend, &from))
		{
			if (R->flags & F_Z_FWD)
				try_zero(S, R, t, kend);	/* …，无结转。 */
			return;
		}
		back_window(S, t, 4, &back);
		if (has_any_wl(back.b, &wl_prev))
			return;
	}
	if (R->flags & F_NO_HOU)
	{
		size_t		e;

		if (kw_at(S, skip_ws(S, kend, &brk), "后", &e))
			return;
	}

	if ((R->flags & F_FWD) && (list_fwd(S, t, from, R, &fill, &nr) ||
							   scan_fwd(S, from, R, &fill, &nr)))
		found = fwd = true;
	/*
	 * 4件均已按期答复：同意公开2件: the figure after the trigger is another
	 * one's (its filler is forbidden); the one before may be the trigger's
	 */
	if (found && (R->flags & F_BWD) && R->maxb > 0 && R->forbid &&
		has_any_wl(fill.b, &forbid_wl[R - rules]))
	{
		wbuf		bfill;
		numres		bnr;

		if (scan_bwd(S, t, R, &bfill, &bnr))
		{
			fill = bfill;
			nr = bnr;
			fwd = false;
		}
	}
	if (!found && (R->flags & F_BWD) && R->maxb > 0 && scan_bwd(S, t, R, &fill, &nr))
		found = true;
	if (!found && (R->flags & F_TAIL_NEXT) && lingyou_before(S, t, R, &fill, &nr))
		found = true;
	if (!found && (R->flags & F_TAIL_NEXT) && yin_before(S, t, R, &fill, &nr))
		found = true;
	if (!found)
	{
		if (R->flags & (F_Z_RECV | F_Z_APPEAL | F_Z_FEE | F_Z_SUGG | F_Z_FWD))
			try_zero(S, R, t, kend);
		return;
	}
	if (R->flags & F_ZERO_ONLY)
		return;

	/*
	 * 共受理申请14件，其中…本年新收12件 (below); or in a footnote of that
	 * figure: 受理…21件[3] … [3] 含…结转至本年度办理的3件；本年度新收申请18件
	 */
	split_new = R->slot == N_RECV && memcmp(R->kw, "新收", 6) == 0 &&
		S->c[N_RECV].has && S->c[N_RECV].amb && fwd &&
		((S->qz && (S->before_qz & ((uint32_t) 1 << N_RECV))) ||
		 (footnote_mark_after(S, S->c[N_RECV].numpos) >= 0 &&
		  footnote_mark_after(S, S->c[N_RECV].numpos) == footnote_of_line(S, t)));

	/* filler conditions */
	if (R->need && !split_new && !has_any_wl(fill.b, &need_wl[R - rules]) &&
		!(R->slot == N_RECV && bare_requests(fill.b) &&
		  S->last_yishen != SIZE_MAX && t > S->last_yishen && t - S->last_yishen < 300) &&
		!(R->slot == S->own_slot && S->own_at != SIZE_MAX && t >= S->own_at &&
		  t - S->own_at <= 6))
		return;					/* (受理申请21件 just after 三、依申请公开…;
								 * 共收到申请53件，其中我局收到21件) */
	if (has_any_wl(fill.b, &forbid_wl[R - rules]))
		return;
	/* 公众号，全年发布政府信息1200条: maybe every channel's */
	if ((R->flags & F_QUOTE) && memchr(fill.b, ',', fill.n) &&
		has_any_wl(fill.b, &wl_gov))
		return;
	if (!fwd && (R->flags & F_BACK_DE) && !ends_with(fill.b, fill.n, "的"))
		return;
	/*
	 * backward: 43件申请均已办结 names the requests; 收到申请4件，…，4件均已
	 * 按期答复 does in its sentence, when nothing else is counted there
	 */
	if (!fwd && (R->flags & F_BWD_APP) && !has_any_wl(fill.b, &wl_app) &&
		!(all_of_them(fill.b) && sentence_only_requests(S, t)))
		return;
	/* 3件因故未结转: a negation between the number and 结转 */
	if ((R->flags & F_TAIL_NEXT) && has_negation(fill.b))
		return;
	if (R->flags & F_APPCTX)
	{
		if (!has_any_wl(fill.b, &wl_app) &&
			(S->last_app == SIZE_MAX || t < S->last_app || t - S->last_app > 240))
			return;
	}

	if (nr.approx)
	{
		S->c[R->slot].approx = true;
		return;
	}
	if (target_figure(S, t, nr.pos))
		return;					/* 力争…不少于400条: a plan, not a figure */
	if (fwd && !last_year_to(S, R, &fill, &nr))
		return;					/* 由上年的1,532条…: last year's */
	if (share_follows(S, nr.end))
		return;					/* "856条，占34%": a part of a total */
	if (unrelated_after(S, nr.end))
		return;					/* 复议案件1件…，与政府信息公开无关 */
	/* 2014年、2015年…分别…186条、243条: the year's value, or none */
	yl = fwd ? year_list_pick(S, t, R, &nr) : 0;
	if (yl < 0 || (yl == 0 && other_year_before(S, t)))
		return;
	if (R->slot == N_FEES)
	{
		/* 应收信息处理费合计600元: billed, not collected */
		wbuf		bw;

		back_window(S, t, 6, &bw);
		if (strstr(bw.b, "应收") || strstr(bw.b, "应缴") || strstr(bw.b, "应交"))
			return;
	}
	if (own_part_follows(S, nr.end, &own_end))
	{
		/* the agency's own figure may follow, its subject left out */
		S->own_at = own_end;
		S->own_slot = R->slot;
		return;
	}
	{
		int			rank = rank_of(S, t, &fill);

		/* …新机构挂牌后主动公开政府信息158条，全年合计328条: the total */
		if (fwd && nr.unit && total_follows(S, R, &nr))
			rank = 2;
		/* a total without unit is only taken when it says it is a total */
		if (!nr.unit && rank < 2)
			return;
		/* 全市各县（市、区）教育局共收到申请213件: the units below it;
		 * the agency's own figure, when stated, wins */
		if (subordinate_subject(S, t))
			rank = 0;
		/*
		 * 全省气象部门…共主动公开政府信息9,862条 in the provincial bureau's
		 * report: the whole area's, never the body's own figure
		 */
		if (whole_area_subject(S, t, &fill))
			return;
		/*
		 * 共受理申请14件，其中上年结转2件、本年新收12件: 受理 may include
		 * the carried-over requests, 新收 under its 其中 says how many are
		 * new; that is the figure, and nothing is ambiguous any more
		 */
		if (split_new)
		{
			cand	   *c = &S->c[N_RECV];

			c->v = nr.v;
			c->amb = false;
			c->conflict = false;
			c->parallel = false;
			c->numpos = nr.pos;
			return;
		}
		offer(S, R->slot, nr.v, rank, nr.pos, (R->flags & F_AMBIG) != 0);
	}
}

/* ------------------------------------------------------------------ */
/* dates, agency lines, title                                          */
/* ------------------------------------------------------------------ */

static int
digits_at(const ps *S, size_t p, int maxn, size_t *end, int *v)
{
	int			n = 0;

	*v = 0;
	while (p < S->len && n < maxn && is_digit((unsigned char) S->s[p]))
	{
		*v = *v * 10 + (S->s[p] - '0');
		p++;
		n++;
	}
	if (p < S->len && is_digit((unsigned char) S->s[p]))
		return 0;				/* longer than wanted */
	*end = p;
	return n;
}

static bool
valid_date(int y, int m, int d)
{
	return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/*
 * A date at p: 2024年1月24日 (white space allowed) or, when iso, also
 * 2023-12-15 / 2023/12/15 / 2023.12.15.
 */
static bool
date_at(const ps *S, size_t p, bool iso, size_t *end, int *y, int *m, int *d)
{
	size_t		q;
	bool		brk;

	if (digits_at(S, p, 4, &q, y) != 4)
		return false;
	if (iso && q < S->len && (S->s[q] == '-' || S->s[q] == '/' || S->s[q] == '.'))
	{
		char		sep = S->s[q];

		if (digits_at(S, q + 1, 2, &q, m) < 1 || q >= S->len || S->s[q] != sep ||
			digits_at(S, q + 1, 2, &q, d) < 1)
			return false;
		*end = q;
		return valid_date(*y, *m, *d);
	}
	q = skip_ws(S, q, &brk);
	if (brk || !kw_at(S, q, "年", &q))
		return false;
	q = skip_ws(S, q, &brk);
	if (brk || digits_at(S, q, 2, &q, m) < 1)
		return false;
	q = skip_ws(S, q, &brk);
	if (brk || !kw_at(S, q, "月", &q))
		return false;
	q = skip_ws(S, q, &brk);
	if (brk || digits_at(S, q, 2, &q, d) < 1)
		return false;
	q = skip_ws(S, q, &brk);
	/* (曰: OCR's 日) */
	if (brk || !(kw_at(S, q, "日", &q) || kw_at(S, q, "号", &q) ||
				 kw_at(S, q, "曰", &q)))
		return false;
	*end = q;
	return valid_date(*y, *m, *d);
}

/*
 * The Chinese numerals at *p (at most maxc characters, ○ read as 〇) and
 * their value by gdr_cn_number (二〇一一 -> 2011, 二十五 -> 25); -1 if none.
 */
static int64_t
cn_run_at(const ps *S, size_t *p, int maxc)
{
	char		buf[3 * 8];
	size_t		bl = 0;
	uint32_t	c;
	int			n,
				k;
	int64_t		v;

	for (k = 0; k < maxc && k < 8; k++)
	{
		n = dec(S, *p, &c);
		/* 二0一八年: an ASCII 0 among the numerals (a careless 〇) */
		if (n == 1 && c == '0' && k > 0)
		{
			memcpy(buf + bl, "〇", 3);
			bl += 3;
			*p += 1;
			continue;
		}
		if (n != 3 || !(is_cn_digit(c) || c == 0x25CB /* ○ */ ))
			break;
		memcpy(buf + bl, c == 0x25CB ? "〇" : S->s + *p, 3);
		bl += 3;
		*p += 3;
	}
	return bl > 0 && gdr_cn_number(buf, bl, &v) ? v : -1;
}

/* 二〇一一年三月二十五日 at p (the date under a signature, in numerals) */
static bool
cn_date_at(const ps *S, size_t p, size_t *end, int *y, int *m, int *d)
{
	int64_t		yv,
				mv,
				dv;

	if ((yv = cn_run_at(S, &p, 4)) < 0 || !kw_at(S, p, "年", &p) ||
		(mv = cn_run_at(S, &p, 3)) < 0 || !kw_at(S, p, "月", &p) ||
		(dv = cn_run_at(S, &p, 3)) < 0 ||
		!(kw_at(S, p, "日", &p) || kw_at(S, p, "号", &p)))
		return false;
	*y = (int) yv;
	*m = (int) mv;
	*d = (int) dv;
	*end = p;
	return valid_date(*y, *m, *d);
}

static bool
is_cjk(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/*
 * [a, b) trimmed of spaces and '#': is it only an agency name?  Han
 * characters only, 3..30 of them, ending like a body does.
 */
/*
 * The '(' that opens the bracket closing at e (S->s[e] == ')'), with only
 * Han characters (two to twenty) between them and something before it in
 * [a, e); SIZE_MAX if none.
 */
static size_t
paren_open(const ps *S, size_t a, size_t e)
{
	size_t		q = e;
	int			k = 0;

	while (q >= a + 3 && k <= 20 && IS_HAN3((const unsigned char *) S->s + q - 3))
	{
		q -= 3;
		k++;
	}
	if (k < 2 || k > 20 || q <= a || S->s[q - 1] != '(')
		return SIZE_MAX;
	return q - 1 > a ? q - 1 : SIZE_MAX;
}

static bool
agency_text(const ps *S, size_t a, size_t b, size_t *ta, size_t *tb)
{
	uint32_t	c;
	int			n,
				k = 0;
	size_t		p,
				end,
				last = a;
	static const char *const suf[] = {
		"局", "政府", "委员会", "委", "办公厅", "办公室", "厅", "中心", "院", "署",
		"管委会", "部", "处", "办", "所", "站", "馆", "队", "街道", "镇", "乡",
	"公署", "分局", "支队", "大队", "事务所", "集团", "公司", "海关", "支行", "分行",
	"大学", "学校"};
	int			i;

	while (a < b && (S->s[a] == ' ' || S->s[a] == '#' || S->s[a] == '\t' ||
					 S->s[a] == '\r' || S->s[a] == '\f'))
		a++;
	while (b > a && (S->s[b - 1] == ' ' || S->s[b - 1] == '\t' ||
					 S->s[b - 1] == '\r' || S->s[b - 1] == '\f'))
		b--;
	end = b;
	/* a second name in brackets (两块牌子): 某委员会（某局）; the first decides */
	if (b - a > 9 && S->s[b - 1] == ')')
	{
		size_t		q = paren_open(S, a, b - 1);

		if (q == SIZE_MAX)
			return false;
		b = q;
	}
	/* cheap test first: the last character of a body's name */
	if (b - a < 9)
		return false;
	dec(S, b - 3, &c);
	switch (c)
	{
		case 0x5C40:			/* 局 */
		case 0x5E9C:			/* 府 */
		case 0x59D4:			/* 委 */
		case 0x4F1A:			/* 会 */
		case 0x5385:			/* 厅 */
		case 0x5BA4:			/* 室 */
		case 0x5FC3:			/* 心 */
		case 0x9662:			/* 院 */
		case 0x7F72:			/* 署 */
		case 0x90E8:			/* 部 */
		case 0x5904:			/* 处 */
		case 0x529E:			/* 办 */
		case 0x6240:			/* 所 */
		case 0x7AD9:			/* 站 */
		case 0x9986:			/* 馆 */
		case 0x961F:			/* 队 */
		case 0x9053:			/* 道 */
		case 0x9547:			/* 镇 */
		case 0x4E61:			/* 乡 */
		case 0x53F8:			/* 司 */
		case 0x5173:			/* 关 (海关) */
		case 0x884C:			/* 行 (支行) */
		case 0x5B66:			/* 学 (大学) */
		case 0x6821:			/* 校 (学校) */
			break;
		default:
			return false;
	}
	for (p = a; p < b; p += (size_t) n)
	{
		n = dec(S, p, &c);
		if (n <= 0)
			return false;
		if (c == 0x3000)
			continue;
		/* 我 is in no body's name (现将我镇…: a sentence) */
		if (!is_cjk(c) || c == 0x6211)
			return false;
		last = p;
		if (++k > 30)
			return false;
	}
	if (k < 3)
		return false;
	(void) last;
	for (i = 0; i < (int) (sizeof(suf) / sizeof(suf[0])); i++)
	{
		size_t		sl = strlen(suf[i]);

		if ((size_t) (b - a) >= sl && memcmp(S->s + b - sl, suf[i], sl) == 0)
		{
			*ta = a;
			*tb = end;			/* (brackets included) */
			return true;
		}
	}
	return false;
}

/*
 * Is the remembered line L only an agency name?  Asked only where it
 * matters (before a date line, a title line, at the end), not per line.
 */
static bool
line_agency(const ps *S, const pline *L, size_t *ta, size_t *tb)
{
	return L->end - L->start <= 160 &&
		agency_text(S, L->start, L->end, ta, tb);
}

/* the report phrases of a title line */
typedef struct title_phrase
{
	const char *w;
	gdr_doc_kind kind;
} title_phrase;

static const title_phrase phrases[] = {
	{"政府信息公开工作年度报告", GDR_KIND_ANNUAL_REPORT},
	{"政府资讯公开工作年度报告", GDR_KIND_ANNUAL_REPORT},	/* s2twp: 信息 -> 資訊 */
	{"政府信息公开年度报告", GDR_KIND_ANNUAL_REPORT},
	{"政府信息公开工作年报", GDR_KIND_ANNUAL_REPORT},
	{"政府信息公开年报", GDR_KIND_ANNUAL_REPORT},
	{"政府信息公开工作报告", GDR_KIND_ANNUAL_REPORT},
	{"信息公开工作年度报告", GDR_KIND_ANNUAL_REPORT},
	{"政务公开工作年度报告", GDR_KIND_ANNUAL_REPORT},
	{"政务公开工作总结", GDR_KIND_WORK_SUMMARY},
	{"政府信息公开工作总结", GDR_KIND_WORK_SUMMARY},
	{"信息公开工作总结", GDR_KIND_WORK_SUMMARY},
	{"政务公开工作报告", GDR_KIND_WORK_SUMMARY},
	{"政务公开工作情况", GDR_KIND_WORK_SUMMARY},
	{"政务公开工作汇报", GDR_KIND_WORK_SUMMARY},
	{"政府信息公开工作汇报", GDR_KIND_WORK_SUMMARY},
};

static int
phrase_at(const ps *S, size_t p, size_t *end)
{
	int			i;

	for (i = 0; i < (int) (sizeof(phrases) / sizeof(phrases[0])); i++)
		if (kw_at(S, p, phrases[i].w, end))
		{
			/* the title ends there: not "...年度报告显示" */
			uint32_t	c;

			dec(S, *end, &c);
			/* 关于2016年政务公开工作总结暨2017年工作要点的报告: the first part's */
			if (*end < S->len && c == 0x66A8 /* 暨 */ )
				return i;
			if (*end < S->len && is_cjk(c))
			{
				/* a WeChat post's title: …年度报告来啦～ / 出炉了！ */
				static const char *const tails[] = {"来啦", "来了", "出炉啦", "出炉了", "出炉"};
				size_t		te = 0;
				int			k;
				uint32_t	d = '\n';

				for (k = 0; k < 5 && te == 0; k++)
					if (kw_at(S, *end, tails[k], &te))
					{
						if (te < S->len)
							dec(S, te, &d);
						if (!(d == '\n' || d == '~' || d == '!' || d == ' ' || d == 0xFF01))
							te = 0;
					}
				if (te == 0)
					return -1;
				return i;
			}
			if (*end < S->len && (c == 0x3002 || c == ',' || c == ';' || c == 0x3001))
				return -1;
			return i;
		}
	return -1;
}

/*
 * A year in four Chinese digits at p (二〇一五, 二○一五, 二零一五; never
 * with 十): its value in *y and its end, or false.
 */
static bool
cn_year4_at(const ps *S, size_t p, int *y, size_t *end)
{
	static const uint32_t dg[10] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
	0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
	int			k,
				v = 0;

	for (k = 0; k < 4; k++)
	{
		uint32_t	c;
		int			d;
		int			n = dec(S, p, &c);

		/* 二0一七: an ASCII 0 among them (not the first) */
		if (n == 1 && c == '0' && k > 0)
		{
			v = v * 10;
			p += 1;
			continue;
		}
		if (n != 3)
			return false;
		if (c == 0x25CB || c == 0x96F6)	/* ○ 零 */
			c = 0x3007;
		for (d = 0; d < 10 && dg[d] != c; d++)
			;
		if (d == 10)
			return false;
		v = v * 10 + d;
		p += 3;
	}
	*y = v;
	*end = p;
	return true;
}

/* a year at p, in digits or in four Chinese digits; its end in *end */
static bool
year4_at(const ps *S, size_t p, int *y, size_t *end)
{
	if (p < S->len && is_digit((unsigned char) S->s[p]))
		return digits_at(S, p, 4, end, y) == 4;
	/* 二 (E4 BA 8C) begins every year 2000..2999 */
	return p + 12 <= S->len && memcmp(S->s + p, "\xE4\xBA\x8C", 3) == 0 &&
		cn_year4_at(S, p, y, end);
}

/* "2024 年(度)" / "二〇二四年(度)" at p: the year and the end */
static bool
year_nian_at(const ps *S, size_t p, int *y, size_t *end)
{
	size_t		q;
	bool		brk;

	if (!year4_at(S, p, y, &q) || *y < 1990 || *y > 2100)
		return false;
	q = skip_ws(S, q, &brk);
	if (brk || !kw_at(S, q, "年", &q))
		return false;
	if (kw_at(S, q, "度", end))
		q = *end;
	*end = skip_ws(S, q, &brk);
	return true;
}

/*
 * An academic year at p (2013—2014学年, 2013-2014学年度, 2013至2014学年):
 * the report covers parts of two years, so it has no one year
 */
static bool
span_year_at(const ps *S, size_t p, size_t *end)
{
	int			y1,
				y2;
	size_t		q,
				e;
	bool		brk;

	if (digits_at(S, p, 4, &q, &y1) != 4)
		return false;
	if (kw_at(S, q, "—", &e) || kw_at(S, q, "–", &e) || kw_at(S, q, "至", &e) ||
		kw_at(S, q, "-", &e) || kw_at(S, q, "~", &e) || kw_at(S, q, "/", &e))
		q = e;
	else
		return false;
	if (kw_at(S, q, "—", &e))
		q = e;					/* —— */
	if (digits_at(S, q, 4, &q, &y2) != 4 || y2 != y1 + 1)
		return false;
	q = skip_ws(S, q, &brk);
	if (brk || !kw_at(S, q, "学年", &q))
		return false;
	if (kw_at(S, q, "度", &e))
		q = e;
	*end = skip_ws(S, q, &brk);
	return true;
}

/*
 * s[a..b) is a place's name alone: 2 to 12 Han characters (spaces after
 * them) ending in 市 县 区 省 州 旗 or 盟, not 全县 本市 …
 */
static bool
place_name(const ps *S, size_t a, size_t b)
{
	const unsigned char *u = (const unsigned char *) S->s;
	uint32_t	c;
	int			k = 0;

	while (b > a && u[b - 1] == ' ')
		b--;
	if (b - a < 6 || (b - a) % 3 != 0)
		return false;
	for (; a < b; a += 3, k++)
		if (!IS_HAN3(u + a) || k >= 12)
			return false;
	/* 全市 本县 我区 该县 各区 此县: a word for the body, no name */
	dec(S, a - 3 * (size_t) k, &c);
	if (c == 0x5168 || c == 0x672C || c == 0x6211 || c == 0x8BE5 || c == 0x5404 ||
		c == 0x6B64)
		return false;
	dec(S, b - 3, &c);
	return c == 0x5E02 || c == 0x53BF || c == 0x533A || c == 0x7701 ||
		c == 0x5DDE || c == 0x65D7 || c == 0x76DF;
}

static void
set_title(ps *S, size_t a, size_t b, int y, int ph)
{
	size_t		ta,
				tb;

	if (!agency_text(S, a, b, &ta, &tb))
	{
		/* agency on the line(s) before: "聊城市...局\n\n2022年...报告" */
		if (a < b)
		{
			/* text before the year that is not an agency: no title */
			size_t		p = a;

			while (p < b && (S->s[p] == ' ' || S->s[p] == '#'))
				p++;
			if (p < b && !place_name(S, p, b))
				return;
		}
		/*
		 * (北京市2022年政府信息公开工作年度报告: a city's report on its
		 * whole government, named by the place alone; the year is the
		 * report's, the body is not named: none is made up)
		 */
		if (S->nlines == 0 ||
			!line_agency(S, &S->ring[(S->nlines - 1) & 3], &ta, &tb))
			ta = tb = 0;
	}
	/*
	 * A second title right after the first, of the same agency and another
	 * year (a page's <title> left over from last year's page, then the
	 * body's own heading): its year is remembered, and taken at the end if
	 * the statistics period (统计期限) names it and not the first's
	 */
	if (S->have_title)
	{
		if (y != 0 && y != S->title_year && S->title_ag != NULL &&
			tb - ta == S->title_aglen &&
			memcmp(S->s + ta, S->title_ag, S->title_aglen) == 0)
			S->title_year2 = y;
		return;
	}
	S->title_retry = 3;
	S->have_title = true;
	/*
	 * Figures read before the report's title, when it comes near the
	 * top, are someone else's: a bulletin's sidebar with the county's
	 * totals, a cover note (2020年为7件).  (A title found far down is more
	 * likely another report's in a gazette whose own title was missed:
	 * the figures read so far stay.)
	 */
	if (a < TITLE_PREFACE)
	{
		int			k;

		for (k = 0; k < NNARR; k++)
			if (S->c[k].has && S->c[k].numpos < a)
				memset(&S->c[k], 0, sizeof(S->c[k]));
	}
	S->title_year = y;
	S->title_kind = phrases[ph].kind;
	S->title_ag = tb > ta ? S->s + ta : NULL;
	S->title_aglen = tb - ta;
}

/*
 * Title line at p (a line start): [标题:|名称:|#] agency year年(度) phrase,
 * year年(度) agency phrase, or year年(度) phrase with the agency on the
 * line before.
 */
static void
try_title(ps *S, size_t p)
{
	size_t		q,
				a,
				e;
	int			y,
				k,
				ph;
	uint32_t	c;
	int			n;
	bool		brk;

	/* (markdown's #, emphasis's *, AsciiDoc's = before a heading) */
	while (p < S->len && (S->s[p] == ' ' || S->s[p] == '#' || S->s[p] == '\t' ||
						  S->s[p] == '*' || S->s[p] == '='))
		p++;
	/* org-mode's #+title:, a YAML front matter's title: */
	if (S->len - p > 7 && (memcmp(S->s + p, "+title:", 7) == 0 ||
						   memcmp(S->s + p, "+TITLE:", 7) == 0))
		p = skip_ws(S, p + 7, &brk);
	else if (S->len - p > 6 && memcmp(S->s + p, "title:", 6) == 0)
	{
		p = skip_ws(S, p + 6, &brk);
		if (p < S->len && S->s[p] == '"')
			p++;
	}
	if (kw_at(S, p, "标题", &q) || kw_at(S, p, "名称", &q) ||
		(kw_at(S, p, "名", &q) && kw_at(S, skip_ws(S, q, &brk), "称", &q)) ||
		(kw_at(S, p, "标", &q) && kw_at(S, skip_ws(S, q, &brk), "题", &q)))
	{
		/* 标题: / 名称: / 名　　称：(a 索引号 table's cell, a tab after it) */
		q = skip_ws(S, q, &brk);
		if (q < S->len && S->s[q] == ':')
		{
			p = skip_ws(S, q + 1, &brk);
			while (p < S->len && S->s[p] == '\t')
				p++;
		}
	}
	/* 关于2016年政务公开工作总结…的报告 (a report to the body above) */
	if (kw_at(S, p, "关于", &q) && q < S->len && is_digit((unsigned char) S->s[q]))
		p = q;
	if (p < S->len && (is_digit((unsigned char) S->s[p]) ||
					   year_nian_at(S, p, &y, &a)))
	{
		/* year first */
		if (!year_nian_at(S, p, &y, &a))
			return;
		for (q = a, k = 0; q < S->len && k <= 40; k++)
		{
			/* every phrase begins with 政 (E6 94 BF) or 信 (E4 BF A1) */
			if ((unsigned char) S->s[q] >= 0xE4 &&
				(ph = phrase_at(S, q, &e)) >= 0)
			{
				set_title(S, a, q, y, ph);
				return;
			}
			q = skip_ws(S, q, &brk);
			if (brk)
				return;
			n = dec(S, q, &c);
			if (n <= 0 || !is_cjk(c))
				return;
			q += (size_t) n;
		}
		return;
	}
	/* agency first */
	for (q = p, k = 0; q < S->len && k <= 40; k++)
	{
		n = dec(S, q, &c);
		if (n <= 0 || c == '\n')
			return;
		if (k >= 2 && (c == 0x653F || c == 0x4FE1) && (ph = phrase_at(S, q, &e)) >= 0)
		{
			/* no year in the title (湄川市审计局政府信息公开工作年度报告):
			 * the phrase ends the line (every phrase begins with 政 or 信) */
			size_t		le = e;

			while (le < S->len && (S->s[le] == ' ' || S->s[le] == '\r'))
				le++;
			if (le >= S->len || S->s[le] == '\n')
				set_title(S, p, q, 0, ph);
			return;
		}
		if (is_digit(c) && span_year_at(S, q, &a))
		{
			/* 东林理工大学2013—2014学年…: no one year */
			size_t		ye = q;

			if ((ph = phrase_at(S, a, &e)) < 0)
				return;
			while (ye > p && S->s[ye - 1] == ' ')
				ye--;
			if (ye > p)
			{
				set_title(S, p, ye, 0, ph);
				S->title_span = S->have_title;
			}
			return;
		}
		if (is_digit(c) || (c == 0x4E8C && year_nian_at(S, q, &y, &a)))
		{
			size_t		ye = q;

			if (!year_nian_at(S, q, &y, &a))
				return;
			if ((ph = phrase_at(S, a, &e)) < 0)
				return;
			while (ye > p && S->s[ye - 1] == ' ')
				ye--;
			if (ye > p)
				set_title(S, p, ye, y, ph);
			return;
		}
		if (c == '(' && q > p)
		{
			/* 某委员会（某局）2021年…: a second name in brackets */
			size_t		r = q + 1;
			int			h = 0;

			while (r + 3 <= S->len && h < 20 && IS_HAN3((const unsigned char *) S->s + r))
			{
				r += 3;
				h++;
			}
			if (h >= 2 && r < S->len && S->s[r] == ')')
			{
				q = r + 1;
				continue;
			}
		}
		if (is_stop(c) || c == ':')
			return;
		q += (size_t) n;
	}
}

/* the signature (sig_start/sig_end, set by the caller) is dated y-m-d */
static void
signed_on(ps *S, int y, int m, int d)
{
	S->have_sig = true;
	S->sy = y;
	S->sm = m;
	S->sd = d;
}

/*
 * Run-on text (a crawler's page text on one line) has no signature lines:
 * "… 人次 160 宜兴市环境保护局 2017年3月28日".  In the last 600 bytes of a
 * long line, the last "<agency> <date>" with white space around the date
 * (or the line's end after it) is taken as the signature.  Called at the
 * end, for the last long lines, when no signature lines were found.
 */
static void
runon_signature(ps *S, size_t a, size_t b)
{
	size_t		q = b - a > 600 ? b - 600 : a;

	for (; q + 4 <= b; q++)
	{
		size_t		e,
					ws,
					as;
		int			y,
					m,
					d;

		/* a 4-digit year right after a space */
		if (S->s[q] != ' ' || !is_digit((unsigned char) S->s[q + 1]))
			continue;
		if (!date_at(S, q + 1, false, &e, &y, &m, &d) || e > b)
			continue;
		if (e < b && S->s[e] != ' ' && S->s[e] != '\r')
			continue;
		/* the word before it: back over spaces, then to the last space
		 * or sentence stop */
		ws = q;
		while (ws > a && S->s[ws - 1] == ' ')
			ws--;
		as = ws;
		while (as > a && S->s[as - 1] != ' ')
		{
			size_t		pc = prevc(S, as);
			uint32_t	c;

			dec(S, pc, &c);
			if (c == 0x3002 || c == 0xFF1B || c == ';' || c == ':' || is_digit(c))
				break;
			as = pc;
		}
		if (ws - as <= 60 && agency_text(S, as, ws, &S->sig_start, &S->sig_end))
			signed_on(S, y, m, d);
	}
}

/* a line [a, b): classify it and remember it in the ring */
static void
end_line(ps *S, size_t a, size_t b, bool nonblank)
{
	pline	   *L;
	size_t		p,
				e;
	int			y,
				m,
				d;
	bool		is_date = false;

	if (!nonblank)
	{
		/* a blank line ends a paragraph */
		end_sentence(S, b, true);
		return;
	}
	L = &S->ring[S->nlines & 3];
	memset(L, 0, sizeof(*L));
	L->start = a;
	L->end = b;
	if (b - a > 160)
	{
		S->nlines++;
		return;
	}
	/* a line that is only a date, maybe in parentheses */
	p = a;
	while (p < b && (S->s[p] == ' ' || S->s[p] == '\t' || S->s[p] == '('))
		p++;
	/* (a table row begins with a short number: four digits first; a
	 * spreadsheet's date cell prints 2020-03-26) */
	if (b - p >= 4 && is_digit((unsigned char) S->s[p]) &&
		is_digit((unsigned char) S->s[p + 1]) &&
		is_digit((unsigned char) S->s[p + 2]) &&
		is_digit((unsigned char) S->s[p + 3]) &&
		date_at(S, p, true, &e, &y, &m, &d) && e <= b)
		is_date = true;
	/* or in numerals: 二〇一一年三月二十五日 */
	else if (b - p >= 18 && memcmp(S->s + p, "二", 3) == 0 &&
			 cn_date_at(S, p, &e, &y, &m, &d) && e <= b)
		is_date = true;
	if (is_date)
	{
		while (e < b && (S->s[e] == ' ' || S->s[e] == ')' || S->s[e] == '\r' ||
						 S->s[e] == '\t'))
			e++;
		if (e == b)
		{
			L->dy = y;
			L->dm = m;
			L->dd = d;
			if (S->nlines > 0 &&
				line_agency(S, &S->ring[(S->nlines - 1) & 3],
							&S->sig_start, &S->sig_end))
				signed_on(S, y, m, d);
		}
	}
	S->nlines++;
}

/* metadata date after 发布日期 / 公开日期 ...: ':' or a cell break first */
static void
meta_date(ps *S, size_t kend)
{
	size_t		q = kend,
				e;
	int			y,
				m,
				d,
				k;
	bool		brk;

	if (S->my)
		return;
	for (k = 0; k < 3 && q < S->len; k++)
	{
		q = skip_ws(S, q, &brk);
		if (brk)
			return;
		if (q < S->len && (S->s[q] == ':' || S->s[q] == '\t'))
			q++;
	}
	if (q < S->len && is_digit((unsigned char) S->s[q]) &&
		date_at(S, q, true, &e, &y, &m, &d))
	{
		S->my = y;
		S->mm = m;
		S->md = d;
	}
}

/* nothing but spaces and tabs between the line's start and p */
static bool
line_start_at(const ps *S, size_t p)
{
	while (p > 0 && (S->s[p - 1] == ' ' || S->s[p - 1] == '\t'))
		p--;
	return p == 0 || S->s[p - 1] == '\n';
}

static void
meta_org(ps *S, size_t kend)
{
	size_t		q = kend,
				a,
				ta,
				tb;
	bool		brk;

	if (S->org)
		return;
	q = skip_ws(S, q, &brk);
	if (q < S->len && (S->s[q] == ':' || S->s[q] == '\t'))
		q++;
	while (q < S->len && (S->s[q] == ' ' || S->s[q] == '\t' || S->s[q] == '\n'))
		q++;
	a = q;
	while (q < S->len && q - a < 120 && S->s[q] != ' ' && S->s[q] != '\t' &&
		   S->s[q] != '\n' && S->s[q] != '\r')
		q++;
	if (agency_text(S, a, q, &ta, &tb))
	{
		S->org = S->s + ta;
		S->orglen = tb - ta;
	}
}

/* 统计期限 ... 2023年1月1日: the year covered */
static void
stat_year(ps *S, size_t kend)
{
	size_t		q = kend,
				e;
	int			k,
				y;
	uint32_t	c;
	int			n;

	if (S->stat_year)
		return;
	for (k = 0; k < 16 && q < S->len; k++)
	{
		n = dec(S, q, &c);
		if (is_digit(c))
		{
			if (year_nian_at(S, q, &y, &e))
				S->stat_year = y;
			return;
		}
		if (c == 0x4E8C && year_nian_at(S, q, &y, &e))	/* 二〇二三年 */
		{
			S->stat_year = y;
			return;
		}
		if (c == 0x3002 || c == '\n')
			return;
		q += (size_t) n;
	}
}

/* ------------------------------------------------------------------ */
/* the scan                                                            */
/* ------------------------------------------------------------------ */

/* a sentence ends before `next` */
static void
end_sentence(ps *S, size_t next, bool para)
{
	S->prev_slots = para ? 0 : S->sent_slots;
	S->qz = false;
	S->sent_slots = S->before_qz = 0;
	S->sent_start = next;
}

/*
 * A lead character at p: try the rules of its group (grp: its first index
 * in lead_order).  The second character (after white space, as kw_atn
 * skips it in a trigger wrapped at a line end) is compared as one key;
 * only the rules it begins are matched further.
 */
static void
at_trigger(ps *S, size_t p, int grp)
{
	int			i;
	uint32_t	lc = lead_cp[grp];
	uint32_t	k2 = 0;			/* 0: no second character (the text ends) */
	bool		slow = false;

	if (p + 6 <= S->len)
	{
		const unsigned char *u = (const unsigned char *) S->s + p + 3;

		k2 = KEY3(u);
		/* white space as kw_atn sees it; most often a Han lead byte follows:
		 * one compare */
		if (u[0] <= ' ')
			slow = u[0] == ' ' || u[0] == '\n' || u[0] == '\r' || u[0] == '\f';
		else if (u[0] == 0xE3 || u[0] == 0xC2)
			slow = wide_space_at(S, p + 3);
		if (slow)
		{
			/* a wrapped trigger: its second character as kw_atn_ws finds it */
			bool		brk;
			size_t		q = skip_ws(S, p + 3, &brk);

			k2 = 0;
			if (!brk && q + 3 <= S->len)
				k2 = KEY3((const unsigned char *) S->s + q);
		}
	}
	if (!lead_one[grp])
	{
		uint32_t	h = PAIR_HASH(lc, k2);

		if (!((pair_bits[h >> 6] >> (h & 63)) & 1))
			return;
	}
	for (i = grp; i < NRULES && lead_cp[i] == lc; i++)
	{
		const prose_rule *R = &rules[lead_order[i]];
		size_t		kl = kw_len[lead_order[i]];
		size_t		kend;

		if (kl == 3)
			kend = p + 3;		/* the lead is the trigger */
		else if (k2 != kw2[i])
			continue;
		else if (slow)
		{
			if (!kw_atn_ws(S, p, R->kw, kl, &kend))
				continue;
		}
		else if (kl == 6)
			kend = p + 6;
		else if (!kw_atn_from(S, p, R->kw, kl, 6, &kend))
			continue;	/* the rest as kw_atn would */
		switch (R->slot)
		{
			case X_QIZHONG:
				if (!S->qz)
				{
					size_t		q;
					bool		brk;

					S->qz = true;
					S->before_qz = S->sent_slots;
					/* "…2543条。其中，…": the parts of the sentence before */
					q = skip_ws(S, S->sent_start, &brk);
					if (q >= p)
						S->before_qz |= S->prev_slots;
				}
				return;
			case X_APP:
				S->last_app = kend;
				return;
			case X_YISHEN:
				S->last_yishen = kend;
				return;
			case X_STAT:
				stat_year(S, kend);
				return;
			case X_PUBDATE:
				meta_date(S, kend);
				return;
			case X_PUBORG:
				meta_org(S, kend);
				return;
			case X_SRCORG:
				/* 来源：… only as a header line (not 数据来源于…) */
				if (line_start_at(S, p) && kend < S->len && S->s[kend] == ':')
					meta_org(S, kend);
				return;
			default:
				apply_rule(S, R, p, kend);
				break;
		}
	}
}

/*
 * Is f[0..fl) a fuller name of the body a[0..al) names: it ends with a, or
 * with a and the body's generic suffix (东溪镇 -> 桐溪县东溪镇人民政府)?
 */
static bool
fuller_name(const char *f, size_t fl, const char *a, size_t al)
{
	static const char *const suffix[] = {"", "人民政府", "办事处"};
	int			i;

	for (i = 0; i < 3; i++)
	{
		size_t		sl = strlen(suffix[i]);

		if (fl > al && fl >= al + sl && memcmp(f + fl - sl, suffix[i], sl) == 0 &&
			memcmp(f + fl - sl - al, a, al) == 0)
			return true;
	}
	return false;
}

static char *
copy_agency(ps *S, const char *a, size_t n)
{
	char	   *out = gdr_alloc(S->ctx, 3 * n + 1);
	size_t		i,
				j = 0;

	if (out == NULL)
		return NULL;
	for (i = 0; i < n; i++)
	{
		/* drop spaces inside the name (PDF letter spacing) */
		if (a[i] == ' ')
			continue;
		/* brackets as the name prints them (the normaliser made them ASCII) */
		if (a[i] == '(' || a[i] == ')')
		{
			memcpy(out + j, a[i] == '(' ? "（" : "）", 3);
			j += 3;
			continue;
		}
		if ((unsigned char) a[i] == 0xE3 && i + 2 < n &&
			(unsigned char) a[i + 1] == 0x80 && (unsigned char) a[i + 2] == 0x80)
		{
			i += 2;
			continue;
		}
		out[j++] = a[i];
	}
	out[j] = '\0';
	return out;
}

static void
finish(ps *S)
{
	gdr_report *r = S->r;
	int			i,
				lo;
	const char *sig = NULL;
	size_t		siglen = 0;
	int			year;

	/* run-on text: the signature at the end of one of its last, long lines */
	if (!S->have_sig)
	{
		lo = S->nlines > 4 ? S->nlines - 4 : 0;
		for (i = S->nlines - 1; i >= lo && !S->have_sig; i--)
			if (S->ring[i & 3].end - S->ring[i & 3].start > 160)
				runon_signature(S, S->ring[i & 3].start, S->ring[i & 3].end);
	}
	/* signature: an agency line followed by a date, or one of the last lines */
	if (S->have_sig)
	{
		sig = S->s + S->sig_start;
		siglen = S->sig_end - S->sig_start;
	}
	lo = S->nlines > 3 ? S->nlines - 3 : 0;
	for (i = S->nlines - 1; i >= lo; i--)
	{
		pline	   *L = &S->ring[i & 3];
		size_t		ta,
					tb;

		if (line_agency(S, L, &ta, &tb))
		{
			if (!S->have_sig || ta > S->sig_start)
			{
				sig = S->s + ta;
				siglen = tb - ta;
			}
			break;
		}
	}

	/* agency: the title's, unless the signature is a fuller form of it */
	if (r->agency == NULL)
	{
		const char *a = NULL;
		size_t		al = 0;

		if (S->title_ag && S->title_aglen)
		{
			a = S->title_ag;
			al = S->title_aglen;
			if (sig && fuller_name(sig, siglen, a, al))
			{
				a = sig;
				al = siglen;
			}
			/* or the page's 来源 / 发布机构 (桐溪县东溪镇人民政府 for 东溪镇) */
			else if (S->org && fuller_name(S->org, S->orglen, a, al))
			{
				a = S->org;
				al = S->orglen;
			}
		}
		else if (sig)
		{
			a = sig;
			al = siglen;
		}
		else if (S->org)
		{
			a = S->org;
			al = S->orglen;
		}
		if (a)
			r->agency = copy_agency(S, a, al);
	}

	if (S->title_year2 != 0 && S->stat_year == S->title_year2)
		S->title_year = S->title_year2;
	year = S->title_year ? S->title_year : S->stat_year;
	if (S->title_span)
		year = 0;				/* an academic year: not one year */
	if (r->year == 0 && year)
		r->year = year;
	if (r->kind == GDR_KIND_UNKNOWN && S->have_title)
		r->kind = S->title_kind;

	/* published: the date under the signature, else the page metadata */
	if (r->published[0] == '\0')
	{
		int			y = 0,
					m = 0,
					d = 0;

		if (S->have_sig)
		{
			y = S->sy;
			m = S->sm;
			d = S->sd;
		}
		else
		{
			/* a date alone on one of the last lines */
			for (i = S->nlines - 1; i >= lo; i--)
				if (S->ring[i & 3].dy)
				{
					y = S->ring[i & 3].dy;
					m = S->ring[i & 3].dm;
					d = S->ring[i & 3].dd;
					break;
				}
		}
		if (y == 0 || (year && y < year))
		{
			y = S->my;
			m = S->mm;
			d = S->md;
		}
		if (y && (year == 0 || (y >= year && y <= year + 3)) &&
			valid_date(y, m, d))
		{
			r->published[0] = (char) ('0' + y / 1000);
			r->published[1] = (char) ('0' + y / 100 % 10);
			r->published[2] = (char) ('0' + y / 10 % 10);
			r->published[3] = (char) ('0' + y % 10);
			r->published[4] = '-';
			r->published[5] = (char) ('0' + m / 10);
			r->published[6] = (char) ('0' + m % 10);
			r->published[7] = '-';
			r->published[8] = (char) ('0' + d / 10);
			r->published[9] = (char) ('0' + d % 10);
			r->published[10] = '\0';
		}
	}

	/*
	 * No year printed for the report, only 上一年度 (现将我局上一年度政府信息
	 * 公开工作情况报告如下) in its opening: the year before the one it was
	 * signed in
	 */
	if (r->year == 0 && year == 0 && !S->title_span && S->have_sig &&
		r->published[0] != '\0' &&
		gdr_memmem(S->s, S->len < 6000 ? S->len : 6000, "上一年度", 12) != NULL)
		r->year = (r->published[0] - '0') * 1000 + (r->published[1] - '0') * 100 +
			(r->published[2] - '0') * 10 + (r->published[3] - '0') - 1;

	for (i = 0; i < NNARR; i++)
	{
		cand	   *c = &S->c[i];
		int			slot = NSLOT(i);
		const char *path = gdr_slots[slot].path;
		bool		money = gdr_slots[slot].kind == GDR_MONEY;
		long long	v1,
					v2;

		if (!c->has)
		{
			/* 约460条, 逾600条, 10余篇: stated, not exactly: null */
			if (c->approx && !gdr_present(r, slot))
			{
				gdr_set_null(r, slot);
				gdr_warn(S->ctx, r, "narrative_approximate", path,
						 "the text states only an approximate figure for %s; not kept",
						 path);
			}
			continue;
		}
		if (gdr_has(r, slot))
			continue;			/* set by an earlier stage */
		/* the two figures as the text prints them (money in yuan) */
		v1 = (long long) (money ? c->v / GDR_MONEY_SCALE : c->v);
		v2 = (long long) (money ? c->conflict_v / GDR_MONEY_SCALE : c->conflict_v);
		if (c->parallel)
		{
			gdr_set_null(r, slot);
			gdr_warn(S->ctx, r, "narrative_parallel", path,
					 "one sentence states %s twice, %lld and %lld (two bodies' or two parts' figures); neither is kept",
					 path, v1, v2);
			continue;
		}
		gdr_set(r, slot, c->v);
		if (c->amb)
		{
			r->st[slot] |= GDR_ST_AMBIGUOUS;
			gdr_warn(S->ctx, r, "narrative_ambiguous", path,
					 "受理 %lld may or may not include requests carried over from the previous year",
					 v1);
		}
		if (c->conflict)
			gdr_warn(S->ctx, r, "narrative_conflict", path,
					 "the text states %s twice: %lld and %lld; the first is kept",
					 path, v1, v2);
	}
}

/*
 * Read the prose figures and facts of normalised text s (valid UTF-8, as
 * gdr_normalize leaves it) into r.
 */
bool
gdr_prose(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r)
{
	return gdr_prose_skip(ctx, s, len, r, NULL);
}

bool
gdr_prose_skip(gdr_ctx *ctx, const char *s, size_t len, gdr_report *r,
			   const gdr_tblinfo *ti)
{
	ps			S;
	int			si = 0;
	size_t		next_a;			/* where the next table body starts */
	size_t		p = 0,
				line = 0,
				budget = 0,
				lim = 0,
				lim3 = 0;
	bool		nonblank;
	const unsigned char *u;

	if (!lead_built)
		build_leads();
	memset(&S, 0, sizeof(S));
	S.ctx = ctx;
	S.r = r;
	S.s = s ? s : "";
	S.len = s ? len : 0;
	S.last_app = SIZE_MAX;
	S.last_yishen = SIZE_MAX;
	S.own_at = SIZE_MAX;
	S.own_slot = -1;
	S.fb_lo = SIZE_MAX;
	u = (const unsigned char *) S.s;

	next_a = ti && ti->nspans > 0 ? ti->spans[0].a : SIZE_MAX;
	if (S.len > 0)
		try_title(&S, 0);
	while (p < S.len)
	{
		unsigned char b;

		if (p >= next_a)
		{
			/*
			 * A table body: its labels and cells are not sentences.  It
			 * ends the paragraph before it.  When it is whole lines, the
			 * scan goes on at the '\n' that ends its last line, which then
			 * ends an empty line; else the line goes on after it.
			 */
			if (ti->spans[si].b > p)
				p = ti->spans[si].b;
			if (ti->spans[si].a == line)
				line = p;
			end_sentence(&S, p, true);
			si++;
			next_a = si < ti->nspans ? ti->spans[si].a : SIZE_MAX;
			budget = p;			/* a tick for what was skipped */
			continue;
		}
		if (p >= budget)
		{
			if (gdr_work(ctx, 4096))
				return false;
			budget = p + 4096;
			lim = budget < S.len ? budget : S.len;
			if (lim > next_a)
				lim = next_a;
			/* lim3: below it, p + 2 < S.len (the last two bytes go one by one) */
			lim3 = S.len < 2 ? 0 : lim < S.len - 2 ? lim : S.len - 2;
		}

		/*
		 * Skip to the next byte that matters: '\n', '!', '?', or a 3-byte
		 * character that is a trigger's lead character or 。 (ev_bits).  The
		 * positions visited are those of a character-by-character walk (a
		 * 3-byte character with lead E3..E9 is one step, any other byte is
		 * one step), and the walk never runs past the tick
		 * budget, so gdr_work is called exactly where it was.  Whether a
		 * line is blank is decided at its end (see below).
		 */
		for (;;)
		{
			while (p < lim3)
			{
				/*
				 * For a character U+3000..U+9FFF (lead E3..E9), (cp -
				 * EV_FIRST) >> 6 is (lead - E3) << 6 | (second byte & 3F)
				 * and the bit is the third byte & 3F: no need to decode.
				 */
				unsigned	l = (unsigned) u[p] - 0xE3;

				/* valid UTF-8: a lead E3..E9 begins a 3-byte character */
				if (l <= 0xE9 - 0xE3)
				{
					if ((ev_bits[(l << 6) | (u[p + 1] & 0x3F)] >> (u[p + 2] & 0x3F)) & 1)
						goto event;
					p += 3;
					continue;
				}
				if (byte_ev[u[p]])
					goto event;
				p++;
			}
			if (p >= lim)
				break;
			b = u[p];
			if (byte_ev[b])
				break;
			/* (no well-formed 3-byte character fits in the last two bytes) */
			p++;
		}
		if (p >= lim)
			continue;
event:
		b = u[p];
		if (b < 0x80)
		{
			if (b == '\n')
			{
				/* a line is blank when it holds only ' ', '\t', '\r', '\f' */
				size_t		q = line;

				while (q < p && (u[q] == ' ' || u[q] == '\t' || u[q] == '\r' ||
								 u[q] == '\f'))
					q++;
				end_line(&S, line, p, q < p);
				line = p + 1;
				/* a title is at the top (crawler headers included) */
				if (line < S.len && line < TITLE_ZONE &&
					(!S.have_title ||
				/* (a second title: only a line that names 公开, as all do) */
					 (S.title_retry-- > 0 &&
					  gdr_memmem(u + line, S.len - line < 240 ? S.len - line : 240, "公开", 6))))
					try_title(&S, line);
			}
			else
				end_sentence(&S, p + 1, false);	/* '!' or '?' */
			p++;
			continue;
		}
		{
			uint32_t	cp = ((uint32_t) (b & 0x0F) << 12) |
			((uint32_t) (u[p + 1] & 0x3F) << 6) | ((uint32_t) (u[p + 2] & 0x3F));

			if (cp >= CJK_FIRST && cp <= CJK_LAST)
			{
				uint8_t		g = lead_idx[cp - CJK_FIRST];

				if (g)
					at_trigger(&S, p, g - 1);
			}
			else if (cp == 0x3002)	/* 。 */
				end_sentence(&S, p + 3, false);
			p += 3;
		}
	}
	{
		size_t		q = line;

		while (q < S.len && (u[q] == ' ' || u[q] == '\t' || u[q] == '\r' ||
							 u[q] == '\f'))
			q++;
		nonblank = q < S.len;
	}
	end_line(&S, line, S.len, nonblank);
	if (ctx->status)
		return false;
	finish(&S);
	return ctx->status == 0;
}
