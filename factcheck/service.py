"""The domain API: everything the CLI, the review UI and the report writers do goes through here."""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from sqlite_utils import Database

from factcheck import __version__
from factcheck.models import VERDICTS, Article, Claim, Entity, Quote, Review, Value
from factcheck.store import connect, get_meta, set_meta
from factcheck.store import queries, reviews
from factcheck.store.db import StoreError
from factcheck.store.ids import assign_ids, text_hash
from factcheck.store.queries import Filters
from factcheck.store.writes import delete_article_rows, now, replace_groups, save_article, save_file

PIPELINE_VERSION = f"factcheck-{__version__}"
"""Stored with each file; a new version re-extracts everything on the next run."""

CONFLICT_RESOLUTIONS: tuple[str, ...] = ("first_correct", "second_correct", "both_wrong", "not_a_conflict")
"""What a reviewer can decide about a conflict (verdicts are for quotes and claims)."""

Progress = Callable[[str, int, int], None]
"""A progress callback: (stage, done, total)."""


class FactcheckError(Exception):
    """A problem a person can act on (bad id, unknown verdict, unreadable database)."""


@dataclass
class ExtractSummary:
    """What an extract run did."""

    files: int = 0
    unchanged: int = 0
    extracted: int = 0
    articles: int = 0
    quotes: int = 0
    claims: int = 0
    removed: int = 0
    problems: list[str] = field(default_factory=list)
    groups: int | None = None
    conflicts: int | None = None


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def open_db(path: str | Path | None = "claims.db", *, memory: bool = False) -> Database:
    """Open claims.db (created on first use) with the schema up to date."""
    try:
        return connect(path, memory=memory)
    except StoreError as error:
        raise FactcheckError(str(error)) from error


