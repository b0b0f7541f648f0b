"""Indonesian newsroom boilerplate: related-article teasers, ads, calls to action, syndication footers."""

from __future__ import annotations

from etl.rules.base import SpanRule, rule, words

RULES: tuple[SpanRule, ...] = (
    # --- related-article teasers: the cue, then a headline that runs to the next real sentence
    rule(
        "id.baca_juga",
        "related_link",
        r"\(?\b(?:Baca|BACA)\s+(?:juga|Juga|JUGA)\s*[:,]\s*",
        teaser=True,
        remove=[
            (
                "Harga naik. Baca juga: Pasar Induk Sepi Pembeli Jelang Lebaran Pedagang mengeluh rugi.",
                "Baca juga: Pasar Induk Sepi Pembeli Jelang Lebaran",
            ),
            ("Baca juga: Banjir Rendam Tiga Desa di Hulu Sungai", "Baca juga: Banjir Rendam Tiga Desa di Hulu Sungai"),
            ("Warga lega. (Baca juga: Jembatan Baru Dibuka) Kini jalan ramai.", "(Baca juga: Jembatan Baru Dibuka)"),
        ],
        keep=["Ia meminta warga membaca juga aturan baru itu."],
    ),
    rule(
        "id.baca_selengkapnya",
        "related_link",
        r"\bBaca\s+(?:selengkapnya|berita\s+selengkapnya)\s+di\s+(?:sini|\S+)(?:\s*\.)?",
        remove=[("Polisi menyelidiki. Baca selengkapnya di sini Lihat", "Baca selengkapnya di sini")],
        keep=["Baca selengkapnya aturan itu sebelum mendaftar, kata dia."],
    ),
    rule(
        "id.video_teaser",
        "related_link",
        r"\b(?:Simak|Lihat|Tonton|Saksikan)\s+(?:juga\s+)?(?:[Vv]ideo|VIDEO)\b\s*:?\s*",
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
        ],
        keep=["Warga menonton video itu bersama-sama."],
    ),
    rule(
        "id.pilihan_editor",
        "related_link",
        r"\bPilihan\s+Editor\s*:\s*",
        teaser=True,
        remove=[
            (
                "Acara ditutup. Pilihan Editor: Menakar Arah Kebijakan Pangan",
                "Pilihan Editor: Menakar Arah Kebijakan Pangan",
            )
        ],
        keep=["Buku itu menjadi pilihan editor tahun ini."],
    ),
    rule(
        "id.berita_terkait",
        "related_link",
        r"\b(?:Berita\s+[Tt]erkait|BERITA\s+TERKAIT|Artikel\s+[Tt]erkait)\s*:\s*",
        teaser=True,
        remove=[("Berita Terkait: Jalan Tol Baru Diresmikan", "Berita Terkait: Jalan Tol Baru Diresmikan")],
        keep=["Berita terkait banjir itu ramai dibagikan."],
    ),
    rule(
        "id.bullet_teaser",
        "related_link",
        r"(?:^|(?<=\s))•\s*",
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
    ),
    # --- ads and layout markers
    rule(
        "id.advertisement",
        "ad",
        r"\bADVERTISEMENT\b",
        remove=[("Harga naik. ADVERTISEMENT Pedagang mengeluh.", "ADVERTISEMENT")],
        keep=["Advertisement spending rose."],
    ),
    rule(
        "id.scroll_to_continue",
        "ad",
        r"\bSCROLL\s+TO\s+CONTINUE\s+WITH\s+CONTENT\b",
        remove=[("Harga naik. SCROLL TO CONTINUE WITH CONTENT Pedagang mengeluh.", "SCROLL TO CONTINUE WITH CONTENT")],
    ),
    rule(
        "id.gambas",
        "ad",
        r"\[Gambas:[^\]\n]{0,80}\]",
        remove=[("Laga selesai. [Gambas:Video Kanal]", "[Gambas:Video Kanal]")],
        keep=["Nilai [rata-rata] naik."],
    ),
    # --- calls to action
    rule(
        "id.kompas_telegram",
        "cta",
        r"Dapatkan\s+update\s+berita\s+pilihan\s+dan\s+breaking\s+news\s+setiap\s+hari\s+dari\s+\S+?\.com\.?"
        r"(?:\s*Mari\s+bergabung\s+di\s+Grup\s+Telegram\b.*?(?:di\s+ponsel\.?|$))?",
        remove=[
            (
                "Selesai. Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarku.com. "
                'Mari bergabung di Grup Telegram "Kabarku Update", caranya klik link https://t.me/x, kemudian join. '
                "Anda harus install aplikasi Telegram terlebih dulu di ponsel.",
                "Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarku.com. Mari bergabung di Grup "
                'Telegram "Kabarku Update", caranya klik link https://t.me/x, kemudian join. Anda harus install '
                "aplikasi Telegram terlebih dulu di ponsel.",
            )
        ],
    ),
    rule(
        "id.simak_berita_lainnya",
        "cta",
        r"\b(?:Simak|Dapatkan|Ikuti)\s+(?:berita|informasi|update)\s+(?:\w+\s+){0,3}?lainnya\s+di\s+[^\n]*?(?:\.(?=\s|$)|$)",
        remove=[
            ("Selesai. Simak berita menarik lainnya di Google News.", "Simak berita menarik lainnya di Google News.")
        ],
        keep=["Warga diminta menyimak berita resmi dari pemerintah."],
    ),
    rule(
        "id.ikuti_google_news",
        "cta",
        r"\bIkuti\s+(?:kami|berita\s+\S+)\s+di\s+Google\s+News\b[^\n.]*\.?",
        remove=[
            (
                "Selesai. Ikuti kami di Google News untuk kabar terbaru.",
                "Ikuti kami di Google News untuk kabar terbaru.",
            )
        ],
        keep=["Ia mengikuti kami ke kantor polisi."],
    ),
    rule(
        "id.baca_berita_lainnya",
        "cta",
        r"\bBACA\s+BERITA\s+[A-Z ]{2,30}?\s*LAINNYA\b",
        remove=[("Selesai.BACA BERITA MALANG LAINNYA", "BACA BERITA MALANG LAINNYA")],
    ),
    rule(
        "id.share_artikel",
        "cta",
        r"\bShare\s+artikel\s+ini\b[^\n]*?(?:\.(?=\s|$)|$)",
        remove=[
            (
                "Cek faktanya. Share artikel ini agar temanmu tidak tertipu.",
                "Share artikel ini agar temanmu tidak tertipu.",
            )
        ],
        keep=["Ia menulis share artikel itu di grup keluarga."],
    ),
    rule(
        "id.link_arrows",
        "cta",
        r">{3,}\s*[^\n]*$",
        remove=[("Kami siap, katanya>>>>Link live streaming Tim A vs Tim B", ">>>>Link live streaming Tim A vs Tim B")],
    ),
    # --- syndication
    rule(
        "id.artikel_ini_telah_tayang",
        "syndication",
        r"\bArtikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat)\s+di\s+[^\n]*$",
        remove=[
            (
                'Selesai. Artikel ini telah tayang di Kabarku.com dengan judul "Harga Cabai Naik",',
                'Artikel ini telah tayang di Kabarku.com dengan judul "Harga Cabai Naik",',
            )
        ],
        keep=["Artikel ini ditulis untuk pembaca muda."],
    ),
    rule(
        "id.sumber_footer",
        "syndication",
        r"(?:^|(?<=[.!?\"”]\s))Sumber\s*:\s*[^\n]{2,120}$",
        where="end",
        remove=[("Acara selesai.\nSumber: Kabarku.com", "Sumber: Kabarku.com")],
        keep=["Sumber air warga mengering."],
    ),
    # --- end markers
    rule(
        "id.end_marker_initials",
        "other",
        r"\((?:\*|[a-z]{2,5}(?:/[a-z0-9.]+)?|[A-Z][a-z]{1,4})\)?\.?(?=\s*(?:$|Penulis\b|Editor\b|Artikel\s+ini|Baca\s+juga|Sumber\s*:))",
        where="end",
        remove=[("Acara ditutup sore itu. (xyz).", "(xyz)."), ("Acara ditutup. (abc/kabarbola).", "(abc/kabarbola).")],
        keep=["Acara ditutup (sore hari) oleh bupati."],
    ),
    rule(
        "id.end_marker_outlet",
        "other",
        r"\((?:Tribunnews|Kompas|Surya|Detik|Tribun\w*)(?:\.com)?\s*/\s*[^)]{2,60}\)\.?",
        remove=[("Acara ditutup. (Tribunnews.com/Budi Santoso)", "(Tribunnews.com/Budi Santoso)")],
        keep=["Ia bekerja di Kompas (grup media) sejak 2001."],
    ),
    rule(
        "id.stray_code",
        "other",
        r"\"\s*;\s*$",
        remove=[('Acara ditutup.";', '";')],
    ),
)

