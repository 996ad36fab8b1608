"""The first-run screen: extracts the corpus in a worker with a progress bar, then hands over to the queue."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Label, ProgressBar, Static
from textual.worker import get_current_worker

from factcheck import service
from factcheck.display import plural, printable
from factcheck.tui import keys
from factcheck.tui.messages import ExtractFinished, ExtractProgress
from factcheck.tui.widgets.footer import DeskFooter

STAGES = {"extract": "Reading and extracting articles", "embed": "Encoding statements",
          "group": "Grouping statements across articles", "conflicts": "Looking for conflicts"}


class Cancelled(Exception):
    """Raised inside the extraction worker when the reviewer cancels."""


class ExtractScreen(Screen):
    """Shows extraction progress; Escape cancels (what was extracted so far stays in the database)."""

    BINDINGS = keys.bindings(keys.EXTRACT)

    def __init__(self, db_path: Path, corpus: Path, *, extractor: Callable = service.extract) -> None:
        super().__init__()
        self.db_path = db_path
        self.corpus = corpus
        self.extractor = extractor

    def compose(self) -> ComposeResult:
        with Vertical(id="extract-box", classes="dialog"):
            yield Label(Content(printable(f"Extracting {self.corpus} into {self.db_path.name}")), classes="dialog-title")
            yield Label("Starting… (loading the language models takes a moment)", id="stage")
            yield ProgressBar(total=None, show_eta=False, id="extract-progress")
            yield Static(Content.styled("The queue opens when this is done. Esc cancels.", "$foreground-muted"))
        yield DeskFooter(compact=True)

    def on_mount(self) -> None:
        self._extract()

    @work(thread=True, exclusive=True, group="extract", exit_on_error=False)
    def _extract(self) -> None:
        worker = get_current_worker()

        def progress(stage: str, done: int, total: int) -> None:
            if worker.is_cancelled:
                raise Cancelled()
            self.post_message(ExtractProgress(stage, done, total))

        db = service.open_db(self.db_path)
        try:
            summary = self.extractor(db, [self.corpus], progress=progress)
            text = (f"{plural(summary.articles, 'article')}, {plural(summary.quotes, 'quote')}, "
                    f"{plural(summary.claims, 'claim')}, {plural(summary.groups or 0, 'group')}, "
                    f"{plural(summary.conflicts or 0, 'conflict')}")
            if summary.problems:
                text += f"; {plural(len(summary.problems), 'problem')}, e.g. " + "; ".join(summary.problems[:2])
            self.post_message(ExtractFinished(text))
        except Cancelled:
            self.post_message(ExtractFinished(None, cancelled=True))
        except Exception as error:
            self.post_message(ExtractFinished(None, error=f"{type(error).__name__}: {error}"))
        finally:
            db.close()

    @on(ExtractProgress)
    def _progress(self, message: ExtractProgress) -> None:
        stage = STAGES.get(message.stage, message.stage)
        self.query_one("#stage", Label).update(f"{stage}: {message.done}/{message.total}")
        self.query_one("#extract-progress", ProgressBar).update(total=max(message.total, 1), progress=message.done)

    @on(ExtractFinished)
    def _finished(self, message: ExtractFinished) -> None:
        if message.error:
            self.notify(f"Extraction failed: {printable(message.error)}", severity="error", timeout=15, markup=False)
        elif message.cancelled:
            self.notify("Extraction cancelled; the queue shows what was stored so far.", severity="warning")
        else:
            self.notify(f"Extracted: {printable(message.summary)}", timeout=6, markup=False)
        self.app.show_queue()

    def action_cancel(self) -> None:
        self.app.workers.cancel_group(self, "extract")
        self.query_one("#stage", Label).update("Cancelling after the current file…")
