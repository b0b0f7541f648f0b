"""Running the suites with GX over the warehouse and turning results into dq_results rows.

Two ways to give GX the data (benchmarks/quality.py measures both): `pandas` (the supported path: each
suite's batch query is read into a frame) and `sql` (GX's SQL source on DuckDB, behind the fix in
expectations/duckdb_sql.py). GX is imported here, inside the functions, never at module import.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from expectations.suites import SUITES, Suite, build_suite

ENGINES = ("pandas", "sql")
DEFAULT_ENGINE = "pandas"
SAMPLE = 10  # offending ids and values kept per failed expectation


@dataclass
class Outcome:
    """One expectation's result, shaped for dq_results and the asset checks."""

    suite: str
    asset: str
    concern: str
    expectation: str
    gx_type: str
    column: str | None
    success: bool
    severity: str
    description: str
    element_count: int | None = None
    unexpected_count: int | None = None
    observed_value: str | None = None
    details: dict = field(default_factory=dict)


@dataclass
class Validation:
    engine: str
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    data_docs: Path | None = None

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.success]


def engine_name(value: str | None = None) -> str:
    name = value or os.environ.get("KABAR_GX_ENGINE") or DEFAULT_ENGINE
    if name not in ENGINES:
        raise ValueError(f"unknown GX engine {name!r} (use one of {', '.join(ENGINES)})")
    return name


def validate(
    con: duckdb.DuckDBPyConnection,
    engine: str | None = None,
    suites: tuple[Suite, ...] = SUITES,
    data_docs: Path | None = None,
) -> Validation:
    """Validate every suite over the warehouse open on `con`: `pandas` reads each batch into a frame, `sql`
    lets GX query DuckDB through cursors of `con`."""
    engine = engine_name(engine)
    run = Validation(engine)
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        import great_expectations as gx

        run.seconds["import"] = time.perf_counter() - started
        context = gx.get_context(mode="ephemeral")
        _drop_default_docs_site(context)
        context.variables.progress_bars = {"globally": False, "metric_calculations": False, "profilers": False}
        if engine == "sql":
            from expectations import duckdb_sql

            source = duckdb_sql.add_datasource(context, "warehouse", con)
        else:
            source = context.data_sources.add_pandas("warehouse")
        for suite in suites:
            t0 = time.perf_counter()
            result_format = {"result_format": "SUMMARY", "partial_unexpected_count": SAMPLE}
            if engine == "sql":
                asset = source.add_query_asset(suite.name, query=suite.query)
                batch = asset.add_batch_definition_whole_table("all")
                params = None
                result_format["unexpected_index_column_names"] = [suite.id_column]
                ids = None
            else:
                frame = con.execute(suite.query).df()
                asset = source.add_dataframe_asset(suite.name)
                batch = asset.add_batch_definition_whole_dataframe("all")
                params = {"dataframe": frame}
                # No id column for GX here: on a frame, GX would read each unexpected row's id and value with one
                # `DataFrame.at` per row (seconds for thousands of rows, all but SAMPLE thrown away); it gives the
                # row positions instead, and the ids of the first SAMPLE are read from the frame below.
                ids = frame[suite.id_column]
            t1 = time.perf_counter()
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(name=suite.name, data=batch, suite=context.suites.add(build_suite(suite)))
            )
            result = definition.run(batch_parameters=params, result_format=result_format)
            run.seconds[f"load:{suite.name}"] = t1 - t0
            run.seconds[f"validate:{suite.name}"] = time.perf_counter() - t1
            run.outcomes += [_outcome(suite, r, ids) for r in result.results]
        if engine == "sql":
            duckdb_sql.release(source)
        if data_docs is not None:
            t0 = time.perf_counter()
            run.data_docs = build_data_docs(context, data_docs)
            run.seconds["data_docs"] = time.perf_counter() - t0
    run.seconds["total"] = time.perf_counter() - started
    return run


