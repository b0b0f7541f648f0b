"""English newsroom and blog boilerplate: teasers, image credits, calls to action, citation tags."""

from __future__ import annotations

from etl.rules.base import SpanRule, rule, word_set

# Applied to the raw line (before the credits and the dateline), because a wire's correction note stands in front
# of both: `(Corrects ...) By NAME WASHINGTON (Wire) - ...`.
RAW_RULES: tuple[SpanRule, ...] = (
    rule(
        "en.wire_correction_note",
        "other",
        # An editor's note in brackets opening the text: what this version corrects, refiles, updates or adds.
        r"^\s*\(\(?(?:(?:[Cc]orrects|[Rr]efiles|[Uu]pdates|[Aa]dds|[Rr]emoves|[Ff]ixes|[Rr]epeats|[Cc]larifies)\b|"
        r"[^()]{0,60}?\b(?:story|item|article|version|report)\b[^()]{0,60}?\b(?:corrects|corrected|correct|"
        r"refiled|refiles|updated|updates|clarifies|clarified|adds|removes|fixes|repeats)\b)[^()]{0,400}\)\)?",
        remove=[
            (
                "(Corrects spelling of the mayor's name in third paragraph) OSLO (Wirenews) - The talks resumed.",
                "(Corrects spelling of the mayor's name in third paragraph)",
            ),
            (
                "(In this June 3 story, corrects date of vote in paragraph 5) By Ana Lima (Wirenews) - Votes were "
                "cast.",
                "(In this June 3 story, corrects date of vote in paragraph 5)",
            ),
            (
                "(This version of the May 2 story corrects the spelling of a town) TUCSON (Wirenews) - Rain fell.",
                "(This version of the May 2 story corrects the spelling of a town)",
            ),
            (
                "((This May 4 story has been corrected to fix a date in paragraph 6)) By Ana Lima LIMA (Wirenews) - "
                "Prices rose.",
                "((This May 4 story has been corrected to fix a date in paragraph 6))",
            ),
            (
                "(The May 1 story was refiled to correct a first name in paragraph 3) (Wirenews) - Prices rose.",
                "(The May 1 story was refiled to correct a first name in paragraph 3)",
            ),
            (
                "(Refiles to add dropped word in headline) LIMA (Wirenews) - Prices rose.",
                "(Refiles to add dropped word in headline)",
            ),
        ],
        keep=[
            "(The company corrects its forecast every quarter.) Shares fell.",
            "Officials said the report (which adds new figures) corrects earlier data.",
        ],
        trigger="orrect|efile|pdates|Adds|adds|emoves|ixes|epeats|larifies",
    ),
    rule(
        "en.wire_correction_note_end",
        "other",
        # The same editor's note closing the text instead: `(This story corrects ...)`, `(This version of the
        # story was refiled to ...)`, after the last sentence and up to the end of the line.
        r"(?<=[.!?\"”’)]\s)\s*\(\(?(?:This|The)\s+(?:[\w.,]+\s+){0,3}?(?:story|item|article|version)"
        r"(?:\s+of\s+the\s+(?:[\w.,]+\s+){0,3}?story)?\s+(?:(?:was|has\s+been|had\s+been|is|has)\s+)?"
        r"(?:corrects|corrected|refiled|refiles|updated|updates|clarifies|clarified|adds|removes|fixes)\b"
        r"[^()]{0,400}\)\)?\s*$",
        remove=[
            (
                "The talks resumed on Monday. (This story corrects the spelling of the mayor's name in paragraph 3)",
                "(This story corrects the spelling of the mayor's name in paragraph 3)",
            ),
            (
                "Prices rose. (This version of the story was refiled to add a dropped word in paragraph 2.)",
                "(This version of the story was refiled to add a dropped word in paragraph 2.)",
            ),
        ],
        keep=[
            "Prices rose. (The report corrects an earlier estimate, the agency said.) Shares fell.",
            "The agency said it. (This story of recovery corrects nothing, she wrote, and hides nothing)",
        ],
        trigger="(This|(The",
    ),
)

