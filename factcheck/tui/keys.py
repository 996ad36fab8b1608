"""The one registry of keys: every action of the review desk with its key, label and help text."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    """One action: the keys that trigger it, a short footer label and a longer help text."""

    keys: str
    action: str
    label: str
    help: str
    show: bool = True
    display: str | None = None
    section: str = "Review"

    def binding(self) -> Binding:
        """The Textual binding for this key (help text as tooltip, so the help screen can read it back)."""
        return Binding(self.keys, self.action, self.label, show=self.show, key_display=self.display,
                       tooltip=self.help)


VERDICT_KEYS: dict[str, str] = {"verified": "v", "false": "w", "misleading": "m", "unverifiable": "x"}
"""Verdict keys for quotes and claims ("w" for wrong: "f" opens the facts table)."""

RESOLUTION_KEYS: dict[str, str] = {"first_correct": "1", "second_correct": "2", "both_wrong": "3",
                                   "not_a_conflict": "4"}
"""Resolution keys for conflicts (conflicts get a resolution, not a verdict)."""

RESOLUTION_LABELS: dict[str, str] = {"first_correct": "1st right", "second_correct": "2nd right",
                                     "both_wrong": "both wrong", "not_a_conflict": "no conflict"}

REVIEW = (
    *(Key(k, f"verdict('{v}')", v, f"Mark the statement {v}, save and go to the next item")
      for v, k in VERDICT_KEYS.items()),
    *(Key(k, f"resolve('{r}')", RESOLUTION_LABELS[r], f"Resolve the conflict: {r.replace('_', ' ')}; save, next")
      for r, k in RESOLUTION_KEYS.items()),
    Key("c", "clear", "clear", "Clear the verdict or resolution of the current item", show=False),
    Key("u", "undo", "undo", "Undo your last action (verdict, note, evidence)"),
    Key("r", "redo", "redo", "Redo the last undone action", show=False),
    Key("n", "note", "note", "Write a note and an evidence link for the current item"),
    Key("g", "group", "group", "Apply the next verdict to every statement of the item's group", show=False),
    Key("o,enter", "open_article", "open", "Open the source article at the statement", display="o"),
)
NAVIGATION = (
    Key("s", "filters", "filter", "Filter the queue: kind, status, article, speaker, search", section="Queue"),
    Key("slash", "search", "search", "Search the queue text", show=False, display="/", section="Queue"),
    Key("t", "toggle_todo", "to do", "Show only unreviewed items; press again to show everything", show=False,
        section="Queue"),
    Key("escape", "clear_search", "clear search", "Clear the search (or close the search box)", show=False,
        section="Queue"),
    Key("ctrl+r", "reload", "reload", "Reload the queue and counts from the database", show=False,
        section="Queue"),
    Key("e", "export", "export", "Export the report (HTML, Markdown, JSON, CSV, ClaimReview)", show=False,
        section="Queue"),
    Key("f", "facts", "facts", "The facts table: every fact of every story with its values by outlet",
        section="Queue"),
    Key("space", "detail_page(1)", "more", "Scroll the item's details a page down: its other outlets, other "
        "groups, conflicts and history", display="space", section="Move"),
    Key("b", "detail_page(-1)", "back up", "Scroll the item's details a page up", show=False, section="Move"),
)
FACTS = (
    *(Key(str(n), f"fact_verdict('value_{n}')", f"value {n}", f"Value {n} of the fact is right; save",
          show=n <= 2, section="Review") for n in range(1, 10)),
    Key("x", "fact_verdict('unverifiable')", "can't tell", "Which value is right cannot be verified; save",
        section="Review"),
    Key("c", "fact_verdict('')", "clear", "Clear the fact's verdict", show=False, section="Review"),
)
APP = (
    Key("question_mark", "help", "help", "Show this help (built from the live key bindings)", display="?",
        section="App"),
    Key("d", "toggle_dark", "dark/light", "Switch between the dark and the light theme", show=False,
        section="App"),
    Key("q", "quit", "quit", "Quit (everything is already saved)", section="App"),
)
LIST = (
    Key("down,j", "cursor_down", "next", "Next item", display="j", section="Move"),
    Key("up,k", "cursor_up", "prev", "Previous item", display="k", section="Move"),
    Key("pagedown", "page_down", "page down", "A page down", show=False, section="Move"),
    Key("pageup", "page_up", "page up", "A page up", show=False, section="Move"),
    Key("home", "first", "first", "First item", show=False, section="Move"),
    Key("end", "last", "last", "Last item", show=False, section="Move"),
)
BACK = (Key("escape,q", "back", "back", "Back to the queue", section="Move"),)
ARTICLE = (
    Key("down,j", "scroll_down", "down", "Scroll down", show=False, section="Move"),
    Key("up,k", "scroll_up", "up", "Scroll up", show=False, section="Move"),
    Key("n", "recentre", "to statement", "Scroll back to the statement", section="Move"),
    Key("right_square_bracket", "source(1)", "next source", "The same statement in the next article of its group",
        display="]", section="Move"),
    Key("left_square_bracket", "source(-1)", "prev source", "The same statement in the previous article",
        display="[", show=False, section="Move"),
)
EXTRACT = (Key("escape", "cancel", "cancel", "Cancel the extraction", section="Extract"),)


WIDE_ONLY: frozenset[str] = frozenset({"undo", "note", "open_article", "detail_page(1)"})
"""Actions whose footer entry hides in narrow terminals (they stay in the help screen and keep working); quit,
the verdict keys, next/previous and help always show."""

MEDIUM_ONLY: frozenset[str] = frozenset({"filters", "facts"})
"""Actions whose footer entry hides below 130 columns already, so that help and quit always fit."""


def bindings(*groups: tuple[Key, ...]) -> list[Binding]:
    """Bindings for the given key groups, in order."""
    return [key.binding() for group in groups for key in group]


def section_of(action: str) -> str:
    """The help section an action belongs to."""
    for group in (REVIEW, NAVIGATION, APP, LIST, BACK, ARTICLE, EXTRACT, FACTS):
        for key in group:
            if key.action == action:
                return key.section
    return "Other"
