"""Article text and metadata from HTML: trafilatura first, a plain block-text extraction as fallback.

Dates: the page's own metadata (``<meta article:published_time>``, JSON-LD ``datePublished``) is a
strong candidate; the date trafilatura (htmldate) settles on is kept too, but as a weak one, since it may
come from a "Stand:" or update line in the page.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from factcheck.ingest.dates import parse_date
from factcheck.ingest.metadata import RANK_HTML, RANK_PAGE, Hints

TRAFILATURA_MAX_CHARS = 5_000_000
"""Larger pages skip trafilatura (slow and memory hungry on huge trees) and use the plain fallback."""

_SKIP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "figure", "figcaption",
         "button", "select", "template", "iframe", "menu", "head")
_BLOCK = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr", "blockquote",
          "pre", "dd", "dt", "table", "ul", "ol", "main", "hr")
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dcterms.date", "pubdate", "publishdate", "parsely-pub-date", "sailthru.date")
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_JSON_LD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,80})"')


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML page (a scrape saved as .txt): it opens with a doctype or <html>."""
    head = text[:500].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head)


def _strip_site_suffix(title: str) -> str:
    """Drop a trailing " | Site" or " - Site" part of a <title>."""
    for sep in (" | ", " – ", " - ", " — "):
        head, found, tail = title.rpartition(sep)
        if found and head and len(tail) <= 30:
            return head.strip()
    return title


def _parse(source: str) -> Any | None:
    """Parse a page with lxml; None when there is nothing to parse."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return None


def page_metadata(doc: Any, source: str) -> Hints:
    """Title, canonical URL, site name and publication date from <meta>, <link>, <title>, <h1> and JSON-LD."""
    meta: dict[str, str] = {}
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key and el.get("content"):
            meta.setdefault(key, el.get("content"))
    canonical = next((el.get("href") for el in doc.iter("link") if "canonical" in (el.get("rel") or "").lower()),
                     None)
    title = _strip_site_suffix(" ".join((doc.findtext(".//title") or "").split()))
    h1 = next((" ".join(el.text_content().split()) for el in doc.iter("h1")), "")
    hints = Hints(title=meta.get("og:title") or h1 or title or None, url=meta.get("og:url") or canonical,
                  outlet=meta.get("og:site_name"),
                  outlet_source="html og:site_name" if meta.get("og:site_name") else None)
    if not hints.outlet and (m := _JSON_LD_PUBLISHER.search(source)):
        hints.outlet, hints.outlet_source = m.group(1).strip(), "html JSON-LD publisher"
    for key in _DATE_META:
        if key in meta and (found := parse_date(meta[key])):
            hints.add_date(RANK_HTML, found, "text", f"HTML <meta {key}> {meta[key]!r}")
            break
    else:
        m = _JSON_LD_DATE.search(source)
        if m and (found := parse_date(m.group(1))):
            hints.add_date(RANK_HTML, found, "text", f"HTML JSON-LD datePublished {m.group(1)!r}")
    return hints


def block_text(doc: Any) -> str:
    """Visible text of the page, one line per block, without scripts, navigation, footers and figures."""
    from lxml import etree

    etree.strip_elements(doc, *_SKIP, etree.Comment, with_tail=False)
    for el in doc.iter(*_BLOCK):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    body = doc.find("body")
    raw = (body if body is not None else doc).text_content()
    return "\n".join(" ".join(line.split()) for line in raw.split("\n"))


def plain_html(source: str) -> tuple[str, Hints]:
    """Extract block text and metadata with lxml alone (the fallback when trafilatura finds nothing)."""
    doc = _parse(source)
    if doc is None:
        return "", Hints()
    hints = page_metadata(doc, source)
    return block_text(doc), hints


def read_html(source: str) -> tuple[str, Hints, str]:
    """Return (article text with one paragraph a line, metadata hints, extractor name) for an HTML page."""
    doc = _parse(source)
    if doc is None:
        return "", Hints(), "plain"
    hints = page_metadata(doc, source)
    if len(source) <= TRAFILATURA_MAX_CHARS:
        result = _trafilatura(source)
        if result is not None:
            text, found = result
            merged = Hints(title=found.title or hints.title, url=found.url or hints.url,
                           outlet=hints.outlet or found.outlet, dates=list(hints.dates),
                           outlet_source=hints.outlet_source if hints.outlet else found.outlet_source)
            known = {r.candidate.date for r in hints.dates}
            merged.dates += [r for r in found.dates if r.candidate.date not in known]
            return text, merged, "trafilatura"
    return block_text(doc), hints, "plain"


def _trafilatura(source: str) -> tuple[str, Hints] | None:
    """Run trafilatura with metadata; None when it finds no article text or fails."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        result = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False,
                                             date_extraction_params={"extensive_search": False,
                                                                     "original_date": True})
    except Exception:  # noqa: BLE001 - a crash inside the extractor means "use the fallback"
        return None
    doc = result.as_dict() if hasattr(result, "as_dict") else result
    if not doc or not (doc.get("text") or "").strip():
        return None
    hints = Hints(title=doc.get("title"), url=doc.get("url"), outlet=doc.get("sitename"),
                  outlet_source="html site name (trafilatura)" if doc.get("sitename") else None)
    if doc.get("date") and (found := parse_date(str(doc["date"]))):
        hints.add_date(RANK_PAGE, found, "text",
                       f"date trafilatura/htmldate found in the page {doc['date']!r} (may be an update date)")
    return str(doc["text"]), hints
