"""Indonesian newsroom boilerplate: related-article teasers, ads, calls to action, syndication footers."""

from __future__ import annotations

import re

from etl.rules.base import SpanRule, rule, word_set
from etl.rules.outlets import CANONICAL

_OUTLET_NAMES = "|".join(
    sorted({re.escape(k) for k in CANONICAL} | {"Tribun\\w*", "Antara\\s+Foto"}, key=len, reverse=True)
)
# Right after an opening bracket: the bracket opens the paragraph or follows a sentence's end.
_AFTER_SENTENCE = r"(?:(?<=^\()|(?<=[.!?\"”’)]\()|(?<=[.!?\"”’)]\s\())"
_FOOTER_AHEAD = (
    r"(?=\s*(?:$|Penulis\b|Editor\b|Pewarta\b|Artikel\s+ini|Baca\s+juga|Sumber\s*:|Pilihan\s+Editor|\d+\s+Komentar))"
)
# Words a photo caption glued to its credit starts with (`GizmochinaTampilan antarmuka ...`).
_CAPTION_OPENERS = "Tampilan|Tangkapan|Ilustrasi|Foto|Suasana|Potret|Penampakan|Logo"

RULES: tuple[SpanRule, ...] = (
    # --- related-article teasers: the cue, then a headline that runs to the next real sentence
    rule(
        "id.baca_juga",
        "related_link",
        # `Baca juga:` / `Baca juga,`; in title case or capitals the label needs no colon (`BACA JUGA Judul`).
        r"(?:Baca|BACA)\s+(?:juga\s*[:,]|(?:Juga|JUGA)\s*[:,]?(?=\s*[A-Z0-9\"“']))\s*",
        teaser=True,
        remove=[
            (
                "Harga naik. Baca juga: Pasar Induk Sepi Pembeli Jelang Lebaran Pedagang mengeluh rugi.",
                "Baca juga: Pasar Induk Sepi Pembeli Jelang Lebaran",
            ),
            ("Baca juga: Banjir Rendam Tiga Desa di Hulu Sungai", "Baca juga: Banjir Rendam Tiga Desa di Hulu Sungai"),
            ("Warga lega. (Baca juga: Jembatan Baru Dibuka) Kini jalan ramai.", "(Baca juga: Jembatan Baru Dibuka)"),
            ("Harga naik. BACA JUGA: Stok Beras Aman Sampai Lebaran", "BACA JUGA: Stok Beras Aman Sampai Lebaran"),
            ("Harga naik. Baca Juga : Stok Beras Aman Sampai Lebaran", "Baca Juga : Stok Beras Aman Sampai Lebaran"),
            ("Harga naik. BACA JUGA Stok Beras Aman Sampai Lebaran", "BACA JUGA Stok Beras Aman Sampai Lebaran"),
            (
                "Harga naik. Baca juga:Stok Beras Aman Sampai Lebaran Sementara itu, pedagang mengeluh.",
                "Baca juga:Stok Beras Aman Sampai Lebaran",
            ),
        ],
        keep=["Ia meminta warga membaca juga aturan baru itu.", "Baca juga aturan itu, kata dia."],
        trigger="Baca|BACA",
    ),
    rule(
        "id.lihat_juga",
        "related_link",
        r"(?:Lihat|LIHAT|Simak|SIMAK)\s+(?:[Jj]uga|JUGA)\s*:\s*",
        teaser=True,
        remove=[
            ("Harga naik. Lihat Juga: Stok Beras Aman Sampai Lebaran", "Lihat Juga: Stok Beras Aman Sampai Lebaran")
        ],
        keep=["Lihat juga catatan kaki di halaman itu, katanya."],
        trigger="Lihat|LIHAT|Simak|SIMAK",
    ),
    rule(
        "id.baca_selengkapnya",
        "related_link",
        r"Baca\s+(?:berita\s+)?selengkapnya\s*di\s*(?:sini|\S+)(?:\s*\.)?",
        remove=[
            ("Polisi menyelidiki. Baca selengkapnya di sini Lihat", "Baca selengkapnya di sini"),
            ("Polisi menyelidiki. Baca berita selengkapnyadi sini. Lihat", "Baca berita selengkapnyadi sini."),
        ],
        keep=["Baca selengkapnya aturan itu sebelum mendaftar, kata dia."],
        trigger="Baca",
    ),
    rule(
        "id.video_pilihan",
        "related_link",
        r"(?:Simak|Saksikan|Tonton|Lihat)\s+(?:juga\s+)?[Vv]ideo\s+(?:pilihan|menarik|berikut)[^.:\n]{0,40}[:.]",
        remove=[("Selesai. Simak juga video pilihan berikut ini:", "Simak juga video pilihan berikut ini:")],
        keep=["Warga menyimak video pilihan anaknya.", "Simak video itu sampai habis, kata guru."],
        trigger="Simak|Saksikan|Tonton|Lihat",
    ),
    rule(
        "id.video_teaser",
        "related_link",
        r"(?:Simak|Lihat|Tonton|Saksikan)\s+(?:(?:juga\s+)?(?:[Vv]ideo|VIDEO)\b\s*:?\s*|juga\s*(?=[\"“‘'][A-Z]))",
        teaser=True,
        remove=[
            (
                "Simak juga Video: Warga Tanam Seribu Pohon di Bukit Gundul",
                "Simak juga Video: Warga Tanam Seribu Pohon di Bukit Gundul",
            ),
            ("Simak juga Video 'Pasar Terapung Ramai Lagi':", "Simak juga Video 'Pasar Terapung Ramai Lagi':"),
            (
                'Tonton juga video "Festival Layang-layang Meriah" di sini:',
                'Tonton juga video "Festival Layang-layang Meriah" di sini:',
            ),
            (
                'Laga usai. Tonton juga "Gol Indah di Menit Akhir" di sini:',
                'Tonton juga "Gol Indah di Menit Akhir" di sini:',
            ),
        ],
        keep=["Warga menonton video itu bersama-sama.", 'Lihat "kebijakan" itu, katanya.'],
        trigger="Simak|Lihat|Tonton|Saksikan",
    ),
    rule(
        "id.pilihan_editor",
        "related_link",
        r"(?:Pilihan\s+(?:Editor\s*(?::\s*|\s+(?=[A-Z0-9\"“]))|editor\s*:\s*)|PILIHAN\s+EDITOR\s*:?\s*)",
        teaser=True,
        remove=[
            (
                "Acara ditutup. Pilihan Editor: Menakar Arah Kebijakan Pangan",
                "Pilihan Editor: Menakar Arah Kebijakan Pangan",
            ),
            (
                "Acara ditutup. Pilihan Editor Menakar Arah Kebijakan Pangan",
                "Pilihan Editor Menakar Arah Kebijakan Pangan",
            ),
            (
                "Acara ditutup. Pilihan editor: Menakar Arah Kebijakan Pangan",
                "Pilihan editor: Menakar Arah Kebijakan Pangan",
            ),
            (
                "Acara ditutup. PILIHAN EDITOR: Menakar Arah Kebijakan Pangan",
                "PILIHAN EDITOR: Menakar Arah Kebijakan Pangan",
            ),
        ],
        keep=["Buku itu menjadi pilihan editor tahun ini.", "Pilihan editor majalah itu jatuh pada novel baru."],
        trigger="Pilihan|PILIHAN",
    ),
    rule(
        "id.berita_terkait",
        "related_link",
        r"(?:Berita\s+[Tt]erkait|BERITA\s+TERKAIT|Artikel\s+[Tt]erkait|ARTIKEL\s+TERKAIT)\s*:\s*",
        teaser=True,
        remove=[("Berita Terkait: Jalan Tol Baru Diresmikan", "Berita Terkait: Jalan Tol Baru Diresmikan")],
        keep=["Berita terkait banjir itu ramai dibagikan."],
        trigger="Berita|BERITA|Artikel|ARTIKEL",
    ),
    rule(
        "id.bullet_teaser",
        "related_link",
        r"•(?<!\S•)\s*",
        teaser=True,
        strict=True,
        remove=[
            ("Laga usai. • Tim Tamu Curi Poin di Kandang Lawan Pelatih puas.", "• Tim Tamu Curi Poin di Kandang Lawan")
        ],
        keep=[
            "Ada tiga syarat: • usia cukup • sehat jasmani.",
            "Syaratnya: • MINIMAL LULUS SMA • BERDOMISILI DI DESA",
            "Bawa berkas: • Kartu Keluarga • Akta Lahir",
        ],
        trigger="•",
    ),
    # --- ads and layout markers
    rule(
        "id.advertisement",
        "ad",
        r"ADVERTISEMENT\b",
        remove=[("Harga naik. ADVERTISEMENT Pedagang mengeluh.", "ADVERTISEMENT")],
        keep=["Advertisement spending rose.", "Papan bertuliskan ADVERTISEMENTS dipasang di halte."],
        trigger="ADVERTISEMENT",
    ),
    rule(
        "id.scroll_to_continue",
        "ad",
        r"SCROLL\s+TO\s+CONTINUE\s+WITH\s+CONTENT\b",
        remove=[("Harga naik. SCROLL TO CONTINUE WITH CONTENT Pedagang mengeluh.", "SCROLL TO CONTINUE WITH CONTENT")],
        keep=["Tulisan SCROLL TO CONTINUE muncul di layar ponsel."],
        trigger="SCROLL",
    ),
    rule(
        "id.gambas",
        "ad",
        r"\[Gambas:[^\]\n]{0,80}\]",
        remove=[("Laga selesai. [Gambas:Video Kanal]", "[Gambas:Video Kanal]")],
        keep=["Nilai [rata-rata] naik.", "Kode [Gambas] tertera di naskah lama."],
        trigger="[Gambas",
    ),
    rule(
        "id.next_page",
        "other",
        r"(?:Bersambung|Berlanjut|Lanjut)\s+ke\s+halaman\s+(?:berikutnya|selanjutnya)\s*(?:\.{2,}|…|>+|»)?",
        remove=[
            ("Ia menolak. Berlanjut ke halaman berikutnya >>> Sidang ditunda.", "Berlanjut ke halaman berikutnya >>>"),
            ("Tamu datang. Bersambung ke halaman berikutnya... Pada Senin, acara usai.",
             "Bersambung ke halaman berikutnya..."),
        ],
        keep=[
            "Ia lanjut ke halaman rumah tetangga.",
            "Ia lanjut ke halaman pengisian kode OTP.",
            "Lanjut ke halaman parkir, rombongan berjalan kaki.",
        ],
        trigger="Bersambung|Berlanjut|Lanjut",
    ),
    rule(
        "id.pagination",
        "other",
        r"^(?:Halaman\s+\d+\s+dari\s+\d+|Halaman\s+[Ss]elanjutnya|Selanjutnya|Sebelumnya|Next\s+[Pp]age)\s*(?:>+|»)?$",
        where="line",
        remove=[("Ia pulang.\nHalaman 1 dari 3\nRapat ditunda.", "Halaman 1 dari 3")],
        keep=["Selanjutnya, rapat ditunda hingga pekan depan."],
    ),
    rule(
        "id.comment_count",
        "other",
        r"^\d{1,5}\s+Komentar$",
        where="line",
        remove=[("Ia pulang.\n0 Komentar", "0 Komentar")],
        keep=["Ada 12 komentar warga di unggahan itu."],
    ),
    # --- photo captions and credits
    rule(
        "id.caption_line",
        "other",
        # A caption on its own line, one sentence closed by its credit: `Warga antre di pasar. Foto: Kabarku`.
        # (A longer paragraph that happens to end with a credit keeps its sentences; `id.photo_credit` cuts
        # the credit alone.)
        r"^[^\n.!?]{10,200}[.!?\"”]?\s*(?:Foto|FOTO)\s*:\s*[^\n.]{2,60}$",
        where="line",
        remove=[
            (
                "Warga datang.\nWarga antre di pasar pagi. Foto: Kabarku\nHarga naik.",
                "Warga antre di pasar pagi. Foto: Kabarku",
            )
        ],
        keep=[
            "Foto itu diambil pagi hari, katanya.",
            "Harga naik. Warga antre sejak subuh untuk beras murah. Foto: Kabarku",
        ],
        trigger="Foto|FOTO",
    ),
    rule(
        "id.photo_credit",
        "other",
        r"(?:Foto|FOTO)(?<![A-Za-z] Foto)(?<![A-Za-z] FOTO)\s*:\s*[A-Z@][\w.@-]*(?:\s*/\s*[\w.@-]+)*",
        remove=[("Warga antre di pasar. Foto: Instagram/@kabarku Harga naik.", "Foto: Instagram/@kabarku")],
        keep=["Polisi menyita foto: dua lembar cetakan.", "Baca juga: BERITA FOTO: Warga Antre Beras"],
        trigger="Foto|FOTO",
    ),
    rule(
        "id.caption_after_slash_credit",
        "other",
        # A caption glued to the `Agency/Photographer` credit before it: `Kantor Berita/Budi SantosoSejumlah ...`.
        r"[A-Z](?:(?<=^[A-Z])|(?<=[.!?\"”]\s[A-Z]))[\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}/[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}?[a-z]"
        r"(?=[A-Z][a-z])[^.!?\n]{3,300}[.!?]",
        remove=[
            (
                "Warga pulang. Kantor Berita/Budi SantosoSejumlah warga antre di pasar pagi. Harga naik.",
                "Kantor Berita/Budi SantosoSejumlah warga antre di pasar pagi.",
            ),
        ],
        keep=["Film itu laris. Budi/Ani pergiKemudian pulang"],
        trigger="/",
    ),
    rule(
        "id.caption_glued_credit",
        "other",
        # A caption glued to a one-word credit before it: `SumberfotoTampilan aplikasi kamera baru.`; only with
        # words that open captions, not any glued pair (`KeberhasilanJumbo ini ...` is scraper damage in a sentence).
        rf"[A-Z](?:(?<=^[A-Z])|(?<=[.!?\"”]\s[A-Z]))[A-Za-z.]{{1,29}}?[a-z](?=(?:{_CAPTION_OPENERS})\s)[^.!?\n]{{3,300}}[.!?]",
        remove=[
            (
                "Ponsel dijual. SumberfotoTampilan aplikasi kamera baru. Harga naik.",
                "SumberfotoTampilan aplikasi kamera baru.",
            ),
        ],
        keep=["Film itu laris. KeberhasilanJumbo ini menunjukkan minat penonton.", "Tampilan aplikasi itu baru."],
        trigger=_CAPTION_OPENERS,
    ),
    rule(
        "id.photo_agency_credit",
        "other",
        # A photo agency's credit in brackets after a caption: `(Getty Images)`, `(Shutterstock/Nama)`.
        r"\((?:Getty\s+Images|Shutterstock|iStock(?:photo)?|Dok\.(?:\s[^()\n]{1,30})?|Istimewa)"
        r"(?:\s*/\s*[^()\n]{1,40})?\)",
        remove=[("Jemaah berdoa di masjid (Getty Images) Harga naik.", "(Getty Images)")],
        keep=["Ia dijemput (istimewa sekali) oleh panitia.", "Istimewa sekali acara itu (kata panitia)."],
        trigger="Getty|Shutterstock|iStock|Dok.|Istimewa",
    ),
    rule(
        "id.outlet_photo_credit",
        "other",
        # An outlet's own credit in brackets: `(Tribunnews.com/Nama)`, `(ANTARA FOTO/Nama)`, `(Kompas/Nama)`.
        rf"\((?i:{_OUTLET_NAMES})(?:\.com|\.co\.id|\.id)?\s*/\s*[^()\n]{{2,60}}\)\.?",
        remove=[
            ("Acara ditutup. (Tribunnews.com/Budi Santoso) Warga pulang.", "(Tribunnews.com/Budi Santoso)"),
            ("Warga antre (ANTARA FOTO/Budi Santoso) di pasar.", "(ANTARA FOTO/Budi Santoso)"),
        ],
        keep=["Ia bekerja di Kompas (grup media) sejak 2001.", "Nilainya (1/2) dari target."],
        trigger="/",
    ),
    # --- calls to action
    rule(
        "id.kompas_telegram",
        "cta",
        # the desk's variants too (`Dapatkan update berita teknologi dan gadget pilihan setiap hari. Mari bergabung
        # di Kanal WhatsApp ...`): a topic before `pilihan`, no outlet, a WhatsApp channel instead of Telegram
        r"Dapatkan\s+update\s+berita\s+(?:[a-z]+\s+(?:dan\s+[a-z]+\s+)?)?pilihan\s+(?:dan\s+breaking\s+news\s+)?"
        r"setiap\s+hari(?:\s+dari\s+\S+?\.com)?\.?"
        r"(?:\s*Mari\s+bergabung\s+di\s+(?:Grup\s+Telegram|(?:Kanal|Saluran)\s+WhatsApp|WhatsApp\s+Channel)\b.*?"
        r"(?:di\s+ponsel\.?|$))?",
        remove=[
            (
                "Selesai. Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarku.com. "
                'Mari bergabung di Grup Telegram "Kabarku Update", caranya klik link https://t.me/x, kemudian join. '
                "Anda harus install aplikasi Telegram terlebih dulu di ponsel.",
                "Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarku.com. Mari bergabung di Grup "
                'Telegram "Kabarku Update", caranya klik link https://t.me/x, kemudian join. Anda harus install '
                "aplikasi Telegram terlebih dulu di ponsel.",
            ),
            (
                "Selesai. Dapatkan update berita sains dan alam pilihan setiap hari. Mari bergabung di Kanal WhatsApp "
                "KabarSains. Caranya klik link https://wa.me/x. Anda harus install aplikasi WhatsApp terlebih dulu di "
                "ponsel.",
                "Dapatkan update berita sains dan alam pilihan setiap hari. Mari bergabung di Kanal WhatsApp "
                "KabarSains. Caranya klik link https://wa.me/x. Anda harus install aplikasi WhatsApp terlebih dulu di "
                "ponsel.",
            ),
        ],
        keep=["Dapatkan update berita pilihan dari kelurahan di papan pengumuman."],
        trigger="Dapatkan",
    ),
    rule(
        "id.whatsapp_channel",
        "cta",
        r"(?:Simak\s+breaking\s+news\s+dan\s+berita\s+pilihan|Pilih\s+saluran\s+andalanmu)\b[^\n]*?"
        r"WhatsApp\s+Channel\s*:?\s*\S+(?:\s+Pastikan\s+kamu\s+sudah\s+install\s+aplikasi\s+WhatsApp\s+ya\.?)?",
        remove=[
            (
                "Selesai. Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
                "akses berita Kabarku.com WhatsApp Channel : https://www.whatsapp.com/channel/x Pastikan kamu sudah "
                "install aplikasi WhatsApp ya.",
                "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
                "berita Kabarku.com WhatsApp Channel : https://www.whatsapp.com/channel/x Pastikan kamu sudah install "
                "aplikasi WhatsApp ya.",
            )
        ],
        keep=["Warga memilih saluran televisi lokal.", "Warga berbagi kabar lewat grup WhatsApp kampung."],
        trigger="WhatsApp",
    ),
    rule(
        "id.simak_berita_lainnya",
        "cta",
        r"(?:Simak|Dapatkan|Ikuti|Baca)\s+(?:berita|informasi|update|artikel)\s+(?:\w+\s+){0,3}?lainnya\s+di\s+"
        r"[^\n]*?(?:\.(?=\s|$)|$)",
        remove=[
            ("Selesai. Simak berita menarik lainnya di Google News.", "Simak berita menarik lainnya di Google News."),
            ("Selesai. Baca berita terbaru lainnya di Google News", "Baca berita terbaru lainnya di Google News"),
        ],
        keep=[
            "Warga diminta menyimak berita resmi dari pemerintah.",
            "Baca berita lainnya sebelum percaya, pesan guru itu.",
        ],
        trigger="Simak|Dapatkan|Ikuti|Baca",
    ),
    rule(
        "id.ikuti_kami",
        "cta",
        r"Ikuti\s+(?:kami|juga|terus|berita\s+\S+|saluran\s+\S+|channel\s+\S+|akun\s+\S+)\s+(?:\S+\s+){0,3}?"
        r"(?:di|lewat|melalui)\s+(?:Google\s+News|WhatsApp(?:\s+Channel)?|Instagram|Twitter|TikTok|Facebook|"
        r"YouTube|Telegram|Threads|LINE)\b[^\n.]*\.?",
        remove=[
            (
                "Selesai. Ikuti kami di Google News untuk kabar terbaru.",
                "Ikuti kami di Google News untuk kabar terbaru.",
            ),
            ("Selesai. Ikuti saluran Kabarku di WhatsApp Channel", "Ikuti saluran Kabarku di WhatsApp Channel"),
        ],
        keep=["Ia mengikuti kami ke kantor polisi.", "Ikuti aturan lalu lintas di jalan raya."],
        trigger="Ikuti",
    ),
    rule(
        "id.promo_app",
        "cta",
        # A promotional closing sentence addressed to the reader about an app or a channel.
        r"(?:^|(?<=[.!?\"”]\s))(?:Pastikan|Jangan\s+lupa|Yuk)\b[^.!?\n]{0,160}?\b(?:[Aa]pps?|aplikasi|download|"
        r"unduh|install|follow|subscribe|Google\s+News|WhatsApp\s+Channel|Telegram)\b[^.!?\n]*[.!?]",
        where="end",
        remove=[
            (
                "Cek dulu faktanya. Pastikan kamu berinternet dengan aplikasi Kabarku yang hemat kuota.",
                "Pastikan kamu berinternet dengan aplikasi Kabarku yang hemat kuota.",
            )
        ],
        keep=["Pastikan warga mendapat bantuan, kata bupati.", "Jangan lupa membawa KTP saat mendaftar."],
        trigger="Pastikan|Jangan|Yuk",
    ),
    rule(
        "id.saksikan_live",
        "cta",
        r"Saksikan\s+(?:juga\s+)?[Ll]ive\s+[A-Za-z]+\s*:?",
        remove=[("Selesai. Saksikan Live KabarSore:", "Saksikan Live KabarSore:")],
        keep=["Warga menyaksikan siaran itu bersama.", "Saksikan langsung pertandingan itu di stadion, ajak panitia."],
        trigger="Saksikan",
    ),
    rule(
        "id.baca_berita_lainnya",
        "cta",
        r"BACA\s+BERITA\s+[A-Z ]{2,30}?\s*LAINNYA\b",
        remove=[("Selesai.BACA BERITA MALANG LAINNYA", "BACA BERITA MALANG LAINNYA")],
        keep=["Spanduk BACA BERITA HARI INI dipasang di depan kantor."],
        trigger="BACA",
    ),
    rule(
        "id.share_artikel",
        "cta",
        r"Share\s+artikel\s+ini\b[^\n]*?(?:\.(?=\s|$)|$)",
        remove=[
            (
                "Cek faktanya. Share artikel ini agar temanmu tidak tertipu.",
                "Share artikel ini agar temanmu tidak tertipu.",
            )
        ],
        keep=[
            "Ia menulis share artikel itu di grup keluarga.",
            "Share artikel itu di grup keluarga membuatnya dimarahi.",
        ],
        trigger="Share",
    ),
    rule(
        "id.link_arrows",
        "cta",
        # `>>>>Link live streaming ...`: a short link label after arrows, no sentence.
        r">{3,}\s*(?=\S)[^\n.!?]{2,100}$",
        remove=[("Kami siap, katanya>>>>Link live streaming Tim A vs Tim B", ">>>>Link live streaming Tim A vs Tim B")],
        keep=["Nilai >>> Angka itu naik. Harga juga naik."],
        trigger=">>>",
    ),
    # --- syndication
    rule(
        "id.artikel_ini_telah_tayang",
        "syndication",
        # `di` may be glued to the outlet's name by the scraper (`tayang diKabarku`).
        r"Artikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat)\s+di(?:\s+|(?=[A-Z]))[^\n]*$",
        remove=[
            (
                'Selesai. Artikel ini telah tayang di Kabarku.com dengan judul "Harga Cabai Naik",',
                'Artikel ini telah tayang di Kabarku.com dengan judul "Harga Cabai Naik",',
            ),
            ("Selesai.\n\nArtikel ini telah tayang diKabar Kita.", "Artikel ini telah tayang diKabar Kita."),
        ],
        keep=["Artikel ini ditulis untuk pembaca muda."],
        trigger="Artikel",
    ),
    rule(
        "id.disadur_dari",
        "syndication",
        # The credit ends at the site it names (`... Cek Faktakabarku.co` runs on into the next sentence when a
        # scraper dropped the stop) or at a stop before a space or a capital (`Instagram Kabarku.PENJELASAN`).
        r"(?:Artikel\s+(?:ini\s+)?)?[Dd]isadur\s+dari\s+(?:[^\n.]{0,80}?[\w-]+(?:\.[\w-]+)*"
        r"\.(?:co\.id|com|co|id|net|org|tv)\b\.?|[^\n]*?(?:\.(?=\s|$|[A-Z])|$))",
        remove=[
            (
                "Unggahan itu keliru. Disadur dari artikel Cek FaktaKabarku.co. Lalu",
                "Disadur dari artikel Cek FaktaKabarku.co.",
            ),
            (
                "Unggahan itu keliru. Disadur dari artikel Cek Faktakabarku.co Hasil verifikasi Kabarku, foto itu "
                "lama.",
                "Disadur dari artikel Cek Faktakabarku.co",
            ),
            ("Unggahan itu keliru. Disadur dari Instagram Warung Kopi.PENJELASAN: Foto lama.",
             "Disadur dari Instagram Warung Kopi."),
        ],
        keep=["Lagu itu disadur oleh band muda."],
        trigger="Disadur|disadur",
    ),
    rule(
        "id.translation_note",
        "syndication",
        # A piece that first ran in another language: `Artikel ini pertama kali terbit dalam bahasa Inggris`.
        r"(?:Artikel|Tulisan|Berita|Laporan)\s+ini\s+(?:pertama\s+kali\s+(?:terbit|dimuat|tayang|diterbitkan)|"
        r"(?:telah\s+)?diterjemahkan)\s+(?:dalam|dari|ke\s+dalam|ke)\s+[Bb]ahasa\s+[A-Z][a-z]+\.?",
        remove=[
            (
                "Warga kembali ke rumah. Artikel ini pertama kali terbit dalam bahasa JermanEditor: Rudi Hartono",
                "Artikel ini pertama kali terbit dalam bahasa Jerman",
            ),
            (
                "Warga kembali. Tulisan ini diterjemahkan dari bahasa Inggris. Lalu",
                "Tulisan ini diterjemahkan dari bahasa Inggris.",
            ),
        ],
        keep=[
            "Buku ini diterjemahkan ke dalam 20 bahasa.",
            "Pidato itu diterjemahkan ke bahasa Arab oleh panitia.",
            "Artikel ini pertama kali ditulis untuk majalah sekolah.",
        ],
        trigger="Artikel|Tulisan|Berita|Laporan",
    ),
    rule(
        "id.read_on_next_page",
        "other",
        # A page break that points on: `Baca di halaman selanjutnya >>>`, `Simak daftarnya di halaman berikutnya.`
        r"(?:Baca|Simak|Cek|Lihat)\b[^.!?\n]{0,60}?\bdi\s+halaman\s+(?:selanjutnya|berikutnya)\s*(?:\.{2,}|…|>+|»|\.)?",
        remove=[
            ("Tamu berdatangan. Baca di halaman selanjutnya >>> Pada Senin, acara usai.",
             "Baca di halaman selanjutnya >>>"),
            ("Tamu berdatangan. Simak daftar lengkapnya di halaman selanjutnya. Pada Senin, acara usai.",
             "Simak daftar lengkapnya di halaman selanjutnya."),
        ],
        keep=["Jadwal acara dimuat di halaman berikutnya buku panduan.", "Baca aturannya di papan pengumuman."],
        trigger="halaman",
    ),
    rule(
        "id.fact_check_references",
        "other",
        # A fact-check's list of reference links: `Referensi: [1]https://... [2]https://...`.
        # A list left empty by the scraper at the end of the text is its heading alone (`=== REFERENSI:`).
        r"\b(?:Referensi|REFERENSI|Sumber\s+[Rr]eferensi)\s*:\s*(?:(?:\[\d+\]\s*)?https?://\S+\s*)+"
        r"|(?:={2,}\s*)?\b(?:Referensi|REFERENSI)\s*:\s*$",
        remove=[
            (
                "Klaim itu keliru. Referensi: https://cekfakta.example.id/a-1 = = =",
                "Referensi: https://cekfakta.example.id/a-1",
            ),
            (
                "Klaim itu keliru. Referensi:[1]https://kabarku.example/x [2]https://kabarku.example/y",
                "Referensi:[1]https://kabarku.example/x [2]https://kabarku.example/y",
            ),
            ("Klaim itu keliru dan masuk kategori konten palsu. === REFERENSI:", "=== REFERENSI:"),
        ],
        keep=["Referensi: buku pelajaran kelas enam dipakai guru itu."],
        trigger="Referensi|REFERENSI|eferensi",
    ),
    rule(
        "id.fact_check_header",
        "other",
        # The labelled header of a fact-check (`===== [KATEGORI]: Konten Palsu ===== [SUMBER]: Youtube (https://...)
        # ===== [NARASI] ...`): the verdict label with its value, the platform it was found on with its links, and
        # the bracketed section labels. The narrative and the explanation after their labels stay. The older
        # header between spaced bars (`= = = Kategori: ... = = = Sumber: Twitter https://...`) is left in the body,
        # as the annotators of those checks leave it, and its platform stays a source.
        r"(?:={2,}\s*|(?<!=\s))\[?(?:KATEGORI|Kategori)\]?\s*:\s*[^=\n\[]{1,80}?"
        r"(?=\s*(?:={2,}|\[?(?:SUMBER|Sumber)\]?\s*:))"
        r"|(?:={2,}\s*|(?<!=\s))\[?(?:SUMBER|Sumber)\]?\s*:\s*"
        r"(?i:youtube|facebook|tiktok|instagram|twitter|whatsapp|telegram|threads|x)(?!(?!https?:)[a-z])"
        r"(?:\s*\(?https?://[^\s)]+\)?(?:\s+(?i:arsip)\s+https?://\S+)?)?"
        r"|={2,}\s*\[(?:NARASI|PENJELASAN|KESIMPULAN)\]\s*:?",
        remove=[
            (
                "Faktanya, jembatan itu utuh. ===== [KATEGORI]: Konten Palsu ===== Jembatan dibangun 1990.",
                "===== [KATEGORI]: Konten Palsu",
            ),
            (
                "Faktanya, jembatan itu utuh. ===== [SUMBER]: Youtube (https://arsip.example/v/x1) Jembatan lama.",
                "===== [SUMBER]: Youtube (https://arsip.example/v/x1)",
            ),
            ("Akun itu palsu. KATEGORI: KONTEN TIRUAN === Lowongan itu tidak ada.", "KATEGORI: KONTEN TIRUAN"),
            (
                "Akun itu palsu. === SUMBER: FACEBOOKhttps://fb.example/p/1 Arsip https://arsip.example/a Lowongan itu "
                "tidak ada.",
                "=== SUMBER: FACEBOOKhttps://fb.example/p/1 Arsip https://arsip.example/a",
            ),
            (
                "Video itu diunggah ulang. Sumber: TikTokhttps://arsip.example/t1 Per Jumat",
                "Sumber: TikTokhttps://arsip.example/t1",
            ),
            ("Jembatan itu utuh. ===== [PENJELASAN]:Sebuah akun mengunggah video.", "===== [PENJELASAN]:"),
        ],
        keep=[
            "Kategori: lomba lari untuk pelajar dibuka Senin.",
            "Sumber: Kabarku.com",
            "Sumber air warga berasal dari Xaverius.",
            "Klaim itu keliru. = = = Kategori: Konten Palsu = = = Sumber: Twitter https://arsip.example/t9",
        ],
        trigger="KATEGORI|Kategori|SUMBER|Sumber|NARASI|PENJELASAN|KESIMPULAN",
    ),
    rule(
        "id.baca_artikel_selengkapnya",
        "syndication",
        r"Baca\s+artikel\s+[A-Za-z]+,?\s+[^\n]{2,200}?\s+selengkapnya\s+(?:di\s+)?https?://\S+",
        remove=[
            (
                'Selesai. Baca artikel kabarnews, "Harga Cabai Naik" selengkapnya https://kabar.example/a',
                'Baca artikel kabarnews, "Harga Cabai Naik" selengkapnya https://kabar.example/a',
            )
        ],
        keep=["Baca artikel itu selengkapnya sebelum berkomentar."],
        trigger="Baca",
    ),
    rule(
        "id.sumber_footer",
        "syndication",
        r"(?:^|(?<=[.!?\"”]\s))Sumber\s*:\s*[^\n]{2,120}$",
        where="end",
        remove=[("Acara selesai.\nSumber: Kabarku.com", "Sumber: Kabarku.com")],
        keep=["Sumber air warga mengering."],
        trigger="Sumber",
    ),
    rule(
        "id.copyright",
        "other",
        r"(?:COPYRIGHT|Copyright|Hak\s+[Cc]ipta)\s*(?:©|\(c\)|\d{4})[^\n]{0,80}$|©\s*\d{4}[^\n]{0,60}$",
        where="end",
        remove=[("Acara selesai.\nCOPYRIGHT © KABARKU 2023", "COPYRIGHT © KABARKU 2023")],
        keep=["Hak cipta lagu itu digugat."],
        trigger="COPYRIGHT|Copyright|Hak|©",
    ),
    # --- end markers
    rule(
        "id.end_marker_initials",
        "other",
        # `(xyz)`, `(abc/def)`, `(kpl/pur/tch)`, `(Cas/Isk)`, `(FHM)`, `(*)`, damaged `(Nei.` after the last sentence.
        r"\(" + _AFTER_SENTENCE + r"(?:\*|[a-z]{2,5}(?:/[a-z0-9.]+){0,3}|[A-Z][a-z]{1,4}(?:/[A-Z][a-z]{1,4}){0,3}|"
        r"[A-Z]{2,4}(?:/[A-Z]{2,4}){0,3})\)?\.?" + _FOOTER_AHEAD,
        where="end",
        remove=[
            ("Acara ditutup sore itu. (xyz).", "(xyz)."),
            ("Acara ditutup. (abc/kabarbola).", "(abc/kabarbola)."),
            ("Acara ditutup.(Abc/Def)", "(Abc/Def)"),
            ('"Kami siap," tandasnya. (ABC)', "(ABC)"),
            ("Acara ditutup. (abc/def/ghi)", "(abc/def/ghi)"),
            ("Acara ditutup.\n(abc/def)", "(abc/def)"),
        ],
        keep=["Acara ditutup (sore hari) oleh bupati.", "Kasus itu ditangani oleh (KPK)"],
    ),
    rule(
        "id.caps_sources",
        "other",
        # Tempo's closing list of sources in capitals: `... terakhir. KABAR PAGI | WARTA | ANTARA`.
        r"[A-Z](?<=[.!?\"”]\s[A-Z])[A-Z0-9.'&-]+(?:\s[A-Z][A-Z0-9.'&-]+)*(?:\s*\|\s*[A-Z][A-Z0-9.'&-]+(?:\s[A-Z][A-Z0-9.'&-]+)*)+"
        r"(?=\s*(?:$|Pilihan\s+Editor))",
        where="end",
        remove=[("Sidang ditunda. KABAR PAGI | WARTA | ANTARA", "KABAR PAGI | WARTA | ANTARA")],
        keep=["Sidang ditunda. Ia membaca KABAR PAGI | WARTA setiap hari."],
    ),
    rule(
        "credit.caps_signoff",
        "credit",
        # An old-style closing byline in capitals, alone after the last sentence: `... dilakukan. DINA SARI`.
        r"(?P<authors>[A-Z](?<=[.!?\"”]\s[A-Z])[A-Z]+(?:\s[A-Z]{2,}){1,3})(?=\s*(?:$|Pilihan\s+Editor))",
        where="end",
        remove=[("Sidang ditunda hingga pekan depan. DINA SARI", "DINA SARI")],
        keep=["Sidang ditunda. Mereka berteriak MERDEKA ATAU MATI!", "Sidang ditunda. TNI AD."],
    ),
    rule(
        "id.stray_code",
        "other",
        r"\"\s*;\s*$",
        remove=[('Acara ditutup.";', '";')],
        keep=['Ia berkata "cukup"; rapat lalu ditutup.'],
        trigger=";",
    ),
)

