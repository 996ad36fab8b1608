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

Aspect frames do the same for what every report of a gathering (a demonstration, a strike, a rally, a match)
tells in its own words: how the participants came ("fünf Sonderzüge sowie mehr als 600 Busse brachten
Teilnehmer", "per Zug oder in Sonderbussen angereist", "Trains and buses brought people"), how it went
("friedlich", "No incidents of violence were reported"), who organised it ("Ein Bündnis zahlreicher Organisationen
hatte aufgerufen", "organised by environmental groups", "were behind the protest") and how large it was for its
kind ("die bisher größte Demonstration", "Germany's biggest rally yet"). A frame is (aspect, "told").

Casualty frames do it for a death told of a victim the outlets describe but do not name: "In der Nähe von
Schwerin wurde ein Lastwagenfahrer erschlagen", "A man died in his lorry", "the death of a truck driver". A frame
is ("casualty:<victim>", "died") for each description (a driver, a lorry, a woman).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

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
    "eingeschränkt", "behindert", "ruhte", "ruhten", "erliegen",
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


PARTICIPANTS: tuple[str, ...] = (
    # who takes part in a gathering (FrameNet "Social_event" and "Participation": attendee, participant; Duden:
    # Teilnehmer, Demonstrant), whole words
    "teilnehmer", "teilnehmerinnen", "demonstranten", "demonstrantinnen", "protestierende", "protestierenden",
    "menschen", "leute", "fans", "besucher", "besucherinnen", "anhänger", "gäste", "people", "protesters",
    "protestors", "demonstrators", "participants", "marchers", "visitors", "supporters", "spectators",
)


class AspectCues(NamedTuple):
    """Words that tell an aspect of a gathering (several entries may tell one aspect)."""

    aspect: str
    de_stem: tuple[str, ...] = ()
    """German words by their beginning ("friedlich" for "friedlichen")."""
    de_word: tuple[str, ...] = ()
    """German words, whole."""
    en: tuple[str, ...] = ()
    """English words, whole."""
    phrase: tuple[str, ...] = ()
    """Several words, either language."""
    with_services: tuple[str, ...] = ()
    """One of these services (SERVICES) must be named in the same segment, which must not say it was stopped."""
    with_words: tuple[str, ...] = ()
    """One of these words (whole, either language) must be in the same segment."""


ASPECTS: dict[str, AspectCues] = {
    "travel": AspectCues(
        # FrameNet "Arriving" and "Travel"; Duden: anreisen. The means of transport is a service ("Sonderzüge",
        # "Busse", "trains"): "per Zug oder in Sonderbussen angereist".
        aspect="arrival",
        de_stem=("angereist", "anreisten", "anreiste"),
        de_word=("reisten", "reiste", "kamen"),
        en=("travelled", "traveled", "travelling", "traveling", "arrived", "arriving", "came"),
        with_services=("rail", "local_transport", "air", "ferry"),
    ),
    "brought": AspectCues(
        # FrameNet "Bringing" and "Cause_motion" (shuttle, ferry); Duden: bringen, befördern: a service brought
        # the participants ("600 Busse brachten Teilnehmer", "buses shuttled protesters")
        aspect="arrival",
        de_stem=("gebracht", "brachte", "transportiert", "befördert", "beförderte"),
        en=("brought", "bring", "bringing", "shuttled", "shuttling", "ferried", "transported", "bussed", "bused"),
        with_services=("rail", "local_transport", "air", "ferry"),
        with_words=PARTICIPANTS,
    ),
    "conduct": AspectCues(
        # Duden: friedlich, gewaltfrei, ohne Zwischenfälle; Ausschreitung, Krawall; FrameNet "Hostile_encounter"
        # (clash) and "Violence" (violence, violent, riot) for the reports that it was not peaceful
        aspect="conduct",
        de_stem=("friedlich", "gewaltfrei", "ausschreitung", "krawall", "randal"),
        en=("peaceful", "peacefully", "nonviolent", "non-violent", "clashes", "clashed", "riots", "rioting",
           "violent", "violence"),
        phrase=("ohne zwischenfälle", "keine zwischenfälle", "ohne größere zwischenfälle", "no incidents",
               "without incident", "without incidents", "without major incidents"),
    ),
    "organisers": AspectCues(
        # FrameNet "Making_arrangements" (organise) and "Request" (call on, call for); Duden: aufrufen. Verbs
        # only: "Bündnis", "alliance" and "coalition" are governments as often as organisers.
        aspect="organisers",
        de_stem=("aufgerufen", "aufrufen", "aufrief", "organisiert", "veranstaltet"),
        en=("organised", "organized", "co-organised", "co-organized"),
        phrase=("behind the protest", "behind the protests", "behind the demonstration", "behind the march",
                "behind the rally", "behind the strike", "called for by"),
    ),
    "scale": AspectCues(
        # superlatives of size next to what was held: "die bisher größte Demonstration", "biggest rally yet"
        aspect="scale",
        de_stem=("größte",),
        en=("biggest", "largest"),
        with_words=("demonstration", "demonstrationen", "demo", "demos", "protest", "proteste", "protestzug",
                    "kundgebung", "kundgebungen", "streik", "protests", "rally", "rallies", "march", "strike",
                    "walkout"),
    ),
}
"""Aspects of a gathering that outlets tell in their own words, with the words that tell them."""

_ASPECT_PHRASES = {entry: re.compile(r"\b(?:" + "|".join(re.escape(p) for p in cues.phrase) + r")\b")
                   for entry, cues in ASPECTS.items() if cues.phrase}
_MAYBE_ASPECT = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for cues in ASPECTS.values()
                        for w in (*cues.de_stem, *cues.de_word, *cues.en, *cues.phrase)) + r")",
    re.I)


