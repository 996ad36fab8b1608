"""The Markdown report: summary tables, statements by verdict with their sources, and the conflicts."""

from __future__ import annotations

import re

from factcheck.report import fmt
from factcheck.report.model import VERDICT_ORDER, ConflictEntry, Report, Source, source_label

TOP_DISAGREEMENTS = 10
"""Pairs of sources listed in the summary (the JSON export has them all)."""
_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~&"})
_SPACE = re.compile(r"\s+")


def escape(text: str | None) -> str:
    """Text as inert inline Markdown: one line, every mark that Markdown or raw HTML reads inline backslashed."""
    return fmt.one_line(text).translate(_ESCAPES)


def _code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def _link(evidence: str | None) -> str:
    if not evidence:
        return ""
    if fmt.is_link(evidence):
        return "<" + evidence.strip().replace(">", "%3E").replace("<", "%3C") + ">"
    return escape(evidence)


def _sentence(source: Source, conflicting: set[str]) -> str:
    out = []
    for piece, tags in fmt.segments(source, conflicting):
        core = piece.strip()
        if not core or not tags:
            out.append(_SPACE.sub(" ", piece).translate(_ESCAPES))
            continue
        text = escape(core)
        if "conflict" in tags:
            text = f"**⚠ {text}**"
        elif "value" in tags:
            text = f"**{text}**"
        if "statement" in tags:
            text = f"*{text}*"
        lead = " " if piece[:1].isspace() else ""
        tail = " " if piece[-1:].isspace() else ""
        out.append(lead + text + tail)
    return "".join(out)


def _source_line(source: Source, conflicting: set[str]) -> str:
    meta = [escape(source.outlet) if source.outlet else None,
            f"*{escape(source.title)}*" if source.title else None,
            escape(source.published) if source.published else None]
    where = f"{_code(source.article)} chars {source.start}–{source.end}"
    own = "" if source.origin else f" ({escape(fmt.verdict_label(source.verdict))}, {_code(source.item_id)})"
    url = f" <{source.url}>" if source.url and fmt.is_link(source.url) else ""
    head = ", ".join(m for m in meta if m)
    return f"{head}{url} — {where}{own}: {_sentence(source, conflicting)}"


def _summary(report: Report) -> list[str]:
    lines = ["## Summary", "", fmt.header_line(report), "", "| Verdict | Statements |", "| --- | ---: |"]
    for verdict, number in report.verdict_counts.items():
        lines.append(f"| {fmt.verdict_label(verdict)} | {number} |")
    if not report.verdict_counts:
        lines.append("| (none) | 0 |")
    lines.append("")
    if report.sources:
        columns = [v for v in VERDICT_ORDER if any(s.verdicts.get(v) for s in report.sources)]
        lines += ["### Verdicts per source", "",
                  "| Source | Title | Published | " + " | ".join(fmt.verdict_label(v) for v in columns)
                  + " | Repeats | Conflicts | Judged wrong |",
                  "| --- | --- | --- | " + " | ".join("---:" for _ in columns) + " | ---: | ---: | ---: |"]
        for source in report.sources:
            counts = " | ".join(str(source.verdicts.get(v, 0)) for v in columns)
            lines.append(f"| {escape(source_label(source.article, source.outlet))} | {escape(source.title)} | "
                         f"{escape(source.published)} | {counts}{' | ' if columns else ''}{source.repeats} | "
                         f"{source.conflicts} | "
                         f"{source.conflicts_lost} |")
        lines += ["", "Verdicts count each source's own statements; *Repeats* counts its statements that repeat a "
                  "reviewed one from another source without a verdict of their own.", ""]
    if report.disagreements:
        more = (f" (top {TOP_DISAGREEMENTS} of {len(report.disagreements)} pairs)"
                if len(report.disagreements) > TOP_DISAGREEMENTS else "")
        lines += [f"### Sources that disagreed most{more}", ""]
        outlets = {s.article: s.outlet for s in report.sources}
        for pair in report.disagreements[:TOP_DISAGREEMENTS]:
            lines.append(f"- {escape(source_label(pair.first, outlets.get(pair.first)))} vs "
                         f"{escape(source_label(pair.second, outlets.get(pair.second)))}: "
                         f"{pair.conflicts} conflict{'s' if pair.conflicts != 1 else ''}, {pair.resolved} resolved")
        lines.append("")
    return lines


def _meaning(value: dict) -> str:
    described = fmt.describe_value(value)
    return "" if described == fmt.one_line(value.get("text")) else f" = {escape(described)}"


