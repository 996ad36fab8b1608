"""Regular expressions for date expressions, per language, with named groups shared by the handlers.

Groups: ``wd`` weekday, ``mod`` past/this/next word, ``d0``/``d`` day (range start/day), ``m`` month,
``y`` year, ``pre`` word in front, ``rel`` past/this/next year after a month, ``p`` part (Anfang/Ende),
``u`` unit (Jahr/Woche/Monat), ``n`` count, ``w`` relative day word, ``s`` season, ``c`` compound word.
Only the month, weekday and season names are matched case-sensitively (they are capitalised in both
languages); everything else allows a capital at sentence start.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .quantities import alternation, lexicon


def _cap(words: object) -> str:
    """Alternation of capitalised words (month and weekday names)."""
    return alternation(w[:1].upper() + w[1:] for w in words)  # type: ignore[attr-defined]


def _de() -> dict[str, str]:
    """German date patterns."""
    lex = lexicon("de")
    mon, wd = _cap(lex.MONTHS), _cap(lex.WEEKDAYS)
    rel = f"{lex.PAST_WORDS}|{lex.THIS_WORDS}|{lex.NEXT_WORDS}"
    tod = (
        r"(?:abend|morgen|vormittag|nachmittag|mittag|nacht|früh)?"
        r"(?:\s+(?:Abend|Morgen|Vormittag|Nachmittag|Mittag|Nacht|früh))?"
    )
    wd_prefix = rf"(?:(?P<wd>{wd}){tod},?\s+(?:(?:den|dem)\s+)?)?"
    return {
        "iso": r"(?<![\w.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w])",
        "iso_month": r"(?<![\w.\-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?![\w\-])",
        "numeric": (
            rf"(?<![\w.,]){wd_prefix}(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\."
            r"(?:\s?(?P<y>\d{4}|\d{2})(?![\d]))?"
        ),
        "dmy": (
            rf"(?<![\w.,]){wd_prefix}(?:(?P<d0>\d{{1,2}})\.?\s*(?:bis|-|–|und|/)\s*)?(?P<d>\d{{1,2}})\.?\s*"
            rf"(?P<m>{mon})(?:\s+(?P<y>\d{{4}}))?(?![\w\-])"
        ),
        "month": (
            rf"(?<!\w)(?:(?P<pre>(?i:im|in|seit|bis|ab|vom|von|zum|nach|zwischen|und|oder|Anfang|Mitte|Ende|"
            rf"Beginn|Monat|Monats))\s+)?(?P<m>{mon})(?:\s+(?P<y>\d{{4}})|\s+(?:des\s+)?(?P<rel>{rel})\s+Jahres)?(?!\w)"
        ),
        "year": (
            r"(?<![\w.,])(?:(?P<pre>(?i:im\s+Jahre?|Jahre?|Anfang|Mitte|Ende|Beginn|Frühjahr|Frühling|Sommer|"
            r"Herbst|Winter))\s+)?(?P<y>\d{4})(?!\w|[.,]\d)"
        ),
        "decade": r"(?<![\w.,])(?:(?:die|den|der)\s+)?(?P<y>\d{4}|\d{2})er(?:[\s-]?Jahre[n]?)?(?!\w)",
        "season": (
            rf"(?<!\w)(?:(?P<pre>(?i:im|in|seit|bis|ab|{rel}))\s+)(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter)"
            rf"(?:\s+(?:des\s+)?(?P<rel>{rel})\s+Jahres)?(?!\w)"
        ),
        "relday": (
            r"(?<![\w./\-])(?P<w>vorgestern|gestern|heute|übermorgen|morgen|Vorgestern|Gestern|Heute|Übermorgen)"
            r"(?:\s+(?:[Mm]orgen|[Aa]bend|[Nn]achmittag|[Vv]ormittag|[Mm]ittag|[Nn]acht|früh))?(?!\w)"
        ),
        "weekday": (rf"(?<!\w)(?:(?P<mod>(?i:{rel}))\s+)?(?P<wd>{wd}){tod}(?:\s*\((?:Orts|Lokal)zeit\))?(?![\w])"),
        "period": (
            rf"(?<!\w)(?:(?P<mod>(?i:{rel}))\s+(?P<u>Jahr|Woche|Monat)|(?P<c>(?i:Vorjahr|Vorwoche|Vormonat|heuer)))"
            r"(?!\w)"
        ),
        "edge": (
            rf"(?<!\w)(?:(?P<p>(?i:Ende|Anfang|Beginn|Mitte))\s+(?:des|dieses|diesen|(?P<mod>{rel}))\s+"
            rf"(?:(?P<mod2>{rel})\s+)?(?P<u>Jahres|Monats)|(?P<c>(?i:Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte|"
            r"Monatsende|Monatsanfang|Monatsbeginn|Monatsmitte)))(?!\w)"
        ),
        "ago": (
            r"(?<!\w)(?i:vor)\s+(?:(?i:rund|etwa|knapp|gut|mehr als|über|fast|ungefähr)\s+)?(?P<n>\d+|[a-zäöüß]+)"
            r"\s+(?P<u>Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)(?!\w)"
        ),
    }


def _en() -> dict[str, str]:
    """English date patterns."""
    lex = lexicon("en")
    mon, wd = _cap(lex.MONTHS), _cap(lex.WEEKDAYS)
    tod = r"(?:\s+(?:morning|afternoon|evening|night))?"
    wd_prefix = rf"(?:(?P<wd>{wd}){tod},?\s+(?:the\s+)?)?"
    return {
        "iso": r"(?<![\w.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w])",
        "iso_month": r"(?<![\w.\-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?![\w\-])",
        "dmy": (
            rf"(?<![\w.,]){wd_prefix}(?:(?P<d0>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?(?P<d>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{mon})(?:,?\s+(?P<y>\d{{4}}))?(?!\w)"
        ),
        "mdy": (
            rf"(?<![\w.,]){wd_prefix}(?P<m>{mon})\s+(?:(?P<d0>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?(?![\w])"
        ),
        "month": (
            rf"(?<!\w)(?:(?P<pre>(?i:in|since|by|until|till|from|of|during|before|after|between|and|or|early|mid|late|"
            rf"the beginning of|the start of|the middle of|the end of|end of|last|next|this))[\s-]+)?(?P<m>{mon})"
            r"(?:,?\s+(?P<y>\d{4})|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year)?(?!\w)"
        ),
        "year": (
            r"(?<![\w.,])(?:(?P<pre>(?i:in\s+the\s+year|the\s+year|year|early|mid-?|late|the\s+end\s+of|"
            r"the\s+beginning\s+of|the\s+start\s+of|spring|summer|autumn|fall|winter))[\s-]+)?(?P<y>\d{4})(?!\w|[.,]\d)"
        ),
        "decade": r"(?<![\w.,])(?:the\s+(?P<y2>'?\d{2})s|(?:the\s+)?(?P<y>\d{4})s)(?!\w)",
        "season": (
            r"(?<!\w)(?:(?P<pre>(?i:in|since|by|until|during|last|this|next|the|in the|by the|until the|during the|"
            r"over the))\s+)(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?(?!\w)"
        ),
        "relday": (
            r"(?<![\w./\-])(?P<w>(?i:yesterday|today|tonight|tomorrow))(?:\s+(?:morning|afternoon|evening|night))?(?!\w)"
        ),
        "weekday": (
            rf"(?<!\w)(?:(?P<mod>(?i:last|next|this|coming|past))\s+)?(?P<wd>{wd}){tod}"
            r"(?:\s*\(local time\))?(?![\w])"
        ),
        "period": r"(?<!\w)(?P<mod>(?i:last|this|next|past|coming))\s+(?P<u>year|week|month)(?!\w)",
        "edge": (
            r"(?<!\w)(?:(?:the\s+)?(?P<p>(?i:end|beginning|start|middle))\s+of\s+(?:the\s+|(?P<mod>last|this|next)\s+)"
            r"(?P<u>year|month)|(?P<c>(?i:year-end|year's end|month-end)))(?!\w)"
        ),
        "ago": (
            r"(?<!\w)(?:(?i:about|around|nearly|almost|some|more than|over|roughly|just over|just under)\s+)?"
            r"(?P<n>\d+|[a-z]+)\s+(?P<u>days?|weeks?|months?|years?)\s+ago(?!\w)"
        ),
    }


def _triggers(language: str) -> dict[str, str]:
    """Cheap patterns that must occur in a text before the (slower) date pattern of the same name can match."""
    lex = lexicon(language)
    de = language.startswith("de")
    digits = r"\d"
    months, weekdays = _cap(lex.MONTHS), _cap(lex.WEEKDAYS)
    seasons = "Frühjahr|Frühling|Sommer|Herbst|Winter" if de else "(?i:spring|summer|autumn|fall|winter)"
    relday = "(?i:gestern|heute|morgen)" if de else "(?i:yesterday|today|tonight|tomorrow)"
    period = "(?i:Jahr|Woche|Monat|heuer)" if de else "(?i:year|week|month)"
    return {
        "iso": digits, "iso_month": digits, "numeric": digits, "dmy": digits, "mdy": digits, "year": digits,
        "decade": digits, "month": months, "season": seasons, "relday": relday, "weekday": weekdays,
        "period": period, "edge": "(?i:Jahr|Monat)" if de else "(?i:year|month)",
        "ago": "(?i:vor)" if de else "(?i:ago)",
    }  # fmt: skip


@lru_cache(maxsize=4)
def date_patterns(language: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Compile (once) the date patterns for ``language``, each with its trigger pattern."""
    raw = _de() if language.startswith("de") else _en()
    triggers = _triggers(language)
    return {name: (re.compile(triggers[name]), re.compile(p)) for name, p in raw.items()}
