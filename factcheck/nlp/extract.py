"""Extraction entry points: quotes, speakers and claims from a Doc or a raw text."""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.language import detect_language
from factcheck.models import Extraction, Quote, Sentence, Value
from factcheck.nlp.claims import entity_of, iter_claims
from factcheck.nlp.quotes import iter_quotes
from factcheck.nlp.speakers import SpeakerIndex
from factcheck.values import find_values

__all__ = ["extract_doc", "extract_text", "iter_claims", "iter_quotes", "detect_language"]

def _find_values(text: str, language: str, published: str | None) -> list[Value]:
    """Dates, durations, numbers, money and percentages of the whole text, with offsets into it."""
    return list(find_values(text, language=language, published=published, offset=0))


def _with_values(quote: Quote, values: list[Value]) -> Quote:
    """Return the quote with the values that lie inside its span."""
    inside = tuple(v for v in values if quote.start <= v.start and v.end <= quote.end)
    if not inside:
        return quote
    return Quote(**{**quote.__dict__, "values": inside})


def _sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Return the Doc's sentences with surrounding whitespace trimmed."""
    out = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        out.append(Sentence(stripped, start, start + len(stripped)))
    return tuple(out)


def extract_doc(doc: Doc, *, published: str | None = None) -> Extraction:
    """Extract sentences, quotes (with speakers), claims (with values) and entities from a processed Doc."""
    language = "en" if doc.lang_ == "en" else "de"
    index = SpeakerIndex(doc, language)
    text = index.text  # doc.text joins every token on each access: built once, here
    values = _find_values(text, language, published)
    quotes = tuple(_with_values(q, values) for q in iter_quotes(doc, language=language, index=index))
    claims = tuple(iter_claims(doc, language=language, published=published, quotes=quotes, values=values,
                               text=text))
    entities = tuple(entity_of(e) for e in doc.ents)
    return Extraction(language=language, sentences=_sentences(doc), quotes=quotes, claims=claims, entities=entities)


def extract_text(text: str, *, language: str | None = None, published: str | None = None) -> Extraction:
    """Detect the language if needed, run the spaCy pipeline and extract; offsets point into `text`."""
    from factcheck.nlp.pipeline import load_pipeline

    lang = language or detect_language(text)
    nlp = load_pipeline(lang)
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    return extract_doc(nlp(text), published=published)
