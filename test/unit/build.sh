#!/usr/bin/env bash
# Build and run one or all core unit tests with ASan+UBSan (no server).
#   test/unit/build.sh                 all test/unit/test_*.c
#   test/unit/build.sh test/unit/test_x.c
# Each test links every src/core/*.c; the binaries go to test/build/unit/.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=test/build/unit; mkdir -p "$out"
CC=${CC:-gcc}
icu=$(pkg-config --cflags --libs icu-uc icu-i18n 2>/dev/null || echo -licui18n -licuuc -licudata)
san="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
tests=("$@"); [ ${#tests[@]} -gt 0 ] || tests=(test/unit/test_*.c)
rc=0
for t in "${tests[@]}"; do
  bin="$out/$(basename "${t%.c}")"
  $CC -std=gnu99 -g -O1 -Wall -Wextra -Werror -Wdeclaration-after-statement -Werror=vla \
      -DUSE_ASSERT_CHECKING $san -Isrc/core -o "$bin" "$t" src/core/*.c $icu -lm
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$bin" || rc=1
done
exit $rc
