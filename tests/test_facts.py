"""Facts across outlets: mentions, stories, slots and disagreements on small texts (hashing embedder, real
value parser; no spaCy pipeline)."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck import facts
from factcheck.embed import HashingEmbedder, encode
from factcheck.models import Article, Claim, Value
from factcheck.values import agree, find_values

EMBEDDER = HashingEmbedder()


def article(name: str, title: str, published: str | None = "2015-10-10", outlet: str | None = None) -> Article:
    return Article(name=name, path=name, text=title + ". Zehntausende demonstrierten in Berlin gegen TTIP.",
                   title=title, outlet=outlet, url=None, published=published, published_source="text",
                   language="de")


def claim(name: str, sentence: str, language: str = "de", n: int = 0) -> Claim:
    values = tuple(find_values(sentence, language=language))
    return Claim(text=sentence, start=0, end=len(sentence), sentence=sentence, sentence_start=0,
                 sentence_end=len(sentence), values=values, id=f"{name}:c{n}", article=name)


def with_place(item: Claim, name: str) -> Claim:
    """The claim with a place value, as the entity layer adds it."""
    import dataclasses

    start = item.sentence.index(name)
    place = Value("place", name, start, start + len(name), {"name": name, "id": None, "lat": None, "lon": None})
    return dataclasses.replace(item, values=tuple(sorted((*item.values, place), key=lambda v: v.start)))


def build(items, articles):
    return facts.build(items, {a.name: a for a in articles}, lambda texts: encode(EMBEDDER, texts),
                       model_key="hashing")


def facts_of(result, measures: str):
    return [f for f in result.facts if f.measures == measures]


TITLE = "Großdemo gegen TTIP in Berlin"


def value(text: str, language: str = "de") -> Value:
    found = find_values(text, language=language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("a, b, expected", [
    ("mindestens sechs", "mindestens sieben", False),      # two counts known so far: one is stale
    ("mindestens 150 000", "more than 150,000", True),     # the same bound in two languages
    ("mindestens sechs", "sieben", False),                 # a lower bound is the figure known so far
    ("mehr als 140 Millionen Euro", "148 Millionen Euro", True),
    ("rund 150.000", "150 000", True),                     # hedge and rounding
    ("1,5 Milliarden Euro", "1.512 Millionen Euro", True),  # rounding of the less precise figure
    ("Tausende", "100.000", True),                         # a vague magnitude is a lower bound
    ("höchstens 40 Millionen Euro", "rund 43 Millionen Euro", False),
    ("knapp zwei Stunden", "vier Stunden", False),
])
def test_the_one_agreement_rule(a: str, b: str, expected: bool) -> None:
    lang_b = "en" if "than" in b else "de"
    assert agree(value(a), value(b, lang_b)) is expected


def test_same_fact_in_several_wordings_is_one_agreeing_fact() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b", "c")]
    items = [claim("a.txt", "Die Polizei sprach von 150.000 Teilnehmern."),
             claim("b.txt", "Die Polizei schätzt, es seien mindestens 150 000 Demonstranten gewesen."),
             claim("c.txt", "Nach Angaben der Polizei nahmen rund 150.000 Demonstranten teil.")]
    result = build(items, arts)
    participants = facts_of(result, "participants")
    assert len(participants) == 1
    assert participants[0].agree and participants[0].source == "police"
    assert len({m.article for m in participants[0].members}) == 3
    assert result.conflicts == ()


def test_different_sources_are_different_facts_and_the_same_source_disagrees() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b", "c")]
    items = [claim("a.txt", "Die Polizei sprach von 150.000 Teilnehmern, die Veranstalter gar von 250.000."),
             claim("b.txt", "Von 250 000 Teilnehmern sprechen die Veranstalter."),
             claim("c.txt", "Organisers said 250,000 people took part; police put the figure at around 100,000.",
                   language="en")]
    result = build(items, arts)
    by_source = {f.source: f for f in facts_of(result, "participants")}
    assert set(by_source) == {"police", "organisers"}
    assert by_source["organisers"].agree
    assert not by_source["police"].agree
    assert len(result.conflicts) == 1
    conflict = result.conflicts[0]
    assert {s.article for s in conflict.claims} == {"a.txt", "c.txt"}
    assert "per police" in conflict.explanation and "100,000" in conflict.explanation


def test_each_wording_of_the_majority_figure_is_its_own_row_and_vague_words_state_no_figure() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b", "c", "d", "e")]
    items = [claim("a.txt", "Die Polizei sprach von 150.000 Teilnehmern."),
             claim("b.txt", "Die Polizei zählte 150.000 Teilnehmer."),
             claim("c.txt", "Laut Polizei kamen mehr als 150.000 Teilnehmer."),
             claim("d.txt", "Laut Polizei kamen Tausende Teilnehmer."),
             claim("e.txt", "Police put the number of participants at around 100,000.", language="en")]
    result = build(items, arts)
    police = facts_of(result, "participants")
    assert len(police) == 1 and not police[0].agree
    assert len(result.conflicts) == 2  # "150.000" and "mehr als 150.000" are never set against each other
    texts = sorted(c.explanation for c in result.conflicts)
    assert texts[0] != texts[1]
    assert any('"150.000" (a, b) vs' in t for t in texts), texts
    assert any('"mehr als 150.000" (c) vs' in t for t in texts), texts
    assert all("one of 2 wordings" in t and "in 3 outlets" in t for t in texts), texts
    assert all(" d" not in t.split(" vs ")[0] for t in texts)  # "Tausende" is no 150,000


def test_german_and_english_reports_of_one_toll_meet_and_disagree() -> None:
    arts = [article("de.txt", "Sturm Xavier fegt über Norddeutschland", "2017-10-05"),
            article("en.txt", "Storm Xavier sweeps across northern Germany", "2017-10-05")]
    items = [claim("de.txt", "Mindestens sieben Menschen kamen ums Leben."),
             claim("en.txt", "At least six people were killed by the storm.", language="en")]
    result = build(items, arts)
    dead = facts_of(result, "dead")
    assert len(dead) == 1 and not dead[0].agree
    assert len(result.conflicts) == 1 and result.conflicts[0].type == "number"


def test_different_events_are_never_compared() -> None:
    arts = [article("2015.txt", TITLE, "2015-10-10"), article("2016.txt", TITLE, "2016-09-17")]
    items = [claim("2015.txt", "Die Polizei war mit 1000 Beamten im Einsatz."),
             claim("2016.txt", "Die Polizei war mit 1300 Beamten im Einsatz.")]
    result = build(items, arts)
    assert len(result.stories) == 2
    assert result.facts == () and result.conflicts == ()


def test_a_forecast_and_a_restricted_count_are_not_the_count() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b", "c", "d")]
    items = [claim("a.txt", "Angemeldet waren 100 000 Teilnehmer."),
             claim("b.txt", "Die Polizei zählte 150.000 Teilnehmer."),
             with_place(claim("c.txt", "Vier Tote gab es allein in Brandenburg."), "Brandenburg"),
             claim("d.txt", "Mindestens sieben Tote forderte der Sturm.")]
    result = build(items, arts)
    assert result.conflicts == ()
    assert {m.modality for m in result.mentions if m.article == "a.txt"} == {"expected"}


@pytest.mark.parametrize("sentence, language, modality", [
    ("Hundreds of thousands of people marched to protest the planned Transatlantic Trade and Investment "
     "Partnership.", "en", "reported"),                                   # "planned" describes the treaty
    ("Gegen das geplante Abkommen protestierten 150.000 Menschen.", "de", "reported"),
    ("Die erwarteten 100.000 Teilnehmer kamen nicht.", "de", "expected"),   # describes the figure itself
    ("Erwartet wurden 100.000 Teilnehmer.", "de", "expected"),
])
def test_an_expectation_word_makes_a_forecast_only_of_the_figure_it_describes(sentence, language, modality) -> None:
    arts = [article("a.txt", TITLE)]
    result = build([claim("a.txt", sentence, language)], arts)
    assert [m.modality for m in result.mentions] == [modality]


def test_a_figures_clause_does_not_end_at_the_comma_inside_it() -> None:
    arts = [article("a.txt", TITLE)]
    result = build([claim("a.txt", "Organisers said 250,000 people took part in the rally; police put the figure "
                                   "at around 100,000.", "en")], arts)
    clauses = {m.text: m.clause for m in result.mentions}
    assert clauses["250,000"] == "Organisers said # people took part in the rally"
    assert clauses["around 100,000"] == "police put the figure at #."


@pytest.mark.parametrize("sentence, language, modalities", [
    ("Die Arbeitslosenquote ist von 14,7 Prozent im Vormonat auf 13,3 Prozent im Mai gesunken.", "de",
     {"14,7 Prozent": "earlier", "13,3 Prozent": "reported"}),   # "im Vormonat" dates the 14.7 only
    ("Die US-Arbeitslosenquote im Mai ist von 14,7 Prozent leicht auf 13,3 Prozent gesunken.", "de",
     {"14,7 Prozent": "earlier", "13,3 Prozent": "reported"}),   # the first state of a change
    ("The yield on the Treasury note rose to 2.76 per cent from 2.73 per cent.", "en",
     {"2.76 per cent": "reported", "2.73 per cent": "earlier"}),
    ("Die Polizei sprach von 150.000 Teilnehmern, die Veranstalter gar von 250.000.", "de",
     {"150.000": "reported", "250.000": "reported"}),              # "sprach von": no change
])
def test_the_first_figure_of_a_change_is_the_storys_past(sentence, language, modalities) -> None:
    arts = [article("a.txt", TITLE)]
    result = build([claim("a.txt", sentence, language)], arts)
    assert {m.text: m.modality for m in result.mentions} == modalities


def test_a_fact_restricted_to_one_place_says_where_in_its_row_and_its_conflict() -> None:
    from factcheck.facts import scope_name

    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b", "c")]
    items = [with_place(claim("a.txt", "Vier Tote gab es allein in Brandenburg."), "Brandenburg"),
             with_place(claim("b.txt", "Vier Tote gab es allein in Brandenburg."), "Brandenburg"),
             with_place(claim("c.txt", "In Brandenburg seien drei Menschen ums Leben gekommen."), "Brandenburg")]
    result = build(items, arts)
    dead = facts_of(result, "dead")
    assert len(dead) == 1 and not dead[0].agree
    assert scope_name(m.scope for m in dead[0].members) == "Brandenburg"
    assert len(result.conflicts) == 1 and result.conflicts[0].explanation.startswith("dead (Brandenburg): ")
    assert scope_name([("brandenburg",), ("all_competitions", "brandenburg")]) == "Brandenburg"
    assert scope_name([("all_competitions",), ("all_competitions",)]) == "all competitions"
    assert scope_name([("geonames:2950159",)]) == "Berlin"
    assert scope_name([("brandenburg",), ()]) is None and scope_name([]) is None


def test_the_events_own_town_named_by_its_district_restricts_no_figure() -> None:
    from factcheck.models import Entity
    from factcheck.nlp.claims import entity_value

    def placed(item: Claim, name: str) -> Claim:
        import dataclasses

        start = item.sentence.index(name)
        place = entity_value(Entity(name, "LOC", start, start + len(name)))
        return dataclasses.replace(item, values=tuple(sorted((*item.values, place), key=lambda v: v.start)))

    arts = [article(f"{n}.txt", "Hochhausbrand in Köln", "2023-03-14") for n in ("ksta", "dw", "rp")]
    items = [placed(claim("ksta.txt", "In Köln-Chorweiler sind 17 Menschen verletzt worden."), "Köln-Chorweiler"),
             placed(claim("dw.txt", "Seventeen people were injured in Cologne.", language="en"), "Cologne"),
             placed(claim("rp.txt", "Brand in einem Hochhaus in Köln-Chorweiler.", n=1), "Köln-Chorweiler"),
             claim("rp.txt", "Wie die Feuerwehr mitteilte, wurden 18 Menschen verletzt.")]
    injured = facts_of(build(items, arts), "injured")
    assert len(injured) == 1 and not injured[0].agree  # one fact: Köln is where it all happened
    assert {m.article for m in injured[0].members} == {"ksta.txt", "dw.txt", "rp.txt"}


def test_a_disagreement_in_sixty_outlets_is_one_conflict_with_every_side() -> None:
    hours = ["zwei", "drei", "vier", "fünf"]
    arts = [article(f"{n:02d}.txt", "Treffen von Putin und Kim in Wladiwostok", "2019-04-25") for n in range(60)]
    items = [claim(f"{n:02d}.txt", f"Die Gespräche dauerten {hours[n % 4]} Stunden.") for n in range(60)]
    result = build(items, arts)
    assert len(result.facts) == 1
    assert 1 <= len(result.conflicts) <= 10
    assert max(len(c.claims) for c in result.conflicts) >= 30
    assert "15 outlets" in result.conflicts[0].explanation


def test_a_contract_length_is_a_contract_however_the_deal_is_hyphenated() -> None:
    arts = [article("a.txt", TITLE)]
    for text, language in (("He joins on a five-year-deal for €105 million.", "en"),
                           ("He signed a five-year deal.", "en"), ("Er soll einen Fünfjahresvertrag unterschreiben.", "de")):
        mentions = [m for m in build([claim("a.txt", text, language)], arts).mentions if m.type == "duration"]
        assert [m.measures for m in mentions] == ["contract"], text


def test_a_sentence_with_three_values_gives_three_mentions() -> None:
    arts = [article("a.txt", TITLE)]
    items = [claim("a.txt", "Fünf Sonderzüge, mehr als 600 Busse und 150.000 Teilnehmer kamen nach Berlin.")]
    mentions = build(items, arts).mentions
    assert len(mentions) == 3
    assert {m.measures for m in mentions} == {"trains", "buses", "participants"}
    assert all("#" in m.clause for m in mentions)


# --- the facts table in the CLI and the review desk --------------------------------------------------


@pytest.fixture
def facts_db(tmp_path):
    """A database holding the facts of three small articles (one disagreement, hostile markup in a sentence)."""
    arts = [article(f"{n}.txt", TITLE, outlet=o) for n, o in (("a", "Outlet A"), ("b", "Outlet B"), ("c", "[bold]C"))]
    items = [claim("a.txt", "Die Polizei sprach von 150.000 Teilnehmern."),
             claim("b.txt", "Die Polizei zählte 150 000 Teilnehmer [/bold] auf der Straße."),
             claim("c.txt", "Police put the number of protesters at 100,000.", language="en")]
    return _facts_database(tmp_path, arts, items)


def _facts_database(tmp_path, arts, items):
    from factcheck import service
    from factcheck.store.writes import replace_facts

    result = build(items, arts)
    path = tmp_path / "claims.db"
    db = service.open_db(path)
    with db.atomic():
        db["articles"].insert_all([{"name": a.name, "path": a.path, "title": a.title, "outlet": a.outlet,
                                    "text": a.text, "language": "de"} for a in arts], pk="name")
        replace_facts(db, result)
    db.close()
    return path


def test_facts_heading_says_how_many_articles_date_the_event(facts_db):
    from factcheck import service

    db = service.open_db(facts_db)
    db.execute("update articles set published = '2015-10-10' where name in ('a.txt', 'b.txt')")
    db.conn.commit()
    [table] = service.facts_tables(db)
    assert table.event == "2015-10-10; 2 of 3 articles dated"
    assert [f["event_label"] for f in service.list_facts(db)] == ["2015-10-10; 2 of 3 articles dated"]
    assert [f["event"] for f in service.list_facts(db)] == ["2015-10-10"]
    db.execute("update articles set published = '2015-10-10'")
    db.conn.commit()
    [table] = service.facts_tables(db)
    assert table.event == "2015-10-10"


def test_facts_json_has_the_documented_fields(facts_db):
    from click.testing import CliRunner

    from factcheck.cli import main

    out = CliRunner().invoke(main, ["facts", "--db", str(facts_db), "--json"])
    assert out.exit_code == 0, out.output
    import json

    records = [json.loads(line) for line in out.output.splitlines()]
    assert len(records) == 1
    fact = records[0]
    assert {"id", "story", "measures", "event", "source", "type", "agree", "members"} <= set(fact)
    assert fact["agree"] is False and fact["measures"] == "participants" and fact["source"] == "police"
    assert {m["outlet"] for m in fact["members"]} == {"Outlet A", "Outlet B", "[bold]C"}
    assert all({"article", "outlet", "text", "sentence", "value", "start", "end"} <= set(m) for m in fact["members"])


def test_facts_table_marks_the_disagreeing_value_and_prints_markup_as_text(facts_db):
    from click.testing import CliRunner

    from factcheck.cli import main

    out = CliRunner().invoke(main, ["facts", "--db", str(facts_db)], terminal_width=120)
    assert out.exit_code == 0, out.output
    assert "≠ 100,000" in out.output and "[bold]C" in out.output
    assert "participants" in out.output and "per police" in out.output


def test_a_restricted_fact_says_where_in_json_table_and_report(tmp_path):
    import json

    from click.testing import CliRunner

    from factcheck.cli import main

    arts = [article(f"{n}.txt", TITLE, outlet=o) for n, o in (("a", "Frankfurter Rundschau"), ("b", "B"), ("c", "C"))]
    items = [with_place(claim("a.txt", "Vier Tote gab es allein in Brandenburg."), "Brandenburg"),
             with_place(claim("b.txt", "Vier Tote gab es allein in Brandenburg."), "Brandenburg"),
             with_place(claim("c.txt", "In Brandenburg seien drei Menschen ums Leben gekommen."), "Brandenburg")]
    path = _facts_database(tmp_path, arts, items)
    out = CliRunner().invoke(main, ["facts", "--db", str(path), "--json"])
    assert out.exit_code == 0, out.output
    [fact] = [json.loads(line) for line in out.output.splitlines()]
    assert fact["measures"] == "dead" and fact["scope"] == "Brandenburg"
    table = CliRunner(env={"COLUMNS": "160"}).invoke(main, ["facts", "--db", str(path)])
    assert "dead (Brandenburg)" in table.output
    assert "Frankfurter Rundschau" in table.output  # an outlet's name fits its column when there is room
    report = CliRunner().invoke(main, ["export", "--db", str(path), "--format", "md"])
    assert report.exit_code == 0, report.output
    assert "| dead (Brandenburg) |" in report.output


def test_a_fact_verdict_says_which_value_is_right_in_the_report(facts_db):
    from click.testing import CliRunner

    from factcheck import service
    from factcheck.cli import main

    db = service.open_db(facts_db)
    [fact] = service.list_facts(db)
    service.set_verdict(db, fact["id"], "value_2", reviewer="ana")
    [fact] = service.list_facts(db)
    db.close()
    assert fact["verdict"] == "value_2" and fact["verdict_text"] == "value 2 right: 100,000"
    report = CliRunner().invoke(main, ["export", "--db", str(facts_db), "--format", "md"])
    assert report.exit_code == 0, report.output
    assert "| value 2 right: 100,000 |" in report.output and "value_2" not in report.output


def test_review_desk_facts_screen_records_which_value_is_right(facts_db):
    import asyncio

    from textual.app import App

    from factcheck import service
    from factcheck.tui.screens.facts import FactsScreen

    class FactsApp(App):
        CSS_PATH = "../factcheck/tui/app.tcss"

        def on_mount(self) -> None:
            self.push_screen(FactsScreen(facts_db, reviewer="ana"))

    seen = {}

    async def main() -> None:
        app = FactsApp()
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(50):
                await pilot.pause(0.05)
                if isinstance(app.screen, FactsScreen) and app.screen.facts:
                    break
            screen = app.screen
            seen["rows"] = len(screen.facts)
            seen["detail"] = str(screen.query_one("#facts-detail-text").render())
            from textual.widgets import DataTable

            table = screen.query_one(DataTable)
            seen["width"] = sum(c.get_render_width(table) for c in table.columns.values())
            await pilot.press("2")
            for _ in range(50):
                await pilot.pause(0.05)
                if screen.facts[0].get("verdict"):
                    break

    asyncio.run(main())
    assert seen["rows"] == 1
    assert seen["width"] <= 80 - 2  # the verdict column is in view at 80 columns
    assert "[/bold]" in seen["detail"] and "Outlet A" in seen["detail"]
    db = service.open_db(facts_db)
    fact_id = next(service.list_facts(db))["id"]
    assert service.get_review(db, fact_id).verdict == "value_2"
    assert service.history(db, fact_id)[0]["reviewer"] == "ana"


def test_report_has_a_facts_section_per_story(facts_db):
    from factcheck import service
    from factcheck.report import render_report

    db = service.open_db(facts_db)
    md = render_report(db, "md")
    html = render_report(db, "html")
    assert "## Facts across outlets" in md
    assert "| participants, per police |" in md and "≠ **100,000**" in md
    assert '<mark class="differs">≠ 100,000</mark>' in html
    assert "&lt;/bold]" not in html and "[bold]C" in html  # outlet names are text, escaped for HTML


def with_person(item: Claim, name: str) -> Claim:
    """The claim with a PER entity, as the entity layer adds it."""
    import dataclasses

    from factcheck.models import Entity

    start = item.sentence.index(name)
    return dataclasses.replace(item, entities=(*item.entities, Entity(name, "PER", start, start + len(name), name)))


def test_a_figure_about_another_person_is_another_fact() -> None:
    arts = [article(f"{n}.txt", "Dembélé wechselt nach Barcelona", "2017-08-25") for n in ("a", "b", "c")]
    a = with_person(claim("a.txt", "Barcelona zahlt für Ousmane Dembélé eine fixe Ablöse von 105 Millionen Euro."),
                    "Ousmane Dembélé")
    b = with_person(with_person(claim("b.txt", "Ousmane Dembélé teilt sich den Platz mit Paul Pogba – dieser hatte "
                                               "Manchester United ebenfalls 105 Millionen Euro gekostet."),
                                "Ousmane Dembélé"), "Paul Pogba")
    c = with_person(claim("c.txt", "Weltweit liegt Paul Pogba (für 110 Millionen Euro von Juventus) vorn."), "Paul Pogba")
    result = build([a, b, c], arts)
    pogba = [f for f in result.facts if {m.article for m in f.members} == {"b.txt", "c.txt"}]
    assert len(pogba) == 1 and not pogba[0].agree
    assert {m.subject for m in pogba[0].members} == {"pogba"}
    assert [c.explanation.split(":")[0] for c in result.conflicts] == ["price (Paul Pogba)"]
    assert not any("a.txt" in {m.article for m in f.members} and "c.txt" in {m.article for m in f.members}
                   for f in result.facts)
    # The name as the sentences write it, not with the noun before it in one of them.
    b2 = with_person(with_person(claim("b.txt", "Ousmane Dembélé teilt sich den Platz mit seinem Landsmann Paul "
                                                "Pogba – dieser hatte Manchester United 105 Millionen Euro gekostet."),
                                 "Ousmane Dembélé"), "Paul Pogba")
    again = build([a, b2, c], arts)
    assert [c.explanation.split(":")[0] for c in again.conflicts] == ["price (Paul Pogba)"]


def test_a_name_or_a_function_word_after_a_figure_is_not_what_it_measures() -> None:
    import dataclasses

    from factcheck.models import Entity

    arts = [article("a.txt", TITLE)]
    text = "Der Verein zahlte 15 Millionen Euro an Stade Rennes."
    start = text.index("Stade Rennes")
    item = dataclasses.replace(claim("a.txt", text),
                               entities=(Entity("Stade Rennes", "ORG", start, start + 12, "Stade Rennes"),))
    [mention] = build([item], arts).mentions
    assert mention.noun is None
    [mention] = build([claim("a.txt", "Neymar ging für 222 Millionen Euro von Barcelona nach Paris.")], arts).mentions
    assert mention.noun != "von"


@pytest.mark.parametrize("sentence, language, measures", [
    ("Die Feuerwehr war mit 85 Einsatzkräften vor Ort.", "de", "responders"),  # firefighters, not police
    ("Die Polizei war mit 1300 Beamten im Einsatz.", "de", "police_officers"),
    ("More than 80 firefighters fought the blaze.", "en", "responders"),
])
def test_who_was_sent_is_counted_as_what_they_are(sentence: str, language: str, measures: str) -> None:
    [mention] = build([claim("a.txt", sentence, language=language)], [article("a.txt", TITLE)]).mentions
    assert mention.measures == measures


def test_a_durations_row_names_what_lasted_only_from_the_word_right_after_it() -> None:
    arts = [article(f"{n}.txt", "Hochhausbrand in Köln", "2023-03-14") for n in ("a", "b", "c", "d", "e", "f")]
    fire = [claim("a.txt", "Nach etwa 40 Minuten war der Brand gelöscht."),
            claim("b.txt", "Nach 20 Minuten hatte die Feuerwehr den Brand unter Kontrolle."),
            claim("c.txt", "Firefighters needed around 40 minutes to put out the blaze.", language="en")]
    quarantine = [claim("d.txt", "Die Bewohner müssen 14 Tage Quarantäne einhalten."),
                  claim("e.txt", "Für die Bewohner gelten 14 Tage Quarantäne."),
                  claim("f.txt", "Die Bewohner bleiben 10 Tage Quarantäne.")]
    labels = {f.measures for f in build(fire + quarantine, arts).facts}
    assert labels == {"duration", "Quarantäne"}


def test_a_figure_from_the_storys_past_is_compared_with_nothing() -> None:
    import dataclasses

    arts = [article(f"{n}.txt", "Dembélé wechselt nach Barcelona") for n in ("a", "b", "c", "d")]
    now = claim("a.txt", "Über 20 Millionen Euro muss Dortmund an Stade Rennes überweisen.")
    for past in ("Dortmund hatte ihn vor einem Jahr für 15 Millionen Euro von Stade Rennes geholt.",
                 "Für 15 Millionen Euro kam er damals von Stade Rennes nach Dortmund.",
                 "Dortmund signed him from Stade Rennes for €15m last summer."):
        language = "en" if "signed" in past else "de"
        then = claim("b.txt", past, language)
        result = build([now, then], [arts[0], dataclasses.replace(arts[1], language=language)])
        assert [m.past for m in result.mentions] == [False, True], past
        assert [m.modality for m in result.mentions] == ["reported", "earlier"], past
        assert result.facts == () and result.conflicts == (), past
    still = claim("b.txt", "Dortmund muss 15 Millionen Euro an Stade Rennes überweisen.")
    assert len(build([now, still], arts[:2]).conflicts) == 1
    # Figures of the past are compared with each other ("im vergangenen Jahr" in a year's statistics).
    then = [claim("b.txt", "Dortmund hatte ihn vor einem Jahr für 15 Millionen Euro von Stade Rennes geholt."),
            claim("c.txt", "Für 18 Millionen Euro kam er damals von Stade Rennes nach Dortmund.")]
    result = build([now, *then], arts[:3])
    assert len(result.facts) == 1 and {m.article for m in result.facts[0].members} == {"b.txt", "c.txt"}
    assert len(result.conflicts) == 1
    # A German word after the figure that is no noun names nothing ("kam", "gewechselt").
    words = [claim("b.txt", "Vor einem Jahr hatte er für 15 Millionen Euro gewechselt."),
             claim("c.txt", "Für 15 Millionen Euro kam er damals.")]
    [fact] = build([now, *words], arts[:3]).facts
    assert fact.measures == "value" and fact.modality == "earlier"


def test_differently_named_storms_are_different_stories() -> None:
    arts = [article("x1.txt", "Sturmtief Xavier fegt über den Norden", None),
            article("x2.txt", "Storm Xavier sweeps across northern Germany", None),
            article("h.txt", "Sturmtief „Herwart“ fegt über den Norden", None),
            article("n.txt", "Sturm fegt über den Norden", None)]
    items = [claim(a.name, "Mindestens sieben Menschen kamen ums Leben.") for a in arts]
    result = build(items, arts)
    assert result.story_of["x1.txt"] == result.story_of["x2.txt"]
    assert result.story_of["h.txt"] != result.story_of["x1.txt"]
    assert facts.stories.event_names(arts[2]) == {"herwart"} and facts.stories.event_names(arts[3]) == set()
    assert ("x1.txt", "x2.txt") in result.links and ("h.txt", "x1.txt") not in result.links
    assert all(result.story_of[a] == result.story_of[b] for a, b in result.links)


def test_articles_of_one_story_sharing_nothing_are_not_compared() -> None:
    # An archive's story gathers undated articles on one topic through a third one: Lucerne's nine arrests and a
    # Berlin group of twenty, leads only loosely alike and nothing in common, are two events, not a disagreement.
    from factcheck.facts.stories import LINK_COS, build_stories

    arts = [article(name, "Polizei nimmt Personen fest", None) for name in ("a.txt", "b.txt", "c.txt")]
    x = 0.15 / np.sqrt(0.75)
    vectors = np.array([[1.0, 0.0, 0.0], [0.5, np.sqrt(0.75), 0.0], [0.7, x, np.sqrt(1 - 0.49 - x * x)]])
    assert vectors[0] @ vectors[1] < LINK_COS <= vectors[0] @ vectors[2]
    times = {a.name: None for a in arts}
    bags = {"a.txt": {"n:luzerner polizei"}, "b.txt": {"n:kottbusser tor"}, "c.txt": set()}
    stories, story_of, links = build_stories(arts, vectors, times, bags, threshold=0.45)
    assert len(set(story_of.values())) == 1
    assert links == {("a.txt", "c.txt")}
    bags["b.txt"].add("v:number:150000"), bags["a.txt"].add("v:number:150000")  # a figure in common: compared
    assert ("a.txt", "b.txt") in build_stories(arts, vectors, times, bags, threshold=0.45)[2]


def test_a_count_of_people_joins_the_same_sources_count_of_participants() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b", "c")]
    items = [claim("a.txt", "Die Veranstalter sprachen von 250.000 Teilnehmern."),
             claim("b.txt", "Nach Angaben der Veranstalter kamen 250.000 Teilnehmer."),
             claim("c.txt", "Zwischen 150.000 (offizielle Zahl der Polizei) und 250.000 Menschen (offizielle Zahl der "
                            "Veranstalter) folgten dem Aufruf.")]
    result = build(items, arts)
    organisers = [f for f in result.facts if f.source == "organisers"]
    assert len(organisers) == 1 and organisers[0].agree
    assert {m.article for m in organisers[0].members} == {"a.txt", "b.txt", "c.txt"}
    assert result.conflicts == ()


def test_figures_far_apart_are_different_facts_not_a_disagreement() -> None:
    arts = [article(f"{n}.txt", "Dembélé wechselt nach Barcelona", "2017-08-25") for n in ("a", "b", "c")]
    items = [claim("a.txt", "Als Bonus kommen noch 43 Millionen Euro hinzu."),
             claim("b.txt", "Als Bonus kommen noch 41 Millionen Euro hinzu."),
             claim("c.txt", "Als Bonus kommen noch 3 Millionen Euro hinzu.")]
    result = build(items, arts)
    bonus = facts_of(result, "bonus")
    assert [sorted(m.article for m in f.members) for f in bonus] == [["a.txt", "b.txt"]]
    assert len(result.conflicts) == 1
    assert "3" not in {m.text.split()[0] for c in result.conflicts for m in c.claims}


def test_a_story_label_counts_a_word_once_however_it_is_capitalised() -> None:
    from factcheck.facts.stories import _label

    arts = [article("a.txt", "Berlin: Tausende gegen TTIP"), article("b.txt", "BERLIN — Protest gegen TTIP"),
            article("c.txt", "Demo in Berlin")]
    assert _label(arts).split() == ["Berlin", "TTIP", "Tausende", "Protest"]


def measures_of(text: str, language: str = "de") -> dict[str, str | None]:
    """Value as written -> the concept its mention measures, for one sentence."""
    arts = [article("a.txt", TITLE)]
    return {m.text: m.measures for m in build([claim("a.txt", text, language)], arts).mentions}


def test_the_word_after_the_next_figure_is_that_figures() -> None:
    # "um mehr als drei Prozent auf gut 27.000 Punkte": the points are counted by the 27,000
    arts = [article("a.txt", TITLE)]
    text = "Der Leitindex Dow Jones stieg am Vormittag zeitweise um mehr als drei Prozent auf gut 27.000 Punkte."
    nouns = {m.text: m.noun for m in build([claim("a.txt", text)], arts).mentions}
    assert nouns == {"mehr als drei Prozent": None, "gut 27.000": "Punkte"}


def test_a_concept_word_belongs_to_the_figure_of_its_own_clause_or_to_the_amount_added() -> None:
    found = measures_of("Dembélé moves for €105m plus add-ons.", "en")
    assert found["€105m"] != "bonus"
    found = measures_of("105 Millionen Euro sind die fixe Transfersumme, 43 Millionen können noch folgen.")
    assert found["105 Millionen Euro"] == "price" and found["43 Millionen"] is None
    found = measures_of("Bonuszahlungen von rund 40 Prozent der Transfersumme können kommen - im besten Fall "
                        "erhält der Klub damit mehr als 140 Millionen Euro.")
    assert found["rund 40 Prozent"] == "bonus" and found["mehr als 140 Millionen Euro"] is None
    found = measures_of("Above that there is a variable transfer compensation of up to 40 percent.", "en")
    assert found["up to 40 percent"] == "bonus"


def test_the_same_distinctive_figure_joins_the_fact_that_names_what_it_measures() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b", "c")]
    items = [claim("a.txt", "Hinzu kommen Boni von rund 43 Millionen Euro."),
             claim("b.txt", "Die fixe Ablöse beträgt 105 Millionen Euro, 43 Millionen Euro können noch folgen."),
             claim("c.txt", "Dazu kommen Prämien von höchstens 40 Millionen Euro.")]
    bonus = facts_of(build(items, arts), "bonus")
    assert len(bonus) == 1
    assert {(m.article, m.text) for m in bonus[0].members} == {
        ("a.txt", "rund 43 Millionen Euro"), ("b.txt", "43 Millionen Euro"), ("c.txt", "höchstens 40 Millionen Euro")}


def test_amounts_about_the_story_protagonist_are_not_one_fact_for_that_alone() -> None:
    arts = [article(f"{n}.txt", "Dembélé wechselt nach Barcelona", "2017-08-25") for n in ("a", "b", "c")]
    items = [with_person(claim("a.txt", "Für Ousmane Dembélé fließen über 20 Millionen Euro nach Rennes."),
                         "Ousmane Dembélé"),
             with_person(claim("b.txt", "Der BVB hatte Ousmane Dembélé vor einem Jahr für 15 Millionen Euro geholt."),
                         "Ousmane Dembélé"),
             with_person(claim("c.txt", "Ousmane Dembélé kostet die Katalanen am Ende 148 Millionen Euro."),
                         "Ousmane Dembélé")]
    result = build(items, arts)
    assert not any(len({m.article for m in f.members}) > 1 and f.type.startswith("money") for f in result.facts)
    assert result.conflicts == ()


def test_figures_that_differ_inside_one_article_only_are_no_disagreement() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b")]
    items = [claim("a.txt", "Er erhält eine Prämie von drei Millionen Euro.", n=0),
             claim("a.txt", "Die Prämie von 3,3 Millionen Euro wird später gezahlt.", n=1),
             claim("b.txt", "Seine Prämie beträgt drei Millionen Euro.")]
    result = build(items, arts)
    bonus = facts_of(result, "bonus")
    assert len(bonus) == 1 and not bonus[0].agree
    assert result.conflicts == ()


def test_the_word_a_figure_counts_beats_a_concept_elsewhere_in_the_sentence() -> None:
    found = measures_of("Hundreds of people were stranded as their trains were canceled in the capital.", "en")
    assert found["Hundreds"] == "people"
    found = measures_of("Trains to Hamburg, Hanover and Berlin were called off as the three cities were badly hit.",
                        "en")
    assert found["three"] is None
    found = measures_of("Police said that four people had died in their vehicles.", "en")
    assert found["four"] == "dead"
    found = measures_of("In Brandenburg seien drei Menschen in Autos gestorben.")
    assert found["drei"] == "dead"


def test_an_outlet_listing_several_figures_does_not_contradict_one() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b")]
    items = [claim("a.txt", "Die Freien Wähler erhalten 7 Sitze.", n=0), claim("a.txt", "Die SPD erhält 9 Sitze.", n=1),
             claim("a.txt", "Die CSU erhält 11 Sitze.", n=2),
             claim("b.txt", "Die Freien Wähler kommen auf 10 Sitze.", n=0), claim("b.txt", "Die CSU hat 15 Sitze.", n=1)]
    assert build(items, arts).conflicts == ()


def test_figures_of_articles_alike_only_through_others_are_not_compared() -> None:
    from factcheck.facts.slots import build_facts

    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b")]
    items = [claim("a.txt", "Laut Polizei entstand ein Schaden von 10.000 Euro."),
             claim("b.txt", "Laut Polizei entstand ein Schaden von 16.000 Euro.")]
    result = build(items, arts)
    assert len(result.conflicts) == 1
    vectors = np.zeros((len(result.mentions), 4), dtype=np.float32)
    apart = build_facts(result.mentions, vectors, result.story_of, result.stories, {}, threshold=0.5,
                        links=frozenset())
    assert apart == []
    together = build_facts(result.mentions, vectors, result.story_of, result.stories, {}, threshold=0.5,
                           links=frozenset({("a.txt", "b.txt")}))
    assert len(together) == 1


def test_a_figure_in_all_competitions_is_not_the_league_figure() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b")]
    items = [claim("a.txt", "He scored six goals in his one season playing in the Bundesliga.", "en"),
             claim("b.txt", "He scored 10 goals in all competitions to help Dortmund finish third.", "en")]
    result = build(items, arts)
    assert {m.measures for m in result.mentions} == {"goals"}
    assert result.conflicts == ()
    items[1] = claim("b.txt", "He scored 10 goals to help Dortmund finish third.", "en")
    assert len(build(items, arts).conflicts) == 1


def test_a_facts_label_does_not_depend_on_the_runs_string_hashing() -> None:
    import os
    import subprocess
    import sys

    code = ("from factcheck.facts.slots import _fact; from factcheck.models import FactMention;"
            "m = [FactMention(id=f'{a}m', article=a, item_id=a, type='money', text='148', start=0, end=3,"
            "value={'value': 148e6, 'currency': 'EUR'}) for a in ('a', 'b')];"
            "f = _fact('s', 'reported', m, {'police', 'organisers', 'club'}, {'price', 'bonus', 'fee', 'total'});"
            "print(f.measures, f.source)")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(6)}
    assert seen == {"bonus club"}


def test_a_table_run_together_into_one_sentence_gives_no_fact_mentions() -> None:
    from factcheck.facts.mentions import MAX_FIGURES_PER_SENTENCE, build_mentions

    rows = " ".join(f"Bankactie {n} Papier {n + 3} Geld" for n in range(10, 10 + 3 * MAX_FIGURES_PER_SENTENCE, 3))
    prose = "Die Polizei zählte 150 000 Teilnehmer, die Veranstalter sprachen von 250 000."
    items = [claim("a", rows), claim("b", prose, n=1)]
    arts = {"a": article("a", "Kurszettel"), "b": article("b", TITLE)}
    assert len(items[0].values) > MAX_FIGURES_PER_SENTENCE
    mentions = build_mentions(items, arts)
    assert sorted(m.text for m in mentions) == ["150 000", "250 000"]


def sentences_of(name: str, text: str) -> list[Claim]:
    """One claim per sentence of an article's text, with the offsets and values the extractor gives."""
    import re

    out = []
    for n, m in enumerate(re.finditer(r"[^.]+\.", text)):
        sentence = m.group(0).strip()
        start = text.index(sentence, m.start())
        values = tuple(find_values(sentence, language="de", offset=start))
        out.append(Claim(text=sentence, start=start, end=start + len(sentence), sentence=sentence,
                         sentence_start=start, sentence_end=start + len(sentence), values=values,
                         id=f"{name}:c{n}", article=name))
    return out


