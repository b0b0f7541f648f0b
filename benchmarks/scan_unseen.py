"""Run the cleaner over real texts that are not the dev set and list what looks wrong.

    .venv/bin/python benchmarks/scan_unseen.py [--show-removed] [--source exports|html|all] [--grep WORD]

Reads `../shared/corpus/exports/raw_*_dev.csv` (FullText; Title/Author are metadata truth) and the Indonesian
pages' truth bodies in `../shared/corpus/html/ground-truth.json`. For each text it prints the metadata the
cleaner found, what it removed (with `--show-removed`), and what is left in the body that looks like boilerplate
(teaser cues, credit words, ALL-CAPS markers, end markers). Nothing is written; the corpus stays outside the repo.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from etl.core.clean import clean_article
from etl.core.models import RawArticle

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"

# What a clean body should not contain (case-sensitive where capitals are the signal).
SUSPECT = re.compile(
    r"\b(?:Baca|BACA|Lihat|LIHAT|Simak|SIMAK|Tonton|Saksikan)\s+(?:[Jj]uga|JUGA|[Vv]ideo|VIDEO|selengkapnya)\b"
    r"|\b(?:Berita|Artikel)\s+[Tt]erkait\b|\bBERITA\s+TERKAIT\b|\bPilihan\s+Editor\b"
    r"|\bADVERTISEMENT\b|\bSCROLL\b|\[Gambas|\bEditor\s*:|\bPenulis\s*:|\bReporter\s*:|\bPewarta\s*:"
    r"|\bSumber\s*:|\bFoto\s*:|\bKredit\b|\bCopyright\b|©|\bAll rights reserved\b"
    r"|\btelah\s+tayang\b|\bGoogle\s+News\b|\bTelegram\b|\bWhatsApp\s+Channel\b|\bKlik\b|\bDownload\b|\bUnduh\b"
    r"|\((?:\*|ant|[a-z]{2,5}/[a-z0-9]{2,6}|[A-Z][a-z]+(?:\.com)?/[^)]{2,40})\)"
    r"|\b[A-Z]{3,}(?:\s+[A-Z]{2,}){2,}\b"
    r"|\bRead\s+more\b|\bFeatured\s+image\b|\bPhoto\s+by\b|\bGetty\s+Images\b|\bShutterstock\b"
    r"|&(?:[a-z]+|#\d+);"
)


def exports() -> list[tuple[str, str, dict[str, str]]]:
    out = []
    for name in ("raw_valid_dev.csv", "raw_hoax_dev.csv"):
        path = CORPUS / "exports" / name
        with path.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                outlet = re.sub(r"_scraped.*", "", row["source"])
                out.append((f"{outlet}#{i}", row["FullText"], {"title": row["Title"], "author": row["Author"]}))
    return out


def html_truth() -> list[tuple[str, str, dict[str, str]]]:
    truth = json.loads((CORPUS / "html" / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (key, item["articleBody"], {"title": item.get("title") or "", "outlet": item.get("outlet") or ""})
        for key, item in sorted(truth.items())
        if key.startswith("id-")
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", choices=("exports", "html", "all"), default="all")
    ap.add_argument("--show-removed", action="store_true")
    ap.add_argument("--grep", help="only texts whose name contains this")
    a = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 1
    items = (exports() if a.source in ("exports", "all") else []) + (html_truth() if a.source != "exports" else [])
    rules, suspects = Counter(), Counter()
    for name, text, meta in items:
        if a.grep and a.grep not in name:
            continue
        art = clean_article(RawArticle(text))
        hits = [m.group() for m in SUSPECT.finditer(art.body)]
        rules.update(r.rule for r in art.removed)
        suspects.update(hits)
        print(
            f"== {name} outlet={art.outlet} city={art.dateline_city} authors={art.authors} editor={art.editor} "
            f"published={art.published_at} title={art.title!r:.60} | truth {meta}"
        )
        if a.show_removed:
            for r in art.removed:
                print(f"   - {r.rule:28} {r.text[:140]!r}")
        for m in SUSPECT.finditer(art.body):
            ctx = art.body[max(0, m.start() - 60) : m.end() + 80].replace("\n", " / ")
            print(f"   ? {m.group()!r:24} ...{ctx}...")
    print("\nremoved by rule:", dict(rules.most_common()))
    print("suspect words left:", dict(suspects.most_common(40)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
