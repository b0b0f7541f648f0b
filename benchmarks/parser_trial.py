"""Trial: does a Link Grammar parse find English sources that Kabar's frames miss? (issue 7, point 3)

    .venv/bin/python benchmarks/parser_trial.py [--sets dev,1,2,3,4] [--timeout 1.0]

For the English articles of the tuning material (dev and blind rounds 1-4, never round 5) it reads Kabar's own
output from the scored warehouses (`make score` -> .bench/dev.duckdb, `benchmarks/gold/rounds.py score --round N`
-> .bench/round-N/), takes every sentence holding a speech or reporting verb of Kabar's lexicon, parses it with
Link Grammar and reads the verb's subject (S and SI links, through auxiliaries), the agent of a passive (`by`) and
the object of `according to`. The subjects, cut to a name by Kabar's own `split_chain`, are added to Kabar's
sources as the extraction would (no second mention of one party, not the article's own outlet), and the sources
are scored with ../shared/eval/score.py's matching, per set, in four variants:

- kabar: Kabar alone;
- +names(all): capitalised subjects of every speech-verb sentence;
- +names(unread): the same, only for sentences no frame of Kabar read (the only place the parser could run);
- +nps(unread): as +names(unread), plus lower-case noun phrases that Kabar's classifier calls a group, body or
  document (`the central bank`, `senior analysts`).

Speed (sentences/s, ms per English article, share of sentences that time out or find no linkage) and memory (RSS
after loading the dictionary, peak RSS) are printed from the same run. Needs the Debian packages
`link-grammar python3-link-grammar` (the venv imports Debian's binding, see benchmarks/parser_en.py) and ../shared.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(REPO))

import parser_en as parse_en  # noqa: E402  (benchmarks/parser_en.py)


def _rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _sets(names: list[str]) -> list[tuple[str, Path, Path]]:
    out = []
    for name in names:
        if name == "dev":
            out.append(("dev", REPO / ".bench" / "dev.duckdb", SHARED / "corpus" / "dev" / "gold"))
        elif name == "5":
            sys.exit("round 5 is the next blind test: this trial never reads it")
        else:
            d = REPO / ".bench" / f"round-{name}"
            out.append((f"round {name}", d / "kabar.duckdb", d / "gold"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="dev,1,2,3,4")
    ap.add_argument("--timeout", type=float, default=parse_en.DEFAULT_TIMEOUT, help="seconds per sentence")
    ap.add_argument("--verbose", action="store_true", help="list each name the parser adds (+names(unread))")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        print(f"skipped: no ../shared/eval/score.py at {SHARED} (the trial reads the shared corpus and scorer)")
        return 0
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    parser = parse_en.load(timeout=args.timeout)
    if parser is None:
        print("skipped: Link Grammar is not installed (apt-get install link-grammar python3-link-grammar)")
        return 0
    load_s = time.perf_counter() - t0
    rss_loaded = _rss_mb()
    sys.path.insert(0, str(SHARED / "eval"))
    import duckdb
    from score import greedy_pairs, name_match, prf

    from etl.core.attribution import _is_outlet
    from etl.core.grammar import grammar
    from etl.core.names import same_party
    from etl.core.sentences import split_sentences
    from etl.core.sources import find_mentions
    from etl.rules.cues import language

    lang = language("en")
    g = grammar(lang)
    find_mentions(g, 0, "Warming up, Ann Lee said.", True)
    peak_before = _rss_mb("VmHWM")
    times: list[float] = []
    variants = ("kabar", "+names(all)", "+names(unread)", "+nps(unread)")
    stats = {"sentences": 0, "parse_s": 0.0, "timeouts": 0, "failed": 0, "unread": 0, "unread_s": 0.0, "articles": 0}
    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: {v: [0, 0, 0] for v in variants})
    examples: list[str] = []
    for set_name, warehouse, gold_dir in _sets(args.sets.split(",")):
        if not warehouse.exists() or not gold_dir.is_dir():
            number = set_name.split()[-1]
            how = "make score" if set_name == "dev" else f"benchmarks/gold/rounds.py score --round {number}"
            print(f"skipped {set_name}: no {warehouse} (run `{how}` first)")
            continue
        con = duckdb.connect(str(warehouse), read_only=True)
        for gp in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            row = con.execute(
                "SELECT article_id, title, lede, body, outlet FROM articles WHERE language = 'en' "
                "AND regexp_extract(source_uri, '[^/\\\\]+$') = ?",
                [gold["file"]],
            ).fetchone()
            if row is None:
                continue
            aid, title, lede, body, outlet = row
            stats["articles"] += 1
            base = [r[0] for r in con.execute("SELECT name FROM sources WHERE article_id = ?", [aid]).fetchall()]
            kinds = dict(con.execute("SELECT name, kind FROM sources WHERE article_id = ?", [aid]).fetchall())
            preds = {v: list(base) for v in variants}
            pkinds = {v: dict(kinds) for v in variants}
            for part, text in (("title", title), ("lede", lede), ("body", body)):
                if not text:
                    continue
                for i, sent in enumerate(split_sentences(text, part)):
                    s = sent.text
                    if not parse_en.has_speech_verb(s):
                        continue
                    read = any(m.name for m in find_mentions(g, i, s, True))
                    res = parser.subjects(s)
                    stats["sentences"] += 1
                    stats["parse_s"] += res.seconds
                    times.append(res.seconds)
                    stats["timeouts"] += res.timed_out
                    stats["failed"] += res.failed
                    if not read:
                        stats["unread"] += 1
                        stats["unread_s"] += res.seconds
                    for name, named in zip(res.names, res.named, strict=True):
                        if outlet and _is_outlet(name.name, outlet):
                            continue
                        for v in variants[1:]:
                            if v != "+names(all)" and read:
                                continue
                            if not named and v != "+nps(unread)":
                                continue
                            if any(same_party(name.name, o, name.kind, pkinds[v].get(o, "person")) for o in preds[v]):
                                continue
                            preds[v].append(name.name)
                            pkinds[v][name.name] = name.kind
                            if v == "+names(unread)" and len(examples) < 400:
                                hit = any(name_match(x["name"], name.name) for x in gold.get("sources", []))
                                examples.append(f"{'HIT ' if hit else 'MISS'} {set_name}: {name.name} ({name.kind})")
            gsrc = [x["name"] for x in gold.get("sources", [])]
            for v in variants:
                tp = len(greedy_pairs(gsrc, preds[v], name_match))
                for key in (set_name, "rounds 1-4" if set_name != "dev" else None):
                    if key:
                        t = totals[key][v]
                        t[0], t[1], t[2] = t[0] + tp, t[1] + len(preds[v]), t[2] + len(gsrc)
        con.close()
    print(f"Link Grammar {parser.version}, dictionary loaded in {load_s:.2f} s; RSS {rss0:.0f} -> {rss_loaded:.0f} MB")
    print("English sources P / R / F1 (gold, predicted):")
    for key, by_v in totals.items():
        cells = []
        for v in variants:
            r = prf(*by_v[v])
            cells.append(f"{v} {r['precision']:.3f}/{r['recall']:.3f}/{r['f1']:.3f} ({r['gold']},{r['predicted']})")
        print(f"  {key:10s} " + " | ".join(cells))
    n = stats["sentences"]
    if n:
        print(
            f"speed: {n} speech-verb sentences in {stats['articles']} English articles, "
            f"{n / stats['parse_s']:.1f} sentences/s, {1000 * stats['parse_s'] / stats['articles']:.0f} ms per "
            f"article (all), {stats['unread']} unread sentences, "
            f"{1000 * stats['unread_s'] / stats['articles']:.0f} ms per article (unread only); "
            f"timed out {stats['timeouts'] / n:.1%}, no linkage {stats['failed'] / n:.1%}"
        )
    if times:
        times.sort()
        pct = {q: 1000 * times[min(len(times) - 1, int(q / 100 * len(times)))] for q in (50, 90, 99)}
        print("parse ms per sentence: " + ", ".join(f"p{q} {ms:.0f}" for q, ms in pct.items()))
    print(
        f"memory: peak RSS {peak_before:.0f} MB before the first parse (Kabar, DuckDB, dictionary), "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB at the end"
    )
    hits = sum(e.startswith("HIT") for e in examples)
    print(f"+names(unread) additions: {hits} match a gold source, {len(examples) - hits} do not")
    if args.verbose:
        print("\n".join(examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
