"""The facts table in a terminal: per story, rows = facts, columns = outlets, disagreeing values marked.

Article text is shown as text (rich ``Text`` objects, never markup) with control characters made visible
(:func:`factcheck.display.printable`, the one sanitiser).
When the terminal is too narrow for one column per outlet, each row lists its values grouped instead.
"""

from __future__ import annotations

from typing import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.display import one_line
from factcheck.service import FactsTable
from factcheck.service.facts import fact_what

MARK = "≠"
OUTLET_WIDTH = 14
LEFT_WIDTH = 30


def _what(row: dict) -> Text:
    what = Text(one_line(fact_what(row)), style="bold")
    details = [d for d in (row["source"] and f"per {row['source']}",
                           row["modality"] != "reported" and row["modality"]) if d]
    if details:
        what.append("\n" + one_line(", ".join(details)), style="dim")
    return what


def print_tables(tables: Sequence[FactsTable], console: Console | None = None) -> None:
    """Print every story's facts table."""
    console = console or Console(highlight=False)
    if not tables:
        console.print(Text("No facts yet: run `factcheck extract` (facts are built when grouping)."))
        return
    for table in tables:
        heading = Text(f"Story {table.story}: ", style="bold")
        heading.append(one_line(table.label))
        if table.event:
            heading.append(f"  ({table.event})", style="dim")
        n = len(table.rows)
        heading.append(f"  {n} fact{'s' if n != 1 else ''}, {len(table.outlets)} outlets", style="dim")
        console.print(heading)
        if console.width >= LEFT_WIDTH + OUTLET_WIDTH * len(table.outlets):
            console.print(_grid(table, console.width))
        else:
            console.print(_compact(table))
        console.print()


def _grid(table: FactsTable, width: int) -> Table:
    grid = Table(show_lines=True, expand=False)
    grid.add_column("fact", max_width=LEFT_WIDTH, overflow="fold")
    # An outlet's name fits its column when the terminal has room ("india_en_xavier" is not cut into two lines
    # at 160 columns); each column takes at most an equal share of what the fact column leaves.
    share = max(OUTLET_WIDTH, (width - LEFT_WIDTH) // max(1, len(table.outlets)) - 3)
    for outlet in table.outlets:
        name = one_line(outlet)
        grid.add_column(Text(name), min_width=min(len(name), share), max_width=share, overflow="fold")
    for row, cells in zip(table.rows, table.cells):
        line = [_what(row)]
        for outlet in table.outlets:
            cell = Text()
            for k, (value, differs) in enumerate(cells.get(outlet, [])):
                if k:
                    cell.append("\n")
                cell.append((MARK + " " if differs else "") + one_line(value), style="bold red" if differs else "")
            line.append(cell)
        grid.add_row(*line)
    return grid


def _compact(table: FactsTable) -> Table:
    grid = Table(show_lines=True, expand=True)
    grid.add_column("fact", ratio=1, overflow="fold")
    grid.add_column("values by outlet", ratio=3, overflow="fold")
    for row, cells in zip(table.rows, table.cells):
        groups: dict[tuple[str, bool], list[str]] = {}
        for outlet, values in cells.items():
            for value, differs in values:
                groups.setdefault((one_line(value), differs), []).append(one_line(outlet))
        text = Text()
        for k, ((value, differs), outlets) in enumerate(sorted(groups.items(), key=lambda g: (g[0][1], -len(g[1])))):
            if k:
                text.append("\n")
            text.append((MARK + " " if differs else "") + value, style="bold red" if differs else "bold")
            text.append(" (" + ", ".join(dict.fromkeys(outlets)) + ")", style="dim")
        grid.add_row(_what(row), text)
    return grid
