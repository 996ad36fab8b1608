"""Event compatibility: whether two statements can be about the same event, judged by time and place.

Rules (documented here because grouping depends on them):

- **Article time.** An article's event interval is its publication date (day, month or year precision).
  When ``published`` is None, it is the article's dominant resolved month: the most frequent YYYY-MM among
  the absolute (``relative`` false) date values of month or finer granularity in the article's statements;
  failing that, unknown. Year-only dates are not used: in the seed corpus both undated articles' only years
  were backstory ("schon 2019", "im Jahr 2011"), never the event. Two statements whose article intervals lie
  more than ``ARTICLE_GAP_DAYS`` apart are different events.
- **Article place.** When either article's time is unknown, the articles' main places decide: the most
  frequent specific place (not a country or region) in each article's lead, else in all its statements, named
  at least twice in the article and more often than any other (else the article has no main place); places
  less than ``NEAR_KM`` apart count together. Main places more than ``NEAR_KM`` apart mean different events
  (Wostotschny 2023 vs Wladiwostok 2019 in the seed corpus).
- **Statement dates.** When both statements carry date values, the hulls of their date ranges may lie at most
  ``ITEM_GAP_DAYS`` apart (closer dates that differ are left for the conflict checker to report).
- **Places.** Specific place values (``type == "place"``, keyed by id or name; countries and regions are left
  out, see ``countries.py``) form a statement's place set; LOC entities (keyed by norm) count only when the
  statement has no place values. Two non-empty, disjoint place sets mean different events, unless the places are
  within ``NEAR_KM`` of each other, or both article times are known and agree and the texts are near-identical
  (then it is one statement with a contradicting place, which the conflict checker reports).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable, Mapping, Sequence

from factcheck.match.countries import COARSE_FEATURES, COUNTRY_NAMES
from factcheck.models import Article, Claim, Quote, Value, article_pair
from factcheck.values.compare import km

# A news story about one event is covered within about two months; a summit four years later is another event.
ARTICLE_GAP_DAYS = 60
# Dates stated in two statements about one event differ by days (a reporting error), not by months.
ITEM_GAP_DAYS = 31
# Places closer than this count as one place (Insel Russki lies inside Wladiwostok).
NEAR_KM = 100.0

Interval = tuple[date, date]


@dataclass(frozen=True)
class Profile:
    """What the event check needs to know about one statement."""

    article_time: Interval | None
    article_place: tuple[float, float] | None
    dates: Interval | None
    places: frozenset[str]
    coords: tuple[tuple[float, float], ...]


def parse_interval(text: str | None) -> Interval | None:
    """Turn "YYYY", "YYYY-MM" or "YYYY-MM-DD" (longer ISO strings are cut) into a day interval."""
    if not text:
        return None
    text = text.strip()[:10]
    try:
        if len(text) == 4:
            year = int(text)
            return date(year, 1, 1), date(year, 12, 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            first = date(year, month, 1)
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        day = date.fromisoformat(text)
        return day, day
    except ValueError:
        return None


def value_interval(value: Value) -> Interval | None:
    """Day interval of a date value, or None when it is not a parseable date."""
    start = parse_interval(str(value.value.get("start") or ""))
    end = parse_interval(str(value.value.get("end") or value.value.get("start") or ""))
    if start is None or end is None:
        return None
    return start[0], max(start[0], end[1])


def gap_days(a: Interval, b: Interval) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def hull(intervals: Iterable[Interval]) -> Interval | None:
    """Smallest interval covering all given intervals."""
    items = list(intervals)
    if not items:
        return None
    return min(i[0] for i in items), max(i[1] for i in items)


def _date_values(item: Quote | Claim) -> list[Value]:
    return [v for v in item.values if v.type == "date"]


def article_times(items: Sequence[Quote | Claim], articles: Mapping[str, Article]) -> dict[str, Interval | None]:
    """Event interval of every article named by the items (publication date, else dominant claim date)."""
    by_article: dict[str, list[Value]] = {}
    for item in items:
        by_article.setdefault(item.article, []).extend(_date_values(item))
    out: dict[str, Interval | None] = {}
    for name, values in by_article.items():
        art = articles.get(name)
        published = parse_interval(art.published) if art is not None else None
        out[name] = published if published is not None else _dominant_time(values)
    return out


def _dominant_time(values: Sequence[Value]) -> Interval | None:
    """Most frequent absolute month among dates of month or finer granularity, else None."""
    months: Counter[str] = Counter()
    for v in values:
        if v.value.get("relative") or v.value.get("granularity") in ("year", "decade", "season"):
            continue
        start = str(v.value.get("start") or "")
        if len(start) >= 7:
            months[start[:7]] += 1
    if months:
        return parse_interval(months.most_common(1)[0][0])
    return None


def is_coarse(v: Value) -> bool:
    """A country or region: too large to tell two events apart."""
    feature = v.value.get("feature")
    if feature:
        return str(feature).lower() in COARSE_FEATURES
    names = {str(v.value.get("name") or "").lower(), v.text.lower()}
    return bool(names & COUNTRY_NAMES)


def shared_stories(story_of: Mapping[str, str]) -> frozenset[str]:
    """The stories (``story_of``: article -> story id) told by two or more articles: only these have outlets to
    compare, so clauses are embedded and compared only for them."""
    return frozenset(story for story, n in Counter(story_of.values()).items() if n >= 2)


def alike(links: frozenset[tuple[str, str]] | None, a: str, b: str) -> bool:
    """Whether articles ``a`` and ``b`` may be compared on weak evidence (value anchors, clauses, fact slots):
    one article, or a pair of articles alike by themselves (``links``, see facts.stories; any pair when None)."""
    return links is None or a == b or article_pair(a, b) in links


def linked_articles(links: frozenset[tuple[str, str]] | None) -> frozenset[str] | None:
    """The articles alike by themselves with at least one other (None when ``links`` is None: every article)."""
    return None if links is None else frozenset(name for pair in links for name in pair)


def compared(story_of: Mapping[str, str] | None,
             links: frozenset[tuple[str, str]] | None) -> Callable[[str], bool]:
    """Whether an article's statements are compared with other outlets' (embedded, grouped, their clauses and
    facts matched): it belongs to a story told by two or more articles (any article when ``story_of`` is None)
    and, with ``links``, is alike by itself to another article (see facts.stories). The others have no one to be
    compared with, so nothing of theirs is embedded for grouping; in an archive that is most articles."""
    shared = shared_stories(story_of) if story_of is not None else None
    linked = linked_articles(links)

    def test(article: str) -> bool:
        in_shared = shared is None or story_of.get(article, "") in shared  # type: ignore[union-attr]
        return in_shared and (linked is None or article in linked)

    return test


LEAD_CHARS = 800
"""The lead of an article: statements starting this close to its top say where the event happened (later
paragraphs wander to reference places: "1.500 Kilometer nördlich von Wladiwostok")."""


def article_places(items: Sequence[Quote | Claim]) -> dict[str, tuple[float, float] | None]:
    """Main specific place (coordinates) of every article: the place its lead names most often, when the article
    names it at least twice; else the place the whole article names most often, at least twice; a tie at the
    top leaves the article without a main place (one that names Pjöngjang, Wladiwostok and Hanoi once each has
    none to tell its event by)."""
    whole, coords = _place_counts(items)
    lead, _ = _place_counts([it for it in items if it.start < LEAD_CHARS])
    out: dict[str, tuple[float, float] | None] = {}
    for name, counter in whole.items():
        counter = _near_merged(counter, coords)
        top = _clear_top(_near_merged(lead.get(name, Counter()), coords))
        if top is None or counter[top] < 2:
            top = _clear_top(counter)
            top = top if top is not None and counter[top] >= 2 else None
        out[name] = coords[top] if top is not None else None
    return out


def _near_merged(counter: Counter[str], coords: Mapping[str, tuple[float, float]]) -> Counter[str]:
    """Counts with places less than NEAR_KM apart added together under the most named of them (Wladiwostok and
    the Insel Russki off its coast are one place for telling events apart)."""
    merged: Counter[str] = Counter()
    for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        home = next((k for k in merged if _km(coords[k], coords[key]) <= NEAR_KM), key)
        merged[home] += n
    return merged


def _clear_top(counter: Counter[str]) -> str | None:
    """The most frequent key when no other is as frequent, else None."""
    ranked = counter.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _place_counts(items: Sequence[Quote | Claim]) -> tuple[dict[str, Counter[str]], dict[str, tuple[float, float]]]:
    """Per article, how often each specific place with coordinates is named, and the coordinates."""
    counts: dict[str, Counter[str]] = {}
    coords: dict[str, tuple[float, float]] = {}
    for item in items:
        counts.setdefault(item.article, Counter())
        for v in item.values:
            if v.type != "place" or is_coarse(v) or v.value.get("lat") is None or v.value.get("lon") is None:
                continue
            key = str(v.value.get("id") or v.value.get("name") or v.text).lower()
            counts[item.article][key] += 1
            coords[key] = (float(v.value["lat"]), float(v.value["lon"]))
    return counts, coords


def place_keys(item: Quote | Claim) -> tuple[frozenset[str], tuple[tuple[float, float], ...]]:
    """Specific place identifiers of a statement and the coordinates known for them."""
    keys: set[str] = set()
    coords: list[tuple[float, float]] = []
    places = [v for v in item.values if v.type == "place"]
    for v in places:
        if is_coarse(v):
            continue
        key = v.value.get("id") or v.value.get("name") or v.text
        keys.add(str(key).lower())
        lat, lon = v.value.get("lat"), v.value.get("lon")
        if lat is not None and lon is not None:
            coords.append((float(lat), float(lon)))
    if not places:
        for ent in getattr(item, "entities", ()):
            if ent.label == "LOC" and ent.norm and ent.text.lower() not in COUNTRY_NAMES:
                keys.add(ent.norm.lower())
    return frozenset(keys), tuple(coords)


def profile(item: Quote | Claim, times: Mapping[str, Interval | None],
            main_places: Mapping[str, tuple[float, float] | None] | None = None) -> Profile:
    """Build the event profile of one statement."""
    places, coords = place_keys(item)
    dates = hull(i for i in (value_interval(v) for v in _date_values(item)) if i is not None)
    main = (main_places or {}).get(item.article)
    return Profile(times.get(item.article), main, dates, places, coords)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres (the one implementation, in factcheck.values.compare)."""
    return km(a, b)


