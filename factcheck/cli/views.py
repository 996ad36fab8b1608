"""Views for a person: the one-line summary of a run and one item shown in full (`factcheck show`)."""

from __future__ import annotations

from typing import Any

from factcheck.cli.listings import Outlets, file_label, outlet_label
from factcheck.display import plural, printable


def extract_line(summary: Any, totals: dict[str, int]) -> str:
    """One line for an extract run: "3 files unchanged, 1 extracted; 5 articles, 42 quotes, 52 claims; 17 groups, 1 conflict"."""
    done = [(summary.unchanged, "unchanged"), (summary.extracted, "extracted"), (summary.removed, "removed"),
            (len(summary.problems), "skipped")]
    done = [(count, word) for count, word in done if count]
    if not done:
        files = "no files found"
    else:
        first_count, first_word = done[0]
        files = ", ".join([f"{plural(first_count, 'file')} {first_word}"] + [f"{c:,} {w}" for c, w in done[1:]])
    line = (f"{files}; {plural(totals['articles'], 'article')}, {plural(totals['quotes'], 'quote')}, "
            f"{plural(totals['claims'], 'claim')}")
    if summary.groups is not None:
        line += f"; {plural(totals['groups'], 'group')}, {plural(totals['conflicts'], 'conflict')}"
    return line


def group_line(groups: int, conflicts: int) -> str:
    """"17 groups, 1 conflict"."""
    return f"{plural(groups, 'group')}, {plural(conflicts, 'conflict')}"


def _source(record: dict, outlets: Outlets, info: dict | None = None) -> str:
    name = record.get("article")
    outlet = outlet_label(name, outlets)
    parts = [outlet]
    if outlets.get(name or ""):
        parts.append(file_label(name))
    if info and info.get("published"):
        parts.append(str(info["published"]))
    return " · ".join(p for p in parts if p)


