"""Reported speech on news pages: organisations and spokespeople as speakers, reported figures, continuations,
slogans that are not quotes. Short German and English texts through the real pipelines."""

from __future__ import annotations

import pytest

from factcheck.nlp.extract import extract_text

pytestmark = pytest.mark.slow


def quotes_of(text: str, language: str = "de"):
    return extract_text(text, language=language).quotes


def having(quotes, fragment: str):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r}: {[q.text for q in quotes]}"
    return found[0]


def test_compound_spokesperson_speaks_for_the_organisation_and_continuation_keeps_it():
    text = ("Die Deutsche Bahn hat wegen des Sturms etliche Fernverbindungen eingestellt. Ein Bahn-Sprecher "
            "bestätigte, dass die Strecke Hannover-Hamburg ruhe. Es sei nicht absehbar, wann die Sperrungen "
            "aufgehoben würden.")
    quotes = quotes_of(text)
    first = having(quotes, "Strecke Hannover-Hamburg")
    assert first.speaker == "Deutsche Bahn" and first.speaker_mention == "Ein Bahn-Sprecher"
    assert having(quotes, "nicht absehbar").speaker == "Deutsche Bahn"


def test_spokesperson_of_a_named_organisation_then_der_sprecher_and_er():
    text = ("Im Norden seien die Strecken noch nicht befahrbar, sagte ein Sprecher der Deutschen Bahn.\n\n"
            "Das Unternehmen überprüfe die ganze Nacht die Strecken, sagte der Sprecher. Es gebe einen Rückstau "
            "von Zügen, sagte er.")
    quotes = quotes_of(text)
    assert len(quotes) >= 3
    for fragment in ("Strecken noch nicht befahrbar", "überprüfe die ganze Nacht", "Rückstau"):
        assert having(quotes, fragment).speaker == "Deutsche Bahn", fragment


def test_bare_spokesperson_takes_the_organisation_named_before():
    text = ("Die Hamburger Feuerwehr forderte die Bevölkerung auf, nicht vor die Tür zu gehen.\n\n"
            "Allein in Hamburg habe die Feuerwehr in zwei Stunden mehr als 700 Einsätze gehabt, sagte ein Sprecher.")
    assert having(quotes_of(text), "700 Einsätze").speaker == "Hamburger Feuerwehr"


def test_national_spokesperson_without_organisation_stays_unresolved():
    text = "Man werde reagieren, sagte ein nordkoreanischer Sprecher."
    q = having(quotes_of(text), "werde reagieren")
    assert q.speaker is None and "Sprecher" in q.speaker_mention


def test_police_and_organisers_report_figures():
    text = "Die Polizei sprach von 150.000 Teilnehmern, die Veranstalter gar von 250.000, die demonstrierten."
    quotes = quotes_of(text)
    police = having(quotes, "150.000 Teilnehmern")
    organisers = having(quotes, "250.000")
    assert police.text == "von 150.000 Teilnehmern" and police.speaker == "Polizei"
    assert organisers.speaker == "Veranstalter" and "150.000" not in organisers.text


def test_fronted_figure_and_counting_verb():
    quotes = quotes_of("Von 250 000 Teilnehmern sprechen die Veranstalter später. Die Polizei zählte nur 150 000.")
    assert having(quotes, "Von 250 000 Teilnehmern").speaker == "Veranstalter"
    assert having(quotes, "zählte nur 150 000").speaker == "Polizei"


def test_english_figures_and_the_semicolon_ends_the_reported_clause():
    text = "Organisers said 250,000 people took part in the rally; police put the figure at around 100,000."
    quotes = quotes_of(text, "en")
    organisers = having(quotes, "250,000 people took part")
    assert organisers.speaker == "Organisers" and "100,000" not in organisers.text
    police = having(quotes, "put the figure at around 100,000")
    assert police.speaker == "police"


def test_english_definite_description_goes_back_to_the_named_group():
    text = ("Hamburg's fire brigade told residents to stay indoors.\n\n"
            "\"Do not go outside at the current time,\" the fire brigade said.")
    assert having(quotes_of(text, "en"), "Do not go outside").speaker == "Hamburg's fire brigade"


@pytest.mark.parametrize("text", [
    "Die Teilnehmer hielten Plakate hoch, auf denen „Die Welt ist keine Ware!“ stand.",
    "Sie hielten Plakate hoch, auf denen «Die Welt ist keine Ware!» oder «Nur Konzerne haben CETA gerne» stand.",
    "Aus den Lautsprechern schallte „CETA ist Stuss, macht damit Schluss“ über den Platz.",
    "Sie trug ein Schild mit der Aufschrift „Stoppt TTIP jetzt“.",
    "„Brot für die Welt“ und andere verlangten die Einführung von Standards.",
])
def test_slogans_inscriptions_and_names_are_not_quotes(text):
    assert quotes_of(text) == [] or all("Welt ist keine" not in q.text and "Stuss" not in q.text
                                        and "Stoppt" not in q.text and q.text != "Brot für die Welt"
                                        and "Nur Konzerne" not in q.text
                                        for q in quotes_of(text))


def test_english_placard_is_not_a_quote():
    quotes = quotes_of("Protesters carried placards reading \"Stop TTIP and CETA now\" through the city.", "en")
    assert all("Stop TTIP" not in q.text for q in quotes)


