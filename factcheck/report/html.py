"""The HTML report: one self-contained page (inline CSS and SVG, no script, no request) that also prints cleanly.

Everything taken from articles or reviewers is escaped, and a Content-Security-Policy that allows no script
and no fetch stands behind the escaping in case a writer ever forgets.
"""

from __future__ import annotations

from html import escape

from factcheck.display import plural
from factcheck.report import fmt
from factcheck.report.chart import MAX_ROWS, legend, verdict_chart
from factcheck.report.model import UNREVIEWED, ConflictEntry, Report, Source, Statement, source_label
from factcheck.report.style import CSS, RESOLUTION_COLOURS, VERDICT_COLOURS

TOP_DISAGREEMENTS = 10
"""Pairs of sources listed in the summary (the JSON export has them all)."""
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _anchor(prefix: str, item_id: str) -> str:
    return _e(fmt.anchor(prefix, item_id))


def _link(url: str | None, label: str | None = None) -> str:
    """An outbound link only for plain http(s) URLs; anything else is shown as text."""
    if not url:
        return ""
    if fmt.is_link(url):
        shown = label or url.strip()
        kind = "ext" if shown == url.strip() else "ext labelled"
        return (f'<a class="{kind}" href="{_e(url.strip())}" rel="noopener noreferrer nofollow">{_e(shown)}</a>')
    return _e(url)


def _badge(verdict: str | None) -> str:
    key = verdict or UNREVIEWED
    return f'<span class="badge" style="--c:{VERDICT_COLOURS.get(key, "#9e9e9e")}">{_e(fmt.verdict_label(key))}</span>'


def _sentence(source: Source, conflicting: set[str], language: str | None) -> str:
    out = []
    for piece, tags in fmt.segments(source, conflicting):
        html = _e(piece)
        if "conflict" in tags:
            html = f'<mark class="conflict" title="conflicting value">{html}</mark>'
        elif "value" in tags:
            html = f'<mark class="value">{html}</mark>'
        if "speaker" in tags:
            html = f'<span class="speaker">{html}</span>'
        if "cue" in tags:
            html = f'<span class="cue">{html}</span>'
        if "statement" in tags:
            html = f'<span class="stmt">{html}</span>'
        out.append(html)
    lang = f' lang="{_e(language)}"' if language else ""
    return f"<blockquote{lang}>{''.join(out)}</blockquote>"


def _source_meta(source: Source, *, show_verdict: bool, linked: frozenset[str] = frozenset()) -> str:
    parts = []
    if source.outlet:
        parts.append(f"<strong>{_e(source.outlet)}</strong>")
    if source.title:
        parts.append(f"<cite>{_e(source.title)}</cite>")
    if source.published:
        parts.append(f"<time>{_e(source.published)}</time>")
    if source.url:
        parts.append(_link(source.url, "link"))
    where = f"<code>{_e(source.article)}</code> chars {source.start}–{source.end}"
    shown = f"<code>{_e(source.item_id)}</code>"
    if source.item_id in linked:
        shown = f'<a href="#{_anchor("statement", source.item_id)}">{shown}</a>'
    extra = f" · {_badge(source.verdict)} {shown}" if show_verdict else ""
    return f'<div class="meta">{" · ".join(parts)}{" · " if parts else ""}{where}{extra}</div>'


