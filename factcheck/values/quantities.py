"""Finding quantity cores in text: digits in German or English notation, number words, scales, ranges.

A :class:`Quantity` is only the numeric part ("4,2 Milliarden", "zweieinhalb", "Zehntausende",
"zwei bis drei"); :mod:`.numbers` and :mod:`.durations` decide what it counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from . import lexicon_de, lexicon_en


@dataclass(frozen=True)
class Quantity:
    """A number found in text with its rounding interval and how it was written."""

    start: int
    end: int
    value: float
    lo: float
    hi: float
    words: bool = False
    article: bool = False
    vague: bool = False
    scale: float = 1.0
    digits: int = 0
    """Number of digits before the decimal separator (0 for number words)."""


def lexicon(language: str) -> ModuleType:
    """Return the word lists for ``language`` ("de" or "en"; anything else falls back to English)."""
    return lexicon_de if language.startswith("de") else lexicon_en


def alternation(words: object) -> str:
    """Build a regex alternation from words, longest first, with regex characters escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))  # type: ignore[arg-type]


_DIGITS = {
    "de": r"(?<![\w.,:/#])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)|\d+(?:,\d+)?)"
          r"(?!\d|[.,:/]\d)",
    "en": r"(?<![\w.,:/#])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)|\d+(?:\.\d+)?)"
          r"(?!\d|[.,:/]\d)",
}
"""Digit groups: "150.000" / "150,000", thousands separated by (no-break or thin) spaces ("150 000"), decimals."""
_DE_PARTS = sorted(
    [
        "null",
        "eins",
        "ein",
        "zwei",
        "zwo",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sech",
        "sieben",
        "sieb",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "zwanzig",
        "dreißig",
        "vierzig",
        "fünfzig",
        "sechzig",
        "siebzig",
        "achtzig",
        "neunzig",
        "hundert",
        "tausend",
        "und",
        "einhalb",
        "anderthalb",
        "viertelmillion",
        "dreiviertelmillion",
        "viertelmilliarde",
    ],
    key=len,
    reverse=True,
)


@dataclass(frozen=True)
class _Patterns:
    """Compiled regexes of one language."""

    digits: re.Pattern[str]
    words: re.Pattern[str]
    scale: re.Pattern[str]
    vague: re.Pattern[str]
    vague_prefixed: re.Pattern[str]
    range_sep: re.Pattern[str]
    hedge: re.Pattern[str]
    between: re.Pattern[str]


@lru_cache(maxsize=4)
def patterns(language: str) -> _Patterns:
    """Compile (once) the quantity regexes for ``language``."""
    lang = "de" if language.startswith("de") else "en"
    lex = lexicon(lang)
    if lang == "de":
        words = r"(?<![\w\-])((?:" + "|".join(_DE_PARTS) + r")+|eine[nmrs]?|halben?|halb|dutzend)(?![\w\-])"
        scale = r"[ \u00a0]?(" + alternation(lex.SCALES) + r")(?!\w)"
        vague_prefixed = r"(?<!\w)(?:mehrere|einige|etliche|ein paar|viele)\s+(hundert|tausend)(?![\w])"
        sep = r"\s*(?:bis|-|–|oder)\s*"
        between = r"(?:zwischen)\s+$"
    else:
        words = (
            r"(?<![\w\-])((?:"
            + alternation(k for k in lex.NUMBER_WORDS if " " in k)
            + r")|(?:"
            + alternation(k for k in lex.NUMBER_WORDS if " " not in k)
            + r")(?:-(?:"
            + alternation(k for k in lex.NUMBER_WORDS if " " not in k)
            + r"))?)(?![\w\-])"
        )
        scale = r"(?:[ \u00a0\-](" + alternation(k for k in lex.SCALES if len(k) > 2) + r")|(bn|mn|m|k|b|tn))(?!\w)"
        vague_prefixed = r"(?<!\w)(?:several|a few|some|many)\s+(hundred|thousand)(?![\w])"
        sep = r"\s*(?:to|-|–|or)\s*"
        between = r"(?:between)\s+$"
    vague = r"(?<![\w\-])(" + alternation(lex.VAGUE_QUANTITIES) + r")(?![\w\-])"
    hedge = r"(?<![\w])(" + alternation(lex.HEDGES) + r")\s+$"
    flags = re.IGNORECASE
    return _Patterns(
        digits=re.compile(_DIGITS[lang]),
        words=re.compile(words, flags),
        scale=re.compile(scale, flags),
        vague=re.compile(vague, flags),
        vague_prefixed=re.compile(vague_prefixed, flags),
        range_sep=re.compile(sep, flags),
        hedge=re.compile(hedge, flags),
        between=re.compile(between, flags),
    )


def parse_digits(s: str, language: str) -> tuple[float, int, int]:
    """Parse a digit string; return (value, decimals shown, trailing zeros of the integer part)."""
    s = re.sub(r"[ \u00a0\u202f]", "", s)
    if language.startswith("de"):
        whole, _, frac = s.replace(".", "").partition(",")
    else:
        whole, _, frac = s.replace(",", "").partition(".")
    value = float(whole + ("." + frac if frac else ""))
    zeros = len(whole) - len(whole.rstrip("0")) if not frac and whole.strip("0") else 0
    return value, len(frac), zeros


