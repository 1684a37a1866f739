#!/bin/sh
# report.txt -> report.rtf (WPS-style RTF) -> unrtf 0.21.10 --html (Debian 12 package unrtf).
set -e
cd "$(dirname "$0")"
python3 make_rtf.py
unrtf --html report.rtf > ../../yuntang-water-2013-wps-rtf-unrtf.html
