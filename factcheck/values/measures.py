"""What a value measures, whose figure it is, and whether it is a forecast: word lists as data.

Source: written for factcheck from German and English news usage (wire copy of dpa, AFP, Reuters, AP and the
outlets of the evaluation stories read for wording, not copied). Concepts are language-independent names, so a
German and an English mention of one fact meet ("Tote" / "killed" -> ``dead``). Entries are matched against
lower-cased text on word boundaries:

- ``word``: that word exactly;
- ``stem*``: any word starting with the stem ("teilnehmer*" covers Teilnehmern, TeilnehmerInnen);
- ``*head*``: any word containing the head after at least two letters, for German compounds ("*tote*" covers
  Verkehrstote, "*einsätze*" covers Feuerwehreinsätze);
- several words ("ums leben", "took part"): that phrase, the last word as a stem when it ends in ``*``.

``GENERIC`` concepts ("people") give way to any other concept in the same clause ("150.000 Menschen
demonstrierten" measures participants, "sechs Menschen kamen ums Leben" the dead).
"""

from __future__ import annotations

import re
from functools import lru_cache

MEASURES: dict[str, tuple[str, ...]] = {
    "participants": ("teilnehmer*", "*teilnehmer*", "teilnehmende*", "demonstrant*", "*demonstranten",
                     "demonstrierende*", "protestierende*", "demonstrierten", "demonstrieren", "protestierten",
                     "nahmen teil", "nahmen an", "teilnahmen", "teilgenommen", "teilnahm*", "auf die straße", "protesters", "protester", "protestors",
                     "demonstrators", "participants", "marchers", "attendees", "took part", "take part",
                     "taking part", "attended", "marched", "protested", "demonstrated", "turnout"),
    "dead": ("tote", "toten", "todesopfer*", "*tote", "*toten", "ums leben", "leben gekommen", "starben", "stirbt",
             "gestorben", "getötet*", "umgekommen", "erschlagen", "menschenleben", "dead", "deaths", "death",
             "killed", "died", "fatalities", "death toll", "lost their lives"),
    "injured": ("verletzte*", "verletzt", "*verletzte*", "schwerverletzt*", "injured", "wounded", "injuries",
                "hurt"),
    "missing": ("vermisst*", "vermisste*", "missing"),
    "evacuated": ("evakuiert*", "evacuated", "evacuation*"),
    "arrested": ("festgenommen", "festnahme*", "verhaftet*", "arrested", "arrests", "detained"),
    "police_officers": ("polizisten", "polizistinnen", "beamte", "beamten", "polizeibeamte*", "police officers",
                        "officers"),
    # "Einsatzkräfte" are whoever a service sends (firefighters, paramedics, police): "Die Feuerwehr war mit 85
    # Einsatzkräften vor Ort" counts firefighters, not police officers
    "responders": ("einsatzkräfte*", "*einsatzkräfte*", "rettungskräfte*", "feuerwehrleute", "feuerwehrmänner",
                   "firefighters", "rescuers", "rescue workers", "emergency workers"),
    "operations": ("einsätze*", "*einsätze*", "*einsätzen", "calls", "call-outs", "callouts"),
    "price": ("ablöse*", "*ablöse*", "transfersumme*", "transferentschädigung*", "sockelbetrag*", "fixe summe",
              "feste summe", "kaufpreis*", "preis", "kosten", "gekostet", "kostete*", "fee", "fees", "transfer fee",
              "transfer compensation", "initial", "price", "cost", "costs", "paid"),
    "bonus": ("boni", "*boni", "bonus*", "*bonus*", "prämie*", "*prämie*", "variable*", "optionale*",
              "erfolgsabhängig*", "add-ons", "add-on", "addons", "bonuses", "performance-related",
              "variable transfer compensation", "variable compensation", "variable transfer fee", "variable fee"),
    "release_clause": ("ausstiegsklausel*", "*klausel*", "release clause", "buyout clause", "buy-out clause"),
    "salary": ("gehalt*", "jahresgehalt*", "lohn", "löhne", "löhnen", "*lohn", "*löhne", "*löhnen", "lohnerhöhung*",
               "gehaltserhöhung*", "mehr geld", "salary", "salaries", "wage", "wages", "pay rise", "pay raise",
               "pay increase", "pay hike", "wage increase", "wage rise"),
    "damage": ("schaden", "schäden", "*schaden", "*schäden", "damage", "damages"),
    "wind_speed": ("windgeschwindigkeit*", "*geschwindigkeit*", "böen", "*böen", "gusts", "wind speed*"),
    "passengers": ("reisende*", "passagier*", "fahrgäste*", "fluggäste*", "pendler*", "passengers", "travellers",
                   "travelers", "commuters"),
    "buses": ("busse", "bussen", "sonderbusse*", "*busse", "buses", "coaches"),
    "trains": ("züge", "zügen", "sonderzüge*", "*züge", "trains", "special trains"),
    "goals": ("tore", "toren", "treffer", "goals"),
    "assists": ("vorlagen", "torvorlagen", "assists"),
    "games": ("pflichtspiele*", "länderspiele*", "spiele", "spielen", "games", "matches", "appearances", "caps"),
    "age": ("jahre alt*", "jährige*", "-jährige*", "year-old", "years old", "aged", "years of age"),
    "workers": ("arbeiter", "gastarbeiter*", "arbeitskräfte*", "mitarbeiter*", "beschäftigte*", "arbeitsplätze*",
                "stellen", "workers", "labourers", "laborers", "employees", "staff", "jobs"),
    "residents": ("einwohner*", "bewohner*", "residents", "inhabitants", "population"),
    "households": ("haushalte*", "households", "ohne strom", "without power"),
    "flights": ("flüge*", "*flüge", "*flügen", "flugbewegung*", "starts und landungen", "flights",
                "take-offs and landings", "takeoffs and landings"),
    "talks": ("gespräch*", "unterredung*", "talks", "talk", "conversation"),
    "meeting": ("treffen", "trafen", "getroffen", "trifft", "zusammenkunft", "begegnung", "meeting", "meetings",
                "met", "meet", "encounter"),
    "summit": ("gipfel", "gipfeltreffen", "summit", "summits"),
    "negotiations": ("verhandlung*", "negotiation", "negotiations"),
    "visit": ("besuch", "besuchs", "staatsbesuch*", "visit", "visits", "trip", "reise"),
    "journey": ("fahrt", "zugfahrt", "anreise", "journey", "ride"),
    "flight": ("flug", "flight"),
    "speech": ("rede", "ansprache", "speech", "address"),
    "soldiers": ("soldaten", "soldiers", "troops", "truppen"),
    "distance": ("entfernung", "distanz", "distance"),
    "sanctions": ("sanktionen", "sanctions"),
    "delegation": ("delegation*", "delegations"),
    "contract": ("vertrag", "vertrags", "vertrages", "*vertrag", "*vertrags", "contract", "*-year deal", "*-year-deal"),
    "prison_term": ("haft", "haftstrafe*", "*haftstrafe*", "freiheitsstrafe*", "gefängnis", "gefängnisstrafe*",
                    "ins gefängnis", "prison", "jail", "in prison", "prison term", "prison sentence", "jail term",
                    "behind bars"),
    "people": ("menschen", "personen", "leute", "people", "persons"),
}
"""Concept -> the words that name it, German and English."""

