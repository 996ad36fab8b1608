"""The footer of the main keys; keys marked wide-only in the registry hide in narrow terminals."""

from __future__ import annotations

from textual.widgets import Footer

from factcheck.tui import keys


class DeskFooter(Footer):
    """A compact footer that tags wide-only keys so the stylesheet can hide them below 110 columns."""

    def compose(self):
        for widget in super().compose():
            if getattr(widget, "action", None) in keys.WIDE_ONLY:  # a FooterKey (not public in Textual 8)
                widget.add_class("-wide-only")
            yield widget
