"""The one error type ingest raises, naming the file and saying what to do."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A file (or a record in it) that cannot be read as an article, with a one-line reason."""

    def __init__(self, path: Path | str, message: str, *, record: int | None = None, line: int | None = None) -> None:
        self.path = Path(path)
        self.message = message
        self.record = record
        self.line = line
        place = ", ".join(part for part in (f"record {record}" if record is not None else "",
                                            f"line {line}" if line is not None else "") if part)
        where = f"{self.path}" + (f" ({place})" if place else "")
        super().__init__(f"{where}: {message}")


class IngestWarning(UserWarning):
    """A problem with part of a file (one bad jsonl line, a broken sidecar) that did not stop the rest."""
