"""Quality-stage benchmark: 100k generated articles bulk-loaded into a fresh warehouse, then timed:
the row-level checks, the GX suites on both engines (pandas frames and GX's SQL source on DuckDB), and
the whole quality stage as Dagster materialises it (flags, suites, Data Docs, history, asset checks).

    .venv/bin/python benchmarks/quality.py [--articles 100000] [--warehouse .bench/quality.duckdb]

The articles are written here from templates (no real article text), with known shares of problems
injected: exact and near duplicates, boilerplate left in, mojibake, entities, missing titles, unparsed
credits, unattributed claims. Goal: all suites validated in under 20 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.warehouse.store import append, open_warehouse

OUTLETS = [
    ("Tribunnews", "TRIBUNNEWS.COM, {city} -", "id"),
    ("Kompas", "{city}, KOMPAS.com -", "id"),
    ("Detik", None, "id"),
    ("Tempo", "TEMPO.CO, {city} -", "id"),
    ("CNN Indonesia", "{city}, CNN Indonesia --", "id"),
    ("Surya", "SURYA.co.id | {city} -", "id"),
    ("Reuters", "{city} (Reuters) -", "en"),
    ("Antara", "{city} (ANTARA) -", "id"),
]
CITIES = ["JAKARTA", "SURABAYA", "BANDUNG", "MEDAN", "MAKASSAR", "SEMARANG", "DENPASAR", "PALEMBANG", "PADANG", "AMBON"]
NAMES = [
    f"{a} {b}"
    for a in (
        "Budi",
        "Siti",
        "Agus",
        "Dewi",
        "Rudi",
        "Ani",
        "Joko",
        "Rina",
        "Eko",
        "Sari",
        "Hadi",
        "Wati",
        "Bayu",
        "Lina",
        "Dedi",
    )
    for b in ("Santoso", "Wibowo", "Lestari", "Hartono", "Pratama", "Saputra", "Utami", "Nugroho")
]
ORGS = [
    "Kementerian Keuangan",
    "Dinas Kesehatan",
    "Polda Metro Jaya",
    "KPK",
    "Bank Indonesia",
    "DPRD",
    "BMKG",
    "Pemerintah Kota",
    "Badan Pusat Statistik",
    "Kejaksaan Agung",
]
TOPICS = [
    "harga beras",
    "banjir",
    "jalan tol",
    "pajak daerah",
    "vaksinasi",
    "kereta cepat",
    "pasar tradisional",
    "sekolah negeri",
    "listrik desa",
    "pelabuhan",
    "subsidi pupuk",
    "air bersih",
    "rumah sakit",
    "pariwisata",
]
ID_SENTENCES = [
    "{org} mencatat {topic} di {city} naik {n} persen dibanding bulan lalu.",
    "{name} mengatakan warga di {city} sudah menunggu kepastian soal {topic} sejak {n} pekan lalu.",
    "Menurut {org}, anggaran untuk {topic} tahun ini mencapai Rp {n} miliar.",
    "Warga {city} berharap {topic} segera dibenahi sebelum musim hujan tiba.",
    "Rapat tentang {topic} digelar di kantor {org} pada pekan ke-{n}.",
    "{name} menjelaskan bahwa {topic} menjadi prioritas {org} hingga akhir tahun.",
    "Sebanyak {n} keluarga di {city} terdampak masalah {topic}.",
    "Pedagang di {city} mengeluhkan {topic} yang tak kunjung membaik selama {n} hari.",
    "{org} akan mengevaluasi program {topic} bersama {name} bulan depan.",
    "Data terbaru menunjukkan {n} laporan warga terkait {topic} masuk ke posko {city}.",
]
EN_SENTENCES = [
    "{name} said {topic} in {city} rose {n} percent from a month earlier.",
    "Officials at {org} told reporters the {topic} plan would cost {n} million dollars.",
    "Residents of {city} have waited {n} weeks for a decision on {topic}.",
    "According to {org}, {n} households in {city} were affected by {topic}.",
    "The committee will review {topic} again in week {n}, {name} said.",
]
HEDGED = [
    ("{org} diduga menunda proyek {topic} di {city} selama {n} bulan.", ["diduga"], False),
    ("Dikabarkan, dana {topic} sebesar Rp {n} miliar belum cair.", ["Dikabarkan"], False),
    ("Menurut {name}, {topic} kemungkinan molor hingga {n} minggu.", ["kemungkinan"], True),
    ("{name} mengklaim {topic} di {city} sudah selesai {n} persen.", ["mengklaim"], True),
]


def _fill(template: str, rnd: random.Random) -> str:
    return template.format(
        name=rnd.choice(NAMES),
        org=rnd.choice(ORGS),
        topic=rnd.choice(TOPICS),
        city=rnd.choice(CITIES).title(),
        n=rnd.randint(2, 9999),
    )


def generate(n_articles: int, seed: int = 7) -> dict[str, list[dict]]:
    rnd = random.Random(seed)
    now = datetime.now(UTC)
    run_id = "bench-run"
    tables: dict[str, list[dict]] = {
        k: [] for k in ("documents", "articles", "credits", "sources", "claims", "boilerplate")
    }
    for i in range(n_articles):
        outlet, dateline_shape, lang = OUTLETS[i % len(OUTLETS)]
        city = rnd.choice(CITIES)
        pool = EN_SENTENCES if lang == "en" else ID_SENTENCES
        sentences = [_fill(rnd.choice(pool), rnd) for _ in range(rnd.randint(18, 40))]
        claims = []
        if lang == "id":
            for _ in range(rnd.choice((0, 0, 1, 1, 2, 3))):
                template, cues, attributed = rnd.choice(HEDGED)
                sentence = _fill(template, rnd)
                position = rnd.randrange(len(sentences))
                sentences.insert(position, sentence)
                claims.append((position + 1, sentence, cues, attributed))
        roll = rnd.random()
        if roll < 0.02 and tables["articles"]:  # exact copy of an earlier body
            body = rnd.choice(tables["articles"][-500:])["body"]
        elif roll < 0.04 and tables["articles"]:  # near copy: an earlier body with one sentence changed
            earlier = rnd.choice(tables["articles"][-500:])["body"].split(". ")
            earlier[rnd.randrange(len(earlier))] = _fill(rnd.choice(pool), rnd).rstrip(".")
            body = ". ".join(earlier)
        else:
            paragraphs = [" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3)]
            if roll < 0.07:
                paragraphs.insert(1, "Baca juga: " + _fill("Warga {city} Tolak Rencana {topic}", rnd).title())
            elif roll < 0.075:
                paragraphs[0] = paragraphs[0].replace("a", "Ã©", 1)
            elif roll < 0.085:
                paragraphs[-1] += " &nbsp;"
            body = "\n\n".join(paragraphs)
        title = None if rnd.random() < 0.03 else _fill("{topic} di {city} Jadi Sorotan", rnd).title()
        doc_id = hashlib.sha256(f"doc-{seed}-{i}".encode()).hexdigest()
        article_id = hashlib.sha256(f"{doc_id}:".encode()).hexdigest()[:32]
        received = now - timedelta(minutes=n_articles - i)
        tables["documents"].append(
            {
                "doc_id": doc_id,
                "source_uri": f"{outlet.lower().replace(' ', '')}/{i}.txt",
                "feed": "bench",
                "format": "text",
                "received_at": received,
                "byte_size": len(body.encode()),
                "raw": b"(benchmark: not stored)",
                "status": "parsed",
                "run_id": run_id,
            }
        )
        dateline = dateline_shape.format(city=city) if dateline_shape else None
        tables["articles"].append(
            {
                "article_id": article_id,
                "doc_id": doc_id,
                "source_uri": f"{outlet.lower()}/{i}.txt",
                "outlet": outlet,
                "title": title,
                "authors": [rnd.choice(NAMES)],
                "dateline_city": city.title() if dateline else None,
                "published_at": received if rnd.random() < 0.5 else None,
                "body": body,
                "word_count": len(body.split()),
                "ingested_at": received,
                "dateline": dateline,
                "language": lang,
                "body_hash": hashlib.sha256(" ".join(body.split()).casefold().encode()).hexdigest(),
                "run_id": run_id,
            }
        )
        parsed = rnd.random() > 0.03
        tables["credits"].append(
            {
                "article_id": article_id,
                "text": "Editor: " + (rnd.choice(NAMES) if parsed else "-"),
                "rule": "credit.editor_line",
                "parsed": parsed,
                "authors": [],
                "editors": [rnd.choice(NAMES)] if parsed else [],
            }
        )
        if rnd.random() > 0.15:
            for name in rnd.sample(NAMES, rnd.randint(1, 4)):
                tables["sources"].append(
                    {
                        "article_id": article_id,
                        "name": name,
                        "kind": "person",
                        "cue": "mengatakan",
                        "sentence": f"{name} mengatakan hal itu.",
                        "part": "body",
                    }
                )
        for no, sentence, cues, attributed in claims:
            tables["claims"].append(
                {
                    "article_id": article_id,
                    "part": "body",
                    "sentence_no": no,
                    "sentence": sentence,
                    "cues": cues,
                    "attributed": attributed,
                    "source_name": rnd.choice(NAMES) if attributed else None,
                    "explicitly_unverified": False,
                }
            )
    return tables


def load(path: Path, tables: dict[str, list[dict]]) -> None:
    path.unlink(missing_ok=True)
    with open_warehouse(path) as con:
        for table, rows in tables.items():
            for start in range(0, len(rows), 20000):
                append(con, table, rows[start : start + 20000])
        con.execute(
            "UPDATE articles SET extracted_at = ingested_at, language = CASE WHEN outlet = 'Reuters' "
            "THEN 'en' ELSE 'id' END"
        )
        con.execute("UPDATE documents SET parsed_at = received_at")
        con.execute(
            "INSERT INTO runs (run_id, started_at, articles_new) VALUES ('bench-run', now(), ?)",
            [len(tables["articles"])],
        )
        con.execute("CHECKPOINT")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--warehouse", default=".bench/quality.duckdb")
    args = parser.parse_args()
    path = Path(args.warehouse).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    warnings.simplefilter("ignore")

    t0 = time.perf_counter()
    tables = generate(args.articles)
    t1 = time.perf_counter()
    load(path, tables)
    t2 = time.perf_counter()
    megabytes = sum(len(a["body"].encode()) for a in tables["articles"]) / 1e6
    print(
        f"generated {args.articles} articles ({megabytes:.0f} MB of body text) in {t1 - t0:.1f} s, loaded in "
        f"{t2 - t1:.1f} s"
    )
    del tables

    from etl.quality.stage import find_flags
    from etl.warehouse.quality import write_flags

    with open_warehouse(path) as con:
        started = time.perf_counter()
        outcome = find_flags(con)
        write_flags(con, outcome.flags, "bench-run")
        took = time.perf_counter() - started
    parts = ", ".join(f"{k} {v:.2f}" for k, v in outcome.seconds.items())
    print(f"row-level checks: {took:.2f} s ({parts}); {len(outcome.flags)} flags")
    for check, n in sorted(outcome.by_check.items()):
        print(f"    {check:<28} {n}")

    from expectations.runner import validate

    for engine in ("pandas", "sql"):
        with open_warehouse(path) as con:
            run = validate(con, engine)
        load_s = sum(v for k, v in run.seconds.items() if k.startswith("load:"))
        check_s = sum(v for k, v in run.seconds.items() if k.startswith("validate:"))
        print(
            f"GX {engine:<6}: all {len(run.outcomes)} expectations in {load_s + check_s:.2f} s "
            f"(batches {load_s:.2f} s + validation {check_s:.2f} s; GX import {run.seconds['import']:.2f} s, "
            f"total {run.seconds['total']:.2f} s); {len(run.failed)} failed"
        )
    print(stage_time(path))
    return 0


def stage_time(path: Path) -> str:
    """The whole quality stage as Dagster runs it: flags, suites + Data Docs, history and every asset check."""
    import dagster as dg
    from dagster_duckdb import DuckDBResource

    from etl.cli.runner import QUIET_LOGS, load_definitions
    from etl.defs.resources import FeedResource

    defs = load_definitions()
    started = time.perf_counter()
    result = dg.materialize(
        [*defs.assets, *(defs.asset_checks or [])],
        selection=dg.AssetSelection.groups("quality") | dg.AssetSelection.all_asset_checks(),
        resources={
            "warehouse": DuckDBResource(database=str(path)),
            "feed": FeedResource(path=str(path.parent)),
        },
        instance=dg.DagsterInstance.ephemeral(),
        raise_on_error=False,
        run_config=QUIET_LOGS,
    )
    took = time.perf_counter() - started
    checks = len(result.get_asset_check_evaluations())
    return (
        f"quality stage in Dagster (3 assets, {checks} asset checks, Data Docs): {took:.1f} s, success={result.success}"
    )


if __name__ == "__main__":
    sys.exit(main())
