-- Compare gold figures with gdr_parse() output.  Loaded by run.sh after the
-- temp tables corpus(set, file, raw), manifest(set, doc) and gaps(file, key).

CREATE TEMP TABLE parsed AS
SELECT set, file, gdr.gdr_parse(raw) AS doc FROM corpus;

-- seed manifests use a few aliases for paths
CREATE TEMP TABLE alias(key text PRIMARY KEY, path text);
INSERT INTO alias VALUES
 ('new_received_total', 'applications.new.total'),
 ('new_received_natural_person', 'applications.new.person'),
 ('carried_over_total', 'applications.carried_over.total'),
 ('granted_total', 'applications.granted.total'),
 ('partial_total', 'applications.partial.total'),
 ('processed_total', 'applications.processed.total'),
 ('carried_forward_total', 'applications.carried_forward.total'),
 ('review_total', 'appeals.review.total'),
 ('litigation_direct_total', 'appeals.suit_direct.total'),
 ('litigation_after_review_total', 'appeals.suit_after_review.total'),
 ('regulations_issued', 'active.regulations.issued'),
 ('normative_docs_issued', 'active.normative_documents.issued'),
 ('licensing_decisions', 'active.licensing.decisions'),
 ('penalty_decisions', 'active.penalty.decisions'),
 ('fees_wan_yuan', 'active.fees.amount');

CREATE TEMP TABLE gold AS
SELECT m.set, e->>'file' AS file, g.key, coalesce(a.path, g.key) AS path, g.value AS want
FROM manifest m,
     jsonb_array_elements(m.doc) e,
     jsonb_each(e->'gold') g
     LEFT JOIN alias a ON a.key = g.key;

CREATE TEMP TABLE result AS
SELECT g.file, g.key, g.want,
       CASE WHEN g.path = 'balance_ok' THEN to_jsonb(gdr.gdr_balance_ok(p.doc))
            ELSE p.doc #> string_to_array(g.path, '.') END AS got,
       (p.doc IS NOT NULL) AS have_file
FROM gold g LEFT JOIN parsed p ON p.set = g.set AND p.file = g.file;

SELECT format('%s %s - %s %s%s',
         CASE WHEN ok THEN 'ok' WHEN gap THEN 'ok' ELSE 'not ok' END,
         row_number() OVER (ORDER BY file, key),
         file, key,
         CASE WHEN ok THEN ''
              WHEN gap THEN ' # SKIP known gap: got ' || coalesce(got::text, 'absent') || ', want ' || want::text
              ELSE ': got ' || coalesce(got::text, 'absent') || ', want ' || want::text END)
FROM (SELECT r.*,
             (got IS NOT NULL AND got = want) OR (want = 'null' AND got = 'null') AS ok,
             (got IS NULL OR got = 'null')
               AND EXISTS (SELECT 1 FROM gaps x WHERE x.file = r.file AND x.key = r.key)
             OR (r.key IN ('agency', 'kind', 'template', 'published', 'active.extra') AND got IS DISTINCT FROM want
                 AND EXISTS (SELECT 1 FROM metagaps x WHERE x.file = r.file AND x.key = r.key)) AS gap
      FROM result r) t
ORDER BY file, key;
SELECT '1..' || count(*) FROM result;
