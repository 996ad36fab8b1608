"""Fact slots: the mentions of one story that report the same measured thing of the same event from the same
kind of source.

Two mentions can share a fact only when (hard rules):

- they are in one story (one event, see ``stories.py``), have the same value class (type plus unit or currency)
  and the same modality (a forecast or registration is not a count);
- their sources do not differ ("laut Polizei" and "nach Angaben der Veranstalter" are two facts shown side by
  side); an unattributed mention may join either;
- the people they are about do not differ (Pogba's fee is not Dembélé's); the places that restrict them are
  the same ("vier Tote allein in Brandenburg" is not the storm's toll), leaving out places most of the story's
  articles name (the event's own place);
- the dates stated next to them lie at most ``DATE_GAP_DAYS`` apart;
- their precise figures lie within a factor of ``MAX_SPREAD`` (a signing bonus is not the add-ons);
- ages only join the same age (an age names a person: "der 72-Jährige" and "eine 54 Jahre alte Beifahrerin"
  are two victims, not a disagreement);
- they measure the same thing: the same concept ("Teilnehmer" / "protesters took part"), or, when a concept is
  missing, the same counted word or masked clauses at least as similar as the model's ``CLAUSE_THRESHOLDS``.

Pairs are scored (concept match or clause cosine, plus a bonus when the values agree, so an unattributed
mention joins the source whose figure it repeats) and merged strongest first; a merge is refused when the
rules above would break for any two members (a chain cannot glue police and organisers together).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from typing import Mapping, Sequence

import numpy as np

from factcheck.facts.mentions import DATE_GAP_DAYS, as_value, value_class
from factcheck.language import detect_language
from factcheck.match.events import alike
from factcheck.match.neighbours import candidate_pairs
from factcheck.models import Fact, FactMention, Story
from factcheck.values import agree
from factcheck.values.compare import DISTRICT_KM, km
from factcheck.values.measures import GENERIC

# Masked clauses at least this similar measure the same thing when no concept says so. Not calibrated on a pair
# set (none has clause pairs); use-multilingual gives 0.5-0.7 for paraphrased clauses around one figure and
# 0.1-0.35 for unrelated ones on the evaluation stories.
CLAUSE_THRESHOLDS: dict[str, float] = {"use-multilingual": 0.6, "e5-small": 0.9, "hashing": 0.5}
AGREE_BONUS = 0.2
SAME_FIGURE_BONUS = 0.1
COMMON_PLACE_SHARE = 0.8
ALL_PAIRS_LIMIT = 400
# The precise figures of one fact lie within this factor of each other. Outlets that disagree give nearby
# figures (20 vs 40 minutes, 100 000 vs 150 000, 2 to 5 hours); figures further apart are different things
# measured next to the same words (a player's 3-million signing bonus and the club's 43 million in add-ons).
MAX_SPREAD = 3.0
NEIGHBOURS = 25


def clause_threshold(model_key: str) -> float:
    return CLAUSE_THRESHOLDS.get(model_key.split("@", 1)[0], CLAUSE_THRESHOLDS["use-multilingual"])


def _concept(m: FactMention) -> str | None:
    """The mention's concept for the rules; a generic one ("Menschen") constrains nothing."""
    return None if m.measures in GENERIC else m.measures


def _distinctive(m: FactMention) -> bool:
    """A figure unlikely to recur by chance in one story: an amount of money, or a precise count of 100 or more."""
    return not m.value.get("vague") and (m.type == "money" or _number(m) >= 100)


def _stem(word: str | None) -> str | None:
    return word.lower()[:5] if word else None


class _Slots:
    """Union-find whose clusters remember what the hard rules need."""

    def __init__(self, mentions: Sequence[FactMention], scopes: Sequence[frozenset[str]]) -> None:
        n = len(mentions)
        self.parent = list(range(n))
        self.sources = [{m.source} - {None} for m in mentions]
        self.subjects = [{m.subject} - {None} for m in mentions]
        self.concepts = [{_concept(m)} - {None} for m in mentions]
        self.scopes = [{s} for s in scopes]
        self.dates = [_interval(m) for m in mentions]
        self.span = [_precise(m) for m in mentions]

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        for attr in ("sources", "subjects", "concepts"):
            if len(getattr(self, attr)[ra] | getattr(self, attr)[rb]) > 1:
                return
        if len(self.scopes[ra] | self.scopes[rb]) > 1:
            return
        da, db = self.dates[ra], self.dates[rb]
        if da and db and (max(da[1], db[1]) - min(da[0], db[0])).days > DATE_GAP_DAYS:
            return
        sa, sb = self.span[ra], self.span[rb]
        span = (min(sa[0], sb[0]), max(sa[1], sb[1])) if sa and sb else (sa or sb)
        if span and span[1] > MAX_SPREAD * span[0]:
            return
        self.span[ra] = span
        self.parent[rb] = ra
        for attr in ("sources", "subjects", "concepts", "scopes"):
            getattr(self, attr)[ra] |= getattr(self, attr)[rb]
        self.dates[ra] = (min(da[0], db[0]), max(da[1], db[1])) if da and db else (da or db)


