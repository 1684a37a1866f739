#!/bin/sh
# Regenerates the seven tool-made files of set prose11 from their sources (run from anywhere).
# Needs (Debian 12): opencc, pandoc, poppler-utils, python3-reportlab, fonts-wqy-zenhei, imagemagick,
# tesseract-ocr, tesseract-ocr-chi-sim, wget.  All but the WARC come out byte for byte the same; the
# WARC is re-recorded only with --warc, and its dates, record ids and digests then change.
set -e
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/lanyu/make_eml.py"
sh "$here/jihai/build.sh"
python3 "$here/tinglan/make_chat.py"
sh "$here/ruiyang/build.sh"
sh "$here/linzhou/build.sh"
sh "$here/shiyan/build.sh"
if [ "$1" = "--warc" ]; then sh "$here/cenyuan/wget.sh"; fi
