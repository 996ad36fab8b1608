"""claims.db: schema, migrations, writes and queries (sqlite-utils).

``connect``, ``get_meta`` and ``set_meta`` load sqlite-utils on first use (PEP 562), so a worker process that only
needs :mod:`factcheck.store.ids` does not import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.store.db import connect, get_meta, set_meta

__all__ = ["connect", "get_meta", "set_meta"]


def __getattr__(name: str) -> Any:
    """Import factcheck.store.db when one of its names is first asked for."""
    if name in __all__:
        from factcheck.store import db

        value = getattr(db, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
