"""Claim detection: checkable sentences with values and entities; not opinion, questions, boilerplate or pure quotes."""

from __future__ import annotations

import pytest

from factcheck.nlp.extract import extract_text

pytestmark = pytest.mark.slow  # every test here runs the real spaCy pipelines


def claims_of(text: str, language: str = "de", published: str | None = "2019-04-25"):
    return extract_text(text, language=language, published=published).claims


def test_sentence_with_duration_is_a_claim_with_values():
    text = "Die Gespräche zwischen Putin und Kim in Wladiwostok dauerten vier Stunden."
    claims = claims_of(text)
    assert len(claims) == 1
    types = {v.type for v in claims[0].values}
    assert "duration" in types
    assert {"person", "place"} <= types
    for v in claims[0].values:
        assert text[v.start:v.end] == v.text


def test_entity_and_event_verb_without_number_is_a_claim():
    claims = claims_of("Kim Jong Un traf Wladimir Putin in Wladiwostok.")
    assert len(claims) == 1
    assert {e.label for e in claims[0].entities} >= {"PER", "LOC"}


def test_a_sentence_that_names_what_happened_is_a_claim_without_figures_or_names():
    claims = claims_of("Die Feuerwehren riefen vielerorts den Ausnahmezustand aus.\n\n"
                       "In zahlreichen Städten saßen Reisende die ganze Nacht an den Bahnhöfen fest.\n\n"
                       "Das ist doch wirklich sehr schade gewesen.")
    assert [c.text for c in claims] == ["Die Feuerwehren riefen vielerorts den Ausnahmezustand aus.",
                                        "In zahlreichen Städten saßen Reisende die ganze Nacht an den Bahnhöfen fest."]


def test_reader_prompts_are_not_claims():
    assert claims_of("Im Video könnt ihr euch einen Eindruck von der Demonstration verschaffen.") == ()
    assert claims_of("You can watch the whole speech of the chancellor in our video.", "en") == ()


def test_a_dateline_is_not_part_of_the_first_claim():
    text = "Frankfurt (Reuters) - Der Stürmer wechselt für 105 Millionen Euro nach Barcelona."
    claims = claims_of(text)
    assert [c.text for c in claims] == ["Der Stürmer wechselt für 105 Millionen Euro nach Barcelona."]
    assert text[claims[0].start:claims[0].end] == claims[0].text


@pytest.mark.parametrize("dateline", ["EAST LIVERPOOL, Ohio (AP) — ", "BERLIN, Feb 15 (Reuters) - "])
def test_a_dateline_with_the_state_or_the_day_after_a_comma_is_not_part_of_the_first_claim(dateline):
    text = dateline + "A freight train carrying hazardous chemicals derailed late Tuesday near the Ohio River."
    assert [c.text for c in claims_of(text, "en")] == [text[len(dateline):]]


def test_an_untagged_dateline_is_not_part_of_the_first_claim_only_at_a_line_start():
    text = "BERLIN — More than 150,000 protesters marched on Saturday against the trade deal."
    claims = claims_of(text, "en")
    assert [c.text for c in claims] == ["More than 150,000 protesters marched on Saturday against the trade deal."]
    inside = claims_of("Die Polizei zählte 150.000 Menschen. TTIP - das Abkommen spaltet seit Jahren das Land.")
    assert any(c.text.startswith("TTIP - das Abkommen") for c in inside)  # mid-paragraph: text, no dateline
    named = claims_of("The German Weather Service (DWD) said the storm reached 115 kilometres per hour.", "en")
    assert named[0].text.startswith("The German Weather Service (DWD)")  # a name and its acronym, no dateline


def test_a_town_adjective_after_a_preposition_is_a_place():
    claims = claims_of("Am Düsseldorfer Flughafen fielen 340 Flüge aus, sagte die Berliner Polizei.")
    places = [(v.text, v.value["placed_as"]) for v in claims[0].values if v.type == "place"]
    assert places == [("Düsseldorfer", "Düsseldorf")]


def test_place_value_carries_gazetteer_id():
    claims = claims_of("Kim Jong Un traf Wladimir Putin in Wladiwostok.")
    places = [v for v in claims[0].values if v.type == "place"]
    assert places and places[0].value["id"] and places[0].value["lat"] is not None


def test_opinion_question_imperative_and_boilerplate_are_not_claims():
    text = ("Ich finde das Treffen von Putin und Kim großartig.\n\n"
            "Hat Putin Kim in Wladiwostok getroffen?\n\n"
            "Abonnieren Sie unseren Newsletter für 3 Euro.\n\n"
            "Deine E-Mail-Adresse wird nicht veröffentlicht.")
    assert claims_of(text) == ()


def test_headline_without_verb_is_not_a_claim():
    assert claims_of("Gipfeltreffen in Wladiwostok\n\nPutin traf Kim am Donnerstag in Wladiwostok.")[0].text == \
        "Putin traf Kim am Donnerstag in Wladiwostok."


def test_pure_quote_is_not_a_claim_but_framed_quote_with_facts_is():
    text = ("„Wir werden über alle Themen sprechen, ohne Eile“, sagte Putin.\n\n"
            "Putin sagte am Mittwoch in Wostotschny, das Treffen habe zwei Stunden gedauert.")
    claims = claims_of(text)
    expected = "Putin sagte am Mittwoch in Wostotschny, das Treffen habe zwei Stunden gedauert."
    assert [c.text for c in claims] == [expected]


def test_english_claim_with_number():
    claims = claims_of("Putin met Kim in Vladivostok on Thursday for four hours.", "en")
    assert len(claims) == 1
    assert any(v.type in ("duration", "date") for v in claims[0].values)


def test_claim_offsets_point_into_text():
    text = "Vorspann.\n\nKim traf Putin am 25. April 2019 in Wladiwostok. Beide lächelten."
    claims = claims_of(text)
    assert len(claims) >= 1
    for c in claims:
        assert text[c.start:c.end] == c.text
        assert text[c.sentence_start:c.sentence_end] == c.sentence
