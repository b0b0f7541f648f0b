-- How often each named rule removed something, per outlet: the first place to look when a feed changes.
CREATE OR REPLACE VIEW boilerplate_by_rule AS
SELECT a.outlet, b.rule AS kind, b.rule_name, count(*) AS spans, count(DISTINCT b.article_id) AS articles
FROM boilerplate b JOIN articles a USING (article_id)
GROUP BY ALL
ORDER BY spans DESC;
