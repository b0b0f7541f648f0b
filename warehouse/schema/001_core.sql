-- Kabar warehouse, schema version 1: the tables of CONTRACT.md plus bookkeeping.
-- Applied once by warehouse/migrate.py; later versions add files 002_*.sql, ... that alter these tables.

CREATE TABLE IF NOT EXISTS runs (
    run_id              VARCHAR PRIMARY KEY,
    started_at          TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ,
    feed                VARCHAR,
    feed_root           VARCHAR,
    documents_seen      INTEGER,
    documents_new       INTEGER,
    documents_skipped   INTEGER,
    documents_rejected  INTEGER,
    articles_new        INTEGER
);

-- Every input exactly as received; nothing is ever dropped.
CREATE TABLE IF NOT EXISTS documents (
    doc_id          VARCHAR PRIMARY KEY,          -- sha256 hex of the raw bytes
    source_uri      VARCHAR NOT NULL,             -- path relative to the feed root, or URL
    feed            VARCHAR,
    format          VARCHAR,
    received_at     TIMESTAMPTZ NOT NULL,
    byte_size       BIGINT NOT NULL,
    raw             BLOB NOT NULL,
    status          VARCHAR NOT NULL CHECK (status IN ('parsed', 'rejected', 'duplicate')),
    reject_reason   VARCHAR,
    encoding        VARCHAR,
    text_hash       VARCHAR,                      -- fingerprint of the decoded text (finds re-encoded copies)
    run_id          VARCHAR,
    parsed_at       TIMESTAMPTZ                   -- when the articles stage read it (NULL: not yet; parsed documents only)
);

-- Every path a document was seen at (a byte-identical copy under another name is recorded here).
CREATE TABLE IF NOT EXISTS document_paths (
    doc_id      VARCHAR NOT NULL,
    source_uri  VARCHAR NOT NULL,
    feed        VARCHAR,
    seen_at     TIMESTAMPTZ NOT NULL,
    run_id      VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY,          -- stable: derived from doc_id and item_key
    doc_id          VARCHAR NOT NULL,
    source_uri      VARCHAR NOT NULL,
    item_key        VARCHAR,
    outlet          VARCHAR,
    url             VARCHAR,
    title           VARCHAR,
    lede            VARCHAR,
    editor          VARCHAR,
    authors         VARCHAR[] NOT NULL,
    dateline_city   VARCHAR,
    published_at    TIMESTAMPTZ,
    language        VARCHAR,
    body            VARCHAR NOT NULL,
    word_count      INTEGER NOT NULL,
    ingested_at     TIMESTAMPTZ NOT NULL,
    -- beyond the contract
    dateline        VARCHAR,                      -- the dateline prefix as written
    outlet_hint     VARCHAR,                      -- outlet seen only indirectly (embed marker, syndication)
    published_raw   VARCHAR,
    body_hash       VARCHAR,                      -- sha256 of the normalised body, for duplicate checks
    run_id          VARCHAR,
    extracted_at    TIMESTAMPTZ                   -- when sources and claims were extracted (NULL: not yet)
);

CREATE TABLE IF NOT EXISTS boilerplate (
    article_id  VARCHAR NOT NULL,
    line_no     INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    rule        VARCHAR NOT NULL,                 -- the kind: title, lede, credit, dateline, related_link, ...
    rule_name   VARCHAR NOT NULL                  -- the named rule in etl/rules that removed it
);

CREATE TABLE IF NOT EXISTS related_links (
    article_id  VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    title       VARCHAR NOT NULL,
    url         VARCHAR
);

CREATE TABLE IF NOT EXISTS credits (
    article_id  VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    rule        VARCHAR NOT NULL,
    parsed      BOOLEAN NOT NULL,
    authors     VARCHAR[] NOT NULL,
    editors     VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS sources (
    article_id  VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    cue         VARCHAR NOT NULL,
    sentence    VARCHAR NOT NULL,
    part        VARCHAR,
    sentence_no INTEGER,
    role        VARCHAR
);

CREATE TABLE IF NOT EXISTS claims (
    article_id              VARCHAR NOT NULL,
    part                    VARCHAR NOT NULL,
    sentence_no             INTEGER NOT NULL,
    sentence                VARCHAR NOT NULL,
    cues                    VARCHAR[] NOT NULL,
    attributed              BOOLEAN NOT NULL,
    source_name             VARCHAR,
    explicitly_unverified   BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS quality_flags (
    article_id  VARCHAR NOT NULL,
    check_name  VARCHAR NOT NULL,
    severity    VARCHAR NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    detail      VARCHAR NOT NULL,
    run_id      VARCHAR
);

CREATE TABLE IF NOT EXISTS dq_results (
    run_id              VARCHAR NOT NULL,
    suite               VARCHAR NOT NULL,
    expectation         VARCHAR NOT NULL,
    column_name         VARCHAR,
    success             BOOLEAN NOT NULL,
    unexpected_count    BIGINT,
    observed_value      VARCHAR,
    evaluated_at        TIMESTAMPTZ NOT NULL
);
