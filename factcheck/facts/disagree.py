"""Disagreements: a fact whose values do not all agree is one conflict listing every side, values clustered."""

from __future__ import annotations

import hashlib
import re
from typing import Iterable, Mapping, Sequence

from factcheck.conflicts import article_label
from factcheck.display import plural
from factcheck.facts.mentions import as_value, fold
from factcheck.facts.slots import variant
from factcheck.language.stopwords import ENGLISH, GERMAN
from factcheck.models import Article, Conflict, ConflictSide, Fact, FactMention
from factcheck.values import agree, describe
from factcheck.values.measures import SCOPES

MEASURE_LABELS: dict[str, str] = {"police_officers": "police officers", "wind_speed": "wind speed",
                                  "release_clause": "release clause", "fire_brigade": "fire brigade",
                                  "weather_service": "weather service", "health_authorities": "health authorities",
                                  "interior_ministry": "interior ministry"}


def readable(concept: str | None) -> str:
    """A concept or source key as words ("police_officers" -> "police officers")."""
    return MEASURE_LABELS.get(concept or "", (concept or "").replace("_", " "))


def scope_name(scopes: Iterable[Sequence[str]]) -> str | None:
    """Where every figure of a fact is restricted to, readable ("Brandenburg" for "Vier Tote gab es allein in
    Brandenburg" and "four people had died ... in the state of Brandenburg"; "all competitions"), or None when
    the members' scopes (``FactMention.scope`` keys) share nothing."""
    common: set[str] | None = None
    for scope in scopes:
        common = set(scope) if common is None else common & set(scope)
    if not common:
        return None
    names = []
    for key in sorted(common):
        place = None
        if key.startswith("geonames:"):
            from factcheck.nlp import places  # the gazetteer, only when a place id needs its name

            place = places.get(key)
        names.append(place.name if place else readable(key) if key in SCOPES else key.title())
    return ", ".join(dict.fromkeys(names))


def outlet_label(name: str, articles: Mapping[str, Article]) -> str:
    """An article as a reader knows it (one rule: ``conflicts.article_label``)."""
    return article_label(name, articles)


def conflict_type(fact: Fact) -> str:
    """The conflict type of a fact: duration, place, or number for counts, quantities, money and percents."""
    return fact.type if fact.type in ("duration", "place") else "number"


def fact_conflicts_of(fact: Fact, articles: Mapping[str, Article]) -> list[Conflict]:
    """The fact's disagreement, or nothing when its values agree.

    The explanation clusters the values ("4 outlets: at least 7 · 1 outlet: at least 6"). The sides are every
    mention of the disagreeing clusters against one way of stating the majority's figure: a majority stated
    in several ways ("mindestens sieben", "around seven", "sieben") gives one conflict per way, so that a
    conflict never sets two wordings of the same figure against each other; a majority stated one way (the
    usual case) gives exactly one conflict listing every side."""
    clusters = fact.clusters
    if len(clusters) < 2 or not _across_outlets(clusters):
        return []
    parts = []
    for cluster in clusters:
        cluster = [m for m in cluster if not m.value.get("vague")] or cluster  # "Tausende" states no figure
        outlets = list(dict.fromkeys(outlet_label(m.article, articles) for m in cluster))
        written = list(dict.fromkeys(m.text for m in cluster))
        n = len(outlets)
        parts.append(f"{plural(n, 'outlet')} ({', '.join(outlets)}): {describe(as_value(cluster[0]))}"
                     + (f" ({'; '.join(written[:3])})" if written else ""))
    what = what_label(readable(fact.measures), subject_name([m.subject for m in fact.members],
                                                            [m.sentence for m in fact.members]),
                      scope_name(m.scope for m in fact.members))
    source = f", per {readable(fact.source)}" if fact.source else ""
    explanation = f"{what}{source}: " + " · ".join(parts)
    # Vague magnitudes ("Tausende") stay in the fact but are no side of a disagreement: they state no figure.
    others = [_side(m, number) for number, cluster in enumerate(clusters[1:], start=1) for m in cluster
              if not m.value.get("vague")]
    ways: dict[tuple[object, ...], list[FactMention]] = {}
    for m in clusters[0]:
        if not m.value.get("vague"):
            ways.setdefault(variant(m), []).append(m)
    if not others or not ways:
        return []
    out = []
    minority = [m for cluster in clusters[1:] for m in cluster if not m.value.get("vague")]
    # a wording that contradicts no other side is no side of a conflict ("mehr als 300" beside "330", against
    # "340")
    ordered = sorted(((way, majority) for way, majority in ways.items()
                      if any(agree(as_value(majority[0]), as_value(o)) is False for o in minority)),
                     key=lambda w: (-len(w[1]), str(w[0])))
    for k, (way, majority) in enumerate(ordered):
        key = f"fact|{fact.id}" + (f"|{way}" if k else "")
        cid = "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        text = explanation if len(ordered) == 1 else _way_explanation(
            f"{what}{source}", majority, len(ordered), clusters[0], parts[1:], articles)
        out.append(Conflict(id=cid, type=conflict_type(fact), group_id=fact.id, explanation=text,
                            claims=tuple([_side(m, 0) for m in majority] + others), fact_id=fact.id))
    return out


