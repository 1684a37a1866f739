-- gdr_parse: the seeds' full documents (reviewed by hand), NULL and garbage.
SET search_path = gdr, public;

SELECT gdr_version() = extversion AS version_matches FROM pg_extension WHERE extname = 'gdr';
SELECT gdr_parse(NULL) IS NULL AS strict;

-- garbage text is a report with nothing in it, never an error
SELECT gdr_parse('');
SELECT gdr_parse('hello | 1 | 2 | 3' || E'\n' || repeat('合计 ', 50) || E'\t\t\t') - 'warnings' AS doc;
SELECT jsonb_typeof(gdr_parse(repeat(E'\x01\t|', 1000))) AS kind_of_result;

-- the five seed reports, whole
CREATE TEMP TABLE seed(file text, raw text);
\set b `base64 -w0 test/data/seeds/000_74c536d70a2fd30e.txt`
INSERT INTO seed VALUES ('000', convert_from(decode(:'b', 'base64'), 'UTF8'));
\set b `base64 -w0 test/data/seeds/001_1d2aa8c0efe2002d.txt`
INSERT INTO seed VALUES ('001', convert_from(decode(:'b', 'base64'), 'UTF8'));
\set b `base64 -w0 test/data/seeds/002_fc47283759ae00e6.txt`
INSERT INTO seed VALUES ('002', convert_from(decode(:'b', 'base64'), 'UTF8'));
\set b `base64 -w0 test/data/seeds/003_68e3794837a4b651.txt`
INSERT INTO seed VALUES ('003', convert_from(decode(:'b', 'base64'), 'UTF8'));
\set b `base64 -w0 test/data/seeds/004_43470c8d9389378c.txt`
INSERT INTO seed VALUES ('004', convert_from(decode(:'b', 'base64'), 'UTF8'));

SELECT file, jsonb_pretty(gdr_parse(raw)) FROM seed WHERE file IN ('000', '002', '003') ORDER BY file;
-- 001: everything but table 三's all-zero rows, which are listed compactly
SELECT jsonb_pretty(gdr_parse(raw) - 'applications') FROM seed WHERE file = '001';
SELECT key AS row, value FROM seed, jsonb_each(gdr_parse(raw)->'applications')
 WHERE file = '001' ORDER BY key;
SELECT d.key AS "group", e.key AS row, e.value FROM seed,
       jsonb_each(gdr_parse(raw)->'applications') d, jsonb_each(d.value) e
 WHERE file = '001' AND d.key IN ('denied', 'unable', 'not_processed', 'other_handling')
 ORDER BY 1, 2;
-- 004: traditional characters, rows with 5 values for 7 columns come out null
SELECT jsonb_pretty(gdr_parse(raw) - 'applications') FROM seed WHERE file = '004';
SELECT key AS row, value FROM seed, jsonb_each(gdr_parse(raw)->'applications')
 WHERE file = '004' AND key IN ('new', 'carried_over', 'granted', 'processed', 'carried_forward')
 ORDER BY key;

-- IMMUTABLE means it: no setting changes the output
SET TimeZone = 'America/New_York';
SET lc_messages = 'C';
SET search_path = public;
SELECT gdr.gdr_parse(raw) = (SELECT gdr.gdr_parse(raw) FROM seed WHERE file = '001') AS same
  FROM seed WHERE file = '001';
RESET ALL;

-- a long report makes the backend's scratch region grow (gdr.c); the reports
-- parsed after it come out as before
CREATE TEMP TABLE before_long AS SELECT file, gdr.gdr_parse(raw) AS doc FROM seed;
SELECT gdr.gdr_parse(repeat(raw, 60))->>'agency' AS long_one_agency,
       octet_length(repeat(raw, 60)) > 400000 AS long_enough
  FROM seed WHERE file = '001';
SELECT b.file, gdr.gdr_parse(s.raw) = b.doc AS same
  FROM seed s JOIN before_long b USING (file) ORDER BY 1;
