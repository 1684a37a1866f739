-- part 30: the arithmetic checks (see doc/checks.md for every rule id).

CREATE FUNCTION @extschema@.gdr_check(report jsonb,
    OUT rule text, OUT status text, OUT path text,
    OUT expected numeric, OUT actual numeric, OUT detail text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gdr_check_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;

COMMENT ON FUNCTION @extschema@.gdr_check(jsonb) IS
'every arithmetic identity of a report (gdr_parse() output or hand-written jsonb) that does not plainly pass: status FAIL (does not hold even with blank cells as 0), INCOMPLETE (a result cell is blank; expected is the computed value) or WARN (soft check); see doc/checks.md';

CREATE FUNCTION @extschema@.gdr_balance_ok(report jsonb)
RETURNS boolean
AS 'MODULE_PATHNAME', 'gdr_balance_ok_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gdr_balance_ok(jsonb) IS
'false when a hard identity of table 三 fails (of table 四 when the report has no table 三), true when at least one could be checked and none fails, NULL when the report has neither table; use as CHECK (gdr.gdr_balance_ok(parsed) IS NOT FALSE)';

CREATE FUNCTION @extschema@.gdr_carry_check(previous jsonb, current jsonb,
    OUT rule text, OUT status text, OUT path text,
    OUT expected numeric, OUT actual numeric, OUT detail text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gdr_carry_check_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;

COMMENT ON FUNCTION @extschema@.gdr_carry_check(jsonb, jsonb) IS
'continuity of two consecutive reports of one agency: carry.<column> (this year''s 二、上年结转 = last year''s 四、结转下年度继续办理, hard), carry.year, stock.* (soft); same columns as gdr_check()';

CREATE FUNCTION @extschema@.gdr_carry_ok(previous jsonb, current jsonb)
RETURNS boolean
AS 'MODULE_PATHNAME', 'gdr_carry_ok_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gdr_carry_ok(jsonb, jsonb) IS
'false when a column of this year''s 二、上年结转 differs from last year''s 四、结转下年度继续办理, true when at least one column could be compared, NULL otherwise';