def test_partial_quote_inside_konjunktiv_report_is_kept():
    text = ("Der Rest fließe laut Sportbild während der Saison. Von den 43 optionalen Millionen seien 33 "
            "„nahezu garantiert“.")
    quotes = quotes_of(text)
    assert any(q.text == "nahezu garantiert" for q in quotes)


def test_agency_relaying_a_persons_words_keeps_the_person_as_speaker():
    q = having(quotes_of("Kim Jong Un traf Putin. Kim habe die Gespräche gelobt, berichtete die Agentur KCNA."),
               "Gespräche gelobt")
    assert q.speaker == "Kim Jong Un" and q.cue == "berichtete"
    q = having(quotes_of("Kim Jong Un met Putin. Kim said the talks were very good, KCNA reported.", "en"),
               "talks were very good")
    assert q.speaker == "Kim Jong Un" and "KCNA" not in q.text


def test_name_with_colon_and_dash_signature_name_the_speaker():
    q = having(quotes_of("Ousmane Dembele wechselt. Dembele: „Es lebe Barca“\n\nDer Franzose geht nach Spanien."),
               "Es lebe Barca")
    assert q.speaker == "Ousmane Dembele"
    text = "Readers wrote in.\n\n“Mr. Trump embodies a legacy of racism. He has empowered racists.” ― Sonya Herridge\n"
    assert having(quotes_of(text, "en"), "legacy of racism").speaker == "Sonya Herridge"


def test_konjunktiv_ii_and_demnach_continue_the_report():
    text = ("Es gebe einen Rückstau von Zügen, sagte ein Sprecher der Deutschen Bahn. Züge müssten in Kassel warten, "
            "weil sie nicht weiterfahren könnten. Insgesamt waren es demnach knapp 20 solcher Züge.")
    quotes = quotes_of(text)
    assert having(quotes, "müssten in Kassel").speaker == "Deutsche Bahn"
    assert having(quotes, "demnach knapp 20").speaker == "Deutsche Bahn"


def test_single_word_after_a_cue_is_a_partial_quote():
    text = "Economy Minister Sigmar Gabriel warned, in a letter published today, against “scaremongering.”"
    q = having(quotes_of(text, "en"), "scaremongering")
    assert q.type == "partial" and q.speaker == "Sigmar Gabriel"


def test_mixed_and_unbalanced_quotation_marks_pair_up():
    from factcheck.nlp.quote_marks import find_quoted_spans

    for text, inner in (("heavy winds. ” Tree fell on a car. One died,” said the police.", "Tree fell on a car"),
                        ("“Curly opened, straight closed\" he said.", "Curly opened, straight closed"),
                        ("\"Straight opened, curly closed” he said.", "Straight opened, curly closed")):
        spans = find_quoted_spans(text)
        assert len(spans) == 1 and inner in text[spans[0].inner_start:spans[0].inner_end], text


def test_quoted_publication_as_source_then_das_blatt_and_konjunktiv_around_partial_quotes():
    text = ("Informationen der „Sportbild“ zufolge wie folgt: 105 Millionen Euro sind die fixe Transfersumme. "
            "Ein Großteil soll dem Blatt zufolge direkt überwiesen werden. Der Rest, ein Betrag „im unteren "
            "zweistelligen Millionenbereich“ fließe während der Saison.")
    quotes = quotes_of(text)
    assert having(quotes, "105 Millionen Euro sind").speaker == "Sportbild"
    assert having(quotes, "direkt überwiesen").speaker == "Sportbild"
    partial = having(quotes, "unteren zweistelligen")
    report = having(quotes, "fließe während der Saison")
    assert partial.type == "partial" and report.type == "indirect" and report.speaker == "Sportbild"
    assert "Millionenbereich" not in report.text  # the partial quote's words are not repeated in the report


def test_age_noun_description_and_separable_bekanntgeben():
    text = ("Borussia Dortmund und der FC Barcelona haben sich auf einen Wechsel von Ousmane Dembélé geeinigt. "
            "Für den Transfer werde der BVB 105 Millionen Euro kassieren, gab der Klub am Freitag bekannt. "
            "Auf Twitter schrieb der 20-Jährige Franzose: „Es lebe Barça, es lebe Katalonien!“")
    quotes = quotes_of(text)
    assert having(quotes, "werde der BVB 105 Millionen").cue == "gab"
    assert having(quotes, "Es lebe Barça").speaker == "Ousmane Dembélé"


def test_figure_with_its_source_in_brackets():
    text = "Zwischen 150.000 (offizielle Zahl der Polizei) und 250.000 Menschen (offizielle Zahl der Veranstalter) kamen."
    quotes = quotes_of(text)
    assert having(quotes, "150.000 (offizielle Zahl der Polizei)").speaker == "Polizei"
    assert having(quotes, "250.000 Menschen (offizielle Zahl der Veranstalter)").speaker == "Veranstalter"


def test_english_narrator_as_clause_is_not_part_of_the_reported_clause():
    quotes = quotes_of("Berlin's fire brigade said it had received 50 emergency calls on Thursday as storm Xavier "
                       "made its destructive progress across the north. The capital's firefighter service said the "
                       "emergency situation continues, as it called on volunteers to return.", "en")
    assert having(quotes, "50 emergency calls").text == "it had received 50 emergency calls on Thursday"
    assert having(quotes, "emergency situation").text == "the emergency situation continues"
    # an "as"-clause in the present stays: it may be the speaker's own reasoning
    assert having(quotes_of("Smith said prices would rise as demand grows.", "en"), "prices").text \
        == "prices would rise as demand grows"


