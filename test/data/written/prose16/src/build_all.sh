#!/bin/sh
# Regenerate the six prose16 files and manifest.json (needs python3, opencc, Debian's python3-icalendar under
# /usr/bin/python3, and LibreOffice's soffice), then run the checker.
set -e
cd "$(dirname "$0")"
python3 make.py
python3 make_manifest.py
cd lo && sha256sum collection.fods collection.csv > SHA256SUMS && cd ..
cd .. && python3 check.py --mutate
