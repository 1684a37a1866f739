#!/bin/sh
# Rebuilds ../../qichuan-health-2017-git-show.txt: a git repository of the commission's static site
# (Hugo content) with two commits (the report as first posted, then the correction), and the output
# of `git show -U1000` of the correction.  Dates and identities are fixed, so hashes are stable.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../qichuan-health-2017-git-show.txt"
tmp=$(mktemp -d)
cd "$tmp"
git init -q -b master site
cd site
mkdir -p content/xxgk/ndbg
cp "$here/v1.md" content/xxgk/ndbg/2017-ndbg.md
git add content
GIT_AUTHOR_DATE="2018-03-21T09:28:41+08:00" GIT_COMMITTER_DATE="2018-03-21T09:28:41+08:00" \
  git -c user.name="zhangwei" -c user.email="zhangwei@qcwjw.example.cn" commit -q \
  -m "发布2017年政府信息公开工作年度报告"
cp "$here/v2.md" content/xxgk/ndbg/2017-ndbg.md
GIT_AUTHOR_DATE="2018-04-03T16:05:12+08:00" GIT_COMMITTER_DATE="2018-04-03T16:05:12+08:00" \
  git -c user.name="liuyang" -c user.email="liuyang@qcwjw.example.cn" commit -q -a -F "$here/commit-msg.txt"
git -c core.quotepath=false -c color.ui=never show -U1000 HEAD > "$out"
cd /; rm -rf "$tmp"
