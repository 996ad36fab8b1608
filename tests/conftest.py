"""Shared fixtures: a hand-built demo database and the seed corpus location."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import demo_db  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def demo(tmp_path):
    """A demo claims.db on disk with two groups and two conflicts; yields (db, ids, path)."""
    path = tmp_path / "claims.db"
    db, ids = demo_db.make(path)
    yield db, ids, path
    db.close()


@pytest.fixture
def corpus_dir() -> Path:
    """The seed corpus shipped in the repo."""
    return CORPUS
