"""Turning a nominal quantity plus a hedge word into the [min, max] range the text allows.

Choices (documented here because every comparison depends on them):

- ``approx`` ("rund", "etwa", "around"): ±10 % for numbers, money and percents, ±15 % for durations,
  never narrower than the rounding the text shows.
- ``just_under`` ("knapp", "fast", "almost"): 0.75·x .. x for durations (so "knapp zwei Stunden" is
  5400..7200 s, as in ``factcheck.models``), 0.9·x .. x for other quantities.
- ``more_than`` / ``at_least``: x .. open (``None``); ``less_than`` / ``at_most``: 0 .. x.
- ``exact``: the rounding interval of the digits shown ("4,2 Mrd." is 4.15..4.25 Mrd.).
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["number", "money", "percent", "duration"]

APPROX_SHARE: dict[str, float] = {"number": 0.10, "money": 0.10, "percent": 0.10, "duration": 0.15}
JUST_UNDER_SHARE: dict[str, float] = {"number": 0.90, "money": 0.90, "percent": 0.90, "duration": 0.75}


def tidy(x: float | None) -> float | int | None:
    """Return ints for whole floats and round away float noise, so values print and compare cleanly."""
    if x is None:
        return None
    r = round(x, 6)
    return int(r) if float(r).is_integer() else r


def bounds(nominal: float, lo: float, hi: float, hedge: str, kind: Kind) -> tuple[float | int, float | int | None]:
    """Widen the rounding interval ``lo..hi`` of ``nominal`` by what ``hedge`` allows."""
    if hedge == "approx":
        share = APPROX_SHARE[kind]
        return tidy(min(lo, nominal * (1 - share))), tidy(max(hi, nominal * (1 + share)))
    if hedge == "just_under":
        return tidy(nominal * JUST_UNDER_SHARE[kind]), tidy(hi)
    if hedge in ("more_than", "at_least"):
        return tidy(lo), None
    if hedge in ("less_than", "at_most"):
        return 0, tidy(hi)
    return tidy(lo), tidy(hi)