# Words Indonesian title-case headlines keep in lower case ("Bentrok di Jalan Tol, Dua Orang Ditangkap").
FUNCTION_WORDS = word_set("""
    di ke dari dan yang untuk dengan pada dalam sejak oleh atau tentang hingga sampai bagi soal karena agar saat
    usai seusai serta vs per demi lewat melalui jelang kala bila jika tapi tak ini itu pun lah kah nya si sang para
    sebagai kepada terhadap antara atas tanpa seperti lalu pasca via ala bak sambil selama menuju ketimbang
    daripada yakni yaitu dkk kalau bersama
    """)

# Phrases that open a body sentence and never stand capitalised inside a headline. `comma` phrases count only
# when a comma follows them (`Sebab, ...`, `Diketahui, ...`); the others count as they are (`Adapun ...`).
SENTENCE_OPENERS = word_set("""
    adapun sedangkan kendati padahal meskipun walaupun dilansir dikutip mengutip sebagaimana
    dikatakan dijelaskan ditambahkan diungkapkan disampaikan ditegaskan disebutkan
    sementara_itu selain_itu oleh_karena_itu karena_itu dengan_demikian dengan_begitu di_sisi_lain lebih_lanjut
    meski_demikian meski_begitu kendati_demikian namun_demikian tak_hanya_itu untuk_itu setelah_itu kemudian
    """)
SENTENCE_OPENERS_COMMA = word_set("""
    sebab namun diketahui sebelumnya selanjutnya akibatnya sayangnya rencananya sementara bahkan
    menurutnya katanya ujarnya hanya_saja saat_itu kala_itu waktu_itu
    """)

# Conjunctions that open a clause: capitalised right before a sentence's subject they belong to the sentence.
SUBORDINATORS = word_set(
    "ketika sebelum setelah meski walau begitu sehingga supaya menurut berdasarkan kata mengutip dikutip"
)
