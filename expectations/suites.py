"""The GX suites, one or more per concern, as plain data: GX itself is imported only when they are built.

Each suite validates one batch: a DuckDB query over the warehouse that leaves body text out and adds
the derived columns its expectations need (cross-table facts such as "has a source" become columns, so
the same suite runs on a pandas frame and on GX's SQL source). `mostly` thresholds are rates the
newsroom accepts; severities say what a failure means (docs/quality.md lists and explains them):
error = broken or unusable data, warning = a person should look, info = noted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from etl.core.models import PARTS, SOURCE_KINDS
from etl.quality.thresholds import EXPECTED_LANGUAGES, FUTURE_TOLERANCE_HOURS, TITLE_MAX_CHARS

DOCUMENT_STATUSES = ("parsed", "rejected", "duplicate")


@dataclass(frozen=True)
class Exp:
    """One expectation: a short name (unique in its suite), GX class, arguments, severity and meaning."""

    name: str
    gx_class: str
    kwargs: dict[str, Any]
    severity: str
    description: str

    @property
    def column(self) -> str | None:
        return self.kwargs.get("column")


@dataclass(frozen=True)
class Suite:
    name: str
    concern: str
    asset: str  # the Dagster asset whose checks report this suite
    query: str  # the batch, a DuckDB query without body text
    id_column: str  # what identifies an offending row in samples
    expectations: tuple[Exp, ...] = field(default=())


def _flag_column(check: str) -> str:
    return f"EXISTS (SELECT 1 FROM quality_flags q WHERE q.article_id = a.article_id AND q.check_name = '{check}')"


DOCUMENTS = Suite(
    "documents",
    "ingest",
    "documents",
    """
    SELECT doc_id, source_uri, format, byte_size, status, reject_reason,
           regexp_full_match(doc_id, '[0-9a-f]{64}') AS doc_id_is_sha256,
           (status = 'parsed') = (reject_reason IS NULL) AS reason_matches_status,
           status <> 'parsed' OR parsed_at IS NULL
               OR EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = d.doc_id) AS parsed_has_articles
    FROM documents d
    """,
    "doc_id",
    (
        Exp(
            "has_documents",
            "ExpectTableRowCountToBeBetween",
            {"min_value": 1},
            "error",
            "the warehouse holds at least one document",
        ),
        Exp(
            "doc_id_unique",
            "ExpectColumnValuesToBeUnique",
            {"column": "doc_id"},
            "error",
            "every document is stored once",
        ),
        Exp(
            "doc_id_sha256",
            "ExpectColumnValuesToBeInSet",
            {"column": "doc_id_is_sha256", "value_set": [True]},
            "error",
            "doc_id is the sha256 hex of the raw bytes",
        ),
        Exp(
            "source_uri_present",
            "ExpectColumnValuesToNotBeNull",
            {"column": "source_uri"},
            "error",
            "every document says where it came from",
        ),
        Exp(
            "status_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "status", "value_set": list(DOCUMENT_STATUSES)},
            "error",
            "status is parsed, rejected or duplicate",
        ),
        Exp(
            "reject_reason_iff_not_parsed",
            "ExpectColumnValuesToBeInSet",
            {"column": "reason_matches_status", "value_set": [True]},
            "warning",
            "rejected and duplicate documents carry a reason, parsed ones none",
        ),
        Exp(
            "parsed_documents_yield_articles",
            "ExpectColumnValuesToBeInSet",
            {"column": "parsed_has_articles", "value_set": [True], "mostly": 0.99},
            "warning",
            "a parsed document gives at least one article (99%)",
        ),
        Exp(
            "mostly_parsed",
            "ExpectColumnValuesToBeInSet",
            {"column": "status", "value_set": ["parsed"], "mostly": 0.9},
            "warning",
            "at most 10% of documents are rejected or duplicates",
        ),
        Exp(
            "not_empty",
            "ExpectColumnValuesToBeBetween",
            {"column": "byte_size", "min_value": 1},
            "info",
            "no empty uploads",
        ),
    ),
)

METADATA = Suite(
    "metadata",
    "metadata",
    "articles",
    f"""
    SELECT a.article_id, a.doc_id, a.title, length(a.title) AS title_length, a.outlet, a.language, a.word_count,
           a.body_hash, a.published_at > now() + INTERVAL {FUTURE_TOLERANCE_HOURS} HOUR AS published_in_future,
           a.dateline IS NULL OR a.dateline_city IS NOT NULL AS dateline_has_city,
           {_flag_column("residual_boilerplate")} AS residual_boilerplate,
           {_flag_column("mojibake")} AS mojibake,
           {_flag_column("html_leftover")} AS html_leftover,
           {_flag_column("credit_unparsed")} AS credit_unparsed,
           {_flag_column("outlet_inconsistent")} AS outlet_inconsistent,
           {_flag_column("duplicate_near")} AS near_duplicate
    FROM articles a
    """,
    "article_id",
    (
        Exp(
            "article_id_unique",
            "ExpectColumnValuesToBeUnique",
            {"column": "article_id"},
            "error",
            "article ids are unique",
        ),
        Exp(
            "doc_id_present",
            "ExpectColumnValuesToNotBeNull",
            {"column": "doc_id"},
            "error",
            "every article comes from a stored document",
        ),
        Exp(
            "body_not_empty",
            "ExpectColumnValuesToBeBetween",
            {"column": "word_count", "min_value": 1},
            "error",
            "no article has an empty body",
        ),
        Exp(
            "bodies_long_enough",
            "ExpectColumnValuesToBeBetween",
            {"column": "word_count", "min_value": 40, "mostly": 0.95},
            "warning",
            "95% of bodies have 40 words or more (others are stubs or cut off)",
        ),
        Exp(
            "title_present",
            "ExpectColumnValuesToNotBeNull",
            {"column": "title", "mostly": 0.5},
            "warning",
            "at least half of the articles have a title",
        ),
        Exp(
            "title_length",
            "ExpectColumnValuesToBeBetween",
            {"column": "title_length", "min_value": 10, "max_value": TITLE_MAX_CHARS, "mostly": 0.99},
            "warning",
            f"titles are 10 to {TITLE_MAX_CHARS} characters long (99% of those present)",
        ),
        Exp(
            "outlet_present",
            "ExpectColumnValuesToNotBeNull",
            {"column": "outlet", "mostly": 0.8},
            "warning",
            "80% of articles name their outlet",
        ),
        Exp(
            "language_detected",
            "ExpectColumnValuesToNotBeNull",
            {"column": "language", "mostly": 0.98},
            "warning",
            "the language of 98% of the articles is known",
        ),
        Exp(
            "language_expected",
            "ExpectColumnValuesToBeInSet",
            {"column": "language", "value_set": list(EXPECTED_LANGUAGES), "mostly": 0.98},
            "warning",
            "98% of the articles are in Indonesian, English or Malay",
        ),
        Exp(
            "published_not_in_future",
            "ExpectColumnValuesToBeInSet",
            {"column": "published_in_future", "value_set": [False]},
            "error",
            "no publication time lies in the future",
        ),
        Exp(
            "dateline_city",
            "ExpectColumnValuesToBeInSet",
            {"column": "dateline_has_city", "value_set": [True], "mostly": 0.8},
            "info",
            "80% of datelines name a city",
        ),
        Exp(
            "body_hash_unique",
            "ExpectColumnValuesToBeUnique",
            {"column": "body_hash", "mostly": 0.98},
            "warning",
            "at most 2% of the articles repeat another's body exactly",
        ),
        Exp(
            "few_near_duplicates",
            "ExpectColumnValuesToBeInSet",
            {"column": "near_duplicate", "value_set": [False], "mostly": 0.95},
            "warning",
            "at most 5% of the articles are near copies of another",
        ),
        Exp(
            "boilerplate_removed",
            "ExpectColumnValuesToBeInSet",
            {"column": "residual_boilerplate", "value_set": [False], "mostly": 0.95},
            "warning",
            "boilerplate cue phrases are left in at most 5% of bodies",
        ),
        Exp(
            "no_mojibake",
            "ExpectColumnValuesToBeInSet",
            {"column": "mojibake", "value_set": [False], "mostly": 0.99},
            "error",
            "mis-decoded characters in at most 1% of the articles",
        ),
        Exp(
            "no_html_leftovers",
            "ExpectColumnValuesToBeInSet",
            {"column": "html_leftover", "value_set": [False], "mostly": 0.98},
            "warning",
            "HTML entities or tags left in at most 2% of the articles",
        ),
        Exp(
            "credits_parse",
            "ExpectColumnValuesToBeInSet",
            {"column": "credit_unparsed", "value_set": [False], "mostly": 0.95},
            "warning",
            "credit lines of 95% of the articles give names",
        ),
        Exp(
            "outlet_consistent",
            "ExpectColumnValuesToBeInSet",
            {"column": "outlet_inconsistent", "value_set": [False], "mostly": 0.95},
            "warning",
            "dateline, credits and hints agree on the outlet in 95% of the articles",
        ),
    ),
)

SOURCING = Suite(
    "sourcing",
    "missing_sources",
    "sources",
    f"""
    SELECT a.article_id, a.outlet,
           (SELECT count(*) FROM sources s WHERE s.article_id = a.article_id) AS sources,
           {_flag_column("claim_without_named_source")} AS claim_without_named_source,
           {_flag_column("no_source")} AS no_source
    FROM articles a
    WHERE a.extracted_at IS NOT NULL AND a.word_count > 0
    """,
    "article_id",
    (
        Exp(
            "articles_have_sources",
            "ExpectColumnValuesToBeBetween",
            {"column": "sources", "min_value": 1, "mostly": 0.7},
            "warning",
            "70% of the articles attribute information to at least one source",
        ),
        Exp(
            "articles_attribute_something",
            "ExpectColumnValuesToBeInSet",
            {"column": "no_source", "value_set": [False], "mostly": 0.9},
            "warning",
            "90% of the articles quote, report or cite someone (no `no_source` flag)",
        ),
        Exp(
            "claims_name_sources",
            "ExpectColumnValuesToBeInSet",
            {"column": "claim_without_named_source", "value_set": [False], "mostly": 0.9},
            "warning",
            "in 90% of the articles every attributed hedged claim names its source",
        ),
    ),
)

SOURCES_TABLE = Suite(
    "sources_table",
    "missing_sources",
    "sources",
    """
    SELECT s.article_id, s.name, length(s.name) AS name_length, s.kind, s.cue, s.sentence,
           EXISTS (SELECT 1 FROM articles a WHERE a.article_id = s.article_id) AS article_exists
    FROM sources s
    """,
    "article_id",
    (
        Exp(
            "kind_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "kind", "value_set": list(SOURCE_KINDS)},
            "error",
            "source kinds are those of the contract",
        ),
        Exp("name_present", "ExpectColumnValuesToNotBeNull", {"column": "name"}, "error", "every source has a name"),
        Exp(
            "name_length",
            "ExpectColumnValuesToBeBetween",
            {"column": "name_length", "min_value": 1, "max_value": 120},
            "warning",
            "source names are at most 120 characters long (one letter is a name too: the platform X, initials)",
        ),
        Exp(
            "cue_present",
            "ExpectColumnValuesToNotBeNull",
            {"column": "cue"},
            "warning",
            "every source comes with its reporting cue",
        ),
        Exp(
            "sentence_present",
            "ExpectColumnValuesToNotBeNull",
            {"column": "sentence"},
            "warning",
            "every source comes with the sentence that attributes to it",
        ),
        Exp(
            "article_exists",
            "ExpectColumnValuesToBeInSet",
            {"column": "article_exists", "value_set": [True]},
            "error",
            "every source belongs to a stored article",
        ),
    ),
)

CLAIMS = Suite(
    "claims",
    "unverified_claims",
    "claims",
    """
    SELECT c.article_id, c.part, c.sentence_no, len(c.cues) AS cue_count, c.attributed, c.explicitly_unverified,
           NOT c.attributed OR coalesce(trim(c.source_name), '') <> '' AS named_when_attributed,
           EXISTS (SELECT 1 FROM articles a WHERE a.article_id = c.article_id) AS article_exists
    FROM claims c
    """,
    "article_id",
    (
        Exp(
            "part_known",
            "ExpectColumnValuesToBeInSet",
            {"column": "part", "value_set": list(PARTS)},
            "error",
            "claims lie in the title, lede or body",
        ),
        Exp(
            "sentence_no_positive",
            "ExpectColumnValuesToBeBetween",
            {"column": "sentence_no", "min_value": 1},
            "error",
            "sentence numbers start at 1",
        ),
        Exp(
            "cues_present",
            "ExpectColumnValuesToBeBetween",
            {"column": "cue_count", "min_value": 1},
            "error",
            "every claim lists the hedge words that make it one",
        ),
        Exp(
            "attributed_known",
            "ExpectColumnValuesToNotBeNull",
            {"column": "attributed"},
            "error",
            "every claim says whether it is attributed",
        ),
        Exp(
            "attributed_claims_named",
            "ExpectColumnValuesToBeInSet",
            {"column": "named_when_attributed", "value_set": [True], "mostly": 0.95},
            "warning",
            "95% of attributed claims name their source",
        ),
        Exp(
            "claims_mostly_attributed",
            "ExpectColumnValuesToBeInSet",
            {"column": "attributed", "value_set": [True], "mostly": 0.5},
            "warning",
            "at least half of the hedged claims say who makes them",
        ),
        Exp(
            "article_exists",
            "ExpectColumnValuesToBeInSet",
            {"column": "article_exists", "value_set": [True]},
            "error",
            "every claim belongs to a stored article",
        ),
    ),
)

UNVERIFIED = Suite(
    "unverified",
    "unverified_claims",
    "claims",
    f"""
    SELECT a.article_id, a.outlet,
           {_flag_column("explicitly_unverified")} AS explicitly_unverified,
           (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id AND NOT c.attributed) AS unattributed
    FROM articles a
    WHERE a.extracted_at IS NOT NULL AND a.word_count > 0
    """,
    "article_id",
    (
        Exp(
            "few_unverified_reports",
            "ExpectColumnValuesToBeInSet",
            {"column": "explicitly_unverified", "value_set": [False], "mostly": 0.9},
            "warning",
            "at most 10% of the articles say outright that what they report is unverified",
        ),
        Exp(
            "few_unattributed_claims",
            "ExpectColumnValuesToBeBetween",
            {"column": "unattributed", "max_value": 0, "mostly": 0.7},
            "warning",
            "70% of the articles make no hedged claim without a source",
        ),
    ),
)

SUITES: tuple[Suite, ...] = (DOCUMENTS, METADATA, SOURCING, SOURCES_TABLE, CLAIMS, UNVERIFIED)


def build_suite(suite: Suite):
    """The gx.ExpectationSuite of a Suite (imports GX)."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx.ExpectationSuite(
        name=suite.name,
        expectations=[
            getattr(gxe, e.gx_class)(
                **e.kwargs, description=e.description, meta={"name": e.name, "severity": e.severity}
            )
            for e in suite.expectations
        ],
    )
