"""A generated feed of newsroom-shaped articles from a small vocabulary written for Kabar (seeded, repeatable)."""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Bekasi", "Bogor", "Depok", "Semarang", "Medan", "Makassar", "Padang", "Kupang", "Ambon", "Palu"]
OUTLETS = [("TRIBUNNEWS.COM", "Tribunnews"), ("KOMPAS.com", "Kompas"), ("detikNews", "detik")]
SUBJECTS = ["Warga", "Pedagang pasar", "Petani", "Pengemudi ojek", "Guru honorer", "Nelayan"]
EVENTS = [
    "mengeluhkan harga beras yang naik",
    "menolak rencana penggusuran lapak",
    "meminta perbaikan jalan yang rusak",
    "menunggu bantuan air bersih",
    "memprotes pemadaman listrik bergilir",
]
OFFICIALS = [
    "Camat Asep Mulyana",
    "Kepala Dinas Sosial Rini Handayani",
    "Wali Kota Bima Saputra",
    "Kapolsek Dedi Kurnia",
]
HEDGES = ["diduga", "dikabarkan", "disebut-sebut", "menurut sumber yang tidak ingin disebutkan namanya,"]
FILLER = [
    "Rapat dengar pendapat dijadwalkan pekan depan di kantor kecamatan.",
    "Sejumlah warga mengaku sudah tiga kali melapor ke kelurahan.",
    "Pemerintah daerah menyatakan anggaran perbaikan sudah disiapkan.",
    "Antrean panjang terlihat sejak pagi di depan balai warga.",
    "Hujan deras sepanjang malam memperparah keadaan di permukiman.",
]


def article(rng: random.Random, n: int) -> str:
    place = rng.choice(PLACES)
    dateline, outlet = rng.choice(OUTLETS)
    subject, event, official = rng.choice(SUBJECTS), rng.choice(EVENTS), rng.choice(OFFICIALS)
    title = f"{subject} di {place} {event.split(' ', 1)[0].capitalize()} {event.split(' ', 1)[1]} ({n})"
    body = [
        f"{place.upper()}, {dateline} - {subject} di {place} {event} sejak awal bulan.",
        f"{official} mengatakan pihaknya akan menindaklanjuti keluhan itu.",
        f"Kerusakan itu {rng.choice(HEDGES)} dipicu oleh proyek yang belum selesai.",
        *rng.sample(FILLER, 3),
        f"Baca juga: {rng.choice(SUBJECTS)} di {rng.choice(PLACES)} Menunggu Kepastian",
        f"Artikel nomor {n} untuk {outlet}, diperbarui pukul {rng.randrange(6, 22)}.{rng.randrange(10, 59)} WIB.",
        f"Editor: {rng.choice(['Galih Permana', 'Yuni Astuti', 'Rahmat Hidayat'])}",
    ]
    return title + "\n" + "\n".join(body) + "\n"


def write_generated_feed(root: Path, count: int, seed: int = 9) -> Path:
    """`count` articles in 20 folders, plus a few exact and re-encoded duplicates and an empty upload."""
    rng = random.Random(seed)
    for n in range(count):
        path = root / f"desk{n % 20:02d}" / f"artikel-{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, n), encoding="utf-8")
    dup = (root / "desk00" / "artikel-00000.txt").read_bytes()
    (root / "copies").mkdir(exist_ok=True)
    (root / "copies" / "same-bytes.txt").write_bytes(dup)
    (root / "copies" / "with-bom.txt").write_bytes(b"\xef\xbb\xbf" + dup)
    (root / "copies" / "empty.txt").write_bytes(b"")
    return root
