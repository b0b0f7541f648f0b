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
)

# Names written in camel case on purpose: a capital inside them is not two words glued by a scraper
# (`LagaPelatih`). Prefixes `Mc`/`Mac` are handled by shape.
CAMEL_CASE_NAMES = word_set("""
    TurnBackHoax TikTok TikToker WhatsApp YouTube YouTuber JoongAng IdeaPad MasterChef PowerPoint PlayStation
    LinkedIn PayPal GoTo GoPay GoFood GoRide GrabFood GrabCar ShopeePay LinkAja MyPertamina BolaSport MotoGP
    DeepSeek OpenAI ChatGPT OnePlus WeChat SpaceX FaceTime AirPods MacBook BlackBerry SoundCloud CapCut
    JavaScript TransJakarta KompasTV CekFakta FlightRadar PowerCore WordPress GitHub DeepMind SmackDown
    """)
