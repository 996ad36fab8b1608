"""Report writers over the demo database: content, filters, escaping, determinism and golden files."""

from __future__ import annotations

import csv
import io
import json
import os
from itertools import count
from pathlib import Path

import lxml.html
import pytest
from markdown_it import MarkdownIt

from factcheck import service
from factcheck.report import FORMATS, ReportError, build_report, render_report, write_report
from factcheck.report import fmt
from factcheck.report.model import Source

GOLDEN = Path(__file__).parent / "data" / "report"
GOLDEN_SUFFIX = {"md": "md", "html": "html", "json": "json", "csv": "csv", "claimreview": "claimreview.jsonld"}
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"


@pytest.fixture
def clock(monkeypatch):
    """Review times from a fixed clock, one minute apart, so exports are comparable with golden files."""
    ticks = count()
    monkeypatch.setattr("factcheck.store.reviews.now", lambda: f"2024-05-01T10:{next(ticks):02d}:00+00:00")


@pytest.fixture
def reviewed(demo, clock):
    """The demo database with one statement per verdict, a resolved and an open conflict."""
    db, ids, path = demo
    service.set_verdict(db, ids["claim_short"], "verified", note="Kreml bestätigt <b>knapp 2 h</b>",
                        evidence="https://kremlin.example/transcript", reviewer="ana")
    service.set_verdict(db, ids["claim_long"], "false", note="Interfax meldete die Planung, nicht die Dauer",
                        evidence="javascript:alert(1)", reviewer="bo")
    service.set_verdict(db, ids["quote_2"], "misleading", note="=Sie statt sie", reviewer="ana")
    service.set_verdict(db, ids["quote_4"], "unverifiable", reviewer="ana")
    service.set_verdict(db, ids["quote_4"], "unverifiable", note="kein Transkript", reviewer="cem")
    service.set_verdict(db, ids["conflict_duration"], "first_correct", note="Protokoll des Kreml", reviewer="bo")
    return db, ids


def test_only_reviewed_statements_unless_all(reviewed):
    db, ids = reviewed
    report = build_report(db)
    assert [s.verdict for s in report.statements] == ["false", "misleading", "unverifiable", "verified"]
    assert ids["quote_0"] not in {s.id for s in report.statements}
    everything = build_report(db, include_all=True)
    assert len(everything.statements) == 6
    assert everything.statements[-1].verdict is None
    assert everything.verdict_counts == {"false": 1, "misleading": 1, "unverifiable": 1, "verified": 1,
                                         "unreviewed": 2}


def test_verdict_filter_and_unknown_verdict(reviewed):
    db, ids = reviewed
    only_false = build_report(db, verdicts=["false"])
    assert [s.id for s in only_false.statements] == [ids["claim_long"]]
    assert [c.id for c in only_false.conflicts] == ["xduration"]
    unreviewed = build_report(db, verdicts=["unreviewed"]).statements
    assert len(unreviewed) == 2 and ids["quote_0"] in {s.id for s in unreviewed}
    assert {s.verdict for s in unreviewed} == {None}
    assert len(build_report(db, verdicts=["reviewed"]).statements) == 4
    resolved = build_report(db, verdicts=["first_correct"])
    assert resolved.statements == () and [c.id for c in resolved.conflicts] == ["xduration"]
    with pytest.raises(ReportError, match="unknown verdict 'wrong'"):
        build_report(db, verdicts=["wrong"])
    with pytest.raises(ReportError, match="unknown report format"):
        render_report(db, "pdf")


def test_sources_carry_group_members_with_offsets_into_article_text(reviewed):
    db, ids = reviewed
    statement = next(s for s in build_report(db).statements if s.id == ids["claim_short"])
    assert [(s.article, s.origin) for s in statement.sources] == [("000_welt.txt", True), ("002_dpa.txt", False)]
    for source in statement.sources:
        text = service.article_text(db, source.article)
        assert text[source.start:source.end] == source.text
        assert text[source.sentence_start:source.sentence_end] == source.sentence
    assert statement.sources[1].outlet == "dpa" and statement.sources[1].verdict == "false"
    assert statement.conflicts == ("xduration",)
    quote = next(s for s in build_report(db).statements if s.id == ids["quote_4"])
    assert quote.reviewers == ("ana", "cem") and quote.note == "kein Transkript"


