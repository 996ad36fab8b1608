"""Reviewing: verdicts, notes and evidence with an append-only history, undo and redo."""

from __future__ import annotations

from sqlite_utils import Database

from factcheck.models import VERDICTS, Review
from factcheck.service.common import FactcheckError, default_reviewer, require_writable
from factcheck.service.reading import get_item
from factcheck.store import queries, reviews
from factcheck.store.db import retry_busy

CONFLICT_RESOLUTIONS: tuple[str, ...] = ("first_correct", "second_correct", "both_wrong", "not_a_conflict")
"""What a reviewer can decide about a conflict (verdicts are for quotes and claims)."""


def _snapshot(record: dict) -> dict:
    keep = ("kind", "article", "text", "sentence", "start", "end", "speaker", "type", "explanation")
    return {k: record.get(k) for k in keep if k in record}


FACT_VERDICTS: tuple[str, ...] = (*(f"value_{n}" for n in range(1, 10)), "none_right", "unverifiable",
                                   "not_one_fact")
"""What a reviewer can decide about a fact: which value cluster is right (value_1 = the one most outlets give,
in the order `factcheck facts` shows them), none of them, cannot tell, or the mentions are not one fact."""


def _check_verdict(kind: str, verdict: str | None) -> None:
    if verdict is None:
        return
    allowed = {"conflict": CONFLICT_RESOLUTIONS, "fact": FACT_VERDICTS}.get(kind, VERDICTS)
    if verdict not in allowed:
        raise FactcheckError(f"unknown verdict {verdict!r} for a {kind}; use one of: {', '.join(allowed)}")


KEEP = object()
"""Default of :func:`review`'s fields: leave the field as it is (None clears it)."""


def review(
    db: Database,
    item_id: str,
    *,
    verdict: str | None | object = KEEP,
    note: str | None | object = KEEP,
    evidence: str | None | object = KEEP,
    reviewer: str | None = None,
    apply_to_group: bool = False,
) -> list[Review]:
    """Record a reviewer's verdict, note or evidence for an item (or its whole group) as one undoable action."""
    require_writable(db)
    record = get_item(db, item_id)
    changes = {k: v for k, v in (("verdict", verdict), ("note", note), ("evidence", evidence)) if v is not KEEP}
    if "verdict" in changes:
        _check_verdict(record["kind"], changes["verdict"])
    targets = [record]
    if apply_to_group and record["kind"] != "conflict":
        group = queries.group_of(db, item_id)
        if group:
            targets += [get_item(db, m["id"]) for m in group["members"] if m["id"] != item_id]
    reviewer = reviewer or default_reviewer()
    batch = [reviews.ReviewChange(t["id"], t["kind"], changes, _snapshot(t)) for t in targets]
    retry_busy(lambda: reviews.apply_changes(db, batch, reviewer=reviewer))
    return [r for r in (reviews.get_review(db, t["id"]) for t in targets) if r is not None]


def set_verdict(db: Database, item_id: str, verdict: str | None, *, note: str | None = None,
                evidence: str | None = None, reviewer: str | None = None,
                apply_to_group: bool = False) -> list[Review]:
    """Set (or with None clear) a verdict, optionally with note and evidence, for an item or its whole group."""
    kwargs = {"verdict": verdict}
    if note is not None:
        kwargs["note"] = note
    if evidence is not None:
        kwargs["evidence"] = evidence
    return review(db, item_id, reviewer=reviewer, apply_to_group=apply_to_group, **kwargs)


def undo(db: Database, *, reviewer: str | None = None) -> list[str]:
    """Undo the reviewer's last action; returns the ids it touched."""
    require_writable(db)
    return retry_busy(lambda: reviews.undo(db, reviewer=reviewer or default_reviewer()))


def redo(db: Database, *, reviewer: str | None = None) -> list[str]:
    """Redo the reviewer's last undone action; returns the ids it touched."""
    require_writable(db)
    return retry_busy(lambda: reviews.redo(db, reviewer=reviewer or default_reviewer()))


def history(db: Database, item_id: str | None = None, *, limit: int | None = None) -> list[dict]:
    """The append-only review history, newest first."""
    return reviews.history(db, item_id, limit=limit)


def get_review(db: Database, item_id: str) -> Review | None:
    """The current review of an item."""
    return reviews.get_review(db, item_id)
