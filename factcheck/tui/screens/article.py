"""The source article, scrolled to the statement and with the statement and its values highlighted."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from factcheck import service
from factcheck.display import printable
from factcheck.tui import keys
from factcheck.tui.messages import ArticleLoaded, LoadFailed
from factcheck.tui.widgets import render
from factcheck.tui.widgets.footer import DeskFooter


STATEMENT = "bold on $warning-muted"


def sources_of(record: dict) -> list[dict]:
    """Where a record can be read: both sides of a conflict, or the statement then the rest of its group."""
    if record.get("kind") == "conflict":
        return [{**side, "kind": "side"} for side in record.get("claims") or ()]
    members = (record.get("group_detail") or {}).get("members") or []
    return [record] + [{**m, "kind": "member"} for m in members if m["id"] != record.get("id")]


def spans_of(record: dict) -> list[tuple[int, int, str]]:
    """Article-offset spans to highlight for one source: the statement, its values, speaker and cue."""
    spans: list[tuple[int, int, str]] = []
    if record.get("kind") in ("side", "member"):
        spans.append((record["start"], record["end"], STATEMENT))
        value = (record.get("value") or {}).get("text")
        found = record["text"].find(value) if value and record["kind"] == "side" else -1
        if found >= 0:
            spans.append((record["start"] + found, record["start"] + found + len(value), render.CONFLICT))
        return spans
    if record.get("start") is not None:
        spans.append((record["start"], record["end"], STATEMENT))
    for value in record.get("values") or ():
        spans.append((value["start"], value["end"], render.VALUE))
    sentence, base = record.get("sentence") or "", record.get("sentence_start")
    for field, style in (("speaker_mention", render.SPEAKER), ("cue", render.CUE)):
        found = sentence.find(record[field]) if record.get(field) and base is not None else -1
        if found >= 0:
            spans.append((base + found, base + found + len(record[field]), style))
    return spans


class ArticleScreen(Screen):
    """Read the article a statement comes from; Escape goes back to the queue."""

    BINDINGS = keys.bindings(keys.BACK, keys.ARTICLE)

    def __init__(self, db_path: Path, item: dict, detail: dict | None, *, source: str | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.item = item
        self.detail = detail
        self.target: Static | None = None
        self.target_prefix = ""
        self.wanted_source = source
        self.source = self._source_index()

    def _source_index(self) -> int:
        """Which source to show first: the one asked for (a clicked card), else the statement's own."""
        ids = [s.get("id") for s in self.sources]
        return ids.index(self.wanted_source) if self.wanted_source in ids else 0

    @property
    def sources(self) -> list[dict]:
        """Every place the statement can be read (one per article of its group or conflict)."""
        return sources_of(self.detail) if self.detail else [self.item]

    @property
    def article_name(self) -> str:
        """The article shown now."""
        return self.sources[self.source]["article"] if self.detail else self.item["article"]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The source keys only show when the statement has more than one source."""
        if action == "source":
            return len(self.sources) > 1
        return True

    def action_source(self, step: int) -> None:
        """Show the next (or previous) source of the group or conflict."""
        self.source = (self.source + step) % len(self.sources)
        self.target = None
        self._load(self.article_name, self.item["id"])

    def compose(self) -> ComposeResult:
        yield Static(Content.styled(f"{printable(self.article_name)} …", "bold"), id="article-title")
        yield VerticalScroll(Static(Content.styled("Loading…", render.MUTED)), id="article-body")
        yield DeskFooter(compact=True)

    def on_mount(self) -> None:
        self._load(self.article_name, (self.detail or {}).get("id") or self.item["id"])

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def _load(self, name: str, item_id: str) -> None:
        db = service.open_db(self.db_path)
        try:
            if self.detail is None:
                self.detail = service.item_detail(db, item_id)
                self.source = self._source_index()
                name = self.article_name
            text = service.article_text(db, name)
            info = service.get_article(db, name)
            self.post_message(ArticleLoaded(name, text, info))
        except Exception as error:
            self.post_message(LoadFailed("article", f"{type(error).__name__}: {error}"))
        finally:
            db.close()

    @on(LoadFailed)
    def _failed(self, message: LoadFailed) -> None:
        self.notify(f"Could not read the {message.what}: {printable(message.error)}", severity="error", timeout=8,
                    markup=False)

    @on(ArticleLoaded)
    async def _loaded(self, message: ArticleLoaded) -> None:
        spans = spans_of(self.sources[self.source])
        title = render.article_line(message.info, message.name)
        if len(self.sources) > 1:
            title = title + Content.styled(f"   source {self.source + 1} of {len(self.sources)} ([ ] switch)",
                                           render.MUTED)
        self.refresh_bindings()
        self.query_one("#article-title", Static).update(title)
        body = self.query_one("#article-body", VerticalScroll)
        await body.remove_children()
        paragraphs = []
        offset = 0
        anchor = min((s[0] for s in spans), default=0)
        for block in message.text.split("\n"):
            start, end = offset, offset + len(block)
            offset = end + 1
            if not block.strip():
                continue
            local = [(max(a, start) - start, min(b, end) - start, style) for a, b, style in spans if a < end and b > start]
            widget = Static(render.marked(block, local), classes="paragraph")
            paragraphs.append(widget)
            if start <= anchor <= end and self.target is None:
                self.target = widget
                self.target_prefix = block[: anchor - start]
        await body.mount_all(paragraphs)
        self.call_after_refresh(self.action_recentre)

    def action_recentre(self) -> None:
        """Scroll so that the statement sits in the upper third of the view."""
        if self.target is None:
            return
        body = self.query_one("#article-body", VerticalScroll)
        width = max(self.target.content_region.width, 1)
        line = len(Content(self.target_prefix).wrap(width)) - 1 if self.target_prefix else 0
        y = self.target.virtual_region.y + line - body.size.height // 3
        body.scroll_to(y=max(y, 0), animate=False)

    def action_scroll_down(self) -> None:
        self.query_one("#article-body", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#article-body", VerticalScroll).scroll_up(animate=False)

    def action_back(self) -> None:
        self.app.pop_screen()
