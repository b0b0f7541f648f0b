"""JSONL and CSV exports: one record per article, fields mapped by name (`etl/rules/records.py`).

A record that cannot become an article (not JSON, wrong number of CSV fields, nothing in it) is reported as an
`ItemRejection` with its record number and the reason, and the other records load. CSV: the delimiter is
sniffed (`,` `;` tab `|`), quoted fields may span lines, a BOM is dropped. A body given as a Python list
string (`['First paragraph.', 'Second.']`, as some scrapers dump it) becomes paragraphs; a body in HTML
becomes text. A record with a title or URL but no body (a photo story) is an article with an empty body, which
the quality checks flag. Configuration for unusual columns: `configure({"fields": {"body": "naskah"}, "timezone":
"Asia/Makassar"})` or the environment variables `KABAR_FIELDS="body=naskah,title=judul_berita"` and
`KABAR_TIMEZONE` (the zone of dates written without one; default Asia/Jakarta).
"""

from __future__ import annotations

import ast
import csv
import json
import os
from collections.abc import Iterable, Mapping

from etl.core.decode import decode_bytes
from etl.core.models import RawArticle
from etl.formats import FormatError, FormatResult, ItemRejection
from etl.rules.records import FIELDS, FILE_LIKE_SOURCE, PLACEHOLDER, key

FIELDS_ENV = "KABAR_FIELDS"
ZONE_ENV = "KABAR_TIMEZONE"
MAX_LIST_BODY = 2_000_000  # a list-string body longer than this is taken as written, not evaluated


def configure(config: Mapping[str, object]) -> None:
    """Apply a `[formats]` configuration mapping: `fields` (article field -> column name or names) and
    `timezone` (IANA name for dates without a zone). Kept in the environment so worker processes see it."""
    fields = config.get("fields") or {}
    if not isinstance(fields, Mapping):
        raise ValueError("formats.fields must be a table of article field = column name(s)")
    pairs = []
    for target, names in fields.items():
        if target not in FIELDS:
            raise ValueError(f"formats.fields: unknown article field {target!r} (known: {', '.join(FIELDS)})")
        for name in [names] if isinstance(names, str) else list(names):  # type: ignore[arg-type]
            pairs.append(f"{target}={name}")
    if pairs:
        os.environ[FIELDS_ENV] = ",".join(pairs)
    if zone := config.get("timezone"):
        os.environ[ZONE_ENV] = str(zone)


def field_names() -> dict[str, tuple[str, ...]]:
    """The field mapping in force: configured names first, then the common names."""
    extra: dict[str, list[str]] = {}
    for pair in os.environ.get(FIELDS_ENV, "").split(","):
        target, _, name = pair.partition("=")
        if target.strip() in FIELDS and name.strip():
            extra.setdefault(target.strip(), []).append(key(name))
    return {t: (*extra.get(t, ()), *(key(n) for n in names)) for t, names in FIELDS.items()}


def read_jsonl(data: bytes) -> FormatResult:
    decoded = decode_bytes(data)
    text = decoded.text.lstrip("\ufeff")
    records: list[tuple[str, object]] = []
    rejected: list[ItemRejection] = []
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FormatError(f"a JSON array that does not parse: {exc}") from exc
        records = [(str(n), item) for n, item in enumerate(items, start=1)]
        articles = _articles(records, rejected, "record")
        return FormatResult(articles, decoded.encoding, text, rejected)
    else:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((str(n), json.loads(line)))
            except json.JSONDecodeError as exc:
                rejected.append(ItemRejection(f"line {n}", f"not a JSON object ({exc.msg} at column {exc.colno})"))
    if not records and rejected and len(rejected) == sum(1 for line in text.splitlines() if line.strip()):
        raise FormatError(f"no line is JSON ({rejected[0].item_key}: {rejected[0].reason})")
    articles = _articles(records, rejected, "line")
    return FormatResult(articles, decoded.encoding, text, rejected)


