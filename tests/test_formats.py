"""Format readers on fixtures written for Kabar: HTML pages, RSS/Atom (encodings, malformed, bomb, XXE), JSONL, CSV."""

from __future__ import annotations

import gzip
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from etl.core.pipeline import Rejected, build_articles, read_document
from etl.formats import detect
from etl.formats.html import container_rule
from etl.rules.html import CONTAINER_RULES

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def articles(name: str, data: bytes):
    read = read_document(name, data)
    return read, build_articles("doc", name, read)


def rss(items: list[tuple[str, str, str]], encoding: str = "UTF-8", head: str = "") -> str:
    """An RSS 2.0 feed of (guid, title, description) items."""
    body = "".join(
        f"<item><title>{t}</title><link>https://kabarku.example/{g}</link><guid>https://kabarku.example/{g}</guid>"
        f"<pubDate>Mon, 15 Jan 2024 03:11:00 GMT</pubDate><dc:creator>Siti Rahmawati</dc:creator>"
        f"<description>{d}</description></item>"
        for g, t, d in items
    )
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>{head}<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Kabarku</title>'
        f"<link>https://kabarku.example/</link>{body}</channel></rss>"
    )


ITEMS = [
    ("banjir", "Banjir Rendam Cikarang", "Banjir setinggi satu meter merendam ratusan rumah warga di Cikarang."),
    ("cabai", "Harga Cabai Naik", "Harga cabai rawit di Pasar Induk naik menjadi Rp 80.000 per kilogram."),
]


# --- HTML -----------------------------------------------------------------------------------------------------


def test_indonesian_page_main_text_metadata_and_audited_boilerplate() -> None:
    read, [rec] = articles("kabarku/banjir.html", (FIXTURES / "page_id.html").read_bytes())
    art = rec.clean
    assert read.format == "html"
    assert art.title == "Banjir Rendam Ratusan Rumah di Cikarang"
    assert art.url == rec.item_key == "https://www.kabarku.com/read/2024/01/15/banjir-cikarang"
    assert art.published_at == datetime(2024, 1, 15, 3, 11, tzinfo=UTC)
    assert art.authors == ["Siti Rahmawati"] and art.editor == "Budi Hartono"
    assert art.dateline_city == "Bekasi"
    assert art.body.startswith("Banjir setinggi satu meter")
    assert "420 jiwa" in art.body
    for gone in ("Baca juga", "ADVERTISEMENT", "WhatsApp", "Terpopuler", "Beranda", "Hak cipta", "Editor:"):
        assert gone not in art.body
    rules = {r.rule for r in art.removed}
    assert {"html.related", "html.ads", "html.share", "html.headline", "credit.editor_line"} <= rules
    baca = next(r for r in art.removed if r.rule == "html.related")
    assert baca.kind == "related_link" and "Jalan Rusak di Cibitung" in baca.text


def test_english_page_keeps_article_classed_with_cms_tags_and_drops_comments() -> None:
    _, [rec] = articles("gazette/bridge.htm", (FIXTURES / "page_en.html").read_bytes())
    art = rec.clean
    assert art.title == "Council delays vote on river bridge"
    assert art.outlet == "Harbour Gazette" and art.authors == ["Maria Lopez"]
    assert art.published_at == datetime(2023, 3, 3, 14, 15, tzinfo=UTC)
    assert art.body.count("\n\n") == 2 and "next regular session in April" in art.body
    for gone in ("12 comments", "Bridge closure snarls", "Photo: Gazette staff", "Sport", "Copyright"):
        assert gone not in art.body


def test_gzipped_page_reads_like_the_page_and_truncated_gzip_is_rejected() -> None:
    data = (FIXTURES / "page_en.html").read_bytes()
    _, [plain] = articles("a.html", data)
    _, [packed] = articles("a.html.gz", gzip.compress(data))
    assert packed.clean.body == plain.clean.body
    with pytest.raises(Rejected, match="truncated gzip"):
        read_document("a.html.gz", gzip.compress(data)[:200])


def test_page_without_prose_is_rejected_with_reason() -> None:
    page = b"<html><body><nav><a href='/'>Home</a></nav><div class='menu'><a href='/x'>X</a></div></body></html>"
    with pytest.raises(Rejected, match="no article text found"):
        read_document("empty.html", page)


