"""The detail pane: the current item in context, its group side by side, its conflicts and the review state."""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from factcheck.display import plural, printable
from factcheck.tui import keys
from factcheck.tui.widgets import render


class Card(Static):
    """One source's version of a statement, in a bordered box titled with the article; a click opens it there."""

    @dataclass
    class Clicked(Message):
        """The reviewer clicked a source: open its article at the statement."""

        item_id: str

    def __init__(self, content: Content, *, item_id: str, classes: str = "") -> None:
        super().__init__(content, classes=classes)
        self.item_id = item_id
        self.tooltip = "Click to read it in its article"

    def on_click(self) -> None:
        self.post_message(self.Clicked(self.item_id))

    DEFAULT_CSS = """
    Card { border: round $foreground 35%; height: auto; width: 1fr; padding: 0 1;
        border-title-color: $text; border-title-style: bold; border-subtitle-color: $text-muted; }
    Card.current { border: round $accent; border-title-color: $text-accent; }
    """


class Detail(VerticalScroll):
    """Shows one queue record fully; `show(record)` replaces what is shown, `set_state` updates the review."""

    DEFAULT_CSS = """
    Detail { padding: 0 1; }
    Detail > Static { height: auto; }
    Detail .section { color: $text-muted; text-style: bold; margin-top: 1; }
    Detail .cards { height: auto; }
    Detail .review-state { background: $boost; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.record: dict | None = None
        self.can_focus = False
        self.outlets: dict[str, str] = {}
        """Article name -> outlet, so sources are named by who published them (the file name otherwise)."""

    def _source_name(self, name: str, info: dict | None = None) -> str:
        return (info or {}).get("outlet") or self.outlets.get(name) or name

    def compose(self):
        yield Static(Content.styled("Loading the queue…", render.MUTED), id="detail-empty")

    async def show(self, record: dict | None, hint: str = "Nothing in the queue for this filter.") -> None:
        """Replace the pane's content with `record` (None shows the hint instead)."""
        self.record = record
        with self.app.batch_update():
            await self.remove_children()
            if record is None:
                await self.mount(Static(Content.styled(hint, render.MUTED)))
                return
            await self.mount_all(list(self._widgets(record)))
        self.scroll_home(animate=False)

    def set_state(self, state: dict) -> None:
        """Show a new verdict, note or evidence for the current record without reloading it."""
        if self.record is None:
            return
        self.record = {**self.record, **state}
        for widget in self.query(".review-state"):
            if isinstance(widget, Static):
                widget.update(self._state(self.record))

    # --- building ---------------------------------------------------------------------------------

    def _widgets(self, record: dict):
        if record["kind"] == "conflict":
            yield from self._conflict(record)
        else:
            yield from self._statement(record)
        if record.get("history"):
            yield Static("History", classes="section")
            yield Static(render.history_lines(record["history"]))

    def _state(self, record: dict) -> Content:
        parts: list[Content | str | tuple[str, str]] = [render.verdict_badge(record.get("verdict"))]
        if record.get("verdict") and record.get("reviewer"):
            parts.append((f"  by {printable(record['reviewer'])}", render.MUTED))
        if record.get("note"):
            parts += ["\n", ("note ", render.MUTED), printable(record["note"], one_line=False)]
        if record.get("evidence"):
            parts += ["\n", ("evidence ", render.MUTED), (printable(record["evidence"]), "underline $text-primary")]
        return Content.assemble(*parts)

    def _title(self, record: dict) -> Content:
        kind = record["kind"]
        label = {"quote": "QUOTE", "claim": "CLAIM", "conflict": "CONFLICT"}[kind]
        style = "bold $text-error" if kind == "conflict" else "bold $text-accent"
        extra = f" · {record['type'].replace('_', ' ')}" if record.get("type") else ""
        return Content.assemble((label + extra, style), (f"  {record['id']}", render.MUTED))

    def _statement(self, record: dict):
        conflicts = record.get("conflicts") or []
        yield Static(self._title(record))
        yield Static(self._state(record), classes="review-state")
        yield Static("In context", classes="section")
        marks = render.conflict_texts_for(record["id"], conflicts) + render.wording_words(record["id"], conflicts)
        before, after = record.get("context") or ("", "")
        yield Static(Content.assemble((printable(before, one_line=False), render.MUTED),
                                      render.statement_in_sentence(record, conflict_texts=marks),
                                      (printable(after, one_line=False), render.MUTED)))
        if record["kind"] == "quote":
            who = printable(record.get("speaker") or "unknown speaker")
            mention = printable(record.get("speaker_mention"))
            yield Static(Content.assemble(
                ("speaker ", render.MUTED), (who, render.SPEAKER),
                (f" (“{mention}”)" if mention and mention != who else "", render.MUTED),
                ("   cue ", render.MUTED), printable(record.get("cue")) or "–",
                ("   type ", render.MUTED), printable(record.get("type")) or "–"))
        if record.get("values"):
            yield Static(render.value_list(record["values"]))
        yield Static(render.article_line(record.get("article_info"), record["article"]))
        yield Static(render.outlet_line(record.get("article_info")))
        group = record.get("group_detail")
        if group and len(group["members"]) > 1:
            yield Static(f"Same statement in {plural(len(group['members']), 'source')} (group {group['id']})",
                         classes="section")
            yield Horizontal(*self._member_cards(record, group["members"], conflicts), classes="cards")
        for other in record.get("other_groups") or []:
            members = [m for m in other.get("members") or [] if m["id"] != record["id"]]
            yield Static(f"Also grouped with {plural(len(members), 'source')} (group {other['id']})",
                         classes="section")
            for member in members:
                yield Static(Content.assemble((printable(self._source_name(member["article"])) + "  ", render.MUTED),
                                              printable(member["text"])))
        for conflict in conflicts:
            yield Static(Content.assemble(("Conflict · ", "bold $text-error"),
                                          (conflict["type"].replace("_", " "), "bold $text-error")),
                         classes="section")
            yield Static(Content(printable(conflict["explanation"])))
            if conflict.get("diff"):
                yield Static(render.diff_line(conflict["diff"]))

    def _member_cards(self, record: dict, members: list[dict], conflicts: list[dict]):
        for member in members:
            marks = render.conflict_texts_for(member["id"], conflicts) + render.wording_words(member["id"],
                                                                                              conflicts)
            card = Card(render.statement_in_sentence({**member, "kind": member.get("kind")}, conflict_texts=marks),
                        item_id=member["id"], classes="current" if member["id"] == record["id"] else "")
            card.border_title = Content(printable(self._source_name(member["article"])))
            if member.get("speaker"):
                card.border_subtitle = Content(printable(member["speaker"]))
            yield card

    def _conflict(self, record: dict):
        yield Static(self._title(record))
        yield Static(self._state(record), classes="review-state")
        yield Static(Content.styled(printable(record["explanation"]), "bold"))
        articles = record.get("articles") or {}
        cards = []
        for number, side in enumerate(record["claims"], start=1):
            value = (side.get("value") or {}).get("text")
            words = render.wording_words(side["id"], [record])
            credited = record["type"] == "speaker"  # each side's speaker is what differs, not its words
            marks = ([value] if value and record["type"] != "quote_wording" and not credited else []) + words
            card = Card(render.statement_in_sentence(side, conflict_texts=marks), item_id=side["id"])
            info = articles.get(side["article"]) or {}
            speaker = f" · {(side.get('value') or {}).get('speaker')}" if credited else ""
            card.border_title = Content(printable(f"{number} · {self._source_name(side['article'], info)}{speaker}"))
            card.border_subtitle = Content(printable(" · ".join(
                str(x) for x in (side["article"] if info.get("outlet") else None, info.get("published")) if x)))
            cards.append(card)
        yield Horizontal(*cards, classes="cards")
        if record.get("diff"):
            yield Static("Wording", classes="section")
            yield Static(render.diff_line(record["diff"]))
        yield Static("Resolve", classes="section")
        yield Static(Content.assemble(*[
            part for resolution, key in keys.RESOLUTION_KEYS.items()
            for part in ((f" {key} ", "reverse bold"), (f" {keys.RESOLUTION_LABELS[resolution]}   ", ""))
        ]))
        group = record.get("group_detail")
        sides = {s["id"] for s in record["claims"]}
        others = [m for m in (group or {}).get("members", []) if m["id"] not in sides]
        if others:
            yield Static(f"Also in this group ({len(others)})", classes="section")
            for member in others:
                yield Static(Content.assemble((printable(self._source_name(member["article"])) + "  ", render.MUTED),
                                              printable(member["text"])))
