"""Building the report model from the service: what every writer (md, html, json, csv, ClaimReview) renders."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from sqlite_utils import Database

from factcheck import service
from factcheck.models import VERDICTS
from factcheck.report import summary
from factcheck.report.model import (
    FactRow,
    StoryFacts,
    RESOLUTION_ORDER,
    RESOLUTIONS,
    UNREVIEWED,
    VERDICT_ORDER,
    ConflictEntry,
    OrphanReview,
    Report,
    Source,
    Statement,
)


class ReportError(service.FactcheckError):
    """A report request that cannot be served (unknown verdict or format)."""


def check_verdicts(verdicts: Iterable[str] | None) -> tuple[str, ...] | None:
    """Validate a verdict filter: statement verdicts, conflict resolutions, "unreviewed" or "reviewed"."""
    if verdicts is None:
        return None
    chosen = tuple(dict.fromkeys(verdicts))
    allowed = (*VERDICTS, *RESOLUTIONS, UNREVIEWED, "reviewed")
    unknown = [v for v in chosen if v not in allowed]
    if unknown:
        raise ReportError(f"unknown verdict {unknown[0]!r}; use one of: {', '.join(allowed)}")
    return chosen or None


def _wanted(verdict: str | None, verdicts: tuple[str, ...] | None, include_all: bool) -> bool:
    """Reviewed statements matching the filter; unreviewed ones only with include_all or "unreviewed"."""
    if verdict is None:
        return include_all or (verdicts is not None and UNREVIEWED in verdicts)
    return verdicts is None or verdict in verdicts or "reviewed" in verdicts


def _reviewers(history: list[dict]) -> dict[str, tuple[str, ...]]:
    """Everyone who changed an item's review, in order of first appearance in the history."""
    seen: dict[str, dict[str, None]] = {}
    for row in sorted(history, key=lambda r: r["id"]):
        if row.get("reviewer"):
            seen.setdefault(row["item_id"], {})[row["reviewer"]] = None
    return {item: tuple(names) for item, names in seen.items()}


def _source(record: Mapping[str, Any], article: Mapping[str, Any], *, origin: bool) -> Source:
    return Source(
        item_id=record["id"], kind=record.get("kind") or ("quote" if "speaker" in record else "claim"),
        article=record["article"], outlet=article.get("outlet"), title=article.get("title"),
        published=article.get("published"), url=article.get("url"), text=record["text"],
        sentence=record["sentence"], start=record["start"], end=record["end"],
        sentence_start=record["sentence_start"], sentence_end=record["sentence_end"], verdict=record.get("verdict"),
        speaker=record.get("speaker"), values=tuple(record.get("values") or ()), origin=origin,
        speaker_mention=record.get("speaker_mention"), cue=record.get("cue"),
    )


def _sort_key(statement: Statement) -> tuple:
    return (VERDICT_ORDER.index(statement.verdict or UNREVIEWED), statement.article,
            statement.sources[0].start if statement.sources else 0, statement.kind, statement.id)


class _Index:
    """Everything the report needs from the service, loaded once and looked up by id."""

    def __init__(self, db: Database) -> None:
        self.articles = {a["name"]: a for a in service.list_articles(db)}
        self.records: dict[str, dict] = {}
        for quote in service.list_quotes(db):
            self.records[quote["id"]] = {**quote, "kind": "quote"}
        for claim in service.list_claims(db):
            self.records[claim["id"]] = {**claim, "kind": "claim"}
        self.groups = {g["id"]: g for g in service.list_groups(db)}
        self.conflicts = list(service.list_conflicts(db))
        self.reviewers = _reviewers(service.history(db))
        self.conflicts_of: dict[str, list[str]] = {}
        for conflict in self.conflicts:
            for side in conflict["claims"]:
                self.conflicts_of.setdefault(side["id"], []).append(conflict["id"])

    def source(self, item_id: str, *, origin: bool) -> Source | None:
        """A statement as a source, with its article's metadata; None for an id no longer extracted."""
        record = self.records.get(item_id)
        if record is None:
            return None
        return _source(record, self.articles.get(record["article"], {}), origin=origin)

    def side(self, side: Mapping[str, Any]) -> Source:
        """One side of a conflict as a source (from the stored side when its statement is gone)."""
        found = self.source(side["id"], origin=False)
        if found is not None:
            return found
        article = self.articles.get(side["article"], {})
        return Source(side["id"], "quote" if side["id"].startswith("q") else "claim", side["article"],
                      article.get("outlet"), article.get("title"), article.get("published"), article.get("url"),
                      side["text"], side["sentence"], side["start"], side["end"], side["start"], side["end"], None)

    def who(self, record: Mapping[str, Any]) -> tuple[str, ...]:
        """Everyone who reviewed an item (the current reviewer when the history has nobody)."""
        return self.reviewers.get(record["id"], (record["reviewer"],) if record["reviewer"] else ())


