#!/usr/bin/env bash
# make bench: the parser's cost as ratios measured in one run.
#
# In a private cluster, three tables of real reports (the seeds and the
# corpus, repeated):
#   hans     every simplified report
#   hant     the same reports rewritten in traditional characters by ICU's
#            Simplified-Traditional transliterator (uconv), plus seed 004 (a
#            real traditional report): the script's cost on the same content
#   seed004  seed 004 alone (pipe rows with lost cells: many warnings, the
#            worst case per byte; it was the whole traditional table before)
# For each, the time of
#   SELECT sum(length(raw))          -- detoast + one scan: the baseline
#   SELECT count(gdr_parse(raw))     -- parse + build jsonb
# (best of 7), and their ratio (target: <= 3).  GDR_BENCH_KEEP=1 keeps the
# cluster afterwards, for profiling the same tables.  Outside the server: the
# core's throughput and its peak memory per byte of input (test/bench/core.c).
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd); shared=${GDR_SHARED:-$top/../shared}
make -s >/dev/null; make -s install >/dev/null
pgdir=$(mktemp -d /tmp/gdr-bench.XXXXXX); rmdir "$pgdir"
tmp=$(mktemp -d)
export GDR_PGPORT=${GDR_PGPORT:-5437}
# GDR_BENCH_KEEP=1 leaves the cluster running (for perf), and says where
if [ -n "${GDR_BENCH_KEEP:-}" ]; then
  trap 'rm -rf "$tmp"; echo "cluster kept: psql -h $pgdir -p $GDR_PGPORT -U postgres; stop: bash test/cluster.sh stop $pgdir"' EXIT
else
  trap 'bash test/cluster.sh stop "$pgdir"; rm -rf "$tmp"' EXIT
fi
bash test/cluster.sh start "$pgdir"
psql=(psql -X -q -At -h "$pgdir" -p "$GDR_PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
REPEAT=${GDR_BENCH_REPEAT:-200}

sql=$tmp/load.sql
{
  echo "CREATE EXTENSION gdr;"
  echo "CREATE TABLE src(script text, raw text);"
  for f in "$shared"/seeds/*.txt "$shared"/corpus/*.txt "$shared"/corpus/*.md "$shared"/corpus/*.html; do
    [ -f "$f" ] || continue; [ "$(basename "$f")" = README.md ] && continue
    b=$(basename "$f")
    case "$f" in
      *004_*) forms="hant seed004";;
      *) forms="hans hant"; uconv -f utf-8 -t utf-8 -x Simplified-Traditional "$f" >"$tmp/hant-$b";;
    esac
    for s in $forms; do
      g=$f; [ "$s" = hant ] && [ -f "$tmp/hant-$b" ] && g=$tmp/hant-$b
      printf '\\set m `base64 -w0 %q`\n' "$g"
      printf "INSERT INTO src VALUES ('%s', convert_from(decode(:'m', 'base64'), 'UTF8'));\n" "$s"
    done
  done
  # repeat; vary the text a little so rows do not share compressed values
  for t in hans hant seed004; do
    n=$REPEAT; [ $t = seed004 ] && n=$((REPEAT * 10))
    echo "CREATE TABLE $t AS SELECT raw || repeat(' ', i % 7) AS raw FROM src, generate_series(1, $n) i WHERE script = '$t';"
  done
  echo "VACUUM ANALYZE hans; VACUUM ANALYZE hant; VACUUM ANALYZE seed004;"
} >"$sql"
"${psql[@]}" -f "$sql" >/dev/null

# one session: the first call in a backend builds the ICU tables (tens of
# ms, once per process), which a warm-up pays before anything is timed
runs=$(mktemp)
{
  echo "SET max_parallel_workers_per_gather = 0;"
  echo "SELECT count(gdr.gdr_parse(raw)) FROM src;"
  echo '\timing on'
  for t in hans hant seed004; do
    for i in 1 2 3 4 5 6 7; do
      echo "SELECT '$t base', sum(length(raw)) FROM $t;"
      echo "SELECT '$t parse', count(gdr.gdr_parse(raw)) FROM $t;"
    done
  done
} >"$runs"
"${psql[@]}" -F' ' -f "$runs" | awk '
  /^(hans|hant|seed004) (base|parse) / { key = $1 " " $2; next }
  /^Time: / { if (key != "") { t = $2 + 0; if (!(key in best) || t < best[key]) best[key] = t; key = "" } }
  END { for (k in best) print k, best[k] }' >"$runs.best"
echo "gdr bench ($(date -u +%Y-%m-%d), $(nproc) cores; one backend, warmed up; parallel query off; best of 7)"
for t in hans hant seed004; do
  rows=$("${psql[@]}" -c "SELECT count(*) FROM $t")
  mb=$("${psql[@]}" -c "SELECT round(sum(octet_length(raw)) / 1048576.0, 1) FROM $t")
  base=$(awk -v k="$t base" '$1 " " $2 == k { print $3 }' "$runs.best")
  parse=$(awk -v k="$t parse" '$1 " " $2 == k { print $3 }' "$runs.best")
  ratio=$(awk "BEGIN{printf \"%.2f\", $parse / $base}")
  printf '%-7s %6s rows %7s MB   sum(length(raw)) %8.1f ms   gdr_parse %8.1f ms   ratio %s (target <= 3)\n' \
    "$t" "$rows" "$mb" "$base" "$parse" "$ratio"
done
rm -f "$runs" "$runs.best"

echo "core, outside the server (test/bench/core.c):"
icu=$(pkg-config --cflags --libs icu-uc icu-i18n)
gcc -std=gnu99 -O2 -Isrc/core -o test/build/bench-core test/bench/core.c src/core/*.c $icu
test/build/bench-core "$shared"/seeds/*.txt "$shared"/corpus/*.txt "$shared"/corpus/sh-*.md "$shared"/corpus/*.html
