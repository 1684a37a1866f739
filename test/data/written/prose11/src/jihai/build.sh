#!/bin/sh
# Rebuilds ../../jihai-ocean-fishery-2013-tw-portal-hant.txt: the simplified report converted by
# OpenCC (Debian package opencc 1.1.6, config s2twp: Taiwan characters and phrases) between the
# portal's own header and footer, which were written in traditional characters by hand.
set -e
cd "$(dirname "$0")"
opencc -c s2twp.json -i report-hans.txt -o report-hant-opencc.txt
cat wrapper-head.txt report-hant-opencc.txt wrapper-tail.txt > ../../jihai-ocean-fishery-2013-tw-portal-hant.txt
