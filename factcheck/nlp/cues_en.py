"""English cue words for quote and claim extraction: speech verbs, attribution phrases, roles, pronouns."""

from __future__ import annotations

SPEECH_VERBS: dict[str, str] = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "state": "state states stated",
    "explain": "explain explains explained",
    "note": "note notes noted",
    "argue": "argue argues argued",
    "claim": "claim claims claimed",
    "announce": "announce announces announced",
    "warn": "warn warns warned warning",
    "insist": "insist insists insisted",
    "write": "write writes wrote written",
    "ask": "ask asks asked",
    "reply": "reply replies replied",
    "respond": "respond responds responded",
    "suggest": "suggest suggests suggested",
    "recall": "recall recalls recalled",
    "continue": "continued",
    "acknowledge": "acknowledge acknowledges acknowledged",
    "admit": "admit admits admitted",
    "emphasize": "emphasize emphasizes emphasized emphasise emphasises emphasised",
    "stress": "stress stresses stressed",
    "confirm": "confirm confirms confirmed",
    "report": "report reports reported",
    "predict": "predicts predicted",
    "describe": "describes described",
    "urge": "urges urged",
    "promise": "promises promised promising",
    "declare": "declares declared",
    "tweet": "tweets tweeted",
    "comment": "comments commented",
    "maintain": "maintains maintained",
    "contend": "contends contended",
    "caution": "cautions cautioned",
    "estimate": "estimates estimated",
    "indicate": "indicates indicated",
    "concede": "concedes conceded",
    "observe": "observes observed",
    "agree": "agrees agreed",
    "think": "thinks",
    "repeat": "repeats repeated",
    "recount": "recounts recounted",
    "testify": "testifies testified",
    "allege": "alleges alleged",
    "mention": "mentions mentioned",
    "reiterate": "reiterates reiterated",
    "assert": "asserts asserted",
    "vow": "vows vowed",
}
"""Speech verb lemmas with their surface forms."""

SEPARABLE_VERBS: dict[str, tuple[str, str]] = {
    "points": ("point out", "out"), "pointed": ("point out", "out"),
    "made": ("make clear", "clear"), "makes": ("make clear", "clear"), "make": ("make clear", "clear"),
}
"""Speech verbs written with a particle ("pointed out", "made clear that", the English of "machte deutlich")."""

CLAUSE_PARTICLES: frozenset[str] = frozenset({"clear"})
"""Particles that make a speech verb only before the clause they introduce ("made clear that …", "made it clear,
…"); at the end of a sentence ("as the report makes clear.") the writer cites support, not speech (GenderGapTracker
does not annotate it)."""

SO_CUE: str = ""

NAMING_VERBS: frozenset[str] = frozenset("call calls called calling dubbed dubs labeled labelled labels branded".split())
"""Verbs of calling whose object complement is a quoted phrase ("Obama called the holiday “a celebration …”",
"Pepper called the decision a “huge win”"): the subject said those words. From the attributions of PolNeAR's
development half (Newell et al. 2018) whose partial quotes had no speech verb; a past participle ("a group called
“…”") names rather than speaks and is not read so."""

OBLIQUE_WORDS: frozenset[str] = frozenset()
"""Words that never open an English subject noun phrase before a cue; none are needed (word order marks it)."""

AS_FRAMES: frozenset[str] = frozenset({"as"})
"""A clause opening a sentence with this word around a cue credits the main clause after its comma to the speaker
("As the agency reported, the talks …")."""

PLURAL_PRONOUNS: frozenset[str] = frozenset({"they"})
"""Plural pronouns that refer back to a group of people named just before ("they")."""

QUANTIFIER_PRONOUNS: frozenset[str] = frozenset({"some", "many", "all", "most", "others", "everyone", "nobody"})
"""Quantities of people as speakers ("some say"): never the one person a later "he" or "she" refers to."""

DATIVE_PRONOUNS: frozenset[str] = frozenset()
"""Addressee pronouns between a cue and its speaker; English puts them after the speaker ("X told me")."""

ORG_DESCRIPTION_SUFFIXES: tuple[str, ...] = ("club", "side")
"""Heads of a description of a named club or company ("the Spanish club said", "the Bundesliga side"): it is the
organisation its reported words name, else the one named last."""

IMPERSONAL_CUES: frozenset[str] = frozenset({"reads"})
"""Verbs that cue speech with "it" and a source after them: "…”, it reads in the statement"."""

FREE_RELATIVES: frozenset[str] = frozenset({"what"})
"""A cue in a clause opening with these reports nothing: "What the paper reported is now official"."""

ANAPHORIC_OBJECTS: frozenset[str] = frozenset({"this", "that"})
"""A sentence opening "That is what X said" / "This was confirmed by X" credits the sentence before it to X."""

ATTRIBUTION_BEFORE: tuple[str, ...] = ()
ATTRIBUTION_AFTER: tuple[str, ...] = ()
ATTRIBUTION_PHRASES: tuple[str, ...] = ("according to", "as reported by", "citing")
"""Attribution phrases, the source follows ("according to Reuters")."""

SOURCE_ADJECTIVE_PHRASE_NOUNS: frozenset[str] = frozenset({"reports", "sources", "officials"})


COMPLEMENTIZERS: frozenset[str] = frozenset({"that", "whether", "if"})

PRONOUNS: frozenset[str] = frozenset({"he", "she"})

WEAK_PRONOUNS: frozenset[str] = frozenset({"it", "they"})

"""Pronouns taken as speaker mentions that only the previous speaker resolves."""

NEUTER_PRONOUNS: frozenset[str] = frozenset({"it"})
"""Pronouns that refer to an organisation or a thing, never to a person."""

COORDINATORS: frozenset[str] = frozenset({"and", "but"})
"""Conjunctions before a second cue verb that shares the first one's speaker ("said …, but added")."""

OTHER_PRONOUNS: frozenset[str] = frozenset("i we you nobody everyone someone many some".split())
"""Pronoun speakers that are recorded as mentions but never resolved to a name."""

DETERMINERS: frozenset[str] = frozenset("the a an this that these those his her its their our".split())
INDEFINITE_DETERMINERS: frozenset[str] = frozenset({"a", "an"})
PICTURE_DEMONSTRATIVES: frozenset[str] = frozenset({"these", "this", "those"})
"""A speaker shown rather than named ("asked these marchers" under a photo): a quotation on a line of its own
credited so is the picture's placard or banner, not a statement."""

NP_STOP_WORDS: frozenset[str] = frozenset(
    """on in at to of for with by from about after before during and or but also then later earlier
    reporters journalists that in an interview told said last this on""".split()
)

ROLE_SUFFIXES: tuple[str, ...] = (
    "president", "minister", "leader", "spokesman", "spokeswoman", "spokesperson", "chancellor", "secretary",
    "chief", "director", "ceo", "chair", "chairman", "chairwoman", "mayor", "governor", "senator", "officer",
    "premier", "ambassador", "adviser", "advisor", "general", "commissioner", "professor", "analyst",
    "expert", "head", "dictator", "king", "queen", "representative", "judge", "lawyer", "founder",
    "coach", "manager", "executive", "councillor", "councilor", "member", "mp", "mla", "dr", "mr", "mrs", "ms",
)

HEAD_OF_STATE_ROLES: frozenset[str] = frozenset({"president", "leader", "head of state", "dictator"})

COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    "russia": ("russia", "russia's", "russian", "kremlin", "moscow"),
    "north korea": ("north korea", "north korea's", "north korean", "pyongyang"),
    "south korea": ("south korea", "south korea's", "south korean", "seoul"),
    "usa": ("us", "u.s.", "america", "american", "united states", "washington"),
    "china": ("china", "china's", "chinese", "beijing"),
    "ukraine": ("ukraine", "ukrainian", "kyiv", "kiev"),
    "canada": ("canada", "canada's", "canadian", "ottawa"),
    "uk": ("uk", "britain", "british", "london"),
}

ADJECTIVE_ENDINGS: tuple[str, ...] = ()

ORG_SPEAKERS: frozenset[str] = frozenset(
    """KCNA Interfax TASS Tass RIA Yonhap Reuters AFP AP Kremlin Pentagon Government Ministry NATO UN EU
    Xinhua Bloomberg CNN BBC Police Statistics""".split()
)
ORG_NOUNS: frozenset[str] = frozenset("agency government ministry kremlin police army military media".split())

ORG_DESCRIPTIONS: frozenset[str] = frozenset(
    "company firm utility agency group organization organisation corporation retailer carrier automaker insurer "
    "airline broadcaster manufacturer club side team newspaper paper railroad railway operator bank".split())
"""Generic nouns that, after a definite article ("the company"), describe the organisation named last."""

PERSON_NOUN_SUFFIXES: tuple[str, ...] = ("er", "or", "ist", "ian", "ent", "ant", "ee", "man", "woman", "person")
"""Endings of nouns for people ("the 32-year-old labourer", "the Cambridge resident", "the veteran")."""

NON_PERSON_NOUNS: frozenset[str] = frozenset(
    """paper newspaper letter order number computer center centre chapter register poster filter quarter border
    water matter corner report factor sector motor error mirror monitor indicator elevator committee plant
    restaurant grant event content extent patent talent percent accident incident comment moment statement
    government department parliament agreement document tower river weather summer winter counter
    trailer thriller""".split()
)
"""Nouns with a personal-noun ending that name things or bodies, not people."""

KIN_NOUNS: frozenset[str] = frozenset(
    "father mother brother sister daughter son wife husband partner uncle aunt grandfather grandmother".split())
"""Nouns for relatives ("the father"), who are rarely the person named last."""

KONJUNKTIV1_FORMS: frozenset[str] = frozenset()
KONJUNKTIV2_FORMS: frozenset[str] = frozenset()
PAST_LIKE_KONJUNKTIV2: frozenset[str] = frozenset()

OPINION_MARKERS: tuple[str, ...] = ("in my opinion", "i think", "i believe", "hopefully", "we believe", "should be")

BOILERPLATE_MARKERS: tuple[str, ...] = (
    "e-mail", "newsletter", "comments", "subscribe", "read more", "cookie", "privacy", "sign up", "click here",
    "©", "copyright", "all rights reserved", "advertisement", "related:", "share this",
)

READER_ADDRESS: frozenset[str] = frozenset({"you", "your", "yours", "yourself", "yourselves"})
"""Pronouns that address the reader ("You can watch the video here"): a sentence using one outside quoted
words is a prompt or advice, not a claim (news narration does not say "you")."""

TEMPORAL_MODIFIERS: frozenset[str] = frozenset("former late then current new incoming outgoing previous ex".split())

EAST_ASIAN_SURNAMES: frozenset[str] = frozenset(
    """Kim Lee Li Park Pak Choi Moon Yoon Xi Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Hu Jiang Abe Kishida
    Ri Jong Chung Han Shin Kang Cho Jang Nguyen Tran Ho Mao Deng""".split()
)

TITLE_NOUNS: tuple[str, ...] = (
    "titled", "entitled", "called", "dubbed", "named", "so-called", "book", "film", "movie", "show", "series",
    "song", "album", "operation", "campaign", "slogan", "hashtag", "program", "programme", "magazine", "novel",
)

SUBORDINATORS: frozenset[str] = frozenset({"as", "while", "when", "after", "because", "although"})

NAME_ARTICLES: frozenset[str] = frozenset("the a an".split())
"""Articles before a quoted capitalised verbless phrase that make it a name ("die „Frankfurter Zeitung“")."""

CLAUSE_OPENERS: frozenset[str] = frozenset("and but or so yet then also however meanwhile still".split())
"""Coordinators and connectives that may open a clause before its subject ("but Smith said")."""

MALE_PRONOUNS: frozenset[str] = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS: frozenset[str] = frozenset({"she", "her", "hers", "herself"})
"""Gendered pronouns, used to learn a person's gender from the text and to resolve "he"/"she" speakers."""

MALE_HONORIFICS: frozenset[str] = frozenset({"mr", "mr.", "sir"})
FEMALE_HONORIFICS: frozenset[str] = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame"})

PARTICIPLE_CUES: frozenset[str] = frozenset({"saying", "adding", "noting", "telling", "arguing", "explaining",
                                             "warning", "insisting", "claiming", "stating", "writing",
                                             "promising", "defending", "accusing"})
"""Participle cues after a comma whose speaker is the subject of the main clause ("Graf protested, saying ...")."""

TIME_WORDS: frozenset[str] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow january february
    march april may june july august september october november december""".split()
)
"""Time words that follow a cue ("said Sunday") and are never its speaker."""

INFINITIVE_MARKERS: frozenset[str] = frozenset({"to"})
"""Words before an infinitive cue ("to respond to"): no reported speech follows from it."""
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"been", "being", "was", "were", "is", "are", "be", "get", "got"})
"""Forms of "be" and "get" before a participle: "residents have been told to leave" is an instruction given to the
subject, not words the subject said (the cue of the sentence is elsewhere: ", officials said")."""

PRONOUN_TAGS: frozenset[str] = frozenset()
"""Tags of demonstrative and relative pronouns taken as a cue's subject (German only)."""