def test_english_speaker_mention_keeps_possessive_owner_and_acronym():
    quotes = quotes_of("The capital's firefighter service said the emergency situation continues. The German Weather "
                       "Service (DWD) said the storm had reached hurricane-strength wind speeds.", "en")
    assert having(quotes, "emergency situation").speaker_mention == "The capital's firefighter service"
    weather = having(quotes, "hurricane-strength")
    assert weather.speaker_mention == "The German Weather Service (DWD)"
    assert weather.speaker == "German Weather Service"


def test_german_speaker_mention_keeps_acronym():
    quote = having(quotes_of("Der Sturm erreiche Orkanstärke, teilte die Polizei (LKA) am Abend mit."), "Orkanstärke")
    assert quote.speaker_mention == "die Polizei (LKA)" and quote.speaker == "Polizei"


def test_quotation_under_a_photo_credited_to_people_shown_is_not_a_quote():
    text = ('Protesters fear the deal.\n\n"TTIP - a Trojan horse?" asked these marchers\n\n'
            '"We will win," said these marchers at the rally. The police counted 5,000 people.')
    quotes = quotes_of(text, "en")
    assert not [q for q in quotes if "Trojan" in q.text]
    assert having(quotes, "We will win").speaker_mention == "these marchers"


def test_verbless_demand_after_a_sentence_about_placards_is_a_slogan_even_with_a_cue():
    text = ("Auffällig waren die vielen Losungen. Der Verband und andere verlangten die Einführung von Standards, "
            "andere „Menschenrecht vor Handelsrecht“, das Handeln gegen den Klimawandel usw. Auffällig waren die "
            "Plakate. Kanzlerin Angela Merkel verlangte „mehr Ehrlichkeit“. Die mitgeführten Plakate waren kreativ. "
            "Auch wenn sich manche Politiker dazu versteigen, den Demonstranten vorzuwerfen, sie hätten „keine "
            "Ahnung“, wogen die Argumente schwer.")
    quotes = quotes_of(text)
    assert not [q for q in quotes if "Menschenrecht" in q.text]
    assert having(quotes, "mehr Ehrlichkeit")
    assert [q for q in quotes if q.text == "keine Ahnung"]


def test_statement_from_an_organisation_speaks_for_it_and_the_statement_continues_for_it():
    quotes = quotes_of('Barcelona have signed Dembele from Dortmund. A statement from Barca said Dembele would arrive '
                       'in Barcelona on Sunday. "He is one of the best young players in the world," continued the '
                       'statement on the official website.', "en")
    first = having(quotes, "would arrive")
    assert first.speaker == "Barca" and first.speaker_mention == "A statement from Barca"
    assert having(quotes, "best young players").speaker == "Barca"


def test_heisst_es_im_statement_names_the_source_after_it():
    quotes = quotes_of('Der BVB und Barca haben sich geeinigt. Die Unterschrift soll in Barcelona "umgehend erfolgen", '
                       'heißt es im Statement des BVB.')
    partial = having(quotes, "umgehend erfolgen")
    assert partial.speaker == "BVB" and partial.speaker_mention == "Statement des BVB"


def test_das_hatte_x_behauptet_credits_the_sentence_before():
    quotes = quotes_of("Nach der Verletzung wird sich die Ablösesumme, die der FC Barcelona zahlen muss, nicht "
                       "verringern. Das hatte BVB-Geschäftsführer Hans-Joachim Watzke bereits behauptet.")
    quote = having(quotes, "nicht verringern")
    assert quote.speaker == "Hans-Joachim Watzke" and quote.cue == "behauptet"
    english = quotes_of("Prices will rise next year. That is what finance minister John Smith said on Monday.", "en")
    assert having(english, "Prices will rise").speaker == "John Smith"
    # a sentence opening with "Das" as a determiner is not an anaphor
    assert not quotes_of("Die Preise steigen. Das Unternehmen bestätigte am Montag einen Umbau.")


def test_frame_in_a_relative_clause_speaks_for_that_clause_and_an_unresolved_source_stays_as_written():
    quotes = quotes_of("Der Spieler erhält einen Vertrag bis 2022, in dem laut Angaben der Blaugrana eine "
                       "Ausstiegsklausel von 400 Millionen Euro verankert ist. Gemäss Medienberichten überweist "
                       "Barcelona mindestens 120 Millionen Euro.")
    clause = having(quotes, "Ausstiegsklausel")
    assert clause.text.startswith("in dem laut Angaben") and "erhält" not in clause.text
    assert having(quotes, "120 Millionen").speaker == "Medienberichten"


