"""Commands that publish what the reviewers decided: `export` (reports, ClaimReview) and `browse` (Datasette)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from factcheck.cli.commands import _database, _err, db_option, main


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json", "csv", "claimreview"]), default="md",
              show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@click.option("--verdict", "verdicts", multiple=True,
              type=click.Choice(["verified", "false", "misleading", "unverifiable"]),
              help="Only statements with this verdict (repeatable).")
@click.option("--all", "include_all", is_flag=True, help="Include unreviewed statements too.")
@click.option("--publisher", help="The organisation publishing the fact checks (ClaimReview author); stored in the "
              "database for later exports.")
@click.option("--url", "publisher_url", help="The page where the fact checks are published (each ClaimReview's url "
              "is URL#statement-ID); stored in the database for later exports.")
def export(db_path: str, fmt: str, output: Path | None, verdicts: tuple[str, ...], include_all: bool,
           publisher: str | None, publisher_url: str | None) -> None:
    """Export the verified-claims report: Markdown, HTML, JSON, CSV or schema.org ClaimReview."""
    from factcheck import service
    from factcheck.display import printable
    from factcheck.report import write_report

    with _database(db_path) as db:
        if publisher is not None or publisher_url is not None:
            service.set_publisher(db, name=publisher, url=publisher_url)
        if fmt == "claimreview":
            stored = service.publisher(db)
            if not stored.name:
                _err("warning: no publisher set: the ClaimReview items have no author and no url, which fact-check "
                     f"tools require; give --publisher NAME --url BASE once (stored in {printable(db_path)})")
            elif not stored.url:
                _err("warning: no publisher URL set: the ClaimReview items have no url, which fact-check tools "
                     f"require; give --url BASE once (stored in {printable(db_path)})")
        if output:
            write_report(db, fmt, output, verdicts=verdicts or None, include_all=include_all)
            _err(f"wrote {printable(output)}")
        else:
            write_report(db, fmt, sys.stdout, verdicts=verdicts or None, include_all=include_all)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open a web browser on it.")
def browse(db_path: str, host: str, port: int, open_browser: bool) -> None:
    """Explore claims.db in Datasette: tables described, facets, labels and canned queries (needs factcheck[browse])."""
    import importlib.util
    import tempfile

    from factcheck.display import printable
    from factcheck.report.datasette import metadata

    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist yet; run `factcheck extract` first")
    if importlib.util.find_spec("datasette") is None:
        raise click.ClickException("Datasette is not installed; install it with: pip install 'factcheck[browse]'")
    with _database(db_path):
        pass  # creates nothing, but migrates an older database and refuses a broken one before serving it
    from datasette.cli import cli as datasette

    with tempfile.TemporaryDirectory() as folder:
        meta = Path(folder) / "metadata.json"
        meta.write_text(json.dumps(metadata(Path(db_path).stem), ensure_ascii=False), encoding="utf-8")
        args = ["serve", db_path, "--metadata", str(meta), "--host", host, "--port", str(port)]
        _err(f"serving {printable(db_path)} on http://{host}:{port}/ (Ctrl+C stops)")
        datasette.main(args=args + (["--open"] if open_browser else []), prog_name="factcheck browse",
                       standalone_mode=False)
