-- gdr_sum, gdr_metrics, gdr_label, the rates, the wide view recipe;
-- serial = parallel = partitionwise = rollup; overflow and bad states.
\pset null '(null)'
SET extra_float_digits = 0;

-- reports: hand-written ones covering the three templates, units, nulls and
-- signed figures, then generated ones
CREATE TABLE agg_reports (id int PRIMARY KEY, province text NOT NULL, year int NOT NULL, r jsonb);
INSERT INTO agg_reports VALUES
(1, '山东省', 2021, '{"gdr": 1, "agency": "甲局", "year": 2021, "template": "2021",
  "applications": {"new": {"person": 10, "business": 2, "total": 12}, "carried_over": {"total": 1},
    "granted": {"total": 5}, "partial": {"total": 2},
    "denied": {"state_secret": {"total": 1}, "third_party": {"total": 1}},
    "unable": {"not_held": {"total": 2}}, "processed": {"total": 11}, "carried_forward": {"total": 2}},
  "appeals": {"review": {"upheld": 1, "corrected": 1, "other": 0, "pending": 0, "total": 2},
    "suit_direct": {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2},
    "suit_after_review": {"upheld": 0, "corrected": 1, "other": 0, "pending": 0, "total": 1}},
  "active": {"licensing": {"decisions": 120}, "penalty": {"decisions": 30}, "coercion": {"decisions": 0},
    "fees": {"amount": 1.25}, "regulations": {"issued": 1, "repealed": 0, "in_force": 10}},
  "narrative": {"applications_received": 12}, "warnings": []}'),
(2, '山东省', 2021, '{"gdr": 1, "agency": "乙局", "year": 2021, "template": "2021",
  "applications": {"new": {"person": 3, "total": 3}, "carried_over": {"total": 0},
    "granted": {"total": 2}, "partial": {"total": null}, "denied": {"third_party": {"total": 0}},
    "processed": {"total": 3}, "carried_forward": {"total": 0}},
  "appeals": {"review": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0},
    "suit_direct": {"corrected": 0, "total": 0}, "suit_after_review": {"corrected": 0, "total": 0}},
  "active": {"licensing": {"decisions": 80}, "penalty": {"decisions": null}, "fees": {"amount": null}},
  "narrative": {}, "warnings": []}'),
(3, '江苏省', 2020, '{"gdr": 1, "agency": "丙局", "year": 2020, "template": "2019",
  "applications": {"new": {"total": 20}, "granted": {"total": 10}, "partial": {"total": 3},
    "denied": {"process": {"total": 2}}, "other_handling": {"other": {"total": 1}},
    "processed": {"total": 16}, "carried_forward": {"total": 4}},
  "appeals": {"review": {"upheld": 2, "corrected": 2, "other": 0, "pending": 0, "total": 4}},
  "active": {"licensing": {"items_last_year": 50, "items_change": -3, "decisions": 200},
    "procurement": {"items": 4, "amount": 12.5, "amount_unit": "万元"},
    "fees": {"items_last_year": 2, "items_change": -1}}}'),
(4, '江苏省', 2020, '{"gdr": 1, "agency": "丁局", "year": 2020, "template": "2019",
  "applications": {"new": {"total": 5}, "granted": {"total": 5}, "processed": {"total": 5},
    "carried_forward": {"total": 0}},
  "active": {"licensing": {"items_last_year": 10, "items_change": 5, "decisions": 7},
    "procurement": {"items": 1, "amount": 30000, "amount_unit": "元"}}}'),
(5, '江苏省', 2020, '{"gdr": 1, "agency": "戊局", "year": 2020, "template": "2019",
  "applications": {"new": {"total": 0}, "processed": {"total": 0}},
  "active": {"procurement": {"items": 2, "amount": 7, "amount_unit": null}}}'),
(6, '浙江省', 2017, '{"gdr": 1, "agency": "己局", "year": 2017, "template": "pre2019",
  "applications": {"new": {"total": 40}, "granted": {"total": 30}, "partial": {"total": 5},
    "processed": {"total": 38}},
  "appeals": {"review": {"corrected": 0, "total": 1}, "suit": {"total": 2}},
  "active": {"total": 500}, "legacy": {"denied": 3, "fees_yuan": 15.5}}'),
