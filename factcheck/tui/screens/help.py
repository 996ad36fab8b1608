"""The help screen, built from the live bindings of the screen it was opened on, so it cannot drift."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from factcheck.tui import keys
from factcheck.tui.keys import RESOLUTION_KEYS, VERDICT_KEYS


KEY_NAMES = {"question_mark": "?", "slash": "/", "escape": "esc", "pagedown": "pgdn", "pageup": "pgup",
             "right_square_bracket": "]", "left_square_bracket": "["}


def help_content(active: dict[str, ActiveBinding]) -> Content:
    """The help text: every live binding grouped by section, keys first, then what they do."""
    sections: dict[str, dict[str, list[str]]] = {}
    for key, found in active.items():
        binding = found.binding
        if binding.system or not binding.description:
            continue
        section = keys.section_of(binding.action)
        text = binding.tooltip or binding.description
        entries = sections.setdefault(section, {})
        entries.setdefault(text, [])
        shown = KEY_NAMES.get(key, key)
        if shown not in entries[text]:
            entries[text].append(shown)
    lines: list[Content] = []
    for section in ("Review", "Move", "Queue", "App", "Other"):
        if section not in sections:
            continue
        lines.append(Content.styled(section, "bold $text-accent"))
        for text, shown in sections[section].items():
            lines.append(Content.assemble((f"  {' / '.join(shown):<14}", "bold"), text))
        lines.append(Content(""))
    lines.append(Content.styled(
        "Verdict keys " + " ".join(f"{k}={v}" for v, k in VERDICT_KEYS.items()) + " (quotes, claims); conflicts: "
        + " ".join(f"{k}={r.replace('_', ' ')}" for r, k in RESOLUTION_KEYS.items()) + ".", "$foreground-muted"))
    lines.append(Content.styled(
        "Queue marks: ! conflict, „ quote, · claim; ✓ verified, ✗ false, ~ misleading, ? unverifiable, "
        "1-4 conflict resolutions.", "$foreground-muted"))
    lines.append(Content.styled("Every action is saved to the database at once, with your name and the time.",
                                "$foreground-muted"))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """All keys of the screen below, from its live bindings."""

    BINDINGS = [keys.Key("escape,question_mark,q", "dismiss", "close", "Close the help", section="App").binding()]

    def __init__(self, active: dict[str, ActiveBinding]) -> None:
        super().__init__()
        self.active = active

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static(Content.styled("Keys", "bold"), classes="dialog-title")
            yield Static(help_content(self.active))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
