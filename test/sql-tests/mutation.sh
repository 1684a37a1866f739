#!/usr/bin/env bash
# Seeded SQL-level mutation test: random edits of the real reports (deleted,
# duplicated and swapped spans, inserted digits / separators / characters),
# thousands of them, through gdr_parse, gdr_balance_ok and gdr_check inside
# the server.  Every call must return, or fail with a proper SQLSTATE that is
# not an internal error; a crash ends the connection and fails the test.
# Prints TAP.  Usage: mutation.sh PSQL-CONNECTION-ARGS...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); top=$(cd "$here/../.." && pwd)
shared=${GDR_SHARED:-$top/../shared}
N=${GDR_MUTATIONS:-3000}
sql=$(mktemp); trap 'rm -f "$sql"' EXIT
{
  echo '\set ON_ERROR_STOP 1'
  echo 'SET client_min_messages = warning;'
  echo 'DROP DATABASE IF EXISTS gdr_mutation;'
  echo 'CREATE DATABASE gdr_mutation;'
  echo '\c gdr_mutation'
  echo 'CREATE EXTENSION gdr;'
  echo 'CREATE TABLE src(id serial, raw text);'
  for f in "$shared"/seeds/*.txt "$shared"/corpus/*.txt "$shared"/corpus/*.md "$shared"/corpus/*.html; do
    [ -f "$f" ] || continue
    printf '\\set m `base64 -w0 %q`\n' "$f"
    echo "INSERT INTO src(raw) VALUES (convert_from(decode(:'m', 'base64'), 'UTF8'));"
  done
  cat <<SQL
CREATE FUNCTION mutate(t text, k int) RETURNS text LANGUAGE plpgsql AS \$\$
DECLARE
  pieces text[] := ARRAY['0','1','7','42','999999999999999999999','-','/','|',E'\t',E'\n',' ',
                         '合计','总计','（三）','一、','四、','第二十条第（一）项','<td>','</tr>','&nbsp;',
                         '申请','件','條','區(qū)','１２','，','。','%','\\\\',''''];
  n int; p int; l int; op int;
BEGIN
  FOR i IN 1..k LOOP
    n := length(t);
    IF n = 0 THEN RETURN pieces[1 + floor(random() * array_length(pieces, 1))::int]; END IF;
    p := 1 + floor(random() * n)::int;
    l := 1 + floor(random() * least(n, 200))::int;
    op := floor(random() * 4)::int;
    IF op = 0 THEN t := overlay(t PLACING '' FROM p FOR l);
    ELSIF op = 1 THEN t := overlay(t PLACING substr(t, p, l) FROM p FOR 0);
    ELSIF op = 2 THEN t := overlay(t PLACING pieces[1 + floor(random() * array_length(pieces, 1))::int] FROM p FOR 0);
    ELSE t := overlay(t PLACING substr(t, 1 + floor(random() * n)::int, l) FROM p FOR l);
    END IF;
  END LOOP;
  RETURN t;
END \$\$;
CREATE TABLE outcome(i int, state text);
DO \$\$
DECLARE r text; j jsonb; st text;
BEGIN
  PERFORM setseed(0.4242);
  FOR i IN 1..$N LOOP
    SELECT raw INTO r FROM src ORDER BY random() LIMIT 1;
    r := mutate(r, 1 + floor(random() * 12)::int);
    BEGIN
      j := gdr.gdr_parse(r);
      PERFORM gdr.gdr_balance_ok(j);
      PERFORM count(*) FROM gdr.gdr_check(j);
      st := 'ok';
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
    END;
    INSERT INTO outcome VALUES (i, st);
  END LOOP;
END \$\$;
SELECT CASE WHEN count(*) FILTER (WHERE state <> 'ok') = 0 THEN 'ok' ELSE 'not ok' END
       || ' 1 - $N mutated reports parsed and checked without an error ('
       || count(*) FILTER (WHERE state = 'ok') || ' returned; other states: '
       || coalesce((SELECT string_agg(state || ' x' || c, ', ') FROM
            (SELECT state, count(*) c FROM outcome WHERE state <> 'ok' GROUP BY state) s), 'none') || ')'
FROM outcome;
SELECT '1..1';
\c postgres
DROP DATABASE gdr_mutation;
SQL
} >"$sql"
psql -X -q -At -v ON_ERROR_STOP=1 "$@" -d postgres -f "$sql"
