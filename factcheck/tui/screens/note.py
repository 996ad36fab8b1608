"""A small modal to write a note and an evidence link for the current item."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from factcheck.tui import keys


class NoteScreen(ModalScreen[tuple[str, str] | None]):
    """Edit note and evidence; Enter saves both, Escape leaves them as they were."""

    BINDINGS = [keys.Key("escape", "cancel", "cancel", "Close without saving", section="Note").binding()]

    def __init__(self, item_id: str, note: str | None, evidence: str | None) -> None:
        super().__init__()
        self.item_id = item_id
        self.note = note or ""
        self.evidence = evidence or ""

    def compose(self) -> ComposeResult:
        blink = getattr(self.app, "CURSOR_BLINK", True)
        with Vertical(id="note-dialog", classes="dialog"):
            yield Label(f"Note and evidence for {self.item_id}", classes="dialog-title")
            yield Label("Note")
            note = Input(self.note, placeholder="why this verdict…", id="note")
            note.cursor_blink = blink
            yield note
            yield Label("Evidence link")
            evidence = Input(self.evidence, placeholder="https://…", id="evidence")
            evidence.cursor_blink = blink
            yield evidence
            yield Label("Enter saves · Tab next field · Esc cancels", classes="dialog-hint")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "note":
            self.query_one("#evidence", Input).focus()
            return
        self.dismiss((self.query_one("#note", Input).value.strip(), self.query_one("#evidence", Input).value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
