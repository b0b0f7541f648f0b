"""Word classes shared by the extraction frames: speech verbs by family, collective nouns, document nouns.

One list per class and language, used by every frame that needs the class (etl.rules.frames, etl.core.grammar).
The English speech verbs here are also the verbs after a party in etl.rules.cues.en (`ALL_SPEECH_VERBS_EN`); the
cue modules keep the other reporting frames and the name lexicons. The classes here are those that frames combine
(`<collective noun> <speech verb>`, `<document noun> <evidence verb>`).
Every word is general vocabulary: nothing names a person, outlet or text.
"""

from __future__ import annotations

from etl.rules.base import word_tuple as words

# Speech verbs of English, by family. Present, -s and past forms are listed (no stemming at run time).
SPEECH_VERBS_EN: dict[str, tuple[str, ...]] = {
    "say": words("say says said tell tells told add adds added note notes noted stated reiterated"),
    "argue": words(
        """argue argues argued contend contends contended assert asserts asserted insist insists insisted
        maintain maintains maintained"""
    ),
    "warn": words("warn warns warned caution cautions cautioned"),
    "deny": words("deny denies denied dispute disputes disputed reject rejects rejected countered"),
    "allege": words("allege alleges alleged claim claims claimed accuse accuses accused"),
    "predict": words("predict predicts predicted estimate estimates estimated forecast forecasts"),
    "believe": words("believe believes believed suspect suspects suspected fear fears feared"),
    "signal": words(
        "signal signals signaled signalled acknowledge acknowledges acknowledged concede concedes conceded"
    ),
    "criticise": words(
        """criticize criticizes criticized criticise criticises criticised question questioned complain complains
        complained slam slams slammed blast blasts blasted condemn condemns condemned denounced"""
    ),
    "ask": words("ask asks asked urge urges urged call calls called demand demands demanded"),
    "agree": words("echo echoes echoed agree agrees agreed admit admits admitted confirm confirms confirmed"),
    "announce": words("announce announces announced declare declares declared testify testifies testified"),
    "write": words("write writes wrote tweet tweets tweeted report reports reported recall recalls recalled"),
    # raised voice, reply and emphasis: `NAME shouted: ...`, `NAME replied that`, `NAME stressed that`
    "exclaim": words(
        """shout shouts shouted yell yells yelled scream screams screamed exclaim exclaims exclaimed
        reply replies replied respond responds responded answer answers answered retort retorts retorted
        stress stresses stressed emphasize emphasizes emphasized emphasise emphasises emphasised
        remark remarks remarked observe observes observed mention mentions mentioned explain explains
        explained reveal reveals revealed disclosed boast boasts boasted brag brags bragged joke jokes joked
        quip quips quipped lament laments lamented"""
    ),
}
# Forms of speech verbs that are more often nouns or imperatives after a capitalised word (`the Ford recall`, `a Fox
# report`, `Obama's tweets`, `Please tell me`): they do not make the word before them a speaking party.
NOUN_HOMOGRAPHS_EN = words(
    """tweet tweets question questions answer answers reply replies remark remarks fear fears echo echoes
    signal signals claim report note call calls demand demands estimate recall recalls tell write"""
)
# The families whose subject addresses a request to someone (`asked the agency to`, `called for`, `urged him to`)
# rather than informs: they do not make the subject a source on their own.
REQUEST_FAMILIES_EN = ("ask",)
# English speech verbs after a party (`NAME admitted`, `Critics argue`): every family but the requests, without the
# noun homographs, in lexicon order (the reporting scans of etl.rules.cues.en)
ALL_SPEECH_VERBS_EN: tuple[str, ...] = tuple(
    dict.fromkeys(
        v
        for name, family in SPEECH_VERBS_EN.items()
        if name not in REQUEST_FAMILIES_EN
        for v in family
        if v not in NOUN_HOMOGRAPHS_EN
    )
)
# what a document or data set does when it informs (`the census shows`, `a new poll found`)
EVIDENCE_VERBS_EN = words(
    """show shows showed shown find finds found suggest suggests suggested indicate indicates indicated
    reveal reveals revealed say says said state states stated estimate estimates estimated allege alleges
    alleged conclude concludes concluded claim claims claimed describe describes described"""
)

