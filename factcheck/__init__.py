"""factcheck: an offline claim- and quote-checking desk for news articles."""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract_text", "load_pipeline"]

_LAZY = {"extract_text": "factcheck.nlp.extract", "load_pipeline": "factcheck.nlp.pipeline"}


def __getattr__(name: str) -> Any:
    """Load the heavy parts (spaCy, models) only when a script asks for them."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
