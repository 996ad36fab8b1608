"""The `factcheck` command line: `commands` parses and calls the service, `tables` and `views` print."""

from __future__ import annotations

from factcheck.cli.commands import DEFAULT_DB, EXIT_SKIPPED, main

__all__ = ["DEFAULT_DB", "EXIT_SKIPPED", "main"]
