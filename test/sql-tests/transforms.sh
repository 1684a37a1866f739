#!/usr/bin/env bash
# Whole-report transforms that must not change a single figure: every seed
# and corpus report is rewritten (1) into traditional characters by ICU's
# Simplified-Traditional transliterator, (2) into full-width ASCII by ICU's
# Halfwidth-Fullwidth (not the saved HTML page: full-width markup is not
# HTML), (3) with CRLF line ends, and, text reports only (not HTML source):
# (4) a PDF page marker (form feed, "- N -") after every 25th line, (5) every
# prose line longer than 36 characters hard-wrapped at 36 as pdftotext does
# on a narrow page (never inside a number or a Latin word; lines with tabs,
# pipes or runs of spaces are table rows and are left alone), (6) every line
# that begins with text indented by two ideographic spaces (首行缩进).  Each
# rewrite must parse to exactly the same document as the original, apart
# from "script" (hant for (1)).  This is the corpus-wide form of the
# one-report layout test in test/unit: the parser does not depend on which
# script or width a report was typed in, nor on how its text was broken
# into lines and pages.
# Prints TAP.  Usage: transforms.sh PSQL-CONNECTION-ARGS...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); top=$(cd "$here/../.." && pwd)
shared=${GDR_SHARED:-$top/../shared}
command -v uconv >/dev/null || { echo "1..0 # SKIP uconv (icu-devtools) is not installed"; exit 0; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
sql=$tmp/load.sql
{
  echo '\set ON_ERROR_STOP 1'
  echo 'SET client_min_messages = warning;'
  echo 'DROP DATABASE IF EXISTS gdr_transforms;'
  echo 'CREATE DATABASE gdr_transforms;'
  echo '\c gdr_transforms'
  echo 'CREATE EXTENSION gdr;'
  echo 'CREATE TABLE src(file text, form text, raw text);'
  for f in "$shared"/seeds/*.txt "$shared"/corpus/*.txt "$shared"/corpus/*.md "$shared"/corpus/*.html; do
    [ -f "$f" ] || continue
    b=$(basename "$f"); [ "$b" = README.md ] && continue
    uconv -f utf-8 -t utf-8 -x Simplified-Traditional "$f" >"$tmp/hant-$b"
    uconv -f utf-8 -t utf-8 -x Halfwidth-Fullwidth "$f" >"$tmp/full-$b"
    sed 's/$/\r/' "$f" >"$tmp/crlf-$b"
    perl -pe '$_ .= sprintf("\f- %d -\n", ++$n + 1) if $. % 25 == 0' "$f" >"$tmp/pages-$b"
    perl -CSD -ne 'chomp; if (/\t|\||  / || length($_) <= 36 || length($_) > 400) { print "$_\n"; next }
      my $cur = ""; while (/\G([0-9A-Za-z.,%+\-]+|.)/gs) { my $t = $1;
        if (length($cur) + length($t) > 36 && $cur ne "") { print "$cur\n"; $cur = "" } $cur .= $t }
      print "$cur\n";' "$f" >"$tmp/wrap-$b"
    perl -CSD -pe 's/^(?=[^\t |\n])/\x{3000}\x{3000}/ if /\S/' "$f" >"$tmp/indent-$b"
    for form in orig hant full crlf pages wrap indent; do
      case "$form" in orig) g=$f;; *) g=$tmp/$form-$b;; esac
      case "$form" in full|pages|wrap|indent) [ "${b##*.}" = html ] && continue;; esac
      printf '\\set m `base64 -w0 %q`\n' "$g"
      printf "INSERT INTO src VALUES ('%s', '%s', convert_from(decode(:'m', 'base64'), 'UTF8'));\n" "$b" "$form"
    done
  done
} >"$sql"
psql -X -q -At -v ON_ERROR_STOP=1 "$@" -d postgres -f "$sql" >/dev/null
psql -X -q -At -v ON_ERROR_STOP=1 "$@" -d gdr_transforms <<'SQL'
CREATE TEMP TABLE parsed AS SELECT file, form, gdr.gdr_parse(raw) AS doc FROM src;
SELECT '1..' || count(*) FROM parsed WHERE form <> 'orig';
SELECT CASE WHEN t.doc - 'script' = o.doc - 'script'
             AND t.doc->>'script' = CASE t.form WHEN 'hant' THEN 'hant' ELSE o.doc->>'script' END
            THEN 'ok' ELSE 'not ok' END
       || ' - ' || t.file || ' ' || t.form || ' parses as the original'
       || CASE WHEN t.doc - 'script' = o.doc - 'script' THEN ''
               ELSE E'\n#   differs at: ' || (
                 SELECT string_agg(k, ', ') FROM jsonb_object_keys(o.doc) k
                 WHERE o.doc->k IS DISTINCT FROM t.doc->k AND k <> 'script') END
FROM parsed t JOIN parsed o ON o.file = t.file AND o.form = 'orig'
WHERE t.form <> 'orig' ORDER BY t.file, t.form;
SQL
