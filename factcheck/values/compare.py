"""Comparing two normalised values (do they agree?) and describing one for conflict explanations."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..models import Value
from .reference import month_end

SLACK = 0.02
"""Relative tolerance on top of hedges and rounding: absorbs 365- vs 360-day years and float noise."""

_HEDGE_TEXT = {
    "exact": "",
    "approx": "about ",
    "just_under": "just under ",
    "at_most": "at most ",
    "less_than": "less than ",
    "at_least": "at least ",
    "more_than": "more than ",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _bound(x: Any, default: float) -> float:
    """Read a range bound, treating ``None`` as open."""
    return default if x is None else float(x)


def _ranges_overlap(a: Mapping[str, Any], b: Mapping[str, Any], slack: float = SLACK) -> bool:
    """Tell whether two [min, max] ranges overlap, allowing a relative slack."""
    lo_a, hi_a = _bound(a.get("min"), 0.0), _bound(a.get("max"), math.inf)
    lo_b, hi_b = _bound(b.get("min"), 0.0), _bound(b.get("max"), math.inf)
    return lo_a <= hi_b * (1 + slack) + 1e-9 and lo_b <= hi_a * (1 + slack) + 1e-9


LOWER_REACH = 0.1
"""How far above a lower bound ("more than 140 million") a figure may lie and still agree with it."""
LOWER_BOUNDS = frozenset({"at_least", "more_than"})
UPPER_BOUNDS = frozenset({"at_most", "less_than"})


def _open_side(v: Mapping[str, Any]) -> str | None:
    """"lower" for "mindestens 6" / "more than 150,000", "upper" for "bis zu 148 Mio", else None."""
    hedge = v.get("hedge")
    if hedge in LOWER_BOUNDS and v.get("max") is None:
        return "lower"
    if hedge in UPPER_BOUNDS:
        return "upper"
    return None


def _nominal(v: Mapping[str, Any]) -> float | None:
    x = v.get("value", v.get("seconds"))
    return None if x is None else float(x)


def _amounts_agree(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """The one rule for amounts (counts, quantities, money, percents, durations).

    - Vague magnitudes ("Tausende", "hundreds") are lower bounds: "draws thousands" is true of 100,000.
    - Two bounds open on the same side state a figure each: "mindestens sechs" and "mindestens sieben" Tote
      disagree (one count is stale), "mindestens 150 000" and "more than 150,000" agree; the bounds compare
      with the relative ``SLACK``.
    - A lower bound states the figure known so far: "mindestens sechs Tote" disagrees with "sieben Tote" and
      "around seven", while "mehr als 140 Millionen" agrees with 148 Millionen: the other side's nominal value
      must lie between the bound and ``LOWER_REACH`` above it. An upper bound ("höchstens 40 Millionen")
      disagrees with a figure whose nominal value lies above it ("rund 43 Millionen").
    - Otherwise the intervals (hedges and rounding already in ``min``/``max``) must overlap, with ``SLACK``.
    """
    if a.get("vague") or b.get("vague"):
        a = {**a, "max": None} if a.get("vague") else a
        b = {**b, "max": None} if b.get("vague") else b
        return _ranges_overlap(a, b)
    side_a, side_b = _open_side(a), _open_side(b)
    na, nb = _nominal(a), _nominal(b)
    if na is not None and nb is not None:
        if side_a is not None and side_a == side_b:
            return abs(na - nb) <= SLACK * max(abs(na), abs(nb)) + 1e-9
        if side_a == "lower" and side_b is None:
            return na * (1 - SLACK) <= nb <= na * (1 + LOWER_REACH) + 1e-9
        if side_b == "lower" and side_a is None:
            return nb * (1 - SLACK) <= na <= nb * (1 + LOWER_REACH) + 1e-9
        if side_a == "upper" and side_b is None:
            return nb <= na * (1 + SLACK) + 1e-9
        if side_b == "upper" and side_a is None:
            return na <= nb * (1 + SLACK) + 1e-9
    return _ranges_overlap(a, b)


def agree(a: Value, b: Value) -> bool | None:
    """True if two values are compatible given hedges and rounding, False if they contradict, None if incomparable.

    This is the one agreement rule of factcheck: facts, conflicts and grouping all ask it."""
    if a.type != b.type:
        return None
    va, vb = a.value, b.value
    if a.type == "date":
        if not (va.get("start") and va.get("end") and vb.get("start") and vb.get("end")):
            return None
        return va["start"] <= vb["end"] and vb["start"] <= va["end"]
    if a.type in ("duration", "percent"):
        return _amounts_agree(va, vb)
    if a.type == "number":
        if va.get("unit") != vb.get("unit"):
            return None
        return _amounts_agree(va, vb)
    if a.type == "money":
        if va.get("currency") != vb.get("currency"):
            return None
        return _amounts_agree(va, vb)
    if a.type == "place":
        return places_agree(va, vb)
    key_a = va.get("id") or va.get("name")
    key_b = vb.get("id") or vb.get("name")
    return True if key_a and key_a == key_b else None


SPECIFIC_FEATURES = frozenset({"city", "town", "village", "site", "island", "district", "building", "airport",
                               "station", "port", "venue", "place", "locality", "spot"})
"""Gazetteer features of a spot; a country or region contains other places and never disagrees with them."""


def is_specific_place(v: Value) -> bool:
    """Whether a place value names a spot (its gazetteer ``feature`` says city, site, island...)."""
    return str(v.value.get("feature") or "").lower() in SPECIFIC_FEATURES


DISTRICT_KM = 25.0
"""A district lies within this distance of its town ("Köln-Kalk": Kalk is 4 km from Köln's centre); two places
further apart joined by a hyphen are a route ("Hannover-Hamburg"), and two places further apart that most of a
story's articles name are two places of it (Düsseldorf and Köln/Bonn, 34 km apart)."""

PLACE_NEAR_KM = 50.0
"""Places closer than this are the same place for a fact (a district and its city)."""


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points: the one distance of factcheck."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def places_agree(a: Mapping[str, Any], b: Mapping[str, Any], near_km: float = PLACE_NEAR_KM) -> bool | None:
    """Same id or name, or coordinates within ``near_km``; None when nothing identifies either place."""
    ida, idb = a.get("id"), b.get("id")
    if ida and idb and ida == idb:
        return True
    na, nb = str(a.get("name") or "").lower(), str(b.get("name") or "").lower()
    if na and nb and (na == nb or na in nb or nb in na):
        return True
    la, oa, lb, ob = a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")
    if None not in (la, oa, lb, ob):
        return km((float(la), float(oa)), (float(lb), float(ob))) <= near_km
    if ida and idb:
        return False
    return None


def _num(x: float) -> str:
    """Format a number compactly with thousands separators ("1,500", "4.2", "10,000")."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def _big(x: float) -> str:
    """Format large amounts with a scale word ("4.2 billion")."""
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= factor:
            return f"{_num(round(x / factor, 3))} {word}"
    return _num(x)


def _seconds(s: float) -> str:
    """Format seconds in the largest unit that divides them ("2 h", "90 min", "35 days", "47 months")."""
    if s < 60:
        return f"{_num(round(s, 2))} s"
    if s < 3600 or (s < 7200 and s % 1800):
        return f"{_num(round(s / 60, 2))} min"
    if s < 172_800:
        return f"{_num(round(s / 3600, 2))} h"
    units = ((31_536_000, "year"), (2_592_000, "month"), (604_800, "week"), (86_400, "day"))
    if s < 60 * 86_400:
        units = units[3:]
    unit_size, unit = next(
        ((size, name) for size, name in units if s % size == 0), units[-1] if s < 63_072_000 else units[0]
    )
    n = round(s / unit_size, 2)
    return f"{_num(n)} {unit}{'' if n == 1 else 's'}"


def _span_text(lo: float, hi: float, fmt: Any, suffix: str) -> str:
    """Describe a range, writing a shared unit once ("2–6 h")."""
    a, b = fmt(lo), fmt(hi)
    if " " in a and " " in b and a.rsplit(" ", 1)[1].rstrip("s") == b.rsplit(" ", 1)[1].rstrip("s"):
        a = a.rsplit(" ", 1)[0]
    return f"{a}–{b}{suffix}"


def _amount(v: Mapping[str, Any], fmt: Any, suffix: str) -> str:
    """Describe a hedged amount, or a range when the nominal value is its lower bound (ranges, vague amounts)."""
    lo, hi, nominal, hedge = v.get("min"), v.get("max"), v.get("value", v.get("seconds")), v.get("hedge", "exact")
    if nominal is None:
        nominal = hi if hi is not None else lo
    if nominal is None:
        return "unknown amount"
    if hedge in ("exact", "approx") and lo is not None and hi is not None and nominal == lo and hi > lo:
        return _span_text(lo, hi, fmt, suffix)
    return f"{_HEDGE_TEXT.get(hedge, '')}{fmt(nominal)}{suffix}"


def _describe_date(v: Mapping[str, Any]) -> str:
    """Describe a date range: "2019-04-25", "Apr 2019", "Feb 2019 (late)", "2019", "2010s"."""
    if not v.get("start") or not v.get("end"):
        return f"unresolved date ({v.get('granularity', '?')})"
    start, end = date.fromisoformat(v["start"]), date.fromisoformat(v["end"])
    gran = v.get("granularity")
    if start == end:
        return start.isoformat()
    month = f"{_MONTHS[start.month - 1]} {start.year}"
    if gran == "part_of_month" and start.month == end.month:
        part = "early" if start.day == 1 else "mid" if start.day < 20 else "late"
        return f"{month} ({part})"
    if start.day == 1 and (end.month, end.day) == (12, 31) and start.month == 1:
        if gran == "decade":
            return f"{start.year}s"
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start.day == 1 and (start.year, start.month) == (end.year, end.month) and end == month_end(end.year, end.month):
        return month
    if start.day == 1 and start.year == end.year and end == month_end(end.year, end.month):
        return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {start.year}"
    if gran == "week":
        return f"week of {start.isoformat()}"
    return f"{start.isoformat()}..{end.isoformat()}"


def describe(v: Value) -> str:
    """Short human text of a normalised value, used in conflict explanations."""
    n = v.value
    if v.type == "date":
        return _describe_date(n)
    if v.type == "duration":
        return _amount(n, _seconds, "")
    if v.type == "money":
        return _amount(n, _big, f" {n.get('currency', '')}")
    if v.type == "percent":
        return _amount(n, _num, " %")
    if v.type == "number":
        unit = n.get("unit")
        if unit and str(unit).startswith("rank:"):
            return f"#{_num(n.get('value') or 0)} {str(unit)[5:]}"
        return _amount(n, _big, f" {unit}" if unit else "")
    return str(n.get("name") or v.text)
