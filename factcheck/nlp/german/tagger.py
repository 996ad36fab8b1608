"""HanTa-based German tagger component: STTS tags, universal POS, lemmas and Konjunktiv I marks."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path
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


WORDFORMS = Path(__file__).resolve().parents[1] / "assets" / "de_wordforms.tsv.gz"
"""HanTa's analyses and lemmas of frequent word forms, precomputed by scripts/build_wordforms.py. Lines are
``F <form> <tag>:<logprob>,...`` (an analysis) or ``L <form> <tag id> <lemma>``, tab-separated."""

LEMMA_TAGS = frozenset({"VVFIN", "VVIMP", "VVINF", "VVIZU", "VVPP", "VAFIN", "VAIMP", "VAINF", "VAPP",
                        "VMFIN", "VMINF", "VMPP"})
"""Tags whose lemma is read downstream (speech-verb cues, Konjunktiv I, event verbs): HanTa lemmatises these.
Other words get the shipped table's lemma when the form is in it, else their own spelling (HanTa's lemma
analysis costs a few milliseconds per unseen word and nothing reads noun, adjective or adverb lemmas)."""


@functools.lru_cache(maxsize=1)
def _wordforms() -> tuple[dict[str, str], dict[str, str]]:
    """The shipped table: {form: analyses as written}, {"form\ttag id": lemma} (empty when the file is missing).

    Analyses stay text until a word is looked up (:func:`_parse_analyses`), so loading takes milliseconds."""
    forms: dict[str, str] = {}
    lemmas: dict[str, str] = {}
    try:
        with gzip.open(WORDFORMS, "rt", encoding="utf-8") as handle:
            lines = handle.read().split("\n")
    except OSError:
        return forms, lemmas
    for line in lines:
        kind, _, rest = line.partition("\t")
        if kind == "F":
            form, _, analyses = rest.partition("\t")
            forms[form] = analyses
        elif kind == "L":
            key, _, lemma = rest.rpartition("\t")
            lemmas[key] = lemma
    return forms, lemmas


def _parse_analyses(text: str) -> list[tuple[int, float]]:
    """``"12:-3.5,7:-9.25"`` -> [(12, -3.5), (7, -9.25)] (floats written with repr, so exactly HanTa's)."""
    out = []
    for pair in text.split(","):
        tag, _, logprob = pair.partition(":")
        out.append((int(tag), float(logprob)))
    return out


def _reachable(tagger: Any) -> None:
    """HanTa's ``reachability`` (for every final state, the states that can lead to it) as HanTa's own
    ``reachable`` computes it, by a walk back over each state's predecessors instead of rescanning every
    transition per state: the same sets in about 1 ms instead of 170 ms at every start."""
    before: dict[int, set[int]] = {}
    for (_, state), followers in tagger.LP_trans.items():
        for follower in followers:
            before.setdefault(follower, set()).add(state)
    tagger.reachability = {}
    for final in tagger.int2tag:
        if final >= 0:
            continue
        seen = set(before.get(final, ()))
        todo = list(seen)
        while todo:
            for state in before.get(todo.pop(), ()):
                if state not in seen:
                    seen.add(state)
                    todo.append(state)
        tagger.reachability[final] = frozenset(seen)


@functools.lru_cache(maxsize=1)
def hanta_tagger() -> Any:
    """Load the HanTa German model once and memoise its per-word analyses (seeded from the shipped table)."""
    from HanTa import HanoverTagger as ht

    from factcheck.nlp.german.hanta_forward import fast_analyze_forward

    class Tagger(ht.HanoverTagger):
        reachable = _reachable

    tagger = Tagger("morphmodel_ger.pgz")
    analyze = fast_analyze_forward(tagger)
    known, _ = _wordforms()

    def analyze_by_head(word: str) -> Any:
        """Analyse an unknown word, long compounds by their head only (HanTa's cost grows with length)."""
        head = word[-LONG_WORD:] if len(word) > LONG_WORD else word
        found = known.get(head)
        return _parse_analyses(found) if found is not None else analyze(head)

    tagger.analyze_forward = functools.lru_cache(maxsize=300_000)(analyze_by_head)
    tagger._tag_word = functools.lru_cache(maxsize=300_000)(tagger._tag_word)
    return tagger


def hanta_lemma(word: str, tag_id: int) -> str:
    """HanTa's lemma of a lowercase word (or compound head) for a HanTa tag id, from the table when there."""
    found = _wordforms()[1].get(f"{word}\t{tag_id}")
    if found is not None:
        return found
    return str(hanta_tagger()._analyze(word, tag_id, taglevel=1)[0])


@functools.lru_cache(maxsize=300_000)
def _lemma(word: str, tag_id: int) -> str:
    """Return HanTa's lemma for a word form with a known HanTa tag id (memoised; long compounds by their head)."""
    if len(word) > LEMMA_HEAD:
        return word[:-LEMMA_HEAD] + hanta_lemma(word[-LEMMA_HEAD:].lower(), tag_id).lower()
    return hanta_lemma(word.lower(), tag_id)


def _table_lemma(word: str, tag_id: int) -> str | None:
    """The shipped table's lemma of a word form, or None (used for tags whose lemma nothing reads)."""
    lemmas = _wordforms()[1]
    if len(word) > LEMMA_HEAD:
        head = lemmas.get(f"{word[-LEMMA_HEAD:].lower()}\t{tag_id}")
        return None if head is None else word[:-LEMMA_HEAD] + head.lower()
    return lemmas.get(f"{word.lower()}\t{tag_id}")


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
        if stts in LEMMA_TAGS:
            token.lemma_ = _clean_lemma(token.text, _lemma(token.text, tag_id), stts)
        elif stts in SELF_LEMMA_TAGS:
            token.lemma_ = token.text
        else:
            token.lemma_ = _clean_lemma(token.text, _table_lemma(token.text, tag_id) or token.text, stts)
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
