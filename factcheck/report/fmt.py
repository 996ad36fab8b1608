"""Formatting shared by the writers: labels, value descriptions and highlighted sentence segments."""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from factcheck import service
from factcheck.display import plural
from factcheck.report.model import UNREVIEWED, ConflictEntry, Report, Source, Statement

VERDICT_LABELS: Mapping[str, str] = {
    "verified": "Verified",
    "false": "False",
    "misleading": "Misleading",
    "unverifiable": "Unverifiable",
    UNREVIEWED: "Not reviewed",
}
KIND_LABELS: Mapping[str, str] = {"quote": "Quote", "claim": "Claim"}
VALUE_CONFLICT_TYPES = frozenset({"duration", "date", "number", "money", "percent", "place"})
_LINK = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")

Segment = tuple[str, frozenset[str]]


def verdict_label(verdict: str | None) -> str:
    """A statement verdict in words ("Not reviewed" for None)."""
    key = verdict or UNREVIEWED
    return VERDICT_LABELS.get(key, key)


def one_line(text: str | None) -> str:
    """Text with every run of whitespace (newlines included) collapsed to one space."""
    return _SPACE.sub(" ", text or "").strip()


def is_link(evidence: str | None) -> bool:
    """Whether evidence is a single http(s) URL that may become a link (never javascript: or data:)."""
    return bool(evidence and _LINK.match(evidence.strip()))


def when(timestamp: str | None) -> str:
    """An ISO timestamp for people: "2026-11-24 01:14 UTC"."""
    if not timestamp:
        return ""
    if len(timestamp) >= 16 and timestamp[10] == "T":
        zone = " UTC" if timestamp.endswith(("+00:00", "Z")) else ""
        return f"{timestamp[:10]} {timestamp[11:16]}{zone}"
    return timestamp


def day(timestamp: str | None) -> str:
    """The date part of an ISO timestamp."""
    return (timestamp or "")[:10]


def describe_value(value: Mapping[str, Any]) -> str:
    """A stored value as a reviewer reads it ("just under 2 h", "2019-04-25"); one wording for UI and report."""
    return service.describe_value(dict(value)) or one_line(value.get("text"))


def conflict_texts(conflicts: Iterable[ConflictEntry]) -> dict[str, set[str]]:
    """Per statement id, the texts to highlight: values in a value conflict, changed words in a wording conflict."""
    out: dict[str, set[str]] = {}
    for conflict in conflicts:
        if conflict.resolution == "not_a_conflict":
            continue
        if conflict.type in VALUE_CONFLICT_TYPES:
            for side, value in zip(conflict.sides, conflict.side_values):
                if value.get("text"):
                    out.setdefault(side.item_id, set()).add(value["text"])
        elif conflict.diff:
            for side, op in zip(conflict.sides, ("-", "+")):
                words = {text.strip() for kind, text in conflict.diff if kind == op and text.strip()}
                if words:
                    out.setdefault(side.item_id, set()).update(words)
    return out


def _find(sentence: str, text: str, within: tuple[int, int]) -> int:
    """Where text occurs as whole words, preferring the statement's own span; -1 when absent."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    matches = [m.start() for m in pattern.finditer(sentence)]
    matches = matches or [m.start() for m in re.finditer(re.escape(text), sentence)]
    inside = [m for m in matches if within[0] <= m and m + len(text) <= within[1]]
    return (inside or matches or [-1])[0]


def _find_outside(sentence: str, text: str, own: tuple[int, int]) -> int:
    """Where a speaker mention or cue occurs as whole words, preferring outside the quote itself; -1 when absent."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    matches = [m.start() for m in pattern.finditer(sentence)]
    outside = [m for m in matches if m + len(text) <= own[0] or m >= own[1]]
    return (outside or matches or [-1])[0]


def segments(source: Source, conflicting: set[str] | frozenset[str] = frozenset()) -> list[Segment]:
    """The source sentence cut into pieces, tagged "statement", "value", "conflict", "speaker" and/or "cue"."""
    sentence = source.sentence
    base = source.sentence_start
    spans: list[tuple[int, int, str]] = []
    if not (source.start <= base and source.end >= source.sentence_end):
        spans.append((source.start - base, source.end - base, "statement"))
    marked: set[str] = set()
    for value in source.values:
        start, end = value.get("start", 0) - base, value.get("end", 0) - base
        if 0 <= start < end <= len(sentence):
            tag = "conflict" if value.get("text") in conflicting else "value"
            spans.append((start, end, tag))
            if tag == "conflict":
                marked.add(value["text"])
    own = (source.start - base, source.end - base)
    for text, tag in ((source.speaker_mention, "speaker"), (source.cue, "cue")):
        found = _find_outside(sentence, text, own) if text else -1
        if found >= 0:
            spans.append((found, found + len(text), tag))
    for text in sorted(set(conflicting) - marked):
        found = _find(sentence, text, own) if text else -1
        if found >= 0:
            spans.append((found, found + len(text), "conflict"))
    cuts = sorted({0, len(sentence), *(max(0, min(len(sentence), p)) for s, e, _ in spans for p in (s, e))})
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:]):
        tags = frozenset(tag for s, e, tag in spans if s <= left and right <= e)
        if "conflict" in tags:
            tags = tags - {"value"}
        piece = sentence[left:right]
        if out and out[-1][1] == tags:
            out[-1] = (out[-1][0] + piece, tags)
        else:
            out.append((piece, tags))
    return out


def statement_headline(statement: Statement, limit: int = 160) -> str:
    """The statement text on one line for a heading, shortened, quotes in „German quotation marks“."""
    text = one_line(statement.text)
    text = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return f"„{text}“" if statement.kind == "quote" else text


def speaker_line(statement: Statement) -> str | None:
    """Who said a quote and how the article named them: 'Wladimir Putin (as "der Kremlchef", cue "sagte")'."""
    if statement.kind != "quote":
        return None
    name = statement.speaker or statement.speaker_mention or "unknown speaker"
    extras = []
    if statement.speaker_mention and statement.speaker_mention != name:
        extras.append(f"as “{one_line(statement.speaker_mention)}”")
    if statement.cue:
        extras.append(f"cue “{one_line(statement.cue)}”")
    if statement.quote_type:
        extras.append(f"{statement.quote_type} quote")
    return f"{one_line(name)} ({', '.join(extras)})" if extras else one_line(name)


def reviewed_by(reviewers: Iterable[str], reviewed_at: str | None) -> str:
    """ "ana, bo on 2026-11-24" or an empty string when nobody reviewed."""
    names = ", ".join(reviewers)
    when = day(reviewed_at)
    if names and when:
        return f"{names} on {when}"
    return names or when


def header_line(report: Report) -> str:
    """One sentence saying what the report covers."""
    totals = report.totals
    scope = plural(totals["statements"], "statement" if report.include_all else "reviewed statement",
                   "statements" if report.include_all else "reviewed statements")
    if report.verdicts:
        scope += " with verdict " + ", ".join(report.verdicts)
    extra = ", unreviewed ones included," if report.include_all else ""
    as_of = f"; latest review {when(report.as_of)}" if report.as_of else ""
    return (f"{scope} ({plural(totals['quotes'], 'quote')}, {plural(totals['claims'], 'claim')}){extra} "
            f"from {plural(totals['sources'], 'source')}; {plural(totals['conflicts'], 'conflict')}, "
            f"{totals['conflicts_resolved']} resolved{as_of}.")


def anchor(prefix: str, item_id: str) -> str:
    """The fragment that names an item in the HTML report ("statement-c1a2b3"); ClaimReview urls point at it."""
    return f"{prefix}-{item_id}"
