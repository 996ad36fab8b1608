"""What every part of the service shares: opening the database, errors, progress, the reviewer."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Callable

from sqlite_utils import Database

from factcheck.store import connect
from factcheck.store.db import ReadOnlyError, StoreError

Progress = Callable[[str, int, int], None]
"""A progress callback: (stage, done, total)."""


class FactcheckError(Exception):
    """A problem a person can act on (bad id, unknown verdict, unreadable database)."""


def no_progress(stage: str, done: int, total: int) -> None:
    return None


def open_db(path: str | Path | None = "claims.db", *, memory: bool = False) -> Database:
    """Open claims.db (created on first use) with the schema up to date."""
    try:
        return connect(path, memory=memory)
    except StoreError as error:
        raise FactcheckError(str(error)) from error


def is_read_only(db: Database) -> bool:
    """True when the database was opened for reading only (file or folder not writable)."""
    return bool(getattr(db, "read_only", False))


def require_writable(db: Database) -> None:
    """Raise FactcheckError with a clear line when the database may not be written."""
    check = getattr(db, "require_writable", None)
    if check is None:
        return
    try:
        check()
    except ReadOnlyError as error:
        raise FactcheckError(str(error)) from error


def default_reviewer() -> str:
    """The reviewer's name from FACTCHECK_REVIEWER, else the login name."""
    name = os.environ.get("FACTCHECK_REVIEWER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "reviewer"