def test_club_described_not_named_is_the_club_its_words_name():
    text = ("Borussia Dortmund und der FC Barcelona haben sich geeinigt. Für den Transfer werde der BVB 105 Millionen "
            "Euro kassieren, gab der an der Börse notierte Bundesligist am Freitag bekannt. Die Dortmunder erhalten "
            "105 Millionen Euro, wie Deutschlands einziger börsennotierter Fußballbundesligist am Freitag mitteilte.")
    quotes = quotes_of(text)
    first = having(quotes, "werde der BVB")
    assert first.speaker == "BVB" and first.speaker_mention == "der an der Börse notierte Bundesligist"
    second = having(quotes, "Die Dortmunder erhalten")
    assert second.speaker == "Borussia Dortmund"
    assert second.speaker_mention == "Deutschlands einziger börsennotierter Fußballbundesligist"


def test_source_noun_phrase_ends_before_a_number_and_a_genitive_before_a_new_noun():
    quotes = quotes_of("Der Klub kassiert laut Mitteilung 105 Millionen Euro. In Dortmund stellte die Bahn nach "
                       "Angaben eines Sprechers Hotelzüge zur Verfügung.")
    assert having(quotes, "kassiert").speaker_mention == "Mitteilung"
    assert having(quotes, "Hotelzüge").speaker_mention == "eines Sprechers"


def test_relative_pronoun_subject_of_a_cue_is_its_antecedent():
    english = quotes_of("Dembele will arrive on Sunday. The transfer was confirmed on Barcelona’s website, which said "
                        "of the player: “He can play on either wing in attack.”", "en")
    assert having(english, "either wing").speaker_mention == "Barcelona’s website"
    german = quotes_of("Die Demonstration verlief friedlich. Das bestätigte die Polizei, die am Abend mitteilte, "
                       "dass 150.000 Menschen gekommen seien.")
    assert having(german, "150.000 Menschen").speaker_mention == "die Polizei"
    assert having(german, "verlief friedlich").speaker == "Polizei"


def test_addressee_pronoun_and_an_age_written_small_before_the_speaker():
    quotes = quotes_of('"Ich habe einen kleinen Hof," sagte mir ein etwa 30-jähriger, "mit den Konzernen kann ich '
                       'nicht mithalten."')
    assert having(quotes, "kleinen Hof").speaker_mention == "ein etwa 30-jähriger"
    assert having(quotes, "Konzernen").speaker == "ein etwa 30-jähriger"


def test_english_reported_clause_ends_before_a_second_coordinated_cue():
    quotes = quotes_of("Gabriel wrote an open letter, promising none of the existing standards in the country would "
                       "suffer, and warning that, “If we fail, we will have to follow others.”", "en")
    assert having(quotes, "none of the existing").text == "none of the existing standards in the country would suffer"


def test_english_surname_alone_and_after_an_honorific_is_the_speaker():
    assert having(quotes_of("Stumpf said on Tuesday that the lowest-paid workers make $12 an hour.", "en"),
                  "lowest-paid").speaker == "Stumpf"
    assert having(quotes_of("Mr. King said the race is close.", "en"), "race is close").speaker == "Mr. King"
    # a short role is a whole word only: "The MP" stays a description
    assert having(quotes_of("The MP said the vote was fair.", "en"), "vote was fair").speaker is None


def test_english_participle_cue_after_a_fronted_adverbial_takes_the_main_subject():
    quotes = quotes_of('During a speech earlier in the day, Trump attacked Clinton for her support of the war, '
                       'saying, "She is trigger-happy."', "en")
    assert having(quotes, "trigger-happy").speaker_mention == "Trump"
    # with a cue and its speaker before the participle, the participle is that speaker's
    quotes = quotes_of("Each of the charges against Emery carries a long sentence, Lohmar said, adding that more "
                       "charges are possible.", "en")
    assert having(quotes, "more charges").speaker != "Emery"


def test_typewriter_double_apostrophes_pair_as_quotation_marks():
    quotes = quotes_of("''There's a lot of new complexity,'' said Mr. Burman. He added that it's ''not a good "
                       "idea'' to wait. It's John's car.", "en")
    direct = having(quotes, "new complexity")
    assert direct.type == "direct" and direct.speaker == "Mr. Burman"
    assert having(quotes, "not a good idea")
    assert not [q for q in quotes if "John" in q.text]


def test_transcript_turn_label_is_the_speaker():
    quotes = quotes_of('Vice presidential candidate Mike Pence spoke on Sunday.\n\n"PENCE: And that is why Donald '
                       'Trump is on his way to the White House."\n\n"WALLACE: If I may, sir, we have little time."',
                       "en")
    assert having(quotes, "on his way").speaker == "Mike Pence"
    assert having(quotes, "If I may").speaker == "WALLACE"


def test_english_cue_coordinated_with_an_earlier_verb_takes_its_subject():
    quotes = quotes_of('Cruz exhorted Republicans to "vote your conscience" and said he was standing on principle.',
                       "en")
    assert having(quotes, "standing on principle").speaker == "Cruz"


def test_club_described_in_english_is_the_club_its_words_name_first():
    quote = having(quotes_of("Barcelona have completed the signing of Dembele from Borussia Dortmund, the Spanish "
                             "club said on Friday.", "en"), "completed the signing")
    assert quote.speaker_mention == "the Spanish club" and quote.speaker == "Barcelona"


def test_free_relative_was_x_berichtete_is_not_a_report():
    quotes = quotes_of("Was BILD.de schon gestern exklusiv berichtete, ist jetzt offiziell! Er sagte, sei froh "
                       "darüber.")
    assert not [q for q in quotes if "offiziell" in q.text]
    assert having(quotes, "sei froh")


