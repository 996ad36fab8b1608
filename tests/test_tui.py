"""Pilot tests of the review desk: real keys against a small database, asserting on what is stored."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Callable


import demo_db
from factcheck import service
from factcheck.service import ExtractSummary
from factcheck.tui.app import ReviewApp, initial_theme, needs_extraction
from factcheck.tui.data import View, queue_batches, surrounding
from factcheck.tui.screens.article import ArticleScreen
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.note import NoteScreen
from factcheck.tui.widgets.detail import Detail
from factcheck.tui.widgets.queue_list import QueueList

REVIEWER = "tess"


class FrozenApp(ReviewApp):
    """The review app with nothing that blinks (for snapshots and stable tests)."""

    CURSOR_BLINK = False


async def wait_for(pilot, condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Let the app run until `condition()` holds (workers post their messages asynchronously)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.02)


def listing(app: ReviewApp) -> QueueList:
    """The queue widget of the review screen."""
    return app.review_screen.query_one(QueueList)


async def loaded(pilot, count: int | None = None) -> None:
    """Wait until the queue is loaded and the detail of the current item is shown."""
    app = pilot.app
    await wait_for(pilot, lambda: app.review_screen is not None and app.review_screen.is_mounted)
    queue = listing(app)
    await wait_for(pilot, lambda: len(queue.records) == count if count is not None else bool(queue.records))
    await shown(pilot)


async def shown(pilot) -> None:
    """Wait until the detail pane shows the item under the cursor."""
    app = pilot.app
    queue = listing(app)
    detail = app.review_screen.query_one(Detail)
    await wait_for(pilot, lambda: queue.current is None or (detail.record is not None
                                                              and detail.record["id"] == queue.current["id"]))
    await pilot.pause()


async def go_to(pilot, item_id: str) -> None:
    """Move the cursor next to an item, then onto it with a real j or k press."""
    queue = listing(pilot.app)
    target = queue.positions[item_id]
    if target == queue.cursor:
        await shown(pilot)
        return
    if target > 0:
        queue.cursor = target - 1
        await pilot.press("j")
    else:
        queue.cursor = 1
        await pilot.press("k")
    assert queue.cursor == target
    await shown(pilot)


async def settled(pilot) -> None:
    """Wait until every write is committed and its message handled."""
    await pilot.app.settle()
    await pilot.pause()
    await pilot.pause()


def run(scenario: Callable, path: Path, *, size: tuple[int, int] = (120, 40), **kwargs) -> ReviewApp:
    """Run a pilot scenario against a FrozenApp on the database at `path`."""
    app = FrozenApp(path, reviewer=REVIEWER, theme="textual-dark", **kwargs)

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await scenario(pilot)

    asyncio.run(main())
    return app


def fresh(path: Path):
    """A new connection to the test database (what another process would see)."""
    return service.open_db(path)


# --- the queue -----------------------------------------------------------------------------------


def test_queue_lists_conflicts_then_quotes_then_claims(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        seen["kinds"] = [r["kind"] for r in listing(pilot.app).records]
        seen["detail"] = pilot.app.review_screen.query_one(Detail).record

    run(scenario, path)
    assert seen["kinds"] == ["conflict"] * 2 + ["quote"] * 4 + ["claim"] * 2
    assert seen["detail"]["id"] == ids["conflict_duration"]
    assert "vier Stunden" in seen["detail"]["explanation"]


def test_verdict_key_saves_at_once_and_advances(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["quote_0"])
        before = listing(pilot.app).cursor
        await pilot.press("v")
        seen["moved"] = listing(pilot.app).cursor - before
        seen["optimistic"] = listing(pilot.app).records[before]["verdict"]
        await settled(pilot)
        db = fresh(path)
        seen["stored"] = service.get_review(db, ids["quote_0"])
        seen["history"] = service.history(db, ids["quote_0"])

    run(scenario, path)
    assert seen["moved"] == 1
    assert seen["optimistic"] == "verified"
    assert seen["stored"].verdict == "verified" and seen["stored"].reviewer == REVIEWER
    assert [(h["action"], h["after"]["verdict"], h["reviewer"]) for h in seen["history"]] == [
        ("set", "verified", REVIEWER)]


def test_each_verdict_key_stores_its_verdict(demo):
    _, ids, path = demo
    items = ("quote_4", "claim_short", "claim_long")

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["quote_4"])
        await pilot.press("w", "m", "x")  # each saves and advances to the next item
        await settled(pilot)

    run(scenario, path)
    db = fresh(path)
    assert [service.get_review(db, ids[k]).verdict for k in items] == ["false", "misleading", "unverifiable"]


def test_conflicts_take_resolution_keys_not_verdicts(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.press("v")  # hidden on a conflict: nothing happens
        await settled(pilot)
        seen["after_v"] = service.get_review(fresh(path), ids["conflict_duration"])
        seen["footer"] = {b.binding.action for b in pilot.app.screen.active_bindings.values()}
        await pilot.press("2")
        await settled(pilot)

    run(scenario, path)
    assert seen["after_v"] is None
    assert "resolve('second_correct')" in seen["footer"] and "verdict('verified')" not in seen["footer"]
    assert service.get_review(fresh(path), ids["conflict_duration"]).verdict == "second_correct"


def test_clear_removes_the_verdict(demo):
    _, ids, path = demo

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_long"])
        await pilot.press("m")
        await go_to(pilot, ids["claim_long"])
        await pilot.press("c")
        await settled(pilot)

    run(scenario, path)
    review = service.get_review(fresh(path), ids["claim_long"])
    assert review is not None and review.verdict is None


def test_undo_and_redo_restore_the_stored_state(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["quote_2"])
        await pilot.press("w")
        await pilot.press("u")
        await settled(pilot)
        seen["cursor_back"] = listing(pilot.app).current["id"]
        seen["undone"] = service.get_review(fresh(path), ids["quote_2"]).verdict
        seen["row"] = listing(pilot.app).records[listing(pilot.app).positions[ids["quote_2"]]]["verdict"]
        await pilot.press("r")
        await settled(pilot)

    run(scenario, path)
    assert seen["cursor_back"] == ids["quote_2"]
    assert seen["undone"] is None and seen["row"] is None
    assert service.get_review(fresh(path), ids["quote_2"]).verdict == "false"
    actions = [h["action"] for h in service.history(fresh(path), ids["quote_2"])]
    assert actions == ["redo", "undo", "set"]


def test_note_and_evidence_are_saved_with_the_reviewer(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_short"])
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, NoteScreen))
        await pilot.press(*"Interfax")
        await pilot.press("enter")
        await pilot.press(*"https://e.org")
        await pilot.press("enter")
        await settled(pilot)
        seen["cursor"] = listing(pilot.app).current["id"]
        detail = pilot.app.review_screen.query_one(Detail)
        seen["shown"] = detail.record["note"]
        await wait_for(pilot, lambda: bool(detail.record.get("history")))
        seen["history"] = "\n".join(str(w.render()) for w in detail.query("Static"))

    run(scenario, path)
    review = service.get_review(fresh(path), ids["claim_short"])
    assert (review.note, review.evidence, review.reviewer) == ("Interfax", "https://e.org", REVIEWER)
    assert review.verdict is None
    assert seen["cursor"] == ids["claim_short"]  # a note does not advance
    assert seen["shown"] == "Interfax"
    assert f"{REVIEWER}  set: note – → Interfax; evidence – → https://e.org" in seen["history"]


def test_escape_in_the_note_dialog_saves_nothing(demo):
    _, ids, path = demo

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, NoteScreen))
        await pilot.press("a", "b", "escape")
        await settled(pilot)

    run(scenario, path)
    assert service.history(fresh(path)) == []


def test_group_key_applies_the_next_verdict_to_the_whole_group(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["quote_0"])
        await pilot.press("g", "w")
        await settled(pilot)
        db = fresh(path)
        seen["group"] = [service.get_review(db, ids[k]).verdict for k in ("quote_0", "quote_2")]
        seen["others"] = service.get_review(db, ids["quote_4"])
        seen["row"] = listing(pilot.app).records[listing(pilot.app).positions[ids["quote_2"]]]["verdict"]
        await go_to(pilot, ids["quote_2"])
        await pilot.press("v")  # the arming is spent: a single verdict again
        await settled(pilot)

    run(scenario, path)
    assert seen["group"] == ["false", "false"] and seen["others"] is None and seen["row"] == "false"
    db = fresh(path)
    assert service.get_review(db, ids["quote_0"]).verdict == "false"
    assert service.get_review(db, ids["quote_2"]).verdict == "verified"


def test_search_narrows_the_queue(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.press("slash", *"Interfax", "enter")
        await wait_for(pilot, lambda: pilot.app.review_screen.view.search == "Interfax"
                       and len(listing(pilot.app).records) < 8 and not pilot.app.review_screen.query_one(
                           "StatusBar").busy)
        seen["ids"] = [r["id"] for r in listing(pilot.app).records]
        await pilot.press("escape")
        await wait_for(pilot, lambda: len(listing(pilot.app).records) == 8)
        seen["search_after_escape"] = pilot.app.review_screen.view.search

    run(scenario, path)
    assert seen["ids"] == [ids["conflict_duration"], ids["claim_long"]]
    assert seen["search_after_escape"] is None


def test_t_toggles_unreviewed_only(demo):
    db, ids, path = demo
    service.set_verdict(db, ids["conflict_duration"], "both_wrong", reviewer="other")
    service.set_verdict(db, ids["claim_short"], "verified", reviewer="other")
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.press("t")
        await wait_for(pilot, lambda: len(listing(pilot.app).records) == 6)
        seen["todo"] = {r["id"] for r in listing(pilot.app).records}
        await pilot.press("t")
        await wait_for(pilot, lambda: len(listing(pilot.app).records) == 8)

    run(scenario, path)
    assert ids["conflict_duration"] not in seen["todo"] and ids["claim_short"] not in seen["todo"]


def test_filter_dialog_narrows_to_unreviewed_quotes(demo):
    db, ids, path = demo
    service.set_verdict(db, ids["quote_4"], "verified", reviewer="other")
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.press("s")
        await wait_for(pilot, lambda: pilot.app.screen.query("#kind"))
        pilot.app.screen.query_one("#kind").value = "quote"
        pilot.app.screen.query_one("#status").value = "unreviewed"
        await pilot.click("#apply")
        await wait_for(pilot, lambda: pilot.app.review_screen.view == View(kind="quote", status="unreviewed")
                       and len(listing(pilot.app).records) == 3)
        seen["ids"] = {r["id"] for r in listing(pilot.app).records}

    run(scenario, path)
    assert ids["quote_4"] not in seen["ids"] and ids["quote_0"] in seen["ids"]


def test_queue_batches_filter_by_speaker_article_and_verdict(demo):
    db, ids, _ = demo
    service.set_verdict(db, ids["conflict_wording"], "both_wrong", reviewer="x")
    service.set_verdict(db, ids["claim_long"], "false", reviewer="x")
    flat = lambda view: [r["id"] for batch in queue_batches(db, view) for r in batch]  # noqa: E731
    assert set(flat(View(speaker="Putin"))) == {ids["quote_0"], ids["quote_2"], ids["quote_4"]}
    assert flat(View(status="reviewed")) == [ids["conflict_wording"], ids["claim_long"]]
    assert flat(View(status="false")) == [ids["claim_long"]]
    assert flat(View(status="both_wrong")) == [ids["conflict_wording"]]
    assert ids["claim_long"] not in flat(View(article="000"))
    assert flat(View(kind="claim")) == [ids["claim_short"], ids["claim_long"]]


def test_queue_batches_page_large_queues(demo):
    db, _, _ = demo
    batches = list(queue_batches(db, View(kind="quote"), page=2))
    assert [len(b) for b in batches] == [2, 2, 0]


# --- reading -------------------------------------------------------------------------------------


def test_enter_opens_the_article_at_the_statement_and_escape_goes_back(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_long"])
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen)
                       and pilot.app.screen.target is not None)
        screen = pilot.app.screen
        seen["article"] = screen.article_name
        seen["target"] = str(screen.target.render())
        await pilot.press("escape")
        seen["back"] = type(pilot.app.screen).__name__

    run(scenario, path)
    assert seen["article"] == "002_dpa.txt"
    assert "vier Stunden" in seen["target"]
    assert seen["back"] == "ReviewScreen"


def test_bracket_keys_switch_between_the_sources_of_a_conflict(demo):
    _, ids, path = demo
    seen = []

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.press("o")
        screen = pilot.app.screen
        for key in ("", "right_square_bracket", "right_square_bracket"):
            if key:
                await pilot.press(key)
            await wait_for(pilot, lambda: isinstance(screen, ArticleScreen) and screen.target is not None
                           and screen.article_name in str(screen.query_one("#article-title").render()))
            seen.append((screen.article_name, str(screen.target.render())))

    run(scenario, path)
    assert [name for name, _ in seen] == ["000_welt.txt", "002_dpa.txt", "000_welt.txt"]
    assert "knapp zweistündigen" in seen[0][1] and "vier Stunden" in seen[1][1]


def test_clicking_a_source_card_opens_that_article(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_short"])
        cards = list(pilot.app.review_screen.query("Card"))  # the first card is the statement's own
        await pilot.click(cards[1], offset=(3, 1))
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen) and pilot.app.screen.target)
        seen["article"] = pilot.app.screen.article_name

    run(scenario, path)
    assert seen["article"] == "002_dpa.txt"


def test_help_is_built_from_the_live_bindings(demo):
    _, _, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
        seen["text"] = "\n".join(str(w.render()) for w in pilot.app.screen.query("Static"))
        await pilot.press("escape")
        seen["back"] = type(pilot.app.screen).__name__

    run(scenario, path)
    assert "Resolve the conflict: first correct" in seen["text"]
    assert "Undo your last action" in seen["text"]
    assert seen["back"] == "ReviewScreen"


def test_group_members_and_conflict_values_are_shown(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_short"])
        detail = pilot.app.review_screen.query_one(Detail)
        seen["cards"] = [str(c.border_title) for c in detail.query("Card")]
        seen["text"] = "\n".join(str(w.render()) for w in detail.query("Static"))

    run(scenario, path)
    assert seen["cards"] == ["Welt", "dpa"]
    assert "knapp zweistündigen" in seen["text"] and "Interfax" in seen["text"]


def test_every_group_of_a_statement_is_shown(demo):
    db, ids, path = demo
    demo_db.add_group(db, "gframe", "claim", [ids["claim_long"], ids["quote_4"]])
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_long"])
        detail = pilot.app.review_screen.query_one(Detail)
        seen["text"] = "\n".join(str(w.render()) for w in detail.query("Static"))

    run(scenario, path)
    assert "Also grouped with 1 source (group gframe)" in seen["text"]
    assert "Wir werden über alle Themen sprechen" in seen["text"]


def test_mouse_click_selects_a_row(demo):
    _, ids, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.click(QueueList, offset=(5, 3))
        await shown(pilot)
        seen["current"] = listing(pilot.app).current["id"]

    run(scenario, path)
    assert seen["current"] == listing_ids(path)[3]


def listing_ids(path: Path) -> list[str]:
    """The queue's ids in order, straight from the service."""
    return [r["id"] for r in service.queue(fresh(path))]


