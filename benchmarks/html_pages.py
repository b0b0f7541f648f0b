"""HTML pages: Kabar's reader against trafilatura on the same pages, in one process, one run.

    .venv/bin/python benchmarks/html_pages.py [--pages ../shared/corpus/html/pages] [--repeat 3]

Timed on the bytes as stored (`.html` or `.html.gz`, unpacked before timing for both): Kabar's HTML reader alone
(decode, parse, metadata, main text: what trafilatura.extract does), the reader plus the text-level cleaning
(`build_articles`), trafilatura.extract (needs `pip install trafilatura`), and for the choice of parser a bare
parse with selectolax (lexbor) against beautifulsoup4 with lxml. Prints pages/s for each, the speed ratio and
the peak resident memory. F1 is measured by ../shared/eval/score_html.py on a warehouse (see README).
"""

from __future__ import annotations

import argparse
import gzip
import resource
import sys
import time
from pathlib import Path

from etl.core.pipeline import build_articles, read_document
from etl.formats import html

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = ROOT / ".." / "shared" / "corpus" / "html" / "pages"


def load(folder: Path) -> list[tuple[str, bytes]]:
    pages = []
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        pages.append((path.name.removesuffix(".gz"), gzip.decompress(data) if path.suffix == ".gz" else data))
    return pages


def rate(label: str, pages: list[tuple[str, bytes]], repeat: int, fn) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        for name, data in pages:
            fn(name, data)
    seconds = time.perf_counter() - started
    per_second = len(pages) * repeat / seconds
    print(f"{label:<44} {per_second:8.1f} pages/s  ({seconds:.2f} s for {len(pages) * repeat} pages)")
    return per_second


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not a.pages.is_dir():
        print(f"no pages at {a.pages} (the corpus lives in ../shared)", file=sys.stderr)
        return 2
    pages = load(a.pages)
    print(f"{len(pages)} pages, {sum(len(d) for _, d in pages) / 1e6:.1f} MB")
    kabar = rate("kabar reader (decode, parse, metadata, text)", pages, a.repeat, lambda n, d: html.read(d))
    rate("kabar reader + cleaning (build_articles)", pages, a.repeat,
         lambda n, d: build_articles("x", n, read_document(n, d)))  # fmt: skip
    from selectolax.lexbor import LexborHTMLParser

    rate("parse only: selectolax (lexbor)", pages, a.repeat, lambda n, d: LexborHTMLParser(d).body)
    try:
        from bs4 import BeautifulSoup

        rate("parse only: beautifulsoup4 + lxml", pages, 1, lambda n, d: BeautifulSoup(d, "lxml"))
    except ImportError:
        print("beautifulsoup4 not installed: skipped")
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed: skipped (pip install trafilatura)")
    else:
        traf = rate("trafilatura.extract", pages, 1, lambda n, d: trafilatura.extract(d))
        print(f"kabar reader is {kabar / traf:.1f}x trafilatura's pages/s")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