RULES: tuple[SpanRule, ...] = (
    rule(
        "en.read_more",
        "related_link",
        r"(?:Read\s+[Mm]ore|READ\s+MORE|Related|RELATED|Also\s+read|Read\s+also|See\s+also|SEE\s+ALSO)\s*:\s*",
        teaser=True,
        remove=[
            ("It ended badly.Read more:Featured image via Some Agency", "Read more:"),
            (
                "The vote passed. Read more: City Council Backs New Bike Lanes",
                "Read more: City Council Backs New Bike Lanes",
            ),
        ],
        keep=["Voters want to read more about the plan.", "Read more about the plan on the council website."],
        trigger="Read|READ|Related|RELATED|Also|See|SEE",
    ),
    rule(
        "en.featured_image",
        "cta",
        r"(?<!\()(?:(?:Featured?|Header|Top)\s+(?:[Ii]mage|[Pp]hoto)|Image)\s*(?:via|by|credit:?|courtesy\s+of|:)\s+[^\n]*$"
        # `Featured image is a screenshot`, `Featured image from video screenshot`: a label line, no sentence end
        r"|(?:Featured?|Header)\s+(?:[Ii]mage|[Pp]hoto)\s+(?:is|was|from|of|shows)\b[^\n.!?]{2,100}$",
        remove=[
            ("It ended.Featured image via Jane Roe/Agency", "Featured image via Jane Roe/Agency"),
            ("It ended. Featured Image: Jane Roe/Agency", "Featured Image: Jane Roe/Agency"),
            ("It ended.Image via Jane Roe/Agency", "Image via Jane Roe/Agency"),
            ("It ended, as it had to.Featured image is a screenshot", "Featured image is a screenshot"),
        ],
        keep=[
            "The featured image was taken by a drone.",
            "Image quality improved after the upgrade.",
            "Featured image is a term editors use. It means the top photo.",
        ],
        trigger="Featured|Feature|Header|Top|Image",
    ),
    rule(
        "en.photo_by",
        "cta",
        r"Photos?\s+(?:by|via|courtesy\s+of)\s+[A-Z][^\n.]{1,80}\.?\s*$",
        remove=[("That was all.Photo by Sam Poe/Agency Images.", "Photo by Sam Poe/Agency Images.")],
        keep=["Photos by the victims were shared widely on Monday by friends."],
        trigger="Photo|Photos",
    ),
    rule(
        "en.hat_tip",
        "cta",
        r"[Hh]/[Tt](?:(?<=^[Hh]/[Tt])|(?<=[.!?\"”][Hh]/[Tt])|(?<=[.!?\"”]\s[Hh]/[Tt]))\s*:?\s+[^\n]{2,80}$",
        remove=[("It ended.\nh/t Some Blog", "h/t Some Blog"), ("It ended. H/T: Some Blog", "H/T: Some Blog")],
        keep=["The H/T ratio of the alloy rose."],
        trigger="h/t|H/T|h/T|H/t",
    ),
    rule(
        "en.share_stay_tuned",
        "cta",
        r"Please\s+share\b[^\n.]*?(?:stay\s+tuned\s+to\s+(?P<outlet>[A-Z][\w ]{1,40}?)\s+for\s+[^\n.]*)?\.",
        remove=[
            (
                "Outrageous. Please share far and wide, and stay tuned to Daily Bugle for further updates.",
                "Please share far and wide, and stay tuned to Daily Bugle for further updates.",
            )
        ],
        keep=["They did not please shareholders.", "Please, the mayor said, keep the park clean."],
        trigger="Please",
    ),
    rule(
        "en.source_tag",
        "syndication",
        # A name of capitalised words or acronyms; an acronym stops before a glued sentence (`Source: CNNIn ...`).
        r"Source(?<![\w ]Source)\s*:\s*(?:[A-Z][a-z]+(?:\.[a-z]{2,3})?|[A-Z]{2,}(?![a-z]))"
        r"(?:\s(?:[A-Z][a-z]+(?:\.[a-z]{2,3})?|[A-Z]{2,}(?![a-z]))){0,3}(?=[A-Z]|\s|$)",
        remove=[
            ("He said it twice.Source: Daily Bugle", "Source: Daily Bugle"),
            ("He said it twice.Source: NBCIn other words, no.", "Source: NBC"),
        ],
        keep=["The source: a leaked memo.", "The Source: a Guide to Rivers was reprinted."],
        trigger="Source",
    ),
    rule(
        "en.wire_link",
        "other",
        r"\((?:Graphic|Link\s+to[^:]{0,40}|Factbox|Related\s+coverage)\s*:[^()]*\)"
        # `(For a graphic on X, see: short.link/abc)`, `(For a factbox on X, click short.link/abc)`
        r"|\(For\s+(?:an?\s+)?(?:graphic|factbox|interactive|timeline|chart)\b[^()]{0,150}?\b(?:see|click)\b:?\s*"
        r"(?:https?://)?[\w.-]+\.[a-z]{2,8}/[^()\s]*\s*\)",
        remove=[
            ("Prices rose. (Graphic: tinyurl.example/abc)", "(Graphic: tinyurl.example/abc)"),
            (
                "Prices rose. (For a graphic on prices since 2010, see: tinyurl.example/abc) Shares fell.",
                "(For a graphic on prices since 2010, see: tinyurl.example/abc)",
            ),
        ],
        keep=[
            "Prices rose (graphic designers agreed).",
            "Prices rose (Graphic designers agreed).",
            "(For a graphic novel, see the shelf by the door.) It sold out.",
        ],
        trigger="(Graphic|(Link|(Factbox|(Related|(For",
    ),
    rule(
        "en.short_link",
        "other",
        # A wire's bare short link to a document or graphic, alone between two sentences: `... countries.
        # [short.rs/2jJ7pav] Keeping ...`, `... government. cnb.cx/2AjiOVw AT&T will ...`. A short domain, a slash and a
        # code of letters and digits, nothing else; a link inside a sentence (`see short.rs/abc for more`) and a
        # tweet's picture link (`pic.twitter.com/...`, read with the tweet's signature) stay.
        r"(?:(?<=[.!?\"”’]\s)|(?<=[.!?\"”’]\s\s))\[?[a-z]{2,8}\.[a-z]{2}/[A-Za-z0-9]{5,12}\]?"
        r"(?=\s*$|\s+[“\"A-Z]|[A-Z])",
        remove=[
            ("Aid was cut. [short.rs/2jJ7pav] Keeping the list short helps.", "[short.rs/2jJ7pav]"),
            ("The burden was on them. cb.cx/2AjiOVw Lawyers will ask for a trial.", "cb.cx/2AjiOVw"),
            ("Efforts were made.” [short.rs/2zWGRt0]Hook said so.", "[short.rs/2zWGRt0]"),
        ],
        keep=[
            "Readers can see short.rs/2jJ7pav for the data.",
            "The site ab.cd/xyz12 was down. It came back.",
            "We won. pic.twitter.com/AbC123xYz9  Ann Lee (@annlee) May 3, 2017",
        ],
        trigger="/",
    ),
    rule(
        "en.source_link",
        "syndication",
        # A wire's pointer to where a compiled piece came from, closing it: `-- Source link: (short.link/a)`.
        r"(?:--?\s*)?Source\s+links?\s*:\s*(?:\(?(?:https?://)?[\w.-]+\.[a-z]{2,8}/[^()\s]*\)?\s*)+$",
        remove=[
            (
                "We will win, the post said. [1900 EST] -- Source link: (short.example/ab1) (short.example/cd2)",
                "-- Source link: (short.example/ab1) (short.example/cd2)",
            )
        ],
        keep=["The source link: a leaked memo, was shared.", "Source links were missing from the report."],
        trigger="Source",
    ),
    rule(
        "en.photo_credit",
        "cta",
        r"\((?:Photo|Image|Picture|Photograph)s?\s*(?:credit)?\s*:\s*[^()\n]{2,80}\)"
        r"|^(?:Photo|Image|Picture)s?\s*(?:credit)?\s*:\s*[^\n]{2,100}$",
        remove=[
            ("The crowd cheered. (Photo: Jane Roe/Agency)", "(Photo: Jane Roe/Agency)"),
            ("The crowd cheered.\nPhoto credit: Jane Roe", "Photo credit: Jane Roe"),
        ],
        keep=["The photo: a blurry shot of the crowd, was shared.", "Photo finishes decided two races (both in May)."],
        trigger="Photo|Photos|Image|Images|Picture|Pictures|Photograph|Photographs",
    ),
    rule(
        "en.follow_us",
        "cta",
        r"(?:Follow|Like)\s+(?:us|[A-Z][\w ]{1,30}?)\s+on\s+(?:Twitter|Facebook|Instagram|X|TikTok|YouTube|Threads)\b"
        r"[^\n.]*\.?",
        remove=[("That was it. Follow us on Twitter for more updates.", "Follow us on Twitter for more updates.")],
        keep=["Agents follow us on foot every day.", "Follow the signs on foot to reach the square."],
        trigger="Follow|Like",
    ),
    rule(
        "en.newsletter",
        "cta",
        r"(?:Sign\s+up|Subscribe)\s+(?:for|to)\s+(?:our|the)\s+[^\n.]{0,40}?newsletter[^\n.]*\.?",
        remove=[
            (
                "That was it. Sign up for our daily newsletter to get the news.",
                "Sign up for our daily newsletter to get the news.",
            )
        ],
        keep=[
            "Millions subscribe to the service each month.",
            "Subscribe to the idea that roads come first, the mayor said.",
        ],
        trigger="Sign|Subscribe",
    ),
    rule(
        "en.trust_principles",
        "other",
        r"Our\s+Standards\s*:\s*The\s+Thomson\s+Reuters\s+Trust\s+Principles\.?",
        remove=[
            (
                "Shares fell. Our Standards: The Thomson Reuters Trust Principles.",
                "Our Standards: The Thomson Reuters Trust Principles.",
            )
        ],
        keep=["The firm follows its own standards on trust.", "Our Standards Office reviews every complaint."],
        trigger="Our Standards",
    ),
    rule(
        "en.click_here",
        "cta",
        r"(?:Click|Tap)\s+here\s+to\s+[^\n.]{2,80}\.",
        remove=[
            ("Sign up today. Click here to subscribe to our newsletter.", "Click here to subscribe to our newsletter.")
        ],
        keep=["Users click here and there to find the settings.", "Click here and there, the settings hide in menus."],
        trigger="Click|Tap",
    ),
)

# Words English title-case headlines keep in lower case.
FUNCTION_WORDS = word_set("of the a an in on at for to and or by with vs from as into over after nor per via")

SENTENCE_OPENERS = word_set("meanwhile however moreover nevertheless furthermore")
SENTENCE_OPENERS_COMMA = word_set("still instead earlier later separately also")
SUBORDINATORS = word_set("when while after before although though because since if as")
