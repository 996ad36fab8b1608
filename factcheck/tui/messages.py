"""Messages that workers and widgets post upwards ("attributes down, messages up")."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class QueueBatch(Message):
    """A batch of queue records loaded by the queue worker for one filter generation."""

    generation: int
    records: list[dict]
    done: bool


@dataclass
class CountsLoaded(Message):
    """Database totals (articles, quotes, claims, conflicts, reviewed), and the articles when first read."""

    counts: dict[str, int]
    articles: list[dict] | None = None


@dataclass
class DetailLoaded(Message):
    """The full record of one item, ready for the detail pane."""

    item_id: str
    record: dict


@dataclass
class ArticleLoaded(Message):
    """An article's text and metadata for the article screen."""

    name: str
    text: str
    info: dict | None


@dataclass
class Saved(Message):
    """A write finished: the current review state of every item it touched."""

    action: str
    states: dict[str, dict]
    seconds: float


@dataclass
class WriteFailed(Message):
    """A write failed; the UI shows the error and reloads what it showed optimistically."""

    action: str
    item_ids: list[str]
    error: str


@dataclass
class LoadFailed(Message):
    """A read in a worker failed."""

    what: str
    error: str


@dataclass
class ExtractProgress(Message):
    """Progress of the extraction worker: a stage name and done/total."""

    stage: str
    done: int
    total: int


@dataclass
class ExtractFinished(Message):
    """The extraction worker is done (summary text), failed (error) or was cancelled."""

    summary: str | None
    error: str | None = None
    cancelled: bool = False
