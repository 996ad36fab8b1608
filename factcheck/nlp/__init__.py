"""NLP layer: spaCy pipelines and extraction functions.

spaCy's model library thinc imports torch whenever it is installed (3-6 s and ~400 MB), although none of our
pipelines uses it; importing ``factcheck.nlp`` first loads thinc with torch hidden, so extraction starts fast.
torch stays importable afterwards (a user's own sentence-transformers model in ``factcheck.embed`` loads it).
"""

from __future__ import annotations

import sys


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


_thinc_without_torch()
