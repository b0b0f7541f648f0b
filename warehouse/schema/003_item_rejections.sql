-- Kabar warehouse, schema version 3 (issue 8, formats): records of a multi-article document (a CSV row, a JSON
-- line, a feed item) that could not become an article, and why; the rest of the document loads. Also a feed's
-- recovered XML errors (item_key 'document').
CREATE TABLE IF NOT EXISTS item_rejections (
    doc_id      VARCHAR NOT NULL,
    source_uri  VARCHAR NOT NULL,
    item_key    VARCHAR NOT NULL,                 -- `row 7`, `line 12`, `item 3`, or `document`
    reason      VARCHAR NOT NULL,
    run_id      VARCHAR
);
