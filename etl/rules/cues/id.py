"""Indonesian cues: hedges, false friends, explicit non-verification, unnamed reports, reporting frames, lexicons.

Every example below is written for Kabar (no corpus text). Patterns are regex fragments, case-insensitive.
`GLUE` (a lower-case letter glued before the cue, as in scraped `Xiaomidikabarkan`) is allowed on the
passive reporting verbs only, whose spelling no ordinary word ends with.
"""

from __future__ import annotations

from etl.rules.base import word_tuple
from etl.rules.cues.base import CueFamily, Language, Lexicon, Reporting, family

GLUE = r"(?:\b|(?<=[a-z]))"

HEDGES: tuple[CueFamily, ...] = (
    family(
        "reported_passive",
        GLUE + r"dilaporkan\b",
        GLUE + r"dikabarkan\b",
        GLUE + r"diberitakan\b",
        GLUE + r"diisukan\b",
        GLUE + r"dirumorkan\b",
        GLUE + r"digosipkan\b",
        r"\bdisebut-sebut\b",
        r"\bdisinyalir\b",
        r"\bditengarai\b",
        r"\bkonon(?:nya)?\b",
        r"\bkabarnya\b",
        r"\bsanter\s+terdengar\b",
        match=[
            "Pemain muda itu dilaporkan sudah menjalani tes medis.",
            "Kiper senior itu dikabarkan akan pindah musim depan.",
            "Penyanyi itu disebut-sebut akan menikah bulan depan.",
            "Kabarnya, proyek itu sudah dihentikan sejak Maret.",
            "Konon rumah tua itu dibangun pada abad ke-18.",
            "Perusahaan rintisan itu ditengarai menghindari pajak.",
            "Klub asal Italia itu disinyalir menyiapkan tawaran.",
            "Produsen ponselGadgetkudikabarkan menyiapkan tampilan baru.",
        ],
        keep=["Ia melaporkan kejadian itu kepada atasannya.", "Pelapor datang membawa bukti."],
    ),
    family(
        "reported_says",
        r"\bdisebut(?!-)\b",
        r"\bdisebutkan(?=\s*,|\s+bahwa\b)",
        r"(?<![\w,;:]\s)(?<![\w,;:])disebutkan\b",  # opening its sentence
        note="`disebut` reports a claim (`X disebut menerima suap`); the `is called` sense is a false friend.",
        match=[
            "Direktur itu disebut menerima uang dari kontraktor.",
            "Dalam surat itu disebutkan bahwa rapat ditunda.",
            "Disebutkan, kedua pihak sudah berdamai.",
        ],
        keep=["Kota itu biasa disebut Kota Hujan.", "Seperti yang disebutkan di atas, jadwal berubah."],
    ),
    family(
        "circulating",
        r"\bberedar\s+(?:pula\s+|juga\s+)?(?:secara\s+viral\s+)?(?:kabar|isu|informasi|video|foto|pesan|unggahan|narasi|berita|rumor|tangkapan\s+layar)\b",
        r"\b(?:kabar|isu|informasi|video|foto|pesan|unggahan|narasi|berita|rumor|postingan|hoaks|hoax)(?:\s+\w+){0,2}\s+yang\s+beredar\b",
        r"(?<![\w,;:]\s)(?<![\w,;:])beredar\b",  # opening its sentence
        # scraped text glues the noun on: `Beredarvideo dari akun ...`
        r"\bberedar(?=(?:video|foto|unggahan|pesan|kabar|informasi|narasi|tautan|gambar|rekaman)\w*)",
        # a fact-check quoting the post: `mengunggah video disertai narasi: "..."`, `video bernarasi "..."`
        r"\b(?:disertai|dengan|berisi)\s+narasi(?=\s*[:“\"])",
        r"\bbernarasi\b",
        r"\b(?:ada|dapat|mendapat|muncul|santer)\s+kabar\b",
        r"\bkabar\s+(?:yang\s+)?(?:beredar|menyebutkan|menyebut)\b",
        match=[
            "Beredar kabar bahwa kantor itu akan ditutup.",
            "Pesan berantai yang beredar di grup itu tidak benar.",
            "Saya dapat kabar dari tetangga soal kebakaran itu.",
            "Di grup warga beredar pula secara viral foto jembatan desa yang retak.",
            "Beredarvideo dari akun Warta Desa tentang jembatan yang runtuh.",
            "Akun itu mengunggah foto disertai narasi: \"Jembatan desa ambruk malam ini\".",
        ],
        keep=["Obat itu sudah beredar di apotek sejak Januari.", "Kabar gembira datang dari tim bulu tangkis."],
    ),
    family(
        "suspected",
        GLUE + r"diduga\b",
        r"\bmenduga\b",
        r"\b(?:kita|kami|saya|ia|dia|yang)\s+duga\b",
        r"\bdugaan\b",
        r"\bterduga\b",
        r"\bpatut\s+diduga\b",
        r"\bdisangka(?:kan)?\b",
        r"\bsangkaan\b",
        r"\bdicurigai\b",
        r"\bmencurigakan\b",
        r"\bterendus\b",
        r"\bterindikasi\b",
        r"\bindikasi(?:nya)?\b",
        match=[
            "Pengemudi itu diduga mengantuk saat kejadian.",
            "Penyidik menduga ada pihak lain yang terlibat.",
            "Kasus dugaan korupsi dana desa itu disidangkan.",
            "Dua terduga pelaku sudah diamankan.",
            "Rekening itu mencatat transaksi mencurigakan.",
        ],
        keep=["Seperti diduga, tim tuan rumah menang mudah.", "Hasilnya di luar dugaan banyak orang."],
    ),
    family(
        "accused",
        r"\bdituduh\b",
        r"\bmenuduh\b",
        r"\btuduhan\b",
        r"\bdituding\b",
        r"\bmenuding\b",
        r"\btudingan\b",
        r"\bdidakwa\b",
        r"\bdijerat\b",
        r"\bmendakwa(?:kan)?\b",
        r"\bdakwaan\b",
        match=["Bendahara itu dituduh menggelapkan uang kas.", "Jaksa mendakwa terdakwa dengan pasal berlapis."],
        keep=["Jaksa membacakan surat dakwaan di depan majelis.", "Terdakwa hadir mengenakan kemeja putih."],
    ),
    family(
        "claimed",
        r"\bdiklaim\b",
        GLUE + r"(?:mengklaim|mengeklaim)\b",
        r"\bklaim(?:nya)?\b",
        r"\bmengaku\b",
        # what a suspect confessed, as the basis of a report: `Dari pengakuan pelaku, ...`, `Pengakuan tersangka ...`
        r"\bpengakuan\s+(?:tersangka|pelaku|terdakwa|terduga)\b",
        match=[
            "Obat herbal itu diklaim mampu menyembuhkan flu.",
            "Kelompok itu mengklaim bertanggung jawab.",
            "Pria itu mengaku sebagai petugas pajak.",
            "Dari pengakuan pelaku, ia mencuri karena terlilit utang.",
        ],
        keep=[
            "Nasabah mengajukan klaim asuransi kesehatan.",
            "Data klaim tunjangan pengangguran turun.",
            "Mahasiswa memperoleh pengakuan SKS dari kampus.",
        ],
    ),
    family(
        "rumour_hoax",
        r"\b(?:isu|issue)(?=\s+(?:bahwa|soal|tentang|mengenai|adanya|hoaks|hoax|yang\s+beredar|yang\s+menyebut)\b)",
        r"(?<=beredar\s)(?:isu|issue)\b",
        r"\brumor\b",
        r"\bdesas-desus\b",
        r"\bgosip\b",
        r"\bhoaks\b",
        r"\bhoax\b",
        r"\b(?:kabar|berita)\s+(?:bohong|palsu|dusta)\b",
        r"\bbohong\b",
        r"\b(?:tak|tidak)\s+berdasar\b",
        r"\b(?:adalah|merupakan|ternyata)\s+(?:tidak|tak)\s+benar\b",
        r"\b(?:isu|kabar|informasi|berita|narasi|klaim)\s+yang\s+(?:tidak|tak)\s+benar\b",
        match=[
            "Isu bahwa harga BBM naik besok ternyata keliru.",
            "Rumor kepindahan pemain itu ramai dibicarakan.",
            "Pesan itu hoaks dan tidak perlu disebarkan.",
            "Tuduhan itu tak berdasar.",
            "Informasi soal pembagian sembako gratis itu adalah tidak benar.",
        ],
        keep=["Menteri itu mengangkat isu lingkungan dalam pidatonya.", "Isu utama rapat adalah anggaran."],
    ),
    family(
        "estimated_possible",
        r"\bdiperkirakan\b",
        GLUE + r"memperkirakan\b",
        r"\bdiprediksi\b",
        r"\bmemprediksi\b",
        r"\bditaksir\b",
        r"\bdiproyeksikan\b",
        r"\bkemungkinan(?:nya|\s+besar)?\b",
        r"\bprobabilitas(?:nya)?\b",
        r"\bmungkin\b",
        r"\bbisa\s+jadi\b",
        r"\bbisa\s+saja\b",
        r"\bboleh\s+jadi\b",
        r"\bbarangkali\b",
        r"\bberpotensi\b",
        r"\bdikhawatirkan\b",
        r"\bdiyakini\b",
        r"\b(?:beberapa|sebagian|banyak)\s+orang\s+meyakini\b",
        r"\bdipercaya\b",
        match=[
            "Kerugian diperkirakan mencapai Rp 2 miliar.",
            "Pemain itu kemungkinan absen pekan depan.",
            "Hujan mungkin turun sore nanti.",
            "Bisa jadi jadwal itu berubah lagi.",
            "Pendapatan daerah diproyeksikan naik tahun depan.",
            "Foto itu buatan mesin dengan probabilitas 90 persen, dan kemungkinannya kecil asli.",
        ],
        keep=[
            "Tim bekerja secepat mungkin untuk memperbaiki jalan.",
            "Pertandingan berakhir lebih cepat dari yang diperkirakan.",
            "Ia dipercaya menjadi ketua panitia.",
        ],
    ),
    family(
        "appearance",
        r"\btampaknya\b",
        r"\bsepertinya\b",
        r"\bkelihatannya\b",
        r"\bagaknya\b",
        r"\brupanya\b",
        r"\bnampaknya\b",
        r"\bkayaknya\b",
        r"\bseakan(?:-akan)?\b",
        match=[
            "Sepertinya rapat akan diundur.",
            "Rupanya ada yang membocorkan jadwal itu.",
            "Hasil itu seakan menutup peluang tim tamu.",
        ],
        keep=["Rumah itu tampak bersih.", "Ia terlihat lelah."],
    ),
    family(
        "open_question",
        r"\b(?:belum|tidak|tak)\s+(?:begitu\s+|terlalu\s+|terlalu\s+)?jelas\b",
        r"\b(?:belum|tidak|tak)\s+(?:bisa|dapat)\s+memastikan\b",
        # knowledge not yet had: `belum tahu kepastiannya`, `belum ada informasi apakah ponsel itu dirilis`
        r"\b(?:belum|tidak|tak)\s+(?:tahu|mengetahui)\s+(?:pasti|secara\s+pasti|kepastian(?:nya)?)\b",
        r"\bbelum\s+ada\s+(?:informasi|kepastian|kejelasan)\s+(?:apakah|kapan|berapa|siapa|bagaimana)\b",
        r"\b(?:belum|tidak|tak)\s+diketahui\b",
        r"\bbelum\s+(?:dapat\s+|bisa\s+)?dipastikan\b",
        r"\bbelum\s+(?:pasti|tentu)\b",
        # scarce evidence as a class: `tidak ada bukti kuat`, `minim penelitian`, `sedikit studi`
        r"\b(?:tidak|tak|belum)\s+ada\s+(?:cukup\s+)?(?:bukti|penelitian|studi|data)\b",
        r"\b(?:minim(?:nya)?|sedikit(?:nya)?|kurang(?:nya)?)\s+(?:bukti|penelitian|studi|riset|data)\b",
        r"\bbelum\s+terbukti\b",
        r"\bbelum\s+final\b",
        r"\b(?:benar|betul|terlibat\s+betul|terlibat\s+benar)\s+atau\s+tidak\b",
        r"\bbenar\s+adanya\b",
        r"\bterbukti\s+benar\b",
        r"\btidak\s+yakin\b",
        r"\bsimpang\s+siur\b",
        r"\bmasih\s+(?:dalam\s+)?(?:penyelidikan|penyidikan|pengembangan|pendalaman)\b",
        r"\bmasih\s+dilakukan\s+(?:penyelidikan|penyidikan)\b",
        r"\bmasih\s+(?:didalami|mendalami|diselidiki|menyelidiki|diusut|ditelusuri)\b",
        r"\b(?:pemeriksaan|info|informasi|angka|data|hasil|dugaan|perhitungan)\s+sementara\b",
        match=[
            "Penyebab kebakaran belum jelas.",
            "Jumlah korban belum dapat dipastikan.",
            "Penyebab kecelakaan masih dalam penyelidikan.",
            "Tidak diketahui siapa yang mengirim surat itu.",
            "Manfaat jamu itu bagi lansia tak begitu jelas.",
            "Dinas belum bisa memastikan jumlah rumah yang rusak.",
            "Ia tidak bisa memastikan kapan jembatan itu dibuka.",
            "Kami belum tahu kepastiannya, kata lurah.",
            "Hingga kini belum ada informasi apakah ponsel itu dijual di sini.",
            "Masih sedikit penelitian tentang tanaman itu, dan belum ada cukup data soal efeknya.",
        ],
        keep=[
            "Aturannya sudah jelas.",
            "Polisi telah menyelesaikan penyelidikan.",
            "Jaksa menunjukkan bukti baru.",
            "Petugas memastikan jembatan itu aman.",
            "Warga sudah tahu pasti jadwal kereta.",
        ],
    ),
    family(
        "belief_first_person",
        r"\bsetahu\s+(?:saya|aku|kami)\b",
        r"\bseingat(?:nya)?\b",
        r"\byang\s+(?:dia|ia|saya|kami|aku)\s+pahami\b",
        # `kalau tidak salah` (if I remember rightly): a memory, like `seingat`
        r"\b(?:kalau|kalo|jika|bila)\s+(?:saya\s+|aku\s+)?(?:tidak|tak|nggak|enggak|gak)\s+salah\b",
        match=[
            "Setahu saya, toko itu sudah tutup.",
            "Yang saya pahami, aturan itu belum berlaku.",
            "Seingat Pak Harun, jembatan itu dibangun tahun 1990.",
            "Seingatnya, rapat digelar dua kali.",
            "Kalau tidak salah, pasar itu dibangun tahun 1985.",
        ],
        keep=[
            "Saya berpikir keras semalaman.",
            "Saya kira hujan akan reda.",
            "Ia masih ingat wajah pelaku.",
            "Ia tidak salah memilih jurusan.",
        ],
        note="`saya kira` / `saya pikir` voice an opinion, not a report: left out. `Seingat X` (as far as X recalls) "
        "rests on a memory.",
    ),
    family(
        "fact_check_verdict",
        r"\bkonten\s+(?:yang\s+)?(?:menyesatkan|palsu|dimanipulasi|tiruan|satire|parodi)\b",
        r"\b(?:konteks|koneksi)\s+yang\s+salah\b",
        r"\b(?:misleading|fabricated|manipulated|impostor|imposter)\s+content\b",
        r"\bfalse\s+(?:context|connection)\b",
        r"\bmenyesatkan\b",
        r"\b(?:disinformasi|misinformasi)\b",
        note="The verdict labels of fact-checks (Mafindo/TurnBackHoax: konten yang menyesatkan, konten palsu, konteks "
        "yang salah, ...): the checked post is presented as false, like `hoaks`.",
        match=[
            "Kesimpulan: unggahan itu merupakan konten yang menyesatkan (misleading content).",
            "Foto itu adalah konten dengan konteks yang salah.",
            "Video tersebut termasuk konten palsu (fabricated content).",
        ],
        keep=["Konten kreator itu mengunggah video memasak.", "Jalan itu salah arah sejak awal."],
    ),
)

