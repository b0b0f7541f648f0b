-- Kabar warehouse, schema version 3: paths under a feed folder that were not read, and why (links not followed,
-- hidden entries, pipes, files that vanished or could not be opened), one row per run and path, so that every
-- entry of the folder is accounted for: read into documents/document_paths, or listed here.
CREATE TABLE IF NOT EXISTS skipped_paths (
    run_id      VARCHAR,
    source_uri  VARCHAR NOT NULL,      -- path relative to the feed root
    feed        VARCHAR,
    reason      VARCHAR NOT NULL,
    seen_at     TIMESTAMPTZ NOT NULL
);
