-- Kabar warehouse, schema version 6: how each feed file looked when it was last read (size, modification time and
-- inode at the walk, with the document its bytes made), so that a re-run skips a file that has not changed without
-- reading or hashing it again, as make and rsync do. KABAR_REHASH=1 reads every file again. A row counts only
-- while its document is in `documents`.
CREATE TABLE IF NOT EXISTS file_stats (
    feed_root   VARCHAR NOT NULL,      -- the feed folder as given to the run
    source_uri  VARCHAR NOT NULL,      -- path relative to the feed root
    byte_size   BIGINT NOT NULL,
    mtime_ns    BIGINT NOT NULL,
    inode       BIGINT NOT NULL,
    doc_id      VARCHAR NOT NULL,      -- sha256 of the bytes read
    seen_at     TIMESTAMPTZ NOT NULL
);
