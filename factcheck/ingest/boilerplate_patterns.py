"""Data for boilerplate removal: junk lines, section headings that end an article, caption credits, outlets."""

from __future__ import annotations

# Headings after which a scraped page shows other stories, comment forms or newsletters: everything from
# such a line to the end of the file is dropped (matched case-insensitively, alone or followed by ":").
STOP_HEADINGS: frozenset[str] = frozenset(
    {
        # German
        "weitere themen", "topmeldungen", "top-meldungen", "die bilder des tages", "bilder des tages",
        "newsletter", "mehr zum thema", "zum thema", "mehr zu diesem thema", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "auch interessant", "meistgelesen", "meistgelesene artikel",
        "am meisten gelesen", "meist gelesen", "beliebte artikel", "weitere artikel", "weitere nachrichten",
        "mehr nachrichten",
        "neueste artikel", "empfehlungen", "unsere empfehlungen", "mehr aus dem ressort", "aus dem ressort",
        "kommentare", "schreibe einen kommentar", "kommentar schreiben", "diskutieren sie mit",
        "ähnliche artikel", "ähnliche nachrichten", "verwandte artikel", "schlagworte", "themen",
        "mehr zum thema lesen", "lesen sie mehr zum thema", "weitere meldungen", "aktuelle nachrichten",
        # English
        "similar news", "related", "related articles", "related stories", "related news", "related content",
        "more on this story", "more on this topic", "most read", "most popular", "most viewed",
        "top stories", "trending", "trending now", "recommended", "recommended for you", "you may also like",
        "you might also like", "more from", "more stories", "more news", "latest news", "comments",
        "leave a reply", "leave a comment", "join the conversation", "sign up for our newsletter",
        "newsletter sign-up", "tags", "topics",
    }
)

# Inline teaser labels: "READ MORE: <headline>" drops that line only, even when the label alone ends an article.
TEASER_LABELS: frozenset[str] = frozenset(
    {"read more", "read also", "also read", "see also", "related", "watch", "listen", "click here", "more",
     "lesen sie auch", "lesen sie mehr", "auch interessant", "mehr dazu", "mehr zum thema", "zum thema",
     "siehe auch", "galerie", "bildergalerie", "fotostrecke", "gallery", "video"}
)

