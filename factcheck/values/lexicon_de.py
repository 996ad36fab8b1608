"""German word lists for value extraction: number words, months, weekdays, hedges, units, currencies."""

from __future__ import annotations

import re

# Word lists are data: kept compact, one topic per block.
# fmt: off

NUMBER_WORDS: dict[str, float] = {
    "null": 0, "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "zwo": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000, "einhundert": 100, "eintausend": 1000,
    "anderthalb": 1.5, "eineinhalb": 1.5, "einundhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
    "viereinhalb": 4.5, "fünfeinhalb": 5.5, "sechseinhalb": 6.5, "siebeneinhalb": 7.5, "achteinhalb": 8.5,
    "neuneinhalb": 9.5, "zehneinhalb": 10.5, "halbe": 0.5, "halben": 0.5, "halb": 0.5, "dutzend": 12,
    "viertelmillion": 250_000, "dreiviertelmillion": 750_000, "viertelmilliarde": 250_000_000,
}
"""Whole-word German number words; compounds ("dreihundertfünfzig") are parsed from these parts."""

ARTICLE_ONES = frozenset({
    "ein", "eine", "einen", "einem", "einer", "eines", "halbe", "halben", "halb",
})
"""Number words that are usually articles: only a number when a unit or scale follows."""

SCALES: dict[str, float] = {
    "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12, "bio.": 1e12,
}

VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
    "dutzende": (24, 99), "dutzenden": (24, 99), "hunderte": (100, 999), "hunderten": (100, 999),
    "tausende": (1000, 9999), "tausenden": (1000, 9999), "zehntausende": (10_000, 99_999),
    "zehntausenden": (10_000, 99_999), "hunderttausende": (100_000, 999_999),
    "hunderttausenden": (100_000, 999_999), "millionen": (1e6, 999e6), "milliarden": (1e9, 999e9),
}
"""Plural quantity nouns without a number in front ("Zehntausende Menschen") as (min, max)."""

VAGUE_PREFIXES: dict[str, tuple[float, float]] = {
    "mehrere": (2, 9), "einige": (2, 9), "wenige": (2, 6), "wenigen": (2, 6), "ein paar": (2, 5),
    "mehreren": (2, 9), "einigen": (2, 9), "etliche": (3, 12), "etlichen": (3, 12),
}
"""Vague quantifiers in front of a unit ("wenige Stunden"), as multiples of the unit (min, max)."""

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feber": 2, "feb.": 2, "febr.": 2, "märz": 3, "mär.": 3,
    "mrz.": 3, "april": 4, "apr.": 4, "mai": 5, "juni": 6, "jun.": 6, "juli": 7, "jul.": 7, "august": 8, "aug.": 8,
    "september": 9, "sept.": 9, "sep.": 9, "oktober": 10, "okt.": 10, "november": 11, "nov.": 11, "dezember": 12,
    "dez.": 12,
}

WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5,
    "sonntag": 6,
}

DAYTIME_SUFFIXES: tuple[str, ...] = ("abend", "morgen", "vormittag", "nachmittag", "mittag", "früh", "nacht")
"""Suffixes glued to a weekday ("Donnerstagabend") that keep it a day."""

SEASONS: dict[str, tuple[int, int]] = {
    "frühjahr": (3, 5), "frühling": (3, 5), "sommer": (6, 8), "herbst": (9, 11), "winter": (12, 2),
}
"""Season names as (first month, last month)."""

PART_OF_MONTH: dict[str, str] = {
    "anfang": "early", "mitte": "mid", "ende": "late",
}

RELATIVE_DAYS: dict[str, int] = {
    "vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2,
}

PAST_WORDS = "vergangenen|vergangene|vergangenes|letzten|letzte|letztes|vorigen|vorige|voriges"

THIS_WORDS = "diesen|diese|dieses|diesem|laufenden|laufende|laufendes"

NEXT_WORDS = "kommenden|kommende|kommendes|nächsten|nächste|nächstes"

HEDGES: dict[str, str] = {
    "nicht mehr als": "at_most", "länger als": "more_than", "kürzer als": "less_than",
    "nicht länger als": "at_most", "weit über": "more_than", "deutlich mehr als": "more_than",
    "nicht weniger als": "at_least", "mehr als": "more_than", "weniger als": "less_than",
    "knapp über": "more_than", "knapp unter": "just_under", "über": "more_than", "unter": "less_than",
    "knapp": "just_under", "fast": "just_under", "beinahe": "just_under", "nahezu": "just_under",
    "annähernd": "approx", "rund": "approx", "etwa": "approx", "ungefähr": "approx", "circa": "approx",
    "ca.": "approx", "zirka": "approx", "schätzungsweise": "approx", "gut": "at_least", "gute": "at_least",
    "guten": "at_least", "bis zu": "at_most", "höchstens": "at_most", "maximal": "at_most", "max.": "at_most",
    "mindestens": "at_least", "wenigstens": "at_least", "mehr als nur": "more_than", "fast genau": "approx",
    "gerade einmal": "at_most", "gerade mal": "at_most",
}
"""Hedge words in front of a quantity, mapped to the hedge names of ``factcheck.models``."""

