"""Word classes the learned filters read as features (etl/core/screen.py), and where their weights live.

The filters describe a candidate by the language around it (person, mood, register, evaluation), never by its
topic: each class below is a closed class of function words or a small class of common evaluative words, in the
languages Kabar reads (Indonesian, English; Malay shares most Indonesian words). Weights are learnt from the gold
rounds by benchmarks/gold/train.py and stored as data in etl/rules/models/*.json, keyed by these feature names.
"""

from __future__ import annotations

from pathlib import Path

from etl.rules.base import word_tuple

MODELS = Path(__file__).resolve().parent / "models"

# `I think it may rain` / `Saya kira harga akan naik`: the writer or speaker voicing a view
FIRST_PERSON = frozenset(word_tuple("i me my mine we us our ours i'm i've i'd we're we've saya aku kami kita ku"))
# `you may enjoy` / `Anda mungkin`: advice to the reader
SECOND_PERSON = frozenset(word_tuple("you your yours you're you'll anda kamu kalian engkau"))
# `not likely`, `tidak diduga`
NEGATIONS = frozenset(
    word_tuple(
        "not no never n't nor neither none nothing cannot can't won't don't didn't isn't "
        "tidak tak bukan belum jangan tiada nggak gak enggak"
    )
)
# `perhaps because`, `karena`: an explanation the writer offers
BECAUSE = frozenset(word_tuple("because karena sebab lantaran"))
# `if the vote fails`, `jika`: a condition
CONDITIONAL = frozenset(word_tuple("if unless whether jika kalau apabila bila seandainya andai jikalau"))
# `will`, `akan`: a forecast rather than a report
FUTURE = frozenset(word_tuple("will would shall going akan bakal hendak"))
# `even more`, `totally`, `sangat`: degree words of an opinion
INTENSIFIERS = frozenset(
    word_tuple(
        "even more most very really totally truly so too quite extremely absolutely simply definitely certainly "
        "lebih paling sangat amat sekali banget begitu terlalu sungguh benar-benar"
    )
)
# `entertaining`, `terrible`, `menarik`, `buruk`: evaluative words of a review or a column
EVALUATIVE = frozenset(
    word_tuple(
        "good better best bad worse worst great greatest terrible awful horrible amazing wonderful brilliant "
        "entertaining interesting boring exciting fun funny beautiful ugly stupid smart silly crazy ridiculous "
        "important impressive disappointing fantastic perfect excellent poor nice lovely weird strange sad "
        "bagus baik buruk jelek hebat menarik seru indah lucu aneh bodoh pintar keren penting "
        "mengecewakan sempurna menyenangkan membosankan"
    )
)
# `bangga`, `proud`: feelings (`mengaku bangga` voices a feeling, it reports no disputed statement)
FEELINGS = frozenset(
    word_tuple(
        "happy proud sad glad sorry afraid worried angry disappointed grateful relieved surprised hopeful "
        "senang bangga sedih kecewa takut khawatir marah bersyukur lega kaget terkejut bahagia prihatin heran "
        "puas malu menyesal cemas"
    )
)
# `police`, `court`, `jaksa`, `tersangka`: the register of crime and court reporting, whose allegations are claims
LEGAL = frozenset(
    word_tuple(
        "police court prosecutor prosecutors investigators investigation lawsuit judge jury trial arrested suspect "
        "fbi charged indictment crime fraud corruption bribery murder "
        "polisi polda polres kepolisian jaksa kejaksaan pengadilan hakim tersangka terdakwa kasus korupsi penyidik "
        "penyidikan penyelidikan ditangkap pidana kpk suap penipuan pembunuhan"
    )
)
# `said`, `kata`, `menurut`: speech words (the extraction's own reporting scan is read as well)
SPEECH = frozenset(
    word_tuple(
        "said says say told tells according stated added claimed wrote reported "
        "kata ujar ungkap jelas tutur menurut mengatakan menyatakan menjelaskan menyebutkan mengungkapkan "
        "menuturkan katanya ujarnya menambahkan"
    )
)
# `several companies that`, `the agency`: words at the edge of a span that make it a fragment, not a name
DETERMINERS = frozenset(
    word_tuple(
        "the a an this that these those some several many most few all any each every its his her their our my your "
        "other another such both para sejumlah beberapa banyak seorang sebuah semua seluruh setiap"
    )
)
RELATIVES = frozenset(word_tuple("that which who whom whose where when yang itu ini tersebut"))
# lower-case words allowed inside a name (`Bank of Japan`, `Muhammad bin Salman`)
NAME_PARTICLES = frozenset(word_tuple("of the and for de van von der bin binti al el la le da di dan"))
QUOTES = '"“”„«»'