def _summary(report: Report) -> str:
    cards = [f'<div class="card" style="--c:#1d1d1f"><span class="n">{report.totals["statements"]}</span>'
             f'<span class="l">statements</span></div>']
    for verdict, number in report.verdict_counts.items():
        cards.append(f'<div class="card" style="--c:{VERDICT_COLOURS.get(verdict, "#9e9e9e")}">'
                     f'<span class="n">{number}</span><span class="l">{_e(fmt.verdict_label(verdict))}</span></div>')
    cards.append(f'<div class="card" style="--c:#ffb300"><span class="n">{report.totals["conflicts"]}</span>'
                 f'<span class="l">conflicts ({report.totals["conflicts_resolved"]} resolved)</span></div>')
    out = ['<section id="summary"><h2>Summary</h2>', f'<div class="cards">{"".join(cards)}</div>']
    chart = verdict_chart(report.sources)
    if chart:
        shown = sum(1 for s in report.sources if sum(s.verdicts.values()) or s.repeats)
        present = set(report.verdict_counts) | ({"repeats"} if any(s.repeats for s in report.sources) else set())
        caption = "Verdicts per source" + (f" (the {MAX_ROWS} sources with most statements of {shown})"
                                           if shown > MAX_ROWS else "")
        out.append(f'<figure class="chart"><figcaption>{caption}</figcaption>{chart}'
                   f"{legend(present)}</figure>")
    if report.sources:
        out.append('<table class="sources"><thead><tr><th>Source</th><th>Title</th><th>Published</th>'
                   '<th class="num">Statements</th><th class="num" title="statements repeating a reviewed one from '
                   'another source, without a verdict of their own">Repeats</th><th class="num">Conflicts</th>'
                   '<th class="num">Judged wrong</th>'
                   "</tr></thead><tbody>")
        for s in report.sources:
            out.append(f"<tr><td>{_e(source_label(s.article, s.outlet))}</td><td>{_e(s.title)}</td>"
                       f"<td class=\"date\">{_e(s.published)}</td><td class=\"num\">{sum(s.verdicts.values())}</td>"
                       f'<td class="num">{s.repeats}</td>'
                       f'<td class="num">{s.conflicts}</td><td class="num">{s.conflicts_lost}</td></tr>')
        out.append("</tbody></table>")
    if report.disagreements:
        outlets = {s.article: s.outlet for s in report.sources}
        more = (f" (top {TOP_DISAGREEMENTS} of {len(report.disagreements)} pairs)"
                if len(report.disagreements) > TOP_DISAGREEMENTS else "")
        out.append(f"<h3>Sources that disagreed most{more}</h3><table><thead><tr><th>Sources</th>"
                   '<th class="num">Conflicts</th><th class="num">Resolved</th></tr></thead><tbody>')
        for d in report.disagreements[:TOP_DISAGREEMENTS]:
            out.append(f"<tr><td>{_e(source_label(d.first, outlets.get(d.first)))} vs "
                       f"{_e(source_label(d.second, outlets.get(d.second)))}</td><td class=\"num\">{d.conflicts}</td>"
                       f'<td class="num">{d.resolved}</td></tr>')
        out.append("</tbody></table>")
    out.append("</section>")
    return "".join(out)


def _meaning(value) -> str:
    described = fmt.describe_value(value)
    return "" if described == fmt.one_line(value.get("text")) else f" = {_e(described)}"


def _statement(s: Statement, report: Report, conflicting: dict[str, set[str]], linked: frozenset[str]) -> str:
    colour = VERDICT_COLOURS.get(s.verdict or UNREVIEWED, "#9e9e9e")
    facts = []
    speaker = fmt.speaker_line(s)
    if speaker:
        facts.append(("Speaker", _e(speaker)))
    if s.reviewers or s.reviewed_at:
        facts.append(("Reviewed", _e(fmt.reviewed_by(s.reviewers, s.reviewed_at))))
    if s.note:
        facts.append(("Note", _e(s.note)))
    if s.evidence:
        facts.append(("Evidence", _link(s.evidence)))
    if s.values:
        facts.append(("Values", "; ".join(f"{_e(v.get('type'))} <q>{_e(v.get('text'))}</q>{_meaning(v)}"
                                          for v in s.values)))
    if s.conflicts:
        known = {c.id: c for c in report.conflicts}
        links = []
        for cid in s.conflicts:
            conflict = known.get(cid)
            label = conflict.resolution_label if conflict else "not in this report"
            target = f'<a href="#{_anchor("conflict", cid)}">' if conflict else "<span>"
            links.append(f'{target}<code>{_e(cid)}</code></a> ({_e(label)})' if conflict
                         else f"{target}<code>{_e(cid)}</code></span> ({_e(label)})")
        facts.append(("Conflicts", ", ".join(links)))
    facts.append(("Id", f"<code>{_e(s.id)}</code>"))
    sources = []
    for source in s.sources:
        language = (report.articles.get(source.article) or {}).get("language")
        sources.append(f"<li>{_source_meta(source, show_verdict=not source.origin, linked=linked)}"
                       f"{_sentence(source, conflicting.get(source.item_id, set()), language)}</li>")
    kind = fmt.KIND_LABELS.get(s.kind, s.kind)
    return (f'<article class="item statement" id="{_anchor("statement", s.id)}" style="--c:{colour}">'
            f'<header><span class="kind">{_e(kind)}</span><h3>{_e(fmt.statement_headline(s, 100_000))}</h3>'
            f"{_badge(s.verdict)}"
            f'</header><dl class="facts">{"".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)}</dl>'
            f'<div class="meta">Sources ({len(s.sources)})</div><ol class="sources">{"".join(sources)}</ol></article>')


