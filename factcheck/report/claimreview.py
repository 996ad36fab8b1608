"""schema.org ClaimReview JSON-LD: one ClaimReview per reviewed statement, embeddable by a fact-check publisher.

Rating scale 1 (worst) to 5 (best): verified = 5 "True", misleading = 3 "Misleading", false = 1 "False".
Unverifiable has no place on a truth scale and Google's Fact Check Tools want ratingValue inside
worstRating..bestRating, so an unverifiable statement keeps the scale, has no ratingValue, and says
"Unverifiable" in alternateName (the textual rating is what search engines show). Unreviewed statements
(include_all) are left out: there is no review to publish.

Google's ClaimReview guidelines ask for the review's `url` and its `author`, the publishing organisation. Both
come from the publisher stored in claims.db (`factcheck export --publisher NAME --url BASE`): the author is that
Organization, the url BASE plus the statement's anchor in the HTML report ("#statement-ID"). Without a
publisher there is no author and no url (the CLI warns); a reviewer's login name is never published.
`datePublished` is the day of the latest verdict.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.report import fmt
from factcheck.report.model import Report, Source, Statement

CONTEXT = "https://schema.org"
BEST, WORST = 5, 1
RATINGS: dict[str, tuple[int | None, str]] = {
    "verified": (5, "True"),
    "misleading": (3, "Misleading"),
    "false": (1, "False"),
    "unverifiable": (None, "Unverifiable"),
}


def _publisher(source: Source) -> dict[str, Any] | None:
    return {"@type": "Organization", "name": source.outlet} if source.outlet else None


def appearance(source: Source) -> dict[str, Any]:
    """Where a statement appeared: the article as a schema.org NewsArticle."""
    out: dict[str, Any] = {"@type": "NewsArticle", "identifier": source.article}
    if source.url and fmt.is_link(source.url):
        out["url"] = source.url
    if source.title:
        out["headline"] = fmt.one_line(source.title)
    if source.published:
        out["datePublished"] = source.published
    publisher = _publisher(source)
    if publisher:
        out["publisher"] = publisher
    out["text"] = fmt.one_line(source.sentence)
    return out


def _claim_author(statement: Statement) -> dict[str, Any] | None:
    if statement.kind == "quote":
        name = statement.speaker or statement.speaker_mention
        return {"@type": "Person", "name": fmt.one_line(name)} if name else None
    return _publisher(statement.sources[0]) if statement.sources else None


def _review_author(publisher: str | None, publisher_url: str | None) -> dict[str, Any] | None:
    if not publisher:
        return None
    author: dict[str, Any] = {"@type": "Organization", "name": fmt.one_line(publisher)}
    if publisher_url and fmt.is_link(publisher_url):
        author["url"] = _site(publisher_url)
    return author


def _site(url: str) -> str:
    """The site of a page URL ("https://example.org/checks" -> "https://example.org/")."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    return f"{parts.scheme}://{parts.netloc}/"


def review_url(publisher_url: str | None, statement: Statement) -> str | None:
    """Where this review is published: the publisher's base URL plus the statement's anchor."""
    if not publisher_url or not fmt.is_link(publisher_url):
        return None
    return f"{publisher_url.strip().split('#')[0]}#{fmt.anchor('statement', statement.id)}"


def _first_published(statement: Statement) -> str | None:
    dates = sorted(s.published for s in statement.sources if s.published)
    return dates[0] if dates else None


def claim_review(statement: Statement, *, publisher: str | None = None,
                 publisher_url: str | None = None) -> dict[str, Any]:
    """One statement's ClaimReview as JSON-LD data (without @context), published by `publisher` at its URL."""
    value, name = RATINGS[statement.verdict or "unverifiable"]
    rating: dict[str, Any] = {"@type": "Rating"}
    if value is not None:
        rating["ratingValue"] = value
    rating.update({"bestRating": BEST, "worstRating": WORST, "alternateName": name})
    if statement.note:
        rating["ratingExplanation"] = fmt.one_line(statement.note)
    item: dict[str, Any] = {"@type": "Claim"}
    author = _claim_author(statement)
    if author:
        item["author"] = author
    first = _first_published(statement)
    if first:
        item["datePublished"] = first
    item["appearance"] = [appearance(s) for s in statement.sources]
    origin = min(statement.sources, key=lambda s: (s.published or "9999", s.article), default=None)
    if origin is not None and origin.published:
        item["firstAppearance"] = appearance(origin)
    review: dict[str, Any] = {"@type": "ClaimReview", "identifier": statement.id}
    url = review_url(publisher_url, statement)
    if url:
        review["url"] = url
    review.update({"claimReviewed": fmt.one_line(statement.text), "itemReviewed": item, "reviewRating": rating})
    author = _review_author(publisher, publisher_url)
    if author:
        review["author"] = author
    if statement.reviewed_at:
        review["datePublished"] = fmt.day(statement.reviewed_at)
    body = [statement.note] if statement.note else []
    if statement.evidence and fmt.is_link(statement.evidence):
        review["citation"] = statement.evidence.strip()
    elif statement.evidence:
        body.append(f"Evidence: {fmt.one_line(statement.evidence)}")
    if body:
        review["reviewBody"] = "\n\n".join(body)
    return review


_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def render(report: Report) -> str:
    """All reviewed statements as one JSON-LD document: {"@context": schema.org, "@graph": [ClaimReview, ...]}.

    "<", ">" and "&" are written as \\u escapes (same JSON data), so the document can be pasted into a
    ``<script type="application/ld+json">`` element without article text closing it.
    """
    graph = [claim_review(s, publisher=report.publisher, publisher_url=report.publisher_url)
             for s in report.statements if s.verdict in RATINGS]
    text = json.dumps({"@context": CONTEXT, "@graph": graph}, ensure_ascii=False, indent=2)
    return text.translate(_SCRIPT_SAFE) + "\n"
