"""German cue words for quote and claim extraction: speech verbs, attribution phrases, roles, pronouns."""

from __future__ import annotations

SPEECH_VERBS: dict[str, str] = {
    "sagen": "sage sagst sagt sagte sagten sagtest gesagt sagen",
    "erklären": "erkläre erklärt erklärte erklärten erklären",
    "betonen": "betone betont betonte betonten betonen",
    "berichten": "berichte berichtet berichtete berichteten berichten",
    "bezeichnen": "bezeichne bezeichnet bezeichnete bezeichneten bezeichnen",
    "äußern": "äußere äußert äußerte äußerten geäußert äußern äusserte äußerste",
    "kritisieren": "kritisiere kritisiert kritisierte kritisierten kritisieren",
    "warnen": "warne warnt warnte warnten gewarnt warnen",
    "fordern": "fordere fordert forderte forderten gefordert fordern",
    "versprechen": "verspreche verspricht versprach versprachen versprochen versprechen",
    "meinen": "meint meinte meinten gemeint",
    "ergänzen": "ergänzt ergänzte ergänzten ergänzen",
    "verkünden": "verkündet verkündete verkündeten verkünden",
    "sprechen": "spricht sprach sprachen gesprochen",
    "erläutern": "erläutert erläuterte erläuterten",
    "behaupten": "behauptet behauptete behaupteten",
    "erzählen": "erzählt erzählte erzählten",
    "bekräftigen": "bekräftigt bekräftigte bekräftigten",
    "unterstreichen": "unterstreicht unterstrich unterstrichen",
    "versichern": "versichert versicherte versicherten",
    "mahnen": "mahnt mahnte mahnten gemahnt",
    "schreiben": "schreibt schrieb schrieben geschrieben",
    "melden": "meldet meldete meldeten gemeldet",
    "bestätigen": "bestätigt bestätigte bestätigten",
    "antworten": "antwortet antwortete antworteten geantwortet",
    "erwidern": "erwidert erwiderte erwiderten",
    "fragen": "fragt fragte fragten",
    "zitieren": "zitiert zitierte zitierten",
    "hoffen": "hofft hoffte hofften",
    "rufen": "ruft rief riefen",
    "klagen": "klagt klagte klagten",
    "beklagen": "beklagt beklagte beklagten",
    "drohen": "droht drohte drohten",
    "erinnern": "erinnert erinnerte erinnerten",
    "verlangen": "verlangt verlangte verlangten",
    "dementieren": "dementiert dementierte dementierten",
    "bekennen": "bekennt bekannte",
    "resümieren": "resümiert resümierte",
    "twittern": "twittert twitterte",
    "glauben": "glaube glaubt glaubte glaubten glauben geglaubt",
    "denken": "denke denkt dachte dachten",
    "befürchten": "befürchte befürchtet befürchtete befürchteten",
    "vermuten": "vermute vermutet vermutete vermuteten",
    "erwähnen": "erwähne erwähnt erwähnte erwähnten",
    "nennen": "nenne nennt nannte nannten genannt",
    "erwarten": "erwarte erwartet erwartete erwarteten",
    "beteuern": "beteuert beteuerte beteuerten",
    "einwenden": "wandte einwandte",
    "mitteilen": "mitgeteilt mitzuteilen mitteilte mitteilten mitteilt",
    "ankündigen": "angekündigt ankündigte ankündigten ankündigt",
    "hinzufügen": "hinzugefügt hinzufügte hinzufügten",
    "einräumen": "eingeräumt einräumte einräumten",
    "hinweisen": "hingewiesen hinwies hinwiesen",
    "angeben": "angab angaben angegeben",
    "vorwerfen": "vorwarf vorgeworfen vorzuwerfen",
    "klarstellen": "klarstellte klargestellt",
    "schätzen": "schätzt schätzte schätzten",
    "bilanzieren": "bilanziert bilanzierte bilanzierten",
    "urteilen": "urteilt urteilte urteilten",
    "bitten": "bat baten bittet",
    "loben": "lobt lobte lobten",
    "argumentieren": "argumentiert argumentierte argumentierten argumentieren",
}
"""Speech verb lemmas with their surface forms (finite, participle); separable verbs are in SEPARABLE_VERBS."""

