"""The JSON report: the report model as one document with stable ids that join with `factcheck claims --json`."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from factcheck.report.model import Report, Source

SCHEMA = "factcheck-report/1"


def source_dict(source: Source) -> dict[str, Any]:
    """A source as plain JSON data (the statement id of that article's member is `id`)."""
    return {
        "id": source.item_id,
        "kind": source.kind,
        "origin": source.origin,
        "article": source.article,
        "outlet": source.outlet,
        "title": source.title,
        "published": source.published,
        "url": source.url,
        "text": source.text,
        "start": source.start,
        "end": source.end,
        "sentence": source.sentence,
        "sentence_start": source.sentence_start,
        "sentence_end": source.sentence_end,
        "verdict": source.verdict,
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as JSON-ready data."""
    statements = []
    for s in report.statements:
        statements.append({
            "id": s.id, "kind": s.kind, "text": s.text, "article": s.article,
            "verdict": s.verdict, "note": s.note, "evidence": s.evidence,
            "reviewer": s.reviewer, "reviewers": list(s.reviewers), "reviewed_at": s.reviewed_at,
            "speaker": s.speaker, "speaker_mention": s.speaker_mention, "cue": s.cue, "quote_type": s.quote_type,
            "values": [dict(v) for v in s.values], "group": s.group, "conflicts": list(s.conflicts),
            "sources": [source_dict(src) for src in s.sources],
        })
    conflicts = []
    for c in report.conflicts:
        conflicts.append({
            "id": c.id, "type": c.type, "group": c.group, "explanation": c.explanation,
            "resolution": c.resolution, "resolution_label": c.resolution_label, "note": c.note,
            "evidence": c.evidence, "reviewer": c.reviewer, "reviewers": list(c.reviewers),
            "reviewed_at": c.reviewed_at,
            "sides": [{**source_dict(side), "value": dict(value)} for side, value in zip(c.sides, c.side_values)],
            "diff": [list(pair) for pair in c.diff],
        })
    return {
        "schema": SCHEMA,
        "as_of": report.as_of,
        "filters": {"verdicts": list(report.verdicts) if report.verdicts else None, "include_all": report.include_all},
        "summary": {
            "totals": dict(report.totals),
            "verdicts": dict(report.verdict_counts),
            "resolutions": dict(report.resolution_counts),
            "sources": [{**asdict(s), "verdicts": dict(s.verdicts)} for s in report.sources],
            "disagreements": [asdict(d) for d in report.disagreements],
        },
        "statements": statements,
        "conflicts": conflicts,
        "orphaned_reviews": [asdict(o) for o in report.orphans],
        "facts": [{"story": t.story, "label": t.label, "event": t.event, "outlets": list(t.outlets),
                   "facts": [{"id": r.id, "measures": r.measures, "subject": r.subject, "scope": r.scope,
                              "source": r.source, "modality": r.modality,
                              "agree": r.agree, "verdict": r.verdict, "verdict_text": r.verdict_text,
                              "reviewer": r.reviewer,
                              "values": {o: [{"text": text, "disagrees": d} for text, d in cells]
                                         for o, cells in r.cells.items()}} for r in t.rows]}
                  for t in report.facts],
    }


def render(report: Report) -> str:
    """The report as pretty-printed UTF-8 JSON ending in a newline."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
