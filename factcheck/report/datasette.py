"""Datasette metadata for claims.db (`factcheck browse`): what each table and column holds, labels, facets and
canned queries, so the database can be explored in a browser without knowing its schema.

Datasette itself is an optional extra (``pip install 'factcheck[browse]'``); this module only builds the
metadata document and never imports it.
"""

from __future__ import annotations

from typing import Any

DESCRIPTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "articles": ("Cleaned articles, one per corpus file (or per record of a json/jsonl file).", {
        "name": "Stable name: the file name, plus #n for the n-th record of a json/jsonl file",
        "path": "Where the file was read from",
        "title": "Headline found in the article",
        "outlet": "Publishing outlet found in the text, URL or metadata",
        "url": "The article's URL where known",
        "published": "Publication date (YYYY-MM-DD, YYYY-MM or YYYY)",
        "published_source": "Where the date came from: text, url, json, file, user or none",
        "published_candidates": "Every date found, with its source and evidence (JSON)",
        "language": "de or en",
        "text": "The cleaned text all offsets point into",
        "removed": "Boilerplate blocks removed from the text (JSON)",
    }),
    "quotes": ("Direct, partial and reported quotes with their speakers.", {
        "id": "Stable id (from article, kind, normalised text and occurrence)",
        "article": "The article it comes from",
        "text": "The quoted words (for reported speech: the reported clause)",
        "type": "direct, partial or indirect",
        "sentence": "The sentence(s) containing the quote",
        "speaker": "Resolved name of the person or organisation, empty when the text does not allow it",
        "speaker_mention": "How the text names the speaker",
        "cue": "The speech verb or attribution phrase",
        "start": "Character offset of the text in the article", "end": "End offset of the text",
    }),
    "claims": ("Checkable factual statements (usually one sentence) with typed values.", {
        "id": "Stable id", "article": "The article it comes from", "text": "The claim",
        "sentence": "Its sentence", "start": "Character offset in the article", "end": "End offset",
    }),
    "values": ("Typed values inside quotes and claims: dates, durations, numbers, money, percentages, places, "
               "people, organisations.", {
        "item_id": "The quote or claim", "type": "date, duration, number, money, percent, place, person or org",
        "text": "The words as written", "value": "The normalised value (JSON)",
    }),
    "entities": ("Named people, places, organisations and others found in the articles.", {
        "label": "PER, LOC, ORG or MISC", "norm": "Canonical name or place id (geonames:...)",
    }),
    "groups": ("Matching statements across articles (the same thing said by several outlets).", {
        "kind": "quote or claim", "score": "How closely the members match", "size": "Number of members",
    }),
    "group_members": ("Which statement belongs to which group.", {}),
    "conflicts": ("Contradictions between two statements of one group, each with an explanation.", {
        "type": "duration, date, number, place, quote_wording or speaker",
        "explanation": "One line naming both sources and their values",
        "item_a": "First statement", "item_b": "Second statement",
        "side_a": "First side with its value (JSON)", "side_b": "Second side with its value (JSON)",
        "diff": "Word diff for quote_wording conflicts (JSON)",
    }),
    "reviews": ("The reviewers' current decisions: verdicts on statements, resolutions of conflicts.", {
        "item_id": "The quote, claim or conflict",
        "verdict": "verified, false, misleading, unverifiable; for conflicts first_correct, second_correct, "
                   "both_wrong, not_a_conflict",
        "note": "The reviewer's note", "evidence": "Evidence link", "reviewer": "Who decided",
        "updated": "When", "snapshot": "What was reviewed, kept if the statement vanishes (JSON)",
    }),
    "review_history": ("Every review action, append-only (undo and redo included).", {
        "before": "The review before the action (JSON)", "after": "The review after it (JSON)",
    }),
    "files": ("Corpus files read, with their hash, so unchanged files are skipped.", {}),
    "sentences": ("Sentences of each article with offsets.", {}),
    "embeddings": ("Cached sentence vectors by model and text hash.", {}),
    "meta": ("Settings stored in the database (publisher, grouping state).", {}),
}

FACETS: dict[str, list[str]] = {
    "articles": ["outlet", "language", "published_source"],
    "quotes": ["type", "article"],
    "claims": ["article"],
    "values": ["type"],
    "conflicts": ["type"],
    "reviews": ["verdict", "kind", "reviewer"],
    "groups": ["kind"],
}

LABELS: dict[str, str] = {"articles": "title", "groups": "kind"}
HIDDEN: tuple[str, ...] = ("embeddings", "_sqlite_migrations")

_SIDES = """conflicts c, json_each(coalesce(c.sides, json_array(json(c.side_a), json(c.side_b)))) s
  left join articles a on a.name = json_extract(s.value, '$.article')"""
"""Every side of every conflict with its article (a fact conflict has a side per outlet, a quote conflict two)."""

QUERIES: dict[str, dict[str, str]] = {
    "conflicts_by_outlet": {
        "title": "Conflicts by outlet",
        "description": "How many conflicts each outlet is a side of, by conflict type.",
        "sql": f"""select coalesce(a.outlet, json_extract(s.value, '$.article')) as outlet, c.type,
  count(distinct c.id) as conflicts
from {_SIDES}
group by 1, 2 order by conflicts desc, outlet, c.type""",
    },
    "unreviewed_disagreements": {
        "title": "Unreviewed disagreements",
        "description": "Conflicts nobody has resolved yet, with every side: its outlet and its value as written.",
        "sql": f"""select c.id, c.type, c.explanation,
  group_concat(coalesce(a.outlet, json_extract(s.value, '$.article')) || ': '
    || coalesce(json_extract(s.value, '$.value.text'), json_extract(s.value, '$.text')), ' · ') as sides
from {_SIDES}
left join reviews r on r.item_id = c.id
where r.verdict is null
group by c.id order by c.type, c.id""",
    },
    "reviewed_statements": {
        "title": "Reviewed statements",
        "description": "Every quote and claim with a verdict, with its outlet.",
        "sql": """select r.item_id as id, r.kind, r.verdict, coalesce(q.text, c.text) as text, a.outlet,
  coalesce(q.article, c.article) as article, r.note, r.reviewer, r.updated
from reviews r
left join quotes q on q.id = r.item_id
left join claims c on c.id = r.item_id
left join articles a on a.name = coalesce(q.article, c.article)
where r.kind in ('quote', 'claim') and r.verdict is not null
order by r.updated desc""",
    },
}


def metadata(database: str) -> dict[str, Any]:
    """The Datasette metadata document for a claims.db served under the name `database` (its file stem)."""
    tables: dict[str, Any] = {}
    for table, (description, columns) in DESCRIPTIONS.items():
        entry: dict[str, Any] = {"description": description}
        if columns:
            entry["columns"] = columns
        if table in FACETS:
            entry["facets"] = FACETS[table]
        if table in LABELS:
            entry["label_column"] = LABELS[table]
        tables[table] = entry
    for table in HIDDEN:
        tables.setdefault(table, {})["hidden"] = True
    return {
        "title": "factcheck",
        "description": "Quotes, claims, groups across outlets, conflicts and reviews extracted by factcheck.",
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }
