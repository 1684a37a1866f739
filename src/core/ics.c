/*
 * ics.c -- an iCalendar file (.ics, RFC 5545): a meeting or a task of an
 * office's calendar (OA systems, Outlook, Thunderbird) whose DESCRIPTION
 * carries the report or the work summary to be discussed.
 *
 * Its lines are folded at 75 octets: a line break followed by one blank
 * or tab goes on with the line before, in the middle of a word or of a
 * number (三百 / 二十七条); in the value, \n (or \N) is a line break and
 * \, \; \\ stand for the character.  The text read is the DESCRIPTION of
 * every component (VEVENT, VTODO, VJOURNAL), unfolded and unescaped, a
 * blank line between two; the other properties (attendees, times, the
 * organiser) are left out.  A calendar without a DESCRIPTION gives its
 * SUMMARY lines.
 *
 * Detected by BEGIN:VCALENDAR at the start.
 */
#include <string.h>

#include "gdr_core.h"
#include "gdr_parse_int.h"

bool
gdr_ics_detect(const char *s, size_t len)
{
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
	{
		s += 3;
		len -= 3;
	}
	while (len > 0 && (*s == '\n' || *s == '\r' || *s == ' '))
	{
		s++;
		len--;
	}
	return len > 15 && memcmp(s, "BEGIN:VCALENDAR", 15) == 0 &&
		(len == 15 || s[15] == '\r' || s[15] == '\n');
}

/* the end of the unfolded line that begins at s[at] (its last break) */
static size_t
logical_end(const char *s, size_t len, size_t at)
{
	for (;;)
	{
		const char *nl = memchr(s + at, '\n', len - at);

		if (nl == NULL)
			return len;
		at = (size_t) (nl - s) + 1;
		if (at >= len || (s[at] != ' ' && s[at] != '\t'))
			return (size_t) (nl - s);
	}
}

/* is the line at s[a..e) property `name` (then ';' or ':')? */
static bool
is_prop(const char *s, size_t a, size_t e, const char *name)
{
	size_t		n = strlen(name);

	return e - a > n && memcmp(s + a, name, n) == 0 && (s[a + n] == ':' || s[a + n] == ';');
}

/* the value of the property line s[a..e), unfolded and unescaped, into out */
static bool
put_value(gdr_ctx *ctx, const char *s, size_t a, size_t e, gdr_buf *out)
{
	size_t		i = a;
	bool		quoted = false;

	/* the value begins after the first ':' outside a quoted parameter */
	for (; i < e; i++)
	{
		if (s[i] == '"')
			quoted = !quoted;
		else if (s[i] == ':' && !quoted)
			break;
	}
	for (i++; i < e; i++)
	{
		char		c = s[i];

		if (c == '\r' && (i + 1 == e || s[i + 1] == '\n'))
			continue;			/* (CRLF) */
		if (c == '\n')
		{
			i++;				/* a fold: the break and its blank */
			continue;
		}
		if (c == '\\' && i + 1 < e && s[i + 1] != '\r' && s[i + 1] != '\n')
		{
			c = s[++i];
			if (c == 'n' || c == 'N')
				c = '\n';
		}
		if (!gdr_buf_putc(ctx, out, c))
			return false;
	}
	return gdr_buf_putc(ctx, out, '\n');
}

bool
gdr_ics_to_text(gdr_ctx *ctx, const char *s, size_t len, gdr_buf *out)
{
	int			pass;

	if (!gdr_buf_reserve(ctx, out, len + 1))
		return false;
	for (pass = 0; pass < 2 && out->len == 0; pass++)
	{
		const char *name = pass == 0 ? "DESCRIPTION" : "SUMMARY";
		size_t		at = 0;

		while (at < len)
		{
			size_t		e = logical_end(s, len, at);

			if (gdr_work(ctx, e - at + 1))
				return false;
			if (is_prop(s, at, e, name))
			{
				if (out->len > 0 && !gdr_buf_putc(ctx, out, '\n'))
					return false;
				if (!put_value(ctx, s, at, e, out))
					return false;
			}
			at = e + 1;
		}
	}
	return true;
}
