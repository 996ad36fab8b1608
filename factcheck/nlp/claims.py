"""Checkable claims: sentences that state who did what, when, where, how many or how long.

Every declarative sentence of reporting outside quoted words is a claim when it names something: a value, an
entity, or at least a noun ("Die Feuerwehren riefen den Ausnahmezustand aus", "Flüge fielen aus"). Questions,
imperatives, site prompts and opinion without figures are not."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span

from factcheck.models import Claim, Entity, Quote, Value
from factcheck.nlp.mentions import after_dateline, cues_for, is_punct

if TYPE_CHECKING:
    from factcheck.nlp.places import Place

MEASURE_TYPES: frozenset[str] = frozenset({"date", "duration", "number", "money", "percent"})
FINITE_TAGS: frozenset[str] = frozenset({"VVFIN", "VAFIN", "VMFIN", "VBD", "VBZ", "VBP", "MD"})
IMPERATIVE_TAGS: frozenset[str] = frozenset({"VVIMP", "VAIMP"})


def entity_of(ent: Span) -> Entity:
    """Return the Entity dataclass for a spaCy entity span (norm from its kb_id_)."""
    return Entity(text=ent.text, label=ent.label_, start=ent.start_char, end=ent.end_char, norm=ent.kb_id_ or None)


def entity_value(ent: Entity) -> Value | None:
    """Return the typed value (person, org, place) an entity contributes to a claim, or None."""
    if ent.label == "PER":
        return Value("person", ent.text, ent.start, ent.end, {"name": ent.norm or ent.text})
    if ent.label == "ORG":
        return Value("org", ent.text, ent.start, ent.end, {"name": ent.norm or ent.text})
    if ent.label != "LOC":
        return None
    from factcheck.nlp import places

    place = (places.get(ent.norm) if ent.norm and ":" in ent.norm else None) or places.lookup(ent.text)
    district = places.containing_town(ent.text) if place is None else None
    if district is not None:  # "Köln-Chorweiler": named as written, placed where the gazetteer puts it
        norm = _placed(district, as_written=ent.text)
    elif place is None:
        norm = {"name": ent.text, "id": ent.norm, "lat": None, "lon": None}
    else:
        norm = _placed(place)
    return Value("place", ent.text, ent.start, ent.end, norm)


def _placed(place: Place, as_written: str | None = None) -> dict[str, object]:
    """A place value's normalised form: the gazetteer's place, under the name as written when it is not the
    place's own ("Köln-Chorweiler", "Düsseldorfer"; ``placed_as`` then names the place)."""
    norm: dict[str, object] = {"name": as_written or place.name, "id": place.id, "lat": place.lat, "lon": place.lon,
                               "country": place.country, "feature": place.feature}
    if as_written is not None:
        norm["placed_as"] = place.name
    return norm


def _town_adjective_values(span: Span) -> list[Value]:
    """Place values of the towns a German sentence names as adjectives after a preposition ("am Düsseldorfer
    Flughafen", "in der Kölner Innenstadt"): where something happened. "Die Berliner Polizei" names whose figure
    it is, not where, and gives none."""
    from factcheck.nlp import places

    doc, text, offset = span.doc, span.text, span.start_char
    out = []
    for lo, hi, town in places.town_adjectives(text):
        word = span.char_span(lo, hi)
        if word is None:
            continue
        i = word.start
        before = [doc[k].tag_ for k in range(max(span.start, i - 2), i)]
        if before[-1:] != ["APPRART"] and before[-2:] != ["APPR", "ART"]:
            continue
        out.append(Value("place", text[lo:hi], offset + lo, offset + hi, _placed(town, as_written=text[lo:hi])))
    return out


def _has_finite_verb(span: Span, tagged: bool) -> bool:
    """Tell whether a sentence has a finite verb (or, untagged, looks long enough to have one)."""
    if not tagged:
        return sum(1 for t in span if t.is_alpha) >= 5
    return any(t.tag_ in FINITE_TAGS or "Fin" in t.morph.get("VerbForm") for t in span)


