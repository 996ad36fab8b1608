"""Datelines that open a wire or newspaper story ("Frankfurt (Reuters) - ", "BERLIN. (hpd) ", "Berlin taz | ").

Shared by ingest (the tag names who wrote the story) and extraction (the dateline is not part of the first
claim). Forms from the stored agency pages in ../shared/eval/stories and the usual wire styles (Reuters, dpa,
AFP, AP, epd, KNA; taz's "Berlin taz |").
"""

from __future__ import annotations

import re

DATELINE_TAG_PATTERNS: tuple[str, ...] = (
    r"^[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{1,30}?[.,]?\s*\(([A-Za-z][A-Za-z/ ]{1,14})\)\s*[-–—:.]?\s+(?=\S)",
    r"^[A-ZÄÖÜ][\wäöüß-]{1,30} ([a-z]{2,10}) \|\s+(?=\S)",
    # the place with its state or the day after a comma, then the tag and a dash ("EAST LIVERPOOL, Ohio (AP) — ",
    # "BERLIN, Feb 15 (Reuters) - ")
    r"^[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{1,30}?,\s*[\wÄÖÜäöüß./ -]{1,20}?\s*\(([A-Za-z][A-Za-z/ ]{1,14})\)\s*[-–—]\s+(?=\S)",
)
"""Each pattern matches a dateline at the start of a line; group 1 is the agency or outlet tag."""

DATELINES: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in DATELINE_TAG_PATTERNS)


UNTAGGED_DATELINE = re.compile(
    r"^[A-ZÄÖÜ]{3,}(?:[ -][A-ZÄÖÜ]{2,}){0,2}(?:,(?: [A-ZÄÖÜ][\w.]*){1,3})?\s+(?:[-–—]|--)\s+(?=\S)")
"""A dateline without a tag: the place in capitals, maybe its country, and a dash ("BERLIN — ",
"VLADIVOSTOK, Russia - ", "NEW YORK — "; the AP and Politico style). Read only where a line starts: inside a
paragraph an acronym and a dash are text."""


def story_start(text: str, *, line_start: bool) -> int:
    """Where the story starts in ``text`` after the dateline that opens it (0 without one): a tagged one with a
    dash, colon or bar after its tag, its place in capitals or an agency's lower-case tag ("Frankfurt (Reuters) -
    ", "BERLIN. (hpd) ", "Keystone (rwa) "; an organisation's acronym is written in capitals: "Die Europäische
    Zentralbank (EZB) setzte …"), the untagged form only at the start of a line."""
    found = dateline(text)
    if found and not _DASH_OR_BAR.search(text, found.end(1), found.end()) and not text.split(None, 1)[0].isupper() \
            and not (found.group(1).isalpha() and found.group(1).islower()):
        found = None  # "The German Weather Service (DWD) said …": a name and its acronym, the sentence's subject
    found = found or (UNTAGGED_DATELINE.match(text) if line_start else None)
    return found.end() if found else 0


_DASH_OR_BAR = re.compile(r"[-–—:|]")


def dateline(text: str) -> re.Match[str] | None:
    """The dateline opening ``text`` (its tag is group 1, its end where the story starts), or None."""
    for pattern in DATELINES:
        found = pattern.match(text)
        if found:
            return found
    return None
