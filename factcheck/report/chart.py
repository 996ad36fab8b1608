"""An inline SVG bar chart of verdicts per source: no script, no external file, prints as vectors."""

from __future__ import annotations

from html import escape

from factcheck.report import fmt
from factcheck.report.model import VERDICT_ORDER, SourceSummary, source_label
from factcheck.report.style import VERDICT_COLOURS

WIDTH = 720
LABEL_WIDTH = 250
ROW = 26
BAR = 18
MAX_ROWS = 40
"""More sources than this: the chart shows those with the most statements and says how many it left out."""


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


REPEATS = "repeats"
REPEATS_COLOUR = "#cfd8dc"


def _total(source: SourceSummary) -> int:
    return sum(source.verdicts.values()) + source.repeats


def _label(key: str) -> str:
    return "repeats of reviewed statements" if key == REPEATS else fmt.verdict_label(key)


def verdict_chart(sources: tuple[SourceSummary, ...]) -> str:
    """Stacked horizontal bars, one per source, a segment per verdict and one for repeats; "" when nothing to show."""
    rows = [s for s in sources if _total(s)]
    if not rows:
        return ""
    if len(rows) > MAX_ROWS:
        ranked = sorted(rows, key=lambda s: (-_total(s), s.article))
        keep = {s.article for s in ranked[:MAX_ROWS]}
        rows = [s for s in rows if s.article in keep]
    largest = max(_total(s) for s in rows)
    span = WIDTH - LABEL_WIDTH - 40
    height = ROW * len(rows) + 8
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-label="Verdicts per source">']
    for index, source in enumerate(rows):
        y = 4 + index * ROW
        label = escape(_short(source_label(source.article, source.outlet)))
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR - 4}" text-anchor="end" font-size="13" '
                     f'fill="#1d1d1f">{label}</text>')
        x = float(LABEL_WIDTH)
        total = 0
        for verdict in (*VERDICT_ORDER, REPEATS):
            count = source.repeats if verdict == REPEATS else source.verdicts.get(verdict, 0)
            if not count:
                continue
            width = span * count / largest
            title = escape(f"{source.article}: {count} {_label(verdict).lower()}")
            parts.append(f'<rect x="{_num(x)}" y="{y}" width="{_num(width)}" height="{BAR}" '
                         f'fill="{VERDICT_COLOURS.get(verdict, REPEATS_COLOUR)}"><title>{title}</title></rect>')
            if width >= 16:
                ink = "#37474f" if verdict == REPEATS else "#fff"
                parts.append(f'<text x="{_num(x + width / 2)}" y="{y + BAR - 5}" text-anchor="middle" '
                             f'font-size="12" fill="{ink}">{count}</text>')
            x += width
            total += count
        parts.append(f'<text x="{_num(x + 6)}" y="{y + BAR - 4}" font-size="12" fill="#5f6368">{total}</text>')
    parts.append("</svg>")
    return "".join(parts)


def legend(present: set[str]) -> str:
    """The colour legend for the verdicts (and "repeats") that appear."""
    items = [f'<span style="--c:{VERDICT_COLOURS.get(v, REPEATS_COLOUR)}">{escape(_label(v).capitalize())}</span>'
             for v in (*VERDICT_ORDER, REPEATS) if v in present]
    return f'<div class="legend">{"".join(items)}</div>' if items else ""
