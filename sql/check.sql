-- gdr_check, gdr_balance_ok, gdr_carry_check, gdr_carry_ok on hand-written jsonb.
-- Rule ids and statuses: doc/checks.md.
SET search_path = gdr, public;
\pset null '(null)'

-- A consistent 2021-format report: 一 4 (3 自然人, 1 商业企业), 二 1,
-- 予以公开 2, 部分公开 1, 行政查询 1, 三(七) 4, 四 1; 行政复议 1.
-- Absent cells are absent, not 0: the identities read them as 0.
CREATE FUNCTION pg_temp.base() RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
SELECT '{
  "gdr": 1, "agency": "淮安市人民政府", "year": 2023, "template": "2021",
  "published": "2024-01-20",
  "applications": {
    "new":             {"person": 3, "business": 1, "total": 4},
    "carried_over":    {"person": 1, "business": 0, "total": 1},
    "granted":         {"person": 2, "total": 2},
    "partial":         {"business": 1, "total": 1},
    "denied":          {"query": {"person": 1, "total": 1}},
    "processed":       {"person": 3, "business": 1, "total": 4},
    "carried_forward": {"person": 1, "business": 0, "total": 1}
  },
  "appeals": {
    "review":            {"upheld": 0, "corrected": 1, "other": 0, "pending": 0, "total": 1},
    "suit_direct":       {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0},
    "suit_after_review": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0}
  },
  "active": {
    "regulations":         {"issued": 1, "repealed": 0, "in_force": 11},
    "normative_documents": {"issued": 8, "repealed": 2, "in_force": 40}
  },
  "narrative": {"applications_received": 4, "applications_completed": 4,
                "applications_carried_forward": 1, "reviews": 1, "lawsuits": 0,
                "fees_collected": 0}
}'::jsonb $$;

-- the same agency's report of the year before, whose 规章 / 规范性文件 stock
-- leads to this year's (10 + 1 - 0 = 11, 34 + 8 - 2 = 40)
CREATE FUNCTION pg_temp.prev() RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
SELECT jsonb_set(jsonb_set(jsonb_set(pg_temp.base(), '{year}', '2022'),
       '{active,regulations,in_force}', '10'),
       '{active,normative_documents,in_force}', '34') $$;

-- the consistent report: no row, balance true
SELECT count(*) AS rows FROM gdr_check(pg_temp.base());
SELECT gdr_balance_ok(pg_temp.base());

-- t3_balance: FAIL (四 自然人 2, its row total kept right), INCOMPLETE (四 blank)
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,carried_forward}',
                           '{"person": 2, "business": 0, "total": 2}'))
 WHERE rule LIKE 't3%';
SELECT detail FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,carried_forward}',
                           '{"person": 2, "business": 0, "total": 2}'))
 WHERE rule = 't3_balance.person';
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,carried_forward,person}', 'null'));

-- t3_outcomes: FAIL (one more 予以公开), INCOMPLETE (总计 column of 三(七) blank)
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,granted}', '{"person": 3, "total": 3}'));
SELECT rule, status, path, expected, actual, detail
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,processed,total}', 'null'));
-- the 2019 format's single （六）其他处理 row counts as well
SELECT count(*) AS rows FROM gdr_check(jsonb_set(jsonb_set(jsonb_set(pg_temp.base(),
    '{template}', '"2019"'),
    '{applications,denied}', '{}'),
    '{applications,other_handling}', '{"other": {"person": 1, "total": 1}}'));

-- t3_row_total: seed 004's row 一 reads 4,0,0,0,0,4,4 -> FAIL, balance false
SELECT rule, status, path, expected, actual, detail
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,new}',
     '{"person": 4, "business": 0, "research": 0, "nonprofit": 0, "legal": 0, "other": 4, "total": 4}'))
 WHERE rule LIKE 't3_row_total.%';
SELECT gdr_balance_ok(jsonb_set(pg_temp.base(), '{applications,new}',
     '{"person": 4, "business": 0, "research": 0, "nonprofit": 0, "legal": 0, "other": 4, "total": 4}'));
-- INCOMPLETE: 总计 blank; PASS_NULL_AS_ZERO: only 自然人 and 总计 filled
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,denied,query,total}', 'null'));
SELECT count(*) AS rows
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,granted}',
     '{"person": 2, "business": null, "research": null, "nonprofit": null, "legal": null, "other": null, "total": 2}'));

