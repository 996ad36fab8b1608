"""The domain API: everything the CLI, the review UI and the report writers do goes through here.

Extraction and grouping live in :mod:`factcheck.service.extraction`, reading in
:mod:`factcheck.service.reading`, reviewing in :mod:`factcheck.service.reviewing`; callers use the names
re-exported here. They load on first use (PEP 562): a worker process imports ``factcheck.service.workers``
to extract and should not pay for sqlite-utils, grouping and facts (0.3-0.7 s of its start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
        unfinished,
    )
    from factcheck.service.facts import FactsTable, facts_tables, get_fact, list_facts, list_stories
    from factcheck.service.reading import (
        article_text,
        counts,
        describe_value,
        get_article,
        get_conflict,
        get_group,
        get_item,
        group_of,
        groups_of,
        item_detail,
        list_articles,
        list_claims,
        list_conflicts,
        list_groups,
        list_quotes,
        list_reviews,
        orphan_reviews,
        queue,
        resolve_article,
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
    from factcheck.service.settings import Publisher, publisher, set_publisher
    from factcheck.store.queries import Filters

_EXPORTS: dict[str, str] = {
    "factcheck.service.common": "FactcheckError Progress default_reviewer is_read_only no_progress open_db "
                                "require_writable",
    "factcheck.service.extraction": "PIPELINE_VERSION ExtractSummary embed_texts extract extract_text "
                                    "group_statements load_statements unfinished",
    "factcheck.service.facts": "FactsTable facts_tables get_fact list_facts list_stories",
    "factcheck.service.reading": "article_text counts describe_value get_article get_conflict get_group get_item "
                                 "group_of groups_of item_detail list_articles list_claims list_conflicts list_groups "
                                 "list_quotes list_reviews orphan_reviews queue resolve_article",
    "factcheck.service.reviewing": "CONFLICT_RESOLUTIONS FACT_VERDICTS KEEP get_review history redo review "
                                   "set_verdict undo",
    "factcheck.service.settings": "Publisher publisher set_publisher",
    "factcheck.store.queries": "Filters",
}
_LAZY: dict[str, str] = {name: module for module, names in _EXPORTS.items() for name in names.split()}
"""Exported name -> the module that defines it."""
_SUBMODULES = frozenset({"ahead", "api", "common", "extraction", "facts", "fingerprint", "reading", "reviewing",
                         "settings", "workers"})


def __getattr__(name: str) -> Any:
    """Import the module behind an exported name (or a submodule) when it is first asked for."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = [
    "CONFLICT_RESOLUTIONS", "FACT_VERDICTS", "KEEP", "FactsTable", "facts_tables", "get_fact", "list_facts", "list_stories",
    "PIPELINE_VERSION", "ExtractSummary", "FactcheckError", "Filters", "Progress",
    "article_text", "counts", "default_reviewer", "describe_value", "embed_texts", "get_article", "extract",
    "extract_text", "get_conflict", "get_group", "get_item", "get_review", "group_of", "groups_of", "group_statements", "history",
    "is_read_only", "item_detail", "list_articles", "list_claims", "list_conflicts", "list_groups", "list_quotes",
    "list_reviews", "load_statements", "no_progress", "open_db", "orphan_reviews", "publisher", "Publisher", "queue",
    "redo", "require_writable", "resolve_article", "review", "set_publisher", "set_verdict", "undo", "unfinished",
]
