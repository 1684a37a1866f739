#!/usr/bin/env bash
# Time two revisions of gdr_parse against each other INSIDE the server:
#   test/bench/ab-server.sh REV_A [REV_B]     REV_B defaults to the working tree
#
# The core A/B (ab.sh) runs the parser in a warm loop; in a backend the same
# parse runs about twice as slow per byte (detoast, jsonb and the executor
# evict its tables between rows), so a change that saves cache misses can
# show here and not there.  Both builds of gdr.so are loaded into ONE
# backend (linked -Bsymbolic, so each calls its own core), as the SQL
# functions a_parse and b_parse over the bench's tables (test/bench/load.sh);
# every round times sum(length(raw)), a_parse and b_parse on each table, A
# and B in alternating order.  Printed per table: the median of the rounds'
# B/A ratios and each build's median ratio to sum(length(raw)) (make bench's
# figure).  GDR_AB_ROUNDS (default 15), GDR_BENCH_REPEAT (default 200).
set -euo pipefail
cd "$(dirname "$0")/../.."
a=${1:?usage: test/bench/ab-server.sh REV_A [REV_B]}; b=${2:-}
shared=${GDR_SHARED:-$(pwd)/../shared}
tmp=$(mktemp -d); chmod 755 "$tmp"
pgdir=$tmp/pg
export GDR_PGPORT=${GDR_PGPORT:-5438}
trap 'bash test/cluster.sh stop "$pgdir" 2>/dev/null || true; rm -rf "$tmp"' EXIT
build() {  # rev name
  local d=$tmp/src-$2; mkdir -p "$d"
  if [ -n "$1" ]; then git archive "$1" | tar -x -C "$d"
  else git ls-files -z | xargs -0 cp --parents -t "$d"; fi
  make -s -C "$d" SHLIB_LINK="$(pkg-config --libs icu-uc icu-i18n) -Wl,-Bsymbolic" >/dev/null
  cp "$d/gdr.so" "$tmp/$2.so"
}
build "$a" a; build "$b" b
bash test/cluster.sh start "$pgdir"
psql=(psql -X -q -At -h "$pgdir" -p "$GDR_PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
. test/bench/load.sh
{ echo "CREATE TABLE src(script text, raw text);"
  bench_load_sql "$shared" "$tmp" "${GDR_BENCH_REPEAT:-200}"
  for k in a b; do
    echo "CREATE FUNCTION ${k}_parse(text) RETURNS jsonb AS '$tmp/$k.so', 'gdr_parse_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;"
  done; } >"$tmp/load.sql"
"${psql[@]}" -f "$tmp/load.sql" >/dev/null
R=${GDR_AB_ROUNDS:-15}
{
  echo "SET max_parallel_workers_per_gather = 0;"
  echo "SELECT count(a_parse(raw)), count(b_parse(raw)) FROM src;"
  echo '\timing on'
  for i in $(seq "$R"); do
    for t in hans hant seed004; do
      if [ $((i % 2)) = 1 ]; then o="a b"; else o="b a"; fi
      echo "SELECT '$t base', sum(length(raw)) FROM $t;"
      for k in $o; do echo "SELECT '$t $k', count(${k}_parse(raw)) FROM $t;"; done
    done
  done
} >"$tmp/runs.sql"
echo "A = $a, B = ${b:-working tree}; $R rounds, one backend, parallel query off"
"${psql[@]}" -F' ' -f "$tmp/runs.sql" | awk '
  /^(hans|hant|seed004) (base|a|b) / { key = $1 " " $2; next }
  /^Time: / { if (key != "") { print key, $2 + 0; key = "" } }' | awk '
  { n[$1 " " $2]++; v[$1 " " $2, n[$1 " " $2]] = $3 }
  function med(arr, k,   i, j, x) {
    for (i = 2; i <= k; i++) { x = arr[i]; for (j = i - 1; j >= 1 && arr[j] > x; j--) arr[j + 1] = arr[j]; arr[j + 1] = x }
    return (k % 2) ? arr[(k + 1) / 2] : (arr[k / 2] + arr[k / 2 + 1]) / 2 }
  END {
    split("hans hant seed004", T, " ")
    for (t = 1; t <= 3; t++) {
      k = n[T[t] " b"]; if (n[T[t] " a"] < k) k = n[T[t] " a"]
      delete r; delete ra; delete rb
      for (i = 1; i <= k; i++) {
        r[i] = v[T[t] " b", i] / v[T[t] " a", i]
        ra[i] = v[T[t] " a", i] / v[T[t] " base", i]; rb[i] = v[T[t] " b", i] / v[T[t] " base", i] }
      printf "%-7s B/A %.3f   ratio to sum(length(raw)): A %.2f  B %.2f\n", T[t], med(r, k), med(ra, k), med(rb, k)
    }
  }'
