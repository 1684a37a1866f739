/*
 * diff.c -- a report as a unified diff (git show, git diff, diff -u): the
 * change that corrected it, where every changed line comes twice, the old
 * ("-") before the new ("+").  Read as it is, the old figures come first.
 *
 * The new version is kept: in each hunk (from its "@@ -a,b +c,d @@" line)
 * the context lines (" ") and the added lines ("+") without their mark;
 * the removed lines ("-"), "\ No newline at end of file" and everything
 * outside the hunks (the commit's header and message, which quote old and
 * new figures side by side: "1168→1186") are left out.
 *
 * Detected by its first line (commit, diff, From, Index: or ---), then a
 * "--- " and a "+++ " line before an "@@ -" line within the first 8 KB.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define DIFF_SAMPLE 8192

/* the line at s[i] begins with w */
static inline bool
line_is(const char *s, size_t len, size_t i, const char *w, size_t wl)
{
	return len - i >= wl && memcmp(s + i, w, wl) == 0;
}

bool
gdr_diff_detect(const char *s, size_t len)
{
	size_t		n = len < DIFF_SAMPLE ? len : DIFF_SAMPLE;
	const char *h,
			   *m;

	/* what such a text begins with: git show, git diff / format-patch, svn, diff -u */
	if (!(line_is(s, len, 0, "commit ", 7) || line_is(s, len, 0, "diff ", 5) ||
		  line_is(s, len, 0, "From ", 5) || line_is(s, len, 0, "Index: ", 7) ||
		  line_is(s, len, 0, "--- ", 4)))
		return false;
	h = gdr_memmem(s, n, "@@ -", 4);
	if (h == NULL || (h > s && h[-1] != '\n'))
		return false;
	/* a "+++ " line before the hunk, and a "--- " line before that */
	m = gdr_memmem(s, (size_t) (h - s), "\n+++ ", 5);
	return m != NULL && gdr_memmem(s, (size_t) (m - s), "--- ", 4) != NULL;
}

bool
gdr_diff_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	size_t		i = 0;
	bool		hunk = false;

	out->len = 0;
	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	while (i < len)
	{
		const char *nl = memchr(s + i, '\n', len - i);
		size_t		e = nl ? (size_t) (nl - s) + 1 : len;

		if (gdr_work(ctx, e - i))
			return false;
		if (line_is(s, len, i, "@@ -", 4))
			hunk = true;
		else if (line_is(s, len, i, "diff ", 5) || line_is(s, len, i, "commit ", 7) ||
				 (line_is(s, len, i, "--- ", 4) && e < len && line_is(s, len, e, "+++ ", 4)))
			hunk = false;
		else if (!hunk && line_is(s, len, i, "+++ ", 4))
			;
		else if (hunk && (s[i] == '+' || s[i] == ' '))
		{
			if (!gdr_buf_append(ctx, out, s + i + 1, e - i - 1))
				return false;
		}
		else if (hunk && (s[i] == '\n' || s[i] == '\r'))
		{
			/* an empty context line some tools write without its space */
			if (!gdr_buf_append(ctx, out, "\n", 1))
				return false;
		}
		i = e;
	}
	return ctx->status == 0;
}
