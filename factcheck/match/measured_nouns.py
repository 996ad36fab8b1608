"""Nouns that name what a value measures, in German and English, mapped to one concept per thing.

A value anchor pairs statements that measure the same thing; this list lets a German and an English statement
meet ("die Gespräche dauerten vier Stunden" / "the talks lasted about two hours"). Keys are the first six
letters of the lower-cased word, the stem length the anchors use.
"""

from __future__ import annotations

CONCEPTS: dict[str, tuple[str, ...]] = {
    "talks": ("gespräch", "gespräche", "gesprächen", "unterredung", "talks", "talk", "conversation"),
    "meeting": ("treffen", "zusammenkunft", "begegnung", "meeting", "meetings", "encounter"),
    "summit": ("gipfel", "gipfeltreffen", "summit", "summits"),
    "negotiations": ("verhandlung", "verhandlungen", "negotiation", "negotiations"),
    "visit": ("besuch", "besuchs", "staatsbesuch", "visit", "visits", "trip", "reise"),
    "journey": ("fahrt", "zugfahrt", "anreise", "journey", "ride"),
    "flight": ("flug", "flight", "flights"),
    "speech": ("rede", "ansprache", "speech", "address"),
    "workers": ("arbeiter", "gastarbeiter", "arbeitskräfte", "workers", "labourers", "laborers"),
    "soldiers": ("soldaten", "soldiers", "troops", "truppen"),
    "people": ("menschen", "personen", "people", "persons"),
    "dead": ("tote", "toten", "todesopfer", "dead", "deaths", "killed"),
    "injured": ("verletzte", "verletzten", "injured", "wounded"),
    "distance": ("entfernung", "distanz", "distance"),
    "sanctions": ("sanktionen", "sanctions"),
    "delegation": ("delegation", "delegationen", "delegations"),
}

STEM = 6


def _stem_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for concept, words in CONCEPTS.items():
        for word in words:
            table.setdefault(word.lower()[:STEM], concept)
    return table


STEM_TO_CONCEPT: dict[str, str] = _stem_table()
"""Six-letter stem of a German or English word -> the concept it names."""