def _drop_default_docs_site(context) -> None:
    """An ephemeral context comes with a docs site in a fresh temporary folder: remove both (no litter in /tmp)."""
    for name, site in dict(context.variables.data_docs_sites or {}).items():
        folder = (site.get("store_backend") or {}).get("base_directory")
        context.delete_data_docs_site(name)
        if folder and Path(folder).parent == Path(tempfile.gettempdir()):
            shutil.rmtree(folder, ignore_errors=True)


def build_data_docs(context, folder: Path) -> Path:
    """Render this run's validation results as GX Data Docs into `folder`; returns its index.html."""
    from expectations.offline_docs import make_offline

    folder.mkdir(parents=True, exist_ok=True)
    site = {
        "class_name": "SiteBuilder",
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(folder)},
    }
    context.add_data_docs_site(site_name="kabar", site_config=site)
    context.build_data_docs(site_names=["kabar"])
    make_offline(folder)  # no CDN: styled by a local stylesheet
    return folder / "index.html"


def _outcome(suite: Suite, result, ids=None) -> Outcome:
    """`ids`: the batch frame's id column, where GX gave row positions (pandas) rather than id dicts (sql)."""
    config = result.expectation_config
    meta = config.meta or {}
    # the arguments as the suite writes them (GX stores `min_value=40` as 40.0)
    kwargs = {
        k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in config.kwargs.items() if k != "batch_id"
    }
    info = result.result or {}
    details: dict = {"gx_type": config.type, "kwargs": _jsonable(kwargs)}
    rows = info.get("partial_unexpected_index_list") or []
    if ids is not None:
        sample = [ids.iloc[row] for row in rows[:SAMPLE] if isinstance(row, int)]
    else:
        sample = [row.get(suite.id_column) for row in rows if isinstance(row, dict)]
    if sample:
        details["sample_ids"] = [str(s) for s in sample[:SAMPLE]]
    values = info.get("partial_unexpected_list")
    if values:
        details["sample_values"] = _jsonable(values[:SAMPLE])
    exception = result.exception_info or {}
    raised = exception.get("raised_exception") if isinstance(exception, dict) else False
    if raised:
        details["exception"] = str(exception.get("exception_message"))[:500]
    return Outcome(
        suite=suite.name,
        asset=suite.asset,
        concern=suite.concern,
        expectation=meta.get("name") or config.type,
        gx_type=config.type,
        column=kwargs.get("column"),
        success=bool(result.success) and not raised,
        severity=meta.get("severity", "warning"),
        description=config.description or "",
        element_count=info.get("element_count"),
        unexpected_count=info.get("unexpected_count"),
        observed_value=_observed(info, raised, details),
        details=details,
    )


def _observed(info: dict, raised: bool, details: dict) -> str | None:
    if raised:
        return "error: " + details.get("exception", "the expectation could not be evaluated")[:200]
    if "observed_value" in info:
        return json.dumps(_jsonable(info["observed_value"]), ensure_ascii=False)
    if info.get("unexpected_count") is not None:
        total = info.get("element_count") or 0
        share = info.get("unexpected_percent") or 0.0
        return f"{info['unexpected_count']} of {total} unexpected ({share:.1f}%)"
    return None


def _jsonable(value):
    """Plain JSON values: NaN (pandas' missing value) becomes None, anything unknown its string."""
    if isinstance(value, float):
        return None if value != value else value
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    return str(value)


def dq_rows(run_id: str, validation: Validation, evaluated_at: datetime) -> list[dict]:
    return [
        {
            "run_id": run_id,
            "suite": o.suite,
            "expectation": o.expectation,
            "column_name": o.column,
            "success": o.success,
            "unexpected_count": o.unexpected_count,
            "observed_value": o.observed_value,
            "evaluated_at": evaluated_at,
            "asset": o.asset,
            "severity": o.severity,
            "element_count": o.element_count,
            "description": o.description,
            "details": json.dumps(o.details, ensure_ascii=False, sort_keys=True),
        }
        for o in validation.outcomes
    ]