FALSE_FRIENDS: tuple[CueFamily, ...] = (
    family(
        "as_expected",
        r"\bseperti\s+(?:yang\s+)?(?:sudah\s+|telah\s+)?(?:di)?duga\b",
        r"\bsesuai\s+(?:dengan\s+)?(?:dugaan|perkiraan)\b",
        r"\bdi\s+luar\s+(?:dugaan|perkiraan)\b",
        r"\b(?:tak|tidak|tanpa)\s+(?:ter|di)?(?:duga|disangka|sangka)\b",
        r"\b(?:seperti|sebagaimana|dari|daripada)\s+(?:yang\s+)?(?:telah\s+|sudah\s+|sebelumnya\s+)?diperkirakan\b",
        r"\b(?:tidak|tak|belum)\s+(?:pernah\s+)?diperkirakan\b",
        note="`Seperti diduga` = as expected; `lebih cepat dari yang diperkirakan` = than expected.",
        match=["Seperti diduga, harga cabai naik.", "Antrean lebih panjang dari yang diperkirakan."],
        keep=["Pelaku diduga kabur ke luar kota, seperti kata warga."],
    ),
    family(
        "report_filed",
        r"\bdilaporkan\s+(?:[a-z]+\s+){0,2}(?:ke|kepada)\b",
        r"\byang\s+(?:telah\s+|sudah\s+|belum\s+)?dilaporkan\b",
        r"\bdilaporkan\s+(?:pada|dalam|di)\s+(?:e-?LHKPN|LHKPN|SPT|tahun)\b",
        r"\b(?:bisa|dapat|harus|wajib|segera|untuk|agar|perlu)\s+(?:segera\s+|langsung\s+)?dilaporkan\b",
        r"\bdilaporkan\s+(?:dalam|di)\s+(?:e-?LHKPN|LHKPN|SPT)\b",
        r"\bdilaporkan\s+oleh\s+(?:salah\s+(?:satu|seorang)\s+|seorang\s+)?(?:warga|pelapor|korban|keluarga|istri|suami)\b",
        r"\bdilaporkan\s+hilang\b",
        note="A complaint, an asset report or a missing person's report was filed: no hedge.",
        match=[
            "Kasus itu dilaporkan ke polisi kemarin.",
            "Seorang pendaki dilaporkan hilang sejak Sabtu.",
            "Pungutan liar bisa dilaporkan langsung ke kantor itu.",
            "Temuan itu sudah dilaporkan secara resmi ke inspektorat.",
        ],
        keep=["Dua warga dilaporkan tewas dalam banjir itu."],
    ),
    family(
        "is_called",
        r"\b(?:yang|biasa|sering|kerap|lazim|akrab|atau)\s+disebut\b",
        r"\bdisebut\s+dengan\b",
        r"\b(?:seperti|sebagaimana)\s+(?:yang\s+)?(?:telah\s+|sudah\s+)?disebut(?:kan)?\b",
        r"\bdisebutkan\s+(?:di\s+atas|sebelumnya|tadi)\b",
        r"\bdisebut\s+[\w-]+(?=\s*[.,;)]|\s*$)",
        match=[
            "Warga biasa disebut pendatang di sana.",
            "Seperti disebutkan sebelumnya, tarif naik.",
            "Kondisi ini disebut anemia.",
        ],
        keep=["Ia disebut menerima suap dari kontraktor."],
    ),
    family(
        "insurance_claim",
        r"\bklaim\s+(?:asuransi|tunjangan|pengangguran|BPJS|JHT|JKK|JKM|kesehatan|polis|garansi|pajak|kredit|kecelakaan|rawat|jaminan|pensiun)\b",
        r"\b(?:rasio|pengajuan|pembayaran|hutang|utang|jumlah|data|proses|nilai|total|pencairan|mengajukan|membayar|membayarkan|menolak)\s+klaim\b",
        r"\bklaim\s+atas\s+produk\b",
        r"\bklaim\s+(?:yang\s+)?(?:dibayarkan|diajukan|dicairkan|dibayar)\b",
        match=[
            "Rasio klaim perusahaan asuransi itu naik.",
            "Pengajuan klaim BPJS kini bisa daring.",
        ],
        keep=["Perusahaan asuransi itu mengklaim semua nasabah puas."],
    ),
    family(
        "denied_claim",
        r"\b(?:membantah|menepis|menolak|mematahkan|menyangkal)\s+klaim(?:\s+(?:itu|tersebut|ini))?"
        r"(?=\s*[.,;]|\s+(?:pada|dalam|melalui|lewat|di|kemarin)\b)",
        note="A `klaim` that is the object of a denial names the dispute; the sentence asserts the denial.",
        match=["Kantor wali kota membantah klaim itu pada Jumat.", "Perusahaan menepis klaim tersebut."],
        keep=["Ia membantah klaim bahwa jalan itu rusak."],
    ),
    family(
        "not_hedges",
        r"\bse\w+\s+mungkin\b",
        r"\b(?:tidak|tak|mana)\s+mungkin\b",
        r"\bdipercaya\s+(?:untuk|menjadi|sebagai|memimpin|mengemban|menjabat)\b",
        r"\bditaksir\s+oleh\b",
        r"\bindikasi\s+(?:bagi\s+hasil|imbal\s+hasil|kupon|harga|tarif|yield)\b",
        r"\b(?:bisa|dapat|tidak|tak|kurang|lebih|sulit)\s+(?:bisa\s+|dapat\s+)?dipercaya\b",
        r"\b(?:surat|membacakan|pembacaan|sidang)\s+dakwaan\b",
        r"\b(?:tidak|tak)\s+bohong\b",
        note="`secepat mungkin` = as fast as possible; `dipercaya menjadi` = entrusted; `ditaksir oleh` = courted.",
        match=["Kami bekerja semaksimal mungkin.", "Ia dipercaya menjadi kapten tim."],
        keep=["Hujan mungkin turun sore ini."],
    ),
    family(
        "earlier_report",
        r"\bsebelumnya\s*,?\s+(?:telah\s+)?diberitakan\b",
        r"\bdiberitakan\s+sebelumnya\b",
        note="`Sebelumnya diberitakan, ...` recalls the outlet's own earlier story: no hedge by itself.",
        match=["Sebelumnya diberitakan, jembatan itu ditutup sejak Senin."],
        keep=["Penyanyi itu diberitakan akan menikah bulan depan."],
    ),
    family(
        "admits_feeling_or_deed",
        r"\bmengaku\s+(?:sangat\s+|cukup\s+|agak\s+|sempat\s+)?(?:bangga|senang|bahagia|sedih|kecewa|kesal|marah|"
        r"takut|khawatir|menyesal|khilaf|kesulitan|kaget|terkejut|lega|bersyukur|prihatin|heran|puas|malu|telah|pernah|"
        r"akan|sudah|pihaknya|resah|gelisah|butuh|siap|nyaman|terharu|gugup|grogi|tertarik|penasaran|kagum|salut|rindu|"
        r"kangen|trauma|lelah|optimistis|optimis|pesimistis|pesimis|lebih|semakin|makin)\b",
        note="`mengaku bangga` voices a feeling, `mengaku telah mencuri` confesses a deed, `mengaku akan` states an "
        "intention: none presents a disputed statement as `mengaku sebagai petugas` does.",
        match=[
            "Pelatih itu mengaku bangga dengan timnya.",
            "Pelaku mengaku telah mencuri tiga motor.",
            "Pebalap itu mengaku resah akan masa depannya.",
            "Pelatih baru itu mengaku butuh pemain sayap.",
        ],
        keep=["Pria itu mengaku sebagai petugas pajak."],
    ),
)

