#!/bin/sh
# Regenerate the six files and manifest.json.  Needs python3 and (for yuanning) LibreOffice (Debian 12:
# libreoffice-writer; 7.4.7.2 made the kept output).
set -e
cd "$(dirname "$0")"
python3 make.py
sh lo/build.sh
python3 make_manifest.py
