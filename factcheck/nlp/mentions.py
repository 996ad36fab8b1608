"""Word classes, role and country keys, and noun-phrase spans used to find speaker mentions."""

from __future__ import annotations

import functools
import re
from types import ModuleType

from spacy.tokens import Doc, Token

from factcheck.language.datelines import story_start
from factcheck.nlp import cues_de, cues_en
from factcheck.nlp.quote_marks import QUOTE_MARKS

_HYPHENS = re.compile(r"[-‐‑–]")
_SPACES = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def cues_for(language: str) -> ModuleType:
    """Return the cue-word module for a language ("de" or "en")."""
    return cues_en if language == "en" else cues_de


def name_key(name: str) -> str:
    """Return a comparison key for a name: lower case, hyphens as spaces, no zero-width characters."""
    return _SPACES.sub(" ", _HYPHENS.sub(" ", _INVISIBLE.sub("", name.lower()))).strip()


@functools.lru_cache(maxsize=4096)
def _no_alnum(text: str) -> bool:
    """Tell whether a string has no letters or digits."""
    return not any(ch.isalnum() for ch in text)


_NAME_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL")


@functools.lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Map first names that only one gender bears in faker's per-locale lists to "m" or "f"."""
    import importlib

    male: set[str] = set()
    female: set[str] = set()
    for locale in _NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        male.update(n.lower() for n in getattr(provider, "first_names_male", ()))
        female.update(n.lower() for n in getattr(provider, "first_names_female", ()))
    return {**{n: "m" for n in male - female}, **{n: "f" for n in female - male}}


def first_name_gender(name: str) -> str | None:
    """Return "m" or "f" when the first word of a personal name is a first name of one gender only."""
    words = name.split()
    return _first_names().get(words[0].lower()) if len(words) >= 2 else None


def after_dateline(doc: Doc, text: str, lo: int, hi: int) -> int:
    """The first token of sentence ``lo:hi`` after a dateline opening it ("Frankfurt (Reuters) - BVB-Star ...",
    "BERLIN — More than ..."), else lo: the dateline is no part of a claim or of what a source said. ``text`` is
    the Doc's text (read once: ``doc.text`` joins all tokens on every access)."""
    start = doc[lo].idx
    head = text[start:start + 60]
    if not head[:1].isupper() or not any(mark in head for mark in "(|-–—"):
        return lo
    cut = start + story_start(text[start:doc[hi - 1].idx + len(doc[hi - 1])],
                              line_start=start == 0 or text[start - 1] == "\n")
    if cut == start:
        return lo
    for t in doc[lo:hi]:
        if t.idx >= cut:
            return t.i
    return lo


def is_punct(token: Token) -> bool:
    """Tell whether a token has no letters or digits."""
    return _no_alnum(token.text)


def is_capitalised(token: Token) -> bool:
    """Tell whether a token starts with an upper-case letter."""
    return token.text[:1].isupper()


