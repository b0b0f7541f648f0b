"""Throughput of the extraction stage (language, sentences, sources, claims) in one process.

Reads the cleaned articles of a warehouse built by `kabar run` from the dev corpus (built into .bench/ when
absent and ../shared is present), repeats them to at least --articles articles and runs `attribute()` on each,
as the `attributions` asset does. Prints articles/s, sentences/s, MB/s and the peak RSS of the process.

    .venv/bin/python benchmarks/extraction.py [--warehouse FILE] [--articles 50000]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
DEV_FEED = ROOT / ".." / "shared" / "corpus" / "dev" / "raw"
DEFAULT_WAREHOUSE = ROOT / ".bench" / "dev.duckdb"


def build_warehouse(path: Path) -> None:
    if not DEV_FEED.is_dir():
        sys.exit(f"no warehouse at {path} and no dev corpus at {DEV_FEED} to build one")
    path.parent.mkdir(parents=True, exist_ok=True)
    kabar = Path(sys.executable).parent / "kabar"
    subprocess.run([str(kabar), "run", "--quiet", "--feed", str(DEV_FEED), "--warehouse", str(path)], check=True)


def load(path: Path) -> list[tuple[str | None, str | None, str, str | None]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT title, lede, body, outlet FROM articles ORDER BY article_id").fetchall()
    finally:
        con.close()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE)
    ap.add_argument("--articles", type=int, default=50_000)
    args = ap.parse_args()
    if not args.warehouse.exists():
        build_warehouse(args.warehouse)
    base = load(args.warehouse)
    if not base:
        sys.exit("the warehouse holds no articles")
    repeats = -(-args.articles // len(base))
    articles = base * repeats
    chars = sum(len(b) + len(t or "") + len(lede or "") for t, lede, b, _ in articles)

    from etl.core.attribution import attribute

    attribute(*base[0])  # compile patterns and load the language models once, outside the timing
    rss_before = peak_rss_mb()
    sentences = sources = claims = 0
    started = time.perf_counter()
    for title, lede, body, outlet in articles:
        att = attribute(title, lede, body, outlet)
        sentences += att.sentence_count
        sources += len(att.sources)
        claims += len(att.claims)
    seconds = time.perf_counter() - started
    print(f"articles   {len(articles):,} ({len(base)} dev articles x {repeats}), {chars / 1e6:.1f} MB of text")
    print(f"time       {seconds:.1f} s in one process")
    print(
        f"throughput {len(articles) / seconds:,.0f} articles/s, {sentences / seconds:,.0f} sentences/s, "
        f"{chars / 1e6 / seconds:.2f} MB/s"
    )
    print(f"found      {sentences:,} sentences, {sources:,} sources, {claims:,} claims")
    print(f"peak RSS   {peak_rss_mb():.0f} MB (after warm-up {rss_before:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
