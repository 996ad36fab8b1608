"""The report summary: counts per verdict and per source, and which sources disagreed most."""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Mapping

from factcheck.models import article_pair
from factcheck.report.model import (
    UNREVIEWED,
    VERDICT_ORDER,
    ConflictEntry,
    Disagreement,
    SourceSummary,
    Statement,
)


def count(items: Iterable[str], *, order: tuple[str, ...] = VERDICT_ORDER) -> dict[str, int]:
    """How many of each key, in report order, leaving out zeros."""
    counted = Counter(items)
    return {key: counted[key] for key in order if counted[key]}


def totals(statements: list[Statement], conflicts: list[ConflictEntry],
           db_counts: Mapping[str, int]) -> dict[str, int]:
    """The headline numbers of a report, plus what the database holds."""
    return {
        "statements": len(statements),
        "quotes": sum(s.kind == "quote" for s in statements),
        "claims": sum(s.kind == "claim" for s in statements),
        "reviewed": sum(s.verdict is not None for s in statements),
        "conflicts": len(conflicts),
        "conflicts_resolved": sum(c.resolution is not None for c in conflicts),
        "sources": len({src.article for s in statements for src in s.sources}
                       | {side.article for c in conflicts for side in c.sides}),
        "articles_in_database": db_counts.get("articles", 0),
        "statements_in_database": db_counts.get("quotes", 0) + db_counts.get("claims", 0),
    }


def _lost(conflict: ConflictEntry) -> set[str]:
    """Articles whose side a reviewer judged wrong."""
    first, second = conflict.sides[0].article, conflict.sides[1].article
    return {"first_correct": {second}, "second_correct": {first}, "both_wrong": {first, second}}.get(
        conflict.resolution or "", set())


def source_summaries(statements: list[Statement], conflicts: list[ConflictEntry],
                     articles: Mapping[str, Mapping[str, Any]]) -> tuple[SourceSummary, ...]:
    """Per article: its own statements by verdict, repeats of reviewed statements, conflicts and lost ones."""
    verdicts: dict[str, Counter] = {}
    for statement in statements:
        verdicts.setdefault(statement.article, Counter())[statement.verdict or UNREVIEWED] += 1
    included = {statement.id for statement in statements}
    repeated = {(source.article, source.item_id) for statement in statements for source in statement.sources
                if source.item_id not in included}
    repeats = Counter(article for article, _ in repeated)
    involved: Counter = Counter()
    lost: Counter = Counter()
    for conflict in conflicts:
        if conflict.resolution == "not_a_conflict":
            continue
        for name in {side.article for side in conflict.sides}:
            involved[name] += 1
        for name in _lost(conflict):
            lost[name] += 1
    names = sorted(set(verdicts) | set(involved) | set(repeats))
    out = []
    for name in names:
        meta = articles.get(name, {})
        counted = verdicts.get(name, Counter())
        out.append(SourceSummary(name, meta.get("outlet"), meta.get("title"), meta.get("published"), meta.get("url"),
                                 {k: counted[k] for k in VERDICT_ORDER if counted[k]}, repeats[name], involved[name],
                                 lost[name]))
    return tuple(out)


def disagreements(conflicts: list[ConflictEntry]) -> tuple[Disagreement, ...]:
    """Pairs of sources ranked by how many conflicts lie between them (dismissed ones do not count)."""
    pairs: Counter = Counter()
    resolved: Counter = Counter()
    for conflict in conflicts:
        if conflict.resolution == "not_a_conflict":
            continue
        for pair in _opposed(conflict):
            pairs[pair] += 1
            resolved[pair] += conflict.resolution is not None
    ranked = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
    return tuple(Disagreement(a, b, n, resolved[(a, b)]) for (a, b), n in ranked)


def _opposed(conflict: ConflictEntry) -> set[tuple[str, str]]:
    """The pairs of articles a conflict sets against each other: for a fact, every article of the majority's
    figure against every article of another figure (articles that agree are no pair, nor is an article with
    itself); otherwise its two sides."""
    clusters = [v.get("cluster") for v in conflict.side_values]
    if len(conflict.sides) > 2 and all(isinstance(c, int) for c in clusters):
        majority = {s.article for s, c in zip(conflict.sides, clusters) if c == 0}
        others = {s.article for s, c in zip(conflict.sides, clusters) if c != 0}
        return {article_pair(a, b) for a in majority for b in others if a != b}
    a, b = conflict.sides[0].article, conflict.sides[1].article
    return {article_pair(a, b)} if a != b else set()