def default_reviewer() -> str:
    """The reviewer's name from FACTCHECK_REVIEWER, else the login name."""
    name = os.environ.get("FACTCHECK_REVIEWER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "reviewer"


# --- extraction -------------------------------------------------------------------------------------


def extract(
    db: Database,
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    force: bool = False,
    group: bool = True,
    model: str | None = None,
    progress: Progress = _no_progress,
) -> ExtractSummary:
    """Read files and folders into the database, re-extracting only what changed, then group."""
    from factcheck.ingest import IngestError, discover, file_hash, load_file_with_problems

    summary = ExtractSummary()
    found = list(discover([Path(p) for p in paths]))
    total = len(found)
    seen_paths: set[str] = set()
    for done, (path, problem) in enumerate(found, start=1):
        progress("extract", done - 1, total)
        if problem:
            summary.problems.append(f"{path}: {problem}")
            continue
        summary.files += 1
        key = str(path)
        seen_paths.add(key)
        try:
            digest = file_hash(path)
        except OSError as error:
            summary.problems.append(f"{path}: cannot read ({error.strerror or error})")
            continue
        previous = db.execute("select hash, pipeline, articles from files where path = ?", [key]).fetchone()
        if previous and previous[0] == digest and previous[1] == PIPELINE_VERSION and not force and not published:
            summary.unchanged += 1
            continue
        try:
            articles, problems = load_file_with_problems(path, published=published)
        except IngestError as error:
            summary.problems.append(str(error))
            _forget_file(db, key, previous)
            continue
        summary.problems.extend(problems)
        names = []
        for article in articles:
            try:
                counts = _extract_article(db, article)
            except Exception as error:  # one bad article must not stop the run
                summary.problems.append(f"{path}: {article.name}: extraction failed ({type(error).__name__}: {error})")
                continue
            names.append(article.name)
            summary.articles += 1
            summary.quotes += counts[0]
            summary.claims += counts[1]
        with db.atomic():
            old_names = set(json.loads(previous[2])) if previous and previous[2] else set()
            for stale in old_names - set(names):
                delete_article_rows(db, stale)
                summary.removed += 1
            save_file(db, {"path": key, "hash": digest, "size": path.stat().st_size, "mtime": path.stat().st_mtime,
                           "articles": json.dumps(names), "pipeline": PIPELINE_VERSION, "extracted_at": now(),
                           "problem": None if names else "no article"})
        summary.extracted += 1
    progress("extract", total, total)
    summary.removed += _drop_vanished_files(db, paths)
    if group:
        grouped_with = get_meta(db, "grouped_with")
        if summary.extracted or summary.removed or force or grouped_with is None or (model and grouped_with != model):
            result = group_statements(db, model=model, progress=progress)
            summary.groups, summary.conflicts = result
        else:
            counts = queries.counts(db)
            summary.groups, summary.conflicts = counts["groups"], counts["conflicts"]
    return summary


def _forget_file(db: Database, key: str, previous: tuple | None) -> None:
    """A file that can no longer be read loses its derived rows (reviews stay)."""
    with db.atomic():
        for stale in json.loads(previous[2]) if previous and previous[2] else []:
            delete_article_rows(db, stale)
        db.execute("delete from files where path = ?", [key])


def _drop_vanished_files(db: Database, paths: Sequence[str | Path]) -> int:
    """Articles of files that were inside a given folder but no longer exist are removed (reviews stay)."""
    folders = [Path(p).resolve() for p in paths if Path(p).is_dir()]
    removed = 0
    if not folders:
        return 0
    for key, names in db.execute("select path, articles from files").fetchall():
        file = Path(key)
        if file.exists() or not any(folder in file.resolve().parents for folder in folders):
            continue
        with db.atomic():
            for name in json.loads(names or "[]"):
                delete_article_rows(db, name)
                removed += 1
            db.execute("delete from files where path = ?", [key])
    return removed


def _extract_article(db: Database, article: Article) -> tuple[int, int]:
    """Extract one article and store it in one transaction."""
    from factcheck.nlp.extract import extract_text

    extraction = extract_text(article.text, language=article.language, published=article.published)
    extraction = assign_ids(extraction, article.name)
    with db.atomic():
        save_article(db, article, extraction)
    return len(extraction.quotes), len(extraction.claims)


def extract_text(text: str, *, language: str | None = None, published: str | None = None):
    """Quotes and claims of one text, as dataclasses with offsets into that text; no database involved."""
    from factcheck.nlp.extract import extract_text as _extract

    return _extract(text, language=language, published=published)


# --- grouping ---------------------------------------------------------------------------------------


def load_statements(db: Database) -> tuple[list[Quote | Claim], dict[str, Article]]:
    """All quotes and claims of the database as dataclasses, with the articles they come from."""
    articles = {a.name: a for a in _load_articles(db)}
    values: dict[str, list[Value]] = {}
    for item_id, vtype, text, start, end, value in db.execute(
        "select item_id, type, text, start, [end], value from [values] order by item_id, idx"
    ):
        values.setdefault(item_id, []).append(Value(vtype, text, start, end, json.loads(value)))
    entities: dict[str, list[Entity]] = {}
    for article, text, label, start, end, norm in db.execute(
        "select article, text, label, start, [end], norm from entities order by article, start"
    ):
        entities.setdefault(article, []).append(Entity(text, label, start, end, norm))
    items: list[Quote | Claim] = []
    for row in db.execute(
        """select id, article, text, start, [end], type, sentence, sentence_start, sentence_end, speaker,
        speaker_mention, speaker_start, speaker_end, cue, cue_start, cue_end from quotes order by article, start"""
    ):
        (qid, article, text, start, end, qtype, sentence, s_start, s_end, speaker, mention, sp_start, sp_end,
         cue, cue_start, cue_end) = row
        items.append(Quote(text, start, end, qtype, sentence, s_start, s_end, speaker, mention, sp_start, sp_end,
                           cue, cue_start, cue_end, tuple(values.get(qid, ())), qid, article))
    for cid, article, text, start, end, sentence, s_start, s_end in db.execute(
        "select id, article, text, start, [end], sentence, sentence_start, sentence_end from claims order by article, start"
    ):
        ents = tuple(e for e in entities.get(article, ()) if e.start >= start and e.end <= end)
        items.append(Claim(text, start, end, sentence, s_start, s_end, tuple(values.get(cid, ())), ents, cid, article))
    return items, articles


def _load_articles(db: Database) -> Iterator[Article]:
    from factcheck.models import DateCandidate

    for row in db.execute(
        """select name, path, text, title, outlet, url, published, published_source, published_candidates,
        language, content_hash, removed from articles"""
    ):
        (name, path, text, title, outlet, url, published, source, candidates, language, digest, removed) = row
        yield Article(name, path, text, title, outlet, url, published, source,
                      tuple(DateCandidate(**c) for c in json.loads(candidates or "[]")), language, digest,
                      tuple(json.loads(removed or "[]")))


def embed_texts(db: Database, texts: Sequence[str], *, model: str | None = None,
                progress: Progress = _no_progress):
    """Vectors for texts, encoding only those not yet cached in the database for this model."""
    import numpy as np

    from factcheck import embed

    loaded = embed.load_model(model)
    model_key = embed.model_id(loaded)
    hashes = [text_hash(t) for t in texts]
    cached: dict[str, np.ndarray] = {}
    unique = list(dict.fromkeys(hashes))
    for start in range(0, len(unique), 900):
        chunk = unique[start:start + 900]
        for digest, vector in db.execute(
            f"select text_hash, vector from embeddings where model = ? and text_hash in ({','.join('?' * len(chunk))})",
            [model_key, *chunk],
        ):
            cached[digest] = np.frombuffer(vector, dtype=np.float32)
    missing = [(h, t) for h, t in dict(zip(hashes, texts)).items() if h not in cached]
    batch = 256
    for start in range(0, len(missing), batch):
        progress("embed", start, len(missing))
        part = missing[start:start + batch]
        vectors = embed.encode(loaded, [t for _, t in part])
        with db.atomic():
            db["embeddings"].insert_all(
                ({"model": model_key, "text_hash": h, "dims": int(v.shape[0]), "vector": v.astype(np.float32).tobytes()}
                 for (h, _), v in zip(part, vectors)),
                pk=("model", "text_hash"),
                replace=True,
            )
        for (h, _), v in zip(part, vectors):
            cached[h] = v.astype(np.float32)
    progress("embed", len(missing), len(missing))
    if not texts:
        return np.zeros((0, 1), dtype=np.float32), model_key
    return np.vstack([cached[h] for h in hashes]), model_key


def group_statements(db: Database, *, model: str | None = None,
                     progress: Progress = _no_progress) -> tuple[int, int]:
    """Group matching quotes and claims across articles and find the conflicts in each group."""
    from factcheck.conflicts import find_conflicts
    from factcheck.match import group_statements as _group
    from factcheck.match import threshold_for

    items, articles = load_statements(db)
    vectors, model_key = embed_texts(db, [i.text for i in items], model=model, progress=progress)
    progress("group", 0, 1)
    groups = _group(items, vectors, articles=articles, threshold=threshold_for(model_key)) if items else []
    by_id = {i.id: i for i in items}
    found = []
    for number, grp in enumerate(groups):
        progress("conflicts", number, len(groups))
        found.extend(find_conflicts(grp, by_id, articles=articles))
    with db.atomic():
        replace_groups(db, groups, found)
        set_meta(db, "grouped_with", model or "default")
        set_meta(db, "embedding_model", model_key)
    progress("conflicts", len(groups), len(groups))
    return len(groups), len(found)


# --- listings ---------------------------------------------------------------------------------------


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


def get_conflict(db: Database, conflict_id: str) -> dict | None:
    """One conflict with both sides, or None."""
    return next(queries.conflicts(db, conflict_id=conflict_id), None)


def list_conflicts(db: Database, *, item_id: str | None = None, type: str | None = None,
                   verdict: str | None = None) -> Iterator[dict]:
    """Conflicts with both sides and the explanation."""
    return queries.conflicts(db, item_id=item_id, type=type, verdict=verdict)


def get_item(db: Database, item_id: str) -> dict:
    """One quote, claim or conflict with its review; raises FactcheckError for an unknown id."""
    record = queries.item(db, item_id)
    if record is None:
        raise FactcheckError(f"no quote, claim or conflict with id {item_id!r} (see `factcheck quotes`/`claims`)")
    return record


def item_detail(db: Database, item_id: str) -> dict:
    """An item with its article metadata, the other members of its group and the conflicts it is in."""
    record = get_item(db, item_id)
    if record["kind"] == "conflict":
        record["group_detail"] = next(queries.groups(db, group_id=record["group"]), None)
        return record
    article = next(iter(queries.articles(db, Filters(article=record["article"]))), None)
    record["article_info"] = article
    record["group_detail"] = queries.group_of(db, item_id)
    record["conflicts"] = list(queries.conflicts(db, item_id=item_id))
    return record


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


# --- reviewing --------------------------------------------------------------------------------------


def _snapshot(record: dict) -> dict:
    keep = ("kind", "article", "text", "sentence", "start", "end", "speaker", "type", "explanation")
    return {k: record.get(k) for k in keep if k in record}


def _check_verdict(kind: str, verdict: str | None) -> None:
    if verdict is None:
        return
    allowed = CONFLICT_RESOLUTIONS if kind == "conflict" else VERDICTS
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
    reviews.apply_changes(
        db,
        [reviews.ReviewChange(t["id"], t["kind"], changes, _snapshot(t)) for t in targets],
        reviewer=reviewer,
    )
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
    return reviews.undo(db, reviewer=reviewer or default_reviewer())


def redo(db: Database, *, reviewer: str | None = None) -> list[str]:
    """Redo the reviewer's last undone action; returns the ids it touched."""
    return reviews.redo(db, reviewer=reviewer or default_reviewer())


def history(db: Database, item_id: str | None = None, *, limit: int | None = None) -> list[dict]:
    """The append-only review history, newest first."""
    return reviews.history(db, item_id, limit=limit)


def get_review(db: Database, item_id: str) -> Review | None:
    """The current review of an item."""
    return reviews.get_review(db, item_id)


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
        for c in queries.conflicts(db, verdict=filters.verdict):
            if filters.article and not any(s["article"].startswith(filters.article) for s in c["claims"]):
                continue
            if filters.search and filters.search.casefold() not in c["explanation"].casefold():
                continue
            out.append({"kind": "conflict", "id": c["id"], "article": c["claims"][0]["article"],
                        "label": c["explanation"], "verdict": c["verdict"], "type": c["type"],
                        "sides": [side["id"] for side in c["claims"]]})
    if "quote" in kinds:
        for q in queries.quotes(db, filters):
            out.append({"kind": "quote", "id": q["id"], "article": q["article"], "label": q["text"],
                        "verdict": q["verdict"], "speaker": q["speaker"] or q["speaker_mention"]})
    if "claim" in kinds and not filters.speaker:
        for c in queries.claims(db, filters):
            out.append({"kind": "claim", "id": c["id"], "article": c["article"], "label": c["text"],
                        "verdict": c["verdict"]})
    return out