def places_compatible(a: Profile, b: Profile, limit_km: float = NEAR_KM) -> bool:
    """False only when both statements name places and none of them coincide or lie within ``limit_km``."""
    if not a.places or not b.places or a.places & b.places:
        return True
    return any(_km(x, y) <= limit_km for x in a.coords for y in b.coords)


def same_days(a: Profile, b: Profile, limit: int) -> bool:
    """Whether two statements may be about one day: their dates (a statement without one takes its article's) lie
    at most ``limit`` days apart, or one of them is unknown."""
    ta, tb = a.dates or a.article_time, b.dates or b.article_time
    return ta is None or tb is None or gap_days(ta, tb) <= limit


def same_place(a: Profile, b: Profile, limit_km: float, *, by_article: bool = True) -> bool:
    """Whether two statements may be about one place: they name one, or two of their places lie at most
    ``limit_km`` apart. A statement that names no place is at its article's main place (``by_article``), else, or
    when its article has none, may be anywhere."""
    if a.places and b.places:
        return places_compatible(a, b, limit_km)
    here = a.coords if a.places else (a.article_place,) if a.article_place and by_article else ()
    there = b.coords if b.places else (b.article_place,) if b.article_place and by_article else ()
    return not here or not there or any(_km(x, y) <= limit_km for x in here for y in there)


def same_event(a: Profile, b: Profile, *, near_identical: bool = False, by_article: bool = True) -> bool:
    """Whether two statements may be about the same event (``by_article``: two undated articles whose main places
    lie apart tell different events; see same_place)."""
    times_known = a.article_time is not None and b.article_time is not None
    if times_known and gap_days(a.article_time, b.article_time) > ARTICLE_GAP_DAYS:  # type: ignore[arg-type]
        return False
    if by_article and not times_known and a.article_place and b.article_place \
            and _km(a.article_place, b.article_place) > NEAR_KM:
        return False
    if a.dates is not None and b.dates is not None and gap_days(a.dates, b.dates) > ITEM_GAP_DAYS:
        return False
    if not places_compatible(a, b):
        return times_known and near_identical
    return True