def test_english_object_before_a_second_coordinated_cue_is_not_reported_speech():
    quotes = quotes_of("Berlin's fire brigade declared a state of emergency and said it had received 50 emergency "
                       "calls on Thursday.", "en")
    assert [q.text for q in quotes] == ["it had received 50 emergency calls on Thursday"]


def test_dass_clause_after_a_verb_of_knowing_in_old_spelling_is_reported_content():
    quotes = quotes_of("Aber wir wissen auch, daß in Republiken Heilmittel für alles gefunden werden. Der Winter kam früh.")
    assert len(quotes) == 1
    assert quotes[0].text == "daß in Republiken Heilmittel für alles gefunden werden"


def test_complement_of_a_noun_of_speech_or_thought():
    quotes = quotes_of("Struve knüpft an die Anschauung an, daß Rußland ein Spielzeug der Reaktionäre sein würde, und "
                       "bemerkt dazu etwas anderes.")
    assert [q.text for q in quotes] == ["daß Rußland ein Spielzeug der Reaktionäre sein würde"]
    quotes = quotes_of("Die Stadt äußerte die Hoffnung, dass die Brücke im Mai wieder befahrbar sei.")
    assert [q.text for q in quotes] == ["dass die Brücke im Mai wieder befahrbar sei"]


def test_zu_infinitive_after_a_request_is_what_was_asked():
    quotes = quotes_of("Die Polizei forderte die Anwohner auf, wegen des Sturms nicht vor die Tür zu gehen.")
    assert len(quotes) == 1
    assert quotes[0].text == "wegen des Sturms nicht vor die Tür zu gehen" and quotes[0].speaker == "Polizei"


def test_zu_infinitive_of_purpose_or_after_an_ordinary_noun_is_not_reported():
    assert quotes_of("Die Helfer kamen am Morgen, um die Straße von Ästen zu räumen.") == ()
    assert quotes_of("Wir hatten am Sonntag die Gelegenheit, den neuen Bahnhof von innen zu sehen.") == ()


def test_nested_complement_lies_inside_the_reported_clause():
    quotes = quotes_of("Der Minister sagte, er glaube, dass die Verhandlungen bald beendet seien.")
    assert len(quotes) == 2  # reported speech inside reported speech is an item of its own
    outer, inner = sorted(quotes, key=lambda q: q.start)
    assert outer.text.startswith("er glaube") and outer.cue == "sagte"
    assert inner.text.startswith("dass") and outer.start < inner.start and inner.end <= outer.end


def test_fronted_object_before_the_cue_is_not_the_speaker():
    quotes = quotes_of("Kim Jong Un traf Putin in Wladiwostok. Den USA warf Kim vor, bei dem Treffen in Hanoi "
                       "unredlich agiert zu haben.")
    q = having(quotes, "unredlich agiert")
    assert q.speaker_mention == "Kim" and q.speaker == "Kim Jong Un"


def test_reported_clause_ends_at_a_semicolon_and_at_the_narrators_next_clause():
    quotes = quotes_of("Die Regierung meldet ferner, daß Garibaldi sich in den Bergen befinde; es sind deshalb Truppen "
                       "aufgestellt worden.")
    assert [q.text for q in quotes] == ["daß Garibaldi sich in den Bergen befinde"]
    quotes = quotes_of("Wir glaubten, die Vermutung sei falsch, und man bat ihn um eine Erklärung.")
    assert [q.text for q in quotes] == ["die Vermutung sei falsch"]


def test_a_cue_after_its_content_opens_its_clause_with_the_speaker_after_it():
    quotes = quotes_of("Die Brücke bleibt bis Mai gesperrt, erklärte die Stadt am Montag.")
    assert [q.text for q in quotes] == ["Die Brücke bleibt bis Mai gesperrt"]
    assert quotes_of("Die Brücke bleibt bis Mai gesperrt, erwähnt wird sie in vielen Reiseführern.") == ()
    quotes = quotes_of("Die Brücke bleibt bis Mai gesperrt, wie die Stadt am Montag mitteilte.")
    assert [q.text for q in quotes] == ["Die Brücke bleibt bis Mai gesperrt"]


def test_wie_frame_opening_the_sentence_credits_the_main_clause_after_it():
    quotes = quotes_of("Wie das „Petit Journal“ meldet, soll gegen das Depot ein Doppelangriff erfolgen.")
    assert [q.text for q in quotes] == ["soll gegen das Depot ein Doppelangriff erfolgen"]
    assert quotes[0].speaker_mention == "Petit Journal"
    quotes = quotes_of("As the agency reported, the talks ended without a deal.", "en")
    assert [q.text for q in quotes] == ["the talks ended without a deal"]


def test_zu_infinitive_in_old_spelling_and_the_narrators_comment_after_it():
    quotes = quotes_of("Arbeitgeber und Arbeitnehmer werden ersucht, ihre Antworten an den Verein mitzutheilen.")
    assert [q.text for q in quotes] == ["ihre Antworten an den Verein mitzutheilen"]
    quotes = quotes_of("Die beiden hatten sich gewünscht, gemeinsam alt zu werden, was nun tatsächlich eingetroffen ist.")
    assert [q.text for q in quotes] == ["gemeinsam alt zu werden"]


