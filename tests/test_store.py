"""The store: migrations, stable ids, one transaction per article, reviews that survive re-extraction."""

from __future__ import annotations

import dataclasses

import demo_db
import pytest

from factcheck import service
from factcheck.models import Article, Claim, Extraction, Sentence
from factcheck.store.ids import assign_ids
from factcheck.store.writes import save_article


def _extraction(*sentences: str) -> Extraction:
    claims, offset, sents = [], 0, []
    for text in sentences:
        sents.append(Sentence(text, offset, offset + len(text)))
        claims.append(Claim(text, offset, offset + len(text), text, offset, offset + len(text)))
        offset += len(text) + 1
    return Extraction("de", tuple(sents), (), tuple(claims), ())


def _article(name: str, text: str) -> Article:
    return Article(name, name, text, None, None, None, None, "none")


def test_schema_is_created_with_wal(tmp_path):
    db = service.open_db(tmp_path / "claims.db")
    assert {"articles", "quotes", "claims", "values", "entities", "reviews", "review_history", "groups",
            "conflicts", "embeddings"} <= set(db.table_names())
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_opening_a_non_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "claims.db"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(service.FactcheckError, match="cannot open database"):
        service.open_db(bad)


def test_ids_depend_on_content_not_row_order():
    a = assign_ids(_extraction("Kim reiste an.", "Putin wartete."), "x.txt")
    b = assign_ids(_extraction("Etwas Neues davor.", "Kim reiste an.", "Putin wartete."), "x.txt")
    assert {c.text: c.id for c in a.claims}["Kim reiste an."] == {c.text: c.id for c in b.claims}["Kim reiste an."]
    assert len({c.id for c in b.claims}) == 3


def test_repeated_sentence_gets_distinct_ids():
    ex = assign_ids(_extraction("Weiterlesen.", "Weiterlesen."), "x.txt")
    assert ex.claims[0].id != ex.claims[1].id


def test_reextraction_keeps_reviews_and_orphans_are_kept_with_snapshot():
    db = service.open_db(memory=True)
    first = assign_ids(_extraction("Kim reiste an.", "Putin wartete."), "x.txt")
    with db.atomic():
        save_article(db, _article("x.txt", "Kim reiste an. Putin wartete."), first)
    kept, dropped = first.claims
    service.set_verdict(db, kept.id, "verified", note="checked", reviewer="ana")
    service.set_verdict(db, dropped.id, "false", note="wrong", reviewer="ana")
    second = assign_ids(_extraction("Kim reiste an.", "Putin kam später."), "x.txt")
    with db.atomic():
        save_article(db, _article("x.txt", "Kim reiste an. Putin kam später."), second)
    claims = {c["text"]: c for c in service.list_claims(db)}
    assert claims["Kim reiste an."]["verdict"] == "verified"
    assert claims["Kim reiste an."]["note"] == "checked"
    assert claims["Putin kam später."]["verdict"] is None
    orphans = service.orphan_reviews(db)
    assert [o["snapshot"]["text"] for o in orphans] == ["Putin wartete."]
    assert orphans[0]["note"] == "wrong"


def test_undo_and_redo_walk_the_history():
    db, ids = demo_db.make()
    item = ids["claim_short"]
    service.set_verdict(db, item, "verified", reviewer="ana")
    service.set_verdict(db, item, "false", note="Interfax says 4 h", reviewer="ana")
    assert service.get_review(db, item).verdict == "false"
    assert service.undo(db, reviewer="ana") == [item]
    assert service.get_review(db, item).verdict == "verified"
    assert service.get_review(db, item).note is None
    assert service.undo(db, reviewer="ana") == [item]
    assert service.get_review(db, item).verdict is None
    assert service.undo(db, reviewer="ana") == []
    assert service.redo(db, reviewer="ana") == [item]
    assert service.get_review(db, item).verdict == "verified"
    actions = [h["action"] for h in service.history(db, item)]
    assert actions == ["redo", "undo", "undo", "set", "set"]


def test_undo_is_per_reviewer():
    db, ids = demo_db.make()
    service.set_verdict(db, ids["claim_short"], "verified", reviewer="ana")
    service.set_verdict(db, ids["claim_long"], "false", reviewer="ben")
    assert service.undo(db, reviewer="ana") == [ids["claim_short"]]
    assert service.get_review(db, ids["claim_long"]).verdict == "false"


def test_new_action_after_undo_drops_redo():
    db, ids = demo_db.make()
    service.set_verdict(db, ids["claim_short"], "verified", reviewer="ana")
    service.undo(db, reviewer="ana")
    service.set_verdict(db, ids["claim_long"], "misleading", reviewer="ana")
    assert service.redo(db, reviewer="ana") == []


def test_verdict_for_whole_group_is_one_undoable_action():
    db, ids = demo_db.make()
    saved = service.set_verdict(db, ids["claim_short"], "misleading", reviewer="ana", apply_to_group=True)
    assert {r.item_id for r in saved} == {ids["claim_short"], ids["claim_long"]}
    assert sorted(service.undo(db, reviewer="ana")) == sorted([ids["claim_short"], ids["claim_long"]])
    assert service.get_review(db, ids["claim_long"]).verdict is None