GENERIC: frozenset[str] = frozenset({"people"})

FOR_TYPE: dict[str, frozenset[str]] = {
    "money": frozenset({"price", "bonus", "salary", "damage", "release_clause", "contract"}),
    "duration": frozenset({"talks", "meeting", "summit", "negotiations", "visit", "journey", "flight", "speech",
                           "contract", "age", "operations", "prison_term"}),
    "place": frozenset({"meeting", "summit", "talks", "negotiations", "visit", "speech"}),
}
"""The concepts a value of a type can measure (an amount of money is no count of games); types not listed
take any concept."""

ONLY_FOR: dict[str, frozenset[str]] = {
    "prison_term": frozenset({"duration"}),
}
"""Concepts only a value of these types measures: "16 Menschen … in einem Gefängnis getötet" counts the dead,
not a prison term."""

SOURCES: dict[str, tuple[str, ...]] = {
    "police": ("polizei*", "*polizei*", "police*", "polizeisprecher*", "polizeiangaben"),
    "organisers": ("veranstalter*", "organisator*", "organiser*", "organizer*", "trägerkreis*"),
    "fire_brigade": ("feuerwehr*", "*feuerwehr*", "fire brigade", "fire department", "firefighters"),
    "weather_service": ("dwd", "wetterdienst*", "*wetterdienst*", "weather service", "meteorolog*"),
    "rail": ("deutsche bahn", "bahn-sprecher*", "bahnsprecher*", "railway*", "rail operator"),
    "unions": ("gewerkschaft*", "union", "unions", "trade union*"),
    "health_authorities": ("gesundheitsamt*", "gesundheitsbehörde*", "health ministry", "health authorities",
                           "krankenhaus*", "hospital*"),
    "military": ("armee", "militär*", "army", "military"),
    "interior_ministry": ("innenministerium*", "interior ministry"),
    # a trial's sides: what the prosecution demands and what the defence asks for are not the court's verdict
    "court": ("gericht", "gerichts", "landgericht*", "amtsgericht*", "oberlandesgericht*", "*gericht", "*gerichts",
              "richter", "richterin", "court", "judge"),
    "prosecution": ("staatsanwaltschaft*", "staatsanwalt", "staatsanwältin", "oberstaatsanwalt*", "anklage",
                    "anklagebehörde", "prosecutor*", "prosecution"),
    "defence": ("verteidigung", "verteidiger*", "defence", "defense"),
}
"""Institutions whose figures are estimates of their own (police vs organisers count a crowd differently): a
figure from one is a different fact from the other's. News media and agencies are reporters, not sources here."""