def test_works_at_80x24(demo):
    _, ids, path = demo

    async def scenario(pilot):
        await loaded(pilot, 8)
        assert pilot.app.has_class("narrow")
        await pilot.press("j", "1")
        await settled(pilot)

    run(scenario, path, size=(80, 24))
    assert service.get_review(fresh(path), ids["conflict_wording"]).verdict == "first_correct"


def test_virtual_list_moves_over_many_rows_without_rendering_them(tmp_path):
    rows = [{"kind": "claim", "id": f"c{i}", "article": "a", "label": f"claim {i}", "verdict": None}
            for i in range(50_000)]
    seen = {}

    async def scenario(pilot):
        await loaded(pilot)
        queue = listing(pilot.app)
        queue.set_records(rows)
        await pilot.press("end")
        seen["end"] = queue.cursor
        await pilot.press("pageup", "k")
        seen["up"] = queue.cursor

    db, _ = demo_db.make(tmp_path / "claims.db")
    db.close()
    run(scenario, tmp_path / "claims.db")
    assert seen["end"] == 49_999
    assert seen["up"] < 49_999 - 20


# --- first run -----------------------------------------------------------------------------------


def test_first_run_extracts_the_corpus_with_progress_then_shows_the_queue(tmp_path):
    path = tmp_path / "new.db"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    stages = []

    def fake_extract(db, paths, *, progress):
        assert [Path(p) for p in paths] == [corpus]
        for done in range(3):
            progress("extract", done, 3)
        demo_db.build(db)
        progress("conflicts", 2, 2)
        return ExtractSummary(files=3, extracted=3, articles=3, quotes=4, claims=2, groups=2, conflicts=2)

    async def scenario(pilot):
        await wait_for(pilot, lambda: pilot.app.review_screen is not None)
        stages.append(type(pilot.app.screen_stack[0]).__name__)
        await loaded(pilot, 8)

    assert needs_extraction(path)
    run(scenario, path, corpus=corpus, extractor=fake_extract)
    assert not needs_extraction(path)


