-- How each outlet and language sources its articles: parties per kind.
CREATE OR REPLACE VIEW source_kinds AS
SELECT
    coalesce(a.outlet, '(unknown)') AS outlet,
    a.language,
    s.kind,
    count(*) AS sources,
    count(DISTINCT s.article_id) AS articles
FROM sources s
JOIN articles a USING (article_id)
GROUP BY ALL;
