"""A small hand-built claims database (no NLP, no model) for tests of the store, service, UI and reports."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from factcheck import service
from factcheck.models import (
    Article,
    Claim,
    Conflict,
    ConflictSide,
    Entity,
    Extraction,
    Group,
    Member,
    Quote,
    Sentence,
    Value,
)
from factcheck.store.ids import assign_ids
from factcheck.store.writes import replace_groups, save_article

TEXTS = {
    "000_welt.txt": (
        "Putin trifft Kim\n\n"
        "Die knapp zweistündigen Gespräche bezeichnete Kim als „sehr substanziell“. "
        "„Ich freue mich, sie hier zu sehen“, sagte Kreml-Chef Wladimir Putin."
    ),
    "002_dpa.txt": (
        "Kim trifft Putin in Wladiwostok\n\n"
        "Insgesamt sollen die Gespräche laut Nachrichtenagentur Interfax vier Stunden dauern. "
        "„Ich freue mich, Sie hier zu sehen“, sagte der Kremlchef. <script>alert('x')</script>"
    ),
    "004_wostotschny.txt": (
        "Treffen in Wostotschny\n\n"
        "„Wir werden über alle Themen sprechen, ohne Eile“, sagte Putin am Mittwoch."
    ),
}
META = {
    "000_welt.txt": ("Putin trifft Kim", "Welt", "2019-04-25"),
    "002_dpa.txt": ("Kim trifft Putin in Wladiwostok", "dpa", "2019-04"),
    "004_wostotschny.txt": ("Treffen in Wostotschny", "ORF", "2023-09-13"),
}


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _sentence(text: str, needle: str) -> Sentence:
    start = text.index(needle)
    end = start + len(needle)
    return Sentence(text[start:end], start, end)


def _extractions() -> dict[str, Extraction]:
    t0, t2, t4 = (TEXTS[k] for k in ("000_welt.txt", "002_dpa.txt", "004_wostotschny.txt"))
    s0a = _sentence(t0, "Die knapp zweistündigen Gespräche bezeichnete Kim als „sehr substanziell“.")
    s0b = _sentence(t0, "„Ich freue mich, sie hier zu sehen“, sagte Kreml-Chef Wladimir Putin.")
    s2a = _sentence(t2, "Insgesamt sollen die Gespräche laut Nachrichtenagentur Interfax vier Stunden dauern.")
    s2b = _sentence(t2, "„Ich freue mich, Sie hier zu sehen“, sagte der Kremlchef. <script>alert('x')</script>")
    s4 = _sentence(t4, "„Wir werden über alle Themen sprechen, ohne Eile“, sagte Putin am Mittwoch.")

    def quote(text, s, quote_text, qtype, speaker, mention, cue):
        qs, qe = _span(text, quote_text)
        ms, me = _span(text, mention)
        cs, ce = _span(text, cue)
        return Quote(quote_text, qs, qe, qtype, s.text, s.start, s.end, speaker, mention, ms, me, cue, cs, ce)

    def value(text, vtype, surface, normalised):
        start, end = _span(text, surface)
        return Value(vtype, surface, start, end, normalised)

    d0 = value(t0, "duration", "knapp zweistündigen", {"seconds": 7200, "min": 6000, "max": 7200, "hedge": "just_under"})
    d2 = value(t2, "duration", "vier Stunden", {"seconds": 14400, "min": 14400, "max": 14400, "hedge": "exact"})
    e0 = Entity("Kim", "PER", *_span(t0, "Kim als"[:3]), "Kim Jong Un")
    e2 = Entity("Interfax", "ORG", *_span(t2, "Interfax"), "Interfax")
    return {
        "000_welt.txt": Extraction(
            "de",
            (Sentence(t0[:16], 0, 16), s0a, s0b),
            (
                quote(t0, s0a, "sehr substanziell", "partial", "Kim Jong Un", "Kim", "bezeichnete"),
                quote(t0, s0b, "Ich freue mich, sie hier zu sehen", "direct", "Wladimir Putin",
                      "Kreml-Chef Wladimir Putin", "sagte"),
            ),
            (Claim(s0a.text, s0a.start, s0a.end, s0a.text, s0a.start, s0a.end, (d0,), (e0,)),),
            (e0,),
        ),
        "002_dpa.txt": Extraction(
            "de",
            (Sentence(t2[:31], 0, 31), s2a, s2b),
            (
                quote(t2, s2b, "Ich freue mich, Sie hier zu sehen", "direct", "Wladimir Putin", "der Kremlchef",
                      "sagte"),
            ),
            (Claim(s2a.text, s2a.start, s2a.end, s2a.text, s2a.start, s2a.end, (d2,), (e2,)),),
            (e2,),
        ),
        "004_wostotschny.txt": Extraction(
            "de",
            (Sentence(t4[:22], 0, 22), s4),
            (quote(t4, s4, "Wir werden über alle Themen sprechen, ohne Eile", "direct", "Wladimir Putin", "Putin",
                   "sagte"),),
            (),
            (),
        ),
    }


def build(db: Database) -> dict[str, str]:
    """Fill `db` with three articles, a claim group with a duration conflict and a reworded quote pair.

    Returns named ids: claim_short, claim_long, quote_0, quote_2, quote_4, conflict_duration, conflict_wording.
    """
    stored: dict[str, Extraction] = {}
    for name, text in TEXTS.items():
        title, outlet, published = META[name]
        article = Article(name, f"corpus/{name}", text, title, outlet, None, published, "text", (), "de", name)
        extraction = assign_ids(_extractions()[name], name)
        stored[name] = extraction
        with db.atomic():
            save_article(db, article, extraction)
    c0, c2 = stored["000_welt.txt"].claims[0], stored["002_dpa.txt"].claims[0]
    q0 = stored["000_welt.txt"].quotes[1]
    q2 = stored["002_dpa.txt"].quotes[0]
    q4 = stored["004_wostotschny.txt"].quotes[0]

    def member(item, kind):
        return Member(item.id, kind, item.article, item.text, item.sentence, item.start, item.end)

    def side(item, value):
        return ConflictSide(item.id, item.article, item.text, item.sentence, item.start, item.end, value)

    claim_group = Group("gclaims", "claim", (member(c0, "claim"), member(c2, "claim")), 0.81)
    quote_group = Group("gquotes", "quote", (member(q0, "quote"), member(q2, "quote")), 0.97)
    duration = Conflict(
        "xduration",
        "duration",
        "gclaims",
        "000_welt.txt says the talks lasted just under 2 h (knapp zweistündigen); 002_dpa.txt says 4 h "
        "(vier Stunden, per Interfax)",
        (side(c0, {**c0.values[0].value, "text": "knapp zweistündigen"}),
         side(c2, {**c2.values[0].value, "text": "vier Stunden"})),
    )
    wording = Conflict(
        "xwording",
        "quote_wording",
        "gquotes",
        "The quote by Wladimir Putin is worded differently: 000_welt.txt „sie“, 002_dpa.txt „Sie“",
        (side(q0, {"text": q0.text, "speaker": q0.speaker}), side(q2, {"text": q2.text, "speaker": q2.speaker})),
        (("=", "Ich freue mich,"), ("-", "sie"), ("+", "Sie"), ("=", "hier zu sehen")),
    )
    with db.atomic():
        replace_groups(db, [claim_group, quote_group], [duration, wording])
    return {
        "claim_short": c0.id,
        "claim_long": c2.id,
        "quote_0": q0.id,
        "quote_2": q2.id,
        "quote_4": q4.id,
        "conflict_duration": "xduration",
        "conflict_wording": "xwording",
    }


def make(path: str | Path | None = None) -> tuple[Database, dict[str, str]]:
    """A new demo database in memory (path None) or at `path`, and its named ids."""
    db = service.open_db(path, memory=path is None)
    return db, build(db)


def add_group(db: Database, group_id: str, kind: str, item_ids: list[str]) -> None:
    """One more group of existing statements (as a frame group puts a claim in a second group)."""
    rows = {row[0]: row[1] for row in db.execute(
        "select id, article from claims union all select id, article from quotes").fetchall()}
    with db.atomic():
        db["groups"].insert({"id": group_id, "kind": kind, "score": 0.5, "size": len(item_ids)})
        db["group_members"].insert_all({"group_id": group_id, "item_id": i, "kind": kind, "article": rows[i]}
                                       for i in item_ids)
