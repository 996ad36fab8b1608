"""HanTa-based German tagger component: STTS tags, universal POS, lemmas and Konjunktiv I marks."""

from __future__ import annotations

import functools
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factcheck.nlp.german.viterbi import tag_ids
from factcheck.nlp.german.stts import (
    KONJUNKTIV1_ENDINGS,
    KONJUNKTIV1_SEIN,
    VERB_FORM,
    to_stts,
    to_upos,
)

FINITE_VERB_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
SELF_LEMMA_TAGS = frozenset({"NE", "FM", "XY", "CARD", "ITJ", "TRUNC", "$,", "$.", "$("})
"""Tags whose lemma is the word itself, so HanTa's costly lemma analysis is skipped."""
LONG_WORD = 12
"""Words longer than this are analysed by their last LONG_WORD letters (the compound head decides)."""
LEMMA_HEAD = 12
"""Words longer than this are lemmatised by their last LEMMA_HEAD letters (only the ending changes)."""

if not Token.has_extension("konjunktiv1"):
    Token.set_extension("konjunktiv1", default=False)


@functools.lru_cache(maxsize=1)
def hanta_tagger() -> Any:
    """Load the HanTa German model once and memoise its per-word analyses."""
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    analyze = tagger.analyze_forward

    def analyze_by_head(word: str) -> Any:
        """Analyse an unknown word, long compounds by their head only (HanTa's cost grows with length)."""
        return analyze(word[-LONG_WORD:] if len(word) > LONG_WORD else word)

    tagger.analyze_forward = functools.lru_cache(maxsize=300_000)(analyze_by_head)
    tagger._tag_word = functools.lru_cache(maxsize=300_000)(tagger._tag_word)
    return tagger


@functools.lru_cache(maxsize=300_000)
def _lemma(word: str, tag_id: int) -> str:
    """Return HanTa's lemma for a word form with a known HanTa tag id (memoised; long compounds by their head)."""
    tagger = hanta_tagger()
    if len(word) > LEMMA_HEAD:
        head = word[-LEMMA_HEAD:]
        head_lemma = str(tagger._analyze(head, tag_id, taglevel=1)[0])
        return word[:-LEMMA_HEAD] + head_lemma.lower()
    return str(tagger._analyze(word, tag_id, taglevel=1)[0])


def _clean_lemma(word: str, lemma: str, stts: str) -> str:
    """Keep the surface spelling of names and nouns HanTa only lowercased."""
    if stts in ("NE", "NN", "XY", "FM") and lemma.lower() == word.lower():
        return word
    if stts.startswith("$") or not lemma:
        return word
    return lemma


def is_konjunktiv1(token: Token) -> bool:
    """Tell whether a finite verb is a (distinct) Konjunktiv I form: "sei", "habe", "könne", "wolle"."""
    if token.tag_ not in FINITE_VERB_TAGS:
        return False
    lower = token.lower_
    if lower in KONJUNKTIV1_SEIN:
        return True
    lemma = token.lemma_.lower()
    if not lemma.endswith("en") or lemma == "sein":
        return False
    stem = lemma[:-2] if not lemma.endswith("eln") else lemma[:-1]
    if lower not in {stem + ending for ending in KONJUNKTIV1_ENDINGS}:
        return False
    window = [t.lower_ for t in token.doc[max(token.i - 3, token.sent.start) : token.i + 2]]
    return "ich" not in window and "du" not in window and "ihr" not in window


def _tag_span(span: Span | Doc) -> None:
    """Tag one sentence with HanTa and write tag, pos, lemma and morphology onto its tokens."""
    tagger = hanta_tagger()
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return
    words = [t.text for t in tokens]
    for token, tag_id in zip(tokens, tag_ids(tagger, words)):
        hanta = tagger.int2tag[tag_id]
        stts = to_stts(hanta)
        if token.like_num and stts not in ("CARD", "ADJA"):
            stts = "CARD"
        token.tag_ = stts
        token.pos_ = to_upos(stts, token.text)
        if stts in SELF_LEMMA_TAGS:
            token.lemma_ = token.text
        else:
            token.lemma_ = _clean_lemma(token.text, _lemma(token.text, tag_id), stts)
        verb_form = VERB_FORM.get(stts)
        if verb_form:
            token.set_morph(f"VerbForm={verb_form}")
    for token in tokens:
        if is_konjunktiv1(token):
            token.set_morph("Mood=Sub|VerbForm=Fin")
            token._.konjunktiv1 = True


@Language.component("factcheck_de_tagger")
def german_tagger(doc: Doc) -> Doc:
    """Tag a German Doc sentence by sentence (STTS tag_, universal pos_, lemma_, Mood=Sub for Konjunktiv I)."""
    for token in doc:
        if token.is_space:
            token.tag_ = "_SP"
            token.pos_ = "SPACE"
            token.lemma_ = token.text
    for sent in doc.sents:
        _tag_span(sent)
    return doc
