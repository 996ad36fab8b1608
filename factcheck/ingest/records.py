"""Articles from json and jsonl records: field names, nested values, and per-record problems."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from factcheck.ingest.dates import parse_date
from factcheck.ingest.metadata import RANK_JSON, Hints

TEXT_FIELDS = ("text", "body", "content", "article", "articleBody", "article_body", "maintext", "full_text")
TITLE_FIELDS = ("title", "headline", "name")
URL_FIELDS = ("url", "link", "canonical_url", "source_url")
DATE_FIELDS = ("published", "date", "datePublished", "date_published", "published_at", "publishedAt",
               "pubDate", "publication_date", "date_publish", "created_at")
OUTLET_FIELDS = ("outlet", "source", "site", "sitename", "site_name", "publisher", "source_domain", "domain")
LIST_KEYS = ("articles", "items", "data", "records", "results", "documents")


class RecordProblem(Exception):
    """A record that cannot become an article (no text, not an object, bad JSON)."""


def _string(value: Any, *, numbers: bool = True) -> str | None:
    """A field value as text: strings as is, {"name": ...} objects by name, lists of strings joined; numbers
    only where `numbers` (a title may be 2024, an article text may not be 5)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("name", "title", "@value", "value", "text"):
            if isinstance(value.get(key), str):
                return value[key].strip() or None
        return None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(v.strip() for v in value if v.strip()) or None
    if numbers and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _first(record: dict[str, Any], names: tuple[str, ...], *, numbers: bool = True) -> tuple[str, str] | None:
    lowered = {k.lower(): k for k in record}
    for name in names:
        key = name if name in record else lowered.get(name.lower())
        if key is not None and (value := _string(record[key], numbers=numbers)):
            return key, value
    return None


def _present(record: dict[str, Any], names: tuple[str, ...]) -> tuple[str, Any] | None:
    """The first of `names` present in the record (any value), for saying what was wrong with it."""
    lowered = {k.lower(): k for k in record}
    for name in names:
        key = name if name in record else lowered.get(name.lower())
        if key is not None:
            return key, record[key]
    return None


def record_fields(record: Any, *, origin: str) -> tuple[str, Hints]:
    """Read (article text, metadata hints) from one JSON object; raise RecordProblem when unusable."""
    if not isinstance(record, dict):
        raise RecordProblem(f"expected a JSON object, found {type(record).__name__}")
    text = _first(record, TEXT_FIELDS, numbers=False)
    if text is None:
        present = _present(record, TEXT_FIELDS)
        if present is not None and present[1] not in (None, "", [], {}):
            kind = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
                type(present[1]), type(present[1]).__name__)
            raise RecordProblem(f"field {present[0]!r} is {kind}, not article text")
        raise RecordProblem(f"no article text (looked for {', '.join(TEXT_FIELDS[:3])}, ...)")
    hints = record_hints(record, origin=origin)
    return text[1], hints


def record_hints(record: dict[str, Any], *, origin: str) -> Hints:
    """Read title, url, outlet and publication date fields from a JSON object (a record or a sidecar)."""
    hints = Hints()
    if found := _first(record, TITLE_FIELDS):
        hints.title = found[1]
    if found := _first(record, URL_FIELDS):
        hints.url = found[1]
    if found := _first(record, OUTLET_FIELDS):
        hints.outlet = found[1]
        hints.outlet_source = f"{origin} field {found[0]!r}"
    if found := _first(record, DATE_FIELDS):
        key, value = found
        date = parse_date(value)
        if date is None:
            hints.problems.append(f"cannot read the date in field {key!r}: {value[:40]!r} (use YYYY-MM-DD)")
        hints.add_date(RANK_JSON, date, "json", f"{origin} field {key!r}: {value[:40]!r}")
    return hints


def json_records(text: str) -> tuple[list[Any], bool]:
    """Parse a .json file: (records, is_list); a top-level list or {"articles": [...]} gives many records."""
    data = json.loads(text)
    if isinstance(data, list):
        return data, True
    if isinstance(data, dict):
        for key in LIST_KEYS:
            if isinstance(data.get(key), list) and not _first(data, TEXT_FIELDS, numbers=False):
                return data[key], True
    return [data], False


def jsonl_records(text: str) -> Iterator[tuple[int, int, Any | RecordProblem]]:
    """Yield (record number, line number, parsed object or RecordProblem) for each non-blank line of a .jsonl file."""
    number = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            yield number, line_number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, line_number, RecordProblem(f"invalid JSON ({exc.msg}; column {exc.colno})")
        except RecursionError:
            yield number, line_number, RecordProblem("invalid JSON (nested too deeply)")
