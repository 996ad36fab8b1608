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


def _pipelines_loaded() -> int:
    pipeline = sys.modules.get("factcheck.nlp.pipeline")
    return pipeline.load_pipeline.cache_info().currsize if pipeline is not None else 0


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    item.stash[_BEFORE] = _pipelines_loaded()
    yield


_BEFORE = pytest.StashKey[int]()


@pytest.fixture(autouse=True)
def _real_models_only_in_slow_tests(request):
    """A test that loads a real spaCy pipeline (in its fixtures or its body) must be marked slow."""
    yield
    if request.node.get_closest_marker("slow") is None:
        loaded = _pipelines_loaded() - request.node.stash.get(_BEFORE, 0)
        assert loaded == 0, f"{request.node.nodeid} loads a real spaCy pipeline: mark it @pytest.mark.slow"
