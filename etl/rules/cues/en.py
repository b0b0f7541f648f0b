"""English cues: hedges, false friends, explicit non-verification, unnamed reports, reporting frames, lexicons.

Every example below is written for Kabar (no corpus text). Patterns are regex fragments, case-insensitive.
"""

from __future__ import annotations

from etl.rules.base import word_tuple
from etl.rules.cues.base import CueFamily, Language, Lexicon, Reporting, family
from etl.rules.lexicon import ALL_SPEECH_VERBS_EN, SPOKESPEOPLE_EN

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
        r"\b(?:widely|generally|broadly)\s+seen\s+as\b",
        r"\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+|normally\s+)?(?:considered|regarded\s+as)\s+(?:a|an|the|to\s+be)\b",
        r"\bunconfirmed\b",
        match=[
            "The striker reportedly asked for a transfer.",
            "The minister is said to favour an early vote.",
            "Rumors of a merger lifted the shares.",
            "The ship was believed to be carrying grain.",
            "The reform is widely seen as a test for the new mayor.",
            "The senator, who normally is considered a moderate, voted no.",
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
        r"\bsuspected\b",
        match=[
            "The mayor denied allegations of bribery.",
            "He was accused of fraud last year.",
            "The former aide faces charges of perjury.",
            "Police raided a suspected drug lab near the port.",
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
        r"\b(?:most|very|more|less)\s+(?:un)?likely(?=\s*[,.]|\s+(?:to|that|next|later|this|because|than|"
        r"as|in|after|before|will|would|be|[a-z]+ing)\b)",
        r"\b(?:unlikely|likely)(?=\s*[,.]|\s+(?:to|that|next|later|this|because|than|"
        r"as|in|after|before|will|would|be|[a-z]+ing)\b)",
        r"\bprobably\b",
        # (each starts with a literal word, so the scan finds it from its trigger: no free pattern)
        r"\b(?:is|are|was|were)\s+(?:not\s+|most\s+|very\s+)?(?:un)?likely\s+(?:a|an|the|that|there)\b",
        r"(?<=[\s’']s\s)likely\s+(?:a|an|the|that|there)\b",
        r"(?<=[\s’']s\s)not\s+likely\s+(?:a|an|the|that|there)\b",
        r"\b(?:possible|potential)\s+(?:[a-z]+\s+)?(?:collusion|crimes?|fraud|links?|ties|involvement|violations?|"
        r"wrongdoing|misconduct|obstruction|corruption|interference|abuses?|breach(?:es)?|coordination|offen[cs]es?)\b",
        r"\bimprobable\b",
        r"\b(?:arguably|conceivably|ostensibly)\b",
        match=[
            "The fire may have started in the kitchen.",
            "Officials are possibly hiding the figures.",
            "Talks will resume, likely on Tuesday after the holiday, most likely in the capital.",
            "The ferry will probably be cancelled.",
            "Police are looking into possible fraud at the depot.",
            "The ferry is arguably the slowest in the region.",
            "The delay was likely an oversight by the port staff.",
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
        # `\b` first and the modal as a literal group (lower case checked after it): the scan finds it from its
        # trigger words instead of running it over the whole text
        r"\b(?<!\bI\s)(?<!\b[Yy]ou\s)(?<!\b[Ww]e\s)(?<!\bwho\s)"
        r"(?:could|might|may)(?-i:(?<=could)|(?<=might)|(?<=may))\s+(?:not\s+|well\s+|also\s+|yet\s+|"
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
        r"\bappear(?:s|ed)?\s+(?:to|more|less|(?:un)?likely|increasingly|set|\w+ly)\b",
        r"\bseem(?:s|ed|ingly)?\b",
        r"\bperceived\b",
        match=[
            "The suspect apparently fled by car.",
            "The plan seems to have failed.",
            "The ferry captains appeared less willing to sail at night.",
            "The mayor appears set to win a second term.",
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
        # an estimate or projection as a noun or with its auxiliary: `by the agency's estimate`, `have projected`
        r"(?<=[a-z’'s]\s)estimate\b",
        r"\bestimated\s+to\b",
        r"\b(?:has|have|had)\s+projected\b",
        r"\ba\s+projected\b",
        match=[
            "The court is expected to rule next month.",
            "The bank forecasts growth of 5 percent.",
            "By the council's estimate, the repairs will cost two million.",
            "The bridge was estimated to cost more than the tunnel.",
            "Analysts have projected that fares will rise.",
        ],
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
        r"\bcontend(?:s|ed)?\b",
        r"\balluded\s+to\b",
        r"\b(?:thought|believed|considered)\s+to\s+be\b",
        r"\bquestions?\s+(?:over|about|as\s+to)\s+whether\b",
        r"\bif\s+(?:(?:this|that|the|these|those)\s+(?:\w+\s+)?(?:is|are|was|were|prove|proves)\s+|it\s+(?:is|was)\s+)?"
        r"(?:true|accurate)\b",
        match=[
            "The data suggests that prices will fall.",
            "Early counts suggest the turnout was low.",
            "Speculation grew that the club would be sold.",
            "If the report is true, the harbour will close.",
            "Two towns thought to be at risk were evacuated.",
        ],
        keep=["She suggested a walk in the park.", "The inspector believes the fire was set."],
        note="`suggested a walk` (a proposal) is no hedge: only `suggests that`, `suggested was` and the like. A "
        "party's own belief (`believes`) is its opinion, not a claim presented as unverified.",
    ),
    family(
        "unnamed_speaker",
        # an unnamed person by rank or role: `a senior official said`, `two aides told`, `according to one adviser`
        r"\b(?:an?|one|two|three|four|several|multiple)\s+(?:[\w.’'-]+\s+){0,3}?"
        r"(?:officials?|aides?|advis[eo]rs?|sources?|staffers?|diplomats?|insiders?)\s+(?:said|says|told)\b",
        r"(?<=according\sto\s)(?:an?|one|two|three|four|several|multiple)\s+(?:[\w.’'-]+\s+){0,3}?"
        r"(?:officials?|aides?|advis[eo]rs?|sources?|staffers?|diplomats?|insiders?|people|persons?)\b",
        r"(?<=citing\s)(?:an?|one|two|three|four|several|multiple)\s+(?:[\w.’'-]+\s+){0,3}?"
        r"(?:officials?|aides?|advis[eo]rs?|sources?|staffers?|diplomats?|insiders?|people|persons?)\b",
        r"\b(?:a|one|two|three|several|multiple)\s+(?:[\w.’'-]+\s+){0,2}?(?:sources?|persons?|people|officials?|"
        r"specialists?|aides?)\s+(?:closely\s+)?(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|"
        r"following)(?:\s+the)?\s+\w+",
        match=[
            "The port will reopen on Monday, a senior official said.",
            "According to two former staffers, the budget was cut twice.",
            "Two people closely following the case said a ruling was near.",
        ],
        keep=["The port official said the cranes were repaired.", "Two officials of the port union met the mayor."],
        note="A statement resting on a person described only by rank or role is a claim, unattributed.",
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
    family(
        "past_inability",
        r"\bcould\s*(?:not|n[o’']t|no)\s+(?!(?:be\s+)?(?:immediately\s+|independently\s+)*(?:verif|confirm))[a-z]+"
        r"(?:\s+[a-z]+)?",
        note="`could not` / `could no longer` report what someone was unable to do (or may no longer do), a fact, "
        "not a possibility; `could not be verified` stays an explicit non-verification.",
        match=["The mayor could not remember the date of the meeting.", "Towns could no longer borrow for stadiums."],
        keep=["The ferry could soon be replaced, though the crew could not say when."],
    ),
    family(
        "purpose_or_condition",
        r"\b(?:so(?:\s+that)?|if)\s+(?:[\w’'-]+\s+){1,3}?(?:could|might)\s+[a-z]+(?:\s+[a-z]+)?",
        note="A modal in a purpose clause (`so the crew could rest`) or a condition (`asked if he could help`) states "
        "an aim or a question, not a claim about the facts.",
        match=["The guards opened the gate so the bus could pass.", "She asked the clerk if he could find the file."],
        keep=["If the levy passes, fares could rise again."],
    ),
    family(
        "modal_idioms",
        r"\bmight\s+(?:as\s+well|want\s+to|expect)\b",
        r"\b(?:could|might)\s+be\s+(?:called|described|seen\s+[a-z]+ing)\b",
        r"\b(?:can|could)\s+possibly\b",
        r"\bcould\s+have\s+(?!been\b)(?:[a-z]+ly\s+)?[a-z]+ed\b",
        r"\b(?:one|nobody|anyone|no\s+one|any\s+of\s+us|you)\s+(?:[a-z]+\s+)?(?:could|might|may)\s+(?:have|be)\b",
        r"\b(?:maybe|perhaps)\s+(?:you|we)\b",
        note="Set phrases built on a modal: advice (`you might want to`), naming (`what might be called`), what can "
        "be seen (`crowds could be seen waving`), an intensifier (`as hard as he could possibly try`), a missed "
        "chance (`could have easily avoided`), the generic or addressed subject (`one might have thought`, `maybe "
        "you have seen`).",
        match=[
            "Commuters might want to leave early on Friday.",
            "Fans could be seen waving flags along the road.",
            "Nobody could possibly have planned the parade better.",
            "Perhaps you have tried the new ferry already.",
            "The council could have easily avoided the closure.",
        ],
        keep=[
            "The ferry might be cancelled on Friday.",
            "Perhaps the mayor will resign.",
            "The fire could have been set.",
        ],
    ),
    family(
        "made_to_seem",
        r"\bmak(?:e|es|ing)\s+(?:[\w’'-]+\s+){1,3}?seem\b",
        note="`makes the queue seem shorter` describes an effect, not how something appears to the writer.",
        match=["The new lights make the tunnel seem wider."],
        keep=["The tunnel seems wider than before."],
    ),
    family(
        "not_accused",
        r"\b(?:not|never)\s+(?:been\s+|being\s+|be\s+)?(?:charged|accused)(?:\s+(?:with|of))?\b",
        r"\b(?:no\s+one|nobody)\s+(?:is\s+|was\s+|has\s+)?accus(?:ing|ed)\b",
        note="Saying that nobody was charged or accused reports the absence of an allegation.",
        match=["The driver has not been charged with any offence.", "No one is accusing the mayor of theft."],
        keep=["The driver was charged with dangerous driving."],
    ),
    family(
        "claim_to_take",
        r"\bclaim(?:s|ed|ing)?\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:historic\s+|big\s+|sweeping\s+)?"
        r"(?:tax\s+credits?|credits?|refunds?|deductions?|gains|wins?|\d+\s*(?:percent|%))",
        r"\bclaims?\s+of\s+(?:privilege|immunity)\b",
        note="`claim a tax credit`, `claimed big gains`, `claims 30 percent of the market`, `claims of privilege`: "
        "taking or asserting a right or a share, not a disputed statement.",
        match=["Farmers can claim a tax credit for the new pumps.", "The party claimed big gains in the north."],
        keep=["The party claimed the vote was rigged."],
    ),
    family(
        "suggested_action",
        r"\bsuggest(?:s|ed)?\s+(?:that\s+)?(?:[\w’'-]+\s+){1,6}?should\b",
        note="`suggested that the council should wait` proposes an action; it does not present a fact as uncertain.",
        match=["The mayor suggested that the council should wait a month."],
        keep=["The data suggests that the council was misled."],
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
        # a refusal to confirm, or a denial coordinated with another verb: `would not confirm whether`, `has not
        # edited the statements or confirmed their accuracy`
        r"\b(?:would|will|did)\s*(?:not|n[o’']t)\s+(?:immediately\s+|publicly\s+)?confirm\b",
        r"\b(?:has|have|had)\s*(?:not|n[o’']t)\s+[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:or|nor)\s+(?:independently\s+)?"
        r"(?:verified|confirmed)\b",
        r"\bunverified\b",
        match=[
            "The footage could not be independently verified.",
            "The agency has not independently confirmed the report.",
            "We were unable to verify the claim.",
            "The ministry would not confirm whether the ferry had been sold.",
            "The agency has not edited the letters or confirmed their accuracy.",
        ],
        keep=["The company could not be reached for comment.", "Police confirmed the arrest."],
    ),
)

# pieces of the unnamed-official frame: modifiers before the role (`senior`, `White House`, `administration`),
# the role (one word class, etl.rules.lexicon), what it is attached to (`to the senator`, `for the company`)
_MODIFIERS = (
    r"(?:(?:senior|top|former|current|administration|government|congressional|party|campaign|state|federal|"
    r"military|security|intelligence|diplomatic|company|industry|(?-i:[A-Z])[\w.&-]*)\s+){0,3}"
)
_SPOKESPERSON = "(?:" + "|".join(w for w in SPOKESPEOPLE_EN if w.islower()) + ")"
_ATTACHED = (
    r"(?:\s+(?:to|for|with|of|at|in|from|close\s+to|familiar\s+with)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?"
    r"[\w.’'-]+?)?"
)
_SAID = r"(?:said|says|told|added)\b"

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
    # every speech verb of etl.rules.lexicon, and the verbs of evidence and rulings that take a named subject
    after_name=ALL_SPEECH_VERBS_EN + word_tuple("cited posted shared ruled found finds showed shows suggested think"),
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
        already never still had has told reporters once quickly flatly strongly each both all jointly"""
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
        ("Mara Quist practically admitted that the count had been wrong.", "Mara Quist"),  # any speech family
        ('Dale Ostrander shouted: "We have the votes!"', "Dale Ostrander"),
        ("Mayor Ivy Brandt replied that the budget was final.", "Ivy Brandt"),
        ("Senators Ada Lowe and Tim Roarke each said they would vote yes.", "Ada Lowe"),  # coordinated subjects
        ("Senators Ada Lowe and Tim Roarke each said they would vote yes.", "Tim Roarke"),
    ),
    keep=(
        "According to plan, the bridge opened at noon.",
        "Please tell me the ferry still runs.",  # an imperative, not a party's verb
        "The Ridgeway report was published on Monday.",  # a noun homograph of a speech verb
        "Senator Lyle Grant asked the auditors to review the contract.",  # a request, not information
        "In Texas and Ohio said to be the worst hit, roads stayed shut.",
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

CLAIM_VERBS = word_tuple(
    """claim claims claimed claiming accuse accuses accused accusing alleges alleging contend contends contended
    contending"""
)
CLAIM_NOUNS = word_tuple("claim claims accusation accusations allegation allegations charges")
PASSIVE_MARKS = word_tuple("is are was were be been being am")

LANGUAGE = Language(
    code="en",
    hedges=HEDGES,
    false_friends=FALSE_FRIENDS,
    unverified=UNVERIFIED,
    unnamed_reports=UNNAMED_REPORTS,
    reporting=REPORTING,
    lexicon=LEXICON,
    abbreviations=ABBREVIATIONS,
    claim_verbs=CLAIM_VERBS,
    claim_nouns=CLAIM_NOUNS,
    passive_marks=PASSIVE_MARKS,
)
