-- gdr_sum over shards with postgres_fdw: two shard databases in the same
-- cluster, reached over the Unix socket; the coordinator is this database.
-- The whole aggregate is pushed down to each shard (gdr is listed in the
-- server's `extensions`), and the per-shard results roll up exactly.
\pset null '(null)'
SELECT current_database() AS coord \gset
SELECT setting AS sock FROM pg_settings WHERE name = 'unix_socket_directories' \gset
SELECT split_part(:'sock', ',', 1) AS sock \gset
SELECT setting AS port FROM pg_settings WHERE name = 'port' \gset

-- leftovers of an interrupted run
SET client_min_messages = warning;
DROP DATABASE IF EXISTS gdr_shard1 WITH (FORCE);
DROP DATABASE IF EXISTS gdr_shard2 WITH (FORCE);
RESET client_min_messages;
CREATE DATABASE gdr_shard1;
CREATE DATABASE gdr_shard2;

-- each shard: the extension and an empty table of reports
\c gdr_shard1
CREATE EXTENSION gdr;
CREATE TABLE reports (id int PRIMARY KEY, province text NOT NULL, year int NOT NULL, r jsonb,
                      shard int NOT NULL CHECK (shard = 1));
\c gdr_shard2
CREATE EXTENSION gdr;
CREATE TABLE reports (id int PRIMARY KEY, province text NOT NULL, year int NOT NULL, r jsonb,
                      shard int NOT NULL CHECK (shard = 2));
\c :coord

-- all the reports, in one local table
CREATE TABLE shard_all (id int PRIMARY KEY, province text NOT NULL, year int NOT NULL, r jsonb);
INSERT INTO shard_all VALUES
(1, '山东省', 2021, '{"gdr": 1, "template": "2021",
  "applications": {"new": {"person": 10, "total": 12}, "granted": {"total": 5}, "partial": {"total": 2},
    "denied": {"third_party": {"total": 1}}, "processed": {"total": 8}, "carried_forward": {"total": 4}},
  "appeals": {"review": {"corrected": 1, "total": 2}},
  "active": {"fees": {"amount": 0.125}, "licensing": {"decisions": 9}}}'),
(2, '江苏省', 2020, '{"gdr": 1, "template": "2019",
  "applications": {"new": {"total": 7}, "granted": {"total": 7}, "partial": {"total": null}, "processed": {"total": 7}},
  "active": {"procurement": {"items": 3, "amount": 2.5, "amount_unit": "万元"},
    "licensing": {"items_change": -4}}}'),
(3, '江苏省', 2020, NULL);
INSERT INTO shard_all
SELECT 100 + i, (ARRAY['山东省', '江苏省', '浙江省'])[1 + i % 3], 2019 + (i / 3) % 3,
       jsonb_build_object('gdr', 1,
         'applications', jsonb_build_object(
            'new', jsonb_build_object('total', i % 9),
            'granted', jsonb_build_object('total', i % 4),
            'partial', jsonb_build_object('total', CASE WHEN i % 5 = 0 THEN NULL ELSE i % 2 END),
            'processed', jsonb_build_object('total', i % 9)),
         'appeals', jsonb_build_object('review', jsonb_build_object('corrected', i % 2, 'total', 1 + i % 2)),
         'active', jsonb_build_object(
            'fees', jsonb_build_object('amount', round(i * 0.013, 3)),
            'procurement', jsonb_build_object('amount', i, 'amount_unit', CASE WHEN i % 2 = 0 THEN '元' ELSE '万元' END),
            'licensing', jsonb_build_object('items_change', i % 7 - 3)))
FROM generate_series(1, 300) AS i;

-- the coordinator reaches both shards over the Unix socket
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host :'sock', port :'port', dbname 'gdr_shard1', extensions 'gdr');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host :'sock', port :'port', dbname 'gdr_shard2', extensions 'gdr');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1;
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2;

-- a partitioned table whose partitions are the shards' tables: odd ids on
-- shard 1, even ids on shard 2
CREATE TABLE shard_reports (id int NOT NULL, province text NOT NULL, year int NOT NULL, r jsonb,
                            shard int NOT NULL) PARTITION BY LIST (shard);