(7, '浙江省', 2017, NULL);

-- the sum of the hand-written reports, read line by line:
-- new.total 12+3+20+5+0+40 = 80 from 6 reports; partial.total 2+3+5 = 10 from
-- 3 (report 2's null is skipped); procurement 12.5 万元 + 30000 元 = 155000 元
-- from 2 (report 5 has no unit); licensing.items_change -3+5 = 2; fees.amount
-- 1.25 万元 from 1; the NULL report 7 is not counted
SELECT jsonb_pretty(gdr.gdr_sum(r)) FROM agg_reports;

-- the figures a user checks, one by one
SELECT s->'reports' AS reports,
       s#>'{applications,new,total}' AS new_total,
       s#>'{contributors,applications,new,total}' AS new_n,
       s#>'{applications,partial,total}' AS partial_total,
       s#>'{contributors,applications,partial,total}' AS partial_n,
       s#>'{active,procurement}' AS procurement,
       s#>'{contributors,active,procurement}' AS procurement_n,
       s#>'{active,licensing,items_change}' AS items_change,
       s#>'{active,fees,amount}' AS fees_wan_yuan,
       s#>'{active,penalty}' AS penalty,
       s ? 'agency' AS has_agency
FROM (SELECT gdr.gdr_sum(r) AS s FROM agg_reports) x;

-- no report, or only NULL reports: NULL, like sum()
SELECT gdr.gdr_sum(r) FROM agg_reports WHERE id > 1000;
SELECT gdr.gdr_sum(r) FROM agg_reports WHERE id = 7;
-- an empty report counts as a report with no figures
SELECT gdr.gdr_sum(r) FROM (VALUES ('{}'::jsonb), (NULL)) v(r);

-- generated reports: 600 more, every path computed from i
INSERT INTO agg_reports
SELECT 100 + i, (ARRAY['山东省', '江苏省', '浙江省'])[1 + i % 3], 2019 + (i / 3) % 3,
       jsonb_build_object('gdr', 1, 'year', 2019 + (i / 3) % 3, 'template', '2021',
         'applications', jsonb_build_object(
            'new', jsonb_build_object('person', i % 7, 'business', i % 2, 'total', i % 7 + i % 2),
            'granted', jsonb_build_object('total', i % 5),
            'partial', jsonb_build_object('total', CASE WHEN i % 4 = 0 THEN NULL ELSE i % 2 END),
            'denied', jsonb_build_object('internal', jsonb_build_object('total', i % 3)),
            'processed', jsonb_build_object('total', i % 7 + i % 2)),
         'appeals', jsonb_build_object('review', jsonb_build_object('corrected', least(i % 2, i % 3), 'total', i % 3)),
         'active', jsonb_build_object(
            'fees', jsonb_build_object('amount', round(i * 0.37, 2)),
            'licensing', jsonb_build_object('items_change', i % 11 - 5, 'decisions', i * 1000003)),
         'narrative', CASE WHEN i % 10 = 0 THEN '{}'::jsonb
                           ELSE jsonb_build_object('reviews', i % 4) END)
FROM generate_series(1, 600) AS i;

-- the serial result, kept for the comparisons below
CREATE TABLE agg_expected AS SELECT gdr.gdr_sum(r) AS s FROM agg_reports;
SELECT s->'reports' AS reports, s#>'{applications,new,total}' AS new_total,
       s#>'{active,licensing,decisions}' AS decisions,
       s#>'{active,fees,amount}' AS fees FROM agg_expected;

-- every figure and every contributor count against plain SQL over the
-- documents (a recursive walk that shares no code with gdr): no difference
CREATE FUNCTION agg_flatten(doc jsonb, amounts_in_yuan boolean DEFAULT true) RETURNS TABLE (path text, value numeric)
LANGUAGE sql IMMUTABLE STRICT AS $$
WITH RECURSIVE flat(path, v) AS (
    SELECT e.k, e.v FROM jsonb_each(doc) AS e(k, v)
    WHERE e.k IN ('applications', 'appeals', 'active', 'legacy', 'narrative')
  UNION ALL
    SELECT f.path || '.' || e.k, e.v
    FROM flat f, jsonb_each(f.v) AS e(k, v)
    WHERE jsonb_typeof(f.v) = 'object'
)
SELECT path,
       (v #>> '{}')::numeric
         * CASE WHEN path <> 'active.procurement.amount' OR NOT amounts_in_yuan THEN 1
                WHEN doc #>> '{active,procurement,amount_unit}' = '万元' THEN 10000
                WHEN doc #>> '{active,procurement,amount_unit}' = '元' THEN 1 END
FROM flat WHERE jsonb_typeof(v) = 'number'
$$;
CREATE TABLE agg_flat AS SELECT f.* FROM agg_reports, agg_flatten(r) AS f;
SELECT count(DISTINCT path) AS paths, count(value) AS values, count(*) - count(value) AS skipped
FROM agg_flat;
WITH by_sql AS (
    SELECT path, sum(value) AS total, count(value) AS n
    FROM agg_flat GROUP BY path HAVING count(value) > 0),
  by_gdr AS (
    SELECT path, m.value AS total, c.value AS n
    FROM agg_expected,
         agg_flatten(s) AS m
         FULL JOIN agg_flatten(s->'contributors', false) AS c USING (path))
SELECT * FROM by_sql FULL JOIN by_gdr USING (path)
WHERE by_sql.total IS DISTINCT FROM by_gdr.total OR by_sql.n IS DISTINCT FROM by_gdr.n;

-- forced parallel plan: Partial Aggregate in the workers, states combined
-- (PostgreSQL 16 renamed force_parallel_mode to debug_parallel_query)
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
-- the leader only gathers: every report is read in a worker and every state
-- crosses a process boundary as a bigint[]
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT gdr.gdr_sum(r) FROM agg_reports;
SELECT gdr.gdr_sum(r) AS par FROM agg_reports \gset
SELECT :'par'::jsonb = s AS parallel_equals_serial FROM agg_expected;
-- grouped, in parallel: each group equals its serial sum
EXPLAIN (COSTS OFF) SELECT province, gdr.gdr_sum(r) FROM agg_reports GROUP BY province;
CREATE TABLE agg_par_groups AS SELECT province, gdr.gdr_sum(r) AS s FROM agg_reports GROUP BY province;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET force_parallel_mode;
RESET parallel_leader_participation;
SELECT p.province, p.s = g.s AS parallel_equals_serial, p.s->'reports' AS reports
FROM agg_par_groups p
JOIN (SELECT province, gdr.gdr_sum(r) AS s FROM agg_reports GROUP BY province) g USING (province)
ORDER BY p.province;

-- partitioned by year, partitionwise aggregation: partial sums per partition
CREATE TABLE agg_by_year (id int, province text, year int, r jsonb) PARTITION BY RANGE (year);
CREATE TABLE agg_by_year_old PARTITION OF agg_by_year FOR VALUES FROM (MINVALUE) TO (2019);
CREATE TABLE agg_by_year_2019 PARTITION OF agg_by_year FOR VALUES FROM (2019) TO (2020);
CREATE TABLE agg_by_year_2020 PARTITION OF agg_by_year FOR VALUES FROM (2020) TO (2021);
CREATE TABLE agg_by_year_2021 PARTITION OF agg_by_year FOR VALUES FROM (2021) TO (2022);
INSERT INTO agg_by_year SELECT * FROM agg_reports;
ANALYZE agg_by_year;
SET enable_partitionwise_aggregate = on;
EXPLAIN (COSTS OFF) SELECT gdr.gdr_sum(r) FROM agg_by_year;
SELECT gdr.gdr_sum(r) = (SELECT s FROM agg_expected) AS partitionwise_equals_serial FROM agg_by_year;
RESET enable_partitionwise_aggregate;

-- rollup: gdr_sum of gdr_sum results equals gdr_sum of the reports
SELECT gdr.gdr_sum(s) = (SELECT s FROM agg_expected) AS rollup_by_province
FROM (SELECT province, gdr.gdr_sum(r) AS s FROM agg_reports GROUP BY province) x;
SELECT gdr.gdr_sum(s) = (SELECT s FROM agg_expected) AS rollup_of_rollups
FROM (SELECT province, gdr.gdr_sum(s) AS s
      FROM (SELECT province, year, gdr.gdr_sum(r) AS s FROM agg_reports GROUP BY 1, 2) py
      GROUP BY province) p;
-- partial sums mixed with single reports
SELECT gdr.gdr_sum(x) = (SELECT s FROM agg_expected) AS rollup_mixed
FROM (SELECT gdr.gdr_sum(r) FROM agg_reports WHERE id < 300
      UNION ALL SELECT r FROM agg_reports WHERE id >= 300) v(x);
-- a sum of one report is that report's figures plus the counts
SELECT gdr.gdr_sum(r) FROM agg_reports WHERE id = 4;

-- as a window aggregate (the state is updated in place between rows)
SELECT count(*) FILTER (WHERE w IS NOT DISTINCT FROM e) AS running_sums_right, count(*) AS rows
FROM (SELECT id, gdr.gdr_sum(r) OVER (ORDER BY id) AS w,
             (SELECT gdr.gdr_sum(b.r) FROM agg_reports b WHERE b.id <= a.id) AS e
      FROM agg_reports a WHERE id < 120) x;
SELECT count(*) FILTER (WHERE w IS NOT DISTINCT FROM e) AS moving_sums_right, count(*) AS rows
FROM (SELECT id, gdr.gdr_sum(r) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS w,
             (SELECT gdr.gdr_sum(b.r) FROM (SELECT * FROM agg_reports c WHERE c.id <= a.id
                                            ORDER BY c.id DESC LIMIT 3) b) AS e
      FROM agg_reports a WHERE id < 120) x;
-- two gdr_sum calls in one query share nothing they should not
SELECT gdr.gdr_sum(r) = gdr.gdr_sum(r) FILTER (WHERE true) AS same,
       gdr.gdr_sum(r) FILTER (WHERE id < 7) = (SELECT gdr.gdr_sum(r) FROM agg_reports WHERE id < 7) AS filtered
FROM agg_reports;

-- wrong input types are errors that name the path
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"applications": {"new": {"total": "12"}}}'::jsonb)) v(r);
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"applications": {"new": {"total": -1}}}'::jsonb)) v(r);
SELECT gdr.gdr_sum(r) FROM (VALUES ('[1, 2]'::jsonb)) v(r);
-- a partial sum must be consistent
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"reports": 2, "applications": {"new": {"total": 5}}}'::jsonb)) v(r);
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"reports": 2, "applications": {"new": {"total": 5}},
  "contributors": {"applications": {"new": {"total": 3}}}}'::jsonb)) v(r);
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"reports": 2, "applications": {"new": {"total": 5}},
  "contributors": {}}'::jsonb)) v(r);
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"reports": -2, "contributors": {}}'::jsonb)) v(r);
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"reports": 2, "applications": {"new": {"total": 5}},
  "contributors": {"applications": {"new": {"total": 2}}}}'::jsonb)) v(r);

