"""Durations as second ranges with hedges: "knapp zweistündig", "rund elf Stunden", "a 45-minute meeting"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Value
from .hedges import bounds, tidy
from .quantities import Quantity, alternation, hedge_before, lexicon, parse_number_word

_FIXED_DE = {
    r"(?:eine[rn]?\s+)?halbe[n]?\s+Stunde": 1800,
    r"(?:eine[rn]?\s+)?Viertelstunde": 900,
    r"(?:eine[rn]?\s+)?Dreiviertelstunde": 2700,
    r"(?:eine[rn]?\s+)?halbe[n]?\s+Tag": 43200,
    r"(?:eine[sm]?\s+)?halbe[ns]?\s+Jahr(?:es|s)?": 15_768_000,
    r"ein(?:em|es)?\s+Halbjahr(?:es)?": 15_768_000,
}
_FIXED_EN = {
    r"half\s+an\s+hour": 1800,
    r"an\s+hour\s+and\s+a\s+half": 5400,
    r"a\s+quarter\s+of\s+an\s+hour": 900,
    r"half\s+a\s+day": 43200,
    r"half\s+a\s+year": 15_768_000,
    r"a\s+day\s+and\s+a\s+half": 129600,
}
_ADJ_PREFIX_DE = {"halb": 0.5, "viertel": 0.25, "dreiviertel": 0.75}
_VAGUE_ADJ_DE = {"mehr": (2, 8), "viel": (3, 12)}


@dataclass(frozen=True)
class _Patterns:
    """Compiled duration regexes of one language."""

    unit: re.Pattern[str]
    fixed: re.Pattern[str]
    adjective: re.Pattern[str]
    vague: re.Pattern[str]
    joiner: re.Pattern[str]
    compound: re.Pattern[str] | None


@lru_cache(maxsize=4)
def _patterns(language: str) -> _Patterns:
    """Compile (once) the duration regexes for ``language``."""
    lex = lexicon(language)
    de = language.startswith("de")
    units = alternation(lex.DURATION_UNITS)
    fixed = _FIXED_DE if de else _FIXED_EN
    if de:
        adjective = (
            r"(?<![\w\-])(\d+(?:,\d+)?-?|[a-zäöüß]+)("
            + alternation(lex.DURATION_ADJECTIVES)
            + r")(?:e|en|er|es|em)?(?![\w\-])"
        )
    else:
        adjective = (
            r"(?<![\w\-])(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)-("
            + alternation(lex.DURATION_ADJECTIVES)
            + r")(?!\w)(?!-?\s*olds?\b)(?!-\d)"
        )
    flags = re.IGNORECASE
    return _Patterns(
        unit=re.compile(r"[ \u00a0]?-?(" + units + r")(?![\w\-])", flags),
        fixed=re.compile(r"(?<!\w)(" + "|".join(f"(?:{k})" for k in fixed) + r")(?!\w)", flags),
        adjective=re.compile(adjective, flags),
        vague=re.compile(r"(?<!\w)(" + alternation(lex.VAGUE_PREFIXES) + r")\s+(" + units + r")(?!\w)", flags),
        joiner=re.compile(r"\s+(?:(?:und|and)\s+)?", flags),
        compound=re.compile(r"(?<![\w\-])(\d+-|[a-zäöüß]+?)(" + alternation(lex.DURATION_COMPOUNDS)
                            + r")-?(?=[a-zäöüß]{3})", flags) if de else None,
    )


def _duration(
    text: str, start: int, end: int, seconds: float, lo: float, hi: float, language: str, vague: bool = False
) -> Value:
    """Build a duration Value, reading the hedge in front of ``start``; vague amounts keep their own range."""
    hedge, hstart = hedge_before(text, start, language)
    if vague:
        mn, mx = tidy(lo), (None if hedge in ("more_than", "at_least") else tidy(hi))
        hedge = "approx" if hedge == "exact" else hedge
    else:
        mn, mx = bounds(seconds, lo, hi, hedge, "duration")
    return Value(
        "duration", text[hstart:end], hstart, end, {"seconds": tidy(seconds), "min": mn, "max": mx, "hedge": hedge}
    )


def _article_ok(text: str, q: Quantity, language: str) -> bool:
    """Allow "eine Stunde" in German, but English "a day" only after "for" or a hedge."""
    if not q.article or language.startswith("de"):
        return True
    return bool(
        re.search(
            r"(?:for|about|around|nearly|almost|than|least|only|just)\s+$", text[max(0, q.start - 10) : q.start], re.I
        )
    )


def find_durations(text: str, quantities: list[Quantity], language: str = "de") -> list[Value]:
    """Return duration values: number + time unit, duration adjectives, fixed phrases, vague amounts."""
    pats = _patterns(language)
    lex = lexicon(language)
    values: list[Value] = []
    for m in pats.fixed.finditer(text):
        key = next(
            k for k in (_FIXED_DE if language.startswith("de") else _FIXED_EN) if re.fullmatch(k, m.group(1), re.I)
        )
        secs = (_FIXED_DE if language.startswith("de") else _FIXED_EN)[key]
        values.append(_duration(text, m.start(), m.end(), secs, secs, secs, language))
    for q in quantities:
        m = pats.unit.match(text, q.end)
        if not m or not _article_ok(text, q, language):
            continue
        factor = lex.DURATION_UNITS[m.group(1).lower()]
        secs, lo, hi, end = q.value * factor, q.lo * factor, q.hi * factor, m.end()
        nxt = _next_part(text, end, quantities, factor, language)
        if nxt:
            secs, lo, hi, end = secs + nxt[0], lo + nxt[0], hi + nxt[0], nxt[1]
        if q.vague:
            values.append(_duration(text, q.start, end, lo, lo, hi, language, vague=True))
        else:
            values.append(_duration(text, q.start, end, secs, lo, hi, language))
    for m in pats.adjective.finditer(text):
        factor = lex.DURATION_ADJECTIVES[m.group(2).lower()]
        prefix = m.group(1).rstrip("-").lower()
        if language.startswith("de") and prefix in _VAGUE_ADJ_DE:
            lo_n, hi_n = _VAGUE_ADJ_DE[prefix]
            values.append(
                _duration(text, m.start(), m.end(), lo_n * factor, lo_n * factor, hi_n * factor, language, vague=True)
            )
            continue
        amount = _adjective_amount(prefix, language)
        if amount is not None and prefix not in lex.ARTICLE_ONES:
            values.append(
                _duration(text, m.start(), m.end(), amount * factor, amount * factor, amount * factor, language)
            )
    for m in pats.compound.finditer(text) if pats.compound is not None else ():
        amount = _adjective_amount(m.group(1).rstrip("-").lower(), language)
        if amount is not None and amount > 0:
            seconds = amount * lex.DURATION_COMPOUNDS[m.group(2).lower()]
            values.append(_duration(text, m.start(), m.end() - (m.group(0).endswith("-")), seconds, seconds, seconds,
                                    language))
    for m in pats.vague.finditer(text):
        lo_n, hi_n = lex.VAGUE_PREFIXES[m.group(1).lower()]
        factor = lex.DURATION_UNITS[m.group(2).lower()]
        values.append(
            _duration(text, m.start(), m.end(), lo_n * factor, lo_n * factor, hi_n * factor, language, vague=True)
        )
    return values


def _adjective_amount(prefix: str, language: str) -> float | None:
    """Parse the number part of a duration adjective ("zwei", "45", "anderthalb", "halb")."""
    if prefix[:1].isdigit():
        return float(prefix.replace(",", ".") if language.startswith("de") else prefix)
    if language.startswith("de") and prefix in _ADJ_PREFIX_DE:
        return _ADJ_PREFIX_DE[prefix]
    value = parse_number_word(prefix, language)
    if value is None and language.startswith("de") and prefix.startswith("ein") and prefix != "ein":
        value = parse_number_word(prefix[3:], language)
    return value


def _next_part(
    text: str, end: int, quantities: list[Quantity], factor: float, language: str
) -> tuple[float, int] | None:
    """Join "zwei Stunden und 30 Minuten": return the seconds of a smaller-unit part right after ``end``."""
    pats = _patterns(language)
    j = pats.joiner.match(text, end)
    pos = j.end() if j else end
    for q in quantities:
        if q.start == pos and not q.vague and not q.article:
            m = pats.unit.match(text, q.end)
            if m:
                small = lexicon(language).DURATION_UNITS[m.group(1).lower()]
                if small < factor:
                    return q.value * small, m.end()
    return None