class TokenClasses:
    """Word-class tests that use the tagger when the Doc has one and spelling when it has not."""

    def __init__(self, doc: Doc, cues: ModuleType) -> None:
        self.cues = cues
        self.tagged = any(t.pos_ for t in doc[: min(len(doc), 50)])
        self.german = cues is cues_de

    def is_det(self, token: Token) -> bool:
        """Tell whether a token is an article or possessive determiner."""
        return token.lower_ in self.cues.DETERMINERS

    def is_adj(self, token: Token) -> bool:
        """Tell whether a token can be an attributive adjective inside a noun phrase."""
        if token.lower_ in self.cues.NP_STOP_WORDS or is_punct(token):
            return False
        if self.tagged:
            return token.pos_ in ("ADJ", "NUM") or (token.pos_ == "ADV" and token.lower_ in ("knapp", "rund"))
        if self.german:
            return token.text.islower() and token.lower_.endswith(("e", "en", "er", "em", "es"))
        return False

    def is_role(self, token: Token) -> bool:
        """Tell whether a token is a role noun ("Präsident", "Kreml-Chef", "spokesman")."""
        return _is_role_word(token.lower_, self.cues)

    def is_noun(self, token: Token) -> bool:
        """Tell whether a token can head a noun phrase."""
        if token.lower_ in self.cues.NP_STOP_WORDS or is_punct(token):
            return False
        if self.tagged:
            if token.pos_ in ("NOUN", "PROPN"):
                return True
            if token.pos_ == "X" and is_capitalised(token):
                return True
            return self.is_role(token) or (not self.german and token.ent_type_ in ("PERSON", "ORG", "GPE"))
        if self.german:
            return is_capitalised(token)
        return is_capitalised(token) or self.is_role(token)

    def is_name(self, token: Token) -> bool:
        """Tell whether a token can be part of a proper name."""
        if not is_capitalised(token) or token.lower_ in self.cues.DETERMINERS:
            return False
        if self.is_role(token):  # a role word after an honorific is a surname ("Mr. King")
            prev = token.doc[token.i - 1].lower_.rstrip(".") if token.i > 0 else ""
            return prev in self.cues.MALE_HONORIFICS or prev in self.cues.FEMALE_HONORIFICS
        if token.ent_type_ in ("PER", "PERSON", "ORG"):
            return True
        if self.tagged:
            return token.pos_ in ("PROPN", "X")
        return True

    def is_pronoun(self, token: Token) -> bool:
        """Tell whether a token is a third-person pronoun that may refer to a speaker."""
        return token.lower_ in self.cues.PRONOUNS


@functools.lru_cache(maxsize=50_000)
def _is_role_word(lower: str, cues: ModuleType) -> bool:
    """Tell whether a lower-case word (hyphens allowed) is a role noun."""
    return role_stem(_HYPHENS.sub("", lower), cues) is not None


@functools.lru_cache(maxsize=50_000)
def role_stem(word: str, cues: ModuleType) -> str | None:
    """Return the uninflected role noun of a lower-case word ("präsidenten" -> "präsident") or None."""
    endings, whole = _role_suffixes(cues)
    for cand in (word, word[:-2], word[:-1]):
        if len(cand) > 2 and (cand.endswith(endings) or cand in whole):
            return cand  # a short role ("mp", "dr") only as the whole word: "Stumpf" is not an MP
    return None


@functools.lru_cache(maxsize=None)
def _role_suffixes(cues: ModuleType) -> tuple[tuple[str, ...], frozenset[str]]:
    """The role suffixes a word may end in (more than 3 letters) and the short ones it must be as a whole: one
    ``str.endswith`` over a tuple instead of a test per suffix (1.5 s of 53 in a profile of 400 articles)."""
    return (tuple(s for s in cues.ROLE_SUFFIXES if len(s) > 3),
            frozenset(s for s in cues.ROLE_SUFFIXES if len(s) <= 3))


def _adjective_stem(word: str, cues: ModuleType) -> str:
    """Strip an adjective ending ("nordkoreanischer" -> "nordkoreanisch")."""
    for ending in cues.ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) > 3:
            return word[: -len(ending)]
    return word


def country_of(word: str, cues: ModuleType) -> str | None:
    """Return the country key a genitive or adjective names ("Nordkoreas", "russischen") or None."""
    low = word.lower()
    stem = _adjective_stem(low, cues)
    for country, forms in cues.COUNTRY_FORMS.items():
        if low in forms or stem in forms:
            return country
    return None


