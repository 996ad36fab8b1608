"""Quotation-mark spans in raw text: pairs of „…“ "…" »…« «…» ‚…‘ “…” ‘…’, capped at the paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

CLOSERS: dict[str, str] = {
    "„": "“”\"", "»": "«", "«": "»", "‚": "‘’", "“": "”\"", '"': '"”', "'": "'", "‘": "’", "‹": "›", "›": "‹",
    "”": "”\"",
}
"""Opening quotation marks and the marks that may close them."""

QUOTE_MARKS: frozenset[str] = frozenset([*"„“”\"»«‚‘’'‹›", "''", "``"])
"""Quotation marks as tokens, with the typewriter pairs '' and `` (''…'' in newswire text)."""
_DOUBLED = re.compile(r"(?:''|``)(?=\S)")
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class QuotedSpan:
    """Text between a pair of quotation marks: outer span with marks, inner span without."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each paragraph; paragraphs are separated by blank lines."""
    bounds, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return bounds


def _valid_opener(text: str, i: int) -> bool:
    """Tell whether the mark at i can open a quotation (straight and single marks need context)."""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    if ch == "”":  # a closing mark used to open ("… Germany. ” Tree fell …,” said …"): after a space only
        after = text[i + 1:i + 3].lstrip(" ")[:1]
        return (prev.isspace() or i == 0) and (nxt.isalnum() or (nxt == " " and after.isupper()))
    if nxt.isspace():
        return False
    if ch in "\"'‘‹›":
        if not (prev.isspace() or prev in "([{–—-/:>" or i == 0):
            return False
        if ch in "'‘" and not nxt.isalnum():
            return False
    return True


def _valid_closer(text: str, j: int, opener: str) -> bool:
    """Tell whether the mark at j can close a quotation opened by `opener`."""
    prev = text[j - 1]
    nxt = text[j + 1] if j + 1 < len(text) else " "
    if prev.isspace() and text[j] not in "“«»":
        return False
    if text[j] in "'’" and nxt.isalpha():
        return False
    if opener == '"' and nxt.isalnum():
        return False
    return True


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """The end of the last whole sentence in text[start:end] (after ".", "!" or "?", not an ellipsis), else end: an
    unclosed quotation cut off with the page keeps its complete sentences ("Das ist eine echte Verstärkung. Er ist
    ein schneller und techni")."""
    for k in range(end - 2, start, -1):
        if text[k] in ".!?" and text[k + 1].isspace() and text[k - 1] not in ".…" and text[k - 1].isalnum():
            return k + 1
    return end


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Find quotation-mark spans, never crossing a paragraph; an unclosed quote ends at its paragraph."""
    spans: list[QuotedSpan] = []
    for p_start, p_end in paragraph_bounds(text):
        i = p_start
        while i < p_end:
            ch = text[i]
            if ch in "'`" and _DOUBLED.match(text, i) and (i == 0 or not text[i - 1].isalnum()):  # ''Quote,'' said X
                j = text.find("''", i + 2, p_end)
                while j >= 0 and j + 2 < p_end and text[j + 2].isalnum():
                    j = text.find("''", j + 2, p_end)
                if j > i + 2:
                    spans.append(QuotedSpan(i, j + 2, i + 2, j))
                    i = j + 2
                    continue
            if ch in CLOSERS and _valid_opener(text, i):
                closers = CLOSERS[ch]
                j = i + 1
                while j < p_end and not (text[j] in closers and _valid_closer(text, j, ch)):
                    j += 1
                if j < p_end:
                    if j > i + 1:
                        spans.append(QuotedSpan(i, j + 1, i + 1, j))
                    i = j + 1
                    continue
                if ch not in "'‘’" and ch in "„»“\"":
                    end = p_end
                    while end > i + 1 and text[end - 1].isspace():
                        end -= 1
                    if end > i + 1 and end == len(text.rstrip()) and text[end - 1].isalnum():
                        end = _last_sentence_end(text, i + 1, end)  # the page was cut off mid-sentence
                    if end > i + 1:
                        spans.append(QuotedSpan(i, end, i + 1, end, closed=False))
                    i = p_end
                    continue
            i += 1
    return spans