UNVERIFIED: tuple[CueFamily, ...] = (
    family(
        "not_verified",
        r"\bbelum\s+(?:dapat\s+|bisa\s+|berhasil\s+)?(?:di)?verifikasi\b",
        r"\bbelum\s+terverifikasi\b",
        r"\b(?:tidak|tak)\s+(?:dapat|bisa)\s+(?:di)?verifikasi\b",
        r"\bbelum\s+(?:dapat\s+|bisa\s+|berhasil\s+)?dikonfirmasi\b",
        r"\b(?:tidak|tak)\s+dapat\s+dikonfirmasi\b",
        r"\bbelum\s+ada\s+(?:informasi|keterangan|konfirmasi|pernyataan|penjelasan)\s+resmi\b",
        r"\b(?:tidak|tak|belum)\s+(?:ditemukan|ada)\s+(?:informasi|keterangan|konfirmasi|pernyataan|penjelasan)\s+resmi\b",
        r"\bbelum\s+ada\s+(?:rilis\s+)?(?:klarifikasi|konfirmasi)\b",
        r"\bkebenaran(?:nya)?\s+belum\s+(?:dapat\s+|bisa\s+)?(?:dipastikan|dikonfirmasi|diverifikasi|diketahui)\b",
        r"\bbelum\s+(?:terbukti|diketahui)\s+kebenarannya\b",
        r"\b(?:rumor|isu|kabar|klaim)(?:\s+\w+){0,3}\s+(?:yang\s+)?(?:tidak|belum)\s+terbukti\b",
        r"\b(?:tidak|tak|belum)\s+(?:di)?(?:temukan|menemukan|ada)\s+bukti\s+(?:yang\s+)?"
        r"(?:pasti|jelas|valid|kuat|kredibel|sahih|otentik|autentik|akurat|pendukung|mendukung|membenarkan)\b",
        r"\b(?:tidak|tak|belum)\s+(?:di)?(?:temukan|menemukan)\s+bukti\s+(?:bahwa|jika|kalau)\b",
        r"\b(?:tidak|tak|belum)\s+(?:di)?(?:temukan|menemukan|ada)\s+(?:satu\s+pun\s+)?(?:informasi|pemberitaan|berita|"
        r"artikel|keterangan|data|sumber|unggahan)\s+(?:[\w-]+\s+){0,8}?yang\s+(?:dapat\s+)?"
        r"(?:membenarkan|mengonfirmasi|mengkonfirmasi|mendukung|menguatkan)\b",
        match=[
            "Informasi ini belum diverifikasi oleh pihak lain.",
            "Kabar itu belum dapat dikonfirmasi.",
            "Hingga kini belum ada informasi resmi dari kementerian.",
            "Hingga kini tidak ditemukan informasi resmi soal pembagian beras itu.",
            "Tidak ditemukan bukti valid bahwa penyanyi itu pindah agama.",
            "Tim cek fakta juga tidak menemukan bukti kuat soal sumbangan itu.",
            "Tidak ditemukan pemberitaan media arus utama yang membenarkan klaim tersebut.",
            "Sejauh ini tidak ada bukti pasti bahwa obat herbal itu menyembuhkan demam.",
        ],
        keep=["Data itu sudah diverifikasi oleh auditor.", "Polisi mengonfirmasi penangkapan itu."],
    ),
)