SPOKESPERSON_NOUNS: tuple[str, ...] = ("spokesman", "spokeswoman", "spokesperson", "representative", "official",
                                       "spokesmen", "representatives", "officials")
"""Nouns for someone speaking for an organisation; the organisation is the speaker ("a police spokesman")."""

COLLECTIVE_SPEAKERS: tuple[str, ...] = (
    "police", "brigade", "service", "organisers", "organizers", "government", "ministry", "agency", "club", "side",
    "company", "authorities", "officials", "opponents", "supporters", "proponents", "critics", "protesters",
    "zoos", "zoo", "operator", "court", "union", "office", "department", "board", "council", "experts",
    "residents", "firefighters", "forecasters", "meteorologists", "kremlin", "newspaper", "paper", "airport",
    "railroad", "railway",
)
"""Head nouns of organisations and groups that speak as a whole ("police", "the fire brigade", "Organisers")."""

PEOPLE_GROUPS: frozenset[str] = frozenset(
    "opponents supporters proponents critics protesters experts residents firefighters forecasters meteorologists "
    "officials passengers travellers travelers commuters".split())
"""Heads of groups of people among COLLECTIVE_SPEAKERS: they speak as a group, but nobody is their spokesperson
("forcing 2,000 residents to leave their homes, officials said": the officials are not the residents')."""

WRITTEN_SPEAKERS: frozenset[str] = frozenset(
    """groups analysts aides advisers advisors source sources observers advocates lawmakers economists
    researchers scientists activists investigators prosecutors diplomats legislators regulators letter article
    study survey poll polls memo email emails filing ruling document commentary editorial analysis tweet video
    slide clip submission ad ads campaign network book story percent""".split()
)
"""Heads of unnamed groups and of publications that speak as written ("human rights groups", "a Democratic
source", "the ad", "one slide", "the ruling"): the text names no one else behind them, so the speaker is the
mention itself, never the organisation named last. Written for factcheck from the attributions of US news."""

DOCUMENT_SPEAKERS: tuple[str, ...] = ("estimate", "count", "statement", "website", "release", "report", "announcement")
"""Heads of documents that speak for their author ("a statement from Barca")."""

PERSON_HEAD_SUFFIXES: tuple[str, ...] = ("er", "or", "ist", "ian", "ent", "ant", "ee", "man", "woman", "person",
                                         "ers", "ors", "ists", "ians", "ents", "ants", "men", "women", "father",
                                         "mother", "old")
"""Endings of English nouns for people: an unnamed person described in the text is kept as written."""

ATTACHMENT_WORDS: frozenset[str] = frozenset({"of", "for", "from", "at"})
"""Words joining a spokesperson to the organisation they speak for ("a spokesman for BVG")."""

INSCRIPTION_STEMS: tuple[str, ...] = (
    "placard", "banner", "slogan", "chant", "t-shirt", "sticker", "graffiti", "inscription", "poster",
    "loudspeaker", "motto",
)
"""Stems of words for written or chanted slogans: a quotation in their sentence without a speech cue is an
inscription, not a quote ("placards reading “…”", "the slogan “…”")."""

FIGURE_SPEECH_FORMS: frozenset[str] = frozenset()
FIGURE_PREPOSITIONS: frozenset[str] = frozenset()

COUNT_FORMS: frozenset[str] = frozenset("put puts putting estimated estimates estimate placed places".split())
"""Verbs of "police put the figure at 100,000": with "at" and a number they report the subject's figure."""

NUMBER_WORDS: tuple[str, ...] = ("thousand", "million", "billion", "hundred", "dozen")

REPORT_ADVERBS: frozenset[str] = frozenset({"reportedly", "allegedly"})
"""Adverbs that mark a sentence as still reporting the source of the sentence before."""

SEPARABLE_ALTERNATIVES: dict[str, tuple[tuple[str, str], ...]] = {}
PERSON_DESCRIPTION_NOUNS: frozenset[str] = frozenset()

SOURCE_PAREN_NOUNS: frozenset[str] = frozenset({"figure", "figures", "estimate", "estimates", "count", "according",
                                                 "per"})
"""Words in a bracket after a figure that name its source: "100,000 (police estimate)"."""
