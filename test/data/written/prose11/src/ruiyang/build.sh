#!/bin/sh
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_pdf.py
pdftotext -raw -enc UTF-8 bulletin.pdf ../../ruiyang-grain-2017-bulletin-pdftotext-raw.txt
