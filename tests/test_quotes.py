"""Quote extraction on small German and English sentences written for the test, with the real pipeline."""

from __future__ import annotations

import pytest

from factcheck.nlp.extract import extract_text
from factcheck.nlp.quote_marks import find_quoted_spans

pytestmark = pytest.mark.slow  # every test here runs the real spaCy pipelines


def quotes_of(text: str, language: str = "de"):
    return extract_text(text, language=language).quotes


def one(quotes, fragment: str):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir sind bereit für Gespräche“, sagte Putin.",
        '"Wir sind bereit für Gespräche", sagte Putin.',
        "»Wir sind bereit für Gespräche«, sagte Putin.",
        "«Wir sind bereit für Gespräche», sagte Putin.",
        "‚Wir sind bereit für Gespräche‘, sagte Putin.",
    ],
)
def test_direct_quote_styles_german(text):
    q = one(quotes_of("Kreml-Chef Wladimir Putin traf Kim. " + text), "bereit für Gespräche")
    assert q.text == "Wir sind bereit für Gespräche"
    assert q.type == "direct"
    assert q.speaker == "Vladimir Putin" or q.speaker == "Wladimir Putin"
    assert q.cue == "sagte"


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready for talks,” Smith said.",
        '"We are ready for talks," Smith said.',
        "‘We are ready for talks,’ Smith said.",
    ],
)
def test_direct_quote_styles_english(text):
    q = one(quotes_of("Minister John Smith met the delegation on Monday. " + text, "en"), "ready for talks")
    assert q.text == "We are ready for talks"
    assert q.type == "direct"
    assert q.speaker_mention == "Smith"
    assert q.speaker and "Smith" in q.speaker


def test_quote_spanning_sentences():
    text = "„Das Treffen war gut. Wir reden weiter“, sagte Putin."
    q = one(quotes_of(text), "Treffen war gut")
    assert q.text == "Das Treffen war gut. Wir reden weiter"
    assert q.speaker_mention == "Putin"


def test_partial_quote_is_embedded_fragment():
    text = "Kim Jong Un traf Putin. Die Gespräche bezeichnete Kim als „sehr substanziell“."
    q = one(quotes_of(text), "sehr substanziell")
    assert q.type == "partial"
    assert q.cue == "bezeichnete"
    assert q.speaker == "Kim Jong Un"


def test_colon_quote_after_cue():
    text = "Auf die Frage nach Waffen sagte der Präsident: „Wir werden über alle Themen sprechen.“"
    q = one(quotes_of(text), "alle Themen")
    assert q.type == "direct"
    assert q.speaker_mention == "der Präsident"


def test_so_cue_after_quote():
    text = ("Nordkoreas Machthaber Kim Jong Un reiste an. "
            "„Wir hatten einen guten Austausch“, so der nordkoreanische Machthaber.")
    q = one(quotes_of(text), "guten Austausch")
    assert q.cue == "so"
    assert q.speaker == "Kim Jong Un"


def test_terms_in_quotes_are_not_quotes():
    text = ("Danach reist Putin zum „Seidenstraßen“-Gipfel nach Peking. In der Reihe „Durch die Nacht mit ...“ "
            "treffen sich zwei Künstler. Die Firma „Rosneft“ wuchs stark.")
    assert quotes_of(text) == ()


def test_unbalanced_quote_is_capped_at_paragraph():
    text = "Putin sagte: „Wir sind bereit für neue Gespräche.\n\nIm zweiten Absatz geht es um Handel. Und um Öl."
    quotes = quotes_of(text)
    q = one(quotes, "bereit")
    assert "\n" not in q.text and "Handel" not in q.text
    assert q.end <= text.index("\n\n")


def test_find_quoted_spans_ignores_apostrophes():
    text = "It's Kim's train, and the 'quiet diplomacy' went on; he said 'we will see what happens next'."
    spans = [text[s.inner_start:s.inner_end] for s in find_quoted_spans(text)]
    assert spans == ["quiet diplomacy", "we will see what happens next"]


def test_headline_quote_resolved_from_body():
    text = ("„Hatten einen sehr substanziellen Austausch“\n\n"
            "Nordkoreas Machthaber Kim Jong Un traf Putin. „Wir hatten einen sehr substanziellen Austausch zu vielen "
            "Themen“, sagte Kim.")
    quotes = quotes_of(text)
    head = quotes[0]
    assert head.start == 1 and head.type == "direct"
    assert head.cue is None
    assert head.speaker == "Kim Jong Un"


