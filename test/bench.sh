#!/usr/bin/env bash
# make bench: the parser's cost as ratios measured in one run.
#
# In a private cluster: tables of real reports (the seeds and the corpus,
# repeated), simplified and traditional; for each, the time of
#   SELECT sum(length(raw))          -- detoast + one scan: the baseline
#   SELECT count(gdr_parse(raw))     -- parse + build jsonb
# (best of 5), and their ratio (target: <= 3).  Outside the server: the
# core's throughput and its peak memory per byte of input (test/bench/core.c).
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd); shared=${GDR_SHARED:-$top/../shared}
make -s >/dev/null; make -s install >/dev/null
pgdir=$(mktemp -d /tmp/gdr-bench.XXXXXX); rmdir "$pgdir"
export GDR_PGPORT=${GDR_PGPORT:-5437}
trap 'bash test/cluster.sh stop "$pgdir"' EXIT
bash test/cluster.sh start "$pgdir"
psql=(psql -X -q -At -h "$pgdir" -p "$GDR_PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
REPEAT=${GDR_BENCH_REPEAT:-200}

sql=$(mktemp)
{
  echo "CREATE EXTENSION gdr;"
  echo "CREATE TABLE src(script text, raw text);"
  for f in "$shared"/seeds/*.txt "$shared"/corpus/*.txt "$shared"/corpus/*.md "$shared"/corpus/*.html; do
    [ -f "$f" ] || continue; [ "$(basename "$f")" = README.md ] && continue
    case "$f" in *004_*) s=hant;; *) s=hans;; esac
    printf '\\set m `base64 -w0 %q`\n' "$f"
    printf "INSERT INTO src VALUES ('%s', convert_from(decode(:'m', 'base64'), 'UTF8'));\n" "$s"
  done
  # repeat; vary the text a little so rows do not share compressed values
  echo "CREATE TABLE hans AS SELECT raw || repeat(' ', i % 7) AS raw FROM src, generate_series(1, $REPEAT) i WHERE script = 'hans';"
  echo "CREATE TABLE hant AS SELECT raw || repeat(' ', i % 7) AS raw FROM src, generate_series(1, $REPEAT * 10) i WHERE script = 'hant';"
  echo "VACUUM ANALYZE hans; VACUUM ANALYZE hant;"
} >"$sql"
"${psql[@]}" -f "$sql" >/dev/null

# one session: the first call in a backend builds the ICU tables (tens of
# ms, once per process), which a warm-up pays before anything is timed
runs=$(mktemp)
{
  echo "SET max_parallel_workers_per_gather = 0;"
  echo "SELECT count(gdr.gdr_parse(raw)) FROM src;"
  echo '\timing on'
  for t in hans hant; do
    for i in 1 2 3 4 5; do
      echo "SELECT '$t base', sum(length(raw)) FROM $t;"
      echo "SELECT '$t parse', count(gdr.gdr_parse(raw)) FROM $t;"
    done
  done
} >"$runs"
"${psql[@]}" -F' ' -f "$runs" | awk '
  /^(hans|hant) (base|parse) / { key = $1 " " $2; next }
  /^Time: / { if (key != "") { t = $2 + 0; if (!(key in best) || t < best[key]) best[key] = t; key = "" } }
  END { for (k in best) print k, best[k] }' >"$runs.best"
echo "gdr bench ($(date -u +%Y-%m-%d), $(nproc) cores; one backend, warmed up; parallel query off; best of 5)"
for t in hans hant; do
  rows=$("${psql[@]}" -c "SELECT count(*) FROM $t")
  mb=$("${psql[@]}" -c "SELECT round(sum(octet_length(raw)) / 1048576.0, 1) FROM $t")
  base=$(awk -v k="$t base" '$1 " " $2 == k { print $3 }' "$runs.best")
  parse=$(awk -v k="$t parse" '$1 " " $2 == k { print $3 }' "$runs.best")
  ratio=$(awk "BEGIN{printf \"%.2f\", $parse / $base}")
  printf '%-5s %6s rows %7s MB   sum(length(raw)) %8.1f ms   gdr_parse %8.1f ms   ratio %s (target <= 3)\n' \
    "$t" "$rows" "$mb" "$base" "$parse" "$ratio"
done
rm -f "$runs" "$runs.best"

echo "core, outside the server (test/bench/core.c):"
icu=$(pkg-config --cflags --libs icu-uc icu-i18n)
gcc -std=gnu99 -O2 -Isrc/core -o test/build/bench-core test/bench/core.c src/core/*.c $icu
test/build/bench-core "$shared"/seeds/*.txt "$shared"/corpus/*.txt "$shared"/corpus/sh-*.md "$shared"/corpus/*.html
