"""End-to-end speed and memory of `kabar run` (a subprocess), beside a plain one-pass baseline in this process.

    python benchmarks/pipeline.py [--sizes 10000,100000] [--million] [--profile 10000] [--workers N]

For each size N it builds a feed of N distinct articles by recombining real paragraphs (lines) of the pool
(../shared/corpus/pool, leaving out every file of the blind-round ledger benchmarks/gold/ledger.tsv; the bundled
sample feed where the pool is absent) under .bench/pipeline/ (git-ignored), then prints:
1. baseline: read, sha256, decode, double HTML unescape, NFC, one boilerplate regex, a sentence split, a cue
   regex, bulk load into DuckDB through Arrow in batches (this process);
2. `kabar run` end to end on a fresh warehouse: wall seconds, articles/s, per-stage seconds (Dagster step events of
   the run), peak memory of the process tree (psutil polling, summed over kabar and its workers): PSS, which
   splits a page shared by a forked worker and its parent between them (the figure to hold against a memory
   budget), and the sum of RSS, which counts such a page once per process (it overstates the tree);
3. a no-change re-run on the same feed and warehouse;
and once: an empty-folder run on a fresh warehouse and a bare Dagster in-process start (one trivial asset).
`--profile N` runs `kabar run` on the N feed once more under cProfile (KABAR_WORKERS=1, so every stage runs in
one process) and prints per-stage and top-function times. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import html
import json
import os
import pstats
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POOL = REPO / ".." / "shared" / "corpus" / "pool"
LEDGER = REPO / "benchmarks" / "gold" / "ledger.tsv"
WORK = REPO / ".bench" / "pipeline"
KABAR = Path(sys.executable).with_name("kabar")
BATCH = 5000


# ---------------------------------------------------------------- feed generation


def _held_out() -> set[str]:
    """Pool paths (relative) named in the blind-round ledger: never used, so they stay unseen."""
    if not LEDGER.exists():
        return set()
    rows = LEDGER.read_text(encoding="utf-8").splitlines()[1:]
    return {row.split("\t")[1] for row in rows if row.count("\t") >= 2}


def source_articles() -> tuple[str, dict[str, list[list[str]]]]:
    """Articles as lists of lines, grouped by source folder (e.g. `id/kompas`)."""
    held = _held_out()
    root = POOL if POOL.is_dir() else REPO / "samples" / "feed"
    groups: dict[str, list[list[str]]] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if not path.is_file() or rel in held or path.suffix not in {".txt", ".md"} or path.name == "README.md":
            continue
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        if len([line for line in lines if line.strip()]) >= 3:
            groups.setdefault(path.parent.relative_to(root).as_posix() or "feed", []).append(lines)
    label = "pool (ledger files left out)" if root == POOL else "samples/feed"
    return label, groups


def _recombine(base: list[str], lines: list[str], rng: random.Random, share: float) -> list[str]:
    """The base article with a share of its body lines (never the first) swapped for lines of its source folder."""
    out = list(base)
    for j in range(1, len(out)):
        if out[j].strip() and rng.random() < share:
            out[j] = rng.choice(lines)
    return out


def build_feed(n: int) -> tuple[Path, int, str]:
    """N distinct articles under .bench/pipeline/feed-N/<source>/<k // 1000>/<k>.txt (reused when complete)."""
    feed = WORK / f"feed-{n}"
    marker = feed / ".complete"
    label, groups = source_articles()
    if marker.exists():
        return feed, int(marker.read_text()), label
    shutil.rmtree(feed, ignore_errors=True)
    rng = random.Random(n)
    names = sorted(groups)
    pools = {name: [line for art in groups[name] for line in art if len(line.strip()) > 40] for name in names}
    seen: set[bytes] = set()
    total = 0
    for k in range(n):
        name = names[k % len(names)]
        turn = k // len(names)
        base = groups[name][turn % len(groups[name])]
        share = 0.0 if turn < len(groups[name]) else 0.3  # each pool article once as it is, then recombined
        for attempt in range(50):
            lines = _recombine(base, pools[name] or base, rng, share + attempt * 0.05)
            data = ("\n".join(lines) + "\n").encode("utf-8")
            digest = hashlib.sha256(data).digest()
            if digest not in seen:
                break
        else:  # a tiny article with nothing left to swap: add a line from elsewhere in its folder
            data += (rng.choice(pools[name] or ["Berita."]) + f" ({k})\n").encode("utf-8")
            digest = hashlib.sha256(data).digest()
        seen.add(digest)
        folder = feed / name / f"{k // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{k:07d}.txt").write_bytes(data)
        total += len(data)
    marker.write_text(str(total))
    return feed, total, label


# ---------------------------------------------------------------- baseline

_BOILER = re.compile(r"Baca juga:[^\n]*|SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT|Advertisement")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_CUE = re.compile(r"\b(?:dilaporkan|dikabarkan|diduga|reportedly|allegedly|mengatakan|kata|said)\b", re.I)