CREATE FOREIGN TABLE shard_reports_1 PARTITION OF shard_reports FOR VALUES IN (1)
  SERVER shard1 OPTIONS (table_name 'reports');
CREATE FOREIGN TABLE shard_reports_2 PARTITION OF shard_reports FOR VALUES IN (2)
  SERVER shard2 OPTIONS (table_name 'reports');
-- rows are routed to the shards through the partitioned table
INSERT INTO shard_reports SELECT id, province, year, r, 1 + id % 2 FROM shard_all;
SELECT tableoid::regclass AS shard, count(*) AS reports, count(r) AS non_null
FROM shard_reports GROUP BY 1 ORDER BY 1;

-- the coordinator's gdr_sum over the shards equals gdr_sum over one table
CREATE TABLE shard_expected AS SELECT gdr.gdr_sum(r) AS s FROM shard_all;
SELECT s->'reports' AS reports, s#>'{applications,new,total}' AS new_total,
       s#>'{active,procurement}' AS procurement, s#>'{active,fees,amount}' AS fees
FROM shard_expected;
SELECT gdr.gdr_sum(r) = (SELECT s FROM shard_expected) AS sharded_equals_local
FROM shard_reports;

-- the whole aggregate runs on a shard: Remote SQL calls gdr.gdr_sum
EXPLAIN (VERBOSE, COSTS OFF) SELECT gdr.gdr_sum(r) FROM shard_reports_1;

-- per-shard sums (pushed down, partitionwise) re-aggregated on the coordinator
SET enable_partitionwise_aggregate = on;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT gdr.gdr_sum(s)
FROM (SELECT shard, gdr.gdr_sum(r) AS s FROM shard_reports GROUP BY shard) per_shard;
SELECT gdr.gdr_sum(s) = (SELECT s FROM shard_expected) AS rollup_of_shards_equals_local
FROM (SELECT shard, gdr.gdr_sum(r) AS s FROM shard_reports GROUP BY shard) per_shard;
SELECT shard, s->'reports' AS reports, s#>'{applications,new,total}' AS new_total
FROM (SELECT shard, gdr.gdr_sum(r) AS s FROM shard_reports GROUP BY shard) per_shard
ORDER BY shard;

-- province by year: grouped on each shard, rolled up on the coordinator
EXPLAIN (VERBOSE, COSTS OFF)
SELECT province, year, gdr.gdr_sum(s)
FROM (SELECT shard, province, year, gdr.gdr_sum(r) AS s
      FROM shard_reports GROUP BY shard, province, year) per_shard
GROUP BY province, year;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE d.s = l.s) AS equal_to_local
FROM (SELECT province, year, gdr.gdr_sum(s) AS s
      FROM (SELECT shard, province, year, gdr.gdr_sum(r) AS s
            FROM shard_reports GROUP BY shard, province, year) per_shard
      GROUP BY province, year) d
FULL JOIN (SELECT province, year, gdr.gdr_sum(r) AS s FROM shard_all GROUP BY province, year) l
  USING (province, year);
RESET enable_partitionwise_aggregate;

-- the same over a UNION ALL of the foreign tables
SELECT gdr.gdr_sum(s) = (SELECT s FROM shard_expected) AS union_all_equals_local
FROM (SELECT gdr.gdr_sum(r) FROM shard_reports_1
      UNION ALL SELECT gdr.gdr_sum(r) FROM shard_reports_2) u(s);

-- rates over the whole sharded data
SELECT round(gdr.gdr_disclosure_rate(s), 6) AS disclosure,
       round(gdr.gdr_review_correction_rate(s), 6) AS review_corrected
FROM (SELECT gdr.gdr_sum(r) AS s FROM shard_reports) x;

-- clean up: the suite must pass again
DROP TABLE shard_reports, shard_all, shard_expected;
SELECT postgres_fdw_disconnect_all();
DROP USER MAPPING FOR CURRENT_USER SERVER shard1;
DROP USER MAPPING FOR CURRENT_USER SERVER shard2;
DROP SERVER shard1, shard2;
DROP EXTENSION postgres_fdw;
DROP DATABASE gdr_shard1 WITH (FORCE);
DROP DATABASE gdr_shard2 WITH (FORCE);