# Plural nouns naming a group of people who can speak as one party (`analysts said`, `some critics argue`).
# kind: the source kind a group of that noun gets.
COLLECTIVE_NOUNS_EN: dict[str, tuple[str, ...]] = {
    "government": words(
        """officials authorities prosecutors regulators investigators police diplomats negotiators officers
        ministers lawmakers legislators senators congressmen judges inspectors agencies"""
    ),
    "organization": words("Democrats Republicans Conservatives Liberals Socialists Greens unions companies groups"),
    "anonymous": words(
        """critics analysts experts economists strategists scientists researchers scholars historians
        commentators pollsters observers advocates activists campaigners lobbyists lawyers attorneys doctors
        aides advisers advisors staffers insiders sources residents witnesses opponents supporters organizers
        organisers protesters executives bankers traders investors users fans voters teachers parents
        professors members leaders progressives engineers nurses soldiers pilots drivers
        farmers workers employees students people specialists women men respondents plaintiffs defendants
        environmentalists conservationists consumers owners families relatives victims survivors proponents"""
    ),
}
# words that may stand between a quantifier and a collective noun without being a name (`top`, `former`)
GROUP_QUANTIFIERS_EN = words(
    """some many several other most few two three four five six seven eight nine ten dozens hundreds
    multiple numerous top senior former leading local foreign dozen dozens more than nearly almost about at least
    over""")
# Roles that speak for someone else, or insiders, often left unnamed (`her spokesman said`, `an aide said`, `a senior
# Republican said`); an unnamed `source` is an unnamed-report cue of etl.rules.cues, not a role.
SPOKESPEOPLE_EN = words(
    """spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney representative official negotiator
    diplomat confidant confidante staffer insider Republican Democrat"""
)

# Nouns naming a document or data set that can be a source (`court documents`, `a lawsuit`, `census data`).
DOCUMENT_NOUNS_EN = words(
    """data poll polls polling survey surveys study studies report reports research analysis analyses findings
    figures statistics census records documents document filing filings lawsuit complaint indictment letter
    memo memorandum ruling audit review estimates transcript emails email charter assessment"""
)
# determiners that make a document noun refer back to one named before (`the report` alone is no new source)
ANAPHORIC_DETERMINERS_EN = words("the this that these those its their his her our")

# Nouns of what is said, the object that makes a complement verb report (`menyampaikan klaim`, `melaporkan temuan`)
SPEECH_NOUNS_ID = words(
    """klaim pernyataan keterangan pendapat penjelasan informasi kabar pesan kritik bantahan tanggapan laporan temuan
    keluhan kecaman dugaan"""
)

# The core reporting words of each language: a text holding none of them (nor a quotation) attributes nothing.
# Used by the `no_source` check (etl.core.signals); the extraction's frames use the fuller lists of etl.rules.cues.
REPORTING_CORE: dict[str, tuple[str, ...]] = {
    "en": SPEECH_VERBS_EN["say"]
    + SPEECH_VERBS_EN["argue"]
    + SPEECH_VERBS_EN["warn"]
    + SPEECH_VERBS_EN["deny"]
    + words("alleged claimed stated wrote reported announced tweeted posted according citing quoted"),
    "id": words(
        """mengatakan berkata menyatakan menjelaskan menegaskan menyebut menyebutkan membantah mengklaim
        mengungkapkan menuturkan menambahkan melaporkan memberitakan mengaku kata katanya ujar ujarnya ungkap
        ungkapnya tutur tuturnya jelasnya imbuhnya tambahnya tegasnya menurut menurutnya mengutip dikutip
        dilansir melansir keterangan pernyataan"""
    ),
    "ms": words(
        """berkata menyatakan menjelaskan menegaskan memaklumkan menafikan mendakwa katanya menurut memetik
        dipetik kenyataan mengatakan"""
    ),
}

