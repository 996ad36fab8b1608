"""English word lists for value extraction: number words, months, weekdays, hedges, units, currencies."""

from __future__ import annotations

import re

# Word lists are data: kept compact, one topic per block.
# fmt: off

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "half": 0.5, "half a": 0.5, "half an": 0.5, "one and a half": 1.5, "an hour and a half": 1.5,
    "two and a half": 2.5, "three and a half": 3.5, "four and a half": 4.5, "five and a half": 5.5, "a dozen": 12, "a quarter of a": 0.25,
    "three quarters of a": 0.75,
    "a hundred": 100, "a thousand": 1000, "one hundred": 100, "one thousand": 1000,
}
"""English number words and fixed phrases; hyphenated compounds ("twenty-five") are parsed from parts."""

ARTICLE_ONES = frozenset({
    "a", "an", "one", "half", "half a", "half an",
})
"""Number words that are usually articles or pronouns: only a number when a unit or scale follows."""

SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9,
    "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}

VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "hundreds of thousands": (100_000, 999_999), "tens of thousands": (10_000, 99_999),
    "hundreds": (100, 999), "thousands": (1000, 9999), "millions": (1e6, 999e6), "billions": (1e9, 999e9),
}

VAGUE_PREFIXES: dict[str, tuple[float, float]] = {
    "several": (2, 9), "a few": (2, 6), "few": (2, 6), "some": (2, 9), "a couple of": (2, 3),
    "a number of": (2, 9), "many": (3, 20),
}

MONTHS: dict[str, int] = {
    "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3, "april": 4,
    "apr.": 4, "apr": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8, "aug": 8,
    "september": 9, "sept.": 9, "sep.": 9, "sept": 9, "october": 10, "oct.": 10, "oct": 10, "november": 11,
    "nov.": 11, "nov": 11, "december": 12, "dec.": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

DAYTIME_SUFFIXES: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}

PART_OF_MONTH: dict[str, str] = {
    "early": "early", "mid": "mid", "mid-": "mid", "late": "late", "the beginning of": "early",
    "the start of": "early", "the middle of": "mid", "the end of": "late",
}

RELATIVE_DAYS: dict[str, int] = {
    "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
}

PAST_WORDS = "last|past|previous"

THIS_WORDS = "this|the current"

NEXT_WORDS = "next|coming|the coming"

HEDGES: dict[str, str] = {
    "no more than": "at_most", "longer than": "more_than", "shorter than": "less_than",
    "no longer than": "at_most", "no fewer than": "at_least", "no less than": "at_least", "more than": "more_than",
    "over": "more_than", "well over": "more_than", "just over": "more_than", "upwards of": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "just under": "just_under",
    "nearly": "just_under", "almost": "just_under", "about": "approx", "around": "approx", "roughly": "approx",
    "approximately": "approx", "approx.": "approx", "some": "approx", "circa": "approx", "ca.": "approx",
    "an estimated": "approx", "up to": "at_most", "at most": "at_most", "a maximum of": "at_most",
    "at least": "at_least", "a minimum of": "at_least", "a good": "at_least",
}

DURATION_UNITS: dict[str, float] = {
    "second": 1, "seconds": 1, "secs": 1, "minute": 60, "minutes": 60, "mins": 60, "min": 60, "hour": 3600,
    "hours": 3600, "hrs": 3600, "day": 86400, "days": 86400, "week": 604800, "weeks": 604800, "month": 2_592_000,
    "months": 2_592_000, "year": 31_536_000, "years": 31_536_000, "decade": 315_360_000, "decades": 315_360_000,
}

DURATION_ADJECTIVES: dict[str, float] = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2_592_000, "year": 31_536_000,
}
"""Hyphenated adjective forms ("a 45-minute meeting", "a five-year deal"); the pattern never takes "-year-old"
or "year old" (an age)."""

UNITS: dict[str, str] = {
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km", "metres": "m",
    "meters": "m", "metre": "m", "meter": "m", "m": "m", "centimetres": "cm", "centimeters": "cm", "cm": "cm",
    "millimetres": "mm", "mm": "mm", "square kilometres": "km2", "square kilometers": "km2", "km²": "km2",
    "hectares": "ha", "kilograms": "kg", "kilogrammes": "kg", "kg": "kg", "grams": "g", "tonnes": "t", "tons": "t",
    "metric tons": "t", "litres": "l", "liters": "l", "km/h": "km/h", "kph": "km/h", "mph": "mph",
    "miles per hour": "mph", "miles": "mi", "mile": "mi", "nautical miles": "nmi", "feet": "ft", "foot": "ft",
    "ft": "ft", "pounds": "lb", "lbs": "lb", "degrees celsius": "degC", "°c": "degC", "degrees": "deg", "°": "deg",
    "kilowatts": "kW", "megawatts": "MW", "gigawatts": "GW", "barrels": "bbl", "percentage points": "pp",
    "percentage point": "pp",
}

PERCENT_WORDS = ("percent", "per cent", "%", "pct")

CURRENCIES: dict[str, str] = {
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR", "dollars": "USD", "dollar": "USD",
    "us dollars": "USD", "usd": "USD", "$": "USD", "us$": "USD", "rubles": "RUB", "roubles": "RUB", "rub": "RUB",
    "won": "KRW", "pounds sterling": "GBP", "sterling": "GBP", "£": "GBP", "gbp": "GBP", "swiss francs": "CHF",
    "francs": "CHF", "chf": "CHF", "yen": "JPY", "¥": "JPY", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY",
    "rupees": "INR",
}

CODE_WORDS = frozenset({
    "boeing", "airbus", "article", "section", "chapter", "resolution", "number", "no.", "room", "page", "flight",
    "route", "level", "version", "windows", "iphone", "type", "model", "phase", "stage", "platform", "gate",
    "district", "bus", "line", "highway", "interstate", "season", "episode", "part", "volume", "vol.", "tu", "il",
    "mig", "su", "mh", "class", "grade", "step", "round", "game", "apollo", "terminal", "channel", "group", "zone",
    "sector", "category", "ftse", "nikkei", "cac", "dax", "s&p", "russell", "kospi", "asx", "stoxx", "hang",
    "seng", "nasdaq",
})

YEAR_CONTEXT_STRONG = frozenset({
    "year", "since", "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter", "of",
})

YEAR_CONTEXT_WEAK = frozenset({
    "in", "by", "until", "till", "from", "between", "and", "before", "after", "to", "or", "for", "–", "-", "(",
})

COUNT_ADJECTIVES: frozenset[str] = frozenset()

TIME_WORDS = ("a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "cet", "et", "pt", "bst")

YEAR_FOLLOWERS = frozenset({
    "was", "were", "is", "had", "has", "saw", "when", "and", "to", "the", "as", "after", "before", "election",
    "elections", "summit", "census", "season", "olympics", "war",
})
"""Words after a bare four-digit number that make it a year ("2019 was", "2019 election")."""

FUTURE_MARKERS = re.compile(
    r"(?<!\w)(?:will|shall|is to|are to|is due to|are due to|scheduled|is set to|are set to|plans? to|planned|"
    r"upcoming|expected to|going to|'ll)(?!\w)",
    re.IGNORECASE,
)
"""Words that put a sentence in the future: a bare weekday then means the coming one ("will meet on Thursday")."""

HEARSAY_PAST = re.compile(
    r"(?<!\w)(?:will|shall)\s+have\s+(?:been\s+)?\w+ed(?!\w)|(?<!\w)(?:is|are)\s+said\s+to\s+have(?!\w)"
)
"""Perfect forms that look like future but report the past ("is said to have met")."""
