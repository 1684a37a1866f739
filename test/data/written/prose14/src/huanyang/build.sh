#!/bin/sh
# reportlab PDF -> poppler pdftohtml 22.12.0 complex mode, one file, no background images
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_pdf.py
rm -rf tmp && mkdir tmp
pdftohtml -c -s -noframes -i -q report.pdf tmp/report >/dev/null
mv tmp/report.html ../../huanyang-water-2013-pdftohtml-c.html
rm -rf tmp
