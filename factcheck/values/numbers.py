"""Numbers, money and percents: what a quantity counts, from the words around it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Value
from .hedges import bounds, tidy
from .quantities import Quantity, alternation, hedge_before, lexicon
from .years import year_like

_AGE = re.compile(r"-(?:jährig|year-old|years-old)", re.IGNORECASE)
_SYMBOL_BEFORE = re.compile(r"(US\$|\$|€|£|¥|\b(?:EUR|USD|CHF|GBP|JPY|RUB|CNY))\s?$")


@dataclass(frozen=True)
class _After:
    """Compiled regexes for what may follow a quantity in one language."""

    percent: re.Pattern[str]
    currency: re.Pattern[str]
    unit: re.Pattern[str]
    duration: re.Pattern[str]
    time: re.Pattern[str]
    prev_word: re.Pattern[str]


@lru_cache(maxsize=4)
def _after(language: str) -> _After:
    """Compile (once) the regexes for words after a quantity."""
    lex = lexicon(language)
    end = r")(?![\w/²])"
    flags = re.IGNORECASE
    return _After(
        percent=re.compile(r"[ \u00a0]?(" + alternation(lex.PERCENT_WORDS) + r")(?![\w])", flags),
        currency=re.compile(r"[ \u00a0]?(?:of\s+)?(" + alternation(lex.CURRENCIES) + end, flags),
        unit=re.compile(r"[ \u00a0]?(?:of\s+)?(" + alternation(lex.UNITS) + end, flags),
        duration=re.compile(r"[ \u00a0\-]?(" + alternation(lex.DURATION_UNITS) + r")(?!\w)", flags),
        time=re.compile(r"\s?(?:" + alternation(lex.TIME_WORDS) + r")(?![\w])", flags),
        prev_word=re.compile(r"([\w.&]+)\s+$"),
    )


def _is_ordinal(text: str, q: Quantity, language: str) -> bool:
    """Tell a German ordinal ("2. Mai", "3. Runde") from a number ending a sentence."""
    if not language.startswith("de") or q.words or q.scale != 1 or q.digits > 3:
        return False
    return bool(re.match(r"\.(?:[ \u00a0]*[^\W\d_]|[ \u00a0]*[,;/–-])", text[q.end : q.end + 4]))


def _code_context(text: str, q: Quantity, language: str) -> bool:
    """Tell whether the number is part of a name or code ("Boeing 737", "Artikel 5", "5G")."""
    if q.end < len(text) and (text[q.end].isalpha() or (text[q.end] == "-" and text[q.end + 1 : q.end + 2].isalpha())):
        return True
    m = _after(language).prev_word.search(text, max(0, q.start - 20), q.start)
    return bool(m and m.group(1).lower() in lexicon(language).CODE_WORDS)


def _value(kind: str, q: Quantity, hedge: str, text: str, start: int, end: int, extra: dict) -> Value:
    """Build a number/money/percent Value from a quantity and its hedge."""
    hedge_name = "approx" if q.vague and hedge == "exact" else hedge
    lo, hi = bounds(q.value, q.lo, q.hi, hedge_name, kind)  # type: ignore[arg-type]
    if q.vague and hedge in ("more_than", "at_least"):
        lo, hi = tidy(q.lo), None
    elif q.vague:
        lo, hi = tidy(q.lo), tidy(q.hi)
    shape = {"value": tidy(q.value), "min": lo, "max": hi, **extra, "hedge": hedge_name}
    if q.vague:
        shape["vague"] = True
    return Value(kind, text[start:end], start, end, shape)


def _scaled_by(q: Quantity, factor: float) -> Quantity:
    """Return the quantity multiplied by ``factor`` (Cent to Euro)."""
    return Quantity(
        q.start, q.end, q.value * factor, q.lo * factor, q.hi * factor, q.words, q.article, q.vague, q.scale, q.digits
    )


def find_numbers(text: str, quantities: list[Quantity], language: str = "de") -> list[Value]:
    """Return number, money and percent values for the quantities that are not durations."""
    after = _after(language)
    lex = lexicon(language)
    values: list[Value] = []
    bare: list[tuple[int, Quantity, str, int]] = []
    for q in quantities:
        if q.article and q.scale == 1:
            continue
        start = q.start
        symbol = _SYMBOL_BEFORE.search(text, max(0, q.start - 5), q.start)
        if symbol:
            start = symbol.start()
        hedge, hstart = hedge_before(text, start, language)
        if symbol:
            code = lex.CURRENCIES.get(symbol.group(1).lower(), "USD")
            values.append(_value("money", q, hedge, text, hstart, q.end, {"currency": code}))
            continue
        if m := after.percent.match(text, q.end):
            values.append(_value("percent", q, hedge, text, hstart, m.end(), {}))
            continue
        if m := after.currency.match(text, q.end):
            code = lex.CURRENCIES[m.group(1).lower()]
            if code == "EUR_CENT":
                q, code = _scaled_by(q, 0.01), "EUR"
            values.append(_value("money", q, hedge, text, hstart, m.end(), {"currency": code}))
            continue
        if not q.words and _AGE.match(text, q.end):
            values.append(_value("number", q, hedge, text, hstart, q.end, {"unit": None}))
            continue  # "der 20-Jährige", "a 72-year-old": an age, not a code and not a duration ("-year")
        if after.duration.match(text, q.end):
            continue
        if m := after.unit.match(text, q.end):
            unit = lex.UNITS[m.group(1).lower()]
            if unit == "lb" and q.scale > 1:
                values.append(_value("money", q, hedge, text, hstart, m.end(), {"currency": "GBP"}))
            else:
                values.append(_value("number", q, hedge, text, hstart, m.end(), {"unit": unit}))
            continue
        if q.article or _is_ordinal(text, q, language) or after.time.match(text, q.end):
            continue
        if not q.words and (_code_context(text, q, language) or year_like(text, q.start, q.end, language)):
            continue
        bare.append((len(values), q, hedge, hstart))
        values.append(_value("number", q, hedge, text, hstart, q.end, {"unit": None}))
    return _changes(text, values, bare, quantities)


# "von 72 auf 66,50 Euro", "from 35 to 45 dollars", "von drei auf fünf Prozent": the first figure of a change is
# written without the unit the second one carries.
CHANGE_FROM = re.compile(r"(?:\bvon|\bfrom)\s+$", re.IGNORECASE)
"""What stands right before the first figure of a change ("von 72 auf 66,50 Euro", "from 2.73 per cent")."""
_CHANGE_TO = re.compile(r"\s+(?:auf|to)\s+$", re.IGNORECASE)


def _changes(text: str, values: list[Value], bare: list[tuple[int, Quantity, str, int]],
             quantities: list[Quantity]) -> list[Value]:
    """Give the bare first figure of a change ("von 72 auf 66,50 Euro") the type and unit of the second, and
    its scale when only the second names one ("von drei auf fünf Millionen Euro")."""
    scale_of = {q.start: q.scale for q in quantities}
    for idx, q, hedge, hstart in bare:
        if not CHANGE_FROM.search(text, max(0, hstart - 8), hstart):
            continue
        target = next((v for v in values if v.start > q.end), None)
        if target is None or target.type not in ("money", "percent", "number") or \
                target.type == "number" and not target.value.get("unit"):
            continue
        if not _CHANGE_TO.fullmatch(text, q.end, target.start):
            continue
        extra = {k: target.value[k] for k in ("currency", "unit") if k in target.value}
        scale = max((sc for start, sc in scale_of.items() if target.start <= start < target.end), default=1.0)
        if q.scale == 1 and scale > 1 and not q.digits > 3:
            q = _scaled_by(q, scale)
        values[idx] = _value(target.type, q, hedge, text, hstart, q.end, extra)
    return values
