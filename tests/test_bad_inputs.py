"""Every kind of broken, hostile or odd input file, generated here, through one real `kabar run`.

Each case parses or is stored with status 'rejected' (or 'duplicate') and a reason a person understands, or is
listed among the paths not read (links not followed, pipes, hidden entries); the run goes on and exits 0; every
regular file under the feed folder is accounted for; nothing prints a traceback. Format cases (HTML, RSS/Atom,
JSONL, CSV) assert what must hold whether or not a reader for the format exists: parsed, or rejected with a reason.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

ARTICLE = (
    "Harga Cabai di Pasar Induk Naik Dua Kali Lipat\n"
    "JAKARTA, KOMPAS.com - Harga cabai rawit di Pasar Induk Kramat Jati naik dua kali lipat dalam sepekan.\n"
    "Pedagang bernama Siti Aminah mengatakan pasokan dari Jawa Tengah berkurang karena hujan.\n"
    "Kenaikan itu diduga dipicu gagal panen di sejumlah sentra produksi.\n"
    "Editor: Rini Handayani\n"
)
HOSTILE_TITLE = (
    "<script>alert('x')</script> Wali Kota [klik](javascript:alert(1)) O'Neil \"Kami\"; DROP TABLE articles; --"
)
BIG_ARTICLE_BYTES = 50 * 1024 * 1024
_rng = random.Random(2026)


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("berita.txt", ARTICLE)
    return buf.getvalue()


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + bytes(64)


def _pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstream\n" + _rng.randbytes(512) + b"\nendstream\n%%EOF\n"


BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + ']>\n<rss version="2.0"><channel><title>Bom</title><item><title>&lol9;</title>'
    "<description>&lol9;</description></item></channel></rss>\n"
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY rahasia SYSTEM "file:///etc/passwd">]>\n'
    '<rss version="2.0"><channel><title>Umpan</title><item><title>Berita &rahasia;</title>'
    "<description>Isi berita &rahasia; selesai.</description></item></channel></rss>\n"
)
RSS_OK_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Kabar</title>'

# name -> (relative path, content); content None means the case is set up by `special()`.
# expected: "parsed", "rejected" (with words the reason must hold), "duplicate", "either" (parsed or rejected with
# a reason: the format cases), "not read" (listed in skipped_paths with words the reason must hold).
CASES: dict[str, tuple[str, bytes | None, str, str]] = {
    "empty": ("kosong.txt", b"", "rejected", "empty"),
    "whitespace_only": ("spasi.txt", b"  \n\t\r\n   \n", "rejected", "empty"),
    "png_as_txt": ("gambar.txt", _png(), "rejected", "PNG"),
    "zip_as_txt": ("arsip.txt", _zip(), "rejected", "ZIP"),
    "pdf_as_txt": ("dokumen.txt", _pdf(), "rejected", "PDF"),
    "random_bytes": ("acak.txt", _rng.randbytes(8192), "rejected", ""),
    "random_bytes_no_nul": ("acak2.txt", bytes(_rng.randrange(1, 256) for _ in range(8192)), "rejected", ""),
    "control_characters": ("kendali.txt", b"\x01\x02\x03\x04\x05\x06 abc " * 400, "rejected", "binary"),
    "nul_bytes_in_text": ("nul.txt", ARTICLE.encode().replace(b" ", b"\x00", 40), "rejected", "NUL"),
    "invalid_utf8": ("rusak-utf8.txt", ARTICLE.encode() + b"\xff\xfe\xc3\x28 akhir.\n", "either", ""),
    "cp1252": ("cp1252.txt", (ARTICLE + "Kafé “Sederhana” tutup – kata pemilik.\n").encode("cp1252"), "parsed", ""),
    "latin1": ("latin1.txt", (ARTICLE + "Señor Muñoz à São Tomé.\n").encode("latin-1"), "parsed", ""),
    "utf16_bom": ("utf16-bom.txt", ("Banjir Bekasi\n" + ARTICLE).encode("utf-16"), "parsed", ""),
    "utf16le_no_bom": ("utf16le.txt", ("Longsor Bogor\n" + ARTICLE).encode("utf-16-le"), "parsed", ""),
    "utf16be_no_bom": ("utf16be.txt", ("Gempa Palu\n" + ARTICLE).encode("utf-16-be"), "parsed", ""),
    "mojibake": (
        "mojibake.txt",
        (ARTICLE + "Kafé ramai – kata warga.\n").encode().decode("cp1252").encode(),
        "parsed",
        "",
    ),
    "utf16_bom_broken": ("bom-rusak.txt", b"\xff\xfe\x00\xd8\x41", "rejected", "byte-order mark"),
    "big_article_50mb": ("besar.txt", None, "rejected", "too large"),
    "no_punctuation_10k_lines": ("tanpa-tanda.txt", None, "either", ""),
    "one_line_2mb": ("satu-baris.txt", None, "either", ""),
    "html_no_body": ("tanpa-body.html", b"<html><head><title>Judul</title></head></html>", "either", ""),
    "html_only_script_style": (
        "skrip.html",
        b"<html><head><style>p{color:red}</style></head><body><script>var x=1;</script></body></html>",
        "either",
        "",
    ),
    "gzip_truncated": ("arsip.txt.gz", gzip.compress(ARTICLE.encode() * 20)[:60], "either", ""),
    "gzip_under_txt": ("terkompres.txt", gzip.compress(ARTICLE.encode())[:50], "rejected", "gzip"),
    "rss_malformed": ("umpan-rusak.rss", (RSS_OK_HEAD + "<item><title>Tanpa penutup").encode(), "either", ""),
    "rss_empty": ("umpan-kosong.xml", (RSS_OK_HEAD + "</channel></rss>").encode(), "either", ""),
    "atom_malformed": (
        "umpan.atom",
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</entry>',
        "either",
        "",
    ),
    "entity_bomb": ("bom.xml", BOMB.encode(), "either", ""),
    "xxe_feed": ("xxe.rss", XXE.encode(), "either", ""),
    "jsonl_truncated": ("data.jsonl", b'{"title": "Satu", "body": "Isi satu."}\n{"title": "Du', "either", ""),
    "csv_broken_quote": ("data.csv", b'title,body\n"Judul satu,"isi tanpa penutup\nJudul dua,isi\n', "either", ""),
    "name_newline": ("baris\nbaru.txt", ARTICLE.encode(), "parsed", ""),
    "name_quotes": ("kutip \"ganda\" 'tunggal'.txt", ARTICLE.replace("Cabai", "Bawang").encode(), "parsed", ""),
    "name_sql": ("x'); DROP TABLE documents; --.txt", ARTICLE.replace("Cabai", "Tomat").encode(), "parsed", ""),
    "name_dots": ("dua..titik.txt", ARTICLE.replace("Cabai", "Jagung").encode(), "parsed", ""),
    "name_spaces": ("nama dengan spasi.txt", ARTICLE.replace("Cabai", "Kedelai").encode(), "parsed", ""),
    "name_non_ascii": ("berita-ü-日本-ñ.txt", ARTICLE.replace("Cabai", "Gula").encode(), "parsed", ""),
    "name_long": ("p" * 200 + ".txt", ARTICLE.replace("Cabai", "Garam").encode(), "parsed", ""),
    "hostile_title": ("judul-jahat.txt", (HOSTILE_TITLE + "\n" + ARTICLE.split("\n", 1)[1]).encode(), "parsed", ""),
    "duplicate_bytes": ("salinan/sama.txt", None, "parsed", ""),
    "duplicate_reencoded": ("salinan/bom.txt", None, "duplicate", "same text"),
    "unsupported_jpeg": ("foto.jpg", b"\xff\xd8\xff\xe0" + bytes(100), "rejected", ""),
    "symlink_loop": ("putaran.txt", None, "not read", "loop"),
    "symlink_outside": ("keluar.txt", None, "not read", "outside the feed folder"),
    "symlink_inside": ("alias.txt", None, "parsed", ""),
    "symlink_folder": ("folder-link", None, "not read", "link to a folder"),
    "fifo_unreadable": ("pipa.txt", None, "not read", "named pipe"),
    "hidden_file": (".tersembunyi.txt", ARTICLE.encode(), "not read", "hidden"),
    "dots_hidden": ("...txt", ARTICLE.encode(), "not read", "hidden"),
}


def special(feed: Path, outside: Path) -> None:
    words = ["harga", "beras", "naik", "warga", "pasar", "kota", "hujan", "banjir", "jalan", "sekolah"]
    title = b"Artikel Sangat Panjang dari Satu Berkas\n"
    line = (" ".join(_rng.choice(words) for _ in range(20)) + ". ").encode()
    with open(feed / "besar.txt", "wb") as fh:
        fh.write(title)
        while fh.tell() < BIG_ARTICLE_BYTES:
            fh.write(line * 1000 + b"\n")
    (feed / "tanpa-tanda.txt").write_text(
        "\n".join(" ".join(_rng.choice(words) for _ in range(8)) for _ in range(10_000)), encoding="utf-8"
    )
    (feed / "satu-baris.txt").write_text(
        "Satu Baris Panjang\n" + " ".join(_rng.choice(words) for _ in range(2 * 1024 * 1024 // 6)), encoding="utf-8"
    )
    base = ARTICLE.replace("Cabai", "Minyak").encode()
    (feed / "asli.txt").write_bytes(base)
    (feed / "salinan").mkdir()
    (feed / "salinan" / "sama.txt").write_bytes(base)
    (feed / "salinan" / "bom.txt").write_bytes(b"\xef\xbb\xbf" + base)
    (feed / "putaran.txt").symlink_to("putaran.txt")
    (outside / "rahasia.txt").write_text("root:x:0:0:rahasia", encoding="utf-8")
    (feed / "keluar.txt").symlink_to(outside / "rahasia.txt")
    (feed / "alias.txt").symlink_to("asli.txt")
    (feed / "folder-link").symlink_to(outside)
    os.mkfifo(feed / "pipa.txt")


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    root = tmp_path_factory.mktemp("bad_inputs")
    feed, outside = root / "feed", root / "outside"
    feed.mkdir()
    outside.mkdir()
    for rel, content, _, _ in CASES.values():
        if content is not None:
            (feed / rel).parent.mkdir(parents=True, exist_ok=True)
            (feed / rel).write_bytes(content)
    special(feed, outside)
    warehouse = root / "w.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "etl", "run", "--quiet", "--feed", str(feed), "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=root,
    )
    return result, feed, warehouse


def test_there_are_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


def test_the_run_goes_on_without_a_traceback(bad_run) -> None:
    result, _, _ = bad_run
    assert result.returncode == 0, (result.stdout[-3000:], result.stderr[-3000:])
    assert "Traceback" not in result.stdout + result.stderr
    assert "not read   putaran.txt: symbolic link loop" in result.stdout
    assert "not read   keluar.txt: symbolic link leading outside the feed folder" in result.stdout


def _rows(warehouse: Path, sql: str, params: list) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_bad_input_is_parsed_or_kept_with_a_reason(bad_run, case: str) -> None:
    _, _, warehouse = bad_run
    rel, _, expected, words = CASES[case]
    if expected == "not read":
        rows = _rows(warehouse, "SELECT reason FROM skipped_paths WHERE source_uri = ?", [rel])
        assert rows and words in rows[0][0], rows
        return
    rows = _rows(
        warehouse,
        "SELECT d.status, d.reject_reason, d.byte_size FROM document_paths p JOIN documents d USING (doc_id) "
        "WHERE p.source_uri = ?",
        [rel],
    )
    assert len(rows) == 1, f"{rel!r} not accounted for"
    status, reason, _size = rows[0]
    if expected == "either":
        assert status in ("parsed", "rejected"), rows
    else:
        assert status == expected, rows
    if status != "parsed":
        assert reason and len(reason) > 10 and "Traceback" not in reason, reason
        assert words.lower() in reason.lower(), reason
    if status == "parsed" and case != "duplicate_bytes":
        articles = _rows(
            warehouse,
            "SELECT body FROM articles a JOIN documents d USING (doc_id) "
            "JOIN document_paths p USING (doc_id) WHERE p.source_uri = ?",
            [rel],
        )
        assert articles, f"{rel!r} parsed but no article"


def test_decoded_text_is_right(bad_run) -> None:
    _, _, warehouse = bad_run
    body = dict(_rows(warehouse, "SELECT source_uri, body FROM articles", []))
    assert "Kafé “Sederhana” tutup – kata pemilik." in body["cp1252.txt"]
    assert "Señor Muñoz à São Tomé." in body["latin1.txt"]
    assert "Kafé ramai – kata warga." in body["mojibake.txt"]
    encodings = dict(_rows(warehouse, "SELECT source_uri, encoding FROM documents", []))
    assert encodings["utf16le.txt"] == "utf-16-le" and encodings["utf16be.txt"] == "utf-16-be"


def test_nothing_outside_the_feed_and_no_entity_is_expanded(bad_run) -> None:
    _, _, warehouse = bad_run
    leaked = _rows(
        warehouse,
        "SELECT count(*) FROM articles WHERE body LIKE '%root:x:0:0%' OR title LIKE '%root:x:0:0%' "
        "OR body LIKE '%lollollollol%' OR title LIKE '%lollollollol%'",
        [],
    )
    assert leaked == [(0,)]
    assert _rows(warehouse, "SELECT count(*) FROM documents WHERE source_uri LIKE '%rahasia%'", []) == [(0,)]


def test_every_regular_file_is_accounted_for(bad_run) -> None:
    _, feed, warehouse = bad_run
    read = {r[0] for r in _rows(warehouse, "SELECT source_uri FROM document_paths", [])}
    not_read = {r[0] for r in _rows(warehouse, "SELECT source_uri FROM skipped_paths", [])}
    entries = []
    for dirpath, dirnames, filenames in os.walk(feed):
        for name in filenames + [d for d in dirnames if (Path(dirpath) / d).is_symlink()]:
            entries.append((Path(dirpath) / name).relative_to(feed).as_posix())
    regular = [e for e in entries if stat.S_ISREG(os.lstat(feed / e).st_mode)]
    missing = [e for e in entries if e not in read and e not in not_read]
    assert not missing, missing
    documents = sum(1 for e in regular if e in read)
    hidden = sum(1 for e in regular if e in not_read)
    assert len(regular) == documents + hidden
    links_read = sorted(e for e in read if e not in regular)
    assert links_read == ["alias.txt"]  # a link to a file inside the feed is read like the file
    print(
        f"\n{len(CASES)} cases; {len(entries)} entries, {len(regular)} regular files: {documents} in "
        f"document_paths + {hidden} hidden listed; {len(entries) - len(regular)} links/pipes listed as not read"
    )


def test_the_bomb_and_the_50mb_article_are_bounded(tmp_path: Path) -> None:
    """Time and peak memory of deciding each file's fate, in a fresh process (the figures in the README)."""
    (tmp_path / "feed").mkdir()
    special_feed = tmp_path / "feed"
    (special_feed / "bom.xml").write_bytes(BOMB.encode())
    line = b"harga beras naik di pasar kota. " * 1000 + b"\n"
    with open(special_feed / "besar.txt", "wb") as fh:
        fh.write(b"Judul\n")
        while fh.tell() < BIG_ARTICLE_BYTES:
            fh.write(line)
    script = (
        "import resource, sys, time\n"
        "from etl.core.feed import FeedFile, read_file\n"
        "from etl.core.intake import inspect_document\n"
        "from pathlib import Path\n"
        "path = Path(sys.argv[1]); t = time.perf_counter()\n"
        "got = read_file(FeedFile(path.name, path, path.stat().st_size))\n"
        "intake = inspect_document(path.name, got.data, {})\n"
        "print(intake.status, round(time.perf_counter() - t, 2), "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, intake.reject_reason, sep='|')\n"
    )
    for name, limit_s in (("bom.xml", 10), ("besar.txt", 30)):
        out = subprocess.run(
            [sys.executable, "-c", script, str(special_feed / name)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout.strip()
        status, seconds, rss_mb, reason = out.split("|", 3)
        print(f"\n{name}: {status} in {seconds} s, peak RSS {rss_mb} MB ({reason})")
        assert float(seconds) < limit_s
        assert int(rss_mb) < 1024
        assert status in ("parsed", "rejected")
    assert status == "rejected" and "too large" in reason
