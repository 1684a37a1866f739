#!/bin/sh
# Regenerates the eight tool-made files of set prose12 from their sources (run from anywhere), byte for
# byte.  Needs (Debian 12): git, pandoc, unrtf, opencc, poppler-utils, python3-reportlab,
# fonts-wqy-zenhei, python3.  The podcast page (qishan) was written by hand.
set -e
here=$(cd "$(dirname "$0")" && pwd)
sh "$here/qichuan/build.sh"          # git show -U1000 of the correction commit
sh "$here/jiekou/build.sh"           # .docx with tracked changes -> pandoc markdown --track-changes=all
python3 "$here/yunzhou/make_srt.py"  # ASR subtitle file
python3 "$here/maoshan/make_mbox.py" # mbox of four messages (email + mailbox packages)
sh "$here/yuntang/build.sh"          # WPS-style RTF -> unrtf --html
python3 "$here/xingqiao/make_csv.py" # sentence / NER CSV
sh "$here/laixi/build.sh"            # OpenCC s2t -> vertical PDF (reportlab) -> pdftotext -raw
sh "$here/hengxi/build.sh"           # slides PDF (reportlab) -> pdftotext