-- the state: [marker, reports, sums..., counts...]
SELECT s[1:2] AS header, s[1] = x'4744525301'::bigint AS marker_is_GDRS_1
FROM (SELECT gdr.gdr_sum_trans(NULL, '{"applications": {"new": {"total": 3}}}') AS s) x;
SELECT gdr.gdr_sum_trans(NULL, NULL) IS NULL AS null_stays_null,
       gdr.gdr_sum_combine(NULL, NULL) IS NULL AS null_combined;
-- the support functions called by hand give what the aggregate gives
SELECT gdr.gdr_sum_final(gdr.gdr_sum_combine(
         gdr.gdr_sum_trans(gdr.gdr_sum_trans(NULL, (SELECT r FROM agg_reports WHERE id = 1)),
                           (SELECT r FROM agg_reports WHERE id = 2)),
         gdr.gdr_sum_trans(NULL, (SELECT r FROM agg_reports WHERE id = 3))))
       = (SELECT gdr.gdr_sum(r) FROM agg_reports WHERE id <= 3) AS by_hand_equals_aggregate;
SELECT gdr.gdr_sum_final(gdr.gdr_sum_combine(NULL, gdr.gdr_sum_trans(NULL, r)))
       = gdr.gdr_sum_final(gdr.gdr_sum_combine(gdr.gdr_sum_trans(NULL, r), NULL)) AS null_sides
