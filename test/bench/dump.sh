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
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
files=()
for f in "$shared"/seeds/*.txt "$shared"/corpus/* test/data/*/*.* test/data/written/*/*.* test/fuzz/corpus/*; do
  case "$f" in *.json|*README.md|*.py|*.gold) continue;; esac
  [ -f "$f" ] || continue
  files+=("$f")
  # the same report in traditional characters (ICU), when it has tables
  case "$f" in
    "$shared"/*)
      if command -v uconv >/dev/null; then
        t=$tmp/hant-$(basename "$f")
        uconv -f utf-8 -t utf-8 -x Simplified-Traditional "$f" >"$t" && files+=("$t")
      fi;;
  esac
done
test/build/dump "${files[@]}" | sed "s|$tmp/|hant/|" >"$out"
echo "$(grep -c '^==' "$out") inputs dumped to $out"
