"""Tests of typed value extraction, comparison and description (factcheck.values)."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.models import Value
from factcheck.values import agree, describe, find_values

PUB = "2019-04-26"  # a Friday; the Wladiwostok summit was on Thursday 2019-04-25


def values(text: str, language: str = "de", published: str | date | None = PUB, **kw: object) -> list[Value]:
    """All values in ``text``."""
    return find_values(text, language=language, published=published, **kw)  # type: ignore[arg-type]


def one(text: str, kind: str, language: str = "de", published: str | date | None = PUB) -> Value:
    """The only value of type ``kind`` in ``text``."""
    found = [v for v in values(text, language, published) if v.type == kind]
    assert len(found) == 1, (text, found)
    return found[0]


def dates_of(v: Value) -> tuple[str | None, str | None, str]:
    """(start, end, granularity) of a date value."""
    return v.value["start"], v.value["end"], v.value["granularity"]


# --- dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,start,end,gran",
    [
        ("Kim und Putin hatten sich am Donnerstag getroffen.", "2019-04-25", "2019-04-25", "day"),
        ("Der Zug kam am Freitag an.", "2019-04-26", "2019-04-26", "day"),
        ("Die KCNA machte am Dienstag (Ortszeit) keine Angaben.", "2019-04-23", "2019-04-23", "day"),
        ("Er kommt am kommenden Donnerstag wieder.", "2019-05-02", "2019-05-02", "day"),
        ("Kims Gipfel mit Trump Ende Februar in Vietnam scheiterte.", "2019-02-20", "2019-02-28", "part_of_month"),
        ("Anfang Mai war es so weit.", "2018-05-01", "2018-05-10", "part_of_month"),
        ("Anfang Mai soll es weitergehen.", "2019-05-01", "2019-05-10", "part_of_month"),
        ("Der Gipfel soll am Donnerstag stattfinden.", "2019-05-02", "2019-05-02", "day"),
        ("Kim soll am Donnerstag eingetroffen sein.", "2019-04-25", "2019-04-25", "day"),
        ("Mitte April hatte Kim eine Rakete getestet.", "2019-04-10", "2019-04-20", "part_of_month"),
        ("Das Treffen fand im Februar statt.", "2019-02-01", "2019-02-28", "month"),
        ("Im Juli gab es ein Treffen.", "2018-07-01", "2018-07-31", "month"),
        ("Trump traf Kim im vergangenen Jahr in Singapur.", "2018-01-01", "2018-12-31", "year"),
        ("Zuletzt war es im Jahr 2011 zu einem Gipfel gekommen.", "2011-01-01", "2011-12-31", "year"),
        ("Putin hatte Kim bereits im Mai vergangenen Jahres eingeladen.", "2018-05-01", "2018-05-31", "month"),
        ("2019 hatte Kim zweimal Raketen getestet.", "2019-01-01", "2019-12-31", "year"),
        ("Das Abkommen wurde am 2. Mai 2024 unterzeichnet.", "2024-05-02", "2024-05-02", "day"),
        ("Stand: 13.03.2025, 14:00", "2025-03-13", "2025-03-13", "day"),
        ("Kim reiste gestern ab.", "2019-04-25", "2019-04-25", "day"),
        ("Heute ist Kim abgereist.", "2019-04-26", "2019-04-26", "day"),
        ("Er werde bis Jahresende warten.", "2019-10-01", "2019-12-31", "season"),
        ("Das war vor drei Tagen.", "2019-04-23", "2019-04-23", "day"),
        ("In den 1990er Jahren hungerte das Land.", "1990-01-01", "1999-12-31", "decade"),
        ("Am Donnerstag, 25. April 2019, trafen sie sich.", "2019-04-25", "2019-04-25", "day"),
    ],
)
def test_german_dates(text: str, start: str, end: str, gran: str) -> None:
    assert dates_of(one(text, "date")) == (start, end, gran)


@pytest.mark.parametrize(
    "text,start,end,gran",
    [
        ("They met on 2nd May 2024.", "2024-05-02", "2024-05-02", "day"),
        ("They met on May 2, 2024.", "2024-05-02", "2024-05-02", "day"),
        ("Putin met Kim on Thursday.", "2019-04-25", "2019-04-25", "day"),
        ("He will return next Thursday.", "2019-05-02", "2019-05-02", "day"),
        ("KCNA said on Monday (local time) that talks went well.", "2019-04-22", "2019-04-22", "day"),
        ("Trump met Kim last year in Singapore.", "2018-01-01", "2018-12-31", "year"),
        ("The summit in Hanoi collapsed in late February.", "2019-02-20", "2019-02-28", "part_of_month"),
        ("He left yesterday.", "2019-04-25", "2019-04-25", "day"),
        ("The last summit was in 2011.", "2011-01-01", "2011-12-31", "year"),
        ("He will wait until the end of the year.", "2019-10-01", "2019-12-31", "season"),
    ],
)
def test_english_dates(text: str, start: str, end: str, gran: str) -> None:
    assert dates_of(one(text, "date", "en")) == (start, end, gran)


def test_weekday_with_only_publication_month_gives_a_range_not_a_day() -> None:
    v = one("Die beiden trafen sich am Donnerstag.", "date", published="2019-04")
    start, end, gran = dates_of(v)
    assert (start, end) == ("2019-03-28", "2019-04-25")
    assert gran != "day" and v.value["relative"] is True


def test_month_with_only_publication_month() -> None:
    assert dates_of(one("Das Treffen fand im Februar statt.", "date", published="2019-04"))[:2] == (
        "2019-02-01",
        "2019-02-28",
    )


def test_relative_date_without_publication_is_unresolved() -> None:
    v = one("Die beiden trafen sich am Donnerstag.", "date", published=None)
    assert v.value["start"] is None and v.value["end"] is None and v.value["relative"] is True


def test_absolute_date_without_publication_is_resolved() -> None:
    v = one("Das Abkommen wurde am 2. Mai 2024 unterzeichnet.", "date", published=None)
    assert dates_of(v) == ("2024-05-02", "2024-05-02", "day") and v.value["relative"] is False


def test_published_as_date_object() -> None:
    assert dates_of(one("Kim reiste gestern ab.", "date", published=date(2023, 9, 14)))[0] == "2023-09-13"


@pytest.mark.parametrize(
    "text",
    [
        "Die Delegationen trafen am Morgen ein.",
        "Für ihre erste Zusammenkunft seit Jahren wählten sie den Kosmodrom.",
        "Er lief 1.500 Meter.",
        "Zum zweiten Mal trafen sich die beiden beim dritten Treffen.",
    ],
)
def test_not_dates(text: str) -> None:
    assert [v for v in values(text) if v.type == "date"] == []


def test_date_offsets_and_surface_text() -> None:
    text = "Kim und Putin hatten sich am Donnerstag getroffen."
    v = one(text, "date")
    assert v.text == "am Donnerstag" and text[v.start : v.end] == v.text
    shifted = find_values(text, published=PUB, offset=100)[0]
    assert (shifted.start, shifted.end) == (v.start + 100, v.end + 100)


# --- durations ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,seconds,lo,hi,hedge",
    [
        ("Die knapp zweistündigen Gespräche waren substanziell.", "de", 7200, 5400, 7200, "just_under"),
        ("Die Gespräche dauerten zwei Stunden.", "de", 7200, 7200, 7200, "exact"),
        ("Das Treffen soll vier Stunden dauern.", "de", 14400, 14400, 14400, "exact"),
        ("Die Fahrt dauerte rund elf Stunden.", "de", 39600, 33660, 45540, "approx"),
        ("The trip took around 11 hours.", "en", 39600, 33660, 45540, "approx"),
        ("Der Besuch dauerte mehr als drei Tage.", "de", 259200, 259200, None, "more_than"),
        ("Sie sprachen eine halbe Stunde.", "de", 1800, 1800, 1800, "exact"),
        ("Sie sprachen anderthalb Stunden.", "de", 5400, 5400, 5400, "exact"),
        ("Sie sprachen 90 Minuten lang.", "de", 5400, 5400, 5400, "exact"),
        ("Es war ein zweistündiges Gespräch.", "de", 7200, 7200, 7200, "exact"),
        ("Der dreitägigen Reise folgte nichts.", "de", 259200, 259200, 259200, "exact"),
        ("Sie sprachen zweieinhalb Stunden.", "de", 9000, 9000, 9000, "exact"),
        ("They talked for two hours.", "en", 7200, 7200, 7200, "exact"),
        ("It was a 45-minute meeting.", "en", 2700, 2700, 2700, "exact"),
        ("Wenige Stunden vor dem Gipfel feuerte Nordkorea.", "de", 7200, 7200, 21600, "approx"),
        ("Sie sprachen zwei Stunden und 30 Minuten.", "de", 9000, 9000, 9000, "exact"),
        ("Die Gespräche dauerten zwei bis drei Stunden.", "de", 7200, 7200, 10800, "exact"),
        ("They talked for half an hour.", "en", 1800, 1800, 1800, "exact"),
        ("They talked for twenty minutes.", "en", 1200, 1200, 1200, "exact"),
        ("Das Gespräch dauerte zwölf Minuten.", "de", 720, 720, 720, "exact"),
        ("Er soll einen 5-Jahres-Vertrag unterschreiben.", "de", 157680000, 157680000, 157680000, "exact"),
        ("Er unterschrieb einen Fünfjahresvertrag.", "de", 157680000, 157680000, 157680000, "exact"),
        ("He has agreed a five-year contract.", "en", 157680000, 157680000, 157680000, "exact"),
        ("He joins on a five-year-deal.", "en", 157680000, 157680000, 157680000, "exact"),
    ],
)
def test_durations(text: str, lang: str, seconds: float, lo: float, hi: float | None, hedge: str) -> None:
    v = one(text, "duration", lang)
    assert (v.value["seconds"], v.value["min"], v.value["max"], v.value["hedge"]) == (seconds, lo, hi, hedge)
    assert text[v.start : v.end] == v.text


def test_ages_and_year_words_are_no_durations() -> None:
    assert [v.type for v in find_values("The 20-year-old forward and the five-year-olds.", language="en")] == ["number"]
    assert [v.type for v in find_values("Zum Ende des Kalenderjahres und des Lebensjahres.", language="de")] == []
    age = find_values("The 20-year-old forward", language="en")[0]
    assert (age.text, age.value["value"]) == ("20", 20)


def test_duration_wins_over_the_bare_number_inside() -> None:
    found = values("Die Gespräche dauerten zwei Stunden.")
    assert [v.type for v in found] == ["duration"]


# --- numbers, money, percents -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,kind,value,lo,hi,extra",
    [
        ("Die Strecke misst 1.500 Kilometer.", "de", "number", 1500, 1450, 1550, {"unit": "km"}),
        ("The route is 1,500 km long.", "en", "number", 1500, 1450, 1550, {"unit": "km"}),
        ("Die Wirtschaft wuchs um 5,5 Prozent.", "de", "percent", 5.5, 5.45, 5.55, {}),
        ("Die Hilfe beträgt 4,2 Milliarden Euro.", "de", "money", 4.2e9, 4.15e9, 4.25e9, {"currency": "EUR"}),
        ("Some 2.5 million people live there.", "en", "number", 2.5e6, 2.25e6, 2.75e6, {"unit": None}),
        ("Damit droht Zehntausenden Gastarbeitern die Ausreise.", "de", "number", 10000, 10000, 99999, {"unit": None}),
        ("Tens of thousands of workers may have to leave.", "en", "number", 10000, 10000, 99999, {"unit": None}),
        ("Tausende Aktivisten demonstrierten.", "de", "number", 1000, 1000, 9999, {"unit": None}),
        ("Hunderte Soldaten marschierten.", "de", "number", 100, 100, 999, {"unit": None}),
        ("Der Ort liegt mehr als 1.500 Kilometer entfernt.", "de", "number", 1500, 1450, None, {"unit": "km"}),
        ("Die Grenze ist rund 130 Kilometer entfernt.", "de", "number", 130, 117, 143, {"unit": "km"}),
        ("Die Agentur zeigte zehn Bildern.", "de", "number", 10, 10, 10, {"unit": None}),
        ("The deal is worth $3 billion.", "en", "money", 3e9, 2.85e9, 3.15e9, {"currency": "USD"}),
        ("Das Ticket kostet €200.", "de", "money", 200, 200, 200, {"currency": "EUR"}),
        ("Das kostet 30 Mio. Dollar.", "de", "money", 3e7, 2.95e7, 3.05e7, {"currency": "USD"}),
        ("Das kostet 1,2 Mrd. Euro.", "de", "money", 1.2e9, 1.15e9, 1.25e9, {"currency": "EUR"}),
        ("Die Quote stieg um 2 Prozentpunkte.", "de", "number", 2, 2, 2, {"unit": "pp"}),
        ("Er fuhr mit 230 km/h durch den Ort.", "de", "number", 230, 230, 230, {"unit": "km/h"}),
        ("Inflation reached 5.5 percent.", "en", "percent", 5.5, 5.45, 5.55, {}),
    ],
)
def test_numbers(text: str, lang: str, kind: str, value: float, lo: float, hi: float | None, extra: dict) -> None:
    v = one(text, kind, lang)
    assert v.value["value"] == pytest.approx(value)
    assert v.value["min"] == pytest.approx(lo)
    assert (v.value["max"] is None and hi is None) or v.value["max"] == pytest.approx(hi)
    for key, expected in extra.items():
        assert v.value[key] == expected


def test_hedge_is_part_of_the_span() -> None:
    v = one("Der Ort liegt mehr als 1.500 Kilometer entfernt.", "number")
    assert v.text == "mehr als 1.500 Kilometer" and v.value["hedge"] == "more_than"


def test_german_and_english_notation_differ() -> None:
    assert one("Es kamen 1.500 Menschen.", "number").value["value"] == 1500
    assert one("About 1,500 people came.", "number", "en").value["value"] == 1500
    assert one("The index rose by 1.5 points.", "number", "en").value["value"] == 1.5


@pytest.mark.parametrize(
    "text",
    [
        "Die G20 tagten in Osaka.",
        "COVID-19 hat die Welt verändert.",
        "Eine Boeing 737 landete.",
        "Zum zweiten Mal trafen sich die beiden beim dritten Treffen.",
        "Das Abkommen wurde am 2. Mai 2024 unterzeichnet.",
        "Zuletzt war es im Jahr 2011 zu einem Gipfel gekommen.",
        "Das Treffen begann um 15 Uhr.",
        "Ein Treffen ist geplant.",
    ],
)
def test_not_numbers(text: str) -> None:
    assert [v for v in values(text) if v.type in ("number", "money", "percent")] == []


def test_values_sorted_and_non_overlapping() -> None:
    text = (
        "Am Donnerstag trafen sich Putin und Kim knapp zwei Stunden lang; rund 130 Kilometer entfernt "
        "warteten Tausende, die Hilfe betrug 4,2 Milliarden Euro."
    )
    found = values(text)
    assert [v.type for v in found] == ["date", "duration", "number", "number", "money"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


# --- agree ---------------------------------------------------------------------------------------------------


def test_agree_durations() -> None:
    knapp = one("Die knapp zweistündigen Gespräche waren gut.", "duration")
    vier = one("Das Treffen soll vier Stunden dauern.", "duration")
    zwei = one("Die Gespräche dauerten zwei Stunden.", "duration")
    assert agree(knapp, vier) is False
    assert agree(knapp, zwei) is True
    assert (
        agree(
            one("Die Fahrt dauerte rund elf Stunden.", "duration"),
            one("The trip took around 11 hours.", "duration", "en"),
        )
        is True
    )
    # A lower bound states the figure known so far: "mehr als drei Tage" agrees with up to 10 % more, not with
    # five days (values.compare.LOWER_REACH); "mehr als drei Tage" and "drei Tage" agree.
    assert (
        agree(
            one("Der Besuch dauerte mehr als drei Tage.", "duration"), one("Der Besuch dauerte fünf Tage.", "duration")
        )
        is False
    )
    assert agree(one("Der Besuch dauerte mehr als drei Tage.", "duration"),
                 one("Der Besuch dauerte drei Tage.", "duration")) is True
    assert (
        agree(
            one("Der Besuch dauerte mehr als drei Tage.", "duration"), one("Der Besuch dauerte zwei Tage.", "duration")
        )
        is False
    )


def test_agree_dates() -> None:
    ende = one("Kims Gipfel mit Trump Ende Februar scheiterte.", "date")
    februar = one("Der Gipfel fand im Februar statt.", "date")
    assert agree(ende, februar) is True
    juni = one("Sie trafen sich im Juni.", "date", published="2019-04")
    letztes = one("Sie trafen sich im vergangenen Jahr.", "date", published="2019-04")
    assert agree(juni, letztes) is True
    assert agree(one("Am Donnerstag trafen sie sich.", "date"), one("Am Mittwoch trafen sie sich.", "date")) is False
    unresolved = one("Am Donnerstag trafen sie sich.", "date", published=None)
    assert agree(unresolved, februar) is None


def test_agree_numbers() -> None:
    assert agree(one("Zehntausende kamen.", "number"), one("Es kamen 20.000 Menschen.", "number")) is True
    assert agree(one("Es kamen 5.000 Menschen.", "number"), one("Zehntausende kamen.", "number")) is False
    km = one("Die Grenze ist rund 130 Kilometer entfernt.", "number")
    kmh = one("Er fuhr mit 130 km/h.", "number")
    assert agree(km, kmh) is None
    assert agree(km, one("Die Grenze ist 125 Kilometer entfernt.", "number")) is True
    assert agree(km, one("Die Grenze ist 200 Kilometer entfernt.", "number")) is False
    euro = one("Die Hilfe beträgt 4,2 Milliarden Euro.", "money")
    assert agree(euro, one("The aid is worth $4.2 billion.", "money", "en")) is None
    assert agree(euro, one("Die Hilfe beträgt 4,2 Mrd. Euro.", "money")) is True
    assert (
        agree(one("Die Quote lag bei 5,5 Prozent.", "percent"), one("Die Quote lag bei 7 Prozent.", "percent")) is False
    )


def test_agree_needs_same_type() -> None:
    assert agree(one("Die Gespräche dauerten zwei Stunden.", "duration"), one("Es kamen 2 Leute.", "number")) is None


# --- describe ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,kind,lang,expected",
    [
        ("Die knapp zweistündigen Gespräche waren gut.", "duration", "de", "just under 2 h"),
        ("Das Treffen soll vier Stunden dauern.", "duration", "de", "4 h"),
        ("Die Fahrt dauerte rund elf Stunden.", "duration", "de", "about 11 h"),
        ("Wenige Stunden vor dem Gipfel feuerte Nordkorea.", "duration", "de", "2–6 h"),
        ("Am Donnerstag trafen sie sich.", "date", "de", "2019-04-25"),
        ("Kims Gipfel mit Trump Ende Februar scheiterte.", "date", "de", "Feb 2019 (late)"),
        ("Der Gipfel fand im Februar statt.", "date", "de", "Feb 2019"),
        ("Zuletzt war es im Jahr 2011 so.", "date", "de", "2011"),
        ("Zehntausende kamen.", "number", "de", "10,000–99,999"),
        ("Die Hilfe beträgt 4,2 Milliarden Euro.", "money", "de", "4.2 billion EUR"),
        ("Die Wirtschaft wuchs um 5,5 Prozent.", "percent", "de", "5.5 %"),
        ("Der Ort liegt mehr als 1.500 Kilometer entfernt.", "number", "de", "more than 1,500 km"),
    ],
)
def test_describe(text: str, kind: str, lang: str, expected: str) -> None:
    assert describe(one(text, kind, lang)) == expected


def test_value_shapes_match_models_docstring() -> None:
    text = "Am Donnerstag sprachen sie knapp zwei Stunden über 4,2 Milliarden Euro, 5,5 Prozent und 130 Kilometer."
    keys = {v.type: set(v.value) for v in values(text)}
    assert keys["date"] == {"start", "end", "granularity", "relative"}
    assert keys["duration"] == {"seconds", "min", "max", "hedge"}
    assert keys["money"] == {"value", "min", "max", "currency", "hedge"}
    assert keys["percent"] == {"value", "min", "max", "hedge"}
    assert keys["number"] == {"value", "min", "max", "unit", "hedge"}


# --- harder cases found on real text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Die Statue wurde 1775 erbaut.", "de", [("date", "1775")]),
        ("Es kamen 2000 weitere Soldaten.", "de", [("number", "2000")]),
        ("Es kamen 2000 Soldaten.", "de", [("number", "2000")]),
        ("Putin hatte sich schon 2019 mit Kim getroffen.", "de", [("date", "2019")]),
        ("It echoed a 2013 assault on the mall.", "en", [("date", "2013")]),
        ("Some 2000 soldiers marched.", "en", [("number", "Some 2000")]),
        ("Er kam 17., 18. und 24. Mai 2001.", "de", [("date", "18. und 24. Mai 2001")]),
        ("Ruf (213) 623-2489 an, die Leitung ist 24/7 offen.", "de", []),
        ("Calgary (33-13-5) won 3-2 on the road.", "en", []),
        ("The FTSE 100 and the Russell 2000 fell.", "en", []),
        ("Employees at a second cafe paid a dollar.", "en", []),
        ("Quelle: www.heute.at, Stand 2019-04", "de", [("date", "2019-04")]),
        ("Sie hat es vor rund zwei Jahren gesagt.", "de", [("date", "vor rund zwei Jahren")]),
        ("He said it about a year ago.", "en", [("date", "about a year ago")]),
        ("Ich komme heute morgen an.", "de", [("date", "heute morgen")]),
        ("Das Werk kostet $40-billion.", "en", [("money", "$40-billion")]),
        ("Wir erwarten das 2022 oder 2023 wieder.", "de", [("date", "2022"), ("date", "2023")]),
        ("Von 1500 bis 2000 Menschen kamen.", "de", [("number", "1500 bis 2000")]),
        ("Im ersten Halbjahr wuchs die Wirtschaft.", "de", []),
        ("Drinnen & draußen #4: der Podcast", "de", []),
    ],
)
def test_real_text_cases(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(v.type, v.text) for v in values(text, lang)] == expected


def test_round_century_decade_covers_the_century() -> None:
    v = one("Civic existiert seit den 1900er Jahren.", "date")
    assert dates_of(v) == ("1900-01-01", "1999-12-31", "decade")


def test_english_hyphenated_range_and_scale() -> None:
    v = one("The train had 20 to 25 cars.", "number", "en")
    assert (v.value["min"], v.value["max"]) == (20, 25)
    assert describe(v) == "20–25"


def test_a_german_adjective_between_figure_and_scale_word() -> None:
    assert [(v.text, v.value["value"]) for v in values("Von den 43 optionalen Millionen seien 33 garantiert.", "de")] \
        == [("43 optionalen Millionen", 43_000_000), ("33", 33)]
    assert one("Der Klub zahlt zwei weitere Milliarden Euro.", "money").value["value"] == 2_000_000_000
    assert [(v.text, v.value["value"]) for v in values("Die 20 neuen Spieler kosten Millionen.", "de")] \
        == [("20", 20), ("Millionen", 1_000_000)]  # a noun between: the scale word is no part of the 20
    assert one("Es kostet etwa eine halbe Million Euro.", "money").value["value"] == 500_000


def test_describe_keeps_rounded_values_single() -> None:
    assert describe(one("The index fell 0.5 per cent.", "percent", "en")) == "0.5 %"
    assert describe(one("Die Gespräche dauerten zwei bis drei Stunden.", "duration")) == "2–3 h"
    assert describe(one("The record 35-day shutdown ended.", "duration", "en")) == "35 days"


@pytest.mark.parametrize(
    "text,lang,kind,value",
    [
        ("Es kamen dreihundertfünfzig Menschen.", "de", "number", 350),
        ("Es kamen einundzwanzig Menschen.", "de", "number", 21),
        ("Es kamen tausend Soldaten.", "de", "number", 1000),
        ("Sie warteten zwanzig Minuten.", "de", "duration", 1200),
        ("Twenty-five people came.", "en", "number", 25),
        ("Es kamen 2,5 Millionen Menschen.", "de", "number", 2.5e6),
        ("Die Strecke ist 2019 Kilometer lang.", "de", "number", 2019),
    ],
)
def test_number_words_and_years_with_units(text: str, lang: str, kind: str, value: float) -> None:
    v = one(text, kind, lang)
    assert v.value["value" if kind != "duration" else "seconds"] == pytest.approx(value)
    assert [x for x in values(text, lang) if x.type == "date"] == []


@pytest.mark.parametrize(
    "text,lang,published,start,end",
    [
        ("Das war letzten Sommer.", "de", "2018-10-15", "2018-06-01", "2018-08-31"),
        ("It happened last summer.", "en", "2019-04-26", "2018-06-01", "2018-08-31"),
        ("Das war im Herbst des vergangenen Jahres.", "de", "2019-04-26", "2018-09-01", "2018-11-30"),
        ("Der Gipfel ist am 30. April.", "de", "2019-04-26", "2019-04-30", "2019-04-30"),
        ("Der Gipfel war am 30. Mai.", "de", "2019-04-26", "2018-05-30", "2018-05-30"),
        ("Kim reiste gestern ab.", "de", "2019-04", "2019-03-31", "2019-04-29"),
        ("Das war vergangene Woche.", "de", "2019-04-26", "2019-04-15", "2019-04-21"),
    ],
)
def test_relative_periods(text: str, lang: str, published: str, start: str, end: str) -> None:
    v = one(text, "date", lang, published)
    assert (v.value["start"], v.value["end"]) == (start, end)
    if published == "2019-04":
        assert v.value["granularity"] == "month"


def test_future_tense_is_judged_per_sentence() -> None:
    text = "Der Gipfel soll im Herbst stattfinden. Kim und Putin hatten sich am Donnerstag getroffen."
    found = [v for v in values(text) if v.text == "am Donnerstag"]
    assert found[0].value["start"] == "2019-04-25"


def test_describe_copes_with_a_range_without_nominal_value() -> None:
    assert describe(Value("duration", "knapp zwei Stunden", 0, 18, {"min": 5400, "max": 7200, "hedge": "just_under"})) == "just under 2 h"


def test_ranks_compare_across_languages() -> None:
    from factcheck.values import find_values

    (second,) = find_values("Dembélé ist der weltweit zweitteuerste Transfer aller Zeiten.", language="de")
    (third,) = find_values("Er ist nun der drittteuerste Spieler aller Zeiten.", language="de")
    (english,) = find_values("He will be the second most expensive transfer of all time.", language="en")
    assert second.value["unit"] == english.value["unit"] == "rank:expensive"
    assert (second.value["value"], third.value["value"]) == (2, 3)
    assert agree(second, english) is True and agree(second, third) is False
    assert find_values("die drittgrößte Stadt", language="de")[0].value["unit"] == "rank:large"


def test_the_first_figure_of_a_change_takes_the_unit_of_the_second() -> None:
    def shown(text: str, language: str = "de") -> list[tuple[str, str, float, str | None]]:
        return [(v.type, v.text, v.value.get("value"), v.value.get("currency") or v.value.get("unit"))
                for v in find_values(text, language=language)]

    assert shown("Die Bank senkte das Kursziel von 72 auf 66,50 Euro.")[0] == ("money", "72", 72, "EUR")
    assert shown("Das Kursziel stieg von 35 auf 45 US-Dollar.")[0] == ("money", "35", 35, "USD")
    assert shown("Die Quote sank von drei auf fünf Prozent.")[0] == ("percent", "drei", 3, None)
    assert shown("Die Ablöse stieg von drei auf fünf Millionen Euro.")[0] == ("money", "drei", 3_000_000, "EUR")
    assert shown("von 800.000 auf 1,2 Millionen Euro")[0] == ("money", "800.000", 800_000, "EUR")
    # a count stays a count, and without "von" two figures are not a change
    assert shown("Die Zahl der Toten stieg von sechs auf sieben.")[0] == ("number", "sechs", 6, None)
    assert [v for v in shown("Er zählte 3 auf 45 Euro.") if v[1] == "3"] == [("number", "3", 3, None)]
