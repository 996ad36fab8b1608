"""Attribution phrases ("laut Interfax", "according to Reuters") that name the source of a stated value."""

from __future__ import annotations

import re

# Each pattern captures the source name in group "src"; checked in order, the first match wins.
SOURCE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\blaut\s+(?:(?:der|dem|des|den)\s+)?(?:(?:russischen|staatlichen|amtlichen)\s+)?"
               r"(?:Nachrichtenagentur|Agentur|Zeitung|Sender|Medien(?:berichten)?|Angaben)?\s*(?P<src>[A-ZÄÖÜ][\w-]+)"),
    re.compile(r"\b(?:(?:der|dem|den)\s+)?(?:Nachrichtenagentur\s+)?(?P<src>[A-ZÄÖÜ][\w-]+)\s+zufolge\b"),
    re.compile(r"\bnach\s+(?:Angaben|Informationen)\s+(?:der|des|von)\s+(?:Nachrichtenagentur\s+)?(?P<src>[A-ZÄÖÜ][\w-]+)"),
    re.compile(r"\b(?:berichtete|meldete|berichtet|meldet)\s+(?:die\s+|der\s+|das\s+)?(?:Nachrichtenagentur\s+)?(?P<src>[A-ZÄÖÜ][\w-]+)"),
    re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:news\s+agency\s+)?(?P<src>[A-Z][\w-]+)"),
    re.compile(r"\b(?P<src>[A-Z][\w-]+)\s+(?:reported|said)\b"),
)

# Capitalised words that follow the patterns but are not sources.
NOT_SOURCES: frozenset[str] = frozenset({
    "Angaben", "Berichten", "Informationen", "Medien", "Die", "Der", "Das", "Ein", "Eine", "The", "He", "She",
    "It", "They", "We", "Russlands", "Nordkoreas",
})


def source_of(sentence: str) -> str | None:
    """The named source a sentence attributes its content to, if any ("Interfax")."""
    for pattern in SOURCE_PATTERNS:
        for match in pattern.finditer(sentence):
            src = match.group("src")
            if src not in NOT_SOURCES:
                return src
    return None
