"""Choosing an article's publication date, outlet and title from the hints a reader and the cleaner found.

Publication date rule. Every date seen becomes a :class:`DateCandidate`; the chosen one is the candidate of
the best rank, in this order:

1. ``user``: the date given on the command line (``published=``) overrides everything;
2. ``json``: a metadata field of a json/jsonl record or of a ``<file>.meta.json`` sidecar;
3. ``text``: an explicit story date in the page: a scraper's ``date 2019-04 <title>`` marker line, front
   matter, or a labelled line ("Veröffentlicht am 25.04.2019", "Published: ...");
4. ``url``: a date in the URL path (``/2019/04/25/``);
5. ``text``: the HTML metadata date (trafilatura / htmldate);
6. ``text``: an update line ("Aktualisiert am ...": a later edit, not the first publication);
7. ``file``: a date written into the file name;
8. ``text``: a bare date line at the top of a scrape ("Thursday, 2nd May 2024"): usually the day the page was
   saved, so it is only a fallback, its evidence says "page date", and it is chosen only when the story
   confirms it: not when the story names no year at all, nor when the latest year it names is more than a
   year earlier (a wrong publication date would resolve every "am Donnerstag" to the wrong week), unless
   it gives the time of day ("14. März 2023 um 07:45 Uhr"): that is the page's timestamp of the story, while
   the date a page was saved on comes from a site's "today" line, which names no hour;
9. ``text``: a bare date line elsewhere in the page (same check).

The file's modification time is listed (source ``file``) for the reviewer but never chosen: it says when the
file was saved, not when the story appeared. With nothing chosen, ``published`` is None and the source
``none``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

from factcheck.ingest.boilerplate import Cleaned, domain_outlet
from factcheck.ingest.boilerplate_patterns import AGENCY_CREDITS, DOMAIN_OUTLETS, OUTLET_NAMES
from factcheck.ingest.dates import filename_date, url_date
from factcheck.language.datelines import dateline
from factcheck.models import DateCandidate

RANK_USER, RANK_JSON, RANK_EXPLICIT, RANK_URL, RANK_HTML, RANK_UPDATED, RANK_FILENAME, RANK_PAGE, RANK_LINE = range(9)
RANK_NEVER = 99
_WEAK_RANKS = (RANK_UPDATED, RANK_FILENAME, RANK_PAGE, RANK_LINE)
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_TITLE_COLON = re.compile(r"\s+:\s+")
_NAME_PARTS = re.compile(r"[_\-. ]+")


@dataclass(frozen=True)
class RankedDate:
    """A date candidate with its rank (lower is more trustworthy)."""

    rank: int
    candidate: DateCandidate


@dataclass
class Hints:
    """Metadata a reader found outside the text: explicit fields, HTML metadata, sidecars."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    dates: list[RankedDate] = field(default_factory=list)
    outlet_source: str | None = None
    """Where ``outlet`` came from ("html og:site_name", "json field 'site'", ...)."""
    problems: list[str] = field(default_factory=list)

    def add_date(self, rank: int, date: str | None, source: str, evidence: str) -> None:
        """Record a date candidate when the date could be read."""
        if date:
            self.dates.append(RankedDate(rank, DateCandidate(date, source, evidence)))


def _quote(line: str, limit: int = 60) -> str:
    return '"' + (line if len(line) <= limit else line[: limit - 1] + "…") + '"'


def outlet_from_url(url: str | None) -> str | None:
    """Name the outlet of a URL: a known domain's outlet ("faz.net" -> "FAZ"), else the bare domain."""
    if not url:
        return None
    try:
        host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    except ValueError:
        return None
    host = host.lower().removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    if not host or "." not in host:
        return None
    return domain_outlet(host) or host


def clean_title(title: str | None) -> str | None:
    """Tidy a headline: single spaces, FAZ-style " : " as ": ", None when empty."""
    if not title:
        return None
    title = " ".join(title.split())
    title = _TITLE_COLON.sub(": ", title)
    return title or None


def latest_year(text: str) -> int | None:
    """The latest plausible year the text names (for checking page dates against the story)."""
    years = [int(y) for y in _YEAR.findall(text[:200_000])]
    return max(years) if years else None


def text_date_candidates(cleaned: Cleaned, story_text: str) -> list[RankedDate]:
    """Turn the date lines the cleaner saw into ranked candidates with reviewer-readable evidence."""
    out: list[RankedDate] = []
    year = latest_year(story_text)
    for hint in cleaned.dates:
        if hint.kind == "marker":
            rank, evidence = RANK_EXPLICIT, f"story date marker line {_quote(hint.line)}"
        elif hint.kind == "published":
            rank, evidence = RANK_EXPLICIT, f"labelled publication line {_quote(hint.line)}"
        elif hint.kind == "updated":
            rank, evidence = RANK_UPDATED, f"update line {_quote(hint.line)} (a later edit, not first publication)"
        elif hint.kind == "page":
            rank = RANK_PAGE
            evidence = f"page date: bare date line {_quote(hint.line)} at the top, probably when the page was saved"
        else:
            rank, evidence = RANK_LINE, f"bare date line {_quote(hint.line)} inside the page"
        if rank in _WEAK_RANKS and hint.timed:
            evidence += "; it gives the time of day, so it is the page's own timestamp of the story"
        elif rank in _WEAK_RANKS:
            if year is None:
                evidence += "; the story names no year that confirms it, not used (set it with --published)"
                rank = RANK_NEVER
            elif int(hint.date[:4]) > year + 1:
                evidence += f"; contradicts the story (latest year it names: {year}), not used"
                rank = RANK_NEVER
        out.append(RankedDate(rank, DateCandidate(hint.date, "text", evidence)))
    return out


