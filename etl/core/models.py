"""Plain data passed between the stages of the Dagster-free core."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

SOURCE_KINDS = ("media", "person", "organization", "government", "social_media", "anonymous", "document", "other")
PARTS = ("title", "lede", "body")


@dataclass
class RawArticle:
    """One article's text as a format reader found it, before cleaning.

    `line_offset` is the 0-based line of the document where `text` starts, so that
    boilerplate spans keep line numbers of the raw document. `meta` carries fields that a
    structured format gives directly (title, url, published, author, outlet, lede).
    """

    text: str
    item_key: str | None = None
    line_offset: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    identity: str | None = None  # the item's own identity across files (guid, URL): article_id derives from it
    has_head: bool = True  # False where the format gives the title apart: no headline is looked for in `text`
    removed: list[Removed] = field(default_factory=list)  # what a structural reader took out (DOM boilerplate)


@dataclass(frozen=True)
class Removed:
    """A span removed from the body, with the kind (contract `rule`) and the named rule that removed it."""

    line_no: int
    text: str
    kind: str
    rule: str


@dataclass(frozen=True)
class RelatedLink:
    position: int
    title: str
    url: str | None = None


@dataclass
class Credit:
    """A credit line or fragment and what could be read from it."""

    text: str
    rule: str
    editor: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    parsed: bool = True


@dataclass
class CleanArticle:
    """The normalised article: metadata, clean body and everything taken out of it."""

    body: str
    title: str | None = None
    lede: str | None = None
    editor: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    outlet_hint: str | None = None  # outlet seen only indirectly (an embed marker, a syndication line)
    dateline: str | None = None
    dateline_city: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    published_raw: str | None = None
    removed: list[Removed] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class Sentence:
    part: str  # title, lede, body
    no: int  # 1-based within its part
    text: str
    start: int  # offset in the part's text
    end: int


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    cue: str
    sentence: str
    part: str = "body"
    sentence_no: int = 0
    role: str | None = None  # the title or description that came with the name


@dataclass(frozen=True)
class Claim:
    part: str
    sentence_no: int
    sentence: str
    cues: tuple[str, ...]
    attributed: bool
    source_name: str | None
    explicitly_unverified: bool


@dataclass
class Attribution:
    """What the extraction stage finds in one article."""

    language: str | None
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    sentence_count: int = 0
