"""Attribution evidence beyond the core reporting words, for the `no_source` check (etl.core.signals).

A text that names no party through a reporting verb may still attribute what it tells: it embeds a post or a
recording and points the reader to it (`Watch the interview below:`), or a fact-check names the account that
posted the claim it checks (`Sebuah akun TikTok mengunggah video ...`). Such a text has a source that the
extraction did not resolve; `no_source` must not fire on it. Each family is a `CueFamily`: `match` lists texts it
must find evidence in, `keep` texts it must not.
"""

from __future__ import annotations

from etl.rules.base import word_set
from etl.rules.cues.base import CueFamily, family

EVIDENCE: dict[str, tuple[CueFamily, ...]] = {
    "en": (
        family(
            "evidence.en.embed_pointer",
            # a pointer to an embedded post, video or recording that the scraper dropped: `Watch it below:`
            r"\b(?:watch|see|listen\s+to|hear|read)\b[^.!?:\n]{0,100}?\b(?:below|here)\s*:",
            r"\bhere\s+(?:is|are)\s+(?:the|his|her|their|that|this|these|those|a)\s+(?:\w+\s+){0,2}?"
            r"(?:tweets?|posts?|videos?|clips?|statements?|remarks|interview|footage|letter)\s*:",
            match=(
                "The mayor lost his temper on air. You can watch the whole exchange below:",
                "She posted a reply within minutes. Here are the tweets:",
                "Listen to the senator's answer here: It did not go well.",
            ),
            keep=(
                "The mayor lost his temper on air, and the clip spread below the fold of every site.",
                "Here is the thing: nobody asked for this road.",
            ),
        ),
        family(
            "evidence.en.dropped_embed",
            # a sentence that introduces something with a colon and is glued to the next sentence, or closes a
            # paragraph: the post, statement or video it introduced was an embed the scraper dropped
            r"(?m:[a-z)]:(?=[A-Z][a-z])|[a-z)]:[ \t]*$)",
            case_sensitive=True,
            match=(
                "The senator answered within the hour:Nobody in the room expected that.",
                "He did not agree with the plan at all:\nThe vote is on Monday.",
            ),
            keep=(
                "The plan has three parts: roads, schools and clinics.",
                "The meeting starts at 10:30 in the town hall.",
            ),
        ),
        family(
            "evidence.en.reposted",
            # a post passed on by someone: the post is the attributed source (`he retweeted two posts`)
            r"\bre-?tweet(?:ed|s)?\b",
            match=("Late on Friday the governor retweeted two posts that blamed the council.",),
            keep=("The governor spent Friday touring the flooded towns.",),
        ),
    ),
    "id": (
        family(
            "evidence.id.account_post",
            # a fact-check naming the account that posted the claim: `akun Facebook X mengunggah video`
            r"\bakun\b[^.!?\n]{0,60}?\b(?:mengunggah|membagikan|memposting|menyebarkan|mencuitkan)\b",
            match=(
                "Sebuah akun TikTok pada 3 Mei mengunggah video dengan klaim jembatan itu runtuh.",
                "Akun Facebook bernama Kabar Kita membagikan foto banjir tersebut.",
            ),
            keep=(
                "Warga mengunggah video banjir ke grup keluarga.",
                "Akun bank itu dibekukan sejak Senin. Nasabah membagikan tips hemat.",
            ),
        ),
        family(
            "evidence.id.source_label",
            # a fact-check's source section: `[SUMBER]: Facebook (arsip)`
            r"\[\s*SUMBER\s*\]\s*:?",
            case_sensitive=True,
            match=("===== [SUMBER]: Facebook (tautan arsip) ===== [NARASI]",),
            keep=("Sumber air di desa itu mengering sejak Juli.",),
        ),
    ),
}

# Roles that speak on the record for a party the text names (`a spokeswoman for the mayor`, `his lawyers`,
# `kuasa hukum tersangka`, `jaksa`): GUIDELINES counts such a role as a person, so a source named by one of them
# alone is no unnamed source for the `only_unnamed_sources` check. `official`, `aide` and `source` stay unnamed.
ON_RECORD_ROLES = word_set(
    """spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople lawyer lawyers attorney attorneys
    counsel judge judges prosecutor prosecutors jubir pengacara advokat hakim jaksa"""
) | frozenset({"juru bicara", "kuasa hukum"})
