"""Calendar arithmetic against a publication date that may be known to the day, the month, or not at all."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

Span = tuple[date, date, str]
"""A resolved date range: first day, last day, granularity."""


@dataclass(frozen=True)
class Reference:
    """The days the article may have been published on: ``lo == hi`` when the day is known."""

    lo: date
    hi: date
    precision: str


def parse_published(published: str | date | None) -> Reference | None:
    """Read a publication date given as ``date``, "YYYY-MM-DD[...]", "YYYY-MM" or "YYYY"; None if unknown."""
    if published is None:
        return None
    if isinstance(published, datetime):
        published = published.date()
    if isinstance(published, date):
        return Reference(published, published, "day")
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(published))
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        d = date(year, int(m.group(2)), int(m.group(3)))
        return Reference(d, d, "day")
    if m.group(2):
        month = int(m.group(2))
        return Reference(date(year, month, 1), month_end(year, month), "month")
    return Reference(date(year, 1, 1), date(year, 12, 31), "year")


def month_end(year: int, month: int) -> date:
    """Return the last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> Span:
    """Return the whole month as a span."""
    return date(year, month, 1), month_end(year, month), "month"


def part_of_month(year: int, month: int, part: str) -> Span:
    """Return early (1–10), mid (10–20) or late (20–end) of a month; the edges overlap on purpose."""
    first, last = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}[part]
    return (
        date(year, month, first),
        min(date(year, month, 1) + timedelta(days=last - 1), month_end(year, month)),
        "part_of_month",
    )


def part_of_year(year: int, part: str) -> Span:
    """Return early (Jan–Mar), mid (May–Aug) or late (Oct–Dec) of a year."""
    first, last = {"early": (1, 3), "mid": (5, 8), "late": (10, 12)}[part]
    return date(year, first, 1), month_end(year, last), "season"


def year_span(year: int) -> Span:
    """Return a whole year as a span."""
    return date(year, 1, 1), date(year, 12, 31), "year"


def season_span(year: int, first: int, last: int) -> Span:
    """Return a season; winter is left wide (December before to February after) because usage varies."""
    if first > last:
        return date(year - 1, 12, 1), month_end(year + 1, last), "season"
    return date(year, first, 1), month_end(year, last), "season"


def week_span(day: date) -> Span:
    """Return the Monday–Sunday week around ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6), "week"


def add_months(day: date, months: int) -> date:
    """Shift a date by whole months, clamping the day to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def weekday_before(day: date, weekday: int, strict: bool = False) -> date:
    """Return the most recent ``weekday`` on or before ``day`` (strictly before when ``strict``)."""
    back = (day.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return day - timedelta(days=back)


def weekday_after(day: date, weekday: int, strict: bool = True) -> date:
    """Return the next ``weekday`` after ``day`` (on or after when not ``strict``)."""
    ahead = (weekday - day.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return day + timedelta(days=ahead)


def infer_year(ref: Reference, month: int, future: bool = False) -> int:
    """Year of a month written without one: the publication year, or the one before if the month is later.

    Only months are compared: "am 30. April" in an article of 26 April is this April (an announcement).
    In future-tense text a later month is in the publication year, an earlier one in the next year.
    """
    if future:
        return ref.lo.year + 1 if month < ref.lo.month else ref.lo.year
    return ref.hi.year - 1 if month > ref.hi.month else ref.hi.year


def resolve(ref: Reference, fn: Callable[[date], Span]) -> Span:
    """Apply a relative rule to the earliest and latest possible publication day and join the results."""
    a = fn(ref.lo)
    if ref.lo == ref.hi:
        return a
    b = fn(ref.hi)
    if (a[0], a[1]) == (b[0], b[1]):
        return a
    return a[0], b[1], ref.precision if ref.precision != "day" else a[2]


def safe_date(year: int, month: int, day: int) -> date | None:
    """Build a date, or None when the numbers are no calendar day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
