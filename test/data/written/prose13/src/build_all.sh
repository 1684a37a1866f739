#!/bin/sh
# Regenerate the seven tool-made files of prose13 (Debian 12 packages: tesseract-ocr + tesseract-ocr-chi-sim 5.3,
# pdftk-java 3.3, sqlite3 3.40, python3-nbformat / python3-nbconvert / python3-ipykernel, translate-toolkit 3.8,
# python3-reportlab, python3-pil, fonts-wqy-zenhei).  The Weibo JSON and the mind map are written by Python
# scripts; the interpretation page and the transcript were written by hand.
set -e
cd "$(dirname "$0")"
sh danyu/build.sh
sh qinan/build.sh
sh qiaocheng/build.sh
(cd ruiyang && /usr/bin/python3 make_json.py)
sh kezhou/build.sh 2>/dev/null
sh lingjiang/build.sh
(cd ruowan && /usr/bin/python3 make_mm.py)
