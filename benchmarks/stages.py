"""Per-stage throughput of the text path in one process: read, clean, language, sentences, attribution.

    .venv/bin/python benchmarks/stages.py [--articles 2000] [--repeat 3] [--profile STAGE]

A fixed, sorted sample of real articles from ../shared/corpus/pool (files of the blind-round ledger left out;
the dev corpus, then samples/feed where the pool is absent) is passed through each core function in turn, every
stage timed on the outputs of the one before; each stage runs `--repeat` times and its fastest pass is kept
(the machine may be shared). Prints articles/s per stage (CPU time of the fastest pass) and the whole text
path. `--profile read|clean|language|sentences|attribution` prints that stage's 25 costliest functions.
No DuckDB, no Dagster: the figures are of the core functions alone.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / ".." / "shared" / "corpus" / "pool"
DEV = ROOT / ".." / "shared" / "corpus" / "dev" / "raw"
LEDGER = ROOT / "benchmarks" / "gold" / "ledger.tsv"


def sample(n: int) -> list[tuple[str, bytes]]:
    """Up to `n` documents, spread evenly over the sorted pool (or the dev corpus, or the sample feed)."""
    held: set[str] = set()
    if LEDGER.exists():
        held = {r.split("\t")[1] for r in LEDGER.read_text(encoding="utf-8").splitlines()[1:] if r.count("\t") >= 2}
    root = next((p for p in (POOL, DEV, ROOT / "samples" / "feed") if p.is_dir()), None)
    if root is None:
        return []
    files = [
        p
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and p.suffix in {".txt", ".md"}
        and p.name != "README.md"
        and p.relative_to(root).as_posix() not in held
    ]
    step = max(1, len(files) // n)
    return [(p.name, p.read_bytes()) for p in files[::step][:n]]


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """CPU seconds of the fastest of `repeat` calls, and the last call's result."""
    best, out = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        out = fn()
        best = min(best, time.process_time() - start)
    return best, out


def main() -> int:
    from etl.core.attribution import attribute
    from etl.core.clean import clean_article
    from etl.core.language import detect_language
    from etl.core.meta import apply_meta
    from etl.core.pipeline import Rejected, read_document
    from etl.core.sentences import split_sentences

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", choices=["read", "clean", "language", "sentences", "attribution"])
    a = ap.parse_args()
    docs = sample(a.articles)
    if not docs:
        print("no articles found (../shared/corpus absent and no samples/feed)", file=sys.stderr)
        return 1

    def read():
        out = []
        for name, data in docs:
            with contextlib.suppress(Rejected):
                out += read_document(name, data).articles
        return out

    raws = read()
    cleans = [apply_meta(clean_article(r), r) for r in raws]
    texts = ["\n".join(p for p in (c.title, c.lede, c.body) if p) for c in cleans]
    stages: dict[str, Callable[[], object]] = {
        "read": read,
        "clean": lambda: [apply_meta(clean_article(r), r) for r in raws],
        "language": lambda: [detect_language(t) for t in texts],
        "sentences": lambda: [
            split_sentences(part, name)
            for c in cleans
            for name, part in (("title", c.title), ("lede", c.lede), ("body", c.body))
        ],
        "attribution": lambda: [attribute(c.title, c.lede, c.body, c.outlet) for c in cleans],
    }
    for fn in stages.values():  # warm-up: imports, compiled patterns, language models
        fn()
    print(f"{len(docs)} documents, {len(raws)} articles, {sum(len(d) for _, d in docs) / 1e6:.1f} MB")
    total = 0.0
    for name, fn in stages.items():
        seconds, _ = timed(fn, a.repeat)
        total += seconds
        print(f"{name:<12} {seconds:7.3f} s CPU   {len(raws) / seconds:10,.0f} articles/s")
    print(f"{'all':<12} {total:7.3f} s CPU   {len(raws) / total:10,.0f} articles/s")
    if a.profile:
        profiler = cProfile.Profile()
        profiler.runcall(stages[a.profile])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
