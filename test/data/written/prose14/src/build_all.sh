#!/bin/sh
# Regenerate every file of set prose14.  Needs (Debian 12): python3, python3-reportlab, fonts-wqy-zenhei,
# poppler-utils (pdftotext, pdftohtml), libreoffice-writer (soffice), odt2txt, wv (wvHtml), nodejs and the npm
# package devalue@2.0.1 (give its directory in DEVALUE, e.g. DEVALUE=/tmp/nodework/node_modules/devalue).
set -e
cd "$(dirname "$0")"
for d in zhichuan diyuan tuanjiang maozhou yushui zhuxi huanyang weining louting; do
  sh "$d/build.sh"
done
cd .. && python3 make_manifest.py
