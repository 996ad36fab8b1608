"""German spaCy pipeline built without a downloadable model: rule sentences, HanTa tags, gazetteer entities."""

from __future__ import annotations

import spacy
from spacy.language import Language

import factcheck.nlp.german.ner  # noqa: F401  (registers factcheck_de_entities)
import factcheck.nlp.german.sentences  # noqa: F401  (registers factcheck_de_sentences)
from factcheck.nlp import places
from factcheck.nlp.german.crf import load_crf
from factcheck.nlp.german.tagger import hanta_tagger  # (import registers factcheck_de_tagger)


def build_german() -> Language:
    """Build the German pipeline (sentence rules, HanTa tagger/lemmatiser, entity layer) with its data loaded."""
    nlp = spacy.blank("de")
    nlp.add_pipe("factcheck_de_sentences")
    nlp.add_pipe("factcheck_de_tagger")
    nlp.add_pipe("factcheck_de_entities")
    hanta_tagger()
    load_crf()
    places.lookup("Berlin")
    return nlp
