#!/bin/sh
# translate-toolkit 3.8 (Debian 12): txt2po (one unit per paragraph) → msgstr filled → po2xliff (XLIFF 1.1)
set -e
cd "$(dirname "$0")"
txt2po --progress=none report.zh.txt report.po
/usr/bin/python3 fill_po.py
po2xliff --progress=none report.po ../../lingjiang-commerce-2011-translation-xliff.xlf
