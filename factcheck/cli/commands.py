"""The `factcheck` command line: each command parses, calls the service, prints."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import click

from factcheck import __version__

DEFAULT_DB = "claims.db"
DEFAULT_CORPUS = "corpus"
EXIT_SKIPPED = 3
"""Exit status of `extract` when it finished but skipped some input (each named on stderr)."""

db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    envvar="FACTCHECK_DB", help="The claims database (created on first use).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one record per line.")
wide_option = click.option("--wide", is_flag=True, help="Every column, full ids and file names (default: a few that fit).")
reviewer_option = click.option(
    "--reviewer", envvar="FACTCHECK_REVIEWER", help="Your name for the review history (default: login name)."
)


def _err(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def _database(db_path: str, *, must_exist: bool = True) -> Iterator:
    from factcheck import service
    from factcheck.display import printable

    if must_exist and not Path(db_path).exists():
        raise click.ClickException(f"{printable(db_path)} does not exist yet; run `factcheck extract` first")
    try:
        db = service.open_db(db_path)
    except service.FactcheckError as error:
        raise click.ClickException(printable(str(error))) from error
    if service.is_read_only(db):
        _err(f"note: {printable(db_path)} is read-only (file or folder not writable); opened for reading only")
    try:
        yield db
    except service.FactcheckError as error:
        raise click.ClickException(printable(str(error))) from error
    finally:
        db.close()


@contextmanager
def _progress_reporter(enabled: bool) -> Iterator:
    """A progress callback: a rich progress bar on a terminal, silent when stderr is piped."""
    if not enabled or not sys.stderr.isatty():
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    labels = {"extract": "Extracting", "facts": "Facts", "embed": "Embedding", "group": "Grouping",
              "conflicts": "Conflicts"}
    with Progress(TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=False) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if total <= 0:  # nothing to do (every vector cached, no group): the stage is done, not at 0 of 1
                done = total = 1
            if stage not in tasks:
                tasks[stage] = bar.add_task(labels.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _emit(records: Iterable[dict], as_json: bool) -> bool:
    """Print records as JSON Lines when asked; False means the caller prints a table."""
    if not as_json:
        return False
    from factcheck.display import json_line

    for record in records:
        click.echo(json_line(json.dumps(record, ensure_ascii=False, default=str)))
    return True


def _table(records: list[dict], columns: list, noun: str, wide: bool) -> None:
    from factcheck.cli.tables import render

    render(records, columns, noun=noun, wide=wide)


def _outlets(db) -> dict[str, str | None]:
    from factcheck import service

    return {a["name"]: a["outlet"] for a in service.list_articles(db)}


def _filters(article: str | None = None, speaker: str | None = None, verdict: str | None = None,
             search: str | None = None, conflicts_only: bool = False, limit: int | None = None):
    from factcheck.store.queries import Filters

    return Filters(article=article, speaker=speaker, verdict=verdict, search=search,
                   conflicts_only=conflicts_only, limit=limit)


verdict_filter = click.option(
    "--verdict", type=click.Choice(["verified", "false", "misleading", "unverifiable", "unreviewed", "reviewed"]),
    help="Only items with this verdict (or unreviewed / reviewed).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Offline claim- and quote-checking desk for news articles (German and English).

    Extract quotes and claims from a folder of articles into claims.db, group matching statements across
    outlets, flag contradictions, review them in a terminal UI and export a verified-claims report.
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
@click.option("--published", help="Publication date (YYYY-MM-DD) for these files, overriding what is found.")
@click.option("--force", is_flag=True, help="Re-extract files even when unchanged.")
@click.option("--no-group", is_flag=True, help="Skip grouping and conflict detection.")
@click.option("--model", help="Sentence-transformers model (built-in alias, local path or installed name).")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as one JSON object.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes extracting files (default: the number of cores); this process writes.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on an existing Dask cluster (e.g. tcp://scheduler:8786); needs factcheck[dask].")
def extract(paths: tuple[Path, ...], db_path: str, published: str | None, force: bool, no_group: bool,
            model: str | None, as_json: bool, workers: int | None, dask_address: str | None) -> None:
    """Read files and folders (default: corpus/) into the database, then group and flag conflicts.

    Supported: .txt .html .htm .md .json .jsonl. Unchanged files are skipped. Problems are printed to stderr
    one line per file and the run goes on; the exit status is 3 when anything was skipped.
    """
    from factcheck import service
    from factcheck.cli import views
    from factcheck.display import printable

    if published:
        _check_date(published)
    targets = list(paths) or [Path(DEFAULT_CORPUS)]
    for target in targets:
        if not target.exists():
            raise click.ClickException(f"{target} does not exist")
    if workers is None:
        from factcheck.service.workers import default_workers

        workers = default_workers()
    with _database(db_path, must_exist=False) as db, _progress_reporter(True) as progress:
        summary = service.extract(db, targets, published=published, force=force, group=not no_group,
                                  model=model, progress=progress, workers=workers, dask=dask_address)
        totals = service.counts(db)
    for problem in summary.problems:
        _err(f"skipped: {printable(problem)}")
    for note in summary.notes:
        _err(f"note: {printable(note)}")
    if as_json:
        _emit([summary.__dict__], True)
    else:
        _err(f"{views.extract_line(summary, totals)} -> {printable(db_path)}")
    if summary.problems:
        sys.exit(EXIT_SKIPPED)


def _check_date(text: str) -> None:
    import re

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise click.BadParameter(f"{text!r} is not a date like 2019-04-25, 2019-04 or 2019", param_hint="--published")


@main.command()
@db_option
@click.option("--model", help="Sentence-transformers model (built-in alias, local path or installed name).")
def group(db_path: str, model: str | None) -> None:
    """Group matching quotes and claims across articles and flag the conflicts inside each group."""
    from factcheck import service

    with _database(db_path) as db, _progress_reporter(True) as progress:
        groups, conflicts = service.group_statements(db, model=model, progress=progress)
    from factcheck.cli.views import group_line

    _err(group_line(groups, conflicts))


@main.command()
@db_option
@json_option
@wide_option
@click.option("--article", help="Only this article (file name or its prefix, e.g. 000).")
def articles(db_path: str, as_json: bool, wide: bool, article: str | None) -> None:
    """List articles with outlet, publication date, counts and title (--wide: where the date came from, language, path)."""
    from factcheck import service
    from factcheck.cli import listings

    with _database(db_path) as db:
        records = service.list_articles(db, _filters(article=article))
    if not _emit(records, as_json):
        _table(records, listings.articles(records), "articles", wide)


@main.command()
@db_option
@json_option
@wide_option
@click.option("--article", help="Only this article (file name or its prefix, e.g. 000).")
@click.option("--speaker", help="Only quotes whose speaker or speaker mention contains this text.")
@verdict_filter
@click.option("--search", help="Only quotes containing this text.")
@click.option("--limit", type=int, help="At most this many records.")
def quotes(db_path: str, as_json: bool, wide: bool, article: str | None, speaker: str | None,
           verdict: str | None, search: str | None, limit: int | None) -> None:
    """List quotes (direct, partial, indirect): outlet, speaker, the words and the verdict (--wide: all fields)."""
    from factcheck import service
    from factcheck.cli import listings

    with _database(db_path) as db:
        records = service.list_quotes(db, _filters(article, speaker, verdict, search, limit=limit))
        if _emit(records, as_json):
            return
        records, outlets = list(records), _outlets(db)
    _table(records, listings.quotes(records, outlets), "quotes", wide)


@main.command()
@db_option
@json_option
@wide_option
@click.option("--article", help="Only this article (file name or its prefix, e.g. 000).")
@verdict_filter
@click.option("--search", help="Only claims containing this text.")
@click.option("--conflicts", "conflicts_only", is_flag=True, help="Only claims involved in a conflict.")
@click.option("--limit", type=int, help="At most this many records.")
def claims(db_path: str, as_json: bool, wide: bool, article: str | None, verdict: str | None,
           search: str | None, conflicts_only: bool, limit: int | None) -> None:
    """List checkable claims with their typed values (dates, durations, numbers, places, people)."""
    from factcheck import service
    from factcheck.cli import listings

    with _database(db_path) as db:
        records = service.list_claims(db, _filters(article, None, verdict, search, conflicts_only, limit))
        if _emit(records, as_json):
            return
        records, outlets = list(records), _outlets(db)
    _table(records, listings.claims(records, outlets), "claims", wide)


@main.command()
@db_option
@json_option
@wide_option
@click.option("--kind", type=click.Choice(["quote", "claim"]), help="Only groups of quotes or of claims.")
def groups(db_path: str, as_json: bool, wide: bool, kind: str | None) -> None:
    """List groups of matching statements across articles, one line per member."""
    from factcheck import service
    from factcheck.cli import listings

    with _database(db_path) as db:
        records = service.list_groups(db, kind=kind)
        if _emit(records, as_json):
            return
        records, outlets = list(records), _outlets(db)
    rows = listings.group_rows(records)
    _table(rows, listings.groups(rows, records, outlets), "groups", wide)


@main.command()
@db_option
@json_option
@wide_option
@click.option("--type", "conflict_type",
              type=click.Choice(["duration", "date", "number", "place", "quote_wording", "speaker"]),
              help="Only conflicts of this type.")
def conflicts(db_path: str, as_json: bool, wide: bool, conflict_type: str | None) -> None:
    """List contradictions between sources, each with both sides and an explanation."""
    from factcheck import service
    from factcheck.cli import listings

    with _database(db_path) as db:
        records = service.list_conflicts(db, type=conflict_type)
        if _emit(records, as_json):
            return
        records, outlets = list(records), _outlets(db)
    _table(records, listings.conflicts(records, outlets), "conflicts", wide)


@main.command()
@db_option
@json_option
@click.option("--story", help="Only this story (an id from the table's heading or `facts --json`).")
@click.option("--disagreeing", is_flag=True, help="Only facts whose outlets disagree.")
def facts(db_path: str, as_json: bool, story: str | None, disagreeing: bool) -> None:
    """The facts of each story: rows = facts, columns = outlets, disagreeing values marked."""
    from factcheck import service

    with _database(db_path) as db:
        if _emit(service.list_facts(db, story=story, disagreeing=disagreeing), as_json):
            return
        tables = service.facts_tables(db, story=story, disagreeing=disagreeing)
    from factcheck.facts_view import print_tables

    print_tables(tables)


@main.command()
@click.argument("item_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the item as one JSON object.")
def show(item_id: str, db_path: str, as_json: bool) -> None:
    """Show one quote, claim or conflict (id or its first characters): text, source, group, conflicts, history."""
    from factcheck import service

    with _database(db_path) as db:
        record = service.item_detail(db, item_id)
        record["history"] = service.history(db, record["id"])
        outlets = _outlets(db)
    if as_json:
        from factcheck.display import json_line

        click.echo(json_line(json.dumps(record, ensure_ascii=False, indent=2, default=str)))
        return
    from rich.console import Console

    from factcheck.cli import views
    from factcheck.cli.tables import terminal_width

    for value in record.get("values") or []:
        value["description"] = service.describe_value(value)
    width = terminal_width()
    Console(width=width, highlight=False, markup=False, emoji=False).print(views.show(record, outlets, width=width))


@main.command()
@click.argument("item_id")
@click.argument("verdict", type=click.Choice(
    ["verified", "false", "misleading", "unverifiable", "clear",
     "first_correct", "second_correct", "both_wrong", "not_a_conflict",
     *(f"value_{n}" for n in range(1, 10)), "none_right", "not_one_fact"]))
@db_option
@click.option("--note", help="A note to store with the verdict.")
@click.option("--evidence", help="An evidence link (URL) to store with the verdict.")
@reviewer_option
@click.option("--group", "apply_to_group", is_flag=True, help="Apply to every statement of the item's group.")
@json_option
def verdict(item_id: str, verdict: str, db_path: str, note: str | None, evidence: str | None,
            reviewer: str | None, apply_to_group: bool, as_json: bool) -> None:
    """Record a verdict on a quote or claim, a resolution on a conflict, or on a fact which value is right
    (value_1 = the figure most outlets give, value_2 the next, ...; none_right, unverifiable, not_one_fact);
    `clear` removes it."""
    from factcheck import service
    from factcheck.display import printable

    with _database(db_path) as db:
        saved = service.set_verdict(db, item_id, None if verdict == "clear" else verdict, note=note,
                                    evidence=evidence, reviewer=reviewer, apply_to_group=apply_to_group)
    if _emit([review.__dict__ for review in saved], as_json):
        return
    for review in saved:
        _err(printable(f"{review.item_id}: {review.verdict or 'cleared'} ({review.reviewer}, {review.updated})"))


@main.command()
@db_option
@reviewer_option
def undo(db_path: str, reviewer: str | None) -> None:
    """Undo your last review action (verdict, note or evidence)."""
    from factcheck import service

    with _database(db_path) as db:
        touched = service.undo(db, reviewer=reviewer)
    _err(f"undone: {', '.join(touched)}" if touched else "nothing to undo")


@main.command()
@db_option
@reviewer_option
def redo(db_path: str, reviewer: str | None) -> None:
    """Redo your last undone review action."""
    from factcheck import service

    with _database(db_path) as db:
        touched = service.redo(db, reviewer=reviewer)
    _err(f"redone: {', '.join(touched)}" if touched else "nothing to redo")


@main.command()
@click.argument("item_id", required=False)
@db_option
@json_option
@wide_option
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many entries.")
def history(item_id: str | None, db_path: str, as_json: bool, wide: bool, limit: int) -> None:
    """Show the append-only review history (newest first), for one item or all."""
    from factcheck import service

    with _database(db_path) as db:
        rows = service.history(db, item_id, limit=limit)
    for row in rows:
        row["verdict"] = row["after"].get("verdict")
    if not _emit(rows, as_json):
        from factcheck.cli import listings

        _table(rows, listings.history(rows), "history entries", wide)


@main.command()
@db_option
@json_option
@wide_option
@click.option("--orphaned", is_flag=True, help="Only reviews whose statement vanished after a re-extraction.")
def reviews(db_path: str, as_json: bool, wide: bool, orphaned: bool) -> None:
    """List every current review with its text; reviews of statements that vanished are kept and marked."""
    from factcheck import service

    with _database(db_path) as db:
        records = service.list_reviews(db, orphaned_only=orphaned)
        if _emit(records, as_json):
            return
        records, outlets = list(records), _outlets(db)
    from factcheck.cli import listings

    _table(records, listings.reviews(records, outlets), "reviews", wide)


@main.command()
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@db_option
@reviewer_option
def review(corpus: Path | None, db_path: str, reviewer: str | None) -> None:
    """Open the review desk (terminal UI); extracts CORPUS (default: corpus/) first if the database is new or its
    extraction of CORPUS was left half done."""
    from factcheck.tui.app import run

    corpus = corpus or Path(DEFAULT_CORPUS)
    run(Path(db_path), reviewer=reviewer, corpus=corpus if corpus.exists() else None)