def baseline(feed: Path) -> dict:
    """The plain one-pass pipeline, loading a table of documents and one of sentences with cue counts."""
    import duckdb
    import pyarrow as pa

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        con = duckdb.connect(str(Path(tmp) / "baseline.duckdb"))
        con.execute("CREATE TABLE docs (doc_id VARCHAR, path VARCHAR, raw BLOB, body VARCHAR, sentences INTEGER)")
        con.execute("CREATE TABLE cues (doc_id VARCHAR, sentence_no INTEGER, sentence VARCHAR)")
        docs: dict[str, list] = {k: [] for k in ("doc_id", "path", "raw", "body", "sentences")}
        cues: dict[str, list] = {k: [] for k in ("doc_id", "sentence_no", "sentence")}
        for n, path in enumerate(sorted(feed.rglob("*.txt")), start=1):
            data = path.read_bytes()
            doc_id = hashlib.sha256(data).hexdigest()
            text = html.unescape(html.unescape(data.decode("utf-8", "replace")))
            text = unicodedata.normalize("NFC", _BOILER.sub(" ", text))
            parts = _SENT.split(text)
            for i, sentence in enumerate(parts):
                if _CUE.search(sentence):
                    cues["doc_id"].append(doc_id)
                    cues["sentence_no"].append(i)
                    cues["sentence"].append(sentence)
            for key, value in zip(docs, (doc_id, str(path), data, text, len(parts)), strict=True):
                docs[key].append(value)
            if n % BATCH == 0:
                _flush(con, pa, docs, cues)
        _flush(con, pa, docs, cues)
        con.execute("CHECKPOINT")
        loaded = con.execute("SELECT count(*) FROM docs").fetchone()[0]
        con.close()
    seconds = time.perf_counter() - start
    return {"articles": loaded, "seconds": round(seconds, 2), "articles_per_s": round(loaded / seconds, 1)}


def _flush(con, pa, docs: dict[str, list], cues: dict[str, list]) -> None:
    for table, columns in (("docs", docs), ("cues", cues)):
        if columns[next(iter(columns))]:
            batch = pa.table(columns)  # noqa: F841 (read by DuckDB's replacement scan)
            con.execute(f"INSERT INTO {table} SELECT * FROM batch")  # fixed table names, no user input
            for values in columns.values():
                values.clear()


# ---------------------------------------------------------------- kabar runs


def _tree_memory(proc) -> tuple[int, int]:
    """(sum of PSS, sum of RSS) over a process and its descendants; PSS is 0 where the OS does not report it."""
    import psutil

    pss = rss = 0
    try:
        family = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for p in family:
        with contextlib.suppress(psutil.Error):
            info = p.memory_full_info()
            pss += getattr(info, "pss", 0)
            rss += info.rss
    return pss, rss


def run_kabar(feed: Path, warehouse: Path, home: Path, *, profile: Path | None = None) -> dict:
    """`kabar run --quiet` in a subprocess: wall seconds, exit code, peak memory of its process tree, step times."""
    import psutil

    env = {**os.environ, "DAGSTER_HOME": str(home), "KABAR_DATA_DOCS": str(WORK / "data_docs")}
    cmd = [str(KABAR), "run", "--quiet", "--feed", str(feed), "--warehouse", str(warehouse)]
    if profile is not None:
        env["KABAR_WORKERS"] = "1"
        cmd = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "etl", *cmd[1:]]
    peak = peak_rss = 0
    done = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO)
    watched = psutil.Process(proc.pid)

    def poll() -> None:
        nonlocal peak, peak_rss
        while not done.is_set():
            pss, rss = _tree_memory(watched)
            peak, peak_rss = max(peak, pss), max(peak_rss, rss)
            done.wait(0.1)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    output, _ = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    poller.join()
    result = {
        "exit": proc.returncode,
        "seconds": round(seconds, 2),
        "peak_pss_mb": round(peak / 2**20),
        "peak_rss_sum_mb": round(peak_rss / 2**20),
        "stages_s": step_seconds(warehouse.with_suffix(".dagster")),  # the CLI keeps runs beside the warehouse
    }
    if proc.returncode != 0:
        result["output_tail"] = output[-600:]
    return result


def step_seconds(home: Path) -> dict[str, float]:
    """Per-step seconds of the latest run in this Dagster home (`<warehouse>.dagster`, where `kabar run` keeps its
    run history), from its STEP_SUCCESS/FAILURE events."""
    code = (
        "import json, dagster as dg\n"
        "i = dg.DagsterInstance.get()\n"
        "run = i.get_runs(limit=1)[0]\n"
        "out = {}\n"
        "for r in i.all_logs(run.run_id):\n"
        "    e = r.dagster_event\n"
        "    if e is not None and e.event_type_value in ('STEP_SUCCESS', 'STEP_FAILURE') and e.step_key:\n"
        "        d = getattr(e.event_specific_data, 'duration_ms', None)\n"
        "        out[e.step_key] = round((d or 0) / 1000, 2)\n"
        "print(json.dumps(out))\n"
    )
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": done.stderr.strip()[-300:]}


