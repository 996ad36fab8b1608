"""NLP layer: spaCy pipelines and extraction functions.

spaCy's model library thinc imports torch whenever it is installed (3-6 s and ~400 MB), although none of our
pipelines uses it; importing ``factcheck.nlp`` first loads thinc with torch hidden, so extraction starts fast.
torch stays importable afterwards (a user's own sentence-transformers model in ``factcheck.embed`` loads it).
Likewise spaCy's own command line (``spacy.cli``: download, training, project commands, with requests, httpx,
weasel and typer) is not imported with spaCy; it loads as usual the first time anything asks for it.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.abc
import importlib.util
import sys
import types
from typing import Any, Iterator


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


_CLI = ("spacy.cli", "spacy.cli.info")


class _SpacyWithoutCli(importlib.abc.MetaPathFinder):
    """Imports spaCy (the first time only) with stand-ins for ``spacy.cli`` while its
    ``__init__`` runs. spaCy's ``__init__`` imports ``spacy.cli.info`` only to offer ``spacy.info``, and that
    package imports every command of spaCy's command line: about 0.4 s of each process that extracts, for
    nothing we use. The stand-ins are gone once spaCy is imported, so ``import spacy.cli`` later gives the real
    package; ``spacy.info`` calls the real function. Should a spaCy version take anything else from
    ``spacy.cli``, the stand-ins step aside and the real package loads, as without this."""

    used = False  # it stays in sys.meta_path (removing it could make another thread's import skip a finder)

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "spacy" or self.used:
            return None
        self.used = True
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        run = spec.loader.exec_module

        def exec_module(module: types.ModuleType) -> None:
            stand_ins = {name: _stand_in(name) for name in _CLI if name not in sys.modules}
            sys.modules.update(stand_ins)
            try:
                run(module)
            finally:
                _step_aside(stand_ins)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]  # this spec's own loader
        return spec


def _stand_in(name: str) -> types.ModuleType:
    module = types.ModuleType(name, "Stands in for spaCy's command line while spaCy is imported.")
    module.__path__ = []  # a package: "spacy.cli.info" is then taken from sys.modules

    def real(attribute: str) -> Any:  # anything but spacy.info: step aside and load the real package
        _step_aside({n: sys.modules[n] for n in _CLI if getattr(sys.modules.get(n), "__path__", None) == []})
        return getattr(importlib.import_module(name), attribute)

    module.__getattr__ = real  # type: ignore[method-assign]
    if name == "spacy.cli.info":

        def info(*args: Any, **kwargs: Any) -> Any:
            """spaCy's ``spacy.info`` (imported on first use)."""
            from spacy.cli.info import info as spacy_info

            return spacy_info(*args, **kwargs)

        module.info = info  # type: ignore[attr-defined]
    return module


def _step_aside(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


with loading():
    _thinc_without_torch()
if "spacy" not in sys.modules:
    sys.meta_path.insert(0, _SpacyWithoutCli())
