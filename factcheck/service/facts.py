"""Facts across outlets, read for people: per story, rows = facts, columns = outlets, cells = values as written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from sqlite_utils import Database

from factcheck.conflicts import article_label
from factcheck.facts import readable, scope_name, subject_name, what_label
from factcheck.service.common import FactcheckError
from factcheck.store import queries


def list_stories(db: Database) -> list[dict]:
    """Stories (one per event), largest first, each with its articles."""
    return list(queries.stories(db))


def list_facts(db: Database, *, story: str | None = None, disagreeing: bool = False) -> Iterator[dict]:
    """Facts as JSON-ready records: id, story, measures, subject (the person every figure is about, as written,
    or None), scope (the place or scope every figure is restricted to, readable, or None), event, event_label
    (the event's dates as a heading shows them), source, modality, type, agree, verdict, verdict_text, members
    (article, outlet, text as written, sentence, normalised value, offsets, value cluster)."""
    labels: dict[str, str | None] = {}
    for record in queries.facts(db, story=story, disagreeing=disagreeing):
        fact = _public(record)
        if fact["story"] not in labels:
            labels[fact["story"]] = _event_label(db, fact["story"], fact["event"])
        fact["event_label"] = labels[fact["story"]]
        yield fact


def get_fact(db: Database, fact_id: str) -> dict:
    """One fact; raises FactcheckError for an unknown id."""
    found = list(queries.facts(db, fact_id=fact_id))
    if not found:
        raise FactcheckError(f"no fact with id {fact_id!r} (see `factcheck facts`)")
    fact = _public(found[0])
    fact["event_label"] = _event_label(db, fact["story"], fact["event"])
    return fact


def _public(record: dict) -> dict:
    members = [{"article": m["article"], "outlet": m["outlet"], "text": m["text"], "sentence": m["sentence"],
                "value": m["value"], "start": m["start"], "end": m["end"], "item": m["item_id"],
                "cluster": m["cluster"]} for m in record["members"]]
    return {"id": record["id"], "story": record["story"], "story_label": record["story_label"],
            "measures": readable(record["measures"]), "scope": scope_name(m["scope"] for m in record["members"]),
            "subject": subject_name([m["subject"] for m in record["members"]],
                                    [m["sentence"] for m in record["members"]]),
            "event": record["event"],
            "source": readable(record["source"]) if record["source"] else None, "modality": record["modality"],
            "type": record["type"], "agree": record["agree"], "members": members,
            "verdict": record["verdict"], "verdict_text": verdict_text(record["verdict"], members),
            "note": record["note"], "reviewer": record["reviewer"]}


def verdict_text(verdict: str | None, members: list[dict]) -> str:
    """A fact verdict as a reader understands it: "value 1 right: Mindestens sieben / Around seven" (the value
    as the outlets of that cluster write it), "none right", "unverifiable", "not one fact"; "" when none."""
    if not verdict:
        return ""
    if verdict.startswith("value_") and verdict[6:].isdigit():
        n = int(verdict[6:])
        written = list(dict.fromkeys(m["text"] for m in members if m.get("cluster") == n - 1))
        return f"value {n} right" + (f": {' / '.join(written[:2])}" if written else "")
    return verdict.replace("_", " ")


def fact_what(fact: dict) -> str:
    """What a fact (a record of ``list_facts``) measures as its row heading says it: the measure, with the person
    every figure is about and the place every figure is restricted to ("price (Paul Pogba)", "dead
    (Brandenburg)")."""
    return what_label(fact["measures"], fact.get("subject"), fact.get("scope"))


def outlet_of(member: dict) -> str:
    """The column a member belongs to: its outlet, else its file as explanations name it ("002", "bbc_en")."""
    if member.get("outlet"):
        return str(member["outlet"])
    return article_label(str(member["article"]), {})


@dataclass
class FactsTable:
    """One story's facts as a grid: ``cells[row][outlet]`` lists (value as written, disagrees) pairs."""

    story: str
    label: str
    event: str | None
    outlets: list[str]
    rows: list[dict] = field(default_factory=list)
    cells: list[dict[str, list[tuple[str, bool]]]] = field(default_factory=list)


def facts_tables(db: Database, *, story: str | None = None, disagreeing: bool = False) -> list[FactsTable]:
    """Per story, the facts table: rows = facts (what, event, whose figure), columns = outlets, cells = the
    values as written; a value is marked when it is not in the fact's largest agreeing cluster."""
    tables: dict[str, FactsTable] = {}
    for fact in list_facts(db, story=story, disagreeing=disagreeing):
        table = tables.get(fact["story"])
        if table is None:
            table = tables[fact["story"]] = FactsTable(fact["story"], fact["story_label"] or fact["story"],
                                                       fact["event_label"], [])
        cells: dict[str, list[tuple[str, bool]]] = {}
        for m in fact["members"]:
            outlet = outlet_of(m)
            if outlet not in table.outlets:
                table.outlets.append(outlet)
            cells.setdefault(outlet, []).append((m["text"], not fact["agree"] and m["cluster"] != 0))
        table.rows.append(fact)
        table.cells.append(cells)
    return list(tables.values())


def _event_label(db: Database, story: str, event: str | None) -> str | None:
    """The event's dates as a heading shows them, saying how many of the story's articles are dated when not
    all are (one dated archive page among undated scraped texts dates the story by itself)."""
    if not event:
        return event
    found = next(queries.stories(db, story_id=story), None)
    names = found["articles"] if found else []
    if not names:
        return event
    dated = queries.dated_count(db, names)
    return event if dated == len(names) else f"{event}; {dated} of {len(names)} articles dated"