def test_english_subject_past_auxiliaries_brackets_and_insertions():
    cases = {
        "Republican presidential candidate Donald Trump has said that the country cannot afford it.": "Donald Trump",
        "Democratic nominee Hillary Clinton, at a later press gaggle, said the bombings were terrible.":
            "Hillary Clinton",
        "In a statement, one of the family's attorneys, Justin Bamberg, said the videos show Scott leaving his car.":
            "Justin Bamberg",
        "On Sunday, Republican nominee Gov. Mike Pence (R-IN) said his running mate was joking.": "Mike Pence",
    }
    for text, speaker in cases.items():
        quotes = quotes_of(text, "en")
        assert len(quotes) == 1 and quotes[0].speaker == speaker, (text, quotes)


def test_english_groups_and_publications_speak_as_written_and_they_goes_back_to_a_group():
    quotes = quotes_of("Human rights groups warned that the government was giving up leverage over the army.", "en")
    assert [q.speaker for q in quotes] == ["Human rights groups"]
    quotes = quotes_of("The ad says the senator voted against the bill twice.", "en")
    assert [q.speaker for q in quotes] == ["ad"]
    quotes = quotes_of("Several environmental groups sued the agency on Monday. They argue that the rule is illegal.",
                       "en")
    assert having(quotes, "the rule is illegal").speaker == "Several environmental groups"


def test_english_proper_name_unknown_to_the_index_speaks_as_written_but_not_a_dateline():
    quotes = quotes_of("PolitiFact says the claim is mostly false.", "en")
    assert [q.speaker for q in quotes] == ["PolitiFact"]
    quotes = quotes_of("WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell an "
                       "American story.", "en")
    assert [q.speaker for q in quotes] == ["Barack Obama"] or quotes[0].speaker_mention != "WASHINGTON"


def test_attribution_frame_after_a_bullet_stays_out_of_the_reported_words():
    quotes = quotes_of("► Laut Dortmund-Veröffentlichung kassiert der Klub für den Transfer rund 105 Mio Euro Fix-Ablöse.")
    assert [q.text for q in quotes] == ["kassiert der Klub für den Transfer rund 105 Mio Euro Fix-Ablöse"]


def test_inserted_wie_frame_credits_the_whole_sentence():
    quotes = quotes_of("Als Endresultat wird man, wie es heißt, ein Defizit von zwei Millionen eingestehen.")
    assert [q.text for q in quotes] == ["Als Endresultat wird man, wie es heißt, ein Defizit von zwei Millionen "
                                        "eingestehen"]
    assert quotes[0].speaker_mention is None


def test_speaker_described_in_apposition_to_a_name_is_the_named_person():
    text = ("Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event "
            "brought back memories of her father.\n\nThe minister of the economy, Mr. Guajardo Villarreal, argues "
            "there is little point in responding now.")
    quotes = quotes_of(text, "en")
    assert having(quotes, "memories of her father").speaker == "Donna Sampson Rawlings"
    assert having(quotes, "little point").speaker == "Guajardo Villarreal"
    german = quotes_of("Der Sprecher des Innenministeriums, Hans Müller, sagte, die Lage sei unter Kontrolle.")
    assert having(german, "unter Kontrolle").speaker == "Hans Müller"


def test_english_verb_of_calling_gives_its_subject_as_the_speaker_of_the_quoted_complement():
    text = ("Dr. Connie Mariano said the clot was treated in 1998.\n\n"
            "Obama called the holiday “a celebration of the ways faith can transcend any differences.”\n\n"
            "He joined a group called “Veterans for Peace and Justice in the World” last year.")
    quotes = quotes_of(text, "en")
    holiday = having(quotes, "a celebration of the ways")
    assert holiday.speaker == "Obama" and holiday.cue == "called"
    assert not [q for q in quotes if "Veterans for Peace" in q.text and q.cue == "called"]


def test_english_capitalised_adjective_opens_a_speaker_and_but_has_said_takes_the_main_subject():
    text = ("Democratic candidate Hillary Clinton, like Obama, has encouraged European nations to bolster defense "
            "spending but has said she will hold firm to U.S. defense commitments.\n\n"
            "On Tuesday, Donald Tusk urged the British government “to clarify its intentions as soon as possible.”")
    quotes = quotes_of(text, "en")
    q = having(quotes, "hold firm")
    assert q.speaker == "Hillary Clinton" and q.speaker_mention == "Democratic candidate Hillary Clinton"
    assert not [q for q in quotes if q.speaker and "government" in q.speaker]


def test_bracketed_aside_of_the_writer_before_a_frame_is_not_part_of_the_report():
    text = ("Ein Großteil der Summe (die den Spieler zum zweitteuersten der Geschichte machen) soll dem Blatt "
            "zufolge direkt überwiesen werden. Die Stadt (rund 5000 Einwohner) soll laut Polizei evakuiert "
            "worden sein.")
    quotes = quotes_of(text)
    assert having(quotes, "überwiesen").text == "soll dem Blatt zufolge direkt überwiesen werden"
    assert having(quotes, "evakuiert").text.startswith("Die Stadt (rund 5000 Einwohner)")


