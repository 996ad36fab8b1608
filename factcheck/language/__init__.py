"""Cheap language detection (German or English) from function-word ratios, shared by ingest and extraction."""

from __future__ import annotations

import re

from factcheck.language.stopwords import ENGLISH, GERMAN

_WORD = re.compile(r"[a-zäöüß]+")
SAMPLE_CHARS = 20_000


def detect_language(text: str, *, default: str = "de") -> str:
    """Return "de" or "en" by counting German and English function words in a sample of the text."""
    sample = text[:SAMPLE_CHARS].lower()
    de = en = 0
    for word in _WORD.findall(sample):
        if word in GERMAN:
            de += 1
        elif word in ENGLISH:
            en += 1
    if de == en:
        umlauts = sum(sample.count(ch) for ch in "äöüß")
        return "de" if umlauts else default
    return "de" if de > en else "en"