def _precise(m: FactMention) -> tuple[float, float] | None:
    """The figure of a mention with a precise positive value, as a one-point span; None for places, vague
    magnitudes ("Tausende") and zero."""
    if m.type == "place" or m.value.get("vague"):
        return None
    x = _number(m)
    return (x, x) if x > 0 else None


def _interval(m: FactMention) -> tuple[date, date] | None:
    if not m.event_dates:
        return None
    return date.fromisoformat(m.event_dates[0]), date.fromisoformat(m.event_dates[1])


def _compatible(a: FactMention, b: FactMention, sa: frozenset[str], sb: frozenset[str], cos: float,
                threshold: float, main_subjects: frozenset[str] = frozenset()) -> float | None:
    """Pair score when two mentions of one block may be one fact, else None."""
    if a.source and b.source and a.source != b.source:
        return None
    if a.subject and b.subject and a.subject != b.subject:
        return None
    if sa != sb:
        return None
    ia, ib = _interval(a), _interval(b)
    if ia and ib and max(0, (ib[0] - ia[1]).days, (ia[0] - ib[1]).days) > DATE_GAP_DAYS:
        return None
    ca, cb = _concept(a), _concept(b)
    if "age" in (ca, cb) and not agree(as_value(a), as_value(b)):
        return None  # an age names a person ("ein 72 Jahre alter Mann"): another age is another person
    if ca and cb:
        if ca != cb:
            return None
        score = 1.0 + 0.1 * cos
    elif _stem(a.noun) and _stem(a.noun) == _stem(b.noun):
        score = 0.9 + 0.1 * cos
    elif cos >= threshold and (not (ca or cb) or _same_figure(a, b)):
        # A figure that names nothing it measures joins a named fact by its clause only when it repeats the
        # fact's figure: "Dembélé moves for €105m plus up to €41m in add-ons" reads like the add-ons' clause,
        # but its 105 million is the fee, not a third figure for the add-ons.
        score = cos
    elif a.subject and a.subject == b.subject and a.subject not in main_subjects and a.type == "money" \
            and not (ca and cb):
        score = 0.75 + 0.1 * cos  # Pogba's fee "105 Millionen Euro gekostet" / "für 110 Millionen Euro"
    elif not (ca and cb) and (not (ca or cb) or GENERIC & {a.measures, b.measures}) and _distinctive(a) \
            and variant(a) == variant(b):
        # "für 222 Mio Euro" in three outlets, "250.000 Menschen (offizielle Zahl der Veranstalter)" next to the
        # organisers' "250.000 Teilnehmer": the same distinctive figure (of people), the same fact
        score = 0.7 + 0.1 * cos
    elif bool(ca) != bool(cb) and _distinctive(a) and _distinctive(b) and _same_figure(a, b):
        # "43 Millionen können noch folgen" names nothing it measures; "rund 43 Mio Euro variabler Zahlungen"
        # in another outlet does: the same distinctive figure, the same fact
        score = 0.7 + 0.1 * cos
    else:
        return None
    if agree(as_value(a), as_value(b)):
        score += AGREE_BONUS
        if variant(a)[:1] == variant(b)[:1]:
            score += SAME_FIGURE_BONUS  # "Bis zu 250.000" joins the 250.000 of the organisers, not the police
    return score