# Word classes of the older reporting frames (etl.core.grammar), moved here from the code.
BODY_NOUNS = (
    "administration",
    "embassy",
    "ministry",
    "government",
    "police",
    "campaign",
    "team",
    "union",
    "agency",
    "department",
    "commission",
    "committee",
    "office",
    "bank",
    "regulator",
    "court",
    "council",
    "company",
    "firm",
    "military",
    "army",
    "cabinet",
    "authority",
    "presidency",
)

OUTLET_VERBS = ("melaporkan", "memberitakan", "menulis", "menuliskan", "mencatat", "mewartakan")

SAYING = ("saying", "adding", "noting", "arguing", "warning", "insisting", "claiming", "citing")

# counts and figures a body keeps (`menurut penghitungan PBB`, `angka pemerintah`, `estimasi bank sentral`)
TALLY_NOUNS_ID = words("penghitungan perhitungan hitungan angka estimasi perkiraan")
DATA_DESCRIPTORS = frozenset({"data", "riset", "laporan", "catatan", "analisis", "investigasi", "hasil riset",
                              *TALLY_NOUNS_ID})

CHANNEL_WORDS = frozenset(
    {
        "akun",
        "diunggah",
        "diposting",
        "dibagikan",
        "dari",
        "via",
        "oleh",
        "posted",
        "unggahan",
        "postingan",
        "cuitan",
        "on",
        "di",
        "dalam",
        "melalui",
        "lewat",
        "halaman",
        "kanal",
        "channel",
        "page",
        "account",
        "platform",
        "jejaring",
        "social",
        "media",
    }
)

GLUE_BEFORE = words(
    """kata ujar ucap tutur dari oleh dilansir mengutip dikutip
    menurut data laporan berdasarkan merujuk melansir tulis pemberitaan artikel situs laman portal"""
)
# Lower-case words a scraper glues to the capitalised name after them (`kantor beritaAFP`, `dimuat diTempo`,
# `akunInstagram`): split only before a capital (`beritadesa.com`, `diskon.com` are one word).
GLUE_BEFORE_NAME = words("di kepada berita akun kanal pendeteksi")

GLUED_HEDGES = frozenset({"dilaporkan", "dikabarkan", "diduga", "disebut"})  # `Israeldilaporkan`
GLUED_ACCOUNT_WORDS = frozenset({"asli", "resmi", "resminya"})  # `akunInstagramasli`, `akunInstagramresminya`

MEDIA_DESCRIPTORS = frozenset({"media", "harian", "portal", "koran", "majalah", "pemberitaan", "kantor berita"})

# Nouns that name an outlet, so that any name after them is one (`harian X`, `kantor berita X`).
OUTLET_DESCRIPTORS = (
    "media",
    "kantor berita",
    "stasiun televisi",
    "stasiun tv",
    "saluran tv",
    "saluran televisi",
    "surat kabar",
    "harian",
    "koran",
    "majalah",
    "situs berita",
    "portal berita",
    "pemberitaan",
)

