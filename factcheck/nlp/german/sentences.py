"""Rule-based German sentence boundaries that respect abbreviations, ordinals, quotes and line breaks."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from factcheck.nlp.german.sentence_data import (
    AMBIGUOUS_QUOTES,
    CLOSING_ONLY,
    FINAL_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    OPENING_ONLY,
    SENTENCE_STARTERS,
    TERMINALS,
)

_ORDINAL = re.compile(r"^\d{1,3}\.$")
_YEAR_END = re.compile(r"^\d{4}\.$")
_INITIAL = re.compile(r"^[A-Za-zÄÖÜäöü]\.$")


def _starts_sentence(token: Token) -> bool:
    """Tell whether a token can open a sentence (capital letter, digit or opening quote)."""
    text = token.text
    first = text[0]
    return first.isupper() or first.isdigit() or text in OPENING_ONLY or text in AMBIGUOUS_QUOTES or text == "-"


def _boundary_after(doc: Doc, i: int) -> int | None:
    """Return the index where a new sentence starts after token i, or None when the sentence continues."""
    token = doc[i]
    text = token.text
    n = len(doc)
    if token.is_space:
        return i + 1 if "\n" in text and i + 1 < n else None
    terminal = text in TERMINALS or bool(_YEAR_END.match(text))
    ordinal_like = bool(_ORDINAL.match(text))
    weak = text in FINAL_ABBREVIATIONS
    if not (terminal or ordinal_like or weak):
        return None
    j = i + 1
    while j < n and (doc[j].text in CLOSING_ONLY or (doc[j].text in AMBIGUOUS_QUOTES and doc[j - 1].whitespace_ == "")):
        if doc[j].text in AMBIGUOUS_QUOTES and j > i + 1:
            break
        j += 1
    while j < n and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    if j >= n:
        return None
    nxt = doc[j]
    if nxt.is_space:
        return None
    if not _starts_sentence(nxt):
        return None
    if terminal:
        if text == "." and i > 0 and doc[i - 1].text in NUMBER_ABBREVIATIONS and nxt.text[0].isdigit():
            return None
        return j
    if ordinal_like or weak:
        return j if nxt.text in SENTENCE_STARTERS else None
    return None


@Language.component("factcheck_de_sentences")
def german_sentences(doc: Doc) -> Doc:
    """Set sentence starts: after . ! ? (past closing quotes) and at every line break, never after abbreviations.

    Linear in the length of the Doc: the starts are written with one ``Doc.from_array`` call, because spaCy's
    ``Token.is_sent_start`` setter walks the whole Doc (``has_annotation("DEP")``) on every assignment.
    """
    n = len(doc)
    if n == 0:
        return doc
    starts = numpy.full((n, 1), -1, dtype=numpy.int32)
    starts[0, 0] = 1
    for i in range(n):
        j = _boundary_after(doc, i)
        if j is not None and j < n:
            starts[j, 0] = 1
    for i, token in enumerate(doc):
        if token.is_space and i > 0:
            starts[i, 0] = -1
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc
