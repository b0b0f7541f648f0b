-- Sentences stating outright that a report or claim is not verified, with their article.
CREATE OR REPLACE VIEW unverified_reports AS
SELECT
    c.article_id,
    a.source_uri,
    a.outlet,
    a.title,
    c.part,
    c.sentence_no,
    c.sentence,
    c.cues,
    c.attributed,
    c.source_name
FROM claims c
JOIN articles a USING (article_id)
WHERE c.explicitly_unverified;
