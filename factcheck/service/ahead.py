"""Embedding ahead: while worker processes extract, the writer encodes the texts that grouping will embed.

Grouping embeds every statement, each article's lead (story detection), the clause of every fact mention
(``facts.build``) and the clauses of claims (``match.clauses``). All of them are known once an article is
extracted, and the writer is idle between two results, so encoding them then takes the embedding off the end
of the run. Encoding runs in a thread of its own (numpy leaves the interpreter lock while it multiplies), so the
writer goes on storing results and never holds the workers up. The vectors are kept in memory by exact text
and handed to grouping (``finish``), which still decides what to embed, in its own order, and writes the cache
as before: grouping gives the same result as without this step, only sooner.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Sequence

from sqlite_utils import Database

from factcheck.models import Article, Extraction
from factcheck.store.ids import text_hash

if TYPE_CHECKING:
    import numpy as np


class EmbedAhead:
    """Vectors by exact text, encoded in a background thread as extracted articles arrive (``add``), in batches
    of ``batch`` texts; ``finish`` waits for them. The database is only read in the calling thread."""

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

    def add(self, article: Article, extraction: Extraction) -> None:
        """Queue the texts grouping will embed for this article; encode when a batch is full."""
        from factcheck.facts.mentions import build_mentions
        from factcheck.facts.stories import lead
        from factcheck.match.clauses import clauses

        items = [*extraction.quotes, *extraction.claims]
        texts = [it.text for it in items] + [lead(article)]
        texts += [m.clause for m in build_mentions(items, {article.name: article})]
        texts += [part for claim in extraction.claims for part in clauses(claim.text)]
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
        if todo:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-embed-ahead")
            self._jobs.append(self._pool.submit(self._encode, todo))

    def _encode(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        from factcheck import embed

        return dict(zip(texts, embed.encode(embed.load_model(self.model), texts)))

    def finish(self) -> dict[str, np.ndarray]:
        """Encode what is still queued, wait for the thread and return every vector by exact text."""
        self.flush()
        try:
            for job in self._jobs:
                self.vectors.update(job.result())
        finally:
            self._jobs = []
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None
        return self.vectors

    def cancel(self) -> None:
        """Drop what is queued and stop the thread without waiting (the run is being abandoned)."""
        self._pending, self._jobs = [], []
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
