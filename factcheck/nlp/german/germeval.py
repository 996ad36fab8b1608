"""Reader for GermEval 2014 NER files (used by the training script and the benchmark, not at run time)."""

from __future__ import annotations

from pathlib import Path

Span3 = tuple[int, int, str]


def spans_from_bio(tags: list[str]) -> set[Span3]:
    """Turn outer-level BIO tags into (start, end, label) spans; -deriv/-part count as O, OTH becomes MISC."""
    spans: set[Span3] = set()
    start: int | None = None
    label: str | None = None
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if tag != "O" else None
        if kind and (kind.endswith("deriv") or kind.endswith("part")):
            kind = None
        kind = "MISC" if kind == "OTH" else kind
        if start is not None and label is not None and (kind is None or tag.startswith("B-") or kind != label):
            spans.add((start, i, label))
            start, label = None, None
        if kind is not None and start is None:
            start, label = i, kind
    return spans


def read_germeval(path: Path) -> list[tuple[list[str], set[Span3]]]:
    """Read GermEval TSV sentences as (words, gold outer-level spans)."""
    sentences: list[tuple[list[str], set[Span3]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append((words, spans_from_bio(tags)))
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])
    return sentences


def bio_labels(n: int, spans: set[Span3]) -> list[str]:
    """Return BIO labels for n tokens from (start, end, label) spans."""
    labels = ["O"] * n
    for start, end, label in spans:
        labels[start] = "B-" + label
        for k in range(start + 1, end):
            labels[k] = "I-" + label
    return labels
