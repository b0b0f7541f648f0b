"""Quality per run and per outlet over time: a sudden change in one outlet's feed, or an outlet gone quiet.

Each evaluation appends one row per outlet to quality_outlet_stats (rates among the articles that run
brought in) and compares it with that outlet's previous runs. The comparisons come back as results of a
`history` suite, stored in dq_results beside the GX suites.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import duckdb

METRICS = ("no_source_rate", "unattributed_claim_rate", "residual_boilerplate_rate")
BASELINE_RUNS = 5  # previous runs an outlet is compared with
MIN_ARTICLES = 5  # rates of fewer new articles than this are too noisy to compare
RATE_JUMP = 0.25  # absolute change of a share against the baseline that counts as a jump
USUAL_RUNS = 3  # an outlet that sent articles in this many of the previous runs "usually sends them"
VOLUME_DROP = 0.25  # fewer new articles than this share of the outlet's usual count is a drop
MIN_USUAL_VOLUME = 8  # volume drops are judged only for outlets that usually send at least this many
STALE_AFTER = timedelta(hours=48)  # an outlet that usually sends, with nothing newer than this, is stale
UNKNOWN = "(unknown)"

_STATS = """
WITH flagged AS (
    SELECT article_id,
           bool_or(check_name = 'no_source') AS no_source,
           bool_or(check_name = 'unattributed_claim') AS unattributed,
           bool_or(check_name = 'residual_boilerplate') AS residual
    FROM quality_flags GROUP BY article_id
)
SELECT coalesce(a.outlet, $unknown) AS outlet,
       count(*) AS total,
       count(*) FILTER (WHERE a.run_id = $run) AS new,
       avg(coalesce(f.no_source, false)::INT) FILTER (WHERE a.run_id = $run AND a.extracted_at IS NOT NULL),
       avg(coalesce(f.unattributed, false)::INT) FILTER (WHERE a.run_id = $run AND a.extracted_at IS NOT NULL),
       avg(coalesce(f.residual, false)::INT) FILTER (WHERE a.run_id = $run),
       max(a.ingested_at)
