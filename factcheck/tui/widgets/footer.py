"""The footer of the main keys; keys marked wide-only in the registry hide in narrow terminals."""

from __future__ import annotations

from textual.widgets import Footer

from factcheck.tui import keys


class DeskFooter(Footer):
    """A compact footer that tags keys so the stylesheet can hide them below 110 (wide-only) or 130 columns."""

    def compose(self):
        for widget in super().compose():
            action = getattr(widget, "action", None)  # a FooterKey (not public in Textual 8)
            if action in keys.WIDE_ONLY:
                widget.add_class("-wide-only")
            elif action in keys.MEDIUM_ONLY:
                widget.add_class("-medium-only")
            yield widget
