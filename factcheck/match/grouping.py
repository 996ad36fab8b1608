"""Group quotes and claims from different articles that say the same thing about the same event."""

from __future__ import annotations

import difflib
import hashlib
import re
from itertools import combinations
from typing import Callable, Iterator, Mapping, Sequence

import numpy as np

from factcheck.match import events
from factcheck.match.anchors import anchor_pairs
from factcheck.match.clauses import clause_parts, content_words
from factcheck.match.frames import frame_apart, frames_of, placed_by_article
from factcheck.match.neighbours import candidate_pairs
from factcheck.models import Article, Claim, Group, Member, Quote, is_headline
from factcheck.values import FIGURE_TYPES

# Cosine threshold for "the same statement", per embedding model. Source: benchmarks/similarity_calibration.py on
# stsb_de dev: the best-F1 threshold for gold score >= 4 (use-multilingual 0.748, F1 0.65; e5-small 0.953;
# hashing 0.692). It sits near the precision-0.9 point for score >= 3 ("roughly equivalent, some important
# information differs", which is what a conflict is): use-multilingual 0.811, e5-small 0.952. SemEval
# same-story thresholds (0.45 / 0.85) are for whole stories and far too loose for statements.
THRESHOLDS: dict[str, float] = {"use-multilingual": 0.75, "e5-small": 0.95, "hashing": 0.69}
DEFAULT_THRESHOLD = THRESHOLDS["use-multilingual"]
# Shared entities or speaker move a pair by this much; a pair whose entity sets are disjoint loses it.
ENTITY_WEIGHT = 0.05
SPEAKER_WEIGHT = 0.05
# Quotes group only when their wording overlaps this much (word-level difflib ratio) or the speaker matches.
QUOTE_MIN_WORDING = 0.5
# Texts this similar (cosine or wording) are the same statement even when a detail such as the place differs.
NEAR_IDENTICAL_COS = 0.9
NEAR_IDENTICAL_WORDING = 0.8
NEIGHBOURS = 10
# A quote and its translation by the same speaker embed lower across languages than two wordings in one
# language ("Dies ist die größte Demonstration, die dieses Land seit vielen, vielen Jahren gesehen hat" / "This
# is the biggest protest that this country has seen for many, many years": 0.67 with use-multilingual).
TRANSLATED_QUOTE_SLACK = 0.1
# Claims that share a value anchor (same value class, same measured noun; see anchors.py) need only this cosine.
# Not calibrated on a pair set (none has such pairs): the seed pair 000/002 "Gespräche" scores 0.29 with
# use-multilingual, unrelated German news sentences score ~0.1-0.2 on average.
ANCHOR_MIN_COS = 0.25
# A clause pair this far below the statement threshold still says the same thing when the two clauses share
# content words that few articles of the story use (weights in _rare_words, at least 1 in all): "Die Berliner
# Feuerwehr rief den Ausnahmezustand aus" / "Die Feuerwehren riefen vielerorts den Ausnahmezustand aus", cosine
# 0.71. Set on the three stories in ../shared/eval/stories: 0.15 keeps the pairs found per gold pair near one.
CLAUSE_WORD_SLACK = 0.15
# Every two members of a group must reach threshold - LINK_SLACK cosine (complete linkage with slack), so that
# groups stay one statement, not a topic. 0.15 below the best-F1 point on stsb_de is about the gold-score-3
# ("roughly equivalent") region for use-multilingual.
LINK_SLACK = 0.15
# A German clause and its English retelling embed lower than two wordings in one language ("Die Berliner Feuerwehr
# rief den Ausnahmezustand aus" / "Berlin's fire brigade declared a state of emergency": 0.64 with
# use-multilingual). Clauses of two languages say the same thing when each is the other's best match between
# their two articles, the cosine reaches TRANSLATION_MIN_COS and stands out by TRANSLATION_MARGIN against the
# mean cosine of each clause with its TRANSLATION_K nearest clauses of the other language (the ratio margin of
# Artetxe & Schwenk 2019, "Margin-based parallel corpus mining with multilingual sentence embeddings"). Set on
# the three stories in ../shared/eval/stories: margins 1.0-1.1 found the same pairs; 1.3 lost half of them;
# cosine 0.45 let a police quote join a wind speed.
TRANSLATION_MARGIN = 1.1
TRANSLATION_MIN_COS = 0.5
TRANSLATION_K = 4
# Statements that say one service was stopped (frames.py) tell one fact only about one day and one place: "der
# Flugbetrieb steht still" today and "Ende Januar waren 1.100 Flüge ausgefallen" are two strikes; flights
# cancelled in Köln and in Düsseldorf are two facts. A statement without a date of its own is dated by its article.
FRAME_GAP_DAYS = 1
FRAME_PLACE_KM = 25.0

