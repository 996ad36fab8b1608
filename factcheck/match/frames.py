"""Service frames: what a statement says was stopped or disrupted ("Flüge fielen aus", "der Flugverkehr musste
eingestellt werden", "Bei mehreren Flughäfen war der Betrieb beeinträchtigt", "rail and air services were
disrupted").

Storms, strikes, floods and accidents are reported through what stopped working, and outlets word it so
differently that sentence embeddings miss it (the three German sentences above score 0.10-0.47 against each
other). A frame is (service, "disrupted"): a service word (a German compound counts by its first part or its
head: "Flugverkehr", "ICE-Züge", "Straßenbahnen") and a disruption word in one segment of the sentence. Two claims
of one story that share a frame are candidates for one group; grouping still requires the same event, compatible
places and alike articles.

The word lists follow the lexical units of FrameNet's "Being_in_operation", "Change_operational_state",
"Cause_to_end" and "Hindering" frames (framenet.icsi.berkeley.edu) for English, and their German counterparts in
the Duden (Synonymwörterbuch: einstellen, ausfallen, lahmlegen, sperren, beeinträchtigen).
"""

from __future__ import annotations

import re
from functools import lru_cache

SERVICES: dict[str, dict[str, tuple[str, ...]]] = {
    # "de_word": German words, whole; "de_first": the first part of a German word or compound ("Flugverkehr",
    # "Flughäfen"); "de_head": the head of a German compound ("ICE-Züge", "Straßenbahnen", "Linienflüge"), or the
    # word itself; "en": English words, whole; "en_phrase": English phrases ("air services", not "air strikes").
    "air": {
        "de_word": ("flüge", "flügen"),
        "de_first": ("flug", "luftverkehr", "luftraum"),
        "de_head": ("flüge", "flügen", "flughafen", "flughäfen", "flugverkehr"),
        "en": ("flight", "flights", "airport", "airports", "airline", "airlines", "aviation", "airspace"),
        "en_phrase": ("air traffic", "air travel", "air service", "air services", "air transport"),
    },
    "rail": {
        "de_word": ("bahn", "bahnen"),
        "de_first": ("zugverkehr", "bahnverkehr", "fernverkehr", "bahnstrecke", "bahnhof", "bahnhöfe"),
        "de_head": ("zug", "züge", "zügen", "s-bahn", "s-bahnen", "eisenbahn", "regionalbahn", "stadtbahn",
                    "bahnverkehr", "zugverkehr", "fernverkehr"),
        "en": ("train", "trains", "rail", "railway", "railways", "railroad"),
    },
    "local_transport": {
        "de_word": ("bus",),
        "de_first": ("nahverkehr", "busverkehr", "straßenbahn"),
        "de_head": ("busse", "bussen", "u-bahn", "u-bahnen", "nahverkehr", "straßenbahn", "straßenbahnen", "tram",
                    "trams"),
        "en": ("bus", "buses", "busses", "tram", "trams", "subway", "metro", "underground", "transit"),
    },
    "road": {
        "de_word": (),
        "de_first": ("autobahn", "straßenverkehr", "bundesstraße"),
        "de_head": ("straße", "straßen", "autobahn", "autobahnen"),
        "en": ("road", "roads", "motorway", "motorways", "highway", "highways", "interstate"),
    },
    "ferry": {
        "de_word": (),
        "de_first": ("fähr", "schiffsverkehr"),
        "de_head": ("fähre", "fähren", "schiffsverkehr"),
        "en": ("ferry", "ferries"),
    },
    "power": {
        "de_word": ("strom",),
        "de_first": ("strom",),
        "de_head": ("stromversorgung",),
        "en": ("electricity",),
    },
    "school": {
        "de_word": ("unterricht",),
        "de_first": ("unterricht",),
        "de_head": ("schule", "schulen", "kita", "kitas"),
        "en": ("school", "schools"),
    },
}
"""Services whose stopping is news, with the words that name them."""

NOT_COMPOUND_FIRST: tuple[str, ...] = (
    # verb particles and prefixes: a noun they form with a head is no compound of that head ("Aufzug", "Umzüge",
    # "Abzug", "Einzug" are no trains; Duden, Die Grammatik: particle verbs and their nouns)
    "ab", "an", "auf", "aus", "be", "durch", "ein", "ent", "nach", "rück", "über", "um", "vor", "zu",
)

DISRUPTED: tuple[str, ...] = (
    # German participles and finite forms (a separable verb's particle is matched by _PARTICLE_VERBS)
    "eingestellt", "einstellen", "ausgefallen", "ausfallen", "gestrichen", "annulliert", "abgesagt",
    "beeinträchtigt", "lahmgelegt", "lahm", "stillgelegt", "gesperrt", "unterbrochen", "gestoppt", "geschlossen",
    "eingeschränkt", "behindert", "ruhte", "ruhten",
    # English
    "cancel", "cancels", "cancelled", "canceled", "cancellation", "cancellations", "suspended", "suspend",
    "suspension", "halted", "halt", "disrupted", "disruption", "disruptions", "grounded", "closed", "closure",
    "closures", "shut", "shutdown", "stopped", "standstill", "blocked", "paralysed", "paralyzed", "interrupted",
    "delayed", "delays",
)
"""Words that say a service stopped or was disrupted."""

DISRUPTED_NOUNS: tuple[str, ...] = (
    # German nouns of disruption, alone or as a compound's head ("Zugausfälle", "Stromausfall", "Vollsperrung")
    "ausfall", "ausfälle", "ausfällen", "stillstand", "sperrung", "sperrungen", "unterbrechung",
    "unterbrechungen", "beeinträchtigung", "beeinträchtigungen", "einschränkung", "einschränkungen",
    "behinderung", "behinderungen",
)

