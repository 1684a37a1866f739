#!/usr/bin/env bash
# Fuzz the whole core parser (gdr_parse + gdr_check) outside the server.
#
#   test/fuzz.sh run [seconds]   libFuzzer (clang -fsanitize=fuzzer,address,
#                                undefined), bounded by -max_total_time
#                                (default 60 s) and -rss_limit_mb=2048, seeded
#                                from test/fuzz/corpus, ../shared/seeds and
#                                ../shared/corpus copied into a temp dir (the
#                                committed corpus never grows).  Crash
#                                reproducers go to test/build/fuzz/.
#   test/fuzz.sh replay          deterministic replay of the same inputs with
#                                ASan+UBSan (gcc or $CC), one TAP line per input.
#
# A fixed crash's reproducer belongs, small, in test/fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-replay}
out=test/build/fuzz
mkdir -p "$out"
icu=$(pkg-config --cflags --libs icu-uc icu-i18n 2>/dev/null || echo -licui18n -licuuc -licudata)
warn="-std=gnu99 -g -O1 -Wall -Wextra -Werror -Wdeclaration-after-statement -Werror=vla"
inputs=(test/fuzz/corpus)
for d in ../shared/seeds ../shared/corpus; do
  [ -d "$d" ] && inputs+=("$d")
done

case "$mode" in
  run)
    secs=${2:-60}
    command -v clang >/dev/null || { echo "fuzz.sh: clang is not installed (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
    # clang: C11 for the u"" literals ICU code uses; warnings are the unit
    # build's business (clang warns where gcc does not), so no -Werror here
    # shellcheck disable=SC2086
    clang -std=gnu11 -g -O1 -Wall -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
      -fno-omit-frame-pointer -Isrc/core -o "$out/fuzz_parse" \
      test/fuzz/fuzz_parse.c src/core/*.c $icu -lm
    work=$(mktemp -d /tmp/gdr-fuzz.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    for d in "${inputs[@]}"; do
      for f in "$d"/*; do
        case "$(basename "$f")" in manifest.json|README.md) continue ;; esac
        [ -f "$f" ] && cp "$f" "$work/$(basename "$d")__$(basename "$f")"
      done
    done
    set +e
    UBSAN_OPTIONS=print_stacktrace=1 "$out/fuzz_parse" "$work" \
      -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 \
      -artifact_prefix="$out/" -print_final_stats=1 ${GDR_FUZZ_MAX_LEN:+-max_len=$GDR_FUZZ_MAX_LEN}
    rc=$?
    set -e
    find "$out" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' \
      -o -name 'timeout-*' -o -name 'oom-*' \) | sed 's/^/fuzz.sh: reproducer: /'
    [ "$rc" -eq 0 ] && echo "fuzz.sh: no crash in ${secs}s"
    exit $rc
    ;;
  replay)
    CC=${CC:-gcc}
    # shellcheck disable=SC2086
    $CC $warn -DGDR_FUZZ_REPLAY -fsanitize=address,undefined -fno-sanitize-recover=undefined \
      -fno-omit-frame-pointer -Isrc/core -o "$out/fuzz_replay" \
      test/fuzz/fuzz_parse.c src/core/*.c $icu -lm
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      "$out/fuzz_replay" "${inputs[@]}"
    ;;
  *)
    echo "usage: test/fuzz.sh run [seconds] | replay" >&2
    exit 2
    ;;
esac