@lru_cache(maxsize=1 << 16)
def _aspects_of(word: str) -> frozenset[str]:
    """The entries of ASPECTS whose words hold this (lowercase) word."""
    return frozenset(entry for entry, cues in ASPECTS.items()
                     if word in cues.en or word in cues.de_word or any(word.startswith(stem) for stem in cues.de_stem))


def aspects(text: str) -> frozenset[tuple[str, str]]:
    """The aspect frames of a statement: (aspect, "told") for each aspect a segment tells (with the service or
    word it needs in that segment, and, for the arrival, no disruption: "brachte den Zugverkehr zum Stillstand"
    is no arrival)."""
    if not _MAYBE_ASPECT.search(text):
        return frozenset()
    found: set[tuple[str, str]] = set()
    for segment in _SEGMENT.split(text):
        words = [w.lower() for w in _WORD.findall(segment)]
        present = set(words)
        joined = " ".join(words)
        told = set().union(*(_aspects_of(w) for w in words)) if words else set()
        told |= {aspect for aspect, phrase in _ASPECT_PHRASES.items() if phrase.search(joined)}
        services: set[str] | None = None  # the segment's services, read once if an entry needs them
        for entry in told:
            cues = ASPECTS[entry]
            if cues.with_words and present.isdisjoint(cues.with_words):
                continue
            if cues.with_services:
                if services is None:
                    services = set().union(*(_service_of(w) for w in words)) | _services_phrased(joined)
                if not services & set(cues.with_services) or _says_disrupted(words, segment):
                    continue
            found.add((cues.aspect, "told"))
    return frozenset(found)


DEATH_STEMS: tuple[str, ...] = (
    # German words by their beginning; FrameNet "Death" and "Killing", Duden: sterben, töten, erschlagen
    "getötet", "tötete", "erschlag", "erschlug", "gestorben", "starb", "tödlich", "todesopfer",
)
DEATH_WORDS: tuple[str, ...] = (
    # whole words, either language (FrameNet "Death": die, perish, death, dead, fatal; "Killing": kill)
    "tot", "tote", "toten", "killed", "died", "dies", "dead", "death", "deaths", "fatal", "fatally",
)
_DEATH_PHRASE = re.compile(r"\bums leben\b|\blost (?:his|her|their) li(?:fe|ves)\b")

