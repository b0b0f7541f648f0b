"""The one shape of every warehouse asset: a DuckDB table, written under the writer pool, in a group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import dagster as dg

from etl.cli.report_format import md_cell
from etl.settings import WRITER_POOL


def warehouse_asset(group_name: str, deps: Sequence[str] = ()):
    """`@dg.asset` for a step that writes the warehouse (DuckDB has one writer: the step takes the writer pool).
    The function's docstring is the asset's description."""
    return dg.asset(deps=list(deps), kinds={"duckdb"}, pool=WRITER_POOL, group_name=group_name)


def table_spec(key: str, group_name: str, description: str, deps: Sequence[str]) -> dg.AssetSpec:
    """One table of a multi-asset step."""
    return dg.AssetSpec(key, deps=list(deps), kinds={"duckdb"}, group_name=group_name, description=description)


def table_result(key: str, totals: Mapping[str, int], **metadata: dg.RawMetadataValue) -> dg.MaterializeResult:
    """The materialisation of one table of a multi-asset step: its metadata and its row count."""
    return dg.MaterializeResult(asset_key=key, metadata={**metadata, "dagster/row_count": totals[key]})


def md_table(head: Sequence[str], rows: Sequence[Sequence[object]], limit: int = 80) -> dg.MetadataValue:
    """A Markdown table for asset metadata, every cell escaped and shortened to `limit` characters."""
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(md_cell(v, limit) for v in row) + " |" for row in rows]
    return dg.MetadataValue.md("\n".join(lines))
