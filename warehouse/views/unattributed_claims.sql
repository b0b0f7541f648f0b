-- Hedged claims that no named party makes or reports, with their sentence and article.
CREATE OR REPLACE VIEW unattributed_claims AS
SELECT
    c.article_id,
    a.source_uri,
    a.outlet,
    a.title,
    c.part,
    c.sentence_no,
    c.sentence,
    c.cues,
    c.explicitly_unverified
FROM claims c
JOIN articles a USING (article_id)
WHERE NOT c.attributed;