FROM articles a LEFT JOIN flagged f USING (article_id)
GROUP BY 1
"""


@dataclass(frozen=True)
class HistoryResult:
    """One comparison, shaped like a dq_results row of the `history` suite."""

    expectation: str
    outlet: str
    success: bool
    observed: dict
    description: str
    unexpected_count: int | None = None


def record_outlet_stats(con: duckdb.DuckDBPyConnection, run_id: str, now: datetime) -> int:
    rows = con.execute(_STATS, {"unknown": UNKNOWN, "run": run_id}).fetchall()
    con.execute("DELETE FROM quality_outlet_stats WHERE run_id = ?", [run_id])
    if not rows:  # an empty warehouse (DuckDB's executemany refuses an empty list)
        return 0
    con.executemany(
        "INSERT INTO quality_outlet_stats VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [run_id, now, outlet, total, new, *(r if new else None for r in rates), last]
            for outlet, total, new, *rates, last in rows
        ],
    )
    return len(rows)


def compare_with_history(con: duckdb.DuckDBPyConnection, run_id: str, now: datetime) -> list[HistoryResult]:
    """Rate jumps, silent outlets, volume drops and stale outlets of this run against the previous runs."""
    current = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT outlet, articles_new, no_source_rate, unattributed_claim_rate, residual_boilerplate_rate, "
            "last_ingested_at FROM quality_outlet_stats WHERE run_id = ?",
            [run_id],
        ).fetchall()
    }
    previous = con.execute(
        "SELECT s.run_id, s.outlet, s.articles_new, s.no_source_rate, s.unattributed_claim_rate, "
        "s.residual_boilerplate_rate FROM quality_outlet_stats s JOIN ("
        "  SELECT run_id, evaluated_at FROM quality_runs WHERE run_id <> ? ORDER BY evaluated_at DESC LIMIT ?"
        ") r USING (run_id)",
        [run_id, BASELINE_RUNS],
    ).fetchall()
    runs = sorted({r[0] for r in previous})
    by_outlet: dict[str, dict[str, tuple]] = {}
    for prev_run, outlet, new, *rates in previous:
        by_outlet.setdefault(outlet, {})[prev_run] = (new, *rates)
    arrived = sum(v[0] for v in current.values())
    out: list[HistoryResult] = []
    for outlet in sorted(set(current) | set(by_outlet)):
        history = by_outlet.get(outlet, {})
        now_row = current.get(outlet)
        new = now_row[0] if now_row else 0
        out += _rate_jumps(outlet, now_row, history)
        out += _volume(outlet, new, [history.get(r, (0,))[0] for r in runs], arrived)
        if now_row and now_row[4] is not None:
            out += _stale(outlet, now_row[4], now, [history.get(r, (0,))[0] for r in runs])
    return out


def _rate_jumps(outlet: str, now_row: tuple | None, history: dict[str, tuple]) -> list[HistoryResult]:
    if not now_row or now_row[0] < MIN_ARTICLES:
        return []
    out = []
    for i, metric in enumerate(METRICS, start=1):
        rate = now_row[i]
        past = [(row[0], row[i]) for row in history.values() if row[0] >= MIN_ARTICLES and row[i] is not None]
        if rate is None or not past:
            continue
        baseline = sum(n * r for n, r in past) / sum(n for n, _ in past)
        change = rate - baseline
        out.append(
            HistoryResult(
                f"{metric}_stable",
                outlet,
                abs(change) < RATE_JUMP,
                {
                    "rate": round(rate, 4),
                    "baseline": round(baseline, 4),
                    "change": round(change, 4),
                    "runs": len(past),
                    "articles": now_row[0],
                },
                f"{outlet}: {metric.replace('_', ' ')} moved from {baseline:.0%} (previous {len(past)} runs) to "
                f"{rate:.0%} of {now_row[0]} new articles (allowed change {RATE_JUMP:.0%})",
            )
        )
    return out


def _volume(outlet: str, new: int, past_counts: list[int], arrived: int) -> list[HistoryResult]:
    sending = [n for n in past_counts if n > 0]
    if len(sending) < USUAL_RUNS or arrived == 0:
        return []  # not an outlet that usually sends, or nothing arrived at all (the same folder run again)
    usual = statistics.median(sending)
    if new == 0:
        return [
            HistoryResult(
                "outlet_sending",
                outlet,
                False,
                {"new": 0, "usual": usual, "runs": len(sending)},
                f"{outlet}: no new articles this run, though it sent some in {len(sending)} of the "
                f"previous {len(past_counts)} runs (usually {usual:g})",
                1,
            )
        ]
    ok = usual < MIN_USUAL_VOLUME or new >= VOLUME_DROP * usual
    return [
        HistoryResult(
            "outlet_volume",
            outlet,
            ok,
            {"new": new, "usual": usual, "runs": len(sending)},
            f"{outlet}: {new} new articles against a usual {usual:g} (alarm below {VOLUME_DROP:.0%})",
            None if ok else 1,
        )
    ]


def _stale(outlet: str, last: datetime, now: datetime, past_counts: list[int]) -> list[HistoryResult]:
    if sum(n > 0 for n in past_counts) < USUAL_RUNS:
        return []
    last = last if last.tzinfo else last.replace(tzinfo=UTC)
    age = now - last
    fresh = age <= STALE_AFTER
    return [
        HistoryResult(
            "outlet_fresh",
            outlet,
            fresh,
            {"last_ingested_at": last.isoformat(timespec="minutes"), "age_hours": round(age.total_seconds() / 3600, 1)},
            f"{outlet}: newest article ingested {age.total_seconds() / 3600:.0f} h ago "
            f"(alarm after {STALE_AFTER.total_seconds() / 3600:.0f} h)",
            None if fresh else 1,
        )
    ]


def as_json(result: HistoryResult) -> str:
    return json.dumps(result.observed, ensure_ascii=False, sort_keys=True)
