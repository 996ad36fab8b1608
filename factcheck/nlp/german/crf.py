"""The shipped CRF entity tagger: load it once, tag a Doc's tokens, decode BIO labels into spans."""

from __future__ import annotations

import functools
from bisect import bisect_left
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from factcheck.nlp.german.ner_features import sentence_attributes

MODEL = Path(__file__).resolve().parents[1] / "assets" / "de_ner.crfsuite"


@functools.lru_cache(maxsize=1)
def load_crf() -> Any | None:
    """Open the CRF model shipped in assets (None when it or python-crfsuite is missing: rules only)."""
    if not MODEL.exists():
        return None
    try:
        import pycrfsuite
    except ImportError:
        return None

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def decode_bio(labels: list[str]) -> list[tuple[int, int, str]]:
    """Turn BIO labels into (start, end, label) spans; a stray I- starts a span."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    current = ""
    for i, tag in enumerate([*labels, "O"]):
        kind = tag[2:] if tag != "O" else ""
        if start is not None and (not kind or tag.startswith("B-") or kind != current):
            spans.append((start, i, current))
            start = None
        if kind and start is None:
            start, current = i, kind
    return spans


def crf_spans(doc: Doc, rule_spans: list[Span]) -> list[tuple[int, int, str]] | None:
    """Tag a Doc sentence by sentence with the CRF (rule spans are features); None without a model."""
    tagger = load_crf()
    if tagger is None:
        return None
    spans: list[tuple[int, int, str]] = []
    ordered = sorted(rule_spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    for sent in doc.sents:
        inside = ordered[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]  # not every span per sentence
        feats = sentence_attributes(doc, inside, sent.start, sent.end)
        for start, end, label in decode_bio(list(tagger.tag(feats))):
            if not any(doc[k].is_space for k in range(sent.start + start, sent.start + end)):
                spans.append((sent.start + start, sent.start + end, label))
    return spans
