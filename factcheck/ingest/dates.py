"""Reading publication dates from date lines, URLs, file names and metadata fields into ISO strings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.ingest.date_words import MONTHS, PUBLISHED_LABELS, UPDATED_LABELS, WEEKDAYS

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_WEEKDAY = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_YEAR = r"(19\d\d|20\d\d)"

_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(rf"(?<!\d){_YEAR}[-/](\d{{1,2}})(?:[-/](\d{{1,2}}))?(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?(?![\d/-])")),
    ("dmy_num", re.compile(rf"(?<![\d.])(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?{_YEAR}(?!\d)")),
    ("dmy_text", re.compile(rf"(?<!\d)(\d{{1,2}})(?:\.|st|nd|rd|th)?\s+({_MONTH})\.?,?\s+{_YEAR}(?!\d)", re.I)),
    ("mdy_text", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)", re.I)),
    ("my_text", re.compile(rf"\b({_MONTH})\.?\s+{_YEAR}(?!\d)", re.I)),
)
# a time of day with its zone, the zone perhaps as an offset ("07:05 Uhr", "7:58 AM GMT+1", "09:30 UTC+02:00")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:uhr|h|am|pm|mez|mesz|cet|cest))?"
                   r"(?:\s*(?:utc|gmt)(?:\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?)?\b\.?", re.I)
_WEEKDAY_RE = re.compile(rf"\b({_WEEKDAY})\b\.?", re.I)
_FILLER_WORDS = re.compile(r"\b(um|at|on|vom|am|den|the|uhr|est|edt|cst|cdt|pst|pdt|et|pt|bst|gmt|utc|cet|cest|mez"
                           r"|mesz)\b\.?", re.I)
_LABELS = sorted(PUBLISHED_LABELS + UPDATED_LABELS, key=len, reverse=True)
_LABEL_RE = re.compile(r"^[•·|\s]*(" + "|".join(re.escape(x) for x in _LABELS) + r")\b\s*:?", re.I)
_DIGIT = re.compile(r"\d")
_FILLER = re.compile(r"^[\s,;:|/•·\-–—()\[\]]*$")
_URL_DATE = re.compile(r"(?<!\d)(19\d\d|20\d\d)[/-]?(0[1-9]|1[0-2])(?:[/-]?(0[1-9]|[12]\d|3[01]))?(?!\d)")
_URL_DATE_SEP = re.compile(r"[/_-](19\d\d|20\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)")
_URL_DATE_COMPACT = re.compile(r"[/_-](19\d\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_MARKER = re.compile(r"^\s*date\s*:?\s+((?:19|20)\d\d(?:-\d{1,2}(?:-\d{1,2})?)?)\b\s*(.*)$", re.I)


@dataclass(frozen=True)
class DateLine:
    """A line that holds nothing but a date, with its label kind ("published", "updated" or "")."""

    date: str
    label: str
    timed: bool = False
    """Whether the line also gives a time of day ("14. März 2023 um 07:45 Uhr"): a page's own timestamp of the
    story, not the date a scraper saved it on (a site's "today" line names no hour)."""


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """Return ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for valid parts, None for impossible dates."""
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    days = (31, 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31,
            30, 31, 30, 31)[month - 1]
    if not 1 <= day <= days:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def find_date(text: str) -> tuple[str, int, int] | None:
    """Find the first full or partial date in ``text``: (iso date, start, end) or None."""
    best: tuple[str, int, int] | None = None
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            g = m.groups()
            if kind == "ymd":
                value = iso(int(g[0]), int(g[1]), int(g[2]) if g[2] else None)
            elif kind == "dmy_num":
                value = iso(int(g[2]), int(g[1]), int(g[0]))
            elif kind == "dmy_text":
                value = iso(int(g[2]), _month(g[1]), int(g[0]))
            elif kind == "mdy_text":
                value = iso(int(g[2]), _month(g[0]), int(g[1]))
            else:
                value = iso(int(g[1]), _month(g[0]))
            if value and (best is None or m.start() < best[1]):
                best = (value, m.start(), m.end())
            if value:
                break
        if best is not None and kind in ("ymd", "dmy_num"):
            break
    return best


def parse_date(text: str) -> str | None:
    """Parse a metadata date field ("2019-04-25T10:00Z", "25.04.2019", "April 2019", "2019") into ISO form."""
    text = text.strip()
    if re.fullmatch(r"(19|20)\d\d", text):
        return text
    found = find_date(text)
    return found[0] if found else None


def date_line(line: str) -> DateLine | None:
    """Return the date of a line that is only a date (plus weekday, time, label), else None.

    A page's info row may join the date to other fields with bars ("Veröffentlicht am 17.09.2016 | Lesedauer:
    2 Minuten"); then the first part that is only a date counts."""
    if len(line) > 80 or not _DIGIT.search(line):
        return None
    if " | " in line:
        for part in line.split(" | "):
            found = _date_only(part.strip())
            if found is not None:
                return found
        return None
    return _date_only(line)


def _date_only(line: str) -> DateLine | None:
    """The date of a line (or part of one) that holds nothing else but weekday, time and label words."""
    found = find_date(line)
    if found is None:
        return None
    value, start, end = found
    rest = line[:start] + " " + line[end:]
    label = ""
    m = _LABEL_RE.match(rest)
    if m:
        word = m.group(1).lower()
        label = "updated" if word in UPDATED_LABELS else "published"
        rest = rest[m.end():]
    timed = bool(_TIME.search(rest))
    rest = _FILLER_WORDS.sub(" ", _WEEKDAY_RE.sub(" ", _TIME.sub(" ", rest)))
    if not _FILLER.match(rest):
        return None
    return DateLine(value, label, timed)


def date_marker(line: str) -> tuple[str, str] | None:
    """Read a scraper's ``date 2019-04 <title>`` marker line into (iso date, rest of the line)."""
    m = _MARKER.match(line)
    if not m:
        return None
    parts = [int(p) for p in m.group(1).split("-")]
    value = iso(*parts)
    return (value, m.group(2).strip()) if value else None


def url_date(url: str) -> str | None:
    """Return the date in a URL path (``/2019/04/25/``, ``-20190425-``, ``/2019-04/``), None when absent."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I)
    for pattern in (_URL_DATE_SEP, _URL_DATE_COMPACT):
        m = pattern.search(path)
        if m:
            value = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
            if value:
                return value
    return None


def filename_date(name: str) -> str | None:
    """Return a date written into a file name (``2019-04-25_putin.txt``, ``20190425-kim.html``)."""
    m = _URL_DATE.search(name)
    if not m:
        return None
    if m.group(3) is None and "-" not in m.group(0) and "/" not in m.group(0):
        return None
    return iso(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
