#!/usr/bin/env bash
# Whole-report transforms that must not change a single figure: every seed
# and corpus report is rewritten (1) into traditional characters by ICU's
# Simplified-Traditional transliterator, (2) into full-width ASCII by ICU's
# Halfwidth-Fullwidth (not the saved HTML page: full-width markup is not
# HTML), (3) with CRLF line ends.  Each rewrite must parse to exactly the
# same document as the original, apart from "script" (hant for (1)).  This
# is the corpus-wide form of the one-report layout test in test/unit: the
# parser does not depend on which script or width a report was typed in.
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
    for form in orig hant full crlf; do
      case "$form" in orig) g=$f;; *) g=$tmp/$form-$b;; esac
      [ "$form" = full ] && [ "${b##*.}" = html ] && continue
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
