PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE a(id INTEGER PRIMARY KEY, title TEXT, pub_time TEXT, content TEXT);
INSERT INTO a VALUES(1,'会议通知','2014-01-08 17:40:52',replace('2013年全局公开信息超过2000条。\n另有1件。','\n',char(10)));
INSERT INTO a VALUES(2,'某局2013年政府信息公开工作年度报告','2014-03-18 09:26:40',replace(replace('<p>被提起行政诉讼1件。</p>\r\n<p>局''s 办公室</p>\r\n<p>全年主动公开政府信息2,315条，比上年增加。</p>','\r',char(13)),'\n',char(10)));
COMMIT;
