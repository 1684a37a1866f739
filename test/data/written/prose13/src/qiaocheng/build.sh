#!/bin/sh
# sqlite3 3.40 (Debian 12): load the CMS tables, then `.dump` them
set -e
cd "$(dirname "$0")"
rm -f cms.db
sqlite3 cms.db < build.sql
sqlite3 cms.db "INSERT INTO cms_article VALUES(2207,31,'我局发布2012年政府信息公开工作年度报告',NULL,'峤城市食品药品监督管理局','办公室','QC-SYJ-2013-00412','2013-03-20 16:02:11',CAST(readfile('news2012.html') AS TEXT),412,1);"
sqlite3 cms.db "INSERT INTO cms_article VALUES(2594,31,'我局召开2014年政务公开工作会议',NULL,'峤城市食品药品监督管理局','办公室','QC-SYJ-2014-00009','2014-01-08 17:40:52',CAST(readfile('news2014.html') AS TEXT),163,1);"
sqlite3 cms.db "INSERT INTO cms_article VALUES(2731,12,'峤城市食品药品监督管理局2013年政府信息公开工作年度报告',NULL,'峤城市食品药品监督管理局','办公室','QC-SYJ-2014-00087','2014-03-18 09:26:40',CAST(readfile('report.html') AS TEXT),1893,1);"
sqlite3 cms.db "INSERT INTO cms_attachment VALUES(905,2731,'峤城市食品药品监督管理局2013年政府信息公开情况统计表.xls','/uploads/2014/03/18/20140318092515_684.xls',27648,'2014-03-18 09:25:15');"
sqlite3 cms.db .dump > ../../qiaocheng-fda-2013-cms-sqlite3-dump.sql
