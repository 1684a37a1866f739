#!/bin/sh
# reportlab PDF -> poppler pdftotext 22.12.0, default mode (reading order), as the collector ran it
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_pdf.py
pdftotext report.pdf ../../tuanjiang-hrss-2014-pdftotext-local-table.txt