ATTRIBUTION: tuple[str, ...] = (
    "laut", "zufolge", "nach angaben", "nach schätzung*", "schätzung*", "sprach", "sprachen", "spricht",
    "sprechen", "schätz*", "zählte*", "gab an", "gaben an", "meldete*", "berichtete*", "mitteilte*",
    "teilte mit", "teilten mit", "bestätigte*", "offizielle zahl", "angaben", "according to", "said", "says",
    "say", "estimate*", "counted", "put the figure", "put the number", "reported", "official figure*",
)
"""Words that make a source named in the same sentence the source of a figure."""

EXPECTATION: tuple[str, ...] = (
    "erwart*", "hofft*", "hofften", "erhofft*", "angemeldet*", "anmeldung", "geplant*", "prognos*",
    "vorhergesagt*", "im vorfeld", "expected", "expects", "hoped", "hopes", "anticipated", "planned",
    "registered", "forecast*", "predicted",
)
"""Words that make a figure a forecast, hope or registration rather than a count of what happened."""

DEMAND: tuple[str, ...] = (
    # what a side asks for is not what happened or was decided (Duden: "fordern", "verlangen", "beantragen";
    # Cambridge Dictionary: "demand", "seek", "call for"): the prosecution's five and a half years are not the
    # verdict's four, a union's 12.5 percent no pay rise yet
    "fordert", "fordern", "forderte", "forderten", "gefordert", "forderung*", "verlangt", "verlangen", "verlangte",
    "verlangten", "beantragt", "beantragte", "beantragten", "demanded", "demanding", "sought", "seeks", "seeking",
    "called for", "calls for", "calling for",
)
"""Words that make a figure a demand. Not for a toll: "das Unwetter forderte sieben Tote" claimed lives
(``DEMAND_NEVER``). Not "demand(s)": in business news the noun is what buyers want ("oil demand fell 3%")."""

DEMAND_NEVER: frozenset[str] = frozenset({"dead", "injured", "missing"})
"""Concepts a demand word does not make a demand: a storm "fordert" its victims."""

PAST: tuple[str, ...] = (
    # adverbs that put a figure at an earlier time than the story's (Duden: "damals", "seinerzeit", "einst";
    # Cambridge Dictionary: "back then", "at the time"); relative dates ("vor einem Jahr", "last summer") are
    # found by the date parser instead
    "damals", "seinerzeit", "einst", "back then", "at the time",
)
"""Words that make a figure part of the story's past ("Für 15 Millionen kam er damals zum Revierklub"), not a
figure of its event."""


SCOPES: dict[str, tuple[str, ...]] = {
    "all_competitions": ("in all competitions", "across all competitions", "in allen wettbewerben",
                         "wettbewerbsübergreifend", "in allen pflichtspielen", "in all games"),
}
"""Words that restrict what a figure counts the way a place does ("10 goals in all competitions" is not "six
goals in the Bundesliga"): a mention carries the scope key, and figures of different scopes are different
facts."""

ADDITION: tuple[str, ...] = ("plus", "zuzüglich", "zzgl", "as well as", "on top of", "obendrauf")
"""Words that add a second amount to a figure ("€105 million plus add-ons", "105 Millionen zuzüglich Boni"): a
concept named after them is what the added amount measures, not the figure before them."""