-- t3_subtotal: a printed （三）不予公开 subtotal row, right / wrong / blank total
SELECT count(*) AS rows FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,printed_subtotals}',
     '{"denied": {"person": 1, "business": 0, "total": 1}}'));
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,printed_subtotals}',
     '{"denied": {"person": 2, "business": 0, "total": 2}}'));
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,printed_subtotals}',
     '{"denied": {"person": 1, "business": 0, "total": null}}'));

-- t4_total: hongze-district-2023 prints 总计 0 beside 10 and 1 -> FAIL;
-- table 三 balances, so the balance verdict stays true (doc/checks.md)
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{appeals,review}',
     '{"upheld": 10, "corrected": 1, "other": 0, "pending": 0, "total": 0}'));
SELECT gdr_balance_ok(jsonb_set(pg_temp.base(), '{appeals,review}',
     '{"upheld": 10, "corrected": 1, "other": 0, "pending": 0, "total": 0}'));
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{appeals,suit_direct}',
     '{"upheld": 2, "corrected": null, "other": null, "pending": null, "total": null}'))
 WHERE rule LIKE 't4%';
-- without table 三, table 四 decides
SELECT gdr_balance_ok('{"appeals": {"review": {"upheld": 10, "corrected": 1, "total": 0}}}') AS t4_only_bad,
       gdr_balance_ok('{"appeals": {"review": {"upheld": 10, "corrected": 1, "total": 11}}}') AS t4_only_good,
       gdr_balance_ok('{"appeals": {"review": {"upheld": 10, "corrected": 1, "total": null}}}') AS t4_only_blank_total;

-- gdr_balance_ok: NULL when nothing can be checked
SELECT gdr_balance_ok('{}') AS empty,
       gdr_balance_ok('{"template": "none", "narrative": {"applications_received": 3}}') AS narrative_only,
       gdr_balance_ok('{"active": {"regulations": {"issued": 1}}}') AS table_two_only,
       gdr_balance_ok('{"template": "pre2019", "applications": {"new": {"total": 9}, "processed": {"total": 7}}}') AS pre2019,
       gdr_balance_ok('{"applications": {"new": {"person": null, "total": null}}}') AS all_blank,
       gdr_balance_ok(NULL) AS null_in;
-- a lone cell, absent 总计 and no other row: no identity to evaluate, NULL
SELECT gdr_balance_ok('{"applications": {"new": {"person": 5}}}');
SELECT rule, status, path, expected, actual FROM gdr_check('{"applications": {"new": {"person": 5}}}');
-- as a table constraint
CREATE TEMP TABLE checked_reports (id int, parsed jsonb CHECK (gdr.gdr_balance_ok(parsed) IS NOT FALSE));
INSERT INTO checked_reports VALUES (1, pg_temp.base()), (2, '{}'), (3, NULL);
INSERT INTO checked_reports VALUES (4, jsonb_set(pg_temp.base(), '{applications,new,total}', '5'));
SELECT id FROM checked_reports ORDER BY id;

-- pre-2019: no table 三 identities; table 四 splits are soft
SELECT rule, status, path, expected, actual
  FROM gdr_check('{"template": "pre2019", "applications": {"new": {"total": 9}, "processed": {"total": 7}},
                   "appeals": {"review": {"upheld": 1, "total": 2}}}');

-- domain.nonnegative: the jsonb reader refuses negative counts before any check
SELECT * FROM gdr_check('{"applications": {"new": {"person": -1}}}');

-- wrong types: the error names the path
SELECT * FROM gdr_check('{"applications": {"new": {"person": "4"}}}');
SELECT gdr_balance_ok('{"applications": {"new": {"person": {"value": 4}}}}');
SELECT gdr_balance_ok('{"applications": {"new": {"total": 1.5}}}');
SELECT * FROM gdr_carry_check('{"applications": {"carried_forward": {"total": true}}}', '{}');
SELECT gdr_balance_ok('[1, 2]');

-- text_table.*: the prose against the table
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{narrative}',
     '{"applications_received": 17, "applications_completed": 3, "applications_carried_forward": 2,
       "reviews": 2, "lawsuits": 1}'));
SELECT detail FROM gdr_check(jsonb_set(pg_temp.base(), '{narrative,applications_received}', '17'));
-- 收到 N 件 may include the carried-over applications: 4 + 1 = 5 passes
SELECT count(*) AS rows FROM gdr_check(jsonb_set(pg_temp.base(), '{narrative,applications_received}', '5'));
-- a figure marked ambiguous by the parser is no contradiction
SELECT count(*) AS rows FROM gdr_check(jsonb_set(jsonb_set(pg_temp.base(),
    '{narrative,reviews}', '7'),
    '{warnings}', '[{"code": "narrative_ambiguous", "path": "narrative.reviews", "message": "x"}]'));