def rounding(value: float, decimals: int, zeros: int, scale: float) -> tuple[float, float]:
    """Return the interval that the digits shown allow: half a unit of the last digit (capped at 5 %)."""
    if decimals:
        half = 0.5 * 10**-decimals * scale
    else:
        scaled = value * scale
        tz = zeros + (len(str(int(scale))) - 1 if scale > 1 else 0)
        half = min(0.5 * 10**tz, 0.05 * scaled) if scaled >= 1000 and tz else 0.0
    return value * scale - half, value * scale + half


def parse_number_word(word: str, language: str) -> float | None:
    """Parse a spelled-out number ("dreihundertfünfzig", "zweieinhalb", "twenty-five"); None if not one."""
    w = word.lower().strip()
    table = lexicon(language).NUMBER_WORDS
    if w in table:
        return float(table[w])
    if language.startswith("de"):
        return _parse_de(w)
    if "-" in w:
        tens, _, unit = w.partition("-")
        if tens in table and unit in table and table[tens] >= 20 and table[unit] < 10:
            return float(table[tens] + table[unit])
    return None


def _parse_de(w: str) -> float | None:
    """Parse a German compound number word."""
    table = lexicon_de.NUMBER_WORDS
    if not w:
        return None
    if w in table:
        return float(table[w])
    if w in ("sech", "sieb", "und"):
        return None
    for big, factor in (("tausend", 1000), ("hundert", 100)):
        if big in w:
            left, _, right = w.partition(big)
            lv = _parse_de(left) if left else 1.0
            rv = _parse_de(right) if right else 0.0
            if lv is None or rv is None or (right and rv >= factor):
                return None
            return lv * factor + rv
    if w.endswith("einhalb"):
        base = _parse_de(w[: -len("einhalb")])
        return None if base is None else base + 0.5
    if "und" in w:
        unit, _, tens = w.partition("und")
        uv, tv = table.get(unit), table.get(tens)
        if uv is not None and tv is not None and 1 <= uv <= 9 and tv >= 20 and tv % 10 == 0:
            return float(uv + tv)
    return None


def hedge_before(text: str, start: int, language: str) -> tuple[str, int]:
    """Return the hedge word right before ``start`` ("rund", "mehr als") and where it begins."""
    window_start = max(0, start - 30)
    m = patterns(language).hedge.search(text, window_start, start)
    if not m:
        return "exact", start
    return lexicon(language).HEDGES[m.group(1).lower()], m.start()


_ATTRIBUTE_DE = re.compile(r"[ \u00a0]+[a-zäöüß]{2,}(?:e|en|er|es|em)(?=[ \u00a0])")
"""A German attributive adjective between a figure and its scale word ("die 43 optionalen Millionen", "zwei
weitere Milliarden"; Duden, Die Grammatik: the adjective stands between the numeral and the noun it
describes)."""


def _scaled(text: str, q: Quantity, language: str) -> Quantity:
    """Extend a quantity by a following scale word ("Millionen", "Mrd.", "bn"), in German also across an
    adjective ("43 optionalen Millionen")."""
    m = patterns(language).scale.match(text, q.end)
    if not m and language.startswith("de"):
        between = _ATTRIBUTE_DE.match(text, q.end)
        if between and between.group(0).strip() in lexicon(language).NUMBER_WORDS:
            between = None  # "eine halbe Million" is half of one, read by the number words
        m = patterns(language).scale.match(text, between.end()) if between else None
        if m and not m.group(0)[:1].isspace():
            m = None
    if not m:
        return q
    word = (m.group(1) or m.group(2) or "").lower()
    if m.group(0)[:1].isalnum() and not re.search(r"[$€£¥]\s*$", text[max(0, q.start - 4) : q.start]):
        return q
    if language.startswith("de") and word in ("tausend",) and not q.words and q.value >= 1000:
        return q
    factor = lexicon(language).SCALES.get(word) or lexicon(language).SCALES.get(word + ".", 1e6)
    if q.words:
        lo = hi = q.value * factor
    else:
        lo, hi = q.lo * factor, q.hi * factor
        if q.lo == q.hi:
            lo, hi = rounding(q.value, 0, 0, factor)
    return Quantity(q.start, m.end(), q.value * factor, lo, hi, q.words, False, False, factor, q.digits)


_CAPITALISED_WORDS = frozenset({"tausend", "hundert", "viertelmillion", "dreiviertelmillion", "viertelmilliarde"})
"""German number words that may stand capitalised inside a sentence ("eine Viertelmillion Menschen")."""