def read_csv(data: bytes) -> FormatResult:
    decoded = decode_bytes(data)
    text = decoded.text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    dialect = _dialect(text)
    reader = csv.reader(lines, dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise FormatError(f"no header row ({exc})" if str(exc) else "no header row") from exc
    names = [h.strip() for h in header]
    if len(names) < 2:
        raise FormatError(f"a single column {names[0][:40]!r}: not a table of records (delimiter not found)")
    rows: list[tuple[str, object]] = []
    rejected: list[ItemRejection] = []
    n, offset = 0, 0  # record number; lines consumed by readers before the current one
    while True:
        start = offset + reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # a quote that never closes (or stray text after one): this record is reported, and reading resumes
            # on the line after the one where it began, so the rows after it are not swallowed
            n += 1
            rejected.append(ItemRejection(f"row {n}", f"broken CSV quoting on line {start + 1}: {exc}"))
            offset = start + 1
            reader = csv.reader(lines[offset:], dialect)
            continue
        n += 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            rejected.append(ItemRejection(f"row {n}", f"{len(row)} fields where the header has {len(names)}"))
            continue
        rows.append((str(n), dict(zip(names, row, strict=True))))
    articles = _articles(rows, rejected, "row")
    return FormatResult(articles, decoded.encoding, text, rejected)


class _Dialect(csv.excel):
    delimiter = ","
    strict = True  # an unterminated quote is an error (reported for its row), not the rest of the file


def _dialect(text: str) -> type[csv.Dialect]:
    """Excel's CSV dialect with the delimiter the header row uses most (`,` `;` tab `|`)."""
    header = text[:8192].split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.__getitem__)
    return type("Sniffed", (_Dialect,), {"delimiter": best if counts[best] else ","})


def _articles(records: Iterable[tuple[str, object]], rejected: list[ItemRejection], unit: str) -> list[RawArticle]:
    names = field_names()
    zone = os.environ.get(ZONE_ENV, "")
    out: list[RawArticle] = []
    for n, record in records:
        if not isinstance(record, dict):
            rejected.append(ItemRejection(f"{unit} {n}", f"a JSON {type(record).__name__}, not an object of fields"))
            continue
        fields = {key(str(k)): v for k, v in record.items()}
        values = {target: _value(fields, choices) for target, choices in names.items()}
        values = {k: "" if k != "body" and PLACEHOLDER.fullmatch(v) else v for k, v in values.items()}
        body = _body(values.pop("body"))
        if not (body or values["title"] or values["url"]):
            looked = ", ".join(FIELDS["body"][:6])
            reason = f"no title, URL or body text (looked for fields named title, url, {looked} ...)"
            rejected.append(ItemRejection(f"{unit} {n}", reason))
            continue
        identity = values.pop("id") or values.get("url") or None
        meta = {k: v for k, v in values.items() if v}
        if outlet := meta.get("outlet"):
            m = FILE_LIKE_SOURCE.match(outlet)
            meta["outlet"] = m.group("outlet") if m else outlet
        if zone:
            meta["zone"] = zone
        out.append(RawArticle(text=body, item_key=n, meta=meta, identity=identity, has_head=False))
    return out


def _value(fields: dict[str, object], choices: tuple[str, ...]) -> str:
    for name in choices:
        value = fields.get(name)
        if value in (None, "", [], {}):
            continue
        if isinstance(value, list):
            return "\n".join(_flat(v) for v in value if _flat(v))
        return _flat(value)
    return ""


def _flat(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or value.get("@value") or value.get("value") or "").strip()
    return str(value).strip()


def _body(value: str) -> str:
    """The body text: a Python-list string unpacked into paragraphs, HTML turned into text."""
    text = value.strip()
    if text.startswith("[") and text.endswith("]") and len(text) <= MAX_LIST_BODY:
        try:
            parts = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            parts = None
        if isinstance(parts, list) and all(isinstance(p, str) for p in parts):
            text = "\n\n".join(p.strip() for p in parts if p.strip())
    if "</" in text or "<br" in text or "<p>" in text:
        from etl.formats.html import fragment_text

        text = fragment_text(text)
    return text
