"""English cues: hedges, false friends, explicit non-verification, unnamed reports, reporting frames, lexicons.

Every example below is written for Kabar (no corpus text). Patterns are regex fragments, case-insensitive.
"""

from __future__ import annotations

from etl.rules.cues.base import CueFamily, Language, Lexicon, Reporting, family, word_tuple

HEDGES: tuple[CueFamily, ...] = (
    family(
        "reported",
        r"\breportedly\b",
        r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+reported\s+to\b",
        r"\bpurported(?:ly)?\b",
        r"\bsupposedly\b",
        r"\brumou?r(?:s|ed)?\b",
        r"\b(?:is|are|was|were)\s+(?:said|believed|thought|understood|alleged|rumou?red)\s+to\b",
        r"\b(?:is|are|was|were)\s+(?:widely\s+)?seen\s+as\b",
        r"\bunconfirmed\b",
        match=[
            "The striker reportedly asked for a transfer.",
            "The minister is said to favour an early vote.",
            "Rumors of a merger lifted the shares.",
            "The ship was believed to be carrying grain.",
        ],
        keep=["The company reported higher profits.", "She said the vote was fair."],
    ),
    family(
        "alleged",
        r"\ballege(?:d|dly|s)?\b",
        r"\balleging\b",
        r"\ballegations?\b",
        r"\baccus(?:ations?|ed|es|e|ers?|ing)\b",
        r"\bcharges\b",
        r"\bcharged\s+with\b",
        r"\bindicted\b",
        match=[
            "The mayor denied allegations of bribery.",
            "He was accused of fraud last year.",
            "The former aide faces charges of perjury.",
        ],
        keep=["The bank charges a small fee.", "She is in charge of the project."],
    ),
    family(
        "claimed",
        r"\bclaim(?:s|ed|ing)?\b",
        match=["The group claimed the vaccine was unsafe.", "Her claims could not be checked."],
        keep=["Jobless claims fell last week.", "Insurance claims rose after the storm."],
    ),
    family(
        "possible",
        r"\bpossibly\b",
        r"\b(?:may|might|could)\s+(?:have|be)\b",
        r"\bperhaps\b",
        r"\bmaybe\b",
        r"\bpresumably\b",
        r"\bpotentially\b",
        r"\b(?:is|are|was|were)\s+(?:un)?likely\s+to\b",
        r"\b(?:most\s+|very\s+|more\s+|less\s+)?(?:un)?likely(?=\s*[,.]|\s+(?:to|that|next|later|this|because|than|"
        r"as|in|after|before|will|would|be|[a-z]+ing)\b)",
        r"\bprobably\b",
        r"\b(?:possible|potential)\s+(?:[a-z]+\s+)?(?:collusion|crimes?|fraud|links?|ties|involvement|violations?|"
        r"wrongdoing|misconduct|obstruction|corruption|interference|abuses?|breach(?:es)?|coordination|offen[cs]es?)\b",
        r"\bimprobable\b",
        match=[
            "The fire may have started in the kitchen.",
            "Officials are possibly hiding the figures.",
            "Talks will resume, likely on Tuesday after the holiday, most likely in the capital.",
            "The ferry will probably be cancelled.",
            "Police are looking into possible fraud at the depot.",
        ],
        keep=[
            "Call us as soon as possible.",
            "A possible visit was discussed.",
            "The bridge will reopen on Monday.",
            "The poll asked likely voters about the port.",
        ],
        note="`possible`/`potential` before a wrongdoing (`possible fraud`) presents it as not established; before "
        "other nouns (`a possible visit`) it names a plan, not a claim.",
    ),
    family(
        "modal",
        r"(?<!\bI\s)(?<!\b[Yy]ou\s)(?<!\b[Ww]e\s)(?<!\bwho\s)"
        r"\b(?-i:could|might|may)\s+(?:not\s+|well\s+|also\s+|yet\s+|"
        r"potentially\s+|eventually\s+|soon\s+)*(?!be\s+reached\b|not\s+be\s+reached\b)(?:[a-z]{2,})\b",
        match=[
            "The levy could raise two billion dollars over ten years.",
            "Ferry fares might rise again next spring.",
            "The new tariff may yet be delayed by the council.",
        ],
        keep=[
            "You could visit the museum on Sunday.",
            "I might go to the market later.",
            "The mayor could not be reached for comment.",
            "We could win the cup this year.",
            "Voters met Prime Minister May on Friday.",
            "The club wants a coach who could stay for years.",
        ],
        note="A modal of possibility presents what follows as not established; advice to the reader (`you could`), "
        "the first person's plans and relative clauses (`a coach who could stay`) are no claims.",
    ),
    family(
        "appearance",
        r"\bapparently\b",
        r"\bappear(?:s|ed)?\s+(?:to|more|less|(?:un)?likely|increasingly|\w+ly)\b",
        r"\bseem(?:s|ed|ingly)?\b",
        r"\bperceived\b",
        match=[
            "The suspect apparently fled by car.",
            "The plan seems to have failed.",
            "The ferry captains appeared less willing to sail at night.",
        ],
        keep=["The singer appeared on stage at nine."],
    ),
    family(
        "expected_estimated",
        r"\b(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to\b",
        r"\bexpected\s+to\s+be\b",
        r"\bestimates\b",
        r"\b(?:has|have|had)\s+estimated\b",
        r"\bestimated\s+(?:that|in\s+\d{4})\b",
        r"(?<=[a-z]\s)(?<!\bwas\s)(?<!\bis\s)expected\s+to\b",
        r"\b(?:is|are|was|were)\s+projected\s+to\b",
        r"\bforecasts?\b",
        match=["The court is expected to rule next month.", "The bank forecasts growth of 5 percent."],
        keep=["Turnout was higher than expected.", "As expected, the bill passed."],
    ),
    family(
        "unclear",
        r"\bunclear\b",
        r"\bnot\s+clear\b",
        r"\b(?:is|are|was|were|remains?)\s+(?:not\s+)?(?:yet\s+)?unknown\b",
        r"\bnot\s+(?:yet\s+)?known\b",
        r"\bremains?\s+to\s+be\s+seen\b",
        r"\bwho\s+knows\b",
        match=["It is unclear who sent the letter.", "The cause of the blast is not yet known."],
        keep=["The rules are clear."],
    ),
    family(
        "suggests_believes",
        r"\bsuggest(?:s|ed)?\s+(?:that|was|were|is|are|the|someone|it|he|she|they|\w+ing)\b",
        r"\bsuggestions?\s+(?:that|of)\b",
        r"\bspeculation\b",
        r"\bbelieves\b",
        r"\bcontend(?:s|ed)?\b",
        r"\balluded\s+to\b",
        r"\b(?:thought|believed|considered)\s+to\s+be\b",
        r"\bquestions?\s+(?:over|about|as\s+to)\s+whether\b",
        r"\bif\s+(?:(?:this|that|the|these|those)\s+(?:\w+\s+)?(?:is|are|was|were|prove|proves)\s+|it\s+(?:is|was)\s+)?"
        r"(?:true|accurate)\b",
        match=[
            "The data suggests that prices will fall.",
            "The inspector believes the fire was set.",
            "Early counts suggest the turnout was low.",
            "Speculation grew that the club would be sold.",
            "If the report is true, the harbour will close.",
            "Two towns thought to be at risk were evacuated.",
        ],
        keep=["She suggested a walk in the park."],
        note="`suggested a walk` (a proposal) is no hedge: only `suggests that`, `suggested was` and the like.",
    ),
)

