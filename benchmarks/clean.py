"""Throughput of the cleaning stage alone: decode + read + clean, one process, no DuckDB, no hashing.

    .venv/bin/python benchmarks/clean.py [--articles 50000] [--feed ../shared/corpus/dev/raw] [--profile]

The dev articles are repeated until `--articles` documents have been cleaned (each document's bytes are
cleaned afresh every time: nothing is cached between repeats). Prints articles/s, MB/s of raw input and the
peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import time
from pathlib import Path

from etl.core.clean import clean_article
from etl.core.pipeline import read_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FEED = ROOT / ".." / "shared" / "corpus" / "dev" / "raw"


def load(feed: Path) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(feed.rglob("*.txt"))]


def run(docs: list[tuple[str, bytes]], n: int) -> tuple[int, int, int]:
    done = size = words = 0
    while done < n:
        for name, data in docs:
            if done >= n:
                break
            read = read_document(name, data)
            for raw in read.articles:
                words += clean_article(raw).word_count
            done += 1
            size += len(data)
    return done, size, words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--feed", type=Path, default=DEFAULT_FEED)
    ap.add_argument("--profile", action="store_true", help="print the 25 costliest functions")
    a = ap.parse_args()
    if not a.feed.is_dir():
        print(f"feed not found: {a.feed}", file=sys.stderr)
        return 1
    docs = load(a.feed)
    run(docs, len(docs))  # warm-up: imports, compiled patterns
    profiler = cProfile.Profile() if a.profile else None
    start, cpu_start = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    done, size, words = run(docs, a.articles)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents      {len(docs)} distinct, {done} cleaned ({size / 1e6:.1f} MB, {words} body words)")
    print(f"time           {elapsed:.2f} s")
    print(
        f"throughput     {done / elapsed:,.0f} articles/s   {size / 1e6 / elapsed:.2f} MB/s   (one process, wall clock)"
    )
    print(f"per CPU second {done / cpu:,.0f} articles/s   {size / 1e6 / cpu:.2f} MB/s   (CPU time {cpu:.2f} s)")
    print(f"peak RSS       {peak_mb:.0f} MB")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
