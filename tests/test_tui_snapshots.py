"""Snapshot tests of the review desk's main screens at fixed terminal sizes (pytest-textual-snapshot)."""

from __future__ import annotations

from test_tui import REVIEWER, FrozenApp, go_to, loaded, wait_for

from factcheck.tui.screens.article import ArticleScreen
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.note import NoteScreen


def app_for(path, theme: str = "textual-dark") -> FrozenApp:
    """A frozen app on the demo database with a fixed reviewer and theme."""
    return FrozenApp(path, reviewer=REVIEWER, theme=theme)


def test_conflict_wide(demo, snap_compare):
    _, _, path = demo

    async def ready(pilot):
        await loaded(pilot, 8)

    assert snap_compare(app_for(path), terminal_size=(120, 40), run_before=ready)


def test_reworded_quote_with_group_wide(demo, snap_compare):
    _, ids, path = demo

    async def ready(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["quote_0"])

    assert snap_compare(app_for(path), terminal_size=(120, 40), run_before=ready)


def test_claim_80x24(demo, snap_compare):
    _, ids, path = demo

    async def ready(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_short"])

    assert snap_compare(app_for(path), terminal_size=(80, 24), run_before=ready)


def test_light_theme(demo, snap_compare):
    _, ids, path = demo

    async def ready(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_long"])

    assert snap_compare(app_for(path, "textual-light"), terminal_size=(120, 40), run_before=ready)


def test_article_screen(demo, snap_compare):
    _, ids, path = demo

    async def ready(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["quote_0"])
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen) and pilot.app.screen.target)
        await pilot.pause()

    assert snap_compare(app_for(path), terminal_size=(100, 24), run_before=ready)


def test_help_screen(demo, snap_compare):
    _, _, path = demo

    async def ready(pilot):
        await loaded(pilot, 8)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))

    assert snap_compare(app_for(path), terminal_size=(120, 40), run_before=ready)


def test_note_dialog(demo, snap_compare):
    _, _, path = demo

    async def ready(pilot):
        await loaded(pilot, 8)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, NoteScreen))

    assert snap_compare(app_for(path), terminal_size=(100, 30), run_before=ready)


def test_filter_dialog_80x24(demo, snap_compare):
    _, _, path = demo

    async def ready(pilot):
        await loaded(pilot, 8)
        await pilot.press("s")
        await wait_for(pilot, lambda: bool(pilot.app.screen.query("#apply")))
        await pilot.pause()

    assert snap_compare(app_for(path), terminal_size=(80, 24), run_before=ready)