DURATION_UNITS: dict[str, float] = {
    "sekunde": 1, "sekunden": 1, "sek.": 1, "minute": 60, "minuten": 60, "min.": 60, "min": 60, "stunde": 3600,
    "stunden": 3600, "std.": 3600, "tag": 86400, "tage": 86400, "tagen": 86400, "woche": 604800, "wochen": 604800,
    "monat": 2_592_000, "monate": 2_592_000, "monaten": 2_592_000, "jahr": 31_536_000, "jahre": 31_536_000,
    "jahren": 31_536_000, "jahrzehnt": 315_360_000, "jahrzehnte": 315_360_000, "jahrzehnten": 315_360_000,
}

DURATION_ADJECTIVES: dict[str, float] = {
    "sekündig": 1, "minütig": 60, "stündig": 3600, "tägig": 86400, "wöchig": 604800, "monatig": 2_592_000,
}
"""Adjective endings ("zweistündigen", "dreitägige"); "-jährig" is left out because it mostly gives ages."""

DURATION_COMPOUNDS: dict[str, float] = {"jahres": 31_536_000, "monats": 2_592_000}
"""Number + unit compounds before a noun ("Fünfjahresvertrag", "5-Jahres-Vertrag", "Dreimonatsfrist"): a
duration; "Lebensjahres", "Kalenderjahres" have no number before the unit and are skipped."""

UNITS: dict[str, str] = {
    "kilometer": "km", "kilometern": "km", "metres": "m", "km": "km", "meter": "m", "metern": "m", "m": "m",
    "zentimeter": "cm", "cm": "cm", "millimeter": "mm", "mm": "mm", "quadratkilometer": "km2", "km²": "km2",
    "quadratmeter": "m2", "m²": "m2", "hektar": "ha", "kilogramm": "kg", "kilo": "kg", "kg": "kg", "gramm": "g",
    "g": "g", "tonne": "t", "tonnen": "t", "t": "t", "liter": "l", "litern": "l", "l": "l", "km/h": "km/h",
    "stundenkilometer": "km/h", "stundenkilometern": "km/h", "meilen": "mi", "seemeilen": "nmi", "grad": "deg",
    "°c": "degC", "grad celsius": "degC", "°": "deg", "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW",
    "kilowattstunden": "kWh", "barrel": "bbl", "fass": "bbl", "prozentpunkte": "pp", "prozentpunkten": "pp",
    "prozentpunkt": "pp",
}
"""Measurement units after a number, mapped to a short unit code."""

PERCENT_WORDS = ("prozent", "%", "v. h.", "vh")

CURRENCIES: dict[str, str] = {
    "euro": "EUR", "eur": "EUR", "€": "EUR", "dollar": "USD", "us-dollar": "USD", "usd": "USD", "$": "USD",
    "us$": "USD", "rubel": "RUB", "rub": "RUB", "won": "KRW", "pfund": "GBP", "£": "GBP", "gbp": "GBP",
    "franken": "CHF", "chf": "CHF", "yen": "JPY", "¥": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "cny": "CNY", "rupien": "INR", "cent": "EUR_CENT",
}

CODE_WORDS = frozenset({
    "boeing", "airbus", "artikel", "paragraf", "paragraph", "absatz", "kapitel", "resolution", "nummer", "nr.",
    "platz", "rang", "seite", "gleis", "linie", "flug", "zimmer", "windows", "iphone", "typ", "modell", "version",
    "stufe", "level", "kanal", "bus", "tram", "route", "autobahn", "bundesstraße", "haus", "block", "tor", "halle",
    "gruppe", "folge", "teil", "band", "staffel", "episode", "tu", "il", "mig", "su", "mh", "jahrgang", "ausgabe",
    "heft", "sektor", "zone", "klasse", "schritt", "punkt", "runde", "spiel", "ftse", "nikkei", "cac", "dax",
    "mdax", "sdax", "tecdax", "s&p", "russell", "kospi", "asx", "stoxx", "atx", "smi", "flugs", "nr", "hausnummer",
    "american", "united",
})
"""Words after which a number is a name or code ("Boeing 737", "Artikel 5"), not a quantity."""

YEAR_CONTEXT_STRONG = frozenset({
    "im", "jahr", "jahre", "jahres", "jahren", "seit", "anfang", "mitte", "ende", "frühjahr", "frühling", "sommer",
    "herbst", "winter", "jahresende", "jahresbeginn", "stand",
})

YEAR_CONTEXT_WEAK = frozenset({
    "in", "bis", "ab", "von", "vom", "zwischen", "und", "vor", "nach", "zum", "oder", "für", "–", "-", "(",
})

TIME_WORDS = ("uhr",)

COUNT_ADJECTIVES = frozenset({
    "weitere", "weiteren", "andere", "anderen", "neue", "neuen", "zusätzliche", "zusätzlichen", "verletzte",
    "tote", "junge", "jungen", "deutsche", "deutschen", "russische", "russischen", "amerikanische",
    "amerikanischen", "nordkoreanische", "nordkoreanischen", "mal", "meter", "euro", "prozent",
})
"""Lowercase words after a four-digit number that make it a count ("2000 weitere Soldaten"), not a year."""

FUTURE_MARKERS = re.compile(
    r"(?<!\w)(?:soll|sollen|wird|werden|werde|will|wollen|plant|planen|geplant|bevorstehend\w*|angekündigt\w*)(?!\w)",
    re.IGNORECASE,
)
"""Words that put a sentence in the future: a bare weekday then means the coming one ("soll am Donnerstag")."""

HEARSAY_PAST = re.compile(r"(?<!\w)\w+(?:t|en)\s+(?:worden\s+)?(?:sein|haben)(?!\w)")
"""Perfect infinitive after "soll"/"will" ("soll eingetroffen sein"): reported past, not future."""