def _statements(report: Report, conflicting: dict[str, set[str]]) -> list[str]:
    lines: list[str] = []
    resolutions = {c.id: c.resolution_label for c in report.conflicts}
    current = None
    for number, statement in enumerate(report.statements, start=1):
        verdict = statement.verdict or "unreviewed"
        if verdict != current:
            current = verdict
            lines += [f"## {fmt.verdict_label(verdict)} ({report.verdict_counts.get(verdict, 0)})", ""]
        kind = fmt.KIND_LABELS.get(statement.kind, statement.kind)
        lines += [f"### {number}. {kind}: {escape(fmt.statement_headline(statement))}", ""]
        lines.append(f"- **Verdict:** {fmt.verdict_label(statement.verdict)}"
                     + (f" — {escape(fmt.reviewed_by(statement.reviewers, statement.reviewed_at))}"
                        if statement.reviewers or statement.reviewed_at else ""))
        speaker = fmt.speaker_line(statement)
        if speaker:
            lines.append(f"- **Speaker:** {escape(speaker)}")
        if statement.note:
            lines.append(f"- **Note:** {escape(statement.note)}")
        if statement.evidence:
            lines.append(f"- **Evidence:** {_link(statement.evidence)}")
        if statement.values:
            values = "; ".join(f"{escape(v.get('type'))} “{escape(v.get('text'))}”{_meaning(v)}"
                               for v in statement.values)
            lines.append(f"- **Values:** {values}")
        lines.append(f"- **Sources ({len(statement.sources)}):**")
        for index, source in enumerate(statement.sources, start=1):
            lines.append(f"  {index}. {_source_line(source, conflicting.get(source.item_id, set()))}")
        if statement.conflicts:
            shown = ", ".join(f"{_code(cid)} ({resolutions.get(cid, 'not in this report')})"
                              for cid in statement.conflicts)
            lines.append(f"- **Conflicts:** {shown}")
        lines += [f"- **Id:** {_code(statement.id)}", ""]
    return lines


def _diff(conflict: ConflictEntry) -> str:
    parts = []
    for op, text in conflict.diff:
        shown = escape(text)
        parts.append({"-": f"~~{shown}~~", "+": f"**{shown}**"}.get(op, shown))
    return " ".join(parts)


def _conflicts(report: Report, conflicting: dict[str, set[str]]) -> list[str]:
    if not report.conflicts:
        return []
    lines = [f"## Conflicts ({len(report.conflicts)})", ""]
    for conflict in report.conflicts:
        lines += [f"### {_code(conflict.id)} · {escape(conflict.type)} · {escape(conflict.resolution_label)}", "",
                  escape(conflict.explanation), ""]
        for index, (side, value) in enumerate(zip(conflict.sides, conflict.side_values), start=1):
            shown = f"**{escape(value['text'])}** — " if value.get("text") and not conflict.diff else ""
            lines.append(f"{index}. {shown}{_source_line(side, conflicting.get(side.item_id, set()))}")
        if conflict.diff:
            lines += ["", f"Wording: {_diff(conflict)}"]
        lines.append("")
        resolution = f"**Resolution:** {escape(conflict.resolution_label)}"
        if conflict.reviewers or conflict.reviewed_at:
            resolution += f" — {escape(fmt.reviewed_by(conflict.reviewers, conflict.reviewed_at))}"
        lines.append(resolution)
        if conflict.note:
            lines += ["", f"**Note:** {escape(conflict.note)}"]
        if conflict.evidence:
            lines += ["", f"**Evidence:** {_link(conflict.evidence)}"]
        lines.append("")
    return lines


def _facts(report: Report) -> list[str]:
    """Per story, the facts table: rows = facts, columns = outlets, disagreeing values marked ≠."""
    if not report.facts:
        return []
    lines = ["## Facts across outlets", ""]
    for table in report.facts:
        event = f" ({escape(table.event)})" if table.event else ""
        lines += [f"### {escape(table.label)}{event}", "",
                  "| Fact | " + " | ".join(escape(o) for o in table.outlets) + " | Verdict |",
                  "| --- | " + " | ".join("---" for _ in table.outlets) + " | --- |"]
        for row in table.rows:
            what = escape(row.what) + (f", per {escape(row.source)}" if row.source else "")
            if row.modality != "reported":
                what += f" ({escape(row.modality)})"
            cells = []
            for outlet in table.outlets:
                shown = [("≠ **" + escape(text) + "**") if differs else escape(text)
                         for text, differs in row.cells.get(outlet, ())]
                cells.append("<br>".join(shown))
            lines.append(f"| {what} | " + " | ".join(cells) + f" | {escape(row.verdict_text)} |")
        lines.append("")
    return lines


def _orphans(report: Report) -> list[str]:
    if not report.orphans:
        return []
    lines = ["## Reviews of statements no longer extracted", "",
             "| Id | Verdict | Article | Statement | Note |", "| --- | --- | --- | --- | --- |"]
    for orphan in report.orphans:
        lines.append(f"| {_code(orphan.id)} | {escape(fmt.verdict_label(orphan.verdict))} | "
                     f"{escape(orphan.article)} | {escape(orphan.text)} | {escape(orphan.note)} |")
    return [*lines, ""]


def render(report: Report) -> str:
    """The whole report as Markdown (CommonMark with GitHub tables; == marks need a renderer that knows them)."""
    conflicting = fmt.conflict_texts(report.conflicts)
    lines = ["# Fact-check report", ""]
    lines += _summary(report)
    lines += _statements(report, conflicting)
    lines += _conflicts(report, conflicting)
    lines += _facts(report)
    lines += _orphans(report)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"
