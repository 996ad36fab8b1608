"""Opening claims.db: WAL mode, migrations applied, one place for connection settings."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from factcheck.store.migrations import migrations


class StoreError(Exception):
    """The database file cannot be opened or is not a factcheck database."""


def connect(path: str | Path | None = None, *, memory: bool = False) -> Database:
    """Open (creating if needed) a claims database and bring its schema up to date."""
    try:
        if memory or path is None:
            db = Database(memory=True)
        else:
            path = Path(path)
            if path.exists() and path.is_dir():
                raise StoreError(f"{path} is a folder, not a database file")
            db = Database(path)
            db.enable_wal()
        db.execute("PRAGMA busy_timeout = 5000")
        migrations.apply(db)
    except StoreError:
        raise
    except Exception as error:  # sqlite3.DatabaseError and friends: not a database, locked, read-only
        raise StoreError(f"cannot open database {path}: {error}") from error
    return db


def get_meta(db: Database, key: str, default: str | None = None) -> str | None:
    """Read one setting stored in the database."""
    row = db.execute("select value from meta where key = ?", [key]).fetchone()
    return row[0] if row else default


def set_meta(db: Database, key: str, value: str) -> None:
    """Store one setting in the database."""
    db["meta"].upsert({"key": key, "value": value}, pk="key")