def path_date_candidates(name: str, url: str | None, mtime: float | None) -> list[RankedDate]:
    """Date candidates from the URL path, the file name and the file's modification time."""
    out: list[RankedDate] = []
    if url and (found := url_date(url)):
        out.append(RankedDate(RANK_URL, DateCandidate(found, "url", f"date in the URL path {url}")))
    if found := filename_date(name):
        out.append(RankedDate(RANK_FILENAME, DateCandidate(found, "file", f"date in the file name {name}")))
    if mtime is not None:
        day = datetime.fromtimestamp(mtime, tz=timezone.utc).strftime("%Y-%m-%d")
        evidence = "file modification time (when the file was saved, not published; never chosen)"
        out.append(RankedDate(RANK_NEVER, DateCandidate(day, "file", evidence)))
    return out


def choose_published(ranked: list[RankedDate]) -> tuple[str | None, str, tuple[DateCandidate, ...]]:
    """Pick the best-ranked candidate: (published, published_source, all candidates best first)."""
    seen: set[DateCandidate] = set()
    ordered: list[RankedDate] = []
    for item in sorted(ranked, key=lambda r: r.rank):
        if item.candidate not in seen:
            seen.add(item.candidate)
            ordered.append(item)
    candidates = tuple(r.candidate for r in ordered)
    if not ordered or ordered[0].rank == RANK_NEVER:
        return None, "none", candidates
    best = ordered[0].candidate
    return best.date, best.source, candidates


def dateline_tag(text: str) -> str | None:
    """The agency or outlet tag in the dateline opening the story ("BERLIN. (hpd) …" -> "hpd"), or None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:4]
    for line in lines:
        m = dateline(line)
        if m:
            tag = m.group(1).strip()
            low = tag.lower()
            known = AGENCY_CREDITS.get(low) or OUTLET_NAMES.get(low)
            if known or (low.isalpha() and 2 <= len(low) <= 6 and (tag.islower() or tag.isupper())):
                return known or tag
    return None


def outlet_from_filename(name: str) -> str | None:
    """Name the outlet from a file name that starts with it ("spiegel_dembele.txt" -> "Der Spiegel"), or None."""
    stem = name.rsplit("#", 1)[0]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    parts = [p for p in _NAME_PARTS.split(stem.lower()) if p]
    if not parts:
        return None
    for n in (3, 2, 1):
        key = " ".join(parts[:n])
        if len(parts) >= n and key in OUTLET_NAMES:
            return OUTLET_NAMES[key]
    first = parts[0]
    for domain, outlet in DOMAIN_OUTLETS.items():
        base = domain.split(".")[0]
        if first == base or (base.startswith("the") and first == base[3:]):
            return outlet
    return None


def choose_outlet(hints: Hints, *, folder: Hints | None, url: str | None, outlet_lines: list[str],
                  agency_tags: list[str], text: str, name: str) -> tuple[str | None, str]:
    """Pick the outlet and say where it came from (first found wins).

    1. the page's own metadata: HTML og:site_name / JSON-LD publisher, a JSON record field, the file's sidecar;
    2. the folder metadata file (``folder.meta.json``), the user's word for every file in the folder;
    3. the host of the article's URL (canonical link, og:url, a URL line in the page);
    4. an outlet name line at the top of the page ("Welt"), an outlet's own tag in the dateline ("BERLIN. (hpd)",
       "Berlin taz |");
    5. the file name, when it starts with a known outlet ("spiegel_dembele.txt");
    6. a wire agency's tag ("Frankfurt (Reuters) -", a lone "(dpa)" line): it names who wrote the story, so it
       counts only when nothing names the publisher;
    never a photo credit ("Foto: Reuters") or a section heading; else unknown: (None, "none").
    """
    if hints.outlet:
        return hints.outlet, hints.outlet_source or "metadata"
    if folder is not None and folder.outlet:
        return folder.outlet, folder.outlet_source or "folder metadata"
    if url and (found := outlet_from_url(url)):
        return found, f"url {url}"
    if outlet_lines:
        return outlet_lines[0], f"outlet line {_quote(outlet_lines[0])}"
    tag = dateline_tag(text)
    wire = set(AGENCY_CREDITS.values())
    if tag and tag not in wire:
        return tag, f"outlet tag in the dateline {_quote(tag)}"
    if found := outlet_from_filename(name):
        return found, f"file name {name}"
    if tag:
        return tag, f"agency tag in the dateline {_quote(tag)} (the wire service that wrote the story)"
    if agency_tags:
        return agency_tags[0], f"agency tag {_quote(agency_tags[0])} (the wire service that wrote the story)"
    return None, "none"
