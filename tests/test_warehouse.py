"""Warehouse DDL: applied once, versioned, idempotent; a later schema file migrates an existing warehouse."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from etl.warehouse import migrate as migrate_module
from etl.warehouse.migrate import current_version, latest_version, migrate

CONTRACT_COLUMNS = {
    "documents": {
        "doc_id",
        "source_uri",
        "feed",
        "format",
        "received_at",
        "byte_size",
        "raw",
        "status",
        "reject_reason",
    },
    "articles": {
        "article_id",
        "doc_id",
        "source_uri",
        "item_key",
        "outlet",
        "url",
        "title",
        "lede",
        "editor",
        "authors",
        "dateline_city",
        "published_at",
        "language",
        "body",
        "word_count",
        "ingested_at",
    },
    "boilerplate": {"article_id", "line_no", "text", "rule"},
    "related_links": {"article_id", "position", "title", "url"},
    "sources": {"article_id", "name", "kind", "cue", "sentence"},
    "claims": {
        "article_id",
        "part",
        "sentence_no",
        "sentence",
        "cues",
        "attributed",
        "source_name",
        "explicitly_unverified",
    },
    "quality_flags": {"article_id", "check_name", "severity", "detail"},
    "dq_results": {
        "run_id",
        "suite",
        "expectation",
        "column_name",
        "success",
        "unexpected_count",
        "observed_value",
        "evaluated_at",
    },
}


def columns(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    return dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
            "AND table_name = ?",
            [table],
        ).fetchall()
    )


def test_contract_tables_and_types(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    for table, expected in CONTRACT_COLUMNS.items():
        assert expected <= set(columns(con, table)), table
    art = columns(con, "articles")
    assert art["authors"] == "VARCHAR[]"
    assert art["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert columns(con, "documents")["raw"] == "BLOB"
    assert columns(con, "claims")["cues"] == "VARCHAR[]"


def test_migrate_is_idempotent_and_versioned(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    assert migrate(con) == latest_version()
    con.execute(
        "INSERT INTO documents (doc_id, source_uri, received_at, byte_size, raw, status) "
        "VALUES ('x', 'a.txt', now(), 1, 'a'::BLOB, 'parsed')"
    )
    assert migrate(con) == latest_version()
    assert con.execute("SELECT count(*) FROM schema_version").fetchone() == (latest_version(),)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert {"articles_overview", "boilerplate_by_rule", "rejected_documents"} <= views


def test_later_schema_file_migrates_an_existing_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    before = current_version(con)
    schema = tmp_path / "schema"
    shutil.copytree(migrate_module.SCHEMA_DIR, schema)
    (schema / f"{before + 1:03d}_add_column.sql").write_text(
        "ALTER TABLE articles ADD COLUMN reading_minutes INTEGER;", encoding="utf-8"
    )
    monkeypatch.setattr(migrate_module, "SCHEMA_DIR", schema)
    assert migrate(con) == before + 1
    assert "reading_minutes" in columns(con, "articles")
    assert migrate(con) == before + 1


def test_failed_migration_leaves_the_version_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    before = current_version(con)
    schema = tmp_path / "schema"
    shutil.copytree(migrate_module.SCHEMA_DIR, schema)
    (schema / f"{before + 1:03d}_broken.sql").write_text("ALTER TABLE no_such_table ADD COLUMN x INT;")
    monkeypatch.setattr(migrate_module, "SCHEMA_DIR", schema)
    with pytest.raises(duckdb.CatalogException):
        migrate(con)
    assert current_version(con) == before
