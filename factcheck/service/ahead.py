"""Embedding ahead: while worker processes extract, the writer encodes the texts that grouping will embed.

Grouping embeds each article's lead (story detection) and the statements of stories told by two or more
articles (only these have outlets to compare); both are known once an article is extracted, and the writer is
idle between two results, so encoding them then takes the embedding off the end of the run. Leads are encoded
as they arrive. An article's statements wait until its lead links it to another article it is alike to by
itself (``stories.link_score`` at least the story threshold and ``stories.alike_by_themselves``, the rules
story detection starts from): grouping compares the statements of no other article and so never embeds them
(in an archive most stories have one article, and a story can chain articles on one topic that share nothing).
The clauses grouping compares claims by (``match.clause_texts``) go with the statements; the masked clauses of
fact mentions are embedded later, by grouping, once the stories are known. Encoding runs in threads of their
own (numpy leaves the interpreter lock while it multiplies), so the writer goes on storing results and never
holds the workers up; the built-in encoder gets two threads, each batch on one BLAS thread
(``embed.parallel_encoding``), so what is left when the workers are done is encoded on both cores, and a
batch's vectors do not depend on which thread ran it. The vectors are kept in memory by exact text and handed
to grouping (``finish``), which still decides what to embed, in its own order, and writes the cache as before:
grouping gives the same result as without this step, only sooner.
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

LINK_BLOCK = 16
"""Leads compared with the earlier ones in one step (one matrix product instead of one per article); also how
many leads wait at most before they are handed to the encoder."""


class EmbedAhead:
    """Vectors by exact text, encoded in background threads as extracted articles arrive (``add``), in batches
    of ``batch`` texts; ``finish`` waits for them. The database is only read in the calling thread. Anything
    that goes wrong here is left for grouping, which encodes what is missing and reports errors as before."""

    def __init__(self, db: Database, model: str | None, *, batch: int = 64) -> None:
        from factcheck import embed
        from factcheck.facts.stories import story_threshold

        self.db = db
        self.model = model
        self.model_key = embed.model_key(model)
        self.threshold = story_threshold(self.model_key)
        self.batch = batch
        self.vectors: dict[str, np.ndarray] = {}
        self._pending: list[str] = []
        self._seen: set[str] = set()
        self._pool: ThreadPoolExecutor | None = None
        self._jobs: list[Future] = []
        self._limits: contextlib.ExitStack | None = None
        self._failed = False
        # per article, in the order they arrive: lead, evidence, named events, statements (and the clauses of its
        # claims) waiting for a link, linked yet
        self._leads: list[str] = []
        self._lead_texts: set[str] = set()
        self._bags: list[set[str]] = []
        self._named: list[frozenset[str]] = []
        self._waiting: list[list[str]] = []
        self._linked: list[bool] = []
        self._compared = 0  # articles whose lead has been compared with every earlier one
        self._matrix: np.ndarray | None = None  # the encoded ones' lead vectors (the first _filled rows)
        self._filled = 0
        self._rows: list[int] = []  # the article of each row
        self._new_leads = 0  # leads queued since the last flush

    def add(self, article: Article, extraction: Extraction) -> None:
        """Queue the texts grouping will embed for this article; encode when a batch is full."""
        from factcheck.facts.stories import event_names, evidence, lead
        from factcheck.match import clause_texts

        items = [*extraction.quotes, *extraction.claims]
        self._leads.append(lead(article))
        self._lead_texts.add(self._leads[-1])
        self._bags.append(evidence(items).get(article.name, set()))
        self._named.append(event_names(article))
        self._waiting.append(list(dict.fromkeys([it.text for it in items] + clause_texts(items, None))))
        self._linked.append(False)
        self._queue([self._leads[-1]])
        self._new_leads += 1
        self._collect(wait=False)
        self._link(final=False)
        if len(self._pending) >= self.batch or self._new_leads >= LINK_BLOCK:
            self.flush()

    def _queue(self, texts: Sequence[str]) -> None:
        for text in texts:
            if text not in self._seen:
                self._seen.add(text)
                self._pending.append(text)

    def flush(self) -> None:
        """Hand the queued texts that the database holds no vector for yet to the encoding thread (the cached
        vectors of leads are read: linking needs them)."""
        import numpy as np

        from factcheck.service.extraction import cached_hashes

        texts, self._pending, self._new_leads = self._pending, [], 0
        hashes = {t: text_hash(t) for t in texts}
        cached = cached_hashes(self.db, hashes.values(), self.model_key)
        for text in texts:
            if text in self._lead_texts and hashes[text] in cached:
                row = self.db.execute("select vector from embeddings where model = ? and text_hash = ?",
                                      [self.model_key, hashes[text]]).fetchone()
                self.vectors[text] = np.frombuffer(row[0], dtype=np.float32)
        todo = [t for t in texts if hashes[t] not in cached]
        if todo and (self._pool is not None or self._start()):
            self._jobs.append(self._pool.submit(self._encode, todo))

    def _collect(self, *, wait: bool) -> None:
        """Take the vectors of the encoding jobs that are done (all of them, waiting, with ``wait``)."""
        running = []
        for job in self._jobs:
            if not wait and not job.done():
                running.append(job)
                continue
            try:
                self.vectors.update(job.result())
            except Exception:  # grouping encodes these texts itself
                continue
        self._jobs = running

    def _link(self, *, final: bool) -> None:
        """Compare the leads that are encoded with every earlier one, in blocks of LINK_BLOCK (whatever is left
        with ``final``), and queue the statements of the articles that link to another. A lead that could not
        be encoded links its article (grouping decides)."""
        import numpy as np

        from factcheck.facts.stories import EVIDENCE_WEIGHT, alike_by_themselves, link_score

        ready = self._compared
        while ready < len(self._leads) and (self._leads[ready] in self.vectors or final):
            ready += 1
        if ready == self._compared or (ready - self._compared < LINK_BLOCK and not final):
            return
        block = range(self._compared, ready)
        missing = [k for k in block if self._leads[k] not in self.vectors]
        for k in missing:
            self._release(k)
        known = [k for k in block if self._leads[k] in self.vectors]
        if known:
            rows = np.vstack([self.vectors[self._leads[k]] for k in known]).astype(np.float32)
            everyone = self._grow(rows)
            sims = rows @ everyone.T
            floor = self.threshold - EVIDENCE_WEIGHT
            first = len(everyone) - len(rows)
            self._rows.extend(known)
            for r, k in enumerate(known):
                for c in np.nonzero(sims[r, : first + r] >= floor)[0].tolist():
                    other = self._rows[c]
                    score = link_score(float(sims[r, c]), self._bags[k], self._bags[other])
                    if score >= self.threshold and alike_by_themselves(score, self._bags[k], self._bags[other],
                                                                       self._named[k], self._named[other]):
                        self._release(k)
                        self._release(other)
        self._compared = len(self._leads) if final else ready

    def _grow(self, rows: np.ndarray) -> np.ndarray:
        """Append lead vectors to the matrix (its capacity doubles, so appending stays linear); the rows so far."""
        import numpy as np

        need = self._filled + len(rows)
        if self._matrix is None or need > len(self._matrix):
            bigger = np.zeros((max(need, 2 * (0 if self._matrix is None else len(self._matrix)), 64), rows.shape[1]),
                              dtype=np.float32)
            if self._matrix is not None:
                bigger[: self._filled] = self._matrix[: self._filled]
            self._matrix = bigger
        self._matrix[self._filled:need] = rows
        self._filled = need
        return self._matrix[:need]

    def _release(self, k: int) -> None:
        if not self._linked[k]:
            self._linked[k] = True
            self._queue(self._waiting[k])
            self._waiting[k] = []

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
        """Encode what is still queued, wait for the threads and return every vector by exact text."""
        try:
            self.flush()
            self._collect(wait=True)
            self._link(final=True)
            self.flush()
            self._collect(wait=True)
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