def test_headline_quote_without_body_stays_unresolved():
    q = quotes_of("„Wir lassen uns nicht erpressen“\n\nDas Treffen in Moskau dauerte zwei Stunden.")[0]
    assert q.type == "direct" and q.speaker is None


def test_indirect_konjunktiv_after_speech_verb_and_continuation():
    text = ("Kreml-Chef Wladimir Putin empfing Kim. Putin sagte, er sei froh über den Besuch. "
            "Er wolle mit Kim über Handel reden. Auch solle es um Sanktionen gehen.")
    quotes = quotes_of(text)
    q = one(quotes, "er sei froh")
    assert q.type == "indirect" and q.text == "er sei froh über den Besuch"
    assert q.speaker in ("Vladimir Putin", "Wladimir Putin")
    cont = one(quotes, "Er wolle mit Kim")
    assert cont.type == "indirect" and cont.speaker == q.speaker
    assert one(quotes, "Auch solle es").speaker == q.speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Laut KCNA habe Kim die Einladung angenommen.", "KCNA"),
        ("Der Agentur Interfax zufolge dauern die Gespräche vier Stunden.", "Der Agentur Interfax"),
        ("Nach Angaben von Interfax dauern die Gespräche vier Stunden.", "Interfax"),
        ("Die Gespräche dauern vier Stunden, wie die Agentur Interfax berichtete.", "die Agentur Interfax"),
        ("Die Agentur Interfax berichtete, dass die Gespräche vier Stunden dauern.", "Die Agentur Interfax"),
    ],
)
def test_indirect_attributions_german(text, mention):
    quotes = [q for q in quotes_of(text) if q.type == "indirect"]
    assert quotes, text
    assert quotes[0].speaker_mention == mention
    assert quotes[0].speaker in ("KCNA", "Interfax")


def test_teilte_mit_is_a_cue_for_organisations():
    text = "„Der Besuch findet in den nächsten Tagen statt“, teilte der Kreml am Montag mit."
    q = one(quotes_of(text), "Besuch findet")
    assert q.cue == "teilte" and q.speaker == "Kreml"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("According to Reuters, the talks lasted four hours.", "the talks lasted four hours", "Reuters"),
        ("Smith told reporters that the talks lasted four hours.", "the talks lasted four hours", "Smith"),
        ("Smith said the talks lasted four hours.", "the talks lasted four hours", "Smith"),
    ],
)
def test_indirect_english(text, content, speaker):
    quotes = [q for q in quotes_of("Minister John Smith arrived on Monday. " + text, "en") if q.type == "indirect"]
    assert quotes, text
    assert quotes[0].text == content
    assert quotes[0].speaker and speaker in quotes[0].speaker


def test_unresolved_speaker_is_visible():
    text = ("Nordkoreas Machthaber Kim Jong Un traf Putin. Die Manöver gefährdeten den Frieden, sagte ein "
            "nordkoreanischer Sprecher und kündigte „entsprechende Gegenmaßnahmen unserer Armee“ an.")
    quotes = quotes_of(text)
    q = one(quotes, "entsprechende Gegenmaßnahmen")
    assert q.type == "partial" and q.speaker is None
    assert q.speaker_mention == "ein nordkoreanischer Sprecher"
    indirect = one(quotes, "Die Manöver gefährdeten")
    assert indirect.speaker is None and indirect.speaker_mention == "ein nordkoreanischer Sprecher"


def test_offsets_point_into_text():
    text = "Erst Text. „Wir kommen wieder“, sagte Putin am Mittwoch."
    quotes = quotes_of(text)
    assert len(quotes) >= 1
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.sentence_start:q.sentence_end] == q.sentence
        if q.cue_start is not None:
            assert text[q.cue_start:q.cue_end] == q.cue
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention


def test_unmarked_direct_speech_after_cue_and_colon():
    q = one(quotes_of("Der Kanzler sagte: Wir werden das Gesetz im Herbst beschließen."), "Wir werden")
    assert q.type == "direct" and q.text == "Wir werden das Gesetz im Herbst beschließen."
    assert q.speaker_mention == "Der Kanzler"


