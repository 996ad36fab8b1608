"""The facts table: per story, each fact with its values by outlet; Enter shows the sources side by side, a
number key records which value is right.

Article text is shown through ``Content`` and rich ``Text`` objects, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Static

from factcheck import service
from factcheck.service.facts import fact_what, outlet_of, verdict_text
from factcheck.tui import keys
from factcheck.tui.messages import LoadFailed
from factcheck.tui.widgets import render
from factcheck.tui.widgets.footer import DeskFooter

MARK = "≠"


class FactsLoaded(Message):
    """The facts of the database, read in a worker."""

    def __init__(self, facts: list[dict]) -> None:
        super().__init__()
        self.facts = facts


class FactSaved(Message):
    """A fact's verdict was written (or failed to be)."""

    def __init__(self, fact_id: str, verdict: str | None, error: str | None = None) -> None:
        super().__init__()
        self.fact_id, self.verdict, self.error = fact_id, verdict, error


def clusters_of(fact: dict) -> list[list[dict]]:
    """The fact's members by value cluster (0 = the value most outlets give), figures before vague words
    ("150.000 / More than 150,000", not "thousands / 150.000")."""
    out: dict[int, list[dict]] = {}
    for m in fact["members"]:
        out.setdefault(int(m.get("cluster") or 0) if not fact["agree"] else 0, []).append(m)
    return [sorted(out[k], key=lambda m: bool((m.get("value") or {}).get("vague"))) for k in sorted(out)]


def values_cell(fact: dict) -> Text:
    """"150.000 (hpd, SZ) ≠ around 100,000 (BBC)": each value cluster with its outlets."""
    cell = Text()
    for n, cluster in enumerate(clusters_of(fact)):
        if n:
            cell.append(f" {MARK} ", style="bold red")
        written = list(dict.fromkeys(render.clean(m["text"]) for m in cluster))
        outlets = list(dict.fromkeys(render.clean(outlet_of(m)) for m in cluster))
        cell.append(" / ".join(written[:2]), style="bold red" if n else "bold")
        cell.append(f" ({', '.join(outlets)})", style="dim")
    return cell


def what_cell(fact: dict) -> Text:
    text = Text(render.clean(fact_what(fact)), style="bold")
    if fact.get("source"):
        text.append(f" · per {render.clean(fact['source'])}", style="dim")
    if fact.get("modality") and fact["modality"] != "reported":
        text.append(f" · {fact['modality']}", style="dim")
    return text


def detail_content(fact: dict) -> Content:
    """The sources of a fact side by side: each value with its outlets and the sentence that states it."""
    lines = [Content.assemble((render.clean(fact_what(fact)), "bold"),
                              (f"   per {render.clean(fact['source'])}" if fact.get("source") else "", render.MUTED),
                              (f"   {fact['event_label']}" if fact.get("event_label") else "", render.MUTED),
                              ("   values agree" if fact["agree"] else "   outlets disagree",
                               render.MUTED if fact["agree"] else "bold $error"))]
    for n, cluster in enumerate(clusters_of(fact), start=1):
        head = f"value {n}: " if not fact["agree"] else ""
        written = " / ".join(dict.fromkeys(render.clean(m["text"]) for m in cluster))
        lines.append(Content.assemble((f"{head}{written}", "bold $error" if n > 1 else "bold")))
        for m in cluster:
            lines.append(Content.assemble((f"  {render.clean(outlet_of(m))}: ", "bold"),
                                          render.clean(m["sentence"])))
    if fact.get("verdict"):
        said = fact.get("verdict_text") or fact["verdict"]
        lines.append(Content.styled(f"verdict: {render.clean(said)} ({render.clean(fact.get('reviewer') or '?')})",
                                    "$success"))
    if not fact["agree"]:
        lines.append(Content.styled("1-9: that value is right · x: cannot tell · c: clear", render.MUTED))
    return Content("\n").join(lines)


VERDICT_WIDTH = 10


def _short(verdict: str | None) -> Text:
    """A verdict as its column shows it ("value 1"; the detail says which value that is)."""
    return Text((verdict or "").replace("_", " "))


