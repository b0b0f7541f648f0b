"""Every row-level check: its name (quality_flags.check_name), concern, default severity and meaning.

Severities, chosen deliberately (docs/quality.md explains them):
- error: the record is wrong or unusable as stored (empty body, corrupted text, a publication time in the future);
- warning: a person should look: metadata missing or suspect, boilerplate left in, claims without sources;
- info: noted, often a property of the source text rather than a fault (no dateline city, no time in plain text).
"""

from __future__ import annotations

from dataclasses import dataclass

CONCERNS = ("missing_sources", "unverified_claims", "metadata", "duplicates")
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Check:
    name: str
    concern: str
    severity: str
    description: str

    def __post_init__(self) -> None:
        if self.concern not in CONCERNS or self.severity not in SEVERITIES:
            raise ValueError(f"check {self.name}: concern {self.concern!r} or severity {self.severity!r} is unknown")


CHECKS: dict[str, Check] = {
    c.name: c
    for c in (
        Check(
            "no_source",
            "missing_sources",
            "warning",
            "article attributes nothing to any source: no quotation, reporting verb or `according to` in it",
        ),
        Check(
            "source_unresolved",
            "missing_sources",
            "info",
            "the text quotes or reports someone, but extraction named no party (check by hand)",
        ),
        Check("only_unnamed_sources", "missing_sources", "warning", "every source the article names is unnamed"),
        Check(
            "claim_without_named_source",
            "missing_sources",
            "warning",
            "hedged claim attributed, but to no named party (no name, or only an anonymous source)",
        ),
        Check("explicitly_unverified", "unverified_claims", "warning", "article says outright a report is unverified"),
        Check("unattributed_claim", "unverified_claims", "warning", "hedged claim that no party is said to make"),
        Check("title_missing", "metadata", "warning", "no title"),
        Check("title_too_long", "metadata", "warning", "title longer than a headline can be"),
        Check("title_all_caps", "metadata", "warning", "title written in capitals"),
        Check("title_trailing_boilerplate", "metadata", "warning", "title ends with site name or page furniture"),
        Check("credit_unparsed", "metadata", "warning", "credit line from which no name could be read"),
        Check("outlet_missing", "metadata", "warning", "no outlet named by dateline or credit"),
        Check("outlet_unknown", "metadata", "info", "outlet not among the known outlets (etl/rules/outlets.py)"),
        Check("outlet_inconsistent", "metadata", "warning", "dateline, credits and hints name different outlets"),
        Check("dateline_without_city", "metadata", "info", "dateline found, but it names no city"),
        Check("published_missing", "metadata", "info", "no publication time (warning for structured formats)"),
        Check("published_unparseable", "metadata", "warning", "publication time written but not understood"),
        Check("published_in_future", "metadata", "error", "publication time later than now"),
        Check("published_implausible", "metadata", "warning", "publication time implausibly old"),
        Check("language_undetected", "metadata", "warning", "language could not be detected"),
        Check("language_unexpected", "metadata", "warning", "language other than those Kabar processes"),
        Check("language_mismatch", "metadata", "warning", "language differs from the outlet's languages"),
        Check("mojibake", "metadata", "error", "mis-decoded characters left in the text"),
        Check("html_leftover", "metadata", "warning", "HTML entity or tag left in the text"),
        Check("body_empty", "metadata", "error", "no body text at all"),
        Check("body_short", "metadata", "warning", "body too short to be an article: a stub or cut off"),
        Check("body_truncated", "metadata", "warning", "body ends where text was visibly cut off"),
        Check("body_unterminated", "metadata", "info", "body ends without final punctuation"),
        Check("residual_boilerplate", "metadata", "warning", "a boilerplate cue phrase is still in the body"),
        Check("duplicate_exact", "duplicates", "warning", "same body as an earlier article"),
        Check("duplicate_near", "duplicates", "warning", "near copy of an earlier article (syndicated or edited)"),
    )
}


@dataclass(frozen=True)
class Flag:
    """One problem found on one article (a row of quality_flags)."""

    article_id: str
    check_name: str
    detail: str
    severity: str = ""

    def resolved(self) -> Flag:
        check = CHECKS[self.check_name]
        return Flag(self.article_id, self.check_name, self.detail, self.severity or check.severity)

    @property
    def concern(self) -> str:
        return CHECKS[self.check_name].concern
