"""Storing arriving feed files: what the warehouse already holds (doc_ids, paths, texts), the rows of documents and
document_paths a batch of files adds, and the run's bookkeeping (skipped paths, the `runs` row)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

import duckdb

from etl.core.feed import FeedFile, FileBytes, Skipped, Unreadable, read_file
from etl.core.intake import Intake, duplicate_of, read_intake, unread_intake
from etl.warehouse.store import append

_IN_LIST = "IN (SELECT unnest(?))"  # a value among a bound list
BATCH_BYTES = 32 * 1024 * 1024
BATCH_FILES = 1000
LOOKUP_FILES = 10_000  # files whose last-read record is looked up in one query (a scan of file_stats each)
PREVIEW_REJECTS = 10


@dataclass(frozen=True)
class Arrival:
    """Stamped on every row this ingest writes."""

    feed: str
    run_id: str
    started: datetime


@dataclass
class DocumentBatch:
    documents: list[dict] = field(default_factory=list)
    paths: list[dict] = field(default_factory=list)
    stats: list[dict] = field(default_factory=list)  # file_stats rows of the files read whole and unchanged
    files: int = 0  # feed files taken, readable or not
    size: int = 0  # bytes of the new documents


class DocumentLoader:
    """Reads feed files against what the warehouse holds: a file already loaded (same bytes) is skipped, a new one
    is parsed, rejected or a duplicate of a text already seen; every path a document is seen under is recorded.

    Nothing of the warehouse is held in memory: each batch of files is looked up with a few queries bounded by the
    batch (its doc_ids, paths and text fingerprints), after the batches before it are stored. A file whose size,
    modification time and inode are those recorded in file_stats when it was last read (its document still stored)
    is skipped without being read; `rehash` (KABAR_REHASH) reads every file.
    """

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        arrival: Arrival,
        skipped: list[Skipped],
        feed_root: str = "",
        rehash: bool | None = None,
    ) -> None:
        self.con = con
        self.arrival = arrival
        self.feed_root = feed_root
        self.rehash = bool(os.environ.get("KABAR_REHASH")) if rehash is None else rehash
        self.skipped = skipped  # paths not read (the walk's, and files that could not be opened)
        self.counts: Counter[str] = Counter()
        self.rejected: list[tuple[str, str, str | None]] = []  # (source_uri, status, reason) of the first rejects
        self.files = 0  # feed files taken, readable or not

    def read(self, files: Iterable[FeedFile]) -> Iterator[DocumentBatch]:
        """The files in batches of at most BATCH_FILES files or about BATCH_BYTES read; unchanged files are counted
        as skipped and not read."""
        taken: list[tuple[FeedFile, FileBytes | None]] = []
        size = 0
        files = iter(files)
        while group := list(islice(files, LOOKUP_FILES)):
            unchanged = self._unchanged(group)
            for file in group:
                if file.source_uri in unchanged:
                    self.files += 1
                    self.counts["skipped"] += 1
                    continue
                got = self._read(file)
                taken.append((file, got))
                size += len(got.data) if got is not None else 0
                if size >= BATCH_BYTES or len(taken) >= BATCH_FILES:
                    yield self._batch(taken)
                    taken, size = [], 0
        if taken:
            yield self._batch(taken)

    def _unchanged(self, group: list[FeedFile]) -> set[str]:
        """The source_uris of `group` whose size, modification time and inode match the record of their last read."""
        if self.rehash or not self.feed_root:
            return set()
        rows = self.con.execute(
            "SELECT f.source_uri, f.byte_size, f.mtime_ns, f.inode FROM file_stats f "
            "WHERE f.feed_root = ? AND f.source_uri IN (SELECT unnest(?)) "
            "AND EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = f.doc_id)",
            [self.feed_root, [file.source_uri for file in group]],
        ).fetchall()
        seen = {uri: (size, mtime, inode) for uri, size, mtime, inode in rows}
        return {f.source_uri for f in group if f.mtime_ns and seen.get(f.source_uri) == (f.size, f.mtime_ns, f.inode)}

    def _read(self, file: FeedFile) -> FileBytes | None:
        self.files += 1
        try:
            return read_file(file)
        except Unreadable as exc:
            self.skipped.append(Skipped(file.source_uri, f"unreadable: {exc}"))
            return None

    def _batch(self, taken: list[tuple[FeedFile, FileBytes | None]]) -> DocumentBatch:
        batch = DocumentBatch(files=len(taken))
        read = [(file, got) for file, got in taken if got is not None]
        ids = sorted({got.sha256 for _, got in read})
        # `IN (SELECT unnest(?))` is a hash join; `= ANY(?)` tests every row against the whole list (10x slower)
        found = self.con.execute(f"SELECT doc_id FROM documents WHERE doc_id {_IN_LIST}", [ids]).fetchall()
        known = {r[0] for r in found}
        paths = set(
            self.con.execute(f"SELECT doc_id, source_uri FROM document_paths WHERE doc_id {_IN_LIST}", [ids]).fetchall()
        )
        arrival = self.arrival
        new: list[tuple[FeedFile, FileBytes, Intake]] = []
        for file, got in read:
            doc_id = got.sha256
            if self.feed_root and file.mtime_ns and not got.changed and got.size == file.size:
                batch.stats.append(
                    {
                        "feed_root": self.feed_root,
                        "source_uri": file.source_uri,
                        "byte_size": file.size,
                        "mtime_ns": file.mtime_ns,
                        "inode": file.inode,
                        "doc_id": doc_id,
                        "seen_at": arrival.started,
                    }
                )
            if (doc_id, file.source_uri) not in paths:
                paths.add((doc_id, file.source_uri))
                batch.paths.append(
                    {
                        "doc_id": doc_id,
                        "source_uri": file.source_uri,
                        "feed": arrival.feed,
                        "seen_at": arrival.started,
                        "run_id": arrival.run_id,
                    }
                )
            if doc_id in known:
                self.counts["skipped"] += 1
                continue
            known.add(doc_id)
            new.append((file, got, unread_intake(file.source_uri, got) or read_intake(file.source_uri, got.data)))
        texts = sorted({intake.text_hash for _, _, intake in new if intake.status == "parsed" and intake.text_hash})
        seen_texts = dict(
            self.con.execute(
                f"SELECT text_hash, min(source_uri) FROM documents WHERE status = 'parsed' AND text_hash {_IN_LIST} "
                "GROUP BY 1",
                [texts],
            ).fetchall()
        )
        for file, got, intake in new:
            if intake.status == "parsed" and intake.text_hash:
                first = seen_texts.get(intake.text_hash)
                if first is None:
                    seen_texts[intake.text_hash] = file.source_uri
                else:
                    intake = duplicate_of(intake, first)
            self._add(batch, file, got, intake)
        return batch

    def _add(self, batch: DocumentBatch, file: FeedFile, got: FileBytes, intake: Intake) -> None:
        arrival = self.arrival
        self.counts[intake.status] += 1
        if intake.status != "parsed" and len(self.rejected) < PREVIEW_REJECTS:
            self.rejected.append((file.source_uri, intake.status, intake.reject_reason))
        batch.documents.append(
            {
                "doc_id": got.sha256,
                "source_uri": file.source_uri,
                "feed": arrival.feed,
                "format": intake.format,
                "received_at": arrival.started,
                "byte_size": got.size,
                "raw": got.data,
                "status": intake.status,
                "reject_reason": intake.reject_reason,
                "encoding": intake.encoding,
                "text_hash": intake.text_hash,
                "run_id": arrival.run_id,
            }
        )
        batch.size += len(got.data)

    def store(self, con: duckdb.DuckDBPyConnection, batch: DocumentBatch) -> int:
        """A batch of documents with their paths (in the caller's transaction); returns the files it took."""
        append(con, "documents", batch.documents)
        append(con, "document_paths", batch.paths)
        if batch.stats:
            con.execute(
                "DELETE FROM file_stats WHERE feed_root = ? AND source_uri IN (SELECT unnest(?))",
                [self.feed_root, [row["source_uri"] for row in batch.stats]],
            )
            append(con, "file_stats", batch.stats)
        return batch.files

    @property
    def new(self) -> int:
        return self.counts["parsed"] + self.counts["rejected"] + self.counts["duplicate"]

    def finish(self, con: duckdb.DuckDBPyConnection, feed_root: str) -> None:
        """The paths not read and the run's counts, in one transaction."""
        arrival = self.arrival
        con.execute("BEGIN TRANSACTION")
        append(con, "skipped_paths", [_skipped_row(s, arrival) for s in self.skipped])
        unreadable = sum(s.reason.startswith("unreadable") for s in self.skipped)
        record_run(
            con,
            arrival,
            feed_root,
            [
                self.files - unreadable,
                self.new,
                self.counts["skipped"],
                self.counts["rejected"] + self.counts["duplicate"],
            ],
        )
        con.execute("COMMIT")


def record_run(con: duckdb.DuckDBPyConnection, arrival: Arrival, feed_root: str, counts: list[int]) -> None:
    """The run's row in `runs`, created or updated: documents seen, new, skipped, rejected."""
    con.execute(
        # MERGE, not ON CONFLICT: a DuckLake warehouse keeps no primary key to conflict on
        "MERGE INTO runs USING (SELECT ? AS run_id, ? AS started_at, ? AS feed, ? AS feed_root, ? AS seen, "
        "? AS new, ? AS skipped, ? AS rejected) AS s ON runs.run_id = s.run_id "
        "WHEN MATCHED THEN UPDATE SET documents_seen = s.seen, documents_new = s.new, "
        "documents_skipped = s.skipped, documents_rejected = s.rejected "
        "WHEN NOT MATCHED THEN INSERT (run_id, started_at, feed, feed_root, documents_seen, documents_new, "
        "documents_skipped, documents_rejected, articles_new) "
        "VALUES (s.run_id, s.started_at, s.feed, s.feed_root, s.seen, s.new, s.skipped, s.rejected, 0)",
        [arrival.run_id, arrival.started, arrival.feed, feed_root, *counts],
    )


def _skipped_row(entry: Skipped, arrival: Arrival) -> dict:
    return {
        "source_uri": entry.source_uri,
        "feed": arrival.feed,
        "reason": entry.reason,
        "seen_at": arrival.started,
        "run_id": arrival.run_id,
    }
