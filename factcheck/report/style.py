"""The HTML report's inline stylesheet (screen and print) and verdict colours, kept as data."""

from __future__ import annotations

VERDICT_COLOURS: dict[str, str] = {
    "false": "#c62828",
    "misleading": "#e65100",
    "unverifiable": "#546e7a",
    "verified": "#2e7d32",
    "unreviewed": "#9e9e9e",
}
RESOLUTION_COLOURS: dict[str, str] = {
    "first_correct": "#1565c0",
    "second_correct": "#1565c0",
    "both_wrong": "#c62828",
    "not_a_conflict": "#546e7a",
    "unreviewed": "#9e9e9e",
}

CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d7dadf; --paper: #ffffff;
  --wash: #f6f7f9; --conflict: #ffcdd2; --conflict-edge: #b71c1c; --value: #e3f2fd; --value-edge: #1565c0; }
* { box-sizing: border-box; }
html { background: var(--wash); }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem; color: var(--ink); background: var(--wash);
  font: 16px/1.5 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
p.lede { color: var(--muted); margin: 0 0 1rem; }
a { color: #0b57d0; overflow-wrap: anywhere; }
code, .id { font: .85em/1.3 "DejaVu Sans Mono", Menlo, Consolas, monospace; color: var(--muted); }
nav.toc { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .5rem 0 1rem; font-size: .95rem; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; margin: .5rem 0 1rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: .5rem .9rem;
  min-width: 8.5rem; border-top: 4px solid var(--c, #9e9e9e); }
.card .n { display: block; font-size: 1.6rem; font-weight: 700; }
.card .l { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; background: var(--paper); margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef0f3; }
td.date, time { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure.chart { margin: .5rem 0 1rem; background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: .75rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart figcaption { color: var(--muted); font-size: .9rem; margin-bottom: .4rem; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; font-size: .85rem; margin-top: .4rem; }
.legend span::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .3em;
  vertical-align: -.05em; background: var(--c); border-radius: 2px; }
article.item { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--c, #9e9e9e);
  border-radius: 8px; padding: .8rem 1rem; margin: 0 0 1rem; }
article.item > header { display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; }
article.item > header h3 { margin: 0; flex: 1 1 20rem; font-size: 1.05rem; }
.badge { display: inline-block; padding: .05rem .55rem; border-radius: 999px; color: #fff; font-size: .8rem;
  font-weight: 700; letter-spacing: .02em; background: var(--c, #9e9e9e); white-space: nowrap; }
.kind { font-size: .8rem; text-transform: uppercase; color: var(--muted); letter-spacing: .05em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .6rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ol.sources { margin: .3rem 0 0; padding-left: 1.4rem; }
ol.sources li { margin: 0 0 .6rem; }
.meta { font-size: .9rem; color: var(--muted); }
.meta strong { color: var(--ink); }
blockquote { margin: .25rem 0 0; padding: .35rem .7rem; border-left: 3px solid var(--line); background: #fafafa;
  overflow-wrap: anywhere; }
.stmt { font-weight: 600; }
mark { color: inherit; border-radius: 3px; padding: 0 .1em; }
mark.value { background: var(--value); box-shadow: inset 0 -2px 0 var(--value-edge); }
mark.conflict { background: var(--conflict); color: var(--conflict-edge); font-weight: 700;
  box-shadow: inset 0 -2px 0 var(--conflict-edge); }
.speaker { font-style: italic; color: #6a1b9a; }
.cue { text-decoration: underline dotted; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; margin: .6rem 0; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .7rem; }
.side.wrong { border-color: var(--conflict-edge); }
.side.right { border-color: #2e7d32; }
.side h4 { margin: 0 0 .3rem; font-size: .95rem; }
.diff del { background: #ffcdd2; text-decoration: line-through; }
.diff ins { background: #c8e6c9; text-decoration: none; font-weight: 700; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 42rem) { .sides { grid-template-columns: 1fr; } }
@media print {
  @page { margin: 14mm 12mm; }
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  article.item, figure.chart, .sides, tr { break-inside: avoid; page-break-inside: avoid; }
  article.item, .card, figure.chart { box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  a.labelled::after { content: " <" attr(href) ">"; font-size: 85%; color: var(--muted); }
  .badge, mark, .card, article.item, figure.chart svg, .diff del, .diff ins, .legend span::before {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
.scroll { overflow-x: auto; }
.facts-table { border-collapse: collapse; font-size: .9rem; margin-bottom: 1.5rem; }
.facts-table th, .facts-table td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top;
  text-align: left; }
.facts-table mark.differs { background: var(--conflict); color: var(--ink); font-weight: 600; }
.muted { color: var(--muted); font-weight: normal; }
"""
