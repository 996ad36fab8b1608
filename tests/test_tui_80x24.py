"""The review desk in a small terminal (80x24): the queue keeps its text, the footer keeps the essential keys."""

from __future__ import annotations

import pytest
from test_tui import go_to, listing, loaded, run

ESSENTIAL = {"quit", "help", "cursor_down", "cursor_up"}


def _visible_footer_actions(app) -> set[str]:
    keys = [key for key in app.screen.query("FooterKey") if key.display and key.region.width > 0]
    assert keys, "no footer keys shown"
    return {key.action for key in keys}


def test_80x24_queue_rows_keep_25_characters_and_footer_keeps_quit(demo):
    _, _, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        queue = listing(pilot.app)
        seen["rows"] = [queue.render_line(y).text for y in range(min(queue.size.height, len(queue.records)))]
        seen["labels"] = [" ".join(str(r["label"]).split()) for r in queue.records]
        seen["conflict_footer"] = _visible_footer_actions(pilot.app)
        await pilot.press("j", "j", "j")
        await loaded(pilot, 8)
        seen["quote_footer"] = _visible_footer_actions(pilot.app)
        footer = pilot.app.screen.query_one("DeskFooter")
        seen["footer_fits"] = max(k.region.right for k in footer.query("FooterKey") if k.display) <= 80

    run(scenario, path, size=(80, 24))
    assert len(seen["rows"]) >= 5
    for row, label in zip(seen["rows"], seen["labels"]):
        assert label[:25] in row, (row, label)
    assert ESSENTIAL | {"resolve('first_correct')", "resolve('not_a_conflict')"} <= seen["conflict_footer"]
    assert ESSENTIAL | {"verdict('verified')", "verdict('unverifiable')"} <= seen["quote_footer"]
    assert seen["footer_fits"]


def test_export_dialog_defaults_to_reviewed_statements_like_the_cli(demo):
    from textual.widgets import Checkbox

    from factcheck.tui.screens.export import ExportScreen

    _, _, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ExportScreen)
        seen["all"] = pilot.app.screen.query_one("#all", Checkbox).value

    run(scenario, path, size=(80, 24))
    assert seen["all"] is False


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40), (160, 50)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_footer_always_fits_help_and_quit(demo, size):
    _, _, path = demo
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)  # the first item is a conflict: the longest footer
        footer = pilot.app.screen.query_one("DeskFooter")
        shown = [k for k in footer.query("FooterKey") if k.display and k.region.width > 0]
        seen["actions"] = {k.action for k in shown}
        seen["right"] = max(k.region.right for k in shown)

    run(scenario, path, size=size)
    assert ESSENTIAL <= seen["actions"]
    assert seen["right"] <= size[0]


def test_80x24_space_scrolls_the_details_down_to_the_other_outlets_and_b_back_up(demo):
    from factcheck.tui.widgets.detail import Detail

    _, ids, path = demo
    seen = {}

    def cards_in_view(detail) -> int:
        """Cards shown whole in the pane."""
        return sum(detail.region.contains(c.region.x, c.region.y) and detail.region.contains(c.region.x,
                                                                                             c.region.bottom - 1)
                   for c in detail.query("Card"))

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_long"])
        detail = pilot.app.review_screen.query_one(Detail)
        seen["before"] = (detail.max_scroll_y, cards_in_view(detail))
        await pilot.press("space")
        await pilot.pause()
        seen["down"] = (detail.scroll_y, cards_in_view(detail), listing(pilot.app).current["id"])
        await pilot.press("b")
        await pilot.pause()
        seen["up"] = detail.scroll_y

    run(scenario, path, size=(80, 24))
    overflow, cards_before = seen["before"]
    assert overflow > 0 and cards_before == 0  # the outlets' cards lie below the pane
    scrolled, cards_after, current = seen["down"]
    assert scrolled > 0 and cards_after > 0 and current == ids["claim_long"]  # the queue stays on the item
    assert seen["up"] == 0
