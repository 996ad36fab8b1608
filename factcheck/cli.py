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
reviewer_option = click.option(
    "--reviewer", envvar="FACTCHECK_REVIEWER", help="Your name for the review history (default: login name)."
)


def _err(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def _database(db_path: str, *, must_exist: bool = True) -> Iterator:
    from factcheck import service

    if must_exist and not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist yet; run `factcheck extract` first")
    try:
        db = service.open_db(db_path)
    except service.FactcheckError as error:
        raise click.ClickException(str(error)) from error
    if service.is_read_only(db):
        _err(f"note: {db_path} is read-only (file or folder not writable); opened for reading only")
    try:
        yield db
    except service.FactcheckError as error:
        raise click.ClickException(str(error)) from error
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

    labels = {"extract": "Extracting", "embed": "Embedding", "group": "Grouping", "conflicts": "Conflicts"}
    with Progress(TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=False) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(labels.get(stage, stage), total=max(total, 1))
            bar.update(tasks[stage], completed=done, total=max(total, 1))

        yield update


def _emit(records: Iterable[dict], as_json: bool, columns: list[tuple[str, str, int | None]],
          title: str) -> None:
    """Print records as JSON Lines or as a readable table."""
    if as_json:
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, expand=True)
    for header, _, width in columns:
        table.add_column(header, overflow="fold", max_width=width)
    rows = 0
    for record in records:
        table.add_row(*[_cell(record, key) for _, key, _ in columns])
        rows += 1
    console = Console(soft_wrap=False)
    if rows:
        console.print(table)
    else:
        _err(f"no {title.lower()} found")


def _cell(record: dict, key: str) -> str:
    value = record.get(key)
    if not isinstance(value, list):
        return "" if value is None else str(value)
    if key == "values":
        return "; ".join(f"{v['type']}: {v['text']}" for v in value or [])
    if key == "members":
        return "\n".join(f"{m['article']}: {m['text']}" for m in value or [])
    if key == "claims":
        return "\n".join(f"{s['article']}: {s.get('value', {}).get('text', s['text'])}" for s in value or [])
    return ", ".join(str(v) for v in value)


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
    for problem in summary.problems:
        _err(f"skipped: {problem}")
    for note in summary.notes:
        _err(f"note: {note}")
    if as_json:
        click.echo(json.dumps(summary.__dict__, ensure_ascii=False))
    else:
        line = (f"{summary.files} files: {summary.extracted} extracted, {summary.unchanged} unchanged; "
                f"{summary.articles} articles, {summary.quotes} quotes, {summary.claims} claims")
        if summary.groups is not None:
            line += f"; {summary.groups} groups, {summary.conflicts} conflicts"
        _err(line + f" -> {db_path}")
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
    _err(f"{groups} groups, {conflicts} conflicts")


@main.command()
@db_option
@json_option
@click.option("--article", help="Only this article (file name or its prefix, e.g. 000).")
def articles(db_path: str, as_json: bool, article: str | None) -> None:
    """List articles with title, outlet, publication date (and where it came from), language and counts."""
    from factcheck import service

    with _database(db_path) as db:
        records = service.list_articles(db, _filters(article=article))
        _emit(records, as_json, [("article", "name", 28), ("title", "title", 50), ("outlet", "outlet", 14),
                                 ("published", "published", 10), ("from", "published_source", 6),
                                 ("lang", "language", 4), ("quotes", "quotes", 6), ("claims", "claims", 6)],
              "Articles")


@main.command()
@db_option
@json_option
@click.option("--article", help="Only this article (file name or its prefix, e.g. 000).")
@click.option("--speaker", help="Only quotes whose speaker or speaker mention contains this text.")
@verdict_filter
@click.option("--search", help="Only quotes containing this text.")
@click.option("--limit", type=int, help="At most this many records.")
def quotes(db_path: str, as_json: bool, article: str | None, speaker: str | None, verdict: str | None,
           search: str | None, limit: int | None) -> None:
    """List quotes (direct, partial, indirect) with speaker, cue and review."""
    from factcheck import service

    with _database(db_path) as db:
        records = service.list_quotes(db, _filters(article, speaker, verdict, search, limit=limit))
        _emit(records, as_json, [("id", "id", 13), ("article", "article", 12), ("type", "type", 8),
                                 ("speaker", "speaker", 18), ("mention", "speaker_mention", 18),
                                 ("cue", "cue", 12), ("quote", "text", 70), ("verdict", "verdict", 12)], "Quotes")


@main.command()
@db_option
@json_option
@click.option("--article", help="Only this article (file name or its prefix, e.g. 000).")
@verdict_filter
@click.option("--search", help="Only claims containing this text.")
@click.option("--conflicts", "conflicts_only", is_flag=True, help="Only claims involved in a conflict.")
@click.option("--limit", type=int, help="At most this many records.")
def claims(db_path: str, as_json: bool, article: str | None, verdict: str | None, search: str | None,
           conflicts_only: bool, limit: int | None) -> None:
    """List checkable claims with their typed values (dates, durations, numbers, places, people)."""
    from factcheck import service

    with _database(db_path) as db:
        records = service.list_claims(db, _filters(article, None, verdict, search, conflicts_only, limit))
        _emit(records, as_json, [("id", "id", 13), ("article", "article", 12), ("claim", "text", 70),
                                 ("values", "values", 40), ("verdict", "verdict", 12)], "Claims")


@main.command()
@db_option
@json_option
@click.option("--kind", type=click.Choice(["quote", "claim"]), help="Only groups of quotes or of claims.")
def groups(db_path: str, as_json: bool, kind: str | None) -> None:
    """List groups of matching statements across articles."""
    from factcheck import service

    with _database(db_path) as db:
        _emit(service.list_groups(db, kind=kind), as_json,
              [("id", "id", 13), ("kind", "kind", 6), ("members", "members", 100)], "Groups")


@main.command()
@db_option
@json_option
@click.option("--type", "conflict_type",
              type=click.Choice(["duration", "date", "number", "place", "quote_wording", "speaker"]),
              help="Only conflicts of this type.")
def conflicts(db_path: str, as_json: bool, conflict_type: str | None) -> None:
    """List contradictions between sources, each with both sides and an explanation."""
    from factcheck import service

    with _database(db_path) as db:
        _emit(service.list_conflicts(db, type=conflict_type), as_json,
              [("id", "id", 13), ("type", "type", 13), ("explanation", "explanation", 80),
               ("sides", "claims", 50), ("resolution", "verdict", 14)], "Conflicts")


@main.command()
@db_option
@json_option
@click.option("--story", help="Only this story (an id from the table's heading or `facts --json`).")
@click.option("--disagreeing", is_flag=True, help="Only facts whose outlets disagree.")
def facts(db_path: str, as_json: bool, story: str | None, disagreeing: bool) -> None:
    """The facts of each story: rows = facts, columns = outlets, disagreeing values marked."""
    from factcheck import service

    with _database(db_path) as db:
        if as_json:
            for record in service.list_facts(db, story=story, disagreeing=disagreeing):
                click.echo(json.dumps(record, ensure_ascii=False, default=str))
            return
        tables = service.facts_tables(db, story=story, disagreeing=disagreeing)
    from factcheck.facts_view import print_tables

    print_tables(tables)


@main.command()
@click.argument("item_id")
@db_option
def show(item_id: str, db_path: str) -> None:
    """Show one quote, claim or conflict with its group, conflicts and review history as JSON."""
    from factcheck import service

    with _database(db_path) as db:
        record = service.item_detail(db, item_id)
        record["history"] = service.history(db, item_id)
    click.echo(json.dumps(record, ensure_ascii=False, indent=2, default=str))


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

    with _database(db_path) as db:
        saved = service.set_verdict(db, item_id, None if verdict == "clear" else verdict, note=note,
                                    evidence=evidence, reviewer=reviewer, apply_to_group=apply_to_group)
    for review in saved:
        if as_json:
            click.echo(json.dumps(review.__dict__, ensure_ascii=False))
        else:
            _err(f"{review.item_id}: {review.verdict or 'cleared'} ({review.reviewer}, {review.updated})")


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
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many entries.")
def history(item_id: str | None, db_path: str, as_json: bool, limit: int) -> None:
    """Show the append-only review history (newest first), for one item or all."""
    from factcheck import service

    with _database(db_path) as db:
        rows = service.history(db, item_id, limit=limit)
    for row in rows:
        row["verdict"] = row["after"].get("verdict")
    _emit(rows, as_json, [("when", "at", 25), ("who", "reviewer", 12), ("action", "action", 6),
                          ("item", "item_id", 13), ("verdict", "verdict", 12)], "History")


@main.command()
@db_option
@json_option
@click.option("--orphaned", is_flag=True, help="Only reviews whose statement vanished after a re-extraction.")
def reviews(db_path: str, as_json: bool, orphaned: bool) -> None:
    """List every current review with its text; reviews of statements that vanished are kept and marked."""
    from factcheck import service

    with _database(db_path) as db:
        _emit(service.list_reviews(db, orphaned_only=orphaned), as_json,
              [("id", "id", 14), ("kind", "kind", 8), ("verdict", "verdict", 14), ("note", "note", 30),
               ("who", "reviewer", 10), ("orphaned", "orphaned", 8), ("text", "text", 60)], "Reviews")


@main.command()
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@db_option
@reviewer_option
def review(corpus: Path | None, db_path: str, reviewer: str | None) -> None:
    """Open the review desk (terminal UI); extracts CORPUS (default: corpus/) first if the database is new."""
    from factcheck.tui.app import run

    corpus = corpus or Path(DEFAULT_CORPUS)
    run(Path(db_path), reviewer=reviewer, corpus=corpus if corpus.exists() else None)


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
def export(db_path: str, fmt: str, output: Path | None, verdicts: tuple[str, ...], include_all: bool) -> None:
    """Export the verified-claims report: Markdown, HTML, JSON, CSV or schema.org ClaimReview."""
    from factcheck.report import write_report

    with _database(db_path) as db:
        if output:
            write_report(db, fmt, output, verdicts=verdicts or None, include_all=include_all)
            _err(f"wrote {output}")
        else:
            write_report(db, fmt, sys.stdout, verdicts=verdicts or None, include_all=include_all)


if __name__ == "__main__":
    main()