UNNAMED_REPORTS: tuple[CueFamily, ...] = (
    family(
        "unnamed_report",
        r"\blaporan\s+yang\s+(?:muncul|diterima|beredar|diperoleh)\b",
        r"\bketerangan\s+yang\s+(?:diperoleh|dihimpun|diterima)\b",
        r"\bvideo\s+yang\s+beredar(?:\s+di\s+media\s+sosial)?\b",
        r"\b(?:unggahan|postingan|pesan)\s+yang\s+(?:beredar|viral)(?:\s+di\s+media\s+sosial)?\b",
        r"\b(?:beberapa\s+postingan|beberapa\s+unggahan|postingan|unggahan)\s+yang\s+tersebar\s+di\s+"
        r"(?:media\s+)?sosial(?:\s+media)?\b",
        r"\b(?:mengutip\s+dari|menurut|dari)\s+(?:berbagai|beberapa|sejumlah)\s+sumber\b",
        r"\b(?:ada|muncul)\s+kabar\s+yang\s+(?:menyebutkan|menyebut)\b",
        r"\b(?:menurut|berdasarkan)\s+(?:(?:lebih\s+banyak|beberapa|sejumlah)\s+)?(?:laporan|informasi)(?=\s*,)",
        r"\bsumber\s+(?:\w+\s+){0,3}yang\s+(?:tidak|tak|enggan|menolak)\s+(?:ingin\s+|mau\s+|bersedia\s+)?(?:disebut(?:kan)?\s+nama(?:nya)?|identitasnya\s+diungkap|menyebutkan\s+nama(?:nya)?|namanya\s+disebut(?:kan)?)\b",
        r"\bsumber\s+(?:anonim|internal|terpercaya)\b",
        r"\bseorang\s+(?:netizen|warganet)\b",
        r"\bseorang\s+sumber\b",
        r"(?<!\w\s)(?<!\w)sumber\s+(?:itu|tersebut)\b",  # an unnamed source referred back to, opening its clause
        # an inverted speech verb and an unnamed source: `kata sumber itu`, `Kata sumber, ...`, `ungkap sumber X.com`
        r"\b(?:kata|ujar|ungkap|tutur|tambah|imbuh)\s+sumber(?:\s+(?:itu|tersebut|(?-i:[A-Z])[\w.]*[\w]))?(?=[\s,.;:]|$)",
        r"\b(?:ada(?:nya)?|muncul(?:nya)?|beredar(?:nya)?)\s+(?:kabar|informasi|isu)\s+yang\s+(?:menyebut|menyebutkan)\b",
        note="Sentences resting on an unnamed report or source are claims; the phrase is an anonymous source.",
        match=[
            "Laporan yang muncul menyebut gudang itu kosong.",
            "Menurut sumber yang tidak ingin disebutkan namanya, rapat itu tegang.",
            "Mengutip dari berbagai sumber, tarif itu berlaku bulan depan.",
            "Dia tidur di kantor, ujar seorang sumber kepada wartawan.",
            "Sumber itu menambahkan, rapat akan diulang.",
            "Kata sumber, pelatih itu sudah lama ingin mundur.",
            "\"Sidang ditunda,\" ungkap sumber Warta Kota kepada wartawan.",
            "Penyanyi itu ramai dibicarakan setelah adanya informasi yang menyebut ia akan pensiun.",
        ],
        keep=["Laporan keuangan perusahaan terbit Maret.", "Sumber air warga mengering."],
    ),
)