def test_english_relative_clause_in_the_writers_tense_ends_a_backshifted_report():
    text = ("A statement from Barca said Dembele would arrive in Barcelona on Sunday before signing the contract, "
            "which will contain a release clause of €400 million.\n\n"
            "The minister said the plan would cost $2 billion, which was more than expected.")
    quotes = quotes_of(text, "en")
    assert having(quotes, "would arrive").text.endswith("before signing the contract")
    assert having(quotes, "would cost").text.endswith("which was more than expected")


def test_frame_source_that_is_a_quoted_paper_or_the_report_of_one():
    text = ("Laut einem Bericht der „Bild“ soll der Spieler bereits am Sonntag eingetroffen sein. "
            "Die Summe beträgt nach Informationen des „Kicker“ 105 Millionen Euro. "
            "Laut einem Bericht der Süddeutschen Zeitung soll der Minister zurücktreten.")
    quotes = quotes_of(text)
    bild = having(quotes, "eingetroffen")
    assert bild.text == "soll der Spieler bereits am Sonntag eingetroffen sein" and bild.speaker == "Bild"
    assert having(quotes, "105 Millionen").speaker == "Kicker"
    assert having(quotes, "zurücktreten").speaker == "Süddeutsche Zeitung"


def test_deutlich_machen_and_made_clear_are_speech_verbs_before_their_clause():
    text = ("Die Stadt hat wenig Geld. Bürgermeister Jan Roth machte deutlich, dass die Stadt nicht zahlen werde. "
            "Man habe keine Mittel dafür.")
    quotes = quotes_of(text)
    assert having(quotes, "nicht zahlen werde").speaker == "Jan Roth"
    assert having(quotes, "keine Mittel").speaker == "Jan Roth"
    english = quotes_of("Mayor John Smith made clear that the city would not pay. Recouping the money looks "
                        "unlikely, as the audit report makes clear.", "en")
    assert having(english, "would not pay").speaker == "John Smith"
    assert not [q for q in english if "Recouping" in q.text]


def test_konjunktiv_dass_clause_after_an_unlisted_verb_belongs_to_its_own_subject_not_the_last_speaker():
    text = ("Richter Thomas Weber stellte klar, das Urteil sei rechtskräftig.\n\n"
            "Kanzlerin Angela Merkel zeigte sich zuversichtlich, dass eine Lösung gefunden werde.")
    q = having(quotes_of(text), "Lösung gefunden")
    assert q.speaker == "Angela Merkel" and q.text == "dass eine Lösung gefunden werde"


def test_report_in_a_named_paper_speaks_for_the_paper_not_the_last_organisation():
    english = quotes_of("Reuters reported the deal. According to a report in the newspaper Bild, the player will "
                        "earn 12 million euros a year.", "en")
    q = having(english, "12 million euros")
    assert q.text == "the player will earn 12 million euros a year" and "Bild" in q.speaker
    german = quotes_of("Die Polizei war vor Ort. Laut einem Bericht in der „Bild“ soll der Spieler 12 Millionen "
                       "Euro verdienen.")
    q = having(german, "12 Millionen")
    assert q.text == "soll der Spieler 12 Millionen Euro verdienen" and q.speaker == "Bild"


def test_english_report_ends_before_a_while_clause_with_a_figure_of_its_own():
    quotes = quotes_of("Police estimated that more than 150,000 people took part, while organisers put the number "
                       "at 250,000.", "en")
    police = having(quotes, "150,000")
    assert police.text == "more than 150,000 people took part" and police.speaker == "Police"
    assert having(quotes, "250,000").speaker == "organisers"


def test_description_of_a_named_organisation_does_not_go_back_to_a_group_named_by_a_common_noun():
    text = ("Die Veranstalter sprachen von 250.000 Teilnehmern.\n\n"
            "Wie der Verein mitteilte, werde der Spieler am Montag vorgestellt.")
    assert having(quotes_of(text), "am Montag vorgestellt").speaker != "Veranstalter"
    named = quotes_of("Borussia Dortmund hat den Wechsel bestätigt. Wie der Verein mitteilte, werde der Spieler am "
                      "Montag vorgestellt.")
    assert having(named, "am Montag vorgestellt").speaker == "Borussia Dortmund"


def test_frame_opening_with_its_source_or_closing_the_sentence_stays_out_of_the_reported_words():
    german = quotes_of("Dem Sprecher zufolge wurden 20 Menschen verletzt.")
    assert having(german, "verletzt").text == "wurden 20 Menschen verletzt"
    english = quotes_of("Clinton plans to visit Charlotte on Sunday, according to a campaign aide.", "en")
    assert having(english, "Charlotte").text == "Clinton plans to visit Charlotte on Sunday"


def test_pronoun_subject_after_a_vocative_name_is_not_replaced_by_the_name():
    q = having(quotes_of("Frau Kollegin Heinrich, ich denke schon, dass Sie den Vertrag gelesen haben."),
               "Vertrag gelesen")
    assert q.speaker_mention == "ich" and q.speaker != "Heinrich"


def test_so_x_credits_reported_speech_and_stays_out_of_it_at_the_end():
    quotes = quotes_of("Die Deutsche Bahn stellte den Verkehr ein. Die Lage sei ernst, so ein Sprecher.\n\n"
                       "Bürgermeister Hans Müller ist seit 2010 im Amt. Das sei, so Müller, ein Skandal.")
    bahn = having(quotes, "Lage sei ernst")
    assert bahn.text == "Die Lage sei ernst" and bahn.speaker == "Deutsche Bahn"
    assert having(quotes, "Skandal").speaker == "Hans Müller"


