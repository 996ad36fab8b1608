"""The status line: review progress (bar and counts), the queue's size, the active filter and the reviewer."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import ProgressBar, Static


class StatusBar(Horizontal):
    """Progress and counts, always visible above the queue."""

    DEFAULT_CSS = """
    StatusBar { height: 1; background: $panel; padding: 0 1; }
    StatusBar ProgressBar { width: auto; margin-right: 1; }
    StatusBar ProgressBar Bar { width: 16; }
    StatusBar #status-text { width: 1fr; height: 1; }
    """

    reviewed: reactive[int] = reactive(0)
    total: reactive[int] = reactive(0)
    shown: reactive[int] = reactive(0)
    todo: reactive[int] = reactive(0)
    busy: reactive[bool] = reactive(True)
    view: reactive[str] = reactive("everything")
    group_armed: reactive[bool] = reactive(False)
    reviewer: reactive[str] = reactive("")

    def compose(self) -> ComposeResult:
        yield ProgressBar(total=1, show_eta=False, show_percentage=True, id="progress")
        yield Static(id="status-text")

    def _refresh_text(self) -> None:
        if not self.is_mounted:
            return
        bar = self.query_one(ProgressBar)
        bar.update(total=max(self.total, 1), progress=self.reviewed)
        parts: list[str | tuple[str, str]] = [(f"{self.reviewed:,}/{self.total:,} reviewed", "bold")]
        queue = f"  queue {self.shown:,}" + ("…" if self.busy else "") + f" ({self.todo:,} open)"
        parts.append(queue)
        parts.append((f"  filter: {self.view}", "$foreground-muted"))
        if self.group_armed:
            parts.append(("  NEXT VERDICT → WHOLE GROUP", "bold $text-warning"))
        parts.append((f"  {self.reviewer}", "$foreground-muted"))
        self.query_one("#status-text", Static).update(Content.assemble(*parts))

    def on_mount(self) -> None:
        self._refresh_text()

    def _changed(self) -> None:
        """Repaint once per batch of attribute changes, not once per attribute."""
        if not getattr(self, "_pending", False):
            self._pending = True
            self.call_later(self._repaint)

    def _repaint(self) -> None:
        self._pending = False
        self._refresh_text()

    def watch_reviewed(self) -> None:
        self._changed()

    def watch_total(self) -> None:
        self._changed()

    def watch_shown(self) -> None:
        self._changed()

    def watch_todo(self) -> None:
        self._changed()

    def watch_busy(self) -> None:
        self._changed()

    def watch_view(self) -> None:
        self._changed()

    def watch_group_armed(self) -> None:
        self._changed()

    def watch_reviewer(self) -> None:
        self._changed()
