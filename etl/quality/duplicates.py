"""Duplicate articles: the same body (articles.body_hash), near copies, and syndicated republications.

Near copies are found with sentence shingles inside DuckDB: each body becomes the set of hashes of its
sentences (lower-cased, 30 characters or more); bodies sharing at least two sentences are candidates,
scored by the Jaccard similarity of their sets (or, for a shortened copy, the share of the shorter one's
sentences found in the longer). A sentence found in very many articles is a stock phrase and is not
taken as evidence. This costs one pass over the bodies and a join on small sets: about 1.5 s for 100k
articles (benchmarks/quality.py). The later article of a pair (by ingested_at, then id) is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import duckdb

from etl.quality import thresholds
from etl.quality.registry import Flag
from etl.warehouse.batches import stream

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
_SENTENCES = """
CREATE OR REPLACE TEMP TABLE _kabar_sentences AS
SELECT article_id, ingested_at, body_hash,
       list_distinct(list_transform(
           list_filter(string_split_regex(body, '[.!?]+[\\s"”’]+'), s -> length(s) >= $min_chars),
           s -> hash(lower(s)))) AS sentences
FROM articles WHERE word_count > 0
"""
_PAIRS = """
WITH s AS (SELECT article_id, unnest(sentences) AS h FROM _kabar_sentences WHERE len(sentences) >= $min_sentences),
useful AS (SELECT h FROM s GROUP BY h HAVING count(*) BETWEEN 2 AND $common),
shared AS (SELECT s.article_id, s.h FROM s SEMI JOIN useful USING (h)),
pairs AS (
    SELECT x.article_id AS a, y.article_id AS b, count(*) AS n
    FROM shared x JOIN shared y ON x.h = y.h AND x.article_id < y.article_id
    GROUP BY 1, 2 HAVING count(*) >= 2
),
candidates AS (
    SELECT CASE WHEN a_first THEN b ELSE a END AS later, CASE WHEN a_first THEN a ELSE b END AS earlier,
           n / (la + lb - n) AS jaccard, n / least(la, lb) AS containment, least(la, lb) AS shorter
    FROM (
        SELECT p.a, p.b, p.n, len(sa.sentences) AS la, len(sb.sentences) AS lb,
               (sa.ingested_at, sa.article_id) < (sb.ingested_at, sb.article_id) AS a_first,
               sa.body_hash = sb.body_hash AS same_body
        FROM pairs p JOIN _kabar_sentences sa ON sa.article_id = p.a JOIN _kabar_sentences sb ON sb.article_id = p.b
    ) WHERE NOT same_body
),
scored AS (
    SELECT later, earlier, jaccard >= $similarity AS near,
           CASE WHEN jaccard >= $similarity THEN jaccard ELSE containment END AS score
    FROM candidates
    WHERE jaccard >= $similarity OR (containment >= $containment AND shorter >= $containment_sentences)
)
-- the best match per later article; ties go to the earliest article_id (the pairs come in no set order)
SELECT later, earlier, score, near FROM scored
QUALIFY row_number() OVER (PARTITION BY later ORDER BY score DESC, earlier) = 1
ORDER BY later
"""
_SYNDICATED_TITLE = re.compile(r"tayang\s+di\s+(?P<outlet>\S+?)\s+dengan\s+judul\s+[\"“'‘]?(?P<title>[^\"”’]{8,250})")


def duplicate_flags(con: duckdb.DuckDBPyConnection) -> Iterator[Flag]:
    for article_id, first, outlet, title in stream(con, _EXACT):
        yield Flag(article_id, "duplicate_exact", f"same body as article {first} ({_who(outlet, title)})")
    best = near_duplicates(con)
    best.update({k: v for k, v in syndicated_copies(con).items() if k not in best})
    labels = _labels(con, {earlier for earlier, _, _ in best.values()})
    for later, (earlier, similarity, how) in sorted(best.items()):
        yield Flag(
            later,
            "duplicate_near",
            f"{how} of article {earlier} ({labels.get(earlier, '?')})"
            + (f", similarity {similarity:.2f}" if similarity is not None else ""),
        )


def near_duplicates(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, float | None, str]]:
    """later article -> (earlier article, similarity, how found), the best match per article."""
    con.execute(_SENTENCES, {"min_chars": thresholds.SENTENCE_MIN_CHARS})
    try:
        limits = {
            "min_sentences": thresholds.NEAR_DUPLICATE_MIN_SENTENCES,
            "common": thresholds.COMMON_SENTENCE_ARTICLES,
            "similarity": thresholds.NEAR_DUPLICATE_SIMILARITY,
            "containment": thresholds.NEAR_DUPLICATE_CONTAINMENT,
            "containment_sentences": thresholds.CONTAINMENT_MIN_SENTENCES,
        }
        rows = con.execute(_PAIRS, limits).fetchall()  # one row per flagged article: the pairs stay in DuckDB
    finally:
        con.execute("DROP TABLE IF EXISTS _kabar_sentences")
    shortened = "shortened or extended copy (shares of sentences)"
    return {later: (earlier, float(score), "near copy" if near else shortened) for later, earlier, score, near in rows}


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
