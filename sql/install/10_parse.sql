-- part 10: the parser.

CREATE FUNCTION @extschema@.gdr_parse(raw text)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'gdr_parse_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gdr_parse(text) IS
'every figure of a 政府信息公开工作年度报告 (tables 二/三/四, prose figures, agency, year, template, warnings) as jsonb; see doc/schema.md';