def test_summary_ranks_disagreeing_sources(reviewed):
    db, _ = reviewed
    report = build_report(db)
    assert [(d.first, d.second, d.conflicts, d.resolved) for d in report.disagreements] == [
        ("000_welt.txt", "002_dpa.txt", 2, 1)]
    by_name = {s.article: s for s in report.sources}
    assert by_name["002_dpa.txt"].conflicts_lost == 1 and by_name["000_welt.txt"].conflicts_lost == 0
    assert by_name["002_dpa.txt"].verdicts == {"false": 1, "misleading": 1}
    service.set_verdict(db, "xwording", "not_a_conflict", reviewer="ana")
    assert [d.conflicts for d in build_report(db).disagreements] == [1]


def test_verdict_shows_up_in_every_format(reviewed):
    db, ids = reviewed
    service.set_verdict(db, ids["quote_0"], "verified", note="Mitschrift ZDF", reviewer="dora")
    for name in FORMATS:
        text = render_report(db, name)
        assert ids["quote_0"] in text, name
        assert "Mitschrift ZDF" in text, name
    assert '"alternateName": "True"' in render_report(db, "claimreview")


def test_exports_are_deterministic_and_files_equal_streams(reviewed, tmp_path):
    db, _ = reviewed
    for name in FORMATS:
        first = render_report(db, name)
        assert render_report(db, name) == first
        path = tmp_path / f"report.{name}"
        returned = write_report(db, name, path)
        stream = io.StringIO()
        write_report(db, name, stream)
        binary = io.BytesIO()
        write_report(db, name, binary)
        assert path.read_bytes() == stream.getvalue().encode("utf-8") == binary.getvalue() == returned.encode()


@pytest.mark.parametrize("name", FORMATS)
def test_golden_files(reviewed, name):
    db, _ = reviewed
    text = render_report(db, name)
    golden = GOLDEN / f"demo.{GOLDEN_SUFFIX[name]}"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(text.encode("utf-8"))
    assert golden.exists(), f"{golden} is missing; write it with FACTCHECK_UPDATE_GOLDEN=1 and review the diff"
    assert text == golden.read_bytes().decode("utf-8")


def test_html_escapes_article_text_and_makes_no_requests(reviewed):
    db, _ = reviewed
    page = render_report(db, "html", include_all=True)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;knapp 2 h&lt;/b&gt;" in page
    tree = lxml.html.document_fromstring(page)
    assert tree.xpath("//script|//iframe|//object|//embed|//img|//link|//base|//form") == []
    assert [a for el in tree.iter() if isinstance(el.tag, str) for a in el.attrib if a.startswith("on")] == []
    assert tree.xpath("//@src") == []
    external = [h for h in tree.xpath("//a/@href") if not h.startswith("#")]
    assert external == ["https://kremlin.example/transcript"]
    assert "javascript:" not in " ".join(tree.xpath("//@href"))
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert "@media print" in page and "<svg" in page


def test_html_highlights_conflicting_values_and_wording(reviewed):
    db, _ = reviewed
    tree = lxml.html.document_fromstring(render_report(db, "html", include_all=True))
    marked = {m.text_content() for m in tree.xpath("//mark[contains(@class, 'conflict')]")}
    assert {"knapp zweistündigen", "vier Stunden", "sie", "Sie"} <= marked
    assert tree.xpath("//p[@class='diff']/del/text()") == ["sie"]
    assert tree.xpath("//p[@class='diff']/ins/text()") == ["Sie"]
    assert "der Kremlchef" in tree.xpath("//span[@class='speaker']/text()")
    assert set(tree.xpath("//span[@class='cue']/text()")) == {"sagte", "bezeichnete"}
    bars = tree.xpath("//figure[@class='chart']//*[local-name()='rect']")
    titles = sorted(r.xpath("string(*[local-name()='title'])") for r in bars)
    assert titles == ["000_welt.txt: 1 verified", "000_welt.txt: 2 not reviewed", "002_dpa.txt: 1 false",
                      "002_dpa.txt: 1 misleading", "004_wostotschny.txt: 1 unverifiable"]


def test_markdown_is_inert_when_rendered(reviewed):
    db, _ = reviewed
    text = render_report(db, "md")
    assert "# Fact-check report" in text and "| False | 1 |" in text
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<script" not in rendered and "<b>" not in rendered
    assert "&lt;script&gt;alert" in rendered
    assert "<strong>⚠ vier Stunden</strong>" in rendered
    assert 'href="javascript' not in rendered
    assert 'href="https://kremlin.example/transcript"' in rendered