def test_first_run_can_be_cancelled(tmp_path):
    path = tmp_path / "new.db"
    import threading

    release = threading.Event()
    seen = {}

    def slow_extract(db, paths, *, progress):
        progress("extract", 0, 5)
        release.wait(5)
        progress("extract", 1, 5)  # raises: cancelled
        raise AssertionError("not cancelled")

    async def scenario(pilot):
        await wait_for(pilot, lambda: pilot.app.screen.query("#stage")
                       and "0/5" in str(pilot.app.screen.query_one("#stage").render()))
        await pilot.press("escape")
        release.set()
        await wait_for(pilot, lambda: pilot.app.review_screen is not None)
        seen["screen"] = type(pilot.app.screen).__name__

    run(scenario, path, corpus=tmp_path, extractor=slow_extract)
    assert seen["screen"] == "ReviewScreen"


# --- small pure helpers --------------------------------------------------------------------------


def test_theme_follows_the_terminal_background():
    assert initial_theme({"COLORFGBG": "0;15"}) == "textual-light"
    assert initial_theme({"COLORFGBG": "15;0"}) == "textual-dark"
    assert initial_theme({"FACTCHECK_THEME": "nord", "COLORFGBG": "0;15"}) == "nord"
    assert initial_theme({}) == "textual-dark"


