"""Honest decoding (no single-byte fallback that turns anything into mojibake) and careful reading of feed files:
size limits, files that vanish or change while read, files the process cannot read."""

from __future__ import annotations

import codecs
import os
import random
import subprocess
import time
from pathlib import Path

import pytest

from etl.core.decode import DecodeError, decode_bytes
from etl.core.feed import FeedFile, Unreadable, read_file, walk_feed
from etl.core.intake import inspect_document, unread_intake

ID = "Harga cabai di Pasar Kramat Jati naik dua kali lipat, kata pedagang. Warga mengeluh.\n"


@pytest.mark.parametrize("seed", range(8))
def test_random_bytes_are_rejected_not_stored_as_mojibake(seed: int) -> None:
    rng = random.Random(seed)
    with_nul = rng.randbytes(4096)
    without_nul = bytes(rng.randrange(1, 256) for _ in range(4096))
    for data in (with_nul, without_nul):
        with pytest.raises(DecodeError, match=r"binary|undecodable"):
            decode_bytes(data)


@pytest.mark.parametrize(
    ("text", "encoding", "read_as"),
    [
        (ID + "Kafé “Sederhana” tutup – kata pemilik…\n", "cp1252", "cp1252"),
        (ID + "Le maire a dit « non » ; Noël à Saint-Étienne coûte cher.\n", "latin-1", "cp1252"),
        (ID + "Señor Muñoz, São Tomé e Príncipe.\n", "latin-1", "cp1252"),
        ("Banjir di Bekasi\n" + ID, "utf-16", "utf-16"),
        ("Banjir di Bekasi\n" + ID, "utf-16-le", "utf-16-le"),
        ("Banjir di Bekasi\n" + ID, "utf-16-be", "utf-16-be"),
    ],
)
def test_real_single_byte_and_utf16_text_is_read_right(text: str, encoding: str, read_as: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == read_as


@pytest.mark.parametrize("size", [16, 64, 256, 1024])
def test_short_random_bytes_are_rejected_too(size: int) -> None:
    """Few bytes give the detector little to go on: still no guess."""
    for seed in range(20):
        rng = random.Random(seed)
        with pytest.raises(DecodeError, match=r"binary|undecodable"):
            decode_bytes(bytes(rng.randrange(1, 256) for _ in range(size)))


QUOTED = "Wali kota “menolak” rencana itu – katanya, café di pusat kota tutup.\n"


@pytest.mark.parametrize(
    ("data", "read_as"),
    [
        (codecs.BOM_UTF16_LE + QUOTED.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + QUOTED.encode("utf-16-be"), "utf-16"),
        (QUOTED.encode("utf-16-le"), "utf-16-le"),
        (QUOTED.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF8 + QUOTED.encode("utf-8"), "utf-8-sig"),
    ],
    ids=["utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf8-bom"],
)
def test_quotes_and_dashes_in_utf16_and_utf8_with_and_without_bom(data: bytes, read_as: str) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == (QUOTED, read_as)


def test_a_long_cp1252_text_whose_accents_come_last_is_read_right() -> None:
    """Plausibility is judged on samples from the start, middle and end; the accents are only in the end."""
    text = "Harga cabai naik lagi pekan ini. " * 5000 + "Kafé “Sederhana” tutup – kata pemilik.\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_a_long_cp1252_text_with_binary_in_the_middle_is_rejected() -> None:
    data = (QUOTED * 3000).encode("cp1252")
    rng = random.Random(1)
    damaged = data[: len(data) // 2] + bytes(rng.randrange(1, 256) for _ in range(70_000)) + data[len(data) // 2 :]
    with pytest.raises(DecodeError, match="undecodable"):
        decode_bytes(damaged)


def test_a_utf8_bom_before_cp1252_bytes_is_rejected_not_guessed() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + QUOTED.encode("cp1252"))


def test_short_text_in_a_foreign_encoding_is_refused_rather_than_guessed() -> None:
    with pytest.raises(DecodeError, match="undecodable"):
        decode_bytes("Москва заявила, что переговоры продолжатся".encode("koi8-r"))


def test_text_with_many_control_characters_is_binary() -> None:
    with pytest.raises(DecodeError, match="binary content"):
        decode_bytes(b"abc\x01\x02\x03def\x04\x05\x06" * 50)


def _file(path: Path) -> FeedFile:
    return FeedFile(path.name, path, path.stat().st_size)


def test_a_file_over_the_size_limit_is_hashed_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    path.write_bytes(ID.encode() * 1000)
    got = read_file(_file(path), limit=10_000)
    assert got.too_large and got.data == b"" and got.size == path.stat().st_size
    import hashlib

    assert got.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    intake = unread_intake(path.name, got)
    assert intake is not None and intake.status == "rejected" and "too large" in intake.reject_reason


def test_the_file_size_limit_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ID.encode() * 10)
    monkeypatch.setenv("KABAR_MAX_FILE_BYTES", "100")
    assert read_file(_file(path)).too_large
    monkeypatch.setenv("KABAR_MAX_ARTICLE_CHARS", "50")
    intake = inspect_document("a.txt", path.read_bytes(), {})
    assert intake.status == "rejected" and "KABAR_MAX_ARTICLE_CHARS" in intake.reject_reason


def test_a_file_that_vanishes_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "hilang.txt"
    path.write_text(ID, encoding="utf-8")
    file = _file(path)
    path.unlink()
    with pytest.raises(Unreadable, match="vanished"):
        read_file(file)


def test_a_file_that_changes_while_read_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "tumbuh.txt"
    path.write_bytes(ID.encode() * 20000)
    writer = subprocess.Popen(["sh", "-c", f"while :; do printf 'baris baru\\n' >> '{path}'; done"])
    try:
        time.sleep(0.3)
        # a read is marked only when the writer appended during both of its passes: on a loaded machine that can
        # take more than a few tries, so read until it happens (or 30 s pass)
        deadline, changed = time.monotonic() + 30, False
        while not changed and time.monotonic() < deadline:
            changed = read_file(_file(path)).changed
    finally:
        writer.kill()
        writer.wait()
    assert changed
    got = read_file(_file(path))  # once the writer stopped, the file reads clean
    assert not got.changed
    intake = unread_intake(path.name, read_file(_file(path)))
    assert intake is None


def test_a_pipe_is_listed_not_read_and_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipa.txt")
    (tmp_path / "a.txt").write_text(ID, encoding="utf-8")
    skipped: list = []
    assert [f.source_uri for f in walk_feed(tmp_path, skipped)] == ["a.txt"]
    assert [(s.source_uri, s.reason) for s in skipped] == [("pipa.txt", "not a regular file (a named pipe)")]


def test_unreadable_permissions(tmp_path: Path) -> None:
    path = tmp_path / "rahasia.txt"
    path.write_text(ID, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:
        pytest.skip("running as root, which reads a chmod 000 file; a named pipe stands for an unreadable path")
    with pytest.raises(Unreadable, match="cannot be opened"):
        read_file(_file(path))
