#!/usr/bin/env bash
# Gold-figure test: parse every seed and corpus report (and the reports in
# test/data/written/) inside the server and
# compare each hand-checked figure of the manifests with gdr_parse()'s output.
# Prints TAP: one line per gold figure.  A figure that comes out null/absent
# where gold has a number fails unless listed in test/corpus/known-gaps.txt
# (then it is reported as a skip); a WRONG figure always fails.  Metadata
# (agency, kind, template, published; active.extra) that differs from gold is a skip only where
# test/corpus/known-meta.txt lists it.
#
#   test/corpus/run.sh PSQL-ARGS...     (e.g. -h /tmp/x -p 5439 -U postgres -d db)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
shared=${GDR_SHARED:-$top/../shared}
sql=$(mktemp)
trap 'rm -f "$sql"' EXIT

{
  echo '\set ON_ERROR_STOP 1'
  echo 'SET client_min_messages = warning;'
  echo 'CREATE TEMP TABLE corpus(set text, file text, raw text);'
  echo 'CREATE TEMP TABLE manifest(set text, doc jsonb);'
  for set in seeds corpus written/tables written/prose written/tables2 written/prose2 written/tables3 written/prose3 written/tables4 written/prose4 written/tables5 written/prose5 written/tables6 written/prose6 written/tables7 written/prose7 written/tables8 written/prose8 written/tables9 written/prose9 written/tables10 written/prose10 written/tables11 written/prose11 written/tables12 written/prose12 written/tables13 written/prose13 written/tables14 written/prose14 written/tables15 written/prose15 written/tables16 written/prose16; do
    dir="$shared/$set"
    [ "$set" = seeds ] && [ ! -d "$dir" ] && dir="$top/test/data/seeds"
    case "$set" in written/*) dir="$top/test/data/$set";; esac
    [ -d "$dir" ] || { echo "missing $dir" >&2; exit 1; }
    printf '\\set m `base64 -w0 %q`\n' "$dir/manifest.json"
    printf "INSERT INTO manifest VALUES ('%s', convert_from(decode(:'m', 'base64'), 'UTF8')::jsonb);\n" "$set"
    for f in "$dir"/*; do
      [ -f "$f" ] || continue
      b=$(basename "$f"); case "$b" in manifest*.json|README.md|NOTES.md|*.py) continue;; esac
      printf '\\set m `base64 -w0 %q`\n' "$f"
      printf "INSERT INTO corpus VALUES ('%s', '%s', convert_from(decode(:'m', 'base64'), 'UTF8'));\n" "$set" "$b"
    done
  done
  printf '\\set m `base64 -w0 %q`\n' "$here/known-gaps.txt"
  echo "CREATE TEMP TABLE gaps AS SELECT split_part(l, ' ', 1) AS file, split_part(l, ' ', 2) AS key
        FROM regexp_split_to_table(convert_from(decode(:'m', 'base64'), 'UTF8'), E'\\n') l
        WHERE l ~ '^[^#[:space:]]';"
  printf '\\set m `base64 -w0 %q`\n' "$here/known-meta.txt"
  echo "CREATE TEMP TABLE metagaps AS SELECT split_part(l, ' ', 1) AS file, split_part(l, ' ', 2) AS key
        FROM regexp_split_to_table(convert_from(decode(:'m', 'base64'), 'UTF8'), E'\\n') l
        WHERE l ~ '^[^#[:space:]]';"
  cat "$here/gold.sql"
} > "$sql"
psql -X -q -At -v ON_ERROR_STOP=1 "$@" -f "$sql"
