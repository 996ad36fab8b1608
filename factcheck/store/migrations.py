"""Numbered schema migrations of claims.db, declared as sqlite-utils column dicts."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("factcheck")


@migrations()
def m001_articles(db: Database) -> None:
    """Source files and the cleaned articles read from them."""
    db["files"].create(
        {
            "path": str,
            "hash": str,
            "size": int,
            "mtime": float,
            "articles": str,
            "pipeline": str,
            "extracted_at": str,
            "problem": str,
        },
        pk="path",
    )
    db["articles"].create(
        {
            "name": str,
            "path": str,
            "title": str,
            "outlet": str,
            "url": str,
            "published": str,
            "published_source": str,
            "published_candidates": str,
            "language": str,
            "content_hash": str,
            "text": str,
            "removed": str,
            "extracted_at": str,
        },
        pk="name",
    )
    db["sentences"].create(
        {"id": str, "article": str, "idx": int, "text": str, "start": int, "end": int},
        pk="id",
        foreign_keys=[("article", "articles", "name")],
    )
    db["sentences"].create_index(["article"])


@migrations()
def m002_statements(db: Database) -> None:
    """Quotes, claims, their typed values and the named entities of each article."""
    db["quotes"].create(
        {
            "id": str,
            "article": str,
            "text": str,
            "start": int,
            "end": int,
            "type": str,
            "sentence": str,
            "sentence_start": int,
            "sentence_end": int,
            "speaker": str,
            "speaker_mention": str,
            "speaker_start": int,
            "speaker_end": int,
            "cue": str,
            "cue_start": int,
            "cue_end": int,
        },
        pk="id",
        foreign_keys=[("article", "articles", "name")],
    )
    db["claims"].create(
        {
            "id": str,
            "article": str,
            "text": str,
            "start": int,
            "end": int,
            "sentence": str,
            "sentence_start": int,
            "sentence_end": int,
        },
        pk="id",
        foreign_keys=[("article", "articles", "name")],
    )
    db["values"].create(
        {
            "item_id": str,
            "idx": int,
            "article": str,
            "type": str,
            "text": str,
            "start": int,
            "end": int,
            "value": str,
        },
        pk=("item_id", "idx"),
        foreign_keys=[("article", "articles", "name")],
    )
    db["entities"].create(
        {"article": str, "start": int, "end": int, "text": str, "label": str, "norm": str},
        pk=("article", "start", "end"),
        foreign_keys=[("article", "articles", "name")],
    )
    for table in ("quotes", "claims", "values", "entities"):
        db[table].create_index(["article"])
    db["quotes"].create_index(["speaker"])


@migrations()
def m003_groups(db: Database) -> None:
    """Embeddings cache, groups of matching statements and conflicts between them (all derived)."""
    db["embeddings"].create(
        {"model": str, "text_hash": str, "dims": int, "vector": bytes},
        pk=("model", "text_hash"),
    )
    db["groups"].create({"id": str, "kind": str, "score": float, "size": int}, pk="id")
    db["group_members"].create(
        {"group_id": str, "item_id": str, "kind": str, "article": str},
        pk=("group_id", "item_id"),
        foreign_keys=[("group_id", "groups", "id")],
    )
    db["group_members"].create_index(["item_id"])
    db["conflicts"].create(
        {
            "id": str,
            "type": str,
            "group_id": str,
            "explanation": str,
            "item_a": str,
            "item_b": str,
            "side_a": str,
            "side_b": str,
            "diff": str,
        },
        pk="id",
    )
    db["conflicts"].create_index(["item_a"])
    db["conflicts"].create_index(["item_b"])


@migrations()
def m004_reviews(db: Database) -> None:
    """The reviewer's work: current decisions and an append-only history; never deleted by extraction."""
    db["reviews"].create(
        {
            "item_id": str,
            "kind": str,
            "verdict": str,
            "note": str,
            "evidence": str,
            "reviewer": str,
            "updated": str,
            "snapshot": str,
        },
        pk="item_id",
    )
    db["reviews"].create_index(["verdict"])
    db["review_history"].create(
        {
            "id": int,
            "batch": str,
            "item_id": str,
            "kind": str,
            "action": str,
            "ref": str,
            "before": str,
            "after": str,
            "reviewer": str,
            "at": str,
        },
        pk="id",
    )
    db["review_history"].create_index(["item_id"])
    db["review_history"].create_index(["reviewer"])


@migrations()
def m005_meta(db: Database) -> None:
    """Key/value settings of the database (embedding model used for the current groups, ...)."""
    db["meta"].create({"key": str, "value": str}, pk="key")


@migrations()
def m006_facts(db: Database) -> None:
    """Stories (one per event), fact mentions (one per compared value), facts across outlets (all derived), and
    conflicts with any number of sides."""
    db["stories"].create(
        {"id": str, "label": str, "articles": str, "event_start": str, "event_end": str, "size": int}, pk="id"
    )
    db["mentions"].create(
        {
            "id": str,
            "fact_id": str,
            "story": str,
            "article": str,
            "item_id": str,
            "type": str,
            "text": str,
            "start": int,
            "end": int,
            "value": str,
            "sentence": str,
            "sentence_start": int,
            "measures": str,
            "noun": str,
            "source": str,
            "modality": str,
            "subject": str,
            "scope": str,
            "clause": str,
            "context": str,
            "cluster": int,
        },
        pk="id",
    )
    for column in ("fact_id", "article", "item_id"):
        db["mentions"].create_index([column])
    db["facts"].create(
        {
            "id": str,
            "story": str,
            "type": str,
            "measures": str,
            "source": str,
            "modality": str,
            "agree": int,
            "size": int,
            "outlets": int,
        },
        pk="id",
    )
    db["facts"].create_index(["story"])
    db["conflicts"].add_column("sides", str)
    db["conflicts"].add_column("fact_id", str)


@migrations()
def m007_outlet_source(db: Database) -> None:
    """Where an article's outlet name came from (html, json, sidecar, folder metadata, url, outlet line, agency tag,
    file name, none)."""
    if "outlet_source" not in db["articles"].columns_dict:
        db["articles"].add_column("outlet_source", str)