def test_json_ids_join_with_the_listings(reviewed):
    db, ids = reviewed
    data = json.loads(render_report(db, "json"))
    listed = {c["id"]: c for c in service.list_claims(db)} | {q["id"]: q for q in service.list_quotes(db)}
    assert data["schema"] == "factcheck-report/1"
    assert len(data["statements"]) == 4
    for statement in data["statements"]:
        assert listed[statement["id"]]["verdict"] == statement["verdict"]
        assert statement["sources"][0]["id"] == statement["id"]
    assert data["summary"]["verdicts"] == {"false": 1, "misleading": 1, "unverifiable": 1, "verified": 1}
    conflict = next(c for c in data["conflicts"] if c["id"] == "xduration")
    assert conflict["resolution"] == "first_correct" and conflict["sides"][1]["value"]["text"] == "vier Stunden"
    assert data["as_of"].startswith("2024-05-01T10:")


def test_csv_rows_per_source_with_bom_and_formula_guard(reviewed):
    db, ids = reviewed
    raw = write_report(db, "csv")
    assert raw.startswith("\ufeffid,kind,type,verdict")
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    origin = [r for r in rows if r["role"] == "origin"]
    assert sorted(r["id"] for r in origin) == sorted(s.id for s in build_report(db).statements)
    claim = [r for r in rows if r["id"] == ids["claim_short"]]
    assert [(r["role"], r["article"], r["start"], r["end"]) for r in claim] == [
        ("origin", "000_welt.txt", "18", "92"), ("also in", "002_dpa.txt", "33", "117")]
    sides = [r for r in rows if r["id"] == "xduration"]
    assert [(r["role"], r["verdict"], r["values"]) for r in sides] == [
        ("side 1", "first_correct", "knapp zweistündigen"), ("side 2", "first_correct", "vier Stunden")]
    misleading = next(r for r in rows if r["id"] == ids["quote_2"])
    assert misleading["note"] == "'=Sie statt sie"
    assert "\n" not in "".join(r["sentence"] for r in rows)


