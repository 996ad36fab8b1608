"""The report model: frozen records of what an export shows, shared by every writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from factcheck import service

RESOLUTIONS: tuple[str, ...] = service.CONFLICT_RESOLUTIONS
UNREVIEWED = "unreviewed"
VERDICT_ORDER: tuple[str, ...] = ("false", "misleading", "unverifiable", "verified", UNREVIEWED)
"""Report order: what readers most need to see first."""
RESOLUTION_LABELS: Mapping[str, str] = {
    "first_correct": "first source correct",
    "second_correct": "second source correct",
    "both_wrong": "both sources wrong",
    "not_a_conflict": "not a conflict",
    UNREVIEWED: "unresolved",
}


@dataclass(frozen=True)
class Source:
    """One article carrying a statement: its metadata, the sentence and where the statement sits in it."""

    item_id: str
    kind: str
    article: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    text: str
    sentence: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    verdict: str | None
    speaker: str | None = None
    values: tuple[Mapping[str, Any], ...] = ()
    origin: bool = False
    speaker_mention: str | None = None
    cue: str | None = None
    """True for the statement's own article, False for the other members of its group."""


@dataclass(frozen=True)
class Statement:
    """A reviewed (or, with include_all, any) quote or claim with its review and every source carrying it."""

    id: str
    kind: str
    text: str
    article: str
    verdict: str | None
    note: str | None
    evidence: str | None
    reviewer: str | None
    reviewed_at: str | None
    reviewers: tuple[str, ...]
    group: str | None
    sources: tuple[Source, ...]
    conflicts: tuple[str, ...]
    quote_type: str | None = None
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    values: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class ConflictEntry:
    """A conflict between two statements of one group and how the reviewer resolved it."""

    id: str
    type: str
    group: str
    explanation: str
    sides: tuple[Source, ...]
    side_values: tuple[Mapping[str, Any], ...]
    diff: tuple[tuple[str, str], ...]
    resolution: str | None
    note: str | None
    evidence: str | None
    reviewer: str | None
    reviewed_at: str | None
    reviewers: tuple[str, ...]

    @property
    def resolution_label(self) -> str:
        """The resolution in words ("first source correct", "unresolved")."""
        return RESOLUTION_LABELS.get(self.resolution or UNREVIEWED, self.resolution or UNREVIEWED)


@dataclass(frozen=True)
class SourceSummary:
    """Per article: verdicts of its included statements and the conflicts it is part of."""

    article: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    verdicts: Mapping[str, int]
    """The article's own statements in the report, by verdict."""
    repeats: int
    """Statements of this article outside the report that repeat one in it (same group, no verdict of their own)."""
    conflicts: int
    conflicts_lost: int
    """Resolved conflicts in which this source's side was judged wrong."""


@dataclass(frozen=True)
class Disagreement:
    """Two sources and how many conflicts lie between them."""

    first: str
    second: str
    conflicts: int
    resolved: int


@dataclass(frozen=True)
class OrphanReview:
    """A review whose statement vanished after a re-extraction, kept with what was reviewed."""

    id: str
    kind: str | None
    verdict: str | None
    note: str | None
    evidence: str | None
    reviewer: str | None
    reviewed_at: str | None
    article: str | None
    text: str | None


@dataclass(frozen=True)
class FactRow:
    """One fact of a story: what is measured, whose figure, the values by outlet and the reviewer's verdict."""

    id: str
    measures: str
    source: str | None
    modality: str
    agree: bool
    verdict: str | None
    reviewer: str | None
    cells: Mapping[str, tuple[tuple[str, bool], ...]]
    """Outlet -> (value as written, disagrees with the fact's largest agreeing cluster)."""
    scope: str | None = None
    """The place (or scope) every figure is restricted to ("Brandenburg"), readable."""
    subject: str | None = None
    """The person every figure is about, as written ("Paul Pogba")."""
    verdict_text: str = ""
    """The verdict as a reader understands it ("value 1 right: Mindestens sieben")."""

    @property
    def what(self) -> str:
        """The row heading: what is measured, about whom and where ("price (Paul Pogba)", "dead (Brandenburg)")."""
        from factcheck.facts import what_label

        return what_label(self.measures, self.subject, self.scope)


@dataclass(frozen=True)
class StoryFacts:
    """The facts table of one story: rows = facts, columns = outlets."""

    story: str
    label: str
    event: str | None
    outlets: tuple[str, ...]
    rows: tuple[FactRow, ...]


@dataclass(frozen=True)
class Report:
    """Everything one export shows, sorted by stable keys so that output is byte-for-byte reproducible."""

    statements: tuple[Statement, ...]
    conflicts: tuple[ConflictEntry, ...]
    sources: tuple[SourceSummary, ...]
    disagreements: tuple[Disagreement, ...]
    orphans: tuple[OrphanReview, ...]
    verdict_counts: Mapping[str, int]
    resolution_counts: Mapping[str, int]
    totals: Mapping[str, int]
    as_of: str | None
    """The latest review time among the included items (not the time of export)."""
    include_all: bool = False
    verdicts: tuple[str, ...] | None = None
    articles: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    facts: tuple[StoryFacts, ...] = ()
    """Per story, the facts whose outlets disagree or that have a verdict (every fact with include_all)."""
    publisher: str | None = None
    """The organisation publishing the reviews (ClaimReview author), from `factcheck export --publisher`."""
    publisher_url: str | None = None
    """The page where the reviews are published; each ClaimReview's url is this plus the statement's anchor."""


RESOLUTION_ORDER: tuple[str, ...] = (*RESOLUTIONS, UNREVIEWED)


def source_label(article: str, outlet: str | None) -> str:
    """A short human label for a source: "Welt (000_welt.txt)"."""
    return f"{outlet} ({article})" if outlet else article
