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
    for a, b in combinations(members, 2):
        if a.article == b.article and not _headline_pair(a, b, articles):
            continue
        # Value disagreements are decided per fact (factcheck.facts), not per pair of grouped statements.
        found = _quote_conflicts(group, a, b, articles) if isinstance(a, Quote) and isinstance(b, Quote) else []
        for conflict in found:
            if conflict.id not in seen:
                seen.add(conflict.id)
                out.append(conflict)
    return out


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


def conflict_id(kind: str, side_a: ConflictSide, side_b: ConflictSide) -> str:
    """Stable id from the conflict type, both statement ids and both value texts (order-independent)."""
    parts = sorted([f"{side_a.id}|{side_a.value.get('text', '')}", f"{side_b.id}|{side_b.value.get('text', '')}"])
    return "c" + hashlib.sha1(f"{kind}|{parts[0]}|{parts[1]}".encode("utf-8")).hexdigest()[:12]


def _side(item: Quote | Claim, value: Mapping[str, Any]) -> ConflictSide:
    """One side: the quoted words themselves (``text`` and ``sentence``, as fact conflicts show the part of the
    sentence that states the figure); the whole sentence, with the attribution, is ``value["full_sentence"]``."""
    return ConflictSide(id=item.id, article=item.article, text=item.text, sentence=item.text,
                        start=item.start, end=item.end, value=dict(value))


def _quote_value(q: Quote) -> dict[str, Any]:
    return {"text": q.text, "speaker": q.speaker, "speaker_mention": q.speaker_mention, "type": q.type,
            "full_sentence": q.sentence, "sentence_start": q.sentence_start}


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
        differ = f"({n} word{'s' if n != 1 else ''} differ)"
        if a.article == b.article:
            explanation = f"{la}'s headline quotes {who} with other words than its text {differ}"
        else:
            explanation = f"{la} and {lb} quote {who} with different words {differ}"
        out.append(Conflict(id=conflict_id("quote_wording", sa, sb), type="quote_wording", group_id=group.id,
                            explanation=explanation, claims=(sa, sb), diff=diff))
    if a.speaker and b.speaker and _norm(a.speaker) != _norm(b.speaker) and not _figures_differ(a, b):
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
