"""Every row-level check fires on its crafted bad article and stays quiet on the clean one.

Metadata and text checks read articles built by the real pipeline from crafted files. Checks on sourcing,
publication times and residual boilerplate read crafted rows written into a copy of that warehouse
(test data for what extraction, structured formats or a cleaner slip would produce).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from etl.quality.registry import CHECKS, SEVERITIES
from etl.quality.stage import find_flags
from etl.warehouse.quality import write_flags
from tests.fixtures.quality.crafted import FEED, article_ids, flags_by_file, materialize, write_feed

# file -> checks that must flag it (through the pipeline)
EXPECTED = {
    "caps_title.txt": {"title_all_caps"},
    "markup_title.txt": {"title_all_caps"},
    "long_title.txt": {"title_too_long"},
    "trailing_title.txt": {"title_trailing_boilerplate"},
    "no_title.txt": {"title_missing"},
    "bad_credit.txt": {"credit_unparsed"},
    "no_outlet.txt": {"outlet_missing"},
    "unknown_outlet.txt": {"outlet_unknown"},
    "mixed_outlet.txt": {"outlet_inconsistent"},
    "no_city.txt": {"dateline_without_city"},
    "wrong_language.txt": {"language_mismatch"},
    "german.txt": {"language_unexpected"},
    "no_language.txt": {"language_undetected"},
    "mojibake.txt": {"mojibake"},
    "html.txt": {"html_leftover"},
    "empty_body.txt": {"body_empty"},
    "short_body.txt": {"body_short"},
    "truncated.txt": {"body_truncated"},
    "unterminated.txt": {"body_unterminated"},
    "harbour_edit.txt": {"duplicate_near"},
    "harbour_syndicated.txt": {"duplicate_near"},
}
# what the clean article may carry: plain text has no publication time; sources come from extraction
CLEAN_ALLOWED = {"published_missing", "no_source"}


@pytest.fixture(scope="module")
def crafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crafted")
    result = materialize(write_feed(root / "feed", FEED), root / "crafted.duckdb")
    assert result.success
    return root / "crafted.duckdb"


@pytest.fixture(scope="module")
def flagged(crafted: Path) -> dict[str, dict[str, list[str]]]:
    con = duckdb.connect(str(crafted), read_only=True)
    try:
        return flags_by_file(con)
    finally:
        con.close()


@pytest.mark.parametrize(("file", "check"), [(f, c) for f, checks in EXPECTED.items() for c in sorted(checks)])
def test_bad_article_is_flagged(flagged: dict, file: str, check: str) -> None:
    assert check in flagged.get(file, {}), f"{file}: {check} did not fire; got {sorted(flagged.get(file, {}))}"
    for detail in flagged[file][check]:
        assert len(detail) > 20  # a detail a person can act on


def test_clean_article_is_not_flagged(flagged: dict) -> None:
    assert set(flagged.get("clean.txt", {})) <= CLEAN_ALLOWED, flagged.get("clean.txt")


@pytest.mark.parametrize("check", sorted({c for checks in EXPECTED.values() for c in checks}))
def test_check_stays_quiet_on_articles_without_the_problem(flagged: dict, check: str) -> None:
    """Each check fires only where that problem was planted (or, for shared symptoms, where it also exists)."""
    planted = {f for f, checks in EXPECTED.items() if check in checks}
    shared = {  # crafted files that carry the symptom as a side effect of their own problem
        "title_missing": {
            "german.txt",
            "no_language.txt",
            "short_body.txt",
            "harbour_copy.txt",
            "harbour_edit.txt",
            "harbour_syndicated.txt",
            "empty_body.txt",
        },
        "outlet_missing": {"german.txt", "no_language.txt", "empty_body.txt"},
        "body_short": {"no_language.txt"},
    }.get(check, set())
    fired = {f for f, checks in flagged.items() if check in checks}
    assert planted <= fired
    assert fired <= planted | shared, f"{check} also fired on {sorted(fired - planted - shared)}"


def test_details_name_what_to_fix(flagged: dict) -> None:
    assert "Editor: ---" in flagged["bad_credit.txt"]["credit_unparsed"][0]
    assert "<br/>" in flagged["html.txt"]["html_leftover"][0]
    assert "Tribunnews.com" in flagged["trailing_title.txt"]["title_trailing_boilerplate"][0]
    assert "Kompas" in flagged["mixed_outlet.txt"]["outlet_inconsistent"][0]
    assert "Reuters" in flagged["wrong_language.txt"]["language_mismatch"][0]


def test_exact_duplicate_flags_one_of_the_pair(flagged: dict) -> None:
    pair = [f for f in ("harbour.txt", "harbour_copy.txt") if "duplicate_exact" in flagged.get(f, {})]
    assert len(pair) == 1
    assert "same body as article" in flagged[pair[0]]["duplicate_exact"][0]


def test_syndicated_copy_points_to_the_original(crafted: Path, flagged: dict) -> None:
    original = article_ids(crafted)["harbour.txt"]
    detail = flagged["harbour_syndicated.txt"]["duplicate_near"][0]
    assert "republished" in detail and original in detail


def test_severities_are_the_registered_ones(crafted: Path) -> None:
    con = duckdb.connect(str(crafted), read_only=True)
    try:
        rows = con.execute("SELECT DISTINCT check_name, severity, concern FROM quality_flags").fetchall()
    finally:
        con.close()
    for check, severity, concern in rows:
        assert severity in SEVERITIES
        assert concern == CHECKS[check].concern
    severities = {c: s for c, s, _ in rows}
    assert severities["body_empty"] == "error" and severities["mojibake"] == "error"
    assert severities["dateline_without_city"] == "info"


# --- crafted rows: sourcing, publication times, boilerplate left in ---------------------------------------


@pytest.fixture
def copy(crafted: Path, tmp_path: Path) -> tuple[duckdb.DuckDBPyConnection, dict[str, str]]:
    path = tmp_path / "copy.duckdb"
    shutil.copy(crafted, path)
    ids = article_ids(path)
    con = duckdb.connect(str(path))
    con.execute("DELETE FROM sources")
    con.execute("DELETE FROM claims")
    yield con, ids
    con.close()


def _source(con, article_id: str, name: str, kind: str = "person") -> None:
    con.execute(
        "INSERT INTO sources (article_id, name, kind, cue, sentence) VALUES (?, ?, ?, 'mengatakan', ?)",
        [article_id, name, kind, f"{name} mengatakan hal itu."],
    )


def _claim(con, article_id: str, sentence: str, attributed: bool, source: str | None, unverified: bool = False):
    con.execute(
        "INSERT INTO claims VALUES (?, 'body', 2, ?, ?, ?, ?, ?)",
        [article_id, sentence, ["dikabarkan"], attributed, source, unverified],
    )


def _flags(con) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for f in find_flags(con).flags:
        out.setdefault(f.article_id, {}).setdefault(f.check_name, []).append(f.detail)
    return out


def test_sourcing_checks(copy) -> None:
    con, ids = copy
    clean, nosource, unattributed, unnamed, anonymous, unverified = (
        ids[f]
        for f in ("clean.txt", "caps_title.txt", "bad_credit.txt", "trailing_title.txt", "no_city.txt", "html.txt")
    )
    for article_id in (clean, unattributed, unnamed, anonymous, unverified):
        _source(con, article_id, "Rina Wulandari")
    _source(con, anonymous, "sumber yang tidak mau disebut namanya", kind="anonymous")
    _claim(con, clean, "Rina Wulandari mengklaim jalur itu paling ramai.", True, "Rina Wulandari")
    _claim(con, unattributed, "Dikabarkan, tarif bus akan naik bulan depan.", False, None)
    _claim(con, unnamed, "Tarif itu disebut-sebut akan naik, katanya.", True, None)
    _claim(con, anonymous, "Tarif dikabarkan naik.", True, "sumber yang tidak mau disebut namanya")
    _claim(con, unverified, "Laporan ini belum diverifikasi oleh pihak lain.", False, None, unverified=True)
    # `no_source` only where the text attributes nothing: no reporting verb, no quotation, no `menurut`
    con.execute("UPDATE articles SET body = ? WHERE article_id = ?", [QUIET_BODY, nosource])
    unresolved, only_unnamed = ids["no_title.txt"], ids["long_title.txt"]
    _source(con, only_unnamed, "warga yang tidak mau disebut namanya", kind="anonymous")
    spokesperson = ids["markup_title.txt"]  # a role that speaks on the record for a party is no unnamed source
    _source(con, spokesperson, "juru bicara kepolisian", kind="anonymous")
    flags = _flags(con)
    sourcing = {
        "no_source",
        "source_unresolved",
        "only_unnamed_sources",
        "claim_without_named_source",
        "unattributed_claim",
        "explicitly_unverified",
    }
    assert not sourcing & set(flags.get(clean, {}))
    assert "no_source" in flags[nosource] and "source_unresolved" not in flags[nosource]
    # the crafted story says `mengatakan` and `Menurut`: extraction named nobody, yet the text attributes
    assert "no_source" not in flags[unresolved]
    assert "mengatakan" in flags[unresolved]["source_unresolved"][0]
    assert "warga yang tidak mau" in flags[only_unnamed]["only_unnamed_sources"][0]
    assert "only_unnamed_sources" not in flags[anonymous]  # a named source beside the unnamed one
    assert "only_unnamed_sources" not in flags.get(spokesperson, {})
    assert "tarif bus akan naik" in flags[unattributed]["unattributed_claim"][0]
    assert "no_source" not in flags[unattributed]
    assert "claim_without_named_source" in flags[unnamed]
    assert "unnamed source" in flags[anonymous]["claim_without_named_source"][0]
    assert "belum diverifikasi" in flags[unverified]["explicitly_unverified"][0]
    assert "unattributed_claim" in flags[unverified]


QUIET_BODY = (
    "Jalur sepeda baru di tepi sungai dibuka pagi ini. Panjangnya empat kilometer dan diberi lampu di setiap "
    "tikungan.\n\nPengendara dapat masuk dari dua taman kota. Jalur ditutup pukul sepuluh malam."
)


def test_no_source_waits_for_extraction(copy) -> None:
    con, ids = copy
    con.execute("UPDATE articles SET extracted_at = NULL WHERE article_id = ?", [ids["caps_title.txt"]])
    assert "no_source" not in _flags(con).get(ids["caps_title.txt"], {})


def test_publication_time_checks(copy) -> None:
    con, ids = copy
    now = datetime.now(UTC)
    con.execute(
        "UPDATE articles SET published_at = ? WHERE article_id = ?", [now - timedelta(days=1), ids["clean.txt"]]
    )
    con.execute(
        "UPDATE articles SET published_at = ? WHERE article_id = ?", [now + timedelta(days=3), ids["no_city.txt"]]
    )
    con.execute(
        "UPDATE articles SET published_at = NULL, published_raw = 'Senin, 31/13/2024' WHERE article_id = ?",
        [ids["html.txt"]],
    )
    con.execute(
        "UPDATE articles SET published_at = TIMESTAMPTZ '1970-01-01 00:00:00+00' WHERE article_id = ?",
        [ids["bad_credit.txt"]],
    )
    con.execute(
        "UPDATE documents SET format = 'rss' WHERE doc_id = (SELECT doc_id FROM articles WHERE article_id = ?)",
        [ids["caps_title.txt"]],
    )
    found = find_flags(con, now).flags
    by = {(f.article_id, f.check_name): f for f in found}
    published = {c for (a, c) in by if a == ids["clean.txt"] and c.startswith("published")}
    assert not published
    assert by[(ids["no_city.txt"], "published_in_future")].severity == "error"
    assert "31/13/2024" in by[(ids["html.txt"], "published_unparseable")].detail
    assert (ids["bad_credit.txt"], "published_implausible") in by
    assert by[(ids["caps_title.txt"], "published_missing")].severity == "warning"
    assert by[(ids["truncated.txt"], "published_missing")].severity == "info"


def test_residual_boilerplate(copy) -> None:
    con, ids = copy
    con.execute(
        "UPDATE articles SET body = body || '\n\nBaca juga: Harga Cabai di Pasar Induk Naik Lagi' WHERE article_id = ?",
        [ids["no_city.txt"]],
    )
    con.execute("UPDATE articles SET body = body || ' [Gambas:Video CNN' WHERE article_id = ?", [ids["html.txt"]])
    con.execute(
        "UPDATE articles SET body = body || ' Warga diminta membaca juga aturan baru itu.' WHERE article_id = ?",
        [ids["clean.txt"]],
    )
    flags = _flags(con)
    assert "'baca_juga'" in flags[ids["no_city.txt"]]["residual_boilerplate"][0]
    assert "Harga Cabai" in flags[ids["no_city.txt"]]["residual_boilerplate"][0]
    assert "'gambas_marker'" in flags[ids["html.txt"]]["residual_boilerplate"][0]
    assert "residual_boilerplate" not in flags.get(ids["clean.txt"], {})


def test_mojibake_in_title_and_entities(copy) -> None:
    con, ids = copy
    con.execute("UPDATE articles SET title = 'Caf\u00c3\u00a9 Baru Dibuka' WHERE article_id = ?", [ids["no_city.txt"]])
    con.execute(
        "UPDATE articles SET body = body || ' Harga &amp;amp; biaya naik.' WHERE article_id = ?", [ids["clean.txt"]]
    )
    flags = _flags(con)
    assert "mojibake" in flags[ids["no_city.txt"]]
    assert "&amp;amp;" in flags[ids["clean.txt"]]["html_leftover"][0]


def test_flags_replace_the_previous_evaluation(copy) -> None:
    con, _ = copy
    outcome = find_flags(con)
    write_flags(con, outcome.flags, "run-a")
    write_flags(con, outcome.flags, "run-b")
    assert con.execute("SELECT count(*), count(DISTINCT run_id) FROM quality_flags").fetchone() == (
        len(outcome.flags),
        1,
    )


def test_flags_stream_into_the_table_in_chunks(copy, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a sink the flags go to quality_flags a chunk at a time and are not kept; the table ends up holding
    exactly what an unstreamed evaluation finds, and the counts agree."""
    from etl.quality import stage
    from etl.warehouse.quality import FlagTable

    con, _ = copy
    whole = find_flags(con)
    expected = sorted((f.article_id, f.check_name, f.detail) for f in whole.flags)
    assert len(expected) > 3
    monkeypatch.setattr(stage, "CHUNK_FLAGS", 2)
    chunks: list[int] = []
    with FlagTable(con, "run-streamed") as table:

        def sink(flags) -> None:
            chunks.append(len(flags))
            table(flags)

        streamed = find_flags(con, sink=sink)
    assert streamed.flags == [] and streamed.total == len(expected) == sum(chunks)
    assert max(chunks) == 2 and len(chunks) >= len(expected) // 2
    assert streamed.by_check == whole.by_check and streamed.by_severity == whole.by_severity
    rows = con.execute("SELECT article_id, check_name, detail FROM quality_flags ORDER BY ALL").fetchall()
    assert sorted(rows) == expected


def test_a_failed_evaluation_leaves_the_previous_flags(copy) -> None:
    """Flags written chunk by chunk are committed at once: an error midway keeps the last evaluation whole."""
    from etl.warehouse.quality import FlagTable

    con, _ = copy
    outcome = find_flags(con)
    write_flags(con, outcome.flags, "run-a")
    with pytest.raises(RuntimeError), FlagTable(con, "run-b") as table:
        table(outcome.flags[:2])
        raise RuntimeError("a check failed midway")
    assert con.execute("SELECT count(*), min(run_id), max(run_id) FROM quality_flags").fetchone() == (
        len(outcome.flags),
        "run-a",
        "run-a",
    )


def test_flags_are_written_whatever_the_warehouse_is_called(tmp_path: Path) -> None:
    """The flag writer's own cursor enters the warehouse's catalog by name: a quote in the file name is no SQL."""
    from etl.quality.registry import Flag
    from etl.warehouse.store import open_warehouse

    with open_warehouse(tmp_path / 'desk "north".duckdb') as con:
        assert write_flags(con, [Flag("a1", "title_missing", "no title").resolved()], "run-q") == 1
        assert con.execute("SELECT article_id, run_id FROM quality_flags").fetchall() == [("a1", "run-q")]
