"""End-to-end speed and memory of `kabar run`, against a naive baseline pass over the same files in the same process.

    python benchmarks/pipeline.py [--articles 20000] [--workers N]

Builds a feed of N distinct files from the dev corpus (../shared/corpus/dev/raw; the bundled sample feed where that
is absent), each copy made unique by a numbered last line, then:
1. baseline: read + sha256 + double HTML unescape + NFC + one boilerplate regex + a sentence split + a cue scan,
   the naive pass the stack notes measured (~2,400 articles/s on one core);
2. kabar: the whole asset graph in-process into a fresh warehouse (per-stage times from Dagster's step events);
3. a second run on the same feed (everything skipped by content hash).
Prints one JSON object with the figures and ratios; nothing is asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import resource
import shutil
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEV = REPO / ".." / "shared" / "corpus" / "dev" / "raw"
WORK = REPO / ".bench" / "pipeline"


def build_feed(n: int) -> tuple[Path, int]:
    source = DEV if DEV.is_dir() else REPO / "samples" / "feed"
    bases = [p.read_bytes() for p in sorted(source.rglob("*.txt")) if p.stat().st_size > 0]
    feed = WORK / f"feed-{n}"
    if feed.is_dir() and sum(1 for _ in feed.rglob("*.txt")) == n:
        return feed, sum(p.stat().st_size for p in feed.rglob("*.txt"))
    shutil.rmtree(feed, ignore_errors=True)
    total = 0
    for i in range(n):
        folder = feed / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = bases[i % len(bases)] + f"\nArsip nomor {i}.\n".encode()
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return feed, total


_BOILER = re.compile(r"Baca juga:[^\n]*|SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_CUE = re.compile(r"\b(?:dilaporkan|dikabarkan|diduga|reportedly|allegedly|mengatakan|said)\b", re.I)


def baseline(feed: Path) -> dict:
    start = time.perf_counter()
    n = sentences = cues = 0
    for path in sorted(feed.rglob("*.txt")):
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        text = html.unescape(html.unescape(data.decode("utf-8", "replace")))
        text = unicodedata.normalize("NFC", _BOILER.sub(" ", text))
        parts = _SENT.split(text)
        sentences += len(parts)
        cues += sum(1 for s in parts if _CUE.search(s))
        n += 1
    seconds = time.perf_counter() - start
    return {"articles": n, "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1)}


def kabar_run(feed: Path, warehouse: Path) -> dict:
    import dagster as dg

    from etl.runner import run_pipeline

    os.environ["KABAR_WAREHOUSE"] = str(warehouse)
    os.environ["KABAR_FEED"] = str(feed)
    start = time.perf_counter()
    outcome = run_pipeline()
    seconds = time.perf_counter() - start
    instance = dg.DagsterInstance.get()
    stages = {}
    for record in instance.all_logs(outcome.run_id):
        event = record.dagster_event
        if event is not None and event.event_type_value == "STEP_SUCCESS":
            stages[event.step_key] = round(event.event_specific_data.duration_ms / 1000, 2)
    return {"success": outcome.success, "seconds": round(seconds, 2), "stages_s": stages, "error": outcome.error}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=None, help="processes for the articles stage (default: cores)")
    args = parser.parse_args()
    if args.workers:
        os.environ["KABAR_WORKERS"] = str(args.workers)
    home = WORK / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    feed, size = build_feed(args.articles)
    warehouse = WORK / "bench.duckdb"
    for suffix in ("", ".wal"):
        Path(str(warehouse) + suffix).unlink(missing_ok=True)
    base = baseline(feed)
    first = kabar_run(feed, warehouse)
    second = kabar_run(feed, warehouse)
    n = args.articles
    result = {
        "articles": n,
        "feed_mb": round(size / 1e6, 1),
        "cores": os.cpu_count(),
        "workers": int(os.environ.get("KABAR_WORKERS", os.cpu_count() or 1)),
        "baseline": base,
        "kabar_first_run": {**first, "articles_per_s": round(n / first["seconds"], 1)},
        "kabar_second_run": second,
        "ratio_kabar_to_baseline_time": round(first["seconds"] / base["seconds"], 2),
        "warehouse_mb": round(warehouse.stat().st_size / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_workers_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }
    print(json.dumps(result, indent=1))
    return 0 if first["success"] and second["success"] else 1


if __name__ == "__main__":
    sys.exit(main())