_PARTICLE_VERBS = re.compile(
    # German separable verbs whose particle closes the clause: "Flüge fielen aus", "stellte den Betrieb ein",
    # "legte den Verkehr lahm", "standen still"
    r"\b(?:fiel|fielen|fällt|fallen|stellte|stellten|stellt|legte|legten|legt|stand|standen|steht|stehen)\b"
    r"[^,;.]*\b(?:aus|ein|lahm|still)\b", re.I)
_NOT_RUNNING = re.compile(
    # a service that did not run: "S-Bahnen und Busse fuhren nicht mehr", "keine Züge fuhren", "no trains ran"
    r"\b(?:fuhr|fuhren|fährt|fahren|verkehrte|verkehrten|verkehren|flog|flogen|fliegen|ran|run|running|"
    r"operated|operating|flew|flying)\b[^,;.]*\b(?:nicht|kein|keine|keinen|not|no)\b|"
    r"\b(?:nicht|kein|keine|keinen|not|no)\b[^,;.]*\b(?:fuhr|fuhren|fährt|fahren|verkehrte|verkehrten|verkehren|"
    r"flog|flogen|fliegen|ran|run|running|operated|operating|flew|flying)\b", re.I)

LIST_ITEM_WORDS = 3
"""A comma-separated segment this short is an item of a list whose predicate follows ("ICE-Züge, S-Bahnen,
U-Bahnen, Busse und Straßenbahnen kamen zum Stillstand")."""

_SEGMENT = re.compile(r"[,;:–—()]|\s-\s")
_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
_DISRUPTED = frozenset(DISRUPTED)
_DISRUPTION_END = re.compile("(?:" + "|".join(map(re.escape, DISRUPTED_NOUNS)) + ")$")


_WHOLE_WORDS = frozenset(w for named in SERVICES.values() for w in (*named["de_word"], *named["en"]))
_MAYBE_SERVICE = re.compile(
    "^(?:" + "|".join(re.escape(p) for named in SERVICES.values() for p in named["de_first"]) + ")|(?:"
    + "|".join(re.escape(h) for h in (*(h for named in SERVICES.values() for h in named["de_head"]),
                                       *DISRUPTED_NOUNS)) + ")$")


@lru_cache(maxsize=1 << 16)
def _service_of(word: str) -> frozenset[str]:
    """The services a word names; a compound of a disruption noun names its first part's ("Zugausfälle"), a
    hyphenated compound each part's ("S-Bahn-Verkehr"). Cached: a story repeats its words."""
    if "-" not in word and word not in _WHOLE_WORDS and not _MAYBE_SERVICE.search(word):
        return frozenset()  # most words: no service's word, prefix or head, nor a disruption noun's compound
    found: set[str] = set()
    if "-" in word.strip("-"):
        for part in word.split("-"):
            found |= _service_of(part) if len(part) >= 3 else set()
    for noun in DISRUPTED_NOUNS:
        if word.endswith(noun) and len(word) > len(noun):
            first = word[: len(word) - len(noun)].rstrip("-")
            found |= _service_of(first) if first not in NOT_COMPOUND_FIRST else set()
    for service, words in SERVICES.items():
        if word in words["en"] or word in words["de_word"] or any(word.startswith(p) for p in words["de_first"]) \
                or any(_compound_head(word, h) for h in words["de_head"]):
            found.add(service)
    return frozenset(found)


_PHRASES = {service: re.compile(r"\b(?:" + "|".join(re.escape(p) for p in named["en_phrase"]) + r")\b")
            for service, named in SERVICES.items() if named.get("en_phrase")}


def _services_phrased(words: str) -> set[str]:
    """The services a segment names in an English phrase of several words (its words joined by spaces)."""
    return {service for service, phrase in _PHRASES.items() if phrase.search(words)}


def _compound_head(word: str, head: str) -> bool:
    """Whether ``word`` is ``head`` or a compound ending in it ("ICE-Züge", "Linienflüge"; not "Aufzug")."""
    if not word.endswith(head):
        return False
    first = word[: len(word) - len(head)]
    return not first or first.endswith("-") or len(first) >= 3 and first not in NOT_COMPOUND_FIRST


@lru_cache(maxsize=1 << 16)
def _disruption_word(word: str) -> bool:
    return word in _DISRUPTED or bool(_DISRUPTION_END.search(word)) \
        and any(_compound_head(word, n) for n in DISRUPTED_NOUNS)


def _says_disrupted(words: list[str], segment: str) -> bool:
    return any(_disruption_word(w) for w in words) or bool(_PARTICLE_VERBS.search(segment)) \
        or bool(_NOT_RUNNING.search(segment))


def frames(text: str) -> frozenset[tuple[str, str]]:
    """The service frames of a statement: (service, "disrupted") for each service named in a segment that says
    it stopped or was disrupted; a short list item takes the predicate of the segment after it."""
    found: set[tuple[str, str]] = set()
    pending: set[str] = set()
    for segment in _SEGMENT.split(text):
        words = [w.lower() for w in _WORD.findall(segment)]
        services = set().union(*(_service_of(w) for w in words)) if words else set()
        services |= _services_phrased(" ".join(words))
        if not services and not pending:
            continue  # names no service, and no list item waits for a predicate
        if _says_disrupted(words, segment):
            found.update((s, "disrupted") for s in services | pending)
            pending = set()
        elif services and len(words) <= LIST_ITEM_WORDS:
            pending |= services
        else:
            pending = set()
    return frozenset(found)