def role_key(words: list[str], cues: ModuleType) -> tuple[str, str, str] | None:
    """Return (modifier, country, role) for a role phrase ("Nordkoreas Machthaber", "US-Präsident")."""
    country = ""
    modifier = ""
    role = None
    for word in words:
        low = word.lower()
        if "-" in low:
            prefix, _, rest = low.partition("-")
            prefix_country = country_of(prefix, cues)
            if prefix_country and role_stem(_HYPHENS.sub("", rest), cues):
                country, low = prefix_country, rest
        low = _HYPHENS.sub("", low)
        stem = role_stem(low, cues)
        if stem is not None:
            role = stem
            continue
        found = country_of(low, cues)
        if found:
            country = found
        elif _adjective_stem(low, cues) in cues.TEMPORAL_MODIFIERS or low in cues.TEMPORAL_MODIFIERS:
            modifier = _adjective_stem(low, cues)
    if role is None:
        return None
    return (modifier, country, role)


def _capitalised_adjective_of_person(doc: Doc, j: int, n: int, cls: TokenClasses) -> bool:
    """Tell whether an English capitalised adjective opens a description of people ("Democratic candidate Hillary
    Clinton", "Central European leaders"): a role, a person's name or a noun for people follows within four words."""
    if cls.german or doc[j].tag_ != "JJ":
        return False
    for t in doc[j + 1:min(n, j + 5)]:
        if is_punct(t):
            return False
        if cls.is_role(t) or t.ent_type_ in ("PER", "PERSON"):
            return True
        if t.lower_.endswith(cls.cues.PERSON_HEAD_SUFFIXES) and t.lower_ not in cls.cues.NON_PERSON_NOUNS \
                and t.lower_ not in cls.cues.ORG_NOUNS:
            return True
    return False


def noun_phrase_after(doc: Doc, i: int, cls: TokenClasses, limit: int) -> tuple[int, int] | None:
    """Return the token span [i, j) of a speaker noun phrase starting at token i, or None."""
    n = min(len(doc), limit)
    while i < n and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    if i >= n:
        return None
    if cls.is_pronoun(doc[i]):
        return (i, i + 1)
    j = i
    if cls.is_det(doc[j]):
        j += 1
        if j + 1 < n and doc[j].pos_ == "ADV" and is_age_noun(doc[j + 1].lower_):
            j += 1  # "ein etwa 30-jähriger"
        if j < n and is_age_noun(doc[j].lower_) and not (j + 1 < n and cls.is_noun(doc[j + 1])):
            return (i, j + 1)  # an age used as a noun, written small ("sagte mir ein etwa 30-jähriger")
        if cls.german and j < n and doc[j].pos_ == "ADP":  # "der an der Börse notierte Bundesligist"
            k = next((k for k in range(j + 1, min(n - 1, j + 7)) if doc[k].tag_ == "ADJA"
                      and cls.is_noun(doc[k + 1]) and not is_punct(doc[k - 1])), None)
            if k is not None and not any(is_punct(t) for t in doc[j:k]):
                j = k
    elif j + 1 < n and is_capitalised(doc[j]) and doc[j].text.endswith("s") and (
            cls.is_noun(doc[j + 1]) or cls.german and doc[j + 1].tag_ == "ADJA"):  # "Deutschlands einziger …"
        j += 1
    while j < n:
        end = _compound_end(doc, j, n)
        if end > j + 1 and end < n and (cls.is_noun(doc[end]) or cls.is_adj(doc[end])):
            j = end
        elif cls.is_adj(doc[j]) and (not is_capitalised(doc[j]) or _capitalised_adjective_of_person(doc, j, n, cls)):
            j += 1
        else:
            break
    head = j
    while j < n and j - head <= 8:
        t = doc[j]
        if j > head and cls.german and cls.is_noun(t) and not cls.is_name(t) and not cls.is_role(t) \
                and doc[j - 1].lower_.endswith("s") and not cls.is_name(doc[j - 1]) and cls.is_noun(doc[j - 1]):
            break  # a genitive ends the phrase: "nach Angaben eines Sprechers Hotelzüge"
        if cls.is_noun(t) or (t.text in ("-", "‑") and not t.whitespace_ and j + 1 < n):
            j += 1
        elif j > head and t.lower_ in ("'s", "’s"):
            j += 1
        elif j > head and (cls.is_adj(t) and not t.like_num or t.like_num and doc[j - 1].lower_ in ("'s", "’s")) \
                and not cls.is_name(doc[j - 1]) and j + 1 < n and (
            cls.is_noun(doc[j + 1]) or cls.is_adj(doc[j + 1])
        ):  # after a name an adjective, and after any noun a number, starts the next phrase ("laut Interfax vier
            # Stunden", "laut Mitteilung 105 Millionen Euro")
            j += 1
        else:
            break
    while j > head and not cls.is_noun(doc[j - 1]):
        j -= 1
    if j <= i:
        return None
    role_head = cls.is_role(doc[j - 1]) or not any(cls.is_name(t) for t in doc[head:j])
    attach = ("des", "der", "of")
    if is_spokesperson(doc[j - 1].lower_, cls.cues):
        attach += tuple(cls.cues.ATTACHMENT_WORDS)
    if j + 1 < n and doc[j].lower_ == "in" and (doc[j - 1].lower_ in cls.cues.COLLECTIVE_SPEAKERS
                                               or doc[j - 1].lower_.endswith(cls.cues.DOCUMENT_SPEAKERS)):
        k = j + 1
        while k < n and k - j <= 6 and (cls.is_det(doc[k]) or cls.is_noun(doc[k]) or doc[k].lower_ in ("of", "des")):
            k += 1
        while k > j + 1 and not cls.is_name(doc[k - 1]):
            k -= 1
        if k > j + 1:
            return (i, k)
    if j + 1 < n and doc[j].lower_ in attach and role_head:
        k = j + 1
        if k < n and (doc[k].lower_ == "the" or (doc[j].lower_ not in ("des", "der") and cls.is_det(doc[k]))):
            k += 1
        while k < n and cls.is_adj(doc[k]) and (cls.german or not is_capitalised(doc[k])):
            k += 1
        m = k
        while m < n and (cls.is_noun(doc[m]) or (m > k and doc[m].text in ("-", "‑") and not doc[m].whitespace_)
                         or (m > k and doc[m].lower_ in ("'s", "’s"))) \
                and m - k < 5:
            m += 1
        while m > k and not cls.is_noun(doc[m - 1]):
            m -= 1
        if m > k:
            j = m
    return (i, j)


