-- Quality per outlet across runs, oldest first, with the change against the outlet's previous run.
CREATE OR REPLACE VIEW quality_outlet_trend AS
SELECT s.*,
       no_source_rate - lag(no_source_rate) OVER w AS no_source_change,
       unattributed_claim_rate - lag(unattributed_claim_rate) OVER w AS unattributed_claim_change,
       residual_boilerplate_rate - lag(residual_boilerplate_rate) OVER w AS residual_boilerplate_change
FROM quality_outlet_stats s
WINDOW w AS (PARTITION BY outlet ORDER BY evaluated_at)
ORDER BY outlet, evaluated_at;