-- no prose figure, or no table: nothing to compare
SELECT count(*) AS rows FROM gdr_check(pg_temp.base() - 'narrative');
SELECT count(*) AS rows FROM gdr_check('{"narrative": {"applications_received": 4, "reviews": 1}}');
-- soft rules never make the balance false
SELECT gdr_balance_ok(jsonb_set(pg_temp.base(), '{narrative,applications_received}', '17'));

-- auth.regulations: 规章 from a district government / a county department
SELECT rule, status, path, expected, actual, detail
  FROM gdr_check(jsonb_set(pg_temp.base(), '{agency}', '"淮安市洪泽区人民政府"'))
 WHERE rule = 'auth.regulations';
SELECT a.agency, count(c.rule) AS auth_rows
  FROM (VALUES ('淮安市人民政府'), ('淮安市自然资源和规划局'), ('昌乐县住房和城乡建设局'),
               ('上海市市场监督管理局'), ('上海市住房和城乡建设管理委员会'), ('江苏省人民政府'),
               ('国家新闻出版署'), ('某某镇人民政府')) a(agency)
  LEFT JOIN LATERAL gdr_check(jsonb_set(pg_temp.base(), '{agency}', to_jsonb(a.agency))) c
         ON c.rule = 'auth.regulations'
 GROUP BY a.agency ORDER BY a.agency;
-- no 规章, or no agency: nothing flagged
SELECT count(*) AS rows FROM gdr_check(jsonb_set(jsonb_set(pg_temp.base(), '{agency}', '"洪泽区人民政府"'),
    '{active,regulations}', '{"issued": 0, "repealed": 0, "in_force": 0}'));
SELECT count(*) AS rows FROM gdr_check(pg_temp.base() - 'agency');

-- fees.text_table (FEE-21)
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(jsonb_set(pg_temp.base() #- '{narrative,fees_collected}',
       '{applications,other_handling}', '{"fee_unpaid": {"person": 1, "total": 1}}'),
       '{applications,denied}', '{}'));
SELECT count(*) AS rows
  FROM gdr_check(jsonb_set(jsonb_set(pg_temp.base(),
       '{applications,other_handling}', '{"fee_unpaid": {"person": 1, "total": 1}}'),
       '{applications,denied}', '{}'));
SELECT rule, status, path, expected, actual
  FROM gdr_check('{"template": "2021",
                   "applications": {"new": {"total": 2}, "processed": {"total": 2},
                                    "granted": {"total": 0}, "not_processed": {"repeated": {"total": 2}}},
                   "narrative": {"fees_collected": 380.5}}');
SELECT count(*) AS rows FROM gdr_check(jsonb_set(pg_temp.base(), '{narrative,fees_collected}', '380'));

-- year.text: dated before the end of the year it covers
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{published}', '"2022-12-01"'));
SELECT count(*) AS rows FROM gdr_check(pg_temp.base() - 'published');

-- t2_2019.published_le_total.*
SELECT rule, status, path, expected, actual
  FROM gdr_check('{"template": "2019", "active": {"normative_documents": {"made": 0, "published": 9, "public_total": 8},
                                                  "regulations": {"made": 0, "published": 0, "public_total": 0}}}');
SELECT count(*) AS rows
  FROM gdr_check('{"template": "2019", "active": {"normative_documents": {"made": 0, "published": 8, "public_total": 8}}}');
SELECT count(*) AS rows
  FROM gdr_check('{"template": "2019", "active": {"normative_documents": {"made": 0, "published": 9, "public_total": null}}}');

-- carry-over between two years of one agency
SELECT count(*) AS rows FROM gdr_carry_check(pg_temp.prev(), pg_temp.base());
SELECT gdr_carry_ok(pg_temp.prev(), pg_temp.base());
-- last year carried 3 forward, this year says 1 came over
SELECT rule, status, path, expected, actual, detail
  FROM gdr_carry_check(jsonb_set(pg_temp.prev(), '{applications,carried_forward}',
                                 '{"person": 3, "total": 3}'),
                       pg_temp.base());
SELECT gdr_carry_ok(jsonb_set(pg_temp.prev(), '{applications,carried_forward}', '{"person": 3, "total": 3}'),
                    pg_temp.base());
