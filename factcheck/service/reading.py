"""Reading the database: listings, one item with its group and conflicts, the review queue."""

from __future__ import annotations

from typing import Iterable, Iterator

from sqlite_utils import Database

from factcheck.models import Value
from factcheck.service.common import FactcheckError
from factcheck.store import queries
from factcheck.store.queries import Filters


def list_articles(db: Database, filters: Filters = Filters()) -> list[dict]:
    """Articles with metadata and counts."""
    return list(queries.articles(db, filters))


def list_quotes(db: Database, filters: Filters = Filters()) -> Iterator[dict]:
    """Quotes with speaker, cue, values and review."""
    return queries.quotes(db, filters)


def list_claims(db: Database, filters: Filters = Filters()) -> Iterator[dict]:
    """Claims with typed values and review."""
    return queries.claims(db, filters)


def list_groups(db: Database, *, kind: str | None = None) -> Iterator[dict]:
    """Groups of matching statements with their members."""
    return queries.groups(db, kind=kind)


def group_of(db: Database, item_id: str) -> dict | None:
    """The group a quote or claim belongs to, with its members, or None."""
    return queries.group_of(db, item_id)


def groups_of(db: Database, item_id: str) -> list[dict]:
    """Every group a quote or claim belongs to, with members, the largest (``group_of``'s) first."""
    return queries.groups_of(db, item_id)


def get_group(db: Database, group_id: str) -> dict | None:
    """One group with its members, or None."""
    return next(queries.groups(db, group_id=group_id), None)


def get_conflict(db: Database, conflict_id: str) -> dict | None:
    """One conflict with both sides, or None."""
    return next(queries.conflicts(db, conflict_id=conflict_id), None)


def list_conflicts(db: Database, *, item_id: str | None = None, type: str | None = None,
                   verdict: str | None = None) -> Iterator[dict]:
    """Conflicts with both sides and the explanation."""
    return queries.conflicts(db, item_id=item_id, type=type, verdict=verdict)


def get_item(db: Database, item_id: str) -> dict:
    """One quote, claim or conflict (by id, or the first characters of one) with its review.

    Raises FactcheckError for an unknown or ambiguous id.
    """
    record = queries.item(db, item_id)
    if record is None and len(item_id) >= 4:
        candidates = queries.ids_with_prefix(db, item_id)
        if len(candidates) > 1:
            raise FactcheckError(f"{item_id!r} is the start of several ids ({', '.join(candidates[:5])}); "
                                 "give more characters")
        if candidates:
            record = queries.item(db, candidates[0])
    if record is None:
        raise FactcheckError(f"no quote, claim or conflict with id {item_id!r} (see `factcheck quotes`/`claims`)")
    return record


def item_detail(db: Database, item_id: str) -> dict:
    """An item with its article metadata, the other members of its group (``group_detail``, the largest) and of
    any other group it is in (``other_groups``), and the conflicts it is in."""
    record = get_item(db, item_id)
    if record["kind"] == "conflict":
        record["group_detail"] = get_group(db, record["group"])
        return record
    record["article_info"] = queries.article(db, record["article"])
    record["group_detail"], *record["other_groups"] = queries.groups_of(db, record["id"]) or [None]
    record["conflicts"] = list(queries.conflicts(db, item_id=record["id"]))
    return record


def resolve_article(db: Database, name: str) -> list[str]:
    """Names of the articles a user means by NAME: the exact name or path, else the names starting with it."""
    return queries.resolve_article(db, name)


def get_article(db: Database, name: str) -> dict | None:
    """One article's metadata and counts by its exact name or path (no prefix, no wildcard), or None."""
    return queries.article(db, name)


def article_text(db: Database, name: str) -> str:
    """The stored, cleaned text of an article (what all offsets point into)."""
    text = queries.article_text(db, name)
    if text is None:
        raise FactcheckError(f"no article named {name!r}")
    return text


def describe_value(value: dict) -> str:
    """A stored value record ({type, text, start, end, value}) as a reviewer reads it: "just under 2 h"."""
    from factcheck.values import describe

    record = Value(value.get("type", ""), value.get("text", ""), value.get("start", 0), value.get("end", 0),
                   value.get("value") or {})
    return describe(record) or record.text


def counts(db: Database) -> dict[str, int]:
    """Totals of articles, statements, groups, conflicts and reviewed items."""
    return queries.counts(db)


def list_reviews(db: Database, *, orphaned_only: bool = False) -> Iterator[dict]:
    """Every current review (verdict, note, evidence, who, when) with the text that was reviewed."""
    return queries.reviews(db, orphaned_only=orphaned_only)


def orphan_reviews(db: Database) -> list[dict]:
    """Reviews whose statement disappeared after a re-extraction (kept, with what was reviewed)."""
    return list(queries.orphan_reviews(db))


def queue(db: Database, filters: Filters = Filters(), *, kinds: Iterable[str] = ("conflict", "quote", "claim")
          ) -> list[dict]:
    """The review queue: conflicts first, then quotes, then claims, each a light record."""
    out: list[dict] = []
    kinds = tuple(kinds)
    if "conflict" in kinds and not filters.speaker:
        chosen = set(queries.resolve_article(db, filters.article)) if filters.article else None
        needle = filters.search.casefold() if filters.search else None
        for c in queries.conflicts(db, verdict=filters.verdict):
            if chosen is not None and not chosen & {s["article"] for s in c["claims"]}:
                continue
            if needle and needle not in c["explanation"].casefold():
                continue
            out.append({"kind": "conflict", "id": c["id"], "article": c["claims"][0]["article"],
                        "label": c["explanation"], "verdict": c["verdict"], "type": c["type"],
                        "sides": [side["id"] for side in c["claims"]], "group": c["group"]})
    if "quote" in kinds:
        for q in queries.quotes(db, filters):
            out.append({"kind": "quote", "id": q["id"], "article": q["article"], "label": q["text"],
                        "verdict": q["verdict"], "speaker": q["speaker"] or q["speaker_mention"]})
    if "claim" in kinds and not filters.speaker:
        for c in queries.claims(db, filters):
            out.append({"kind": "claim", "id": c["id"], "article": c["article"], "label": c["text"],
                        "verdict": c["verdict"]})
    return out