def test_conflicts_take_resolutions_not_verdicts():
    db, ids = demo_db.make()
    service.set_verdict(db, ids["conflict_duration"], "second_correct", reviewer="ana")
    assert service.get_review(db, ids["conflict_duration"]).verdict == "second_correct"
    with pytest.raises(service.FactcheckError, match="unknown verdict"):
        service.set_verdict(db, ids["conflict_duration"], "verified", reviewer="ana")
    with pytest.raises(service.FactcheckError, match="unknown verdict"):
        service.set_verdict(db, ids["claim_short"], "second_correct", reviewer="ana")


def test_unknown_id_is_a_clear_error():
    db, _ = demo_db.make()
    with pytest.raises(service.FactcheckError, match="no quote, claim or conflict"):
        service.set_verdict(db, "nope", "verified")


def test_failed_article_write_leaves_previous_rows(tmp_path):
    db = service.open_db(tmp_path / "claims.db")
    good = assign_ids(_extraction("Kim reiste an."), "x.txt")
    with db.atomic():
        save_article(db, _article("x.txt", "Kim reiste an."), good)
    broken = assign_ids(_extraction("Neu."), "x.txt")
    unstorable = dataclasses.replace(broken.claims[0], start=object())
    broken = dataclasses.replace(broken, claims=(unstorable,))
    with pytest.raises(Exception):
        with db.atomic():
            save_article(db, _article("x.txt", "Neu."), broken)
    assert [c["text"] for c in service.list_claims(db)] == ["Kim reiste an."]


def test_queue_puts_conflicts_first_and_filters():
    db, ids = demo_db.make()
    queue = service.queue(db)
    kinds = [entry["kind"] for entry in queue]
    assert kinds == sorted(kinds, key=["conflict", "quote", "claim"].index)
    assert kinds.count("conflict") == 2
    only_putin = service.queue(db, demo_db_filters(speaker="Putin"))
    assert only_putin and all(e["kind"] == "quote" for e in only_putin)
    service.set_verdict(db, ids["quote_4"], "verified", reviewer="ana")
    unreviewed = {e["id"] for e in service.queue(db, demo_db_filters(verdict="unreviewed"))}
    assert ids["quote_4"] not in unreviewed and ids["quote_0"] in unreviewed
    assert [e["id"] for e in service.queue(db, demo_db_filters(article="004"))] == [ids["quote_4"]]


def demo_db_filters(**kwargs):
    from factcheck.store.queries import Filters

    return Filters(**kwargs)


def test_direct_lookups_and_reviewed_conflicts_in_queue():
    db, ids = demo_db.make()
    assert service.group_of(db, ids["claim_short"])["id"] == "gclaims"
    assert service.group_of(db, ids["quote_4"]) is None
    assert service.get_conflict(db, "xduration")["type"] == "duration"
    assert service.get_conflict(db, "nope") is None
    service.set_verdict(db, "xduration", "first_correct", reviewer="ana")
    reviewed = [e for e in service.queue(db, demo_db_filters(verdict="reviewed")) if e["kind"] == "conflict"]
    assert [e["id"] for e in reviewed] == ["xduration"]
    assert reviewed[0]["sides"] == [ids["claim_short"], ids["claim_long"]]


def test_outlet_source_is_stored_and_listed(tmp_path):
    from dataclasses import replace

    db = service.open_db(tmp_path / "claims.db")
    assert "outlet_source" in db["articles"].columns_dict
    assert "m007_outlet_source" in {row[0] for row in db.execute("select name from _sqlite_migrations")}
    article = replace(_article("a.txt", "Ein Satz."), outlet="Welt", outlet_source="file name a.txt")
    save_article(db, article, assign_ids(_extraction("Ein Satz."), "a.txt"))
    (listed,) = service.list_articles(db)
    assert listed["outlet"] == "Welt" and listed["outlet_source"] == "file name a.txt"


def test_an_article_saved_twice_keeps_one_row_per_item(tmp_path) -> None:
    from factcheck import service
    from factcheck.models import Article, Claim, Extraction, Sentence, Value
    from factcheck.store.writes import save_article

    db = service.open_db(tmp_path / "claims.db")
    art = Article(name="a.txt", path="a.txt", text="Die Polizei zählte 150 000.", title=None, outlet=None, url=None,
                  published=None, published_source="none")
    value = Value("number", "150 000", 19, 26, {"value": 150000, "min": 150000, "max": 150000, "unit": None})
    claim = Claim(text=art.text, start=0, end=27, sentence=art.text, sentence_start=0, sentence_end=27,
                  values=(value,), id="c1", article="a.txt")
    extraction = Extraction(language="de", quotes=(), claims=(claim,), sentences=(Sentence(art.text, 0, 27),),
                            entities=())
    for _ in range(2):
        with db.atomic():
            save_article(db, art, extraction)
    assert db.execute("select count(*) from claims").fetchone()[0] == 1
    assert db.execute("select type, text, start, [end] from [values]").fetchall() == [("number", "150 000", 19, 26)]
    assert db.execute("select text, start, [end] from sentences").fetchall() == [(art.text, 0, 27)]
