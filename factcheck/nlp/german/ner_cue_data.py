"""Word-ending and cue lists used only as CRF features (organisation heads, events and works, quote marks)."""

from __future__ import annotations

ORG_ENDINGS: tuple[str, ...] = (
    "partei", "bank", "verband", "verbände", "universität", "institut", "ministerium", "bundesamt", "amt",
    "stiftung", "verein", "rat", "gericht", "gerichtshof", "agentur", "zeitung", "gruppe", "konzern", "werke",
    "werk", "kommission", "behörde", "gesellschaft", "akademie", "hochschule", "schule", "gymnasium", "klinik",
    "klinikum", "museum", "theater", "orchester", "verlag", "sender", "rundfunk", "fernsehen", "union", "liga",
    "bund", "kirche", "gemeinde", "fraktion", "gewerkschaft", "kammer", "polizei", "armee", "club", "klub",
    "team", "airlines", "bahn", "post", "-ag", "-gmbh", "versicherung", "holding", "media", "records",
)
"""Endings of organisation names and compounds ("Bundesamt", "Landesbank", "Springer-Verlag")."""

ORG_ABBREV_NEIGHBOURS: frozenset[str] = frozenset(
    "AG GmbH e.V. KG SE Inc. Ltd. Corp. LLC FC SV SC VfB VfL TSV Verlag Records Partei".split()
)
"""Short words next to which a capitalised word is usually part of an organisation name."""

MISC_ENDINGS: tuple[str, ...] = (
    "cup", "pokal", "preis", "award", "awards", "gipfel", "spiele", "festival", "meisterschaft",
    "meisterschaften", "turnier", "open", "tour", "rallye", "grand prix", "krieg", "album", "single", "film",
    "serie", "show", "festspiele", "messe", "konferenz", "vertrag", "abkommen", "gesetz", "-ii", "-iii",
)
"""Endings of events, works and named agreements ("Champions-League-Pokal", "Grimme-Preis", "G20-Gipfel")."""

QUOTE_OPEN: frozenset[str] = frozenset({"„", "“", '"', "»", "«", "‚", "'", "``", "''"})
"""Quotation marks; capitalised words between them are often titles of works (MISC)."""

ORG_HEADS_BEFORE_PLACE: tuple[str, ...] = (
    "bank", "universität", "hochschule", "institut", "ministerium", "verband", "stiftung", "verein", "gericht",
    "gerichtshof", "agentur", "zeitung", "konzern", "werke", "kommission", "behörde", "akademie", "klinikum",
    "museum", "theater", "orchester", "verlag", "rundfunk", "kammer", "polizei", "bistum", "erzbistum",
    "landeskirche", "sparkasse", "stadtwerke", "messe", "flughafen", "zoo", "staatsoper", "oper", "philharmonie",
)
"""Endings of a head noun that, followed by a place, names an organisation ("Landesbank Baden-Württemberg")."""