def test_nach_compound_of_angaben_names_its_source():
    quotes = quotes_of("Nach Polizeiangaben wurden zwei Menschen verletzt. Die Demonstration verlief nach "
                       "Veranstalterangaben friedlich.")
    police = having(quotes, "verletzt")
    assert police.text == "wurden zwei Menschen verletzt" and police.speaker == "Polizei"
    assert having(quotes, "friedlich").speaker == "Veranstalter"


def test_a_dateline_is_not_part_of_what_the_source_said():
    text = ("BERLIN — More than 150,000 protesters participated Saturday in the biggest rally yet, according to the "
            "city's police.")
    quote = having(quotes_of(text, "en"), "150,000")
    assert quote.text.startswith("More than 150,000") and "police" in (quote.speaker or "")


def test_reported_speech_after_a_sentence_that_opens_with_a_person_is_theirs():
    text = ("Betroffen sind nach Schätzung des Flughafenverbands ADV etwa 60.000 Passagiere. "
            "Verdi-Chef Frank Werneke verteidigte den Streik. Die Arbeitgeber hätten in zwei Verhandlungsrunden kein "
            "Angebot vorgelegt. Das sei eine Provokation für die Beschäftigten. Man werde den Druck weiter erhöhen.")
    quotes = quotes_of(text)
    for fragment in ("kein Angebot vorgelegt", "eine Provokation", "den Druck weiter erhöhen"):
        assert having(quotes, fragment).speaker == "Frank Werneke", fragment


def test_konjunktiv2_alone_after_a_person_is_the_narrators():
    text = "Frank Werneke kam 2019 ins Amt. Ohne ihn hätte Verdi heute weniger Mitglieder."
    assert not [q for q in quotes_of(text) if "weniger Mitglieder" in q.text]


def test_weak_past_after_a_quote_does_not_continue_it():
    text = ('"Ich wusste von nichts", sagte Passagierin Melanie K. aus Bergisch Gladbach. Sie wollte mit ihren '
            'beiden Kindern nach Mallorca fliegen.')
    assert not [q for q in quotes_of(text) if "Mallorca" in q.text]


def test_german_role_description_goes_back_to_the_person_named_before():
    text = ('Verdi-Boss Frank Werneke hatte den Streik am Mittwoch angekündigt. "Wir lassen uns nicht länger '
            'hinhalten", sagte der Gewerkschaftschef.')
    assert having(quotes_of(text), "nicht länger hinhalten").speaker == "Frank Werneke"


def test_a_figures_source_after_a_genitive_article_is_named_in_the_nominative():
    quotes = quotes_of("In Düsseldorf wurden nach Angaben des Flughafens rund 330 Starts und Landungen gestrichen. "
                       "Laut Angaben der Feuerwehr gab es 17 Verletzte.")
    assert having(quotes, "330 Starts").speaker == "Flughafen"
    assert having(quotes, "17 Verletzte").speaker == "Feuerwehr"


def test_a_surname_alone_takes_the_full_name_the_article_gives():
    quotes = quotes_of('Ohio Gov. Mike DeWine said the evacuation order would remain in place. "We are not going '
                       'to take any chances," DeWine told reporters.', "en")
    assert having(quotes, "any chances").speaker == "Mike DeWine"


def test_bare_officials_speak_as_written_and_qualified_ones_are_nobodys_spokespeople():
    quotes = quotes_of("A Norfolk Southern train derailed late Tuesday, forcing about 2,000 residents to leave their "
                       "homes, officials said. About 2,000 people were ordered to evacuate, state officials said.", "en")
    assert having(quotes, "forcing about 2,000 residents").speaker == "officials"
    assert having(quotes, "ordered to evacuate").speaker == "state officials"


def test_a_company_named_in_apposition_to_a_company_noun_is_no_person():
    quotes = quotes_of("Ohio Gov. Mike DeWine said the order would remain in place. The railroad, Norfolk Southern, "
                       "said crews were working to contain a leak. It added that air monitoring had found nothing. "
                       "The captain of the team, Jordan Stewart, came too. Stewart said he was heartbroken.", "en")
    assert having(quotes, "air monitoring").speaker == "Norfolk Southern"
    assert having(quotes, "heartbroken").speaker == "Jordan Stewart"


def test_an_instruction_received_in_the_passive_is_no_cue():
    quotes = quotes_of("About 2,000 residents of East Liverpool, Ohio, have been told to leave their homes after a "
                       "freight train derailed late Tuesday, officials said.", "en")
    assert len(quotes) == 1 and quotes[0].text.startswith("About 2,000 residents")
    assert quotes[0].speaker == "officials"


def test_an_airport_speaks_as_an_organisation_named_whole():
    quotes = quotes_of("Duesseldorf airport said 330 take-offs and landings were cancelled.", "en")
    assert having(quotes, "330 take-offs").speaker == "Duesseldorf airport"
    quotes = quotes_of("Rund 150 Flüge wurden gestrichen, wie ein Sprecher des Flughafens Köln/Bonn mitteilte.")
    assert having(quotes, "150 Flüge").speaker.startswith("Flughafen Köln")