-- this year's 二 blank: INCOMPLETE, not false
SELECT rule, status, path, expected, actual
  FROM gdr_carry_check(pg_temp.prev(),
                       jsonb_set(pg_temp.base(), '{applications,carried_over}', '{"person": null, "business": null, "total": null}'));
SELECT gdr_carry_ok(pg_temp.prev(), jsonb_set(pg_temp.base(), '{applications,carried_over}', '{"person": null, "business": null, "total": null}'));
-- nothing to compare: NULL
SELECT gdr_carry_ok('{}', pg_temp.base()) AS no_previous_table,
       gdr_carry_ok('{"template": "pre2019", "applications": {"carried_forward": {"total": 1}}}',
                    pg_temp.base()) AS previous_pre2019,
       gdr_carry_ok(pg_temp.base(), NULL) AS null_in;
-- years not consecutive; stock of 规章 and 规范性文件 (soft)
SELECT rule, status, path, expected, actual, detail
  FROM gdr_carry_check(jsonb_set(jsonb_set(pg_temp.prev(), '{year}', '2021'),
                                 '{active,normative_documents,in_force}', '30'),
                       pg_temp.base());
-- the 2019 format's items: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减
SELECT rule, status, path, expected, actual
  FROM gdr_carry_check('{"year": 2019, "active": {"licensing": {"items_last_year": 716, "items_change": -417}}}',
                       '{"year": 2020, "active": {"licensing": {"items_last_year": 298}}}');
SELECT count(*) AS rows
  FROM gdr_carry_check('{"year": 2019, "active": {"licensing": {"items_last_year": 716, "items_change": -417}}}',
                       '{"year": 2020, "active": {"licensing": {"items_last_year": 299}}}');
SELECT gdr_carry_ok('{"year": 2019, "active": {"licensing": {"items_last_year": 716, "items_change": -417}}}',
                    '{"year": 2020, "active": {"licensing": {"items_last_year": 298}}}') AS soft_only;

-- the carry check over a table of reports: each report against its agency's previous one
CREATE TEMP TABLE reports (agency text, year int, parsed jsonb);
INSERT INTO reports
SELECT 'A局', 2022, pg_temp.prev()
UNION ALL SELECT 'A局', 2023, pg_temp.base()
UNION ALL SELECT 'A局', 2024, jsonb_set(jsonb_set(jsonb_set(pg_temp.base(), '{year}', '2024'),
                                        '{applications,carried_over}', '{"person": 0, "business": 0, "total": 0}'),
                                        '{applications,new}', '{"person": 4, "business": 1, "total": 5}')
UNION ALL SELECT 'A局', 2026, jsonb_set(pg_temp.base(), '{year}', '2026')
UNION ALL SELECT 'B办', 2023, pg_temp.base();
SELECT agency, year,
       gdr_carry_ok(prev, parsed) AS carry_ok,
       (SELECT string_agg(c.rule || ' ' || c.status, ', ' ORDER BY c.rule)
          FROM gdr_carry_check(prev, parsed) c) AS problems
  FROM (SELECT agency, year, parsed,
               lag(parsed) OVER (PARTITION BY agency ORDER BY year) AS prev
          FROM reports) s
 ORDER BY agency, year;

-- A cell the parser could not place is null WITH a warning naming its row:
-- identities that involve it are not evaluated (reading it as 0 would
-- invent a failure).  The same null without the warning is a blank cell.
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(pg_temp.base(), '{applications,partial}',
                           '{"person": null, "business": null, "total": null}'))
 WHERE rule LIKE 't3%';
SELECT rule, status, path, expected, actual
  FROM gdr_check(jsonb_set(jsonb_set(pg_temp.base(), '{applications,partial}',
                           '{"person": null, "business": null, "total": null}'),
                 '{warnings}', '[{"code": "row_cells_missing", "path": "applications.partial.total",
                                  "message": "row has 5 values for 7 columns"}]'))
 WHERE rule LIKE 't3%';
SELECT gdr_balance_ok(jsonb_set(jsonb_set(pg_temp.base(), '{applications,partial}',
                      '{"person": null, "business": null, "total": null}'),
                      '{warnings}', '[{"code": "row_cells_missing", "path": "applications.partial.total",
                                       "message": "row has 5 values for 7 columns"}]')) AS unread_row,
       gdr_balance_ok(jsonb_set(pg_temp.base(), '{applications,partial}',
                      '{"person": null, "business": null, "total": null}')) AS blank_row;
