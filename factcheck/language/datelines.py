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
)
"""Each pattern matches a dateline at the start of a line; group 1 is the agency or outlet tag."""

DATELINES: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in DATELINE_TAG_PATTERNS)


def dateline(text: str) -> re.Match[str] | None:
    """The dateline opening ``text`` (its tag is group 1, its end where the story starts), or None."""
    for pattern in DATELINES:
        found = pattern.match(text)
        if found:
            return found
    return None