_WORD = re.compile(r"\w+", re.UNICODE)


def threshold_for(model_name: str) -> float:
    """Calibrated grouping threshold for a model id such as "use-multilingual@0.2.1"."""
    return THRESHOLDS.get(model_name.split("@", 1)[0], DEFAULT_THRESHOLD)


def wording_ratio(a: str, b: str) -> float:
    """Word-level similarity of two texts (difflib ratio over lower-cased words)."""
    wa, wb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    if not wa or not wb:
        return 0.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def group_statements(
    items: Sequence[Quote | Claim],
    vectors: np.ndarray,
    *,
    articles: Mapping[str, Article],
    threshold: float | None = None,
    story_of: Mapping[str, str] | None = None,
    embed: Callable[[Sequence[str]], np.ndarray] | None = None,
    article_links: frozenset[tuple[str, str]] | None = None,
    facts_of: Mapping[str, Mapping[str, frozenset[str]]] | None = None,
) -> list[Group]:
    """Group statements across articles by embedding similarity, shared entities/speakers and event compatibility.

    With ``story_of`` (article -> story id) only statements of one story are compared. With ``embed`` (texts ->
    unit vectors) claims are also compared clause by clause (see clauses.py). ``article_links`` (pairs of article
    names in order) are the articles alike by themselves: only statements of such pairs are compared (any two
    articles of a story when not given), so the vectors of the statements of an article alike to no other are
    never read (they may be zero rows; events.compared). ``facts_of`` (claim id -> value class -> the source and
    places the facts give its figures, see factcheck.facts.facts_of) keeps apart claims whose figures of one kind
    the facts give to different sources or places: the storm's toll ("mindestens sieben Menschen kamen ums
    Leben") and Brandenburg's ("four people had died") are not one statement, as they are not one fact."""
    if len(items) != len(vectors):
        raise ValueError(f"{len(items)} items but {len(vectors)} vectors")
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    times = events.article_times(items, articles)
    main_places = events.article_places(items)
    enriched = _enrich_quotes(items)
    groups: list[Group] = []
    for kind in ("quote", "claim"):
        idx = np.asarray([i for i, it in enumerate(items) if _kind(it) == kind], dtype=np.int64)
        if len(idx) < 2:
            continue
        chosen = [items[i] for i in idx]
        langs = [_language(articles, it) for it in chosen]
        extra = _clause_pairs(chosen, embed, story_of, threshold, langs, _speech_frames(items), article_links) \
            if kind == "claim" and embed is not None else []
        groups.extend(_group_kind(kind, chosen, [enriched[i] for i in idx],
                                  np.asarray(vectors, dtype=np.float32)[idx], times, main_places, threshold, extra,
                                  langs, article_links, story_of, facts_of if kind == "claim" else None))
    groups = _attach_headline_quotes(items, groups, articles)
    groups.sort(key=lambda g: (-len(g.members), g.id))
    return groups


# A headline quote and the body quote it shortens ("Hatten gerade einen sehr substanziellen Austausch" / "Wir
# hatten gerade einen sehr substanziellen Meinungsaustausch ...") share this much wording at least.
HEADLINE_MIN_WORDING = 0.5


def _attach_headline_quotes(items: Sequence[Quote | Claim], groups: list[Group],
                            articles: Mapping[str, Article]) -> list[Group]:
    """A headline quote joins the group of the body quote of its own article that it shortens (same speaker,
    overlapping wording), so a headline that rewords the quote can be compared with it; groups otherwise hold
    one statement per article."""
    by_member = {m.id: g for g in groups for m in g.members}
    quotes = [it for it in items if isinstance(it, Quote)]
    for head in quotes:
        if head.id in by_member or not is_headline(head, articles):
            continue
        body = [q for q in quotes if q.article == head.article and q.id != head.id and not is_headline(q, articles)
                and (not head.speaker or not q.speaker or q.speaker == head.speaker)]
        best = max(body, key=lambda q: (wording_ratio(head.text, q.text), -q.start), default=None)
        if best is None or wording_ratio(head.text, best.text) < HEADLINE_MIN_WORDING:
            continue
        group = by_member.get(best.id)
        members = (group.members if group else (_member("quote", best),)) + (_member("quote", head),)
        ordered = tuple(sorted(members, key=lambda m: (m.article, m.start, m.id)))
        new = Group(id=group.id if group else group_id("quote", [best.id, head.id]), kind="quote", members=ordered,
                    score=group.score if group else round(wording_ratio(head.text, best.text), 4))
        groups = [g for g in groups if g is not group] + [new]
        for m in new.members:
            by_member[m.id] = new
    return groups


def _kind(item: Quote | Claim) -> str:
    return "quote" if isinstance(item, Quote) else "claim"


