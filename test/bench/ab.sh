#!/usr/bin/env bash
# Time two revisions of the core parser against each other (see ab.c):
#   test/bench/ab.sh REV_A [REV_B]     REV_B defaults to the working tree
# over every seed and corpus report and its traditional version
# (GDR_AB_ONLY=hans or hant: only the reports as they are, or only their
# traditional versions; GDR_AB_FILES="F..." : those files only).
set -euo pipefail
cd "$(dirname "$0")/../.."
a=${1:?usage: test/bench/ab.sh REV_A [REV_B]}; b=${2:-}
shared=${GDR_SHARED:-$(pwd)/../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
icu=$(pkg-config --cflags --libs icu-uc icu-i18n)
lib() {  # rev outfile
  local src=$tmp/src-$2; mkdir -p "$src"
  if [ -n "$1" ]; then git archive "$1" src/core | tar -x -C "$src"; else cp -r src "$src/"; fi
  gcc -std=gnu99 -O2 -fPIC -shared -I"$src/src/core" -o "$tmp/$2.so" "$src"/src/core/*.c $icu
}
lib "$a" a; lib "$b" b
gcc -std=gnu99 -O2 -Itest/unit -Isrc/core -o "$tmp/ab" test/bench/ab.c -ldl
files=()
[ -n "${GDR_AB_FILES:-}" ] && read -r -a files <<<"$GDR_AB_FILES"
for f in "$shared"/seeds/*.txt "$shared"/corpus/*; do
  [ -n "${GDR_AB_FILES:-}" ] && break
  case "$f" in *.json|*README.md) continue;; esac
  [ "${GDR_AB_ONLY:-}" = hant ] || files+=("$f")
  [ "${GDR_AB_ONLY:-}" = hans ] && continue
  uconv -f utf-8 -t utf-8 -x Simplified-Traditional "$f" >"$tmp/hant-$(basename "$f")"
  files+=("$tmp/hant-$(basename "$f")")
done
echo "A = ${a}, B = ${b:-working tree}"
"$tmp/ab" "$tmp/a.so" "$tmp/b.so" "${files[@]}"
