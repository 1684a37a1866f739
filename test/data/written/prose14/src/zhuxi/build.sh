#!/bin/sh
# fodt -> Word 97 .doc (LibreOffice) -> wvHtml (wvWare 1.2.9)
set -e
cd "$(dirname "$0")"
python3 make_fodt.py
rm -rf tmp && mkdir tmp
soffice --headless --convert-to doc:"MS Word 97" --outdir tmp summary.fodt >/dev/null 2>&1
mv tmp/summary.doc summary.doc
rm -rf tmp
wvHtml summary.doc ../../zhuxi-district-2018-summary-wvhtml.html >/dev/null 2>&1
