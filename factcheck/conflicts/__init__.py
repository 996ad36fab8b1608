"""Comparing grouped statements: typed value conflicts, quote wording and speaker conflicts."""

from __future__ import annotations

from factcheck.conflicts.find import article_label, conflict_id, find_conflicts

__all__ = ["article_label", "conflict_id", "find_conflicts"]
