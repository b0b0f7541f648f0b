-- Inputs that were kept but could not be read, with the reason (the raw bytes stay in documents.raw).
CREATE OR REPLACE VIEW rejected_documents AS
SELECT doc_id, source_uri, feed, format, byte_size, received_at, status, reject_reason
FROM documents
WHERE status <> 'parsed';
