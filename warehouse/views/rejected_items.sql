-- Records that did not become articles (a broken CSV row, a line that is not JSON, an empty feed item), with the
-- reason; their documents are kept whole in `documents.raw`.
CREATE OR REPLACE VIEW rejected_items AS
SELECT r.source_uri, d.format, r.item_key, r.reason, r.run_id
FROM item_rejections r
LEFT JOIN documents d USING (doc_id)
ORDER BY r.source_uri, r.item_key;