def _statements(report: Report, conflicting: dict[str, set[str]]) -> str:
    if not report.statements:
        return '<section id="statements"><h2>Statements</h2><p>No statements match this report.</p></section>'
    out = ['<section id="statements">']
    linked = frozenset(s.id for s in report.statements)
    current = None
    for s in report.statements:
        verdict = s.verdict or UNREVIEWED
        if verdict != current:
            current = verdict
            out.append(f'<h2 id="verdict-{_e(verdict)}">{_e(fmt.verdict_label(verdict))} '
                       f"({report.verdict_counts.get(verdict, 0)})</h2>")
        out.append(_statement(s, report, conflicting, linked))
    out.append("</section>")
    return "".join(out)


def _diff(conflict: ConflictEntry) -> str:
    tags = {"-": "del", "+": "ins"}
    parts = [f"<{tags[op]}>{_e(text)}</{tags[op]}>" if op in tags else _e(text) for op, text in conflict.diff]
    return f'<p class="diff">Wording: {" ".join(parts)}</p>'


def _conflict(c: ConflictEntry, report: Report, conflicting: dict[str, set[str]], linked: frozenset[str]) -> str:
    key = c.resolution or UNREVIEWED
    colour = RESOLUTION_COLOURS.get(key, "#9e9e9e")
    wrong = {"first_correct": {1}, "second_correct": {0}, "both_wrong": {0, 1}}.get(key, set())
    right = {"first_correct": {0}, "second_correct": {1}}.get(key, set())
    sides = []
    for index, (side, value) in enumerate(zip(c.sides, c.side_values)):
        state = " wrong" if index in wrong else " right" if index in right else ""
        language = (report.articles.get(side.article) or {}).get("language")
        shown = value.get("text") if not c.diff else None
        heading = f"{index + 1}. {_e(source_label(side.article, side.outlet))}" + (
            f": <q>{_e(shown)}</q>" if shown else "")
        meta = _source_meta(side, show_verdict=True, linked=linked)
        sides.append(f'<div class="side{state}"><h4>{heading}</h4>{meta}'
                     f"{_sentence(side, conflicting.get(side.item_id, set()), language)}</div>")
    facts = [("Resolution", f'<span class="badge" style="--c:{colour}">{_e(c.resolution_label)}</span>')]
    if c.reviewers or c.reviewed_at:
        facts.append(("Reviewed", _e(fmt.reviewed_by(c.reviewers, c.reviewed_at))))
    if c.note:
        facts.append(("Note", _e(c.note)))
    if c.evidence:
        facts.append(("Evidence", _link(c.evidence)))
    facts.append(("Id", f"<code>{_e(c.id)}</code> · group <code>{_e(c.group)}</code>"))
    return (f'<article class="item conflict" id="{_anchor("conflict", c.id)}" style="--c:{colour}">'
            f'<header><span class="kind">{_e(c.type.replace("_", " "))} conflict</span>'
            f"<h3>{_e(fmt.one_line(c.explanation))}</h3></header>"
            f'<div class="sides">{"".join(sides)}</div>{_diff(c) if c.diff else ""}'
            f'<dl class="facts">{"".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)}</dl></article>')


