#!/bin/sh
# tesseract 5.3 (Debian 12, tesseract-ocr-chi-sim) → hOCR of the two scanned pages
set -e
cd "$(dirname "$0")"
/usr/bin/python3 render.py
printf 'scan-1.png\nscan-2.png\n' > pages.lst
tesseract pages.lst ../../danyu-hetang-township-2009-scan-tesseract.hocr -l chi_sim --psm 3 hocr >/dev/null 2>&1
mv ../../danyu-hetang-township-2009-scan-tesseract.hocr.hocr ../../danyu-hetang-township-2009-scan-tesseract.hocr
