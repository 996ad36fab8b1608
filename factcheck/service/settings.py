"""Settings kept in claims.db itself (the `meta` table): who publishes the fact checks, and where."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from factcheck.service.common import FactcheckError
from factcheck.store import get_meta, set_meta

PUBLISHER_NAME = "publisher_name"
PUBLISHER_URL = "publisher_url"


@dataclass(frozen=True)
class Publisher:
    """The organisation that publishes the reviews, and the page (base URL) where they appear."""

    name: str | None = None
    url: str | None = None


def publisher(db: Database) -> Publisher:
    """The publisher stored in the database (both fields None until set)."""
    return Publisher(get_meta(db, PUBLISHER_NAME) or None, get_meta(db, PUBLISHER_URL) or None)


def set_publisher(db: Database, *, name: str | None = None, url: str | None = None) -> Publisher:
    """Store the publisher's name and/or base URL (given fields only; "" clears one); returns what is stored."""
    if url and not url.strip().lower().startswith(("https://", "http://")):
        raise FactcheckError(f"{url!r} is not an http(s) URL; give the page where the fact checks are published")
    with db.conn:
        if name is not None:
            set_meta(db, PUBLISHER_NAME, " ".join(name.split()))
        if url is not None:
            set_meta(db, PUBLISHER_URL, url.strip())
    return publisher(db)
