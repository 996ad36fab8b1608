"""German entity component: the CRF tagger's names, corrected by curated gazetteer matches, with ids."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcheck.nlp import places
from factcheck.nlp.german.crf import crf_spans
from factcheck.nlp.german.entities import entity_norm, find_entity_candidates
from factcheck.nlp.german.ner_cue_data import ORG_HEADS_BEFORE_PLACE


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading and trailing punctuation or symbols ("© Kyodo" -> "Kyodo")."""
    while start < end and not any(c.isalnum() for c in doc[start].text):
        start += 1
    while end > start and not any(c.isalnum() for c in doc[end - 1].text):
        end -= 1
    return start, end


def _split_places(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Split a place span that is only adjacent known places ("Russland Nordkorea") into one span each."""
    if label != "LOC" or end - start < 2 or places.lookup(doc[start:end].text) is not None:
        return [(start, end)]
    if all(places.lookup(t.text) is not None for t in doc[start:end]):
        return [(k, k + 1) for k in range(start, end)]
    return [(start, end)]


def _org_heads(doc: Doc, chosen: list[tuple[int, int, str, str | None]]) -> None:
    """Extend a place over the organisation head noun before it ("Landesbank" + "Baden-Württemberg" -> ORG)."""
    by_end = {c[1]: k for k, c in enumerate(chosen)}
    taken = {k for c in chosen for k in range(c[0], c[1])}
    for k, (start, end, label, _) in enumerate(chosen):
        if label != "LOC" or start == 0:
            continue
        head = doc[start - 1]
        if not head.text[:1].isupper() or not head.text.lower().endswith(ORG_HEADS_BEFORE_PLACE):
            continue
        before = by_end.get(start)
        if before is not None and chosen[before][1] - chosen[before][0] == 1 and chosen[before][2] == "ORG":
            chosen[before] = (start - 1, start - 1, "", None)
        elif head.i in taken:
            continue
        chosen[k] = (start - 1, end, "ORG", None)
    chosen[:] = [c for c in chosen if c[0] < c[1]]


def _propagate(doc: Doc, chosen: list[tuple[int, int, str, str | None]]) -> None:
    """Label later bare mentions of names found elsewhere in the Doc (a surname after the full name)."""
    labels: dict[str, set[str]] = {}
    for start, end, label, _ in chosen:
        if end - start == 1:
            labels.setdefault(doc[start].text, set()).add(label)
        elif label == "PER":
            labels.setdefault(doc[end - 1].text, set()).add("PER")
    taken = {k for start, end, _, _ in chosen for k in range(start, end)}
    for token in doc:
        if token.i in taken or len(token.text) < 3 or not token.text[0].isupper():
            continue
        text = token.text
        found = labels.get(text) or (labels.get(text[:-1]) if text.endswith("s") else None)
        if found and len(found) == 1 and token.tag_ in ("NE", "NN", "FM", "XY"):
            chosen.append((token.i, token.i + 1, next(iter(found)), None))


def combine(doc: Doc) -> list[Span]:
    """Return the final entities: gazetteer matches win, CRF spans fill in, rules alone without a model."""
    rule_spans, known = find_entity_candidates(doc)
    predicted = crf_spans(doc, rule_spans)
    if predicted is None:
        return rule_spans
    chosen: list[tuple[int, int, str, str | None]] = [
        (s.start, s.end, s.label_, s.kb_id_) for s in rule_spans if (s.start, s.end) in known
    ]
    taken = {k for c in chosen for k in range(c[0], c[1])}  # token indices already in an entity (linear check)
    for start, end, label in predicted:
        start, end = _trim(doc, start, end)
        if start >= end or any(k in taken for k in range(start, end)):
            continue
        for part in _split_places(doc, start, end, label):
            chosen.append((part[0], part[1], label, None))
        taken.update(range(start, end))
    _org_heads(doc, chosen)
    _propagate(doc, chosen)
    chosen.sort()
    persons: dict[str, str] = {}
    out = []
    for start, end, label, norm in chosen:
        if norm is None:
            norm = entity_norm(doc, start, end, label, persons)
        if label == "PER" and (end - start >= 2 or norm != doc[start:end].text):
            persons[doc[end - 1].text] = norm
        out.append(Span(doc, start, end, label=label, kb_id=norm))
    return out


@Language.component("factcheck_de_entities")
def german_entities(doc: Doc) -> Doc:
    """Set doc.ents (PER, LOC, ORG, MISC) with normalised kb_id_ on a tagged German Doc."""
    doc.ents = combine(doc)
    return doc
