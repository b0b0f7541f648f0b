-- One row per article with how much was cut from it and what was found in it.
CREATE OR REPLACE VIEW articles_overview AS
SELECT
    a.article_id,
    a.source_uri,
    a.outlet,
    a.title,
    a.language,
    a.published_at,
    a.word_count,
    (SELECT count(*) FROM boilerplate b WHERE b.article_id = a.article_id) AS boilerplate_spans,
    (SELECT count(*) FROM related_links r WHERE r.article_id = a.article_id) AS related_links,
    (SELECT count(*) FROM sources s WHERE s.article_id = a.article_id) AS sources,
    (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS claims,
    (SELECT count(*) FROM quality_flags q WHERE q.article_id = a.article_id) AS quality_flags
FROM articles a;