def with_town_adjectives(item: Claim) -> Claim:
    """The claim with the places the extractor reads from town adjectives ("am Düsseldorfer Flughafen")."""
    import dataclasses

    from factcheck.nlp.places import town_adjectives

    base, sentence = item.sentence_start, item.sentence
    found = [Value("place", sentence[lo:hi], base + lo, base + hi, {"name": sentence[lo:hi], "id": town.id})
             for lo, hi, town in town_adjectives(sentence)]
    return dataclasses.replace(item, values=tuple(sorted((*item.values, *found), key=lambda v: v.start)))


def placed(item: Claim, town: str) -> Claim:
    """The claim with the gazetteer's place for ``town``, as the entity layer adds it."""
    import dataclasses

    from factcheck.nlp import places

    found = places.lookup(town)
    start = item.sentence.index(town)
    place = Value("place", town, item.sentence_start + start, item.sentence_start + start + len(town),
                  {"name": found.name, "id": found.id, "lat": found.lat, "lon": found.lon, "feature": found.feature})
    return dataclasses.replace(item, values=tuple(sorted((*item.values, place), key=lambda v: v.start)))


def test_a_figure_takes_the_one_place_of_the_sentence_before_it_in_its_paragraph() -> None:
    texts = {"a.txt": "Am Düsseldorfer Flughafen ist kaum ein Flieger gestartet. Es fielen 340 Flüge aus.",
             "b.txt": "In Düsseldorf fielen 330 Flüge aus.",
             "c.txt": "Am Kölner Flughafen war es still. Es fielen 150 Flüge aus.",
             "d.txt": "Der Streik traf viele Reisende in Hamburg.\n\nEs fielen 200 Flüge aus."}
    arts = [Article(name=n, path=n, text=t, title="Streik an Flughäfen", outlet=None, url=None,
                    published="2024-02-15", published_source="text", language="de") for n, t in texts.items()]
    items = [with_town_adjectives(c) for n, t in texts.items() for c in sentences_of(n, t)]
    items = [placed(c, "Düsseldorf") if c.sentence.startswith("In Düsseldorf") else c for c in items]
    items = [placed(c, "Hamburg") if "Hamburg" in c.sentence else c for c in items]
    result = build(items, arts)
    scope = {m.text: m.scope for m in result.mentions}
    assert scope["340"] == scope["330"] != () and scope["150"] not in ((), scope["330"])
    assert scope["200"] == ()  # the sentence before stands in another paragraph
    flights = facts_of(result, "flights")
    assert [sorted(m.text for m in f.members) for f in flights] == [["330", "340"]]
    assert len(result.conflicts) == 1