def build_facts(mentions: Sequence[FactMention], vectors: np.ndarray, story_of: Mapping[str, str],
                stories: Sequence[Story], article_places: Mapping[str, set[str]], *,
                where: Mapping[str, tuple[float, float]] | None = None, threshold: float,
                protagonists: Mapping[str, frozenset[str]] | None = None,
                links: frozenset[tuple[str, str]] | None = None) -> list[Fact]:
    """Cluster the mentions of every story into facts (see the module docstring); facts of one article only
    are left out (nothing to compare). ``protagonists``: per story, the people its titles are about (person
    keys as in ``FactMention.subject``): every amount of the story is about them, so being about them does not
    make two amounts one fact, while being about a side figure does (Pogba's fee told by two outlets).
    ``links``: pairs of articles (names in order) alike by themselves; two mentions are compared only when
    their articles are one of them or the same article (an archive's story can chain reports of different
    events on one topic: a fire's damage and a fraud's). Any pair when not given."""
    common = _common_places(stories, article_places, where or {})
    blocks: dict[tuple[str, str, str, bool], list[int]] = {}
    by_id = {s.id: s for s in stories}
    for idx, m in enumerate(mentions):
        story = story_of.get(m.article)
        if story is not None and not _backstory(m, by_id.get(story)):
            # a figure said to lie in the story's past ("vor einem Jahr", "damals") meets only others of the past
            blocks.setdefault((story, value_class(m), m.modality, m.past), []).append(idx)
    facts: list[Fact] = []
    for (story, _, modality, _past), idx in sorted(blocks.items()):
        block = [mentions[i] for i in idx]
        if len({m.article for m in block}) < 2:
            continue
        scopes = [frozenset(m.scope) - common.get(story, frozenset()) for m in block]
        vecs = np.asarray(vectors, dtype=np.float32)[idx]
        slots = _Slots(block, scopes)
        main = (protagonists or {}).get(story, frozenset())
        for _, i, j in _scored_pairs(block, scopes, vecs, threshold, main, links):
            slots.union(i, j)
        members: dict[int, list[int]] = {}
        for x in range(len(block)):
            members.setdefault(slots.find(x), []).append(x)
        for root, xs in members.items():
            group = sorted((block[x] for x in xs), key=lambda m: (m.article, m.start))
            if len({m.article for m in group}) < 2:
                continue
            concepts = slots.concepts[root] or {m.measures for m in group if m.measures}
            facts.append(_fact(story, modality, group, slots.sources[root], concepts))
    facts.sort(key=lambda f: (f.story, -len({m.article for m in f.members}), f.id))
    return facts


def _scored_pairs(block: Sequence[FactMention], scopes: Sequence[frozenset[str]], vecs: np.ndarray,
                  threshold: float, main: frozenset[str] = frozenset(),
                  links: frozenset[tuple[str, str]] | None = None) -> list[tuple[float, int, int]]:
    """Compatible pairs of a block, strongest first: all pairs of a small block, else the clause neighbours
    plus pairs sharing a concept; with ``links``, only pairs of one article or of linked articles (see
    build_facts)."""
    n = len(block)
    if n <= ALL_PAIRS_LIMIT:
        sims = vecs @ vecs.T
        candidates = ((i, j, float(sims[i, j])) for i in range(n) for j in range(i + 1, n))
    else:
        ii, jj, ss = candidate_pairs(vecs, k=NEIGHBOURS, min_sim=min(threshold, 0.0))
        found = {(i, j): s for i, j, s in zip(ii.tolist(), jj.tolist(), ss.tolist())}
        by_concept: dict[str, list[int]] = {}
        for x, m in enumerate(block):
            if _concept(m):
                by_concept.setdefault(_concept(m), []).append(x)
        for xs in by_concept.values():
            for a in range(min(len(xs), ALL_PAIRS_LIMIT)):
                for b in range(a + 1, min(len(xs), ALL_PAIRS_LIMIT)):
                    key = (xs[a], xs[b])
                    found.setdefault(key, float(vecs[key[0]] @ vecs[key[1]]))
        candidates = ((i, j, s) for (i, j), s in found.items())
    out = []
    for i, j, cos in candidates:
        if not alike(links, block[i].article, block[j].article):
            continue
        score = _compatible(block[i], block[j], scopes[i], scopes[j], cos, threshold, main)
        if score is not None:
            out.append((score, i, j))
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out


def _common_places(stories: Sequence[Story], article_places: Mapping[str, set[str]],
                   where: Mapping[str, tuple[float, float]]) -> dict[str, frozenset[str]]:
    """Per story, the event's own place: the place most of its articles name, when at least COMMON_PLACE_SHARE
    of them do and no place further away is named by that many too (Berlin for a demonstration in Berlin, Köln
    for a fire in Köln-Chorweiler; a storm over many cities has none, nor a strike at the airports of Düsseldorf
    and Köln/Bonn). ``where``: the coordinates of the places the values give them for."""
    out = {}
    for s in stories:
        counts: Counter[str] = Counter()
        for a in s.articles:
            counts.update(article_places.get(a, set()))
        top = counts.most_common(1)
        need = max(2, COMMON_PLACE_SHARE * len(s.articles))
        if not top or top[0][1] < need:
            out[s.id] = frozenset()
            continue
        place, count = top[0]
        far = [p for p, c in counts.items() if c >= need and p != place
               and place in where and p in where and km(where[place], where[p]) > DISTRICT_KM]
        out[s.id] = frozenset() if far else frozenset({place})
    return out


