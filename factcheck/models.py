"""Frozen dataclasses shared by every layer: what an article, a statement, a value and a review are.

Offsets (`start`, `end`) are always character offsets into the article's stored (cleaned) text,
or into the text given to :func:`factcheck.extract_text`.

Normalised value shapes (``Value.value``), by ``Value.type``:

- ``date``: ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "granularity": "day|week|month|part_of_month|
  season|year|decade", "relative": bool}``; a range covering what the text allows ("Ende Februar 2019" is
  2019-02-20..2019-02-28). ``relative`` is true when it was resolved against the publication date.
- ``duration``: ``{"seconds": nominal, "min": lower_seconds, "max": upper_seconds, "hedge": "exact|approx|
  just_under|at_most|less_than|at_least|more_than"}``; "knapp zwei Stunden" is min 5400, max 7200.
- ``number``: ``{"value": v, "min": lo, "max": hi, "unit": "km"|None, "hedge": ...}``; counts and
  quantities ("1.500 Kilometer", "Zehntausende" = 10,000..99,999).
- ``money``: ``{"value": v, "min": lo, "max": hi, "currency": "EUR", "hedge": ...}``.
- ``percent``: ``{"value": v, "min": lo, "max": hi, "hedge": ...}``.
- ``place``: ``{"name": "Vladivostok", "id": "geonames:2013348"|"gazetteer:...", "lat": f|None, "lon": f|None,
  "country": "RU", "feature": "city"|"country"|...}`` (country and feature when the gazetteer knows the place).
- ``person`` / ``org``: ``{"name": canonical name}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping

ValueType = Literal["date", "duration", "number", "money", "percent", "place", "person", "org"]
QuoteType = Literal["direct", "partial", "indirect"]
EntityLabel = Literal["PER", "LOC", "ORG", "MISC"]
Verdict = Literal["verified", "false", "misleading", "unverifiable"]
VERDICTS: tuple[str, ...] = ("verified", "false", "misleading", "unverifiable")
ConflictType = Literal["duration", "date", "number", "place", "quote_wording", "speaker"]
PublishedSource = Literal["text", "url", "file", "user", "json", "none"]


@dataclass(frozen=True)
class Value:
    """A typed value found in a statement, with its surface text and normalised form."""

    type: str
    text: str
    start: int
    end: int
    value: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=True)

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text, "start": self.start, "end": self.end, "value": dict(self.value)}


@dataclass(frozen=True)
class Entity:
    """A named entity mention: a person, place, organisation or other name."""

    text: str
    label: str
    start: int
    end: int
    norm: str | None = None
    """Canonical name (people, organisations) or place id ("geonames:2013348")."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """Something a person or organisation said, directly or in reported speech."""

    text: str
    start: int
    end: int
    type: str
    sentence: str
    sentence_start: int
    sentence_end: int
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    values: tuple[Value, ...] = ()
    id: str = ""
    article: str = ""


@dataclass(frozen=True)
class Claim:
    """A checkable factual statement (usually one sentence) with its typed values."""

    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    values: tuple[Value, ...] = ()
    entities: tuple[Entity, ...] = ()
    id: str = ""
    article: str = ""


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one text."""

    language: str
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class DateCandidate:
    """One possible publication date of an article and where it was found."""

    date: str
    source: str
    evidence: str


@dataclass(frozen=True)
class Article:
    """A cleaned article as stored: text without boilerplate plus metadata."""

    name: str
    """Stable name of the article: the file name (plus ``#n`` for records inside a json/jsonl file)."""
    path: str
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    published_source: str
    published_candidates: tuple[DateCandidate, ...] = ()
    language: str = "de"
    content_hash: str = ""
    removed: tuple[str, ...] = ()
    """Boilerplate blocks that were removed, for transparency."""
    outlet_source: str = "none"
    """Where the outlet came from: "html ..." (og:site_name, JSON-LD publisher), "json field ...", "sidecar ...",
    "folder metadata ...", "url ...", "outlet line ...", "agency tag ...", "file name ..." or "none"."""


@dataclass(frozen=True)
class Member:
    """One statement inside a group."""

    id: str
    kind: str
    article: str
    text: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Group:
    """Statements from different articles that say the same thing about the same event."""

    id: str
    kind: str
    members: tuple[Member, ...]
    score: float = 0.0


@dataclass(frozen=True)
class ConflictSide:
    """One side of a conflict: the statement and the value it carries."""

    id: str
    article: str
    text: str
    sentence: str
    start: int
    end: int
    value: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Conflict:
    """Statements that disagree, with a reviewer-readable explanation.

    A quote conflict has two sides (two statements of one group). A fact conflict lists every mention of the
    fact as a side, in value clusters: ``value["cluster"]`` numbers the agreeing values (0 = most outlets)."""

    id: str
    type: str
    group_id: str
    explanation: str
    claims: tuple[ConflictSide, ...]
    diff: tuple[tuple[str, str], ...] = ()
    """Word-level diff for quote wording conflicts: (op, text) with op in ``=``, ``-``, ``+``."""
    fact_id: str | None = None
    """The fact whose values disagree (fact conflicts only)."""


@dataclass(frozen=True)
class Story:
    """Articles about one event: the unit inside which facts are compared."""

    id: str
    label: str
    articles: tuple[str, ...]
    event_start: str | None = None
    event_end: str | None = None
    """The event's time as far as publication and stated dates tell (ISO days), None when unknown."""