def test_surrounding_gives_the_neighbouring_sentences_of_the_paragraph():
    text = "Titel\n\nErster Satz hier. Zweiter Satz ist das. Dritter Satz folgt. Vierter."
    start = text.index("Zweiter")
    end = text.index(" Dritter")
    assert surrounding(text, start, end) == ("Erster Satz hier. ", " Dritter Satz folgt.")
    assert surrounding(text, text.index("Erster"), start - 1) == ("", " Zweiter Satz ist das.")


def test_an_empty_database_without_corpus_says_what_to_do(tmp_path):
    seen = {}

    async def scenario(pilot):
        await wait_for(pilot, lambda: pilot.app.review_screen is not None)
        detail = pilot.app.review_screen.query_one(Detail)
        await wait_for(pilot, lambda: "factcheck review CORPUS" in "".join(str(w.render()) for w in detail.query("Static")))
        seen["keys"] = {b.binding.action for b in pilot.app.screen.active_bindings.values()}
        await pilot.press("v", "n", "o")  # nothing to act on: no crash, no screen change
        seen["screen"] = type(pilot.app.screen).__name__

    run(scenario, tmp_path / "empty.db")
    assert seen["screen"] == "ReviewScreen"


def test_a_failed_write_is_reported_and_the_optimistic_verdict_rolled_back(demo, monkeypatch):
    _, ids, path = demo
    from factcheck.tui import data

    def broken(*args, **kwargs):
        raise service.FactcheckError("disk full")

    monkeypatch.setattr(data, "write", broken)
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_short"])
        await pilot.press("v")
        await settled(pilot)
        queue = listing(pilot.app)
        await wait_for(pilot, lambda: queue.records and queue.records[queue.positions[ids["claim_short"]]]["verdict"]
                       is None)
        seen["notes"] = [n.message for n in pilot.app._notifications]

    run(scenario, path)
    assert any("disk full" in note for note in seen["notes"])
    assert service.get_review(fresh(path), ids["claim_short"]) is None


