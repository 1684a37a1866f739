-- gdr_validate(): the parsing and validating trigger, in its three modes.
-- See doc/checks.md, "The trigger".
SET search_path = gdr, public;
\pset null '(null)'

-- A small synthetic 2021-format report (tables 三 and 四, cells separated
-- by tabs): 一 given as seven cells; 二 1; 予以公开 2, 部分公开 1, 行政查询 1;
-- 三(七) 3,1,…,4; 四 1; 行政复议 given as five cells.
CREATE FUNCTION pg_temp.report(agency text, yr int, new_row text,
                               review text DEFAULT '0 0 0 0 0') RETURNS text
LANGUAGE sql IMMUTABLE AS $$
SELECT concat_ws(E'\n',
  agency || yr || '年政府信息公开工作年度报告',
  '三、收到和处理政府信息公开申请情况',
  E'（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  E'\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
  E'一、本年新收政府信息公开申请数量\t' || replace(new_row, ' ', E'\t'),
  E'二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1',
  E'三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2',
  E'（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1',
  E'（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1',
  E'（七）总计\t3\t1\t0\t0\t0\t0\t4',
  E'四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1',
  '四、政府信息公开行政复议、行政诉讼情况',
  E'行政复议\t行政诉讼',
  E'结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
  replace(review || ' 0 0 0 0 0 0 0 0 0 0', ' ', E'\t')) $$;

-- the synthetic texts parse as intended
SELECT gdr_balance_ok(gdr_parse(pg_temp.report('甲市某局', 2023, '3 1 0 0 0 0 4'))) AS good,
       gdr_balance_ok(gdr_parse(pg_temp.report('丙区某办', 2023, '4 0 0 0 0 4 4'))) AS bad;

CREATE TABLE public.trg_reports (id int PRIMARY KEY, raw text, parsed jsonb, note text);
CREATE TRIGGER reports_gdr BEFORE INSERT OR UPDATE ON trg_reports
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'reject');

-- reject mode: a consistent report is parsed into the jsonb column
INSERT INTO trg_reports (id, raw) VALUES (1, pg_temp.report('甲市某局', 2023, '3 1 0 0 0 0 4'));
SELECT id, parsed->>'agency' AS agency, parsed->>'year' AS year,
       parsed #> '{applications,new}' AS new, gdr_balance_ok(parsed)
  FROM trg_reports;
-- a report whose row 一 does not add up (4 + 4 ≠ 4) is rejected
INSERT INTO trg_reports (id, raw) VALUES (2, pg_temp.report('丙区某办', 2023, '4 0 0 0 0 4 4'));
-- the error is a check_violation naming the table
CREATE FUNCTION pg_temp.try(sql text, OUT state text, OUT schema_name text, OUT table_name text)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE sql;
  state := 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, schema_name = SCHEMA_NAME,
                          table_name = TABLE_NAME;
END $$;
SELECT * FROM pg_temp.try($$INSERT INTO trg_reports (id, raw)
    VALUES (2, pg_temp.report('丙区某办', 2023, '4 0 0 0 0 4 4'))$$);
SELECT count(*) AS stored FROM trg_reports;
-- the parsed column a user supplies is replaced on INSERT
INSERT INTO trg_reports (id, raw, parsed) VALUES (3, pg_temp.report('乙县某局', 2023, '3 1 0 0 0 0 4'), '{"x": 1}');
SELECT id, parsed ? 'x' AS kept_x, parsed->>'agency' AS agency FROM trg_reports WHERE id = 3;
-- table 四 failing beside a balancing table 三: stored, with a WARNING
INSERT INTO trg_reports (id, raw) VALUES (4, pg_temp.report('戊市某局', 2023, '3 1 0 0 0 0 4', '10 1 0 0 0'));
SELECT id, gdr_balance_ok(parsed), parsed #> '{appeals,review}' AS review FROM trg_reports WHERE id = 4;
-- a text with no table: nothing to check, stored (the verdict is NULL)
INSERT INTO trg_reports (id, raw) VALUES (7, '某局2023年政府信息公开工作年度报告。本年度未收到政府信息公开申请。');
SELECT id, parsed->>'template' AS template, gdr_balance_ok(parsed) FROM trg_reports WHERE id = 7;
-- NULL raw: NULL parsed
INSERT INTO trg_reports (id, raw, parsed) VALUES (5, NULL, '{"x": 1}');
SELECT id, raw IS NULL AS raw_null, parsed FROM trg_reports WHERE id = 5;

