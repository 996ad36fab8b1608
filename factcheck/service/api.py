"""The typed Python API for scripts: a claims.db whose methods return the dataclasses of :mod:`factcheck.models`
(articles, quotes, claims, groups, stories, facts, conflicts, reviews).

``factcheck.open_db(path)`` gives a :class:`ClaimsDB`; ``factcheck.extract_corpus(paths, db=path)`` fills one.
The CLI and the review desk use the same service functions underneath (which return plain records for JSON).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from sqlite_utils import Database

from factcheck.models import (
    Article,
    Claim,
    Conflict,
    ConflictSide,
    Fact,
    FactMention,
    Group,
    Member,
    Quote,
    Review,
    Story,
    Value,
)
from factcheck.service import extraction, reading, reviewing
from factcheck.service.common import Progress, no_progress, open_db as _open
from factcheck.store import queries
from factcheck.store.queries import Filters


def _value(record: dict) -> Value:
    return Value(record.get("type", ""), record.get("text", ""), record.get("start", 0), record.get("end", 0),
                 record.get("value") or {})


def _side(record: dict) -> ConflictSide:
    return ConflictSide(record["id"], record["article"], record["text"], record.get("sentence") or "",
                        record["start"], record["end"], record.get("value") or {})


def _conflict(record: dict) -> Conflict:
    return Conflict(record["id"], record["type"], record["group"], record["explanation"],
                    tuple(_side(side) for side in record["claims"]), tuple(tuple(d) for d in record.get("diff") or ()),
                    record.get("fact"))


def _review(record: dict) -> Review:
    return Review(record["id"], record.get("verdict"), record.get("note"), record.get("evidence"),
                  record.get("reviewer"), record.get("reviewed_at"))


class ClaimsDB:
    """One claims.db: articles, quotes, claims, groups, conflicts and reviews as dataclasses.

    Use it as a context manager (``with factcheck.open_db("claims.db") as db: ...``) or call :meth:`close`.
    """

    def __init__(self, path: str | Path = "claims.db", *, memory: bool = False) -> None:
        self.path = None if memory else Path(path)
        self.db: Database = _open(path, memory=memory)
        """The underlying sqlite-utils Database (for the service functions and your own SQL)."""

    def __enter__(self) -> ClaimsDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # --- reading ---------------------------------------------------------------------------------

    def articles(self, article: str | None = None) -> list[Article]:
        """Articles (all, or those NAME means: exact name or path, else a name prefix such as "000")."""
        names = set(reading.resolve_article(self.db, article)) if article else None
        return [a for a in extraction._load_articles(self.db) if names is None or a.name in names]

    def article(self, name: str) -> Article | None:
        """One article by its exact name or path."""
        record = reading.get_article(self.db, name)
        if record is None:
            return None
        return next((a for a in self.articles(record["name"]) if a.name == record["name"]), None)

    def _statements(self, records: Iterable[dict]) -> list:
        wanted = [r["id"] for r in records]
        if not wanted:
            return []
        chosen = set(wanted)
        items, _ = extraction.load_statements(self.db)
        by_id = {item.id: item for item in items if item.id in chosen}
        return [by_id[i] for i in wanted if i in by_id]

    def quotes(self, *, article: str | None = None, speaker: str | None = None, verdict: str | None = None,
               search: str | None = None, limit: int | None = None) -> list[Quote]:
        """Quotes in article order, narrowed like `factcheck quotes` (verdict also "reviewed"/"unreviewed")."""
        filters = Filters(article=article, speaker=speaker, verdict=verdict, search=search, limit=limit)
        return self._statements(reading.list_quotes(self.db, filters))

    def claims(self, *, article: str | None = None, verdict: str | None = None, search: str | None = None,
               conflicts_only: bool = False, limit: int | None = None) -> list[Claim]:
        """Claims with their typed values, narrowed like `factcheck claims`."""
        filters = Filters(article=article, verdict=verdict, search=search, conflicts_only=conflicts_only,
                          limit=limit)
        return self._statements(reading.list_claims(self.db, filters))

    def groups(self, *, kind: str | None = None) -> list[Group]:
        """Groups of matching statements across articles."""
        return [Group(g["id"], g["kind"], tuple(Member(m["id"], m["kind"], m["article"], m["text"], m["sentence"],
                                                       m["start"], m["end"]) for m in g["members"]), g["score"])
                for g in reading.list_groups(self.db, kind=kind)]

    def conflicts(self, *, type: str | None = None, item_id: str | None = None) -> list[Conflict]:
        """Contradictions between sources, each with both sides and the explanation."""
        return [_conflict(c) for c in reading.list_conflicts(self.db, type=type, item_id=item_id)]

    def stories(self) -> list[Story]:
        """Stories (one per event), largest first: the units inside which facts are compared."""
        return [Story(s["id"], s["label"], tuple(s["articles"]), s.get("event_start"), s.get("event_end"))
                for s in queries.stories(self.db)]

    def facts(self, *, story: str | None = None, disagreeing: bool = False) -> list[Fact]:
        """Facts of each story (one measured thing from one kind of source, across outlets) with their mentions."""
        facts = []
        for record in queries.facts(self.db, story=story, disagreeing=disagreeing):
            members = tuple(
                FactMention(m["id"], m["article"], m["item_id"], record["type"], m["text"], m["start"], m["end"],
                            m["value"], m["sentence"] or "", measures=record["measures"], noun=m.get("noun"),
                            source=m.get("source"))
                for m in record["members"])
            clusters: dict[int, list[FactMention]] = {}
            for row, member in zip(record["members"], members):
                clusters.setdefault(int(row.get("cluster") or 0), []).append(member)
            facts.append(Fact(record["id"], record["story"], record["type"], record["measures"], record["source"],
                              record["modality"], members, record["agree"], record["event"],
                              tuple(tuple(clusters[k]) for k in sorted(clusters))))
        return facts

    def reviews(self, *, orphaned_only: bool = False) -> list[Review]:
        """Every current review (including those whose statement vanished after a re-extraction)."""
        return [_review(r) for r in reading.list_reviews(self.db, orphaned_only=orphaned_only)]

    def review(self, item_id: str) -> Review | None:
        """The current review of one item."""
        return reviewing.get_review(self.db, item_id)

    # --- reviewing -------------------------------------------------------------------------------

    def set_verdict(self, item_id: str, verdict: str | None, *, note: str | None = None,
                    evidence: str | None = None, reviewer: str | None = None,
                    apply_to_group: bool = False) -> list[Review]:
        """Record (or with None clear) a verdict, kept in the append-only history; returns the new reviews."""
        return reviewing.set_verdict(self.db, item_id, verdict, note=note, evidence=evidence, reviewer=reviewer,
                                     apply_to_group=apply_to_group)

    def history(self, item_id: str | None = None, *, limit: int | None = None) -> list[dict]:
        """The review history, newest first: who, when, action, before and after."""
        return reviewing.history(self.db, item_id, limit=limit)

    def counts(self) -> dict[str, int]:
        """How many articles, quotes, claims, groups, conflicts and reviewed items the database holds."""
        return reading.counts(self.db)


def open_claims_db(path: str | Path = "claims.db", *, memory: bool = False) -> ClaimsDB:
    """Open (creating on first use) a claims.db for scripts; methods return the dataclasses of factcheck.models."""
    return ClaimsDB(path, memory=memory)


def extract_corpus(paths: Sequence[str | Path] | str | Path, *, db: str | Path | ClaimsDB = "claims.db",
                   published: str | None = None, force: bool = False, group: bool = True,
                   model: str | None = None, progress: Progress = no_progress) -> extraction.ExtractSummary:
    """Extract files and folders into a claims.db (incremental, as `factcheck extract`), then group."""
    targets = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if isinstance(db, ClaimsDB):
        return extraction.extract(db.db, targets, published=published, force=force, group=group, model=model,
                                  progress=progress)
    with ClaimsDB(db) as opened:
        return extraction.extract(opened.db, targets, published=published, force=force, group=group, model=model,
                                  progress=progress)


__all__ = ["ClaimsDB", "extract_corpus", "open_claims_db"]
