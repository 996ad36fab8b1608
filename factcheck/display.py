"""How text reaches a person's screen: article text and file names made safe, counts said in good English.

Text from an article or a file name is data, never markup or terminal control. :func:`printable` is the one
place that neutralises it; every listing, the `show` view and the review desk pass such text through it and
hand the result to Rich/Textual as plain text (``rich.text.Text``, ``textual.content.Content``), never as
markup. It maps character for character, so offsets into the article's text stay valid.
"""

from __future__ import annotations

import re

_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
"""C0 control characters shown as their Unicode control pictures (ESC as ␛), one character each."""
_INVISIBLE = re.compile("[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
"""C1 controls and bidirectional overrides: they can reorder or hide what a terminal shows."""
_MULTI_LINE = {**_C0_PICTURES, 0x7F: "\u2421", 0x09: " ", 0x0A: "\n"}
_ONE_LINE = {**_MULTI_LINE, 0x0A: " ", 0x0D: " "}


def printable(text: object, *, one_line: bool = True) -> str:
    """`text` with every control character made visible (ESC as ␛, C1 and bidi controls as �).

    With ``one_line`` (the default) line breaks become spaces; otherwise "\\n" is kept. The result has the
    same length as the input, so character offsets still point at the same characters.
    """
    if text is None:
        return ""
    return _INVISIBLE.sub("\ufffd", str(text).translate(_ONE_LINE if one_line else _MULTI_LINE))


_IRREGULAR = {"is": "are", "was": "were", "entry": "entries", "copy": "copies", "story": "stories"}


def one_line(text: object) -> str:
    """`text` as one printable line: controls made visible (``printable``), runs of whitespace as one space."""
    return " ".join(printable(text).split())


def plural(count: int, noun: str, many: str | None = None) -> str:
    """"1 file", "2 files", "0 conflicts": the count with the noun in the right number."""
    if count == 1:
        return f"{count:,} {noun}"
    return f"{count:,} {many or _IRREGULAR.get(noun) or noun + 's'}"


_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(0x80, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F),
                                                      *range(0x2066, 0x206A))}


def json_line(text: str) -> str:
    """A JSON document whose C1 controls and bidi overrides are written as \\u escapes (the same data).

    JSON already escapes C0 controls; these are the characters a terminal could still act on.
    """
    return text.translate(_JSON_ESCAPES)
