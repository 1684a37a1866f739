#!/usr/bin/env bash
# Dump everything the core parser produces for every report the project has
# (and GDR_DUMP_MUTANTS mutants of each) into OUT; speed work compares the
# dumps before and after: `cmp before after` must say nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: test/bench/dump.sh OUT}
shared=${GDR_SHARED:-$(pwd)/../shared}
mkdir -p test/build
icu=$(pkg-config --cflags --libs icu-uc icu-i18n)
gcc -std=gnu99 -O2 -Wall -Wextra -Isrc/core -o test/build/dump test/bench/dump.c src/core/*.c $icu
files=()
for f in "$shared"/seeds/*.txt "$shared"/corpus/* test/data/layouts/*.* test/fuzz/corpus/*; do
  case "$f" in *.json|*README.md|*.py) continue;; esac
  [ -f "$f" ] && files+=("$f")
done
test/build/dump "${files[@]}" >"$out"
echo "$(grep -c '^==' "$out") inputs dumped to $out"
