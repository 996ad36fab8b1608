"""Line-based, linear removal of page furniture from scraped text, collecting metadata hints on the way.

Rules (patterns live in :mod:`factcheck.ingest.boilerplate_patterns`):

- a line that is a known section heading ("Weitere Themen", "Similar News", "Die Bilder des Tages", "Related",
  ...) ends the article once some body text was seen: it and everything after it go (other stories, teasers,
  comment forms); before any body text such a heading is dropped alone (it is navigation);
- furniture lines ("Teilen", "1 Min.", "Foto-Serie mit 10 Bildern", "By:", "Weiterlesen »", lone credits
  such as "(20 Minuten)", HTML fragments, bare URLs, bare date lines) are dropped one by one;
- a line that ends in a photo credit ("© X/AP (dpa)", "(Quelle: Reuters)", "Bild: dpa") is a caption and goes,
  with a short heading line right above it (the caption's title), except the article's own title line;
- outlet name lines ("Welt") at the top go and name the outlet; trailing author-name lines go.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from factcheck.ingest.boilerplate_patterns import (
    AGENCY_CREDITS,
    AUTHOR_LINE_PATTERN,
    BREADCRUMB_MAX_WORDS,
    BREADCRUMB_SEPARATORS,
    CAPTION_CREDIT_PATTERNS,
    DOMAIN_OUTLETS,
    GLUED_CREDIT_PATTERN,
    GLUED_DATE_PATTERN,
    JUNK_LINE_PATTERNS,
    LINE_PREFIX_PATTERN,
    OUTLET_NAMES,
    SECTION_NAMES,
    STOP_HEADINGS,
    TEASER_LABELS,
)
from factcheck.ingest.dates import date_line, date_marker

LONG_LINE = 2000
"""Lines longer than this are body text: no pattern is tried on them (keeps huge one-line files linear)."""
MIN_BODY_BEFORE_STOP = 100
"""A stop heading ends the article only after this much body text; before that it is navigation."""
TOP_LINES = 6
"""How many content lines count as the top of the page (outlet lines, page dates)."""

_JUNK = re.compile("(?:" + "|".join(JUNK_LINE_PATTERNS) + ")", re.I)
_CAPTION = re.compile("(?:" + "|".join(CAPTION_CREDIT_PATTERNS) + r")\s*[.)]?\s*$", re.I)
_CAPTION_HINTS = ("©", "quelle", "source", "bild", "foto", "image", "photo", "picture", "credit", "getty", "imago",
                  "shutterstock", "keystone")
_GLUED_DATE = re.compile(GLUED_DATE_PATTERN)
_BREADCRUMB = re.compile(r"\s+(?:" + "|".join(re.escape(s) for s in BREADCRUMB_SEPARATORS) + r")\s+")
_BAR_ONLY = re.compile(r"^[^>»›]*$")  # a bar or a dot: "Titel | Untertitel" may be a headline
_TLD = r"(?:de|com|at|ch|net|org|co\.uk)"  # the top-level domains of the outlets a site name is read for
_DOMAIN = re.compile(r"\w\." + _TLD + r"\b", re.I)
_GLUED_CREDIT = re.compile(GLUED_CREDIT_PATTERN)
_SENTENCE_BREAK = re.compile(r"[.!?][\"'“”»«]?\s+[A-ZÄÖÜ]")
_LINE_PREFIX = re.compile(LINE_PREFIX_PATTERN)
_GLUED_HINT = re.compile(r"[a-zäöüß][.!?][A-ZÄÖÜ]")
_AUTHOR = re.compile(AUTHOR_LINE_PATTERN)
_NAME_LINE = re.compile(r"[A-ZÄÖÜ][\w'\-]+(?: [A-ZÄÖÜ][\w'\-.]*){1,3}")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+", re.I)
_SPACE_RUN = re.compile(r"[ \t]{2,}")
_GLUED = re.compile(r"(?<=[a-zäöüß]{3})([.!?])(?=[A-ZÄÖÜ][\wäöüß])")
_SENTENCE_END = re.compile(r"[.!?…][\"'“”»«‘’)]*$")
_CREDIT_PAREN = re.compile(r"\(([^()]{1,40})\)\s*[.]?\s*$")
_CREDIT_AFTER = re.compile(
    r"(?:quelle|source|bild|foto|fotos|image|photo|credit|©)\s*:?\s*([^()©:]{1,60}?)\s*\)?\s*$", re.I)

_CREDIT_SPLIT = re.compile(r"[/,;|]")
_CREDIT_LABEL = re.compile(r"^(quelle|source|foto|bild|photo|image)\s*:\s*", re.I)


@dataclass(frozen=True)
class DateHint:
    """A date seen in a line of the page: kind is marker, published, updated, page or line."""

    date: str
    kind: str
    line: str
    timed: bool = False
    """The line also gives a time of day (see ``dates.DateLine.timed``)."""


@dataclass
class Cleaned:
    """The cleaned text of one page and the metadata hints found while cleaning it."""

    text: str
    title: str | None = None
    removed: list[str] = field(default_factory=list)
    dates: list[DateHint] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    outlet_lines: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    """Agency tags of the text ("(dpa)" lines, "BERLIN. (hpd)" at the start of the story)."""
    photo_credits: list[str] = field(default_factory=list)
    """Agencies credited in photo captions ("Foto: Reuters"): listed, never taken as the outlet."""

    def credit_outlet(self) -> str | None:
        """The most frequent agency tag of the text (never a photo credit), None when there is none."""
        if not self.credits:
            return None
        return Counter(self.credits).most_common(1)[0][0]


def _short(line: str, limit: int = 80) -> str:
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _heading_like(line: str) -> bool:
    return 3 <= len(line) <= 160 and not _SENTENCE_END.search(line) and len(line.split()) <= 25


def _title_like(line: str) -> bool:
    return len(line.split()) >= 3 or len(line) >= 20


def is_body_line(line: str) -> bool:
    """True for a line that reads like article prose: long enough and ending like a sentence."""
    return len(line) >= 40 and bool(_SENTENCE_END.search(line))


def _stop_heading(low: str) -> bool:
    key = low.rstrip(" :»›>").strip()
    if key in STOP_HEADINGS:
        return True
    head, sep, _ = low.partition(":")
    head = head.strip()
    return bool(sep) and head in STOP_HEADINGS and head not in TEASER_LABELS


def _agency(credit: str) -> str | None:
    """Map a credit text ("Alexander Zemlianichenko/AP", "dpa", "Reuters") to a known agency name."""
    parts = [p.strip(" .()") for p in _CREDIT_SPLIT.split(credit) if p.strip(" .()")]
    for part in reversed(parts):
        low = part.lower()
        if low in AGENCY_CREDITS:
            return AGENCY_CREDITS[low]
        if low in OUTLET_NAMES:
            return OUTLET_NAMES[low]
    return None


def caption_credit(line: str) -> str | None:
    """The agency credited at the end of a caption line ("... © X/AP (dpa)" -> "dpa")."""
    m = _CREDIT_PAREN.search(line)
    if m:
        inner = m.group(1)
        inner = _CREDIT_LABEL.sub("", inner)
        found = _agency(inner)
        if found:
            return found
    m = _CREDIT_AFTER.search(line)
    return _agency(m.group(1)) if m else None


def is_caption(line: str) -> bool:
    """True for a line that ends in a photo credit (the credit itself is matched at the end)."""
    if len(line) > 600:
        return False
    start = max(0, len(line) - 170)
    tail = line[start:].lower()
    return any(hint in tail for hint in _CAPTION_HINTS) and bool(_CAPTION.search(line, start))


def _navigation(line: str) -> bool:
    """True for a site's navigation path ("Startseite > Köln > Polizei", "EXPRESS.de | News | Köln", "DW News |
    Germany", "Nachrichten · Rhein und Ruhr"): parts of at most BREADCRUMB_MAX_WORDS words joined by breadcrumb
    separators, none a sentence. Two parts joined by a bar or a dot only when one names an outlet, a domain or a
    site section, since "Titel | Untertitel" may be a headline."""
    parts = _BREADCRUMB.split(line)
    if len(parts) < 2 or any(not p or len(p.split()) > BREADCRUMB_MAX_WORDS or _SENTENCE_END.search(p)
                             for p in parts):
        return False
    if len(parts) >= 3 or not _BAR_ONLY.search(line):
        return True
    return any(_outlet_of(p) or _DOMAIN.search(p) or p.lower() in SECTION_NAMES for p in parts)


def _outlet_of(part: str) -> str | None:
    """The outlet a navigation part names, whole or by its first word ("DW News" -> Deutsche Welle), else None."""
    words = part.lower().split()
    return (OUTLET_NAMES.get(" ".join(words)) or OUTLET_NAMES.get(words[0])) if words else None


def domain_outlet(host: str) -> str | None:
    """The outlet of a lower-case host name by its domain or a parent domain ("faz.net", "m.faz.net" -> FAZ),
    else None."""
    parts = host.split(".")
    return next((DOMAIN_OUTLETS[d] for d in (".".join(parts[i:]) for i in range(len(parts) - 1))
                 if d in DOMAIN_OUTLETS), None)


_SITE_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\." + _TLD, re.I)


def _site_name(part: str) -> str | None:
    """The site a navigation path's first part names when no list knows it: a domain ("EXPRESS.de") or a name
    ending in "Online" ("RP ONLINE"), as written; never "Startseite" or a section."""
    part = part.strip()
    if _SITE_DOMAIN.fullmatch(part):
        return domain_outlet(part.lower().removeprefix("www.")) or part
    words = part.split()
    return part if 2 <= len(words) <= 3 and words[-1].lower() == "online" else None


def _doubled(line: str) -> bool:
    """True for a line that is one text written twice ("Demonstranten halten Schild hoch Demonstranten halten
    Schild hoch"): a picture's alt text and its caption scraped together."""
    half = len(line) // 2
    return len(line) >= 20 and line[half] == " " and line[:half] == line[half + 1:]


def clean_text(text: str, *, title: str | None = None) -> Cleaned:
    """Remove boilerplate from plain text line by line; ``title`` is a known title (kept at the top)."""
    result = Cleaned(text="", title=title)
    out: list[str] = []
    title_index: int | None = None
    content_lines = 0
    body_chars = 0
    lines = unwrap_lines(text.split("\n"))
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        if len(line) > LONG_LINE:
            out.append(_GLUED.sub(r"\1 ", line) if _GLUED_HINT.search(line) else line)
            content_lines += 1
            body_chars += len(line)
            continue
        if "  " in line or "\t" in line:
            line = _SPACE_RUN.sub(" ", line.replace("\t", " "))
        if line[:1].isupper() and (prefix := _LINE_PREFIX.match(line)):
            result.removed.append(f"prefix: {prefix.group(0).strip()}")
            line = line[prefix.end():]
        if line[:1].isalnum() and (glued := _GLUED_DATE.match(line)):
            found = date_line(glued.group(1))
            if found is not None:
                result.dates.append(DateHint(found.date, found.label or "page", glued.group(1), found.timed))
            result.removed.append(f"date glued to the text: {glued.group(1)}")
            line = line[glued.end():]
        low = line.lower()
        top = content_lines < TOP_LINES and body_chars == 0
        marker = date_marker(line) if low.startswith("date") else None
        if marker is not None:
            result.dates.append(DateHint(marker[0], "marker", line))
            result.removed.append(f"date marker: {_short(line)}")
            if marker[1]:
                line, low = marker[1], marker[1].lower()
            else:
                continue
        elif " " not in line and _URL_LINE.fullmatch(line):
            result.urls.append(line)
            result.removed.append(f"url: {_short(line)}")
            continue
        else:
            found = date_line(line)
            if found is not None:
                kind = found.label or ("page" if top else "line")
                result.dates.append(DateHint(found.date, kind, line, found.timed))
                result.removed.append(f"date line: {_short(line)}")
                continue
        if _stop_heading(low) if len(line) <= 120 else (":" in low[:40] and _stop_heading(low[:40])):
            if body_chars >= MIN_BODY_BEFORE_STOP:
                rest = [x.strip() for x in lines[number + 1:] if x.strip()]
                result.removed.append(f"tail from {_short(line, 40)!r} ({len(rest)} more lines)"
                                      + (f": {_short(rest[0], 60)}" if rest else ""))
                break
            result.removed.append(f"heading: {_short(line)}")
            continue
        if top and body_chars == 0 and _navigation(line):
            parts = _BREADCRUMB.split(line.strip())
            result.outlet_lines.extend(o for o in [*map(_outlet_of, parts), _site_name(parts[0])] if o)
            result.removed.append(f"navigation: {_short(line)}")
            continue
        if top and low.strip(" .:|") in OUTLET_NAMES:
            result.outlet_lines.append(OUTLET_NAMES[low.strip(" .:|")])
            result.removed.append(f"outlet line: {line}")
            continue
        if len(line) <= 240 and _JUNK.fullmatch(low):
            if line.startswith("(") and (agency := _agency(line)):
                result.credits.append(agency)
            result.removed.append(f"furniture: {_short(line)}")
            continue
        if len(line) <= 100 and _AUTHOR.fullmatch(line):
            result.removed.append(f"author: {line}")
            continue
        if "<" in line and _HTML_TAG.search(line):
            text_only = _SPACE_RUN.sub(" ", _HTML_TAG.sub(" ", line)).strip()
            if "href=" in line or "class=" in line or len(text_only) < 0.7 * len(line) or not text_only:
                result.removed.append(f"html fragment: {_short(line)}")
                continue
            result.removed.append(f"html tags: {_short(line)}")
            line = text_only
        if "&" in line and ";" in line:
            line = html.unescape(line)
        if glued_credit := _GLUED_CREDIT.search(line):
            before = line[:glued_credit.start()]
            if agency := _agency(glued_credit.group(0).split(":", 1)[1]):
                result.photo_credits.append(agency)
            if not _SENTENCE_BREAK.search(before):
                result.removed.append(f"caption: {_short(line)}")
                continue
            result.removed.append(f"credit: {glued_credit.group(0).strip()}")
            line = before
        if _doubled(line):
            result.removed.append(f"caption (written twice): {_short(line)}")
            continue
        if is_caption(line):
            agency = caption_credit(line)
            if agency:
                result.photo_credits.append(agency)
            result.removed.append(f"caption: {_short(line)}")
            _drop_caption_heading(out, title_index, result.removed)
            continue
        if len(line) > 40 and _GLUED_HINT.search(line):
            line = _GLUED.sub(r"\1 ", line)
        if title_index is None and body_chars == 0 and content_lines < TOP_LINES and _heading_like(line):
            if (title is not None and line == title) or (title is None and _title_like(line)):
                title_index = len(out)
            elif not _title_like(line):
                result.removed.append(f"section label: {_short(line)}")
                continue
        out.append(line)
        content_lines += 1
        if is_body_line(line):
            body_chars += len(line)
    _drop_trailing_names(out, result.removed)
    if title is None and title_index is not None and title_index < len(out):
        result.title = out[title_index]
    result.text = _join(out)
    return result


def _drop_caption_heading(out: list[str], title_index: int | None, removed: list[str]) -> None:
    """Remove a short heading line directly above a caption: it is the caption's title, not a subheading."""
    i = len(out) - 1
    while i >= 0 and not out[i]:
        i -= 1
    if i >= 0 and i != title_index and _heading_like(out[i]) and len(out[i]) <= 120:
        removed.append(f"caption title: {_short(out[i])}")
        del out[i]


def _drop_trailing_names(out: list[str], removed: list[str]) -> None:
    """Remove author-name lines ("Mike Wolf") and lone credits at the very end of the article."""
    while out and not out[-1]:
        out.pop()
    while out and len(out[-1]) <= 40 and _NAME_LINE.fullmatch(out[-1]):
        removed.append(f"author: {out.pop()}")
        while out and not out[-1]:
            out.pop()


def _join(out: list[str]) -> str:
    """Join kept lines as paragraphs separated by one blank line."""
    return "\n\n".join(line for line in out if line)


_WRAP_END = re.compile(r"[.!?:;\"“”»«)\]]$")


def unwrap_lines(lines: list[str], *, sample: int = 2000) -> list[str]:
    """Join hard-wrapped lines into paragraphs when most line breaks fall inside sentences."""
    pairs = soft = 0
    for a, b in zip(lines[:sample], lines[1:sample + 1]):
        a, b = a.strip(), b.strip()
        if a and b:
            pairs += 1
            if not _WRAP_END.search(a) and b[0].islower():
                soft += 1
    if pairs < 3 or soft < 0.3 * pairs:
        return lines
    merged: list[str] = []
    previous_blank = True
    for line in lines:
        stripped = line.strip()
        if not stripped:
            merged.append("")
            previous_blank = True
            continue
        if previous_blank:
            merged.append(stripped)
        elif merged[-1].endswith("-") and stripped[0].islower():
            merged[-1] += stripped
        else:
            merged[-1] += " " + stripped
        previous_blank = False
    return merged
