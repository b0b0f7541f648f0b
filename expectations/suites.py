"""The GX suites, one or more per concern, each expectation a call of GX's own expectation class.

Each suite validates one batch: a DuckDB query over the warehouse that leaves body text out and adds
the derived columns its expectations need (cross-table facts such as "has a source" become columns, so
the same suite runs on a pandas frame and on GX's SQL source). `mostly` thresholds are rates the
newsroom accepts; severities say what a failure means (docs/quality.md lists and explains them):
error = broken or unusable data, warning = a person should look, info = noted.

An expectation's GX class is called in a lambda through `gxe`, which keeps the class name and arguments (a GxCall)
until the suite is built: `import great_expectations` takes seconds, and the code location, a run that brings nothing
new and a first run on an empty warehouse read the suites (names, assets, queries, arguments) without it. Type
checkers see the real classes (`gxe` is GX's module for them); GX validates every argument when a suite is built,
and tests/test_suites.py builds them all. Names, severities and descriptions
are checked when this module is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

from etl.core.models import PARTS, SOURCE_KINDS
from etl.quality.thresholds import EXPECTED_LANGUAGES, FUTURE_TOLERANCE_HOURS, TITLE_MAX_CHARS

if TYPE_CHECKING:
    import great_expectations as gx
    import great_expectations.expectations as gxe
else:

    class _Expectations:
        """GX's expectation classes by name (`gxe.ExpectColumnValuesToBeUnique(column=...)`): a call is kept as a
        GxCall, made into GX's object (importing GX) when the suite is built."""

        def __getattr__(self, name: str) -> Callable[..., GxCall]:
            return lambda **kwargs: GxCall(name, kwargs)

    gxe = _Expectations()


@dataclass(frozen=True)
class GxCall:
    """A GX expectation class named with its arguments, readable without GX."""

    name: str
    kwargs: dict

    def make(self) -> gxe.Expectation:
        """GX's expectation object (imports GX; an unknown class name raises AttributeError)."""
        import great_expectations.expectations

        return getattr(great_expectations.expectations, self.name)(**self.kwargs)


Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
# GX's own severity of a failure, for Kabar's three
_GX_SEVERITY = {"error": "critical", "warning": "warning", "info": "info"}
DOCUMENT_STATUSES = ("parsed", "rejected", "duplicate")


@dataclass(frozen=True)
class Exp:
    """One expectation: a short name (unique in its suite), severity, meaning, and the GX expectation itself."""

    name: str
    severity: Severity
    description: str
    check: Callable[[], gxe.Expectation]  # calls a GX expectation class with its arguments (a GxCall until built)

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"expectation {self.name}: unknown severity {self.severity!r}")
        if not self.description:
            raise ValueError(f"expectation {self.name}: no description")

    def call(self) -> GxCall:
        """The GX class and arguments, without importing GX."""
        check = self.check()
        if not isinstance(check, GxCall):
            raise TypeError(f"expectation {self.name}: not written with `gxe.` ({type(check).__name__})")
        return check

    def build(self) -> gxe.Expectation:
        """The GX expectation with Kabar's name and severity in its meta (what dq_results and the reports read),
        GX's own severity and the description, all validated by GX's constructor."""
        check = self.check()
        check = check.make() if isinstance(check, GxCall) else check
        return type(check)(
            **check.configuration.kwargs,
            description=self.description,
            meta={"name": self.name, "severity": self.severity},
            severity=_GX_SEVERITY[self.severity],
        )