FALSE_FRIENDS: tuple[CueFamily, ...] = (
    family(
        "benefit_claims",
        r"\b(?:jobless|unemployment|insurance|benefit|benefits|welfare|disability|warranty|compensation|tax|expense)\s+claims?\b",
        r"\bclaims?\s+(?:process|adjuster|form|forms|payment|payments)\b",
        r"\bclaim(?:s|ed)?\s+(?:the\s+)?(?:lives|life|title|victory|crown|trophy|prize|gold|seat|seats)\b",
        r"\bclaimed\s+\d+\s+lives\b",
        match=["Initial jobless claims rose.", "The flood claimed 12 lives."],
        keep=["The group claims the dam is unsafe."],
    ),
    family(
        "denied_claim",
        r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|"
        r"refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\s+(?:the|these|those|this|that|such|all|any|their|his|her|its)\s+"
        r"(?:\w+\s+)?claims?\b(?!\s+(?:that|of)\b)",
        note="A `claim` that is the object of a denial names the dispute; the sentence itself asserts the denial.",
        match=["The mayor's office denied the claim on Friday.", "The company rejected these claims outright."],
        keep=["The mayor denied the claim that he lied."],
    ),
    family(
        "fee_charges",
        r"\b(?:bank|service|late|delivery|extra|hidden|card|fixed|standing)\s+charges\b",
        r"\bcharges\s+(?:a|an|the)?\s*(?:fee|fees|rate|price|interest|customers|users)\b",
        match=["Hidden charges annoy customers.", "The bank charges a fee for transfers."],
        keep=["The bank charges a fee for transfers, critics claim."],
    ),
    family(
        "wished_or_feared",
        r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|worr(?:y|ies|ied)|fear(?:s|ed)?)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}?"
        r"(?:could|might|may)\s+\w+",
        note="A modal inside what someone hopes or fears states a wish or a worry, not a claim about the facts.",
        match=[
            "She hoped the mayor could attend the opening.",
            "Parents worry the new timetable might confuse pupils.",
        ],
        keep=["Officials said the bridge could collapse."],
    ),
    family(
        "as_expected",
        r"\b(?:as|than)\s+(?:had\s+been\s+|was\s+)?(?:expected|forecast|estimated)\b",
        r"\bas\s+\w+\s+as\s+possible\b",
        r"\b(?:made|make|makes|making)\s+(?:it\s+)?possible\b",
        r"\bwhere\s+possible\b",
        r"\bif\s+possible\b",
        match=["Sales were stronger than expected.", "Reply as soon as possible."],
        keep=["The vote is expected to pass."],
    ),
)

UNVERIFIED: tuple[CueFamily, ...] = (
    family(
        "not_verified",
        r"\b(?:could|can)\s*(?:not|n[o']t)\s+(?:be\s+)?(?:immediately\s+|independently\s+)*(?:verif(?:y|ied)|confirm(?:ed)?)\b",
        r"\bcannot\s+(?:be\s+)?(?:immediately\s+|independently\s+)*(?:verif(?:y|ied)|confirm(?:ed)?)\b",
        r"\bunable\s+to\s+(?:immediately\s+|independently\s+)*(?:verify|confirm)\b",
        r"\b(?:has|have|had)\s*(?:not|n[o']t)\s+(?:been\s+)?(?:able\s+to\s+)?(?:immediately\s+|independently\s+)*(?:verif(?:y|ied)|confirm(?:ed)?)\b",
        r"\bnot\s+(?:been\s+)?independently\s+(?:verified|confirmed)\b",
        r"\bunverified\b",
        match=[
            "The footage could not be independently verified.",
            "The agency has not independently confirmed the report.",
            "We were unable to verify the claim.",
        ],
        keep=["The company could not be reached for comment.", "Police confirmed the arrest."],
    ),
)

UNNAMED_REPORTS: tuple[CueFamily, ...] = (
    family(
        "unnamed_source",
        r"\b(?:a|one|two|three|several|multiple)\s+(?:sources?|persons?|people|officials?)\s+"
        r"(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)(?:\s+the)?\s+\w+",
        r"\b(?:sources|people|officials)\s+(?:familiar\s+with|close\s+to)(?:\s+the)?\s+\w+",
        r"\b(?:unnamed|anonymous)\s+(?:sources?|officials?|persons?)\b",
        r"\bspeaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b",
        r"\bwho\s+(?:asked|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b",
        r"\b(?:media|local|press)\s+reports\b",
        r"\breports\s+(?:emerged|suggest|suggested)\b",
        match=[
            "A source familiar with the talks said a deal was near.",
            "The official, speaking on condition of anonymity, said the plan was dropped.",
        ],
        keep=["The source code was published.", "Sources of energy vary by region."],
    ),
)