def bare_dagster() -> float:
    """Wall seconds of a fresh interpreter that imports dagster and materialises one trivial asset in-process."""
    code = "import dagster as dg\n@dg.asset\ndef one() -> int:\n    return 1\nassert dg.materialize([one]).success\n"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, env={**os.environ, "DAGSTER_HOME": ""}
    )
    return round(time.perf_counter() - start, 2)


def fresh(path: Path) -> Path:
    if path.is_dir():
        shutil.rmtree(path)
    for suffix in ("", ".wal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    if path.suffix == ".duckdb":  # a fresh warehouse starts a fresh run history too
        shutil.rmtree(path.with_suffix(".dagster"), ignore_errors=True)
    return path


def new_home(name: str) -> Path:
    home = fresh(WORK / name)
    home.mkdir(parents=True)
    return home


# ---------------------------------------------------------------- profile


def summarise_profile(path: Path, top: int = 25) -> dict:
    """Cumulative seconds of each asset's function, and the functions with the most own time."""
    stats = pstats.Stats(str(path))
    raw = stats.stats  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    stages = {}
    for (file, _line, name), (_cc, _nc, _tt, ct, _callers) in raw.items():
        if "/etl/defs/" in file and file.endswith("assets.py") and not name.startswith("_"):
            stages[f"{Path(file).parent.name}.{name}"] = round(ct, 2)
    own = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    functions = [
        {
            "function": f"{_short(file)}:{line}:{name}",
            "own_s": round(tt, 2),
            "cum_s": round(ct, 2),
            "calls": nc,
        }
        for (file, line, name), (_cc, nc, tt, ct, _callers) in own
    ]
    return {"profiled_total_s": round(total, 2), "stage_functions_cum_s": stages, "top_own_time": functions}


def _short(file: str) -> str:
    for marker in ("/site-packages/", "/i10/", "/lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# ---------------------------------------------------------------- main


def bench_size(n: int, label: str) -> dict:
    t0 = time.perf_counter()
    feed, size, source = build_feed(n)
    built = time.perf_counter() - t0
    print(f"[{label}] feed of {n} articles ready ({size / 1e6:.0f} MB, {built:.0f} s)", file=sys.stderr, flush=True)
    base = baseline(feed)
    print(f"[{label}] baseline {base['seconds']} s", file=sys.stderr, flush=True)
    home = new_home(f"home-{n}")
    warehouse = fresh(WORK / f"kabar-{n}.duckdb")
    first = run_kabar(feed, warehouse, home)
    print(f"[{label}] kabar run {first['seconds']} s", file=sys.stderr, flush=True)
    again = run_kabar(feed, warehouse, home)
    result = {
        "articles": n,
        "source": source,
        "feed_mb": round(size / 1e6, 1),
        "baseline": base,
        "kabar": {**first, "articles_per_s": round(n / first["seconds"], 1)},
        "kabar_to_baseline_time": round(first["seconds"] / base["seconds"], 1),
        "no_change_rerun": again,
        "warehouse_mb": round(warehouse.stat().st_size / 1e6, 1) if warehouse.exists() else None,
    }
    fresh(warehouse)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated article counts")
    parser.add_argument("--million", action="store_true", help="also 1,000,000 articles (about 3 GB of feed)")
    parser.add_argument("--profile", type=int, default=0, help="profile one run on a feed of this size (cProfile)")
    parser.add_argument("--workers", type=int, default=None, help="KABAR_WORKERS for the runs (default: cores)")
    parser.add_argument("--output", help="also write the JSON result here")
    args = parser.parse_args()
    if args.workers:
        os.environ["KABAR_WORKERS"] = str(args.workers)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()] + ([1_000_000] if args.million else [])
    WORK.mkdir(parents=True, exist_ok=True)
    report: dict = {"cores": os.cpu_count(), "workers": os.environ.get("KABAR_WORKERS", str(os.cpu_count()))}
    report["bare_dagster_materialize_s"] = bare_dagster()
    empty = fresh(WORK / "feed-empty")
    empty.mkdir()
    report["empty_folder_run"] = run_kabar(empty, fresh(WORK / "kabar-empty.duckdb"), new_home("home-empty"))
    report["sizes"] = [bench_size(n, f"{n}") for n in sizes]
    if args.profile:
        feed, _, _ = build_feed(args.profile)
        prof = WORK / f"profile-{args.profile}.prof"
        home = new_home("home-profile")
        run = run_kabar(feed, fresh(WORK / "kabar-profile.duckdb"), home, profile=prof)
        report["profile"] = {"articles": args.profile, "run": run, **summarise_profile(prof)}
    text = json.dumps(report, indent=1)
    print(text)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    failed = [s for s in report["sizes"] if s["kabar"]["exit"] != 0]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
