"""A virtual list of queue records: only the visible rows are ever rendered, so 100k rows stay instant."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factcheck.display import one_line, printable
from factcheck.tui import keys

KIND_MARK = {"conflict": "!", "quote": "„", "claim": "·"}
VERDICT_MARK = {"verified": "✓", "false": "✗", "misleading": "~", "unverifiable": "?",
                "first_correct": "1", "second_correct": "2", "both_wrong": "3", "not_a_conflict": "4"}


class QueueList(ScrollView, can_focus=True):
    """Rows of {kind, id, article, label, verdict}; a cursor moves over them and posts what it highlights."""

    DEFAULT_CSS = """
    QueueList { height: 1fr; }
    QueueList > .queue--cursor { background: $block-cursor-blurred-background; }
    QueueList:focus > .queue--cursor { background: $block-cursor-background; color: $block-cursor-foreground;
        text-style: bold; }
    QueueList > .queue--conflict { color: $text-error; text-style: bold; }
    QueueList > .queue--quote { color: $text-accent; }
    QueueList > .queue--claim { color: $text-muted; }
    QueueList > .queue--article { color: $text-muted; }
    QueueList > .queue--done { color: $text-success; }
    QueueList > .queue--bad { color: $text-error; }
    QueueList > .queue--meh { color: $text-warning; }
    """
    COMPONENT_CLASSES = {"queue--cursor", "queue--conflict", "queue--quote", "queue--claim", "queue--article",
                         "queue--done", "queue--bad", "queue--meh"}
    BINDINGS = keys.bindings(keys.LIST)

    cursor: reactive[int] = reactive(0, always_update=True)

    @dataclass
    class Highlighted(Message):
        """The cursor rests on a record (index into the list)."""

        index: int
        record: dict | None

    @dataclass
    class Chosen(Message):
        """The reviewer clicked the row under the cursor again (opens it)."""

        index: int

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.records: list[dict] = []
        self.positions: dict[str, int] = {}
        self._short_names: dict[str, str] = {}

    # --- data -------------------------------------------------------------------------------------

    def set_records(self, records: list[dict], *, keep: str | None = None) -> None:
        """Replace all rows; keep the cursor on the id `keep` when it is still there."""
        self.records = list(records)
        self.positions = {r["id"]: i for i, r in enumerate(self.records)}
        self._resize()
        target = self.positions.get(keep, 0) if keep else 0
        self.cursor = min(target, max(len(self.records) - 1, 0))

    def extend(self, records: list[dict]) -> None:
        """Append rows (a later batch of the same queue) without moving the cursor."""
        start = len(self.records)
        self.records.extend(records)
        for offset, record in enumerate(records):
            self.positions[record["id"]] = start + offset
        self._resize()
        self.refresh()
        if start == 0 and records:
            self.cursor = 0

    def update_record(self, item_id: str, **changes: object) -> dict | None:
        """Change fields of one row (a verdict) and repaint it; returns the row as it was (None if not listed)."""
        index = self.positions.get(item_id)
        if index is None:
            return None
        old = self.records[index]
        self.records[index] = {**old, **changes}
        self.refresh()
        return old

    @property
    def short_names(self) -> dict[str, str]:
        """Short labels of articles (their outlet) shown in the rows instead of file names."""
        return self._short_names

    @short_names.setter
    def short_names(self, names: dict[str, str]) -> None:
        self._short_names = names
        self.refresh()

    @property
    def current(self) -> dict | None:
        """The record under the cursor."""
        return self.records[self.cursor] if 0 <= self.cursor < len(self.records) else None

    def _resize(self) -> None:
        self.virtual_size = Size(0, len(self.records))

    # --- cursor -----------------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.records) - 1)) if self.records else 0

    def watch_cursor(self, value: int) -> None:
        self.refresh()
        self.scroll_to(y=self._scroll_target(value), animate=False, immediate=False)
        self.post_message(self.Highlighted(value, self.current))

    def _scroll_target(self, value: int) -> float:
        height = max(self.scrollable_content_region.height, 1)
        top = self.scroll_y
        if value < top:
            return value
        if value >= top + height:
            return value - height + 1
        return top

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(self.scrollable_content_region.height - 1, 1)

    def action_page_up(self) -> None:
        self.cursor -= max(self.scrollable_content_region.height - 1, 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.records) - 1

    def on_click(self, event: events.Click) -> None:
        row = int(self.scroll_y) + event.y
        if 0 <= row < len(self.records):
            if row == self.cursor:
                self.post_message(self.Chosen(row))
            else:
                self.cursor = row
        self.focus()

    def on_resize(self, event: events.Resize) -> None:
        self._resize()

    # --- rendering --------------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name)

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self.records):
            return Strip.blank(width, base)
        record = self.records[index]
        verdict = record.get("verdict")
        mark = VERDICT_MARK.get(verdict or "", " ")
        verdict_style = self._style("queue--done" if verdict in ("verified", "first_correct", "second_correct",
                                                                 "not_a_conflict")
                                    else "queue--bad" if verdict in ("false", "both_wrong")
                                    else "queue--meh" if verdict else "queue--article")
        kind = record.get("kind", "claim")
        name = record.get("article") or ""
        article = printable(self._short_names.get(name) or name.removesuffix(".txt"))[:8].ljust(8)
        label = one_line(record.get("label"))
        segments = [
            Segment(f" {mark} ", base + verdict_style),
            Segment(KIND_MARK.get(kind, " ") + " ", base + self._style(f"queue--{kind}")),
            Segment(article + " ", base + self._style("queue--article")),
            Segment(label, base),
        ]
        if index == self.cursor:
            segments = list(Segment.apply_style(segments, post_style=self._style("queue--cursor")))
        return Strip(segments).crop_extend(0, width, base + (self._style("queue--cursor") if index == self.cursor
                                                             else Style()))