@dataclass(frozen=True)
class Suite:
    name: str
    concern: str
    asset: str  # the Dagster asset whose checks report this suite
    query: str  # the batch, a DuckDB query without body text
    id_column: str  # what identifies an offending row in samples
    expectations: tuple[Exp, ...] = field(default=())

    def __post_init__(self) -> None:
        names = [e.name for e in self.expectations]
        if len(names) != len(set(names)):
            raise ValueError(f"suite {self.name}: expectation names repeat")


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
            "error",
            "the warehouse holds at least one document",
            lambda: gxe.ExpectTableRowCountToBeBetween(min_value=1),
        ),
        Exp(
            "doc_id_unique",
            "error",
            "every document is stored once",
            lambda: gxe.ExpectColumnValuesToBeUnique(column="doc_id"),
        ),
        Exp(
            "doc_id_sha256",
            "error",
            "doc_id is the sha256 hex of the raw bytes",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="doc_id_is_sha256", value_set=[True]),
        ),
        Exp(
            "source_uri_present",
            "error",
            "every document says where it came from",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="source_uri"),
        ),
        Exp(
            "status_known",
            "error",
            "status is parsed, rejected or duplicate",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="status", value_set=list(DOCUMENT_STATUSES)),
        ),
        Exp(
            "reject_reason_iff_not_parsed",
            "warning",
            "rejected and duplicate documents carry a reason, parsed ones none",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="reason_matches_status", value_set=[True]),
        ),
        Exp(
            "parsed_documents_yield_articles",
            "warning",
            "a parsed document gives at least one article (99%)",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="parsed_has_articles", value_set=[True], mostly=0.99),
        ),
        Exp(
            "mostly_parsed",
            "warning",
            "at most 10% of documents are rejected or duplicates",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="status", value_set=["parsed"], mostly=0.9),
        ),
        Exp(
            "not_empty",
            "info",
            "no empty uploads",
            lambda: gxe.ExpectColumnValuesToBeBetween(column="byte_size", min_value=1),
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
            "error",
            "article ids are unique",
            lambda: gxe.ExpectColumnValuesToBeUnique(column="article_id"),
        ),
        Exp(
            "doc_id_present",
            "error",
            "every article comes from a stored document",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="doc_id"),
        ),
        Exp(
            "body_not_empty",
            "error",
            "no article has an empty body",
            lambda: gxe.ExpectColumnValuesToBeBetween(column="word_count", min_value=1),
        ),
        Exp(
            "bodies_long_enough",
            "warning",
            "95% of bodies have 40 words or more (others are stubs or cut off)",
            lambda: gxe.ExpectColumnValuesToBeBetween(column="word_count", min_value=40, mostly=0.95),
        ),
        Exp(
            "title_present",
            "warning",
            "at least half of the articles have a title",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="title", mostly=0.5),
        ),
        Exp(
            "title_length",
            "warning",
            f"titles are 10 to {TITLE_MAX_CHARS} characters long (99% of those present)",
            lambda: gxe.ExpectColumnValuesToBeBetween(
                column="title_length", min_value=10, max_value=TITLE_MAX_CHARS, mostly=0.99
            ),
        ),
        Exp(
            "outlet_present",
            "warning",
            "80% of articles name their outlet",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="outlet", mostly=0.8),
        ),
        Exp(
            "language_detected",
            "warning",
            "the language of 98% of the articles is known",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="language", mostly=0.98),
        ),
        Exp(
            "language_expected",
            "warning",
            "98% of the articles are in Indonesian, English or Malay",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="language", value_set=list(EXPECTED_LANGUAGES), mostly=0.98),
        ),
        Exp(
            "published_not_in_future",
            "error",
            "no publication time lies in the future",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="published_in_future", value_set=[False]),
        ),
        Exp(
            "dateline_city",
            "info",
            "80% of datelines name a city",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="dateline_has_city", value_set=[True], mostly=0.8),
        ),
        Exp(
            "body_hash_unique",
            "warning",
            "at most 2% of the articles repeat another's body exactly",
            lambda: gxe.ExpectColumnValuesToBeUnique(column="body_hash", mostly=0.98),
        ),
        Exp(
            "few_near_duplicates",
            "warning",
            "at most 5% of the articles are near copies of another",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="near_duplicate", value_set=[False], mostly=0.95),
        ),
        Exp(
            "boilerplate_removed",
            "warning",
            "boilerplate cue phrases are left in at most 5% of bodies",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="residual_boilerplate", value_set=[False], mostly=0.95),
        ),
        Exp(
            "no_mojibake",
            "error",
            "mis-decoded characters in at most 1% of the articles",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="mojibake", value_set=[False], mostly=0.99),
        ),
        Exp(
            "no_html_leftovers",
            "warning",
            "HTML entities or tags left in at most 2% of the articles",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="html_leftover", value_set=[False], mostly=0.98),
        ),
        Exp(
            "credits_parse",
            "warning",
            "credit lines of 95% of the articles give names",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="credit_unparsed", value_set=[False], mostly=0.95),
        ),
        Exp(
            "outlet_consistent",
            "warning",
            "dateline, credits and hints agree on the outlet in 95% of the articles",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="outlet_inconsistent", value_set=[False], mostly=0.95),
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
            "warning",
            "70% of the articles attribute information to at least one source",
            lambda: gxe.ExpectColumnValuesToBeBetween(column="sources", min_value=1, mostly=0.7),
        ),
        Exp(
            "articles_attribute_something",
            "warning",
            "90% of the articles quote, report or cite someone (no `no_source` flag)",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="no_source", value_set=[False], mostly=0.9),
        ),
        Exp(
            "claims_name_sources",
            "warning",
            "in 90% of the articles every attributed hedged claim names its source",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="claim_without_named_source", value_set=[False], mostly=0.9),
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
            "error",
            "source kinds are those of the contract",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=list(SOURCE_KINDS)),
        ),
        Exp(
            "name_present",
            "error",
            "every source has a name",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="name"),
        ),
        Exp(
            "name_length",
            "warning",
            "source names are at most 120 characters long (one letter is a name too: the platform X, initials)",
            lambda: gxe.ExpectColumnValuesToBeBetween(column="name_length", min_value=1, max_value=120),
        ),
        Exp(
            "cue_present",
            "warning",
            "every source comes with its reporting cue",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="cue"),
        ),
        Exp(
            "sentence_present",
            "warning",
            "every source comes with the sentence that attributes to it",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="sentence"),
        ),
        Exp(
            "article_exists",
            "error",
            "every source belongs to a stored article",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="article_exists", value_set=[True]),
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
            "error",
            "claims lie in the title, lede or body",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="part", value_set=list(PARTS)),
        ),
        Exp(
            "sentence_no_positive",
            "error",
            "sentence numbers start at 1",
            lambda: gxe.ExpectColumnValuesToBeBetween(column="sentence_no", min_value=1),
        ),
        Exp(
            "cues_present",
            "error",
            "every claim lists the hedge words that make it one",
            lambda: gxe.ExpectColumnValuesToBeBetween(column="cue_count", min_value=1),
        ),
        Exp(
            "attributed_known",
            "error",
            "every claim says whether it is attributed",
            lambda: gxe.ExpectColumnValuesToNotBeNull(column="attributed"),
        ),
        Exp(
            "attributed_claims_named",
            "warning",
            "95% of attributed claims name their source",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="named_when_attributed", value_set=[True], mostly=0.95),
        ),
        Exp(
            "claims_mostly_attributed",
            "warning",
            "at least half of the hedged claims say who makes them",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="attributed", value_set=[True], mostly=0.5),
        ),
        Exp(
            "article_exists",
            "error",
            "every claim belongs to a stored article",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="article_exists", value_set=[True]),
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
            "warning",
            "at most 10% of the articles say outright that what they report is unverified",
            lambda: gxe.ExpectColumnValuesToBeInSet(column="explicitly_unverified", value_set=[False], mostly=0.9),
        ),
        Exp(
            "few_unattributed_claims",
            "warning",
            "70% of the articles make no hedged claim without a source",
            lambda: gxe.ExpectColumnValuesToBeBetween(column="unattributed", max_value=0, mostly=0.7),
        ),
    ),
)

SUITES: tuple[Suite, ...] = (DOCUMENTS, METADATA, SOURCING, SOURCES_TABLE, CLAIMS, UNVERIFIED)


def build_suite(suite: Suite) -> gx.ExpectationSuite:
    """The gx.ExpectationSuite of a Suite (imports GX)."""
    import great_expectations as gx

    return gx.ExpectationSuite(name=suite.name, expectations=[e.build() for e in suite.expectations])
