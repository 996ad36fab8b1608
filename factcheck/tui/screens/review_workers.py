"""The review screen's workers: reading the queue, counts and details, and the one writer thread."""

from __future__ import annotations

import queue as queues
import time
from pathlib import Path

from textual import work
from textual.screen import Screen
from textual.worker import get_current_worker

from factcheck import service
from factcheck.tui import data
from factcheck.tui.messages import CountsLoaded, DetailLoaded, LoadFailed, QueueBatch, Saved, WriteFailed


class ReviewWorkers(Screen):
    """Database work of the review screen in thread workers that only post messages (one connection each)."""

    db_path: Path
    reviewer: str
    articles: list[dict]
    _jobs: queues.Queue
    _detail_busy: bool
    _detail_wanted: dict | None

    @work(thread=True, exclusive=True, group="queue", exit_on_error=False)
    def _load_queue(self, view: data.View, generation: int) -> None:
        worker = get_current_worker()
        try:
            db = service.open_db(self.db_path)
        except Exception as error:
            self.post_message(LoadFailed("queue", f"{type(error).__name__}: {error}"))
            return
        try:
            batches = data.queue_batches(db, view)
            previous = next(batches, [])
            for batch in batches:
                if worker.is_cancelled:
                    return
                self.post_message(QueueBatch(generation, previous, False))
                previous = batch
            self.post_message(QueueBatch(generation, previous, True))
        except Exception as error:  # shown to the reviewer, never a crash
            self.post_message(LoadFailed("queue", f"{type(error).__name__}: {error}"))
        finally:
            db.close()

    @work(thread=True, exclusive=True, group="counts", exit_on_error=False)
    def _load_counts(self) -> None:
        try:
            db = service.open_db(self.db_path)
            try:
                counts = service.counts(db)
                articles = None
                if not self.articles:
                    articles = [{"name": a["name"], "title": a["title"], "outlet": a["outlet"]}
                                for a in service.list_articles(db)]
                self.post_message(CountsLoaded(counts, articles))
            finally:
                db.close()
        except Exception as error:
            self.post_message(LoadFailed("counts", f"{type(error).__name__}: {error}"))

    def _want_detail(self, item: dict) -> None:
        """Load an item's detail; at most one detail worker runs, and it always ends on the newest wish."""
        self._detail_wanted = item
        if not self._detail_busy:
            self._detail_busy = True
            self._load_detail(item)

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _load_detail(self, item: dict) -> None:
        try:
            db = service.open_db(self.db_path)
        except Exception as error:
            self.post_message(LoadFailed("detail", f"{type(error).__name__}: {error}"))
            self.post_message(DetailLoaded(item["id"], {}))
            return
        try:
            self.post_message(DetailLoaded(item["id"], data.detail(db, item)))
        except Exception as error:
            self.post_message(LoadFailed("detail", f"{type(error).__name__}: {error}"))
            self.post_message(DetailLoaded(item["id"], {}))
        finally:
            db.close()

    @work(thread=True, group="writer", exit_on_error=False)
    def _writer(self) -> None:
        """The one thread that writes: reviewer actions in the order of the keys, each its own transaction."""
        try:
            db = service.open_db(self.db_path)
        except Exception as error:
            db, broken = None, f"{type(error).__name__}: {error}"
        while True:
            job = self._jobs.get()
            if job is None:
                self._jobs.task_done()
                break
            action, item_id, changes, apply_to_group = job
            started = time.perf_counter()
            try:
                if db is None:
                    raise service.FactcheckError(f"cannot open the database ({broken})")
                states = data.write(db, action, item_id, self.reviewer, changes, apply_to_group)
                self.post_message(Saved(action, states, time.perf_counter() - started))
            except Exception as error:
                self.post_message(WriteFailed(action, [item_id] if item_id else [], f"{type(error).__name__}: {error}"))
            finally:
                self._jobs.task_done()
        if db is not None:
            db.close()

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until every queued write is committed (on quit and in tests); False if that took too long."""
        deadline = time.monotonic() + timeout
        while self._jobs.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)
        return True
