#!/bin/sh
# Regenerates the three generated files of set 8 from their sources (the other six were written by hand).
# Needs python3 and OpenCC's `opencc` (for the traditional page). Output is byte-identical to the committed files.
set -e
cd "$(dirname "$0")"
python3 pdfwrap.py qiaodu_src.txt 24 > ../qiaodu-city-2021-pdf.txt
python3 survey.py
opencc -c s2t -i songling_s.txt -o /dev/stdout | python3 -c '
import sys
s = sys.stdin.read()
# character-by-character slips of a 繁體 button (see the manifest notes)
for a, b in [("聯繫", "聯係"), ("複製", "復制"), ("只有", "隻有")]:
    assert a in s, a
    s = s.replace(a, b)
open("../songling-county-2009-hant.txt", "w", encoding="utf-8").write(s)
'
