-- MySQL dump 10.13  Distrib 5.7.33, for Linux (x86_64)
--
CREATE TABLE `v9_news` (`id` int, `title` varchar(80), `inputtime` int);
INSERT INTO `v9_news` VALUES (7,'关于调整指南的公告',1610672591),(9,'某县人民政府2020年政府信息公开工作年度报告',1611713557);
INSERT INTO `v9_news_data` VALUES (7,'<p>为进一步做好工作，现作如下调整。</p>'),(9,'<p style=\"text-indent:2em\">2020年，全县主动公开政府信息3,512条。</p>\r\n<p>全年新收政府信息公开申请88件，办结86件。它\'s</p>\r\n<p>某县人民政府</p>');
