"""Ranks stated with an ordinal superlative: "der zweitteuerste Transfer", "the third-largest city".

A rank is a number value with ``unit`` "rank:<what>", where <what> names the superlative in a
language-independent way ("expensive", "large"), so "zweitteuerste" and "second most expensive" compare.
Word lists: written for factcheck from German and English news usage.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Value

ORDINALS_DE: dict[str, int] = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8,
                               "neunt": 9, "zehnt": 10}
ORDINALS_EN: dict[str, int] = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                               "eighth": 8, "ninth": 9, "tenth": 10, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
SUPERLATIVES_DE: dict[str, str] = {"teuerst": "expensive", "größt": "large", "grösst": "large", "höchst": "high",
                                   "best": "best", "reichst": "rich", "ältest": "old", "jüngst": "young",
                                   "erfolgreichst": "successful", "wertvollst": "valuable", "stärkst": "strong",
                                   "schnellst": "fast", "meistverkauft": "selling", "tödlichst": "deadly",
                                   "schwerst": "severe", "längst": "long", "bevölkerungsreichst": "populous"}
SUPERLATIVES_EN: dict[str, str] = {"most expensive": "expensive", "largest": "large", "biggest": "large",
                                   "highest": "high", "best": "best", "richest": "rich", "oldest": "old",
                                   "youngest": "young", "most successful": "successful", "most valuable": "valuable",
                                   "strongest": "strong", "fastest": "fast", "best-selling": "selling",
                                   "deadliest": "deadly", "most severe": "severe", "longest": "long",
                                   "most populous": "populous"}


@lru_cache(maxsize=2)
def _pattern(language: str) -> re.Pattern[str]:
    if language == "de":
        return re.compile(r"(?<!\w)(" + "|".join(ORDINALS_DE) + r")-?(" + "|".join(SUPERLATIVES_DE) + r")\w*",
                          re.IGNORECASE)
    ordinals = "|".join(sorted(ORDINALS_EN, key=len, reverse=True))
    sups = "|".join(re.escape(s) for s in sorted(SUPERLATIVES_EN, key=len, reverse=True))
    return re.compile(r"(?<!\w)(" + ordinals + r")[- ](" + sups + r")(?!\w)", re.IGNORECASE)


def find_ranks(text: str, language: str) -> list[Value]:
    """Rank values in ``text``."""
    lang = "de" if language.startswith("de") else "en"
    out = []
    for m in _pattern(lang).finditer(text):
        ordinal, sup = m.group(1).lower(), m.group(2).lower()
        rank = (ORDINALS_DE if lang == "de" else ORDINALS_EN)[ordinal]
        what = (SUPERLATIVES_DE if lang == "de" else SUPERLATIVES_EN)[sup]
        out.append(Value("number", m.group(0), m.start(), m.end(),
                         {"value": rank, "min": rank, "max": rank, "unit": f"rank:{what}", "hedge": "exact"}))
    return out