SEPARABLE_VERBS: dict[str, tuple[str, str]] = {
    "teilt": ("mitteilen", "mit"), "teilte": ("mitteilen", "mit"), "teilten": ("mitteilen", "mit"),
    "kündigt": ("ankündigen", "an"), "kündigte": ("ankündigen", "an"), "kündigten": ("ankündigen", "an"),
    "fügt": ("hinzufügen", "hinzu"), "fügte": ("hinzufügen", "hinzu"), "fügten": ("hinzufügen", "hinzu"),
    "räumt": ("einräumen", "ein"), "räumte": ("einräumen", "ein"), "räumten": ("einräumen", "ein"),
    "weist": ("hinweisen", "hin"), "wies": ("hinweisen", "hin"), "wiesen": ("hinweisen", "hin"),
    "gibt": ("angeben", "an"), "gab": ("angeben", "an"), "gaben": ("angeben", "an"),
    "stellt": ("klarstellen", "klar"), "stellte": ("klarstellen", "klar"),
    "spricht": ("aussprechen", "aus"), "sprach": ("aussprechen", "aus"),
    "führt": ("ausführen", "aus"), "führte": ("ausführen", "aus"),
    "warf": ("vorwerfen", "vor"), "wirft": ("vorwerfen", "vor"), "warfen": ("vorwerfen", "vor"),
    "macht": ("deutlich machen", "deutlich"), "machte": ("deutlich machen", "deutlich"),
    "machten": ("deutlich machen", "deutlich"),
}
"""Finite stems of separable speech verbs mapped to (lemma, particle); the particle must follow in the sentence.
"deutlich machen" / "klarmachen" ("Bürgermeister Jan Roth machte deutlich, dass …") come from the story pages of
issue 11."""

IMPERSONAL_CUES: frozenset[str] = frozenset({"heißt", "hieß", "hiess"})
"""Verbs that cue speech with "es" and a source after them: "…“, heißt es im Statement des BVB"."""

FREE_RELATIVES: frozenset[str] = frozenset({"was"})
"""A cue in a clause opening with these reports nothing ("Was X berichtete, ist jetzt offiziell"): the clause is
the subject of the narrator's sentence."""

ANAPHORIC_OBJECTS: frozenset[str] = frozenset({"das", "dies"})
"""A sentence opening "Das hatte X behauptet" / "Dies bestätigte X" credits the sentence before it to X."""

OBLIQUE_WORDS: frozenset[str] = frozenset({"dem", "den", "ihm", "ihn", "ihnen"})
"""Articles and pronouns that are never in the nominative (German grammar): a noun phrase they open before a cue
("Den USA warf Kim vor") is its object, and the speaker follows the verb."""

AS_FRAMES: frozenset[str] = frozenset({"wie"})
"""A clause opening a sentence with this word around a cue credits the main clause after its comma to the speaker
("Wie das „Petit Journal“ meldet, soll …")."""

PLURAL_PRONOUNS: frozenset[str] = frozenset()
"""Plural pronouns that refer back to a group of people named just before (none: "sie" is also "she" and the polite form)."""

QUANTIFIER_PRONOUNS: frozenset[str] = frozenset({"viele", "manche", "einige", "alle", "andere", "keiner", "niemand"})
"""Quantities of people as speakers ("some say"): never the one person a later "he" or "she" refers to."""

DATIVE_PRONOUNS: frozenset[str] = frozenset({"mir", "dir", "uns", "euch"})
"""Addressee pronouns between a cue and its speaker ("sagte mir ein Landwirt"): skipped to find the speaker."""

SO_CUE: str = "so"

NAMING_VERBS: frozenset[str] = frozenset()
"""Verbs of calling with a quoted object complement (see cues_en); German "nennen" and "bezeichnen" are speech
verbs already (SPEECH_VERBS), so none are needed here."""
"""After a quote: "…", so der Machthaber."""

ATTRIBUTION_BEFORE: tuple[str, ...] = ("laut", "lt.", "gemäß", "gemäss")
"""Prepositions that put the source after them: "laut KCNA", "gemäss Medienberichten" (Swiss spelling)."""

ATTRIBUTION_AFTER: tuple[str, ...] = ("zufolge",)
"""Postpositions that put the source before them: "der Agentur zufolge"."""

