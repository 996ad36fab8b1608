"""Telling a four-digit year ("2019 hatte", "seit 2011", "a 2013 assault") from a count ("2000 Soldaten")."""

from __future__ import annotations

import re

from . import lexicon_en
from .quantities import hedge_before, lexicon


def year_like(text: str, start: int, end: int, language: str) -> bool:
    """Tell whether the four digits at ``start:end`` are a year ("2019 hatte", "seit 2011"), not a count."""
    s = text[start:end]
    if not (len(s) == 4 and s.isdigit() and 1000 <= int(s) <= 2100):
        return False
    lex = lexicon(language)
    if hedge_before(text, start, language)[0] != "exact" or re.search(r"[$€£¥]\s*$", text[max(0, start - 3) : start]):
        return False
    follow = re.match(r"\s*([^\W\d_][\w\-/]*\.?|[%°€$£]|\S)?", text[end : end + 40])
    nxt = (follow.group(1) or "") if follow else ""
    low = nxt.lower()
    if low and (
        low in lex.UNITS
        or low in lex.CURRENCIES
        or low in lex.DURATION_UNITS
        or low in lex.PERCENT_WORDS
        or low.rstrip(".") in lex.SCALES
        or low in lex.SCALES
    ):
        return False
    prev_m = re.search(r"([^\W\d_]+)\W{0,2}$", text[max(0, start - 25) : start])
    prev = prev_m.group(1).lower() if prev_m else ""
    if prev in lex.YEAR_CONTEXT_STRONG or prev in lex.MONTHS:
        return True
    capital_next = bool(nxt[:1].isupper() and low not in lex.MONTHS and low not in lex.WEEKDAYS)
    if language == "en" and prev in ("a", "an", "the", "its", "his", "her", "their") and nxt[:1].islower():
        return int(s) >= 1900
    if prev in lex.YEAR_CONTEXT_WEAK or text[max(0, start - 1) : start] == "(":
        return not (language.startswith("de") and capital_next)
    if not nxt or not nxt[:1].isalpha():
        return int(s) >= 1800
    if language.startswith("de"):
        return nxt[:1].islower() and low not in lex.COUNT_ADJECTIVES
    return low in lexicon_en.YEAR_FOLLOWERS
