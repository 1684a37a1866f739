CREATE TABLE cms_channel(id INTEGER PRIMARY KEY, parent_id INTEGER, name TEXT NOT NULL, path TEXT);
CREATE TABLE cms_article(id INTEGER PRIMARY KEY, channel_id INTEGER REFERENCES cms_channel(id), title TEXT NOT NULL, subtitle TEXT, source TEXT, author TEXT, index_no TEXT, pub_time TEXT, content TEXT, hits INTEGER DEFAULT 0, status INTEGER DEFAULT 1);
CREATE TABLE cms_attachment(id INTEGER PRIMARY KEY, article_id INTEGER REFERENCES cms_article(id), file_name TEXT, file_path TEXT, file_size INTEGER, upload_time TEXT);
CREATE INDEX idx_article_channel ON cms_article(channel_id, pub_time);
INSERT INTO cms_channel VALUES(1,0,'政府信息公开','/xxgk/');
INSERT INTO cms_channel VALUES(12,1,'政府信息公开年报','/xxgk/ndbg/');
INSERT INTO cms_channel VALUES(31,0,'工作动态','/gzdt/');
