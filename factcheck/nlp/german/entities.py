"""German entity component: gazetteers for people, organisations and places plus context rules over POS tags."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from factcheck.nlp import places
from factcheck.nlp.german.cue_data import (
    NOT_NAMES,
    ORG_HEADS,
    ORG_LEGAL_FORMS,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PERSON_CUE_ENDINGS,
    PERSON_CUES,
    PLACE_PREPOSITIONS,
)
from factcheck.nlp.german.first_names import FIRST_NAMES
from factcheck.nlp.german.name_data import KOREAN_SURNAMES, ORGS, PEOPLE

MAX_NAME_TOKENS = 6
_KOREAN_NAME = re.compile(r"^([A-Z][a-z]{1,4}) ([A-Z][a-z]{1,5})[- ]([A-Za-z][a-z]{1,5})$")
NAME_TAGS = frozenset({"NE", "FM", "XY"})


@functools.lru_cache(maxsize=1)
def _multiword_first_words() -> frozenset[str]:
    """Return lowercased first words of every multi-word person, organisation or place name."""
    people, orgs = _variant_tables()
    known = {name.split()[0].lower() for name in (*people, *orgs) if " " in name}
    return frozenset(known | places.multiword_first_words())


@functools.lru_cache(maxsize=1)
def _variant_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Return surface variant -> canonical name tables for known people and organisations."""
    people = {variant: canon for canon, variants in PEOPLE.items() for variant in (canon, *variants)}
    orgs = {variant: canon for canon, variants in ORGS.items() for variant in (canon, *variants)}
    return people, orgs


def normalise_person(text: str) -> str:
    """Return the canonical form of a person's name ("Kim Jong-un" -> "Kim Jong Un"), else the name itself.

    Unknown Korean names are written in one way too: "Kim Chang-son" and "Kim Chang Son" -> "Kim Chang Son".
    """
    people, _ = _variant_tables()
    clean = " ".join(text.split())
    for candidate in (clean, clean[:-1] if clean.endswith("s") else None, clean.rstrip("'’")):
        if candidate and candidate in people:
            return people[candidate]
    korean = _KOREAN_NAME.match(clean)
    if korean and korean.group(1) in KOREAN_SURNAMES:
        return " ".join(part.capitalize() for part in korean.groups())
    return clean


def normalise_org(text: str) -> str:
    """Return the canonical form of an organisation name ("Vereinten Nationen" -> "United Nations")."""
    _, orgs = _variant_tables()
    clean = " ".join(text.split())
    return orgs.get(clean, orgs.get(clean[:-1], clean) if clean.endswith("s") else clean)


def _is_cap(token: Token) -> bool:
    """Tell whether a token starts with a capital letter."""
    return bool(token.text) and token.text[0].isupper()


def _is_person_cue(token: Token) -> bool:
    """Tell whether a token is a title or role that introduces a person's name."""
    text = token.text
    return text in PERSON_CUES or text.lower().endswith(PERSON_CUE_ENDINGS)


def _known_match(doc: Doc, i: int, end: int) -> tuple[int, str, str] | None:
    """Return (end, label, norm) of the longest gazetteer name starting at token i, if any."""
    people, orgs = _variant_tables()
    longest = min(MAX_NAME_TOKENS, end - i) if doc[i].lower_ in _multiword_first_words() else 1
    for n in range(longest, 0, -1):
        span = doc[i : i + n]
        if any(t.is_space or t.is_punct and t.text not in ("-", ".", "'") for t in span):
            continue
        text = span.text
        if not _is_cap(span[-1]) and n > 1 and span[-1].text not in ORG_LEGAL_FORMS:
            continue
        if text in people or (text.endswith("s") and text[:-1] in people and n == 1 or text[:-1] in people and n > 1):
            if n == 1 and doc[i].tag_ not in NAME_TAGS and text not in people:
                continue
            return i + n, "PER", normalise_person(text)
        if text in orgs or (text.endswith("s") and text[:-1] in orgs):
            return i + n, "ORG", normalise_org(text)
        if _is_cap(span[0]) and text not in NOT_NAMES and (n > 1 or span[0].tag_ != "NN" or places.is_place_name(text)):
            place = places.lookup(text)
            if place is not None:
                return i + n, "LOC", place.id
    return None


