"""The `factcheck` command line: `commands` and `publish` parse and call the service; `tables`, `listings` and
`views` print."""

from __future__ import annotations

from factcheck.cli import publish  # noqa: F401  (registers export and browse)
from factcheck.cli.commands import DEFAULT_DB, EXIT_SKIPPED, main

__all__ = ["DEFAULT_DB", "EXIT_SKIPPED", "main"]