VICTIMS: dict[str, dict[str, tuple[str, ...]]] = {
    # How outlets describe a victim they do not name: the person ("Beifahrerin", "truck driver") or the vehicle
    # they died in ("in einem Wagen", "in his lorry"). "de": German words, whole or, five letters or more, as a
    # compound's head ("Lastwagenfahrer"); "en": English words, whole. Duden; FrameNet "People",
    # "People_by_vocation" and "Vehicle".
    "woman": {"de": ("frau", "frauen", "fahrerin", "beifahrerin", "rentnerin", "seniorin"),
              "en": ("woman", "women")},
    "man": {"de": ("mann", "männer", "rentner", "senior", "beifahrer"), "en": ("man", "men")},
    "driver": {"de": ("fahrer", "autofahrer"), "en": ("driver", "drivers", "motorist", "trucker")},
    "child": {"de": ("kind", "kinder", "mädchen", "junge", "jungen"),
              "en": ("child", "children", "girl", "boy")},
    "cyclist": {"de": ("radfahrer", "radfahrerin"), "en": ("cyclist",)},
    "pedestrian": {"de": ("fußgänger", "fußgängerin", "passant", "passantin"), "en": ("pedestrian", "passer-by")},
    "firefighter": {"de": ("feuerwehrmann", "feuerwehrleute", "feuerwehrfrau"), "en": ("firefighter", "firefighters")},
    "worker": {"de": ("arbeiter", "bauarbeiter"), "en": ("worker", "workers")},
    "lorry": {"de": ("lastwagen", "lkw", "laster"), "en": ("lorry", "lorries", "truck", "trucks")},
    "car": {"de": ("auto", "autos", "pkw", "wagen"), "en": ("car", "cars")},
}
"""Victims by the words that describe them."""

FEMALE: frozenset[str] = frozenset({
    # words of VICTIMS that describe a woman or girl (German feminine person nouns, English woman, girl)
    "frau", "frauen", "fahrerin", "beifahrerin", "rentnerin", "seniorin", "mädchen", "radfahrerin", "fußgängerin",
    "passantin", "feuerwehrfrau", "woman", "women", "girl"})
MALE: frozenset[str] = frozenset({
    # words of VICTIMS that describe a man or boy (German masculine person nouns, English man, boy)
    "mann", "männer", "rentner", "senior", "beifahrer", "fahrer", "autofahrer", "junge", "jungen", "radfahrer",
    "fußgänger", "passant", "feuerwehrmann", "arbeiter", "bauarbeiter", "man", "men", "boy"})
"""Two statements that describe their victims as a woman and as a man tell two deaths, whatever they share."""

VEHICLES: frozenset[str] = frozenset({"lorry", "car"})
"""Entries of VICTIMS that are vehicles: a compound of one and a person names both ("Lkw-Fahrer")."""

COMPOUND_HEAD_MIN = 5
"""A German victim word this long or longer also counts as a compound's head ("Lastwagenfahrer"; not "mann" in
"Hermann" or "auto" in "Autor")."""

_WHOLE_VICTIMS = {w: victim for victim, words in VICTIMS.items() for w in (*words["de"], *words["en"])}
_VICTIM_HEAD = re.compile("(?:" + "|".join(sorted((re.escape(w) for words in VICTIMS.values() for w in words["de"]
                                                   if len(w) >= COMPOUND_HEAD_MIN), key=len, reverse=True)) + ")$")


