"""Stable ids for statements, derived from content and never from row order."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from typing import TypeVar

from factcheck.models import Claim, Extraction, Quote

_SPACE = re.compile(r"\s+")
T = TypeVar("T", Quote, Claim)


def _digest(*parts: str, length: int = 12) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def normalise_text(text: str) -> str:
    """Text as compared for identity: case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", text).strip().casefold()


def text_hash(text: str) -> str:
    """Hash of a statement's text, the key of the embeddings cache."""
    return _digest(normalise_text(text), length=20)


def _with_ids(items: tuple[T, ...], article: str, prefix: str) -> tuple[T, ...]:
    seen: Counter[str] = Counter()
    out = []
    for item in items:
        key = normalise_text(item.text)
        occurrence = seen[key]
        seen[key] += 1
        item_id = prefix + _digest(article, prefix, key, str(occurrence))
        out.append(dataclasses.replace(item, id=item_id, article=article))
    return tuple(out)


def assign_ids(extraction: Extraction, article: str) -> Extraction:
    """Give every quote and claim an id from its article, kind, text and occurrence number."""
    return dataclasses.replace(
        extraction,
        quotes=_with_ids(extraction.quotes, article, "q"),
        claims=_with_ids(extraction.claims, article, "c"),
    )


def sentence_id(article: str, start: int) -> str:
    """Id of a sentence row."""
    return "s" + _digest(article, str(start))
