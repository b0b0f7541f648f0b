-- Articles that attribute nothing to a named party (no source at all, or unnamed ones only).
CREATE OR REPLACE VIEW articles_without_named_source AS
SELECT
    a.article_id,
    a.source_uri,
    a.outlet,
    a.title,
    a.language,
    a.word_count,
    (SELECT count(*) FROM sources s WHERE s.article_id = a.article_id) AS anonymous_sources,
    (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS hedged_claims
FROM articles a
WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.article_id AND s.kind <> 'anonymous');
