"""Plain text from Markdown: front matter read as metadata, markup (headings, links, emphasis) stripped."""

from __future__ import annotations

import re

from factcheck.ingest.dates import parse_date
from factcheck.ingest.metadata import RANK_EXPLICIT, Hints

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`]+)`+")
_QUOTE_PREFIX = re.compile(r"^\s{0,3}(>\s?)+")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FIELDS = {"title": "title", "headline": "title", "url": "url", "link": "url", "outlet": "outlet",
           "source": "outlet", "site": "outlet", "publisher": "outlet"}
_DATE_FIELDS = ("published", "date", "datepublished", "pubdate", "published_at")


def _front_matter(text: str, hints: Hints) -> str:
    """Read simple ``key: value`` front matter into hints and return the text after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        key, value = key.strip().lower(), value.strip().strip("'\"")
        if not sep or not value:
            continue
        if key in _FIELDS and getattr(hints, _FIELDS[key]) is None:
            setattr(hints, _FIELDS[key], value)
            if _FIELDS[key] == "outlet":
                hints.outlet_source = f"front matter field {key!r}"
        elif key in _DATE_FIELDS and (found := parse_date(value)):
            hints.add_date(RANK_EXPLICIT, found, "text", f"front matter {key}: {value}")
    return text[m.end():]


def inline_markdown(line: str) -> str:
    """Strip inline markup from one line: images, links, emphasis, code, tags, escapes."""
    if "![" in line:
        line = _IMAGE.sub("", line)
    if "[" in line:
        line = _LINK.sub(lambda m: m.group(1) or m.group(2), line)
    if "<" in line:
        line = _HTML_TAG.sub("", _AUTOLINK.sub(r"\1", line))
    if "*" in line or "_" in line or "~" in line:
        line = _STRIKE.sub(r"\1", _EM_UNDER.sub(r"\1", _EM_STAR.sub(r"\1", _STRONG.sub(r"\2", line))))
    if "`" in line:
        line = _CODE.sub(r"\1", line)
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    return line


def read_markdown(text: str) -> tuple[str, Hints, list[str]]:
    """Return (plain text, hints with the first heading as title, removed bits such as images)."""
    hints = Hints()
    removed: list[str] = []
    text = _front_matter(text, hints)
    out: list[str] = []
    in_fence = False
    joinable = False
    for raw in text.split("\n"):
        if _FENCE.match(raw):
            in_fence, joinable = not in_fence, False
            continue
        if in_fence:
            out.append(raw)
            continue
        if not raw.strip():
            out.append("")
            joinable = False
            continue
        if _RULE.match(raw) or _REF_DEF.match(raw) or _TABLE_SEP.match(raw):
            joinable = False
            continue
        if _SETEXT.match(raw) and out and out[-1].strip():
            if hints.title is None and raw.strip().startswith("="):
                hints.title = out[-1].strip()
            joinable = False
            continue
        m = _HEADING.match(raw)
        if m:
            line = inline_markdown(m.group(2))
            if hints.title is None and len(m.group(1)) <= 2 and line.strip():
                hints.title = line.strip()
            out.extend(("", line, ""))
            joinable = False
            continue
        unquoted = _QUOTE_PREFIX.sub("", raw)
        line = _LIST.sub("", unquoted)
        item = line != unquoted
        if "![" in line:
            for image in _IMAGE.finditer(line):
                removed.append(f"image: {image.group(0)[:80]}")
        line = inline_markdown(line)
        if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
            item = True
        if joinable and not item and out and out[-1].strip():
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        joinable = True
    return "\n".join(out), hints, removed