# Whole lines that are page furniture (matched against the stripped line, case-insensitively).
JUNK_LINE_PATTERNS: tuple[str, ...] = (
    r"(teilen|artikel teilen|share|share this article|share this|tweet|picture|bild|foto|video|audio"
    r"|drucken|print|merken|speichern|save|kopieren|link kopieren|copy link|e-mail|email|facebook|twitter"
    r"|whatsapp|telegram|linkedin|xing|pinterest|messenger|anzeige|werbung|advertisement|sponsored"
    r"|zur startseite|startseite|home|menü|menu|suche|search|login|anmelden|abonnieren|subscribe"
    r"|audio abspielen|vorlesen|artikel anhören|listen to this article|zurück|back|weiter|next|schließen"
    r"|close|mehr|more|play|video-seite öffnen|bildergalerie|fotostrecke|galerie|gallery)",
    r"\S+( \S+)? redaktion",  # "Heute Redaktion"
    r"redaktion:?( \S+){0,3}",
    r"(by|von|autor|autorin|author|text|quelle|source)\s*:?",
    r"\d{1,3}\s*min\.?(\s*(lesezeit|read|lesen))?",
    r"(lesezeit|reading time)\s*:?\s*\d{1,3}\s*min(uten|utes)?\.?",
    r"(foto|bilder|fotos|video)[- ]?(serie|strecke|galerie) mit \d+ (bildern|fotos|videos)",
    r"\d+ (bilder|fotos|photos|images)",
    r"(weiterlesen|mehr lesen|read more|read the full story|zum artikel|mehr erfahren|learn more)\s*[»›>→]*",
    r"[«‹<←]?\s*(zurück|back)\s*",
    r".{0,40}neueste[n]? nachrichten.{0,40}schlagzeilen.{0,40}",
    r"(deine|ihre|your) e-?mail-?adresse wird nicht veröffentlicht.*",
    r"your email address will not be published.*",
    r"erforderliche felder sind (mit \* )?markiert.*",
    r"required fields are marked.*",
    "(" + "|".join(sorted(TEASER_LABELS, key=lambda label: (-len(label), label))) + r")\s*:.{0,200}",
    r"©.{0,80}",
    r"(copyright|alle rechte vorbehalten|all rights reserved).{0,120}",
    r"(foto|bild|fotos|bilder|image|photo|photos|picture|credit|bildquelle|quelle|source)\s*:\s*[^.!?]{1,60}",
    r"\(\s*[^()]{1,40}\s*\)",  # a lone credit line such as "(20 Minuten)" or "(dpa)"
    r"[•·|>]+",
    r"[•·]?\s*(aktualisiert|veröffentlicht|erschienen|stand|updated|published|posted|last updated)"
    r"( am| on| at)?\s*:?",
    r"https?://\S+",
    r"www\.\S+",
    # subscription, newsletter and app prompts
    r"(\d+ (wochen|monate|tage) (gratis|kostenlos|für \d+[,.]?\d* ?(€|euro))|jetzt (gratis|kostenlos) testen"
    r"|jetzt abonnieren|jetzt abonnent werden|abo abschließen|zum abo|abo-angebot|weiterlesen mit \S+"
    r"|(bereits|schon) abonnent\S*\??( jetzt)? ?(einloggen|anmelden)?|plus-artikel|exklusiv für abonnenten"
    r"|subscribe (now|today)|start your free trial|already a subscriber\??( sign in| log in)?"
    r"|\d+ (weeks|months|days) (free|for \S+)|unlimited access.{0,60})[.!]?",
    r"(newsletter (abonnieren|bestellen|anmeldung)|jetzt (zum|für den) newsletter anmelden"
    r"|(sign up|subscribe) (to|for) (our|the) .{0,30}newsletter|get our .{0,30}newsletter).{0,80}",
    r"((die|unsere) .{0,20}app (herunterladen|laden|installieren)|(jetzt )?(in der|zur) .{0,20}app (öffnen|lesen)"
    r"|download (the|our) .{0,20}app|get the app|open in app|app öffnen).{0,60}",
    r"((teilen|share|twittern|tweet|e-mail|email|facebook|twitter|whatsapp|x|linkedin|messenger|drucken|print"
    r"|kommentieren|merken)[\s|•·/]*){2,8}",  # a share row
    # comment forms and consent banners: the reader's consent to a site's rules or to cookies (the wording of
    # the comment forms of German regional papers, "Ich habe die Netiquette und die Datenschutzerklärung gelesen
    # und akzeptiere diese", of cookie banners and of English comment sections, read for their shape)
    r"(anmeldung\s+)?noch nicht (registriert|angemeldet|bei\w*\s.{1,50})\?",
    r"(kommentar-?profil( anlegen)?\s*)?ich habe (die|den) .{0,100}(gelesen|zur kenntnis genommen)"
    r" und (akzeptiere|stimme) .{0,60}",
    r"\*?\s*(\* )?pflichtfeld(er)?\s*\*?",
    r"indem sie .{0,60}(klicken|anklicken|zustimmen|fortfahren).{0,200}(daten|cookies).{0,120}",
    r"i have read and (accept|agree to) .{0,160}",
    r"by (clicking|continuing|using) .{0,80}(you agree|you consent|you accept).{0,200}",
)

# A date glued to the first words of the story by the scraper ("October 5, 2017Berlin's fire brigade …",
# "05.10.2017Die Bahn …"): the date goes (as a date line), the story stays.
GLUED_DATE_PATTERN: str = (
    r"^((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\s+\d{4}|\d{1,2}\.\s?(?:Januar|Februar|März|April"
    r"|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:\s*[|,–-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|am|pm|GMT|UTC|CET|MEZ))?)?(?=[A-ZÄÖÜ\"„“«»])"
)

# A photo credit glued to the last word of a line without punctuation ("... gegen den Wind an Foto: michael
# koerner", "Der Fahrer hatte keine Chance Foto: dpa"): a scraper joined the caption or the paragraph under a
# picture with its credit. One sentence before it is a caption; several are body text, and only the credit goes.
GLUED_CREDIT_PATTERN: str = r"(?<=[a-zäöüß])\s+(?:Foto|Fotos|Bild|Photo|Photos|Image)\s*:\s*[^.!?:]{1,40}$"

# A line ending in one of these is a photo caption (the credit is matched at the end of the line).
CAPTION_CREDIT_PATTERNS: tuple[str, ...] = (
    r"\((quelle|source|foto|bild|photo|image)\s*:\s*[^()]{1,60}\)",
    r"©\s*[^©]{1,100}",
    r"(?:(?<=[.!?\"“”»«)])\s+|^)(bild|foto|fotos|image|photo|photos|picture|credit|bildquelle)"
    r"\s*:\s*[^.!?:]{1,60}",
    r"\b(getty images|imago images|imago|picture alliance|picture-alliance|shutterstock|keystone)"
    r"(\s*/\s*[^.!?]{1,50})?",
)