# a noun naming an outlet or its report, then the outlet (`pemberitaan Detik.com`, `laporan Reuters`, `situs X`):
# the outlet nouns above but `harian` (also "daily"), and the nouns of a report or a site
OUTLET_NOUNS = (
    *(w for w in OUTLET_DESCRIPTORS if w != "harian"),
    "artikel",
    "berita",
    "laporan",
    "liputan",
    "situs",
    "laman",
    "portal",
    "article",
    "report",
    "reporting",
)
# Nouns that may stand between a prepositional frame and its party (`menurut data X`, `mengutip laman X`).
DOCUMENT_DESCRIPTORS = (
    *OUTLET_DESCRIPTORS,
    *words(
        """situs laman portal akun unggahan postingan data riset investigasi catatan laporan keterangan pernyataan
        kenyataan hantaran analisis website the"""
    ),
    *TALLY_NOUNS_ID,
    "hasil riset",
)
# Short words inside a multi-word name (`Bank of America`, `Ahmad bin Yusuf`).
NAME_CONNECTORS = words("de da van von der den bin binti al el la of for the on &")
MONTHS = words(
    """January February March April May June July August September October November December
    Januari Februari Maret April Mei Juni Juli Agustus Oktober Desember"""
)
# Words inside prepositional frames too common to mark a sentence as reporting on their own.
FRAME_FILLERS = words(
    """itu datang muncul dalam dari lewat melalui seperti sebagaimana yang data oleh pada kepada from tersebut isi
    bunyi demikian diketahui juga pula tidak belum bisa dapat berhasil sendiri keras langsung pertama kali hasil
    situs media harian koran majalah portal kantor berita stasiun televisi"""
)
# Quoting frames: the party after them is the outlet or document quoted (`mengutip X`, `citing X`).
QUOTING_WORDS = words("mengutip dikutip kutip dilansir melansir memetik dipetik citing")
# Words for a person who is not named (`sumber itu`, `a witness`).
UNNAMED_PEOPLE = words("sumber source sources saksi witness seseorang someone")
SITE_NOUNS = words("situs laman portal website")
REPORT_NOUNS = words("laporan pemberitaan liputan")
# Words that end a document's description before what is said about it (`a letter signed by ...`).
DESCRIPTION_ENDS = words(
    """signed issued published released obtained seen filed posted written sent prepared by from that which who
    yang oleh dari ditandatangani diterbitkan dikeluarkan dirilis diperoleh"""
)

# Prepositions that govern the noun after them: a name right after one is no subject of the verb that follows
# (`a rally in Raleigh, a voter ..., said`; `ad in Nevada says`). `dari` is left out (`Senator X dari Jambi`).
GOVERNING_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": words("in at from of near into across inside outside to for with on about against than"),
    "id": words("di ke pada untuk dengan terhadap tentang"),
    "ms": words("di ke pada untuk dengan terhadap tentang"),
}

# Words that, opening a name, make it an outlet (`Harian Kabar Pagi`, `Radio Suara Desa`).
MEDIA_FIRST_WORDS = words("harian koran majalah radio tv televisi redaksi tabloid")
# Outlet names that open longer names of the same outlet (`detikNews`, `TribunJatim`, `KompasTV`).
OUTLET_NAME_PREFIXES = words("detik Tribun Kompas Surya Tempo Antara CNN BBC")
# Offices named by their city (`KBRI Phnom Penh`): the place after them is no person.
PLACE_OFFICES = words("KBRI KJRI")
# Words that open an unnamed party (`sumber`, `seorang`, `some`, `a`).
UNNAMED_HEADS = words("sumber source sources seorang beberapa sejumlah some a an")
# Indonesian police and civil-service titles contracted from `Kepala`: what follows `Ka` (`Kapolres`, `Kasubdit`,
# `Kabid`, `Kapuspenkum`), as a pattern over the contracted units.
KA_ROLE_TAILS = (
    r"pol(?:ri|da|res|resta|restabes|sek)|sat(?:reskrim|lantas|narkoba|intelkam|samapta|binmas|polpp)?|bid"
    r"|bag(?:ops|ren|sumda)?|sub(?:dit|bag|bid|id|ag|den)\w{0,8}|div(?:humas|propam)?|nit(?:reskrim|lantas|intel)?"
    r"|si(?:e|humas)?|ro(?:ops|penmas)|pus(?:pen|penkum|penerbad|penerbal|penerbau)|dis(?:pen\w{0,3}|kes|dik)"
    r"|kanwil|rutan|lapas|jati|jari|bais|baintelkam|korlantas|baharkam|sad|sal|sau|ur|ops"
)