def test_quoted_title_after_article_is_not_a_quote():
    text = "Das berichtete die „Frankfurter Allgemeine Zeitung“ am Montag, sagte ein Sprecher."
    assert not [q for q in quotes_of(text) if "Frankfurter" in q.text]


def test_english_name_apposition_before_cue():
    text = ("Fifty people remain missing. Ken Njoroge, chief executive of a bank in the complex, said he was "
            "unable to locate several employees.")
    q = one(quotes_of(text, "en"), "unable to locate")
    assert q.type == "indirect" and q.speaker_mention == "Ken Njoroge"


def test_english_it_said_takes_previous_speaker_only():
    text = ('BC Hydro said the storm hit on Monday. "There are hundreds of outages that crews must fix," it said.')
    q = one(quotes_of(text, "en"), "hundreds of outages")
    assert q.speaker_mention == "it" and q.speaker == "BC Hydro"


def test_first_person_speaker_is_recorded_not_resolved():
    q = one(quotes_of("Putin kam an. Ich sage Ihnen: Das ist ein Irrweg für alle."), "Irrweg")
    assert q.speaker_mention == "Ich" and q.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Reports from the city showed that the estimated cost was raised to $44 million last spring.",
        "Officials grappled to respond to the news that the bridge would close for a year.",
    ],
)
def test_english_adjective_or_infinitive_cue_gives_no_reported_speech(text):
    assert not [q for q in quotes_of(text, "en") if q.type == "indirect"]


def test_english_subject_after_auxiliary_and_insertion():
    text = ("Councillor Pete Ryder, who voted for the plan last year, has said the tax was a mistake "
            "for the whole city.")
    quote = one(quotes_of(text, "en"), "the tax was a mistake")
    assert quote.speaker == "Pete Ryder"


def test_english_apposition_subject_beats_content_subject_after_cue():
    text = ("Professor Tim Bale, a historian at the university, said Ms. Anna May will likely try once more "
            "to reach a deal.")
    assert one(quotes_of(text, "en"), "will likely try").speaker == "Tim Bale"



def test_german_pronoun_subject_inside_subordinate_clause_before_cue():
    text = "Ich fragte nach dem Preis, worauf er lachend erwiderte: „Kein Platz wird hier bezahlt.“"
    assert one(quotes_of(text), "Kein Platz").speaker_mention == "er"


def test_english_title_case_film_name_is_not_a_quote():
    text = "Critics said the new film \"The Boy Who Would Be Mayor\" was charming and carried by its young cast."
    assert not [q for q in quotes_of(text, "en") if "Would Be Mayor" in q.text and q.type != "indirect"]


def test_german_relative_pronoun_speaks_for_its_antecedent():
    text = "Das zeigen auch die Firmen, die inzwischen sagen: Wir wollen den Ausstieg aus der Kohle."
    assert one(quotes_of(text), "Ausstieg aus der Kohle").speaker_mention == "die Firmen"


def test_german_person_in_a_colon_frame_without_cue_verb_is_the_speaker():
    text = ("Dagegen wehrt sich nun Wolfgang Schleiden, und zwar folgendermaßen: "
            "„Der Herzog hat mir die Ehre erwiesen, mich zu empfangen.“")
    quotes = [q for q in extract_text(text, language="de").quotes if "Herzog" in q.text]
    assert quotes and quotes[0].speaker == "Wolfgang Schleiden"


def test_unclosed_quotation_cut_off_with_the_page_keeps_its_complete_sentences():
    from factcheck.nlp.quote_marks import find_quoted_spans

    text = 'Valverde betonte: "Das ist eine echte Verstärkung. Er ist ein schneller und techni'
    (span,) = find_quoted_spans(text)
    assert text[span.inner_start:span.inner_end] == "Das ist eine echte Verstärkung."
    # no whole sentence inside (an ellipsis is not one): the fragment stays as it is
    text = 'The zoos reported that "elephants ... are retreating to the safety of their enclosur'
    (span,) = find_quoted_spans(text)
    assert text[span.inner_end - 8:span.inner_end] == "enclosur"
    # an unclosed quotation inside the text (its paragraph ends) is not cut
    text = '"He is fast. He comes from Rennes\n\nNext paragraph.'
    (span,) = find_quoted_spans(text)
    assert text[span.inner_start:span.inner_end] == "He is fast. He comes from Rennes"
