"""Value anchors: two claims that measure the same thing ("die Gespräche" lasted X) about the same event.

Sentence embeddings miss such pairs when the rest of the sentences differ ("Die knapp zweistündigen Gespräche
bezeichnete Kim als substanziell" vs "Insgesamt sollen die Gespräche laut Interfax vier Stunden dauern",
cosine 0.29). An anchor is (value class, measured noun): the value's type and unit plus a noun written next to
it. Claims sharing an anchor are candidates; grouping still requires the same event and a minimal cosine.
"""

from __future__ import annotations

import re
from typing import Sequence

from factcheck.match.measured_nouns import STEM_TO_CONCEPT
from factcheck.models import Claim, Quote, Value

# Value types whose disagreement is a checkable contradiction when they measure the same noun.
ANCHOR_TYPES = frozenset({"duration", "number", "money", "percent"})
# How many words on either side of a value may name what it measures.
WINDOW = 5
# Stem length used to match inflected nouns ("Gespräche" / "Gesprächen").
STEM = 6
# A noun shared by more statements than this is too generic to anchor anything (keeps blocking linear).
MAX_BUCKET = 40

# Capitalised words that are not measured things (sentence adverbs, articles, pronouns, units).
NOT_NOUNS = frozenset(w.lower() for w in """
Die Der Das Den Dem Des Ein Eine Einen Einem Einer Insgesamt Zunächst Damit Dabei Danach Nach Laut Zuvor Zuletzt
Auch Aber Doch Nun Jetzt Heute Gestern Morgen Bereits Schon Rund Etwa Knapp Fast Mehr Weniger Über Unter Bis Seit
Im In Am An Auf Aus Bei Mit Von Vor Zu Zum Zur Er Sie Es Wir Ihr Man Stunden Stunde Minuten Tage Tagen Wochen
Monate Jahre Jahren Prozent Euro Dollar Kilometer Meter Millionen Milliarden Tausend Hundert Nachrichtenagentur
Agentur Angaben Berichten Medien The A An It This That These Those He She They We According
""".split())

# After a value, these words make the following noun a reference point ("zwei Monate nach dem Gipfel"), not the
# measured thing; the scan stops there.
REFERENCE_WORDS = frozenset({"vor", "nach", "seit", "bis", "before", "after", "since", "until", "ago", "later",
                             "später", "früher", "zuvor", "danach"})

_TOKEN = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)


def value_class(v: Value) -> str | None:
    """Type plus unit/currency of a value that can anchor a pair, else None."""
    if v.type not in ANCHOR_TYPES:
        return None
    if v.type == "number":
        return f"number:{v.value.get('unit') or ''}"
    if v.type == "money":
        return f"money:{v.value.get('currency') or ''}"
    return v.type


def measured_nouns(item: Quote | Claim, v: Value) -> set[str]:
    """What a value measures: stems of capitalised words within WINDOW words of it (leaving out names and
    function words), plus a language-independent concept ("=talks") for words in the measured-noun list,
    capitalised or not, so German and English statements can share an anchor."""
    sentence = item.sentence
    rel = v.start - item.sentence_start
    if not (0 <= rel <= len(sentence)) or sentence[rel : rel + len(v.text)] != v.text:
        rel = sentence.find(v.text)
        if rel < 0:
            return set()
    rel_end = rel + len(v.text)
    names = {w.lower() for e in getattr(item, "entities", ()) for w in _TOKEN.findall(e.text)}
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    before = [t for t in tokens if t[1] <= rel][-WINDOW:]
    after = []
    for tok in [t for t in tokens if t[0] >= rel_end][:WINDOW]:
        if tok[2].lower() in REFERENCE_WORDS:
            break
        after.append(tok)
    out = set()
    for start, _, word in before + after:
        low = word.lower()
        concept = STEM_TO_CONCEPT.get(low[:STEM])
        if concept is not None and low not in names:
            out.add("=" + concept)
        if start == 0 or not word[0].isupper() or low in NOT_NOUNS or low in names or word.isupper():
            continue
        out.add(low[:STEM])
    return out


# Two values of one anchor lie at most this factor apart: "zweieinhalb Stunden" and "seit über zwölf Jahren"
# next to "Demonstration" are not one measured thing (20 vs 40 minutes, 17 vs 18 injured are).
MAX_RATIO = 10.0


def _magnitude(v: Value) -> float | None:
    """The size of a value for the ratio check (seconds, amount, count, percent), None when unknown."""
    for key in ("seconds", "value", "amount"):
        if isinstance(v.value.get(key), (int, float)):
            return abs(float(v.value[key]))
    return None


def anchors(item: Quote | Claim) -> dict[tuple[str, str], list[float | None]]:
    """All (value class, noun stem) anchors of a statement, with the sizes of the values behind each."""
    out: dict[tuple[str, str], list[float | None]] = {}
    for v in item.values:
        cls = value_class(v)
        if cls is None:
            continue
        for noun in measured_nouns(item, v):
            out.setdefault((cls, noun), []).append(_magnitude(v))
    return out


def _comparable(a: list[float | None], b: list[float | None]) -> bool:
    """Whether some value of one side is within MAX_RATIO of some value of the other (unknown sizes pass)."""
    for x in a:
        for y in b:
            if x is None or y is None or max(x, y) <= MAX_RATIO * max(min(x, y), 1e-9):
                return True
    return False


def anchor_pairs(items: Sequence[Quote | Claim]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of statements from different articles that share an anchor with comparable values."""
    buckets: dict[tuple[str, str], list[tuple[int, list[float | None]]]] = {}
    for idx, item in enumerate(items):
        for key, sizes in anchors(item).items():
            buckets.setdefault(key, []).append((idx, sizes))
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2 or len(members) > MAX_BUCKET:
            continue
        for x, (i, si) in enumerate(members):
            for j, sj in members[x + 1 :]:
                if items[i].article != items[j].article and _comparable(si, sj):
                    pairs.add((min(i, j), max(i, j)))
    return pairs
