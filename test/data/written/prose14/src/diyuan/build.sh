#!/bin/sh
# fodt -> .docx (what the bureau sent) -> .odt (what the collector saved) -> odt2txt (Debian odt2txt 0.5)
set -e
cd "$(dirname "$0")"
python3 make_fodt.py
rm -rf tmp && mkdir tmp
soffice --headless --convert-to docx --outdir tmp report.fodt >/dev/null 2>&1
mv tmp/report.docx report.docx
soffice --headless --convert-to odt --outdir tmp report.docx >/dev/null 2>&1
mv tmp/report.odt report.odt
rm -rf tmp
odt2txt --encoding=UTF-8 report.odt > ../../diyuan-education-2016-odt2txt.txt