# Words Indonesian title-case headlines keep in lower case ("Bentrok di Jalan Tol, Dua Orang Ditangkap").
FUNCTION_WORDS = words("""
    di ke dari dan yang untuk dengan pada dalam sejak oleh atau tentang hingga sampai bagi soal karena agar saat
    usai seusai serta vs per demi lewat melalui jelang kala bila jika tapi tak ini itu pun lah kah nya si sang para
    sebagai kepada terhadap antara atas tanpa seperti lalu pasca via ala bak sambil selama menuju ketimbang
    daripada yakni yaitu dkk kalau bersama
    """)

# Phrases that open a body sentence and never stand capitalised inside a headline. `comma` phrases count only
# when a comma follows them (`Sebab, ...`, `Diketahui, ...`); the others count as they are (`Adapun ...`).
SENTENCE_OPENERS = words("""
    adapun sedangkan kendati padahal meskipun walaupun dilansir dikutip mengutip sebagaimana
    dikatakan dijelaskan ditambahkan diungkapkan disampaikan ditegaskan disebutkan
    sementara_itu selain_itu oleh_karena_itu karena_itu dengan_demikian dengan_begitu di_sisi_lain lebih_lanjut
    meski_demikian meski_begitu kendati_demikian namun_demikian tak_hanya_itu untuk_itu setelah_itu kemudian
    """)
SENTENCE_OPENERS_COMMA = words("""
    sebab namun diketahui sebelumnya selanjutnya akibatnya sayangnya rencananya sementara bahkan
    menurutnya katanya ujarnya hanya_saja saat_itu kala_itu waktu_itu
    """)

# Conjunctions that open a clause: capitalised right before a sentence's subject they belong to the sentence.
SUBORDINATORS = words(
    "ketika sebelum setelah meski walau begitu sehingga supaya menurut berdasarkan kata mengutip dikutip"
)

# Titles that head a person's or body's name at the start of a sentence (`Kapolri Jenderal Listyo ...`).
ROLE_WORDS = words("""
    presiden wapres wakil menteri menko wamen ketua kepala direktur dirut dirjen gubernur wagub bupati wabup
    walikota wali camat lurah kades kapolri kapolda kapolres kapolsek kasat kasatreskrim kabid kasubdit kanit
    jenderal letjen mayjen brigjen irjen kombes akbp kompol akp iptu ipda aiptu bripka briptu kolonel panglima
    sekjen sekretaris juru jubir komisioner hakim jaksa pengamat ekonom pakar peneliti dosen guru koordinator
    pelatih manajer kapten anggota kuasa pengacara advokat senator
    """)
