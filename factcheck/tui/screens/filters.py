"""The filter dialog: kind, review status, article, speaker and search text of the queue."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from factcheck.tui import keys
from factcheck.tui.data import KINDS, STATUSES, View


class FilterScreen(ModalScreen[View | None]):
    """Choose what the queue shows; Enter or Apply returns the new view, Escape keeps the old one."""

    BINDINGS = [
        keys.Key("escape", "cancel", "cancel", "Close without changing the filter", section="Queue").binding(),
        keys.Key("ctrl+r", "reset", "reset", "Show everything again", section="Queue").binding(),
    ]

    def __init__(self, view: View, articles: list[dict]) -> None:
        super().__init__()
        self.view = view
        self.articles = articles

    def compose(self) -> ComposeResult:
        blink = getattr(self.app, "CURSOR_BLINK", True)
        options = [(a["name"] + (f" – {a['title']}" if a.get("title") else ""), a["name"]) for a in self.articles]
        names = {a["name"] for a in self.articles}
        with Vertical(id="filter-dialog", classes="dialog"):
            yield Label("Filter the queue", classes="dialog-title")
            with Horizontal(classes="field"):
                yield Label("Show")
                yield Select([(k if k == "all" else k + "s", k) for k in KINDS], value=self.view.kind,
                             allow_blank=False, compact=True, id="kind")
            with Horizontal(classes="field"):
                yield Label("Status")
                yield Select([(s.replace("_", " "), s) for s in STATUSES], value=self.view.status,
                             allow_blank=False, compact=True, id="status")
            with Horizontal(classes="field"):
                yield Label("Article")
                yield Select(options, value=self.view.article if self.view.article in names else Select.NULL,
                             prompt="all articles", compact=True, id="article")
            for field, label, hint in (("speaker", "Speaker", "part of the name"),
                                       ("search", "Text", "words the statement contains")):
                with Horizontal(classes="field"):
                    yield Label(label)
                    box = Input(getattr(self.view, field) or "", placeholder=hint, compact=True, id=field)
                    box.cursor_blink = blink
                    yield box
            with Horizontal(classes="dialog-buttons"):
                yield Button("Apply", variant="primary", compact=True, id="apply")
                yield Button("Reset", compact=True, id="reset")
                yield Button("Cancel", compact=True, id="cancel")

    def _chosen(self) -> View:
        article = self.query_one("#article", Select).value
        return View(
            kind=str(self.query_one("#kind", Select).value),
            status=str(self.query_one("#status", Select).value),
            article=article if isinstance(article, str) else None,
            speaker=self.query_one("#speaker", Input).value.strip() or None,
            search=self.query_one("#search", Input).value.strip() or None,
        )

    @on(Button.Pressed, "#apply")
    @on(Input.Submitted)
    def _apply(self) -> None:
        self.dismiss(self._chosen())

    @on(Button.Pressed, "#reset")
    def action_reset(self) -> None:
        self.dismiss(View())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