def is_spokesperson(lower: str, cues: ModuleType) -> bool:
    """Tell whether a lower-case noun names someone speaking for an organisation ("Bahn-Sprecher", "spokesman")."""
    return lower.endswith(cues.SPOKESPERSON_NOUNS)


def _compound_end(doc: Doc, i: int, n: int) -> int:
    """Return the end of a hyphenated compound starting at token i ("bow-tied", "32-year-old"), or i + 1."""
    j = i
    while j + 2 < n and not doc[j].whitespace_ and doc[j + 1].text == "-" and not doc[j + 1].whitespace_:
        if is_punct(doc[j + 2]):
            break
        j += 2
    return j + 1


def noun_phrase_before(doc: Doc, i: int, cls: TokenClasses, floor: int) -> tuple[int, int] | None:
    """Return the token span [k, i) of a noun phrase ending right before token i, or None."""
    while i - 1 > floor and doc[i - 1].is_space and "\n" not in doc[i - 1].text:
        i -= 1
    if i - 1 < floor:
        return None
    if cls.is_pronoun(doc[i - 1]):
        return (i - 1, i)
    k = i
    while k - 1 >= floor and (cls.is_noun(doc[k - 1]) or doc[k - 1].text == "-") and i - k < 6:
        k -= 1
    if k == i:
        return None
    while k - 1 >= floor:
        if cls.is_adj(doc[k - 1]) and (not is_capitalised(doc[k - 1]) or doc[k - 1].ent_type_ == "NORP"
                                       or not cls.german and doc[k - 1].tag_ == "JJ"):  # "the Spanish club"
            k -= 1
        elif k - 2 >= floor and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
            k -= 2
        else:
            break
    if k - 1 >= floor and cls.is_det(doc[k - 1]):
        k -= 1
    elif k - 2 >= floor and doc[k - 1].tag_ == "POS":  # "Berlin's fire brigade", "The capital's firefighter service"
        owner = noun_phrase_before(doc, k - 1, cls, floor)
        if owner and not cls.is_pronoun(doc[owner[0]]):
            k = owner[0]
    return (k, i)