def _name_run(doc: Doc, i: int, end: int) -> int:
    """Return the end of a run of capitalised name tokens (NE/FM, or unknown words) starting at i."""
    j = i
    while j < end:
        token = doc[j]
        if token.is_space or not _is_cap(token) or token.text in NOT_NAMES:
            break
        if token.tag_ not in NAME_TAGS and not (j > i and token.tag_ == "NN" and token.text in FIRST_NAMES):
            if not (token.tag_ == "NN" and j > i and doc[j - 1].text in FIRST_NAMES):
                break
        j += 1
    return j


def _classify(doc: Doc, start: int, stop: int, persons: dict[str, str]) -> str:
    """Type an unknown name run by its context: titles, first names, prepositions, legal forms."""
    first, last = doc[start], doc[stop - 1]
    prev = doc[start - 1] if start > 0 else None
    if last.text in ORG_LEGAL_FORMS or (stop < len(doc) and doc[stop].text in ORG_LEGAL_FORMS):
        return "ORG"
    if last.text in ORG_HEADS or last.text.lower().endswith(ORG_SUFFIXES) or first.text in ORG_PREFIXES:
        return "ORG"
    if prev is not None and _is_person_cue(prev):
        return "PER"
    if first.text in FIRST_NAMES or last.text in persons or last.text.rstrip("s") in persons:
        return "PER"
    if prev is not None and prev.lower_ in PLACE_PREPOSITIONS:
        return "LOC"
    return "PER"


def entity_norm(doc: Doc, start: int, stop: int, label: str, persons: dict[str, str]) -> str:
    """Return the normalised id of a name: place id, canonical person (earlier full name) or organisation."""
    text = doc[start:stop].text
    if label == "PER":
        last = doc[stop - 1].text
        return persons.get(last) or persons.get(last[:-1] if last.endswith("s") else last) or normalise_person(text)
    if label == "ORG":
        return normalise_org(text)
    if label == "LOC":
        place = places.lookup(text)
        return place.id if place is not None else text
    return text


def find_entity_candidates(doc: Doc) -> tuple[list[Span], set[tuple[int, int]]]:
    """Return the rule layer's spans for a tagged German Doc and the (start, end) pairs from curated lists.

    Curated means the known people and organisations and the hand-made places ("gazetteer:" ids); the big
    GeoNames list only proposes places, it does not overrule the statistical tagger.
    """
    spans: list[Span] = []
    known_spans: set[tuple[int, int]] = set()
    persons: dict[str, str] = {}
    for sent in doc.sents:
        i, end = sent.start, sent.end
        while i < end:
            token = doc[i]
            if token.is_space or not (_is_cap(token) or token.text in ("dpa",)):
                i += 1
                continue
            known = _known_match(doc, i, end)
            if known is not None:
                stop, label, norm = known
                if stop < end and doc[stop].text in ORG_LEGAL_FORMS:
                    stop, label, norm = stop + 1, "ORG", doc[i : stop + 1].text
                elif label != "LOC" or norm.startswith("gazetteer:"):
                    known_spans.add((i, stop))
                spans.append(Span(doc, i, stop, label=label, kb_id=norm))
                if label == "PER":
                    persons[doc[stop - 1].text] = norm
                i = stop
                continue
            stop = _name_run(doc, i, end) if not _is_person_cue(token) else i
            if stop == i:
                i += 1
                continue
            if stop < end and doc[stop].text in ORG_LEGAL_FORMS:
                stop += 1
            label = _classify(doc, i, stop, persons)
            norm = entity_norm(doc, i, stop, label, persons)
            if label == "PER" and stop - i >= 2:
                persons[doc[stop - 1].text] = norm
            spans.append(Span(doc, i, stop, label=label, kb_id=norm))
            i = stop
    return spans, known_spans


def find_entities(doc: Doc) -> list[Span]:
    """Return the rule layer's PER/LOC/ORG/MISC spans for a tagged German Doc, with kb_id set."""
    return find_entity_candidates(doc)[0]
