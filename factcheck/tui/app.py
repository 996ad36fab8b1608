"""The review desk application and its entry point ``run`` (called by ``factcheck review``)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Callable, Mapping

from textual import events
from textual.app import App

from factcheck import service
from factcheck.tui import keys
from factcheck.tui.screens.review import ReviewScreen


def needs_extraction(db_path: Path) -> bool:
    """True when the database is new or holds no article; creates and migrates it once, before any worker runs."""
    return database_state(db_path)[0]


def database_state(db_path: Path, corpus: Path | None = None) -> tuple[bool, bool]:
    """(the extraction of `corpus` is to be done or finished, opened read-only) of the database at `db_path`
    (without `corpus`: whether it holds no article)."""
    db = service.open_db(db_path)
    try:
        pending = service.unfinished(db, corpus) if corpus is not None else service.counts(db)["articles"] == 0
        return pending, service.is_read_only(db)
    finally:
        db.close()


def initial_theme(environ: Mapping[str, str]) -> str:
    """FACTCHECK_THEME if set, else light when the terminal says its background is light (COLORFGBG)."""
    if environ.get("FACTCHECK_THEME"):
        return environ["FACTCHECK_THEME"]
    background = environ.get("COLORFGBG", "").split(";")[-1]
    return "textual-light" if background in ("7", "15") else "textual-dark"


class ReviewApp(App):
    """Review quotes, claims and conflicts of a claims.db; extracts a corpus first when the database is empty or
    its extraction was left half done (``service.unfinished``)."""

    CSS_PATH = Path(__file__).parent / "app.tcss"
    TITLE = "factcheck review"
    BINDINGS = keys.bindings(keys.APP)
    CURSOR_BLINK = True
    """Blinking cursors in inputs (tests switch it off to freeze snapshots)."""

    def __init__(self, db_path: str | Path = "claims.db", *, reviewer: str | None = None,
                 corpus: str | Path | None = None, extractor: Callable = service.extract,
                 theme: str | None = None) -> None:
        super().__init__()
        self.start_theme = theme
        self.db_path = Path(db_path)
        self.reviewer = reviewer or service.default_reviewer()
        self.corpus = Path(corpus) if corpus else None
        self.extractor = extractor

    def on_mount(self) -> None:
        self.theme = self.start_theme or initial_theme(os.environ)
        self.sub_title = f"{self.db_path.name} · {self.reviewer}"
        try:
            pending, read_only = database_state(self.db_path, self.corpus)
        except service.FactcheckError as error:
            self.exit(return_code=1, message=str(error))
            return
        if read_only:
            self.sub_title += " · read-only"
            self.notify(f"{self.db_path} is read-only (file or folder not writable): you can read, "
                        "but verdicts are not saved", severity="warning", timeout=15)
            pending = False
        if self.corpus is not None and pending:
            from factcheck.tui.screens.extract import ExtractScreen

            self.push_screen(ExtractScreen(self.db_path, self.corpus, extractor=self.extractor))
        else:
            self.show_queue()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(self.size.width < 110, "narrow")
        self.set_class(self.size.width < 130, "medium")

    def show_queue(self) -> None:
        """Replace whatever is shown with the review queue."""
        screen = ReviewScreen(self.db_path, reviewer=self.reviewer)
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    @property
    def review_screen(self) -> ReviewScreen | None:
        """The queue screen, wherever it is in the stack."""
        return next((s for s in self.screen_stack if isinstance(s, ReviewScreen)), None)

    async def settle(self) -> None:
        """Wait until every queued write is committed."""
        screen = self.review_screen
        if screen is not None:
            await asyncio.to_thread(screen.flush)

    def action_help(self) -> None:
        from factcheck.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen.active_bindings))

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    async def action_quit(self) -> None:
        await self.settle()
        self.exit()


def run(db_path: Path, *, reviewer: str | None = None, corpus: Path | None = None) -> None:
    """Open the review desk on `db_path` (extracting `corpus` first when the database is new or empty, or its
    extraction of `corpus` was left half done)."""
    ReviewApp(db_path, reviewer=reviewer, corpus=corpus).run()