REPORTING = Reporting(
    after_name=word_tuple(
        """mengatakan berkata menyatakan menjelaskan menegaskan menyebut menyebutkan membantah mengklaim mengeklaim
        mengungkapkan mengungkap menuturkan menerangkan menyampaikan melaporkan menduga mengaku mengakui
        menambahkan menilai memperkirakan mendakwa menuduh menuding menulis menuliskan memaparkan membeberkan
        mengonfirmasi mengkonfirmasi menampik menekankan bilang menjawab mencatat mengumumkan memastikan berpendapat
        meyakini
        mengingatkan menginformasikan membenarkan memberitakan mewartakan mengabarkan berujar bertutur
        mengutarakan menukas beralasan berdalih menceritakan menguraikan mengklarifikasi menyebutkannya
        mengimbau menyarankan"""
    ),
    before_name=word_tuple(
        """kata ujar ucap ungkap tutur jelas imbuh tambah terang beber tegas pungkas sebut lanjut papar sambung
        jawab tulis tukas timpal bilang tandas kisah cerita seru"""
    ),
    prepositions=(
        r"menurut",
        r"(?:seperti\s+(?:di)?kutip|sebagaimana\s+(?:di)?kutip|dikutip|kutip)(?:\s+dari)?",
        r"mengutip(?:\s+dari)?",
        r"(?:seperti\s+dilansir|sebagaimana\s+dilansir|dilansir)(?:\s+dari)?",
        r"melansir(?:\s+dari)?",
        r"(?:seperti|sebagaimana)\s+(?:dilaporkan|diberitakan)",
        r"demikian\s+(?:dilaporkan|diberitakan|ditulis)",
        r"dilaporkan\s+oleh",
        r"(?:seperti|sebagaimana)\s+dirangkum\s+\S+\s+dari",
        # the citation chain: `seperti dihimpun KabarTekno dari GadgetHub`, `dirangkum dari media X`: the outlet cited
        r"(?:dihimpun|dirangkum)\s+(?:(?-i:[A-Z])\S+\s+)?dari(?:\s+(?:media|situs|laman|halaman))?(?:\s+resmi)?",
        # a study by where it was published: `penelitian yang dimuat di Jurnal X`, `studi dari Universitas Y`
        r"(?:penelitian|studi|riset|kajian|survei|laporan)(?:\s+(?:terbaru|baru))?\s+yang\s+"
        r"(?:dimuat|diterbitkan|dipublikasikan|terbit)\s+(?:di|dalam)(?:\s+(?-i:jurnal))?(?=\s+(?-i:[A-Z]))",
        r"(?:penelitian|studi|riset|kajian|survei)(?:\s+(?:terbaru|baru))?\s+dari(?=\s+(?-i:[A-Z]))",
        # a detection tool a fact-check ran: `ke laman pendeteksi AI Hive Moderation`, `alat pendeteksi AI dari X`
        r"pendeteksi\s+(?:(?:suara|audio|gambar|video)\s+)?(?:AI|kecerdasan\s+buatan|deepfake|suara|audio)"
        r"(?:\s+(?:dari|milik)|,)?",
        r"berdasarkan(?:\s+(?:laporan|data|keterangan|catatan|pengakuan|unggahan|riset|analisis|hasil\s+riset))?",
        # a check and who ran it: `berdasarkan penelusuran Tim Cek Fakta X` (not a search engine: `penelusuran Google`)
        r"berdasarkan\s+(?:penelusuran|pengamatan|pantauan|verifikasi)(?:\s+oleh)?(?!\s+(?:Google\b|Tim\s+(?-i:[a-z])))(?=\s+(?-i:[A-Z]))",
        r"merujuk(?:\s+(?:pada|ke|kepada))?",
        r"mengacu(?:\s+(?:pada|ke))?",
        r"bersumber\s+dari",
        r"(?:dalam|lewat|melalui)\s+(?-i:keterangan|pernyataan|laporan|unggahan|postingan|riset|catatan|siaran\s+pers)"
        r"(?:\s+(?:resmi|tertulis))?(?:nya)?",
        r"(?:diketahui\s+dari|dari)\s+(?:unggahan|postingan|laporan|akun)",
        r"(?:dalam|di\s+dalam)(?=\s+(?-i:Buku|Dokumen|Laporan|Kamus|Surat|Nota|Panduan|Catatan|Undang-Undang)\b)",
        r"(?:bunyi|demikian\s+bunyi|isi)\s+(?:pernyataan|keterangan|surat|unggahan)(?:\s+resmi)?",
        r"(?:diposting|diunggah|dibagikan|dirilis|diterbitkan)\s+oleh",
        # `dikeluarkan oleh` reports only a statement or guidance (a decree, a certificate, a forecast is issued)
        r"(?<!ditemukan\s)(?<!ada\s)(?:pernyataan|keterangan|panduan|imbauan|rilis|siaran\s+pers)(?:\s+(?!yang\b)[a-z]+){0,2}\s+"
        r"(?:yang\s+)?(?:telah\s+|sudah\s+)?dikeluarkan\s+oleh",
        r"(?:survei|penelitian|riset|studi|analisis|kajian)\s+(?:yang\s+(?:dilakukan|dirilis|digelar)\s+)?oleh",
        # a passive reporting verb with its agent: `yang diklaim sendiri oleh Iran`, `dibantah keras oleh X`
        # (not after a negation: `belum dapat dikonfirmasi oleh X` says X has not confirmed it)
        r"(?<!belum\s)(?<!dapat\s)(?<!bisa\s)(?<!berhasil\s)(?<!tidak\s)(?<!tak\s)"
        r"(?:diklaim|dibantah|disangkal|ditepis|diungkapkan|diungkap|disampaikan|dinyatakan|diumumkan|diberitakan|dilaporkan|"
        r"dituding|dituduhkan|dikonfirmasi|dibenarkan|ditegaskan|dijelaskan|dikatakan|diinformasikan|"
        r"diklarifikasi)(?:\s+(?:sendiri|keras|langsung|pula|juga|pertama\s+kali))?\s+oleh",
        # the agent without `oleh`: `Hal itu disampaikan Kepala Dinas Rina Sari di Bandung`
        r"(?:disampaikan|diungkapkan|dikatakan|dijelaskan|ditegaskan|dipaparkan|dituturkan|diterangkan|dibeberkan|"
        r"diutarakan|diklaim|dilaporkan|diberitakan)(?=\s+(?-i:[A-Z]))",
        r"(?:seingat|setahu)",  # `Seingat Hamim, ...`: the memory of a named person
        # `Kritik datang dari Helmi Yahya`: a reaction and the party it comes from
        r"(?:kritik|komplain|keluhan|tanggapan|protes|kecaman|bantahan|penolakan)(?:\s+[a-z]+){0,2}\s+"
        r"(?:datang|muncul)\s+(?:pula\s+|juga\s+)?dari",
        r"(?<!menunggu\s)(?<!menanti\s)"  # awaited findings are not yet anyone's word
        r"hasil\s+(?:verifikasi|penelusuran|pemeriksaan|investigasi|liputan|kajian|survei|penelitian|riset|"
        r"cek\s+fakta|pengecekan|penyelidikan|penyidikan|autopsi|visum|uji\s+laboratorium|uji\s+lab)",
        # the prosecutors' demand in a verdict story: `sesuai tuntutan Jaksa Penuntut Umum (JPU) yang meminta`
        r"tuntutan(?=\s+(?:jaksa|oditur)\b)",
        r"kepada(?=\s+(?:situs|media|harian|koran|majalah|portal|kantor\s+berita|stasiun\s+(?:televisi|TV)|televisi)\b)",
    ),
    channels=(
        r"(?:dalam|lewat|melalui|di)\s+(?:postingan|unggahan|cuitan|kicauan|akun|story|siaran\s+langsung)(?:nya)?",
    ),
    adverbs=word_tuple(
        """telah juga pun sudah sempat kembali lalu kemudian masih tidak tak belum akan hanya bahkan sendiri
        langsung sebelumnya pernah secara tegas dengan terang justru yang malah sekaligus turut"""
    ),
    pronouns=word_tuple("dia ia beliau mereka dirinya kami saya aku kita pihaknya"),
    pronoun_suffix="nya",
    damaged=True,
    descriptive=word_tuple("ini itu tersebut"),
    complement_verbs=word_tuple(
        "menyampaikan melaporkan mencatat menulis menuliskan menjawab mengakui mengingatkan mengumumkan memutuskan"
    ),
    after_party=word_tuple(
        """kepada dalam saat ketika di pada seusai usai setelah sebelum melalui lewat via seperti sebagaimana
        dikutip dilansir sambil yang kemarin hari Senin Selasa Rabu Kamis Jumat Sabtu Minggu"""
    ),
    quantifiers=word_tuple("banyak beberapa sejumlah para seorang salah"),
    examples=(
        ('"Kami siap bertanding," kata pelatih Andi Wirawan.', "Andi Wirawan"),
        ("Kepala Dinas Kesehatan Rina Sari mengatakan stok vaksin cukup.", "Rina Sari"),
        ("Menurut Badan Meteorologi, hujan reda besok.", "Badan Meteorologi"),
        ("Mengutip Harian Pagi, proyek itu sudah rampung.", "Harian Pagi"),
        ("Dilansir dariKabarKota, warga antre sejak pagi.", "KabarKota"),
        ("Kemenangan yang diklaim sendiri oleh Partai Biru itu dirayakan.", "Partai Biru"),
        ("Seingat Pak Harun, jembatan itu dibangun tahun 1990.", "Harun"),
        ("Hal itu disampaikan Kepala Dinas Pertanian Sri Hartati di Bandung.", "Sri Hartati"),
        ("Satu kritik pun datang dari Rina Kusuma, tetangga pemilik rumah.", "Rina Kusuma"),
        ("Budi Gunawan saat dikonfirmasi wartawan mengatakan jalan itu ditutup.", "Budi Gunawan"),
        ("Hasil verifikasi Kabar Cek menunjukkan foto itu lama.", "Kabar Cek"),
        ("Berdasarkan penelusuran Tim Cek Fakta Warta Desa, foto itu diambil tahun lalu.", "Tim Cek Fakta Warta Desa"),
        ('"Ia jarang keluar," ujar seorang kerabat kepada situs Warta Pagi.', "Warta Pagi"),
        ("Seperti dihimpun KabarTekno dari GadgetHub, ponsel itu dirilis Senin.", "GadgetHub"),
        ("Menurut penelitian yang dimuat di Jurnal Gizi Nusantara, kopi menekan nafsu makan.", "Jurnal Gizi Nusantara"),
        ("Survei dari Lembaga Riset Cakrawala menunjukkan elektabilitasnya naik.", "Lembaga Riset Cakrawala"),
        ("Tim lalu mengunggah rekaman itu ke laman pendeteksi AI SuaraAsli.", "SuaraAsli"),
        ("Panduan yang dikeluarkan oleh Balai Bahasa Riau menyebut ejaan itu baku.", "Balai Bahasa Riau"),
        ("Plt. Kepala Dinas Sosial Rina Marlina mengimbau warga tidak panik.", "Rina Marlina"),
        ("“Harga naik,” ujar seorang pedagang kepada kantor beritaKabarNusa.", "KabarNusa"),
        ("Vonis itu sesuai tuntutan jaksa penuntut umum yang meminta hukuman lima tahun.", "jaksa penuntut"),
        ("Dari hasil penyelidikan Ditreskrimum Polda Bali, pelaku sudah lama beraksi.", "Ditreskrimum Polda Bali"),
        ("“Sidang ditunda,” kata ketua majelis hakim Ratna Dewi.", "Ratna Dewi"),
        ("Majelis hakim menilai terdakwa terbukti bersalah.", "Majelis hakim"),
        ("“Ada tiga korban,” kata Kombes Pol. Hadi Prasetyo dalam keterangannya.", "Hadi Prasetyo"),
        ("“Data itu lengkap,” ujar Kadiv Humas Irjen. Pol. Rudi Hartanto.", "Rudi Hartanto"),
        ("Bupati Sari Wulandari menyampaikan secara tegas bahwa pasar dibuka lagi.", "Sari Wulandari"),
        ("Dinas Pertanian Lumbung menyampaikan klaim panen naik dua kali lipat.", "Dinas Pertanian Lumbung"),
        ("Pengadilan Negeri Kota Hulu memutuskan bahwa gugatan itu ditolak.", "Pengadilan Negeri Kota Hulu"),
        ("Baterai ponsel itu diklaim Telko Nusantara tahan tiga hari.", "Telko Nusantara"),
        ("Kebakaran itu dilaporkan langsung oleh Dinas Pemadam Kota Hulu.", "Dinas Pemadam Kota Hulu"),
        ("Banjir merendam 300 rumah, menurut penghitungan Badan Bencana Hulu.", "Badan Bencana Hulu"),
    ),
    keep=(
        "Menurut jadwal, kereta tiba pukul tujuh.",
        'Kata "banjir" muncul dua kali di judul berita itu.',
        "Penelitian di Bandung menunjukkan harga beras naik.",
        "Ia menyinggung Perpres Nomor 5 yang dikeluarkan oleh Presiden Budi Hartono.",
        "Sebagian menyebut rencana itu sudah lama terdengar, sebagian lagi menilai terlalu cepat.",
        "Tuntutan warga agar jalan diperbaiki belum dipenuhi.",
        "Keputusan sanksi masih menunggu hasil penyelidikan Satgas Kampus.",
        "Berdasarkan penelusuran Google dengan kata kunci itu, foto serupa muncul.",
        "Tidak ditemukan pernyataan resmi yang dikeluarkan oleh Federasi Voli tentang sanksi itu.",
        "Rapat Warga Desa Sukamaju memutuskan untuk menunda panen.",  # a decision, not a ruling reported
        "Kebakaran itu dilaporkan Senin pagi ke kantor polisi.",  # a day, not a party
        "Tim Voli Putri menyampaikan terima kasih kepada pendukungnya.",  # thanks, not information
    ),
)

