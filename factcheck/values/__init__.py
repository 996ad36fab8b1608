"""Typed values in text: dates, durations, numbers, money and percents, normalised and comparable.

``find_values`` finds them (German and English), ``agree`` compares two of them given hedges and
rounding, ``describe`` writes one for a reviewer. Pure functions; no spaCy, no model.

Conventions on top of the shapes in :mod:`factcheck.models`:

- ``min``/``max`` are what the text allows: the rounding of the digits shown ("4,2 Mrd." is 4.15..4.25
  Mrd.; "20.000" is 19,000..21,000, at most ±5 %), widened by the hedge (see :mod:`.hedges`: approx
  ±10 % numbers / ±15 % durations, "knapp" 0.75·x..x for durations, open ends are ``None``).
- Ranges ("zwei bis drei Stunden") and vague amounts ("Zehntausende", "wenige Stunden") carry their
  lower bound as the nominal ``value``/``seconds``; vague amounts have hedge ``approx``.
- Months count 30 days and years 365 days as durations; ``agree`` allows 2 % slack for that.
- Relative dates need ``published``; without it they keep ``start``/``end`` ``None`` and never conflict.
- Percentage points are a ``number`` with unit ``"pp"``, so they never compare with percents.
"""

from __future__ import annotations

from datetime import date

from ..models import Value
from .compare import agree, describe
from .dates import find_dates
from .durations import find_durations
from .numbers import find_numbers
from .quantities import find_quantities
from .ranks import find_ranks
from .reference import Reference, parse_published

__all__ = ["FIGURE_TYPES", "find_values", "agree", "describe", "parse_published"]

FIGURE_TYPES = frozenset({"number", "money", "percent", "duration"})
"""Value types that state a figure (not a date or a place)."""

_PRIORITY = {"date": 0, "duration": 1, "money": 2, "percent": 3, "number": 4}


def _choose(candidates: list[Value]) -> list[Value]:
    """Keep the longest candidates that do not overlap (ties: date > duration > money > percent > number)."""
    ranked = sorted(candidates, key=lambda v: (-(v.end - v.start), _PRIORITY.get(v.type, 9), v.start))
    chosen: list[Value] = []
    for v in ranked:
        if all(v.end <= c.start or c.end <= v.start for c in chosen):
            chosen.append(v)
    return sorted(chosen, key=lambda v: v.start)


def find_values(
    text: str, *, language: str = "de", published: str | date | None = None, offset: int = 0
) -> list[Value]:
    """Return the date, duration, number, money and percent values in ``text``, sorted and non-overlapping."""
    lang = "de" if (language or "de").lower().startswith("de") else "en"
    ref: Reference | None = parse_published(published)
    quantities = find_quantities(text, lang)
    candidates = (
        find_dates(text, lang, ref) + find_durations(text, quantities, lang) + find_numbers(text, quantities, lang)
        + find_ranks(text, lang)
    )
    chosen = _choose(candidates)
    if offset:
        chosen = [Value(v.type, v.text, v.start + offset, v.end + offset, v.value) for v in chosen]
    return chosen