def test_claimreview_follows_schema_org(reviewed):
    db, ids = reviewed
    text = render_report(db, "claimreview", include_all=True)
    assert "<" not in text and ">" not in text  # safe inside <script type="application/ld+json">
    doc = json.loads(text)
    assert any("<script>alert('x')</script>" in a["text"] for r in doc["@graph"]
               for a in r["itemReviewed"]["appearance"])
    assert doc["@context"] == "https://schema.org"
    reviews = {r["identifier"]: r for r in doc["@graph"]}
    assert set(reviews) == {ids["claim_short"], ids["claim_long"], ids["quote_2"], ids["quote_4"]}
    for review in reviews.values():
        assert review["@type"] == "ClaimReview" and review["claimReviewed"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and (rating["bestRating"], rating["worstRating"]) == (5, 1)
        assert rating["alternateName"] and review["datePublished"].startswith("2024-05-01")
        assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["appearance"]
        assert "author" not in review and "url" not in review  # no publisher set: nothing invented
    assert reviews[ids["claim_short"]]["reviewRating"]["ratingValue"] == 5
    assert reviews[ids["claim_long"]]["reviewRating"]["ratingValue"] == 1
    assert reviews[ids["quote_2"]]["reviewRating"]["ratingValue"] == 3
    assert "ratingValue" not in reviews[ids["quote_4"]]["reviewRating"]
    assert reviews[ids["quote_4"]]["reviewRating"]["alternateName"] == "Unverifiable"
    quote = reviews[ids["quote_2"]]["itemReviewed"]
    assert quote["author"] == {"@type": "Person", "name": "Wladimir Putin"}
    assert [a["publisher"]["name"] for a in quote["appearance"]] == ["dpa", "Welt"]
    assert quote["datePublished"] == "2019-04" and quote["firstAppearance"]["identifier"] == "002_dpa.txt"
    claim = reviews[ids["claim_short"]]
    assert claim["citation"] == "https://kremlin.example/transcript"
    assert "citation" not in reviews[ids["claim_long"]]


SCHEMA_PROPERTIES = {
    "ClaimReview": {"identifier", "url", "claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished",
                    "reviewBody", "citation"},
    "Claim": {"author", "datePublished", "appearance", "firstAppearance", "text"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"},
    "NewsArticle": {"identifier", "url", "headline", "datePublished", "publisher", "text"},
    "Person": {"name"},
    "Organization": {"name", "url"},
}
"""The schema.org vocabulary ClaimReview output may use: each type's own or inherited properties on schema.org
(Thing: identifier, url, alternateName; CreativeWork: author, datePublished, text, publisher, headline, citation;
Review: itemReviewed, reviewRating, reviewBody; Claim: appearance, firstAppearance; Rating: ratingValue,
bestRating, worstRating, ratingExplanation)."""


def _typed_nodes(node):
    if isinstance(node, list):
        for item in node:
            yield from _typed_nodes(item)
    elif isinstance(node, dict):
        if "@type" in node:
            yield node
        for value in node.values():
            yield from _typed_nodes(value)


@pytest.mark.parametrize("publisher", [False, True], ids=["no-publisher", "publisher"])
def test_claimreview_uses_only_schema_org_properties_of_each_type(reviewed, publisher):
    db, _ = reviewed
    if publisher:
        service.set_publisher(db, name="Faktencheck Nord", url="https://example.org/checks")
    doc = json.loads(render_report(db, "claimreview"))
    nodes = list(_typed_nodes(doc["@graph"]))
    assert len(nodes) >= 4 * 4
    assert {n["@type"] for n in nodes} == set(SCHEMA_PROPERTIES)
    for node in nodes:
        assert set(node) - {"@type"} <= SCHEMA_PROPERTIES[node["@type"]], node["@type"]


def test_orphaned_reviews_are_kept_in_the_report(reviewed):
    from factcheck.store.writes import delete_article_rows

    db, ids = reviewed
    with db.atomic():
        delete_article_rows(db, "004_wostotschny.txt")
    report = build_report(db)
    assert [o.id for o in report.orphans] == [ids["quote_4"]]
    assert ids["quote_4"] in render_report(db, "md") and ids["quote_4"] in render_report(db, "html")
    assert json.loads(render_report(db, "json"))["orphaned_reviews"][0]["verdict"] == "unverifiable"


def test_empty_database_gives_an_empty_report(tmp_path):
    db = service.open_db(tmp_path / "empty.db")
    for name in FORMATS:
        assert render_report(db, name)
    assert "No statements match" in render_report(db, "html")
    assert json.loads(render_report(db, "claimreview"))["@graph"] == []


def test_chart_keeps_the_sources_with_most_statements():
    from factcheck.report.chart import MAX_ROWS, verdict_chart
    from factcheck.report.model import SourceSummary

    sources = tuple(SourceSummary(f"{n:03d}.txt", "Outlet <&>", None, None, None, {"verified": 1 + n % 3}, 0, 0, 0)
                    for n in range(MAX_ROWS + 5))
    svg = lxml.html.fragment_fromstring(verdict_chart(sources))
    labels = [t.text for t in svg.iter("text") if t.get("text-anchor") == "end"]
    assert len(labels) == MAX_ROWS and labels == sorted(labels)
    dropped = {f"{n:03d}.txt" for n in range(MAX_ROWS + 5)} - {label[-8:-1] for label in labels}
    assert dropped == {"030.txt", "033.txt", "036.txt", "039.txt", "042.txt"}  # fewest statements, last by name
    assert "Outlet &lt;&amp;&gt;" in verdict_chart(sources)
    assert verdict_chart(()) == ""


def test_segments_tag_statement_values_and_conflicts():
    sentence = "„Wir bleiben vier Stunden“, sagte er am 3. Mai."
    values = ({"type": "duration", "text": "vier Stunden", "start": 113, "end": 125},
              {"type": "date", "text": "3. Mai", "start": 140, "end": 146})
    source = Source("q1", "quote", "a.txt", None, None, None, None, "Wir bleiben vier Stunden", sentence,
                    101, 125, 100, 100 + len(sentence), None, values=values)
    pieces = fmt.segments(source, {"vier Stunden"})
    assert "".join(p for p, _ in pieces) == sentence
    tagged = {p: set(t) for p, t in pieces if t}
    assert tagged == {"Wir bleiben ": {"statement"}, "vier Stunden": {"statement", "conflict"}, "3. Mai": {"value"}}
    assert fmt.is_link("https://x.example/a?b=1") and not fmt.is_link("javascript:alert(1)")
    assert fmt.describe_value({"type": "duration", "value": {"min": 5400, "max": 7200, "hedge": "just_under"}}) == (
        "just under 2 h")
    assert fmt.describe_value({"type": "duration", "value": {"min": 5184000, "max": 5184000}}) == "2 months"


def test_cli_export_writes_the_same_bytes_as_write_report(reviewed, demo, tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    db, _ = reviewed
    path = demo[2]
    out = tmp_path / "report.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(path), "--format", "csv", "-o", str(out),
                                       "--verdict", "false", "--verdict", "verified"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == write_report(db, "csv", verdicts=["false", "verified"]).encode("utf-8")
    assert {row["verdict"] for row in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))} == {
        "false", "verified", "first_correct"}



def test_claimreview_with_publisher_has_url_and_organization(reviewed):
    db, ids = reviewed
    service.set_publisher(db, name="Faktencheck Nord", url="https://example.org/checks")
    doc = json.loads(render_report(db, "claimreview"))
    assert len(doc["@graph"]) == 4
    for review in doc["@graph"]:
        assert review["url"] == f"https://example.org/checks#statement-{review['identifier']}"
        assert review["author"] == {"@type": "Organization", "name": "Faktencheck Nord", "url": "https://example.org/"}
        assert review["datePublished"].startswith("2024-05-01")
    html = render_report(db, "html")
    assert all(f'id="statement-{r["identifier"]}"' in html for r in doc["@graph"])


def test_claimreview_export_from_the_cli_stores_the_publisher(reviewed, tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    db, _ = reviewed
    path = db.execute("pragma database_list").fetchone()[2]
    runner = CliRunner()
    bare = runner.invoke(main, ["export", "--format", "claimreview", "--db", path], catch_exceptions=False)
    assert bare.exit_code == 0 and "no publisher" in bare.stderr
    assert all("author" not in r for r in json.loads(bare.stdout)["@graph"])
    first = runner.invoke(main, ["export", "--format", "claimreview", "--db", path, "--publisher", "Faktencheck Nord",
                                 "--url", "https://example.org/checks"], catch_exceptions=False)
    again = runner.invoke(main, ["export", "--format", "claimreview", "--db", path], catch_exceptions=False)
    for result in (first, again):
        assert result.exit_code == 0 and "no publisher" not in result.stderr
        graph = json.loads(result.stdout)["@graph"]
        assert len(graph) == 4
        assert {r["author"]["name"] for r in graph} == {"Faktencheck Nord"}
        assert all(r["url"].startswith("https://example.org/checks#") for r in graph)
    bad = runner.invoke(main, ["export", "--format", "claimreview", "--db", path, "--url", "javascript:x"])
    assert bad.exit_code == 1 and "not an http(s) URL" in bad.output


def test_a_fact_conflict_sets_the_majority_against_the_other_figures_only() -> None:
    from factcheck.report.model import ConflictEntry, Source
    from factcheck.report.summary import disagreements

    def side(article: str) -> Source:
        return Source("c1", "claim", article, None, None, None, None, "x", "x", 0, 1, 0, 1, None)

    def entry(cid: str, sides: list[tuple[str, int]]) -> ConflictEntry:
        return ConflictEntry(cid, "number", "f1", "", tuple(side(a) for a, _ in sides),
                             tuple({"cluster": c} for _, c in sides), (), None, None, None, None, None, ())

    found = disagreements([entry("x1", [("hpd", 0), ("sz", 0), ("sz", 0), ("bbc", 1)]),
                           entry("x2", [("sz", 0), ("bbc", 1), ("newstalk", 1)])])
    assert [(d.first, d.second, d.conflicts) for d in found] == [("bbc", "sz", 2), ("bbc", "hpd", 1),
                                                                 ("newstalk", "sz", 1)]


def test_html_facts_rows_say_whose_figure_and_whether_it_was_expected() -> None:
    from types import SimpleNamespace

    from factcheck.report import html
    from factcheck.report.model import FactRow, StoryFacts

    rows = (FactRow("f1", "participants", "police", "reported", False, None, None, {"taz": (("150.000", False),)}),
            FactRow("f2", "participants", "police", "expected", True, None, None, {"taz": (("100.000", False),)}))
    out = html._facts(SimpleNamespace(facts=(StoryFacts("s1", "Demo <b>", None, ("taz",), rows),)))
    assert out.count("per police</span>") == 1 and out.count("per police, expected</span>") == 1
    assert "Demo &lt;b&gt;" in out
