"""Place gazetteer: look up a place name (German or English), get a normalised id, compare by distance."""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from factcheck.values.compare import km

ASSET = Path(__file__).parent / "assets" / "places.json.gz"


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


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[object]], dict[str, str]]:
    """Load the compiled gazetteer (places by id, ids by lowercased name) once."""
    data = json.loads(gzip.decompress(ASSET.read_bytes()))
    return data["places"], data["names"]


def _place(pid: str) -> Place | None:
    """Build the Place for an id, or None when the id is unknown."""
    row = _gazetteer()[0].get(pid)
    if row is None:
        return None
    name, name_de, lat, lon, country, feature = row
    return Place(pid, str(name), float(lat), float(lon), str(country), str(feature), str(name_de))  # type: ignore[arg-type]


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
