"""factcheck: an offline claim- and quote-checking desk for news articles."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract_text", "load_pipeline"]


def __getattr__(name: str) -> Any:
    """Load the heavy parts (spaCy, models) only when a script asks for them."""
    if name == "extract_text":
        from factcheck.nlp.extract import extract_text

        return extract_text
    if name == "load_pipeline":
        from factcheck.nlp.pipeline import load_pipeline

        return load_pipeline
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