@pytest.mark.parametrize("rule", CONTAINER_RULES, ids=lambda r: r.name)
def test_container_rules_remove_and_keep_their_examples(rule) -> None:
    for value in rule.remove:
        found = container_rule(value)
        assert found is not None and found.name == rule.name, f"{rule.name} must remove class {value!r} ({found})"
    for value in rule.keep:
        assert container_rule(value) is None, f"{value!r} must be kept (matched {container_rule(value)})"


def test_format_is_sniffed_where_the_extension_does_not_say() -> None:
    assert detect("feeds/latest", b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>') == "rss"
    assert detect("dump/part-0001", b'{"title": "x"}\n') == "jsonl"
    assert detect("saved/page", b"<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert detect("feeds/x.xml", b"<feed xmlns='http://www.w3.org/2005/Atom'></feed>") == "atom"
    assert detect("notes/README", b"plain words") is None


# --- RSS and Atom ------------------------------------------------------------------------------------------------


def test_rss_items_become_articles_with_fields() -> None:
    read, recs = articles("kabarku/feed.rss", rss(ITEMS).encode())
    assert read.format == "rss" and len(recs) == 2
    first = recs[0]
    assert first.item_key == "https://kabarku.example/banjir"
    assert first.clean.title == "Banjir Rendam Cikarang"
    assert first.clean.url == "https://kabarku.example/banjir"
    assert first.clean.published_at == datetime(2024, 1, 15, 3, 11, tzinfo=UTC)
    assert first.clean.authors == ["Siti Rahmawati"]
    assert first.clean.body.startswith("Banjir setinggi")


def test_rss_item_id_is_the_same_in_a_grown_copy_of_the_feed() -> None:
    _, old = articles("feed.rss", rss(ITEMS).encode())
    grown = [("tol", "Tol Macet Panjang", "Antrean kendaraan di tol mengular hingga 10 kilometer."), *ITEMS]
    _, new = articles("feed.rss", rss(grown).encode())
    assert {r.article_id for r in old} < {r.article_id for r in new}
    assert len({r.article_id for r in new}) == 3


def test_counter_guids_do_not_identify_items() -> None:
    feed = rss(ITEMS).replace("<guid>https://kabarku.example/banjir</guid>", "<guid>1</guid>")
    _, recs = articles("feed.rss", feed.encode())
    assert recs[0].item_key == "https://kabarku.example/banjir"


def test_content_encoded_html_becomes_text_and_description_the_lede() -> None:
    item = (
        "<item><title>Sidang Ditunda</title><link>https://kabarku.example/sidang</link>"
        "<description>Sidang kasus suap ditunda sepekan.</description>"
        "<content:encoded><![CDATA[<p>JAKARTA - Sidang kasus suap terminal ditunda sepekan.</p>"
        "<p>Hakim ketua, Rina Wulandari, menyebut saksi kunci <b>belum hadir</b>.</p><script>x()</script>]]>"
        "</content:encoded></item>"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Kabarku</title>{item}</channel></rss>"
    )
    _, [rec] = articles("f.rss", feed.encode())
    assert rec.clean.lede == "Sidang kasus suap ditunda sepekan."
    assert rec.clean.body.split("\n\n") == [
        "Sidang kasus suap terminal ditunda sepekan.",
        "Hakim ketua, Rina Wulandari, menyebut saksi kunci belum hadir.",
    ]
    assert rec.clean.dateline_city == "Jakarta"


def test_atom_entries_with_alternate_link_updated_and_author() -> None:
    feed = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title>
<link rel="alternate" href="https://harbourgazette.example/"/>
<entry><id>tag:harbourgazette.example,2023:bridge</id><title type="html">Council &amp;amp; the bridge</title>
<link rel="self" href="https://harbourgazette.example/api/1"/><link rel="alternate" href="https://harbourgazette.example/bridge"/>
<updated>2023-03-03T09:15:00-05:00</updated><author><name>Maria Lopez</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council postponed the vote.</p></div></content>
</entry></feed>"""
    read, [rec] = articles("g.atom", feed.encode())
    assert read.format == "atom"
    assert rec.item_key == "tag:harbourgazette.example,2023:bridge"
    assert rec.clean.url == "https://harbourgazette.example/bridge"
    assert rec.clean.title == "Council & the bridge"
    assert rec.clean.published_at == datetime(2023, 3, 3, 14, 15, tzinfo=UTC)
    assert rec.clean.authors == ["Maria Lopez"] and rec.clean.outlet == "Harbour Gazette"
    assert rec.clean.body == "The council postponed the vote."


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252"])
def test_declared_encodings_are_honoured(encoding: str) -> None:
    items = [("cafe", "Café “Kopi” Dibuka", "Kafé baru di São Paulo menjual kopi Gayo — enak sekali.")]
    if encoding == "ISO-8859-1":
        items = [("cafe", "Café Dibuka", "Kafé baru di São Paulo menjual kopi Gayo.")]
    data = rss(items, encoding=encoding).encode(encoding)
    _, [rec] = articles("f.rss", data)
    assert rec.clean.title == items[0][1]
    assert rec.clean.body == items[0][2]


def test_undeclared_latin1_feed_is_decoded() -> None:
    data = rss([("pao", "Pão de Queijo", "Receita de pão.")]).replace('<?xml version="1.0" encoding="UTF-8"?>', "")
    _, [rec] = articles("f.rss", data.encode("latin-1"))
    assert rec.clean.title == "Pão de Queijo"


def test_malformed_feed_keeps_every_good_item_and_says_what_was_wrong() -> None:
    broken = rss([*ITEMS, ("rusak", "Item <b>Rusak", "Teks & tanda yang tidak <lolos.")])
    broken = broken.replace("<item><title>Harga", "<item><title>Harga Cabai</titel><title>Harga")
    read, recs = articles("f.rss", broken.encode())
    titles = [r.clean.title for r in recs]
    assert "Banjir Rendam Cikarang" in titles
    assert any(t and t.startswith("Harga") for t in titles)
    assert read.rejected and read.rejected[0].item_key == "document"
    assert "malformed XML" in read.rejected[0].reason


BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "ha ha ha ha ha ha ha ha ha ha">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<rss version="2.0"><channel><title>x</title>
<item><title>&i;</title><description>&i;</description></item></channel></rss>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>Bocor</title><description>&secret;</description></item>
</channel></rss>
"""


def test_entity_bomb_is_refused_quickly_in_bounded_memory() -> None:
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(Rejected, match="entity-expansion") as exc:
        read_document("bomb.rss", BOMB.encode())
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert seconds < 1.0 and peak < 5_000_000
    assert exc.value.format == "rss"


def test_external_entity_is_refused_and_never_read() -> None:
    with pytest.raises(Rejected, match="external entity") as exc:
        read_document("xxe.xml", XXE.encode())
    assert "root:" not in str(exc.value)
    assert "/etc/passwd" in str(exc.value)


def test_html_page_named_rss_and_empty_entries_are_rejected_with_reasons() -> None:
    with pytest.raises(Rejected, match="HTML page"):
        read_document("moved.rss", b"<head><title>Document Moved</title></head><body>gone</body>")
    empty = b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><author/></entry></feed>'
    with pytest.raises(Rejected, match="no title, link or text"):
        read_document("empty.atom", empty)


# --- JSONL and CSV ------------------------------------------------------------------------------------------------


def test_jsonl_maps_common_field_names_and_reports_a_bad_line() -> None:
    lines = [
        '{"judul": "Banjir Rendam Cikarang", "isi_berita": "Banjir merendam ratusan rumah.", '
        '"tautan": "https://kabarku.example/banjir", "tanggal": "Senin, 15 Januari 2024 10:11 WIB", '
        '"penulis": "Siti Rahmawati", "source": "kabarku"}',
        '{"title": "Broken", "content": "no closing brace"',
        '{"Title": "Harga Cabai", "Body_Text": "Harga cabai naik.", "URL": "https://kabarku.example/cabai", '
        '"PublishDate": "2024-01-16T08:00:00Z", "Author": ["Andi", "Rina"]}',
    ]
    read, recs = articles("dump.jsonl", "\n".join(lines).encode())
    assert [r.item_key for r in recs] == ["1", "3"]
    first, second = recs[0].clean, recs[1].clean
    assert first.title == "Banjir Rendam Cikarang" and first.url == "https://kabarku.example/banjir"
    assert first.published_at == datetime(2024, 1, 15, 3, 11, tzinfo=UTC)
    assert first.authors == ["Siti Rahmawati"] and first.body == "Banjir merendam ratusan rumah."
    assert second.authors == ["Andi", "Rina"]
    assert second.published_at == datetime(2024, 1, 16, 8, 0, tzinfo=UTC)
    assert len(read.rejected) == 1 and read.rejected[0].item_key == "line 2"


CSV = (
    "\ufeffJudul;Isi;Tautan;Tanggal;Penulis\r\n"
    'Banjir Cikarang;"Banjir merendam rumah.\r\n\r\nWarga mengungsi ke balai desa.";https://k.example/1;27/2/2023;'
    "Siti\r\n"
    "Harga Cabai;\"['Harga cabai naik.', 'Pedagang mengeluh sepi pembeli.']\";https://k.example/2;"
    "2023-02-27 10:11;Penulis tidak ditemukan\r\n"
    "Baris Rusak;terlalu;banyak;kolom;di;sini\r\n"
    "Tol Macet;Antrean mengular.;https://k.example/3;27 Februari 2023;Andi\r\n"
    "Foto: Banjir;;https://k.example/4;Tanggal tidak ditemukan;Andi\r\n"
)


def test_csv_semicolons_bom_multiline_list_body_and_a_bad_row() -> None:
    read, recs = articles("export.csv", CSV.encode("utf-8"))
    assert [r.clean.title for r in recs] == ["Banjir Cikarang", "Harga Cabai", "Tol Macet", "Foto: Banjir"]
    first, second, third, photo = (r.clean for r in recs)
    assert photo.body == "" and photo.published_at is None and photo.published_raw is None  # a photo story
    assert first.body == "Banjir merendam rumah.\n\nWarga mengungsi ke balai desa."
    assert second.body == "Harga cabai naik.\n\nPedagang mengeluh sepi pembeli."
    assert second.authors == []  # the placeholder means no byline
    # a date without a zone is Jakarta time (WIB)
    assert first.published_at == datetime(2023, 2, 26, 17, 0, tzinfo=UTC)
    assert second.published_at == datetime(2023, 2, 27, 3, 11, tzinfo=UTC)
    assert third.published_at == datetime(2023, 2, 26, 17, 0, tzinfo=UTC)
    assert [(r.item_key, "6 fields" in r.reason) for r in read.rejected] == [("row 3", True)]


def test_configured_column_names_win(monkeypatch: pytest.MonkeyPatch) -> None:
    from etl.formats.records import FIELDS_ENV, configure

    monkeypatch.delenv(FIELDS_ENV, raising=False)
    data = b"kepala,naskah,alamat\nSidang Ditunda,Sidang ditunda sepekan.,https://k.example/s\n"
    with pytest.raises(Rejected):
        read_document("odd.csv", data)
    monkeypatch.setenv(FIELDS_ENV, "")
    configure({"fields": {"title": "kepala", "body": ["naskah"], "url": "alamat"}})
    _, [rec] = articles("odd.csv", data)
    assert (rec.clean.title, rec.clean.body, rec.clean.url) == (
        "Sidang Ditunda",
        "Sidang ditunda sepekan.",
        "https://k.example/s",
    )
    with pytest.raises(ValueError, match="unknown article field"):
        configure({"fields": {"headline": "x"}})


def test_csv_quote_that_never_closes_costs_only_its_row() -> None:
    data = (
        b'title,content\nBanjir,"Air naik."\nSidang,"Sidang ditunda tanpa tanda tutup\n'
        b'Cabai,Harga naik.\nTol,"Antrean\nmengular."\n'
    )
    read, recs = articles("broken.csv", data)
    assert [(r.item_key, r.clean.title) for r in recs] == [("1", "Banjir"), ("3", "Cabai"), ("4", "Tol")]
    assert recs[2].clean.body == "Antrean\n\nmengular."
    [rejection] = read.rejected
    assert rejection.item_key == "row 2" and "broken CSV quoting on line 3" in rejection.reason


def test_truncated_jsonl_keeps_the_complete_lines() -> None:
    data = b'{"title": "A", "content": "Isi A."}\n{"title": "B", "content": "Isi B."}\n{"title": "C", "cont'
    read, recs = articles("cut.jsonl", data)
    assert [r.clean.title for r in recs] == ["A", "B"]
    assert read.rejected[0].item_key == "line 3" and "not a JSON object" in read.rejected[0].reason


@pytest.mark.parametrize(("doc", "reason"), [(BOMB, "entity-expansion"), (XXE, "external entity")])
def test_entity_declarations_are_found_behind_a_long_prolog(doc: str, reason: str) -> None:
    padded = doc.replace("<!DOCTYPE", "<!--" + "x" * 100_000 + "--><!DOCTYPE", 1)
    with pytest.raises(Rejected, match=reason):
        read_document("padded.rss", padded.encode())
