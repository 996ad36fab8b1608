"""German sentence splitting stays linear: no per-token walk over the whole Doc (issue 12, point 1)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from factcheck.nlp.german.sentences import german_sentences

SENTENCES = [
    "Der Minister sagte am 3. Mai in Berlin, die Verhandlungen seien gescheitert.",
    "„Wir werden über alle Themen sprechen“, sagte Putin.",
    "Die Zahl stieg um 12,5 Prozent auf 1.200 Fälle, u. a. in Bayern.",
    "Dr. Müller bestätigte das am Montag.",
]


class CountingDoc(Doc):
    """A Doc that counts whole-document checks and token look-ups."""

    calls = {"has_annotation": 0, "getitem": 0}

    def has_annotation(self, attr, **kwargs):
        CountingDoc.calls["has_annotation"] += 1
        return super().has_annotation(attr, **kwargs)

    def __getitem__(self, i):
        CountingDoc.calls["getitem"] += 1
        return super().__getitem__(i)


def _counted_doc(paragraphs: int) -> CountingDoc:
    text = "\n\n".join(" ".join(SENTENCES[(p + k) % len(SENTENCES)] for k in range(3)) for p in range(paragraphs))
    tokens = spacy.blank("de").make_doc(text)
    return CountingDoc(tokens.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def _calls(paragraphs: int) -> tuple[int, int, int]:
    doc = _counted_doc(paragraphs)
    CountingDoc.calls.update(has_annotation=0, getitem=0)
    german_sentences(doc)
    return len(doc), CountingDoc.calls["has_annotation"], CountingDoc.calls["getitem"]


def test_splitter_checks_the_document_a_constant_number_of_times():
    small_tokens, small_checks, small_items = _calls(100)
    big_tokens, big_checks, big_items = _calls(2000)
    assert big_tokens > 15 * small_tokens > 0
    # spaCy's Token.is_sent_start setter calls has_annotation("DEP"), a walk over the whole Doc, per token:
    # the splitter must not use it, so the count does not grow with the text.
    assert small_checks == big_checks <= 2
    assert big_items / big_tokens < 1.2 * small_items / small_tokens


def test_generated_text_of_300_kb_splits_correctly():
    unit = " ".join(SENTENCES)
    text = "\n\n".join([unit] * (300_000 // len(unit)))
    nlp = spacy.blank("de")
    nlp.max_length = len(text) + 1
    doc = nlp.make_doc(text)
    german_sentences(doc)
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert len(sents) == len(SENTENCES) * (300_000 // len(unit))
    assert sents[:4] == SENTENCES
