#!/usr/bin/env bash
# make demo: a private throw-away cluster, the extension installed, the sample
# reports (test/data/seeds) parsed, checked and aggregated, results printed.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s >/dev/null
make -s install >/dev/null
pgdir=$(mktemp -d /tmp/gdr-demo.XXXXXX); rmdir "$pgdir"
export GDR_PGPORT=${GDR_PGPORT:-5438}
trap 'bash test/cluster.sh stop "$pgdir"' EXIT
bash test/cluster.sh start "$pgdir"
psql=(psql -X -q -h "$pgdir" -p "$GDR_PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)

sql=$(mktemp); trap 'rm -f "$sql"; bash test/cluster.sh stop "$pgdir"' EXIT
{
  cat <<'SQL'
CREATE EXTENSION gdr;
SET search_path = public, gdr;
\pset footer off
\echo
SELECT '=== gdr ' || gdr_version() || ': the sample reports of test/data/seeds' AS banner \gset
\echo :banner
CREATE TABLE reports (
  id     serial PRIMARY KEY,
  file   text NOT NULL,
  raw    text NOT NULL,
  parsed jsonb
);
-- parse on the way in (mode 'store': keep every report, verdicts come later)
CREATE TRIGGER parse_report BEFORE INSERT OR UPDATE ON reports
  FOR EACH ROW EXECUTE FUNCTION gdr_validate('raw', 'parsed', 'store');
SQL
  for f in test/data/seeds/*.txt; do
    printf '\\set m `base64 -w0 %q`\n' "$f"
    printf "INSERT INTO reports(file, raw) VALUES ('%s', convert_from(decode(:'m', 'base64'), 'UTF8'));\n" "$(basename "$f")"
  done
  cat <<'SQL'
\echo
\echo '--- what gdr_parse() read from each report'
SELECT left(file, 3) AS seed,
       parsed->>'agency' AS agency, parsed->>'year' AS year,
       parsed->>'kind' AS kind, parsed->>'template' AS tpl, parsed->>'script' AS script,
       parsed#>>'{applications,new,total}' AS "收到申请",
       parsed#>>'{applications,processed,total}' AS "办理结果",
       parsed#>>'{appeals,review,total}' AS "复议",
       parsed#>>'{narrative,active_total}' AS "正文:主动公开",
       jsonb_array_length(parsed->'warnings') AS warnings
FROM reports ORDER BY file;

\echo
\echo '--- table 三 of seed 001 (昌乐县自然资源和规划局 2023), rows as printed'
SELECT key AS "row", value->>'person' AS "自然人", value->>'business' AS "商业企业",
       value->>'total' AS "总计"
FROM reports, jsonb_each(parsed->'applications')
WHERE file LIKE '001%' AND key IN ('new', 'carried_over', 'granted', 'partial', 'processed', 'carried_forward');

\echo
\echo '--- the template''s own arithmetic: gdr_balance_ok() per report'
SELECT left(file, 3) AS seed, parsed->>'agency' AS agency,
       gdr_balance_ok(parsed) AS balance_ok
FROM reports ORDER BY file;

\echo
\echo '--- why seed 004 does not add up: gdr_check()'
SELECT c.rule, c.status, c.path, c.expected, c.actual
FROM reports r, gdr_check(r.parsed) c
WHERE r.file LIKE '004%' ORDER BY c.status, c.rule LIMIT 12;

\echo
\echo '--- gdr_sum() over all sample reports, in long form (gdr_metrics)'
SELECT m.path, m.label, m.value
FROM (SELECT gdr_sum(parsed) AS s FROM reports) t, gdr_metrics(t.s) m
WHERE m.path IN ('applications.new.total', 'applications.processed.total',
                 'appeals.review.total', 'appeals.suit_direct.total',
                 'active.penalty.decisions', 'narrative.active_total')
ORDER BY m.path;
SELECT (gdr_sum(parsed))->'reports' AS reports_counted,
       round(gdr_disclosure_rate(gdr_sum(parsed)), 3) AS disclosure_rate
FROM reports;

\echo
\echo '--- a validating trigger (mode reject) refuses a report that does not add up'
CREATE TABLE inbox (raw text, parsed jsonb);
CREATE TRIGGER validate BEFORE INSERT OR UPDATE ON inbox
  FOR EACH ROW EXECUTE FUNCTION gdr_validate('raw', 'parsed', 'reject');
\set ON_ERROR_STOP 0
INSERT INTO inbox(raw) SELECT raw FROM reports WHERE file LIKE '001%';
INSERT INTO inbox(raw) SELECT raw FROM reports WHERE file LIKE '004%';
\set ON_ERROR_STOP 1
SELECT count(*) AS accepted_rows FROM inbox;
SQL
} >"$sql"
"${psql[@]}" -f "$sql"
echo
echo "demo finished; the cluster is removed."
