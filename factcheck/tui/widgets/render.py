"""Pure functions that turn service records into styled Content: statements in context, values, diffs."""

from __future__ import annotations

import re
from typing import Iterable

from textual.content import Content

from factcheck import service
from factcheck.display import one_line, printable

STATEMENT = "bold"
VALUE = "bold $text-primary on $primary-muted"
CONFLICT = "bold $text-error on $error-muted"
SPEAKER = "italic $text-accent"
CUE = "underline"
MUTED = "$foreground-muted"


def clean(text: object) -> str:
    """Article text for one line of the desk (display.one_line)."""
    return one_line(text)


VERDICT_STYLE = {"verified": "bold $text-success", "false": "bold $text-error", "misleading": "bold $text-warning",
                 "unverifiable": "bold $foreground-muted", "first_correct": "bold $text-success",
                 "second_correct": "bold $text-success", "both_wrong": "bold $text-error",
                 "not_a_conflict": "bold $foreground-muted"}


def _find(haystack: str, needle: str | None, start: int = 0) -> int:
    return haystack.find(needle, start) if needle else -1


def marked(text: str, spans: Iterable[tuple[int, int, str]]) -> Content:
    """Text with styles laid on character spans (spans outside the text are ignored); controls shown visibly."""
    content = Content(printable(text, one_line=False))
    for start, end, style in spans:
        if 0 <= start < end <= len(text):
            content = content.stylize(style, start, end)
    return content


def statement_in_sentence(record: dict, *, conflict_texts: Iterable[str] = ()) -> Content:
    """The statement's sentence with the statement, its typed values, speaker, cue and conflicting values marked."""
    sentence = record.get("sentence") or record.get("text") or ""
    base = record.get("sentence_start")
    spans: list[tuple[int, int, str]] = []
    if base is None:
        found = _find(sentence, record.get("text"))
        base = (record.get("start") or 0) - found if found >= 0 else None
    if base is not None and record.get("start") is not None:
        spans.append((record["start"] - base, record["end"] - base, STATEMENT))
    for value in record.get("values") or ():
        if base is not None:
            spans.append((value["start"] - base, value["end"] - base, VALUE))
    if record.get("kind") == "quote":
        mention = _find(sentence, record.get("speaker_mention"))
        if mention >= 0:
            spans.append((mention, mention + len(record["speaker_mention"]), SPEAKER))
        cue = _find(sentence, record.get("cue"))
        if cue >= 0:
            spans.append((cue, cue + len(record["cue"]), CUE))
    for text in conflict_texts:
        at = find_word(sentence, text)
        if at >= 0:
            spans.append((at, at + len(text), CONFLICT))
    return marked(sentence, spans)


def find_word(haystack: str, needle: str) -> int:
    """Where `needle` first occurs as whole words ("sie" not inside "sieht"), or -1."""
    if not needle:
        return -1
    pattern = (r"\b" if needle[0].isalnum() else "") + re.escape(needle) + (r"\b" if needle[-1].isalnum() else "")
    found = re.search(pattern, haystack)
    return found.start() if found else -1


def diff_line(diff: Iterable[list[str] | tuple[str, str]]) -> Content:
    """A word-level diff: removed words struck through in the conflict colour, added words underlined."""
    parts: list[Content] = []
    for op, text in diff:
        if op == "-":
            parts.append(Content.styled(printable(text), "strike $text-error"))
        elif op == "+":
            parts.append(Content.styled(printable(text), "underline bold $text-success"))
        else:
            parts.append(Content(printable(text)))
    return Content(" ").join(parts)


def verdict_badge(verdict: str | None) -> Content:
    """The verdict or resolution as a coloured word ("unreviewed" when none)."""
    if not verdict:
        return Content.styled("unreviewed", MUTED)
    return Content.styled(verdict.replace("_", " "), VERDICT_STYLE.get(verdict, "bold"))


def article_line(info: dict | None, name: str) -> Content:
    """The article's name with outlet, date and title, muted."""
    name = printable(name)
    if not info:
        return Content.styled(name, "bold")
    extra = printable(" · ".join(str(x) for x in (info.get("outlet"), info.get("published")) if x))
    title = printable(info.get("title") or "")
    return Content.assemble((name, "bold"), (f"  {extra}" if extra else "", MUTED),
                            (f"\n{title}" if title else "", "italic"))


def outlet_line(info: dict | None) -> Content:
    """Where the article's outlet name came from, muted: "outlet Welt · from url https://…" or "outlet unknown"."""
    info = info or {}
    outlet = printable(info.get("outlet") or "unknown")
    source = printable(info.get("outlet_source") or "none")
    return Content.styled(f"outlet {outlet} · from {source}" if source != "none" else f"outlet {outlet}", MUTED)


def value_list(values: Iterable[dict]) -> Content:
    """The typed values of a statement, one per line: type, surface text, normalised form."""
    lines = []
    for value in values:
        shown = printable(service.describe_value(value))
        lines.append(Content.assemble((f"{printable(value['type']):<9}", MUTED), (printable(value["text"]), VALUE),
                                      (f"  {shown}", MUTED)))
    return Content("\n").join(lines)


def conflict_texts_for(item_id: str, conflicts: Iterable[dict]) -> list[str]:
    """Surface texts of the values that are in conflict on the side of `item_id`."""
    texts = []
    for conflict in conflicts:
        if conflict.get("type") == "quote_wording":
            continue
        for side in conflict.get("claims", ()):
            text = (side.get("value") or {}).get("text")
            if side.get("id") == item_id and text:
                texts.append(text)
    return texts


def wording_words(item_id: str, conflicts: Iterable[dict]) -> list[str]:
    """Words of `item_id`'s quote that a wording diff marks as differing."""
    words = []
    for conflict in conflicts:
        if conflict.get("type") != "quote_wording":
            continue
        sides = [s.get("id") for s in conflict.get("claims", ())]
        op = "-" if sides and sides[0] == item_id else "+" if item_id in sides else None
        words += [text for kind, text in conflict.get("diff") or () if kind == op]
    return words


def history_lines(entries: Iterable[dict]) -> Content:
    """An item's review history, newest first: when, who, what changed."""
    lines = []
    for entry in entries:
        before, after = entry.get("before") or {}, entry.get("after") or {}
        changed = [f"{field} {printable(before.get(field)) or '–'} → {printable(after.get(field)) or '–'}"
                   for field in ("verdict", "note", "evidence") if before.get(field) != after.get(field)]
        when = (entry.get("at") or "").replace("T", " ")[:16]
        lines.append(Content.assemble((f"{when}  ", MUTED), (printable(entry.get("reviewer") or "?"), "bold"),
                                      f"  {entry.get('action', 'set')}: ", "; ".join(changed) or "no change"))
    return Content("\n").join(lines)
