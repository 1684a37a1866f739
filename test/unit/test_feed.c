/*
 * test_feed.c -- a report collected from an RSS or Atom feed: the item that
 * is the report (its title names one) read as a page, the other items and
 * the feed's own title left out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"
#include "unit.h"

static const char rss[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<rss version=\"2.0\">\n<channel>\n<title>某区人民政府 - 某街道</title>\n"
	"<item>\n<title><![CDATA[某街道开展安全生产大检查]]></title>\n"
	"<pubDate>Fri, 23 Jan 2026 17:05:12 +0800</pubDate>\n"
	"<description><![CDATA[<p>全年主动公开政府信息999条。</p>]]></description>\n</item>\n"
	"<item>\n<title><![CDATA[某区某街道办事处2025年政府信息公开工作年度报告]]></title>\n"
	"<pubDate>Tue, 20 Jan 2026 10:18:37 +0800</pubDate>\n"
	"<description><![CDATA[<p>（一）主动公开。2025年，某街道主动公开政府信息137条。</p>\n"
	"<p>全年新收政府信息公开申请10件，办结10件。</p>]]></description>\n</item>\n"
	"<item>\n<title>通知公告</title>\n<description>&lt;p&gt;收到申请88件&lt;/p&gt;</description>\n</item>\n"
	"</channel>\n</rss>\n";

static const char atom[] =
	"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	"<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>某局</title>\n"
	"<entry>\n<title>某市某局2024年政府信息公开工作年度报告</title>\n"
	"<published>2025-01-21T09:00:00+08:00</published>\n"
	"<content type=\"html\">&lt;p&gt;全年主动公开政府信息412条。&lt;/p&gt;</content>\n</entry>\n"
	"</feed>\n";

int
main(void)
{
	gdr_ctx		ctx;
	gdr_buf		out = {0};
	gdr_report *r;

	gdr_ctx_init(&ctx, &gdr_env_malloc);
	UNIT_OK(gdr_feed_detect(rss, strlen(rss)), "an RSS feed is a feed");
	UNIT_OK(gdr_feed_to_text(&ctx, rss, strlen(rss), &out), "converted");
	UNIT_OK(out.data && strstr(out.data, "<h1>某区某街道办事处2025年政府信息公开工作年度报告</h1>") != NULL,
			"the item whose title names a report, its title a heading");
	UNIT_OK(out.data && strstr(out.data, "发布时间：2026-01-20") != NULL, "its date, as 发布时间");
	UNIT_OK(out.data && strstr(out.data, "999") == NULL && strstr(out.data, "88件") == NULL &&
			strstr(out.data, "某区人民政府 - 某街道") == NULL,
			"the other items and the feed's title are left out");
	UNIT_OK(gdr_parse(&ctx, rss, strlen(rss), &r) == GDR_OK, "parses");
	UNIT_EQ_INT(r ? (long long) r->val[GDR_S_N_ACTIVE_TOTAL] : -1, 137, "the report's figure, not 999");
	UNIT_OK(r && r->kind == GDR_KIND_ANNUAL_REPORT, "kind from the item's title");
	UNIT_EQ_INT(r ? r->year : 0, 2025, "year from the item's title");

	memset(&out, 0, sizeof(out));
	UNIT_OK(gdr_feed_detect(atom, strlen(atom)), "an Atom feed is a feed");
	UNIT_OK(gdr_feed_to_text(&ctx, atom, strlen(atom), &out), "converted");
	UNIT_OK(out.data && strstr(out.data, "<p>全年主动公开政府信息412条。</p>") != NULL,
			"an escaped body is unescaped once");
	UNIT_OK(out.data && strstr(out.data, "发布时间：2025-01-21") != NULL, "Atom's date");

	UNIT_OK(!gdr_feed_detect("<html><body><p>rss</p></body></html>", 36), "a page is no feed");
	UNIT_OK(!gdr_feed_detect("<rss version=\"2.0\"><channel><title>空</title></channel></rss>xxxxxxxxxx", 70),
			"a feed without items is not read as one");
	gdr_ctx_free(&ctx);
	return unit_done();
}