# Indonesian ministers' contracted titles (`Mendikbudristek`, `Menkomdigi`): what follows `Men`, matched as a prefix
# so that a title the scraper cut short (`Mendikbudriste.`) is still a title; the short ones (`Menlu`, `Mensos`)
# are whole words in the role lexicon.
MEN_ROLE_STEMS = words("dikbud dikdasmen diktisaintek komdigi kominfo kopolhukam kumham panrb parekraf sesneg ristek")

# Indonesian nouns naming a study, survey or data set that can be a source (`Beberapa penelitian menunjukkan`).
DOCUMENT_NOUNS_ID = words("penelitian studi riset survei kajian analisis data laporan temuan penyelidikan jajak")
# What such a document does when it informs (`menunjukkan`, `menemukan`).
EVIDENCE_VERBS_ID = words(
    """menunjukkan menemukan menyimpulkan mengungkapkan mengungkap menyebutkan menyebut memperlihatkan
    membuktikan mencatat memperkirakan"""
)

# English place names that are no party on their own (`in Sutherland Springs, Texas, ... showed`, `DuPont, WA shows`,
# `an ally of Washington`): a party whose every word is one of them is left out. Countries stay parties
# (`Russia denied`: its government); a state's government is named by its office (`Texas Attorney General`).
PLACES_EN = words(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
    Montana Nebraska Nevada Hampshire Jersey York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode
    Island Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming New North South West Puerto Rico
    America U.S U.S. US USA DC D.C. AL AK AZ AR CA CO CT DE FL GA HI ID IL IA KS KY LA MD MA MI MN MS
    MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"""
)
# Lower-case nouns that make the capitalised words before them a modifier, not a party (`according to Salt Lake
# police Sgt. Ann Roe`, `told U.S. lawmakers`): the party is the whole phrase, named elsewhere or not at all.
MODIFIED_NOUNS_EN = words(
    """police officials official lawmakers legislators senators regulators prosecutors investigators authorities
    officers spokesman spokeswoman spokesperson sources source aides aide staff lawyers attorneys economists
    analysts leaders voters residents government administration agencies agency department ministry court judge
    newspaper website magazine broadcaster network daily station tabloid"""
)
# What opens a credit for an embedded post rather than a party that speaks (`via @harbour_desk`, `h/t @ann_lee`).
CREDIT_WORDS_EN = words("via h/t HT")

# Word classes of the claim-attribution clause reader (etl.core.claims): which words may stand between a claim verb
# and its subject, and which words show that the verb has no subject of its own. Both languages in one set each,
# since each is only compared with the words right before the verb.
CLAIM_QUANTIFIERS = frozenset(words("more dozens hundreds thousands most all both few"))  # `More than ten accused`
CLAIM_SUBORDINATORS = frozenset(words("to who which that yang untuk"))  # an infinitive or a relative clause
CLAIM_AUXILIARIES = frozenset(words("has have had also previously repeatedly telah sudah juga pernah"))
PASSIVE_GAP_WORDS = frozenset(words("also not never since already"))  # `was not accused`, `was also accused`
AGENT_PREPOSITIONS_EN = frozenset(words("of by"))  # `accused of`, `accused by`: a passive participle
IMPERSONAL_PRONOUNS_EN = frozenset(words("it i we"))  # pronouns whose referent is no earlier party
POSSESSIVE_PRONOUNS_EN = frozenset(words("his her their"))  # `his claims`: the claim noun's possessor
# Venues a complement verb reports in (`wrote in a letter`, `noted in a statement`), and their determiners; the
# order is kept as written (it is the order of the regex alternation).
VENUE_NOUNS_EN = words("letter statement post tweet memo op-ed column email filing note blog analysis report interview")
VENUE_DETERMINERS_EN = words("a an the his her their its")
# Legislatures that confirm appointments: `confirmed by the Senate` is a vote, not a confirmation of a report.
LEGISLATURES_EN = words("Senate Congress Parliament House")
