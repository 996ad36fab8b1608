"""Grouping claims and quotes across articles: similar statements about the same event."""

from __future__ import annotations

from factcheck.match.grouping import (DEFAULT_THRESHOLD, THRESHOLDS, clause_texts, group_statements, threshold_for,
                                      wording_ratio)

__all__ = ["DEFAULT_THRESHOLD", "THRESHOLDS", "clause_texts", "group_statements", "threshold_for", "wording_ratio"]
