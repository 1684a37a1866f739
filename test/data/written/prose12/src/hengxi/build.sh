#!/bin/sh
# make_slides.py -> slides.pdf -> pdftotext (poppler 22.12, default reading-order mode).
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_slides.py
pdftotext -enc UTF-8 slides.pdf ../../hengxi-eco-2019-summary-slides-pdftotext.txt
