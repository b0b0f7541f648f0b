-- The flags of the latest quality evaluation, with the article they are about (the first place to look).
CREATE OR REPLACE VIEW quality_latest AS
SELECT q.severity, q.concern, q.check_name, a.outlet, a.title, a.source_uri, q.detail, q.article_id, q.run_id
FROM quality_flags q LEFT JOIN articles a USING (article_id)
ORDER BY CASE q.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, q.check_name, a.source_uri;
