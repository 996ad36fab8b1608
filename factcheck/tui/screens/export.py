"""The export dialog: write the verified-claims report from inside the review desk."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select

from factcheck.tui import keys

FORMATS: tuple[tuple[str, str, str], ...] = (
    ("HTML (one self-contained file)", "html", "report.html"),
    ("Markdown", "md", "report.md"),
    ("JSON", "json", "report.json"),
    ("CSV (spreadsheets)", "csv", "report.csv"),
    ("ClaimReview JSON-LD (schema.org)", "claimreview", "claimreview.jsonld"),
)


class ExportScreen(ModalScreen[tuple[str, Path, bool] | None]):
    """Choose format, file and whether unreviewed statements go in; returns (format, path, include_all)."""

    BINDINGS = [keys.Key("escape", "cancel", "cancel", "Close without exporting", section="Export").binding()]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        blink = getattr(self.app, "CURSOR_BLINK", True)
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label("Export the report", classes="dialog-title")
            with Horizontal(classes="field"):
                yield Label("Format")
                yield Select([(label, fmt) for label, fmt, _ in FORMATS], value="html", allow_blank=False,
                             compact=True, id="format")
            with Horizontal(classes="field"):
                yield Label("File")
                path = Input(str(self.folder / "report.html"), compact=True, id="path")
                path.cursor_blink = blink
                yield path
            yield Checkbox("include unreviewed statements", False, compact=True, id="all")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", compact=True, id="export")
                yield Button("Cancel", compact=True, id="cancel")
            yield Label("Enter exports · Esc cancels", classes="dialog-hint")

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        box = self.query_one("#path", Input)
        current = Path(box.value)
        default = next(name for _, fmt, name in FORMATS if fmt == event.value)
        if current.name in {name for _, _, name in FORMATS}:
            box.value = str(current.with_name(default))

    def _result(self) -> tuple[str, Path, bool]:
        return (str(self.query_one("#format", Select).value), Path(self.query_one("#path", Input).value.strip()),
                self.query_one("#all", Checkbox).value)

    @on(Input.Submitted, "#path")
    def _submitted(self) -> None:
        self.dismiss(self._result())

    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        self.dismiss(self._result())

    @on(Button.Pressed, "#cancel")
    def _cancel_button(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
