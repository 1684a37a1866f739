#!/bin/sh
# fax.txt -> fax.pdf (make_fax.py, reportlab) -> 200 dpi greyscale pages (pdftoppm) -> a fax's
# "standard" resolution (every other line dropped and doubled), a 0.6 degree skew, impulse noise,
# bilevel (ImageMagick 6, /usr/bin/convert; -seed fixes the noise) -> Tesseract 5.3 (Debian
# tesseract-ocr + tesseract-ocr-chi-sim), the pages one after the other as tesseract writes them
# (this tesseract writes no form feed between pages).
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_fax.py
rm -f page-*.pgm
pdftoppm -r 200 -gray fax.pdf page
out=../../shiyan-township-2009-fax-tesseract.txt
: > "$out"
for p in 1 2; do
  /usr/bin/convert page-$p.pgm -rotate 0.6 -background white -flatten -sample 100%x50% -sample 100%x200% \
    -blur 0x0.5 -seed 7$p -attenuate 0.15 +noise Impulse -threshold 52% -type bilevel fax-$p.png
  tesseract fax-$p.png ocr-$p -l chi_sim 2>/dev/null
  cat ocr-$p.txt >> "$out"
done
rm -f page-*.pgm ocr-*.txt
