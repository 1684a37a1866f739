#!/bin/sh
# Re-records ../../cenyuan-civil-affairs-2011-wget.warc (WARC dates, record ids and digests will differ).
# The page is served on 127.0.0.1 by ../servepage.py; wget is pointed at the site's URL through it as a
# proxy, so that WARC-Target-URI is the portal's address.  Needs wget (Debian 12: 1.21.3).
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); cd "$tmp"
python3 "$here/../servepage.py" 18432 "$here/page.html" "Thu, 29 Mar 2012 02:42:17 GMT" &
sleep 1
http_proxy=http://127.0.0.1:18432/ wget -e use_proxy=yes --warc-file=cenyuan --no-warc-compression -O page.out \
  "http://www.cenyuan.gov.cn/zwgk/bmxxgk/mzj/201203/t20120329_48213.html"
cp cenyuan.warc "$here/../../cenyuan-civil-affairs-2011-wget.warc"
rm -rf "$tmp"
