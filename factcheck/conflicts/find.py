"""Find contradictions between the quotes of one group: wording and speakers (value disagreements are decided
per fact, in factcheck.facts)."""

from __future__ import annotations

import hashlib
import re
from itertools import combinations
from typing import Any, Mapping

from factcheck.conflicts.wording import changed_words, same_wording, similarity, word_diff
from factcheck.models import Article, Claim, Conflict, ConflictSide, Group, Quote, is_headline
from factcheck.values import FIGURE_TYPES, agree

# Quote types whose wording is the speaker's own words, so a different wording is worth a reviewer's look.
VERBATIM_TYPES = frozenset({"direct", "partial"})
# Below this word overlap two quotes are different utterances (grouped by meaning), not one quote reworded.
MIN_WORDING_FOR_DIFF = 0.5

_NUMBERED_NAME = re.compile(r"^(\d+)_[0-9a-f]{6,}$")


def find_conflicts(group: Group, items: Mapping[str, Quote | Claim], *, articles: Mapping[str, Article]) -> list[Conflict]:
    """All conflicts between statements of a group that come from different articles."""
    members = [items[m.id] for m in group.members if m.id in items]
    members.sort(key=lambda it: (it.article, it.start, it.id))
    out: list[Conflict] = []
    seen: set[str] = set()
    credited: list[tuple[Quote, Quote]] = []
    for a, b in combinations(members, 2):
        if a.article == b.article and not _headline_pair(a, b, articles):
            continue
        # Value disagreements are decided per fact (factcheck.facts), not per pair of grouped statements.
        if not (isinstance(a, Quote) and isinstance(b, Quote)):
            continue
        for conflict in _wording_conflicts(group, a, b, articles):
            if conflict.id not in seen:
                seen.add(conflict.id)
                out.append(conflict)
        if _credited_apart(a, b):
            credited.append((a, b))
    speakers = _speaker_conflict(group, credited, articles)
    return out + ([speakers] if speakers is not None else [])


def _headline_pair(a: Quote | Claim, b: Quote | Claim, articles: Mapping[str, Article]) -> bool:
    """Two quotes of one article, one in its headline: the headline may reword what the body quotes."""
    return isinstance(a, Quote) and isinstance(b, Quote) and is_headline(a, articles) != is_headline(b, articles)


def article_label(name: str, articles: Mapping[str, Article]) -> str:
    """An article as a reader knows it: its outlet, else "000" for numbered corpus files, else its file stem."""
    art = articles.get(name)
    if art is not None and art.outlet:
        return art.outlet
    stem = name.rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem and "#" not in stem else stem
    numbered = _NUMBERED_NAME.match(stem)
    return numbered.group(1) if numbered else stem


def conflict_id(kind: str, *sides: ConflictSide) -> str:
    """Stable id from the conflict type, every side's statement id and value text (order-independent)."""
    parts = sorted(f"{side.id}|{side.value.get('text', '')}" for side in sides)
    return "c" + hashlib.sha1("|".join([kind, *parts]).encode("utf-8")).hexdigest()[:12]


def _side(item: Quote | Claim, value: Mapping[str, Any]) -> ConflictSide:
    """One side: the quoted words themselves (``text`` and ``sentence``, as fact conflicts show the part of the
    sentence that states the figure); the whole sentence, with the attribution, is ``value["full_sentence"]``."""
    return ConflictSide(id=item.id, article=item.article, text=item.text, sentence=item.text,
                        start=item.start, end=item.end, value=dict(value))


def _quote_value(q: Quote) -> dict[str, Any]:
    return {"text": q.text, "speaker": q.speaker, "speaker_mention": q.speaker_mention, "type": q.type,
            "full_sentence": q.sentence, "sentence_start": q.sentence_start}


