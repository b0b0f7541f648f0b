"""Titles that head a person's or body's name (`Kapolri Jenderal Listyo ...`, `President ...`, `Dr Budi Santoso.
Dosen ...`): one word class of the rules, read by the headline delimiter (etl.core.headline) and the credit rules.
"""

from __future__ import annotations

from etl.rules.base import word_set

ROLE_WORDS_ID = word_set("""
    presiden wapres wakil menteri menko wamen ketua kepala direktur dirut dirjen gubernur wagub bupati wabup
    walikota wali camat lurah kades kapolri kapolda kapolres kapolsek kasat kasatreskrim kabid kasubdit kanit
    jenderal letjen mayjen brigjen irjen kombes akbp kompol akp iptu ipda aiptu bripka briptu kolonel panglima
    sekjen sekretaris juru jubir komisioner hakim jaksa pengamat ekonom pakar peneliti dosen guru koordinator
    pelatih manajer kapten anggota kuasa pengacara advokat senator pemerhati praktisi mahasiswa alumnus pendiri
    analis rektor dekan
    """)
ROLE_WORDS_EN = word_set("president minister secretary senator governor mayor chairman spokesman spokeswoman")
ROLE_WORDS = ROLE_WORDS_ID | ROLE_WORDS_EN
