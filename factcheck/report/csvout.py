"""The CSV report: one row per (statement, source) and per (conflict, side), ready for filters and pivot tables.

A statement's first row (`role` = "origin") is its own article, further rows ("also in") are the other
articles of its group, so filtering `role = origin` gives exactly one row per statement; conflicts follow as
two rows each (`role` = "side 1"/"side 2") with the resolution in `verdict`. `id` joins with
`factcheck claims --json` / `quotes --json`; `source_id` is the id of that article's own statement.
"""

from __future__ import annotations

import csv
import io
import json

from factcheck.report import fmt
from factcheck.report.model import Report, Source

COLUMNS: tuple[str, ...] = (
    "id", "kind", "type", "verdict", "note", "evidence", "reviewers", "reviewed_at", "speaker", "text", "values",
    "conflicts", "role", "source_id", "article", "outlet", "title", "published", "url", "sentence", "start", "end",
    "source_verdict",
)


def _source_cells(source: Source) -> dict[str, object]:
    return {
        "source_id": source.item_id, "article": source.article, "outlet": source.outlet or "",
        "title": source.title or "", "published": source.published or "", "url": source.url or "",
        "sentence": fmt.one_line(source.sentence), "start": source.start, "end": source.end,
        "source_verdict": source.verdict or "",
    }


FORMULA_STARTS = ("=", "+", "-", "@")
"""What makes a spreadsheet run a cell as a formula, also after leading spaces (OWASP CSV injection)."""


def _safe(value: object) -> object:
    """Cells a spreadsheet would run as a formula (=, +, -, @ first, after any spaces, or a tab, CR or LF first)
    get a leading apostrophe."""
    if not isinstance(value, str) or not value:
        return value
    if value[0] in ("\t", "\r", "\n") or value.lstrip(" \t\r\n\u00a0\u3000")[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def rows(report: Report) -> list[dict[str, object]]:
    """The CSV rows as dicts keyed by COLUMNS."""
    out: list[dict[str, object]] = []
    for s in report.statements:
        common = {
            "id": s.id, "kind": s.kind, "type": s.quote_type or "", "verdict": s.verdict or "",
            "note": s.note or "", "evidence": s.evidence or "", "reviewers": "; ".join(s.reviewers),
            "reviewed_at": s.reviewed_at or "", "speaker": s.speaker or s.speaker_mention or "",
            "text": fmt.one_line(s.text),
            "values": "; ".join(f"{v.get('type')}: {v.get('text')} = {fmt.describe_value(v)}" for v in s.values),
            "conflicts": " ".join(s.conflicts),
        }
        for source in s.sources:
            out.append({**common, "role": "origin" if source.origin else "also in", **_source_cells(source)})
    for c in report.conflicts:
        common = {
            "id": c.id, "kind": "conflict", "type": c.type, "verdict": c.resolution or "", "note": c.note or "",
            "evidence": c.evidence or "", "reviewers": "; ".join(c.reviewers), "reviewed_at": c.reviewed_at or "",
            "speaker": "", "text": fmt.one_line(c.explanation), "conflicts": "",
        }
        for index, (side, value) in enumerate(zip(c.sides, c.side_values), start=1):
            shown = value.get("text") or json.dumps(dict(value), ensure_ascii=False, sort_keys=True)
            out.append({**common, "values": fmt.one_line(str(shown)), "role": f"side {index}",
                        **_source_cells(side)})
    return out


def render(report: Report) -> str:
    """The report as CSV text (header row, "\\r\\n" line ends; the BOM is added by write_report)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(report):
        writer.writerow({k: _safe(v) for k, v in row.items()})
    return buffer.getvalue()