FROM agg_reports WHERE id = 1;
-- overflow is an error, never a wrap
CREATE TABLE agg_big AS
SELECT gdr.gdr_sum_trans(NULL, '{"applications": {"new": {"total": 9223372036854775807}}}') AS s;
SELECT gdr.gdr_sum_final(s) #> '{applications,new,total}' AS max_total FROM agg_big;
SELECT gdr.gdr_sum_combine(s, s) FROM agg_big;
SELECT gdr.gdr_sum_trans(s, '{"applications": {"new": {"total": 1}}}') FROM agg_big;
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"applications": {"new": {"total": 9223372036854775807}}}'::jsonb),
                                   ('{"applications": {"new": {"total": 1}}}')) v(r);
SELECT gdr.gdr_sum(r) FROM (VALUES ('{"active": {"procurement": {"amount": 1000000000000, "amount_unit": "万元"}}}'::jsonb)) v(r);
-- the input state was not modified by the failed calls
SELECT gdr.gdr_sum_final(s) #> '{applications,new,total}' AS unchanged FROM agg_big;
-- bad states are clear errors, whichever support function gets them
-- (terse: the detail states the length of this version's state, which grows
-- with the catalogue)
\set VERBOSITY terse
SELECT gdr.gdr_sum_final('{1,2,3}');
\set VERBOSITY default
SELECT gdr.gdr_sum_combine('{}', s) FROM agg_big;
SELECT gdr.gdr_sum_combine(s, '{{1,2},{3,4}}') FROM agg_big;
SELECT gdr.gdr_sum_trans(ARRAY[42::bigint] || s[2:], '{}') FROM agg_big;
SELECT gdr.gdr_sum_final(s[1:1] || ARRAY[-1::bigint] || s[3:]) FROM agg_big;
SELECT gdr.gdr_sum_final(s[1:1] || ARRAY[NULL::bigint] || s[3:]) FROM agg_big;
SELECT gdr.gdr_sum_final(s[1:1] || ARRAY[0::bigint] || s[3:]) FROM agg_big;
SELECT gdr.gdr_sum_combine(s, s[1:1] || ARRAY[1::bigint] || s[3:4] || ARRAY[-5::bigint] || s[6:]) FROM agg_big;