def test_a_total_keeps_no_place_from_the_sentence_before() -> None:
    text = "Der Sturm wütete auch in Hamburg. Insgesamt kamen sieben Menschen ums Leben."
    arts = [Article(name="a.txt", path="a.txt", text=text, title="Sturm", outlet=None, url=None,
                    published="2017-10-06", published_source="text", language="de")]
    items = [placed(c, "Hamburg") if "Hamburg" in c.sentence else c for c in sentences_of("a.txt", text)]
    assert {m.text: m.scope for m in build(items, arts).mentions}["sieben"] == ()


def test_a_part_counts_what_its_whole_counts_and_only_the_whole_was_planned() -> None:
    arts = [article("a.txt", TITLE)]
    mentions = build([claim("a.txt", "Wegen des Streiks fielen 340 von 370 geplanten Flügen aus.")], arts).mentions
    found = {m.text: (m.measures, m.modality) for m in mentions}
    assert found == {"340": ("flights", "reported"), "370": ("flights", "expected")}
    mentions = build([claim("a.txt", "Thirty-two of the train's 150 cars left the tracks.", "en")], arts).mentions
    assert {m.text: m.noun for m in mentions} == {"Thirty-two": "cars", "150": "cars"}


@pytest.mark.parametrize("sentence, language, figure", [
    ("Verdi fordert für die 25.000 Beschäftigten 12,5 Prozent mehr Lohn.", "de", "12,5 Prozent"),
    ("Verdi is demanding a 12.5% pay rise for 25,000 workers.", "en", "12.5%"),
])
def test_a_pay_demand_measures_pay_not_the_workers_named_before_it(sentence: str, language: str,
                                                                   figure: str) -> None:
    assert measures_of(sentence, language)[figure] == "salary"