def show(record: dict, outlets: Outlets, *, width: int) -> Any:
    """An item as a person reads it: the text with its values marked, who and where, its group, conflicts, history."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = []
    kind = record["kind"]
    title = Text()
    title.append(kind.upper() + (f" · {record['type'].replace('_', ' ')}" if record.get("type") else ""), "bold")
    title.append(f"  {record['id']}", "dim")
    parts.append(title)
    parts.append(_review(record))
    if kind == "conflict":
        parts.append(Text(printable(record.get("explanation")), style="bold"))
        credited = record.get("type") == "speaker"  # each side's speaker is what differs
        parts.append(_side_by_side([(f"{n}. {_source(s, outlets)}"
                                     + (f" · {(s.get('value') or {}).get('speaker')}" if credited else ""),
                                     s, [] if credited else [(s.get("value") or {}).get("text")])
                                    for n, s in enumerate(record.get("claims") or [], start=1)], width))
        if record.get("diff"):
            parts.append(_diff(record["diff"]))
    else:
        parts.append(Padding(_marked(record), (0, 0, 0, 2)))
        facts = Text()
        if kind == "quote":
            facts.append("speaker ", "dim")
            facts.append(printable(record.get("speaker") or "unknown"), "bold")
            mention = record.get("speaker_mention")
            if mention and mention != record.get("speaker"):
                facts.append(f" (“{printable(mention)}”)", "dim")
            facts.append("   cue ", "dim")
            facts.append(printable(record.get("cue") or "–"))
            facts.append("   type ", "dim")
            facts.append(printable(record.get("type") or "–"))
            facts.append("\n")
        info = record.get("article_info") or {}
        facts.append("source  ", "dim")
        facts.append(printable(_source(record, outlets, info)))
        if info.get("title"):
            facts.append("\n        ")
            facts.append(printable(info["title"]), "italic")
        parts.append(facts)
        values = record.get("values") or []
        if values:
            table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
            for value in values:
                table.add_row(Text(printable(value.get("type")), "dim"), Text(printable(value.get("text")), "bold"),
                              Text(printable(value.get("description", "")), "dim"))
            parts.append(table)
        group = record.get("group_detail")
        if group and len(group.get("members") or []) > 1:
            parts.append(Text(f"\nSame statement in {plural(len(group['members']), 'source')}", "bold"))
            marks = {}
            for conflict in record.get("conflicts") or []:
                for side in conflict.get("claims") or []:
                    marks.setdefault(side["id"], []).append((side.get("value") or {}).get("text"))
            parts.append(_side_by_side([(_source(m, outlets) + ("  (this one)" if m["id"] == record["id"] else ""),
                                         m, marks.get(m["id"], [])) for m in group["members"]], width))
        for other in record.get("other_groups") or []:
            members = [m for m in other.get("members") or [] if m["id"] != record["id"]]
            parts.append(Text(f"\nAlso grouped with {plural(len(members), 'source')}  (group {other['id']})", "bold"))
            table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), pad_edge=False)
            table.add_column(style="dim", max_width=max(12, width // 4), overflow="fold")
            table.add_column(ratio=1)
            for member in members:
                table.add_row(printable(_source(member, outlets)), printable(member.get("text") or ""))
            parts.append(Padding(table, (0, 0, 0, 2)))
        for conflict in record.get("conflicts") or []:
            parts.append(Text(f"\nConflict · {conflict['type'].replace('_', ' ')}  {conflict['id']}", "bold red"))
            parts.append(Text(printable(conflict.get("explanation"))))
            if conflict.get("diff"):
                parts.append(_diff(conflict["diff"]))
    history = record.get("history") or []
    if history:
        parts.append(Text("\nHistory", "bold"))
        for entry in history:
            before, after = entry.get("before") or {}, entry.get("after") or {}
            changed = [f"{field} {printable(before.get(field)) or '–'} → {printable(after.get(field)) or '–'}"
                       for field in ("verdict", "note", "evidence") if before.get(field) != after.get(field)]
            line = Text()
            line.append((entry.get("at") or "").replace("T", " ")[:16] + "  ", "dim")
            line.append(printable(entry.get("reviewer") or "?"), "bold")
            line.append(f"  {entry.get('action', 'set')}: " + ("; ".join(changed) or "no change"))
            parts.append(line)
    return Group(*parts)


VERDICT_STYLES = {"verified": "bold green", "first_correct": "bold green", "second_correct": "bold green",
                  "false": "bold red", "both_wrong": "bold red"}


def _review(record: dict) -> Any:
    from rich.text import Text

    line = Text()
    verdict = record.get("verdict")
    line.append((verdict or "unreviewed").replace("_", " "),
                VERDICT_STYLES.get(verdict or "", "bold yellow" if verdict else "dim"))
    if verdict and record.get("reviewer"):
        line.append(f"  by {printable(record['reviewer'])}", "dim")
    if record.get("note"):
        line.append("\nnote ", "dim")
        line.append(printable(record["note"]))
    if record.get("evidence"):
        line.append("\nevidence ", "dim")
        line.append(printable(record["evidence"]), "underline")
    return line


def _marked(record: dict, marks: list[str | None] = ()) -> Any:
    """The statement's sentence, the statement bold, its values and any conflicting value highlighted."""
    from rich.text import Text

    sentence = printable(record.get("sentence") or record.get("text") or "")
    base = record.get("sentence_start")
    text = Text(sentence)
    if base is None:
        found = sentence.find(record.get("text") or "\0")
        base = (record.get("start") or 0) - found if found >= 0 else None
    if base is not None and record.get("start") is not None:
        text.stylize("bold", record["start"] - base, record["end"] - base)
        for value in record.get("values") or []:
            text.stylize("reverse", value["start"] - base, value["end"] - base)
    else:
        text.stylize("bold")
    for mark in marks:
        if mark:
            at = sentence.find(printable(mark))
            if at >= 0:
                text.stylize("bold white on red", at, at + len(mark))
    return text


def _side_by_side(sides: list[tuple[str, dict, list[str | None]]], width: int) -> Any:
    """Statements in bordered boxes next to each other (stacked when the terminal is narrow)."""
    from rich.columns import Columns
    from rich.panel import Panel
    from rich.text import Text

    panels = [Panel(_marked(member, marks), title=Text(printable(label)), title_align="left",
                    width=max(30, min(60, width // max(len(sides), 1) - 1)) if width >= 90 else None)
              for label, member, marks in sides]
    if width >= 90:
        return Columns(panels, equal=True)
    from rich.console import Group

    return Group(*panels)


def _diff(diff: list) -> Any:
    from rich.text import Text

    line = Text()
    for op, words in diff:
        style = "strike red" if op == "-" else "underline bold green" if op == "+" else ""
        line.append(printable(words) + " ", style)
    return line
