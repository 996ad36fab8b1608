"""Opening claims.db: WAL, busy timeout, immediate write transactions with retries, schema version checks."""

from __future__ import annotations

import contextlib
import os
import random
import re
import sqlite3
import time
from pathlib import Path
from typing import Callable, Generator, TypeVar
from urllib.parse import quote

from sqlite_utils import Database

from factcheck.store.migrations import migrations

BUSY_TIMEOUT_MS = 30_000
"""How long SQLite itself waits for another process's write lock before reporting SQLITE_BUSY."""
BUSY_RETRIES = 8
"""After SQLite's own wait, how many more times a write transaction is retried (with growing pauses)."""
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
T = TypeVar("T")


class StoreError(Exception):
    """The database file cannot be opened or is not a factcheck database."""


class ReadOnlyError(StoreError):
    """A write was attempted on a database opened read-only."""


def is_busy(error: BaseException) -> bool:
    """True for SQLite's "database is locked/busy" (another connection holds the write lock)."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _BUSY_CODES
    message = str(error).lower()
    return "locked" in message or "busy" in message


def retry_busy(action: Callable[[], T], *, retries: int = BUSY_RETRIES) -> T:
    """Run `action`, retrying with exponential backoff (and jitter) while the database is busy."""
    for attempt in range(retries + 1):
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not is_busy(error) or attempt == retries:
                raise
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


class FactcheckDatabase(Database):
    """A sqlite-utils Database whose write transactions start with BEGIN IMMEDIATE and survive busy peers."""

    read_only: bool = False
    path: Path | None = None

    def require_writable(self) -> None:
        """Raise ReadOnlyError when this connection may not write."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is read-only (no write permission on the file or its folder); "
                                "it was opened for reading only and nothing was written")

    @contextlib.contextmanager
    def atomic(self) -> Generator["FactcheckDatabase", None, None]:
        """A write transaction (nested blocks use savepoints): the write lock is taken at BEGIN, never later.

        Taking the lock first (BEGIN IMMEDIATE) means a transaction that read something never has to upgrade
        to a writer while another process commits, the case in which SQLite fails at once instead of waiting.
        """
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.require_writable()
        retry_busy(lambda: self.conn.execute("BEGIN IMMEDIATE"))
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            retry_busy(lambda: self.conn.execute("COMMIT"))
        except BaseException:
            self.rollback()
            raise


def known_migrations() -> list[str]:
    """Names of the migrations this code knows, in order."""
    return [m.name for m in migrations._migrations]  # sqlite-utils keeps the registry private


def _schema_number(name: str) -> int | None:
    found = re.match(r"m(\d+)_", name)
    return int(found.group(1)) if found else None


def _describe(name: str | None) -> str:
    if name is None:
        return "empty"
    number = _schema_number(name)
    return f"{number} ({name})" if number is not None else name


def check_schema(db: Database, path: object) -> list[str]:
    """Refuse a database with migrations this code does not know; return the pending ones (read-only check)."""
    applied = [m.name for m in migrations.applied(db)]
    known = known_migrations()
    unknown = [name for name in applied if name not in known]
    if unknown:
        newest = max(unknown, key=lambda n: (_schema_number(n) or 0, n))
        raise StoreError(
            f"{path} has schema version {_describe(newest)}, newer than this factcheck knows "
            f"(up to {_describe(known[-1] if known else None)}); use a newer factcheck. The database was left untouched."
        )
    return [name for name in known if name not in applied]


def _writable(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists():
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)
    return os.access(folder, os.W_OK | os.X_OK)


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; `immutable` when SQLite cannot even create the WAL index beside the file."""
    uri = "file:" + quote(str(path.resolve()))
    last: Exception | None = None
    for flags in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = sqlite3.connect(uri + flags, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as error:
            last = error
            conn.close()
    assert last is not None
    raise last


def connect(path: str | Path | None = None, *, memory: bool = False) -> FactcheckDatabase:
    """Open (creating if needed) a claims database and bring its schema up to date.

    A database written by a newer factcheck is refused before anything is written; one that may not be written
    (file or folder read-only) is opened read-only (``db.read_only``), and writes raise ReadOnlyError.
    """
    conn: sqlite3.Connection | None = None
    try:
        if memory or path is None:
            db = FactcheckDatabase(memory=True)
            migrations.apply(db)
            return db
        path = Path(path)
        if path.exists() and path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        writable = _writable(path)
        if not writable and not path.exists():
            folder = path.parent if str(path.parent) else Path(".")
            why = "does not exist" if not folder.is_dir() else "is not writable"
            raise StoreError(f"cannot create database {path}: its folder {why}")
        if writable:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            conn.isolation_level = "IMMEDIATE"  # the driver's implicit transactions take the write lock at once
        else:
            conn = _open_read_only(path)
        db = FactcheckDatabase(conn)
        db.path, db.read_only = path, not writable
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        pending = retry_busy(lambda: check_schema(db, path))
        if db.read_only:
            if pending and migrations.applied(db):
                raise StoreError(f"{path} is read-only and needs an upgrade this factcheck cannot write "
                                 f"(missing {', '.join(pending)}); make it writable once or use the factcheck that wrote it")
            if pending:
                raise StoreError(f"{path} is read-only and not a factcheck database yet")
            return db
        retry_busy(db.enable_wal)
        if pending:
            _migrate(db, path)
    except StoreError:
        if conn is not None:
            conn.close()
        raise
    except Exception as error:  # sqlite3.DatabaseError and friends: not a database, locked
        if conn is not None:
            conn.close()
        raise StoreError(f"cannot open database {path}: {error}") from error
    return db


def _migrate(db: FactcheckDatabase, path: object) -> None:
    """Apply pending migrations in one write transaction: which ones are pending is read under the write lock, so
    another process creating or upgrading the same database at once waits for this one and then finds nothing
    to do (read first and applied after, two processes once both applied an idempotent migration and recorded it
    twice)."""
    with db.atomic():
        migrations.apply(db)


def get_meta(db: Database, key: str, default: str | None = None) -> str | None:
    """Read one setting stored in the database."""
    row = db.execute("select value from meta where key = ?", [key]).fetchone()
    return row[0] if row else default


def set_meta(db: Database, key: str, value: str) -> None:
    """Store one setting in the database."""
    db["meta"].upsert({"key": key, "value": value}, pk="key")