def test_no_common_place_when_two_places_far_apart_are_named_as_often() -> None:
    from factcheck.facts.slots import _common_places as common_places
    from factcheck.models import Story
    from factcheck.nlp import places

    story = Story(id="s", label="Streik", articles=("a", "b", "c"))
    towns = [places.lookup(n) for n in ("Düsseldorf", "Köln", "Bonn")]
    duesseldorf, koeln, bonn = (t.id for t in towns)
    where = {t.id: (t.lat, t.lon) for t in towns}

    def _common_places(stories, article_places):
        return common_places(stories, article_places, where)

    both = {a: {duesseldorf, koeln} for a in story.articles}
    assert _common_places([story], both) == {"s": frozenset()}
    near = {a: {koeln, bonn} for a in story.articles}  # the airport Köln/Bonn: one place, whichever is counted
    assert len(_common_places([story], near)["s"]) == 1
    five = Story(id="s", label="Streik", articles=("a", "b", "c", "d", "e"))
    most = {"a": {duesseldorf}, "b": {duesseldorf, koeln}, "c": {duesseldorf, koeln}, "d": {duesseldorf, koeln},
            "e": {duesseldorf, koeln}}  # Köln in 4 of 5, Düsseldorf in 5: both are the story's places
    assert _common_places([five], most) == {"s": frozenset()}
    one = {"a": {"berlin"}, "b": {"berlin", "köln"}, "c": {"berlin"}}
    assert _common_places([story], one) == {"s": frozenset({"berlin"})}


