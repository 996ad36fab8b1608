"""Context cues for German entity typing: titles and roles before names, place prepositions, legal forms."""

from __future__ import annotations

PERSON_CUES: frozenset[str] = frozenset(
    """Präsident Präsidenten Präsidentin Staatschef Staatschefs Kreml-Chef Kreml-Chefs Machthaber Machthabers
    Diktator Diktators Sprecher Sprechers Sprecherin Regierungssprecher Kremlsprecher Kreml-Sprecher
    Verteidigungsminister Außenminister Außenministerin Minister Ministerin Ministers Premierminister
    Ministerpräsident Ministerpräsidentin Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin Regierungschef
    Regierungschefin Parteichef Parteichefin Vorsitzende Vorsitzender Vorsitzenden Chef Chefin Generalsekretär
    Botschafter Botschafterin Berater Beraterin Sicherheitsberater Experte Expertin Analyst Analystin Professor
    Professorin Prof. Dr. Herr Herrn Frau Sir Senator Senatorin Abgeordnete Abgeordneter Gouverneur Gouverneurin
    Bürgermeister Bürgermeisterin König Königin Prinz Prinzessin Papst Kardinal Bischof General Generals
    Oberst Admiral Kommandeur Kapitän Trainer Trainerin Direktor Direktorin Autor Autorin Korrespondent
    Korrespondentin Reporter Reporterin Journalist Journalistin Schwester Bruder Vater Mutter Sohn Tochter
    US-Präsident US-Präsidenten Ex-Präsident Vizepräsident Vize-Präsident Vizepräsidentin Machthabers
    Russlands Staatschef Nordkoreas Senior Juniors Kollege Kollegin Gastgeber Gastgeberin Amtskollege
    Amtskollegen Amtskollegin Nachfolger Nachfolgerin Vorgänger Vorgängerin Ex-Kanzler Ex-Kanzlerin
    Oppositionsführer Oppositionsführerin Kommissar Kommissarin Pressesprecher Pressesprecherin""".split()
)
"""Nouns that introduce a person's name ("Kreml-Chef Wladimir Putin", "Sprecherin Adrienne Watson")."""

PERSON_CUE_ENDINGS: tuple[str, ...] = (
    "-chef", "-chefin", "präsident", "präsidentin", "minister", "ministerin", "sprecher", "sprecherin", "kanzler",
    "kanzlerin", "berater", "beraterin", "botschafter", "botschafterin", "führer", "führerin",
)
"""Endings of compound roles before names ("Kreml-Chef", "Regierungssprecherin", "Außenminister")."""

PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    "in nach aus bei von vor nahe nördlich südlich östlich westlich nordöstlich nordwestlich südöstlich "
    "südwestlich Richtung gen durch über".split()
)
"""Prepositions after which a lone unknown proper noun is most likely a place ("in Wladiwostok")."""

ORG_LEGAL_FORMS: frozenset[str] = frozenset(
    "AG GmbH e.V. eV KG OHG SE Inc. Inc Ltd. Ltd Corp. Corp LLC plc S.A. SA N.V. Co. KGaA mbH gGmbH".split()
)
"""Legal forms that end an organisation name ("Siemens AG", "Deutsche Bahn AG")."""

ORG_HEADS: frozenset[str] = frozenset(
    """Ministerium Außenministerium Verteidigungsministerium Innenministerium Finanzministerium Regierung
    Universität Partei Bank Agentur Nachrichtenagentur Konzern Gruppe Institut Stiftung Verband Gewerkschaft
    Rat Kommission Behörde Armee Gericht Verein Komitee Zentralkomitee Organisation Akademie Zeitung
    Nachrichtenagenturen Parlament Versammlung""".split()
)
"""Head nouns that make a capitalised phrase an organisation ("Deutsche Bank", "Humboldt-Universität")."""

ORG_SUFFIXES: tuple[str, ...] = ("ministerium", "universität", "partei", "agentur", "bank", "konzern", "institut",
                                 "stiftung", "verband", "gericht", "kommission", "behörde", "rat", "zeitung")

NOT_NAMES: frozenset[str] = frozenset(
    """Ich Sie Er Es Wir Ihr Der Die Das Ein Eine Dies Diese Dieser Mit Und Auch Aber Im In Am An Auf
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August
    September Oktober November Dezember Herr Frau Teilen Picture Foto Bild Video""".split()
)
"""Capitalised words that are never names on their own (pronouns, weekdays, months, page furniture)."""

ORG_PREFIXES: frozenset[str] = frozenset(
    """FC SC SV VfB VfL TSV TSG BSC SpVgg Borussia Eintracht Fortuna Hertha Union Dynamo Lokomotive Rot-Weiss
    Rot-Weiß Werder Schalke Bayer Alemannia Kickers Arminia Hansa Energie Tennis Turnverein Sportverein""".split()
)
"""Words that open the name of a sports club or association ("1. FC Kaiserslautern", "SC Freiburg")."""