_CODES = re.compile(
    r"(?<![\w.,])\d+(?:-\d+){2,}(?![\w])|\+\d[\d \-/]{6,}\d|\(\d{2,5}\)\s*\d[\d \-]{4,}\d"
    r"|(?<![\w.,])\d{1,2}/\d{1,2}(?![\w/])"
)
"""Phone numbers and slash codes ("24/7", "9/11") whose digits are no quantities."""


def _cores(text: str, language: str) -> list[Quantity]:
    """Find digit and word cores with their scales, and vague quantity nouns, sorted by start."""
    pats = patterns(language)
    found: list[Quantity] = []
    blocked = [(m.start(), m.end()) for m in _CODES.finditer(text)] if any(c in text for c in "+(/-") else []
    for m in pats.digits.finditer(text):
        if blocked and any(s <= m.start() < e for s, e in blocked):
            continue
        if m.start() > 0 and text[m.start() - 1] == "-" and m.start() > 1 and text[m.start() - 2].isalpha():
            continue
        value, decimals, zeros = parse_digits(m.group(1), language)
        lo, hi = rounding(value, decimals, zeros, 1.0)
        digits = len(re.sub(r"\D", "", m.group(1).split("," if language.startswith("de") else ".")[0]))
        found.append(_scaled(text, Quantity(m.start(), m.end(), value, lo, hi, digits=digits), language))
    for m in pats.words.finditer(text):
        token = m.group(1)
        capital_inside = token[:1].isupper() and not _sentence_initial(text, m.start())
        if language.startswith("de") and capital_inside and token.lower() not in _CAPITALISED_WORDS:
            continue
        value = parse_number_word(token, language)
        if value is None:
            continue
        article = token.lower() in lexicon(language).ARTICLE_ONES
        q = Quantity(m.start(), m.end(), value, value, value, words=True, article=article)
        found.append(_scaled(text, q, language))
    taken = [(q.start, q.end) for q in found]
    for m in pats.vague_prefixed.finditer(text):
        lo, hi = (100, 999) if m.group(1).lower() in ("hundert", "hundred") else (1000, 9999)
        found.append(Quantity(m.start(), m.end(), lo, lo, hi, words=True, vague=True))
        taken.append((m.start(), m.end()))
    for m in pats.vague.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        lo, hi = lexicon(language).VAGUE_QUANTITIES[m.group(1).lower()]
        found.append(Quantity(m.start(), m.end(), lo, lo, hi, words=True, vague=True))
    found.sort(key=lambda q: (q.start, -q.end))
    result: list[Quantity] = []
    for q in found:
        if result and q.start < result[-1].end:
            continue
        result.append(q)
    return result


def _sentence_initial(text: str, pos: int) -> bool:
    """Tell whether ``pos`` starts a sentence or a line (only punctuation, quotes, bullets or a line break
    before it: "► Vier Tote gab es ...", a paragraph after a heading without a full stop)."""
    before = text[max(0, pos - 6) : pos].rstrip(" \t\"„“»«'(►•·*-–—")
    return not before or before[-1] in ".!?:;\n"


def _year_pair(text: str, a: Quantity, b: Quantity, language: str) -> bool:
    """Tell whether two quantities are plain four-digit years ("2022 oder 2023"), which are no number range."""
    if language.startswith("de") and re.match(r"\s*[A-ZÄÖÜ]", text[b.end : b.end + 3]):
        return False
    return all(
        q.digits == 4 and q.scale == 1 and 1000 <= q.value <= 2100 and text[q.start : q.end].isdigit() for q in (a, b)
    )


def find_quantities(text: str, language: str) -> list[Quantity]:
    """Return all quantity cores in ``text``, merging ranges ("zwei bis drei", "between 10 and 20")."""
    cores = _cores(text, language)
    pats = patterns(language)
    result: list[Quantity] = []
    i = 0
    while i < len(cores):
        q = cores[i]
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        if nxt is not None and not q.vague and not nxt.vague:
            gap = text[q.end : nxt.start]
            sep = pats.range_sep.fullmatch(gap)
            and_sep = re.fullmatch(r"\s+(?:und|and)\s+", gap) and pats.between.search(
                text, max(0, q.start - 12), q.start
            )
            joinable = not (q.article or nxt.article or _year_pair(text, q, nxt, language))
            if (sep or and_sep) and joinable and (q.words == nxt.words or gap.strip() not in "-–"):
                lo_q = q
                if nxt.scale > 1 and q.scale == 1:
                    lo_q = Quantity(q.start, q.end, q.value * nxt.scale, q.lo * nxt.scale, q.hi * nxt.scale)
                if lo_q.value >= nxt.value and gap == "-":
                    i += 2
                    continue
                if lo_q.value < nxt.value:
                    opener = pats.between.search(text, max(0, q.start - 12), q.start) if and_sep else None
                    start = opener.start() if opener else q.start
                    result.append(
                        Quantity(
                            start,
                            nxt.end,
                            lo_q.value,
                            lo_q.value,
                            nxt.value,
                            q.words,
                            False,
                            False,
                            nxt.scale,
                            q.digits,
                        )
                    )
                    i += 2
                    continue
        result.append(q)
        i += 1
    return result
