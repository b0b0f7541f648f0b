"""English newsroom and blog boilerplate: teasers, image credits, calls to action, citation tags."""

from __future__ import annotations

from etl.rules.base import SpanRule, rule, words

RULES: tuple[SpanRule, ...] = (
    rule(
        "en.read_more",
        "related_link",
        r"\b(?:Read\s+more|READ\s+MORE|Related|RELATED|Also\s+read|Read\s+also)\s*:\s*",
        teaser=True,
        remove=[
            ("It ended badly.Read more:Featured image via Some Agency", "Read more:"),
            (
                "The vote passed. Read more: City Council Backs New Bike Lanes",
                "Read more: City Council Backs New Bike Lanes",
            ),
        ],
        keep=["Voters want to read more about the plan."],
    ),
    rule(
        "en.featured_image",
        "cta",
        r"\b(?:Featured|Header|Top)\s+(?:image|photo)\s+(?:via|by|credit:?)\s+[^\n]*$",
        remove=[("It ended.Featured image via Jane Roe/Agency", "Featured image via Jane Roe/Agency")],
        keep=["The featured image was taken by a drone."],
    ),
    rule(
        "en.photo_by",
        "cta",
        r"(?:(?<=[.!?\"”])|(?<=\s)|^)Photos?\s+(?:by|via|courtesy\s+of)\s+[A-Z][^\n.]{1,80}\.?\s*$",
        remove=[("That was all.Photo by Sam Poe/Agency Images.", "Photo by Sam Poe/Agency Images.")],
        keep=["Photos by the victims were shared widely on Monday by friends."],
    ),
    rule(
        "en.hat_tip",
        "cta",
        r"(?:^|(?<=[.!?\"”])\s*)[Hh]/[Tt]\s*:?\s+[^\n]{2,80}$",
        remove=[("It ended.\nh/t Some Blog", "h/t Some Blog"), ("It ended. H/T: Some Blog", "H/T: Some Blog")],
        keep=["The H/T ratio of the alloy rose."],
    ),
    rule(
        "en.share_stay_tuned",
        "cta",
        r"\bPlease\s+share\b[^\n.]*?(?:stay\s+tuned\s+to\s+(?P<outlet>[A-Z][\w ]{1,40}?)\s+for\s+[^\n.]*)?\.",
        remove=[
            (
                "Outrageous. Please share far and wide, and stay tuned to Daily Bugle for further updates.",
                "Please share far and wide, and stay tuned to Daily Bugle for further updates.",
            )
        ],
        keep=["They did not please shareholders."],
    ),
    rule(
        "en.source_tag",
        "syndication",
        r"(?:(?<=[.!?\"”])|^)Source\s*:\s*(?:[A-Z][\w.&-]*)(?:\s[A-Z][\w.&-]*){0,3}(?=[A-Z]|\s|$)",
        remove=[("He said it twice.Source: Daily Bugle", "Source: Daily Bugle")],
        keep=["The source: a leaked memo."],
    ),
    rule(
        "en.wire_link",
        "other",
        r"\((?:Graphic|Link\s+to[^:]{0,40}|Factbox|Related\s+coverage)\s*:[^()]*\)",
        remove=[("Prices rose. (Graphic: tinyurl.example/abc)", "(Graphic: tinyurl.example/abc)")],
        keep=["Prices rose (graphic designers agreed)."],
    ),
    rule(
        "en.click_here",
        "cta",
        r"\b(?:Click|Tap)\s+here\s+to\s+[^\n.]{2,80}\.",
        remove=[
            ("Sign up today. Click here to subscribe to our newsletter.", "Click here to subscribe to our newsletter.")
        ],
        keep=["Users click here and there to find the settings."],
    ),
)

# Words English title-case headlines keep in lower case.
FUNCTION_WORDS = words("of the a an in on at for to and or by with vs from as into over after nor per via")

SENTENCE_OPENERS = words("meanwhile however moreover nevertheless furthermore")
SENTENCE_OPENERS_COMMA = words("still instead earlier later separately also")
SUBORDINATORS = words("when while after before although though because since if as")
ROLE_WORDS = words("president minister secretary senator governor mayor chairman spokesman spokeswoman")
