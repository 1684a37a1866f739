#!/bin/sh
# report.docx (tracked changes, comments) -> pandoc 2.17 markdown with every change and comment kept.
set -e
cd "$(dirname "$0")"
python3 make_docx.py
pandoc -f docx -t markdown --track-changes=all -s report.docx -o ../../jiekou-hrss-2021-docx-track-changes-pandoc.md