def _enrich_quotes(items: Sequence[Quote | Claim]) -> list[Quote | Claim]:
    """For quotes, borrow entities and values of claims on the same sentence, so places and dates are known."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for it in items:
        if isinstance(it, Claim):
            by_sentence.setdefault((it.article, it.sentence_start), []).append(it)
    out: list[Quote | Claim] = []
    for it in items:
        if isinstance(it, Quote):
            claims = by_sentence.get((it.article, it.sentence_start), [])
            values = tuple(it.values) + tuple(v for c in claims for v in c.values)
            entities = tuple(e for c in claims for e in c.entities)
            out.append(Claim(text=it.text, start=it.start, end=it.end, sentence=it.sentence,
                             sentence_start=it.sentence_start, sentence_end=it.sentence_end,
                             values=values, entities=entities, id=it.id, article=it.article))
        else:
            out.append(it)
    return out


def _entity_keys(item: Quote | Claim) -> frozenset[str]:
    return frozenset((e.norm or e.text).lower() for e in getattr(item, "entities", ()))


def _pair_score(a: Quote | Claim, b: Quote | Claim, ea: Claim, eb: Claim, cos: float) -> float:
    """Cosine adjusted by shared entities and speakers."""
    score = cos
    ka, kb = _entity_keys(ea), _entity_keys(eb)
    if ka and kb:
        overlap = len(ka & kb) / min(len(ka), len(kb))
        score += ENTITY_WEIGHT * overlap if overlap else -ENTITY_WEIGHT
    if isinstance(a, Quote) and isinstance(b, Quote) and a.speaker and a.speaker == b.speaker:
        score += SPEAKER_WEIGHT
    return score


class _Clusters:
    """Union-find whose clusters remember their members, articles and time span.

    A merge is refused when it would put two statements of one article into a group, put members more
    than the event limits apart in time, or join two members whose own cosine is below the link floor
    (complete linkage with slack), so a chain A~B~C cannot glue together statements A and C that say
    different things.
    """

    def __init__(self, profiles: Sequence[events.Profile], vectors: np.ndarray, articles: Sequence[str],
                 linked: set[tuple[int, int]] | None = None,
                 facts: Sequence[Mapping[str, frozenset[str]]] | None = None) -> None:
        self.parent = list(range(len(profiles)))
        self.art = [p.article_time for p in profiles]
        self.dates = [p.dates for p in profiles]
        self.score_sum = [0.0] * len(profiles)
        self.edges = [0] * len(profiles)
        self.members = [[i] for i in range(len(profiles))]
        self.articles = [{a} for a in articles]
        self.vectors = vectors
        self.linked = linked
        self.facts: Sequence[Mapping[str, frozenset[str]]] = facts if facts is not None else [{}] * len(profiles)

    def size(self, x: int) -> int:
        return len(self.members[self.find(x)])

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int, score: float, *, link_floor: float) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            self.score_sum[ra] += score
            self.edges[ra] += 1
            return True
        if self.articles[ra] & self.articles[rb]:
            return False
        if self._other_facts(ra, rb):
            return False
        art = _merge_span(self.art[ra], self.art[rb], events.ARTICLE_GAP_DAYS)
        dates = _merge_span(self.dates[ra], self.dates[rb], events.ITEM_GAP_DAYS)
        if art is False or dates is False:
            return False
        if len(self.members[ra]) > 1 or len(self.members[rb]) > 1:
            cross = self.vectors[self.members[ra]] @ self.vectors[self.members[rb]].T
            if float(cross.min()) < link_floor and not self._all_linked(ra, rb, cross, link_floor):
                return False
        self.parent[rb] = ra
        self.members[ra].extend(self.members[rb])
        self.articles[ra] |= self.articles[rb]
        self.art[ra], self.dates[ra] = art, dates  # type: ignore[assignment]
        self.score_sum[ra] += self.score_sum[rb] + score
        self.edges[ra] += self.edges[rb] + 1
        return True

    def _other_facts(self, ra: int, rb: int) -> bool:
        """Whether a member of one cluster and one of the other have figures of one kind that the facts give to
        different sources or places (``facts_of`` of group_statements)."""
        for x in self.members[ra]:
            fx = self.facts[x]
            if not fx:
                continue
            for y in self.members[rb]:
                fy = self.facts[y]
                if any(fx[kind].isdisjoint(fy[kind]) for kind in fx.keys() & fy.keys()):
                    return True
        return False

    def _all_linked(self, ra: int, rb: int, cross: np.ndarray, link_floor: float) -> bool:
        """Whether every pair below the link floor is an accepted edge (with ``linked``: the second layer, where
        a sentence of two facts embeds low against each fact told alone)."""
        if self.linked is None:
            return False
        for x, y in zip(*np.nonzero(cross < link_floor)):
            i, j = sorted((self.members[ra][x], self.members[rb][y]))
            if (i, j) not in self.linked:
                return False
        return True


def _merge_span(a: events.Interval | None, b: events.Interval | None, limit: int) -> events.Interval | None | bool:
    """Hull of two spans, or False when the merged span would put members more than limit days apart."""
    if a is None or b is None:
        return a or b
    merged = (min(a[0], b[0]), max(a[1], b[1]))
    latest_start, earliest_end = max(a[0], b[0]), min(a[1], b[1])
    if (latest_start - earliest_end).days > limit:
        return False
    return merged


def _language(articles: Mapping[str, Article], item: Quote | Claim) -> str | None:
    article = articles.get(item.article)
    return article.language if article is not None else None


def _speech_frames(items: Sequence[Quote | Claim]) -> dict[tuple[str, int], list[tuple[int, int, int, int]]]:
    """Per sentence (article, sentence start), the reported quotes' cue and content spans (cue start, cue end,
    content start, content end; article offsets): where a sentence says who said it, not what happened."""
    frames: dict[tuple[str, int], list[tuple[int, int, int, int]]] = {}
    for it in items:
        if isinstance(it, Quote) and it.cue_start is not None and it.cue_end is not None:
            frames.setdefault((it.article, it.sentence_start), []).append((it.cue_start, it.cue_end, it.start, it.end))
    return frames


def _is_frame(item: Quote | Claim, start: int, end: int,
              frames: Mapping[tuple[str, int], list[tuple[int, int, int, int]]]) -> bool:
    """Whether the clause at article offsets start..end of a statement is the speech frame of a quote in its
    sentence: it holds the quote's cue and none of what was said ("hieß es in einer Mitteilung vom Mittwoch",
    "it said in a press release on Wednesday")."""
    for cue_start, cue_end, said_start, said_end in frames.get((item.article, item.sentence_start), ()):
        if start <= cue_start and cue_end <= end and (end <= said_start or start >= said_end):
            return True
    return False


def _clause_pairs(items: Sequence[Quote | Claim], embed: Callable[[Sequence[str]], np.ndarray],
                  story_of: Mapping[str, str] | None, threshold: float,
                  languages: Sequence[str | None] = (),
                  frames: Mapping[tuple[str, int], list[tuple[int, int, int, int]]] | None = None,
                  links: frozenset[tuple[str, str]] | None = None) -> list[tuple[int, int]]:
    """Index pairs (i < j) of statements from different articles (of one story) with a clause each that say
    the same thing: cosine at least the statement threshold between the clauses, or a little less with
    content words of their own in common (see _rare_words). With ``links`` (article pairs alike by themselves),
    only pairs of linked articles: grouping counts no others."""
    story = [story_of.get(it.article, "") if story_of is not None else "" for it in items]
    owner, texts, background = _clauses_compared(items, story_of, frames, links)
    if len(texts) < 2:
        return []
    vectors = np.asarray(embed(texts), dtype=np.float32)
    ii, jj, ss = candidate_pairs(vectors, k=NEIGHBOURS, min_sim=threshold - CLAUSE_WORD_SLACK)
    words = [content_words(t) for t in texts]
    rare = _rare_words([items[i].article for i in owner], [story[i] for i in owner], words)
    found = set()
    for a, b, cos in zip(ii.tolist(), jj.tolist(), ss.tolist()):
        i, j = sorted((owner[a], owner[b]))
        if items[i].article == items[j].article or story[i] != story[j] or background[a] and background[b]:
            continue  # two circumstances alike ("als ein Baum auf ihr Auto stürzte") are not one fact
        if not events.alike(links, items[i].article, items[j].article):
            continue
        if cos < threshold:
            own = rare.get(story[i], {})
            if sum(own.get(w, 0.0) for w in words[a] & words[b]) < 1.0:
                continue
        found.add((i, j))
    if languages:
        found |= _translated_clause_pairs(owner, vectors, [items[i].article for i in owner],
                                          [story[i] for i in owner], [languages[i] for i in owner], background,
                                          links)
    return sorted(found)


def _clauses_compared(items: Sequence[Quote | Claim], story_of: Mapping[str, str] | None,
                      frames: Mapping[tuple[str, int], list[tuple[int, int, int, int]]] | None = None,
                      links: frozenset[tuple[str, str]] | None = None,
                      ) -> tuple[list[int], list[str], list[bool]]:
    """The clauses (or whole texts) that _clause_pairs embeds and compares, with the index of each one's
    statement and whether it is background (see clauses.clause_parts; with ``frames``, see _speech_frames,
    also a quote's speech frame): those of statements in stories told by two or more articles (all when
    ``story_of`` is None) and, with ``links``, of articles linked to another (no clause pair joins others)."""
    owner: list[int] = []
    texts: list[str] = []
    background: list[bool] = []
    compared = events.compared(story_of, links)
    for idx, item in enumerate(items):
        if not compared(item.article):
            continue  # an article alike to no other has nothing to compare its clauses with
        at = 0
        for clause, aside in clause_parts(item.text) or [(item.text, False)]:
            found = item.text.find(clause, at)
            if found >= 0:
                at = found + len(clause)
                if frames and not aside:
                    aside = _is_frame(item, item.start + found, item.start + at, frames)
            owner.append(idx)
            texts.append(clause)
            background.append(aside)
    return owner, texts, background


def clause_texts(items: Sequence[Quote | Claim], story_of: Mapping[str, str] | None,
                 links: frozenset[tuple[str, str]] | None = None) -> list[str]:
    """The texts grouping will embed to compare claims clause by clause (``group_statements`` with these
    ``items``, ``story_of`` and ``article_links``), in its order; nothing when it will compare none."""
    claims = [it for it in items if _kind(it) == "claim"]
    texts = _clauses_compared(claims, story_of, links=links)[1] if len(claims) >= 2 else []
    return texts if len(texts) >= 2 else []


def _translated_clause_pairs(owner: Sequence[int], vectors: np.ndarray, articles: Sequence[str],
                             stories: Sequence[str], languages: Sequence[str | None],
                             background: Sequence[bool],
                             links: frozenset[tuple[str, str]] | None = None) -> set[tuple[int, int]]:
    """Statement pairs (i < j) of two languages with a clause each that is the other's translation: each clause
    is the other's best match in the other article, and its cosine stands out against what each clause scores
    with its nearest clauses of the other language (the ratio margin of Artetxe & Schwenk 2019, "Margin-based
    parallel corpus mining with multilingual sentence embeddings"), since a German clause and its English
    retelling embed lower than two wordings in one language do. Two background clauses are not a pair (see
    clauses.BACKGROUND_OPENERS)."""
    found: set[tuple[int, int]] = set()
    by_story: dict[str, dict[str, list[int]]] = {}
    for x, (story, lang) in enumerate(zip(stories, languages)):
        if lang:
            by_story.setdefault(story, {}).setdefault(lang, []).append(x)
    for langs in by_story.values():
        for first, second in combinations(sorted(langs), 2):
            xs, ys = langs[first], langs[second]
            knn_x = _mean_top(vectors[xs], vectors[ys], TRANSLATION_K)
            knn_y = _mean_top(vectors[ys], vectors[xs], TRANSLATION_K)
            for p, q, cos in _mutual_best(xs, ys, vectors, articles, links):
                x, y = xs[p], ys[q]
                if background[x] and background[y]:
                    continue
                usual = max(1e-6, float(knn_x[p] + knn_y[q]) / 2)
                if cos >= TRANSLATION_MIN_COS and cos / usual >= TRANSLATION_MARGIN:
                    found.add((min(owner[x], owner[y]), max(owner[x], owner[y])))
    return found


def _mutual_best(xs: Sequence[int], ys: Sequence[int], vectors: np.ndarray, articles: Sequence[str],
                 links: frozenset[tuple[str, str]] | None = None) -> Iterator[tuple[int, int, float]]:
    """(p, q, cosine) for the clauses xs[p] and ys[q] that are each other's best match between their two
    articles, for every pair of an article of xs and one of ys (that ``links`` holds, when given)."""
    by_art_x: dict[str, list[int]] = {}
    by_art_y: dict[str, list[int]] = {}
    for p, x in enumerate(xs):
        by_art_x.setdefault(articles[x], []).append(p)
    for q, y in enumerate(ys):
        by_art_y.setdefault(articles[y], []).append(q)
    for art_x, ps in by_art_x.items():
        for art_y, qs in by_art_y.items():
            if not events.alike(links, art_x, art_y):
                continue
            sub = vectors[[xs[p] for p in ps]] @ vectors[[ys[q] for q in qs]].T
            best_q, best_p = sub.argmax(axis=1), sub.argmax(axis=0)
            for a, b in enumerate(best_q.tolist()):
                if best_p[b] == a:
                    yield ps[a], qs[b], float(sub[a, b])


def _mean_top(rows: np.ndarray, others: np.ndarray, k: int, block: int = 1024) -> np.ndarray:
    """For each row, the mean of its k largest cosines with ``others`` (blocked, so memory stays linear)."""
    k = min(k, len(others))
    out = np.empty(len(rows), dtype=np.float32)
    for lo in range(0, len(rows), block):
        sims = rows[lo:lo + block] @ others.T
        out[lo:lo + block] = np.partition(sims, len(others) - k, axis=1)[:, -k:].mean(axis=1)
    return out


def _rare_words(articles: Sequence[str], stories: Sequence[str],
                words: Sequence[frozenset[str]]) -> dict[str, dict[str, float]]:
    """Per story, the weight of each content word that few of its articles use: 1 for at most a third of them,
    0.5 for at most half (what one fact has of its own, "Ausnahmezustand", "Hauptbahnhof"; not the story's
    topic words, "Sturm", "Bahn"). A word of one article alone weighs nothing. The three sequences run in
    parallel, one entry per clause."""
    arts: dict[str, set[str]] = {}
    users: dict[tuple[str, str], set[str]] = {}
    for art, story, found in zip(articles, stories, words):
        arts.setdefault(story, set()).add(art)
        for w in found:
            users.setdefault((story, w), set()).add(art)
    rare: dict[str, dict[str, float]] = {}
    for (story, w), used in users.items():
        share = len(used) / len(arts[story])
        if len(used) >= 2 and share <= 0.5:
            rare.setdefault(story, {})[w] = 1.0 if share <= 1 / 3 else 0.5
    return rare


def _group_kind(kind: str, items: list[Quote | Claim], enriched: list[Quote | Claim], vectors: np.ndarray,
                times: Mapping[str, events.Interval | None],
                main_places: Mapping[str, tuple[float, float] | None], threshold: float,
                clause_pairs: Sequence[tuple[int, int]] = (), languages: Sequence[str | None] = (),
                article_links: frozenset[tuple[str, str]] | None = None,
                story_of: Mapping[str, str] | None = None,
                facts_of: Mapping[str, Mapping[str, frozenset[str]]] | None = None) -> list[Group]:
    """Group the statements of one kind; clause_pairs are pairs that share a clause (see _clause_pairs). With
    ``story_of``, only statements of one story are compared: "Das hat mich sehr überrascht" in a report on a
    football club and "Das hat mich sehr verwundert" in one on a court case are no two wordings of one quote. With
    ``article_links``, only statements of articles alike by themselves: an archive's story chains articles on one
    topic ("Coronavirus beschäftigt die Menschen weiterhin" and "Coronavirus-Maßnahmen werden trotzdem weiter
    gelockert", in two reports that share no name, figure or event) whose sentences are no one statement."""
    max_bonus = ENTITY_WEIGHT + SPEAKER_WEIGHT
    floor = threshold - max_bonus
    if kind == "quote":
        floor = min(floor, NEAR_IDENTICAL_COS - 0.3)  # near-identical wording may still embed lower
    ii, jj, ss = candidate_pairs(vectors, k=NEIGHBOURS, min_sim=floor)
    articles = np.asarray([it.article for it in items], dtype=object)
    cross = articles[ii] != articles[jj]
    if story_of is not None:
        story = np.asarray([story_of.get(it.article, "") for it in items], dtype=object)
        cross &= story[ii] == story[jj]
    if article_links is not None:
        cross &= np.fromiter((events.alike(article_links, a, b) for a, b in zip(articles[ii], articles[jj])),
                             dtype=bool, count=len(ii))
    ii, jj, ss = ii[cross], jj[cross], ss[cross]
    profiles = [events.profile(it, times, main_places) for it in enriched]
    accepted: list[tuple[float, int, int]] = []
    translated: set[tuple[int, int]] = set()
    for i, j, cos in zip(ii.tolist(), jj.tolist(), ss.tolist()):
        a, b = items[i], items[j]
        score = _pair_score(a, b, enriched[i], enriched[j], cos)
        wording = None
        if kind == "quote":
            wording = wording_ratio(a.text, b.text)
            same_speaker = bool(a.speaker) and a.speaker == b.speaker  # type: ignore[union-attr]
            if wording >= NEAR_IDENTICAL_WORDING:
                score = max(score, threshold)
            elif wording < QUOTE_MIN_WORDING and not same_speaker:
                continue
            elif same_speaker and languages and languages[i] != languages[j] \
                    and cos >= threshold - TRANSLATED_QUOTE_SLACK:
                score = max(score, threshold)  # one speaker's words and their translation
                translated.add((i, j))
        if score < threshold:
            continue
        near = cos >= NEAR_IDENTICAL_COS
        if not near and not events.places_compatible(profiles[i], profiles[j]):
            wording = wording_ratio(a.text, b.text) if wording is None else wording
            near = wording >= NEAR_IDENTICAL_WORDING
        if not events.same_event(profiles[i], profiles[j], near_identical=near):
            continue
        accepted.append((score, i, j))
    anchored: set[tuple[int, int]] = set()
    if kind == "claim":
        # Anchors and clause pairs, the weaker evidence, count only between articles alike by themselves: an
        # archive's story chains articles on one topic, and their ages, damages or police clauses are not one fact.
        # _clause_pairs gives only such pairs already.
        seen = {(i, j) for _, i, j in accepted}
        for i, j in sorted(anchor_pairs(items)):
            if (i, j) in seen or story_of is not None \
                    and story_of.get(items[i].article) != story_of.get(items[j].article) \
                    or not events.alike(article_links, items[i].article, items[j].article):
                continue
            cos = float(vectors[i] @ vectors[j])
            if cos >= ANCHOR_MIN_COS and events.same_event(profiles[i], profiles[j]):
                accepted.append((threshold - 1e-9, i, j))
                seen.add((i, j))
                anchored.add((i, j))
        for i, j in clause_pairs:
            if (i, j) not in seen and events.same_event(profiles[i], profiles[j]):
                accepted.append((threshold - 2e-9, i, j))
                seen.add((i, j))
    accepted.sort(key=lambda t: (-t[0], t[1], t[2]))
    kinds = [facts_of.get(it.id, {}) for it in items] if facts_of else None
    clusters = _cluster(accepted, profiles, vectors, items, threshold, translated, kinds=kinds)
    groups = _groups_of(kind, kind, clusters, items)
    if kind == "claim":
        # A sentence often states two facts ("Am Hauptbahnhof, dem Startpunkt der Demonstration, hielten keine
        # S-Bahnen mehr"), and a group holds one statement per article: an article that tells the two facts in
        # two sentences can join only one of its groups. The edges the first layer could not use form a second
        # layer of groups, so a statement may belong to one group of each layer.
        # Only edges between articles alike by themselves count there (an archive's story can chain many
        # articles on one topic), and no value anchors (too weak to stand for a second fact).
        first = [clusters.find(x) for x in range(len(items))]
        unmet = [(score, i, j) for score, i, j in accepted if first[i] != first[j] and (i, j) not in anchored
                 and events.alike(article_links, items[i].article, items[j].article)
                 and not _told_again(clusters, i, j, vectors, threshold - LINK_SLACK)
                 and not _told_again(clusters, j, i, vectors, threshold - LINK_SLACK)]
        linked = {(i, j) for _, i, j in accepted if (i, j) not in anchored}
        second = _cluster(unmet, profiles, vectors, items, threshold, translated, linked=linked, kinds=kinds)
        groups.extend(_groups_of(kind, SECOND_LAYER, second, items))
        groups.extend(_frame_groups(items, profiles, vectors, story_of, article_links, groups))
    return groups


def _frame_groups(items: Sequence[Quote | Claim], profiles: Sequence[events.Profile], vectors: np.ndarray,
                  story_of: Mapping[str, str] | None, links: frozenset[tuple[str, str]] | None,
                  made: Sequence[Group]) -> list[Group]:
    """One group per frame of a story (frames.frames_of) where outlets word one thing so differently that
    embeddings miss it: a service stopped ("Flüge fielen aus", "der Flugverkehr musste eingestellt werden", "air
    services were disrupted"), an aspect of a gathering ("Sonderzüge und Busse brachten Teilnehmer", "Trains and
    buses brought people"), a death of a described victim ("ein Lastwagenfahrer erschlagen", "A man died in his
    lorry"). A sentence may have several frames, so it may belong to one such group per frame, beside its groups of
    the two layers. Every two members come from different articles alike by themselves, are of one event, day and
    place (FRAME_GAP_DAYS, FRAME_PLACE_KM; frames.placed_by_article) and are not told apart by the frame
    (frames.frame_apart); a statement with a figure has no service frame (a count of cancelled flights is compared
    by its facts); of one article the statement with the fewest frames joins. Statements that name places form the
    groups; one that names none joins the largest group it fits. Groups are made the largest first, and one whose
    every two members share a group already is not made."""
    buckets: dict[tuple[str, tuple[str, str]], list[tuple[int, int]]] = {}
    compared = events.compared(story_of, links)
    for idx, item in enumerate(items):
        if not compared(item.article):
            continue  # an article alike to no other has no one to group with
        said = frames_of(item.text, counted=any(v.type in FIGURE_TYPES for v in item.values))
        story = story_of.get(item.article, "") if story_of is not None else ""
        for frame in said:
            buckets.setdefault((story, frame), []).append((len(said), idx))
    together = {pair for g in made for pair in combinations(sorted(m.id for m in g.members), 2)}
    found: list[tuple[tuple[str, str], list[int]]] = []
    for (_, frame), members in sorted(buckets.items()):
        clusters: list[list[int]] = []
        for _, idx in sorted(members, key=lambda m: (not profiles[m[1]].places, m[0], items[m[1]].article,
                                                     items[m[1]].start)):
            fits = [c for c in clusters
                    if all(_one_frame_fact(items, profiles, links, idx, k, placed_by_article(frame))
                           and not frame_apart(frame, items[idx].text, items[k].text) for k in c)]
            if fits:  # a statement without a place joins the group of the place most outlets name
                max(fits, key=len).append(idx)
            else:
                clusters.append([idx])
        found.extend((frame, cluster) for cluster in clusters if len(cluster) > 1)
    groups: list[Group] = []
    # the largest first: a group of one frame inside another frame's ("a driver" inside "a lorry") is not made
    for frame, cluster in sorted(found, key=lambda fc: -len(fc[1])):
        ids = [items[x].id for x in cluster]
        if all(pair in together for pair in combinations(sorted(ids), 2)):
            continue  # every two of them are in one group already
        together.update(combinations(sorted(ids), 2))
        ordered = sorted(cluster, key=lambda x: (items[x].article, items[x].start, items[x].id))
        sims = [float(vectors[a] @ vectors[b]) for a, b in combinations(cluster, 2)]
        # named by its frame and the statement that started it (every group of a frame has its own)
        groups.append(Group(id=group_id(f"frame:{frame[0]}", [items[cluster[0]].id]), kind="claim",
                            members=tuple(_member("claim", items[x]) for x in ordered),
                            score=round(max(0.0, sum(sims) / len(sims)), 4)))
    return groups


def _one_frame_fact(items: Sequence[Quote | Claim], profiles: Sequence[events.Profile],
                    links: frozenset[tuple[str, str]] | None, i: int, j: int, by_article: bool = True) -> bool:
    """Whether statements i and j, which share a frame, may tell it of one event, day and place (``by_article``:
    an article's main place stands for where a statement naming none happened, see frames.placed_by_article)."""
    a, b = profiles[i], profiles[j]
    return items[i].article != items[j].article and events.alike(links, items[i].article, items[j].article) \
        and events.same_event(a, b, by_article=by_article) and events.same_days(a, b, FRAME_GAP_DAYS) \
        and events.same_place(a, b, FRAME_PLACE_KM, by_article=by_article)


def _told_again(clusters: "_Clusters", i: int, j: int, vectors: np.ndarray, floor: float) -> bool:
    """Whether i's group already holds another statement that says what j says (the same fact from a third
    article, or j's own article repeating it in another sentence): the pair i~j would be that group again, not
    a second fact of i's sentence."""
    return any(k != i and float(vectors[k] @ vectors[j]) >= floor for k in clusters.members[clusters.find(i)])


SECOND_LAYER = "claim-2"
"""Salt of the group ids of the second layer (a group there may share its smallest member with one of the
first layer)."""


def _cluster(edges: Sequence[tuple[float, int, int]], profiles: Sequence[events.Profile], vectors: np.ndarray,
             items: Sequence[Quote | Claim], threshold: float, translated: set[tuple[int, int]],
             linked: set[tuple[int, int]] | None = None,
             kinds: Sequence[Mapping[str, frozenset[str]]] | None = None) -> "_Clusters":
    """Union the accepted edges (best first) under the group rules of _Clusters."""
    clusters = _Clusters(profiles, vectors, [it.article for it in items], linked=linked, facts=kinds)
    for score, i, j in edges:
        anchor = score < threshold
        if anchor and clusters.size(i) > 1 and clusters.size(j) > 1:
            continue  # an anchor edge attaches a lone statement; it never joins two groups
        floor = ANCHOR_MIN_COS if anchor else threshold - LINK_SLACK
        if (i, j) in translated:
            floor -= TRANSLATED_QUOTE_SLACK
        clusters.union(i, j, max(score, threshold), link_floor=floor)
    return clusters


def _groups_of(kind: str, salt: str, clusters: "_Clusters", items: Sequence[Quote | Claim]) -> list[Group]:
    """The groups (two members or more) of a clustering."""
    members: dict[int, list[int]] = {}
    for x in range(len(items)):
        members.setdefault(clusters.find(x), []).append(x)
    groups = []
    for root, idx in members.items():
        if len(idx) < 2:
            continue
        ordered = sorted(idx, key=lambda x: (items[x].article, items[x].start, items[x].id))
        score = min(1.0, clusters.score_sum[root] / max(1, clusters.edges[root]))
        groups.append(Group(id=group_id(salt, [items[x].id for x in idx]), kind=kind,
                            members=tuple(_member(kind, items[x]) for x in ordered), score=round(score, 4)))
    return groups


def group_id(kind: str, member_ids: Sequence[str]) -> str:
    """Stable group id from the smallest member id (stays put when members join or leave elsewhere)."""
    smallest = min(member_ids)
    return "g" + hashlib.sha1(f"{kind}:{smallest}".encode("utf-8")).hexdigest()[:12]


def _member(kind: str, item: Quote | Claim) -> Member:
    return Member(id=item.id, kind=kind, article=item.article, text=item.text, sentence=item.sentence,
                  start=item.start, end=item.end)
