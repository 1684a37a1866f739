-- part 50: aggregation (gdr_sum), the long form (gdr_metrics), labels and rates.
-- See doc/aggregate.md.

-- gdr_sum's state is an ordinary bigint[] (not internal): parallel query,
-- postgres_fdw and Citus 13 can all move it, and integer arithmetic makes
-- every plan give the same result.  Layout: [marker, reports, sums..., counts...].

CREATE FUNCTION @extschema@.gdr_sum_trans(state bigint[], report jsonb)
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'gdr_sum_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- not STRICT: the first state is NULL and NULL reports are skipped

COMMENT ON FUNCTION @extschema@.gdr_sum_trans(bigint[], jsonb) IS
'transition function of gdr_sum: adds one report (or one gdr_sum result) to a bigint[] state; NULL reports are skipped';

CREATE FUNCTION @extschema@.gdr_sum_combine(a bigint[], b bigint[])
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'gdr_sum_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- not STRICT: either state may be NULL (a partial group that saw no report)

COMMENT ON FUNCTION @extschema@.gdr_sum_combine(bigint[], bigint[]) IS
'combine function of gdr_sum: adds two bigint[] states (overflow is an error)';

CREATE FUNCTION @extschema@.gdr_sum_final(state bigint[])
RETURNS jsonb
AS 'MODULE_PATHNAME', 'gdr_sum_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gdr_sum_final(bigint[]) IS
'final function of gdr_sum: the bigint[] state as jsonb {"gdr": 1, "reports": N, <figures>, "contributors": {...}}';

CREATE AGGREGATE @extschema@.gdr_sum(jsonb) (
	SFUNC = @extschema@.gdr_sum_trans,
	STYPE = bigint[],
	COMBINEFUNC = @extschema@.gdr_sum_combine,
	FINALFUNC = @extschema@.gdr_sum_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gdr_sum(jsonb) IS
'every figure of the reports summed path by path (NULLs skipped), with "reports" (reports counted) and "contributors" (reports per figure); procurement.amount in 元; accepts its own results (rollup)';

CREATE FUNCTION @extschema@.gdr_metrics(report jsonb,
	OUT path text, OUT label text, OUT value numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gdr_metrics'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 60;

COMMENT ON FUNCTION @extschema@.gdr_metrics(jsonb) IS
'one row (path, official label, value) per figure of a report or gdr_sum result that has a value; procurement.amount in 元';

CREATE FUNCTION @extschema@.gdr_label(path text)
RETURNS text
AS 'MODULE_PATHNAME', 'gdr_label'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gdr_label(text) IS
'official Chinese label of a figure path such as applications.new.total; NULL for an unknown path';

-- Rates: plain SQL (inlinable); NULL when a term is missing or the
-- denominator is 0.  They read the same paths in a report and in a gdr_sum
-- result (a pooled rate over the summed reports).

CREATE FUNCTION @extschema@.gdr_disclosure_rate(report jsonb)
RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT ((report #>> '{applications,granted,total}')::numeric
        + (report #>> '{applications,partial,total}')::numeric)
       / nullif((report #>> '{applications,processed,total}')::numeric, 0)
$$;

COMMENT ON FUNCTION @extschema@.gdr_disclosure_rate(jsonb) IS
'(applications.granted.total + applications.partial.total) / applications.processed.total; NULL when a term is missing or the denominator is 0';

CREATE FUNCTION @extschema@.gdr_review_correction_rate(report jsonb)
RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT (report #>> '{appeals,review,corrected}')::numeric
       / nullif((report #>> '{appeals,review,total}')::numeric, 0)
$$;

COMMENT ON FUNCTION @extschema@.gdr_review_correction_rate(jsonb) IS
'appeals.review.corrected / appeals.review.total; NULL when a term is missing or the denominator is 0';

CREATE FUNCTION @extschema@.gdr_suit_correction_rate(report jsonb)
RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT ((report #>> '{appeals,suit_direct,corrected}')::numeric
        + (report #>> '{appeals,suit_after_review,corrected}')::numeric)
       / nullif((report #>> '{appeals,suit_direct,total}')::numeric
                + (report #>> '{appeals,suit_after_review,total}')::numeric, 0)
$$;

COMMENT ON FUNCTION @extschema@.gdr_suit_correction_rate(jsonb) IS
'(suit_direct.corrected + suit_after_review.corrected) / (suit_direct.total + suit_after_review.total) of appeals; NULL when a term is missing or the denominator is 0';
