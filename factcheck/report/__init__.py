"""Report writers: what the reviewers decided, as Markdown, HTML, JSON, CSV or schema.org ClaimReview."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, TextIO

from sqlite_utils import Database

from factcheck.report.data import Report, ReportError, build_report, check_verdicts

FORMATS: tuple[str, ...] = ("md", "html", "json", "csv", "claimreview")
"""The export formats, as `factcheck export --format` names them."""
BOM = "\ufeff"


def _renderer(fmt: str) -> Callable[[Report], str]:
    if fmt == "md":
        from factcheck.report.markdown import render
    elif fmt == "html":
        from factcheck.report.html import render
    elif fmt == "json":
        from factcheck.report.jsonout import render
    elif fmt == "csv":
        from factcheck.report.csvout import render
    elif fmt == "claimreview":
        from factcheck.report.claimreview import render
    else:
        raise ReportError(f"unknown report format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return render


def render_report(db: Database, fmt: str, *, verdicts: Iterable[str] | None = None,
                  include_all: bool = False) -> str:
    """The report in one format as a string (same database, same string)."""
    render = _renderer(fmt)
    return render(build_report(db, verdicts=verdicts, include_all=include_all))


def write_report(db: Database, fmt: str, out: str | Path | TextIO | BinaryIO | None = None, *,
                 verdicts: Iterable[str] | None = None, include_all: bool = False) -> str:
    """Write the report in `fmt` to a path, a text or binary stream, or (out None) nowhere; returns the text.

    `verdicts` keeps statements with those verdicts ("reviewed" = any, "unreviewed" = none) and conflicts with
    those resolutions, plus every conflict touching a kept statement; `include_all` adds unreviewed statements.
    Text is UTF-8 with "\\n" line ends; CSV starts with a byte-order mark (so Excel reads the umlauts) and
    ends rows with "\\r\\n" (RFC 4180), on files and streams alike so that both give the same bytes.
    """
    text = render_report(db, fmt, verdicts=verdicts, include_all=include_all)
    if fmt == "csv":
        text = BOM + text
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    elif isinstance(out, (io.RawIOBase, io.BufferedIOBase)):
        out.write(text.encode("utf-8"))
    elif out is not None:
        out.write(text)
    return text


__all__ = ["FORMATS", "Report", "ReportError", "build_report", "check_verdicts", "render_report", "write_report"]