def _entry_pattern(entry: str) -> str:
    """Regex for one word-list entry (see the module docstring)."""
    words = entry.split(" ")
    parts = []
    for k, word in enumerate(words):
        last = k == len(words) - 1
        if word.startswith("*") and word.endswith("*") and len(word) > 2:
            parts.append(r"\w[\w-]+" + re.escape(word[1:-1]) + r"\w*")
        elif word.startswith("*"):
            parts.append(r"\w[\w-]+" + re.escape(word[1:]))
        elif word.endswith("*") and last:
            parts.append(re.escape(word[:-1]) + r"[\w-]*")
        else:
            parts.append(re.escape(word.rstrip("*")))
    return r"\s+".join(parts)


@lru_cache(maxsize=8)
def _table_regex(name: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One alternation with a named group per concept of a table (compiled once)."""
    table = {"measures": MEASURES, "sources": SOURCES, "scopes": SCOPES}[name]
    concepts = tuple(table)
    alternatives = []
    for n, concept in enumerate(concepts):
        entries = sorted(table[concept], key=len, reverse=True)
        alternatives.append(f"(?P<c{n}>" + "|".join(_entry_pattern(e) for e in entries) + ")")
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE), concepts


@lru_cache(maxsize=4)
def _list_regex(name: str) -> re.Pattern[str]:
    entries = {"attribution": ATTRIBUTION, "expectation": EXPECTATION, "addition": ADDITION, "past": PAST,
               "demand": DEMAND}[name]
    alternation = "|".join(_entry_pattern(e) for e in sorted(entries, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=512)
def find_concepts(text: str, table: str = "measures") -> tuple[tuple[int, int, str], ...]:
    """(start, end, concept) for every word or phrase of ``text`` that names a concept of the table
    ("measures", "sources" or "scopes"). Cached: a sentence with several figures is read once."""
    regex, concepts = _table_regex(table)
    # each alternative is one named group around the whole entry, so the last group closed is the concept's
    return tuple((m.start(), m.end(), concepts[int(m.lastgroup[1:])]) for m in regex.finditer(text)
                 if m.lastgroup)


def has_attribution(text: str) -> bool:
    """Whether ``text`` holds a word that attributes a figure ("laut", "sprach von", "said", "estimated")."""
    return _list_regex("attribution").search(text) is not None


def has_addition(text: str) -> bool:
    """Whether ``text`` (what stands between a figure and a concept word) adds another amount ("plus")."""
    return _list_regex("addition").search(text) is not None


def is_demand(text: str, measures: str | None = None) -> bool:
    """Whether ``text`` makes a figure that measures ``measures`` a demand ("hatte fünf Jahre gefordert",
    "is demanding a 12.5% pay rise"), not a count or a decision."""
    return measures not in DEMAND_NEVER and _list_regex("demand").search(text) is not None


def is_past(text: str) -> bool:
    """Whether ``text`` puts a figure at an earlier time than its story ("damals", "back then")."""
    return _list_regex("past").search(text) is not None


DETERMINERS: frozenset[str] = frozenset({
    # definite and indefinite articles and demonstratives (Duden, Die Grammatik: Artikelwörter; Quirk et al.:
    # central determiners): a cue after one is an attributive adjective ("das geplante Abkommen", "the planned
    # Transatlantic Trade and Investment Partnership") that describes the noun after it, not a figure elsewhere
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "eines", "dieser",
    "diese", "dieses", "diesem", "diesen", "the", "a", "an", "this", "these", "that", "those",
})
_LAST_WORD = re.compile(r"(\w+)\W*$")
_NOUN_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")


def is_expectation(text: str, figure: tuple[int, int] | None = None) -> bool:
    """Whether ``text`` makes a figure a forecast, hope or registration ("erwartet", "angemeldet", "expected").
    With ``figure`` (its offsets in ``text``), a cue used as an attributive adjective counts only for the figure
    it stands before ("die erwarteten 100.000 Teilnehmer", not "the planned TTIP")."""
    for match in _list_regex("expectation").finditer(text):
        before = _LAST_WORD.search(text[:match.start()])
        if figure is None or before is None:
            return True
        if before.group(1).isdigit() and _NOUN_NEXT.match(text, match.end()):
            # "340 von 370 geplanten Flügen": the 370 were planned, not the 340 ("2020 erwarten die Ökonomen"
            # is a verb, for every figure)
            if 0 <= match.start() - figure[1] <= 2:
                return True
            continue
        if before.group(1).lower() not in DETERMINERS:
            return True
        if 0 <= figure[0] - match.end() <= 2:
            return True
    return False
