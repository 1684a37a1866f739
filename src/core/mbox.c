/*
 * mbox.c -- a mailbox file (mbox: Thunderbird's folders, an archive
 * exported from a mail server): several messages one after another, each
 * beginning with a line "From <address> <date>".  A report sent by e-mail
 * is kept with the notice that asked for it, the reply that acknowledged
 * it and the like, each naming other figures, agencies and dates.
 *
 * The message whose text (its text part, decoded as mhtml.c decodes a
 * single message) is the longest is the report's and is read alone; the
 * others are left out.  A message whose text part cannot be found counts
 * as empty.
 *
 * Detected by a "From " line at the start followed by header lines, and a
 * second "From " line after a blank line further on.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

#define MBOX_MAX 256			/* messages looked at */

/* is s[i..) a "From " separator line (at a line start)? */
static bool
from_line(const char *s, size_t len, size_t i)
{
	return len - i > 5 && memcmp(s + i, "From ", 5) == 0;
}

bool
gdr_mbox_detect(const char *s, size_t len)
{
	const char *nl;

	if (len < 64 || !from_line(s, len, 0))
		return false;
	nl = memchr(s, '\n', len < 512 ? len : 512);
	/* a header line follows (Return-Path:, From:, Subject:, Date: …) */
	if (nl == NULL || (size_t) (nl - s) + 2 >= len || !memchr(nl + 1, ':', (size_t) (s + len - nl - 1) < 80 ? (size_t) (s + len - nl - 1) : 80))
		return false;
	return gdr_memmem(s, len, "\n\nFrom ", 7) != NULL ||
		gdr_memmem(s, len, "\n\r\nFrom ", 8) != NULL;
}

bool
gdr_mbox_pick(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out, int *nmsg, int *picked)
{
	size_t		at = 0;
	int			n = 0;

	out->len = 0;
	*nmsg = 0;
	*picked = 0;
	while (at < len && n < MBOX_MAX)
	{
		const char *next = gdr_memmem(s + at + 5, len - at - 5, "\nFrom ", 6);
		size_t		end = next ? (size_t) (next - s) + 1 : len;
		const char *body = memchr(s + at, '\n', end - at);
		gdr_buf		text = {0};

		n++;
		/* the message without its "From " line, as mhtml.c reads one */
		if (body != NULL && gdr_mhtml_detect(body + 1, (size_t) (s + end - body - 1)))
		{
			if (!gdr_mhtml_to_text(ctx, body + 1, (size_t) (s + end - body - 1), &text))
				return false;
			if (text.len > out->len)
			{
				*out = text;
				*picked = n;
			}
		}
		if (gdr_work(ctx, end - at))
			return false;
		at = end;
	}
	*nmsg = n;
	return ctx->status == 0;
}