-- gdr_label
SELECT p, gdr.gdr_label(p)
FROM unnest(ARRAY['applications.new.total', 'applications.denied.state_secret.person',
                  'appeals.suit_after_review.corrected', 'active.fees.amount',
                  'narrative.reviews', 'applications.new', 'no.such.path', '']) AS p;
SELECT gdr.gdr_label(NULL) IS NULL AS strict;

-- gdr_metrics: one row per figure with a value, procurement in 元
SELECT * FROM gdr.gdr_metrics((SELECT r FROM agg_reports WHERE id = 3));
SELECT count(*) AS rows FROM gdr.gdr_metrics((SELECT r FROM agg_reports WHERE id = 2));
SELECT * FROM gdr.gdr_metrics((SELECT r FROM agg_reports WHERE id = 5));
SELECT * FROM gdr.gdr_metrics('{"applications": {"new": {"total": 1}}, "reports": 1,
  "contributors": {"applications": {"new": {"total": 1}}}}');
-- on a gdr_sum result: the sum of the reports' rows, path by path
SELECT count(*) AS differences
FROM (SELECT path, sum(value) AS v FROM agg_reports, gdr.gdr_metrics(r) GROUP BY path) a
FULL JOIN (SELECT path, value AS v FROM agg_expected, gdr.gdr_metrics(s)) b USING (path)
WHERE a.v IS DISTINCT FROM b.v;

