"""factcheck: an offline claim- and quote-checking desk for news articles."""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = ["ClaimsDB", "__version__", "extract_corpus", "extract_text", "load_pipeline", "open_db"]

_LAZY = {
    "extract_text": ("factcheck.nlp.extract", "extract_text"),
    "load_pipeline": ("factcheck.nlp.pipeline", "load_pipeline"),
    "open_db": ("factcheck.service.api", "open_claims_db"),
    "extract_corpus": ("factcheck.service.api", "extract_corpus"),
    "ClaimsDB": ("factcheck.service.api", "ClaimsDB"),
}


def __getattr__(name: str) -> Any:
    """Load the heavy parts (spaCy, models, the database) only when a script asks for them."""
    if name in _LAZY:
        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
