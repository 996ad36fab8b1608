"""Find contradictions between the statements of one group: typed values, quote wording and speakers."""

from __future__ import annotations

import hashlib
import re
from itertools import combinations
from typing import Any, Mapping

from factcheck.conflicts.compare import comparable_class, describe, pair_values
from factcheck.conflicts.cues import source_of
from factcheck.conflicts.wording import changed_words, same_wording, similarity, word_diff
from factcheck.models import Article, Claim, Conflict, ConflictSide, Group, Quote, Value

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
    for a, b in combinations(members, 2):
        if a.article == b.article:
            continue
        found = _value_conflicts(group, a, b, articles)
        if isinstance(a, Quote) and isinstance(b, Quote):
            found += _quote_conflicts(group, a, b, articles)
        for conflict in found:
            if conflict.id not in seen:
                seen.add(conflict.id)
                out.append(conflict)
    return out


def article_label(name: str, articles: Mapping[str, Article]) -> str:
    """Short name of an article for explanations: "000" for numbered corpus files, else outlet or file stem."""
    stem = name.rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem and "#" not in stem else stem
    numbered = _NUMBERED_NAME.match(stem)
    if numbered:
        return numbered.group(1)
    art = articles.get(name)
    return (art.outlet if art is not None and art.outlet else None) or stem


def conflict_id(kind: str, side_a: ConflictSide, side_b: ConflictSide) -> str:
    """Stable id from the conflict type, both statement ids and both value texts (order-independent)."""
    parts = sorted([f"{side_a.id}|{side_a.value.get('text', '')}", f"{side_b.id}|{side_b.value.get('text', '')}"])
    return "c" + hashlib.sha1(f"{kind}|{parts[0]}|{parts[1]}".encode("utf-8")).hexdigest()[:12]


def _side(item: Quote | Claim, value: Mapping[str, Any]) -> ConflictSide:
    return ConflictSide(id=item.id, article=item.article, text=item.text, sentence=item.sentence,
                        start=item.start, end=item.end, value=dict(value))


def _value_dict(v: Value) -> dict[str, Any]:
    """Normalised value plus its surface text, type and span, for a conflict side."""
    out = dict(v.value)
    out.update({"text": v.text, "type": v.type, "span": [v.start, v.end], "description": describe(v)})
    return out


def _says(item: Quote | Claim, v: Value, articles: Mapping[str, Article]) -> str:
    """'000 says just under 2 h (knapp zweistündigen)' with the named source when the sentence gives one."""
    desc = describe(v)
    detail = v.text if desc.strip().lower() != v.text.strip().lower() else ""
    src = source_of(item.sentence)
    if src:
        detail = f"{detail}, per {src}" if detail else f"per {src}"
    label = article_label(item.article, articles)
    return f"{label} says {desc} ({detail})" if detail else f"{label} says {desc}"


def _classes(item: Quote | Claim) -> dict[tuple[str, str], list[Value]]:
    """The item's values sorted into comparable classes (type plus unit or counted noun)."""
    out: dict[tuple[str, str], list[Value]] = {}
    previous: tuple[str, str] | None = None
    for v in sorted(item.values, key=lambda v: v.start):
        cls = comparable_class(v, item.sentence, item.sentence_start)
        if cls is not None and cls[1] == "noun:<previous>":
            cls = previous  # "sechs Menschen ... etwa 1.000 weitere" counts Menschen too
        if cls is not None:
            out.setdefault(cls, []).append(v)
            if cls[0] == "number":
                previous = cls
    return out


def _value_conflicts(group: Group, a: Quote | Claim, b: Quote | Claim, articles: Mapping[str, Article]) -> list[Conflict]:
    """Contradicting values of the same class in two statements."""
    ca, cb = _classes(a), _classes(b)
    out = []
    for cls in sorted(set(ca) & set(cb)):
        for va, vb in pair_values(ca[cls], cb[cls]):
            if cls[0] == "date" and not _dates_comparable(a, b, va, vb, articles):
                continue
            sa, sb = _side(a, _value_dict(va)), _side(b, _value_dict(vb))
            kind = cls[0]
            explanation = f"{_says(a, va, articles)}; {_says(b, vb, articles)}"
            out.append(Conflict(id=conflict_id(kind, sa, sb), type=kind, group_id=group.id,
                                explanation=explanation, claims=(sa, sb)))
    return out


def _dates_comparable(a: Quote | Claim, b: Quote | Claim, va: Value, vb: Value,
                      articles: Mapping[str, Article]) -> bool:
    """Two relative dates ("am Donnerstag") resolved against different publication dates may name one day
    differently only because of the resolution, so they are compared only when the articles share that date."""
    if not (va.value.get("relative") and vb.value.get("relative")):
        return True
    pa, pb = articles.get(a.article), articles.get(b.article)
    return pa is not None and pb is not None and pa.published is not None and pa.published == pb.published


def _quote_value(q: Quote) -> dict[str, Any]:
    return {"text": q.text, "speaker": q.speaker, "speaker_mention": q.speaker_mention, "type": q.type}


def _quote_conflicts(group: Group, a: Quote, b: Quote, articles: Mapping[str, Article]) -> list[Conflict]:
    """Different wording of the same direct quote, and the same words credited to different people."""
    out = []
    la, lb = article_label(a.article, articles), article_label(b.article, articles)
    sa, sb = _side(a, _quote_value(a)), _side(b, _quote_value(b))
    verbatim = a.type in VERBATIM_TYPES and b.type in VERBATIM_TYPES
    if verbatim and not same_wording(a.text, b.text) and similarity(a.text, b.text) >= MIN_WORDING_FOR_DIFF:
        diff = word_diff(a.text, b.text)
        who = a.speaker if a.speaker and a.speaker == b.speaker else "the speaker"
        n = changed_words(diff)
        explanation = f"{la} and {lb} quote {who} with different words ({n} word{'s' if n != 1 else ''} differ)"
        out.append(Conflict(id=conflict_id("quote_wording", sa, sb), type="quote_wording", group_id=group.id,
                            explanation=explanation, claims=(sa, sb), diff=diff))
    if a.speaker and b.speaker and _norm(a.speaker) != _norm(b.speaker):
        explanation = (f"{la} credits these words to {a.speaker}"
                       f"{f' ({a.speaker_mention})' if a.speaker_mention and a.speaker_mention != a.speaker else ''}; "
                       f"{lb} to {b.speaker}"
                       f"{f' ({b.speaker_mention})' if b.speaker_mention and b.speaker_mention != b.speaker else ''}")
        ka = {**sa.value, "text": a.speaker}
        kb = {**sb.value, "text": b.speaker}
        sa2, sb2 = _side(a, ka), _side(b, kb)
        out.append(Conflict(id=conflict_id("speaker", sa2, sb2), type="speaker", group_id=group.id,
                            explanation=explanation, claims=(sa, sb)))
    return out


def _norm(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.lower()))
