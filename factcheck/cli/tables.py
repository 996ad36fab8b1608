"""Listings that fit the terminal: a few columns per command, the text taking the rest of the width.

On a terminal a table is drawn with Rich (header rule, no box, words wrapped in the text column); piped, the
same columns are printed as plain aligned text, one record per line, the text column last and never cut, so
`grep` and `cut` work. Every cell goes through :func:`factcheck.display.printable` and reaches Rich as
``Text``, never as markup.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, TextIO

from factcheck.display import printable

SHORT_ID = 8
"""Characters of an id shown in listings (more when needed to tell two ids apart); commands take prefixes."""


@dataclass(frozen=True)
class Column:
    """One column of a listing: a header, how to get the cell from a record, and how wide it may get."""

    header: str
    cell: Callable[[dict], object]
    width: int = 0
    """Most characters shown (cut with …); 0 marks the text column that takes the rest of the line."""
    wide_only: bool = False
    """Shown only with --wide."""
    justify: str = "left"
    full: Callable[[dict], object] | None = None
    """The cell with --wide, when it differs (full ids instead of short ones)."""

    @property
    def flexible(self) -> bool:
        return self.width == 0


def short_ids(ids: Iterable[str], *, minimum: int = SHORT_ID) -> Callable[[str], str]:
    """A function giving each id its shortest prefix (at least `minimum` long) that no other listed id shares."""
    ids = sorted(set(ids))
    length = minimum
    for before, after in zip(ids, ids[1:]):
        common = 0
        while common < min(len(before), len(after)) and before[common] == after[common]:
            common += 1
        length = max(length, common + 1)
    return lambda item_id: (item_id or "")[:length]


def terminal_width() -> int:
    """Columns of the terminal ($COLUMNS wins, as for Rich), 80 when unknown."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return shutil.get_terminal_size((80, 24)).columns


def _is_terminal(out: TextIO) -> bool:
    """Draw a table on a terminal; TTY_COMPATIBLE=1 or 0 (as for Rich) forces it on or off."""
    forced = os.environ.get("TTY_COMPATIBLE")
    if forced in ("0", "1"):
        return forced == "1"
    return out.isatty()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def render(records: Iterable[dict], columns: list[Column], *, noun: str, wide: bool = False,
           out: TextIO | None = None, terminal: bool | None = None) -> int:
    """Print `records` as a table (terminal) or aligned plain text (piped); returns how many were printed."""
    out = out or sys.stdout
    shown = [c for c in columns if wide or not c.wide_only]
    rows = [[printable((c.full if wide and c.full else c.cell)(r)) for c in shown] for r in records]
    if not rows:
        print(f"no {noun} found", file=sys.stderr)
        return 0
    if terminal is None:
        terminal = _is_terminal(out)
    if terminal:
        _rich_table(rows, shown, out, wide=wide)
    else:
        _plain(rows, shown, out, wide=wide)
    return len(rows)


def _rich_table(rows: list[list[str]], columns: list[Column], out: TextIO, *, wide: bool) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0),
                  header_style="bold")
    for column in columns:
        if column.flexible:
            table.add_column(column.header, ratio=1, overflow="fold", min_width=20)
        else:
            table.add_column(column.header, no_wrap=not wide, overflow="ellipsis",
                             max_width=None if wide else column.width, justify=column.justify)
    for row in rows:
        table.add_row(*[Text(cell) for cell in row])
    Console(file=out, width=terminal_width(), highlight=False, markup=False, emoji=False).print(table)


def _plain(rows: list[list[str]], columns: list[Column], out: TextIO, *, wide: bool) -> None:
    order = [i for i, c in enumerate(columns) if not c.flexible] + [i for i, c in enumerate(columns) if c.flexible]
    cells = [[_cut(row[i], columns[i].width) if not (wide or columns[i].flexible) else row[i] for i in order]
             for row in rows]
    headers = [columns[i].header for i in order]
    widths = [max(len(headers[j]), *(len(r[j]) for r in cells)) for j in range(len(order))]

    def line(values: list[str]) -> str:
        parts = []
        for j, value in enumerate(values):
            last = j == len(values) - 1
            right = columns[order[j]].justify == "right"
            parts.append(value if last else value.rjust(widths[j]) if right else value.ljust(widths[j]))
        return "  ".join(parts).rstrip()

    print(line(headers), file=out)
    for row in cells:
        print(line(row), file=out)
