"""Dates: absolute ("2. Mai 2024"), partial ("Ende Februar") and relative ("am Donnerstag") date expressions.

Relative expressions are resolved against the publication date: a bare weekday is the most recent such
day on or before publication (news reports past events), "kommenden"/"next" looks forward, and so does a
bare weekday in future-tense text ("Der Gipfel soll am Donnerstag stattfinden"). A month without a year
is in the publication year, or the year before when it lies after the publication month (in future-tense
text: this year, or the next when it lies before).
When only the publication month is known the result covers every day the text allows; when nothing is
known the value keeps ``start``/``end`` as ``None`` and :func:`factcheck.values.agree` says ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from ..models import Value
from .date_patterns import date_patterns
from .quantities import lexicon, parse_number_word
from .reference import (
    Reference,
    Span,
    add_months,
    infer_year,
    month_span,
    parse_published,
    part_of_month,
    part_of_year,
    resolve,
    safe_date,
    season_span,
    week_span,
    weekday_after,
    weekday_before,
    year_span,
)
from .years import year_like

_PART = {
    "anfang": "early",
    "beginn": "early",
    "mitte": "mid",
    "ende": "late",
    "early": "early",
    "mid": "mid",
    "mid-": "mid",
    "late": "late",
    "the beginning of": "early",
    "the start of": "early",
    "beginning": "early",
    "start": "early",
    "the middle of": "mid",
    "middle": "mid",
    "the end of": "late",
    "end of": "late",
    "end": "late",
}
_UNIT = {
    "jahr": "year",
    "jahres": "year",
    "woche": "week",
    "monat": "month",
    "monats": "month",
    "year": "year",
    "week": "week",
    "month": "month",
    "tag": "day",
    "tagen": "day",
    "wochen": "week",
    "monaten": "month",
    "jahren": "year",
    "day": "day",
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
}
_MONTH_PRE_EN_PAST = ("last",)


def _mod(word: str | None, language: str) -> str | None:
    """Map "vergangenen"/"last" to past, "dieses"/"this" to this, "kommenden"/"next" to next."""
    if not word:
        return None
    w = word.lower()
    lex = lexicon(language)
    for name, words in (("past", lex.PAST_WORDS), ("this", lex.THIS_WORDS), ("next", lex.NEXT_WORDS)):
        if w in words.split("|"):
            return name
    return None


@lru_cache(maxsize=256)
def future_tense(text: str, language: str) -> bool:
    """Tell whether the text speaks about the future ("soll ... stattfinden", "will meet"), for bare weekdays."""
    lex = lexicon(language)
    return bool(lex.FUTURE_MARKERS.search(text)) and not lex.HEARSAY_PAST.search(text)


_BOUNDARIES = (". ", "! ", "? ", "\n", "; ")


def _future_at(text: str, m: re.Match[str], language: str) -> bool:
    """Tell whether the sentence around a match is in the future tense (texts may be whole articles)."""
    lo = max(text.rfind(b, 0, m.start()) for b in _BOUNDARIES) + 1
    ends = [i for i in (text.find(b, m.end()) for b in _BOUNDARIES) if i >= 0]
    return future_tense(text[lo : min(ends) if ends else len(text)], language)


def _year2(y: str) -> int:
    """Expand a two-digit year (25 -> 2025, 98 -> 1998)."""
    v = int(y)
    return v if len(y) == 4 else (2000 + v if v < 50 else 1900 + v)


Hit = tuple[int, int, "Span | str", bool]
"""(start, end, resolved span or granularity when unresolved, relative)."""


def _h_day(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """Explicit day: ISO, "13.03.2025", "2. Mai 2024", "May 2, 2024", "24.–26. April"."""
    month_s = m.group("m")
    month = int(month_s) if month_s.isdigit() else lexicon(language).MONTHS[month_s.lower()]
    day = int(m.group("d"))
    d0 = int(m.group("d0")) if "d0" in m.re.groupindex and m.group("d0") else day
    if not (1 <= month <= 12 and 1 <= day <= 31 and d0 <= day):
        return None
    if m.group("y"):
        year, relative = _year2(m.group("y")), False
    elif ref is None:
        return m.start(), m.end(), "day", True
    else:
        year, relative = infer_year(ref, month, future=_future_at(text, m, language)), True
    first, last = safe_date(year, month, d0), safe_date(year, month, day)
    if first is None or last is None:
        return None
    return m.start(), m.end(), (first, last, "day"), relative


def _h_month(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """Month, with optional year or part: "im Februar", "Ende Februar 2019", "im Mai vergangenen Jahres"."""
    pre = (m.group("pre") or "").lower()
    month = lexicon(language).MONTHS[m.group("m").lower()]
    if not (pre or m.group("y") or m.group("rel")):
        return None
    part = _PART.get(pre)
    start = m.start() if part else m.start("m")
    rel = _mod(m.group("rel"), language)
    if m.group("y"):
        year, relative = int(m.group("y")), False
    elif ref is None:
        return start, m.end(), "part_of_month" if part else "month", True
    else:
        relative = True
        base = ref.hi.year
        if rel == "past":
            year = base - 1
        elif rel == "next":
            year = base + 1
        elif rel == "this":
            year = base
        elif pre in _MONTH_PRE_EN_PAST and language == "en":
            year = base - 1 if month >= ref.hi.month else base
            start = m.start()
        elif pre == "next" and language == "en":
            year, start = (base + 1 if month <= ref.hi.month else base), m.start()
        else:
            year = infer_year(ref, month, future=_future_at(text, m, language))
    return start, m.end(), part_of_month(year, month, part) if part else month_span(year, month), relative


def _h_year(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """A year in date context, optionally with a part or season: "im Jahr 2011", "Ende 2019"."""
    pre = re.sub(r"\s+", " ", (m.group("pre") or "").lower())
    year = int(m.group("y"))
    if not 1000 <= year <= 2200:
        return None
    if not pre and not year_like(text, m.start("y"), m.end("y"), language):
        return None
    seasons = lexicon(language).SEASONS
    if pre.rstrip("-") in _PART or pre in _PART:
        return m.start(), m.end(), part_of_year(year, _PART.get(pre, _PART.get(pre.rstrip("-"), "mid"))), False
    if pre in seasons:
        return m.start(), m.end(), season_span(year, *seasons[pre]), False
    start = m.start("y") if pre in ("im jahr", "im jahre", "in the year") else m.start()
    return start, m.end(), year_span(year), False


def _h_decade(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """Decades: "in den 1990er Jahren", "die 90er", "the 1990s"."""
    y = m.group("y") or ("y2" in m.re.groupindex and m.group("y2")) or ""
    y = y.lstrip("'")
    first = _year2(y) if len(y) == 2 else int(y)
    if first % 10:
        return None
    if len(y) == 2:
        first = 1900 + int(y) if int(y) >= 30 else 2000 + int(y)
    last = first + 99 if len(y) == 4 and first % 100 == 0 else first + 9
    return m.start(), m.end(), (date(first, 1, 1), date(last, 12, 31), "decade"), False


def _h_season(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """Seasons: "im Sommer", "im Herbst des vergangenen Jahres", "last summer", "in the spring of 2019"."""
    first, last = lexicon(language).SEASONS[m.group("s").lower()]
    y = "y" in m.re.groupindex and m.group("y")
    if y:
        return m.start("s"), m.end(), season_span(int(y), first, last), False
    if ref is None:
        return m.start("s"), m.end(), "season", True
    base = ref.hi.year
    year_mod = _mod(m.group("rel") if "rel" in m.re.groupindex else None, language)
    mod = _mod(m.group("pre"), language)
    if year_mod:
        year = {"past": base - 1, "next": base + 1}.get(year_mod, base)
    elif mod == "past":
        year = base if first <= last < ref.hi.month else base - 1
    elif mod == "next":
        year = base if first > ref.hi.month else base + 1
    else:
        year = infer_year(ref, first)
    start = m.start() if _mod(m.group("pre"), language) else m.start("s")
    return start, m.end(), season_span(year, first, last), True


def _h_relday(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """Relative days: "gestern", "heute", "morgen", "yesterday"."""
    word = m.group("w")
    if language.startswith("de") and word[:1].isupper() and not _sentence_start(text, m.start()):
        return None
    if word == "morgen" and re.search(
        r"(?i)(?:am|den|jeden|einen|guten|frühen)\s+$", text[max(0, m.start() - 10) : m.start()]
    ):
        return None
    offset = lexicon(language).RELATIVE_DAYS[word.lower()]
    if ref is None:
        return m.start(), m.end(), "day", True
    return m.start(), m.end(), resolve(ref, lambda d: (d + timedelta(offset), d + timedelta(offset), "day")), True


def _weekday_rule(weekday: int, mod: str | None) -> Callable[[date], Span]:
    """The day a weekday expression names, as a function of the publication day."""

    def rule(day: date) -> Span:
        if mod == "next":
            found = weekday_after(day, weekday)
        elif mod == "this":
            found = weekday_after(day, weekday, strict=False)
        else:
            found = weekday_before(day, weekday, strict=mod == "past")
        return found, found, "day"

    return rule


def _h_weekday(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """Weekdays: "am Donnerstag" (latest on or before publication), "am kommenden Donnerstag", "last Monday"."""
    weekday = lexicon(language).WEEKDAYS[m.group("wd").lower()]
    mod = _mod(m.group("mod"), language)
    if language == "en" and (m.group("mod") or "").lower() in ("coming",):
        mod = "next"
    start = m.start() if mod else m.start("wd")
    if ref is None:
        return start, m.end(), "day", True
    if mod is None and _future_at(text, m, language):
        mod = "this"
    return start, m.end(), resolve(ref, _weekday_rule(weekday, mod)), True


def _shift(day: date, unit: str, n: int) -> Span:
    """The day, week, month or year ``n`` units away from ``day``."""
    if unit == "day":
        d = day + timedelta(days=n)
        return d, d, "day"
    if unit == "week":
        return week_span(day + timedelta(weeks=n))
    if unit == "month":
        d = add_months(day, n)
        return month_span(d.year, d.month)
    return year_span(day.year + n)


def _h_period(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """Relative periods: "im vergangenen Jahr", "diese Woche", "Vorjahr", "last year"."""
    compound = m.group("c") if "c" in m.re.groupindex else None
    if compound:
        unit, n = {"vorjahr": ("year", -1), "vorwoche": ("week", -1), "vormonat": ("month", -1), "heuer": ("year", 0)}[
            compound.lower()
        ]
    else:
        unit = _UNIT[m.group("u").lower()]
        n = {"past": -1, "this": 0, "next": 1}.get(_mod(m.group("mod"), language) or "")  # type: ignore[assignment]
        if m.group("mod").lower() == "coming":
            n = 1
        if n is None:
            return None
    if ref is None:
        return m.start(), m.end(), unit, True
    return m.start(), m.end(), resolve(ref, lambda d: _shift(d, unit, n)), True


def _h_edge(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """Edges of the year or month: "bis Jahresende", "Ende des vergangenen Jahres", "the end of the year"."""
    compound = (m.group("c") or "").lower()
    if compound:
        unit = "month" if compound.startswith("monat") or compound.startswith("month") else "year"
        part = "late" if "end" in compound else "mid" if "mitte" in compound else "early"
        n = 0
    else:
        unit = _UNIT[m.group("u").lower()]
        part = _PART[m.group("p").lower()]
        mod = _mod(m.group("mod") or ("mod2" in m.re.groupindex and m.group("mod2")) or None, language)
        n = {"past": -1, "next": 1}.get(mod or "", 0)
    if ref is None:
        return m.start(), m.end(), "season" if unit == "year" else "part_of_month", True
    if unit == "year":
        return m.start(), m.end(), resolve(ref, lambda d: part_of_year(d.year + n, part)), True
    return (
        m.start(),
        m.end(),
        resolve(ref, lambda d: part_of_month(add_months(d, n).year, add_months(d, n).month, part)),
        True,
    )


def _h_ago(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """ "vor drei Tagen", "vor einem Jahr", "two weeks ago"."""
    raw = m.group("n")
    n = float(raw) if raw.isdigit() else parse_number_word(raw, language)
    if n is None or n != int(n):
        return None
    unit = _UNIT[m.group("u").lower()]
    if ref is None:
        return m.start(), m.end(), unit, True
    return m.start(), m.end(), resolve(ref, lambda d: _shift(d, unit, -int(n))), True


def _sentence_start(text: str, pos: int) -> bool:
    """Tell whether ``pos`` starts a sentence."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t\n\"„“»«'(")
    return not before or before[-1] in ".!?:;\n"


