-- How many articles each check flags in the latest evaluation, by severity.
CREATE OR REPLACE VIEW quality_summary AS
SELECT concern, check_name, severity, count(*) AS flags, count(DISTINCT article_id) AS articles
FROM quality_flags
GROUP BY concern, check_name, severity
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, flags DESC;