def _facts(report: Report) -> str:
    """Per story, the facts table: rows = facts, columns = outlets, disagreeing values marked."""
    if not report.facts:
        return ""
    parts = ['<section id="facts"><h2>Facts across outlets</h2>']
    for table in report.facts:
        event = f' <span class="muted">{_e(table.event)}</span>' if table.event else ""
        head = "".join(f"<th>{_e(o)}</th>" for o in table.outlets)
        rows = []
        for row in table.rows:
            whose = ", ".join(d for d in (f"per {row.source}" if row.source else "",
                                          row.modality if row.modality != "reported" else "") if d)
            what = _e(row.what) + (f'<br><span class="muted">{_e(whose)}</span>' if whose else "")
            cells = "".join(
                "<td>" + "<br>".join(f'<mark class="differs">≠ {_e(text)}</mark>' if differs else _e(text)
                                     for text, differs in row.cells.get(o, ())) + "</td>" for o in table.outlets)
            rows.append(f"<tr><th>{what}</th>{cells}<td>{_e(row.verdict_text)}</td></tr>")
        parts.append(f"<h3>{_e(table.label)}{event}</h3><div class=\"scroll\"><table class=\"facts-table\">"
                     f"<thead><tr><th>Fact</th>{head}<th>Verdict</th></tr></thead><tbody>{''.join(rows)}</tbody>"
                     "</table></div>")
    parts.append("</section>")
    return "".join(parts)


def _orphans(report: Report) -> str:
    if not report.orphans:
        return ""
    rows = "".join(f"<tr><td><code>{_e(o.id)}</code></td><td>{_badge(o.verdict)}</td><td>{_e(o.article)}</td>"
                   f"<td>{_e(o.text)}</td><td>{_e(o.note)}</td></tr>" for o in report.orphans)
    return ('<section id="orphans"><h2>Reviews of statements no longer extracted</h2><table><thead><tr>'
            "<th>Id</th><th>Verdict</th><th>Article</th><th>Statement</th><th>Note</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></section>")


def render(report: Report) -> str:
    """The whole report as one HTML5 document."""
    conflicting = fmt.conflict_texts(report.conflicts)
    title = f"Fact-check report: {plural(report.totals['statements'], 'statement')}"
    nav = ['<a href="#summary">Summary</a>']
    nav += [f'<a href="#verdict-{_e(v)}">{_e(fmt.verdict_label(v))} ({n})</a>'
            for v, n in report.verdict_counts.items()]
    if report.conflicts:
        nav.append(f'<a href="#conflicts">Conflicts ({len(report.conflicts)})</a>')
    if report.facts:
        nav.append('<a href="#facts">Facts</a>')
    linked = frozenset(s.id for s in report.statements)
    conflicts = "".join(_conflict(c, report, conflicting, linked) for c in report.conflicts)
    as_of = f" as of {_e(fmt.when(report.as_of))}" if report.as_of else ""
    body = [
        f'<header><h1>Fact-check report</h1><p class="lede">{_e(fmt.header_line(report))}</p></header>',
        f'<nav class="toc">{"".join(nav)}</nav>',
        _summary(report),
        _statements(report, conflicting),
        f'<section id="conflicts"><h2>Conflicts ({len(report.conflicts)})</h2>{conflicts}</section>'
        if report.conflicts else "",
        _facts(report),
        _orphans(report),
        f"<footer>Exported from the factcheck database{as_of}. "
        "Offsets are character offsets into each article's cleaned text.</footer>",
    ]
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="referrer" content="no-referrer">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(part for part in body if part) + "\n</body>\n</html>\n")