class FactsScreen(Screen):
    """Every fact of every story; the reviewer picks which value is right."""

    BINDINGS = keys.bindings(keys.FACTS, keys.BACK)

    def __init__(self, db_path: Path, *, reviewer: str) -> None:
        super().__init__()
        self.db_path = db_path
        self.reviewer = reviewer
        self.facts: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Facts across outlets … loading", "bold"), id="facts-title")
        yield DataTable(id="facts-table", cursor_type="row", zebra_stripes=True)
        yield VerticalScroll(Static(id="facts-detail-text"), id="facts-detail")
        yield DeskFooter(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # The fact column grows with the screen ("dead (Brandenburg) · per police" at 160 columns, 24 at 80) and
        # the values take what is left, so the verdict column stays in view (each column has 2 cells of padding,
        # the scroll bar 2).
        width = self.app.size.width
        fact = max(24, min(44, width // 4))
        table.add_column("fact", width=fact, key="fact")
        table.add_column("values by outlet", width=max(20, width - fact - VERDICT_WIDTH - 3 * 2 - 2), key="values")
        table.add_column("verdict", width=VERDICT_WIDTH, key="verdict")
        self._load()

    @work(thread=True, exclusive=True, group="facts", exit_on_error=False)
    def _load(self) -> None:
        try:
            db = service.open_db(self.db_path)
            try:
                self.post_message(FactsLoaded(list(service.list_facts(db))))
            finally:
                db.close()
        except Exception as error:  # shown, never a crash
            self.post_message(LoadFailed("facts", f"{type(error).__name__}: {error}"))

    @on(FactsLoaded)
    def _loaded(self, message: FactsLoaded) -> None:
        self.facts = sorted(message.facts, key=lambda f: (f["agree"], f["story"] or "", f["measures"]))
        table = self.query_one(DataTable)
        table.clear()
        for fact in self.facts:
            table.add_row(what_cell(fact), values_cell(fact), _short(fact.get("verdict")), key=fact["id"])
        disagreeing = sum(1 for f in self.facts if not f["agree"])
        stories = len({f["story"] for f in self.facts})
        title = (f"Facts across outlets: {len(self.facts)} fact{'s' if len(self.facts) != 1 else ''} in {stories} "
                 f"stor{'ies' if stories != 1 else 'y'}, {disagreeing} disagreeing (first)")
        self.query_one("#facts-title", Static).update(Content.styled(title, "bold"))
        if self.facts:
            table.focus()
            self._show(0)
        else:
            self.query_one("#facts-detail-text", Static).update(
                Content.styled("No facts yet: facts are built when a corpus is extracted and grouped.", render.MUTED))

    @on(LoadFailed)
    def _failed(self, message: LoadFailed) -> None:
        self.notify(f"Could not read the {message.what}: {message.error}", severity="error", timeout=8)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show(event.cursor_row)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        self._show(event.cursor_row)
        self.query_one("#facts-detail", VerticalScroll).focus()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.facts):
            self.query_one("#facts-detail-text", Static).update(detail_content(self.facts[row]))

    @property
    def current(self) -> dict | None:
        row = self.query_one(DataTable).cursor_row
        return self.facts[row] if 0 <= row < len(self.facts) else None

    def action_fact_verdict(self, verdict: str) -> None:
        fact = self.current
        if fact is None:
            return
        if verdict.startswith("value_") and int(verdict[6:]) > len(clusters_of(fact)):
            self.notify(f"This fact has {len(clusters_of(fact))} value(s).", timeout=3)
            return
        self._save(fact["id"], verdict or None)

    def action_back(self) -> None:
        self.app.pop_screen()

    @work(thread=True, group="fact-writes", exit_on_error=False)
    def _save(self, fact_id: str, verdict: str | None) -> None:
        try:
            db = service.open_db(self.db_path)
            try:
                service.set_verdict(db, fact_id, verdict, reviewer=self.reviewer)
            finally:
                db.close()
            self.post_message(FactSaved(fact_id, verdict))
        except Exception as error:
            self.post_message(FactSaved(fact_id, verdict, f"{type(error).__name__}: {error}"))

    @on(FactSaved)
    def _saved(self, message: FactSaved) -> None:
        if message.error:
            self.notify(f"Not saved: {message.error}", severity="error", timeout=8)
            return
        for row, fact in enumerate(self.facts):
            if fact["id"] == message.fact_id:
                fact["verdict"], fact["reviewer"] = message.verdict, self.reviewer
                fact["verdict_text"] = verdict_text(message.verdict, fact["members"])
                table = self.query_one(DataTable)
                table.update_cell(message.fact_id, "verdict", _short(message.verdict))
                if row == table.cursor_row:
                    self._show(row)
        saved = next((f.get("verdict_text") for f in self.facts if f["id"] == message.fact_id), None)
        self.notify(f"Saved: {saved or 'cleared'}", timeout=2)