_NAME = re.compile(r"(?:[A-ZÄÖÜ][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]*)")


def what_label(measures: str, subject: str | None = None, scope: str | None = None) -> str:
    """What a fact measures as its row heading and its conflict say it: the measure, with the person every figure
    is about and the place every figure is restricted to ("price (Paul Pogba)", "dead (Brandenburg)")."""
    about = ", ".join(d for d in (subject, scope) if d)
    return measures + (f" ({about})" if about else "")


def subject_name(subjects: Sequence[str | None], sentences: Sequence[str]) -> str | None:
    """The person every figure of a fact is about (``FactMention.subject`` keys), as the sentences write the
    name, or None when the figures are not all about one person."""
    if not subjects or len(set(subjects)) != 1 or subjects[0] is None:
        return None
    return _as_written(subjects[0], sentences)


def _as_written(key: str, sentences: Sequence[str]) -> str:
    """A person key ("dembele", "un") as the sentences write the name, with the capitalised words before it
    ("Dembélé", "Kim Jong Un"). Where the sentences write it differently, the form most sentences use wins, then
    the shortest full one: a noun before the name ("seinem Landsmann Paul Pogba") is no part of it when another
    sentence has "Paul Pogba"."""
    found: list[str] = []
    for sentence in sentences:
        for match in _NAME.finditer(sentence):
            if fold(match.group(1)) == key:
                words = match.group(0).split()
                while len(words) > 1 and words[0].lower() in GERMAN | ENGLISH:
                    words = words[1:]  # "Laut Paul Pogba": the name starts after the preposition
                found.append(" ".join(words))
    if not found:
        return key.title()
    full = [f for f in found if len(f.split()) > 1] or found
    return min(full, key=lambda f: (-full.count(f), len(f.split()), found.index(f)))


def _across_outlets(clusters: Sequence[Sequence[FactMention]]) -> bool:
    """Whether some outlet states one figure, and only that one, other than the majority's. An article that
    also states the majority's figure counts another amount next to it (a signing bonus of 3 million and an
    instalment of 3.3 million in one report), and one that states several figures lists several things (the
    seats of each party in a council): neither contradicts the other outlets."""
    stated: dict[str, set[int]] = {}
    for n, cluster in enumerate(clusters):
        for m in cluster:
            if not m.value.get("vague"):
                stated.setdefault(m.article, set()).add(n)
    return any(len(found) == 1 and 0 not in found for found in stated.values())


def _way_explanation(head: str, majority: Sequence[FactMention], n_ways: int, cluster: Sequence[FactMention],
                     other_parts: Sequence[str], articles: Mapping[str, Article]) -> str:
    """The explanation of one of several conflicts of a fact whose majority states its figure in several ways:
    this way's wording and outlets first, so the rows differ where they differ ("participants, per police:
    "150.000" (hpd, taz) vs 2 outlets (BBC, Newstalk): about 100,000 (...); one of 3 wordings of 150,000 in 8
    outlets")."""
    outlets = list(dict.fromkeys(outlet_label(m.article, articles) for m in majority))
    written = "; ".join(dict.fromkeys(f"\"{m.text}\"" for m in majority))
    n_outlets = len({m.article for m in cluster if not m.value.get("vague")})
    return (f"{head}: {written} ({', '.join(outlets)}) vs " + " · ".join(other_parts)
            + f"; one of {n_ways} wordings of {describe(as_value(cluster[0]))} in {plural(n_outlets, 'outlet')}")


def _side(m: FactMention, cluster: int) -> ConflictSide:
    """One side: the part of the sentence that states the figure (``text`` and ``sentence``), the value, and
    the whole sentence in ``value["full_sentence"]``."""
    value = dict(m.value)
    value.update({"text": m.text, "type": m.type, "span": [m.start, m.end], "description": describe(as_value(m)),
                  "cluster": cluster, "full_sentence": m.sentence, "sentence_start": m.sentence_start})
    context = m.context or m.sentence
    return ConflictSide(id=m.item_id, article=m.article, text=context, sentence=context, start=m.start,
                        end=m.end, value=value)


def fact_conflicts(facts: Sequence[Fact], articles: Mapping[str, Article]) -> list[Conflict]:
    """One conflict per disagreeing fact."""
    return [c for f in facts for c in fact_conflicts_of(f, articles)]
