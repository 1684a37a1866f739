#!/bin/sh
# page-hans.txt -> OpenCC 1.1.6 s2t -> page-hant.txt -> qiaokan.pdf (vertical) -> pdftotext -raw.
set -e
cd "$(dirname "$0")"
opencc -c s2t -i page-hans.txt -o page-hant.txt
/usr/bin/python3 make_pdf.py
pdftotext -raw -enc UTF-8 qiaokan.pdf ../../laixi-township-2014-qiaokan-vertical-hant-pdftotext-raw.txt