-- rates on reports and on sums; NULL where a term is missing or the
-- denominator is 0
SELECT id, gdr.gdr_disclosure_rate(r) AS disclosure,
       gdr.gdr_review_correction_rate(r) AS review_corrected,
       gdr.gdr_suit_correction_rate(r) AS suit_corrected
FROM agg_reports WHERE id < 100 ORDER BY id;
SELECT round(gdr.gdr_disclosure_rate(s), 6) AS disclosure,
       round(gdr.gdr_review_correction_rate(s), 6) AS review_corrected,
       gdr.gdr_suit_correction_rate(s) AS suit_corrected
FROM (SELECT gdr.gdr_sum(r) AS s FROM agg_reports WHERE id < 100) x;
-- pooled over the sum: (5+2 + 2 + 10+3 + 5 + 0 + 30+5) / (11+3+16+5+0+38)
SELECT round(gdr.gdr_disclosure_rate(s), 6) = round(62 / 73.0, 6) AS pooled
FROM (SELECT gdr.gdr_sum(r) AS s FROM agg_reports WHERE id < 7) x;

-- the wide view of doc/aggregate.md: one column per headline metric
CREATE VIEW agg_headline AS
SELECT id, province, year,
       (r #>> '{applications,new,total}')::bigint AS received,
       (r #>> '{applications,granted,total}')::bigint AS granted,
       (r #>> '{applications,partial,total}')::bigint AS partial,
       (SELECT sum((x #>> '{}')::bigint)
          FROM jsonb_path_query(r, 'lax $.applications.denied.*.total') AS x) AS denied,
       (r #>> '{applications,processed,total}')::bigint AS processed,
       (r #>> '{applications,carried_forward,total}')::bigint AS carried_forward,
       (r #>> '{appeals,review,total}')::bigint AS reviews,
       coalesce((r #>> '{appeals,suit_direct,total}')::bigint
                + (r #>> '{appeals,suit_after_review,total}')::bigint,
                (r #>> '{appeals,suit,total}')::bigint) AS suits,
       (r #>> '{active,licensing,decisions}')::bigint AS licences,
       (r #>> '{active,penalty,decisions}')::bigint AS penalties,
       (r #>> '{active,fees,amount}')::numeric AS fees_wan_yuan,
       round(gdr.gdr_disclosure_rate(r), 4) AS disclosure_rate,
       round(gdr.gdr_review_correction_rate(r), 4) AS review_correction_rate,
       round(gdr.gdr_suit_correction_rate(r), 4) AS suit_correction_rate
FROM agg_reports;
SELECT * FROM agg_headline WHERE id < 100 ORDER BY id;

-- province by year, from gdr_sum
SELECT province, year, (s ->> 'reports')::int AS reports,
       (s #>> '{applications,new,total}')::bigint AS received,
       (s #>> '{applications,processed,total}')::bigint AS processed,
       (SELECT sum((x #>> '{}')::bigint)
          FROM jsonb_path_query(s, 'lax $.applications.denied.*.total') AS x) AS denied,
       (s #>> '{appeals,review,total}')::bigint AS reviews,
       (s #>> '{active,fees,amount}')::numeric AS fees_wan_yuan,
       round(gdr.gdr_disclosure_rate(s), 4) AS disclosure_rate,
       round(gdr.gdr_review_correction_rate(s), 4) AS review_correction_rate
FROM (SELECT province, year, gdr.gdr_sum(r) AS s
      FROM agg_reports GROUP BY province, year) t
ORDER BY province, year;

DROP VIEW agg_headline;
DROP TABLE agg_reports, agg_expected, agg_flat, agg_par_groups, agg_by_year, agg_big;
DROP FUNCTION agg_flatten(jsonb, boolean);