def test_a_wording_that_contradicts_no_side_is_no_side_of_a_conflict() -> None:
    arts = [article(f"{n}.txt", TITLE) for n in ("a", "b", "c", "d")]
    items = [claim("a.txt", "Nach Angaben des Flughafens fielen 330 Flüge aus."),
             claim("b.txt", "Nach Angaben des Flughafens fielen 330 Flüge aus."),
             claim("c.txt", "Nach Angaben des Flughafens fielen rund 330 Flüge aus."),
             claim("d.txt", "Nach Angaben des Flughafens fielen 340 Flüge aus.")]
    result = build(items, arts)
    assert len(result.conflicts) == 1
    assert sorted(side.value["text"] for side in result.conflicts[0].claims) == ["330", "330", "340"]


def test_a_verb_of_expectation_after_a_year_still_makes_every_figure_a_forecast() -> None:
    arts = [article("a.txt", TITLE)]
    sentence = "Für das Jahr 2020 erwarten die Ökonomen eine Abnahme des BIP um 0,2 Prozent."
    assert {m.text: m.modality for m in build([claim("a.txt", sentence)], arts).mentions}["0,2 Prozent"] == "expected"


def test_a_town_adjective_places_a_figure_only_after_a_locative_preposition() -> None:
    arts = [article("a.txt", TITLE)]
    scopes = {m.text: m.scope for m in build([
        with_town_adjectives(claim("a.txt", "Am Düsseldorfer Flughafen fielen 340 Flüge aus.", n=0)),
        with_town_adjectives(claim("a.txt", "Die Berliner Polizei zählte 150.000 Teilnehmer.", n=1))], arts).mentions}
    assert scopes["340"] != () and scopes["150.000"] == ()