# Separators of a site's navigation path above the headline ("Startseite > Köln > Polizei", "RP ONLINE > NRW >
# Panorama", "EXPRESS.de | News | Köln"): the breadcrumb separators of common CMS themes and schema.org's
# BreadcrumbList renderings, plus the bar that joins a section to a site name.
BREADCRUMB_SEPARATORS: tuple[str, ...] = (">", "»", "›", "|", "·")
BREADCRUMB_MAX_WORDS = 3
"""A navigation path's parts are names of sections or places, a few words each; a headline's are longer."""

SECTION_NAMES: frozenset[str] = frozenset({
    # the top-level sections of German and English news sites' menus (tagesschau, WDR, Spiegel, Zeit, BBC,
    # Guardian, Reuters read for their navigation, not copied): a two-part line joined by a bar or a dot
    # ("Nachrichten · Rhein und Ruhr", "Politik | Ausland") is navigation when one part is one of them
    "startseite", "home", "nachrichten", "news", "aktuell", "politik", "inland", "ausland", "wirtschaft",
    "panorama", "sport", "kultur", "regional", "lokales", "wissen", "gesellschaft", "meinung", "world", "politics",
    "business", "uk", "us", "europe", "germany", "deutschland", "international",
})

# Lines at the top of a scrape that name the outlet; the value is the canonical outlet name. Words that are
# also page furniture or everyday words ("Bild" = image, "Heute" = today) are left out on purpose.
OUTLET_NAMES: dict[str, str] = {
    "welt": "Welt", "die welt": "Welt", "welt online": "Welt", "spiegel": "Der Spiegel",
    "der spiegel": "Der Spiegel", "spiegel online": "Der Spiegel", "faz": "FAZ", "f.a.z.": "FAZ",
    "faz.net": "FAZ", "frankfurter allgemeine": "FAZ", "frankfurter allgemeine zeitung": "FAZ",
    "süddeutsche zeitung": "Süddeutsche Zeitung", "sz": "Süddeutsche Zeitung", "zeit online": "Zeit Online",
    "die zeit": "Die Zeit", "tagesschau": "tagesschau", "tagesschau.de": "tagesschau", "n-tv": "n-tv",
    "ntv": "n-tv", "t-online": "t-online", "focus": "Focus", "focus online": "Focus", "stern": "Stern",
    "bild.de": "Bild", "taz": "taz", "handelsblatt": "Handelsblatt", "deutsche welle": "Deutsche Welle",
    "dw": "Deutsche Welle", "zdf": "ZDF", "zdfheute": "ZDF", "ard": "ARD", "br24": "BR24", "mdr": "MDR",
    "ndr": "NDR", "wdr": "WDR", "swr": "SWR", "rnd": "RND", "heute.at": "Heute",
    "kurier": "Kurier", "der standard": "Der Standard", "standard": "Der Standard", "die presse": "Die Presse",
    "orf": "ORF", "orf.at": "ORF", "krone": "Krone", "kronen zeitung": "Krone", "kleine zeitung": "Kleine Zeitung",
    "salzburger nachrichten": "Salzburger Nachrichten", "tiroler tageszeitung": "Tiroler Tageszeitung",
    "nzz": "NZZ", "neue zürcher zeitung": "NZZ", "20 minuten": "20 Minuten", "blick": "Blick",
    "tages-anzeiger": "Tages-Anzeiger", "srf": "SRF", "watson": "watson",
    "bbc": "BBC", "bbc news": "BBC", "cnn": "CNN", "reuters": "Reuters", "the guardian": "The Guardian",
    "guardian": "The Guardian", "the new york times": "The New York Times", "new york times": "The New York Times",
    "the washington post": "The Washington Post", "washington post": "The Washington Post",
    "associated press": "AP", "ap news": "AP", "al jazeera": "Al Jazeera", "the independent": "The Independent",
    "the times": "The Times", "the telegraph": "The Telegraph", "npr": "NPR", "politico": "Politico",
    "bloomberg": "Bloomberg", "financial times": "Financial Times", "the economist": "The Economist",
    "rp online": "RP Online", "rp-online": "RP Online", "ksta": "Kölner Stadt-Anzeiger",
    "kölner stadt-anzeiger": "Kölner Stadt-Anzeiger",
}

