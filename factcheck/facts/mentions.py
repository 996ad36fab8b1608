"""Fact mentions: every compared value of every statement, with what it measures, whose figure it is, its
event dates and the clause it stands in (value masked).

A sentence with three values gives three mentions. A value found both in a quote and in the claim of the same
sentence is one mention (the quote's speaker may name its source).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from typing import Mapping, Sequence

from factcheck.language.stopwords import ENGLISH, GERMAN
from factcheck.match.clauses import COLON_OUTSIDE_NUMBER, COMMA_OUTSIDE_NUMBER, SUBORDINATORS
from factcheck.match.countries import COUNTRY_NAMES
from factcheck.match.events import value_interval
from factcheck.models import Article, Claim, Entity, FactMention, Quote, Value
from factcheck.values import FIGURE_TYPES
from factcheck.values.compare import is_specific_place
from factcheck.values.dates import find_dates
from factcheck.values.measures import (FOR_TYPE, GENERIC, ONLY_FOR, find_concepts, has_addition, has_attribution,
                                       is_demand, is_expectation, is_past)
from factcheck.values.numbers import CHANGE_FROM

# Value types compared as facts. Dates are everywhere in news and name the event more often than they state a
# checkable fact; they are not compared yet. A place is a fact only when it is a spot (a city, not a country),
# its clause says what happened there ("trafen sich in Wladiwostok zu ihrem Gipfel") and its article is dated.
FACT_TYPES = frozenset({"number", "money", "percent", "duration", "place"})
SECONDS_PER_YEAR = 31_536_000
# A sentence with more figures of these types than this is a table or listing run together (stock and trade
# tables of scanned newspapers: 67-254 figures in one "sentence"), not a statement: none of them is one fact
# with a known measure, and every pair of them would be compared. Measured: the prose of the three stories in
# ../shared/eval/stories holds at most 4, the 400 SemEval and the speed benchmark's 400 articles at most 16 (a
# town council's seats by party).
MAX_FIGURES_PER_SENTENCE = 24
# How far (characters) outside its clause a concept word may name what a value measures.
SENTENCE_REACH = 90
# Narrow clauses: what a value measures, whose figure, which places restrict it.
_CLAUSE_BREAK = re.compile(COMMA_OUTSIDE_NUMBER + "|" + COLON_OUTSIDE_NUMBER + r"|[;()\[\]–—•►▪]|\s-\s|\s\|\s|\s(?=(?:"
                           + "|".join(SUBORDINATORS) + r")\s)", re.IGNORECASE)
"""Where a figure's clause ends: punctuation (not a comma or colon between digits: "150,000", "1,5 Millionen",
"9:30 p.m."), a dash between spaces, a subordinating conjunction."""
# Wide clauses: which person the figure is about ("hinter Paul Pogba (2016 für 110 Millionen Euro ...)").
_WIDE_BREAK = re.compile(COLON_OUTSIDE_NUMBER + r"|[;–—•►▪]|\s-\s")
# A figure right after a name in parentheses is an age in German news: "Ousmane Dembélé (20)".
_AGE_AFTER = re.compile(r"\s*-?\s*(?:jährig|jähriger|year-old|years?\s+old|jahre\s+alt)", re.IGNORECASE)
_SCALE_WORD = re.compile(r"(?:mio|millionen|million|mrd|milliarden|milliarde|billion|bn|m)\.?$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
_OFFSET_AFTER = re.compile(r"\s+(?:nach|vor|zuvor|später|danach|seit|after|before|later|ago|since|earlier)\b",
                           re.IGNORECASE)
# A place restricts a figure when a locative preposition stands right before it ("allein in Brandenburg").
_LOCATIVE = re.compile(r"\b(?:in|im|am|beim|bei|nahe|nahe bei|in der nähe von|near|at|outside|außerhalb)\s+(?:der |dem |den |"
                       r"the )?(?:bundesland |land |landkreis |kreis |stadt |stadtteil |state of |region |city of )?$",
                       re.IGNORECASE)
_WHERE = re.compile(r"[\s,]*(?:where|wo|in which|in dem|in der)\b", re.IGNORECASE)
RELATIVE_PLACE_REACH = 60
"""How far before a "where" clause the place it refers to may be named (characters)."""
_BASE_OF = re.compile(r"\s*(?:der|des|von|vom|of|of the|of its)\s+(?:\w+\s+)?", re.IGNORECASE)
# A clause that opens with a pronoun pointing back is about the person named just before it.
_BACK_REFERENCE = re.compile(r"[\s–—-]*(?:dieser|diese|jener|er|sie|he|she|who|der|die)\b", re.IGNORECASE)
_PERCENT_BASE = re.compile(r"(?:prozent|percent|per cent|%)\s+(?:der|des|von|of(?:\s+the)?)\s+$", re.IGNORECASE)
# After "Millionen" a capitalised word (German noun) or a plural English noun says what is counted.
_COUNTED_NEXT = re.compile(r"\s+(?:[A-ZÄÖÜ][\wäöüß-]+|(?:people|persons|users|viewers|inhabitants|residents|"
                           r"passengers|voters|tonnes|tons|barrels|years|dollars|euros|pounds)\b)")


# The first figure of a change is the state before it, a figure of the story's past: "von 14,7 Prozent im
# Vormonat auf 13,3 Prozent", "rose to 2.76 per cent from 2.73 per cent", "increased from 10 to 20". An English
# "from X to Y" is a change only after a verb of change (else it may be a range: "from 35 to 45 dollars").
_AUF_AFTER = re.compile(r"(?:\s+[^\W\d]\w*){0,3}\s+auf\s+", re.IGNORECASE)
_TO_AFTER = re.compile(r"(?:\s+[^\W\d]\w*){0,3}\s+to\s+", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_BETWEEN_TO_AND_FROM = re.compile(r"[^\d.;]{0,40}")
CHANGE_VERBS: tuple[str, ...] = (
    # English verbs of rising and falling that take "from X to Y" (Cambridge Dictionary)
    "rose", "risen", "rise", "rises", "fell", "fallen", "falls", "increased", "increases", "decreased",
    "decreases", "climbed", "dropped", "declined", "grew", "jumped", "slipped", "cut", "raised", "lowered",
    "went up", "went down",
)
_CHANGE_VERB = re.compile(r"\b(?:" + "|".join(CHANGE_VERBS) + r")\b[^.;]*$", re.IGNORECASE)


def _change_start(sentence: str, rel: int, rel_end: int, figures: Sequence[tuple[int, int]]) -> bool:
    """Whether the figure at [rel, rel_end) is the first state of a change whose second figure the sentence
    gives: after "von" and before "auf" plus that figure; after "from" and before "to" plus that figure, with a
    verb of change before; or after "to" plus that figure and then "from" ("rose to 2.76 per cent from 2.73
    per cent")."""
    before = CHANGE_FROM.search(sentence, max(0, rel - 6), rel)
    if before is None:
        return False
    for start, end in figures:
        if start >= rel_end and (_AUF_AFTER.fullmatch(sentence, rel_end, start) or _TO_AFTER.fullmatch(
                sentence, rel_end, start) and _CHANGE_VERB.search(sentence, 0, rel)):
            return True
        if end <= rel and _TO_BEFORE.search(sentence, max(0, start - 4), start) \
                and _BETWEEN_TO_AND_FROM.fullmatch(sentence, end, before.start()):
            return True
    return False


def _span(text: str, pos: int, regex: re.Pattern[str]) -> tuple[int, int]:
    """Bounds of the clause of ``text`` that holds position ``pos``."""
    start, end = 0, len(text)
    for m in regex.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


BEFORE_PENALTY = 12
"""Characters added to the distance of a word before the value: "105 Mio Euro Fix-Ablöse plus rund 43 Mio
Euro Boni" gives the 105 million to the fee after it, not to anything before."""


def _nearest(found: Sequence[tuple[int, int, str]], lo: int, hi: int,
             penalty: int = BEFORE_PENALTY) -> tuple[int, int, str] | None:
    """The match closest to the span [lo, hi), words after it first (``penalty`` characters added before it)."""
    if not found:
        return None
    return min(found, key=lambda f: (f[0] - hi if f[0] >= hi else lo - f[1] + penalty if f[1] <= lo else 0, f[0]))


SOURCE_BEFORE_PENALTY = 40
"""A source named right after a figure ("250.000 Menschen (offizielle Zahl der Veranstalter)") beats one named
shortly before it ("150.000 (offizielle Zahl der Polizei) und 250.000")."""


def _between(found: tuple[int, int, str], lo: int, hi: int, other: tuple[int, int]) -> bool:
    """Whether another value of the same kind stands between a concept word and the value [lo, hi): "€105m
    plus up to €41m in add-ons" gives the add-ons to the 41 million only (a conversion such as "(£38m)" does not
    stand between)."""
    if found[0] >= hi:
        return hi <= other[0] and other[1] <= found[0]
    return found[1] <= other[0] and other[1] <= lo


_PARTITIVE = re.compile(r"\s+(?:von|aus|der|of)\s+(?:den\s+|the\s+|insgesamt\s+|a\s+total\s+of\s+)?"
                        r"(?:[^\W\d_][\w-]*['’]s\s+)?", re.IGNORECASE)
"""What stands between a part and its whole ("340 von 370 geplanten Flügen", "330 of the 370 flights",
"Thirty-two of the train's 150 cars"): the part counts what the whole counts, so the figure between them does
not keep the counted noun from it."""

_ATTACHED = re.compile(r"\s*(?:of\s+(?:the\s+)?)?", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*(?:of\s+(?:the\s+)?)?([^\W\d_][\w-]*)", re.IGNORECASE)


def _counted_word(sentence: str, rel_end: int, names: frozenset[str]) -> bool:
    """Whether a word right after a figure says what it counts ("the three cities", "zwei Hotelzüge"): then no
    concept elsewhere in the sentence does ("Trains … were called off as the three cities were badly hit")."""
    found = _NEXT_WORD.match(sentence, rel_end)
    if found is None:
        return False
    word = found.group(1)
    return word.lower() not in GERMAN | ENGLISH and word.lower() not in names


def _claimed(sentence: str, found: tuple[int, int, str], others: Sequence[tuple[int, int]]) -> bool:
    """Whether a concept word outside a value's clause stands in a clause with a figure of its own: "105
    Millionen Euro sind die fixe Transfersumme, 43 Millionen können noch folgen" gives the fee to the 105
    million only, "Bonuszahlungen von rund 40 Prozent der Transfersumme - … mehr als 140 Millionen Euro" gives
    neither word to the 140 million."""
    lo, hi = _span(sentence, found[0], _CLAUSE_BREAK)
    return any(lo <= o[0] and o[1] <= hi for o in others)


def _measure(sentence: str, rel: int, rel_end: int, clause: tuple[int, int],
             vtype: str, others: Sequence[tuple[int, int]] = (),
             names: frozenset[str] = frozenset(),
             figures: Sequence[tuple[int, int]] = ()) -> tuple[str | None, str | None]:
    """(concept, word as written) of what a value measures: the nearest specific concept in its clause, then in
    the sentence within SENTENCE_REACH, then a generic one ("Menschen") in the clause. Words after the value
    count as nearer than words before it (the counted noun follows the number), and only concepts a value of
    its type can measure count (``measures.FOR_TYPE``)."""
    after = sentence[rel_end:rel_end + 24]
    if _AGE_AFTER.match(after) or re.match(r"\s*\)", after) and re.search(r"[A-ZÄÖÜ]\w+\s*\($", sentence[:rel]):
        return "age", after.strip(" )-")[:20] or None
    allowed = FOR_TYPE.get(vtype)
    found = [f for f in find_concepts(sentence) if (allowed is None or f[2] in allowed or f[2] in GENERIC)
             and vtype in ONLY_FOR.get(f[2], (vtype,))
             and not any(_between(f, rel, rel_end, o) and not _PARTITIVE.fullmatch(sentence, rel_end, o[0])
                         for o in others)
             and not (f[0] >= rel_end and has_addition(sentence[rel_end:f[0]]))
             and not (vtype == "percent" and f[0] >= rel_end and _BASE_OF.fullmatch(sentence[rel_end:f[0]]))]
    specific = [f for f in found if f[2] not in GENERIC]
    in_clause = [f for f in specific if clause[0] <= f[0] and f[1] <= clause[1]]
    best = _nearest(in_clause, rel, rel_end)
    generic = [f for f in found if f[2] in GENERIC and clause[0] <= f[0] and f[1] <= clause[1]]
    if best is None:  # "Hundreds of people were stranded as their trains were canceled": people, not trains
        best = next((f for f in generic if f[0] >= rel_end and _ATTACHED.fullmatch(sentence[rel_end:f[0]])), None)
    if best is None and not _counted_word(sentence, rel_end, names):
        near = [f for f in specific if max(0, f[0] - rel_end, rel - f[1]) <= SENTENCE_REACH
                and not _claimed(sentence, f, figures)]
        best = _nearest(near, rel, rel_end)
    if best is None:
        best = _nearest(generic, rel, rel_end)
    if best is not None:
        return best[2], sentence[best[0]:best[1]]
    # the words up to the next figure: "um mehr als drei Prozent auf gut 27.000 Punkte" counts points with the
    # 27,000, not with the three percent
    after = rel_end
    partitive = _PARTITIVE.match(sentence, rel_end)
    whole = next((f for f in figures if partitive and f[0] == partitive.end()), None)
    if whole is not None:  # "Thirty-two of the train's 150 cars": the part counts the whole's cars
        after = whole[1]
    stop = min([f[0] for f in figures if after <= f[0] < clause[1]], default=clause[1])
    words = [w for w in _WORD.findall(sentence[after:stop])[:3] if w.lower() not in GERMAN | ENGLISH]
    # Never a function word or a name ("222 Mio Euro von Barca nach Paris" names nothing measured). A word that
    # is no noun still stands for "something of its own" ("43 Millionen können noch folgen"): such a figure does
    # not take the concept of the figure before it.
    noun = next((w for w in words if w[:1].isupper() and w.lower() not in names),
                next((w for w in words if w.lower() not in names), None))
    return None, noun


def _source(sentence: str, rel: int, rel_end: int, clause: tuple[int, int], speaker: str | None) -> str | None:
    """Whose figure: a source institution named in the value's clause, by the speaker of the quote it stands
    in, or (when the sentence attributes) elsewhere in the sentence."""
    found = find_concepts(sentence, "sources")
    in_clause = [f for f in found if clause[0] <= f[0] and f[1] <= clause[1]]
    joint = sorted({f[2] for f in in_clause})
    if len(joint) > 1 and re.search(r"\b(?:und|and|sowie)\b", sentence[clause[0]:clause[1]]):
        return "+".join(joint)  # "nach Schätzungen der Polizei und der Veranstalter": a joint figure
    best = _nearest(in_clause, rel, rel_end)
    if best is None and speaker:
        named = next(iter(find_concepts(speaker, "sources")), None)
        if named is not None:
            return named[2]
    if best is None and has_attribution(sentence):
        best = _nearest(found, rel, rel_end, SOURCE_BEFORE_PENALTY)
    return best[2] if best is not None else None


def _country(place: Value) -> bool:
    """A country or continent: too large to restrict a figure ("sieben Tote in Deutschland" is the toll);
    states and regions do restrict it ("vier Tote allein in Brandenburg")."""
    feature = str(place.value.get("feature") or "").lower()
    if feature in ("country", "continent"):
        return True
    return bool({str(place.value.get("name") or "").lower(), place.text.lower()} & COUNTRY_NAMES)


def place_key(place: Value) -> str:
    """How a place value is compared: its gazetteer id, else its name, lower-cased."""
    return str(place.value.get("id") or place.value.get("name") or place.text).lower()


def mention_id(item_id: str, start: int, end: int) -> str:
    """Stable id of a mention: its statement and the value's offsets."""
    return "m" + hashlib.sha1(f"{item_id}|{start}|{end}".encode("utf-8")).hexdigest()[:12]


def fold(text: str) -> str:
    """Text without accents, lower-cased, its words separated by single spaces ("Dembélé:" -> "dembele")."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"\w+", plain))


def _person_key(ent: Entity) -> str:
    """Comparable key of a person: the last word of the canonical name, without accents, lower-cased."""
    return fold((ent.norm or ent.text).split()[-1])


def build_mentions(items: Sequence[Quote | Claim], articles: Mapping[str, Article]) -> list[FactMention]:
    """Fact mentions of all statements (see the module docstring)."""
    entities: dict[tuple[str, int], list[Entity]] = {}
    values: dict[tuple[str, int], list[Value]] = {}
    speakers: dict[str, list[Quote]] = {}
    currencies: dict[str, dict[str, int]] = {}
    sentences: dict[tuple[str, int], str] = {}
    for it in items:
        key = (it.article, it.sentence_start)
        sentences[key] = it.sentence
        if isinstance(it, Claim):
            entities.setdefault(key, []).extend(it.entities)
        else:
            speakers.setdefault(it.article, []).append(it)
        values.setdefault(key, []).extend(it.values)
        for v in it.values:
            if v.type == "money" and v.value.get("currency"):
                count = currencies.setdefault(it.article, {})
                count[v.value["currency"]] = count.get(v.value["currency"], 0) + 1
    seen: set[tuple[str, int, int]] = set()
    tables = {key for key, found in values.items()
              if len({(v.start, v.end) for v in found if v.type in FACT_TYPES}) > MAX_FIGURES_PER_SENTENCE}
    out: list[FactMention] = []
    ordered = sorted(items, key=lambda it: (it.article, it.start, 0 if isinstance(it, Claim) else 1, it.id))
    for it in ordered:
        art = articles.get(it.article)
        if (it.article, it.sentence_start) in tables:
            continue
        for v in it.values:
            if v.type not in FACT_TYPES or (it.article, v.start, v.end) in seen:
                continue
            if v.type == "place" and (art is None or not art.published):
                continue  # an undated article's meeting place may be another meeting's (2019 vs 2023 summit)
            seen.add((it.article, v.start, v.end))
            mention = _mention(it, v, entities, values, speakers.get(it.article, ()), currencies.get(it.article, {}),
                               _language(art))
            if mention is not None:
                out.append(mention)
    return _carry_places(_carry_concepts(out), values, sentences, articles)


# Words that make a figure a total over every place ("insgesamt", "bundesweit", "nationwide"): it keeps no place
# from the sentence before it.
_TOTAL = re.compile(r"\b(?:insgesamt|bundesweit|landesweit|deutschlandweit|europaweit|weltweit|in ganz|"
                    r"in total|altogether|overall|nationwide|across the country|in all)\b", re.IGNORECASE)


def _locative(p: Value, sentence: str, base: int) -> bool:
    """Whether a place value of a sentence (starting at ``base``) is a spot where something happened: a town or
    site after a locative preposition ("in Düsseldorf", "am Düsseldorfer Flughafen")."""
    return p.type == "place" and not _country(p) \
        and _LOCATIVE.search(sentence[max(0, p.start - base - 24):p.start - base]) is not None


def _sentence_places(sentence: str, base: int, found: Sequence[Value]) -> set[str]:
    """The spots a sentence places what it tells in (see _locative)."""
    return {place_key(p) for p in found if _locative(p, sentence, base)}


def _language(article: Article | None) -> str:
    return article.language if article is not None and article.language else "de"


def _carry_places(mentions: list[FactMention], values: Mapping[tuple[str, int], list[Value]],
                  sentences: Mapping[tuple[str, int], str], articles: Mapping[str, Article]) -> list[FactMention]:
    """Give a count whose sentence names no place the one spot of the sentence just before it in the same
    paragraph, when that sentence holds no figure ("Am Düsseldorfer Flughafen ist kaum ein Flieger gestartet.
    Wegen des Streiks fielen 340 von 370 Flügen aus."); a total ("insgesamt", "nationwide") keeps none."""
    from dataclasses import replace

    by_article: dict[str, list[int]] = {}
    for article, start in sentences:
        by_article.setdefault(article, []).append(start)
    rank: dict[tuple[str, int], int] = {}
    for article, starts in by_article.items():
        starts.sort()
        rank.update(((article, start), k) for k, start in enumerate(starts))
    out = []
    for m in mentions:
        here = values.get((m.article, m.sentence_start), ())
        starts = by_article.get(m.article, [])
        k = rank.get((m.article, m.sentence_start), -1)
        art = articles.get(m.article)
        if m.scope or m.type != "number" or m.measures in (None, "age", *GENERIC) or k <= 0 or art is None \
                or _TOTAL.search(m.sentence) or any(v.type == "place" for v in here):
            out.append(m)
            continue
        prev_start = starts[k - 1]
        prev = sentences[(m.article, prev_start)]
        gap = art.text[prev_start + len(prev):m.sentence_start]
        found = values.get((m.article, prev_start), ())
        keys = _sentence_places(prev, prev_start, found)
        if "\n" in gap or gap.strip() or len(keys) != 1 or any(v.type in FACT_TYPES - {"place"} for v in found):
            out.append(m)
            continue
        out.append(replace(m, scope=tuple(keys)))
    return out


# A figure whose sentence names nothing it measures ("Die Polizei zählte nur 150 000.") continues the previous
# figure's topic when that one stands at most this many characters before it in the same article.
CARRY_CHARS = 300


def _carry_concepts(mentions: list[FactMention]) -> list[FactMention]:
    """Give a mention without concept or noun the concept of the figure just before it in its article."""
    from dataclasses import replace

    out: list[FactMention] = []
    previous: FactMention | None = None
    for m in sorted(mentions, key=lambda m: (m.article, m.start)):
        if previous is not None and previous.article != m.article:
            previous = None
        if m.measures is None and m.noun is None and previous is not None and previous.measures \
                and m.start - previous.end <= CARRY_CHARS and previous.type == m.type and previous.past == m.past:
            m = replace(m, measures=previous.measures)  # a figure of the past is not the topic of today's
        out.append(m)
        if m.measures:
            previous = m
    return out


def _mention(it: Quote | Claim, v: Value, entities: Mapping[tuple[str, int], list[Entity]],
             values: Mapping[tuple[str, int], list[Value]], quotes: Sequence[Quote],
             currencies: Mapping[str, int], language: str = "de") -> FactMention | None:
    """The mention of value ``v`` of statement ``it``; ``entities`` and ``values`` hold everything found in each
    sentence (by article and sentence start), from its claim and its quotes."""
    sentence, base = it.sentence, it.sentence_start
    key = (it.article, it.sentence_start)
    in_sentence = values.get(key, ())
    rel, rel_end = v.start - base, v.end - base
    if not (0 <= rel < rel_end <= len(sentence)) or sentence[rel:rel_end] != v.text:
        return None
    clause = _span(sentence, rel, _CLAUSE_BREAK)
    wide = _span(sentence, rel, _WIDE_BREAK)
    speaker = next((q.speaker or q.speaker_mention for q in quotes
                    if q.start <= v.start and v.end <= q.end and (q.speaker or q.speaker_mention)), None)
    vtype, value = v.type, dict(v.value)
    if vtype == "number" and not value.get("unit") and _SCALE_WORD.search(v.text) and currencies \
            and not _COUNTED_NEXT.match(sentence, rel_end):
        value["currency"] = max(currencies, key=lambda c: currencies[c])
        vtype = "money"  # "43 Millionen können noch folgen" in an article that counts in euros
    if vtype == "duration" and _OFFSET_AFTER.match(sentence, rel_end):
        return None  # "zwei Monate nach dem Gipfel": an offset in time, not how long something lasted
    if _PERCENT_BASE.search(sentence[max(0, rel - 20):rel]):
        return None  # "bis zu 40 Prozent der 105 Millionen": the base of a share, not a figure of its own
    others = [(o.start - base, o.end - base) for o in in_sentence if (o.start, o.end) != (v.start, v.end) and (
              (o.type == v.type and o.value.get("currency") == v.value.get("currency"))
              or (vtype == "money" and o.type == "money" and o.value.get("currency") == value.get("currency")))]
    names = frozenset(w.lower() for e in entities.get(key, ()) for w in _WORD.findall(e.text))
    figures = [(o.start - base, o.end - base) for o in in_sentence if o.type in FIGURE_TYPES
               and (o.start, o.end) != (v.start, v.end)]
    measures, noun = _measure(sentence, rel, rel_end, clause, vtype, others, names, figures)
    rank = str(value.get("unit") or "").startswith("rank:")
    if rank:
        measures, noun = "rank", v.text  # what is ranked is in the unit ("rank:expensive")
    if vtype == "place" and (not is_specific_place(v) or measures in (None, *GENERIC)):
        return None
    if measures == "age":  # "72 Jahre alt", "(20)", "der 20-Jährige": ages compare in years, whatever the form
        years = value.get("seconds", value.get("value"))
        years = round(float(years) / SECONDS_PER_YEAR) if vtype == "duration" and years else years
        vtype, value = "number", {"value": years, "min": years, "max": years, "unit": "years",
                                  "hedge": value.get("hedge", "exact")}
    people = [e for e in entities.get(key, ()) if e.label == "PER" and wide[0] <= e.start - base
              and e.end - base <= wide[1] and len((e.norm or e.text).split()) >= 2]
    nearest = _nearest([(e.start - base, e.end - base, _person_key(e)) for e in people], rel, rel_end)
    if nearest is None and _BACK_REFERENCE.match(sentence, wide[0]):
        # "… mit seinem Landsmann Paul Pogba – dieser hatte Manchester United 105 Millionen Euro gekostet"
        before = [e for e in entities.get(key, ()) if e.label == "PER" and e.end - base <= wide[0]
                  and len((e.norm or e.text).split()) >= 2]
        nearest = (0, 0, _person_key(before[-1])) if before else None
    # a clause that opens with "where" / "wo" happens at the place named just before it ("derailed in East
    # Palestine, about 20 miles north, where 38 cars left the tracks")
    place_lo = clause[0] - RELATIVE_PLACE_REACH if _WHERE.match(sentence, clause[0]) else clause[0]
    scope = [] if v.type == "place" else sorted({
        place_key(p) for p in in_sentence
        if place_lo <= p.start - base and p.end - base <= clause[1] and _locative(p, sentence, base)} | {
        f[2] for f in find_concepts(sentence[wide[0]:wide[1]], "scopes")})
    stated = [i for i in (value_interval(d) for d in in_sentence if d.type == "date"
                          and wide[0] <= d.start - base and d.end - base <= wide[1] and not d.value.get("relative"))
              if i is not None]
    event_dates = (min(i[0] for i in stated).isoformat(), max(i[1] for i in stated).isoformat()) if stated else None
    masked = (sentence[clause[0]:rel] + "#" + sentence[rel_end:clause[1]]).strip()
    if len(masked) < 12:  # "150.000 (offizielle Zahl der Polizei)": the clause alone says too little
        masked = (sentence[:rel] + "#" + sentence[rel_end:]).strip()
    source = _source(sentence, rel, rel_end, clause, speaker)
    if measures == "age":  # an age describes a person, wherever and by whomever it is told
        scope, source = [], None
    if rank:  # the ranked one is the sentence's subject, rarely the name nearest the ordinal ("Dembele ist
        nearest = None  # hinter Paul Pogba und Neymar der drittteuerste Spieler")
    # a relative date dates the figure nearest to it: "von 14,7 Prozent im Vormonat auf 13,3 Prozent" dates the
    # 14.7 percent only
    def gap(d: Value, lo: int, hi: int) -> int:
        return max(0, d.start - base - hi, lo - (d.end - base))

    relative = [d for d in in_sentence if d.type == "date" and d.value.get("relative")
                and clause[0] <= d.start - base and d.end - base <= clause[1]
                and all(gap(d, rel, rel_end) <= gap(d, *f) for f in figures)]
    dated = min(relative, key=lambda d: gap(d, rel, rel_end), default=None)
    past = is_past(sentence[clause[0]:clause[1]]) \
        or dated is not None and _long_ago(sentence[max(clause[0], dated.start - base - 12):
                                                    min(clause[1], dated.end - base + 2)], language) \
        or _change_start(sentence, rel, rel_end, figures)
    return FactMention(
        id=mention_id(it.id, v.start, v.end), article=it.article, item_id=it.id, type=vtype, text=v.text,
        start=v.start, end=v.end, value=value, sentence=sentence, sentence_start=base, measures=measures,
        noun=noun, source=source,
        modality="expected" if is_expectation(sentence[wide[0]:wide[1]], (rel - wide[0], rel_end - wide[0]))
        else "demanded" if is_demand(sentence[clause[0]:clause[1]], measures)
        else "earlier" if past else "reported",
        subject=nearest[2] if nearest else None, scope=tuple(scope), clause=masked, event_dates=event_dates,
        context=sentence[wide[0]:wide[1]].strip(),
        past=past,
    )


DATE_GAP_DAYS = 31
"""Dates further apart than this are different events: a relative date more than this many days before its
article ("vor einem Jahr", "last summer") puts a figure in the story's past, and fact slots keep mentions with
stated dates this far apart (or this far before the story's event) apart."""
# Days the relative dates of a clause are resolved against: one in every month, so that a calendar date without
# a year ("am 10. Oktober", which the parser places in the past) lies within DATE_GAP_DAYS before one of them.
_REFERENCES = tuple(f"2000-{month:02d}-28" for month in range(1, 13))


@lru_cache(maxsize=4096)
def _long_ago(text: str, language: str) -> bool:
    """Whether ``text`` holds a relative date that means more than DATE_GAP_DAYS before whatever day it is said
    ("vor einem Jahr", "im vergangenen Jahr", "a year ago"), so an undated article's count too."""
    for reference in _REFERENCES:
        ref = date.fromisoformat(reference)
        spans = [value_interval(found) for found in find_dates(text, language, published=reference)
                 if found.value.get("relative")]
        # the middle of the span: "vor einem Jahr" spans the whole previous year
        if not any(span is not None and (ref - (span[0] + (span[1] - span[0]) / 2)).days > DATE_GAP_DAYS
                   for span in spans):
            return False
    return True


def value_class(m: FactMention) -> str:
    """What must be equal for two mentions to be compared: type plus unit or currency."""
    if m.type == "number":
        return f"number:{m.value.get('unit') or 'count'}"
    if m.type == "money":
        return f"money:{m.value.get('currency') or '?'}"
    return m.type


def as_value(m: FactMention) -> Value:
    """The mention's value as a models.Value (for the agreement rule)."""
    return Value(m.type, m.text, m.start, m.end, m.value)