def test_a_town_adjective_names_its_town_only_when_the_stem_is_the_towns_name() -> None:
    from factcheck.nlp.places import town_adjectives

    text = "Am Düsseldorfer Flughafen und bei der Kölner Feuerwehr sprach Peter Müller."
    assert [(text[lo:hi], town.name) for lo, hi, town in town_adjectives(text)] == [
        ("Düsseldorfer", "Düsseldorf"), ("Kölner", "Köln")]  # "Peter" is no Perth


def test_a_demand_is_no_verdict_and_a_storm_that_claims_lives_demands_nothing() -> None:
    arts = [article(f"{n}.txt", "Ex-Bürgermeister verurteilt", "2024-06-12") for n in ("a", "b", "c")]
    items = [claim("a.txt", "Das Gericht verurteilte ihn zu vier Jahren und drei Monaten Haft.", n=0),
             claim("a.txt", "Die Staatsanwaltschaft hatte fünf Jahre und sechs Monate Haft gefordert.", n=1),
             claim("b.txt", "Er muss für vier Jahre und drei Monate ins Gefängnis.", n=0),
             claim("b.txt", "Die Anklage hatte fünfeinhalb Jahre Haft gefordert.", n=1),
             claim("c.txt", "Prosecutors had demanded five and a half years in prison.", "en")]
    result = build(items, arts)
    modality = {m.text: (m.measures, m.modality) for m in result.mentions}
    assert modality["vier Jahren und drei Monaten"] == ("prison_term", "reported")
    assert modality["fünfeinhalb Jahre"] == ("prison_term", "demanded")
    assert result.conflicts == ()  # the verdict and the demand are two facts shown side by side
    storm = measures_of("Mindestens sieben Tote forderte das Unwetter.")
    found = {m.text: m.modality for m in build([claim("a.txt", "Mindestens sieben Tote forderte das Unwetter.")],
                                               [article("a.txt", TITLE)]).mentions}
    assert storm == {"Mindestens sieben": "dead"} and found == {"Mindestens sieben": "reported"}
    assert measures_of("Mindestens 16 Menschen wurden in einem Gefängnis in Mexiko getötet.")["Mindestens 16"] == "dead"
