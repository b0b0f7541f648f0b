"""Boilerplate common to every language: stray HTML left between sentences."""

from __future__ import annotations

from etl.rules.base import SpanRule, rule, word_set

RULES: tuple[SpanRule, ...] = (
    rule(
        "common.stray_entity",
        "other",
        # A no-break space that stands for an empty paragraph (`<p>&nbsp;</p>` flattened into the text): followed
        # by a space or the end, or right after a sentence's end. One glued to the next word
        # (`melakukan &nbsp;perjalanan`, `Ditunda&nbsp;sementara`) is a space inside the sentence and stays.
        r"&(?:amp;)*(?:nbsp|#160|#xa0);(?=\s|$)|(?<=[.!?\"”])&(?:amp;)*(?:nbsp|#160|#xa0);",
        remove=[
            ("Sidang ditunda. &nbsp; Hakim pulang.", "&nbsp;"),
            ("Sidang ditunda.&amp;nbsp; Hakim pulang.", "&amp;nbsp;"),
            ("Sidang ditunda.&nbsp;Hakim pulang.", "&nbsp;"),
            ("Simak Aturannya&amp;nbsp; Hakim pulang.", "&amp;nbsp;"),
        ],
        keep=["Sidang ditunda&nbsp;sementara.", "Ia melakukan &nbsp;perjalanan dinas."],
        trigger="nbsp|#160|#xa0",
    ),
    rule(
        "common.inline_script",
        "other",
        # A page's script loader flattened into the text: a JavaScript function expression called at once on
        # `document` (social widgets, analytics). Prose never holds `(function(` followed by `}(document`.
        r"\(\s*function\s*\([\w\s,]*\)\s*\{[^\n]{0,600}?\}\s*\)?\s*\(\s*document\b[^()]{0,80}\)\s*\)?;?",
        remove=[
            (
                "(function(d, s, id) { var js = d.createElement(s); js.src = '//widgets.example/sdk.js';"
                "}(document, 'script', 'example-sdk'));The council met on Monday.",
                "(function(d, s, id) { var js = d.createElement(s); js.src = '//widgets.example/sdk.js';"
                "}(document, 'script', 'example-sdk'));",
            ),
            (
                "Rapat dimulai. (function(w, d) { d.title = 'x'; })(document); Warga hadir.",
                "(function(w, d) { d.title = 'x'; })(document);",
            ),
        ],
        keep=["The function (a tally of votes) ran on paper.", "Acara (fungsi sosial) dimulai pukul sembilan."],
        trigger="function",
    ),
    rule(
        "common.list_literal_open",
        "other",
        # A scraper that stored the page as a one-item list literal: `['` opening the text before its first
        # capital (a dateline, a headline). Cut so that the dateline behind it can be read.
        r"^\['(?=[A-Z])",
        remove=[("['SEMARANG, KABARKU.com - Hujan turun.']", "['")],
        keep=["['a', 'b'] adalah daftar.", "Ia menulis ['Ani', 'Budi'] di papan."],
        trigger="['",
    ),
    rule(
        "common.list_literal_close",
        "other",
        # The same list literal closing the text: `']` right after the last sentence's end or a closing bracket,
        # with a stray `";` before it.
        r"(?<=[.!?\"”)])(?:\"\s*;\s*)?'\]\s*$",
        remove=[("Hujan turun sejak pagi.\";']", "\";']"), ("Hujan turun sejak pagi.']", "']")],
        keep=["Daftar itu berisi ['Ani', 'Budi']", "The list ['x'] was empty."],
        trigger="']",
    ),
)

# Names written in camel case on purpose: a capital inside them is not two words glued by a scraper
# (`LagaPelatih`). Prefixes `Mc`/`Mac` are handled by shape.
CAMEL_CASE_NAMES = word_set("""
    TurnBackHoax TikTok TikToker WhatsApp YouTube YouTuber JoongAng IdeaPad MasterChef PowerPoint PlayStation
    LinkedIn PayPal GoTo GoPay GoFood GoRide GrabFood GrabCar ShopeePay LinkAja MyPertamina BolaSport MotoGP
    DeepSeek OpenAI ChatGPT OnePlus WeChat SpaceX FaceTime AirPods MacBook BlackBerry SoundCloud CapCut
    JavaScript TransJakarta KompasTV CekFakta FlightRadar PowerCore WordPress GitHub DeepMind SmackDown
    """)
