#!/bin/sh
# report.md (hand-written, footnotes as [^n]) -> report.docx (real Word footnotes, word/footnotes.xml)
# -> pandoc's plain-text writer (Debian pandoc 2.17.1.1), which prints the note marks as [n] and the
# notes after the body.
set -e
cd "$(dirname "$0")"
pandoc report.md -o report.docx
pandoc report.docx -t plain -o ../../linzhou-land-2015-docx-footnotes-pandoc-plain.txt
