#!/usr/bin/env bash
# make test: build, install, start a private cluster, run every suite, and
# end with one line "N passed, N failed[, N skipped]".  Exits non-zero on any
# failure (and prints regression.diffs).
set -uo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
pass=0; fail=0; skip=0
log=$(mktemp -d /tmp/gdr-test-log.XXXXXX)

# count TAP output of one suite: args = suite name, exit code, output file
count_tap() {
  local name=$1 rc=$2 out=$3 p f s
  # (-a: a test's output with a stray non-UTF-8 byte is still text)
  p=$(grep -aE '^ok ' "$out" | grep -avc '# SKIP' || true)
  s=$(grep -aE '^ok .*# SKIP' "$out" | wc -l)
  f=$(grep -aEc '^not ok ' "$out" || true)
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; echo "# $name exited with status $rc"; fi
  pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
  echo "# $name: $p passed, $f failed, $s skipped"
  grep -aE '^not ok|^#   ' "$out" | head -50 || true
}

echo "== build"
make -s 2>&1 | tee "$log/build.txt" | grep -E 'warning|error' && { echo "build is not clean"; fail=$((fail+1)); }
make -s install >"$log/install.txt" 2>&1 || { cat "$log/install.txt"; echo "0 passed, 1 failed"; exit 1; }

echo "== core unit tests (ASan + UBSan)"
bash test/unit/build.sh >"$log/unit.txt" 2>&1; count_tap unit $? "$log/unit.txt"

if [ -x test/fuzz.sh ] || [ -f test/fuzz.sh ]; then
  echo "== fuzz corpus replay (ASan + UBSan)"
  bash test/fuzz.sh replay >"$log/replay.txt" 2>&1; count_tap replay $? "$log/replay.txt"
fi

echo "== private cluster"
pgdir=$(mktemp -d /tmp/gdr-pg.XXXXXX); rmdir "$pgdir"
export GDR_PGPORT=${GDR_PGPORT:-5439}
trap 'bash test/cluster.sh stop "$pgdir"' EXIT
bash test/cluster.sh start "$pgdir" || { echo "0 passed, 1 failed"; exit 1; }

echo "== pg_regress"
regress=$(pg_config --pkglibdir)/pgxs/src/test/regress/pg_regress
tests=$(make -s print-regress 2>/dev/null)
"$regress" --inputdir=. --outputdir="$log/regress" --load-extension=gdr \
  --host="$pgdir" --port="$GDR_PGPORT" --user=postgres --dbname=gdr_regress \
  $tests >"$log/regress.txt" 2>&1
rc=$?
cat "$log/regress.txt" | grep -E '\.\.\. |^ok|^not ok' || true
p=$(grep -Ec '\.\.\. ok|^ok ' "$log/regress.txt" || true)
f=$(grep -Ec '\.\.\. FAILED|failed \(ignored\)|^not ok ' "$log/regress.txt" || true)
if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; cat "$log/regress.txt"; fi
pass=$((pass + p)); fail=$((fail + f))
[ -f "$log/regress/regression.diffs" ] && cat "$log/regress/regression.diffs"

echo "== gold figures of the seeds and the corpus"
psql -X -q -h "$pgdir" -p "$GDR_PGPORT" -U postgres -d postgres -c 'CREATE DATABASE gdr_corpus' >/dev/null
psql -X -q -h "$pgdir" -p "$GDR_PGPORT" -U postgres -d gdr_corpus -c 'CREATE EXTENSION gdr' >/dev/null
bash test/corpus/run.sh -h "$pgdir" -p "$GDR_PGPORT" -U postgres -d gdr_corpus >"$log/corpus.txt" 2>&1
count_tap corpus $? "$log/corpus.txt"

for t in test/sql-tests/*.sh; do
  [ -f "$t" ] || continue
  name=$(basename "$t" .sh)
  echo "== $name"
  bash "$t" -h "$pgdir" -p "$GDR_PGPORT" -U postgres >"$log/$name.txt" 2>&1
  count_tap "$name" $? "$log/$name.txt"
done

echo "logs in $log"
if [ "$skip" -gt 0 ]; then
  echo "$pass passed, $fail failed, $skip skipped"
else
  echo "$pass passed, $fail failed"
fi
[ "$fail" = 0 ]
