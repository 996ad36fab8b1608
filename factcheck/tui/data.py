"""Worker-side reads and writes for the review desk; each takes its thread's own connection."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from sqlite_utils import Database

from factcheck import service
from factcheck.models import VERDICTS
from factcheck.store.queries import Filters

KINDS: tuple[str, ...] = ("all", "conflict", "quote", "claim")
"""What the queue can be narrowed to."""

STATUSES: tuple[str, ...] = ("all", "unreviewed", "reviewed", *VERDICTS, *service.CONFLICT_RESOLUTIONS)
"""Review states the queue can be narrowed to."""

PAGE = 20_000
"""Statements fetched per batch, so the first rows show before a large queue is fully read."""


@dataclass(frozen=True)
class View:
    """What the reviewer asked the queue to show."""

    kind: str = "all"
    status: str = "all"
    article: str | None = None
    speaker: str | None = None
    search: str | None = None

    def describe(self) -> str:
        """A short text of the active filters, for the status line."""
        parts = [self.kind + "s" if self.kind != "all" else "", "" if self.status == "all" else self.status,
                 f"article {self.article}" if self.article else "", f"speaker {self.speaker}" if self.speaker else "",
                 f"“{self.search}”" if self.search else ""]
        return ", ".join(p for p in parts if p) or "everything"


def _filters(view: View, verdict: str | None) -> Filters:
    return Filters(article=view.article or None, speaker=view.speaker or None, verdict=verdict,
                   search=view.search or None)


def queue_batches(db: Database, view: View, *, page: int = PAGE) -> Iterator[list[dict]]:
    """The queue for a view in batches: conflicts first, then quotes, then claims (paged)."""
    status = None if view.status == "all" else view.status
    kinds = ("conflict", "quote", "claim") if view.kind == "all" else (view.kind,)
    if "conflict" in kinds and status not in VERDICTS and not view.speaker:
        yield conflict_records(db, view, status)
    if status in service.CONFLICT_RESOLUTIONS:
        return
    for kind in ("quote", "claim"):
        if kind not in kinds:
            continue
        offset = 0
        while True:
            filters = replace(_filters(view, status), limit=page, offset=offset)
            records = service.queue(db, filters, kinds=(kind,))
            yield records
            if len(records) < page:
                break
            offset += page


def conflict_records(db: Database, view: View, status: str | None) -> list[dict]:
    """Queue records of the conflicts a view shows (the service's queue, conflicts only)."""
    return service.queue(db, _filters(view, status), kinds=("conflict",))


HISTORY = 6
"""How many of an item's latest history entries the detail pane lists."""

CONTEXT_CHARS = 320
"""How much article text around a statement's sentence the detail pane shows, at most, on each side."""


def surrounding(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence before and the sentence after [start, end) in the same paragraph (trimmed to whole sentences)."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    before = before.rsplit("\n", 1)[-1]
    cut = max(before.rfind(mark, 0, max(len(before) - 2, 0)) for mark in (". ", "? ", "! ", "“ ", "« "))
    if cut >= 0:
        before = before[cut + 2:]
    after = text[end:end + CONTEXT_CHARS].split("\n", 1)[0]
    stops = [after.find(mark, 1) for mark in (". ", "? ", "! ")]
    stops = [s for s in stops if s > 0]
    if stops:
        after = after[:min(stops) + 1]
    return before, after


def detail(db: Database, item: dict) -> dict:
    """A queue item with its context, article, group and conflicts (direct lookups by id)."""
    if item["kind"] == "conflict" and item.get("sides"):
        record = service.get_conflict(db, item["id"])
        record["kind"] = "conflict"
        record["group_detail"] = service.get_group(db, record["group"])
        names = {side["article"] for side in record["claims"]}
        record["articles"] = {name: service.get_article(db, name) for name in names}
        record["history"] = service.history(db, item["id"], limit=HISTORY)
        return record
    if item["kind"] == "conflict":
        return service.item_detail(db, item["id"])
    record = service.get_item(db, item["id"])
    record["context"] = surrounding(service.article_text(db, record["article"]), record["sentence_start"],
                                    record["sentence_end"])
    record["article_info"] = service.get_article(db, record["article"])
    record["group_detail"], *record["other_groups"] = service.groups_of(db, item["id"]) or [None]
    record["conflicts"] = list(service.list_conflicts(db, item_id=item["id"]))
    record["history"] = service.history(db, item["id"], limit=HISTORY)
    return record


def review_state(db: Database, item_ids: list[str]) -> dict[str, dict]:
    """The current verdict, note and evidence of each item."""
    states = {}
    for item_id in item_ids:
        found = service.get_review(db, item_id)
        states[item_id] = {"verdict": found.verdict if found else None, "note": found.note if found else None,
                           "evidence": found.evidence if found else None,
                           "reviewer": found.reviewer if found else None, "updated": found.updated if found else None}
    return states


def write(db: Database, action: str, item_id: str | None, reviewer: str, changes: dict,
          apply_to_group: bool) -> dict[str, dict]:
    """Do one reviewer action (review, undo, redo) and return the new state of every item it touched."""
    if action == "undo":
        touched = service.undo(db, reviewer=reviewer)
    elif action == "redo":
        touched = service.redo(db, reviewer=reviewer)
    else:
        assert item_id is not None
        done = service.review(db, item_id, reviewer=reviewer, apply_to_group=apply_to_group, **changes)
        touched = [r.item_id for r in done]
    return review_state(db, touched)
