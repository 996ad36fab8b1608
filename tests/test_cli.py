"""The click CLI against the demo database: listings, JSON Lines fields, verdicts, undo, errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

from factcheck.cli import main


def run(*args: str, **kwargs):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False, **kwargs)
    return result


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_quotes_json_lines_carry_documented_fields(demo):
    _, ids, path = demo
    result = run("quotes", "--db", str(path), "--json")
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert len(records) == 4
    for record in records:
        assert {"id", "article", "text", "sentence", "start", "end", "speaker", "speaker_mention", "cue", "type",
                "values", "verdict", "note", "evidence", "reviewer"} <= set(record)
    by_id = {r["id"]: r for r in records}
    assert by_id[ids["quote_2"]]["speaker"] == "Wladimir Putin"
    assert by_id[ids["quote_2"]]["speaker_mention"] == "der Kremlchef"


def test_offsets_point_into_stored_article_text(demo):
    db, _, path = demo
    from factcheck import service

    records = jsonl(run("claims", "--db", str(path), "--json").stdout)
    assert len(records) == 2 and sum(len(r["values"]) for r in records) >= 2
    for record in records:
        text = service.article_text(db, record["article"])
        assert text[record["start"]:record["end"]] == record["text"]
        for value in record["values"]:
            assert text[value["start"]:value["end"]] == value["text"]


def test_article_filter_accepts_prefix(demo):
    _, _, path = demo
    records = jsonl(run("quotes", "--db", str(path), "--json", "--article", "004").stdout)
    assert [r["article"] for r in records] == ["004_wostotschny.txt"]


def test_readable_table_by_default(demo):
    _, _, path = demo
    result = run("claims", "--db", str(path), env={"COLUMNS": "200"})
    assert "vier Stunden" in result.stdout and "{" not in result.stdout.split("\n")[0]


def test_verdict_then_listing_shows_it_and_undo_restores(demo):
    _, ids, path = demo
    result = run("verdict", ids["claim_long"], "false", "--db", str(path), "--note", "planned, not actual",
                 "--evidence", "https://example.org/x", "--reviewer", "ana")
    assert result.exit_code == 0
    claim = next(r for r in jsonl(run("claims", "--db", str(path), "--json").stdout) if r["id"] == ids["claim_long"])
    assert (claim["verdict"], claim["note"], claim["evidence"], claim["reviewer"]) == (
        "false", "planned, not actual", "https://example.org/x", "ana")
    assert run("undo", "--db", str(path), "--reviewer", "ana").exit_code == 0
    claim = next(r for r in jsonl(run("claims", "--db", str(path), "--json").stdout) if r["id"] == ids["claim_long"])
    assert claim["verdict"] is None


def test_verdict_filter(demo):
    _, ids, path = demo
    run("verdict", ids["quote_4"], "verified", "--db", str(path), "--reviewer", "ana")
    records = jsonl(run("quotes", "--db", str(path), "--json", "--verdict", "verified").stdout)
    assert [r["id"] for r in records] == [ids["quote_4"]]


def test_conflicts_and_groups_json(demo):
    _, _, path = demo
    conflicts = jsonl(run("conflicts", "--db", str(path), "--json").stdout)
    duration = next(c for c in conflicts if c["type"] == "duration")
    assert {"id", "type", "explanation", "claims"} <= set(duration)
    assert [side["value"]["text"] for side in duration["claims"]] == ["knapp zweistündigen", "vier Stunden"]
    for side in duration["claims"]:
        assert {"id", "article", "text", "sentence", "start", "end", "value"} <= set(side)
    groups = jsonl(run("groups", "--db", str(path), "--json").stdout)
    assert len(groups) == 2 and all(len(g["members"]) >= 2 for g in groups)
    assert all({"id", "members"} <= set(g) for g in groups)
    assert all({"claim", "id", "article", "text", "sentence"} <= set(m) for g in groups for m in g["members"])


def test_unknown_id_gives_message_not_traceback(demo):
    _, _, path = demo
    result = CliRunner().invoke(main, ["verdict", "nope", "verified", "--db", str(path)])
    assert result.exit_code == 1
    assert "no quote, claim or conflict" in result.output
    assert "Traceback" not in result.output


def test_missing_database_is_explained(tmp_path):
    result = CliRunner().invoke(main, ["quotes", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "run `factcheck extract` first" in result.output


def test_bad_published_date_is_rejected(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--published", "gestern", "--db",
                                       str(tmp_path / "c.db")])
    assert result.exit_code == 2 and "not a date" in result.output


def test_history_lists_actions(demo):
    _, ids, path = demo
    run("verdict", ids["quote_4"], "verified", "--db", str(path), "--reviewer", "ana")
    rows = jsonl(run("history", "--db", str(path), "--json").stdout)
    assert rows[0]["item_id"] == ids["quote_4"] and rows[0]["reviewer"] == "ana" and rows[0]["action"] == "set"


def test_conflicts_filter_lists_exactly_the_conflicting_claims(demo):
    _, ids, path = demo
    records = jsonl(run("claims", "--db", str(path), "--json", "--conflicts").stdout)
    assert sorted(r["id"] for r in records) == sorted([ids["claim_short"], ids["claim_long"]])
    quotes = jsonl(run("quotes", "--db", str(path), "--json").stdout)
    assert len(quotes) == 4


def test_reviews_lists_current_and_orphaned_reviews(demo):
    db, ids, path = demo
    run("verdict", ids["quote_4"], "verified", "--db", str(path), "--reviewer", "ana", "--note", "video")
    db.execute("delete from quotes where id = ?", [ids["quote_4"]])
    db.conn.commit()
    records = jsonl(run("reviews", "--db", str(path), "--json").stdout)
    assert [(r["id"], r["orphaned"], r["note"]) for r in records] == [(ids["quote_4"], True, "video")]
    assert records[0]["text"].startswith("Wir werden über alle Themen")
    assert jsonl(run("reviews", "--db", str(path), "--json", "--orphaned").stdout) == records