def _h_iso_month(m: re.Match[str], ref: Reference | None, language: str, text: str) -> Hit | None:
    """ISO year and month: "2019-04"."""
    return m.start(), m.end(), month_span(int(m.group("y")), int(m.group("m"))), False


_HANDLERS = {
    "iso": _h_day,
    "iso_month": _h_iso_month,
    "numeric": _h_day,
    "dmy": _h_day,
    "mdy": _h_day,
    "month": _h_month,
    "year": _h_year,
    "decade": _h_decade,
    "season": _h_season,
    "relday": _h_relday,
    "weekday": _h_weekday,
    "period": _h_period,
    "edge": _h_edge,
    "ago": _h_ago,
}


_LEAD = {
    "de": re.compile(r"(?<!\w)(?:[Aa]m|[Ii]m|[Aa]n|[Vv]om|[Zz]um)\s+$"),
    "en": re.compile(r"(?<!\w)(?:[Oo]n|[Ii]n)\s+$"),
}


def _value(text: str, hit: Hit, language: str) -> Value:
    """Turn a hit into a date Value; a plain "am"/"im"/"on" right before belongs to the surface text."""
    start, end, span, relative = hit
    lead = _LEAD[language].search(text, max(0, start - 5), start)
    if lead:
        start = lead.start()
    if isinstance(span, str):
        norm = {"start": None, "end": None, "granularity": span, "relative": True}
    else:
        norm = {"start": span[0].isoformat(), "end": span[1].isoformat(), "granularity": span[2], "relative": relative}
    return Value("date", text[start:end], start, end, norm)


def find_dates(text: str, language: str = "de", published: str | date | Reference | None = None) -> list[Value]:
    """Return every date expression in ``text`` (overlapping candidates included; the caller picks)."""
    ref = published if isinstance(published, Reference) else parse_published(published)
    lang = "de" if language.startswith("de") else "en"
    values: list[Value] = []
    for name, (trigger, pattern) in date_patterns(lang).items():
        if not trigger.search(text):
            continue
        handler = _HANDLERS[name]
        for m in pattern.finditer(text):
            hit = handler(m, ref, lang, text)
            if hit is not None:
                values.append(_value(text, hit, lang))
    return values
