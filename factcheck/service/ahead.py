"""Embedding ahead: while worker processes extract, the writer encodes the texts that grouping will embed.

Grouping embeds every statement and each article's lead (story detection); both are known once an article is
extracted, and the writer is idle between two results, so encoding them then takes the embedding off the end
of the run. The clauses of fact mentions and of claims are embedded later, by grouping, and only for stories
told by two or more articles (in an archive most stories have one article, and nothing to compare). Encoding
runs in threads of their own (numpy leaves the interpreter lock while it multiplies), so the writer goes on
storing results and never holds the workers up; the built-in encoder gets two threads, each batch on one BLAS
thread (``embed.parallel_encoding``), so what is left when the workers are done is encoded on both cores, and a
batch's vectors do not depend on which thread ran it. The vectors are kept in memory by exact text and handed to grouping
(``finish``), which still decides what to embed, in its own order, and writes the cache as before: grouping
gives the same result as without this step, only sooner.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Sequence

from sqlite_utils import Database

from factcheck.models import Article, Extraction
from factcheck.store.ids import text_hash

if TYPE_CHECKING:
    import numpy as np


class EmbedAhead:
    """Vectors by exact text, encoded in background threads as extracted articles arrive (``add``), in batches
    of ``batch`` texts; ``finish`` waits for them. The database is only read in the calling thread. Anything
    that goes wrong here is left for grouping, which encodes what is missing and reports errors as before."""

    def __init__(self, db: Database, model: str | None, *, batch: int = 64) -> None:
        from factcheck import embed

        self.db = db
        self.model = model
        self.model_key = embed.model_key(model)
        self.batch = batch
        self.vectors: dict[str, np.ndarray] = {}
        self._pending: list[str] = []
        self._seen: set[str] = set()
        self._pool: ThreadPoolExecutor | None = None
        self._jobs: list[Future] = []
        self._limits: contextlib.ExitStack | None = None
        self._failed = False

    def add(self, article: Article, extraction: Extraction) -> None:
        """Queue the texts grouping will embed for this article; encode when a batch is full."""
        from factcheck.facts.stories import lead

        items = [*extraction.quotes, *extraction.claims]
        texts = [it.text for it in items] + [lead(article)]
        for text in texts:
            if text not in self._seen:
                self._seen.add(text)
                self._pending.append(text)
        if len(self._pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Hand the queued texts that the database holds no vector for yet to the encoding thread."""
        texts, self._pending = self._pending, []
        hashes = {text_hash(t) for t in texts}
        cached: set[str] = set()
        unique = sorted(hashes)
        for start in range(0, len(unique), 900):
            chunk = unique[start:start + 900]
            cached.update(row[0] for row in self.db.execute(
                f"select text_hash from embeddings where model = ? and text_hash in ({','.join('?' * len(chunk))})",
                [self.model_key, *chunk]))
        todo = [t for t in texts if text_hash(t) not in cached]
        if todo and (self._pool is not None or self._start()):
            self._jobs.append(self._pool.submit(self._encode, todo))

    def _start(self) -> bool:
        """Load the encoder in this thread (not in two at once) and start the encoding threads."""
        from factcheck import embed

        if self._failed:
            return False
        try:
            model = embed.load_model(self.model)
            embed.encode(model, ["Warm-up."])  # built-in encoders load their weights on first use
        except Exception:  # grouping loads the model again and says what is wrong
            self._failed = True
            return False
        self._limits = contextlib.ExitStack()
        threads = self._limits.enter_context(embed.parallel_encoding(model))
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="factcheck-embed-ahead")
        return True

    def _encode(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        from factcheck import embed

        return dict(zip(texts, embed.encode(embed.load_model(self.model), texts)))

    def finish(self) -> dict[str, np.ndarray]:
        """Encode what is still queued, wait for the thread and return every vector by exact text."""
        self.flush()
        try:
            for job in self._jobs:
                try:
                    self.vectors.update(job.result())
                except Exception:  # grouping encodes these texts itself
                    continue
        finally:
            self._jobs = []
            self._stop(wait=True)
        return self.vectors

    def cancel(self) -> None:
        """Drop what is queued and stop the thread without waiting (the run is being abandoned)."""
        self._pending, self._jobs = [], []
        self._stop(wait=False)

    def _stop(self, *, wait: bool) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None
        if self._limits is not None:
            self._limits.close()
            self._limits = None
