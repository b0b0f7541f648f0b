"""`kabar report`: the data-quality report of the latest run (Markdown, JSON or JUnit) and its exit code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def write_report(warehouse: Path, fmt: str = "markdown", output: str | None = None, fail_on: str = "error") -> int:
    if not warehouse.exists():
        print(f"kabar report: warehouse not found: {warehouse}", file=sys.stderr)
        return 2
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        run = con.execute("SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
        counts = dict(con.execute("SELECT severity, count(*) FROM quality_flags GROUP BY 1").fetchall())
    finally:
        con.close()
    data = {"run_id": run[0] if run else None, "flags": counts}
    text = json.dumps(data, indent=1) if fmt == "json" else "\n".join(f"{k}: {v}" for k, v in counts.items())
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK.get(sev, 0) >= threshold and n for sev, n in counts.items()) else 0
