-- One row per article: how its information is sourced (named and unnamed parties, hedged claims).
CREATE OR REPLACE VIEW sourcing_by_article AS
SELECT
    a.article_id,
    a.source_uri,
    a.outlet,
    a.title,
    a.language,
    count(DISTINCT s.name) FILTER (WHERE s.kind <> 'anonymous') AS named_sources,
    count(DISTINCT s.name) FILTER (WHERE s.kind = 'anonymous') AS anonymous_sources,
    (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS hedged_claims,
    (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id AND NOT c.attributed) AS unattributed_claims,
    coalesce((SELECT bool_or(c.explicitly_unverified) FROM claims c WHERE c.article_id = a.article_id), false)
        AS explicitly_unverified
FROM articles a
LEFT JOIN sources s USING (article_id)
GROUP BY a.article_id, a.source_uri, a.outlet, a.title, a.language;