def _statement(index: _Index, record: dict) -> Statement:
    """A statement with its own article first, then the other members of its group by article and offset."""
    sources = [index.source(record["id"], origin=True)]
    group = index.groups.get(record["group"]) if record["group"] else None
    for member in sorted(group["members"] if group else [], key=lambda m: (m["article"], m["start"], m["id"])):
        if member["id"] != record["id"]:
            sources.append(index.source(member["id"], origin=False))
    return Statement(
        id=record["id"], kind=record["kind"], text=record["text"], article=record["article"],
        verdict=record["verdict"], note=record["note"], evidence=record["evidence"], reviewer=record["reviewer"],
        reviewed_at=record["reviewed_at"], reviewers=index.who(record), group=record["group"],
        sources=tuple(s for s in sources if s is not None),
        conflicts=tuple(sorted(index.conflicts_of.get(record["id"], ()))),
        quote_type=record.get("type") if record["kind"] == "quote" else None, speaker=record.get("speaker"),
        speaker_mention=record.get("speaker_mention"), cue=record.get("cue"), values=tuple(record.get("values") or ()),
    )


def _conflict_wanted(conflict: Mapping[str, Any], included: set[str], chosen: tuple[str, ...] | None,
                     include_all: bool) -> bool:
    """Conflicts touching a reported statement, plus resolved ones (all with include_all) matching the filter."""
    if any(side["id"] in included for side in conflict["claims"]):
        return True
    if chosen is None:
        return include_all or conflict["verdict"] is not None
    state = conflict["verdict"] or UNREVIEWED
    return state in chosen or ("reviewed" in chosen and conflict["verdict"] is not None)


def _conflict(index: _Index, conflict: Mapping[str, Any]) -> ConflictEntry:
    return ConflictEntry(
        id=conflict["id"], type=conflict["type"], group=conflict["group"], explanation=conflict["explanation"],
        sides=tuple(index.side(side) for side in conflict["claims"]),
        side_values=tuple(dict(side.get("value") or {}) for side in conflict["claims"]),
        diff=tuple((op, text) for op, text in conflict["diff"]), resolution=conflict["verdict"],
        note=conflict["note"], evidence=conflict["evidence"], reviewer=conflict["reviewer"],
        reviewed_at=conflict["reviewed_at"], reviewers=index.who(conflict),
    )


def _orphans(db: Database, chosen: tuple[str, ...] | None) -> tuple[OrphanReview, ...]:
    return tuple(
        OrphanReview(o["id"], o.get("kind"), o["verdict"], o["note"], o["evidence"], o["reviewer"], o["updated"],
                     (o.get("snapshot") or {}).get("article"), (o.get("snapshot") or {}).get("text"))
        for o in sorted(service.orphan_reviews(db), key=lambda o: o["id"])
        if o["verdict"] is not None and (chosen is None or o["verdict"] in chosen or "reviewed" in chosen)
    )


def _facts(db: Database, include_all: bool) -> tuple[StoryFacts, ...]:
    """Per story, the facts a reader needs: those whose outlets disagree or that were reviewed (all with
    include_all), as rows = facts, columns = outlets."""
    out = []
    for table in service.facts_tables(db):
        keep = [(row, cells) for row, cells in zip(table.rows, table.cells)
                if include_all or not row["agree"] or row.get("verdict")]
        if not keep:
            continue
        outlets = tuple(o for o in table.outlets if any(o in cells for _, cells in keep))
        rows = tuple(FactRow(row["id"], row["measures"], row["source"], row["modality"], row["agree"],
                             row.get("verdict"), row.get("reviewer"),
                             {o: tuple(v) for o, v in cells.items()}, row.get("scope"), row.get("subject"),
                             row.get("verdict_text") or "")
                     for row, cells in keep)
        out.append(StoryFacts(table.story, table.label, table.event, outlets, rows))
    return tuple(out)


def build_report(db: Database, *, verdicts: Iterable[str] | None = None, include_all: bool = False) -> Report:
    """Collect reviewed statements, their sources and conflicts, and the summary, through the service API."""
    chosen = check_verdicts(verdicts)
    index = _Index(db)
    statements = sorted((_statement(index, r) for r in index.records.values()
                         if _wanted(r["verdict"], chosen, include_all)), key=_sort_key)
    included = {s.id for s in statements}
    entries = sorted((_conflict(index, c) for c in index.conflicts
                      if _conflict_wanted(c, included, chosen, include_all)),
                     key=lambda c: (RESOLUTION_ORDER.index(c.resolution or UNREVIEWED), c.type, c.id))
    orphans = _orphans(db, chosen)
    publisher = service.publisher(db)
    times = [*(s.reviewed_at for s in statements), *(c.reviewed_at for c in entries), *(o.reviewed_at for o in orphans)]
    return Report(
        statements=tuple(statements), conflicts=tuple(entries),
        sources=summary.source_summaries(statements, entries, index.articles),
        disagreements=summary.disagreements(entries),
        orphans=orphans,
        verdict_counts=summary.count(s.verdict or UNREVIEWED for s in statements),
        resolution_counts=summary.count((c.resolution or UNREVIEWED for c in entries), order=RESOLUTION_ORDER),
        totals=summary.totals(statements, entries, service.counts(db)),
        as_of=max((t for t in times if t), default=None),
        include_all=include_all, verdicts=chosen, articles=index.articles, facts=_facts(db, include_all),
        publisher=publisher.name, publisher_url=publisher.url,
    )
