-- Kabar warehouse, schema version 2: what the quality stage keeps beyond the contract's two tables.

-- quality_flags holds the latest evaluation of every article; the concern groups its checks.
ALTER TABLE quality_flags ADD COLUMN IF NOT EXISTS concern VARCHAR;   -- missing_sources, unverified_claims, metadata, duplicates

-- dq_results keeps every run's results; these columns say how bad a failure is and show what failed.
ALTER TABLE dq_results ADD COLUMN IF NOT EXISTS asset VARCHAR;              -- the Dagster asset the suite checks
ALTER TABLE dq_results ADD COLUMN IF NOT EXISTS severity VARCHAR;           -- error | warning | info when it fails
ALTER TABLE dq_results ADD COLUMN IF NOT EXISTS element_count BIGINT;
ALTER TABLE dq_results ADD COLUMN IF NOT EXISTS description VARCHAR;        -- what the expectation means, in words
ALTER TABLE dq_results ADD COLUMN IF NOT EXISTS details VARCHAR;            -- JSON: arguments, sample of offending ids

-- One row per evaluation: totals, timings, where the Data Docs are.
CREATE TABLE IF NOT EXISTS quality_runs (
    run_id              VARCHAR PRIMARY KEY,
    evaluated_at        TIMESTAMPTZ NOT NULL,
    articles            BIGINT NOT NULL,
    articles_new        BIGINT NOT NULL,
    flags_error         BIGINT NOT NULL,
    flags_warning       BIGINT NOT NULL,
    flags_info          BIGINT NOT NULL,
    expectations        BIGINT,
    expectations_failed BIGINT,
    gx_engine           VARCHAR,
    checks_seconds      DOUBLE,
    validation_seconds  DOUBLE,
    data_docs           VARCHAR
);

-- The time series per run and outlet: what the feed delivered in that run and how good it was.
CREATE TABLE IF NOT EXISTS quality_outlet_stats (
    run_id                      VARCHAR NOT NULL,
    evaluated_at                TIMESTAMPTZ NOT NULL,
    outlet                      VARCHAR NOT NULL,     -- '(unknown)' when no outlet was found
    articles_total              BIGINT NOT NULL,
    articles_new                BIGINT NOT NULL,      -- articles ingested by this run
    no_source_rate              DOUBLE,               -- shares among the new articles (NULL when none)
    unattributed_claim_rate     DOUBLE,
    residual_boilerplate_rate   DOUBLE,
    last_ingested_at            TIMESTAMPTZ,
    PRIMARY KEY (run_id, outlet)
);
