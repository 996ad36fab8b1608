"""Place gazetteer: look up a place name (German or English), get a normalised id, compare by distance."""

from __future__ import annotations

import functools
import gzip
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from factcheck.values.compare import DISTRICT_KM, km

ASSET = Path(__file__).parent / "assets" / "places.txt.gz"
"""The compiled gazetteer (``write_gazetteer``): every process that extracts reads it once, so its format is
made for loading fast (about 0.08 s, against 0.24 s for the same data as JSON)."""

FIELDS = ("name", "name_de", "lat", "lon", "country", "feature")
"""The fields of a place, after its id."""

_BLOCK = "\f"


@dataclass(frozen=True)
class Place:
    """A known place: normalised id, English name, coordinates, ISO country code and kind."""

    id: str
    name: str
    lat: float
    lon: float
    country: str
    feature: str
    name_de: str = ""


def write_gazetteer(path: Path, places: Mapping[str, Sequence[object]], names: Mapping[str, str]) -> None:
    """Write a gazetteer: ``places`` (id -> the FIELDS) and ``names`` (lowercased name -> place id).

    The file is gzipped UTF-8 text in four blocks separated by form feeds, each a column, one entry per line:
    the names, the place id of each name, the place ids, and each place's fields (tab-separated). Columns load
    with two splits and one ``dict(zip(...))`` each, and a place's fields are split only when it is looked up.
    """
    for text in [*names, *names.values(), *places, *(str(v) for row in places.values() for v in row)]:
        if any(c in text for c in "\t\n\r\f"):
            raise ValueError(f"a tab, line break or form feed in a gazetteer entry: {text!r}")
    rows = ("\t".join(repr(v) if isinstance(v, float) else str(v) for v in row) for row in places.values())
    blocks = ["\n".join(names), "\n".join(names.values()), "\n".join(places), "\n".join(rows)]
    path.write_bytes(gzip.compress(_BLOCK.join(blocks).encode("utf-8"), mtime=0))


def read_gazetteer(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The gazetteer ``write_gazetteer`` wrote: (place id -> its fields as one tab-separated line, lowercased
    name -> place id)."""
    names, name_ids, ids, rows = gzip.decompress(path.read_bytes()).decode("utf-8").split(_BLOCK)
    return dict(zip(ids.split("\n"), rows.split("\n"))), dict(zip(names.split("\n"), name_ids.split("\n")))


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """Load the compiled gazetteer (places by id, ids by lowercased name) once."""
    return read_gazetteer(ASSET)


def _place(pid: str) -> Place | None:
    """Build the Place for an id, or None when the id is unknown."""
    row = _gazetteer()[0].get(pid)
    if row is None:
        return None
    name, name_de, lat, lon, country, feature = row.split("\t")
    return Place(pid, name, float(lat), float(lon), country, feature, name_de)


def _variants(name: str) -> list[str]:
    """Return spellings to try for a surface form: as written, without a genitive -s, without inflection."""
    raw = " ".join(name.split()).lower()
    key = raw.strip(" .,;:\"'„“”»«")
    out = [raw, key] if raw != key else [key]
    if key.endswith("s") and len(key) > 4:
        out.append(key[:-1])
    for ending in ("en", "n"):
        if key.endswith(ending) and len(key) > 5:
            out.append(key[: -len(ending)])
    return out


@functools.lru_cache(maxsize=50_000)
def lookup(name: str) -> Place | None:
    """Return the place a name refers to ("Wladiwostok", "Vladivostok", "Russlands"), or None if unknown."""
    names = _gazetteer()[1]
    for key in _variants(name):
        pid = names.get(key)
        if pid is not None:
            return _place(pid)
    return None


TOWN_FEATURES = ("city", "town")
HYPHENATED_REGIONS = frozenset({
    # German Länder whose names join two parts with a hyphen (Grundgesetz, preamble): a region, not the district
    # of a town, though "Schleswig" is a town
    "schleswig-holstein", "mecklenburg-vorpommern", "nordrhein-westfalen", "sachsen-anhalt", "baden-württemberg",
    "rheinland-pfalz",
})


def containing_town(name: str) -> Place | None:
    """The place of a district written "Town-District" ("Köln-Chorweiler", "Hamburg-Horn"; the German way of
    naming a district by its town), when the name itself is not in the gazetteer: the district where the
    gazetteer knows it near the town, else the town (a town or city there). None for a route between two
    places ("Hannover-Hamburg"), a Land ("Schleswig-Holstein") or anything else. Meant for names already read
    as places: "Berlin-Reise" is no place, and this does not make it one."""
    written = " ".join(name.split())
    first, _, second = written.partition("-")
    if not second[:1].isupper() or written.lower() in HYPHENATED_REGIONS or lookup(written):
        return None
    town = lookup(first)
    if town is None or town.feature not in TOWN_FEATURES:
        return None
    district = lookup(second)
    if district is None:
        return town
    return district if distance_km(town.id, district.id) <= DISTRICT_KM else None


# A town named as an adjective before a noun ("am Düsseldorfer Flughafen", "die Kölner Feuerwehr"): German forms
# the adjective of a town with -er (Duden, Die Grammatik: Einwohnerbezeichnungen).
_TOWN_ADJECTIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{2,})er\s+(?=[A-ZÄÖÜ])")


def town_adjectives(text: str) -> list[tuple[int, int, Place]]:
    """(start, end, town) of the towns a German ``text`` names as adjectives (see _TOWN_ADJECTIVE): the word
    without its ending must be the town's name ("Pet" + "er" is no Perth)."""
    out = []
    for m in _TOWN_ADJECTIVE.finditer(text):
        stem = m.group(1)
        place = lookup(stem)
        if place is not None and place.feature in TOWN_FEATURES \
                and any(n == stem or n.startswith(stem + " ") for n in (place.name, place.name_de)):
            out.append((m.start(), m.end(1) + 2, place))
    return out


def get(place_id: str) -> Place | None:
    """Return the place with a normalised id ("geonames:2013348"), or None."""
    return _place(place_id)


def is_place_name(name: str) -> bool:
    """Tell whether the exact name (case-insensitive, no inflection stripping) is in the gazetteer."""
    return " ".join(name.split()).lower() in _gazetteer()[1]


@functools.lru_cache(maxsize=1)
def multiword_first_words() -> frozenset[str]:
    """Return the lowercased first words of multi-word place names (a cheap pre-check for matching)."""
    return frozenset(key.split()[0] for key in _gazetteer()[1] if " " in key)


def distance_km(id_a: str, id_b: str) -> float | None:
    """Great-circle distance in km between two place ids, or None when either is unknown."""
    a, b = _place(id_a), _place(id_b)
    if a is None or b is None:
        return None
    return km((a.lat, a.lon), (b.lat, b.lon))