def _backstory(m: FactMention, story: Story | None) -> bool:
    """A figure dated more than DATE_GAP_DAYS before its story's event ("die größte Kundgebung gab es zuletzt
    am 15. Februar 2003, als eine halbe Million ...") belongs to another event."""
    if story is None or not story.event_start or not m.event_dates:
        return False
    start = date.fromisoformat(story.event_start)
    hi = date.fromisoformat(m.event_dates[1])
    return (start - hi).days > DATE_GAP_DAYS  # only the past: "einen Vertrag bis 2022" is about this event


def value_clusters(members: Sequence[FactMention]) -> list[list[FactMention]]:
    """Members split into sets of agreeing values, the set with most articles first."""
    clusters: list[list[FactMention]] = []
    precise = [m for m in members if not m.value.get("vague")]
    vague = [m for m in members if m.value.get("vague")]
    ordered = sorted(precise, key=lambda m: (_number(m), m.article))
    for m in ordered:
        for cluster in clusters:
            if all(agree(as_value(m), as_value(o)) is not False for o in cluster):
                cluster.append(m)
                break
        else:
            clusters.append([m])
    clusters.sort(key=lambda c: (-len({m.article for m in c}), c[0].article))
    for m in vague:  # "Tausende" agrees with any large figure: it joins the largest cluster it agrees with
        home = next((c for c in clusters if all(agree(as_value(m), as_value(o)) is not False for o in c)), None)
        if home is None:
            clusters.append([m])
        else:
            home.append(m)
    return clusters


SAME_FIGURE_SHARE = 0.1
"""Two figures within this share of the larger one state the same figure ("rund 105 Mio" / "105,0 Millionen")."""


def _same_figure(a: FactMention, b: FactMention) -> bool:
    """Whether two mentions state the same figure: agreeing values whose nominal figures are close ("bis zu 148
    Millionen" agrees with 105 million but is another figure)."""
    x, y = _number(a), _number(b)
    return agree(as_value(a), as_value(b)) is not False and x > 0 and y > 0 \
        and abs(x - y) <= SAME_FIGURE_SHARE * max(x, y)


def _number(m: FactMention) -> float:
    x = m.value.get("value", m.value.get("seconds"))
    return float(x) if isinstance(x, (int, float)) else 0.0


def variant(m: FactMention) -> tuple[object, ...]:
    """A value as stated: nominal figure and hedge ("mindestens sieben" and "around seven" are two variants
    of one agreeing cluster)."""
    if m.type == "place":
        return (m.value.get("id") or m.value.get("name"),)
    return (m.value.get("value", m.value.get("seconds")), m.value.get("hedge"), bool(m.value.get("vague")))


def _noun_like(m: FactMention) -> bool:
    """Whether a mention's counted word can name a fact: a German one is a noun only when capitalised ("Für 15
    Millionen kam er" counts nothing; the word still keeps the figure from taking its neighbour's concept)."""
    return bool(m.noun) and (m.noun[:1].isupper() or detect_language(m.sentence, default="de") != "de")


def _fact(story: str, modality: str, group: list[FactMention], sources: set[str], concepts: set[str]) -> Fact:
    clusters = value_clusters(group)
    fid = "f" + hashlib.sha1(min(m.id for m in group).encode("utf-8")).hexdigest()[:12]
    duration = group[0].type == "duration"
    # what lasted is a noun right after a duration ("14 Tage Quarantäne"); a word further on is whatever follows
    # ("40 minutes to put out the blaze", "Nach 20 Minuten hatte die Feuerwehr"), so without one the row says
    # "duration"
    nouns = Counter(m.noun for m in group if m.noun and (
        m.noun[:1].isupper() and m.sentence[m.end - m.sentence_start:].lstrip().startswith(m.noun) if duration
        else _noun_like(m)))
    # min, not the first of a set: a set of strings iterates in an order that changes from run to run
    measures = min(concepts, default=None) or (nouns.most_common(1)[0][0] if nouns
                                               else "duration" if duration else "value")
    return Fact(id=fid, story=story, type=value_class(group[0]), measures=str(measures),
                source=min(sources, default=None), modality=modality, members=tuple(group),
                agree=len(clusters) == 1, clusters=tuple(tuple(c) for c in clusters))
