"""The domain API: everything the CLI, the review UI and the report writers do goes through here.

Extraction and grouping live in :mod:`factcheck.service.extraction`, reading in
:mod:`factcheck.service.reading`, reviewing in :mod:`factcheck.service.reviewing`; callers use the names
re-exported here.
"""

from __future__ import annotations

from factcheck.service.common import (
    FactcheckError,
    Progress,
    default_reviewer,
    is_read_only,
    no_progress,
    open_db,
    require_writable,
)
from factcheck.service.extraction import (
    PIPELINE_VERSION,
    ExtractSummary,
    embed_texts,
    extract,
    extract_text,
    group_statements,
    load_statements,
)
from factcheck.service.facts import FactsTable, facts_tables, get_fact, list_facts, list_stories
from factcheck.service.reading import (
    article_text,
    counts,
    describe_value,
    get_conflict,
    get_group,
    get_item,
    group_of,
    item_detail,
    list_articles,
    list_claims,
    list_conflicts,
    list_groups,
    list_quotes,
    list_reviews,
    orphan_reviews,
    queue,
)
from factcheck.service.reviewing import (
    CONFLICT_RESOLUTIONS,
    FACT_VERDICTS,
    KEEP,
    get_review,
    history,
    redo,
    review,
    set_verdict,
    undo,
)
from factcheck.store.queries import Filters

__all__ = [
    "CONFLICT_RESOLUTIONS", "FACT_VERDICTS", "KEEP", "FactsTable", "facts_tables", "get_fact", "list_facts", "list_stories", "PIPELINE_VERSION", "ExtractSummary", "FactcheckError", "Filters", "Progress",
    "article_text", "counts", "default_reviewer", "describe_value", "embed_texts", "extract", "extract_text",
    "get_conflict", "get_group", "get_item", "get_review", "group_of", "group_statements", "history", "is_read_only",
    "item_detail",
    "list_articles", "list_claims", "list_conflicts", "list_groups", "list_quotes", "list_reviews",
    "load_statements", "no_progress", "open_db", "orphan_reviews", "queue", "redo", "require_writable", "review",
    "set_verdict",
    "undo",
]