@dataclass(frozen=True)
class FactMention:
    """One value in one article, with what it measures, whose figure it is and which event it belongs to."""

    id: str
    article: str
    item_id: str
    """The quote or claim the value was found in."""
    type: str
    """Value type: number, money, percent, duration (dates and places are not compared as facts yet)."""
    text: str
    start: int
    end: int
    value: Mapping[str, Any] = field(default_factory=dict, hash=False)
    sentence: str = ""
    sentence_start: int = 0
    measures: str | None = None
    """Language-independent concept of what is measured ("participants", "dead", "fee"), else None."""
    noun: str | None = None
    """The counted or measured word as written ("Teilnehmern", "protesters"), else None."""
    source: str | None = None
    """Whose figure it is: a source concept ("police", "organisers") or a speaker's name; None when unattributed."""
    modality: str = "reported"
    """"reported"; "expected" for forecasts, hopes and registrations ("angemeldet waren 100 000"); "demanded" for
    what a side asks for ("hatte fünf Jahre Haft gefordert"); "earlier" for a figure its clause puts in the story's
    past ("vor einem Jahr", "damals"; see ``past``)."""
    subject: str | None = None
    """The person the figure is about when the clause names one (Pogba's fee vs Dembélé's fee)."""
    scope: tuple[str, ...] = ()
    """Places that restrict the figure ("vier Tote allein in Brandenburg"); countries do not count."""
    clause: str = ""
    """The clause around the value with the value masked as "#", what the encoder compares."""
    event_dates: tuple[str, str] | None = None
    """Hull of the dates stated in the clause (ISO days), when any."""
    context: str = ""
    """The part of the sentence that states this figure, as written (up to ``;``, ``:`` or a dash): what a
    conflict shows as this side ("police put the figure at around 100,000", not the organisers' half)."""
    past: bool = False
    """Whether its clause puts the figure before the story's event ("vor einem Jahr", "damals", "last summer"):
    such a figure belongs to the story's past and is compared only with other figures of the past."""


@dataclass(frozen=True)
class Fact:
    """Mentions of one measured thing of one event from one kind of source, across outlets."""

    id: str
    story: str
    type: str
    measures: str
    """What is measured, readable ("participants", "fee", or the noun as written)."""
    source: str | None
    modality: str
    members: tuple[FactMention, ...]
    agree: bool
    event: str | None = None
    """The story's event time, readable ("2015-10-10" or "2015-10-10..2015-10-16"), None when unknown."""
    clusters: tuple[tuple[FactMention, ...], ...] = ()
    """The members split into agreeing values, the value most outlets give first; one cluster when they agree."""


@dataclass(frozen=True)
class Review:
    """A reviewer's current decision on a statement."""

    item_id: str
    verdict: str | None
    note: str | None
    evidence: str | None
    reviewer: str | None
    updated: str | None


HEADLINE_CHARS = 300
"""How far into an article its headline may reach."""


def article_pair(a: str, b: str) -> tuple[str, str]:
    """Two article names in order: the key of a pair of articles (story links, sources that disagree)."""
    return (a, b) if a <= b else (b, a)


def is_headline(item: Quote | Claim, articles: Mapping[str, Article]) -> bool:
    """Whether a statement stands in its article's headline (the title, or the first line of the text)."""
    art = articles.get(item.article)
    if art is None or item.sentence_start > HEADLINE_CHARS:
        return False
    first_line = art.text[:HEADLINE_CHARS].split("\n", 1)[0]
    return item.sentence_start < len(first_line) or bool(art.title and item.sentence.strip() == art.title.strip())


_NAME_WORD = re.compile(r"\w+")
WRITTEN_SPEAKER_MAX_CHARS = 80
"""A mention longer than this is not shown as the speaker (a run-on phrase, not a name)."""


def same_stem(a: str, b: str) -> bool:
    """Tell whether two lower-case words differ only in an inflection ending ("deutschen"/"deutsche")."""
    if len(a) < 4 or len(b) < 4:
        return a == b
    for ending in ("en", "er", "es", "em", "e", "n", "s"):
        if a.endswith(ending) and len(a) - len(ending) >= 4:
            a = a[: -len(ending)]
            break
    for ending in ("en", "er", "es", "em", "e", "n", "s"):
        if b.endswith(ending) and len(b) - len(ending) >= 4:
            b = b[: -len(ending)]
            break
    return a == b or a.startswith(b) or b.startswith(a)


def written_speaker(speaker: str | None, mention: str | None) -> str | None:
    """The speaker as an editor reads it: the mention as the article writes it where it names the resolved speaker
    ("a spokesman for BVG Berlin transport", "ARD-Reporter Björn Staschen", "die Polizei in Potsdam"), else the
    resolved name ("der Sprecher" -> "Deutsche Bahn", "er" -> "Wladimir Putin"); None when nobody was resolved."""
    if not speaker or not mention or len(mention) > WRITTEN_SPEAKER_MAX_CHARS:
        return speaker
    said = [w for w in _NAME_WORD.findall(mention.lower())]
    name = [w for w in _NAME_WORD.findall(speaker.lower()) if len(w) > 1]
    if name and len(said) > len(name) and all(any(same_stem(w, m) for m in said) for w in name):
        return " ".join(mention.split())
    return speaker
