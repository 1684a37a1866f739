-- part 40: the validating trigger (see doc/checks.md, "The trigger").

CREATE FUNCTION @extschema@.gdr_validate()
RETURNS trigger
AS 'MODULE_PATHNAME', 'gdr_validate'
LANGUAGE C VOLATILE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gdr_validate() IS
'BEFORE INSERT OR UPDATE row trigger: EXECUTE FUNCTION gdr.gdr_validate(raw_column, parsed_column, ''reject'' | ''warn'' | ''store''); parses the raw text column into the jsonb column and rejects (check_violation), warns about or just stores reports whose balance check fails';
