"""Blind annotation rounds over ../shared/corpus/pool: draw, pack, unpack and score.

    python benchmarks/gold/rounds.py draw  --round N --per-id-folder 8 --per-en-folder 20
    python benchmarks/gold/rounds.py pack  --round N --from DIR      # annotator JSON (spans) -> repo form (offsets)
    python benchmarks/gold/rounds.py unpack --round N --to DIR       # repo form -> gold JSON + raw copies for score.py
    python benchmarks/gold/rounds.py score --round N [--warehouse W] # kabar run + ../shared/eval/score.py
    python benchmarks/gold/rounds.py errors --round N [--what sources|claims] [--lang en|id] [--warehouse W]
                                                                      # after score: misses and false finds

The pool is internal test data whose text must not enter this repository, while the annotations must stay here so
the evaluation grows and stays honest. So the repository keeps each annotation in the gold format of
../shared/corpus/GUIDELINES.md with every *span* replaced by its character offsets in the raw file
(`{"at": [start, end]}`, the text as read by Python with universal newlines), plus the file's sha256. `unpack`
turns them back into the exact gold files that `score.py` reads. Names of people and outlets, hedge cue words and
kinds stay as written: they are facts and lexicon, not article text.

`ledger.tsv` lists every pool file each round used; `draw` never picks a file that any earlier round used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
POOL = REPO / ".." / "shared" / "corpus" / "pool"
EVAL = REPO / ".." / "shared" / "eval" / "score.py"
LEDGER = HERE / "ledger.tsv"
SPAN_FIELDS = ("title", "lede", "published")


def read_raw(rel: str) -> str:
    with open(POOL / rel, encoding="utf-8") as handle:
        return handle.read()


def sha256(rel: str) -> str:
    return hashlib.sha256((POOL / rel).read_bytes()).hexdigest()


def ledger_rows() -> list[tuple[str, str]]:
    if not LEDGER.exists():
        return []
    rows = []
    for line in LEDGER.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            round_name, rel = line.split("\t")[:2]
            rows.append((round_name, rel))
    return rows


def round_dir(number: int) -> Path:
    return HERE / f"round-{number}"


def draw(number: int, per_id: int, per_en: int) -> None:
    """Pick files stratified by pool folder, seeded by the round number, skipping every file used before."""
    used = {rel for _, rel in ledger_rows()}
    if any(name == f"round-{number}" for name, _ in ledger_rows()):
        sys.exit(f"round-{number} is already in the ledger")
    rng = random.Random(f"kabar-blind-round-{number}")
    picked: list[str] = []
    for folder in sorted(p for p in POOL.glob("*/*") if p.is_dir()):
        files = sorted(str(f.relative_to(POOL)) for f in folder.glob("*.txt"))
        files = [f for f in files if f not in used]
        want = per_en if folder.parent.name == "en" else per_id
        picked += rng.sample(files, want)
    new = not LEDGER.exists()
    with open(LEDGER, "a", encoding="utf-8") as handle:
        if new:
            handle.write("round\tfile\tsha256\n")
        for rel in picked:
            handle.write(f"round-{number}\t{rel}\t{sha256(rel)}\n")
    print("\n".join(picked))


def _at(raw: str, span: str | None, taken: set[int] | None = None) -> dict | None:
    """Offsets of `span` in `raw` (the leftmost occurrence whose start is not in `taken`)."""
    if span is None:
        return None
    start = 0
    while True:
        index = raw.find(span, start)
        if index < 0:
            raise ValueError(f"span not found in raw text: {span[:80]!r}")
        if taken is None or index not in taken:
            if taken is not None:
                taken.add(index)
            return {"at": [index, index + len(span)]}
        start = index + 1


def _text(raw: str, ref: dict | None) -> str | None:
    return None if ref is None else raw[ref["at"][0] : ref["at"][1]]


def pack_one(gold: dict, rel: str) -> dict:
    raw = read_raw(rel)
    out = {key: gold.get(key) for key in ("language", "editor", "authors", "outlet", "dateline_city")}
    out = {"file": rel, "sha256": sha256(rel), **out}
    for key in SPAN_FIELDS:
        out[key] = _at(raw, gold.get(key))
    taken: set[int] = set()
    out["remove"] = [{**_at(raw, r["span"], taken), "kind": r["kind"]} for r in gold.get("remove", [])]
    out["related_titles"] = [_at(raw, t) for t in gold.get("related_titles", [])]
    out["sources"] = [{**_at(raw, s["name"]), "kind": s["kind"]} if s["name"] in raw else dict(s)
                      for s in gold.get("sources", [])]
    out["claims"] = [
        {**_at(raw, c["span"]), "cues": c.get("cues", []), "attributed": bool(c.get("attributed")),
         "source": c.get("source")}
        for c in gold.get("claims", [])
    ]
    out["explicitly_unverified"] = bool(gold.get("explicitly_unverified"))
    return out


def unpack_one(packed: dict) -> dict:
    rel = packed["file"]
    raw = read_raw(rel)
    if sha256(rel) != packed["sha256"]:
        raise ValueError(f"{rel} changed since it was annotated")
    gold = {"file": Path(rel).name}
    gold.update({k: packed.get(k) for k in ("language", "editor", "authors", "outlet", "dateline_city")})
    for key in SPAN_FIELDS:
        gold[key] = _text(raw, packed.get(key))
    gold["remove"] = [{"span": _text(raw, r), "kind": r["kind"]} for r in packed["remove"]]
    gold["related_titles"] = [_text(raw, t) for t in packed["related_titles"]]
    gold["sources"] = [{"name": _text(raw, s) if "at" in s else s["name"], "kind": s["kind"]}
                       for s in packed["sources"]]
    gold["claims"] = [{"span": _text(raw, c), "cues": c["cues"], "attributed": c["attributed"],
                       "source": c["source"]} for c in packed["claims"]]
    gold["explicitly_unverified"] = packed["explicitly_unverified"]
    return gold


def round_files(number: int) -> list[str]:
    return [rel for name, rel in ledger_rows() if name == f"round-{number}"]


def pack(number: int, source: Path) -> None:
    target = round_dir(number)
    target.mkdir(exist_ok=True)
    by_name = {Path(rel).name: rel for rel in round_files(number)}
    done = 0
    for path in sorted(source.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        rel = by_name.get(Path(gold["file"]).name)
        if rel is None:
            sys.exit(f"{path.name}: {gold['file']} is not in round-{number} of the ledger")
        packed = pack_one(gold, rel)
        back = unpack_one(packed)
        for key in ("title", "lede", "remove", "related_titles"):
            if (back[key] or None) != (gold.get(key) or None):
                sys.exit(f"{path.name}: {key} does not survive the round trip")
        (target / f"{Path(rel).stem}.json").write_text(json.dumps(packed, ensure_ascii=False, indent=1) + "\n")
        done += 1
    print(f"packed {done} annotations into {target.relative_to(REPO)}; {len(by_name)} files in the round")


def unpack(number: int, dest: Path) -> None:
    """Write gold JSON to DEST/gold and a copy of each raw file to DEST/raw (never into the repository)."""
    (dest / "gold").mkdir(parents=True, exist_ok=True)
    (dest / "raw").mkdir(parents=True, exist_ok=True)
    for path in sorted(round_dir(number).glob("*.json")):
        packed = json.loads(path.read_text(encoding="utf-8"))
        gold = unpack_one(packed)
        (dest / "gold" / path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1))
        shutil.copyfile(POOL / packed["file"], dest / "raw" / Path(packed["file"]).name)


def score(number: int, warehouse: Path | None, extra: list[str]) -> None:
    dest = REPO / ".bench" / f"round-{number}"
    if dest.exists():
        shutil.rmtree(dest)
    unpack(number, dest)
    warehouse = warehouse or dest / "kabar.duckdb"
    kabar = REPO / ".venv" / "bin" / "kabar"
    subprocess.run([str(kabar), "run", "--quiet", "--feed", str(dest / "raw"), "--warehouse", str(warehouse)],
                   check=True)
    python = REPO / ".venv" / "bin" / "python"  # score.py needs duckdb, which the project venv has
    subprocess.run([str(python), str(EVAL), "--warehouse", str(warehouse), "--gold", str(dest / "gold"),
                    "--raw", str(dest / "raw"), *extra], check=True)


def errors(number: int, what: str, lang: str | None, warehouse: Path | None = None) -> None:
    """Print, per article of a scored round, the gold items Kabar missed and the items it found that gold lacks.

    Uses score.py's own matching, so the lists are exactly the errors behind its figures. Only for rounds whose
    blind figure is already reported: reading a round's errors makes it tuning material.
    """
    sys.path.insert(0, str(EVAL.parent))
    import duckdb
    import score as scorer  # ../shared/eval/score.py

    dest = REPO / ".bench" / f"round-{number}"
    con = duckdb.connect(str(warehouse or dest / "kabar.duckdb"), read_only=True)
    match = scorer.name_match if what == "sources" else scorer.sentence_match
    for path in sorted((dest / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if lang and gold.get("language") != lang:
            continue
        system = scorer.load_system(con, gold["file"]) or {"sources": [], "claims": [], "claim_attributed": []}
        if what == "sources":
            want = [f"{s['name']} [{s['kind']}]" for s in gold.get("sources", [])]
            wanted, got = [s["name"] for s in gold.get("sources", [])], system["sources"]
        else:
            want = [f"{'A' if c.get('attributed') else 'U'} {c.get('cues')} {c['span']}"
                    for c in gold.get("claims", [])]
            wanted = [c["span"] for c in gold.get("claims", [])]
            got = system["claims"]
        pairs = scorer.greedy_pairs(wanted, got, match)
        hit_gold, hit_sys = {g for g, _ in pairs}, {p for _, p in pairs}
        missed = [want[i] for i in range(len(wanted)) if i not in hit_gold]
        extra = [got[i] for i in range(len(got)) if i not in hit_sys]
        wrong = []
        if what == "claims":
            wrong = [want[g] for g, p in pairs
                     if bool(gold["claims"][g].get("attributed")) != system["claim_attributed"][p]]
        if missed or extra or wrong:
            print(f"== {gold['file']} ({gold.get('language')})")
            for line in missed:
                print(f"  MISS  {line[:300]}")
            for line in extra:
                print(f"  EXTRA {line[:300]}")
            for line in wrong:
                print(f"  ATTR  {line[:300]}")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["draw", "pack", "unpack", "score", "errors"])
    parser.add_argument("--round", type=int, required=True)
    parser.add_argument("--per-id-folder", type=int, default=8)
    parser.add_argument("--per-en-folder", type=int, default=20)
    parser.add_argument("--from", dest="source", type=Path)
    parser.add_argument("--to", type=Path)
    parser.add_argument("--warehouse", type=Path)
    parser.add_argument("--what", choices=["sources", "claims"], default="sources")
    parser.add_argument("--lang", choices=["en", "id"])
    args, extra = parser.parse_known_args()
    if not POOL.is_dir():
        sys.exit(f"no pool at {POOL}: the rounds need ../shared/corpus/pool")
    if args.command == "draw":
        draw(args.round, args.per_id_folder, args.per_en_folder)
    elif args.command == "pack":
        pack(args.round, args.source)
    elif args.command == "unpack":
        unpack(args.round, args.to)
    elif args.command == "errors":
        errors(args.round, args.what, args.lang, args.warehouse)
    else:
        score(args.round, args.warehouse, extra)


if __name__ == "__main__":
    main()