def is_person_like(tokens: list[Token], cls: TokenClasses) -> bool:
    """Tell whether a noun phrase can name a speaker: a name, a role, a pronoun or an organisation."""
    cues = cls.cues
    for t in tokens:
        if cls.is_pronoun(t) or cls.is_role(t) or t.text in cues.ORG_SPEAKERS or t.lower_ in cues.COLLECTIVE_SPEAKERS:
            return True
        if t.lower_ in cues.PERSON_DESCRIPTION_NOUNS or is_age_noun(t.lower_):
            return True
        if t.lower_.endswith(tuple(cues.ORG_NOUNS)) or t.lower_ in cues.WRITTEN_SPEAKERS:
            return True
        if t.ent_type_ in ("PER", "PERSON", "ORG") or (cls.is_name(t) and cls.tagged and t.pos_ == "PROPN"):
            return True
    if not cls.tagged:
        return any(cls.is_name(t) for t in tokens[1:]) or (len(tokens) == 1 and cls.is_name(tokens[0]))
    return False


def opening_np(doc: Doc, cls: TokenClasses, c: int, lo: int) -> tuple[int, int] | None:
    """Return the noun phrase that opens the sentence at lo, after connectives and punctuation, ending before c."""
    k = lo
    while k < c and (doc[k].lower_ in cls.cues.CLAUSE_OPENERS or is_punct(doc[k]) or doc[k].is_space):
        k += 1
    d = k
    while d < c and d - k < 4 and doc[d].is_alpha and doc[d].is_upper and len(doc[d].text) > 1:
        d += 1
    if d > k and d < c and doc[d].text in ("--", "—", "–", "-"):  # a dateline: "WASHINGTON -- President Obama"
        k = d + 1
    return noun_phrase_after(doc, k, cls, c)


def main_subject(doc: Doc, cls: TokenClasses, c: int, lo: int) -> tuple[int, int] | None:
    """Find the subject opening the sentence of a participle cue ("Graf protested the bills, saying ...")."""
    subject = opening_np(doc, cls, c, lo)
    if subject and is_person_like(list(doc[subject[0]:subject[1]]), cls):
        return subject
    if not cls.german:  # "During a speech, Trump attacked Clinton …, saying": the subject of the one finite verb
        verbs = [k for k in range(lo + 1, c) if doc[k].tag_ in ("VBD", "VBZ", "VBP")]
        subject = noun_phrase_before(doc, verbs[0], cls, lo) if len(verbs) == 1 else None
        if subject and is_person_like(list(doc[subject[0]:subject[1]]), cls):
            return subject
    return None


def sentence_subject(doc: Doc, cls: TokenClasses, c: int, lo: int) -> tuple[int, int] | None:
    """Find an English subject opening the sentence when the cue is its first finite verb outside commas."""
    subject = opening_np(doc, cls, c, lo)
    if not subject or subject[1] >= c:
        return None
    inserted = False
    for j in range(subject[1], c):
        t = doc[j]
        if t.text in ("(", ")", "—", "–") or (t.text == "," and j != c - 1):
            inserted = not inserted if t.text != ")" else False
        elif t.text in (":", ";") or t.text in QUOTE_MARKS or t.is_space:
            return None
        elif not inserted and t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.pos_ != "AUX":
            return None
    return subject


_EN_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "also", "later", "then", "again",
                             "further", "repeatedly", "often", "previously", "recently", "publicly", "once"})


def subject_before_cue(doc: Doc, cls: TokenClasses, c: int, lo: int) -> tuple[int, int] | None:
    """Find the English subject right before a cue, past auxiliaries and adverbs ("Donald Trump has said"), a
    bracket ("Mike Pence (R-IN) said") and an insertion between commas ("Hillary Clinton, at a later press gaggle,
    said"); a name inserted so is an apposition and is the speaker ("one of the attorneys, Justin Bamberg, said"). A
    noun phrase that runs into a person's name ends at the name ("… of the Washington Post Trump said"), and a
    person before "at"/"of" speaks rather than the place after it ("professor Kent Moore at the University of
    Toronto says")."""
    k = c
    while k - 1 > lo and (doc[k - 1].tag_ in ("MD", "RB") or doc[k - 1].lower_ in _EN_AUXILIARIES) and c - k < 4:
        k -= 1
    if k < c and k - 1 >= lo and doc[k - 1].lower_ in cls.cues.WEAK_PRONOUNS:
        return (k - 1, k)  # "…,” it further wrote."
    if k - 1 > lo and doc[k - 1].text == ")":
        m = k - 2
        while m > lo and doc[m].text != "(" and k - m < 8:
            m -= 1
        if doc[m].text != "(":
            return None
        k = m
    if k - 1 > lo and doc[k - 1].text == ",":
        m = k - 2
        while m > lo and doc[m].text != "," and k - m < 14:
            if doc[m].text in QUOTE_MARKS or doc[m].text in (".", ";", ":") or doc[m].tag_ in ("VBD", "VBZ", "VBP"):
                return None
            m -= 1
        if doc[m].text != ",":
            return None
        inner = list(doc[m + 1:k - 1])
        if inner and all(t.pos_ == "PROPN" or t.text in (".", "-") for t in inner) \
                and any(t.ent_type_ in ("PER", "PERSON") for t in inner):
            return (m + 1, k - 1)
        k = m
    subject = noun_phrase_before(doc, k, cls, lo)
    if subject is None:
        return None
    owner = subject
    for _ in range(3):
        if owner[0] - 1 <= lo or doc[owner[0] - 1].lower_ not in ("at", "of", "from", "for", "with"):
            break
        owner = noun_phrase_before(doc, owner[0] - 1, cls, lo)
        if owner is None:
            break
        if doc[owner[1] - 1].ent_type_ in ("PER", "PERSON"):
            subject = owner
            break
    a, b = subject
    if doc[b - 1].ent_type_ in ("PER", "PERSON") and doc[a].ent_type_ not in ("PER", "PERSON"):
        a = b - 1
        while a - 1 >= subject[0] and doc[a - 1].ent_type_ in ("PER", "PERSON"):
            a -= 1
        while a - 1 >= subject[0] and cls.is_role(doc[a - 1]):  # keep a role ("police Chief Chuck Jordan")
            a -= 1
    if a - 1 >= lo and doc[a - 1].tag_.startswith("VB") and doc[a - 1].lower_ not in _EN_AUXILIARIES:
        return None  # the object of an earlier verb ("told reporters … said")
    if not is_person_like(list(doc[a:b]), cls) and not cls.is_noun(doc[b - 1]):
        return None
    return (a, b)


def extend_to_person(doc: Doc, span: tuple[int, int], hi: int) -> tuple[int, int]:
    """Extend "oil" in "said oil and gas worker Mike Wipf" to the person's name a few words on."""
    for k in range(span[1], min(hi, span[1] + 6)):
        if is_punct(doc[k]) and doc[k].text != "-":
            break
        if doc[k].ent_type_ in ("PER", "PERSON"):
            end = k
            while end < hi and doc[end].ent_type_ in ("PER", "PERSON"):
                end += 1
            return (span[0], end)
    return span


_AGE_NOUN = re.compile(r"^\d{1,3}-(jährig|year-old)")


def is_age_noun(lower: str) -> bool:
    """Tell whether a lower-case word is an age noun ("20-jährige", "67-jähriger", "32-year-old")."""
    return bool(_AGE_NOUN.match(lower))
