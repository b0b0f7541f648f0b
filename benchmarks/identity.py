"""Dump what the text path makes of a fixed sample of pool articles, to diff before and after a speed change.

    .venv/bin/python benchmarks/identity.py [--articles 2000] > before.jsonl
    (change the code)
    .venv/bin/python benchmarks/identity.py [--articles 2000] > after.jsonl && cmp before.jsonl after.jsonl

One JSON line per article (the sample of benchmarks/stages.py): the clean article's fields, its removed spans,
related links and credits, and its attribution (language, sources, claims, sentence count). A change that only
makes the code faster must leave the two files byte-identical.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stages import sample


def main() -> int:
    from etl.core.attribution import attribute
    from etl.core.clean import clean_article
    from etl.core.meta import apply_meta
    from etl.core.pipeline import Rejected, read_document

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    a = ap.parse_args()
    docs = sample(a.articles)
    if not docs:
        print("no articles found (../shared/corpus absent and no samples/feed)", file=sys.stderr)
        return 1
    for name, data in docs:
        with contextlib.suppress(Rejected):
            for i, raw in enumerate(read_document(name, data).articles):
                clean = apply_meta(clean_article(raw), raw)
                found = attribute(clean.title, clean.lede, clean.body, clean.outlet)
                row = {"doc": name, "item": i, "clean": dataclasses.asdict(clean), "found": dataclasses.asdict(found)}
                print(json.dumps(row, ensure_ascii=False, default=str, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