def _wording_conflicts(group: Group, a: Quote, b: Quote, articles: Mapping[str, Article]) -> list[Conflict]:
    """Different wording of the same direct quote."""
    if not (a.type in VERBATIM_TYPES and b.type in VERBATIM_TYPES) or same_wording(a.text, b.text) \
            or similarity(a.text, b.text) < MIN_WORDING_FOR_DIFF:
        return []
    la, lb = article_label(a.article, articles), article_label(b.article, articles)
    sa, sb = _side(a, _quote_value(a)), _side(b, _quote_value(b))
    diff = word_diff(a.text, b.text)
    who = max(a.speaker, b.speaker, key=len) if a.speaker and b.speaker and _same_speaker(a.speaker, b.speaker) \
        else "the speaker"
    n = changed_words(diff)
    differ = f"({n} word{'s differ' if n != 1 else ' differs'})"
    if a.article == b.article:
        explanation = f"{la}'s headline quotes {who} with other words than its text {differ}"
    else:
        explanation = f"{la} and {lb} quote {who} with different words {differ}"
    return [Conflict(id=conflict_id("quote_wording", sa, sb), type="quote_wording", group_id=group.id,
                     explanation=explanation, claims=(sa, sb), diff=diff)]


def _credited_apart(a: Quote, b: Quote) -> bool:
    """The same words credited to two different people (not two sources' different figures)."""
    return bool(a.speaker and b.speaker and not _same_speaker(a.speaker, b.speaker) and not _figures_differ(a, b))


def _same_speaker(a: str, b: str) -> bool:
    """Two speakers as named are one: the same words, or one name the end of the other ("DeWine" and "Mike
    DeWine", "Mike DeWine" and "Gov. Mike DeWine")."""
    wa, wb = _norm(a).split(), _norm(b).split()
    short, long = sorted((wa, wb), key=len)
    return bool(short) and long[len(long) - len(short):] == short


def _speaker_conflict(group: Group, pairs: list[tuple[Quote, Quote]],
                      articles: Mapping[str, Article]) -> Conflict | None:
    """One conflict for a group whose words are credited to different people, listing every side: the quotes
    of each speaker together, the speaker most outlets name first ("ksta, Deutsche Welle, rp credit these words
    to Ulrich Brenner; Express to Polizei"), never one conflict per pair of articles. Two sides keep the id a
    pair always had, so a review of it stays attached."""
    if not pairs:
        return None
    quotes = list({q.id: q for pair in pairs for q in pair}.values())
    by_speaker: dict[str, list[Quote]] = {}
    for q in sorted(quotes, key=lambda q: -len(_norm(q.speaker or "").split())):  # the full name first
        key = next((k for k in by_speaker if _same_speaker(k, q.speaker or "")), _norm(q.speaker or ""))
        by_speaker.setdefault(key, []).append(q)
    ordered = sorted(by_speaker.values(), key=lambda qs: (-len({q.article for q in qs}), qs[0].article, qs[0].start))
    sides = [_side(q, {**_quote_value(q), "cluster": n}) for n, qs in enumerate(ordered) for q in qs]
    cid = conflict_id("speaker", *(_side(q, {"text": q.speaker}) for q in quotes))  # who, not what, differs
    return Conflict(id=cid, type="speaker", group_id=group.id, explanation=_credits(ordered, articles),
                    claims=tuple(sides))


def _credits(ordered: list[list[Quote]], articles: Mapping[str, Article]) -> str:
    """Who credits the words to whom: "x credits these words to A (mention); y and z to B"."""
    parts = []
    for n, qs in enumerate(ordered):
        outlets = list(dict.fromkeys(article_label(q.article, articles) for q in qs))
        who = " and ".join(outlets) if len(outlets) <= 2 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
        speaker = qs[0].speaker
        mention = next((q.speaker_mention for q in qs if q.speaker_mention and q.speaker_mention != speaker), None)
        verb = ("credits" if len(outlets) == 1 else "credit") + " these words" if n == 0 else ""
        parts.append(f"{who} {verb + ' ' if verb else ''}to {speaker}{f' ({mention})' if mention else ''}")
    return "; ".join(parts)


def _figures_differ(a: Quote, b: Quote) -> bool:
    """Whether two quotes state different figures ("von 150.000 Teilnehmern" / "von 250 000 Teilnehmern"): then
    they are not the same words, and two speakers are no conflict (the police's count and the organisers')."""
    for kind in FIGURE_TYPES:
        va = [v for v in a.values if v.type == kind]
        vb = [v for v in b.values if v.type == kind]
        if va and vb and not any(agree(x, y) for x in va for y in vb):
            return True
    return False


def _norm(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.lower()))