ATTRIBUTION_PHRASES: tuple[str, ...] = (
    "nach angaben von", "nach angaben des", "nach angaben der", "nach angaben", "unter berufung auf",
    "nach informationen von", "nach informationen des", "nach informationen der", "nach darstellung von",
    "nach darstellung des", "nach darstellung der", "nach worten von", "nach den worten von",
    "nach schätzungen der", "nach schätzungen des", "nach schätzungen von", "nach schätzung der",
    "nach schätzung des", "nach schätzung von", "nach zählung der", "nach zählung des", "nach zählung von",
)
"""Multi-word attribution phrases, the source follows ("nach Angaben von Interfax")."""

SOURCE_ADJECTIVE_PHRASE_NOUNS: frozenset[str] = frozenset({"angaben", "medienangaben", "informationen", "darstellung"})
"""Nouns in "nach russischen Angaben": the attribution is vague and stays unresolved. Written as the end of a
compound ("nach Polizeiangaben", "nach Veranstalterangaben") the first part names the source."""


COMPLEMENTIZERS: frozenset[str] = frozenset({"dass", "daß", "ob"})

PRONOUNS: frozenset[str] = frozenset({"er", "sie"})
"""Personal pronouns that may refer back to a speaker."""

WEAK_PRONOUNS: frozenset[str] = frozenset({"es"})

NEUTER_PRONOUNS: frozenset[str] = frozenset({"es"})
"""Pronouns that refer to an organisation or a thing, never to a person."""

COORDINATORS: frozenset[str] = frozenset({"und", "aber"})
"""Conjunctions before a second cue verb that shares the first one's speaker ("said …, but added")."""

OTHER_PRONOUNS: frozenset[str] = frozenset("ich wir man du ihr keiner niemand jeder jemand viele manche".split())
"""Pronoun speakers that are recorded as mentions but never resolved to a name."""
"""Pronouns taken as speaker mentions that only the previous speaker resolves."""

DETERMINERS: frozenset[str] = frozenset(
    """der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen
    dieser diese dieses diesem diesen sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren
    unser unsere unserer unseres unserem unseren mein meine meiner meines meinem meinen""".split()
)

INDEFINITE_DETERMINERS: frozenset[str] = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
PICTURE_DEMONSTRATIVES: frozenset[str] = frozenset({"diese", "dieser", "dieses", "diesem", "diesen", "jene"})
"""A speaker shown rather than named ("fragten diese Demonstranten" unter einem Foto): a quotation on a line of its
own credited so is the picture's placard or banner, not a statement."""

NP_STOP_WORDS: frozenset[str] = frozenset(
    """am an auf aus bei beim im in mit nach seit über um unter von vor zu zum zur gegenüber zufolge und oder
    aber sowie bereits schon noch auch dabei dazu zuvor zuletzt später damals seinerzeit heute gestern nun
    jetzt dann dort hier inzwischen erneut zudem außerdem ebenfalls nicht kein keine sich es""".split()
)
"""Words that end a speaker noun phrase."""

ROLE_SUFFIXES: tuple[str, ...] = (
    "präsident", "präsidentin", "chef", "chefin", "minister", "ministerin", "machthaber", "sprecher",
    "sprecherin", "kanzler", "kanzlerin", "führer", "führerin", "vorsitzende", "vorsitzender", "leiter",
    "leiterin", "botschafter", "botschafterin", "berater", "beraterin", "diplomat", "diplomatin", "general",
    "oberhaupt", "premier", "premierminister", "regierungschef", "staatschef", "diktator", "monarch", "könig",
    "königin", "sekretär", "sekretärin", "kommandeur", "bürgermeister", "bürgermeisterin", "abgeordnete",
    "abgeordneter", "senator", "senatorin", "übersetzer", "experte", "expertin", "analyst", "analystin",
    "polizist", "polizistin", "beamter", "beamtin", "augenzeuge", "augenzeugin", "anwohnerin", "demonstrantin",
    "teilnehmerin", "landwirt", "landwirtin", "sanitäter", "sanitäterin", "reporter", "reporterin",
    "korrespondent", "korrespondentin", "richter", "richterin", "trainer", "trainerin",
)
"""Endings of role nouns that can stand before a name ("Kreml-Chef Wladimir Putin")."""

HEAD_OF_STATE_ROLES: frozenset[str] = frozenset(
    {"präsident", "staatschef", "staatsoberhaupt", "machthaber", "führer", "diktator", "staatsratsvorsitzende"}
)
"""Roles that name the same person for one country, used only when one person holds them in the article."""

COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    "russland": ("russland", "russlands", "russisch", "moskau", "moskaus"),
    "nordkorea": ("nordkorea", "nordkoreas", "nordkoreanisch", "pjöngjang", "pjöngjangs", "norkoreas"),
    "südkorea": ("südkorea", "südkoreas", "südkoreanisch", "seoul", "seouls"),
    "usa": ("usa", "us", "amerika", "amerikas", "amerikanisch", "vereinigte staaten", "washington", "washingtons"),
    "china": ("china", "chinas", "chinesisch", "peking", "pekings"),
    "japan": ("japan", "japans", "japanisch", "tokio"),
    "ukraine": ("ukraine", "ukrainisch", "kiew", "kiews"),
    "deutschland": ("deutschland", "deutschlands", "deutsch", "bundes", "berlin"),
    "frankreich": ("frankreich", "frankreichs", "französisch", "paris"),
    "großbritannien": ("großbritannien", "großbritanniens", "britisch", "london"),
    "iran": ("iran", "irans", "iranisch", "teheran"),
    "israel": ("israel", "israels", "israelisch"),
    "türkei": ("türkei", "türkisch", "ankara"),
    "vietnam": ("vietnam", "vietnams", "vietnamesisch"),
    "belarus": ("belarus", "weißrussland", "belarussisch", "weißrussisch"),
    "österreich": ("österreich", "österreichs", "österreichisch"),
    "schweiz": ("schweiz", "schweizer", "schweizerisch"),
    "europa": ("europa", "europas", "europäisch", "eu"),
}
"""Country keys with the genitive, adjective stem and capital forms that mark a national role."""

ADJECTIVE_ENDINGS: tuple[str, ...] = ("er", "en", "em", "es", "e")

ORG_SPEAKERS: frozenset[str] = frozenset(
    """KCNA Interfax Tass TASS Ria RIA Yonhap Reuters dpa AFP AP Kreml Kremls Pentagon Regierung Außenministerium
    Verteidigungsministerium Weißes Nato NATO UN UNO EU Bundesregierung Ministerium Agentur Nachrichtenagentur
    Polizei Armee Militär Staatsmedien Staatsfernsehen Xinhua Bloomberg CNN BBC""".split()
)
"""Organisation and agency names that speak ("KCNA berichtete", "teilte der Kreml mit")."""

ORG_NOUNS: frozenset[str] = frozenset(
    """nachrichtenagentur agentur regierung ministerium außenministerium kreml zeitung sender behörde polizei
    armee militär staatsmedien medien nachrichtenagenturen ligist""".split()
)
"""Endings of organisation nouns ("Bundesligist", "Zweitligist" for a club)."""

ORG_DESCRIPTION_SUFFIXES: tuple[str, ...] = ("ligist",)
"""Heads of a description of a named club or company ("der an der Börse notierte Bundesligist"): it is the
organisation its reported words name, else the one named last (unlike vague sources such as "russische Medien")."""

ORG_DESCRIPTIONS: frozenset[str] = frozenset(
    "unternehmen konzern firma agentur gruppe organisation hersteller fluggesellschaft versorger verein klub club "
    "blatt zeitung sender bahn".split())
"""Generic nouns that, after a definite article ("das Unternehmen"), describe the organisation named last."""

PERSON_NOUN_SUFFIXES: tuple[str, ...] = ()
"""Endings of nouns for people; empty: German descriptions resolve through learned role nouns only."""

NON_PERSON_NOUNS: frozenset[str] = frozenset()
"""Nouns with a personal-noun ending that name things, not people."""

KIN_NOUNS: frozenset[str] = frozenset()
"""Nouns for relatives ("the father"), who are rarely the person named last."""

KONJUNKTIV1_FORMS: frozenset[str] = frozenset(
    """sei seien seiest seist habe habest könne könnest müsse wolle solle dürfe werde werdest gebe wisse liege
    gehe komme stehe befinde bleibe brauche fehle lasse gelte sehe trage hänge mache plane wolle arbeite
    handle erwarte bestehe verfüge beabsichtige lehne strebe unterstütze hoffe""".split()
)
"""Frequent Konjunktiv I forms that differ from the indicative in the third person."""

KONJUNKTIV2_FORMS: frozenset[str] = frozenset(
    """wäre wären hätte hätten würde würden könnte könnten müsste müssten sollte sollten dürfte dürften
    wollte wollten teilnähmen gäbe gäben käme kämen""".split()
)
"""Konjunktiv II forms used as a stand-in for reported speech; they only continue an attribution."""