def _is_imperative(span: Span) -> bool:
    """Tell whether a sentence is an imperative ("Abonnieren Sie ...", "Click here")."""
    words = [t for t in span if not is_punct(t) and not t.is_space]
    if not words:
        return False
    first = words[0]
    if first.tag_ in IMPERATIVE_TAGS or first.tag_ == "VB":
        return True
    return len(words) > 1 and first.pos_ == "VERB" and words[1].lower_ == "sie" and words[1].text == "Sie"


def _names_something(span: Span, skip: set[int], tagged: bool) -> bool:
    """Tell whether a sentence names a thing outside quoted words (a noun or a name), so that it states a fact
    about something rather than an impression ("Das ist schade")."""
    if not tagged:
        return True
    return any(t.pos_ in ("NOUN", "PROPN") for t in span if t.i not in skip)


def _within(items: Sequence[Value] | Sequence[Entity], starts: Sequence[int], lo: int, hi: int) -> list:
    """The items (sorted by start, ``starts`` their starts) that lie inside [lo, hi), in their order."""
    return [it for it in items[bisect_left(starts, lo):bisect_right(starts, hi)] if it.end <= hi]


def iter_claims(doc: Doc, *, language: str, published: str | None = None, quotes: Iterable[Quote] = (),
                values: list[Value] | None = None, text: str | None = None) -> Iterator[Claim]:
    """Yield the sentences of a Doc that state something checkable, with their typed values and entities
    (``text``: the Doc's text when the caller has it already)."""
    del published
    cues = cues_for(language)
    tagged = any(t.pos_ for t in doc[: min(len(doc), 50)])
    all_values = sorted(values or [], key=lambda v: v.start)
    quoted = [(q.start, q.end) for q in quotes if q.type in ("direct", "partial")]
    value_starts = [v.start for v in all_values]
    ents = sorted((entity_of(e) for e in doc.ents), key=lambda e: e.start)
    ent_starts = [e.start for e in ents]
    doc_text = doc.text if text is None else text
    for sent in doc.sents:
        lo, hi = sent.start, sent.end
        while hi > lo and (doc[hi - 1].is_space):
            hi -= 1
        while lo < hi and doc[lo].is_space:
            lo += 1
        if hi <= lo:
            continue
        lo = after_dateline(doc, doc_text, lo, hi)
        span = doc[lo:hi]
        s_start, s_end = span.start_char, span.end_char
        text = span.text
        low = text.lower()
        if text.rstrip(" “”\"«»'").endswith("?") or any(m in low for m in cues.BOILERPLATE_MARKERS):
            continue
        if "\n" in text or len(text) > 1200 or not _has_finite_verb(span, tagged) or _is_imperative(span):
            continue
        inside = [(a, b) for a, b in quoted if a < s_end and b > s_start]
        skip = {t.i for t in span if any(a <= t.idx < b for a, b in inside)}
        outside_words = [t for t in span if t.i not in skip and t.is_alpha]
        if len(outside_words) < 4 or any(t.lower_ in cues.READER_ADDRESS for t in outside_words):
            continue
        sent_values = _within(all_values, value_starts, s_start, s_end)
        measures = [v for v in sent_values if v.type in MEASURE_TYPES and not any(a <= v.start < b for a, b in inside)]
        sent_ents = [e for e in _within(ents, ent_starts, s_start, s_end) if e.label in ("PER", "LOC", "ORG")]
        if any(m in low for m in cues.OPINION_MARKERS) and not measures:
            continue
        if not measures and not sent_ents and not _names_something(span, skip, tagged):
            continue
        ent_values = [v for v in (entity_value(e) for e in sent_ents) if v is not None]
        if language == "de" and tagged:
            ent_values += _town_adjective_values(span)
        seen = {(v.start, v.end, v.type) for v in sent_values}
        merged = sent_values + [v for v in ent_values if (v.start, v.end, v.type) not in seen]
        merged.sort(key=lambda v: (v.start, v.end))
        yield Claim(text=text, start=s_start, end=s_end, sentence=text, sentence_start=s_start, sentence_end=s_end,
                    values=tuple(merged), entities=tuple(sent_ents))
