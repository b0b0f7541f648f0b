"""The Dagster code location: everything under etl/defs/.

A DuckDB file has one writer, so runs execute in one process. With the warehouse on DuckLake
(`KABAR_WAREHOUSE=ducklake:...`) several processes may write at once: runs use the multiprocess executor
(`execution: config: max_concurrent: N` in the run config), see docs/scale-out.md.
"""

from pathlib import Path

import dagster as dg

from etl.config import load_config
from etl.warehouse.lake import is_lake


def executor() -> dg.ExecutorDefinition:
    """In-process for a DuckDB file, multiprocess for a lake (named by `KABAR_WAREHOUSE` or kabar.toml)."""
    return dg.multiprocess_executor if is_lake(load_config().warehouse) else dg.in_process_executor


@dg.definitions
def defs() -> dg.Definitions:
    loaded = dg.load_from_defs_folder(path_within_project=Path(__file__).parent)
    return dg.Definitions.merge(loaded, dg.Definitions(executor=executor()))
