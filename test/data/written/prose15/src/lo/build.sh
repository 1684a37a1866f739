#!/bin/sh
# summary.html -> summary.doc (Word 97, LibreOffice "MS Word 97") -> summary.txt (LibreOffice "Text (encoded)" UTF-8,
# what `unoconv -f txt` runs).  Running it again gave the same bytes for all three (SHA256SUMS).
set -e
cd "$(dirname "$0")"
python3 make_html.py
P=$(mktemp -d)
soffice -env:UserInstallation=file://$P --headless --convert-to 'doc:MS Word 97' --outdir . summary.html >/dev/null 2>&1
soffice -env:UserInstallation=file://$P --headless --infilter='MS Word 97' --convert-to 'txt:Text (encoded):UTF8' --outdir . summary.doc >/dev/null 2>&1
rm -rf "$P"
cp summary.txt ../../yuanning-stats-2016-summary-lo-txt.txt
sha256sum summary.html summary.doc summary.txt > SHA256SUMS
