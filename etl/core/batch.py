"""Building articles for a batch of stored documents, optionally on several processes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from etl.core.parallel import chunked_map, workers
from etl.core.pipeline import ArticleRecord, Rejected, build_articles, read_document

PARALLEL_MIN_DOCS = 400  # below this a process pool costs more than it saves
CHUNK = 200


@dataclass
class BatchResult:
    records: list[ArticleRecord] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # doc_id -> reason
    rejected_items: list[dict] = field(default_factory=list)  # rows of item_rejections (without run_id)
    doc_ids: list[str] = field(default_factory=list)  # every document read, whether it yielded articles or not


def build_documents(rows: Sequence[tuple[str, str, bytes]]) -> BatchResult:
    """Articles of each (doc_id, source_uri, raw) row; a document that fails is reported, never raised."""
    out = BatchResult()
    for doc_id, source_uri, raw in rows:
        out.doc_ids.append(doc_id)
        try:
            read = read_document(source_uri, raw)
            out.records.extend(build_articles(doc_id, source_uri, read))
            out.rejected_items += [
                {"doc_id": doc_id, "source_uri": source_uri, "item_key": r.item_key, "reason": r.reason}
                for r in read.rejected
            ]
        except Rejected as exc:
            out.failed[doc_id] = str(exc)
        except Exception as exc:  # a parser bug must not lose the document: it is kept as rejected
            out.failed[doc_id] = f"parser error: {type(exc).__name__}: {exc}"
    return out


def build_parallel(rows: Sequence[tuple[str, str, bytes]], processes: int | None = None) -> Iterator[BatchResult]:
    """Like build_documents, in chunks, on `processes` worker processes when the batch is large enough."""
    return chunked_map(
        build_documents, rows, processes=processes or workers(), min_parallel=PARALLEL_MIN_DOCS, chunk=CHUNK
    )
