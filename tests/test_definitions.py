"""The code location loads, and its graph has the shape the contract and the CLI rely on."""

from __future__ import annotations

import dagster as dg

from etl.cli.runner import load_definitions
from etl.defs.automation.definitions import PIPELINE_JOB
from etl.settings import WRITER_POOL


def test_definitions_load_and_validate() -> None:
    defs = load_definitions()
    dg.Definitions.validate_loadable(defs)
    keys = {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    assert {"documents", "articles", "boilerplate", "related_links", "credits", "sources", "claims"} <= keys
    assert "search_index" in keys


def test_pipeline_job_selects_every_asset() -> None:
    defs = load_definitions()
    job = defs.resolve_job_def(PIPELINE_JOB)
    graph_keys = set(defs.resolve_asset_graph().get_all_asset_keys())
    assert set(job.asset_layer.executable_asset_keys) == graph_keys


def test_writers_share_one_pool_and_declare_duckdb() -> None:
    defs = load_definitions()
    for assets_def in defs.resolve_asset_graph().assets_defs:
        if not assets_def.is_executable or not assets_def.keys:
            continue
        for spec in assets_def.specs:
            assert "duckdb" in spec.kinds, spec.key
        assert assets_def.op.pool == WRITER_POOL, assets_def.keys
