-- Long work responds to cancel: a 40 MB report is parsed in well over the
-- timeout below; the parser's interrupt callback (CHECK_FOR_INTERRUPTS)
-- stops it with the ordinary cancel error, and the session goes on.
SET search_path = gdr, public;
-- stored uncompressed, so that reading it back takes a few ms, not the timeout
CREATE TEMP TABLE big (raw text);
ALTER TABLE big ALTER raw SET STORAGE EXTERNAL;
INSERT INTO big
SELECT repeat('三、收到和处理政府信息公开申请情况' || E'\n一、本年新收政府信息公开申请数量\t23\t4\t0\t0\t0\t0\t27\n'
              || '全年共收到政府信息公开申请27件，办结24件。' || E'\n', 300000);
SELECT octet_length(raw) > 40000000 AS big_enough FROM big;
SET statement_timeout = '50ms';
SELECT gdr_parse(raw) IS NOT NULL FROM big;
RESET statement_timeout;
-- the backend is fine and parses again
SELECT gdr_parse('二〇二三年 某县人民政府 未收到政府信息公开申请') -> 'narrative' AS after_cancel;
