# Sourced by test/bench.sh and test/bench/ab-server.sh: the bench's tables.
#   bench_load_sql SHARED TMP REPEAT > file.sql
# writes the SQL that creates src(script, raw) from the seeds and the corpus
# (each report as it is, and rewritten in traditional characters by ICU's
# Simplified-Traditional transliterator, uconv, into TMP), then
#   hans     every simplified report, REPEAT times
#   hant     their traditional versions plus seed 004 (a real traditional
#            report), REPEAT times
#   seed004  seed 004 alone, 10 * REPEAT times
#   joined   a view: seed004 in a nested loop with generate_series(1, 2)
# each row padded with i % 7 spaces so that no two rows of a table are the
# same value.
bench_load_sql() {
  local shared=$1 tmp=$2 repeat=$3 f b forms s g t n
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
  for t in hans hant seed004; do
    n=$repeat; [ $t = seed004 ] && n=$((repeat * 10))
    echo "CREATE TABLE $t AS SELECT raw || repeat(' ', i % 7) AS raw FROM src, generate_series(1, $n) i WHERE script = '$t';"
  done
  echo "CREATE VIEW joined AS SELECT raw FROM seed004, generate_series(1, 2);"
  echo "VACUUM ANALYZE hans; VACUUM ANALYZE hant; VACUUM ANALYZE seed004;"
}