-- UPDATE of the raw column: parsed again (and checked)
UPDATE trg_reports SET raw = pg_temp.report('甲市某局', 2024, '3 1 0 0 0 0 4') WHERE id = 1;
SELECT id, parsed->>'year' AS year FROM trg_reports WHERE id = 1;
UPDATE trg_reports SET raw = pg_temp.report('甲市某局', 2024, '4 0 0 0 0 4 4') WHERE id = 1;
SELECT id, parsed #>> '{applications,new,total}' AS new_total FROM trg_reports WHERE id = 1;
-- raw unchanged, parsed corrected by hand: the correction is checked and kept
UPDATE trg_reports SET parsed = jsonb_set(parsed, '{note}', '"corrected by hand"') WHERE id = 3;
SELECT id, parsed->>'note' AS note FROM trg_reports WHERE id = 3;
UPDATE trg_reports SET parsed = jsonb_set(parsed, '{applications,new,total}', '9') WHERE id = 3;
-- neither changed (another column): nothing is parsed, the correction stays
UPDATE trg_reports SET note = 'checked' WHERE id = 3;
SELECT id, note, parsed->>'note' AS note_in_parsed FROM trg_reports WHERE id = 3;
-- parsed set to NULL: parsed again from raw
UPDATE trg_reports SET parsed = NULL WHERE id = 3;
SELECT id, parsed->>'note' AS note_in_parsed, parsed->>'agency' AS agency FROM trg_reports WHERE id = 3;
-- raw set to NULL: parsed NULL
UPDATE trg_reports SET raw = NULL WHERE id = 3;
SELECT id, parsed FROM trg_reports WHERE id = 3;

-- COPY of several reports: the one that does not add up aborts the COPY,
-- the error's context gives its line, the detail its agency
COPY trg_reports (id, raw) FROM STDIN (DELIMITER '|');
11|甲市某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t3\t1\t0\t0\t0\t0\t4\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
12|乙县某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t3\t1\t0\t0\t0\t0\t4\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
13|丙区某办2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t4\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t3\t1\t0\t0\t0\t0\t4\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
14|丁镇人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t3\t1\t0\t0\t0\t0\t4\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
\.
SELECT count(*) AS stored FROM trg_reports WHERE id > 10;

-- warn mode: stored, with a WARNING naming the failing rules
DROP TRIGGER reports_gdr ON trg_reports;
CREATE TRIGGER reports_gdr BEFORE INSERT OR UPDATE ON trg_reports
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'warn');
INSERT INTO trg_reports (id, raw) VALUES (2, pg_temp.report('丙区某办', 2023, '4 0 0 0 0 4 4'));
SELECT id, parsed->>'agency' AS agency, gdr_balance_ok(parsed) FROM trg_reports WHERE id = 2;
COPY trg_reports (id, raw) FROM STDIN (DELIMITER '|');
11|甲市某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t3\t1\t0\t0\t0\t0\t4\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
12|乙县某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t3\t1\t0\t0\t0\t0\t4\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
13|丙区某办2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t4\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t3\t1\t0\t0\t0\t0\t4\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
14|丁镇人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n（三）不予公开\t8.属于行政查询事项\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t3\t1\t0\t0\t0\t0\t4\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
\.
SELECT id, parsed->>'agency' AS agency, gdr_balance_ok(parsed) FROM trg_reports WHERE id > 10 ORDER BY id;

-- store mode: no checks at all
DROP TRIGGER reports_gdr ON trg_reports;
CREATE TRIGGER reports_gdr BEFORE INSERT OR UPDATE ON trg_reports
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'store');
INSERT INTO trg_reports (id, raw) VALUES (6, pg_temp.report('己区某委', 2023, '4 0 0 0 0 4 4'));
SELECT id, parsed->>'agency' AS agency, gdr_balance_ok(parsed) FROM trg_reports WHERE id = 6;
DROP TRIGGER reports_gdr ON trg_reports;

-- what was stored, with its verdict
SELECT id, gdr_balance_ok(parsed) FROM trg_reports ORDER BY id;

-- trg_bad trigger definitions fail at the first row
CREATE TABLE public.trg_bad (id int, raw text, parsed jsonb, n int, t text);
INSERT INTO trg_bad VALUES (1, 'x', NULL, 1, 't');
CREATE TRIGGER bad_gdr BEFORE INSERT OR UPDATE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr BEFORE INSERT OR UPDATE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'strict');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr BEFORE INSERT OR UPDATE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('body', 'parsed', 'reject');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr BEFORE INSERT OR UPDATE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'figures', 'reject');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr BEFORE INSERT OR UPDATE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('n', 'parsed', 'reject');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr BEFORE INSERT OR UPDATE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 't', 'reject');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr BEFORE INSERT OR UPDATE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'raw', 'reject');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr AFTER INSERT OR UPDATE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'reject');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr BEFORE INSERT OR UPDATE ON trg_bad
    FOR EACH STATEMENT EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'reject');
INSERT INTO trg_bad (id, raw) VALUES (2, 'x');
DROP TRIGGER bad_gdr ON trg_bad;
CREATE TRIGGER bad_gdr BEFORE DELETE ON trg_bad
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'reject');
DELETE FROM trg_bad;
DROP TRIGGER bad_gdr ON trg_bad;
SELECT gdr.gdr_validate();
-- a varchar raw column works too
CREATE TABLE public.trg_vreports (raw varchar, parsed jsonb);
CREATE TRIGGER vreports_gdr BEFORE INSERT ON trg_vreports
    FOR EACH ROW EXECUTE FUNCTION gdr.gdr_validate('raw', 'parsed', 'reject');
INSERT INTO trg_vreports VALUES (pg_temp.report('甲市某局', 2023, '3 1 0 0 0 0 4'));
SELECT parsed->>'agency' AS agency, gdr_balance_ok(parsed) FROM trg_vreports;

DROP TABLE trg_reports, trg_bad, trg_vreports;
