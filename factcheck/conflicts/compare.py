"""Which values of two statements talk about the same thing, and whether they agree.

Value semantics (hedges, rounding, ranges) come from ``factcheck.values.agree`` / ``describe``; while that
package is missing, a range-overlap fallback with a small rounding tolerance stands in.
"""

from __future__ import annotations

import math
import re
from typing import Callable, Sequence

from factcheck.models import Value

# Relative tolerance of the fallback comparison ("rund 1.500" vs "1.480" agree).
FALLBACK_TOLERANCE = 0.05
# Places closer than this are the same place for conflict purposes (a district and its city).
PLACE_NEAR_KM = 50.0
# Gazetteer features of a spot (a city, a site); a country or region contains other places and never conflicts.
SPECIFIC_FEATURES = frozenset({"city", "town", "village", "site", "island", "district", "building", "airport",
                               "station", "port", "venue", "place", "locality", "spot"})

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Words after a count that refer back to the noun of the previous count ("sechs Menschen, etwa 1.000 weitere").
ELLIPTIC = frozenset({"weitere", "weiteren", "andere", "anderen", "mehr", "more", "other", "others", "further"})


def _values_api() -> tuple[Callable[[Value, Value], bool | None] | None, Callable[[Value], str] | None]:
    """The agree/describe functions of factcheck.values, when that package provides them."""
    try:
        from factcheck import values
    except ImportError:  # pragma: no cover - package missing entirely
        return None, None
    return getattr(values, "agree", None), getattr(values, "describe", None)


def agree(a: Value, b: Value) -> bool | None:
    """True/False when the two values agree/contradict, None when they cannot be compared."""
    api_agree, _ = _values_api()
    if a.type == "place" and b.type == "place":
        return _places_agree(a, b)
    if api_agree is not None:
        try:
            return api_agree(a, b)
        except Exception:  # a value shape the parser does not know: fall back rather than crash a run
            pass
    return _fallback_agree(a, b)


def describe(v: Value) -> str:
    """Short human description of a value ("just under 2 h"), falling back on its surface text."""
    _, api_describe = _values_api()
    if api_describe is not None:
        try:
            text = api_describe(v)
            if text:
                return str(text)
        except Exception:
            pass
    return v.text


def _bounds(v: Value) -> tuple[float, float] | None:
    """Numeric lower/upper bounds of a duration, number, money or percent value."""
    d = v.value
    if v.type == "duration":
        lo, hi, nominal = d.get("min"), d.get("max"), d.get("seconds")
    else:
        lo, hi, nominal = d.get("min"), d.get("max"), d.get("value")
    lo = nominal if lo is None else lo
    hi = nominal if hi is None else hi
    if lo is None or hi is None:
        return None
    return float(lo), float(hi)


def _fallback_agree(a: Value, b: Value) -> bool | None:
    """Range overlap with a relative tolerance; dates compare by day ranges."""
    if a.type != b.type:
        return None
    if a.type == "date":
        sa, ea = a.value.get("start"), a.value.get("end")
        sb, eb = b.value.get("start"), b.value.get("end")
        if not (sa and ea and sb and eb):
            return None
        return not (str(ea) < str(sb) or str(eb) < str(sa))
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return None
    tol = FALLBACK_TOLERANCE * max(abs(ba[1]), abs(bb[1]), 1e-9)
    return not (ba[1] + tol < bb[0] or bb[1] + tol < ba[0])


def is_specific_place(v: Value) -> bool:
    """Whether a place value names a spot (its gazetteer ``feature`` says city, site, island...).

    Without a ``feature`` the value may be a country that contains the other place ("Russia" vs "Vladivostok"),
    so it is not compared: a missed place conflict costs less than a false one."""
    return str(v.value.get("feature") or "").lower() in SPECIFIC_FEATURES


def _places_agree(a: Value, b: Value) -> bool | None:
    """Same id or name, or coordinates within PLACE_NEAR_KM; None when nothing identifies either place."""
    ida, idb = a.value.get("id"), b.value.get("id")
    if ida and idb and ida == idb:
        return True
    na = str(a.value.get("name") or a.text).lower()
    nb = str(b.value.get("name") or b.text).lower()
    if na == nb or na in nb or nb in na:
        return True
    la, oa, lb, ob = a.value.get("lat"), a.value.get("lon"), b.value.get("lat"), b.value.get("lon")
    if None not in (la, oa, lb, ob):
        return _km(float(la), float(oa), float(lb), float(ob)) <= PLACE_NEAR_KM
    if ida and idb:
        return False
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def comparable_class(v: Value, sentence: str, sentence_start: int) -> tuple[str, str] | None:
    """The conflict type and "what is measured" key of a value; values compare only within one class."""
    if v.type == "place":
        return ("place", "") if is_specific_place(v) else None
    if v.type in ("duration", "date"):
        return v.type, ""
    if v.type == "money":
        return "number", f"money:{v.value.get('currency') or ''}"
    if v.type == "percent":
        return "number", "percent"
    if v.type == "number":
        unit = v.value.get("unit")
        if unit:
            return "number", f"unit:{unit}"
        noun = counted_noun(v, sentence, sentence_start)
        return ("number", f"noun:{noun}") if noun else None
    return None


def counted_noun(v: Value, sentence: str, sentence_start: int) -> str | None:
    """The word a bare count counts ("Zehntausenden nordkoreanischen Gastarbeitern" -> "gastarb"), stemmed crudely."""
    rel = v.end - sentence_start
    if rel < 0 or rel > len(sentence):
        return None
    words = _WORD.findall(sentence[rel: rel + 60])
    if words and words[0].lower() in ELLIPTIC:
        return "<previous>"
    for word in words[:3]:
        if word[:1].isupper():
            return word.lower()[:7]
    return words[0].lower()[:7] if words else None


def pair_values(left: Sequence[Value], right: Sequence[Value]) -> list[tuple[Value, Value]]:
    """Contradicting pairs of one class: values that agree with something on the other side drop out first,
    and a contradiction is reported only when exactly one value is left on each side (no guessing)."""
    left_open = [a for a in left if not any(agree(a, b) for b in right)]
    right_open = [b for b in right if not any(agree(a, b) for a in left)]
    if len(left_open) != 1 or len(right_open) != 1:
        return []
    a, b = left_open[0], right_open[0]
    return [(a, b)] if agree(a, b) is False else []
