"""The reviewer's work: current decisions plus an append-only history with undo and redo."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from sqlite_utils import Database

from factcheck.models import Review
from factcheck.store.writes import now

REVIEW_FIELDS = ("verdict", "note", "evidence")


@dataclass(frozen=True)
class ReviewChange:
    """One item's change inside an action: its id, kind, and what it should become."""

    item_id: str
    kind: str
    changes: Mapping[str, str | None]
    snapshot: Mapping[str, Any]


def get_review(db: Database, item_id: str) -> Review | None:
    """The current decision on an item, or None when nobody has reviewed it."""
    row = db.execute(
        "select item_id, verdict, note, evidence, reviewer, updated from reviews where item_id = ?", [item_id]
    ).fetchone()
    return Review(*row) if row else None


def _state(db: Database, item_id: str) -> dict[str, str | None]:
    row = db.execute("select verdict, note, evidence from reviews where item_id = ?", [item_id]).fetchone()
    return dict(zip(REVIEW_FIELDS, row)) if row else {f: None for f in REVIEW_FIELDS}


def _write_state(db: Database, item_id: str, kind: str, state: Mapping[str, str | None], reviewer: str | None,
                 at: str, snapshot: Mapping[str, Any] | None) -> None:
    existing = db.execute("select snapshot from reviews where item_id = ?", [item_id]).fetchone()
    snap = json.dumps(dict(snapshot), ensure_ascii=False) if snapshot else (existing[0] if existing else None)
    db["reviews"].upsert(
        {"item_id": item_id, "kind": kind, **{f: state.get(f) for f in REVIEW_FIELDS}, "reviewer": reviewer,
         "updated": at, "snapshot": snap},
        pk="item_id",
    )


def apply_changes(db: Database, changes: Iterable[ReviewChange], *, reviewer: str | None) -> str:
    """Apply one reviewer action (one or many items) in a transaction; returns the history batch id."""
    batch = uuid.uuid4().hex[:16]
    at = now()
    with db.atomic():
        for change in changes:
            before = _state(db, change.item_id)
            after = {**before, **{k: v for k, v in change.changes.items() if k in REVIEW_FIELDS}}
            _write_state(db, change.item_id, change.kind, after, reviewer, at, change.snapshot)
            db["review_history"].insert(
                {"batch": batch, "item_id": change.item_id, "kind": change.kind, "action": "set", "ref": None,
                 "before": json.dumps(before), "after": json.dumps(after), "reviewer": reviewer, "at": at},
                pk="id",
            )
    return batch


def _stacks(db: Database, reviewer: str | None) -> tuple[list[str], list[str]]:
    """Replay a reviewer's history into (done, undone) stacks of batch ids."""
    done: list[str] = []
    undone: list[str] = []
    rows = db.execute(
        "select batch, action, ref from review_history where reviewer is ? group by batch order by min(id)",
        [reviewer],
    ).fetchall()
    for batch, action, ref in rows:
        if action == "set":
            done.append(batch)
            undone.clear()
        elif action == "undo" and ref in done:
            done.remove(ref)
            undone.append(ref)
        elif action == "redo" and ref in undone:
            undone.remove(ref)
            done.append(ref)
    return done, undone


def _replay(db: Database, target: str, *, action: str, reviewer: str | None) -> list[str]:
    rows = db.execute(
        "select item_id, kind, before, after from review_history where batch = ? and action = 'set' order by id",
        [target],
    ).fetchall()
    at = now()
    batch = uuid.uuid4().hex[:16]
    items = []
    with db.atomic():
        for item_id, kind, before, after in (rows if action == "redo" else reversed(rows)):
            current = _state(db, item_id)
            state = json.loads(after if action == "redo" else before)
            _write_state(db, item_id, kind, state, reviewer, at, None)
            db["review_history"].insert(
                {"batch": batch, "item_id": item_id, "kind": kind, "action": action, "ref": target,
                 "before": json.dumps(current), "after": json.dumps(state), "reviewer": reviewer, "at": at},
                pk="id",
            )
            items.append(item_id)
    return items


def undo(db: Database, *, reviewer: str | None) -> list[str]:
    """Undo the reviewer's last action; returns the item ids it touched (empty when nothing to undo)."""
    done, _ = _stacks(db, reviewer)
    return _replay(db, done[-1], action="undo", reviewer=reviewer) if done else []


def redo(db: Database, *, reviewer: str | None) -> list[str]:
    """Redo the reviewer's last undone action; returns the item ids it touched."""
    _, undone = _stacks(db, reviewer)
    return _replay(db, undone[-1], action="redo", reviewer=reviewer) if undone else []


def history(db: Database, item_id: str | None = None, *, limit: int | None = None) -> list[dict]:
    """History rows, newest first, for one item or all."""
    sql = "select id, batch, item_id, kind, action, ref, before, after, reviewer, at from review_history"
    params: list[Any] = []
    if item_id:
        sql += " where item_id = ?"
        params.append(item_id)
    sql += " order by id desc"
    if limit:
        sql += f" limit {int(limit)}"
    cols = ["id", "batch", "item_id", "kind", "action", "ref", "before", "after", "reviewer", "at"]
    out = []
    for row in db.execute(sql, params).fetchall():
        record = dict(zip(cols, row))
        record["before"] = json.loads(record["before"])
        record["after"] = json.loads(record["after"])
        out.append(record)
    return out


def move_reviews(db: Database, pairs: Iterable[tuple[str, str]], *, article: str | None) -> int:
    """Give the reviews of old statement ids to new ids (a renamed article); the history follows, with a
    "moved" entry naming the old id. A new id that already has a review keeps it. Returns how many moved."""
    moved = 0
    at = now()
    for old_id, new_id in pairs:
        if old_id == new_id:
            continue
        row = db.execute("select kind, snapshot from reviews where item_id = ?", [old_id]).fetchone()
        if row is None or db.execute("select 1 from reviews where item_id = ?", [new_id]).fetchone():
            continue
        snapshot = json.loads(row[1] or "{}")
        if article is not None:
            snapshot["article"] = article
        state = _state(db, old_id)
        db.execute("update reviews set item_id = ?, snapshot = ? where item_id = ?",
                   [new_id, json.dumps(snapshot, ensure_ascii=False), old_id])
        db.execute("update review_history set item_id = ? where item_id = ?", [new_id, old_id])
        db["review_history"].insert(
            {"batch": uuid.uuid4().hex[:16], "item_id": new_id, "kind": row[0], "action": "moved", "ref": old_id,
             "before": json.dumps(state), "after": json.dumps(state), "reviewer": None, "at": at},
            pk="id",
        )
        moved += 1
    return moved