def test_conflicting_words_are_marked_as_whole_words():
    from factcheck.tui.widgets.render import CONFLICT, find_word, statement_in_sentence

    assert find_word("Man sieht, dass sie kommt", "sie") == 16
    content = statement_in_sentence({"sentence": "Man sieht, dass sie kommt", "text": "dass sie kommt", "start": 11,
                                     "end": 25, "sentence_start": 0}, conflict_texts=["sie"])
    assert [(s.start, s.end) for s in content.spans if s.style == CONFLICT] == [(16, 19)]


def test_e_exports_the_report_from_the_desk(demo, tmp_path):
    _, ids, path = demo
    target = tmp_path / "out" / "desk-report.md"
    target.parent.mkdir()

    async def scenario(pilot):
        from textual.widgets import Input, Select

        await loaded(pilot, 8)
        await go_to(pilot, ids["quote_4"])
        await pilot.press("v")
        await settled(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: pilot.app.screen.__class__.__name__ == "ExportScreen")
        pilot.app.screen.query_one("#format", Select).value = "md"
        await pilot.pause()
        box = pilot.app.screen.query_one("#path", Input)
        box.value = str(target)
        box.focus()
        await pilot.press("enter")
        await wait_for(pilot, target.exists)
        await wait_for(pilot, lambda: "Wir werden über alle Themen" in target.read_text(encoding="utf-8"))

    run(scenario, path)
    text = target.read_text(encoding="utf-8")
    assert "Verified" in text and "Ich freue mich" not in text  # unreviewed statements stay out


