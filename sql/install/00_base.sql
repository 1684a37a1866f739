-- gdr install script, part 00: basics.
-- The install script is sql/install/*.sql joined in name order (see Makefile).
\echo Use "CREATE EXTENSION gdr" to load this file. \quit

CREATE FUNCTION @extschema@.gdr_version()
RETURNS text
AS 'MODULE_PATHNAME', 'gdr_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gdr_version() IS
'version of the gdr library that is loaded (the extension''s version is in pg_extension)';
