"""claims.db: schema, migrations, writes and queries (sqlite-utils)."""

from __future__ import annotations

from factcheck.store.db import connect, get_meta, set_meta

__all__ = ["connect", "get_meta", "set_meta"]
