"""Stories and events: which articles report the same event, so that facts are compared only inside one.

Rules (grouping of facts depends on them):

- **Similarity of two articles** is the cosine of their leads (title plus the first ``LEAD_CHARS`` characters,
  embedded with the grouping model) plus ``EVIDENCE_WEIGHT`` times the Jaccard overlap of their evidence: the
  names they mention (people, organisations, specific places) and the exact figures they state (150.000,
  105 Millionen Euro). Shared figures are strong evidence of one event.
- **Stories**: articles linked by a similarity of at least the model's story threshold (SemEval-2022 same-story
  pairs, ``benchmarks/similarity_calibration.py``), transitively.
- **Events** inside a story: the same links taken strongest first, refusing any merge that would put two
  articles whose times are known more than ``EVENT_SPAN_DAYS`` apart into one event (the 2015 and 2016
  demonstrations, two storms three weeks apart, a transfer in August and one in January). An article's time is
  its publication date; the dates an article states are not used, since backstory dates ("die größte Demo
  seit dem 15. Februar 2003") would split one event.
- **Links**: the pairs of articles of one event alike by themselves, whose facts and sentences are compared:
  linked directly (not only through others), and sharing evidence or a named event, or with leads at least
  ``LINK_COS`` alike.
- Each event becomes one ``Story`` row; its id comes from its smallest article name, so it stays put when
  other articles join or leave.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Mapping, Sequence

import numpy as np

from factcheck.match.events import Interval, gap_days
from factcheck.match.neighbours import candidate_pairs
from factcheck.models import Article, Claim, Quote, Story, article_pair

LEAD_CHARS = 600
EVIDENCE_WEIGHT = 0.3
EVENT_SPAN_DAYS = 10
# Publication dates known only to the month ("2017-08", "2017-09") span a month each; an event's span may
# exceed EVENT_SPAN_DAYS by this much so that two adjacent months can hold one event.
MONTH_SLACK_DAYS = 62
# Same-story cosine of leads per model. benchmarks/story_threshold.py on the SemEval-2022 German pairs (read as
# `factcheck extract` reads them): for use-multilingual AUC 0.82, best F1 0.70 at 0.49; we cut a little lower
# (0.45: recall 0.77, precision 0.61) because a wrongly joined article is still kept apart by its date and by
# the fact rules, while a split story loses every comparison. e5-small
# 0.85 (the earlier calibration); hashing (tests only) 0.3.
STORY_THRESHOLDS: dict[str, float] = {"use-multilingual": 0.45, "e5-small": 0.85, "hashing": 0.3}
NEIGHBOURS = 30
# Two articles of one story are alike by themselves (their facts are compared, see ``build_stories``' links) when
# they share evidence (a name, an exact figure, a named event) or their leads reach this cosine. In an archive of
# undated articles a story gathers articles on one topic: "Neun Personen festgenommen" in Lucerne and "20-köpfige
# Gruppe attackiert Polizisten" in Berlin (leads 0.45, nothing in common) are two events, and their arrest counts
# are no disagreement. Every pair of articles of the three stories in ../shared/eval/stories shares evidence.
LINK_COS = 0.6
# Kinds of named events: a name after one of these ("Sturmtief Herwart", "Hurricane Irma", "Operation Barbarossa")
# names the event itself. Two articles that each name an event of these kinds, and no name in common, report
# different events however alike they read (storms Xavier and Herwart, three weeks apart). Heads: the German
# Weather Service's and the US National Hurricane Center's naming of weather systems, military operations.
EVENT_NAME_HEADS: tuple[str, ...] = (
    "Sturmtief", "Orkantief", "Tiefdruckgebiet", "Tief", "Orkan", "Sturm", "Hurrikan", "Taifun", "Zyklon",
    "Wirbelsturm", "Tropensturm", "Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical Storm", "Operation",
)
_EVENT_NAME = re.compile(r"\b(?i:" + "|".join(EVENT_NAME_HEADS) + r")\s+[„\"“«»'‚‘]?([A-ZÄÖÜ][a-zäöüß]{2,})")


def story_threshold(model_key: str) -> float:
    """Story threshold for a model id such as "use-multilingual@0.2.1"."""
    return STORY_THRESHOLDS.get(model_key.split("@", 1)[0], STORY_THRESHOLDS["use-multilingual"])


def lead(article: Article) -> str:
    """What an article is embedded as for story detection: its title and the start of its text."""
    text = re.sub(r"\s+", " ", article.text[:LEAD_CHARS * 2]).strip()[:LEAD_CHARS]
    return f"{article.title or ''}. {text}".strip(". ")


def evidence(items: Sequence[Quote | Claim]) -> dict[str, set[str]]:
    """Per article: the names and exact figures its statements carry."""
    out: dict[str, set[str]] = {}
    for it in items:
        bag = out.setdefault(it.article, set())
        for e in getattr(it, "entities", ()):
            if e.label in ("PER", "ORG"):
                bag.add("n:" + (e.norm or e.text).lower())
        for v in it.values:
            if v.type in ("number", "money") and not v.value.get("vague") and (v.value.get("value") or 0) >= 100:
                bag.add(f"v:{v.type}:{v.value.get('value')}")
    return out


class _Union:
    """Union-find over articles whose clusters remember the hull of their members' known times and the events
    they name."""

    def __init__(self, times: Sequence[Interval | None], named: Sequence[frozenset[str]]) -> None:
        self.parent = list(range(len(times)))
        self.span = list(times)
        self.named = list(named)

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int, *, max_days: int | None) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        sa, sb = self.span[ra], self.span[rb]
        if self.named[ra] and self.named[rb] and not self.named[ra] & self.named[rb]:
            return  # two differently named events (storms Xavier and Herwart)
        if max_days is not None and sa is not None and sb is not None:
            hull = (min(sa[0], sb[0]), max(sa[1], sb[1]))
            if gap_days(sa, sb) > max_days or (hull[1] - hull[0]).days > max_days + MONTH_SLACK_DAYS:
                return
        self.parent[rb] = ra
        self.named[ra] = self.named[ra] | self.named[rb]
        if sa is None or sb is None:
            self.span[ra] = sa or sb
        else:
            self.span[ra] = (min(sa[0], sb[0]), max(sa[1], sb[1]))


def event_names(article: Article) -> frozenset[str]:
    """The named events an article reports ("Sturmtief „Xavier“" -> {"xavier"})."""
    text = f"{article.title or ''}\n{article.text}"
    return frozenset(m.group(1).lower() for m in _EVENT_NAME.finditer(text))


def link_score(cos: float, a: set[str], b: set[str]) -> float:
    """Similarity of two articles: the cosine of their leads plus EVIDENCE_WEIGHT times the Jaccard overlap of
    their evidence (``evidence``). Articles whose score with every other article stays below the story
    threshold tell a story of their own."""
    return cos + EVIDENCE_WEIGHT * (len(a & b) / len(a | b) if a and b else 0.0)


def alike_by_themselves(score: float, bag_a: set[str], bag_b: set[str], named_a: frozenset[str],
                        named_b: frozenset[str]) -> bool:
    """Whether two articles whose ``link_score`` reaches the story threshold are alike by themselves, not only
    as members of one story: they share evidence (a name, an exact figure) or a named event, or their leads alone
    score at least LINK_COS. Only such pairs have their statements, clauses and facts compared."""
    return bool(bag_a & bag_b) or bool(named_a & named_b) or score >= LINK_COS


def build_stories(articles: Sequence[Article], vectors: np.ndarray, times: Mapping[str, Interval | None],
                  bags: Mapping[str, set[str]], *,
                  threshold: float) -> tuple[list[Story], dict[str, str], frozenset[tuple[str, str]]]:
    """Stories (one per event), the story id of every article, and the pairs of articles (names in order)
    that are alike by themselves, not only through others of their story."""
    names = [a.name for a in articles]
    if not names:
        return [], {}, frozenset()
    named = [event_names(a) for a in articles]
    ii, jj, ss = candidate_pairs(np.asarray(vectors, dtype=np.float32), k=NEIGHBOURS, min_sim=threshold - EVIDENCE_WEIGHT)
    edges = []
    for i, j, cos in zip(ii.tolist(), jj.tolist(), ss.tolist()):
        a, b = bags.get(names[i], set()), bags.get(names[j], set())
        score = link_score(cos, a, b)
        if score >= threshold:
            edges.append((score, i, j, alike_by_themselves(score, a, b, named[i], named[j])))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    events = _Union([times.get(n) for n in names], named)
    for _, i, j, _ in edges:
        events.union(i, j, max_days=EVENT_SPAN_DAYS)
    members: dict[int, list[int]] = {}
    for x in range(len(names)):
        members.setdefault(events.find(x), []).append(x)
    stories, story_of = [], {}
    for root, idx in members.items():
        arts = sorted(names[x] for x in idx)
        sid = "s" + hashlib.sha1(arts[0].encode("utf-8")).hexdigest()[:10]
        span = events.span[root]
        label = _label([articles[x] for x in idx])
        stories.append(Story(sid, label, tuple(arts), span[0].isoformat() if span else None,
                             span[1].isoformat() if span else None))
        for n in arts:
            story_of[n] = sid
    stories.sort(key=lambda s: (-len(s.articles), s.id))
    links = frozenset(article_pair(names[i], names[j]) for score, i, j, alike in edges
                      if story_of[names[i]] == story_of[names[j]] and alike)
    return stories, story_of, links


HEADLINE_CHARS = 200


def headline(article: Article) -> str:
    """What an article is about at a glance: its title, else the start of its text (scraped pages often come
    without a title)."""
    return article.title or article.text[:HEADLINE_CHARS]


def _label(articles: Sequence[Article]) -> str:
    """A readable story label: the most frequent capitalised words of its titles (ties in order of appearance, so
    the label is the same in every run)."""
    words: Counter[str] = Counter()
    written: dict[str, str] = {}
    for a in articles:
        for w in dict.fromkeys(re.findall(r"\b[A-ZÄÖÜ][\wäöüß-]{3,}", headline(a))):
            key = w.lower()  # "BERLIN —" in a dateline is the "Berlin" of the titles
            if key not in words or (written[key].isupper() and not w.isupper()):
                written[key] = w
            words[key] += 1
    top = [written[w] for w, _ in words.most_common(4)]
    return " ".join(top) or (articles[0].title or articles[0].name)