def _victim_compound(word: str) -> tuple[str, str] | None:
    """(first part, head) of a (lowercase) German compound whose head is a victim word, the longest such
    ("Lastwagenfahrer": "lastwagen", "fahrer"); None for any other word ("Hermann", "Autor")."""
    head = _VICTIM_HEAD.search(word)
    if head is None:
        return None
    first = word[: head.start()].rstrip("-")
    return None if len(first) < 3 or first in NOT_COMPOUND_FIRST else (first, head.group())


@lru_cache(maxsize=1 << 16)
def _victims_of(word: str) -> frozenset[str]:
    """What a (lowercase) word says of a victim: the entry it is a word of, or whose German word is its compound
    head ("Lastwagen" a lorry, not a car); a compound of a vehicle and a person says both ("Lkw-Fahrer",
    "Lastwagenfahrer": a driver and a lorry)."""
    if word in _WHOLE_VICTIMS:
        return frozenset({_WHOLE_VICTIMS[word]})
    compound = _victim_compound(word)
    if compound is None:
        return frozenset()
    first, head = compound
    found = {_WHOLE_VICTIMS[head]}
    if _WHOLE_VICTIMS.get(first) in VEHICLES:
        found.add(_WHOLE_VICTIMS[first])  # "Lastwagenfahrer": the lorry he drove
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def _sex_of(word: str) -> str:
    """"f" or "m" for a (lowercase) word that describes a woman or a man, whole or as a compound's head
    ("Lastwagenfahrer" a man), else ""."""
    compound = _victim_compound(word)
    word = compound[1] if word not in FEMALE and word not in MALE and compound is not None else word
    return "f" if word in FEMALE else "m" if word in MALE else ""


@lru_cache(maxsize=1 << 12)
def _sexes(text: str) -> frozenset[str]:
    return frozenset(_sex_of(w.lower()) for w in _WORD.findall(text)) - {""}


def victims_apart(a: str, b: str) -> bool:
    """Whether two statements describe their victims as of different sexes: one only as a woman, the other only
    as a man ("eine Rentnerin" and "ein Lastwagenfahrer" died apart, though both in a car)."""
    sexes_a, sexes_b = _sexes(a), _sexes(b)
    return len(sexes_a) == 1 and len(sexes_b) == 1 and sexes_a != sexes_b


def casualties(text: str) -> frozenset[tuple[str, str]]:
    """The deaths a statement tells of a victim it describes: ("casualty:<victim>", "died") for each description
    (a woman, a driver, the lorry): "In der Nähe von Schwerin wurde ein Lastwagenfahrer erschlagen", "A man died
    in his lorry", "the death of a truck driver". A count of the dead with no one described has none."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not (any(w in DEATH_WORDS or w.startswith(DEATH_STEMS) for w in words) or _DEATH_PHRASE.search(text.lower())):
        return frozenset()
    return frozenset((f"casualty:{victim}", "died") for w in words for victim in _victims_of(w))


def frames_of(text: str, *, counted: bool = False) -> frozenset[tuple[str, str]]:
    """Every frame of a statement: services stopped, aspects of a gathering, deaths of a described victim. A
    statement that gives a figure (``counted``) has no service frame: a count of cancelled flights is compared by
    its facts, while how a gathering went or who died is told with or without one."""
    return (frozenset() if counted else frames(text)) | aspects(text) | casualties(text)


def placed_by_article(frame: tuple[str, str]) -> bool:
    """Whether an article's main place stands for where a statement of this frame happened: where the statement
    names no place (events.same_place) and to tell two undated articles' events apart (events.same_event). Yes for
    a service or an aspect (an airport strike's article names its airport most); no for a death (a storm's deaths
    are spread over a country while its article names its own city most)."""
    return frame[1] != "died"


def frame_apart(frame: tuple[str, str], a: str, b: str) -> bool:
    """Whether two statements that share a frame still tell it of different things: for a death, victims of
    different sexes (victims_apart)."""
    return frame[1] == "died" and victims_apart(a, b)