# Web domains (without "www.") and their outlet names; an unknown domain is used as is.
DOMAIN_OUTLETS: dict[str, str] = {
    "faz.net": "FAZ", "welt.de": "Welt", "spiegel.de": "Der Spiegel", "sueddeutsche.de": "Süddeutsche Zeitung",
    "zeit.de": "Zeit Online", "tagesschau.de": "tagesschau", "n-tv.de": "n-tv", "t-online.de": "t-online",
    "focus.de": "Focus", "stern.de": "Stern", "bild.de": "Bild", "taz.de": "taz", "handelsblatt.com": "Handelsblatt",
    "dw.com": "Deutsche Welle", "zdf.de": "ZDF", "br.de": "BR24", "mdr.de": "MDR", "ndr.de": "NDR", "wdr.de": "WDR",
    "swr.de": "SWR", "rnd.de": "RND", "heute.at": "Heute", "kurier.at": "Kurier", "derstandard.at": "Der Standard",
    "diepresse.com": "Die Presse", "orf.at": "ORF", "krone.at": "Krone", "kleinezeitung.at": "Kleine Zeitung",
    "sn.at": "Salzburger Nachrichten", "tt.com": "Tiroler Tageszeitung", "nzz.ch": "NZZ", "20min.ch": "20 Minuten",
    "blick.ch": "Blick", "tagesanzeiger.ch": "Tages-Anzeiger", "srf.ch": "SRF", "watson.ch": "watson",
    "watson.de": "watson", "bbc.co.uk": "BBC", "bbc.com": "BBC", "cnn.com": "CNN", "reuters.com": "Reuters",
    "theguardian.com": "The Guardian",
    "newstalk.com": "Newstalk", "hpd.de": "hpd", "finanzen.net": "finanzen.net", "timesofmalta.com": "Times of Malta",
    "suedkurier.de": "Südkurier", "prignitzer.de": "Der Prignitzer", "vol.at": "Vorarlberg Online",
    "bluewin.ch": "bluewin", "yahoo.com": "Yahoo", "unsere-zeit.de": "unsere zeit", "ze.tt": "ze.tt",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post", "apnews.com": "AP", "aljazeera.com": "Al Jazeera",
    "independent.co.uk": "The Independent", "thetimes.co.uk": "The Times", "telegraph.co.uk": "The Telegraph",
    "npr.org": "NPR", "politico.com": "Politico", "politico.eu": "Politico", "bloomberg.com": "Bloomberg",
    "ft.com": "Financial Times", "economist.com": "The Economist", "express.de": "Express",
    "rp-online.de": "RP Online", "ksta.de": "Kölner Stadt-Anzeiger",
}

# News agencies and photo agencies whose credit may stand in for the outlet when nothing better is known.
AGENCY_CREDITS: dict[str, str] = {
    "dpa": "dpa", "afp": "AFP", "ap": "AP", "reuters": "Reuters", "apa": "APA", "sda": "SDA", "kna": "KNA",
    "epd": "epd", "dts": "dts", "ddp": "ddp", "kyodo": "Kyodo", "yonhap": "Yonhap", "tass": "TASS",
    "ria nowosti": "RIA Nowosti", "xinhua": "Xinhua", "20 minuten": "20 Minuten",
}

# An author line: "Von Anna Muster", "By Jane Doe and John Roe" (matched case-sensitively, short lines only).
AUTHOR_LINE_PATTERN: str = (
    r"(Von|VON|By|BY|Autor:|Autorin:|Author:|Text:)\s+[A-ZÄÖÜ][\w.\-']+"
    r"(\s+(und|and|&|,)?\s*[A-ZÄÖÜ][\w.\-']+){0,5}(\s*,\s*[A-ZÄÖÜ][\w\-' ]{1,30})?"
)

# Agency or outlet tags in the dateline that opens a story ("BERLIN. (hpd) Die …", "Berlin (dpa) - Die …",
# "Berlin taz | Schon …") are in factcheck/language/datelines.py, shared with extraction.

# Scraper and proxy prefixes glued to the start of a content line ("IMG Bild: <caption>", "URI: <link text>"):
# the prefix goes, the line is kept (matched case-sensitively).
LINE_PREFIX_PATTERN: str = r"^(?:IMG|URI|IMAGE|LINK)\s*(?:Bild|Foto|Image|Photo)?\s*:\s+(?=\S)"
