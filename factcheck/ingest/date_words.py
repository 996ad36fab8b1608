"""Month and weekday names (German, Austrian, English) used to read publication dates."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1, "january": 1,
    "februar": 2, "feber": 2, "feb": 2, "february": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "december": 12, "dec": 12,
}

WEEKDAYS: tuple[str, ...] = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "mo", "di", "mi", "do", "fr", "sa", "so",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)

# Labels that introduce a publication or update date on a page ("Veröffentlicht am 25.04.2019").
PUBLISHED_LABELS: tuple[str, ...] = (
    "veröffentlicht am", "veröffentlicht", "erschienen in der ausgabe vom", "ausgabe vom", "erschienen am", "publiziert am", "published on", "published",
    "posted on", "posted", "datum", "date", "erstellt am", "online seit",
)
UPDATED_LABELS: tuple[str, ...] = (
    "aktualisiert am", "aktualisiert", "zuletzt aktualisiert", "stand", "updated on", "updated",
    "last updated", "geändert am",
)
