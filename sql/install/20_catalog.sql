-- part 20: the catalogue of figures.

CREATE FUNCTION @extschema@.gdr_catalog(OUT path text, OUT label text, OUT kind text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gdr_catalog'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 350;

COMMENT ON FUNCTION @extschema@.gdr_catalog() IS
'every figure gdr_parse() can return: its jsonb path, its official Chinese label and its kind (count, signed, money, unit)';