PAST_LIKE_KONJUNKTIV2: frozenset[str] = frozenset("wollte wollten sollte sollten".split())
"""Konjunktiv II forms of weak verbs, spelled like the past indicative (Duden grammar: "er wollte" is both):
after a cue's clause they may be reported speech, but alone they do not carry a report on to the next sentence
("… sagte Passagierin Melanie K. Sie wollte mit ihren Kindern nach Mallorca fliegen")."""

OPINION_MARKERS: tuple[str, ...] = (
    "meiner meinung", "meines erachtens", "ich finde", "ich glaube", "hoffentlich", "leider", "zum glück",
    "unserer meinung", "wir finden", "man sollte", "muss man", "sollte man",
)

BOILERPLATE_MARKERS: tuple[str, ...] = (
    "e-mail", "newsletter", "kommentar", "abonnieren", "weiterlesen", "cookie", "datenschutz", "anmelden",
    "quelle:", "foto-serie", "bilder des tages", "teilen", "©", "copyright", "alle rechte", "similar news",
    "ähnliche nachrichten", "video-seite", "mehr zum thema", "lesen sie auch", "werbung", "anzeige",
    "erforderliche felder", "ein fehler aufgetreten", "vielen dank für ihr interesse",
)
"""Lower-case fragments of site furniture that is never a claim."""

READER_ADDRESS: frozenset[str] = frozenset({
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure", "euren",
    "eurem", "eurer", "eures",
})
"""Pronouns that address the reader ("Im Video könnt ihr euch einen Eindruck verschaffen"): a sentence using
one outside quoted words is a prompt, not a claim. Informal second person only; "ihr" and "Sie" also mean
"her" and "she/they" (German grammar)."""

TEMPORAL_MODIFIERS: frozenset[str] = frozenset(
    """damalig früher ehemalig einstig verstorben gestorben jetzig neu künftig designiert amtierend alt
    vorherig letzt""".split()
)
"""Adjective stems that make a role a different person ("der damalige Kremlchef")."""

EAST_ASIAN_SURNAMES: frozenset[str] = frozenset(
    """Kim Lee Li Park Pak Choi Moon Yoon Xi Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Hu Jiang Abe Kishida
    Ri Jong Chung Han Shin Kang Cho Jang Nguyen Tran Ho Mao Deng""".split()
)
"""Family names written first: "Kim Jong Un" is also called "Kim"."""

TITLE_NOUNS: tuple[str, ...] = (
    "reihe", "titel", "buch", "film", "sendung", "motto", "operation", "aktion", "projekt", "kampagne",
    "serie", "show", "song", "lied", "album", "roman", "artikel", "gesetz", "plan", "programm", "initiative",
    "magazin", "zeitung", "format", "dokumentation", "namens", "genannt", "heißt", "hieß", "sogenannte",
    "sogenannten", "sog.", "stichwort", "hashtag", "partei", "bündnis", "gruppe",
)
"""Words before a quoted title or name that mark it as a name, not speech ("die Reihe „Durch die Nacht“")."""

SUBORDINATORS: frozenset[str] = frozenset({"wie", "als", "während", "nachdem", "weil", "da", "wenn", "obwohl"})

NAME_ARTICLES: frozenset[str] = frozenset(
    "der die das des dem den im am zum zur vom beim ins einer eines einem".split()
)
"""Articles before a quoted capitalised verbless phrase that make it a name ("die „Frankfurter Zeitung“")."""

CLAUSE_OPENERS: frozenset[str] = frozenset("und aber doch denn sondern oder auch".split())
"""Coordinators that may open a clause before its subject ("aber Putin sagte")."""

MALE_PRONOUNS: frozenset[str] = frozenset({"er", "ihm", "ihn"})
FEMALE_PRONOUNS: frozenset[str] = frozenset()
"""Gendered pronouns ("sie" is left out: it is also plural and the polite form)."""

MALE_HONORIFICS: frozenset[str] = frozenset({"herr", "herrn"})
FEMALE_HONORIFICS: frozenset[str] = frozenset({"frau"})

PARTICIPLE_CUES: frozenset[str] = frozenset()

TIME_WORDS: frozenset[str] = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag heute gestern morgen".split()
)
"""Time words that follow a cue ("sagte am Montag") and are never its speaker."""