def test_the_desk_finishes_an_extraction_left_half_done(tmp_path, monkeypatch):
    """q or Esc during the desk's first extraction left the stored files and no groups; the next
    `factcheck review` opened that half and never extracted the rest."""
    from factcheck import service
    from factcheck.service.extraction import current_groups_digest
    from factcheck.store import set_meta

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in "abc":
        (corpus / f"{name}.txt").write_text("Die Polizei zählte am Samstag 150.000 Teilnehmer.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = service.open_db(tmp_path / "claims.db")

    def stored(*paths: str) -> None:
        with db.atomic():
            for path in paths:
                db["files"].insert({"path": path, "hash": "x"}, pk="path", replace=True)

    def grouped() -> None:
        set_meta(db, "groups_state", current_groups_digest(db, None))

    assert service.unfinished(db, "corpus")  # new
    stored("corpus/a.txt", "corpus/b.txt")
    grouped()
    assert service.unfinished(db, "corpus")  # stopped after two files
    stored("corpus/c.txt")
    set_meta(db, "groups_state", "grouped when two files were in")
    assert service.unfinished(db, "corpus")  # every file, stopped before grouping
    grouped()
    assert not service.unfinished(db, "corpus")
    (corpus / "notes.bin").write_bytes(b"\x00\x01")  # a file extract skips is not missing
    assert not service.unfinished(db, "corpus")
    stored("elsewhere/x.txt")
    set_meta(db, "groups_state", "stale")
    assert not service.unfinished(db, "corpus")  # files from elsewhere: not this corpus's extraction
    db.close()
