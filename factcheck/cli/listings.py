"""The columns of each listing: few by default (short id, outlet, speaker, text, verdict), all with --wide."""

from __future__ import annotations

from pathlib import PurePath
from typing import Callable

from factcheck.cli.tables import Column, short_ids

Outlets = dict[str, str | None]
"""Article name -> outlet (None when unknown)."""


def file_label(name: str | None) -> str:
    """An article's name without its extension ("000_3448688e953642bf", "sub/000_x"); records keep their "#n"."""
    if not name:
        return ""
    base, _, record = name.partition("#")
    stem = str(PurePath(base).with_suffix("")) if PurePath(base).suffix else base
    return stem + (f"#{record}" if record else "")


def outlet_label(name: str | None, outlets: Outlets) -> str:
    """Who published an article: its outlet, else its file name."""
    return (outlets.get(name or "") or file_label(name)) if name else ""


def _verdict(record: dict) -> str:
    return (record.get("verdict") or "").replace("_", " ")


def _source(outlets: Outlets) -> Callable[[dict], str]:
    return lambda record: outlet_label(record.get("article"), outlets)


def _id(records: list[dict], key: str = "id") -> Callable[[dict], str]:
    short = short_ids(r[key] for r in records if r.get(key))
    return lambda record: short(record.get(key) or "")


def _values(record: dict) -> str:
    return "; ".join(v.get("text", "") for v in record.get("values") or [])


def quotes(records: list[dict], outlets: Outlets) -> list[Column]:
    return [
        Column("id", _id(records), 8, full=lambda r: r.get("id")),
        Column("outlet", _source(outlets), 10),
        Column("file", lambda r: r.get("article"), 28, wide_only=True),
        Column("type", lambda r: r.get("type"), 8, wide_only=True),
        Column("speaker", lambda r: r.get("speaker") or r.get("speaker_mention"), 16),
        Column("mention", lambda r: r.get("speaker_mention"), 24, wide_only=True),
        Column("cue", lambda r: r.get("cue"), 12, wide_only=True),
        Column("quote", lambda r: r.get("text")),
        Column("verdict", _verdict, 12),
        Column("group", lambda r: r.get("group"), 13, wide_only=True),
    ]


def claims(records: list[dict], outlets: Outlets) -> list[Column]:
    return [
        Column("id", _id(records), 8, full=lambda r: r.get("id")),
        Column("outlet", _source(outlets), 10),
        Column("file", lambda r: r.get("article"), 28, wide_only=True),
        Column("claim", lambda r: r.get("text")),
        Column("values", _values, 16),
        Column("verdict", _verdict, 12),
        Column("group", lambda r: r.get("group"), 13, wide_only=True),
    ]


def articles(records: list[dict]) -> list[Column]:
    return [
        Column("file", lambda r: file_label(r.get("name")), 12),
        Column("outlet", lambda r: r.get("outlet"), 14),
        Column("outlet from", lambda r: r.get("outlet_source"), 16, wide_only=True),
        Column("published", lambda r: r.get("published"), 10),
        Column("from", lambda r: r.get("published_source"), 6, wide_only=True),
        Column("lang", lambda r: r.get("language"), 4, wide_only=True),
        Column("quotes", lambda r: r.get("quotes"), 6, justify="right"),
        Column("claims", lambda r: r.get("claims"), 6, justify="right"),
        Column("title", lambda r: r.get("title")),
        Column("path", lambda r: r.get("path"), 60, wide_only=True),
    ]


def group_rows(groups: list[dict]) -> list[dict]:
    """One row per group member, the group's id and kind on its first row only."""
    rows = []
    for group in groups:
        for number, member in enumerate(group["members"]):
            rows.append({"group": group["id"] if number == 0 else "", "kind": group["kind"] if number == 0 else "",
                         "size": len(group["members"]) if number == 0 else "", **{
                             k: member.get(k) for k in ("id", "article", "text", "speaker")}})
    return rows


def groups(rows: list[dict], all_groups: list[dict], outlets: Outlets) -> list[Column]:
    short_group = short_ids(g["id"] for g in all_groups)
    return [
        Column("group", lambda r: short_group(r["group"]) if r["group"] else "", 8, full=lambda r: r["group"]),
        Column("kind", lambda r: r.get("kind"), 5),
        Column("n", lambda r: r.get("size"), 3, justify="right"),
        Column("member", lambda r: r.get("id"), 13, wide_only=True),
        Column("outlet", _source(outlets), 10),
        Column("file", lambda r: r.get("article"), 28, wide_only=True),
        Column("text", lambda r: r.get("text")),
    ]


def conflicts(records: list[dict], outlets: Outlets) -> list[Column]:
    def sides(record: dict) -> str:
        return " vs ".join(f"{outlet_label(s.get('article'), outlets)}: {(s.get('value') or {}).get('text') or s.get('text')}"
                           for s in record.get("claims") or [])

    return [
        Column("id", _id(records), 8, full=lambda r: r.get("id")),
        Column("type", lambda r: (r.get("type") or "").replace("_", " "), 13),
        Column("explanation", lambda r: r.get("explanation")),
        Column("sides", sides, 60, wide_only=True),
        Column("resolution", _verdict, 14),
    ]


def history(records: list[dict]) -> list[Column]:
    return [
        Column("when", lambda r: (r.get("at") or "").replace("T", " ")[:19], 19),
        Column("who", lambda r: r.get("reviewer"), 12),
        Column("action", lambda r: r.get("action"), 6),
        Column("item", _id(records, "item_id"), 8, full=lambda r: r.get("item_id")),
        Column("verdict", _verdict, 14),
        Column("note", lambda r: (r.get("after") or {}).get("note")),
    ]


def reviews(records: list[dict], outlets: Outlets) -> list[Column]:
    return [
        Column("id", _id(records), 8, full=lambda r: r.get("id")),
        Column("kind", lambda r: r.get("kind"), 8, wide_only=True),
        Column("outlet", _source(outlets), 10),
        Column("verdict", lambda r: _verdict(r) + (" (orphaned)" if r.get("orphaned") else ""), 22),
        Column("who", lambda r: r.get("reviewer"), 10),
        Column("text", lambda r: r.get("text")),
        Column("note", lambda r: r.get("note"), 40, wide_only=True),
    ]
