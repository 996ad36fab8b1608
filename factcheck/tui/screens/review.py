"""The main screen: the queue on the left, the current item on the right, one key per verdict."""

from __future__ import annotations

import queue as queues
from dataclasses import replace
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Input

from factcheck.display import plural, printable
from factcheck.tui import data, keys
from factcheck.tui.messages import CountsLoaded, DetailLoaded, LoadFailed, QueueBatch, Saved, WriteFailed
from factcheck.tui.screens.review_workers import ReviewWorkers
from factcheck.tui.widgets.detail import Card, Detail
from factcheck.tui.widgets.footer import DeskFooter
from factcheck.tui.widgets.queue_list import QueueList
from factcheck.tui.widgets.status import StatusBar

DETAIL_DELAY = 0.06
"""Seconds the cursor must rest on an item before its detail is read (holding j stays smooth)."""


class ReviewScreen(ReviewWorkers):
    """Step through the queue and record verdicts; every write goes through one writer worker, in order."""

    BINDINGS = keys.bindings(keys.REVIEW, keys.NAVIGATION)

    def __init__(self, db_path: Path, *, reviewer: str, view: data.View = data.View()) -> None:
        super().__init__()
        self.db_path = db_path
        self.reviewer = reviewer
        self.view = view
        self.generation = 0
        self.group_armed = False
        self.articles: list[dict] = []
        self._jobs: queues.Queue = queues.Queue()
        self._detail_timer: Timer | None = None
        self._detail_busy = False
        self._detail_wanted: dict | None = None
        self._shown_kind: str | None = "none"

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield Input(placeholder="search… (Enter applies, Esc closes)", id="search")
                yield QueueList(id="queue")
            yield Detail(id="detail")
        yield DeskFooter(compact=True)

    def on_mount(self) -> None:
        status = self.query_one(StatusBar)
        status.reviewer = self.reviewer
        search = self.query_one("#search", Input)
        search.display = False
        search.cursor_blink = getattr(self.app, "CURSOR_BLINK", True)
        self.query_one(QueueList).focus()
        self._writer()
        self.reload()

    def on_unmount(self) -> None:
        self._jobs.put(None)

    # --- loading ----------------------------------------------------------------------------------

    def reload(self, *, keep: str | None = None) -> None:
        """Read the queue for the current view and the counts again, in workers."""
        self.generation += 1
        self._keep = keep
        status = self.query_one(StatusBar)
        status.busy = True
        status.view = self.view.describe()
        self._load_queue(self.view, self.generation)
        self._load_counts()

    # --- messages from workers --------------------------------------------------------------------

    @on(QueueBatch)
    def _queue_batch(self, message: QueueBatch) -> None:
        if message.generation != self.generation:
            return
        listing = self.query_one(QueueList)
        if self._batch_is_first(message):
            listing.set_records(message.records, keep=self._keep)
        else:
            listing.extend(message.records)
        status = self.query_one(StatusBar)
        status.shown = len(listing.records)
        todo = sum(1 for r in message.records if r.get("verdict") is None)
        status.todo = todo if self._loaded_fresh else status.todo + todo
        status.busy = not message.done
        if message.done and not listing.records:
            self.call_later(self.query_one(Detail).show, None, self._empty_hint())

    def _batch_is_first(self, message: QueueBatch) -> bool:
        first = getattr(self, "_loaded_generation", None) != message.generation
        self._loaded_generation = message.generation
        self._loaded_fresh = first
        return first

    def _empty_hint(self) -> str:
        if self.query_one(StatusBar).total == 0:
            return ("The database has no statements yet: run `factcheck review CORPUS` (or `factcheck extract "
                    "CORPUS`) to read articles first.")
        return "Nothing in the queue for this filter (s changes the filter, t toggles unreviewed only)."

    @on(CountsLoaded)
    def _counts(self, message: CountsLoaded) -> None:
        if message.articles is not None:
            self.articles = message.articles
            outlets = {a["name"]: a["outlet"] for a in message.articles if a["outlet"]}
            self.query_one(QueueList).short_names = outlets
            self.query_one(Detail).outlets = outlets
        status = self.query_one(StatusBar)
        counts = message.counts
        status.total = counts["quotes"] + counts["claims"] + counts["conflicts"]
        status.reviewed = counts["reviewed"]

    @on(QueueList.Highlighted)
    def _highlighted(self, message: QueueList.Highlighted) -> None:
        kind = message.record["kind"] if message.record else None
        if kind != self._shown_kind:
            self._shown_kind = kind
            self.refresh_bindings()
        if self._detail_timer is not None:
            self._detail_timer.stop()
        if message.record is not None:
            record = message.record
            self._detail_timer = self.set_timer(DETAIL_DELAY, lambda: self._want_detail(record))

    @on(DetailLoaded)
    async def _detail_loaded(self, message: DetailLoaded) -> None:
        self._detail_busy = False
        wanted = self._detail_wanted
        if wanted is not None and wanted["id"] != message.item_id:
            self._want_detail(wanted)
            return
        current = self.query_one(QueueList).current
        if message.record and current is not None and current["id"] == message.item_id:
            await self.query_one(Detail).show(message.record)

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.notify(f"Could not read the {message.what}: {printable(message.error)}", severity="error", timeout=8,
                    markup=False)
        self.query_one(StatusBar).busy = False

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        listing = self.query_one(QueueList)
        detail = self.query_one(Detail)
        status = self.query_one(StatusBar)
        for item_id, state in message.states.items():
            old = listing.update_record(item_id, verdict=state["verdict"])
            if old is not None:
                status.todo += (state["verdict"] is None) - (old.get("verdict") is None)
            if detail.record is not None and detail.record["id"] == item_id:
                detail.set_state(state)
                current = listing.current
                if current is not None and current["id"] == item_id:
                    self._want_detail(current)  # its history grew
        if message.action in ("undo", "redo"):
            if not message.states:
                self.notify(f"Nothing to {message.action}.", timeout=2)
            else:
                first = next(iter(message.states))
                if first in listing.positions:
                    listing.cursor = listing.positions[first]
                verdict = message.states[first]["verdict"] or "no verdict"
                self.notify(f"{message.action.title()}: {first} is {verdict} again"
                            + (f" (+{len(message.states) - 1} more)" if len(message.states) > 1 else ""),
                            timeout=3)
        elif len(message.states) > 1:
            self.notify(f"Saved for the whole group: {plural(len(message.states), 'statement')}", timeout=3)
        self._load_counts()

    @on(WriteFailed)
    def _write_failed(self, message: WriteFailed) -> None:
        self.notify(f"Not saved ({message.action}): {printable(message.error)}", severity="error", timeout=10,
                    markup=False)
        self.reload(keep=message.item_ids[0] if message.item_ids else None)

    @on(QueueList.Chosen)
    def _chosen(self, message: QueueList.Chosen) -> None:
        self.action_open_article()

    # --- actions ----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Verdict keys show for statements, resolution keys for conflicts."""
        if not self.is_mounted:
            return True
        current = self.query_one(QueueList).current
        kind = current["kind"] if current else None
        if action == "verdict":
            return kind in ("quote", "claim")
        if action == "resolve":
            return kind == "conflict"
        if action in ("clear", "note", "open_article", "group") and current is None:
            return None
        return True

    def _record(self, changes: dict, *, advance: bool) -> None:
        listing = self.query_one(QueueList)
        current = listing.current
        if current is None:
            return
        armed = self.group_armed and current["kind"] != "conflict"
        self._jobs.put(("review", current["id"], changes, armed))
        self.group_armed = False
        self.query_one(StatusBar).group_armed = False
        if "verdict" in changes:
            old = current.get("verdict")
            listing.update_record(current["id"], verdict=changes["verdict"])
            status = self.query_one(StatusBar)
            status.reviewed += (changes["verdict"] is not None) - (old is not None)
            status.todo += (changes["verdict"] is None) - (old is None)
        detail = self.query_one(Detail)
        if detail.record is not None and detail.record["id"] == current["id"]:
            detail.set_state({**changes, "reviewer": self.reviewer})
        if advance:
            listing.cursor += 1

    def action_verdict(self, verdict: str) -> None:
        self._record({"verdict": verdict}, advance=True)

    def action_resolve(self, resolution: str) -> None:
        self._record({"verdict": resolution}, advance=True)

    def action_clear(self) -> None:
        self._record({"verdict": None}, advance=False)

    def action_undo(self) -> None:
        self._jobs.put(("undo", None, {}, False))

    def action_redo(self) -> None:
        self._jobs.put(("redo", None, {}, False))

    def action_group(self) -> None:
        detail = self.query_one(Detail).record
        current = self.query_one(QueueList).current
        if current is None or current["kind"] == "conflict":
            self.notify("Conflicts are resolved one by one; group verdicts are for quotes and claims.", timeout=3)
            return
        group = (detail or {}).get("group_detail") if detail and detail["id"] == current["id"] else None
        if not group:
            self.notify("This statement is not in a group.", timeout=3)
            return
        self.group_armed = not self.group_armed
        self.query_one(StatusBar).group_armed = self.group_armed
        if self.group_armed:
            self.notify(f"The next verdict applies to all {plural(len(group['members']), 'statement')} of the group.",
                        timeout=3)

    def action_note(self) -> None:
        from factcheck.tui.screens.note import NoteScreen

        current = self.query_one(QueueList).current
        if current is None:
            return
        detail = self.query_one(Detail).record
        same = detail is not None and detail["id"] == current["id"]
        note = (detail or {}).get("note") if same else None
        evidence = (detail or {}).get("evidence") if same else None

        def done(result: tuple[str, str] | None) -> None:
            if result is not None:
                self._record({"note": result[0] or None, "evidence": result[1] or None}, advance=False)

        self.app.push_screen(NoteScreen(current["id"], note, evidence), done)

    def action_open_article(self, source: str | None = None) -> None:
        from factcheck.tui.screens.article import ArticleScreen

        current = self.query_one(QueueList).current
        if current is None:
            return
        detail = self.query_one(Detail).record
        target = detail if detail is not None and detail["id"] == current["id"] else None
        self.app.push_screen(ArticleScreen(self.db_path, current, target, source=source))

    @on(Card.Clicked)
    def _card_clicked(self, message: Card.Clicked) -> None:
        self.action_open_article(message.item_id)

    def action_detail_page(self, direction: int) -> None:
        """Scroll the detail pane a page down (1) or up (-1): at 80x24 an item's other outlets, groups and
        conflicts lie below what the pane shows."""
        detail = self.query_one(Detail)
        if direction > 0:
            detail.scroll_page_down(animate=False)
        else:
            detail.scroll_page_up(animate=False)

    def action_facts(self) -> None:
        """Open the facts table (every fact of every story, values by outlet)."""
        from factcheck.tui.screens.facts import FactsScreen

        self.app.push_screen(FactsScreen(self.db_path, reviewer=self.reviewer))

    def action_filters(self) -> None:
        from factcheck.tui.screens.filters import FilterScreen

        def done(view: data.View | None) -> None:
            if view is not None and view != self.view:
                self.view = view
                self.reload()

        self.app.push_screen(FilterScreen(self.view, self.articles), done)

    def action_export(self) -> None:
        from factcheck.tui.screens.export import ExportScreen

        def done(choice: tuple[str, Path, bool] | None) -> None:
            if choice is not None:
                self._export(*choice)

        self.app.push_screen(ExportScreen(self.db_path.resolve().parent), done)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def _export(self, fmt: str, path: Path, include_all: bool) -> None:
        """Write the report with a connection of this thread; tell the reviewer where it went."""
        from factcheck import service
        from factcheck.report import write_report

        try:
            db = service.open_db(self.db_path)
            try:
                write_report(db, fmt, path, include_all=include_all)
                unpublished = fmt == "claimreview" and not service.publisher(db).name
            finally:
                db.close()
        except (OSError, service.FactcheckError) as error:
            self.app.call_from_thread(self.notify, f"Export failed: {printable(error)}", severity="error", timeout=8,
                                      markup=False)
            return
        self.app.call_from_thread(self.notify, f"Report written to {printable(path)}", timeout=5, markup=False)
        if unpublished:
            self.app.call_from_thread(self.notify, "No publisher set: the ClaimReview items have no author and no url. "
                                      "Set them once with `factcheck export --format claimreview --publisher NAME "
                                      "--url BASE`.", severity="warning", timeout=10, markup=False)

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.value = self.view.search or ""
        search.focus()

    def action_reload(self) -> None:
        current = self.query_one(QueueList).current
        self.reload(keep=current["id"] if current else None)

    def action_toggle_todo(self) -> None:
        status = "all" if self.view.status == "unreviewed" else "unreviewed"
        self.view = replace(self.view, status=status)
        self.action_reload()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        if self.view.search:
            self.view = replace(self.view, search=None)
            self.action_reload()
        search.display = False
        self.query_one(QueueList).focus()

    @on(Input.Submitted, "#search")
    def _search(self, event: Input.Submitted) -> None:
        self.view = replace(self.view, search=event.value.strip() or None)
        event.input.display = bool(self.view.search)
        self.query_one(QueueList).focus()
        self.reload()