INFINITIVE_MARKERS: frozenset[str] = frozenset({"zu"})
"""Words before an infinitive cue ("zu erklären"): no reported speech follows from it."""
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
"""None for German: "wurde gebeten, …" puts the auxiliary before the participle's clause, not right before it."""

PRONOUN_TAGS: frozenset[str] = frozenset({"PDS", "PRELS"})
"""STTS tags of demonstrative and relative pronouns that can be a cue's subject ("Die haben gesagt", "…, die sagen")."""

SPOKESPERSON_NOUNS: tuple[str, ...] = ("sprecher", "sprecherin", "sprechers", "vertreter", "vertreterin", "vertreters")
"""Nouns for someone speaking for an organisation; the organisation is the speaker ("ein Bahn-Sprecher")."""

COLLECTIVE_SPEAKERS: tuple[str, ...] = (
    "polizei", "feuerwehr", "feuerwehren", "veranstalter", "organisatoren", "bahn", "regierung", "bundesregierung",
    "ministerium", "behörde", "behörden", "verein", "klub", "club", "konzern", "unternehmen", "gewerkschaft",
    "wetterdienst", "staatsanwaltschaft", "gericht", "verband", "bündnis", "agentur", "nachrichtenagentur",
    "zeitung", "blatt", "sender", "kreml", "stadt", "gemeinde", "landkreis", "kritiker", "befürworter", "gegner",
    "demonstranten", "teilnehmer", "experten", "trägerkreis", "ärzte", "anwohner", "ermittler", "rettungskräfte",
    "meteorologen", "flughafen", "flughafenbetreiber",
)
"""Head nouns of organisations and groups that speak as a whole ("die Polizei", "die Veranstalter")."""

PEOPLE_GROUPS: frozenset[str] = frozenset(
    "kritiker befürworter gegner demonstranten teilnehmer experten ärzte anwohner bewohner einwohner ermittler "
    "rettungskräfte meteorologen passagiere reisende fahrgäste".split())
"""Heads of groups of people among COLLECTIVE_SPEAKERS: they speak as a group, but nobody is their spokesperson
("2.000 Anwohner mussten ihre Häuser verlassen, sagte ein Sprecher": the spokesperson is not the residents')."""

WRITTEN_SPEAKERS: frozenset[str] = frozenset()
"""Heads of unnamed groups and publications that speak as written; none yet for German (COLLECTIVE_SPEAKERS and
DOCUMENT_SPEAKERS cover the stories' sources)."""

DOCUMENT_SPEAKERS: tuple[str, ...] = ("schätzung", "zählung", "mitteilung", "erklärung", "pressemitteilung",
                                      "veröffentlichung", "statement", "stellungnahme", "website", "webseite",
                                      "bericht")
"""Heads of documents that speak for their author ("eine Mitteilung des Vereins")."""

PERSON_HEAD_SUFFIXES: tuple[str, ...] = ("er", "erin", "in", "ist", "istin", "ige", "iger", "mann", "frau", "kind",
                                         "vater", "mutter", "ant", "ent", "eur", "ler", "ner", "te", "ter")
"""Endings of German nouns for people ("ein Vater", "eine Polizistin", "eine 67-Jährige"): an unnamed person
described in the text is kept as the speaker as written."""

ATTACHMENT_WORDS: frozenset[str] = frozenset({"der", "des", "von", "vom", "beim", "bei"})
"""Words joining a spokesperson to the organisation they speak for ("Sprecher der Bahn", "Sprecher von Campact")."""

INSCRIPTION_STEMS: tuple[str, ...] = (
    "plakat", "transparent", "aufschrift", "banner", "lautsprecher", "losung", "parole", "slogan",
    "sprechchor", "spruchband", "spruchbänder", "t-shirt", "aufkleber", "graffiti", "inschrift", "fahne",
)
"""Stems of words for written or chanted slogans: a quotation in their sentence without a speech cue is an
inscription, not a quote ("hielten Plakate hoch, auf denen „…“ stand", "mit der Aufschrift „…“")."""

FIGURE_SPEECH_FORMS: frozenset[str] = frozenset("sprach sprachen spricht sprechen gesprochen".split())
"""Verbs of "X sprach von 150.000 Teilnehmern": the figure after "von" is X's report."""

FIGURE_PREPOSITIONS: frozenset[str] = frozenset({"von"})