REPORTING = Reporting(
    after_name=word_tuple(
        """said says told tells reported reports wrote writes stated denied denies claimed alleged alleges
        added adds noted notes explained explains argued argues warned warns insisted insists acknowledged
        acknowledges announced announces tweeted posted confirmed confirms estimated estimates believes
        suggested forecast forecasts predicted predicts testified reiterated maintained maintains
        cited accused accuses denounced revealed disclosed shared posted agreed criticized criticised
        showed shows think believe countered contended asserted declared say deny contend contends assert
        asserts insist argue warn allege predict signaled signalled conceded concedes ruled found finds"""
    ),
    before_name=word_tuple(
        """said says told added wrote asked continued explained noted tweeted predicted warned argued insisted
        asserted contended stated recalled acknowledged"""
    ),
    prepositions=(
        r"according\s+to",
        r"citing",
        r"cited\s+by",
        r"(?:as\s+reported|reported)\s+by",
        r"quoted\s+by",
        r"in\s+a\s+(?:statement|report|filing|letter|post|tweet)\s+(?:by|from|issued\s+by)",
        r"(?:data|figures|records)\s+from",
        r"(?:posted|written|published|released|issued|conducted)\s+by",
        r"(?:claimed|denied|disputed|alleged|rejected|announced|confirmed)\s+by",
    ),
    channels=(r"(?:on|via|in\s+a\s+post\s+on|in\s+a\s+tweet\s+on)",),
    adverbs=word_tuple(
        """also has have had previously later publicly repeatedly then again earlier recently separately long
        already never still had has told reporters once quickly flatly strongly"""
    ),
    pronouns=word_tuple("he she they it we i"),
    pronoun_suffix="",
    descriptive=word_tuple("the"),
    complement_verbs=word_tuple("cited revealed disclosed wrote noted ruled found finds"),
    after_party=word_tuple(
        """in on at to after before during while when who as told according last this earlier yesterday today
        from for of via Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
    ),
    quantifiers=word_tuple("some many several other multiple most one two three four"),
    examples=(
        ('"We will appeal," said Mary Ellis, a lawyer for the family.', "Mary Ellis"),
        ("Port Authority spokesman Dan Reyes said the terminal was closed.", "Dan Reyes"),
        ("The storm flooded 40 homes, according to the Harbor County Fire Service.", "Harbor County Fire Service"),
    ),
    keep=(
        "According to plan, the bridge opened at noon.",
    ),
)

LEXICON = Lexicon(
    media=word_tuple(
        """Reuters AP AFP Bloomberg BBC CNN CNBC MSNBC NBC ABC CBS NPR PBS Fox Politico Axios Breitbart Vogue
        Mirror Express Telegraph Guardian Independent Times Post Journal Tribune Herald Gazette Newsweek Forbes
        Fortune Variety Billboard Xinhua Kyodo Yonhap NHK Bernama Antara ESPN Marca Aljazeera"""
    ),
    media_words=word_tuple(
        """News Times Post Daily Herald Tribune Journal Gazette Telegraph Express Mirror Echo Observer Media
        Magazine Radio TV Television Channel Network Press Sports Report Wire Broadcasting Newsroom"""
    ),
    government=word_tuple(
        """FBI CIA NSA DOJ DHS ICE EPA IRS CBO GAO FDA CDC SEC FTC FCC Pentagon Kremlin Congress Senate
        Parliament Downing Whitehall Treasury NATO"""
    ),
    government_words=word_tuple(
        """Ministry Department Agency Office Bureau Commission Administration Government Service Embassy
        Police Army Navy Force Military Cabinet Court Authority Council Prosecutor Prosecutors House
        Customs Patrol Guard Secretariat County State"""
    ),
    organization_words=word_tuple(
        """University College Institute Foundation Association Center Centre Committee Party Union Federation
        League Club Company Inc Corp Corporation Group Bank Fund Coalition Alliance Organization Organisation
        Society Campaign Movement Action Research PAC Democrats Republicans Trust Council Board Airlines
        Robotics Technologies Technology Labs Systems Airways Motors Holdings Studios Entertainment Pictures
        Solutions Capital Ventures Industries LLC Ltd"""
    ),
    document_words=word_tuple(
        """report document documents memo memorandum letter filing filings records data analysis study survey
        poll guidelines briefing book paper website release transcript statement court tally census petition
        complaint lawsuit indictment affidavit audit assessment bulletin decree ruling email emails"""
    ),
    social=word_tuple("Twitter X Instagram Facebook TikTok YouTube WhatsApp Telegram Threads LinkedIn Reddit Snapchat"),
    anonymous_heads=word_tuple(
        """source sources official officials people person persons someone witness witnesses residents
        analysts experts economists some several many other others critics advocates one a an"""
    ),
    roles=word_tuple(
        """president senator sen rep representative congressman congresswoman governor gov mayor minister
        secretary spokesman spokeswoman spokesperson official officer chief director analyst economist
        professor lawyer attorney judge justice chairman chairwoman chair ceo founder executive editor
        reporter correspondent columnist adviser advisor aide counsel prosecutor investigator leader head
        commissioner ambassador envoy general gen lt col sgt captain capt commander coach manager pope
        pontiff prime mr mrs ms dr prof former ex deputy vice acting special u.s. republican democratic
        democrat candidate nominee activist researcher scientist strategist pollster consultant partner
        president-elect lawmaker legislator sheriff chancellor king queen prince princess"""
    ),
    specific_roles=word_tuple("prosecutors police"),
    title_words=word_tuple(
        """Affairs Public Communications Relations Policy Operations Security Defense Defence Homeland Justice
        State Foreign Interior Energy Commerce Trade Health Human Services Labor Education Transportation
        Agriculture Treasury Finance Majority Minority Leader Whip Speaker Staff Press National Intelligence
        Ways Means Budget Product Marketing Sales Engineering Technology Research Global Regional General"""
    ),
    countries=word_tuple(
        """Russia China Ukraine Iran Iraq Israel Syria Turkey Egypt India Pakistan Japan Korea France Germany
        Britain Italy Spain Mexico Canada Brazil Australia Indonesia Malaysia Myanmar Libya Venezuela Cuba
        Afghanistan Saudi Qatar Moscow Beijing Pyongyang Tehran Kyiv Kiev America"""
    ),
    stopwords=word_tuple(
        """the a an but and however meanwhile still also in on at for from with by of to after before when
        while as if though although since because during later earlier then now today yesterday monday
        tuesday wednesday thursday friday saturday sunday this that these those it he she they we i his her
        their its there here so yet something nothing everyone everybody someone somebody nobody instead you
        you’d you'd i’d i'd we’d we'd they’d they'd one
        unfortunately luckily seriously surely truly first last next
        according asked updated breaking exclusive why what who how where which"""
    ),
    generic_people=word_tuple(
        """traders residents locals shoppers villagers passengers commuters witnesses bystanders neighbours
        neighbors farmers workers employees students parents fans voters users customers consumers protesters
        demonstrators netizens onlookers tourists visitors patients victims survivors"""
    ),
)

ABBREVIATIONS = word_tuple(
    """Mr Mrs Ms Dr Prof Sr Jr St Gen Lt Col Maj Capt Sgt Gov Sen Rep Rev Hon Inc Corp Co Ltd Bros No vs Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Fla Calif Ariz Ga Ill Mass Mich Minn Pa Tex Va Wash Wis Conn Colo
    Md Mo Ky La Nev Okla Ore Tenn Ala Ark Kan Miss Neb Mt Ft Ave Blvd approx est dept govt"""
)

LANGUAGE = Language(
    code="en",
    hedges=HEDGES,
    false_friends=FALSE_FRIENDS,
    unverified=UNVERIFIED,
    unnamed_reports=UNNAMED_REPORTS,
    reporting=REPORTING,
    lexicon=LEXICON,
    abbreviations=ABBREVIATIONS,
)
