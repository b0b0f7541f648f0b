"""Duplicate articles: the same body (articles.body_hash), near copies (MinHash), and syndicated republications.

Near copies are found with bottom-k MinHash sketches computed inside DuckDB: each body becomes the set of
its word 5-grams (hashed), the sketch keeps the k smallest hashes, and two bodies whose sketches share
enough hashes are compared by the estimated Jaccard similarity of their shingle sets (the share of the k
smallest hashes of the union found in both). A shingle found in very many sketches is a stock phrase and
is not taken as evidence. The later article of a pair (by ingested_at, then id) is the one flagged.
"""

from __future__ import annotations

import re

import duckdb

from etl.quality import rules
from etl.quality.registry import Flag

_EXACT = """
SELECT article_id, first_id, first_outlet, first_title FROM (
    SELECT article_id,
           first_value(article_id) OVER w AS first_id,
           first_value(outlet) OVER w AS first_outlet,
           first_value(title) OVER w AS first_title,
           row_number() OVER w AS n
    FROM articles WHERE word_count > 0 AND body_hash IS NOT NULL
    WINDOW w AS (PARTITION BY body_hash ORDER BY ingested_at, article_id)
) WHERE n > 1 ORDER BY article_id
"""
_SKETCHES = """
CREATE OR REPLACE TEMP TABLE _kabar_sketch AS
WITH words AS (
    SELECT article_id, ingested_at, body_hash,
           list_filter(string_split_regex(lower(body), '[^[:alnum:]]+'), w -> w <> '') AS w
    FROM articles WHERE word_count >= $min_words
)
SELECT article_id, ingested_at, body_hash,
       list_sort(list_distinct(list_transform(range(1, len(w) - $n + 2),
           i -> hash(w[i], w[i + 1], w[i + 2], w[i + 3], w[i + 4]))))[1:$k] AS sketch
FROM words
"""
_PAIRS = """
WITH s AS (SELECT article_id, unnest(sketch) AS h FROM _kabar_sketch),
useful AS (SELECT h FROM s GROUP BY h HAVING count(*) BETWEEN 2 AND $common),
shared AS (SELECT s.article_id, s.h FROM s SEMI JOIN useful USING (h)),
pairs AS (
    SELECT x.article_id AS a, y.article_id AS b, count(*) AS n
    FROM shared x JOIN shared y ON x.h = y.h AND x.article_id < y.article_id
    GROUP BY 1, 2 HAVING count(*) >= $min_shared
),
scored AS (
    SELECT p.a, p.b, sa.sketch AS sa, sb.sketch AS sb,
           list_sort(list_distinct(sa.sketch || sb.sketch))[1:$k] AS u,
           (sa.ingested_at, sa.article_id) < (sb.ingested_at, sb.article_id) AS a_first,
           sa.body_hash = sb.body_hash AS same_body
    FROM pairs p JOIN _kabar_sketch sa ON sa.article_id = p.a JOIN _kabar_sketch sb ON sb.article_id = p.b
)
SELECT CASE WHEN a_first THEN b ELSE a END AS later, CASE WHEN a_first THEN a ELSE b END AS earlier,
       len(list_filter(u, x -> list_contains(sa, x) AND list_contains(sb, x))) / len(u) AS similarity
FROM scored WHERE NOT same_body
"""
_SYNDICATED_TITLE = re.compile(r"tayang\s+di\s+(?P<outlet>\S+?)\s+dengan\s+judul\s+[\"“'‘]?(?P<title>[^\"”’]{8,250})")


def duplicate_flags(con: duckdb.DuckDBPyConnection) -> list[Flag]:
    flags = [
        Flag(article_id, "duplicate_exact", f"same body as article {first} ({_who(outlet, title)})")
        for article_id, first, outlet, title in con.execute(_EXACT).fetchall()
    ]
    best = near_duplicates(con)
    best.update({k: v for k, v in syndicated_copies(con).items() if k not in best})
    labels = _labels(con, {earlier for earlier, _, _ in best.values()})
    for later, (earlier, similarity, how) in sorted(best.items()):
        flags.append(
            Flag(
                later,
                "duplicate_near",
                f"{how} of article {earlier} ({labels.get(earlier, '?')})"
                + (f", similarity {similarity:.2f}" if similarity is not None else ""),
            )
        )
    return flags


def near_duplicates(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, float | None, str]]:
    """later article -> (earlier article, estimated Jaccard similarity, how found), best match per article."""
    n, k = rules.SHINGLE_WORDS, rules.SKETCH_SIZE
    if n != 5:
        raise ValueError("the sketch query hashes 5-word shingles")
    con.execute(_SKETCHES, {"min_words": rules.NEAR_DUPLICATE_MIN_SHINGLES + n - 1, "n": n, "k": k})
    try:
        rows = con.execute(
            _PAIRS, {"common": rules.COMMON_SHINGLE_ARTICLES, "min_shared": max(2, k // 4), "k": k}
        ).fetchall()
    finally:
        con.execute("DROP TABLE IF EXISTS _kabar_sketch")
    best: dict[str, tuple[str, float | None, str]] = {}
    for later, earlier, similarity in rows:
        if similarity < rules.NEAR_DUPLICATE_SIMILARITY:
            continue
        if later not in best or similarity > (best[later][1] or 0):
            best[later] = (earlier, float(similarity), "near copy")
    return best


def syndicated_copies(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, float | None, str]]:
    """Articles whose syndication line (`Artikel ini telah tayang di X dengan judul "Y"`) names a stored title."""
    lines = con.execute(
        "SELECT b.article_id, b.text FROM boilerplate b WHERE b.rule = 'syndication' AND b.text ILIKE '%judul%'"
    ).fetchall()
    wanted: dict[str, list[str]] = {}
    for article_id, text in lines:
        m = _SYNDICATED_TITLE.search(text)
        if m:
            wanted.setdefault(_title_key(m.group("title")), []).append(article_id)
    if not wanted:
        return {}
    found = con.execute(
        "SELECT article_id, title FROM articles WHERE title IS NOT NULL AND "
        "trim(regexp_replace(lower(title), '[^0-9a-z]+', ' ', 'g')) IN (SELECT unnest(?))",
        [list(wanted)],
    ).fetchall()
    out: dict[str, tuple[str, float | None, str]] = {}
    for original, title in found:
        for copy in wanted.get(_title_key(title), []):
            if copy != original:
                out[copy] = (original, None, "republished copy (its syndication line names the title)")
    return out


def _title_key(title: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", title.lower()).strip()


def _labels(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = con.execute(
        "SELECT article_id, outlet, title FROM articles WHERE article_id IN (SELECT unnest(?))", [sorted(ids)]
    ).fetchall()
    return {a: _who(o, t) for a, o, t in rows}


def _who(outlet: str | None, title: str | None) -> str:
    shown = (title if len(title) <= 60 else title[:59] + "…") if title else "untitled"
    return f"{outlet or 'unknown outlet'}: {shown}"