COUNT_FORMS: frozenset[str] = frozenset(
    "zählte zählten zählt gezählt schätzte schätzten schätzt geschätzt bezifferte bezifferten beziffert".split())
"""Verbs of counting and estimating: "Die Polizei zählte nur 150 000" reports the subject's figure."""

NUMBER_WORDS: tuple[str, ...] = ("tausend", "million", "milliard", "hundert", "viertelmillion", "dutzend")
"""Number words inside a reported figure ("von einer Viertelmillion Menschen")."""

REPORT_ADVERBS: frozenset[str] = frozenset({"demnach", "demzufolge"})
"""Adverbs that mark a sentence as still reporting the source of the sentence before ("Insgesamt waren es
demnach knapp 20 Züge")."""

CLAUSE_PARTICLES: frozenset[str] = frozenset()
"""Particles that make a speech verb only before a clause (see cues_en); German "klar" also ends a report
("…, stellte er klar.")."""

SEPARABLE_ALTERNATIVES: dict[str, tuple[tuple[str, str], ...]] = {
    "gab": (("bekanntgeben", "bekannt"),), "gibt": (("bekanntgeben", "bekannt"),),
    "gaben": (("bekanntgeben", "bekannt"),), "gebe": (("bekanntgeben", "bekannt"),),
    "stellte": (("darstellen", "dar"),), "stellt": (("darstellen", "dar"),),
    "sprach": (("ansprechen", "an"),), "spricht": (("ansprechen", "an"),),
    "macht": (("klarmachen", "klar"),), "machte": (("klarmachen", "klar"),), "machten": (("klarmachen", "klar"),),
}
"""Further separable speech verbs sharing a finite form with one in SEPARABLE_VERBS ("gab … bekannt")."""

PERSON_DESCRIPTION_NOUNS: frozenset[str] = frozenset(
    """franzose französin deutsche deutscher russe russin amerikaner amerikanerin brite britin spanier spanierin
    italiener italienerin niederländer niederländerin österreicher österreicherin schweizer schweizerin pole
    polin türke türkin chinese chinesin japaner japanerin koreaner koreanerin nordkoreaner ukrainer ukrainerin
    portugiese brasilianer argentinier belgier schwede norweger däne""".split()
)
"""Nouns that describe a person already named ("der 20-Jährige Franzose"); with an age noun ("der 20-Jährige")
a definite description goes back to the person named last."""

SOURCE_PAREN_NOUNS: frozenset[str] = frozenset({"zahl", "zahlen", "angaben", "schätzung", "schätzungen", "zählung",
                                                 "polizeiangaben", "veranstalterangaben", "laut", "nach"})
"""Words in a bracket after a figure that name its source: "150.000 (offizielle Zahl der Polizei)"."""

# Complement clauses of speech, thought and writing ("wir wissen, daß …", "die Hoffnung, daß …", "bat ihn, … zu
# melden"). Source: written by hand for factcheck from standard German grammar: the verbs and nouns of saying,
# thinking, learning of a report and writing (verba dicendi et sentiendi) that take a dass-, ob- or zu-complement
# or a clause in the Konjunktiv. Lemmas in today's spelling; complements.spelling_key reads old spelling as today's
# ("Vermuthung", "daß"). Checked against redewiedergabe's categories (speech, thought, writing), not taken from it.

COMPLEMENT_VERBS: frozenset[str] = frozenset(
    """sagen erklären betonen berichten mitteilen äußern behaupten versichern bemerken erwähnen erzählen melden
    verkünden ankündigen antworten entgegnen erwidern einwenden hinzufügen ergänzen bestätigen bekräftigen beteuern
    zugeben einräumen gestehen eingestehen leugnen bestreiten dementieren fragen anfragen bitten ersuchen auffordern
    fordern verlangen vorschlagen empfehlen raten warnen mahnen drohen versprechen zusagen zusichern verbieten
    erlauben gestatten befehlen anordnen verordnen beantragen beschließen vereinbaren verabreden klagen beklagen
    kritisieren vorwerfen vorhalten hervorheben unterstreichen hinweisen verweisen ausführen darlegen schildern
    andeuten verraten verlauten bekanntgeben erinnern schreiben lesen telegraphieren verlautbaren argumentieren
    begründen feststellen konstatieren prophezeien voraussagen vorhersagen anführen entgegenhalten verschweigen
    beschwören nachweisen glauben meinen denken wissen ahnen vermuten annehmen erwarten hoffen fürchten befürchten
    wünschen bezweifeln zweifeln anzweifeln überlegen erwägen bedenken begreifen einsehen erkennen merken vergessen
    träumen voraussetzen beabsichtigen entschließen erfahren hören vernehmen bedauern rechnen zugestehen
    beschuldigen anklagen verpflichten bezeugen kolportieren verbreiten""".split()
)
"""Verb lemmas (separable ones with their particle) whose comma-separated complement is reported content."""

