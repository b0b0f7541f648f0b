"""How JSONL and CSV export fields map to article fields: the names scrapers and vendors use, as data.

A record's field is found by its name, case- and separator-insensitively (`Body_Text`, `body text` and
`bodytext` are one key). The first name of each list that a record has wins. Unusual columns are mapped in
configuration (`etl.formats.records.field_overrides`: a `[formats.fields]` table or `KABAR_FIELDS`), which
puts its names in front of these.
"""

from __future__ import annotations

import re

FIELDS: dict[str, tuple[str, ...]] = {
    # must keep: {"judul": "Banjir di Bekasi"} -> title; {"Title": ...}, {"headline": ...}
    "title": ("title", "judul", "headline", "heading", "name"),
    # must keep: {"isi_berita": "..."}, {"FullText": "..."}, {"Body_Text": "..."}, {"content": "..."}
    "body": (
        "content", "body", "text", "isi_berita", "isi", "fulltext", "body_text", "article", "articlebody",
        "article_text", "konten", "narasi", "description", "summary",
    ),
    # must keep: {"tautan": "https://..."}, {"URL": ...}, {"link": ...}
    "url": ("url", "link", "tautan", "permalink", "canonical_url", "source_url", "href"),
    # must keep: {"tanggal": "27/2/2023"}, {"PublishDate": ...}, {"date": ...}
    "published": (
        "date", "tanggal", "publishdate", "published", "published_at", "publish_date", "pubdate",
        "datepublished", "date_published", "created_at", "waktu", "datetime", "timestamp",
    ),
    "authors": ("author", "authors", "penulis", "byline", "reporter", "wartawan", "creator", "writer"),
    "outlet": ("outlet", "media", "publisher", "site", "site_name", "portal", "source"),
    "lede": ("lede", "lead", "standfirst", "subtitle", "teaser"),
    # an explicit identity (a grown export is recognised by it, else by URL)
    "id": ("id", "guid", "article_id", "uuid", "news_id"),
}  # fmt: skip

# Author values that mean "no byline": kept out of articles.authors (casefolded).
AUTHOR_PLACEHOLDERS = frozenset(
    {"penulis tidak ditemukan", "tidak diketahui", "unknown", "anonymous", "admin", "administrator", "n/a", "none",
     "null", "-", "tim", "no author"}
)  # fmt: skip

# A `source` value that names a scraper's file, not an outlet (`kompas_scraped_02072025.csv`): the outlet is
# the part before the first `_` when it ends like a file name.
FILE_LIKE_SOURCE = re.compile(r"^(?P<outlet>[A-Za-z0-9.\-]+?)(?:_[\w-]*)?\.(?:csv|jsonl?|xlsx?|txt)$")
# (value, outlet it gives) and values that are outlets as they stand
FILE_LIKE_SOURCE_MATCH = (("kabarku_scraped_02072025.csv", "kabarku"), ("harianpagi.jsonl", "harianpagi"))
FILE_LIKE_SOURCE_KEEP = ("Kabarku.com", "Harian Pagi", "detik.com")


def key(name: str) -> str:
    """The comparable form of a field name: casefolded, without separators or a BOM."""
    return re.sub(r"[\s_\-.]+", "", name.replace("\ufeff", "")).casefold()


# Any field whose value only says that the scraper found nothing (the whole value matches): treated as absent.
PLACEHOLDER = re.compile(
    r"(?:\w+\s+)?(?:tidak\s+(?:ditemukan|diketahui|ada)|not\s+found|unknown|n/?a|none|null|-+)", re.IGNORECASE
)
PLACEHOLDER_REMOVE = ("Penulis tidak ditemukan", "Tanggal tidak ditemukan", "Author not found", "N/A", "--")
PLACEHOLDER_KEEP = ("Tim Redaksi Kabarku", "27/2/2023", "Nadia Putri", "Tidak Ada Jalan Pulang")
