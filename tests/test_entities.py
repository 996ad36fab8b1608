"""Entity layer tests: German gazetteer and rules on written sentences, the seed-article gold set, places."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.nlp import places
from factcheck.nlp.pipeline import load_pipeline

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

SEED_GOLD: dict[str, tuple[str, str]] = {
    "Wladimir Putin": ("PER", "Wladimir Putin"), "Putin": ("PER", "Wladimir Putin"),
    "Putins": ("PER", "Wladimir Putin"), "Kim Jong-un": ("PER", "Kim Jong Un"),
    "Kim Jong Un": ("PER", "Kim Jong Un"), "Kim Jong-Un": ("PER", "Kim Jong Un"),
    "Donald Trump": ("PER", "Donald Trump"), "Trump": ("PER", "Donald Trump"),
    "Xi Jinping": ("PER", "Xi Jinping"), "Medwedew": ("PER", "Dmitri Medwedew"),
    "Dmitri Medwedew": ("PER", "Dmitri Medwedew"), "Sergej Schoigu": ("PER", "Sergej Schoigu"),
    "Schoigu": ("PER", "Sergej Schoigu"), "Adrienne Watson": ("PER", "Adrienne Watson"),
    "Wladiwostok": ("LOC", "geonames:2013348"), "Russki": ("LOC", "gazetteer:russky-island"),
    "Hanoi": ("LOC", "geonames:1581130"), "Singapur": ("LOC", "geonames:1880251"),
    "Peking": ("LOC", "geonames:1816670"), "Wostotschny": ("LOC", "gazetteer:vostochny-cosmodrome"),
    "Chassan": ("LOC", "gazetteer:khasan"), "Pjöngjang": ("LOC", "geonames:1871859"),
    "Pjöngjangs": ("LOC", "geonames:1871859"), "KCNA": ("ORG", "KCNA"), "Interfax": ("ORG", "Interfax"),
    "Vereinten Nationen": ("ORG", "United Nations"), "Vereinte Nationen": ("ORG", "United Nations"),
}
"""Gold names of the five seed articles: surface form -> (label, normalised id)."""


def _gold_occurrences(text: str) -> list[tuple[int, int, str, str]]:
    """Find non-overlapping occurrences of gold surfaces, longest first, as (start, end, label, id)."""
    found: list[tuple[int, int, str, str]] = []
    taken = [False] * len(text)
    for surface in sorted(SEED_GOLD, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\wÄÖÜäöü-]){re.escape(surface)}(?![\wÄÖÜäöü-])", text):
            if not any(taken[m.start() : m.end()]):
                found.append((m.start(), m.end(), *SEED_GOLD[surface]))
                for k in range(m.start(), m.end()):
                    taken[k] = True
    return found


@pytest.fixture(scope="module")
def de():
    return load_pipeline("de")


def ents(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.slow
def test_seed_articles_people_places_orgs_reach_target(de):
    hits = {"PER": 0, "LOC": 0, "ORG": 0}
    total = dict.fromkeys(hits, 0)
    predicted_on_gold = dict.fromkeys(hits, 0)
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = de(text)
        for start, end, label, norm in _gold_occurrences(text):
            total[label] += 1
            covering = [e for e in doc.ents if e.start_char <= start and e.end_char >= end]
            overlapping = [e for e in doc.ents if e.start_char < end and e.end_char > start]
            predicted_on_gold[label] += len(overlapping)
            if any(e.label_ == label and e.kb_id_ == norm for e in covering):
                hits[label] += 1
    assert set(total) == {"PER", "LOC", "ORG"}
    for label in total:
        assert total[label] > 0
        recall = hits[label] / total[label]
        precision = hits[label] / max(1, predicted_on_gold[label])
        assert recall >= 0.85, (label, recall, hits, total)
        assert precision >= 0.85, (label, precision)


@pytest.mark.slow
def test_kim_spellings_normalise_to_one_name(de):
    text = "Kim Jong Un kam. Später sprach Kim Jong-un. Danach lachte Kim Jong-Un."
    assert {norm for _, label, norm in ents(de, text) if label == "PER"} == {"Kim Jong Un"}


@pytest.mark.slow
def test_title_before_unknown_name_gives_person(de):
    found = ents(de, "Das sagte Verteidigungsminister Boris Pistorius am Montag.")
    assert ("Boris Pistorius", "PER", "Boris Pistorius") in found


@pytest.mark.slow
def test_surname_after_full_name_is_the_same_person(de):
    found = ents(de, "Der Minister Jewgeni Kowaljow reiste ab. Kowaljow sagte nichts.")
    assert [(t, l) for t, l, _ in found] == [("Jewgeni Kowaljow", "PER"), ("Kowaljow", "PER")]
    assert found[1][2] == found[0][2]


@pytest.mark.slow
def test_legal_form_makes_an_organisation(de):
    found = ents(de, "Die Firma Sibirtrans GmbH liefert Holz.")
    assert ("Sibirtrans GmbH", "ORG", "Sibirtrans GmbH") in found


@pytest.mark.slow
def test_places_carry_ids_in_german_and_genitive(de):
    found = ents(de, "Russlands Präsident flog von Moskau nach Wladiwostok.")
    assert ("Russlands", "LOC", places.lookup("Russland").id) in found
    assert ("Wladiwostok", "LOC", "geonames:2013348") in found
    assert ("Moskau", "LOC", "geonames:524901") in found


@pytest.mark.slow
def test_agencies_and_un_are_organisations(de):
    found = ents(de, "Wie KCNA und Interfax meldeten, tagte die Uno, die Nato und die EU.")
    labels = {t: (l, n) for t, l, n in found}
    assert labels["KCNA"] == ("ORG", "KCNA")
    assert labels["Uno"] == ("ORG", "United Nations")
    assert labels["Nato"][0] == "ORG" and labels["EU"][0] == "ORG"


@pytest.mark.slow
def test_labels_are_only_the_four_types(de):
    doc = de("Am 25. April 2019 traf Putin in Wladiwostok 300 Journalisten der AFP.")
    assert {e.label_ for e in doc.ents} <= {"PER", "LOC", "ORG", "MISC"}
    assert not any(e.text.startswith(("25", "300")) for e in doc.ents)


def test_place_lookup_german_and_english_names_agree():
    assert places.lookup("Wladiwostok") == places.lookup("Vladivostok")
    assert places.lookup("Pjöngjang").id == places.lookup("Pyongyang").id
    assert places.lookup("Peking").name == "Beijing"
    assert places.lookup("U.S.").id == places.lookup("USA").id == places.lookup("Vereinigten Staaten").id
    assert places.lookup("Xyzzyqx") is None


def test_a_district_written_town_hyphen_district_is_placed_in_its_town():
    from factcheck.models import Entity
    from factcheck.nlp.claims import entity_value

    koeln = places.lookup("Köln")
    assert places.containing_town("Köln-Chorweiler") == koeln  # Chorweiler itself is not in the gazetteer
    assert places.containing_town("Köln-Kalk") == places.lookup("Kalk")  # the district, where it is known
    assert places.containing_town("Hannover-Hamburg") is None  # a route between two cities
    assert places.containing_town("Schleswig-Holstein") is None  # a Land, though Schleswig is a town
    assert places.containing_town("Köln") is None and places.containing_town("Chorweiler") is None
    value = entity_value(Entity("Köln-Chorweiler", "LOC", 3, 18))
    assert (value.text, value.value["id"], value.value["lat"]) == ("Köln-Chorweiler", koeln.id, koeln.lat)


def test_distance_between_places():
    vladivostok = places.lookup("Wladiwostok").id
    vostochny = places.lookup("Wostotschny").id
    assert 900 < places.distance_km(vladivostok, vostochny) < 1100
    assert places.distance_km(vladivostok, vladivostok) == pytest.approx(0.0)
    assert places.distance_km(vladivostok, "geonames:0") is None


def test_gazetteer_reads_back_what_was_written(tmp_path):
    path = tmp_path / "places.txt.gz"
    places.write_gazetteer(path, {"geonames:1": ["Köln", "Köln", 50.93333, 6.95, "DE", "city"],
                                  "geonames:2": ["Cologne, MN", "Cologne", 44.77, -93.78, "US", "town"]},
                           {"köln": "geonames:1", "cologne": "geonames:1", "cologne, mn": "geonames:2"})
    rows, names = places.read_gazetteer(path)
    assert names == {"köln": "geonames:1", "cologne": "geonames:1", "cologne, mn": "geonames:2"}
    assert rows["geonames:1"].split("\t") == ["Köln", "Köln", "50.93333", "6.95", "DE", "city"]
    with pytest.raises(ValueError, match="tab"):
        places.write_gazetteer(path, {"geonames:3": ["A\tB", "", 0.0, 0.0, "DE", "city"]}, {})
    shipped = places.get(places.lookup("Köln").id)
    assert (shipped.country, round(shipped.lat), round(shipped.lon)) == ("DE", 51, 7)


def test_decode_bio_handles_stray_inside_tags():
    from factcheck.nlp.german.crf import decode_bio

    labels = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-ORG", "I-MISC"]
    assert decode_bio(labels) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG"), (6, 7, "MISC")]


@pytest.mark.slow
def test_unknown_names_found_from_context(de):
    found = {(t, l) for t, l, _ in ents(de, "Trainer Hubert Maierhofer lobte in Klagenfurt seine Mannschaft.")}
    assert ("Hubert Maierhofer", "PER") in found
    assert ("Klagenfurt", "LOC") in found


@pytest.mark.slow
def test_entity_spans_carry_no_symbols(de):
    doc = de("Foto: © Kyodo. Der Bericht kam von Reuters.")
    assert len(doc.ents) >= 1
    assert all(e.text[0].isalnum() and e.text[-1].isalnum() for e in doc.ents)
    assert ("Reuters", "ORG") in {(e.text, e.label_) for e in doc.ents}


def test_unknown_korean_names_are_written_one_way():
    from factcheck.nlp.german.entities import normalise_person

    assert normalise_person("Kim Chang-son") == normalise_person("Kim Chang Son") == "Kim Chang Son"
    assert normalise_person("Hans-Peter Müller") == "Hans-Peter Müller"


@pytest.mark.slow
def test_later_bare_mentions_take_the_label_of_the_full_name(de):
    text = "Der Reporter Jewgeni Kowaljow schrieb den Bericht. Gestern widersprach Kowaljow. Kowaljows Text blieb."
    found = ents(de, text)
    assert [label for _, label, _ in found] == ["PER", "PER", "PER"]
    assert {norm for _, _, norm in found} == {"Jewgeni Kowaljow"}


def test_faker_name_lists_know_common_and_hyphenated_first_names():
    from factcheck.nlp.german.faker_names import name_lists
    from factcheck.nlp.german.ner_features import _word_features

    first, last = name_lists()
    assert {"Ursula", "Jürgen"} <= first and {"Schmidt", "Becker"} <= last
    assert all(" " not in name for name in first | last)
    assert _word_features("Hans-Jürgen", "NE", False).get("any_first") == 1.0
    assert "any_first" not in _word_features("Haus-Tür", "NN", False)


def test_organisation_and_event_endings_are_features():
    from factcheck.nlp.german.ner_features import _word_features

    assert _word_features("Landesbank", "NN", False).get("org_end") == 1.0
    assert _word_features("Grimme-Preis", "NN", False).get("misc_end") == 1.0
    assert "org_end" not in _word_features("landesbank", "NN", False)


def test_words_between_quotation_marks_are_marked_quoted():
    from factcheck.nlp.german.ner_features import _inside_quotes

    words = ["Der", "Film", "„", "Das", "Boot", "“", "lief", "."]
    assert _inside_quotes(words) == [False, False, False, True, True, False, False, False]
    assert _inside_quotes(["Ein", '"', "offenes", "Zitat"]) == [False] * 4


@pytest.mark.slow
def test_sentence_features_only_use_rule_spans_inside_the_sentence(de):
    from factcheck.nlp.german.entities import find_entities
    from factcheck.nlp.german.ner_features import sentence_attributes

    doc = de("Putin kam nach Wladiwostok. Dort traf er Kim.")
    sent = list(doc.sents)[1]
    feats = sentence_attributes(doc, find_entities(doc), sent.start, sent.end)
    assert len(feats) == len(sent)
    assert "sent_start" in feats[0] and "sent_start" not in feats[1]
    assert "rule=B-PER" in feats[[t.text for t in sent].index("Kim")]


@pytest.mark.slow
def test_names_after_a_first_name_or_before_an_org_head_are_found(de):
    found = {(t, l) for t, l, _ in ents(de, "Gestern sprach Ursula Brandtner mit der Bayerischen Landesbank.")}
    assert ("Ursula Brandtner", "PER") in found
    assert ("Bayerischen Landesbank", "ORG") in found


@pytest.mark.slow
def test_org_head_before_a_place_makes_one_organisation(de):
    from spacy.tokens import Doc

    from factcheck.nlp.german.ner import _org_heads

    doc = Doc(de.vocab, words=["Die", "Landesbank", "Baden-Württemberg", "und", "Stuttgart", "zahlen", "."])
    chosen = [(1, 2, "ORG", None), (2, 3, "LOC", None), (4, 5, "LOC", None)]
    _org_heads(doc, chosen)
    assert sorted(chosen) == [(1, 3, "ORG", None), (4, 5, "LOC", None)]
    plain = [(2, 3, "LOC", None)]
    _org_heads(Doc(de.vocab, words=["Die", "Landschaft", "Baden-Württemberg", "."]), plain)
    assert plain == [(2, 3, "LOC", None)]

