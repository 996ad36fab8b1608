"""Reading corpus files (txt, html, md, json, jsonl) into cleaned articles with metadata."""

from __future__ import annotations

from factcheck.ingest.boilerplate import clean_text
from factcheck.ingest.encoding import decode_bytes
from factcheck.ingest.errors import IngestError, IngestWarning
from factcheck.language import detect_language
from factcheck.ingest.readers import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    article_name,
    discover,
    file_hash,
    load_file,
    load_file_with_problems,
    sidecar_for,
)

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "article_name",
    "IngestError",
    "IngestWarning",
    "clean_text",
    "decode_bytes",
    "detect_language",
    "discover",
    "file_hash",
    "load_file",
    "load_file_with_problems",
    "sidecar_for",
]
