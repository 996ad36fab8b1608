"""Embedding ahead: while worker processes extract, the writer encodes the texts that grouping will embed.

Grouping embeds every statement, each article's lead (story detection), the clause of every fact mention
(``facts.build``) and the clauses of claims (``match.clauses``). All of them are known once an article is
extracted, and the writer is idle between two results, so encoding them then takes the embedding off the end
of the run. The vectors are kept in memory by exact text and handed to grouping, which still decides what to
embed, in its own order, and writes the cache as before: grouping gives the same result as without this step,
only sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlite_utils import Database

from factcheck.models import Article, Extraction
from factcheck.store.ids import text_hash

if TYPE_CHECKING:
    import numpy as np


class EmbedAhead:
    """Vectors by exact text, encoded as extracted articles arrive (``add``), in batches of ``batch`` texts."""

    def __init__(self, db: Database, model: str | None, *, batch: int = 64) -> None:
        from factcheck import embed

        self.db = db
        self.model = model
        self.model_key = embed.model_key(model)
        self.batch = batch
        self.vectors: dict[str, np.ndarray] = {}
        self._pending: list[str] = []
        self._seen: set[str] = set()

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
        """Encode the queued texts that the database does not hold a vector for yet."""
        from factcheck import embed

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
            self.vectors.update(zip(todo, embed.encode(embed.load_model(self.model), todo)))
