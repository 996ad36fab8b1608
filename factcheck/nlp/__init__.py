"""NLP layer: spaCy pipelines and extraction functions.

spaCy's model library thinc imports torch whenever it is installed (3-6 s and ~400 MB), although none of our
pipelines uses it; importing ``factcheck.nlp`` first loads thinc with torch hidden, so extraction starts fast.
torch stays importable afterwards (a user's own sentence-transformers model in ``factcheck.embed`` loads it).
"""

from __future__ import annotations

import contextlib
import gc
import sys
from typing import Iterator


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Load libraries and pipelines with the cyclic garbage collector paused, then move everything loaded so
    far out of its reach (``gc.freeze``).

    Importing spaCy and building a pipeline (HanTa's model, the gazetteer, the CRF) allocate millions of objects
    that live as long as the process. The collector walks them again and again while they load (about 0.3 s of
    a one-article run), and a full collection walks them at every later one; frozen, they are never walked again,
    nor copied into each worker forked from the fork server by the collector's writes. Nested uses are fine."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


def _thinc_without_torch() -> None:
    """Import thinc while ``import torch`` fails, unless thinc or torch is already loaded."""
    if "thinc" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
    try:
        import thinc.compat  # noqa: F401
    except ImportError:  # thinc missing: spaCy will say so when it is used
        pass
    finally:
        del sys.modules["torch"]


with loading():
    _thinc_without_torch()
