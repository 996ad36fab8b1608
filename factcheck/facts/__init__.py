"""Facts across outlets: value mentions, stories (events), fact slots and their disagreements.

``build`` turns the statements of a database into stories, mentions, facts and one conflict per disagreeing
fact. It embeds through the callable it is given, so this package needs neither the store nor a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import numpy as np

from factcheck.facts.disagree import fact_conflicts, outlet_label, readable, scope_name, subject_name, what_label
from factcheck.facts.mentions import build_mentions, fold, place_key, value_class
from factcheck.facts.slots import build_facts, clause_threshold, value_clusters
from factcheck.facts.stories import build_stories, evidence, headline, lead, story_threshold
from factcheck.match.events import compared, is_coarse, parse_interval
from factcheck.models import Article, Claim, Conflict, Fact, FactMention, Quote, Story

__all__ = ["FactsResult", "build", "facts_of", "outlet_label", "readable", "scope_name", "subject_name", "value_class",
           "value_clusters", "what_label"]


@dataclass(frozen=True)
class FactsResult:
    stories: tuple[Story, ...]
    story_of: Mapping[str, str]
    mentions: tuple[FactMention, ...]
    facts: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...]
    links: frozenset[tuple[str, str]] = frozenset()
    """Pairs of articles (names in order) whose leads are alike by themselves (see ``stories.build_stories``)."""


def build(items: Sequence[Quote | Claim], articles: Mapping[str, Article],
          embed: Callable[[Sequence[str]], np.ndarray], *, model_key: str,
          on_stories: Callable[[Mapping[str, str], frozenset[tuple[str, str]]], None] | None = None) -> FactsResult:
    """Stories, fact mentions, facts and disagreements of a set of statements (``on_stories`` is told the story
    of every article and the pairs of articles alike by themselves as soon as they are known, before the facts
    are worked out)."""
    names = sorted(a for a in {it.article for it in items} if a in articles)
    arts = [articles[n] for n in names]
    lead_vectors = embed([lead(a) for a in arts]) if arts else np.zeros((0, 1), dtype=np.float32)
    times = {n: parse_interval(articles[n].published) for n in names}
    stories, story_of, links = build_stories(arts, lead_vectors, times, evidence(items),
                                             threshold=story_threshold(model_key))
    if on_stories is not None:
        on_stories(story_of, links)
    mentions = build_mentions(items, articles)
    clause_vectors = _clause_vectors(mentions, story_of, embed, links)
    places: dict[str, set[str]] = {}
    where: dict[str, tuple[float, float]] = {}
    for it in items:
        for v in it.values:
            if v.type == "place" and not is_coarse(v):
                places.setdefault(it.article, set()).add(place_key(v))
                if v.value.get("lat") is not None and v.value.get("lon") is not None:
                    where[place_key(v)] = (float(v.value["lat"]), float(v.value["lon"]))
    facts = build_facts(mentions, clause_vectors, story_of, stories, places, where=where,
                        threshold=clause_threshold(model_key),
                        protagonists=protagonists(stories, articles, mentions), links=links)
    return FactsResult(tuple(stories), story_of, tuple(mentions), tuple(facts),
                       tuple(fact_conflicts(facts, articles)), links)


def facts_of(facts: Sequence[Fact]) -> dict[str, dict[str, frozenset[str]]]:
    """Per statement id, per value class ("number:count", "money:EUR"), whose figures and where its figures
    are, as the facts they belong to say (source and restricting places): what grouping needs to keep apart
    statements of one kind of figure from different sources or places ("mindestens sieben Menschen" and "vier
    Tote allein in Brandenburg"; the police's count and the organisers'). What a fact measures is left out:
    one fee can end up in two facts ("contract", "price") where an article names it twice."""
    out: dict[str, dict[str, set[str]]] = {}
    for fact in facts:
        places = sorted({place for m in fact.members for place in m.scope})
        key = f"{fact.source or ''}|{'+'.join(places)}"
        for m in fact.members:
            out.setdefault(m.item_id, {}).setdefault(fact.type, set()).add(key)
    return {item: {kind: frozenset(keys) for kind, keys in kinds.items()} for item, kinds in out.items()}


PROTAGONIST_SHARE = 0.5
"""A person named in at least this share of a story's article titles is what the story is about."""


def protagonists(stories: Sequence[Story], articles: Mapping[str, Article],
                 mentions: Sequence[FactMention]) -> dict[str, frozenset[str]]:
    """Per story, the subjects of its mentions that at least PROTAGONIST_SHARE of its articles name in their
    headlines ("Dembélé wechselt zum FC Barcelona")."""
    subjects = {m.subject for m in mentions if m.subject}
    out: dict[str, frozenset[str]] = {}
    for story in stories:
        titles = [set(fold(headline(articles[a])).split()) for a in story.articles if a in articles]
        if not titles:
            continue
        out[story.id] = frozenset(s for s in subjects
                                  if sum(s in words for words in titles) >= PROTAGONIST_SHARE * len(titles))
    return out


def _clause_vectors(mentions: Sequence[FactMention], story_of: Mapping[str, str],
                    embed: Callable[[Sequence[str]], np.ndarray],
                    links: frozenset[tuple[str, str]] | None = None) -> np.ndarray:
    """Vectors of the mentions' masked clauses; zero for mentions of a story told by one article and, with
    ``links``, of an article linked to no other (facts compare outlets and only linked ones, see
    slots.build_facts, so these are never compared; an archive of single-article stories skips most of the
    work)."""
    if not mentions:
        return np.zeros((0, 1), dtype=np.float32)
    is_compared = compared(story_of, links)
    wanted = [k for k, m in enumerate(mentions) if is_compared(m.article)]
    if not wanted:
        return np.zeros((len(mentions), 1), dtype=np.float32)
    found = np.asarray(embed([mentions[k].clause for k in wanted]), dtype=np.float32)
    out = np.zeros((len(mentions), found.shape[1]), dtype=np.float32)
    out[wanted] = found
    return out