COMPLEMENT_ZU_VERBS: frozenset[str] = frozenset(
    """bitten ersuchen auffordern fordern verlangen vorschlagen empfehlen raten warnen mahnen drohen versprechen
    zusagen zusichern verbieten erlauben gestatten befehlen anordnen beantragen beschließen vereinbaren verabreden
    behaupten erklären ankündigen hoffen fürchten befürchten glauben wünschen beabsichtigen entschließen leugnen
    bestreiten versichern gestehen zugeben vorwerfen vorhalten beschuldigen anklagen verpflichten beschwören""".split()
)
"""Verbs whose zu-infinitive complement is what was asked, promised or claimed ("bat ihn, … zu melden"); verbs of
knowing are left out ("wusste, sich zu helfen" is a skill, not a report)."""

COMPLEMENT_NOUNS: frozenset[str] = frozenset(
    """meinung ansicht auffassung anschauung überzeugung behauptung versicherung erklärung aussage äußerung bemerkung
    nachricht meldung mitteilung kunde gerücht hoffnung befürchtung furcht besorgnis erwartung vermutung annahme
    verdacht gedanke vorstellung eindruck gefühl gewissheit glaube zweifel wunsch forderung bitte aufforderung
    antrag vorschlag befehl auftrag weisung anweisung beschluss entschluss absicht versprechen zusage zusicherung
    drohung warnung mahnung vorwurf klage beschwerde einwand hinweis erkenntnis einsicht ahnung bewusstsein frage
    antwort bescheid begründung ausspruch erwägung überlegung bedenken geständnis zeugnis vermerk bestätigung
    ankündigung zugeständnis standpunkt beteuerung prophezeiung vorhersage voraussage übereinkunft vereinbarung
    verpflichtung""".split()
)
"""Noun lemmas of speech, thought and writing whose comma-separated complement is the content ("die Hoffnung,
daß …", "mit der Begründung, es könnte …")."""

COMPLEMENT_ZU_NOUNS: frozenset[str] = frozenset(
    """aufforderung bitte forderung befehl auftrag antrag vorschlag wunsch absicht entschluss beschluss versprechen
    zusage drohung warnung hoffnung weisung anweisung vorwurf verpflichtung""".split()
)
"""Nouns whose zu-infinitive complement is the content ("eine Aufforderung an die Hausfrauen, … zu bringen")."""

COMPLEMENT_ADJECTIVES: frozenset[str] = frozenset({"überzeugt", "bewusst", "gewiss", "entschlossen", "einig"})
"""Predicative adjectives of a belief or resolve with a complement ("ist sich bewusst, daß …")."""

SEPARABLE_PREFIXES: tuple[str, ...] = (
    "ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "fort", "her", "hin", "mit", "nach", "vor", "weg",
    "zurück", "zusammen", "hinzu", "heraus", "hervor", "los", "teil", "wieder", "bekannt", "klar", "zu",
)
"""Particles of separable verbs, which take the "zu" of a zu-infinitive inside ("mitzuteilen", "anzugeben"): a
tagger that does not know the old spelling ("mitzutheilen") still tags it an infinitive (German grammar)."""

COMMENT_OPENERS: frozenset[str] = frozenset({"was", "nämlich"})
"""Words after a comma that open the narrator's comment on a reported clause ("…, was nun tatsächlich zugetroffen
ist", "…, nämlich auch …"): the reported clause ends at that comma."""

WH_COMPLEMENTIZERS: frozenset[str] = frozenset(
    "ob warum weshalb weswegen wann wieso inwiefern inwieweit wieviel wieviele welche welcher welches".split())
"""Question words opening an indirect question after a cue ("fragte, ob …", "erklärte, warum …"); "wie", "was"
and "wo" count only right after the cue, elsewhere they are comparisons and relative pronouns."""

