-- Kabar warehouse, schema version 3: row-level flags per outlet in each run, for the HTML report's trend charts.
-- quality_flags holds only the latest evaluation; these counts keep what each run found, outlet by outlet.
ALTER TABLE quality_outlet_stats ADD COLUMN IF NOT EXISTS flags_error BIGINT;
ALTER TABLE quality_outlet_stats ADD COLUMN IF NOT EXISTS flags_warning BIGINT;
ALTER TABLE quality_outlet_stats ADD COLUMN IF NOT EXISTS flags_info BIGINT;