LEXICON = Lexicon(
    media=word_tuple(
        """Reuters AP AFP Bloomberg Antara ANTARA BBC CNN CNBC Mirror Marca Bernama Xinhua Kyodo Yonhap
        NHK Politico Axios ESPN Goal Kompas Tempo Republika Liputan6 Okezone Kumparan Tribunnews Detik detikcom
        Transfermarkt Gizmochina GSMArena Suara Merdeka Sindonews Viva Kontan Bisnis JPNN Katadata IDN Beritasatu
        Metro MetroTV TVOne iNews RCTI SCTV Kompastv Narasi Panjimas Telegraph Express Independent Guardian
        Sun Times Post Herald Tribune Journal Gazette Echo Observer Standard Examiner Newsweek Forbes Fortune
        Variety Billboard Mediaindonesia Aljazeera WABetaInfo"""
    ),
    media_words=word_tuple(
        """News Times Post Daily Herald Tribune Journal Gazette Telegraph Express Mirror Echo Observer Media
        Magazine Majalah Harian Koran Pos Radio TV Televisi Channel Network Press Sports Sport Report Today
        Kantor Berita Newsroom Online Pers Redaksi"""
    ),
    government=word_tuple(
        """KPK PPATK BNN BNPT BPOM Polri Polda Polres Polresta Polrestabes Polsek Polisi Kepolisian TNI Kejaksaan
        Kejagung Kejati Kejari Bareskrim KBRI KJRI Kemlu Kemenkeu Kemenkes Kemendagri Kemendikbud Kemdikbud
        Kemenag Kemensos Kemenhub Kemenkumham Kemnaker Kominfo Komdigi DPR DPRD MPR BPK BPS BMKG BNPB BPBD OJK
        Istana Pemerintah Pemprov Pemkot Pemkab Gulkarmat Satpol Imigrasi Basarnas BSSN Bawaslu KPU DKPP
        Kemenpora Kementan Kemenperin Kemendag Kemenparekraf ESDM Kemenpan Bappenas Setneg Kemenko Polhukam
        Kemenkopolhukam Kapolri Kapolda Kapolres Kemenlu BPJS"""
    ),
    government_words=word_tuple(
        """Kementerian Kemenko Pemerintah Pemerintahan Dinas Suku Badan Balai Direktorat Ditjen Inspektorat
        Sekretariat Otoritas Kepolisian Kejaksaan Pengadilan Mahkamah Majelis Kedutaan Konsulat Dewan Komisi
        Lembaga Kantor Gubernur Kabupaten Pemkab Pemkot Provinsi Istana Tentara Angkatan Satgas Satuan Kongres
        Senat Parlemen Kabinet Gedung"""
    ),
    organization_words=word_tuple(
        """Universitas Institut Sekolah Yayasan Koalisi Partai Asosiasi Perhimpunan Ikatan Himpunan Serikat
        Federasi Klub FC Perusahaan PT Tbk Bank Grup Group LSM Organisasi Komunitas Forum Aliansi Gerakan
        Lembaga Survei Indikator Litbang Foundation Institute Center Centre Pusat Persatuan Robotics
        Technologies Technology Labs Systems Airlines Airways Motors Holdings Studios Entertainment Pictures
        Solutions Capital Ventures Industries Corporation Inc Ltd Muhammadiyah Nahdlatul NU PBNU MUI Aisyiyah
        Walhi YLKI ICW Kontras Elsam Apindo Kadin Institution International Internasional Watch"""
    ),
    document_words=word_tuple(
        """dokumen buku surat memo nota data laporan penelitian studi riset kajian survei analisis catatan
        situs laman website kamus panduan pedoman peraturan undang-undang putusan dakwaan rilis LHKPN
        e-LHKPN edaran keputusan instruksi perpres permen perda inpres keppres kerangka nota uud uu kuhp kuhap
        perppu perpu"""
    ),
    social=word_tuple(
        """Twitter X Instagram Facebook TikTok YouTube Youtube WhatsApp Telegram Threads LinkedIn Weibo Reddit
        Snapchat"""
    ),
    anonymous_heads=word_tuple(
        """sumber laporan keterangan informasi kabar video unggahan postingan pesan saksi warga netizen warganet
        seseorang orang pihak banyak beberapa sejumlah berbagai para seorang"""
    ),
    roles=word_tuple(
        """kepala wakil ketua anggota direktur dirut direksi menteri menko presiden wapres gubernur wagub bupati
        wali walikota camat lurah kades jubir juru bicara pengamat peneliti ekonom analis pakar ahli dosen guru
        rektor dekan dokter dr pelatih manajer pemain kapten penyerang gelandang bek kiper striker penulis
        wartawan redaktur editor pemimpin pendiri pengacara kuasa advokat jaksa hakim polisi penyidik
        kapolri kapolda kapolres kapolresta kapolrestabes kapolsek kasat kasatreskrim kabid kabag kasubdit
        dirreskrimum dirreskrimsus kadiv humas kabareskrim panglima pangdam danrem dandim kasad komandan
        sekretaris sekjen bendahara staf stafsus politisi politikus legislator senator pejabat
        kepsek koordinator pimpinan ketum waketum plt plh pj mantan eks calon kandidat
        pengelola pengurus owner ceo cfo founder co-founder bapak ibu pak bu mas mbak bang kak
        kolonel letkol mayor kapten lettu letda serka sertu praka jenderal letjen mayjen brigjen marsekal
        laksamana irjen komjen kombes akbp akp iptu ipda aiptu aipda bripka brigpol briptu bripda kompol
        pol ustaz ustadz kiai habib haji hajah prof profesor drs dra ir hj h selebgram youtuber influencer
        artis aktor aktris penyanyi presenter istri suami anak ayah ibunda ayahanda adik kakak dirjen
        direktur-jenderal kadis kadin kapuspen kabiro kapolri kasubbag kasie kasi petugas relawan deputi asisten
        inspektur irjen komisaris menbud mensesneg menkeu mendagri menlu menhan menkes mendikbud menpora
        menaker mentan menkominfo menkumham mensos menpan menhub menparekraf menag menpupr menperin mendag
        menkop mendikbudristek mendikdasmen mendiktisaintek menristek menkomdigi menpanrb menlhk menkopukm
        menham menkum menimipas menbumn menesdm wamen wamenkeu wamenlu wamenag wamenhan wamendagri mgr romo
        pastor pendeta uskup kardinal paus dubes duta besar raja ratu pangeran
        mahkota sultan syekh syeikh emir sir lord manager director head chief officer senior president
        chairman spokesperson spokesman
        majelis penuntut"""
    ),
    specific_roles=word_tuple("jaksa hakim polisi penyidik kepolisian jaksa-penuntut majelis"),
    title_words=word_tuple(
        """Sosial Agama Hukum Luar Dalam Negeri Umum Darat Laut Udara Energi Sumber Daya Mineral Pariwisata
        Ekonomi Kreatif Olahraga Pemuda Budaya Riset Teknologi Digital Informatika Komunikasi Politik Hak Asasi
        Manusia Imigrasi Transmigrasi Tenaga Kerja Perempuan Anak Reformasi Birokrasi Aparatur Sipil Negara
        Pangan Rakyat Kawasan Koperasi UMKM BUMN Agraria Tata Ruang Desa Investasi Hidup Lingkungan Operasi
        Seksi Bidang Humas Reskrim Reserse Kriminal Umum Khusus Lalu Lintas Narkoba Intelijen Keuangan Pajak
        Anggaran Bea Cukai Pusat Daerah Wilayah Cabang Divisi Biro Bagian Urusan Pelayanan Pengamatan Putih Metro"""
    ),
    countries=word_tuple(
        """Indonesia Malaysia Singapura Thailand Filipina Vietnam Myanmar Kamboja Laos Brunei Timor Leste China
        Tiongkok Jepang Korea Utara Selatan India Pakistan Bangladesh Iran Irak Israel Palestina Arab Saudi Qatar
        Turki Mesir Rusia Ukraina Amerika Serikat AS Kanada Meksiko Brasil Argentina Inggris Prancis Perancis
        Jerman Italia Spanyol Portugal Belanda Belgia Swiss Swedia Norwegia Denmark Finlandia Polandia Australia
        Selandia Baru Afrika Nigeria Kenya Suriah Yaman Lebanon Yordania Afghanistan Kremlin Moskow Beijing
        Washington Pyongyang Seoul Tokyo Kyiv Kiev Teheran Jakarta Timur Barat Utara Selatan Tengah Pusat Jawa
        Sumatera Kalimantan Sulawesi Bali Papua Surabaya Bandung Medan Semarang Yogyakarta Makassar Depok Bekasi
        Tangerang Bogor Banten Aceh Riau Lampung Maluku NTT NTB Jatim Jateng Jabar Sumut Sumbar Sumsel Sulsel Sulut
        Sulteng Sultra Sulbar Kalbar Kalteng Kalsel Kaltim Kaltara Kepri Babel Malut DIY DKI Jabodetabek Bengkulu
        Jambi Gorontalo Solo Malang Palembang Pekanbaru Padang Batam Balikpapan Samarinda Pontianak Banjarmasin
        Manado Kupang Mataram Denpasar Jayapura Ambon Kendari Palu Cirebon Sidoarjo Kota Hong Kong Taiwan Eropa Asia
        Gaza Tepi Venezuela Kuba Kolombia Peru Chili Nepal Lanka Mongolia Kazakhstan Azerbaijan Armenia Yunani
        Austria Hungaria Ceko Rumania Serbia Kroasia Irlandia Skotlandia Libya Tunisia Aljazair Maroko Sudan Etiopia
        Somalia Kongo Ghana Senegal Tanzania Uganda Rwanda Barat Tengah Amerika Latin"""
    ),
    stopwords=word_tuple(
        """namun tetapi tapi sementara sedangkan selain bahkan lalu kemudian sebelumnya selanjutnya setelah
        sesudah sejak saat ketika dalam di pada dari ke oleh untuk bagi dengan tentang terkait soal mengenai
        menurut mengutip dilansir berdasarkan sebab karena jika kalau apabila meski meskipun walaupun padahal
        adapun sehingga maka jadi oleh itu ini hal tersebut yang dan atau serta bahwa agar supaya hingga
        sampai selama sekitar sebanyak sekali kini kemarin besok hari pekan bulan tahun senin selasa rabu kamis
        jumat sabtu minggu pukul tak tidak belum sudah telah juga pun masih akan baru hanya pula apalagi
        berikut intinya singkat secara dia ia mereka kami kita saya aku beliau seorang sebuah para sang si
        demikian begitu tentu memang justru sontak seperti sebagaimana akhirnya awalnya diketahui dikutip
        kata ujar ucap tutur imbuh terang beber tegas pungkas sebut lanjut papar sambung jawab tulis nomor
        pasal ayat tahun belakangan terpisah
        sebagian"""
    ),
    generic_people=word_tuple(
        """pedagang warga netizen warganet penduduk masyarakat penumpang pengunjung pembeli konsumen pelanggan
        petani nelayan buruh pekerja karyawan pegawai mahasiswa siswa pelajar pengemudi sopir ojol pengendara
        pendaki wisatawan pelancong jemaah jamaah santri pasien korban saksi tetangga penonton suporter
        pendukung peserta pengguna penghuni pemilik peternak perajin pengusaha narator"""
    ),
)

ABBREVIATIONS = word_tuple(
    """dr drg Dr Prof prof Ir Drs Dra H Hj KH Kol Letkol Mayjen Brigjen Inf Kav Art Czi Mar Purn Jl Jln No no
    Nomor Tbk PT Rp Kab Kec
    Kel Sdr Bpk Tgl tgl Pol Kom St SH SE MM MSi MPd Sp Bp Yth jt rb Mr Mrs Ms
    Plt Plh Pj Pjs Irjen Komjen Letjen Kombes AKBP"""
)

CLAIM_VERBS = word_tuple(
    """mengklaim mengeklaim menuduh menuding menduga mendakwa mengaku memperkirakan memprediksi"""
)
CLAIM_NOUNS = word_tuple("klaimnya tuduhannya tudingannya dugaannya")

LANGUAGE = Language(
    code="id",
    hedges=HEDGES,
    false_friends=FALSE_FRIENDS,
    unverified=UNVERIFIED,
    unnamed_reports=UNNAMED_REPORTS,
    reporting=REPORTING,
    lexicon=LEXICON,
    abbreviations=ABBREVIATIONS,
    claim_verbs=CLAIM_VERBS,
    claim_nouns=CLAIM_NOUNS,
)
